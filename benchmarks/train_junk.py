"""Train the junk-line model (``nlp/data/junk_model.json``) on the tune split of the real-world set.

    python -m benchmarks.train_junk            # train, report cross-validated figures, write the model
    python -m benchmarks.train_junk --dry-run  # report only
    python -m benchmarks.train_junk --exclude rw1145-rw1224 -o /tmp/m.json
                                               # train without those files (sites the model
                                               # must not see: score them with bench_parse)
    python -m benchmarks.train_junk --dry-run --misses
                                               # also list each junk line the cross-validation by site
                                               # misses, with its site and score (what unseen sites keep)
    python -m benchmarks.train_junk --dry-run --cross-parse
                                               # also parse each tune file with a model trained on the
                                               # other four fifths and score it as bench_parse does
    python -m benchmarks.train_junk --corrections data/library.sqlite3 [--unit 护理部]
                                               # also learn from the library's corrections; the model is
                                               # written beside the library (its imports use it), the
                                               # shipped model stays the default of every other library

The shipped model is what the first command writes: training is deterministic (fixed folds, a solver
without randomness, the files in manifest order), and ``tests/test_train_junk.py`` retrains it and
compares with the shipped file. Run it after any change to cleaning, ``junk.judged`` or the features.

A line (as the rules of cleaning leave it) is junk when it holds (or lies inside) one of its file's annotated junk snippets; every other
line is content. Lines the annotations protect (a keep snippet, a heading, a title) set the threshold:
it is the lowest that keeps them all in 5-fold cross-validation by site (``site_of``; the held-out scores averaged over
``CV_REPEATS`` partitions of the sites), never below 0.75. Holdout
files are never read here. The tune files are each other's library: a line's ``library_files`` is how
many other tune files hold it, as ``Library.line_files`` counts the files of a library at an import.

With ``--corrections``, the blocks people marked junk in the library (文库 → 整理, ``correct junk``) are
junk lines too, and the blocks they restored (``correct keep``) content lines the threshold must keep.
"""

from __future__ import annotations

import argparse
import sys
import zlib
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, diags
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from benchmarks import training as shared
from benchmarks.bench_parse import FILES, METRICS, annotation, bare, in_files
from benchmarks.training import site_of, training_entries
from nlp.access import unit_id_of
from nlp.library import Library
from nlp.library.clean import clean_lines, source_marked
from nlp.library.junk import (
    HAN_CHAR,
    HASH_BUCKETS,
    MAX_JUDGED_CHARS,
    MODEL_PATH,
    NAMED_FEATURES,
    NEIGHBOUR_FEATURES,
    JunkModel,
    LineContext,
    feature_vector,
    inside_paragraph,
    judged,
    judged_contexts,
    library_model_path,
    neighbour_vector,
    units,
)
from nlp.library.linear import LinearModel
from nlp.library.script import analysis_form
from nlp.read import read_lines

MIN_THRESHOLD = 0.75
# A line a person corrected counts as this many annotated lines at first: a few corrections against a set of
# hundreds must move the model (a correction is the library's own judgement, said on purpose). The weight then doubles
# while the model still judges a corrected line against its correction and keeps all content (``_weigh_corrections``):
# a fixed weight drowns the more lines the shipped set holds.
CORRECTION_WEIGHT = 3.0
MAX_CORRECTION_DOUBLINGS = 8
MARGIN = 0.02
CV_REPEATS = 3  # partitions of the sites into folds whose held-out scores are averaged (``cross_validated_scores``)
# The inverse strength of the fit's regularisation: 0.15 against 0.3 before junk21 keeps the hashed grams of a site's own
# words from weighing as much (a site the model never saw has other words), and caught more junk on fresh pages from
# unseen sites (rw945-rw1224 in three ranges, each trained without: 154 of 190 lines against 148 at 0.3 with the same
# features; 0.1 caught as many, 0.6 fewer).
C = 0.15
NEIGHBOUR_C = 1.0  # the second pass's: two dense features, no site's words to overfit
SHOWN_HOLDERS = 3  # the highest-scoring protected lines the report names
MIN_WRITTEN_PIECE = 2  # characters as written of a one-word piece of a junk line that counts as junk (【醫】, 聯( cut off 聯(lián)系地址)
# Features whose weight may only count toward junk. A line other files of the library hold is a site's chrome
# (recurring across its pages) or a common heading (引言, 一、指导思想); the tune set, about one page per site,
# shows only the second, and a model that learnt "recurs, so content" would keep a site's chrome the more
# pages of the site a library holds.
TOWARD_JUNK_ONLY = ("library_files",)


def _cleaned_files(leave_out: Collection[str]) -> list[tuple[dict, dict, list[str], list[str], set[int]]]:
    """(manifest entry, annotation, cleaned line texts, dropped line texts, the cleaned lines the model never decides)
    of each training file (see ``training_entries``) but those named in ``leave_out``, rules only. The model never
    decides a line the source styles (a Word heading, a markdown ``#``), numbers or lists (``clean.source_marked``), so
    such a line teaches it as content but does not set its threshold (nor do spare copies: see ``_spare_copies``)."""
    files = []
    for entry in training_entries(leave_out):
        cleaned, dropped = clean_lines(read_lines((FILES / entry["name"]).read_bytes(), entry["name"]), model=False)
        marked = {i for i, line in enumerate(cleaned) if source_marked(line)}
        files.append(
            (entry, annotation(entry["name"]), [line.text for line in cleaned], [d.text for d in dropped], marked)
        )
    return files


def _short_lines(kept: list[str], dropped: list[str]) -> set[str]:
    """A file's lines as ``Library.line_files`` counts them: kept or dropped, short enough to be judged whole."""
    return {text for text in kept + dropped if len(text) <= MAX_JUDGED_CHARS}


def _spare_copies(texts: list[str], line_contexts: list[list[LineContext | None]], marked: set[int]) -> set[int]:
    """The lines whose text the page says again where it stays whatever the model says: on a line the model never
    judges (the page's headline over its paragraph, ``junk.judged_contexts``; a styled or numbered line) or on the next
    line (a headline repeated at once). Dropping such a copy loses nothing: it neither sets the threshold nor counts as
    content dropped (rw250: its headline, then a teaser, then the headline again over a sub-title)."""
    kept_anyway = Counter(
        texts[i] for i, contexts in enumerate(line_contexts) if i in marked or all(c is None for c in contexts)
    )
    return {
        i
        for i, (text, contexts) in enumerate(zip(texts, line_contexts, strict=True))
        if any(contexts)
        and i not in marked
        and (kept_anyway[text] > 0 or (i + 1 < len(texts) and texts[i + 1] == text))
    }


def is_junk_piece(text: str, junk: list[str], named: set[str]) -> bool:
    """Whether a judged piece of a cleaned line is junk by a file's annotated ``junk`` lines: it holds one, or it lies
    inside one (a site cut it apart) unless it is a title or heading of its own (``named``, bare: rw211's title 居委会
    opens the page's junk teaser 导读 居委会作为…). Compared without punctuation, as cleaning may change a mark (a file
    name's . to 。); a piece of a single word by its marks as written (a dictionary's 【醫】 cut off its gloss 【醫】
    company, rw1197)."""
    s, written = bare(text), text.strip()
    bare_junk = [form for form in map(bare, junk) if form]  # a symbol alone (⌚) has no bare form
    if any(j in s for j in bare_junk):
        return True
    return s not in named and (
        any(len(s) >= 2 and s in j for j in bare_junk)
        or (len(written) >= MIN_WRITTEN_PIECE and any(written in j for j in junk))
    )


# Where a row stands, for the second pass (``stacked``): its file, its unit's number among the file's units, how many
# units the file holds and whether it stands in the page's head (``LineContext.head``).
Place = tuple[str, int, int, bool]


def labelled_lines(
    leave_out: Collection[str] = (),
) -> tuple[list[dict[int, float]], list[int], list[bool], list[str], list[str], list[bool], list[Place]]:
    """Feature vectors, labels (1 = junk), protected flags, sites, texts, whether the product lets the model decide
    them (see ``_cleaned_files``) and places (``Place``) of the judged lines of the training files but ``leave_out``."""
    vectors, labels, protected, groups, texts, decided, places = [], [], [], [], [], [], []
    files = _cleaned_files(leave_out)
    counts = Counter(text for _, _, kept, dropped, _ in files for text in _short_lines(kept, dropped))
    for entry, ann, cleaned, dropped, marked in files:
        named = {bare(h["text"]) for d in ann["documents"] for h in d["headings"]}
        named |= {bare(d["title"]) for d in ann["documents"] if d["title"]}
        guarded = [bare(k) for d in ann["documents"] for k in d["keep"]] + sorted(named)
        others = counts - Counter(_short_lines(cleaned, dropped))  # the other tune files are this one's library
        pieces = [units(text) for text in cleaned]
        file_contexts = judged_contexts(pieces, others)
        undecided = marked | _spare_copies(cleaned, file_contexts, marked)
        slots = [(unit, i in undecided) for i, line in enumerate(pieces) for unit in line]
        slot_contexts = [context for line_contexts in file_contexts for context in line_contexts]
        for slot, ((text, never_decided), context) in enumerate(zip(slots, slot_contexts, strict=True)):
            if context is None:
                continue
            s = bare(text)
            is_junk = is_junk_piece(text, ann["junk"], named)
            vectors.append(feature_vector(context))
            labels.append(int(is_junk))
            # every content line of words is kept by the threshold, the annotated ones (a keep snippet, a
            # heading, a title) and the rest (a revision date, a sentence of a rule); a stray fragment is not
            protected.append(
                not is_junk
                and not never_decided
                and (any(g in s or (len(s) >= 4 and s in g) for g in guarded) or len(HAN_CHAR.findall(s)) >= 2)
            )
            groups.append(site_of(entry))
            texts.append(text)
            decided.append(not never_decided)
            places.append((entry["name"], slot, len(slots), context.head))
    return vectors, labels, protected, groups, texts, decided, places


def stacked(scores: np.ndarray, places: list[Place]) -> list[dict[int, float]]:
    """The second pass's vectors of the rows (``junk.neighbour_vector``), from the first pass's ``scores`` of the rows of
    each file (a unit without a row is one the model does not judge)."""
    files: dict[str, list[float | None]] = {}
    for score, (name, slot, size, _) in zip(scores, places, strict=True):
        files.setdefault(name, [None] * size)[slot] = float(score)
    return [neighbour_vector(files[name], slot, head) for name, slot, _, head in places]


def correction_lines(db_path: str, unit: str | None = None) -> tuple[list[dict[int, float]], list[int], list[str]]:
    """Feature vectors, labels (1 = junk) and texts of the judged lines of a library's corrections (of one
    unit, named or numbered, or all): the last word on each text counts, junk or restored. A corrected
    block was in the body of its file, so it is seen as a line of the middle of a file, said once, held
    by as many other files as the library says."""
    with Library(db_path) as library:
        unit_id = unit_id_of(library, unit)
        corrections = [c for c in library.corrections(unit_id) if c.action in ("junk", "keep")]
        held = library.line_files(MAX_JUDGED_CHARS)
    last = {c.text: int(c.action == "junk") for c in corrections}
    vectors, labels, texts = [], [], []
    for text, label in last.items():
        pieces = units(text)
        for k, unit_text in enumerate(pieces):
            if judged(unit_text, inside_paragraph(pieces, k)):
                others = max(held.get(unit_text.strip(), 1) - 1, 0)
                vectors.append(feature_vector(LineContext(analysis_form(unit_text.strip()), 0.5, 8, 1, others)))
                labels.append(label)
                texts.append(unit_text)
    return vectors, labels, texts


def matrix(vectors: list[dict[int, float]], means: np.ndarray, scales: np.ndarray) -> csr_matrix:
    """The first pass's vectors (named features and hashed grams) or the second pass's (``NEIGHBOUR_FEATURES``), by the
    width of their scaling."""
    grams = HASH_BUCKETS if len(means) == len(NAMED_FEATURES) else 0
    return shared.matrix(vectors, means, scales, len(means) + grams)


def fit(
    vectors: list[dict[int, float]], labels: list[int], weights: list[float], second: bool = False
) -> tuple[LogisticRegression, np.ndarray, np.ndarray]:
    """A logistic model over the scaled vectors, the first pass's or (``second``) the second pass's; a feature of
    ``TOWARD_JUNK_ONLY`` that learns a negative weight is held at 0 (fitted again without it): a bound, not a guess."""
    means, scales = shared.scaling(vectors, len(NEIGHBOUR_FEATURES if second else NAMED_FEATURES))
    features = matrix(vectors, means, scales)
    model = LogisticRegression(C=NEIGHBOUR_C if second else C, class_weight="balanced", max_iter=2000).fit(
        features, labels, sample_weight=weights
    )
    if second:
        return model, means, scales
    names = [name for name, _, _ in NAMED_FEATURES]
    held = [names.index(name) for name in TOWARD_JUNK_ONLY if model.coef_[0][names.index(name)] < 0]
    if held:
        kept = np.ones(features.shape[1])
        kept[held] = 0.0
        model = LogisticRegression(C=C, class_weight="balanced", max_iter=2000).fit(
            features @ diags(kept), labels, sample_weight=weights
        )
    return model, means, scales


def _weigh_corrections(
    vectors: list[dict[int, float]],
    y: np.ndarray,
    weights: list[float],
    corrected: np.ndarray,
    protected: np.ndarray,
    threshold: float,
) -> tuple[LogisticRegression, np.ndarray, np.ndarray]:
    """The model fitted with the corrected lines weighing more, doubled while one of them is judged against its
    correction (at most ``MAX_CORRECTION_DOUBLINGS`` times) and the threshold the content lines set rises by one
    ``MARGIN`` at most: the corrections weigh as much as the set lets them without costing the rest of the catch.
    (On the 384, the sign-offs of the tests share a short plain line's shape with a heading, 引言: the weight stops at 6.)"""

    def scores(fitted: tuple[LogisticRegression, np.ndarray, np.ndarray]) -> np.ndarray:
        return fitted[0].predict_proba(matrix(vectors, fitted[1], fitted[2]))[:, 1]

    fitted = fit(vectors, y.tolist(), weights)
    # the threshold the model would ship with at the first weight: heavier corrections may raise it by one margin at most
    ceiling = max(threshold, float(scores(fitted)[protected].max()) + MARGIN) + MARGIN
    for _ in range(MAX_CORRECTION_DOUBLINGS):
        judged = scores(fitted)[corrected]
        if ((judged >= threshold) == (y[corrected] == 1)).all():
            break
        weights = [w * 2 if c else w for w, c in zip(weights, corrected, strict=True)]
        heavier = fit(vectors, y.tolist(), weights)
        if scores(heavier)[protected].max() + MARGIN > ceiling:
            break
        fitted = heavier
    return fitted


def cross_validated_scores(
    vectors: list[dict[int, float]], y: np.ndarray, weights: list[float], groups: list[str], second: bool = False
) -> np.ndarray:
    """Each line's score by models that never saw its site: 5-fold cross-validation by site, ``CV_REPEATS`` times over
    other partitions of the sites into folds (fixed: the site's name and the repetition hashed), the scores averaged. One
    partition's score of a line depends on which sites share its fold; the highest content line, which sets the threshold,
    moved from .75 to .79 and the junk caught from .90 to .92 between partitions of the same lines and features (gen24m)."""
    held_out = np.zeros(len(y))
    for repetition in range(CV_REPEATS):
        folds = [zlib.crc32(f"{group}/{repetition}".encode()) if repetition else group for group in groups]
        for train_rows, test_rows in GroupKFold(n_splits=5).split(vectors, y, folds):
            model, means, scales = fit(
                [vectors[i] for i in train_rows], y[train_rows].tolist(), [weights[i] for i in train_rows], second
            )
            held_out[test_rows] += model.predict_proba(matrix([vectors[i] for i in test_rows], means, scales))[:, 1]
    return held_out / CV_REPEATS


@dataclass(frozen=True)
class Training:
    """A trained model and what was measured on the way: ``report`` lines for the person who ran it."""

    model: JunkModel
    caught: float  # cross-validated share of junk lines over the threshold
    content_dropped: int  # cross-validated content lines over the threshold
    report: tuple[str, ...]


def train(
    corrections: str | None = None, unit: str | None = None, leave_out: Collection[str] = (), misses: bool = False
) -> Training:
    """Train on the training files but those in ``leave_out`` (and a library's corrections): the same data gives
    the same model. With ``misses`` the report lists each junk line the cross-validation by site scores under the
    threshold, with its site and score, highest first: what the model leaves on a site it never saw."""
    report = []
    vectors, labels, protected, groups, texts, decided, places = labelled_lines(leave_out)
    weights = [1.0] * len(vectors)
    corrected = np.zeros(len(vectors), dtype=bool)
    if corrections:
        more, more_labels, more_texts = correction_lines(corrections, unit)
        vectors, labels, texts = vectors + more, labels + more_labels, texts + more_texts
        protected += [not label for label in more_labels]
        decided += [True] * len(more)
        weights += [CORRECTION_WEIGHT] * len(more)
        corrected = np.append(corrected, np.ones(len(more), dtype=bool))
        groups += [f"corrections {i % 5}" for i in range(len(more))]  # spread over the folds
        places += [(f"correction {i}", 0, 1, False) for i in range(len(more))]  # each a line alone
        report.append(f"{len(more)} lines from the library's corrections ({sum(more_labels)} junk)")
    y = np.array(labels)
    # the second pass learns from the first pass's scores by models that never saw the line's site, and is cross-validated
    # by site on them in turn: its held-out scores set the threshold
    neighbours = stacked(cross_validated_scores(vectors, y, weights, groups), places)
    held_out = cross_validated_scores(neighbours, y, weights, groups, second=True)
    guarded = held_out[np.array(protected)]
    threshold = max(MIN_THRESHOLD, float(guarded.max()) + MARGIN if len(guarded) else MIN_THRESHOLD)

    threshold = min(threshold, 0.95)
    caught = float((held_out[y == 1] >= threshold).mean())
    content = (y == 0) & np.array(decided)  # a styled heading's score drops nothing
    false = int((held_out[content] >= threshold).sum())
    report.append(f"{len(y)} lines ({int(y.sum())} junk) from {len(set(groups))} training sites")
    report.append(f"threshold {threshold:.2f}: cross-validated junk caught {caught:.2f}, content lines dropped {false}")
    # the content lines nearest the threshold (the highest sets it when it is over the floor): the lines to read first
    # when the threshold moves
    holders = [i for i in np.argsort(-held_out, kind="stable") if protected[i]][:SHOWN_HOLDERS]
    report.extend(f"  highest content line {held_out[i]:.2f}: {texts[i][:60]}" for i in holders)
    for i in np.argsort(-held_out, kind="stable"):
        if content[i] and held_out[i] >= threshold:
            report.append(f"  content over threshold {held_out[i]:.2f}: {texts[i][:60]}")
    if misses:
        missed = [i for i in np.argsort(-held_out, kind="stable") if y[i] == 1 and held_out[i] < threshold]
        report.append(f"{len(missed)} junk lines missed in cross-validation by site:")
        report.extend(f"  missed {held_out[i]:.2f} {groups[i]}: {texts[i][:60]}" for i in missed)
    model, means, scales = fit(vectors, labels, weights)
    if corrected.any():
        model, means, scales = _weigh_corrections(vectors, y, weights, corrected, np.array(protected), threshold)
    second, second_means, second_scales = fit(neighbours, labels, weights, second=True)
    # the shipped model keeps every protected line it was trained on too
    first = model.predict_proba(matrix(vectors, means, scales))[:, 1]
    fitted = second.predict_proba(matrix(stacked(first, places), second_means, second_scales))[:, 1]
    fitted = fitted[np.array(protected)]
    if len(fitted) and fitted.max() + MARGIN > threshold:
        threshold = min(float(fitted.max()) + MARGIN, 0.95)
        report.append(f"threshold raised to {threshold:.2f}: the fitted model's highest content line")
    shipped = JunkModel(
        tuple(model.coef_[0].tolist()),
        float(model.intercept_[0]),
        round(threshold, 3),
        tuple(means.tolist()),
        tuple(scales.tolist()),
        LinearModel(
            tuple(second.coef_[0].tolist()),
            float(second.intercept_[0]),
            round(threshold, 3),
            tuple(second_means.tolist()),
            tuple(second_scales.tolist()),
        ),
    )
    return Training(shipped, caught, false, tuple(report))


def cross_validated_parse(folds: int = 5) -> dict:
    """The parse of every training file by a model trained on the other folds' files, scored as
    ``bench_parse`` scores it (overall figures): what the model does on files it never saw, from the training
    files alone."""

    def write_model(left_out: Collection[str], path: Path) -> None:
        path.write_text(train(leave_out=left_out).model.to_json(), encoding="utf-8")

    return shared.cross_validated_parse(write_model, "junk_model", folds)["overall"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.train_junk", description=__doc__.split("\n\n")[0])
    parser.add_argument("--dry-run", action="store_true", help="report cross-validated figures, write nothing")
    parser.add_argument(
        "--cross-parse",
        action="store_true",
        help="also parse each tune file with a model trained on the other folds and score it (bench_parse's figures)",
    )
    parser.add_argument(
        "--exclude",
        metavar="RANGE",
        help="train without these tune files (stems or stem ranges, rw1145-rw1224,rw007, as bench_parse --files): "
        "the pages of unseen sites, to score a model on them with bench_parse; write it elsewhere with -o",
    )
    parser.add_argument(
        "--misses", action="store_true", help="list the junk lines the cross-validation by site misses (site, score)"
    )
    parser.add_argument("--corrections", metavar="DB", help="also learn from this library's corrections")
    parser.add_argument("--unit", help="with --corrections: only this unit's (name or number)")
    parser.add_argument(
        "-o",
        "--output",
        help="where to write the model (default: the shipped model, or with "
        "--corrections beside the library, where its imports find it)",
    )
    args = parser.parse_args(argv)
    excluded = {e["name"] for e in training_entries() if args.exclude and in_files(e["name"], args.exclude)}
    training = train(corrections=args.corrections, unit=args.unit, leave_out=excluded, misses=args.misses)
    print("\n".join(training.report))
    if args.cross_parse:
        figures = cross_validated_parse()
        print("cross-validated parse: " + " ".join(f"{key} {figures[key]}" for key, _, _ in METRICS))
    output = (
        Path(args.output) if args.output else library_model_path(args.corrections) if args.corrections else MODEL_PATH
    )
    if not args.dry_run:
        output.write_text(training.model.to_json() + "\n", encoding="utf-8")
        print(f"wrote {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
