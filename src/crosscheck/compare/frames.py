"""Claims and figures as comparable frames: who did what to whom, where, when, affirmed or denied.

Frames are what the link rules compare; embeddings only help find and rank candidates. Built from
the data model alone (claims, figures, canonical entities and their mentions), with patterns over
the claim's words: no parser, so any language data module could stand in for ``lexicon``.
"""

from __future__ import annotations

import bisect
import calendar
import functools
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from crosscheck.compare import lexicon as lx
from crosscheck.countries import COUNTRY_FORMS, COUNTRY_NAMES, DEMONYM_SUFFIXES
from crosscheck.model import Claim, Document, Entity, Figure, Mention
from crosscheck.paragraphs import section_heading
from crosscheck.spelling import fold

NARRATIVE_REACH = 600  # characters back to the last dated claim whose date an undated claim takes
ACTOR_REACH = 40  # characters between a side's name and the action it did ("Azeri forces heavily shelled")
OBJECT_REACH = 50  # characters after "shot down" to the side of what was brought down
SELF = "@self"  # an actor named in the first person, resolved once the voice's side is known
ENEMY = "@enemy"  # "the occupiers", "the junta": the voice's opponent, resolved with SELF
STATE = "@state"  # "security forces", "the army": the state among the two sides a document is about
INSURGENTS = "@insurgents"  # "the separatists", "rebel fighters": the armed group among them
PLACEHOLDERS = (SELF, ENEMY, STATE, INSURGENTS)
# Kinds of act whose "target" words say nothing of whom they harm: "called up into the army", "aid for civilians".
UNTARGETED = frozenset({"recruitment", "obstruction"})
# An event named as the time of another is background: "have fled since the Dravian offensive began".
_BACKGROUND = re.compile(r"\b(?:since|amid|during|following)\b(?:\s+[\w'’-]+){0,3}\s+$")
_LAID_BY = re.compile(r"\b(?:planted|placed|left|laid|stored|hidden|set|brought)\s+(?:[\w-]+\s+){0,3}?by\s+")
_CLAUSE_BREAK = re.compile(r"[,;]| (?:as|when|while|after|before|and|but) ")
# Groups whose home is no party: "Dorovets residents", "Weapons experts".
# "some 40 km south of Bhuwanpur", "rockets fired from beyond the Kolosh": a place named to locate another
# or where fire came from, not where anything happened
_REFERENCE_POINT = re.compile(r"(?:\b(?:(?:km|kilometres?|kilometers?|miles?)\s+(?:\w+\s+)?)?"
                              r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of|\bbeyond|"
                              r"\b(?:fired|launched)\s+from)\s+(?:the\s+)?$", re.I)
_OUTLET_TRADE = re.compile(r"(?:\s+(?:news|agency|press|media|network|daily|times|post|tv|radio|service|wire))+$")
_NEGATION = re.compile(r"\b(?:no|not|nor|rather than|instead of)\b")  # "caused by shelling, not by a fault"
_ASKED = re.compile(r"\b(?:whether|if)\b(?:\W+\w+){0,6}\W*$")  # "asking whether his friends are alive"
_BYSTANDER_GROUPS = frozenset({"population", "experts", "journalists", "sources", "media"})


@dataclass
class Frame:
    item: str  # claim or figure id
    doc: str
    start: int
    end: int
    text: str
    speaker: str | None  # canonical entity; None is the outlet's own voice
    speaker_side: str | None
    kind: str  # direct, indirect or assertion
    polarity: str  # affirm, deny, or uncommitted ("no information")
    action: str | None = None  # an ACTIONS class
    family: str | None = None
    actor_side: str | None = None  # who did it, as a side (SELF: the speaker's own side, "our forces")
    object_side: str | None = None  # whose aircraft was brought down (downing only)
    target: str | None = None  # civilians or military
    sites: frozenset[str] = frozenset()  # folded place names (facilities stripped)
    people: frozenset[str] = frozenset()  # person entities the claim is about (its speaker is not)
    weapons: frozenset[str] = frozenset()  # weapon entities and distinct weapon kinds
    date: str | None = None
    dated: bool = True  # False when ``date`` is only the day the page was published
    voice_side: str | None = None  # the speaker's side, or for the outlet's own voice the outlet's lean
    # figures only
    category: str | None = None
    value: float | None = None
    qualifier: str | None = None
    unit: str | None = None
    subject: str | None = None
    cumulative: bool = False
    standing: bool = False  # a count of what still stands when told: "thirteen men in custody", "are being held"
    part: bool = False  # some of a whole counted elsewhere: "Among the dead are two schoolgirls", "six of them"
    claim: str | None = None  # a figure's claim


@dataclass
class Corpus:
    """What the compare stage reads, indexed for it."""

    documents: dict[str, Document]
    entities: dict[str, Entity]
    claims: list[Claim]
    figures: list[Figure]
    mentions: list[Mention]
    profile_sides: frozenset[str] = frozenset()
    vocabulary: dict[str, list[str]] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)  # places that stand for a side's government

    def __post_init__(self) -> None:
        # A country's side: the profile's side for that state when it gives one, else the country itself.
        self.country_side: dict[str, str] = {}
        for e in self.entities.values():
            if e.side and e.name.lower() in COUNTRY_NAMES:
                self.country_side[e.name.lower()] = e.side
        # States the world list lacks are learned: place names, and demonyms ("Velmoran") from affiliations.
        # (one-word names of any type: a lone "Kastria" may have been guessed a person)
        # (aliases too: "Vostrana" may have merged into "Vostranan" by spelling)
        self.places = {name.lower() for e in self.entities.values() if e.type not in ("weapon", "group")
                       for name in (e.name, *e.aliases) if " " not in name and len(name) >= 4 and name[:1].isupper()}
        # "the Republic of Temirkhan", in a page's text or its title, is a state whatever else names it
        pages = [text for d in self.documents.values() for text in (d.title or "", d.masthead or "", d.text)]
        self.declared_states = {m.lower() for text in pages for m in STATE_DECLARATION.findall(text)}
        self.declared_states |= {state.lower() for d in self.documents.values() if (state := dateline_state(d))}
        self.places |= self.declared_states
        self._vowel_stems: dict[str, list[str]] = defaultdict(list)  # "casmer": Casmere (and Casmeri, if a place)
        for place in sorted(self.places):
            if place[-1] in "aeiouy":
                self._vowel_stems[place[:-1]].append(place)
        # words pages write before a body's noun ("Vask officials"): demonyms, whatever else a page took them for
        self._demonyms = {e.affiliation.lower() for e in self.entities.values() if e.type == "group" and e.affiliation}
        self._by_prefix: dict[str, list[str]] = defaultdict(list)  # places by their first three letters
        for place in sorted(self.places):
            self._by_prefix[place[:3]].append(place)
        self._side_keys: dict[str, str] = {}
        self._group_words: dict[str, str] = {}
        self._entity_sides: dict[str | None, str | None] = {}
        # a group's affiliation is a side when it names a state, a place or a body ("Staff sources" name none)
        bodies = {e.name.lower() for e in self.entities.values() if e.type in ("organization", "group")}
        self.side_words = {key for e in self.entities.values()
                           if e.affiliation and not (e.type == "group" and set(e.roles) & _BYSTANDER_GROUPS)
                           and e.name.split()[-1].lower() not in lx.FACILITY_WORDS  # "Zavrinsk's Maternity Hospital"
                           and ((key := self.side_key(e.affiliation)) in self.places | bodies | COUNTRY_NAMES
                                or key != re.sub(r"['’]s$", "", e.affiliation).lower())}
        self.side_words |= set(self.country_side.values()) | {c.lower() for c in COUNTRY_FORMS.values()}
        # a place the corpus also names by its demonym ("Ilmaran howitzers" beside "Ilmara", "the Dhamsari Army"
        # beside "Dhamsar") is a state
        self.side_words |= {key for e in self.entities.values() if e.type != "weapon"
                            and (key := self.side_key(e.name.split()[0])) in self.places
                            and len(key) < len(e.name.split()[0])}
        # Non-state parties, each under one name. "Keshtavan Defence Army", "Kachin Independence Army (KIA)":
        # the place a party is named after (three words or an acronym, so no "Tamu Front") stands for it;
        # "Sumud Movement", "Sumud forces" and "Sumudi militia" are one movement. A name's distinctive word is
        # its first, unless the corpus writes it in lower case too ("Free", "Democratic"); the party goes by
        # its acronym when it has one. "Colombian army" is Colombia's.
        common = {w for doc in self.documents.values() for w in re.findall(r"\b[a-z][a-z-]+\b", doc.text)}
        armed = sorted((e for e in self.entities.values() if _armed_group_side(e)), key=lambda e: not _acronym(e))
        for e in armed:
            words = (_armed_name(e) or e.name).split()
            first = self.side_key(words[0])
            if first in self.side_words or first in lx.FORMATION_WORDS or first in common or (
                    first in self.places and len(words) < 3 and not _acronym(e)):
                continue
            self._group_words.setdefault(_stem(first), _acronym(e) or first)
            if len(words) > 1 and words[-1].lower() in lx.SHORT_PARTY_HEADS:  # "the Alliance", "the Legion"
                self._group_words.setdefault(words[-1].lower(), _acronym(e) or first)
        self._side_keys.clear()
        states = set(self.side_words)
        self.side_words |= self.declared_states  # (a breakaway declares a republic too: no state army for that)
        self.side_words |= set(self._group_words.values())
        armies = {e.id: side for e in armed if (side := self._side_of(e.id))}
        # "Tenzari gunners" beside the "Tenzara Alliance": a people's name, not a state's, when no ministry,
        # government or state army bears it
        governed = {side for e in self.entities.values() if (lx.STATE_BODY.search(e.name.lower()) or lx.STATE_ROLES
                                                             & set(e.roles)) and (side := self._side_of(e.id))}
        states -= {side for e in armed if (side := armies.get(e.id)) and side not in governed | self.declared_states
                   | COUNTRY_NAMES | set(self.country_side.values())
                   and not (_armed_name(e) or "").lower().endswith(lx.STATE_ARMY_HEADS)}
        self.armed_sides = {side for side in armies.values() if side not in states} | set(self._group_words.values())
        self.side_words |= self.armed_sides
        self.party_sides = set(armies.values()) | self.armed_sides  # with the states whose armies it names
        # "Tarbani Armed Forces (TAF)": a state's army known only by its own name stands for the state
        self.state_armies = {side for e in armed if (side := armies.get(e.id)) in self.armed_sides
                             and (_armed_name(e) or "").lower().endswith(lx.STATE_ARMY_HEADS)}
        self.rebel_sides = self.armed_sides - self.state_armies
        self._side_names = {acronym: name.lower() for e in armed
                            if (acronym := _acronym(e)) in self.armed_sides and (name := _armed_name(e))}
        self.mentions = [*self.mentions, *_unmarked_place_mentions(self)]
        self._mentions: dict[str, list[Mention]] = defaultdict(list)
        for m in sorted(self.mentions, key=lambda m: (m.doc, m.start)):
            self._mentions[m.doc].append(m)
        self._starts = {doc: [m.start for m in found] for doc, found in self._mentions.items()}

    def capital_bodies(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, side) of each capital written for its government: "the Halqum regime", "Brisel's troops"."""
        if not self.capitals:
            return []
        return [(m.start(), m.end(), self.capitals[m.group("place").lower()])
                for m in _capital_pattern(tuple(sorted(self.capitals))).finditer(text)]

    def side_label(self, side: str | None) -> str | None:
        """A side as readers know it: an armed group's acronym with its name, "prc (psilorema resistance
        committees)"."""
        name = self._side_names.get(side or "")
        return f"{side} ({name})" if name else side

    def side_key(self, word: str) -> str:
        """"Azeri" -> "azerbaijan", "Velmoran" -> "velmora" (a place the corpus names), "RSF" -> "rsf"."""
        known = self._side_keys.get(word)
        if known is None:
            known = self._side_keys[word] = self._side_key(word)
        return known

    def _side_key(self, word: str) -> str:
        key = self._place_key(word)
        return self._group_words.get(key) or self._group_words.get(_stem(key)) or key

    def _place_key(self, word: str) -> str:
        lower = re.sub(r"['’]s$", "", word.strip()).lower()
        key = self._form_key(lower)
        # "Maziran" and "Maziri", each read as the other's demonym: one land, keyed by the name pages give a place
        if key != lower and self._form_key(key) == lower and self._land_name(lower, key) == lower:
            return lower
        return key

    def _land_name(self, first: str, second: str) -> str:
        return min((first, second), key=lambda name: (name not in self._place_names, name))

    @cached_property
    def _place_names(self) -> frozenset[str]:
        return frozenset(name.lower() for e in self.entities.values() if e.type == "place"
                         for name in (e.name, *e.aliases))

    def _form_key(self, lower: str) -> str:
        if lower in COUNTRY_FORMS:
            country = COUNTRY_FORMS[lower].lower()
            return self.country_side.get(country, country)
        for ending in DEMONYM_SUFFIXES:
            stem = lower.removesuffix(ending)
            if stem == lower:
                continue
            # "Tavennese": Tavenna; "Drevish": Drevland (as Polish, Poland); "Pellish": Pellan
            vowel_ended = [p for p in self._vowel_stems.get(stem, ()) if p != lower]  # not the demonym itself
            candidates = (stem, vowel_ended[0] if len(vowel_ended) == 1 else None, stem + "land")
            place = next((p for p in candidates if p in self.places), None)
            if place is None and len(stem) >= 4:
                place = self._demonym_place(lower, stem)
            if place:
                return self.country_side.get(place, place)
        # "Vask": Vaskarland (a bare stem, as Dane, Denmark), also where a page took "Vask waters" for a place
        # "Errandar": Errandia (an irregular demonym, all but its ending shared with the land's name)
        if len(lower) >= 4 and (lower not in self.places or lower in self._demonyms):
            stem = lower if len(lower) < IRREGULAR_DEMONYM_MIN else lower[:-2]
            lands = {p for p in self._by_prefix.get(lower[:3], ()) if p.startswith(stem) and p.endswith(_LAND_ENDINGS)
                     and p != lower}
            if len(lands) == 1:
                place = lands.pop()
                return self.country_side.get(place, place)
        return lower

    def _demonym_place(self, word: str, stem: str) -> str | None:
        """The one place a demonym's stem begins ("Pellish": Pellan, "Norvic": Norvale, "Quennish": Quennmark),
        or a land its stem nearly begins ("Wendish": Wenland, as Scottish, Scotland)."""
        found = {p for p in self._by_prefix.get(stem[:3], ()) if len(p) - len(stem) <= 4
                 and p != word  # the demonym itself, a name of its own
                 and (p.startswith(stem) or (p.startswith(stem[:-1]) and p.endswith(_LAND_ENDINGS)))}
        return found.pop() if len(found) == 1 else None

    @cached_property
    def site_entities(self) -> dict[str, Entity]:
        """Folded site name -> the entity it names, places before other kinds ("korvel" -> Korvel)."""
        found: dict[str, Entity] = {}
        for entity in sorted(self.entities.values(), key=lambda e: (e.type != "place", e.id)):
            key = site_name(self, entity)
            if key:
                found.setdefault(key, entity)
        return found

    @cached_property
    def person_words(self) -> dict[str, frozenset[str]]:
        """A word of a person's name -> the persons it may name: "Dimas" alone names Dimas Soetanto when no
        other person shares the word (two Aliyevs share theirs)."""
        found: dict[str, set[str]] = defaultdict(set)
        for entity in self.entities.values():
            for name in (entity.name, *entity.aliases) if entity.type == "person" else ():
                words = name.split()
                if 2 <= len(words) <= 3 and all(w[:1].isupper() and w.lower() not in lx.FORMATION_WORDS and
                                                self.side_key(w) not in self.side_words for w in words):
                    for word in words:  # "Sevanese Alpine Aid" or "Mahona River Front" typed a person: no name
                        found[word.lower()].add(entity.id)
        return {word: frozenset(ids) for word, ids in found.items()}

    @cached_property
    def outlet_names(self) -> frozenset[str]:
        """Lower-cased names of the corpus's outlets, also without a trade word ("Wayfarer" of "Wayfarer
        News", as its datelines tag it): a fact-checker named in its own text is no site."""
        names = {d.outlet.lower() for d in self.documents.values() if d.outlet}
        return frozenset(names | {short for name in names if (short := _OUTLET_TRADE.sub("", name)) != name and short})

    @cached_property
    def weapon_names(self) -> frozenset[str]:
        """Weapons' names and their last words: "an Estoc" is the "Aurois Estoc" missile, no site."""
        return frozenset(n for e in self.entities.values() if e.type == "weapon"
                         for n in (e.name.lower(), e.name.split()[-1].lower()))

    def place_name(self, site: str) -> str:
        """The name as written of a folded site ("korvel" -> "Korvel")."""
        entity = self.site_entities.get(site)
        return " ".join(w for w in entity.name.split() if w.lower() not in lx.FACILITY_WORDS) if entity else site

    def mentions_in(self, doc: str, start: int, end: int) -> list[Mention]:
        found = self._mentions.get(doc, [])
        i = bisect.bisect_left(self._starts.get(doc, []), start)
        result = []
        while i < len(found) and found[i].start < end:
            if found[i].end <= end:
                result.append(found[i])
            i += 1
        return result

    def side_of(self, entity_id: str | None) -> str | None:
        if entity_id not in self._entity_sides:
            self._entity_sides[entity_id] = self._side_of(entity_id)
        return self._entity_sides[entity_id]

    def _side_of(self, entity_id: str | None) -> str | None:
        entity = self.entities.get(entity_id or "")
        if entity is None:
            return None
        if entity.side:
            return entity.side
        if entity.type == "place":
            key = self.side_key(entity.name)
            return key if key in self.side_words else None
        armed = _armed_group_side(entity)
        if armed and not any(self.side_of_word(w) for w in entity.name.split()):
            return armed  # "Colombia's ELN", "Sudan's Rapid Support Forces": a party against that state
        if entity.affiliation and (key := self.side_key(entity.affiliation)) in self.side_words:
            return key
        first = self.side_key(entity.name.split()[0])  # "Velmora's army"
        if first in self.side_words:
            return first
        # "Armed Forces of the Democratic Republic of the Congo (FARDC)": that state's
        state = next((side for w in WORD.findall(entity.name) if (side := self.side_of_word(w))), None)
        return state or _armed_group_side(entity)

    def side_of_word(self, word: str) -> str | None:
        """"Azerbaijani", "Azeris", "Armenia's", "Velmoran" -> that party's side, when it is one."""
        key = self.side_key(word)
        return key if key in self.side_words else None


@functools.lru_cache(maxsize=8)
def _capital_pattern(capitals: tuple[str, ...]) -> re.Pattern:
    """Compiled once per set of capitals: every frame's text is searched with it."""
    names = "|".join(map(re.escape, sorted(capitals, key=len, reverse=True)))
    return re.compile(rf"\b(?P<place>(?i:{names})){lx.CAPITAL_BODY}")


def _unmarked_place_mentions(corpus: Corpus) -> list[Mention]:
    """A place one page names is that place wherever its name is written, also where a page's own reading
    missed it: "4. Berezhky junction, 6 December." opens a sentence, where one page cannot tell a name.
    (Sites only: a party's name or demonym keeps the reading its page gave it.)"""
    documents, entities, mentions = corpus.documents, corpus.entities, corpus.mentions
    people = {w.lower() for e in entities.values() if e.type == "person" for w in e.name.split()}
    owners: dict[str, set[str]] = defaultdict(set)
    for e in entities.values():
        for name in (e.name, *e.aliases):
            if e.type == "place" and len(name) >= 4 and name[:1].isupper() and name.lower() not in people \
                    and corpus.side_key(name) not in corpus.side_words:
                owners[name].add(e.id)
    names = {name: ids.pop() for name, ids in owners.items() if len(ids) == 1}
    if not names:
        return []
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")\b")
    marked: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in mentions:
        marked[m.doc].append((m.start, m.end))
    found = []
    for doc in documents.values():
        spans = marked[doc.id]
        for match in pattern.finditer(doc.text):
            if not any(start < match.end() and match.start() < end for start, end in spans):
                found.append(Mention(names[match.group()], doc.id, match.start(), match.end(), match.group()))
    return found


def _stem(word: str) -> str:
    """One key for a name and its demonyms: "Sumudi" and "Sumud", "Tarbani" and "Tarbana"."""
    stem = word[:-1] if word[-1:] in "aeiouy" and len(word) > 5 else word
    for _ in range(2):
        ending = next((e for e in DEMONYM_SUFFIXES if stem.endswith(e) and len(stem) - len(e) >= 4), None)
        stem = stem.removesuffix(ending) if ending else stem
    return stem


def _armed_group_side(entity: Entity) -> str | None:
    """A non-state party is its own side, by its acronym when it has one: "RSF", "KIA". "The army" with
    no name is nobody's side on its own."""
    return (_acronym(entity) or entity.name.lower()) if _armed_name(entity) else None


def _armed_name(entity: Entity) -> str | None:
    """The name that makes a body an armed party ("PDF" is named by its alias "People's Defence Force")."""
    if entity.type not in ("organization", "group") or not entity.name[:1].isupper():
        return None
    for name in (entity.name, *entity.aliases):
        words = name.lower().split()
        head = name.lower().split(" of ")[0]  # "Information Office of the Alliance" is the alliance's office
        if len(words) > 1 and not name.isupper() and lx.ARMED_GROUP.search(head) \
                and not lx.FORMATION_WORDS.issuperset(words) and words[-1] not in lx.UNIT_HEADS:
            return name  # (not a shouted heading: "TAMU FRONT", nor a unit: "12th Steppe Brigade")
    return None


def _acronym(entity: Entity) -> str | None:
    acronyms = [a for a in (entity.name, *entity.aliases) if a.isupper() and len(a) <= 6 and " " not in a]
    return acronyms[0].lower() if acronyms else None


WORD = re.compile(r"[A-Z][\w'’-]*")
STATE_DECLARATION = re.compile(
    r"\b(?:Republic|Kingdom|Federation|Emirate|Sultanate|Principality|Confederation|Commonwealth|Grand Duchy) of "
    r"(?:the )?([A-Z][a-z]{3,})\b(?! [A-Z])")
_LAND_ENDINGS = ("land", "mark", "stan", "ia")
IRREGULAR_DEMONYM_MIN = 7  # letters of a demonym whose last two may differ from its land's name
_ADVERB = re.compile(r"\b\w+ly\b ?")  # "deliberately": no distance between a doer and the deed
# "Militia gunmen, who had waited in a shed since midnight, kicked in the door": the doer before its clause
_RELATIVE = re.compile(r"^\s*,\s*(?:who|which)\b[^.;:\"“”]*,\s*$")
CALENDAR_WORDS = frozenset(name.lower()[:3] for name in (*calendar.month_name[1:], *calendar.day_name))


def dateline_state(doc: Document) -> str | None:
    """The state a dateline names after its town: "KAVAROS, Ithemia (Tessera) --"."""
    if not doc.dateline:
        return None
    found = re.search(r"(?m)^(?i:" + re.escape(doc.dateline) + r"),\s*([A-Z][A-Za-z]{3,})\b(?![ -][A-Z])", doc.text)
    return found.group(1) if found and found.group(1).lower()[:3] not in CALENDAR_WORDS else None  # "AMBROSK, March 3"


def build_frames(corpus: Corpus) -> list[Frame]:
    frames = [_claim_frame(corpus, c) for c in corpus.claims]
    _carry_dates(corpus, frames)
    by_claim = {f.item: f for f in frames}
    counts = [_figure_frame(corpus, f, by_claim.get(f.claim or "")) for f in corpus.figures]
    _share_scope(corpus, counts)
    _carry_sites(corpus, [*frames, *counts])
    return [*frames, *counts]


def _share_scope(corpus: Corpus, counts: list[Frame]) -> None:
    """A count joined to a total is a total too: "since 1 October, at least 61 civilians in Pellan and 38 in
    Korvath"."""
    ordered = sorted(counts, key=lambda f: (f.doc, f.start))
    for total, count in zip(ordered, ordered[1:], strict=False):
        if total.cumulative and count.doc == total.doc and not count.cumulative and \
                COORDINATED.fullmatch(corpus.documents[count.doc].text[total.end:count.start]):
            count.cumulative = True


def _claim_frame(corpus: Corpus, claim: Claim) -> Frame:
    lower = claim.text.lower()
    polarity = "uncommitted" if lx.UNCOMMITTED.search(lower) else claim.polarity
    frame = Frame(
        item=claim.id, doc=claim.doc, start=claim.start, end=claim.end, text=claim.text, speaker=claim.speaker,
        speaker_side=corpus.side_of(claim.speaker), kind=claim.kind, polarity=polarity, date=claim.date,
    )
    fill_event(corpus, frame, claim.text, corpus.mentions_in(claim.doc, claim.start, claim.end), claim.start)
    return frame


def fill_event(corpus: Corpus, frame: Frame, text: str, mentions: list[Mention], offset: int = 0) -> None:
    """Action, actor, target, sites, people and weapons of ``text``, whose entity ``mentions`` start ``offset``
    earlier."""
    lower = text.lower()
    kinds = {m.entity: entity.type for m in mentions if (entity := corpus.entities.get(m.entity))}
    weapons = {entity for entity, kind in kinds.items() if kind == "weapon"}
    kinds_at = {kind: m.start() for kind, pattern in lx.DISTINCT_WEAPONS.items() if (m := pattern.search(lower))}
    weapons |= set(kinds_at)
    frame.weapons = frozenset(weapons)
    frame.sites = frozenset(_sites(corpus, mentions))
    people = {entity for entity, kind in kinds.items() if kind == "person"}
    for word in re.findall(r"\b[A-Z][\w'’-]{2,}", text):  # "Dimas is free": a name the resolver left unlinked
        ids = corpus.person_words.get(word.lower(), frozenset())
        if len(ids) == 1:
            people |= ids
    frame.people = frozenset(people - {frame.speaker})
    sided = _sided_words(corpus, mentions, offset, text)
    actions = sorted(
        (m.start(), name) for name, pattern in lx.ACTIONS.items() for m in pattern.finditer(lower)
        if (name != "weapon use" or weapons) and not _BACKGROUND.search(lower, max(0, m.start() - 40), m.start())
    )
    kept = lx.KEPT_TRUCE.search(lower)
    if kept and not any(name == "ceasefire violation" for _, name in actions):
        actions = [(kept.start(), "ceasefire violation")]  # "we kept the truce": it was not broken
        _deny(frame)
    if lx.HELD.search(lower) and not any(name == "capture" for _, name in actions):
        frame.action, frame.family, frame.actor_side = "capture", "capture", ENEMY  # held: nobody took it
        _deny(frame)
        return
    if lx.LESS_LETHAL_ONLY.search(lower):  # "rubber bullets only": no live rounds
        frame.weapons |= {"live ammunition"}
        frame.action, frame.family = "weapon use", "violence"
        _deny(frame)
        return
    if lx.LEFT_FREELY.search(lower):  # "they left of their own free will": nobody drove them out
        frame.action = frame.family = "displacement"
        _deny(frame)
        return
    if lx.LET_THROUGH.search(lower) and not any(name == "obstruction" for _, name in actions):
        frame.action = frame.family = "obstruction"  # let through: nobody was stopped
        _deny(frame)
        return
    named = {name for _, name in actions}
    unharmed = next((name for name, pattern in lx.UNHARMED.items() if name not in named and
                     (found := pattern.search(lower)) and not _ASKED.search(lower[:found.start()])), None)
    if unharmed:  # "the radar was working normally": nothing struck it
        frame.action, frame.family = unharmed, lx.FAMILIES[unharmed]
        _deny(frame)
        return
    cause = lx.ACCIDENT.search(lower)
    if cause and not lx.DELIBERATE.search(lower) and not _ASKED.search(lower[:cause.start()]) and \
            not _NEGATION.search(lower[max(0, cause.start() - 12):cause.end()]):
        # "the fire began at a leaking fuel hose": nobody struck it
        frame.action, frame.family, frame.actor_side = "accident", "violence", None
        _deny(frame)
        return
    protected = lx.PROTECTED.search(lower)
    if protected:  # "prisons are on the no-strike list": a denial of striking them
        actions = [(protected.start(), "attack")]
        _deny(frame)
    absent = lx.ABSENT.search(lower)
    if absent and not actions and (frame.polarity == "deny" or absent.group().startswith("nowhere")):
        actions = [(absent.start(), "attack")]  # "No Zarqi came within forty kilometres of Hassawir"
        _deny(frame)
    detained = {position for position, name in actions if name == "detention"}
    actions = [(p, name) for p, name in actions if not (name == "capture" and p in detained)]  # people, not ground
    if not actions and kinds_at:  # "not one live cartridge was issued"
        actions = [(min(kinds_at.values()), "weapon use")]  # "The army has never possessed a cluster munition"
    if not actions:
        return
    if any(name == "ceasefire violation" for _, name in actions):
        actions = [a for a in actions if a[1] == "ceasefire violation"]
    chosen = actions[0]
    actor = None
    for position, name in actions:
        actor = _actor(sided, position, name, lower)
        if actor:
            chosen = (position, name)
            break
    frame.action, frame.family, frame.actor_side = chosen[1], lx.FAMILIES[chosen[1]], actor
    if frame.action == "downing":
        frame.object_side = _object_side(sided, chosen[0], lower)
        if frame.polarity == "affirm" and _negated_downing(lower, chosen[0]):
            frame.polarity = "deny"  # "Every pilot came home. No aircraft is missing", "the jet was not hit"
        if frame.actor_side == frame.object_side:  # "No Kastrian drone was lost": the loser, not the doer
            frame.actor_side = None
    if frame.family in UNTARGETED:
        return
    after = lower[chosen[0]:]
    # "We do not make war on civilians; our missiles strike only military objects" denies harming civilians
    if lx.CIVILIAN_TARGETS.search(after) or (frame.polarity == "deny" and lx.CIVILIAN_TARGETS.search(lower)):
        frame.target = "civilians"
    elif lx.MILITARY_TARGETS.search(after):
        frame.target = "military"


def _deny(frame: Frame) -> None:
    """The words say the opposite of the act they name ("the town has not fallen" of its capture)."""
    frame.polarity = "deny" if frame.polarity == "affirm" else frame.polarity


def _negated_downing(lower: str, position: int) -> bool:
    """The aircraft clause itself says none was lost: "no aircraft is missing", "the jet was not hit"."""
    match = lx.ACTIONS["downing"].match(lower, position)
    before = lower[max(0, position - 16):position]
    return bool(re.search(r"\b(?:no|not one|not a single|none of (?:our|the)|nobody|no one)\s+(?:\w+\s+)?$", before)
                or (match and re.search(r"\b(?:no|not|never|returned|came back|landed|afloat|own|apron|tarmac|"
                                        r"accounted|tied|put|set|flew|flown)\b", match.group())))


def _sided_words(corpus: Corpus, mentions: list[Mention], offset: int, text: str) -> list[tuple[int, int, str]]:
    """(start, end, side) in ``text`` of every mention or demonym that belongs to a side, victims excluded."""
    found: dict[int, tuple[int, int, str]] = {}
    for m in mentions:
        side = corpus.side_of(m.entity)
        if side and not lx.CIVILIAN_TARGETS.search(m.text.lower()):  # "Karabakh civilians" suffer, never act
            found[m.start - offset] = (m.start - offset, m.end - offset, side)
    for match in lx.FIRST_PERSON.finditer(text):
        if not lx.ATTRIBUTE_HEADS.match(text, match.end()) and not lx.CIVILIAN_TARGETS.match(text, match.end() + 1):
            found[match.start()] = (match.start(), match.end(), SELF)
    for match in lx.ENEMY.finditer(text):
        found[match.start()] = (match.start(), match.end(), ENEMY)
    for match in WORD.finditer(text):
        side = corpus.side_of_word(match.group())
        attribute = lx.ATTRIBUTE_HEADS.match(text, match.end())  # "the Dravian village", not the Dravians
        if side and not attribute and not any(abs(match.start() - p) < 2 for p in found):
            found[match.start()] = (match.start(), match.end(), side)
    for start, end, side in corpus.capital_bodies(text):
        found[start] = (start, end, side)
    named = [(start, end) for start, end, _ in found.values()]
    for pattern, generic in ((lx.STATE_FORCES, STATE), (lx.INSURGENT_FORCES, INSURGENTS)):
        for match in pattern.finditer(text):  # not "Maruvese army soldiers", "ISWAP militants": named already
            if not lx.ATTRIBUTE_HEADS.match(text, match.end()) and not any(
                    start <= match.start() <= end + 2 for start, end in named):
                found.setdefault(match.start(), (match.start(), match.end(), generic))
    return sorted(found.values())


def resolve_actor(corpus: Corpus, actor: str | None, voice: str | None, sides: list[str]) -> str | None:
    """A placeholder actor as a side, among the two ``sides`` a document is about: "we" is the voice's side,
    "the occupiers" its opponent, "security forces" the state and "the separatists" the armed group."""
    if actor == SELF:
        return voice
    if actor == ENEMY:
        opponents = [s for s in sides if s != voice]
        return opponents[0] if voice and len(opponents) == 1 else None
    if actor in (STATE, INSURGENTS):
        fitting = [s for s in sides if (s in corpus.rebel_sides) == (actor == INSURGENTS)]
        if len(fitting) == 1:
            return fitting[0]
        if actor == INSURGENTS and not fitting and voice in sides and len(sides) == 2:
            return next(s for s in sides if s != voice)  # a breakaway's "separatists", said by the state it left
        return None
    return actor


def _actor(sided: list[tuple[int, int, str]], position: int, action: str, lower: str) -> str | None:
    """Who did the action at ``position``: "by X" after it, else a side named just before it in the clause.

    Killing and injuring take a side before them only in the active voice: "were killed" follows victims.
    """
    passive = re.match(r"[\w-]+(?:\W+\w+){0,3}?\W+(?:by|the (?:handi)?work of)\b|(?:detonation|explosion)s? of\b"
                       r"|\w+(?:tion|ment)s? of\b[^,;.]{0,50}?\bby\b"  # "the conscription of 23 boys by X"
                       r"|[^.;]{0,80}?\b(?:(?:was|were) (?:caused|started|set off|triggered|torn apart|blown apart)"
                       r" by|came from|(?:was|were) fired from|(?:was|were)\W+the (?:handi)?work of|"
                       r"(?:was|were) (?:planted|placed|hidden|laid|carried out|committed) by)\b",
                       lower[position:])  # "the detonation of Ardesian ammunition": whose ammunition it was
    if passive:
        after = [side for start, _, side in sided if start >= position + passive.end()]
        if after:
            return after[0]
    if action in ("attack", "killing", "injuring"):  # "a mine planted by PDF terrorists exploded": who laid it
        laid = list(_LAID_BY.finditer(lower, max(0, lower.rfind(".", 0, position) + 1), position))
        if laid:
            after = [side for start, _, side in sided if laid[-1].end() <= start < position]
            if after:
                return after[0]
    # "Dravian artillery killed", never "Armenian soldiers were killed", "No Rwandan soldier has been captured"
    before = [side for start, end, side in sided if end <= position and _leads_to(lower[end:position], action)]
    return before[-1] if before else None


def _leads_to(gap: str, action: str) -> bool:
    """Whether a side named ``gap`` before an action is its doer: close, in the same clause (a relative clause
    between them aside), and not the victim of a passive verb."""
    gap = _RELATIVE.sub(" ", gap)
    return len(_ADVERB.sub("", gap)) <= ACTOR_REACH and "," not in gap and not lx.SPEECH_VERBS.search(gap) \
        and not re.search(r"\b(?:were|was|been|being|are|is)\b" + (r"|\bdead\b" if action in (
            "killing", "injuring") else ""), gap)


def _object_side(sided: list[tuple[int, int, str]], position: int, lower: str) -> str | None:
    """"shot down a Sudanese army Antonov", else "No Kastrian drone was lost": whose aircraft it was."""
    clause = _CLAUSE_BREAK.search(lower, position, position + OBJECT_REACH)
    reach = clause.start() if clause else position + OBJECT_REACH
    # ("a navy helicopter" is the state's, known once the document's two sides are)
    after = [side for start, _, side in sided if position < start <= reach and side not in (SELF, ENEMY)]
    if after:
        return after[0]
    before = [side for _, end, side in sided if position - 15 <= end <= position and side not in (SELF, ENEMY)]
    return before[-1] if before else None


def _sites(corpus: Corpus, mentions: list[Mention]) -> set[str]:
    """Where the mentioned places put an event; a place named only to locate another counts when nothing else does."""
    sites = [(m, site) for m in mentions if (site := site_name(corpus, corpus.entities.get(m.entity)))]
    located = {site for m, site in sites if not _is_reference_point(corpus, m)}
    return located or {site for _, site in sites}


def _is_reference_point(corpus: Corpus, mention: Mention) -> bool:
    doc = corpus.documents.get(mention.doc)
    return doc is not None and bool(_REFERENCE_POINT.search(doc.text[max(0, mention.start - 40):mention.start]))


def site_name(corpus: Corpus, entity: Entity | None) -> str | None:
    """The folded name of the place an entity stands for ("Ganja Airbase" -> "ganja"); None for bodies and parties."""
    if entity is None or entity.type not in ("place", "other", "organization") \
            or entity.name.lower() in corpus.outlet_names | corpus.weapon_names:
        return None
    words = entity.name.split()
    if entity.name.lower().removeprefix("the ") in lx.STATE_NOUNS:
        return None
    stripped = [w for w in words if w.lower() not in lx.FACILITY_WORDS]
    if entity.type == "organization" and words[-1].lower() not in lx.FACILITY_WORDS:
        return None  # a body, not a site: "Ganja Airbase" is a place, "Defence Ministry", "Pellish Air Force" not
    if stripped and corpus.side_key(" ".join(stripped)) not in corpus.side_words:  # a party is not a site
        if len(stripped) > 1 and stripped[0].lower() in corpus.places:  # "Wexmoor General Hospital": Wexmoor
            return fold(stripped[0])
        return fold(" ".join(stripped))
    return None


def _carry_dates(corpus: Corpus, frames: list[Frame]) -> None:
    """An undated claim is about the last date the narrative named, when that was close before it."""
    last: dict[str, tuple[int, str]] = {}
    for frame in sorted(frames, key=lambda f: (f.doc, f.start)):
        if frame.date:
            last[frame.doc] = (frame.end, frame.date)
        elif frame.doc in last and frame.start - last[frame.doc][0] <= NARRATIVE_REACH:
            frame.date = last[frame.doc][1]
        else:
            frame.date = corpus.documents[frame.doc].published if frame.doc in corpus.documents else None
            frame.dated = False


def _carry_sites(corpus: Corpus, frames: list[Frame]) -> None:
    """A claim naming no place is where its paragraph (or the heading over it) last put the reader: "In
    Montaro, the city buried its dead. Thirty-one civilians were killed ..." happened in Montaro. A count
    with no place there counts the event told just before it ("... slammed into the Ristow plant. / The
    plant's director said three technicians were killed"), on that event's day unless it names its own, else
    is at the one place its page names."""
    events: dict[str, list[Frame]] = defaultdict(list)
    own_days = {c.id for c in corpus.claims if c.date}
    only_sites: dict[str, frozenset[str]] = {}  # per page, computed once
    for frame in frames:  # claims first: each count looks back to claims already placed
        doc = corpus.documents.get(frame.doc)
        if frame.sites or not frame.family or doc is None or (frame.family == "downing" and frame.polarity == "deny"):
            if frame.sites and frame.family and not frame.category:
                events[frame.doc].append(frame)
            continue  # "We lost no aircraft on Saturday" denies it wherever it was said to fall
        paragraph = doc.text.rfind("\n", 0, frame.start) + 1
        heading = section_heading(doc.text, paragraph)  # an incident's heading in a monitor's report
        nearest = reversed(corpus.mentions_in(frame.doc, paragraph, frame.start))
        first_named = corpus.mentions_in(frame.doc, *heading) if heading else []  # "Moss Cross, Wenland, 13 March"
        located = [(site, _is_reference_point(corpus, m)) for m in [*nearest, *first_named]
                   for site in _sites(corpus, [m])]
        # a place named to locate the scene ("east of Bhamo") only when the paragraph names no other
        site = next((site for site, reference in located if not reference), located[0][0] if located else None)
        if site:
            frame.sites = frozenset({site})
        if not frame.sites and frame.category:
            told = [e for e in events[frame.doc] if frame.start - NARRATIVE_REACH <= e.start and e.end <= frame.start]
            event = max(told, key=lambda e: e.start) if told else None
            if event is None and frame.doc not in only_sites:
                only_sites[frame.doc] = _only_site(corpus, frame.doc)
            frame.sites = event.sites if event else only_sites[frame.doc]
            if event and frame.claim not in own_days:  # and its day, when its own sentence names none
                frame.date, frame.dated = event.date, event.dated
        elif frame.sites and not frame.category:
            events[frame.doc].append(frame)


def _only_site(corpus: Corpus, doc: str) -> frozenset[str]:
    """The one place a page names, when it names just one: a fact-check of one strike is about that town."""
    sites = _sites(corpus, corpus.mentions_in(doc, 0, len(corpus.documents[doc].text)))
    return frozenset(sites) if len(sites) == 1 else frozenset()


CUMULATIVE_BEFORE, CUMULATIVE_AFTER = 80, 60  # characters around a count that say it is a total
COORDINATED = re.compile(r"[^.;:]{0,40}?\b(?:and|while|with)\s+", re.I)  # "61 civilians in Pellan and 38"


def _figure_frame(corpus: Corpus, figure: Figure, claim_frame: Frame | None) -> Frame:
    text = corpus.documents[figure.doc].text if figure.doc in corpus.documents else figure.text
    start, end = _sentence_around(text, figure.start, figure.end)
    sentence = text[start:end]
    frame = Frame(
        item=figure.id, doc=figure.doc, start=figure.start, end=figure.end, text=figure.text,
        speaker=claim_frame.speaker if claim_frame else None,
        speaker_side=claim_frame.speaker_side if claim_frame else None,
        kind=claim_frame.kind if claim_frame else "assertion",
        polarity=claim_frame.polarity if claim_frame else "affirm",
        date=claim_frame.date if claim_frame else corpus.documents[figure.doc].published,
        dated=claim_frame.dated if claim_frame else False,
        category=figure.category, value=figure.value, qualifier=figure.qualifier, unit=figure.unit,
        subject=figure.subject, claim=figure.claim,
        cumulative=_cumulative(text[max(start, figure.start - CUMULATIVE_BEFORE):
                                    min(end, figure.end + CUMULATIVE_AFTER)]),
        standing=bool(lx.STANDING.search(sentence.lower())),
        part=bool(lx.PART_BEFORE.search(text[start:figure.start].lower())
                  or lx.PART_AFTER.match(text[figure.end:end].lower())),
    )
    fill_event(corpus, frame, sentence, _clause_mentions(corpus, figure, text, start, end), start)
    return frame


# Where a count's own clause ends: "stands at four, ..., and dismissed higher figures as 'numbers invented in
# London studios'" counts nobody in London.
_CLAUSE_END = re.compile(r",\s+(?:and|but|while|whereas)\s+(?![\d,])|;")


def _clause_mentions(corpus: Corpus, figure: Figure, text: str, start: int, end: int) -> list[Mention]:
    """The entities named in a count's sentence (``text[start:end]``) up to the end of its clause."""
    stop = _CLAUSE_END.search(text, figure.end, end)
    return corpus.mentions_in(figure.doc, start, stop.start() if stop else end)


def _cumulative(near: str) -> bool:
    """A total ("the toll rose to 45", "since October, more than 400"), by the words near the count: "the deadliest
    incident since October" later in its sentence totals nothing."""
    return bool(lx.CUMULATIVE.search(near.lower()))


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    return left + 1, right


def short_text(text: str, limit: int = 90) -> str:
    """A claim cut at a word for an explanation or a marker: the link or lean points to the whole span."""
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"
