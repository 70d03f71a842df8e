"""Near-duplicate grouping: quality and speed against the plain all-pairs product and a peer.

    python -m benchmarks.bench_groups                      # 10 000 and 100 000 blocks (minutes)
    python -m benchmarks.bench_groups --sizes 10000        # one size
    python -m benchmarks.bench_groups --smoke              # 2 000 blocks, well under a minute

On a synthetic library with known ground truth (``benchmarks/synthetic.py``) three methods group
the blocks, each from the same raw texts and the same normal form (``comparison_text``):

- ours: ``nlp.boilerplate.groups.NearDuplicateIndex`` (rare-shingle candidates, Indel verification, split groups),
  at the default threshold and, to choose that default, at each threshold of ``OUR_THRESHOLDS``;
- baseline: character 2-3-gram TF-IDF (scikit-learn) and the plain all-pairs product ``X @ X.T``
  (in row chunks), thresholded; groups are its connected components;
- peer: datasketch ``MinHashLSH`` over character 3-gram shingles, no verification; its pairs,
  and groups as their connected components;
- peer+verify: the peer's candidates at its lowest threshold, verified by our similarity and
  length rules at our threshold (what a real MinHash pipeline does); groups as components.

Baseline and peer are reported at the threshold (and for the peer the view, pairs or groups)
with the best F1 over all blocks. Quality is precision and recall of near-duplicate pairs:
blocks from one source cluster are a true pair. Per edit level, the pairs among that level's
copies and the unrelated paragraphs count. Each method runs in a forked process of its own, so
its time and its peak memory (resident set growth over the loaded library) are its alone.
Results go to stdout and, as JSON, to ``benchmarks/results/``.
"""

from __future__ import annotations

import argparse
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
from nlp.boilerplate.groups import NearDuplicateIndex, _required, _similarities
from nlp.library import parse_file

from . import reporting
from .synthetic import LEVELS, SyntheticLibrary, synthetic_library

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
BASELINE_THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
PEER_THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7)
OUR_THRESHOLDS = (0.6, 0.65, 0.7, 0.75, 0.8)  # the sweep the default threshold is chosen from
PEER_SHINGLE = 3
PEER_PERMUTATIONS = 128
SUBSETS = {f"{round(level * 100)}%": (level,) for level in LEVELS} | {"≤5%": (0.02, 0.05), "all": LEVELS}


def seed_texts(corpus: Path = CORPUS) -> list[str]:
    """The paragraphs and items of the seed corpus."""
    texts = []
    for path in sorted(corpus.glob("*.txt")):
        result = parse_file(path.read_bytes(), path.name)
        texts += [b.text for d in result.documents for b in d.blocks if b.type != "heading"]
    return texts


# --- the methods ----------------------------------------------------------------------------


@dataclass
class Grouping:
    """One method's answer: a group label per block, and its direct pairs where it has them."""

    labels: np.ndarray
    pairs: tuple[np.ndarray, np.ndarray] | None = None


def _labels_from_pairs(n: int, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    graph = sparse.coo_matrix((np.ones(len(left), dtype=np.int8), (left, right)), shape=(n, n))
    return connected_components(graph, directed=False)[1]


def run_ours(texts: Sequence[str], threshold: float) -> dict[str, Grouping]:
    labels = np.empty(len(texts), dtype=np.int64)
    for number, cluster in enumerate(NearDuplicateIndex(threshold=threshold).fit(texts).clusters()):
        labels[list(cluster.members)] = number
    return {f"threshold {threshold}": Grouping(labels)}


def run_baseline(
    texts: Sequence[str], thresholds: Sequence[float] = BASELINE_THRESHOLDS, chunk: int = 1000
) -> dict[str, Grouping]:
    """All-pairs cosine of char 2-3-gram TF-IDF vectors; one pass collects the pairs above the
    lowest threshold, the others are read off it."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    forms = comparison_forms(texts).texts
    vectors = TfidfVectorizer(analyzer="char", ngram_range=(2, 3), lowercase=False).fit_transform(forms)
    vectors_t = vectors.T.tocsr()
    lowest = min(thresholds)
    left, right, score = [], [], []
    for start in range(0, len(forms), chunk):
        product = (vectors[start : start + chunk] @ vectors_t).tocoo()
        keep = (product.data >= lowest) & (product.row + start < product.col)
        left.append(product.row[keep] + start)
        right.append(product.col[keep])
        score.append(product.data[keep])
    left, right, score = np.concatenate(left), np.concatenate(right), np.concatenate(score)
    results = {}
    for threshold in thresholds:
        keep = score >= threshold
        pairs = (left[keep], right[keep])
        results[f"threshold {threshold}"] = Grouping(_labels_from_pairs(len(forms), *pairs), pairs)
    return results


def run_peer(texts: Sequence[str], threshold: float) -> dict[str, Grouping]:
    """datasketch MinHashLSH at one threshold: its candidate pairs, unverified."""
    pairs = _minhash_pairs(texts, threshold)
    return {f"threshold {threshold}": Grouping(_labels_from_pairs(len(texts), *pairs), pairs)}


def run_peer_verified(texts: Sequence[str], lsh_threshold: float, threshold: float) -> dict[str, Grouping]:
    """datasketch MinHashLSH candidates verified as ours are (the same similarity and length
    rules at the same threshold): the verified pairs and their connected components."""
    left, right = _minhash_pairs(texts, lsh_threshold)
    forms = comparison_forms(texts)
    lengths = np.fromiter(map(len, forms.texts), dtype=np.int64, count=len(forms.texts))
    scores = _similarities(forms, left, right)
    keep = scores >= _required(threshold, np.minimum(lengths[left], lengths[right]))
    pairs = (left[keep], right[keep])
    return {f"LSH {lsh_threshold}, verified at {threshold}": Grouping(_labels_from_pairs(len(texts), *pairs), pairs)}


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


@dataclass
class Run:
    method: str
    seconds: float
    peak_mb: float
    results: dict[str, Grouping]
    error: str | None = None


def _rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _measure(function: Callable, args: tuple) -> tuple[float, float, dict]:
    start_rss = _rss_mb()
    start = time.perf_counter()
    results = function(*args)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    return seconds, max(0.0, peak - start_rss), results


def _child(connection, function, args) -> None:
    try:
        connection.send(_measure(function, args))
    except Exception:  # noqa: BLE001 -- the parent reports it; a benchmark run must not hang
        connection.send(traceback.format_exc())
    finally:
        connection.close()


def measure(method: str, function: Callable, *args) -> Run:
    """Run ``function(*args)`` in a forked process: its wall time and peak memory growth."""
    if "fork" not in multiprocessing.get_all_start_methods() or not os.path.exists("/proc/self/statm"):
        seconds, _, results = _measure_plain(function, args)
        return Run(method, seconds, float("nan"), results)
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
    seconds, peak_mb, results = answer
    return Run(method, seconds, peak_mb, results)


def _measure_plain(function: Callable, args: tuple) -> tuple[float, float, dict]:
    start = time.perf_counter()
    results = function(*args)
    return time.perf_counter() - start, float("nan"), results


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
    level = np.array([b.level if b.level is not None else 0.0 for b in library.blocks])
    unrelated = level == 0.0
    masks = {name: unrelated | np.isin(level, levels) for name, levels in SUBSETS.items()}
    masks["all"] = np.ones(len(level), dtype=bool)
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


@dataclass
class SizeReport:
    size: int
    blocks: int
    sources: int
    generate_seconds: float
    related: int = 0
    methods: list[dict] = field(default_factory=list)
    sweep: list[dict] = field(default_factory=list)  # ours at each threshold of the sweep


def bench_size(
    size: int,
    seeds: list[str],
    *,
    threshold: float,
    seed: int,
    with_baseline: bool,
    peer_thresholds: Sequence[float],
    sweep: Sequence[float] = (),
    log=print,
) -> SizeReport:
    start = time.perf_counter()
    library = synthetic_library(seeds, size, seed=seed)
    report = SizeReport(
        size, len(library.blocks), len(library.sources), time.perf_counter() - start, related=len(library.related)
    )
    texts = library.texts
    log(
        f"[{size}] 合成文库：{len(texts)} 块，{len(library.sources)} 个来源，其中 {len(library.related)} 个改写过半的相关段落"
        f"（{report.generate_seconds:.1f} 秒）"
    )

    runs = [measure("ours", run_ours, texts, threshold)]
    log(f"[{size}] ours: {runs[-1].seconds:.2f} s")
    swept = [measure("ours", run_ours, texts, t) for t in sweep if t != threshold]
    if swept:
        log(
            f"[{size}] ours at other thresholds: "
            + ", ".join(f"{t}: {r.seconds:.1f} s" for t, r in zip([t for t in sweep if t != threshold], swept))
        )
    # The peer's time is that of its best threshold; each threshold is a full run of its own.
    peer_runs = [measure("peer", run_peer, texts, t) for t in peer_thresholds]
    peer_evaluated = [evaluate(r, library) for r in peer_runs]
    best_peer = max(
        range(len(peer_runs)),
        key=lambda k: peer_evaluated[k]["settings"][0]["f1"] if peer_evaluated[k]["settings"] else -1,
    )
    log(f"[{size}] peer: " + ", ".join(f"{t}: {r.seconds:.1f} s" for t, r in zip(peer_thresholds, peer_runs)))
    runs.append(measure("peer+verify", run_peer_verified, texts, min(peer_thresholds), threshold))
    log(f"[{size}] peer+verify: {runs[-1].seconds:.1f} s")
    if with_baseline:
        runs.append(measure("baseline", run_baseline, texts))
        log(f"[{size}] baseline: {runs[-1].seconds:.1f} s")
    report.methods = [evaluate(r, library) for r in runs]
    report.sweep = sorted(
        (evaluate(r, library) for r in [runs[0], *swept]),
        key=lambda e: e["settings"][0]["setting"] if e["settings"] else "",
    )
    peer = peer_evaluated[best_peer]
    peer["all_thresholds"] = [
        {
            "threshold": t,
            "seconds": e["seconds"],
            "peak_mb": e["peak_mb"],
            "best": e["settings"][0] if e["settings"] else None,
        }
        for t, e in zip(peer_thresholds, peer_evaluated)
    ]
    report.methods.insert(1, peer)
    return report


def format_report(report: SizeReport) -> str:
    columns = list(SUBSETS)
    header = (
        f"{'method':<9} {'setting':<22} "
        + " ".join(f"{c:>13}" for c in columns)
        + f" {'related':>8} {'time s':>8} {'peak MB':>8}"
    )
    lines = [
        f"== {report.blocks} blocks, {report.sources} sources ({report.related} related paragraphs) ==",
        (
            "precision / recall of near-duplicate pairs by edit level; related: share of the pairs"
            " (copy of a source, copy of its related paragraph) wrongly put together"
        ),
        header,
    ]
    by_name = {m["method"]: m for m in report.methods}
    for method in report.methods:
        if method["error"] or not method["settings"]:
            lines.append(f"{method['method']:<9} failed: {str(method['error']).strip().splitlines()[-1]}")
            continue
        best = method["settings"][0]
        cells = " ".join(
            f"{best['quality'][c]['precision']:.4f}/{best['quality'][c]['recall']:.4f}"[:13].rjust(13) for c in columns
        )
        setting = f"{best['setting']} {best['view']}"
        lines.append(
            f"{method['method']:<9} {setting:<22} {cells} {best['related']['rate']:>8.4f} "
            f"{method['seconds']:>8.2f} {method['peak_mb']:>8.0f}"
        )
    if len(report.sweep) > 1:
        lines.append("ours by threshold")
        for run in report.sweep:
            if run["settings"]:
                best = run["settings"][0]
                cells = " ".join(
                    f"{best['quality'][c]['precision']:.4f}/{best['quality'][c]['recall']:.4f}".rjust(13)
                    for c in columns
                )
                lines.append(
                    f"{'':<9} {best['setting']:<22} {cells} {best['related']['rate']:>8.4f} "
                    f"{run['seconds']:>8.2f} {run['peak_mb']:>8.0f}"
                )
    ours = by_name.get("ours")
    if ours and ours["seconds"] == ours["seconds"]:
        for other in ("baseline", "peer"):
            if other in by_name and by_name[other]["seconds"] == by_name[other]["seconds"]:
                lines.append(f"{other} time / ours: {by_name[other]['seconds'] / ours['seconds']:.1f}x")
    return "\n".join(lines)


def targets(report: SizeReport) -> list[tuple[str, bool]]:
    """The issue's targets, checked on one size."""
    by_name = {m["method"]: m for m in report.methods if m["settings"]}
    checks = []
    if "ours" not in by_name:
        return [("ours ran", False)]
    ours = by_name["ours"]["settings"][0]["quality"]
    checks.append(("≤5% edits: precision ≥ 0.99", ours["≤5%"]["precision"] >= 0.99))
    checks.append(("≤5% edits: recall ≥ 0.97", ours["≤5%"]["recall"] >= 0.97))
    if "peer" in by_name:
        peer = by_name["peer"]["settings"][0]["quality"]
        curve = [run["settings"][0]["quality"] for run in report.sweep if run["settings"]] or [ours]
        for name in SUBSETS:
            # Our best recall among our thresholds at least as precise as the peer here.
            matched = [q[name]["recall"] for q in curve if q[name]["precision"] >= peer[name]["precision"]]
            checks.append(
                (
                    f"{name}: recall ≥ the peer's at the peer's precision",
                    bool(matched) and max(matched) >= peer[name]["recall"],
                )
            )
        checks.append(("no slower than the peer", by_name["ours"]["seconds"] <= by_name["peer"]["seconds"]))
    if "baseline" in by_name and report.blocks >= 100_000:
        checks.append(
            ("≥ 5x faster than the plain product", by_name["baseline"]["seconds"] >= 5 * by_name["ours"]["seconds"])
        )
    return checks


def build_parser() -> argparse.ArgumentParser:
    parser = reporting.parser(
        "groups", __doc__, [10_000, 100_000], "one small library (2 000 blocks): runs and prints, checks no target"
    )
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD, help="our similarity threshold")
    parser.add_argument(
        "--skip-baseline-above",
        type=int,
        default=None,
        metavar="N",
        help="leave out the plain product for libraries of more than N blocks",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    sizes = [2_000] if args.smoke else args.sizes
    peer_thresholds = (0.4, 0.5) if args.smoke else PEER_THRESHOLDS
    seeds = seed_texts()
    reports = []
    for size in sizes:
        with_baseline = args.skip_baseline_above is None or size <= args.skip_baseline_above
        report = bench_size(
            size,
            seeds,
            threshold=args.threshold,
            seed=args.seed,
            with_baseline=with_baseline,
            peer_thresholds=peer_thresholds,
            sweep=() if args.smoke else OUR_THRESHOLDS,
            log=lambda line: print(line, flush=True),
        )
        reports.append(report)
        reporting.show(format_report(report), None if args.smoke else targets(report))
    reporting.save(
        args.out, "groups", smoke=args.smoke, argv=argv, threshold=args.threshold, reports=[asdict(r) for r in reports]
    )
    failed = [m for r in reports for m in r.methods if m["error"]]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
