"""Broadcast and interview transcripts: a paragraph opening with a speaker's label in capitals
("MAITE OLAIZOLA (MINISTER OF ENERGY): All four turbines are turning.") is that speaker's own words,
with no quotation marks and no "said" to find them by.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from crosscheck.extract import lexicon as lx
from crosscheck.extract.claims import Attribution, polarity_of
from crosscheck.extract.speakers import LocalEntities, RoleEntity

# "GOENAGA:", "COLONEL UNAI ZABALETA (ARMY SPOKESMAN):", "ARANO (RECORDED):" at the start of a paragraph
LABEL = re.compile(r"^(?P<name>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3})(?: \((?P<note>[^)\n]{1,60})\))?:[ \t]+",
                   re.M)
MIN_TURNS = 3  # labelled paragraphs that make a page a transcript (one "NOTE:" does not)
MIN_SPEAKERS = 2
MIN_WORDS = 5  # "Good evening." and "Thank you, Minister." state nothing
NOT_SPEAKERS = frozenset({"note", "update", "editor's note", "correction", "claim", "rating", "verdict", "read more",
                          "watch", "source", "sources", "clip", "end clip", "video", "photo", "live", "breaking",
                          "first", "second", "third", "fourth", "fifth", "sixth", "finally", "lastly", "summary",
                          "background", "context", "question", "answer", "warning", "disclaimer"})
# the channel's own people: their words are its reporting, not a guest's claims
STAFF = re.compile(r"\b(?:ANCHOR|PRESENTER|HOST|NEWSREADER|MODERATOR|INTERVIEWER|CORRESPONDENT|REPORTER|REPORTING)\b",
                   re.I)
CREDIT = re.compile(r"\b(?:presenter|presented by|host|hosted by|anchor|anchored by|reports|reporting|reported by|"
                    r"reporter|correspondent)\s*:?\s+(?P<name>(?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}))", re.I)


def transcript_turns(doc: Doc, local: LocalEntities, claimed: list[tuple[int, int]]) -> list[Attribution]:
    """Each statement in a labelled turn as the labelled speaker's claim, unless another claim already holds
    it (a quote, or "X says ..." the speaker reports). A guest's words are direct claims; the presenter's and
    the correspondents' are the channel's own assertions, as a printed story's sentences are the paper's."""
    text = doc.text
    labels = [m for m in LABEL.finditer(text) if m.group("name").lower() not in NOT_SPEAKERS]
    if len(labels) < MIN_TURNS or len({_key(m) for m in labels}) < MIN_SPEAKERS:
        return []
    staff = {_key(m) for m in labels if STAFF.search(f"{m.group('name')} {m.group('note') or ''}")}
    staff |= {m.group("name").split()[-1].lower() for m in CREDIT.finditer(text)}  # "Reports: Danylo Hrabovsky"
    speakers: dict[str, tuple[int | None, str]] = {}
    for label in sorted(labels, key=lambda m: -len(m.group("name").split())):  # the fullest label names them
        if _key(label) not in speakers:  # the channel's own people speak for it: no speaker, their name shown
            speakers[_key(label)] = (None, _shown(label)) if _key(label) in staff else _speaker(local, label)
    found = []
    for label in labels:
        turn_end = text.find("\n", label.end())
        turn_end = len(text) if turn_end < 0 else turn_end
        speaker, speaker_text = speakers[_key(label)]
        kind = "direct" if speaker is not None else "assertion"
        turn = doc.char_span(label.end(), turn_end, alignment_mode="contract")
        for sent in turn.sents if turn is not None else []:
            start, end = max(sent.start_char, label.end()), min(sent.end_char, turn_end)
            statement = text[start:end].strip()
            if len(statement.split()) < MIN_WORDS or statement.endswith("?") \
                    or any(a < end and start < b for a, b in claimed):
                continue
            end = start + len(text[start:end].rstrip())
            found.append(Attribution(label.start(), None, kind, start, end, None, polarity_of(statement),
                                     sentence=(start, end), speaker=speaker, speaker_text=speaker_text))
    return found


def _key(label: re.Match) -> str:
    """Turns by one speaker share a key: "MIKEL ARANO (CORRESPONDENT)" and "ARANO (RECORDED)"."""
    return label.group("name").split()[-1].lower()


def _speaker(local: LocalEntities, label: re.Match) -> tuple[int, str]:
    """The person the page names in full ("Colonel Unai Zabaleta"), else the label itself as a person."""
    name, note = label.group("name"), label.group("note")
    words = [w for w in name.lower().split() if w not in lx.TITLES] or name.lower().split()
    people = [m for m in local.mentions if local.type_of(m.entity) == "person"
              and [w.lower() for w in m.text.split()][-1:] == words[-1:]]
    full = next((m for m in people if all(w in m.text.lower().split() for w in words)), None)
    named = full or (people[0] if people and len(words) == 1 else None)
    if named is not None:
        return named.entity, _shown(label)
    role = RoleEntity(" ".join(words).title(), "person", None, {note.lower()} if note else set(),
                      [(label.start(), label.start() + len(name), name)])
    return local.add_role(role), _shown(label)


def _shown(label: re.Match) -> str:
    """"Mikel Arano (correspondent, larrabide)"."""
    note = label.group("note")
    return label.group("name").title() + (f" ({note.lower()})" if note else "")
