"""HTML pages: trafilatura finds the article body and the page's own metadata."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import lxml.html
import trafilatura

from crosscheck.errors import InputError
from crosscheck.ingest.text import content_hash, decode_bytes
from crosscheck.model import RawArticle

# trafilatura field -> Document field
METADATA_FIELDS = {"title": "title", "author": "author", "sitename": "outlet", "date": "published", "url": "url"}


def read_html_file(path: Path, data: bytes) -> Iterator[RawArticle]:
    yield RawArticle(source=str(path), source_file=str(path), html=decode_bytes(data), content_hash=content_hash(data))


def extract_html(markup: str, url: str | None = None) -> tuple[str, dict[str, str | None]]:
    """The article text of a page and the metadata it declares (title, author, site, date, URL)."""
    try:
        found = trafilatura.bare_extraction(
            markup, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as exc:  # trafilatura raises a variety of lxml/parser errors on broken markup
        raise InputError(f"malformed HTML: {exc}") from exc
    if found is not None and (found.text or "").strip():
        hints = {field: getattr(found, attr) for attr, field in METADATA_FIELDS.items() if getattr(found, attr)}
        reviews = claim_reviews(markup)
        if reviews or "claimreview" in markup.lower():
            hints["kind"] = "factcheck"
        if reviews:
            hints["claim_reviews"] = reviews
        return found.text, hints
    # Short fragments (feed summaries, snippets) fall below trafilatura's thresholds: take their text.
    text = html_to_text(markup)
    if not text.strip():
        raise InputError("no article text found in the HTML")
    return text, {}


def claim_reviews(markup: str) -> list[dict]:
    """The schema.org ClaimReviews a page declares in JSON-LD, as {claim, rating, claimant}."""
    try:
        root = lxml.html.fromstring(markup)
    except Exception:  # the body was already read; broken markup only means no JSON-LD
        return []
    found = []
    for script in root.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content())
        except ValueError:
            continue
        for item in _json_ld_items(data):
            rating = item.get("reviewRating") or {}
            author = (item.get("itemReviewed") or {}).get("author") or {}
            claim = item.get("claimReviewed")
            verdict = rating.get("alternateName") if isinstance(rating, dict) else None
            if isinstance(claim, str) and isinstance(verdict, str):
                name = author.get("name") if isinstance(author, dict) else None
                found.append({"claim": claim.strip(), "rating": verdict.strip(),
                              "claimant": name.strip() if isinstance(name, str) else None})
    return found


def _json_ld_items(data) -> Iterator[dict]:
    """ClaimReview objects anywhere in a JSON-LD document (top level, lists, @graph)."""
    if isinstance(data, list):
        for value in data:
            yield from _json_ld_items(value)
    elif isinstance(data, dict):
        kind = data.get("@type")
        if kind == "ClaimReview" or (isinstance(kind, list) and "ClaimReview" in kind):
            yield data
        yield from _json_ld_items(data.get("@graph", []))


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment, one line per block element."""
    try:
        root = lxml.html.fromstring(markup)
    except Exception as exc:  # lxml raises ParserError/XMLSyntaxError on empty or broken fragments
        raise InputError(f"malformed HTML: {exc}") from exc
    for bad in root.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    for block in root.xpath("//p|//br|//div|//li|//h1|//h2|//h3|//h4|//tr"):
        block.tail = "\n" + (block.tail or "")
    return root.text_content()
