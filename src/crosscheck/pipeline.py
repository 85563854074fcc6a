"""Runs the stages in order over one article. Knows nothing of files, SQL or HTTP.

Stages so far: ingest (clean + describe). Later stages (extract, resolve, compare, verify) are
appended to STAGES; bumping PIPELINE_VERSION makes every stored document be rebuilt on the next run.
"""

from __future__ import annotations

import hashlib

from crosscheck.ingest.document import IngestOptions, build_document
from crosscheck.model import Document, RawArticle

# Bump when any stage changes what it produces: stored documents built by older code are rebuilt.
PIPELINE_VERSION = "1"


def processing_key(raw: RawArticle, options: IngestOptions) -> str:
    """Identifies one input processed one way: same key, same document, nothing to redo."""
    material = "\0".join((raw.content_hash, PIPELINE_VERSION, options.fingerprint()))
    return hashlib.sha256(material.encode()).hexdigest()


def process_article(raw: RawArticle, options: IngestOptions) -> Document:
    return build_document(raw, options)
