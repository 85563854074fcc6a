"""JSON and JSON Lines article records: ``{title, text|html, url, outlet, author, published}``."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path

from crosscheck.errors import InputError
from crosscheck.ingest.text import content_hash, decode_bytes
from crosscheck.model import RawArticle, Skip

# Record field -> Document field. Common alternatives newsroom exports use are accepted too.
FIELD_NAMES = {
    "title": "title", "headline": "title",
    "url": "url", "link": "url",
    "outlet": "outlet", "source": "outlet", "publisher": "outlet", "site": "outlet",
    "author": "author", "byline": "author",
    "published": "published", "date": "published", "published_at": "published", "pubdate": "published",
    "language": "language", "lang": "language",
    "kind": "kind",
}
TEXT_FIELDS = ("text", "body", "content", "article")
# Containers that wrap a list of records: {"articles": [...]}.
LIST_KEYS = ("articles", "items", "records", "data", "documents")


def read_records_file(path: Path, data: bytes) -> Iterator[RawArticle | Skip]:
    decoded = decode_bytes(data)
    whole: object = None
    with contextlib.suppress(json.JSONDecodeError):  # not one JSON document: read it as JSON Lines
        whole = json.loads(decoded)
    if whole is not None:
        for index, record in enumerate(_as_record_list(whole), start=1):
            yield _to_article(path, f"record {index}", record)
        return
    for number, line in enumerate(decoded.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skip(f"{path}#line{number}", f"line {number}: invalid JSON ({exc.msg}, column {exc.colno})")
            continue
        yield _to_article(path, f"line {number}", record)


def _as_record_list(whole: object) -> list:
    if isinstance(whole, list):
        return whole
    if isinstance(whole, dict):
        for key in LIST_KEYS:
            if isinstance(whole.get(key), list):
                return whole[key]
        return [whole]
    raise InputError("JSON holds neither an article record nor a list of them")


def _to_article(path: Path, where: str, record: object) -> RawArticle | Skip:
    if not isinstance(record, dict):
        return Skip(f"{path}#{where}", f"{where}: not a JSON object")
    body = next((record[k] for k in TEXT_FIELDS if isinstance(record.get(k), str) and record[k].strip()), None)
    markup = record.get("html") if isinstance(record.get("html"), str) and record["html"].strip() else None
    if body is None and markup is None:
        return Skip(f"{path}#{where}", f"{where}: record has no text or html")
    hints = {}
    for key, value in record.items():
        if key in FIELD_NAMES and isinstance(value, str | int | float) and str(value).strip():
            hints.setdefault(FIELD_NAMES[key], str(value).strip())
    key = hints.get("url") or where.replace(" ", "")
    raw = json.dumps(record, sort_keys=True, ensure_ascii=False).encode()
    return RawArticle(
        source=f"{path}#{key}", source_file=str(path), text=body if markup is None else None,
        html=markup if body is None else None, hints=hints, content_hash=content_hash(raw),
    )
