"""One file's import followed step by step and stopped: progress within the file (pages, paragraphs,
documents), cancellation at a mid point with nothing stored, and the budgets that refuse a file small
on disk but expensive to read, each with a Chinese message naming the file and the limit."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from nlp.errors import Cancelled
from nlp.library import Library
from nlp.read import limits
from nlp.usecases import import_file

from ..conftest import ROOT
from ..files import large_plan, long_plan_pdf, paragraphs_docx, tiny_pages_pdf

PAGES = 12
THREE_PLANS = "".join(
    f"{year}年医院工会工作计划\n一、加强组织建设\n全年召开职工代表大会两次，讨论{year}年医院重大事项。\n"
    for year in (2024, 2025, 2026)
).encode()


@pytest.fixture
def every_step(monkeypatch):
    """Progress reported at every step, not every quarter second, so the steps can be counted."""
    monkeypatch.setattr(limits, "PROGRESS_INTERVAL_SECONDS", 0.0)


@pytest.fixture(scope="module")
def plan_pdf() -> bytes:
    return long_plan_pdf(PAGES)


def stored(library: Library) -> tuple[int, int]:
    return len(library.files()), len(library.documents())


def test_a_pdf_reports_every_page_then_each_stage(tmp_path, plan_pdf, every_step):
    steps = []
    with Library(tmp_path / "lib.sqlite3") as library:
        report = import_file(library, plan_pdf, "计划.pdf", progress=steps.append)
    assert report.ok
    reading = [(s.done, s.total, s.unit) for s in steps if s.stage == "读取"]
    assert reading == [(page, PAGES, "页") for page in range(1, PAGES + 1)]
    assert steps[0].text == f"正在读取第 1/{PAGES} 页" and steps[0].name == "计划.pdf"
    stages = [s.stage for s in steps]
    assert sorted(set(stages), key=stages.index) == ["读取", "清理", "整理提纲", "保存"]
    assert stages == sorted(stages, key=["读取", "清理", "整理提纲", "保存"].index)  # in order, never back
    fractions = [s.fraction for s in steps]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    saving = [(s.done, s.total) for s in steps if s.stage == "保存"]
    assert saving == [(1, report.documents)]


def test_a_docx_reports_its_paragraphs(tmp_path, every_step):
    steps = []
    with Library(tmp_path / "lib.sqlite3") as library:
        import_file(library, paragraphs_docx(40), "四十段.docx", progress=steps.append)
    assert [(s.done, s.total, s.unit) for s in steps if s.stage == "读取"] == [(n, 40, "段") for n in range(1, 41)]


def test_progress_is_throttled_but_each_stage_starts_and_ends(tmp_path, plan_pdf):
    steps = []
    with Library(tmp_path / "lib.sqlite3") as library:
        import_file(library, plan_pdf, "计划.pdf", progress=steps.append)
    reading = [s.done for s in steps if s.stage == "读取"]
    assert reading[0] == 1 and reading[-1] == PAGES and len(reading) <= PAGES


@pytest.mark.parametrize(("stage", "done"), [("读取", PAGES // 2), ("保存", 2)])
def test_cancelled_mid_file_stores_nothing(tmp_path, plan_pdf, every_step, stage, done):
    """Cancelled half-way through the pages, or while the second of three documents is being stored
    (the first already inserted in the open transaction): nothing of the file is in the library."""
    data, name = (plan_pdf, "计划.pdf") if stage == "读取" else (THREE_PLANS, "三年计划.txt")
    seen = []

    def progress(step) -> None:
        seen.append(step)

    def cancelled() -> bool:
        return any(s.stage == stage and s.done >= done for s in seen)

    with Library(tmp_path / "lib.sqlite3") as library:
        revision = library.revision()
        with pytest.raises(Cancelled, match=f"已取消，“{name}”没有导入"):
            import_file(library, data, name, progress=progress, cancelled=cancelled)
        assert stored(library) == (0, 0) and library.revision() == revision
        assert seen[-1].stage == stage and seen[-1].done == done
        # The same file imports in full afterwards: nothing of the cancelled attempt is in the way.
        again = import_file(library, data, name)
        assert again.ok and not again.message.startswith("已在文库中") and stored(library)[1] == again.documents


def test_cleaning_is_reported_as_it_begins_and_a_cancel_after_its_first_pass_stops_it_there(
    tmp_path, every_step, monkeypatch
):
    """A collection of plans in one text file: 清理 is reported as it begins, before the passes over the whole page (a
    5 MB collection showed nothing for its first 6 s), and a cancel once the first pass over its lines is done stops the
    import before the junk model judges a line (the junk, reflow and model passes after it checked nothing: 26 s at
    5 MB with the cancel unanswered)."""
    from nlp.library.junk import JunkModel

    judged = []
    judge = JunkModel.judge
    monkeypatch.setattr(
        JunkModel, "judge", lambda self, contexts: judged.append(len(contexts)) or judge(self, contexts)
    )
    seen = []
    data = large_plan(60_000)

    def cancelled() -> bool:
        return any(s.stage == "清理" and s.done == s.total > 0 for s in seen)

    with Library(tmp_path / "lib.sqlite3") as library:
        with pytest.raises(Cancelled):
            import_file(library, data, "汇编.txt", progress=seen.append, cancelled=cancelled)
        assert stored(library) == (0, 0)
    cleaning = [s.done for s in seen if s.stage == "清理"]
    assert cleaning[0] == 0 and cleaning[-1] == seen[-1].total > 500
    assert not judged
    with Library(tmp_path / "again.sqlite3") as library:  # the same file in full: the model judges its lines
        assert import_file(library, data, "汇编.txt").ok and judged


def test_structuring_is_reported_as_it_begins_and_a_cancel_then_stops_it_before_the_documents_are_split(
    tmp_path, monkeypatch
):
    """整理提纲 is reported as it begins (正在整理提纲: its documents not yet counted), and a cancel from then on stops the
    import within its passes over the page's lines, before the page is split into documents (a 5 MB collection went
    about 3 s from cleaning's last check to its first document, the cancel unanswered)."""
    from nlp.library import structure

    split = []
    split_documents = structure._split_documents
    monkeypatch.setattr(
        structure, "_split_documents", lambda *args: split.append(len(args[0])) or split_documents(*args)
    )
    seen = []
    data = large_plan(60_000)

    def cancelled() -> bool:
        return any(s.stage == "整理提纲" for s in seen)

    with Library(tmp_path / "lib.sqlite3") as library:
        with pytest.raises(Cancelled):
            import_file(library, data, "汇编.txt", progress=seen.append, cancelled=cancelled)
        assert stored(library) == (0, 0)
    structuring = [s for s in seen if s.stage == "整理提纲"]
    assert [(s.done, s.total, s.text) for s in structuring] == [(0, 0, "正在整理提纲")]
    assert not split
    with Library(tmp_path / "again.sqlite3") as library:  # the same file in full: split into its documents
        assert import_file(library, data, "汇编.txt").ok and split


@pytest.fixture(scope="module")
def expensive_files() -> dict[str, tuple[bytes, str]]:
    """Files small on disk but expensive to read, each with the words its refusal must contain."""
    return {
        "五千零一页.pdf": (
            tiny_pages_pdf(limits.MAX_PAGES + 1),
            f"有 5,001 页，超过一个文件 {limits.MAX_PAGES:,} 页的上限",
        ),
        "段落炸弹.docx": (paragraphs_docx(limits.MAX_PARAGRAPHS + 1), "有 200,001 段，超过一个文件 200,000 段的上限"),
        "百万标记.html": (b"<html><body>" + b"<b>x</b>" * (limits.MAX_MARKUP_TAGS // 2) + b"</body></html>", "个标记"),
        "一行.txt": (("计" * (limits.MAX_TEXT_CHARS + 1)).encode(), "有 5,000,001 字，超过一个文件 5,000,000 字的上限"),
    }


@pytest.mark.parametrize("name", ["五千零一页.pdf", "段落炸弹.docx", "百万标记.html", "一行.txt"])
def test_a_file_over_a_budget_is_refused_naming_the_file_and_the_limit(tmp_path, expensive_files, name):
    data, words = expensive_files[name]
    assert len(data) < 20 * 1024 * 1024  # each is under the size limit: a budget, not the size, refuses it
    started = time.monotonic()
    with Library(tmp_path / "lib.sqlite3") as library:
        report = import_file(library, data, name)
        assert stored(library) == (0, 0)
    assert not report.ok and f"“{name}”" in report.message and words in report.message, report.message
    assert "没有导入" in report.message and time.monotonic() - started < 30


def test_a_file_over_the_time_budget_stops_where_it_was(tmp_path, plan_pdf, monkeypatch):
    monkeypatch.setattr(limits, "MAX_SECONDS", 0.2)
    slow = long_plan_pdf(200)
    with Library(tmp_path / "lib.sqlite3") as library:
        report = import_file(library, slow, "两百页.pdf")
        assert stored(library) == (0, 0)
    assert not report.ok and "“两百页.pdf”导入超过了一个文件 0.2 秒的上限（停在读取第" in report.message


def test_ctrl_c_cancels_the_cli_import_and_stores_nothing(tmp_path):
    """The CLI's first Ctrl-C sets the cancellation hook: the import stops at its next page, exit 130,
    progress on stderr only, and stdout's JSON lists no file."""
    path = tmp_path / "四百页.pdf"
    path.write_bytes(long_plan_pdf(400))
    db = tmp_path / "lib.sqlite3"
    process = subprocess.Popen(
        [sys.executable, "-m", "nlp", "ingest", "--json", "--db", str(db), str(path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    first = process.stderr.readline()  # a file that takes long prints its progress on stderr
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=120)
    assert first.startswith("四百页.pdf：正在读取第 ") and first.rstrip().endswith("/400 页"), first
    assert process.returncode == 130, err
    assert out.strip() == "[]" and err.strip().endswith(f"已取消：{path} 没有导入，未导入的 1 个文件：四百页.pdf")
    with Library(db) as library:
        assert stored(library) == (0, 0)


def test_import_benchmark_smoke_run(tmp_path, capsys):
    from benchmarks.bench_import import main as import_main

    assert import_main(["--smoke", "--out", str(tmp_path)]) == 0
    assert "首次进度" in capsys.readouterr().out
    (result,) = tmp_path.glob("import-smoke-*.json")
    saved = json.loads(result.read_text(encoding="utf-8"))
    pages = saved["pages"]
    ours, peer = pages["30"]["导入"], pages["30"]["pdfplumber 逐页"]
    assert ours["updates"] >= 2 and 0 < ours["first_update_seconds"] < ours["wall_seconds"] and ours["blocks"] >= 30
    assert peer["lines"] >= 30 * 5 and pages["30"]["cpu_ratio"] > 0
    small, large = saved["collections"]["20000"], saved["collections"]["80000"]
    assert 1 < small["documents"] < large["documents"] and small["cpu_seconds"] < large["cpu_seconds"]
    assert large["first_update_seconds"] > 0 and 0 < large["longest_unchecked_seconds"] < large["wall_seconds"]
