"""Near-duplicate grouping: quality and speed against fair peers, in one run.

    python -m benchmarks.bench_groups                      # 10 000 and 100 000 blocks, Zipf families
    python -m benchmarks.bench_groups --sizes 10000 --families 2 50 500 5000   # fixed family sizes
    python -m benchmarks.bench_groups --smoke              # tuned on 300 blocks, run on 500: seconds
    python -m benchmarks.bench_groups --sizes 10000 100000 1000000 --methods ours   # ours alone, to a million

The library is synthetic (``benchmarks/synthetic.py``) and its truth is the generator's: two
blocks are a true pair when they are copies of one source (seed sources with any partner at
least 0.5 similar are left out, so no two sources are near-duplicates). Copies carry every edit
kind (random character edits; synonym swaps from ``nlp/data/synonyms.txt``; clauses inserted or
dropped; one character substituted every 50 / 20 / 10 characters) at 2%, 5% or 10%, besides the
years, numbers and punctuation the normal form ignores. Family sizes follow Zipf's law (a few
sources copied hundreds of times, most 2-3 times) or are fixed (``--families``). Methods, each
from the same raw texts and the same normal form (``comparison_forms``):

- ours: ``nlp.boilerplate.groups.NearDuplicateIndex`` (rare-shingle candidates, Indel
  verification, split groups), its groups;
- minhash: datasketch ``MinHashLSH`` over character 3-gram shingles, unverified, pairs or groups;
- minhash+verify: its candidates at LSH threshold 0.3 verified by our similarity and length
  rules (what a real MinHash pipeline does), the verified pairs or their components;
- cosine top-k: binary character 3-gram cosine, the ``TOP_K`` most similar texts of each text
  by a top-k sparse product (``sparse_dot_topn``), thresholded, pairs or components;
- exact (libraries of at most ``EXACT_LIMIT`` blocks): every pair verified by our similarity
  and length rules (pairs prefiltered by a bound our similarity cannot pass below), pairs or
  components: the recall our candidate search could have.

Each method's setting (threshold, and view: pairs or groups) is chosen by the best F1 on a
library of another seed (``--tune-seed``, ``--tune-size`` blocks) and reported on ``--seed``;
ours is reported at the chosen threshold and at the shipped default. Quality is precision and
recall of pairs; each subset (edit level, edit kind) counts the pairs among its copies and the
unrelated paragraphs. Each method runs in a forked process of its own: wall and CPU seconds
(CPU counts every thread of the process), the threads it may use, and peak memory (resident set
growth). Results go to stdout and, as JSON, to ``benchmarks/results/``.
"""

from __future__ import annotations

import argparse
import functools
import multiprocessing
import os
import resource
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.sparse.csgraph import connected_components

from nlp.boilerplate import DEFAULT_THRESHOLD
from nlp.boilerplate.forms import comparison_forms
from nlp.boilerplate.groups import NearDuplicateIndex, _comparable, _required, _verify
from nlp.library import parse_file

from . import reporting
from .synthetic import KINDS, LEVELS, SyntheticLibrary, synthetic_library

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
COSINE_THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7)
PEER_THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7)
OUR_THRESHOLDS = (0.6, 0.65, 0.7, 0.75, 0.8)  # the sweep the default threshold is chosen from
LSH_CANDIDATES = 0.3  # the LSH threshold of minhash+verify: its candidates, verified as ours
PEER_SHINGLE = 3
PEER_PERMUTATIONS = 128
TOP_K = 50  # texts each text keeps in the top-k product
EXACT_LIMIT = 10_000  # the exact all-pairs reference runs up to this many blocks
# The smoke run's libraries: the smallest in which each of the tune and run seeds has every edit kind
# and level, and the run's has related paragraphs (the tests check that it runs, not the figures).
SMOKE_TUNE_SIZE, SMOKE_SIZE = 300, 500
THREADS = os.cpu_count() or 1
SUBSETS = {f"{round(level * 100)}%": ("level", level) for level in LEVELS} | {kind: ("kind", kind) for kind in KINDS}


def seed_texts(corpus: Path = CORPUS) -> list[str]:
    """The paragraphs and items of the seed corpus (a new list each call)."""
    return list(_seed_texts(corpus))


@functools.cache
def _seed_texts(corpus: Path) -> tuple[str, ...]:
    """The corpus parsed once per process: every benchmark and many tests start from it."""
    texts = []
    for path in sorted(corpus.glob("*.txt")):
        result = parse_file(path.read_bytes(), path.name)
        texts += [b.text for d in result.documents for b in d.blocks if b.type != "heading"]
    return tuple(texts)


# --- the methods ----------------------------------------------------------------------------


@dataclass
class Grouping:
    """One method's answer: a group label per block, and its direct pairs where it has them."""

    labels: np.ndarray
    pairs: tuple[np.ndarray, np.ndarray] | None = None


def _labels_from_pairs(n: int, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    graph = sparse.coo_matrix((np.ones(len(left), dtype=np.int8), (left, right)), shape=(n, n))
    return connected_components(graph, directed=False)[1]


def run_ours(texts: Sequence[str], thresholds: Sequence[float]) -> dict[str, Grouping]:
    """Our index at each threshold (a fit each)."""
    results = {}
    for threshold in thresholds:
        labels = np.empty(len(texts), dtype=np.int64)
        for number, cluster in enumerate(NearDuplicateIndex(threshold=threshold).fit(texts).clusters()):
            labels[list(cluster.members)] = number
        results[f"threshold {threshold}"] = Grouping(labels)
    return results


def _thresholded(n: int, left: np.ndarray, right: np.ndarray, score: np.ndarray, thresholds, name: str) -> dict:
    results = {}
    for threshold in thresholds:
        keep = score >= threshold
        pairs = (left[keep], right[keep])
        results[f"{name} {threshold}"] = Grouping(_labels_from_pairs(n, *pairs), pairs)
    return results


def run_minhash(texts: Sequence[str], thresholds: Sequence[float]) -> dict[str, Grouping]:
    """datasketch MinHashLSH at each threshold (an index each): its candidate pairs, unverified."""
    results = {}
    for threshold in thresholds:
        pairs = _minhash_pairs(texts, threshold)
        results[f"threshold {threshold}"] = Grouping(_labels_from_pairs(len(texts), *pairs), pairs)
    return results


def _verified(forms, left: np.ndarray, right: np.ndarray, thresholds: Sequence[float], name: str) -> dict:
    """Pairs verified by our similarity and length rules at each threshold."""
    lengths = np.fromiter(map(len, forms.texts), dtype=np.int64, count=len(forms.texts))
    comparable = _comparable(left, right, lengths)
    left, right = left[comparable], right[comparable]
    left, right, score = _verify(forms, left, right, lengths, min(thresholds))
    shorter = np.minimum(lengths[left], lengths[right])
    results = {}
    for threshold in thresholds:
        keep = score >= _required(threshold, shorter)
        pairs = (left[keep], right[keep])
        results[f"{name} {threshold}"] = Grouping(_labels_from_pairs(len(forms.texts), *pairs), pairs)
    return results


def run_minhash_verified(texts: Sequence[str], thresholds: Sequence[float]) -> dict[str, Grouping]:
    """datasketch MinHashLSH candidates at ``LSH_CANDIDATES`` verified as ours are (the same
    similarity and length rules) at each threshold: the verified pairs and their components."""
    left, right = _minhash_pairs(texts, LSH_CANDIDATES)
    return _verified(comparison_forms(texts), left, right, thresholds, f"LSH {LSH_CANDIDATES}, verified at")


def _minhash_pairs(texts: Sequence[str], threshold: float) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (i < j) datasketch MinHashLSH finds at ``threshold`` (3-gram shingles of the comparison texts)."""
    from datasketch import MinHash, MinHashLSH

    forms = comparison_forms(texts).texts
    shingles = [
        {f[i : i + PEER_SHINGLE].encode("utf-8") for i in range(max(1, len(f) - PEER_SHINGLE + 1))} for f in forms
    ]
    signatures = MinHash.bulk(shingles, num_perm=PEER_PERMUTATIONS)
    lsh = MinHashLSH(threshold=threshold, num_perm=PEER_PERMUTATIONS)
    with lsh.insertion_session() as session:
        for key, signature in enumerate(signatures):
            session.insert(key, signature)
    left, right = [], []
    for key, signature in enumerate(signatures):
        found = [other for other in lsh.query(signature) if other > key]
        left += [key] * len(found)
        right += found
    return np.array(left, dtype=np.int64), np.array(right, dtype=np.int64)


def run_cosine(texts: Sequence[str], thresholds: Sequence[float]) -> dict[str, Grouping]:
    """Binary character 3-gram cosine: each text's ``TOP_K`` nearest by a top-k sparse product
    (sparse_dot_topn, every core), thresholded; pairs and their components."""
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.preprocessing import normalize
    from sparse_dot_topn import sp_matmul_topn

    forms = comparison_forms(texts).texts
    vectors = CountVectorizer(analyzer="char", ngram_range=(3, 3), lowercase=False, binary=True).fit_transform(forms)
    vectors = normalize(vectors.astype(np.float32)).tocsr()
    product = sp_matmul_topn(
        vectors, vectors.T.tocsr(), top_n=TOP_K + 1, threshold=min(thresholds), n_threads=THREADS
    ).tocoo()
    keep = product.row < product.col
    left, right, score = product.row[keep], product.col[keep], product.data[keep]
    # A pair found from one side only is kept once; from both sides it appears once already (row < col).
    return _thresholded(len(texts), left.astype(np.int64), right.astype(np.int64), score, thresholds, "threshold")


def run_exact(texts: Sequence[str], thresholds: Sequence[float], chunk: int = 500) -> dict[str, Grouping]:
    """Every pair verified by our similarity and length rules. Our similarity is the larger of
    the clause-aligned Indel similarity a and (a + bigram-bag similarity) / 2, so a pair below
    2t - 1 on a cannot reach t: those are left out before the full similarity."""
    from rapidfuzz import process
    from rapidfuzz.distance import Indel

    forms = comparison_forms(texts)
    floor = 2 * min(thresholds) - 1
    left, right = [], []
    for start in range(0, len(texts), chunk):
        aligned = np.maximum(
            *(
                process.cdist(
                    column[start : start + chunk],
                    column,
                    scorer=Indel.normalized_similarity,
                    score_cutoff=floor,
                    dtype=np.float32,
                    workers=-1,
                )
                for column in (forms.texts, forms.sorted_clauses)
            )
        )
        rows, columns = np.nonzero(aligned >= floor)
        rows += start
        keep = rows < columns
        left.append(rows[keep])
        right.append(columns[keep])
    return _verified(forms, np.concatenate(left), np.concatenate(right), thresholds, "threshold")


@dataclass
class Run:
    method: str
    seconds: float
    peak_mb: float
    results: dict[str, Grouping]
    error: str | None = None
    cpu_seconds: float = float("nan")  # every thread of the method's process


def _rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _measure(function: Callable, args: tuple) -> tuple[float, float, dict, float]:
    start_rss = _rss_mb()
    start, cpu = time.perf_counter(), _cpu_seconds()
    results = function(*args)
    seconds, cpu = time.perf_counter() - start, _cpu_seconds() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    return seconds, max(0.0, peak - start_rss), results, cpu


def _child(connection, function, args) -> None:
    try:
        connection.send(_measure(function, args))
    except Exception:  # noqa: BLE001 -- the parent reports it; a benchmark run must not hang
        connection.send(traceback.format_exc())
    finally:
        connection.close()


def measure(method: str, function: Callable, *args) -> Run:
    """Run ``function(*args)`` in a forked process: its wall and CPU time and peak memory growth."""
    if "fork" not in multiprocessing.get_all_start_methods() or not os.path.exists("/proc/self/statm"):
        seconds, _, results, cpu = _measure_plain(function, args)
        return Run(method, seconds, float("nan"), results, cpu_seconds=cpu)
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(send, function, args))
    process.start()
    send.close()
    try:
        answer = receive.recv()
    except EOFError:
        answer = f"the process ended with exit code {process.join() or process.exitcode}"
    process.join()
    if isinstance(answer, str):
        return Run(method, float("nan"), float("nan"), {}, error=answer)
    seconds, peak_mb, results, cpu = answer
    return Run(method, seconds, peak_mb, results, cpu_seconds=cpu)


def _measure_plain(function: Callable, args: tuple) -> tuple[float, float, dict, float]:
    start, cpu = time.perf_counter(), time.process_time()
    results = function(*args)
    return time.perf_counter() - start, float("nan"), results, time.process_time() - cpu


# --- quality --------------------------------------------------------------------------------


def _pair_count(counts: np.ndarray) -> int:
    counts = counts.astype(np.int64)
    return int((counts * (counts - 1) // 2).sum())


def _contingency_pairs(a: np.ndarray, b: np.ndarray | None = None) -> int:
    """Pairs of positions with equal ``a`` (and equal ``b``)."""
    if len(a) == 0:
        return 0
    if b is None:
        return _pair_count(np.unique(a, return_counts=True)[1])
    _, together = np.unique(np.stack([a, b]), axis=1, return_counts=True)
    return _pair_count(together)


@dataclass
class Quality:
    precision: float
    recall: float
    predicted: int
    true: int

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def quality(grouping: Grouping, truth: np.ndarray, subset: np.ndarray, view: str) -> Quality:
    """Precision and recall of near-duplicate pairs among the blocks in ``subset`` (a mask)."""
    true_pairs = _contingency_pairs(truth[subset])
    if view == "groups":
        predicted = _contingency_pairs(grouping.labels[subset])
        correct = _contingency_pairs(grouping.labels[subset], truth[subset])
    else:
        left, right = grouping.pairs
        inside = subset[left] & subset[right]
        predicted = int(inside.sum())
        correct = int((truth[left[inside]] == truth[right[inside]]).sum())
    precision = correct / predicted if predicted else 1.0
    recall = correct / true_pairs if true_pairs else 1.0
    return Quality(precision, recall, predicted, true_pairs)


def evaluate(run: Run, library: SyntheticLibrary) -> dict:
    """Quality of every setting and view of one run, by edit level; the best setting first."""
    truth = np.array([b.cluster for b in library.blocks])
    unrelated = np.array([b.level is None for b in library.blocks])
    masks = {
        name: unrelated | np.array([getattr(b, field) == value for b in library.blocks])
        for name, (field, value) in SUBSETS.items()
    }
    masks["all"] = np.ones(len(unrelated), dtype=bool)
    settings = []
    for setting, grouping in run.results.items():
        for view in ("groups", "pairs") if grouping.pairs is not None else ("groups",):
            scores = {name: asdict(quality(grouping, truth, mask, view)) for name, mask in masks.items()}
            best_f1 = Quality(**scores["all"]).f1
            settings.append(
                {
                    "setting": setting,
                    "view": view,
                    "f1": best_f1,
                    "quality": scores,
                    "related": related_grouped(grouping, library, view),
                }
            )
    settings.sort(key=lambda s: -s["f1"])
    return {
        "method": run.method,
        "seconds": run.seconds,
        "cpu_seconds": run.cpu_seconds,
        "peak_mb": run.peak_mb,
        "error": run.error,
        "settings": settings,
    }


def related_grouped(grouping: Grouping, library: SyntheticLibrary, view: str) -> dict:
    """How many pairs (copy of a source, copy of its related paragraph) a method put together."""
    family = np.full(len(library.sources), -1)
    for number, (source, other) in enumerate(library.related):
        family[source] = family[other] = number
    source = np.array([b.source for b in library.blocks])
    block_family = family[source]
    inside = block_family >= 0
    fam, src = block_family[inside], source[inside]
    cross = _contingency_pairs(fam) - _contingency_pairs(fam, src)
    if view == "groups":
        label = grouping.labels[inside]
        together = _contingency_pairs(fam, label) - _three_way_pairs(fam, src, label)
    else:
        left, right = grouping.pairs
        together = int(
            (
                (block_family[left] >= 0)
                & (block_family[left] == block_family[right])
                & (source[left] != source[right])
            ).sum()
        )
    return {"grouped": together, "pairs": cross, "rate": together / cross if cross else 0.0}


def _three_way_pairs(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> int:
    if len(a) == 0:
        return 0
    _, together = np.unique(np.stack([a, b, c]), axis=1, return_counts=True)
    return _pair_count(together)


# --- the run --------------------------------------------------------------------------------

METHODS: dict[str, tuple[Callable, tuple[float, ...], int]] = {
    # name: (function, thresholds tuned over, threads it may use)
    "ours": (run_ours, OUR_THRESHOLDS, THREADS),  # rapidfuzz verifies a batch of 2 000 pairs on every core
    "minhash": (run_minhash, PEER_THRESHOLDS, 1),
    "minhash+verify": (run_minhash_verified, OUR_THRESHOLDS, THREADS),
    "cosine top-k": (run_cosine, COSINE_THRESHOLDS, THREADS),
}
EXACT = "exact"


def _threshold(setting: str) -> float:
    return float(setting.split()[-1])


def make_library(seeds: list[str], size: int, seed: int, family: str) -> SyntheticLibrary:
    copies = "zipf" if family == "zipf" else int(family)
    return synthetic_library(seeds, size, seed=seed, copies=copies, kinds=KINDS, distinct_seeds=True)


def tune(
    seeds: list[str], size: int, seed: int, family: str, smoke: bool, log=print, methods: Sequence[str] = tuple(METHODS)
) -> dict[str, dict]:
    """Each method's best setting (threshold and view, by F1 over all blocks) on a library of ``seed``."""
    library = make_library(seeds, size, seed, family)
    chosen = {}
    for name in methods:
        function, thresholds, _ = METHODS[name]
        if smoke and name == "minhash":
            thresholds = (0.4, 0.5)
        evaluated = evaluate(measure(name, function, library.texts, thresholds), library)
        if evaluated["error"]:
            raise RuntimeError(f"{name} failed while tuning:\n{evaluated['error']}")
        best = evaluated["settings"][0]
        chosen[name] = {"threshold": _threshold(best["setting"]), "view": best["view"], "tune_f1": best["f1"]}
        log(
            f"[tune, seed {seed}, {len(library.texts)} blocks] {name}: {best['setting']} {best['view']}, F1 {best['f1']:.4f}"
        )
    return chosen


@dataclass
class SizeReport:
    size: int
    family: str
    blocks: int
    sources: int
    largest_family: int
    generate_seconds: float
    related: int = 0
    chosen: dict = field(default_factory=dict)  # method -> threshold and view chosen on the tune seed
    methods: list[dict] = field(default_factory=list)  # one per method (ours twice: chosen, default)


def _pick(evaluated: dict, threshold: float, view: str) -> dict | None:
    return next((s for s in evaluated["settings"] if _threshold(s["setting"]) == threshold and s["view"] == view), None)


def bench_size(
    size: int,
    seeds: list[str],
    *,
    seed: int,
    family: str,
    chosen: dict,
    default: float,
    log=print,
    exact: bool = True,
) -> SizeReport:
    start = time.perf_counter()
    library = make_library(seeds, size, seed, family)
    families = np.bincount([b.source for b in library.blocks if b.level is not None])
    report = SizeReport(
        size,
        family,
        len(library.blocks),
        len(library.sources),
        int(families.max(initial=0)),
        round(time.perf_counter() - start, 1),
        related=len(library.related),
        chosen=chosen,
    )
    texts = library.texts
    log(
        f"[{size}, families {family}] {len(texts)} blocks, {len(library.sources)} sources, largest family "
        f"{report.largest_family}, {len(library.related)} related paragraphs ({report.generate_seconds} s)"
    )
    runs: list[tuple[str, Run, float, str, int]] = []
    ours_thresholds = tuple(dict.fromkeys([chosen["ours"]["threshold"], default]))
    for name in chosen:
        function, _, threads = METHODS[name]
        for threshold in ours_thresholds if name == "ours" else (chosen[name]["threshold"],):
            run = measure(name, function, texts, (threshold,))  # a process and a time for each setting
            log(f"[{size}] {name} at {threshold}: {run.seconds:.1f} s wall, {run.cpu_seconds:.1f} s CPU")
            runs.append((name, run, threshold, chosen[name]["view"], threads))
    if exact and len(texts) <= EXACT_LIMIT:
        threshold = chosen["ours"]["threshold"]
        run = measure(EXACT, run_exact, texts, (threshold,))
        log(f"[{size}] {EXACT}: {run.seconds:.1f} s wall, {run.cpu_seconds:.1f} s CPU")
        runs.append((EXACT, run, threshold, chosen["ours"]["view"], THREADS))
    for name, run, threshold, view, threads in runs:
        evaluated = evaluate(run, library)
        label = name if name != "ours" or threshold == chosen["ours"]["threshold"] else "ours (default)"
        entry = {key: evaluated[key] for key in ("seconds", "cpu_seconds", "peak_mb", "error")}
        entry |= {"method": label, "threads": threads, "threshold": threshold, "view": view}
        entry["result"] = None if evaluated["error"] else _pick(evaluated, threshold, view)
        if name == "ours" and label == "ours" and threshold == default and len(ours_thresholds) == 1:
            entry["note"] = "the chosen threshold is the default"
        report.methods.append(entry)
    return report


def format_report(report: SizeReport) -> str:
    methods = [m for m in report.methods if m["result"]]
    rows = [*SUBSETS, "all"]
    width = 15
    lines = [
        f"== {report.blocks} blocks, families {report.family} (largest {report.largest_family}), "
        f"{report.sources} sources, {report.related} related paragraphs ==",
        "precision / recall of pairs by edit level and kind; each method at the setting chosen on the tune seed",
        f"{'':<12}" + "".join(f"{m['method']:>{width}}" for m in methods),
        f"{'setting':<12}" + "".join(f"{str(m['threshold']) + ' ' + m['view']:>{width}}" for m in methods),
    ]
    for row in rows:
        cells = "".join(
            f"{m['result']['quality'][row]['precision']:.4f}/{m['result']['quality'][row]['recall']:.4f}".rjust(width)
            for m in methods
        )
        lines.append(f"{row:<12}{cells}")
    lines.append(f"{'related':<12}" + "".join(f"{m['result']['related']['rate']:>{width}.4f}" for m in methods))
    for key, label, fmt in (
        ("seconds", "wall s", ".2f"),
        ("cpu_seconds", "CPU s", ".2f"),
        ("threads", "threads", "d"),
        ("peak_mb", "peak MB", ".0f"),
    ):
        lines.append(f"{label:<12}" + "".join(f"{format(m[key], fmt):>{width}}" for m in methods))
    for failed in (m for m in report.methods if not m["result"]):
        lines.append(f"{failed['method']} failed: {str(failed['error']).strip().splitlines()[-1]}")
    return "\n".join(lines)


def targets(report: SizeReport) -> list[tuple[str, bool]]:
    """Ours against each fair peer on every subset: recall at least the peer's where ours is at
    least as precise; faster than the peer from 100 000 blocks."""
    by_name = {m["method"]: m for m in report.methods if m["result"]}
    if "ours" not in by_name:
        return [("ours ran", False)]
    ours = by_name["ours"]
    checks = []
    for peer in ("minhash+verify", "cosine top-k"):
        if peer not in by_name:
            continue
        other = by_name[peer]
        for row in [*SUBSETS, "all"]:
            a, b = ours["result"]["quality"][row], other["result"]["quality"][row]
            checks.append(
                (
                    f"{row}: precision and recall ≥ {peer}'s",
                    a["precision"] >= b["precision"] - 1e-4 and a["recall"] >= b["recall"] - 1e-4,
                )
            )
        if report.blocks >= 100_000:
            checks.append((f"faster than {peer} (wall)", ours["seconds"] < other["seconds"]))
    return checks


def cpu_growth(reports: list[SizeReport]) -> list[str]:
    """Our CPU seconds at each size against the smallest, per family setting (target: ≤ 11x for 10x)."""
    lines = []
    for family in dict.fromkeys(r.family for r in reports):
        sized = sorted((r for r in reports if r.family == family), key=lambda r: r.blocks)
        cpu = [next(m["cpu_seconds"] for m in r.methods if m["method"] == "ours") for r in sized]
        for report, seconds in zip(sized[1:], cpu[1:]):
            lines.append(
                f"ours CPU, families {family}: {seconds:.1f} s at {report.blocks} blocks / {cpu[0]:.1f} s at "
                f"{sized[0].blocks} = {seconds / cpu[0]:.1f}x for {report.blocks / sized[0].blocks:.1f}x the blocks"
            )
    return lines


def build_parser() -> argparse.ArgumentParser:
    parser = reporting.parser(
        "groups", __doc__, [10_000, 100_000], "300 blocks to tune, 500 to run: runs and prints, checks no target"
    )
    parser.add_argument("--default-threshold", type=float, default=DEFAULT_THRESHOLD, help="our shipped threshold")
    parser.add_argument("--tune-seed", type=int, default=2, help="seed of the library the settings are chosen on")
    parser.add_argument("--tune-size", type=int, default=10_000, help="blocks of that library")
    parser.add_argument(
        "--families", nargs="+", default=["zipf"], help="copies per source: zipf, or fixed numbers such as 2 50 500"
    )
    parser.add_argument(
        "--methods",
        nargs="+",
        choices=[*METHODS, EXACT],
        default=[*METHODS, EXACT],
        help="methods to run (ours is always run: the others are measured against it)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    sizes = [SMOKE_SIZE] if args.smoke else args.sizes
    tune_size = SMOKE_TUNE_SIZE if args.smoke else args.tune_size
    if args.tune_seed == args.seed:
        raise SystemExit("--tune-seed must differ from --seed: settings are chosen on one and reported on another")
    seeds = seed_texts()
    log = lambda line: print(line, flush=True)  # noqa: E731
    reports = []
    methods = [name for name in METHODS if name == "ours" or name in args.methods]
    for family in args.families:
        chosen = tune(seeds, tune_size, args.tune_seed, family, args.smoke, log=log, methods=methods)
        for size in sizes:
            report = bench_size(
                size,
                seeds,
                seed=args.seed,
                family=family,
                chosen=chosen,
                default=args.default_threshold,
                log=log,
                exact=EXACT in args.methods,
            )
            reports.append(report)
            reporting.show(format_report(report), None if args.smoke else targets(report))
    for line in cpu_growth(reports):
        print(line)
    reporting.save(
        args.out,
        "groups",
        smoke=args.smoke,
        argv=argv,
        tune_seed=args.tune_seed,
        tune_size=tune_size,
        load_average=os.getloadavg(),
        reports=[asdict(r) for r in reports],
    )
    failed = [m for r in reports for m in r.methods if m["error"]]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
