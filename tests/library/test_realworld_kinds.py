"""Kind and year on real pages (tests/realworld/): a document's kind from its title's genre word or its own text, and the
year of its work rather than of its stamps, citations and history."""

from __future__ import annotations

import pytest

from benchmarks.bench_parse import FILES, bare
from nlp.library.clean import clean_text_line, junk_reason
from nlp.library.junk import judged
from nlp.library.kinds import FEATURES, features
from nlp.library.parse import parse_file
from nlp.library.structure import PLAN_STATEMENT, document_year, kind_by_rules, title_kind
from nlp.models import Block
from tests.library.realworld_helpers import _page, _parsed, heading_texts, parse, parse_set_file


@pytest.mark.parametrize(
    "title, kind",
    [
        ("2024年市总工会工作要点", "计划"),
        ("工会春游活动方案", "计划"),
        ("学校工会2023年工作安排", "计划"),
        ("蘇州市公園路幼兒園黨支部主題黨日工作制度", "其他"),
        ("區總工會領導班子2023年工作報告", "其他"),
        ("工会工作总结报告", "总结"),
    ],
)
def test_kind_from_the_genre_word_of_the_title(title, kind):
    (document,) = parse(f"{title}\n为进一步做好工会工作，推动各项工作落实，结合实际，制定本文件。\n").documents
    assert (document.title, document.kind) == (title, kind)


@pytest.mark.parametrize(
    "opening, kind",
    [
        # rw075, rw073: an untitled report that says what it is, whatever its verbs
        ("在街道的领导下，我社区居委会认真开展社区服务工作，现将2024年度工作情况汇报如下：", "总结"),
        ("我社区紧紧围绕工作目标，扎实推进各项基层治理工作。现将本年度主要工作情况总结如下：", "总结"),
        ("为做好今年的护理工作，护理部要继续加强培训，特制订2008年护理工作计划：", "计划"),
    ],
)
def test_an_untitled_documents_own_word_for_its_genre_gives_its_kind(opening, kind):
    body = "一、加强组织建设\n社区居委会健全工作机制，完善内部管理制度，强化班子队伍建设。\n"
    (document,) = parse(f"{opening}\n{body}").documents
    assert (document.title_source, document.kind) == ("file", kind)


@pytest.mark.parametrize("first, second", [("第一条　", "第二条　"), ("一條 ", "二條 ")])
def test_an_untitled_rule_in_articles_is_neither_plan_nor_summary(first, second):
    text = (
        f"{first}為加強區政府辦公室黨支部建設，提高支部工作水平，根據黨章制定本制度，今年將做好以下工作。\n"
        f"{second}黨支部作為黨的基層組織，其基本任務是：\n"
        "（一）宣傳和執行黨的路線、方針、政策，力爭完成各項任務。\n"
    )
    (document,) = parse(text).documents
    assert document.kind == "其他"


@pytest.mark.parametrize(
    "opening",
    [
        # rw102: an untitled rule that names itself
        "为使“三会一课”制度化、规范化，依据《中国共产党章程》，根据我馆党支部的具体情况，制定本制度。",
        # rw104: a news item that opens with the day of the event it reports
        "3月7日下午，實驗室與設備管理處黨支部在后勤樓310召開第一次支委會，會議由支部書記吳雁同志主持。",
    ],
)
def test_an_untitled_rule_or_news_item_is_neither_plan_nor_summary(opening):
    body = "會上，支委一起討論了支部本年度的主要工作和相關工作計劃，將繼續做好各項工作，力爭完成任務。\n"
    (document,) = parse(f"{opening}\n{body}").documents
    assert (document.title_source, document.kind) == ("file", "其他")


def test_an_untitled_news_report_of_a_meeting_held_recently_is_other():
    # rw121: …，近日，2023年度四川北路街道办事处与工会联席会议在街道办事处召开。
    text = (
        "为认真贯彻落实党的二十大精神，加强工会源头参与，近日，2023年度街道办事处与工会联席会议在街道办事处召开。"
        "街道总工会主席出席并主持会议。\n会上，街道总工会副主席代表街道总工会对上年度议题的推进情况进行了通报，"
        "并将继续做好各项工作，力争完成任务。\n"
    )
    (document,) = parse(text).documents
    assert (document.title_source, document.kind, document.year) == ("file", "其他", 2023)


def test_an_untitled_text_that_says_what_it_did_is_a_summary():
    """rw063: 针对上述思路今年着重做了以下几方面工作： names the text a summary, whatever its 将/要 count."""
    (document,) = parse_file((FILES / "rw063.txt").read_bytes(), "rw063.txt").documents
    assert document.kind == "总结"


def test_a_news_item_after_a_dateline_is_other_and_loses_its_byline_and_footer():
    result = parse_set_file("rw162.txt")
    (document,) = result.documents
    assert document.kind == "其他" and document.title_source == "file"  # no title line: the file name, shown as such
    assert document.blocks[-1].text.endswith("贡献工会力量。")
    assert not any("版权声明" in b.text for b in document.blocks)


def kind_of_title(title: str) -> str:
    """The kind of a document that is its title over one sentence of union work that names no genre."""
    body = "为进一步做好工会工作，现将有关情况报告如下，请各部门认真落实各项工作任务。"
    return parse(f"{title}\n{body}\n").documents[0].kind


@pytest.mark.parametrize(
    "title, kind",
    [
        ("医技科召开科室半年工作总结会议", "其他"),  # a meeting: the head is 会议
        ("我院“三八”节活动丰富多彩", "其他"),  # a news headline names no genre
        ("學校工會工作思路", "计划"),
        ("人民医院工会工作意见", "计划"),
        ("区总工会2019年工作总结及2020年工作计划", "总结"),  # a summary and a plan: the summary
        ("支撑及服务中心党支部学习《中国共产党支部工作条例（试行）》", "其他"),
    ],
)
def test_a_titles_kind_is_its_head_genre_word(title, kind):
    assert kind_of_title(title) == kind


@pytest.mark.parametrize(
    "name, kind, year",
    [
        ("rw181.txt", "计划", 2023),  # 2023年，密云区总工会将以…: a plan by its opening
        ("rw183.txt", "其他", 2023),  # 3月22日上午…召开专题会议; 2023年各项重点工作 only in its last sentence
        ("rw187.txt", "其他", 2018),  # 1月12日早晨，…: an event told
        ("rw1494.txt", "其他", 2022),  # 12月8日晨交班時，…召開…年終總結會 (fix22d): 晨 alone
        ("rw604.txt", "总结", 2014),  # 2014年下半年以來，公司工會…: one paragraph of work done up to now
    ],
)
def test_an_untitled_pages_kind_and_year_by_its_text(name, kind, year):
    (document,) = parse_set_file(name).documents
    assert (document.title_source, document.kind, document.year) == ("file", kind, year)


@pytest.mark.parametrize(
    "name, year",
    [
        ("rw453.txt", 2015),  # 近日，…召开…全委会（扩大）会议，总结2015年全市工会工作，部署2016年工作任务
        ("rw265.txt", 2012),  # 2013年2月1日下午，…举行2012年度工会工作总结表彰会: the meeting's name over its day
        ("rw438.txt", 2022),  # 2022年5月20日下午，…大会拉开了序幕: the day it opens with, over 2021年度…工作报告
        ("rw062.txt", 2022),  # 开展好2022年各项重点工作; a 2021年度…通报 read, no summary made
        ("rw587.txt", 2024),  # 1月20日，…2024年度护理工作总结暨2025年工作部署大会…召开: a two-year name's first
        ("rw452.txt", 2025),  # 2026年1月31日，…召开了2025年度工作总结暨2026年工作计划会: the name's, over its day's
    ],
)
def test_news_of_a_meeting_is_the_year_it_sums_up_else_its_names_or_days(name, year):
    # tests/realworld/README.md's year convention for news of a meeting naming the year reviewed and the year ahead
    (document,) = parse_set_file(name).documents
    assert (document.kind, document.year) == ("其他", year)


@pytest.mark.parametrize(
    "title, kind",
    [
        ("公司工会召开一届四次全委（扩大）会议", "其他"),
        ("市总工会召开2024年工作总结及2025年工作谋划务虚会", "其他"),  # the head is the meeting, not 总结
        ("市总工会2024年工作总结", "总结"),  # 总工会, 协会, 委员会: organisations, not meetings
        ("区妇女联合会与市医学会2024年工作计划", "计划"),
    ],
)
def test_a_title_whose_head_is_a_meeting_is_news(title, kind):
    assert kind_of_title(title) == kind


@pytest.mark.parametrize(
    "text, kind, year",
    [
        # rw190: the day after the event's purpose; the meeting sums up 2022 and plans 2023: the year it sums up
        (
            "为让社区居民参与社区的各项工作，1月10日下午，西新桥一村社区召开第八届二次居民代表大会。\n"
            "社区书记向各位居民代表作2022年社区工作总结以及2023年工作计划部署。",
            "其他",
            2022,
        ),
        # rw210: the event's day with its year, in the second sentence
        (
            "为进一步发挥工会组织的桥梁纽带作用。2022年12月，工会组织召开工会会员代表大会。\n"
            "汇报了2022年的工作总结和2023年度的工作计划。",
            "其他",
            2022,
        ),
        # rw195: the meeting's name states its year, after the plans of the year ahead
        (
            "为谋划部署2025年的重点工作任务，11月28日下午，院工会召开了“2024年工会工作第二次会议”。\n"
            "会上全面总结2024年工会工作，并对2025年工会重点工作进行安排。",
            "其他",
            2024,
        ),
        # rw516 (Traditional on the page): the season before the purpose and the day (岁末将至，为了…，2月5日下午，…召开)
        (
            "岁末将至，为了在新的一年里能进一步做好社区居民的服务工作，2月5日下午，宝华洲社区召开2014年度工作总结暨迎新春"
            "座谈会。\n座谈会上，社区张主任首先向大家总结了本年度社区的主要工作，为居民办了哪些实事，解决了哪些问题。\n"
            "通过座谈会，进一步加强了社区与居民之间的沟通和感情。",
            "其他",
            2014,
        ),
        # rw206: 2024年12月28日，…隆重召开…: an event told with its full date
        ("2024年12月28日，江苏省第二中医院隆重召开第四届职工代表大会第四次会议。\n会议审议了工作报告。", "其他", 2024),
        # rw826: the day written with dots (2008.5.10日晚，…举行了…)
        (
            "2008.5.10日晚,在院景觀樓二樓,由護理部牽頭舉行了一場別開生面的聯歡晚會。\n晚會開始之際向各優秀護士舉行了頒獎儀式",
            "其他",
            2008,
        ),
        # not news: a plan that opens with its year keeps it; a summary that tells its months (3月，组织开展了…)
        ("2024年，区总工会将围绕中心工作，做好2025年的准备。\n一是加强组织建设。", "计划", 2024),
        (
            "2023年，社区工会围绕中心工作，开展了多项活动，取得了较好成绩。3月，组织开展了读书活动，完成了各项任务。\n"
            "一年来，我们组织了职工运动会。",
            "总结",
            2023,
        ),
    ],
)
def test_an_untitled_news_items_kind_and_year_are_those_of_its_event(text, kind, year):
    (document,) = parse(text).documents
    assert (document.kind, document.year) == (kind, year)


@pytest.mark.parametrize(
    "stem, kind",
    [
        ("rw487", "其他"),  # 党支部应当组织党员按期参加…“三会一课”应当突出…: a standing rule, no year
        ("rw540", "其他"),  # Traditional: 職工代表大會簡稱…以下是壹些規定 (…應當經職工代表大會…討論): an explainer
        ("rw541", "其他"),  # “职代会”即职工代表大会，是指…; “职工大会”则是指…: an explainer of two institutions
        ("rw530", "其他"),  # 主题党日是指…; 现就规范…主题党日活动作如下要求: a party committee's standing rules
        ("rw547", "计划"),  # 各工会小组： then 活动主题 / 活动时间 / 活动内容: a notice of a teachers' day's events
    ],
)
def test_an_untitled_explainer_or_rule_is_neither_plan_nor_summary_and_an_events_notice_is_a_plan(stem, kind):
    document = _parsed(stem)[0]
    assert (document.title_source, document.kind) == ("file", kind)


@pytest.mark.parametrize(
    "stem, kind, year",
    [
        ("rw254", "其他", 2012),  # 集团工会于3月23日上午召开…: news told from its day after its subject
        ("rw260", "其他", 2019),  # 12月24日，…专题听取…工作汇报: a hearing told from its day
        ("rw261", "其他", None),  # 9月10日是…教师节，…走访慰问: a visit
        ("rw244", "其他", 2010),  # 会上…总结了2010年工作，提出了2011年…: a meeting reported, the year it sums up
        ("rw235", "其他", 2017),  # 会上，…总结了2017年的工作，安排部署2018年工作任务
        ("rw269", "其他", None),  # 院长首先肯定了… 与会人员…: a meeting reported
        ("rw246", "计划", None),  # 我们制定了以下社区党群服务中心建设方案
        ("rw268", "总结", 2020),  # 回顾这难忘、特殊的一年
        ("rw282", "计划", 2023),  # 到2023年，争创…: the year the plan sets its goals for
        ("rw243", "计划", None),  # 从2018年起…: a year something began in, not the document's
        ("rw236", "其他", 2022),  # 2022年共计召开职工沟通会57场: the year of the work it sums up
        ("rw451", "计划", 2026),  # …民主评议党员，在2026年3月底完成: the year of a plan's deadline
        ("rw531", "计划", 2024),  # 活动时间。 / 2024年7月31日前。: the deadline under the event's time
        ("rw485", "总结", 2012),  # 20xx年度… (a slot), then 2012年度，工会组织…: a paragraph opening on its year
        ("rw467", "其他", 2016),  # …召开纪念…护士节暨护理表彰大会; 2016年国际护士节的主题是…: the occasion's year
        ("rw539", "其他", None),  # 1988年全民所有制工业企业法、1991年…条例 an explainer cites: laws' years
        ("rw705", "计划", 2013),  # 2013年是“三八”國際勞動婦女節103周年。福州市婦聯將以…為主題: a plan
        ("rw701", "其他", None),  # 5月10日，记者来到汝南街道西焦村见证了…: a reporter tells it
        ("rw708", "其他", 2018),  # 2018年，是…开局之年，…开展了… (a meeting in it 总结2017年工作): its opening's
        ("rw706", "计划", 2015),  # …节创始于1910年 (cited), 2015是第105个“三八”妇女节: the occasion's year
        ("rw697", "其他", 2021),  # 【5.12国际护士节】…; the heading 2021年护士节表彰大会: the occasion's year
        # Taiwanese, 110端午香包巧手做 over the text's 端午香包巧手做: the site's ROC year gives none (README title, round 31)
        ("rw591", "其他", None),
        ("rw712", "其他", 2020),  # Taiwanese, 今(109)年護師節活動…
        ("rw995", "其他", None),  # 那么，社区居委会究竟有哪些主要的工作职责呢？让我们一起来了解一下: an explainer
        ("rw1005", "其他", None),  # 让我们深入了解一个组织的核心会议支部党员大会: an explainer
        ("rw992", "其他", None),  # 成立协会门槛为2000人: a count of people, no year
        ("rw1011", "计划", 2026),  # Taiwanese, (115)年度補助…方案 under a skip link: the year of the Republic 115
        ("rw724", "其他", 2024),  # Taiwanese, 113.09.26（四）上午於白沙鄉…舉行…頒獎典禮
        ("rw640", "其他", 2025),  # Taiwanese, …舉辦「114年市長與工會有約」活動: an event named with its year
        ("rw641", "其他", 2016),  # 昨天下午召开的…会议，回顾总结去年…工作并部署2017年工作: news, the year summed up
        ("rw635", "其他", 2024),  # …匯報了2024年度工會工作完成情況、2025年重點工作目標: the year reported done
        ("rw653", "其他", 2017),  # 召開了我院2017年第1次職工代表大會 (會上通報了…工會2016年工作完成情況): the meeting's
    ],
)
def test_an_untitled_or_plainly_titled_documents_kind_and_year_from_its_text(stem, kind, year):
    """Kind and year of a document read from its text: news of a day's event or of a meeting is neither plan nor
    summary, a meeting's year the one whose work it sums up; a text's own word for its genre; the year of its
    goals, never one cited for something else."""
    document = _parsed(stem)[0]
    assert (document.kind, document.year) == (kind, year)


def test_news_with_a_taiwanese_papers_day_inside_its_word_is_other():
    """rw999: 台中第六家總工會「台灣勞工大聯盟」新成立，今(1)日在…召開第1屆理、監事授證典禮: news of the day, no plan."""
    assert _parsed("rw999")[0].kind == "其他"


@pytest.mark.parametrize(
    "stem, kind",
    [
        ("rw283", "总结"),  # 我们积极探索并实践了一系列…工作方法: work done, told as such
        ("rw221", "计划"),  # 以扩大…为重点，建立健全… over 拓展社区服务 …: an outline of tasks, nothing told done
        ("rw207", "其他"),  # a speech's welcome, no outline: neither
        ("rw795", "其他"),  # a scene set, then 近期，我院工会组织开展了…慰问活动: news, its tips box no plan
        ("rw811", "其他"),  # 工联会今日（16日）举行…: news of the day
        ("rw822", "其他"),  # 在第115个“三八”国际妇女节来临之际，…组织开展了一系列纪念活动: the festival's news
        ("rw808", "其他"),  # 该公司成立了…, 该公司…: a report on a company, not its own summary
        ("rw831", "计划"),  # a teachers' day programme (說明一、…) that tells nothing done: no news of the festival
    ],
)
def test_an_untitled_texts_kind_from_what_it_tells(stem, kind):
    assert _parsed(stem)[0].kind == kind


@pytest.mark.parametrize(
    "text, year",
    [
        # rw294: a newspaper's date stamp over a news item that states no year of its own
        (
            "2021-05-12第01版：要闻|【字体】|大| |默认| |小|\n本报讯 快闪演唱、诗歌朗诵……5月11日，市中心医院医护人员聚集一堂，庆祝国际护士节。",
            None,
        ),
        # rw296: a file number's year (索引号：…/2016-00122)
        (
            "索 引 号：769492411/2016-00122 |主题分类：综合政务/工作信息/工作动态| |\n4月1日上午，办事处联合社区工作人员，在格林社区开展志愿者服务月活动。",
            None,
        ),
        # rw347: 继2012年…以来, a year something began in; the event's year follows
        (
            "继2012年护理部首次举办国家级继续教育项目以来，我院护理部不断总结经验。2014年9月28日培训班如期举办。\n"
            "全市共有330名学员参加本次学习班。",
            2014,
        ),
        # rw292: the years of the honours a news item reports are the honours'
        (
            "5月12日是国际护士节，当日，医院举办了主题活动，向全院护理人员致以节日的祝福。\n"
            "大会对荣获中华护理学会科技奖二等奖，2024年质量管理奖，2024年明星护士长等优秀护理工作者进行了表彰。",
            None,
        ),
        # a year written as a year still is one: 2023-2024学年
        ("2023-2024学年第一学期，学校工会将围绕中心工作，做好服务。\n一是加强组织建设。", 2023),
    ],
)
def test_a_news_items_year_is_never_its_date_stamp_a_file_number_a_start_or_an_honours(text, year):
    (document,) = parse(text).documents
    assert document.year == year


@pytest.mark.parametrize(
    "text, kind, year",
    [
        # rw343: a column's name (基层组织) kept over an untitled report of a meeting told from its day: the opening is
        # the first sentence
        (
            "基层组织\n3月31日上午，农工党太原市第三人民医院支部召开会议，安排部署2023年支部工作。会议由支部主委李宇华主持。\n"
            "支部主委李宇华在会议中总结了上一年的工作。她指出，支部去年在党风廉政建设、组织管理等方面做了一些工作，"
            "并取得了一定的成效。\n",
            "其他",
            2023,
        ),
        # rw317: a department's profile (科室简介): who the union is, then its duties under their own heading
        (
            "科室简介\n院工会成立于一九八八年。现有工会主席1名(兼职),工会干事1名(专职)。\n工会工作职责:\n"
            "一.在院党委领导下,组织开展各项健康向上的文体活动。\n二.开展送温暖活动,慰问、关心职工生活,及时探视住院职工。\n"
            "三.根据职工健康体检制度,协同相关科室,按时做好职工体检工作。\n七. 做好计划生育工作,加强职工生育档案系统管理。\n",
            "其他",
            None,
        ),
    ],
)
def test_an_untitled_text_under_a_label_is_read_from_its_first_sentence_and_its_headings(text, kind, year):
    (document,) = parse(text, "rw343.txt").documents
    assert (document.title_source, document.kind, document.year) == ("file", kind, year)


def test_a_year_in_a_work_the_text_cites_is_not_the_documents():
    # rw425: an explainer's example title 《XX学院2020年招生工作计划》 gives the explainer no year; a year the text gives
    # its own work stays its year
    text = (
        "计划该如何写？\n计划一般包括标题、正文、落款三部分。\n标题\n"
        "完整的计划标题由四个要素组成：单位名称、适用时限、计划内容和计划种类，如《XX学院2020年招生工作计划》。"
        "有时可根据具体情况省略某些要素，或者省略时限，或者省略单位名称。\n"
    )
    assert parse(text, "rw425.txt").documents[0].year is None
    own = text.replace("如《XX学院2020年招生工作计划》", "我们将做好2020年招生工作")
    assert parse(own, "rw425.txt").documents[0].year == 2020


@pytest.mark.parametrize(
    "title, kind",
    [
        ("关于报送学校工会组织2021年工作总结和2022年工作计划的通知", "其他"),  # rw418: a notice about them
        ("计划该如何写?", "其他"),  # rw425: an explainer asks
        ("什么是工会年度工作计划", "其他"),  # rw337
        ("学校工会工作总结说明", "其他"),  # rw346: explains how a summary is written
        ("2020年医院工会工作计划格式", "计划"),  # seed 001: a 范文 site's sample of a plan
        ("街道工会工作总结怎么写 篇1", "总结"),  # rw128: a collection's sample summary, asking nothing
        ("医院工会2022年工作计划", "计划"),
        ("新干县总工会明确2016年工会工作思路", "其他"),  # rw455: a headline of what the union did with its plan
        ("开展九九重阳活动策划(篇1)", "计划"),  # rw489, rw856: an event's 策划 is its plan
        ("重阳节策划书如何写?", "其他"),  # rw671: asks how one is written
        # rw1099: a programme's name in quotes, the headline going on after it, names no genre (a headline: 其他); a
        # genre after the quotes is the title's
        ("团市委学校部党支部“十学计划” 推动党的二十大精神学习贯彻", None),
        ("“春风计划”实施方案", "计划"),
    ],
)
def test_a_notice_about_a_genre_or_a_question_about_it_is_neither_plan_nor_summary(title, kind):
    assert title_kind(title) == kind


# rw462: a meeting told from its day and hour (2017年1月22日下午2點,在…召開…會議), in Traditional; rw488: a text that says
# what follows is a plan (以下是一个重阳节风俗活动方案的设计：), then its parts; rw477 and rw476: news of a festival's
# event (在第111個“三八”婦女節到來之際,…工會特別策劃了…; 2019年3月8日，是全世界女同胞的节日，…); rw271: a festival's plan whose
# first line names its genre (社区重阳节活动方案2015) stays one
@pytest.mark.parametrize(
    "name, kind",
    [("rw462.txt", "其他"), ("rw488.txt", "计划"), ("rw477.txt", "其他"), ("rw476.txt", "其他"), ("rw271.txt", "计划")],
)
def test_an_untitled_text_read_as_news_of_its_hour_or_its_festival_or_as_the_plan_it_says_it_is(name, kind):
    (document,) = parse_file((FILES / name).read_bytes(), name).documents
    assert (document.title_source, document.kind) == ("file", kind)


def test_a_meetings_day_inside_its_opening_sentence_gives_its_year():
    # rw646: 为庆祝第107个护士节，医院于2018年5月9日举办“…护理表彰大会”, where the meeting then sums up 2017年护理工作
    assert _parsed("rw646")[0].year == 2018


def test_an_official_documents_number_is_no_year():
    # rw658: a 20XX年 template that cites 《关于…的通知》(川委办〔2020〕20号)
    assert _parsed("rw658")[0].year is None


def test_a_years_sum_with_its_unit_between_gives_the_year():
    # rw680 (Traditional): 2013年文中社區共評出23名優秀共產黨員, the year's sum; not 2021年是中国共产党成立一百周年 (rw425)
    assert _parsed("rw680")[0].year == 2013
    assert _parsed("rw425")[0].year is None


def test_a_telephone_number_over_an_untitled_plan_names_no_kind():
    # rw648: 138-0888-4776 over a township's 七一 plan (…现将有关策划方案事项通知如下 / 一、活动原则 / 二、活动安排)
    document = _parsed("rw648")[0]
    assert document.kind == "计划"


def test_an_untitled_text_on_a_festival_is_news_of_it():
    # rw676: 为了庆祝第104个国际三八劳动妇女节的来临，…院工会开展了一系列有意义的活动 (work done, but for the festival);
    # rw677: the festival in the second sentence (三月，春意正浓，…。一年一度的“三八”国际妇女节如约而至，…)
    assert [_parsed(stem)[0].kind for stem in ("rw676", "rw677")] == ["其他", "其他"]
    # a year's summary that names a festival in passing stays one (rw268: 庚子鼠年的春节，…; 回顾这不平凡的一年)
    assert _parsed("rw268")[0].kind == "总结"


def test_a_news_items_day_after_a_clause_with_its_year_takes_that_year():
    # rw398: 2025年刚刚翻开新的一页，1月2日，我校第十届教代会第四次会议在学校东风楼报告厅隆重举行
    assert _parsed("rw398")[0].year == 2025


def test_an_untitled_visit_from_the_day_it_began_is_news():
    # rw575: 为督促村级干部收心归位忙工作，精神饱满开好头，2月18日起，高岭乡党委书记…到各村指导谋划新年开篇工作 (its
    # plan-like words, 谋划, 工作, made it a plan)
    assert _parsed("rw575")[0].kind == "其他"


def test_a_festival_account_laid_out_in_numbered_sections_is_read_by_its_wording():
    # rw568: its question title (…总结文档版) is the site's; the text opens on 节日 but reports, in sections, what was done:
    # no rule takes it for news of the occasion; its summary's sections (基本情况) telling work done make it a summary
    # (fix25b: the kind model had read its numbered sections of what was done as a plan's)
    (document,) = parse_set_file("rw568.txt").documents
    assert (
        document.title_source == "file" and kind_by_rules(document.title, list(document.blocks), titled=False) == "总结"
    )
    assert document.kind == "总结"


def test_an_item_the_model_leaves_untitled_under_its_collections_title_is_of_the_genre_it_names():
    # rw506: 学校工会工作报告7篇 glued over the text of a congress's preparations report (汇报如下: read alone, a summary);
    # the collection's title goes, the item is a 工作报告 (其他) as annotated; rw287: 局机关工会工作总结范本 over 篇一
    for name, kind in (("rw506.txt", "其他"), ("rw287.txt", "总结")):
        result = parse_set_file(name)
        (document,) = result.documents
        assert (document.title_source, document.kind) == ("file", kind)
        assert "合集标题" in [line.reason for line in result.dropped]


def test_a_span_of_the_works_own_time_gives_its_first_year():
    # rw769: 省总工会决定，自2022年9月至2023年9月，在工会系统集中开展“县级工会加强年”专项工作 (自 here opens the span, no
    # year a thing began in before the text's time)
    (document,) = parse_set_file("rw769.txt").documents
    assert document.year == 2022


def test_a_fresh_pages_year_kind_and_cut_heading_as_classes():
    # rw839: a Taiwanese event named after the county that holds it, its ROC year after the county (114 is 2025)
    text = "5月12日是國際護理師節，南投縣政府衛生局在日月潭聯合舉辦「南投縣114年國際護士節慶祝大會」。縣長許淑華親臨大會致詞。\n"
    assert parse(text).documents[0].year == 2025
    # rw860: a report to a meeting states the year the meeting is set for (拟定于2006年3月17―31日召开…)
    report = (
        "第七届教职工代表大会筹备工作报告\n各位代表、同志们：\n我受筹备委员会的委托，作大会筹备工作报告。\n"
        "我校第六届教职工代表大会届期已满，拟定于2006年3月17―31日召开我校第七届教职工代表大会。\n"
    )
    assert parse(report).documents[0].year == 2006
    # rw863: an untitled text under a year plan's sections (指导思想, 工作重点及方法措施) is a plan
    plan = (
        "一、指导思想\n以邓小平理论和“三个代表”重要思想为指导，以提高工会工作水平、能力和绩效为重点，团结动员全镇小学教职工。\n"
        "二、工作重点及方法措施\n（一）加强组织建设。\n"
    )
    assert parse(plan).documents[0].kind == "计划"
    # rw837, rw865: the excerpt cut a few characters into the paragraph under a short numbered heading
    cut = "（二）宣传工作\n本年度我局工会征订了《工人日报》等工会宣传报刊，及时向工会会员宣传国家的各项政策。\n（三）维权保障\n及时_\n"
    assert heading_texts(parse(cut))[-1] == "维权保障"


def test_an_untitled_text_opening_on_its_years_work_under_its_leaders_is_a_summary():
    # rw739: 2014年，淅川县电业局工会在局党委…的正确领导和大力支持下，… then 该局 twice (read as a report on a unit: 其他)
    assert parse_set_file("rw739.txt").documents[0].kind == "总结"
    # what a unit will do under its leaders is no summary's opening
    plan = "2025年，工会将在党委的正确领导下，团结带领全体职工，推进各项工作。\n一是开展职工培训。\n二是开展文体活动。\n三是做好帮扶。\n"
    assert parse(plan).documents[0].kind != "总结"


def test_a_speech_naming_a_summary_and_a_section_heading_over_the_cut_end():
    # rw751: 国税局文化节闭幕式的总结发言稿 (a speech: 总结 qualifies 发言稿); 四、宣传力度大，社会影响好 / 为 (the page cut the
    # paragraph after its first character) had been glued into the heading
    (document,) = parse_set_file("rw751.txt").documents
    assert document.kind == "其他"
    assert heading_texts(parse_set_file("rw751.txt"))[-1] == "宣传力度大，社会影响好"
    assert title_kind("2024年工会工作总结") == "总结"


@pytest.mark.parametrize(
    ("name", "year"), [("rw726.txt", 2024), ("rw727.txt", 2020), ("rw893.txt", 2017), ("rw913.txt", 2014)]
)
def test_a_taiwanese_texts_work_year_or_full_date_of_the_republic_gives_its_year(name, year):
    # rw726: 南投縣113年度大、小旗艦計畫; rw727: 決標日至109年12月31日止
    assert parse_set_file(name).documents[0].year == year


def test_a_date_of_the_republic_something_began_on_gives_no_year():
    text = (
        "自105年1月1日起法定正常工時調整為每週四十小時，勞工權益應受保障。\n各工會應配合宣導，協助會員瞭解相關規定。\n"
    )
    assert parse(text).documents[0].year is None


def test_a_day_that_lost_its_marks_and_a_signatures_date_in_chinese_numerals_give_the_year():
    # rw948: 我院工会201014日和201019日分别组织了… (2010年1月4日); rw947: 三附院工会 over 二〇一七年八月十七日
    opening = "春节前夕，为了增强医院的凝聚力，我院工会201014日和201019日分别组织了“迎新春拔河比赛”。\n"
    assert parse(opening).documents[0].year == 2010
    # rw1706: a month that lost its 年 (于202010月中下旬開展…), the text's only year; a count before 月 is none (12个月)
    month = "裕祥花園社區(qū)于202010月中下旬開展(zhǎn)一系列線上線下鄰里節(jié)活動(dòng)。\n"
    assert parse(month).documents[0].year == 2020
    assert parse("社区开展了为期12个月的邻里节系列活动，受益居民近千人次。\n").documents[0].year is None
    signed = (
        "闭幕式在队员们快乐的欢呼声及热烈的掌声中落下帷幕。\n拔河比赛作为一个交流的平台，丰富了职工文化生活。\n"
        "三附院工会\n二〇一七年八月十七日\n"
    )
    assert parse(signed).documents[0].year == 2017
    assert parse("全院共有144人参赛，约300名职工为选手加油助威，现场气氛异常热烈。\n").documents[0].year is None


def test_an_untitled_report_of_an_event_held_in_a_part_of_the_month_or_year_is_news():
    # rw963: 為了…，中山市教育工會于10月下旬先后舉辦了…比賽; rw966: 公司生产系统于2017年底开展…劳动竞赛活动 (both read as summaries)
    for name in ("rw963.txt", "rw966.txt"):
        assert parse_file((FILES / name).read_bytes(), name).documents[0].kind == "其他", name


def test_an_untitled_report_of_a_course_closed_on_its_day_after_what_led_to_it_is_news():
    # rw1093: 经过一整年的精心培训和周密组织，1月25日，北京电力医院2017年度护理苗圃培训班结业。 (read as a plan)
    assert (document := parse_set_file("rw1093.txt").documents[0]).kind == "其他" and document.year == 2017


def test_an_untitled_report_of_an_honour_received_lately_is_news():
    # rw1068: 2009年，在院党委的正确领导下，工会…。日前，我院工会被扬州市总工会授予“五星级基层工会”称号 (read as a summary by
    # its opening on the year under its leaders)
    assert parse_set_file("rw1068.txt").documents[0].kind == "其他"


def test_an_untitled_page_that_weighs_its_years_achievements_against_its_problems_is_a_summary():
    # rw1081: the second page of a village branch's report, 总之，在2010年，我们虽然取得了一定的成绩，但…仍然存在着不少问题 over
    # its 一是…四是 problems, their 需要…争取 read as a plan's
    assert parse_set_file("rw1081.txt").documents[0].kind == "总结"


def test_an_untitled_call_posted_for_applicants_until_a_day_is_a_notice():
    # rw1078: a welfare bureau's 一、…二、…三、本計畫自即日起公告至明(105)年2月15日(星期一)止,歡迎立案法人或團體踴躍申請。
    assert parse_set_file("rw1078.txt").documents[0].kind == "其他"


def test_an_untitled_explainer_that_says_what_it_will_introduce_is_neither_plan_nor_summary():
    # rw1089: 「福委會」又稱職福會，…本文將帶你認識福委會是什麼，… (read as a plan by its 必須 and 需要)
    assert parse_set_file("rw1089.txt").documents[0].kind == "其他"


def test_a_taiwanese_date_of_the_republic_with_slashes_gives_the_year():
    # rw1114: 中臺科技大學護理系近(113/5/8)日舉辦…加冠典禮 (the page's date 2024-05 goes)
    assert _parsed("rw1114")[0].year == 2024


@pytest.mark.parametrize("stem", ["rw1118", "rw1142"])
def test_an_untitled_text_saying_how_often_a_meeting_is_usually_held_describes_the_institution(stem):
    # rw1118: 民主生活會，一般為半年召開一次 (rules); rw1142: 組織生活會…一般每季度或半年召開一次 (an explainer): neither plans
    assert _parsed(stem)[0].kind == "其他"


@pytest.mark.parametrize("stem", ["rw1032", "rw1036", "rw1041", "rw1058"])
def test_untitled_news_told_lately_or_after_a_scene_setting_sentence_is_news(stem):
    """fix20d: 泌尿外科近日举办了… (rw1032, 近日 with no comma); a one-sentence opening paragraph, then the event of a day
    (日前，…开展“送清凉”慰问活动, rw1058; 謝美玲昨(25)日…舉行記者招待會, rw1036); a press release under its label and day
    (rw1041, the label gone)."""
    (document,) = _parsed(stem)
    assert document.kind == "其他"


def test_a_year_a_body_was_founded_in_told_after_its_day_is_no_year_of_the_document():
    # rw1035 (fix20d): 中心主任梁露欣表示中心於2020年3月成立 in a news item of a later year that gives none
    assert _parsed("rw1035")[0].year is None
    # a body set up in the work reported gives its year
    assert parse("我院于2023年3月成立了护理质量管理小组，开展了各项工作。\n").documents[0].year == 2023


@pytest.mark.parametrize(
    ("stem", "year"),
    [
        ("rw1150", 2020),  # 2020年是特殊的一年，在新冠疫情…: the year the news is in
        ("rw1152", None),  # 始建于1973年底，并于1978年底正式投产: the mine's history
        ("rw1173", None),  # 103.09.15第一屆第二次理監事聯席會議通過: a rule's adoption
        ("rw883", None),  # 85.01.12…通過 / 104.8.21.…修正: the same
        ("rw1180", 2025),  # 特别筹办了二○二五护理之家千岁团春游活动
    ],
)
def test_years_said_of_the_year_or_in_chinese_numerals_count_a_units_history_and_a_rules_adoption_do_not(stem, year):
    assert _parsed(stem)[0].year == year


def test_an_untitled_text_opening_on_a_yearly_campaign_is_news():
    # rw1160: 在一年一度的“金秋助学”活动中，平湖街道总工会…送去关爱温暖 (下一步…还将… at its end)
    assert _parsed("rw1160")[0].kind == "其他"


def test_a_plans_goal_to_finish_a_project_in_a_year_is_its_year():
    # the founding class of rw1152 needs 正式: a plan's 计划于2025年底建成 is the year it works for
    text = "为推进职工之家建设，计划于2025年底建成职工书屋，各分会要做好准备。\n"
    assert parse(text).documents[0].year == 2025


def test_the_year_of_a_cited_laws_revision_is_not_the_texts():
    # rw1197 (fix21b): an explainer citing 《中華人民共和國工會法》(2021修訂) states no year of its own
    assert _parsed("rw1197")[0].year is None
    assert parse("根据《工会法》(2021修订)，我会制定2023年工作计划如下。\n").documents[0].year == 2023


@pytest.mark.parametrize(("stem", "year"), [("rw926", 2022), ("rw936", 2015), ("rw918", None), ("rw640", 2025)])
def test_a_year_seen_off_a_years_report_beside_the_next_and_a_quoted_event_told_later(stem, year):
    """fix21c: 送别2021，…迎接2022 in a new-year walk's report (rw926); a meeting that heard 《关于2015年…情况和2016年…意见的
    报告》 sums up 2015 (rw936); a Taiwanese item's 「109年人口及住宅普查」 the text asks its readers to support after telling its
    own event gives no year (rw918), where 舉辦「114年市長與工會有約」 in the sentence that tells the event does (rw640)."""
    assert _parsed(stem)[0].year == year


@pytest.mark.parametrize("stem", ["rw1312", "rw1313"])
def test_untitled_news_opening_on_a_festivals_poetic_name_is_news(stem):
    # fix22b: 在一年一度的重阳佳节来临之际 (rw1312), 九九话重阳 (rw1313)
    (document,) = _parsed(stem)
    assert document.kind == "其他"


def test_a_new_year_letter_to_workers_is_no_plan_and_has_the_year_it_looks_back_on():
    # fix22b: rw1302 opens 全國各族職工: and looks back on 剛剛過去的2023年 before 2024年是…
    (document,) = _parsed("rw1302")
    assert (document.kind, document.year) == ("其他", 2023)


def test_untitled_news_opening_on_the_day_of_the_month_alone_is_news_of_its_meetings_first_year():
    # fix23b: rw1363 opens 16日,市总工会召开2023年“双优”考评总结暨2024年机关作风建设推进会。 (the month in the page's stamp)
    (document,) = _parsed("rw1363")
    assert (document.kind, document.year) == ("其他", 2023)


def test_the_year_of_an_honours_workers_is_no_year_of_the_texts_work():
    # fix23b: rw1362 表彰了2015-2017年度优秀工会工作者 (a 工作者 is a person), its headline a meeting of no year: no year
    (document,) = _parsed("rw1362")
    assert document.year is None


def test_this_year_named_by_its_number_in_brackets_is_the_texts_year():
    # fix23b: rw1346 (traditional script, untitled) gives its year once, late: 自今(2025)年11月1日起將敬老卡…
    (document,) = _parsed("rw1346")
    assert document.year == 2025


def test_a_how_to_title_a_meeting_headline_a_wire_item_and_a_clocked_meeting_are_news_or_explainers():
    """aud21y: pages of the search corpus the set never saw (a 村支书 article, a 妇联 执委会 headline, a 全总 wire item,
    a 团支书 meeting at 16:40, a 述职评议会 after a sentence that sets the scene) read as plans or summaries by their genre
    word or their wording."""
    assert title_kind("乡村振兴第一线：村支书如何规划全年党建工作") == "其他"
    assert title_kind("鲤城区妇联召开六届三次执委会总结部署年度工作") == "其他"
    # what stays: a plan's genre word at its head, a summary's, a 如何 question that names no genre
    assert title_kind("2021年支部主题党日活动方案") == "计划"
    assert title_kind("共青團XX區委2022年度工作總結") == "总结"
    assert title_kind("护士长如何做好护理人员科室培训工作") is None
    (wire,) = _page(
        "中工網(wǎng)北京1月22日電 (工人日報-中工網(wǎng)記者鄭莉 郝赫 朱欣)1月21日至22日在京召開(kāi)的全總十八屆三次"
        "執委會議,明確了2025年工會工作總體要求和主要任務。2025年,全總和各級工會將全面貫徹黨的二十大和二十屆二中、三中全會精神,"
        "落實中國工會十八大要求,強化政治建設。\n全總提出,要旗幟鮮明強化政治建設,聚焦打基礎、利長遠,創新實施職工群眾思想政治引領建設工程。\n"
    )
    assert (wire.kind, wire.year) == ("其他", 2025)
    (meeting,) = _page(
        "2021年12月21日下午16:40,青少年教育系2021年度团支书评议大会在教学楼413教室召开。评议大会开始,系党支部书记戴彩云老师为"
        "各班团支书加油打气并感谢各班团支书近一年来为班级、系部所做出的贡献。\n会上,各班级团支书自我评议、总结本年度的工作与学习,"
        "有经验总结、团支部特色活动及存在的不足及改进措施。\n此次评议大会的召开是一场总结的会,更是一场交流的会。\n"
    )
    assert (meeting.kind, meeting.year) == ("其他", 2021)
    (review,) = _page(
        "落实机关党建工作责任制,是深入推进全面从严治党的必然要求,是推进机关党建走在前、作表率的应有之义,是改进机关作风的重要抓手。"
        "3月7日,机关党委在阜成路校区召开党支部书记2022年度党建述职评议会。机关党委委员、党支部书记和支委代表共58人参会。\n"
        "按照学校党委工作部署,本次述职评议会采用现场述职和书面述职相结合方式进行。10位党支部书记有重点的汇报了2022年抓基层党建工作的"
        "主要做法。\n"
    )
    assert (review.kind, review.year) == ("其他", 2022)


def test_a_cited_survey_a_hash_a_reported_year_and_a_two_digit_roc_date_give_the_documents_year():
    """aud21y: a survey's year quoted in the second paragraph (rw1006, 「2024縣市幸福指數大調查」), digits inside a file's hash
    name (a1964f52d), a meeting that 报告了2024年…工作情况，并对2025年…安排部署 (2024), a Taiwanese 時間:97年12月6日 (2008)."""
    assert _parsed("rw1006")[0].year is None
    (hashed,) = _page(
        "為了讓不回家的員工能在中山度過一個熱鬧祥和的快樂新年,於1月26日晚,為大家舉辦了團年飯活動。\n", "a1964f52d.txt"
    )
    assert hashed.year is None
    (executive,) = _page(
        "本网讯(通讯员蔡瑜蓉)12月30日,夷陵区妇联召开五届五次执委(扩大)会议。区妇联五届执委、各乡镇(街道、试验区)妇联主席、"
        "区妇联全体机关干部等参加会议。\n会议按照相关程序,替补区妇联五届执委16名,增补区妇联五届执委1名。会上,区妇联党组书记、"
        "主席肖莉报告了2024年妇联工作情况,并对2025年妇联工作进行了安排部署。\n"
    )
    assert executive.year == 2024
    (minutes,) = _page(
        "主題工具 搜尋本主題 顯示模式\n文章: 49\n第五屆第七次大專院校暨高中職委員會議紀錄\n時間:97年12月6日(上午9:00~12:00)\n"
        "地點:石碇茶香桂花農園\n主席:陳文杰\n出席人員:秀峰高中教師會/陳文杰、鶯歌高職教師會/吳炳毅。(18人)\n"
    )
    assert (minutes.title, minutes.year) == ("第五屆第七次大專院校暨高中職委員會議紀錄", 2008)
    # what stays: a quoted award the opening paragraph reports (rw1048: 2017)
    assert _parsed("rw1048")[0].year == 2017


def test_news_on_days_sharing_one_ri_a_duties_list_and_a_comment_pages_link_are_no_plan_nor_summary():
    """fix23a: an untitled report of 4月15、16、17日中午 after its purpose (rw1263) is news; a text whose opening announces
    党小组长的主要职责是： (rw1290) is a list of duties; a post's 第八届「同心展步獻長者」-留言 is its comment page's link (rw1267)."""
    assert _parsed("rw1263")[0].kind == "其他"
    assert _parsed("rw1290")[0].kind == "其他"
    assert junk_reason(clean_text_line("第八届「同心展步獻長者」-留言")) is not None


def test_a_meeting_named_by_a_span_of_years_has_the_first():
    """fix23a: 12月11日,我院举行2013-2014年度任期护士长竞聘演讲会 (rw1282): 2013, not the span's second year."""
    assert _parsed("rw1282")[0].year == 2013


def test_an_untitled_article_citing_its_sources_by_notes_is_no_plan():
    """fix23a: rw1266's essay on a union's members (依據「工會法」第4條第1項[1]及同法第6條第1項的規定[2],…) was read as a plan."""
    assert _parsed("rw1266")[0].kind == "其他"


def test_a_rules_amendment_records_give_no_year_and_its_article_captions_are_headings():
    """fix22a: rw1244's charter under eight 經…會員大會決議修正第24、29條 lines (ROC 103-112): no year; 第 1 條 法律依據
    a level-2 heading 法律依據 under 第一章 總則 (its first was dropped as page matter); an article's text on its line stays."""
    (document,) = _parsed("rw1244")
    assert document.year is None
    headings = [(b.level, b.text) for b in document.blocks if b.type == "heading"]
    assert headings[:3] == [(1, "總則"), (2, "法律依據"), (2, "會名")]
    assert not judged("第1條 法律依據", False)
    (charter,) = _page(
        "工会章程\n第一章 总则\n第一条 本会定名为某某公司工会。\n第二条 本会是职工自愿结合的群众组织。\n"
    )
    assert [b.text for b in charter.blocks if b.type == "heading"] == ["总则"]
    assert any("本会定名为某某公司工会。" in b.text and b.type != "heading" for b in charter.blocks)


def test_an_untitled_notice_of_an_event_the_unit_will_hold_is_a_plan_and_its_group_photos_caption_goes():
    """fix22a: rw1249's 本會…服務處將於2020年12月舉辦一年一度之「…」: a plan; 去年嘉賓及職員…前合照留念。 the caption of a lost
    photo; a sentence of clauses that tells the photo taken stays."""
    (document,) = _parsed("rw1249")
    assert (document.kind, document.year) == ("计划", 2020)
    assert junk_reason(clean_text_line("去年嘉賓及職員整裝待發前往探訪長者前合照留念。")) == "图片说明"
    assert junk_reason(clean_text_line("活动结束后，大家合影留念。")) is None


@pytest.mark.parametrize(
    "stem, year",
    [
        ("rw1534", None),  # 《全国护理事业发展规划(2021—2025年)》: a cited programme's span
        ("rw1543", None),  # 2019年、2020年投入…; 2017年,社区党支部被评为…; 2018年李云娟家庭获“…”称号
        ("rw1048", 2017),  # 对“2017年度全国发电企业最美工会”获奖单位进行了表彰: the event reported, no honour's subject
    ],
)
def test_years_of_cited_spans_listed_years_and_honours_are_not_the_documents(stem, year):
    """fix22b: a cited work's span of years, years listed together and the year a clause opens on for whom it honours."""
    assert _parsed(stem)[0].year == year


@pytest.mark.parametrize("stem", ["rw1537", "rw1545"])
def test_an_untitled_meetings_arrangements_and_an_event_begun_on_its_day_are_news(stem):
    """fix22b: rw1537 (会议还对…进行了安排, 副主席…对2017年…工会工作做了安排) reports a meeting; rw1545 opens on 實習活動於七月
    一日開始, a day in Chinese numerals."""
    assert _parsed(stem)[0].kind == "其他"


def test_a_laws_day_before_its_name_is_the_laws_not_the_texts():
    """gen22t: rw1040's opening 2011年5月1日《工會法》解除教師工會的禁令後 names the law's day, no year of the explainer (2011 at
    first contact), as a law's year before its name is (1988年全民所有制工业企业法)."""
    assert _parsed("rw1040")[0].year is None
    assert parse("2011年5月1日《工会法》修订后，我会制定2023年工作计划如下。\n").documents[0].year == 2023


@pytest.mark.parametrize(
    ("clause", "year"),
    [
        ("该支部曾获2021年度先进基层党组织称号。", None),  # an honour won before: the honour's year
        ("老党员张三已有50年党龄，1974年入党。", None),  # a member's history
        ("会议对2024年党建工作进行了安排部署。", 2024),  # the year of the work the meeting plans
    ],
)
def test_a_year_of_an_honour_won_before_or_of_a_members_history_is_not_the_reports(clause, year):
    """gen22t: a year probe on rw1095's headline and lead (a news item of a meeting with no year of its own): a past honour
    (曾获…) and a member's history (…年入党) gave their years; the work the meeting plans still gives its year, and a year
    before a group of people is the event's (2024年退休职工欢送会, rw1327)."""
    text = (
        "区国动办机关党支部召开主题教育专题组织生活会\n"
        "1月19日上午，青浦区国动办机关党支部召开主题教育专题组织生活会，支部全体党员参加会议。" + clause + "\n"
        "会议指出，要进一步加强党支部建设，推动各项工作落实落细。\n"
    )
    assert parse(text).documents[0].year == year
    assert _parsed("rw1327")[0].year == 2024


def test_a_plan_to_be_held_on_its_day_is_no_news_opening():
    """fix22c: the 于 opening reads a subject of up to forty characters now (rw1458); an event that will be held (将于, 拟于)
    stays a notice's, not news of a day."""
    from nlp.library.structure import EVENT_OPENING

    assert EVENT_OPENING.match("由县总工会主办、大井子矿业承办的全县电工技能比赛于2022年7月28日举办")
    assert not EVENT_OPENING.match("由县总工会主办、大井子矿业承办的全县电工技能比赛将于2022年7月28日举办")


@pytest.mark.parametrize(
    "stem, title, kind, year",
    [
        # an untitled programme: 在第115个“三八”…即将到来之际，…精心筹备了六大主题活动, each event over its 活动时间：3月5日 and
        # 活动地点：… fields: a plan, not news of the festival
        ("rw1629", "rw1629", "计划", None),
        # 卯家湾社区于2018年从…等5个乡镇边缘村搬迁到此居住 (where its people came from) before 2024年6月7日下午，…开展…活动; the
        # headline's casino suffix (…主题活动-凯时尊龙官网) gone, the headline line under it the title
        ("rw1611", "卯家湾社区开展“幸福家园卯家湾·粽叶飘香迎端午”主题活动", "其他", 2024),
    ],
)
def test_fresh_sites_programme_fields_a_communitys_move_and_a_casino_suffix(stem, title, kind, year):
    """fix23b: an untitled programme's events under their time and place fields is a plan; the year a community moved is
    its history, not the year of the event reported; a casino's name either way round with its site is spam."""
    (document,) = _parsed(stem)
    assert (bare(document.title), document.kind, document.year) == (bare(title), kind, year)


def test_a_news_reports_time_and_place_in_its_sentences_is_no_programme():
    """fix23b: two event fields make an untitled text a programme (rw1629); one field a report quotes leaves it news."""
    fields = "活动时间：3月5日\n活动地点：县图书馆广场、水平溪客货邮物流中心\n1.卫生健康志愿服务：为群众开展义诊与健康咨询服务。\n"
    programme = parse(
        "在第115个“三八”国际劳动妇女节即将到来之际，会同县妇联精心筹备了六大主题活动。\n一、学雷锋 做志愿\n" + fields
    )
    assert programme.documents[0].kind == "计划"
    news = parse(
        "在第115个“三八”国际劳动妇女节到来之际，会同县妇联开展了主题活动。\n活动地点：县图书馆广场\n"
        "志愿者为群众开展了义诊与健康咨询服务，发放了宣传资料。"
    )
    assert news.documents[0].kind == "其他"


def test_a_memorials_history_told_after_the_visit_is_no_year_of_the_report():
    """fix23b: rw1633's 4月6日，…党支部组织支部党员…瞻仰人民英雄纪念碑…1951年，一场…战役在洪四村打响… and rw1391's
    …一同“走进”上海中共一大会址纪念馆…1921年7月23日，中国共产党第一次全国代表大会在此召开 give no year of the visit; a visit's own
    year before it stays."""
    assert [d.year for d in _parsed("rw1633")] == [None]
    assert [d.year for d in _parsed("rw1391")] == [None]
    dated = parse(
        "2023年4月6日，公司党支部组织支部党员瞻仰人民英雄纪念碑，参观军装发展史馆。1951年，一场战役在洪四村打响。\n"
        "全体党员在烈士纪念碑前重温入党誓词。"
    )
    assert dated.documents[0].year == 2023


def test_a_year_long_before_the_pages_time_is_history_not_the_documents():
    """gen23y: rw843's explainer opens on 1941年党中央决定召开“四大”，确定1921年7月的首日…作为党的生日 and its page dates itself in
    2021: a year more than HISTORY_GAP (25) years before the latest year the page gives is the history the text tells, and the
    document takes the next year it states; without a later year on the page, the year stays."""
    assert _parsed("rw843")[0].year == 2021
    assert (
        _parsed("rw008")[0].year == 2004
    )  # a 2004 plan on a page that names 2024: older text, newer page, within the gap
    told = "1941年党中央决定召开“四大”，确定1921年7月的首日即7月1日作为党的生日和纪念日。\n"
    assert parse(told).documents[0].year == 1941
    assert parse(told + "2021年6月30日，社区党支部组织党员重温入党誓词。\n").documents[0].year == 2021
    assert parse(told + "发布时间：2021-06-30\n").documents[0].year is None


def test_the_year_that_names_the_texts_campaign_dates_it_whatever_the_verb():
    """gen23y: rw1483's 纷纷行动，启动2025年“夏日送清凉”系列慰问活动 in its third paragraph dates the report (first contact took no
    year there: the year-of-work pattern took only 做好/开展… before it); a year something began in or one inside a cited work's
    name stays no year (rw1534's 《全国护理事业发展规划(2021—2025年)》《进一步改善护理服务行动计划…》)."""
    lead = "近日，三伏酷暑持续“烤”验着城市，当我们躲在空调房里避暑时，总有一群人顶着烈日坚守岗位。\n"
    scene = "高温之下，他们挥汗如雨，默默守护着城市的运转。\n"
    campaign = "为了守护这些高温下的“逆行者”，盐田区各街道总工会纷纷行动，启动2025年“夏日送清凉”系列慰问活动，把关怀送到一线。\n"
    assert parse(lead + scene + campaign).documents[0].year == 2025
    assert parse(lead + scene + "自2019年开展“夏日送清凉”活动以来，工会持续送去关怀。\n").documents[0].year is None
    cited = "为深入贯彻落实《全国护理事业发展规划(2021—2025年)》《进一步改善护理服务行动计划》，护理部开展培训。\n"
    assert parse(lead + scene + cited).documents[0].year is None


def test_the_events_dated_day_after_the_scene_dates_the_report_not_the_years_the_scene_names():
    """gen23y: rw1511 opens on 四季轮回寒暑过，…我们挥别了过去的2022年，迎来了崭新的2023年。 and its next paragraph, past a sentence
    of scene, tells 2023年1月10日下午，…护理部召开全院护理工作总结大会: the meeting's day dates the report (first contact: 2022)."""
    assert [d.year for d in _parsed("rw1511")] == [2023]
    scene = "四季轮回寒暑过，辞旧迎新又一年，伴随着跨年的钟声，我们挥别了过去的2022年，迎来了崭新的2023年。回顾过去，我们见证了拼搏。\n"
    told = "过去是挥手作别的记忆，未来是承载希望的憧憬。2023年1月10日下午，北京市健宫医院护理部召开全院护理工作总结大会。\n"
    assert parse(scene + told).documents[0].year == 2023
    assert (
        parse(scene + "过去是挥手作别的记忆，未来是承载希望的憧憬。护理部召开全院护理工作总结大会。\n")
        .documents[0]
        .year
        == 2022
    )


def test_the_report_of_a_years_work_a_meeting_heard_is_the_year_it_sums_up():
    """gen23y: rw1505's meeting (a reworded copy: 事情 for 工作, 聚会 for 会议) 听取2019年工会事情汇报，研究安排2020年工会详细事情: the
    year it sums up, as 总结 / 工作报告 of a year give (first contact: 2020); a show (汇报演出) reports no year's work."""
    assert [d.year for d in _parsed("rw1505")] == [2019]
    opening = "4月24日，集团公司党委召开专题聚会，研究安排2020年集团工会事情，党委书记主持聚会并讲话。\n"
    assert parse(opening + "聚会听取2019年工会事情汇报，研究安排2020年工会详细事情。\n").documents[0].year == 2019
    assert parse(opening + "聚会观看了2019年职工文艺汇报演出，研究安排2020年工会详细事情。\n").documents[0].year == 2020


def test_a_school_year_of_the_republic_dates_the_plan_one_a_change_starts_from_does_not():
    """gen23y: rw1496's table cell 實施方式 (暫擬101學年度) dates the plan 2012, the year the school year begins in (first contact: no
    year); rw1040's 教師專業發展評鑑將於106學年度起轉型… is a change others plan from that year, no year of the text."""
    assert [d.year for d in _parsed("rw1496")] == [2012]
    assert [d.year for d in _parsed("rw1040")] == [None]


def test_a_see_also_aside_and_a_laws_history_before_the_pages_time_give_no_year():
    """gen23y: rw1516, stamped 2024/07/05, cites (可參113年10月7日…共同舉辦之司法講座，…) and tells 醫護人員適用勞基法之歷程 from 86年9月1日:
    the aside's day is its source's and 1997 is history by the page's time, so the explainer states no year (first contact:
    2024); a day of the Republic outside an aside stays the text's."""
    assert [d.year for d in _parsed("rw1516")] == [None]
    aside = "醫護人員之權益保障依公務人員保障法等規定（可參113年10月7日財團法人中華法學研究院共同舉辦之司法講座）。\n"
    assert parse("淺談醫護人員勞動權益保障\n" + aside + "工會將持續關注。\n").documents[0].year is None
    held = "本會於113年10月7日舉辦司法講座，會員踴躍參加。\n"
    assert parse("淺談醫護人員勞動權益保障\n" + held + "工會將持續關注。\n").documents[0].year == 2024


def test_a_full_day_past_the_opening_dates_the_text_when_nothing_else_does():
    """gen23y: rw914's ceremony tells its day in its third paragraph (2023年12月22日冬至的晚上，天氣雖然很冷，大家的心很熱), no year
    of work anywhere (first contact, round 19, and main until now: no year); a full day inside another thing's span (a law's
    day, 2011年5月1日《工會法》…) is read away there as in the opening."""
    assert [d.year for d in _parsed("rw914")] == [2023]
    opening = "若是說護理學生最大的活動莫過於加冠典禮，如同成人式一般，在實習前由老師為學生加冠。\n由院長為加冠生致詞及勉勵。\n"
    assert (
        parse("<加冠典禮>\n" + opening + "2023年12月22日冬至的晚上，天氣雖然很冷，大家的心很熱。\n").documents[0].year
        == 2023
    )
    law = "2011年5月1日《工會法》解除教師工會的禁令後，各縣市成立教師工會。\n"
    assert parse("<加冠典禮>\n" + opening + law).documents[0].year is None


def test_a_titles_own_dotted_day_is_the_documents_year_a_stamp_in_the_text_is_not():
    """gen23y: rw1025's headline 我院举行庆“三·八”国际劳动妇女节活动(2007.4.5) dates the item 2007 (a first-contact miss of round 20
    still missed on main: the dotted day was read away as a page's stamp, which no title holds); in the text it stays a stamp."""
    assert [d.year for d in _parsed("rw1025")] == [2007]
    body = "为庆祝“三·八”国际劳动妇女节，院工会组织女职工开展了丰富多彩的活动。\n大家在活动中增进了友谊，度过了一个愉快的节日。\n"
    headline = (
        "我院举行庆“三·八”国际劳动妇女节活动(2007.4.5)\n"  # the page gives it twice, as its title and its headline
    )
    assert parse(headline + headline + body).documents[0].year == 2007
    assert parse(body + "院工会在2007.4.5的活动中发放了纪念品。\n").documents[0].year is None


def test_the_summed_year_of_a_meeting_whose_spirit_is_passed_on_is_that_meetings():
    """fix25b: rw1354's meeting 傳達學習市總工會十屆五次全委（擴大）會議精神; that meeting 全面總結了2021年全市工會工作成效, not this one,
    which plans the county's 2022年工作要點: 2022 (before: 2021)."""
    assert [d.year for d in _parsed("rw1354")] == [2022]
    opening = "3月7日上午，县总工会召开全体人员会议，传达学习市总工会十届五次全委（扩大）会议精神。\n"
    other = "会议指出，市总工会十届五次全委（扩大）会议全面总结了2021年全市工会工作成效。\n"
    own = "要结合市总工会2022年工作要点，认真制定县总工会2022年工作要点。\n"
    assert parse(opening + other + own, "a.txt").documents[0].year == 2022
    # a meeting that sums up its own year still has the year it sums up
    assert parse("3月7日上午，县总工会召开全委会议，总结了2021年工会工作，部署2022年工作。\n").documents[0].year == 2021


def test_a_chronicles_year_is_its_last():
    """fix25b: rw957's station tells its history by paragraphs opening 2018年，…成立 / 2020年，… / 2022年，… / 2023年，…: the text's
    own time is the last (before: 2018, the founding)."""
    assert [d.year for d in _parsed("rw957")] == [2023]
    text = "社区文明实践站开展国学课堂。\n2018年，社区成立新时代文明实践站。\n2020年，实践站场所升级。\n2023年，实践站着力构建服务体系。\n"
    assert parse(text).documents[0].year == 2023
    # years that do not follow one another are no chronicle: the first stands
    assert (
        parse("社区开展国学课堂。\n2018年，社区成立实践站。\n2016年，社区建成广场。\n2023年，实践站升级。\n")
        .documents[0]
        .year
        == 2018
    )


def test_a_signatures_date_in_eight_digits_gives_its_year():
    """fix25b: rw1410's letter ends 广东工贸职业技术学院工会 / 20211013: 2021 (before: none)."""
    assert [d.year for d in _parsed("rw1410")] == [2021]


def test_a_titles_roc_work_year_dates_the_plan_and_a_rules_amendment_day_does_not():
    """fix25b: rw1488 臺北市106學年度…學校經營計畫 names its school year only in its title: 2017 (before: none); rw1508's
    工會法（民國111年11月30日修正） and rw1524's …組織準則（102年10月17日） are a rule's amendment days: no year."""
    assert [d.year for d in _parsed("rw1488")] == [2017]
    assert [d.year for d in _parsed("rw1508")] == [None]
    assert [d.year for d in _parsed("rw1524")] == [None]


def test_a_span_of_months_a_study_ran_over_gives_the_year_it_begins():
    """fix25b: rw1017's study 选取2015年03月至2016年03月在我院行手术治疗的患者90例: 2015 (before: none)."""
    assert [d.year for d in _parsed("rw1017")] == [2015]


def test_a_meeting_held_for_a_festival_is_the_news_not_a_genre():
    """fix25b: rw755 opens on 三八 and tells 召开了纪念“三八妇女节”97周年表彰大会 in the same sentence: the meeting is what the news
    reports, no genre of the text's own (before: 总结 by its 开展了一系列)."""
    assert [d.kind for d in _parsed("rw755")] == ["其他"]


def test_an_untitled_meeting_report_after_scene_lines_is_news():
    """fix25b: rw1511 opens on scene lines (…回顾过去，…) and its next paragraph tells 2023年1月10日下午，…护理部召开全院护理工作总结大会:
    news of that meeting (before: 总结 by 回顾过去)."""
    assert [d.kind for d in _parsed("rw1511")] == ["其他"]


def test_an_account_under_its_leaders_without_its_year_is_a_summary():
    """fix25b: rw364 opens xx镇总工会在镇党委和县总工会的领导下，…做了应该做的工作 (its year left out): the unit's account (before: 其他)."""
    assert [d.kind for d in _parsed("rw364")] == ["总结"]


def test_an_untitled_text_in_a_summarys_sections_telling_work_done_is_a_summary():
    """fix25b: rw568 (三八 activities under 基本情况) and rw1543 (创建工作开展情况及成效) tell work done in a summary's sections: 总结
    (before: 计划 by the kind model); rw1230, an article's study of others' work (摘 要：…笔者…), stays 其他."""
    assert [d.kind for d in _parsed("rw568")] == ["总结"]
    assert [d.kind for d in _parsed("rw1543")] == ["总结"]
    assert [d.kind for d in _parsed("rw1230")] == ["其他"]


@pytest.mark.parametrize(
    "section, kind",
    [("202x年基层治理工作总结", "总结"), ("2021年工作总结", "总结"), ("2024年社区工作计划", "计划")],
)
def test_fix26c_an_untitled_texts_first_section_naming_a_years_work_gives_its_kind(section, kind):
    # rw1840: an untitled report opening on the central 意见, then 一、202x年基层治理工作总结 over sections telling no 了
    blocks = [
        Block("paragraph", "党的二十届三中全会已胜利举行，为我们做好新时代社区工作指明方向。"),
        Block("heading", section, marker="一、", level=1),
        Block("heading", "坚持党建引领，夯实基层组织建设", marker="（一）", level=2),
        Block("paragraph", "一是深入学习宣传党的二十大精神，将学习宣传作为当前和今后一个时期的首要政治任务。"),
    ]
    assert kind_by_rules("rw1840", blocks, titled=False) == kind


def test_fix26t_the_year_of_the_honour_a_title_reports_is_the_documents():
    """fix26t: rw897's headline, whole once its two lines are joined, 九分公司工會喜獲2020年度…先進職工小家榮譽稱號, reports the
    honour: its year is the document's (as rw386, rw460 and rw678 are annotated), not the 2021 meeting's in the text; in
    the text an honour's year stays the honour's."""
    body = "4月27日下午，2021年全区建设系统工会工作会议在南宁召开，会议通报了先进职工小家名单。\n"
    title = "九分公司工会喜获2020年度全区建设系统先进职工小家荣誉称号\n"
    assert parse_file((title + body).encode(), "page.txt").documents[0].year == 2020
    honour = "会议期间，九分公司工会喜获2020年度全区建设系统先进职工小家荣誉称号。\n"
    assert parse_file((body + honour).encode(), "page.txt").documents[0].year == 2021


def test_gen26y_a_day_whose_month_mark_the_page_lost_gives_its_year():
    """gen26y: rw1731 tells its meeting on 2017年310日 (the page lost 月), its only year past the opening: 2017 (before: none)."""
    assert [d.year for d in _parsed("rw1731")] == [2017]
    (document,) = parse(
        "支部组织生活会\n社会学院党支部\n专题组织生活会\n2017年310日，在学院会议室召开专题组织生活会。\n"
    ).documents
    assert document.year == 2017


def test_gen26y_an_untitled_text_that_says_it_did_the_work_listed_or_reported_it_above_is_a_summary():
    """gen26y: 主要抓了以下几方面的工作 (rw1742) and a close 以上是今年老年文体工作的情况汇报 (rw1737) are a summary's own words
    for what it is (before: 其他, the text's wording too little to weigh)."""
    assert [d.kind for d in _parsed("rw1742")] == ["总结"]
    assert [d.kind for d in _parsed("rw1737")] == ["总结"]


def test_gen26y_an_untitled_notice_of_work_to_do_is_a_plan():
    """gen26y: rw258 (现就…有关事项通知如下：) sets out the work its readers are to carry out: 计划, as the set's ten other untitled
    notices so worded (before: 其他 by the kind model)."""
    assert [d.kind for d in _parsed("rw258")] == ["计划"]


def test_gen26y_a_class_of_students_is_not_the_texts_year_unless_it_comes():
    """gen26y: 2021级护生授帽 (rw952) names the year the class entered, not the text's (before: 2021); a class the text reports
    admitted (录取为2014级…学员, rw349; 迎接2020级本科新生, rw845) is the year of that event."""
    assert [d.year for d in _parsed("rw952")] == [None]
    assert [d.year for d in _parsed("rw349")] == [2014]
    assert [d.year for d in _parsed("rw845")] == [2020]


def test_gen26y_a_span_of_years_gives_its_first():
    """gen26y: rw1377's meeting 完善了“2021-2022年…医共体重大项目计划安排”: the span's first year (before: 2022, the second)."""
    assert [d.year for d in _parsed("rw1377")] == [2021]


def test_gen26y_the_year_up_to_now_is_the_year_of_the_work():
    """gen26y: rw1773 据统计，2025年以來，我市各級工會共籌集…: 2025 (before: none); not 自2019年以来 (a start)."""
    assert [d.year for d in _parsed("rw1773")] == [2025]
    (document,) = parse(
        "市总工会开展助学活动\n日前，市总工会开展助学活动。\n据统计，2025年以来，全市共资助学生百名。\n"
    ).documents
    assert document.year == 2025


def test_gen26y_a_genre_word_that_qualifies_another_head_after_de_names_no_genre():
    """gen26y: rw1512's 关于加强和改进城市社区居民委员会建设工作的意见的建设内容 names an opinion's contents, not an opinion: 其他
    (before: 计划 by 意见); a plan's title stays a plan."""
    assert title_kind("关于加强和改进城市社区居民委员会建设工作的意见的建设内容") == "其他"
    assert title_kind("2023年社区工会工作计划") == "计划"
    assert [d.kind for d in _parsed("rw1512")] == ["其他"]


def test_fix27c_the_month_the_reported_work_began_in_gives_the_year():
    """A summary whose only year is the month its work began in (从2023年6月份开始，实施民生工作站, rw1923) has that year; a year
    something began in long before (自2005年开园) does not give one."""
    assert parse_set_file("rw1923.txt").documents[0].year == 2023
    assert (
        _page("工作总结\n景区自2005年开园以来，接待游客众多，我们做了以下工作：一是加强管理，二是改善服务。\n")[0].year
        is None
    )


def test_fix27a_a_measure_of_area_or_copies_is_no_year():
    """fix27a: rw1800's 总建筑面积2000平方米 measures a floor (README's year: a year the text cites for something else is
    not the document's); a count of copies (2000份) neither; rw1800 states no year."""
    (rw1800,) = _parsed("rw1800")
    assert rw1800.year is None
    (page,) = _page("社区职工之家总建筑面积2000平方米，发放宣传资料2000份。\n")
    assert page.year is None


def test_fix27d_an_untitled_lead_that_draws_up_the_plan_its_colon_opens_is_a_plan():
    # rw1947: …制订“六个一”工作计划，全力做好2010年工会工作： over 一是…五是…; rw703's 制定工会工作计划和校务公开制度，主要措施：
    (document,) = parse_set_file("rw1947.txt").documents
    assert document.kind == "计划"
    assert PLAN_STATEMENT.search("为进一步做好工作，工会结合企业实际，制订“六个一”工作计划，全力做好2010年工会工作：")
    assert not PLAN_STATEMENT.search("年初，支部制定了支部的活动计划：")


def test_gen27y_a_new_year_event_has_the_year_it_welcomes():
    """gen27y (README ruling of round 27): a new-year event held in the old year's last days for the year it welcomes has that
    year, the occasion's, as rw1669 and rw1328 are annotated: rw1845's 12月28日下午，在2018年元旦即将来临之际 is 2018, rw774's
    …的2022年向我们展颜走来，…12月31日 2022."""
    assert [d.year for d in _parsed("rw1845")] == [2018]
    assert [d.year for d in _parsed("rw774")] == [2022]


def test_gen27y_an_honour_in_the_body_is_not_the_texts_year():
    """gen27y (README ruling of round 27): the year of an honour the body reports (该公司工会被评为2017年度…最美工会, rw868;
    授予…2025年度“国药优秀护士”荣誉称号, rw1648) is the honour's: no year of the text, as rw1255 and four more files read it; a
    title's honour is the document's (rw460)."""
    assert [d.year for d in _parsed("rw868")] == [None]
    assert [d.year for d in _parsed("rw1648")] == [None]
    assert [d.year for d in _parsed("rw460")] == [2017]


def test_gen27y_a_speakers_year_of_work_done_is_the_year_a_meeting_looks_back_on():
    """gen27y: rw902's meeting, dated by no year, where 張生指出，2014年市總工會在服務企業發展…等方面做了大量工作: 2014, the year the
    meeting looks back on (before: none); a year a speaker looks ahead to (他说，2024年，…将…) is not one."""
    assert [d.year for d in _parsed("rw902")] == [2014]
    meeting = "市总工会召开全委会议\n3月10日上午，市总工会召开全委会议。\n市领导出席会议。\n书记指出，{}\n"
    (done,) = parse(meeting.format("2014年市总工会在服务职工等方面做了大量工作。")).documents
    assert done.year == 2014
    (ahead,) = parse(meeting.format("2015年，市总工会将在服务职工等方面做好工作。")).documents
    assert ahead.year is None


def test_fix28b_an_untitled_texts_lead_in_to_its_work_done_makes_it_a_summary_whatever_its_opening():
    """fix28b: an untitled text that leads in to the list of its work done (本学期主要开展了以下几方面工作：/ 第一，…) is its
    writer's summary, also when it opens on the day of a meeting (rw1912), as rw680, rw1728 and rw1742 are annotated."""
    blocks = [
        Block("paragraph", "2015年7月22日下午，在文博楼小会议室，由学院工会主席主持召开了本学期工会工作的第二次会议。"),
        Block(
            "paragraph", "回顾2015年上半年的工作，学院工会认真落实学校工会的工作安排。本学期主要开展了以下几方面工作："
        ),
        Block("paragraph", "第一，大力建设职工之家，购置了工会活动的基础设施。"),
    ]
    assert kind_by_rules("page", blocks, titled=False) == "总结"
    (document,) = parse_set_file("rw1912.txt").documents
    assert document.kind == "总结"


def test_fix28a_a_meeting_that_studies_another_meetings_report_has_not_the_year_that_report_sets():
    """fix28a: rw1892's December meeting 学习了学校四届七次双代会工作报告 and 领会学校2024年十个方面重点工作 in that sentence: the
    year of the congress's report, not of the meeting, which reviews 2023年以来组织开展的工作 (README's year: not a year the
    text cites for something else), as a meeting whose spirit it passes on (rw1354)."""
    assert [d.year for d in _parsed("rw1892")] == [2023]
    text = (
        "12月7日，学院召开分工会委员工作会议。与会人员学习了学校四届七次双代会工作报告，认真领会学校2024年十个方面重点工作。"
        "随后，分工会委员分别汇报了2023年以来组织开展的工作。"
    )
    assert [d.year for d in _page(text)] == [2023]


def test_gen28y_a_plan_has_the_year_it_plans_though_its_opening_looks_back_first():
    """gen28y: an untitled plan that opens on the year gone, then names the next year, the one it plans (rw898's 2021年县支行
    工会…作出了应有贡献。/ 2022年县支行工会将继续…; rw1947's 2009年，…做出了应有的貢獻。…全力做好2010年工會工作：) has the
    year it plans; news that ends looking ahead (…2024年开展了…活动。2025年，公司工会将…, rw1861) keeps the year it reports."""
    assert [d.year for d in _parsed("rw898")] == [2022]
    assert [d.year for d in _parsed("rw1947")] == [2010]
    assert [d.year for d in _parsed("rw1861")] == [2024]
    plan = (
        "2023年，社区工会组织职工开展了各项活动，取得了一定成绩。2024年社区工会将继续为职工服务，特制定本计划：\n"
        "一、加强学习。\n二、做好服务。\n三、开展活动。\n"
    )
    (document,) = parse(plan).documents
    assert (document.kind, document.year) == ("计划", 2024)


@pytest.mark.parametrize(
    "title",
    [
        "二年期護理師(護士)訓練計畫實施之現況與我見",  # rw1784: a paper on a plan carried out, its head 現況與我見
        "认真进行半年总结 努力把支部工作做得更好",  # rw1794: a summary carried out, news of it
    ],
)
def test_gen28y_a_genre_word_that_is_not_the_titles_head_does_not_count(title):
    """gen28y (README kind convention: the genre word is the title's head): a genre word qualifying a head after 之 (written
    的) or the object of a verb the unit carried out (进行…总结) names no genre of the title's own."""
    assert title_kind(title) == "其他"
    assert title_kind("2023年工会工作计划之一") == "计划"


def test_gen28y_an_honour_an_event_commends_gives_no_year_by_its_occasion():
    """gen28y (README ruling of round 27, honours): rw441's 2024 三八 event 表彰致敬2023年海上最美家庭、…2023年度全国三八红旗手: a
    year's honour conferred after it, the occasion's word (三八) in its name, is no year of the event (before: 2023); the year
    of the course it offers (2024年春季医工学堂课程) is: 2024."""
    assert [d.year for d in _parsed("rw441")] == [2024]


def test_fix29a_a_founding_the_body_set_about_is_history_and_the_month_a_plans_work_runs_from_is_its_year():
    """fix29a: the year a body set about founding something (该院于2008年着手创建“职工书屋”, rw1969, news of its 2013
    honour) is history, as 于2020年3月成立 is: no year of the text; the month a plan's work runs from (2019年2月起，XXX小区
    开始垃圾减量分类投放, rw1971; 于2017年7月起在新医技病房楼…, rw1608) is the plan's year."""
    assert _parsed("rw1969")[0].year is None
    assert _parsed("rw1971")[0].year == 2019
    assert _parsed("rw1608")[0].year == 2017


def test_fix29b_the_month_an_honour_was_conferred_in_dates_the_honour_not_the_text():
    """fix29b: README's year (ruled in round 27): an honour the body reports gives its year to the honour; so does the year
    and month it was conferred in (…得到…领导肯定，2020年5月被自治区总工会授予“西藏自治区职工书屋”称号, rw1992: a news item
    of no year of its own)."""
    assert [d.year for d in _parsed("rw1992")] == [None]
    text = (
        "近日，某公司工会职工书屋建成开放，面积70余平方米，配各类图书，营造了浓厚学习氛围。\n"
        "职工书屋得到上级工会领导肯定，2020年5月被自治区总工会授予“自治区职工书屋”称号。\n"
    )
    assert [d.year for d in _page(text)] == [None]


def test_fix29c_a_day_whose_marks_the_page_lost_before_a_time_of_day_gives_its_year():
    """fix29c: a year and a day's digits run together before a time of the day that stands for the lost 日 (201236晚上, rw2094;
    2012615下午, rw1717; 2020116上午, rw2032), as 202459日 does (rw1557): the event's day, its year the document's."""
    assert [d.year for d in _parsed("rw2094")] == [2012]


def test_fix29c_the_holder_of_a_years_honour_gives_no_year_to_the_text():
    """fix29c (README ruling of round 27: a body's honour gives its year to the honour): rw2083's 三八 event invites 2020年
    “铜仁市三八红旗手”、2021年“…三八红旗手”获得者 to speak and states no year of its own (第112个 alone gives none): null, not 2020."""
    assert [d.year for d in _parsed("rw2083")] == [None]


@pytest.mark.parametrize(
    "lead, announces",
    [
        # rw804, rw1852: a lead announcing the work its colon opens as work to do (a plan's), in either word order
        ("与时俱进，xx年镇教育工会重点做好以下几方面的工作：加强教职工的思想教育。", True),
        ("現就在主題教育中開展「黨支部主題黨日」活動作如下活動安排：主題黨日要突出政治功能。", True),
        # rw1742: work done said to follow is a summary's lead, not a plan's
        ("主要抓了以下几方面的工作：我区共有女职工426人。", False),
    ],
)
def test_gen29t_the_kind_model_reads_a_lead_that_announces_work_to_do(lead, announces):
    vector = features([Block(type="paragraph", text=lead)])
    assert (vector[FEATURES.index("announces")] > 0) is announces


def test_fix29d_an_untitled_traditional_programme_is_a_plan_by_its_sections_read_in_analysis_form():
    """An untitled text laid out in an event plan's sections (比賽時(shí)間和地點(diǎn), 比賽項(xiàng)目) is a plan on a Traditional
    page with a mirror's glosses too (rw2113): its sections are read in analysis form."""
    assert [d.kind for d in _parsed("rw2113")] == ["计划"]
    blocks = [Block("heading", "比賽時(shí)間和地點(diǎn)", 1), Block("heading", "比賽項(xiàng)目", 1)]
    assert kind_by_rules("page", blocks, titled=False) == "计划"


def test_fix31a_an_untitled_notice_that_puts_forth_its_opinions_on_the_work_to_do_is_a_plan():
    """fix31a (README kind: an untitled notice that sets out the work its readers are to carry out is 计划; a 工作意见 is a
    unit's plan): a federation's notice to its unions on the women's day, 现提出以下活动意见：一、… (rw2121), is a plan, as
    rw282's 现提出如下实施意见。 is annotated; the occasion its opening names does not make it news."""
    (document,) = _parsed("rw2121")
    assert document.title_source == "file" and document.kind == "计划"
    assert PLAN_STATEMENT.search("结合本单位实际，现提出如下实施意见。")
    assert not PLAN_STATEMENT.search("会上，职工代表提出了很多意见。")


def test_fix32d_a_meeting_that_hears_a_years_state_and_sets_the_next_years_goals_sums_up_the_first():
    """rw2346: a staff congress (no year in its title or its day) hears the report of 2023's state and work and is given
    2024's goals in the same sentence: it sums up 2023 (the README's meeting order), as a meeting that 总结 one year and
    部署 the next does."""
    assert _parsed("rw2346")[0].year == 2023
    text = (
        "焦作市人民医院召开职工代表大会\n3月25日，医院职工代表大会开幕，院领导班子及职工代表参加会议。会上，与会代表认真审议。\n"
        "院长作《医院工作报告》，详细介绍了2023年医院发展的基本情况、各项工作开展情况，肯定了成绩，也指出了不足，并提出2024年医院工作目标。\n"
    )
    assert _page(text)[0].year == 2023


def test_fix32b_a_class_named_by_its_degree_and_year_gives_no_year():
    """fix32b (README year: not a year the text cites for something else): a university's class named by its degree and the
    year it came, no 年 after it (硕2011党支部2022年度组织生活会, rw2228: the master's students of 2011), is a name, as 2021级 is
    (``COHORT``): the document's year is the one its title writes with 年."""
    assert parse_set_file("rw2228.txt").documents[0].year == 2022
    assert _page("硕2019党支部召开组织生活会\n3月4日晚，硕2019党支部召开了组织生活会，支部党员参加。\n")[0].year is None


def test_fix32b_untitled_entries_that_open_with_a_units_charges_are_its_duties():
    """fix32b (README kind: a unit's duties are 其他): an untitled list whose entries mostly open with the verb of a charge
    (（一）協助集團郵政工會領導處理日常工作。… （四）負責…, rw2234) lists a unit's duties, as under a 工作职责 heading (rw1610):
    neither a plan nor a summary."""
    assert parse_set_file("rw2234.txt").documents[0].kind == "其他"
    page = "".join(
        f"（{n}）负责{w}工作。\n" for n, w in zip("一二三四五", ("文件收发", "会议组织", "档案管理", "财务", "接待"))
    )
    assert _page(page)[0].kind == "其他"


def test_fix33b_a_genre_word_in_a_slogans_clause_before_another_is_no_title_head():
    """fix33b (README kind: the genre word is the title's head; a genre word that only qualifies another head does not count):
    a headline of clauses a space parts, its genre word in one that a clause of words follows (创新“12345”工作思路 实施五项重点
    工程——工会深入推进“职工之家”建设, rw2297; 总结过去 展望未来, rw2094), is a slogan's, news, as the set's seven other titles of
    that shape are (认真进行半年总结 努力把支部工作做得更好, rw1794); an item's label, a year or a unit after the genre is none."""
    assert title_kind("创新“12345”工作思路 实施五项重点工程——工会深入推进“职工之家”建设") == "其他"
    assert title_kind("总结过去 展望未来") == "其他"
    for title in (
        "医院工会工作计划 篇1",
        "护理部工作计划范文 2025年",
        "工会工作计划 第十二篇",
        "2023年工作计划 市第一人民医院工会",
    ):
        assert title_kind(title) == "计划"
    assert title_kind("街道 2024 年度工会工作总结及明年工作思路") == "总结"
    assert _parsed("rw2297")[0].kind == "其他"


def test_fix33d_an_untitled_text_opening_on_the_rule_it_draws_up_is_a_rule():
    """fix33d (README kind: a 制度 is 其他): an untitled text whose opening ends by drawing up its rule by name (…，制定黨員
    學(xué)習(xí)教育制度。 over 1.–5. entries, rw2426) is the rule, as one that ends on 制定本制度 is (rw053, rw102, rw1850); a
    plan's 制定…制度 among its tasks is no opening."""
    assert parse_set_file("rw2426.txt").documents[0].kind == "其他"
    rule = "为加强党员教育管理，提高党员素质，制定党员学习教育制度。\n1.每月学习一次。\n2.支部书记负责记录。\n3.每季度向党委汇报。\n"
    assert _page(rule)[0].kind == "其他"
    plan = "为做好今年的工会工作，特制订本计划。\n一、加强制度建设，制定工会财务管理制度。\n二、开展职工文体活动。\n"
    assert _page(plan)[0].kind == "计划"


def test_gen33y_an_events_date_field_written_in_dashes_gives_its_year():
    """gen33y (README year: the year of the events a text reports): a volunteer service's record states its event's day in
    a date field, in dashes (活动日期| 2024-08-21 09:00:34至…, rw2261 and rw2400, two hosts of one platform), as 活动时间：
    2025年10月13日 gives its year (``EVENT_TIME``); a post's stamp (发布时间：2023-05-06) gives none."""
    assert [d.year for d in _parsed("rw2261")] == [2024]
    assert [d.year for d in _parsed("rw2400")] == [2019]
    blocks = [
        Block("paragraph", "为深入开展志愿服务工作，社区组织党员走访。"),
        Block("paragraph", "服务时长| 2小时|活动日期| 2019-08-27 14:30:00"),
    ]
    assert document_year("page", blocks, "其他") == 2019
    assert document_year("page", [blocks[0], Block("paragraph", "发布时间：2019-08-27")], "其他") is None
    page = "服务时长 | 2小时 | 发布时间 | 2019-08-27 14:30:00 |\n8月27日下午，支部党员到社区开展了志愿服务活动，清理小广告。\n"
    assert _page(page)[0].year is None  # fix33c: a post's stamp in a table cell names no 活动


def test_fix33a_a_programme_named_by_the_year_it_aims_at_gives_no_year():
    """fix33a (README year: not a year the text cites for something else): a programme cited by the year it aims at, no 年
    after it (《“健康中国2030”规划纲要》, rw2268; 《健康湖北2030行動綱要》, rw2293), is the programme's horizon: the document's year
    is its own event's (2022年新年到来之际, rw2268; the 2018年 campaign rw2293's event answers)."""
    assert [_parsed(stem)[0].year for stem in ("rw2268", "rw2293")] == [2022, 2018]
    text = "健步走活动\n为贯彻落实《“健康中国2030”规划纲要》，3月5日，县工会组织职工开展健步走活动，职工积极参加。\n"
    assert _page(text)[0].year is None


def test_fix33a_the_paragraph_of_an_items_run_in_phrase_may_open_on_its_year():
    """fix33a: a run-in entry typed an item by its list (round 23's ruling) is its phrase and its paragraph; the paragraph
    opening on the year of the work it tells gives that year as a heading's paragraph does (4、组织竞赛,活跃生活。2012年度,工会
    组织…开展了篮球友谊赛6场, rw485, beside the sentence entry 1、今年五一节…)."""
    assert _parsed("rw485")[0].year == 2012
    text = "镇工会工作总结\n一、开展有益活动\n1、今年五一节工会联合举办文艺汇演，29个节目登台演出，职工反响热烈。\n"
    text += "2、组织竞赛，活跃生活。2019年度，工会组织中学、卫生院开展了篮球友谊赛6场，活跃了职工生活，增进了交流。\n"
    text += "3、开展旅游愉悦身心。9月2日工会组织退休会员观光游览，重阳节组织离退休会员登高。\n"
    (document,) = _page(text)
    assert [b.type for b in document.blocks][1:] == ["item"] * 3 and document.year == 2019


def test_fix33c_a_years_model_a_unit_is_named_is_the_honours_year():
    """fix33c (README year, round 27: a body's honour gives its year to the honour): a unit named a year's model
    (`被命名為2022年全國工會職工書屋示範點`, rw2409, also by the notice it cites, `《關於命名2022年…的通知》`; rw1409's
    `命名为2018年“全国工会职工书屋示范点”`) gives the text no year."""
    assert parse_set_file("rw2409.txt").documents[0].year is None
    assert parse_set_file("rw1409.txt").documents[0].year is None


def test_fix34a_the_year_an_occasion_was_founded_is_no_year_of_the_text():
    """fix34a (README year: not a year the text cites for an earlier event): the year an occasion was set up (`是国际护士
    理事会为纪念…南丁格尔于1912年设立的节日`, rw2359) is the occasion's founding, as the founding told after its day is
    (`于2020年3月成立`, rw1035; rw2322, rw2390 null): the nurses' day greeting states no year of its own."""
    assert parse_set_file("rw2359.txt").documents[0].year is None
    text = "护士节寄语\n5月12日是国际护士节，是为纪念南丁格尔于1912年设立的节日。我们向全体护士致以节日的问候。\n"
    assert _page(text)[0].year is None


def test_fix34a_an_untitled_notice_of_an_event_to_come_after_its_purpose_is_a_plan():
    """fix34a (README kind: an untitled notice that sets out the events its readers are to carry out is 计划): the event
    it announces in its opening's second sentence, after its purpose (`为丰富…，…开展职工趣味运动会。拟定于9月29日在云梦堤广场
    举办…`, rw2360), is to come, as 将于 / 拟于 / 定于 say (rw1571's `校工会定于9月16、17日举行…`, rw2250's `拟定于2024年4月…`):
    no news of a day, a plan."""
    assert parse_set_file("rw2360.txt").documents[0].kind == "计划"


def test_fix34a_an_untitled_article_that_says_what_it_will_discuss_is_other():
    """fix34a (README kind: an explainer, titled or not, is 其他): an untitled text that says what it will discuss (`本文将围绕
    …展开讨论`, rw2362; `本文将从…四个维度,系统阐述…`, rw1104) is an article, 其他, as rw2345 and rw865 are annotated; one that
    says it sets out a plan (`本文将全面解析本月活动方案`, rw2251; `…阐述党支部国庆活动的安排`, rw610) stays a plan."""
    assert [parse_set_file(name).documents[0].kind for name in ("rw2362.txt", "rw1104.txt")] == ["其他", "其他"]
    assert [parse_set_file(name).documents[0].kind for name in ("rw2251.txt", "rw610.docx")] == ["计划", "计划"]


def test_fix34a_an_untitled_text_whose_first_section_is_a_rule_is_other():
    """fix34a (README kind: a 制度 is 其他, an untitled text read by its content): a first section named as a rule, a label
    that is no task (`一、学习制度` over its 1、–5、, rw2368; `支部党员大会制度`, rw1850), makes the text a 制度, as the titled
    rw2288 (`健康教育制度` over `住院健康教育制度`) is."""
    assert parse_set_file("rw2368.txt").documents[0].kind == "其他"


def test_gen34y_an_opening_on_the_years_work_under_its_leaders_may_name_its_brief_first():
    """gen34y (README kind: a document without a title by its content): an untitled text that opens on its year's work
    under its leaders is the unit's account of it (``UNDER_LEADERSHIP``), the unit's name followed by the brief it worked to
    before the leaders come (2011年，中铁二局一公司工会按照贵州省直属企业工会有关要求，结合公司生产实际，在公司党委的领导下…,
    rw2279, round 32's holdout, typed 其他 at first contact and until now)."""
    assert [d.kind for d in _parsed("rw2279")] == ["总结"]
    opening = (
        "2015年，某某集团第一工程公司工会按照省直属企业工会有关工作要求，结合公司生产经营实际，在公司党委的领导下，"
        "积极组织广大职工开展劳动竞赛和技能比武，职工素质得到提高。"
    )
    assert kind_by_rules("page", [Block("paragraph", opening)], titled=False) == "总结"


def test_gen34y_a_news_items_occasion_year_is_not_the_year_the_occasion_was_founded():
    """gen34y (README year: not a year the text cites for an earlier event): fix34a's reading of an occasion's founding
    (南丁格尔于1912年设立的节日, rw2359) holds in a news item's reading too (``_event_year``: one that opens with its event's
    day), which reads the occasion it is held for (2016年国际护士节的主题是…) by the same ``_occasion_year``: a nurses' day
    report that states no year of its own has none."""
    event = "5月12日，医院护理部组织开展了护士节系列活动，护士们积极参加。"
    assert _page(f"护士节活动\n{event}\n护士节是国际护士理事会为纪念南丁格尔于1912年设立的节日。\n")[0].year is None
    assert _page(f"护士节活动\n{event}\n2016年国际护士节的主题是护士：变革的力量。\n")[0].year == 2016


@pytest.mark.parametrize(
    "text, done, plan",
    [
        # rw1647: an account whose every sentence tells work done (…积极开展了文体活动) and none work to do
        (
            "二00四年，医院工会与医院行政一起，狠抓了比武竞赛活动，积极开展了文体活动。四是开展了优秀病历评选活动；",
            1.0,
            0.0,
        ),
        # rw2270: one sentence tells work done, one work to do; the sentence that mixes both (下一步…将…) counts for neither
        (
            "我镇在加强村级组织活动场所建设方面做了一些工作，也取得了一些成绩。"
            "下一步，我们将结合先进性教育活动，进一步加强工作力度，也取得了经验。"
            "加快发展村级集体经济，要夯实村级组织活动场所建设的物质基础。",
            1 / 3,
            1 / 3,
        ),
    ],
)
def test_gen35k_the_kind_model_reads_the_share_of_sentences_telling_work_done_or_to_do_alone(text, done, plan):
    vector = features([Block(type="paragraph", text=text)])
    assert vector[FEATURES.index("told_done")] == pytest.approx(done)
    assert vector[FEATURES.index("told_plan")] == pytest.approx(plan)


def test_gen35k_the_kind_model_counts_the_words_that_tell_one_event_as_it_went():
    """rw2018, rw2513: a news item tells its one event as it went (本次活动, 这次…比赛); an account of a year's work
    (rw1647) names none."""
    news = "11月19日晚我园教职工齐聚东区多功能厅，开展了合作游戏活动。本次活动以合作游戏为主。这次职工羽毛球比赛收到了良好成效。"
    account = "二00四年，医院工会与医院行政一起，狠抓了比武竞赛活动，积极开展了文体活动。"
    at = FEATURES.index("this_event")
    assert features([Block(type="paragraph", text=news)])[at] > 0
    assert features([Block(type="paragraph", text=account)])[at] == 0


def test_fix35d_a_meetings_summed_year_in_chinese_numerals_is_its_year():
    # rw2581: the plenary heard 《关于二○一二年工作总结暨二〇一三年工作计划的工作报告》: it sums up 2012 and plans 2013, so the
    # news is 2012's (the README's meeting rule), its years read in Chinese numerals as in digits
    assert [d.year for d in _parsed("rw2581")] == [2012]
