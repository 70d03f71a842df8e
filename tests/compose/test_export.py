"""The DOCX export read back: GB/T 9704-2012 page, fonts, spacing, page numbers; and LibreOffice's PDF of it."""

from __future__ import annotations

import io
import re

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Pt, Twips

from nlp.compose import export, renumber, to_docx, write
from nlp.errors import InputError
from nlp.models import Draft, DraftBlock

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
    return Draft("2026年某市人民医院工会工作计划", {"unit": "某市人民医院", "year": 2026}, renumber(blocks))


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
        .startswith("2026年某市人民医院工会工作计划\n\n")
    )
    assert write(draft, tmp_path / "a.md").read_text(encoding="utf-8").startswith("# 2026年")
    with pytest.raises(InputError, match="不支持导出"):
        write(draft, tmp_path / "a.pdf")


# ---- rendered by LibreOffice -----------------------------------------------------------


@pytest.fixture(scope="module")
def pdf_pages(docx_path, tmp_path_factory):
    if soffice_path() is None:
        pytest.skip("LibreOffice (soffice) is not installed: .ci/run installs libreoffice-writer-nogui")
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextLineHorizontal

    pdf = render_pdf(docx_path, tmp_path_factory.mktemp("pdf"))

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
