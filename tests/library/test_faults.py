"""Faults of the library file and hostile text: each is one Chinese message, nothing half-written,
and text no document can hold never reaches the store."""

from __future__ import annotations

import io
import json
import math
import os
import sqlite3

import docx
import pytest

from nlp.cli import main
from nlp.cli.output import ProgressLine
from nlp.compose import to_docx
from nlp.library import Library, StoreError, parse_file
from nlp.library.migrations import SCHEMA_VERSION
from nlp.library.parse import CONTROL_REASON
from nlp.models import Draft, DraftBlock
from nlp.usecases import import_file, import_path

from ..conftest import SEEDS
from ..files import previous_release

PLAN = "2026年医院工会工作计划\n一、加强组织建设\n全年召开职工代表大会两次，讨论医院重大事项。\n" + SEEDS[0].read_text(
    encoding="utf-8"
)


def test_a_file_of_random_bytes_is_not_a_library(tmp_path, capsys):
    path = tmp_path / "random.sqlite3"
    path.write_bytes(os.urandom(8192))
    with pytest.raises(StoreError, match="不是计划工坊的文库"):
        Library(path)
    assert main(["list", "--db", str(path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("错误：文件 random.sqlite3 不是计划工坊的文库")


def test_a_library_lacking_a_column_says_so(tmp_path):
    path = tmp_path / "odd.sqlite3"
    with Library(path) as library:
        import_path(library, SEEDS[0])
    with sqlite3.connect(path) as conn:
        conn.execute("ALTER TABLE blocks DROP COLUMN schedule")
    with Library(path) as library, pytest.raises(StoreError, match="格式与本程序不符"):
        library.document(library.documents()[0].id)


def test_a_read_only_library_says_so_and_keeps_what_it_had(tmp_path):
    with Library(tmp_path / "ro.sqlite3") as library:
        import_path(library, SEEDS[0])
        before = library.documents()
        library._conn.execute("PRAGMA query_only = ON")  # what a read-only file or file system does to a write
        with pytest.raises(StoreError, match="只读"):
            import_path(library, SEEDS[1])
        assert library.documents() == before


def test_a_full_disk_stops_the_import_with_nothing_half_written(tmp_path):
    with Library(tmp_path / "full.sqlite3") as library:
        import_path(library, SEEDS[0])
        before, revision = library.documents(), library.revision()
        pages = library._conn.execute("PRAGMA page_count").fetchone()[0]
        library._conn.execute(f"PRAGMA max_page_count = {pages + 2}")  # the disk fills up
        with pytest.raises(StoreError, match="磁盘已满"):
            import_path(library, SEEDS[1])
        assert library.documents() == before and library.revision() == revision


def test_a_cli_batch_that_fills_the_disk_names_the_files_not_imported(tmp_path, capsys, monkeypatch):
    db = tmp_path / "batch.sqlite3"

    def full(self, *args, **kwargs):
        raise StoreError("磁盘已满，文库 batch.sqlite3 无法保存。")

    monkeypatch.setattr(Library, "add_file", full)
    # No progress line however slow the machine: stderr holds the error alone.
    monkeypatch.setattr(ProgressLine, "LOG_INTERVAL_SECONDS", math.inf)
    assert main(["ingest", str(SEEDS[0]), str(SEEDS[1]), "--db", str(db)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "磁盘已满" in err[0] and SEEDS[0].name in err[0] and SEEDS[1].name in err[0]


@pytest.mark.parametrize(
    ("data", "name"),
    [
        pytest.param(PLAN.replace("全年", "全年\x01\x02\x1f\x08", 1).encode(), "controls.txt", id="txt"),
        pytest.param(PLAN.replace("全年", "全年\x00", 1).encode(), "nul.txt", id="a-nul-in-utf8"),
        pytest.param(
            "<html><body><h1>2026年医院工会工作计划</h1><p>一、加强组织建设</p><p>全年&#x1f;&#1;召开职工代表大会两次，讨论医院重大事项。</p></body></html>".encode(),
            "refs.html",
            id="html-character-references",
        ),
    ],
)
def test_control_characters_are_removed_and_reported_and_the_text_exports(tmp_path, data, name):
    result = parse_file(data, name)
    texts = [b.text for d in result.documents for b in d.blocks]
    assert "全年召开职工代表大会两次，讨论医院重大事项。" in texts
    assert any(d.reason == CONTROL_REASON for d in result.dropped)
    with Library(tmp_path / "lib.sqlite3") as library:
        report = import_file(library, data, name)
        assert report.ok
        blocks = library.blocks()
    draft = Draft("2026年工作计划", {}, tuple(DraftBlock(b.type, b.text, b.level) for b in blocks))
    assert docx.Document(io.BytesIO(to_docx(draft, keep_placeholders=True)))  # refused such text before


def test_typed_control_characters_never_reach_the_store(tmp_path):
    with Library(tmp_path / "lib.sqlite3") as library:
        stored = library.create_draft(Draft("标题\x07", {"unit": "某\x1b医院"}, (DraftBlock("paragraph", "正文\x00"),)))
        assert stored.draft.title == "标题" and stored.draft.blocks[0].text == "正文"


def test_a_library_holding_control_characters_is_repaired_when_opened(tmp_path):
    path = tmp_path / "old.sqlite3"
    with Library(tmp_path / "current.sqlite3") as source:
        import_path(source, SEEDS[0])
        draft_id = source.create_draft(Draft("计划", {}, (DraftBlock("paragraph", "正文"),))).id
        previous_release(path, source, version=2)
    # What an earlier release could store: controls in blocks, titles and draft JSON.
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE blocks SET text = text || char(31) || char(1) WHERE id = 1")
        conn.execute("UPDATE documents SET title = char(0) || title WHERE id = 1")
        blocks = json.dumps([{"type": "paragraph", "text": "正文\x1f", "level": None, "marker": None}])
        conn.execute("UPDATE drafts SET title = ?, blocks = ? WHERE id = ?", ("计划\x08", blocks, draft_id))
    with Library(path) as library:
        assert not any(ch in b.text for b in library.blocks() for ch in "\x1f\x01")
        assert not library.documents()[0].title.startswith("\x00")
        repaired = library.draft(draft_id).draft
        assert repaired.title == "计划" and repaired.blocks[0].text == "正文"
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
