from __future__ import annotations

import pytest

from crosscheck.extract import extract_document, load_nlp
from crosscheck.model import Document


@pytest.fixture(scope="session")
def extract():
    """Extract from a text as the pipeline would; returns (extraction, entity name by id)."""
    nlp = load_nlp()

    def run(text: str, published: str | None = "2020-10-08", dateline: str | None = None):
        doc = Document(id="d", source="t.txt", source_file="t.txt", content_hash="", text=text,
                       published=published, dateline=dateline)
        extraction = extract_document(doc, nlp)
        for item in (*extraction.mentions, *extraction.claims, *extraction.figures):
            assert item.text == text[item.start:item.end]  # every span is verbatim
        return extraction, {e.id: e.name for e in extraction.entities}

    return run
