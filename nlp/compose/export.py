"""Exports of a draft: DOCX laid out after GB/T 9704-2012 (党政机关公文格式), plain text, Markdown.

Every export renumbers the blocks and refuses, with the list, while placeholders remain unfilled
unless the caller keeps them (they are then highlighted in the DOCX).
"""

from __future__ import annotations

import io
import itertools
import math
import os
import re
from collections.abc import Sequence
from datetime import date as Date
from pathlib import Path

from docx import Document as new_document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Mm, Pt, Twips

from nlp.compose.fill import describe_pending, remaining_placeholders, written_date
from nlp.compose.outline import renumber
from nlp.errors import InputError
from nlp.models import Draft, DraftBlock, PendingPlaceholder
from nlp.office import (
    BODY_FONT,
    HEI_FONT,
    KAI_FONT,
    PPR_ORDER,
    RPR_ORDER,
    SONG_FONT,
    TITLE_FONT,
    child,
    page_number,
    prepare_chinese_document,
    set_core_properties,
    set_first_line,
    set_fonts,
    xml_safe,
)

# ---- the GB/T 9704-2012 page -----------------------------------------------------------

PAGE_WIDTH_MM, PAGE_HEIGHT_MM = 210, 297  # A4
MARGIN_TOP_MM, MARGIN_BOTTOM_MM = 37, 35  # 天头 37 mm; 版心 225 mm high
MARGIN_LEFT_MM, MARGIN_RIGHT_MM = 28, 26  # 订口 28 mm; 版心 156 mm wide
LINES_PER_PAGE, CHARS_PER_LINE = 22, 28
PAGE_NUMBER_GAP_MM = 7  # 一字线上距版心下边缘 7 mm
# A CJK 一字线 is drawn across the middle of its em (its stroke's top 0.49 em above the line's
# bottom in LibreOffice's rendering of this footer).
DASH_HEIGHT_EM = 0.5

TITLE_PT, BODY_PT, PAGE_NUMBER_PT = 22, 16, 14  # 2号, 3号, 4号
_TWIPS_PER_MM = 1440 / 25.4
_TEXT_HEIGHT_TWIPS = (PAGE_HEIGHT_MM - MARGIN_TOP_MM - MARGIN_BOTTOM_MM) * _TWIPS_PER_MM
_TEXT_WIDTH_PT = (PAGE_WIDTH_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM) * 72 / 25.4
# Rounded down: 22 lines of 580 twips would overflow the 225 mm by 4 twips and Word would set 21.
LINE_PITCH_TWIPS = math.floor(_TEXT_HEIGHT_TWIPS / LINES_PER_PAGE)  # 579 = 28.95 pt
LINE_SPACING = Twips(LINE_PITCH_TWIPS)
# 28 characters of 16 pt need 448 pt but the text block is 442.2 pt wide: condense every character
# by a whole number of twentieths of a point until 28 fit (-5 = -0.25 pt, a 15.75 pt pitch). Word's
# character grid (docGrid linesAndChars with a negative charSpace) would do the same in Word, but
# LibreOffice lays such a grid out with two cells per character.
CHARACTER_SPACING_TWIPS = math.floor((_TEXT_WIDTH_PT / CHARS_PER_LINE - BODY_PT) * 20)  # -5
FIRST_LINE_CHARS = 2
_CHARACTER_PITCH_TWIPS = BODY_PT * 20 + CHARACTER_SPACING_TWIPS  # 315: one condensed character of 3号

HEADING_FONTS = {1: HEI_FONT, 2: KAI_FONT, 3: BODY_FONT, 4: BODY_FONT, 5: BODY_FONT}
PAGE_NUMBER_FONT = SONG_FONT
LEVEL_STYLE_NAMES = {1: "公文一级标题", 2: "公文二级标题", 3: "公文三级标题", 4: "公文四级标题", 5: "公文五级标题"}
TITLE_STYLE_NAME = "公文标题"
# Styles of python-docx's template, based on Normal, that a person may apply and that are never indented.
UNINDENTED_TEMPLATE_STYLES = ("Header", "Footer", "Title", "Subtitle", "Caption", "TOC Heading")


# ---- refusing while placeholders remain ------------------------------------------------


def _prepared(draft: Draft, keep_placeholders: bool) -> tuple[tuple[DraftBlock, ...], list[PendingPlaceholder]]:
    blocks = renumber(draft.blocks)
    pending = remaining_placeholders(blocks, title=draft.title)
    if pending and not keep_placeholders:
        raise InputError(describe_pending(pending, blocks, draft.title) + "。请填写后再导出，或选择保留待填写项导出。")
    return blocks, pending


def _label(block: DraftBlock) -> str:
    return "" if block.type == "paragraph" else (block.marker or "")


# ---- 落款: the unit's name and the 成文日期 --------------------------------------------------


def closing_lines(draft: Draft, *, today: Date | None = None) -> tuple[str, ...]:
    """The 落款 every export ends with (GB/T 9704-2012 §7.3.5): the unit's name, then the 成文日期
    (``written_date``); none when ``draft.signature`` is off or the specifics name neither a unit
    nor a date. What a preview shows under the draft, right-aligned."""
    unit, date = str(draft.specifics.get("unit") or "").strip(), draft.specifics.get("date")
    if not draft.signature or not (unit or date):
        return ()
    return (*([unit] if unit else []), written_date(draft.specifics, today=today))


def _width(text: str) -> float:
    """Width in characters of 3号: ASCII (Arabic numerals) is half a character wide."""
    return sum(0.5 if ch.isascii() else 1 for ch in text)


def closing_right_indents(lines: Sequence[str]) -> tuple[float, ...]:
    """Right indents in characters of the 落款 lines (§7.3.5.2): the unit two characters in from the
    right; the date one line under it, its first character two characters right of the unit's; a date
    longer than that two characters in from the right, the unit moved left to match."""
    if len(lines) < 2:
        return tuple(2.0 for _ in lines)
    unit, date = _width(lines[0]), _width(lines[1])
    date_indent = 2 + unit - date - 2
    if date_indent < 2:
        return (2 + 2 - date_indent, 2.0)
    return (2.0, date_indent)


# ---- DOCX ------------------------------------------------------------------------------


def _condense(rpr) -> None:
    child(rpr, "w:spacing", RPR_ORDER).set(qn("w:val"), str(CHARACTER_SPACING_TWIPS))


def _format_paragraph(fmt, *, indent: bool = True, align=WD_ALIGN_PARAGRAPH.JUSTIFY) -> None:
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = LINE_SPACING
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    fmt.alignment = align
    set_first_line(fmt.element.get_or_add_pPr(), FIRST_LINE_CHARS if indent else 0, BODY_PT)


def _prepare_styles(document) -> None:
    styles = document.styles

    normal = styles["Normal"]
    normal.font.size = Pt(BODY_PT)
    set_fonts(normal.element.get_or_add_rPr(), BODY_FONT)
    _condense(normal.element.get_or_add_rPr())
    _format_paragraph(normal.paragraph_format)

    for name in UNINDENTED_TEMPLATE_STYLES:  # they inherit Normal's two characters in Word otherwise
        set_first_line(styles[name].element.get_or_add_pPr(), 0)

    title = styles.add_style(TITLE_STYLE_NAME, WD_STYLE_TYPE.PARAGRAPH)
    title.element.styleId = "GBTitle"
    title.base_style = normal
    title.font.size = Pt(TITLE_PT)
    set_fonts(title.element.get_or_add_rPr(), TITLE_FONT)
    _format_paragraph(title.paragraph_format, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    title.paragraph_format.space_after = LINE_SPACING  # a blank line under the title

    for level, name in LEVEL_STYLE_NAMES.items():
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.element.styleId = f"GBHeading{level}"
        style.base_style = normal
        style.font.size = Pt(BODY_PT)
        style.font.bold = level == 3
        set_fonts(style.element.get_or_add_rPr(), HEADING_FONTS[level])
        _format_paragraph(style.paragraph_format)
        style.paragraph_format.keep_with_next = True
        _condense(style.element.get_or_add_rPr())
        child(style.element.get_or_add_pPr(), "w:outlineLvl", PPR_ORDER).set(qn("w:val"), str(level - 1))


def _prepare_section(document) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Mm(PAGE_WIDTH_MM), Mm(PAGE_HEIGHT_MM)
    section.top_margin, section.bottom_margin = Mm(MARGIN_TOP_MM), Mm(MARGIN_BOTTOM_MM)
    section.left_margin, section.right_margin = Mm(MARGIN_LEFT_MM), Mm(MARGIN_RIGHT_MM)
    section.gutter = Emu(0)
    section.header_distance = Mm(15)
    # The footer's bottom edge (its one line is exactly one em high), so that the dash is 7 mm under the text block.
    section.footer_distance = Emu(Mm(MARGIN_BOTTOM_MM - PAGE_NUMBER_GAP_MM) - Pt(PAGE_NUMBER_PT * DASH_HEIGHT_EM))
    grid = section._sectPr.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        section._sectPr.append(grid)
    grid.attrib.pop(qn("w:type"), None)  # no snapping grid: the exact line spacing sets the 22 lines
    grid.set(qn("w:linePitch"), str(LINE_PITCH_TWIPS))
    # GB/T 9704 §7.5: odd pages right, even pages left, each one character in from the edge.
    for footer, alignment in (
        (section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
        (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT),
    ):
        page_number(footer.paragraphs[0], alignment, size_pt=PAGE_NUMBER_PT, font=PAGE_NUMBER_FONT)


def _add_text(
    paragraph,
    text: str,
    east_asia: str,
    size_pt: int,
    *,
    bold: bool = False,
    pending: Sequence[tuple[int, int]] = (),
    condensed: bool = True,
) -> None:
    """Runs with explicit fonts; the spans in ``pending`` (kept placeholders) are highlighted."""
    cuts = sorted({0, len(text), *(p for span in pending for p in span)})
    for start, end in itertools.pairwise(cuts):
        if start == end:
            continue
        run = paragraph.add_run(xml_safe(text[start:end]))
        run.font.size = Pt(size_pt)
        run.font.bold = bold
        set_fonts(run._r.get_or_add_rPr(), east_asia)
        if condensed:
            _condense(run._r.get_or_add_rPr())
        if any(s <= start and end <= e for s, e in pending):
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW


def build_docx(draft: Draft, *, keep_placeholders: bool = False):
    """A python-docx Document of the draft in the GB/T 9704-2012 layout."""
    blocks, pending = _prepared(draft, keep_placeholders)
    spans: dict[int | None, list[tuple[int, int]]] = {}
    for p in pending:
        spans.setdefault(p.block_index, []).append((p.start, p.end))

    document = new_document()
    prepare_chinese_document(document, BODY_FONT, BODY_PT)
    _prepare_styles(document)
    document.settings.odd_and_even_pages_header_footer = True
    _prepare_section(document)
    unit = str(draft.specifics.get("unit", ""))
    set_core_properties(
        document, title=draft.title, author=unit, description=f"{unit}{draft.title}（按 GB/T 9704-2012 排版）"
    )

    title = document.add_paragraph(style=TITLE_STYLE_NAME)
    _add_text(title, draft.title, TITLE_FONT, TITLE_PT, pending=spans.get(None, ()), condensed=False)
    for index, block in enumerate(blocks):
        own = [(s + len(_label(block)), e + len(_label(block))) for s, e in spans.get(index, ())]
        if block.type == "heading":
            paragraph = document.add_paragraph(style=LEVEL_STYLE_NAMES[block.level])
            _add_text(
                paragraph,
                _label(block) + block.text,
                HEADING_FONTS[block.level],
                BODY_PT,
                bold=block.level == 3,
                pending=own,
            )
        else:
            paragraph = document.add_paragraph(style="Normal")
            if block.type == "item":  # a numbered sentence: its label in the level's font, the text as body
                _add_text(paragraph, _label(block), HEADING_FONTS[block.level], BODY_PT)
            _add_text(paragraph, block.text, BODY_FONT, BODY_PT, pending=spans.get(index, ()))
    _add_closing(document, closing_lines(draft))
    return document


def _add_closing(document, lines: Sequence[str]) -> None:
    """正文下空一行, then the 落款 lines right-aligned at their right indents, not indented in Word either."""
    if not lines:
        return
    document.add_paragraph(style="Normal")
    for line, indent in zip(lines, closing_right_indents(lines)):
        paragraph = document.add_paragraph(style="Normal")
        fmt = paragraph.paragraph_format
        fmt.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        ppr = paragraph._p.get_or_add_pPr()
        set_first_line(ppr, 0)
        ind = ppr.find(qn("w:ind"))
        ind.set(qn("w:right"), str(round(indent * _CHARACTER_PITCH_TWIPS)))
        ind.set(qn("w:rightChars"), str(round(indent * 100)))
        # no extra space between 年月日 and the digits, so the date is as wide as the indents assume
        child(ppr, "w:autoSpaceDN", PPR_ORDER).set(qn("w:val"), "0")
        _add_text(paragraph, line, BODY_FONT, BODY_PT)


def to_docx(draft: Draft, *, keep_placeholders: bool = False) -> bytes:
    """The DOCX file's bytes (GB/T 9704-2012 layout)."""
    buffer = io.BytesIO()
    build_docx(draft, keep_placeholders=keep_placeholders).save(buffer)
    return buffer.getvalue()


# ---- plain text and Markdown -----------------------------------------------------------

INDENT = "\u3000\u3000"  # two ideographic spaces: the first-line indent of plain Chinese text


def _padded(line: str, right_indent: float) -> str:
    """``line`` pushed right with ideographic spaces (a half one as an ASCII space) to end
    ``right_indent`` characters before the end of a line of 28."""
    lead = max(0.0, CHARS_PER_LINE - right_indent - _width(line))
    return "\u3000" * int(lead) + " " * round(2 * (lead - int(lead))) + line


def to_text(draft: Draft, *, keep_placeholders: bool = False) -> str:
    """Title, a blank line, then one line per block, each indented two characters; a blank line and
    the 落款 pushed right. Lines end in CRLF, as Notepad and WPS on Windows expect."""
    blocks, _ = _prepared(draft, keep_placeholders)
    lines = [draft.title, "", *(INDENT + _label(b) + b.text for b in blocks)]
    closing = closing_lines(draft)
    if closing:
        lines += ["", *map(_padded, closing, closing_right_indents(closing))]
    return "\r\n".join(lines) + "\r\n"


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_MD_LINE_START = re.compile(r"^(\s*)([#>+\-=]|\d+[.)])")


def _md_escape(text: str) -> str:
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return _MD_LINE_START.sub(lambda m: m.group(1) + (m.group(2)[:-1] + "\\" + m.group(2)[-1]), text)


def to_markdown(draft: Draft, *, keep_placeholders: bool = False) -> str:
    """``#`` title, headings one ``#`` deeper than their level, items and paragraphs as paragraphs,
    the 落款 lines last."""
    blocks, _ = _prepared(draft, keep_placeholders)
    parts = [f"# {_md_escape(draft.title)}"]
    for block in blocks:
        text = _md_escape(_label(block) + block.text)
        parts.append(f"{'#' * (block.level + 1)} {text}" if block.type == "heading" else text)
    parts += [_md_escape(line) for line in closing_lines(draft)]
    return "\n\n".join(parts) + "\n"


# ---- files -----------------------------------------------------------------------------

FORMATS = {".docx": "docx", ".txt": "txt", ".md": "md", ".markdown": "md"}
MIME_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "txt": "text/plain",
    "md": "text/markdown",
}


def export_bytes(draft: Draft, kind: str, *, keep_placeholders: bool = False) -> bytes:
    """The draft as a file of ``kind``: "docx" (GB/T 9704), "txt" (UTF-8 with BOM and CRLF, for
    Notepad and WPS) or "md"; raises InputError while placeholders remain unless they are kept."""
    if kind == "docx":
        return to_docx(draft, keep_placeholders=keep_placeholders)
    if kind == "txt":
        return to_text(draft, keep_placeholders=keep_placeholders).encode("utf-8-sig")
    return to_markdown(draft, keep_placeholders=keep_placeholders).encode("utf-8")


def write(draft: Draft, path: str | os.PathLike, *, keep_placeholders: bool = False) -> Path:
    """Export to ``path``; its extension (.docx, .txt, .md) chooses the format."""
    path = Path(path)
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        raise InputError(f"不支持导出为“{path.suffix or path.name}”：请用 .docx、.txt 或 .md")
    data = export_bytes(draft, kind, keep_placeholders=keep_placeholders)
    try:
        path.write_bytes(data)
    except OSError as err:
        raise InputError(f"无法写入 {path}：{err.strerror or err}") from None
    return path
