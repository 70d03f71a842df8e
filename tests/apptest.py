"""Driving the real app with Streamlit's AppTest: start it, open a page, read what it shows."""

from __future__ import annotations

import functools

from streamlit.components.v2 import manifest_scanner
from streamlit.runtime.scriptrunner.script_cache import ScriptCache
from streamlit.testing.v1 import AppTest, app_test, local_script_runner

from .conftest import ROOT

APP = ROOT / "streamlit_app.py"

# A Streamlit server compiles each page once (its ScriptCache) and looks for installed component
# packages once, at start. AppTest does the first on every run (0.08 s for 起草: parse, magic,
# compile) and the second, reading the metadata of every installed distribution, for every new
# AppTest (0.2 s). Neither the pages nor the installed packages change during a test run, so the
# tests share one of each, as the server's sessions do.
_SCRIPTS = ScriptCache()
app_test.ScriptCache = local_script_runner.ScriptCache = lambda: _SCRIPTS
manifest_scanner.scan_component_manifests = functools.cache(manifest_scanner.scan_component_manifests)


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
