"""The whole library pipeline (reader -> clean -> structure) on files generated in the test."""

from __future__ import annotations

import pytest

from nlp.errors import InputError
from nlp.library import parse_file

from .. import files

PLAN_LINES = [
    "无忧淘文网",
    "你的位置: 淘文网 > 工作计划 > 2025年医院工会工作计划",
    "2025年医院工会工作计划",
    "下面是小编为大家整理的医院工会工作计划,希望大家能够喜欢!",
    "XX年我院工会工作总的指导思想:在上级工会和医院党委的领导下,围绕医院中心工作,",
    "带领全体工会会员以创新的精神,加强工会组织的建设。",
    "一、加强工会组织建设,提高整体工作水平",
    "1、明确工会委员分工,制订工作计划和工作规章。",
    "2、调整工会小组,推选工会小组长。",
    "二、丰富职工文化生活",
    "(一)开展文体活动",
    "组织职工参加____人次的健身活动,_月_日举办职工运动会。",
    "3月份",
    "1、开展庆“三八”妇女节活动",
    "4",
]


def _outline(result):
    (document,) = result.documents
    return document, [(b.type, b.level, b.marker, b.text) for b in document.blocks]


EXPECTED_TEXT_OUTLINE = [
    (
        "paragraph",
        None,
        None,
        (
            "XX年我院工会工作总的指导思想：在上级工会和医院党委的领导下，围绕医院中心工作，"
            "带领全体工会会员以创新的精神，加强工会组织的建设。"
        ),
    ),
    ("heading", 1, "一、", "加强工会组织建设，提高整体工作水平"),
    ("item", 2, "1、", "明确工会委员分工，制订工作计划和工作规章。"),
    ("item", 2, "2、", "调整工会小组，推选工会小组长。"),
    ("heading", 1, "二、", "丰富职工文化生活"),
    ("heading", 2, "（一）", "开展文体活动"),
    ("paragraph", None, None, "组织职工参加____人次的健身活动，_月_日举办职工运动会。"),
    ("heading", 3, None, "3月份"),
    ("item", 4, "1、", "开展庆“三八”妇女节活动"),
]


@pytest.mark.parametrize("encoding, newline", [("gb18030", "\r\n"), ("utf-16", "\n"), ("utf-8-sig", "\r\n")])
def test_text_plan_in_old_windows_encodings(encoding, newline):
    data = newline.join(PLAN_LINES).encode(encoding)
    result = parse_file(data, "计划.txt")
    document, outline = _outline(result)
    assert (document.title, document.kind, document.year) == ("2025年医院工会工作计划", "计划", 2025)
    assert outline == EXPECTED_TEXT_OUTLINE
    assert [p.text for p in document.blocks[0].placeholders] == ["XX"]
    assert [(p.text, p.kind) for p in document.blocks[6].placeholders] == [("____", "blank"), ("_月_日", "date")]
    assert document.blocks[7].schedule == "3月"
    assert [d.reason for d in result.dropped] == ["网站名称", "网站导航", "页码/页眉", "网页推广语"]


def test_docx_with_heading_styles_and_word_numbering():
    result = parse_file(files.plan_docx(), "计划.docx")
    document, outline = _outline(result)
    assert (document.title, document.year) == ("2025年医院工会工作计划", 2025)
    assert outline == [
        ("paragraph", None, None, "20__年，我院工会在院党委和上级工会的领导下，围绕医院中心工作开展工作。"),
        ("heading", 1, "一、", "加强工会组织建设"),
        ("paragraph", None, None, "健全工会组织，发挥工会小组长的作用。"),
        ("heading", 2, "（一）", "健全组织"),
        ("item", 3, "1.", "每季度发展一批会员，全年培训工会干部____人次。"),
        ("item", 3, "2.", "调整工会小组，推选工会小组长。"),
        ("heading", 1, "二、", "丰富职工文化生活"),
        ("heading", 2, None, "3月份"),
        ("item", 3, "1、", "开展庆“三八”妇女节活动。"),
        ("heading", 2, None, "5月份"),
        ("item", 3, "1、", "举办“5.12”护士节表彰活动。"),
    ]
    assert document.blocks[0].placeholders[0].text == "20__"
    assert document.blocks[4].placeholders[0].text == "____"


def test_pdf_with_hard_wrapped_lines_reflows_into_paragraphs():
    first = (
        "我院工会工作总的指导思想是在上级工会和医院党委的领导下，围绕医院中心工作，带领全体工会会员以创新的精神，"
        "加强工会组织的建设，增强为职工服务的意识和为医院建设的意识，全面开创医院工会工作新局面。"
    )
    second = "继续做好送温暖工作，在群众最需要的时候，把党和工会组织的关怀送到职工心里，看望每一位生病住院的职工。"
    pages = [files.hard_wrap(first) + [("一、加强工会组织建设", False)] + files.hard_wrap(second)]
    result = parse_file(files.lines_pdf("2025年医院工会工作计划", pages), "计划.pdf")
    document, outline = _outline(result)
    assert document.title == "2025年医院工会工作计划"
    assert outline == [
        ("paragraph", None, None, first),
        ("heading", 1, "一、", "加强工会组织建设"),
        ("paragraph", None, None, second),
    ]


def test_html_page_keeps_the_article_and_drops_the_site():
    page = """<html><head><meta charset="utf-8"><title>工作计划_淘文网</title></head><body>
    <nav>首页 &gt; 工作计划 &gt; 医院工会</nav>
    <article><h1>2025年医院工会工作计划</h1>
    <p>下面是小编为大家整理的医院工会工作计划，希望大家能够喜欢！</p>
    <h2>一、加强组织建设</h2><p>做好工会换届选举工作。&lt;script&gt;alert(1)&lt;/script&gt;</p>
    </article><footer>版权所有 淘文网 www.example.com</footer><script>track()</script></body></html>"""
    result = parse_file(page.encode("utf-8"), "计划.html")
    document, outline = _outline(result)
    assert document.title == "2025年医院工会工作计划"
    assert outline == [
        ("heading", 1, "一、", "加强组织建设"),
        ("paragraph", None, None, "做好工会换届选举工作。<script>alert(1)</script>"),
    ]
    assert [d.reason for d in result.dropped] == ["网页推广语"]


@pytest.mark.parametrize(
    "data, name, message",
    [
        (b"", "empty.txt", "空"),
        (bytes(range(256)) * 16, "junk.txt", "不是文本文件"),
        (bytes(range(256)) * 16, "junk.docx", "DOCX"),
        (b"PK\x03\x04broken", "broken.docx", "DOCX"),
        ("一、加强组织建设".encode(), "plan.xls", "不支持的文件类型"),
    ],
)
def test_bad_files_are_refused_with_a_chinese_message(data, name, message):
    with pytest.raises(InputError, match=message):
        parse_file(data, name)


def test_scanned_pdf_and_zip_bomb_are_refused():
    with pytest.raises(InputError, match="OCR"):
        parse_file(files.image_only_pdf(), "scan.pdf")
    with pytest.raises(InputError, match="100 MB"):
        parse_file(files.zip_bomb(200 * 1024 * 1024), "bomb.docx")
