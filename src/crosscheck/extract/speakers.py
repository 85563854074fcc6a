"""Who a claim's speaker phrase refers to: a named mention, a pronoun, or a role.

Resolution runs in text order, so "he said" takes the person speaking just before and "it said"
the organization; "the French leader" takes the nearest earlier person holding a leader's title
with that affiliation; "Beglaryan's statement" is Beglaryan's. A role no name explains ("the
spokesman", "Azeri officials") becomes an entity of its own, so the claim still has a speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from crosscheck.extract import lexicon as lx
from crosscheck.extract.claims import Attribution
from crosscheck.extract.names import NameMention

_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "its", "his", "her", "their", "two", "three", "four",
                          "several", "some", "many", "one", "another"})
_ARTICLES = frozenset({"a", "an", "the", "this", "that"})  # dropped from a role's name; "two officials" keeps its count
_ROLE_COMPLEMENTS = frozenset({"of", "for", "at", "familiar", "close", "with", "in", "from", "on", "who"})
RECENT_CHARS = 1500  # a pronoun reaches back this far for the previous speaker


@dataclass
class RoleEntity:
    """A speaker known only by role: "the spokesman", "Azeri officials"."""

    name: str
    type: str
    affiliation: str | None
    roles: set[str] = field(default_factory=set)
    mentions: list[tuple[int, int, str]] = field(default_factory=list)


@dataclass
class LocalEntities:
    """The document's entities: mention clusters (by index), then role entities after them."""

    mentions: list[NameMention]
    count: int
    quoted: list[tuple[int, int]] = field(default_factory=list)  # quotes and reported content
    roles: list[RoleEntity] = field(default_factory=list)
    _types: dict[int, str] = field(default_factory=dict)  # entity index -> type, its mentions' first non-"other"

    def narrated(self, kinds: tuple[str, ...], before: int) -> list[NameMention]:
        """Mentions of entities of these kinds before ``before`` in the narrative (quoted words name no speaker).
        A lone surname counts as a person when its cluster holds a person ("Penhale defended the plan")."""
        return [m for m in self.mentions if m.end <= before and self.type_of(m.entity) in kinds
                and before - m.end < RECENT_CHARS and not any(a <= m.start < b for a, b in self.quoted)]

    def type_of(self, index: int) -> str:
        if index >= self.count:
            return self.roles[index - self.count].type
        if not self._types:
            for m in self.mentions:
                if m.type != "other" or m.entity not in self._types:
                    self._types[m.entity] = m.type if self._types.get(m.entity) in (None, "other") else \
                        self._types[m.entity]
        return self._types.get(index, "other")

    def add_role(self, role: RoleEntity) -> int:
        for k, known in enumerate(self.roles):
            if known.name.lower() == role.name.lower():
                known.mentions.extend(role.mentions)
                return self.count + k
        self.roles.append(role)
        return self.count + len(self.roles) - 1


def resolve_speakers(doc: Doc, attributions: list[Attribution], local: LocalEntities) -> None:
    local.quoted += [(a.start, a.end) for a in attributions]  # who is talked about is not who talks
    last: Attribution | None = None
    for a in sorted(attributions, key=lambda x: x.cue_at):
        if a.kind == "assertion":
            continue
        if a.inherit == "previous" and last is not None:
            a.speaker, a.speaker_text = last.speaker, last.speaker_text
        elif a.speaker_tokens:
            a.speaker, a.speaker_text = _resolve(doc, a, local, last)
        if a.speaker is not None:
            last = a


def _resolve(doc: Doc, a: Attribution, local: LocalEntities, last: Attribution | None) -> tuple[int | None, str | None]:
    start, end = a.speaker_tokens
    tokens = [t for t in doc[start:end] if not t.is_space]
    if not tokens:
        return None, None
    phrase = doc[tokens[0].i: tokens[-1].i + 1]
    text = phrase.text
    head = tokens[-1]
    mentions = local.mentions
    inside = [m for m in mentions if phrase.start_char <= m.start and m.end <= phrase.end_char]
    if head.lower_ in lx.RELATIVE_PRONOUNS and head.i >= 2 and doc[head.i - 1].text == ",":
        # ", which said" / ", who believes": the phrase before the comma speaks
        start = head.i - 2
        while start > 0 and not (doc[start - 1].text in (",", ";", ":", "(") or doc[start - 1].is_quote
                                 or doc[start - 1].lower_ in ("to", "by", "from", "with", "according")
                                 or doc[start - 1].is_sent_start):
            start -= 1
        if doc[start - 1].is_sent_start and start - 1 >= 0 and not doc[start - 1].is_punct:
            start -= 1
        if head.lower_ == "which":  # "The government blames the militia, which accuses": the last noun phrase
            start = max([start] + [k for k in range(start + 1, head.i - 1) if doc[k].lower_ in ("the", "a", "an")])
        antecedent = _resolve(doc, _replace_range(a, start, head.i - 1), local, last)
        if antecedent[0] is not None:
            return antecedent
    if head.lower_ in lx.PERSON_PRONOUNS | lx.THING_PRONOUNS | lx.RELATIVE_PRONOUNS | {"we"}:
        return _pronoun(head.lower_, head.idx, a, local, last), text
    possessor = _possessor(doc, tokens, inside)
    if possessor is not None:
        return possessor.entity, text
    if head.lower_ in lx.SPEECH_NOUNS and len(tokens) == 2 and tokens[0].lower_ in ("its", "his", "her", "their"):
        pronoun = {"its": "it", "his": "he", "her": "she", "their": "they"}[tokens[0].lower_]
        return _pronoun(pronoun, tokens[0].idx, a, local, last), text  # "Its statement said"
    if head.lower_ in lx.SPEECH_NOUNS and len(tokens) >= 3 and tokens[-2].lower_ in ("'s", "’s"):
        # "the governor's statement": the governor speaks
        return _resolve(doc, _replace_range(a, tokens[0].i, tokens[-2].i), local, last)[0], text
    owner = next((m for m in inside if m.start <= head.idx < m.end), None)
    if owner and owner.type == "place" and len(inside) > 1:
        # "the mission in the Tarn Valley said": the place only locates the speaker
        owner = next((m for m in reversed(inside[:-1]) if m.type != "place"), owner)
    if owner and not (owner.type == "place" and _role_word(tokens)):
        return owner.entity, owner.text
    role = _role_word(tokens)
    if role:
        named = _named_in_apposition(doc, phrase, local)
        if named is not None:  # "said the head of the district, Vesna Orlic."
            return named.entity, named.text
        return _role(doc, phrase, role, tokens, a, local), _strip_determiner(text)
    if inside:
        return inside[-1].entity, inside[-1].text
    if len(tokens) >= 2 and tokens[0].lower_ in _DETERMINERS and head.is_alpha and head.text.islower():
        # "the engineers", "a witness": a speaker known only by what they are
        return _role(doc, phrase, head.lower_, tokens, a, local), _strip_determiner(text)
    if all(t.text[:1].isupper() or t.is_punct for t in tokens) and len(tokens) <= 4:
        # a name the mention rules passed over ("Azerenerji, the state company, said"): it still speaks
        return local.add_role(RoleEntity(text, "person" if len(tokens) > 1 else "other", None, set(),
                                         [(phrase.start_char, phrase.end_char, text)])), text
    return None, None


def _named_in_apposition(doc: Doc, phrase, local: LocalEntities) -> NameMention | None:
    """The person named right after a role and a comma, closing the clause: "its spokesman, Colonel X,"."""
    text = doc.text
    gap = re.match(r",\s+", text[phrase.end_char:phrase.end_char + 4])
    if not gap:
        return None
    at = phrase.end_char + gap.end()
    person = next((m for m in local.mentions if m.type == "person" and at <= m.start <= at + 30), None)
    if person is None or re.search(r"[,;:.]", text[at:person.start]):  # titles may stand between, nothing else
        return None
    return person if re.match(r"\s*(?:[,.;]|$|said|told|says)", text[person.end:person.end + 6]) else None


def _replace_range(a: Attribution, start: int, end: int) -> Attribution:
    return Attribution(a.cue_at, a.cue, a.kind, a.start, a.end, (start, end))


def _possessor(doc: Doc, tokens, inside: list[NameMention]) -> NameMention | None:
    """"Beglaryan's statement concluded": the owner of the words speaks."""
    if tokens[-1].lower_ not in lx.SPEECH_NOUNS:
        return None
    for m in inside:
        nxt = doc.char_span(m.end, m.end + 2, alignment_mode="expand")
        if nxt is not None and nxt[0].lower_ in ("'s", "’s"):
            return m
    return None


def _role_word(tokens) -> str | None:
    """The role a phrase names: its head, or the role before "of"/"for" ("the spokesman for X's president")."""
    for k, token in enumerate(tokens):
        if token.lower_ in lx.ROLE_NOUNS and k + 1 < len(tokens) and tokens[k + 1].lower_ in _ROLE_COMPLEMENTS:
            return token.lower_  # "the spokesman for X", "people familiar with the talks"
    head = tokens[-1].lower_
    return head if head in lx.ROLE_NOUNS or head in lx.GROUP_NOUNS else None


def _pronoun(word: str, at: int, a: Attribution, local: LocalEntities, last: Attribution | None) -> int | None:
    """The previous speaker of the right kind, unless someone of that kind was named since."""
    wants_person = word in lx.PERSON_PRONOUNS or word in ("who", "we")
    kinds = ("person",) if wants_person else ("organization", "group")
    before = local.narrated(kinds, at)
    named = before[-1] if before else None
    answers = word == "we" and last is not None and last.cue in ("accuse", "blame", "allege")
    if word != "who" and last is not None and a.cue_at - last.cue_at < RECENT_CHARS and not answers:
        kind = local.type_of(last.speaker)
        fits = (kind == "person") == wants_person or (word == "we" and kind != "person")
        if fits and (named is None or named.start < last.cue_at or named.entity == last.speaker):
            return last.speaker
    return named.entity if named else None


def _role(doc: Doc, phrase, role: str, tokens, a: Attribution, local: LocalEntities) -> int:
    affiliation = next((lx.COUNTRY_FORMS[t.lower_] for t in tokens if t.lower_ in lx.COUNTRY_FORMS
                        and t.text[:1].isupper()), None)
    if role in lx.ORG_ROLES and not any(t.lower_ in ("'s", "’s") for t in tokens):
        # "the ministry added" after "the Defense Ministry said": the body named with that word
        named = [m for m in local.mentions if m.type == "organization" and m.end <= phrase.start_char
                 and m.words and m.words[-1].lower() == role and phrase.start_char - m.end < 2 * RECENT_CHARS]
        if named:
            return named[-1].entity
    owned = any(t.lower_ in ("'s", "’s") for t in tokens)  # "Putin's spokesman" is nobody named before
    earlier = [] if owned else [m for m in local.mentions
                                if m.type == "person" and m.end <= phrase.start_char and m.roles]
    for m in reversed(earlier):
        holder = _cluster_roles(local, m.entity)
        if role in lx.SPOKES_ROLES and holder & lx.SPOKES_ROLES:
            return m.entity
        if role in lx.GENERIC_LEADER_ROLES and holder & lx.LEADER_TITLES and (
                affiliation is None or _cluster_affiliation(local, m.entity) == affiliation):
            return m.entity
        personal = role not in lx.GENERIC_LEADER_ROLES and role not in lx.PLURAL_ROLES
        if role in holder and personal and affiliation in (None, _cluster_affiliation(local, m.entity)):
            return m.entity
    name = _strip_determiner(phrase.text)
    for k in range(len(local.roles) - 1, -1, -1):  # "the spokesman" again: the one met before
        known = local.roles[k]
        if role in known.roles and (len(name.split()) == 1 or known.name.lower() == name.lower()):
            known.mentions.append((phrase.start_char, phrase.end_char, phrase.text))
            return local.count + k
    plural = role in lx.PLURAL_ROLES or role in lx.GROUP_NOUNS or (role.endswith("s") and not role.endswith("ss"))
    kind = "organization" if role in lx.ORG_ROLES else "group" if plural else "person"
    return local.add_role(RoleEntity(name, kind, affiliation, {role},
                                     [(phrase.start_char, phrase.end_char, phrase.text)]))


def _cluster_roles(local: LocalEntities, entity: int) -> set[str]:
    roles: set[str] = set()
    for m in local.mentions:
        if m.entity == entity:
            roles |= m.roles
    return roles


def _cluster_affiliation(local: LocalEntities, entity: int) -> str | None:
    return next((m.affiliation for m in local.mentions if m.entity == entity and m.affiliation), None)


def _strip_determiner(text: str) -> str:
    words = text.split()
    while words and words[0].lower() in _ARTICLES:
        words = words[1:]
    return " ".join(words) or text
