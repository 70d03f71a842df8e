"""The federation's commands: archive (build, add, export, import), screen; the Dask client."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from nlp.cli.output import print_json
from nlp.errors import InputError
from nlp.library import Library
from nlp.resources import percent


def dask_client(address: str | None):
    """A Dask client for ``--cluster`` (``local``: a LocalCluster here), or none: run in this process."""
    if address is None:
        return contextlib.nullcontext()
    from nlp.federation.cluster import connect

    return connect(address)


def cmd_archive(args) -> int:
    from nlp.federation import archive as federation_archive

    if args.action in ("build", "add"):
        if not args.source:
            raise InputError(f"archive {args.action} 需要来源文件夹（按“年份/单位/文件”存放）")
        with dask_client(args.cluster) as client:
            reports = federation_archive.add_slices(
                Path(args.archive), Path(args.source), client=client, create=args.action == "build"
            )
        payload = [
            {
                "year": r.slice.year,
                "unit": r.slice.unit,
                "documents": r.documents,
                "blocks": r.blocks,
                "refused": [{"file": f, "reason": why} for f, why in r.refused],
            }
            for r in reports
        ]
        if args.json:
            print_json(payload)
            return 0
        refused = [(r.slice.label, f, why) for r in reports for f, why in r.refused]
        print(
            f"写入 {len(reports)} 个年份/单位：{sum(r.documents for r in reports)} 篇文档，"
            f"{sum(r.blocks for r in reports)} 个段落；{len(refused)} 个文件未能读取"
        )
        for label, file, why in refused:
            print(f"  ✗ {label}/{file}：{why}")
        return 0
    if not args.unit:
        raise InputError(f"archive {args.action} 需要 --unit 单位名称")
    with Library(args.db) as library:
        if args.action == "export":
            if args.year is None:
                raise InputError("archive export 需要 --year 年份")
            report = federation_archive.export_library(library, Path(args.archive), unit=args.unit, year=args.year)
            payload = {
                "year": report.slice.year,
                "unit": report.slice.unit,
                "documents": report.documents,
                "blocks": report.blocks,
            }
            message = f"文库已导出为档案库中的 {report.slice.label}：{report.documents} 篇文档，{report.blocks} 个段落"
        else:
            years = None if args.year is None else [args.year]
            added = federation_archive.import_unit(Path(args.archive), library, unit=args.unit, years=years)
            payload = {"unit": args.unit, "files_added": added}
            message = f"已从档案库导入单位“{args.unit}”的 {added} 个文件"
    if args.json:
        print_json(payload)
    else:
        print(message)
    return 0


def cmd_screen(args) -> int:
    from nlp.check import CheckSettings
    from nlp.federation.results import write_screening
    from nlp.federation.screen import PART_BLOCKS, read_submissions, screen

    settings = CheckSettings(
        threshold=args.threshold if args.threshold is not None else CheckSettings.threshold,
        min_chars=args.min_chars if args.min_chars is not None else CheckSettings.min_chars,
    )
    submissions = read_submissions(Path(args.submissions))
    with dask_client(args.cluster) as client:
        screening = screen(
            Path(args.archive),
            submissions,
            settings,
            exclude_own_units=args.exclude_own_years,
            client=client,
            part_blocks=args.part_blocks or PART_BLOCKS,
            year=args.year,
        )
    out = write_screening(screening, Path(args.output), settings)
    if args.json:
        print_json(json.loads((out / "summary.json").read_text(encoding="utf-8")))
        return 0
    ratios = sorted((r.summary.copied_ratio, s.name) for s, r in zip(screening.submissions, screening.reports))
    print(f"筛查 {len(submissions)} 份提交材料（{len({s.unit for s in submissions})} 个单位），结果写入 {out}")
    print("总文字复制比最高：")
    for ratio, name in reversed(ratios[-10:]):
        print(f"  {percent(ratio):>6}  {name}")
    print(f"雷同单位对 {len(screening.pairs)} 对（按共享比例排列）：")
    for p in screening.pairs[:20]:
        where = "本年提交" if p.other_year is None else f"{p.other_year}年档案"
        print(f"  {percent(p.share):>6}  {p.unit} ← {p.other}（{where}，{p.passages} 段）")
    for number, cluster in enumerate(screening.clusters, start=1):
        print(f"雷同群 {number}：{'、'.join(cluster)}")
    return 0


def add_commands(commands, common) -> None:
    """The parsers of archive, screen."""
    p = commands.add_parser(
        "archive", parents=[common], help="联合会档案库（Parquet，按年份与单位）：建立、追加、导出文库、导入单位"
    )
    p.add_argument("action", choices=("build", "add", "export", "import"))
    p.add_argument("source", nargs="?", help="build/add：来源文件夹，按“年份/单位/文件”存放")
    p.add_argument("--archive", required=True, metavar="DIR", help="档案库目录")
    p.add_argument("--cluster", metavar="ADDRESS", help="在 Dask 集群上解析：调度器地址或 local；省略则在本进程")
    p.add_argument("--year", type=int, help="export：写入的年份；import：只导入这一年")
    p.set_defaults(run=cmd_archive)
    p = commands.add_parser(
        "screen", parents=[common], help="联合会批量查重：本年提交材料对档案库与彼此，雷同单位对与雷同群"
    )
    p.add_argument("--archive", required=True, metavar="DIR", help="档案库目录")
    p.add_argument("--submissions", required=True, metavar="DIR", help="本年提交材料，按“单位/文件”存放")
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="结果目录（Parquet 与 JSON）")
    p.add_argument("--cluster", metavar="ADDRESS", help="Dask 调度器地址，或 local（本机两个 worker）；省略则在本进程")
    p.add_argument("--exclude-own-years", action="store_true", help="不与本单位往年的材料对照")
    p.add_argument("--year", type=int, help="本年年份（写入结果）")
    p.add_argument("--threshold", type=float, help="相似度阈值，0–1（默认 0.7）")
    p.add_argument("--min-chars", type=int, metavar="N", help="最小匹配长度（字符，默认 13）")
    p.add_argument("--part-blocks", type=int, metavar="N", help="每个索引分片的段落数（默认 50000）")
    p.set_defaults(run=cmd_screen)
