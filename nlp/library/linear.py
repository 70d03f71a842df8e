"""Small logistic models shipped as data: coefficients in a JSON file under ``nlp/data``, trained by a script in
``benchmarks`` (scikit-learn at training time only) and read back here with nothing but the standard library.

A model's vector is sparse: keys below ``len(means)`` are named features, scaled by the training set's means and
standard deviations; keys past them (hashed character grams) are used as they are. A file made for other features
(its ``features`` or other settings differ from what the reader expects) is not read: the caller's rules decide alone.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TypeVar

Model = TypeVar("Model")  # a model class with ``from_data``


@dataclass(frozen=True)
class LinearModel:
    weights: tuple[float, ...]
    bias: float
    threshold: float  # the probability from which the model decides for its class
    means: tuple[float, ...]  # of the named features, for scaling
    scales: tuple[float, ...]

    def terms(self, vector: Mapping[int, float]) -> dict[int, float]:
        """Each key's contribution to the log-odds."""
        n = len(self.means)
        return {
            key: self.weights[key] * ((value - self.means[key]) / self.scales[key] if key < n else value)
            for key, value in vector.items()
        }

    def probability(self, vector: Mapping[int, float], terms: Mapping[int, float] | None = None) -> float:
        total = self.bias + sum((self.terms(vector) if terms is None else terms).values())
        return 1.0 / (1.0 + math.exp(-total))

    @classmethod
    def from_data(cls, data: Mapping) -> LinearModel:
        """The model its file's ``data`` holds (``to_json``)."""
        return cls(tuple(data["weights"]), data["bias"], data["threshold"], tuple(data["means"]), tuple(data["scales"]))

    def to_json(self, **settings: object) -> str:
        """The model as its file holds it; ``settings`` (the feature names, the hash width) are what a reader checks."""
        return json.dumps(
            {
                **settings,
                "weights": [round(w, 5) for w in self.weights],
                "bias": round(self.bias, 5),
                "threshold": self.threshold,
                "means": [round(m, 5) for m in self.means],
                "scales": [round(s, 5) for s in self.scales],
            },
            ensure_ascii=False,
        )


def load(path: Path, kind: type[Model], **settings: object) -> Model | None:
    """The model at ``path`` as a ``kind`` (read again when the file changes), or None when it is missing,
    unreadable or made with other ``settings``."""
    try:
        modified = path.stat().st_mtime_ns
    except OSError:
        return None
    return _load(path, modified, kind, json.dumps(settings, sort_keys=True, ensure_ascii=False))


@cache
def _load(path: Path, modified: int, kind: type[Model], settings: str) -> Model | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if any(data.get(key) != value for key, value in json.loads(settings).items()):
        return None
    return kind.from_data(data)
