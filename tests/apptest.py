"""Driving the real app with Streamlit's AppTest: start it, open a page, read what it shows."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from .conftest import ROOT

APP = ROOT / "streamlit_app.py"


def start(timeout: float = 90) -> AppTest:
    """Run the entry point once (on a fresh store this imports the sample corpus)."""
    at = AppTest.from_file(str(APP), default_timeout=timeout).run()
    assert not at.exception
    return at


def open_page(page: str, timeout: float = 90) -> AppTest:
    """Run one page directly (a path such as "app/pages/check.py"), as its address would open it."""
    at = AppTest.from_file(str(ROOT / page), default_timeout=timeout).run()
    assert not at.exception
    return at


def metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def page_html(at: AppTest) -> str:
    """All HTML the page drew with st.html, joined."""
    return "\n".join(h.value for h in at.html)
