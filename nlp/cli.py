"""Command line: ``python -m nlp COMMAND …``. Parses arguments, calls the library, prints.

Commands (each documented in the README):
  parse FILE [--json]        the structure of one file, without storing it
  ingest PATH… [--json]      import files or folders (recursive) into the library
  list [--json]              what the library holds
  show DOCUMENT_ID [--json]  one stored document's outline and dropped lines
  groups [--json]            near-duplicate groups of the library's blocks, most repeated first
  remove FILE_ID [--json]    remove an imported file and its documents
  compose SPEC.json -o OUT   a plan from a spec, exported as .docx/.txt/.md
  topics [--n-topics K] [--json]  topics of the distinct paragraphs (keyword labels) and outliers
  check FILE… [--json] [--threshold X] [--min-chars N] [--exclude-file NAME] [--exclude-quotes] [-o REPORT]
                             查重: copied text of drafts against the library, themselves and each other
Every command takes ``--db PATH`` (default: $JIHUA_DB or data/library.sqlite3). A command
parses its arguments, calls a use case (``nlp.usecases``) and prints; the installed console
command ``jihua`` is the same ``main``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import asdict
from pathlib import Path

from nlp import usecases
from nlp.errors import InputError
from nlp.library import Library, parse_file
from nlp.models import Document, ParseResult
from nlp.resources import TYPE_LABELS, percent


def document_json(document: Document) -> dict:
    """A document as the JSON contract names it."""
    return {
        "title": document.title,
        "kind": document.kind,
        "year": document.year,
        "blocks": [
            {
                "type": b.type,
                "level": b.level,
                "marker": b.marker,
                "text": b.text,
                "schedule": b.schedule,
                "placeholders": [asdict(p) for p in b.placeholders],
            }
            for b in document.blocks
        ],
    }


def parse_json(name: str, result: ParseResult) -> dict:
    return {
        "file": name,
        "documents": [document_json(d) for d in result.documents],
        "dropped": [d.text for d in result.dropped],
        "dropped_reasons": [asdict(d) for d in result.dropped],
    }


def outline_text(document: Document) -> str:
    """A readable tree: indentation by level, markers kept, placeholders bracketed."""
    lines = [f"《{document.title}》 {document.kind} {document.year or '年份未注明'}"]
    for block in document.blocks:
        indent = "  " * (block.level or 1)
        text = block.text
        for p in reversed(block.placeholders):
            text = f"{text[: p.start]}【{p.text}】{text[p.end :]}"
        lines.append(f"{indent}{block.marker or ''}{text}" if block.type != "paragraph" else f"{indent}  {text}")
    return "\n".join(lines)


def _print_json(payload) -> None:
    json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def cmd_parse(args) -> int:
    path = Path(args.file)
    try:
        with path.open("rb") as handle:
            result = parse_file(handle, path.name)
    except OSError as err:
        raise InputError(f"无法打开文件 {path}：{err.strerror or err}") from None
    if args.json:
        _print_json(parse_json(path.name, result))
    else:
        print("\n\n".join(outline_text(d) for d in result.documents))
        if result.dropped:
            print(f"\n已清除 {len(result.dropped)} 行：")
            for d in result.dropped:
                print(f"  [{d.reason}] {d.text}")
    return 0


def cmd_ingest(args) -> int:
    refused = 0
    reports = []
    with Library(args.db) as library:
        for path in usecases.iter_files(args.paths):
            report = usecases.import_path(library, path)
            reports.append(report)
            refused += not report.ok
            if not args.json:
                print(f"{'✓' if report.ok else '✗'} {path}：{report.message}", flush=True)
    if args.json:
        _print_json([asdict(r) for r in reports])
    if not reports:
        print("没有找到可导入的文件", file=sys.stderr)
        return 1
    return 1 if refused else 0


def cmd_list(args) -> int:
    with Library(args.db) as library:
        documents = library.documents()
    if args.json:
        _print_json([asdict(d) for d in documents])
        return 0
    if not documents:
        print("文库是空的。用 python -m nlp ingest 路径 导入文件。")
    for d in documents:
        print(f"{d.id:>5}  {d.kind}  {d.year or '----'}  {d.blocks:>3} 块  {d.title}  〔{d.file_name}〕")
    return 0


def cmd_show(args) -> int:
    with Library(args.db) as library:
        try:
            document = library.document(args.document_id)
        except KeyError:
            raise InputError(f"文库中没有编号为 {args.document_id} 的文档") from None
    if args.json:
        _print_json(document_json(document))
    else:
        print(outline_text(document))
    return 0


def group_json(group) -> dict:
    """A near-duplicate group as the JSON contract names it."""
    return {
        "id": group.id,
        "canonical_text": group.canonical_text,
        "type": group.type,
        "count": group.count,
        "documents": group.documents,
        "members": [
            {
                "block_id": m.block_id,
                "document_id": m.document_id,
                "document": m.document_title,
                "file": m.file_name,
                "marker": m.marker,
                "text": m.text,
                "similarity": m.similarity,
            }
            for m in group.members
        ],
    }


def cmd_groups(args) -> int:
    from nlp.boilerplate import DEFAULT_THRESHOLD

    threshold = DEFAULT_THRESHOLD if args.threshold is None else args.threshold
    with Library(args.db) as library:
        blocks = len(library.blocks())
        groups = usecases.library_groups(library, threshold=threshold)
    shown = [g for g in groups if g.count >= args.min_count]
    if args.json:
        _print_json([group_json(g) for g in shown])
        return 0
    if not blocks:
        print("文库是空的。用 python -m nlp ingest 路径 导入文件。")
        return 0
    repeated = [g for g in groups if g.count >= 2]
    print(
        f"{blocks} 个块归为 {len(groups)} 组（相似度阈值 {threshold}）；"
        f"{len(repeated)} 组重复出现，共 {sum(g.count for g in repeated)} 块"
    )
    for g in shown:
        print(
            f"{g.id:>5}  {g.count:>3} 次  {g.documents:>3} 篇  {TYPE_LABELS.get(g.type, g.type)}  {_snippet(g.canonical_text)}"
        )
    return 0


def topics_json(groups, topic_map) -> dict:
    """Topics with their members, and the outliers with where they come from."""
    by_id = {g.id: g for g in groups}
    return {
        "topics": [
            {
                "id": t.id,
                "label": t.label,
                "keywords": list(t.keywords),
                "size": t.size,
                "members": [
                    {"group_id": i, "canonical_text": by_id[i].canonical_text, "count": by_id[i].count}
                    for i in t.group_ids
                ],
            }
            for t in topic_map.topics
        ],
        "outliers": [
            {"group_id": i, "document": m.document_title, "file": m.file_name, "text": m.text}
            for i in topic_map.outliers
            for m in by_id[i].members
        ],
    }


def cmd_topics(args) -> int:
    with Library(args.db) as library:
        groups, topic_map = usecases.library_topics(library, n_topics=args.n_topics)
    payload = topics_json(groups, topic_map)
    if args.json:
        _print_json(payload)
        return 0
    how = "自动选择" if topic_map.auto_k else "指定"
    blocks = sum(g.count for g in groups)
    print(f"主题 {len(topic_map.topics)} 个（{how}）；段落块 {blocks} 个，不同段落 {len(groups)} 个")
    for topic in payload["topics"]:
        print(f"\n{topic['id']:>3}. {topic['label']}  — {topic['size']} 块，{len(topic['members'])} 段")
        for member in topic["members"][:3]:
            print(f"       {member['count']:>2} 次  {_snippet(member['canonical_text'])}")
    unassigned = sum(t is None for t in topic_map.assignments.values()) - len(topic_map.outliers)
    if unassigned:
        print(f"\n未归入任何主题的短标题等：{unassigned} 段")
    print(f"\n离群段落 {len(payload['outliers'])} 个（与文库中其他内容都不相似，起草时可隐藏）：")
    for outlier in payload["outliers"]:
        print(f"  〔{outlier['group_id']}〕《{outlier['document']}》 {outlier['file']}：{_snippet(outlier['text'])}")
    return 0


def _snippet(text: str, length: int = 40) -> str:
    return text if len(text) <= length else text[:length] + "……"


def cmd_compose(args) -> int:
    from nlp.compose import describe_pending, load_rules, rules_path, write

    path = Path(args.spec)
    try:
        spec = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as err:
        raise InputError(f"无法打开规格文件 {path}：{err.strerror or err}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise InputError(f"规格文件 {path.name} 不是有效的 UTF-8 JSON：{err}") from None
    with Library(args.db) as library:
        draft, filled = usecases.compose_from_spec(library, spec)
    review = usecases.review_draft(draft, load_rules(args.rules or rules_path(library.path)))
    if args.json:
        report = {
            "filled": [asdict(f) for f in filled],
            "warnings": [asdict(w) for w in review.warnings],
            "suggestions": [asdict(s) for s in review.suggestions],
            "pending": [asdict(p) for p in review.pending],
        }
    else:
        if filled:
            print(
                f"已填写 {len(filled)} 处："
                + "；".join(
                    f"{'标题' if f.block_index is None else f'第{f.block_index + 1}段'}“{f.text}”→“{f.replacement}”"
                    for f in filled
                )
            )
        if review.warnings:
            print(f"过时提示 {len(review.warnings)} 处：")
            for w in review.warnings:
                print(f"  第{w.block_index + 1}段“{w.text}”：{w.reason}")
        if review.suggestions:
            print(f"建议替换 {len(review.suggestions)} 处：")
            for s in review.suggestions:
                target = f"→“{s.replacement}”" if s.replacement else ""
                print(f"  第{s.block_index + 1}段“{s.text}”{target}：{s.reason}")
    if review.pending and not args.keep_placeholders:
        raise InputError(
            describe_pending(review.pending, draft.blocks, draft.title)
            + "。请填写后再导出，或加 --keep-placeholders 保留待填写项导出"
        )
    output = write(draft, args.output, keep_placeholders=args.keep_placeholders)
    if args.json:
        _print_json({"output": str(output), **report})
    else:
        kept = f"，保留待填写项 {len(review.pending)} 处" if review.pending else ""
        print(f"已导出 {output}（{len(draft.blocks)} 段{kept}）")
    return 0


def cmd_remove(args) -> int:
    with Library(args.db) as library:
        name = usecases.remove_file(library, args.file_id)
        revision = library.revision()
    if args.json:
        _print_json({"file_id": args.file_id, "name": name, "revision": revision.number})
    else:
        print(f"已从文库中删除文件 {args.file_id}：{name}（连同其中的文档）")
    return 0


def _check_text(report, settings) -> list[str]:
    """A report as readable lines: figures, sources, then each block with copied text."""
    from nlp.check.reports import summary_rows

    lines = [f"== {report.name} =="]
    lines += [f"{key}：{value}" for key, value in summary_rows(report.summary, settings)[:4]]
    if report.summary.sources:
        lines.append("来源：")
        lines += [
            f"  {percent(s.ratio):>6}  《{s.document}》 {s.file}{'（已排除）' if s.excluded else ''}"
            for s in report.summary.sources[:20]
        ]
    for number, block in enumerate(report.blocks, start=1):
        if not block.matches and not block.self_matches:
            continue
        lines.append(f"第{number}段 复制比 {block.similarity:.0%}：{_snippet(block.text)}")
        for m in block.matches:
            copied = "…".join(block.text[a:b] for a, b in m.spans)
            where = f"《{m.document}》 {m.file}" + (f" · {m.section}" if m.section else "")
            lines.append(f"    ← {where} 相似度 {m.similarity:.2f}：{_snippet(copied, 60)}")
        for m in block.self_matches:
            lines.append(f"    ↺ 与第{m.block_index + 1}段重复 相似度 {m.similarity:.2f}")
    return lines


def cmd_check(args) -> int:
    from nlp.check import CheckSettings
    from nlp.check.reports import batch_json, report_json, write_report

    settings = CheckSettings(
        threshold=args.threshold if args.threshold is not None else CheckSettings.threshold,
        min_chars=args.min_chars if args.min_chars is not None else CheckSettings.min_chars,
        exclude_files=tuple(args.exclude_file or ()),
        exclude_quotes=args.exclude_quotes,
    )
    if args.output and len(args.files) > 1:
        raise InputError("-o 只能用于一篇草稿；批量检查请用 --json")
    with Library(args.db) as library:
        batch = usecases.check_paths(library, [Path(name) for name in args.files], settings)
    drafts = batch.reports
    if args.output:
        write_report(batch.reports[0], args.output, settings)
    if args.json:
        _print_json(report_json(batch.reports[0], settings) if len(drafts) == 1 else batch_json(batch, settings))
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


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", help="文库数据库文件（默认 $JIHUA_DB 或 data/library.sqlite3）")
    common.add_argument("--json", action="store_true", help="以 JSON 输出")
    parser = argparse.ArgumentParser(prog="python -m nlp", description="计划工坊：命令行")
    commands = parser.add_subparsers(dest="command", required=True)
    p = commands.add_parser("parse", parents=[common], help="解析一个文件并显示结构（不入库）")
    p.add_argument("file")
    p.set_defaults(run=cmd_parse)
    p = commands.add_parser("ingest", parents=[common], help="导入文件或文件夹（递归）到文库")
    p.add_argument("paths", nargs="+")
    p.set_defaults(run=cmd_ingest)
    p = commands.add_parser("list", parents=[common], help="列出文库中的文档")
    p.set_defaults(run=cmd_list)
    p = commands.add_parser("show", parents=[common], help="显示文库中一篇文档的提纲")
    p.add_argument("document_id", type=int)
    p.set_defaults(run=cmd_show)
    p = commands.add_parser("remove", parents=[common], help="从文库中删除一个导入的文件（连同其中的文档）")
    p.add_argument("file_id", type=int, metavar="FILE_ID", help="文件编号（见 list 的 file_id）")
    p.set_defaults(run=cmd_remove)
    p = commands.add_parser("groups", parents=[common], help="近似重复段落分组（模板段落），按出现次数排列")
    p.add_argument("--threshold", type=float, help="相似度阈值，0–1（默认由基准测试选定）")
    p.add_argument("--min-count", type=int, default=1, metavar="N", help="只显示出现至少 N 次的组（默认 1：全部）")
    p.set_defaults(run=cmd_groups)
    p = commands.add_parser("compose", parents=[common], help="按规格文件起草计划并导出 .docx/.txt/.md")
    p.add_argument("spec", help="规格文件（JSON，见 README）")
    p.add_argument("-o", "--output", required=True, help="导出文件：扩展名 .docx、.txt 或 .md 决定格式")
    p.add_argument("--keep-placeholders", action="store_true", help="仍有待填写项时也导出（待填写项保留并标出）")
    p.add_argument(
        "--rules", help="过时提示规则文件（默认：文库旁的 *.staleness.toml，没有则 nlp/data/staleness.toml）"
    )
    p.set_defaults(run=cmd_compose)
    p = commands.add_parser("topics", parents=[common], help="文库中段落的主题（关键词标签）与离群段落")
    p.add_argument("--n-topics", type=int, metavar="K", help="主题数（默认自动选择）")
    p.set_defaults(run=cmd_topics)
    p = commands.add_parser("check", parents=[common], help="查重：草稿与文库、与自身、与其他草稿的重复文字")
    p.add_argument("files", nargs="+", metavar="FILE", help="草稿文件（txt/docx/pdf/html/md）；多个则批量检查并互查")
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
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except InputError as err:
        print(f"错误：{err}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # output piped into head and closed early
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
