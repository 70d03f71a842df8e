"""One long file's import through the browser: the progress bar counts its pages (正在读取第 N/400 页),
and 取消 stops it with nothing of the file stored; the page says so and names the file."""

from __future__ import annotations

import re

from nlp.library import Library

from ..files import long_plan_pdf
from .conftest import screenshot
from .harness import alert, goto, metric, settle, upload

PAGES = 400


def test_a_long_pdf_shows_its_pages_and_cancel_stores_nothing(server, page):
    goto(page, server, "", "文库")
    before = int(metric(page, "文档数"))
    upload(page, [("四百页计划.pdf", "application/pdf", long_plan_pdf(PAGES))])
    page.get_by_role("button", name="导入文库").click()

    bar = page.locator('[data-testid="stProgress"]', has_text="正在读取第")
    bar.wait_for(state="visible", timeout=60_000)
    shown = re.search(rf"正在导入 1/1：四百页计划\.pdf，正在读取第 (\d+)/{PAGES} 页", bar.inner_text())
    assert shown and 1 <= int(shown[1]) < PAGES, bar.inner_text()
    screenshot(page, "library-import-progress")

    page.get_by_role("button", name="取消").click()
    settle(page)
    message = alert(page, "已取消").inner_text()
    assert "1 个文件没有导入" in message and "四百页计划.pdf" in message and "没有保存任何内容" in message
    assert page.locator('[data-testid="stProgress"]').count() == 0
    assert int(metric(page, "文档数")) == before
    screenshot(page, "library-import-cancelled")
    with Library(server.db) as library:
        assert "四百页计划.pdf" not in {f.name for f in library.files()}
