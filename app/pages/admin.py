"""管理: units, accounts and roles, what the shared library holds, and the audit log (administrators only).

The page only draws: every change goes through ``state.library()`` (``nlp.access.ScopedLibrary``),
which refuses it for anyone but an administrator.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from app import render, state
from nlp import access
from nlp.compose import rules_path
from nlp.errors import InputError

library = state.library()
st.title("管理")
if library.actor.role != access.ADMIN:
    st.error("只有管理员能打开这一页。")
    st.stop()


def attempt(action, *args, **kwargs) -> bool:
    try:
        action(*args, **kwargs)
    except InputError as err:
        st.error(str(err))
        return False
    return True


units = library.units()
unit_names = {u.id: u.name for u in units}
units_tab, people_tab, shared_tab, rules_tab, audit_tab = st.tabs(["单位", "账号", "共享文库", "过时规则", "审计日志"])

with units_tab:
    st.dataframe(pd.DataFrame([{"编号": u.id, "单位": u.name} for u in units]), hide_index=True)
    with st.form("admin_unit", clear_on_submit=True):
        name = st.text_input("新单位名称")
        if st.form_submit_button("新建单位") and attempt(library.add_unit, name):
            st.rerun()

with people_tab:
    people = library.people()
    st.dataframe(
        pd.DataFrame(
            [
                {
                    "编号": p.id,
                    "账号": p.name,
                    "角色": p.role,
                    "单位": unit_names.get(p.unit_id),
                    "状态": "启用" if p.active else "停用",
                }
                for p in people
            ]
        ),
        hide_index=True,
    )
    with st.form("admin_person", clear_on_submit=True):
        st.markdown("**新建账号**")
        name = st.text_input("账号名")
        unit = st.selectbox("单位", list(unit_names), format_func=unit_names.get)
        role = st.selectbox("角色", access.ROLES, index=1)
        password = st.text_input(f"初始密码（至少 {access.MIN_PASSWORD_CHARS} 个字符）", type="password")
        if st.form_submit_button("新建账号") and attempt(library.add_person, name, unit, role, password):
            st.success(f"已创建账号 {name}")
    if people:
        with st.form("admin_update"):
            st.markdown("**修改账号**（改角色、单位、密码或停用，都会让此人重新登录）")
            by_id = {p.id: p for p in people}
            person_id = st.selectbox("账号", list(by_id), format_func=lambda i: by_id[i].name)
            role = st.selectbox("角色", ["（不变）", *access.ROLES])
            unit = st.selectbox(
                "单位", [None, *unit_names], format_func=lambda u: "（不变）" if u is None else unit_names[u]
            )
            password = st.text_input("新密码（留空不变）", type="password")
            active = st.radio("状态", ["（不变）", "启用", "停用"], horizontal=True)
            if st.form_submit_button("保存修改") and attempt(
                library.update_person,
                person_id,
                role=None if role == "（不变）" else role,
                unit_id=unit,
                password=password or None,
                active=None if active == "（不变）" else active == "启用",
            ):
                st.success("已保存")

with shared_tab:
    st.caption("放入共享文库的文件（范文、上级文件）所有单位都能看到，模板段落、主题和查重也会用到它们。")
    files = library.all_files()
    for f in files:
        left, right = st.columns([4, 1])
        left.markdown(
            f"{f.id}. {render.md_escape(f.name)}（{render.md_escape(unit_names.get(f.unit_id, ''))}，{f.documents} 篇）"
        )
        label = "移出共享" if f.shared else "放入共享"
        if right.button(label, key=f"admin_share_{f.id}") and attempt(library.set_file_shared, f.id, not f.shared):
            st.rerun()

with rules_tab:
    st.caption(
        "起草页的过时提示规则（默认规则随程序提供，保存后本文库改用自己的规则，格式见 docs/contracts.md）。保存前会检查每条规则，有误则不保存。"
    )
    with st.form("admin_rules"):
        text = st.text_area("规则", rules_path(library.path).read_text(encoding="utf-8"), height=400)
        if st.form_submit_button("保存规则"):
            try:
                st.success(f"已保存，共 {library.save_staleness_rules(text)} 条规则")
            except InputError as err:
                st.error(str(err))

with audit_tab:
    entries = library.audit_entries(500)
    st.dataframe(
        pd.DataFrame(
            [
                {
                    "时间": render.format_time(e.at),
                    "账号": e.person,
                    "单位": unit_names.get(e.unit_id, ""),
                    "操作": e.action,
                    "对象": e.object,
                    "说明": e.detail,
                    "结果": "成功" if e.ok else "失败",
                }
                for e in entries
            ]
        ),
        hide_index=True,
    )
    st.download_button(
        "导出审计日志（CSV）", library.audit_csv().encode("utf-8-sig"), file_name="审计日志.csv", mime="text/csv"
    )
