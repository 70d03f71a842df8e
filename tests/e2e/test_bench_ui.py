"""The responsiveness benchmark (benchmarks/bench_ui.py) still runs: its --smoke mode, in a process of
its own (it starts its own servers and Chromium). The figures are the benchmark's business, not a test's."""

from __future__ import annotations

import json
import subprocess
import sys

from .harness import ROOT

INTERACTIONS = {
    "empty page: tick a checkbox",
    "switch page: to 模板段落",
    "open a group (模板段落)",
    "add a block: 添加所选段落",
    "查重: paste a draft, Ctrl+Enter",
}


def run_smoke(out, *options: str) -> subprocess.CompletedProcess:
    """``bench_ui --smoke`` with ``options``, its results in ``out``; asserts that it succeeded."""
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_ui", "--smoke", *options, "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return done


def test_the_responsiveness_benchmark_runs(browser, tmp_path):  # browser: skipped (or failed in CI) like the suite
    done = run_smoke(tmp_path)
    [path] = tmp_path.glob("ui-smoke-*.json")
    rows = {row["interaction"]: row for row in json.loads(path.read_text(encoding="utf-8"))["results"]}
    assert set(rows) >= INTERACTIONS
    assert all(row["runs"] in (2, 6) and row["median_ms"] > 0 for row in rows.values())
    assert rows["empty page: tick a checkbox"]["ratio_to_empty"] == 1.0
    assert "| median ÷ empty page |" in done.stdout


SCALE_STEPS = {
    "模板段落: first visit after a restart",
    "查重: first check after a restart",
    "起草: create a draft",
    "switch page (any of four)",
    "模板段落 after importing one file",
    "查重 after importing one file",
    "rss_mb",
    "idle_rss_mb",
    "idle_anon_mb",
}


def test_the_scale_benchmark_runs(browser, tmp_path):  # the sample library against 1 000 synthetic blocks more
    done = run_smoke(tmp_path, "--scale", "1000")
    [path] = tmp_path.glob("ui-scale-smoke-*.json")
    result = json.loads(path.read_text(encoding="utf-8"))
    assert result["blocks"]["big"] > result["blocks"]["sample"] + 900  # the synthetic blocks were imported
    rows = {row["step"]: row for row in result["results"]}
    assert set(rows) >= SCALE_STEPS
    assert all(row["ratio"] > 0 for row in rows.values())
    assert "| big ÷ sample |" in done.stdout
