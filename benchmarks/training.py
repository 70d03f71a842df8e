"""What the trainers of the shipped linear models (``train_junk``, ``train_headings``) share: the files they learn
from, the site a file comes from (their folds), and the scaled sparse matrix a ``nlp.library.linear.LinearModel``
is fitted on."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from urllib.parse import urlparse

import numpy as np
from scipy.sparse import csr_matrix

from benchmarks.bench_parse import manifest


def training_entries(leave_out: Collection[str] = ()) -> list[dict]:
    """The manifest's entries a model learns from, in manifest order: the tune split but those named in
    ``leave_out``."""
    return [entry for entry in manifest() if entry["split"] == "tune" and entry["name"] not in leave_out]


def site_of(entry: dict) -> str:
    """The site a file was collected from (its address's host without www./m.), the fold a file's lines go to: a
    site's chrome recurs on its pages, so pages of one site are never on both sides of a fold. A file without an
    address is a site of its own."""
    host = urlparse(entry["source"]).netloc.lower()
    return re.sub(r"^(?:www|m)\.", "", host) or entry["name"]


def scaling(vectors: Sequence[Mapping[int, float]], named: int) -> tuple[np.ndarray, np.ndarray]:
    """Means and standard deviations (1 where a feature never varies) of the ``named`` first features."""
    values = np.array([[v[i] for i in range(named)] for v in vectors])
    means, scales = values.mean(axis=0), values.std(axis=0)
    scales[scales == 0] = 1.0
    return means, scales


def matrix(vectors: Sequence[Mapping[int, float]], means: np.ndarray, scales: np.ndarray, width: int) -> csr_matrix:
    """The vectors as rows ``width`` wide: named features (keys below ``len(means)``) scaled, the rest as they are."""
    n = len(means)
    rows, cols, values = [], [], []
    for r, vector in enumerate(vectors):
        for key, value in vector.items():
            rows.append(r)
            cols.append(key)
            values.append((value - means[key]) / scales[key] if key < n else value)
    return csr_matrix((values, (rows, cols)), shape=(len(vectors), width))
