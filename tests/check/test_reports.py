"""The 查重 report a leader accepts: the figures of a 文本复制检测报告单, its DOCX (A4, the export's
fonts, page numbers, no indents in Word), its HTML, its JSON; one rounding of a percentage."""

from __future__ import annotations

import io
import json
import re
from decimal import ROUND_HALF_UP, Decimal

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm
from hypothesis import given, settings
from hypothesis import strategies as st

from nlp.check import CheckSettings, check_draft, library_index, pasted_draft
from nlp.check.engine import SourceDocument, build_index
from nlp.check.reports import report_docx, report_head, report_html
from nlp.cli import main
from nlp.library import Library
from nlp.models import Block, CheckScope
from nlp.office import xml_safe
from nlp.resources import percent, percent_points
from nlp.usecases import check_scope, import_file

from ..compose.test_export import _LAYOUT, HOSTILE_TEXT
from ..docx_xml import all_paragraphs, first_line_indent

# Two library files; the draft copies one sentence of each, quotes part of one, repeats itself.
SOURCE_A = "坚持以职工为中心的工作导向，切实维护职工合法权益，不断增强工会组织的吸引力凝聚力和战斗力。"
SOURCE_B = "深入开展劳动和技能竞赛，组织职工参加岗位练兵和技术比武，培养高素质的职工队伍。"
FILLER = "今年春天我们准备在河边种下三百棵柳树，孩子们会在周末提着小桶去浇水。"
NEW = "邻居家的橘猫总爱趴在窗台上晒太阳，偶尔伸个懒腰，看着楼下卖豆腐的老人慢慢走远。"
# A span runs from the first to the last matching character: the closing 。 is not in it.
A, B = len(SOURCE_A) - 1, len(SOURCE_B) - 1
DRAFT = "\n".join(
    [
        "2027年某市第一人民医院工会工作计划",
        "一、总体要求",
        SOURCE_A,
        f"我们要认真学习“{SOURCE_B}”的精神。{FILLER}",
        NEW,
        SOURCE_A,
    ]
)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("reports") / "lib.sqlite3"
    with Library(path) as library:
        assert import_file(library, f"甲医院工会工作计划\n一、任务\n{SOURCE_A}\n".encode(), "甲.txt").ok
        assert import_file(library, f"乙医院工会工作总结\n一、竞赛\n{SOURCE_B}\n".encode(), "乙.txt").ok
    return path


@pytest.fixture(scope="module")
def checked(db):
    with Library(db) as library:
        index, scope = library_index(library.blocks()), check_scope(library)
    report = check_draft(pasted_draft(DRAFT), index, name="计划.txt")
    head = report_head(report, scope=scope, title="2027年某市第一人民医院工会工作计划", unit="某市第一人民医院工会")
    return report, head


def test_the_figures_of_a_report(checked):
    report, _ = checked
    s = report.summary
    texts = [b.text for b in report.blocks]
    assert s.paragraphs == len(texts) and s.characters == sum(map(len, texts))
    # SOURCE_A twice, SOURCE_B once inside quotation marks
    assert s.copied_characters == 2 * A + B
    assert s.suspicious_paragraphs == 3
    assert s.max_paragraph_copied_characters == A
    assert s.min_paragraph_copied_characters == B
    assert s.copied_ratio_excluding_quotes == round(2 * A / s.characters, 4) < s.copied_ratio
    half = s.characters // 2
    offsets = [sum(map(len, texts[:i])) for i in range(len(texts))]
    first_a = offsets[texts.index(SOURCE_A)]
    assert first_a + len(SOURCE_A) <= half  # the first copy is in the first half, the last in the second
    assert s.front_copied_characters + s.back_copied_characters == s.copied_characters
    assert s.back_copied_characters >= A
    assert {(x.file, x.characters) for x in s.sources} == {("甲.txt", 2 * A), ("乙.txt", B)}
    assert s.self_repeated_ratio == round(A / s.characters, 4)


def test_the_docx_report_reads_like_a_report_form(checked):
    report, head = checked
    document = docx.Document(io.BytesIO(report_docx(report, CheckSettings(), head)))
    section = document.sections[0]
    assert (round(section.page_width / Mm(1)), round(section.page_height / Mm(1))) == (210, 297)  # A4
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    assert defaults.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "仿宋_GB2312"
    assert defaults.find(qn("w:lang")).get(qn("w:eastAsia")) == "zh-CN"

    def east_asia(element) -> str | None:
        fonts = element.find(qn("w:rPr")).find(qn("w:rFonts")) if element.find(qn("w:rPr")) is not None else None
        return fonts.get(qn("w:eastAsia")) if fonts is not None else None

    # the title and the headings name their fonts; the text and the tables take Normal's
    explicit = {east_asia(r) for _, p in all_paragraphs(document) for r in p.iter(qn("w:r"))}
    assert explicit == {"方正小标宋简体", "黑体", "宋体", None}  # 宋体: the page number
    assert east_asia(document.styles["Normal"].element) == "仿宋_GB2312"
    assert document.styles["报告表格文字"].base_style.name == "Normal"
    assert east_asia(document.styles["报告表格文字"].element) is None
    assert document.paragraphs[0].text == "文本复制检测报告单"
    assert not any(p.style.name.startswith(("Heading", "Title")) for p in document.paragraphs)  # no blue headings
    assert re.search(r"<w:instrText[^>]*> PAGE </w:instrText>", section.footer.paragraphs[0]._p.xml)
    for part, paragraph in all_paragraphs(document):
        assert first_line_indent(paragraph, styles) == ("twips", 0), part

    head_table, figures, sources, compared = document.tables
    head_cells = {row.cells[0].text: row.cells[1].text for row in head_table.rows}
    assert head_cells["报告编号"] == head.number and head_cells["检测时间"] == head.checked_at
    assert head_cells["检测文献"] == "2027年某市第一人民医院工会工作计划"
    assert head_cells["单位"] == "某市第一人民医院工会"
    assert head_cells["检测范围"].startswith("本地文库 2 个文件、2 篇文档")
    assert "最小匹配长度 13 字" in head_cells["检测设置"]
    labels = [c.text for row in figures.rows for c in row.cells[::2]]
    assert labels[:2] == ["总文字复制比", "去除引用文字复制比"]  # side by side
    assert {"去除所选来源复制比", "前部重合字数", "后部重合字数", "疑似段落最小重合字数", "自我重复比"} <= set(labels)
    assert all(cell.text for cell in sources.rows[0].cells)  # no empty column
    assert [c.text for c in sources.rows[0].cells] == ["序号", "相似文献", "文件", "复制比", "重复字数"]

    # 全文对照: every paragraph once, numbered, all its sources beside it
    rows = compared.rows[1:]
    assert [r.cells[0].text for r in rows] == [str(n) for n in range(1, len(report.blocks) + 1)]
    last = rows[-1]
    assert last.cells[1].text == SOURCE_A and "[1] 《甲医院工会工作计划》" in last.cells[2].text
    assert "与本稿第" in last.cells[2].text  # the repetition of its earlier copy, in the same cell
    quoted_row = next(r for r in rows if SOURCE_B in r.cells[1].text)
    runs = quoted_row.cells[1].paragraphs[0].runs
    quoted = [r for r in runs if r.font.color.rgb is not None and str(r.font.color.rgb) == "1F5FAD"]
    assert "".join(r.text for r in quoted) == f"“{SOURCE_B}”"
    first_copy = next(r for r in rows if r.cells[1].text == SOURCE_A)
    copied = next(r for r in first_copy.cells[1].paragraphs[0].runs if r.font.underline)
    assert copied.text == SOURCE_A[:-1] and str(copied.font.color.rgb) == "B3261E"

    properties = document.core_properties
    assert properties.language == "zh-CN" and "python-docx" not in properties.comments + properties.author


def test_the_html_report_has_the_same_head_figures_and_one_row_per_paragraph(checked):
    report, head = checked
    page = report_html(report, CheckSettings(), head)
    for text in (head.number, "某市第一人民医院工会", "本地文库 2 个文件", "去除引用文字复制比", "前部重合字数"):
        assert text in page
    compare = page[page.index('<table class="compare">') :]
    assert compare.count("<tr class=") == len(report.blocks)
    assert (
        f'<mark class="quoted" style="background:#dbeafe;color:#1f4e9a;border-radius:3px;padding:0 2px">“{SOURCE_B}”'
        in compare
    )
    assert "@page{size:A4" in page


def test_json_gains_the_figures_and_the_head_and_renames_nothing(db, tmp_path, capsys):
    draft = tmp_path / "计划.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    assert main(["check", str(draft), "--json", "--db", str(db)]) == 0
    payload = json.loads(capsys.readouterr().out)
    summary = payload["summary"]
    assert set(summary) >= {
        "copied_ratio",
        "copied_ratio_excluding",
        "max_single_source_ratio",
        "max_single_source_ratio_excluding",
        "self_repeated_ratio",
        "characters",
        "copied_characters",
        "sources",
        "copied_ratio_excluding_quotes",
        "paragraphs",
        "suspicious_paragraphs",
        "front_copied_characters",
        "back_copied_characters",
        "max_paragraph_copied_characters",
        "min_paragraph_copied_characters",
    }
    assert summary["suspicious_paragraphs"] == 3
    assert {s["file"]: s["characters"] for s in summary["sources"]} == {
        "甲.txt": 2 * A,
        "乙.txt": B,
    }
    assert [b["number"] for b in payload["blocks"]] == list(range(1, len(payload["blocks"]) + 1))
    assert payload["blocks"][-1]["copied_characters"] == A
    head = payload["head"]
    assert head["scope"]["files"] == 2 and head["scope"]["documents"] == 2 and head["number"].startswith("JHGF-")
    out = tmp_path / "报告.docx"
    assert main(["check", str(draft), str(draft), "--json", "--db", str(db)]) == 0
    batch = json.loads(capsys.readouterr().out)
    assert all(d["head"]["scope"]["files"] == 2 for d in batch["drafts"])
    assert all("copied_ratio_excluding_quotes" in d["summary"] for d in batch["drafts"])
    assert main(["check", str(draft), "-o", str(out), "--db", str(db)]) == 0
    assert "本地文库 2 个文件" in docx.Document(str(out)).tables[0].rows[4].cells[1].text


def _browser_format(value: float) -> str:
    """What a table column's "%.1f" shows in the browser: the float's exact value rounded half up."""
    return f"{Decimal(value).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)}%"


def test_one_rounding_the_source_table_and_the_report_agree():
    """Bug 8: a share of 0.3025 was 30.3% in the page's table (100 × ratio, rounded half up by the
    browser) and 30.2% in the report (Python rounds half to even)."""
    assert _browser_format(100 * 0.3025) == "30.3%" != f"{0.3025 * 100:.1f}%"  # the two roundings of before
    for k in range(10001):
        share = round(k / 10000, 4)  # as the engine rounds a ratio
        assert _browser_format(percent_points(share)) == percent(share), share
    assert percent(0.3025) == "30.3%" and percent(0.30249) == "30.2%" and percent(1.0) == "100.0%"


def test_report_head_without_scope_says_so():
    report = check_draft(pasted_draft(NEW), library_index([]))
    head = report_head(report)
    assert head.title == "草稿" and head.unit is None and head.scope is None
    document = docx.Document(io.BytesIO(report_docx(report)))
    cells = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
    assert cells["检测范围"] == "未提供" and cells["单位"] == "未填写"
    assert len(document.tables) == 3 and "没有发现复制的文字。" in [p.text for p in document.paragraphs]


def test_scope_text_names_the_newest_import():
    from nlp.check.reports.figures import scope_text

    text = scope_text(CheckScope(3, 12, "2026-12-01T15:40:00+00:00", 7))
    assert text.startswith("本地文库 3 个文件、12 篇文档（文库版本 7，最近一次导入 2026-12-01 ")


# What the engine's fingerprints can encode (no lone surrogates: the import boundary removes them).
CHECKABLE_TEXT = HOSTILE_TEXT.map(lambda text: "".join(c for c in text if not "\ud800" <= c <= "\udfff"))


@given(draft=st.lists(CHECKABLE_TEXT, min_size=1, max_size=3), source=CHECKABLE_TEXT, title=HOSTILE_TEXT)
@settings(max_examples=25, deadline=None)
def test_any_string_typed_or_imported_makes_a_docx_report(draft, source, title):
    """A poisoned draft, a poisoned library block and document title: the report is still written."""
    index = build_index(
        [source + SOURCE_A], document_of=[0], documents=[SourceDocument(title, f"{title}.txt")], types=["paragraph"]
    )
    blocks = [Block("paragraph", text + SOURCE_A) for text in draft]
    report = check_draft(blocks, index, name=title)
    document = docx.Document(io.BytesIO(report_docx(report, CheckSettings(), report_head(report, unit=title))))
    compared = document.tables[-1].rows[1:]
    assert [r.cells[1].text.translate(_LAYOUT) for r in compared] == [
        xml_safe(b.text).translate(_LAYOUT) for b in blocks
    ]
    assert "<mark" in report_html(report)
