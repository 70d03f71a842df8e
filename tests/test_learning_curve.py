"""The learning curves of the shipped models (``benchmarks.learning_curve``), smoke-tested on a few tune sites: the
held-out folds stay the trainer's own at every share (only the training side shrinks), and at share 1 a run is the
trainer's own cross-validation."""

from __future__ import annotations

import numpy as np
import pytest

from benchmarks import learning_curve, train_titles
from benchmarks.training import training_entries

FEW = 30  # tune files the smoke test keeps: enough sites for five folds


@pytest.fixture(scope="module")
def leave_out() -> frozenset[str]:
    return frozenset(e["name"] for e in training_entries()[FEW:])


def test_lc30_the_held_out_folds_stay_and_the_training_side_keeps_the_seen_sites():
    sites = [f"site{i % 10}" for i in range(40)]
    seen = learning_curve.seen_rows(sites, 0.5, 0)
    assert len({s for s, kept in zip(sites, seen, strict=True) if kept}) == 5
    usual = list(learning_curve.GroupKFold(n_splits=5).split(sites, groups=sites))
    shrunk = list(learning_curve.SeenSitesKFold(5, seen).split(sites, groups=sites))
    for (train, test), (fewer, same) in zip(usual, shrunk, strict=True):
        assert np.array_equal(test, same) and set(fewer) == {i for i in train if seen[i]}


def test_lc30_a_smaller_share_learns_from_a_subset_of_a_larger_ones_sites():
    sites = [f"site{i}" for i in range(16)]
    for smaller, larger in ((0.125, 0.25), (0.25, 0.5), (0.5, 1.0)):
        assert not (learning_curve.seen_rows(sites, smaller, 1) & ~learning_curve.seen_rows(sites, larger, 1)).any()


def test_lc30_at_share_one_a_run_is_the_trainers_cross_validation(leave_out):
    full = train_titles.train(leave_out)
    assert learning_curve.titles_run(1.0, 0, leave_out)["model_right"] == full.model_right


def test_lc30_junk_curve_runs_on_a_few_sites(leave_out):
    rows = learning_curve.curve("junk", (0.5, 1.0), 1, leave_out)
    assert [r["share"] for r in rows] == [0.5, 1.0]
    for row in rows:
        assert 0 <= row["caught_fixed"] <= 1 and 0 <= row["caught"] <= 1 and row["content_dropped_fixed"] >= 0
