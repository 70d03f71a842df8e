"""check: 查重 of files or a saved draft, as text, JSON or a written report."""

from __future__ import annotations

from pathlib import Path

from nlp import usecases
from nlp.cli.output import open_library, print_json, snippet
from nlp.cycle import origin_label
from nlp.errors import InputError
from nlp.models import BatchReport
from nlp.resources import percent


def _check_text(report, settings) -> list[str]:
    """A report as readable lines: figures, sources, then each block with copied text."""
    from nlp.check.reports import summary_rows

    lines = [f"== {report.name} =="]
    shown = (
        "总文字复制比",
        "去除引用文字复制比",
        "去除合理借鉴复制比",
        "去除所选来源复制比",
        "单篇最大文字复制比",
        "重复字数",
        "自我重复比",
    )
    lines += [f"{key}：{value}" for key, value in summary_rows(report.summary, settings) if key in shown]
    if report.summary.sources:
        lines.append("来源：")
        lines += [
            f"  {percent(s.ratio):>6}  《{s.document}》 {s.file}{'（已排除）' if s.excluded else ''}"
            for s in report.summary.sources[:20]
        ]
    for number, block in enumerate(report.blocks, start=1):
        if not block.matches and not block.self_matches:
            continue
        lines.append(f"第{number}段 复制比 {block.similarity:.0%}：{snippet(block.text)}")
        for m in block.matches:
            copied = "…".join(block.text[a:b] for a, b in m.spans)
            where = f"《{m.document}》 {m.file}" + (f" · {m.section}" if m.section else "")
            lines.append(f"    ← {where} 相似度 {m.similarity:.2f}：{snippet(copied, 60)}")
        for m in block.self_matches:
            lines.append(f"    ↺ 与第{m.block_index + 1}段重复 相似度 {m.similarity:.2f}")
        if block.origin is not None:
            lines.append(f"    本段来源：{origin_label(block.origin)}")
    return lines


def cmd_check(args) -> int:
    from nlp.check import CheckSettings
    from nlp.check.reports import batch_json, report_head, report_json, write_report

    settings = CheckSettings(
        threshold=args.threshold if args.threshold is not None else CheckSettings.threshold,
        min_chars=args.min_chars if args.min_chars is not None else CheckSettings.min_chars,
        exclude_files=tuple(args.exclude_file or ()),
        exclude_quotes=args.exclude_quotes,
    )
    if bool(args.files) == (args.draft is not None):
        raise InputError("请给出要检查的草稿文件，或用 --draft 编号 检查一份保存的草稿（二者选一）")
    if args.output and len(args.files) > 1:
        raise InputError("-o 只能用于一篇草稿；批量检查请用 --json")
    with open_library(args) as library:
        if args.draft is not None:
            batch = BatchReport((usecases.check_saved_draft(library, args.draft, settings),), ((0.0,),), ())
        else:
            batch = usecases.check_paths(library, [Path(name) for name in args.files], settings)
        scope = usecases.check_scope(library)
    drafts = batch.reports
    heads = [report_head(r, scope=scope) for r in drafts]
    if args.output:
        write_report(batch.reports[0], args.output, settings, heads[0])
    if args.json:
        print_json(
            report_json(drafts[0], settings, heads[0]) if len(drafts) == 1 else batch_json(batch, settings, heads)
        )
        return 0
    lines = []
    for report in batch.reports:
        lines += _check_text(report, settings) + [""]
    if len(drafts) > 1:
        names = [r.name for r in batch.reports]
        lines.append("草稿之间共有文字（行：草稿中有多少也见于列中的草稿）：")
        for name, row in zip(names, batch.matrix):
            lines.append(
                f"  {name}：" + "  ".join(f"{other} {share:.0%}" for other, share in zip(names, row) if other != name)
            )
    if args.output:
        lines.append(f"报告已写入 {args.output}")
    print("\n".join(lines).rstrip())
    return 0


def add_commands(commands, common) -> None:
    """The parser of check."""
    p = commands.add_parser("check", parents=[common], help="查重：草稿与文库、与自身、与其他草稿的重复文字")
    p.add_argument("files", nargs="*", metavar="FILE", help="草稿文件（txt/docx/pdf/html/md）；多个则批量检查并互查")
    p.add_argument(
        "--draft", type=int, metavar="ID", help="改为检查一份保存的草稿（每段注明来源：原样沿用、已修改、本人撰写）"
    )
    p.add_argument("--threshold", type=float, help="相似度阈值，0–1（默认 0.7）")
    p.add_argument("--min-chars", type=int, metavar="N", help="最小匹配长度（字符，默认 13）")
    p.add_argument(
        "--exclude-file",
        action="append",
        metavar="NAME",
        help="排除来自此文库文件的复制（文件名或通配符，可重复），计入“去除所选来源后的复制比”",
    )
    p.add_argument("--exclude-quotes", action="store_true", help="引号内的文字与引用标题下的段落不计为复制")
    p.add_argument("-o", "--output", metavar="REPORT", help="把报告写成 .html 或 .docx（单篇草稿）")
    p.set_defaults(run=cmd_check)
