"""对照与年度对比: last year's plan against its summary (did we do what we planned?), and a plan or
draft against the plans of earlier years (what is new this year?)."""

from __future__ import annotations

import json

import streamlit as st

from app import render, state
from nlp import usecases
from nlp.check import CheckSettings
from nlp.cycle import DEFAULT_LEVEL, followup_docx, preview_replace, reuse_split, source_notes, with_provenance
from nlp.cycle.export import comparison_json, followup_json
from nlp.errors import InputError
from nlp.library import DraftConflict, default_db_path
from nlp.read import SUPPORTED_EXTENSIONS, check_size
from nlp.resources import percent

UPLOAD = "上传文件…"
FILE_TYPES = sorted(ext.lstrip(".") for ext in SUPPORTED_EXTENSIONS)
LEVELS = {1: "一级标题（一、）", 2: "二级（（一）或 1.）", 3: "三级"}

library = state.library()
db_path = str(default_db_path())
revision = state.library_revision(library)
documents = library.documents()

st.title("对照与年度对比")
tab_followup, tab_years, tab_replace = st.tabs(["计划↔总结 对照", "年度对比", "统一替换提法"])
UNDO_KEY = "cycle_replace_undo"
REUSE_FLASH = "cycle_reuse_flash"  # what the last 合理借鉴 mark did, shown after the rerun


def pick_source(column, label: str, kind: str, key: str) -> tuple | None:
    """A library document of ``kind`` or an uploaded file: ("doc", id) or ("file", name, bytes)."""
    ids = [d.id for d in documents if d.kind == kind]
    names = {d.id: f"{d.year or '—'} · {render.own_title(d.title, d.title_source)}（{d.file_name}）" for d in documents}
    choice = column.selectbox(
        label,
        [*ids, UPLOAD],
        index=None,
        placeholder=f"选择文库中的{kind}或上传",
        key=key,
        format_func=lambda i: names.get(i, i),
    )
    if choice is None:
        return None
    if choice != UPLOAD:
        return ("doc", choice)
    upload = column.file_uploader(f"上传{kind}", type=FILE_TYPES, key=f"{key}_file")
    if upload is None:
        return None
    check_size(upload.size)
    return ("file", upload.name, upload.getvalue())


with tab_followup:
    st.caption("计划的每一条在同年总结中是否落实：已落实（标出依据）、部分（缺少什么）、未提及；带数字的指标是否达到。")
    left, right = st.columns(2)
    try:
        plan_source = pick_source(left, "计划", "计划", "cycle_plan")
        summary_source = pick_source(right, "同年同单位的总结", "总结", "cycle_summary")
    except InputError as err:
        st.error(str(err))
        plan_source = summary_source = None
    level = st.radio(
        "对照到", list(LEVELS), index=DEFAULT_LEVEL - 1, format_func=LEVELS.get, horizontal=True, key="cycle_level"
    )
    report = None
    if plan_source and summary_source:
        try:
            with st.spinner("正在逐条对照…"):
                report = state.followup(revision, plan_source, summary_source, level, _library=library)
                summary = state.cycle_document(library, summary_source)
        except InputError as err:
            st.error(str(err))
    elif not documents:
        st.info("文库还是空的：请先在“文库”导入计划和总结，或在上面上传文件。")
    if report is not None:
        counts = {s: sum(i.status == s for i in report.items) for s in ("已落实", "部分", "未提及")}
        m = st.columns(4)
        m[0].metric("完成率", percent(report.completion), help="（已落实 + 部分 × 0.5）÷ 条目数")
        for column, (status, count) in zip(m[1:], counts.items()):
            column.metric(status, count)
        texts = [b.text for b in summary.blocks]
        for section in report.sections:
            st.markdown(f"**{render.md_escape(section.title)}** · 完成率 {percent(section.completion)}")
            st.html(render.followup_table_html(section, texts))
        d1, d2 = st.columns(2)
        d1.download_button(
            "下载对照表（DOCX）",
            followup_docx(report),
            file_name=render.export_file_name(f"{report.plan}-对照", "docx"),
            icon=":material/download:",
        )
        d2.download_button(
            "下载 JSON",
            json.dumps(followup_json(report), ensure_ascii=False, indent=2).encode("utf-8"),
            file_name=render.export_file_name(f"{report.plan}-对照", "json"),
            icon=":material/data_object:",
        )

        st.subheader(f"下一年计划的候选条目（{len(report.candidates)} 条）")
        st.caption("未提及，或指标未达到、未报告的条目：勾选后加入一份草稿，在“起草”中继续编辑。")
        picked = [
            item
            for n, item in enumerate(report.candidates)
            if st.checkbox(f"{item.marker or ''}{item.text}", key=f"cycle_candidate_{n}")
        ]
        drafts = library.drafts()
        if drafts:
            target = st.selectbox(
                "加入草稿", [d.id for d in drafts], format_func={d.id: d.title for d in drafts}.get, key="cycle_draft"
            )
            if st.button("加入所选条目", key="cycle_add", disabled=not picked):
                try:
                    stored = library.draft(target)
                    usecases.add_candidates(library, target, picked, revision=stored.revision)
                    st.success(f"已把 {len(picked)} 条加入《{stored.draft.title}》。")
                except InputError as err:
                    st.error(str(err))
        else:
            st.caption("还没有草稿：在“起草”中新建一份后可把候选条目加入。")

with tab_years:
    st.caption("逐段与本单位往年的计划比较：沿用几年、改写（标出改动）、新增，以及去年有而今年删去的内容。")
    drafts = library.drafts()
    plans = [d for d in documents if d.kind == "计划"]
    options = [("draft", d.id) for d in drafts] + [("doc", d.id) for d in plans]
    names = {("draft", d.id): f"草稿 · {d.title}" for d in drafts} | {
        ("doc", d.id): f"文库 · {d.year or '—'} · {d.title}" for d in plans
    }
    choice = st.selectbox("比较哪一份", options, format_func=names.get, key="cycle_compare") if options else None
    comparison = draft = None
    if choice is None:
        st.info("还没有草稿或计划可比较。")
    elif choice[0] == "draft":
        draft = library.draft(choice[1]).draft
        comparison = state.year_comparison(db_path, revision, draft)
    else:
        comparison = usecases.compare_document(library, library.document(choice[1]), exclude=choice[1])
    if comparison is not None and not comparison.against:
        st.info("文库中没有更早年份、内容相近的计划可比。")
    elif comparison is not None:
        against = "、".join(f"{y}年《{t}》" for t, y in comparison.against)
        st.markdown(f"对比：{render.md_escape(against)}")
        counts = {s: sum(b.status == s for b in comparison.blocks) for s in ("unchanged", "changed", "new")}
        m = st.columns(4)
        m[0].metric("与上一年相同", percent(comparison.unchanged_share), help="与上一年计划相同的段落所占字数比例")
        m[1].metric("沿用", counts["unchanged"])
        m[2].metric("改写", counts["changed"])
        m[3].metric("新增", counts["new"])
        st.html(render.year_diff_legend())
        with st.container(border=True):
            st.html("".join(render.year_block_html(b) for b in comparison.blocks))
        if comparison.dropped:
            st.markdown(f"**上一年有、今年删去的内容（{len(comparison.dropped)} 段）**")
            for dropped in comparison.dropped:
                st.markdown(f"- {render.md_escape(dropped.text)}")
        st.download_button(
            "下载 JSON",
            json.dumps(comparison_json(comparison), ensure_ascii=False, indent=2).encode("utf-8"),
            file_name=render.export_file_name(f"{comparison.title}-年度对比", "json"),
            icon=":material/data_object:",
        )

    if draft is not None and draft.blocks:
        draft_id = choice[1]
        st.subheader("来源说明与合理借鉴")
        origins = usecases.draft_origins(library, draft, draft_id)
        st.dataframe(
            [
                {
                    "段": n.index + 1,
                    "开头": n.text[:24],
                    "来源": "本人撰写" if n.own else f"《{n.document or '（文库段落）'}》",
                    "单位": origin.unit or "",
                    "文件": n.file or "",
                    "年份": str(n.year or ""),
                    "修改过": "" if n.edited is None else "是" if n.edited else "否",
                    "合理借鉴": "" if origin.reuse is None else origin.reuse or "是",
                }
                for n, origin in zip(source_notes(draft), origins)
            ],
            hide_index=True,
        )
        if flash := st.session_state.pop(REUSE_FLASH, None):
            getattr(st, flash[0])(flash[1])
        with st.form("cycle_reuse_form", border=False):
            st.caption(
                "工会章程原文、必须使用的政策表述等可标为合理借鉴：查重时单列，并给出去除合理借鉴后的复制比。"
                "只有草稿的起草人能标记。"
            )
            block = st.selectbox(
                "段落",
                range(len(draft.blocks)),
                key="cycle_reuse_block",
                format_func=lambda i: f"第{i + 1}段 · {draft.blocks[i].text[:30]}",
            )
            reason = st.text_input("理由（可不填）", key="cycle_reuse_reason", placeholder="例如：工会章程原文")
            mark, unmark = st.columns(2)
            for column, on, label in ((mark, True, "标为合理借鉴"), (unmark, False, "取消标记")):
                if column.form_submit_button(label, type="primary" if on else "secondary"):
                    try:
                        usecases.mark_reuse(library, draft_id, block, reason, on=on)
                        done = "已标为合理借鉴" if on else "已取消合理借鉴标记"
                        st.session_state[REUSE_FLASH] = ("success", f"第{block + 1}段{done}。")
                    except InputError as err:
                        st.session_state[REUSE_FLASH] = ("error", str(err))
                    st.rerun()
        if st.toggle("查重：把沿用自己选用的往年材料与复制其他来源分开计算", key="cycle_reuse"):
            text = usecases.draft_check_text(draft)
            report = state.checked_drafts(db_path, revision, ((draft.title, text),), CheckSettings()).reports[0]
            report = with_provenance(report, draft, origins)
            split = reuse_split(report, draft)
            r = st.columns(4)
            r[0].metric("总文字复制比", percent(report.summary.copied_ratio))
            r[1].metric(
                "去除合理借鉴后",
                percent(report.summary.copied_ratio_excluding_reuse),
                help="不计标为合理借鉴的段落",
            )
            r[2].metric("沿用所选来源", percent(split.chosen), help="与草稿各段注明的来源文档相同的文字（有意沿用）")
            r[3].metric("其他来源", percent(split.others), help="与草稿未注明的文档相同的文字：更像复制")

with tab_replace:
    st.caption("把过时的提法（如“十四五”→“十五五”）在选定的草稿中一次改完：先看每一处改动，确认后保存，可撤销。")
    old_col, new_col = st.columns(2)
    old = old_col.text_input("旧提法", key="cycle_replace_old", placeholder="十四五")
    new = new_col.text_input("新提法", key="cycle_replace_new", placeholder="十五五")
    drafts = library.drafts()
    titles = {d.id: d.title for d in drafts}
    chosen = st.multiselect(
        "在哪些草稿中替换", list(titles), default=list(titles), format_func=titles.get, key="cycle_replace_drafts"
    )
    changes = []
    if old.strip():
        try:
            changes = preview_replace([library.draft(i) for i in chosen], old, new)
        except InputError as err:
            st.error(str(err))
        if not changes:
            st.info(f"所选草稿中没有“{old.strip()}”。")
    for change in changes:
        where = "标题" if change.block_index < 0 else f"第 {change.block_index + 1} 段"
        st.markdown(f"**《{render.md_escape(change.draft_title)}》{where}**（{change.count} 处）")
        st.html(render.diff_html(change.before, change.after))
    if changes and st.button(
        f"全部替换（{len({c.draft_id for c in changes})} 份草稿）", key="cycle_replace_apply", type="primary"
    ):
        try:
            outcome = usecases.replace_everywhere(library, sorted({c.draft_id for c in changes}), old, new)
            st.session_state[UNDO_KEY] = outcome
            st.rerun()
        except InputError as err:  # a draft changed meanwhile: the ones before it were saved
            st.error(str(err))
    if outcome := st.session_state.get(UNDO_KEY):
        st.success(f"已在 {len(outcome.saved)} 份草稿中替换。")
        if st.button("撤销这次替换", key="cycle_replace_undo_button"):
            try:
                usecases.undo_replace(library, outcome)
                st.success("已撤销，草稿恢复原样。")
            except DraftConflict as err:
                st.warning(f"{err}（这份草稿替换后又被修改过，未撤销）")
            st.session_state.pop(UNDO_KEY)
