"""The ``crosscheck/1`` JSON export (contract: shared/eval/README.md) and the standard formats made from it:
schema.org ClaimReview, an ACLED-style events table and GeoJSON of located places. The per-table CSV and
Parquet exports are in ``tables``."""

from __future__ import annotations

import csv
import io
import json
import re
from collections import defaultdict
from dataclasses import asdict
from pathlib import Path

from crosscheck.model import Document
from crosscheck.store import Store
from crosscheck.verify.published import corpus_verdicts

SCHEMA = "crosscheck/1"
DOCUMENT_FIELDS = (
    "id", "source", "title", "outlet", "author", "dateline", "published", "language", "kind", "url", "crawled", "text",
)
VERDICT_FIELDS = ("doc", "claim", "claim_text", "claimant", "claimant_text", "rating")

ACLED_COLUMNS = ("event_date", "event_type", "sub_event_type", "actor1", "actor2", "location", "latitude", "longitude",
                 "source", "notes", "fatalities")
BATTLE = ("Battles", "Armed clash")
REMOTE = "Explosions/Remote violence"
# Our action classes (compare.lexicon.ACTIONS) as ACLED (event_type, sub_event_type).
ACLED_TYPES = {
    "attack": BATTLE,
    "ceasefire violation": BATTLE,
    "killing": BATTLE,
    "injuring": BATTLE,
    "weapon use": (REMOTE, "Shelling/artillery/missile attack"),
    "capture": BATTLE,
    "downing": ("Strategic developments", "Disrupted weapons use"),
    "displacement": ("Strategic developments", "Other"),
    "detention": ("Violence against civilians", "Abduction/forced disappearance"),
    "agreement": ("Strategic developments", "Agreement"),
    "recruitment": ("Strategic developments", "Other"),  # ACLED has no type for forced recruitment
    "obstruction": ("Strategic developments", "Other"),
    "abuse": ("Violence against civilians", "Attack"),  # ACLED files torture of detainees as an attack on civilians
}
UNKNOWN_ACTION = ("Strategic developments", "Other")
# The weapon a violent event's text names decides ACLED's sub-event type, first match wins.
REMOTE_WEAPONS = (
    (re.compile(r"\b(?:drones?|uavs?|air ?strikes?|air raids?|warplanes?|aircraft|jets?|helicopters?|bombers?)\b",
                re.I), "Air/drone strike"),
    (re.compile(r"\b(?:shell(?:s|ed|ing)?|artillery|missiles?|rockets?|mortars?|howitzers?|bombard\w*|"
                r"cluster (?:munitions?|bombs?))\b", re.I), "Shelling/artillery/missile attack"),
    (re.compile(r"\b(?:land ?mines?|mines|ieds?|improvised explosive|roadside bombs?)\b", re.I),
     "Remote explosive/landmine/IED"),
)
RETAKEN = re.compile(r"\b(?:recaptur\w*|regain\w*|retook|retaken|liberat\w*)\b", re.I)


def document_record(doc: Document) -> dict:
    record = {name: getattr(doc, name) for name in DOCUMENT_FIELDS}
    record["lean"] = asdict(doc.lean)
    return record


def build_export(store: Store) -> dict:
    documents, claims, entities = list(store.documents()), store.claims(), store.entities()
    export: dict = {"schema": SCHEMA, "documents": [document_record(d) for d in documents]}
    export["entities"] = [asdict(e) for e in entities]
    export["mentions"] = [asdict(m) for m in store.mentions()]
    export["claims"] = [asdict(c) for c in claims]
    export["figures"] = [asdict(f) for f in store.figures()]
    export["links"] = [asdict(k) for k in store.links()]
    export["verdicts"] = [{name: getattr(v, name) for name in VERDICT_FIELDS}
                          for v in corpus_verdicts(documents, claims, {e.id: e for e in entities})]
    export["events"] = [asdict(e) for e in store.events()]
    return export


def write_json(store: Store, out: Path) -> int:
    export = build_export(store)
    write_atomically(out, json.dumps(export, ensure_ascii=False, indent=1))
    return len(export["documents"])


def write_claimreview(store: Store, out: Path) -> int:
    """Every verdict the store holds as schema.org ClaimReview JSON-LD, for fact-check aggregators: the
    ratings published fact-checks in the corpus give, then our own checks (stored dossiers)."""
    export = build_export(store)
    documents, entities = _by_id(export["documents"]), _by_id(export["entities"])
    reviews = [published_review(v, documents, entities) for v in export["verdicts"]]
    reviews += [dossier["claimreview"] for dossier in store.dossiers()]
    write_atomically(out, json.dumps(reviews, ensure_ascii=False, indent=1))
    return len(reviews)


def published_review(verdict: dict, documents: dict[str, dict], entities: dict[str, dict]) -> dict:
    """ClaimReview of a rating a fact-check in the corpus published. Not ``verify.verdict.claim_review``:
    that one rates on our scale and names crosscheck as the reviewer; here the outlet reviews, in its words."""
    document, claimant = documents[verdict["doc"]], entities.get(verdict["claimant"])
    claimant_name = claimant["name"] if claimant else verdict["claimant_text"]
    claimant_kind = "Organization" if claimant and claimant["type"] in ("organization", "group") else "Person"
    review = {
        "@context": "https://schema.org", "@type": "ClaimReview", "claimReviewed": verdict["claim_text"],
        "itemReviewed": {"@type": "Claim",
                         **({"author": {"@type": claimant_kind, "name": claimant_name}} if claimant_name else {})},
        "reviewRating": {"@type": "Rating", "alternateName": verdict["rating"]},
        "author": {"@type": "Organization", "name": document["outlet"]} if document["outlet"] else None,
        "datePublished": document["published"], "url": document["url"],
    }
    return {key: value for key, value in review.items() if value is not None}


def write_events(store: Store, out: Path) -> int:
    """The events as an ACLED-style table, to set beside ACLED's own data or load with tools made for it."""
    export = build_export(store)
    entities = _by_id(export["entities"])
    outlets = {d["id"]: d["outlet"] for d in export["documents"]}
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, ACLED_COLUMNS)
    writer.writeheader()
    writer.writerows(acled_row(event, entities, outlets) for event in export["events"])
    write_atomically(out, buffer.getvalue())
    return len(export["events"])


def acled_row(event: dict, entities: dict[str, dict], outlets: dict[str, str | None]) -> dict:
    """One event (``model.Event`` as a dict) in ACLED's columns; what we do not know stays empty."""
    event_type, sub_event_type = acled_type(event)
    place = entities.get(event["place"]) or {}
    actors = [entities[a]["name"] for a in event["actors"] if a in entities]
    return {
        "event_date": event["date"], "event_type": event_type, "sub_event_type": sub_event_type,
        "actor1": "; ".join(actors) or event["side"], "actor2": "Civilians" if event["target"] == "civilians" else None,
        "location": place.get("name"), "latitude": place.get("latitude"), "longitude": place.get("longitude"),
        "source": outlets.get(event["doc"]), "notes": event["text"], "fatalities": event["fatalities"],
    }


def acled_type(event: dict) -> tuple[str, str]:
    """ACLED's (event_type, sub_event_type). As in ACLED, shelling or a drone strike stays remote violence
    whoever it hits (actor2 says civilians); other violence aimed at civilians is violence against civilians."""
    coded = ACLED_TYPES.get(event["type"], UNKNOWN_ACTION)
    if event["type"] == "capture":  # "liberated the villages" takes ground; it is no attack on civilians
        return ("Battles", "Government regains territory") if RETAKEN.search(event["text"]) else coded
    if coded[0] not in (BATTLE[0], REMOTE):
        return coded
    weapon = next((sub for pattern, sub in REMOTE_WEAPONS if pattern.search(event["text"])), None)
    if weapon:
        return REMOTE, weapon
    if event["target"] == "civilians":
        return "Violence against civilians", "Attack"
    return coded


def write_geojson(store: Store, out: Path) -> int:
    """Places that carry coordinates as a GeoJSON FeatureCollection, for any map tool."""
    export = build_export(store)
    mentions, documents = defaultdict(int), defaultdict(set)
    for mention in export["mentions"]:
        mentions[mention["entity"]] += 1
        documents[mention["entity"]].add(mention["doc"])
    features = [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [e["longitude"], e["latitude"]]},
         "properties": {"id": e["id"], "name": e["name"], "aliases": e["aliases"], "side": e["side"],
                        "mentions": mentions[e["id"]], "documents": len(documents[e["id"]])}}
        for e in export["entities"]
        if e["type"] == "place" and e["latitude"] is not None and e["longitude"] is not None]
    write_atomically(out, json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=1))
    return len(features)


def _by_id(records: list[dict]) -> dict[str, dict]:
    return {r["id"]: r for r in records}


def write_directory(out: Path, files: dict[str, str | bytes]) -> None:
    """Files made in full before any is written, each written atomically: no table is ever half there."""
    out.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        write_atomically(out / name, content)


def write_atomically(out: Path, content: str | bytes) -> None:
    """A crash mid-write never leaves a truncated export where a good one was."""
    tmp = out.with_name(out.name + ".tmp")
    if isinstance(content, bytes):
        tmp.write_bytes(content)
    else:
        tmp.write_text(content, encoding="utf-8", newline="")
    tmp.replace(out)
