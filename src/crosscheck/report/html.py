"""The self-contained HTML report: one context dict, rendered by Jinja with autoescape on."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import UTC, datetime
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from crosscheck import __version__
from crosscheck.report.charts import figure_chart, place_map, side_colours
from crosscheck.report.export import write_atomically
from crosscheck.store import Store
from crosscheck.verify.published import corpus_verdicts

UNKNOWN_OUTLET = "(unknown outlet)"
MAX_ENTITIES = 300  # the report lists the most mentioned; the export has them all
MAX_SPEAKERS = 60
FIGURE_ORDER = ("killed", "injured", "missing", "displaced", "captured", "other")


def build_report_context(store: Store) -> dict:
    """Everything the report shows, as plain data (the same dict can be served as JSON)."""
    docs = list(store.documents())
    by_outlet: dict[str, list] = defaultdict(list)
    for doc in docs:
        by_outlet[doc.outlet or UNKNOWN_OUTLET].append(doc)
    claims, figures, mentions = store.claims(), store.figures(), store.mentions()
    entities = {e.id: e for e in store.entities()}
    colours = side_colours([d.lean.side for d in docs] + [e.side for e in entities.values()])
    outlets = []
    for name, items in sorted(by_outlet.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        dates = sorted(d.published for d in items if d.published)
        outlets.append({
            "name": name, "documents": len(items), "first": dates[0] if dates else None,
            "last": dates[-1] if dates else None, "words": sum(len(d.text.split()) for d in items),
            "kinds": dict(Counter(d.kind for d in items)), "lean": _outlet_lean(items, colours),
        })
    dates = sorted(d.published for d in docs if d.published)
    links = store.links()
    places = _places(entities, mentions, {d.id: d for d in docs})
    outlet_of = {d.id: d.outlet or UNKNOWN_OUTLET for d in docs}
    claims_in, figures_in = defaultdict(list), defaultdict(list)  # by document, so each text is marked in one pass
    for c in claims:
        claims_in[c.doc].append(c)
    for f in figures:
        figures_in[f.doc].append(f)
    return {
        "generated": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "version": __version__,
        "totals": {
            "documents": len(docs), "outlets": len(by_outlet), "words": sum(len(d.text.split()) for d in docs),
            "first": dates[0] if dates else None, "last": dates[-1] if dates else None,
            "kinds": dict(Counter(d.kind for d in docs)),
        },
        "outlets": outlets,
        "counts": {"entities": len(entities), "claims": len(claims), "figures": len(figures),
                   "attributed": sum(1 for c in claims if c.speaker),
                   "denials": sum(c.polarity == "deny" for c in claims),
                   "contradictions": sum(k.type == "contradicts" for k in links),
                   "corroborations": sum(k.type != "contradicts" for k in links)},
        "colours": {side or "": colour for side, colour in colours.items()},
        "charts": _figure_charts(figures, claims, {d.id: d for d in docs}, entities, colours),
        "timeline": _timeline(store.events(), entities, outlet_of, colours),
        "places": places,
        "map": place_map([p for p in places if p["lat"] is not None]),
        "entities": _entity_rows(entities, mentions),
        "speakers": _speakers(claims, entities, outlet_of),
        "claims_by_outlet": _claims_by_outlet(claims, entities, outlet_of),
        "figures": _figures_by_category(figures, outlet_of),
        "documents": [
            {
                "id": d.id, "title": d.title or first_words(d.text), "has_title": bool(d.title),
                "outlet": d.outlet, "author": d.author, "dateline": d.dateline, "published": d.published,
                "crawled": d.crawled, "kind": d.kind, "language": d.language, "source": d.source, "url": d.url,
                "words": len(d.text.split()),
                "paragraphs": highlighted_paragraphs(d.text, claims_in[d.id], figures_in[d.id]),
            }
            for d in sorted(docs, key=lambda d: (d.published or "9999", d.outlet or "", d.source))
        ],
        "failures": [{"source": f.source, "reason": f.reason} for f in store.failures()],
        "dossiers": store.dossiers(),
        "verdicts": [
            {"rating": v.rating, "claim": v.claim_text, "outlet": outlet_of.get(v.doc), "doc": v.doc,
             "claimant": entities[v.claimant].name if v.claimant in entities else v.claimant_text,
             "appearances": [{"id": c, "outlet": outlet_of.get(c.split(":")[0])} for c in v.appearances]}
            for v in corpus_verdicts(docs, claims, entities)],
        **_comparison(links, claims, figures, entities, outlet_of),
        "leans": [
            {"id": d.id, "outlet": d.outlet or UNKNOWN_OUTLET, "title": d.title or first_words(d.text),
             "side": d.lean.side, "score": d.lean.score, "markers": d.lean.markers}
            for d in sorted(docs, key=lambda d: (d.outlet or "", d.published or "", d.source))
        ],
    }


def _outlet_lean(docs: list, colours: dict) -> list[dict]:
    """How an outlet's documents lean: one bar segment per side (share of its documents, shaded by
    their mean strength), balanced documents left blank."""
    by_side: dict[str | None, list[float]] = defaultdict(list)
    for d in docs:
        by_side[d.lean.side].append(d.lean.score)
    return [{"side": side or "balanced", "documents": len(scores), "share": len(scores) / len(docs),
             "strength": sum(scores) / len(scores), "colour": colours.get(side, colours[None])}
            for side, scores in sorted(by_side.items(), key=lambda kv: (kv[0] is None, -len(kv[1])))]


def _figure_charts(figures: list, claims: list, docs: dict, entities: dict, colours: dict) -> list[dict]:
    """Per category, each figure by the date it speaks of (else its article's) and the side reporting
    it: the speaker's side when a profile gives one, else the side its outlet's article leans to."""
    by_id = {c.id: c for c in claims}
    groups: dict[str, list[dict]] = defaultdict(list)
    for f in figures:
        claim, doc = by_id.get(f.claim or ""), docs[f.doc]
        when = (claim.date if claim else None) or doc.published
        if when is None or f.unit is not None:
            continue
        speaker = entities.get(claim.speaker) if claim and claim.speaker else None
        side = (speaker.side if speaker else None) or doc.lean.side
        label = f"{f.value:,.10g} {f.category}: {f.text} ({doc.outlet or UNKNOWN_OUTLET}, {when})"
        groups[f.category].append({"id": f.id, "date": when, "value": f.value, "side": side, "label": label})
    return [{"category": name, **figure_chart(groups[name], colours)} for name in FIGURE_ORDER if groups.get(name)]


def _timeline(events: list, entities: dict, outlet_of: dict, colours: dict) -> list[dict]:
    """Dated events by day: what each outlet reports as having happened, with who did it and where."""
    days: dict[str, list[dict]] = defaultdict(list)
    for e in events:
        if e.date:
            place = entities.get(e.place or "")
            days[e.date].append({"type": e.type, "side": e.side, "colour": colours.get(e.side, colours[None]),
                                 "place": place.name if place else None, "target": e.target,
                                 "fatalities": e.fatalities, "claim": e.claim, "text": e.text,
                                 "outlet": outlet_of.get(e.doc)})
    return [{"date": day, "events": days[day]} for day in sorted(days)]


def _places(entities: dict, mentions: list, docs: dict) -> list[dict]:
    """Every named place with the spellings each side's outlets use: a place whose name differs by
    side (Shusha / Shushi) is contested."""
    forms: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    counts: Counter = Counter()
    for m in mentions:
        entity = entities.get(m.entity)
        if entity is not None and entity.type == "place":
            doc = docs[m.doc]
            forms[m.entity][m.text].add((doc.outlet or UNKNOWN_OUTLET, doc.lean.side))
            counts[m.entity] += 1
    rows = []
    for entity_id, by_form in forms.items():
        entity = entities[entity_id]
        if not entity.name[:1].isupper():
            continue
        spellings = [{"form": form, "outlets": sorted({o for o, _ in users}),
                      "sides": sorted({s for _, s in users if s})} for form, users in sorted(by_form.items())]
        sides_of = [set(sp["sides"]) for sp in spellings]
        contested = any(a and b and not a & b for i, a in enumerate(sides_of) for b in sides_of[i + 1:])
        rows.append({"id": entity_id, "name": entity.name, "side": entity.side, "mentions": counts[entity_id],
                     "lat": entity.latitude, "lon": entity.longitude, "spellings": spellings,
                     "contested": contested})
    rows.sort(key=lambda r: (not r["contested"], -r["mentions"], r["name"]))
    return rows


def _comparison(links: list, claims: list, figures: list, entities: dict, outlet_of: dict) -> dict:
    """The contradictions board and corroborations: both spans side by side, each linking to its mark."""
    items = {c.id: ("claim", c) for c in claims} | {f.id: ("figure", f) for f in figures}

    def side(item_id: str) -> dict:
        kind, item = items[item_id]
        speaker = entities.get(getattr(item, "speaker", None) or "")
        return {"anchor": f"{kind}-{item.id}", "text": item.text, "outlet": outlet_of.get(item.doc),
                "speaker": speaker.name if speaker else None}

    rows = [{"type": k.type, "basis": k.basis, "explanation": k.explanation, "score": k.score,
             "origins": [{"name": o.name, "kind": o.kind} for o in k.origins], "a": side(k.a), "b": side(k.b)}
            for k in links if k.a in items and k.b in items]
    return {"contradictions": [r for r in rows if r["type"] == "contradicts"],
            "corroborations": [r for r in rows if r["type"] != "contradicts"]}


def _entity_rows(entities: dict, mentions: list) -> list[dict]:
    """Named entities by how often they are mentioned, with every spelling the texts used."""
    counts = Counter(m.entity for m in mentions)
    docs: dict[str, set] = defaultdict(set)
    for m in mentions:
        docs[m.entity].add(m.doc)
    named = [e for e in entities.values() if e.name[:1].isupper() and counts[e.id]]
    named.sort(key=lambda e: (-counts[e.id], e.name))
    return [{"id": e.id, "name": e.name, "type": e.type, "aliases": e.aliases, "mentions": counts[e.id],
             "documents": len(docs[e.id]), "affiliation": e.affiliation} for e in named[:MAX_ENTITIES]]


def _speakers(claims: list, entities: dict, outlet_of: dict) -> list[dict]:
    """Attributed claims grouped by speaker, most quoted first; each links to its highlighted span."""
    by_speaker: dict[str, list] = defaultdict(list)
    for c in claims:
        if c.speaker:
            by_speaker[c.speaker].append(c)
    rows = []
    for speaker, items in sorted(by_speaker.items(), key=lambda kv: (-len(kv[1]), entities[kv[0]].name)):
        entity = entities[speaker]
        rows.append({
            "id": speaker, "name": entity.name, "type": entity.type,
            "outlets": sorted({outlet_of[c.doc] for c in items}),
            "claims": [{"id": c.id, "doc": c.doc, "outlet": outlet_of[c.doc], "cue": c.cue, "kind": c.kind,
                        "polarity": c.polarity, "date": c.date, "text": c.text} for c in items],
        })
    return rows[:MAX_SPEAKERS]


def _claims_by_outlet(claims: list, entities: dict, outlet_of: dict) -> list[dict]:
    """What each outlet carries: its own assertions, whom it quotes, whose denials it gives room to."""
    rows: dict[str, dict] = {}
    for c in claims:
        row = rows.setdefault(outlet_of[c.doc], {"outlet": outlet_of[c.doc], "own": 0, "attributed": 0,
                                                 "denials": 0, "speakers": Counter()})
        if c.speaker:
            row["attributed"] += 1
            row["speakers"][entities[c.speaker].name] += 1
        else:
            row["own"] += 1
        row["denials"] += c.polarity == "deny"
    return [row | {"speakers": [f"{name} ({n})" for name, n in row["speakers"].most_common(5)]}
            for row in sorted(rows.values(), key=lambda r: (-(r["own"] + r["attributed"]), r["outlet"]))]


def _figures_by_category(figures: list, outlet_of: dict) -> list[dict]:
    groups: dict[str, list] = defaultdict(list)
    for f in figures:
        groups[f.category].append({"id": f.id, "doc": f.doc, "outlet": outlet_of[f.doc], "value": f.value,
                                   "qualifier": f.qualifier, "subject": f.subject, "text": f.text, "unit": f.unit})
    return [{"category": name, "figures": sorted(groups[name], key=lambda f: (f["outlet"], -f["value"]))}
            for name in FIGURE_ORDER if groups.get(name)]


def highlighted_paragraphs(text: str, claims: list, figures: list) -> list[list[dict]]:
    """Paragraphs as runs of text, each marked with the claims and figures covering it, so every
    listed item can link to its verbatim span (the first run of a span carries its anchor)."""
    spans = [(c.start, c.end, f"claim-{c.id}", "assertion" if c.kind == "assertion" else "claim") for c in claims]
    spans += [(f.start, f.end, f"figure-{f.id}", "figure") for f in figures]
    paragraphs, offset = [], 0
    for paragraph in text.split("\n\n"):
        start, end = offset, offset + len(paragraph)
        cuts = sorted({start, end, *(max(start, min(end, p)) for s, e, _, _ in spans for p in (s, e))})
        runs = []
        for a, b in zip(cuts, cuts[1:], strict=False):
            if a == b:
                continue
            covering = [s for s in spans if s[0] < b and a < s[1]]
            runs.append({"text": text[a:b], "classes": " ".join(sorted({s[3] for s in covering})),
                         "anchors": [s[2] for s in covering if s[0] == a]})
        paragraphs.append(runs)
        offset = end + 2
    return paragraphs


def first_words(text: str, count: int = 12) -> str:
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
