"""The federation's screening on a synthetic federation: recall of planted 雷同, precision, time,
memory per worker, against the single-process batch, 1 → 2 workers, and an extrapolation.

    python -m benchmarks.bench_federation [--units N --years Y --paragraphs P] [--smoke]

The federation (``benchmarks/synthetic.py``): units with their own plans edited year to year,
three shared 范文 each copied into every plan, this year's submissions with planted 雷同: pairs
(a unit copies a run of another unit's paragraphs), clusters (units handing in one text, lightly
edited) and archive copies (a unit copies another unit's last-year plan). Every file goes
through ``archive build`` (the app's readers); the measured unit is the archive's block.

Measured, in one run:

- recall: planted copied paragraphs whose characters are covered (≥ 90%) by passages from the
  planted source unit (the copies are verbatim, so every 13-character run in them is
  guaranteed), and planted unit pairs found; precision: of the top K ranked unit pairs (K the
  number of planted pairs), how many are planted; pairs sharing ≥ 10% that are not planted;
- the single-process batch (``check_drafts`` over the whole archive, its dense matrix) against
  the screening on one and two Dask workers (``LocalCluster``), with the answers compared;
- per part: time and index size, from which the extrapolation to 30 000 000 paragraphs and
  50 000 submissions is made (assumptions printed with it).
"""

from __future__ import annotations

import logging
import os
import resource
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from benchmarks import reporting
from benchmarks.bench_groups import measure, seed_texts
from benchmarks.synthetic import SyntheticFederation, synthetic_federation
from nlp.check.engine import CheckSettings, assemble_reports, check_drafts, draft_query
from nlp.check.fingerprint import normal_form
from nlp.federation.archive import add_slices, split_source_name
from nlp.federation.screen import (
    archive_index,
    archive_parts,
    merge_parts,
    part_findings,
    read_submissions,
    screen,
    slices_index,
)
from nlp.library.markers import MARKER

TARGET_ARCHIVE = 30_000_000  # paragraphs
TARGET_SUBMISSIONS = 50_000
NIGHT_HOURS = 6
COVERED = 0.9  # a planted paragraph counts as found when its characters are this much covered


@dataclass
class Figures:
    units: int
    years: int
    archive_blocks: int
    submissions: int
    submission_blocks: int
    build_seconds: float
    single_seconds: float
    single_peak_mb: float
    workers: dict  # n -> {"seconds", "peak_mb_per_worker"}
    equal_to_single: bool
    parts: list  # per part: blocks, seconds, index_mb
    quarter_parts: list  # the same with parts a quarter the size
    merge_seconds: float
    assemble_seconds: float
    paragraph_recall: float
    planted_paragraphs: int
    pair_recall: float
    precision_at_k: float
    false_pairs_10: int


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed_screen(client, archive: Path, submissions, part_blocks: int):
    start = time.perf_counter()
    result = screen(archive, submissions, client=client, part_blocks=part_blocks)
    seconds = time.perf_counter() - start
    return result, seconds, sorted(client.run(_peak_mb).values())


def _workers(address: str) -> dict:
    from dask.distributed import Client

    with Client(address) as client:
        return client.scheduler_info()["workers"]


def _local_screen(archive: Path, submissions, workers: int, part_blocks: int, address: str | None):
    from dask.distributed import Client, LocalCluster

    if address is not None:  # an existing cluster, as it is
        with Client(address) as client:
            return _timed_screen(client, archive, submissions, part_blocks)
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            host="127.0.0.1",
            dashboard_address=None,
            silence_logs=logging.CRITICAL,  # a worker's connection closing at shutdown is not news
        ) as cluster,
        Client(cluster) as client,
    ):
        return _timed_screen(client, archive, submissions, part_blocks)


def _recall(made: SyntheticFederation, submissions, result) -> tuple[float, int, float, float, int]:
    number = {s.unit: n for n, s in enumerate(submissions)}
    found_pairs = {(p.unit, p.other, p.other_year) for p in result.pairs}
    hits = total = 0
    for planted in made.planted:
        if not planted.verbatim:
            continue
        n = number[planted.unit]
        report = result.reports[n]
        forms = [normal_form(b.text) for b in report.blocks]
        for paragraph in planted.paragraphs:
            # a paragraph the generator opens with an outline marker (9、8妇女节活动…) is parsed as that item, its
            # text after the marker
            marker = MARKER.match(paragraph)
            wanted = normal_form(paragraph[marker.end() :] if marker else paragraph)[0]
            if len(wanted) < 13:
                continue
            total += 1
            for offset, (block, (form, origin)) in enumerate(zip(report.blocks, forms)):
                where = form.find(wanted)
                if where < 0:
                    continue
                at, end = int(origin[where]), int(origin[where + len(wanted) - 1]) + 1
                spans = [s for m in block.matches if split_source_name(m.file)[1] == planted.other for s in m.spans] + [
                    s
                    for p in result.shared
                    if p.a == n and p.block_a == offset and submissions[p.b].unit == planted.other
                    for s in p.spans_a
                ]
                covered = sum(max(0, min(b, end) - max(a, at)) for a, b in _union(spans))
                hits += covered >= COVERED * (end - at)
                break
    planted_pairs = {frozenset((p.unit, p.other)) for p in made.planted}
    reported = []
    for p in result.pairs:
        pair = frozenset((p.unit, p.other))
        if pair not in reported:
            reported.append(pair)
    top = reported[: len(planted_pairs)]
    pair_recall = sum(1 for p in made.planted if (p.unit, p.other, p.year) in found_pairs) / len(made.planted)
    false_10 = len({frozenset((p.unit, p.other)) for p in result.pairs if p.share >= 0.1} - planted_pairs)
    return (
        (hits / total if total else 1.0),
        total,
        pair_recall,
        sum(p in planted_pairs for p in top) / len(top),
        false_10,
    )


def _union(spans) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [(a, b) for a, b in merged]


def _timed_parts(archive: Path, query, settings, part_blocks: int) -> tuple[list[dict], list]:
    """Each part's findings, with its blocks, time (index build, lookup, verification) and index size."""
    parts, findings = [], []
    for part in archive_parts(archive, part_blocks):
        start = time.perf_counter()
        findings.append(part_findings(archive, part, query, settings))
        seconds = time.perf_counter() - start
        index_mb = slices_index(archive, part.slices)[0].nbytes / 2**20
        parts.append({"blocks": part.blocks, "seconds": round(seconds, 3), "index_mb": round(index_mb, 2)})
    return parts, findings


def _single(archive: Path, submissions):
    return check_drafts([(s.name, s.blocks) for s in submissions], archive_index(archive))


def bench(
    units: int,
    years: int,
    paragraphs: int,
    part_blocks: int,
    seed: int,
    log,
    worker_counts=(1, 2),
    address: str | None = None,
) -> Figures:
    seeds = seed_texts()
    with tempfile.TemporaryDirectory(prefix="federation-") as folder:
        folder = Path(folder)
        made = synthetic_federation(seeds, folder, units=units, years=years, paragraphs=paragraphs, seed=seed)
        start = time.perf_counter()
        reports = add_slices(folder / "parquet", made.archive, create=True)
        build = time.perf_counter() - start
        archive = folder / "parquet"
        blocks = sum(r.blocks for r in reports)
        submissions = read_submissions(made.submissions)
        query_blocks = sum(len(s.blocks) for s in submissions)
        log(
            f"archive: {blocks} blocks from {units} units × {years} years, built in {build:.1f} s; {query_blocks} submitted blocks"
        )

        single = measure("single", _single, archive, submissions)
        log(f"single-process batch (check_drafts, whole archive): {single.seconds:.1f} s, +{single.peak_mb:.0f} MB")

        settings = CheckSettings()
        query = draft_query([(s.name, s.blocks) for s in submissions], settings)
        parts, findings = _timed_parts(archive, query, settings, part_blocks)
        quarter, _ = _timed_parts(archive, query, settings, max(1, part_blocks // 4))
        start = time.perf_counter()
        library = merge_parts(query, findings, settings)
        merge = time.perf_counter() - start
        start = time.perf_counter()
        assemble_reports([(s.name, s.blocks) for s in submissions], query, library, settings)
        assemble = time.perf_counter() - start
        log(
            f"{len(parts)} parts of ≤ {part_blocks} blocks: {sum(p['seconds'] for p in parts):.1f} s in all; merge {merge:.2f} s, reports {assemble:.1f} s"
        )

        workers, answers = {}, {}
        for n in worker_counts:
            result, seconds, peaks = _local_screen(archive, submissions, n, part_blocks, address)
            workers[n] = {"seconds": round(seconds, 2), "peak_mb_per_worker": [round(p) for p in peaks]}
            answers[n] = result
            log(f"Dask, {n} worker(s): {seconds:.1f} s, peak {', '.join(f'{p:.0f}' for p in peaks)} MB per worker")
        whole = single.results
        equal = all(a.reports == tuple(whole.reports) and a.shared == whole.shared for a in answers.values())
        recall, planted, pair_recall, precision, false_10 = _recall(made, submissions, answers[2])
    return Figures(
        units,
        years,
        blocks,
        len(submissions),
        query_blocks,
        round(build, 2),
        round(single.seconds, 2),
        round(single.peak_mb, 1),
        workers,
        equal,
        parts,
        quarter,
        round(merge, 3),
        round(assemble, 2),
        round(recall, 4),
        planted,
        round(pair_recall, 4),
        round(precision, 4),
        false_10,
    )


def extrapolate(f: Figures) -> dict:
    """From the measured per-part figures to TARGET_ARCHIVE paragraphs and TARGET_SUBMISSIONS.

    Model: a part of B blocks costs Q·(α + β·B) for Q submitted blocks: α per submitted block
    and part (its k-grams looked up, the part's index built and read), β per submitted block and
    archive block (candidates and their verification grow with the archive text that shares
    runs with it, as for 范文 copied everywhere). α and β are fitted from the two part sizes
    measured on the same archive. Assumptions: the copy density of this synthetic federation;
    submissions of the size measured here; the submissions cut into batches of the measured size,
    each batch one pass over the parts; 4-core workers, one part per core at a time.
    """
    query = f.submission_blocks
    n1, t1 = len(f.parts), sum(p["seconds"] for p in f.parts)
    n2, t2 = len(f.quarter_parts), sum(p["seconds"] for p in f.quarter_parts)
    alpha = max(0.0, (t2 - t1) / (query * (n2 - n1))) if n2 != n1 else 0.0
    beta = max(0.0, (t1 - query * alpha * n1) / (query * f.archive_blocks))
    blocks_per_submission = f.submission_blocks / f.submissions
    target_query = TARGET_SUBMISSIONS * blocks_per_submission
    part_blocks = 1_000_000
    parts = TARGET_ARCHIVE / part_blocks
    cpu_hours = target_query * (alpha * parts + beta * TARGET_ARCHIVE) / 3600
    index_mb_per_block = sum(p["index_mb"] for p in f.parts) / f.archive_blocks
    cores = cpu_hours / NIGHT_HOURS
    return {
        "alpha_ms_per_submitted_block_and_part": round(alpha * 1e3, 4),
        "beta_ns_per_submitted_and_archive_block": round(beta * 1e9, 3),
        "target_submitted_blocks": int(target_query),
        "part_blocks": part_blocks,
        "cpu_hours": round(cpu_hours, 1),
        "cores_for_a_night": int(cores) + 1,
        "workers_of_4_cores": int(cores / 4) + 1,
        "index_gb_per_part": round(index_mb_per_block * part_blocks / 1024, 2),
        "assumptions": " ".join(extrapolate.__doc__.split("\n\n")[1].split()),
    }


def format_figures(f: Figures, e: dict) -> str:
    lines = [
        f"合成联合会：{f.units} 个单位 × {f.years} 年，档案 {f.archive_blocks} 段；本年提交 {f.submissions} 份（{f.submission_blocks} 段）",
        f"  建档（解析 + Parquet）{f.build_seconds:.1f} s",
        f"  单进程批量（check_drafts，整库索引）{f.single_seconds:.1f} s，内存增长 {f.single_peak_mb:.0f} MB",
    ]
    for n, w in f.workers.items():
        lines.append(f"  Dask {n} 个 worker：{w['seconds']:.1f} s，每个 worker 峰值 {w['peak_mb_per_worker']} MB")
    lines += [
        f"  分布式结果与单进程完全相同：{'是' if f.equal_to_single else '否'}",
        f"  分片 {len(f.parts)} 个：每片 {max(p['seconds'] for p in f.parts):.2f} s 以内，索引 ≤ {max(p['index_mb'] for p in f.parts)} MB；合并 {f.merge_seconds:.2f} s，报告 {f.assemble_seconds:.1f} s",
        f"  召回：植入复制段落 {f.paragraph_recall:.1%}（{f.planted_paragraphs} 段），植入单位对 {f.pair_recall:.1%}",
        f"  精确率：排名前 K 的单位对中植入的比例 {f.precision_at_k:.1%}；共享 ≥10% 的非植入单位对 {f.false_pairs_10} 对",
        f"  每片耗时模型：α = {e['alpha_ms_per_submitted_block_and_part']} ms（每提交段 × 分片），"
        f"β = {e['beta_ns_per_submitted_and_archive_block']} ns（每提交段 × 档案段）",
        f"外推到 {TARGET_ARCHIVE:,} 段档案、{TARGET_SUBMISSIONS:,} 份提交（{e['target_submitted_blocks']:,} 段）：约 {e['cpu_hours']} CPU 小时；"
        f"{NIGHT_HOURS} 小时内完成需 {e['cores_for_a_night']} 核（{e['workers_of_4_cores']} 个 4 核 worker），"
        f"每片 {e['part_blocks']:,} 段的索引约 {e['index_gb_per_part']} GB",
        f"  假设：{e['assumptions']}",
    ]
    return "\n".join(lines)


def build_parser():
    parser = reporting.parser(
        "federation", __doc__, [], "a small federation (about 250 blocks, two workers only): runs and compares"
    )
    parser.add_argument("--units", type=int, default=200, help="member units")
    parser.add_argument("--years", type=int, default=10, help="archive years")
    parser.add_argument("--paragraphs", type=int, default=60, help="paragraphs written per plan")
    parser.add_argument("--part-blocks", type=int, default=20_000, help="archive blocks per index part")
    parser.add_argument(
        "--cluster", metavar="ADDRESS", help="screen on this Dask scheduler as it is (no 1 → 2 workers scaling)"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    workers = (1, 2)
    if args.smoke:  # one cluster only: starting one takes most of a smoke run
        args.units, args.years, args.paragraphs, args.part_blocks, workers = 10, 2, 12, 80, (2,)
    if args.cluster:
        workers = (len(_workers(args.cluster)),)
    figures = bench(
        args.units,
        args.years,
        args.paragraphs,
        args.part_blocks,
        args.seed,
        lambda line: print(line, flush=True),
        workers,
        args.cluster,
    )
    estimate = extrapolate(figures)
    reporting.show(format_figures(figures, estimate), None)
    reporting.save(args.out, "federation", smoke=args.smoke, argv=argv, figures=asdict(figures), extrapolation=estimate)
    return 0 if figures.equal_to_single and figures.paragraph_recall == 1.0 else 1


if __name__ == "__main__":
    os.environ.setdefault("PYTHONWARNINGS", "ignore")
    sys.exit(main())
