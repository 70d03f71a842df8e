"""Limits through the browser: the upload size (``server.maxUploadSize``) and the files per import
batch (``nlp.usecases.MAX_FILES_PER_BATCH``), a 5 MB plan that imports with visible progress
while another person's clicks are still answered promptly, and a batch left mid-import, whose files
not imported (the one being read among them: nothing of it is stored) are named on return."""

from __future__ import annotations

import time
import tomllib

from ..files import large_plan
from .conftest import screenshot
from .harness import (
    ROOT,
    alert,
    goto,
    grid_rows,
    metric,
    navigate,
    selected,
    settle,
    upload,
)

PAGE_SWITCH_BOUND_S = 20  # a page switch by someone else while a 5 MB plan is being imported
AFTER_IMPORT_BOUND_S = 60  # the boilerplate map brought up to date after the import
# The whole 5 MB import waited for: 110-135 s on the two loaded cores of CI in round 22 (the parser's rules grew), past
# the harness's 120 s for a rerun; 250-320 s in rounds 35-37, the two tests' imports side by side, until a title step
# that read the whole file for each document was fixed (round 38, docs/benchmarks.md: 246 -> 112 CPU s alone); the
# product allows a file 600 s (``nlp.read.limits.MAX_SECONDS``).
LARGE_IMPORT_MS = 300_000


def configured_upload_mb() -> int:
    return tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))["server"]["maxUploadSize"]


def files_per_batch() -> int:
    from nlp.usecases import MAX_FILES_PER_BATCH

    return MAX_FILES_PER_BATCH


def tiny_plan(number: int) -> bytes:
    return (f"2026年第{number}号测试计划\n一、加强组织建设\n第{number}号科室按时召开职工代表大会。\n").encode("gb18030")


def test_upload_size_and_batch_limits(server, page):
    limit_mb, per_batch = configured_upload_mb(), files_per_batch()
    assert (limit_mb, per_batch) == (20, 50)  # the numbers the README documents
    goto(page, server, "", "文库")
    before = int(metric(page, "文档数"))
    hint = page.locator('[data-testid="stFileUploaderDropzoneInstructions"]').first
    assert f"每个文件不超过 {limit_mb} 兆字节" in hint.evaluate("e => getComputedStyle(e, '::after').content")

    # A file over the size limit is refused by the uploader itself; the rest of the batch imports.
    upload(
        page,
        [("太大.txt", "text/plain", b"a" * (limit_mb * 1024 * 1024 + 1)), ("小文件.txt", "text/plain", tiny_plan(0))],
    )
    refused = page.locator('[data-testid="stFileChip"][aria-invalid="true"]')
    assert refused.count() == 1 and "太大.txt" in refused.get_attribute("aria-label")
    assert "or smaller" in page.locator('[data-testid="stFileUploader"]').inner_text()
    page.get_by_role("button", name="导入文库").click()
    settle(page)
    assert alert(page, "上次导入").inner_text().strip() == "上次导入：1 个文件，成功 1 个。"
    assert int(metric(page, "文档数")) == before + 1

    # One file more than a batch may hold: nothing is imported, and the page says why.
    upload(page, [(f"计划{n:02d}.txt", "text/plain", tiny_plan(n)) for n in range(1, per_batch + 2)])
    page.get_by_role("button", name="导入文库").click()
    settle(page)
    message = alert(page, "一次最多导入").inner_text()
    assert f"一次最多导入 {per_batch} 个文件，这次选择了 {per_batch + 1} 个" in message and "分批" in message
    assert int(metric(page, "文档数")) == before + 1
    screenshot(page, "library-batch-limit", top=alert(page, "一次最多导入"))

    # A full batch goes through.
    upload(page, [(f"计划{n:02d}.txt", "text/plain", tiny_plan(n)) for n in range(1, per_batch + 1)])
    page.get_by_role("button", name="导入文库").click()
    settle(page)
    assert alert(page, "上次导入").inner_text().strip() == f"上次导入：{per_batch} 个文件，成功 {per_batch} 个。"
    assert int(metric(page, "文档数")) == before + 1 + per_batch


def test_a_5mb_plan_imports_with_progress_while_the_app_stays_responsive(server, pages):
    importer, other = pages.new(), pages.new()
    goto(importer, server, "", "文库")
    goto(other, server, "", "文库")
    plan = large_plan()
    assert len(plan) >= 5 * 1024 * 1024
    upload(importer, [("2026年计划汇编.txt", "text/plain", plan)])
    importer.get_by_role("button", name="导入文库").click()
    clicked = time.monotonic()
    progress = importer.locator('[data-testid="stProgress"]')
    progress.wait_for(state="visible", timeout=30_000)
    assert "正在导入 1/1：2026年计划汇编.txt" in progress.inner_text()
    importer.locator('[data-testid="stStatusWidget"]').wait_for(state="visible", timeout=10_000)
    screenshot(importer, "library-importing")

    # Meanwhile another person switches pages: answered within the bound; the first switch is clicked
    # while the import runs.
    timings, during_import = {}, {}
    for title in ("查重", "文库"):
        during_import[title] = progress.is_visible()
        started = time.monotonic()
        navigate(other, title)
        timings[title] = time.monotonic() - started
    print(f"page switches during the import: {timings}; clicked while importing: {during_import}")
    assert all(seconds < PAGE_SWITCH_BOUND_S for seconds in timings.values()), timings
    assert during_import["查重"], "the import ended before the other session's click: nothing was measured"

    settle(importer, LARGE_IMPORT_MS)
    print(f"the 5 MB import took {time.monotonic() - clicked:.1f} s from the click to its results")
    assert progress.count() == 0
    [row] = grid_rows(importer, "结果")
    assert row["结果"] == "✅" and row["文件"] == "2026年计划汇编.txt" and "找到" in row["说明"], row
    assert selected(importer, "查看文档").endswith("— 2026年计划汇编.txt")
    screenshot(importer, "library-large-import")

    # After it, the pages that depend on the whole library come up within the bound.
    started = time.monotonic()
    navigate(importer, "模板段落")
    assert importer.get_by_text("索引就绪").is_visible()
    elapsed = time.monotonic() - started
    print(f"模板段落 after the 5 MB import: {elapsed:.1f} s")
    assert elapsed < AFTER_IMPORT_BOUND_S


def test_leaving_the_page_mid_import_says_which_files_were_not_imported(server, page):
    goto(page, server, "", "文库")
    before = int(metric(page, "文档数"))
    upload(page, [("汇编.txt", "text/plain", large_plan()), ("之后的计划.txt", "text/plain", tiny_plan(1))])
    page.get_by_role("button", name="导入文库").click()
    page.locator('[data-testid="stProgress"]', has_text="正在导入 1/2").wait_for(state="visible", timeout=30_000)
    # The person leaves while the first file is read: the run stops at that file's next progress update,
    # its transaction is rolled back, and neither file is imported.
    navigate(page, "查重")
    navigate(page, "文库")
    message = alert(page, "上次导入在离开文库页面时中断").inner_text()
    assert "2 个文件没有导入" in message and "汇编.txt、之后的计划.txt" in message and "没有保存任何内容" in message
    assert int(metric(page, "文档数")) == before
    # Importing them again imports both and clears the message.
    upload(page, [("汇编.txt", "text/plain", large_plan()), ("之后的计划.txt", "text/plain", tiny_plan(1))])
    page.get_by_role("button", name="导入文库").click()
    settle(page, LARGE_IMPORT_MS)
    assert alert(page, "上次导入：").inner_text().strip() == "上次导入：2 个文件，成功 2 个。"
    assert [row["文件"] for row in grid_rows(page, "结果")] == ["汇编.txt", "之后的计划.txt"]
    assert int(metric(page, "文档数")) > before
    assert page.locator('[data-testid="stAlert"]', has_text="中断").count() == 0
