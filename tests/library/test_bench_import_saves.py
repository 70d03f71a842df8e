"""The benchmark of the saves after an import (benchmarks/bench_import_saves.py) still runs: its --smoke
mode, in processes of its own, on the sample corpus: the 模板段落 side, then the 查重 side after an import
and after a removal, each with its reports compared with a build's."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def test_the_smoke_run_saves_after_an_import_and_reports_what_it_wrote():
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_import_saves", "--smoke"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    report, *checks = [line for line in lines if "side" in line]
    assert report["side"] == "模板段落"
    assert report["saves_written_mb"] > 0  # the import changed the library: its indexes were saved again
    assert report["saves_written_mb"] <= report["written_in_all_mb"]
    assert 0 < report["vmrss_end_mb"] <= report["vmhwm_mb"]
    assert report["run_after_import_cpu_s"] > 0
    assert [c["side"] for c in checks] == ["查重", "查重"]  # after the import, after the removal
    assert all(c["saves_written_mb"] > 0 and c["check_after_change_cpu_s"] > 0 for c in checks)
    assert [line for line in lines if "side" not in line] == [{"reports_equal_to_a_build": True}] * 2
