"""``crosscheck check``: one claim's dossier from the store, as a data structure and as JSON.

The runner behind the CLI (and any other shell): it loads the stored corpus, frames it, brings the
claim vectors up to date (kept in the store for the next check), and asks the verify stage.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from datetime import date as Date

from crosscheck.analyze import load_corpus, save_vectors, stored_vectors
from crosscheck.compare import frame_corpus, load_embedder
from crosscheck.errors import InputError
from crosscheck.store import Store
from crosscheck.verify.dossier import Dossier, check_claim
from crosscheck.verify.published import entity_named
from crosscheck.verify.verdict import AVERITEC, DESCRIPTIONS, POLITIFACT, claim_review


def check_store(
    store: Store,
    text: str | None = None,
    claim_id: str | None = None,
    speaker: str | None = None,
    date: str | None = None,
    semantic: bool = True,
    on_stage: Callable[[str], None] | None = None,
) -> Dossier:
    """The dossier for ``text`` (or the stored claim ``claim_id``); ``speaker`` is a name as written."""
    say = on_stage or (lambda _stage: None)
    if bool(text) == bool(claim_id):
        raise InputError("give either a claim's text or --claim-id, not both")
    if date:
        _check_date(date)
    say("loading the corpus")
    corpus = load_corpus(store)
    if not corpus.claims:
        raise InputError("the store holds no claims: run `crosscheck analyze` on some articles first")
    speaker_id = entity_named(speaker, corpus.entities) if speaker else None
    if speaker and speaker_id is None:
        say(f"no stored entity is named {speaker!r}: checking without the speaker's side")
    if claim_id:
        stored = next((c for c in corpus.claims if c.id == claim_id), None)
        if stored is None:
            raise InputError(f"no stored claim has id {claim_id!r}")
        text, speaker_id = stored.text, speaker_id or stored.speaker
        date = date or stored.date or corpus.documents[stored.doc].published
    say("framing claims")
    framed = frame_corpus(corpus)
    embedder = load_embedder() if semantic else None
    vectors = {}
    if embedder is not None:
        texts = {c.id: c.text for c in corpus.claims}
        vectors = stored_vectors(store, embedder, texts)
        missing = [c for c in texts if c not in vectors]
        if missing:
            say(f"embedding {len(missing)} claims (kept for the next check)")
            fresh = embedder.encode([texts[c] for c in missing])
            new = {c: fresh[row] for row, c in enumerate(missing)}
            save_vectors(store, embedder, texts, new)
            vectors.update(new)
    return check_claim(corpus, framed, text, embedder, vectors, speaker=speaker_id, date=date, exclude=claim_id,
                       on_stage=say)


def dossier_document(dossier: Dossier, reviewed: str | None = None) -> dict:
    """The dossier as JSON (the shape in shared/eval/README.md, plus reasons, origins and scale mappings)."""
    review = claim_review(
        dossier.claim, dossier.verdict, dossier.explanation, speaker=dossier.speaker_name, date=dossier.date,
        appearance=None, reviewed=reviewed or Date.today().isoformat())
    return {
        "claim": dossier.claim,
        "speaker": dossier.speaker, "speaker_name": dossier.speaker_name, "date": dossier.date,
        "verdict": dossier.verdict, "explanation": dossier.explanation,
        "scale": {"meaning": DESCRIPTIONS[dossier.verdict], "politifact": POLITIFACT[dossier.verdict],
                  "averitec": AVERITEC[dossier.verdict]},
        "evidence": [asdict(e) for e in dossier.evidence],
        "claimreview": review,
    }


def _check_date(value: str) -> None:
    try:
        Date.fromisoformat(value)
    except ValueError as exc:
        raise InputError(f"--date must be YYYY-MM-DD, not {value!r}") from exc
