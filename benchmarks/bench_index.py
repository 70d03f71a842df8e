"""Index build and incremental add: against bare segmentation, in one run.

    python -m benchmarks.bench_index                      # 10 000 and 100 000 blocks (several minutes)
    python -m benchmarks.bench_index --repeat 2           # the same, best of two runs of each measurement
    python -m benchmarks.bench_index --sizes 10000        # one size
    python -m benchmarks.bench_index --smoke              # 500 blocks, seconds

On the synthetic library of ``benchmarks/synthetic.py`` (the same generator and seed as
``bench_groups``), for each size:

1. bare segmentation of every block text: the project's ``Segmenter`` (``cut``) with its rjieba
   engine and with its jieba engine (its own ``jieba.Tokenizer`` with the domain dictionary), and
   plain ``jieba.lcut`` (jieba's module tokenizer, the issue's reference);
2. the full index build: segmentation of every distinct text (``Segmenter.tokens``: cut and
   content words), word TF-IDF over them (scikit-learn's ``TfidfVectorizer``, as the topics use it),
   the near-duplicate index and its groups (``nlp.groups.NearDuplicateIndex``: normal forms,
   shingle postings and candidates, verification, groups); once with the rjieba engine (what the
   project ships) and once with the jieba engine, each as a ratio to its own bare segmentation;
3. adding documents of ``DOCUMENT_BLOCKS`` blocks (blocks from the same generator, not in the
   library) one at a time to the indexed library: segmentation of their new texts, TF-IDF rows,
   near-duplicate candidates, verification and group update, as a ratio to the full build;
   afterwards the index's groups are compared with a rebuild from scratch;
4. peak memory: each step runs in a forked process of its own; its resident-set growth (for the
   build, measured before documents are added; the comparison with a rebuild is not counted).

Dictionary loading (``Segmenter()``, ``jieba.initialize()``) happens once per process and is
not timed. ``--repeat N`` runs each segmentation and build N times and keeps the fastest (on a
shared machine the slower runs measure the neighbours). Results go to stdout and, as JSON, to
``benchmarks/results/``.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field

from sklearn.feature_extraction.text import TfidfVectorizer

from nlp.boilerplate import Segmenter
from nlp.boilerplate.groups import DEFAULT_THRESHOLD, NearDuplicateIndex
from nlp.boilerplate.topics import pre_tokenized

from . import reporting
from .bench_groups import _rss_mb as rss_mb
from .bench_groups import measure, seed_texts
from .synthetic import synthetic_library

DOCUMENT_BLOCKS = 30
ADDED_DOCUMENTS = 20
BUILD_TARGET = 1.5  # a full build at most this many times bare segmentation
ADD_TARGET = 0.01  # adding one document at most this share of a full build
SEGMENTERS = ("rjieba", "jieba", "jieba.lcut")


def peak_mb() -> float:
    """The process's peak resident set so far (Linux reports kB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def megabytes(texts: Sequence[str]) -> float:
    return sum(len(text.encode("utf-8")) for text in texts) / 1e6


# --- the measured steps (each runs in a forked process) -------------------------------------


def bare_segmentation(texts: Sequence[str], reference: str) -> dict:
    """Seconds to cut every text: ``reference`` "rjieba" or "jieba" (our Segmenter's engines) or "jieba.lcut"."""
    if reference == "jieba.lcut":
        import jieba

        jieba.initialize()
        cut = jieba.lcut
    else:
        cut = Segmenter(engine=reference).cut
    start = time.perf_counter()
    for text in texts:
        cut(text)
    return {"seconds": time.perf_counter() - start}


@dataclass
class LibraryIndex:
    """Everything the full build makes: tokens' TF-IDF rows and the near-duplicate index."""

    segmenter: Segmenter
    terms: TfidfVectorizer = field(default_factory=lambda: TfidfVectorizer(analyzer=pre_tokenized, sublinear_tf=True))
    groups: NearDuplicateIndex = field(default_factory=NearDuplicateIndex)
    rows: dict[str, int] = field(default_factory=dict)  # distinct text -> its TF-IDF row

    def build(self, texts: Sequence[str]) -> dict[str, float]:
        clock = time.perf_counter()
        distinct = list(dict.fromkeys(texts))
        tokens = self.segmenter.tokens_many(distinct)
        segmented = time.perf_counter()
        self.terms.fit_transform(tokens)
        self.rows = dict(zip(distinct, range(len(distinct))))
        weighted = time.perf_counter()
        self.groups.fit(texts)
        self.groups.clusters()
        grouped = time.perf_counter()
        timings = {"segmentation": segmented - clock, "word TF-IDF": weighted - segmented}
        timings.update(self.groups.timings_)
        timings["groups"] = grouped - weighted - sum(self.groups.timings_.values()) + self.groups.timings_["groups"]
        timings["total"] = grouped - clock
        return timings

    def add(self, texts: Sequence[str]) -> None:
        """One document: its new texts segmented and counted, its blocks grouped."""
        new = [text for text in dict.fromkeys(texts) if text not in self.rows]
        self.terms.transform(self.segmenter.tokens_many(new))
        self.rows.update(zip(new, range(len(self.rows), len(self.rows) + len(new))))
        self.groups.add(texts)


def build_and_add(texts: Sequence[str], documents: Sequence[Sequence[str]], engine: str, compare: bool) -> dict:
    """The full build of ``texts``; then each document added, timed; then the groups against a rebuild."""
    start_mb = rss_mb()
    index = LibraryIndex(Segmenter(engine=engine))
    report = {"build": index.build(texts), "adds": []}
    report["build_peak_mb"] = peak_mb() - start_mb
    for document in documents:
        start = time.perf_counter()
        index.add(document)
        report["adds"].append(time.perf_counter() - start)
    report["adds_peak_mb"] = peak_mb() - start_mb
    if compare and documents:
        everything = list(texts) + [text for document in documents for text in document]
        report["agreement"] = agreement(index.groups.clusters(), NearDuplicateIndex().fit(everything).clusters())
    return report


def agreement(incremental, rebuilt) -> dict:
    """How many texts are in the same group (same members) after adding as after a rebuild."""

    def group_of(clusters):
        found = {}
        for cluster in clusters:
            members = frozenset(cluster.members)
            for member in cluster.members:
                found[member] = members
        return found

    ours, theirs = group_of(incremental), group_of(rebuilt)
    differing = sum(ours[i] != theirs[i] for i in theirs)
    same_canonical = {c.members: c.canonical for c in rebuilt}
    return {
        "texts": len(theirs),
        "texts_in_a_different_group": differing,
        "groups_identical": [(c.canonical, c.members, c.similarity) for c in incremental]
        == [(c.canonical, c.members, c.similarity) for c in rebuilt],
        "canonical_differs": sum(same_canonical.get(c.members, c.canonical) != c.canonical for c in incremental),
    }


# --- the run --------------------------------------------------------------------------------


@dataclass
class SizeReport:
    size: int
    megabytes: float
    distinct_texts: int
    segmentation: dict = field(default_factory=dict)  # reference -> {seconds, peak_mb}
    builds: dict = field(default_factory=dict)  # engine -> {phases, seconds, peak_mb}
    adds: list[float] = field(default_factory=list)
    adds_peak_mb: float = float("nan")  # build and adds, before the comparison
    agreement: dict = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def bench_size(
    size: int, seeds: list[str], *, seed: int, documents: int, engines: Sequence[str], repeat: int = 1, log=print
) -> SizeReport:
    library = synthetic_library(seeds, size + documents * DOCUMENT_BLOCKS, seed=seed)
    all_texts = library.texts
    texts, extra = all_texts[:size], all_texts[size:]
    added = [extra[i : i + DOCUMENT_BLOCKS] for i in range(0, len(extra), DOCUMENT_BLOCKS)]
    report = SizeReport(size, round(megabytes(texts), 2), len(set(texts)))
    log(
        f"[{size}] {size} 块，{report.megabytes} MB（UTF-8），{report.distinct_texts} 个不同文本；"
        f"另有 {len(added)} 篇各 {DOCUMENT_BLOCKS} 块的文档用于增量添加"
    )
    for reference in SEGMENTERS:
        runs = [measure(reference, bare_segmentation, texts, reference) for _ in range(repeat)]
        if any(r.error for r in runs):
            report.errors.extend(r.error for r in runs if r.error)
            continue
        run = min(runs, key=lambda r: r.results["seconds"])
        report.segmentation[reference] = {
            "seconds": run.results["seconds"],
            "peak_mb": run.peak_mb,
            "all_seconds": [r.results["seconds"] for r in runs],
        }
        log(
            f"[{size}] bare segmentation, {reference}: {run.results['seconds']:.2f} s "
            f"({report.megabytes / run.results['seconds']:.1f} MB/s)"
        )
    for number, engine in enumerate(engines):
        # The adds and the comparison run once, with the first engine; further runs build only.
        runs = [
            measure(engine, build_and_add, texts, added if number == k == 0 else [], engine, number == k == 0)
            for k in range(repeat)
        ]
        if any(r.error for r in runs):
            report.errors.extend(r.error for r in runs if r.error)
            continue
        first, best = runs[0], min(runs, key=lambda r: r.results["build"]["total"])
        build = best.results["build"]
        report.builds[engine] = {
            "phases": build,
            "seconds": build["total"],
            "peak_mb": first.results["build_peak_mb"],
            "all_seconds": [r.results["build"]["total"] for r in runs],
        }
        log(
            f"[{size}] full build, {engine} engine: {build['total']:.2f} s ("
            + ", ".join(f"{phase} {seconds:.2f}" for phase, seconds in build.items() if phase != "total")
            + ")"
        )
        if number == 0:
            report.adds = first.results["adds"]
            report.adds_peak_mb = first.results["adds_peak_mb"]
            report.agreement = first.results.get("agreement", {})
    return report


def ratios(report: SizeReport) -> dict[str, float]:
    seg, builds = report.segmentation, report.builds
    out = {}
    if "rjieba" in builds and "rjieba" in seg:
        out["build (rjieba) / bare rjieba"] = builds["rjieba"]["seconds"] / seg["rjieba"]["seconds"]
    if "jieba" in builds and "jieba" in seg:
        out["build (jieba engine) / bare jieba engine"] = builds["jieba"]["seconds"] / seg["jieba"]["seconds"]
    if "jieba" in builds and "jieba.lcut" in seg:
        out["build (jieba engine) / bare jieba.lcut"] = builds["jieba"]["seconds"] / seg["jieba.lcut"]["seconds"]
    if "rjieba" in builds and "jieba.lcut" in seg:
        out["build (rjieba) / bare jieba.lcut"] = builds["rjieba"]["seconds"] / seg["jieba.lcut"]["seconds"]
    if report.adds and "rjieba" in builds:
        out["add one document (median) / build"] = statistics.median(report.adds) / builds["rjieba"]["seconds"]
        out["add one document (slowest) / build"] = max(report.adds) / builds["rjieba"]["seconds"]
    return out


def format_report(report: SizeReport) -> str:
    lines = [f"== {report.size} blocks ({report.megabytes} MB, {report.distinct_texts} distinct texts) =="]
    for reference, run in report.segmentation.items():
        lines.append(
            f"bare segmentation {reference:<11} {run['seconds']:8.2f} s  {report.megabytes / run['seconds']:6.1f} MB/s"
            f"  peak {run['peak_mb']:6.0f} MB"
        )
    for engine, build in report.builds.items():
        phases = ", ".join(f"{p} {s:.2f}" for p, s in build["phases"].items() if p != "total")
        lines.append(
            f"full build ({engine:<6} engine) {build['seconds']:8.2f} s  peak {build['peak_mb']:6.0f} MB  [{phases}]"
        )
    if report.adds:
        adds = report.adds
        lines.append(
            f"add one document of {DOCUMENT_BLOCKS} blocks: median {statistics.median(adds) * 1000:.1f} ms,"
            f" first {adds[0] * 1000:.1f} ms, slowest {max(adds) * 1000:.1f} ms ({len(adds)} documents);"
            f" peak with the build {report.adds_peak_mb:.0f} MB"
        )
    if report.agreement:
        a = report.agreement
        lines.append(
            f"after adding, against a rebuild: {a['texts_in_a_different_group']} of {a['texts']} texts in a"
            f" different group; groups identical (canonical texts and similarities too): {a['groups_identical']}"
        )
    for name, value in ratios(report).items():
        lines.append(f"{name}: {value:.4f}" if value < 0.1 else f"{name}: {value:.2f}x")
    for error in report.errors:
        lines.append("failed: " + error.strip().splitlines()[-1])
    return "\n".join(lines)


def targets(report: SizeReport) -> list[tuple[str, bool]]:
    found = ratios(report)
    checks = []
    for name in (
        "build (jieba engine) / bare jieba.lcut",
        "build (jieba engine) / bare jieba engine",
        "build (rjieba) / bare rjieba",
    ):
        if name in found:
            checks.append((f"{name} ≤ {BUILD_TARGET}", found[name] <= BUILD_TARGET))
    if "add one document (median) / build" in found:
        checks.append(
            (
                f"add one document ≤ {ADD_TARGET:.0%} of a full build",
                found["add one document (median) / build"] <= ADD_TARGET,
            )
        )
    return checks


def build_parser() -> argparse.ArgumentParser:
    parser = reporting.parser(
        "index", __doc__, [10_000, 100_000], "one small library (500 blocks): runs and prints, checks no target"
    )
    parser.add_argument("--documents", type=int, default=ADDED_DOCUMENTS, help="documents added one at a time")
    parser.add_argument(
        "--engines",
        nargs="+",
        default=["rjieba", "jieba"],
        choices=["rjieba", "jieba"],
        help="segmenter engines of the full build (the first also adds documents)",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        metavar="N",
        help="run each segmentation and build N times and keep the fastest (a shared machine's noise)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    sizes = [500] if args.smoke else args.sizes
    documents = 3 if args.smoke else args.documents
    seeds = seed_texts()
    reports = []
    for size in sizes:
        report = bench_size(
            size,
            seeds,
            seed=args.seed,
            documents=documents,
            engines=args.engines,
            repeat=max(1, args.repeat),
            log=lambda line: print(line, flush=True),
        )
        reports.append(report)
        reporting.show(format_report(report), None if args.smoke else targets(report))
    reporting.save(
        args.out,
        "index",
        smoke=args.smoke,
        argv=argv,
        threshold=DEFAULT_THRESHOLD,
        document_blocks=DOCUMENT_BLOCKS,
        reports=[asdict(r) | {"ratios": ratios(r)} for r in reports],
    )
    return 1 if any(r.errors for r in reports) else 0


if __name__ == "__main__":
    sys.exit(main())
