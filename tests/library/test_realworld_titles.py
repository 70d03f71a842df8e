"""Titles on the real-world set: which line of a document is its title, and a headline set over lines."""

from __future__ import annotations

from benchmarks.bench_parse import FILES
from nlp.library.parse import parse_file
from nlp.library.script import analysis_form
from nlp.library.titles import NAMED_FEATURES, Candidate, candidates, wrapped_headline
from nlp.read import read_lines


def _page(stem: str) -> list[str]:
    path = next(FILES.glob(f"{stem}.*"))
    return [line.text for line in read_lines(path.read_bytes(), path.name)]


def test_fix26t_a_phrase_the_page_opens_with_is_a_candidate_of_that_shape():
    """fix26t: rw546's 抓好党建意见 and rw1316's 教育訓練 open their pages over the text (the file's name was their title): the
    model reads a phrase the page opens with, nothing above it, which a line under a site's chrome or a sentence is not."""
    feature = dict(NAMED_FEATURES)["opens_page_phrase"]
    for stem in ("rw546", "rw1316"):
        path = next(FILES.glob(f"{stem}.*"))
        document = parse_file(path.read_bytes(), path.name, title_model=None).documents[0]
        pool = candidates(document, True, _page(stem), None)
        assert pool and all(feature(candidate) == 1.0 for _, candidate in pool), stem
    # a phrase with words above it on the page, a sentence opening the page
    assert feature(Candidate(analysis_form("工会工作计划"), "", -1, 1, False, True, True, 0.0)) == 0.0
    opening = Candidate(analysis_form("为进一步做好工会工作，特制定本计划。"), "", -1, 1, False, True, True, 0.0, opens_page=True)
    assert feature(opening) == 0.0


def test_fix26t_a_web_headline_the_text_says_run_on_over_its_second_line_is_one_title():
    """fix26t: rw897's headline wrapped over 九分公司工會喜獲2020年度全區住房城鄉建設系統 / 先進職工小家榮譽稱號, its text saying
    …建設系統“先進職工小家”榮譽稱號 across the break: one title. rw1593's 县总工会开展2024年金秋助学活动 over its sub-headline
    助困难职工子女圆上大学梦, which the text never runs on from the headline, stays apart."""
    first = "九分公司工會喜獲2020年度全區住房城鄉建設系統"
    assert wrapped_headline(first, _page("rw897")) == (first + "先進職工小家榮譽稱號", "先進職工小家榮譽稱號")
    assert wrapped_headline("【民生工程】县总工会开展2024年金秋助学活动", _page("rw1593")) is None
    text = "4月27日，九分公司工会荣获全区建设系统“先进职工小家”荣誉称号。\n"
    assert wrapped_headline("九分公司工会喜获全区建设系统", ["九分公司工会喜获全区建设系统", "先进职工小家荣誉称号", text]) == (
        "九分公司工会喜获全区建设系统先进职工小家荣誉称号",
        "先进职工小家荣誉称号",
    )
    sub = ["九分公司工会喜获全区建设系统", "先进职工小家荣誉称号", "近日，九分公司工会获得表彰。"]
    assert wrapped_headline(sub[0], sub) is None


def test_fix26t_a_papers_headline_taken_at_its_last_line_has_its_lines_above():
    """fix26t: a model that takes rw1320's last headline line, 为户外劳动者打造“清凉港湾” over the reporter and 本报讯, gets the
    headline line over it too, as one taking the first gets the last (gen25h)."""
    assert wrapped_headline("为户外劳动者打造“清凉港湾”", _page("rw1320")) == (
        "北辰区果园新村街道总工会开展主题活动 为户外劳动者打造“清凉港湾”",
        "北辰区果园新村街道总工会开展主题活动",
    )
    page = ["县总工会开展主题活动", "为户外劳动者打造清凉驿站", "□记者王晓丽", "本报讯 近日，县总工会开展主题活动。"]
    assert wrapped_headline(page[1], page) == (f"{page[0]} {page[1]}", page[0])
    # a site's dateline (河工新闻网讯) joins nothing
    site = [page[0], page[1], "河工新闻网讯 近日，县总工会开展主题活动。"]
    assert wrapped_headline(page[1], site) is None


def test_fix26t_a_writers_credit_over_the_text_reads_as_a_credit():
    """fix26t: rw1867's 撰文：潘耀昇 between its dated headline and its text is the writer's credit, as 撰稿 is: the model
    took it for the title once the page's first line was the stamped headline."""
    feature = dict(NAMED_FEATURES)["credit"]
    assert feature(Candidate(analysis_form("撰文：潘耀昇"), "", -1, 2, False, True, True, 0.0)) == 1.0
    assert feature(Candidate(analysis_form("撰稿：肖红"), "", -1, 2, False, True, True, 0.0)) == 1.0
    assert feature(Candidate(analysis_form("宋芝齡中秋節前夕銅鑼灣探長者"), "", -1, 2, False, True, True, 0.0)) == 0.0
