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
    sa.Column("claim_reviews", sa.Text),  # JSON list of the ClaimReviews the page declared
    sa.Column("masthead", sa.Text),
)

failures = sa.Table(
    "failures", metadata,
    sa.Column("source", sa.Text, primary_key=True),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("at", sa.String(32), nullable=False),
)


def _doc_key() -> sa.Column:
    owner = sa.ForeignKey("documents.id", ondelete="CASCADE")
    return sa.Column("doc", sa.String(32), owner, nullable=False, index=True)


# What extraction found in each document; entity ids here are the document's own ("<doc>:<n>").
doc_entities = sa.Table(
    "doc_entities", metadata,
    sa.Column("id", sa.String(48), primary_key=True),
    _doc_key(),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("type", sa.String(16), nullable=False),
    sa.Column("aliases", sa.Text, nullable=False),  # JSON list
    sa.Column("roles", sa.Text, nullable=False),  # JSON list
    sa.Column("affiliation", sa.Text),
)
mentions = sa.Table(
    "mentions", metadata,
    _doc_key(),
    sa.Column("entity", sa.String(48), nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
)
claims = sa.Table(
    "claims", metadata,
    sa.Column("id", sa.String(48), primary_key=True),
    _doc_key(),
    sa.Column("speaker", sa.String(48)),
    sa.Column("speaker_text", sa.Text),
    sa.Column("cue", sa.String(32)),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("polarity", sa.String(8), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("date", sa.String(10)),
    sa.Column("entities", sa.Text, nullable=False),  # JSON list of document-local entity ids
)
figures = sa.Table(
    "figures", metadata,
    sa.Column("id", sa.String(48), primary_key=True),
    _doc_key(),
    sa.Column("claim", sa.String(48)),
    sa.Column("value", sa.Float, nullable=False),
    sa.Column("qualifier", sa.String(16), nullable=False),
    sa.Column("category", sa.String(16), nullable=False),
    sa.Column("subject", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("unit", sa.String(16)),
)
# The corpus-wide resolution, rebuilt after every run that changed documents.
entities = sa.Table(
    "entities", metadata,
    sa.Column("id", sa.String(16), primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("type", sa.String(16), nullable=False),
    sa.Column("aliases", sa.Text, nullable=False),
    sa.Column("roles", sa.Text, nullable=False),
    sa.Column("affiliation", sa.Text),
    sa.Column("side", sa.Text),
    sa.Column("latitude", sa.Float),
    sa.Column("longitude", sa.Float),
)
entity_map = sa.Table(
    "entity_map", metadata,
    sa.Column("local", sa.String(48), primary_key=True),
    sa.Column("entity", sa.String(16), nullable=False, index=True),
)


# The compare stage's findings, rebuilt with the resolution; items are claim or figure ids.
links = sa.Table(
    "links", metadata,
    sa.Column("type", sa.String(16), nullable=False),
    sa.Column("a", sa.String(48), nullable=False, index=True),
    sa.Column("b", sa.String(48), nullable=False, index=True),
    sa.Column("basis", sa.String(16), nullable=False),
    sa.Column("explanation", sa.Text, nullable=False),
    sa.Column("score", sa.Float, nullable=False),
    sa.Column("origins", sa.Text, nullable=False),  # JSON list of {name, kind}
)
# What affirmed claims report as having happened (compare stage), rebuilt with the links.
events = sa.Table(
    "events", metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("doc", sa.String(32), nullable=False, index=True),
    sa.Column("date", sa.String(10)),
    sa.Column("type", sa.String(32), nullable=False),
    sa.Column("place", sa.String(16)),
    sa.Column("actors", sa.Text, nullable=False),  # JSON list of entity ids
    sa.Column("claim", sa.String(48)),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("side", sa.Text),
    sa.Column("target", sa.String(16)),
    sa.Column("fatalities", sa.Integer),
)
# Sentence embeddings of claims, kept so an unchanged claim is never encoded twice.
vectors = sa.Table(
    "vectors", metadata,
    sa.Column("item", sa.String(48), primary_key=True),
    sa.Column("model", sa.String(64), primary_key=True),
    sa.Column("text_hash", sa.String(16), nullable=False),  # the vector belongs to this text of the item
    sa.Column("vector", sa.LargeBinary, nullable=False),  # float32, little-endian
)


# Claims checked with `crosscheck check`: the dossier as its JSON, newest kept per claim text.
dossiers = sa.Table(
    "dossiers", metadata,
    sa.Column("claim", sa.Text, primary_key=True),
    sa.Column("checked", sa.String(32), nullable=False),  # ISO timestamp
    sa.Column("verdict", sa.String(16), nullable=False),
    sa.Column("body", sa.Text, nullable=False),  # the --json document
)


def _add_claim_reviews(conn: Connection) -> None:
    """Stores made before fact-check pages kept their ClaimReviews (newer ones create the column)."""
    if "claim_reviews" not in {c["name"] for c in sa.inspect(conn).get_columns("documents")}:
        conn.execute(sa.text("ALTER TABLE documents ADD COLUMN claim_reviews TEXT"))


def _add_masthead(conn: Connection) -> None:
    """Stores made before pages kept their masthead (newer ones create the column)."""
    if "masthead" not in {c["name"] for c in sa.inspect(conn).get_columns("documents")}:
        conn.execute(sa.text("ALTER TABLE documents ADD COLUMN masthead TEXT"))


def _create_events_table(conn: Connection) -> None:
    events.create(conn)  # filled when the next run compares again (COMPARE_VERSION changed with it)


def _create_dossier_table(conn: Connection) -> None:
    dossiers.create(conn)


def _create_comparison_tables(conn: Connection) -> None:
    for table in (links, vectors):
        table.create(conn)


def _create_extraction_tables(conn: Connection) -> None:
    for table in (doc_entities, mentions, claims, figures, entities, entity_map):
        table.create(conn)  # documents stored before this have an older PIPELINE_VERSION: the next run rebuilds them


def _create_core_tables(conn: Connection) -> None:
    for table in (documents, failures):
        table.create(conn)


# Append only: a store records how many of these it has applied.
MIGRATIONS: list[Callable[[Connection], None]] = [
    _create_core_tables, _create_extraction_tables, _create_comparison_tables, _create_dossier_table,
    _add_claim_reviews, _create_events_table, _add_masthead,
]


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
