"""Where each block came from, on 起草 and in its 查重 report."""

from __future__ import annotations

from .. import apptest
from .test_app_compose import click, library_ids, open_page, submit_key, texts


def test_each_block_of_a_draft_says_where_it_came_from_and_the_check_names_it(db):
    at = open_page()
    click(at, "compose_new")
    document_id, block_id = library_ids(db, "医院工会工作计划篇四", "调整工会小组")
    at.session_state["compose_add_tab"] = "往年文档"
    at.run()
    at.selectbox(key="compose_src_doc").set_value(document_id).run()
    at.checkbox(key=f"compose_src_pick_{block_id}").check()
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
