"""计划工坊: the entry point. Page navigation and the shared library, nothing else.

Run with ``streamlit run streamlit_app.py``.
"""

import streamlit as st

from app import render, state

page = st.navigation(
    [
        st.Page("app/pages/library.py", title="文库", icon=":material/library_books:", default=True),
        st.Page("app/pages/boilerplate.py", title="模板段落", icon=":material/content_copy:"),
        st.Page("app/pages/compose.py", title="起草", icon=":material/edit_document:"),
        st.Page("app/pages/check.py", title="查重", icon=":material/plagiarism:"),
    ]
)
# First of all, before anything a newer run could stop this one at: which page was asked for.
state.note_page(page.url_path or "library")
st.set_page_config(page_title="计划工坊", layout="wide")
st.html(render.CHINESE_UI_CSS)  # Streamlit's own hints and statuses in Chinese (app/render.py)

# Open the shared library now: on the very first start this imports the sample corpus.
state.library()

page.run()
