"""查重: speed and recall of checking a draft against a large library, against a baseline and a peer.

    python -m benchmarks.bench_check --sizes 100000 1000000   # the issue's sizes (about 40 minutes here)
    python -m benchmarks.bench_check --sizes 100000           # one size
    python -m benchmarks.bench_check --smoke                  # 2 000 blocks, 2 drafts: seconds

The library is ``benchmarks/synthetic.py``'s (copies of seed and generated paragraphs, related
paragraphs, unrelated ones), grouped into documents of 20 blocks. Each 50-block draft is
planted from random library blocks (length at least 40):

- 18 whole blocks copied, two per edit level: ``exact``; ``punctuation`` (half of it changed);
  ``numbers`` (years and numbers changed); ``unit`` (医院→院, 我院→本院, 医院→另一医院 …);
  ``clause removed``; ``clause inserted``; ``2%``, ``5%``, ``10%`` of the characters
  substituted, inserted or deleted (with changed numbers and punctuation, as ``synthetic.make_copy``);
- 12 ``partial`` copies: 15–30 characters of a library block from a clause start (at least 13 in
  the normal form) inside new text;
- 10 ``13-char run``: exactly 13 normal-form characters of a library block inside new text;
- 10 ``new`` paragraphs: text from an order-1 character Markov chain (the library's own
  generated text is order 2, so new text shares its phrasing but, by design, no long runs).

Methods, each in a forked process of its own (build once, then every draft):

- ours: ``nlp.check`` (winnowing fingerprints k = 8, w = 6, exact runs, rapidfuzz alignment);
- baseline: character 2–3-gram TF-IDF of the library's ``comparison_text`` (scikit-learn), the
  draft's blocks transformed and multiplied with every library block; a block reports its 5
  nearest library blocks at cosine >= 0.5 (and, from the same product, >= 0.3);
- peer: datasketch ``MinHashLSH`` (128 permutations, character 3-gram shingles, threshold 0.5);
  a block reports the 5 candidates of highest estimated Jaccard similarity.

Reported: time per 50-block draft (median and mean), recall of the planted source by edit level
(the planted block is among the block's reported sources; for a partial copy or a planted run,
a reported source that contains the planted text counts too), the share of planted >= 13-character runs
found (ours: the run's characters lie in spans of a source that contains it; the others: a
reported source contains it), the share of new paragraphs flagged, index size and build time.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field

import numpy as np

from nlp.boilerplate.forms import comparison_forms
from nlp.check import CheckSettings, check_draft
from nlp.check.engine import SourceDocument, build_index
from nlp.check.fingerprint import char_form, normal_form
from nlp.models import Block

from . import reporting
from .bench_groups import measure, seed_texts
from .synthetic import (
    CLAUSES,
    MarkovText,
    change_numbers,
    change_punctuation,
    edit_characters,
    synthetic_library,
)

DRAFT_BLOCKS = 50
DOCUMENT_BLOCKS = 20
MIN_SOURCE = 40
FULL_LEVELS = ("exact", "punctuation", "numbers", "unit", "clause removed", "clause inserted", "2%", "5%", "10%")
EDIT_RATES = {"2%": 0.02, "5%": 0.05, "10%": 0.10}
PER_LEVEL = 2
PARTIALS, RUNS, NEW = 12, 10, 10
RUN_CHARS = 13
REPORTED = 5
BASELINE_THRESHOLDS = (0.5, 0.3)
PEER_THRESHOLD = 0.5
PEER_SHINGLE = 3
PEER_PERMUTATIONS = 128
UNIT_SWAPS = (("我院", "本院"), ("医院", "院"), ("某医院", "另一医院"), ("医院", "另一医院"), ("工会", "院工会"))


# --- drafts with planted copies -------------------------------------------------------------


@dataclass(frozen=True)
class Planted:
    """A draft block and what was planted in it: ``source`` is a library block index or None."""

    text: str
    kind: str  # "full" | "partial" | "run" | "new"
    level: str  # the edit level of a full copy; the kind otherwise
    source: int | None = None
    run: tuple[int, int] | None = None  # the planted exact text's [start, end) in ``text``


def _swap_unit(text: str, rng: random.Random) -> str:
    present = [(old, new) for old, new in UNIT_SWAPS if old in text]
    if not present:
        cut = rng.randrange(len(text) // 3, 2 * len(text) // 3)
        return text[:cut] + "另一医院" + text[cut:]
    old, new = rng.choice(present)
    at = [m.start() for m in re.finditer(re.escape(old), text)]
    start = rng.choice(at)
    return text[:start] + new + text[start + len(old) :]


def _remove_clause(text: str, rng: random.Random) -> str:
    clauses = CLAUSES.findall(text)
    middle = [i for i in range(1, len(clauses) - 1) if len(clauses[i]) >= 6] or list(range(len(clauses)))
    if len(clauses) < 3:
        return text[: len(text) // 3] + text[len(text) // 2 :]
    drop = rng.choice(middle)
    return "".join(c for i, c in enumerate(clauses) if i != drop)


def _insert_clause(text: str, rng: random.Random, new_text) -> str:
    clauses = CLAUSES.findall(text)
    at = rng.randrange(1, len(clauses)) if len(clauses) > 1 else 0
    clause = new_text(rng.randint(10, 20)).rstrip("。；！？") + "，"
    return "".join(clauses[:at]) + clause + "".join(clauses[at:])


def copy_at_level(text: str, level: str, rng: random.Random, alphabet: str, new_text) -> str:
    if level == "exact":
        return text
    if level == "punctuation":
        return change_punctuation(text, rng, rate=0.5)
    if level == "numbers":
        changed = change_numbers(text, rng)
        return changed if changed != text else text + f"（{rng.randint(2019, 2026)}年）"
    if level == "unit":
        return _swap_unit(text, rng)
    if level == "clause removed":
        return _remove_clause(text, rng)
    if level == "clause inserted":
        return _insert_clause(text, rng, new_text)
    rate = EDIT_RATES[level]
    return edit_characters(change_punctuation(change_numbers(text, rng), rng), rate, rng, alphabet)


def _exact_prefix(text: str, start: int, chars: int) -> int | None:
    """The end offset in ``text`` after ``chars`` normal-form characters from ``start``."""
    count = 0
    for end in range(start, len(text)):
        count += len(char_form(text[end]))
        if count == chars:
            return end + 1
        if count > chars:
            return None
    return None


def make_drafts(
    library_texts: Sequence[str], seed_texts_: Sequence[str], count: int, *, seed: int
) -> list[list[Planted]]:
    """``count`` drafts of DRAFT_BLOCKS blocks with planted copies (see the module docstring)."""
    rng = random.Random(seed)
    alphabet = "".join(c for text in seed_texts_ for c in text if "\u4e00" <= c <= "\u9fff")
    chain = MarkovText(order=1).fit(seed_texts_)

    def new_text(length: int) -> str:
        return chain.generate(rng, length)

    candidates = [i for i, t in enumerate(library_texts) if len(t) >= MIN_SOURCE]
    drafts = []
    for _ in range(count):
        blocks: list[Planted] = []
        for level in FULL_LEVELS:
            for _ in range(PER_LEVEL):
                source = rng.choice(candidates)
                text = copy_at_level(library_texts[source], level, rng, alphabet, new_text)
                blocks.append(Planted(text, "full", level, source))
        for _ in range(PARTIALS):
            length = rng.randint(15, 30)
            while True:
                source = rng.choice(candidates)
                text = library_texts[source]
                starts = [0] + [m.end() for m in re.finditer(r"[，；。：！？]", text)]
                starts = [s for s in starts if len(normal_form(text[s : s + length])[0]) >= RUN_CHARS]
                if starts:
                    break
            start = rng.choice(starts)
            sentence = text[start : start + length]
            before, after = new_text(rng.randint(30, 60)), new_text(rng.randint(30, 60))
            blocks.append(
                Planted(
                    before + sentence + after, "partial", "partial", source, (len(before), len(before) + len(sentence))
                )
            )
        for _ in range(RUNS):
            while True:
                source = rng.choice(candidates)
                text = library_texts[source]
                start = rng.randrange(0, len(text) - RUN_CHARS)
                if not char_form(text[start]):
                    continue
                end = _exact_prefix(text, start, RUN_CHARS)
                if end is not None:
                    break
            before, after = new_text(rng.randint(30, 60)), new_text(rng.randint(30, 60))
            run = text[start:end]
            blocks.append(
                Planted(
                    before + "，" + run + "，" + after,
                    "run",
                    "13-char run",
                    source,
                    (len(before) + 1, len(before) + 1 + len(run)),
                )
            )
        for _ in range(NEW):
            blocks.append(Planted(new_text(rng.randint(60, 150)), "new", "new"))
        rng.shuffle(blocks)
        drafts.append(blocks)
    return drafts


# --- the methods: build once, then answer every draft ---------------------------------------------


@dataclass
class MethodRun:
    """One method's build and answers: ``reported[d][b]`` are the sources block ``b`` of draft
    ``d`` reports; ``covered[d][b]`` (ours only) the draft characters in spans, by source."""

    build_seconds: float
    index_bytes: int
    draft_seconds: list[float]
    reported: list[list[list[int]]]
    covered: list[list[dict[int, list[tuple[int, int]]]]] = field(default_factory=list)
    thresholds: dict[str, list[list[list[int]]]] = field(default_factory=dict)


def run_ours(texts: Sequence[str], drafts: Sequence[Sequence[str]]) -> MethodRun:
    start = time.perf_counter()
    n_documents = (len(texts) + DOCUMENT_BLOCKS - 1) // DOCUMENT_BLOCKS
    index = build_index(
        texts,
        document_of=np.arange(len(texts)) // DOCUMENT_BLOCKS,
        documents=[SourceDocument(f"文档{i}", f"{i}.txt", i) for i in range(n_documents)],
        block_ids=np.arange(len(texts)),
    )
    build = time.perf_counter() - start
    settings = CheckSettings()
    seconds, reported, covered = [], [], []
    for draft in drafts:
        blocks = [Block("paragraph", text) for text in draft]
        start = time.perf_counter()
        report = check_draft(blocks, index, settings)
        seconds.append(time.perf_counter() - start)
        reported.append([[m.block_id for m in b.matches] for b in report.blocks])
        covered.append([{m.block_id: list(m.spans) for m in b.matches} for b in report.blocks])
    return MethodRun(build, index.nbytes, seconds, reported, covered)


def run_baseline(texts: Sequence[str], drafts: Sequence[Sequence[str]]) -> MethodRun:
    """Character 2-3-gram TF-IDF, the draft's blocks against every library block."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    start = time.perf_counter()
    vectorizer = TfidfVectorizer(analyzer="char", ngram_range=(2, 3), lowercase=False, dtype=np.float32)
    library = vectorizer.fit_transform(comparison_forms(texts).texts)
    library_t = library.T.tocsr()
    build = time.perf_counter() - start
    size = library.data.nbytes + library.indices.nbytes + library.indptr.nbytes
    size += library_t.data.nbytes + library_t.indices.nbytes + library_t.indptr.nbytes
    seconds = []
    answers = {f"{t:g}": [] for t in BASELINE_THRESHOLDS}
    for draft in drafts:
        start = time.perf_counter()
        product = (vectorizer.transform(comparison_forms(draft).texts) @ library_t).tocsr()
        per_threshold = {f"{t:g}": [] for t in BASELINE_THRESHOLDS}
        for row in range(product.shape[0]):
            begin, end = product.indptr[row], product.indptr[row + 1]
            scores, columns = product.data[begin:end], product.indices[begin:end]
            top = np.argpartition(-scores, REPORTED)[:REPORTED] if len(scores) > REPORTED else np.arange(len(scores))
            top = top[np.argsort(-scores[top])]
            for threshold in BASELINE_THRESHOLDS:
                per_threshold[f"{threshold:g}"].append([int(columns[k]) for k in top if scores[k] >= threshold])
        seconds.append(time.perf_counter() - start)
        for key, value in per_threshold.items():
            answers[key].append(value)
    main = f"{BASELINE_THRESHOLDS[0]:g}"
    return MethodRun(build, size, seconds, answers[main], thresholds=answers)


def _shingles(forms: Sequence[str]) -> list[set[bytes]]:
    return [{f[i : i + PEER_SHINGLE].encode("utf-8") for i in range(max(1, len(f) - PEER_SHINGLE + 1))} for f in forms]


def run_peer(texts: Sequence[str], drafts: Sequence[Sequence[str]]) -> MethodRun:
    """datasketch MinHashLSH over character 3-gram shingles; candidates ranked by estimated Jaccard."""
    from datasketch import MinHash, MinHashLSH

    start = time.perf_counter()
    signatures = MinHash.bulk(_shingles(comparison_forms(texts).texts), num_perm=PEER_PERMUTATIONS)
    lsh = MinHashLSH(threshold=PEER_THRESHOLD, num_perm=PEER_PERMUTATIONS)
    with lsh.insertion_session() as session:
        for key, signature in enumerate(signatures):
            session.insert(key, signature)
    build = time.perf_counter() - start
    size = sum(s.hashvalues.nbytes for s in signatures)
    seconds, reported = [], []
    for draft in drafts:
        start = time.perf_counter()
        answers = []
        for signature in MinHash.bulk(_shingles(comparison_forms(draft).texts), num_perm=PEER_PERMUTATIONS):
            found = lsh.query(signature)
            ranked = sorted(found, key=lambda key: -signature.jaccard(signatures[key]))
            answers.append([int(key) for key in ranked[:REPORTED]])
        seconds.append(time.perf_counter() - start)
        reported.append(answers)
    return MethodRun(build, size, seconds, reported)


# --- scoring ------------------------------------------------------------------------------------


def _holds_run(planted: Planted, texts: Sequence[str], reported: list[int]) -> bool:
    """A reported source contains the planted text (as good a source as the planted block)."""
    start, end = planted.run
    run_form = normal_form(planted.text[start:end])[0]
    return any(run_form in normal_form(texts[s])[0] for s in reported)


def _run_found(
    planted: Planted, texts: Sequence[str], reported: list[int], covered: dict[int, list[tuple[int, int]]] | None
) -> bool:
    """Whether the planted exact text was found: with spans (ours) every one of its characters is
    in spans of a source that contains it; without, a reported source contains it."""
    start, end = planted.run
    run_form = normal_form(planted.text[start:end])[0]
    holders = [s for s in reported if run_form in normal_form(texts[s])[0]]
    if covered is None:
        return bool(holders)
    mask = np.zeros(len(planted.text), dtype=bool)
    for source in holders:
        for a, b in covered.get(source, []):
            mask[a:b] = True
    return all(mask[i] for i in range(start, end) if char_form(planted.text[i]))


def score(
    run: MethodRun,
    drafts: Sequence[Sequence[Planted]],
    texts: Sequence[str],
    reported: list[list[list[int]]] | None = None,
) -> dict:
    reported = run.reported if reported is None else reported
    found, total = defaultdict(int), defaultdict(int)
    runs_found = runs_total = new_flagged = new_total = 0
    for d, draft in enumerate(drafts):
        for b, planted in enumerate(draft):
            answer = reported[d][b]
            if planted.kind == "new":
                new_total += 1
                new_flagged += bool(answer)
                continue
            hit = planted.source in answer or (planted.run is not None and _holds_run(planted, texts, answer))
            total[planted.level] += 1
            found[planted.level] += hit
            if planted.kind in ("full", "partial"):
                total["all copied blocks"] += 1
                found["all copied blocks"] += hit
            if planted.run is not None:
                runs_total += 1
                covered = run.covered[d][b] if run.covered else None
                runs_found += _run_found(planted, texts, answer, covered)
    recall = {level: found[level] / total[level] for level in total}
    times = run.draft_seconds
    return {
        "recall": recall,
        "runs_found": runs_found / runs_total if runs_total else 1.0,
        "runs": runs_total,
        "new_flagged": new_flagged / new_total if new_total else 0.0,
        "draft_ms_median": 1000 * statistics.median(times),
        "draft_ms_mean": 1000 * statistics.mean(times),
        "build_seconds": run.build_seconds,
        "index_mb": run.index_bytes / 2**20,
    }


@dataclass
class SizeReport:
    size: int
    drafts: int
    generate_seconds: float
    methods: dict[str, dict] = field(default_factory=dict)


def bench_size(
    size: int, seeds: list[str], *, drafts: int, seed: int, skip: Sequence[str] = (), log=print
) -> SizeReport:
    start = time.perf_counter()
    library = synthetic_library(seeds, size, seed=seed)
    texts = library.texts
    planted = make_drafts(texts, seeds, drafts, seed=seed + 1)
    draft_texts = [[p.text for p in draft] for draft in planted]
    report = SizeReport(len(texts), drafts, time.perf_counter() - start)
    log(f"[{size}] 合成文库 {len(texts)} 块，{drafts} 篇草稿（{report.generate_seconds:.1f} 秒）")
    for name, function in (("ours", run_ours), ("baseline", run_baseline), ("peer", run_peer)):
        if name in skip:
            continue
        outcome = measure(name, function, texts, draft_texts)
        if outcome.error:
            report.methods[name] = {"error": outcome.error}
            log(f"[{size}] {name} failed: {outcome.error.strip().splitlines()[-1]}")
            continue
        run: MethodRun = outcome.results
        scored = score(run, planted, texts)
        scored["peak_mb"] = outcome.peak_mb
        if run.thresholds:
            scored["by_threshold"] = {
                key: score(run, planted, texts, answers) for key, answers in run.thresholds.items()
            }
        report.methods[name] = scored
        log(f"[{size}] {name}: build {run.build_seconds:.1f} s, {scored['draft_ms_median']:.1f} ms per draft")
    return report


def format_report(report: SizeReport) -> str:
    levels = list(FULL_LEVELS) + ["partial", "all copied blocks"]
    lines = [
        f"== {report.size} library blocks, {report.drafts} drafts of {DRAFT_BLOCKS} blocks ==",
        "recall: the planted source among the block's reported sources (or, for planted text, one holding it)",
    ]
    header = f"{'method':<16}" + "".join(f"{level[:10]:>11}" for level in levels)
    lines.append(header)
    rows = []
    for name, m in report.methods.items():
        if "error" in m:
            lines.append(f"{name:<16} failed")
            continue
        rows.append((name, m))
        for key, sub in (m.get("by_threshold") or {}).items():
            if key != f"{BASELINE_THRESHOLDS[0]:g}":
                rows.append((f"{name} ≥{key}", sub | {k: m[k] for k in ("build_seconds", "index_mb", "peak_mb")}))
    for name, m in rows:
        lines.append(f"{name:<16}" + "".join(f"{m['recall'].get(level, float('nan')):>11.3f}" for level in levels))
    lines.append(
        f"{'method':<16}{'13-run found':>13}{'new flagged':>12}{'ms/draft':>10}{'mean ms':>9}"
        f"{'build s':>9}{'index MB':>10}{'peak MB':>9}"
    )
    for name, m in rows:
        lines.append(
            f"{name:<16}{m['runs_found']:>13.3f}{m['new_flagged']:>12.3f}{m['draft_ms_median']:>10.1f}"
            f"{m['draft_ms_mean']:>9.1f}{m['build_seconds']:>9.1f}{m['index_mb']:>10.0f}{m['peak_mb']:>9.0f}"
        )
    ours = report.methods.get("ours")
    for other in ("baseline", "peer"):
        m = report.methods.get(other)
        if ours and m and "error" not in ours and "error" not in m:
            lines.append(f"{other} time / ours: {m['draft_ms_median'] / ours['draft_ms_median']:.1f}x")
    return "\n".join(lines)


def targets(report: SizeReport) -> list[tuple[str, bool]]:
    ours, baseline = report.methods.get("ours"), report.methods.get("baseline")
    if not ours or "error" in ours:
        return [("ours ran", False)]
    checks = [("100% of planted ≥13-character runs found", ours["runs_found"] == 1.0)]
    if baseline and "error" not in baseline:
        best = max(
            [baseline] + list((baseline.get("by_threshold") or {}).values()),
            key=lambda m: m["recall"]["all copied blocks"],
        )
        checks.append(
            (
                "recall of copied blocks ≥ the baseline's (at its best threshold)",
                ours["recall"]["all copied blocks"] >= best["recall"]["all copied blocks"],
            )
        )
        if report.size >= 1_000_000:
            checks.append(
                ("≥ 10x faster than the baseline", baseline["draft_ms_median"] >= 10 * ours["draft_ms_median"])
            )
    return checks


def build_parser() -> argparse.ArgumentParser:
    parser = reporting.parser(
        "check", __doc__, [100_000, 1_000_000], "2 000 blocks and 2 drafts: runs and prints, checks no target"
    )
    parser.add_argument("--drafts", type=int, default=10, help="50-block drafts per size")
    parser.add_argument(
        "--skip", nargs="*", default=[], choices=["ours", "baseline", "peer"], help="methods to leave out"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    sizes, drafts = ([2_000], 2) if args.smoke else (args.sizes, args.drafts)
    seeds = seed_texts()
    reports = []
    for size in sizes:
        report = bench_size(
            size, seeds, drafts=drafts, seed=args.seed, skip=args.skip, log=lambda line: print(line, flush=True)
        )
        reports.append(report)
        reporting.show(format_report(report), None if args.smoke else targets(report))
    reporting.save(args.out, "check", smoke=args.smoke, argv=argv, reports=[asdict(r) for r in reports])
    return 1 if any("error" in m for r in reports for m in r.methods.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
