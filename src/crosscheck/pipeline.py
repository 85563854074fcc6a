"""Runs the stages in order over one article. Knows nothing of files, SQL or HTTP.

Per article: ingest (clean + describe), then extract (entities, claims, figures, dates). Across the
corpus, after a run: resolve (canonical entities). Bumping PIPELINE_VERSION makes every stored
document be rebuilt on the next run.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from crosscheck.extract import extract_document, load_nlp
from crosscheck.ingest.document import IngestOptions, build_document
from crosscheck.model import Document, RawArticle

# Bump when any stage changes what it produces: stored documents built by older code are rebuilt.
PIPELINE_VERSION = "46"


@dataclass
class PipelineOptions:
    ingest: IngestOptions = field(default_factory=IngestOptions)
    spacy_model: str | None = None  # a user-installed spaCy pipeline; None runs the built-in rules

    def fingerprint(self) -> str:
        """Changes whenever an option would change the documents built (so they are rebuilt)."""
        return repr((self.ingest.fingerprint(), self.spacy_model))


def processing_key(raw: RawArticle, options: PipelineOptions) -> str:
    """Identifies one input processed one way: same key, same document, nothing to redo."""
    material = "\0".join((raw.content_hash, PIPELINE_VERSION, options.fingerprint()))
    return hashlib.sha256(material.encode()).hexdigest()


def process_article(raw: RawArticle, options: PipelineOptions) -> Document:
    document = build_document(raw, options.ingest)
    document.extraction = extract_document(document, load_nlp(options.spacy_model))
    return document
