"""计划工坊: the entry point. Page navigation and the shared library, nothing else.

Run with ``streamlit run streamlit_app.py``.
"""

import logging

import streamlit as st

from app import state
from nlp.errors import InputError

# Errors are told to the person in Chinese and logged here, on the server, with their details.
logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
st.set_page_config(page_title="计划工坊", layout="wide")

try:
    # Open the shared library now: on the very first start this imports the sample corpus.
    state.library()
except InputError as err:  # the library file cannot be used: say why, show nothing else
    st.error(str(err))
    st.stop()

page = st.navigation(
    [
        st.Page("app/pages/library.py", title="文库", icon=":material/library_books:", default=True),
        st.Page("app/pages/boilerplate.py", title="模板段落", icon=":material/content_copy:"),
        st.Page("app/pages/compose.py", title="起草", icon=":material/edit_document:"),
        st.Page("app/pages/check.py", title="查重", icon=":material/plagiarism:"),
        st.Page("app/pages/federation.py", title="联合会筛查", icon=":material/groups:"),
    ]
)
try:
    page.run()
except InputError as err:  # a fault no page handled itself (a full disk, a damaged file): told, not a traceback
    st.error(str(err))
