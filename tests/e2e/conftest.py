"""Fixtures of the browser suite: one headless Chromium for the session, an app server per test on
a free loopback port with a store of its own (stopped in teardown, also when the test fails), and
browser contexts that fail the test on any JavaScript dialog or page error.

Without /usr/bin/chromium (or Playwright) the suite is skipped, except in CI (``CI=true``), where
that is a failure: CI installs both.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest

from .harness import CHROMIUM, ROOT, AppServer, launch_browser, new_context

DOCS_SCREENSHOTS = ROOT / "docs" / "screenshots"
_shots: dict[str, Path] = {}  # where this run's screenshots go, set by the session fixture below


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


def _missing() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright is not installed (pip install -r requirements-dev.txt)"
    if not (CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)):
        return f"{CHROMIUM} is missing (apt-get install chromium)"
    return None


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


def _failed(request) -> bool:
    return any(getattr(getattr(request.node, f"report_{when}", None), "failed", False) for when in ("setup", "call"))


@pytest.fixture(scope="package")  # closed when tests/e2e is done, before the rest of the suite
def browser():
    missing = _missing()
    if missing:
        if _in_ci():
            pytest.fail(f"browser tests cannot run in CI: {missing}", pytrace=False)
        pytest.skip(f"browser tests skipped: {missing}")
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    try:
        chromium = launch_browser(playwright)
        try:
            yield chromium
        finally:
            chromium.close()
    finally:
        playwright.stop()


class Servers:
    """Starts app servers for one test; every one is stopped when the test ends."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.started: list[AppServer] = []

    def start(self, db: Path | None = None, *, port: int | None = None, address: str = "127.0.0.1") -> AppServer:
        db = db or self.folder / f"library-{len(self.started)}.sqlite3"
        server = AppServer(db, self.folder / f"server-{len(self.started)}.log", address=address)
        self.started.append(server)
        return server.start(port=port)

    def stop_all(self) -> None:
        for server in self.started:
            server.stop()


@pytest.fixture
def servers(browser, tmp_path, request):
    started = Servers(tmp_path)
    try:
        yield started
    finally:
        started.stop_all()
        if _failed(request):
            for server in started.started:
                print(f"\n--- {server.log} (last lines) ---\n{server.log_tail()}")


@pytest.fixture
def server(servers) -> AppServer:
    """The app on a fresh store: its first page imports the sample corpus."""
    return servers.start()


class Pages:
    """Browser contexts for one test: each its own Streamlit session. Dialogs are dismissed and
    recorded, as are uncaught page errors; the test fails on either."""

    def __init__(self, browser, folder: Path):
        self.browser, self.folder = browser, folder
        self.contexts = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []

    def new(self):
        context = new_context(self.browser)
        self.contexts.append(context)
        page = context.new_page()

        def on_dialog(dialog):
            self.dialogs.append(f"{dialog.type}: {dialog.message}")
            dialog.dismiss()

        page.on("dialog", on_dialog)
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        return page

    def close(self, *, keep_screens: bool) -> None:
        from playwright.sync_api import Error

        for number, context in enumerate(self.contexts):
            if keep_screens:
                for index, page in enumerate(context.pages):
                    with contextlib.suppress(Error):  # a closed or crashed page: nothing to keep
                        page.screenshot(path=str(self.folder / f"failure-{number}-{index}.png"))
            context.close()


@pytest.fixture
def pages(browser, tmp_path, request):
    opened = Pages(browser, tmp_path)
    try:
        yield opened
    finally:
        opened.close(keep_screens=_failed(request))
        if _failed(request):
            print(f"\nscreenshots of the failure: {tmp_path}")
    assert not opened.dialogs, f"a JavaScript dialog opened: {opened.dialogs}"
    assert not opened.errors, f"uncaught errors in the page: {opened.errors}"


@pytest.fixture(scope="session", autouse=True)
def screenshot_folder(request, tmp_path_factory) -> Path:
    """docs/screenshots/ with ``--update-screenshots``; else a folder of this run's own, so that a test
    run leaves the tree as it found it."""
    update = request.config.getoption("--update-screenshots")
    _shots["folder"] = DOCS_SCREENSHOTS if update else tmp_path_factory.mktemp("screenshots")
    return _shots["folder"]


@pytest.fixture
def page(pages):
    return pages.new()


def screenshot(page, name: str, *, top=None) -> Path:
    """Save the visible part of the page (1400×900) as NAME.png in this run's screenshot folder (docs/screenshots/
    with ``--update-screenshots``), palette-compressed;
    ``top``: a locator scrolled to just under the top edge first."""
    from PIL import Image

    if top is not None:
        top.evaluate("""(element) => {
          element.scrollIntoView({block: 'start'});
          let box = element.parentElement;
          while (box && !(box.scrollHeight > box.clientHeight && /auto|scroll/.test(getComputedStyle(box).overflowY)))
            box = box.parentElement;
          if (box) box.scrollBy(0, -72);
        }""")
        page.wait_for_timeout(250)  # the grids redraw their canvas after a scroll
    folder = _shots["folder"]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    page.mouse.move(1, 1)  # no hover tooltip in the picture
    page.screenshot(path=str(path), animations="disabled", caret="hide")
    with Image.open(path) as shot:
        small = shot.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    small.save(path, optimize=True)
    return path
