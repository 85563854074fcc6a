"""Where each claim comes from, so corroboration counts independent origins, not repetitions."""

from __future__ import annotations

import re

from crosscheck.compare.frames import Corpus, Frame
from crosscheck.model import Document, Entity, Lean, Origin
from crosscheck.outlets import is_monitor, is_wire

# Between an organization and a person it employs: "Amnesty International’s acting head ... Denis
# Krivosheev" or "Denis Krivosheev, Amnesty International’s ...".
_ROLE_BETWEEN = re.compile(r"^['’]s(?:\s+[A-Za-z-]+){0,5}\s+$")
_AFTER_NAME = re.compile(r"^,\s+(?:(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s+(?:of|at)\s+)?(?:the\s+)?$")


def claim_origins(
    corpus: Corpus, frames: list[Frame], sides: frozenset[str], leans: dict[str, Lean],
) -> dict[str, Origin]:
    """Origin of every claim and figure frame."""
    employers = _employers(corpus)
    origins = {}
    for frame in frames:
        doc = corpus.documents.get(frame.doc)
        if frame.speaker:
            entity = corpus.entities.get(frame.speaker)
            name = employers.get(frame.speaker) or (entity.name if entity else frame.speaker)
            side = corpus.side_of(frame.speaker)
            kind = _kind(name, side, sides)
            if kind == "other" and doc is not None and entity is not None and _is_outlet(entity, doc):
                name, kind = doc.outlet, "monitor" if doc.kind == "report" or is_monitor(doc.outlet) else kind
            origins[frame.item] = Origin(name, kind)
        else:
            outlet = (doc.outlet if doc else None) or frame.doc
            kind = _kind(outlet, None, sides)
            if kind == "other" and doc is not None:
                if doc.kind == "report":
                    kind = "monitor"
                elif leans.get(doc.id) and leans[doc.id].side:
                    kind = "partisan"
            origins[frame.item] = Origin(outlet, kind)
    return origins


def _is_outlet(entity: Entity, doc: Document) -> bool:
    """"ACO found that ..." in the Armed Conflict Observatory's own brief, "the mission found" in the Monitoring
    Mission's: the publisher speaking."""
    outlet = (doc.outlet or "").lower()
    names = {n.lower() for n in (entity.name, *entity.aliases)}
    initials = "".join(w[0] for w in outlet.split() if w[:1].isalpha() and w not in ("of", "the", "for", "and", "in"))
    head = outlet.split()[-1] if outlet.split() else ""
    return bool(outlet) and any(n in (outlet, initials) or f"({n})" in outlet or n == f"the {head}" for n in names)


def _kind(name: str, side: str | None, sides: frozenset[str]) -> str:
    if is_monitor(name):
        return "monitor"
    if is_wire(name):
        return "wire"
    if side and side in sides:
        return "party"
    return "other"


def _employers(corpus: Corpus) -> dict[str, str]:
    """Person entity -> the organization named right beside one of their mentions."""
    employers: dict[str, str] = {}
    for doc_id, doc in corpus.documents.items():
        mentions = corpus.mentions_in(doc_id, 0, len(doc.text))
        for before, person, after in zip([None, *mentions], mentions, [*mentions[1:], None], strict=False):
            entity = corpus.entities.get(person.entity)
            if entity is None or entity.type != "person" or person.entity in employers:
                continue
            for org, gap in ((after, doc.text[person.end:after.start] if after else ""),
                             (before, doc.text[before.end:person.start] if before else "")):
                org_entity = corpus.entities.get(org.entity) if org else None
                if org_entity is None or org_entity.type != "organization":
                    continue
                possessive = doc.text[org.end:org.end + 2] in ("'s", "’s")
                titled = possessive or gap.rstrip().endswith(("of", "at"))
                follows = org is after and _AFTER_NAME.match(gap) and titled
                precedes = org is before and _ROLE_BETWEEN.match(gap) and len(gap) <= 60
                if follows or precedes:
                    employers[person.entity] = org_entity.name
                    break
    return employers
