"""The extract stage: entities, attributed claims, figures and dates of one document.

The only package that imports spaCy. ``extract_document`` takes a cleaned Document and returns an
Extraction whose entity ids are the document's own (``<doc id>:<n>``); the resolve stage merges
them across documents. Every span's text equals ``document.text[start:end]``.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.language import Language

from crosscheck.extract.claims import (
    DATELINE_PREFIX,
    Attribution,
    find_assertions,
    find_attributions,
    split_sentences,
)
from crosscheck.extract.figures import find_figures
from crosscheck.extract.names import NameMention, cluster_mentions, find_mentions
from crosscheck.extract.nlp import load_nlp
from crosscheck.extract.quotes import find_quotes
from crosscheck.extract.speakers import LocalEntities, resolve_speakers
from crosscheck.extract.timex import TimeExpression, find_anaphoric, find_anchor, find_time_expressions
from crosscheck.extract.transcripts import transcript_turns
from crosscheck.model import Claim, Document, Entity, Extraction, Figure, Mention
from crosscheck.paragraphs import section_heading

__all__ = ["extract_document", "load_nlp"]


def extract_document(document: Document, nlp: Language) -> Extraction:
    text = document.text
    doc = nlp(text)
    mentions = find_mentions(doc)
    quotes = find_quotes(text)
    local = LocalEntities(mentions, cluster_mentions(mentions, text), [(q.inner_start, q.inner_end) for q in quotes])
    attributions = find_attributions(doc, quotes)
    resolve_speakers(doc, attributions, local)
    attributions = split_sentences(doc, [a for a in attributions if a.speaker is not None and a.end > a.start])
    attributions += transcript_turns(doc, local, [(a.start, a.end) for a in attributions])
    anchor = find_anchor(text, document.published, document.dateline)
    times = find_time_expressions(text, anchor)
    sentences = [(s.start_char, s.end_char) for s in doc.sents]
    figures = find_figures(text, sentences, [(t.start, t.end) for t in times])
    claimed = [a.sentence for a in attributions] + [(a.start, a.end) for a in attributions]
    attributions += find_assertions(doc, claimed, mentions, [(f.start, f.end) for f in figures],
                                    [(f.start, f.end) for f in figures if f.category != "other"])
    attributions.sort(key=lambda a: a.start)

    entities = _entities(document.id, local)
    extraction = Extraction(entities=entities)
    extraction.mentions = [Mention(entities[m.entity].id, document.id, m.start, m.end, m.text) for m in mentions]
    for role_index, role in enumerate(local.roles):
        entity_id = entities[local.count + role_index].id
        extraction.mentions += [Mention(entity_id, document.id, s, e, t) for s, e, t in role.mentions]
    for n, a in enumerate(attributions):
        extraction.claims.append(Claim(
            id=f"{document.id}:c{n}", doc=document.id,
            speaker=entities[a.speaker].id if a.speaker is not None else None, speaker_text=a.speaker_text,
            cue=a.cue, kind=a.kind, polarity=a.polarity, text=text[a.start:a.end], start=a.start, end=a.end,
            date=claim_date(a, times, text),
            entities=sorted({entities[m.entity].id for m in mentions if a.start <= m.start and m.end <= a.end}),
        ))
    for n, f in enumerate(figures):
        owner = next((c.id for c in extraction.claims if c.start <= f.start and f.end <= c.end), None)
        extraction.figures.append(Figure(f"{document.id}:f{n}", document.id, owner, f.value, f.qualifier,
                                         f.category, f.subject, f.text, f.start, f.end, f.unit))
    return extraction


def _entities(doc_id: str, local: LocalEntities) -> list[Entity]:
    clusters: dict[int, list[NameMention]] = {}
    for m in local.mentions:
        clusters.setdefault(m.entity, []).append(m)
    entities = []
    for index in range(local.count):
        members = clusters.get(index, [])
        entities.append(Entity(
            id=f"{doc_id}:{index}", name=_canonical_name(members), type=_majority_type(members),
            aliases=sorted({m.text for m in members}),
            roles=sorted({m.group_class for m in members if m.group_class} or set().union(*(m.roles for m in members))),
            affiliation=next((m.affiliation for m in members if m.affiliation), None),
        ))
    for index, role in enumerate(local.roles, start=local.count):
        entities.append(Entity(id=f"{doc_id}:{index}", name=role.name, type=role.type,
                               aliases=sorted({t for _, _, t in role.mentions} | {role.name}),
                               roles=sorted(role.roles), affiliation=role.affiliation))
    return entities


def _canonical_name(members: list[NameMention]) -> str:
    """The fullest form: a person's longest name, otherwise the most frequent spelling."""
    if not members:
        return ""
    if members[0].type == "person" or any(len(m.words) > 1 for m in members if m.type == "person"):
        full = [" ".join(m.words) for m in members if len(m.words) > 1]
        if full:
            counts = Counter(full)
            return max(counts, key=lambda n: (counts[n], -len(n)))
    counts = Counter(" ".join(m.words) for m in members)
    return max(counts, key=lambda n: (counts[n], len(n)))


def _majority_type(members: list[NameMention]) -> str:
    kinds = Counter(m.type for m in members if m.type != "other")
    return kinds.most_common(1)[0][0] if kinds else "other"


_RANGE_START = re.compile(r"\b(?:since|until|till|from)\s+(?:the\s+)?$", re.I)  # a period's bound, not the date


def _bound_of_period(text: str, time: TimeExpression) -> bool:
    """A period's bound ("since Monday") is no event's day; "from Tuesday's violence" still names one."""
    return bool(_RANGE_START.search(text[max(0, time.start - 12):time.start])) \
        and not text.startswith(("'s", "’s"), time.end)


# "speaking to the Assembly on Wednesday": the day of a saying, which dates no event told after it
_SAYING_BEFORE = re.compile(r"\b(?:speaking|spoke|said|says|told|telling|announced|addressing|interview|briefing|"
                            r"conference|statement)\b[^.;]{0,40}$", re.I)
PARAGRAPH_DAY_REACH = 300  # characters back, within the paragraph, to a day named before an undated claim


def claim_date(a: Attribution, times: list[TimeExpression], text: str) -> str | None:
    """The date the claim's own sentence gives, its content's first; "in the morning" and the like take the
    last day named before. A dateline's date ("KORVEL, March 4 (Agency) -") is when the story was filed: it
    dates the claim only when the sentence itself names no day."""
    lo, hi = min(a.sentence[0], a.start), max(a.sentence[1], a.end)
    dateline = DATELINE_PREFIX.match(text, lo, hi)
    body = max(lo, min(dateline.end(), a.start)) if dateline else lo
    words = dateline.end() if dateline else lo  # where the sentence's own words begin
    own = [t for t in times if lo <= t.start < hi and not _bound_of_period(text, t)]
    for granularity in ("day", "week"):
        # the day the claim's own words give ("said on Thursday they had shot down ... on Wednesday"),
        # else the day of the saying, else the dateline's
        hit = next((t for t in own if t.granularity == granularity and max(a.start, words) <= t.start < a.end),
                   None) \
            or next((t for t in own if t.granularity == granularity and t.start >= body), None) \
            or next((t for t in own if t.granularity == granularity), None)
        if hit:
            return hit.value
    earlier = [t for t in times if t.end <= lo and t.granularity == "day"]
    events = [t for t in earlier if not _SAYING_BEFORE.search(text[max(0, t.start - 60):t.start])]
    if find_anaphoric(text[lo:hi]) and earlier:
        return earlier[-1].value
    paragraph = text.rfind("\n\n", 0, lo) + 2 if "\n\n" in text[:lo] else 0
    # "Our defenders answered on Wednesday night. Air defence crews shot down ...": the paragraph's day
    if events and events[-1].start >= paragraph and lo - events[-1].end <= PARAGRAPH_DAY_REACH:
        return events[-1].value
    heading = section_heading(text, paragraph)
    if heading and earlier and earlier[-1].start >= heading[0]:
        return earlier[-1].value  # "Moss Cross, Wenland, 13 March" heading the section the claim is in
    return None

