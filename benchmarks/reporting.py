"""What every benchmark does with a finished size: print it, check the targets, save JSON."""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


def parser(name: str, doc: str, sizes: list[int], smoke: str) -> argparse.ArgumentParser:
    """The options every benchmark has: --sizes, --smoke, --seed, --out."""
    parser = argparse.ArgumentParser(prog=f"python -m benchmarks.bench_{name}", description=doc.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=sizes, help="library sizes in blocks")
    parser.add_argument("--smoke", action="store_true", help=smoke)
    parser.add_argument("--seed", type=int, default=1, help="seed of the synthetic library")
    parser.add_argument("--out", type=Path, default=RESULTS, help="folder for the JSON results")
    return parser


def show(table: str, checks: Iterable[tuple[str, bool]] | None) -> None:
    """Print one size's table and, for a full run, each target as met (✓) or not (✗)."""
    print(table)
    for name, ok in checks or ():
        print(f"  {'✓' if ok else '✗'} {name}")
    print(flush=True)


def save(out: Path, name: str, *, smoke: bool, argv: list[str] | None, program: str | None = None, **fields) -> Path:
    """Write the run's results as ``out/NAME[-smoke]-STAMP.json`` with the command (of ``program``,
    by default ``benchmarks.bench_NAME``) and machine."""
    out.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    path = out / f"{name}-{'smoke-' if smoke else ''}{stamp}.json"
    payload = {
        "command": " ".join(
            [f"python -m {program or f'benchmarks.bench_{name}'}", *(argv if argv is not None else sys.argv[1:])]
        ),
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
        **fields,
    }
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=1, default=float), encoding="utf-8")
    print(f"结果已写入 {path}")
    return path
