"""The library's commands: parse, ingest, list, show, remove, trash, restore, correct."""

from __future__ import annotations

import sys
import threading
from dataclasses import asdict
from pathlib import Path

from nlp import usecases
from nlp.cli.output import ProgressLine, interrupt_sets, open_library, print_json
from nlp.errors import Cancelled, InputError
from nlp.library import StoreError, parse_file
from nlp.library.corrections import BLOCK_TYPES
from nlp.library.placeholders import find_placeholders
from nlp.models import CORRECTION_ACTIONS, Document, ParseResult
from nlp.resources import title_note


def document_json(document: Document) -> dict:
    """A document as the JSON contract names it."""
    return {
        "title": document.title,
        "title_source": document.title_source,
        "kind": document.kind,
        "year": document.year,
        # slots in a title line of the text (XX区总工会2024年工作要点); a file name's are not the page's
        "title_placeholders": [asdict(p) for p in find_placeholders(document.title)]
        if document.title_source != "file"
        else [],
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
    note = title_note(document.title_source)
    lines = [f"《{document.title}》{note} {document.kind} {document.year or '年份未注明'}"]
    for block in document.blocks:
        indent = "  " * (block.level or 1)
        text = block.text
        for p in reversed(block.placeholders):
            text = f"{text[: p.start]}【{p.text}】{text[p.end :]}"
        lines.append(f"{indent}{block.marker or ''}{text}" if block.type != "paragraph" else f"{indent}  {text}")
    return "\n".join(lines)


def cmd_parse(args) -> int:
    path = Path(args.file)
    try:
        with path.open("rb") as handle:
            if args.db is None:
                result = parse_file(handle, path.name)
            else:  # as an import into that library would parse it
                with open_library(args) as library:
                    result = usecases.parse_as_import(library, handle, path.name)
    except OSError as err:
        raise InputError(f"无法打开文件 {path}：{err.strerror or err}") from None
    if args.json:
        print_json(parse_json(path.name, result))
    else:
        print("\n\n".join(outline_text(d) for d in result.documents))
        if result.dropped:
            print(f"\n已清除 {len(result.dropped)} 行：")
            for d in result.dropped:
                print(f"  [{d.reason}] {d.text}")
    return 0


EXIT_CANCELLED = 130  # an import stopped by Ctrl-C, as a shell reports a command ended by SIGINT


def cmd_ingest(args) -> int:
    refused = 0
    reports = []
    paths = list(usecases.iter_files(args.paths))
    cancel = threading.Event()
    with open_library(args) as library, interrupt_sets(cancel):
        if notice := usecases.junk_model_notice(library):
            print(notice, file=sys.stderr)
        for number, path in enumerate(paths):
            progress = ProgressLine(sys.stderr)
            try:
                report = usecases.import_path(library, path, progress=progress, cancelled=cancel.is_set)
            except StoreError as err:  # the library, not the file: stop, and say what was not imported
                left = "、".join(p.name for p in paths[number:])
                raise StoreError(f"{err} 未导入的 {len(paths) - number} 个文件：{left}") from err
            except Cancelled:
                progress.clear()
                left = "、".join(p.name for p in paths[number:])
                print(f"已取消：{path} 没有导入，未导入的 {len(paths) - number} 个文件：{left}", file=sys.stderr)
                if args.json:
                    print_json([asdict(r) for r in reports])
                return EXIT_CANCELLED
            progress.clear()
            reports.append(report)
            refused += not report.ok
            if not args.json:
                print(f"{'✓' if report.ok else '✗'} {path}：{report.message}", flush=True)
    if args.json:
        print_json([asdict(r) for r in reports])
    if not reports:
        print("没有找到可导入的文件", file=sys.stderr)
        return 1
    return 1 if refused else 0


def cmd_list(args) -> int:
    with open_library(args) as library:
        documents = library.documents()
    if args.json:
        print_json([asdict(d) for d in documents])
        return 0
    if not documents:
        print("文库是空的。用 python -m nlp ingest 路径 导入文件。")
    for d in documents:
        note = title_note(d.title_source)
        print(f"{d.id:>5}  {d.kind}  {d.year or '----'}  {d.blocks:>3} 块  {d.title}{note}  〔{d.file_name}〕")
    return 0


def cmd_show(args) -> int:
    with open_library(args) as library:
        try:
            document = library.document(args.document_id)
        except KeyError:
            raise InputError(f"文库中没有编号为 {args.document_id} 的文档") from None
    if args.json:
        print_json(document_json(document))
    else:
        print(outline_text(document))
    return 0


def cmd_remove(args) -> int:
    with open_library(args) as library:
        name = usecases.remove_file(library, args.file_id)
        revision = library.revision()
    if args.json:
        print_json({"file_id": args.file_id, "name": name, "revision": revision.number})
    else:
        print(f"已从文库中删除文件 {args.file_id}：{name}（连同其中的文档；可用 restore {args.file_id} 恢复）")
    return 0


def cmd_trash(args) -> int:
    with open_library(args) as library:
        trashed = library.trashed_files()
    if args.json:
        print_json([asdict(t) for t in trashed])
        return 0
    if not trashed:
        print("回收站是空的。")
    for t in trashed:
        print(f"{t.id:>5}  {t.documents:>3} 篇  删除于 {t.removed_at[:19]}  {t.removed_by}  {t.name}")
    return 0


def cmd_restore(args) -> int:
    with open_library(args) as library:
        outcome = usecases.restore_file(library, args.file_id)
        revision = library.revision()
    if args.json:
        print_json({**asdict(outcome), "revision": revision.number})
    else:
        print(f"已恢复文件 {outcome.file_id}（文档 {outcome.added} 篇）")
    return 0


# ``correct ACTION``: the block-level ones name a block by its number in ``show`` (1 = first).
_BLOCK_ACTIONS = ("junk", "split", "block")


def cmd_correct(args) -> int:
    with open_library(args) as library:
        if args.action == "list":
            corrections = library.corrections(args.target)
            junked = usecases.junked_blocks(library, args.target)
        else:
            if args.action == "keep":
                done = usecases.keep_block(library, args.target, args.value)
            elif args.action == "undo":
                if not args.value.isdigit():
                    raise InputError("请给出要撤销的更正编号（见 correct list 文件编号）")
                usecases.undo_correction(library, args.target, int(args.value))
                done = None
            else:
                block = None
                if args.action in _BLOCK_ACTIONS:
                    if not (args.value or "").isdigit() or int(args.value) < 1:
                        raise InputError("请给出段落块的序号（从 1 数起，与 show 显示的顺序相同）")
                    block = int(args.value) - 1
                value = {
                    "junk": args.reason or "",
                    "block": f"{args.type}:{args.level or ''}",
                    "title": args.value or "",
                    "year": "" if args.value in (None, "none", "未注明") else args.value,
                }.get(args.action, "")
                done = usecases.correct_document(library, args.target, args.action, block=block, value=value)
            revision = library.revision()
    if args.action == "list":
        if args.json:
            print_json(
                {
                    "file_id": args.target,
                    "corrections": [asdict(c) for c in corrections],
                    "junked": [{"anchor": a, "text": t} for a, t in junked.items()],
                }
            )
            return 0
        for c in corrections:
            print(f"{c.id:>5}  {c.action}  {c.value}  {c.person}  {c.text[:40]}")
        for anchor, text in junked.items():
            print(f"标为杂项  {anchor}  {text[:40]}")
        if not corrections:
            print("这个文件没有更正。")
        return 0
    if args.json:
        print_json({"correction": asdict(done) if done else None, "revision": revision.number})
    elif done is None:
        print(f"已撤销更正 {args.value}")
    else:
        print(f"已更正（编号 {done.id}）：{done.action} {done.text[:40]}")
    return 0


def add_commands(commands, common) -> None:
    """The parsers of parse, ingest, list, show, remove, trash, restore, correct."""
    p = commands.add_parser(
        "parse", parents=[common], help="解析一个文件并显示结构（不入库）；给出 --db 时按导入该文库的方式解析"
    )
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
    p = commands.add_parser("trash", parents=[common], help="回收站：删除后可以恢复的文件")
    p.set_defaults(run=cmd_trash)
    p = commands.add_parser("restore", parents=[common], help="从回收站恢复一个删除的文件（连同其更正）")
    p.add_argument("file_id", type=int, metavar="FILE_ID", help="文件编号（见 trash）")
    p.set_defaults(run=cmd_restore)
    p = commands.add_parser(
        "correct",
        parents=[common],
        help="更正解析结果：junk/split/block 文档 块序号，merge 文档，title 文档 标题，year 文档 年份；"
        "list/keep/undo 文件编号",
    )
    p.add_argument("action", choices=(*CORRECTION_ACTIONS, "list", "undo"))
    p.add_argument("target", type=int, metavar="ID", help="文档编号（见 list）；list、keep、undo 为文件编号")
    p.add_argument("value", nargs="?", help="段落块序号（从 1 数起）、新标题、年份（none：未注明）、更正编号或锚点")
    p.add_argument("--reason", help="junk：标为杂项的原因")
    p.add_argument("--type", choices=BLOCK_TYPES, default="paragraph", help="block：新类型")
    p.add_argument("--level", type=int, help="block：标题或条目的层级（1 = 一、）")
    p.set_defaults(run=cmd_correct)
