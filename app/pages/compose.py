"""起草: assemble this year's plan from the library, fill in this year's specifics, export it.

The open draft lives in the store; session state holds only which draft is open, the revision
its widgets show and UI choices. Every change is a callback that saves the whole draft naming
that revision: when another window saved in between, the change is refused with a message and
the page shows the newer draft (see ``Library.save_draft``).
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
    KINDS,
    START_BLANK,
    START_DOCUMENT,
    START_TYPICAL,
    on_copy,
    on_delete,
    on_kind,
    on_new,
    on_restore,
    on_title,
    open_draft,
)
from nlp import compose, usecases
from nlp.check import CheckSettings
from nlp.cycle import with_provenance
from nlp.errors import InputError
from nlp.models import Draft

st.title("起草")
st.caption(
    "从往年计划中挑选段落、写上今年的信息，导出符合公文格式（GB/T 9704）的 DOCX。"
    "每一处修改都立即保存，刷新页面或重启后仍在。"
)
library = state.library()
db_path, revision = str(library.path), state.library_revision(library)


# --- messages, the draft picker, a new draft ---------------------------------------------------------

for kind, text, unsaved in st.session_state.pop(FLASH_KEY, []):
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


with st.expander("新建草稿", expanded=not drafts, icon=":material/add:"):
    kind = st.radio("类型", KINDS, key="compose_new_kind", horizontal=True, on_change=on_kind)
    start = st.radio(
        "从哪里开始", (START_BLANK, START_DOCUMENT, START_TYPICAL), key="compose_new_start", horizontal=True
    )
    if start == START_DOCUMENT:
        documents = {d.id: d for d in library.documents()}
        if documents:
            st.selectbox(
                "往年文档",
                list(documents),
                key="compose_new_doc",
                format_func=lambda i: f"〔{i}〕{documents[i].title}（{documents[i].kind}）",
            )
            st.checkbox("连同正文（不勾选则只取各级标题）", key="compose_new_body")
        else:
            st.info("文库还是空的，请先在“文库”页面导入往年计划。")
    elif start == START_TYPICAL:
        typical = state.typical_outline(db_path, revision, kind)
        if typical:
            st.caption(f"文库里多篇{kind}共有的 {len(typical)} 个标题，按它们在文中的通常位置排列：")
            st.html(render.draft_html(Draft("", {}, typical), [], []))
        else:
            st.info(f"文库里还没有多篇{kind}共有的标题。")
    if "compose_new_title" not in st.session_state:
        st.session_state["compose_new_title"] = compose.title_pattern(kind)
    st.text_input(
        "新草稿的标题",
        key="compose_new_title",
        help="可以保留 20__年、XX医院 这类占位符，填写本年信息后自动替换。",
    )
    st.button("创建草稿", key="compose_new", type="primary", on_click=on_new)

if recently_deleted := library.deleted_drafts():
    with st.expander(f"最近删除（{len(recently_deleted)}）", icon=":material/delete:"):
        st.caption("最近删除的 20 份草稿保留 30 天，可以恢复。")
        for gone in recently_deleted:
            line = st.columns([6, 1], vertical_alignment="center")
            line[0].write(
                f"{render.md_escape(gone.title)} · {gone.blocks} 段 · 删除于 {render.format_time(gone.deleted_at)}"
            )
            line[1].button("恢复", key=f"compose_restore_{gone.id}", on_click=on_restore, args=(gone.id,))

if not drafts:
    st.info("还没有草稿。请在上方“新建草稿”中选择起点，点击“创建草稿”。")
    st.stop()

# --- the open draft, as stored ------------------------------------------------------------------------

try:
    stored = library.draft(draft_id)
except InputError:  # deleted by another window between the list and now
    st.rerun()
draft = stored.draft
st.session_state[BASE_KEY] = (draft_id, stored.revision)
blocks = draft.blocks
origins = usecases.draft_origins(library, draft, draft_id)  # 来自《…》 · 原样沿用 / 已修改, or 本人撰写
try:
    rules = state.staleness_rules(db_path)
except InputError as err:
    st.error(f"{err}（过时提示暂不可用）")
    rules = ()
review = usecases.review_draft(draft, rules)
pending, warnings, suggestions, year = review.pending, review.warnings, review.suggestions, review.year
fillable = len(review.fillable)

state.mirror("compose_title", draft.title)
st.text_input("标题", key="compose_title", on_change=on_title)
if title_pending := [p for p in pending if p.block_index is None]:
    st.html(render.block_findings_html(draft.title, title_pending, []))

compose_view.show_specifics(draft, draft_id)

editor, side = st.columns([3, 2], gap="large")

# --- the draft: each block with its renumbered marker, editable in place -----------------------------

with editor:
    compose_view.show_blocks(draft, draft_id, review, origins, db_path, revision)

# --- adding blocks ----------------------------------------------------------------------------------------

with side:
    compose_view.show_add_panel(library, blocks, db_path, revision)
    compose_view.show_checks(library, draft, review, db_path)

    # --- export ------------------------------------------------------------------------------------------

    st.subheader("导出")
    st.button(
        "查重本稿",
        key="compose_check_open",
        icon=":material/plagiarism:",
        on_click=lambda: st.session_state.update({CHECK_KEY: True}),
        help="与文库逐段比对，报告与“查重”页相同（默认设置）",
    )
    keep = False
    if pending:
        st.warning(compose.describe_pending(pending, blocks, draft.title) + "。请填写后再导出。")
        keep = st.checkbox("保留未填写的占位符并导出", key="compose_keep", help="占位符原样保留，DOCX 中以黄色标出。")
    if not pending or keep:
        buttons = st.container(horizontal=True)
        for extension, label in (("docx", "下载 DOCX（公文格式）"), ("txt", "下载 TXT"), ("md", "下载 Markdown")):
            buttons.download_button(
                label,
                state.latest_export(db_path, draft_id, extension, keep_placeholders=keep),
                file_name=render.export_file_name(draft.title, extension),
                mime=compose.MIME_TYPES[extension],
                key=f"compose_export_{extension}",
                type="primary" if extension == "docx" else "secondary",
                on_click=library.export_draft,  # written to the audit log
                args=(draft_id, render.export_file_name(draft.title, extension)),
                icon=":material/download:",
            )

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
