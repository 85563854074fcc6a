"""FNC-1 stance detection: train crosscheck's stance model and score it by the official FNC-1 rule.

    python benchmarks/fnc1.py [DATA_DIR] [--holdout 0.2] [--seed 0] [--split headline|disjoint]
    python benchmarks/fnc1.py [DATA_DIR] --test-dir DIR

DATA_DIR (default ../shared/data/fnc1/train next to the repository) holds FNC-1 *_bodies.csv and
*_stances.csv. By default a share of the headlines is held out (no headline on both sides), the model
trains on the rest and is scored on them. Bodies then appear on both sides, which flatters the score;
--split disjoint also holds out bodies (test pairs: held-out headline and held-out body; training
pairs: neither) to measure a claim and an article the model has never seen. With --test-dir the model
trains on all of DATA_DIR and is scored on that folder (e.g. the official competition test set).

Official score: per pair +0.25 when related/unrelated is right (agree, disagree, discuss are related),
+0.75 more when a related pair's exact label is right; reported as a share of the best possible sum.
On the official test set the FNC-1 baseline scored 75.20 and the winner 82.02.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import numpy as np

from crosscheck.errors import InputError
from crosscheck.verify.stance import LABELS
from crosscheck.verify.stance_train import read_fnc, train_stance_model

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "fnc1" / "train"

Pairs = list[tuple[str, str]]


def fnc_score(gold: list[str], predicted: list[str]) -> float:
    """The official weighted score, as a percentage of the best possible."""
    score = best = 0.0
    for truth, guess in zip(gold, predicted, strict=True):
        related = truth != "unrelated"
        best += 1.0 if related else 0.25
        if related == (guess != "unrelated"):
            score += 0.25
            if related and truth == guess:
                score += 0.75
    return 100 * score / best


def split(pairs: Pairs, labels: list[str], share: float, seed: int, disjoint: bool) -> tuple[Pairs, list, Pairs, list]:
    """Hold out a seeded share of headlines (and, when disjoint, of bodies) for scoring."""
    rng = random.Random(seed)

    def held_out(texts: set[str]) -> set[str]:
        ordered = sorted(texts)
        rng.shuffle(ordered)
        return set(ordered[: round(len(ordered) * share)])

    headlines = held_out({claim for claim, _ in pairs})
    bodies = held_out({body for _, body in pairs}) if disjoint else None
    train, test = ([], []), ([], [])
    for pair, label in zip(pairs, labels, strict=True):
        held_headline = pair[0] in headlines
        held_body = pair[1] in bodies if disjoint else held_headline
        if held_headline != held_body:
            continue  # disjoint split: a held-out headline with a seen body, or the reverse, is on neither side
        side = test if held_headline else train
        side[0].append(pair)
        side[1].append(label)
    return train[0], train[1], test[0], test[1]


def print_metrics(gold: list[str], predicted: list[str]) -> None:
    confusion = np.zeros((len(LABELS), len(LABELS)), dtype=int)
    for truth, guess in zip(gold, predicted, strict=True):
        confusion[LABELS.index(truth), LABELS.index(guess)] += 1
    print(f"\nFNC-1 score: {fnc_score(gold, predicted):.2f}%  (official test set: baseline 75.20, winner 82.02)")
    print(f"accuracy: {np.trace(confusion) / confusion.sum():.4f}\n")
    print(f"{'class':<10} {'precision':>9} {'recall':>7} {'F1':>6} {'support':>8}")
    for n, label in enumerate(LABELS):
        precision = confusion[n, n] / max(1, confusion[:, n].sum())
        recall = confusion[n, n] / max(1, confusion[n].sum())
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"{label:<10} {precision:>9.3f} {recall:>7.3f} {f1:>6.3f} {confusion[n].sum():>8}")
    print("\nconfusion (rows: gold, columns: predicted)")
    print(f"{'':<10}" + "".join(f"{label:>10}" for label in LABELS))
    for n, label in enumerate(LABELS):
        print(f"{label:<10}" + "".join(f"{count:>10}" for count in confusion[n]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path, nargs="?", default=DEFAULT_DATA)
    parser.add_argument("--test-dir", type=Path, help="score on this FNC-format folder after training on all data")
    parser.add_argument("--holdout", type=float, default=0.2, help="share of headlines (and bodies) held out")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--split", choices=("headline", "disjoint"), default="headline")
    args = parser.parse_args()
    for folder in (args.data, args.test_dir):
        if folder is not None and not folder.is_dir():
            sys.exit(f"FNC-1 data not found at {folder}: expected a folder of *_bodies.csv and *_stances.csv")
    try:
        pairs, labels = read_fnc(args.data)
        test_pairs, test_labels = read_fnc(args.test_dir) if args.test_dir else ([], [])
    except InputError as error:
        sys.exit(f"cannot read FNC-1 data: {error}")
    if args.test_dir:
        train_pairs, train_labels = pairs, labels
        print(f"train: all of {args.data} ({len(train_pairs)} pairs); test: {args.test_dir} ({len(test_pairs)} pairs)")
    else:
        train_pairs, train_labels, test_pairs, test_labels = split(pairs, labels, args.holdout, args.seed,
                                                                   args.split == "disjoint")
        print(f"{args.data}: {len(pairs)} pairs; held out {args.holdout:.0%} of headlines"
              f"{' and of bodies' if args.split == 'disjoint' else ''} (seed {args.seed}): "
              f"train {len(train_pairs)} pairs, test {len(test_pairs)} pairs")
    start = time.perf_counter()
    model = train_stance_model(train_pairs, train_labels)
    trained = time.perf_counter()
    probabilities = model.predict(test_pairs)
    predicted = time.perf_counter()
    print_metrics(test_labels, [max(p, key=p.get) for p in probabilities])
    print(f"\ntimings: train {trained - start:.0f} s (MiniLM load, embedding, features, boosting); "
          f"predict {predicted - trained:.0f} s for {len(test_pairs)} pairs "
          f"({len(test_pairs) / (predicted - trained):.0f} pairs/s, embedding included)")


if __name__ == "__main__":
    main()
