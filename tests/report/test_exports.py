"""`crosscheck export --format …`: each standard format read back and checked against the crosscheck/1 JSON export."""

from __future__ import annotations

import csv
import json
import shutil
from dataclasses import asdict, fields

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from crosscheck.cli import app
from crosscheck.compare.lexicon import ACTIONS
from crosscheck.model import Entity, Event
from crosscheck.report.export import ACLED_TYPES, acled_row

TABLES = ("documents", "entities", "mentions", "claims", "figures", "links", "verdicts", "events")
ACLED_HEADER = ["event_date", "event_type", "sub_event_type", "actor1", "actor2", "location", "latitude", "longitude",
                "source", "notes", "fatalities"]
# The columns of the documents-only CSV this export replaces: spreadsheets built on it keep working.
OLD_DOCUMENT_COLUMNS = ["id", "source", "title", "outlet", "author", "dateline", "published", "language", "kind", "url",
                        "crawled", "text", "lean_side", "lean_score", "lean_markers"]
PROFILE = """
sides: {north: Northern coalition, south: Southern republic}
actors:
  - {name: Northland, type: place, side: north}
places:
  - {name: Dorn, names: [Dornau], lat: 45.5, lon: 12.25}
"""
ARTICLES = {
    "one.txt": "Northern forces shelled Dorn on Monday, Ana Petrov said. Northland denied it.",
    "two.txt": "Rockets hit Dornau overnight, Petrov said. Karl Usk, a local official, said two died in Dorn.",
}


def run(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


@pytest.fixture(scope="module")
def exported(demo_store, tmp_path_factory):
    out = tmp_path_factory.mktemp("json") / "export.json"
    assert run("export", "--db", demo_store, "-o", out).exit_code == 0
    return json.loads(out.read_text())


def read_csv(path):
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    return rows[0], rows[1:]


def test_csv_writes_every_table_into_a_new_directory(demo_store, exported, tmp_path):
    out = tmp_path / "tables" / "csv"
    result = run("export", "--db", demo_store, "--format", "csv", "-o", out)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{name}.csv" for name in TABLES)  # no temp files left
    for name in TABLES:
        header, rows = read_csv(out / f"{name}.csv")
        assert len(rows) == len(exported[name]), name
        if name == "documents":
            assert header == OLD_DOCUMENT_COLUMNS
        elif name == "links":
            assert header == [*(k for k in exported["links"][0] if k != "origins"), "origin_names", "origin_kinds"]
        elif name == "events":
            assert header == [f.name for f in fields(Event)]
        else:
            assert header == list(exported[name][0]), name
    assert f"{sum(len(exported[name]) for name in TABLES)} rows" in result.stderr


def test_csv_joins_lists_and_flattens_nested_objects(demo_store, exported, tmp_path):
    assert run("export", "--db", demo_store, "-f", "csv", "-o", tmp_path).exit_code == 0
    header, entities = read_csv(tmp_path / "entities.csv")
    aliases = {row[header.index("name")]: row[header.index("aliases")] for row in entities}
    widest = max(exported["entities"], key=lambda e: len(e["aliases"]))
    assert len(widest["aliases"]) > 1 and aliases[widest["name"]] == "; ".join(widest["aliases"])
    header, links = read_csv(tmp_path / "links.csv")
    link = exported["links"][0]
    row = dict(zip(header, links[0], strict=True))
    assert row["origin_names"] == "; ".join(o["name"] for o in link["origins"])
    assert row["origin_kinds"] == "; ".join(o["kind"] for o in link["origins"])
    header, documents = read_csv(tmp_path / "documents.csv")
    leans = {doc["id"]: doc["lean"] for doc in exported["documents"]}
    for values in documents:
        row = dict(zip(header, values, strict=True))
        assert row["lean_side"] == (leans[row["id"]]["side"] or "")
        assert float(row["lean_score"]) == leans[row["id"]]["score"]


def test_parquet_tables_read_back_typed(demo_store, exported, tmp_path):
    assert run("export", "--db", demo_store, "--format", "parquet", "-o", tmp_path / "pq").exit_code == 0
    tables = {name: pq.read_table(tmp_path / "pq" / f"{name}.parquet") for name in TABLES}
    for name, table in tables.items():
        assert table.num_rows == len(exported[name]), name
    types = {(name, field.name): field.type for name, table in tables.items() for field in table.schema}
    assert types["mentions", "start"] == pa.int64() and types["figures", "value"] == pa.float64()
    assert types["entities", "latitude"] == pa.float64() and types["documents", "lean_score"] == pa.float64()
    strings = pa.list_(pa.string())
    assert types["claims", "entities"] == strings and types["links", "origin_kinds"] == strings
    assert types["events", "fatalities"] == pa.int64() and types["events", "actors"] == strings
    assert tables["claims"].column("id").to_pylist() == [c["id"] for c in exported["claims"]]
    assert tables["claims"].column("entities").to_pylist() == [c["entities"] for c in exported["claims"]]


def test_claimreview_has_published_verdicts_and_our_checks(demo_store, exported, tmp_path):
    db = tmp_path / "demo.db"
    shutil.copy(demo_store, db)  # checking keeps a dossier: leave the shared store as it was
    checked = "Solmari drones struck Hestra"
    assert run("check", checked, "--db", db, "--no-semantic", "--json").exit_code == 0
    out = tmp_path / "claimreview.json"
    assert run("export", "--db", db, "-f", "claimreview", "-o", out).exit_code == 0
    reviews = json.loads(out.read_text())
    assert len(reviews) == len(exported["verdicts"]) + 1
    for review in reviews:
        assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
        assert review["claimReviewed"] and review["reviewRating"]["alternateName"]
        assert review["author"]["@type"] == "Organization" and review["author"]["name"]
    [verdict] = exported["verdicts"]
    published, ours = reviews
    assert published["claimReviewed"] == verdict["claim_text"]
    assert published["reviewRating"]["alternateName"] == verdict["rating"]
    outlet = next(d["outlet"] for d in exported["documents"] if d["id"] == verdict["doc"])
    assert published["author"]["name"] == outlet and outlet != "crosscheck"
    assert published["itemReviewed"]["author"]["name"] == "Aurel Mandric"
    assert ours["claimReviewed"] == checked and ours["author"]["name"] == "crosscheck"


def test_events_csv_has_exactly_the_acled_columns(demo_store, tmp_path):
    out = tmp_path / "events.csv"
    assert run("export", "--db", demo_store, "-f", "events", "-o", out).exit_code == 0
    header, _ = read_csv(out)
    assert header == ACLED_HEADER


def test_events_csv_rows_are_the_exported_events(demo_store, exported, tmp_path):
    assert len(exported["events"]) >= 20
    out = tmp_path / "events.csv"
    assert run("export", "--db", demo_store, "-f", "events", "-o", out).exit_code == 0
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(exported["events"])
    outlets = {d["id"]: d["outlet"] for d in exported["documents"]}
    known_types = {event_type for event_type, _ in ACLED_TYPES.values()} | {"Violence against civilians"}
    for row, event in zip(rows, exported["events"], strict=True):
        assert row["notes"] == event["text"] and row["source"] == (outlets[event["doc"]] or "")
        assert row["event_type"] in known_types and row["sub_event_type"]
        assert row["event_date"] == (event["date"] or "")


PLACES = {
    "e1": asdict(Entity("e1", "Solmari Armed Forces", "organization", side="solmar")),
    "e2": asdict(Entity("e2", "Hestra", "place", latitude=40.1, longitude=45.2)),
}
OUTLETS = {"d1": "Dravia Today"}


def event(text, type="attack", target=None, actors=(), side=None, place=None, fatalities=None):
    return asdict(Event(id="d1:c1:event", doc="d1", date="2024-03-01", type=type, place=place, actors=list(actors),
                        claim="d1:c1", text=text, side=side, target=target, fatalities=fatalities))


def test_acled_row_fills_what_the_event_knows():
    row = acled_row(event("Solmari drones struck the village of Hestra, killing two civilians.", target="civilians",
                          actors=["e1"], side="solmar", place="e2", fatalities=2), PLACES, OUTLETS)
    assert row == {
        "event_date": "2024-03-01", "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
        "actor1": "Solmari Armed Forces", "actor2": "Civilians", "location": "Hestra", "latitude": 40.1,
        "longitude": 45.2, "source": "Dravia Today",
        "notes": "Solmari drones struck the village of Hestra, killing two civilians.", "fatalities": 2,
    }


def test_acled_row_without_named_actor_or_place_uses_the_side_and_leaves_the_rest_empty():
    row = acled_row(event("They opened fire on the border post.", side="solmar", target="military"), PLACES, {})
    assert row["actor1"] == "solmar" and row["actor2"] is None and row["location"] is None
    assert row["latitude"] is None and row["source"] is None and row["fatalities"] is None
    assert (row["event_type"], row["sub_event_type"]) == ("Battles", "Armed clash")


@pytest.mark.parametrize(("type", "text", "target", "coded"), [
    ("attack", "Artillery shelled residential areas of Korvel.", "civilians",
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("attack", "Soldiers attacked villagers in Hestra.", "civilians", ("Violence against civilians", "Attack")),
    ("killing", "Two soldiers died in fighting near Korvel.", "military", ("Battles", "Armed clash")),
    ("weapon use", "They used cluster munitions.", None,
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("attack", "A roadside bomb hit the convoy.", "military",
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("capture", "The army liberated the villages of Hestra and Korvel.", "civilians",
     ("Battles", "Government regains territory")),
    ("capture", "Rebels seized the town.", None, ("Battles", "Armed clash")),
    ("downing", "Air defence shot down a drone over Hestra.", None,
     ("Strategic developments", "Disrupted weapons use")),
    ("agreement", "The sides agreed to a humanitarian truce.", None, ("Strategic developments", "Agreement")),
    ("displacement", "Thousands fled Korvel.", "civilians", ("Strategic developments", "Other")),
])
def test_action_classes_map_to_acled_types(type, text, target, coded):
    row = acled_row(event(text, type=type, target=target), PLACES, OUTLETS)
    assert (row["event_type"], row["sub_event_type"]) == coded


def test_every_action_class_has_an_acled_type():
    assert set(ACTIONS) <= set(ACLED_TYPES)


def test_geojson_points_are_located_places_with_counts(tmp_path):
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text)
    (tmp_path / "conflict.yaml").write_text(PROFILE)
    db = tmp_path / "s.db"
    assert run("analyze", tmp_path / "one.txt", tmp_path / "two.txt", "--db", db, "-q",
               "--profile", tmp_path / "conflict.yaml").exit_code == 0
    assert run("export", "--db", db, "-o", tmp_path / "s.json").exit_code == 0
    exported = json.loads((tmp_path / "s.json").read_text())
    out = tmp_path / "places.geojson"
    assert run("export", "--db", db, "-f", "geojson", "-o", out).exit_code == 0
    collection = json.loads(out.read_text())
    assert collection["type"] == "FeatureCollection"
    [dorn] = collection["features"]  # Northland is a place without coordinates: not on the map
    assert dorn["type"] == "Feature" and dorn["geometry"] == {"type": "Point", "coordinates": [12.25, 45.5]}
    properties = dorn["properties"]
    assert properties["name"] == "Dorn" and "Dornau" in properties["aliases"] and properties["side"] is None
    mentions = [m for m in exported["mentions"] if m["entity"] == properties["id"]]
    assert properties["mentions"] == len(mentions) >= 2 and properties["documents"] == 2


def test_demo_geojson_places_are_in_range(demo_store, exported, tmp_path):
    out = tmp_path / "places.geojson"
    assert run("export", "--db", demo_store, "-f", "geojson", "-o", out).exit_code == 0
    collection = json.loads(out.read_text())
    assert collection["type"] == "FeatureCollection"
    located = {e["id"]: e for e in exported["entities"] if e["type"] == "place" and e["latitude"] is not None}
    assert {f["properties"]["id"] for f in collection["features"]} == set(located) and len(located) == 6
    for feature in collection["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        place = located[feature["properties"]["id"]]
        assert (lon, lat) == (place["longitude"], place["latitude"]) and feature["properties"]["name"] == place["name"]


def test_unknown_format_is_a_usage_error_listing_the_formats(demo_store, tmp_path):
    result = run("export", "--db", demo_store, "-f", "xml", "-o", tmp_path / "x")
    assert result.exit_code == 2
    assert "json, csv, parquet, claimreview, events, geojson" in result.stderr
    assert not (tmp_path / "x").exists()
