"""审阅: share a draft with a reviewer, comment on its blocks, answer and resolve, compare two revisions.

Every read and write goes through ``state.library()`` (``nlp.access.ScopedLibrary``): a draft that is
not the person's to see is "not found", an action their role does not allow is refused there.
"""

from __future__ import annotations

import html

import streamlit as st

from app import render, state
from nlp import access, usecases
from nlp.errors import InputError

DRAFT_KEY = "review_draft"

library = state.library()
who = library.actor

st.title("审阅")
st.caption("起草人把草稿共享给审阅人；审阅人按段批注，起草人回复并标为已解决。每次保存都留一版，任意两版可以逐段对比。")


def attempt(action, *args, **kwargs) -> None:
    """Run a change, show its refusal in Chinese, rerun on success."""
    try:
        action(*args, **kwargs)
    except InputError as err:
        st.session_state["review_error"] = str(err)


if error := st.session_state.pop("review_error", None):
    st.error(error)

drafts = library.drafts()
if not drafts:
    st.info("还没有你能看到的草稿：起草人在“起草”页新建草稿，或请起草人把草稿共享给你。")
    st.stop()
titles = {d.id: f"{d.title}（编号 {d.id}，第 {d.revision} 版）" for d in drafts}
if st.session_state.get(DRAFT_KEY) not in titles:
    st.session_state[DRAFT_KEY] = next(iter(titles))
draft_id = st.selectbox("草稿", list(titles), format_func=titles.get, key=DRAFT_KEY)
stored = library.draft(draft_id)
draft = stored.draft
comments = library.comments(draft_id)
answers: dict[int, list] = {}
for comment in comments:
    if comment.parent_id is not None:
        answers.setdefault(comment.parent_id, []).append(comment)

comments_tab, share_tab, revisions_tab = st.tabs(["批注", "共享", "版本对比"])

with comments_tab:
    open_count = sum(c.parent_id is None and c.resolved_at is None for c in comments)
    st.caption(f"未解决的批注 {open_count} 条")

    def block_label(index: int | None) -> str:
        if index is None:
            return "全文"
        block = draft.blocks[index]
        return f"第{index + 1}段 {(block.marker or '')}{block.text[:30]}"

    for index in [None, *range(len(draft.blocks))]:
        thread = [c for c in comments if c.parent_id is None and c.block == index]
        if index is not None:
            block = draft.blocks[index]
            st.markdown(f"**{index + 1}.** {render.md_escape((block.marker or '') + block.text)}")
        for comment in thread:
            resolved = "（已解决）" if comment.resolved_at else ""
            with st.container(border=True):
                st.markdown(
                    f"💬 **{render.md_escape(comment.author)}** {render.format_time(comment.created_at)}{resolved}："
                    f"{render.md_escape(comment.text)}"
                )
                for answer in answers.get(comment.id, []):
                    st.markdown(f"↳ **{render.md_escape(answer.author)}**：{render.md_escape(answer.text)}")
                if comment.resolved_at is None:
                    reply = st.text_input("回复", key=f"review_reply_{comment.id}", label_visibility="collapsed")
                    left, right = st.columns(2)
                    left.button(
                        "回复",
                        key=f"review_answer_{comment.id}",
                        on_click=attempt,
                        args=(library.add_comment, draft_id, comment.block, reply),
                        kwargs={"parent_id": comment.id},
                    )
                    right.button(
                        "标为已解决",
                        key=f"review_resolve_{comment.id}",
                        on_click=attempt,
                        args=(library.resolve_comment, comment.id),
                    )
    with st.form("review_new_comment", clear_on_submit=True):
        where = st.selectbox("批注位置", [None, *range(len(draft.blocks))], format_func=block_label)
        text = st.text_area("批注内容")
        if st.form_submit_button("添加批注", type="primary"):
            attempt(library.add_comment, draft_id, where, text)
            st.rerun()

with share_tab:
    shares = library.draft_shares(draft_id)
    if shares:
        for share in shares:
            st.markdown(f"- {render.md_escape(share.person)}：{'可修改' if share.can_edit else '阅读和批注'}")
    else:
        st.caption("这份草稿还没有共享给任何人。")
    people = [p for p in library.people() if p.id != who.person_id]
    if who.all_units or not people:
        st.caption("单用户模式没有账号可共享；管理员在“管理”页建立账号后即可共享。")
    else:
        with st.form("review_share"):
            names = [p.name for p in people]
            roles = {p.name: p.role for p in people}
            person = st.selectbox("共享给", names, format_func=lambda n: f"{n}（{roles[n]}）")
            can_edit = st.checkbox("允许修改（默认只能阅读和批注）")
            if st.form_submit_button("共享"):
                attempt(library.share_draft, draft_id, person, can_edit=can_edit)
                st.rerun()

with revisions_tab:
    revisions = {r.revision: r for r in library.draft_revisions(draft_id)}
    if len(revisions) < 2:
        st.caption("这份草稿只有一版；保存修改后即可对比。")
    else:
        numbers = list(revisions)
        left, right = st.columns(2)
        old = left.selectbox("旧版", numbers, index=len(numbers) - 2, format_func=lambda n: f"第 {n} 版")
        new = right.selectbox("新版", numbers, index=len(numbers) - 1, format_func=lambda n: f"第 {n} 版")
        changes = usecases.compare_revisions(revisions[old].blocks, revisions[new].blocks)
        changed = [c for c in changes if c.kind != "same"]
        st.caption(
            f"第 {old} 版（{render.md_escape(revisions[old].saved_by or '—')}）→ 第 {new} 版"
            f"（{render.md_escape(revisions[new].saved_by or '—')}）：改动 {len(changed)} 段"
        )
        labels = {"changed": "修改", "added": "新增", "removed": "删除"}
        rows = []
        for change in changed:
            if change.kind == "changed":
                body = render.diff_html(change.old, change.new)
            else:
                body = html.escape(change.new if change.kind == "added" else change.old)
            rows.append(f"<p><b>{labels[change.kind]}</b>：{body}</p>")
        if rows:
            st.html("".join(rows))
        else:
            st.caption("两版内容相同。")

if who.role == access.REVIEWER:
    st.caption("你是审阅人：可以阅读和批注共享给你的草稿；起草人给了修改权限才能在“起草”页修改。")
