"""计划工坊: the entry point. Page navigation and the shared library cache, nothing else.

Run with ``streamlit run streamlit_app.py``.
"""
import streamlit as st

import app_support

st.set_page_config(page_title="计划工坊", layout="wide")

# Open the shared library now: on the very first start this imports the sample corpus.
app_support.library()

page = st.navigation([
    st.Page("app_pages/library.py", title="文库", icon=":material/library_books:", default=True),
    st.Page("app_pages/boilerplate.py", title="模板段落", icon=":material/content_copy:"),
    st.Page("app_pages/compose.py", title="起草", icon=":material/edit_document:"),
    st.Page("app_pages/check.py", title="查重", icon=":material/plagiarism:"),
])
page.run()
