"""Names in text: people, places, organizations, groups and weapons, from capitalisation and context.

No name-annotated training data exists for this, so names come from capitalised runs, the titles
before them ("Foreign Minister ..."), the words around them ("... city", "... said", "... missiles"),
and a world gazetteer of states and demonyms. Within a document, a surname or a role ("the French
leader") goes to the nearest compatible full name before it; the resolve stage merges across documents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from crosscheck.countries import DEMONYM_SUFFIXES
from crosscheck.extract import lexicon as lx
from crosscheck.spelling import fold, fold_place, same_name

_NAME_TOKEN = re.compile(r"[A-Z][A-Za-z0-9.'’]*|[A-Z0-9][A-Z0-9.\-]*[A-Z][A-Z0-9.\-]*")
_PARTICLES = frozenset({"de", "da", "del", "della", "di", "von", "van", "der", "den", "bin", "ibn", "al", "el",
                        "le", "la", "du", "dos", "do"})
_CONNECTORS = frozenset({"of", "for"})
# Heads of a body's name that a document may shorten it to: "the Defence Army", "the General Staff".
_ARMED_TAIL = frozenset({"army", "force", "forces", "front", "brigade", "militia", "guard", "staff"})
# Nouns whose possessive begins a body's name rather than naming its owner: "People's Defence Force".
_COLLECTIVES = frozenset({"people", "peoples", "women", "children", "nation", "youth", "workers", "martyrs"})
_ROLE_MODIFIERS = frozenset({"and", "presidential", "parliamentary", "political", "human", "rights", "senior",
                             "government", "ministry", "foreign", "defense", "defence", "military", "press", "a", "an",
                             "the", "deputy", "acting", "former"})
_DEMONYM_ENDING = re.compile(r"(?:i|ian|ean|ese|ish|an|ic|ene)$")  # Solmari, Dravian, Slovene; not Karabakh or Tarn
_NAME_MARKS = str.maketrans("", "", "'’.")
_COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                      "upper", "lower", "greater", "middle", "far"})
_MODEL_TYPES = {"PERSON": "person", "GPE": "place", "LOC": "place", "FAC": "place", "ORG": "organization",
                "PRODUCT": "weapon"}


@dataclass
class NameMention:
    start: int  # character offsets into the document text
    end: int
    text: str
    type: str  # person, place, organization, group, weapon, other
    first_token: int
    last_token: int  # inclusive
    words: list[str] = field(default_factory=list)  # the name's own words, titles stripped
    roles: set[str] = field(default_factory=set)
    affiliation: str | None = None
    group_class: str | None = None  # for groups: forces, officials, ...
    entity: int = -1  # index of the document-local entity


def is_heading(sent: Span) -> bool:
    """Title-cased or upper-case lines with no verb-like lower-case words: section heads, captions."""
    words = [t for t in sent if t.is_alpha]
    if not words or sent.text.rstrip()[-1:] in ".?!\"”’:":
        return False
    lower = [t for t in words if t.text.islower() and t.lower_ not in lx.NOT_NAMES]
    return len(words) <= 12 and len(lower) <= len(words) // 3 + (1 if len(words) > 3 else 0)


_ROLE_ENDINGS = frozenset({"commander", "chief", "spokesman", "spokeswoman", "spokesperson", "head", "director"})
# A line under a headline naming who speaks below: its names are read though it has no full stop
CREDIT_LINE = re.compile(r"^\s*(?:interview|conversation|(?:press |news )?(?:briefing|conference)|remarks|statement|"
                         r"address|speech|q ?& ?a) (?:by|with)\s", re.I)


def find_mentions(doc: Doc) -> list[NameMention]:
    """Name and group mentions of a parsed document, in text order, without overlaps."""
    # Capitalised where nothing else capitalises them: such words are names even at a sentence start.
    inner_caps = {t.text for t in doc if _is_name_token(t) and not _sentence_initial(t, t.sent) and not _after_quote(t)}
    mentions: list[NameMention] = []
    headings = []
    for sent in doc.sents:
        if is_heading(sent) and not CREDIT_LINE.match(sent.text):
            headings.append(sent)
            continue
        mentions.extend(_group_mentions(sent))
        mentions.extend(_name_mentions(sent, inner_caps))
    mentions = _places_by_consensus(_without_learned_demonyms(_without_overlaps(mentions), doc.text))
    if doc.ents:
        mentions = _add_model_entities(doc, mentions)
    known = {m.text for m in mentions if m.type != "group"}
    for sent in headings:
        mentions.extend(_known_in_heading(sent, known))
    mentions.sort(key=lambda m: m.start)
    return mentions


def _is_name_token(token: Token) -> bool:
    """Capitalised words in any alphabet (Féin, Ní, O'Brien, L.) and codes with capitals (LAR-160, M095)."""
    text = token.text
    if text.lower() == "i" or not text:
        return False
    if text[0].isupper() and all(c.isalnum() or c in ".'’-" for c in text) and not text[1:2].isdigit():
        return True
    return bool(_NAME_TOKEN.fullmatch(text))


def _after_quote(token: Token) -> bool:
    return token.i > 0 and token.nbor(-1).is_quote


def _sentence_initial(token: Token, sent: Span) -> bool:
    i = token.i
    while i > sent.start and (token.doc[i - 1].is_punct or token.doc[i - 1].is_space):
        if token.doc[i - 1].text in ("—", "–", "--"):  # "STEPANAKERT (Agency) — Fighting ..."
            return True
        i -= 1
    return i == sent.start


def _startable(token: Token, sent: Span, inner_caps: set[str]) -> bool:
    lower = token.lower_
    if not _is_name_token(token) or lower in lx.NOT_NAMES or token.like_num:
        return False
    if not _sentence_initial(token, sent) and not _after_quote(token):
        return True
    if lower in lx.COUNTRY_FORMS or lower in lx.ORG_ACRONYMS or token.text in inner_caps:
        return True
    if token.is_stop:
        return False
    nxt = token.nbor(1) if token.i + 1 < sent.end else None
    if nxt is not None and nxt.lower_ in _PARTICLES and nxt.i + 1 < sent.end:
        nxt = nxt.nbor(1)  # "Jeremy de Souza"
    return nxt is not None and ((_is_name_token(nxt) and nxt.lower_ not in lx.NOT_NAMES)
                                or nxt.lower_ in ("'s", "’s") or nxt.lower_ in lx.CUE_LEMMAS)


def _wordlike(text: str) -> bool:
    """Letters, with the apostrophes and full stops of O'Sullivan and P."""
    return text.translate(_NAME_MARKS).isalpha()


def _joined_hyphen(doc: Doc, i: int) -> bool:
    """Token i is a hyphen glued between two name tokens: Nagorno-Karabakh, Jean-Yves, Al-Ahram."""
    if doc[i].text != "-" or i == 0 or i + 1 >= len(doc):
        return False
    before, after = doc[i - 1], doc[i + 1]
    return not before.whitespace_ and not doc[i].whitespace_ and _is_name_token(after)


def _runs(sent: Span, inner_caps: set[str]) -> list[tuple[int, int]]:
    """Maximal capitalised token runs (start, end exclusive), joined by hyphens, particles and of/for."""
    doc = sent.doc
    runs = []
    i = sent.start
    while i < sent.end:
        if not _startable(doc[i], sent, inner_caps):
            i += 1
            continue
        j = i + 1
        while j < sent.end:
            token = doc[j]
            if _is_name_token(token) and token.lower_ not in lx.NOT_NAMES:
                j += 1
            elif _joined_hyphen(doc, j):
                j += 2
            elif j + 1 < sent.end and _is_name_token(doc[j + 1]) and _links_name(doc, i, j):
                j += 1
            elif j + 2 < sent.end and doc[j + 1].lower_ == "the" and _is_name_token(doc[j + 2]) \
                    and _links_name(doc, i, j):
                j += 2  # "International Committee of the Red Cross"
            elif token.lower_ == "and" and _org_continues(doc, i, j, sent.end):
                j += 1  # "National Disaster Risk Reduction and Management Council"
            elif token.lower_ in ("'s", "’s") and (
                    (any(doc[k].lower_ in lx.TITLES for k in range(i, j)) and _org_continues(doc, i, j, sent.end))
                    or (doc[j - 1].lower_ in _COLLECTIVES and _org_continues(doc, i, j, sent.end, True))):
                j += 1  # "the Prosecutor General's Office", "the People's Defence Force"
            else:
                break
        while j > i + 1 and doc[j - 1].lower_ in _CONNECTORS | _PARTICLES | {"the", "and", "'s", "’s"}:
            j -= 1
        runs.append((i, j))
        i = j
    return runs


def _org_continues(doc: Doc, start: int, j: int, limit: int, through_titles: bool = False) -> bool:
    """After "and"/"'s" at j, capitalised words run on to an organization word, none before j (nor a title
    between, unless ``through_titles``: "People's Defence Force")."""
    if any(doc[k].lower_ in lx.ORG_WORDS for k in range(start, j)):
        return False
    k = j + 1
    while k < limit and _is_name_token(doc[k]) and (through_titles or doc[k].lower_ not in lx.TITLES):
        if doc[k].lower_ in lx.ORG_WORDS:
            return True
        k += 1
    return False


def _links_name(doc: Doc, start: int, j: int) -> bool:
    """A lower-case word inside a name: a particle (Jean-Yves Le Drian, bin, von) or "of"/"for" in an
    organization or title (Ministry of Foreign Affairs, Prime Minister of Armenia)."""
    token = doc[j]
    if token.lower_ in _PARTICLES and token.text.islower():
        return True
    return token.lower_ in _CONNECTORS and (doc[j - 1].lower_ in lx.TITLES or any(
        doc[k].lower_ in lx.ORG_WORDS for k in range(start, j)))


def _name_mentions(sent: Span, inner_caps: set[str]) -> list[NameMention]:
    doc = sent.doc
    found = []
    for start, end in _runs(sent, inner_caps):
        mention = _type_run(doc, start, end)
        if mention:
            found.append(mention)
    return found


def _words(doc: Doc, start: int, end: int) -> list[str]:
    """The run's words, with hyphenated compounds kept whole."""
    return re.sub(r"\s*-\s*", "-", doc[start:end].text).split()


def _context_roles(doc: Doc, start: int) -> tuple[set[str], str | None]:
    """Role words and a demonym just before a name: "political expert X", "A ministry spokeswoman, X"."""
    roles: set[str] = set()
    affiliation = None
    i = start - 1
    if i >= 1 and doc[i].text == ",":  # a role in apposition before the name
        i -= 1
    while i >= max(0, start - 6):
        token = doc[i]
        lower = token.lower_.rstrip(".")
        if lower in lx.TITLES or lower in lx.ROLE_NOUNS or lower in _ROLE_MODIFIERS:
            if token.text.islower() or lower in lx.TITLES:
                roles.add(lower)
        elif state := _affiliation(token):
            affiliation = affiliation or state
        else:
            break
        i -= 1
    return roles - _ROLE_MODIFIERS, affiliation


def _affiliation(token: Token) -> str | None:
    """The state a demonym before a person's name gives: "Azerbaijani" -> "Azerbaijan"; a demonym of a state
    the tables do not know is kept as written ("Tamazran"), for the comparison to read by the corpus's sides."""
    lower = token.lower_
    if not token.text[:1].isupper():
        return None
    if lower in lx.COUNTRY_FORMS:
        return lx.COUNTRY_FORMS[lower]
    if len(lower) >= 6 and _DEMONYM_ENDING.search(lower) and lower not in lx.TITLES | lx.ROLE_NOUNS | lx.ORG_WORDS \
            and token.is_alpha:
        return token.text
    return None


def _apposition_roles(doc: Doc, end: int) -> set[str]:
    """", Karabakh's human rights ombudsman," after a name: a role phrase closed by a comma."""
    if end >= len(doc) or doc[end].text != ",":
        return set()
    roles = set()
    for token in doc[end + 1: min(len(doc), end + 10)]:
        if token.text in ",.;:":
            return roles
        if token.is_quote or token.lower_ in lx.CUE_LEMMAS or token.is_space:
            break
        if token.lower_ in lx.ROLE_NOUNS or token.lower_ in lx.TITLES:
            roles.add(token.lower_)
    return set()


def _type_run(doc: Doc, start: int, end: int) -> NameMention | None:
    lowers = [t.lower_ for t in doc[start:end]]
    text = doc[start:end].text
    whole = " ".join(lowers)
    after = [t.lower_ for t in doc[end: min(len(doc), end + 4)]]
    before = doc[start - 1].lower_ if start > 0 else ""

    def make(kind: str, first: int, words: list[str] | None = None, roles=(), affiliation=None) -> NameMention:
        span = doc[first:end]
        return NameMention(span.start_char, span.end_char, span.text, kind, first, end - 1,
                           words or _words(doc, first, end), set(roles), affiliation)

    words = _words(doc, start, end)
    parts = [w.lower() for part in words for w in part.split("-")]
    if len(parts) > 1 and all(p in lx.COUNTRY_FORMS for p in parts) and whole not in lx.COUNTRY_FORMS:
        return None  # "Armenian-Azerbaijani": an adjective
    if whole in lx.COUNTRY_FORMS:
        if lx.COUNTRY_FORMS[whole].lower() == whole or whole in ("us", "u.s.", "uk", "u.k.", "usa"):
            return make("place", start, affiliation=lx.COUNTRY_FORMS[whole])
        return None  # a demonym on its own is an adjective; groups are found separately
    if all(w in lx.PORTFOLIO_WORDS | _CONNECTORS for w in lowers) and before in _CONNECTORS and start >= 2 \
            and doc[start - 2].lower_ in lx.TITLES:
        return None  # "Minister of Health Dr Khadija Ouhadda": the minister's portfolio
    last_org = max((k for k, w in enumerate(lowers) if w in lx.ORG_WORDS), default=-1)
    last_title = max((k for k, w in enumerate(lowers) if w.rstrip(".") in lx.TITLES), default=-1)
    titled_person = last_org >= 0 and last_org < last_title < len(lowers) - 1
    if titled_person and doc[start + last_title].text[0].isupper():
        roles = {w.rstrip(".") for w in lowers[last_org + 1: last_title + 1] if w.rstrip(".") in lx.TITLES}
        affiliation = _affiliation(doc[start])  # "Kremlin Spokesman Dmitry Peskov": a person, titled by a body
        return make("person", start + last_title + 1, roles=roles, affiliation=affiliation)
    if lowers[-1] in _ROLE_ENDINGS and last_org >= 0:
        return None  # "Force Commander", "Police Chief": a post, not a body
    if any(w in lx.ORG_WORDS for w in lowers) or (end - start == 1 and lowers[0] in lx.ORG_ACRONYMS) \
            or lowers[-2:] == ["general", "staff"]:  # an army's command body, not a titled person
        first = start
        affiliation = None
        if lowers[0] in lx.COUNTRY_FORMS:
            affiliation = lx.COUNTRY_FORMS[lowers[0]]
        elif start >= 2 and doc[start - 1].lower_ in ("'s", "’s") and doc[start - 2].lower_ in lx.COUNTRY_FORMS:
            affiliation = lx.COUNTRY_FORMS[doc[start - 2].lower_]
            first = start - 2  # "Azerbaijan's Defense Ministry" names itself with its country
        return make("organization", first, affiliation=affiliation)
    if lowers[-1] in lx.DOCUMENT_WORDS:
        return make("other", start)  # "Crossrail Link Bill", "Minsk Agreement"
    titled = [k for k in range(start, end) if doc[k].lower_.rstrip(".") in lx.TITLES]
    if titled:
        first = titled[-1] + 1
        if first < end - 1 and doc[first].lower_ in _CONNECTORS:  # "Prime Minister of Armenia Nikol Pashinyan"
            first += 2
            while first < end and _joined_hyphen(doc, first):
                first += 2
        while first < end and doc[first].lower_ in lx.PORTFOLIO_WORDS:
            first += 1  # "Minister for Internal Security Omari Shebe", "Foreign Affairs Minister X"
        if first >= end:
            return None  # a bare title: "Prime Minister", "Foreign Minister"
        prefix = lowers[: first - start]
        affiliation = next((a for token in doc[start:first] if (a := _affiliation(token))), None)
        roles = {w for w in prefix if w in lx.TITLES}
        more_roles, more_affiliation = _context_roles(doc, start)
        return make("person", first, roles=roles | more_roles | _apposition_roles(doc, end),
                    affiliation=affiliation or more_affiliation)
    # "Iskander missiles" is a weapon; "Solmari drones" are a party's (a long word with a demonym ending)
    demonym_like = end - start == 1 and len(text) >= 7 and _DEMONYM_ENDING.search(text)
    acts = bool(after) and (after[0] in lx.CUE_LEMMAS or lx.GROUP_NOUNS.get(after[0]) in ("forces", "fighters")
                            or after[0] in ("spokesman", "spokeswoman", "leader", "leaders", "commander"))
    if end - start == 1 and text.isupper() and any(ch.isdigit() for ch in text) and acts:
        return make("organization", start)  # "M23 rebels", "M23 said": a movement named for a date
    if any(ch.isdigit() for ch in text) or (_before_weapon_noun(doc, end) and not demonym_like):
        return make("weapon", start)
    if before in lx.VESSEL_NOUNS or (len(words) >= 2 and lowers[0] in lx.SHIP_PREFIXES):
        return make("other", start)  # "the tanker Sapphire Dawn", "the cutter Tormi": a ship, not a person
    # "the village of X", "the mayor of X"
    of_place = before == "of" and start >= 2 and (doc[start - 2].lower_ in lx.PLACE_NOUNS or (
        doc[start - 2].lower_ in lx.TITLES | lx.ROLE_NOUNS and doc[start - 2].text.islower()))
    # "X village", "X displacement camp": a place noun right after, or after one lower-case modifier
    place_noun_after = bool(after) and (after[0] in lx.PLACE_NOUNS or (
        len(after) > 1 and after[1] in lx.PLACE_NOUNS and doc[end].is_lower and doc[end].is_alpha
        and not doc[end].is_stop))
    if place_noun_after or before in lx.PLACE_NOUNS or of_place:
        return make("place", start)
    if end - start == 1 and text.isupper() and len(text) <= 6:
        return make("organization", start)
    roles, affiliation = _context_roles(doc, start)
    roles |= _apposition_roles(doc, end)
    speaks = bool(after) and (after[0] in lx.CUE_LEMMAS or (after[0] in ("'s", "’s") and len(after) > 1
                                                            and after[1] in lx.SPEECH_NOUNS))
    after_preposition = (before in lx.PLACE_PREPOSITIONS and not (start >= 2 and doc[start - 2].lower_ == "according")
                         ) or (before == "the" and start >= 2 and doc[start - 2].lower_ in lx.PLACE_PREPOSITIONS)
    if len(words) >= 2 and lowers[-1] in lx.PLACE_NOUNS:
        return make("place", start)  # "Tarn Valley", "Syunik Province"
    if lowers[0] in _COMPASS and len(words) >= 2:
        return make("place", start)  # "Eastern Europe", "South Caucasus"
    if lowers[0] in lx.COUNTRY_FORMS or lowers[0] in ("republic", "kingdom"):
        return make("place" if after_preposition else "other", start)  # "Armenian Genocide", "Republic of X"
    if len(words) >= 2 and all(_wordlike(t.text) or t.text == "-" or t.lower_ in _PARTICLES for t in doc[start:end]):
        if after_preposition and not speaks and not roles:
            return make("place", start)
        return make("person", start, roles=roles, affiliation=affiliation)
    if (roles and not after_preposition) or speaks:  # "over Caddow, the spokesman said": the role is the next phrase's
        return make("person", start, roles=roles, affiliation=affiliation)
    if after_preposition or "-" in text:
        return make("place", start)
    return make("other", start)


def _before_weapon_noun(doc: Doc, end: int) -> bool:
    """"Iskander missiles", "Smerch cluster warhead", "Iskander-M operational-tactical system"."""
    for token in doc[end: min(len(doc), end + 6)]:
        if token.lower_ in lx.WEAPON_NOUNS:
            return True
        if not (token.text == "-" or (token.is_alpha and token.text.islower() and not token.is_stop
                                      and token.lower_ not in lx.CUE_LEMMAS)):
            return False
    return False


def _group_mentions(sent: Span) -> list[NameMention]:
    """A demonym or place name acting as a body: "Azerbaijani forces", "Karabakh authorities", "the Armenian side"."""
    doc = sent.doc
    found = []
    for token in sent:
        if not (token.text[:1].isupper() and _is_name_token(token)) or token.lower_ in lx.NOT_NAMES or token.like_num:
            continue
        k = token.i + 1
        while k < sent.end and (_joined_hyphen(doc, k)):
            k += 2
        if k < sent.end and doc[k].lower_ in ("armed", "military", "border", "local", "government"):
            k += 1
        nouns = []
        while k < sent.end and doc[k].lower_ in lx.GROUP_NOUNS and doc[k].text.islower():
            nouns.append(k)
            k += 1
        if not nouns:
            continue
        if k < sent.end and (doc[k].lower_ in lx.ROLE_NOUNS or doc[k].lower_ in lx.TITLES) and doc[k].text.islower():
            continue  # "French government spokesman": the group only qualifies a person
        head = nouns[-1]
        if doc[head].lower_ in ("people", "public", "population") and token.lower_ not in lx.COUNTRY_FORMS:
            continue
        first = token.i
        affiliation = lx.COUNTRY_FORMS.get(token.lower_) or token.text
        span = doc[first: head + 1]
        found.append(NameMention(span.start_char, span.end_char, span.text, "group", first, head,
                                 span.text.split(), set(), affiliation, lx.GROUP_NOUNS[doc[head].lower_]))
    return found


def _without_learned_demonyms(mentions: list[NameMention], text: str) -> list[NameMention]:
    """A word the document uses as a demonym is an adjective, not a name: demonyms of any conflict are
    learned from the text itself, from groups ("Solmari militias") and from places it names ("Kastrian"
    beside "Kastria"). Bodies named with one take it as their affiliation: "Velmoran Ministry of Defence",
    and so does a body after a possessive name: "Kastria's Ministry of Defence"."""
    demonyms = {m.affiliation for m in mentions if m.type == "group" and m.affiliation
                and m.affiliation.lower() not in lx.COUNTRY_NAMES and _DEMONYM_ENDING.search(m.affiliation)}
    single = {m.text for m in mentions if len(m.words) == 1 and m.type not in ("group", "weapon")}
    demonyms |= {m.text for m in mentions if len(m.words) == 1 and _stem_named(m.text, single)}
    kept = [m for m in mentions if m.type == "group" or m.text not in demonyms]
    for m in kept:
        if m.type != "organization" or m.affiliation:
            continue
        first = m.text.split()[0]
        possessive = re.search(r"\b([A-Z][\w-]+)['’]s\s+$", text[max(0, m.start - 40):m.start])
        if first in demonyms and len(m.words) > 1:
            m.affiliation = first
        elif possessive and possessive.group(1) in single | demonyms:
            m.affiliation = possessive.group(1)
    return kept


def _places_by_consensus(mentions: list[NameMention]) -> list[NameMention]:
    """A name the document puts somewhere ("in El Fasher") is a place wherever else it guessed a person."""
    places = {m.text for m in mentions if m.type == "place"}
    for m in mentions:
        if m.type == "person" and not m.roles and m.text in places:
            m.type = "place"
    return mentions


def _stem_named(word: str, names: set[str]) -> bool:
    """"Kastrian" when the text names "Kastria"; "Sudanese" when it names "Sudan"."""
    return any(word.endswith(ending) and word[: -len(ending)] in names for ending in DEMONYM_SUFFIXES)


def _without_overlaps(mentions: list[NameMention]) -> list[NameMention]:
    """Groups win over the bare place inside them ("Karabakh" in "Karabakh forces"); otherwise the first."""
    mentions.sort(key=lambda m: (m.start, m.type != "group", -(m.end - m.start)))
    kept: list[NameMention] = []
    for m in mentions:
        if kept and m.start < kept[-1].end:
            continue
        kept.append(m)
    return kept


def _add_model_entities(doc: Doc, mentions: list[NameMention]) -> list[NameMention]:
    """A trained pipeline's entities type what the rules left as "other" and add names the rules missed."""
    by_start = {m.start: m for m in mentions}
    for ent in doc.ents:
        kind = _MODEL_TYPES.get(ent.label_)
        if not kind:
            continue
        same = by_start.get(ent.start_char)
        if same and same.type == "other":
            same.type = kind
        elif not any(m.start < ent.end_char and ent.start_char < m.end for m in mentions):
            mentions.append(NameMention(ent.start_char, ent.end_char, ent.text, kind, ent.start, ent.end - 1,
                                        ent.text.split()))
    mentions.sort(key=lambda m: m.start)
    return mentions


def _known_in_heading(sent: Span, known: set[str]) -> list[NameMention]:
    """Names the body uses, in a heading or a label line; a surname the body uses takes the given
    names before it ("Claimed by: Odette Kayembe, ..." then "Kayembe said")."""
    found = []
    doc = sent.doc
    for token in sent:
        if token.text not in known:
            continue
        first = token.i
        while first > sent.start and _wordlike(doc[first - 1].text) and doc[first - 1].text[:1].isupper() \
                and doc[first - 1].lower_ not in lx.TITLES | lx.NOT_NAMES and token.i - first < 3:
            first -= 1
        words = [t.text for t in doc[first:token.i + 1]]
        found.append(NameMention(doc[first].idx, token.idx + len(token.text), doc[first:token.i + 1].text,
                                 "person" if len(words) > 1 else "other", first, token.i, words))
    return found


def cluster_mentions(mentions: list[NameMention], text: str = "") -> int:
    """Give every mention a document-local entity index; returns how many entities there are.

    Full personal names cluster by first and last name. A lone surname joins the nearest full name
    before it with that surname (then after it): "Aliyev" after "Bakhtiyar Aliyev" is Bakhtiyar.
    Other names cluster by spelling key; groups by what they belong to and what they are.
    """
    entities: list[NameMention] = []  # representative mention of each entity

    def new(m: NameMention) -> None:
        m.entity = len(entities)
        entities.append(m)

    people = [m for m in mentions if m.type == "person" and len(m.words) >= 2]
    previous: NameMention | None = None
    for m in mentions:
        spelled_out = previous is not None and text[previous.end:m.start] == " (" and text[m.end:m.end + 1] == ")"
        spelled_out = spelled_out and m.text.isupper() and (
            _abbreviates(m.text, previous.words) or previous.type == "organization")  # "National Liberation Army (ELN)"
        if spelled_out:  # "Human Rights Watch (HRW)"
            twin = entities[previous.entity]
        elif m.type == "group":
            twin = next((e for e in entities if e.type == "group" and e.group_class == m.group_class
                         and e.affiliation == m.affiliation), None)
        elif m.type == "person" and len(m.words) >= 2:
            twin = next((e for e in entities if e.type == "person" and len(e.words) >= 2
                         and _same_person(e.words, m.words)), None)
        elif len(m.words) == 1 and m.type in ("person", "other"):
            owner = _surname_owner(m, people)
            twin = entities[owner.entity] if owner and owner.entity >= 0 else None
            if owner and owner.entity < 0:  # its full name comes later in the text
                new(owner)
                twin = owner
            if twin is None and m.type == "person" and not _DEMONYM_ENDING.search(m.text):
                # "Harwick said" after "Harwick Motors": a speaker named like a company is the company
                twin = next((e for e in mentions if e.type == "organization" and len(e.words) >= 2
                             and e.words[0] == m.text and e.entity >= 0), None)
                twin = entities[twin.entity] if twin else None
            if twin is None:
                twin = next((e for e in entities if e.type not in ("person", "group") and len(e.words) == 1
                             and fold_place(e.text) == fold_place(m.text)), None)
            if twin is None:
                twin = next((e for e in entities if e.type in ("person", "other") and len(e.words) == 1
                             and same_name(fold(e.text), fold(m.text))), None)
        else:
            key = fold_place(m.text)
            twin = next((e for e in entities if e.type not in ("person", "group") and fold_place(e.text) == key
                         and (e.affiliation == m.affiliation or m.type != "organization")), None)
            if twin is None and m.type == "organization" and _ARMED_TAIL & {w.lower() for w in m.words}:
                # "the Defence Army" after "Keshtavan Defence Army": the one armed body named so before
                longer = [e for e in entities if e.type == "organization" and len(e.words) > len(m.words)
                          and e.words[-len(m.words):] == m.words]
                twin = longer[0] if len(longer) == 1 else None
        if twin is None:
            new(m)
        else:
            m.entity = twin.entity
            if m.type != "other" and twin.type == "other":
                twin.type = m.type
        previous = m
    return len(entities)


def _abbreviates(short: str, words: list[str]) -> bool:
    """"HRW" for Human Rights Watch, "OCHA" for the UN Office for the Coordination of Humanitarian Affairs:
    the letters are the initials of consecutive capitalised words of the name."""
    initials = "".join(w[0] for w in words if w[:1].isupper())
    return len(short) >= 2 and short.replace(".", "") in initials


def _same_person(a: list[str], b: list[str]) -> bool:
    """First and last names agree (middle names and typos aside): Vladimir Putin = Vladimir Putting Putin."""
    return same_name(fold(a[0]), fold(b[0])) and same_name(fold(a[-1]), fold(b[-1]))


def _surname_owner(m: NameMention, people: list[NameMention]) -> NameMention | None:
    key = fold(m.text)
    matches = [p for p in people if same_name(fold(p.words[-1]), key) or fold("".join(p.words[1:])) == key]
    before = [p for p in matches if p.start < m.start]
    if before:
        return before[-1]
    return matches[0] if matches else None
