"""`crosscheck check` on the demo corpus and the dev set: evidence, stances, verdicts, ClaimReview."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crosscheck.cli import app
from crosscheck.verify.verdict import AVERITEC, POLITIFACT, SCALE

DEV = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "dev"


@pytest.fixture(scope="module")
def store(demo_store, tmp_path_factory) -> Path:
    """A copy of the demo store: checking keeps claim vectors in it."""
    copy = tmp_path_factory.mktemp("check") / "demo.db"
    shutil.copyfile(demo_store, copy)
    return copy


def check(db: Path, *args: str) -> dict:
    result = CliRunner().invoke(app, ["check", *args, "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)  # nothing but the dossier on stdout


def by_stance(dossier: dict, stance: str) -> list[dict]:
    return [e for e in dossier["evidence"] if e["stance"] == stance]


def test_a_denial_refuted_by_the_monitors_and_one_sided_is_misleading(store):
    dossier = check(store, "Dravian forces have never targeted civilians", "--speaker", "Aurel Mandric")
    assert dossier["verdict"] == "misleading"  # as the demo's own fact-check rates it
    refuting = by_stance(dossier, "refutes")
    monitor = [e for e in refuting if e["origin"]["kind"] == "monitor"]
    assert monitor and "fired the cluster rockets into the crowded market" in monitor[0]["text"]
    assert all(e["text"] and e["reason"] and e["doc"] for e in dossier["evidence"])
    # the other side's documented strike is shown beside it: why "misleading", not just "false"
    assert any("Solmari forces carried out a drone strike" in e["text"] for e in by_stance(dossier, "discusses"))
    # the president repeating himself is no evidence
    assert not [e for e in dossier["evidence"] if e["origin"]["name"] == "Aurel Mandric"]


def test_a_claim_nothing_in_the_corpus_speaks_to_is_unverified(store):
    dossier = check(store, "Dravian troops poisoned the river at Brel")
    assert dossier["verdict"] == "unverified"
    assert not by_stance(dossier, "supports") and not by_stance(dossier, "refutes")


def test_one_origin_quoted_twice_counts_once(store):
    dossier = check(store, "Solmari forces struck Hestra with drones on March 1")
    supporting = by_stance(dossier, "supports")
    monitor = [e for e in supporting if e["origin"]["kind"] == "monitor"]
    assert len(monitor) >= 2  # the mission's report, in its own words and in the fact-check's
    origins = {e["origin"]["name"] for e in supporting}
    assert len(origins) < len(supporting)


def test_a_stored_claim_is_checked_by_id_with_its_speaker_and_date(store, tmp_path):
    out = tmp_path / "export.json"
    assert CliRunner().invoke(app, ["export", "--db", str(store), "-o", str(out)]).exit_code == 0
    claims = json.loads(out.read_text())["claims"]
    never = next(c for c in claims if c["text"].startswith("Dravian forces have never targeted"))
    dossier = check(store, "--claim-id", never["id"])
    assert dossier["speaker_name"] == "Aurel Mandric" and dossier["date"]
    assert dossier["verdict"] in ("misleading", "mostly-false", "false")
    assert never["id"] not in {e["claim"] for e in dossier["evidence"]}


def test_claimreview_has_the_required_fields(store, tmp_path):
    out = tmp_path / "review.jsonld"
    result = CliRunner().invoke(app, ["check", "Dravian forces have never targeted civilians", "--speaker",
                                      "Aurel Mandric", "--db", str(store), "--claimreview", str(out)])
    assert result.exit_code == 0, result.output
    review = json.loads(out.read_text())
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == "Dravian forces have never targeted civilians"
    assert review["itemReviewed"]["@type"] == "Claim"
    assert review["itemReviewed"]["author"]["name"] == "Aurel Mandric"
    rating = review["reviewRating"]
    assert rating["alternateName"] == "misleading"
    assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    assert review["author"]["name"] and review["datePublished"]
    assert "misleading" in result.stdout  # the terminal view is printed too


def test_every_verdict_maps_to_the_other_scales():
    assert set(SCALE) == set(POLITIFACT) == set(AVERITEC)
    assert AVERITEC["misleading"] == "Conflicting Evidence/Cherrypicking"


@pytest.mark.parametrize(("args", "message"), [
    ((), "either a claim's text or --claim-id"),
    (("some claim", "--date", "March 3"), "YYYY-MM-DD"),
    (("--claim-id", "nope"), "no stored claim"),
])
def test_bad_requests_are_clear_errors(store, args, message):
    result = CliRunner().invoke(app, ["check", *args, "--db", str(store)])
    assert result.exit_code == 2
    assert message in result.output


@pytest.mark.skipif(not DEV.is_dir(), reason="../shared/corpus/dev is not beside the project")
def test_dev_denial_of_targeting_civilians_is_refuted_by_monitors(tmp_path):
    db = tmp_path / "dev.db"
    assert CliRunner().invoke(app, ["analyze", str(DEV), "--db", str(db), "--quiet"]).exit_code == 0
    dossier = check(db, "Azerbaijani forces did not target civilians")
    assert dossier["verdict"] not in ("true", "mostly-true", "unverified")
    refuting = by_stance(dossier, "refutes")
    assert len({e["doc"] for e in refuting}) >= 2
    assert any(e["origin"]["kind"] == "monitor" for e in refuting)


def test_a_checked_claim_gets_its_dossier_in_the_report(store, tmp_path):
    from html.parser import HTMLParser

    check(store, "Dravian troops poisoned the river at Brel")
    out = tmp_path / "report.html"
    assert CliRunner().invoke(app, ["report", "--db", str(store), "-o", str(out)]).exit_code == 0

    class Dossiers(HTMLParser):
        def __init__(self):
            super().__init__()
            self.titles, self.verdicts, self._into = [], [], None

        def handle_starttag(self, tag, attrs):
            classes = dict(attrs).get("class", "")
            self._into = "titles" if tag == "h3" else "verdicts" if "verdict" in classes.split() else None

        def handle_data(self, data):
            if self._into:
                getattr(self, self._into).append(data.strip())
                self._into = None

    parsed = Dossiers()
    parsed.feed(out.read_text())
    assert "Dravian troops poisoned the river at Brel" in parsed.titles
    assert "unverified" in parsed.verdicts
    assert "Misleading" in parsed.verdicts  # the demo fact-check's own rating, listed with where the claim appears
    assert 'href="#claim-' in out.read_text().split('id="verdicts"')[1].split("</section>")[0]
