"""The ``crosscheck/1`` JSON export (contract: shared/eval/README.md) and CSV of documents."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict
from pathlib import Path

from crosscheck.model import Document
from crosscheck.store import Store
from crosscheck.verify.published import corpus_verdicts

SCHEMA = "crosscheck/1"
# Arrays that later stages fill; present and empty until then, as the contract asks.
LATER_ARRAYS = ("events",)
DOCUMENT_FIELDS = (
    "id", "source", "title", "outlet", "author", "dateline", "published", "language", "kind", "url", "crawled", "text",
)


def document_record(doc: Document) -> dict:
    record = {name: getattr(doc, name) for name in DOCUMENT_FIELDS}
    record["lean"] = asdict(doc.lean)
    return record


def build_export(store: Store) -> dict:
    documents, claims, entities = list(store.documents()), store.claims(), store.entities()
    export: dict = {"schema": SCHEMA, "documents": [document_record(d) for d in documents]}
    export["entities"] = [asdict(e) for e in entities]
    export["mentions"] = [asdict(m) for m in store.mentions()]
    export["claims"] = [asdict(c) for c in claims]
    export["figures"] = [asdict(f) for f in store.figures()]
    export["links"] = [asdict(k) for k in store.links()]
    export["verdicts"] = [
        {"doc": v.doc, "claim": v.claim, "claim_text": v.claim_text, "claimant": v.claimant,
         "claimant_text": v.claimant_text, "rating": v.rating}
        for v in corpus_verdicts(documents, claims, {e.id: e for e in entities})]
    export.update({name: [] for name in LATER_ARRAYS})
    return export


def write_json(store: Store, out: Path) -> int:
    export = build_export(store)
    write_atomically(out, json.dumps(export, ensure_ascii=False, indent=1))
    return len(export["documents"])


def write_csv(store: Store, out: Path) -> int:
    """Documents as CSV, one row each (lean flattened), for spreadsheets."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow([*DOCUMENT_FIELDS, "lean_side", "lean_score", "lean_markers"])
    count = 0
    for doc in store.documents():
        writer.writerow([getattr(doc, f) for f in DOCUMENT_FIELDS]
                        + [doc.lean.side, doc.lean.score, "; ".join(doc.lean.markers)])
        count += 1
    write_atomically(out, buffer.getvalue())
    return count


def write_atomically(out: Path, content: str) -> None:
    """A crash mid-write never leaves a truncated export where a good one was."""
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(content, encoding="utf-8", newline="")
    tmp.replace(out)
