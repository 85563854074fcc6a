"""RSS and Atom feed files: each entry with content becomes an article."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import feedparser

from crosscheck.errors import InputError
from crosscheck.ingest.text import content_hash
from crosscheck.model import RawArticle, Skip


def read_feed_file(path: Path, data: bytes) -> Iterator[RawArticle | Skip]:
    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = f"not a readable feed ({parsed.bozo_exception})" if parsed.bozo else "feed has no entries"
        raise InputError(reason)
    outlet = parsed.feed.get("title")
    for index, entry in enumerate(parsed.entries, start=1):
        contents = [c.get("value", "") for c in entry.get("content", [])]
        markup = max(contents, key=len) if contents else entry.get("summary", "")
        key = entry.get("link") or entry.get("id") or f"entry{index}"
        if not markup.strip():
            yield Skip(f"{path}#{key}", f"entry {index}: no content or summary")
            continue
        hints = {
            "title": entry.get("title"),
            "url": entry.get("link"),
            "author": entry.get("author"),
            "published": entry.get("published") or entry.get("updated"),
            "outlet": outlet,
        }
        hints = {k: v for k, v in hints.items() if v}
        raw = json.dumps({"html": markup, **hints}, sort_keys=True).encode()
        yield RawArticle(
            source=f"{path}#{key}", source_file=str(path), html=markup, hints=hints, content_hash=content_hash(raw)
        )
