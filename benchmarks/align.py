"""Alignment cost against corpus size: frames, blocked candidate pairs and link rules at 1x, 2x and 4x.

    python benchmarks/align.py ../shared/data/bbc [--runs 3] [--no-embed]

The corpus is analyzed once (without embeddings) into a temporary store; then the compare stage's
steps run over the first quarter, half and all of its documents. Prints claims, candidate pairs (and
their share of all n*(n-1)/2 pairs), and median seconds per step. Blocking pairs each frame only with
its WINDOW nearest neighbours inside each key's block, so pairs and time should grow about linearly.
With embeddings on, it also times MiniLM encoding of the 1x claims (linear by nature: one pass per claim).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from crosscheck.analyze import analyze_paths
from crosscheck.compare import Corpus
from crosscheck.compare.align import candidate_pairs
from crosscheck.compare.embed import load_embedder, similarity_function
from crosscheck.compare.frames import build_frames
from crosscheck.compare.lean import capital_sides, conflict_sides, document_sides, measure_leans
from crosscheck.compare.links import find_links
from crosscheck.compare.origins import claim_origins
from crosscheck.ingest.document import IngestOptions
from crosscheck.pipeline import PipelineOptions
from crosscheck.store import Store


def subset(store: Store, fraction: float) -> Corpus:
    docs = sorted(store.documents(), key=lambda d: d.source)
    keep = {d.id: d for d in docs[: max(1, int(len(docs) * fraction))]}
    return Corpus(
        documents=keep, entities={e.id: e for e in store.entities()},
        claims=[c for c in store.claims() if c.doc in keep], figures=[f for f in store.figures() if f.doc in keep],
        mentions=[m for m in store.mentions() if m.doc in keep],
    )


def measure(corpus: Corpus) -> tuple[dict[str, float], int, int]:
    steps: dict[str, float] = {}
    start = time.perf_counter()
    frames = build_frames(corpus)
    steps["frames"] = time.perf_counter() - start
    start = time.perf_counter()
    sides = conflict_sides(corpus, frames)
    capitals = capital_sides(corpus, document_sides(corpus, sides))
    leans = measure_leans(corpus, frames, document_sides(corpus, sides, capitals), capitals)
    origins = claim_origins(corpus, frames, frozenset(sides), leans)
    steps["lean + origins"] = time.perf_counter() - start
    start = time.perf_counter()
    pairs = candidate_pairs(frames)
    steps["blocking"] = time.perf_counter() - start
    start = time.perf_counter()
    find_links(corpus, frames, pairs, similarity_function([f.text for f in frames], None), origins)
    steps["link rules"] = time.perf_counter() - start
    return steps, len(frames), len(pairs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-embed", action="store_true", help="skip timing MiniLM encoding")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, Store(str(Path(tmp) / "bench.db")) as store:
        start = time.perf_counter()
        analyze_paths([str(args.corpus)], store, PipelineOptions(IngestOptions()), max_bytes=20_000_000,
                      semantic=False)
        print(f"analyzed {args.corpus} in {time.perf_counter() - start:.1f} s (once, not timed below)")
        print(f"{'size':>5} {'docs':>6} {'frames':>7} {'pairs':>9} {'of all':>8}  " +
              "  ".join(f"{s:>14}" for s in ("frames", "lean + origins", "blocking", "link rules", "total")))
        base = None
        for label, fraction in (("1x", 0.25), ("2x", 0.5), ("4x", 1.0)):
            corpus = subset(store, fraction)
            runs = [measure(corpus) for _ in range(args.runs)]
            steps = {name: statistics.median(r[0][name] for r in runs) for name in runs[0][0]}
            total = sum(steps.values())
            frames, pairs = runs[0][1], runs[0][2]
            share = pairs / max(1, frames * (frames - 1) / 2)
            print(f"{label:>5} {len(corpus.documents):>6} {frames:>7} {pairs:>9} {share:>8.3%}  " +
                  "  ".join(f"{steps[s]:>13.2f}s" for s in steps) + f"  {total:>13.2f}s")
            base = base or (frames, total)
        print(f"4x/1x: frames x{frames / base[0]:.2f}, time x{total / base[1]:.2f} (quadratic would be x16)")
        if not args.no_embed:
            embedder = load_embedder()
            texts = [c.text for c in subset(store, 0.25).claims]
            start = time.perf_counter()
            embedder.encode(texts)
            seconds = time.perf_counter() - start
            print(f"MiniLM encoding, 1x claims: {len(texts)} in {seconds:.1f} s ({len(texts) / seconds:.0f} claims/s)")


if __name__ == "__main__":
    main()
