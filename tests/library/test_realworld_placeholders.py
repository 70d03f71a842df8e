"""Placeholders on real pages (tests/realworld/): template slots and masked figures found as classes, and the marks
(markdown, code, censoring, formulas) that are no slots."""

from __future__ import annotations

import pytest

from benchmarks.bench_parse import FILES
from nlp.library.placeholders import find_placeholders
from tests.library.realworld_helpers import _file_line, _parsed, blocks_of, parse, parse_set_file


@pytest.mark.parametrize(
    "text, found",
    [
        ("现结合X公司工作实际", [("X", "name")]),
        ("每月X日为主题党日", [("X", "date")]),
        ("2025年10月XX日（农历九月初九）上午", [("XX", "date")]),  # rw857: a day masked after its month
        ("201*年上半年主要工作情况", [("201*", "year")]),
        ("202x年工会工作要点", [("202x", "year")]),
        # a number masked in a fixed phrase is a blank, as the set's annotations say (rw013, rw020, rw037, rw046)
        ("以“xxxx”重要思想为指导", []),  # a political formula masked, the site's censoring (round 25 ruling)
        ("深入贯彻落实xx大五中全会精神", [("xx", "blank")]),
        ("以纪念改革开放xx周年和第xx个教师节为契机", [("xx", "blank"), ("xx", "blank")]),
        ("市工会第xx代表大会精神", [("xx", "blank")]),
        ("参加人数约**人", [("**", "blank")]),
        ("定于XX月召开职代会", [("XX月", "date")]),  # rw038; the month goes with the slot, so a date fills it
        ("XX大学工会", [("XX", "name")]),
        ("全年开展培训x次，覆盖xx%的职工", [("x", "blank"), ("xx", "blank")]),
        ("某某医院工会", [("某某", "name")]),
        ("负责人：[姓名]", [("[姓名]", "name")]),
        ("召开第_届第_次职工代表大会", [("_", "blank"), ("_", "blank")]),
        ("以_理论和“_”重要思想为指导", []),  # a site's redaction, not a slot
        ("保持******员先进性", []),
        # a line before an organisation word is its name (rw091, seed 003)
        ("根据《____省医院护理岗位设置名录》", [("____", "name")]),
        ("__街道总工会", [("__", "name")]),
        ("共接待____人次", [("____", "blank")]),
        # a masked name follows a word that ends or heads a name's word (rw087, rw127, rw158, rw287)
        ("以抗击雪凝灾害及支援**震区抗震救灾为重点", [("**", "name")]),
        ("在**经济发展、社会建设中", [("**", "name")]),
        ("市**有限公司工会", [("**", "name")]),
        ("完成了的改建工程***国道、省道**线", [("***", "name"), ("**", "name")]),
        ("工会主席***同志", [("***", "name")]),
        # a mask before a unit or an organisation word is its name (rw531, rw550, rw415, rw428)
        ("作用,×党委对每月主题党日活动作出了统一要求", [("×", "name")]),
        ("xx中心小学工会工作计划", [("xx", "name")]),
        ("XXXXX承办“互联网+创意设计”大赛", [("XXXXX", "name")]),
        ("为贯彻落实上级有关文件精神,##社区以我们的重大传统节日", [("##", "name")]),
        ("一、春节期间的工作开展。_社区在20_年春节", [("_", "name"), ("20_", "year")]),
        # a plenary session's number masked is a blank, a mask before 企业 the unit's name (rw996, rw1010)
        ("堅持以科學發(fā)展觀和黨x中全會精神為指導。", [("x", "blank")]),
        ("为实现中铝x企业两公司又好又快发展", [("x", "name")]),
        # a masked length, area or time, an attachment's masked number, a date's field in brackets (rw1073, rw1088)
        ("基本按照城区x分钟服务半径科学布局", [("x", "blank")]),
        ("一类中心面积≥x平方米,二类中心≥x平方米", [("x", "blank"), ("x", "blank")]),
        ("规格统一为xmmxxmm不锈钢材质", [("x", "blank")]),
        ("标准化建设具体参照附件x《xx县城市街道党群服务中心标准化建设方案(试行)》", [("x", "blank"), ("xx", "name")]),
        ("3. 本委員會已於(日期)向高雄市政府勞工局完成核備成立", [("(日期)", "date")]),
        ("开展4x100米接力赛", []),
        # a document number's masked year in its hexagonal brackets (rw1407)
        ("根据内电工〔XX〕51号通知精神,从7月份开始", [("XX", "year")]),
        # a line before a place's area is its name, before a count of areas a blank (rw1586; rw099's masked year)
        ("具体做法:由各年段及行政组、__校区五个工会", [("__", "name")]),
        ("为进一步做好__年度全区工会工作", [("__", "year")]),
    ],
)
def test_placeholders_as_a_class(text, found):
    assert [(p.text, p.kind) for p in find_placeholders(text)] == found


@pytest.mark.parametrize(
    "text",
    [
        "2、举行教师健美**赛。",  # rw209: 健美操
        "使大家进一步认**时期工会工作的前进方向",  # rw087
        "并增强全体教职工的***管理意识",  # rw147
        "挑战、充实、收获,是对过去一年**的诠释。",  # rw389
        "未来的每**,大庆市中医医院护理人必将凝心聚力",  # rw389: 每一天, a word's rest masked after its determiner
        "我社区X委下辖12个X支部",  # rw153: 党 masked, a common word
        # a political formula's one name (rw799, rw760)
        "更加紧密地团结在以***同志为核心的党中央周围",
        "深入学习贯彻党的二十大和***总书记对我省重要讲话精神",
        "全面贯彻XXX新时代中国特色社会主义思想",
    ],
)
def test_a_masked_common_word_is_the_sites_censoring(text):
    """A site masks a common word's middle, or the one name a political formula takes: the same for every drafter,
    no slot to fill."""
    assert find_placeholders(text) == ()


def test_a_formulas_multiplication_sign_is_no_slot():
    """rw1104: a lone × after an = on its line multiplies (基础权重 × 社区类型系数), where ×社区 or ×党委 alone is a name."""
    blocks = [b for d in parse_set_file("rw1104.txt").documents for b in d.blocks]
    assert "动态权重=基础权重×社区类型系数×季节系数" in [b.text for b in blocks]
    assert not any(b.placeholders for b in blocks)
    assert [(p.text, p.kind) for p in find_placeholders("得分=1\n×社区党委")] == [("×", "name")]


@pytest.mark.parametrize(
    "text",
    [
        # markdown bold closed by a dash or a code fence (an AI writer's workflow page)
        "## ⛔ 核心约束 - AI 必须遵守 **绝对禁止**- ❌ 不得跳过模式选择界面",
        "1. **读取 brief.md 中的推荐**```bash # AI 操作：读取 brief.md",
        # a run-in heading set in bold, its quotes inside the marks, glued to its text (a kindergarten's plan)
        "（一）第一学期（9-12月）：**“自然探秘”主题活动**以“感知自然节律，探索生命奥秘”为核心",
        "1.子主题1:**“秋之韵·自然的馈赠”（9-10月）**活动目标：感知秋季自然特征，发展观察力",
        # code: a Python identifier's underscores and a path's wildcards (an OKR guide, a tool's manifest)
        "    def __init__(self):",
        "allowed-tools: Read(//workspaces/**/brief.md, //workspaces/**/specification.md, //templates/outlines/**)",
    ],
)
def test_markdown_and_code_marks_are_no_slots(text):
    """ph21: marks a page's markdown or code set around or between words are no template slots."""
    assert find_placeholders(text) == ()


@pytest.mark.parametrize(
    "text, found",
    [
        # a mask closing a quote goes on being a name (rw126), a masked share a blank, however bold-like the line
        (
            "举办的“相聚五月，结缘**”单身联谊活动，活动后“结缘**”的QQ群就有许多人涌跃参加",
            [("**", "name"), ("**", "name")],
        ),
        ("近年来,**县**镇党委、政府在乡村振兴工作中", [("**", "name"), ("**", "name")]),
        ("1. 职工福利支出(预算占比XX%):法定节日慰问", [("XX", "blank")]),
        # counts before 万 and a unit, an area in 平方公里 or 亩 are blanks (a county's testing plan, a town's report)
        (
            "我县下辖x个乡镇、x个街道办,xx个村(社区),常住人口xx余万人,全县设置xx个采样点",
            [("x", "blank"), ("x", "blank"), ("xx", "blank"), ("xx", "blank"), ("xx", "blank")],
        ),
        ("人口x万,面积xx平方公里,耕地xx亩", [("x", "blank"), ("xx", "blank"), ("xx", "blank")]),
        ("年产制品xx万件,年产值xx余万元", [("xx", "blank"), ("xx", "blank")]),
        # underscores a drafter fills are still blanks, code's are not
        ("20__年6月是全国第__个“安全生产月”", [("20__", "year"), ("__", "blank")]),
        ("1 .铁和氧气在点燃条件下生成四氧化三铁______________2 .氯酸钾", [("______________", "blank")]),
    ],
)
def test_slots_beside_markdown_and_code_rules_are_still_found(text, found):
    assert [(p.text, p.kind) for p in find_placeholders(text)] == found


def test_a_block_that_lost_its_title_finds_its_slots_again():
    """ph21: a company notice whose unit line ran into the next (上海某某实业股份有限公司文件 + 政企办【20XX】XX号) kept the
    joined line's placeholders once the title was cut from it: 某某 pointed at 办【 and the slots after the text's end."""
    text = (
        "上海某某实业股份有限公司文件\n政企办【20XX】XX号 签发人：\n关于上海某某实业股份有限公司\n"
        "20XX年第一季度公司优秀职工评选的通知\n各部门：\n"
        "为弘扬我司优秀企业文化，树立学习榜样。公司于20XX年XX月XX日起，由集团政企办组织开展季度工作总结暨优秀员工评选活动。\n"
    )
    blocks = blocks_of(text)
    assert blocks[0].text == "政企办【20XX】XX号 签发人："
    assert [(p.text, p.kind) for p in blocks[0].placeholders] == [("20XX", "year"), ("XX", "name")]
    assert all(b.text[p.start : p.end] == p.text for b in blocks for p in b.placeholders)


def test_markdown_bold_after_an_outline_marker_is_no_placeholder():
    # rw094: 1. **完善组织架构**:… is an item with a bold label, not two masked names
    text = (
        "#### 一、强化组织建设,提升服务能力\n"
        "1. **完善组织架构**:优化工会内部结构,明确各部门职责,确保工作高效有序开展\n"
        "2. **加强培训学习**:定期组织工会干部参加政策法规、职业技能培训,提升服务意识\n"
    )
    blocks = [b for d in parse(text).documents for b in d.blocks]
    assert [b.text for b in blocks if b.marker] == [
        "完善组织架构：优化工会内部结构，明确各部门职责，确保工作高效有序开展",
        "加强培训学习：定期组织工会干部参加政策法规、职业技能培训，提升服务意识",
    ]
    assert not any(b.placeholders for b in blocks)
    assert [p.text for p in find_placeholders("重点是**安全生产**，")] == []


@pytest.mark.parametrize(
    "text, slots",
    [
        # rw095: a line before a month is a date, before a word that ends in an organisation a name
        ("___月,成立了___市首家城区街道总工会", [("___月", "date"), ("___", "name")]),
        ("___玉器厂荣获市级非公企业职代会先进", [("___", "name")]),
        ("从业人员___多人", [("___", "blank")]),
        ("全国总工会___开展乡镇总工会___试点工作", [("___", "blank"), ("___", "blank")]),
        ("**县工会在**部长的带领下", [("**", "name"), ("**", "name")]),
    ],
)
def test_underscore_slots_take_their_kind_from_the_word_after_them(text, slots):
    assert [(p.text, p.kind) for p in find_placeholders(text)] == slots


@pytest.mark.parametrize("text", ["xxxx年，区总工会在区委的领导下", "xxxx年度我园工会紧紧围绕中心工作", "****年是"])
def test_four_masked_digits_before_a_year_are_a_year_slot(text):
    assert [(p.text, p.kind) for p in find_placeholders(text)][:1] == [(text[:4], "year")]


def test_a_templates_date_field_in_brackets_is_a_date_slot():
    """rw027: 编制日期：[日期] is a date to fill in, 编制人：[姓名] a name."""
    assert [(p.text, p.kind) for p in find_placeholders("编制日期：[日期] 编制人：[姓名]")] == [
        ("[日期]", "date"),
        ("[姓名]", "name"),
    ]


def test_markdown_bold_that_chains_or_opens_with_a_marker_is_no_placeholder():
    # rw196: a page written on one line in markdown, its bold headings glued to their text
    text = (
        "**2024年医院团支部工作计划****一、指导思想**以新时代中国特色社会主义思想为指导。"
        "**二、工作目标**1. 提高团支部的凝聚力。**三、主要工作**1. **加强团支部建设** - 定期召开团支部会议。"
    )
    assert find_placeholders(text) == ()
    assert find_placeholders("****一、指导思想**以新时代") == ()  # the title's marks split off before it
    # a masked name goes on with its word, bold or not nearby
    for masked, slots in [
        ("形成了《**县工会十届七次全会工作报告》、《**县总工会2008年工会工作意见》", 2),
        ("**街道**社区", 2),
        ("完成了**线的改造", 1),
    ]:
        assert [p.kind for p in find_placeholders(masked)] == ["name"] * slots, masked


@pytest.mark.parametrize(
    "text, slot, kind",
    [
        ("组织党员集中培训不少于[X]次", "[X]", "blank"),  # rw201: a template's field in brackets before a unit
        ("志愿服务活动不少于[X]人次", "[X]", "blank"),
        ("于[XX]年完成", "[XX]", "year"),
        ("[X]月[X]日召开", "[X]", "date"),
        ("[XX]社区居委会", "[XX]", "name"),
        ("xxx年9月，我调入护理部", "xxx", "year"),  # rw194: three masked digits before 年
        ("x年，x街道工会在区总工会的领导下", "x", "year"),  # rw128: one
        ("公寓xxxx余户", "xxxx", "blank"),  # rw172: a count with 余 or 多 before its unit
        ("培训职工xx多名", "xx", "blank"),  # rw060
        ("收回1xx9份问卷", "xx", "blank"),  # rw176: digits masked inside a number
        ("完成xx项重点工作", "xx", "blank"),
        ("与xx项目党支部联合组织开展了主题活动", "xx", "name"),  # rw633: a project's unit, no count of items
    ],
)
def test_bracketed_fields_masked_digits_and_counts_are_slots(text, slot, kind):
    first = find_placeholders(text)[0]
    assert (first.text, first.kind) == (slot, kind)


def test_a_relay_and_an_example_unit_are_no_slots():
    assert find_placeholders("举办4x100米接力赛；例如，某单位在制定计划时") == ()


def test_a_slot_in_a_title_line_is_reported_with_the_title_and_a_file_names_is_not():
    from nlp.cli.library import parse_json

    body = "2024年，全区工会工作总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，强化思想政治引领。\n"
    titled = parse_json("p.txt", parse("XX区总工会2024年工作要点\n" + body))["documents"][0]
    assert [(p["text"], p["kind"]) for p in titled["title_placeholders"]] == [("XX", "name")]
    untitled = parse_json("XX区.txt", parse(body, "XX区.txt"))["documents"][0]
    assert untitled["title_source"] == "file" and untitled["title_placeholders"] == []


def test_a_report_whose_site_masked_every_figure_has_a_slot_for_each():
    # rw512 (round 16's holdout, in tune from round 17): ****年…****年 read as a bold span between two pairs of marks,
    # so the years inside were lost; counts in 件 and a masked decimal before 万人次 were no slots
    text = (
        "会议总结了****年区总工会主要工作，对****年工会工作主要任务作了部署。办理工会法律援助案件***件，"
        "挽回经济损失****万元。连续组织**场，吸引职工群众*.**万人次。"
    )
    found = [(p.text, p.kind) for p in find_placeholders(text)]
    assert found == [
        ("****", "year"),
        ("****", "year"),
        ("***", "blank"),
        ("****", "blank"),
        ("**", "blank"),
        ("*.**", "blank"),
    ]
    # bold spans side by side are still bold (**标题****一、指导思想**)
    assert find_placeholders("**标题****一、指导思想**以新时代中国特色社会主义思想为指导") == ()


def test_a_mask_after_yuan_is_the_former_name_of_a_place():
    # rw752: 对原**垃圾填埋场西北侧… (a site's masked place name, read as censoring between two Han characters)
    assert [(p.text, p.kind) for p in find_placeholders("对原**垃圾填埋场西北侧非法废旧塑料回收加工点")] == [
        ("**", "name")
    ]
    assert find_placeholders("进一步认**时期") == ()  # a word's masked middle is still the site's censoring
    # rw1710: a quoted mask, the head noun of a phrase after its 的, is a common word masked; rw413's
    # honour in quotes stays a slot; rw158's formula is the site's censoring (round 25's ruling, fix25d)
    assert find_placeholders("垃圾在人们的印象里,是危害地球健康的“xxxx”,是地球的破坏者。") == ()
    assert find_placeholders("以邓小平理论和“xxxx”重要思想为指导") == ()
    assert [p.kind for p in find_placeholders("三家联合授予“xx”,成为全国唯一获此荣誉的港区。")] == ["blank"]


def test_a_quoted_masked_letter_is_a_name_and_a_household_word_no_unit():
    # rw940, rw928 (fix21c)
    assert [p.kind for p in find_placeholders("积极推广“x”app各类活动及福利")] == ["name"]
    assert [p.kind for p in find_placeholders("至2004年末，***户籍人口共有88.94万")] == ["name"]
    assert [p.kind for p in find_placeholders("共走访慰问xx户困难职工")] == ["blank"]


def test_a_masked_day_written_hao_after_a_masked_month_is_a_date_slot():
    """fix22a: 四、活动时间:_月__号至_月__号 (rw1254), the day written 号 as it is spoken: two date slots, not blanks; a
    building's number after a month (5月xx号楼) is no day."""
    slots = find_placeholders("_月__号至_月__号")
    assert [(p.text, p.kind) for p in slots] == [("_月__号", "date"), ("_月__号", "date")]
    assert all(p.kind != "date" for p in find_placeholders("5月xx号楼"))


def test_fix25c_slots_in_traditional_script_one_star_slots_and_a_years_masked_inner_digit():
    """fix25c: Traditional script is read as Simplified, the slot as written (rw1757's 黨的xx屆 is a blank as 党的xx届);
    one * before a unit or a name's head is a slot as one x is (rw1768's 宣讲*场次, 工人日报*份, 在*工会, *公众号), not the
    last of a spaced run that censors a word (rw909's 中國* * *黨支部); a year may mask any digit (rw1767's 2x14年)."""
    assert [(p.text, p.kind) for p in find_placeholders("以黨的xx屆6中全會(huì)精神")] == [("xx", "blank")]
    slots = find_placeholders("宣讲*场次,征订工人日报*份;在*工会和公司党委的领导下,强化*公众号运营")
    assert [(p.text, p.kind) for p in slots] == [("*", "blank"), ("*", "blank"), ("*", "name"), ("*", "name")]
    assert find_placeholders("《中國* * *黨支部工作條例》") == ()
    assert [(p.text, p.kind) for p in find_placeholders("从2x14年1月开始")] == [("2x14", "year")]
    # a string a drafter typed or pasted may hold a lone surrogate, which the converter cannot read: read as written
    assert [(p.text, p.kind) for p in find_placeholders("\ud800共xx人参加")] == [("xx", "blank")]


def test_fix25c_a_mask_before_ren_in_a_quoted_theme_is_its_places_people():
    """fix25c: rw141's “出彩xx人 劳动最光荣” and rw837's 《做一个文明幸福感恩的__人》 name a place's people (出彩河南人): name
    slots; a count of people outside quotes (共xx人参加) stays a blank."""
    assert [p.kind for p in find_placeholders("举办以“出彩xx人 劳动最光荣”为主题的活动")] == ["name"]
    assert [p.kind for p in find_placeholders("参加《做一个文明幸福感恩的__人》职工廉政演讲")] == ["name"]
    assert [p.kind for p in find_placeholders("共xx人参加“三八”活动")] == ["blank"]
    (rw1768,) = _parsed("rw1768")
    assert [slot.kind for block in rw1768.blocks for slot in block.placeholders].count("blank") == 11


def test_a_masked_political_formula_is_the_sites_censoring_not_a_slot():
    """rw1786's 以“xxxx”重要思想为指导 (三个代表, the same for every drafter: README's placeholders convention) is no slot; a
    quoted mask of a drafter's own programme or honour stays one."""
    from nlp.library.placeholders import find_placeholders

    assert not [p for b in _parsed("rw1786")[0].blocks for p in b.placeholders if "xxxx" in p.text]
    assert find_placeholders("以邓小平理论和“xxxx”重要思想为指导") == ()
    assert [p.kind for p in find_placeholders("确立以全区“XX”发展思路")] == ["blank"]


def test_fix27a_one_mask_before_a_deputys_or_a_wards_heads_post_is_a_name():
    """fix27a: rw1797's *副院长, 护理部*副主任 and 护理部*护士长 mask the holder's name as *部长 does (README's `name` slots):
    a deputy's post (副…) and a ward's or a section's head (护士长, 科长) are posts too."""
    slots = find_placeholders("会议由*副院长主持。护理部*副主任汇报，*护士长发言，*科长总结")
    assert [(p.text, p.kind) for p in slots] == [("*", "name")] * 4
    (rw1797,) = _parsed("rw1797")
    assert [slot.kind for block in rw1797.blocks for slot in block.placeholders] == ["name"] * 6


def test_fix28d_a_mask_after_a_digit_is_the_numbers_masked_digits():
    """Masked digits at a number's end (隊(duì)員1xxxx，平均年齡50歲, rw2031), as inside one (收回1xx9份): a count, a blank, no
    name (a name never opens on a digit); a year's 20xx stays a year, one x between digits (4x100米) no slot."""
    assert [(p.text, p.kind) for p in find_placeholders("成立扇子舞隊，隊員1xxxx，平均年齡50歲")] == [("xxxx", "blank")]
    assert [p.kind for p in find_placeholders("举办20xx年运动会")] == ["year"]
    assert find_placeholders("4x100米接力") == ()


def test_fix29c_a_date_masked_in_figures_has_its_month_and_day_a_date():
    """fix29c: rw2077's 20xx.x.x slot (活动时间 / 20xx.x.x) is a date as 20xx年x月x日's x月x日 is (rw888: 20xx年 a year, x月x日 a
    date; rw429's ×年×月×日 a date); a template's date field in any brackets, 具体 before it or not (时间:〔具体日期〕上午, rw2085;
    [日期], rw027; (日期), rw1088), is a date."""
    assert [(p.text, p.kind) for p in find_placeholders("20xx.x.x")] == [("20xx", "year"), ("x.x", "date")]
    assert [(p.text, p.kind) for p in find_placeholders("20xx-xx-xx")] == [("20xx", "year"), ("xx-xx", "date")]
    assert find_placeholders("版本1.x.x") == ()
    assert [(p.text, p.kind) for p in find_placeholders("时间:〔具体日期〕上午")] == [("〔具体日期〕", "date")]
    assert "date" in [slot.kind for d in _parsed("rw2077") for block in d.blocks for slot in block.placeholders]


def test_fix30c_one_underscore_between_two_words_is_a_titles_separator_no_name():
    """fix30c: one underscore between two words parts a page title (工会工作个人总结_工会工作个人总结2020, rw2169; …计划_第1页;
    记者_林琳): no slot, though a union's word follows it. A name's line of one mark opens its phrase (。_社区在, rw428; _ _幼儿园,
    rw780), and a run of marks after a word is a name (建设幸福新____, 传__县委)."""
    assert find_placeholders("工会工作个人总结_工会工作个人总结2020") == ()
    assert not [slot for d in _parsed("rw2169") for block in d.blocks for slot in block.placeholders]
    assert [(p.text, p.kind) for p in find_placeholders("工作开展。_社区在春节")] == [("_", "name")]
    assert [(p.text, p.kind) for p in find_placeholders("经过充分调查，_ _幼儿园被视为")] == [("_ _", "name")]
    assert [(p.text, p.kind) for p in find_placeholders("宣传__县委的决定")] == [("__", "name")]


def test_fix31b_a_document_numbers_year_masked_whole_or_in_its_last_digits_is_a_year_slot():
    """The brackets of a document number (发文字号) before its serial 号 hold its year: masked whole (内电工〔XX〕51号, rw1407;
    天委办〔20xx〕84号, rw105) or in its last digits (杨组发〔202**〕42号, rw2152), the mask is the year's slot."""
    assert [(p.text, p.kind) for p in find_placeholders("(杨组发〔202**〕42号)精神")] == [("202**", "year")]
    assert [(p.text, p.kind) for p in find_placeholders("根据内电工〔XX〕51号通知")] == [("XX", "year")]
    assert [(p.text, p.kind) for p in find_placeholders("天工〔20__〕60号文件")] == [("20__", "year")]
    assert find_placeholders("(杨组发〔2023〕42号)") == ()


def test_fix32a_a_longer_run_of_stars_masks_a_name_as_two_or_three_do():
    """fix32a (README placeholders, round 16: a mask is a slot when it stands for a name of a place, unit or person,
    whoever masked it): a run of four stars or more before or in place of a unit's name (活动地点:******酒店, rw2207;
    区******、区人社局, rw512; 获得*****、…先进, rw1715; ****社区新获得了, rw076) is a name's slot; not one inside a number or
    a user's handle, in a slogan's quotes, nor a censored word between two characters (保持******員先進)."""
    assert [(p.text, p.kind) for p in find_placeholders("活动地点:******酒店")] == [("******", "name")]
    assert [p.kind for p in find_placeholders("联合区妇联、区******、区人社局")] == ["name"]
    for text in ("人:1598****930 文", "上传人:gj****cr", "按照“****”的要求", "合保持******員先進"):
        assert find_placeholders(text) == (), text


def test_fix32d_one_mask_before_a_prefectures_zhou_is_its_name():
    """rw2351's `X州教育工會`: one masked mark before a place's division word is the place's name, a prefecture's 州 as a
    province's 省 or a town's 镇 (the set's twenty lone masks before 镇, 区, 市, 乡, 省); a written name keeps none."""
    assert [(p.text, p.kind) for p in find_placeholders("2024年,X州教育工会按照既定目标")] == [("X", "name")]
    assert find_placeholders("杭州教育工会按照既定目标") == ()
    slots = [(p.text, p.kind) for d in _parsed("rw2351") for b in d.blocks for p in b.placeholders]
    assert ("X", "name") in slots


def test_fix32b_a_blank_before_a_public_place_is_its_name():
    """fix32b (README placeholders: the name of a place is a `name`): a blank before a park or a square an event is held in
    (8.在__公园进行各项文娱活动, rw2225; 地点:XXX广场, rw706) stands for the place's name, not a count."""
    assert [(p.text, p.kind) for p in find_placeholders("在__公园进行各项文娱活动")] == [("__", "name")]


def test_gen34s_a_lone_mark_between_han_words_is_a_name_slot():
    """gen34s (README placeholders: a mask for the name of a place, unit or person is a `name`): one mark alone between
    Han words is a slot whatever follows it (X位于X中部偏北, rw1020; 为x中的发展, rw105; 工会李x燕, rw2198; 实现x项目开工建设,
    rw2366; 到X集中隔离观察, rw2374; 北京X大學, 在X社群, rw2377); not an X-ray's X, nor a site's mask of 党, which it puts in
    every word the party heads (社区X委是X在基层的…, rw153; 为打造让x放心…, rw760)."""
    assert [(p.text, p.kind) for p in find_placeholders("X位于X中部偏北,是X首批27个扩权强县试点县")] == [
        ("X", "name"),
        ("X", "name"),
        ("X", "name"),
    ]
    for text in ("实现x项目开工建设", "到X集中隔离观察", "北京X大學“關愛老年人”", "报工会李x燕"):
        assert [p.kind for p in find_placeholders(text)] == ["name"], text
    for text in ("项目包括妇科检查、B超、X光线", "社区X委是X在基层的“神经末梢”", "不断增强x支部政治功能,为打造让x放心"):
        assert find_placeholders(text) == (), text
    slots = {p.text for d in _parsed("rw2377") for b in d.blocks for p in b.placeholders}
    assert "X" in slots


def test_gen34s_a_mask_before_a_measure_word_of_people_or_places_is_a_count():
    """蒋苒等X位优秀女性 (rw2272) and 设置了X处定点劝返点 (rw2374) count people and places, as X名 and X个 do: blanks; a mask
    before 位于 is a place's name (XXX位于西5公里, rw2342)."""
    assert [(p.text, p.kind) for p in find_placeholders("蔣苒等X位優秀女性")] == [("X", "blank")]
    assert [(p.text, p.kind) for p in find_placeholders("设置了X处定点劝返点")] == [("X", "blank")]
    assert [(p.text, p.kind) for p in find_placeholders("XXX位于西5公里")] == [("XXX", "name")]


def test_gen34s_a_lone_mark_for_a_number_is_a_blank():
    """深入贯彻X精神 (rw1764) and 领会xx大及×文件的精神 (rw115): the lone mark stands for a congress's or a document's number,
    a `blank` as 党的XX大 is, not a name; so does one closing a clause after a word (全年生产x,销售收入…, rw2193)."""
    assert [(p.text, p.kind) for p in find_placeholders("以深入贯彻X精神,贯彻落实中央")] == [("X", "blank")]
    assert [p.kind for p in find_placeholders("深入领会xx大及×文件的精神")] == ["blank", "blank"]
    # closing a clause after a word, where a figure is written (rw2193, rw579)
    assert [(p.text, p.kind) for p in find_placeholders("董事会提出全年生产x,销售收入12个亿")] == [("x", "blank")]
    # before 号, a document's number; the mark before 办 is the issuing province's name (rw2487)
    assert [(p.text, p.kind) for p in find_placeholders("(X办字〔2020〕X号)")] == [("X", "name"), ("X", "blank")]


def test_gen34s_no_bold_span_closes_on_the_first_two_of_four_marks_that_open_none():
    """rw512: 连续组织**场,吸引职工群众*.**万人次参与。…活动,****年虹口区… : the marks between are a count's and a year's
    masks, no bold span (**标题****一、指导思想** still is two spans, no slot)."""
    text = "社区连续组织**场,吸引职工群众*.**万人次参与。另一方面,开展形式多样的文体活动,****年虹口区职工运动会"
    assert [(p.text, p.kind) for p in find_placeholders(text)] == [("**", "blank"), ("*.**", "blank"), ("****", "year")]
    assert find_placeholders("**标题****一、指导思想**以新时代") == ()


def test_fix35b_a_masked_count_before_an_anniversary_is_a_blank():
    """fix35b: a masked number before 华诞 counts the years as before 周年 (祖國xx華誕, rw2472, Traditional; the set writes the
    count there: 70周年华诞, rw578; 百年华诞, rw790): a blank, not a name."""
    assert [(p.text, p.kind) for p in find_placeholders("喜迎祖國xx華誕")] == [("xx", "blank")]
    assert [(p.text, p.kind) for p in find_placeholders("庆祝祖国xx华诞")] == [("xx", "blank")]


def test_fix35d_a_plenarys_masked_number_is_a_blank_and_the_guiding_thoughts_mask_no_slot():
    # rw2584: 学习贯彻XXX全会 masks a plenary's number (二十届三中全会), a blank as 党的XX大 and x中全会 are; 坚持以XXX思想为指导
    # masks the leader's thought, a formula the same for every drafter (the README's placeholders, round 16)
    assert [(p.text, p.kind) for p in find_placeholders("与学习贯彻XXX全会结合起来")] == [("XXX", "blank")]
    assert find_placeholders("要求坚持以XXX思想为指导，切实履行") == ()
    line = next(line for line in (FILES / "rw2584.txt").read_text(encoding="utf-8").splitlines() if "XXX全会" in line)
    found = {(line[max(p.start - 4, 0) : p.end + 2], p.kind) for p in find_placeholders(line)}
    assert ("学习贯彻XXX全会", "blank") in found
    assert not any("思想为" in text for text, _ in found)


def test_ph36_a_mask_closing_a_phrase_after_this_year_is_no_slot():
    """rw1757 (Traditional): 今年xxxx,院工會在院黨委… masks the rest of 今年以来, a time phrase every drafter writes the same
    (20 tune files write 今年以来/今年上半年 there: rw060, rw076, rw092, rw141, …), the site's censoring by the README's
    placeholders convention; the line's slots stay (黨的xx屆, 20xx工作總結), as a mask of a month after 今年 does (今年___月,
    rw095)."""
    line = _file_line("rw1757", "今年xxxx")
    found = [(p.text, p.kind) for p in find_placeholders(line)]
    assert found == [("xx", "blank"), ("20xx", "year")]
    assert [(p.text, p.kind) for p in find_placeholders("今年___月,在市、区")] == [("___月", "date")]


def test_ph36_a_mark_closing_a_name_after_a_fields_colon_is_a_masked_given_name():
    """rw2443: the duties' lines 饮料准备:俞x, 摄影:顾永清x, 活动报道:赵顾x、孙x。 give each person's name with its given name
    masked, a `name` as the lone mark inside one is (工会李x燕, rw2198); a mark closing a clause after a word stays a figure
    (全年生产x,…, rw2193) and so do a plenary's numbers (十x届x、x中全会, rw579)."""
    slots = [(p.text, p.kind) for d in _parsed("rw2443") for b in d.blocks for p in b.placeholders]
    assert slots.count(("x", "name")) == 5
    assert [(p.text, p.kind) for p in find_placeholders("董事会提出全年生产x,销售收入12个亿")] == [("x", "blank")]
    assert [p.kind for p in find_placeholders("党的十x大及十x届x、x中全会精神")] == ["blank"] * 4
