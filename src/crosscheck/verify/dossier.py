"""A fact-check dossier for one claim: evidence from the user's own corpus, each item's stance with its
reason, and a verdict that never claims more than the evidence carries.

Retrieval is lexical (SQLite FTS5 with BM25 over every stored claim, see crosscheck.fulltext) plus
semantic (MiniLM vectors, kept in the store), re-ranked by frames: the same actor, action, target and
place. Stance comes from frame logic first (an opposite-polarity frame refutes; a monitor's record of
the speaker's side attacking civilians refutes "we never targeted civilians"), then from the
project's FNC-1 model.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from crosscheck.compare import Corpus, Embedder, Framed
from crosscheck.compare.frames import Frame, fill_event, resolve_actor
from crosscheck.extract.claims import polarity_of
from crosscheck.fulltext import FullTextIndex, query_words
from crosscheck.model import Mention, Origin
from crosscheck.spelling import fold
from crosscheck.verify.stance import load_stance_model
from crosscheck.verify.verdict import Evidence, decide

LEXICAL_TOP = 40  # claims BM25 brings in
SEMANTIC_TOP = 40  # claims MiniLM brings in
RELATED_SIMILARITY = 0.5  # cosine below which a claim without a frame match is unrelated
SAME_CLAIM_SIMILARITY = 0.7  # cosine of a near paraphrase, on which the stance model may decide
MODEL_CONFIDENCE = 0.6  # the stance model's probability needed to call supports or refutes on its own
MAX_EVIDENCE = 12
WIDER_RECORD = 3  # monitor findings about the other side shown beside a denial


@dataclass
class Dossier:
    claim: str
    speaker: str | None  # canonical entity id
    speaker_name: str | None
    date: str | None
    verdict: str
    explanation: str
    evidence: list[Evidence] = field(default_factory=list)


def check_claim(
    corpus: Corpus,
    framed: Framed,
    text: str,
    embedder: Embedder | None,
    vectors: dict[str, np.ndarray],
    speaker: str | None = None,
    date: str | None = None,
    exclude: str | None = None,
    on_stage: Callable[[str], None] | None = None,
) -> Dossier:
    """The dossier for ``text`` (said by entity ``speaker`` on ``date``), from ``vectors`` of stored claims.

    ``exclude`` is the stored claim being checked, which is not evidence about itself.
    """
    say = on_stage or (lambda _stage: None)
    query = query_frame(corpus, text, speaker)
    by_item = {f.item: f for f in framed.frames if f.category is None}
    say("retrieving evidence")
    lexical = _bm25(corpus, text)
    semantic: dict[str, float] = {}
    if embedder is not None and vectors:
        ids = sorted(vectors)
        matrix = np.stack([vectors[i] for i in ids])
        scores = matrix @ embedder.encode([text])[0]
        semantic = {ids[k]: float(scores[k]) for k in np.argsort(-scores)[:SEMANTIC_TOP]}
    candidates = [c for c in corpus.claims if c.id != exclude and (c.id in lexical or c.id in semantic
                                                                   or _frame_match(query, by_item.get(c.id)))
                  and not (speaker and c.speaker == speaker)]  # repeating oneself is no evidence
    say(f"weighing {len(candidates)} candidates")
    model = load_stance_model()
    probabilities = model.predict([(text, c.text) for c in candidates]) if candidates else []
    evidence = []
    for claim, probs in zip(candidates, probabilities, strict=True):
        frame = by_item.get(claim.id)
        if frame is None:
            continue
        stance, reason, strength = _frame_stance(corpus, query, frame, framed.origins.get(claim.id))
        similarity = semantic.get(claim.id, 0.0)
        if stance is None:  # frames that place both claims and still do not match leave the model "discusses"
            stance, reason, strength = _model_stance(probs, similarity, decisive=not (query.family and frame.family))
        if stance is None:
            continue
        doc = corpus.documents[claim.doc]
        origin = framed.origins.get(claim.id) or Origin(doc.outlet or doc.id, "other")
        evidence.append(Evidence(
            doc=claim.doc, claim=claim.id, text=claim.text, stance=stance, reason=reason, outlet=doc.outlet,
            origin=origin, published=doc.published, after_claim=bool(date and doc.published and doc.published > date),
            actor=frame.actor_side, voice=frame.voice_side,
            score=round(strength + 0.2 * similarity + 0.1 * (claim.id in lexical), 3),
        ))
    evidence.sort(key=lambda e: (-(e.stance != "discusses"), -e.score, e.doc))
    evidence = _one_per_claim(evidence)[:MAX_EVIDENCE]
    if query.polarity == "deny" and query.target == "civilians":
        evidence += _wider_record(corpus, framed, query, {e.claim for e in evidence})
    verdict, explanation = decide(query.polarity, query.actor_side, query.target, evidence)
    entity = corpus.entities.get(speaker or "")
    return Dossier(text, speaker, entity.name if entity else None, date, verdict, explanation, evidence)


def _wider_record(corpus: Corpus, framed: Framed, query: Frame, shown: set[str | None]) -> list[Evidence]:
    """What monitors document of the other sides' attacks on civilians: a denial that leaves them out is
    one-sided, which is what makes "we never targeted civilians" misleading rather than simply false."""
    found = []
    for frame in framed.frames:
        origin = framed.origins.get(frame.item)
        if (frame.category is None and frame.item not in shown and origin and origin.kind == "monitor"
                and frame.polarity == "affirm" and frame.family == "violence" and frame.target == "civilians"
                and frame.actor_side not in (None, query.actor_side)):
            doc = corpus.documents[frame.doc]
            found.append(Evidence(
                doc=frame.doc, claim=frame.item, text=frame.text, stance="discusses",
                reason=f"{origin.name} documents {frame.action} by {frame.actor_side} on civilians (the other side)",
                outlet=doc.outlet, origin=origin, published=doc.published, after_claim=False, actor=frame.actor_side,
                voice=frame.voice_side, score=0.5))
    return found[:WIDER_RECORD]


def query_frame(corpus: Corpus, text: str, speaker: str | None) -> Frame:
    """The checked claim as a frame; its places and bodies are found by the names the corpus knows."""
    side = corpus.side_of(speaker)
    frame = Frame(item="query", doc="query", start=0, end=len(text), text=text, speaker=speaker, speaker_side=side,
                  kind="assertion", polarity=polarity_of(text), voice_side=side)
    fill_event(corpus, frame, text, _known_names(corpus, text))
    frame.actor_side = resolve_actor(corpus, frame.actor_side, side, [])  # no document: no opponent known
    return frame


def _known_names(corpus: Corpus, text: str) -> list[Mention]:
    """Mentions of stored entities in free text, by exact spelling of a name or alias."""
    found = []
    for entity in corpus.entities.values():
        if entity.type == "person" or not entity.name[:1].isupper():
            continue
        for name in {entity.name, *entity.aliases}:
            for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
                found.append(Mention(entity.id, "query", match.start(), match.end(), match.group()))
    return sorted(found, key=lambda m: m.start)


def _bm25(corpus: Corpus, text: str) -> dict[str, float]:
    """BM25 over every stored claim, for any word of three letters or more in ``text``."""
    words = [w for w in query_words(text) if len(w) > 2]
    if not words or not corpus.claims:
        return {}
    with FullTextIndex(("claim", c.id, "", c.text) for c in corpus.claims) as index:
        return {hit.id: hit.score for hit in index.search(words, "claim", LEXICAL_TOP, any_word=True)}


def _frame_match(query: Frame, frame: Frame | None) -> bool:
    """Same kind of event by the same side: retrieved whatever its words."""
    return bool(frame and query.family and frame.family == query.family and query.actor_side
                and frame.actor_side == query.actor_side and (not query.target or frame.target == query.target))


def _frame_stance(corpus: Corpus, query: Frame, frame: Frame, origin: Origin | None) -> tuple[str | None, str, float]:
    """Supports or refutes when the frames pin down the same kind of event by the same side."""
    if not query.family or frame.family != query.family or frame.polarity == "uncommitted":
        return None, "", 0.0
    if query.actor_side and frame.actor_side and frame.actor_side != query.actor_side:
        return None, "", 0.0
    if query.target and frame.target and frame.target != query.target:
        return None, "", 0.0
    if query.sites and frame.sites and not query.sites & frame.sites:
        return None, "", 0.0
    same_actor = bool(query.actor_side) and frame.actor_side == query.actor_side
    shared_place = bool(query.sites & frame.sites)
    if not (same_actor or shared_place):
        return None, "", 0.0
    monitor = origin is not None and origin.kind == "monitor"
    who = origin.name if origin else corpus.documents[frame.doc].outlet or frame.doc
    event = f"{frame.action} by {frame.actor_side}" if frame.actor_side else frame.action
    if frame.target:
        event += f" on {frame.target}"
    if frame.polarity == query.polarity:
        return "supports", f"{who} {'also denies' if frame.polarity == 'deny' else 'reports'} {event}", 0.7
    if query.polarity == "deny":
        record = "documents" if monitor else "reports"
        return "refutes", f"{who} {record} {event}", 0.9 if monitor else 0.7
    return "refutes", f"{who} denies {event}", 0.7


def _model_stance(probs: dict[str, float], similarity: float, decisive: bool) -> tuple[str | None, str, float]:
    """The FNC-1 model's call, only for claims close enough in meaning to be about the same thing.

    It learned headline-body pairs, where sharing a topic is most of "agree": it may call supports or
    refutes only for a near paraphrase (``SAME_CLAIM_SIMILARITY``), confidently, and when frames could not
    decide; otherwise a related claim "discusses"."""
    if probs["unrelated"] >= 0.5 or similarity < RELATED_SIMILARITY:
        return None, "", 0.0
    label = max(("agree", "disagree", "discuss"), key=lambda k: probs[k])
    if label != "discuss" and (probs[label] < MODEL_CONFIDENCE or similarity < SAME_CLAIM_SIMILARITY
                               or not decisive):
        label = "discuss"
    stance = {"agree": "supports", "disagree": "refutes", "discuss": "discusses"}[label]
    return stance, f"stance model: {label} ({probs[label]:.2f})", 0.3 * probs[label]


def _one_per_claim(evidence: list[Evidence]) -> list[Evidence]:
    seen, kept = set(), []
    for item in evidence:
        key = (item.doc, fold(item.text)[:80])
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return kept
