"""Topics and outliers at library scale: where ``build_topics`` spends its time, in one run.

    python -m benchmarks.bench_topics                      # 10 000 and 100 000 blocks (minutes)
    python -m benchmarks.bench_topics --sizes 10000        # one size
    python -m benchmarks.bench_topics --smoke              # 2 000 blocks, seconds

On the synthetic library of ``benchmarks/synthetic.py`` (the generator of ``bench_groups``), each
size is grouped (``build_groups``), its canonical texts segmented (``Segmenter.tokens_many``,
not timed) and ``build_topics`` run with the number of topics chosen. Reported: CPU and wall
seconds of ``build_topics``, and CPU seconds of the outlier neighbour test two ways on the same
full-vocabulary TF-IDF matrix in the same run: ours (``topics._neighbours_above``, prefix
filtering over the word postings) and the previous release's search (``previous_search``
below: the product of each text with the whole library, kept here only as the baseline). Both
are timed on the texts ``build_topics`` searched (suspects that pass the common-word test) and
on every suspect (what a library of many stray pages would ask); their answers are compared.
Threads: the sparse products are single-threaded. Results go to stdout and, as JSON, to
``benchmarks/results/``.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass

import numpy as np
from scipy import sparse

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
    suspects: int  # texts that fit their topic badly and occur once
    searched: int  # those that also pass the common-word test: the texts build_topics searched
    search_cpu_now: float  # ours on the searched texts
    search_cpu_before: float  # the previous search on the searched texts
    all_suspects_cpu_now: float  # ours on every suspect
    all_suspects_cpu_before: float  # the previous search on every suspect
    same: bool  # both searches answer alike for every suspect


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


def previous_search(full: sparse.csr_matrix, rows: np.ndarray) -> np.ndarray:
    """The previous release's neighbour search: for each row index, the highest cosine with any
    other row of ``full``, by the product of the rows with the whole library (the baseline)."""
    best = np.zeros(len(rows))
    for start in range(0, len(rows), 512):
        chunk = rows[start : start + 512]
        sims = (full[chunk] @ full.T).tocoo()
        other = sims.col != chunk[sims.row]
        np.maximum.at(best[start : start + len(chunk)], sims.row[other], sims.data[other])
    return best


def _cpu(function: Callable, *args):
    start = time.process_time()
    result = function(*args)
    return result, time.process_time() - start


def bench_size(size: int, seeds: list[str], seed: int) -> TopicsRun:
    library = synthetic_library(seeds, size, seed=seed)
    groups = build_groups(_blocks(library.texts))
    segmenter = default_segmenter()
    texts = [g.canonical_text for g in groups]
    tokens = dict(zip(texts, segmenter.tokens_many(texts)))
    searches, shares = [], []
    with _recorded("_neighbours_above", searches) as search, _recorded("_common_share", shares):
        wall, cpu = time.perf_counter(), time.process_time()
        topic_map = topics.build_topics(groups, tokens)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    suspects = searched = 0
    now = before = all_now = all_before = 0.0
    same = True
    if shares and searches:
        (full, searched_rows, threshold), _ = searches[0]
        (_, suspect_rows), _ = shares[0]
        suspects, searched = len(suspect_rows), len(searched_rows)
        _, now = _cpu(search, full, searched_rows, threshold)
        _, before = _cpu(previous_search, full, searched_rows)
        found, all_now = _cpu(search, full, suspect_rows, threshold)
        best, all_before = _cpu(previous_search, full, suspect_rows)
        same = bool((found == (best >= threshold)).all())
    return TopicsRun(
        len(library.texts),
        len(groups),
        len(topic_map.topics),
        len(topic_map.outliers),
        round(cpu, 3),
        round(wall, 3),
        suspects,
        searched,
        round(now, 4),
        round(before, 4),
        round(all_now, 4),
        round(all_before, 4),
        same,
    )


def format_runs(runs: list[TopicsRun]) -> str:
    lines = [
        f"{'blocks':>8} {'groups':>7} {'topics':>6} {'outliers':>8} {'CPU s':>7} {'wall s':>7} "
        f"{'suspects':>8} {'searched':>8} {'search CPU s ours':>17} {'before':>7} "
        f"{'all suspects: ours':>18} {'before':>7} {'same':>5}"
    ]
    lines += [
        f"{r.blocks:>8} {r.groups:>7} {r.topics:>6} {r.outliers:>8} {r.topics_cpu:>7.2f} {r.topics_wall:>7.2f} "
        f"{r.suspects:>8} {r.searched:>8} {r.search_cpu_now:>17.3f} {r.search_cpu_before:>7.3f} "
        f"{r.all_suspects_cpu_now:>18.3f} {r.all_suspects_cpu_before:>7.3f} {'yes' if r.same else 'NO':>5}"
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
