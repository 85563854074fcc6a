"""End to end on the demo corpus: analyze, export, and the planted names, claims and figures are there."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from crosscheck.cli import app


@pytest.fixture(scope="module")
def demo(demo_store, tmp_path_factory):
    out = tmp_path_factory.mktemp("export") / "demo.json"
    assert CliRunner().invoke(app, ["export", "--db", str(demo_store), "-o", str(out)]).exit_code == 0
    return json.loads(out.read_text())


def holders(export, surface):
    return {m["entity"] for m in export["mentions"] if m["text"] == surface}


def speaker(export, claim):
    return next(e["name"] for e in export["entities"] if e["id"] == claim["speaker"])


def test_spelling_variants_merge_and_namesakes_stay_apart(demo):
    assert holders(demo, "Korvel") == holders(demo, "Korveli")
    assert holders(demo, "Hovakimyan") == holders(demo, "Lusine Hovakimyan") >= holders(demo, "Hovakimian")
    assert not holders(demo, "Aurel Mandric") & holders(demo, "Ilie Mandric")


def test_every_span_is_verbatim(demo):
    texts = {d["id"]: d["text"] for d in demo["documents"]}
    for kind in ("mentions", "claims", "figures"):
        for item in demo[kind]:
            assert texts[item["doc"]][item["start"]:item["end"]] == item["text"]


def test_planted_claims(demo):
    claims = demo["claims"]
    never = next(c for c in claims if "never targeted civilians" in c["text"] and c["kind"] == "direct"
                 and "Dravia Today" in demo_outlet(demo, c))
    assert (speaker(demo, never), never["polarity"]) == ("Aurel Mandric", "deny")
    denial = next(c for c in claims if "drones had flown over Hestra" in c["text"])
    assert (speaker(demo, denial), denial["cue"], denial["polarity"]) == ("Solmari Defence Ministry", "deny", "deny")
    hestra = next(c for c in claims if "injuring three civilians" in c["text"])
    assert (speaker(demo, hestra), hestra["date"]) == ("United Nations Monitoring Mission", "2024-03-01")
    dismissal = next(c for c in claims if "fake news" in c["text"])
    assert dismissal["polarity"] == "deny"


def demo_outlet(demo, claim):
    return next(d["outlet"] for d in demo["documents"] if d["id"] == claim["doc"])


def test_planted_figures(demo):
    found = {(demo_outlet(demo, {"doc": f["doc"]}), f["value"], f["category"]) for f in demo["figures"]}
    assert {("Lirana Post", 12, "killed"), ("UN Monitoring Mission in the Tarn Valley", 9, "killed"),
            ("Dravia Today", 4, "injured"), ("UN Monitoring Mission in the Tarn Valley", 3, "injured"),
            ("Meridian Press", 40000, "displaced")} <= found
