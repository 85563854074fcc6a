"""Full-text search: SQLite FTS5 with BM25 ranking over an in-memory index, so it works whatever the
store's backend. The dossier retrieves claims with it; ``crosscheck serve`` searches claims and articles."""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass

_WORDS = re.compile(r"[\w'’-]+")
_MATCH_START, _MATCH_END = "\x02", "\x03"  # around matched words in snippets: control characters no text keeps
_SNIPPET_TOKENS = 40


@dataclass
class Hit:
    id: str
    score: float  # BM25, higher is better
    snippet: list[tuple[str, bool]]  # runs of the matching text, True where a query word matched


def query_words(text: str) -> list[str]:
    """Lower-case words of a query; punctuation alone is no word (it would be an empty phrase)."""
    return [w.lower() for w in _WORDS.findall(text) if any(ch.isalnum() for ch in w)]


class FullTextIndex:
    """Items of several kinds (claims, documents) in one Porter-stemmed FTS5 table."""

    def __init__(self, items: Iterable[tuple[str, str, str, str]]):
        """``items`` are (kind, id, title, text)."""
        self._db = sqlite3.connect(":memory:", check_same_thread=False)  # a web server queries it from its threads
        self._lock = threading.Lock()
        self._db.execute("CREATE VIRTUAL TABLE items USING fts5(kind UNINDEXED, id UNINDEXED, title, text, "
                         "tokenize='porter unicode61')")
        self._db.executemany("INSERT INTO items VALUES (?, ?, ?, ?)", items)

    def search(self, words: list[str], kind: str, limit: int, any_word: bool = False) -> list[Hit]:
        """Items of ``kind`` holding every word (any of them with ``any_word``), best first, each with a
        snippet of its text. Each word is quoted, so nothing a user types is read as FTS5 query syntax."""
        if not words:
            return []
        match = (" OR " if any_word else " AND ").join('"' + w.replace('"', '""') + '"' for w in words)
        with self._lock:
            rows = self._db.execute(
                "SELECT id, bm25(items), snippet(items, 3, ?, ?, '…', ?) FROM items WHERE items MATCH ? AND kind = ? "
                "ORDER BY bm25(items) LIMIT ?", (_MATCH_START, _MATCH_END, _SNIPPET_TOKENS, match, kind, limit),
            ).fetchall()
        return [Hit(item, -score, _runs(snippet)) for item, score, snippet in rows]

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> FullTextIndex:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _runs(snippet: str) -> list[tuple[str, bool]]:
    """The snippet's text split at the match markers, so a page can mark matches without trusting markup."""
    runs = []
    for part in snippet.split(_MATCH_START):
        matched, _, rest = part.rpartition(_MATCH_END)
        if matched:
            runs.append((matched, True))
        if rest:
            runs.append((rest, False))
    return runs
