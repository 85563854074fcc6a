"""Rules that turn a candidate pair of frames into a link, each with its basis and a sentence saying why.

Precision first: a fact-checker reads every link, so a rule fires only when the frames pin down the
same event (a shared place, weapon or accused side within days) and the similarity of the words
agrees. Each item keeps at most ``PER_ITEM`` links of one type and basis: the board shows the clearest ones.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import PurePath

from rapidfuzz import fuzz
from spacy.lang.en.stop_words import STOP_WORDS

from crosscheck.compare import lexicon as lx
from crosscheck.compare.frames import CALENDAR_WORDS, NARRATIVE_REACH, PLACEHOLDERS, Corpus, Frame, short_text
from crosscheck.model import Link, Origin
from crosscheck.spelling import fold, plain_words

PER_ITEM = 2
DIRECT_BONUS = 0.03  # per side quoted verbatim
SAME_DAYS = 1  # two dates this close may be the same event
CORROBORATION_SIMILARITY = 0.5  # words must be about this close for two outlets to report "the same thing"
PLACELESS_BLAME_SIMILARITY = 0.35  # two sides blaming each other, one naming no place: words this close
ACCUSED_SIMILARITY = 0.25  # a denial matched only by the accused side needs words this close
CORROBORATION_DAYS = 7
PLACELESS_AGREEMENT = 10  # counts of which one names no place agree only on the same day and number, at least this
CLOSE_WORDING = 0.7  # MiniLM similarity at which two outlets' sentences tell one thing whatever its kind
DOWNING_DAYS = 3  # a downing and its denial: the claim's day and the answer's "this week"
PERSONAL_ACTIONS = frozenset({"killing", "detention"})
RESTATED_PENALTY = 0.05  # rank, not score, of a denial's link to its own article's retelling of the accusation
SAME_QUOTE_RATIO = 90  # rapidfuzz ratio of two quotes that are the same words


def find_links(
    corpus: Corpus,
    frames: list[Frame],
    pairs: set[tuple[int, int]],
    similarity: Callable[[int, int], float],
    origins: dict[str, Origin],
) -> list[Link]:
    found: list[Link] = []
    counts: dict[str, list[Frame]] = {}
    for frame in frames:
        if frame.category is not None and frame.claim:
            counts.setdefault(frame.claim, []).append(frame)
    for i, j in sorted(pairs):
        a, b = frames[i], frames[j]
        if a.item == b.item or (a.doc == b.doc and a.start < b.end and b.start < a.end):
            continue
        if a.category is not None or b.category is not None:
            link = _numbers(corpus, a, b) if a.category and b.category else None
        else:
            sim = similarity(i, j)
            link = _same_quote(corpus, a, b) or _contradiction(corpus, a, b, sim, origins) \
                or _corroboration(corpus, a, b, sim, origins, counts)
        if link:
            link.origins = _distinct([origins[x.item] for x in (a, b) if x.item in origins])
            if link.type == "contradicts":  # the speakers' own words are clearer than a paraphrase of them
                link.score = round(min(1.0, link.score + DIRECT_BONUS * sum(x.kind == "direct" for x in (a, b))), 3)
            found.append(link)
    return _clearest(_one_per_pair(found), {frame.item: frame.doc for frame in frames})


def _one_per_pair(links: list[Link]) -> list[Link]:
    """Two claims agreeing by their frames and by their counts are one corroboration: the surer stays."""
    best: dict[tuple, Link] = {}
    for link in links:
        key = (link.type, *sorted((link.a, link.b)))
        if key not in best or link.score > best[key].score:
            best[key] = link
    return list(best.values())


def _contradiction(corpus: Corpus, a: Frame, b: Frame, sim: float, origins: dict[str, Origin]) -> Link | None:
    if not a.family or a.family != b.family or (a.speaker == b.speaker and a.doc == b.doc):
        return None
    if {a.polarity, b.polarity} == {"affirm", "deny"}:
        aff, neg = (a, b) if a.polarity == "affirm" else (b, a)
        return _denial(corpus, aff, neg, sim, origins.get(aff.item))
    if a.polarity == b.polarity == "affirm":
        return _blame(corpus, a, b, sim)
    return None


def _denial(corpus: Corpus, aff: Frame, neg: Frame, sim: float, source: Origin | None) -> Link | None:
    if aff.family == "downing":
        return _downing_denial(corpus, aff, neg, sim)
    if neg.action == "accident" and not (aff.action == "attack" and (
            aff.actor_side or lx.DELIBERATE.search(aff.text.lower()))):
        return None  # a fault answers only a blast someone is said to have caused, not a death toll or a bare blast
    if aff.actor_side and neg.actor_side and aff.actor_side != neg.actor_side:
        return None  # each denies or asserts something of a different party
    if aff.voice_side and aff.voice_side == aff.actor_side == neg.voice_side:
        return None  # one side's voices do not accuse their own side: a misread clause, or a retold accusation
    if aff.target and neg.target and aff.target != neg.target:
        return None
    shared_sites, shared_weapons = aff.sites & neg.sites, aff.weapons & neg.weapons
    # a person killed or held is what both speak of: "Dimas Soetanto was arrested" / "Dimas is free"
    shared_people = aff.people & neg.people if aff.action in PERSONAL_ACTIONS else frozenset()
    accused = bool(aff.actor_side) and (neg.actor_side or neg.voice_side) == aff.actor_side
    if neg.target == "civilians" and accused and aff.target == "civilians" and source and source.kind == "monitor":
        what = f"{_who(corpus, aff)} documents {_event(aff)}"
        return Link("contradicts", aff.item, neg.item, "record",
                    f"{_who(corpus, neg)} denies that {aff.actor_side} targets civilians; {what}.",
                    round(min(1.0, 0.7 + 0.3 * sim), 3))
    lower = neg.text.lower()
    never = lx.TIMELESS.search(lower)  # "has never used cluster munitions", "no minor has ever been called up"
    if accused and source and source.kind == "monitor" and never and not _disjoint(aff.sites, neg.sites) and (
            shared_weapons or not (aff.weapons or neg.weapons)):  # "never fired at Tsegur" is no word on mines
        return Link("contradicts", aff.item, neg.item, "record",  # "no minor has ever been called up"
                    f"{_who(corpus, neg)} says {aff.actor_side} never does this; {_who(corpus, aff)} documents "
                    f"{_event(aff)}.", round(min(1.0, 0.6 + 0.3 * sim), 3))
    named_weapon = any(w in corpus.entities for w in shared_weapons)  # statements months apart about one launch
    timeless = shared_weapons and never
    # a denial answers the accusation days before it: "we are not holding a single fisherman" a seizure,
    # "Our guns did not fire at Harnau" (said on Thursday, or dated by nothing but its page) Monday's shelling
    sweeping = lx.SWEEPING.search(lower)  # "there is not one Dravonian soldier on Ostrelian soil"
    # one article's telling: "X accused ...; Y denied", in words however far apart
    adjacent = aff.doc == neg.doc and abs(aff.start - neg.start) <= NARRATIVE_REACH
    answering = _told_after(aff, neg, DOWNING_DAYS if neg.dated and not sweeping else CORROBORATION_DAYS) or adjacent
    if (shared_sites or shared_weapons or shared_people) and \
            not _disjoint(aff.sites, neg.sites, shared_weapons | shared_people) and (
            named_weapon or timeless or answering or _close_in_time(aff, neg) or not (aff.date and neg.date)):
        shared = ", ".join(sorted(_names(corpus, shared_sites | shared_weapons | shared_people)))
        score = 0.6 + 0.1 * min(2, len(shared_sites) + len(shared_weapons) + len(shared_people)) + 0.2 * sim
    elif accused and (_close_in_time(aff, neg) or answering) and (
            sim >= ACCUSED_SIMILARITY or adjacent) and (not _disjoint(aff.sites, neg.sites) or sweeping):
        shared = f"the accused side, {aff.actor_side}, answering"
        score = 0.5 + 0.3 * sim + 0.1 * adjacent
    else:
        return None
    return Link("contradicts", aff.item, neg.item, "denial",
                f"{_who(corpus, aff)} reports {_event(aff)}; {_who(corpus, neg)} denies it (shared: {shared}).",
                round(min(1.0, score), 3))


def _downing_denial(corpus: Corpus, aff: Frame, neg: Frame, sim: float) -> Link | None:
    """"We shot down their drone" against "no drone of ours was lost", from the side that would have lost it.

    A sweeping denial ("anywhere else", "on any other day") covers every place; otherwise the two must
    not name different places, and must be about the same days.
    """
    loser = aff.object_side
    answered = bool(loser) and loser in (neg.object_side, neg.voice_side)
    if neg.object_side and loser and neg.object_side != loser:
        return None
    lower = neg.text.lower()
    neg_sites = frozenset(s for s in neg.sites  # "landed at Brindle Quay": where it came back to
                          if not re.search(lx.RETURN_PLACE + re.escape(corpus.place_name(s).lower()), lower))
    shared_sites = aff.sites & neg_sites
    near = aff.doc == neg.doc and abs(aff.start - neg.start) <= 3 * NARRATIVE_REACH  # one article's account of it
    if _disjoint(aff.sites, neg_sites) and not lx.SWEEPING.search(lower) and not (answered and near):
        return None
    if aff.date and neg.date and _days_apart(aff.date, neg.date) > DOWNING_DAYS and not (
            not neg.dated and _told_after(aff, neg, CORROBORATION_DAYS)):  # an answer dated by its page only
        return None
    if not (answered or shared_sites or aff.doc == neg.doc) or (sim < ACCUSED_SIMILARITY and not shared_sites):
        return None
    shared = ", ".join(sorted(_names(corpus, shared_sites))) or (f"{loser}'s aircraft" if answered else "same article")
    return Link("contradicts", aff.item, neg.item, "denial",
                f"{_who(corpus, aff)} reports {_event(aff)}; {_who(corpus, neg)} denies any was lost "
                f"(shared: {shared}).",
                round(min(1.0, 0.55 + 0.1 * bool(shared_sites) + 0.1 * answered + 0.25 * sim), 3))


def _blame(corpus: Corpus, a: Frame, b: Frame, sim: float) -> Link | None:
    """Each side says the other did it: same kind of event, same place or article, same days. Or one side
    is accused and tells the event its own way, naming no doer of its side: "Grodan mortar crews opened fire
    on the buses" against Grodania's "militants of the so-called Vetla battalion fired on the column"."""
    if a.actor_side is None or b.actor_side is None:
        return _own_account(corpus, a, b, sim) or _own_account(corpus, b, a, sim)
    sides = (a.actor_side, b.actor_side, a.voice_side, b.voice_side)
    if None in sides or a.actor_side == b.actor_side or a.voice_side == b.voice_side:
        return None
    if a.voice_side == a.actor_side or b.voice_side == b.actor_side:
        return None  # one of them speaks of its own side's action
    if a.target and b.target and a.target != b.target:
        return None
    # one names no place: the same day's event, told of the same thing ("On Sunday the patrol was shot up by X")
    placeless = a.dated and b.dated and a.date == b.date and sim >= PLACELESS_BLAME_SIMILARITY \
        and bool(_things(corpus, a) & _things(corpus, b))
    if not (a.sites & b.sites or a.doc == b.doc or placeless) or _disjoint(a.sites, b.sites) \
            or not _close_in_time(a, b):
        return None
    if a.doc != b.doc and not (a.date and b.date):
        return None
    where = ", ".join(sorted(_names(corpus, a.sites & b.sites))) or "the same article's account"
    return Link("contradicts", a.item, b.item, "blame",
                f"{_who(corpus, a)} blames {a.actor_side} and {_who(corpus, b)} blames {b.actor_side} "
                f"for {_event(a)} ({where}, {a.date or 'undated'}).",
                round(min(1.0, 0.55 + 0.1 * bool(a.sites & b.sites) + 0.3 * sim), 3))


def _own_account(corpus: Corpus, accusation: Frame, account: Frame, sim: float) -> Link | None:
    """The accused side's own telling of the event it is blamed for, with a doer not its own."""
    accused = accusation.actor_side
    if not accused or accused in PLACEHOLDERS or account.actor_side or account.voice_side != accused \
            or accusation.voice_side in (None, accused) or sim < ACCUSED_SIMILARITY \
            or not lx.OTHER_DOER.search(account.text):  # a count of the dead is no other telling
        return None
    if accusation.target and account.target and accusation.target != account.target:
        return None
    if not accusation.sites & account.sites or _disjoint(accusation.sites, account.sites) \
            or not (accusation.date and account.date and _close_in_time(accusation, account)):
        return None
    where = ", ".join(sorted(_names(corpus, accusation.sites & account.sites)))
    return Link("contradicts", accusation.item, account.item, "blame",
                f"{_who(corpus, accusation)} blames {accused} for {_event(accusation)}; {_who(corpus, account)}, "
                f"for {accused}, tells it otherwise ({where}, {accusation.date}).",
                round(min(1.0, 0.5 + 0.4 * sim), 3))


def _things(corpus: Corpus, frame: Frame) -> set[str]:
    """The words a claim names its event's object by ("patrol", "monastery"): not its kind of act, day,
    parties or small words."""
    words = {w for w in re.findall(r"[a-z]{4,}", frame.text.lower()) if w not in STOP_WORDS
             and w[:3] not in CALENDAR_WORDS and not corpus.side_of_word(w.title())}
    return {w for w in words if not any(p.search(w) for p in lx.ACTIONS.values())} - lx.FORMATION_WORDS


def _numbers(corpus: Corpus, a: Frame, b: Frame) -> Link | None:
    """The same count (category, who was counted, place, day, scope) given with values that cannot both hold."""
    if a.category != b.category or a.category == "other" or a.unit != b.unit or a.claim == b.claim:
        return None
    sites_a, sites_b = _figure_sites(corpus, a, b), _figure_sites(corpus, b, a)
    placeless = not (sites_a and sites_b)  # may agree by the very number, never clash without a place
    if not (sites_a & sites_b or placeless) or _disjoint(sites_a, sites_b) or a.cumulative != b.cumulative:
        return None
    if not (a.date and b.date):
        return None
    # people held are held still days later: "thirteen men in custody" and "17 fishermen are being held"
    held = a.category == "captured" and a.standing and b.standing and not placeless
    same_days = _days_apart(a.date, b.date) <= (0 if a.cumulative else CORROBORATION_DAYS if held else SAME_DAYS)
    # a count no day is given for is of some day before its page appeared: it may agree with a dated one
    undated, other = (a, b) if not a.dated else (b, a)
    reported_after = not a.cumulative and not undated.dated and _told_after(other, undated, CORROBORATION_DAYS)
    if not (same_days or reported_after):
        return None
    same_subject = _same_subject(a.subject, b.subject)
    if (a.part or b.part) and not _same_subject(a.subject, b.subject, named=True):
        return None  # "two schoolgirls" among the dead are not a count of the dead
    kind_a, kind_b = _counted_kind(a), _counted_kind(b)
    # "eleven wedding guests" and "11 civilians" are one count when the numbers agree (not enough to set two
    # numbers against each other); "400 soldiers" and "nineteen civilians" are never one
    same_kind = bool(kind_a) and kind_a == kind_b
    if not (same_subject or same_kind) or _differ(kind_a, kind_b) or "deny" in (a.polarity, b.polarity):
        return None
    if placeless and not (a.value == b.value and a.value >= PLACELESS_AGREEMENT and same_days):
        return None
    place = ", ".join(sorted(_names(corpus, sites_a & sites_b)))
    at = f" at {place}" if place else ""
    count = f"{a.category}{' in total' if a.cumulative else ''}{at} around {a.date}"
    # the claims that give the counts, when there are: the reader sees who said what, not a bare number
    first, second = a.claim or a.item, b.claim or b.item
    if not _overlap(_interval(a), _interval(b)):
        if not (same_days and same_subject):  # "five children" of "eleven civilians" is no other count
            return None
        return Link("contradicts", first, second, "numbers",
                    f"{_who(corpus, a)}: {a.text}; {_who(corpus, b)}: {b.text} — {count}.", 0.8)
    if a.doc != b.doc and _outlet(corpus, a) != _outlet(corpus, b) and _close_values(a, b):
        return Link("corroborates", first, second, "numbers",
                    f"{_who(corpus, a)} and {_who(corpus, b)} give the same count of {count}: "
                    f"“{a.text}” and “{b.text}”.", 0.7)
    return None


def _told_after(first: Frame, then: Frame, days: int) -> bool:
    """``then`` is of the same days as the dated ``first`` or up to ``days`` after it (an answer, a later page)."""
    if not (first.dated and first.date and then.date):
        return False
    return 0 <= (date.fromisoformat(then.date) - date.fromisoformat(first.date)).days <= days


def _close_values(a: Frame, b: Frame) -> bool:
    """Two counts agree when they state the same number ("eleven" and "at least 11"), or near numbers when
    either is approximate; "at least 19" and "23" merely do not clash."""
    first, second = a.value or 0.0, b.value or 0.0
    tolerance = 0.1 if "about" in (a.qualifier, b.qualifier) else 0.0
    return abs(first - second) <= tolerance * max(first, second)


def _figure_sites(corpus: Corpus, frame: Frame, other: Frame) -> frozenset[str]:
    """A count whose sentence names no place is, within its own article, at the dateline's place when
    the other count names that place: "TERVO - ... at least 14 were killed" against "three in Tervo"."""
    if frame.sites or frame.doc != other.doc:
        return frame.sites
    dateline = corpus.documents[frame.doc].dateline if frame.doc in corpus.documents else None
    place = fold(dateline) if dateline else ""
    return frozenset({place}) if place in other.sites else frozenset()


def _corroboration(corpus: Corpus, a: Frame, b: Frame, sim: float, origins: dict[str, Origin],
                   counts: dict[str, list[Frame]]) -> Link | None:
    if a.doc == b.doc or a.polarity != "affirm" or b.polarity != "affirm" or not _compatible(corpus, a, b):
        return None
    return _same_frame(corpus, a, b, sim, origins) or \
        (_close_report(corpus, a, b, sim, counts, origins) if sim >= CLOSE_WORDING else None)


def _same_frame(corpus: Corpus, a: Frame, b: Frame, sim: float, origins: dict[str, Origin]) -> Link | None:
    if not a.family or a.family != b.family:
        return None
    if not a.weapons & b.weapons and a.date and b.date and _days_apart(a.date, b.date) > CORROBORATION_DAYS:
        return None  # a shared distinct weapon ties reports of a pattern; otherwise the same days
    shared = Counter({
        "place": len(a.sites & b.sites), "weapon": len(a.weapons & b.weapons),
        "target": bool(a.target and a.target == b.target), "actor": bool(a.actor_side and a.actor_side == b.actor_side),
        "origin": bool(a.item in origins and b.item in origins and origins[a.item].name == origins[b.item].name),
    })
    if sum(1 for v in shared.values() if v) < 2 or sim < CORROBORATION_SIMILARITY:
        return None
    agreed = ", ".join(f"place ({', '.join(sorted(_names(corpus, a.sites & b.sites)))})" if k == "place" else k
                       for k, v in shared.items() if v)  # "agree on place (Tolvik), target"
    if shared["origin"]:
        said = f"{_outlet(corpus, a)} and {_outlet(corpus, b)} both carry {origins[a.item].name}'s report of"
        said = f"{said} {_event(a)} (one origin; agree on {agreed})."
    else:
        said = f"{_who(corpus, a)} and {_who(corpus, b)} both report {_event(a)} (agree on {agreed})."
    return Link("corroborates", a.item, b.item, "frame", said,
                round(min(1.0, 0.4 + 0.1 * sum(1 for v in shared.values() if v) + 0.3 * sim), 3))


def _compatible(corpus: Corpus, a: Frame, b: Frame) -> bool:
    """Two outlets' accounts that may be of one event: not one outlet twice, nor different doers, targets or places."""
    outlet_a, outlet_b = corpus.documents[a.doc].outlet, corpus.documents[b.doc].outlet
    if outlet_a and outlet_a == outlet_b:
        return False
    return not (_differ(a.actor_side, b.actor_side) or _differ(a.target, b.target) or _disjoint(a.sites, b.sites))


def _close_report(corpus: Corpus, a: Frame, b: Frame, sim: float, counts: dict[str, list[Frame]],
                  origins: dict[str, Origin]) -> Link | None:
    """Two outlets telling one thing in nearly the same words ("the ceasefire took hold at noon"; "40,000 residents
    without tap water"): the words tie them, so no kind of event is needed, only nothing that tells them apart
    (doer, target, place, day, or a count that disagrees). A fact-check's own sentences restate what it checks,
    so they are left to the frames."""
    if any(x.speaker is None and corpus.documents[x.doc].kind == "factcheck" for x in (a, b)):
        return None
    if a.date and b.date and _days_apart(a.date, b.date) > SAME_DAYS:
        return None
    for first in counts.get(a.item, []):
        if any(first.category == second.category and not _close_values(first, second)
               for second in counts.get(b.item, [])):
            return None
    places = _names(corpus, a.sites & b.sites)
    agreed = f", at {', '.join(sorted(places))}" if places else ""
    source = origins.get(a.item)
    if source and b.item in origins and origins[b.item].name == source.name:
        said = f"{_outlet(corpus, a)} and {_outlet(corpus, b)} both carry {source.name}'s account in close words" \
               f"{agreed} (one origin)"
    else:
        said = f"{_who(corpus, a)} and {_who(corpus, b)} tell the same thing in close words{agreed}"
    return Link("corroborates", a.item, b.item, "wording",
                f"{said}: “{short_text(a.text)}” and “{short_text(b.text)}”.", round(0.3 + 0.3 * sim, 3))


def _same_quote(corpus: Corpus, a: Frame, b: Frame) -> Link | None:
    if a.doc == b.doc or a.kind != "direct" or b.kind != "direct" or min(len(a.text), len(b.text)) < 30:
        return None
    first, second = plain_words(a.text), plain_words(b.text)
    ratio = fuzz.ratio(first, second)
    if ratio < SAME_QUOTE_RATIO and fuzz.partial_ratio(first, second) != 100:
        return None
    return Link("same_quote", a.item, b.item, "quote",
                f"The same words from {_who(corpus, a)} appear in {_outlet(corpus, a)} and {_outlet(corpus, b)}: "
                "one origin repeated, not independent confirmation.", round(ratio / 100, 3))


def _clearest(links: list[Link], doc_of: dict[str, str]) -> list[Link]:
    """The best ``PER_ITEM`` links of each item. An accusation an article restates only to have it denied
    ("Dessalit says your artillery set the monastery on fire" put to the general) gives way to the tellings
    of it in other outlets, when there are: the accuser's own words are the better evidence."""
    told_elsewhere = {item for link in links if link.type == "corroborates" for item in (link.a, link.b)}

    def rank(link: Link) -> tuple:
        restated = link.type == "contradicts" and doc_of.get(link.a) == doc_of.get(link.b) and (
            link.a in told_elsewhere or link.b in told_elsewhere)
        return -link.score + RESTATED_PENALTY * restated, link.a, link.b

    used: Counter = Counter()
    kept = []
    for link in sorted(links, key=rank):
        if used[link.type, link.basis, link.a] >= PER_ITEM or used[link.type, link.basis, link.b] >= PER_ITEM:
            continue
        used[link.type, link.basis, link.a] += 1
        used[link.type, link.basis, link.b] += 1
        kept.append(link)
    return kept


def _who(corpus: Corpus, frame: Frame) -> str:
    entity = corpus.entities.get(frame.speaker or "")
    if entity:
        return entity.name
    return f"{_outlet(corpus, frame)} (own voice)"


def _outlet(corpus: Corpus, frame: Frame) -> str:
    doc = corpus.documents.get(frame.doc)
    if doc is None:
        return frame.doc
    return doc.outlet or PurePath(doc.source).name or frame.doc


def _event(frame: Frame) -> str:
    words = [frame.action or "an event"]
    if frame.object_side:
        words.append(f"of a {frame.object_side} aircraft")
    if frame.actor_side:
        words.append(f"by {frame.actor_side}")
    if frame.target and frame.family != "downing":
        words.append(f"on {frame.target}")
    return " ".join(words)


def _names(corpus: Corpus, keys: frozenset[str] | set[str]) -> set[str]:
    """Weapon entity ids and folded sites, as the texts name them."""
    return {corpus.entities[k].name if k in corpus.entities else corpus.place_name(k) for k in keys}


def _disjoint(sites_a: frozenset[str], sites_b: frozenset[str], ties: frozenset[str] = frozenset()) -> bool:
    """Both name places and none is shared: two events, unless a shared named weapon or person ties them
    (a prisoner is held in one town and denied held in the capital)."""
    return bool(sites_a and sites_b and not sites_a & sites_b and not ties)


def _differ(first: str | None, second: str | None) -> bool:
    return bool(first and second and first != second)


def _close_in_time(a: Frame, b: Frame) -> bool:
    if a.date and b.date:
        return _days_apart(a.date, b.date) <= SAME_DAYS
    return a.doc == b.doc


def _days_apart(first: str, second: str) -> int:
    return abs((date.fromisoformat(first) - date.fromisoformat(second)).days)


def _same_subject(first: str | None, second: str | None, named: bool = False) -> bool:
    """Whether two counts count the same kind; a count that names no kind may be of any, unless ``named``."""
    words_a = set((first or "").lower().split()) - lx.GENERIC_SUBJECTS
    words_b = set((second or "").lower().split()) - lx.GENERIC_SUBJECTS
    if not words_a or not words_b:
        return not named
    # "fishermen" are "men", "servicemen" too: a compound's head names its kind
    return any(
        x == y or (min(len(x), len(y)) >= 3 and (x.endswith(y) or y.endswith(x))) for x in words_a for y in words_b)


def _counted_kind(frame: Frame) -> str | None:
    """Whether a count names civilians or fighters ("people" names neither: a side may say they were soldiers)."""
    subject = (frame.subject or "").lower()
    if lx.MILITARY_TARGETS.search(subject):
        return "military"
    return "civilians" if lx.CIVILIAN_TARGETS.search(subject) else None


def _interval(frame: Frame) -> tuple[float, float]:
    value = frame.value or 0.0
    return {
        "about": (value * 0.8, value * 1.2), "at_least": (value, float("inf")), "at_most": (0.0, value),
    }.get(frame.qualifier or "exact", (value, value))


def _overlap(first: tuple[float, float], second: tuple[float, float]) -> bool:
    return first[0] <= second[1] and second[0] <= first[1]


def _distinct(origins: list[Origin]) -> list[Origin]:
    seen, kept = set(), []
    for origin in origins:
        if origin.name not in seen:
            seen.add(origin.name)
            kept.append(origin)
    return kept
