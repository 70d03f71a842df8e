"""Command line: ``python -m nlp COMMAND …``. Parses arguments, calls the library, prints.

Commands (each documented in the README):
  parse FILE [--json]        the structure of one file, without storing it
  ingest PATH… [--json]      import files or folders (recursive) into the library
  list [--json]              what the library holds
  show DOCUMENT_ID [--json]  one stored document's outline and dropped lines
  groups [--json]            near-duplicate groups of the library's blocks, most repeated first
  remove FILE_ID [--json]    remove an imported file and its documents (into the trash)
  trash [--json]             the removed files that can be restored
  restore FILE_ID [--json]   a removed file back from the trash, with its corrections
  correct ACTION ID [VALUE] [--reason R] [--type T --level N] [--json]
                             correct a parse: junk/split/block DOCUMENT BLOCK, merge DOCUMENT, title DOCUMENT
                             TITLE, year DOCUMENT YEAR|none; list FILE, keep FILE ANCHOR, undo FILE CORRECTION
  compose SPEC.json -o OUT   a plan from a spec, exported as .docx/.txt/.md
  topics [--n-topics K] [--rebuild] [--json]  topics of the distinct paragraphs (keyword labels) and outliers
  check FILE… | --draft ID [--json] [--threshold X] [--min-chars N] [--exclude-file NAME] [--exclude-quotes] [-o REPORT]
                             查重: copied text of drafts against the library, themselves and each other
  archive build|add SOURCE --archive DIR [--cluster ADDRESS|local]   the federation's Parquet archive
  archive export|import --archive DIR --unit U [--year Y]            the library into it, a unit back
  screen --archive DIR --submissions DIR -o OUT [--cluster ADDRESS|local] [--exclude-own-years]
                             a federation's batch 查重 of a year's submissions (nlp.federation)
  groups --archive DIR [--engine dask --cluster ADDRESS|local]      the archive's groups
  user add NAME [--admin | --role ROLE] --unit UNIT   an account (password from a prompt or stdin)
  user list / unit add NAME / unit list             accounts and units
  share FILE_ID [--off]      put a file into the shared library (范文, 上级文件) or take it out
  audit [-o FILE.csv]        the audit log (imports, removals, exports, shares, sign-ins)
  followup PLAN SUMMARY [--level N] [--json] [-o REPORT.docx]
                             计划↔总结 对照: each plan item 已落实 / 部分 / 未提及, targets met or not
  compare DOCUMENT [--json] | compare --draft ID [--json]
                             年度对比: a plan or draft block by block against earlier years' plans
  where-used BLOCK_ID [--json]
                             the documents (year, unit) and drafts using a library block's group
  mark-reuse DRAFT_ID N [--reason TEXT] [--off]
                             paragraph N of a draft marked 合理借鉴 (reported apart by 查重), or unmarked
  replace OLD NEW [--draft ID]… [--apply] [--json]
                             one 提法 replaced in saved drafts: a preview, saved with --apply
Every command takes ``--db PATH`` (default: $JIHUA_DB or data/library.sqlite3) and ``--unit UNIT``
(the unit whose library and drafts it works on; default: every unit, as the local administrator:
whoever can read the library file can read everything in it). A command
parses its arguments, calls a use case (``nlp.usecases``) and prints; the installed console
command ``jihua`` is the same ``main``.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path

from nlp import access, usecases
from nlp.cycle import origin_label
from nlp.errors import Cancelled, InputError
from nlp.library import Library, StoreError, parse_file
from nlp.library.corrections import BLOCK_TYPES
from nlp.models import CORRECTION_ACTIONS, BatchReport, Document, ParseResult, Progress
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


@contextlib.contextmanager
def _open(args) -> Iterator[access.ScopedLibrary]:
    """The library as the local user sees it: every unit, or the one named by ``--unit``."""
    with Library(args.db) as library:
        yield access.ScopedLibrary(library, access.local_actor(access.unit_id_of(library, args.unit)))


def _password(prompt: str) -> str:
    """A password typed twice at a terminal, or the first line of standard input; never an argument."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(prompt)
    if getpass.getpass("再输入一次：") != first:
        raise InputError("两次输入的密码不一致")
    return first


def cmd_user(args) -> int:
    with _open(args) as library:
        if args.action == "list":
            units = {u.id: u.name for u in library.units()}
            people = library.people()
            if args.json:
                _print_json([{**asdict(p), "unit": units.get(p.unit_id)} for p in people])
            for p in [] if args.json else people:
                print(f"{p.id:>4}  {p.name}  {p.role}  {units.get(p.unit_id)}{'' if p.active else '  （已停用）'}")
            return 0
        if not args.name:
            raise InputError("请给出账号名：python -m nlp user add 名字 --unit 单位")
        if args.unit is None:
            raise InputError("请用 --unit 指定账号所属的单位（名称或编号，见 python -m nlp unit list）")
        role = access.ADMIN if args.admin else args.role
        person = library.add_person(args.name, library.actor.unit_id, role, _password(f"{args.name} 的密码："))
    print(f"已创建账号 {person.name}（{person.role}）")
    return 0


def cmd_unit(args) -> int:
    with _open(args) as library:
        if args.action == "add":
            if not args.name:
                raise InputError("请给出单位名称：python -m nlp unit add 名称")
            unit = library.add_unit(args.name)
            print(f"已创建单位 {unit.id}：{unit.name}")
            return 0
        units = library.units()
    if args.json:
        _print_json([asdict(u) for u in units])
    for u in [] if args.json else units:
        print(f"{u.id:>4}  {u.name}")
    return 0


def cmd_share(args) -> int:
    with _open(args) as library:
        library.set_file_shared(args.file_id, not args.off)
    print(f"文件 {args.file_id} {'已移出' if args.off else '已放入'}共享文库")
    return 0


def cmd_audit(args) -> int:
    with _open(args) as library:
        if args.output:
            Path(args.output).write_text(library.audit_csv(), encoding="utf-8-sig")
            print(f"审计日志已写入 {args.output}")
            return 0
        entries = library.audit_entries(None if args.json else 50)
    if args.json:
        _print_json([asdict(e) for e in entries])
    for e in [] if args.json else entries:
        print(f"{e.at[:19]}  {e.person}  {e.action}  {e.object}  {e.detail}{'' if e.ok else '  ✗'}")
    return 0


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


EXIT_CANCELLED = 130  # an import stopped by Ctrl-C, as a shell reports a command ended by SIGINT


def cmd_ingest(args) -> int:
    refused = 0
    reports = []
    paths = list(usecases.iter_files(args.paths))
    cancel = threading.Event()
    with _open(args) as library, _interrupt_sets(cancel):
        for number, path in enumerate(paths):
            progress = _ProgressLine(sys.stderr)
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
                    _print_json([asdict(r) for r in reports])
                return EXIT_CANCELLED
            progress.clear()
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


@contextlib.contextmanager
def _interrupt_sets(event: threading.Event) -> Iterator[None]:
    """While inside, the first Ctrl-C sets ``event`` (the import stops at its next step, nothing of the
    file stored); a second one interrupts at once. Outside the main thread signals cannot be caught."""

    def on_interrupt(signum, frame) -> None:  # no printing here: it could interrupt a write to stderr
        event.set()
        signal.signal(signal.SIGINT, signal.default_int_handler)

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, on_interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


class _ProgressLine:
    """One file's progress on stderr (never stdout, which ``--json`` keeps for scripts): rewritten in
    place on a terminal; otherwise, for a file that takes longer than ``LOG_INTERVAL_SECONDS``, a line
    every as many seconds, so a log of small files gets none."""

    LOG_INTERVAL_SECONDS = 2.0

    def __init__(self, stream):
        self.stream = stream
        self.terminal = stream.isatty()
        self.shown = False
        self.printed_at = time.monotonic()

    def __call__(self, progress: Progress) -> None:
        text = f"{progress.name}：{progress.text}"
        if self.terminal:
            self.stream.write(f"\r\033[K{text}")
        elif time.monotonic() - self.printed_at >= self.LOG_INTERVAL_SECONDS:
            self.printed_at = time.monotonic()
            self.stream.write(f"{text}\n")
        else:
            return
        self.shown = True
        self.stream.flush()

    def clear(self) -> None:
        """Remove the progress line from a terminal before the file's result is printed."""
        if self.terminal and self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()


def cmd_list(args) -> int:
    with _open(args) as library:
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
    with _open(args) as library:
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


def _cluster(address: str | None):
    """A Dask client for ``--cluster`` (``local``: a LocalCluster here), or none: run in this process."""
    if address is None:
        return contextlib.nullcontext()
    from nlp.federation.cluster import connect

    return connect(address)


def _archive_groups(args, threshold: float) -> tuple[int, list]:
    from nlp.federation.archive import archive_slices, slice_rows
    from nlp.federation.cluster import archive_groups

    archive = Path(args.archive)
    blocks = sum(slice_rows(archive, archive_slices(archive)))
    address = (args.cluster or "local") if args.engine == "dask" else None
    with _cluster(address) as client:
        return blocks, archive_groups(archive, client=client, threshold=threshold)


def cmd_groups(args) -> int:
    from nlp.boilerplate import DEFAULT_THRESHOLD

    threshold = DEFAULT_THRESHOLD if args.threshold is None else args.threshold
    if args.engine == "dask" and not args.archive:
        raise InputError("--engine dask 需要 --archive 档案库目录")
    if args.archive:
        blocks, groups = _archive_groups(args, threshold)
    else:
        with _open(args) as library:
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
        "built_at": topic_map.built_at,
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
    with _open(args) as library:
        groups, topic_map = usecases.library_topics(library, n_topics=args.n_topics, rebuild=args.rebuild)
    payload = topics_json(groups, topic_map)
    if args.json:
        _print_json(payload)
        return 0
    how = "自动选择" if topic_map.auto_k else "指定"
    blocks = sum(g.count for g in groups)
    print(f"主题 {len(topic_map.topics)} 个（{how}）；段落块 {blocks} 个，不同段落 {len(groups)} 个")
    print(f"主题最近一次重建：{topic_map.built_at}（此后导入的段落归入最相近的主题；--rebuild 立即重建）")
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
    with _open(args) as library:
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
        _print_json({"output": str(output), **report})
    else:
        kept = f"，保留待填写项 {len(review.pending)} 处" if review.pending else ""
        print(f"已导出 {output}（{len(draft.blocks)} 段{kept}）")
    return 0


def cmd_remove(args) -> int:
    with _open(args) as library:
        name = usecases.remove_file(library, args.file_id)
        revision = library.revision()
    if args.json:
        _print_json({"file_id": args.file_id, "name": name, "revision": revision.number})
    else:
        print(f"已从文库中删除文件 {args.file_id}：{name}（连同其中的文档；可用 restore {args.file_id} 恢复）")
    return 0


def cmd_trash(args) -> int:
    with _open(args) as library:
        trashed = library.trashed_files()
    if args.json:
        _print_json([asdict(t) for t in trashed])
        return 0
    if not trashed:
        print("回收站是空的。")
    for t in trashed:
        print(f"{t.id:>5}  {t.documents:>3} 篇  删除于 {t.removed_at[:19]}  {t.removed_by}  {t.name}")
    return 0


def cmd_restore(args) -> int:
    with _open(args) as library:
        outcome = usecases.restore_file(library, args.file_id)
        revision = library.revision()
    if args.json:
        _print_json({**asdict(outcome), "revision": revision.number})
    else:
        print(f"已恢复文件 {outcome.file_id}（文档 {outcome.added} 篇）")
    return 0


# ``correct ACTION``: the block-level ones name a block by its number in ``show`` (1 = first).
_BLOCK_ACTIONS = ("junk", "split", "block")


def cmd_correct(args) -> int:
    with _open(args) as library:
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
            _print_json(
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
        _print_json({"correction": asdict(done) if done else None, "revision": revision.number})
    elif done is None:
        print(f"已撤销更正 {args.value}")
    else:
        print(f"已更正（编号 {done.id}）：{done.action} {done.text[:40]}")
    return 0


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
        lines.append(f"第{number}段 复制比 {block.similarity:.0%}：{_snippet(block.text)}")
        for m in block.matches:
            copied = "…".join(block.text[a:b] for a, b in m.spans)
            where = f"《{m.document}》 {m.file}" + (f" · {m.section}" if m.section else "")
            lines.append(f"    ← {where} 相似度 {m.similarity:.2f}：{_snippet(copied, 60)}")
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
    with _open(args) as library:
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
        _print_json(
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


def cmd_archive(args) -> int:
    from nlp.federation import archive as federation_archive

    if args.action in ("build", "add"):
        if not args.source:
            raise InputError(f"archive {args.action} 需要来源文件夹（按“年份/单位/文件”存放）")
        with _cluster(args.cluster) as client:
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
            _print_json(payload)
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
        _print_json(payload)
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
    with _cluster(args.cluster) as client:
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
        _print_json(json.loads((out / "summary.json").read_text(encoding="utf-8")))
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

    with Library(args.db) as library:
        plan = usecases.cycle_document(library, args.plan)
        summary = usecases.cycle_document(library, args.summary)
        report = usecases.followup_report(library, plan, summary, level=args.level)
    if args.output:
        if Path(args.output).suffix.lower() != ".docx":
            raise InputError("-o 的报告须是 .docx 文件")
        Path(args.output).write_bytes(followup_docx(report))
    if args.json:
        _print_json(followup_json(report))
        return 0
    print("\n".join(_followup_text(report)))
    if args.output:
        print(f"报告已写入 {args.output}")
    return 0


def cmd_compare(args) -> int:
    from nlp.cycle.export import comparison_json

    if (args.document is None) == (args.draft is None):
        raise InputError("请给出一篇文档（文库编号或文件），或用 --draft 指定一份草稿，二者选一")
    with Library(args.db) as library:
        if args.draft is not None:
            comparison = usecases.compare_draft(
                library.draft(args.draft).draft, usecases.library_plans(library.documents(), library.blocks())
            )
        else:
            document = usecases.cycle_document(library, args.document)
            exclude = int(args.document) if str(args.document).isdigit() else None
            comparison = usecases.compare_document(library, document, exclude=exclude)
    if args.json:
        _print_json(comparison_json(comparison))
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

    with _open(args) as library:
        used = usecases.block_where_used(library, args.block_id)
    if args.json:
        _print_json(where_used_json(used))
        return 0
    lines = [f"段落 {args.block_id} 所在的组（{used.group_id}）：{_snippet(used.canonical_text)}"]
    lines.append(f"文库中 {len(used.documents)} 篇文档：")
    lines += [
        f"  {d.year or '—'} · 《{d.title}》 · {d.unit or '单位不详'} · {d.file}（段落 {'、'.join(map(str, d.block_ids))}）"
        for d in used.documents
    ]
    lines.append(f"草稿中 {len(used.drafts)} 处：" if used.drafts else "没有草稿用到它。")
    lines += [
        f"  《{d.title}》第 {d.block_index + 1} 段 · {'取自此组' if d.how == 'taken' else '文字相同'}"
        f" · {ORIGIN_STATUS[d.status]}：{_snippet(d.text)}"
        for d in used.drafts
    ]
    print("\n".join(lines))
    return 0


def cmd_mark_reuse(args) -> int:
    with _open(args) as library:
        text = usecases.mark_reuse(library, args.draft_id, args.block - 1, args.reason or "", on=not args.off)
    if args.json:
        _print_json(
            {
                "draft_id": args.draft_id,
                "block": args.block,
                "text": text,
                "reason": args.reason or "",
                "marked": not args.off,
            }
        )
    elif args.off:
        print(f"已取消草稿 {args.draft_id} 第 {args.block} 段的合理借鉴标记：{_snippet(text)}")
    else:
        print(
            f"已把草稿 {args.draft_id} 第 {args.block} 段标为合理借鉴（查重时单列，不计入去除合理借鉴复制比）：{_snippet(text)}"
        )
    return 0


def cmd_replace(args) -> int:
    from nlp.cycle import preview_replace

    with Library(args.db) as library:
        ids = args.draft or [d.id for d in library.drafts()]
        changes = preview_replace([library.draft(i) for i in ids], args.old, args.new)
        if args.apply and changes:
            usecases.replace_everywhere(library, sorted({c.draft_id for c in changes}), args.old, args.new)
    if args.json:
        _print_json(
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


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", help="文库数据库文件（默认 $JIHUA_DB 或 data/library.sqlite3）")
    common.add_argument("--json", action="store_true", help="以 JSON 输出")
    common.add_argument("--unit", help="单位（名称或编号）：只用这个单位的文库和草稿（加共享文库）；默认全部单位")
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
    p = commands.add_parser("groups", parents=[common], help="近似重复段落分组（模板段落），按出现次数排列")
    p.add_argument("--threshold", type=float, help="相似度阈值，0–1（默认由基准测试选定）")
    p.add_argument("--min-count", type=int, default=1, metavar="N", help="只显示出现至少 N 次的组（默认 1：全部）")
    p.add_argument("--archive", metavar="DIR", help="对联合会档案库（Parquet）分组，而不是文库")
    p.add_argument(
        "--engine", choices=("single", "dask"), default="single", help="single：本进程；dask：在 Dask 集群上核对"
    )
    p.add_argument(
        "--cluster", metavar="ADDRESS", help="Dask 调度器地址，或 local（本机两个 worker；--engine dask 的默认）"
    )
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
    p.add_argument("--rebuild", action="store_true", help="按当前文库重新聚类主题（否则沿用上次的主题）")
    p.set_defaults(run=cmd_topics)
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
    p = commands.add_parser(
        "user", parents=[common], help="账号：user add 名字 --unit 单位 [--admin | --role 角色]；user list"
    )
    p.add_argument("action", choices=("add", "list"))
    p.add_argument("name", nargs="?")
    p.add_argument("--admin", action="store_true", help="管理员（第一个管理员用这个命令创建）")
    p.add_argument("--role", choices=access.ROLES, default=access.DRAFTER, help="角色（默认起草人）")
    p.set_defaults(run=cmd_user)
    p = commands.add_parser("unit", parents=[common], help="单位：unit add 名称；unit list")
    p.add_argument("action", choices=("add", "list"))
    p.add_argument("name", nargs="?")
    p.set_defaults(run=cmd_unit)
    p = commands.add_parser("share", parents=[common], help="把文件放入共享文库（范文、上级文件），--off 移出")
    p.add_argument("file_id", type=int, metavar="FILE_ID")
    p.add_argument("--off", action="store_true")
    p.set_defaults(run=cmd_share)
    p = commands.add_parser("audit", parents=[common], help="审计日志：导入、删除、导出、共享、登录")
    p.add_argument("-o", "--output", metavar="FILE.csv", help="导出为 CSV")
    p.set_defaults(run=cmd_audit)

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
