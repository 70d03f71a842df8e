"""Formats on real pages (tests/realworld/): Traditional script analysed as Simplified and stored as written, saved web
pages, PDF, and markdown written in a .txt file."""

from __future__ import annotations

import pytest

from benchmarks import compare_html
from benchmarks.bench_parse import FILES, bare
from nlp.library.parse import parse_file
from nlp.library.script import analysis_form
from nlp.read import read_lines
from tests.library.realworld_helpers import all_text, parse, parse_set_file


def test_a_letter_spaced_word_is_analysed_close_and_stored_as_written():
    # rw445: a centred title and its text spaced out a character at a time; the junk model, judging the spaced line,
    # scored the title 1.00 (its threshold rose to .95 on round 15's 424 pages to keep it)
    assert analysis_form("医 院 党 建 工 作 调 研 报 告") == "医院党建工作调研报告"
    assert analysis_form("党 和 政 府对 公 立 医 院") == "党和政 府对 公立医院"
    assert analysis_form("坚持科学民主管理 促进医院和谐发展") == "坚持科学民主管理 促进医院和谐发展"
    assert analysis_form("工 会") == "工 会"  # two characters may be two words
    text = all_text(parse_set_file("rw445.txt"))
    assert "医 院 党 建 工 作 调 研 报 告" in text and "新东方在线" not in text


def test_traditional_is_analysed_as_simplified_and_stored_as_written():
    assert analysis_form("2015年機(jī)關(guān)工會工作總結(jié)") == "2015年机关工会工作总结"
    result = parse(
        "工會年終工作總結\n"
        "一年來，鎮總工會在鎮黨委的領導下，緊緊圍繞中心工作，組織開展了一系列活動，取得了較好成績。\n"
        "一、加強組織建設\n各基層工會健全了組織。\n"
    )
    (document,) = result.documents
    assert (document.title, document.kind) == ("工會年終工作總結", "总结")
    assert document.blocks[1].text == "加強組織建設" and document.blocks[1].type == "heading"


def test_markdown_in_text_gives_levels_and_no_bold_placeholders():
    result = parse(
        "### 护理部工作计划\n"
        "#### 引言\n"
        "随着医疗技术的不断进步，护理工作在医疗卫生体系中的作用愈发重要。\n"
        "#### 一、护理团队建设与人才培养\n"
        "**1. 持续教育计划** 𝗔𝒾𝘹🅉𝒵𝓈.𝓒𝗢𝓶\n"
        "– **目标**:提高全体护理人员的专业技能和服务意识。\n"
        "– **措施**:定期举办护理专业知识培训。\n"
    )
    (document,) = result.documents
    assert document.title == "护理部工作计划"
    headings = [(b.level, b.text) for b in document.blocks if b.type == "heading"]
    assert headings[:2] == [(1, "引言"), (1, "护理团队建设与人才培养")]
    assert any(b.text.startswith("目标：提高") for b in document.blocks)
    text = all_text(result)
    assert "**" not in text and "𝗔" not in text and "–" not in text
    assert not [p for b in document.blocks for p in b.placeholders]


@pytest.mark.parametrize("title, lines, markup", compare_html.pages(), ids=["plan", "news", "untitled"])
def test_a_saved_page_gives_its_article_without_the_site(title, lines, markup):
    result = parse_file(markup.encode("utf-8"), "page.html")
    text = all_text(result)
    assert all(bare(line)[2:16] in bare(text) for line in lines)
    for chrome in ("相关推荐", "上一篇", "下一篇", "ICP", "客服QQ", "分享到", "企业工会活动方案通用10篇"):
        assert chrome not in text
    if title:
        assert result.documents[0].title == title


def test_pdf_keeps_quotation_marks():
    lines = read_lines((FILES / "rw050.pdf").read_bytes(), "rw050.pdf")
    assert "严格按“党政领导干部选拔任用条例”的要求" in "".join(line.text for line in lines)
