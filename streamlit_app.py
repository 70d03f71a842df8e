"""计划工坊: the entry point. The sign-in gate, page navigation and the shared library, nothing else.

Run with ``streamlit run streamlit_app.py`` (single-user on 127.0.0.1), or for an office with
accounts on, see the README.
"""

import logging

import streamlit as st

from app import render, signin, state
from nlp import access
from nlp.errors import InputError

# Errors are told to the person in Chinese and logged here, on the server, with their details.
state.note_page()  # first: a newer run can stop this one at any Streamlit call below
logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
st.set_page_config(page_title="计划工坊", layout="wide")
st.html(render.CHINESE_UI_CSS)  # Streamlit's own hints and statuses in Chinese (app/render.py)

try:
    # Open the store now: on the very first start this imports the sample corpus.
    state.store()
except InputError as err:  # the library file cannot be used: say why, show nothing else
    st.error(str(err))
    st.stop()

who = signin.signed_in()
pages = [
    st.Page("app/pages/library.py", title="文库", icon=":material/library_books:", default=True),
    st.Page("app/pages/boilerplate.py", title="模板段落", icon=":material/content_copy:"),
    st.Page("app/pages/compose.py", title="起草", icon=":material/edit_document:"),
    st.Page("app/pages/check.py", title="查重", icon=":material/plagiarism:"),
    st.Page("app/pages/cycle.py", title="对照与年度对比", icon=":material/compare:"),
]
# Single-user mode keeps today's pages; accounts, units and the audit log are then the CLI's.
if who is None or not who.all_units:
    pages.append(st.Page("app/pages/review.py", title="审阅", icon=":material/rate_review:"))
    if who is None or who.role == access.ADMIN:
        pages.append(st.Page("app/pages/admin.py", title="管理", icon=":material/admin_panel_settings:"))
# The federation's screening: for its administrators (and the single user).
if who is None or who.all_units or who.role == access.ADMIN:
    pages.append(st.Page("app/pages/federation.py", title="联合会筛查", icon=":material/groups:"))
# Not signed in: the navigation is hidden and no page runs (it only keeps the address asked for, so
# the sign-in leads there); the sign-in form is all that is drawn.
page = st.navigation(pages, position="sidebar" if who else "hidden")
if who is None:
    signin.form()
    st.stop()
signin.sidebar(who)
state.switch_if_asked(page.url_path or "library")
try:
    page.run()
except InputError as err:  # a fault no page handled itself (a full disk, a damaged file): told, not a traceback
    st.error(str(err))
