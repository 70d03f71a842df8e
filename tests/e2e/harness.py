"""Drive the real app in Debian's Chromium: start ``streamlit run`` on a free loopback port with a
store of its own, launch the browser offline, and wait for Streamlit's reruns to finish.

Used by the browser suite (``tests/e2e``) and by ``benchmarks/bench_ui.py``. Nothing here downloads
anything: Playwright's own browser builds are never used, and every request that is not for the
app's loopback address is aborted.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("JIHUA_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--no-proxy-server",
    "--disable-dev-shm-usage",
    "--disable-extensions",
    "--mute-audio",
]
VIEWPORT = {"width": 1400, "height": 900}
SERVER_START_S = 90  # until the health check answers (a few seconds here)
RERUN_TIMEOUT_MS = 120_000  # the slowest rerun the suite waits for (the 5 MB import, groups of the library)

# Every page records when its DOM last changed: Streamlit draws the last deltas of a run a few hundred
# milliseconds after it reports the run finished, so "idle" also means "nothing has changed lately".
# It also records when it last asked the server for a run (a click, a committed text, a page in the
# sidebar: the BackMsg ``rerun_script``, field 11) and when the server last reported a run over (the
# ForwardMsg ``script_finished``, field 6, other than FINISHED_EARLY_FOR_RERUN, 2). A run is asked
# for without any sign on the page: until it starts, the page still says "not running" and its DOM
# may be quiet, and an action made then is merged with the pending one (two clicks of one button
# become one rerun, two committed fields one), so idle also means "no run asked for is still to come".
_WATCH_DOM = """(() => {
  window.__jihuaChanged = performance.now();
  new MutationObserver(() => { window.__jihuaChanged = performance.now(); })
    .observe(document, {subtree: true, childList: true, characterData: true, attributes: true});
  window.__jihuaAsked = 0; window.__jihuaFinished = 0;
  const fields = (data) => {  // the top-level fields of a protobuf message: [[number, varint or null]]
    const bytes = data instanceof ArrayBuffer ? new Uint8Array(data)
      : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : null;
    const found = [];
    let at = 0;
    const varint = () => {
      let value = 0, scale = 1, byte;
      do { byte = bytes[at++]; value += (byte & 0x7f) * scale; scale *= 128; } while (byte & 0x80 && at < bytes.length);
      return value;
    };
    while (bytes && at < bytes.length) {
      const tag = varint(), number = Math.floor(tag / 8), wire = tag % 8;
      if (wire === 0) found.push([number, varint()]);
      else if (wire === 2) { const length = varint(); at += length; found.push([number, null]); }
      else if (wire === 1) at += 8;
      else if (wire === 5) at += 4;
      else break;
    }
    return found;
  };
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (data) {
    if (fields(data).some(([number]) => number === 11)) window.__jihuaAsked = performance.now();
    return send.call(this, data);
  };
  window.WebSocket = class extends WebSocket {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (event) => {
        if (fields(event.data).some(([number, status]) => number === 6 && status !== 2))
          window.__jihuaFinished = window.__jihuaChanged = performance.now();
      });
    }
  };
})();"""
QUIET_MS = 300

# The app is idle: connected, no run asked for and not yet reported over, no script running, no stale
# element left from the last run, no status widget, and the DOM unchanged for ``quiet`` ms (QUIET_MS
# in the tests).
IDLE = """(quiet) => {
  const app = document.querySelector('[data-testid="stApp"]');
  return !!app && app.dataset.testConnectionState === 'CONNECTED'
    && (window.__jihuaAsked || 0) <= (window.__jihuaFinished || 0)
    && app.dataset.testScriptState === 'notRunning'
    && !document.querySelector('[data-testid="stStatusWidget"]')
    && !document.querySelector('[data-stale="true"]')
    && performance.now() - (window.__jihuaChanged || 0) >= quiet;
}"""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class AppServer:
    """``streamlit run SCRIPT`` (the app by default) on ``address`` (127.0.0.1; another 127.x address
    stands for an office network) with ``JIHUA_DB=db``, its output in ``log``."""

    def __init__(self, db: Path, log: Path, script: str | Path = "streamlit_app.py", address: str = "127.0.0.1"):
        self.db, self.log, self.script, self.address = Path(db), Path(log), str(script), address
        self.port: int | None = None
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://{self.address}:{self.port}/"

    def start(self, *, port: int | None = None, timeout: float = SERVER_START_S) -> AppServer:
        """Start on ``port`` (a restart on the same address, so open tabs reconnect) or a free one."""
        for attempt in range(5):  # the port was taken meanwhile: another free one, or the same one again
            if attempt and port:
                time.sleep(1)
            self.port = port or free_port()
            env = {**os.environ, "JIHUA_DB": str(self.db), "PYTHONUNBUFFERED": "1"}
            command = [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                self.script,
                "--server.address",
                self.address,
                "--server.port",
                str(self.port),
                "--server.headless",
                "true",
                "--browser.gatherUsageStats",
                "false",
                "--server.fileWatcherType",
                "none",
                "--server.runOnSave",
                "false",
            ]
            with self.log.open("a", encoding="utf-8") as log:
                log.write(f"\n--- start on port {self.port}: {' '.join(command)}\n")
                log.flush()
                self.process = subprocess.Popen(
                    command,
                    cwd=ROOT,
                    env=env,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    stdin=subprocess.DEVNULL,
                    start_new_session=True,
                )
            if self._wait_healthy(timeout):
                return self
            self.stop()
            if "already in use" not in self.log_tail():
                break
        raise RuntimeError(f"streamlit did not start within {timeout:.0f} s:\n{self.log_tail()}")

    def _wait_healthy(self, timeout: float) -> bool:
        direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback: never a proxy
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                return False
            try:
                with direct.open(f"{self.url}_stcore/health", timeout=2) as answer:
                    if answer.status == 200:
                        return True
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.2)
        return False

    def stop(self, *, hard: bool = False) -> None:
        """End the server: SIGTERM (SIGKILL with ``hard``, as a crash would), SIGKILL if it lingers."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        try:
            os.killpg(process.pid, signal.SIGKILL if hard else signal.SIGTERM)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=15)

    def log_tail(self, lines: int = 60) -> str:
        try:
            return "\n".join(self.log.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
        except OSError:
            return ""


def launch_browser(playwright):
    """Debian's Chromium, headless, with nothing of its own reaching the network."""
    return playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)


def new_context(browser, **options):
    """A browser context (its own cookies, so its own Streamlit session) that can reach only loopback (127.x)."""
    context = browser.new_context(viewport=VIEWPORT, accept_downloads=True, locale="zh-CN", **options)
    context.set_default_timeout(60_000)

    def only_loopback(route):
        url = route.request.url
        if re.match(r"(https?|wss?)://127\.\d+\.\d+\.\d+:|data:|blob:|about:", url):
            route.continue_()
        else:
            route.abort()

    context.route("**/*", only_loopback)
    context.add_init_script(_WATCH_DOM)
    return context


def settle(page, timeout: float = RERUN_TIMEOUT_MS) -> None:
    """Wait until Streamlit has finished the rerun an action started and has drawn all of it.

    A click reaches the server over the websocket a little later: wait a moment first, then for the
    idle state twice. Idle includes the end of every run the page has asked for: under load the
    server can take longer to start a run than the page stays quiet, and the next action would
    otherwise be merged into the pending run (one 撤销 for two clicks).
    """
    page.wait_for_timeout(100)
    deadline = time.monotonic() + timeout / 1000
    while True:
        remaining = max(1.0, (deadline - time.monotonic()) * 1000)
        page.wait_for_function(IDLE, arg=QUIET_MS, timeout=remaining, polling=50)
        page.wait_for_timeout(60)
        if page.evaluate(IDLE, QUIET_MS):
            return
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not settle")


def goto(page, server: AppServer, path: str = "", heading: str | None = None) -> None:
    """Open a page of the app by URL (a new Streamlit session) and wait for it to be drawn."""
    page.goto(server.url + path, wait_until="domcontentloaded")
    page.locator("h1").first.wait_for(state="visible", timeout=RERUN_TIMEOUT_MS)
    if heading:
        page.locator("h1", has_text=heading).wait_for(state="visible", timeout=RERUN_TIMEOUT_MS)
    settle(page)


def navigate(page, title: str) -> None:
    """Click a page in the sidebar and wait for its title and the end of its run."""
    page.locator('[data-testid="stSidebarNav"] a', has_text=title).click()
    page.locator("h1", has_text=title).wait_for(state="visible", timeout=RERUN_TIMEOUT_MS)
    settle(page)


def _page(scope):
    return scope if hasattr(scope, "goto") else scope.page


def widget(scope, test_id: str, label: str):
    """The Streamlit widget of type ``test_id`` (stSelectbox, stTextInput …) whose label contains ``label``."""
    return (
        scope.locator(f'[data-testid="{test_id}"]')
        .filter(has=_page(scope).locator('[data-testid="stWidgetLabel"]', has_text=label))
        .first
    )


def field(scope, label: str):
    """The text box (``st.text_input`` or ``st.text_area``) labelled exactly ``label``."""
    return scope.locator(f'input[aria-label="{label}"], textarea[aria-label="{label}"]').first


def type_into(scope, label: str, text: str) -> None:
    """Replace the text of a box and commit it as a person does (Enter; Ctrl+Enter in a text area)."""
    box = field(scope, label)
    box.fill(text)
    is_area = box.evaluate("e => e.tagName === 'TEXTAREA'")
    box.press("Control+Enter" if is_area else "Enter")
    settle(_page(scope))


def choose(scope, label: str, option: str) -> None:
    """Pick the option containing ``option`` in the selectbox labelled ``label``."""
    page = _page(scope)
    box = widget(scope, "stSelectbox", label)
    box.scroll_into_view_if_needed()
    search = box.locator("input")
    search.click()
    search.fill(option)  # long lists are virtual: narrow them down as a person would, by typing
    page.locator('[role="option"]', has_text=option).first.click()
    settle(page)


def selected(scope, label: str) -> str:
    """The option shown in the selectbox labelled ``label``."""
    box = widget(scope, "stSelectbox", label)
    return box.evaluate("""box => { const input = box.querySelector('input');
      return (input && input.value) || box.querySelector('[data-baseweb="select"]').innerText; }""").strip()


def metric(scope, label: str) -> str:
    """The value shown by the ``st.metric`` labelled exactly ``label``."""
    card = scope.locator('[data-testid="stMetric"]').filter(
        has=_page(scope).locator('[data-testid="stMetricLabel"]', has_text=re.compile(f"^{re.escape(label)}$"))
    )
    return card.locator('[data-testid="stMetricValue"]').first.inner_text().strip()


def alert(scope, text: str, timeout: float = 15_000):
    """The visible message box (st.success / info / warning / error) containing ``text``."""
    box = scope.locator('[data-testid="stAlert"]', has_text=text).first
    box.wait_for(state="visible", timeout=timeout)
    return box


def grid_rows(scope, column: str) -> list[dict[str, str]]:
    """The rows of the ``st.dataframe`` that has a column named ``column``, as dicts by column name.

    The grid is drawn on a canvas; its accessible table (the rows scrolled into view) is read.
    """
    grid = (
        scope.locator('[data-testid="stDataFrame"]')
        .filter(has=_page(scope).locator('th[role="columnheader"]', has_text=re.compile(f"^{re.escape(column)}$")))
        .first
    )
    grid.locator('td[role="gridcell"]').first.wait_for(state="attached")
    return grid.evaluate("""grid => {
      const heads = [...grid.querySelectorAll('th[role="columnheader"]')].map(th => th.innerText.trim());
      return [...grid.querySelectorAll('tbody tr[role="row"]')].map(row =>
        Object.fromEntries([...row.querySelectorAll('td[role="gridcell"]')]
          .map((td, i) => [heads[i], td.innerText.trim()])));
    }""")


def upload(scope, files, *, label: str | None = None) -> None:
    """Put ``files`` ((name, mime type, bytes) triples) into a file uploader and wait until every
    one is uploaded (or refused by the uploader itself)."""
    zone = widget(scope, "stFileUploader", label) if label else scope.locator('[data-testid="stFileUploader"]').first
    zone.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
        [{"name": name, "mimeType": mime, "buffer": data} for name, mime, data in files]
    )
    chips = zone.locator('[data-testid="stFileChip"]')
    _page(scope).wait_for_function(
        "([zone, n]) => zone.querySelectorAll('[data-testid=\"stFileChip\"]').length >= n"
        " && !zone.querySelector('[data-testid=\"stFileChipIconSpinner\"]')",
        arg=[zone.element_handle(), len(files)],
        timeout=RERUN_TIMEOUT_MS,
    )
    assert chips.count() >= len(files)
    settle(_page(scope))
