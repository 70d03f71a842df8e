"""The 起草 page driven through the app's entry point with AppTest, one fresh library per test."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import docx
import pytest
import streamlit as st
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

from app import render, state
from nlp.compose import edit_text
from nlp.library import Library
from nlp.models import Draft, DraftBlock

from .. import apptest

PAGE = "app/pages/compose.py"
OWN_TEXT = "在{上级}的领导下，20__年XX医院工会将围绕医院中心工作，办好职工代表大会。"
OWN_FILLED = "在市卫生健康委工会的领导下，2026年某市人民医院工会将围绕医院中心工作，办好职工代表大会。"


@pytest.fixture
def downloads(monkeypatch) -> dict[str, object]:
    """What is behind every download button AppTest renders, by file id: the bytes, or for a deferred
    download (built when clicked) the function that builds them."""
    files: dict[str, object] = {}
    add_deferred = MediaFileManager.add_deferred

    def recording(self, data_callable, *args, **kwargs):
        file_id = add_deferred(self, data_callable, *args, **kwargs)
        files[file_id] = data_callable
        return file_id

    monkeypatch.setattr(MediaFileManager, "add_deferred", recording)
    return files


def open_page() -> AppTest:
    return apptest.open_page(PAGE)


def click(at: AppTest, key: str) -> AppTest:
    at.button(key=key).click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def submit_key(at: AppTest, label: str) -> str:
    """A form's submit button has a generated key: find it by its label."""
    return next(b.key for b in at.button if b.label == label)


def texts(at: AppTest) -> list[str]:
    """The text of each block of the editor, in order."""
    boxes = {w.key: w.value for w in [*at.text_area, *at.text_input] if w.key and w.key.startswith("compose_text_")}
    return [boxes[f"compose_text_{i}"] for i in range(len(boxes))]


def markers(at: AppTest) -> list[str]:
    """The renumbered label shown over each block (¶ for a paragraph)."""
    return [
        m.value.split("**")[1].replace("\\", "")
        for m in at.markdown
        if m.value.startswith("**") and "　:gray[" in m.value
    ]


def picker(at: AppTest):
    """The 打开草稿 selectbox (keyed on its labels)."""
    return next(s for s in at.selectbox if s.label == "打开草稿")


def stored_draft(db: Path) -> Draft:
    with Library(db) as library:
        [summary] = library.drafts()
        return library.draft(summary.id).draft


def download(at: AppTest, files: dict[str, object], key: str) -> bytes:
    """What clicking the download button ``key`` gives now (a deferred download is built on the click)."""
    button = next(b.proto for b in at.get("download_button") if b.proto.id.endswith(key))
    return files[button.deferred_file_id]()


def library_ids(db: Path, title: str, text: str) -> tuple[int, int]:
    with Library(db) as library:
        document_id = next(d.id for d in library.documents() if d.title == title)
        block_id = next(b.id for b in library.blocks() if b.document_id == document_id and text in b.text)
    return document_id, block_id


def open_past_document(at: AppTest, db: Path, title: str = "医院工会工作计划篇四", text: str = "调整工会小组") -> str:
    """The 往年文档 tab of 添加段落 open on the document ``title``: the key of the box that ticks its block with
    ``text``."""
    document_id, block_id = library_ids(db, title, text)
    at.session_state["compose_add_tab"] = "往年文档"
    at.run()
    at.selectbox(key="compose_src_doc").set_value(document_id).run()
    return f"compose_src_pick_{block_id}"


def test_a_whole_composition_survives_refresh_and_restart(db, downloads):
    at = open_page()
    assert at.title[0].value == "起草"
    assert any("还没有草稿" in i.value for i in at.info)

    # A new draft from nothing.
    click(at, "compose_new")
    assert any("已新建草稿" in s.value for s in at.success)
    assert any("草稿还没有正文" in i.value for i in at.info)
    assert at.text_input(key="compose_title").value == "20__年XX医院工会工作计划"

    # Three blocks from the boilerplate map, found by keyword (most relevant first: those naming it,
    # then its synonyms 厂务公开, 校务公开 …), the three most frequent picked.
    at.text_input(key="compose_bp_keyword").input("院务公开").run()
    picks = [c for c in at.checkbox if c.key and c.key.startswith("compose_bp_pick_")]
    named = ["院务公开" in c.help for c in picks]
    assert len(picks) >= 3 and named == sorted(named, reverse=True) and not all(named)
    for box in sorted(picks, key=lambda c: -int(c.label[1 : c.label.index(" 次")]))[:3]:
        at.checkbox(key=box.key).check()
        click(at, "compose_bp_add")
        assert any("已添加 1 段" in s.value for s in at.success)
    assert markers(at) == ["¶", "一、", "二、"]
    assert texts(at)[1:] == ["增强医院管理的透明度，推进院务公开工作深入开展。", "完善职代会制度，推进院务公开工作"]
    assert not any(c.value for c in at.checkbox if c.key and c.key.startswith("compose_bp_pick_"))  # cleared

    # One block of our own, with placeholders.
    at.text_area(key="compose_own_text").input(OWN_TEXT)
    at.radio(key="compose_own_type").set_value("paragraph")
    click(at, submit_key(at, "添加这一段"))
    assert texts(at)[3] == OWN_TEXT and markers(at)[3] == "¶"

    # Move 二、 (with its paragraph) above 一、, then make the old 一、 a child of it.
    click(at, "compose_up_2")
    assert markers(at) == ["¶", "一、", "¶", "二、"]
    assert texts(at)[1] == "完善职代会制度，推进院务公开工作" and texts(at)[2] == OWN_TEXT
    click(at, "compose_indent_3")
    assert markers(at) == ["¶", "一、", "¶", "（一）"]
    assert at.button(key="compose_up_0").disabled and at.button(key="compose_outdent_1").disabled

    # Edit the first paragraph in place.
    edited = texts(at)[0] + "（今年重点：职代会提案督办。）"
    at.text_area(key="compose_text_0").input(edited).run()
    assert not at.exception and texts(at)[0] == edited

    # The 迎世博 heading from a past plan (seed 000, 篇八): flagged as stale.
    document_id, block_id = library_ids(db, "医院工会工作计划篇八", "以迎世博为契机")
    at.selectbox(key="compose_src_doc").set_value(document_id).run()
    at.checkbox(key=f"compose_src_pick_{block_id}").check()
    click(at, "compose_src_add")
    assert markers(at)[-1] == "二、" and texts(at)[-1].startswith("以迎世博为契机")
    checks = "\n".join(h.value for h in at.html)
    assert "迎世博" in checks and "世博会" in checks and "过时" in checks
    assert any(m.value.startswith("**过时提示 1 处**") for m in at.markdown)

    # Placeholders left: the export lists them and offers no download yet.
    assert any("待填写" in w.value and "20__" in w.value for w in at.warning)
    assert not at.get("download_button")
    assert '<mark class="jihua-pending"' in checks and ">20__</mark>" in checks

    # This year's specifics fill the title and the own block.
    at.text_input(key="compose_spec_unit").input("某市人民医院")
    at.text_input(key="compose_spec_superior").input("市卫生健康委工会")
    at.text_input(key="compose_spec_year").input("2026")
    click(at, submit_key(at, "保存并填入占位符"))
    assert any("已保存本年信息，填入" in s.value for s in at.success)
    assert at.text_input(key="compose_title").value == "2026年某市人民医院工会工作计划"
    assert texts(at)[2] == OWN_FILLED
    assert any("没有待填写的占位符" in s.value for s in at.success)
    # the button again, nothing new (as after a field saved when it was left): the click is still confirmed
    click(at, submit_key(at, "保存并填入占位符"))
    assert any("已保存本年信息，没有新的占位符要填" in s.value for s in at.success)

    # DOCX, TXT and Markdown downloads; the DOCX read back.
    assert {b.label for b in at.get("download_button")} == {"下载 DOCX（公文格式）", "下载 TXT", "下载 Markdown"}
    document = docx.Document(io.BytesIO(download(at, downloads, "compose_export_docx")))
    paragraphs = [p.text for p in document.paragraphs if p.text]
    assert paragraphs[0] == "2026年某市人民医院工会工作计划"
    assert paragraphs[1] == edited
    assert paragraphs[2] == "一、完善职代会制度，推进院务公开工作"
    assert paragraphs[3] == OWN_FILLED
    assert paragraphs[4] == "（一）增强医院管理的透明度，推进院务公开工作深入开展。"
    assert paragraphs[5].startswith("二、以迎世博为契机")
    assert document.paragraphs[2].style.name == "公文一级标题"
    text = download(at, downloads, "compose_export_txt").decode("utf-8-sig")
    assert text.startswith("2026年某市人民医院工会工作计划\r\n\r\n") and "\u3000\u3000（一）增强医院管理" in text
    assert download(at, downloads, "compose_export_md").decode().startswith("# 2026年某市人民医院工会工作计划")

    # A refresh (a new session) and a server restart (caches dropped) show the last edit.
    for restart in (False, True):
        if restart:
            st.cache_resource.clear()
            st.cache_data.clear()
        again = open_page()
        assert texts(again)[0] == edited and texts(again)[2] == OWN_FILLED
        assert markers(again) == ["¶", "一、", "¶", "（一）", "二、"]
        assert again.text_input(key="compose_spec_year").value == "2026"
    saved = stored_draft(db)
    assert saved.title == "2026年某市人民医院工会工作计划" and saved.specifics["unit"] == "某市人民医院"

    # Delete, then undo.
    click(again, "compose_delete")
    assert any("已删除草稿" in i.value for i in again.info)
    assert any("还没有草稿" in i.value for i in again.info)
    click(again, "compose_undo")
    assert any("已恢复草稿" in s.value for s in again.success)
    assert texts(again)[0] == edited and len(texts(again)) == 5
    assert stored_draft(db) == saved


def test_a_stale_tab_is_refused_and_reloaded(db):
    tab_a = open_page()
    click(tab_a, "compose_new")
    with Library(db) as library:
        [summary] = library.drafts()
        stored = library.draft(summary.id)
        library.save_draft(
            summary.id,
            Draft(
                stored.draft.title,
                {},
                (DraftBlock("heading", "第一个标题", 1, "一、"), DraftBlock("heading", "第二个标题", 1, "二、")),
            ),
            revision=stored.revision,
        )
    tab_a.run()  # tab A now shows revision 2
    tab_b = open_page()
    tab_b.text_input(key="compose_text_1").input("B 改过的第二个标题").run()
    assert texts(tab_b) == ["第一个标题", "B 改过的第二个标题"]
    # Tab A still shows revision 2: its move is refused, B's edit survives and A reloads.
    click(tab_a, "compose_up_1")
    assert any("另一个窗口中保存过" in w.value and "没有保存" in w.value for w in tab_a.warning)
    assert texts(tab_a) == ["第一个标题", "B 改过的第二个标题"]
    # A text edit refused the same way offers the unsaved text for copying.
    tab_b.text_input(key="compose_text_0").input("B 又改了").run()
    tab_a.text_input(key="compose_text_0").input("A 的修改").run()
    assert any("另一个窗口中保存过" in w.value for w in tab_a.warning)
    assert any(c.value == "A 的修改" for c in tab_a.code)
    assert texts(tab_a) == ["B 又改了", "B 改过的第二个标题"]
    # Now at the current revision, A's move goes through.
    click(tab_a, "compose_up_1")
    assert texts(tab_a) == ["B 改过的第二个标题", "B 又改了"]
    assert [b.text for b in stored_draft(db).blocks] == ["B 改过的第二个标题", "B 又改了"]
    # A text edit and a move sent in one batch (the text box loses focus to the button): both kept.
    tab_a.text_input(key="compose_text_0").input("A 先改的")
    tab_a.button(key="compose_down_0").click().run()
    assert not tab_a.exception and not any("另一个窗口" in w.value for w in tab_a.warning)
    assert [b.text for b in stored_draft(db).blocks] == ["B 又改了", "A 先改的"]


def test_new_drafts_from_a_document_outline_and_the_typical_outline(db):
    at = open_page()
    document_id, _ = library_ids(db, "医院工会工作计划篇八", "以迎世博为契机")
    at.radio(key="compose_new_start").set_value("按往年文档的提纲").run()
    at.selectbox(key="compose_new_doc").set_value(document_id).run()
    at.text_input(key="compose_new_title").input("按篇八起草")
    click(at, "compose_new")
    with Library(db) as library:
        headings = [b for b in library.document(document_id).blocks if b.type == "heading"]
    assert texts(at) == [h.text for h in headings]
    assert all(m != "¶" for m in markers(at))
    at.radio(key="compose_new_start").set_value("按文库常见提纲").run()
    assert any("多篇计划共有的" in c.value for c in at.caption)
    at.text_input(key="compose_new_title").input("按常见提纲起草")
    click(at, "compose_new")
    typical = texts(at)
    assert typical[0] == "指导思想" and 5 <= len(typical) <= 12
    assert markers(at)[:2] == ["一、", "二、"]
    # A summary: its title pattern (a title of one's own is kept), and the headings of the summaries.
    at.radio(key="compose_new_kind").set_value("总结").run()
    assert at.text_input(key="compose_new_title").value == "按常见提纲起草"
    at.text_input(key="compose_new_title").input("").run()
    at.radio(key="compose_new_kind").set_value("计划").run()
    at.radio(key="compose_new_kind").set_value("总结").run()
    assert at.text_input(key="compose_new_title").value == "20__年XX医院工会工作总结"
    assert any("多篇总结共有的" in c.value for c in at.caption)
    at.radio(key="compose_new_kind").set_value("计划").run()
    # Both drafts are listed; copying opens the copy.
    assert len(picker(at).options) == 2
    click(at, "compose_copy")
    assert at.text_input(key="compose_title").value == "按常见提纲起草（副本）" and texts(at) == typical
    assert len(picker(at).options) == 3


def test_specifics_fill_later_blocks_and_old_names_are_replaced_in_one_click(db):
    at = open_page()
    click(at, "compose_new")
    at.text_input(key="compose_spec_unit").input("某市人民医院")
    at.text_input(key="compose_spec_year").input("二〇二六")
    click(at, submit_key(at, "保存并填入占位符"))
    assert any("年度应是四位数字" in e.value for e in at.error)
    at.text_input(key="compose_spec_year").input("2026")
    click(at, submit_key(at, "保存并填入占位符"))
    at.text_area(key="compose_own_text").input("2019年北京大学第六医院工会组织职工体检。")
    click(at, submit_key(at, "添加这一段"))
    # Added at the very top, a block with a slot: the specifics fill it on request.
    at.selectbox(key="compose_insert_at").set_value(-2)
    at.text_area(key="compose_own_text").input("一、做好20__年重点工作")
    at.radio(key="compose_own_type").set_value("heading")
    click(at, submit_key(at, "添加这一段"))
    assert texts(at) == ["做好20__年重点工作", "2019年北京大学第六医院工会组织职工体检。"]
    assert markers(at) == ["一、", "¶"]
    click(at, "compose_fill")
    assert texts(at)[0] == "做好2026年重点工作"
    # The old year and the other hospital's name, both replaced at once.
    shown = "\n".join(h.value for h in at.html)
    assert "北京大学第六医院" in shown and "→ 某市人民医院" in shown and "→ 2026" in shown
    click(at, "compose_suggest_all")
    assert texts(at)[1] == "2026年某市人民医院工会组织职工体检。"
    assert not at.get("download_button") or all(b.label.startswith("下载") for b in at.get("download_button"))


def test_placeholders_can_be_kept_for_export(db, downloads):
    at = open_page()
    click(at, "compose_new")
    at.text_area(key="compose_own_text").input("全年组织职工体检____人次。")
    click(at, submit_key(at, "添加这一段"))
    assert any(w.value.startswith("还有 3 处待填写") for w in at.warning)  # title 20__ and XX, the blank
    assert not at.get("download_button")
    at.checkbox(key="compose_keep").check().run()
    document = docx.Document(io.BytesIO(download(at, downloads, "compose_export_docx")))
    assert [p.text for p in document.paragraphs if p.text] == ["20__年XX医院工会工作计划", "全年组织职工体检____人次。"]


def test_exports_are_built_when_asked_for_once_per_save(db, monkeypatch, downloads):
    built = []
    export_bytes = state.export_bytes
    monkeypatch.setattr(
        state,
        "export_bytes",
        lambda draft, extension, **kw: built.append(extension) or export_bytes(draft, extension, **kw),
    )
    at = open_page()
    click(at, "compose_new")
    at.text_input(key="compose_title").input("2026年工会工作计划").run()
    assert built == []  # nothing is built until a download is clicked
    for _ in range(2):
        assert download(at, downloads, "compose_export_docx").startswith(b"PK")
    assert built == ["docx"]  # the second click serves the file built for this revision
    at.text_area(key="compose_own_text").input("全年组织职工体检一次。")
    click(at, submit_key(at, "添加这一段"))
    download(at, downloads, "compose_export_docx")
    assert built == ["docx", "docx"]


def test_a_download_holds_what_was_saved_after_the_button_was_drawn(db, downloads):
    """Bug 1: typing then clicking 下载 at once: the text reaches the server in the same moment as
    the click, after the button was drawn; the file is built from the store when clicked."""
    at = open_page()
    click(at, "compose_new")
    at.text_area(key="compose_own_text").input("旧的文字。")
    click(at, submit_key(at, "添加这一段"))
    at.checkbox(key="compose_keep").check().run()
    with Library(db) as library:  # the save of the text typed just before the click
        [summary] = library.drafts()
        stored = library.draft(summary.id)
        library.save_draft(
            summary.id,
            replace(stored.draft, blocks=edit_text(stored.draft.blocks, 0, "新的文字。")),
            revision=stored.revision,
        )
    text = download(at, downloads, "compose_export_txt").decode("utf-8-sig")
    assert "新的文字。" in text and "旧的文字" not in text


def test_corpus_and_user_text_is_rendered_escaped(db):
    at = open_page()
    click(at, "compose_new")
    at.text_area(key="compose_own_text").input("<script>alert(1)</script>迎世博 20__年 <b>")
    click(at, submit_key(at, "添加这一段"))
    at.toggle(key="compose_preview").set_value(True).run()
    assert not at.exception
    shown = "\n".join(h.value for h in at.html)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in shown and "<script" not in shown and "<b>" not in shown
    assert 'class="jihua-stale"' in shown and ">20__</mark>" in shown


def test_helpers_mark_and_name_files():
    assert render.marked_html("A<B 20__年", [(4, 8, "pending", "待填写")]) == (
        'A&lt;B <mark class="jihua-pending" title="待填写" style="' + render._MARK_STYLE + '">20__</mark>年'
    )
    assert render.excerpt_html("一二三四五六七八九十迎世博", 10, 13, "stale", "原因<1>", radius=2).startswith(
        "…九十<mark"
    )
    assert 'title="原因&lt;1&gt;"' in render.excerpt_html("迎世博", 0, 3, "stale", "原因<1>")
    assert render.export_file_name("2026年/某院:计划?", "docx") == "2026年_某院_计划.docx"
