"""Tests for nlp.readers: every format from real generated files, and every kind of bad input."""

from __future__ import annotations

import io
import random
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pdfminer.high_level import extract_text

import nlp.read
from nlp.errors import InputError
from nlp.models import Line
from nlp.read import docx, docx_numbering, limits, pdf, read_lines, too_large_message

from .. import files
from ..conftest import CORPUS


def texts(lines: list[Line]) -> list[str]:
    return [line.text for line in lines]


def refused(data: bytes, filename: str) -> str:
    """The message of the InputError that reading ``data`` as ``filename`` raises."""
    with pytest.raises(InputError) as caught:
        read_lines(data, filename)
    return str(caught.value)


# --- plain text -----------------------------------------------------------------------


def test_gb18030_text_with_characters_gbk_lacks():
    text = "工会工作计划\n一、人名用字“䶮”\n二、扩展字“𠀀”\n"
    with pytest.raises(UnicodeEncodeError):
        text.encode("gbk")
    assert texts(read_lines(text.encode("gb18030"), "plan.txt")) == [
        "工会工作计划",
        "一、人名用字“䶮”",
        "二、扩展字“𠀀”",
    ]


def test_short_gbk_text_that_detectors_misread():
    assert texts(read_lines("工会工作计划".encode("gbk"), "plan.txt")) == ["工会工作计划"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_and_without_bom(encoding):
    data = "工会工作计划\n一、指导思想\n".encode(encoding)
    assert data.startswith((b"\xff\xfe", b"\xfe\xff")) == (encoding in ("utf-16", "utf-32"))
    assert texts(read_lines(data, "plan.txt")) == ["工会工作计划", "一、指导思想"]


def test_utf8_bom_crlf_blank_lines_and_trailing_space():
    data = "\ufeff工会工作计划\r\n\r\n  一、指导思想  \r\n二、目标\r三、措施\t\r\n".encode("utf-8")
    lines = read_lines(data, "plan.TEXT")
    assert lines == [Line("工会工作计划"), Line("  一、指导思想"), Line("二、目标"), Line("三、措施")]


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_text_with_a_stray_byte_keeps_the_rest(encoding):
    body = "一、加强工会组织建设，提高工会干部素质，做好职工服务工作。\n" * 60
    data = body.encode(encoding)
    damaged = data[:300] + b"\xff" + data[300:]
    lines = read_lines(damaged, "plan.txt")
    intact = [line for line in lines if line.text == body.splitlines()[0]]
    assert len(lines) == 60 and len(intact) == 59  # only the damaged line differs


# (file, non-blank line count, first line, markdown headings read as levels)
SEEDS = [
    ("000_f1d24f7fef4b090c.txt", 203, " 时间就如同白驹过隙般的流逝，我们的工作与生活又进入新的阶段", 0),
    ("001_e1efe9dfe3e00a87.txt", 412, "无忧淘文网", 0),
    ("002_fb556ecb9fab494c.txt", 94, "最新医院工会总结及工作计划(模板5篇)", 0),
    ("003_22307239ab08fa56.txt", 136, "工会劳动争议调解书 工会工作计划(优质6篇)", 22),
    ("004_b4b04544e5c1adb2.txt", 221, "医院工会工作自我总结", 0),
]


@pytest.mark.parametrize(("name", "count", "first", "headings"), SEEDS)
def test_seed_corpus(name, count, first, headings):
    lines = read_lines((CORPUS / name).read_bytes(), name)
    assert len(lines) == count
    assert lines[0].text.startswith(first)
    assert all(line.text.strip() and line.text == line.text.rstrip() for line in lines)
    assert sum(line.style_level is not None for line in lines) == headings
    assert all(line.marker is None and not line.text.startswith("#") for line in lines)


# --- docx -----------------------------------------------------------------------------


def test_docx_paragraphs_tables_and_heading_levels_in_order():
    lines = read_lines(files.styled_docx(), "plan.docx")
    assert [(line.text, line.style_level) for line in lines] == [
        ("2024年工会工作计划", 0),  # Title
        ("一、指导思想", 1),  # Heading 1
        ("以服务职工为中心。", None),
        ("（一）组织建设", 2),  # Heading 2
        ("二、主要任务", 1),  # custom style named 标题 1
        ("（二）民主管理", 2),  # custom style based on Heading 2
        ("1.职代会", 3),  # outline level 2 on a custom style
        ("第一行正文", None),  # a line break splits the paragraph
        ("第二行正文", None),
        ("时间安排", None),  # merged cell: once
        ("负责人", None),
        ("3月", None),
        ("职代会", None),
        ("工会主席", None),
        ("三、工作要求", None),
    ]
    assert all(line.marker is None and not line.wrapped for line in lines)


def test_docx_automatic_numbering_becomes_marker():
    lines = read_lines(files.numbered_docx(), "plan.docx")
    assert [(line.marker, line.text) for line in lines] == [
        ("一、", "加强组织建设"),
        ("（一）", "健全组织"),
        ("（二）", "发展会员"),
        ("1.", "每季度发展一批"),
        (None, "要点"),  # bullets are not outline labels
        ("①", "第一小点"),
        ("二、", "开展劳动竞赛"),
        ("（一）", "岗位练兵"),  # deeper level restarts under a new level-0 item
        ("四、", "加强自身建设"),  # the empty numbered paragraph took 三、
        ("五、", "另起一个编号"),  # startOverride
        (None, "不编号的正文"),
        ("1.", "样式编号甲"),  # numbering inherited from the paragraph style
        ("2.", "样式编号乙"),
        (None, "取消编号"),  # numId 0 on the paragraph switches the style's numbering off
        ("第一章", "总则"),  # list linked to Heading 1 / Heading 2 through w:pStyle
        ("1.1", "目的"),
        ("1.2", "范围"),
        ("第二章", "组织"),
        ("2.1", "机构"),
    ]
    assert [line.style_level for line in lines[-5:]] == [1, 2, 2, 1, 2]


@pytest.mark.parametrize(
    ("fmt", "numbers", "expected"),
    [
        ("chineseCounting", [1, 10, 11, 20, 21, 100, 105], ["一", "十", "十一", "二十", "二十一", "一百", "一百〇五"]),
        ("chineseCountingThousand", [3, 19], ["三", "十九"]),
        ("chineseLegalSimplified", [1, 11], ["壹", "壹拾壹"]),
        ("ideographTraditional", [1, 10], ["甲", "癸"]),
        ("decimalEnclosedCircle", [1, 20, 21, 50], ["①", "⑳", "㉑", "㊿"]),
        ("decimalFullWidth", [12], ["１２"]),
        ("lowerLetter", [1, 26, 27], ["a", "z", "aa"]),
        ("upperRoman", [4, 1994], ["IV", "MCMXCIV"]),
        ("unknownFormat", [7], ["7"]),
    ],
)
def test_word_number_formats(fmt, numbers, expected):
    assert [docx_numbering.format_number(n, fmt) for n in numbers] == expected


# --- pdf ------------------------------------------------------------------------------

PHRASE = "坚持以职工为本，主动依法科学维权，推进厂务公开民主管理，切实维护职工合法权益，"


@pytest.fixture(scope="module")
def chinese_pdf_text():
    """Skip unless pdfminer reads back Chinese drawn in reportlab's built-in CID font."""
    pdf = files.lines_pdf("工会工作计划", [[]])
    if "工会工作计划" not in extract_text(io.BytesIO(pdf)):
        pytest.skip(f"pdfminer cannot extract Chinese drawn in {files.PDF_FONT}; no other CJK font is used")


@pytest.mark.usefixtures("chinese_pdf_text")
def test_pdf_lines_in_order_with_wrapped_flags():
    first = files.hard_wrap((PHRASE * 3)[:88])  # three lines, the last one full width
    second = files.hard_wrap((PHRASE * 4)[:98])  # four lines, the last one short; crosses a page
    third = files.hard_wrap("全体会员共同努力。")
    pdf = files.lines_pdf("工会工作计划", [first + second[:2], second[2:] + third])
    lines = read_lines(pdf, "plan.pdf")
    expected = ["工会工作计划"] + [text for text, _ in first + second + third]  # page numbers dropped
    assert texts(lines) == expected
    assert [line.wrapped for line in lines] == [
        False,  # centred title
        True,
        True,
        False,  # full last line, but the next line is indented
        True,
        True,
        True,
        False,  # wraps across the page break; short last line
        False,
    ]
    assert all(line.style_level is None and line.marker is None for line in lines)


@pytest.mark.parametrize("text", ["1", "- 2 -", "—3—", "第3页", "第 3 页 共 10 页", "3/10", "Page 4 of 9"])
def test_page_number_shapes(text):
    assert pdf._PDF_PAGE_NUMBER.fullmatch(text)


@pytest.mark.parametrize("text", ["2024", "1、加强组织建设", "第一页", "3月"])
def test_not_page_numbers(text):
    assert not pdf._PDF_PAGE_NUMBER.fullmatch(text)


def test_pdf_without_text_suggests_ocr():
    assert "OCR" in refused(files.image_only_pdf(), "scan.pdf")


def test_pdf_with_password():
    assert "加密" in refused(files.encrypted_pdf(), "secret.pdf")


@pytest.mark.parametrize("data", [b"%PDF-1.4\n1 0 obj garbage", b"not a pdf at all"])
def test_corrupted_pdf(data):
    assert "PDF 文件已损坏" in refused(data, "broken.pdf")


def test_truncated_pdf():
    pdf = files.lines_pdf("工会工作计划", [files.hard_wrap(PHRASE)])
    assert "PDF 文件已损坏" in refused(pdf[: len(pdf) // 2], "broken.pdf")


# --- html and markdown -------------------------------------------------------------------

HTML = """<!DOCTYPE html><html><head><title>网站标题</title><style>p {color: red}</style>
<script>var stolen = "脚本内容";</script></head>
<body><nav><a href="/">首页</a> 导航</nav><header>网站页眉</header>
<article><header><h1>2024年工会工作计划</h1></header>
<h2>一、指导思想</h2>
<p>以服务职工为中心，
   <b>全面</b>加强工会建设。<br>第二行&nbsp;内容</p>
<!-- 注释 -->
<ul><li>1、领导班子重视</li><li>2、制度健全</li></ul>
<div>外层文字<div>内层文字</div></div>
<table><tr><td>3月</td><td>职代会</td></tr></table>
<h5>附则</h5>
<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>
</article><footer>版权所有</footer><script>alert("尾部脚本")</script></body></html>"""


def test_html_blocks_headings_and_escaped_text():
    lines = read_lines(HTML.encode("utf-8"), "page.HTML")
    assert [(line.text, line.style_level) for line in lines] == [
        ("2024年工会工作计划", 0),
        ("一、指导思想", 1),
        ("以服务职工为中心， 全面加强工会建设。", None),
        ("第二行\xa0内容", None),
        ("1、领导班子重视", None),
        ("2、制度健全", None),
        ("外层文字", None),
        ("内层文字", None),
        ("3月", None),
        ("职代会", None),
        ("附则", 4),
        ("<script>alert(1)</script>", None),
    ]
    joined = "\n".join(texts(lines))
    for absent in ("脚本", "尾部", "color", "首页", "页眉", "版权", "注释", "网站标题"):
        assert absent not in joined


@pytest.mark.parametrize(
    "meta", ['<meta charset="gbk">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">']
)
def test_html_in_gbk_with_meta_charset(meta):
    page = f"<html><head>{meta}</head><body><h3>工会工作计划</h3><p>开展“䶮”字测试</p></body></html>"
    lines = read_lines(page.encode("gb18030"), "page.htm")
    assert lines == [Line("工会工作计划", style_level=2), Line("开展“䶮”字测试")]


def test_html_meta_naming_utf16_in_an_ascii_readable_page_is_ignored():
    page = '<html><head><meta charset="utf-16"></head><body><p>工会工作计划</p></body></html>'
    assert read_lines(page.encode("utf-8"), "page.html") == [Line("工会工作计划")]


def test_markdown_headings_escapes_lists_and_emphasis():
    source = (
        "# 20\\_年工会工作计划\n\n"
        "## 一、指导思想\n\n"
        "以**服务职工**为中心，[加强](https://example.com)工会建设，\n"
        "全面推进*各项*工作。\n\n"
        "- 1、领导班子重视\n"
        "- 2、制度健全\n\n"
        "1. 第一项\n"
        "2. 第二项\n\n"
        "###### 附则\n"
    )
    lines = read_lines(source.encode("utf-8"), "plan.md")
    assert lines == [
        Line("20_年工会工作计划", style_level=0),
        Line("一、指导思想", style_level=1),
        Line("以服务职工为中心，加强工会建设，"),
        Line("全面推进各项工作。"),
        Line("1、领导班子重视"),
        Line("2、制度健全"),
        Line("第一项", marker="1."),
        Line("第二项", marker="2."),
        Line("附则", style_level=2),  # the file's depths ranked: # title, ## 1, ###### 2
    ]


# --- file objects and size ---------------------------------------------------------------


def test_file_objects_read_like_bytes(tmp_path):
    data = files.styled_docx()
    path = tmp_path / "plan.docx"
    path.write_bytes(data)
    expected = read_lines(data, "plan.docx")
    consumed = io.BytesIO(data)
    consumed.read()  # a seekable file object is read from its start
    with path.open("rb") as opened:
        assert read_lines(opened, "plan.docx") == expected
    assert read_lines(io.BytesIO(data), "plan.docx") == expected
    assert read_lines(consumed, "plan.docx") == expected
    assert read_lines(bytearray(data), "plan.docx") == expected


class _Unreadable(io.BytesIO):
    def read(self, size=-1):
        raise AssertionError("a file over the limit must not be read")


class _Unseekable(io.BytesIO):
    def seekable(self):
        return False


def test_file_over_the_limit(monkeypatch):
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 1000)
    data = "工会".encode() * 1000
    message = refused(data, "big.txt")
    assert "文件太大" in message and "上限" in message and "MB" in message
    with pytest.raises(InputError, match="文件太大"):
        read_lines(_Unreadable(data), "big.txt")
    with pytest.raises(InputError, match="上限"):
        read_lines(_Unseekable(data), "big.txt")
    assert texts(read_lines(_Unseekable(data[:996]), "ok.txt")) == ["工会" * 166]


def test_size_message_states_megabytes():
    assert "25.5 MB" in too_large_message(int(25.5 * 1024 * 1024))
    assert "上限为 20 MB" in too_large_message(None)


# --- bad input ---------------------------------------------------------------------------


_RANDOM = random.Random(0).randbytes(4096)


@pytest.mark.parametrize(
    ("data", "filename", "expected"),
    [
        pytest.param(b"", "plan.txt", "文件是空的", id="empty"),
        pytest.param(b" \r\n\t \n", "plan.txt", "文件是空的", id="whitespace"),
        pytest.param(b"   ", "plan.docx", "文件是空的", id="whitespace-docx"),
        pytest.param("\u3000 \n".encode("utf-8"), "plan.txt", "没有找到可读取的文字", id="unicode-whitespace"),
        pytest.param(b"data", "plan.xls", "不支持的文件类型", id="xls"),
        pytest.param(b"data", "plan.xls", ".docx、.pdf", id="xls-lists-supported"),
        pytest.param(b"data", "README", "不支持的文件类型", id="no-extension"),
        pytest.param(_RANDOM, "plan.txt", "不是文本文件", id="random-txt"),
        pytest.param(_RANDOM, "plan.md", "不是文本文件", id="random-md"),
        pytest.param(_RANDOM, "plan.html", "不是文本文件", id="random-html"),
        pytest.param(b"\x01\x02\x03\x04\x05\x06\x07\x08 text", "plan.txt", "不是文本文件", id="control-chars"),
        pytest.param(_RANDOM, "plan.docx", "DOCX 文件已损坏", id="random-docx"),
        pytest.param(docx._OLE_MAGIC + _RANDOM, "plan.docx", "DOCX 文件已损坏", id="damaged-ole"),
        pytest.param(b"<html><script>only()</script></html>", "page.html", "没有找到可读取的文字", id="script-only"),
    ],
)
def test_bad_input(data, filename, expected):
    assert expected in refused(data, filename)


def test_truncated_docx():
    data = files.styled_docx()
    assert "DOCX 文件已损坏" in refused(data[: len(data) // 2], "plan.docx")


def test_docx_with_broken_xml():
    assert "DOCX 文件已损坏" in refused(files.docx_with_broken_document_xml(), "plan.docx")


def test_zip_that_is_not_a_docx():
    assert "DOCX 文件已损坏" in refused(files.plain_zip(), "plan.docx")


def test_password_protected_docx():
    ole = files.cfb({"EncryptionInfo": b"\x04\x00\x04\x00", "EncryptedPackage": b"\x00" * 8})
    message = refused(ole, "plan.docx")
    assert "设有打开密码" in message and "取消密码后另存为 .docx" in message


def test_legacy_doc_renamed_to_docx():
    assert "旧版 Word（.doc）" in refused(files.cfb({"WordDocument": b"\xec\xa5"}), "plan.docx")


def test_other_ole_file_named_docx():
    assert "DOCX 文件已损坏" in refused(files.cfb({"Workbook": b"\x09\x08"}), "plan.docx")


@pytest.fixture(scope="module")
def zip_bomb():
    return files.zip_bomb(200 * 1024 * 1024)


def test_zip_bomb_refused_without_inflating(zip_bomb):
    assert len(zip_bomb) < 1024 * 1024
    started = time.perf_counter()
    message = refused(zip_bomb, "bomb.docx")
    assert time.perf_counter() - started < 0.5
    assert "100 MB" in message and "拒绝" in message


def test_highly_compressed_member_refused_below_the_total_limit():
    assert "拒绝" in refused(files.zip_bomb(8 * 1024 * 1024), "bomb.docx")


def test_unexpected_reader_failure_becomes_input_error(monkeypatch):
    def broken(data: bytes) -> list[Line]:
        raise RuntimeError("library bug")

    monkeypatch.setitem(nlp.read._FORMATS, ".pdf", (broken, "PDF"))
    with pytest.raises(InputError, match="读取 PDF 文件时出错") as caught:
        read_lines(b"%PDF-1.4", "plan.pdf")
    assert isinstance(caught.value.__cause__, RuntimeError)


# --- property ----------------------------------------------------------------------------

_EXTENSIONS = [".txt", ".docx", ".pdf", ".html", ".md"]


@st.composite
def _damaged_files(draw) -> tuple[bytes, str]:
    """Arbitrary bytes, or a real DOCX/PDF with some bytes overwritten, under any supported name."""
    extension = draw(st.sampled_from(_EXTENSIONS))
    if draw(st.booleans()):
        return draw(st.binary(max_size=2048)), "x" + extension
    data = bytearray(_REAL_FILES[extension])
    for _ in range(draw(st.integers(1, 8))):
        data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data), "x" + extension


_REAL_FILES = {
    ".txt": "工会工作计划\n一、指导思想\n".encode("gb18030"),
    ".docx": files.numbered_docx(),
    ".pdf": files.lines_pdf("工会工作计划", [files.hard_wrap(PHRASE)]),
    ".html": HTML.encode("utf-8"),
    ".md": "# 计划\n\n- 一、目标\n".encode(),
}


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_damaged_files())
def test_any_bytes_give_lines_or_input_error(case):
    data, filename = case
    try:
        lines = read_lines(data, filename)
    except InputError as err:
        assert str(err)
    else:
        assert lines and all(isinstance(line, Line) and line.text.strip() for line in lines)
