"""The learnt kind of untitled documents (``benchmarks.train_kinds``, ``nlp.library.kinds``): the shipped model is what
the trainer makes of the tune files, and cross-validated by site it decides more of the documents it is asked about
right than the cue counts it replaces (docs/benchmarks.md, "gen22k")."""

from __future__ import annotations

import json

import pytest

from benchmarks import train_kinds
from nlp.library.kinds import FEATURES, MODEL_PATH

# Measured when adopted (gen22k, 1494 tune files, 624 untitled documents, 55 left to the wording): cue counts 32 right,
# the model 41 in 5-fold cross-validation by site. At round 22's end (1534 tune files, 630 untitled, the rules deciding
# more of them, 53 left to the wording): cue counts 33, the model 37. Floor: that gain of 4; raise it as the model improves.
# Round 35 (2514 tune files, 1047 untitled, 95 left to the wording): cue counts 43, the model 80 at main's start, 83 with
# gen35k's sentence-tense and one-event features: the floor is raised to 38, one under the gain of 40.
MIN_GAIN = 38


@pytest.fixture(scope="module")
def training():
    return train_kinds.train()


def test_retraining_on_the_tune_split_gives_the_shipped_model(training):
    fresh, kept = json.loads(training.model.to_json()), json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert fresh["features"] == kept["features"] == FEATURES and fresh["kinds"] == kept["kinds"]
    for key in ("biases", "means", "scales"):
        assert fresh[key] == pytest.approx(kept[key], abs=1e-3), key
    for row, kept_row in zip(fresh["weights"], kept["weights"], strict=True):
        assert row == pytest.approx(kept_row, abs=1e-3)


def test_cross_validated_by_site_the_model_beats_the_cue_counts(training):
    assert training.model_right - training.cues_right >= MIN_GAIN
