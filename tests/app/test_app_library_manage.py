"""文库 managed from the page: a file removed and brought back with 撤销 or from the 回收站, a parse corrected
(junk, title, year, type and level, split and merge, undo), and a 审阅人 who is offered none of it."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from app import render, state
from nlp import access
from nlp.library import Library

from ..apptest import open_page, start
from .test_app import library_table, show

PASSWORD = "correct horse battery"


def button(at: AppTest, label: str):
    return next(b for b in at.button if b.label.startswith(label))


def click(at: AppTest, label: str) -> AppTest:
    button(at, label).click().run()
    assert not at.exception
    return at


def groups(db) -> set[tuple[str, ...]]:
    """The 模板段落 groups the app's cache serves for the library's current revision."""
    with Library(db) as store:
        token = access.ScopedLibrary(store, access.local_actor()).revision().token
    return {tuple(sorted(m.text for m in g.members)) for g in state.library_groups(str(db), token)}


def test_a_file_removed_from_the_page_comes_back_with_undo_and_from_the_trash(db):
    at = start()
    before, before_groups = library_table(at), groups(db)
    show(at, "医院工会工作计划篇四")
    name = before.loc[before["标题"] == "医院工会工作计划篇四", "来源文件"].iloc[0]
    click(at, "从文库删除文件")
    after = library_table(at)
    assert name not in set(after["来源文件"]) and len(after) < len(before)
    assert any("已从文库删除文件" in s.value for s in at.success)
    assert groups(db) != before_groups  # the map follows the removal at once
    click(at, "撤销删除")
    assert len(library_table(at)) == len(before) and groups(db) == before_groups
    assert not [b for b in at.button if b.label == "撤销删除"]

    show(at, "医院工会工作计划篇四")
    click(at, "从文库删除文件")
    at.run()  # another rerun: the trash still offers it
    trash = next(e for e in at.expander if e.label.startswith("回收站（1 个文件）"))
    assert render.md_escape(name) in trash.markdown[0].value
    next(b for b in trash.button if b.label == "恢复").click().run()
    assert not at.exception and len(library_table(at)) == len(before)
    assert not [e for e in at.expander if e.label.startswith("回收站")]


def test_a_parse_corrected_on_the_page_changes_the_stored_document_and_can_be_undone(db):
    at = start()
    outline = show(at, "医院工会工作计划篇四")
    junk = at.selectbox(key="library_fix_block").options[2]
    text = junk.split(" · ", 2)[2]
    assert text[:20] in outline
    at.selectbox(key="library_fix_block").set_value(2)
    at.text_input(key="library_fix_reason").input("网站广告")
    click(at, "标为杂项")
    assert any("已把这个段落块标为杂项" in s.value for s in at.success)
    assert text[:20] not in at.html[0].value  # the same document is shown again, without the block
    dropped = next(e for e in at.expander if e.label.startswith("已清除的网页杂项")).dataframe[0].value
    assert "人工标为杂项：网站广告" in set(dropped["原因"])

    doc = at.session_state["library_doc"]
    at.text_input(key=f"library_fix_title_{doc}").input("篇四（已更正）")
    click(at, "改标题")
    at.text_input(key=f"library_fix_year_{at.session_state['library_doc']}").input("2019")
    click(at, "改年份")
    row = library_table(at).set_index("标题").loc["篇四（已更正）"]
    assert (row["年份"], row["标题来源"]) == ("2019", "人工修改")
    assert "篇四（已更正）" in at.html[0].value

    at.selectbox(key="library_fix_block").set_value(1).run()  # the level field of that block is drawn
    at.radio(key="library_fix_type").set_value("heading")
    at.number_input(key=f"library_fix_level_{at.session_state['library_doc']}_1").set_value(2)
    click(at, "改类型与层级")
    assert at.selectbox(key="library_fix_block").options[1].startswith("第 2 块 · 标题2")

    count = len(library_table(at))
    at.selectbox(key="library_fix_block").set_value(3)
    click(at, "从这个段落块起拆分为新文档")
    assert len(library_table(at)) == count + 1
    show(at, "篇四（已更正）")
    click(at, "与下一篇合并")
    assert len(library_table(at)) == count

    click(at, "恢复")  # the block marked junk is back
    assert text[:20] in at.html[0].value
    undo = [b for b in at.button if b.label == "撤销"]
    assert len(undo) == 7  # junk, title, year, type, split, merge, keep: each can be taken back
    undo[1].click().run()  # the title
    assert not at.exception and "医院工会工作计划篇四" in set(library_table(at)["标题"])


def test_a_reviewer_sees_the_library_but_is_offered_no_removal_or_correction(db):
    with Library(db) as store:
        access.add_person(store, "审阅者", 1, access.REVIEWER, PASSWORD)
        _, token = access.sign_in(store, "审阅者", PASSWORD)
    at = AppTest.from_file(str(open_page.__globals__["ROOT"] / "app/pages/library.py"), default_timeout=90)
    at.session_state[state.SESSION_KEY] = token
    at.run()
    assert not at.exception and len(library_table(at)) > 0
    tidy = next(e for e in at.expander if e.label.startswith("整理"))
    assert "只有本单位的起草人或管理员" in tidy.info[0].value
    assert not [b for b in at.button if b.label.startswith(("从文库删除文件", "标为杂项", "改标题"))]
