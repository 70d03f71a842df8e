"""A big library for the app's scale benchmark: the sample corpus plus synthetic plans, imported through the CLI.

    python -m benchmarks.scale_library --blocks 100000            # prints the store's path (built once)
    python -m benchmarks.scale_library --blocks 3000 --out PATH   # a store of its own at PATH
    python -m benchmarks.scale_library --blocks 0                 # the sample corpus alone

The blocks are ``benchmarks/synthetic.py``'s (copies of the seed corpus's paragraphs and of generated
ones, with edits, and unrelated generated paragraphs), written as plain-text plans of
``BLOCKS_PER_PLAN`` numbered items (a title, one plan a year for each unit: 100 000 blocks are 2 000
plans; numbered, as plans' items are, so the importer's reflow of hard-wrapped lines keeps them apart) and imported with ``python -m nlp ingest corpus/ FOLDER``, so the store is one the app and
the CLI really made, the sample corpus included. Without ``--out`` the store is cached by size and
seed in ``benchmarks/results/scale/`` and reused by later runs; readers copy it (``copy_store``)
rather than change it.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from nlp.library import Library

from .bench_groups import CORPUS, seed_texts
from .reporting import RESULTS
from .synthetic import _write_plan, synthetic_library

BLOCKS_PER_PLAN = 50
ROOT = Path(__file__).resolve().parent.parent
CACHE = RESULTS / "scale"


def cached_path(blocks: int, seed: int) -> Path:
    return CACHE / f"library-{blocks}-seed{seed}.sqlite3"


def write_plans(folder: Path, blocks: int, seed: int) -> int:
    """The synthetic library's blocks as plans in ``folder``; how many plans (none for 0 blocks)."""
    if not blocks:
        return 0
    library = synthetic_library(seed_texts(), blocks, seed=seed)
    texts = [block.text for block in library.blocks]
    plans = 0
    for start in range(0, len(texts), BLOCKS_PER_PLAN):
        unit, year = divmod(plans, 10)
        title = f"第{unit + 1}单位{2010 + year}年工作计划"
        items = [f"{number}．{text}" for number, text in enumerate(texts[start : start + BLOCKS_PER_PLAN], 1)]
        _write_plan(folder / f"unit{unit + 1:04d}" / f"{2010 + year}.txt", title, items)
        plans += 1
    return plans


def build(blocks: int, out: Path, seed: int = 1) -> Path:
    """Build the store at ``out`` (replacing what is there) through ``python -m nlp ingest``."""
    out.parent.mkdir(parents=True, exist_ok=True)
    for stale in (out, out.with_name(out.name + "-wal"), out.with_name(out.name + "-shm")):
        stale.unlink(missing_ok=True)
    shutil.rmtree(out.with_name(out.name + ".indexes"), ignore_errors=True)
    with tempfile.TemporaryDirectory(prefix="scale_library-") as folder:
        plans = write_plans(Path(folder), blocks, seed)
        started = time.monotonic()
        partial = out.with_name(out.name + ".partial")
        partial.unlink(missing_ok=True)
        subprocess.run(
            [sys.executable, "-m", "nlp", "ingest", str(CORPUS), folder, "--db", str(partial)],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
            stdin=subprocess.DEVNULL,
        )
        partial.replace(out)  # a store appears only once it is complete
    print(f"{plans} 篇计划、{blocks} 段导入 {out}，用时 {time.monotonic() - started:.0f} 秒", file=sys.stderr)
    return out


def library(blocks: int, seed: int = 1) -> Path:
    """The cached store of ``blocks`` synthetic blocks (built the first time)."""
    path = cached_path(blocks, seed)
    return path if path.exists() else build(blocks, path, seed)


def block_count(db_path: Path) -> int:
    """How many blocks the store holds (all units)."""
    library = Library(db_path)
    try:
        return sum(document.blocks for document in library.documents())
    finally:
        library.close()


def copy_store(source: Path, target: Path) -> Path:
    """A copy of a store (its file only: no saved indexes) to open and change."""
    shutil.copyfile(source, target)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.scale_library", description=__doc__.split("\n\n")[0])
    parser.add_argument("--blocks", type=int, default=100_000, help="synthetic blocks (besides the sample corpus)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the synthetic library")
    parser.add_argument("--out", type=Path, help="build the store here (default: cached by size and seed)")
    args = parser.parse_args(argv)
    print(build(args.blocks, args.out, args.seed) if args.out else library(args.blocks, args.seed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
