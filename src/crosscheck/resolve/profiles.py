"""Conflict profiles: what a user knows about a conflict, in YAML, added on top of resolution.

A profile names the sides, the actors (with aliases and the side they belong to), the places
(with their other names and coordinates) and side-specific vocabulary. Resolution never needs one:
names merge from the text alone. A profile adds sides and coordinates, and joins names no
spelling rule can (Lachin/Berdzor, Stepanakert/Khankendi).

    sides: {armenia: "Armenia and Nagorno-Karabakh authorities", azerbaijan: "Azerbaijan"}
    actors:
      - {name: Ilham Aliyev, side: azerbaijan, type: person}
      - {name: Azerbaijan, side: azerbaijan, type: place, aliases: [Azeri, Azerbaijani, Baku]}
    places:
      - {name: Shusha, names: [Shushi], lat: 39.76, lon: 46.75}
    vocabulary: {armenia: [Artsakh], azerbaijan: [liberated, occupied territories]}
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path

import yaml

from crosscheck.errors import InputError
from crosscheck.model import Entity, Resolution
from crosscheck.spelling import fold_place, same_name

SHIPPED = "crosscheck.profiles"
ENTITY_TYPES = ("person", "place", "organization", "group", "weapon", "other")


@dataclass
class ProfileEntry:
    name: str
    names: list[str]  # every form, the name first
    type: str | None = None
    side: str | None = None
    latitude: float | None = None
    longitude: float | None = None


@dataclass
class Profile:
    name: str
    sides: dict[str, str] = field(default_factory=dict)  # side id -> description
    entries: list[ProfileEntry] = field(default_factory=list)
    vocabulary: dict[str, list[str]] = field(default_factory=dict)  # side id -> loaded words (for lean)


def shipped_profiles() -> list[str]:
    return sorted(p.name.removesuffix(".yaml") for p in resources.files(SHIPPED).iterdir()
                  if p.name.endswith(".yaml"))


def read_profile_text(spec: str) -> tuple[str, str]:
    """(label, YAML text) of a profile given as a path or as the name of a shipped one."""
    path = Path(spec)
    if path.is_file():
        try:
            return path.name, path.read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(f"cannot read profile {spec}: {exc.strerror or exc}") from exc
    if spec in shipped_profiles():
        return spec, resources.files(SHIPPED).joinpath(f"{spec}.yaml").read_text(encoding="utf-8")
    raise InputError(f"no profile {spec!r}: give a YAML file or one of {', '.join(shipped_profiles())}")


def parse_profile(label: str, text: str) -> Profile:
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise InputError(f"profile {label} is not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise InputError(f"profile {label} must be a mapping with sides, actors, places, vocabulary")
    sides = data.get("sides") or {}
    if not isinstance(sides, dict):
        raise InputError(f"profile {label}: 'sides' must map a side id to its description")
    profile = Profile(label, {str(k): str(v) for k, v in sides.items()})
    for section in ("actors", "places"):
        items = data.get(section) or []
        if not isinstance(items, list):
            raise InputError(f"profile {label}: '{section}' must be a list")
        for number, item in enumerate(items, start=1):
            profile.entries.append(_entry(label, section, number, item, profile.sides))
    vocabulary = data.get("vocabulary") or {}
    if not isinstance(vocabulary, dict) or any(side not in profile.sides for side in vocabulary):
        raise InputError(f"profile {label}: 'vocabulary' must map declared sides to word lists")
    profile.vocabulary = {str(side): [str(w) for w in words or []] for side, words in vocabulary.items()}
    return profile


def _entry(label: str, section: str, number: int, item, sides: dict) -> ProfileEntry:
    where = f"profile {label}: {section} entry {number}"
    if not isinstance(item, dict) or not item.get("name"):
        raise InputError(f"{where} needs a name")
    side = item.get("side")
    if side is not None and str(side) not in sides:
        raise InputError(f"{where} ({item['name']}): side {side!r} is not one of the declared sides {sorted(sides)}")
    kind = item.get("type") or ("place" if section == "places" else None)
    if kind is not None and kind not in ENTITY_TYPES:
        raise InputError(f"{where} ({item['name']}): type must be one of {', '.join(ENTITY_TYPES)}")
    names = [str(item["name"]), *(str(n) for n in item.get("aliases", []) or []),
             *(str(n) for n in item.get("names", []) or [])]
    try:
        lat = float(item["lat"]) if item.get("lat") is not None else None
        lon = float(item["lon"]) if item.get("lon") is not None else None
    except (TypeError, ValueError) as exc:
        raise InputError(f"{where} ({item['name']}): lat and lon must be numbers") from exc
    return ProfileEntry(str(item["name"]), names, kind, str(side) if side is not None else None, lat, lon)


def apply_profile(resolution: Resolution, profile: Profile) -> Resolution:
    """Entities the profile names take its side, type and coordinates; entities matching one entry merge."""
    matched: dict[int, list[Entity]] = {}
    rest: list[Entity] = []
    for entity in resolution.entities:
        index = _match(entity, profile)
        if index is None:
            rest.append(entity)
        else:
            matched.setdefault(index, []).append(entity)
    sides = {fold_place(n): e.side for e in profile.entries if e.side for n in e.names}
    rest = [replace(e, side=sides.get(fold_place(e.affiliation))) if e.affiliation and not e.side else e
            for e in rest]  # "Azeri forces" belong to Azerbaijan's side
    canonical = dict(resolution.canonical)
    merged = []
    for index, members in matched.items():
        entry = profile.entries[index]
        keep = max(members, key=lambda e: len(e.aliases))
        aliases = sorted({a for e in members for a in (e.name, *e.aliases)} - {entry.name})
        merged.append(replace(keep, name=entry.name, aliases=aliases, side=entry.side or keep.side,
                              type=entry.type or keep.type, latitude=entry.latitude, longitude=entry.longitude))
        gone = {e.id for e in members} - {keep.id}
        for local, target in canonical.items():
            if target in gone:
                canonical[local] = keep.id
    return Resolution(sorted([*rest, *merged], key=lambda e: (e.type, e.name)), canonical)


def _match(entity: Entity, profile: Profile) -> int | None:
    forms = {fold_place(f) for f in (entity.name, *entity.aliases)}
    for index, entry in enumerate(profile.entries):
        if entry.type and entity.type not in (entry.type, "other") and not (
                {entity.type, entry.type} <= {"place", "organization"}):
            continue
        keys = {fold_place(n) for n in entry.names}
        if forms & keys or (entity.type == "person" and any(same_name(f, k) for f in forms for k in keys)):
            return index
    return None
