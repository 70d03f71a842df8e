"""文库: import past plans, browse the library, read one document's outline and dropped lines."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from app import render, state
from nlp import usecases
from nlp.errors import Cancelled, InputError
from nlp.library import StoreError
from nlp.models import MAX_DRAFT_LEVEL
from nlp.resources import TITLE_SOURCE_LABELS, TYPE_LABELS

UPLOAD_LABEL = "拖入或选择往年的计划文件（txt / docx / pdf / html / md，可多选）"
KIND_FILTERS = ("全部", "计划", "总结", "其他")
IMPORT_KEY = "library_last_import"  # the last batch: {"names", "results": [(ok, name, message)], "fault", "cancelled"}
PENDING_KEY = "library_pending_doc"  # a document to select after an import
DOC_KEY = "library_doc"
PENDING_INDEX_KEY = "library_pending_index"  # which of that file's documents (after a correction)
REMOVED_KEY = "library_removed"  # (file_id, name) of the file this session removed last: 撤销
MANAGE_FLASH_KEY = "library_manage_flash"  # (kind, message) of the last removal, restore or correction
BLOCK_KEY = "library_fix_block"  # the block of the shown document a correction is about


def cancel_import() -> None:
    """The 取消 button: the run importing sees the flag at its next step (nothing of the file is stored)."""
    if batch := st.session_state.get(IMPORT_KEY):
        batch["cancelled"] = True


def import_uploads(library, uploads) -> None:
    """Import each upload in turn with a progress bar within each file (正在读取第 120/5000 页) and a
    取消 button; one file's failure never stops the rest.

    The batch's state is one dict in the session, changed in place with no Streamlit call between a
    file's end and its result. 取消 sets a flag this run checks at every step of the file; leaving
    the page stops this run at its next progress update. Either way the file being read is not stored
    (its transaction is rolled back), the rest of the batch is not imported, and the page names those
    files (``show_last_import``).
    """
    bar = st.progress(0.0, text="准备导入…")
    st.button("取消", key="library_cancel", on_click=cancel_import)
    batch = {"names": [upload.name for upload in uploads], "results": [], "fault": None, "cancelled": False}
    st.session_state[IMPORT_KEY] = batch
    for number, upload in enumerate(uploads, start=1):
        counter, name = f"{number}/{len(uploads)}", render.md_escape(upload.name)
        bar.progress((number - 1) / len(uploads), text=f"正在导入 {counter}：{name}")

        def show(progress, number=number, counter=counter, name=name) -> None:
            bar.progress(
                (number - 1 + progress.fraction) / len(uploads), text=f"正在导入 {counter}：{name}，{progress.text}"
            )

        try:
            report = usecases.import_file(
                library, upload, upload.name, progress=show, cancelled=lambda: batch["cancelled"]
            )
        except StoreError as err:  # the library cannot take more (a full disk): stop, name what is left
            batch["fault"] = str(err)
            break
        except Cancelled:
            break
        batch["results"].append((report.ok, report.name, report.message))
        if report.ok and report.file_id is not None:
            st.session_state[PENDING_KEY] = report.file_id
    bar.empty()
    if any(ok for ok, _, _ in batch["results"]):
        state.start_segmenter_after_this_run()


def show_last_import(batch: dict) -> None:
    """The last batch's results, and the files it did not get to when it was cancelled or left mid-way."""
    results = batch["results"]
    not_done = batch["names"][len(results) :]
    left = f"（已导入的文件不会重复保存）：{render.md_escape('、'.join(not_done))}"
    if batch.get("fault"):
        st.error(f"{batch['fault']} 以下 {len(not_done)} 个文件没有导入，问题解决后请重新选择它们再导入{left}")
    elif batch.get("cancelled") and not_done:
        st.warning(
            f"已取消：{len(not_done)} 个文件没有导入，正在读取的文件没有保存任何内容。需要时请重新选择它们再导入{left}"
        )
    elif not_done:
        st.error(
            f"上次导入在离开文库页面时中断：{len(not_done)} 个文件没有导入，正在读取的文件没有保存任何内容。"
            f"请重新选择它们再导入{left}"
        )
    if not results:
        return
    refused = sum(not ok for ok, _, _ in results)
    summary = f"上次导入：{len(results)} 个文件，成功 {len(results) - refused} 个"
    if refused:
        st.warning(f"{summary}，未导入 {refused} 个。")
    else:
        st.success(f"{summary}。")
    st.dataframe(
        pd.DataFrame(
            [("✅" if ok else "❌", name, message) for ok, name, message in results], columns=["结果", "文件", "说明"]
        ),
        hide_index=True,
        width="stretch",
    )


# --- managing the library: removal with undo, the trash, corrections (issue 12) ----------------------


def _change(action, done: str, *, file_id: int | None = None, index: int = 0) -> bool:
    """Run a change of the library from a button; what it did, or the refusal in Chinese, is shown on the
    rerun, and the page then shows document ``index`` of ``file_id``."""
    try:
        action()
    except InputError as err:
        st.session_state[MANAGE_FLASH_KEY] = ("error", str(err))
        return False
    st.session_state[MANAGE_FLASH_KEY] = ("success", done)
    if file_id is not None:
        st.session_state[PENDING_KEY], st.session_state[PENDING_INDEX_KEY] = file_id, index
    return True


def on_remove(file_id: int, name: str) -> None:
    if _change(lambda: usecases.remove_file(library, file_id), f"已从文库删除文件 {name}（连同其中的文档）。"):
        st.session_state[REMOVED_KEY] = (file_id, name)


def on_restore(file_id: int, name: str) -> None:
    if _change(lambda: usecases.restore_file(library, file_id), f"已恢复文件 {name}。", file_id=file_id):
        if st.session_state.get(REMOVED_KEY, (None,))[0] == file_id:
            del st.session_state[REMOVED_KEY]


def on_correct(
    document_id: int, file_id: int, index: int, action: str, done: str, *, of_block=False, value="", value_key=None
) -> None:
    """A correction of the shown document (``of_block``: of the block chosen); its value given, or typed
    into the widget ``value_key``."""
    block = st.session_state.get(BLOCK_KEY) if of_block else None
    if value_key is not None:
        value = str(st.session_state.get(value_key) or "")
    _change(
        lambda: usecases.correct_document(library, document_id, action, block=block, value=value),
        done,
        file_id=file_id,
        index=index,
    )


def on_block_type(document_id: int, file_id: int, index: int) -> None:
    type_ = st.session_state["library_fix_type"]
    level = st.session_state[f"library_fix_level_{document_id}_{st.session_state.get(BLOCK_KEY)}"]
    value = f"{type_}:{'' if type_ == 'paragraph' else level}"
    on_correct(document_id, file_id, index, "block", "已修改段落块的类型与层级。", of_block=True, value=value)


def on_keep(file_id: int, index: int, anchor: str) -> None:
    _change(lambda: usecases.keep_block(library, file_id, anchor), "已恢复这个段落块。", file_id=file_id, index=index)


def on_undo_correction(file_id: int, index: int, correction_id: int) -> None:
    _change(
        lambda: usecases.undo_correction(library, file_id, correction_id),
        "已撤销这项更正。",
        file_id=file_id,
        index=index,
    )


def show_removed_and_trash(library) -> None:
    """The last message, 撤销 of this session's last removal, and the trash of removed files."""
    if flash := st.session_state.pop(MANAGE_FLASH_KEY, None):
        getattr(st, flash[0])(flash[1])
    if removed := st.session_state.get(REMOVED_KEY):
        note, undo = st.columns([5, 1], vertical_alignment="center")
        note.info(f"已删除文件 {render.md_escape(removed[1])}。")
        undo.button("撤销删除", key="library_undo_remove", on_click=on_restore, args=removed, type="primary")
    trashed = library.trashed_files()
    if not trashed:
        return
    with st.expander(f"回收站（{len(trashed)} 个文件）", icon=":material/delete:"):
        st.caption(
            "每个单位最近删除的 20 个文件保留在这里，恢复后文档与更正都回来；再次导入同一文件也会取代这里的副本。"
        )
        for gone in trashed:
            text, button = st.columns([5, 1], vertical_alignment="center")
            text.write(
                f"{render.md_escape(gone.name)} · {gone.documents} 篇 · 删除于 {render.format_time(gone.removed_at)}"
            )
            button.button("恢复", key=f"library_restore_{gone.id}", on_click=on_restore, args=(gone.id, gone.name))


def manage_document(library, summary, document, documents) -> None:
    """Remove the shown document's file, or correct its parse: a drafter of its unit or an administrator
    (``documents``: the library's, as listed on the page)."""
    file_id = summary.file_id
    may_remove = library.may_change_file(file_id, "remove")
    may_correct = library.may_change_file(file_id, "correct")
    with st.expander("整理：删除文件、更正解析结果", icon=":material/build:"):
        if not (may_remove or may_correct):
            st.info("只有本单位的起草人或管理员能删除文件或更正解析结果；你可以阅读文库。")
            return
        siblings = [d.id for d in documents if d.file_id == file_id]
        index = siblings.index(summary.id) if summary.id in siblings else 0
        args = (summary.id, file_id, index)
        if may_remove:
            st.button(
                f"从文库删除文件 {summary.file_name}（{len(siblings)} 篇文档，可撤销）",
                key="library_remove",
                on_click=on_remove,
                args=(file_id, summary.file_name),
            )
        if not may_correct or not document.blocks:
            return
        st.caption("更正按文件内容保存：删除后再导入同一文件，更正会重新应用。")
        c1, c2, c3 = st.columns([3, 1, 1], vertical_alignment="bottom")
        for column, field, label, current in (
            (c1, "title", "标题", document.title),
            (c2, "year", "年份", str(document.year or "")),
        ):
            key = f"library_fix_{field}_{summary.id}"
            column.text_input(label, value=current, key=key, placeholder="未注明" if field == "year" else None)
            column.button(
                f"改{label}",
                key=f"{key}_go",
                on_click=on_correct,
                args=(*args, field, f"已修改{label}。"),
                kwargs={"value_key": key},
            )
        c3.button(
            "与下一篇合并", key="library_fix_merge", on_click=on_correct, args=(*args, "merge", "已与下一篇合并。")
        )
        block = st.selectbox(
            "段落块",
            range(len(document.blocks)),
            key=BLOCK_KEY,
            format_func=lambda i: (
                f"第 {i + 1} 块 · {TYPE_LABELS.get(document.blocks[i].type)}"
                f"{document.blocks[i].level or ''} · {document.blocks[i].text[:40]}"
            ),
        )
        j1, j2 = st.columns([3, 1], vertical_alignment="bottom")
        j1.text_input("标为杂项的原因（可不填）", key="library_fix_reason", placeholder="例如：网站广告")
        j2.button(
            "标为杂项",
            key="library_fix_junk",
            on_click=on_correct,
            args=(*args, "junk", "已把这个段落块标为杂项。"),
            kwargs={"of_block": True, "value_key": "library_fix_reason"},
        )
        t1, t2, t3 = st.columns([2, 1, 1], vertical_alignment="bottom")
        t1.radio("类型", list(TYPE_LABELS), format_func=TYPE_LABELS.get, horizontal=True, key="library_fix_type")
        t2.number_input(
            "层级",
            1,
            MAX_DRAFT_LEVEL,
            value=document.blocks[block].level or 1,
            key=f"library_fix_level_{summary.id}_{block}",
        )
        t3.button("改类型与层级", key="library_fix_kind", on_click=on_block_type, args=args)
        st.button(
            "从这个段落块起拆分为新文档",
            key="library_fix_split",
            on_click=on_correct,
            args=(*args, "split", "已拆分：新文档以这个段落块为标题。"),
            kwargs={"of_block": True},
        )
        corrections = library.corrections(file_id)
        junked = usecases.junked_blocks(library, file_id)
        if corrections:
            st.markdown(f"**这个文件的更正（{len(corrections)} 项）**")
        for c in corrections:
            text, button = st.columns([5, 1], vertical_alignment="center")
            text.write(f"{CORRECTION_LABELS[c.action]}：{render.md_escape(c.text[:40])} {render.md_escape(c.value)}")
            button.button(
                "撤销", key=f"library_fix_undo_{c.id}", on_click=on_undo_correction, args=(file_id, index, c.id)
            )
        for anchor, text_ in junked.items():
            text, button = st.columns([5, 1], vertical_alignment="center")
            text.write(f"已标为杂项：{render.md_escape(text_[:60])}")
            button.button("恢复", key=f"library_fix_keep_{anchor}", on_click=on_keep, args=(file_id, index, anchor))


CORRECTION_LABELS = {
    "junk": "标为杂项",
    "keep": "恢复段落块",
    "split": "拆分",
    "merge": "与下一篇合并",
    "block": "改类型与层级",
    "title": "改标题",
    "year": "改年份",
}


st.title("文库")
library = state.library()

# --- import -----------------------------------------------------------------------------

if notice := usecases.junk_model_notice(library):
    st.info(notice)
with st.form("library_import", clear_on_submit=True):
    uploads = st.file_uploader(UPLOAD_LABEL, accept_multiple_files=True)
    submitted = st.form_submit_button("导入文库", type="primary")
if submitted:
    if not uploads:
        st.warning("请先选择要导入的文件。")
    else:
        try:
            usecases.check_batch(len(uploads))
        except InputError as err:
            st.error(str(err))
        else:
            import_uploads(library, uploads)

if batch := st.session_state.get(IMPORT_KEY):
    show_last_import(batch)

show_removed_and_trash(library)

# --- the library as a table -------------------------------------------------------------

documents = library.documents()
if not documents:
    st.info("文库还是空的。请在上方拖入或选择往年的工作计划、工作总结文件，点击“导入文库”。")
    st.stop()

st.subheader("文库中的文档")
files = library.files()
c1, c2, c3 = st.columns(3)
c1.metric("文档数", len(documents))
c2.metric("文件数", len(files))
c3.metric("段落块数", sum(d.blocks for d in documents))

f1, f2 = st.columns([1, 2])
kind = f1.radio("类型", KIND_FILTERS, horizontal=True, key="library_kind")
keyword = f2.text_input("标题关键词", placeholder="例如：医院、2021、总结", key="library_keyword").strip()
shown = [
    d for d in documents if (kind == "全部" or d.kind == kind) and (not keyword or keyword.lower() in d.title.lower())
]

table = pd.DataFrame(
    [
        (
            d.id,
            d.title,
            TITLE_SOURCE_LABELS[d.title_source],
            d.kind,
            str(d.year) if d.year else "未注明",
            d.file_name,
            d.blocks,
            render.format_time(d.imported_at),
        )
        for d in shown
    ],
    columns=["编号", "标题", "标题来源", "类型", "年份", "来源文件", "块数", "导入时间"],
)
st.dataframe(
    table,
    hide_index=True,
    width="stretch",
    column_config={
        "编号": st.column_config.NumberColumn(format="%d", width="small"),
        "年份": st.column_config.TextColumn(width="small"),
        "块数": st.column_config.NumberColumn(format="%d", width="small"),
    },
)
if len(shown) < len(documents):
    st.caption(f"显示 {len(shown)} / {len(documents)} 篇")

# --- one document's outline ---------------------------------------------------------------

st.subheader("文档提纲")
if not shown:
    st.info("没有符合筛选条件的文档。请换一个类型或关键词。")
    st.stop()

by_id = {d.id: d for d in shown}
pending_file = st.session_state.pop(PENDING_KEY, None)
if pending_file is not None:
    newest = [d.id for d in shown if d.file_id == pending_file]
    if newest:
        st.session_state[DOC_KEY] = newest[min(st.session_state.pop(PENDING_INDEX_KEY, 0), len(newest) - 1)]
if st.session_state.get(DOC_KEY) not in by_id:
    st.session_state.pop(DOC_KEY, None)

doc_id = st.selectbox(
    "查看文档",
    list(by_id),
    key=DOC_KEY,
    format_func=lambda i: render.document_choice(by_id[i]),
)
summary = by_id[doc_id]
document = library.document(doc_id)
year = f"{document.year}年" if document.year else "年份未注明"
st.caption(
    f"{document.kind} · {year} · {len(document.blocks)} 个段落块 · 待填写 {render.placeholder_count(document)} 处"
)
with st.container(border=True):
    st.html(render.outline_html(document))

dropped = library.dropped(summary.file_id)
with st.expander(f"已清除的网页杂项（{len(dropped)} 行）"):
    st.caption(f"来源文件：{render.md_escape(summary.file_name)}；这些行在导入时被识别为网页杂项，未进入文库。")
    if dropped:
        st.dataframe(
            pd.DataFrame([(d.text, d.reason) for d in dropped], columns=["原文", "原因"]),
            hide_index=True,
            width="stretch",
        )
    else:
        st.write("这个文件没有需要清除的内容。")

manage_document(library, summary, document, documents)
