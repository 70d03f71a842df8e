"""Train a learnt year decision (``nlp.library.years``) on the tune split of the real-world set and measure it by site.

    python -m benchmarks.train_years                # train, report cross-validated decisions, write the model
    python -m benchmarks.train_years --dry-run      # report only
    python -m benchmarks.train_years --by-range rw001-rw287,rw288-rw352,rw353-rw384,rw410-rw449
                                                    # also per range of files
    python -m benchmarks.train_years --without-rules
                                                    # without the rules' choice among the features
    python -m benchmarks.train_years --misses       # the documents the rules and the model disagree on

Each tune file is parsed as the parser parses it (the junk and title models, the rules' year, no year model);
each parsed document aligned to an annotated one (``bench_parse``'s alignment) gives its candidate years
(``nlp.library.years.candidates``: each year mentioned, the rules' year, no year) a label: 1 for the annotated year
(or for "no year" when the annotation gives none). A document is decided right when its best candidate is the
annotated one and scores over the threshold, or, for a document the annotation gives no year, when none scores over
it. The threshold is the one that decides most documents right in 5-fold cross-validation by site, counted over it
and its neighbours (``train_titles.steadiest_best``). Training is deterministic (manifest order, fixed folds, lbfgs).
It reads the parse the junk and title models give, so run it after ``python -m benchmarks.train_junk`` and ``python -m
benchmarks.train_titles``. The rules' year among the features is, for the pages scored fresh
(``train_titles.FRESH_RULES``), the year the rules gave when the page was new (the model learns how far the rules'
choice holds on pages they were not written from), else today's. Adopted on its measures (docs/benchmarks.md, "Round
16, fresh16"): cross-validated by site it decides more documents right than the fresh rules on the fresh documents,
and, given today's rules' year, no fewer than today's rules less two; ``tests/test_train_years.py`` retrains it and
compares with the shipped ``nlp/data/year_model.json``. Holdout files are never read here.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Collection
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from benchmarks import training as shared
from benchmarks.bench_parse import FILES, _align, annotation, in_files
from benchmarks.train_titles import THRESHOLDS, fresh_kinds_and_years, steadiest_best
from nlp.cli.library import parse_json
from nlp.library.parse import parse_file
from nlp.library.years import MODEL_PATH, NAMED_FEATURES, YearModel, best_year, candidates, feature_vector
from nlp.models import Document

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


def _decision(name: str, site: str, document: Document, by_rules: int | None, year: int | None) -> Decision:
    pool = candidates(document.title, document.blocks, by_rules)
    return Decision(
        name,
        tuple(c.year for c in pool),
        tuple(feature_vector(c) for c in pool),
        tuple(int(c.year == year) for c in pool),
        by_rules,
        year,
        site,
    )


@cache
def _file_decisions(name: str, site: str) -> tuple[tuple[Decision, Decision | None], ...]:
    """Each aligned document of the file given today's rules' year, and given the year the rules gave it when its page
    was fresh (``train_titles.FRESH_RULES``; None when there is none)."""
    parsed = parse_file((FILES / name).read_bytes(), name, year_model=None)
    annotated = annotation(name)["documents"]
    pairs = _align(annotated, parse_json(name, parsed)["documents"])
    fresh = fresh_kinds_and_years(name) or {}
    found = []
    for i, j in sorted(pairs.items()):
        document, year = parsed.documents[j], annotated[i]["year"]
        found.append(
            (
                _decision(name, site, document, document.year, year),
                _decision(name, site, document, fresh[i][1], year) if i in fresh else None,
            )
        )
    return tuple(found)


def _without_rules(d: Decision) -> Decision:
    return replace(d, vectors=tuple({k: v for k, v in vector.items() if k != BY_RULES} for vector in d.vectors))


def paired(leave_out: Collection[str] = (), without_rules: bool = False) -> list[tuple[Decision, Decision | None]]:
    """The training files' documents, each given today's rules' year and the fresh rules' (see ``_file_decisions``);
    ``without_rules``: their vectors without the rules' choice."""
    rows = [
        pair
        for entry in shared.training_entries(leave_out)
        for pair in _file_decisions(entry["name"], shared.site_of(entry))
    ]
    if without_rules:
        rows = [(_without_rules(d), f and _without_rules(f)) for d, f in rows]
    return rows


def decisions(leave_out: Collection[str] = (), without_rules: bool = False) -> list[Decision]:
    """The documents the model learns from: given the fresh rules' year where there is one, else today's."""
    return [fresh or today for today, fresh in paired(leave_out, without_rules)]


def fit(rows: list[Decision]) -> tuple[LogisticRegression, np.ndarray, np.ndarray]:
    vectors = [v for d in rows for v in d.vectors]
    return shared.fit(vectors, [y for d in rows for y in d.labels], len(NAMED_FEATURES), C)


def chosen(decision: Decision, scores: np.ndarray, threshold: float) -> int | None:
    """The year the model takes (``years.best_year``)."""
    return best_year(decision.years, list(scores), threshold)


def right(decision: Decision, scores: np.ndarray, threshold: float) -> bool:
    return chosen(decision, scores, threshold) == decision.annotated


def rules_right(decision: Decision) -> bool:
    return decision.by_rules == decision.annotated


@dataclass(frozen=True)
class Training:
    """A trained model and what was measured on the way: ``report`` lines for the person who ran it."""

    model: YearModel  # trained on every document, with the threshold chosen by cross-validation
    rules_right: int  # documents whose year today's rules decided right
    model_right: int  # documents whose year the model, given today's rules' year, decided right (cross-validated)
    fresh_rules_right: int  # of the documents with a fresh rules' year, those it is right for
    fresh_model_right: int  # of the same, those the model given the fresh rules' year decided right (cross-validated)
    # per document (``paired`` order): the year the cross-validated model took given today's rules' year, and given
    # the fresh rules' (None where there is no fresh rules' year)
    held_out: tuple[tuple[int | None, int | None], ...]
    report: tuple[str, ...]


def train(leave_out: Collection[str] = (), without_rules: bool = False) -> Training:
    """Train on the training files but those in ``leave_out`` (``without_rules``: without the rules' choice among the
    features): the same data gives the same model. The model learns from the documents given the fresh rules' year
    where there is one; each fold's model decides its documents given today's rules' year (what the parser would give
    it) and given the fresh rules' (what it would have been given when the page was new)."""
    pairs = paired(leave_out, without_rules)
    rows = [fresh or today for today, fresh in pairs]
    held_out = shared.held_out_probabilities(rows, fit)
    counts = [sum(right(d, s, t) for d, s in zip(rows, held_out, strict=True)) for t in THRESHOLDS]
    threshold = THRESHOLDS[steadiest_best(counts)]
    today = [d for d, _ in pairs]
    held_today = shared.held_out_probabilities(rows, fit, today)
    taken = tuple(
        (chosen(d, s, threshold), chosen(f, h, threshold) if f else None)
        for (d, f), s, h in zip(pairs, held_today, held_out, strict=True)
    )
    model_right = sum(t == d.annotated for (d, _), (t, _) in zip(pairs, taken, strict=True))
    rules = sum(map(rules_right, today))
    fresh = [(f, t) for (_, f), (_, t) in zip(pairs, taken, strict=True) if f]
    fresh_rules, fresh_model = sum(rules_right(f) for f, _ in fresh), sum(t == f.annotated for f, t in fresh)
    report = [
        f"{len(rows)} documents ({sum(d.annotated is not None for d in rows)} with a year) from "
        f"{len({d.site for d in rows})} sites, {sum(len(d.labels) for d in rows)} candidates",
        f"cross-validated by site, documents whose year is right: rules {rules}, model {model_right} "
        f"(threshold {threshold:.2f}; by threshold, given the fresh rules' year where there is one: {counts})",
        f"the {len(fresh)} documents with a fresh rules' year: fresh rules {fresh_rules}, model given it {fresh_model} "
        "(cross-validated by site)",
    ]
    fitted, means, scales = fit(rows)
    model = YearModel(
        tuple(fitted.coef_[0].tolist()), float(fitted.intercept_[0]), threshold, tuple(means), tuple(scales)
    )
    ranked = sorted(zip(model.weights, (name for name, _ in NAMED_FEATURES), strict=True), key=lambda p: -abs(p[0]))
    report.append("weights: " + ", ".join(f"{name} {w:+.2f}" for w, name in ranked))
    return Training(model, rules, model_right, fresh_rules, fresh_model, taken, tuple(report))


def write(model: YearModel, path: Path) -> None:
    path.write_text(model.to_json() + "\n", encoding="utf-8")


def by_range(training: Training, ranges: list[str], without_rules: bool = False) -> list[str]:
    """Per range of files (``bench_parse --files``): documents, those today's rules and the cross-validated model got
    right; documents with a fresh rules' year, those the fresh rules and the model given them got right."""
    rows = list(zip(paired(without_rules=without_rules), training.held_out, strict=True))
    lines = []
    for files in ranges:
        part = [(d, f, taken) for (d, f), taken in rows if in_files(d.name, files)]
        rules = sum(rules_right(d) for d, _, _ in part)
        model = sum(today == d.annotated for d, _, (today, _) in part)
        fresh = [(f, taken) for _, f, (_, taken) in part if f]
        lines.append(
            f"{files}: {len(part)} documents, rules {rules}, model {model}; {len(fresh)} with a fresh year, fresh "
            f"rules {sum(rules_right(f) for f, _ in fresh)}, model {sum(t == f.annotated for f, t in fresh)}"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.train_years", description=__doc__.split("\n\n")[0])
    parser.add_argument("--without-rules", action="store_true", help="leave the rules' choice out of the features")
    parser.add_argument("--by-range", metavar="RANGES", help="also count per range: rw001-rw287,rw410-rw449")
    parser.add_argument("--misses", action="store_true", help="list the documents the rules or the model get wrong")
    parser.add_argument("--dry-run", action="store_true", help="report cross-validated figures, write nothing")
    parser.add_argument("-o", "--output", type=Path, help=f"write the model there, not to {MODEL_PATH}")
    args = parser.parse_args(argv)
    training = train(without_rules=args.without_rules)
    print("\n".join(training.report))
    if args.by_range:
        print("\n".join(by_range(training, args.by_range.split(","), args.without_rules)))
    if args.misses:
        for (d, _), (taken, _) in zip(paired(), training.held_out, strict=True):
            if d.annotated != taken or d.annotated != d.by_rules:
                print(f"{d.name}: annotated {d.annotated}, rules {d.by_rules}, model {taken}")
    if not args.dry_run and not args.without_rules:
        write(training.model, args.output or MODEL_PATH)
        print(f"wrote {args.output or MODEL_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
