from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from benchmarks.bench_parse import FILES
from nlp.library.clean import (
    clean_lines,
    clean_text,
    normalize_punctuation,
    normalize_spaces,
    repair_scrape_artifacts,
    strip_markup,
)
from nlp.library.parse import parse_file
from nlp.models import Line
from nlp.read import read_lines

from ..conftest import SEEDS


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("<fw92.cOM/p>", ""),
        ("<p>加强组织建设</p><br/>", "加强组织建设"),
        ('<span style="color:red">工会</span>', "工会"),
        ("<script>alert(1)</script>", "<script>alert(1)</script>"),
        ("<img src=x onerror=alert(1)>", "<img src=x onerror=alert(1)>"),
        ("## 五、丰富职工群众文化生活", "五、丰富职工群众文化生活"),
        ("### 三月份", "三月份"),
        ("20\\_年，\\_\\_街道总工会", "20_年，__街道总工会"),
        ("以上就是\\*\\*镇工会今年的工作计划", "以上就是**镇工会今年的工作计划"),
        ("- 1、领导班子重视，工齐抓", "1、领导班子重视，工齐抓"),
        ("组织工会**和专职干部学习", "组织工会**和专职干部学习"),
    ],
)
def test_strip_markup(raw, expected):
    assert strip_markup(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("会员民-主评议领导班子", "会员民主评议领导班子"),
        ("个家,构建和-谐医院。", "个家,构建和谐医院。"),  # seed 001
        # a page's own hyphens between phrases: no dictionary word spans them (rw295; rw257 in Traditional script)
        ('形成的"需求评估-方案设计-过程监督-成效追踪"闭环机制', '形成的"需求评估-方案设计-过程监督-成效追踪"闭环机制'),
        ("第一篇:學生黨支部建設-淺析方法", "第一篇:學生黨支部建設-淺析方法"),
        ("重阳节老少樂-手工制作", "重阳节老少樂-手工制作"),
        ("增强为职工服务的.意识和为医院建设的意识。", "增强为职工服务的意识和为医院建设的意识。"),
        # half-width text: the dot ends a sentence and is kept for widening
        ("共同把工会工作规范化,量化.年终评选优秀工会小组长", "共同把工会工作规范化,量化.年终评选优秀工会小组长"),
        ("5—10张图片，7月—8月份", "5—10张图片，7月—8月份"),
    ],
)
def test_repair_scrape_artifacts(raw, expected):
    assert repair_scrape_artifacts(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("职工,维护职工的民主权益;按时召开", "职工，维护职工的民主权益；按时召开"),
        ("1,开展送温暖活动,召开院福利委员会", "1，开展送温暖活动，召开院福利委员会"),
        ("召开教代会,(2月27日怀柔)", "召开教代会，（2月27日怀柔）"),
        ('1,"红五月"卡拉OK比赛', "1，“红五月”卡拉OK比赛"),
        ("每日早7:20—7:50开放", "每日早7:20—7:50开放"),
        ("量化.年终评选优秀工会小组长.", "量化。年终评选优秀工会小组长。"),
        ("我们怎么动笔去写工作计划呢?下面", "我们怎么动笔去写工作计划呢？下面"),
        ("院务公开制度是企业 and 职工群众的创造", "院务公开制度是企业 and 职工群众的创造"),
        ("(1)发挥工会委员的作用", "（1）发挥工会委员的作用"),
        ("plain English, untouched: yes.", "plain English, untouched: yes."),
    ],
)
def test_normalize_punctuation(raw, expected):
    assert normalize_punctuation(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("  一、 指导思想:  ", "一、指导思想:"),
        ("5、继续开展 “护士节”岗位练兵", "5、继续开展“护士节”岗位练兵"),
        ("工会劳动争议调解书   工会工作计划", "工会劳动争议调解书 工会工作计划"),
        ("\u3000\u3000全年门诊接诊人次", "全年门诊接诊人次"),
    ],
)
def test_normalize_spaces(raw, expected):
    assert normalize_spaces(raw) == expected


def _clean(*lines: str) -> tuple[list[str], list[tuple[str, str]]]:
    cleaned, dropped = clean_lines([Line(t) for t in lines])
    return [line.text for line in cleaned], [(d.text, d.reason) for d in dropped]


def test_web_junk_is_dropped_with_reasons():
    text, dropped = _clean(
        "无忧淘文网",
        "你的位置: 淘文网 > 工作计划 > 导航 > 2021年医院工会工作计划报告",
        "发表时间:2020-09-26",
        "2021年医院工会工作计划报告。",
        "为了更好的开展下一阶段的工作,我们怎么动笔去写工作计划呢?下面是小编为大家整理的“2021年医院工会工作计划报告”,希望对您有一定的帮助。",
        "一、积极履行工会的基本职责,抓住重点,做好各项常规工作",
        "<fw92.cOM/p>",
        "fw92.com编辑推荐",
        "- 格式:docx",
        "- 大小:40.70 KB",
        "4",
    )
    assert text == ["2021年医院工会工作计划报告。", "一、积极履行工会的基本职责，抓住重点，做好各项常规工作"]
    reasons = dict(dropped)
    assert reasons["无忧淘文网"] == "网站名称"
    assert reasons["发表时间：2020-09-26"] == "网页信息"
    assert reasons["格式：docx"] == "文档信息"
    assert reasons["4"] == "页码/页眉"
    assert any("小编" in t and r == "网页推广语" for t, r in dropped)
    assert "fw92.com编辑推荐" in reasons


def test_broken_link_text_is_rejoined_before_junk_is_judged():
    text, dropped = _clean(
        "医院工会工作计划篇八",
        "新的一年即将开始了，来看看医院工会的",
        "工作计划",
        "吧!下面是本站小编收集整理的医院工会工作计划，欢迎阅读。",
        "一、加强理论学习，不断开创工会工作新局面",
        "2、组织职工认真学习中国工会xx大精神，有针对性地学习《工会法》、《劳动法》、《",
        "劳动合同",
        "法》、及等有关法律知识，提高职工法律意识和依法维权的能力。",
    )
    assert text == [
        "医院工会工作计划篇八",
        "一、加强理论学习，不断开创工会工作新局面",
        "2、组织职工认真学习中国工会xx大精神，有针对性地学习《工会法》、《劳动法》、《劳动合同法》、及等有关法律知识，提高职工法律意识和依法维权的能力。",
    ]
    assert dropped == [
        (
            "新的一年即将开始了，来看看医院工会的工作计划吧！下面是本站小编收集整理的医院工会工作计划，欢迎阅读。",
            "网页推广语",
        )
    ]


def test_hard_wrapped_schedule_reflows_but_headings_stay():
    text, _ = _clean(
        "一月份",
        "1,开展送温暖活动,召开院福利委员会审批困难",
        "补助,探访因病住院的职工,慰问劳模.",
        "2,开始收缴纳20xx年度会费,召开工会委员会,",
        "汇报一年来工会开展的工作及新的一年的工作安排.",
        "二月份",
        "1,召开我院第二届第五次教职工代表大会,(2月",
        "27日怀柔)",
        "一、积极履行工会的基本职责,抓住重点,做好各项常规工作",
        "抓住工会工作的群众性特点,进一步确立为全体会员服务的理念,坚持面向大多数职工。",
    )
    assert text == [
        "一月份",
        "1，开展送温暖活动，召开院福利委员会审批困难补助，探访因病住院的职工，慰问劳模。",
        "2，开始收缴纳20xx年度会费，召开工会委员会，汇报一年来工会开展的工作及新的一年的工作安排。",
        "二月份",
        "1，召开我院第二届第五次教职工代表大会，（2月27日怀柔）",
        "一、积极履行工会的基本职责，抓住重点，做好各项常规工作",
        "抓住工会工作的群众性特点，进一步确立为全体会员服务的理念，坚持面向大多数职工。",
    ]


def test_page_furniture_does_not_glue_lines():
    text, dropped = _clean("2，检查工会工作和建家工作", "十月份", "4", "各科室准备春节文艺汇演节目")
    assert text == ["2，检查工会工作和建家工作", "十月份", "各科室准备春节文艺汇演节目"]
    assert dropped == [("4", "页码/页眉")]


def test_pdf_wrapped_hint_joins_lines():
    cleaned, _ = clean_lines(
        [
            Line("工会将继续做好送温暖工作，在群众最需要的时候，把党和工会", wrapped=True),
            Line("组织的关怀送到职工心里。"),
            Line("二、丰富职工文化生活"),
        ]
    )
    assert [c.text for c in cleaned] == [
        "工会将继续做好送温暖工作，在群众最需要的时候，把党和工会组织的关怀送到职工心里。",
        "二、丰富职工文化生活",
    ]


def test_style_hints_are_never_joined():
    cleaned, _ = clean_lines([Line("加强组织建设", style_level=1), Line("工会小组")])
    assert [c.text for c in cleaned] == ["加强组织建设", "工会小组"]


def _cleaned(name: str) -> tuple[list[str], list[tuple[str, str]]]:
    lines, dropped = clean_lines(read_lines((FILES / name).read_bytes(), name))
    return [line.text for line in lines], [(d.text, d.reason) for d in dropped]


def test_a_document_sites_stamps_glued_to_the_text_go_and_the_text_stays():
    # rw128: the site's name and slogan after a paragraph's last sentence, past a space; rw095: its notice glued
    # straight before the first line
    kept, dropped = _cleaned("rw128.txt")
    assert ("公文汇,办公文档之家", "网站名称") in dropped and ("稿子汇,范文学习文库", "网站名称") in dropped
    assert not any("办公文档之家" in text or "范文学习文库" in text for text in kept)
    assert any(text.endswith("一年来，我们做了以下工作：") for text in kept)
    kept, dropped = _cleaned("rw095.txt")
    assert ("下载后可任意编辑", "文档信息") in dropped and kept[0].startswith("街道2024年度工会工作总结")
    # rw099: past a space the page repeats its title after the notice: the structure takes both off, the title stays
    (document,) = parse_file((FILES / "rw099.txt").read_bytes(), "rw099.txt").documents
    assert document.title == "2024年街道总工会上半年工作总结及下半年计划"


@pytest.mark.parametrize(
    "line",
    [
        "各单位要认真学习。 财务科，网络中心",  # a signature of units: no site's words
        "一年来，我们做了以下工作： 一是加强学习，二是完善制度",
    ],
)
def test_text_that_only_looks_like_a_sites_stamp_stays(line):
    kept, _ = clean_lines([Line(line)])
    assert [k.text for k in kept] == [clean_text(line)]


def test_a_news_reports_byline_goes_and_a_titles_note_in_brackets_stays():
    kept, dropped = _cleaned("rw140.txt")  # a bare name closing the report
    assert ("（曲姗姗）", "网页信息") in dropped and len(kept) == 2
    for line in ("（记者 张三 通讯员 李四）", "（文/李四）", "（张三 供稿）"):  # a role word: wherever it stands
        kept, dropped = clean_lines(
            [Line("会议传达了有关精神，并提出了要求。"), Line(line), Line("会议要求抓好落实。")], model=False
        )
        assert [d.reason for d in dropped] == ["网页信息"] and len(kept) == 2
    report = [Line("会议传达了有关精神，并提出了要求。"), Line("（曲姗姗）"), Line("会议要求抓好落实。")]
    assert len(clean_lines(report)[0]) == 3  # a bare name inside the text is not known for a byline
    closing = [Line("请各单位于月底前报送，盖章后寄回。"), Line("（盖章）")]
    assert [line.text for line in clean_lines(closing)[0]] == ["请各单位于月底前报送，盖章后寄回。", "（盖章）"]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_cleaning_seeds_is_idempotent(seed):
    once = clean_text(seed.read_text(encoding="utf-8"))
    assert clean_text(once) == once
    assert "小编" not in once and "<fw92" not in once and "民-主" not in once


PLAN_ALPHABET = st.sampled_from(
    list('工会职工医院计划总结加强组织建设年月份一二三十12０，。、；：！？,.;:!?()（）“”"《》-_ xX#*\n\t')
    + ["篇一", "一、", "（一）", "1.", "3月份", "20__年", "小编", "<p>"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(PLAN_ALPHABET, max_size=80).map("".join))
# words alone that the page's chrome parted (工工 / 工 under a control, 工会信箱 / address / 女职工工作) stay apart in the
# cleaned text; a word under a line of text that the chrome parted joins it once kept (the chrome is gone then)
@example("，1<p>工工\n工")
@example("工会信箱\nhnzyydxgh@163.com\n女职工工作")
@example("会议要求各单位抓好落实推进各项工作\n，1\n工会")
@example(
    "，工\n工工\n工工\n工"
)  # two words alone, what the model leaves of a menu, join neither each other nor the line above
@example("！(工工？")  # a byline after a stop alone: the line goes whole, no stop is left to drop the next time
@example(
    "工<p>一一、工"
)  # 一一 is no numeral: the entry has no number (it raised in the junk model's first-section check)
@example("医\n(工")  # the model keeps 医 beside a byline the rules take; alone, it would drop the whole text
def test_cleaning_is_idempotent_on_arbitrary_text(text):
    once = clean_text(text)
    assert clean_text(once) == once


def test_a_markers_dot_is_no_scrapers_dot():
    """rw045, rw166: the dot of 第二. at a line's start or of 二. after a sentence is the marker's (it takes the
    marker form's full-width dot); a dot inside a sentence between Chinese characters is a scraper's artifact (服务的.意识)."""
    assert repair_scrape_artifacts("第二.坚持企务公开。") == "第二．坚持企务公开。"
    assert (
        repair_scrape_artifacts("分别为:一.工会组织建设方面。二.民主监督方面。")
        == "分别为:一．工会组织建设方面。二．民主监督方面。"
    )
    assert repair_scrape_artifacts("增强服务的.意识，提高统一.认识。") == "增强服务的意识，提高统一认识。"
