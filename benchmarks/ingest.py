"""Analyze throughput: a directory into a fresh store (ingest, extraction, storage, resolution); articles/s, memory.

    python benchmarks/ingest.py ../shared/data/bbc [--runs 3]

Each run analyzes into a new SQLite store (cold), then re-analyzes the same inputs (warm: every
article unchanged, so this measures the skip path). Prints the median of the runs.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from crosscheck.analyze import analyze_paths
from crosscheck.pipeline import PipelineOptions
from crosscheck.store import Store

MAX_BYTES = 20_000_000


def run_once(corpus: Path) -> tuple[float, float, int, int]:
    with tempfile.TemporaryDirectory() as tmp, Store(str(Path(tmp) / "bench.db")) as store:
        start = time.perf_counter()
        cold = analyze_paths([str(corpus)], store, PipelineOptions(), MAX_BYTES)
        middle = time.perf_counter()
        warm = analyze_paths([str(corpus)], store, PipelineOptions(), MAX_BYTES)
        end = time.perf_counter()
    if warm.stored:
        sys.exit(f"re-run stored {warm.stored} documents: idempotence is broken")
    return middle - start, end - middle, cold.stored, len(cold.failed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"{args.corpus} is not a directory")
    colds, warms = [], []
    for number in range(1, args.runs + 1):
        cold, warm, stored, failed = run_once(args.corpus)
        colds.append(cold)
        warms.append(warm)
        print(f"run {number}: {stored} articles ({failed} failed) in {cold:.2f} s cold, re-run {warm:.2f} s")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    cold, warm = statistics.median(colds), statistics.median(warms)
    print(f"articles:            {stored}")
    print(f"cold analyze:        {stored / cold:.0f} articles/s (median {cold:.2f} s over {args.runs} runs)")
    print(f"re-run (unchanged):  {stored / warm:.0f} articles/s (median {warm:.2f} s)")
    print(f"peak memory (RSS):   {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
