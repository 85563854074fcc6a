"""Candidate pairs for the link rules, without comparing every claim with every other.

Blocking: each frame gets keys that two frames about the same event must share (a place, a distinct
weapon, an accused side with its kind of event and day, a speaker for repeated quotes, a figure's
category with its place). Frames are paired only inside a key's block, and a block is sorted by date
and paired with its ``WINDOW`` nearest neighbours (sorted-neighbourhood blocking), so the number of
pairs grows linearly with the corpus: at most keys x WINDOW per frame. Similarity of the words
(MiniLM embeddings) then ranks and filters these candidates.
"""

from __future__ import annotations

from collections import defaultdict

from crosscheck.compare.frames import Frame

WINDOW = 60  # neighbours each frame meets inside one block


def blocking_keys(frame: Frame) -> set[str]:
    if frame.category is not None:
        if frame.category == "other":
            return set()
        keys = {f"figure|{frame.category}|{site}" for site in frame.sites}
        if frame.date:  # a count naming no place meets the day's others (to agree, never clash)
            keys.add(f"figure|{frame.category}|{frame.date}")
        return keys | {f"figure|{frame.category}|{frame.doc}"}  # counts of one article meet at its dateline
    keys = {"claims by date"}  # two outlets' close words on one day (a corroboration needs no kind of event)
    if frame.family:
        keys |= {f"site|{frame.family}|{site}" for site in frame.sites}
        keys |= {f"weapon|{weapon}" for weapon in frame.weapons}
        day = frame.date or frame.doc
        for side in {frame.actor_side, frame.voice_side if frame.polarity == "deny" else None} - {None}:
            keys.add(f"side|{side}|{frame.family}|{day}")
        keys.add(f"doc|{frame.doc}|{frame.family}")
        if frame.family == "downing":  # a downing is answered by the side that would have lost the aircraft
            loser = frame.object_side or (frame.voice_side if frame.polarity == "deny" else None)
            keys |= {f"loser|{loser}"} if loser else set()
        # a denial meets the record of that side's deeds: of targeting civilians, or of its kind of act ("we have
        # never drafted a minor" and a monitor's count of boys conscripted)
        side = frame.voice_side if frame.polarity == "deny" else frame.actor_side
        if side:
            keys.add(f"record|{side}|{frame.family}")
            keys |= {f"record|{side}"} if frame.target == "civilians" else set()
    if frame.kind == "direct":
        keys.add(f"speaker|{frame.speaker}" if frame.speaker else "quote|" + " ".join(frame.text.lower().split()[:4]))
    return keys


def candidate_pairs(frames: list[Frame], window: int = WINDOW) -> set[tuple[int, int]]:
    blocks: dict[str, list[int]] = defaultdict(list)
    for index, frame in enumerate(frames):
        for key in blocking_keys(frame):
            blocks[key].append(index)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda i: (frames[i].date or "", frames[i].doc, frames[i].start))
        for position, i in enumerate(members):
            for j in members[position + 1:position + 1 + window]:
                pairs.add((min(i, j), max(i, j)))
    return pairs
