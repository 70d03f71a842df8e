"""The 起草 page on a drafter's whole day (issue 13): where added blocks go, the add panel's tab,
the draft picker, the 检查 panel, saving every reported change, undo and 查重 from 起草."""

from __future__ import annotations

from nlp.compose import to_text

from .. import apptest
from .test_app_compose import (
    click,
    library_ids,
    markers,
    open_page,
    open_past_document,
    picker,
    stored_draft,
    submit_key,
    texts,
)


def add_own(at, text: str, kind: str = "paragraph"):
    at.text_area(key="compose_own_text").input(text)
    at.radio(key="compose_own_type").set_value(kind)
    return click(at, submit_key(at, "添加这一段"))


def draft_of_2027(text: str):
    """A new draft for 2027 holding ``text``, and the HTML its page shows."""
    at = open_page()
    click(at, "compose_new")
    at.text_input(key="compose_spec_year").input("2027").run()
    add_own(at, text)
    return at, apptest.page_html(at)


def test_an_item_added_after_a_heading_becomes_its_child_or_its_sibling_as_shown(db):
    at = open_page()
    click(at, "compose_new")
    add_own(at, "一、加强职工之家建设", "heading")
    add_own(at, "二、维护职工权益", "heading")
    document_id, block_id = library_ids(db, "医院工会工作计划篇四", "调整工会小组")
    at.selectbox(key="compose_insert_at").set_value(0).run()
    # The choice is on screen before adding, and says where the blocks will go.
    assert at.radio(key="compose_insert_as_child").value is True
    assert any("从第 2 级（（一））开始" in c.value for c in at.caption)
    at.session_state["compose_add_tab"] = "往年文档"
    at.selectbox(key="compose_src_doc").set_value(document_id).run()
    at.checkbox(key=f"compose_src_pick_{block_id}").check()
    click(at, "compose_src_add")
    # A "4、" item of the source becomes （一） under 一、, not 三、 at the top.
    assert markers(at) == ["一、", "（一）", "二、"]
    assert texts(at)[1].startswith("调整工会小组")
    # The next pick goes beside it; a sibling of 一、 goes after 一、 and all under it.
    assert at.radio(key="compose_insert_as_child").value is False
    at.selectbox(key="compose_insert_at").set_value(0).run()
    add_own(at, "开展职工运动会", "heading")
    assert markers(at) == ["一、", "（一）", "二、", "三、"] and texts(at)[2] == "开展职工运动会"


def test_the_add_panel_keeps_its_tab_and_the_ticks_of_the_other_tab(db):
    at = open_page()
    click(at, "compose_new")
    at.text_input(key="compose_bp_keyword").input("院务公开").run()
    ticked = next(c for c in at.checkbox if c.key and c.key.startswith("compose_bp_pick_"))
    ticked.check().run()
    tick = open_past_document(at, db)  # the drafter opens the second tab
    at.checkbox(key=tick).check()
    click(at, "compose_src_add")
    assert at.session_state["compose_add_tab"] == "往年文档"
    assert at.checkbox(key=ticked.key).value is True  # the tick on 模板段落 is kept
    click(at, "compose_copy")
    assert at.session_state["compose_add_tab"] == "往年文档"


def test_the_draft_picker_is_redrawn_with_a_new_title(db):
    at = open_page()
    click(at, "compose_new")
    before = picker(at)
    at.text_input(key="compose_title").input("2027年某市第一人民医院工会工作计划").run()
    after = picker(at)
    assert after.key != before.key  # a new widget, so no browser keeps showing the old label
    assert after.format_func(after.value).startswith("2027年某市第一人民医院工会工作计划 · 0 段")


def test_the_check_panel_quotes_a_stale_phrase_once(db):
    _, shown = draft_of_2027("认真落实“十四五”规划的各项任务。")
    assert "十四五" in shown and "““" not in shown and "””" not in shown


def test_every_reported_change_is_saved_without_a_button(db):
    at = open_page()
    click(at, "compose_new")
    at.text_input(key="compose_spec_unit").input("某市第一人民医院").run()
    assert stored_draft(db).specifics == {"unit": "某市第一人民医院"}
    assert stored_draft(db).title == "20__年某市第一人民医院工会工作计划"  # and filled at once
    at.text_area(key="compose_spec_other").input("职工人数=1200").run()
    assert stored_draft(db).specifics["职工人数"] == "1200"
    again = open_page()  # a reload shows what was typed
    assert again.text_input(key="compose_spec_unit").value == "某市第一人民医院"


def test_edits_moves_and_deletions_are_undone_step_by_step(db):
    at = open_page()
    click(at, "compose_new")
    for text in ("第一段。", "第二段。", "第三段。"):
        add_own(at, text)
    original = stored_draft(db)
    at.text_area(key="compose_text_0").input("改过的第一段。").run()
    click(at, "compose_down_1")
    click(at, "compose_remove_0")
    assert texts(at) == ["第三段。", "第二段。"]
    assert at.button(key="compose_undo_edit").label == "撤销：删除第 1 段"
    click(at, "compose_undo_edit")
    assert texts(at) == ["改过的第一段。", "第三段。", "第二段。"]
    click(at, "compose_undo_edit")
    assert texts(at) == ["改过的第一段。", "第二段。", "第三段。"]
    assert at.button(key="compose_undo_edit").label == "撤销：修改第 1 段"
    click(at, "compose_undo_edit")
    assert stored_draft(db) == original
    assert at.button(key="compose_undo_edit").label.startswith("撤销：添加")


def test_the_open_draft_is_checked_from_the_compose_page_with_the_check_pages_report(db):
    at = open_page()
    click(at, "compose_new")
    add_own(at, "增强医院管理的透明度，推进院务公开工作深入开展。")
    add_own(at, "关心职工生活，做好困难职工帮扶和送温暖工作。")
    click(at, "compose_check_open")
    assert any(h.value.startswith("查重：《") for h in at.subheader)
    total = apptest.metric(at, "总文字复制比")
    assert total != "0.0%"
    check = apptest.open_page("app/pages/check.py")
    check.text_area(key="check_text").input(to_text(stored_draft(db), keep_placeholders=True)).run()
    assert apptest.metric(check, "总文字复制比") == total
    assert apptest.metric(check, "单篇最大文字复制比") == apptest.metric(at, "单篇最大文字复制比")
    click(at, "compose_check_close")
    assert not any(m.label == "总文字复制比" for m in at.metric)


def test_an_administrator_edits_the_staleness_rules_of_this_library(db):
    at, shown = draft_of_2027("2026年是开局之年，召开七届二次职代会，推进智慧工会建设。")
    assert "开局之年" in shown and "七届三次" in shown  # the year-bound rules, shipped
    assert not any("智慧工会" in m.value for m in at.markdown)
    rules = at.text_area(key="compose_rules_text")
    rules.input(rules.value + '\n[[rule]]\npattern = "智慧工会"\nreason = "本单位已改称数字工会"\n')
    click(at, "compose_rules_save")
    assert any("已保存" in s.value and "立即生效" in s.value for s in at.success)
    assert "本单位已改称数字工会" in apptest.page_html(at)
    assert (db.with_suffix(".staleness.toml")).read_text(encoding="utf-8").endswith('"本单位已改称数字工会"\n')
    at.text_area(key="compose_rules_text").input('[[rule]]\npattern = "x"\n')
    click(at, "compose_rules_save")
    assert any("缺少 pattern 或 reason" in e.value for e in at.error)
    assert "本单位已改称数字工会" in apptest.page_html(at)  # the saved rules stay in force
    click(at, "compose_rules_reset")
    assert not db.with_suffix(".staleness.toml").exists()
    assert "本单位已改称数字工会" not in apptest.page_html(at)


def a_click_arrives(during):
    """``during`` made to let another request of the tab (a click) come in first, as on a loaded server a click
    right after typing comes in while the text's callback runs."""
    from streamlit.runtime.scriptrunner import RerunData, get_script_run_ctx

    def arriving(*args, **kwargs):
        ctx = get_script_run_ctx()
        ctx.script_requests.request_rerun(RerunData(page_script_hash=ctx.page_script_hash))
        return during(*args, **kwargs)

    return arriving


def test_an_edit_keeps_its_undo_step_when_a_click_arrives_while_it_is_saved(db, monkeypatch):
    """Streamlit checks for a newer request of the tab at every read and write of the session's state, in callbacks
    too, and stopped the callback there: after the store had saved the text and before its 撤销 step was noted (CI on
    two cores: the 5th save of a drafter's day had no undo button). Callbacks now run to their end
    (``state.keep_callbacks_whole``)."""
    from nlp.library.store import Library

    at = open_page()
    click(at, "compose_new")
    add_own(at, "第一段。")
    monkeypatch.setattr(Library, "save_draft", a_click_arrives(Library.save_draft))
    at.text_area(key="compose_text_0").input("改过的第一段。").run()
    assert stored_draft(db).blocks[0].text == "改过的第一段。"
    assert at.button(key="compose_undo_edit").label == "撤销：修改第 1 段"
    click(at, "compose_undo_edit")
    assert stored_draft(db).blocks[0].text == "第一段。"


def test_a_text_is_saved_when_a_click_arrives_as_its_run_begins(db, monkeypatch):
    """The click in before Streamlit has even set the text's new value (the text's run begun, its callback not yet
    called): Streamlit took up the click there and dropped the text, as the click's request of another page names
    none of this page's boxes (test_navigation lost its 1st text so in round 38, without added load)."""
    from streamlit.runtime.state.safe_session_state import SafeSessionState

    at = open_page()
    click(at, "compose_new")
    add_own(at, "第一段。")
    begin = SafeSessionState.on_script_will_rerun
    monkeypatch.setattr(SafeSessionState, "on_script_will_rerun", a_click_arrives(begin))
    at.text_area(key="compose_text_0").input("改过的第一段。").run()
    monkeypatch.setattr(SafeSessionState, "on_script_will_rerun", begin)
    assert stored_draft(db).blocks[0].text == "改过的第一段。"
    assert texts(at) == ["改过的第一段。"]
    assert at.button(key="compose_undo_edit").label == "撤销：修改第 1 段"


def test_picked_paragraphs_are_added_once_when_a_click_arrives_while_they_are_saved(db, monkeypatch):
    """Adding ticked paragraphs: Streamlit's stop after the save used to leave the boxes ticked under 已添加 1 段 (the
    untick comes after the save), and the next click on 添加所选段落 added the same paragraph again. Callbacks now run to
    their end (``state.keep_callbacks_whole``)."""
    from nlp.library.store import Library

    at = open_page()
    click(at, "compose_new")
    tick = open_past_document(at, db)
    at.checkbox(key=tick).check()
    save = Library.save_draft
    monkeypatch.setattr(Library, "save_draft", a_click_arrives(save))
    click(at, "compose_src_add")
    monkeypatch.setattr(Library, "save_draft", save)
    assert len(stored_draft(db).blocks) == 1 and stored_draft(db).blocks[0].text.startswith("调整工会小组")
    assert at.checkbox(key=tick).value is False
    assert "已添加 1 段。" in [s.value for s in at.success]
    click(at, "compose_src_add")
    assert len(stored_draft(db).blocks) == 1
    assert "请先勾选要添加的段落。" in [w.value for w in at.warning]


def test_picked_paragraphs_stay_ticked_when_their_addition_is_refused(db):
    """The ticks are cleared once the paragraphs are saved: when the save is refused (the draft saved in another tab
    meanwhile), they stay, to add the same paragraphs with one click once the page shows the other tab's text."""
    tab_a = open_page()
    click(tab_a, "compose_new")
    add_own(tab_a, "第一段。")
    tick = open_past_document(tab_a, db)
    tab_b = open_page()
    tab_b.text_area(key="compose_text_0").input("B 改过的第一段。").run()
    tab_a.checkbox(key=tick).check()
    click(tab_a, "compose_src_add")
    assert any("另一个窗口中保存过" in w.value for w in tab_a.warning)
    assert [b.text for b in stored_draft(db).blocks] == ["B 改过的第一段。"]
    assert tab_a.checkbox(key=tick).value is True
    click(tab_a, "compose_src_add")
    assert [b.text[:6] for b in stored_draft(db).blocks] == ["B 改过的第", "调整工会小组"]


def test_ones_own_text_stays_in_its_box_when_its_addition_is_refused(db):
    """自己写: the box is cleared once the text is added; refused (the draft saved in another tab meanwhile), the text
    stays there to add with one click (it used to be cleared all the same, and lost)."""
    tab_a = open_page()
    click(tab_a, "compose_new")
    add_own(tab_a, "第一段。")
    tab_b = open_page()
    tab_b.text_area(key="compose_text_0").input("B 改过的第一段。").run()
    add_own(tab_a, "第二段。")
    assert any("另一个窗口中保存过" in w.value for w in tab_a.warning)
    assert tab_a.text_area(key="compose_own_text").value == "第二段。"
    click(tab_a, submit_key(tab_a, "添加这一段"))
    assert [b.text for b in stored_draft(db).blocks] == ["B 改过的第一段。", "第二段。"]
    assert tab_a.text_area(key="compose_own_text").value == ""
