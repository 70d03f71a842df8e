"""Command line: ``python -m nlp COMMAND …``. Parses arguments, calls the library, prints.

Commands (each documented in the README):
  parse FILE [--json]        the structure of one file, without storing it
  ingest PATH… [--json]      import files or folders (recursive) into the library
  list [--json]              what the library holds
  show DOCUMENT_ID [--json]  one stored document's outline and dropped lines
Every command takes ``--db PATH`` (default: $JIHUA_DB or data/library.sqlite3).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import asdict
from pathlib import Path

from .errors import InputError
from .ingest import ingest_path, iter_files, parse_file
from .models import Document, ParseResult
from .store import Library

TYPE_LABELS = {"heading": "标题", "item": "条目", "paragraph": "段落"}


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
            text = f"{text[:p.start]}【{p.text}】{text[p.end:]}"
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
        for path in iter_files(args.paths):
            report = ingest_path(library, path)
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


if __name__ == "__main__":
    sys.exit(main())
