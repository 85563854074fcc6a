"""A store written by an earlier crosscheck upgrades in place and its documents gain their extraction."""

from __future__ import annotations

import json

import sqlalchemy as sa

from crosscheck.store.schema import MIGRATIONS, settings


def test_a_version_1_store_upgrades_and_rebuilds_its_documents(cli, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Talks fail again\n\nThe Velmark Defence Ministry said on Monday that rebels shelled Dorn.")
    db = tmp_path / "old.db"
    engine = sa.create_engine(f"sqlite:///{db}")
    with engine.begin() as conn:  # what crosscheck 0.1 left behind: the core tables, one document
        settings.create(conn)
        MIGRATIONS[0](conn)
        conn.execute(settings.insert().values(name="schema_version", value="1"))
        conn.execute(sa.text(
            "INSERT INTO documents (id, source, source_file, content_hash, title, kind, text, processed_at) "
            "VALUES ('x', :source, :source, 'old-hash', 'Talks fail again', 'news', 'old text', 'then')"),
            {"source": str(article)})
    engine.dispose()
    result = cli("analyze", article, "--db", db)
    assert result.exit_code == 0 and "1 documents stored" in result.stderr
    out = tmp_path / "x.json"
    assert cli("export", "--db", db, "-o", out).exit_code == 0
    export = json.loads(out.read_text())
    assert len(export["documents"]) == 1
    assert [c["speaker"] for c in export["claims"] if c["kind"] == "indirect"]
    with sa.create_engine(f"sqlite:///{db}").connect() as conn:
        version = conn.execute(sa.select(settings.c.value).where(settings.c.name == "schema_version")).scalar()
    assert version == str(len(MIGRATIONS))
