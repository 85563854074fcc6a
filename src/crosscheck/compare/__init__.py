"""The compare stage: claims and figures as frames, aligned across documents into links, and lean.

Reads the data model (documents, canonical entities, mentions, claims, figures, a profile) and
returns a ``Comparison``; it never touches the store or another stage's internals.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np

from crosscheck.compare.align import candidate_pairs
from crosscheck.compare.embed import DIMENSIONS, Embedder, load_embedder, similarity_function
from crosscheck.compare.events import find_events
from crosscheck.compare.frames import INSURGENTS, STATE, Corpus, Frame, build_frames, resolve_actor
from crosscheck.compare.lean import capital_sides, conflict_sides, document_sides, measure_leans, outlet_side
from crosscheck.compare.links import find_links
from crosscheck.compare.origins import claim_origins
from crosscheck.model import Comparison, Lean, Origin

# Bump when frames, rules or lean change, so stores compared by older code are compared again.
COMPARE_VERSION = "52"

__all__ = ["COMPARE_VERSION", "Corpus", "Embedder", "Framed", "compare_corpus", "frame_corpus", "load_embedder"]


@dataclass
class Framed:
    """Every claim and figure as a frame, with each document's lean and each item's origin."""

    frames: list[Frame]
    leans: dict[str, Lean]
    origins: dict[str, Origin]


def frame_corpus(corpus: Corpus) -> Framed:
    """Frames with their voices' sides resolved: what links, dossiers and verdicts all compare."""
    frames = build_frames(corpus)
    sides = conflict_sides(corpus, frames)
    capitals = capital_sides(corpus, document_sides(corpus, sides))
    if capitals:  # "the Halqum regime shelled ...": frames read again with the capitals known
        corpus.capitals = capitals
        frames = build_frames(corpus)
    named = document_sides(corpus, sides, capitals)
    for frame in frames:  # "security forces", "the separatists": known once the document's two sides are
        if frame.actor_side in (STATE, INSURGENTS):
            # (kept when unresolved: the voice, known after the leans, may resolve it)
            frame.actor_side = resolve_actor(corpus, frame.actor_side, None, named[frame.doc]) or frame.actor_side
        if frame.object_side in (STATE, INSURGENTS):  # "brought down a navy helicopter": the state's
            frame.object_side = resolve_actor(corpus, frame.object_side, None, named[frame.doc])
    leans = measure_leans(corpus, frames, named, capitals)
    origins = claim_origins(corpus, frames, frozenset(sides), leans)
    homes = {doc_id: leans[doc_id].side or outlet_side(corpus, doc_id, named[doc_id]) for doc_id in corpus.documents}
    for frame in frames:
        frame.voice_side = _voice_side(frame, homes[frame.doc], origins.get(frame.item))
        frame.actor_side = resolve_actor(corpus, frame.actor_side, frame.voice_side, named[frame.doc])
        origin = origins.get(frame.item)
        if frame.speaker and frame.voice_side and origin and origin.kind == "other":
            origins[frame.item] = Origin(origin.name, "party")  # an unlabelled official of a partisan outlet's side
    return Framed(frames, leans, origins)


def compare_corpus(
    corpus: Corpus,
    embedder: Embedder | None = None,
    vectors: dict[str, np.ndarray] | None = None,
    on_vectors: Callable[[dict[str, np.ndarray]], None] | None = None,
) -> Comparison:
    """Links, leans and events for the whole corpus.

    ``vectors`` holds embeddings computed before (claim or figure id -> vector); only the missing ones
    are encoded, and handed to ``on_vectors`` so the caller can keep them.
    """
    framed = frame_corpus(corpus)
    frames, leans, origins = framed.frames, framed.leans, framed.origins
    pairs = candidate_pairs(frames)
    matrix = _embeddings(frames, pairs, embedder, dict(vectors or {}), on_vectors)
    similarity = similarity_function([f.text for f in frames], matrix)
    links = find_links(corpus, frames, pairs, similarity, origins)
    labelled = {doc_id: replace(lean, side=corpus.side_label(lean.side)) for doc_id, lean in leans.items()}
    return Comparison(links=links, leans=labelled, events=find_events(corpus, frames))


def _voice_side(frame: Frame, home: str | None, origin: Origin | None) -> str | None:
    """The speaker's side; for the outlet's own voice, and for the voices a partisan outlet leaves
    unlabelled ("the Ministry of Defence said", "ministry spokeswoman Mira Halden"), the outlet's side
    (its lean, else the side it is named for): partisan outlets name the other side's officials by their
    side and leave their own unmarked."""
    if frame.speaker_side:
        return frame.speaker_side
    if origin is not None and origin.kind in ("monitor", "wire"):
        return None
    return home


def _embeddings(
    frames: list[Frame],
    pairs: set[tuple[int, int]],
    embedder: Embedder | None,
    known: dict[str, np.ndarray],
    on_vectors: Callable[[dict[str, np.ndarray]], None] | None,
) -> np.ndarray | None:
    """One row per frame (zeros for frames in no candidate pair); None without an embedder."""
    if embedder is None:
        return None
    wanted = sorted({i for pair in pairs for i in pair if frames[i].category is None})  # figures need no vector
    missing = [i for i in wanted if frames[i].item not in known]
    if missing:
        fresh = embedder.encode([frames[i].text for i in missing])
        new = {frames[i].item: fresh[row] for row, i in enumerate(missing)}
        known.update(new)
        if on_vectors:
            on_vectors(new)
    matrix = np.zeros((len(frames), DIMENSIONS), dtype=np.float32)
    for i in wanted:
        matrix[i] = known[frames[i].item]
    return matrix
