"""Where each block came from, on 起草 and in its 查重 report."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from nlp.compose import from_block
from nlp.library import Library
from nlp.models import Draft, DraftBlock

from .. import apptest
from .test_app_boilerplate import FREQUENT
from .test_app_compose import click, open_page, open_past_document, submit_key, texts


def test_each_block_of_a_draft_says_where_it_came_from_and_the_check_names_it(db):
    at = open_page()
    click(at, "compose_new")
    tick = open_past_document(at, db)
    at.checkbox(key=tick).check()
    click(at, "compose_src_add")
    at.session_state["compose_add_tab"] = "自己写"
    at.run()
    at.text_area(key="compose_own_text").input("今年新增职工服务小程序，职工可在线提交意见和建议。")
    click(at, submit_key(at, "添加这一段"))
    labels = [c.value for c in at.caption if "《" in c.value or c.value == "本人撰写"]
    assert labels == ["来自《医院工会工作计划篇四》 · 本单位 · 原样沿用", "本人撰写"]
    at.text_area(key="compose_text_0").input(texts(at)[0] + "每季度检查一次。").run()
    assert "来自《医院工会工作计划篇四》 · 本单位 · 已修改" in [c.value for c in at.caption]
    click(at, "compose_check_open")
    shown = apptest.page_html(at)
    assert "来自《医院工会工作计划篇四》 · 本单位 · 已修改" in shown and "本人撰写" in shown


def frame(at, column: str):
    return next(d.value for d in at.dataframe if column in d.value.columns)


def test_an_opened_group_says_which_documents_and_drafts_use_it(db):
    at = apptest.open_page("app/pages/boilerplate.py")
    table = next(d.value for d in at.dataframe if "次数" in d.value.columns)
    group_id = int(table.loc[table["段落"].str.contains(FREQUENT), "组号"].iloc[0])
    at.selectbox(key="boilerplate_group").set_value(group_id).run()
    assert any(h.value == "用在哪里" for h in at.subheader)
    documents = frame(at, "年份")
    assert len(documents) == int(table.loc[table["组号"] == group_id, "文档数"].iloc[0]) == 8
    assert set(documents["单位"]) == {"本单位"}
    assert any("还没有草稿用到这一组" in c.value for c in at.caption)
    with Library(db) as library:
        block = next(b for b in library.blocks() if b.text.startswith(FREQUENT))
        library.create_draft(Draft("2027年工会工作计划", {}, (from_block(block),)))
    at.run()
    drafts = frame(at, "怎样用到")
    assert list(drafts["草稿"]) == ["2027年工会工作计划"] and list(drafts["改动"]) == ["原样沿用"]


def test_a_paragraph_marked_legitimate_reuse_is_reported_apart_on_both_pages(db):
    with Library(db) as library:
        block = next(b for b in library.blocks() if b.text.startswith(FREQUENT))
        own = DraftBlock("paragraph", "今年新增职工服务小程序，职工可在线提交意见和建议。")
        draft_id = library.create_draft(Draft("2027年工会工作计划", {}, (own, from_block(block)))).id
    at = apptest.open_page("app/pages/cycle.py")
    at.selectbox(key="cycle_compare").set_value(("draft", draft_id)).run()
    at.selectbox(key="cycle_reuse_block").set_value(1)
    at.text_input(key="cycle_reuse_reason").input("工会章程原文")
    click(at, next(b.key for b in at.button if b.label == "标为合理借鉴"))
    assert any("第2段已标为合理借鉴" in s.value for s in at.success)
    assert list(frame(at, "合理借鉴")["合理借鉴"]) == ["", "工会章程原文"]
    at.toggle(key="cycle_reuse").set_value(True).run()
    total, without = apptest.metric(at, "总文字复制比"), apptest.metric(at, "去除合理借鉴后")
    assert float(without.rstrip("%")) < float(total.rstrip("%"))
    # On 起草: the label says so, and 查重本稿 gives both figures and lists the paragraph.
    compose = open_draft(draft_id)
    assert any(c.value.endswith("合理借鉴（工会章程原文）") for c in compose.caption)
    click(compose, "compose_check_open")
    assert apptest.metric(compose, "总文字复制比") == total
    assert apptest.metric(compose, "去除合理借鉴后的复制比") == without
    assert any("合理借鉴 · 第2段：工会章程原文" in c.value for c in compose.caption)


def open_draft(draft_id: int) -> AppTest:
    at = AppTest.from_file(str(apptest.ROOT / "app/pages/compose.py"), default_timeout=90)
    at.query_params["draft"] = str(draft_id)
    at.run()
    assert not at.exception
    return at
