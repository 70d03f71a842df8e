"""The learnt title decision (``benchmarks.train_titles``, ``nlp.library.titles``): the shipped model is what the
trainer makes of the tune files; the fresh rules' parse it learns from is what those commits parse; it decides more
documents right than the rules in cross-validation by site, finds a title the rules miss in a file it never saw, and
does not lower the fair test's figures (docs/benchmarks.md, "A learnt title decision")."""

from __future__ import annotations

import json

import pytest

from benchmarks import train_titles
from benchmarks.bench_parse import FILES, annotation
from benchmarks.training import training_entries
from nlp.library.parse import parse_file
from nlp.library.script import analysis_form
from nlp.library.titles import (
    HEAD_BEFORE_SPACE,
    MODEL_PATH,
    NAMED_FEATURES,
    Candidate,
    _without_title,
    candidates,
    title_at,
    wrapped_headline,
)
from nlp.models import Block, Document
from nlp.read import read_lines
from tests.conftest import assert_same_model

# Measured when the model was trained (all 262 tune files, 271 aligned documents): the rules decided 239 right, the
# model 247 in 5-fold cross-validation by site. Floor: a gain of 6; raise it as the model improves.
# 6 -> 10 when adopted (round 13, lt13): with audit14's rules the rules decide 240 right; a candidate needs text after
# it (a title over nothing is none), a candidate the next line names again (named_next, rw211's 居委会), and the
# threshold chosen from .05 up (it had stopped at .30, the edge of its range): the model 250 at threshold .20.
# 10 -> 14 (round 15, doc15: on the 384, 395 documents): rules 341, model 361 at .25 (split_title, named_next whole,
# column_name, menu, label; the threshold from the smoothed curve).
# 14 -> 45 (round 17, title17: on the 554, 567 documents): rules 484, model 535 at .20 (item_label, over_item_label,
# written_day, unit_name, ends_exclamation; a date field after a space cut from a page line).
MIN_GAIN = 45


@pytest.fixture(scope="module")
def training():
    return train_titles.train()


def test_retraining_on_the_tune_split_gives_the_shipped_model(training):
    assert_same_model(training.model.to_json(), MODEL_PATH, [name for name, _ in NAMED_FEATURES])


def test_the_kept_fresh_rules_parse_is_what_those_commits_parse():
    # rw168 (round 9's holdout, read blind by 72a93d8, main before round 10 moved it to tune) and rw1996 (round 28's
    # tune batch col28c, read blind by 946bc6b, main before the batch's merge): that parser left rw1996 untitled (its
    # headline under a column's name), where today's rules, written from it since, give the annotated title
    kept = train_titles._fresh_rules()
    again = train_titles.fresh_rules_parse(only={"rw168.txt", "rw1996.txt"})
    assert again == {name: kept[name] for name in ("rw168.txt", "rw1996.txt")}
    assert [d["title_source"] for d in kept["rw1996.txt"]] == ["file"]
    data = (FILES / "rw1996.txt").read_bytes()
    today = parse_file(data, "rw1996.txt", title_model=None).documents[0]
    assert today.title == annotation("rw1996.txt")["documents"][0]["title"] == "儿科二病房为住院儿童过“六一”"


def test_each_tune_file_has_the_parse_of_a_parser_that_had_not_seen_it():
    # fresh_rules_commits: every tune file maps to a commit of history whose manifest does not list it as tune (it came
    # after, or was a holdout then), and the kept parse holds every one but those its parser fails on: round 1's
    # parser (be37cdc) on rw061
    commits = train_titles.fresh_rules_commits()
    tune = {entry["name"] for entry in training_entries()}
    assert set(commits) == tune
    kept = train_titles._fresh_rules()
    assert set(tune) - set(kept) == {"rw061.txt"}
    for commit in set(commits.values()):
        assert train_titles._git("rev-parse", "--verify", f"{commit}^{{commit}}").strip() == commit
        seen = set()
        if train_titles._git("ls-tree", "--name-only", commit, "tests/realworld/manifest.json").strip():  # from round 1
            listed = json.loads(train_titles._git("show", f"{commit}:tests/realworld/manifest.json"))["files"]
            seen = {entry["name"] for entry in listed if entry.get("split", "tune") == "tune"}
        assert not seen & {name for name, c in commits.items() if c == commit}, commit
    assert commits["rw2080.txt"].startswith("f7839ae")  # col29c's merge, first parent: main before it
    assert commits["rw1955.txt"].startswith("61bc1d1")  # round 28's holdout, moved to tune after round 28's end


def test_the_model_decides_more_documents_right_than_the_rules_in_cross_validation(training):
    assert training.model_right >= training.rules_right + MIN_GAIN


def test_the_threshold_is_the_best_of_the_curve_smoothed_not_a_lone_spike():
    # the documents decided right by threshold on the 384 (round 15): 358 at 0.20 alone, its neighbours 354 and 355
    counts = [349, 351, 354, 358, 355, 356, 356, 357, 355, 355, 353]
    assert train_titles.THRESHOLDS[train_titles.steadiest_best(counts)] == 0.25
    assert train_titles.steadiest_best([1, 5, 1, 4, 4, 4]) == 4  # a plateau of 4s over a lone 5
    # round 27's curve on 1941 documents, flat from 0.15 to 0.55: smoothed, 0.45 leads 0.20 by 1.3 documents, a tie
    counts = [1857, 1872, 1873, 1876, 1874, 1873, 1874, 1875, 1875, 1877, 1874, 1868, 1864, 1856, 1848, 1832, 1813]
    assert train_titles.THRESHOLDS[train_titles.steadiest_best(counts)] == 0.45
    assert train_titles.THRESHOLDS[train_titles.steadiest_best(counts, train_titles.TIE_SHARE * 1941)] == 0.2


def test_a_title_the_rules_miss_is_found_by_a_model_that_never_saw_its_file(tmp_path):
    # rw231: a notice whose title line the parser glued to its address line (…的通知各党总支、直属党支部：); the rules give
    # the file's name and read it as a plan
    model = tmp_path / "title_model.json"
    train_titles.write(train_titles.train(leave_out={"rw231.txt"}).model, model)
    data = (FILES / "rw231.txt").read_bytes()
    assert parse_file(data, "rw231.txt", title_model=None).documents[0].title == "rw231"
    titled = parse_file(data, "rw231.txt", title_model=model).documents[0]
    annotated = annotation("rw231.txt")["documents"][0]
    assert train_titles.is_title(titled.title, annotated["title"])
    assert (titled.kind, titled.title_source) == (annotated["kind"], "text")
    assert titled.blocks[0].text == "各党总支、直属党支部："


def test_the_model_never_lowers_the_fair_test():
    figures = train_titles.fair_test("rw238-rw262")
    for key in ("title_exact", "kind", "year", "keep"):
        assert figures["rules+model"][key] >= figures["rules"][key], key


def test_a_title_taken_from_a_page_line_leaves_the_text_its_own_words():
    # the page's title line split by the parser at its bracketed tail (rw223), and glued to the text's address (rw231)
    tail = [Block("paragraph", "（学校工会年度工作总结）"), Block("paragraph", "在这紧张而又忙碌的一年里，…")]
    assert _without_title("小学工会工作总结报告(学校工会年度工作总结)", tail) == tail[1:]
    glued = [Block("paragraph", "关于开展2025年3月主题党日活动的通知各党总支、直属党支部：")]
    assert _without_title("关于开展2025年3月主题党日活动的通知", glued) == [
        Block("paragraph", "各党总支、直属党支部：")
    ]


def test_a_model_that_never_saw_these_files_leaves_collection_titles_and_date_lines_and_finds_headlines(
    tmp_path,
):
    # rw129, rw287, rw430: a collection's title over a bare item label (篇一, 【篇一】; rw129 past the post's time stamp)
    # is the page's, and the item has no title (the rules drop a title straight over the label, round 18, but take the
    # label itself past the stamp); rw552: the
    # page's 今天是:2024年11月23日 over the headline is no title; rw354: the headline before a space and its post's
    # 发布时间: field is the title without the field; rw341: the headline the outline read as a heading under a menu of
    # links, named again by the news lead under it, is the title (the rules give the file's name)
    names = {"rw129.txt", "rw287.txt", "rw430.txt", "rw354.txt", "rw552.txt", "rw341.txt"}
    model = tmp_path / "title_model.json"
    train_titles.write(train_titles.train(leave_out=names).model, model)
    titled = {name: parse_file((FILES / name).read_bytes(), name, title_model=model).documents[0] for name in names}
    rules = {name: parse_file((FILES / name).read_bytes(), name, title_model=None).documents[0] for name in names}
    assert [rules[name].title for name in ("rw129.txt", "rw287.txt", "rw430.txt", "rw341.txt")] == [
        "篇一",
        "rw287",
        "rw430",
        "rw341",
    ]
    for name in sorted(names):
        annotated = annotation(name)["documents"][0]["title"]
        if annotated is None:
            assert titled[name].title_source == "file", name
        else:
            assert (titled[name].title, titled[name].title_source) == (annotated, "text"), name


def test_the_page_line_the_text_opens_with_its_first_outline_entry_is_no_candidate():
    # rw401: the page starts with the text, 一、工会工作概况 over its paragraph (the model took it at .22 to .28)
    data = (FILES / "rw401.txt").read_bytes()
    document = parse_file(data, "rw401.txt", title_model=None).documents[0]
    page = [line.text for line in read_lines(data, "rw401.txt")]
    assert page[0].startswith("一、工会工作概况")
    assert not any(
        at == page[0] or (isinstance(at, str) and at.startswith("一、"))
        for at, _ in candidates(document, True, page, None)
    )


def test_the_text_is_found_on_the_page_past_a_menu_of_short_links_and_the_headline_above_it_is_a_candidate():
    # rw511 as a junk model that keeps the menu leaves it: 关怀版 / 手机版 / 繁體版 / 无障碍版, the breadcrumb, the report;
    # the headline 环县召开2024年工会工作会议 is a page line above the text's first line long enough to be found
    data = (FILES / "rw511.txt").read_bytes()
    page = [line.text for line in read_lines(data, "rw511.txt")]
    menu = [Block("paragraph", text) for text in ("关怀版", "手机版", "繁體版", "无障碍版")]
    report = parse_file(data, "rw511.txt", title_model=None).documents[0].blocks
    assert report[0].text.startswith("4月15日")
    document = Document("rw511", "其他", 2024, (*menu, *report), "file")
    assert "环县召开2024年工会工作会议" in [at for at, _ in candidates(document, True, page, None)]


def test_the_headline_the_text_repeats_is_taken_over_the_sites_name_above_it(tmp_path):
    # rw1483: 深圳市盐田区人民政府 (the site's name) over the headline over its 来源:…发布时间: stamp, the first opening block
    # over the second; the text under them repeats 3 in 4 of the headline's pairs of Han characters (盐田, 工会, 送清凉…),
    # 2 in 9 of the site's name; a model that never saw the file took the site's name before the echo feature
    name = "rw1483.txt"
    data = (FILES / name).read_bytes()
    page = [line.text for line in read_lines(data, name)]
    document = parse_file(data, name, title_model=None).documents[0]
    echoes = {title_at(document, at): candidate.echo for at, candidate in candidates(document, True, page, None)}
    assert echoes["盐田区各级工会开展“夏日送清凉”系列慰问活动"] > 0.7
    assert echoes["深圳市盐田区人民政府"] < 0.3
    model = tmp_path / "title_model.json"
    train_titles.write(train_titles.train(leave_out={name}).model, model)
    assert parse_file(data, name, title_model=model).documents[0].title == "盐田区各级工会开展“夏日送清凉”系列慰问活动"


def test_a_headline_glued_to_its_text_with_a_quoted_word_is_a_candidate_a_datelines_head_is_none():
    # rw1424: the headline, a space, the headline again glued to the text: its head before the space holds a quoted word
    # (“学雷锋做先锋见行动”), closed in it; a dateline's head (rw781's 文明風(fēng)2月9日訊 before 2月8日上午,…, an outlet's
    # name the rules do not know) is no headline
    name = "rw1424.txt"
    data = (FILES / name).read_bytes()
    page = [line.text for line in read_lines(data, name)]
    document = parse_file(data, name, title_model=None).documents[0]
    pool = [title_at(document, at) for at, _ in candidates(document, True, page, None)]
    assert "2025年3月“学雷锋做先锋见行动”主题党日活动方案范文" in pool
    name = "rw781.txt"
    data = (FILES / name).read_bytes()
    page = [line.text for line in read_lines(data, name)]
    assert page[0].startswith("文明風(fēng)2月9日訊 2月8日上午")
    for document in parse_file(data, name, title_model=None).documents[:1]:
        assert "文明風(fēng)2月9日訊" not in [
            title_at(document, at) for at, _ in candidates(document, True, page, None)
        ]
    # a dateline's open bracket (河工新闻网讯(记者李昊男 …, rw1563) closes nothing in the head: no candidate either
    assert (
        HEAD_BEFORE_SPACE.match("河工新闻网讯(记者李昊男 通讯员王静)2月4日起,衡水市总工会班子成员组成5个慰问组") is None
    )


def test_an_opening_block_is_placed_on_its_line_when_cleaning_cut_a_sites_name_after_it():
    # rw1563: the page's line 衡水市总170万元“关爱金”情暖职工-m6米乐网页版 (a casino's name after the hyphen, which cleaning
    # cuts) over 发布时间: 2024-02-07 09:47:04 来源: 河工新闻网 字号:; the headline's block is found on that line, over the stamp
    name = "rw1563.txt"
    data = (FILES / name).read_bytes()
    page = [line.text for line in read_lines(data, name)]
    assert page[1] == "衡水市总170万元“关爱金”情暖职工-m6米乐网页版"
    document = parse_file(data, name, title_model=None).documents[0]
    placed = {title_at(document, at): candidate for at, candidate in candidates(document, True, page, None)}
    assert placed["衡水市总170万元“关爱金”情暖职工"].over_stamp
    assert placed["衡水市总170万元“关爱金”情暖职工"].below.startswith("河工新闻网讯")  # the line under the stamp
    # the site's slogan over that headline is no candidate at all (fixR2: parallel phrases over a web page's headline)
    assert "“两节”送温暖 工会在行动" not in placed


@pytest.mark.parametrize(
    "line, field",
    [
        ("活動名稱:穩定輔導與培力社區組織計畫", True),  # rw628, a Taiwanese plan's form, untitled
        ("活動(dòng)單位:北京大學(xué)會(huì)議中心第四黨支部", True),  # rw1338, glossed
        ("来源 : 北京清华长庚医院", True),  # rw1469, the post's source over an untitled reprint
        ("引言:社区网格员考核的背景与挑战", True),  # rw1104, an article's part
        ("Q:哪些事業單位需要設立職工福利委員會?", True),  # rw891, an FAQ's question
        ("桐城市鲟鱼镇:夏日“送清凉” 关怀暖人心", False),  # rw616, a headline after its town
        ("迎南社区:端午送粽子社区一家亲", False),  # rw1559
        ("一图看懂:四川工会2019年工作及2020年部署", False),  # rw412
        ("历下区总工会：服务赋能聚人心 文化引领展风采", False),  # rw285
    ],
)
def test_a_forms_or_a_posts_field_opening_the_line_is_told_from_a_headline_after_its_place(line, field):
    feature = dict(NAMED_FEATURES)["field_opening"]
    assert feature(Candidate(analysis_form(line), "", -1, 1, False, True, True, 0.0)) == float(field)


@pytest.mark.parametrize(
    "line, addresses, credits",
    [
        ("您需要 登录 才可以下载或查看,没有账号?注册", True, False),  # rw641, a forum's prompt over an untitled post
        ("关于这个问题,尊敬的各位领导、亲爱的同事们,大家好!", True, False),  # rw1009, a speech's greeting, untitled
        ("您好!欢迎来到我们的网站!", True, False),  # rw1564, the site's welcome
        ("周口日報·新周口客戶端記者徐松 通訊員 王璐 張杰", False, True),  # rw1204, the byline over an untitled item
        ("五甲老人活動中心 社區聯歡迎新春", False, False),  # rw896, a headline: a party that welcomes the new year
        ("有朋自遠方來 熱誠歡迎嘉南農田水利會來訪", False, False),  # rw1061, a headline
    ],
)
def test_a_line_addressing_the_reader_or_crediting_the_writers_is_told_from_a_headline(line, addresses, credits):
    features = dict(NAMED_FEATURES)
    candidate = Candidate(analysis_form(line), "", -1, 1, False, True, True, 0.0)
    assert (features["addresses_reader"](candidate), features["credit"](candidate)) == (
        float(addresses),
        float(credits),
    )


@pytest.mark.parametrize(
    "name, title, headline",
    [
        # the school's name over its plan's genre, two lines of the page (rw1488, a Taipei school's plan)
        ("rw1488.txt", "學校經營計畫", "臺北市106學年度市立高級中等學校學校經營計畫"),
        # a line going on from the title line with 及 (rw193, a city federation's meeting)
        ("rw193.txt", "市总工会召开2024年工作总结", "市总工会召开2024年工作总结及2025年工作谋划务虚会"),
        # the hospital's name over a headline with a subject of its own (rw1415), a column's name over one (rw218)
        ("rw1415.txt", "市三院工会第一次全体会员大会胜利召开", None),
        ("rw218.txt", "护理部召开护士长工作会议", None),
    ],
)
def test_a_title_line_is_one_line_of_a_headline_the_page_wrapped_over_two(name, title, headline):
    data = (FILES / name).read_bytes()
    page = [line.text for line in read_lines(data, name)]
    wrapped = wrapped_headline(title, page)
    assert (wrapped[0] if wrapped else None) == headline
    if headline:
        # the shipped model takes the title line, the page's other line goes with it
        assert parse_file(data, name).documents[0].title == annotation(name)["documents"][0]["title"] == headline


def test_a_page_line_opening_with_a_lists_marker_is_no_title_candidate():
    # rw1489: a union's page with its menu one entry a line over the text; ⑧ 會員代表大會組織規則4 (a circled number and
    # the entry's count) was the model's pick, and the set's other page lines opening with 壹、, 第一阶段:, 说明一、, Q: are no
    # titles either; a digit's (1.工会 2021 年工作总结…, rw414) may be a collection item's
    for name, line, kept in (
        ("rw1489.txt", "⑧ 會員代表大會組織規則4", False),
        ("rw414.txt", "1.工会 2021 年工作总结", True),
    ):
        data = (FILES / name).read_bytes()
        page = [line.text for line in read_lines(data, name)]
        document = parse_file(data, name, title_model=None).documents[0]
        texts = [title_at(document, at) for at, _ in candidates(document, True, page, None)]
        assert any(text.startswith(line) for text in texts) == kept
