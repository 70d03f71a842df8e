"""A 查重 report as a self-contained HTML page (every piece of text escaped)."""

from __future__ import annotations

import html
from collections.abc import Sequence

from nlp.check.engine import CheckSettings, severity
from nlp.check.reports.figures import pieces, summary_rows
from nlp.models import (
    CheckedBlock,
    CheckReport,
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
    label = f'<span style="color:#888;font-size:0.75rem;margin-right:0.4em">{number}</span>' if number else ""
    return f'<div class="check-block {level}" style="margin:0.3em 0;line-height:1.8">{label}{body}{badge}</div>'


def draft_html(report: CheckReport) -> str:
    return "".join(block_html(b, n) for n, b in enumerate(report.blocks, start=1))


def report_html(report: CheckReport, settings: CheckSettings | None = None) -> str:
    """The whole report as one standalone HTML page (every piece of text escaped)."""
    e = html.escape
    summary = report.summary
    rows = "".join(f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in summary_rows(summary, settings))
    sources = "".join(
        f"<tr><td>{n}</td><td>{e(s.document)}</td><td>{e(s.file)}</td><td>{percent(s.ratio)}</td>"
        f"<td>{'已排除' if s.excluded else ''}</td></tr>"
        for n, s in enumerate(summary.sources, start=1)
    )
    details = []
    for number, block in enumerate(report.blocks, start=1):
        if not block.matches and not block.self_matches:
            continue
        items = []
        for m in block.matches:
            where = f"《{e(m.document)}》 · {e(m.file)}" + (f" · {e(m.section)}" if m.section else "")
            items.append(
                f"<li><div class='src'>{where} · 相似度 {m.similarity:.0%} · 占本段 {m.ratio:.0%}"
                f"{' · 已排除' if m.excluded else ''}</div>"
                f"<div class='cmp'><div>{highlight(block.text, m.spans, 'high')}</div>"
                f"<div>{highlight(m.text, m.source_spans, 'high')}</div></div></li>"
            )
        for m in block.self_matches:
            items.append(
                f"<li><div class='src'>与本稿第{m.block_index + 1}段重复 · 相似度 {m.similarity:.0%}</div>"
                f"<div class='cmp'><div>{highlight(block.text, m.spans, 'medium')}</div>"
                f"<div>{highlight(m.text, m.source_spans, 'medium')}</div></div></li>"
            )
        details.append(
            f"<section><h3>第{number}段 · 复制比 {block.similarity:.0%}</h3><ul>{''.join(items)}</ul></section>"
        )
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>查重报告：{e(report.name)}</title>
<style>
body{{font-family:"Noto Serif CJK SC","SimSun",serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}}
table{{border-collapse:collapse;margin:0.5em 0}} th,td{{border:1px solid #ccc;padding:0.25em 0.6em;text-align:left}}
.cmp{{display:grid;grid-template-columns:1fr 1fr;gap:1em}} .cmp>div{{border:1px solid #ddd;padding:0.4em;line-height:1.8}}
.src{{color:#555;font-size:0.9em;margin:0.4em 0 0.2em}} ul{{list-style:none;padding:0}}
</style></head><body>
<h1>查重报告</h1><p>草稿：{e(report.name)}</p>
<h2>总体结果</h2><table>{rows}</table>
<p>颜色：<mark style="background:{COLOURS["high"][0]};color:{COLOURS["high"][1]}">复制比 ≥ 70% 的段落</mark>
<mark style="background:{COLOURS["medium"][0]};color:{COLOURS["medium"][1]}">40%–70%</mark>
<span style="{_LOW_STYLE}">低于 40%</span></p>
<h2>来源</h2><table><tr><th>#</th><th>文档</th><th>文件</th><th>复制比</th><th></th></tr>{sources}</table>
<h2>全文</h2><div>{draft_html(report)}</div>
<h2>逐段对照（左：草稿，右：来源）</h2>{"".join(details) or "<p>没有发现复制的文字。</p>"}
</body></html>
"""
