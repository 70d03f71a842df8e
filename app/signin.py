"""The sign-in gate: when accounts are on, nothing but this form is drawn until a person signs in.

A small form over ``nlp.access`` rather than streamlit-authenticator: that library keeps its
credentials in a YAML file or dict and its own cookie, while here the accounts, the throttling,
the sessions and the audit log live in the store, where the CLI and the rules see them too.
The session token lives in this browser session's ``st.session_state`` (on the server): a reload
of the page or a new tab asks to sign in again, and signing out ends the token in the store.
"""

from __future__ import annotations

import streamlit as st

from app import state
from nlp import access
from nlp.errors import InputError

EXPIRED_KEY = "signin_expired"


def signed_in() -> access.Actor | None:
    """The person to run the pages for (the local user in single-user mode), or None: then the caller
    draws ``form()`` and nothing else. A session that ended is remembered for the form's message."""
    who = state.actor()
    if who is None and st.session_state.pop(state.SESSION_KEY, None):
        st.session_state[EXPIRED_KEY] = True
    return who


def form() -> None:
    """The sign-in form; on success the run starts again at the address asked for, now signed in."""
    st.title("计划工坊")
    store = state.store()
    if not store.has_people():
        st.warning(
            "这台服务器已对办公网络开放，但还没有任何账号。请在服务器上运行："
            "`python -m nlp user add 名字 --admin --unit 单位` 创建第一个管理员。"
        )
        return
    if st.session_state.pop(EXPIRED_KEY, False):
        st.info("登录已过期或已退出，请重新登录。")
    with st.form("signin"):
        name = st.text_input("账号")
        password = st.text_input("密码", type="password")
        submitted = st.form_submit_button("登录", type="primary")
    if submitted:
        try:
            _, token = access.sign_in(store, name, password, client=st.context.ip_address)
        except InputError as err:
            st.error(str(err))
            return
        st.session_state[state.SESSION_KEY] = token
        st.rerun()


def sidebar(who: access.Actor) -> None:
    """Who is signed in, what library they see, and the sign-out button."""
    units = {u.id: u.name for u in state.store().units()}
    with st.sidebar:
        if who.all_units:
            st.caption("单用户模式（本机，无需登录）：可见全部文库与草稿。")
            return
        st.caption(f"{who.name}（{who.role}，{units.get(who.unit_id, '')}）")
        st.caption(f"可见文库：{units.get(who.unit_id, '')}的文库＋共享文库。模板段落、主题、查重来源都只用这些。")
        if st.button("退出登录"):
            access.sign_out(state.store(), st.session_state.pop(state.SESSION_KEY, None), who)
            st.rerun()
