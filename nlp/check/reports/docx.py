"""A 查重 report as a DOCX."""

from __future__ import annotations

import io
from collections.abc import Sequence

from nlp.check.engine import CheckSettings, severity
from nlp.check.reports.figures import pieces, summary_rows
from nlp.models import (
    CheckReport,
    Span,
)
from nlp.office import set_fonts
from nlp.resources import percent

DOCX_COLOURS = {"high": "C00000", "medium": "E36C09"}


DOCX_FONT = "宋体"


def _east_asian(run_or_style, font: str = DOCX_FONT) -> None:
    set_fonts(run_or_style.element.get_or_add_rPr(), font)


def _add_highlighted(paragraph, text: str, spans: Sequence[Span], level: str) -> None:
    from docx.shared import RGBColor

    for piece, copied in pieces(text, spans):
        if not piece:
            continue
        run = paragraph.add_run(piece)
        _east_asian(run)
        if copied:
            if level in DOCX_COLOURS:
                run.font.color.rgb = RGBColor.from_string(DOCX_COLOURS[level])
            else:
                run.font.underline = True


def report_docx(report: CheckReport, settings: CheckSettings | None = None) -> bytes:
    """The report as a DOCX: figures, sources, the draft coloured, and each copied block with its sources."""
    from docx import Document as new_document
    from docx.shared import Pt

    document = new_document()
    style = document.styles["Normal"]
    style.font.size = Pt(11)
    _east_asian(style)

    def heading(text: str, level: int) -> None:
        for run in document.add_heading(text, level).runs:
            _east_asian(run, "黑体")

    heading(f"查重报告：{report.name}", 0)
    heading("总体结果", 1)
    rows = summary_rows(report.summary, settings)
    table = document.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for row, (key, value) in zip(table.rows, rows):
        for cell, text in zip(row.cells, (key, value)):
            _east_asian(cell.paragraphs[0].add_run(text))
    heading("来源", 1)
    if report.summary.sources:
        table = document.add_table(rows=1, cols=4)
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, ("文档", "文件", "复制比", "")):
            _east_asian(cell.paragraphs[0].add_run(text))
        for source in report.summary.sources:
            cells = table.add_row().cells
            for cell, text in zip(
                cells, (source.document, source.file, percent(source.ratio), "已排除" if source.excluded else "")
            ):
                _east_asian(cell.paragraphs[0].add_run(text))
    else:
        _east_asian(document.add_paragraph().add_run("没有发现复制的文字。"))
    heading("全文（红色：本段复制比 ≥ 70%；橙色：40%–70%；下划线：低于 40%）", 1)
    for block in report.blocks:
        paragraph = document.add_paragraph()
        if block.marker:
            _east_asian(paragraph.add_run(block.marker))
        _add_highlighted(paragraph, block.text, [s for m in block.matches for s in m.spans], severity(block.similarity))
        if block.type == "heading":
            for run in paragraph.runs:
                run.bold = True
    heading("逐段来源", 1)
    for number, block in enumerate(report.blocks, start=1):
        if not block.matches and not block.self_matches:
            continue
        heading(f"第{number}段 · 复制比 {block.similarity:.0%}", 2)
        _add_highlighted(document.add_paragraph(), block.text, [s for m in block.matches for s in m.spans], "high")
        for m in block.matches:
            where = f"来源：《{m.document}》 · {m.file}" + (f" · {m.section}" if m.section else "")
            where += f" · 相似度 {m.similarity:.0%}" + (" · 已排除" if m.excluded else "")
            note = document.add_paragraph()
            run = note.add_run(where)
            run.italic = True
            _east_asian(run)
            _add_highlighted(document.add_paragraph(), m.text, m.source_spans, "high")
        for m in block.self_matches:
            _east_asian(
                document.add_paragraph().add_run(f"与本稿第{m.block_index + 1}段重复 · 相似度 {m.similarity:.0%}")
            )
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
