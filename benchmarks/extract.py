"""Extraction throughput per stage on one core: articles/s for ingest, each extraction step, and resolution.

    python benchmarks/extract.py ../shared/data/bbc [--runs 3] [--limit N]

Articles are read and cleaned once (timed as "ingest"); then each step of the extract stage runs
over all of them in turn, as ``extract_document`` runs it, and the resolve stage runs once over the
corpus. Prints the median seconds of the runs and articles/s per step and for the whole of issue 3's work.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from crosscheck.extract import claim_date, extract_document, load_nlp
from crosscheck.extract.claims import find_assertions, find_attributions
from crosscheck.extract.figures import find_figures
from crosscheck.extract.names import cluster_mentions, find_mentions
from crosscheck.extract.quotes import find_quotes
from crosscheck.extract.speakers import LocalEntities, resolve_speakers
from crosscheck.extract.timex import find_anchor, find_time_expressions
from crosscheck.ingest import discover_files, read_articles
from crosscheck.ingest.document import IngestOptions, build_document
from crosscheck.model import Skip
from crosscheck.resolve import resolve_entities


def load(corpus: Path, limit: int | None):
    files, _ = discover_files([str(corpus)])
    raws = [item for path in files for item in read_articles(path, 20_000_000) if not isinstance(item, Skip)]
    raws = raws[:limit] if limit else raws
    start = time.perf_counter()
    docs = []
    for raw in raws:
        try:
            docs.append(build_document(raw, IngestOptions()))
        except Exception:  # noqa: BLE001 - a file the pipeline would record as a failure
            continue
    return docs, time.perf_counter() - start


def run_steps(docs, nlp) -> dict[str, float]:
    timings: dict[str, float] = {}

    def timed(name, fn, items):
        start = time.perf_counter()
        out = [fn(item) for item in items]
        timings[name] = time.perf_counter() - start
        return out

    parsed = timed("tokenize + sentences", lambda d: nlp(d.text), docs)
    mentions = timed("names", lambda p: find_mentions(p), parsed)
    timed("names: in-document clusters", lambda x: cluster_mentions(*x),
          list(zip(mentions, (d.text for d in docs), strict=True)))
    quotes = timed("quotes", lambda p: find_quotes(p.text), parsed)
    attributions = timed("attribution", lambda pq: find_attributions(*pq), list(zip(parsed, quotes, strict=True)))
    local = [LocalEntities(m, max((x.entity for x in m), default=-1) + 1, [(q.inner_start, q.inner_end) for q in qs])
             for m, qs in zip(mentions, quotes, strict=True)]
    timed("speakers", lambda x: resolve_speakers(*x), list(zip(parsed, attributions, local, strict=True)))
    times = timed("dates", lambda d: find_time_expressions(d.text, find_anchor(d.text, d.published, d.dateline)),
                  docs)
    sentences = [[(s.start_char, s.end_char) for s in p.sents] for p in parsed]
    timed("figures", lambda x: find_figures(x[0].text, x[1], [(t.start, t.end) for t in x[2]]),
          list(zip(docs, sentences, times, strict=True)))
    timed("assertions", lambda x: find_assertions(x[0], [(a.start, a.end) for a in x[1]], x[2], []),
          list(zip(parsed, attributions, mentions, strict=True)))
    timed("claim dates", lambda x: [claim_date(a, x[1], x[2].text) for a in x[0]],
          list(zip(attributions, times, docs, strict=True)))
    extractions = timed("extract_document (all of the above)", lambda d: extract_document(d, nlp), docs)
    start = time.perf_counter()
    resolve_entities([e for x in extractions for e in x.entities])
    timings["resolve (corpus)"] = time.perf_counter() - start
    return timings


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--limit", type=int, help="only the first N articles")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    docs, ingest_seconds = load(args.corpus, args.limit)
    nlp = load_nlp()
    runs = [run_steps(docs, nlp) for _ in range(args.runs)]
    n = len(docs)
    print(f"{n} articles, {args.runs} runs, median seconds, single process")
    print(f"{'ingest (clean + describe, 1 run)':40s} {ingest_seconds:8.2f} s {n / ingest_seconds:9.0f} articles/s")
    for step in runs[0]:
        seconds = statistics.median(r[step] for r in runs)
        print(f"{step:40s} {seconds:8.2f} s {n / seconds:9.0f} articles/s")
    whole = statistics.median(r["extract_document (all of the above)"] + r["resolve (corpus)"] for r in runs)
    print(f"{'extract + resolve (issue 3 target >= 50/s)':40s} {whole:8.2f} s {n / whole:9.0f} articles/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
