"""Which side a document's framing favours, from its own voice, with the evidence listed.

Only the outlet's words count in full: loaded words inside a quote are the speaker's, and a
paraphrase counts half. So a fact-check or monitor report that quotes both sides comes out
balanced, while an outlet that states one side's attacks as fact, or writes "X aggression",
"occupied by X", "liberated from X", or a side's own vocabulary (from a profile), leans.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable

from crosscheck.compare import lexicon as lx
from crosscheck.compare.frames import PLACEHOLDERS, WORD, Corpus, Frame, dateline_state, fill_event, short_text
from crosscheck.extract.quotes import find_quotes
from crosscheck.model import Document, Lean
from crosscheck.outlets import is_monitor, is_wire

MIN_MARGIN = 1.0  # weighted markers one side must lead by
MIN_SCORE = 0.25  # and by this share: (lead) / (all markers + 1)
FACT_WEIGHT = {"civilians": 1.5}  # an attack on civilians stated as fact weighs more than one on troops
UNNAMED_WEIGHT, UNNAMED_CAP = 0.5, 2.0  # "the occupiers", "our martyrs": each counts half, two markers at most
DENIAL_ROOM = 0.25  # each denial a side is given room for, up to one marker
VOCABULARY_CAP = 3  # occurrences of one profile word that count
OUTLET_WEIGHT = 1.0  # an outlet named for a side: alone, it decides a page with nothing loaded either way
DECLARED_OUTLET_WEIGHT = 1.5  # an outlet whose masthead says it is a side's ("State Information Agency of X")
# Whose voices are heard: a surplus of one side's attributed claims over the other's.
SOURCING_SURPLUS, SOURCING_WEIGHT, SOURCING_CAP = 3, 0.25, 2.0


def conflict_sides(corpus: Corpus, frames: list[Frame]) -> list[str]:
    """The profile's sides, else every side the corpus names as doing violence or taking ground, every
    armed group and every declared state it names (the parties)."""
    if corpus.profile_sides:
        return sorted(corpus.profile_sides)
    # (a declared state is a party too: "the Republic of Tanjara" fights its rebels with "the police")
    return sorted(corpus.party_sides | corpus.declared_states | {f.actor_side for f in frames
                                        if f.family in ("violence", "capture", "downing", "detention")
                                        and f.actor_side not in (None, *PLACEHOLDERS)})


def measure_leans(corpus: Corpus, frames: list[Frame], named: dict[str, list[str]],
                  capitals: dict[str, str] | None = None) -> dict[str, Lean]:
    """Each document's lean between the two ``named`` sides it is about (``document_sides``); ``capitals``
    are the places that stand for a side (``capital_sides``)."""
    by_doc: dict[str, list[Frame]] = defaultdict(list)
    for frame in frames:
        if frame.category is None:
            by_doc[frame.doc].append(frame)
    return {doc_id: _lean(corpus, doc_id, by_doc[doc_id], named[doc_id], capitals or {})
            for doc_id in corpus.documents}


def capital_sides(corpus: Corpus, named: dict[str, list[str]]) -> dict[str, str]:
    """Places that stand for a side's government ("the Rastova regime", "Brisel propaganda": capitals), by
    what pages say of them: a dateline's state ("PORT AMAURY, Tanevo, Jan 16 -"), or a sneer in a page whose
    outlet is one side's, which aims at the other side. A place claimed for two sides stands for neither."""
    votes: dict[str, set[str]] = defaultdict(set)
    for doc_id, doc in corpus.documents.items():
        if doc.dateline and not _side_of_phrase(corpus, doc.dateline):
            state = dateline_state(doc)
            if state and (side := corpus.side_of_word(state)):
                votes[doc.dateline.lower()].add(side)
        sides = named[doc_id]
        home = outlet_side(corpus, doc_id, sides) if len(sides) == 2 else None
        if home:
            enemy = next(side for side in sides if side != home)
            for match in lx.PLACE_PEJORATIVE.finditer(doc.text):
                if not _side_of_phrase(corpus, match.group("place")):
                    votes[match.group("place").lower()].add(enemy)
    return {place: found.pop() for place, found in votes.items() if len(found) == 1}


def _side_of_phrase(corpus: Corpus, phrase: str) -> str | None:
    return next((side for word in phrase.split() if (side := corpus.side_of_word(word))), None)


def document_sides(corpus: Corpus, parties: list[str], capitals: dict[str, str] | None = None) -> dict[str, list[str]]:
    """The two parties each document is about: the one it names most, and of the others the one the corpus
    most often names beside it (its usual opponent, even when this document names it little or not at all:
    a rebel bulletin that only says "the junta")."""
    if corpus.profile_sides:
        return {doc_id: list(parties) for doc_id in corpus.documents}
    both = {doc_id: _party_counts(corpus, doc_id, parties, capitals or {}) for doc_id in corpus.documents}
    counts = {doc_id: found for doc_id, (found, _) in both.items()}
    overall = sum(counts.values(), Counter())
    together: Counter = Counter()  # how much the corpus names two parties side by side
    for found in counts.values():
        for a, b in itertools.combinations(sorted(found), 2):
            together[a, b] += min(found[a], found[b])
    named = {}
    for doc_id, found in counts.items():
        if not found:
            named[doc_id] = []
            continue
        top = min(found, key=lambda side: (-found[side], -overall[side], side))
        # pairing in the corpus, weighed up by how often this document names the side, or its kind
        unnamed = both[doc_id][1]
        partners = {side: n * (1 + found[side] + unnamed.get(side in corpus.rebel_sides, 0)) for side in overall
                    if side != top and (n := together[tuple(sorted((top, side)))])}
        named[doc_id] = [top] + ([max(partners, key=lambda side: (partners[side], side))]
                                 if partners else [])
    return named


def _party_counts(corpus: Corpus, doc_id: str, parties: list[str],
                  capitals: dict[str, str]) -> tuple[Counter, dict[bool, int]]:
    """How often a document names each party (a corpus may hold several conflicts), by name or by the
    capital standing for it. "The separatists" and "government troops" count for the one armed group, or
    the one state, it names by name; with none named, they are counted apart (by armed or not)."""
    doc = corpus.documents[doc_id]
    text = f"{doc.outlet or ''}\n{doc.masthead or ''}\n{doc.title or ''}\n{doc.text}"  # "Dravenland State Agency"
    counts = Counter(side for w in WORD.findall(text) if (side := corpus.side_of_word(w)) in parties)
    counts.update(side for m in lx.PLACE_PEJORATIVE.finditer(text)
                  if (side := capitals.get(m.group("place").lower())) in parties)
    unnamed: dict[bool, int] = {}
    for pattern, armed in ((lx.INSURGENT_FORCES, True), (lx.STATE_FORCES, False)):
        fitting = [side for side in counts if (side in corpus.rebel_sides) == armed]
        if len(fitting) == 1:
            counts[fitting[0]] += len(pattern.findall(text))
        elif not fitting:  # "the junta" in a bulletin that never names the state: kept for its opponent
            unnamed[armed] = len(pattern.findall(text))
    return counts, unnamed


def _lean(corpus: Corpus, doc_id: str, frames: list[Frame], sides: list[str], capitals: dict[str, str]) -> Lean:
    doc = corpus.documents[doc_id]
    documents_facts = _documents_facts(doc)
    voice = _voice(doc.text, frames)
    favour: Counter = Counter()
    framing: Counter = Counter()  # the outlet's own words, as against whom it quotes
    markers: list[tuple[float, str]] = []

    def add(side: str | None, weight: float, against: bool, evidence: str, words: bool = True) -> None:
        if side not in sides or weight <= 0:
            return
        targets = [s for s in sides if s != side] if against else [side]
        for target in targets:
            favour[target] += weight / len(targets)
            framing[target] += words * weight / len(targets)
        markers.append((weight, f"{evidence} ({'against ' + side if against else 'for ' + side})"))

    home = outlet_side(corpus, doc_id, sides)
    if home:
        # "Official newspaper of the Republic of Idrania", "Voice of the LLA": a page that says whose it is
        declared = any(home in _sides_named(corpus, m.group(), sides)
                       for m in lx.OWN_OUTLET.finditer(doc.masthead or ""))
        add(home, DECLARED_OUTLET_WEIGHT if declared else OUTLET_WEIGHT, False,
            f'outlet {"declares itself" if declared else "named"} for {home}: "{doc.outlet or doc.masthead}"')
    for text, in_title in ((doc.title or "", True), (doc.text, False)):
        counted: set[int] = set()  # "liberated from X's occupation" is one marker, not two
        for label, pattern in lx.AGAINST_PATTERNS:
            for match in pattern.finditer(text):
                if match.start("side") in counted:
                    continue
                counted.add(match.start("side"))
                weight = 1.0 if in_title else voice[match.start()]
                add(corpus.side_of_word(match.group("side")), weight, True, f'{label}: "{match.group().strip()}"')
    for match in lx.PLACE_PEJORATIVE.finditer(doc.text):
        capital = capitals.get(match.group("place").lower())
        if capital:
            add(capital, voice[match.start()], True, f'a capital standing for {capital}: "{match.group()}"')
    if not documents_facts:
        _unnamed_enemy(corpus, doc.text, frames, sides, voice, add, home, capitals)
    for side, words in corpus.vocabulary.items():
        for word in words:
            hits = [m.start() for m in re.finditer(r"\b" + re.escape(word) + r"\b", doc.text)][:VOCABULARY_CAP]
            weight = sum(voice[p] for p in hits)
            if weight:
                add(side, weight, False, f'vocabulary: "{word}" x{len(hits)}')
    for frame in frames:
        if frame.kind == "assertion" and frame.action == "capture" and _calls_liberation(frame.text):
            add(frame.actor_side, 1.0, False, f'calls a capture liberation: "{short_text(frame.text)}"')
        # harm to civilians stated as fact frames its doer; a strike on fighters may be the outlet's own boast
        if frame.kind == "assertion" and frame.family == "violence" and frame.target != "military" \
                and not documents_facts and not _boast(frame):
            add(frame.actor_side, FACT_WEIGHT.get(frame.target or "", 1.0), True,
                f'states as fact: "{short_text(frame.text)}"')
    if doc.title and not documents_facts:  # a fact-check's headline quotes the claim it checks
        title = Frame(item="title", doc=doc_id, start=0, end=0, text=doc.title, speaker=None, speaker_side=None,
                      kind="assertion", polarity="affirm")
        fill_event(corpus, title, doc.title, mentions=[])  # the headline is not in the text: demonyms only
        if title.family == "violence" and not lx.SPEECH_VERBS.search(doc.title.lower()):  # "X says Y shelled"
            add(title.actor_side, 1.0, True, f'headline: "{doc.title}"')
    denials = Counter(f.speaker_side for f in frames if f.polarity == "deny" and f.speaker_side)
    for side, count in denials.items():
        add(side, min(1.0, DENIAL_ROOM * count), False, f"gives room to {count} denial(s)", words=False)
    voices = Counter(f.speaker_side for f in frames if f.speaker_side in sides and f.kind != "assertion")
    if len(sides) == 2:
        most, fewer = sorted(sides, key=lambda s: -voices[s])
        surplus = voices[most] - voices[fewer]
        if surplus >= SOURCING_SURPLUS:
            add(most, min(SOURCING_CAP, SOURCING_WEIGHT * surplus), False,
                f"quotes {voices[most]} {most} voices to {voices[fewer]} {fewer}", words=False)
    lean = _verdict(favour, markers)
    if lean.side and not framing[lean.side]:  # whom a wire happens to quote more is no framing of its own
        return Lean(side=None, score=lean.score, markers=lean.markers)
    return lean


def outlet_side(corpus: Corpus, doc_id: str, sides: list[str]) -> str | None:
    """The one side of the two a document is about that its outlet is named for: "Keshtavan Press Agency",
    "National Television of Maruvia". A state's or a diaspora's own outlet speaks from that side."""
    doc = corpus.documents[doc_id]
    if _documents_facts(doc):
        return None
    # its name, or the masthead over its headline: "DERZHPRESS -- State Information Agency of Grodania",
    # "Voice of the Lumaut Liberation Army"
    named = _sides_named(corpus, f"{doc.outlet or ''}\n{doc.masthead or ''}", sides)
    return named.pop() if len(named) == 1 else None


def _sides_named(corpus: Corpus, text: str, sides: list[str]) -> set[str]:
    """The sides ``text`` names, by a word ("Grodania", "HALCYRENE") or by a party's full name."""
    named = {side for word in WORD.findall(text) if (side := corpus.side_of_word(word)) in sides}
    return named | {side for e in corpus.entities.values() if e.type in ("organization", "group") and " " in e.name
                    and e.name in text and (side := corpus.side_of(e.id)) in sides}


def _documents_facts(doc: Document) -> bool:
    """Monitors, wires and fact-checks report attacks as fact by trade: that alone is no lean."""
    return doc.kind in ("factcheck", "report") or is_monitor(doc.outlet) or is_wire(doc.outlet)


def _calls_liberation(text: str) -> bool:
    """"Liberated the town", not the "Lumaut Liberation Army" that a sentence names mid-way."""
    return any(match.start() == 0 or text[match.start()].islower() for match in lx.LIBERATION.finditer(text))


def _boast(frame: Frame) -> bool:
    """"The air force struck a terrorist enclave": violence against those the outlet calls terrorists."""
    return bool(lx.ENEMY_TARGET.search(frame.text.lower()))


def _unnamed_enemy(corpus: Corpus, text: str, frames: list[Frame], sides: list[str], voice: list[float],
                   add: Callable[[str | None, float, bool, str], None], home: str | None,
                   capitals: dict[str, str]) -> None:
    """"The occupiers", "the junta", "the Varrow regime", "our martyrs": loaded words that name no side
    count against the side opposite the outlet's own, else against the side the document most makes the
    doer of the violence it affirms, when there is one."""
    doers: Counter = Counter({side: 1.0 for side in sides if home and side != home and len(sides) == 2})
    for f in frames if not doers else []:  # who does the violence the document affirms, its own words most
        if f.family in ("violence", "detention") and f.polarity == "affirm" and f.actor_side in sides \
                and f.target != "military" and not _boast(f):
            doers[f.actor_side] += 1.0 if f.kind == "assertion" else 0.5
    ranked = doers.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return
    enemy = ranked[0][0]
    found = [m for m in lx.UNNAMED_ENEMY.finditer(text)]
    found += [m for m in lx.PLACE_PEJORATIVE.finditer(text) if not _side_of_phrase(corpus, m.group("place"))
              and m.group("place").lower() not in capitals]
    weight = min(UNNAMED_CAP, sum(UNNAMED_WEIGHT * voice[m.start()] for m in found))
    if weight:
        words = sorted({m.group().strip() for m in found if voice[m.start()]})
        add(enemy, weight, True, f'loaded words naming no side, the attacker being {enemy}: '
                                 f'{", ".join(words[:4])}')


def _verdict(favour: Counter, markers: list[tuple[float, str]]) -> Lean:
    ranked = favour.most_common()
    if not ranked:
        return Lean(side=None, score=0.0, markers=[])
    top, lead = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    score = round((lead - second) / (sum(favour.values()) + 1), 3)
    evidence = [text for _, text in sorted(markers, key=lambda m: -m[0])]
    side = top if lead - second >= MIN_MARGIN and score >= MIN_SCORE else None
    return Lean(side=side, score=score, markers=evidence)


def _voice(text: str, frames: list[Frame]) -> list[float]:
    """Weight of the outlet's own voice at each character: 0 in quotes (a quoted claim a fact-check rates,
    scare quotes), 0.5 in paraphrase, 1 elsewhere."""
    length = len(text)
    weights = [1.0] * (length + 1)
    for quote in find_quotes(text):
        weights[quote.start:quote.end] = [0.0] * (quote.end - quote.start)
    for frame in frames:
        if frame.kind == "assertion":
            continue
        weight = 0.0 if frame.kind == "direct" else 0.5
        for i in range(max(0, frame.start), min(length, frame.end)):
            weights[i] = min(weights[i], weight)
    return weights
