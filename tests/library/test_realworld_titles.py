"""Document titles on real pages (tests/realworld/): the headline among a page's title lines, kickers, sub-headlines,
columns, stamps and menus around it, and titles glued to their text."""

from __future__ import annotations

import pytest

from benchmarks.bench_parse import FILES, annotation, bare
from benchmarks.train_titles import is_title
from nlp.library import Library
from nlp.library.clean import clean_lines, clean_text, clean_text_line, junk_reason
from nlp.library.junk import (
    glued_lead_of,
    judged,
    judged_contexts,
    paragraph_after,
    reads_as_headline,
    reads_as_slogan,
)
from nlp.library.markers import GLUED_TITLE, SERIES_PREFIX, is_headline_over_sub_headline, is_title_line
from nlp.library.parse import parse_file
from nlp.library.placeholders import find_placeholders
from nlp.library.script import analysis_form
from nlp.library.structure import GLUED_HEADLINE, OCCASION_YEAR, PRESENTED, bracketed_column, without_item_number
from nlp.library.titles import (
    DATE_FIELD_AFTER_TITLE,
    GENRE_LABEL,
    HAN_WORD,
    HEAD_BEFORE_SPACE,
    MENU_ROW,
    NAMED_FEATURES,
    Candidate,
    candidates,
    counts_a_collection,
    is_menu,
    named_whole,
    said_once,
    wrapped_headline,
)
from nlp.models import Line
from nlp.read import read_lines
from nlp.usecases import import_file
from tests.library.realworld_helpers import (
    REPORT,
    RW1255_LEAD,
    _block_text,
    _page,
    _parsed,
    all_text,
    blocks_of,
    heading_texts,
    parse,
    parse_set_file,
)


@pytest.mark.parametrize(
    "line, title",
    [
        ("小学工会工作计划 【篇1】", "小学工会工作计划【篇1】"),
        ("2023年学校工会工作计划范本 篇1", "2023年学校工会工作计划范本 篇1"),
        ("2015年機(jī)關(guān)工會工作總結(jié)一：", "2015年機(jī)關(guān)工會工作總結(jié)一"),
        ("第1篇2013年11月医院工会年终工作总结", "2013年11月医院工会年终工作总结"),
    ],
)
def test_title_lines_as_sites_write_them(line, title):
    body = "一年来，院工会在院党委的领导下，紧紧围绕医院中心工作，组织开展了一系列活动，取得了较好成绩。"
    assert [d.title for d in parse(f"{line}\n{body}\n").documents] == [title]


@pytest.mark.parametrize("title", ["2024年社区工会工作计划和目标", "街道2024年度工会工作总结及明年工作思路"])
def test_a_title_with_a_second_part_after_its_genre_is_a_title(title):
    body = "在街道工委的正确领导下，社区工会进一步突出维护职能，更好地发挥工人阶级主力军作用。"
    (document,) = parse(f"{title}\n{body}\n").documents
    assert document.title == title and document.title_source == "text"


@pytest.mark.parametrize(
    "lines, title",
    [
        # rw122: a 第一篇： label before the title
        (["第一篇：衛生院工會2009年工作總結"], "衛生院工會2009年工作總結"),
        # rw128: an SEO title that ends in 怎么写, with its item label
        (["街道工会工作总结怎么写", "街道工会工作总结怎么写 篇1"], "街道工会工作总结怎么写 篇1"),
        # rw131: the page's title, the document's with its unit, the page's again
        (
            ["“五强”党支部年度创建计划", "社会福利中心“五强”党支部年度创建计划", "“五强”党支部年度创建计划"],
            "社会福利中心“五强”党支部年度创建计划",
        ),
        # a page's title graded by a suffix, then the document's own
        (["2024年社区工会工作总结范文", "2024年社区工会工作总结"], "2024年社区工会工作总结"),
    ],
)
def test_the_documents_own_title_among_the_pages_title_lines(lines, title):
    body = "中心卫生院工会在本院党政和上级工会的直接领导下，认真学习贯彻上级工会会议精神，积极开展做好工会的各项工作。"
    (document,) = parse("\n".join([*lines, body]) + "\n").documents
    assert (document.title, document.title_source) == (title, "text")


def test_an_untitled_page_takes_the_title_a_document_sites_notice_names():
    # rw071: 《xx年卫生中心工会的工作计划》由会员上传分享，免费在线阅读… before a text with no title line
    text = (
        "欢迎来到天天文库\n大小:16.88 KB\n"
        "《xx年卫生中心工会的工作计划》由会员上传分享,免费在线阅读,更多相关内容在应用文档-天天文库。\n"
        "1、学习部虽人员较少,但各干部和干事都能遵循踏实做事的原则,注重效率,有良好的工作作风,将继续做好各项工作。\n"
    )
    result = parse(text)
    (document,) = result.documents
    assert (document.title, document.title_source, document.kind) == ("xx年卫生中心工会的工作计划", "text", "计划")
    assert "由会员上传分享" not in all_text(result)


def test_a_page_title_that_names_the_document_twice_gives_the_documents_own():
    """rw009: 有关于医院工会工作总结范文|医院工会工作总结 titles the document 医院工会工作总结."""
    (document,) = parse_file((FILES / "rw009.txt").read_bytes(), "rw009.txt").documents
    assert document.title == "医院工会工作总结"


def test_a_news_headline_is_the_title_past_the_widget_lines_under_it():
    # nav line, breadcrumb, column name, headline, byline, 字号: / +-14 / 浏览次数: one a line, the report
    result = parse_set_file("rw149.txt")
    (document,) = result.documents
    assert (document.title, document.kind, document.year) == ("院工会举办2016年度春季健步行活动", "其他", 2016)
    assert document.blocks[0].text.startswith("4月9日10日上午")  # the widgets under the headline went
    # as widgets under the headline, or 浏览次数： by the junk model first (round 10's model drops it)
    widgets = [d.text for d in result.dropped if d.reason == "网页控件" or d.reason.startswith("网页杂项（模型")]
    assert {"+-14", "字号：", "浏览次数："} <= set(widgets)


def test_a_long_headline_with_a_dash_keeps_apart_from_stamps_and_picture_names():
    result = parse_set_file("rw161.txt")
    (document,) = result.documents
    assert document.title == "开好头 迈稳步 奋力擘画工会工作新蓝图——龙华区总工会召开2023年第一次区、街主席联席会"
    assert document.kind == "其他" and document.blocks[0].text.startswith("2023年1月5日上午")
    dropped = {d.text: d.reason for d in result.dropped}
    assert dropped["文件已失效"] == "文件状态标记"
    assert dropped["1672601884.jpg"] == dropped["走访(2)(1).JPG"] == "图片或附件文件名"
    assert not any("JPG" in b.text or ".jpg" in b.text for b in document.blocks)


def test_a_headline_with_a_subtitle_after_a_colon_is_the_title_of_a_news_item():
    (document,) = parse_set_file("rw160.txt").documents
    assert document.title == "直属机关党委办公室党支部开展主题党日活动：深入学习贯彻基层组织工作条例"
    assert document.kind == "其他"  # 4月23日上午，…党支部开展主题党日活动


def test_a_source_line_is_no_headline():
    text = (
        "沙市区总工会召开全区工会工作会议\n信息来源:沙市区总工会 | 发布时间 2022-04-02\n"
        + "会上，"
        + "区总工会安排部署了2022年工会重点工作。" * 3
    )
    (document,) = parse(text).documents
    assert document.title == "沙市区总工会召开全区工会工作会议"


def test_a_title_glued_to_its_text_in_traditional_script_with_pinyin_glosses():
    (document,) = parse_set_file("rw150.txt").documents
    assert document.title == "2026年急診科醫(yī)務(wù)人員工作計(jì)劃例文"
    assert (document.kind, document.year) == ("计划", 2026)
    assert document.blocks[0].text.startswith("2026年，急診科將以")


def test_a_sentence_opening_is_no_glued_title():
    # 根據20xx年工會工作計劃安排…: the sentence names a plan, it is not one's title
    (first, _) = parse_set_file("rw039.txt").documents
    assert first.title == "工會活動方案 篇1"
    # fix23b, rw1344: a page whose first line is its text's first sentences (冬日暖意濃濃。在2024春節…) is titled by its file
    (document,) = parse_set_file("rw1344.txt").documents
    assert document.title_source == "file" and document.blocks[0].text.startswith("冬日暖意濃濃。")


def test_a_glued_title_with_a_second_part_after_the_genre():
    (document,) = parse_set_file("rw095.txt").documents
    assert document.title == "街道2024年度工会工作总结及明年工作思路"
    assert (document.kind, document.year) == ("总结", 2024)


def test_a_collection_title_over_an_item_headline_gives_way_to_it():
    # 党支部党建工作制度(汇总14篇), a byline, an introduction that points to "these 范文", then the item's headline
    result = parse_set_file("rw054.txt")
    (document,) = result.documents
    assert (document.title, document.kind) == ("基层党支部党建工作制度执行情况", "其他")
    dropped = {d.text: d.reason for d in result.dropped}
    assert dropped["党支部党建工作制度（汇总14篇）"] == "合集标题"
    assert not any("规章制度的制定" in b.text for b in document.blocks)  # the introduction went whole


def test_a_headline_under_the_sites_column_name_is_the_title():
    # rw178: 工作动态 / 支撑及服务中心党支部学习《…》 / the report, whose first paragraph names the 2019 plan
    result = parse_set_file("rw178.txt")
    (document,) = result.documents
    assert (document.title, document.kind, document.year) == (
        "支撑及服务中心党支部学习《中国共产党支部工作条例（试行）》",
        "其他",
        2019,
    )
    # as a column name over the headline, or by the junk model first (round 10's model drops it)
    reason = {d.text: d.reason for d in result.dropped}["工作动态"]
    assert reason == "网页栏目" or reason.startswith("网页杂项（模型")


def test_a_bracketed_title_keeps_the_tail_the_page_gave_it():
    (document,) = parse_set_file("rw169.txt").documents
    assert document.title == "2023年护理部工作总结2024年工作计划（2023护理年终总结以及）"


def test_a_news_headline_keeps_apart_from_the_sites_address_above_and_its_stamped_byline_below():
    # rw202: 地址: / 北京市…1号楼 / the headline / 2024-01-29 工人日报本文被访问次数:562 / the report
    result = parse_set_file("rw202.txt")
    (document,) = result.documents
    assert (document.title, document.kind, document.year) == ("2024年全国工会重点工作明确", "其他", 2024)
    assert not any(s in all_text(result) for s in ("广渠路", "访问次数", "邮编"))
    assert not reads_as_headline("2024-01-29 工人日报本文被访问次数:562", "1月25日至26日在京召开的" * 5)
    assert reads_as_headline("2024：四维度诠释工会担当", "2024年，市总工会坚决贯彻党中央部署要求，" * 3)
    assert not judged("2025工作谋划", False)  # a year over the work it names: the document's section


def test_a_title_wrapped_before_its_second_part_is_one_title():
    # rw193: 市总工会召开2024年工作总结 / 及2025年工作谋划务虚会 / the report
    (document,) = parse(
        "市总工会召开2024年工作总结\n及2025年工作谋划务虚会\n"
        "12月27日，市总工会召开务虚会，总结2024年工作，谋划2025年发展。机关各部门、产业工会参加会议。\n"
    ).documents
    assert document.title == "市总工会召开2024年工作总结及2025年工作谋划务虚会"
    assert (document.kind, document.year) == ("其他", 2024)


@pytest.mark.parametrize(
    "title, column",
    [
        ("【人医动态】我院圆满完成工会换届选举暨职工代表大会", "【人医动态】"),  # rw356
        ("【首都除夕护卫健康】暖心关爱,2023年佑安工会春节送温暖", None),  # rw289: the headline's own
        ("【护理】敬过往 爱当下 向未来!——大庆市中医医院召开护士长护理工作汇报会", None),  # rw389
        ("〖會員權益〗會員申訴處理流程及原則", "〖會員權益〗"),  # rw993: a site's tag in brackets no headline writes
        ("[新聞]竹縣中醫大表揚25護理師 送仙人掌", "[新聞]"),  # rw1072: square brackets, Traditional script
        ("[2023]年度工作总结", None),
    ],
)
def test_a_sites_column_in_brackets_before_a_headline_is_no_part_of_the_title(title, column):
    found = bracketed_column(title)
    assert (found.group() if found else None) == column


def test_a_headline_under_its_column_in_square_brackets_is_titled_without_it_and_the_line_goes():
    # rw1072: [新聞] 竹縣中醫大表揚25護理師 送仙人掌, the title model's pick; the page line is no paragraph left over
    document = parse_set_file("rw1072.txt").documents[0]
    assert document.title == "竹縣中醫大表揚25護理師 送仙人掌"
    assert not any("[新聞]" in block.text for block in document.blocks)


def test_a_headline_under_its_column_in_brackets_is_titled_without_it_by_the_rules():
    result = parse_file((FILES / "rw356.txt").read_bytes(), "rw356.txt", title_model=None)
    assert result.documents[0].title == "我院圆满完成工会换届选举暨职工代表大会"
    assert {d.text: d.reason for d in result.dropped}["【人医动态】"] == "网页栏目"


def test_a_menu_of_short_links_stays_one_line_each_and_the_headline_under_it_is_the_title():
    # rw383: a government site's menu, one link a line, over the headline of a party day's news item
    result = parse_set_file("rw383.txt")
    (document,) = result.documents
    assert document.title == "“圆圆甜甜庆元宵，党的关怀暖人心”主题党日活动"
    texts = [b.text for b in document.blocks] + [d.text for d in result.dropped]
    assert not any("政府信息公开指南政府信息公开制度" in text for text in texts)


def test_a_summary_and_plan_title_glued_to_a_text_that_opens_with_its_year_comes_apart():
    # rw192: a one-line page; the title names no unit of ORGANISATION_WORDS, its text opens with its year
    (document,) = parse(
        "基层党组织领导班子2023年工作总结暨2024年工作计划2023年,在市委、市政府的坚强领导下,党组坚持以习近平新时代中国特色"
        "社会主义思想为指导,高质量完成年初确定的各项目标任务,现将有关情况汇报如下:一、政治思想建设情况一是强化思想教育。"
    ).documents
    assert (document.title, document.kind, document.year) == (
        "基层党组织领导班子2023年工作总结暨2024年工作计划",
        "总结",
        2023,
    )
    assert document.blocks[0].text.startswith("2023年，在市委")


def test_a_short_headline_the_text_opens_by_naming_is_the_title_and_a_column_name_is_not():
    text = (
        "居委会作为社区管理和服务的重要机构，在居民生活中扮演着不可或缺的角色。它不仅负责传达政府政策。\n"
        "居委会的工作虽然平凡，但意义重大。"
    )
    # rw211: 居委会 / (its byline and teaser, dropped) / the text that opens with 居委会
    (document,) = parse("居委会\n发布日期:2025-03-10 05:56:17\n" + text).documents
    assert (document.title, document.title_source, document.kind) == ("居委会", "text", "其他")
    (document,) = parse("工作动态\n" + text).documents  # a column name the text does not name
    assert document.title_source == "file"
    # a plan's first heading named by its paragraph is no title: the plan has an outline
    (document,) = parse(
        "指导思想\n指导思想是以新时代中国特色社会主义思想为指导。\n一、加强组织建设\n建立健全组织。"
    ).documents
    assert document.title != "指导思想"


@pytest.mark.parametrize(
    "line, paragraph, named",
    [
        ("居委会", "导读 居委会作为社区管理和服务的重要机构，在居民生活中扮演着", True),  # rw211
        ("护理部召开护士长工作会议", "近期，护理部召开护士长工作会议，院领导参加会议并作了重要讲话", True),  # rw218
        # rw337: a column's name the text's subject ends with (工会年度工作计划) is not what the text names
        ("工作计划", "工会年度工作计划是指工会为了更好地服务于职工，推动企业和组织的发展", False),
    ],
)
def test_a_line_the_text_names_whole_is_told_from_the_end_of_a_longer_name(line, paragraph, named):
    assert named_whole(line, paragraph) is named


def test_a_headline_the_page_repeats_over_a_paragraph_with_a_sum_is_the_title():
    # rw216: 文体活动 / the headline twice / a report that gives a sum (2.28万余元), which is no byline stamp
    (document,) = parse_set_file("rw216.txt").documents
    assert (document.title, document.title_source) == ("工会走访慰问劳模及困难职工", "text")
    assert paragraph_after(["标题", "春节前夕，工会主席带领干部送去了2.28万余元慰问金及慰问品。" * 3], 0) == 1
    assert paragraph_after(["标题", "2024-01-29 工人日报", "春节前夕，工会主席带领干部送去慰问金。" * 3], 0) == 2


def test_a_bracketed_title_with_a_sites_suffix_glued_to_its_text_is_the_title():
    # rw222: 【…总结范文参考】 glued to the first sentence; the model must not take the sentence for a site's notice
    text = (
        "【社区服务活动总结范文参考】在过去的几个月中，我社区积极响应上级号召，组织开展了多次形式多样的社区服务活动。"
        "这些活动增强了居民之间的凝聚力。\n一、活动概述\n本次社区服务活动主要围绕“共建和谐家园”主题展开。\n"
    )
    (document,) = parse(text).documents
    assert document.title == "社区服务活动总结范文参考" and document.kind == "总结"
    assert "在过去的几个月中" in all_text(parse(text))
    assert not judged("【社区服务活动总结范文参考】在过去的几个月中，我社区积极响应上级号召。", True)
    # rw627: a title in book-title marks with its subtitle after a colon (scored .88 held out and held the junk threshold
    # at .90); a collection's title in them is the page's all the same
    assert not judged("《社区新时代文明实践站半年工作总结：点亮文明之光，共建和谐社区》", False)
    assert judged("《乡镇工会个人工作总结范文（汇总五篇）》", False)


def test_a_headline_with_the_texts_own_sum_over_a_short_first_sentence_is_the_title():
    # rw234: 35万人次 is the text's sum, no view count; the report opens with one short sentence
    text = (
        "河南许昌2025年劳动和技能竞赛将覆盖职工35万人次\n3月11日上午，河南省许昌市总工会召开七届三次全委会议。\n"
        "2025年许昌市总工会将着力实施“六大工程”，努力在推动许昌发展中贡献工会智慧和力量。\n"
    )
    (document,) = parse(text).documents
    assert document.title == "河南许昌2025年劳动和技能竞赛将覆盖职工35万人次"
    assert reads_as_headline(
        "河南许昌2025年劳动和技能竞赛将覆盖职工35万人次", "3月11日上午，许昌市总工会召开全委会议。"
    )
    assert not reads_as_headline("2024-01-29 工人日报 1.2万", "3月11日上午，许昌市总工会召开全委会议。")


def test_a_clause_framed_by_zai_that_names_a_summary_is_no_title_glued_to_its_text():
    # rw260: 在听取…工作总结及…工作思路后，… is the sentence's frame, not a title glued to the text; the report's first
    # sentence above it was dropped as the preamble of that false title
    (document,) = parse_set_file("rw260.txt").documents
    assert document.title_source == "file"
    assert [b.text[:6] for b in document.blocks[:2]] == ["12月24日", "在听取区总工"]


def test_a_headline_the_rules_miss_is_the_title_the_shipped_model_takes_on_import(tmp_path):
    # rw682: the page's headline over its post's stamp and a second headline (补选吴海汇为…主席) over the report: the rules
    # alone title the document by the file's name. The shipped title model (nlp/data/title_model.json) takes the headline
    # in parse_file by default and in an import into a library. (rw168, rw216, rw198 and then rw321, the same shape, were
    # this test's files until the rules took their headlines themselves: rw198's in round 16, once the casino's brand over
    # it, K8凯发（中国）天生赢家·一触即发, went as one: docs/benchmarks.md, rounds 14 to 16; rw321's in round 18, once the
    # site's path over it, 首页医学教育校园动态…, no longer wrapped into it.)
    data, annotated = (FILES / "rw682.txt").read_bytes(), annotation("rw682.txt")["documents"][0]
    assert parse_file(data, "rw682.txt", title_model=None).documents[0].title == "rw682"
    # (titles compared as the scorer compares them, without punctuation)
    (document,) = parse_file(data, "rw682.txt").documents
    assert (bare(document.title), document.title_source, document.kind) == (
        bare(annotated["title"]),
        "text",
        annotated["kind"],
    )
    assert document.blocks[0].text == "补选吴海汇为市总工会第十四届委员会主席"
    with Library(tmp_path / "lib.sqlite3") as library:
        assert import_file(library, data, "rw682.txt").ok
        assert [bare(d.title) for d in library.documents()] == [bare(annotated["title"])]


def test_a_collections_name_opening_its_lines_is_no_sites_stamp():
    # rw463 (more15b's fresh page): 小学工会年度工作计划 opens the collection's title twice, a line glued to its first
    # heading and its first item's title (…篇1): a phrase that opens lines and stands before 一、 once, as a site's name
    # stamped on lines does (rw300's 学习啦在线学习网), but a document's title is no site's name
    (document,) = parse_set_file("rw463.txt").documents
    assert document.title == "小学工会年度工作计划篇1"


@pytest.mark.parametrize(
    "stem, title",
    [
        ("rw275", "幼儿园年终工作总结范文（篇1）"),  # not the collection's 幼儿园年终工作总结范文(模板6篇) above it
        ("rw277", "集团工会年度活动计划表篇一"),  # not 最新集团工会年度活动计划表(五篇)
        ("rw223", "小学工会工作总结报告(学校工会年度工作总结)"),  # a tail in parentheses, no text glued to it
        (
            "rw1710",
            "社区垃圾分类工作计划第一季度到第四季度篇一",
        ),  # what runs on after the genre to the item's label, no text
        ("rw1707", "北區街坊節與衆同樂"),  # the headline twice under a job site's empty field (職位類型:), which goes
        ("rw213", "2025醫(yī)院工會組織建設與目標計劃"),  # without the preview's page label _第1頁
        ("rw253", "公司召開二屆二次職工(工會會員)代表大會"),  # the view count 3445 under it is no part of it
        ("rw264", "庆三八节,我院举行投篮游戏活动"),  # a news headline of two clauses
        ("rw257", "學生黨支部建設-淺析方法"),  # 第一篇：…: an item's label announces its title, whatever it names
        # the text's own line glued to the text, a space between, under the site's 2020年… headline (README title, round 31)
        ("rw228", "企业工会的工作总结优秀范文"),
        ("rw702", "2022幼儿园秋季工作计划(精选)篇1"),  # the site's grade between the genre and the item's label
        (
            "rw697",
            "【5.12国际护士节】深入一线送祝福,临床颁奖暖人心",
        ),  # over the post's stamp, not the poem's first line
    ],
)
def test_a_documents_own_title_line_as_written(stem, title):
    """An item's title with its 篇 label over the collection's; a title line whole with its tail, without the page's
    page label or view count; a two-clause headline over its news item."""
    document = _parsed(stem)[0]
    assert bare(document.title) == bare(title) and document.title_source == "text"


def test_an_event_plan_takes_its_title_in_brackets_and_the_year_of_its_event_time():
    """rw272: 【九九重阳节活动方案】 glued to its text is the title; its year is its 活动时间's (2025年10月13日)."""
    (document,) = _parsed("rw272")
    assert (document.title, document.kind, document.year) == ("九九重阳节活动方案", "计划", 2025)


def test_a_genre_name_that_is_its_sentences_subject_is_no_title_glued_to_a_text():
    # a fresh page's (more14b): an explainer's 社区工作报告通常包括以下几个部分： is one sentence; a glued title still parts
    assert GLUED_TITLE.match("📝社区工作报告通常包括以下几个部分：前言、工作概述。") is None
    glued = GLUED_TITLE.match("2024年医院工会工作总结今年以来，在院党委的领导下，我院工会紧紧围绕中心工作。")
    assert glued is not None and glued.group("title") == "2024年医院工会工作总结"
    text = "什么是社区工作报告？\n社区工作报告通常包括以下几个部分：\n前言：简要介绍报告的目的、范围和撰写背景。\n"
    assert "社区工作报告通常包括以下几个部分：" in all_text(parse(text))


@pytest.mark.parametrize(
    "furniture",
    [
        # rw341: a menu of links parted by bars (round 31's retrain took it at threshold .15 while ``menu`` also counted a
        # headline a table set between bars: gen32t's ``is_menu``; needs the title model retrained)
        "公众版|医院版|英文版|返回引导页",
        "医院动态",  # a site's column, named by what it lists
    ],
)
def test_a_pages_menu_or_column_over_an_untitled_news_item_is_not_its_title(furniture):
    text = (
        "日前，医院成立11个分工会，并通过民主选举，各分工会选出委员、主席。\n"
        "今后，各分工会将在医院党委及医院工会领导下，在协助医院做好工作的同时，维护职工权益。\n"
    )
    (document,) = parse(f"{furniture}\n{text}", "rw341.txt").documents
    assert document.title_source == "file"


def test_gen32t_a_menu_names_two_links_between_bars_a_headline_between_bars_is_one():
    """gen32t: the title model's ``menu`` feature counts a menu of links parted by bars (rw341, rw1461), not a headline a
    page's table set between bars (rw1045, its title): counted one, it held the feature's weight at -0.14."""
    assert is_menu("公众版|医院版|英文版|返回引导页")
    assert is_menu("首页 | 党建文化 | 职工园地")
    assert not is_menu("| 川煤华荣能源柏林煤矿工会开展采煤掘进劳动竞赛 | || |")
    assert _parsed("rw1045")[0].title == "川煤华荣能源柏林煤矿工会开展采煤掘进劳动竞赛"


def test_a_bulletins_issue_number_before_a_headline_is_the_pages():
    # rw342: 【2023第109期】 glued before the headline; the item reports a meeting of 11月21日 and the year's work ahead
    text = (
        "【2023第109期】新乡县总工会学习贯彻全市“县级工会加强年”观摩交流会议精神\n"
        "11月21日下午，新乡县总工会召开专题会议，传达学习了全市“县级工会加强年”观摩交流会议精神。\n"
    )
    result = parse(text)
    assert [d.title for d in result.documents] == ["新乡县总工会学习贯彻全市“县级工会加强年”观摩交流会议精神"]
    assert ("【2023第109期】", "页码/页眉") in [(d.text, d.reason) for d in result.dropped]


def test_a_notices_title_with_its_addressees_after_a_space_is_the_title_over_them():
    # rw834: …活動的通知 各鄉鎮婦聯、縣直婦委會: on one line, then the notice's text
    text = (
        "汶上縣關于舉辦紀念“三八”國際勞動婦女節102周年活動的通知 各鄉鎮婦聯、縣直婦委會:\n"
        "今年是“三八”國際勞動婦女節102周年,是實施“十二五”規劃承上啟下的重要一年。現將有關事宜通知如下:\n"
    )
    (document,) = parse(text).documents
    assert document.title == "汶上縣關于舉辦紀念“三八”國際勞動婦女節102周年活動的通知"
    assert document.blocks[0].text == "各鄉鎮婦聯、縣直婦委會："


def test_a_breadcrumb_over_a_headline_is_never_the_title():
    # rw480: the page's path to the text (中國共產(chǎn)黨新聞網(wǎng)>>中國工會新聞>>工會資料, in Traditional with pinyin
    # glosses) stands where a title would; the notice's headline under it is the title
    (document,) = parse_file((FILES / "rw480.txt").read_bytes(), "rw480.txt").documents
    assert bare(document.title) == bare(annotation("rw480.txt")["documents"][0]["title"])
    assert document.kind == "其他"


def test_a_kicker_over_a_news_headline_is_the_title_with_it():
    # rw1502 (fix22d): the page's stamp and buttons, then a kicker of parallel phrases over the headline: one title
    text = (
        "出版日期:2017年12月25日 星期一  今日天气:\n"
        "上一篇  下一篇\n"
        "巾帼新气象 建功新时代\n"
        "我院妇委会换届选举暨第五届妇女代表大会顺利召开\n"
        "12月14日中午,我院妇委会换届选举暨第五届妇女代表大会在8号楼阶梯会议室隆重召开。"
        "本次大会是在全院深入学习贯彻党的十九大精神重要时刻召开的一次全院妇女的盛会。\n"
        "大会以无记名投票方式差额选举了许瑛、万晓青、沈炯、虞萍、阮春燕、刘彩霞、朱小芳为新一届妇委会委员。\n"
    )
    (document,) = parse(text, "rw1502.txt").documents
    assert document.title == "巾帼新气象 建功新时代 我院妇委会换届选举暨第五届妇女代表大会顺利召开"
    assert not any("出版日期" in block.text for block in document.blocks)


def test_a_headline_over_its_dashed_sub_headline_is_the_title_with_it():
    # rw474: 吐故纳新 再展宏图, then ----… under it: one title (the README's rule from round 18), the meeting it names
    # the document's kind and year
    text = (
        "吐故纳新 再展宏图\n"
        "----中山市人民医院召开2010年护理工作总结大会\n"
        "2011年1月17日下午,2010年度护理工作总结大会在我院行政办公楼C座2楼会议室隆重召开。"
        "医院党委书记、院长余元龙及主管院长袁勇亲临会议现场。\n"
        "护理部王欣副主任对2010年护理教学、科研工作进行总结,对2011年工作进行安排。\n"
    )
    (document,) = parse(text, "rw474.txt").documents
    assert document.title == "吐故纳新 再展宏图----中山市人民医院召开2010年护理工作总结大会"
    assert (document.kind, document.year) == ("其他", 2010)


def test_a_reports_title_glued_to_its_address_is_the_title():
    # rw415: the whole page on one line, the title (a 工作报告 with its theme after a colon) glued to 各位委员,同志们:
    text = (
        "工会2022年度工作报告:深入学习贯彻党的二十大精神发挥工会组织作用助推新区开发开放各位委员,同志们:"
        "根据会议安排,受XX新区总工会第一届常务委员会委托,我向全委会报告工作,请予审议。一、2022年主要工作"
    )
    (document,) = parse(text, "rw415.txt").documents
    assert document.title == "工会2022年度工作报告：深入学习贯彻党的二十大精神发挥工会组织作用助推新区开发开放"
    assert document.blocks[0].text.startswith("各位委员")
    assert document.kind == "其他"
    # rw719: a headline of clauses over its dashed sub-headline, the speaker's name, then the address, on one line; the
    # speaker is a line of its own, no part of the title
    (document,) = _parsed("rw719")
    assert bare(document.title) == bare(
        "凝心聚力,服务大局,为学校新一轮发展作贡献——华东师范大学第七届教代会暨第十三次工会委员会工作报告"
    )
    assert document.blocks[0].text == "梅兵" and document.blocks[1].text.startswith("各位代表")
    assert document.kind == "其他"


# rw411: 標題: before the title line, the site's count of its texts of that name (2篇) and a bar after it; rw303: a
# headline glued to its post's date field and the text (…會議發(fā)表時間:2025-03-28 18:20 3月28日，…); rw343: the same
# under a column's label (基层组织), the text found from the paragraph after the label; rw632: 标题: before the title the
# rules take (a government page's table of fields); rw620: a document site's name for the file (05医院工会工作总结-最新范文)
# under the text's own title; rw638 (.docx): the file's name (开展主题党日活动方案.docx) and that name again over the title;
# rw621: the unit's name on the line over a title that opens with what the unit did, one title
@pytest.mark.parametrize(
    "name", ["rw411.txt", "rw303.txt", "rw343.txt", "rw632.txt", "rw620.txt", "rw638.docx", "rw621.txt"]
)
def test_a_pages_fields_around_the_title_line_are_no_part_of_the_title(name):
    (document,) = parse_file((FILES / name).read_bytes(), name).documents
    assert bare(document.title) == bare(annotation(name)["documents"][0]["title"])


def test_a_title_glued_to_its_text_is_never_cut_inside_a_pinyin_gloss():
    # rw543: a Traditional page with a mirror's glosses (區(qū), 計(jì)劃); the cut after the title's genre word counts a gloss
    # as no length, and its bracket is none of the title's characters
    text = (
        "社區(qū)2014年度工作計(jì)劃近年來,在市、區(qū)和街道三級(jí)黨政部門的正確領(lǐng)導(dǎo)下,社區(qū)黨總支以黨的十八大與十八屆三中全會(huì)"
        "精神為指導(dǎo),立足科學(xué)發(fā)展觀,全力構(gòu)建機(jī)制健全、管理規(guī)范的新型社區(qū)。\n1、建立建全領(lǐng)導(dǎo)機(jī)制\n社區(qū)高度重視文明社區(qū)創(chuàng)建工作。"
    )
    (document,) = parse(text).documents
    assert (document.title, document.kind, document.year) == ("社區(qū)2014年度工作計(jì)劃", "计划", 2014)
    assert document.blocks[0].text.startswith("近年來")


def test_a_headline_glued_to_its_text_by_a_space_is_the_title_and_a_sentences_head_is_not():
    # rw391: the page on one line, its headline a phrase of words before the first space; a text whose first sentence
    # runs to a space (rw009: its head has commas) gives no title from its head
    (document,) = parse_file((FILES / "rw391.txt").read_bytes(), "rw391.txt").documents
    assert document.title == "2022年护士长暨专科学组述职汇报会"
    assert document.blocks[0].text.startswith("回首来路")
    assert HEAD_BEFORE_SPACE.match("xx年职工医院工会工作在集团公司工会的指导下,在医院党政领导的关怀下 一是") is None


@pytest.mark.parametrize(
    "line, title",
    [
        # rw303: a headline glued to its post's date field and the text, glossed
        (
            "平發(fā)集團(tuán)工會召開全委(擴(kuò)大)會議發(fā)表時間:2025-03-28 18:20 3月28日,",
            "平發(fā)集團(tuán)工會召開全委(擴(kuò)大)會議",
        ),
        (
            "农工党太原市第三人民医院支部召开工作部署会议发布时间:2023-04-18  来源:本站",
            "农工党太原市第三人民医院支部召开工作部署会议",
        ),
        # rw354: the field after a space
        ("金汇镇总工会召开四届二次全委会 发布时间:2022年12月15日", "金汇镇总工会召开四届二次全委会"),
        # rw320: a line of fields stays one, and so does one whose field follows another after a space
        ("來源:鹽田區(qū)總工會發(fā)布時間:2025-02-18", "來源:鹽田區(qū)總工會發(fā)布時間:2025-02-18"),
        ("来源:工会离退办 发布时间:2023-04-18", "来源:工会离退办 发布时间:2023-04-18"),
    ],
)
def test_a_posts_date_field_glued_after_its_headline_is_no_part_of_the_title(line, title):
    assert DATE_FIELD_AFTER_TITLE.sub(r"\1", line) == title


def test_a_sentence_naming_a_report_in_book_title_marks_is_no_title_glued_to_its_text():
    # rw596 (more17, fresh): 会议审议通过了《学校工作报告》… was cut at 《 into a title and its text, and the news item's
    # first three lines above it dropped as the page's preamble (three keep snippets lost)
    assert GLUED_TITLE.match("会议审议通过了《学校工作报告》《财经工作报告》《工会经费审查报告》等。") is None
    raw = (FILES / "rw596.txt").read_bytes()
    result = parse_file(raw, "rw596.txt")
    text = all_text(result)
    for sentence in ("加强教代会制度化、规范化", "校长李莉作《2021年度学校工作报告》", "《财经工作报告》"):
        assert sentence in text
    assert not [line.text for line in result.dropped if "教职工" in line.text]
    # its headline closed with a full stop (…第一届二次教职工代表大会召开。) reads as a headline to the title model all the
    # same: the retrain on the 724 had left it under the threshold (.246 against .30)
    assert result.documents[0].title == "九华和平科大小学第一届二次教职工代表大会召开。"


def test_a_headline_glued_before_a_dateline_is_the_title_and_the_dateline_the_pages():
    # rw1703: 平昌县元沱小学庆祝“三八妇女节”教育文摘周报3月9日四川讯 在这个春暖花开的日子里,… on one line: the lead starts after the
    # headline's closing quote, which no tag, credit or source has
    page = "平昌县元沱小学庆祝“三八妇女节”教育文摘周报3月9日四川讯 在这个春暖花开的日子里,我们又迎来了一年一度的“三八妇女节”。"
    assert glued_lead_of(page) == "教育文摘周报3月9日四川讯"
    (document,) = parse_set_file("rw1703.txt").documents
    assert document.title == "平昌县元沱小学庆祝“三八妇女节”"
    assert document.blocks[0].text.startswith("在这个春暖花开的日子里")


def test_a_headline_over_its_dashed_sub_headline_is_one_title_by_the_rules():
    # rw609 (more17, fresh): the rules took the sub-headline for the title and dropped the headline as a preamble
    data = (FILES / "rw609.txt").read_bytes()
    document = parse_file(data, "rw609.txt", title_model=None).documents[0]
    assert document.title.startswith("推进“一融双高”发展，助力基层党建创新")
    assert document.title.endswith("组织部党支部2022年立项活动方案")
    assert (document.kind, document.year) == ("计划", 2022)
    # a sub-headline under a sentence of the text is no part of a title
    text = "近日，工会召开了全体委员会议。\n——记综合党支部4月组织生活会\n" + REPORT
    untitled = parse_file(text.encode("utf-8"), "page.txt", title_model=None).documents
    assert [d.title for d in untitled] == ["page"]


def test_a_line_the_rules_call_the_pages_is_no_title_candidate():
    # rw595 and rw589 (more17, fresh): the title model took a paper's credit line over the headline, or for an
    # untitled news item; the rules drop such lines, so the model is never offered them
    for stem, credit in (("rw595", "記者呂胤甫/綜合報導"), ("rw589", "□晚报记者 王冬霞 文/图")):
        result = parse_file((FILES / f"{stem}.txt").read_bytes(), f"{stem}.txt")
        assert all(credit not in d.title for d in result.documents)
        assert credit in [line.text for line in result.dropped]


def test_an_items_title_with_its_label_in_corner_brackets_is_the_documents_title():
    # rw1077: 幼儿园工会下半年工作计划 『范文1』 over 一、指导思想 (dropped by the junk model for its 范文, the item untitled)
    document = parse_set_file("rw1077.txt").documents[0]
    assert (bare(document.title), document.kind) == ("幼儿园工会下半年工作计划范文1", "计划")


def test_a_collection_items_title_with_a_label_after_its_number_or_glued_to_its_first_entry_is_the_documents_title():
    # rw514: 工会工作制度 (the page's title), the collection's introduction, then 工会工作制度范文第1篇 over its text
    (document,) = parse_set_file("rw514.txt").documents
    assert document.title == "工会工作制度范文第1篇"
    # rw819: the collection's title, its introduction, then each item's title and number glued to its first entry
    # (社区中秋节活动方案1一、活动目的, … 社区中秋节活动方案15一、活动背景)
    first, second = parse_set_file("rw819.txt").documents
    assert (first.title, second.title) == ("社区中秋节活动方案1", "社区中秋节活动方案15")
    assert [first.blocks[0].text, second.blocks[0].text] == ["活动目的", "活动背景"]


def test_a_caption_of_someone_presenting_a_summary_is_no_title():
    # rw390: 赵楠作2023年度内科片区护理工作总结, a picture's caption inside the news of the meeting, opened a second document
    documents = _parsed("rw390")
    assert len(documents) == 1
    assert "赵楠作2023年度内科片区护理工作总结" in "".join(b.text for b in documents[0].blocks)


def test_a_pasted_lines_sentence_rest_naming_a_report_is_no_title():
    # rw357 (.docx, pasted line by line at one width): …工会会员王梓叶代表第五届工会委员会做了题为 / 《紧抓公立医院改革契机
    # 建设新型医院工会组织》的工作报告 opened a second document
    assert len(_parsed("rw357")) == 1


def test_a_sites_menu_is_never_joined_to_the_headline_under_it():
    # rw321: 首页医学教育校园动态北京大学医学部 over 人民医院医院工会召开会议布置近期工作: the rules take the headline
    result = parse_file((FILES / "rw321.txt").read_bytes(), "rw321.txt", title_model=None)
    assert result.documents[0].title == "人民医院医院工会召开会议布置近期工作"
    assert "首页医学教育" not in all_text(result)


def test_a_spammers_keywords_parted_by_underscores_are_no_headline():
    # rw334: a hijacked page's title of keywords over the hospital's headline: judged by the junk model, never the title
    spam = "中文字幕少妇潮喷_香蕉视频青青久久久_在线v片免费观看视频_亚洲成眠在线观看毛卡片"
    assert not reads_as_headline(spam, "總醫院召開2020年優秀協會評審會" + REPORT)
    assert reads_as_headline("總醫院召開2020年優秀協會評審會", REPORT)
    result = parse_file((FILES / "rw334.txt").read_bytes(), "rw334.txt")
    assert "香蕉视频" not in result.documents[0].title


@pytest.mark.parametrize(
    ("name", "collection"),
    [("rw298.txt", "学校工会工作计划2024小学15篇"), ("rw410.txt", "2020年幼儿园工会工作计划【三篇】")],
)
def test_a_page_line_counting_a_collections_items_is_no_title_candidate(name, collection):
    # the junk model drops the collection's title (rw298) or the rules split it off (rw410); the title model never takes it
    # back from the page's lines
    first = parse_file((FILES / name).read_bytes(), name).documents[0]
    assert first.title != collection and collection not in "".join(b.text for b in first.blocks)


def test_a_menus_links_the_model_keeps_stay_lines_of_their_own():
    # rw383: five links of a government site's menu; the model took three, and the two left were glued into one line
    # the title model took for the headline
    (document,) = parse_set_file("rw383.txt").documents
    assert document.title == "“圆圆甜甜庆元宵，党的关怀暖人心”主题党日活动"


# the sub-headline's dash as the page writes it: two (a .txt's markdown bullet rule no longer takes one, fix27c)
@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("rw653.txt", "履職？做好職工代言人——我院召開年度首次職工代表大會"),  # a news sub-headline, no title line
        (
            "rw670.txt",
            "求真务实 开创民进工作新局面——民进荆州区总支2012年工作总结",
        ),  # the junk model had dropped the headline
        (
            "rw609.txt",
            "推进“一融双高”发展，助力基层党建创新——组织部党支部2022年立项活动方案",
        ),  # the model took the sub-headline
    ],
)
def test_a_headline_over_any_dashed_sub_headline_is_one_title_with_the_model_too(name, title):
    (document,) = parse_set_file(name).documents
    assert document.title == title


def test_what_is_no_headline_over_a_sub_headline():
    assert is_headline_over_sub_headline("求真务实 开创民进工作新局面", "——民进荆州区总支2012年工作总结")
    assert not is_headline_over_sub_headline("不忘初心 改革进取 凝心聚力", "——")  # rw666: a dash alone
    assert not is_headline_over_sub_headline("近日，工会召开了全体委员会议。", "——记综合党支部4月组织生活会")
    assert not is_headline_over_sub_headline("一、加强组织建设", "——记综合党支部4月组织生活会")
    # the junk model does not judge such a headline (rw670's scored .91 as a line before the text)
    lines = [["求真务实 开创民进工作新局面"], ["—民进荆州区总支2012年工作总结"], [REPORT]]
    assert judged_contexts(lines)[0] == [None]


def test_a_sites_menu_row_over_the_headline_neither_hides_it_nor_stays():
    # rw675 (.docx): 乡镇(街道)分站: 苏湾镇 栏杆集镇 … over the headline; the title had fallen to the file's name
    (document,) = parse_set_file("rw675.docx").documents
    assert document.title == "市总工会召开六届二次全委（扩大）会议[图]"
    assert all("苏湾镇" not in block.text for block in document.blocks)
    assert MENU_ROW.match("乡镇（街道）分站：苏湾镇 栏杆集镇 柘皋镇 庙岗镇 夏阁镇")
    assert not MENU_ROW.match("求真务实 开创民进工作新局面")
    assert not MENU_ROW.match("参加人员：张三 李四 王五 赵六，共四人。")
    # rw640: a Taiwanese union's menu one link a line, its sub-items bulleted with brackets and 、 (• 產投計畫(三年十萬),
    # • 勞教、座談會、講座), over the headline: the menu went but for those, and one of them became the title
    result = parse_set_file("rw640.txt")
    assert result.documents[0].title == "市府與工會攜手同行 共築幸福樂業台中"
    assert "產投計畫" not in all_text(result) and "勞教、座談會" not in all_text(result)


def test_a_news_headline_glued_to_its_dated_lead_is_the_title():
    # rw656: a page on one line, the headline glued to 5 月 5 日,经开区总工会在 602 会议室召开工作会议…
    (document,) = parse_set_file("rw656.txt").documents
    assert document.title == "长春经济技术开发区总工会召开“两街一镇”工会工作部署会议"
    assert document.blocks[0].text.startswith("5月5日，经开区总工会")
    # a sentence that ends in a meeting before a date is no headline (its comma)
    assert not GLUED_HEADLINE.match(
        "会上，全体委员参加了本次会议5月5日，经开区总工会在602会议室召开工作会议，对工作进行了部署。"
    )


def test_the_rules_take_a_headline_with_a_days_dot_and_no_spam_over_it():
    assert parse_file((FILES / "rw672.txt").read_bytes(), "rw672.txt", title_model=None).documents[0].title == (
        "我校举办庆祝5.12国际护士节活动暨第八届护士加冕仪式"
    )
    spam = "中文字幕少妇潮喷_香蕉视频青青久久久_在线v片免费观看视频_亚洲成眠在线观看毛卡片"
    (document,) = parse_set_file("rw334.txt").documents
    assert bare(document.title) == bare(annotation("rw334.txt")["documents"][0]["title"])
    assert spam in [line.text for line in parse_set_file("rw334.txt").dropped]


def test_a_collections_title_is_never_the_models_candidate_for_an_items_title():
    # rw298 (学校工会工作计划2024小学15篇) and rw410 (2020年幼儿园工会工作计划【三篇】): the collection's title straight over
    # the first item's text; the rules leave the item untitled, the model had taken the page's collection title
    for name, collection in (
        ("rw298.txt", "学校工会工作计划2024小学15篇"),
        ("rw410.txt", "2020年幼儿园工会工作计划【三篇】"),
    ):
        result = parse_set_file(name)
        assert result.documents[0].title_source == "file"
        assert collection not in [b.text for b in result.documents[0].blocks]
    assert counts_a_collection("2023工会工作开展情况汇报【7篇】")
    assert not counts_a_collection("社区居民委员工作总结报告(汇总17篇)篇一")  # rw325: an item's title, its label last


def test_a_line_without_a_chinese_word_is_never_a_title_candidate():
    # rw648: 客户专属热线 / 138-0888-4776 over a 七一 plan; the model took the hotline's number for the title (kind 其他)
    (document,) = parse_set_file("rw648.txt").documents
    assert (document.title_source, document.kind) == ("file", "计划")
    # a title spaced out a letter at a time is still Chinese (rw445)
    assert HAN_WORD.search("医院党建工作调研报告") and not HAN_WORD.search("1380888477")


def test_a_page_title_said_again_in_brackets_or_an_items_bare_number_leaves_the_title_to_the_text():
    # rw789: the page's title with itself in brackets, a byline, the headline (…工作总结汇报, a summary's genre) again: the
    # headline is the title, the outline starts under it; rw786: the collection's title, a promo, then the item's title
    # with its bare number glued to the first heading (2022年妇联工作计划1一、以教育培训为根本…): the item's title
    for name, title, first in (
        ("rw789.txt", "2022年村妇联工作总结汇报", (1, "工作回顾")),
        ("rw786.txt", "2022年妇联工作计划1", (1, "以教育培训为根本，进一步增强女性自身综合素质")),
    ):
        (document,) = parse_set_file(name).documents
        assert document.title == title
        assert (document.blocks[0].type, document.blocks[0].level, document.blocks[0].text) == ("heading", *first)


def test_a_page_title_naming_its_column_then_the_headline_under_it_is_the_pages():
    # rw757: 社區日曆-香和社區-重陽敬老聯歡活動 over 香和社區 重陽敬老聯歡活動 (blank lines between) over the report
    result = parse_set_file("rw757.txt")
    (document,) = result.documents
    assert document.title == "香和社區 重陽敬老聯歡活動"
    assert "社區日曆" not in all_text(result)


def test_a_few_words_between_the_headline_and_the_first_sentence_are_no_word_broken_off_it():
    # rw730: the account's name 西岗卫生健康 under the headline had been glued to it as a broken-off word
    (document,) = parse_set_file("rw730.txt").documents
    assert document.title == "【国际劳动妇女节】西岗区卫生健康系统开展纪念“三八”国际劳动妇女节主题活动"
    # rw1704: a caption's clause under the headline, though the dictionary lists the pair across the break (会填), reads a
    # word on each side (教代会 / 填写): no word broken off the headline
    (document,) = parse_set_file("rw1704.txt").documents
    assert document.title == "潢川县来龙中学召开2022年第一次教代会"
    # a word broken off the headline still joins it (test_a_word_broken_off_its_line_is_still_joined_to_it)


def test_a_sites_english_question_about_its_topic_leaves_the_topic_as_the_headline():
    # rw727: What do you know about 臺北市社區組織培力計畫? over the plan: the title and the kind (a question was 其他)
    (document,) = parse_set_file("rw727.txt").documents
    assert (document.title, document.kind) == ("臺北市社區組織培力計畫", "计划")
    kept, dropped = clean_lines([Line("What do you know about 臺北市社區組織培力計畫?"), Line(REPORT)], model=False)
    assert kept[0].text == "臺北市社區組織培力計畫" and "What do you know about ？" in [d.text for d in dropped]
    # a Latin word or two before a Chinese question stays (PDCA循环怎么用？)
    assert clean_lines([Line("PDCA 循环怎么用？"), Line(REPORT)], model=False)[0][0].text.startswith("PDCA")


def test_a_headline_glued_after_a_captions_photographer_credit_is_the_title():
    # rw830: the last of six 圖說: captions runs into the headline (…人間社記者李雪麗攝均頭奉茶敬師 秋夜同樂)
    (document,) = _parsed("rw830")
    assert document.title == "均頭奉茶敬師 秋夜同樂"
    assert not any(b.text.startswith("圖說") for b in document.blocks)


def test_a_sites_columns_closed_by_bars_before_the_headline_are_the_pages():
    """rw938 (fix21c): 党群活动 | 城发工会 城载幸福 | before the headline (two columns); one column alone when it names one
    (要闻动态|, rw495; 护理资讯 |, rw390: their annotations had kept it in the title). A part before a bar that names no
    column is the headline's own."""
    # the headline as the page line or as the opening block gives it (cleaning writes its brackets full-width): its words
    assert bare(_parsed("rw938")[0].title) == bare("长沙城发集团召开2022年第一次集团工会委员会(扩大)会议")
    assert _parsed("rw495")[0].title == "市四医院开展2024年度优秀护士评选活动"
    assert bracketed_column("六届五次职代会工代会分团讨论 | 凝心聚力集智 共享美好未来(二)") is None  # rw580
    assert bracketed_column("【善美高新】南区社区|百姓有话题暨九九重阳睦邻会") is None  # rw447


def test_a_fanwen_sites_label_of_a_genre_is_no_title():
    # rw579: 工作计划范文 over the page's own 2018年机关工会工作计划(一): the site's label of the kind of page
    assert GENRE_LABEL.fullmatch("工作计划范文") and GENRE_LABEL.fullmatch("年终总结范例大全")
    assert not GENRE_LABEL.fullmatch("2018年机关工会工作计划")
    assert _parsed("rw579")[0].title == "2018年机关工会工作计划（一）"
    # rw596: its headline over a paragraph opening with a news dateline is its title, closed with a full stop or not
    assert _parsed("rw596")[0].title == "九华和平科大小学第一届二次教职工代表大会召开。"


def test_a_headlines_stamp_counter_caption_and_labels_leave_the_headline():
    """aud21y: a one-line page's day before a bracketed credit, a view counter glued to a headline, a caption with its
    photographers, an item's 【篇一】 label, a lone 导语 label, a forum's thread tools."""
    (strike,) = _page(
        "勞團抗議財團解雇工會會員 籲總統出面協助復職 2018-06-21 【外勞社記者黃秀娟六月廿一日臺北報導】桃園市產業總工會與台灣美光企業"
        "工會、佳福育樂企業工會及新北市產業總工會21日一同到蔡英文總統官邸,針對台灣美光公司及幸福球場兩大財團違法解雇工會成員一事,要求總統..."
    )
    assert strike.title == "勞團抗議財團解雇工會會員 籲總統出面協助復職"
    (festival,) = _page(
        "有所乐、有所为——我院开展丰富多彩的重阳节活动查看人次:834 发布日期:2022-10-05 4日是农历九月初九重阳节,今年的重阳节恰逢"
        "国庆长假,我院老干部党总支动员退休职工开展丰富多彩、喜庆祥和、有益身心的文体活动,让老年人感受到老有所乐、老有所为。"
    )
    assert festival.title == "有所乐、有所为——我院开展丰富多彩的重阳节活动"
    (item,) = _page(
        "幼儿园党建工作计划2022年范文十六篇\n\n【篇一】幼儿园党建工作计划2022年\n\n  坚持“三个代表”重要思想为指导,全面贯彻党的xx大"
        "精神,坚持用科学发展观引领全园中心工作。\n\n  (一)加强幼儿园的政治思想工作,努力实现教职工队伍政治修养和敬业精神的进一步提高。\n"
    )
    assert item.title == "幼儿园党建工作计划2022年"
    assert junk_reason("慰问现场。马宇兵 本报记者 白云峰摄") == "图片说明"
    assert junk_reason("导语") is not None
    assert junk_reason("主題工具 搜尋本主題 顯示模式") is not None
    # what stays: the caption's text as a sentence, a paper's 摘要 heading (rw346)
    assert junk_reason("送温暖活动重点慰问新就业劳动者、困难职工和一线职工等群体。") is None
    assert junk_reason("摘要") is None


def test_a_breadcrumb_that_names_the_headline_cuts_the_sites_head_above_it():
    """fix23c: rw1413's ticker of other posts and their days, its menu, above 首頁 » 肯定默默奉獻… over that headline; the
    news desk's name glued to the post's day under the headline goes too (its year was the document's)."""
    (document,) = _parsed("rw1413")
    assert document.title == "肯定默默奉獻 新北表揚傑出暨優良護理人員" and document.year is None
    texts = [b.text for b in document.blocks]
    assert not any("婚紗展" in t or "大台北地區" in t or "福爾摩沙編採中心" in t for t in texts)
    # a page with text above its breadcrumb keeps it
    page = (
        "为了丰富教职工文化生活，工会组织了本次活动。\n首页 » 工会组织教职工开展趣味运动会\n工会组织教职工开展趣味运动会\n"
        "本次运动会共有十二个项目，全体教职工踊跃参加。\n"
    )
    assert blocks_of(page)[0].text.startswith("为了丰富教职工文化生活")


def test_a_reprints_original_title_label_goes_from_its_title():
    """fix22a: 原标题:省总工会今年要做实十项重点工作 (rw1252): the title without its label."""
    assert _parsed("rw1252")[0].title == "省总工会今年要做实十项重点工作"


@pytest.mark.parametrize(
    "stem, title",
    [
        (
            "rw1535",
            "疫情下社區黨建軟硬件設施對比研究——以廣東省北江社區和廣西壯族自治區城東社區為例",
        ),  # under a book's card
        ("rw1559", "迎南社区：端午送粽子社区一家亲"),  # under a roundup's lead-in
    ],
)
def test_the_headline_under_a_sources_card_or_a_roundups_lead_in_is_the_title(stem, title):
    """fix22b: rw1535's 社區黨建工作高質量發展報告 / 劉海泉 秦淑娟主編 / 8908字 / 2024-12-23 17:53:27 is the book's card over the
    article's headline and its 作者: line; rw1559's …让我们一起看看山城人民是怎样过端午的 introduces the reports under it."""
    assert _parsed(stem)[0].title == title


def test_a_breadcrumbs_last_part_is_the_headline_when_the_page_gives_it_nowhere_else():
    """gen22t: rw662's page without its headline line (the breadcrumb 当前位置: 首页 > 新闻动态 > 我院举行迎“三八”女职工短跑比赛
    names it last, as pages of unseen sites do where the headline sits in a picture or was lost): the headline is found there;
    with the headline line too, it is taken there as before, and a breadcrumb ending on its column gives no title."""
    page = (FILES / "rw662.txt").read_text(encoding="utf-8").splitlines()
    headline = "我院举行迎“三八”女职工短跑比赛"
    without = "\n".join(line for line in page if line.strip() != headline) + "\n"
    assert parse(without).documents[0].title == headline
    assert parse_set_file("rw662.txt").documents[0].title == headline
    (document,) = parse("当前位置: 首页 > 新闻动态\n" + RW1255_LEAD).documents
    assert document.title_source == "file"


def test_a_page_line_cut_from_the_headline_the_text_gives_whole_is_no_title():
    """fix22d: rw1495's page title and breadcrumb both cut the headline after 重 (…浓浓敬老情”重), the text's own line gives it
    whole (…重阳节活动): the model took the cut copy. Without the whole line, the cut copy is still the title."""
    headline = "麻布社区党群服务中心开展“九九重阳节，浓浓敬老情”重阳节活动"
    assert parse_set_file("rw1495.txt").documents[0].title == headline
    page = (FILES / "rw1495.txt").read_text(encoding="utf-8").splitlines()
    without = "\n".join(line for line in page if not line.endswith("重阳节活动")) + "\n"
    assert parse(without).documents[0].title.endswith("浓浓敬老情”重")


def test_a_name_label_alone_over_a_laws_name_makes_it_the_title():
    """fix22d: a law database's page (rw1508): 法規名稱： alone over 工會法（民國111年11月30日修正）, the site's notices above
    it; the name is the title, the label and the notices the page's, the law's chapter its first heading."""
    result = parse_set_file("rw1508.txt")
    (document,) = result.documents
    assert (document.title, document.kind) == ("工會法（民國111年11月30日修正）", "其他")
    assert document.year is None  # the day the law was amended on: its history, no year of the page's
    assert (document.blocks[0].type, document.blocks[0].level, document.blocks[0].text) == ("heading", 1, "監督")
    assert not any("司法院網站" in block.text for block in document.blocks)


def test_a_parts_letter_before_the_title_is_no_word_of_it():
    """fix22d: rw1512's only title line opens on a part's letter (A. 关于…的建设内容): the model took the line, letter and all,
    and left it as the first block too."""
    (document,) = parse_set_file("rw1512.txt").documents
    assert document.title == "关于加强和改进城市社区居民委员会建设工作的意见的建设内容"
    assert "建设内容" not in document.blocks[0].text


@pytest.mark.parametrize(
    "stem, title, kind, year",
    [
        # 深圳市盐田区人民政府 over the headline over 来源:…发布时间:2025-09-09: the site's masthead, not the title
        ("rw1483", "盐田区各级工会开展“夏日送清凉”系列慰问活动", "其他", 2025),
        # the promo 下面就是小编给大家整理的县三八节表彰会领导讲话,仅供参考。 names the item 县三八节表彰会领导讲话(一):
        ("rw1476", "县三八节表彰会领导讲话(一)", "其他", None),
        # an untitled report: …由林西縣總工會主辦,大井子礦業承辦的“…”全縣電工技能比賽于2022年7月28日上午在…舉辦
        ("rw1458", "rw1458", "其他", 2022),
        # 为切实做好2018年“金秋助学”活动: the year of the event the text does (自2006年以来 is not)
        ("rw1475", "河东区总工会“金秋助学”活动入户发放首批助学金", "其他", 2018),
    ],
)
def test_fresh_sites_masthead_promo_named_item_event_with_organisers_and_event_year(stem, title, kind, year):
    """fix22c: a site's masthead over the headline over the post's stamp, an item named by the 范文 promo with its bracketed
    number, an event with its organisers held on its day (news), the year of the event a text says it does."""
    (document,) = _parsed(stem)
    assert (bare(document.title), document.kind, document.year) == (bare(title), kind, year)


def test_a_genre_presented_by_its_verb_is_a_sentence_not_a_title():
    """fix22c: rw1484's 全国妇联党组书记、副主席、书记处第一书记黄晓薇主持会议并作工作报告。 (作 the verb, 工作报告 its object) under
    the wire's report was a second document's title; a title that names the report stays one."""
    (document,) = _parsed("rw1484")
    assert document.title_source == "file"
    assert parse("2023年机关工会工作报告\n" + RW1255_LEAD).documents[0].title == "2023年机关工会工作报告"


def test_a_rules_adoption_dates_are_no_part_of_its_name():
    # rw1173 (ret22): …會員代表選舉辦法 / 103.09.15第一屆第二次理監事聯席會議通過 had been one block, the title the model took
    (document,) = _parsed("rw1173")
    assert document.title == "台灣高速鐵路股份有限公司企業工會會員代表選舉辦法"


def test_a_sites_motto_under_its_name_over_the_headline_and_its_stamp_is_the_mastheads():
    """fix23b: rw1612's 新闻中心 / 百年大计,教育为本;…的重要基石。 / 我运动 我健康 我快乐——学院工会… / 发布日期:…: the motto
    goes with the column's name, the headline is the title; the masthead rule leaves a sentence over a headline with no
    stamp under it to the title model (round 24's retrained model takes the headline there too, the lines above it the
    page's)."""
    (document,) = _parsed("rw1612")
    assert bare(document.title) == bare("我运动 我健康 我快乐——学院工会组织开展第一届教职工徒步走活动")
    assert not any("百年大计" in block.text for block in document.blocks)
    page = (
        "新闻中心\n百年大计，教育为本；教育大计，教师为本。\n我运动 我健康 我快乐——学院工会组织开展第一届教职工徒步走活动\n"
        "为深入学习党的二十大精神，推进健康中国建设，5月31日下午，学院工会组织举办教职工徒步走活动。"
    )
    assert "百年大计" in clean_text(page)
    assert "百年大计" not in clean_text(page.replace("活动\n为", "活动\n发布日期：2023-06-01\n为"))


def test_a_list_of_papers_its_lead_in_and_a_link_framed_in_stars_are_no_title_nor_slots():
    """fix23a (rw1436): the list's entry ending on 、下年度工作計畫 is no second document's title, its lead-in ending on 以下資料
    no headline, the link's prompt framed in *** (…請按此***) goes and its stars are no masked names."""
    (document,) = _parsed("rw1436")
    assert document.title == "如何籌組教師會？"
    texts = [block.text for block in document.blocks]
    assert "財報上年度決算.與下年度預算表下方需有職權核章、下年度工作計畫" in texts
    assert not any("請按此" in text for text in texts)
    assert not any(block.placeholders for block in document.blocks)
    assert junk_reason("***學校教師會籌組成立流程圖請按此***") == "网站栏目"
    assert find_placeholders("***學校教師會籌組成立流程圖請按此***") == ()
    # the explainer's question after the list, joined to it by reflow before, heads its answer
    assert any(block.type == "heading" and block.text == "為何要組教師工會？" for block in document.blocks)
    # three marks inside a sentence stay masks (rw928's place names)
    assert (
        len(
            find_placeholders(
                '制定《***2003-2007年女性人才发展规划实施意见》,与妇女发展理论研究会联手开展"***女性人才成长'
            )
        )
        == 2
    )


def test_an_excerpt_opening_on_an_entry_that_names_its_plan_is_titled_by_it():
    """fix23a (rw1419): (一) 教師專業發展-教師專業增能計畫 over 1.計畫目標 / (1)教師專業 and no (二): the plan's title, its
    sections level 1. A year of the Republic in brackets is no marker ((115)年度…方案, rw1011)."""
    (document,) = _parsed("rw1419")
    assert bare(document.title) == bare("教師專業發展-教師專業增能計畫")
    assert document.kind == "计划"
    levels = {b.text: b.level for b in document.blocks if b.type == "heading"}
    assert levels["計畫目標"] == 1 and levels["潛能激發"] == 2
    (rw1011,) = _parsed("rw1011")
    assert rw1011.title.startswith("(115)")


def test_a_title_written_twice_and_an_event_plans_labels_glued_to_their_prose():
    """fix23a (rw1424): the page's title, then its copy glued to the text, is the title once; 一、活动背景雷锋同志是… and
    二、活动主题及目标本次主题党日的主题为… are the plan's section labels glued to their paragraphs."""
    (document,) = _parsed("rw1424")
    assert document.title == "2025年3月“学雷锋做先锋见行动”主题党日活动方案范文"
    assert document.blocks[0].text.startswith("为深化党员干部")
    headings = [b.text for b in document.blocks if b.type == "heading"]
    assert headings[:2] == ["活动背景", "活动主题及目标"]


def test_fix23a_a_kicker_of_near_lengths_a_bylined_dateline_and_a_single_run_in_entry():
    """fix23a: rw1442's kicker of five and six characters is its headline's (the README's title); 本报讯 记者李国峰报道 goes
    before the lead; rw1444's 1、 alone under its (一), its first sentence over a paragraph of several, is a heading. A dot in a
    quoted name stays as the page wrote it (rw652), a wrapped sentence's dot is widened (rw215)."""
    (document,) = _parsed("rw1442")
    assert document.title.startswith("把问题清单 变成幸福清单")
    assert document.blocks[0].text.startswith("近日，杭州萧山区")
    # three phrases a character apart are a menu's links, judged as the page's (rw1595)
    assert not reads_as_slogan("公众入口 员工入口 返回引导页") and reads_as_slogan("把问题清单 变成幸福清单")
    (rw1444,) = _parsed("rw1444")
    assert any(b.type == "heading" and b.level == 3 and b.text.startswith("按照市委统一部署") for b in rw1444.blocks)
    assert "「迎香港回歸20周年.促工會發展再上台階」" in clean_text(
        "工聯會早前舉行「迎香港回歸20周年.促工會發展再上台階」啟動禮,共頒發超過50個獎項。"
    )
    assert clean_text_line(
        "我们要认真学习和领会党的十六大报告中关于建设社会主义政治文明的论述.加强对职工的教育和引导工"
    ) == ("我们要认真学习和领会党的十六大报告中关于建设社会主义政治文明的论述。加强对职工的教育和引导工")


def test_fix24a_headline_over_its_sub_headline_and_a_cited_meetings_year():
    """fix24a: rw1593's headline over its shorter sub-headline is the title (the sub-headline opens the text); a line of
    units over a headline of its length is no headline (rw1277); rw1590's journal issue between the stamp and the keywords
    is the card's, not a headline over its credits, so the page's headline titles it. rw1581's meeting cites 2022年全国两会,
    another body's: the year it sums up (2021) dates it; rw1565's 長治市2019慶“三八”婦女健身運動會 dates its report."""
    assert [d.title for d in _parsed("rw1277")] == ["第三届职工篮球联赛圆满落幕"]
    assert [(d.title, d.kind) for d in _parsed("rw1590")] == [("九九重阳节 浓浓敬老情", "其他")]
    assert [d.year for d in _parsed("rw1581")] == [2021]
    assert [d.year for d in _parsed("rw1565")] == [2019]


@pytest.mark.xfail(
    strict=True,
    reason="round 31's retrained title model weighs the sub-headline's place over the post's stamp (over_stamp) above "
    "the headline over it: rw1593 is a tune NEW of the retrain (docs/benchmarks.md, round 31)",
)
def test_fix24a_a_headline_over_its_undashed_sub_headline_is_the_title():
    """fix24a: rw1593's headline over its shorter sub-headline is the title (the sub-headline opens the text)."""
    (rw1593,) = _parsed("rw1593")
    assert rw1593.title == "【民生工程】县总工会开展2024年金秋助学活动"
    assert rw1593.blocks[0].text == "助困难职工子女圆上大学梦"


def test_gen25h_a_papers_headline_set_over_lines_above_its_dateline_is_one_title():
    """gen25h: a paper's own report (本报讯) under its headline set over two lines: rw1320's 北辰区…开展主题活动 / 为户外劳动者打造
    “清凉港湾” (a reporter's byline between it and 本报讯), rw1135's unit 西安市总工会 over 验收凤凰街社区工会职工书屋; a site's
    dateline (河工新闻网讯) over a web page's text joins nothing."""
    assert [d.title for d in _parsed("rw1320")] == ["北辰区果园新村街道总工会开展主题活动 为户外劳动者打造“清凉港湾”"]
    assert [d.title for d in _parsed("rw1135")] == ["西安市总工会验收凤凰街社区工会职工书屋"]
    assert [d.title for d in _parsed("rw1563")] == ["衡水市总170万元“关爱金”情暖职工"]
    # two lines of the headline the rules joined, the third under them (rw776)
    assert [d.title for d in _parsed("rw776")] == [
        "重温入党誓词 开展党员志愿活动 表彰先进飞云街道 “庆七一”活动丰富多彩"
    ]


def test_fix25a_a_line_that_opens_with_a_credits_role_is_no_headline():
    """fix25a: rw1672's 供稿、供圖、 編輯姜雨佳 under the headline, over the first paragraph, opens with a credit's role: the
    page's credit the model judges (and drops), never the headline of the paragraph under it."""
    (document,) = _parsed("rw1672")
    assert document.title == "遇見水長城·邂逅七彩秋景"
    assert not any("姜雨佳" in block.text for block in document.blocks)


def test_fix25a_a_titles_grade_word_after_its_genre():
    """fix25a: rw1658's title in brackets glued to its text ends in the site's grade word after its genre
    (【幼儿园教师节工会活动方案通用】在每年的9月10日，…): one title, the brackets its bounds, as …方案（通用） is."""
    assert _parsed("rw1658")[0].title == "幼儿园教师节工会活动方案通用"
    assert is_title_line("幼儿园教师节工会活动方案通用")
    assert not is_title_line("这套方案通用")


def test_a_short_line_twice_over_a_headline_is_the_column_name():
    """rw1792's 工会活动 / 工会活动 / 机关工会一分会举办教职工气排球交流赛 / 为凝聚力量，… : the line the page gives twice is its
    column's name (menu and breadcrumb), the headline under it titles the report; a title twice over the text stays the
    title (rw1079's 長者夢想成真計畫 over 一、計畫背景, rw619's 职工活动 over a sentence)."""
    (rw1792,) = _parsed("rw1792")
    assert rw1792.title == "机关工会一分会举办教职工气排球交流赛"
    assert "工会活动" not in _block_text(_parsed("rw1792"))
    assert [d.title for d in _parsed("rw1079")] == ["長者夢想成真計畫"]
    assert [d.title for d in _parsed("rw619")] == ["职工活动"]


def test_a_work_opinions_title_glued_to_its_heading_and_a_stray_comma_after_a_stop():
    """rw1783's 人民醫院工會工作意見五、加強女工工作，… : a 工作意见 (a unit's plan) glued to its first heading is the title;
    the next line's comma after the heading's stop (…骨干作用。 / ,女職工委員會要…) is the scrape's, not a clause."""
    from nlp.library.clean import normalize_punctuation

    (rw1783,) = _parsed("rw1783")
    assert analysis_form(rw1783.title) == "人民医院工会工作意见"
    assert [b.text for b in rw1783.blocks if b.type == "heading"][:1] == [
        "加強(qiáng)女工工作，發(fā)揮女職工在醫(yī)院建設(shè)中的骨干作用。"
    ]
    assert normalize_punctuation("骨干作用。，女职工委员会要重视") == "骨干作用。女职工委员会要重视"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a column's name closed by a colon is the page's, as in brackets (rw1731's 支部动态：)
        (
            "支部动态：本科生档案与电子政务系党支部组织生活会和民主评议党员\n"
            "2017年3月10日，党支部召开专题组织生活会和民主评议党员会议，党支部全体党员参加了会议。",
            "本科生档案与电子政务系党支部组织生活会和民主评议党员",
        ),
        # a place or a unit before its news is the headline's own (rw1721's 吴兴区：)
        (
            "吴兴区：飞英街道“庆三八”系列活动异彩纷呈\n3月8日，飞英街道组织辖区妇女开展了“庆三八”系列活动，丰富了大家的生活。",
            "吴兴区：飞英街道“庆三八”系列活动异彩纷呈",
        ),
    ],
)
def test_fix26a_a_column_closed_by_a_colon_is_no_part_of_the_title(text, title):
    assert parse_file(text.encode("utf-8"), "page.txt").documents[0].title == title


def test_fix26a_rw1731_title_without_its_column():
    result = parse_file((FILES / "rw1731.txt").read_bytes(), "rw1731.txt")
    assert result.documents[0].title == "本科生档案与电子政务系党支部组织生活会和民主评议党员"


def test_fix26c_an_items_number_glued_to_the_year_its_text_opens_with():
    # rw1854: item 1, then 20xx年 (an item's number has one or two digits, a year four)
    glued = GLUED_TITLE.match("工会活动计划 篇120xx年,市直机关工会工作总的要求是:认真学习贯彻党的十八大精神")
    assert glued is not None and glued.group("title") == "工会活动计划 篇1"
    dated = GLUED_TITLE.match("学校工会工作计划 篇22023年,我校工会将继续围绕学校中心工作开展各项活动")
    assert dated is not None and dated.group("title") == "学校工会工作计划 篇2"
    # an item's number of two digits before its text stays whole (rw028, rw067's shape)
    assert (
        GLUED_TITLE.match("社区的年度工作计划 篇12今年,xx社区在温泉街道办事处的领导下").group("title")
        == "社区的年度工作计划 篇12"
    )


def test_fix26d_a_mirrors_pinyin_glosses_are_no_length_of_a_headline():
    headline = "提升凝聚力建設(shè) 打造工會(huì)新品牌——公司工會(huì)職工文化體育季獲市總工會(huì)多項(xiàng)表彰"
    paragraph = "為深入學(xué)習(xí)貫徹習(xí)近平文化思想和習(xí)近平總書記關(guān)于工人階級(jí)和工會(huì)工作的重要論述，貫徹落實(shí)精神。"
    assert reads_as_headline(headline, paragraph)


def test_fix26d_a_row_of_bars_only_is_no_cell_keeping_a_headlines_bar():
    # 提升凝聚力建設(shè) 打造…多項(xiàng)表彰 | over ||||| and |: the layout's empty rows, no column of cells; the bar goes and the
    # glossed headline is the title whole
    result = parse_file((FILES / "rw1861.txt").read_bytes(), "rw1861.txt")
    assert result.documents[0].title == (
        "提升凝聚力建設(shè) 打造工會(huì)新品牌——公司工會(huì)職工文化體育季獲市總工會(huì)多項(xiàng)表彰"
    )


def _page_lines(stem: str) -> list[str]:
    path = next(FILES.glob(f"{stem}.*"))
    return [line.text for line in read_lines(path.read_bytes(), path.name)]


def test_fix26t_a_phrase_the_page_opens_with_is_a_candidate_of_that_shape():
    """fix26t: rw546's 抓好党建意见 and rw1316's 教育訓練 open their pages over the text (the file's name was their title): the
    model reads a phrase the page opens with, nothing above it, which a line under a site's chrome or a sentence is not."""
    feature = dict(NAMED_FEATURES)["opens_page_phrase"]
    for stem in ("rw546", "rw1316"):
        path = next(FILES.glob(f"{stem}.*"))
        document = parse_file(path.read_bytes(), path.name, title_model=None).documents[0]
        pool = candidates(document, True, _page_lines(stem), None)
        assert pool and all(feature(candidate) == 1.0 for _, candidate in pool), stem
    # a phrase with words above it on the page, a sentence opening the page
    assert feature(Candidate(analysis_form("工会工作计划"), "", -1, 1, False, True, True, 0.0)) == 0.0
    opening = Candidate(
        analysis_form("为进一步做好工会工作，特制定本计划。"), "", -1, 1, False, True, True, 0.0, opens_page=True
    )
    assert feature(opening) == 0.0


def test_fix26t_a_web_headline_the_text_says_run_on_over_its_second_line_is_one_title():
    """fix26t: rw897's headline wrapped over 九分公司工會喜獲2020年度全區住房城鄉建設系統 / 先進職工小家榮譽稱號, its text saying
    …建設系統“先進職工小家”榮譽稱號 across the break: one title. rw1593's 县总工会开展2024年金秋助学活动 over its sub-headline
    助困难职工子女圆上大学梦, which the text never runs on from the headline, stays apart."""
    first = "九分公司工會喜獲2020年度全區住房城鄉建設系統"
    assert wrapped_headline(first, _page_lines("rw897")) == (first + "先進職工小家榮譽稱號", "先進職工小家榮譽稱號")
    assert wrapped_headline("【民生工程】县总工会开展2024年金秋助学活动", _page_lines("rw1593")) is None
    text = "4月27日，九分公司工会荣获全区建设系统“先进职工小家”荣誉称号。\n"
    assert wrapped_headline(
        "九分公司工会喜获全区建设系统", ["九分公司工会喜获全区建设系统", "先进职工小家荣誉称号", text]
    ) == (
        "九分公司工会喜获全区建设系统先进职工小家荣誉称号",
        "先进职工小家荣誉称号",
    )
    sub = ["九分公司工会喜获全区建设系统", "先进职工小家荣誉称号", "近日，九分公司工会获得表彰。"]
    assert wrapped_headline(sub[0], sub) is None


def test_fix26t_a_papers_headline_taken_at_its_last_line_has_its_lines_above():
    """fix26t: a model that takes rw1320's last headline line, 为户外劳动者打造“清凉港湾” over the reporter and 本报讯, gets the
    headline line over it too, as one taking the first gets the last (gen25h)."""
    assert wrapped_headline("为户外劳动者打造“清凉港湾”", _page_lines("rw1320")) == (
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


def test_fixR2_a_slogan_over_a_web_headline_over_its_stamp_is_the_sites_on_a_papers_page_the_kicker():
    """fixR2: parallel phrases over a headline that stands over the post's stamp (“两节”送温暖 工会在行动 over
    衡水市总…情暖职工 over 发布时间:…, rw1563) are a web page's campaign name, no title; over a paper's dateline (本报讯) the
    same line is the headline's kicker, one title with it (the README's kicker ruling)."""
    headline = "市总工会170万元“关爱金”情暖职工"
    web = f"“两节”送温暖 工会在行动\n{headline}\n发布时间: 2024-02-07 09:47:04 来源: 工会新闻网\n{REPORT}\n"
    assert [d.title for d in _page(web)] == [headline]
    paper = f"“两节”送温暖 工会在行动\n{headline}\n本报讯 {REPORT}\n"
    assert [d.title for d in _page(paper)] == [f"“两节”送温暖 工会在行动 {headline}"]


def test_fixR2_a_plans_genre_word_and_its_number_alone_is_an_item_label_under_the_collections_title():
    """fixR2: a collection of plans numbers its items by their genre word (社区重阳节活动策划方案1, rw1842; 护士节的活动方案2,
    rw1254); alone on its line (方案一：, rw271) it is an item's bare label like 篇一: the page's title over it, past its
    copy, a rule line and a date, is the collection's, and the item has no title line of its own."""
    result = parse_set_file("rw271.txt")
    (document,) = result.documents
    assert (document.title_source, document.kind) == ("file", "计划")
    assert ("社区重阳节活动方案2015", "合集标题") in {(line.text, line.reason) for line in result.dropped}
    assert "方案一：" in {line.text for line in result.dropped}


def test_fix27c_someone_presenting_a_qualified_report_is_a_sentence_not_a_title():
    """…陈洪鹄作主题工作报告。 (rw1927), 庞非作学校工作报告, 刘东亮作《工会工作报告》: who presents which report, a few words of
    whose or what before its genre, is a sentence of the news, no title; the lines above it stay the text's (the meeting's
    opening sentences were dropped as a preamble before it)."""
    result = parse_set_file("rw1927.txt")
    assert "陈洪鹄" not in analysis_form(result.documents[0].title)
    assert "5月16日上午" in "".join(b.text for b in result.documents[0].blocks)
    assert PRESENTED.search("庞非作学校工作报告") and PRESENTED.search("刘东亮作《工会工作报告》")
    assert not PRESENTED.search("关于做好2023年工作总结的通知")


def test_fix27a_a_meetings_headline_glued_to_a_lead_that_opens_with_its_full_day_is_the_title():
    """fix27a: rw1797's 2023年一季度护理质与安全管理委员会会议 glued to 2023年3月8日下午，…召开了… is the news headline over its
    lead as 会议5月5日，… is (rw656); the day's year written does not make it one sentence."""
    (rw1797,) = _parsed("rw1797")
    assert rw1797.title == "2023年一季度护理质与安全管理委员会会议"
    assert rw1797.blocks[0].text.startswith("2023年3月8日下午")


def test_fix27a_a_headline_that_shares_no_word_with_its_text_is_a_spam_hosts():
    """fix27a: rw1808's 2025全国技巧体教融合比赛暨上海市技巧公开赛在沪圆满落幕 over a company union's summer-cooling visits
    shares no two characters with the text: another page's headline (README's junk: spam), dropped; the text is untitled
    and states no year. A headline in the text's words stays its title."""
    (rw1808,) = _parsed("rw1808")
    assert rw1808.title == "rw1808" and rw1808.year is None
    body = "冶金公司工会志愿者们事前准备了大量的矿泉水、绿豆以及防暑降温物品，送到每一名劳动者的手中。" * 5
    (kept,) = _page("冶金公司工会开展夏季送清凉慰问活动\n" + body)
    assert kept.title == "冶金公司工会开展夏季送清凉慰问活动"
    # a collection item's title is its 篇 line, whatever excerpt the site put under it
    (item,) = _parsed("rw277")
    assert item.title == "集团工会年度活动计划表篇一"


def test_fix27d_a_caption_of_someone_presenting_a_units_report_is_no_title():
    # rw1935: the headline over a gallery's captions (會議現場, …講話, 左建輝作行政工作報告, 管長元作工會工作報告) over the text;
    # the report may be named by whose work it is (作工會工作報告, 作行政工作報告; rw743's 刘卫光作工会工作报告): a caption
    (document,) = parse_set_file("rw1935.txt").documents
    assert document.title == "婁底市第一人民醫(yī)院力推工會工作創(chuàng)新發(fā)展"
    (document,) = parse_set_file("rw743.txt").documents
    assert document.title == "郑州十二中召开第九届教工代表大会第一次会议"
    assert not PRESENTED.search("关于做好年度工会工作总结的通知")
    assert PRESENTED.search("医院党委委员、工会主席管长元作工会工作报告")


def test_fix27d_a_column_closed_by_a_slash_before_the_headline_is_the_pages():
    # rw1937: 社區園地/ glued before the headline; a 园地 is a column of contributions (护理园地, 职工园地, 党建园地 on five
    # other sites of the set), a slash closes it as a colon does
    result = parse_set_file("rw1937.txt")
    assert result.documents[0].title == "社區發展協會籌備會共同催生成立"
    assert bracketed_column("职工园地/我院举行职工运动会") is not None
    assert bracketed_column("吴兴区：飞英街道开展活动") is None


def test_fix27d_a_promo_that_brings_its_collection_without_de_names_its_items():
    # rw1945: 下面小编给大家带来学校工会工作总结反思,希望大家喜欢! names the collection whose item is 学校工会工作总结反思1
    (document,) = parse_set_file("rw1945.docx").documents
    assert (document.title, document.title_source) == ("学校工会工作总结反思1", "text")


def test_fix27d_an_occasions_event_over_the_whole_outline_under_a_letterhead_is_the_title():
    # rw1952: the school's name over “三八”节女职工徒步活动 over 一、… 六、: the event's line is the title, the unit's the
    # page's letterhead, the sections level 1
    result = parse_set_file("rw1952.txt")
    (document,) = result.documents
    assert document.title == "“三八”节女职工徒步活动"
    assert ("江苏省无锡交通高等职业技术学校", "篇首杂项") in {(line.text, line.reason) for line in result.dropped}
    levels = {b.text: b.level for b in document.blocks if b.type == "heading"}
    assert levels["行程安排："] == 1


@pytest.mark.parametrize(
    "title, once",
    [
        ("强练本领 为患服务 强练本领为患服务", "强练本领为患服务"),
        (
            "莆田中山中学喜庆“三八”佳节运动赛场竞欢乐 巾帼英雄展风采—莆田中山中学喜庆“三八”佳节",
            "运动赛场竞欢乐 巾帼英雄展风采—莆田中山中学喜庆“三八”佳节",
        ),
        ("医院工会开展活动", "医院工会开展活动"),
        ("工会工作总结 工会", "工会工作总结 工会"),
    ],
)
def test_gen27t_a_title_that_says_its_words_twice_says_them_once(title, once):
    assert said_once(title) == once


@pytest.mark.parametrize("name", ["rw962.txt", "rw1758.txt"])
def test_gen27t_a_headline_the_page_sets_twice_is_one_title(name):
    (document,) = parse_set_file(name).documents
    assert bare(document.title) == bare(annotation(name)["documents"][0]["title"])


def test_gen27t_a_units_name_alone_over_what_it_did_is_one_headline():
    page = [
        "鸡矿公司通达售电公司",
        "开展“保宁静、促生长”职工交锋竞赛",
        "为进一步推动全体职工学习业务的积极性，近日，……",
    ]
    joined = ("鸡矿公司通达售电公司开展“保宁静、促生长”职工交锋竞赛", "开展“保宁静、促生长”职工交锋竞赛")
    assert wrapped_headline("鸡矿公司通达售电公司", page) == joined
    (document,) = parse_set_file("rw1793.txt").documents
    assert document.title == joined[0]


def test_gen27t_a_sites_short_copy_over_the_documents_own_title_line_is_no_title():
    (document,) = parse_set_file("rw881.txt").documents
    assert document.title == "2024年国际护士节领导致辞讲话稿"
    page = "国际护士节领导致辞讲话稿\n\n2024年国际护士节领导致辞讲话稿\n同志们:\n五月的微风轻拂，榴花如火般绽放，照亮了我们前行的道路。\n"
    assert _page(page)[0].title == "2024年国际护士节领导致辞讲话稿"


def test_item27_a_site_column_tag_goes_from_the_title_whichever_path_takes_it():
    """item27: a site's column in brackets before a web headline (〖會員權益〗, rw993; 【人医动态】) is the page's whether
    the rules, a page line above the text or an opening block gives the title (``titles._line_title``, the rules'
    ``bracketed_column``): rw993's title is its headline alone, and so is a page's like it."""
    (document,) = parse_set_file("rw993.txt").documents
    assert document.title == "會員申訴處理流程及原則"
    page = (
        "• 會務訊息\n\n〖會員權益〗會員申訴處理流程及原則\n\n條件限制\n\n"
        "  1. 會員:依本會章程第8條經理事會審查通過後,即為本會會員。\n\n"
        "  2. 個人、集體會員向工會申訴前,請先進入院方申訴處理流程,並取得人事服務中心回覆。\n"
    )
    assert [d.title for d in _page(page)] == ["會員申訴處理流程及原則"]


def test_fix28b_a_headline_the_page_says_whole_above_is_one_over_its_two_wrapped_lines():
    """fix28b: the page's title line says two lines of the headline under its widgets as one (市總工會對市三院“陽光家園…”
    進(jìn)行授牌 / 發(fā)布日期：… / 市總工會對市三院 / “陽光家園…”進(jìn)行授牌, rw1902): one headline the page wrapped."""
    page = [
        "市总工会对市三院“阳光家园”进行授牌",
        "发布日期:2020-08-03",
        "市总工会对市三院",
        "“阳光家园”进行授牌",
        "8月3日下午，……",
    ]
    assert wrapped_headline("“阳光家园”进行授牌", page) == ("市总工会对市三院“阳光家园”进行授牌", "市总工会对市三院")
    assert wrapped_headline("市总工会对市三院", page) == ("市总工会对市三院“阳光家园”进行授牌", "“阳光家园”进行授牌")
    (document,) = parse_set_file("rw1902.txt").documents
    assert document.title == "市總工會對市三院“陽光家園——心靈驛站”進(jìn)行授牌"


def test_fix28a_an_items_number_after_its_collections_whole_title_makes_the_items_title():
    """fix28a: rw1884's 2022年手术室护士长年度工作总结(精选14篇)1 under the collection's title …(精选14篇) is the item's title, the
    site numbering its items by the collection's whole title as others do by its name (README's titles: a collection item's
    title is its 篇 line as written, with a label that follows the title); the page's headline over them is none. The rules'
    parse: the title model, trained since round 30 on each page's blind parse (round 28's parser had no such title here),
    takes the page's headline by .74 to .72 (gen30f, a named NEW miss)."""
    assert not counts_a_collection("2022年手术室护士长年度工作总结(精选14篇)1")
    assert counts_a_collection("2022年手术室护士长年度工作总结(精选14篇)")
    documents = parse_file((FILES / "rw1884.txt").read_bytes(), "rw1884.txt", title_model=None).documents
    assert [(bare(d.title), d.year) for d in documents] == [(bare("2022年手术室护士长年度工作总结(精选14篇)1"), 2022)]


def test_fix28c_a_sites_name_over_the_headline_is_no_title():
    """fix28c: the headline is the plain line right over the text's first paragraph; a plain name above it that shares no
    two Han characters with the text (a spam host's company, rw1996) or that the headline repeats and goes on from (a
    spammer's name put in the unit's place, rw2009) is the site's, no title."""
    assert parse_set_file("rw1996.txt").documents[0].title == "儿科二病房为住院儿童过“六一”"
    assert parse_set_file("rw2009.txt").documents[0].title == "杨晨晨新剧情夜跑偶遇猛男开展首次户外踏青徒步活动"
    paragraph = "为丰富职工文化生活，增强职工身体素质，在医院工会的号召下，华强医院于3月26日组织了26名职工开展首次户外踏青徒步活动。"
    page = f"华强娱乐有限公司\n\n华强医院开展首次户外踏青徒步活动\n\n{paragraph}\n"
    assert [d.title for d in _page(page)] == ["华强医院开展首次户外踏青徒步活动"]
    page = f"华强医院\n\n华强医院开展首次户外踏青徒步活动\n\n{paragraph}\n"
    assert [d.title for d in _page(page)] == ["华强医院开展首次户外踏青徒步活动"]


def test_fix29b_a_document_sites_menu_of_genres_run_together_is_no_title():
    """fix29b: a line that names three genres of documents or more (范文首页自我鉴定总结报告工作总结工作计划…演讲稿讲话稿…, rw1975;
    工作总结 工作计划 党课下载 策划方案, rw091) is a document site's menu of its categories, the title model's ``menu``
    feature, as a menu of links parted by bars is: no annotated title of the tune set names three genres. (With the title
    model retrained on it, rw1975's untitled summary keeps no title and its kind, 总结: docs/benchmarks.md, round 29.)"""
    menu = dict((name, feature) for name, feature in NAMED_FEATURES)["menu"]
    line = analysis_form("范文首页自我鉴定总结报告工作总结工作计划党团相关演讲稿讲话稿文秘知识合同范文情书导游词")
    assert menu(Candidate(line, "", -1, 1, False, True, True, 0.0)) == 1.0
    assert menu(Candidate("2023年工作总结暨2024年工作计划", "", -1, 1, False, True, True, 0.0)) == 0.0


def test_fix30b_a_meetings_headline_is_no_title_glued_to_its_text():
    """fix30b (README kind: …召开科室半年工作总结会议 is a meeting): a headline naming a meeting, no sentence in it
    (我校召开2024年度工会工作总结表彰会暨 2025年度期初工会工作会议, rw2071), is whole: the genre word names the meeting's
    business, not the end of a title glued to its text (a title glued to its first sentence is still cut)."""
    (doc,) = parse(
        "我校召开2024年度工会工作总结表彰会暨 2025年度期初工会工作会议\n"
        "4月3日上午，在水心书院召开了2024年度工会工作总结表彰会暨2025年度期初工会工作会议。校党委副书记出席。\n"
    ).documents
    assert bare(doc.title) == bare("我校召开2024年度工会工作总结表彰会暨2025年度期初工会工作会议")
    assert doc.kind == "其他"
    (doc,) = parse_set_file("rw2071.txt").documents
    assert doc.kind == "其他" and bare(doc.title).endswith("工作会议")
    (glued,) = parse("2024年医院工会工作总结丰收的季节，我们回顾一年来的工作，收获满满，成绩显著。\n").documents
    assert bare(glued.title) == "2024年医院工会工作总结"


def test_fix30a_an_items_label_closed_by_its_colon_is_no_part_of_its_title():
    """fix30a: an item's label before its title, closed by its colon (篇一:新时代文明实践志愿服务活动计划, rw2043), goes
    from the title as 第一篇： and 【篇1】 do (the README: a label that precedes the title is not the title's), whichever
    path takes the line: the rules' title or the title model's page line."""
    assert [d.title for d in parse_set_file("rw2043.txt").documents] == ["新时代文明实践志愿服务活动计划"]
    assert SERIES_PREFIX.match("范文2：社区工会工作计划").group() == "范文2："
    assert SERIES_PREFIX.match("篇一工作计划") is None  # no colon: a word that goes on


def test_ty36_a_lists_first_number_before_a_title_is_no_part_of_it():
    """ty36: a list's first number before the title line (1工会劳动竞赛活动方案 under the page's 工会劳动竞赛活动方案, rw2189:
    the rules' title; 一:社区党委…活动策划书, rw2574: the title model's page line) is the page's list, no word of the title,
    whichever path takes the line; a number that counts something (1岁…, 一年级…) or a title with no genre at its end stays."""
    assert [d.title for d in parse_set_file("rw2189.txt").documents] == ["工会劳动竞赛活动方案"]
    assert [d.title for d in parse_set_file("rw2574.txt").documents] == ["社区党委可以组织党员开展哪些活动策划书"]
    assert without_item_number("1岁儿童卫生保健工作计划") == "1岁儿童卫生保健工作计划"
    assert without_item_number("一年级工会工作计划") == "一年级工会工作计划"
    assert without_item_number("一：工作目标与任务分解") == "一：工作目标与任务分解"


def test_fix40_a_pages_number_set_apart_before_a_title_opening_on_its_year_is_no_part_of_it():
    """Round 40's fresh tune rw2633 at first contact: the glossed mirror's 7 before 2015年“金秋助學”活動實施方案 (a space
    between) was in the title; a number that is the year's own (2015年…) or one before a title with no year stays."""
    assert [d.title for d in parse_set_file("rw2633.txt").documents] == ["2015年“金秋助學(xué)”活動(dòng)實(shí)施方案"]
    assert without_item_number("7 2015年金秋助学活动实施方案") == "2015年金秋助学活动实施方案"
    assert without_item_number("7 金秋助学活动实施方案") == "7 金秋助学活动实施方案"
    assert without_item_number("2015年金秋助学活动实施方案") == "2015年金秋助学活动实施方案"


def test_ty36_an_occasion_in_single_quotes_inside_an_events_name_dates_it():
    """ty36: an event named by the year it celebrates the occasion in, its 年 left out, the occasion in single quotes
    inside the event's quoted name (“永新集团2016庆‘三八’健康环保…徒步行活动”, rw2239), dates the report as
    長治市2019慶“三八”婦女健身運動會 dates rw1565's."""
    assert [d.year for d in _parsed("rw2239")] == [2016]
    assert OCCASION_YEAR.search("开展了“永新集团2016庆‘三八’健康环保徒步行活动”").group(1) == "2016"


def test_fix30d_a_glossed_mirrors_headline_over_its_dashed_sub_headline_is_one_title():
    """rw2179's headline (a Traditional mirror's, 發(fā)展 with its gloss; 31 characters read, 41 written) over
    ——第四屆山東省企業文化優秀成果: the glosses are no length, and a headline runs to a heading's 40 characters."""
    headline = "打造“丹香惠彩”工會品牌文化助力菏澤煙草高質量發(fā)展和現(xiàn)代化建設"
    assert is_headline_over_sub_headline(headline, "——第四屆山東省企業(yè)文化優(yōu)秀成果")
    assert _parsed("rw2179")[0].title.endswith("——第四屆山東省企業(yè)文化優(yōu)秀成果")
    assert not is_headline_over_sub_headline("一" * 41, "——记综合党支部4月组织生活会")


def test_fix31b_a_tagged_party_branchs_name_over_what_it_did_is_one_headline():
    """A headline the page wrapped after its subject, a unit's name alone over what it did (rw1793's rule): a party
    organisation is a unit as a union is, and a tag in 【】 glued before the headline is the headline's (README titles), so
    【主题教育】…行政三联合党支部 / 开展城乡对口支援及党支部“手拉手”共建活动 is one title (rw2151)."""
    page = [
        "【主题教育】北京中医药大学东方医院行政三联合党支部",
        "开展城乡对口支援及党支部“手拉手”共建活动",
        "为更好践行二十大精神,…。",
    ]
    assert wrapped_headline(page[0], page) == (page[0] + page[1], page[1])
    assert (
        wrapped_headline("市委机关党委", ["市委机关党委", "召开2024年度组织生活会", "近日,…。"])[0]
        == "市委机关党委召开2024年度组织生活会"
    )
    assert _parsed("rw2151")[0].title == page[0] + page[1]


def test_fix31b_a_title_taken_from_a_page_line_leaves_the_text_whatever_width_its_commas():
    """A headline the title model takes from its own page line, which the reflow joined to the line under it, leaves the
    first block though cleaning widened its commas there (暖心关爱,2023年… / 暖心关爱，2023年…: rw289, rw408, rw1291, rw1445,
    rw2139); a line the page broke after a clause's comma, taken for an untitled text's title, stays the text's."""
    from nlp.library.titles import _without_title
    from nlp.models import Block

    joined = [
        Block(
            "paragraph",
            "旨在加强护理团队建设，促进护士心理健康，更好地为患者服务湖南省护士心理健康促进项目专家开展讲座。",
        )
    ]
    assert (
        _without_title("旨在加强护理团队建设,促进护士心理健康,更好地为患者服务", joined)[0].text
        == "湖南省护士心理健康促进项目专家开展讲座。"
    )
    clause = [Block("paragraph", "按照学校党委工作部署和文法系党总支指示要求，1月19日上午，…召开了会议。")]
    assert _without_title("按照学校党委工作部署和文法系党总支指示要求,", clause) == clause
    for stem in ("rw289", "rw2139"):
        document = _parsed(stem)[0]
        assert not bare(document.blocks[0].text).startswith(bare(document.title))


def test_fix33b_a_headline_naming_the_art_of_photography_is_no_photographers_credit():
    """fix33b (README titles: a news item's title is its headline): 摄影 before another word names the art (我院工会举办职工摄影
    书法绘画手工艺作品展, rw2296's headline over its text), not a photographer's credit (摄影:宋莉萍, 摄影/易明, 周秋君摄影),
    whose feature held the title model's score of the rules' right pick under its threshold: the headline is the title."""
    credit = dict(NAMED_FEATURES)["credit"]

    def line(text: str) -> Candidate:
        return Candidate(text, "", -1, 0, True, False, True, 0.0)

    assert credit(line("我院工会举办职工摄影书法绘画手工艺作品展")) == 0.0
    assert credit(line("市总工会举办书法摄影展")) == 0.0
    for byline in (
        "摄影:宋莉萍",
        "(摄影/易明 赵丽菊)",
        "(黄素心撰稿 周秋君摄影)",
        "袁洋 摄影报道",
        "記者魯永明/攝影 分享",
    ):
        assert credit(line(byline)) == 1.0
    assert _parsed("rw2296")[0].title == "我院工会举办职工摄影书法绘画手工艺作品展"


@pytest.mark.parametrize(
    "stem, title",
    [
        ("rw2431", "職工運動會活動方案"),  # 職工運動會活動方案作文: an essay site's genre after the line
        ("rw228", "企业工会的工作总结优秀范文"),  # a year before it, the line glued to the text a space after it
        ("rw591", "端午香包巧手做"),  # a year of the Republic before it
        ("rw2165", "社区物业管理与建议"),  # 2023年度 before it, the line twice under it
    ],
)
def test_fix33d_a_site_headline_with_its_affix_over_the_texts_own_line_gives_way_to_the_line(stem, title):
    """fix33d (README title, ruled in round 31: the title is the document's own title line; a site's headline that is the
    line with a prefix of its own is junk and gives no year): the headline with a year, an ROC year or an essay site's 作文
    around the text's line under it gives way to that line; the headline and the line's copies leave the text."""
    (document,) = _parsed(stem)
    assert (document.title, document.year if stem != "rw2431" else None) == (title, None)
    assert all(bare(title) != bare(block.text) for block in document.blocks[:3])


def test_fix33d_a_headline_with_a_word_the_line_below_lost_stays_the_title():
    """fix33d: a word before the line that is no site's affix (县 in 县人民医院护理会议制度 over 人民医院护理会议制度。, rw359) keeps
    the headline the title, as round 31 read it; a year before a headline with no shorter line under it stays too."""
    assert _parsed("rw359")[0].title == annotation("rw359.txt")["documents"][0]["title"]
    page = "2023年社区工会工作总结\n发布时间：2023-12-20\n今年以来，社区工会在街道总工会的领导下，扎实开展各项工作，取得了一定成效。\n"
    assert _page(page)[0].title == "2023年社区工会工作总结"


def test_fix33a_a_title_with_a_qualifier_in_brackets_is_a_title_line_whole():
    """fix33a (README title: the document's own title line as written): a title that names what it holds and its kind of
    unit in brackets (2020年度工会工作要点含工作计划表(高校), rw2275) is one title line, as …工作总结(内科) (rw092) and
    …工作规划(社区) (rw563) are: no title glued to a text 含工作计划表(高校)."""
    (document,) = _parsed("rw2275")
    assert bare(document.title) == bare("2020年度工会工作要点含工作计划表(高校)")
    assert not any("含工作计划表" in b.text for b in document.blocks)


def _blind_candidates(name: str) -> tuple[list[str], str]:
    """The titles the first document's candidates give as the trainer labels them (``taken_title``), the document as the
    parser that met the file blind parsed it (``benchmarks/fresh_rules.json``), with its annotated title."""
    from benchmarks.train_titles import _fresh_documents
    from nlp.library.titles import taken_title

    document, aligned = _fresh_documents(name)[0]
    page = _page_lines(name.split(".")[0])
    titles = [taken_title(document, at, page) for at, _ in candidates(document, True, page, None)]
    return titles, annotation(name)["documents"][aligned]["title"]


@pytest.mark.parametrize("name", ["rw031.txt", "rw638.docx", "rw1077.txt", "rw1090.txt"])
def test_gen33t_a_text_opening_on_a_short_section_name_is_found_by_the_paragraph_under_it(name):
    """gen33t: a text that opens on a section's name too short to be found on the page (一、引言, 一、方案目标,
    一、指导思想, 一、活动背景) starts on that name's line, found by the paragraph under it: the page's lines above it, its
    title among them, are candidates (none were: the parser that met these files kept no title line)."""
    titles, title = _blind_candidates(name)
    assert any(is_title(text, title) for text in titles)


@pytest.mark.parametrize("name", ["rw169.txt", "rw222.txt", "rw272.txt", "rw543.txt", "rw1783.txt"])
def test_gen33t_a_title_glued_to_the_text_is_a_candidate_as_the_structure_parts_it(name):
    """gen33t: a page line that opens with its title glued to the text, in brackets (【社区服务活动总结范文参考】在过去的…) or
    before the text's opening (社區(qū)2014年度工作計(jì)劃近年來,在市、區…), gives the title as ``structure`` parts such a
    line, where the parser that met the page kept the line whole."""
    titles, title = _blind_candidates(name)
    assert any(is_title(text, title) for text in titles)


@pytest.mark.parametrize("name", ["rw193.txt", "rw897.txt", "rw1793.txt"])
def test_gen33t_a_candidate_is_labelled_by_the_headline_the_page_wrapped_it_into(name):
    """gen33t: a candidate that is one line of a headline the page wrapped over two (市总工会召开2024年工作总结 /
    及2025年工作谋划务虚会) gives the whole headline when taken (``titled_by_model`` joins it): the trainer labels it so."""
    titles, title = _blind_candidates(name)
    assert any(is_title(text, title) for text in titles)


def test_fix34b_a_title_written_twice_alone_on_its_line_is_the_documents_title():
    """fix34b (README title: the document's own title line): rw2382's document site writes its title twice on one line with
    nothing after it (医院工会主席述职报告医院工会主席述职报告), the shape ``REPEATED_TITLE`` parts when the text follows (rw1424);
    the title is one copy, and the site's numbered notices over it (2、本文档内容版权归属内容提供方，…) are no document."""
    documents = _parsed("rw2382")
    assert [d.title for d in documents] == ["医院工会主席述职报告"]


def test_fix34a_a_collections_title_with_the_items_number_is_the_items_title_after_the_model_took_the_collections():
    """fix34a (README title: a collection item's title is its line as written; round 27: a collection's title that the
    first item's title holds whole): a line that is the collection's title, then the item's number (`學校工會工作總結范文最新`
    / 小編 promo / `學校工會工作總結范文最新1`, rw2363), is the item's title, as the set's 38 such lines in 33 files read it
    (rw018, rw1824, rw1917, …), also once the junk model took the collection's title off in an earlier pass: the
    collection's line is the anchor still, among the lines the cleaning dropped."""
    (document,) = parse_set_file("rw2363.txt").documents
    assert document.title == "學(xué)校工會(huì)工作總結(jié)范文最新1"


def test_fix34d_an_items_title_that_numbers_the_collections_title_line_by_its_label_is_the_title():
    """fix34d (README title: a collection item's title is its line as written; the collection's title over it is the
    page's): a 范文 page's collection title alone, its column line, then the item's title that is that title and its label
    (`2021年市總工會工作情況報告` / `工作報告` / … / `2021年市總工會工作情況報告第1篇`, rw2501): the item's line is the title,
    as the collection's count would make it (rw300's `…汇报【篇1】` under `…汇报【7篇】`); the column line opens no document."""
    result = parse_set_file("rw2501.txt")
    assert [d.title for d in result.documents] == ["2021年市總工會工作情況報告第1篇"]
    assert "2021年市總工會工作情況報告" in [d.text for d in result.dropped]


def test_fix34d_an_items_title_that_numbers_the_collections_title_line_in_brackets_is_the_title():
    """fix34d (README title, as above): the item's number in brackets after the collection's title line (`2017年學校工會工作
    計劃范文` / 小編 promo / `2017年學校工會工作計劃范文(一)` / 一、目標要求, rw2504) is the item's label, as the structure reads
    `县三八节表彰会领导讲话(一):` (rw1476) and the junk model `…范文最新1` under `…范文最新` (rw2363): the title whole, no
    outline entry (一) cut from it, the collection's line no preview of it; an outline entry with its text stays a heading."""
    (document,) = parse_set_file("rw2504.txt").documents
    assert document.title == "2017年學(xué)校工會工作計劃范文（一）"
    assert "（一）" not in heading_texts(parse_set_file("rw2504.txt"))
    page = "2024年工会工作计划\n2024年工会工作计划(一)\n一、指导思想\n以习近平新时代中国特色社会主义思想为指导，全面加强工会建设。\n"
    assert [d.title for d in parse(page).documents] == ["2024年工会工作计划（一）"]


def test_fix35a_a_title_glued_to_the_outlines_first_heading_ends_at_its_marker():
    """fix35a (README headings: every heading the excerpt shows): a title phrase glued to the outline's first heading, however
    short the heading and whatever unit it names (团委工作计划一、工作目标 under rw2439's headline), ends where 一、 opens the
    outline, as rw003's, rw096's and rw463's titles glued to their first 一、 do; the heading is the outline's first."""
    (document,) = _parsed("rw2439")
    first = next(b for b in document.blocks if b.type == "heading")
    assert (first.text, first.level) == ("工作目标", 1)
    assert GLUED_TITLE.match("团委工作计划一、工作目标").group("title") == "团委工作计划"
    assert GLUED_TITLE.match("2024年工作计划一、二季度") is None


def test_fix35c_a_headline_with_a_sites_name_and_colon_over_the_own_title_line_gives_that_line():
    """fix35c (README title, ruled in round 31: a site's headline that is the text's own title line with a prefix of the
    site's own is the site's): rw2565's `西南工程：我校工会组织退休教职工踏青活动` over the date and the text's own line
    `我校工会组织退休教职工踏青活动`; the title is the own line, the headline junk, as the set reads a labelled headline over
    the own line (rw069's `第一篇:`, rw411's and rw861's `標題:`, rw632's `标题:`)."""
    documents = _parsed("rw2565")
    assert [d.title for d in documents] == ["我校工会组织退休教职工踏青活动"]
    assert "西南工程：" not in "".join(b.text for b in documents[0].blocks)
