"""Near-duplicate grouping when a paragraph is copied by very many plans: families of any size.

    python -m benchmarks.bench_families                    # families of 2, 50, 500, 5 000 in 10 000 blocks
    python -m benchmarks.bench_families --families 500     # one family size
    python -m benchmarks.bench_families --smoke            # families of 2, 20, 200 in 600 blocks, seconds

A synthetic library (``benchmarks/synthetic.py``) of ``--blocks`` blocks whose sources are each
copied exactly N times (the copies edited as in ``bench_groups``), a tenth unrelated paragraphs;
the ground truth is the generator's (which copy of which source). Two settings of our index
group it from the same texts:

- representatives: ``NearDuplicateIndex()`` as shipped: a text with more than ``FAMILY_LIMIT``
  candidates is verified against its family's ``REPRESENTATIVES`` most central candidates;
- all pairs: ``NearDuplicateIndex(family_limit=None)``, every candidate pair verified (the
  previous release).

For each: wall and CPU seconds of ``fit`` (CPU counts every thread: rapidfuzz verifies a batch of
``PARALLEL_PAIRS`` pairs or more on every core), candidate pairs verified, and precision and
recall of near-duplicate pairs (blocks grouped together against blocks of one source cluster).
Results go to stdout and, as JSON, to ``benchmarks/results/``.
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import asdict, dataclass

import numpy as np

from nlp.boilerplate.groups import FAMILY_LIMIT, PARALLEL_PAIRS, REPRESENTATIVES, NearDuplicateIndex

from . import reporting
from .bench_groups import Grouping, quality, seed_texts
from .synthetic import synthetic_library

FAMILIES = [2, 50, 500, 5_000]
SMOKE_FAMILIES = [2, 20, 200]
SMOKE_BLOCKS = 600
UNRELATED_SHARE = 0.1
SETTINGS = {"representatives": FAMILY_LIMIT, "all pairs": None}


@dataclass
class Measured:
    family: int
    setting: str
    blocks: int
    wall_seconds: float
    cpu_seconds: float
    threads: int
    compared_pairs: int
    precision: float
    recall: float
    groups: int


def measure(texts: list[str], truth: np.ndarray, family: int, setting: str) -> Measured:
    wall, cpu = time.perf_counter(), time.process_time()
    index = NearDuplicateIndex(family_limit=SETTINGS[setting]).fit(texts)
    clusters = index.clusters()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    labels = np.empty(len(texts), dtype=np.int64)
    for number, cluster in enumerate(clusters):
        labels[list(cluster.members)] = number
    scores = quality(Grouping(labels), truth, np.ones(len(texts), dtype=bool), "groups")
    threads = os.cpu_count() or 1 if index.compared_pairs_ >= PARALLEL_PAIRS else 1
    return Measured(
        family,
        setting,
        len(texts),
        round(wall, 3),
        round(cpu, 3),
        threads,
        index.compared_pairs_,
        round(scores.precision, 4),
        round(scores.recall, 4),
        len(clusters),
    )


def format_rows(rows: list[Measured]) -> str:
    lines = [
        f"families of N copies (representatives: {REPRESENTATIVES} for a text with more than {FAMILY_LIMIT} candidates)",
        f"{'N':>6} {'setting':<16} {'blocks':>7} {'wall s':>8} {'CPU s':>8} {'threads':>7} "
        f"{'verified pairs':>15} {'precision':>9} {'recall':>7}",
    ]
    lines += [
        f"{r.family:>6} {r.setting:<16} {r.blocks:>7} {r.wall_seconds:>8.2f} {r.cpu_seconds:>8.2f} {r.threads:>7} "
        f"{r.compared_pairs:>15} {r.precision:>9.4f} {r.recall:>7.4f}"
        for r in rows
    ]
    return "\n".join(lines)


def targets(rows: list[Measured]) -> list[tuple[str, bool]]:
    ours = {r.family: r for r in rows if r.setting == "representatives"}
    reference = {r.family: r for r in rows if r.setting == "all pairs"}
    checks = []
    sizes = sorted(ours)
    if len(sizes) > 2:  # pairs per text stay flat once a family is crowded
        small, large = ours[sizes[1]], ours[sizes[-1]]
        checks.append(
            (
                f"verified pairs at N={sizes[-1]} within 2x those at N={sizes[1]}",
                large.compared_pairs <= 2 * max(small.compared_pairs, 1),
            )
        )
    for family, row in sorted(reference.items()):
        checks.append((f"N={family}: recall within 0.01 of all pairs", ours[family].recall >= row.recall - 0.01))
        checks.append(
            (f"N={family}: precision within 0.01 of all pairs", ours[family].precision >= row.precision - 0.01)
        )
    return checks


def main(argv: list[str] | None = None) -> int:
    parser = reporting.parser("families", __doc__, [10_000], f"families of {SMOKE_FAMILIES} in {SMOKE_BLOCKS} blocks")
    parser.add_argument("--families", type=int, nargs="+", default=FAMILIES, help="copies of each source")
    parser.add_argument(
        "--skip-all-pairs-above", type=int, default=None, metavar="N", help="leave out all pairs for families over N"
    )
    args = parser.parse_args(argv)
    families = SMOKE_FAMILIES if args.smoke else args.families
    blocks = SMOKE_BLOCKS if args.smoke else args.sizes[0]
    seeds = seed_texts()
    load = os.getloadavg()
    rows = []
    for family in families:
        library = synthetic_library(
            seeds, blocks, seed=args.seed, copies=(family, family), unrelated_share=UNRELATED_SHARE
        )
        truth = np.array([b.cluster for b in library.blocks])
        for setting in SETTINGS:
            if setting == "all pairs" and args.skip_all_pairs_above is not None and family > args.skip_all_pairs_above:
                continue
            rows.append(measure(library.texts, truth, family, setting))
            print(format_rows(rows[-1:]).splitlines()[-1], flush=True)
    print(f"load average at the start: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; cores: {os.cpu_count()}")
    reporting.show(format_rows(rows), None if args.smoke else targets(rows))
    reporting.save(args.out, "families", smoke=args.smoke, argv=argv, load_average=load, rows=[asdict(r) for r in rows])
    return 0


if __name__ == "__main__":
    sys.exit(main())
