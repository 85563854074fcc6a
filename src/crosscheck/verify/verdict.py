"""The verdict scale, how evidence is weighed into a verdict, and its ClaimReview form.

Origins are weighed, not repetitions: one monitor report quoted by five outlets counts once. An
independent monitor weighs more than a wire, a wire more than a party to the conflict. Below the
thresholds the verdict is "unverified": the tool says so rather than guess.
"""

from __future__ import annotations

from dataclasses import dataclass

from crosscheck.model import Origin

# Our scale, worst to best, with its number on the ClaimReview rating scale (0: not rated).
SCALE = {"unverified": 0, "false": 1, "mostly-false": 2, "misleading": 3, "mostly-true": 4, "true": 5}
DESCRIPTIONS = {
    "true": "independent origins support it and none refutes it",
    "mostly-true": "supported, with at most weak evidence against",
    "misleading": "true in part, false in what it implies, or cherry-picked (the record shows more than it says)",
    "mostly-false": "refuted, with at most weak evidence for",
    "false": "independent origins, a monitor among them, refute it and none supports it",
    "unverified": "the corpus holds too little independent evidence either way",
}
# How other fact-checkers would label each verdict.
POLITIFACT = {"true": "True", "mostly-true": "Mostly True", "misleading": "Half True",
              "mostly-false": "Mostly False", "false": "False", "unverified": None}
AVERITEC = {"true": "Supported", "mostly-true": "Supported", "misleading": "Conflicting Evidence/Cherrypicking",
            "mostly-false": "Refuted", "false": "Refuted", "unverified": "Not Enough Evidence"}

ORIGIN_WEIGHT = {"monitor": 1.0, "wire": 0.7, "other": 0.5, "partisan": 0.4, "party": 0.3}
DECISIVE, CLEAR, WEAK = 1.5, 1.0, 0.3  # summed origin weights
OUTWEIGHED = 1 / 3  # evidence against at most this share of the evidence for still leaves a clear call
SELF_INTEREST = 0.5


@dataclass
class Evidence:
    doc: str
    claim: str | None
    text: str
    stance: str  # supports, refutes or discusses
    reason: str
    outlet: str | None
    origin: Origin
    published: str | None
    after_claim: bool  # published after the checked claim was made
    actor: str | None = None  # the side its frame says acted
    voice: str | None = None  # the side of whoever says it
    score: float = 0.0


def decide(polarity: str, actor: str | None, target: str | None, evidence: list[Evidence]) -> tuple[str, str]:
    """Verdict and the sentence that explains it."""
    support, refute = _weight(evidence, "supports", actor), _weight(evidence, "refutes", actor)
    origins = {e.origin.name for e in evidence if e.stance != "discusses"}
    monitors_refute = any(e.origin.kind == "monitor" for e in evidence if e.stance == "refutes")
    counted = f"{len(origins)} independent origin(s): support {support:.1f}, refute {refute:.1f}"
    if support < WEAK and refute < WEAK:
        return "unverified", f"Too little evidence ({counted})."
    if polarity == "deny" and target == "civilians" and monitors_refute:
        others = sorted({e.actor for e in evidence if e.stance == "discusses" and e.actor and e.actor != actor})
        if others:
            return "misleading", (f"Monitors document harm to civilians by {actor}, and by {', '.join(others)} too: "
                                  f"the denial is contradicted and one-sided ({counted}).")
        verdict = "false" if refute >= DECISIVE else "mostly-false"
        return verdict, f"Monitors document what the claim denies ({counted})."
    if refute >= CLEAR and support <= refute * OUTWEIGHED:
        verdict = "false" if refute >= DECISIVE and monitors_refute and support == 0 else "mostly-false"
        return verdict, f"Refuted ({counted})."
    if support >= CLEAR and refute <= support * OUTWEIGHED:
        independent = any(e.origin.kind in ("monitor", "wire") for e in evidence if e.stance == "supports")
        verdict = "true" if support >= DECISIVE and independent and refute == 0 else "mostly-true"
        return verdict, f"Supported ({counted})."
    if support >= 0.5 and refute >= 0.5:
        return "misleading", f"Evidence both supports and refutes it ({counted})."
    return "unverified", f"The evidence is not independent or strong enough to rate it ({counted})."


def _weight(evidence: list[Evidence], stance: str, actor: str | None) -> float:
    """Sum over distinct origins of their weight: one origin repeated counts once. A side denying what
    it is said to have done speaks in its own interest and counts half."""
    best: dict[str, float] = {}
    for item in evidence:
        if item.stance == stance:
            weight = ORIGIN_WEIGHT.get(item.origin.kind, 0.5)
            if stance == "refutes" and actor and item.voice == actor and item.origin.kind != "monitor":
                weight *= SELF_INTEREST
            best[item.origin.name] = max(best.get(item.origin.name, 0.0), weight)
    return round(sum(best.values()), 2)


def claim_review(claim: str, verdict: str, explanation: str, *, speaker: str | None, date: str | None,
                 appearance: str | None, reviewed: str, url: str | None = None) -> dict:
    """schema.org ClaimReview JSON-LD for one verdict."""
    item = {"@type": "Claim"}
    if speaker:
        item["author"] = {"@type": "Person", "name": speaker}
    if date:
        item["datePublished"] = date
    if appearance:
        item["appearance"] = {"@type": "CreativeWork", "url": appearance}
    review = {
        "@context": "https://schema.org", "@type": "ClaimReview", "claimReviewed": claim, "itemReviewed": item,
        "reviewRating": {"@type": "Rating", "alternateName": verdict, "ratingValue": SCALE[verdict],
                         "worstRating": 0, "bestRating": max(SCALE.values()), "ratingExplanation": explanation},
        "author": {"@type": "Organization", "name": "crosscheck"}, "datePublished": reviewed,
    }
    if url:
        review["url"] = url
    return review
