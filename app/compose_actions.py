"""What the 起草 page changes: its session keys, and the callbacks that save the open draft (or make,
copy, delete and restore drafts, or the staleness rules) through the signed-in person's library; the
page is then drawn from the store (``app/pages/compose.py``)."""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from app import render, state
from nlp import compose
from nlp.errors import InputError
from nlp.library import DraftConflict
from nlp.models import Draft

DRAFT_KEY = "compose_draft"  # the open draft's id (the picker's key)
BASE_KEY = "compose_base"  # [draft id, revision] the widgets on screen show (a list: change_draft updates it in place)
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


def flash(kind: str, text: str, unsaved: str | None = None) -> None:
    """A message for the page's next run, added to the list the page keeps."""
    st.session_state[FLASH_KEY].append((kind, text, unsaved))


def open_draft(draft_id: int) -> None:
    # The picker's key follows the drafts' titles and times, so its callback can fire for the draft
    # already open (with text typed but not yet saved in the same batch): that text is kept.
    if st.session_state.get(DRAFT_KEY) == draft_id and BASE_KEY in st.session_state:
        return
    st.session_state[DRAFT_KEY] = draft_id
    st.session_state.pop(BASE_KEY, None)


def change_draft(change, *, done: str | None = None, unsaved: str | None = None, undo: str | None = None) -> bool:
    """Apply ``change`` (Draft -> Draft) to the open draft and save it, based on the revision shown;
    ``undo`` names the change in the session's 撤销 list (the draft before it is kept there).
    """
    session = st.session_state
    base = session[BASE_KEY]  # [draft id, revision] the widgets show, brought up to date below
    draft_id, shown = base
    history = session[UNDO_KEY].setdefault(draft_id, [])
    library = state.library()
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
    base[1] = saved.revision
    if undo:
        history[:] = [*history, (undo, current.draft)][-UNDO_STEPS:]
    if done:
        flash("success", done)
    return True


def on_block(move: str, index: int) -> None:
    name = next(name for key, name, _, _ in BLOCK_TOOLS if key == move)
    change_draft(lambda d: replace(d, blocks=compose.MOVES[move](d.blocks, index)), undo=f"{name}第 {index + 1} 段")


def on_undo(draft_id: int) -> None:
    history = st.session_state[UNDO_KEY].get(draft_id, [])
    if not history:
        return
    what, before = history[-1]
    if change_draft(lambda d: before, done=f"已撤销：{what}。"):
        history.pop()


def on_text(index: int, shown: str) -> None:
    text = st.session_state[f"compose_text_{index}"]

    def change(d: Draft) -> Draft:
        at = index
        if at >= len(d.blocks) or d.blocks[at].text != shown:  # moved by an action in the same batch
            at = next((i for i, b in enumerate(d.blocks) if b.text == shown), None)
            if at is None:
                raise InputError("这一段刚被改动或移动过，修改没有保存；已载入最新内容，请再改一次。")
        return replace(d, blocks=compose.edit_text(d.blocks, at, text))

    change_draft(change, unsaved=text, undo=f"修改第 {index + 1} 段")
    state.follow_navigation("compose")


def on_title() -> None:
    title = st.session_state["compose_title"].strip()
    if not title:
        flash("error", "标题不能为空")
        return
    change_draft(lambda d: replace(d, title=title), unsaved=title, undo="修改标题")
    state.follow_navigation("compose")


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
        session = st.session_state
        specifics = {key: session[f"compose_spec_{key}"] for key, _, _ in SPECIFIC_FIELDS}
        specifics = compose.normalise_specifics({**parse_other(session["compose_spec_other"]), **specifics})
    except InputError as err:
        flash("error", str(err))
        return
    filled, before = [], []

    def change(d: Draft) -> Draft:
        before.append(d)
        with_specifics = replace(d, specifics=specifics)
        filled.extend(compose.fills(d.blocks, specifics, title=d.title))
        return compose.fill_draft(with_specifics)

    if not change_draft(change, undo="修改本年信息"):
        return
    if compose.fill_draft(replace(before[-1], specifics=specifics)) != before[-1]:
        flash("success", f"已保存本年信息，填入 {len(filled)} 处占位符。" if filled else "已保存本年信息。")
    else:
        # the button after a field that was saved as it was left (the two may reach the server as two runs): the
        # click is confirmed all the same, or the first run's message would vanish with the second
        flash("success", "已保存本年信息，没有新的占位符要填。")


def on_fill() -> None:
    change_draft(compose.fill_draft, done="已用本年信息填写占位符。", undo="填写占位符")


def on_suggestions(indexes: tuple[int, ...]) -> None:
    def change(d: Draft) -> Draft:
        found = compose.stale_specifics(d.blocks, d.specifics)
        return replace(d, blocks=compose.apply_suggestions(d.blocks, [found[i] for i in indexes if i < len(found)]))

    change_draft(change, done=f"已替换 {len(indexes)} 处。", undo=f"替换 {len(indexes)} 处")


def insertion_point(blocks, where: int) -> int | None:
    """``compose.place_blocks``'s ``after`` for the place picked (``INSERT_KEY``): None at the top, ``len(blocks)``
    at the end, else a block."""
    return len(blocks) if where == END or where >= len(blocks) else None if where == START else where


def add_blocks(new: list, picked_keys: list[str]) -> bool:
    """Add ``new`` where the page says; once saved, untick ``picked_keys``, the ticks they were picked by (refused:
    they stay, to add the same paragraphs with one click). Whether it was saved."""
    if not new:
        flash("warning", "请先勾选要添加的段落。")
        return False
    where, as_child = st.session_state.get(INSERT_KEY, END), st.session_state.get(AS_CHILD_KEY, True)
    anchor = []

    def change(d: Draft) -> Draft:
        blocks, last = compose.place_blocks(d.blocks, new, insertion_point(d.blocks, where), as_child=as_child)
        anchor.append(last)
        return replace(d, blocks=blocks)

    if not change_draft(change, done=f"已添加 {len(new)} 段。", undo=f"添加 {len(new)} 段"):
        return False
    for key in picked_keys:
        st.session_state[key] = False
    if where != END:  # the next addition goes beside these, keeping the order of picking
        st.session_state[INSERT_KEY] = anchor[-1]
        st.session_state[AS_CHILD_KEY] = False
    return True


def on_add_picked(offered: list, prefix: str) -> None:
    """``offered``: (key suffix, stored block) pairs shown with checkboxes ``prefix + suffix``."""
    ticked = [(f"{prefix}{suffix}", block) for suffix, block in offered if st.session_state.get(f"{prefix}{suffix}")]
    add_blocks([compose.from_block(block) for _, block in ticked], [key for key, _ in ticked])


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
    if add_blocks([block], []):  # refused: the text stays in its box
        st.session_state["compose_own_text"] = ""


def on_new() -> None:
    library = state.library()
    db_path, revision = str(library.path), state.library_revision(library)
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
    library = state.library()
    try:
        stored = library.copy_draft(draft_id)
    except InputError as err:
        flash("error", str(err))
        return
    open_draft(stored.id)
    flash("success", f"已复制为《{render.md_escape(stored.draft.title)}》。")


def on_delete(draft_id: int, title: str) -> None:
    library = state.library()
    try:
        library.delete_draft(draft_id)
    except InputError as err:
        flash("error", str(err))
        return
    st.session_state[DELETED_KEY] = (draft_id, title)
    st.session_state.pop(DRAFT_KEY, None)
    st.session_state.pop(BASE_KEY, None)


def on_restore(draft_id: int) -> None:
    library = state.library()
    try:
        stored = library.restore_draft(draft_id)
    except InputError as err:
        flash("error", str(err))
        return
    st.session_state.pop(DELETED_KEY, None)
    open_draft(stored.id)
    flash("success", f"已恢复草稿《{render.md_escape(stored.draft.title)}》。")


def on_save_rules() -> None:
    library = state.library()
    try:
        saved = library.save_staleness_rules(st.session_state["compose_rules_text"])
    except InputError as err:
        flash("error", str(err))
        return
    flash("success", f"已保存 {saved} 条过时提示规则，立即生效。")


def on_reset_rules() -> None:
    library = state.library()
    library.reset_staleness_rules()
    st.session_state["compose_rules_text"] = compose.DEFAULT_RULES.read_text(encoding="utf-8")
    flash("success", "已恢复默认的过时提示规则。")


def on_kind() -> None:
    """A new kind brings its title pattern, unless the drafter wrote a title of their own."""
    session = st.session_state  # also called with nothing changed, before a text's callback: nothing written then
    title, pattern = session.get("compose_new_title", "").strip(), compose.title_pattern(session["compose_new_kind"])
    if title != pattern and title in {compose.title_pattern(k) for k in KINDS} | {""}:
        st.session_state["compose_new_title"] = pattern
