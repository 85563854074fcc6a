"""Events: what the claims report as having happened, for timelines, maps and ACLED-style tables.

One event per affirmed claim whose frame has an action: several outlets reporting one shelling give
several events, as several sources give several rows in ACLED. A denial is no event.
"""

from __future__ import annotations

from crosscheck.compare.frames import PLACEHOLDERS, Corpus, Frame, site_name
from crosscheck.model import Event

ACTOR_TYPES = ("organization", "group", "person")


def find_events(corpus: Corpus, frames: list[Frame]) -> list[Event]:
    killed: dict[str, int] = {}
    for frame in frames:
        if frame.category == "killed" and frame.claim and frame.unit is None and frame.value is not None:
            killed[frame.claim] = max(killed.get(frame.claim, 0), int(frame.value))
    events = []
    for frame in frames:
        if frame.category is not None or frame.polarity != "affirm" or not frame.action:
            continue
        mentions = corpus.mentions_in(frame.doc, frame.start, frame.end)
        side = frame.actor_side if frame.actor_side not in PLACEHOLDERS else None
        named = corpus.site_entities  # a place the paragraph gave, when the claim names none
        place = next((m.entity for m in mentions if site_name(corpus, corpus.entities.get(m.entity)) in frame.sites),
                     None) or next((named[s].id for s in sorted(frame.sites) if s in named), None)
        actors = list(dict.fromkeys(
            m.entity for m in mentions
            if side and corpus.side_of(m.entity) == side and corpus.entities[m.entity].type in ACTOR_TYPES))
        events.append(Event(
            id=f"{frame.item}:event", doc=frame.doc, date=frame.date, type=frame.action, place=place,
            actors=actors, claim=frame.item, text=frame.text, side=side, target=frame.target,
            fatalities=killed.get(frame.item)))
    return events

