"""The numeric helpers the indexes share (``nlp.ngrams``)."""

from __future__ import annotations

import numpy as np

from nlp.ngrams import rounded


def test_rounded_rounds_each_value_as_python_does():
    rng = np.random.default_rng(0)
    halves = (np.arange(20_000) + 0.5) / 10_000  # 0.00005, 0.00015 …: numpy's scaled rounding differs on many
    near = np.concatenate([halves, np.nextafter(halves, 0), np.nextafter(halves, 1)])
    values = np.concatenate([rng.random(20_000), near, np.arange(10_001) / 10_000, [0.0, 1.0, 2.675, 0.285]])
    for digits in (2, 4):
        assert rounded(values, digits).tolist() == [round(value, digits) for value in values.tolist()]
    assert rounded(np.zeros(0), 4).tolist() == []
