"""A 查重 report as a self-contained HTML page (every piece of text escaped)."""

from __future__ import annotations

import html
from collections.abc import Sequence

from nlp.check.engine import CheckSettings, quoted_mask, severity
from nlp.check.reports.figures import (
    REPORT_TITLE,
    head_rows,
    marked_pieces,
    pieces,
    report_head,
    reuse_rows,
    source_notes,
    source_numbers,
    summary_rows,
)
from nlp.cycle.provenance import origin_label
from nlp.models import (
    CheckedBlock,
    CheckReport,
    ReportHead,
    Span,
)
from nlp.resources import COLOURS, mark_style, percent

_LOW_STYLE = "border-bottom:1px dashed #8a8a8a"


def highlight(text: str, spans: Sequence[Span], level: str = "high", *, title: str | None = None) -> str:
    """``text`` escaped, with ``spans`` wrapped in ``<mark>`` coloured by severity ("low": underlined only).

    Each piece is escaped on its own, so a span never splits an HTML entity.
    """
    if level in COLOURS:
        style = mark_style(level)
    else:
        style = f"background:none;color:inherit;{_LOW_STYLE}"
    attribute = f' title="{html.escape(title)}"' if title else ""
    spans = [(max(0, a), min(len(text), b)) for a, b in spans]
    return "".join(
        f'<mark class="copied {level}"{attribute} style="{style}">{html.escape(piece)}</mark>'
        if copied
        else html.escape(piece)
        for piece, copied in pieces(text, spans)
    )


def block_html(block: CheckedBlock, number: int | None = None) -> str:
    """One checked block: marker, text with copied spans coloured by the block's severity."""
    spans = [s for m in block.matches for s in m.spans]
    level = severity(block.similarity)
    sources = "、".join(dict.fromkeys(f"《{m.document}》" for m in block.matches))
    body = highlight(block.text, spans, level, title=f"复制比 {block.similarity:.0%}：{sources}" if sources else None)
    if block.marker:
        body = f'<span style="color:#2e7d6b;margin-right:0.25em">{html.escape(block.marker)}</span>{body}'
    if block.type == "heading":
        body = f"<strong>{body}</strong>"
    badge = ""
    if block.matches:
        background, colour = COLOURS.get(level, ("#eeeeee", "#555555"))
        badge = (
            f' <span style="font-size:0.75rem;background:{background};color:{colour};border-radius:8px;'
            f'padding:0 6px">{block.similarity:.0%}</span>'
        )
    if block.self_matches:
        earlier = "、".join(f"第{m.block_index + 1}段" for m in block.self_matches)
        badge += (
            f' <span style="font-size:0.75rem;background:#e8eaf6;color:#303f9f;border-radius:8px;'
            f'padding:0 6px">与{html.escape(earlier)}重复</span>'
        )
    if block.origin is not None:
        badge += f' <span class="origin" style="font-size:0.75rem;color:#666">{html.escape(origin_label(block.origin))}</span>'
    label = f'<span style="color:#888;font-size:0.75rem;margin-right:0.4em">{number}</span>' if number else ""
    return f'<div class="check-block {level}" style="margin:0.3em 0;line-height:1.8">{label}{body}{badge}</div>'


def draft_html(report: CheckReport) -> str:
    return "".join(block_html(b, n) for n, b in enumerate(report.blocks, start=1))


def _marked_html(text: str, spans: Sequence[Span], quoted, level: str) -> str:
    """``text`` escaped: copied pieces marked by the paragraph's severity, quotations in their own colour."""
    out = []
    for piece, mark in marked_pieces(text, spans, quoted):
        if mark == "copied":
            style = mark_style(level) if level in COLOURS else f"background:none;color:inherit;{_LOW_STYLE}"
            out.append(f'<mark class="copied {level}" style="{style}">{html.escape(piece)}</mark>')
        elif mark == "quoted":
            out.append(f'<mark class="quoted" style="{mark_style("quoted")}">{html.escape(piece)}</mark>')
        else:
            out.append(html.escape(piece))
    return "".join(out)


def _rows(rows) -> str:
    return "".join(f"<tr><th>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>" for k, v in rows)


def report_html(report: CheckReport, settings: CheckSettings | None = None, head: ReportHead | None = None) -> str:
    """The whole report as one standalone A4 page (every piece of text escaped): the head, the
    figures, the 相似文献列表 and the 全文对照, each paragraph once with its sources beside it."""
    e = html.escape
    head = head or report_head(report)
    summary = report.summary
    figures = summary_rows(summary)
    pairs = zip(figures[::2], [*figures[1::2], ("", "")])
    figure_rows = "".join(
        f"<tr><th>{e(a)}</th><td>{e(x)}</td><th>{e(b)}</th><td>{e(y)}</td></tr>" for (a, x), (b, y) in pairs
    )
    sources = "".join(
        f"<tr><td class='n'>{n}</td><td>《{e(s.document)}》{'（已排除）' if s.excluded else ''}</td><td>{e(s.file)}</td>"
        f"<td class='n'>{percent(s.ratio)}</td><td class='n'>{s.characters}</td></tr>"
        for n, s in enumerate(summary.sources, start=1)
    )
    sources_table = (
        "<table class='list'><tr><th>序号</th><th>相似文献</th><th>文件</th><th>复制比</th><th>重复字数</th></tr>"
        f"{sources}</table>"
        if sources
        else "<p>没有发现复制的文字。</p>"
    )
    reused = "".join(
        f"<tr><td class='n'>{n}</td><td>{e(text)}</td><td>{e(reason)}</td><td class='n'>{chars}</td></tr>"
        for n, text, reason, chars in reuse_rows(report)
    )
    reuse_section = (
        "<h2>合理借鉴</h2><p class='legend'>起草人标为合理借鉴的段落（如工会章程原文、规定的政策表述），"
        "不计入去除合理借鉴复制比。</p><table class='list'><tr><th>段号</th><th>段落</th><th>理由</th>"
        f"<th>重合字数</th></tr>{reused}</table>"
        if reused
        else ""
    )
    numbers = source_numbers(summary)
    compared = []
    for number, (block, quoted) in enumerate(zip(report.blocks, quoted_mask(report.blocks)), start=1):
        level = severity(block.similarity)
        text = _marked_html(block.text, [s for m in block.matches for s in m.spans], quoted, level)
        if block.marker:
            text = f"{e(block.marker)}{text}"
        if block.type == "heading":
            text = f"<strong>{text}</strong>"
        notes = "".join(
            f"<li>{e(line)}{'（已排除）' if excluded else ''}</li>" for line, excluded in source_notes(block, numbers)
        )
        figure = (
            f"<div class='figure'>本段复制比 {percent(block.similarity)}，重合 {block.copied_characters} 字</div>"
            if block.matches
            else ""
        )
        compared.append(
            f"<tr class='{level if block.matches else ''}'><td class='n'>{number}</td><td class='text'>{text}</td>"
            f"<td class='sources'>{figure}{f'<ul>{notes}</ul>' if notes else ''}</td></tr>"
        )
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{REPORT_TITLE}：{e(head.title)}</title>
<style>
@page{{size:A4;margin:25mm 20mm;@bottom-center{{content:"— " counter(page) " —"}}}}
body{{font-family:"仿宋_GB2312","FangSong","Noto Serif CJK SC","SimSun",serif;max-width:170mm;margin:2em auto;padding:0 1em;color:#222;font-size:12pt}}
h1{{font-family:"方正小标宋简体","Noto Serif CJK SC",serif;text-align:center;font-weight:normal;font-size:18pt}}
h2{{font-family:"黑体","SimHei","Noto Sans CJK SC",sans-serif;font-weight:normal;font-size:14pt;margin:1.2em 0 0.4em}}
table{{border-collapse:collapse;width:100%;margin:0.3em 0;font-size:10.5pt}}
th,td{{border:1px solid #999;padding:0.2em 0.5em;text-align:left;vertical-align:top}}
th{{background:#e7e6e6;font-weight:normal;white-space:nowrap}} td.n{{text-align:center;white-space:nowrap}}
td.text{{width:58%;line-height:1.8}} td.sources ul{{margin:0;padding-left:1.1em}} .figure{{font-weight:bold}}
.legend{{font-size:10.5pt;color:#444}}
</style></head><body>
<h1>{REPORT_TITLE}</h1>
<table class="head">{_rows(head_rows(head, settings))}</table>
<h2>检测结果</h2><table class="figures">{figure_rows}</table>
<h2>相似文献列表</h2>{sources_table}
{reuse_section}
<h2>全文对照</h2>
<p class="legend">说明：<mark style="{mark_style("high")}">本段复制比 ≥ 70% 的重合文字</mark>
<mark style="{mark_style("medium")}">40%–70%</mark> <span style="{_LOW_STYLE}">低于 40%</span>
<mark style="{mark_style("quoted")}">引用</mark></p>
<table class="compare"><tr><th>段号</th><th>原文</th><th>相似来源</th></tr>{"".join(compared)}</table>
</body></html>
"""
