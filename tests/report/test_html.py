"""The report's extraction sections, checked by parsing the HTML (not by page snapshots)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from typer.testing import CliRunner

from crosscheck.cli import app
from tests.hostile import active_markup


class Page(HTMLParser):
    """Ids, in-page links and the text of each section of a report."""

    def __init__(self):
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.sections: dict[str, str] = {}
        self.svg_links: dict[str, list[str]] = {}  # per section, the in-page targets of links inside SVG
        self._section: str | None = None
        self._svg = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "section":
            self._section = attrs.get("id")
            self.sections[self._section] = ""
        if tag == "svg":
            self._svg = True
        if tag == "a" and attrs.get("href", "").startswith("#"):
            self.links.append(attrs["href"][1:])
            if self._svg:
                self.svg_links.setdefault(self._section, []).append(attrs["href"][1:])

    def handle_endtag(self, tag):
        if tag == "svg":
            self._svg = False

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
    # Dravia Today quotes its president in two sentences and reports what he added: three claims
    assert "By outlet" in claims and "Aurel Mandric (3)" in claims
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


def test_outlets_show_their_lean_as_bars(page):
    outlets = page.sections["outlets"]
    assert "dravia: 1 document, strength" in outlets and "solmar: 1 document, strength" in outlets
    assert "balanced: 1 document" in outlets


def test_headline_numbers_link_to_their_sections(page):
    overview = page.sections["overview"]
    assert "contradictions" in overview and "corroborations" in overview and "published verdicts" in overview
    assert {"contradictions", "corroborations", "figures"} <= set(page.links)


def test_figures_are_charted_by_date_and_side_each_point_linking_to_its_span(page):
    points = page.svg_links["figures"]
    assert len(points) >= 10 and all(p.startswith("figure-") for p in points)
    assert set(points) <= page.ids
    assert "logarithmic scale" in page.sections["figures"]  # 2 dead in Brel and 214 fighters on one chart
    assert "dravia" in page.sections["figures"] and "solmar" in page.sections["figures"]


def test_timeline_lists_dated_events_in_order_without_denials(page):
    timeline = page.sections["timeline"]
    assert "capture in Korvel by dravia" in " ".join(timeline.split())
    days = re.findall(r"\b2024-\d\d-\d\d\b", timeline)
    assert days == sorted(days) and "2024-02-24" in days
    assert "did not carry out any strike on Hestra" not in timeline


def test_places_show_spellings_by_side_and_a_map(page):
    places = " ".join(page.sections["places"].split())
    assert "Korvel contested" in places and "Korveli" in places  # Korvel in Dravian papers, Korveli in Solmari
    assert "Hestra contested" not in places
    assert len(page.svg_links["places"]) == 6 and set(page.svg_links["places"]) <= page.ids  # the profile's six


def test_report_escapes_hostile_articles_and_fetches_nothing(hostile_store, tmp_path):
    out = tmp_path / "report.html"
    assert CliRunner().invoke(app, ["report", "--db", str(hostile_store), "-o", str(out)]).exit_code == 0
    report = out.read_text()
    assert active_markup(report) == []
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in report and "Daily &lt;script&gt;" in report
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", report)  # nothing fetched from the network
    assert report.count('<article id="doc-') == 10
