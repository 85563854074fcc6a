"""Tables and migrations. Migrations are ordered functions, each applied once, in a transaction."""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

metadata = sa.MetaData()

settings = sa.Table(
    "settings", metadata,
    sa.Column("name", sa.String(100), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

documents = sa.Table(
    "documents", metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("source", sa.Text, nullable=False, unique=True),
    sa.Column("source_file", sa.Text, nullable=False, index=True),
    sa.Column("content_hash", sa.String(64), nullable=False),
    sa.Column("title", sa.Text),
    sa.Column("outlet", sa.Text),
    sa.Column("author", sa.Text),
    sa.Column("dateline", sa.Text),
    sa.Column("published", sa.String(10)),
    sa.Column("language", sa.String(16)),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("url", sa.Text),
    sa.Column("crawled", sa.String(10)),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("lean_side", sa.Text),
    sa.Column("lean_score", sa.Float),
    sa.Column("lean_markers", sa.Text),
    sa.Column("processed_at", sa.String(32), nullable=False),
)

failures = sa.Table(
    "failures", metadata,
    sa.Column("source", sa.Text, primary_key=True),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("at", sa.String(32), nullable=False),
)


def _create_core_tables(conn: Connection) -> None:
    for table in (documents, failures):
        table.create(conn)


# Append only: a store records how many of these it has applied.
MIGRATIONS: list[Callable[[Connection], None]] = [_create_core_tables]


def migrate(engine: Engine) -> None:
    """Bring a store up to the current schema; a newer store than this code is refused."""
    with engine.begin() as conn:
        settings.create(conn, checkfirst=True)
        row = conn.execute(sa.select(settings.c.value).where(settings.c.name == "schema_version")).first()
        applied = int(row[0]) if row else 0
    if applied > len(MIGRATIONS):
        raise sa.exc.ArgumentError(
            f"store schema version {applied} is newer than this crosscheck ({len(MIGRATIONS)}); upgrade crosscheck"
        )
    for version, step in enumerate(MIGRATIONS[applied:], start=applied + 1):
        with engine.begin() as conn:
            step(conn)
            conn.execute(settings.delete().where(settings.c.name == "schema_version"))
            conn.execute(settings.insert().values(name="schema_version", value=str(version)))
