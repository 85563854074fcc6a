"""Features of a (claim, evidence) pair for the stance model: one computation for training and for use.

The features describe the pair, not its topic: how close the claim is to the evidence as a whole and
to its best-matching sentences (TF-IDF and MiniLM cosines, word overlap), and which refuting, negating,
hedging or confirming words sit in those sentences. Nothing names a body or a headline, so a model
trained on news headlines against article bodies also reads a claim against a one-sentence passage.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

Encode = Callable[[Sequence[str]], np.ndarray]

MAX_SENTENCES = 40  # long bodies: their first 40 sentences carry the stance and bound MiniLM's cost
LEAD_SENTENCES = 3
TOP_SENTENCES = 3

_SENTENCE_END = re.compile(r"\n+|(?:(?<=[.!?])|(?<=[.!?][\"”’']))\s+(?=[\"“‘'(]?[A-Z0-9])")
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_CAPITALIZED = re.compile(r"(?<!^)(?<![.!?]\s)\b([A-Z][a-zA-Z]+|\d[\d,.]*)")

STOPWORDS = frozenset({
    "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are", "as", "at", "be",
    "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does",
    "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her",
    "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself",
    "just", "me", "more", "most", "my", "myself", "now", "of", "off", "on", "once", "only", "or", "other", "our",
    "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the",
    "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too",
    "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom",
    "why", "will", "with", "would", "you", "your", "yours", "yourself", "yourselves", "s", "t", "ll", "re", "ve", "d",
    "m", "says", "said", "say", "new"
})

# Word lists after the FNC-1 baseline's refuting words, widened with their inflections.
REFUTING = frozenset({
    "fake", "fraud", "hoax", "hoaxes", "false", "falsely", "deny", "denies", "denied", "denying", "not", "despite",
    "nope", "doubt", "doubts", "doubted", "bogus", "debunk", "debunks", "debunked", "debunking", "prank", "pranks",
    "retract", "retracts", "retracted", "retraction", "untrue", "myth", "rumour", "misleading", "fabricated",
    "fabrication", "baseless", "unfounded", "refute", "refutes", "refuted", "dismissed", "dismisses", "incorrect",
    "wrong", "satire", "satirical"
})
NEGATIONS = frozenset({
    "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot", "isn't", "wasn't",
    "didn't", "doesn't", "don't", "aren't", "weren't", "won't", "hasn't", "haven't", "hadn't", "couldn't"
})
HEDGES = frozenset({
    "reportedly", "allegedly", "alleged", "claims", "claimed", "claim", "claiming", "according", "unconfirmed",
    "unverified", "rumor", "rumors", "rumored", "rumoured", "purportedly", "supposedly", "apparently", "appears",
    "appeared", "may", "might", "could", "possibly", "possible", "believed", "suggests", "suggested", "speculation",
    "report", "reports", "reported", "if", "whether", "unclear"
})
CONFIRMING = frozenset({
    "confirmed", "confirms", "confirm", "confirming", "official", "officially", "announced", "announces", "revealed",
    "reveals", "indeed", "actually", "true", "proved", "proves", "proven", "verified", "verifies", "evidence", "shows",
    "showed"
})
_CUE_WORDS = (REFUTING, NEGATIONS, HEDGES, CONFIRMING)

# Model sentences of each stance; a sentence's MiniLM cosine to them catches wording the word lists miss.
PROTOTYPES = (
    "This story is a hoax and the claim is false.",
    "The report was denied by officials.",
    "It is not true.",
    "The claim could not be confirmed and remains unverified.",
    "Officials confirmed the report is true.",
    "According to reports, it is said to have happened.",
)

FEATURE_NAMES = (
    "tfidf_body", "tfidf_lead", "tfidf_best", "tfidf_top",
    "emb_body", "emb_lead", "emb_first", "emb_best", "emb_top", "emb_best_tfidf_sentence",
    "overlap_body", "overlap_best", "jaccard_body", "bigrams_body", "names_body", "names_best",
    "claim_refuting", "claim_negations", "claim_hedges", "claim_confirming", "claim_question", "claim_words",
    "body_refuting", "body_negations", "body_hedges", "body_confirming", "body_questions", "body_quotes",
    "best_refuting", "best_negations", "best_hedges", "best_confirming",
    "top_refuting", "top_negations", "top_hedges", "top_confirming",
    "lead_refuting", "lead_hedges", "polarity_match",
    *(f"best_like_prototype_{n}" for n in range(len(PROTOTYPES))),
    *(f"claim_like_prototype_{n}" for n in range(len(PROTOTYPES))),
)


def split_sentences(text: str) -> list[str]:
    """Sentences of a passage, at most MAX_SENTENCES; a passage without a break is one sentence."""
    sentences = [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]
    return sentences[:MAX_SENTENCES] or [text.strip()]


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'"))


def stem(word: str) -> str:
    """A light stem so 'denies', 'denied' and 'deny' meet; TF-IDF and overlap both use it."""
    for suffix, keep in (("'s", 0), ("ies", 1), ("ied", 1), ("ing", 0), ("ed", 0), ("es", 0), ("s", 0)):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: len(word) - len(suffix)] + ("y" if keep else "")
    return word


def content_stems(text: str) -> list[str]:
    return [stem(w) for w in words(text) if w not in STOPWORDS]


def names_in(text: str) -> set[str]:
    """Capitalized words and numbers past the first word: the who/where/how-many a stance is about."""
    return {m.lower() for m in _CAPITALIZED.findall(text)}


@dataclass(frozen=True)
class Vocabulary:
    """TF-IDF terms (stems and stem bigrams) and their inverse document frequencies."""

    index: dict[str, int]
    idf: np.ndarray

    @classmethod
    def fit(cls, documents: Sequence[str], max_terms: int = 20000, min_df: int = 2) -> Vocabulary:
        frequency: Counter[str] = Counter()
        for document in documents:
            frequency.update(set(_terms(content_stems(document))))
        kept = sorted((t for t, df in frequency.items() if df >= min_df), key=lambda t: (-frequency[t], t))
        kept = sorted(kept[:max_terms])
        idf = np.array([math.log((1 + len(documents)) / (1 + frequency[t])) + 1 for t in kept], dtype=np.float32)
        return cls({t: i for i, t in enumerate(kept)}, idf)

    def vectorize(self, texts: Sequence[str]) -> list[dict[int, float]]:
        """Unit-length sparse TF-IDF vectors (sublinear term frequency) as {term index: weight}."""
        vectors = []
        for text in texts:
            counts = Counter(self.index[t] for t in _terms(content_stems(text)) if t in self.index)
            weights = {i: (1 + math.log(c)) * float(self.idf[i]) for i, c in counts.items()}
            norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
            vectors.append({i: w / norm for i, w in weights.items()})
        return vectors


def _terms(stems: list[str]) -> list[str]:
    return stems + [f"{a} {b}" for a, b in zip(stems, stems[1:], strict=False)]


def cosine(a: dict[int, float], b: dict[int, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(i, 0.0) for i, w in a.items())


def _cues(text: str) -> np.ndarray:
    tokens = words(text)
    return np.array([sum(t in cue for t in tokens) for cue in _CUE_WORDS], dtype=np.float32)


@dataclass
class _Evidence:
    """What the pair features need from one evidence text, computed once however many claims meet it."""

    stems: set[str]
    bigrams: set[str]
    names: set[str]
    sentence_stems: list[set[str]]
    sentence_names: list[set[str]]
    tfidf: dict[int, float]
    lead_tfidf: dict[int, float]
    sentence_tfidf: list[dict[int, float]]
    vectors: np.ndarray  # unit MiniLM vectors of the sentences
    body_vector: np.ndarray  # unit mean of all sentence vectors
    lead_vector: np.ndarray  # unit mean of the lead sentences' vectors
    cues: np.ndarray  # per sentence: refuting, negation, hedge, confirming word counts
    word_count: int
    questions: float
    quotes: float


def _evidence(text: str, vocabulary: Vocabulary, vectors: np.ndarray) -> _Evidence:
    sentences = split_sentences(text)
    stems = content_stems(text)
    sentence_stems = [set(content_stems(s)) for s in sentences]
    tfidf, lead_tfidf, *sentence_tfidf = vocabulary.vectorize([text, " ".join(sentences[:LEAD_SENTENCES]),
                                                               *sentences])
    word_count = max(1, len(words(text)))
    return _Evidence(
        stems=set(stems), bigrams={f"{a} {b}" for a, b in zip(stems, stems[1:], strict=False)},
        names={n for s in sentences for n in names_in(s)}, sentence_stems=sentence_stems,
        sentence_names=[names_in(s) for s in sentences], tfidf=tfidf, lead_tfidf=lead_tfidf,
        sentence_tfidf=sentence_tfidf, vectors=vectors, body_vector=_unit(vectors.sum(axis=0)),
        lead_vector=_unit(vectors[:LEAD_SENTENCES].sum(axis=0)), cues=np.stack([_cues(s) for s in sentences]),
        word_count=word_count, questions=text.count("?") / len(sentences),
        quotes=sum(text.count(q) for q in "\"“”") / word_count,
    )


def _unit(vector: np.ndarray) -> np.ndarray:
    return vector / (np.linalg.norm(vector) or 1.0)


def _fraction(part: set[str], whole: set[str]) -> float:
    return len(part & whole) / len(part) if part else 0.0


@dataclass(frozen=True)
class PairFeatures:
    values: np.ndarray  # one row of FEATURE_NAMES per pair
    products: np.ndarray  # per pair: claim vector times best-matching sentence vector, element by element


@dataclass(frozen=True)
class Projection:
    """Principal axes of the claim-sentence products: the few directions that carry stance, not all 384."""

    mean: np.ndarray
    components: np.ndarray  # (axes, 384)

    def apply(self, products: np.ndarray) -> np.ndarray:
        return (products - self.mean) @ self.components.T


def model_inputs(features: PairFeatures, projection: Projection) -> np.ndarray:
    """The stance model's input rows: the named features followed by the projected products."""
    return np.hstack([features.values, projection.apply(features.products)]).astype(np.float32)


def pair_features(pairs: Sequence[tuple[str, str]], vocabulary: Vocabulary, encode: Encode) -> PairFeatures:
    """Features of each (claim, evidence) pair; each distinct text is split and embedded once."""
    claims = sorted({claim for claim, _ in pairs})
    bodies = sorted({body for _, body in pairs})
    body_sentences = [split_sentences(body) for body in bodies]
    sentences = sorted({s for group in body_sentences for s in group} | set(claims) | set(PROTOTYPES))
    encoded = encode(sentences)
    row = {s: i for i, s in enumerate(sentences)}
    prototypes = encoded[[row[s] for s in PROTOTYPES]]
    evidence = {body: _evidence(body, vocabulary, encoded[[row[s] for s in group]])
                for body, group in zip(bodies, body_sentences, strict=True)}
    claim_tfidf = dict(zip(claims, vocabulary.vectorize(claims), strict=True))
    values = np.zeros((len(pairs), len(FEATURE_NAMES)), dtype=np.float32)
    products = np.zeros((len(pairs), encoded.shape[1]), dtype=np.float32)
    for n, (claim, body) in enumerate(pairs):
        claim_vector, ev = encoded[row[claim]], evidence[body]
        emb_sentences = ev.vectors @ claim_vector
        top = np.argsort(-emb_sentences, kind="stable")[:TOP_SENTENCES]
        best_vector = ev.vectors[top[0]]
        values[n] = [*_pair_row(claim, claim_tfidf[claim], claim_vector, emb_sentences, top, ev),
                     *(prototypes @ best_vector), *(prototypes @ claim_vector)]
        products[n] = claim_vector * best_vector
    return PairFeatures(values, products)


def _pair_row(claim: str, claim_tfidf: dict[int, float], claim_vector: np.ndarray, emb_sentences: np.ndarray,
              top: np.ndarray, ev: _Evidence) -> list[float]:
    tfidf_sentences = np.array([cosine(claim_tfidf, s) for s in ev.sentence_tfidf])
    best = int(top[0])
    stems_list = content_stems(claim)
    stems = set(stems_list)
    bigrams = {f"{a} {b}" for a, b in zip(stems_list, stems_list[1:], strict=False)}
    names = names_in(claim)
    claim_cues = _cues(claim)
    lead = ev.cues[:LEAD_SENTENCES].sum(axis=0)
    body_rates = ev.cues.sum(axis=0) * 100 / ev.word_count
    top_cues = ev.cues[top].sum(axis=0)
    polarity_match = float(claim_cues[1] % 2 == ev.cues[best][1] % 2)
    return [
        cosine(claim_tfidf, ev.tfidf), cosine(claim_tfidf, ev.lead_tfidf),
        float(tfidf_sentences.max()), float(np.sort(tfidf_sentences)[-TOP_SENTENCES:].mean()),
        float(ev.body_vector @ claim_vector),
        float(ev.lead_vector @ claim_vector),
        float(emb_sentences[0]), float(emb_sentences[best]), float(emb_sentences[top].mean()),
        float(emb_sentences[int(tfidf_sentences.argmax())]),
        _fraction(stems, ev.stems), _fraction(stems, ev.sentence_stems[best]),
        len(stems & ev.stems) / (len(stems | ev.stems) or 1), _fraction(bigrams, ev.bigrams),
        _fraction(names, ev.names), _fraction(names, ev.sentence_names[best]),
        *claim_cues, float("?" in claim), math.log1p(len(words(claim))),
        *body_rates, ev.questions, ev.quotes,
        *ev.cues[best], *top_cues,
        lead[0], lead[2], polarity_match,
    ]
