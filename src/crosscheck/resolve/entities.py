"""Cross-document entity resolution (see the package docstring for the rules)."""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import replace

from crosscheck.countries import COUNTRY_FORMS
from crosscheck.model import Entity, Resolution
from crosscheck.resolve.gazetteer import locate_places
from crosscheck.resolve.profiles import Profile, apply_profile
from crosscheck.spelling import fold, fold_place, same_name, similar_keys

# Words that may follow a short name in an organization's full name: "Amnesty" = "Amnesty International".
_ORG_TAILS = frozenset({"international", "watch", "group", "organization", "organisation", "foundation",
                        "institute", "agency", "news", "network", "motors", "corporation", "corp", "inc", "ltd",
                        "plc", "holdings", "industries", "company", "airlines", "bank", "energy", "media"})
_SMALL_WORDS = frozenset({"of", "for", "and", "the", "on", "in", "de"})
_ARMED_NOUNS = frozenset({"forces", "force", "militia", "militias", "army", "brigade", "brigades", "fighters",
                          "rebels"})
# Bodies every state has: with no affiliation, "Ministry of Defence" in two articles may be two states'.
_STATE_BODY_WORDS = frozenset({
    "ministry", "minister", "defence", "defense", "foreign", "affairs", "interior", "justice", "health",
    "armed", "forces", "army", "military", "general", "staff", "office", "presidential", "administration",
    "government", "cabinet", "president's", "police", "national", "security", "service", "border", "guard",
    "navy", "air", "force", "emergency", "emergencies", "situations", "state", "committee", "council",
    "parliament", "prosecutor's", "prosecutor", "investigative", "command", "authorities", "authority",
    *_SMALL_WORDS,
})


class _Union:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def resolve_entities(local: list[Entity], profile: Profile | None = None) -> Resolution:
    """Canonical entities for every document's own; a conflict profile, when given, adds what it knows,
    and the gazetteer places the towns the profile leaves without coordinates."""
    resolution = _resolve(local)
    return locate_places(apply_profile(resolution, profile) if profile is not None else resolution)


def _resolve(local: list[Entity]) -> Resolution:
    local = _places_by_consensus(_demonyms_as_names(local))
    union = _Union(len(local))
    named = [i for i, e in enumerate(local) if e.name[:1].isupper()]  # roles ("the spokesman") stay apart
    _join_people(local, named, union)
    _join_groups(local, named, union)
    _join_names(local, named, union)
    _join_short_forms(local, named, union)
    _join_surnames(local, named, union)
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(local)):
        clusters[union.find(i)].append(i)
    entities, canonical = [], {}
    for members in clusters.values():
        entity = _canonical([local[i] for i in members])
        entities.append(entity)
        for i in members:
            canonical[local[i].id] = entity.id
    entities.sort(key=lambda e: (e.type, e.name))
    return Resolution(entities, canonical)


def _demonyms_as_names(local: list[Entity]) -> list[Entity]:
    """"Grodan howitzers" read alone names a weapon "Grodan"; where another page writes "Grodan forces", the
    word is a side's demonym: a group of that side, not a weapon."""
    demonyms = {fold(e.affiliation) for e in local if e.type == "group" and e.affiliation}
    return [replace(e, type="group", affiliation=e.name)
            if e.type == "weapon" and " " not in e.name and fold(e.name) in demonyms else e for e in local]


def _places_by_consensus(local: list[Entity]) -> list[Entity]:
    """A name one page puts somewhere ("on Harnet Rock") is a place where another page, with no title or role
    to go on, guessed a person."""
    places = {fold_place(e.name) for e in local if e.type == "place"}
    return [replace(e, type="place") if e.type == "person" and not e.roles and fold_place(e.name) in places else e
            for e in local]


def _is_full_person(e: Entity) -> bool:
    return e.type == "person" and len(e.name.split()) >= 2


def _join_people(local: list[Entity], named: list[int], union: _Union) -> None:
    """Full names: first and last names agree, spelling variants allowed. Arayik != Jalal Harutyunyan."""
    by_surname: dict[str, dict[str, int]] = defaultdict(dict)  # surname key -> first-name key -> an entity
    for i in named:
        if _is_full_person(local[i]):
            words = local[i].name.split()
            firsts = by_surname[fold(words[-1])]
            first = fold(words[0])
            if first in firsts:
                union.join(firsts[first], i)
            else:
                firsts[first] = i
    variants = similar_keys(set(by_surname))
    for surname, firsts in by_surname.items():
        for other in [surname, *variants.get(surname, [])]:
            for first_a, i in firsts.items():
                for first_b, j in by_surname[other].items():
                    if i != j and same_name(first_a, first_b):
                        union.join(i, j)


def _join_groups(local: list[Entity], named: list[int], union: _Union) -> None:
    """"Azeri officials" = "Azerbaijani officials": same affiliation, same kind of body. "Rapid Support
    militia" = "Rapid Support Forces": an armed body renamed by its enemies keeps its own name before the noun."""
    seen: dict[tuple[str, str], int] = {}
    armed: dict[str, int] = {}
    for i in named:
        e = local[i]
        if e.type == "group" and e.affiliation and e.roles:
            key = (fold_place(e.affiliation), e.roles[0])
            if key in seen:
                union.join(seen[key], i)
            else:
                seen[key] = i
        words = e.name.split()
        if e.type in ("organization", "group") and len(words) >= 3 and words[-1].lower() in _ARMED_NOUNS \
                and words[0][:1].isupper() and words[0].lower() not in COUNTRY_FORMS:
            key = fold(" ".join(words[:-1]))
            if key in armed:
                union.join(armed[key], i)
            else:
                armed[key] = i


def _compatible(a: Entity, b: Entity) -> bool:
    if "person" in (a.type, b.type) or "group" in (a.type, b.type):
        return False
    if a.type != b.type and "other" not in (a.type, b.type) and {a.type, b.type} != {"place", "organization"}:
        return False
    if a.type == "organization" and b.type == "organization":
        if a.affiliation != b.affiliation:
            return False
        return bool(a.affiliation) or _document(a) == _document(b) or not (_state_body(a) or _state_body(b))
    return True


def _state_body(e: Entity) -> bool:
    return all(w in _STATE_BODY_WORDS for w in e.name.lower().split())


def _document(e: Entity) -> str:
    return e.id.rsplit(":", 1)[0]


def _join_names(local: list[Entity], named: list[int], union: _Union) -> None:
    """Places, organizations, weapons: the same folded spelling, or one edit apart (Stepanakert/Stepanakerdt)."""
    holders: dict[str, list[int]] = defaultdict(list)
    for i in named:
        e = local[i]
        if e.type not in ("person", "group"):
            for key in {fold_place(form) for form in (e.name, *e.aliases)} - {""}:
                holders[key].append(i)
    variants = similar_keys(set(holders))
    for key, members in holders.items():
        others = [j for variant in variants.get(key, []) for j in holders[variant]]
        for i in members:
            for j in [*members, *others]:
                if union.find(i) != union.find(j) and _compatible(local[i], local[j]):
                    union.join(i, j)


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.replace("-", " ").split() if w.lower() not in _SMALL_WORDS).upper()


def _join_short_forms(local: list[Entity], named: list[int], union: _Union) -> None:
    """HRW = Human Rights Watch (initials); Amnesty = Amnesty International; Karabakh = Nagorno-Karabakh."""
    singles = [i for i in named if len(local[i].name.split()) == 1 and local[i].type not in ("person", "group")]
    by_initials: dict[str, list[int]] = defaultdict(list)
    by_first: dict[str, list[int]] = defaultdict(list)
    by_last_part: dict[str, list[int]] = defaultdict(list)
    standalone = {fold_place(local[i].name) for i in singles}
    for i in named:
        e = local[i]
        words = e.name.split()
        if (e.type in ("organization", "other") and len(words) >= 2) or (e.type == "person" and len(words) >= 3):
            by_initials[_initials(e.name)].append(i)
            if words[-1].lower() in _ORG_TAILS:
                by_first[fold(words[0])].append(i)
        if e.type in ("place", "other") and len(words) == 1 and "-" in e.name:
            head, _, tail = e.name.rpartition("-")
            if fold_place(head) not in standalone:  # Guinea-Bissau is not Bissau's Guinea
                by_last_part[fold_place(tail)].append(i)
    # "the Resistance Committees" = "Psilorema Resistance Committees", when only one body's name ends so
    by_tail: dict[str, set[int]] = defaultdict(set)
    for i in named:
        words = local[i].name.split()
        if local[i].type == "organization" and len(words) >= 3 and not _state_body(local[i]):
            for start in range(1, len(words) - 1):
                by_tail[fold(" ".join(words[start:]))].add(union.find(i))
    for i in named:
        e = local[i]
        owners = by_tail.get(fold(e.name), set()) if e.type == "organization" and len(e.name.split()) >= 2 else set()
        if len(owners) == 1 and not _state_body(e):
            union.join(i, owners.pop())
    for i in singles:
        e = local[i]
        if e.name.isupper() and 2 <= len(e.name) <= 6:
            for j in by_initials.get(e.name.replace(".", ""), []):
                union.join(i, j)
        if e.type in ("organization", "other"):
            owners = {union.find(j) for j in by_first.get(fold(e.name), [])}
            if len(owners) == 1:
                union.join(i, owners.pop())
        if e.type in ("place", "other") and "-" not in e.name:
            for j in by_last_part.get(fold_place(e.name), []):
                union.join(i, j)


def _join_surnames(local: list[Entity], named: list[int], union: _Union) -> None:
    """A document that only says "Pashinyan" means the Pashinyan the corpus names in full
    (the most mentioned one when several share the surname)."""
    weight = Counter(union.find(i) for i in named)
    full: dict[str, list[int]] = defaultdict(list)  # surname key -> full names carrying it
    for i in named:
        if _is_full_person(local[i]):
            full[fold(local[i].name.split()[-1])].append(i)
    has_full_name = {union.find(i) for i in named if _is_full_person(local[i])}
    singles = [i for i in named if len(local[i].name.split()) == 1 and local[i].type in ("person", "other")
               and union.find(i) not in has_full_name]
    variants = similar_keys(set(full) | {fold(local[i].name) for i in singles})
    for i in singles:
        key = fold(local[i].name)
        owners = {union.find(j) for variant in (key, *variants.get(key, [])) for j in full.get(variant, [])}
        if owners:
            union.join(i, max(owners, key=lambda r: weight[r]))


def _canonical(members: list[Entity]) -> Entity:
    kinds = Counter(e.type for e in members if e.type != "other")
    kind = kinds.most_common(1)[0][0] if kinds else "other"
    names = Counter(form for e in members for form in {e.name, *e.aliases})  # the spelling most documents use
    if kind == "person":
        full = Counter({n: c for n, c in names.items() if len(n.split()) >= 2})
        names = full or names
        name = max(names, key=lambda n: (names[n], -len(n)))
    else:
        name = max(names, key=lambda n: (names[n], len(n)))
    aliases = sorted({a for e in members for a in (e.name, *e.aliases)} - {name})
    ident = "e" + hashlib.sha1(min(e.id for e in members).encode()).hexdigest()[:12]
    return Entity(
        id=ident, name=name, type=kind, aliases=aliases,
        roles=sorted({r for e in members for r in e.roles}),
        affiliation=Counter(e.affiliation for e in members if e.affiliation).most_common(1)[0][0]
        if any(e.affiliation for e in members) else None,
    )
