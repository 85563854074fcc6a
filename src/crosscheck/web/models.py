"""What each page shows, as pydantic models: the JSON endpoints return them and /openapi.json documents
them; the HTML pages render the same objects."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field, field_validator, model_validator


class DocumentFilter(BaseModel):
    """Query parameters that narrow a list of documents (or of the claims in them)."""

    outlet: str | None = Field(None, max_length=300, description="Only this outlet (exact name).")
    side: str | None = Field(None, max_length=100,
                             description="Only documents whose framing favours this side; 'balanced' for none.")
    since: date | None = Field(None, description="Published on or after this day (YYYY-MM-DD).")
    until: date | None = Field(None, description="Published on or before this day (YYYY-MM-DD).")

    @field_validator("outlet", "side", "since", "until", mode="before")
    @classmethod
    def _blank_is_none(cls, value):
        """An HTML form sends the fields left empty as empty strings."""
        return None if value == "" else value

    @model_validator(mode="after")
    def _range_in_order(self) -> DocumentFilter:
        if self.since and self.until and self.since > self.until:
            raise ValueError("since must not be after until")
        return self


class Outlet(BaseModel):
    name: str
    documents: int
    first: str | None
    last: str | None
    lean: dict[str, int]  # side (or "balanced") -> documents whose framing favours it


class Overview(BaseModel):
    documents: int
    claims: int
    entities: int
    contradictions: int
    corroborations: int
    dossiers: int
    outlets: list[Outlet]


class DocumentSummary(BaseModel):
    id: str
    title: str
    has_title: bool  # False: the title shown is the text's first words
    outlet: str | None
    published: str | None
    kind: str
    lean_side: str | None
    lean_score: float
    words: int


class Run(BaseModel):
    """A stretch of an article's text; ``classes`` say which marks cover it, ``anchors`` which start in it."""

    text: str
    classes: str
    anchors: list[str]


class Figure(BaseModel):
    id: str
    claim: str | None
    value: float
    qualifier: str
    category: str
    subject: str | None
    text: str
    unit: str | None


class Claim(BaseModel):
    id: str
    doc: str
    text: str
    speaker: str | None  # canonical entity id; None is the outlet's own voice
    speaker_name: str | None
    cue: str | None
    kind: str
    polarity: str
    date: str | None
    outlet: str | None
    published: str | None


class DocumentPage(DocumentSummary):
    author: str | None
    dateline: str | None
    language: str | None
    source: str
    url: str | None
    crawled: str | None
    lean_markers: list[str]
    paragraphs: list[list[Run]]
    claims: list[Claim]
    figures: list[Figure]


class Origin(BaseModel):
    name: str
    kind: str


class LinkEnd(BaseModel):
    """One side of a link: a claim or a figure, with where to read it."""

    id: str
    kind: str  # claim or figure
    doc: str
    text: str
    outlet: str | None
    speaker_name: str | None


class Link(BaseModel):
    type: str  # contradicts, corroborates or same_quote
    basis: str
    explanation: str
    score: float
    origins: list[Origin]
    a: LinkEnd
    b: LinkEnd


class ClaimPage(Claim):
    speaker_text: str | None
    title: str
    context: list[list[Run]]  # the paragraphs holding the claim, the claim marked
    links: list[Link]
    figures: list[Figure]


class Entity(BaseModel):
    id: str
    name: str
    type: str
    side: str | None
    affiliation: str | None
    aliases: list[str]
    mentions: int
    documents: int
    claims: int  # spoken by it


class MentionsInDocument(BaseModel):
    doc: str
    title: str
    outlet: str | None
    published: str | None
    mentions: int
    forms: list[str]  # the spellings this document used


class EntityPage(Entity):
    roles: list[str]
    mentioned_in: list[MentionsInDocument]
    spoken: list[Claim]


class Fragment(BaseModel):
    text: str
    matched: bool


class ClaimHit(BaseModel):
    claim: Claim
    score: float
    snippet: list[Fragment]


class DocumentHit(BaseModel):
    document: DocumentSummary
    score: float
    snippet: list[Fragment]


class SearchResults(BaseModel):
    query: str
    entities: list[Entity]
    claims: list[ClaimHit]
    documents: list[DocumentHit]


class Board(BaseModel):
    contradictions: list[Link]
    corroborations: list[Link]


class Evidence(BaseModel):
    doc: str
    claim: str | None
    text: str
    stance: str
    reason: str
    outlet: str | None
    origin: Origin
    published: str | None
    after_claim: bool


class Dossier(BaseModel):
    """A claim checked with ``crosscheck check``, as it was kept."""

    claim: str
    speaker: str | None
    speaker_name: str | None
    date: str | None
    verdict: str
    explanation: str
    scale: dict[str, str | None]
    evidence: list[Evidence]
