"""Indexes saved beside the store: a restart's load against a rebuild, in one run.

    python -m benchmarks.bench_saved                      # 10 000 and 100 000 blocks
    python -m benchmarks.bench_saved --smoke              # 500 blocks, seconds

On the synthetic library of ``benchmarks/synthetic.py``: CPU seconds to build the near-duplicate
index (``LibraryGroups``) and the 查重 index (``library_index``) from the blocks, to save both
beside a store (``nlp.library.saved``), to load them back (what a restart does), and to bring the
loaded near-duplicate index to the same blocks (nothing changed: nothing to do); the files' sizes.
Single-threaded except rapidfuzz's verification in the build. Results go to stdout and, as JSON,
to ``benchmarks/results/``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from nlp.boilerplate import LibraryGroups
from nlp.boilerplate.groups import blocks_reader
from nlp.check import library_index
from nlp.library.saved import index_folder, load_index, save_index

from . import reporting
from .bench_groups import seed_texts
from .bench_topics import _blocks
from .synthetic import synthetic_library


@dataclass
class SavedRun:
    blocks: int
    build_cpu: float
    save_cpu: float
    load_cpu: float
    update_after_load: str
    update_cpu: float
    megabytes: float


def _cpu(function):
    start = time.process_time()
    result = function()
    return result, round(time.process_time() - start, 3)


def bench_size(size: int, seeds: list[str], seed: int) -> SavedRun:
    blocks = _blocks(synthetic_library(seeds, size, seed=seed).texts)
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "lib.sqlite3"

        def build():
            groups = LibraryGroups()
            groups.update([b.id for b in blocks], blocks_reader(blocks))
            return groups, library_index(blocks)

        (groups, check), build_cpu = _cpu(build)
        _, save_cpu = _cpu(lambda: (save_index(db, "groups", "r", groups), save_index(db, "check", "r", check)))
        (loaded, _), load_cpu = _cpu(lambda: (load_index(db, "groups").value, load_index(db, "check").value))
        status, update_cpu = _cpu(lambda: loaded.update([b.id for b in blocks], blocks_reader(blocks)))
        size_mb = sum(p.stat().st_size for p in index_folder(db).iterdir()) / 2**20
    return SavedRun(len(blocks), build_cpu, save_cpu, load_cpu, status, update_cpu, round(size_mb, 1))


def format_runs(runs: list[SavedRun]) -> str:
    lines = [f"{'blocks':>8} {'build CPU s':>11} {'save':>6} {'load':>6} {'update':>10} {'CPU s':>6} {'MB':>6}"]
    lines += [
        f"{r.blocks:>8} {r.build_cpu:>11.2f} {r.save_cpu:>6.2f} {r.load_cpu:>6.2f} {r.update_after_load:>10} "
        f"{r.update_cpu:>6.2f} {r.megabytes:>6.1f}"
        for r in runs
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = reporting.parser("saved", __doc__, [10_000, 100_000], "one small library (500 blocks), seconds")
    args = parser.parse_args(argv)
    seeds = seed_texts()
    load = os.getloadavg()
    runs = [bench_size(size, seeds, args.seed) for size in ([500] if args.smoke else args.sizes)]
    print(f"load average at the start: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; cores: {os.cpu_count()}")
    checks = [(f"{r.blocks}: load within a third of the build", r.load_cpu * 3 <= r.build_cpu) for r in runs]
    reporting.show(format_runs(runs), None if args.smoke else checks)
    reporting.save(args.out, "saved", smoke=args.smoke, argv=argv, load_average=load, runs=[asdict(r) for r in runs])
    return 0 if all(r.update_after_load == "unchanged" for r in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
