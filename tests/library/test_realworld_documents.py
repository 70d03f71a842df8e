"""Document boundaries on real pages (tests/realworld/): collections and their items, page preambles, previews and
repeats, one document or several, and files refused."""

from __future__ import annotations

import re

import pytest

from benchmarks.bench_parse import FILES, bare
from nlp.library.clean import clean_lines, clean_text_line
from nlp.library.junk import judged
from nlp.library.markers import BARE_SERIES, ITEM_TITLE, SERIES, is_title_line
from nlp.library.parse import parse_file
from nlp.library.script import analysis_form
from nlp.library.structure import WRITERS_YEAR, _without_preambles
from nlp.models import Line
from tests.library.realworld_helpers import REPORT, _file_line, _parsed, all_text, parse, parse_set_file


def test_a_collection_title_and_its_intro_are_not_a_document():
    result = parse(
        "医院工会工作计划八篇\n"
        "日子如同白驹过隙，下面是小编收集整理的医院工会工作计划8篇，希望能够帮助到大家。\n"
        "医院工会工作计划八篇\n"
        "医院工会工作计划 篇1\n"
        "一、以教代会制度为基础，加大民主管理和民主监督力度\n"
        "1、坚持校教代会制度，充分发挥教代会及各专门工作委员会和代表的作用。\n"
    )
    assert [d.title for d in result.documents] == ["医院工会工作计划 篇1"]
    assert "医院工会工作计划八篇" in [d.text for d in result.dropped]


def test_a_collections_introduction_goes_whole_with_its_lead_in_sentence():
    intro = "書寫工作總結要用第一人稱。即要從本單位、本部門的角度來撰寫。" * 6
    body = "一年來，我校工會工作以“三個代表”重要思想為指導，全面提高教代會質量。"
    result = parse(f"{intro}以下是工作總結頻道為你整理的《工會個人工作總結模板》，感謝您的閱讀！\n{body}\n")
    assert [b.text for d in result.documents for b in d.blocks] == [body]
    assert "合集导语" in {d.reason for d in result.dropped}
    # the page's own paragraph ending in a promo that introduces nothing after it keeps its text
    last = parse(f"{body}{intro}以下是小编整理的，感谢您的阅读！")
    assert body in all_text(last) and "第一人稱" in all_text(last)


def test_a_collections_items_glued_into_one_line_are_documents_with_their_labels():
    # rw103: intro + promo, then each item's title glued before its label, the second after a lost stop
    text = (
        "2023年医院工会工作计划精选5篇计划是人们在面对各种挑战和任务时制定的一种指导性工具。"
        "下面我帮大家找寻并分享的“2023年医院工会工作计划精选5篇”，我们一起来了解一下吧。"
        "医院工会工作计划【第一篇】做好职代会提案的征集，整理，立案，落实和反馈，参与医院民主决策，民主管理和民主监督."
        "医院工会工作计划【第二篇】一、健全女工组织，规范女职工工作制度。目标：完善女职工工作体系，发挥女工组织作用。\n"
    )
    result = parse(text)
    assert [d.title for d in result.documents] == ["医院工会工作计划【第一篇】", "医院工会工作计划【第二篇】"]
    assert "我们一起来了解一下吧" not in all_text(result) and "做好职代会提案的征集" in all_text(result)


def test_a_document_sites_numbered_page_chunks_join_into_one_text():
    # rw141: 1、<title>【notice】<title>xxxx年，…推荐xx集团有 / 2、限xx设备动力部… / 3、领创先争优…
    chunk = (
        "区总工会在区委、区政府的正确领导及市总工会的具体指导下，充分发挥工会组织、引导、服务职工和维护职工权益的作用。"
        * 3
    )
    text = (
        "版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领\n文档简介\n"
        f"1、区总工会年度工作总结及下一年工作思路【仅供学习参考,切勿通篇使用!】区总工会年度工作总结及下一年工作思路xxxx年,{chunk}"
        "一、弘扬劳模精神，引领创先争优一是开展学习活动，弘扬劳模精神。年初，推荐xx集团有\n"
        f"2、限xx设备动力部维修班班长参加省级劳模评选，已获评。{chunk}三是组织劳动竞赛，引\n"
        "3、领创先争优。以创建“工人先锋号”为主线。\n"
    )
    result = parse(text)
    (document,) = result.documents
    assert (document.title, document.kind) == ("区总工会年度工作总结及下一年工作思路", "总结")
    body = all_text(result)
    assert "推荐xx集团有限xx设备动力部" in body and "引领创先争优。以创建" in body and "仅供学习参考" not in body
    assert not any(b.marker in ("1、", "2、", "3、") for b in document.blocks)


def test_a_host_script_is_one_document_of_kind_other():
    # 各位领导、同志们： opens it; 请区总工会主席作工作报告。 is a request in it, not the title of a second document
    (document,) = parse_set_file("rw066.txt").documents
    assert document.kind == "其他"
    assert "请区总工会主席作工作报告" in "".join(b.text for b in document.blocks)


def test_a_collection_title_straight_over_an_items_text_leaves_the_item_untitled_and_its_year_its_own():
    # rw173: 小学2024年春季学期德育工作计划(通用4篇), then 一、指导思想 (20__年, no year of its own)
    result = parse_set_file("rw173.txt")
    (document,) = result.documents
    assert (document.title_source, document.kind, document.year) == ("file", "计划", None)
    assert {d.text: d.reason for d in result.dropped}["小学2024年春季学期德育工作计划（通用4篇）"] == "合集标题"


def test_a_collection_counted_in_brackets_names_its_items_titles_and_its_preamble_goes():
    # rw300: 2023工会工作开展情况汇报 / 2023工会工作开展情况汇报【7篇】 / a promo, then the item 2023工会工作开展情况汇报【篇1】
    # (汇报: no genre of a title line): the item's title with its label, as annotated (round 18; before, the model took
    # the page's title, the lines under it to the collection's title dropped as such)
    result = parse_set_file("rw300.txt")
    first = result.documents[0]
    assert first.title == "2023工会工作开展情况汇报【篇1】"
    assert {d.text: d.reason for d in result.dropped}["2023工会工作开展情况汇报【7篇】"] == "篇首杂项"
    assert not any("【7篇】" in b.text for b in first.blocks)
    assert first.blocks[0].text.startswith("各位代表，成绩属于过去。")


def test_a_title_repeated_under_the_texts_first_sentence_keeps_that_sentence():
    """rw245: 社區工會的年工作總結 / 在20xx年即將結束之際，…總結如下： / the title again / the text: one document that
    opens with that sentence (and its 20xx year slot), not a preamble dropped."""
    (document,) = _parsed("rw245")
    assert document.blocks[0].text.startswith("在20xx年即將結束之際")
    assert any(p.kind == "year" for p in document.blocks[0].placeholders)


def test_a_preview_longer_than_the_text_it_repeats_is_the_text():
    # rw649: a site's 概要 holds more of the text than the excerpt, cut after 91 characters, that repeats its start under
    # the title written twice: one document, its text the preview's, not a second document for the cut repeat
    documents = _parsed("rw649")
    assert len(documents) == 1
    text = "".join(b.text for b in documents[0].blocks)
    assert "现有居民住户3000多户" in text and "加强组织建设" in text
    # a preview shorter than the text it repeats still goes, the text stays
    opening = "港城大街办事处服务里社区居委会位于港城大街以南、迎宾路以东、民族路以西、建设大街以北"
    result = parse(
        f"社区居委会创建文明小区工作总结\n概要：{opening[:40]}\n{opening}，由原来的4个居委会合并而成。现有居民住户3000多户。\n"
    )
    assert [d.text for d in result.dropped if d.reason == "网页摘要"] == [opening[:40]]


@pytest.mark.parametrize(
    ("name", "collection"),
    [("rw287.txt", "局机关工会工作总结范本"), ("rw430.txt", "企业2020年工会工作计划范本")],  # over 篇一, over 【篇一】
)
def test_a_title_straight_over_a_bare_item_label_is_the_collections(name, collection):
    result = parse_file((FILES / name).read_bytes(), name, title_model=None)
    first = result.documents[0]
    assert first.title_source == "file" and collection not in all_text(result)
    assert ("合集标题", collection) in {(d.reason, d.text) for d in result.dropped}
    assert not first.blocks[0].text.strip("【】").startswith("篇")


def test_a_table_of_contents_over_the_title_is_the_pages_and_the_text_stays_one_document():
    # rw220: the page lists the plan's outline (一、铸魂强基 / （一）贯通组织体系 …) over its title; the text writes the
    # entries out (一、铸魂强基，构建党建引领基层治理的“主心骨”); the excerpt cuts it before the later ones
    result = parse_file((FILES / "rw220.txt").read_bytes(), "rw220.txt")
    (document,) = result.documents
    assert document.title == "关于XX社区2026—2030年高质量发展的工作规划"
    assert ("目录", "（二）聚焦平安") in {(d.reason, d.text) for d in result.dropped}
    assert "聚焦平安" not in all_text(result) and "铸魂强基，构建党建引领基层治理" in all_text(result)
    # an outline that stands alone, its sections written nowhere else, is the text's (a skeleton plan)
    skeleton = (
        "一、铸魂强基\n（一）贯通组织体系\n（二）激活党员队伍\n（三）深化区域联动\n二、精耕细作\n（一）科学优化\n"
    )
    assert "贯通组织体系" in all_text(parse(skeleton))


def test_a_collections_title_glued_to_a_one_line_pages_text_goes_and_names_the_items_genre():
    # rw506: 学校工会工作报告7篇 glued before the first item's text, the page one line: the item is untitled and, read
    # under the collection's name, a 工作报告 (其他) where its wording alone reads as a summary (…汇报如下)
    result = parse_file((FILES / "rw506.txt").read_bytes(), "rw506.txt")
    (document,) = result.documents
    assert (document.title_source, document.kind) == ("file", "其他")
    assert "学校工会工作报告7篇" not in all_text(result)
    assert ("合集标题", "学校工会工作报告7篇") in {(d.reason, d.text) for d in result.dropped}
    assert document.blocks[0].text.startswith("根据《工会法》和《中国工会章程》的有关规定")


def test_a_pages_title_before_its_first_items_title_on_one_line_is_the_collections():
    # rw1067: 收費(fèi)站工會換屆工作報(bào)告 工會換屆工作報(bào)告篇一 (the whole line was the title)
    result = parse_set_file("rw1067.txt")
    assert bare(analysis_form(result.documents[0].title)) == "工会换届工作报告篇一"
    assert "收費(fèi)站工會換屆工作報(bào)告" in [d.text for d in result.dropped]
    # two headlines past a space, the second naming no item, stay one line
    assert [k.text for k in clean_lines([Line("区总工会召开全委会 部署2024年工作"), Line(REPORT)], model=False)[0]][
        0
    ] == ("区总工会召开全委会 部署2024年工作")


def test_a_sites_list_of_cut_teasers_is_a_document_per_teaser():
    """rw1064 (fix20d): three teasers of different news, the first two cut with ..., the last by the page's end; a
    text's short paragraph closing on an ellipsis stays one document with the next."""
    documents = _parsed("rw1064")
    assert [d.blocks[0].text[:8] for d in documents] == ["中共中央總書記、", "工聯會召開第39", "立法會昨日（12"]
    assert documents[1].blocks[0].text.endswith("【聽您意見……")
    # the first tells a speech given on a day at a place: news (習近平12月20日在…大會…上發表重要講話), as all three are
    assert [d.kind for d in documents] == ["其他", "其他", "其他"]
    text = "他说：“我们一定会做好……”\n大家听了都很感动，纷纷表示要向他学习，在各自岗位上做出更大的贡献。\n"
    assert len(parse(text).documents) == 1


def test_an_untitled_page_of_reports_each_under_its_dateline_is_a_document_per_report():
    # rw1181: three reports of one agency's reporter, each opening with (亞洲經濟通訊社…報導)
    documents = _parsed("rw1181")
    assert [d.blocks[0].text[:5] for d in documents] == ["五歲的徐凱", "為降低疫情", "「記憶退化"]
    assert [d.kind for d in documents] == ["其他"] * 3
    # one dateline over a report of two paragraphs is one document
    text = "本报讯 5月10日，县卫健局召开护士节表彰大会，66名护士受表彰。\n会上，5位优秀护士代表作交流发言。\n"
    assert len(parse(text).documents) == 1


def test_a_related_posts_label_over_the_whole_excerpt_is_no_list_that_takes_the_text():
    """aud21j: a 范文 site's - 相关推荐 before a summary's title had taken the whole page with it as a list of links at the foot
    (the file was refused: no text); the label goes, the summary stays."""
    page = (
        "- 相关推荐\n幼儿园三八妇女节庆祝活动总结参考\n"
        "201*年是“三八”国际劳动妇女节103周年,为让全园女教职工度过一个愉快而有意义的节日,结合幼儿园工作实际,"
        "今年“三八”节期间开展了以“魅力妈妈,巾帼风采”为主题的系列庆祝活动。\n一、基本情况\n"
        "1、开展宣传活动。以会议、网络、板报等为媒介,广泛开展男女平等基本国策。\n"
    )
    result = parse(page)
    assert [d.title for d in result.documents] == ["幼儿园三八妇女节庆祝活动总结参考"]
    assert any("魅力妈妈" in b.text for b in result.documents[0].blocks)
    assert "相关推荐" in [line.text for line in result.dropped]


def test_a_collections_title_counting_in_brackets_or_in_sets_names_no_document():
    """fix22a: 护士节的活动方案(通用15篇) names its items 护士节的活动方案1 / 护士节的活动方案2 (rw1254: two documents);
    不一样的6套三八妇女节活动方案( 二 ) over an untitled item's 二、活动要求: (rw1247) is the collection's, the item untitled."""
    assert [d.title for d in _parsed("rw1254")] == ["护士节的活动方案1", "护士节的活动方案2"]
    (document,) = _parsed("rw1247")
    assert document.title_source == "file" and document.kind == "计划"
    assert not any("6套" in b.text for b in document.blocks)


def test_the_texts_sentences_before_a_title_cut_from_a_line_are_no_preamble():
    """gen24k: round 13's parser cut rw260's second line at its genre words (在听取区总工会2019年工作总结及2020年工作思路 /
    后，张启表…) and dropped the report's first sentence above as that title's preamble: sentences of prose with no site word
    before a title cut from a line stay, in that document. A site's introduction before an item's title names the site
    (以下是小编…, rw010) and still goes; so do the sentences when the title stands on a line of its own."""
    first, second = (
        clean_text_line(line) for line in (FILES / "rw260.txt").read_text(encoding="utf-8").splitlines()[:2]
    )
    title = "在听取区总工会2019年工作总结及2020年工作思路"
    docs = [(None, [Line(first)]), (title, [Line(second[len(title) :])])]
    kept = _without_preambles(list(docs), "rw260", [], cut_titles=frozenset({title}))
    assert [(t, [line.text for line in body]) for t, body in kept] == [(title, [first, second[len(title) :]])]
    assert len(_without_preambles(list(docs), "rw260", [])[0][1]) == 1
    intro = clean_text_line(_file_line("rw010", "以下是小编"))
    docs = [(None, [Line(intro)]), (title, [Line(second[len(title) :])])]
    assert len(_without_preambles(docs, "rw010", [], cut_titles=frozenset({title}))[0][1]) == 1


def test_fix27b_a_title_again_under_its_cut_preview_starts_the_text_once():
    # rw096: a document site's teaser of the text, cut mid-word, then the title again over the whole text: one document
    text = (
        "2024年社区工会工作计划和目标\n2024年社区工会工作计划和目标一、工作计划1. 加强组织建设- 继续推进工会组织的建设和发展。- 加强\n"
        "2024年社区工会工作计划和目标 一、工作计划 1. 加强组织建设\n继续推进工会组织的建设和发展，完善组织章程，规范工会组织运作。\n"
        "积极招募工会会员，扩大组织覆盖面，提高组织的凝聚力和影响力。\n"
    )
    documents = parse(text).documents
    assert [d.title for d in documents] == ["2024年社区工会工作计划和目标"]
    assert sum(b.text == "工作计划" for b in documents[0].blocks) == 1


def test_item27_a_plans_genre_word_numbered_alone_is_an_item_label_the_structure_reads():
    """item27: the item-label grammar is one (``markers._series``): a collection of plans numbers its items by their
    genre word, which also names a plan, so 方案 and its number label an item only alone on their line (方案一：, rw271),
    never inside a line (方案一般包括…, …活动方案2015). The rules read it as they read 篇一: the title over it is the
    collection's, the item untitled, and the junk model never judges the label."""
    assert BARE_SERIES.match("方案一：") and BARE_SERIES.match("篇一") and not BARE_SERIES.match("活动方案一")
    assert not re.search(SERIES, "通常需要提前准备好一份方案,方案一般包括指导思想") and not ITEM_TITLE.search(
        "社区重阳节活动方案2015"
    )
    assert not judged("方案一：", False)
    page = "社区重阳节活动方案\n方案二：\n活动时间：2015年10月21日上午\n活动地点：社区活动室\n活动内容：为社区老人送去节日的祝福。\n"
    for result in (parse_file(page.encode("utf-8"), "page.txt", title_model=None), parse_set_file("rw271.txt")):
        (document,) = result.documents
        assert (document.title_source, document.kind) == ("file", "计划")
        assert {"合集标题", "篇目标记"} <= {line.reason for line in result.dropped}
    rules = parse_file((FILES / "rw271.txt").read_bytes(), "rw271.txt", title_model=None)
    assert ("社区重阳节活动方案2015", "合集标题") in {(line.text, line.reason) for line in rules.dropped}


def test_fix28b_a_signed_text_closes_and_a_headline_under_its_date_opens_the_next_document():
    """fix28b: a text closed by its signature (a unit's name alone over its date) is whole; a headline over prose under
    it opens the next document (a notice issuing a plan, then the plan under its own title, rw1909)."""
    documents = parse(
        "各基层工会：\n"
        "现将《2024年职工文体活动方案》印发给你们，请认真抓好贯彻落实。\n"
        "县教育局\n"
        "2024年3月1日\n"
        "全县教育系统职工文体活动\n"
        "为丰富教职工的文化生活，增强凝聚力，根据上级工会有关要求，结合工作实际，现制定如下方案，请各单位认真组织实施。\n"
    ).documents
    assert [d.title for d in documents][1:] == ["全县教育系统职工文体活动"]
    assert "县教育局" in "".join(b.text for b in documents[0].blocks)
    documents = parse_set_file("rw1909.txt").documents
    assert [d.title for d in documents][1] == "临沂市统计系统“我们的节日·中秋节、重阳节”活动"
    assert [(d.kind, d.year) for d in documents] == [("其他", 2017), ("其他", None)]


def test_fix29b_a_dashed_line_under_an_outline_entry_is_its_subheading_not_a_new_document():
    """fix29b: a line opening with a dash is the sub-headline of the line above it (markers.DASHED): under a headline the
    two are one title (rw609, rw670, rw2032), under an outline entry its subheading (1、学林居小区社区文化活动动感系列计划 /
    ---社区文化活动安排, rw1990), never a new document's title once the text has begun, though it names a genre."""
    (document,) = parse_set_file("rw1990.txt").documents
    assert "社区文化活动安排" in "".join(b.text for b in document.blocks)
    text = (
        "社区文化是创造良好人文环境的重要手段，可以说，社区文化是现代物业管理不可或缺的重要内容。\n"
        "1、学林居小区社区文化活动计划\n---社区文化活动安排\n(1)花园踏青、花卉展销\n时间:5月\n地点:小区内各景点\n"
    )
    assert len(parse(text).documents) == 1


def test_fix30b_the_headline_again_in_brackets_under_it_is_the_pages_repeat():
    """fix30b: a page that gives its headline, then the same words in 【】 (长者义工活动计划书 / 作者:… / 【长者义工活动计划书】 /
    一、活动目的, rw2057) titles the text once, as the plain repeat (rw1079) does: the bracketed line is no part's label over
    the outline, whose 一、 stays level 1."""
    (doc,) = parse_set_file("rw2057.txt").documents
    assert bare(doc.title) == "长者义工活动计划书"
    assert not any("【" in b.text for b in doc.blocks)
    assert next(b for b in doc.blocks if b.type == "heading").text == "活动目的"
    assert next(b for b in doc.blocks if b.type == "heading").level == 1


def test_fix30a_a_collections_items_are_numbered_by_its_name_with_the_year_masked():
    """fix30a: a 范文 site numbers a collection's items by its name, the year it gives in the collection's title masked in
    the items' (卫健工会工作计划20_1 and 卫健工会工作计划20_2 under 卫健工会工作计划2023(通用20篇), rw2035; 医院工会工作总结20_1
    under 医院工会工作总结2023(汇总3篇), rw288): each such line opens an item, as the name with its year written does."""
    assert [d.title for d in parse_set_file("rw2035.txt").documents] == ["卫健工会工作计划20_1", "卫健工会工作计划20_2"]
    text = (
        "社区工会工作计划2024(通用8篇)\n社区工会工作计划20xx1\n"
        "一、加强组织建设，扩大工会覆盖面，做好会员发展工作。\n二、开展职工文化活动，丰富职工业余生活。\n"
        "社区工会工作计划20xx2\n一、围绕社区中心工作，发挥工会桥梁纽带作用。\n"
    )
    assert [d.title for d in parse(text).documents] == ["社区工会工作计划20xx1", "社区工会工作计划20xx2"]


def test_fix30a_the_headline_again_in_pieces_under_it_is_the_pages_repeat():
    """fix30a: a page that gives its headline again under it, broken over lines of its own (2020温暖行动探望春节值班护士 /
    新昆华医院护士 / 心理减压工作站第一站——“春节慰问”, rw2039), repeats the title: the pieces, their words joined the
    title's, go; a line that holds only part of the title's words and goes on (the text's first sentence) stays."""
    (document,) = parse_set_file("rw2039.txt").documents
    assert document.blocks[0].text.startswith("1月24日")
    text = (
        "我院召开2024年度职工代表大会\n我院召开2024年度\n职工代表大会\n"
        + "3月5日，我院召开2024年度职工代表大会，审议通过了医院工作报告和财务工作报告，会议由工会主席主持。\n"
    )
    (document,) = parse(text).documents
    assert document.title == "我院召开2024年度职工代表大会"
    assert document.blocks[0].text.startswith("3月5日")


def test_fix31d_a_collections_table_of_contents_goes_with_its_label():
    """fix31d: a collection's table of contents on lines of its own, numbered entries each naming one of its items, under
    its label alone (目錄 over 1.區婦聯年度工作總結(一) … 10.…, rw2272) or over the first item's title the page then writes
    out (rw414, its 目录 cleaned off), is the page's list of what it holds: no heading of the first item, nor its title."""
    rw2272 = parse_set_file("rw2272.txt")
    (document,) = rw2272.documents
    assert not [b for b in document.blocks if b.type == "heading"]
    assert document.title_source == "file" and document.kind == "总结"
    rw414 = parse_set_file("rw414.txt")
    assert rw414.documents[0].title == "工会2021年工作总结及2022年工作计划（一）"
    assert "工会2021年度工作情况总结（二）" not in [b.text for b in rw414.documents[0].blocks]
    # entries that name no document are an outline, kept
    page = "目录\n1.活动目的\n2.活动时间\n3.活动内容\n为丰富职工生活，工会组织开展趣味运动会。"
    assert "活动时间" in all_text(parse(page))


def test_fix32a_a_collections_title_again_inside_its_item_is_the_pages_no_new_document():
    """fix32a (README documents: a collection's title is not a document): the collection's title again inside one of its
    items, the item's text going on under it (…活动方案2022 篇1 / 为更好的…特拟定如下活动方案。 / …活动方案2022(通用16篇) /
    一、指导思想, rw2206), is the page's: one document, the item's."""
    (document,) = _parsed("rw2206")
    assert document.title == "社区学雷锋志愿服务活动方案2022篇1"
    assert document.blocks[1].text == "指导思想"


def test_kd36_an_event_plans_numbered_title_line_stands_alone_and_opens_its_item():
    """README kind: an event's 策划 (活动策划, 策划书) is a plan, and a whole line naming one is a title line as 活动方案's is:
    a collection item's title (社区重阳节的活动策划2, rw856) no longer wraps into the label under it (主办), so it opens the
    second item; rw1907's 社區節日活動策劃篇1 and rw489's 开展九九重阳活动策划(篇1) are such lines too."""
    documents = _parsed("rw856")
    assert [d.title for d in documents] == ["社区重阳节的活动策划1", "社区重阳节的活动策划2"]
    assert documents[1].blocks[0].text == "主办"
    assert is_title_line("社區節日活動策劃篇1") and is_title_line("2024年社区活动策划书")
    assert not is_title_line("做好活动策划")


def test_fix35b_a_traditional_plans_event_time_under_its_label_gives_its_year():
    """fix35b: a Traditional plan's 活動時間 label over its value (三、活動時間 / 2024年春節期間（具體日期待定）, rw2464, with pinyin
    glosses) gives the plan its event's year, read in the dictionary's script as 活动时间 is."""
    (document,) = _parsed("rw2464")
    assert document.year == 2024


def test_fix35b_a_sentence_opening_on_its_year_and_its_writers_gives_the_year_of_their_work():
    """fix35b: a summary whose opening masks its year (20XX年，芜湖公司工会…) tells its work of 2014 in a sentence inside a
    paragraph (…凝聚到企业发展上来。2014年，我们积极配合党政开展工作, rw2465): the year of the writers' work, as a paragraph
    opening on it gives; a year they look ahead to (…。2018年，我们将…) gives none."""
    (document,) = _parsed("rw2465")
    assert document.year == 2014
    assert WRITERS_YEAR.search("工会始终以服务职工为己任。2018年，我们将继续做好各项服务工作。") is None
