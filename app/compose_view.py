"""The parts of the 起草 page, top to bottom: 新建草稿 and 最近删除, 本年信息, the draft's blocks with
their buttons, 添加段落, 检查 (pending slots, suggestions, staleness, the rules) and 导出. Each draws
what the person sees; a change is a callback of ``app/compose_actions.py``."""

from __future__ import annotations

import html
import pickle
from datetime import date

import streamlit as st

from app import render, state
from app.compose_actions import (
    ADD_TAB_KEY,
    AS_CHILD_KEY,
    BLOCK_TOOLS,
    CHECK_KEY,
    END,
    INSERT_KEY,
    KINDS,
    SPECIFIC_FIELDS,
    START,
    START_BLANK,
    START_DOCUMENT,
    START_TYPICAL,
    UNDO_KEY,
    insertion_point,
    on_add_own,
    on_add_picked,
    on_block,
    on_fill,
    on_kind,
    on_new,
    on_reset_rules,
    on_restore,
    on_save_rules,
    on_specifics,
    on_suggestions,
    on_text,
    on_undo,
)
from nlp import compose, usecases
from nlp.cycle import origin_label
from nlp.models import Draft
from nlp.resources import TYPE_LABELS

CHOICES = 25  # boilerplate groups offered at once with no keyword and no topic chosen (else every match)
OTHER_HELP = "每行一项，写成“字段=内容”，例如“职工人数=1200”；正文里写 {职工人数} 就会被替换。"


@st.cache_resource(show_spinner=False, max_entries=32)
def _review(content: bytes, _draft: Draft, _rules: tuple) -> usecases.DraftReview:
    return usecases.review_draft(_draft, _rules)


def draft_review(draft: Draft, rules: tuple) -> usecases.DraftReview:
    """The draft's review (pending slots, stale phrases, other units' names and past years), computed
    once per content of the draft and rules: a rerun or a click that changes no text reuses it (the
    names' tagging costs about a millisecond a block). The key is the pickled draft, rules and this
    year (which a draft without a year is judged for): 0.1 ms where Streamlit's own hashing of the
    objects took 4 (30 blocks, the 41 default rules; a pattern's repr is cut short, its pickle is not)."""
    rules = tuple(rules)
    return _review(pickle.dumps((draft, rules, date.today().year)), draft, rules)


def show_new_draft(library, drafts, db_path: str, revision: str) -> None:
    """新建草稿: a kind, a start (blank, a past document's outline, the library's typical one) and a title."""
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
                    format_func=lambda i: render.document_choice(documents[i]),
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


def show_recently_deleted(library) -> None:
    """最近删除: the drafts that can still be restored."""
    recently_deleted = library.deleted_drafts()
    if not recently_deleted:
        return
    with st.expander(f"最近删除（{len(recently_deleted)}）", icon=":material/delete:"):
        st.caption("最近删除的 20 份草稿保留 30 天，可以恢复。")
        for gone in recently_deleted:
            line = st.columns([6, 1], vertical_alignment="center")
            line[0].write(
                f"{render.md_escape(gone.title)} · {gone.blocks} 段 · 删除于 {render.format_time(gone.deleted_at)}"
            )
            line[1].button("恢复", key=f"compose_restore_{gone.id}", on_click=on_restore, args=(gone.id,))


def show_specifics(draft, draft_id: int) -> None:
    """本年信息: the fields, each saved as soon as it is changed."""
    same_draft = st.session_state.get("compose_spec_for") == draft_id  # else show the other draft's values
    st.session_state["compose_spec_for"] = draft_id
    if not same_draft:  # open while the draft has none; then as the drafter left it (saving keeps it open)
        st.session_state["compose_specifics_open"] = not draft.specifics
    with st.expander(
        "本年信息（单位、上级、年度、日期）",
        key="compose_specifics_open",
        on_change="rerun",
        icon=":material/edit_note:",
    ):
        known = {key for key, _, _ in SPECIFIC_FIELDS}
        for key, _, _ in SPECIFIC_FIELDS:
            state.mirror(f"compose_spec_{key}", str(draft.specifics.get(key, "")), keep_input=same_draft)
        state.mirror(
            "compose_spec_other",
            "\n".join(f"{k}={v}" for k, v in draft.specifics.items() if k not in known),
            keep_input=same_draft,
        )
        with st.container(key="compose_specifics"):  # each field is saved as soon as it is changed
            columns = st.columns(len(SPECIFIC_FIELDS))
            for column, (key, label, example) in zip(columns, SPECIFIC_FIELDS):
                column.text_input(label, key=f"compose_spec_{key}", placeholder=example, on_change=on_specifics)
            st.text_area(
                "其他字段",
                key="compose_spec_other",
                placeholder="职工人数=1200",
                help=OTHER_HELP,
                height=68,
                on_change=on_specifics,
            )
            st.button("保存并填入占位符", key="compose_spec_save", type="primary", on_click=on_specifics)
        st.caption(
            render.md_escape(  # the slots are written literally: no markdown emphasis
                "填入：20__年 / 20xx / XX年 → 年度；_月_日 → 日期；XX医院 / ×× → 单位名称；{上级} {单位} {字段} → 对应内容。"
                "____ 这类空白请在正文里直接改写。"
            )
        )


def show_blocks(draft, draft_id: int, review, origins, db_path: str, revision: str) -> None:
    """正文: each block with its renumbered marker, its moves and findings, editable in place; or the preview."""
    blocks, pending, warnings = draft.blocks, review.pending, review.warnings
    st.subheader(f"正文（{len(blocks)} 段）")
    if history := st.session_state.get(UNDO_KEY, {}).get(draft_id):
        st.button(
            f"撤销：{history[-1][0]}",
            key="compose_undo_edit",
            icon=":material/undo:",
            on_click=on_undo,
            args=(draft_id,),
            help=f"可以连续撤销最近 {len(history)} 步（本窗口内的修改）",
        )
    preview = st.toggle("预览（按导出时的编号，标出待填写和过时内容）", key="compose_preview")
    pending_at: dict[int | None, list] = {}
    for p in pending:
        pending_at.setdefault(p.block_index, []).append(p)
    warnings_at: dict[int, list] = {}
    for w in warnings:
        warnings_at.setdefault(w.block_index, []).append(w)
    if not blocks:
        st.info("草稿还没有正文。请在右侧“添加段落”中从模板段落、往年文档添加，或自己写一段。")
    elif preview:
        with st.container(border=True):
            st.html(render.draft_html(draft, pending, warnings))
    moves = compose.possible_moves(blocks) if not preview else []
    year_markers = state.year_markers(db_path, revision, draft) if moves else ()
    for index, (block, allowed) in enumerate(zip(blocks, moves)):
        with st.container(border=True):
            with st.container(horizontal=True, vertical_alignment="center", gap="small"):
                level = "" if block.type == "paragraph" else f" · 第 {block.level} 级"
                st.markdown(
                    f"**{render.md_escape(block.marker or '¶')}**　:gray[{TYPE_LABELS[block.type]}{level}]",
                    width="stretch",
                )
                st.html(render.year_badge(year_markers, index))  # 沿用3年 / 改写 / 新增
                for move, name, icon, hint in BLOCK_TOOLS:
                    st.button(
                        name,
                        key=f"compose_{move}_{index}",
                        icon=icon,
                        help=hint,
                        type="tertiary",
                        disabled=move not in allowed,
                        on_click=on_block,
                        args=(move, index),
                    )
            st.caption(render.md_escape(origin_label(origins[index])))
            key = f"compose_text_{index}"
            state.mirror(key, block.text)
            if block.type == "heading" and len(block.text) <= 40:
                st.text_input(
                    f"第 {index + 1} 段",
                    key=key,
                    label_visibility="collapsed",
                    on_change=on_text,
                    args=(index, block.text),
                )
            else:
                st.text_area(
                    f"第 {index + 1} 段",
                    key=key,
                    height="content",
                    label_visibility="collapsed",
                    on_change=on_text,
                    args=(index, block.text),
                )
            if findings := render.block_findings_html(
                block.text, pending_at.get(index, []), warnings_at.get(index, [])
            ):
                st.html(findings)


def show_add_panel(library, blocks, db_path: str, revision: str) -> None:
    """添加段落: where, then from the boilerplate map, a past document or one's own text."""
    st.subheader("添加段落")
    positions = [END, START, *range(len(blocks))]
    if st.session_state.get(INSERT_KEY) not in positions:
        st.session_state[INSERT_KEY] = END
    st.selectbox(
        "插入到",
        positions,
        key=INSERT_KEY,
        format_func=lambda k: (
            "末尾"
            if k == END
            else "最前面"
            if k == START
            else f"第 {k + 1} 段之后：{blocks[k].marker or ''}{blocks[k].text[:18]}"
        ),
    )
    after = insertion_point(blocks, st.session_state[INSERT_KEY])
    if after is not None and after < len(blocks) and blocks[after].type != "paragraph":
        st.radio(
            "放在",
            (True, False),
            key=AS_CHILD_KEY,
            horizontal=True,
            format_func=lambda child: "作为它的下级" if child else "与它同级",
        )
    as_child = st.session_state.get(AS_CHILD_KEY, True)
    level = compose.placement_level(blocks, after, as_child=as_child)
    st.caption(
        f"添加的标题从第 {level} 级（{compose.marker_for(level, 1)}）开始，下级保持原有层次；正文段落没有层级。"
        + (f"放在“{blocks[after].text[:12]}”及其下级内容之后。" if after is not None and after < len(blocks) else "")
    )
    tab_map, tab_document, tab_own = st.tabs(["模板段落", "往年文档", "自己写"], key=ADD_TAB_KEY, on_change="rerun")

    with tab_map:
        _pick_from_map(library, db_path, revision)
    with tab_document:
        _pick_from_document(library, db_path, revision)
    with tab_own, st.form("compose_own", border=False):
        st.radio(
            "类型", list(TYPE_LABELS), index=2, key="compose_own_type", horizontal=True, format_func=TYPE_LABELS.get
        )
        st.text_area("文字", key="compose_own_text", placeholder="例如：（二）深化“职工之家”建设")
        st.form_submit_button("添加这一段", type="primary", on_click=on_add_own)


def _pick_from_map(library, db_path: str, revision: str) -> None:
    """模板段落: groups by keyword and topic (the most repeated first when neither is chosen), to tick and add."""
    if library.is_empty():
        st.info("文库还是空的。")
        return
    groups = state.library_groups(db_path, revision)
    topics = state.topic_map(db_path, revision, None)
    topic_names = {t.id: render.topic_name(t) for t in topics.topics}
    search, topic_filter = st.columns(2)
    keyword = search.text_input("关键词", key="compose_bp_keyword", placeholder="例如：送温暖、职代会").strip()
    all_topics = state.ALL_TOPICS
    if st.session_state.get("compose_bp_topic") not in (all_topics, *topic_names):
        st.session_state["compose_bp_topic"] = all_topics
    topic = topic_filter.selectbox(
        "主题",
        [all_topics, *topic_names],
        key="compose_bp_topic",
        format_func=lambda t: topic_names.get(t, "全部主题"),
    )
    found = state.matching_groups(
        groups,
        topics,
        keyword=keyword,
        topic=topic,
        search=state.group_search(db_path, revision) if keyword.strip() else None,
    )
    listed = found if keyword or topic != all_topics else found[:CHOICES]
    by_block = state.stored_blocks(db_path, revision, [g.members[0].block_id for g in listed])
    offered = [(g.id, by_block[g.members[0].block_id]) for g in listed if g.members[0].block_id in by_block]
    counts = {g.id: g for g in listed}  # the groups offered only: a pass over ``found`` made every group
    order = "按相关程度排列" if keyword else "按出现次数排列"
    st.caption(
        f"{order}，显示 {len(offered)} / {len(found)} 组；把鼠标停在问号上可看全文" if found else "没有符合条件的段落。"
    )
    labels = [
        f"〔{counts[g].count} 次〕{render.md_escape(b.text[:64])}{'…' if len(b.text) > 64 else ''}" for g, b in offered
    ]
    _tick_and_add(offered, labels, "compose_bp")


def _pick_from_document(library, db_path: str, revision: str) -> None:
    """往年文档: one document's blocks, to tick and add."""
    documents = {d.id: d for d in library.documents()}
    if not documents:
        st.info("文库还是空的。")
        return
    if st.session_state.get("compose_src_doc") not in documents:
        st.session_state["compose_src_doc"] = next(iter(documents))
    source = st.selectbox(
        "文档",
        list(documents),
        key="compose_src_doc",
        format_func=lambda i: render.document_choice(documents[i]),
    )
    source_blocks = state.document_blocks(db_path, revision, source)
    labels = [
        ("　" * ((b.level or 1) - 1) if b.type != "paragraph" else "　　")
        + f"{render.md_escape((b.marker or '') + b.text[:60])}{'…' if len(b.text) > 60 else ''}"
        for b in source_blocks
    ]
    _tick_and_add([(b.id, b) for b in source_blocks], labels, "compose_src")


def _tick_and_add(offered: list, labels: list[str], key: str) -> None:
    """A box to tick for each of ``offered`` ((id, block) pairs, shown as ``labels``) and one button that
    adds the ticked blocks to the draft; the boxes' keys are ``{key}_pick_{id}``, the button's ``{key}_add``."""
    with st.container(height=360 if len(offered) > 6 else "content", border=False):
        for (item_id, block), label in zip(offered, labels):
            st.checkbox(label, key=f"{key}_pick_{item_id}", help=render.md_escape(block.text))
    st.button(
        "添加所选段落",
        key=f"{key}_add",
        type="primary",
        on_click=on_add_picked,
        args=(offered, f"{key}_pick_"),
        disabled=not offered,
    )


def show_checks(library, draft, review, db_path: str) -> None:
    """检查: pending slots and filling them, suggested replacements, staleness, the rules (administrators)."""
    blocks = draft.blocks
    pending, warnings, suggestions, year = review.pending, review.warnings, review.suggestions, review.year
    fillable = len(review.fillable)

    st.subheader("检查")
    if pending:
        st.markdown(f"**待填写 {len(pending)} 处**")
        st.html(
            "<br>".join(
                f"{'标题' if p.block_index is None else f'第 {p.block_index + 1} 段'}："
                + render.excerpt_html(
                    draft.title if p.block_index is None else blocks[p.block_index].text,
                    p.start,
                    p.end,
                    "pending",
                    "待填写",
                )
                for p in pending
            )
        )
        if fillable:
            st.button(f"用本年信息填写 {fillable} 处", key="compose_fill", on_click=on_fill)
    else:
        st.success("没有待填写的占位符。")
    if suggestions:
        st.markdown(f"**可能是原单位名称或往年年份（{len(suggestions)} 处）**")
        for number, suggestion in enumerate(suggestions):
            line, action = st.columns([4, 1], vertical_alignment="center")
            target = f" → {html.escape(suggestion.replacement)}" if suggestion.replacement else ""
            line.html(
                f"第 {suggestion.block_index + 1} 段："
                + render.excerpt_html(
                    blocks[suggestion.block_index].text,
                    suggestion.start,
                    suggestion.end,
                    "stale",
                    suggestion.reason,
                    radius=6,
                )
                + f"{target}<br><small style='color:#666'>{html.escape(suggestion.reason)}</small>"
            )
            action.button(
                "替换",
                key=f"compose_suggest_{number}",
                on_click=on_suggestions,
                args=((number,),),
                disabled=suggestion.replacement is None,
            )
        replaceable = tuple(i for i, s in enumerate(suggestions) if s.replacement)
        if len(replaceable) > 1:
            st.button(
                f"全部替换（{len(replaceable)} 处）",
                key="compose_suggest_all",
                on_click=on_suggestions,
                args=(replaceable,),
            )
    if warnings:
        st.markdown(f"**过时提示 {len(warnings)} 处**（按 {year} 年判断）")
        st.html(
            "<br>".join(
                f"第 {w.block_index + 1} 段："
                + render.excerpt_html(blocks[w.block_index].text, w.start, w.end, "stale", w.reason, radius=6)
                + f"<br><small style='color:#666'>{html.escape(w.reason)}</small>"
                for w in warnings
            )
        )
    else:
        st.success(f"没有发现过时的提法（按 {year} 年判断）。")
    if library.may_edit_rules():
        _show_rules(library, db_path)


def _show_rules(library, db_path: str) -> None:
    """The staleness rules, for an administrator to edit, save or reset to the default."""
    with st.expander("过时提示规则（管理员）", icon=":material/rule:"):
        own = compose.library_rules_path(db_path)
        st.caption(
            "每条规则写明要查找的文字和提示原因，可按年份生效（valid_until、cycle/phase，说明见规则开头）。"
            + (
                "这个文库使用自己的规则。"
                if own.is_file()
                else "现在使用随程序提供的默认规则；保存后这个文库改用自己的规则。"
            )
        )
        if "compose_rules_text" not in st.session_state:
            st.session_state["compose_rules_text"] = compose.rules_path(db_path).read_text(encoding="utf-8")
        st.text_area("规则", key="compose_rules_text", height=300, label_visibility="collapsed")
        save, reset = st.columns(2)
        save.button("保存规则", key="compose_rules_save", type="primary", on_click=on_save_rules, width="stretch")
        reset.button(
            "恢复默认规则",
            key="compose_rules_reset",
            on_click=on_reset_rules,
            disabled=not own.is_file(),
            width="stretch",
        )


def show_export(library, draft, draft_id: int, pending, db_path: str) -> None:
    """导出: 查重本稿, and the downloads once nothing is pending (or pending slots are kept on purpose)."""
    blocks = draft.blocks
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
