"""The 模板段落 page driven through the app's entry point with AppTest, one fresh library per test."""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from app import render
from nlp.library import Library, content_hash
from nlp.models import Block, Document, Draft, ParseResult

from .. import apptest
from ..apptest import metric, page_html

FREQUENT = "抓住工会工作的群众性特点"
LAB_NOTE = "胶体磨"
GUIDELINE = "工会工作总的指导思想：在上级工会和医院党支部的领导下"


def open_page() -> AppTest:
    return apptest.open_page("app/pages/boilerplate.py")


def group_table(at: AppTest):
    return next(d.value for d in at.dataframe if "次数" in d.value.columns)


def test_groups_are_listed_by_frequency_with_topics_and_charts(db):
    at = open_page()
    assert at.title[0].value == "模板段落"
    table = group_table(at)
    assert list(table["次数"]) == sorted(table["次数"], reverse=True)
    frequent = table[table["段落"].str.contains(FREQUENT)]
    assert len(frequent) == 1 and frequent["次数"].iloc[0] == 8 and frequent["文档数"].iloc[0] >= 2
    assert int(metric(at, "段落块")) >= 800
    assert 8 <= int(metric(at, "主题")) <= 16
    assert (table["主题"] != "").all()
    # The topic-size chart and the map.
    charts = at.get("vega_lite_chart")
    assert len(charts) == 2
    assert [s.value for s in at.subheader][:2] == ["主题大小", "段落分布图"]
    assert at.status[0].label.startswith("索引就绪")


def test_the_topic_size_chart_names_every_topic(db):
    at = open_page()
    spec = json.loads(at.get("vega_lite_chart")[0].proto.spec)
    axis = spec["encoding"]["y"]["axis"]
    assert axis["labelOverlap"] is False  # Vega's default drops every other label when they crowd
    assert spec["height"] == {"step": 26}  # one row per topic, however many topics there are
    names = spec["encoding"]["y"]["sort"]
    assert len(names) == int(metric(at, "主题")) and len(set(names)) == len(names)


def test_keyword_search_and_topic_filter_narrow_the_list(db):
    at = open_page()
    total = len(group_table(at))
    at.text_input(key="boilerplate_keyword").input("送温暖").run()
    assert not at.exception
    table = group_table(at)
    assert 0 < len(table) < total
    literal = table["段落"].str.contains("送温暖")
    # Those naming the keyword first (a variant may hold it), then its synonyms (慰问困难职工 …).
    assert literal[: literal.sum() + 1].sum() >= literal.sum() - 1 and literal.sum() >= 10
    assert table["段落"][~literal].str.contains("困难职工|慰问").sum() >= len(table) - literal.sum() - 1
    assert any("同时查找：" in c.value and "慰问困难职工" in c.value for c in at.caption)
    at.text_input(key="boilerplate_keyword").input("").run()
    topic = at.selectbox(key="boilerplate_topic")
    first_topic = topic.options[1]
    topic.set_value(1).run()
    table = group_table(at)
    assert 0 < len(table) < total and set(table["主题"]) == {first_topic}
    at.text_input(key="boilerplate_keyword").input("没有这样的段落").run()
    assert not at.exception
    assert any("没有符合条件的段落" in i.value for i in at.info)


def test_a_keyword_finds_its_synonyms_ranked_after_itself(db):
    at = open_page()
    at.text_input(key="boilerplate_keyword").input("职代会").run()
    texts = list(group_table(at)["段落"])
    named = [i for i, t in enumerate(texts) if "职代会" in t]
    assert any("职工代表大会" in t and "职代会" not in t for t in texts)
    assert any("教代会" in t and "职代会" not in t for t in texts)
    assert named and max(named) < min(i for i, t in enumerate(texts) if "职代会" not in t) + 3


def test_an_opened_group_is_added_to_the_draft(db):
    with Library(db) as library:
        draft = library.create_draft(Draft("2027年工会工作计划", {}, ()))
    at = open_page()
    at.text_input(key="boilerplate_keyword").input("职代会").run()
    group = at.selectbox(key="boilerplate_group")
    at.button(key="boilerplate_add").click().run()
    assert any("已加入草稿《2027年工会工作计划》" in s.value for s in at.success)
    with Library(db) as library:
        [block] = library.draft(draft.id).draft.blocks
    label = group.format_func(group.value).split("〕", 1)[1]
    assert block.text.startswith(label.rstrip("…")[:40])


def test_opening_a_group_shows_its_variants_with_sources_and_differences(db):
    at = open_page()
    table = group_table(at)
    group_id = int(table.loc[table["段落"].str.contains(FREQUENT), "组号"].iloc[0])
    at.selectbox(key="boilerplate_group").set_value(group_id).run()
    assert not at.exception
    assert any("出现 8 次" in c.value for c in at.caption)
    shown = page_html(at)
    assert FREQUENT in shown and "范本" in shown
    assert "来源（8 处）" in shown and "《" in shown and ".txt" in shown
    assert "<b>1 种写法</b>" in shown  # eight identical copies
    # Seven copies, two of them with "XX年" in front: the difference is marked.
    table = group_table(at)
    group_id = int(table.loc[table["段落"].str.contains(GUIDELINE), "组号"].iloc[0])
    at.selectbox(key="boilerplate_group").set_value(group_id).run()
    assert any("出现 7 次" in c.value for c in at.caption)
    shown = page_html(at)
    assert "<b>2 种写法</b>" in shown
    assert "XX年</ins>" in shown or "XX年</del>" in shown


def test_outliers_are_hidden_until_asked_for(db):
    at = open_page()
    hidden = int(metric(at, "离群段落"))
    assert hidden >= 2
    assert any(f"已隐藏 {hidden} 个离群段落" in c.value for c in at.caption)
    assert not group_table(at)["段落"].str.contains(LAB_NOTE).any()
    assert not any(LAB_NOTE in o for o in at.selectbox(key="boilerplate_group").options)
    at.toggle(key="boilerplate_show_outliers").set_value(True).run()
    assert not at.exception
    table = group_table(at)
    assert table["段落"].str.contains(LAB_NOTE).any()
    assert (table.loc[table["段落"].str.contains(LAB_NOTE), "主题"] == "离群段落").all()
    at.selectbox(key="boilerplate_topic").set_value(-2).run()
    assert set(group_table(at)["主题"]) == {"离群段落"} and len(group_table(at)) == hidden


def test_number_of_topics_can_be_overridden(db):
    at = open_page()
    at.number_input(key="boilerplate_n_topics").set_value(6).run()
    assert not at.exception
    assert metric(at, "主题") == "6"
    assert len(at.selectbox(key="boilerplate_topic").options) == 6 + 2  # 全部主题, six topics, 未归类


def test_the_page_says_when_topics_were_built_and_builds_them_again_on_demand(db):
    at = open_page()
    assert any(c.value.startswith("主题最近一次重建：") for c in at.caption)
    at.number_input(key="boilerplate_n_topics").set_value(5).run()
    at.button(key="boilerplate_rebuild_topics").click().run()
    assert not at.exception
    assert [s.value for s in at.success] == ["已按当前文库重新聚类主题。"]
    assert metric(at, "主题") == "5"  # the number asked for is the one built again


def test_impossible_number_of_topics_falls_back_to_automatic(db):
    at = apptest.start()
    with Library(db) as library:
        for stored in library.files():
            library.delete_file(stored.id)
        library.add_file(
            "small.txt",
            content_hash(b"small"),
            5,
            ParseResult(
                (
                    Document(
                        "小计划",
                        "计划",
                        None,
                        (
                            Block("paragraph", "按时召开职工代表大会，落实职代会提案。"),
                            Block("paragraph", "组织职工羽毛球比赛和乒乓球比赛。"),
                            Block("paragraph", "春节前走访慰问困难职工，做好送温暖工作。"),
                        ),
                    ),
                )
            ),
        )
    at.switch_page("app/pages/boilerplate.py").run()
    at.number_input(key="boilerplate_n_topics").set_value(10).run()
    assert not at.exception
    assert any("主题数不能多于" in w.value and "自动选择" in w.value for w in at.warning)
    assert len(group_table(at)) == 3


def test_corpus_text_in_variants_is_escaped(db):
    at = open_page()
    evil = "<b>抓住</b>工会工作的群众性特点<script>alert(1)</script>"
    with Library(db) as library:
        library.add_file(
            "evil.txt",
            content_hash(b"evil"),
            4,
            ParseResult((Document("<i>测试</i>", "计划", None, (Block("paragraph", evil),)),)),
        )
    at.text_input(key="boilerplate_keyword").input("alert").run()
    assert not at.exception
    shown = page_html(at)
    assert "&lt;script&gt;" in shown and "<script" not in shown and "<b>抓住" not in shown
    assert "《&lt;i&gt;测试&lt;/i&gt;》" in shown


def test_empty_library_shows_a_friendly_message(db):
    at = apptest.start()
    with Library(db) as library:
        for stored in library.files():
            library.delete_file(stored.id)
    at.switch_page("app/pages/boilerplate.py").run()
    assert not at.exception
    assert any("文库还是空的" in i.value for i in at.info)


@pytest.mark.parametrize(
    ("canonical", "variant", "expected"),
    [
        ("同样", "同样", "同样"),
        (
            "A&B",
            "A&C",
            ('A&amp;<del title="范本中有、此处没有" style="{d}">B</del><ins title="此处新增" style="{i}">C</ins>'),
        ),
        (
            "工会",
            "<工会>",
            '<ins title="此处新增" style="{i}">&lt;</ins>工会<ins title="此处新增" style="{i}">&gt;</ins>',
        ),
    ],
)
def test_diff_html_marks_changes_and_escapes_every_piece(canonical, variant, expected):
    assert render.diff_html(canonical, variant) == expected.format(d=render._DEL_STYLE, i=render._INS_STYLE)
