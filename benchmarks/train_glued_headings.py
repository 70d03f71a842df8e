"""Measure a learnt boundary for a numbered heading glued to its paragraph with no stop (issue 12, round 29):
``3、加强职工队伍建设进一步提高…``, ``三、求真务实，加强学校民主管理陇头小学工会小组…``. Where such a heading ends is a matter of
words (where the paragraph's subject or its first clause starts), so the decision is a small logistic model over the cuts
between jieba's words, trained on the tune files of the real-world set and measured by cross-validation by site
(``GroupKFold`` by ``site_of``). It is not in the parser: it does not beat the rules (docs/benchmarks.md, "Round 29,
gen29b"): where it adds no false split it finds no glued heading the rules miss.

    python -m benchmarks.train_glued_headings [--show]   # the rows, the rules' outcome, the model's by-site CV per
                                                         # setting and threshold, on all rows and on the hook's rows

The rows: every numbered line of tune but rw1955-rw1994 (this measurement's reach, never trained on), as the structure
receives it before any run-in split, whose text after its marker opens with one of its file's annotated headings,
compared as bench_parse compares them (``bare``), with more text after it ("glued": the heading ends between two words,
no mark there; "stopped": a stop, a comma, a colon or a space there), every numbered line that is an annotated heading
whole ("whole"), and every other numbered line ("none": an item or a paragraph's entry). A candidate cut lies between
two words of the line's first ``MAX_CUT_CHARS`` characters, no mark either side; it is right when the text before it is
the annotated heading. The model splits a line at its best cut when that cut scores the threshold or more. The rules'
outcome on the same rows is read from the product's parse: a heading is found when a heading block of the file says it;
a line is split wrongly when a heading block is a strict opening of a "none" or "whole" line's text (an upper bound: the
block may stand elsewhere in the file). ``--show`` lists the glued rows (not those of rw2075-rw2114, other helpers').

Training is deterministic (files in manifest order, lbfgs). Holdout files are never read here.
"""

from __future__ import annotations

import math
import re
import statistics
import sys
from collections import Counter
from dataclasses import dataclass
from unittest import mock

import jieba.posseg
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from benchmarks.bench_parse import FILES, annotation, bare, in_files
from benchmarks.training import matrix, scaling, site_of, training_entries
from nlp.library import structure
from nlp.library.junk import bucket
from nlp.library.linear import LinearModel
from nlp.library.parse import parse_file
from nlp.library.script import analysis_form
from nlp.models import Line, ParseResult
from nlp.resources import dictionary_tokenizer

MAX_CUT_CHARS = 40  # a heading's longest (structure.MAX_HEADING_CHARS)
MARKS = re.compile(r"[\W_]")
# (class weight, C): the plain fit (positives are 69 cuts among 31,221: its probabilities never reach .3), and the
# balanced fit with the heading models' C and a stronger one
SETTINGS = ((None, 0.3), ("balanced", 0.3), ("balanced", 0.05))
THRESHOLDS = (0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9, 0.95, 0.98, 0.99)
# round 28's holdout, tune now: read by other helpers, this model's reach (never trained on here)
REACH = "rw1955-rw1994"
KINDS = ("glued", "stopped", "whole", "none")


@dataclass(frozen=True)
class Row:
    site: str
    name: str
    kind: str
    rest: str  # the line's text after its marker
    cuts: tuple[int, ...]  # candidate cuts, offsets in ``rest``
    right: int | None  # the annotated heading's cut, None when the line has none
    wanted: frozenset[str]  # the file's annotated headings (bare)
    gated: bool  # no stop within a heading's length, a sibling of the run-in shape
    vectors: tuple[dict[int, float], ...]


def _tag(word: str) -> str:
    return jieba.posseg.dt.word_tag_tab.get(word, "x") if not MARKS.fullmatch(word[:1]) else "w"


def _words(text: str) -> list[tuple[int, str]]:
    """(end offset, word) of jieba's dictionary segmentation of ``text`` (its analysis form when as long)."""
    form = analysis_form(text)
    form = form if len(form) == len(text) else text
    out, end = [], 0
    for word in dictionary_tokenizer().cut(form, HMM=False):
        end += len(word)
        out.append((end, word))
    return out


def _first_sentence(rest: str) -> int:
    match = re.search("[。！？；]", rest)
    return match.start() if match else len(rest)


def _run_in_shape(rest: str) -> bool:
    """A heading's first sentence over its paragraph: short, a paragraph's length after it."""
    end = _first_sentence(rest)
    return end <= MAX_CUT_CHARS and len(rest) - end >= 2 * MAX_CUT_CHARS


NAMED = (
    "head_chars",
    "rest_chars",
    "next_stop",
    "next_comma",
    "next_colon",
    "next_space",
    "next_other_mark",
    "head_commas",
    "head_has_stop",
    "at_first_stop",
    "sibling_head_gap",
    "siblings",
    "first_word_parallel",
    "next_word_like_first",
    "next_year",
    "siblings_run_in",
    "first_sentence_long",
    "line_chars",
)


def features(
    rest: str, words: list[tuple[int, str]], k: int, sibling_heads: list[int], sibling_tags: Counter, run_in: float
) -> dict:
    """The vector of the cut after word ``k`` of ``rest``."""
    cut, before = words[k]
    after = words[k + 1][1] if k + 1 < len(words) else ""
    nxt = rest[cut : cut + 1]
    first_tag, before_tag, after_tag = _tag(words[0][1]), _tag(before), _tag(after) if after else "END"
    head = rest[:cut]
    gap = min(abs(cut - statistics.median(sibling_heads)), 20) / 10 if sibling_heads else 0.0
    named = (
        cut / 10,
        math.log1p(len(rest) - cut),
        nxt in "。！？；",
        nxt in "，,、",
        nxt in "：:",
        nxt.isspace(),
        bool(nxt) and bool(MARKS.fullmatch(nxt)) and nxt not in "。！？；，,、：:" and not nxt.isspace(),
        len(re.findall("[，,、]", head)),
        bool(re.search("[。！？；]", head)),
        cut == _first_sentence(rest),
        gap,
        math.log1p(sum(sibling_tags.values())),
        bool(sibling_tags) and sibling_tags.most_common(1)[0][0] == first_tag,
        after_tag == first_tag,
        bool(re.match(r"\d{2,4}年|[二〇零一]{4}年|今年|去年|本年", rest[cut:])),
        run_in,
        _first_sentence(rest) > MAX_CUT_CHARS,
        math.log1p(len(rest)),
    )
    vector = {i: float(v) for i, v in enumerate(named)}
    grams = (
        f"b:{before}",
        f"a:{after}",
        f"ba:{before}|{after}",
        f"tb:{before_tag}",
        f"ta:{after_tag}",
        f"tt:{before_tag}|{after_tag}",
        f"ft:{first_tag}|{after_tag}",
        f"c:{rest[cut - 1 : cut + 1]}",
    )
    for gram in grams:
        key = len(NAMED) + bucket(gram)
        vector[key] = vector.get(key, 0.0) + 1.0
    return vector


def _structure_lines(entry: dict) -> tuple[list[Line], ParseResult]:
    """The lines the structure receives for ``entry``'s file, before any run-in split, and the product's parse."""
    seen: list[list[Line]] = []
    original = structure._split_run_in_section_headings

    def recording(lines: list[Line]) -> list[Line]:
        seen.append(list(lines))
        return original(lines)

    with mock.patch.object(structure, "_split_run_in_section_headings", recording):
        parsed = parse_file((FILES / entry["name"]).read_bytes(), entry["name"])
    return (seen[0] if seen else []), parsed


def rows_of(entry: dict) -> tuple[list[Row], ParseResult]:
    """The rows of ``entry``'s file and the product's parse of it."""
    wanted = {bare(h["text"]) for d in annotation(entry["name"])["documents"] for h in d["headings"]}
    lines, parsed = _structure_lines(entry)
    entries = structure._typed_entries(lines)
    rows = []
    for i, (family, rest) in enumerate(entries):
        if not family or len(rest) < 2:
            continue
        words = _words(rest)
        # a cut between two words, no mark either side: where a glued heading may end
        ks = [
            k
            for k, (end, w) in enumerate(words)
            if end <= min(MAX_CUT_CHARS, len(rest) - 2)
            and not MARKS.fullmatch(w[-1])
            and not MARKS.fullmatch(rest[end])
        ]
        if not ks:
            continue
        siblings = [j for j in structure._section_siblings(lines, entries, i) if j != i]
        sibling_heads = [h for j in siblings if (h := _first_sentence(entries[j][1])) <= MAX_CUT_CHARS]
        run_in = sum(_run_in_shape(entries[j][1]) for j in siblings) / len(siblings) if siblings else 0.0
        sibling_tags = Counter(_tag(w[0][1]) for j in siblings if (w := _words(entries[j][1][:12])))
        opening = next((end for end, w in words[:-1] if bare(rest[:end]) in wanted and bare(rest[end:])), None)
        right = opening if opening in [words[k][0] for k in ks] else None
        kind = (
            ("glued" if right is not None else "stopped")
            if opening is not None
            else ("whole" if bare(rest) in wanted else "none")
        )
        vectors = tuple(features(rest, words, k, sibling_heads, sibling_tags, run_in) for k in ks)
        rows.append(
            Row(
                site_of(entry),
                entry["name"],
                kind,
                rest,
                tuple(words[k][0] for k in ks),
                right,
                frozenset(wanted),
                run_in > 0 and _first_sentence(rest) > MAX_CUT_CHARS,
                vectors,
            )
        )
    return rows, parsed


def rules_outcome(parsed: ParseResult, rows: list[Row]) -> list[str]:
    """Per row: "right" (a glued or stopped heading the parse has as a heading), "missed", "false" (a line split where
    no heading ends), "kept"."""
    heads = {bare(b.text) for d in parsed.documents for b in d.blocks if b.type == "heading"}
    out = []
    for row in rows:
        if row.kind in ("glued", "stopped"):
            out.append("right" if any(bare(row.rest).startswith(h) and h in row.wanted for h in heads) else "missed")
        else:
            whole = bare(row.rest)
            out.append(
                "false" if any(h and len(h) >= 2 and whole.startswith(h) and h != whole for h in heads) else "kept"
            )
    return out


def train(rows: list[Row], class_weight: str | None, c: float) -> LinearModel:
    vectors = [v for row in rows for v in row.vectors]
    labels = [int(cut == row.right) for row in rows for cut in row.cuts]
    means, scales = scaling(vectors, len(NAMED))
    width = len(NAMED) + 4096
    fitted = LogisticRegression(C=c, max_iter=3000, class_weight=class_weight).fit(
        matrix(vectors, means, scales, width), labels
    )
    return LinearModel(tuple(fitted.coef_[0].tolist()), float(fitted.intercept_[0]), 0.5, tuple(means), tuple(scales))


def decide(model: LinearModel, row: Row, threshold: float) -> int | None:
    """The model's cut of the row's line, or None."""
    scores = [model.probability(v) for v in row.vectors]
    best = max(range(len(scores)), key=scores.__getitem__)
    return row.cuts[best] if scores[best] >= threshold else None


def outcome(row: Row, cut: int | None) -> str:
    if row.right is not None:
        return "right" if cut == row.right else ("missed" if cut is None else "wrong cut")
    if row.kind == "stopped":
        return "kept" if cut is None else "cut in a stopped line"
    return "kept" if cut is None else "false"


def _by_kind(rows: list[Row], outcomes: list[str]) -> str:
    return "; ".join(
        f"{k} {dict(Counter(o for r, o in zip(rows, outcomes, strict=True) if r.kind == k))}" for k in KINDS
    )


def cross_validated(rows: list[Row], class_weight: str | None, c: float) -> dict[float, list[int | None]]:
    """Each row's cut at each threshold by a model trained on the other four fifths of the sites."""
    decided: dict[float, list[int | None]] = {t: [None] * len(rows) for t in THRESHOLDS}
    for train_index, test_index in GroupKFold(n_splits=5).split(rows, groups=[row.site for row in rows]):
        model = train([rows[i] for i in train_index], class_weight, c)
        for i in test_index:
            for t in THRESHOLDS:
                decided[t][i] = decide(model, rows[i], t)
    return decided


def report(rows: list[Row], rules: list[str]) -> None:
    """The rules' outcome and, per setting and threshold, the model's by site, and what it adds where the rules make no
    cut: glued headings gained, cut wrong, lines split where no heading ends."""
    print(f"  rules: {_by_kind(rows, rules)}")
    for class_weight, c in SETTINGS:
        decided = cross_validated(rows, class_weight, c)
        for t in THRESHOLDS:
            results = [outcome(r, cut) for r, cut in zip(rows, decided[t], strict=True)]
            pairs = list(zip(rows, rules, results, strict=True))
            gained = sum(r.kind == "glued" and o == "missed" and m == "right" for r, o, m in pairs)
            wrong = sum(r.kind == "glued" and o == "missed" and m == "wrong cut" for r, o, m in pairs)
            false = sum(r.right is None and o in ("kept", "missed") and m != "kept" for r, o, m in pairs)
            print(
                f"  model {class_weight or 'plain'} C={c} t={t}: {_by_kind(rows, results)}\n"
                f"    over the rules: glued gained {gained}, cut wrong {wrong}; new false splits {false}"
            )


def main(argv: list[str] | None = None) -> int:
    show = "--show" in (sys.argv[1:] if argv is None else argv)
    entries = [e for e in training_entries() if not in_files(e["name"], REACH)]
    by_file = {e["name"]: rows_of(e) for e in entries}
    rows = [row for e in entries for row in by_file[e["name"]][0]]
    rules = [o for e in entries for o in rules_outcome(by_file[e["name"]][1], by_file[e["name"]][0])]
    if show:  # the glued rows, but those of the round's fresh pages (read by other helpers)
        for row, o in zip(rows, rules, strict=True):
            if row.kind == "glued" and not in_files(row.name, "rw2075-rw2114"):
                print(f"  {row.name} rules {o}: {row.rest[: row.right]} | {row.rest[row.right : row.right + 30]}")
    print(f"all: {len(rows)} numbered lines of {len(entries)} tune files: {dict(Counter(r.kind for r in rows))}")
    report(rows, rules)
    # the existing hook's population (``structure._restated_phrase``): no stop within a heading's length, beside a
    # sibling of the run-in shape
    keep = [i for i, r in enumerate(rows) if r.gated]
    print(f"gated: {len(keep)} numbered lines: {dict(Counter(rows[i].kind for i in keep))}")
    report([rows[i] for i in keep], [rules[i] for i in keep])
    return 0


if __name__ == "__main__":
    sys.exit(main())
