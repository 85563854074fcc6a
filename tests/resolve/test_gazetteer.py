"""Towns get coordinates from the bundled GeoNames data, only inside states the corpus names."""

from __future__ import annotations

from crosscheck.model import Entity, Resolution
from crosscheck.resolve.gazetteer import locate_places


def _located(*entities: Entity) -> dict[str, tuple]:
    resolution = locate_places(Resolution(list(entities), {}))
    return {e.name: (e.latitude, e.longitude) for e in resolution.entities}


def test_a_town_is_placed_in_the_state_the_corpus_names():
    found = _located(Entity("e1", "Azerbaijan", "place"), Entity("e2", "Barda", "place"),
                     Entity("e3", "Gyandzha", "place", aliases=["Ganja"]))
    lat, lon = found["Barda"]
    assert 40.3 < lat < 40.5 and 47.0 < lon < 47.2  # Azerbaijan's Barda, not the Russian village
    assert 40.6 < found["Gyandzha"][0] < 40.8  # found by its other spelling
    assert found["Azerbaijan"] == (None, None)  # states get no point


def test_no_guess_without_a_named_state_and_the_profile_wins():
    assert _located(Entity("e1", "Barda", "place"))["Barda"] == (None, None)
    kept = _located(Entity("e1", "Azerbaijan", "place"), Entity("e2", "Barda", "place", latitude=1.0, longitude=2.0))
    assert kept["Barda"] == (1.0, 2.0)
