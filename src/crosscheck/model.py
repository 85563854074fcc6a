"""The shared data model. Plain dataclasses: no I/O, no SQL, no NLP. Every stage imports this."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RawArticle:
    """One article as a reader found it, before cleaning.

    Exactly one of ``text`` (plain text) or ``html`` is set. ``hints`` holds metadata the
    container already gave (a JSON record's fields, a feed entry, HTML meta tags) under the
    Document field names; cleaning never overrides a hint with a guess.
    """

    source: str  # unique key of this article: a path, or path#n / URL for articles inside containers
    source_file: str  # the file it came from (one file may hold many articles)
    text: str | None = None
    html: str | None = None
    hints: dict[str, str | None] = field(default_factory=dict)
    content_hash: str = ""  # hash of the raw record: unchanged input is not reprocessed


@dataclass
class Lean:
    """Which side a document's framing favours; filled by the compare stage."""

    side: str | None = None
    score: float = 0.0
    markers: list[str] = field(default_factory=list)


@dataclass
class Document:
    """A cleaned article. ``text`` is the cleaned body; every later offset points into it."""

    id: str
    source: str
    source_file: str
    content_hash: str
    text: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    dateline: str | None = None
    published: str | None = None  # YYYY-MM-DD
    language: str | None = None
    kind: str = "news"  # news, factcheck (a published fact-check) or report (a monitor's or NGO's report)
    url: str | None = None
    crawled: str | None = None  # a crawl/page date seen on the page, never taken as the publication date
    lean: Lean = field(default_factory=Lean)


@dataclass
class Skip:
    """An input that yielded no document, with the reason a user can act on."""

    source: str
    reason: str
