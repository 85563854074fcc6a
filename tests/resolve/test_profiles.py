"""Conflict profiles: validated on load, kept with the store, adding sides, coordinates and alternate names."""

from __future__ import annotations

import json

import pytest

from crosscheck.errors import InputError
from crosscheck.resolve import parse_profile, read_profile_text, shipped_profiles

PROFILE = """
sides: {north: Northern coalition, south: Southern republic}
actors:
  - {name: Ana Petrov, type: person, side: north}
  - {name: Northland, type: place, side: north, aliases: [Northern]}
places:
  - {name: Dorn, names: [Dornau], lat: 45.5, lon: 12.25}
vocabulary: {north: [liberated], south: [occupied]}
"""
ARTICLES = {
    "one.txt": "Northern forces shelled Dorn on Monday, Ana Petrov said. The market was hit.",
    "two.txt": "Rockets hit Dornau overnight, Petrov said. Karl Usk, a local official, said two died.",
}


def test_the_shipped_profile_loads():
    assert "karabakh-2020" in shipped_profiles()
    profile = parse_profile(*read_profile_text("karabakh-2020"))
    assert set(profile.sides) == {"armenia", "azerbaijan"}
    assert any("Berdzor" in e.names for e in profile.entries)


@pytest.mark.parametrize(("text", "message"), [
    ("sides: [a, b]", "'sides' must map"),
    ("sides: {a: A}\nactors: [{name: X, side: b}]", "side 'b' is not one of the declared sides"),
    ("sides: {a: A}\nplaces: [{name: X, lat: north}]", "lat and lon must be numbers"),
    ("sides: {a: A}\nactors: [{side: a}]", "needs a name"),
    ("sides: {a: A}\nactors: [{name: X, type: tank}]", "type must be one of"),
    ("sides: {a: A}\nvocabulary: {b: [x]}", "'vocabulary' must map declared sides"),
    ("sides: {a: A\n", "not valid YAML"),
])
def test_bad_profiles_are_refused_with_the_reason(text, message):
    with pytest.raises(InputError, match=message):
        parse_profile("test.yaml", text)


def test_profile_adds_sides_coordinates_and_joins_alternate_names(cli, tmp_path):
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text)
    (tmp_path / "conflict.yaml").write_text(PROFILE)
    db, out = tmp_path / "s.db", tmp_path / "s.json"
    assert cli("analyze", tmp_path / "one.txt", tmp_path / "two.txt", "--db", db, "-q",
               "--profile", tmp_path / "conflict.yaml").exit_code == 0
    assert cli("export", "--db", db, "-o", out).exit_code == 0
    entities = {e["name"]: e for e in json.loads(out.read_text())["entities"]}
    assert entities["Dorn"]["latitude"] == 45.5 and "Dornau" in entities["Dorn"]["aliases"]
    assert entities["Ana Petrov"]["side"] == "north"
    # The profile stays with the store: a later run without --profile still applies it.
    (tmp_path / "three.txt").write_text("Ana Petrov said Dorn was quiet.")
    assert cli("analyze", tmp_path / "three.txt", "--db", db, "-q").exit_code == 0
    assert cli("export", "--db", db, "-o", out).exit_code == 0
    entities = {e["name"]: e for e in json.loads(out.read_text())["entities"]}
    assert entities["Dorn"]["latitude"] == 45.5
    # "none" drops it.
    assert cli("analyze", tmp_path / "three.txt", "--db", db, "-q", "--profile", "none").exit_code == 0
    assert cli("export", "--db", db, "-o", out).exit_code == 0
    assert all(e["latitude"] is None for e in json.loads(out.read_text())["entities"])


def test_a_missing_profile_is_a_usage_error(cli, tmp_path):
    (tmp_path / "one.txt").write_text(ARTICLES["one.txt"])
    result = cli("analyze", tmp_path / "one.txt", "--db", tmp_path / "s.db", "--profile", "atlantis-1999")
    assert result.exit_code == 2 and "no profile 'atlantis-1999'" in result.stderr
