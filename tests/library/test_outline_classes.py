"""Outline failure classes from the tune half of the real-world set (tests/realworld/), text in and outline
out: glued headings, marker forms, unnumbered headings, titles glued to their body, Word paragraphs, markdown
bold at a line start. Every input is built from the lines of a tune file (named beside it)."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from benchmarks.bench_parse import FILES
from nlp.library.markers import split_marker
from nlp.library.parse import parse_file
from tests.library.realworld_helpers import parse_set_file

ROOT = Path(__file__).resolve().parents[2]
BODY = "为进一步做好工会工作，推动各项工作落实，结合实际，制定本计划。"


def outline(text: str, name: str = "page.txt") -> list[tuple[str, int | None, str | None, str]]:
    (document,) = parse_file(text.encode("utf-8"), name).documents
    return [(b.type, b.level, b.marker, b.text) for b in document.blocks]


def kinds_and_levels(text: str) -> dict[str, tuple[str, int | None]]:
    """Each block's text of the one document ``text`` parses to, with its type and level."""
    return {text: (kind, level) for kind, level, _, text in outline(text)}


@pytest.mark.parametrize(
    "line, heading, rest",
    [
        # rw014: a PDF-like page glues the heading to its first item
        (
            "现将相关情况总结如下：一、完成的各项工作指标1.全年门诊接诊人次达到____人次；2.全年住院患者达到____人次；",
            ("heading", 1, "一、", "完成的各项工作指标"),
            ("item", 2, "1.", "全年门诊接诊人次达到____人次；"),
        ),
        # rw065: a heading glued to a paragraph that opens an enumeration
        (
            "1、加強組織領導，提高自身建設一是加強組織領導，健全工會組織，建立健全了工會委員會。",
            ("heading", 1, "1、", "加強組織領導，提高自身建設"),
            ("paragraph", None, None, "一是加強組織領導，健全工會組織，建立健全了工會委員會。"),
        ),
        # rw065: pinyin glosses a mirror site injects do not make the heading too long to be one
        (
            "2、加強(qiáng)政治業(yè)務(wù)學(xué)習(xí)，全面提高會員的綜合素質(zhì)一是每月組織一次集中學(xué)習(xí)。",
            ("heading", 1, "2、", "加強(qiáng)政治業(yè)務(wù)學(xué)習(xí)，全面提高會員的綜合素質(zhì)"),
            ("paragraph", None, None, "一是每月組織一次集中學(xué)習(xí)。"),
        ),
        # rw061: a heading, its subheading and the subheading's first item on one line
        (
            "一、2023年工作目标完成情况（一）以工会组建为根底，着力推开工会组织内在活力不断增强1、突破工会组建重点和难点。",
            ("heading", 2, "（一）", "以工会组建为根底，着力推开工会组织内在活力不断增强"),
            ("item", 3, "1、", "突破工会组建重点和难点。"),
        ),
    ],
)
def test_a_heading_glued_to_what_follows_it_comes_apart(line, heading, rest):
    blocks = outline(f"2024年医院工会工作总结\n{BODY}\n{line}\n二、年度的主要工作\n全年完成了各项任务。\n")
    assert heading in blocks and rest in blocks


@pytest.mark.parametrize(
    "line, marker, text",
    [
        (
            "⒈统一思想，提高认识，深入贯彻落实xx大五中全会精神",
            "⒈",
            "统一思想，提高认识，深入贯彻落实xx大五中全会精神",
        ),  # rw020
        ("一、201*年上半年主要工作情况", "一、", "201*年上半年主要工作情况"),  # rw056
        ("一、2023年工作目标完成情况", "一、", "2023年工作目标完成情况"),  # rw061
    ],
)
def test_marker_forms_open_a_heading(line, marker, text):
    body = "全面贯彻落实xx大五中全会精神是xx年我院党委的首要政治任务。要继续组织党员干部和职工认真学习。"
    blocks = outline(f"开鲁县总工会工作总结\n{BODY}\n{line}\n{body}\n")
    assert ("heading", 1, marker, text) in blocks


def test_numbered_word_paragraphs_with_colons_stay_apart():
    # "2：" "3：" numbered paragraphs (the issue's Word file) are items, never joined into one
    blocks = outline(
        "工会工作计划\n一、重点工作\n1：建立健全本院工会工作制度\n2：做好职代会换届选举工作\n3：做好提案答复工作\n"
    )
    assert [(b[1], b[2]) for b in blocks] == [(1, "一、"), (2, "1："), (2, "2："), (2, "3：")]


@pytest.mark.parametrize(
    "lines, heading, not_heading",
    [
        # rw005: a label with a colon over a table
        (["具体工作：", "时间|活动内容|参加范围|一月|春节送温暖工程"], (1, "具体工作："), None),
        # rw008: a line over a month schedule written as labels
        (
            ["三、口号", "“工会在我身边”", "主要活动安排", "1月：各团队春节联欢", "2月：本院职代会卡拉ok比赛"],
            (1, "主要活动安排"),
            None,
        ),
        # rw047: the value of a label heading is not a heading that pushes the next sibling down
        (
            ["三、活動時間：", "6月7日（周日）", "四、活動地點：", "大好河山知音·九真景區"],
            (1, "活動地點："),
            "6月7日（周日）",
        ),
    ],
)
def test_unnumbered_lines_are_headings_only_when_they_introduce(lines, heading, not_heading):
    blocks = outline("工会工作计划\n" + BODY + "\n" + "\n".join(lines) + "\n")
    headings = {(level, text) for kind, level, _, text in blocks if kind == "heading"}
    assert heading in headings
    assert not_heading is None or all(text != not_heading for _, text in headings)


def test_month_entries_are_not_joined():
    blocks = outline("工会工作计划\n主要活动安排\n1月：各团队春节联欢\n2月：本院职代会卡拉ok比赛\n3月：提案答复工作\n")
    assert [b[3] for b in blocks][1:] == ["1月：各团队春节联欢", "2月：本院职代会卡拉ok比赛", "3月：提案答复工作"]


@pytest.mark.parametrize(
    "first_line, title",
    [
        ("工会活动方案 篇1为进一步增强机关干部职工凝聚力，开展“强健体魄，兴我中方”活动。", "工会活动方案 篇1"),  # rw067
        (
            "区总工会领导班子工作报告区总工会领导班子2023年工作报告2023年度，区总工会领导班子在区委的领导下开展工作。",
            "区总工会领导班子2023年工作报告",
        ),  # rw061
        ("【篇1】医院工会工作总结2022集合", "医院工会工作总结2022集合"),  # rw011
        # rw074: a 工作回顾 glued to its first sentence, no mark between them
        ("社区建设科年度工作回顾2023年已经过去了，我们回顾一下社区建设科在过去一年的工作", "社区建设科年度工作回顾"),
        # rw092: a page on one line: the site's slogan, the collection title, 【第1篇】 and the item's title
        (
            "精选优质文档-倾情为你奉上 医院科室2018年度工作总结 【第1篇】医院科室2018年度工作总结(内科)自20xx年以来，"
            "我科全体医护人员认真贯彻科学发展观。",
            "医院科室2018年度工作总结（内科）",  # punctuation made full-width, as everywhere
        ),
        ("社区2014年上半年工作总结(10)", "社区2014年上半年工作总结"),  # rw076: the page number of a split article
    ],
)
def test_titles_glued_or_labelled_are_found(first_line, title):
    result = parse_file(f"{first_line}\n{BODY}\n一、加强组织建设\n各基层工会健全了组织。\n".encode(), "rw.txt")
    assert [d.title for d in result.documents] == [title]
    assert result.documents[0].title_source == "text"


def test_a_paywall_marker_with_the_sites_name_goes_and_the_sentence_stays():
    # rw058: Traditional, the site's name with pinyin glosses and its address before 省略
    line = "堅持每周學習日制度，及時研究解……(新文秘網(wǎng)http://120pk.cn省略593字,正式會員可完整閱讀)……"
    result = parse_file(f"縣總工會工作總結\n{line}\n".encode(), "rw.txt")
    assert [b.text for b in result.documents[0].blocks] == ["堅持每周學習日制度，及時研究解"]
    assert [d.reason for d in result.dropped] == ["付费隐藏标记"]


def test_a_repeated_item_title_keeps_its_label():
    # rw020: the page repeats the item's title, without its 篇一, glued to the first sentence
    text = (
        "医院科室年度工作计划\n医院科室年度工作计划篇一\n医院科室年度工作计划xx年是“xx”发展的第一年，也是关键一年。\n"
    )
    (document,) = parse_file(text.encode(), "rw.txt").documents
    assert document.title == "医院科室年度工作计划篇一"


def test_a_post_time_stamp_with_a_category_is_not_a_title():
    # rw025: 2025-12-17 14:42:05年度工作总结 is the site's byline, not the document's title
    result = parse_file(f"社区文明创建工作总结\n2025-12-17 14:42:05年度工作总结\n{BODY}\n".encode(), "rw.txt")
    (document,) = result.documents
    assert (document.title, document.year) == ("社区文明创建工作总结", None)
    assert any(d.text.startswith("2025-12-17") for d in result.dropped)


@pytest.mark.parametrize(
    "line",
    ["– **预期成果**：护理人员专业技能显著提升", "– **预期成果", "**1. 提升患者"],  # rw016, rw017
)
def test_markdown_bold_at_a_line_start_is_never_a_placeholder(line):
    (document,) = parse_file(f"护理部工作计划\n{BODY}\n{line}\n".encode(), "rw.txt").documents
    assert not any(b.placeholders for b in document.blocks)
    assert not any("*" in b.text for b in document.blocks)


def test_word_paragraphs_are_never_joined():
    # rw019: a bullet paragraph cut short, then the site's own lines pasted as paragraphs of their own
    word = docx.Document()
    for text in (
        "2026年科室工作计划",
        "1.亚专科精细化发展",
        "-心血管亚专业：重点突破复杂冠心病介入",
        "您可能关注的文档",
    ):
        word.add_paragraph(text)
    data = io.BytesIO()
    word.save(data)
    result = parse_file(data.getvalue(), "plan.docx")
    texts = [b.text for d in result.documents for b in d.blocks] + [d.text for d in result.dropped]
    assert "心血管亚专业：重点突破复杂冠心病介入" in texts


@pytest.mark.parametrize(
    "text, title",
    [
        # rw062: a news item's headline over its paragraph is the title, not the file name
        (
            "沙市区总工会召开全区工会工作会议\n为认真贯彻落实市总工会2022年工作要求和区委相关工作部署，沙市区总工会组织召开全区工会工作会议。\n",
            "沙市区总工会召开全区工会工作会议",
        ),
        # a page that starts with its text keeps the file name
        (
            "2025年，医院工会将以习近平新时代中国特色社会主义思想为指导。\n一、工作目标\n提升职工满意度与幸福感。\n",
            "rw007",
        ),
        ("指导思想\n在院党委领导下，按照党的十六大提出的总体要求，学习和贯彻《工会法》精神。\n", "rw007"),
    ],
)
def test_a_headline_is_the_title_and_the_file_name_the_last_resort(text, title):
    assert parse_file(text.encode(), "rw007.txt").documents[0].title == title


@pytest.mark.parametrize(
    "style, kind", [("List Number", "item"), ("List Number 2", "item"), ("List Bullet", "paragraph")]
)
def test_word_list_paragraphs_are_items_never_headings(style, kind):
    word = docx.Document()
    word.add_paragraph("2025年医院工会工作计划")
    word.add_paragraph("一、工作重点", style="Heading 1")
    for text in ("开展职工运动会", "组织春游活动", "做好困难职工帮扶"):  # short lines that read as headings
        word.add_paragraph(text, style=style)
    word.add_paragraph("二、保障措施", style="Heading 1")
    word.add_paragraph("加强组织领导，明确责任分工。")
    data = io.BytesIO()
    word.save(data)
    (document,) = parse_file(data.getvalue(), "plan.docx").documents
    kinds = {b.text: b.type for b in document.blocks}
    assert [kinds[t] for t in ("开展职工运动会", "组织春游活动", "做好困难职工帮扶")] == [kind] * 3
    assert kinds["工作重点"] == "heading"


@pytest.mark.parametrize(
    "first_line, title, marker",
    [
        ("3/12医院工会2024年工作计划", "医院工会2024年工作计划", "3/12"),  # a document site's page marker
        ("【第二篇】社区工会工作总结", "社区工会工作总结", None),  # a collection's item label
        ("3/12召开职工代表大会", None, None),  # a date before a sentence is not a page marker
    ],
)
def test_labels_and_page_markers_before_a_title(first_line, title, marker):
    body = "为进一步做好工会工作，推动各项工作落实，结合实际，制定本计划。\n一、加强组织建设\n各基层工会健全了组织。\n"
    result = parse_file(f"{first_line}\n{body}".encode(), "rw.txt")
    texts = [result.documents[0].title] + [b.text for b in result.documents[0].blocks]
    assert (title or first_line) in texts
    assert ("页码/页眉" in [d.reason for d in result.dropped]) == (marker is not None)


def test_a_run_in_first_section_heading_comes_apart_when_its_siblings_stand_alone():
    # rw069: 一、's heading and its paragraph share a line; 二、 and 三、 are headings on lines of their own
    text = (
        "2010年医院工会工作计划\n"
        "一、以协调劳动关系为主线，切实维护职工合法权益。劳动关系和谐是社会和谐的基础，今年医院的工作主题是创建和谐医院。\n"
        "二、以构建和谐医院为主题，充分发挥广大职工的主力军作用。\n"
        "在乡工会、院党总支的领导下，我院工会将动员全院职工明确目标和要求，认真做好各项准备工作。\n"
    )
    blocks = outline(text)
    assert blocks[:2] == [
        ("heading", 1, "一、", "以协调劳动关系为主线，切实维护职工合法权益。"),
        ("paragraph", None, None, "劳动关系和谐是社会和谐的基础，今年医院的工作主题是创建和谐医院。"),
    ]
    assert blocks[2][:3] == ("heading", 1, "二、")
    # without a standalone sibling the line stays one entry
    alone = outline(text.replace("二、以构建和谐医院为主题，充分发挥广大职工的主力军作用。\n", ""))
    assert len(alone) == 2 and alone[0][3].startswith("以协调劳动关系为主线")


def test_a_short_heading_the_next_paragraph_names_again_is_a_subheading_and_not_joined():
    # rw008: 送温暖工程 between paragraphs, hard-wrapped page; the paragraph under it names it again
    text = (
        "肿瘤学院工会2004年工作计划\n"
        "二、重点工作\n"
        "实施两大工程，送温暖工程和增强凝聚力工程，具体做法如下。\n"
        "送温暖工程\n"
        "实施送温暖工程的目的：维护好职工的具体利益，充分体现医院党政领导对广大职工的关怀。\n"
        "增强凝聚力工程\n"
        "实施增强凝聚力工程的目的：调动广大职工爱院爱岗的积极性，发挥广大职工的智慧和能力。\n"
        "三、口号\n"
        "“工会在我身边”\n"
    )
    blocks = outline(text)
    headings = [(b[3], b[1]) for b in blocks if b[0] == "heading"]
    assert headings == [("重点工作", 1), ("送温暖工程", 2), ("增强凝聚力工程", 2), ("口号", 1)]


def test_a_numbered_heading_stays_apart_from_its_longer_paragraph_and_a_wrapped_item_is_rejoined():
    # rw044: one line per paragraph; two numbered headings of about the same length are no wrapped block,
    # and characters an encoding lost (基??) do not make a heading a question
    blocks = outline(
        "一、上届工会委员会的工作回顾\n"
        "1、强化工会组织建设，夯实工作基??\n"
        "五年以来，我们不断强化工会组织建设，夯实工作基础，坚持职工入会登记管理工作、建档立卡。\n"
        "2、加强民主管理，维护职工合法权益\n"
        "五年来，我们工会不断不断进行民主管理工作，最大限度地把职工的合法权益维护好。\n"
        "3、建设“四有”职工队伍，促进企业发展\n"
        "我们针对单位特点，引导广大职工树立正确的世界观、人生观和价值观，取得了很好的效果。\n"
    )
    assert [(t, level, text) for t, level, _, text in blocks if t == "heading"] == [
        ("heading", 1, "上届工会委员会的工作回顾"),
        ("heading", 2, "强化工会组织建设，夯实工作基？？"),
        ("heading", 2, "加强民主管理，维护职工合法权益"),
        ("heading", 2, "建设“四有”职工队伍，促进企业发展"),
    ]
    # a seed's hard-wrapped schedule: the wrapped items are joined back, their width set by their siblings
    wrapped = outline(
        "3月份\n"
        "1.“3.8”妇女节活动:保铃球比赛,厨艺比赛\n"
        "2.选举我院第三届职工代表及医学部第四届教\n"
        "代会第九次工代会代表\n"
        "3.办理职工安康保险和女职工安康保险,建立职\n"
        "工保险档案.\n"
    )
    assert [text for _, _, _, text in wrapped][2:] == [
        "选举我院第三届职工代表及医学部第四届教代会第九次工代会代表",
        "办理职工安康保险和女职工安康保险，建立职工保险档案。",
    ]


def test_numbered_headings_glued_to_their_paragraph_without_a_mark_come_apart():
    # rw074: the heading ends where a paragraph's opening begins: a preposition (经过, 在), the heading's own
    # first word again (社区卫生社区建设科…), or a word another such paragraph opens with (…防范社区建设科…)
    blocks = outline(
        "一、社区建设工作概述社区建设工作主要包括文化活动、社区卫生、环境卫生等方面，我们注重加强社区管理。\n"
        "二、文化活动经过社区建设科的不断努力，各项文化活动得到了很好的开展，丰富了社区居民的精神生活。\n"
        "三、社区卫生社区建设科加大了对社区卫生的管理，检查各种环境卫生设施的更新维护，加强了卫生保洁工作。\n"
        "四、安全及防范社区建设科将社区安全与防范作为重要的管理工作之一，我们采取各种措施，确保居民安全。\n"
    )
    assert [text for kind, _, _, text in blocks if kind == "heading"] == [
        "社区建设工作概述",
        "文化活动",
        "社区卫生",
        "安全及防范",
    ]
    assert blocks[-1] == (
        "paragraph",
        None,
        None,
        "社区建设科将社区安全与防范作为重要的管理工作之一，我们采取各种措施，确保居民安全。",
    )
    # rw014 and a seed: two clauses (顺应转型，确保稳步发展鉴于…); 作为 opens a paragraph, 为 inside 作为 does not
    seed = outline(
        "一、思想政治方面作为一名医院工会积极分子，我始终把党的方针政策作为自己的行动指南，不断提高政治觉悟。\n"
        "二、组织协调方面在工会工作中，我充分发挥自己的组织协调能力，积极策划和组织各类活动，丰富了业余生活。\n"
        "（一）顺应转型，确保稳步发展鉴于多种因素，我院长期承担的社区服务中心将进行剥离，相应的优惠政策也将调整。\n"
        "（二）完善组织，提高管理效能为尽快走出改制后的低谷，医院积极引进人才，特聘请了具有丰富管理经验的院长。\n"
    )
    assert [(level, text) for kind, level, _, text in seed if kind == "heading"] == [
        (1, "思想政治方面"),
        (1, "组织协调方面"),
        (2, "顺应转型，确保稳步发展"),
        (2, "完善组织，提高管理效能"),
    ]


def test_one_numbered_sentence_with_a_preposition_stays_an_item():
    # only a family whose entries share the shape comes apart: one entry alone is an item as written
    blocks = outline(
        "一、加强学习在全院职工中开展学习活动，组织职工认真学习党的方针政策，不断提高职工的政治思想素质。\n"
        "二、做好职工的思想政治工作，组织职工认真学习党的方针政策，不断提高职工的政治思想素质和业务水平。\n"
    )
    assert [kind for kind, _, _, _ in blocks] == ["item", "item"]


@pytest.mark.parametrize(
    "close, year",
    [
        ("总之，2025年的社区工作将以“以人为本、服务民生”为核心理念，扎实推进各项任务。", 2025),  # rw077
        ("社区居委会\n2024年12月28日", 2024),  # the date under the signature
        ("我们将加强巡逻力度，完善监控系统，提升2019年以来建成的设施。", None),  # a year in the body is not the close
    ],
)
def test_a_documents_year_stated_only_in_its_close(close, year):
    text = "【有关于社区年度工作计划】随着新一年的到来，为了更好地推动社区的和谐发展，制定了一份详尽的年度工作计划。\n"
    text += "首先，在基础设施建设方面，我们将重点推进公共区域的维护与改善。\n" * 3 + close + "\n"
    (document,) = parse_file(text.encode("utf-8"), "page.txt").documents
    assert (document.title, document.year) == ("有关于社区年度工作计划", year)
    assert document.blocks[0].text.startswith("随着新一年的到来")


def test_a_collection_item_whose_outline_starts_again_holds_the_next_item():
    # rw086: 篇1 runs 一、 to 三、, then 一、 again: the next item, its 【第二篇】 label lost by the page
    text = (
        "工会工作计划 篇1\n"
        "明年全区工会工作的总体要求是：以全会精神为指导，团结动员全区职工建功立业。\n"
        "一、根据区委意见调整工会中层机构组织体制，区总工会将根据区委的意见调整机构。\n"
        "二、进一步增强基层工会活力，我们将通过建立区域化村联合工会，扩大工会组织覆盖面。\n"
        "三、打响“工人先锋号”创建活动品牌。\n"
        "一、充分发挥工会作用，切实关心干警的生活和工作情况。\n"
        "二、了解干警的思想状况，\n"
    )
    first, second = parse_file(text.encode("utf-8"), "page.txt").documents
    assert (first.title, len(first.blocks), first.kind) == ("工会工作计划 篇1", 4, "计划")
    assert (second.title, second.title_source, second.kind) == ("page", "file", "计划")
    assert second.blocks[0].text.startswith("充分发挥工会作用")
    # a document that is no collection's item keeps an outline that starts again (two parts of one plan)
    (whole,) = parse_file(text.replace(" 篇1", "").encode("utf-8"), "page.txt").documents
    assert len(whole.blocks) == 6


def test_a_glued_table_of_contents_and_a_collections_count_under_an_item_title_go():
    # rw011: 【篇1】 titles the item; the collection's line with its count (4篇) and the table of contents glued to
    # the first sentence are the page's, not titles of the document
    result = parse_file(
        (
            "【篇1】医院工会工作总结2022集合\n"
            "医院工会工作总结4篇医院工会**工作总结\n"
            "本文目录医院工会工作总结医院工会委员会度工作总结11月医院工会年终工作总结  **年职工医院工会工作在集团公司工会的"
            "指导下，医院工会工作按预计计划完成了一年的工作任务。\n"
            "一、坚持以人为本，发挥工会职能。\n"
            "医院工会是医院职工权益的代表者与维护者，是党的工运方针在基层落实的组织者和实施者。\n"
        ).encode(),
        "page.txt",
    )
    (document,) = result.documents
    assert document.title == "医院工会工作总结2022集合"
    assert document.blocks[0].text.startswith("**年职工医院工会工作在集团公司工会的指导下")
    reasons = {d.text: d.reason for d in result.dropped}
    assert reasons["医院工会工作总结4篇医院工会**工作总结"] == "合集标题"
    assert reasons["本文目录"] == reasons["11月医院工会年终工作总结"] == "目录"


def test_an_entry_of_a_one_line_page_with_a_short_first_sentence_is_a_heading_over_its_paragraph():
    # rw092, rw061: the page lost the line break after each entry's first sentence
    blocks = outline(
        "医院科室2018年度工作总结（内科）自20xx年以来，我科全体医护人员圆满完成了各项工作目标，现总结如下："
        "一、不断扩大业务，顺利完成本年度目标任务。20xx年是民生分院及我科挑战与机遇并存的一年。"
        "二、深入开展先进性教育，提高干部职工的政治思想素质。今年以来，我科贯彻开展创先争优活动。"
        "三、坚持以病人为中心。"
    )
    assert [(kind, text) for kind, _, _, text in blocks[1:]] == [
        ("heading", "不断扩大业务，顺利完成本年度目标任务。"),
        ("paragraph", "20xx年是民生分院及我科挑战与机遇并存的一年。"),
        ("heading", "深入开展先进性教育，提高干部职工的政治思想素质。"),
        ("paragraph", "今年以来，我科贯彻开展创先争优活动。"),
        # the last entry, cut by the page's end, is typed as its siblings (README conventions since round 10)
        ("heading", "坚持以病人为中心。"),
    ]


# --- round 9: the classes of rw148-rw162 -------------------------------------------------------------


def headings_of(text: str) -> list[tuple[int | None, str]]:
    return [(level, text) for kind, level, _, text in outline(text) if kind == "heading"]


def test_a_single_entry_opening_with_a_phrase_under_its_heading_is_a_heading():
    """rw159: the page cut after the first 1、 entry under （二）…: its phrase is a heading over its paragraph, as when
    every entry of the family has that shape; a name in quotation marks is one word of the phrase (rw153)."""
    text = (
        "油料所党支部创建工作计划\n一、创建活动的具体内容\n（一）依据条件、标准扎实开展创建活动\n"
        "1、加强党支部书记及支委的素质建设。2008年油料所新一届党支部已组建成立，各党支部书记、副书记以及支部委员\n"
    )
    assert headings_of(text)[-1] == (3, "加强党支部书记及支委的素质建设。")
    # a phrase over one short sentence is an item's lead (tests/cycle/data/years/plan_2025.txt)
    items = text.replace("以及支部委员\n", "以及支部委员都已到位。\n")
    assert outline(items)[-1][:3] == ("item", 3, "1、")
    quoted = (
        "社区工作计划\n一、筑牢主心骨，以高质量党建引领基层治理新格局\n"
        "（一）健全“纵向到底、横向到边”的组织体系。持续深化“社区党委—网格党支部—楼栋党小组”四级组织架构。\n"
        "（二）激发党员队伍“先锋引擎”作用。近四百名党员，就是近四百面旗帜，我们将全面推行党员积分制管理。\n"
    )
    assert headings_of(quoted)[1:] == [
        (2, "健全“纵向到底、横向到边”的组织体系。"),
        (2, "激发党员队伍“先锋引擎”作用。"),
    ]


def test_fields_with_prose_values_are_section_headings_and_short_fields_stay_lines():
    """rw148: 一、活动目的：…。 beside 三、活动内容： and 七、具体安排: every field's label whose value is prose is a heading over
    its value, a field with a short value stays a line (四、活动时间：9月28日下午, the README's ruling of round 23), so does one
    whose value is one clause with its stop (六、参加人员：在职职工及部分退休职工。, the ruling of round 24); rw039: fields
    with short values only stay lines; rw004: fields among items stay items."""
    sections = (
        "医院工会健身趣味活动实施方案\n"
        "一、活动目的：围绕医院的中心工作，立足和谐医院的建设，培养职工的阳光心态，提高职工的幸福指数。\n"
        "二、活动主题：强身健体营造温馨团队 心手相牵构建和谐医院。\n三、活动内容：\n1、投篮比赛；\n2、拔河比赛\n"
        "四、活动时间：9月28日下午\n五、活动地点：医院篮球场\n六、参加人员：在职职工及部分退休职工。\n七、具体安排\n"
        "每小组5人，在指定区域投篮，每人投5次，时间3分钟，以投进数目多者为胜。\n"
    )
    blocks = outline(sections)
    assert [text for kind, level, _, text in blocks if kind == "heading" and level == 1] == [
        "活动目的：",
        "活动内容：",
        "具体安排",
    ]
    assert ("item", 1, "四、", "活动时间：9月28日下午") in blocks
    assert ("item", 1, "二、", "活动主题：强身健体营造温馨团队 心手相牵构建和谐医院。") in blocks
    assert ("item", 1, "六、", "参加人员：在职职工及部分退休职工。") in blocks
    fields = (
        "学校工会春季踏青活动方案\n现将活动事项通知如下：\n一、时间：20xx年3月23日（周六）\n二、目的地：珠海野狸岛\n"
        "三、出发地点：国交旁球场入口处\n四、报名截止时间：\n1. 以部门工会为单位组织报名并于3月20日下午5点前报学校工会。\n"
    )
    assert ("item", 1, "三、", "出发地点：国交旁球场入口处") in outline(fields)
    items = (
        "医院工会工作计划\n一、总体目标\n"
        "1. 构建和谐劳动关系：通过有效沟通机制，增进管理层与员工之间的相互理解，构建和谐稳定的劳动关系。\n"
        "2. 提升职工福祉：关注职工职业发展与身心健康，提供多样化的培训与发展机会，建立健全的福利保障体系。\n"
        "二、具体计划\n"
    )
    assert [kind for kind, _, marker, _ in outline(items) if marker == "1." or marker == "2."] == ["item", "item"]


def test_a_one_line_pages_heading_counts_no_pinyin_glosses():
    """rw150: a mirror site's glosses (醫(yī)療) make 一、…（一） longer than a heading may be; they are no length."""
    text = (
        "2026年急診科工作計劃\n具體計劃如下：一、醫(yī)療質(zhì)量精細(xì)化管理，夯實(shí)急危重癥救治基礎(chǔ)"
        "（一）優(yōu)化急診診療流程，縮短救治時(shí)間。針對2025年科室數(shù)據(jù)復(fù)盤發(fā)現(xiàn)的環(huán)節(jié)銜接不暢問題，"
        "2026年重點(diǎn)推進(jìn)流程再造。\n"
    )
    assert headings_of(text) == [
        (1, "醫(yī)療質(zhì)量精細(xì)化管理，夯實(shí)急危重癥救治基礎(chǔ)"),
        (2, "優(yōu)化急診診療流程，縮短救治時(shí)間。"),
    ]


def test_dash_bullets_written_into_a_line_after_a_heading_come_apart():
    """rw096: 1. 加强组织建设- 继续推进…。- 积极招募… (the dash after the word, the space after the dash)."""
    text = (
        "社区工会工作计划\n一、工作计划\n1. 加强组织建设- 继续推进工会组织的建设和发展，完善组织章程，规范工会组织运作。"
        "- 积极招募工会会员，扩大组织覆盖面，提高组织的凝聚力和影响力。\n2. 维护职工权益\n"
    )
    blocks = outline(text)
    assert ("heading", 2, "1.", "加强组织建设") in blocks
    assert blocks[blocks.index(("heading", 2, "1.", "加强组织建设")) + 1][3].startswith("继续推进")


def test_bracketed_labels_inside_a_line_start_lines_and_a_lists_last_sentence_is_an_item():
    """rw021: 5. 提高护理专业水平，体现护士专业价值。【活动对象】各护理单元 【活动内容和方式】: the labels start lines
    (【活动内容和方式】 a heading), and 5. after items ending in ；is the list's last item."""
    text = (
        "2017年医院优质护理服务活动方案\n【工作目标】\n1. 提高护理质量，让病人感受到优质护理服务；\n"
        "2. 促进疾病的恢复，提高医疗质量和效率；\n"
        "3. 提高护理专业水平，体现护士专业价值。【活动对象】各护理单元 【活动内容和方式】\n"
        "各护理单元围绕服务发展、科学监管、提升素质等方面工作，以培育一项重点、特色或创新工作为切入点。\n"
    )
    blocks = outline(text)
    assert ("item", 2, "3.", "提高护理专业水平，体现护士专业价值。") in blocks
    assert ("paragraph", None, None, "【活动对象】各护理单元") in blocks
    assert ("heading", 1, None, "【活动内容和方式】") in blocks
    # rw148: 8、钓鱼比赛 after 7、盲人击鼓； with 四、 next has nothing under it: the list's last item
    text = "医院工会健身趣味活动实施方案\n三、活动内容：\n1、投篮比赛；\n2、盲人击鼓；\n3、钓鱼比赛\n四、活动安排\n"
    assert ("item", 2, "3、", "钓鱼比赛") in outline(text)
    # rw067: 4. 下午15:10统一乘车返回 after three items ending in 。 and before 四、 is the last item too
    text = (
        "工会登山活动方案\n三、活动地点\n（二）行进路线\n1. 当日上午9:00从政府门前出发，9:30到达村组开始登山。\n"
        "2. 计划行进时间120分钟，即当日上午12:00达到指定地点。\n3. 下午15:10统一乘车返回\n四、参加人员\n"
    )
    assert ("item", 3, "3.", "下午15:10统一乘车返回") in outline(text)


def test_a_numbered_line_whose_sibling_heads_a_paragraph_is_not_joined_to_the_next():
    """rw044: 2、加强民主管理，维护职工合法权益 stands over its paragraph, so 3、建设“四有”职工队伍，促进企业发展 is a heading
    too and not the first line of a wrapped paragraph with the line after it."""
    text = (
        "2024年工会小组年度总结\n一、上届工会委员会的工作回顾\n1、强化工会组织建设，夯实工作基础\n"
        "五年以来，我们不断强化工会组织建设，夯实工作基础，坚持职工入会登记管理，职工入会率达到百分之百。\n"
        "2、加强民主管理，维护职工合法权益\n"
        "五年来，我们工会不断进行民主管理工作，最大限度地把职工的合法权益维护好、实现好、发展好。\n"
        "3、建设“四有”职工队伍，促进企业发展\n我们针对单位特点，引导广大职工树立正确的世界观\n"
    )
    blocks = outline(text)
    assert ("heading", 2, "3、", "建设“四有”职工队伍，促进企业发展") in blocks
    assert blocks[-1] == ("paragraph", None, None, "我们针对单位特点，引导广大职工树立正确的世界观")


def test_a_label_glued_to_its_paragraph_is_cut_at_the_length_of_its_sibling_labels():
    """rw033: 一、指导思想坚定不够地贯彻… beside 二、工作目标 and 三、主要工作： (labels of four characters): 指导思想 is a
    label of that length glued to its paragraph; with labels of different lengths nothing is cut."""
    text = (
        "学校工会工作计划\n一、指导思想坚定不够地贯彻落实党的全心全意依靠工人阶级的指导方针，围绕学校教育中心工作，"
        "服从服务大局，全面履行工会职能。\n二、工作目标\n（一）增强三个意识\n三、主要工作：\n（一）不断提高学校民主管理水平。\n"
    )
    assert headings_of(text)[0] == (1, "指导思想")
    uneven = text.replace("二、工作目标", "二、今年的工作目标")
    assert outline(uneven)[0][0] == "item"
    # labels of one length that are a list's short items head nothing: the long entry is not cut
    games = (
        "学校工会趣味运动会方案\n一、比赛项目\n1、跳绳\n2、拔河\n3、踢毽子比赛每人限时一分钟，以踢的个数多少排名。\n"
    )
    assert outline(games)[-1] == ("item", 2, "3、", "踢毽子比赛每人限时一分钟，以踢的个数多少排名。")


def test_a_long_numbered_line_without_a_mark_over_a_list_of_its_own_is_a_heading():
    """rw090: （一）、按护士规范化培训及护士在职继续教育实施方案抓好护士的“三基”及专科技能训练与考核工作 (42 characters, one
    clause) over its 1、 2、 entries is a heading; so is a line as long with a comma (the README's conventions since round
    10: an entry with sub-entries is a heading whatever its length, rw176)."""
    text = (
        "2008年护理工作计划\n一、加强护士在职教育，提高护理人员的综合素质\n"
        "（一）、按护士规范化培训及护士在职继续教育实施方案抓好护士的“三基”及专科技能训练与考核工作\n"
        "1、重点加强对新入院护士、聘用护士、低年资护士的考核，强化她们的学习意识。\n"
        "2、加强专科技能的培训，各科制定出周期内专科理论与技能的培训与考核计划。\n"
    )
    assert outline(text)[1][:3] == ("heading", 2, "（一）、")
    comma = text.replace("实施方案抓好", "实施方案，抓好")
    assert outline(comma)[1][:3] == ("heading", 2, "（一）、")


# --- round 10: ordinal labels (第一，第一阶段：) ------------------------------------------------------------


def test_ordinal_labels_are_a_marker_family_nested_under_what_is_open():
    """rw045: 第一，… and 第二、… over their paragraphs are section headings with their labels as markers; rw021: 第一阶段：
    under 【实施步骤】 is a subheading, a family of its own beside 第一，; ordinal words inside a text (第一季度, 第一、二
    季度) and 首先，… leads (rw080) open paragraphs."""
    text = (
        "局工会工作总结\n职工是企业的主人，是企业物质文明和精神文明的创造者和建设者。\n"
        "第一，积极参与企业民主管理工作，切实维护职工的合法权益。\n"
        "召开职工代表大会。会前由局党支部及工会委员会商榷列出职代会讨论的提案主题及要点，积极让职工参与企业管理。\n"
        "第二、坚持企务公开。\n"
        "评优、评先、评职称，需要实行企务公开的公示制度，让职工知情。\n"
        "第一、二季度，工会组织职工开展了读书活动，在第一季度末进行了评比。\n"
        "首先，在工会组织建设方面，我们加强了工会干部队伍建设，注重选拔和培养优秀干部。\n"
    )
    blocks = outline(text)
    assert [b[:3] for b in blocks if b[0] == "heading"] == [("heading", 1, "第一，"), ("heading", 1, "第二、")]
    assert [b[3] for b in blocks if b[0] == "heading"] == [
        "积极参与企业民主管理工作，切实维护职工的合法权益。",
        "坚持企务公开。",
    ]
    assert [b[0] for b in blocks[-2:]] == ["paragraph", "paragraph"]
    phases = (
        "优质护理服务活动方案\n【实施步骤】\n第一阶段：活动动员（2017年3月份）\n"
        "在2017年第一季度护士长例会上，做好创建优质护理服务活动的动员工作，鼓励各护理单元踊跃参加。\n"
        "第二阶段：项目申报（2017年4月份）\n"
        "各护理单元在总结、分析优质护理服务开展情况的基础上，制定本护理单元的活动方案。\n"
    )
    assert headings_of(phases) == [(1, "【实施步骤】"), (2, "活动动员（2017年3月份）"), (2, "项目申报（2017年4月份）")]
    # rw801: the phases without their 第, in Traditional script, each run in over its paragraph under 三、
    phases = (
        "2014年村黨支部創建工作方案\n三、創建活動安排\n"
        "一階段:宣傳發動和自查階段。村黨支部按照鎮委的《創建方案》制定創建規劃,利用每周政治學習時間,廣泛宣傳創建活動意義。\n"
        "二階段:具體實施階段。村黨支部按照《創建方案》認真組織開展創建活動,力爭使我村黨支部達到“五好”標準。\n"
    )
    assert headings_of(phases) == [(1, "創建活動安排"), (2, "宣傳發動和自查階段。"), (2, "具體實施階段。")]
    # a canonical family new after an ordinal label nests under it
    lists = (
        "局工会工作计划\n第一，加强组织建设\n1、健全基层工会组织，做到应建尽建，年内新建基层工会五个。\n"
        "2、开展会员实名制工作，做到会员信息准确完整。\n第二，维护职工权益\n1、推进集体协商，签订工资专项集体合同。\n"
    )
    assert [(kind, level) for kind, level, _, _ in outline(lists)] == [
        ("heading", 1),
        ("item", 2),
        ("item", 2),
        ("heading", 1),
        ("item", 2),
    ]


def test_headings_glued_to_their_paragraph_after_a_bracket_come_apart_when_a_sibling_stands_alone():
    """rw021: 第二阶段：项目申报（2017年4月份）各护理单元在… beside 第一阶段：活动动员（2017年3月份） on a line of its own: the
    heading ends at its bracket; without the standalone sibling nothing is cut."""
    text = (
        "优质护理服务活动方案\n【实施步骤】\n第一阶段：活动动员（2017年3月份）\n"
        "在2017年第一季度护士长例会上，做好创建优质护理服务活动的动员工作，鼓励各护理单元踊跃参加。\n"
        "第二阶段：项目申报（2017年4月份）各护理单元在总结、分析优质护理服务开展情况的基础上，结合各专科疾病特色和"
        "病人的需求，制定本护理单元活动方案。\n"
        "第三阶段：项目确定（2017年5月份）护理部将于2017年“5.12护士节”期间开展创建优质护理服务展示活动，届时将由"
        "项目申报护理单元对所申报的项目进行展示。\n"
    )
    blocks = outline(text)
    assert headings_of(text)[2:] == [(2, "项目申报（2017年4月份）"), (2, "项目确定（2017年5月份）")]
    assert blocks[-1] == ("paragraph", None, None, text.splitlines()[-1].split("）", 1)[1])
    glued = text.replace("第一阶段：活动动员（2017年3月份）\n在2017", "第一阶段：活动动员（2017年3月份）在2017")
    assert [level for level, _ in headings_of(glued)] == [1]


def test_a_stray_comma_before_an_entrys_stop_leaves_its_phrase_a_heading():
    """rw089: （一）開展“五百活動”助發(fā)展，。組織…: the page's stray comma before the stop makes no clause; the phrase heads
    its paragraph as 深化“三级联创”。 does."""
    text = (
        "區總工會工作總結\n20xx年，區總工會在區委和上級工會的正確領導下，緊緊圍繞中心工作，較好地完成了各項任務。\n"
        "（一）開展“五百活動”助發(fā)展，。組織“百場比武競賽”，。組織開展“比貢獻、穩增長，、促發展”勞動競賽，，"
        "舉辦xx區職工職業技能大賽，637名職工參加了比賽，評出了一批技術能手和先進個人，帶動了職工學技術的熱情\n"
    )
    assert headings_of(text) == [(1, "開展“五百活動”助發(fā)展，。")]
    assert outline(text)[-1][0] == "paragraph"


# --- round 10, struct11: heading conventions of tests/realworld/README.md -------------------------------------


def test_bracketed_and_one_sided_markers_are_families_of_their_own_depth():
    """rw173: 【一】 is a form of （一）, 1) of （1） (and ⑴ ⑵ of it too): 二、 > 【一】 > 1、 > 1) are four levels."""
    text = (
        "小学德育工作计划\n二、主要工作\n【一】德育科研与德育队伍建设。\n1、深化研究成果，提高德育实效。\n"
        "1)课题研究“研之有物，研而有效”。\n“十二五”德育课题收官，在教育专家指导下，不断完善德育课题研究成果。\n"
        "2)课程育德“课中育德，育而有效”。\n一是发挥学科课堂主渠道作用，积极改进品德与社会课程的内容。\n"
    )
    assert [(level, marker) for kind, level, marker, _ in outline(text) if kind == "heading"] == [
        (1, "二、"),
        (2, "【一】"),
        (3, "1、"),
        (4, "1)"),
        (4, "2)"),
    ]


def test_fix40_a_chinese_numeral_closed_by_a_bracket_alone_and_a_chapter_glued_to_its_name_are_markers():
    """Round 40's fresh tune pages at first contact: rw2634's 一)常规工作（基本分40分） under 一、目标内容。 (its opening
    bracket left out, as 1)'s is) was a heading of its own with the 一) in its text, one level too high; rw2631's 第一章总则
    (no space after 章, as 第二章   组成人员和政府职能 has) was a heading with 第一章 in its text, and so its sibling chapter
    stood two levels down."""
    text = (
        "市总工会2023年目标管理责任状\n一、目标内容。\n一)常规工作(基本分40分)\n"
        "1、筹备全市教育工会全委扩大会议召开，研究制定新年度工作指导思想和工作计划，并付诸实施。(8分)\n"
        "二)重点工作(基本分60分)\n1、继续开展送温暖活动，走访慰问困难教职工。\n"
    )
    headings = [(level, marker, rest) for kind, level, marker, rest in outline(text) if kind == "heading"]
    assert headings[:3] == [
        (1, "一、", "目标内容。"),
        (2, "一)", "常规工作（基本分40分）"),
        (2, "二)", "重点工作（基本分60分）"),
    ]
    marker, rest = split_marker("第一章总则")
    assert (marker.text, rest) == ("第一章", "总则")
    assert split_marker("一）")[0] is None  # a bracket with nothing after it opens nothing
    chapters = {
        b.text: b.level for d in parse_set_file("rw2631.txt").documents for b in d.blocks if b.type == "heading"
    }
    assert chapters["总则"] == chapters["组成人员和政府职能"] == 1


def test_an_entry_with_sub_entries_under_it_is_a_heading_whatever_its_length():
    """rw176: （一）以“三个代表”…整体水平。 (a sentence of 40-odd characters with commas) over 1、 2、 heads them; rw107: a
    line that goes on after its first sentence is cut there; rw028: a field over its (1) (2) is cut after its label. A
    first sub-entry that is no series' first ((2) after 1、, the page's own numbering slip in seed 001) heads nothing."""
    sentence = "（一）以“三个代表”重要思想为指导，以学习宣传贯彻《工会法》为契机，不断提高工会工作的整体水平。"
    text = (
        f"企业工会年度总结\n{sentence}\n1、召开了一届二次委员扩大会议，对去年全省的工会工作进行了总结和回顾。\n"
        "2、着重抓了新修改的《工会法》学习、宣传工作。\n"
    )
    assert outline(text)[0] == ("heading", 1, "（一）", sentence[3:])
    run_on = text.replace("整体水平。", "整体水平。年初，省会组织全省各基层工会参加了知识竞赛。")
    assert outline(run_on)[:2] == [
        ("heading", 1, "（一）", sentence[3:]),
        ("paragraph", None, None, "年初，省会组织全省各基层工会参加了知识竞赛。"),
    ]
    field = (
        "社区普法工作计划\n四、法律教育方面：建立一套居民学法制度。认真制定学习内容、计划、活动安排。\n"
        "（1）加强青少年的法制宣传教育。充分利用寒暑假和节假日，做好社区青少年法制宣传教育。\n"
        "（2）加强外来务工、经商人员的法制宣传教育。\n"
    )
    assert outline(field)[:2] == [
        ("heading", 1, "四、", "法律教育方面："),
        ("paragraph", None, None, "建立一套居民学法制度。认真制定学习内容、计划、活动安排。"),
    ]
    slip = field.replace("（1）", "（2）", 1).replace("（2）加强外来", "（3）加强外来")
    assert outline(slip)[0][0] == "item"


def test_a_label_over_a_list_that_starts_again_is_a_heading_and_the_list_before_it_ends():
    """rw165 (a Word file): 计划： and 预期成果： over lists that start again at 1. are headings, as 目标： is; the entry
    before a label heading has nothing under it, the last item of its list. A label over the next sibling of an open
    list (活動時間： / 四、) stays that entry's content."""
    text = (
        "医院工会工作计划\n目标：\n1. 维护员工权益：工会将致力于保障医院员工的合法权益。\n"
        "2. 加强组织建设：工会将积极发展会员，加强工会组织建设。\n计划：\n1. 加强宣传：定期组织员工大会、座谈会等活动。\n"
        "2. 工会工作人员负责具体事务的处理和日常工作的推进。\n3. 工会会员代表负责收集和反映员工的意见和需求。\n"
        "预期成果：\n1. 员工满意度提高：通过维护员工权益，提高员工对工会工作的认可和满意度。\n"
    )
    blocks = outline(text)
    assert [(level, t) for kind, level, _, t in blocks if kind == "heading"] == [
        (1, "目标："),
        (1, "计划："),
        (1, "预期成果："),
    ]
    assert blocks[6][:3] == ("item", 2, "3.")
    sibling = text.replace("预期成果：\n1. 员工", "预期成果：\n4. 员工")
    assert "预期成果：" not in [t for kind, _, _, t in outline(sibling) if kind == "heading"]


def test_a_word_numbered_after_it_is_an_ordinal_label_and_a_stop_in_quotation_marks_ends_no_sentence():
    """rw168: 活动一：“蜕变.化茧成蝶”素人改造项目 / 活动二：… / 活动三“…” over their paragraphs are headings (the stop in
    the name is the name's own); a word and a number with 、 (我们认为一、) is no label."""
    text = (
        "医院工会三八节活动方案\n活动一：“蜕变.化茧成蝶”素人改造项目\n3月3日，活动在郑医文化路院区三知书社启动，素人改造，放大女性医护的美。\n"
        "活动二：“与自然同呼吸”职工健步走活动\n3月4日，医院策划的健步走活动吸引了来自四个院区170余名职工参与。\n"
        "活动三“小惊喜的女神节”专属纪念品赠予\n一把晴雨伞，一份关爱情。今年为“她们”准备纪念品精美又不乏独特。\n"
    )
    heads = [(level, marker) for kind, level, marker, _ in outline(text) if kind == "heading"]
    assert heads == [(1, "活动一："), (1, "活动二："), (1, "活动三")]
    assert outline("工会计划\n我们认为一、工会要做好服务职工的各项工作。\n")[0][0] == "paragraph"
    # rw831: a two-character word numbered with 、 (說明一、 / 說明二、) over numbered entries and their ◎ bullets
    text = (
        "說明一、教師節感恩致敬活動- 9/24(二)兒童朝會時間\n利用週二學生朝會辦理:(全校集合時請各班班長帶一張椅子到操場。)\n"
        "1. 唱完國歌後,指持人邀請校長致詞,為「教師節感恩週活動」揭開序幕。\n2. 主持人介紹教師節的由來與意義:\n"
        "◎紀念至聖先師~孔子\n◎慰勞感謝教師們的辛苦教導\n說明二、敬師感恩九宮格任務(附件二)\n1. 實施要點:\n"
        "◎由輔導處於 9/23 教師晨會發給各班導師學習單,請導師轉發給學生。\n◎輔導組將於 9/24 學生朝會宣導活動內容。\n"
    )
    heads = [(level, marker) for kind, level, marker, _ in outline(text) if kind == "heading" and marker != "◎"]
    assert heads == [(1, "說明一、"), (2, "2."), (1, "說明二、"), (2, "1.")]


def test_formal_chinese_numbers_hold_the_sections_and_a_proposals_label_heads_its_entry():
    """rw803: a Taiwanese association's minutes, 壹、…柒、 over 一、 over （一） over （1）, and under 柒、討論提案 each 案由（一）：
    over its 說明 and 決議: one document (審查本會115年度工作計劃 is a proposal, no plan's title), its levels as nested."""
    text = (
        "壹、地 點:小魏川菜餐廳\n陸、報告事項:\n一、會務報告:\n(一)對內召開會議\n(1)9月12日,假炫庄桶仔雞海產,召開第12屆第10次"
        "理監事會。\n(2)11月11日,以網路會議方式,召開第12屆第1次臨時理監事會。\n二、業務報告:\n(一)致函領務局,對認證費用之疑義。\n"
        "(二)舉辦114年度研討會。\n柒、討論提案:\n案由(一):審查本會115年度工作計劃。\n說 明:本工作計畫依「工商團體財務處理辦法」"
        "第11條規定,由理事會編造送監事會審核,請討論。\n決 議:通過。\n案由(二):審查本會115年度收支預算表。\n"
        "說 明:收支預算以平衡為原則,各為新台幣254,200元。\n決 議:通過,撙節開支。\n"
    )
    blocks = outline(text)
    # a field with a short value is a line (the README's ruling of round 23)
    assert blocks[0] == ("item", 1, "壹、", "地 點：小魏川菜餐廳")
    heads = [(level, marker) for kind, level, marker, _ in blocks if kind == "heading"]
    assert heads == [
        (1, "陸、"),
        (2, "一、"),
        (3, "（一）"),
        (2, "二、"),
        (1, "柒、"),
        (2, "案由（一）："),
        (2, "案由（二）："),
    ]


def test_a_run_in_entry_beside_a_sibling_heading_is_a_heading_and_among_items_an_item():
    """rw185: 2、开展兴趣小组活动。成立…小组。 after 1、组织春秋游活动 (a heading over its （1） （2）) is a heading over its
    paragraph; 3. 关爱干部职工。在职干部职工住院时… after the items 1. 传统节日慰问。 2. 干部职工生日慰问。 stays an item, and
    so does one whose nearest sibling heads nothing but an outer entry follows (rw155)."""
    text = (
        "机关工会2022年工作计划\n（一）组织开展业余文化活动\n1、组织春秋游活动\n（1）4月左右组织一次春游活动。\n"
        "（2）10月左右组织一次秋游活动。\n2、开展兴趣小组活动。成立户外摄影组、读书观影组、歌咏组3个工会兴趣小组。\n"
        "（二）开展关爱行动\n1.传统节日慰问。\n2.干部职工生日慰问。\n"
        "3.关爱干部职工。在职干部职工住院时上门慰问；婚丧嫁娶、退休慰问；开展职工医疗互助。\n"
    )
    blocks = outline(text)
    assert blocks[4:6] == [
        ("heading", 2, "2、", "开展兴趣小组活动。"),
        ("paragraph", None, None, "成立户外摄影组、读书观影组、歌咏组3个工会兴趣小组。"),
    ]
    assert blocks[-1][:3] == ("item", 2, "3.")
    uncle = "团委工作计划\n一、常规工作\n1、做好文档建设。\n2、加强对学生会的指导。重点做好学生会换届选举工作和学生会常规工作。\n二、专项工作\n"
    assert outline(uncle)[2][0] == "item"


def test_a_heading_with_its_stop_before_an_enumeration_on_its_line_is_a_heading():
    """rw172: （一）严防严控，全力打好新冠肺炎阻击战。一是入户排查抓防疫。… : the sentence before 一是 is the heading."""
    text = (
        "街道社区发展办工作总结\n一、工作总结\n（一）严防严控，全力打好新冠肺炎阻击战。一是入户排查抓防疫。按照街道疫情防控"
        "领导小组统一安排，第一时间深入各小区开展排查。\n"
    )
    assert outline(text)[1:3] == [
        ("heading", 2, "（一）", "严防严控，全力打好新冠肺炎阻击战。"),
        ("paragraph", None, None, "一是入户排查抓防疫。按照街道疫情防控领导小组统一安排，第一时间深入各小区开展排查。"),
    ]


def test_short_lines_between_paragraphs_are_headings():
    """rw177: 劳动竞赛亮点纷呈 / 总结经验教训 / 展望未来, each alone between a paragraph's last sentence and a paragraph,
    are level-1 headings; so is one such line alone in a document (rw236, round 12: the README's unmarked headings)."""
    para = "为了提升员工的专业技能和服务水平，我们精心策划并实施了多项劳动竞赛，每一项活动都紧扣实际工作需要。"
    text = f"企业工会劳动竞赛工作总结\n{para}\n劳动竞赛亮点纷呈\n{para}\n总结经验教训\n{para}\n展望未来\n{para}\n"
    assert [(kind, level, t) for kind, level, _, t in outline(text) if kind == "heading"] == [
        ("heading", 1, "劳动竞赛亮点纷呈"),
        ("heading", 1, "总结经验教训"),
        ("heading", 1, "展望未来"),
    ]
    single = f"企业工会劳动竞赛工作总结\n{para}\n劳动竞赛亮点纷呈\n{para}\n"
    assert [kind for kind, *_ in outline(single)] == ["paragraph", "heading", "paragraph"]


def test_a_markers_dot_survives_scrape_repair_and_the_pages_cut_last_entry_is_typed_as_its_siblings():
    """rw045: 第二.坚持企务公开。 keeps its marker (cleaning drops a dot between Chinese characters as a scraper's artifact,
    not a marker's own), and as the excerpt's last line, after its sibling heading 第一，, it is a heading; rw093: 3、 after
    the headings 1、 2、 likewise. After items, a last entry stays an item."""
    text = (
        "工会工作年终总结\n第一，积极参与企业民主管理工作，切实维护职工的合法权益。\n"
        "召开职工代表大会。会前由局党支部及工会委员会商榷列出职代会讨论的提案主题及要点。\n第二.坚持企务公开。\n"
    )
    assert outline(text)[-1][0] == "heading" and outline(text)[-1][3] == "坚持企务公开。"
    items = "工会工作计划\n一、工作安排\n1、做好职工慰问。\n2、开展读书活动。\n3、组织春游。\n"
    assert outline(items)[-1][:3] == ("item", 2, "3、")


def test_a_label_each_numbered_section_has_is_a_level_below_its_section():
    """rw030: 具体措施： under 一、 and again under 二、 is a level-2 heading over its 1. 2. items; a label a document has
    once (rw008's 主要活动安排 after its numbered sections) is level 1."""
    text = (
        "社区2025工作计划\n一、社区治理现代化\n具体措施：\n1. 智慧社区建设：建立社区信息管理平台。\n"
        "2. 多元参与机制：定期举办居民议事会。\n二、公共服务均等化\n具体措施：\n1. 教育资源共享：优化教育资源布局。\n"
        "2. 医疗卫生提升：推广家庭医生签约服务。\n"
    )
    assert headings_of(text) == [(1, "社区治理现代化"), (2, "具体措施："), (1, "公共服务均等化"), (2, "具体措施：")]
    # once, over a list that starts at 1., it is part of its section too (round 16: rw479's 主要内容： under （二）); a line a
    # document has once after its numbered sections, over no list (rw008's 主要活动安排), is level 1
    once = text[: text.index("二、")]
    assert headings_of(once) == [(1, "社区治理现代化"), (2, "具体措施：")]
    schedule = (
        "社区2025工作计划\n一、社区治理现代化\n1. 智慧社区建设：建立社区信息管理平台。\n2. 多元参与机制：定期举办居民议事会。\n"
        "主要活动安排\n1月：各团队春节联欢\n2月：职工运动会\n"
    )
    assert headings_of(schedule)[-1] == (1, "主要活动安排")


def test_a_section_marker_after_a_space_in_a_run_on_line_starts_its_section():
    """rw071: …作工作计划 一、组织机构健全 医院工会组织健全，… (a page that lost its line breaks, a space left before 一、)
    is a heading over its paragraph; rw117's 一、工作概述____年是… is cut before the year its paragraph opens with."""
    text = (
        "卫生中心工会的工作计划\n根据工会工作重点安排及目标考核标准，对医院工会作工作计划 一、组织机构健全 医院工会组织健全，"
        "设主席1人（兼职），委员6人，按照各自的分工，努力完成了全年工会工作。\n"
    )
    assert outline(text)[1:3] == [
        ("heading", 1, "一、", "组织机构健全"),
        (
            "paragraph",
            None,
            None,
            "医院工会组织健全，设主席1人（兼职），委员6人，按照各自的分工，努力完成了全年工会工作。",
        ),
    ]
    year = "护理部工作总结\n我们的工作回顾如下。 一、工作概述____年是我们护理部的紧张而充实的一年。面对疫情持续蔓延的挑战，我们迎难而上。\n"
    assert outline(year)[1][:4] == ("heading", 1, "一、", "工作概述")


def test_a_long_sentence_over_its_paragraph_beside_a_sibling_heading_is_a_heading():
    """rw078: 一、认真组织开展了我校的“规范管理年”活动、民主评议政风行风工作和矛盾纠纷排查化解工作等。 (43 characters, one
    sentence) over its paragraph, its sibling 二、 a heading over its paragraph, is a heading; beside a sibling item it
    stays an item."""
    text = (
        "小学工会年度工作总结\n一、认真组织开展了我校的“规范管理年”活动、民主评议政风行风工作和矛盾纠纷排查化解工作等。\n"
        "在活动过程中，我校分层分阶段认真学习活动精神，全面审视本校实际工作，虚心听取广大群众、代表的意见和建议。\n"
        "二、努力提高教师的思想素质和业务素质，建设一支优秀的教师队伍。\n"
        "学校的首要工作是教育教学，培养跨世纪教师队伍建设是主要职责。\n"
    )
    assert [kind for kind, *_ in outline(text)] == ["heading", "paragraph", "heading", "paragraph"]
    items = text.replace(
        "建设一支优秀的教师队伍。\n学校的首要工作是教育教学，培养跨世纪教师队伍建设是主要职责。\n",
        "建设一支优秀的教师队伍。\n",
    )
    assert outline(items)[0][0] == "item"
    # rw620: the outline's first section, its heading a sentence of 52 characters over the section's paragraphs (the
    # excerpt cut before 二、), is a heading with no sibling at all
    report = (
        "医院工会工作报告\n一、深入开展“以人为本”的思想教育，不断推进职工 1 队伍建设，努力营造稳定、和谐、创新的医疗、科研、"
        "教学环境。\n工会是职工的群众组织，是党组织联系职工的桥梁。今年，医院工会以保持共产党员先进性教育活动为契机，"
        "积极协助党政部门，认真开展思想政治教育。\n"
    )
    assert [kind for kind, *_ in outline(report)] == ["heading", "paragraph"]


# --- round 11, struct12: the classes of rw188-rw212 -------------------------------------------------------------


def test_a_label_entry_over_a_month_schedule_heads_it_and_two_months_in_a_row_are_one_heading():
    """rw209: 四、主要活动安排： after a list of items (3、 4、) heads the months under it (a label with its colon is never the
    list's last item), the months one level below; 七、八月份： is the schedule's July and August, not the entry 七、 of
    八月份 (while 一、九月份 stays the entry 一、 of September)."""
    text = (
        "2016中学工会工作计划\n三、具体措施\n3、加强工会自身建设。\n4、重视工会宣传和工会台帐资料的建立健全工作。\n"
        "四、主要活动安排：\n一月份：\n1、庆元旦活动\n2、慰问70周岁以上退休老教师。\n六月份：\n1、召开工会干部例会。\n"
        "七、八月份：\n1、协助学校做好学校百年校庆的筹备工作\n2、教师青年教师义务献血\n九月份：\n1、迎国庆活动。\n"
    )
    assert headings_of(text) == [
        (1, "具体措施"),
        (1, "主要活动安排："),
        (2, "一月份："),
        (2, "六月份："),
        (2, "七、八月份："),
        (2, "九月份："),
    ]
    numbered = "学校工会工作安排\n一、九月份\n开学初召开教代会，讨论学校工作计划。\n二、十月份\n组织秋季运动会。\n"
    assert [(marker, text) for kind, _, marker, text in outline(numbered) if kind == "heading"] == [
        ("一、", "九月份"),
        ("二、", "十月份"),
    ]


def test_headlines_between_paragraphs_may_join_two_phrases_and_stand_over_a_subheadline():
    """rw193: a news page's section line over its headline (2025工作谋划 / 突出特色，统筹全局) between paragraphs: the first a
    heading, the second one level below it; a headline of two phrases joined by a comma is one too. A single such line
    in a document is a heading too (round 12: the README's unmarked headings, rw236)."""
    lines = (ROOT / "tests/realworld/files/rw193.txt").read_text(encoding="utf-8").splitlines()[7:20]
    # the years written out of the section lines: the junk model's reading of 2025工作谋划 in an excerpt is not tested here
    text = "\n".join(lines).replace("2025 工作谋划", "明年工作谋划").replace("2025 重点工作", "明年重点工作")
    assert headings_of(text) == [
        (1, "明年工作谋划"),
        (2, "突出特色，统筹全局"),
        (1, "明年重点工作"),
        (2, "多举措开创工会新局面"),
    ]
    single = "\n".join(text.splitlines()[:6])
    assert headings_of(single) == [(1, "明年工作谋划"), (2, "突出特色，统筹全局")]


def test_a_headline_of_two_phrases_over_a_new_numbered_series_is_a_heading():
    """rw194: 组织建设，完善教代会制度 (its 二、 lost) over 1、 2、 heads them, as 一、工会主席加强学习，提高政治理论素养 heads its
    paragraph; a lead-in sentence over the list (为此，我们做了以下工作) stays a paragraph."""
    text = (
        "学校工会工作总结\n一、工会主席加强学习，提高政治理论素养\n作为新任工会主席，必须以理论武装自己，带领全体会员投身教育教学。\n"
        "组织建设，完善教代会制度\n1、继工会委员改选后，以教研组为单位，推选工会小组长。\n2、召开教代会，审议学校工作报告。\n"
    )
    assert headings_of(text) == [(1, "工会主席加强学习，提高政治理论素养"), (1, "组织建设，完善教代会制度")]
    lead_in = text.replace("组织建设，完善教代会制度", "为此，我们做了以下工作")
    assert headings_of(lead_in) == [(1, "工会主席加强学习，提高政治理论素养")]


def test_bold_entries_of_a_page_flattened_from_markdown_are_lines_of_their_own():
    """rw196: a page that lost its line breaks keeps its markdown bold around each entry and headline (**一、指导思想**以…。
    **二、工作目标**1.提高…, …指导。2. **开展思想政治教育**): each bold entry is a heading of its own line, its level by its
    marker, without the stars; a bold word inside a sentence stays as it is."""
    text = (
        "医院团支部2024年工作计划\n**2024年医院团支部工作计划****一、指导思想**以新时代中国特色社会主义思想为指导，"
        "紧紧围绕医院中心工作，为实现医院高质量发展贡献力量。**二、工作目标**1.提高团支部的凝聚力和战斗力。"
        "2.加强团员青年的思想政治教育。**三、主要工作**1. **加强团支部建设**\n- 定期召开团支部会议，学习团的基本知识。\n"
        "- 建立健全团支部工作机制，完善工作制度。2. **开展思想政治教育**\n- 组织团员青年学习党的二十大精神。\n"
    )
    assert headings_of(text) == [
        (1, "指导思想"),
        (1, "工作目标"),
        (1, "主要工作"),
        (2, "加强团支部建设"),
        (2, "开展思想政治教育"),
    ]
    emphasis = "医院团支部2024年工作计划\n今年要把**团员教育**放在首位，做好各项工作。\n"
    assert "**团员教育**" in outline(emphasis)[-1][3]


def test_a_digit_marker_with_a_space_before_its_dot_is_a_marker():
    """rw197: a converted Word file writes 1 . 2 . (a space before the dot): entries of the 1. family, glued to the heading
    over them too (一、大力加强职工思想政治引领1 .坚持用…); a decimal (2 .5) is no marker."""
    text = (
        "区总工会2024年工作要点\n2024年，全区工会工作总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，强化思想政治"
        "引领。一、大力加强职工思想政治引领1 .坚持用党的新思想、新理论凝心聚魂。将学习宣传党的二十大精神，作为全区各级工会"
        "的首要政治任务，广泛开展有特色、接地气、入人心的职工宣讲活动。2 .打造健康向上的职工文化。举办形式多样丰富的职工"
        "思政课，把党的创新理论讲明白讲鲜活，打造全区工会系统学雷锋品牌，引导职工多读书、读好书。\n"
    )
    assert [(kind, level, marker) for kind, level, marker, _ in outline(text) if kind == "heading"] == [
        ("heading", 1, "一、"),
        ("heading", 2, "1 ."),
        ("heading", 2, "2 ."),
    ]
    assert split_marker("2 .5倍")[0] is None


# --- round 12, struct13: the classes of rw213-rw237 -------------------------------------------------------------


def test_two_months_written_with_a_comma_are_a_schedules_heading():
    """rw214: 7,8月: among 6月: and 9月: is one month-schedule heading, not the entry 7, of 8月."""
    text = (
        "医院工会工作计划\n具体活动安排\n6月:\n1.组织代表出席医学部双代会\n7,8月:\n1.参加医学部院务公开工作研讨会\n"
        "2.征集女职工手工艺品\n9月:\n1.组织教职工运动会\n"
    )
    assert [(level, t) for kind, level, _, t in outline(text) if kind == "heading"] == [
        (1, "具体活动安排"),
        (2, "6月："),
        (2, "7,8月："),
        (2, "9月："),
    ]


def test_a_run_in_section_heading_is_its_first_sentence_however_long():
    """rw215: beside 一,认真贯彻十六大精神,加强理论学习 (a heading on its line), 二, and 三, hold a long first sentence, its
    stop a half-width dot, then their paragraph: each first sentence is a heading; 四, one sentence alone, stays an item."""
    text = (
        "第三医院工会2004年工作计划\n一,认真贯彻十六大精神,加强理论学习\n我们要认真学习和领会党的十六大报告中关于建设社会主义"
        "政治文明的论述.加强对职工的教育和引导工作.\n二,贯彻落实工会十四大精神,坚持和完善职代会制度,努力维护职工的合法权益."
        "充分发挥提案委员会,福利监督委员会的作用,提高职工代表参与民主决策的意识和水平.\n三,以建家为龙头,促进工会工作的全面"
        "开展,在办公室档案整理,文件往来,工会小组年终评比量化考核等方面进一步规范管理.探讨并实施分工会的组建."
        "\n四,发挥工会联系群众的优势,关心群众的切身利益,做好送温暖,职工安康保险等方面的工作.\n"
    )
    blocks = outline(text)
    assert [(kind, marker) for kind, _, marker, _ in blocks if marker] == [
        ("heading", "一，"),
        ("heading", "二，"),
        ("heading", "三，"),
        ("item", "四，"),
    ]
    assert (
        blocks[4][3]
        == "以建家为龙头，促进工会工作的全面开展，在办公室档案整理，文件往来，工会小组年终评比量化考核等方面进一步规范管理。"
    )


def test_the_sections_after_a_labels_paragraph_are_its_siblings():
    """rw230: 总体思路: and 目标要求: each head a paragraph before 一、思想建设方面: the labels and the sections are level 1,
    the sections' 1、 level 2."""
    para = "在校党委的组织领导下，进一步解放思想，更新观念，加强重点工作，建立较为完善的学生党建工作规章制度。"
    text = (
        f"学生党支部工作计划\n总体思路:\n{para}\n目标要求:\n{para}\n一、思想建设方面\n{para}\n"
        f"1、支部民主生活会\n{para}\n二、组织建设方面\n{para}\n"
    )
    assert [(level, t) for kind, level, _, t in outline(text) if kind == "heading"] == [
        (1, "总体思路："),
        (1, "目标要求："),
        (1, "思想建设方面"),
        (2, "支部民主生活会"),
        (1, "组织建设方面"),
    ]


def test_run_in_entries_whose_first_sentence_is_a_headline_of_two_or_three_clauses_are_headings():
    """Round 13's fresh pages (rw285, rw270, rw286): each sibling of a series opens with a headline of two or three
    short clauses (整合资源，构建联动服务新格局。, 抓班子，强队伍，夯实党建基础工作。, 打造工会“帮扶”品牌，为职工、农民工办
    实事做好事解难事。) and goes on with its paragraph on the same line: the headline is a heading, the rest a paragraph.
    The same shape over one short sentence each stays an item (rw036: 1、加强工作研究，实现工作创新。本学期，…)."""
    text = (
        "历下区总工会工作总结\n区总工会坚持服务大局、服务职工，全面提升了工会工作的覆盖面与影响力。\n"
        "一、整合资源，构建联动服务新格局。积极链接区工人文化宫等优质资源，推动工会阵地实现多元化利用与效能最大化。"
        "通过资源整合与优势互补，不仅丰富了服务内容，更形成了上下联动、多方参与的服务新格局，为开展职工活动奠定了坚实基础。\n"
        "二、抓班子，强队伍，夯实党建基础工作。为进一步加强社区党组织建设，更好地发挥社区党组织推动发展、服务群众的作用，"
        "社区党支部坚持民主集中制。全年召开支委会12次，研究解决社区建设中的重大问题。\n"
    )
    blocks = outline(text)
    assert [(kind, level, marker, t) for kind, level, marker, t in blocks if kind == "heading"] == [
        ("heading", 1, "一、", "整合资源，构建联动服务新格局。"),
        ("heading", 1, "二、", "抓班子，强队伍，夯实党建基础工作。"),
    ]
    assert blocks[2] == (
        "paragraph",
        None,
        None,
        "积极链接区工人文化宫等优质资源，推动工会阵地实现多元化利用与效能最大化。通过资源整合与优势互补，不仅丰富了"
        "服务内容，更形成了上下联动、多方参与的服务新格局，为开展职工活动奠定了坚实基础。",
    )
    items = (
        "学校工会工作计划\n二、工作思路\n1、加强工作研究，实现工作创新。本学期，工会要研究工会工作的独立性和创新性。\n"
        "2、发扬优良传统，弥补以往不足。要进一步巩固我校市级示范工会的成果。\n"
        "3、架起连心桥，协调上下级。本学期，工会要及时向广大教职工传达上级组织的工作精神。\n"
    )
    assert [kind for kind, *_ in outline(items)] == ["heading", "item", "item", "item"]
    # rw802: the page's end cuts the last sibling's paragraph short; its headline is a heading as its sibling's is
    cut = (
        "2008年发展农民党员工作计划\n三、主要措施\n1、坚持围绕中心，实施强力推进。各乡镇党委要紧紧围绕发展农村经济，增加农民"
        "收入，全面推进社会主义新农村建设的工作中心，加大工作力度，切实把发展农民党员工作作为今年党建工作的重点来抓，"
        "做到年初有计划、年中有检查、年底有考核。\n2、突出发展重点，优化队伍结构。要着眼于改善农民党员队伍整体结构，按\n"
    )
    assert [(kind, t) for kind, _, _, t in outline(cut) if kind == "heading"][1:] == [
        ("heading", "坚持围绕中心，实施强力推进。"),
        ("heading", "突出发展重点，优化队伍结构。"),
    ]


def test_run_in_entries_beside_a_sibling_heading_with_its_stop_are_headings_in_turn():
    """rw273: 1、争创学习性班组，构建和谐团队。****年，… and 2、以“为人”“为师”“为学”为主题的读书节活动。****年3月…, then
    3、提升教师的基本教学能力。 alone over its paragraph: all three are headings (a sibling's heading makes its run-in
    neighbour one, and a paragraph may open with a masked year). A run-in entry after a list of items stays an item
    (the seeds' 医院工会总结及工作计划篇三: 4.积极协助党委开展…活动。通过… after 1. 2. 3.)."""
    para = "利用评选契机，大力弘扬教研组中先进。充分打造出一个团结协作、积极向上的团队。"
    text = (
        "学校工会工作计划\n二、加强教职工素质教育工作，努力提升教职工素养\n"
        f"1、争创学习性班组，构建和谐团队。****年，在我校开展争创“文明教研组”评选工作。{para}\n"
        f"2、以“为人”“为师”“为学”为主题的读书节活动。****年3月—10月，全校开展“三为”为主题的教工读书活动。{para}\n"
        "3、提升教师的基本教学能力。\n为了提升广大教师在课堂中的基本教学能力，在****年广泛开展写好每一堂课教案活动。\n"
    )
    heads = [(level, marker, t) for kind, level, marker, t in outline(text) if kind == "heading"]
    assert heads[1:] == [
        (2, "1、", "争创学习性班组，构建和谐团队。"),
        (2, "2、", "以“为人”“为师”“为学”为主题的读书节活动。"),
        (2, "3、", "提升教师的基本教学能力。"),
    ]
    after_items = (
        "医院工会工作总结\n积极开展丰富多彩的活动，满足职工不断增长的精神文化需求。\n"
        "1.今年春节期间组织职工合唱比赛，参赛职工近1000人，是一次全员合唱比赛。\n"
        "2.在“三八”期间，组织了女职工拔河比赛，跳绳比赛和掷飞镖比赛以及各类游艺活动。\n"
        "3.组织代表队，参加贵阳医学院运动会，并取得了较好的成绩。\n"
        "4.积极协助党委开展“学先进、树新风”活动。通过演讲比赛、座谈会等形式，树立职工身边的先进典型。如近期开展的"
        "学习活动就得到医院各处科（室）的响应，收到了良好的效果。\n"
        "5.成立省医“车迷协会”，参加杉木河漂流节。\n组织工会干部和专职干部学习，提高了业务水平。\n"
    )
    assert outline(after_items)[4][:3] == ("item", 1, "4.")


def test_a_page_saved_with_its_paragraph_tags_is_one_line_per_paragraph():
    """rw268: a .txt page that kept its <p> tags on one line; each paragraph is a line, and a bold line between two
    paragraphs (<b>疫情面前 无所畏惧</b>) a heading."""
    para = "妇产科各项业务水平稳步提升，临床服务能力大幅度提高，全体医护始终坚守在一线，彰显医者仁心。"
    text = (
        f'<p class="ql-block">{para}</p> <p class="ql-block"><b>疫情面前 无所畏惧</b> </p>'
        f'<p class="ql-block"> {para}</p> <p class="ql-block"><b>创新发展 予以进取</b></p><p>{para}<br>{para}</p>\n'
    )
    blocks = outline(text)
    assert [(kind, level, t) for kind, level, _, t in blocks] == [
        ("paragraph", None, para),
        ("heading", 1, "疫情面前 无所畏惧"),
        ("paragraph", None, para),
        ("heading", 1, "创新发展 予以进取"),
        ("paragraph", None, para),
        ("paragraph", None, para),
    ]


def test_a_label_glued_to_its_numbered_value_among_label_headings_is_a_heading():
    """rw231: 一、活动时间2025年3月 beside 二、活动主题 / 三、参加对象 / 四、活动内容, labels over their content: the label is a
    heading, its value (a date) the line under it."""
    text = (
        "关于开展2025年3月主题党日活动的通知\n各党总支、直属党支部：\n一、活动时间2025年3月\n二、活动主题\n深学两会精神守初心，弘扬雷锋精神担使命\n"
        "三、参加对象\n党支部全体党员（含预备党员）。\n四、活动内容\n组织党员观看有关雷锋同志的电影。\n"
    )
    assert outline(text)[1:3] == [("heading", 1, "一、", "活动时间"), ("paragraph", None, None, "2025年3月")]


def test_sections_after_a_label_that_closed_them_are_sections_again():
    """rw248: 二、计划目标 / 具体目标包括： (a label at level 1) over 1. … 5., then 三、现状分析 and 四、实施步骤: the document's
    sections (一、) stand at level 1 again, not under the label's list."""
    text = (
        "幼儿园工会计划\n一、计划背景\n幼儿园作为儿童成长的第一站，不仅承担着教育的责任，还承担着关怀的责任。\n二、计划目标\n"
        "明确本次幼儿园工会计划的核心目标，推动工会的建立和运作。\n具体目标包括：\n1.形成健全的工会组织架构，明确职责分工。\n"
        "2.建立有效的沟通渠道，促进教职工与管理层之间的互动。\n三、现状分析\n目前，幼儿园教职工存在的主要问题是工作压力大。\n"
        "四、实施步骤\n1.组织架构的建立\n设立工会委员会，选举产生工会主席、副主席及各职能部门成员。\n"
    )
    heads = [(level, marker, t) for kind, level, marker, t in outline(text) if kind == "heading" and marker == "三、"]
    assert heads == [(1, "三、", "现状分析")]
    assert ("heading", 1, "四、", "实施步骤") in outline(text)


def test_a_headline_between_paragraphs_over_one_short_sentence_or_a_lists_lead_in_is_a_heading():
    """rw193: 2024：四维度诠释工会担当 between a paragraph and 2024年，市总工会…，展现出四方面工会担当。 (one sentence of
    clauses, shorter than a heading's limit) is a heading; over a short line without a clause it stays a paragraph."""
    lead = "12月27日，市总工会召开务虚会，总结2024年工作，谋划2025年发展。"
    short = "2024年，市总工会坚决贯彻部署要求，展现出四方面工会担当。"
    text = f"市总工会召开工作务虚会\n{lead}\n2024：四维度诠释工会担当\n{short}\n服务大局方面，聚焦目标，支持职工技能竞赛。\n"
    assert outline(text)[1][:2] == ("heading", 1)
    assert outline(text.replace(short, "展现四方面担当。"))[1][0] == "paragraph"
    # rw795: a tips box's headline over a line that leads into its numbered tips
    tips = (
        "多年来，医院工会始终如一地开展夏日送清凉活动，让一线职工切实感受到工会“娘家人”的关怀。\n夏季防暑小贴士\n"
        "中医科余晓琳副主任医师提醒您:\n1.夏日炎炎,暑热正盛,要注意防暑降温,避免长时间暴露在高温高湿的环境中。\n"
        "2.暑邪耗气伤津,夏季人体阴液损耗较多,一定要补足水分。\n"
    )
    assert outline(tips)[1] == ("heading", 1, None, "夏季防暑小贴士")


def test_an_excerpt_that_opens_inside_a_section_keeps_the_sections_level_for_what_comes_later():
    """rw252: a page whose excerpt opens at （三）加强企业精神文明建设。 (not its series' first), then 二、聚焦… over
    （一）…: the （三） is the first section's last subsection, at level 2, as the later （一） is. An excerpt that opens at
    its series' first entry keeps level 1."""
    para = "牢固职工文化阵地建设，精心组织开展篮球赛、羽毛球赛、乒乓球赛、摄影比赛、歌咏比赛等文体活动。"
    text = (
        f"2024年集团公司工会工作要点\n（三）加强企业精神文明建设。\n{para}\n"
        f"二、聚焦高质量发展首要任务，凝聚职工建功立业的合力。\n（一）充分发挥典型示范引领作用。\n{para}\n"
    )
    heads = [(level, marker) for kind, level, marker, _ in outline(text) if kind == "heading"]
    assert heads == [(2, "（三）"), (1, "二、"), (2, "（一）")]
    opening = text.replace("（三）加强", "（一）加强").replace("（一）充分", "（二）充分")
    assert [level for kind, level, *_ in outline(opening) if kind == "heading"][0] == 1


def test_an_entry_over_sub_entries_whose_first_sentence_is_followed_by_a_phrase_is_a_heading_whole():
    """rw273: 三、做好维权工作。保障教工的合作权益 over 1、 2、: what follows the first sentence is a phrase, no paragraph, so
    the heading is the whole line; a sentence after it (…工作。加强这项工作，…。) is its paragraph."""
    text = (
        "学校工会工作计划\n三、做好维权工作。保障教工的合作权益\n1、为突病，大病及困难教职工做好慰问工作，及时向校领导汇报。\n"
        "2、积极与校领导协调，争取为教职工办实事。\n"
    )
    assert outline(text)[0] == ("heading", 1, "三、", "做好维权工作。保障教工的合作权益")
    sentence = text.replace("保障教工的合作权益", "加强这项工作，是保障教工合作权益的重要基础。")
    assert outline(sentence)[:2] == [
        ("heading", 1, "三、", "做好维权工作。"),
        ("paragraph", None, None, "加强这项工作，是保障教工合作权益的重要基础。"),
    ]


def test_chinese_numbers_in_one_bracketed_character_are_the_level_under_yi():
    # rw288: ㈠ ㈡ (one character each) are （一） （二）: run-in headings under 一、, their paragraphs apart
    blocks = outline(
        "医院工会工作总结\n一、工作开展情况\n"
        "㈠强化思想教育，不断推进职工队伍建设。工会是职工的群众组织，是党组织联系职工的桥梁。今年，医院工会以专题教育活动为契机，"
        "认真开展思想政治教育，有目的、有计划、有针对性地组织全院职工学习政治理论，提高思想政治素质。\n"
        "㈡发挥维权职能，保护职工正当权益。充分调动干部职工参与医院民主监督、民主管理工作的积极性，从源头上维护职工权益。"
        "教育引导医院职工积极参政议政，为医院的改革、发展稳定献计献策。\n"
    )
    assert ("heading", 2, "㈠", "强化思想教育，不断推进职工队伍建设。") in blocks
    assert ("heading", 2, "㈡", "发挥维权职能，保护职工正当权益。") in blocks
    assert split_marker("㈢加强自身建设")[0].family == "cn_paren"


def test_a_run_in_heading_of_a_short_clause_and_a_longer_one_is_a_heading_over_its_paragraph():
    # rw311: 三、's second clause (不断加强工会组织活力和凝聚力, 14 characters) is longer than the parallel clauses of its
    # siblings; the four entries are run-in headings alike, each over its paragraph
    paragraph = (
        "我们经常了解职工群众的思想动态，及时将职工群众的意见和建议向党组织和有关部门反映，使党组织及时掌握职工思想状况。"
        * 2
    )
    heads = [
        "坚持党的领导，充分发挥桥梁纽带作用。",
        "以加强培训为重点，提升工会干部素质。",
        "以活动为载体，不断加强工会组织活力和凝聚力。",
        "履行工会职责，关心职工生活。",
    ]
    markers = ["一、", "二、", "三、", "四、"]
    text = "街道工会工作总结\n一年来在上级工会的关心指导下，按照工作要点，开展了各项工作。\n"
    blocks = outline(text + "".join(f"{m}{h}{paragraph}\n" for m, h in zip(markers, heads)))
    for marker, head in zip(markers, heads):
        assert ("heading", 1, marker, head) in blocks
    assert ("paragraph", None, None, paragraph) in blocks


def test_a_list_that_starts_again_under_a_heading_of_its_family_nests_when_the_outer_list_goes_on():
    """rw638: 2.活动内容的设计 / 1.学习与讨论 / 2.实践活动 / 3.文体活动 / 3.活动的组织与管理: the second list is the heading's,
    and 3. after 3. goes on with the outer one; rw489: a table of contents (1. … 4.) over the sections it names, which
    start again at 1. and never come back to 5., nests nothing."""
    text = (
        "主题党日活动方案\n四、实施步骤\n1.活动主题的确定\n每次活动应围绕一个主题进行，主题可以包括学习党的方针政策。\n"
        "2.活动内容的设计\n1.学习与讨论\n利用党支部会议时间，组织学习党的最新理论和政策。\n2.实践活动\n"
        "组织志愿服务活动，如社区清扫、扶贫助困、关爱孤老等。\n3.文体活动\n组织文艺汇演，展示党员的才艺，增强团队凝聚力。\n"
        "3.活动的组织与管理\n成立活动领导小组，负责活动的策划和实施。\n"
    )
    assert [(b[1], b[3]) for b in outline(text) if b[0] == "heading"] == [
        (1, "实施步骤"),
        (2, "活动主题的确定"),
        (2, "活动内容的设计"),
        (3, "学习与讨论"),
        (3, "实践活动"),
        (3, "文体活动"),
        (2, "活动的组织与管理"),
    ]
    contents = (
        "开展九九重阳活动策划\n建议将文章拆分为以下几个部分：\n1. 重阳节简介及其重要性\n2. 社区开展重阳节活动的意义\n"
        "3. 活动后的反思与总结\n1. 重阳节简介及其重要性\n重阳节是一个传统的中国节日，通常在农历九月初九。\n"
        "2. 社区开展重阳节活动的意义\n社区作为一个居住环境，应该承担起组织居民参与活动的责任。\n"
    )
    assert {b[1] for b in outline(contents) if b[0] == "heading"} == {1}


def test_dash_bullets_before_a_sentence_are_entries_and_a_dashed_subtitle_is_not():
    # rw307: ――坚持服务大局。要把… under 二、基本原则 are run-in headings at the level under it, their paragraphs apart
    principles = [
        (
            "坚持服务大局。",
            "要把推动发展、服务群众、强化保障、促进落实作为书记党建项目的出发点和落脚点，确保项目落地见效。",
        ),
        (
            "坚持问题导向。",
            "通过走访群众，召开会议等形式认真梳理我村基层党建存在的突出问题，找准切入点，明确主攻方向。",
        ),
        (
            "坚持注重实效。",
            "坚持从实际出发，围绕重点任务，靠实工作责任，抓住主要矛盾，确保书记党建项目取得实实在在的成效。",
        ),
    ]
    blocks = outline(
        "村党支部2022年度书记党建项目实施方案\n一、指导思想\n以新时代中国特色社会主义思想为指导，全面落实党的建设总要求。\n"
        "二、基本原则\n" + "".join(f"――{head}{body}\n" for head, body in principles)
    )
    for head, body in principles:
        assert ("heading", 2, "――", head) in blocks
        assert ("paragraph", None, None, body) in blocks
    # rw179: a subtitle after a dash names the occasion; it is no entry
    assert split_marker("——记综合党支部4月组织生活会")[0] is None


def test_a_title_the_page_repeats_under_the_first_heading_opens_no_second_document():
    # rw301: the page prints its title again between 一、指導思想 and that section's text: one document
    text = (
        "國小上半年工會工作計劃\n一、指導思想\n國小上半年工會工作計劃\n"
        "以科學發展觀為指導，以實施素質教育為旗幟，以拓展改革為抓手，以教育法規為保證，抓管理促規範，營造勤奮上進的學習氛圍。\n"
        "二、主要工作\n1.進一步加強教師職業道德教育，深入推進現代師表工程，加強理論學習，樹立良好的師表形象。\n"
        "2.加強校務公開，使校務公開制度化、規範化，保證校務公開的真實性、有效性。\n"
    )
    (document,) = parse_file(text.encode("utf-8"), "page.txt").documents
    assert document.title == "國小上半年工會工作計劃"
    assert [(b.type, b.level, b.marker, b.text) for b in document.blocks[:2]] == [
        ("heading", 1, "一、", "指導思想"),
        ("paragraph", None, None, text.split("\n")[3]),
    ]


def test_a_collections_name_with_an_items_number_opens_that_item():
    # rw298: under the collection's title (…小学15篇), 学校工会工作计划2024小学2 is the second item's title, its 一、 level 1
    text = (
        "学校工会工作计划2024小学15篇\n"
        "1.关爱留守儿童、残疾学生和单亲学生。\n(1)配合学校少先队开展主题为“关爱留守儿童”的慰问活动。\n"
        "总之，在新一学期里，我校工会将紧紧依靠广大教职工，依据《工会章程》，充分发挥工会职能作用。\n"
        "学校工会工作计划2024小学2\n一、指导思想：\n"
        "以全国教育工作会议精神为指导，认真落实教育局教育工会工作会议精神，结合我校实际，紧紧围绕学校的中心工作。\n"
        "二、工作目标：\n充分发挥工会的作用，团结和动员全校教职工，积极投身教育教学改革，为学校的发展作出贡献。\n"
    )
    documents = parse_file(text.encode("utf-8"), "page.txt").documents
    assert len(documents) == 2
    second = documents[1]
    assert second.title == "学校工会工作计划2024小学2"
    assert [(b.level, b.text) for b in second.blocks if b.type == "heading"] == [(1, "指导思想："), (1, "工作目标：")]


def test_a_sites_name_stamped_at_the_start_of_lines_goes_and_its_entries_are_headings():
    # rw300: 学习啦在线学习网 opens three lines, once before 2、: it goes from each, 2、 is a heading as 1、 and 3、 are
    text = (
        "2023工会工作开展情况汇报\n"
        "各位代表，成绩属于过去。面对现在和未来，我们要再接再厉，抓住机遇，为此，我们确定今后工作的主要任务是：\n"
        "1、努力建设一个“修身养性”的工会。\n"
        "学习啦在线学习网建设工会活动室和职工休闲阅览室，继续开展丰富多彩的文体娱乐活动，为教职工提供放松身心的机会。\n"
        "学习啦在线学习网2、努力建设一个“民主和谐”的工会。\n"
        "坚持每年召开教师代表大会，审议和讨论学校和工会工作报告，提交教代会审议通过。\n"
        "3、努力建设一个“凝心聚力”的工会。\n"
        "学习啦在线学习网建设工会就是建设学校，就是建设教职工队伍，这是学校党政工领导的共识。\n"
    )
    result = parse_file(text.encode("utf-8"), "page.txt")
    (document,) = result.documents
    blocks = [(b.type, b.level, b.marker, b.text) for b in document.blocks]
    assert ("heading", 1, "2、", "努力建设一个“民主和谐”的工会。") in blocks
    assert not any("学习啦" in b.text for b in document.blocks)
    assert ("paragraph", None, None, "建设工会就是建设学校，就是建设教职工队伍，这是学校党政工领导的共识。") in blocks
    # a phrase that opens two lines only, once before a marker, is the text's own (其中：1、… / 其中：职工…): it stays
    twice = outline(
        "工会工作计划\n" + BODY + "\n工会全年工作安排1、召开职代会，审议工会工作报告和经费审查报告。\n"
        "工会全年工作安排由工会委员会讨论通过后实施，各工会小组要认真落实。\n"
    )
    assert not any(block[3].startswith("召开职代会") for block in twice)


def test_a_news_items_headline_that_lists_whom_it_covers_or_a_labelled_one_is_a_heading_beside_its_sibling_headlines():
    # rw289: 慰问劳模先进工作者、因公感染非典职工、困难职工 (23 characters, phrases joined by 、) stands between paragraphs as
    # 慰问新冠感染救治重点岗位 and 加强心理人文关怀 do: the three are the item's headlines; alone, such a line is no headline
    listing = "慰问劳模先进工作者、因公感染非典职工、困难职工"
    lead = "北京佑安医院工会在上级工会和医院党委的领导下，春节前对医务人员、劳模先进、困难职工等群体开展送温暖活动。"
    sections = [
        (listing, "春节前夕，院工会主席、副主席将饱含全院职工深情厚谊的慰问信和慰问金分别送到9名各级劳模先进手中。"),
        (
            "慰问新冠感染救治重点岗位",
            "党委书记、工会主席代表院党委为参与新冠感染救治病区的医务人员送去慰问包和慰问食品。",
        ),
        (
            "加强心理人文关怀",
            "院工会精心策划主题活动，通过作春联、送寄语、写书信等营造节日喜庆氛围，增进职工间的友谊。",
        ),
    ]
    blocks = outline("佑安工会春节送温暖\n" + lead + "\n" + "".join(f"{head}\n{body}\n" for head, body in sections))
    assert [(b[0], b[1], b[3]) for b in blocks if b[0] == "heading"] == [("heading", 1, head) for head, _ in sections]
    alone = outline("佑安工会春节送温暖\n" + lead + "\n" + "".join(f"{head}\n{body}\n" for head, body in sections[:1]))
    assert ("paragraph", None, None, listing) in alone
    # rw822: two subheads of a label and a two-clause headline over their paragraphs (the page's PART 01 / PART 02 marks gone)
    festival = "三月春风暖，巾帼绽芳华。在第115个“三八”国际妇女节来临之际，金堂县中医医院组织开展了一系列纪念活动。"
    subheads = [
        (
            "健康义诊：中医情暖女性，守护健康初心",
            "3月4日，医院积极参与县妇女联合会在新时代文明实践中心广场举办的“她力量·耀金堂”三八妇女节主题活动。",
        ),
        (
            "芳华医路：走进石斛基地，共筑中医药传承之路",
            "3月5日，医院组织前往赵家甘御兰石斛基地，开展“绽放芳华·共筑医路”主题活动，女职工代表共计160余人参加。",
        ),
    ]
    blocks = outline(festival + "\n" + "".join(f"{head}\n{body}\n" for head, body in subheads))
    assert [(b[0], b[1], b[3]) for b in blocks if b[0] == "heading"] == [("heading", 1, head) for head, _ in subheads]
    alone = outline(festival + "\n" + "".join(f"{head}\n{body}\n" for head, body in subheads[:1]))
    assert not [b for b in alone if b[0] == "heading"]
    # the page's own marks: a part's number on its line over each subhead is its marker, neither junk nor a line apart
    parts = outline(festival + "\n" + "".join(f"PART 0{k}\n{h}\n\n{b}\n" for k, (h, b) in enumerate(subheads, 1)))
    assert [b[:4] for b in parts if b[0] == "heading"] == [
        ("heading", 1, f"PART 0{k}", head) for k, (head, _) in enumerate(subheads, 1)
    ]
    # fix19e, rw891: a FAQ's questions after their Q: over their A: answers are its headings, Q: their marker
    faq = [
        (
            "哪些事業單位需要設立職工福利委員會?",
            "A:依據職工福利金條例第一條及「其他企業組織之範圍」解釋令，需設立職工福利委員會之事業單位如下。",
        ),
        (
            "職工福利委員會如何設立?",
            "A:本市職工福利委員會設立分兩階段流程，第一階段請至勞工福利資訊網登錄，第二階段報請核備。",
        ),
    ]
    blocks = outline("".join(f"Q:{q}\n{a}\n" for q, a in faq))
    assert [b[:4] for b in blocks if b[0] == "heading"] == [("heading", 1, "Q:", q.replace("?", "？")) for q, _ in faq]


def test_an_essays_part_label_alone_on_its_line_is_a_heading_and_joins_no_line():
    # rw346: 摘要 under the title is the heading of the abstract, not a word wrapped onto the title's line
    abstract = "本文旨在阐述学校工会工作总结的撰写目的、内容要点、写作技巧及其重要性。学校工会工作总结是对一段时间内工会工作的全面回顾。"
    text = (
        f"学校工会工作总结说明\n摘要\n{abstract}\n一、学校工会工作总结的撰写目的\n"
        "1. 回顾总结：全面回顾学校工会过去一段时间的工作，总结成绩和收获。\n"
        "2. 发现问题：通过总结，找出工作中存在的问题和不足，为改进工作提供依据。\n"
    )
    (document,) = parse_file(text.encode("utf-8"), "page.txt").documents
    assert document.title == "学校工会工作总结说明"
    blocks = [(b.type, b.level, b.marker, b.text) for b in document.blocks]
    assert blocks[:3] == [
        ("heading", 1, None, "摘要"),
        ("paragraph", None, None, abstract),
        ("heading", 1, "一、", "学校工会工作总结的撰写目的"),
    ]
    # fix19e, rw893: a plan's section label, a bullet before it, between its headline and its first paragraph
    purpose = "藉由活動的舉辦，邀集社區獨居長者共餐同歡。並針對90歳以上長者及弱勢家庭發放禮品，使其感受溫暖的關懷。"
    (document,) = parse_file(f"- 敬老扶幼歳末社區同樂活動\n- 目的:\n{purpose}\n".encode(), "page.txt").documents
    assert document.title == "敬老扶幼歳末社區同樂活動"
    assert [(b.type, b.text) for b in document.blocks] == [("heading", "目的："), ("paragraph", purpose)]


# --- round 16: the classes of rw385-rw489 -------------------------------------------------------------


def test_a_label_over_a_list_in_a_numbered_section_is_a_level_below_it():
    """rw479: 主要内容： over 1. 2. under （二）研讨工作 (after its paragraphs) is a level-3 heading, and the next 二、 is level 1
    again; rw489: a list that starts again at 1. under such a label is the label's, not the next entry of the outer 1.
    series the page opened with (3. 活动方案 / 第一部分：庆祝会活动 / 活动内容： / 1. 文化知识竞赛)."""
    text = (
        "党支部3月份工作方案\n一、支委会方案\n（一）政治学习\n学习总书记有关重要讲话、重要指示批示精神。\n（二）研讨工作\n"
        "核心议题：以两会精神为引领，压实攻坚责任，推动党建与中心工作深度融合。\n主要内容：\n"
        "1.研究审定3月“三会一课”、主题党日实施方案。\n2.分析一季度目标完成进度，研判业务堵点难点。\n二、党员大会方案\n"
        "全体党员佩戴党员徽章、确认缴纳党费。\n"
    )
    assert headings_of(text) == [
        (1, "支委会方案"),
        (2, "政治学习"),
        (2, "研讨工作"),
        (3, "主要内容："),
        (1, "党员大会方案"),
    ]
    restarted = (
        "开展九九重阳活动策划(篇1)\n1. 重阳节简介及其重要性\n重阳节是一个传统的中国节日，通常在农历九月初九日庆祝。\n"
        "2. 社区重阳节活动方案及具体实施细节\n针对社区开展重阳节活动，可以制定一个具有可操作性的活动方案。\n"
        "第一部分：庆祝会活动\n时间：9月9日下午\n地点：社区广场\n活动内容：\n1. 重阳节文化知识竞赛\n2. 重阳节文艺表演\n"
        "第二部分：健康活动\n时间：9月10日上午\n活动内容：\n1. 健康跑步比赛\n2. 健康体能测试\n"
    )
    levels = {text: level for level, text in headings_of(restarted)}
    top = levels["重阳节简介及其重要性"]
    assert (levels["庆祝会活动"], levels["健康活动"]) == (top + 1, top + 1)
    assert {level for level, text in headings_of(restarted) if text == "活动内容："} == {top + 2}
    assert all(
        level > top + 2 for level, text in headings_of(restarted) if text.startswith(("重阳节文", "健康跑", "健康体"))
    )


def test_a_collection_items_bare_label_heads_no_section():
    """rw430: 【篇一】 alone over 一、 is the item's label, no heading: the 一、 sections stand at level 1."""
    text = (
        "企业2020年工会工作计划范本\n【篇一】\n一、把职工的智慧和力量凝聚到企业的中心工作上\n"
        "1、通过职代会等多种管理形式聚集加快发展的共识和动力，使企业的各项目标和任务成为现实。\n"
        "2、及时总结安全生产、劳动保护竞赛的经验，不断进行完善。\n二、把企业管理和企务公开工作不断引向深入\n"
        "1、要总结开展管理、企务公开工作的经验和做法，加强制度建设，形成长效机制。\n"
    )
    assert headings_of(text) == [
        (1, "把职工的智慧和力量凝聚到企业的中心工作上"),
        (1, "把企业管理和企务公开工作不断引向深入"),
    ]


def test_a_document_shops_notice_and_related_links_open_no_document():
    """rw446: a shop's page (the file's name …报告.pdf, its notice with a numbered list) before the title glued to the
    text is one document with the title; rw465: a related article's link with its post date (醫院護理工作總結06-19)
    is no second document's title."""
    shop = (
        "2024年社区文明创建活动的半年度工作总结报告.pdf\n上传人:文库****品店 上传时间:2024-09-11 格式:PDF 页数:3\n"
        "1、部分资料下载需要金币,请确保您的账户上有足够的金币\n3、资料包下载后请先用软件解压,在使用对应软件打开\n"
        "2024年社区文明创建活动的半年度工作总结报告一、工作背景自2024年初以来，我们社区积极开展了一系列文明创建活动。\n"
        "二、工作内容\n1.社区环境整治\n我们重点关注社区的卫生和绿化问题，组织了居民参与的环境整治活动。\n"
    )
    assert titles(shop) == ["2024年社区文明创建活动的半年度工作总结报告"]
    links = (
        "北京醫院護理工作總結\n1月25日下午，護理部20XX年工作總結暨表彰大會在診療樓7層會議中心召開。曾益新院長、汪耀副院長出席。\n"
        "會議最后，曾益新院長講話，對護理工作成績表示肯定，并向全體護理人員致以新春的祝福。\n"
        "【北京醫院護理工作總結】相關文章:\n醫院護理工作總結06-19\n醫院護理年工作總結06-30\n"
    )
    assert titles(links) == ["北京醫院護理工作總結"]


def titles(text: str) -> list[str]:
    return [document.title for document in parse_file(text.encode("utf-8"), "page.txt").documents]


def test_phrases_run_into_the_paragraphs_under_an_entry_are_its_subheadings():
    """rw444: 二、评选条件 over paragraphs that each open with a phrase as its own sentence (政治建设坚强过硬。坚持…): the
    phrases are level-2 headings; one such paragraph alone, or paragraphs of an enumeration (一是把牢工会政治方向。, rw142),
    stay paragraphs."""
    text = (
        "2020年示范党支部选树工作方案\n一、评选数量\n在省直机关和中央驻x单位分类选树50个左右“省直机关示范党支部”。\n二、评选条件\n"
        "政治建设坚强过硬。坚持把党的政治建设摆在首位，组织党员干部学深悟透习近平新时代中国特色社会主义思想。\n"
        "支部工作基础扎实。基本制度落实有力，支部组织生活严肃规范，基础工作扎实，党员教育管理严格。\n"
    )
    assert headings_of(text) == [(1, "评选数量"), (1, "评选条件"), (2, "政治建设坚强过硬。"), (2, "支部工作基础扎实。")]
    assert outline(text)[-1] == (
        "paragraph",
        None,
        None,
        "基本制度落实有力，支部组织生活严肃规范，基础工作扎实，党员教育管理严格。",
    )
    alone = text[: text.index("支部工作基础扎实")]
    assert headings_of(alone) == [(1, "评选数量"), (1, "评选条件")]
    enumeration = text.replace("政治建设坚强过硬", "一是把牢工会政治方向").replace(
        "支部工作基础扎实", "二是强化职工思想引领"
    )
    assert headings_of(enumeration) == [(1, "评选数量"), (1, "评选条件")]


def test_an_entry_that_holds_a_sentence_before_its_wrap_goes_on_into_the_next_line():
    """rw402: a page wrapped at a fixed width: （一）持续巩固主题教育教育成果。深入学习贯彻习近平新 / 时代中国特色… is one
    entry, its first sentence a heading over the paragraph; an entry that is a short heading (一、强化政治引领，筑牢思想根基)
    stays a line of its own."""
    text = (
        "2025年市直单位基层党建工作要点\n一、强化政治引领,筑牢思想根基\n(一)持续巩固主题教育教育成果。深入学习贯彻习近平新\n"
        "时代中国特色社会主义思想,做好专题学习、宣传宣讲、教育\n培训、实践活动、检视问题、整改落实各项工作。\n"
        "(二)持续深化理论学习与思想建设。将学习贯彻党的二十\n届三中全会精神、党的二十大精神作为首要政治任务。\n"
    )
    assert headings_of(text) == [
        (1, "强化政治引领，筑牢思想根基"),
        (2, "持续巩固主题教育教育成果。"),
        (2, "持续深化理论学习与思想建设。"),
    ]
    assert ("paragraph", None, None, "将学习贯彻党的二十届三中全会精神、党的二十大精神作为首要政治任务。") in outline(
        text
    )
    # the page cut 8 characters into the last entry's paragraph: its phrase is a heading as its siblings are
    cut = text + "(三)持续强化政治监督与忠诚教育。落实“两个维护”政\n"
    assert outline(cut)[-2:] == [
        ("heading", 2, "（三）", "持续强化政治监督与忠诚教育。"),
        ("paragraph", None, None, "落实“两个维护”政"),
    ]


def test_the_sections_after_a_headline_over_the_opening_paragraph_stand_at_level_1():
    """rw419: a headline between the page's first paragraphs (there a Q&A site's 最佳答案) heads the paragraph under it; the
    document's 一、 after that paragraph are its siblings at level 1, as after a label's paragraph (总体思路：)."""
    text = (
        "2021年基层工会工作总结\n在全年工作中，我们得到了上级工会的大力支持。\n工作回顾\n"
        "2021年，在上级工会的正确领导下，我单位基层工会紧紧围绕中心工作，认真履行工会职责，充分发挥桥梁纽带作用。"
        "现将本年度工作总结如下：\n一、主要工作情况\n（一）加强组织建设，夯实工会基础\n"
        "年初，根据人员变动情况，及时调整工会委员会成员，确保组织结构完整、职能明确。\n二、存在的问题与不足\n"
        "尽管本年度工会工作取得了一定成效，但仍存在一些不足之处。\n"
    )
    assert headings_of(text) == [
        (1, "工作回顾"),
        (1, "主要工作情况"),
        (2, "加强组织建设，夯实工会基础"),
        (1, "存在的问题与不足"),
    ]


def test_a_glossed_heading_is_as_long_as_it_is_written():
    """rw394: a Traditional page with pinyin readings after its characters (加強(qiáng)…) is no longer for them: its short
    heading line is not taken for a long line wrapped into the paragraph under it."""
    heading = "加強(qiáng)創(chuàng)建領(lǐng)導(dǎo),充分發(fā)揮黨組織和社區(qū)居委會(huì)的帶頭作用"
    lines = [
        "2023年社區文明創建年終工作總結",
        "在上級領導的關心和社區廣大黨員群眾的支持配合下，借助我們自行創建的平台，取得了顯著成效。",
        f"一、{heading}",
        "為切實加強對這一工作的領導，我社區成立了開展創建文明社區工作領導小組，由社區書記任組長。",
        "二、加大宣傳力度。",
        "努力形成整體聯動的創建格局近年來，社區緊緊圍繞創建工作開展宣傳。",
    ]
    assert outline("\n".join(lines))[1] == ("heading", 1, "一、", heading.replace(",", "，"))


def test_a_section_heading_glued_to_a_paragraph_that_opens_since_its_year_comes_apart():
    """rw446: 一、工作背景自2024年初以来，我们社区… beside 二、工作内容 on a line of its own: 工作背景 is the heading, as before
    a paragraph that opens with its year (工作概述____年是…)."""
    text = (
        "2024年社区文明创建活动的半年度工作总结报告\n"
        "一、工作背景自2024年初以来，我们社区积极开展了一系列文明创建活动，旨在推动社区居民积极参与社区建设，倡导文明行为。\n"
        "二、工作内容\n1.社区环境整治\n我们重点关注社区的卫生和绿化问题，组织了居民参与的环境整治活动，宣传环保知识。\n"
    )
    assert headings_of(text)[:2] == [(1, "工作背景"), (1, "工作内容")]


# --- round 17, head17: the classes of the tune misses -------------------------------------------------------------


def test_a_label_glued_to_its_paragraph_beside_a_label_alone_comes_apart():
    """rw431: 一、指导思想在区总工会…领导下，… (the label glued to its paragraph) beside 二、今年的主要工作 over its （一）: the
    label is a heading, the rest its paragraph; rw248 (Traditional script): 三、現狀分析目前，… and 一、計劃背景隨著社會…
    beside 四、實施步驟 over its 1. come apart the same way. Without a label alone beside it the long entry stays an item."""
    text = (
        "医院工会工作计划\n一、指导思想在区总工会和院党支部的坚强领导下，认真贯彻_精神，以_为指导，把基层工会_建设成为_健全、"
        "制度完善、_到位、服务有力、作用明显、党委靠得住、行政离不开、职工信得过的工会基层_。\n二、今年的主要工作\n"
        "（一）充分发挥基层_的作用，不断提高医院工会的_能力我们结合医院工作实际和工会的职能作用，为医院和职工搭建交流的平台。\n"
    )
    assert headings_of(text)[:2] == [(1, "指导思想"), (1, "今年的主要工作")]
    assert outline(text)[1][:3] == ("paragraph", None, None)
    sentence = text.replace("二、今年的主要工作\n", "二、今年的主要工作是围绕医院的中心工作，做好维权和服务。\n")
    assert outline(sentence)[0][:3] == ("item", 1, "一、")
    traditional = (
        "幼兒園工會計劃\n一、計劃背景隨著社會的不斷發展,幼兒教育的重要性日益凸顯,幼兒園作為兒童成長的第一站,不僅承擔著教育的責任。\n"
        "三、現狀分析目前,幼兒園教職工存在的主要問題包括:教師工作壓力大,缺乏足夠的支持和關懷。教職工之間的溝通不足,影響團隊合作精神。\n"
        "四、實施步驟\n1.組織架構的建立設立工會委員會,選舉產生工會主席、副主席及各職能部門成員,確保工會的日常運作有序進行。\n"
    )
    assert headings_of(traditional) == [(1, "計劃背景"), (1, "現狀分析"), (1, "實施步驟")]


def test_run_in_entries_whose_first_sentence_is_three_clauses_are_headings_as_their_siblings():
    """rw316: under （二）进一步加强组织建设, 1.认真落实基层党建工作责任制。严格落实… and 2.坚持“三会一课”制度，结合新时代文明实践工作，
    广泛开展丰富多彩的党员教育活动。按时开好… (a first sentence of three clauses, 37 characters: a heading's length, not a
    headline's) are both run-in headings over their paragraphs; beside a long item of that family (one sentence of
    clauses, nothing under it) they stay items."""
    lines = (ROOT / "tests/realworld/files/rw316.txt").read_text(encoding="utf-8").splitlines()[7:11]
    text = "乡镇2023年党建工作计划\n" + "\n".join(lines) + "\n"
    assert headings_of(text)[1:] == [
        (2, "认真落实基层党建工作责任制。"),
        (2, "坚持“三会一课”制度，结合新时代文明实践工作，广泛开展丰富多彩的党员教育活动。"),
    ]
    item = "3.组织党员参加各类学习培训活动，每季度不少于一次，由支部书记负责组织实施并做好记录存档工作。"
    assert headings_of(f"{text}{item}\n")[1:] == []


def test_unmarked_section_headlines_of_a_page_are_siblings_over_lists_and_a_cut_paragraph():
    """rw381 (the whole page): 引言, 活动背景, 活动内容, 活动效果 and 总结 are the page's sections, level 1, whether a paragraph or a
    list (1. 2. …) stands under them: 活动效果 over a list that starts again at 1. after 活动内容's 6., 总结 between the last
    entry's paragraph and the text the page's end cut (…为主题，通过); each list entry is level 2."""
    text = (ROOT / "tests/realworld/files/rw381.txt").read_text(encoding="utf-8")
    assert headings_of(text) == [
        (1, "引言"),
        (1, "活动背景"),
        (1, "活动内容"),
        (2, "红色主题讲座"),
        (2, "红色教育基地参观"),
        (2, "党史知识竞赛"),
        (2, "红色文艺演出"),
        (2, "社区志愿服务"),
        (2, "党员座谈会"),
        (1, "活动效果"),
        (2, "提升党员党性修养"),
        (2, "增强社区凝聚力"),
        (2, "促进社区和谐发展"),
        (1, "总结"),
    ]


def test_phrases_run_into_the_paragraphs_under_a_run_in_entry_are_its_subheadings():
    """rw428: 1、组织开展“…”为主题志愿者服务活动。在春节来临之际，… (its first sentence a phrase, its paragraph on its line) over
    开展送温暖志愿服务。我社区… and 开展洁净志愿服务。节日期间，… : the entry's phrase is a heading, the rest of its line a
    paragraph, each paragraph's phrase a subheading one level below it; 2、, the page's last line, a heading as its
    sibling is. One such paragraph alone under the entry leaves it an item."""
    lines = (ROOT / "tests/realworld/files/rw428.txt").read_text(encoding="utf-8").splitlines()[16:24]
    text = "2022年文明社区的创建工作总结\n" + "\n".join(lines) + "\n"
    assert headings_of(text) == [
        (1, "组织开展“红红火火过大年，美丽、魅力新城关”为主题志愿者服务活动。"),
        (2, "开展送温暖志愿服务。"),
        (2, "开展洁净志愿服务。"),
        (1, "关于落实城关镇春节期间慰问"),
    ]
    assert outline(text)[1][0] == "paragraph" and outline(text)[1][3].startswith("在春节来临之际")
    single = "\n".join(line for line in text.splitlines() if not line.startswith("开展洁净"))
    assert outline(single)[0][:3] == ("item", 1, "1、")


def test_decimal_section_numbers_nest_by_their_parts_where_siblings_or_sub_sections_number_lines():
    # rw1017: a paper's sections, a bare 1 over 1.1 / 1.2 and 1.2.1 under 1.2
    blocks = outline(
        "手术室优质护理\n本次研究对45例患者实施优质护理后的临床效果进行分析，总结如下：\n1资料与方法\n1.1一般资料。\n"
        "选取2015年03月至2016年03月在我院行手术治疗的患者90例，随机分为常规组与干预组，各45例。\n1.2方法。\n"
        "常规组患者使用一般护理方式，干预组患者则在常规组患者护理基础上行优质护理，具体如下：\n"
        "1.2.1术前护理：护理人员于术前1d访视患者，主动与其进行充分沟通，了解患者情绪及心理状态。\n"
    )
    assert ("heading", 1, "1", "资料与方法") in blocks
    assert ("heading", 2, "1.1", "一般资料。") in blocks and ("heading", 2, "1.2", "方法。") in blocks
    assert [b for b in blocks if b[2] == "1.2.1"][0][1] == 3
    # rw1104: 1.1 / 1.2 under 一、, and 2.1 alone under 二、 after them
    blocks = outline(
        "社区网格员考核\n社区网格员作为基层社会治理的“神经末梢”，承担着信息采集、矛盾调解、民生服务等关键职责。\n"
        "一、考核指标体系的科学化设计：确保公平的基石\n1.1 核心原则：SMART原则与KPI量化\n"
        "公平公正的考核首先源于指标设计的科学性，应将抽象的工作职责转化为可量化的指标。\n1.2 权重动态调整机制\n"
        "不同社区类型的工作重点不同，需建立权重动态调整机制。\n二、数据采集的客观化：技术赋能消除主观偏差\n"
        "2.1 多源数据交叉验证\n传统考核依赖人工填报，易出现数据失真。\n"
    )
    assert ("heading", 2, "1.1", "核心原则：SMART原则与KPI量化") in blocks
    assert ("heading", 2, "1.2", "权重动态调整机制") in blocks and ("heading", 2, "2.1", "多源数据交叉验证") in blocks
    # rw005: dates at a line's start (3.8妇女节, 5.1福利, 6.1儿童节) number no section
    blocks = outline(
        "医学部工会2015年工作计划\n3.8妇女节女职工联欢及慰问\n5.1福利 5.12护士节硬笔书法比赛\n6.1儿童节联欢、慰问品、慰问费\n"
    )
    assert all(b[2] is None for b in blocks)


def test_the_pages_headline_twice_over_the_text_is_its_title_once():
    # rw1079: 長者夢想成真計畫 twice, then 一、計畫背景: the sections at level 1, no heading of the title
    blocks = outline(
        "長者夢想成真計畫\n長者夢想成真計畫\n一、計畫背景\n隨著社會的進步與醫療技術的提升，人口高齡化已成為全球趨勢。\n"
        "二、計畫目標\n為了讓長者享有更充實、有意義的晚年生活，特推出「長者夢想成真計畫」。\n"
    )
    assert blocks[0] == ("heading", 1, "一、", "計畫背景")
    assert "長者夢想成真計畫" not in [b[3] for b in blocks]


def test_events_names_over_their_fields_are_headings():
    # rw1037: 大型活動 / 小區活動A1 each over its 日期： and 地點： lines
    blocks = outline(
        "眾樂廚房\n大型活動\n日期:2022年6月25日(星期六)時間:下午2時至3時\n地點:元朗天水圍天瑞邨天瑞社區中心3樓\n"
        "小區活動A1\n日期:2022年9月4日(星期日)時間:上午10時至下午2時\n地點:元朗天水圍天澤邨服務設施大樓602室\n"
        "目的:\n邀請區內獨居長者或雙老家庭參與，透過不同活動，一同慶祝中秋佳節。\n"
    )
    assert ("heading", 1, None, "大型活動") in blocks and ("heading", 1, None, "小區活動A1") in blocks


def test_headlines_each_written_on_two_lines_are_one_heading_each():
    # rw1060 (a page pasted into Word): every headline between paragraphs stands over a second line: each pair one heading
    word = docx.Document()
    for text in (
        "快看，斗门这个“书屋”不一般！",
        "今年以来，在斗门区总工会的关心指导下，斗门区税务局工会获评全国工会职工书屋。",
        "盘活原有资产",
        "营造书香文化的栖息地",
        "“粗缯大布裹生涯，腹有诗书气自华”。为践行党政机关“过紧日子”的工作要求，斗门区税务局盘活资产。",
        "记录税收历史",
        "打造传承“税心”的新站点",
        "“读史明智，鉴往知来”。注重书香文化的沁润，收集和整理改革开放40年来税收工作历史。",
    ):
        word.add_paragraph(text)
    data = io.BytesIO()
    word.save(data)
    (document,) = parse_file(data.getvalue(), "page.docx").documents
    blocks = [(b.type, b.level, b.marker, b.text) for b in document.blocks]
    assert ("heading", 1, None, "盘活原有资产 营造书香文化的栖息地") in blocks
    assert ("heading", 1, None, "记录税收历史 打造传承“税心”的新站点") in blocks


def test_fields_of_a_plan_ending_in_its_closing_provision_are_its_section_headings():
    # rw1003: 二、目的：… beside 五、活動內容： over （一）, the last section 本辦法經…核定後實施 no item among them; 三、辦理單位：學務處訓育組,
    # a field with a short value, stays a line (the README's ruling of round 23), and so does 一、依據：學務處年度行事辦理。, one
    # clause with its stop (the ruling of round 24)
    blocks = outline(
        "臺南市立大灣高中114學年度謝師週活動實施計畫\n一、依據:學務處年度行事辦理。\n"
        "二、目的:慶祝教師節及培養學生敬師、愛師情操,以及聯絡師生情誼。\n三、辦理單位:學務處訓育組\n五、活動內容:\n"
        "(一)話筒傳情意(附件一)\n1. 對象:全校各班\n2. 內容:將欲傳達的文字內容,於114年9月19日放學前交至學務處訓育組。\n"
        "六、本辦法經學務會議通過,送校長核定後實施,修正時亦同。\n"
    )
    assert ("heading", 1, "二、", "目的：") in blocks and ("item", 1, "三、", "辦理單位：學務處訓育組") in blocks
    assert ("item", 1, "一、", "依據：學務處年度行事辦理。") in blocks


def test_a_canonically_outer_family_opening_right_under_a_heading_nests_in_it():
    # rw1088: 2. 職工福利金動支範圍及項目 over (一)…(四), then 3.: the (一) entries level 2, 3. a sibling of 2.
    blocks = outline(
        "職工福利委員會成立與說明\n1. 法源依據\n職工福利金條例第1條第1項規定,凡公營、私營之工廠、礦場或其他企業組織,均應提撥職工福利金。\n"
        "2. 職工福利金動支範圍及項目\n(一)福利輔助項目:婚、喪、喜、慶、生育、傷病、急難救助、急難貸款、災害輔助等。\n"
        "(二)教育獎助項目:勞工進修補助、子女教育獎助等。\n(四)其他福利事項\n"
        "3. 本委員會已於(日期)向高雄市政府勞工局完成核備成立\n4. 依職工福利委員會組織準則,職工福利委員會委員均為無給職。\n"
    )
    levels = {marker: level for _, level, marker, _ in blocks if marker}
    assert levels["（一）"] == 2 and levels["2."] == 1 and levels["3."] == 1


def test_families_nest_in_the_order_the_document_gives_them_after_a_paragraph():
    # rw1088's lines with a paragraph between 2. and its (一): the family, new to the document, opens under the open section
    # heading and not beside it (the canonical order puts （一） over 1.); 3. goes on the outer list, and its own (一) nests
    # under it again, as the document has them
    blocks = outline(
        "職工福利委員會成立與說明\n1. 法源依據\n職工福利金條例第1條第1項規定,凡公營、私營之工廠、礦場或其他企業組織,均應提撥職工福利金。\n"
        "2. 職工福利金動支範圍及項目\n職工福利金條例第1條第1項規定,凡公營、私營之工廠、礦場或其他企業組織,均應提撥職工福利金,辦理職工福利事業。\n"
        "(一)福利輔助項目:婚、喪、喜、慶、生育、傷病、急難救助、急難貸款、災害輔助等。\n"
        "(二)教育獎助項目:勞工進修補助、子女教育獎助等。\n"
        "3. 本委員會已於(日期)向高雄市政府勞工局完成核備成立\n"
        "(一)福利輔助項目:婚、喪、喜、慶、生育、傷病、急難救助、急難貸款、災害輔助等。\n"
        "(二)教育獎助項目:勞工進修補助、子女教育獎助等。\n"
    )
    levels = [(level, marker) for _, level, marker, _ in blocks if marker]
    assert levels == [(1, "1."), (1, "2."), (2, "（一）"), (2, "（二）"), (1, "3."), (2, "（一）"), (2, "（二）")]


def test_a_list_of_titles_over_the_sections_keeps_the_canonical_order():
    # rw414: 1. 2. 3. name a collection's items, then 一、工会基本情况 under the first item's title: the 1. list does not go
    # on at 4., so its entries hold no 一、 (it is a list of titles, not of sections)
    blocks = outline(
        "1.工会2021年工作总结及2022年工作计划（一）\n2.工会2021年度工作情况总结（二）\n3.工会2021年工作总结和2022年工作思路（三）\n"
        "工会2021年工作总结及2022年工作计划（一）\n"
        "2021年，共青团XX市委员会工会委员会在团市委领导班子的带领下，在市总工会和市级机关工会联合会的指导下，深入贯彻习近平总书记系列重要讲话精神。\n"
        "一、工会基本情况\n共青团XX市委员会工会是依照《中华人民共和国工会法》《工会章程》成立的职工群众组织，现有会员X名，内设工会委员会、经费审查委员会。\n"
        "二、主要开展工作\n1.夯实工作基础，注重打造规范型工会。\n一是加强工会自身规范化建设，组织开展工会委员会、经费审查委员会增补选举工作，调整、充实工会干部队伍。\n"
    )
    assert [(level, marker) for _, level, marker, _ in blocks if marker in ("一、", "二、")] == [
        (1, "一、"),
        (1, "二、"),
    ]


def test_a_headline_line_beside_an_unmarked_heading_is_its_sibling_whatever_stands_above_it():
    # rw993: 程序限制 after the list 條件限制 heads, over one short sentence, beside 預約規範 over its list
    blocks = outline(
        "會員申訴處理流程及原則\n條件限制\n1. 會員:依本會章程第8條經理事會審查通過後,即為本會會員。\n"
        "2. 個人、集體會員向工會申訴前,請先進入院方申訴處理流程,並取得人事服務中心回覆。若未進行此一步驟,工會暫不受理。\n"
        "3. 若會員已完成院方申訴,對申訴案件結果仍有疑義,再進行工會申訴程序。\n程序限制\n申訴案件由工會討論是否有開案之必要。\n預約規範\n"
        "1. 全面採預約制,每時段最多4位會員,是否得多次會談,將依當日處理情形後與主訴人協調後續必要之時間運用。\n"
        "2. 會員每次預約之服務時間為30分鐘,若另有新開議題或得增加服務時數者,請依規範1進行。\n"
    )
    assert ("heading", 1, None, "程序限制") in blocks and ("heading", 1, None, "預約規範") in blocks


@pytest.mark.parametrize(
    "name, line",
    [
        ("rw1254.txt", "让更多的学生有机会展示自己的青春活力，提升自己的文化精神。"),  # the value under 三、活动目的：
        ("rw1120.docx", "本會有一般會員贊助會員"),  # the text under the article's number 第6條
        ("rw1173.txt", "左營基地"),  # the last of a list of places, each a short line
    ],
)
def test_a_line_under_a_heading_or_ending_a_list_of_short_lines_is_no_unmarked_sibling(name, line):
    blocks = [b for document in parse_file((FILES / name).read_bytes(), name).documents for b in document.blocks]
    assert [b.type for b in blocks if b.text == line] == ["paragraph"]


@pytest.mark.parametrize(
    "line, marker, rest",
    [
        ("第 七 條  會員、準會員、贊助會員具有下列權利:", "第 七 條", "會員、準會員、贊助會員具有下列權利:"),  # rw1326
        ("第廿六條: 各種會議之召開。", "第廿六條:", "各種會議之召開。"),  # rw1405
        ("第 1 條 法律依據", "第 1 條", "法律依據"),  # rw1244
        ("第2條會名", "第2條", "會名"),  # rw1244's 第2條 會名 with its caption glued on: the junk rules read it so too
        (
            "第三条规定的会员权利，由工会委员会负责落实。",
            None,
            "第三条规定的会员权利，由工会委员会负责落实。",
        ),  # prose citing one
    ],
)
def test_a_charters_article_number_is_a_marker_of_its_own_family(line, marker, rest):
    found, text = split_marker(line)
    assert (found and found.text, found and found.family, text) == (marker, marker and "article", rest)


def test_a_charters_articles_are_entries_under_its_chapters():
    # rw1326's and rw1405's lines: an article over a list or a paragraph is a heading, one sentence alone an item; a
    # chapter's number alone over articles stays the outer level; an article's number alone among them is their sibling
    levels = kinds_and_levels(
        "組織章程\n第 一 章\n 第 一 條 本章程依據教師法及相關法令訂定之。\n 第 二 條  本會會址設於桃園市中壢區德育路36號。\n第 二 章\n"
        " 第 五 條  本會之任務如下:\n一、維護教師專業尊嚴與專業自主權。\n二、推動教育改革並保障學生受教權。\n"
        "第廿七條: 本會會員代表大會,分定期會議及臨時會議二種,由理事長召集之。\n"
        "  定期會議,每年至少召開一次,至遲應於會議召開當日之十五日前,將會議通知送達會員或會員代表。\n第廿九條:\n"
        "會員(代表)應依時出席會員(代表)大會,如因故不能出席時,得以書面委託本會其他會員代表出席,每一代表以代表一人為限。\n"
    )
    assert levels["第二章"] == ("heading", 1)
    assert levels["本章程依據教師法及相關法令訂定之。"] == ("item", 2)
    assert levels["本會之任務如下："] == ("heading", 2)
    assert levels["本會會員代表大會，分定期會議及臨時會議二種，由理事長召集之。"] == ("heading", 2)
    assert levels["第廿九條："] == ("heading", 2)


def test_a_short_line_between_a_charters_articles_names_a_part_of_it():
    # rw1120's and rw1244's lines: articles numbered through the charter, 會員 between 第 2 條 and 第 6 條 is a part's name
    levels = kinds_and_levels(
        "全國醫師醫療產業工會組織章程\n第 1 條 本章程依據工會法及工會法施行細則暨相關法令訂定之。\n"
        "第 2 條 本會定名為全國醫師醫療產業工會(以下簡稱本會),簡稱全國醫師工會。\n會員\n"
        "第 6 條 凡於中華民國境內為全民健康保險醫事服務機構任用之西醫師,有加入本會為一般會員之權利。\n"
        "第 7 條 前項以外之中華民國境內西醫師、中醫師及牙醫師,若認同本會理念,願履行贊助會員義務者,得加入本會為贊助會員。\n"
    )
    assert levels["會員"] == ("heading", 1)
    assert levels["本會定名為全國醫師醫療產業工會（以下簡稱本會），簡稱全國醫師工會。"] == ("item", 2)


def test_a_series_name_is_no_wrapped_rest_of_the_line_above():
    # rw1037: 小區活動A1 … 小區活動D2 each over its fields; C1 under a 地點 line that ends with no stop had joined it
    blocks = outline(
        "眾樂廚房\n小區活動B1\n日期:2022年9月6日(星期二)時間:上午10時至下午4時、晚上7時至9時\n"
        "地點:元朗小商新村錦光元朗綜合社區服務中心及小商新村、元朗市中心\n小區活動C1\n日期:2022年9月8日(星期四)時間:上午10時至下午1時\n"
        "地點:元朗洪水橋德慶樓7-8號舖宣道會洪恩堂洪恩社區中心\n小區活動D1\n日期:2022年9月3日(星期六)時間:上午10時至下午1時\n"
        "地點:元朗天水圍天晴邨服務設施大樓101室香港中華基督教青年會天水圍天晴會所\n"
    )
    assert [text for kind, _, _, text in blocks if kind == "heading"] == ["小區活動B1", "小區活動C1", "小區活動D1"]


def test_a_plans_section_labels_glued_to_their_prose_or_parted_by_a_space_are_headings():
    # gen23h: first-contact misses of new sites. rw1424: two labels glued to their prose, one naming two things (活动主题及
    # 目标); rw1425: a page on one line, a space after each contest label, a value of one short sentence; rw248: one
    # page on one line, the plan's own word before its labels (計劃目標明確本次…)
    glued = (
        "主题党日活动方案\n一、活动背景雷锋同志是中国人民解放军的一名普通战士,他用自己的实际行动践行了共产主义精神,被誉为共产主义"
        "事业的活雷锋。\n3月份是学雷锋月,今年将迎来第62个学雷锋纪念日。\n二、活动主题及目标本次主题党日的主题为学雷锋做先锋见行动。\n"
        "通过组织开展一系列学雷锋志愿服务活动,积极继承和弘扬雷锋精神,增强党员干部的凝聚力和战斗力。\n"
    )
    assert [(b[0], b[3]) for b in outline(glued) if b[2]] == [("heading", "活动背景"), ("heading", "活动主题及目标")]
    (document,) = parse_file((FILES / "rw1425.docx").read_bytes(), "rw1425.docx").documents
    blocks = [(b.type, b.text.strip()) for b in document.blocks]
    assert blocks[1:5] == [
        ("heading", "竞赛项目"),
        ("paragraph", "2021年计划组织开展3个职业（工种）的职业技能竞赛，分别为：技术工程师，研发工程师，售后工程师"),
        ("heading", "竞赛对象"),
        ("paragraph", "公司在册员工。"),
    ]
    # rw248's page on one line: the plan's own word before its labels (計劃背景, 計劃目標)
    own = (
        "幼兒園工會計劃一、計劃背景隨著社會的不斷發展,幼兒教育的重要性日益凸顯。幼兒園作為兒童成長的第一站,不僅承擔著教育的責任。"
        "二、計劃目標明確本次幼兒園工會計劃的核心目標，旨在通過一系列可執行的步驟，推動工會的建立和運作。\n"
    )
    assert [b[3] for b in outline(own) if b[0] == "heading"][:2] == ["計劃背景", "計劃目標"]
    # a label that goes on as a heading (活动主题的确定) or over a field's short value keeps its line
    kept = "活动方案\n一、活动主题的确定\n经过讨论，确定本次活动的主题。\n二、活动时间10月1日\n"
    assert [b[3] for b in outline(kept) if b[2]] == ["活动主题的确定", "活动时间10月1日"]


@pytest.mark.parametrize(
    "name, line, title",
    [
        ("rw1301.txt", "同志们：", "rw1301"),  # over 大家好！, a speech: neither a label nor under a title
        ("rw1423.txt", "各党支部：", "rw1423"),  # a notice's addressees over its text
        ("rw250.txt", "尊敬的各位家长：", "幼儿园工会工作计划"),
        ("rw1302.txt", "全國各族職工：", "rw1302"),
    ],
)
def test_the_texts_words_to_its_readers_are_no_heading_nor_the_title(name, line, title):
    # gen23h: a speech's address and a circular's addressees were label headings at level 1 (first contact: rw1423,
    # rw1500); the greeting under one was taken as the title once the address was a paragraph (rw1301)
    (document, *_) = parse_file((FILES / name).read_bytes(), name).documents
    assert [b.type for b in document.blocks if b.text == line] == ["paragraph"]
    assert document.title == title


def test_a_field_whose_value_is_a_sentence_heads_the_deeper_entries_under_it_by_its_label():
    # gen23h: rw831's 2. 活動時間:9/24(二)〜9/27(五) 課間時間。 over its ◎ entries was a heading with its value in its text
    # (the README: a numbered field with sub-entries under it is a heading, text the label); rw111's headline as a whole
    # (6.实施两大工程：送温暖工程和增强凝聚力工程 over its two subheadings) keeps its text
    (document,) = parse_file((FILES / "rw831.txt").read_bytes(), "rw831.txt").documents
    blocks = [(b.type, b.marker, b.text) for b in document.blocks]
    at = next(k for k, b in enumerate(blocks) if b[2].startswith("活動時間"))
    assert blocks[at : at + 2] == [
        ("heading", "2.", "活動時間："),
        ("paragraph", None, "9/24（二）〜9/27（五）課間時間。"),
    ]
    whole = "工会工作计划\n6.实施两大工程：送温暖工程和增强凝聚力工程\n（1）送温暖工程\n实施送温暖工程的目的：帮助困难职工解决实际问题。\n"
    assert outline(whole)[0][0::3] == ("heading", "实施两大工程：送温暖工程和增强凝聚力工程")


def test_a_headline_over_a_sentence_leading_into_a_list_whose_bullets_were_lost_is_a_heading():
    # gen23h: rw1016's first question over its lead-in sentence and the list the page's bullets (•) no longer mark; its
    # sibling question over a paragraph was a heading already
    (document,) = parse_file((FILES / "rw1016.txt").read_bytes(), "rw1016.txt").documents
    assert [b.text for b in document.blocks if b.type == "heading" and b.level == 1] == [
        "為什麼要組工會？",
        "如何開始籌備工會？",
    ]


def test_a_label_over_its_value_line_beside_a_label_heading_is_a_heading_and_no_wrapped_word():
    # gen23h: rw1437's event notice, each field a label line over its value (會議地點 / 世新大學管理學院大樓M303教室(台北市…3樓)
    # / 參與人員 / 對於教師工會、…等。): the label over a value line of no sentence is a heading beside its sibling over a
    # paragraph; a longer line of a page without punctuation over another (rw724's 澎湖將面臨高齡化社會) stays a paragraph
    (document,) = parse_file((FILES / "rw1437.txt").read_bytes(), "rw1437.txt").documents
    assert [b.text for b in document.blocks if b.type == "heading" and b.level == 1][-3:] == [
        "會議日期",
        "會議地點",
        "參與人員",
    ]
    # the reflow left 會議日期 on its line (a form's label over its value, another label under that), and a numbered field with
    # its value on its line has no value under it
    assert "協辦單位：全國教師工會總聯合會" in [b.text for b in document.blocks]
    (document,) = parse_file((FILES / "rw724.txt").read_bytes(), "rw724.txt").documents
    assert [b.type for b in document.blocks if b.text == "澎湖將面臨高齡化社會"] == ["paragraph"]


def test_a_numbered_field_with_a_short_value_among_section_labels_is_a_line_not_a_heading():
    # ann23: rw856's 一、活动主题:爱在重阳 情满望湖 beside 二、活动目的及意义: over its paragraph was cut into a heading and a
    # paragraph, as were rw1254's 二、活动主题 and 四、活动时间 beside 三、活动目的:…。 (the README's ruling of round 23: a field
    # with a short value and nothing under it is a field; a field whose value is prose is its section's heading)
    (document, *_) = parse_file((FILES / "rw856.txt").read_bytes(), "rw856.txt").documents
    blocks = {b.text: b.type for b in document.blocks}
    assert [
        blocks.get(t)
        for t in ("活动主题：爱在重阳 情满望湖", "活动时间：20xx年10月XX日下午", "活动地点：社居委2楼大会议室")
    ] == ["item"] * 3
    # 五、活动形式:开展以“爱在重阳,情满望湖”为主题的联欢会。, one clause with its stop, is a field too (the ruling of round 24)
    assert blocks.get("活动形式：开展以“爱在重阳，情满望湖”为主题的联欢会。") == "item"
    assert [b.text for b in document.blocks if b.type == "heading" and b.level == 1][:2] == [
        "活动目的及意义：",
        "活动过程：",
    ]
    (document, *_) = parse_file((FILES / "rw1254.txt").read_bytes(), "rw1254.txt").documents
    blocks = [(b.type, b.text) for b in document.blocks]
    at = blocks.index(("item", "活动主题：展现自己，舞动青春"))
    assert blocks[at + 1 : at + 4] == [
        ("heading", "活动目的："),
        ("paragraph", "让更多的学生有机会展示自己的青春活力，提升自己的文化精神。"),
        ("item", "活动时间：_月__号至_月__号"),
    ]
    # fields are no list: a label whose value the page lost after two of them stays a heading beside its siblings' headings
    # (rw1310's 三、主持人:)
    lines = "一、时间:5月10日(星期天)上午10:30分\n二、地点:二楼国际会议厅\n三、主持人:\n"
    lines += "四、悬挂条幅:内容“妈妈,我们爱您!”\n五、参加人员:酒店主管以上及酒店20xx年4月份优秀员工(y)代表的母亲、婆婆、妻子,共计37人。\n"
    assert [(kind, text) for kind, _, _, text in outline("母亲节感恩活动方案\n" + lines)][:3] == [
        ("item", "时间：5月10日（星期天）上午10:30分"),
        ("item", "地点：二楼国际会议厅"),
        ("heading", "主持人："),
    ]


def test_a_title_line_the_outline_took_as_its_only_outermost_heading_takes_no_level():
    # rw1254 at round 22's start: an item's title (护士节的活动方案1) under its collection's title, over 一、活动背景 … 六、活动流程,
    # stood alone at level 1 and pushed the sections to level 2 (the README: the title is no level); round 24's replay of the
    # mechanism on round 22's start parser also gave rw1419's (一) 教師專業發展-教師專業增能計畫 its nine levels
    blocks = outline(
        "护士节的活动方案\n护士节的活动方案1\n一、活动背景\n"
        "为了迎接5.12国际护士节的到来，同时弘扬护士精神，我们学院响应校园文化建设的号召，举办本次活动。\n"
        "三、活动目的:让更多的学生有机会展示自己的青春活力,提升自己的文化精神。\n五、活动内容:\n"
        "本次活动以纪念5.12国际护士节为主题。参赛选手在初赛时需要准备一小段才艺表演。\n六、活动流程:\n"
        "1、召集所有班级的文艺委员进行会议，布置比赛事宜。\n2、比赛分为初赛、复赛和决赛三个部分。\n"
    )
    assert blocks[0] == ("paragraph", None, None, "护士节的活动方案1")
    assert [(level, text) for kind, level, _, text in blocks if kind == "heading"] == [
        (1, "活动背景"),
        (1, "活动目的："),
        (1, "活动内容："),
        (1, "活动流程："),
    ]
    # rw651 (untitled): the year's work named by its genre, over its sections and cut before the next, is the report's first
    # section
    blocks = outline(
        "一、20xx 工会工作回顾\n20xx,本公司工会在本支队党总支和支队工会的领导和支持下,积极发挥桥梁和纽带作用,"
        "现将 20xx 工会工作总结如下:\n1、加强工会组织建设,发挥工会组织的作用\n按照工会要求, 今年 6 月份对公司的工会进行改选, "
        "组成新的工会委员会。\n2、落实职工代表大会制度,积极参与民主管理。\n公司坚持每年召开职工代表大会，审议公司重大事项。\n"
        "3、搞好员工福利待遇,提升员工幸福感\n公司为员工办理各项保险，发放节日慰问品。\n"
    )
    assert ("heading", 1, "一、", "20xx工会工作回顾") in blocks


def test_the_last_sentence_of_a_list_of_items_over_lines_that_close_the_list_is_an_item():
    # rw1237: 六、活动要求's three sentences, the last over the signature, nothing else of the outline after it; rw849: 注意事项's
    # four, the last over the next label and its paragraph. The lines under the last entry close the list (the outline goes on
    # with an uncle or not at all): no content of that entry, which is an item as its siblings are
    blocks = outline(
        "教师节活动方案\n五、活动内容:\n(一)全体学生集体为教师送一束花。\n(二)9月10日上午8时由陈校长为教师们送上一段祝福语。\n六、活动要求\n"
        "1、各班要利用周一班队课认真发动,积极准备,保证活动效果。\n2、送一束花、一段祝福语、一首歌由大队部完成。\n"
        "3、活动本着隆重、热烈、俭朴的原则,过一个学校支持、群众理解、教职工受教育的教师节。\n小学大队部\n"
    )
    assert [kind for kind, _, marker, _ in blocks if marker in ("1、", "2、", "3、")] == ["item"] * 3
    blocks = outline(
        "公司团建活动方案\n注意事项:\n1. 各部门需提前做好报名统计工作。\n"
        "2. 每位参与者需自备必要的个人物品,如防晒霜、饮用水、防蚊喷雾等。\n3. 活动过程中请注意安全,听从工作人员指挥。\n"
        "4. 带好相机记录美好瞬间。\n经费预算:\n根据初步估算,本次活动总预算约为人民币5万元,主要用于交通、餐饮、场地租赁及奖品采购。\n"
    )
    assert ("item", 2, "4.", "带好相机记录美好瞬间。") in blocks
    assert ("heading", 1, None, "经费预算：") in blocks
    # a value that asks its reader to do something is a sentence, its stop lost or not: the field is its section's heading
    # beside labels over content (rw1692's 四、服裝規範:請穿著… between 三、競賽方式: and 五、評審方式:, each over its 1. 2.)
    (document,) = parse_file((FILES / "rw1692.txt").read_bytes(), "rw1692.txt").documents
    blocks = [(b.type, b.text) for b in document.blocks]
    at = blocks.index(("heading", "服裝規範："))
    assert blocks[at + 1 : at + 3] == [
        ("paragraph", "請穿著具有學系專業或參賽主題識別性的服裝參賽"),
        ("heading", "評審方式："),
    ]
