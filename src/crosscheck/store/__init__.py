"""The store: SQLite by default, PostgreSQL when given a URL. The only package that imports SQLAlchemy.

Every document is written in its own transaction, so an interrupted or failing run never leaves a
half-written document and never loses what earlier runs stored.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from crosscheck.errors import StoreError
from crosscheck.model import Document, Lean, Skip
from crosscheck.store.schema import documents, failures, migrate

# Document columns that map one-to-one onto Document fields.
PLAIN_FIELDS = (
    "id", "source", "source_file", "content_hash", "text", "title", "outlet", "author", "dateline",
    "published", "language", "kind", "url", "crawled",
)


def database_url(db: str) -> str:
    """A path becomes a SQLite URL; anything with a scheme is taken as a SQLAlchemy URL."""
    return db if "://" in db else f"sqlite:///{Path(db).expanduser()}"


class Store:
    """One open store. Methods take care of their own transactions."""

    def __init__(self, db: str, create: bool = True):
        url = database_url(db)
        if url.startswith("sqlite:///") and not create and not Path(url.removeprefix("sqlite:///")).exists():
            raise StoreError(f"no store at {db}: run `crosscheck analyze PATH --db {db}` first")
        self.label = db
        try:
            self.engine: Engine = sa.create_engine(url)
            if url.startswith("sqlite"):
                sa.event.listen(self.engine, "connect", _sqlite_pragmas)
            migrate(self.engine)
        except (SQLAlchemyError, OSError) as exc:
            raise StoreError(f"cannot open store {db}: {_reason(exc)}") from exc

    @property
    def files(self) -> set[Path]:
        """The files a SQLite store lives in (never to be read as input); empty for a server database."""
        database = self.engine.url.database if self.engine.url.get_backend_name() == "sqlite" else None
        if not database:
            return set()
        main = Path(database).resolve()
        return {main, *(main.with_name(main.name + suffix) for suffix in ("-wal", "-shm", "-journal"))}

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def stored_hashes(self) -> dict[str, str]:
        """source -> content hash of every stored document, to skip unchanged inputs."""
        with self._connect() as conn:
            return dict(conn.execute(sa.select(documents.c.source, documents.c.content_hash)).all())

    def save_document(self, doc: Document) -> None:
        """Insert or replace one document (and, as later stages add them, everything derived from it)."""
        row = {name: getattr(doc, name) for name in PLAIN_FIELDS}
        row.update(
            lean_side=doc.lean.side, lean_score=doc.lean.score, lean_markers=json.dumps(doc.lean.markers),
            processed_at=_now(),
        )
        with self._begin() as conn:
            conn.execute(documents.delete().where(documents.c.source == doc.source))
            conn.execute(documents.insert().values(**row))
            conn.execute(failures.delete().where(failures.c.source == doc.source))

    def remove_missing(self, source_file: str, kept: set[str]) -> int:
        """Drop documents that a re-read container file (JSONL, feed, WARC) no longer holds."""
        with self._begin() as conn:
            stale = [
                s for (s,) in conn.execute(sa.select(documents.c.source).where(documents.c.source_file == source_file))
                if s not in kept
            ]
            if stale:
                conn.execute(documents.delete().where(documents.c.source.in_(stale)))
        return len(stale)

    def record_failure(self, skip: Skip) -> None:
        with self._begin() as conn:
            conn.execute(failures.delete().where(failures.c.source == skip.source))
            conn.execute(failures.insert().values(source=skip.source, reason=skip.reason, at=_now()))

    def documents(self) -> Iterator[Document]:
        with self._connect() as conn:
            for row in conn.execute(sa.select(documents).order_by(documents.c.source)).mappings():
                yield _to_document(row)

    def failures(self) -> list[Skip]:
        with self._connect() as conn:
            rows = conn.execute(sa.select(failures).order_by(failures.c.source)).mappings()
            return [Skip(row["source"], row["reason"]) for row in rows]

    def _connect(self) -> Connection:
        try:
            return self.engine.connect()
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot read store {self.label}: {_reason(exc)}") from exc

    def _begin(self):
        try:
            return self.engine.begin()
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot write store {self.label}: {_reason(exc)}") from exc


def _to_document(row) -> Document:
    lean = Lean(side=row["lean_side"], score=row["lean_score"] or 0.0, markers=json.loads(row["lean_markers"] or "[]"))
    return Document(**{name: row[name] for name in PLAIN_FIELDS}, lean=lean)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")  # readers (report, serve) never block a running analyze
    cursor.execute("PRAGMA synchronous=NORMAL")  # durable at each commit in WAL mode, without an fsync per row
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _reason(exc: BaseException) -> str:
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        return str(exc.orig)
    return str(exc).splitlines()[0]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
