"""The DOCX export read back: GB/T 9704-2012 page, fonts, spacing, page numbers; and LibreOffice's PDF of it."""

from __future__ import annotations

import io
import re
import subprocess
import zipfile
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, Twips
from hypothesis import given, settings
from hypothesis import strategies as st

from nlp.compose import closing_lines, export, renumber, to_docx, write
from nlp.compose.fill import fill_text
from nlp.errors import InputError
from nlp.models import Draft, DraftBlock
from nlp.office import set_first_line, xml_safe

from ..docx_xml import all_paragraphs, first_line_indent
from ..rendering import render_pdf, soffice_path

LONG = "坚持以职工为中心的工作导向切实维护职工合法权益不断增强工会组织的吸引力凝聚力和战斗力" * 2  # 84 characters


@pytest.fixture(scope="module")
def draft() -> Draft:
    blocks = [
        DraftBlock(
            "paragraph", "2026年某市人民医院工会工作总的指导思想：在上级工会和医院党委的领导下，围绕医院中心工作。"
        ),
        DraftBlock("heading", "加强工会组织建设，提高整体工作水平", 1, "1、"),
        DraftBlock("heading", "完善职代会制度", 2),
        DraftBlock("heading", "职代会提案", 3),
        DraftBlock("item", "做好职代会提案的征集、整理、立案、落实和反馈。", 4),
        DraftBlock("item", "组织职工参加运动会。", 2),
        DraftBlock("heading", "丰富职工文化生活", 1),
        DraftBlock("paragraph", LONG),
        *(DraftBlock("paragraph", f"第{n}段。") for n in range(1, 41)),
    ]
    return Draft(
        "2026年某市人民医院工会工作计划", {"unit": "某市人民医院", "year": 2026, "date": "1月15日"}, renumber(blocks)
    )


@pytest.fixture(scope="module")
def docx_path(draft, tmp_path_factory):
    return write(draft, tmp_path_factory.mktemp("export") / "plan.docx")


@pytest.fixture(scope="module")
def document(docx_path):
    return docx.Document(str(docx_path))


def _east_asia(paragraph) -> set[str]:
    return {r._r.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) for r in paragraph.runs}


def _paragraph(document, text: str):
    return next(p for p in document.paragraphs if p.text.startswith(text))


def test_a4_page_and_gb_margins(document):
    section = document.sections[0]
    assert round(section.page_width.mm, 1) == 210.0 and round(section.page_height.mm, 1) == 297.0
    assert [
        round(m.mm, 1) for m in (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    ] == [37.0, 35.0, 28.0, 26.0]


def test_title_is_2hao_xiaobiaosong_centred(document):
    title = document.paragraphs[0]
    assert title.text == "2026年某市人民医院工会工作计划"
    assert title.style.name == "公文标题"
    assert title.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert _east_asia(title) == {"方正小标宋简体"}
    assert {r.font.size for r in title.runs} == {Pt(22)}
    assert {r.font.name for r in title.runs} == {"Times New Roman"}  # Latin digits


@pytest.mark.parametrize(
    ("text", "style", "font", "bold"),
    [
        ("一、加强工会组织建设", "公文一级标题", "黑体", False),
        ("（一）完善职代会制度", "公文二级标题", "楷体_GB2312", False),
        ("1.职代会提案", "公文三级标题", "仿宋_GB2312", True),
    ],
)
def test_headings_by_level(document, text, style, font, bold):
    heading = _paragraph(document, text)
    assert heading.style.name == style
    assert _east_asia(heading) == {font}
    assert {r.font.size for r in heading.runs} == {Pt(16)}
    assert {bool(r.font.bold) for r in heading.runs} == {bold}
    level = int(heading.style.element.pPr.find(qn("w:outlineLvl")).get(qn("w:val"))) + 1
    assert level == {"公文一级标题": 1, "公文二级标题": 2, "公文三级标题": 3}[style]


def test_body_paragraph_and_items(document):
    body = _paragraph(document, "2026年某市人民医院工会工作总的指导思想")
    assert body.style.name == "Normal"
    assert _east_asia(body) == {"仿宋_GB2312"}
    assert {r.font.size for r in body.runs} == {Pt(16)}
    fmt = body.style.paragraph_format
    assert fmt.first_line_indent == Pt(32)  # two characters of 3号
    assert body.style.element.pPr.find(qn("w:ind")).get(qn("w:firstLineChars")) == "200"
    item = _paragraph(document, "（1）做好职代会提案")
    assert [(r.text, _east_asia_of(r)) for r in item.runs] == [
        ("（1）", "仿宋_GB2312"),
        ("做好职代会提案的征集、整理、立案、落实和反馈。", "仿宋_GB2312"),
    ]
    level_2_item = _paragraph(document, "（二）组织职工")
    assert _east_asia_of(level_2_item.runs[0]) == "楷体_GB2312"


def _east_asia_of(run) -> str:
    return run._r.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia"))


def test_fixed_line_spacing_for_22_lines_of_28_characters(document):
    for style in ("Normal", "公文一级标题", "公文二级标题", "公文标题"):
        fmt = document.styles[style].paragraph_format
        assert fmt.line_spacing_rule == WD_LINE_SPACING.EXACTLY
        assert fmt.line_spacing == Twips(579)  # 28.95 pt
    assert 22 * 579 <= (297 - 37 - 35) / 25.4 * 1440 < 22 * 580
    spacing = int(document.styles["Normal"].element.rPr.find(qn("w:spacing")).get(qn("w:val")))
    assert 28 * (16 + spacing / 20) <= (210 - 28 - 26) / 25.4 * 72 < 28 * 16


def test_fonts_are_chinese_not_theme_or_japanese(document, docx_path):
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    assert defaults.find(qn("w:lang")).get(qn("w:eastAsia")) == "zh-CN"
    assert defaults.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "仿宋_GB2312"
    for fonts in styles.iter(qn("w:rFonts")):
        assert not any(name.endswith(("Theme", "theme")) for name in fonts.attrib)
    settings = document.settings.element
    assert settings.find(qn("w:themeFontLang")).get(qn("w:eastAsia")) == "zh-CN"
    font_table = next(p for p in document.part.package.iter_parts() if p.partname.endswith("fontTable.xml")).blob
    text = font_table.decode("utf-8")
    assert '<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/><w:charset w:val="86"/>' in text
    assert "ＭＳ" not in text


def test_page_number_in_the_footer(document):
    section = document.sections[0]
    assert document.settings.odd_and_even_pages_header_footer
    for footer, alignment in (
        (section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
        (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT),
    ):
        paragraph = footer.paragraphs[0]
        assert paragraph.alignment == alignment
        assert paragraph.text.startswith("— ") and paragraph.text.endswith(" —")
        xml = paragraph._p.xml
        assert re.search(r"<w:instrText[^>]*> PAGE </w:instrText>", xml)
        assert {r.font.size for r in paragraph.runs} == {Pt(14)}
        assert {_east_asia_of(r) for r in paragraph.runs} == {"宋体"}


def _text(element) -> str:
    return "".join(t.text or "" for t in element.iter(qn("w:t")))


def test_every_paragraph_and_style_is_indented_as_word_reads_it(document):
    """Word and WPS obey w:firstLineChars, inherited from Normal's 200: what must not be indented says so."""
    styles = document.styles.element
    indents = {(part, _text(p)): first_line_indent(p, styles) for part, p in all_paragraphs(document)}
    unindented = {
        ("body", "2026年某市人民医院工会工作计划"),
        ("body", "某市人民医院"),
        ("body", "2026年1月15日"),
        ("footer", "— 1 —"),
        ("even_page_footer", "— 1 —"),
    }
    assert unindented <= indents.keys()
    for key, indent in indents.items():
        assert indent == (("twips", 0) if key in unindented else ("chars", 200)), key
    for style in styles.iter(qn("w:style")):
        if style.get(qn("w:type")) != "paragraph":
            continue
        name = style.find(qn("w:name")).get(qn("w:val"))
        probe = docx.oxml.parse_xml(
            f'<w:p xmlns:w="{qn("w:p").split("}")[0][1:]}"><w:pPr><w:pStyle w:val="{style.get(qn("w:styleId"))}"/>'
            "</w:pPr></w:p>"
        )
        if name in ("公文标题", *export.UNINDENTED_TEMPLATE_STYLES):
            assert first_line_indent(probe, styles) == ("twips", 0), name
        elif name == "Normal" or name in export.LEVEL_STYLE_NAMES.values():
            assert first_line_indent(probe, styles) == ("chars", 200), name
    normal = styles.find(f".//{qn('w:style')}[@{qn('w:styleId')}='Normal']").find(qn("w:pPr")).find(qn("w:ind"))
    assert (normal.get(qn("w:firstLine")), normal.get(qn("w:firstLineChars"))) == ("640", "200")  # 2 × 16 pt


def test_the_indent_resolver_reads_firstlinechars_as_word_does():
    """The trap of before: a style that says only firstLine="0" is still indented two characters in Word."""
    document = docx.Document()
    normal = document.styles["Normal"].element.get_or_add_pPr()
    set_first_line(normal, 2, 16)
    title = document.styles["Title"]
    title.paragraph_format.first_line_indent = Pt(0)  # what python-docx writes: w:firstLine="0" alone
    paragraph = document.add_paragraph("标题", style="Title")
    styles = document.styles.element
    assert first_line_indent(paragraph._p, styles) == ("chars", 200)
    set_first_line(paragraph._p.get_or_add_pPr(), 0)
    assert first_line_indent(paragraph._p, styles) == ("twips", 0)
    assert first_line_indent(document.add_paragraph("正文")._p, styles) == ("chars", 200)


def test_closing_unit_and_date_right_aligned_after_a_blank_line(document):
    """GB/T 9704 §7.3.5: 落款 under the text after one blank line, on the right; the date in Arabic
    numerals with its year, its first character two characters right of the unit's."""
    last = [p for p in document.paragraphs][-3:]
    assert [p.text for p in last] == ["", "某市人民医院", "2026年1月15日"]
    unit, date = last[1], last[2]
    assert {unit.alignment, date.alignment} == {WD_ALIGN_PARAGRAPH.RIGHT}
    assert _east_asia(unit) == _east_asia(date) == {"仿宋_GB2312"}

    def right(paragraph) -> tuple[str, str]:
        ind = paragraph._p.pPr.find(qn("w:ind"))
        return ind.get(qn("w:rightChars")), ind.get(qn("w:right"))

    # unit 6 characters, date 6.5 (digits are half): the date two characters in, the unit 4.5
    assert right(unit) == ("450", str(round(4.5 * 315))) and right(date) == ("200", str(2 * 315))
    assert date._p.pPr.find(qn("w:autoSpaceDN")).get(qn("w:val")) == "0"  # Word adds no space around the digits


def test_closing_lines_and_written_date():
    def lines(specifics, **kw):
        return closing_lines(Draft("t", specifics, (), **kw), today=date(2026, 12, 1))

    assert lines({"unit": "某市第一人民医院工会", "year": 2027, "date": "3月8日"}) == (
        "某市第一人民医院工会",
        "2027年3月8日",
    )
    assert lines({"unit": "某市第一人民医院工会", "year": 2027, "date": "2027-01-15"})[1] == "2027年1月15日"
    assert lines({"unit": "某医院", "date": date(2027, 1, 5)}) == ("某医院", "2027年1月5日")
    assert lines({"unit": "某医院"}) == ("某医院", "2026年12月1日")  # no date: the day of export
    assert lines({"date": "3/8"}) == ("2026年3月8日",)
    assert lines({"unit": "某医院", "date": "二〇二七年一月"}) == ("某医院", "二〇二七年一月")
    assert lines({}) == ()
    # a {日期} field stands alone and keeps the year; a _月_日 slot follows its own 20__年
    assert fill_text("于{日期}前完成", {"date": "3月8日", "year": 2027}) == "于2027年3月8日前完成"
    assert fill_text("于2027年_月_日前完成", {"date": "2027-03-08"}) == "于2027年3月8日前完成"
    assert lines({"unit": "某医院", "date": "3月8日"}, signature=False) == ()
    # a date longer than the unit less two characters: the date two characters in, the unit moved left
    assert export.closing_right_indents(("某医院", "2027年12月31日")) == (8.0, 2.0)
    assert export.closing_right_indents(("某市第一人民医院工会", "2027年1月15日")) == (2.0, 3.5)


def test_signature_off_leaves_the_closing_out(draft):
    plain = replace(draft, signature=False)
    assert docx.Document(io.BytesIO(to_docx(plain))).paragraphs[-1].text == "第40段。"
    assert export.to_markdown(draft).endswith("第40段。\n\n某市人民医院\n\n2026年1月15日\n")
    assert export.to_markdown(plain).endswith("第40段。\n")


def test_core_properties_describe_this_document(document, docx_path):
    properties = document.core_properties
    assert properties.title == "2026年某市人民医院工会工作计划"
    assert properties.author == "某市人民医院" and properties.last_modified_by == "计划工坊"
    assert properties.language == "zh-CN"
    assert "python-docx" not in properties.comments and "GB/T 9704" in properties.comments
    assert abs(properties.created - datetime.now(UTC)) < timedelta(minutes=10)
    with zipfile.ZipFile(docx_path) as package:
        app = package.read("docProps/app.xml").decode("utf-8")
        names = package.namelist()
    assert "<Application>计划工坊</Application>" in app and "Microsoft" not in app
    assert not any("thumbnail" in name for name in names)


def test_txt_lines_end_in_crlf(draft):
    data = export.export_bytes(draft, "txt")
    assert data.startswith("\ufeff".encode()) and data.count(b"\r\n") == data.count(b"\n") == len(draft.blocks) + 5


def test_page_number_dash_7mm_under_the_text_block_in_the_geometry(document):
    """§7.5: the top of the 一字线, drawn across the middle of its em, 7 mm under the text block."""
    section = document.sections[0]
    footer_line = document.sections[0].footer.paragraphs[0].paragraph_format.line_spacing
    assert footer_line == Pt(14)  # one em of 4号: the footer's bottom edge is the em's
    dash_from_bottom = section.footer_distance + Pt(14) * export.DASH_HEIGHT_EM
    assert round((section.bottom_margin - dash_from_bottom) / Mm(1), 2) == 7.0


def test_kept_placeholders_are_highlighted():
    draft = Draft("20__年计划", {}, renumber([DraftBlock("heading", "XX医院服务____人次", 1)]))
    with pytest.raises(
        InputError,
        match="还有 3 处待填写：标题“20__年计划”中的 20__（年份）；第1段“XX医院服务____人次”中的 XX（名称）、____（空白）",
    ):
        to_docx(draft)
    document = docx.Document(io.BytesIO(to_docx(draft, keep_placeholders=True)))
    heading = document.paragraphs[1]
    assert heading.text == "一、XX医院服务____人次"
    assert [r.text for r in heading.runs if r.font.highlight_color] == ["XX", "____"]


def test_write_chooses_the_format_by_extension(draft, tmp_path):
    assert (
        write(draft, tmp_path / "a.txt")
        .read_text(encoding="utf-8-sig")
        .startswith("2026年某市人民医院工会工作计划\n\n")  # universal newlines read the CRLF
    )
    assert write(draft, tmp_path / "a.md").read_text(encoding="utf-8").startswith("# 2026年")
    with pytest.raises(InputError, match="不支持导出"):
        write(draft, tmp_path / "a.pdf")


# ---- rendered by LibreOffice -----------------------------------------------------------


@pytest.fixture(scope="module")
def pdf_path(docx_path, tmp_path_factory):
    if soffice_path() is None:
        pytest.skip("LibreOffice (soffice) is not installed: .ci/run installs libreoffice-writer-nogui")
    return render_pdf(docx_path, tmp_path_factory.mktemp("pdf"))


@pytest.fixture(scope="module")
def pdf_pages(pdf_path):
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextLineHorizontal

    pdf = pdf_path

    def lines(element):
        if isinstance(element, LTTextLineHorizontal):
            yield element
        for child in getattr(element, "_objs", ()):
            yield from lines(child)

    return [sorted(lines(page), key=lambda line: -line.y1) for page in extract_pages(str(pdf))]


def _texts(lines) -> list[str]:
    return [re.sub(r"\s+", "", line.get_text()) for line in lines]


def test_libreoffice_pdf_holds_the_chinese_text(pdf_pages):
    first = _texts(pdf_pages[0])
    assert first[0] == "2026年某市人民医院工会工作计划"
    joined = "".join(first)
    for text in (
        "2026年某市人民医院工会工作总的指导思想",
        "一、加强工会组织建设，提高整体工作水平",
        "（一）完善职代会制度",
        "1.职代会提案",
        "（1）做好职代会提案的征集",
        "二、丰富职工文化生活",
        LONG,
    ):
        assert text in joined
    assert first[-1] == "—1—"  # the page number, last on the page


def test_libreoffice_lays_out_22_lines_of_28_characters(pdf_pages):
    second = _texts(pdf_pages[1])
    body, footer = second[:-1], second[-1]
    assert footer == "—2—"
    assert len(body) == 22
    long_lines = [t for t in _texts(pdf_pages[0]) if t and t in LONG]
    assert [len(t) for t in long_lines] == [26, 28, 28, 2]  # the first line is indented two characters
    # the title is centred: as far from the left edge of the text block as from the right
    title = pdf_pages[0][0]
    left, right = title.x0 - export.MARGIN_LEFT_MM * 72 / 25.4, (210 - export.MARGIN_RIGHT_MM) * 72 / 25.4 - title.x1
    assert abs(left - right) < 3


def test_libreoffice_draws_the_page_number_dash_7mm_under_the_text_block(pdf_path, tmp_path):
    """Measured in the ink: the first row of the dash's stroke on a page rendered at 600 dpi."""
    import numpy as np
    from PIL import Image

    dpi = 600
    per_mm = dpi / 25.4
    text_bottom = round((297 - export.MARGIN_BOTTOM_MM) * per_mm)
    # only the strip of page 2 under the text block is rendered (an eighth of the page's pixels)
    crop = f"-x 0 -y {text_bottom} -W {round(210 * per_mm)} -H {round(297 * per_mm) - text_bottom}".split()
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), "-f", "2", "-l", "2", *crop, str(pdf_path), str(tmp_path / "p")],
        check=True,
    )
    below = np.asarray(Image.open(next(tmp_path.glob("p*.png"))).convert("L")) < 128
    # the dash: rows holding a horizontal stroke longer than half an em of 4号
    stroke = int(0.5 * 14 / 72 * dpi)
    rows = [y for y, row in enumerate(below) if np.convolve(row, np.ones(stroke), "valid").max() >= stroke]
    assert rows, "no page-number dash under the text block"
    assert abs(rows[0] / per_mm - export.PAGE_NUMBER_GAP_MM) < 0.3  # 10.7 mm before the fix


# ---- any text a person types or imports exports -----------------------------------------

# Every code point, C0 controls, lone surrogates and the non-characters U+FFFE/U+FFFF made likely.
HOSTILE_TEXT = st.text(
    st.one_of(
        st.characters(exclude_categories=()),
        st.sampled_from("\x00\x01\x08\x0b\x0c\x1f\ud800\udfff\ufffe\uffff\t\n\r"),
        st.sampled_from("工会职代会一二三“”、XX__年"),
    ),
    max_size=24,
)
_LAYOUT = str.maketrans("", "", "\t\n\r")


@given(title=HOSTILE_TEXT, unit=HOSTILE_TEXT, texts=st.lists(HOSTILE_TEXT, min_size=1, max_size=3))
@settings(max_examples=40, deadline=None)
def test_any_string_typed_or_imported_exports_to_docx(title, unit, texts):
    blocks = renumber([DraftBlock("heading", texts[0], 1), *(DraftBlock("paragraph", t) for t in texts[1:])])
    draft = Draft(title, {"unit": unit, "date": unit}, blocks)
    document = docx.Document(io.BytesIO(to_docx(draft, keep_placeholders=True)))
    written = [p.text.translate(_LAYOUT) for p in document.paragraphs]
    safe = [xml_safe(t).translate(_LAYOUT) for t in (title, *texts)]
    assert written[0] == safe[0] and written[1].endswith(safe[1])  # the heading after its 一、
    assert written[2 : len(texts) + 1] == safe[2:]
