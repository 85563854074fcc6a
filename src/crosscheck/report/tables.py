"""The export's arrays as flat tables, one per array, for spreadsheets (CSV) and dataframes (Parquet).

A table's columns are its record's fields with nested ones flattened: a document's lean into lean_side,
lean_score and lean_markers, a link's origins into origin_names and origin_kinds. Lists stay lists in
Parquet and are joined with "; " in CSV. Rows are the export's records, so counts match the JSON export.
"""

from __future__ import annotations

import csv
import io
from dataclasses import fields
from pathlib import Path
from typing import get_type_hints

from crosscheck.model import Claim, Document, Entity, Event, Figure, Link, Mention
from crosscheck.report.export import DOCUMENT_FIELDS, VERDICT_FIELDS, build_export, write_directory
from crosscheck.store import Store
from crosscheck.verify.published import PublishedVerdict

# Column kinds, from the model's type hints.
KINDS = {str: "string", str | None: "string", int: "int", int | None: "int", float: "float", float | None: "float",
         list[str]: "list"}
LIST_SEPARATOR = "; "


def _columns(model: type, names: tuple[str, ...] | None = None) -> dict[str, str]:
    """Column -> kind for the fields ``names`` (all of them by default) of a model dataclass."""
    hints = get_type_hints(model)
    return {name: KINDS[hints[name]] for name in names or tuple(f.name for f in fields(model))}


TABLES: dict[str, dict[str, str]] = {
    "documents": {**_columns(Document, DOCUMENT_FIELDS),
                  "lean_side": "string", "lean_score": "float", "lean_markers": "list"},
    "entities": _columns(Entity),
    "mentions": _columns(Mention),
    "claims": _columns(Claim),
    "figures": _columns(Figure),
    "links": {**_columns(Link, tuple(f.name for f in fields(Link) if f.name != "origins")),
              "origin_names": "list", "origin_kinds": "list"},
    "verdicts": _columns(PublishedVerdict, VERDICT_FIELDS),
    "events": _columns(Event),
}


def table_rows(export: dict) -> dict[str, list[dict]]:
    """Each table's rows: the export's records of that name, flattened to the table's columns."""
    flatten = {"documents": _flat_document, "links": _flat_link}
    return {name: [_only(flatten.get(name, dict)(record), columns) for record in export[name]]
            for name, columns in TABLES.items()}


def _flat_document(record: dict) -> dict:
    lean = record["lean"]
    return record | {"lean_side": lean["side"], "lean_score": lean["score"], "lean_markers": lean["markers"]}


def _flat_link(record: dict) -> dict:
    return record | {"origin_names": [o["name"] for o in record["origins"]],
                     "origin_kinds": [o["kind"] for o in record["origins"]]}


def _only(record: dict, columns: dict[str, str]) -> dict:
    return {column: record[column] for column in columns}


def write_csv(store: Store, out: Path) -> int:
    """One CSV file per table in the directory ``out``; returns the number of rows written."""
    rows = table_rows(build_export(store))
    write_directory(out, {f"{name}.csv": _csv_text(TABLES[name], rows[name]) for name in TABLES})
    return sum(len(table) for table in rows.values())


def _csv_text(columns: dict[str, str], rows: list[dict]) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, list(columns))
    writer.writeheader()
    writer.writerows({column: LIST_SEPARATOR.join(row[column]) if kind == "list" else row[column]
                      for column, kind in columns.items()} for row in rows)
    return buffer.getvalue()


def write_parquet(store: Store, out: Path) -> int:
    """One Parquet file per table in the directory ``out``, typed columns; returns the number of rows written."""
    import pyarrow as pa  # loads slowly: only this export pays for it
    import pyarrow.parquet as pq

    types = {"string": pa.string(), "int": pa.int64(), "float": pa.float64(), "list": pa.list_(pa.string())}
    rows = table_rows(build_export(store))
    files = {}
    for name, columns in TABLES.items():
        schema = pa.schema([(column, types[kind]) for column, kind in columns.items()])
        sink = pa.BufferOutputStream()
        pq.write_table(pa.Table.from_pylist(rows[name], schema=schema), sink)
        files[f"{name}.parquet"] = sink.getvalue().to_pybytes()
    write_directory(out, files)
    return sum(len(table) for table in rows.values())
