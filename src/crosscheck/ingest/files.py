"""Find input files, tell their format, and hand each to its reader.

One entry point, ``read_articles``, normalizes any input: bad data becomes a ``Skip`` with a
reason, so one bad file never stops a batch.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator
from pathlib import Path

from crosscheck.errors import InputError
from crosscheck.ingest import feeds, html, records, text, warc
from crosscheck.model import RawArticle, Skip

READERS = {
    "text": text.read_text_file,
    "html": html.read_html_file,
    "records": records.read_records_file,
    "feed": feeds.read_feed_file,
    "warc": warc.read_warc_file,
}

SUFFIX_FORMATS = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "records", ".jsonl": "records", ".ndjson": "records",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".warc": "warc", ".arc": "warc",
}
# Bytes read to sniff a file whose suffix says nothing.
SNIFF_BYTES = 2048
# Files a saved web page or a crawl folder holds beside its articles. Skipped when walking a folder
# (named explicitly, they are read and refused with a reason).
ASSET_SUFFIXES = {
    ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".ico", ".bmp", ".tif", ".tiff", ".css", ".js", ".map",
    ".woff", ".woff2", ".ttf", ".otf", ".eot", ".mp3", ".mp4", ".webm", ".avi", ".mov", ".zip", ".tar", ".7z",
    ".db", ".sqlite", ".sqlite3", ".db-wal", ".db-shm", ".db-journal", ".pyc", ".yaml", ".yml", ".cdx",
    ".sha256", ".sha1", ".md5", ".sig",
}


def discover_files(patterns: list[str], exclude: set[Path] = frozenset()) -> tuple[list[Path], list[Skip]]:
    """Expand files, directories (recursively) and globs into a sorted, de-duplicated file list.

    ``exclude`` holds files never to read (the store itself, when it lies among the inputs).
    """
    found: dict[str, Path] = {}
    problems: list[Skip] = []
    for pattern in patterns:
        path = Path(pattern).expanduser()
        if any(ch in pattern for ch in "*?["):
            matches = [Path(p) for p in glob.glob(os.path.expanduser(pattern), recursive=True)]
            files = [p for p in matches if p.is_file()]
            if not files:
                problems.append(Skip(pattern, "pattern matched no files"))
        elif path.is_dir():
            files = [p for p in sorted(path.rglob("*")) if p.is_file() and not _is_hidden(p.relative_to(path))
                     and _suffix(p) not in ASSET_SUFFIXES]
            if not files:
                problems.append(Skip(pattern, "directory holds no files"))
        elif path.exists():
            files = [path]
        else:
            problems.append(Skip(pattern, "no such file or directory"))
            continue
        for f in files:
            if f.resolve() not in exclude:
                found.setdefault(str(f.resolve()), f.resolve())
    return sorted(found.values()), problems


def _suffix(path: Path) -> str:
    name = path.name.lower()
    return name[name.rfind("."):] if "." in name else ""


def _is_hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def detect_format(path: Path, head: bytes) -> str:
    """The reader for a file: by suffix, else by its first bytes."""
    name = path.name.lower()
    if name.endswith((".warc.gz", ".arc.gz")):
        return "warc"
    if path.suffix.lower() in SUFFIX_FORMATS:
        fmt = SUFFIX_FORMATS[path.suffix.lower()]
        # Many sites serve HTML pages saved as .xml or feeds saved as .html: trust the content.
        if fmt in ("feed", "html"):
            return _sniff_markup(head) or fmt
        return fmt
    if head.startswith(b"WARC/") or head[:2] == b"\x1f\x8b":
        return "warc"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped[:1] in (b"{", b"["):
        return "records"
    return _sniff_markup(head) or "text"


def _sniff_markup(head: bytes) -> str | None:
    lowered = head.lower()
    if b"<rss" in lowered or b"<feed" in lowered or b"<rdf:rdf" in lowered:
        return "feed"
    if b"<html" in lowered or b"<!doctype html" in lowered or b"<body" in lowered or b"<article" in lowered:
        return "html"
    return None


def read_articles(path: Path, max_bytes: int) -> Iterator[RawArticle | Skip]:
    """Every article in one file, or a Skip saying why the file (or one record in it) was refused."""
    source = str(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
        fmt = detect_format(path, head)
        if size == 0:
            raise InputError("empty file")
        if fmt != "warc" and size > max_bytes:
            raise InputError(
                f"file too large ({size / 1e6:.1f} MB > limit {max_bytes / 1e6:.1f} MB; raise it with --max-size)"
            )
        if fmt == "warc":
            yield from warc.read_warc_file(path)
            return
        data = path.read_bytes()
    except PermissionError:
        yield Skip(source, "cannot read: permission denied")
        return
    except IsADirectoryError:
        yield Skip(source, "is a directory")
        return
    except InputError as exc:
        yield Skip(source, str(exc))
        return
    except OSError as exc:
        yield Skip(source, f"cannot read: {exc.strerror or exc}")
        return
    try:
        yield from READERS[fmt](path, data)
    except InputError as exc:
        yield Skip(source, str(exc))
