"""compose: a plan from a spec, reviewed, exported."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from nlp import usecases
from nlp.cli.output import open_library, print_json
from nlp.errors import InputError


def cmd_compose(args) -> int:
    from nlp.compose import describe_pending, load_rules, rules_path, write

    path = Path(args.spec)
    try:
        spec = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as err:
        raise InputError(f"无法打开规格文件 {path}：{err.strerror or err}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise InputError(f"规格文件 {path.name} 不是有效的 UTF-8 JSON：{err}") from None
    with open_library(args) as library:
        draft, filled = usecases.compose_from_spec(library, spec)
        units = usecases.library_units(library)
    review = usecases.review_draft(draft, load_rules(args.rules or rules_path(library.path)), known_units=units)
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
        print_json({"output": str(output), **report})
    else:
        kept = f"，保留待填写项 {len(review.pending)} 处" if review.pending else ""
        print(f"已导出 {output}（{len(draft.blocks)} 段{kept}）")
    return 0


def add_commands(commands, common) -> None:
    """The parser of compose."""
    p = commands.add_parser("compose", parents=[common], help="按规格文件起草计划并导出 .docx/.txt/.md")
    p.add_argument("spec", help="规格文件（JSON，见 README）")
    p.add_argument("-o", "--output", required=True, help="导出文件：扩展名 .docx、.txt 或 .md 决定格式")
    p.add_argument("--keep-placeholders", action="store_true", help="仍有待填写项时也导出（待填写项保留并标出）")
    p.add_argument(
        "--rules", help="过时提示规则文件（默认：文库旁的 *.staleness.toml，没有则 nlp/data/staleness.toml）"
    )
    p.set_defaults(run=cmd_compose)
