"""Articles full of markup meant to run in the reader's browser, and a check that none of it survives
as markup in a page we render (it may, and should, survive as visible escaped text)."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

PAYLOAD = '<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">click</a>'
ACTIVE_TAGS = {"script", "iframe", "object", "embed", "img"}  # no page of ours has an <img>


def write_hostile_corpus(folder: Path) -> list[Path]:
    """The payload in titles, outlets, authors, URLs, quotes and names of places and people."""
    folder.mkdir(parents=True, exist_ok=True)
    records = folder / "hostile.jsonl"
    records.write_text(json.dumps({
        "title": f"Korvel strike {PAYLOAD}", "outlet": f"Daily {PAYLOAD}", "author": PAYLOAD,
        "url": "javascript:alert(4)", "published": "2024-03-04",
        "text": f"Army spokesman Ivo Marten said {PAYLOAD} that Dravian forces shelled Korvel on March 2, killing "
                f"12 civilians.\n\n\"We never shelled Korvel {PAYLOAD},\" Solmari officer Pavel Dorn said.\n\n"
                f"Residents of \"><script>alert(5)</script> fled to Lirana.",
    }) + "\n", encoding="utf-8")
    page = folder / "hostile.html"
    page.write_text(
        "<!doctype html><html><head><title>&lt;script&gt;alert(6)&lt;/script&gt; Market shelled</title>"
        '<meta name="author" content="&quot;&gt;&lt;img src=x onerror=alert(7)&gt;">'
        '<meta property="og:site_name" content="Herald &lt;script&gt;alert(8)&lt;/script&gt;"></head>'
        "<body><article><h1>Market shelled</h1>"
        "<p>Solmari officials said &lt;iframe src=javascript:alert(9)&gt; that Dravian artillery hit the market in "
        "Korvel on March 2, killing nine civilians.</p><script>alert(10)</script>"
        '<p onclick="alert(11)">"The shelling of Korvel &lt;b onmouseover=alert(12)&gt;was deliberate," '
        "mayor Ana Relic said.</p></article></body></html>", encoding="utf-8")
    return [records, page]


class _Markup(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ACTIVE_TAGS:
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"{tag}[{name}]")
            if name in ("href", "src", "action", "formaction", "xlink:href") and value and \
                    "".join(value.split()).lower().startswith(("javascript:", "data:text/html")):
                self.found.append(f"{tag}[{name}={value}]")


def active_markup(page: str) -> list[str]:
    """Every script, event handler and script URL in ``page`` as parsed markup."""
    parser = _Markup()
    parser.feed(page)
    return parser.found
