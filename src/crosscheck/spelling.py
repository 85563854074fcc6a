"""Spelling-tolerant name keys, shared by extraction (within a document) and resolution (across).

Transliterations of one name differ in predictable places (Beglaryan/Beglarian, Stepanakert/
Stepanakerdt, Harutyunyan/Harytyunyan, Jelcic/Yelchich): fold those before comparing, then allow one or
two edits.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz.fuzz import ratio
from rapidfuzz.process import cdist

# Ordered: multi-letter spellings of one sound first.
# South Slavic and Bantu spellings in English: Jelcic/Yelchich, Vrabec/Vrabets, Kitshanga/Kichanga; the old
# Dutch-era spelling of Indonesian names: Soetanto/Sutanto.
_FOLDS = (("dzh", "j"), ("zh", "j"), ("j", "y"), ("kh", "h"), ("gh", "g"), ("dt", "t"), ("ph", "f"), ("ck", "k"),
          ("tsch", "c"), ("tsh", "c"), ("ch", "c"), ("ts", "c"), ("tz", "c"),
          ("w", "v"), ("y", "i"), ("ou", "u"), ("oe", "u"), ("ee", "i"))
_DOUBLE = re.compile(r"(.)\1+")
# Edit similarity (0-100) above which two folded names are spellings of one name.
SAME_NAME = 84.0


@lru_cache(maxsize=200_000)
def plain_words(text: str) -> str:
    """Lower-case words with punctuation gone, for comparing two renderings of the same words."""
    return " ".join("".join(ch.lower() if ch.isalnum() else " " for ch in text).split())


def fold(name: str) -> str:
    """A lower-case ASCII key that transliteration variants of ``name`` share."""
    key = re.sub(r"[^a-z0-9]+", "", anyascii(name).lower())
    for old, new in _FOLDS:
        key = key.replace(old, new)
    return _DOUBLE.sub(r"\1", key)


@lru_cache(maxsize=200_000)
def fold_place(name: str) -> str:
    """Place keys also drop a final vowel: Shusha/Shushi, Karabakh/Karabagh."""
    key = fold(name)
    return key[:-1] if len(key) >= 5 and key[-1] in "aeiou" else key


def same_name(a: str, b: str, threshold: float = SAME_NAME) -> bool:
    """Folded keys equal, or one edit apart on a long enough name with the same first letter."""
    if not a or not b:
        return False
    if a == b:
        return True
    return a[0] == b[0] and min(len(a), len(b)) >= 5 and ratio(a, b) >= threshold


def similar_keys(keys: set[str], threshold: float = SAME_NAME) -> dict[str, list[str]]:
    """For each folded key, the other keys ``same_name`` accepts. Blocked by first letter and compared
    as a matrix (rapidfuzz cdist), so a corpus's distinct names cost far less than every pair of entities."""
    blocks: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        if len(key) >= 5:
            blocks[key[0]].append(key)
    found: dict[str, list[str]] = defaultdict(list)
    for block in blocks.values():
        if len(block) < 2:
            continue
        scores = cdist(block, block, scorer=ratio, score_cutoff=threshold, workers=1)
        for a, b in zip(*scores.nonzero(), strict=True):
            if a != b:
                found[block[a]].append(block[b])
    return found
