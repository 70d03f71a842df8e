"""Train the title model (``nlp/data/title_model.json``, ``nlp.library.titles``) on the tune split of the real-world set.

    python -m benchmarks.train_titles                   # train, report cross-validated decisions, write the model
    python -m benchmarks.train_titles --dry-run         # report only
    python -m benchmarks.train_titles --dry-run --cross-parse
                                                        # also parse each tune file with a model trained without
                                                        # its site (5 folds by site), scored as bench_parse does
    python -m benchmarks.train_titles --dry-run --fair rw238-rw262
                                                        # train without those files, parse them with and without
                                                        # the model and score both (the fair test)
    python -m benchmarks.train_titles --fresh-rules     # parse each tune file again by the parser that met it blind

The shipped model is what the first command writes: training is deterministic (manifest order, fixed folds, lbfgs),
and ``tests/test_train_titles.py`` retrains it and compares with the shipped file. Its features read the shipped junk
model (a page line's junk probability) and the rules' parse, so run it after ``python -m benchmarks.train_junk`` and
after any change to cleaning, structure or the features. Adopted on its measures (docs/benchmarks.md, "A learnt
title decision"): on the fair test (rw238-rw262, never tuned on, the model trained on rw001-rw237) no title, kind or
year figure fell and one document more was decided right. Retrained on every tune file's blind parse (round 30,
gen30f): on the fair test rw2035-rw2074 titles .821 -> .857 exact, and by site on the blind parses 1947 documents right
against 1927 for the model trained on today's parse (docs/benchmarks.md, round 30, gen30f).

Each file is parsed by the rules alone: by the rules as they were when the file was new to them (``FRESH_RULES``,
``fresh_rules_commits``: the parser that met it blind, derived from history for every tune file; its parse is kept in
``benchmarks/fresh_rules.json``), so that the model learns how far the rules' pick holds on pages they were not
written from; by today's rules where that parser failed on the file. Rounds 5-11's 127 holdout files were read so
from round 13 on; every tune file since round 30. Each parsed document aligned to an annotated one (``bench_parse``'s
alignment) gives its candidates (``nlp.library.titles.candidates``: the rules' title, the short paragraphs the
document opens with, the page's lines above the first document's text) a label: 1 when the title the candidate gives
when taken (``taken_title``: its line, or the headline the page wrapped that line into, as ``titled_by_model`` joins
it) is the annotated title (equal without whitespace and punctuation, or at least 0.9 similar). The threshold under which a document has no title line
is the one that decides most documents right in 5-fold cross-validation by site, counted over it and its neighbours. Holdout files are never read here.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from benchmarks import training as shared
from benchmarks.bench_parse import (
    FILES,
    METRICS,
    ROOT,
    _align,
    aggregate,
    annotation,
    bare,
    in_files,
    manifest,
    score_file,
)
from nlp.cli.library import parse_json
from nlp.library.junk import load_model as load_junk_model
from nlp.library.parse import parse_file
from nlp.library.titles import MODEL_PATH, NAMED_FEATURES, TitleModel, candidates, feature_vector, taken_title
from nlp.models import Block, Document
from nlp.read import read_lines

C = 1.0
FRESH_RULES_PATH = Path(__file__).resolve().parent / "fresh_rules.json"
KEPT_BLOCKS = 6  # of each document, in the fresh rules' parse: the candidates are among its first blocks
# Run in a folder holding an old ``nlp`` package: its own ``python -m nlp parse FILE --json`` for each file named, in one
# process; prints {file: its documents, or None when that parser failed on it}
_PARSE_EACH = """
import contextlib, io, json, runpy, sys
parsed = {}
for path in sys.argv[1:]:
    sys.argv = ["nlp", "parse", path, "--json"]
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    try:
        with contextlib.redirect_stdout(out):
            runpy.run_module("nlp", run_name="__main__", alter_sys=True)
    except SystemExit as stop:
        if stop.code:
            parsed[path] = None
            continue
    except Exception:
        parsed[path] = None
        continue
    out.flush()
    parsed[path] = json.loads(out.buffer.getvalue().decode("utf-8"))["documents"]
print(json.dumps(parsed))
"""


def _git(*arguments: str) -> str:
    return subprocess.run(["git", *arguments], cwd=ROOT, capture_output=True, check=True, text=True).stdout


@cache
def fresh_rules_commits() -> dict[str, str]:
    """``FRESH_RULES``: per file of the tune split, the commit whose parser met it blind: the first parent of the
    first commit on the first-parent line of history whose manifest lists the file as tune. That commit added the file
    (a collector's batch merged before anyone read it; its first parent is main just before) or moved it from the
    holdout to tune (its first parent scored the holdout at its round's end, the latest parser never tuned on it). It
    covers every round: round 1's rw001-rw067 (as added by ``fc85c24``'s first parent) to round 29's holdout
    rw2035-rw2074 (``b6da530``)."""
    tune = {entry["name"] for entry in shared.training_entries()}
    found: dict[str, str] = {}
    history = _git("log", "--first-parent", "--reverse", "--format=%H %P", "--", "tests/realworld/manifest.json")
    for line in history.splitlines():
        commit, parent = line.split()[:2]
        for entry in json.loads(_git("show", f"{commit}:tests/realworld/manifest.json"))["files"]:
            if entry["name"] in tune and entry.get("split", "tune") == "tune":
                found.setdefault(entry["name"], parent)
    return found


def is_title(text: str | None, annotated: str | None) -> bool:
    """``text`` is the annotated title as ``bench_parse`` counts one found (equal, or at least 0.9 similar)."""
    if not text or not annotated:
        return False
    return bare(text) == bare(annotated) or fuzz.ratio(bare(text), bare(annotated)) >= 90


@dataclass(frozen=True)
class Decision:
    """One parsed document: its candidates' vectors and labels, whether the rules gave it a title, whether it has one."""

    vectors: tuple[dict[int, float], ...]
    labels: tuple[int, ...]
    by_rules: int | None  # the index of the rules' candidate, None when the rules gave no title, -1 when their title is
    # no candidate (a collection's title over a bare item label: ``nlp.library.titles.candidates``)
    titled: bool  # the annotation gives the document a title
    site: str


def fresh_rules_parse(
    only: Collection[str] | None = None,
    kept_blocks: int | None = KEPT_BLOCKS,
    block_keys: tuple[str, ...] = ("type", "text", "marker"),
) -> dict[str, list[dict]]:
    """Each tune file (of those named in ``only``, when given) parsed by the rules of the parser that met it blind
    (``fresh_rules_commits``: that commit's ``nlp`` package, its title model left out, run as ``python -m nlp parse
    --json``, one process per commit): per document its title, title source, first ``kept_blocks`` blocks (all when
    None; of each its ``block_keys``) and the index of the annotated document it aligns to (None when none; a parser
    before round 3 gave no title source: "file" when its title is the file's name). A file that parser fails on is
    left out (``--fresh-rules`` counts them): the trainer reads today's rules' parse of it."""
    by_commit: dict[str, list[str]] = {}
    for name, commit in fresh_rules_commits().items():
        if only is None or name in only:
            by_commit.setdefault(commit, []).append(name)
    parsed = {}
    for commit, names in by_commit.items():
        with tempfile.TemporaryDirectory() as folder:
            archive = subprocess.run(["git", "archive", commit, "nlp"], cwd=ROOT, capture_output=True, check=True)
            subprocess.run(["tar", "-x", "-C", folder], input=archive.stdout, check=True)
            # the rules' pick is what the title model learns to overrule: a later parser's own title model is left out
            (Path(folder) / "nlp" / "data" / "title_model.json").unlink(missing_ok=True)
            run = subprocess.run(
                [sys.executable, "-c", _PARSE_EACH, *(str(FILES / name) for name in names)],
                cwd=folder,
                env={**os.environ, "PYTHONPATH": folder},
                capture_output=True,
                text=True,
            )
            documents_of = json.loads(run.stdout) if run.returncode == 0 else {}
        for name in names:
            documents = documents_of.get(str(FILES / name))
            if not documents:
                continue
            pairs = {j: i for i, j in _align(annotation(name)["documents"], documents).items()}
            parsed[name] = [
                {
                    "title": d["title"],
                    # a parser before round 3 gave no source: its title is the file's name or the text's
                    "title_source": d.get("title_source", "file" if d["title"] == Path(name).stem else "text"),
                    "blocks": [{k: b.get(k) for k in block_keys} for b in d["blocks"][:kept_blocks]],
                    "annotated": pairs.get(j),
                }
                for j, d in enumerate(documents)
            ]
    return {e["name"]: parsed[e["name"]] for e in shared.training_entries() if e["name"] in parsed}


def _fresh_documents(name: str) -> list[tuple[Document, int | None]] | None:
    """The fresh rules' documents of the file (see ``fresh_rules_parse``) with their aligned annotated index, or None
    when the file was never a fresh holdout."""
    kept = _fresh_rules().get(name)
    if kept is None:
        return None
    return [(kept_document(d), d["annotated"]) for d in kept]


def kept_document(kept: dict) -> Document:
    """A document of ``fresh_rules_parse`` as the rules gave it: its title and blocks (kind and year not kept)."""
    blocks = (
        Block(b["type"], b["text"], b.get("level"), b["marker"], schedule=b.get("schedule")) for b in kept["blocks"]
    )
    return Document(kept["title"], "", None, tuple(blocks), kept["title_source"])


@cache
def _fresh_rules() -> dict[str, list[dict]]:
    return json.loads(FRESH_RULES_PATH.read_text(encoding="utf-8"))


@cache
def _rules_documents(name: str) -> list[tuple[Document, int | None]]:
    """The file's documents as the rules parse them (the fresh rules where there are), each with the index of the
    annotated document it aligns to."""
    fresh = _fresh_documents(name)
    if fresh is not None:
        return fresh
    parsed = parse_file((FILES / name).read_bytes(), name, title_model=None)
    pairs = {j: i for i, j in _align(annotation(name)["documents"], parse_json(name, parsed)["documents"]).items()}
    return [(document, pairs.get(j)) for j, document in enumerate(parsed.documents)]


@cache
def _file_decisions(name: str, site: str) -> tuple[Decision, ...]:
    junk = load_junk_model()
    page = [line.text for line in read_lines((FILES / name).read_bytes(), name)]
    annotated = annotation(name)["documents"]
    found = []
    for j, (document, i) in enumerate(_rules_documents(name)):
        if i is None:
            continue
        title = annotated[i]["title"]
        pool = candidates(document, j == 0, page, junk)
        texts = [taken_title(document, at, page) for at, _ in pool]
        found.append(
            Decision(
                tuple(feature_vector(candidate) for _, candidate in pool),
                tuple(int(is_title(text, title)) for text in texts),
                next((k for k, (at, _) in enumerate(pool) if at == -1), -1)
                if document.title_source != "file"
                else None,
                title is not None,
                site,
            )
        )
    return tuple(found)


def decisions(leave_out: Collection[str] = ()) -> list[Decision]:
    """The documents of the training files (the tune split but ``leave_out``) as the rules parse them (see
    ``_rules_documents``), each aligned to its annotated document (unaligned ones are left out)."""
    return [
        decision
        for entry in shared.training_entries(leave_out)
        for decision in _file_decisions(entry["name"], shared.site_of(entry))
    ]


def fit(rows: list[Decision]) -> tuple[LogisticRegression, np.ndarray, np.ndarray]:
    vectors = [v for d in rows for v in d.vectors]
    labels = [y for d in rows for y in d.labels]
    means, scales = shared.scaling(vectors, len(NAMED_FEATURES))
    features = shared.matrix(vectors, means, scales, len(NAMED_FEATURES))
    return LogisticRegression(C=C, max_iter=2000).fit(features, labels), means, scales


def _scores(model: LogisticRegression, means: np.ndarray, scales: np.ndarray, decision: Decision) -> np.ndarray:
    if not decision.vectors:
        return np.zeros(0)
    return model.predict_proba(shared.matrix(list(decision.vectors), means, scales, len(NAMED_FEATURES)))[:, 1]


def right(decision: Decision, scores: np.ndarray, threshold: float) -> bool:
    """Whether the model's choice for the document is right: the best candidate, or no title when the best is under
    ``threshold`` (as ``nlp.library.titles.choose`` decides)."""
    if not len(scores) or scores.max() < threshold:
        return not decision.titled
    return bool(decision.labels[int(np.argmax(scores))])


def rules_right(decision: Decision) -> bool:
    if decision.by_rules is None:
        return not decision.titled
    return decision.by_rules >= 0 and bool(decision.labels[decision.by_rules])


@dataclass(frozen=True)
class Training:
    """A trained model and what was measured on the way: ``report`` lines for the person who ran it."""

    model: TitleModel
    rules_right: int  # documents the rules decided right (see ``rules_right``)
    model_right: int  # documents the model decided right in cross-validation by site
    report: tuple[str, ...]


THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.05, 0.96, 0.05))


# Counts of documents decided right closer than this share of the documents are a tie (round 27: a curve flat from 0.15
# to 0.55 within 4 of 1941 documents put its smoothed best at 0.45, two documents over 0.20, and untitled six pages)
TIE_SHARE = 0.001


def steadiest_best(counts: list[int], margin: float = 0.0) -> int:
    """The index of the best count once each is averaged with its neighbours': one document more at one point of a
    jagged cross-validated curve is noise (the single best threshold swung from 0.35 to 0.45 to 0.20 as a few pages
    came in). Ties, smoothed counts within ``margin`` of the best, go to the lower threshold: to giving a title."""
    smoothed = [sum(counts[max(0, k - 1) : k + 2]) / len(counts[max(0, k - 1) : k + 2]) for k in range(len(counts))]
    return min(k for k in range(len(counts)) if smoothed[k] >= max(smoothed) - margin)


def train(leave_out: Collection[str] = ()) -> Training:
    """Train on the training files but those in ``leave_out``: the same data gives the same model."""
    rows = decisions(leave_out)
    held_out: list[np.ndarray] = [np.zeros(0)] * len(rows)
    for train_rows, test_rows in GroupKFold(n_splits=5).split(rows, groups=[d.site for d in rows]):
        model, means, scales = fit([rows[i] for i in train_rows])
        for i in test_rows:
            held_out[i] = _scores(model, means, scales, rows[i])
    counts = [sum(right(d, s, t) for d, s in zip(rows, held_out, strict=True)) for t in THRESHOLDS]
    best = steadiest_best(counts, TIE_SHARE * len(rows))
    threshold, model_right = THRESHOLDS[best], counts[best]
    report = [
        f"{len(rows)} documents ({sum(d.titled for d in rows)} titled) from {len({d.site for d in rows})} sites, "
        f"{sum(len(d.labels) for d in rows)} candidates ({sum(map(sum, (d.labels for d in rows)))} titles)",
        f"cross-validated by site, documents decided right: rules {sum(map(rules_right, rows))}, "
        f"model {model_right} (threshold {threshold:.2f})",
    ]
    model, means, scales = fit(rows)
    trained = TitleModel(
        tuple(model.coef_[0].tolist()), float(model.intercept_[0]), threshold, tuple(means), tuple(scales)
    )
    weights = sorted(zip(trained.weights, (name for name, _ in NAMED_FEATURES), strict=True), key=lambda p: -abs(p[0]))
    report.append("weights: " + ", ".join(f"{name} {w:+.2f}" for w, name in weights))
    return Training(trained, sum(map(rules_right, rows)), model_right, tuple(report))


def write(model: TitleModel, path: Path) -> None:
    path.write_text(model.to_json() + "\n", encoding="utf-8")


def fair_test(files: str) -> dict[str, dict]:
    """The files named (``bench_parse --files``) parsed by the rules alone and with a model trained without them;
    both scored as ``bench_parse`` scores them (overall figures)."""
    entries = [e for e in manifest() if in_files(e["name"], files)]
    held = {e["name"] for e in entries}
    figures = {}
    with tempfile.TemporaryDirectory() as folder:
        model = Path(folder) / "title_model.json"
        write(train(leave_out=held).model, model)
        for label, path in (("rules", None), ("rules+model", model)):
            results = {
                e["name"]: score_file(
                    e, parse_json(e["name"], parse_file((FILES / e["name"]).read_bytes(), e["name"], title_model=path))
                )
                for e in entries
            }
            figures[label] = aggregate(results, entries)["overall"]
    return figures


def cross_validated_parse(folds: int = 5) -> dict:
    """Every tune file parsed with a model trained without its site, scored as ``bench_parse`` scores it."""
    return shared.cross_validated_parse(
        lambda left_out, path: write(train(left_out).model, path), "title_model", folds
    )["overall"]


COLUMNS = ("doc_count", "kind", "year", "title_exact", "title_fuzzy", "junk", "keep", "headings")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.train_titles", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--cross-parse",
        action="store_true",
        help="also parse each tune file with a model trained without its site and score it",
    )
    parser.add_argument(
        "--fair",
        metavar="STEMS",
        help="train without these files, then score them with and without the model (rw238-rw262)",
    )
    parser.add_argument(
        "--fresh-rules",
        action="store_true",
        help=f"parse each tune file again by the parser that met it blind into {FRESH_RULES_PATH.name}",
    )
    parser.add_argument("--dry-run", action="store_true", help="report cross-validated figures, write nothing")
    parser.add_argument("-o", "--output", type=Path, help=f"write the model there, not to {MODEL_PATH}")
    args = parser.parse_args(argv)
    labels = {key: label for key, label, _ in METRICS}
    if args.fresh_rules:
        parsed = fresh_rules_parse()
        FRESH_RULES_PATH.write_text(json.dumps(parsed, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        left = len(fresh_rules_commits()) - len(parsed)
        print(f"wrote {FRESH_RULES_PATH}: {len(parsed)} files; {left} left out (their blind parser failed on them)")
    if args.fair:
        for name, figures in fair_test(args.fair).items():
            print(f"fair test {args.fair}, {name}: " + " ".join(f"{labels[k]} {figures[k]}" for k in COLUMNS))
    training = train()
    print("\n".join(training.report))
    if args.cross_parse:
        figures = cross_validated_parse()
        print("cross-validated parse: " + " ".join(f"{labels[k]} {figures[k]}" for k in COLUMNS))
    if not args.dry_run:
        write(training.model, args.output or MODEL_PATH)
        print(f"wrote {args.output or MODEL_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
