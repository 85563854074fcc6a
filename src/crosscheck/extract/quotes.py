"""Quoted passages: paired quotation marks, straight or curly, including a quote that runs on into
the next paragraph (closed there, or re-opened there by newsroom convention).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = ("‘‘", "“", '"', "«", "„")
CLOSERS = ("’’", "”", '"', "»", "“")
_MARK = re.compile(r"‘‘|’’|[“”\"«»„]")


@dataclass(frozen=True)
class Quote:
    start: int  # offset of the opening mark
    end: int  # offset just after the closing mark (or the end of the paragraph left open)
    inner_start: int
    inner_end: int

    def words(self, text: str) -> int:
        return len(text[self.inner_start: self.inner_end].split())


def find_quotes(text: str) -> list[Quote]:
    quotes: list[Quote] = []
    open_at: int | None = None
    open_len = 0
    for paragraph in _paragraphs(text):
        p_start, p_end = paragraph
        marks = list(_MARK.finditer(text, p_start, p_end))
        reopens = bool(marks) and marks[0].group() in ("“", "‘‘", "«", "„") and marks[0].start() - p_start < 3
        if open_at is not None and (not marks or reopens):
            # the previous paragraph's quote was never closed and this one re-opens: it ended there
            quotes.append(_quote(text, open_at, open_len, _paragraph_end(text, open_at)))
            open_at = None
        for mark in marks:
            token = mark.group()
            if open_at is None:
                if token in OPENERS and token not in ("’’", "”", "»"):
                    open_at, open_len = mark.start(), len(token)
            elif token in CLOSERS and not (token == "“" and mark.start() - p_start < 3):
                quotes.append(Quote(open_at, mark.end(), open_at + open_len, mark.start()))
                open_at = None
            elif token in ("“", "‘‘", "«", "„"):
                open_at, open_len = mark.start(), len(token)  # a stray opener: start again here
    if open_at is not None:
        quotes.append(_quote(text, open_at, open_len, _paragraph_end(text, open_at)))
    return quotes


def _quote(text: str, start: int, mark_len: int, end: int) -> Quote:
    inner_end = end
    while inner_end > start + mark_len and text[inner_end - 1].isspace():
        inner_end -= 1
    return Quote(start, inner_end, start + mark_len, inner_end)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in re.finditer(r"\n\s*\n", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _paragraph_end(text: str, at: int) -> int:
    found = re.compile(r"\n\s*\n").search(text, at)
    return found.start() if found else len(text)
