"""The figures of a report as (label, value) rows, and a block's text cut at its copied spans:
what every rendering of a report (text, HTML, DOCX) shows alike."""

from __future__ import annotations

from collections.abc import Sequence

from nlp.check.engine import CheckSettings, span_edges, span_mask
from nlp.models import (
    CheckSummary,
    Span,
)
from nlp.resources import percent


def pieces(text: str, spans: Sequence[Span]) -> list[tuple[str, bool]]:
    """``text`` cut where ``spans`` start and end: (piece, copied) in order, uncopied ones possibly empty."""
    edges = span_edges(span_mask(spans, len(text))).tolist()
    pieces, cursor = [], 0
    for start, end in zip(edges[::2], edges[1::2]):
        pieces += [(text[cursor:start], False), (text[start:end], True)]
        cursor = end
    pieces.append((text[cursor:], False))
    return pieces


def summary_rows(summary: CheckSummary, settings: CheckSettings | None = None) -> list[tuple[str, str]]:
    rows = [
        ("总文字复制比", percent(summary.copied_ratio)),
        ("去除所选来源后的复制比", percent(summary.copied_ratio_excluding)),
        ("单篇最大文字复制比", percent(summary.max_single_source_ratio)),
        ("自我重复比", percent(summary.self_repeated_ratio)),
        ("总字符数", str(summary.characters)),
        ("复制字符数", str(summary.copied_characters)),
    ]
    if settings is not None:
        rows += [
            ("相似度阈值", f"{settings.threshold:g}"),
            ("最小匹配长度", f"{settings.min_chars} 字"),
            ("排除的来源", "、".join(settings.exclude_files) or "无"),
            ("排除引用", "是" if settings.exclude_quotes else "否"),
        ]
    return rows
