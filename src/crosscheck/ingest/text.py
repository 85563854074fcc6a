"""Plain-text articles, in UTF-8 or a legacy encoding (cp1251, cp1254, latin-1 ...)."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from charset_normalizer import from_bytes

from crosscheck.errors import InputError
from crosscheck.model import RawArticle

# A text file with this share of control characters (other than tab/newline) is binary, not text.
MAX_CONTROL_SHARE = 0.05
# Single-byte code pages newsroom archives come in. They all decode any byte string, so detectors tie
# on short texts; the decoding that reads most like a real language wins (py3langid's score).
LEGACY_ENCODINGS = ("cp1252", "cp1251", "cp1254", "cp1250", "cp1253", "cp1257", "koi8_r", "cp1256", "cp1255")
LEGACY_SAMPLE_CHARS = 4000
WORD = re.compile(r"[^\s\d.,;:!?()\[\]\"'«»“”‘’/-]+")
MULTI_BYTE_ENCODINGS = {
    "cp932", "shift_jis", "euc_jp", "iso2022_jp", "gb2312", "gbk", "gb18030", "hz", "big5", "big5hkscs", "cp950",
    "euc_kr", "cp949", "johab", "utf_16", "utf_32",
}
BOMS = ((b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"), (b"\xef\xbb\xbf", "utf-8-sig"))


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def decode_bytes(data: bytes) -> str:
    """Decode text of unknown encoding; raise InputError for binary data."""
    bom = next((enc for mark, enc in BOMS if data.startswith(mark)), None)
    if bom:
        try:
            decoded = data.decode(bom)
        except UnicodeDecodeError:
            raise InputError(f"not valid {bom} text despite its byte-order mark") from None
    elif b"\x00" in data[:8192]:
        raise InputError("binary file (not text, HTML, JSON, a feed or WARC)")
    else:
        try:
            decoded = data.decode("utf-8")
        except UnicodeDecodeError:
            decoded = _decode_legacy(data)
    sample = decoded[:8192]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    if sample and controls / len(sample) > MAX_CONTROL_SHARE:
        raise InputError("binary file (not text, HTML, JSON, a feed or WARC)")
    if not decoded.strip():
        raise InputError("empty file (only whitespace)")
    return decoded


def _decode_legacy(data: bytes) -> str:
    best = from_bytes(data).best()
    if best is not None and best.encoding in MULTI_BYTE_ENCODINGS:
        return str(best)  # Shift-JIS, GB18030, EUC-KR ...: the detector is reliable on these
    import py3langid  # loaded only for legacy-encoded files

    decodings = {}
    for encoding in LEGACY_ENCODINGS:
        try:
            decodings[encoding] = data.decode(encoding)
        except UnicodeDecodeError:
            continue  # a byte this code page leaves undefined: not this one
    if not decodings:
        raise InputError("binary file or unknown text encoding")
    samples = {enc: text[:LEGACY_SAMPLE_CHARS] for enc, text in decodings.items()}
    shares = {enc: _mojibake_share(sample) for enc, sample in samples.items()}
    least = min(shares.values())
    plausible = [enc for enc, share in shares.items() if share <= least + 0.02]
    chosen = max(plausible, key=lambda enc: py3langid.classify(samples[enc])[1])
    return decodings[chosen]


def _mojibake_share(text: str) -> float:
    """Share of words that no language writes: case flips inside a word (``нАЫЕЯ``), scripts mixed
    in one word, Latin words made mostly of accented letters (``Îáùåñòâ``), or symbols in words."""
    words = WORD.findall(text)
    if not words:
        return 0.0
    bad = 0
    for word in words:
        letters = [ch for ch in word if ch.isalpha()]
        scripts = {unicodedata.name(ch, "?").split()[0] for ch in letters}
        latin_accented = sum(1 for ch in letters if ord(ch) > 127 and "LATIN" in unicodedata.name(ch, ""))
        if (
            len(scripts) > 1
            or any(a.islower() and b.isupper() for a, b in zip(word, word[1:], strict=False))
            or (len(letters) >= 3 and latin_accented / len(letters) > 0.5)
            or len(letters) < len(word)
        ):
            bad += 1
    return bad / len(words)


def read_text_file(path: Path, data: bytes) -> Iterator[RawArticle]:
    yield RawArticle(source=str(path), source_file=str(path), text=decode_bytes(data), content_hash=content_hash(data))
