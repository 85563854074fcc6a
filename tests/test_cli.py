"""End to end through the ``crosscheck`` command: the main job, re-runs, and every kind of bad input."""

import json
import os
import re

import pytest

from tests.conftest import DEMO, SOURCES

ARTICLE = ("Title Of A Test Story\n\nThe shelling of the town continued on Monday, officials said, "
           "and residents stayed in basements through the night.\n")


def stored(cli, db):
    return cli("documents", "--db", db).stdout


def test_demo_corpus_known_answers(export_of):
    export = export_of(DEMO, extra=("--sources", SOURCES))
    assert export["schema"] == "crosscheck/1"
    assert {e["type"] for e in export["events"]} >= {"attack", "capture", "killing"}
    docs = {d["title"]: d for d in export["documents"]}
    assert len(docs) == 8
    fact = docs['Fact check: Did Dravian forces "never target civilians"?']
    assert (fact["kind"], fact["outlet"], fact["author"], fact["published"]) == (
        "factcheck", "FactLens", "Tomas Reiner", "2024-03-12")
    # the fact-check's verdict, tied to the president's words where the state outlet quotes them
    [verdict] = export["verdicts"]
    entities = {e["id"]: e for e in export["entities"]}
    claims = {c["id"]: c for c in export["claims"]}
    assert (verdict["doc"], verdict["rating"]) == (fact["id"], "Misleading")
    assert verdict["claim_text"] == "Dravian forces have never targeted civilians and never will."
    assert entities[verdict["claimant"]]["name"] == "Aurel Mandric"
    assert claims[verdict["claim"]]["text"].startswith("Dravian forces have never targeted civilians")
    state = docs["Dravian army repels Solmari provocation near liberated Korvel"]
    assert (state["outlet"], state["author"], state["published"], state["crawled"]) == (
        "Dravia Today", "Mira Stan", "2024-03-04", "2025-06-14")
    assert "Follow us" not in state["text"] and "Latest See more" not in state["text"]
    herald = docs["Twelve Civilians Killed as Dravian Shells Hit Korveli Market"]
    assert (herald["outlet"], herald["dateline"], herald["published"]) == ("The Solmar Weekly Herald", "Korveli",
                                                                           "2024-03-05")
    assert "in print" not in herald["text"] and "inbox" not in herald["text"]
    assert herald["text"].count("Residents clear rubble") == 1
    assert docs["UN monitors document cluster munition use in Korvel market strike"]["kind"] == "report"
    wire = docs["Both sides trade blame after deadly strike on Tarn Valley town"]
    assert (wire["outlet"], wire["dateline"]) == ("Meridian Press", "Korvel")
    assert "views" not in wire["text"] and "Share Tweet" not in wire["text"]
    for doc in export["documents"]:
        assert set(doc["lean"]) == {"side", "score", "markers"}  # filled by the compare stage
        assert doc["language"] == "en"


def test_rerun_is_idempotent_and_changed_files_are_replaced(cli, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ARTICLE)
    (corpus / "b.txt").write_text(ARTICLE.replace("Monday", "Tuesday"))
    db = tmp_path / "s.db"
    first = cli("analyze", corpus, "--db", db)
    assert first.exit_code == 0 and "2 documents stored" in first.stderr
    again = cli("analyze", corpus, "--db", db)
    assert "0 documents stored, 2 unchanged" in again.stderr
    (corpus / "a.txt").write_text(ARTICLE.replace("Monday", "Friday"))
    changed = cli("analyze", str(corpus / "*.txt"), "--db", db)
    assert "1 documents stored, 1 unchanged" in changed.stderr
    out = tmp_path / "e.json"
    cli("export", "--db", db, "-o", out)
    texts = sorted(d["text"] for d in json.loads(out.read_text())["documents"])
    assert len(texts) == 2 and "Friday" in texts[0] and "Tuesday" in texts[1]


def test_options_change_rebuilds_documents(cli, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    db = tmp_path / "s.db"
    cli("analyze", tmp_path / "a.txt", "--db", db)
    result = cli("analyze", tmp_path / "a.txt", "--db", db, "--outlet", "Valley Times")
    assert "1 documents stored" in result.stderr and "Valley Times" in stored(cli, db)


def test_records_dropped_from_a_container_are_removed(cli, tmp_path):
    path = tmp_path / "wire.jsonl"
    body = "The shelling of the town continued on Monday, officials said."
    lines = [json.dumps({"title": f"Story {n}", "url": f"https://x.example/{n}", "text": body}) for n in (1, 2)]
    path.write_text("\n".join(lines))
    db = tmp_path / "s.db"
    cli("analyze", path, "--db", db)
    path.write_text(lines[1])
    result = cli("analyze", path, "--db", db)
    assert "1 removed" in result.stderr and "0 documents stored, 1 unchanged" in result.stderr
    assert "Story 1" not in stored(cli, db) and "Story 2" in stored(cli, db)


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary file"),
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n \n", "empty file"),
        ("broken.html", b"<html><body><div><p></div></html>", "no article text"),
        ("broken.json", b'{"title": "x", "text": ', "invalid JSON"),
        ("nav.txt", b"Home | World | Sport | Opinion\nShare Tweet Email\n", "no article text left"),
    ],
)
def test_bad_input_is_one_clear_line_and_the_rest_goes_on(cli, tmp_path, name, content, reason):
    (tmp_path / "good.txt").write_text(ARTICLE)
    (tmp_path / name).write_bytes(content)
    db = tmp_path / "s.db"
    result = cli("analyze", tmp_path, "--db", db)
    assert result.exit_code == 1
    failed = [line for line in result.stderr.splitlines() if line.startswith("failed")]
    assert len(failed) == 1 and name in failed[0] and reason in failed[0]
    assert "1 documents stored" in result.stderr and "Title Of A Test Story" in stored(cli, db)


def test_oversized_file_is_refused_without_reading_it(cli, tmp_path):
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # 50 MB, sparse: the size check must refuse it before reading
    result = cli("analyze", big, "--db", tmp_path / "s.db")
    assert result.exit_code == 1 and re.search(r"file too large \(52\.4 MB > limit 20\.0 MB", result.stderr)


def test_missing_paths_and_empty_globs(cli, tmp_path):
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    result = cli("analyze", tmp_path / "nope.txt", str(tmp_path / "*.md"), tmp_path / "dangling.txt",
                 "--db", tmp_path / "s.db")
    assert result.exit_code == 1
    assert "no such file or directory" in result.stderr and "pattern matched no files" in result.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file(cli, tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(ARTICLE)
    path.chmod(0)
    result = cli("analyze", path, "--db", tmp_path / "s.db")
    assert result.exit_code == 1 and "permission denied" in result.stderr


def test_strict_stops_at_the_first_failure_and_keeps_what_was_stored(cli, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_text(ARTICLE.replace("Monday", "Sunday"))
    db = tmp_path / "s.db"
    result = cli("analyze", tmp_path, "--db", db, "--strict")
    assert result.exit_code == 1 and "--strict" in result.stderr
    assert "1 documents stored" in result.stderr


def test_a_failing_rerun_never_loses_stored_documents(cli, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE)
    db = tmp_path / "s.db"
    cli("analyze", path, "--db", db)
    path.write_bytes(b"\x00\x01\x02binary now")
    assert cli("analyze", path, "--db", db).exit_code == 1
    assert "Title Of A Test Story" in stored(cli, db)


def test_an_unusable_store_is_a_clear_error(cli, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    not_a_db = tmp_path / "notes.db"
    not_a_db.write_text("these are my notes, not a database" * 100)
    result = cli("analyze", tmp_path / "a.txt", "--db", not_a_db)
    assert result.exit_code == 2 and "cannot open store" in result.stderr
    assert not_a_db.read_text().startswith("these are my notes")
    missing = cli("export", "--db", tmp_path / "missing.db", "-o", tmp_path / "x.json")
    assert missing.exit_code == 2 and "no store at" in missing.stderr

