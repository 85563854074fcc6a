"""The store: SQLite by default, PostgreSQL when given a URL. The only package that imports SQLAlchemy.

Every document is written in its own transaction, so an interrupted or failing run never leaves a
half-written document and never loses what earlier runs stored.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from crosscheck.errors import StoreError
from crosscheck.model import (
    Claim,
    Comparison,
    Document,
    Entity,
    Event,
    Figure,
    Lean,
    Link,
    Mention,
    Origin,
    Resolution,
    Skip,
)
from crosscheck.store.schema import (
    MIGRATIONS,
    claims,
    doc_entities,
    documents,
    dossiers,
    entities,
    entity_map,
    events,
    failures,
    figures,
    links,
    mentions,
    migrate,
    settings,
    vectors,
)

# Document columns that map one-to-one onto Document fields.
PLAIN_FIELDS = (
    "id", "source", "source_file", "content_hash", "text", "title", "outlet", "author", "dateline",
    "published", "language", "kind", "url", "crawled", "masthead",
)


def database_url(db: str) -> str:
    """A path becomes a SQLite URL; anything with a scheme is taken as a SQLAlchemy URL."""
    return db if "://" in db else f"sqlite:///{Path(db).expanduser()}"


class Store:
    """One open store. Methods take care of their own transactions."""

    def __init__(self, db: str, create: bool = True, read_only: bool = False):
        """``read_only`` (for ``crosscheck serve``) never writes, so a store that needs migrating is refused."""
        url = database_url(db)
        if (url.startswith("sqlite:///") and (read_only or not create)
                and not Path(url.removeprefix("sqlite:///")).exists()):
            raise StoreError(f"no store at {db}: run `crosscheck analyze PATH --db {db}` first")
        self.label = db
        try:
            if read_only:
                self.engine: Engine = _read_only_engine(url)
                _require_current_schema(self.engine, db)
            else:
                self.engine = sa.create_engine(url)
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
            processed_at=_now(), claim_reviews=json.dumps(doc.claim_reviews) if doc.claim_reviews else None,
        )
        ex = doc.extraction
        with self._begin() as conn:
            conn.execute(documents.delete().where(documents.c.source == doc.source))
            conn.execute(documents.insert().values(**row))
            conn.execute(failures.delete().where(failures.c.source == doc.source))
            _insert(conn, doc_entities, [
                {"id": e.id, "doc": doc.id, "name": e.name, "type": e.type, "aliases": json.dumps(e.aliases),
                 "roles": json.dumps(e.roles), "affiliation": e.affiliation} for e in ex.entities])
            _insert(conn, mentions, [
                {"doc": doc.id, "entity": m.entity, "start": m.start, "end": m.end, "text": m.text}
                for m in ex.mentions])
            _insert(conn, claims, [
                {**{k: getattr(c, k) for k in _CLAIM_FIELDS}, "entities": json.dumps(c.entities)} for c in ex.claims])
            _insert(conn, figures, [{k: getattr(f, k) for k in _FIGURE_FIELDS} for f in ex.figures])

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

    def get_setting(self, name: str) -> str | None:
        with self._connect() as conn:
            return conn.execute(sa.select(settings.c.value).where(settings.c.name == name)).scalar()

    def put_setting(self, name: str, value: str | None) -> None:
        """Store-wide choices that outlive one run (the conflict profile); None removes one."""
        with self._begin() as conn:
            conn.execute(settings.delete().where(settings.c.name == name))
            if value is not None:
                conn.execute(settings.insert().values(name=name, value=value))

    def local_entities(self) -> list[Entity]:
        """Every document's own entities, for resolution across documents."""
        with self._connect() as conn:
            rows = conn.execute(sa.select(doc_entities).order_by(doc_entities.c.id)).mappings()
            return [_to_entity(row) for row in rows]

    def has_resolution(self) -> bool:
        with self._connect() as conn:
            resolved = conn.execute(sa.select(sa.func.count()).select_from(entity_map)).scalar()
            local = conn.execute(sa.select(sa.func.count()).select_from(doc_entities)).scalar()
        return resolved == local

    def save_resolution(self, resolution: Resolution) -> None:
        """Replace the canonical entities in one transaction: readers see the old set or the new one."""
        with self._begin() as conn:
            conn.execute(entity_map.delete())
            conn.execute(entities.delete())
            _insert(conn, entities, [
                {"id": e.id, "name": e.name, "type": e.type, "aliases": json.dumps(e.aliases),
                 "roles": json.dumps(e.roles), "affiliation": e.affiliation, "side": e.side,
                 "latitude": e.latitude, "longitude": e.longitude} for e in resolution.entities])
            _insert(conn, entity_map, [{"local": k, "entity": v} for k, v in resolution.canonical.items()])

    def entities(self) -> list[Entity]:
        """Canonical entities, each with every surface form its mentions used as an alias."""
        with self._connect() as conn:
            found = {row["id"]: _to_entity(row) for row in conn.execute(
                sa.select(entities).order_by(entities.c.type, entities.c.name)).mappings()}
            surfaces = conn.execute(sa.select(entity_map.c.entity, mentions.c.text).distinct().join(
                mentions, mentions.c.entity == entity_map.c.local))
            for entity_id, text in surfaces:
                entity = found.get(entity_id)
                if entity and text != entity.name and text not in entity.aliases:
                    entity.aliases.append(text)
        for entity in found.values():
            entity.aliases.sort()
        return list(found.values())

    def mentions(self) -> list[Mention]:
        canonical = self._canonical()
        with self._connect() as conn:
            rows = conn.execute(sa.select(mentions).order_by(mentions.c.doc, mentions.c.start)).mappings()
            return [Mention(canonical.get(r["entity"], r["entity"]), r["doc"], r["start"], r["end"], r["text"])
                    for r in rows]

    def claims(self) -> list[Claim]:
        canonical = self._canonical()
        with self._connect() as conn:
            rows = conn.execute(sa.select(claims).order_by(claims.c.doc, claims.c.start)).mappings()
            found = []
            for r in rows:
                claim = Claim(**{k: r[k] for k in _CLAIM_FIELDS})
                claim.speaker = canonical.get(claim.speaker, claim.speaker) if claim.speaker else None
                claim.entities = sorted({canonical.get(e, e) for e in json.loads(r["entities"])})
                found.append(claim)
            return found

    def figures(self) -> list[Figure]:
        with self._connect() as conn:
            rows = conn.execute(sa.select(figures).order_by(figures.c.doc, figures.c.start)).mappings()
            return [Figure(**{k: r[k] for k in _FIGURE_FIELDS}) for r in rows]

    def save_comparison(self, comparison: Comparison) -> None:
        """Replace links, events and every document's lean in one transaction."""
        with self._begin() as conn:
            conn.execute(links.delete())
            conn.execute(events.delete())
            _insert(conn, events, [asdict(e) | {"actors": json.dumps(e.actors)} for e in comparison.events])
            _insert(conn, links, [
                {"type": k.type, "a": k.a, "b": k.b, "basis": k.basis, "explanation": k.explanation, "score": k.score,
                 "origins": json.dumps([{"name": o.name, "kind": o.kind} for o in k.origins])}
                for k in comparison.links])
            for doc_id, lean in comparison.leans.items():
                conn.execute(documents.update().where(documents.c.id == doc_id).values(
                    lean_side=lean.side, lean_score=lean.score, lean_markers=json.dumps(lean.markers)))

    def links(self) -> list[Link]:
        with self._connect() as conn:
            rows = conn.execute(sa.select(links).order_by(links.c.type, sa.desc(links.c.score), links.c.a)).mappings()
            return [Link(type=r["type"], a=r["a"], b=r["b"], basis=r["basis"], explanation=r["explanation"],
                         score=r["score"], origins=[Origin(**o) for o in json.loads(r["origins"])]) for r in rows]

    def events(self) -> list[Event]:
        with self._connect() as conn:
            rows = conn.execute(sa.select(events).order_by(events.c.date, events.c.doc, events.c.id)).mappings()
            return [Event(**(dict(r) | {"actors": json.loads(r["actors"])})) for r in rows]

    def vectors(self, model: str) -> dict[str, tuple[str, bytes]]:
        """item -> (text hash, float32 bytes) of the embeddings kept for ``model``."""
        with self._connect() as conn:
            rows = conn.execute(sa.select(vectors.c.item, vectors.c.text_hash, vectors.c.vector)
                                .where(vectors.c.model == model))
            return {item: (text_hash, blob) for item, text_hash, blob in rows}

    def save_vectors(self, model: str, rows: dict[str, tuple[str, bytes]]) -> None:
        with self._begin() as conn:
            conn.execute(vectors.delete().where(vectors.c.model == model, vectors.c.item.in_(list(rows))))
            _insert(conn, vectors, [{"item": item, "model": model, "text_hash": h, "vector": blob}
                                    for item, (h, blob) in rows.items()])

    def save_dossier(self, claim: str, verdict: str, body: dict) -> None:
        """Keep a checked claim's dossier (replacing an earlier check of the same words)."""
        with self._begin() as conn:
            conn.execute(dossiers.delete().where(dossiers.c.claim == claim))
            conn.execute(dossiers.insert().values(claim=claim, checked=_now(), verdict=verdict,
                                                  body=json.dumps(body, ensure_ascii=False)))

    def dossiers(self) -> list[dict]:
        """Every kept dossier, newest first."""
        with self._connect() as conn:
            rows = conn.execute(sa.select(dossiers.c.body).order_by(sa.desc(dossiers.c.checked)))
            return [json.loads(body) for (body,) in rows]

    def _canonical(self) -> dict[str, str]:
        with self._connect() as conn:
            return dict(conn.execute(sa.select(entity_map.c.local, entity_map.c.entity)).all())

    def record_failure(self, skip: Skip) -> None:
        with self._begin() as conn:
            conn.execute(failures.delete().where(failures.c.source == skip.source))
            conn.execute(failures.insert().values(source=skip.source, reason=skip.reason, at=_now()))

    def document(self, doc_id: str) -> Document | None:
        with self._connect() as conn:
            row = conn.execute(sa.select(documents).where(documents.c.id == doc_id)).mappings().first()
        return _to_document(row) if row else None

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


_CLAIM_FIELDS = ("id", "doc", "speaker", "speaker_text", "cue", "kind", "polarity", "text", "start", "end", "date")
_FIGURE_FIELDS = ("id", "doc", "claim", "value", "qualifier", "category", "subject", "text", "start", "end", "unit")


def _insert(conn: Connection, table: sa.Table, rows: list[dict]) -> None:
    if rows:
        conn.execute(table.insert(), rows)


def _to_entity(row) -> Entity:
    return Entity(id=row["id"], name=row["name"], type=row["type"], aliases=json.loads(row["aliases"]),
                  roles=json.loads(row["roles"]), affiliation=row["affiliation"],
                  **{k: row[k] for k in ("side", "latitude", "longitude") if k in row})


def _to_document(row) -> Document:
    lean = Lean(side=row["lean_side"], score=row["lean_score"] or 0.0, markers=json.loads(row["lean_markers"] or "[]"))
    return Document(**{name: row[name] for name in PLAIN_FIELDS}, lean=lean,
                    claim_reviews=json.loads(row["claim_reviews"] or "[]"))


def _read_only_engine(url: str) -> Engine:
    """SQLite opened with mode=ro and without the pragmas (setting the journal mode is a write);
    PostgreSQL sessions whose transactions are read-only."""
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///")).resolve()
        return sa.create_engine(sa.URL.create("sqlite", database=path.as_uri(), query={"mode": "ro", "uri": "true"}))
    if url.startswith("postgresql"):
        return sa.create_engine(url, connect_args={"options": "-c default_transaction_read_only=on"})
    return sa.create_engine(url)


def _require_current_schema(engine: Engine, db: str) -> None:
    """What ``migrate`` would do, without doing it: a read-only open cannot bring a store up to date."""
    with engine.connect() as conn:
        version = (conn.execute(sa.select(settings.c.value).where(settings.c.name == "schema_version")).scalar()
                   if sa.inspect(conn).has_table("settings") else None)
    applied, current = int(version or 0), len(MIGRATIONS)
    if applied > current:
        raise StoreError(f"store {db} is newer than this crosscheck (schema {applied} > {current}): upgrade crosscheck")
    if applied < current:
        raise StoreError(f"store {db} was made by an older crosscheck (schema {applied} < {current}): "
                         f"run crosscheck analyze first (`crosscheck analyze PATH --db {db}` upgrades it)")


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
