"""The yearly cycle's commands: followup, compare, where-used, mark-reuse, replace."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from nlp import usecases
from nlp.cli.output import open_library, print_json, snippet
from nlp.errors import InputError
from nlp.resources import percent


def _followup_text(report) -> list[str]:
    from nlp.cycle.export import target_text

    lines = [f"《{report.plan}》对照《{report.summary}》：{len(report.items)} 条，完成率 {percent(report.completion)}"]
    for section in report.sections:
        lines.append(f"\n{section.title}（完成率 {percent(section.completion)}）")
        for item in section.items:
            lines.append(f"  [{item.status}] {item.marker or ''}{item.text}")
            if item.evidence:
                lines.append(f"      依据：{item.evidence}")
            if item.missing:
                lines.append(f"      未提到：{'、'.join(item.missing)}")
            lines += [f"      指标 {target_text(t)}" for t in item.targets]
    if report.candidates:
        lines.append(f"\n可列入下一年计划（{len(report.candidates)} 条）：")
        lines += [f"  {i.marker or ''}{i.text}" for i in report.candidates]
    return lines


def cmd_followup(args) -> int:
    from nlp.cycle import followup_docx
    from nlp.cycle.export import followup_json

    with open_library(args) as library:
        plan = usecases.cycle_document(library, args.plan)
        summary = usecases.cycle_document(library, args.summary)
        report = usecases.followup_report(library, plan, summary, level=args.level)
    if args.output:
        if Path(args.output).suffix.lower() != ".docx":
            raise InputError("-o 的报告须是 .docx 文件")
        Path(args.output).write_bytes(followup_docx(report))
    if args.json:
        print_json(followup_json(report))
        return 0
    print("\n".join(_followup_text(report)))
    if args.output:
        print(f"报告已写入 {args.output}")
    return 0


def cmd_compare(args) -> int:
    from nlp.cycle.export import comparison_json

    if (args.document is None) == (args.draft is None):
        raise InputError("请给出一篇文档（文库编号或文件），或用 --draft 指定一份草稿，二者选一")
    with open_library(args) as library:
        if args.draft is not None:
            comparison = usecases.compare_draft(
                library.draft(args.draft).draft, usecases.library_plans(library.documents(), library.blocks())
            )
        else:
            document = usecases.cycle_document(library, args.document)
            exclude = int(args.document) if str(args.document).isdigit() else None
            comparison = usecases.compare_document(library, document, exclude=exclude)
    if args.json:
        print_json(comparison_json(comparison))
        return 0
    if not comparison.against:
        print(f"《{comparison.title}》：文库中没有更早年份的相近计划可比")
        return 0
    against = "、".join(f"{y}年《{t}》" for t, y in comparison.against)
    lines = [f"《{comparison.title}》对比 {against}：与上一年相同的文字占 {percent(comparison.unchanged_share)}"]
    for block in comparison.blocks:
        lines.append(f"  [{block.marker}] {block.text}")
        if block.status == "changed":
            lines.append(f"      上一年：{block.previous}")
        if block.carried_numbers:
            lines.append(f"      沿用的数字：{'、'.join(block.carried_numbers)}")
    if comparison.dropped:
        lines.append(f"上一年有、今年没有（{len(comparison.dropped)} 段）：")
        lines += [f"  {d.text}" for d in comparison.dropped]
    print("\n".join(lines))
    return 0


def cmd_where_used(args) -> int:
    from nlp.cycle import ORIGIN_STATUS
    from nlp.cycle.export import where_used_json

    with open_library(args) as library:
        used = usecases.block_where_used(library, args.block_id)
    if args.json:
        print_json(where_used_json(used))
        return 0
    lines = [f"段落 {args.block_id} 所在的组（{used.group_id}）：{snippet(used.canonical_text)}"]
    lines.append(f"文库中 {len(used.documents)} 篇文档：")
    lines += [
        f"  {d.year or '—'} · 《{d.title}》 · {d.unit or '单位不详'} · {d.file}（段落 {'、'.join(map(str, d.block_ids))}）"
        for d in used.documents
    ]
    lines.append(f"草稿中 {len(used.drafts)} 处：" if used.drafts else "没有草稿用到它。")
    lines += [
        f"  《{d.title}》第 {d.block_index + 1} 段 · {'取自此组' if d.how == 'taken' else '文字相同'}"
        f" · {ORIGIN_STATUS[d.status]}：{snippet(d.text)}"
        for d in used.drafts
    ]
    print("\n".join(lines))
    return 0


def cmd_mark_reuse(args) -> int:
    with open_library(args) as library:
        text = usecases.mark_reuse(library, args.draft_id, args.block - 1, args.reason or "", on=not args.off)
    if args.json:
        print_json(
            {
                "draft_id": args.draft_id,
                "block": args.block,
                "text": text,
                "reason": args.reason or "",
                "marked": not args.off,
            }
        )
    elif args.off:
        print(f"已取消草稿 {args.draft_id} 第 {args.block} 段的合理借鉴标记：{snippet(text)}")
    else:
        print(
            f"已把草稿 {args.draft_id} 第 {args.block} 段标为合理借鉴（查重时单列，不计入去除合理借鉴复制比）：{snippet(text)}"
        )
    return 0


def cmd_replace(args) -> int:
    from nlp.cycle import preview_replace

    with open_library(args) as library:
        ids = args.draft or [d.id for d in library.drafts()]
        changes = preview_replace([library.draft(i) for i in ids], args.old, args.new)
        if args.apply and changes:
            usecases.replace_everywhere(library, sorted({c.draft_id for c in changes}), args.old, args.new)
    if args.json:
        print_json(
            {"old": args.old, "new": args.new, "applied": bool(args.apply), "changes": [asdict(c) for c in changes]}
        )
        return 0
    for change in changes:
        where = "标题" if change.block_index < 0 else f"第 {change.block_index + 1} 段"
        print(f"《{change.draft_title}》{where}（{change.count} 处）：\n  原：{change.before}\n  改：{change.after}")
    drafts = len({c.draft_id for c in changes})
    if not changes:
        print(f"没有草稿含有“{args.old}”")
    elif args.apply:
        print(f"已在 {drafts} 份草稿中替换 {sum(c.count for c in changes)} 处")
    else:
        print(f"预览：{drafts} 份草稿、{sum(c.count for c in changes)} 处；确认后加 --apply 保存")
    return 0


def add_commands(commands, common) -> None:
    """The parsers of followup, compare, where-used, mark-reuse, replace."""
    p = commands.add_parser("followup", parents=[common], help="计划↔总结对照：计划的每一条在总结中是否落实")
    p.add_argument("plan", metavar="PLAN", help="计划：文库中的文档编号或文件")
    p.add_argument("summary", metavar="SUMMARY", help="同年同单位的总结：文库中的文档编号或文件")
    p.add_argument("--level", type=int, default=3, metavar="N", help="对照到第几级标题（1 = 一、，默认 3）")
    p.add_argument("-o", "--output", metavar="REPORT.docx", help="把对照表写成 .docx")
    p.set_defaults(run=cmd_followup)
    p = commands.add_parser("compare", parents=[common], help="年度对比：逐段与往年计划比较（沿用、改写、新增、删去）")
    p.add_argument("document", nargs="?", metavar="DOCUMENT", help="计划：文库中的文档编号或文件")
    p.add_argument("--draft", type=int, metavar="ID", help="改为比较一份保存的草稿")
    p.set_defaults(run=cmd_compare)
    p = commands.add_parser(
        "where-used", parents=[common], help="用在哪里：文库段落所在的组见于哪些文档（年份、单位）和哪些草稿"
    )
    p.add_argument("block_id", type=int, metavar="BLOCK_ID", help="文库段落编号（groups --json 的 block_id）")
    p.set_defaults(run=cmd_where_used)
    p = commands.add_parser(
        "mark-reuse", parents=[common], help="合理借鉴：把草稿的一段标为合理借鉴（查重时单列），--off 取消"
    )
    p.add_argument("draft_id", type=int, metavar="DRAFT_ID", help="草稿编号")
    p.add_argument("block", type=int, metavar="N", help="第几段（从 1 起，与查重报告的段号相同）")
    p.add_argument("--reason", help="理由，如：工会章程原文")
    p.add_argument("--off", action="store_true", help="取消标记")
    p.set_defaults(run=cmd_mark_reuse)
    p = commands.add_parser(
        "replace", parents=[common], help="统一替换提法：在保存的草稿中把旧提法换成新提法（先预览）"
    )
    p.add_argument("old", metavar="OLD", help="旧提法，如 十四五")
    p.add_argument("new", metavar="NEW", help="新提法，如 十五五")
    p.add_argument("--draft", type=int, action="append", metavar="ID", help="只改这份草稿（可重复；默认全部草稿）")
    p.add_argument("--apply", action="store_true", help="保存替换（不加则只预览）")
    p.set_defaults(run=cmd_replace)
