"""计划工坊: the entry point. The sign-in gate, page navigation and the shared library, nothing else.

Run with ``streamlit run streamlit_app.py`` (single-user on 127.0.0.1), or for an office with
accounts on, see the README.
"""

import streamlit as st

from app import signin, state
from nlp import access

st.set_page_config(page_title="计划工坊", layout="wide")

# Open the store now: on the very first start this imports the sample corpus.
state.store()

who = signin.signed_in()
pages = [
    st.Page("app/pages/library.py", title="文库", icon=":material/library_books:", default=True),
    st.Page("app/pages/boilerplate.py", title="模板段落", icon=":material/content_copy:"),
    st.Page("app/pages/compose.py", title="起草", icon=":material/edit_document:"),
    st.Page("app/pages/check.py", title="查重", icon=":material/plagiarism:"),
]
# Single-user mode keeps today's pages; accounts, units and the audit log are then the CLI's.
if who is None or not who.all_units:
    pages.append(st.Page("app/pages/review.py", title="审阅", icon=":material/rate_review:"))
    if who is None or who.role == access.ADMIN:
        pages.append(st.Page("app/pages/admin.py", title="管理", icon=":material/admin_panel_settings:"))
# Not signed in: the navigation is hidden and no page runs (it only keeps the address asked for, so
# the sign-in leads there); the sign-in form is all that is drawn.
page = st.navigation(pages, position="sidebar" if who else "hidden")
if who is None:
    signin.form()
    st.stop()
signin.sidebar(who)
page.run()
