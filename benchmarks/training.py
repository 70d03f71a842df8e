"""What the trainers of the shipped models share: the files they learn from, the site a file comes from (the folds of
cross-validation), the scaled feature matrix, and the parse of each file by a model that never saw its site."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import Protocol, TypeVar
from urllib.parse import urlparse

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from benchmarks.bench_parse import FILES, aggregate, manifest, score_file
from nlp.cli.library import parse_json
from nlp.library.parse import parse_file


class Decided(Protocol):
    """A document a trainer decides: its candidates' sparse vectors and the site it comes from."""

    @property
    def site(self) -> str: ...

    @property
    def vectors(self) -> tuple[dict[int, float], ...]: ...


Row = TypeVar("Row", bound=Decided)


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


def scaling(vectors: list[dict[int, float]], named: int) -> tuple[np.ndarray, np.ndarray]:
    """The means and standard deviations (1 where constant) of the first ``named`` features of ``vectors``."""
    values = np.array([[v.get(i, 0.0) for i in range(named)] for v in vectors])
    means, scales = values.mean(axis=0), values.std(axis=0)
    scales[scales == 0] = 1.0
    return means, scales


def matrix(vectors: list[dict[int, float]], means: np.ndarray, scales: np.ndarray, width: int) -> csr_matrix:
    """The sparse vectors as a matrix ``width`` wide: the named features (keys below ``len(means)``) scaled, the
    others (hashed grams) as they are, as ``nlp.library.linear.LinearModel`` reads them."""
    n = len(means)
    rows, cols, values = [], [], []
    for r, vector in enumerate(vectors):
        for key, value in vector.items():
            rows.append(r)
            cols.append(key)
            values.append((value - means[key]) / scales[key] if key < n else value)
    return csr_matrix((values, (rows, cols)), shape=(len(vectors), width))


def fit(
    vectors: list[dict[int, float]], labels: list[int], named: int, c: float
) -> tuple[LogisticRegression, np.ndarray, np.ndarray]:
    """A logistic regression (regularisation ``c``, lbfgs: deterministic) on ``vectors`` whose first ``named`` features
    are scaled, with the means and scales it was fitted with."""
    means, scales = scaling(vectors, named)
    return LogisticRegression(C=c, max_iter=2000).fit(matrix(vectors, means, scales, named), labels), means, scales


def probabilities(
    model: LogisticRegression, means: np.ndarray, scales: np.ndarray, vectors: list[dict[int, float]]
) -> np.ndarray:
    """The positive class's probability of each vector (none: an empty array) under a model ``fit`` returned."""
    if not vectors:
        return np.zeros(0)
    return model.predict_proba(matrix(vectors, means, scales, len(means)))[:, 1]


def held_out_probabilities(
    rows: Sequence[Row],
    fit_rows: Callable[[list[Row]], tuple[LogisticRegression, np.ndarray, np.ndarray]],
    scored: Sequence[Decided] | None = None,
) -> list[np.ndarray]:
    """Each row's candidates' probabilities under a model ``fit_rows`` trained on the other folds' rows (5 folds by
    the rows' ``site``): the cross-validation by site the trainers choose a threshold and count decisions by.
    ``scored``: score these instead, one for each row (the same document given other inputs), by the same folds."""
    held: list[np.ndarray] = [np.zeros(0)] * len(rows)
    for train_rows, test_rows in GroupKFold(n_splits=5).split(rows, groups=[row.site for row in rows]):
        model, means, scales = fit_rows([rows[i] for i in train_rows])
        for i in test_rows:
            held[i] = probabilities(model, means, scales, list((scored or rows)[i].vectors))
    return held


def cross_validated_parse(
    write_model: Callable[[Collection[str], Path], None], model_argument: str, folds: int = 5
) -> dict[str, dict]:
    """Each training file parsed with a model that ``write_model(left_out, path)`` trained without the files of its
    site (``folds`` folds by site) and wrote to ``path``, handed to ``parse_file`` as ``model_argument``; the
    figures as ``bench_parse`` aggregates them (per category and overall)."""
    entries = training_entries()
    names = [entry["name"] for entry in entries]
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        model = Path(folder) / "model.json"
        for _, unseen in GroupKFold(n_splits=folds).split(names, groups=[site_of(e) for e in entries]):
            write_model({names[i] for i in unseen}, model)
            for i in unseen:
                parsed = parse_file((FILES / names[i]).read_bytes(), names[i], **{model_argument: model})
                results[names[i]] = score_file(entries[i], parse_json(names[i], parsed))
    return aggregate(results, entries)
