"""The main job: read inputs, run the pipeline on new or changed articles, store the results.

The CLI and any other shell call ``analyze_paths``; it never prints. Bad inputs become failures
with reasons while the batch goes on (``strict`` stops at the first one).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from crosscheck.compare import COMPARE_VERSION, Corpus, Embedder, compare_corpus, load_embedder
from crosscheck.compare.embed import MODEL_NAME
from crosscheck.errors import InputError
from crosscheck.ingest import discover_files, read_articles
from crosscheck.model import Comparison, Skip
from crosscheck.pipeline import PipelineOptions, process_article, processing_key
from crosscheck.resolve import Profile, parse_profile, read_profile_text, resolve_entities
from crosscheck.store import Store


@dataclass
class RunSummary:
    files: int = 0
    stored: int = 0  # new or changed documents written
    unchanged: int = 0  # skipped: same input, same pipeline, same options as the stored document
    removed: int = 0  # documents a re-read container file no longer holds
    failed: list[Skip] = field(default_factory=list)
    stopped: bool = False  # --strict stopped the run at the first failure


def analyze_paths(
    patterns: list[str],
    store: Store,
    options: PipelineOptions,
    max_bytes: int,
    strict: bool = False,
    on_files: Callable[[int], None] | None = None,
    on_file_done: Callable[[Path], None] | None = None,
    profile: str | None = None,
    semantic: bool = True,
    on_stage: Callable[[str], None] | None = None,
) -> RunSummary:
    summary = RunSummary()
    profile_changed = use_profile(store, profile)
    files, problems = discover_files(patterns, exclude=store.files)
    summary.failed.extend(problems)
    summary.files = len(files)
    if on_files:
        on_files(len(files))
    if problems and strict:
        summary.stopped = True
        return summary
    known = store.stored_hashes()
    for path in files:
        if not _analyze_file(path, store, options, max_bytes, known, summary, strict):
            summary.stopped = True
            break
        if on_file_done:
            on_file_done(path)
    changed = summary.stored or summary.removed or profile_changed
    if changed or not store.has_resolution():
        # Names merge across documents, so any change re-resolves the whole corpus (cheap: one pass over names).
        store.save_resolution(resolve_entities(store.local_entities(), stored_profile(store)))
    if changed or store.get_setting(COMPARISON_SETTING) != _comparison_key(semantic):
        if on_stage:
            on_stage("comparing claims across documents")
        compare_store(store, semantic)
    return summary


COMPARISON_SETTING = "comparison"  # which compare code (and embedding model) made the stored links


def _comparison_key(semantic: bool) -> str:
    return f"{COMPARE_VERSION}:{MODEL_NAME if semantic else 'words'}"


def compare_store(store: Store, semantic: bool = True) -> Comparison:
    """Links and leans for everything stored, written in one transaction; embeddings are kept for re-runs."""
    corpus = load_corpus(store)
    embedder = load_embedder() if semantic else None
    texts = {c.id: c.text for c in corpus.claims}
    known = stored_vectors(store, embedder, texts) if embedder else {}

    def keep(new: dict[str, np.ndarray]) -> None:
        save_vectors(store, embedder, texts, new)

    comparison = compare_corpus(corpus, embedder, known, on_vectors=keep if embedder else None)
    store.save_comparison(comparison)
    store.put_setting(COMPARISON_SETTING, _comparison_key(embedder is not None))
    return comparison


def load_corpus(store: Store) -> Corpus:
    """Everything stored, as the compare and verify stages read it."""
    profile = stored_profile(store)
    return Corpus(
        documents={d.id: d for d in store.documents()}, entities={e.id: e for e in store.entities()},
        claims=store.claims(), figures=store.figures(), mentions=store.mentions(),
        profile_sides=frozenset(profile.sides) if profile else frozenset(),
        vocabulary=profile.vocabulary if profile else {},
    )


def stored_vectors(store: Store, embedder: Embedder, texts: dict[str, str]) -> dict[str, np.ndarray]:
    """Embeddings kept from earlier runs, for items whose text has not changed since."""
    known = {}
    for item, (text_hash, blob) in store.vectors(embedder.name).items():
        if item in texts and text_hash == _text_hash(texts[item]):
            known[item] = np.frombuffer(blob, dtype="<f4")
    return known


def save_vectors(store: Store, embedder: Embedder, texts: dict[str, str], new: dict[str, np.ndarray]) -> None:
    store.save_vectors(embedder.name, {
        item: (_text_hash(texts[item]), vector.astype("<f4").tobytes()) for item, vector in new.items()})


def _text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


PROFILE_SETTING = "profile"  # the conflict profile's YAML, kept with the corpus it describes


def use_profile(store: Store, spec: str | None) -> bool:
    """Keep the profile given (a path or a shipped name; "none" drops it) with the store; True when it changed."""
    if spec is None:
        return False
    text = None
    if spec.lower() != "none":
        label, text = read_profile_text(spec)
        parse_profile(label, text)  # a broken profile is refused before anything is stored
        text = f"# {label}\n{text}"
    changed = store.get_setting(PROFILE_SETTING) != text
    store.put_setting(PROFILE_SETTING, text)
    return changed


def stored_profile(store: Store) -> Profile | None:
    text = store.get_setting(PROFILE_SETTING)
    if not text:
        return None
    label = text.splitlines()[0].removeprefix("# ")
    return parse_profile(label, text)


def _analyze_file(path, store, options, max_bytes, known, summary, strict) -> bool:
    """Process one file; False when strict mode must stop."""
    seen: set[str] = set()
    complete = True
    for item in read_articles(path, max_bytes):
        if isinstance(item, Skip):
            complete = False
            _fail(store, summary, item)
            if strict:
                return False
            continue
        seen.add(item.source)
        key = processing_key(item, options)
        if known.get(item.source) == key:
            summary.unchanged += 1
            continue
        item.content_hash = key
        try:
            doc = process_article(item, options)
        except Exception as exc:  # one bad article never stops a batch; a bug is reported, not hidden
            complete = False
            reason = str(exc) if isinstance(exc, InputError) else f"could not process ({type(exc).__name__}: {exc})"
            _fail(store, summary, Skip(item.source, reason))
            if strict:
                return False
            continue
        store.save_document(doc)
        known[item.source] = key
        summary.stored += 1
    if complete:
        # Only a file read without a failure may retire documents: a broken record keeps its old version.
        summary.removed += store.remove_missing(str(path), seen)
    return True


def _fail(store: Store, summary: RunSummary, skip: Skip) -> None:
    summary.failed.append(skip)
    store.record_failure(skip)
