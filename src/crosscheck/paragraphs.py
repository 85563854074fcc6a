"""The paragraph structure of a cleaned text (paragraphs are separated by a blank line), shared by
extraction (a claim's date) and comparison (a claim's place)."""

from __future__ import annotations

HEADING_WORDS = 8


def section_heading(text: str, paragraph: int) -> tuple[int, int] | None:
    """The span of the paragraph before ``paragraph`` when it is a short heading with no full stop, the way
    monitors' reports title each incident ("Halvec, Lipa district, 13 October")."""
    if paragraph < 2:
        return None
    start = text.rfind("\n\n", 0, paragraph - 2) + 2 if "\n\n" in text[:paragraph - 2] else 0
    heading = text[start:paragraph - 2]
    if heading and len(heading.split()) <= HEADING_WORDS and not heading.rstrip().endswith((".", "!", "?", '"', "”")):
        return start, paragraph - 2
    return None
