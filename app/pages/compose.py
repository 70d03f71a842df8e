"""起草: assemble this year's plan from the library, fill in this year's specifics, export it.

The open draft lives in the store; session state holds only which draft is open, the revision
its widgets show and UI choices. Every change is a callback that saves the whole draft naming
that revision: when another window saved in between, the change is refused with a message and
the page shows the newer draft (see ``Library.save_draft``).

Here: the layout and its wiring. The callbacks and session keys are in ``app/compose_actions.py``;
the parts (本年信息, the blocks, 添加段落, 检查) are drawn by ``app/compose_view.py``.
"""

from __future__ import annotations

import zlib

import streamlit as st

from app import check_view, compose_view, render, state
from app.compose_actions import (
    BASE_KEY,
    CHECK_KEY,
    DELETED_KEY,
    DRAFT_KEY,
    FLASH_KEY,
    UNDO_KEY,
    on_copy,
    on_delete,
    on_restore,
    on_title,
    open_draft,
)
from nlp import usecases
from nlp.check import CheckSettings
from nlp.cycle import with_provenance
from nlp.errors import InputError

st.title("起草")
st.caption(
    "从往年计划中挑选段落、写上今年的信息，导出符合公文格式（GB/T 9704）的 DOCX。"
    "每一处修改都立即保存，刷新页面或重启后仍在。"
)
library = state.library()
db_path, revision = str(library.path), state.library_revision(library)

# --- messages, the draft picker, a new draft ---------------------------------------------------------

# The callbacks add to these in place (compose_actions.change_draft): they are kept, never replaced.
st.session_state.setdefault(UNDO_KEY, {})
messages = st.session_state.setdefault(FLASH_KEY, [])
shown_messages, messages[:] = list(messages), []
for kind, text, unsaved in shown_messages:
    getattr(st, kind)(text)
    if unsaved:
        with st.expander("没有保存的文字（可复制后重新粘贴）"):
            st.code(unsaved, language=None, wrap_lines=True)

if deleted := st.session_state.get(DELETED_KEY):
    note, undo = st.columns([5, 1], vertical_alignment="center")
    note.info(f"已删除草稿《{render.md_escape(deleted[1])}》。")
    undo.button("撤销删除", key="compose_undo", on_click=on_restore, args=(deleted[0],), type="primary")

drafts = library.drafts()
summaries = {d.id: d for d in drafts}
if drafts:
    if st.session_state.get(DRAFT_KEY) not in summaries:
        # A new session (a refresh, a restarted server) reopens the draft named in the address, so
        # two people drafting at once each get their own back, not the one saved last.
        named = st.query_params.get("draft", "")
        st.session_state[DRAFT_KEY] = int(named) if named.isdigit() and int(named) in summaries else drafts[0].id
    picker = st.columns([6, 1, 1], vertical_alignment="bottom")
    labels = {i: f"{d.title} · {d.blocks} 段 · 保存于 {render.format_time(d.updated_at)}" for i, d in summaries.items()}
    # The widget is keyed on its labels: a browser keeps showing a kept widget's old label after a
    # title changes, so a changed list is a new widget; the open draft itself is DRAFT_KEY.
    picker_key = f"compose_picker_{zlib.crc32(repr(labels).encode())}"
    draft_id = st.session_state[DRAFT_KEY]
    picker[0].selectbox(
        "打开草稿",
        list(labels),
        index=list(labels).index(draft_id),
        key=picker_key,
        format_func=labels.get,
        on_change=lambda: open_draft(st.session_state[picker_key]),
    )
    picker[1].button("复制", key="compose_copy", on_click=on_copy, args=(draft_id,), width="stretch")
    picker[2].button(
        "删除", key="compose_delete", on_click=on_delete, args=(draft_id, summaries[draft_id].title), width="stretch"
    )
    if st.query_params.get("draft") != str(draft_id):
        st.query_params["draft"] = str(draft_id)

compose_view.show_new_draft(library, drafts, db_path, revision)
compose_view.show_recently_deleted(library)

if not drafts:
    st.info("还没有草稿。请在上方“新建草稿”中选择起点，点击“创建草稿”。")
    st.stop()

# --- the open draft, as stored ------------------------------------------------------------------------

try:
    stored = library.draft(draft_id)
except InputError:  # deleted by another window between the list and now
    st.rerun()
draft = stored.draft
st.session_state[BASE_KEY] = [draft_id, stored.revision]
blocks = draft.blocks
origins = usecases.draft_origins(library, draft, draft_id)  # 来自《…》 · 原样沿用 / 已修改, or 本人撰写
try:
    rules = state.staleness_rules(db_path)
except InputError as err:
    st.error(f"{err}（过时提示暂不可用）")
    rules = ()
review = compose_view.draft_review(draft, rules)
pending = review.pending

state.mirror("compose_title", draft.title)
st.text_input("标题", key="compose_title", on_change=on_title)
if title_pending := [p for p in pending if p.block_index is None]:
    st.html(render.block_findings_html(draft.title, title_pending, []))

compose_view.show_specifics(draft, draft_id)

# --- the draft's blocks on the left; adding blocks, the checks and the export on the right --------------

editor, side = st.columns([3, 2], gap="large")
with editor:
    compose_view.show_blocks(draft, draft_id, review, origins, db_path, revision)
with side:
    compose_view.show_add_panel(library, blocks, db_path, revision)
    compose_view.show_checks(library, draft, review, db_path)
    compose_view.show_export(library, draft, draft_id, pending, db_path)

# --- 查重 of the open draft, the same report as on the 查重 page ----------------------------------------

if st.session_state.get(CHECK_KEY) and blocks:
    head, close = st.columns([6, 1], vertical_alignment="center")
    head.subheader(f"查重：《{draft.title}》与文库")
    close.button("收起查重", key="compose_check_close", on_click=lambda: st.session_state.pop(CHECK_KEY, None))
    settings = CheckSettings()
    checked = ((draft.title, usecases.draft_check_text(draft)),)
    report = with_provenance(state.checked_drafts(db_path, revision, checked, settings).reports[0], draft, origins)
    # The downloads are cached by what they show: the text and where each block came from.
    shown = (*checked, ("来源", repr(origins)))
    check_view.show_report(report, shown, 0, "compose_check", revision=revision, settings=settings)
