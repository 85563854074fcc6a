"""The scorer on the real scraped dev articles (../shared): the floors issues 2 and 3 set."""

import subprocess
import sys

FLOORS = {
    **dict.fromkeys(("docs.found", "meta.published", "meta.title", "meta.author", "meta.outlet", "meta.dateline",
                     "clean.boilerplate_removed"), 1.0),
    **dict.fromkeys(("entities.merged", "entities.kept_apart", "claims.denial", "claims.date", "figures.found"), 1.0),
    **dict.fromkeys(("claims.found", "claims.speaker", "claims.kind"), 0.9),
    **dict.fromkeys(("links.contradictions", "links.corroborations", "links.within_budget", "lean.side"), 1.0),
}


def test_dev_corpus_meets_floors(cli, tmp_path, shared_dir):
    db, out = tmp_path / "dev.db", tmp_path / "dev.json"
    assert cli("analyze", shared_dir / "corpus" / "dev", "--db", db).exit_code == 0
    assert cli("export", "--db", db, "-o", out).exit_code == 0
    score = subprocess.run(
        [sys.executable, shared_dir / "eval" / "score.py", out, shared_dir / "eval" / "dev_gold.json",
         *(arg for metric, floor in FLOORS.items() for arg in ("--require", f"{metric}={floor}"))],
        capture_output=True, text=True,
    )
    assert score.returncode == 0, score.stdout
    summary = score.stdout.splitlines()[-1]
    for metric in FLOORS:
        assert f"{metric}=" in summary  # every floor was measured, none silently absent
