"""Train a learnt year decision (``nlp.library.years``) on the tune split of the real-world set and measure it by site.

    python -m benchmarks.train_years                # train, report cross-validated decisions beside the rules'
    python -m benchmarks.train_years --by-range rw001-rw287,rw288-rw352,rw353-rw384,rw410-rw449
                                                    # also per range of files
    python -m benchmarks.train_years --without-rules
                                                    # without the rules' choice among the features
    python -m benchmarks.train_years --misses       # the documents the rules and the model disagree on

Each tune file is parsed as the parser parses it (the junk and title models, the rules' year);
each parsed document aligned to an annotated one (``bench_parse``'s alignment) gives its candidate years
(``nlp.library.years.candidates``: each year mentioned, the rules' year, no year) a label: 1 for the annotated year
(or for "no year" when the annotation gives none). A document is decided right when its best candidate is the
annotated one and scores over the threshold, or, for a document the annotation gives no year, when none scores over
it. The threshold is the one that decides most documents right in 5-fold cross-validation by site, counted over it
and its neighbours (``train_titles.steadiest_best``). Training is deterministic (manifest order, fixed folds, lbfgs).
It reads the parse the junk and title models give. No model is written: cross-validated by site the decision was
right for no more documents than the rules (docs/benchmarks.md, "A learnt year"), so the parser keeps the rules.
Holdout files are never read here.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Collection
from dataclasses import dataclass, replace
from functools import cache

import numpy as np
from sklearn.linear_model import LogisticRegression

from benchmarks import training as shared
from benchmarks.bench_parse import FILES, _align, annotation, in_files
from benchmarks.train_titles import THRESHOLDS, steadiest_best
from nlp.cli.library import parse_json
from nlp.library.parse import parse_file
from nlp.library.years import NAMED_FEATURES, candidates, feature_vector

C = 0.1  # of the values tried (0.1, 0.3, 1, 3, 10), the one that decided most documents right by site
BY_RULES = [name for name, _ in NAMED_FEATURES].index("by_rules")


@dataclass(frozen=True)
class Decision:
    """One parsed document: its candidate years' vectors and labels, the rules' year and the annotated one."""

    name: str
    years: tuple[int | None, ...]
    vectors: tuple[dict[int, float], ...]
    labels: tuple[int, ...]
    by_rules: int | None
    annotated: int | None
    site: str


@cache
def _file_decisions(name: str, site: str) -> tuple[Decision, ...]:
    parsed = parse_file((FILES / name).read_bytes(), name)
    annotated = annotation(name)["documents"]
    pairs = _align(annotated, parse_json(name, parsed)["documents"])
    found = []
    for i, j in sorted(pairs.items()):
        document, year = parsed.documents[j], annotated[i]["year"]
        pool = candidates(document.title, document.blocks, document.year)
        found.append(
            Decision(
                name,
                tuple(c.year for c in pool),
                tuple(feature_vector(c) for c in pool),
                tuple(int(c.year == year) for c in pool),
                document.year,
                year,
                site,
            )
        )
    return tuple(found)


def decisions(leave_out: Collection[str] = (), without_rules: bool = False) -> list[Decision]:
    """The training files' documents; ``without_rules``: their vectors without the rules' choice."""
    rows = [
        d for entry in shared.training_entries(leave_out) for d in _file_decisions(entry["name"], shared.site_of(entry))
    ]
    if without_rules:
        rows = [
            replace(d, vectors=tuple({k: v for k, v in vector.items() if k != BY_RULES} for vector in d.vectors))
            for d in rows
        ]
    return rows


def fit(rows: list[Decision]) -> tuple[LogisticRegression, np.ndarray, np.ndarray]:
    vectors = [v for d in rows for v in d.vectors]
    return shared.fit(vectors, [y for d in rows for y in d.labels], len(NAMED_FEATURES), C)


def chosen(decision: Decision, scores: np.ndarray, threshold: float) -> int | None:
    """The year the model takes: its best candidate (ties to "no year", then to the earlier year) when it scores over
    ``threshold``, else none."""
    best = max(range(len(scores)), key=lambda k: (scores[k], decision.years[k] is None, -(decision.years[k] or 0)))
    return decision.years[best] if scores[best] >= threshold else None


def right(decision: Decision, scores: np.ndarray, threshold: float) -> bool:
    return chosen(decision, scores, threshold) == decision.annotated


def rules_right(decision: Decision) -> bool:
    return decision.by_rules == decision.annotated


@dataclass(frozen=True)
class Training:
    """A trained model and what was measured on the way: ``report`` lines for the person who ran it."""

    weights: tuple[float, ...]  # of the model trained on every document, by ``NAMED_FEATURES``
    rules_right: int  # documents whose year the rules decided right
    model_right: int  # documents whose year the model decided right in cross-validation by site
    held_out: tuple[int | None, ...]  # per document (``decisions`` order), the year the cross-validated model took
    report: tuple[str, ...]


def train(leave_out: Collection[str] = (), without_rules: bool = False) -> Training:
    """Train on the training files but those in ``leave_out`` (``without_rules``: without the rules' choice among the
    features): the same data gives the same model."""
    rows = decisions(leave_out, without_rules)
    held_out = shared.held_out_probabilities(rows, fit)
    counts = [sum(right(d, s, t) for d, s in zip(rows, held_out, strict=True)) for t in THRESHOLDS]
    best = steadiest_best(counts)
    threshold, model_right = THRESHOLDS[best], counts[best]
    rules = sum(map(rules_right, rows))
    report = [
        f"{len(rows)} documents ({sum(d.annotated is not None for d in rows)} with a year) from "
        f"{len({d.site for d in rows})} sites, {sum(len(d.labels) for d in rows)} candidates",
        f"cross-validated by site, documents whose year is right: rules {rules}, model {model_right} "
        f"(threshold {threshold:.2f}; by threshold: {counts})",
    ]
    weights = tuple(fit(rows)[0].coef_[0].tolist())
    ranked = sorted(zip(weights, (name for name, _ in NAMED_FEATURES), strict=True), key=lambda p: -abs(p[0]))
    report.append("weights: " + ", ".join(f"{name} {w:+.2f}" for w, name in ranked))
    taken = tuple(chosen(d, s, threshold) for d, s in zip(rows, held_out, strict=True))
    return Training(weights, rules, model_right, taken, tuple(report))


def by_range(training: Training, ranges: list[str], without_rules: bool = False) -> list[str]:
    """Per range of files (``bench_parse --files``): documents, those the rules and the cross-validated model got
    right."""
    rows = list(zip(decisions(without_rules=without_rules), training.held_out, strict=True))
    lines = []
    for files in ranges:
        part = [(d, taken) for d, taken in rows if in_files(d.name, files)]
        rules = sum(rules_right(d) for d, _ in part)
        model = sum(taken == d.annotated for d, taken in part)
        lines.append(f"{files}: {len(part)} documents, rules {rules}, model {model}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.train_years", description=__doc__.split("\n\n")[0])
    parser.add_argument("--without-rules", action="store_true", help="leave the rules' choice out of the features")
    parser.add_argument("--by-range", metavar="RANGES", help="also count per range: rw001-rw287,rw410-rw449")
    parser.add_argument("--misses", action="store_true", help="list the documents the rules or the model get wrong")
    args = parser.parse_args(argv)
    training = train(without_rules=args.without_rules)
    print("\n".join(training.report))
    if args.by_range:
        print("\n".join(by_range(training, args.by_range.split(","), args.without_rules)))
    if args.misses:
        for d, taken in zip(decisions(), training.held_out, strict=True):
            if d.annotated != taken or d.annotated != d.by_rules:
                print(f"{d.name}: annotated {d.annotated}, rules {d.by_rules}, model {taken}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
