"""文库: import past plans, browse the library, read one document's outline and dropped lines."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from app import render, state
from nlp import usecases
from nlp.errors import Cancelled, InputError
from nlp.library import StoreError

UPLOAD_LABEL = "拖入或选择往年的计划文件（txt / docx / pdf / html / md，可多选）"
KIND_FILTERS = ("全部", "计划", "总结", "其他")
IMPORT_KEY = "library_last_import"  # the last batch: {"names", "results": [(ok, name, message)], "fault", "cancelled"}
PENDING_KEY = "library_pending_doc"  # a document to select after an import
DOC_KEY = "library_doc"


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


st.title("文库")
library = state.library()

# --- import -----------------------------------------------------------------------------

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
            d.kind,
            str(d.year) if d.year else "未注明",
            d.file_name,
            d.blocks,
            render.format_time(d.imported_at),
        )
        for d in shown
    ],
    columns=["编号", "标题", "类型", "年份", "来源文件", "块数", "导入时间"],
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
        st.session_state[DOC_KEY] = newest[0]
if st.session_state.get(DOC_KEY) not in by_id:
    st.session_state.pop(DOC_KEY, None)

doc_id = st.selectbox(
    "查看文档",
    list(by_id),
    key=DOC_KEY,
    format_func=lambda i: f"〔{i}〕{by_id[i].title} — {by_id[i].file_name}",
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
