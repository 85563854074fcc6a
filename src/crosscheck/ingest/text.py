"""Plain-text articles, in UTF-8 or a legacy encoding (cp1251, cp1254, latin-1 ...)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from charset_normalizer import from_bytes

from crosscheck.errors import InputError
from crosscheck.model import RawArticle

# A text file with this share of control characters (other than tab/newline) is binary, not text.
MAX_CONTROL_SHARE = 0.05


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def decode_bytes(data: bytes) -> str:
    """Decode text of unknown encoding; raise InputError for binary data."""
    if b"\x00" in data[:8192]:
        raise InputError("binary file (not text, HTML, JSON, a feed or WARC)")
    try:
        decoded = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        if best is None:
            raise InputError("binary file or unknown text encoding") from None
        decoded = str(best)
    sample = decoded[:8192]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    if sample and controls / len(sample) > MAX_CONTROL_SHARE:
        raise InputError("binary file (not text, HTML, JSON, a feed or WARC)")
    if not decoded.strip():
        raise InputError("empty file (only whitespace)")
    return decoded


def read_text_file(path: Path, data: bytes) -> Iterator[RawArticle]:
    yield RawArticle(source=str(path), source_file=str(path), text=decode_bytes(data), content_hash=content_hash(data))
