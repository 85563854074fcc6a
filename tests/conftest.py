from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crosscheck.cli import app
from tests.hostile import write_hostile_corpus

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "examples" / "demo"
SOURCES = ROOT / "examples" / "sources.yaml"
PROFILE = ROOT / "examples" / "tarn-valley.yaml"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def cli():
    """Run the crosscheck command; returns the click Result (exit_code, stdout, stderr)."""
    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(app, [str(a) for a in args])

    return run


@pytest.fixture
def export_of(cli, tmp_path):
    """Analyze paths into a fresh store and return the crosscheck/1 export as a dict."""

    def run(*paths, extra=()):
        db = tmp_path / "store.db"
        out = tmp_path / "export.json"
        cli("analyze", *paths, "--db", db, "-q", *extra)
        assert cli("export", "--db", db, "-o", out).exit_code == 0
        return json.loads(out.read_text())

    return run


@pytest.fixture
def shared_dir() -> Path:
    if not (SHARED / "corpus" / "dev").is_dir():
        pytest.skip("../shared/corpus/dev is not present")
    return SHARED


@pytest.fixture(scope="session")
def hostile_store(tmp_path_factory) -> Path:
    """The demo corpus plus articles full of script, event handlers and javascript: URLs."""
    folder = tmp_path_factory.mktemp("hostile")
    db = folder / "hostile.db"
    files = write_hostile_corpus(folder / "input")
    result = CliRunner().invoke(app, ["analyze", str(DEMO), *map(str, files), "--sources", str(SOURCES),
                                      "--profile", str(PROFILE), "--db", str(db), "-q"])
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture(scope="session")
def demo_store(tmp_path_factory) -> Path:
    """The demo corpus analyzed once into a store shared by the read-only tests (export, report)."""
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    result = CliRunner().invoke(app, ["analyze", str(DEMO), "--sources", str(SOURCES), "--profile", str(PROFILE),
                                       "--db", str(db), "-q"])
    assert result.exit_code == 0, result.output
    return db
