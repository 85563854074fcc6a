"""Broadcast and interview transcripts: a paragraph opening with a speaker's label in capitals
("MAITE OLAIZOLA (MINISTER OF ENERGY): All four turbines are turning.") is that speaker's own words,
with no quotation marks and no "said" to find them by. So is a briefing's or interview's "A:" paragraph,
whose speaker the page names once above the questions ("Transcript of the briefing of Colonel X").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from crosscheck.extract import lexicon as lx
from crosscheck.extract.claims import Attribution, polarity_of
from crosscheck.extract.names import NameMention
from crosscheck.extract.speakers import LocalEntities, RoleEntity

# "GOENAGA:", "COLONEL UNAI ZABALETA (ARMY SPOKESMAN):", "ARANO (RECORDED):" at the start of a paragraph
LABEL = re.compile(r"^(?P<name>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3})(?: \((?P<note>[^)\n]{1,60})\))?:[ \t]+",
                   re.M)
MIN_TURNS = 3  # labelled paragraphs that make a page a transcript (one "NOTE:" does not)
MIN_SPEAKERS = 2
MIN_WORDS = 5  # "Good evening." and "Thank you, Minister." state nothing
MIN_DENIAL_WORDS = 3
NOT_SPEAKERS = frozenset({"note", "update", "editor's note", "correction", "claim", "rating", "verdict", "read more",
                          "watch", "source", "sources", "clip", "end clip", "video", "photo", "live", "breaking",
                          "first", "second", "third", "fourth", "fifth", "sixth", "finally", "lastly", "summary",
                          "background", "context", "question", "answer", "warning", "disclaimer"})
# the channel's own people: their words are its reporting, not a guest's claims
STAFF = re.compile(r"\b(?:ANCHOR|PRESENTER|HOST|NEWSREADER|MODERATOR|INTERVIEWER|CORRESPONDENT|REPORTER|REPORTING)\b",
                   re.I)
CREDIT = re.compile(r"\b(?:presenter|presented by|host|hosted by|anchor|anchored by|reports|reporting|reported by|"
                    r"reporter|correspondent)\s*:?\s+(?P<name>(?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}))", re.I)


# "Q: ...", "A: ...", "A [Maj. Lleshi]: ..." at the start of a paragraph
QA_LINE = re.compile(r"^(?P<tag>Q|A|QUESTION|ANSWER)(?: ?[\[(](?P<who>[^\])\n]{2,60})[\])])?:[ \t]+", re.M)
# the line above the questions that names who answers them; a briefing's has an opening statement below it
_BRIEFING = r"transcript|briefing|briefers?|press conference|news conference"
PREPARED_REMARKS = re.compile(rf"\b(?:{_BRIEFING})\b", re.I)
ANSWERER_CUE = re.compile(rf"\b(?:{_BRIEFING}|interview(?:ed)?|spoke (?:to|with)|talked (?:to|with)|answers are by|"
                          r"answered by)\b", re.I)


def transcript_turns(doc: Doc, local: LocalEntities, claimed: list[tuple[int, int]]) -> list[Attribution]:
    """Each statement in a labelled turn as the labelled speaker's claim, unless another claim already holds
    it (a quote, or "X says ..." the speaker reports). A guest's words are direct claims; the presenter's and
    the correspondents' are the channel's own assertions, as a printed story's sentences are the paper's."""
    text = doc.text
    labels = [m for m in LABEL.finditer(text) if m.group("name").lower() not in NOT_SPEAKERS]
    if len(labels) < MIN_TURNS or len({_key(m) for m in labels}) < MIN_SPEAKERS:
        return _answers(doc, local, claimed)
    staff = {_key(m) for m in labels if STAFF.search(f"{m.group('name')} {m.group('note') or ''}")}
    staff |= {m.group("name").split()[-1].lower() for m in CREDIT.finditer(text)}  # "Reports: Danylo Hrabovsky"
    speakers: dict[str, tuple[int | None, str]] = {}
    for label in sorted(labels, key=lambda m: -len(m.group("name").split())):  # the fullest label names them
        if _key(label) not in speakers:  # the channel's own people speak for it: no speaker, their name shown
            speakers[_key(label)] = (None, _shown(label)) if _key(label) in staff else (
                _person(local, label.group("name"), label.group("note"), label.start()), _shown(label))
    found = []
    for label in labels:
        speaker, speaker_text = speakers[_key(label)]
        kind = "direct" if speaker is not None else "assertion"
        found += _statements(doc, label.start(), label.end(), _line_end(text, label.end()), claimed, kind, speaker,
                             speaker_text)
    return found


def _answers(doc: Doc, local: LocalEntities, claimed: list[tuple[int, int]]) -> list[Attribution]:
    """A briefing or interview set out as questions and answers: each answer is the answerer's claim, and so is a
    briefing's opening statement. The answerer is the person the line above the first question names
    ("Briefers: Colonel Ilir Bajraktari, ..."), or the one an answer's brackets name ("A [Maj. Lleshi]:")."""
    text = doc.text
    lines = list(QA_LINE.finditer(text))
    answers = [m for m in lines if m.group("tag") in ("A", "ANSWER")]
    if len(answers) < MIN_TURNS or len(answers) == len(lines):
        return []
    first_question = lines[0].start()
    header = _answerer_line(text, local, first_question)
    if header is None:
        return []
    line_start, line_end, answerer = header
    found = []
    if PREPARED_REMARKS.search(text, line_start, line_end):  # the briefer's opening statement
        own_name = {m.start for m in local.mentions if m.entity == answerer.entity}
        for paragraph in re.finditer(r"[^\n]+", text[:first_question]):
            start, end = paragraph.start(), paragraph.end()
            if start > line_end and paragraph.group().rstrip().endswith((".", "!", '"', "”")) and \
                    not ANSWERER_CUE.search(paragraph.group()) and \
                    not any(start <= position < end for position in own_name):  # "Answers are by Colonel X"
                found += _statements(doc, start, start, end, claimed, "direct", answerer.entity, answerer.text)
    for line in answers:
        speaker, speaker_text = answerer.entity, answerer.text
        if line.group("who"):  # "A [Maj. Lleshi]:"
            speaker, speaker_text = _person(local, line.group("who"), None, line.start("who")), line.group("who")
        found += _statements(doc, line.start(), line.end(), _line_end(text, line.end()), claimed, "direct",
                             speaker, speaker_text)
    return found


def _answerer_line(text: str, local: LocalEntities, before: int) -> tuple[int, int, NameMention] | None:
    """The last line above the questions that introduces the answerer, with the first person it names."""
    for line in reversed(list(re.finditer(r"[^\n]+", text[:before]))):
        if not ANSWERER_CUE.search(line.group()):
            continue
        person = next((m for m in local.mentions if line.start() <= m.start < line.end()
                       and local.type_of(m.entity) == "person"), None)
        if person is not None:
            return line.start(), line.end(), person
    return None


def _statements(doc: Doc, cue_at: int, start: int, end: int, claimed: list[tuple[int, int]], kind: str,
                speaker: int | None, speaker_text: str | None) -> list[Attribution]:
    """The sentences of one turn that state something and no other claim holds."""
    text = doc.text
    turn = doc.char_span(start, end, alignment_mode="contract")
    found = []
    for sent in turn.sents if turn is not None else []:
        first, last = max(sent.start_char, start), min(sent.end_char, end)
        statement = text[first:last].strip()
        polarity = polarity_of(statement)
        words = len(statement.split())  # "Nobody ordered anybody out." is short and says much
        if words < (MIN_DENIAL_WORDS if polarity == "deny" else MIN_WORDS) or statement.endswith("?") \
                or any(a < last and first < b for a, b in claimed):
            continue
        last = first + len(text[first:last].rstrip())
        found.append(Attribution(cue_at, None, kind, first, last, None, polarity,
                                 sentence=(first, last), speaker=speaker, speaker_text=speaker_text))
    return found


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end < 0 else end


def _key(label: re.Match) -> str:
    """Turns by one speaker share a key: "MIKEL ARANO (CORRESPONDENT)" and "ARANO (RECORDED)"."""
    return label.group("name").split()[-1].lower()


def _person(local: LocalEntities, name: str, note: str | None, start: int) -> int:
    """The person the page names in full ("Colonel Unai Zabaleta" for "ZABALETA", "Maj. Lleshi"), else a new
    person of that name."""
    words = [w for w in name.lower().replace(".", " ").split() if w not in lx.TITLES] or name.lower().split()
    people = [m for m in local.mentions if local.type_of(m.entity) == "person"
              and [w.lower() for w in m.text.split()][-1:] == words[-1:]]
    full = next((m for m in people if all(w in m.text.lower().split() for w in words)), None)
    named = full or (people[0] if people and len(words) == 1 else None)
    if named is not None:
        return named.entity
    role = RoleEntity(" ".join(words).title(), "person", None, {note.lower()} if note else set(),
                      [(start, start + len(name), name)])
    return local.add_role(role)


def _shown(label: re.Match) -> str:
    """"Mikel Arano (correspondent, larrabide)"."""
    note = label.group("note")
    return label.group("name").title() + (f" ({note.lower()})" if note else "")
