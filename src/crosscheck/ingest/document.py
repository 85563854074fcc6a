"""From a RawArticle to a cleaned Document: body text, then what the article is."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from crosscheck.errors import InputError
from crosscheck.ingest.clean import body_text, segment_lines
from crosscheck.ingest.html import extract_html
from crosscheck.ingest.metadata import Sources, describe_article
from crosscheck.model import Document, RawArticle


@dataclass
class IngestOptions:
    outlet: str | None = None  # the user's --outlet: every article read is from this outlet
    sources: Sources = field(default_factory=Sources)

    def fingerprint(self) -> str:
        """Changes whenever an option would change the documents built (so they are rebuilt)."""
        return repr((self.outlet, self.sources))


def document_id(source: str) -> str:
    """Stable per source, so a changed article replaces its earlier version under the same id."""
    return hashlib.sha1(source.encode()).hexdigest()[:16]


def build_document(raw: RawArticle, options: IngestOptions) -> Document:
    hints = dict(raw.hints)
    if raw.html is not None:
        page_text, page_hints = extract_html(raw.html, url=hints.get("url"))
        hints = {**page_hints, **hints}  # a record's own fields beat what its HTML declares
    else:
        page_text = raw.text or ""
    lines = segment_lines(page_text, title_hint=hints.get("title"))
    text = body_text(lines)
    if not text.strip():
        raise InputError("no article text left after removing page boilerplate")
    meta = describe_article(lines, text, hints, options.sources, options.outlet)
    return Document(
        id=document_id(raw.source), source=raw.source, source_file=raw.source_file,
        content_hash=raw.content_hash, text=text, **meta,
    )
