"""Verdicts that published fact-checks in the corpus state: the claim reviewed, who made it, the rating.

Read from the page's ClaimReview JSON-LD when it declared some, else from the labelled lines
fact-checkers print ("Claim: …", "Claimed by: …", "Rating: Misleading", "We rate the claim False").
The reviewed claim is tied to the stored claim with the same words, in the fact-check itself or
wherever else it appears.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from crosscheck.model import Claim, Document, Entity
from crosscheck.spelling import fold, plain_words

_CLAIM = re.compile(r"^(?:(?:the )?claim(?: reviewed| checked)?|what was claimed|what (?:they|he|she) claimed)"
                    r"\s*[:：]\s*(?P<text>.+)$", re.I | re.M)
_CLAIMANT = re.compile(r"^(?:claimed by|claimant|who said it|said by|source of claim|who claimed it|who made the claim)"
                       r"\s*[:：]\s*(?P<name>[^,;\n(]+)", re.I | re.M)
_RATING_LINE = re.compile(r"^(?:rating|verdict|our rating|our verdict|ruling|conclusion)\s*[:：]\s*"
                          r"(?P<rating>[A-Za-z][\w-]*(?: [A-Za-z][\w-]*){0,3})\s*[.!]?\s*$", re.I | re.M)
_RATING_SENTENCE = re.compile(r"\bwe rate (?:this|the|that) (?:claim|statement)\s+(?:as\s+)?"
                              r"(?P<rating>(?:mostly |half |partly )?[A-Z][\w-]*)", re.I)
SAME_CLAIM_RATIO = 85  # rapidfuzz partial ratio of the reviewed words and a stored claim's


@dataclass
class PublishedVerdict:
    doc: str
    claim_text: str
    rating: str
    claimant: str | None = None  # entity id
    claimant_text: str | None = None
    claim: str | None = None  # the stored claim with these words, in the fact-check or elsewhere
    appearances: list[str] = field(default_factory=list)  # every stored claim with these words


def corpus_verdicts(documents: list[Document], claims: list[Claim],
                    entities: dict[str, Entity]) -> list[PublishedVerdict]:
    """What every fact-check in the corpus rates."""
    return [v for doc in documents for v in published_verdicts(doc, claims, entities)]


def published_verdicts(doc: Document, claims: list[Claim], entities: dict[str, Entity]) -> list[PublishedVerdict]:
    """The verdicts a fact-check document states; none for other kinds of document."""
    if doc.kind != "factcheck":
        return []
    declared = [(r["claim"], r["rating"], r.get("claimant")) for r in doc.claim_reviews]
    found = declared or [labelled for labelled in [_labelled(doc.text)] if labelled]
    return [_tied(doc, *review, claims, entities) for review in found]


def _tied(doc: Document, text: str, rating: str, claimant_text: str | None, claims: list[Claim],
          entities: dict[str, Entity]) -> PublishedVerdict:
    verdict = PublishedVerdict(doc=doc.id, claim_text=text, rating=rating, claimant_text=claimant_text)
    verdict.claimant = entity_named(claimant_text, entities) if claimant_text else None
    reviewed = plain_words(text)
    same = [c for c in claims if fuzz.partial_ratio(reviewed, plain_words(c.text)) >= SAME_CLAIM_RATIO
            and min(len(text), len(c.text)) >= 0.6 * max(len(text), len(c.text))]
    verdict.appearances = [c.id for c in same]
    own = [c for c in same if c.doc == doc.id] or same
    verdict.claim = own[0].id if own else None
    if verdict.claimant is None and own:
        verdict.claimant = next((c.speaker for c in same if c.speaker), None)
    return verdict


def _labelled(text: str) -> tuple[str, str, str | None] | None:
    claim = _CLAIM.search(text)
    rating = _RATING_LINE.search(text) or _RATING_SENTENCE.search(text)
    if not claim or not rating:
        return None
    claimant = _CLAIMANT.search(text)
    reviewed = claim["text"].strip().strip("\"“”'‘’").strip()
    return reviewed, rating["rating"].strip(), claimant["name"].strip() if claimant else None


def entity_named(name: str, entities: dict[str, Entity]) -> str | None:
    """The entity spelled ``name`` (or an alias of it), whatever the accents and case."""
    key = fold(name)
    for entity in entities.values():
        if key in {fold(n) for n in (entity.name, *entity.aliases)}:
            return entity.id
    return None
