"""The scorer on the real scraped dev articles (../shared): ingest metrics must be perfect."""

import subprocess
import sys

INGEST_METRICS = ("docs.found", "meta.published", "meta.title", "meta.author", "meta.outlet", "meta.dateline",
                  "clean.boilerplate_removed")


def test_dev_corpus_ingest_metrics(cli, tmp_path, shared_dir):
    db, out = tmp_path / "dev.db", tmp_path / "dev.json"
    assert cli("analyze", shared_dir / "corpus" / "dev", "--db", db).exit_code == 0
    assert cli("export", "--db", db, "-o", out).exit_code == 0
    score = subprocess.run(
        [sys.executable, shared_dir / "eval" / "score.py", out, shared_dir / "eval" / "dev_gold.json",
         *(arg for metric in INGEST_METRICS for arg in ("--require", f"{metric}=1.0"))],
        capture_output=True, text=True,
    )
    assert score.returncode == 0, score.stdout
    summary = score.stdout.splitlines()[-1]
    for metric in INGEST_METRICS:
        assert f"{metric}=1.00" in summary
