"""起草: assemble this year's plan from the library, fill in this year's specifics, export it.

The open draft lives in the store; session state holds only which draft is open, the revision
its widgets show and UI choices. Every change is a callback that saves the whole draft naming
that revision: when another window saved in between, the change is refused with a message and
the page shows the newer draft (see ``Library.save_draft``).
"""

from __future__ import annotations

import html
import zlib
from dataclasses import replace

import streamlit as st

from app import check_view, render, state
from nlp import compose, usecases
from nlp.check import CheckSettings
from nlp.cycle import origin_label, with_provenance
from nlp.errors import InputError
from nlp.library import DraftConflict
from nlp.models import Draft
from nlp.resources import TYPE_LABELS

DRAFT_KEY = "compose_draft"  # the open draft's id (the picker's key)
BASE_KEY = "compose_base"  # (draft id, revision) the widgets on screen show
FLASH_KEY = "compose_flash"  # messages for the next run: [(kind, text, unsaved text or None)]
DELETED_KEY = "compose_deleted"  # (id, title) of the draft this session deleted last: 撤销删除
INSERT_KEY = "compose_insert_at"  # where added blocks go: END, START or after block k
AS_CHILD_KEY = "compose_insert_as_child"  # after a heading: as its last children (True) or its next sibling
UNDO_KEY = "compose_history"  # {draft id: [(what was done, the draft before it)]}, newest last: 撤销
UNDO_STEPS = 20
CHECK_KEY = "compose_check"  # 查重本稿 opened: the open draft's report under the page
ADD_TAB_KEY = "compose_add_tab"  # the open tab of 添加段落, kept across reruns
END, START = -1, -2
KINDS = ("计划", "总结")
START_BLANK, START_DOCUMENT, START_TYPICAL = "从空白开始", "按往年文档的提纲", "按文库常见提纲"

CHOICES = 25  # boilerplate groups offered at once with no keyword and no topic chosen (else every match)
SPECIFIC_FIELDS = (
    ("unit", "单位名称", "例如：某市人民医院"),
    ("superior", "上级（上级工会 / 院党委）", "例如：市卫生健康委工会"),
    ("year", "年度", "例如：2026"),
    ("date", "日期", "例如：3月8日 或 2026-03-08"),
)
BLOCK_TOOLS = (  # name of the move (compose.MOVES), label, icon, tooltip
    ("up", "上移", ":material/arrow_upward:", "与前一个同级段落交换（连同下级）"),
    ("down", "下移", ":material/arrow_downward:", "与后一个同级段落交换（连同下级）"),
    ("outdent", "升级", ":material/format_indent_decrease:", "提高一级（连同下级）"),
    ("indent", "降级", ":material/format_indent_increase:", "降低一级，成为前一个同级标题的下级（连同下级）"),
    ("remove", "删除", ":material/close:", "只删除这一段，下级段落保留"),
)
OTHER_HELP = "每行一项，写成“字段=内容”，例如“职工人数=1200”；正文里写 {职工人数} 就会被替换。"

st.title("起草")
st.caption(
    "从往年计划中挑选段落、写上今年的信息，导出符合公文格式（GB/T 9704）的 DOCX。"
    "每一处修改都立即保存，刷新页面或重启后仍在。"
)
library = state.library()
db_path, revision = str(library.path), state.library_revision(library)


# --- callbacks: each one saves to the store, then the page is drawn from the store -----------------


def flash(kind: str, text: str, unsaved: str | None = None) -> None:
    st.session_state.setdefault(FLASH_KEY, []).append((kind, text, unsaved))


def open_draft(draft_id: int) -> None:
    # The picker's key follows the drafts' titles and times, so its callback can fire for the draft
    # already open (with text typed but not yet saved in the same batch): that text is kept.
    if st.session_state.get(DRAFT_KEY) == draft_id and BASE_KEY in st.session_state:
        return
    st.session_state[DRAFT_KEY] = draft_id
    st.session_state.pop(BASE_KEY, None)


def change_draft(change, *, done: str | None = None, unsaved: str | None = None, undo: str | None = None) -> bool:
    """Apply ``change`` (Draft -> Draft) to the open draft and save it, based on the revision shown;
    ``undo`` names the change in the session's 撤销 list (the draft before it is kept there)."""
    draft_id, shown = st.session_state[BASE_KEY]
    try:
        current = library.draft(draft_id)
        if current.revision != shown:
            raise DraftConflict(shown, current.revision)
        changed = change(current.draft)
        if changed == current.draft:
            return True
        saved = library.save_draft(draft_id, changed, revision=shown)
    except DraftConflict as err:
        flash("warning", str(err), unsaved)
        return False
    except InputError as err:
        flash("error", str(err), unsaved)
        return False
    st.session_state[BASE_KEY] = (draft_id, saved.revision)
    if undo:
        history = st.session_state.setdefault(UNDO_KEY, {}).setdefault(draft_id, [])
        history[:] = [*history, (undo, current.draft)][-UNDO_STEPS:]
    if done:
        flash("success", done)
    return True


def on_block(move: str, index: int) -> None:
    name = next(name for key, name, _, _ in BLOCK_TOOLS if key == move)
    change_draft(lambda d: replace(d, blocks=compose.MOVES[move](d.blocks, index)), undo=f"{name}第 {index + 1} 段")


def on_undo(draft_id: int) -> None:
    history = st.session_state.get(UNDO_KEY, {}).get(draft_id, [])
    if not history:
        return
    what, before = history[-1]
    if change_draft(lambda d: before, done=f"已撤销：{what}。"):
        history.pop()


def on_text(index: int, shown: str) -> None:
    state.follow_navigation("compose")
    text = st.session_state[f"compose_text_{index}"]

    def change(d: Draft) -> Draft:
        at = index
        if at >= len(d.blocks) or d.blocks[at].text != shown:  # moved by an action in the same batch
            at = next((i for i, b in enumerate(d.blocks) if b.text == shown), None)
            if at is None:
                raise InputError("这一段刚被改动或移动过，修改没有保存；已载入最新内容，请再改一次。")
        return replace(d, blocks=compose.edit_text(d.blocks, at, text))

    change_draft(change, unsaved=text, undo=f"修改第 {index + 1} 段")


def on_title() -> None:
    state.follow_navigation("compose")
    title = st.session_state["compose_title"].strip()
    if not title:
        flash("error", "标题不能为空")
        return
    change_draft(lambda d: replace(d, title=title), unsaved=title, undo="修改标题")


def parse_other(text: str) -> dict:
    fields = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        key, sep, value = line.replace("＝", "=").partition("=")
        if not sep or not key.strip():
            raise InputError(f"其他字段第 {number} 行应写成“字段=内容”，例如“职工人数=1200”")
        fields[key.strip()] = value.strip()
    return fields


def on_specifics() -> None:
    try:
        specifics = {key: st.session_state[f"compose_spec_{key}"] for key, _, _ in SPECIFIC_FIELDS}
        specifics = compose.normalise_specifics({**parse_other(st.session_state["compose_spec_other"]), **specifics})
    except InputError as err:
        flash("error", str(err))
        return
    filled, before = [], []

    def change(d: Draft) -> Draft:
        before.append(d)
        with_specifics = replace(d, specifics=specifics)
        filled.extend(compose.fills(d.blocks, specifics, title=d.title))
        return compose.fill_draft(with_specifics)

    if (
        change_draft(change, undo="修改本年信息")
        and compose.fill_draft(replace(before[-1], specifics=specifics)) != before[-1]
    ):
        flash("success", f"已保存本年信息，填入 {len(filled)} 处占位符。" if filled else "已保存本年信息。")


def on_fill() -> None:
    change_draft(compose.fill_draft, done="已用本年信息填写占位符。", undo="填写占位符")


def on_suggestions(indexes: tuple[int, ...]) -> None:
    def change(d: Draft) -> Draft:
        found = compose.stale_specifics(d.blocks, d.specifics)
        return replace(d, blocks=compose.apply_suggestions(d.blocks, [found[i] for i in indexes if i < len(found)]))

    change_draft(change, done=f"已替换 {len(indexes)} 处。", undo=f"替换 {len(indexes)} 处")


def insertion_point(blocks) -> int | None:
    """``compose.place_blocks``'s ``after``: None at the top, ``len(blocks)`` at the end, else a block."""
    where = st.session_state.get(INSERT_KEY, END)
    return len(blocks) if where == END or where >= len(blocks) else None if where == START else where


def add_blocks(new: list, picked_keys: list[str]) -> None:
    if not new:
        flash("warning", "请先勾选要添加的段落。")
        return
    where = st.session_state.get(INSERT_KEY, END)
    anchor = []

    def change(d: Draft) -> Draft:
        after = insertion_point(d.blocks)
        blocks, last = compose.place_blocks(d.blocks, new, after, as_child=st.session_state.get(AS_CHILD_KEY, True))
        anchor.append(last)
        return replace(d, blocks=blocks)

    if change_draft(change, done=f"已添加 {len(new)} 段。", undo=f"添加 {len(new)} 段"):
        for key in picked_keys:
            st.session_state[key] = False
        if where != END:  # the next addition goes beside these, keeping the order of picking
            st.session_state[INSERT_KEY] = anchor[-1]
            st.session_state[AS_CHILD_KEY] = False


def on_add_picked(offered: list, prefix: str) -> None:
    """``offered``: (key suffix, stored block) pairs shown with checkboxes ``prefix + suffix``."""
    keys = [f"{prefix}{suffix}" for suffix, _ in offered]
    new = [compose.from_block(block) for key, (_, block) in zip(keys, offered) if st.session_state.get(key)]
    add_blocks(new, keys)


def on_add_own() -> None:
    try:
        block = compose.text_block(
            st.session_state["compose_own_text"],
            kind=st.session_state["compose_own_type"],
            level=1,  # placed at the level shown above the tabs (compose.place_blocks)
        )
    except InputError as err:
        flash("error", str(err))
        return
    add_blocks([block], [])
    st.session_state["compose_own_text"] = ""


def on_new() -> None:
    start = st.session_state["compose_new_start"]
    kind = st.session_state.get("compose_new_kind", KINDS[0])
    title = st.session_state["compose_new_title"].strip() or compose.title_pattern(kind)
    blocks: tuple = ()
    if start == START_DOCUMENT:
        document_id = st.session_state.get("compose_new_doc")
        if document_id is None:
            flash("warning", "请先选择一篇往年文档。")
            return
        stored = state.document_blocks(db_path, revision, document_id)
        blocks = compose.from_document(stored, headings_only=not st.session_state.get("compose_new_body"))
    elif start == START_TYPICAL:
        blocks = state.typical_outline(db_path, revision, kind)
    stored = library.create_draft(Draft(title, {}, blocks))
    open_draft(stored.id)
    flash("success", f"已新建草稿《{render.md_escape(title)}》，共 {len(blocks)} 段。")


def on_copy(draft_id: int) -> None:
    try:
        stored = library.copy_draft(draft_id)
    except InputError as err:
        flash("error", str(err))
        return
    open_draft(stored.id)
    flash("success", f"已复制为《{render.md_escape(stored.draft.title)}》。")


def on_delete(draft_id: int, title: str) -> None:
    try:
        library.delete_draft(draft_id)
    except InputError as err:
        flash("error", str(err))
        return
    st.session_state[DELETED_KEY] = (draft_id, title)
    st.session_state.pop(DRAFT_KEY, None)
    st.session_state.pop(BASE_KEY, None)


def on_restore(draft_id: int) -> None:
    try:
        stored = library.restore_draft(draft_id)
    except InputError as err:
        flash("error", str(err))
        return
    st.session_state.pop(DELETED_KEY, None)
    open_draft(stored.id)
    flash("success", f"已恢复草稿《{render.md_escape(stored.draft.title)}》。")


def on_save_rules() -> None:
    try:
        saved = library.save_staleness_rules(st.session_state["compose_rules_text"])
    except InputError as err:
        flash("error", str(err))
        return
    flash("success", f"已保存 {saved} 条过时提示规则，立即生效。")


def on_reset_rules() -> None:
    library.reset_staleness_rules()
    st.session_state["compose_rules_text"] = compose.DEFAULT_RULES.read_text(encoding="utf-8")
    flash("success", "已恢复默认的过时提示规则。")


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


def on_kind() -> None:
    """A new kind brings its title pattern, unless the drafter wrote a title of their own."""
    if st.session_state.get("compose_new_title", "").strip() in {compose.title_pattern(k) for k in KINDS} | {""}:
        st.session_state["compose_new_title"] = compose.title_pattern(st.session_state["compose_new_kind"])


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

same_draft = st.session_state.get("compose_spec_for") == draft_id  # else show the other draft's values
st.session_state["compose_spec_for"] = draft_id
if not same_draft:  # open while the draft has none; then as the drafter left it (saving keeps it open)
    st.session_state["compose_specifics_open"] = not draft.specifics
with st.expander(
    "本年信息（单位、上级、年度、日期）", key="compose_specifics_open", on_change="rerun", icon=":material/edit_note:"
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

editor, side = st.columns([3, 2], gap="large")

# --- the draft: each block with its renumbered marker, editable in place -----------------------------

with editor:
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
    for index, (block, allowed) in enumerate(zip(blocks, moves)):
        with st.container(border=True):
            with st.container(horizontal=True, vertical_alignment="center", gap="small"):
                level = "" if block.type == "paragraph" else f" · 第 {block.level} 级"
                st.markdown(
                    f"**{render.md_escape(block.marker or '¶')}**　:gray[{TYPE_LABELS[block.type]}{level}]",
                    width="stretch",
                )
                st.html(render.year_badge(state.year_markers(db_path, revision, draft), index))  # 沿用3年 / 改写 / 新增
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

# --- adding blocks ----------------------------------------------------------------------------------------

with side:
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
    after = insertion_point(blocks)
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
        if library.is_empty():
            st.info("文库还是空的。")
        else:
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
            counts = {g.id: g for g in found}
            order = "按相关程度排列" if keyword else "按出现次数排列"
            st.caption(
                f"{order}，显示 {len(offered)} / {len(found)} 组；把鼠标停在问号上可看全文"
                if found
                else "没有符合条件的段落。"
            )
            with st.container(height=360 if len(offered) > 6 else "content", border=False):
                for group_id, block in offered:
                    group = counts[group_id]
                    st.checkbox(
                        f"〔{group.count} 次〕{render.md_escape(block.text[:64])}{'…' if len(block.text) > 64 else ''}",
                        key=f"compose_bp_pick_{group_id}",
                        help=render.md_escape(block.text),
                    )
            st.button(
                "添加所选段落",
                key="compose_bp_add",
                type="primary",
                on_click=on_add_picked,
                args=(offered, "compose_bp_pick_"),
                disabled=not offered,
            )

    with tab_document:
        documents = {d.id: d for d in library.documents()}
        if not documents:
            st.info("文库还是空的。")
        else:
            if st.session_state.get("compose_src_doc") not in documents:
                st.session_state["compose_src_doc"] = next(iter(documents))
            source = st.selectbox(
                "文档",
                list(documents),
                key="compose_src_doc",
                format_func=lambda i: f"〔{i}〕{documents[i].title}（{documents[i].kind}）",
            )
            source_blocks = state.document_blocks(db_path, revision, source)
            with st.container(height=360 if len(source_blocks) > 6 else "content", border=False):
                for block in source_blocks:
                    indent = "　" * ((block.level or 1) - 1) if block.type != "paragraph" else "　　"
                    st.checkbox(
                        f"{indent}{render.md_escape((block.marker or '') + block.text[:60])}"
                        f"{'…' if len(block.text) > 60 else ''}",
                        key=f"compose_src_pick_{block.id}",
                        help=render.md_escape(block.text),
                    )
            st.button(
                "添加所选段落",
                key="compose_src_add",
                type="primary",
                on_click=on_add_picked,
                args=([(b.id, b) for b in source_blocks], "compose_src_pick_"),
            )

    with tab_own, st.form("compose_own", border=False):
        st.radio(
            "类型", list(TYPE_LABELS), index=2, key="compose_own_type", horizontal=True, format_func=TYPE_LABELS.get
        )
        st.text_area("文字", key="compose_own_text", placeholder="例如：（二）深化“职工之家”建设")
        st.form_submit_button("添加这一段", type="primary", on_click=on_add_own)

    # --- checks ------------------------------------------------------------------------------------------

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
