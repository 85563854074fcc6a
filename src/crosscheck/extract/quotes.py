"""Quoted passages: paired quotation marks, straight or curly, including a quote that runs on into
the next paragraph (closed there, or re-opened there by newsroom convention).

Straight quotes carry no direction, so their role comes from the spacing around them: a mark
after a space and before a word opens; a mark glued to the word before it closes. An opening mark
met inside an open quote ends that quote there: "... Britain. "I'm not ..." is two quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MARK = re.compile(r"‘‘|’’|[“”\"«»„]")
_OPENING = ("‘‘", "“", "«", "„")
_CLOSING = ("’’", "”", "»")


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
    for p_start, p_end in _paragraphs(text):
        marks = [(m.start(), m.group(), _role(text, m, p_start)) for m in _MARK.finditer(text, p_start, p_end)]
        if open_at is not None and (not marks or marks[0][2] == "open"):
            # The previous paragraph's quote was never closed and this one re-opens (or has none): it ended there.
            quotes.append(_open_ended(text, open_at, open_len, _paragraph_end(text, open_at)))
            open_at = None
        for at, mark, role in marks:
            if open_at is None:
                if role == "open":
                    open_at, open_len = at, len(mark)
            elif role == "close":
                quotes.append(Quote(open_at, at + len(mark), open_at + open_len, at))
                open_at = None
            else:  # an opener inside an open quote: the first one ended just before it
                quotes.append(_open_ended(text, open_at, open_len, at))
                open_at, open_len = at, len(mark)
    if open_at is not None:
        quotes.append(_open_ended(text, open_at, open_len, _paragraph_end(text, open_at)))
    return [q for q in quotes if q.inner_end > q.inner_start]


def _role(text: str, match: re.Match, p_start: int) -> str:
    mark = match.group()
    if mark in _OPENING:
        # “ is also the closing mark in some typographies: glued to a word before it and spaced after, it closes.
        before, after = text[match.start() - 1: match.start()], text[match.end(): match.end() + 1]
        if mark == "“" and before and not before.isspace() and (not after or after.isspace()) \
                and match.start() > p_start:
            return "close"
        return "open"
    if mark in _CLOSING:
        return "close"
    before = text[match.start() - 1: match.start()] if match.start() > p_start else ""
    after = text[match.end(): match.end() + 1]
    if (not before or before.isspace() or before in "([—-") and after and not after.isspace():
        return "open"
    return "close"


def _open_ended(text: str, start: int, mark_len: int, end: int) -> Quote:
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
