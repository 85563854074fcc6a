"""Ingest: turn files of any supported format into RawArticles, then into cleaned Documents."""

from crosscheck.ingest.files import discover_files, read_articles

__all__ = ["discover_files", "read_articles"]
