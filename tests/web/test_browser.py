"""The web UI in a real browser: Debian's Chromium, driven by Playwright, against uvicorn serving the demo
store. Takes screenshots; `make screenshots` keeps them where the README shows them (docs/screenshots).

Skipped without Chromium or the playwright package, except in CI (CI=true), which installs Chromium
(.ci/run) and must run these. Playwright's own browser downloads are never used.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest
import uvicorn
from typer.testing import CliRunner

from crosscheck.cli import app as cli_app
from crosscheck.web.app import create_app

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
VIEWPORT = {"width": 1280, "height": 860}


@pytest.fixture(scope="module")
def browser():
    if os.environ.get("CI") != "true":
        pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
        if not CHROMIUM.exists():
            pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    assert CHROMIUM.exists(), f"CI must provide Chromium at {CHROMIUM} (.ci/run installs it)"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def server(demo_store):
    """The app served by uvicorn from a background thread, on a free localhost port."""
    listening = socket.socket()
    listening.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(create_app(str(demo_store)), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listening]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
        time.sleep(0.02)
    yield f"http://127.0.0.1:{listening.getsockname()[1]}"
    server.should_exit = True
    thread.join(timeout=10)
    listening.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    """Where screenshots go: CROSSCHECK_SCREENSHOTS (make screenshots: docs/screenshots), else a temporary folder,
    so a test run never changes the committed pictures."""
    folder = Path(os.environ.get("CROSSCHECK_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport=VIEWPORT)
    yield context.new_page()
    context.close()


def test_search_entity_claim_and_its_span_in_the_article(page, server, shots):
    errors = []  # what the console reports: a stylesheet the policy blocked, a missing file
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.goto(server + "/")
    page.fill("input[name=q]", "Mandric civilians")
    page.click("header button[type=submit]")
    page.wait_for_url("**/search?q=Mandric+civilians")
    assert page.locator("#claims li").count() > 0 and page.locator("#claims mark").count() > 0
    page.screenshot(path=shots / "ui-search.png")

    page.locator("#entities a", has_text="Aurel Mandric").first.click()
    page.wait_for_url("**/entities/*")
    assert "Aurel Mandric" in page.locator("h1").inner_text()
    page.locator("#claims li a[href^='/claims/']").first.click()
    page.wait_for_url("**/claims/*")
    claim = page.request.get(server + "/api" + page.url.removeprefix(server)).json()

    page.locator("dl.meta a[href*='#claim-']").click()
    page.wait_for_url(f"**/documents/{claim['doc']}#claim-{claim['id']}")
    target = page.evaluate("""() => {
        const mark = document.querySelector(':target'), box = mark.getBoundingClientRect();
        return {tag: mark.tagName, text: mark.textContent, top: box.top, bottom: box.bottom, height: innerHeight,
                outline: getComputedStyle(mark).outlineStyle};
    }""")
    assert target["tag"] == "MARK" and target["outline"] == "solid"  # the stylesheet's :target rule applies
    assert len(target["text"]) > 10 and claim["text"].startswith(target["text"])  # a figure may cut the first run
    assert target["top"] >= 0 and target["bottom"] <= target["height"]  # scrolled into view
    page.screenshot(path=shots / "ui-article.png")
    assert errors == []


def test_static_report_renders_its_charts_and_map(page, demo_store, tmp_path, shots):
    report = tmp_path / "report.html"
    result = CliRunner().invoke(cli_app, ["report", "--db", str(demo_store), "-o", str(report)])
    assert result.exit_code == 0, result.output
    page.goto(report.as_uri())
    assert page.locator("h1").first.inner_text() == "crosscheck report"
    page.screenshot(path=shots / "report.png")
    page.goto(report.as_uri() + "#contradictions")
    page.screenshot(path=shots / "report-contradictions.png")
    page.goto(report.as_uri() + "#places")
    assert page.locator("#map circle").count() == 6 and page.locator("#map svg").bounding_box()["height"] > 100
    page.screenshot(path=shots / "report-map.png")
    page.goto(report.as_uri() + "#figures")
    assert page.locator("#figures svg circle").count() >= 10
    page.screenshot(path=shots / "report-figures.png")
