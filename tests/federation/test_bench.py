"""The federation benchmark's smoke size runs end to end: exact answers, planted copies found."""

from __future__ import annotations

import json

from benchmarks.bench_federation import main


def test_benchmark_smoke_run(tmp_path, client):
    assert main(["--smoke", "--out", str(tmp_path), "--cluster", client.scheduler.address]) == 0
    (result,) = tmp_path.glob("federation-smoke-*.json")
    payload = json.loads(result.read_text(encoding="utf-8"))
    figures = payload["figures"]
    assert figures["equal_to_single"] and figures["paragraph_recall"] == 1.0 and figures["planted_paragraphs"] > 0
    assert payload["extrapolation"]["cpu_hours"] > 0
