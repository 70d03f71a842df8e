"""What the saves after an import cost, in process: CPU, bytes written, memory.

    python -m benchmarks.bench_import_saves STORE [--visit-only] [--check [--remove] [--verify]]
    python -m benchmarks.bench_import_saves --smoke    # the sample corpus alone, in a temporary folder

On ``STORE`` (a library file with its indexes saved beside it: it is changed, so run it on a copy),
in this process, as the app does in a server: the 模板段落 page (``app/pages/boilerplate.py``, through
AppTest) after a restart, ``tests.files.plan_docx`` imported with ``usecases.import_file``, the page
again; the indexes an import leaves to threads are saved once the page's run has ended, and awaited.
Prints one JSON line: the CPU seconds of the page's run after the import (its script thread) and of
the saves after it (the process's CPU from the end of that run to the saves' end), the bytes the
process wrote in all (``/proc/self/io`` ``write_bytes``, during the saves alone), VmRSS at the end
(and RssAnon, the part not mapped from files) and the peak (VmHWM). ``--visit-only``: the first visit alone, its saves awaited (to make the saved
indexes of a store that has none). ``--check``: the 查重 side instead, as the 查重 page does it
(``app.state.check_index``, the check of ``state.checked_drafts``): the draft (``tests.files.plan_docx``)
checked once, the file imported, checked again; prints the CPU seconds of that first check after the
import (its thread's), of the 查重 index's save it leaves to a thread (the process's CPU from the check's
start to the save's end, less the check's), the bytes written meanwhile and the memory as above; with
``--visit-only``, the first check alone, its save awaited; with ``--remove``, the library's first file
removed (``usecases.remove_file``) instead of the import; with ``--verify``, then the draft and a
sample of the library's paragraphs checked with that index and with one built from all the blocks
(``library_index``): whether the reports are equal (exit status 1 if not). ``--smoke``: a store of the sample corpus
alone is built in a temporary folder, its indexes saved by a first process and the import measured
by a second (both sides).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _status(field: str) -> int:
    """A field of /proc/self/status, in kB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise KeyError(field)


def _written() -> int:
    for line in Path("/proc/self/io").read_text().splitlines():
        if line.startswith("write_bytes:"):
            return int(line.split()[1])
    raise KeyError("write_bytes")


def _print(side: str, figures: dict) -> None:
    """One side's figures and the process's memory now, as one JSON line."""
    memory = {
        "vmrss_end_mb": round(_status("VmRSS") / 1024),
        "rss_anon_end_mb": round(_status("RssAnon") / 1024),  # the rest: pages of mapped files
        "vmhwm_mb": round(_status("VmHWM") / 1024),
    }
    print(json.dumps({"side": side, **figures, **memory}, ensure_ascii=False))


def _await_saves() -> None:
    for thread in threading.enumerate():
        if thread.name.startswith("save"):
            thread.join()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", nargs="?")
    parser.add_argument("--visit-only", action="store_true")
    parser.add_argument("--check", action="store_true", help="the 查重 side: a check before and after the import")
    parser.add_argument("--remove", action="store_true", help="with --check: a file removed, not one imported")
    parser.add_argument("--verify", action="store_true", help="with --check: the reports equal a build's")
    parser.add_argument("--smoke", action="store_true", help="the sample corpus alone, in a temporary folder")
    args = parser.parse_args(argv)
    if args.smoke:
        from .scale_library import build

        with tempfile.TemporaryDirectory(prefix="bench_import_saves-") as folder:
            store = str(build(0, Path(folder) / "library.sqlite3"))
            sides = (["--visit-only"], [], ["--check", "--visit-only"], ["--check", "--verify"])
            for options in (*sides, ["--check", "--remove", "--verify"]):
                command = [sys.executable, "-m", "benchmarks.bench_import_saves", store, *options]
                subprocess.run(command, cwd=ROOT, check=True, stdin=subprocess.DEVNULL)
        return 0
    if not args.store:
        parser.error("STORE is required without --smoke")
    os.environ["JIHUA_DB"] = str(Path(args.store).resolve())

    from app import state
    from nlp import usecases
    from nlp.library.store import Library
    from tests.apptest import open_page
    from tests.files import plan_docx

    if args.check:
        return _check_side(args.store, visit_only=args.visit_only, remove=args.remove, verify=args.verify)

    # As in a server, the saves a page's run leaves to threads wait for that run to end.
    running = threading.Event()
    state._session_busy = lambda session_id: running.is_set()
    page = "app/pages/boilerplate.py"
    running.set()
    open_page(page, timeout=600)
    running.clear()
    _await_saves()
    if args.visit_only:
        return 0
    with Library(args.store) as library:
        report = usecases.import_file(library, plan_docx(), "2025年医院工会工作计划.docx")
    if not report.ok:
        print(report.message, file=sys.stderr)
        return 1
    run_cpu = time.process_time()
    running.set()
    open_page(page, timeout=600)
    running.clear()
    run_cpu = time.process_time() - run_cpu
    cpu, written = time.process_time(), _written()
    _await_saves()
    _print(
        "模板段落",
        {
            "run_after_import_cpu_s": round(run_cpu, 3),
            "saves_cpu_s": round(time.process_time() - cpu, 3),
            "saves_written_mb": round((_written() - written) / 1e6, 1),
            "written_in_all_mb": round(_written() / 1e6, 1),
        },
    )
    return 0


def _check_side(store: str, *, visit_only: bool, remove: bool, verify: bool) -> int:
    """The 查重 side (module docstring)."""
    from app import state
    from nlp import access, usecases
    from nlp.check import CheckSettings, check_drafts, library_index, read_draft
    from nlp.library.store import Library
    from nlp.models import Block
    from tests.files import plan_docx

    path = str(Path(store).resolve())
    draft = [("草稿.docx", read_draft(plan_docx(), "草稿.docx"))]

    def check() -> str:
        with Library(path) as library:
            revision = access.ScopedLibrary(library, access.local_actor()).revision().token
        usecases.check_within_budget(draft, state.check_index(path, revision), CheckSettings())
        return revision

    check()
    _await_saves()
    if visit_only:
        return 0
    with Library(path) as library:
        if remove:
            usecases.remove_file(library, library.files()[0].id)
        elif not (report := usecases.import_file(library, plan_docx(), "2025年医院工会工作计划.docx")).ok:
            print(report.message, file=sys.stderr)
            return 1
    cpu, thread_cpu, written = time.process_time(), time.thread_time(), _written()
    revision = check()
    check_cpu = time.thread_time() - thread_cpu
    _await_saves()
    _print(
        "查重",
        {
            "check_after_change_cpu_s": round(check_cpu, 3),
            "saves_cpu_s": round(time.process_time() - cpu - check_cpu, 3),
            "saves_written_mb": round((_written() - written) / 1e6, 1),
        },
    )
    if not verify:
        return 0
    with Library(path) as library:
        blocks = library.blocks()
    sample = [Block("paragraph", b.text) for b in blocks[:: max(1, len(blocks) // 60)] if b.type != "heading"]
    probe = [("草稿", (*draft[0][1], *sample))]
    index = state.check_index(path, revision)  # the one the app holds: read back from its files
    same = check_drafts(probe, index, CheckSettings()) == check_drafts(probe, library_index(blocks), CheckSettings())
    print(json.dumps({"reports_equal_to_a_build": same}))
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
