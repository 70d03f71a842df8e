"""The 查重 report of one draft as the pages show it: on 查重, and on 起草 for the open draft."""

from __future__ import annotations

import functools
import html

import pandas as pd
import streamlit as st

from app import render, state
from nlp.check import REWRITE_LABEL, REWRITTEN, CheckSettings
from nlp.check.reports import draft_html, highlight
from nlp.compose import MIME_TYPES
from nlp.cycle import reused_blocks
from nlp.resources import mark_style, percent, percent_points

LEGEND = (
    f'<span style="{mark_style("high")}">本段复制比 ≥ 70%</span> '
    f'<span style="{mark_style("medium")}">40%–70%</span> '
    '<span style="border-bottom:1px dashed #8a8a8a">低于 40%（只加下划线）</span>'
)


def show_report(report, sources: tuple, index: int, key: str, *, revision: str, settings: CheckSettings) -> None:
    """One draft's report (``index`` of ``state.checked_drafts(db_path, revision, sources, settings)``):
    figures, sources, the draft coloured, a block beside its sources, downloads. Shown by 查重 and by
    起草 (查重本稿), so both show the same report."""
    summary = report.summary
    m = st.columns(4)
    m[0].metric("总文字复制比", percent(summary.copied_ratio), help="草稿中与文库文字相同的字符占全文字符的比例")
    m[1].metric(
        "去除所选来源后的复制比",
        percent(summary.copied_ratio_excluding),
        help="不计“设置”中排除的来源（如本单位往年的计划）",
    )
    m[2].metric(
        "单篇最大文字复制比", percent(summary.max_single_source_ratio), help="取自同一篇来源文档的文字所占比例的最大值"
    )
    m[3].metric("自我重复", percent(summary.self_repeated_ratio), help="与本稿前文重复的文字所占比例")
    if summary.copied_ratio_excluding_reuse is not None:  # a saved draft: its 合理借鉴 paragraphs apart
        reused = reused_blocks(report)
        r = st.columns(4)
        r[0].metric(
            "去除合理借鉴后的复制比",
            percent(summary.copied_ratio_excluding_reuse),
            help="不计起草人标为合理借鉴的段落（如工会章程原文、规定的政策表述）",
        )
        r[1].metric("合理借鉴段落", len(reused))
        for number, block in reused:
            reason = f"：{block.origin.reuse}" if block.origin.reuse else ""
            st.caption(render.md_escape(f"合理借鉴 · 第{number}段{reason} · {block.text[:40]}"))

    st.subheader("来源")
    if summary.sources:
        st.dataframe(
            pd.DataFrame(
                [
                    (s.document, s.file, percent_points(s.ratio), "已排除" if s.excluded else "")
                    for s in summary.sources
                ],
                columns=["文档", "文件", "复制比", "排除"],
            ),
            hide_index=True,
            width="stretch",
            height=min(38 + 35 * len(summary.sources), 320),
            column_config={"复制比": st.column_config.ProgressColumn(format="%.1f%%", min_value=0, max_value=100)},
        )
    else:
        st.success("没有发现与文库相同的文字。")

    st.subheader("全文")
    st.html(f'<div style="font-size:0.85rem;margin-bottom:0.3em">{LEGEND}</div>')
    with st.container(border=True):
        st.html(f'<div class="check-draft">{draft_html(report)}</div>')

    flagged = [n for n, b in enumerate(report.blocks) if b.matches or b.self_matches]
    if flagged:
        st.subheader("逐段对照")
        chosen = st.selectbox(
            "选择一段查看来源",
            flagged,
            key=f"{key}_block",
            format_func=lambda n: (
                f"第{n + 1}段 · 复制比 {report.blocks[n].similarity:.0%} · {report.blocks[n].text[:40]}"
            ),
        )
        block = report.blocks[chosen]
        st.html(f'<div style="font-size:0.85rem">差异：{render.check_diff_legend()}</div>')
        # The same source text in several documents (a template copied year after year): one card.
        same_text: dict[tuple, list] = {}
        for match in block.matches:
            same_text.setdefault((match.text, match.spans, match.source_spans), []).append(match)
        for (text, spans, source_spans), matches in same_text.items():
            first = matches[0]
            where = "；".join(
                f"《{m.document}》 · {m.file}"
                + (f" · {m.section}" if m.section else "")
                + (" · 已排除" if m.excluded else "")
                for m in matches
            )
            note = f"相似度 {first.similarity:.0%} · 占本段 {first.ratio:.0%}"
            if first.kind == REWRITTEN:
                note = f"{REWRITE_LABEL} · {note}"
            title = f"来源（{len(matches)} 处相同）：{where}" if len(matches) > 1 else f"来源：{where}"
            side_by_side(block.text, spans, text, source_spans, title, note)
        for match in block.self_matches:
            side_by_side(
                block.text,
                match.spans,
                match.text,
                match.source_spans,
                f"本稿第{match.block_index + 1}段",
                f"重复 · 相似度 {match.similarity:.0%}",
            )

    left, right = st.columns(2)
    stem = report.name.rsplit(".", 1)[0] or "草稿"
    left.download_button(
        "下载查重报告（DOCX）",
        functools.partial(
            state.report_file, revision, sources, settings, index, "docx", _report=report, _library=state.library()
        ),
        f"{stem}_查重报告.docx",
        MIME_TYPES["docx"],
        key=f"{key}_docx",
        width="stretch",
    )
    right.download_button(
        "下载查重报告（HTML）",
        functools.partial(
            state.report_file, revision, sources, settings, index, "html", _report=report, _library=state.library()
        ),
        f"{stem}_查重报告.html",
        "text/html",
        key=f"{key}_html",
        width="stretch",
    )


def side_by_side(text: str, spans, source: str, source_spans, title: str, note: str) -> None:
    with st.container(border=True):
        st.html(
            f'<div style="font-weight:600">{html.escape(title)}</div>'
            f'<div style="color:#666;font-size:0.85rem">{html.escape(note)}</div>'
        )
        a, b = st.columns(2)
        a.html(
            f'<div style="font-size:0.8rem;color:#666">草稿</div>'
            f'<div style="line-height:1.8">{highlight(text, spans)}</div>'
        )
        b.html(
            f'<div style="font-size:0.8rem;color:#666">来源</div>'
            f'<div style="line-height:1.8">{highlight(source, source_spans)}</div>'
        )
        st.html(f'<div style="line-height:1.8;font-size:0.9rem">{render.diff_html(source, text)}</div>')
