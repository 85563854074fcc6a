"""The shared data model. Plain dataclasses: no I/O, no SQL, no NLP. Every stage imports this."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RawArticle:
    """One article as a reader found it, before cleaning.

    Exactly one of ``text`` (plain text) or ``html`` is set. ``hints`` holds metadata the
    container already gave (a JSON record's fields, a feed entry, HTML meta tags) under the
    Document field names; cleaning never overrides a hint with a guess.
    """

    source: str  # unique key of this article: a path, or path#n / URL for articles inside containers
    source_file: str  # the file it came from (one file may hold many articles)
    text: str | None = None
    html: str | None = None
    hints: dict[str, str | None] = field(default_factory=dict)
    content_hash: str = ""  # hash of the raw record: unchanged input is not reprocessed


@dataclass
class Lean:
    """Which side a document's framing favours; filled by the compare stage."""

    side: str | None = None
    score: float = 0.0
    markers: list[str] = field(default_factory=list)


@dataclass
class Document:
    """A cleaned article. ``text`` is the cleaned body; every later offset points into it."""

    id: str
    source: str
    source_file: str
    content_hash: str
    text: str
    title: str | None = None
    outlet: str | None = None
    # the page's name and self-description above its headline ("DERZHPRESS -- State Information Agency of
    # Grodania"): whose outlet it is, even when its name says nothing
    masthead: str | None = None
    author: str | None = None
    dateline: str | None = None
    published: str | None = None  # YYYY-MM-DD
    language: str | None = None
    kind: str = "news"  # news, factcheck (a published fact-check) or report (a monitor's or NGO's report)
    url: str | None = None
    crawled: str | None = None  # a crawl/page date seen on the page, never taken as the publication date
    # schema.org ClaimReview objects the page declared: {claim, rating, claimant}
    claim_reviews: list[dict] = field(default_factory=list)
    lean: Lean = field(default_factory=Lean)
    extraction: Extraction = field(default_factory=lambda: Extraction())


@dataclass
class Skip:
    """An input that yielded no document, with the reason a user can act on."""

    source: str
    reason: str


@dataclass
class Entity:
    """A person, place, organization, group or weapon.

    Extraction makes one per name cluster within a document (id ``<doc>:<n>``); resolution merges
    them across documents into canonical entities (id ``e<n>``). ``roles`` keeps the titles and
    appositions the text gave ("President", "human rights ombudsman"), which resolve role mentions.
    """

    id: str
    name: str
    type: str  # person, place, organization, group, weapon, other
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    affiliation: str | None = None  # the state or place it belongs to: "Azerbaijan" for "Azeri officials"
    side: str | None = None  # from a conflict profile, when one is given
    latitude: float | None = None
    longitude: float | None = None


@dataclass
class Mention:
    """One span of a document's text that names an entity."""

    entity: str
    doc: str
    start: int
    end: int
    text: str


@dataclass
class Claim:
    """An attributed statement (or the outlet's own check-worthy assertion), with its verbatim span."""

    id: str
    doc: str
    speaker: str | None  # entity id; None is the outlet's own voice
    speaker_text: str | None
    cue: str | None  # lemma of the reporting word: say, deny, accuse, according to, ...
    kind: str  # direct, indirect or assertion
    polarity: str  # affirm or deny
    text: str
    start: int
    end: int
    date: str | None = None  # YYYY-MM-DD of what it reports (or of the statement)
    entities: list[str] = field(default_factory=list)


@dataclass
class Figure:
    """A number the text reports, with what it counts."""

    id: str
    doc: str
    claim: str | None
    value: float
    qualifier: str  # exact, about, at_least, at_most
    category: str  # killed, injured, missing, displaced, captured, other
    subject: str | None
    text: str
    start: int
    end: int
    unit: str | None = None  # "percent", a currency sign, or None for a count


@dataclass
class Extraction:
    """What the extract stage found in one document; entity ids are the document's own until resolved."""

    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)


@dataclass
class Resolution:
    """The resolve stage's result: canonical entities and where each document-local entity went."""

    entities: list[Entity]  # canonical entities, ids "e..."
    canonical: dict[str, str]  # document-local entity id -> canonical id


@dataclass
class Origin:
    """Where a claim comes from, for counting independent confirmations: a monitor's report quoted by
    five outlets is one origin."""

    name: str  # the speaker's organization or name, or the outlet for its own voice
    kind: str  # party (to the conflict), partisan (outlet), monitor (HRW, Amnesty, ICRC, UN...), wire, other


@dataclass
class Link:
    """A finding of the compare stage between two claims or two figures (ids of either)."""

    type: str  # contradicts, corroborates or same_quote
    a: str
    b: str
    basis: str  # denial, blame, numbers, record; frame, wording or quote for agreement
    explanation: str
    score: float  # 0..1, how sure the rule is
    origins: list[Origin] = field(default_factory=list)  # distinct origins behind the two items


@dataclass
class Event:
    """Something a claim reports as having happened (an attack, a capture, deaths), for timelines,
    maps and ACLED-style tables. Only affirmed claims with a recognised action make events: a
    denial says the event did not happen."""

    id: str  # "<claim id>:event"
    doc: str
    date: str | None  # YYYY-MM-DD when the claim is dated
    # the action class (compare.lexicon.ACTIONS): attack, ceasefire violation, weapon use, downing, killing,
    # injuring, capture, displacement, agreement
    type: str
    place: str | None  # canonical place entity id
    actors: list[str]  # canonical entity ids of who did it, when named
    claim: str | None
    text: str
    side: str | None = None  # the side the claim says did it
    target: str | None = None  # civilians or military, when the claim says
    fatalities: int | None = None  # the largest "killed" figure the claim gives


@dataclass
class Comparison:
    """The compare stage's result for the whole corpus."""

    links: list[Link]
    leans: dict[str, Lean]  # document id -> lean
    events: list[Event] = field(default_factory=list)
