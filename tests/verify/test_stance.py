"""The stance model through its public API: the shipped model reads plain agreement, refutation and
off-topic evidence; a bad model file is a clear error; the trainer runs end to end on real FNC-1 rows."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest

from crosscheck.errors import CrosscheckError
from crosscheck.verify.stance import LABELS, load_stance_model
from crosscheck.verify.stance_train import main as train_main

FNC1_TRAIN = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "fnc1" / "train"

CLAIM = "Dravian forces shelled the central market in Korvel, killing twelve civilians"
AGREEING = (
    "Dravian artillery shelled the central market in Korvel on Tuesday morning, killing twelve civilians and "
    "wounding dozens more, local officials confirmed. Witnesses said the first shells struck the market as "
    "traders were setting up their stalls. Hospital staff in Korvel confirmed that twelve people were killed."
)
REFUTING = (
    "Reports that Dravian forces shelled the central market in Korvel are false. The market was not shelled: "
    "independent monitors who visited Korvel on Wednesday found no damage, and the photos shared online were taken "
    "years earlier in another country. The story has been debunked as a hoax."
)
UNRELATED = (
    "Botanists have described a new species of orchid found in the cloud forests of northern Peru. The plant, "
    "which flowers only once every three years, was spotted by a hiking guide. Researchers said the discovery "
    "shows how much of the region's plant life remains undocumented."
)


def _stance(probabilities: dict[str, float]) -> str:
    return max(probabilities, key=probabilities.get)


@pytest.fixture(scope="module")
def model():
    return load_stance_model()


def test_shipped_model_reads_agreement_refutation_and_unrelated(model):
    results = model.predict([(CLAIM, AGREEING), (CLAIM, REFUTING), (CLAIM, UNRELATED)])
    assert [_stance(r) for r in results] == ["agree", "disagree", "unrelated"]
    for probabilities in results:
        assert tuple(probabilities) == LABELS
        assert sum(probabilities.values()) == pytest.approx(1.0)


def test_one_sentence_evidence(model):
    refuted, confirmed = model.predict([
        (CLAIM, "Dravia denied that its forces shelled the market in Korvel and called the report a hoax."),
        (CLAIM, "Officials confirmed that Dravian forces shelled the central market in Korvel, killing twelve."),
    ])
    assert refuted["disagree"] > refuted["agree"]
    assert confirmed["agree"] > confirmed["disagree"]
    assert refuted["unrelated"] < 0.5 and confirmed["unrelated"] < 0.5


def test_no_pairs_no_predictions(model):
    assert model.predict([]) == []


def test_missing_model_is_a_clear_error(tmp_path):
    with pytest.raises(CrosscheckError, match="stance model not found"):
        load_stance_model(tmp_path / "absent.npz")


@pytest.mark.parametrize("write", [
    lambda path: path.write_bytes(b"not a model at all"),
    lambda path: np.savez(path.open("wb"), weights=np.zeros(3)),
], ids=["garbage", "other-npz"])
def test_corrupt_model_is_a_clear_error(tmp_path, write):
    path = tmp_path / "broken.npz"
    write(path)
    with pytest.raises(CrosscheckError, match="stance model is corrupt"):
        load_stance_model(path)


@pytest.fixture
def fnc1_sample(tmp_path) -> Path:
    """A few FNC-1 bodies with disagreeing headlines and all their pairs, copied to a temporary folder."""
    if not FNC1_TRAIN.is_dir():
        pytest.skip(f"{FNC1_TRAIN} is not present")
    with (FNC1_TRAIN / "train_stances.csv").open(encoding="utf-8", newline="") as file:
        stances = list(csv.DictReader(file))
    kept = sorted({row["Body ID"] for row in stances if row["Stance"] == "disagree"}, key=int)[:5]
    with (FNC1_TRAIN / "train_bodies.csv").open(encoding="utf-8", newline="") as file:
        bodies = [row for row in csv.DictReader(file) if row["Body ID"] in kept]
    sample = tmp_path / "fnc1"
    sample.mkdir()
    for name, fields, rows in (("sample_bodies.csv", ["Body ID", "articleBody"], bodies),
                               ("sample_stances.csv", ["Headline", "Body ID", "Stance"],
                                [row for row in stances if row["Body ID"] in kept])):
        with (sample / name).open("w", encoding="utf-8", newline="") as file:
            writer = csv.DictWriter(file, fields)
            writer.writeheader()
            writer.writerows(rows)
    return sample


def test_trainer_writes_a_loadable_model(fnc1_sample, tmp_path):
    out = tmp_path / "models" / "stance-sample.npz"
    assert train_main([str(fnc1_sample), "-o", str(out), "--iterations", "20"]) == 0
    results = load_stance_model(out).predict([(CLAIM, REFUTING)])
    assert tuple(results[0]) == LABELS
    assert sum(results[0].values()) == pytest.approx(1.0)


def test_trainer_reports_a_folder_without_fnc1_files(tmp_path, capsys):
    assert train_main([str(tmp_path), "-o", str(tmp_path / "model.npz")]) == 1
    assert "no FNC-1" in capsys.readouterr().err
