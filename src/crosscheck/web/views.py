"""The data behind each page, read through the store per request; the HTML and JSON routes share it."""

from __future__ import annotations

from collections import Counter, defaultdict

from fastapi import HTTPException

from crosscheck import model
from crosscheck.fulltext import FullTextIndex, Hit, query_words
from crosscheck.report.html import UNKNOWN_OUTLET, first_words, highlighted_paragraphs
from crosscheck.spelling import fold
from crosscheck.store import Store
from crosscheck.web import models

BALANCED = "balanced"  # the side filter's name for documents whose framing favours no side
CLAIM_HITS = 50
DOCUMENT_HITS = 20
ENTITY_HITS = 20
MIN_NAME_IN_QUERY = 4  # folded letters: a shorter name (UN) would be found inside unrelated words


def build_index(store: Store) -> FullTextIndex:
    """Articles (title and text) and claims (speaker and text) in one full-text index, built at startup."""
    names = _names(store)
    return FullTextIndex(
        [("document", d.id, d.title or "", d.text) for d in store.documents()]
        + [("claim", c.id, names.get(c.speaker or "") or c.speaker_text or "", c.text) for c in store.claims()]
    )


def overview(store: Store) -> models.Overview:
    by_outlet: dict[str, list[model.Document]] = defaultdict(list)
    for doc in store.documents():
        by_outlet[doc.outlet or UNKNOWN_OUTLET].append(doc)
    outlets = []
    for name, docs in sorted(by_outlet.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        dates = sorted(d.published for d in docs if d.published)
        outlets.append(models.Outlet(
            name=name, documents=len(docs), first=dates[0] if dates else None, last=dates[-1] if dates else None,
            lean=dict(Counter(d.lean.side or BALANCED for d in docs).most_common())))
    links = store.links()
    return models.Overview(
        documents=sum(o.documents for o in outlets), claims=len(store.claims()), entities=len(store.entities()),
        contradictions=sum(k.type == "contradicts" for k in links),
        corroborations=sum(k.type != "contradicts" for k in links), dossiers=len(store.dossiers()), outlets=outlets)


def filter_choices(store: Store) -> tuple[list[str], list[str]]:
    """The outlets and sides a document list can be narrowed to."""
    docs = list(store.documents())
    return (sorted({d.outlet or UNKNOWN_OUTLET for d in docs}),
            sorted({d.lean.side or BALANCED for d in docs}, key=lambda s: (s == BALANCED, s)))


def document_list(store: Store, filters: models.DocumentFilter) -> list[models.DocumentSummary]:
    docs = [d for d in store.documents() if _selected(d, filters)]
    docs.sort(key=lambda d: (d.published or "9999", d.outlet or "", d.source))
    return [_document_summary(d) for d in docs]


def document_page(store: Store, doc_id: str) -> models.DocumentPage:
    doc = store.document(doc_id)
    if doc is None:
        raise HTTPException(404, "no such document")
    claims = [c for c in store.claims() if c.doc == doc_id]
    figures = [f for f in store.figures() if f.doc == doc_id]
    names = _names(store)
    return models.DocumentPage(
        **_document_summary(doc).model_dump(), author=doc.author, dateline=doc.dateline, language=doc.language,
        source=doc.source, url=doc.url, crawled=doc.crawled, lean_markers=doc.lean.markers,
        paragraphs=highlighted_paragraphs(doc.text, claims, figures),
        claims=[_claim(c, doc, names) for c in claims], figures=[_figure(f) for f in figures])


def claim_list(store: Store, filters: models.DocumentFilter) -> list[models.Claim]:
    docs = {d.id: d for d in store.documents() if _selected(d, filters)}
    names = _names(store)
    claims = [_claim(c, docs[c.doc], names) for c in store.claims() if c.doc in docs]
    return sorted(claims, key=lambda c: (c.published or "9999", c.outlet or "", c.id))


def claim_page(store: Store, claim_id: str) -> models.ClaimPage:
    claims = {c.id: c for c in store.claims()}
    claim = claims.get(claim_id)
    if claim is None:
        raise HTTPException(404, "no such claim")
    docs = {d.id: d for d in store.documents()}
    names = _names(store)
    figures = store.figures()
    doc = docs[claim.doc]
    return models.ClaimPage(
        **_claim(claim, doc, names).model_dump(), speaker_text=claim.speaker_text,
        title=doc.title or first_words(doc.text),
        context=[runs for runs in highlighted_paragraphs(doc.text, [claim], []) if any(r["classes"] for r in runs)],
        links=_links([k for k in store.links() if claim_id in (k.a, k.b)], claims, figures, docs, names),
        figures=[_figure(f) for f in figures if f.claim == claim_id])


def entity_list(store: Store, entity_type: str | None = None) -> list[models.Entity]:
    rows = _entity_rows(store)
    return [row for row in rows if entity_type in (None, row.type)]


def entity_page(store: Store, entity_id: str) -> models.EntityPage:
    entity = next((e for e in store.entities() if e.id == entity_id), None)
    if entity is None:
        raise HTTPException(404, "no such entity")
    docs = {d.id: d for d in store.documents()}
    names = _names(store)
    forms: dict[str, Counter] = defaultdict(Counter)
    for m in store.mentions():
        if m.entity == entity_id:
            forms[m.doc][m.text] += 1
    spoken = [_claim(c, docs[c.doc], names) for c in store.claims() if c.speaker == entity_id]
    mentioned_in = [
        models.MentionsInDocument(doc=doc_id, title=docs[doc_id].title or first_words(docs[doc_id].text),
                                  outlet=docs[doc_id].outlet, published=docs[doc_id].published,
                                  mentions=sum(counts.values()), forms=sorted(counts))
        for doc_id, counts in forms.items()]
    mentioned_in.sort(key=lambda m: (-m.mentions, m.published or "9999", m.doc))
    return models.EntityPage(
        **_entity(entity, sum(m.mentions for m in mentioned_in), len(mentioned_in), len(spoken)).model_dump(),
        roles=entity.roles, mentioned_in=mentioned_in, spoken=spoken)


def search(store: Store, index: FullTextIndex, query: str) -> models.SearchResults:
    """Claims and articles by BM25 over every word of ``query``; entities whose name (or a spelling of it)
    contains the query or is named in it, transliteration variants folded."""
    words = query_words(query)
    key = fold(query)
    entities = [row for row in _entity_rows(store) if key and any(
        key in name or (len(name) >= MIN_NAME_IN_QUERY and name in key)
        for name in map(fold, (row.name, *row.aliases)))][:ENTITY_HITS]
    docs = {d.id: d for d in store.documents()}
    claims = {c.id: c for c in store.claims()}
    names = _names(store)
    claim_hits = [models.ClaimHit(claim=_claim(claims[hit.id], docs[claims[hit.id].doc], names), score=hit.score,
                                  snippet=_fragments(hit))
                  for hit in index.search(words, "claim", CLAIM_HITS) if hit.id in claims]
    doc_hits = [models.DocumentHit(document=_document_summary(docs[hit.id]), score=hit.score, snippet=_fragments(hit))
                for hit in index.search(words, "document", DOCUMENT_HITS) if hit.id in docs]
    return models.SearchResults(query=query, entities=entities, claims=claim_hits, documents=doc_hits)


def board(store: Store) -> models.Board:
    """Contradictions and corroborations, each with both spans and where they come from."""
    docs = {d.id: d for d in store.documents()}
    links = _links(store.links(), {c.id: c for c in store.claims()}, store.figures(), docs, _names(store))
    return models.Board(contradictions=[k for k in links if k.type == "contradicts"],
                        corroborations=[k for k in links if k.type != "contradicts"])


def dossiers(store: Store) -> list[models.Dossier]:
    return [models.Dossier.model_validate(body) for body in store.dossiers()]


def _selected(doc: model.Document, filters: models.DocumentFilter) -> bool:
    """Undated documents fall outside any date range."""
    published = doc.published or ""
    return ((filters.outlet is None or (doc.outlet or UNKNOWN_OUTLET) == filters.outlet)
            and (filters.side is None or (doc.lean.side or BALANCED) == filters.side)
            and (filters.since is None or published >= filters.since.isoformat())
            and (filters.until is None or "" < published <= filters.until.isoformat()))


def _names(store: Store) -> dict[str, str]:
    return {e.id: e.name for e in store.entities()}


def _document_summary(doc: model.Document) -> models.DocumentSummary:
    return models.DocumentSummary(
        id=doc.id, title=doc.title or first_words(doc.text), has_title=bool(doc.title), outlet=doc.outlet,
        published=doc.published, kind=doc.kind, lean_side=doc.lean.side, lean_score=doc.lean.score,
        words=len(doc.text.split()))


def _claim(claim: model.Claim, doc: model.Document, names: dict[str, str]) -> models.Claim:
    return models.Claim(
        id=claim.id, doc=claim.doc, text=claim.text, speaker=claim.speaker,
        speaker_name=names.get(claim.speaker or "") or claim.speaker_text, cue=claim.cue, kind=claim.kind,
        polarity=claim.polarity, date=claim.date, outlet=doc.outlet, published=doc.published)


def _figure(figure: model.Figure) -> models.Figure:
    return models.Figure(id=figure.id, claim=figure.claim, value=figure.value, qualifier=figure.qualifier,
                         category=figure.category, subject=figure.subject, text=figure.text, unit=figure.unit)


def _entity(entity: model.Entity, mentions: int, documents: int, claims: int) -> models.Entity:
    return models.Entity(id=entity.id, name=entity.name, type=entity.type, side=entity.side,
                         affiliation=entity.affiliation, aliases=entity.aliases, mentions=mentions,
                         documents=documents, claims=claims)


def _entity_rows(store: Store) -> list[models.Entity]:
    """Every canonical entity with how often it is named, in how many documents, and how often it speaks."""
    mentions = Counter()
    documents: dict[str, set[str]] = defaultdict(set)
    for m in store.mentions():
        mentions[m.entity] += 1
        documents[m.entity].add(m.doc)
    spoken = Counter(c.speaker for c in store.claims() if c.speaker)
    rows = [_entity(e, mentions[e.id], len(documents[e.id]), spoken[e.id]) for e in store.entities()]
    return sorted(rows, key=lambda r: (-r.mentions, r.name))


def _links(links: list[model.Link], claims: dict[str, model.Claim], figures: list[model.Figure],
           docs: dict[str, model.Document], names: dict[str, str]) -> list[models.Link]:
    items: dict[str, tuple[str, model.Claim | model.Figure]] = {
        **{f.id: ("figure", f) for f in figures}, **{c.id: ("claim", c) for c in claims.values()}}

    def end(item_id: str) -> models.LinkEnd:
        kind, item = items[item_id]
        speaker = names.get(item.speaker or "") or item.speaker_text if isinstance(item, model.Claim) else None
        return models.LinkEnd(id=item.id, kind=kind, doc=item.doc, text=item.text, outlet=docs[item.doc].outlet,
                              speaker_name=speaker)

    return [models.Link(type=k.type, basis=k.basis, explanation=k.explanation, score=k.score,
                        origins=[models.Origin(name=o.name, kind=o.kind) for o in k.origins], a=end(k.a), b=end(k.b))
            for k in links if k.a in items and k.b in items]


def _fragments(hit: Hit) -> list[models.Fragment]:
    return [models.Fragment(text=text, matched=matched) for text, matched in hit.snippet]
