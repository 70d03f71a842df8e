"""The junk model on real pages (tests/realworld/): the shipped model, its features, and what it judges (a site's lines)
and never judges (the text's own sentences, titles, labels and dates)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from benchmarks.bench_parse import FILES, bare
from nlp.library.clean import clean_lines, clean_text, clean_text_line, junk_reason
from nlp.library.junk import (
    COLUMN_NAME,
    COUNT,
    NAMED_FEATURES,
    SITE_WORDS,
    LineContext,
    _outline_kicker,
    contexts,
    inside_paragraph,
    is_stamp,
    judged,
    judged_contexts,
    load_model,
    model_junk,
    reads_as_headline,
    units,
)
from nlp.library.parse import parse_file
from nlp.library.script import analysis_form
from nlp.models import Line
from tests.library.realworld_helpers import (
    REPORT,
    _block_text,
    _parsed,
    _set_texts,
    all_text,
    blocks_of,
    parse_set_file,
)


def _judged_lines(texts: list[str]) -> list[bool]:
    return [any(line) for line in judged_contexts([units(text) for text in texts])]


def _feature(name: str, line: str) -> float:
    (function,) = [f for feature, _, f in NAMED_FEATURES if feature == name]
    return function(LineContext(analysis_form(line), 0.5, 8, 1))


def test_the_shipped_junk_model_loads_for_these_features():
    model = load_model()
    assert model is not None and len(model.means) == len(NAMED_FEATURES)
    assert 0.5 <= model.threshold < 1


def test_the_junk_model_never_judges_a_paragraphs_own_sentence_nor_a_documents_written_date():
    # seed 000's short repeated sentence; rw052's revision note; rw038's signature date with slots
    lines = ["按时召开好职代会。按时召开好职代会。加强组织领导，完善职代会制度，推进院务公开工作的落实。"] * 2
    lines += ["2022年1月修訂", "20xx年XX月18日 校工會", "发布时间：2022年4月2日"]
    reasons = [[r for _, r in units] for units in model_junk(lines)]
    assert all(r is None for line in reasons[:4] for r in line)
    assert not judged("2022年1月修訂", False) and judged("发布时间：2022年4月2日", False)
    # round 19 (rw826, rw803, rw627, rw849): a date with dots under the text, a Taiwanese minutes' time field with its year
    # of the Republic, a title with its subtitle in book-title marks; a post's labelled date, a site's notice and a site's
    # name in book-title marks stay the model's to judge (rw849's clause of what the unit will do with what it uploads and
    # shares is the text's by where it stands: see the test of a whole sentence between the text's sentences)
    assert not judged("2008.5.12", False) and judged("发布时间: 2020.10.30", False)
    assert not judged("壹、時 間:民國114年12月26日下午6:30 ~ 8:30", False)
    assert not judged("《社区新时代文明实践站半年工作总结：点亮文明之光，共建和谐社区》", False)
    assert judged("《学习啦在线学习网》", False)
    assert judged("本文由小编整理上传，欢迎分享。", True)
    # fix20c (rw1018): a unit's profile's labels over its description, never the model's; a site's column stays its to judge
    assert not judged("介绍：", False) and not judged("组织架构:", False)
    assert judged("新闻中心", False)


def test_a_footer_glued_into_one_line_is_judged_field_by_field():
    # rw062: 地址, 电话, QQ and ICP lines the reflow joined: fields, not sentences, so the model sees each
    footer = "地址：荆州市园林路25号 热线电话：0716-8212336邮编：434000 QQ:260945676鄂ICP备12004590号-1"
    prose = "会上，区总工会对全区工会工作先进单位、基层工会规范化建设先进单位进行了授牌表彰，要求全区工会干部做表率。"
    assert [u.strip() for u in units(footer)] == footer.split() and units(prose) == [prose]
    (footer_units, prose_units) = model_junk([footer, prose])
    assert footer_units[-1][1] and all(reason is None for _, reason in prose_units)


def test_the_junk_model_drops_site_lines_with_a_reason_and_keeps_plan_prose():
    lines = [
        "工会工作计划",
        "欢迎来到零思考方案网网站！",
        "一、加强组织建设，提高服务能力",
        "坚持以职工为中心，进一步完善职代会制度，推进厂务公开。",
        "网站客服QQ:403074932",
    ]
    reasons = [[r for _, r in units] for units in model_junk(lines)]
    assert reasons[0] == [None] and reasons[2] == [None] and reasons[3] == [None]
    assert reasons[1][0] and reasons[1][0].startswith("网页杂项（模型") and reasons[4][0]


def test_a_document_sites_numbered_notice_is_judged_and_plan_prose_with_a_site_word_is_not():
    # rw059's notices, numbered like outline items; a seed's plan sentence that holds 站 (站务公开)
    lines = [
        "县总工会半年工作总结",
        "1、下载文档前请自行甄别文档内容的完整性，平台不提供额外的编辑、内容补充、找答案等附加服务。",
        "2、如信息公示制度、财务管理制度等，增强站务公开的透明度，让职工充分享有知情权、参与权和监督权。",
        "3、如文档侵犯您的权益，请联系客服反馈，我们会尽快为您处理（人工客服工作时间：9:00-18:30）。",
    ]
    assert [judged(line, False) for line in lines[1:]] == [True, False, True]
    # in their page, with the rest of its chrome around them, the model drops all three notices
    dropped = parse_file((FILES / "rw059.txt").read_bytes(), "rw059.txt").dropped
    notices = [d for d in dropped if d.text[:2] in ("1、", "2、", "3、") and "文档" in d.text]
    assert len(notices) == 3 and all(d.reason.startswith("网页杂项（模型") for d in notices)


@pytest.mark.parametrize(
    "line, headline",
    [
        ("沙市区总工会召开全区工会工作会议", True),
        ("直属机关党委办公室党支部开展主题党日活动：深入学习贯彻基层组织工作条例", True),
        ("开好头 迈稳步 奋力擘画工会工作新蓝图——龙华区总工会召开2023年第一次区、街主席联席会", True),
        ("信息来源：沙市区总工会 | 发布时间 2022-04-02", False),  # a field
        ("網站首頁 個人文檔 個人總結 工作總結 述職報告", False),  # a menu
        ("为进一步加强工会工作，特制定本计划。", False),  # a sentence
        ("具体安排如下：", False),  # a lead-in
    ],
)
def test_what_reads_as_a_headline_over_a_paragraph(line, headline):
    paragraph = "4月9日上午，我院工会组织开展职工春季健步行活动，来自医院各科室的600余名职工及其家属热情参与。"
    assert reads_as_headline(line, paragraph) is headline


def test_the_model_leaves_the_texts_own_labels_and_channel_sentences_alone():
    # a label between the entries of a programme (rw148's 评委：), a sentence naming the channels a unit uses (rw171)
    assert "评委：" in [b.text for d in parse_set_file("rw148.txt").documents for b in d.blocks]
    assert not judged("同时，通过社区公告栏、微信群、电话短信等多种途径与居民进行及时有效的沟通。", True)
    assert judged("本篇資料來自AI写作助手网站，通過wECHAT小程序搜索青鳥寫作，探索其智能功能。", True)


def test_a_units_name_before_a_colon_is_a_headlines_subject_a_fields_label_is_not():
    # rw285: the news item's headline over its report; a site's field (信息来源：…) is still no headline
    report = (
        "历下区总工会坚持服务大局、服务职工，通过整合资源、创新载体、精准施策，全面提升了工会工作的覆盖面与影响力。"
    )
    assert reads_as_headline("历下区总工会：服务赋能聚人心 文化引领展风采", report)
    assert not reads_as_headline("信息来源：沙市区总工会", report)
    assert not reads_as_headline("发布机构：港闸总工会", report)


def test_the_channels_an_outline_entry_names_are_the_texts_words():
    # rw272: 微信群、公众号 are how a community reaches people; a numbered site notice has other site words (文档, 上传)
    assert not judged("1.利用社区公告栏、微信群、公众号等平台发布活动信息；", in_paragraph=False)
    assert judged("1、本文档由用户上传，淘文库整理发布，可阅读全部内容。", in_paragraph=False)


@pytest.mark.parametrize(
    ("text", "stamp"),
    [
        ("06/11/2024 公司召开安全生产专题视频会议", True),  # rw279: a list of other posts, day first
        ("2023-09-18 16:03:18", True),
        ("四、出发时间：上午8:15", False),  # the text's own time of day
        ("附件1:2013/2014学年第一学期学生党员发展工作日程安排表", False),  # a label's number, a school year
        ("2025年05月15日", True),  # rw864: a date written out with a zero before its month, as a site stamps a post
        ("2025年5月15日", False),  # the text's own date
    ],
)
def test_a_posts_date_or_time_is_a_stamp_the_texts_own_times_are_not(text, stamp):
    assert is_stamp(text) is stamp


def test_a_table_cell_a_site_word_fills_twice_is_the_sites():
    assert judged("留言与评论（共有 条评论）|", in_paragraph=False)
    assert not judged("春节送温暖工程 春节联欢会 |", in_paragraph=False)


def test_a_sections_value_and_a_templates_blank_field_are_the_texts():
    # rw272: 三、活动地点 / XX社区活动中心及周边敬老院 / 四、活动对象; a template's sign-off fields (编制人：[姓名])
    lines = ["三、活动地点", "XX社区活动中心及周边敬老院", "四、活动对象", "社区老年人、志愿者、社区工作人员"]
    assert judged_contexts([[line] for line in lines])[1] == [None]
    # a sign-off under a label, over a paragraph, is still judged
    chatter = ["一、加强组织建设", "祝大家工作顺利天天开心", "工会将继续做好工会小组建设，按时召开职工代表大会。"]
    assert judged_contexts([[line] for line in chatter])[1] != [None]
    assert not judged("编制人：[姓名]", in_paragraph=False) and not judged("编制日期：[日期]", in_paragraph=False)


@pytest.mark.parametrize(
    ("line", "judged_by_the_model"),
    [
        (
            "坚持科学民主管理 促进医院和谐发展",
            False,
        ),  # a slogan's two clauses, each opening with a plan's verb (more14b)
        ("背景：", False),  # rw165: a plan's section labels
        ("目标要求：", False),
        ("具体工作：", False),
        ("【指导思想】", False),
        ("时间：", True),  # rw337: a post's empty field is still the model's to judge
        ("吐故纳新 再展宏图", False),  # rw474 (more15b's fresh page): a headline of four-character phrases, no byline
        ("凝心聚力 奋力前行", False),
        ("巾帼新气象 建功新时代", False),  # rw1502 (fix22d): a kicker's parallel phrases of five characters
        ("深学细悟强思想 笃行实干转作风", False),  # rw1423: of seven
        ("上一篇 下一篇", True),  # a site's buttons: phrases of three
        ("妇产科 张三", True),  # a byline: a unit and a name
        ("工作计划 工作总结 心得体会", True),  # a site's menu of genres
        ("摘要", False),  # rw346, rw381: an essay's part labels, headings over their parts
        ("引言", False),
        ("3月8", False),  # rw1634: a report's day the excerpt cut before its 日, the page's last line (fix24a)
        ("3月8日", True),  # a day written whole, alone: a site's stamp as much as the text's
    ],
)
def test_a_slogan_and_a_plans_section_labels_are_never_the_junk_models_to_judge(line, judged_by_the_model):
    assert judged(line, in_paragraph=False) is judged_by_the_model


@pytest.mark.parametrize(
    "lines",
    [
        # rw361: a news headline of seven characters over its report; rw352: a duties page's title over its first entry
        ["中秋巧遇教师节", REPORT],
        [
            "办公室工作职责",
            "一、决策参谋。主要包括文稿起草、决策调研、信息综合等。",
            "二、综合协调。主要包括工作协调等。",
        ],
        # rw445: a title spaced out a letter at a time under the page's junk, over its spaced paragraph
        [
            "医院党建工作调研报告&局党建工作计划要点",
            "医 院 党 建 工 作 调 研 报 告",
            "当 前，医 药 卫 生 体 制 改 革 深 入 推 进，" * 3,
        ],
        # rw489: an outline entry over its paragraph is a heading of the text
        [
            "1.重阳节简介及其重要性",
            "重阳节是一个传统的中国节日，通常在农历九月初九日庆祝，九月是秋季，阳气渐消，气温降低。",
        ],
    ],
)
def test_a_pages_title_over_where_its_text_opens_and_an_entry_over_its_paragraph_are_never_judged(lines):
    # a protected line the model never decides does not set its threshold (tests/test_train_junk.py, round 16)
    title = 0 if "医 院" not in lines[1] else 1
    assert not _judged_lines(lines)[title]


@pytest.mark.parametrize(
    "lines",
    [
        [
            "学校工会工作计划2024小学15篇",
            "1.关爱留守儿童、残疾学生和单亲学生。",
        ],  # a collection's name: the structure's
        [
            "1、部分资料下载需要金币，请确保您的账户上有足够的金币",
            "2、已购买过的文档，再次下载不重复扣费",
        ],  # a numbered notice
        # rw387, rw468, rw480, rw470, rw419, rw403 (fix set): chrome over a paragraph is no headline
        ["20250327-_YY_2980", REPORT],
        ["全程导医网 徐州中医频道", REPORT],
        ["中國共產(chǎn)黨新聞網(wǎng)>>中國工會新聞>>工會資料", REPORT],
        ["医院动态详细内容", REPORT],
        ["最佳答案推荐答案", REPORT],
        ["内容头部广告位（手机）", REPORT],
    ],
)
def test_a_collections_name_a_numbered_notice_and_chrome_over_a_paragraph_are_still_judged(lines):
    assert _judged_lines(lines)[0]


@pytest.mark.parametrize("byline", ["(機(jī)關(guān)黨委 張付安)", "（工會：薛郅旻）"])
def test_a_byline_in_brackets_under_a_report_is_the_junk_models(byline):
    # rw443, rw462: a unit or a role and a name in brackets; the text's own fields in brackets stay (see
    # test_a_reports_credits_in_brackets_are_a_byline)
    report = [Line(REPORT), Line("活动中，大家积极参与各项小游戏，现场气氛热烈，笑声不断。"), Line(byline)]
    kept, dropped = clean_lines(report)
    assert [k.text for k in kept] == [clean_text(REPORT), "活动中，大家积极参与各项小游戏，现场气氛热烈，笑声不断。"]
    assert "括号里的署名" in dropped[0].reason


def test_a_tail_of_a_credits_shape_is_judged_as_a_line_the_rest_of_a_paragraph_only_as_its_sentence():
    # rw1314: the writer's name after the last stop (…格外温暖。金雄风), and rw1163's credit after a paragraph of one sentence
    # (the rule leaves a photo's credit there to the line's rules) are judged by the model as lines alone; rw1144's
    # lead-in cut by the excerpt stays a sentence of its paragraph, never the model's
    for line, tail in (
        (
            "一份份慰问品,一句句关怀语,正用最朴实的方式传递着浓浓的敬老情,让这个重阳节格外温暖。"
            "敬老爱老是中华民族的传统美德。金雄风",
            "金雄风",
        ),
        (
            "通过此次选拔赛,不仅检验了护士基础护理的训练情况,规范了护理技术操作,进一步提高了全院护理人员技术水平。"
            "(图文 护理工作部 荆朝侠 张淑林 提供)",
            "(图文 护理工作部 荆朝侠 张淑林 提供)",
        ),
    ):
        signed = units(line)
        assert signed[-1] == tail and not inside_paragraph(signed, len(signed) - 1)
    cut = units(
        "很多单位会出台全年工作的要点,并配套编制运行表。那么,仅就2025年来说,怎样让自己所规划的工作更加准确合理呢?"
        "以下四个做好工作规划的方法供您参考——"
    )
    assert inside_paragraph(cut, len(cut) - 1)


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("rw514.txt", "工会工作制度范文第1篇"),  # the label after the title, 范文 in it (scored .99)
        ("rw119.txt", "工会年度工作总结及计划【第一篇】"),  # the label in brackets
        ("rw257.txt", "第一篇:學生黨支部建設-淺析方法"),  # the label before the title, Traditional
        ("rw276.txt", "幼儿园疫情防控工作总结汇报篇1"),
    ],
)
def test_a_collection_items_title_where_the_item_starts_is_never_the_models_to_judge(name, title):
    texts = _set_texts(name)
    assert not _judged_lines(texts)[texts.index(clean_text(title))]


def test_a_collection_items_title_is_the_sites_over_the_next_items_title_or_with_the_sites_words():
    # an item title with no genre word of a title over rw489's text, over the next item's title (a list of links to the
    # collection's items), and with a site's word besides the collection's (本站首页); rw276's …工作总结汇报篇1 was the case
    # until round 19 read 汇报 after a summary's genre as a title's (…总结汇报, rw789), rw489's own 开展九九重阳活动策划(篇1)
    # until kd36 read an event's 策划 as a plan's (README kind): a title line, the structure's
    title, text = "开展九九重阳节敬老活动(篇1)", next(t for t in _set_texts("rw489.txt") if t.startswith("重阳节是"))
    assert _judged_lines([title, text]) == [False, False]
    assert _judged_lines([title, "开展九九重阳节敬老活动(篇2)", text])[0]
    assert _judged_lines(["本站首页 " + title, text])[0]


@pytest.mark.parametrize(
    ("line", "paragraph"),
    [
        # rw390, rw495: a column's name, a bar, the headline (annotated as the title whole)
        ("护理资讯 | 西苑医院召开2023年度护理工作总结大会", REPORT),
        (
            "要闻动态| 市四医院开展2024年度优秀护士评选活动",
            "2024年5月12日是第113个国际护士节,为进一步弘扬南丁格尔精神,表彰先进、树立榜样,近期市四医院组织开展了20",
        ),
        # a meeting's name, a bar, its headline (a page seen in round 16, scored .88 junk with its site left out)
        ("六届五次职代会工代会分团讨论|凝心聚力集智 共享美好未来（二）", REPORT),
    ],
)
def test_a_headline_of_two_phrases_parted_by_a_bar_reads_as_a_headline(line, paragraph):
    assert reads_as_headline(line, paragraph)
    assert judged_contexts([[line], [paragraph]])[0] == [None]


@pytest.mark.parametrize(
    "line",
    [
        "手机版  |  网站地图",  # rw223: a row of links, short words
        "信息来源:沙市区总工会 | 发布时间 2022-04-02",  # rw062: fields
        "支付宝生活号 | 微信服务号 | 微信订阅号 | 在线留言 |",  # rw470: more bars than one headline has
        "网站首页 | 个人文档 个人总结 工作总结",  # a menu's words side by side
    ],
)
def test_a_sites_row_of_links_or_fields_parted_by_bars_is_no_headline(line):
    assert not reads_as_headline(line, REPORT)


def test_a_units_channels_are_the_texts_words_qq_groups_too():
    # rw498: an outline entry of plan prose naming the community's QQ and WeChat groups scored .94 junk with its site left
    # out (the threshold rose to .95 for it); a document shop's numbered notice is still judged
    assert not judged("3.利用社区QQ群、微信群等工具，提前发布活动通知，", in_paragraph=False)
    assert judged("1、本文档由用户上传，淘文库整理发布，可阅读全部内容。", in_paragraph=False)


def test_a_site_word_inside_a_word_of_the_text_is_no_site_word():
    # rw497: 社区工作者 (a worker), scored .85 junk for its 作者; rw418's byline 作者:孙继忠 is a site's
    assert not SITE_WORDS.search(analysis_form("排忧解“南”“苑”意为你提高社区工作者责任意识"))
    assert SITE_WORDS.search("日期:2021-11-05       作者:孙继忠")


@pytest.mark.parametrize(
    ("feature", "line", "fires"),
    [
        ("counts", "1 次访问", True),  # rw359: a post's visits
        ("series", "2020年幼儿园工会工作计划【三篇】", True),  # rw410: a collection's count in brackets
        ("series", "学校工会工作总结(优)", True),  # rw081: the grade a site gives its 范文
        ("series", "工会工作制度范文第1篇", False),  # rw514: an item's number, no collection's count
        ("column_name", "【正文】", True),  # rw449
        ("column_name", "医院概况", True),  # rw469
        ("column_name", "新闻中心新闻中心", True),  # rw218
        ("column_name", "最新评论", True),  # rw361: the column of a post's comments
        ("column_name", "加强职工之家建设", False),
        ("news_credit", "技术支持：四川好亦同 网站维护：广元市总工会办公室", True),  # rw554: a site's credits
        ("foreign", "20250327-_YY_3020", True),  # rw387: a picture's code
        ("foreign", "Literature", True),  # rw321: a column's English name over its menu
        ("foreign", "并通过“学习强国APP”组织了一场知识问答比赛", False),  # rw442
        ("foreign", "(1)", False),
    ],
)
def test_the_sites_counts_collections_grades_and_columns_are_features(feature, line, fires):
    assert _feature(feature, line) > 0 if fires else _feature(feature, line) == 0


@pytest.mark.parametrize(
    ("feature", "line", "fires"),
    [
        ("empty_field", "字級設定：", True),  # a news site's control whose value the page lost (news.st-media.com.tw)
        ("empty_field", "出版：更新：", True),  # a post's stamps, two labels with no value (zh.hk01.com)
        ("empty_field", "主辦單位：公益傳播基金會", False),  # a field with its value
        ("file_name", "文件名称：2026年急诊绿色通道工作计划.docx", True),  # a document shop's attachment (f.tikuw.cn)
        (
            "file_name",
            "未命名。png社区主题党日.jpg",
            True,
        ),  # pictures' names, the cleaning's full stop (gs.nwsuaf.edu.cn)
        ("file_name", "附件1:2013/2014学年第一学期学生党员发展、教育管理工作日程安排表", False),  # an appendix by title
        ("page_state", "數據載入中……", True),  # a script loading (b019.tcpa.edu.tw)
        ("page_state", "暂无内容！", True),  # an empty column (oldweb.cicams.ac.cn)
        ("page_state", "链接已复制", True),  # a share button's notice (akxw.cn)
        ("page_state", "深化民主管理，坚持依法治校", False),
    ],
)
def test_gen27j_a_fields_label_alone_a_files_name_and_a_pages_state_are_features(feature, line, fires):
    # round 27: lines the cross-validation by site missed on several sites, each a class of web chrome in general
    assert _feature(feature, line) > 0 if fires else _feature(feature, line) == 0


def test_a_table_row_of_a_news_pages_credits_or_fields_is_judged_a_row_of_the_texts_is_not():
    # rw500: the credits in cells parted by bars; rw296: a government page's table of fields
    assert judged("撰稿|包铁华摄影|胡波审核|黎卫平", in_paragraph=False)
    assert judged("索 引 号：769492411/2016-00122 |主题分类：综合政务/工作信息/工作动态| |", in_paragraph=False)
    assert not judged("时间|活动内容|参加范围|负责部门", in_paragraph=False)


def test_a_signers_unit_and_date_are_the_documents():
    # rw418: a notice signed 校工会 over 2021115; a site's counter (3445) or its stamp (2023-11-21 8886) is judged
    texts = _set_texts("rw418.txt")
    assert not _judged_lines(texts)[texts.index("2021115")]
    assert judged("3445", in_paragraph=False) and judged("2023-11-21 8886", in_paragraph=False)
    # rw716: a news item signed 工 会 (spaced out) over 2013年3月2日, which scored .89 held out and held the junk
    # threshold at .91 (caught .77); a person's name over a date is judged
    texts = _set_texts("rw716.txt")
    assert not _judged_lines(texts)[texts.index("工 会")]
    assert _judged_lines([REPORT, "李明", "2013年3月2日"])[1]
    # rw241: 工 会 right under the text's last sentence, the page's 推荐 under it (held out .90)
    assert not _judged_lines([REPORT, REPORT, "工 会", "推荐"])[2]
    # rw1684: a hospital's department signs, 泸医口腔   护理部 under the last sentence (1.00 before, holding the threshold at
    # .95); a page's 返回顶部 there is judged
    assert not _judged_lines([REPORT, REPORT, "泸医口腔   护理部", "2013-5-14"])[2]
    assert _judged_lines([REPORT, REPORT, "返回顶部"])[2]


def test_a_document_shops_coins_and_archives_are_its_words():
    # rw446: the shop's numbered notices about its downloads, each with two site words, as its other notices have
    for notice in (
        "1、部分资料下载需要金币，请确保您的账户上有足够的金币",
        "3、资料包下载后请先用软件解压，在使用对应软件打开",
    ):
        assert _feature("site_words", notice) >= _feature("site_words", "下载 金币")  # two site words or more


def test_a_bilingual_pages_headline_over_its_english_version_is_not_the_models_to_drop():
    # rw600 (more17, GB18030): To Sir with Love 吾愛吾師，暖心奉茶 over the English version of the report scored .96 on its
    # letters and held the junk model's threshold at .95 (cross-validated junk caught .72)
    result = parse_file((FILES / "rw600.txt").read_bytes(), "rw600.txt")
    assert all("To Sir with Love" not in line.text for line in result.dropped)
    lines = [
        ["To Sir with Love吾愛吾師，暖心奉茶"],
        [
            "After our parents, the people who most significantly impact our lives"
            " – and a life-long love or dislike for a particular subject – are our teachers."
        ],
        [REPORT],
    ]
    assert judged_contexts(lines)[0] == [None]
    # a site's English name over an English line is judged as any line
    assert judged_contexts([["Powered by Discuz 网站首页"], lines[1], [REPORT]])[0] != [None]


def test_a_writers_credit_over_the_text_is_judged_and_never_the_title():
    # rw597: the school's name and the teacher's over the report (the model drops it; no title candidate either); a
    # headline of two phrases is no credit (rw376: 庆祝护士节 新资讯)
    result = parse_file((FILES / "rw597.txt").read_bytes(), "rw597.txt")
    assert result.documents[0].title_source == "file" and "齐玉婷" not in all_text(result)
    assert judged_contexts([["景德镇市梨树园小学 齐玉婷"], [REPORT * 2]])[0] != [None]
    assert judged_contexts([["庆祝护士节 新资讯"], [REPORT * 2]])[0] == [None]


def test_a_headlines_first_part_over_its_dashed_sub_headline_is_never_the_models_to_judge():
    # rw670: 求真务实 开创民进工作新局面 / ——民进荆州区总支2012年工作总结 scored .93 held out and held the junk threshold at
    # .95 (CV caught .70); the structure takes both lines as one title
    texts = _set_texts("rw670.txt")
    assert _judged_lines(texts)[:2] == [False, False]
    (document,) = parse_set_file("rw670.txt").documents
    assert bare(document.title) == bare("求真务实 开创民进工作新局面——民进荆州区总支2012年工作总结")
    # a site's chrome over a dashed line is judged all the same
    assert _judged_lines(["网站首页 工作动态", "——记综合党支部4月组织生活会", REPORT])[0]


@pytest.mark.parametrize(
    ("line", "reads"),
    [
        ("我校举办庆祝5.12国际护士节活动暨第八届护士加冕仪式", True),  # rw672: a day's dot
        ("2025年党建工作面临新挑战？如何强化政治引领是关键", True),  # rw661: a headline that asks
        (
            "中文字幕少妇潮喷_香蕉视频青青久久久_在线v片免费观看视频_亚洲成眠在线观看毛卡片",
            False,
        ),  # rw334: a page's keywords
        ("会议由工会主席主持.全体委员参加", False),  # a dot between words is a stop
    ],
)
def test_a_days_dot_and_a_question_are_a_headlines_a_pages_keywords_are_not(line, reads):
    paragraph = (
        "5月7日，医学院隆重举行庆祝5.12国际护士节活动暨第八届护士加冕仪式。校党委副书记周家健、湖州市卫生局副局长出席。"
    )
    assert reads_as_headline(line, paragraph * 2) == reads


@pytest.mark.parametrize(
    ("name", "line"),
    [
        # a title in book-title marks, its subtitle after a colon (rw627)
        ("rw627.txt", "《社区新时代文明实践站半年工作总结：点亮文明之光，共建和谐社区》"),
        (
            "rw849.txt",
            "活动结束后，将整理照片和视频资料上传至公司内网供大家分享，并收集反馈意见以改进未来的活动策划。",
        ),  # under 后续跟进：
        (
            "rw849.txt",
            "- 14:00 自由活动（如徒步、摄影、休闲娱乐等）",
        ),  # a schedule's entry, opening with its time of day
        (
            "rw862.txt",
            "教師節到來 嘉義黎明國小發「敬師券」讓孩子表達感恩",
        ),  # a headline right over the post's stamp alone
        ("rw621.txt", "阜新市中心醫(yī)院工會"),  # a unit's name over a title line that names none
        ("rw328.txt", "会议"),  # the next paragraph's first word where the page's excerpt ends
        ("rw835.txt", "會上"),
        ("rw434.txt", "年内常规举办教职工大合唱、书画摄影展、微"),  # a list cut by the page's end, 摄影 no credit
        # round 30 (jpin30): a meeting's header fields under the minutes' title (.98 and .95 held out), and the next
        # sentence's opening clauses cut where the page's excerpt ends (.95)
        ("rw2159.txt", "地點：本會會議室（臺北市寶慶路35號4樓）"),
        ("rw2159.txt", "主席：吳振昌理事長"),
        ("rw2182.txt", "分享會(huì)上，10名政協(xié)機(jī)關(guān)干"),
        # then a programme of two days, each entry its day and part of the day before the hour (.85 and .84)
        ("rw1906.txt", "5月12日早上6:30集合完毕"),
        ("rw1906.txt", "5月13日早上6:30集合完毕"),
    ],
)
def test_the_texts_own_lines_the_junk_model_held_its_threshold_with_are_not_its_to_judge(name, line):
    # round 19's retrain on the 804: each of these content lines scored .77-.99 held out, and the threshold with it
    texts = _set_texts(name)
    i = next(k for k, text in enumerate(texts) if clean_text(line) in text)
    found = [units(text) for text in texts][i]
    judged_units = judged_contexts([units(text) for text in texts])[i]
    assert all(context is None for unit, context in zip(found, judged_units) if clean_text(line) in unit)


def test_jpin30_a_run_of_fields_naming_no_event_and_a_foot_of_fields_stay_the_models_to_judge():
    # a run of fields is the text's only when one names an event's time, place or people (an activity's, a meeting's)
    minutes = ["時間：99年10月13日（星期三）上午10:00", "地點：本會會議室", "主席：吳振昌理事長 紀錄：蘇映慈", REPORT]
    assert _judged_lines(minutes)[:3] == [False, False, False]
    # a post's stamp (its day in digits) and a site's foot of contacts name no event
    assert _judged_lines(["时间：2024-08-01", "浏览量：421", REPORT])[:2] == [True, True]
    assert _judged_lines([REPORT, "地址：荆州市园林路25号", "电话：0716-8212336"])[1:] == [True, True]
    # a credit's fields where the page ends, no clause break in them, are no sentence cut by the page's excerpt
    assert _judged_lines([REPORT, "拟稿人：王雨 核稿人：张晋 来源：历下区总工会"])[1]


def test_a_schedule_by_the_hour_is_never_the_models_to_judge():
    # rw849: 16:00总结分享会，颁发奖项 and 17:00返回公司 (分享, 返回) were dropped as a site's words and buttons
    lines = [
        [text]
        for text in ("上午：", "8:00集合出发", "中午：", "12:00午餐", "16:00总结分享会，颁发奖项", "17:00返回公司")
    ]
    assert all(context is None for line in judged_contexts(lines)[1::2] for context in line)
    # a time alone before a line of a site (a list of posts) is judged
    assert judged_contexts([["17:00返回公司"], ["首页"]])[0][0] is not None


def test_a_whole_sentence_between_the_texts_sentences_or_a_masked_slot_is_never_the_models_to_judge():
    # rw849: a plan's sentence naming 上传, 内网, 分享 scored .99 and held the junk threshold at .95 (caught .68); under its
    # label XX国家森林公园 (a template's slot) scored .88
    sentence = "活动结束后，将整理照片和视频资料上传至公司内网供大家分享，并收集反馈意见以改进未来的活动策划。"
    assert not _judged_lines([REPORT, "后续跟进：", sentence, REPORT])[2]
    assert _judged_lines([REPORT, REPORT, sentence])[2]  # at the page's foot: a site's notice stands there
    assert not judged("XX国家森林公园", in_paragraph=False)
    assert judged("[关闭窗口]", in_paragraph=False)  # a site's word in brackets


def test_a_welcome_to_the_audience_of_a_meeting_is_the_texts_not_a_sites():
    # rw1213 (fix21b): 歡迎各位會員出席2024年,即本會成立第三十一周年會員大會。 (the model dropped it on 欢迎, a site word)
    (document,) = _parsed("rw1213")
    assert document.blocks[0].text == "引言" and document.blocks[1].text.startswith("歡迎各位會員出席2024年")
    assert document.year == 2024
    assert not SITE_WORDS.search(analysis_form("歡迎各位會員出席2024年,即本會成立第三十一周年會員大會。"))
    assert SITE_WORDS.search("下面是小编整理的工作计划，欢迎大家阅读。")  # a site's welcome to its readers


def test_a_sentence_opening_on_its_day_written_with_dots_and_its_day_mark_is_never_the_models():
    # rw826 (fix21b): the report's first sentence scored .94 in the junk model's cross-validation and set its threshold
    assert not judged("2008.5.10日晚，在院景觀樓二樓，由護理部牽頭舉行了一場別開生面的聯(lián)歡晚會。", False)
    assert judged("发布时间: 2020.10.30", False)  # a site's stamp writes no 日


def test_a_writers_first_person_sentence_naming_a_site_is_never_the_models_but_a_sites_notice_is():
    """aud21j: a reader's letter to a paper (…从看纸质刊物到浏览网站，我被《劳动午报》…感染。) was dropped from its paragraph
    by the model for its site words; a notice in the site's voice inside a paragraph (rw016) is still judged."""
    assert not judged(
        "三年间，从被动阅读到主动探知，从看纸质刊物到浏览网站，我被《劳动午报》不变的本色与充满人情的味道深深感染。",
        True,
    )
    assert judged("本篇資料來自 AI 写作助手网站,通過 wECHAT 小程序搜索青鳥寫作,探索其智能功能。", True)


def test_a_charters_article_numbered_with_its_tens_as_one_letter_is_a_label_never_junk():
    """aud21j: 第 卅 條 (30, 卅 for 三十) over its article was dropped by the model as the page's; 第卅一條 next to it stayed."""
    assert not judged("第卅條", False) and not judged("第卅一條", False)  # closed up as the cleaning closes it
    page = (
        "第 卅 條\n會員(會員代表)大會分定期會議及臨時會議兩種,均經理事會之決議由理事長召集之,定期會議每年至少開會一次。\n"
        "第卅一條\n召集會員大會應於十五日前通知之,但因緊急事故召集臨時會議,經送達通知而能及時到會者,得不受此限制並均應報請主管機關派員指導、監督。\n"
    )
    texts = [b.text for b in blocks_of(page)]
    assert "第卅條" in texts and "第卅一條" in texts


def test_a_pages_one_sentence_of_three_clauses_without_a_site_word_is_never_the_models():
    """aud21j: a long-term care page's only sentence under its headline was dropped by the model as a button (0.82)."""
    assert not judged(
        "護理人員是為數最多的醫事人力,目前因護理人員短缺,許多病房閒置、關閉,導致醫院的營運拉警報、病人的治療被延誤耽擱。",
        False,
    )
    assert judged("請同意我們的隱私權規範,才能啟用聽新聞的功能。", False) or junk_reason(
        clean_text_line("請同意我們的隱私權規範,才能啟用聽新聞的功能。")
    )


def test_a_kicker_over_its_headline_is_never_judged_as_a_sites_line():
    # rw1502 (ret22): 巾帼新气象 建功新时代 over 我院妇委会换届选举暨…顺利召开 over the report held every retrain's junk threshold
    lines = [
        ["巾帼新气象 建功新时代"],
        ["我院妇委会换届选举暨第五届妇女代表大会顺利召开"],
        [
            "12月14日中午，我院妇委会换届选举暨第五届妇女代表大会在8号楼阶梯会议室隆重召开。本次大会是在全院深入学习贯彻党的十九大精神重要时刻召开的一次全院妇女的盛会。"
        ],
    ]
    assert judged_contexts(lines)[0] == [None]
    # a menu of columns over the same headline is judged
    lines[0] = ["网站首页 新闻中心"]
    assert judged_contexts(lines)[0] != [None]
    # a paper's digital edition stamps its issue's day
    assert junk_reason("出版日期：2017年12月25日 星期一 今日天气：") == "网页信息"


def test_a_caption_in_the_texts_words_is_not_judged_a_byline():
    """fix23b: rw1616's 參賽(sai)選手(shou)專心致志 焊(han)花飛舞 (a caption with no caption's mark, content by the README) held
    the junk threshold at .95 as a unit-and-name byline; its last phrase is the text's own (賽場上,焊花飛舞,…) and no name,
    so it is never judged. A unit and a writer's name, or a menu, under the same prose still are."""
    prose = "賽(sai)場上,焊(han)花飛舞,參(can)賽(sai)選(xuan)手圓(yuan)滿完成了(le)一(yi)件(jian)件(jian)焊(han)接(jie)作品。"
    for line, judged_now in (
        ("參賽(sai)選手(shou)專心致志 焊(han)花飛舞", False),
        ("壓力容器制造廠 龐勇", True),
        ("网站首页 新闻中心", True),
    ):
        lines = [[prose], [prose], [line]]
        assert (judged_contexts(lines)[2] != [None]) is judged_now, line
    # 3.9:00拍集体合照 (rw890's programme) is no caption
    assert junk_reason("3.9:00拍集体合照") is None


def test_a_line_right_over_the_outlines_first_section_is_its_title_not_the_models_to_judge():
    """rw1778's 子計畫2【編號:105-2 over 一、計畫名稱: the outline's title, its number's digits and colon inside its bracket;
    a field over the first section (指導老師:馮正龍, rw1535) stays judged, and a collection's title over its first item's
    first section (社区重阳节的活动策划(通用15篇), rw856) stays the structure's, its sections at the outermost level."""
    from nlp.library.junk import judged_contexts

    def judged_first(first: str) -> bool:
        lines = [
            [first],
            ["一、計畫名稱"],
            ["團隊創新專業精進"],
            ["二、計畫目標"],
            ["推動成立教師專業學習社群，鼓勵教師自發性進行省思。"],
        ]
        return any(context is not None for context in judged_contexts(lines)[0])

    assert not judged_first("子計畫2【編號:105-2")
    assert judged_first("指導老師:馮正龍")
    (document,) = _parsed("rw1778")
    assert document.title == "子計畫2【編號：105-2"
    item = _parsed("rw856")[0]  # the first of its two items (kd36: the second's title line no longer wraps into it)
    assert [(b.level, b.text) for b in item.blocks if b.type == "heading"][:2] == [
        (1, "活动目的及意义："),
        (1, "活动过程："),
    ]


def test_fix26d_a_posts_count_of_answers_or_comments_is_a_counter():
    assert COUNT.search("共1个回答") and COUNT.search("共0条评论")
    assert not COUNT.search("回答职工提出的问题")
    result = parse_file((FILES / "rw1858.txt").read_bytes(), "rw1858.txt")
    assert result.documents[0].title != "共1个回答"
    assert result.documents[0].kind == "计划"


def test_gen26j_parallel_phrases_between_an_outline_heading_and_its_paragraph_are_its_subheading():
    # rw1851: ★感悟初心★ / 交党费 学理论 / its paragraph; the same phrases among a page's chrome are judged
    paragraph = "“不积跬步，无以至千里，按期交党费虽然是一件小事，但也是一面镜子。”会上，支部书记通报了党费收缴情况。"
    assert not _judged_lines(["★感悟初心", "交党费 学理论", paragraph])[1]
    # a menu of site words under a heading, or the phrases over a line of no sentence, stay the model's to judge
    assert _judged_lines(["★感悟初心", "网站首页 投稿须知", paragraph])[1]
    assert not _outline_kicker("★感悟初心", "交党费 学理论", "★强化初心")
    assert not _outline_kicker("通姜社区", "交党费 学理论", paragraph)


def test_gen26j_a_figure_alone_inside_the_outline_is_a_tables_cell():
    # rw1778: the budget table's sum 1485 between 四、經費需求 and 五、預期效益; a bare number at the page's head is judged
    lines = ["四、經費需求", "合計（仟元）", "107學年度", "1485", "五、預期效益"]
    assert not _judged_lines(lines)[3]
    assert _judged_lines(["3445", "四、經費需求", "合計（仟元）", "五、預期效益"])[0]


def test_gen26j_an_abstracts_label_in_its_language_is_an_essays_part():
    # rw1784: a journal article's 中文摘要 and 英文摘要 over each abstract
    assert not judged("中文摘要", False)
    assert not judged("英文摘要", False)
    assert judged("文章詳目資料", False)


def test_fixR1_a_persons_name_over_a_date_signs_a_text_its_writer_says_in_the_first_person():
    # a letter's or a speech's signer under its last sentence in the writer's voice is the text's; under a report told of
    # others, or under a sentence whose 我们 is a quoted speaker's, the name over the date is a byline the model judges
    assert not _judged_lines(["我们将继续努力，把各项工作做得更好。", "周小博", "2016年7月"])[1]
    assert _judged_lines([REPORT, "李明", "2013年3月2日"])[1]
    assert _judged_lines(["抢修班负责人周国强说：“我们一定会做好防暑降温。”", "周小博", "2016年7月"])[1]


def test_fix27d_pressure_after_a_verb_ending_in_jie_is_no_archives_unzip():
    # rw1936: a programme table's row 邀请专业讲师讲解压力管理 (讲解 + 压力) was dropped for the document shop's 解压; 压力 is a
    # word, so 解 before it ends another verb (缓解压力, 化解压力); an archive's 解压 stays the site's word
    result = parse_set_file("rw1936.txt")
    assert "邀请专业讲师讲解压力管理" in all_text(result)
    assert not SITE_WORDS.search("帮助职工缓解压力")
    assert SITE_WORDS.search("资料包下载后请先用软件解压")


def test_fix27d_a_bracketed_byline_may_part_office_and_name_by_a_comma():
    # rw1943: (党政办,李学明) under the last sentence: the office that wrote it and its writer, as (機關黨委 張付安)
    result = parse_set_file("rw1943.txt")
    assert "（党政办，李学明）" in {line.text for line in result.dropped}
    assert "李学明" not in all_text(result)


@pytest.mark.parametrize(
    ("line", "fires"),
    [
        ("请输入关键字", True),  # a search box's prompt (rw915, rw942, rw1689: three hospital sites)
        ("請輸入關鍵詞", True),
        ("还能输入140字", True),  # a comment box's counter (rw828)
        ("站内搜索", True),
        ("填写选票", False),  # rw1704: a caption of the text asking its voters to fill in their ballots
        ("全面输入先进管理理念", False),
    ],
)
def test_gen28j_a_form_widgets_prompt_is_a_feature(line, fires):
    assert (_feature("form_prompt", line) > 0) == fires


def test_gen28j_a_search_boxs_prompt_over_the_text_is_no_headline():
    # rw1689: 请输入关键字 twice over the report was taken as its headline, never judged, and became the title
    assert all(_judged_lines(["请输入关键字", "请输入关键字", REPORT])[:2])


def test_gen28j_a_station_of_the_world_is_no_site_word():
    # a union's 驿站 or a town's 文化站 is what the text speaks of (a caption naming a 心靈驛站 scored .93 junk by 站 alone and
    # held the threshold at .95); the site's own 站 still counts (本站, 站内导航, 返回主站)
    for line in ("陽光家園——心靈驛站", "墩集镇综合文化站", "一站到底展风采", "新时代文明实践站"):
        assert not SITE_WORDS.search(analysis_form(line)), line
    for line in ("本站声明", "站内导航", "返回主站"):
        assert SITE_WORDS.search(line), line


def test_fix28d_a_reporters_name_before_a_slash_and_baodao_is_a_news_credit():
    """A byline under the text, the unit and its reporter's name before a slash and 报道 (公司工會(huì) 姜小明/報(bào)道,
    rw2021): a news credit as 叶礼正/文图 is, the page's line, not the report's."""
    news_credit = next(f for name, _, f in NAMED_FEATURES if name == "news_credit")
    context = LineContext(analysis_form("公司工會 姜小明/報道"), position=1.0, index=2, repeats=1, tail=True)
    assert news_credit(context) == 1.0
    result = parse_set_file("rw2021.txt")
    assert "姜小明" not in all_text(result)


def test_gen28m_the_empty_field_feature_reads_the_markers_label_grammar():
    """gen28m: the junk model's ``empty_field`` (and the foot's run of empty fields) reads the markers' one label grammar
    at a field's length: a letter-spaced label alone is one (說 明：, rw803), a lead-in is none (具體工作安排如下：, rw490: it
    points to the list under it), nor is an outline entry's label (二、活动地点：, rw271: the structure's)."""
    from nlp.library.junk import FIELD_LABEL

    spaced, lead_in, entry = "說 明：", "具體工作安排如下：", "二、活动地点："
    assert spaced in _set_texts("rw803.txt") and lead_in in _set_texts("rw490.txt") and entry in _set_texts("rw271.txt")
    assert FIELD_LABEL.match(spaced) and FIELD_LABEL.match("建議標籤：")
    assert not FIELD_LABEL.match(lead_in) and not FIELD_LABEL.match(entry)


def test_gen28k_a_view_counter_that_lost_its_number_is_a_stamp():
    # rw2010: the page kept the counter's label and unit, not its number; a text's 阅读 of an event is no counter
    assert is_stamp(analysis_form("┊文章閱讀：次")) and _feature("counts", "┊文章閱讀：次") == 1
    assert not COUNT.search("组织职工阅读：每月一次读书会")


def test_gen28k_a_column_of_portraits_is_a_column_a_headlines_shown_风采_is_not():
    # rw1995's 职工风采| before its headline, rw1465's 支部风采 alone; a headline shows its people's 风采
    assert COLUMN_NAME.fullmatch("职工风采") and COLUMN_NAME.fullmatch("支部风采")
    assert not any(COLUMN_NAME.fullmatch(t) for t in ("绽放女性风采", "展现巾帼风采", "活力展风采", "护士风采展示"))


def test_ty36_a_column_of_information_is_a_column_before_a_headline_and_alone():
    """ty36: 信息 names a mainland site's column as 资讯 and 讯息 do: 政务信息 | before rw2255's headline is the page's (the
    title loses it), and 协会信息, 基本信息, 工会信息 alone (rw1049, rw151, rw2326) are column names, junk in every tune file
    that has one; a title that ends in 信息 after a number (…23号院活动信息, rw1294) names no column."""
    assert _parsed("rw2255")[0].title == "全国总工会、国家卫计委及省总工会领导调研市皮防院“妈妈小屋”工作"
    assert all(COLUMN_NAME.fullmatch(t) for t in ("政务信息", "协会信息", "基本信息", "工会信息"))
    assert _parsed("rw1294")[0].title == "北太平庄新外大街23号院活动信息"


def test_gen28k_a_line_naming_a_topic_page_to_its_end_says_a_site_word():
    # rw2028's banner at the page's foot, rw946's 党建专题; a text's 专题 opens what it names
    assert _feature("site_words", "廉心清风 筑未来沐黔烟 贵州烟草商业廉洁文化建设专题") > 0
    assert _feature("site_words", "党建专题") > 0
    assert _feature("site_words", "开展专题学习") == 0


def test_gen28k_unmarked_captions_beside_a_marked_one():
    # rw408: lost photos' captions, one marked (会议现场), the others clauses without a mark (the README keeps them)
    texts = [
        "大新镇总工会召开村（社区）工会工作会议",
        "浏览次数：724手机阅读和分享",
        "会议现场",
        "新东社区汇报项目",
        "吴晓玲点评、指导村社区项目",
        "为提高村（社区）工会干部业务能力，加强工会工作再上新台阶，3月22日下午，大新镇总工会召开2023年工会工作会议。",
    ]
    seen = [line[0] for line in contexts([[text] for text in texts])]
    assert [c.beside_caption for c in seen] == [
        False,
        False,
        False,
        True,
        True,
        False,
    ]  # the stamp parts the headline off


def test_gen29j_a_name_too_short_for_a_headline_over_the_pages_headline():
    # dj.xmist.edu.cn's column 理论学习 over its headline and report (a site's column in the headline's place); rw882's
    # heading 組織架構 over a list's items, which end no sentence, is the text's
    report = "2011年全省高校党建工作的总体要求是：坚持以邓小平理论和“三个代表”重要思想为指导，深入贯彻落实科学发展观。"
    column = [line[0] for line in contexts([[t] for t in ["理论学习", "2011年全省高校党建工作要点", report]])]
    assert [c.over_headline for c in column] == [True, False, False]
    items = [
        "組織架構",
        "本會最高權力機構為會員大會",
        "每2年舉行一次理事選舉,周年會員大會上由有表決權的會員以不記名投票方式選出當屆理事",
    ]
    assert not any(line[0].over_headline for line in contexts([[t] for t in items]))


def test_fix32d_an_official_documents_number_is_the_documents_own_and_never_judged():
    """rw2347: a notice's number under its headline (湖卫健发〔2023〕1号), the issuer's short name, the year in brackets, the
    serial and 号, is the document's own reference, as its date is: the junk model never judges it (it dropped it as a line
    before the text, the one keep snippet the page lost). The title's repeat under the number still goes; a site's post
    number with no year in brackets is judged as before."""
    assert not judged("湖卫健发〔2023〕1号", False)
    assert not judged("中办发〔2009〕44号", False)
    assert judged("文章编号：20230504", False)
    documents = _parsed("rw2347")
    first = [b.text for b in documents[0].blocks]
    assert first[0] == "湖卫健发〔2023〕1号"
    assert "湖州市卫生健康委关于印发" not in first


def test_a_persons_post_and_name_alone_on_a_line_is_the_texts_speaker_and_never_judged():
    """rw2348: a work report's speaker under its title (工会主席  曲卫君, over the day it was given) and minutes' chair
    (主席:马兴友, rw317) name a person by a post: the text's own, never the model's to drop (the junk model scored rw2348's
    line 1.00 as a byline, which pinned the retrained threshold at .95). A site credits its writer by a credit word or
    by their unit, and those stay judged."""
    assert not judged("工会主席  曲卫君", False)
    assert not judged("主席:马兴友", False)
    assert judged("景德镇市梨树园小学 齐玉婷", False)
    assert judged("记者 王明", False)
    assert "工会主席 曲卫君" in all_text(parse_set_file("rw2348.txt"))


def test_a_charters_amendment_record_is_its_own_history_and_never_judged():
    """rw2332: a teachers' association's charter opens with the record of its amendments, a table flattened to lines
    (第一次修訂:88.1.28第二屆會員大會 / 修正第8914202340, the articles 8, 9, 14, 20, 23 and 40 run together): the
    charter's own, never the model's to drop (scored .98, it pinned the retrained junk threshold at .95)."""
    for line in ("修正第8914202340", "修正章程名稱及第14", "修正第8"):
        assert not judged(line, False)
    assert judged("修正错误 点击反馈", False)
    assert "修正第8914202340" in all_text(parse_set_file("rw2332.txt"))


def test_gen32k_a_line_among_lines_scored_junk_after_the_pages_head_is_read_with_them():
    # the second pass reads a judged line with the first pass's scores of the units around it: after the text's first
    # sentence, a line among lines scored junk (a list of other posts' headlines, a widget's buttons) weighs toward junk;
    # in the page's head, where the page's own headline stands among its stamps and menus, the neighbours weigh nothing
    model = load_model()
    line = LineContext(analysis_form("街道工会开展春季趣味运动会"), 0.9, 30, 1, tail=True)
    button = LineContext(analysis_form("上一篇"), 0.9, 29, 1, tail=True)
    alone = model.judge([None, None, line, None, None])[2][0]
    among = model.judge([button, button, line, button, button])[2][0]
    assert among > 10 * alone
    line, button = replace(line, tail=False, head=True), replace(button, tail=False, head=True)
    assert model.judge([button, button, line, button, button])[2] == model.judge([None, None, line, None, None])[2]


def test_gen32k_a_rating_widgets_choice_after_the_text_goes_with_the_widget_around_it():
    # rw1725: 网上调查 / 很好很漂亮 / 马马虎虎很一般 / 很差很难看 after the report's last paragraph; the middle choice alone reads
    # as a phrase of prose to the first pass, among its widget's lines it is the widget's
    text = all_text(parse_set_file("rw1725.docx"))
    assert "活动一直持续到下午四点" in text
    assert not any(choice in text for choice in ("网上调查", "很好很漂亮", "马马虎虎很一般", "很差很难看"))


def test_the_opening_words_under_the_texts_last_heading_are_its_paragraph_cut_by_the_page():
    """rw2334: the page's excerpt ends on the opening words of the paragraph under the text's last outline heading
    (三、依托网络优势,增强社区党建工作影响力 / 蚕花园社区在现有的社区网站上新增设): the text's, however many site words it says
    (it scored .90 as content and pinned the retrained junk threshold at .92); a site's field or credit under the text's
    last heading stays judged."""
    lines = [
        "社区活跃着一支党员志愿者巡逻队。",
        "三、依托网络优势,增强社区党建工作影响力",
        "蚕花园社区在现有的社区网站上新增设",
    ]
    assert not _judged_lines(lines)[2]
    assert _judged_lines([*lines[:2], "拟稿人：王雨 核稿人：张晋 来源：历下区总工会"])[2]
    assert "蚕花园社区在现有的社区网站上新增设" in all_text(parse_set_file("rw2334.txt"))


def test_the_one_entry_under_the_texts_last_heading_is_its_own_whatever_follows_it():
    """rw2290: a programme's last section heading (五、健身活动类(每月至少开展1场)) over its one entry that lost its number
    (CYTA网球联赛普及、辖区网球赛等网球活动), the page's image widget and 剩余140字 counter after it: the section's entry,
    its acronym no widget's letters (scored 1.00 by site, it pinned the retrained junk threshold at .95); a line of
    widget or file names there stays judged, and so does a line not right under the last entry."""
    lines = ["四、科学普及类(每月至少开展1场)", "1.“全国科普日”科学普及活动", "五、健身活动类(每月至少开展1场)"]
    assert not _judged_lines([*lines, "CYTA网球联赛普及、辖区网球赛等网球活动", "![]() |", "剩余140字"])[3]
    assert _judged_lines([*lines, "分享到Facebook微信朋友圈新浪微博"])[3]
    assert _judged_lines([*lines, "活动图片", "CYTA网球联赛普及、辖区网球赛等网球活动"])[4]
    assert "CYTA网球联赛普及、辖区网球赛等网球活动" in all_text(parse_set_file("rw2290.txt"))


def test_fix33a_tennis_is_no_site_word():
    """网 in 网球 is the sport a text's events play, not a site (rw2290's last activity line was dropped by three 网 at
    model 1.00, losing a keep snippet); rw2071's 网球协会 and rw2146's 乒乓球、羽毛球、网球 say the same word."""
    assert not SITE_WORDS.search(analysis_form("CYTA网球联赛普及、辖区网球赛等网球活动"))
    assert SITE_WORDS.search("中国早报网")
    assert "CYTA网球联赛普及、辖区网球赛等网球活动" in _block_text(_parsed("rw2290"))


def test_a_photos_caption_written_as_words_beside_a_marked_one_and_a_day_alone_are_the_texts():
    """rw897: 会议现场 / 颁奖现场 / 牌匾 at the report's end, the last a lost photo's caption with no caption's mark, which the
    README keeps as content; rw2429: 3月1日 alone over the lead it opens, under the post's stamp. Both scored .96–.98 by
    site and pinned the retrained junk threshold at .95. A site's button after the captions stays judged."""
    assert not _judged_lines(["会议现场", "颁奖现场", "牌匾"])[2]
    assert _judged_lines(["会议现场", "颁奖现场", "返回"])[2]
    assert not _judged_lines(["发布时间:2023-03-02 点击数:13135", "3月1日", "省总工会调研组来到上栗开展调研。"])[1]
    assert "牌匾" in all_text(parse_set_file("rw897.txt"))
    assert "3月1日" in all_text(parse_set_file("rw2429.txt"))


def test_clauses_naming_lost_photos_beside_a_marked_caption_are_not_judged():
    """rw408: 会议现场 (a marked caption, junk) / 新东社区汇报项目 / 吴晓玲点评、指导村社区项目, the next photos' captions written
    as clauses, which the README keeps as content. As a feature the model scored 新东社区汇报项目 .91 by site in round 34's
    retrain and pinned the junk threshold at .93 (catch .81); the run beside a marked caption is now the text's, its site's
    chrome still judged."""
    lines = [
        "浏览次数：724手机阅读和分享",
        "会议现场",
        "新东社区汇报项目",
        "吴晓玲点评、指导村社区项目",
        "为提高村（社区）工会干部业务能力，加强工会工作再上新台阶，3月22日下午，大新镇总工会召开2023年工会工作会议。",
    ]
    judged = _judged_lines(lines)
    assert judged[1] and not judged[2] and not judged[3]
    assert "新东社区汇报项目" in all_text(parse_set_file("rw408.txt"))


def test_a_date_in_brackets_under_the_title_is_the_texts_not_the_models():
    """rw2500: a report's date under its sub-headline, (2013130), the marks of 2013年1月30日 lost; rw1905's (2010年1月8日) under
    its title is the same line. The retrained model scored rw2500's .99, the one content line it dropped in round 34's
    cross-validation. Under the text's opening it is still judged, as a site's stamp would be."""
    report = [
        "——在慈溪市总工会十四届七次委员(扩大)会议上的报告",
        "(2013130)",
        "各位委员,同志们:",
        "现在,我受市总工会常委会委托,向全会报告工作,请予审议。",
    ]
    assert not _judged_lines(report)[1]
    assert not _judged_lines(["文学院2009年工会工作总结", "(2010年1月8日)", report[-1]])[1]
    assert _judged_lines([report[-1], "(2013130)"])[1]


def test_fix34b_a_document_sites_notice_of_its_documents_rights_is_junk():
    """fix34b (README junk: document-site notices): the second of a document site's three numbered notices over the
    document it sells (2、本文档内容版权归属内容提供方，所产生的收益全部归内容提供方所有。…, rw2382 and rw046, where its
    siblings 1、 and 3、 went already) is the site's, wherever its sentence ends."""
    assert "本文档内容版权" not in all_text(parse_set_file("rw2382.txt"))
    assert junk_reason(
        "2、本文档内容版权归属内容提供方，所产生的收益全部归内容提供方所有。如果您对本文有版权争议，可选择认领，认领后既往收益都归您。"
    )


def test_fix35b_a_sample_sites_lead_in_offering_what_follows_to_its_readers_is_junk():
    """fix35b: a sample site's lead-in that presents what follows for its readers to draw on (以下是一些优秀员工的工作报告，大家
    可以参考他们的写作风格和内容组织方式。, rw2460) goes, with the report of work done then typed by its own text; a text's own
    advice after 以下 (以下四个做好工作规划的方法供您参考, rw1144) and a plan's offer with no addressee (以下是一些具有代表性的…
    活动方案，供参考与借鉴, rw2005) stay."""
    (document,) = parse_set_file("rw2460.txt").documents
    assert "大家可以参考" not in all_text(parse_set_file("rw2460.txt"))
    assert document.kind == "总结"
    assert junk_reason("以下是小编精心整理的工会年终工作总结10篇，欢迎大家借鉴与参考，希望对大家有所帮助。")
    assert junk_reason("以下四个做好工作规划的方法供您参考——") is None
    assert junk_reason("以下是一些具有代表性的社区端午节活动方案，供参考与借鉴。") is None
