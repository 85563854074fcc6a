"""The self-contained HTML report: one context dict, rendered by Jinja with autoescape on."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import UTC, datetime
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from crosscheck import __version__
from crosscheck.report.export import write_atomically
from crosscheck.store import Store

UNKNOWN_OUTLET = "(unknown outlet)"


def build_report_context(store: Store) -> dict:
    """Everything the report shows, as plain data (the same dict can be served as JSON)."""
    docs = list(store.documents())
    by_outlet: dict[str, list] = defaultdict(list)
    for doc in docs:
        by_outlet[doc.outlet or UNKNOWN_OUTLET].append(doc)
    outlets = []
    for name, items in sorted(by_outlet.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        dates = sorted(d.published for d in items if d.published)
        outlets.append({
            "name": name, "documents": len(items), "first": dates[0] if dates else None,
            "last": dates[-1] if dates else None, "words": sum(len(d.text.split()) for d in items),
            "kinds": dict(Counter(d.kind for d in items)),
        })
    dates = sorted(d.published for d in docs if d.published)
    return {
        "generated": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "version": __version__,
        "totals": {
            "documents": len(docs), "outlets": len(by_outlet), "words": sum(len(d.text.split()) for d in docs),
            "first": dates[0] if dates else None, "last": dates[-1] if dates else None,
            "kinds": dict(Counter(d.kind for d in docs)),
        },
        "outlets": outlets,
        "documents": [
            {
                "id": d.id, "title": d.title or _first_words(d.text), "has_title": bool(d.title),
                "outlet": d.outlet, "author": d.author, "dateline": d.dateline, "published": d.published,
                "crawled": d.crawled, "kind": d.kind, "language": d.language, "source": d.source, "url": d.url,
                "words": len(d.text.split()), "paragraphs": d.text.split("\n\n"),
            }
            for d in sorted(docs, key=lambda d: (d.published or "9999", d.outlet or "", d.source))
        ],
        "failures": [{"source": f.source, "reason": f.reason} for f in store.failures()],
    }


def _first_words(text: str, count: int = 12) -> str:
    words = text.split()
    return " ".join(words[:count]) + ("…" if len(words) > count else "")


def render_report(context: dict) -> str:
    env = Environment(
        loader=PackageLoader("crosscheck", "report/templates"), autoescape=select_autoescape(default=True)
    )
    return env.get_template("report.html.j2").render(**context)


def write_report(store: Store, out: Path) -> dict:
    context = build_report_context(store)
    write_atomically(out, render_report(context))
    return context
