"""Faults through the browser: a draft holding control characters (saved by an earlier release)
opens and exports, and a library file that is not one is told in Chinese, with no traceback."""

from __future__ import annotations

import io
import json
import os
import sqlite3

import docx

from nlp.library import Library
from nlp.models import Draft, DraftBlock

from ..files import previous_release
from .harness import alert, goto, settle

TITLE = "2026年某市人民医院工会工作计划"
POISONED = "全年召开职工代表大会两次，讨论医院重大事项。"


def test_a_draft_with_control_characters_opens_and_exports(servers, pages, tmp_path):
    db = tmp_path / "old.sqlite3"
    with Library(tmp_path / "current.sqlite3") as library:
        draft_id = library.create_draft(Draft(TITLE, {}, (DraftBlock("paragraph", "占位"),))).id
        previous_release(db, library, version=2)
    # What an earlier release stored when a person typed or imported such characters.
    blocks = [{"type": "paragraph", "text": POISONED.replace("全年", "全年\x1f\x01"), "level": None, "marker": None}]
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE drafts SET blocks = ? WHERE id = ?", (json.dumps(blocks), draft_id))
    server = servers.start(db)
    page = pages.new()
    goto(page, server, f"compose?draft={draft_id}", "起草")
    assert page.locator('[data-testid="stException"]').count() == 0
    boxes = page.locator("textarea").evaluate_all("boxes => boxes.map(box => box.value)")
    assert POISONED in boxes  # repaired when the library was opened: the page draws it
    with page.expect_download() as download:
        page.get_by_role("button", name="下载 DOCX（公文格式）").click()
    settle(page)
    exported = docx.Document(io.BytesIO(download.value.path().read_bytes()))
    assert POISONED in [p.text for p in exported.paragraphs]


def test_a_file_that_is_not_a_library_is_told_in_chinese(servers, pages, tmp_path):
    db = tmp_path / "random.sqlite3"
    db.write_bytes(os.urandom(16384))
    server = servers.start(db)
    page = pages.new()
    page.goto(server.url, wait_until="domcontentloaded")
    box = alert(page, "不是计划工坊的文库", timeout=60_000)
    assert "random.sqlite3" in box.inner_text()
    content = page.content()
    assert "Traceback" not in content and "sqlite3" not in content.replace("random.sqlite3", "")
    assert "DatabaseError" in server.log.read_text(encoding="utf-8")  # the details are on the server
