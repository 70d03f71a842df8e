"""查重: a draft (or several) against the library and itself: figures, sources, copied spans by
severity, each block beside its sources, the report as DOCX and HTML; a batch's shared-text matrix."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from app import check_view, state
from nlp.check import PASTED_NAME, CheckSettings
from nlp.check.engine import DEFAULT_MIN_CHARS, DEFAULT_THRESHOLD
from nlp.errors import InputError
from nlp.read import SUPPORTED_EXTENSIONS, check_size

SINGLE, BATCH = "单篇草稿", "批量互查（多篇）"
PASTE, UPLOAD = "粘贴文字", "上传文件"
FILE_TYPES = sorted(ext.lstrip(".") for ext in SUPPORTED_EXTENSIONS)


def read_upload(upload) -> tuple:
    """(name, bytes) of an uploaded draft that can be read (parsed once per content, see
    ``state.draft_blocks``); InputError with the reason when it cannot."""
    check_size(upload.size)
    content = upload.getvalue()
    state.draft_blocks(upload.name, content)
    return upload.name, content


def refusal(name: str, err: InputError) -> str:
    """Why an upload cannot be checked, naming the file once (a budget's refusal names it itself)."""
    return str(err) if f"“{name}”" in str(err) else f"{name}：{err}"


# --- the page ---------------------------------------------------------------------------------------

st.title("查重")
st.caption(
    "检查草稿中哪些文字取自文库、取自哪里、占多少，以及草稿自身的重复。"
    "连续 13 个字（不计标点）与文库相同的文字一定会被找出。"
)
library = state.library()
if library.is_empty():
    st.info("文库还是空的。请先在“文库”页面导入往年的工作计划。")
    st.stop()

mode = st.radio("检查方式", [SINGLE, BATCH], horizontal=True, key="check_mode")
with st.expander("设置"):
    c1, c2 = st.columns(2)
    threshold = c1.slider(
        "相似度阈值",
        0.5,
        1.0,
        DEFAULT_THRESHOLD,
        0.05,
        key="check_threshold",
        help="一段复制的文字与来源相比至少要有多相似（改动越多越低）；完全相同的连续文字总计入",
    )
    min_chars = c2.number_input(
        "最小匹配长度（字）",
        min_value=5,
        max_value=200,
        value=DEFAULT_MIN_CHARS,
        step=1,
        key="check_min_chars",
        help="少于这么多字的相同文字（如“为了更好地开展工作”）不算复制",
    )
    files = sorted({f.name for f in library.files()})
    exclude = st.multiselect(
        "排除的来源（例如本单位往年的计划）",
        files,
        key="check_exclude",
        help="仍会列出，但不计入“去除所选来源后的复制比”",
    )
    exclude_quotes = st.checkbox("引号内的文字、引用标题下的段落不算复制", key="check_quotes")
settings = CheckSettings(
    threshold=float(threshold), min_chars=int(min_chars), exclude_files=tuple(exclude), exclude_quotes=exclude_quotes
)
db_path, revision = str(library.path), state.library_revision(library)

if mode == SINGLE:
    source = st.radio("草稿", [PASTE, UPLOAD], horizontal=True, key="check_source")
    draft = None
    if source == PASTE:
        text = st.text_area(
            "粘贴草稿全文",
            height=220,
            key="check_text",
            placeholder="把要检查的计划或总结粘贴在这里，点到框外即开始检查",
        )
        if text.strip():
            try:
                state.draft_blocks(PASTED_NAME, text)
                draft = (PASTED_NAME, text)
            except InputError as err:
                st.warning(str(err))
    else:
        upload = st.file_uploader("上传草稿（txt / docx / pdf / html / md）", type=FILE_TYPES, key="check_upload")
        if upload is not None:
            try:
                draft = read_upload(upload)
            except InputError as err:
                st.warning(refusal(upload.name, err))
    if draft is None:
        st.info("粘贴或上传一篇草稿后开始查重。")
        st.stop()
    try:
        batch = state.checked_drafts(db_path, revision, (draft,), settings)
    except InputError as err:  # over the budget: said before any work
        st.error(str(err))
        st.stop()
    check_view.show_report(batch.reports[0], (draft,), 0, "check_single", revision=revision, settings=settings)
    st.stop()

# --- batch: several drafts, against the library and each other ------------------------------------

uploads = st.file_uploader(
    "上传多篇草稿（例如各部门交来的总结）", type=FILE_TYPES, accept_multiple_files=True, key="check_uploads"
)
drafts, refused = [], []
for upload in uploads or []:
    try:
        drafts.append(read_upload(upload))
    except InputError as err:
        refused.append(refusal(upload.name, err))
for message in refused:
    st.warning(message)
if len(drafts) < 2:
    st.info("请上传至少两篇草稿：每篇与文库查重，并两两互查。")
    st.stop()

drafts = tuple(drafts)
try:
    batch = state.checked_drafts(db_path, revision, drafts, settings)
except InputError as err:
    st.error(str(err))
    st.stop()
names = [r.name for r in batch.reports]
st.subheader("各篇结果")
st.dataframe(
    pd.DataFrame(
        [
            (
                r.name,
                100 * r.summary.copied_ratio,
                100 * r.summary.max_single_source_ratio,
                100 * max((x for j, x in enumerate(batch.matrix[i]) if j != i), default=0.0),
                100 * r.summary.self_repeated_ratio,
            )
            for i, r in enumerate(batch.reports)
        ],
        columns=["草稿", "总文字复制比", "单篇最大文字复制比", "与其他草稿最多共有", "自我重复"],
    ),
    hide_index=True,
    width="stretch",
    column_config={
        c: st.column_config.NumberColumn(format="%.1f%%")
        for c in ("总文字复制比", "单篇最大文字复制比", "与其他草稿最多共有", "自我重复")
    },
)

st.subheader("草稿之间的共有文字")
st.caption("每格：行中草稿的文字有多少也出现在列中草稿里。")
cells = pd.DataFrame(
    [(names[i], names[j], 100 * batch.matrix[i][j]) for i in range(len(names)) for j in range(len(names)) if i != j],
    columns=["草稿", "对照草稿", "共有"],
)
cell = {  # a Vega-Lite spec as it is: no Altair imported by the page (23 MB of the server)
    "x": {"field": "对照草稿", "type": "nominal", "sort": names, "title": None},
    "y": {"field": "草稿", "type": "nominal", "sort": names, "title": None},
}
share = {"field": "共有", "type": "quantitative"}
st.vega_lite_chart(
    cells,
    {
        "layer": [
            {
                "mark": {"type": "rect"},
                "encoding": {
                    **cell,
                    "color": {**share, "scale": {"domain": [0, 100], "scheme": "orangered"}, "title": "共有 %"},
                    "tooltip": [
                        {"field": "草稿", "type": "nominal"},
                        {"field": "对照草稿", "type": "nominal"},
                        {**share, "format": ".1f"},
                    ],
                },
            },
            {"mark": {"type": "text", "fontSize": 12}, "encoding": {**cell, "text": {**share, "format": ".0f"}}},
        ]
    },
    width="stretch",
)
st.dataframe(
    pd.DataFrame([[100 * x for x in row] for row in batch.matrix], index=names, columns=names),
    width="stretch",
    column_config={n: st.column_config.NumberColumn(format="%.0f%%") for n in names},
)

pairs = sorted(
    ((i, j) for i in range(len(names)) for j in range(len(names)) if i != j and batch.matrix[i][j] > 0),
    key=lambda p: -batch.matrix[p[0]][p[1]],
)
if pairs:
    pair = st.selectbox(
        "查看两篇草稿共有的段落",
        pairs,
        key="check_pair",
        format_func=lambda p: f"{names[p[0]]} ← {names[p[1]]} · {batch.matrix[p[0]][p[1]]:.0%}",
    )
    for passage in (p for p in batch.shared if (p.a, p.b) == pair):
        check_view.side_by_side(
            passage.text_a,
            passage.spans_a,
            passage.text_b,
            passage.spans_b,
            f"{names[passage.a]} 第{passage.block_a + 1}段 ↔ {names[passage.b]} 第{passage.block_b + 1}段",
            f"相似度 {passage.similarity:.0%}",
        )
else:
    st.success("这些草稿之间没有共有的文字。")

st.subheader("单篇报告")
opened = st.selectbox("打开一篇草稿的查重报告", range(len(names)), key="check_open", format_func=lambda i: names[i])
check_view.show_report(
    batch.reports[opened], drafts, opened, f"check_batch_{opened}", revision=revision, settings=settings
)
