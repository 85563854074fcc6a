"""The report's extraction sections, checked by parsing the HTML (not by page snapshots)."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from typer.testing import CliRunner

from crosscheck.cli import app


class Page(HTMLParser):
    """Ids, in-page links and the text of each section of a report."""

    def __init__(self):
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.sections: dict[str, str] = {}
        self._section: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "section":
            self._section = attrs.get("id")
            self.sections[self._section] = ""
        if tag == "a" and attrs.get("href", "").startswith("#"):
            self.links.append(attrs["href"][1:])

    def handle_data(self, data):
        if self._section:
            self.sections[self._section] += data


@pytest.fixture(scope="module")
def page(demo_store, tmp_path_factory):
    out = tmp_path_factory.mktemp("report") / "report.html"
    assert CliRunner().invoke(app, ["report", "--db", str(demo_store), "-o", str(out)]).exit_code == 0
    parsed = Page()
    parsed.feed(out.read_text())
    return parsed


def test_every_link_lands_on_a_span(page):
    claim_links = [link for link in page.links if link.startswith(("claim-", "figure-"))]
    assert len(claim_links) > 30
    assert set(claim_links) <= page.ids


def test_entities_with_their_variants(page):
    entities = page.sections["entities"]
    assert "Korveli" in entities and "Korvel" in entities
    assert "Lusine Hovakimyan" in entities and "Hovakimian" in entities


def test_claims_grouped_by_speaker_with_cue(page):
    claims = page.sections["claims"]
    assert "Aurel Mandric" in claims and "Ilie Mandric" in claims
    assert "denial" in claims and "accuse" in claims


def test_figures_by_category(page):
    figures = page.sections["figures"]
    for category in ("killed", "injured", "displaced"):
        assert category in figures
    assert "40,000" in figures


def test_contradictions_board_shows_both_spans_outlets_and_basis(page):
    board = page.sections["contradictions"]
    assert "Our forces did not carry out any strike on Hestra" in board
    assert "Solmari drones had struck the border village of Hestra" in board
    assert "denial" in board and "numbers" in board
    assert "Dravia Today" in board and "UN Monitoring Mission in the Tarn Valley" in board


def test_corroboration_counts_origins(page):
    assert "origin" in page.sections["corroborations"]


def test_lean_per_document_with_markers(page):
    lean = page.sections["lean"]
    assert "dravia" in lean and "solmar" in lean and "balanced" in lean
    assert "Solmari aggression" in lean
