"""Responsiveness in the browser: time from a click to the updated page, against an empty page's rerun.

    python -m benchmarks.bench_ui              # 10 of each interaction (about 2 minutes here)
    python -m benchmarks.bench_ui --smoke      # 2 of each: checks that it runs (the test suite runs this)

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
"""

from __future__ import annotations

import argparse
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
    widget,
)
from tests.e2e.samples import check_draft

from . import reporting

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
GROUPS = ("工会工作上一个台阶", "院务公开")


def timed(page, action) -> tuple[float, float]:
    """Milliseconds from the input event ``action()`` causes to the last DOM change of its rerun, and
    how long of that the script ran (from the page's "running" to its "not running")."""
    page.evaluate("() => { window.__benchInput = 0; window.__benchRunStart = 0; window.__benchRunEnd = 0; }")
    action()
    page.mouse.move(1, 1)  # no hover tooltip drawn after the rerun
    page.wait_for_timeout(100)
    page.wait_for_function(IDLE, arg=QUIET_MS, timeout=120_000, polling=25)
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
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    repeat = 2 if args.smoke else args.repeat
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
