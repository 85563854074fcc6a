"""WARC archives (plain or gzipped), as crawlers write them: every HTML response is an article."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from crosscheck.errors import InputError
from crosscheck.ingest.text import decode_bytes
from crosscheck.model import RawArticle, Skip

# Responses larger than this are not articles (media, archives); they are skipped, not loaded.
MAX_RECORD_BYTES = 20_000_000


def read_warc_file(path: Path) -> Iterator[RawArticle | Skip]:
    """Stream the archive: records are read one at a time, so archive size does not matter."""
    found = 0
    try:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type != "response":
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI") or f"record{found + 1}"
                ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
                if "html" not in ctype.lower():
                    continue
                payload = record.content_stream().read(MAX_RECORD_BYTES + 1)
                found += 1
                if len(payload) > MAX_RECORD_BYTES:
                    yield Skip(f"{path}#{url}", "response larger than 20 MB: not an article")
                    continue
                try:
                    markup = decode_bytes(payload)
                except InputError as exc:
                    yield Skip(f"{path}#{url}", str(exc))
                    continue
                hints = {"url": url}
                crawled = record.rec_headers.get_header("WARC-Date")
                if crawled:
                    hints["crawled"] = crawled[:10]
                yield RawArticle(
                    source=f"{path}#{url}", source_file=str(path), html=markup, hints=hints,
                    content_hash=hashlib.sha256(payload).hexdigest(),
                )
    except ArchiveLoadFailed as exc:
        raise InputError(f"not a readable WARC archive ({exc})") from exc
    if not found:
        raise InputError("WARC archive holds no HTML responses")
