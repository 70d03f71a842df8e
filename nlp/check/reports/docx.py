"""A 查重 report as a DOCX 文本复制检测报告单: A4, the export's Chinese fonts, page numbers; the head,
the figures, the 相似文献列表 and the 全文对照 (each paragraph once, numbered, its sources beside it)."""

from __future__ import annotations

import io
from collections.abc import Sequence

from docx import Document as new_document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import _Cell

from nlp.check.engine import CheckSettings, quoted_mask, severity
from nlp.check.reports.figures import (
    REPORT_TITLE,
    head_rows,
    marked_pieces,
    report_head,
    reuse_rows,
    source_notes,
    source_numbers,
    summary_rows,
)
from nlp.models import CheckReport, ReportHead, Span
from nlp.office import (
    BODY_FONT,
    HEI_FONT,
    SONG_FONT,
    TITLE_FONT,
    page_number,
    prepare_chinese_document,
    set_core_properties,
    set_first_line,
    set_fonts,
    xml_safe,
)
from nlp.resources import percent

BODY_PT, SMALL_PT, HEADING_PT, TITLE_PT = 12, 10.5, 14, 18  # 小四, 五号, 四号, 小二
# Copied text by the paragraph's severity, quotations, as in the HTML report (nlp.resources.COLOURS).
DOCX_COLOURS = {"high": "B3261E", "medium": "A15C00", "low": "7A4B00", "quoted": "1F5FAD"}
HEADER_SHADING = "E7E6E6"
TABLE_TEXT_STYLE, TABLE_TEXT_STYLE_ID = "报告表格文字", "ReportTableText"
_CENTRE = WD_ALIGN_PARAGRAPH.CENTER


def _run(paragraph, text: str, *, font: str | None = None, size: float | None = None, bold: bool = False):
    """A run in its paragraph's style, with only what differs set (a report has thousands of runs)."""
    run = paragraph.add_run(xml_safe(text))
    if size is not None:
        run.font.size = Pt(size)
    if bold:
        run.font.bold = True
    if font is not None:
        set_fonts(run._r.get_or_add_rPr(), font)
    return run


def _table_paragraph(paragraph):
    paragraph._p.style = TABLE_TEXT_STYLE_ID
    return paragraph


def _paragraph(container, text: str, *, font: str | None = None, size: float | None = None, align=None):
    paragraph = container.add_paragraph()
    if align is not None:
        paragraph.alignment = align
    _run(paragraph, text, font=font, size=size)
    return paragraph


def _heading(document, text: str) -> None:
    paragraph = _paragraph(document, text, font=HEI_FONT, size=HEADING_PT)
    paragraph.paragraph_format.space_before = Pt(12)
    paragraph.paragraph_format.space_after = Pt(6)
    paragraph.paragraph_format.keep_with_next = True


def _shade(cell, fill: str = HEADER_SHADING) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _cell(cell, text: str, *, bold: bool = False, align=None) -> None:
    paragraph = _table_paragraph(cell.paragraphs[0])
    if align is not None:
        paragraph.alignment = align
    _run(paragraph, text, bold=bold)


def _table(
    document, header: Sequence[str] | None, rows: Sequence[Sequence[str]], widths_mm: Sequence[float], aligns=None
):
    table = document.add_table(rows=0, cols=len(widths_mm))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, width in zip(table._tbl.tblGrid.gridCol_lst, widths_mm):
        column.w = Mm(width)  # LibreOffice lays out by the grid, Word by the cells' widths
    if header:
        for cell, text in zip(_add_row(table, widths_mm), header):
            _cell(cell, text, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
            _shade(cell)
    for row in rows:
        for cell, text, align in zip(_add_row(table, widths_mm), row, aligns or [None] * len(row)):
            _cell(cell, text, align=align)
    return table


def _add_row(table, widths_mm: Sequence[float]) -> list[_Cell]:
    """A row of cells of these widths (python-docx's ``add_row`` and ``row.cells`` walk the whole
    table: quadratic over a long 全文对照)."""
    tr = table._tbl.add_tr()
    cells = []
    for width in widths_mm:
        tc = tr.add_tc()
        tc.width = Mm(width)
        cells.append(_Cell(tc, table))
    return cells


def _marked(paragraph, text: str, spans: Sequence[Span], quoted, level: str) -> None:
    """The paragraph's text: copied pieces in its severity's colour and underlined, quotations in theirs."""
    for piece, mark in marked_pieces(text, spans, quoted):
        run = _run(paragraph, piece)
        if mark == "copied":
            run.font.color.rgb = RGBColor.from_string(DOCX_COLOURS[level])
            run.font.underline = True
        elif mark == "quoted":
            run.font.color.rgb = RGBColor.from_string(DOCX_COLOURS["quoted"])
            run.font.italic = True


def _prepare(document, head: ReportHead) -> None:
    prepare_chinese_document(document, BODY_FONT, BODY_PT)
    normal = document.styles["Normal"]
    normal.font.size = Pt(BODY_PT)
    set_fonts(normal.element.get_or_add_rPr(), BODY_FONT)
    set_first_line(normal.element.get_or_add_pPr(), 0)
    normal.paragraph_format.space_after = Pt(0)
    table_text = document.styles.add_style(TABLE_TEXT_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    table_text.element.styleId = TABLE_TEXT_STYLE_ID
    table_text.base_style = normal
    table_text.font.size = Pt(SMALL_PT)
    for name in ("Header", "Footer"):
        set_first_line(document.styles[name].element.get_or_add_pPr(), 0)
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Mm(25)
    section.left_margin = section.right_margin = Mm(20)
    section.footer_distance = Mm(12)
    page_number(section.footer.paragraphs[0], WD_ALIGN_PARAGRAPH.CENTER, size_pt=SMALL_PT, font=SONG_FONT)
    set_core_properties(
        document,
        title=f"{REPORT_TITLE}：{head.title}",
        author=head.unit or "",
        description=f"{REPORT_TITLE} {head.number}，检测时间 {head.checked_at}",
    )


def report_docx(report: CheckReport, settings: CheckSettings | None = None, head: ReportHead | None = None) -> bytes:
    """The report as a DOCX 文本复制检测报告单 (``head`` made by ``report_head`` when not given)."""
    head = head or report_head(report)
    summary = report.summary
    document = new_document()
    _prepare(document, head)

    _paragraph(document, REPORT_TITLE, font=TITLE_FONT, size=TITLE_PT, align=WD_ALIGN_PARAGRAPH.CENTER)
    _table(document, None, head_rows(head, settings), (30, 140))

    _heading(document, "检测结果")
    figures = summary_rows(summary)
    pairs = [(*a, *b) for a, b in zip(figures[::2], [*figures[1::2], ("", "")])]
    table = _table(document, None, pairs, (42, 43, 42, 43))
    for row in table.rows:
        for column in (0, 2):
            _shade(row.cells[column])

    _heading(document, "相似文献列表")
    if summary.sources:
        _table(
            document,
            ("序号", "相似文献", "文件", "复制比", "重复字数"),
            [
                (
                    str(n),
                    f"《{s.document}》" + ("（已排除）" if s.excluded else ""),
                    s.file,
                    percent(s.ratio),
                    str(s.characters),
                )
                for n, s in enumerate(summary.sources, start=1)
            ],
            (12, 62, 56, 20, 20),
            (_CENTRE, None, None, _CENTRE, _CENTRE),
        )
    else:
        _paragraph(document, "没有发现复制的文字。")

    if reused := reuse_rows(report):
        _heading(document, "合理借鉴")
        _paragraph(
            document,
            "起草人标为合理借鉴的段落（如工会章程原文、规定的政策表述），不计入去除合理借鉴复制比。",
            size=SMALL_PT,
        )
        _table(document, ("段号", "段落", "理由", "重合字数"), reused, (12, 98, 40, 20), (_CENTRE, None, None, _CENTRE))

    _heading(document, "全文对照")
    _paragraph(
        document,
        "说明：带下划线的彩色文字为与文库重合的文字（红色：本段复制比 ≥ 70%；橙色：40%–70%；褐色：低于 40%）；"
        "蓝色斜体为引用。",
        size=SMALL_PT,
    )
    widths, numbers = (12, 98, 60), source_numbers(summary)
    table = _table(document, ("段号", "原文", "相似来源"), (), widths)
    for number, (block, quoted) in enumerate(zip(report.blocks, quoted_mask(report.blocks)), start=1):
        cells = _add_row(table, widths)
        _cell(cells[0], str(number), align=WD_ALIGN_PARAGRAPH.CENTER)
        text_cell = _table_paragraph(cells[1].paragraphs[0])
        if block.marker:
            _run(text_cell, block.marker, bold=block.type == "heading")
        _marked(text_cell, block.text, [s for m in block.matches for s in m.spans], quoted, severity(block.similarity))
        notes = source_notes(block, numbers)
        if block.matches:
            _cell(cells[2], f"本段复制比 {percent(block.similarity)}，重合 {block.copied_characters} 字", bold=True)
        for line, excluded in notes:
            _run(_table_paragraph(cells[2].add_paragraph()), line + ("（已排除）" if excluded else ""))

    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
