"""Topics and outliers at library scale: where ``build_topics`` spends its time, in one run.

    python -m benchmarks.bench_topics                      # 10 000 and 100 000 blocks (minutes)
    python -m benchmarks.bench_topics --sizes 10000        # one size
    python -m benchmarks.bench_topics --smoke              # 2 000 blocks, seconds

On the synthetic library of ``benchmarks/synthetic.py`` (the generator of ``bench_groups``), each
size is grouped (``build_groups``), its canonical texts segmented (``Segmenter.tokens_many``,
not timed) and ``build_topics`` run with the number of topics chosen. Reported: CPU and wall
seconds of ``build_topics``, and of its outlier neighbour search (the full-vocabulary TF-IDF
product of each suspect with the library), for the texts it searched now (suspects that also
pass the linear common-word test) and for every suspect, as the previous release searched
them (measured in the same run on the same matrix; the outliers are the same, both tests being
required). Threads: scikit-learn and numpy use the BLAS threads of the machine; the sparse
products are single-threaded. Results go to stdout and, as JSON, to ``benchmarks/results/``.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass

from nlp.boilerplate import build_groups, default_segmenter, topics
from nlp.models import StoredBlock

from . import reporting
from .bench_groups import seed_texts
from .synthetic import synthetic_library

DOCUMENT_BLOCKS = 50  # blocks per synthetic document


@dataclass
class TopicsRun:
    blocks: int
    groups: int
    topics: int
    outliers: int
    topics_cpu: float
    topics_wall: float
    suspects: int  # texts the previous release searched for neighbours
    searched: int  # texts searched now
    search_cpu_now: float
    search_cpu_before: float


def _blocks(texts: list[str]) -> list[StoredBlock]:
    return [
        StoredBlock(i, i // DOCUMENT_BLOCKS, i % DOCUMENT_BLOCKS, "paragraph", None, None, text, "", "")
        for i, text in enumerate(texts)
    ]


@contextmanager
def _recorded(name: str, calls: list) -> Iterator[Callable]:
    """Record the arguments and CPU seconds of every call of ``topics.<name>`` meanwhile."""
    original = getattr(topics, name)

    def recording(*args):
        start = time.process_time()
        result = original(*args)
        calls.append((args, time.process_time() - start))
        return result

    setattr(topics, name, recording)
    try:
        yield original
    finally:
        setattr(topics, name, original)


def bench_size(size: int, seeds: list[str], seed: int) -> TopicsRun:
    library = synthetic_library(seeds, size, seed=seed)
    groups = build_groups(_blocks(library.texts))
    segmenter = default_segmenter()
    texts = [g.canonical_text for g in groups]
    tokens = dict(zip(texts, segmenter.tokens_many(texts)))
    searches, shares = [], []
    with _recorded("_max_neighbour_similarity", searches) as search, _recorded("_common_share", shares):
        wall, cpu = time.perf_counter(), time.process_time()
        topic_map = topics.build_topics(groups, tokens)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    suspects, before = 0, 0.0
    if shares and searches:
        (full, _), _ = searches[0]
        (_, suspect_rows), _ = shares[0]
        suspects = len(suspect_rows)
        start = time.process_time()
        search(full, suspect_rows)
        before = time.process_time() - start
    return TopicsRun(
        len(library.texts),
        len(groups),
        len(topic_map.topics),
        len(topic_map.outliers),
        round(cpu, 3),
        round(wall, 3),
        suspects,
        sum(len(args[1]) for args, _ in searches),
        round(sum(seconds for _, seconds in searches), 3),
        round(before, 3),
    )


def format_runs(runs: list[TopicsRun]) -> str:
    lines = [
        f"{'blocks':>8} {'groups':>7} {'topics':>6} {'outliers':>8} {'CPU s':>7} {'wall s':>7} "
        f"{'suspects':>8} {'searched':>8} {'search CPU s now':>16} {'before':>7}"
    ]
    lines += [
        f"{r.blocks:>8} {r.groups:>7} {r.topics:>6} {r.outliers:>8} {r.topics_cpu:>7.2f} {r.topics_wall:>7.2f} "
        f"{r.suspects:>8} {r.searched:>8} {r.search_cpu_now:>16.3f} {r.search_cpu_before:>7.3f}"
        for r in runs
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = reporting.parser("topics", __doc__, [10_000, 100_000], "one small library (2 000 blocks), seconds")
    args = parser.parse_args(argv)
    sizes = [2_000] if args.smoke else args.sizes
    seeds = seed_texts()
    load = os.getloadavg()
    runs = []
    for size in sizes:
        runs.append(bench_size(size, seeds, args.seed))
        print(format_runs(runs[-1:]).splitlines()[-1], flush=True)
    print(f"load average at the start: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; cores: {os.cpu_count()}")
    reporting.show(format_runs(runs), None)
    reporting.save(args.out, "topics", smoke=args.smoke, argv=argv, load_average=load, runs=[asdict(r) for r in runs])
    return 0


if __name__ == "__main__":
    sys.exit(main())
