"""Responsiveness in the browser: time from a click to the updated page, against an empty page's rerun.

    python -m benchmarks.bench_ui              # 10 of each interaction (about 2 minutes here)
    python -m benchmarks.bench_ui --smoke      # 2 of each: checks that it runs (the test suite runs this)
    python -m benchmarks.bench_ui --scale 100000          # the sample library against a big one (below)
    python -m benchmarks.bench_ui --library PATH          # … against the store at PATH

Two servers are started on loopback ports, each with a store of its own: the app (its first page
imports the sample corpus) and an **empty page**, a script with a title, one checkbox and a run counter, run by the
same Streamlit with the same config. Debian's Chromium (headless, offline, as in tests/e2e) drives
both. Each page of the app is visited once first, so its caches (groups, topics, the 查重 index) are
built; the figures are the steady state a person meets after that.

Measured in the browser: from the input event (the ``click``, or the ``keydown`` of Ctrl+Enter that
commits a pasted draft) to the last change of the page's DOM that the rerun caused, found by a
MutationObserver once the app is idle (connected, no script running, nothing stale, the DOM
unchanged for 500 ms). Interactions, each repeated:

- empty page: tick the checkbox (the baseline: Streamlit's own round trip and redraw; timed three
  times as often as the others, being small and noisy);
- switch page: the sidebar link to 模板段落, 起草, 查重 and 文库, in turn;
- open a group: another group in 模板段落's “打开一组” (alternating between two);
- add a block: tick a group in 起草's 模板段落 tab, then “添加所选段落” (both timed; the draft grows);
- 查重: paste a draft (different each time, so no cached result) and press Ctrl+Enter.

Reported: median and slowest time of each, how much of it the script ran (from the page learning
that the run started to learning that it ended; the rest is the round trip and drawing), and the
median's ratio to the empty page's median.
Results go to ``benchmarks/results/ui-*.json``.

**Scale** (``--scale N`` or ``--library PATH``): the same steps, in one run, on the sample library
(the corpus imported through the CLI) and on a big one (``benchmarks/scale_library.py``: the corpus
plus N synthetic blocks imported through the CLI, cached by size; or a copy of the store at PATH),
each in a copy of its store of its own with nothing saved beside it. Per library: start the server,
visit 模板段落 and 查重 once (nothing saved: every index is built and saved), restart it, then time
in a new session the first visit of 模板段落 and the first 查重 (open the page, check a pasted draft)
after the restart, creating a draft in 起草, switching pages (``--repeat`` rounds), importing one
Word plan in 文库, and 模板段落 and 查重 after that import; at the end the server's resident memory
(right after the last step; once the server is idle, the saves it leaves to threads done, and of it the
part not mapped from files, RssAnon; its peak)
and the store's size on disk. Reported: each step's median on both libraries and
the ratio big ÷ sample (the target: at most 2×). Results go to ``benchmarks/results/ui-scale-*.json``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from tests.e2e.harness import (
    IDLE,
    AppServer,
    choose,
    field,
    goto,
    launch_browser,
    navigate,
    new_context,
    settle,
    upload,
    widget,
)
from tests.e2e.samples import DOCX_MIME, check_draft
from tests.files import plan_docx

from . import reporting, scale_library

QUIET_MS = 500
EMPTY_PAGE = """import streamlit as st

st.title("空白页")
st.checkbox("勾选", key="tick")
st.session_state.runs = st.session_state.get("runs", 0) + 1
st.caption(f"第 {st.session_state.runs} 次运行")  # every rerun changes the page, so its end is seen
"""
# Input events and the script's run (as the page learns of it), recorded in the page from its first
# script on; the DOM's last change is the harness's ``window.__jihuaChanged``.
_RECORD = """(() => {
  window.__benchInput = 0; window.__benchRunStart = 0; window.__benchRunEnd = 0;
  for (const kind of ['click', 'keydown'])
    document.addEventListener(kind, e => { window.__benchInput = e.timeStamp || performance.now(); }, true);
  const watchRuns = () => {
    const app = document.querySelector('[data-testid="stApp"]');
    if (!app) { setTimeout(watchRuns, 10); return; }
    new MutationObserver(() => {
      const state = app.dataset.testScriptState, now = performance.now();
      if (state === 'running' && !window.__benchRunStart) window.__benchRunStart = now;
      if (state === 'notRunning' && window.__benchRunStart) window.__benchRunEnd = now;
    }).observe(app, {attributes: true, attributeFilter: ['data-test-script-state']});
  };
  watchRuns();
})();"""
BASELINE = "empty page: tick a checkbox"
SCALE_TIMEOUT_MS = 1_800_000  # a first visit to a big library on a busy machine: minutes
DRAWN_LAST = {  # what a page draws once its indexes are there
    "模板段落": 'h3:has-text("段落组")',
    "文库": 'h3:has-text("文库中的文档")',
    "查重": 'textarea[aria-label="粘贴草稿全文"]',
}
GROUPS = ("工会工作上一个台阶", "院务公开")


def timed(page, action, timeout_ms: float = 120_000) -> tuple[float, float]:
    """Milliseconds from the input event ``action()`` causes to the last DOM change of its rerun, and
    how long of that the script ran (from the page's "running" to its "not running")."""
    page.evaluate("() => { window.__benchInput = 0; window.__benchRunStart = 0; window.__benchRunEnd = 0; }")
    action()
    page.mouse.move(1, 1)  # no hover tooltip drawn after the rerun
    page.wait_for_timeout(100)
    page.wait_for_function(IDLE, arg=QUIET_MS, timeout=timeout_ms, polling=25)
    started, changed, run_start, run_end = page.evaluate(
        "() => [window.__benchInput, window.__jihuaChanged, window.__benchRunStart, window.__benchRunEnd]"
    )
    if not started:
        raise RuntimeError("no input event was recorded")
    return max(0.0, changed - started), max(0.0, run_end - run_start) if run_end else 0.0


def measure(browser, app: AppServer, empty: AppServer, repeat: int) -> dict[str, list[tuple[float, float]]]:
    context = new_context(browser)
    context.add_init_script(_RECORD)
    page = context.new_page()
    times: dict[str, list[tuple[float, float]]] = {}

    def record(name: str, action) -> None:
        times.setdefault(name, []).append(timed(page, action))

    # The empty page: a checkbox's rerun.
    goto(page, empty, "", "空白页")
    for _ in range(3 * repeat):  # the baseline is small and noisy: three times as many
        record(BASELINE, lambda: page.get_by_text("勾选").click())

    # The app, each page visited once so its caches are built; a draft to add to.
    goto(page, app, "", "文库")
    for title in ("模板段落", "起草", "查重", "文库"):
        navigate(page, title)
    navigate(page, "起草")
    page.get_by_role("button", name="创建草稿").click()
    settle(page)
    field(page, "关键词").fill("工会")
    field(page, "关键词").press("Enter")
    settle(page)
    navigate(page, "文库")

    sidebar = page.locator('[data-testid="stSidebarNav"] a')
    for _ in range(repeat):
        for title in ("模板段落", "起草", "查重", "文库"):
            record(f"switch page: to {title}", lambda title=title: sidebar.filter(has_text=title).click())
            page.locator("h1", has_text=title).wait_for()

    navigate(page, "模板段落")
    choose(page, "打开一组", GROUPS[1])
    for round_ in range(repeat):
        wanted = GROUPS[round_ % 2]

        def open_group(wanted=wanted) -> None:
            box = widget(page, "stSelectbox", "打开一组")
            box.locator("input").click()
            box.locator("input").fill(wanted)
            page.locator('[role="option"]', has_text=wanted).first.click()

        record("open a group (模板段落)", open_group)

    navigate(page, "起草")
    offered = page.locator('[data-testid="stCheckbox"]', has_text="次〕")
    for round_ in range(repeat):
        record("add a block: tick it", lambda round_=round_: offered.nth(round_ % 5).locator("label").click())
        record("add a block: 添加所选段落", lambda: page.locator("button:visible", has_text="添加所选段落").click())

    navigate(page, "查重")
    draft = check_draft()
    box = field(page, "粘贴草稿全文")
    for round_ in range(repeat):
        box.fill(f"{draft.text}第{round_ + 1}次检查的补充说明：今年另行安排职工疗休养。\n")
        record("查重: paste a draft, Ctrl+Enter", lambda: box.press("Control+Enter"))
        page.locator(".check-draft").wait_for()
    context.close()
    return times


# --- scale: the sample library against a big one ------------------------------------------------


def memory_mb(server: AppServer) -> tuple[float, float, float]:
    """The server process's resident memory now and at its peak, and of it now the part not mapped
    from files (RssAnon: not the saved indexes' pages, which the page cache holds), in MB (Linux /proc)."""
    fields = dict(
        line.split(":", 1)
        for line in Path(f"/proc/{server.process.pid}/status").read_text().splitlines()
        if ":" in line
    )
    return tuple(round(int(fields[key].split()[0]) / 1024) for key in ("VmRSS", "VmHWM", "RssAnon"))


def cpu_seconds(server: AppServer) -> float:
    """The server process's CPU time so far, all its threads (Linux /proc: utime + stime)."""
    fields = Path(f"/proc/{server.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wait_idle(server: AppServer, quiet_s: float = 2.0, limit_s: float = 120.0) -> float:
    """Wait until the server has used (almost) no CPU for ``quiet_s``: the saves an import's page runs
    leave to threads of their own are done. How long it waited, in seconds (``limit_s`` at most)."""
    start = last_busy = time.monotonic()
    used = cpu_seconds(server)
    while (now := time.monotonic()) - last_busy < quiet_s and now - start < limit_s:
        time.sleep(0.25)
        if (spent := cpu_seconds(server)) - used > 0.02:
            last_busy = time.monotonic()
        used = spent
    return round(time.monotonic() - start, 1)


def check_once(page, round_: int) -> tuple[float, float]:
    """Open 查重 and check a pasted draft (a new one each time): the two timed, added."""
    sidebar = page.locator('[data-testid="stSidebarNav"] a')

    def open_page() -> None:
        sidebar.filter(has_text="查重").click()
        page.locator(DRAWN_LAST["查重"]).wait_for(timeout=SCALE_TIMEOUT_MS)

    opened = timed(page, open_page, SCALE_TIMEOUT_MS)
    draft = check_draft()
    box = field(page, "粘贴草稿全文")
    box.fill(f"{draft.text}第{round_}次检查的补充说明：今年另行安排职工疗休养。\n")
    checked = timed(page, lambda: box.press("Control+Enter"), SCALE_TIMEOUT_MS)
    page.locator(".check-draft").wait_for(timeout=SCALE_TIMEOUT_MS)
    return opened[0] + checked[0], opened[1] + checked[1]


def measure_library(browser, server: AppServer, repeat: int) -> dict:
    """The scale steps on one library (see the module's doc): their times, memory and the store's size."""
    times: dict[str, list[tuple[float, float]]] = {}
    sidebar_link = None

    def session():
        nonlocal sidebar_link
        context = new_context(browser)
        context.add_init_script(_RECORD)
        page = context.new_page()
        goto(page, server, "", "文库")
        sidebar_link = page.locator('[data-testid="stSidebarNav"] a')
        return context, page

    def record(name: str, page, action) -> None:
        times.setdefault(name, []).append(timed(page, action, SCALE_TIMEOUT_MS))

    def visit(page, title: str) -> None:
        sidebar_link.filter(has_text=title).click()
        page.locator("h1", has_text=title).wait_for(timeout=SCALE_TIMEOUT_MS)
        if title in DRAWN_LAST:  # a long run can look idle at moments: wait for what it draws last
            page.locator(DRAWN_LAST[title]).first.wait_for(timeout=SCALE_TIMEOUT_MS)

    server.start()
    context, page = session()
    record("模板段落: first visit, nothing saved", page, lambda: visit(page, "模板段落"))
    times["查重: first check, nothing saved"] = [check_once(page, 0)]
    context.close()
    server.stop()

    server.start()
    context, page = session()
    record("模板段落: first visit after a restart", page, lambda: visit(page, "模板段落"))
    times["查重: first check after a restart"] = [check_once(page, 1)]
    visit(page, "起草")
    settle(page, SCALE_TIMEOUT_MS)
    record("起草: create a draft", page, lambda: page.get_by_role("button", name="创建草稿").click())
    for _ in range(repeat):
        for title in ("文库", "模板段落", "起草", "查重"):
            record("switch page (any of four)", page, lambda title=title: visit(page, title))
    visit(page, "文库")
    settle(page, SCALE_TIMEOUT_MS)
    upload(page, [("2025年医院工会工作计划.docx", DOCX_MIME, plan_docx())])
    record("文库: import one file", page, lambda: page.get_by_role("button", name="导入文库").click())
    record("模板段落 after importing one file", page, lambda: visit(page, "模板段落"))
    times["查重 after importing one file"] = [check_once(page, 2)]
    context.close()
    now, peak, _ = memory_mb(server)
    waited = wait_idle(server)
    idle, _, idle_anon = memory_mb(server)
    server.stop()
    store_mb = server.db.stat().st_size / 2**20
    return {
        "times": times,
        "rss_mb": now,
        "idle_rss_mb": idle,
        "idle_anon_mb": idle_anon,
        "idle_after_s": waited,
        "peak_rss_mb": peak,
        "store_mb": round(store_mb),
    }


def measure_scale(browser, stores: dict[str, Path], folder: Path, repeat: int) -> dict[str, dict]:
    """``measure_library`` of each named store, each a copy of its own in ``folder``."""
    results = {}
    for name, source in stores.items():
        copy = scale_library.copy_store(source, folder / f"{name}.sqlite3")
        server = AppServer(copy, folder / f"{name}.log")
        try:
            results[name] = measure_library(browser, server, repeat)
        except Exception:
            print(f"--- {server.log.name} ---\n{server.log_tail()}", file=sys.stderr)
            raise
        finally:
            server.stop()
    return results


def scale_rows(results: dict[str, dict]) -> list[dict]:
    """Per step: the median on each library and big ÷ sample; then the memory figures."""
    sample, big = results["sample"], results["big"]
    rows = []
    for name, values in sample["times"].items():
        small_ms = statistics.median(total for total, _ in values)
        big_ms = statistics.median(total for total, _ in big["times"][name])
        rows.append(
            {
                "step": name,
                "sample_ms": round(small_ms),
                "big_ms": round(big_ms),
                "big_script_ms": round(statistics.median(run for _, run in big["times"][name])),
                "ratio": round(big_ms / small_ms, 1),
            }
        )
    for key in ("rss_mb", "idle_rss_mb", "idle_anon_mb", "peak_rss_mb", "store_mb"):
        rows.append({"step": key, "sample": sample[key], "big": big[key], "ratio": round(big[key] / sample[key], 1)})
    return rows


def scale_table(rows: list[dict], blocks: dict[str, int]) -> str:
    lines = [
        f"| step | sample ({blocks['sample']} blocks) | big ({blocks['big']} blocks) | of it the script (big) | big ÷ sample |",
        "|---|---|---|---|---|",
    ]
    for row in rows:
        if "sample_ms" in row:
            lines.append(
                f"| {row['step']} | {row['sample_ms']} ms | {row['big_ms']} ms | {row['big_script_ms']} ms "
                f"| {row['ratio']}× |"
            )
        else:
            lines.append(f"| {row['step']} | {row['sample']} MB | {row['big']} MB | | {row['ratio']}× |")
    return "\n".join(lines)


def run_scale(args, repeat: int, argv: list[str] | None) -> int:
    from playwright.sync_api import sync_playwright

    stores = {"sample": scale_library.library(0), "big": args.library or scale_library.library(args.scale)}
    blocks = {name: scale_library.block_count(path) for name, path in stores.items()}
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="bench_ui-scale-") as folder, sync_playwright() as playwright:
        browser = launch_browser(playwright)
        try:
            results = measure_scale(browser, stores, Path(folder), repeat)
        finally:
            browser.close()
    rows = scale_rows(results)
    print(scale_table(rows, blocks))
    load = Path("/proc/loadavg").read_text().split()[:3]
    print(f"\n{time.monotonic() - started:.0f} s in all; load average at the end {' '.join(load)}")
    reporting.save(
        args.out,
        "ui-scale",
        smoke=args.smoke,
        argv=argv,
        program="benchmarks.bench_ui",
        repeat=repeat,
        blocks=blocks,
        load_average=load,
        results=rows,
        raw=results,
    )
    return 0


def summarise(times: dict[str, list[tuple[float, float]]]) -> list[dict]:
    baseline = statistics.median(total for total, _ in times[BASELINE])
    rows = []
    for name, values in times.items():
        totals = [total for total, _ in values]
        median = statistics.median(totals)
        script = statistics.median(run for _, run in values)
        rows.append(
            {
                "interaction": name,
                "runs": len(values),
                "median_ms": round(median),
                "slowest_ms": round(max(totals)),
                "script_median_ms": round(script),
                "ratio_to_empty": round(median / baseline, 1),
            }
        )
    return rows


def table(rows: list[dict]) -> str:
    lines = [
        "| interaction | runs | median | slowest | of it the script run (median) | median ÷ empty page |",
        "|---|---|---|---|---|---|",
    ]
    for row in rows:
        lines.append(
            f"| {row['interaction']} | {row['runs']} | {row['median_ms']} ms | {row['slowest_ms']} ms "
            f"| {row['script_median_ms']} ms | {row['ratio_to_empty']}× |"
        )
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_ui", description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=10, help="how often each interaction is timed")
    parser.add_argument("--smoke", action="store_true", help="2 of each: checks that it runs, not the figures")
    parser.add_argument("--out", type=Path, default=reporting.RESULTS, help="folder for the JSON results")
    parser.add_argument("--scale", type=int, help="the sample library against one of this many synthetic blocks more")
    parser.add_argument("--library", type=Path, help="the sample library against (a copy of) the store at this path")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    repeat = 2 if args.smoke else args.repeat
    if args.scale or args.library:
        return run_scale(args, 1 if args.smoke else repeat, argv)
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="bench_ui-") as folder:
        folder = Path(folder)
        (folder / "empty_page.py").write_text(EMPTY_PAGE, encoding="utf-8")
        app = AppServer(folder / "app.sqlite3", folder / "app.log")
        empty = AppServer(folder / "empty.sqlite3", folder / "empty.log", script=folder / "empty_page.py")
        started = time.monotonic()
        try:
            app.start()
            empty.start()
            with sync_playwright() as playwright:
                browser = launch_browser(playwright)
                try:
                    times = measure(browser, app, empty, repeat)
                finally:
                    browser.close()
        except Exception:
            for server in (app, empty):
                print(f"--- {server.log.name} ---\n{server.log_tail()}", file=sys.stderr)
            raise
        finally:
            app.stop()
            empty.stop()
    rows = summarise(times)
    print(table(rows))
    print(f"\n{repeat} of each, {time.monotonic() - started:.0f} s in all")
    reporting.save(args.out, "ui", smoke=args.smoke, argv=argv, repeat=repeat, results=rows, raw_ms=times)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
