"""What every rendering of a report (text, HTML, DOCX) shows alike: the head of the 文本复制检测报告单,
its figures and settings as (label, value) rows, and a block's text cut into copied, quoted and plain
pieces."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime

import numpy as np

from nlp.check.engine import REWRITE_LABEL, REWRITTEN, CheckSettings, span_edges, span_mask
from nlp.cycle.provenance import origin_label, reused_blocks
from nlp.models import (
    CheckedBlock,
    CheckReport,
    CheckScope,
    CheckSummary,
    ReportHead,
    Span,
)
from nlp.resources import percent

REPORT_TITLE = "文本复制检测报告单"


def pieces(text: str, spans: Sequence[Span]) -> list[tuple[str, bool]]:
    """``text`` cut where ``spans`` start and end: (piece, copied) in order, uncopied ones possibly empty."""
    edges = span_edges(span_mask(spans, len(text))).tolist()
    pieces, cursor = [], 0
    for start, end in zip(edges[::2], edges[1::2]):
        pieces += [(text[cursor:start], False), (text[start:end], True)]
        cursor = end
    pieces.append((text[cursor:], False))
    return pieces


def marked_pieces(text: str, spans: Sequence[Span], quoted: np.ndarray) -> list[tuple[str, str | None]]:
    """``text`` cut into (piece, mark): "quoted" for quotations (``quoted_mask``), "copied" for the
    other characters in ``spans``, None for the rest; no piece is empty."""
    copied = span_mask(spans, len(text))
    kinds = np.where(quoted, 2, np.where(copied, 1, 0))
    cuts = [0, *(np.flatnonzero(np.diff(kinds)) + 1).tolist(), len(text)]
    names = {0: None, 1: "copied", 2: "quoted"}
    return [(text[a:b], names[int(kinds[a])]) for a, b in zip(cuts, cuts[1:]) if a < b]


def source_numbers(summary: CheckSummary) -> dict[tuple, int]:
    """Each source's number in the 相似文献列表, keyed as ``source_notes`` looks it up."""
    return {(s.document_id, s.document, s.file): n for n, s in enumerate(summary.sources, start=1)}


def reuse_rows(report: CheckReport) -> list[tuple[str, str, str, str]]:
    """The paragraphs marked 合理借鉴, listed apart: (段号, the paragraph, the reason, 重合字数)."""
    return [(str(n), b.text, b.origin.reuse or "未填写", str(b.copied_characters)) for n, b in reused_blocks(report)]


def source_notes(block: CheckedBlock, numbers: dict[tuple, int]) -> list[tuple[str, bool]]:
    """Each source of a block, one line each, for the 全文对照: (line, excluded); library sources,
    named by their number in the 相似文献列表, then earlier paragraphs it repeats."""
    notes = []
    for m in block.matches:
        number = numbers.get((m.document_id, m.document, m.file))
        where = (f"[{number}] " if number else "") + f"《{m.document}》" + (f" · {m.section}" if m.section else "")
        kind = f" · {REWRITE_LABEL}" if m.kind == REWRITTEN else ""
        notes.append((f"{where}{kind} · 相似度 {percent(m.similarity)} · 占本段 {percent(m.ratio)}", m.excluded))
    notes += [
        (f"与本稿第{m.block_index + 1}段重复 · 相似度 {percent(m.similarity)}", False) for m in block.self_matches
    ]
    if block.origin is not None:
        notes.append((f"本段来源：{origin_label(block.origin)}", False))
    return notes


def _local_time(moment: datetime | str) -> str:
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def report_head(
    report: CheckReport,
    *,
    scope: CheckScope | None = None,
    title: str | None = None,
    unit: str | None = None,
    checked_at: datetime | None = None,
) -> ReportHead:
    """The head of the report: a 报告编号 made of the time and a digest of the draft, the time of the
    check, the draft's title (its name when none is given) and unit, and the library checked against."""
    checked_at = checked_at or datetime.now().astimezone()
    digest = hashlib.sha1("\n".join([report.name, *(b.text for b in report.blocks)]).encode("utf-8", "replace"))
    number = f"JHGF-{checked_at:%Y%m%d%H%M}-{digest.hexdigest()[:6].upper()}"
    return ReportHead(number, _local_time(checked_at), title or report.name, unit or None, scope)


def scope_text(scope: CheckScope | None) -> str:
    if scope is None:
        return "未提供"
    newest = f"，最近一次导入 {_local_time(scope.newest_import)}" if scope.newest_import else ""
    return f"本地文库 {scope.files} 个文件、{scope.documents} 篇文档（文库版本 {scope.revision}{newest}）"


def settings_text(settings: CheckSettings) -> str:
    return "；".join(f"{key} {value}" for key, value in settings_rows(settings))


def head_rows(head: ReportHead, settings: CheckSettings | None) -> list[tuple[str, str]]:
    return [
        ("报告编号", head.number),
        ("检测时间", head.checked_at),
        ("检测文献", head.title),
        ("单位", head.unit or "未填写"),
        ("检测范围", scope_text(head.scope)),
        ("检测设置", settings_text(settings or CheckSettings())),
    ]


def summary_rows(summary: CheckSummary, settings: CheckSettings | None = None) -> list[tuple[str, str]]:
    """The figures in the order of a 文本复制检测报告单 (去除引用文字复制比 right after the total);
    with ``settings``, the settings after them."""
    rows = [
        ("总文字复制比", percent(summary.copied_ratio)),
        ("去除引用文字复制比", percent(summary.copied_ratio_excluding_quotes)),
        *(
            [("去除合理借鉴复制比", percent(summary.copied_ratio_excluding_reuse))]
            if summary.copied_ratio_excluding_reuse is not None
            else []
        ),
        ("去除所选来源复制比", percent(summary.copied_ratio_excluding)),
        ("单篇最大文字复制比", percent(summary.max_single_source_ratio)),
        ("重复字数", str(summary.copied_characters)),
        ("总字数", str(summary.characters)),
        ("总段落数", str(summary.paragraphs)),
        ("疑似段落数", str(summary.suspicious_paragraphs)),
        ("前部重合字数", str(summary.front_copied_characters)),
        ("后部重合字数", str(summary.back_copied_characters)),
        ("疑似段落最大重合字数", str(summary.max_paragraph_copied_characters)),
        ("疑似段落最小重合字数", str(summary.min_paragraph_copied_characters)),
        ("自我重复比", percent(summary.self_repeated_ratio)),
    ]
    return rows + (settings_rows(settings) if settings is not None else [])


def settings_rows(settings: CheckSettings) -> list[tuple[str, str]]:
    return [
        ("相似度阈值", f"{settings.threshold:g}"),
        ("最小匹配长度", f"{settings.min_chars} 字"),
        ("排除的来源", "、".join(settings.exclude_files) or "无"),
        ("排除引用", "是" if settings.exclude_quotes else "否"),
    ]
