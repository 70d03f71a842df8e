from __future__ import annotations

import sqlite3

import pytest

from nlp.errors import InputError
from nlp.library import Library, StoreError, content_hash, parse_file
from nlp.library.migrations import SCHEMA_VERSION
from nlp.models import Draft, DraftBlock
from nlp.usecases import import_file, import_path, load_sample_corpus

from ..conftest import CORPUS, SEEDS, server_processes
from ..files import previous_release


@pytest.fixture
def library(tmp_path):
    with Library(tmp_path / "lib.sqlite3") as lib:
        yield lib


def test_sample_corpus_loads_once_and_survives_reopen(tmp_path):
    path = tmp_path / "lib.sqlite3"
    with Library(path) as lib:
        reports = load_sample_corpus(lib, CORPUS)
        assert [r.ok for r in reports] == [True] * len(SEEDS)
        count = len(lib.documents())
        assert count == sum(r.added for r in reports) >= 40
        assert load_sample_corpus(lib, CORPUS) == []  # not empty any more: nothing imported again
    with Library(path) as reopened:
        documents = reopened.documents()
        assert len(documents) == count
        first = documents[0]
        assert first.file_name == SEEDS[0].name and first.imported_at
        stored = reopened.document(first.id)
        parsed = parse_file(SEEDS[0].read_bytes(), SEEDS[0].name).documents[0]
        assert stored == parsed
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_same_content_twice_is_not_duplicated(library, tmp_path):
    first = import_path(library, SEEDS[0])
    again = import_path(library, SEEDS[0])
    assert first.ok and first.added == 9
    assert again.ok and again.added == 0 and "已在文库中" in again.message
    renamed = tmp_path / "copy of plan.txt"
    renamed.write_bytes(SEEDS[0].read_bytes() + b"\n")  # other bytes, same documents
    copy = import_path(library, renamed)
    assert copy.ok and copy.added == 0 and "9 篇与文库已有文档相同" in copy.message
    assert len(library.documents()) == 9


def test_failing_file_leaves_nothing_behind(library, monkeypatch):
    calls = 0
    original = Library._insert_document

    def fail_on_third(self, *args):
        nonlocal calls
        calls += 1
        if calls == 3:
            raise sqlite3.OperationalError("disk I/O error")
        return original(self, *args)

    monkeypatch.setattr(Library, "_insert_document", fail_on_third)
    with pytest.raises(StoreError, match="磁盘出错"):
        import_path(library, SEEDS[0])
    assert library.documents() == [] and library.files() == []
    monkeypatch.undo()
    assert import_path(library, SEEDS[0]).added == 9


def test_refused_file_is_reported_and_stores_nothing(library):
    report = import_file(library, b"", "empty.txt")
    assert not report.ok and "空" in report.message
    report = import_file(library, "无忧淘文网\n下面是小编为大家整理的范文，希望大家喜欢！\n".encode(), "junk.txt")
    assert not report.ok and "没有找到正文" in report.message
    assert library.files() == []


def test_a_file_over_the_limit_is_refused_with_its_real_size_before_it_is_read(library, tmp_path):
    huge = tmp_path / "汇编.txt"
    with huge.open("wb") as handle:  # sparse: 45 MB on paper, nothing to read
        handle.truncate(45 * 1024 * 1024)
    report = import_path(library, huge)
    assert not report.ok and "文件太大（45 MB），上限为 20 MB" in report.message
    assert library.is_empty()


def test_delete_file_removes_its_documents(library):
    report = import_path(library, SEEDS[2])
    library.delete_file(report.file_id)
    assert library.documents() == []
    assert library.dropped(report.file_id) == []


def _ingest_in_process(db_path: str, name: str, copies: int) -> None:
    with Library(db_path) as lib:
        for n in range(copies):
            text = f"{name}医院工会工作计划\n一、加强组织建设\n第{n}条：做好{name}职工之家建设工作。\n"
            assert import_file(lib, text.encode(), f"{name}-{n}.txt").ok


def test_several_processes_write_one_file_at_once(tmp_path):
    db = str(tmp_path / "shared.sqlite3")
    Library(db).close()
    context = server_processes(__name__)
    workers = [context.Process(target=_ingest_in_process, args=(db, name, 15)) for name in ("甲", "乙", "丙")]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
        assert worker.exitcode == 0
    with Library(db) as lib:
        assert len(lib.documents()) == 45


def test_blocks_with_provenance_and_token_cache(library):
    import_path(library, SEEDS[0])
    blocks = library.blocks()
    assert len(blocks) == sum(d.blocks for d in library.documents())
    assert blocks[0].document_title == "医院工会工作计划篇一" and blocks[0].file_name == SEEDS[0].name
    assert library.cached_tokens([blocks[0].text]) == {}
    library.save_tokens({blocks[0].text: ["工会", "指导思想"]})
    assert library.cached_tokens([blocks[0].text, "没有分过词"]) == {blocks[0].text: ["工会", "指导思想"]}


def test_a_few_blocks_and_the_id_column_read_as_the_whole_list_does(library):
    import_path(library, SEEDS[0])
    other = library.add_unit("护理部")
    data = SEEDS[1].read_bytes()
    library.add_file(SEEDS[1].name, content_hash(data), len(data), parse_file(data, SEEDS[1].name), unit_id=other.id)
    every = library.blocks()
    assert library.block_ids() == [b.id for b in every]
    mine = library.blocks([1])
    assert library.block_ids([1]) == [b.id for b in mine] and len(mine) < len(every)
    picked = [every[-1].id, every[0].id, every[len(every) // 2].id]
    assert library.blocks(ids=picked) == [b for b in every if b.id in picked]  # in document order
    assert library.blocks([1], ids=picked) == [b for b in mine if b.id in picked]  # another unit's left out
    assert library.blocks(ids=[]) == []
    document = every[-1].document_id
    assert library.blocks(document_id=document) == [b for b in every if b.document_id == document]
    assert library.blocks([1], document_id=document) == []


def test_every_import_and_removal_moves_the_revision_on(library):
    start = library.revision()
    first = import_path(library, SEEDS[0])
    after_import = library.revision()
    assert after_import.number == start.number + 1 and after_import.token != start.token
    assert import_path(library, SEEDS[0]).ok and library.revision() == after_import  # already there: no change
    library.delete_file(first.file_id)
    removed = library.revision()
    # Re-importing the same file restores the same counts of documents and blocks; the revision
    # still differs, so no cache keyed on it can serve the groups of the removed blocks.
    import_path(library, SEEDS[0])
    again = library.revision()
    assert len({start.token, after_import.token, removed.token, again.token}) == 4
    assert again.number == start.number + 3
    with pytest.raises(InputError, match="没有编号为"):
        library.delete_file(10_000)
    assert library.revision() == again


@pytest.mark.parametrize("version", [0, 2])
def test_a_library_made_by_the_previous_release_opens_as_one_unit_holding_everything(tmp_path, version):
    with Library(tmp_path / "current.sqlite3") as source:
        import_path(source, SEEDS[0])
        import_path(source, SEEDS[1])
        draft = source.create_draft(Draft("旧草稿", {}, (DraftBlock("heading", "总体要求", 1, "一、"),)))
        source.save_draft(draft.id, Draft("旧草稿（改）", {}, draft.draft.blocks), revision=1)
        documents = source.documents()
        path = tmp_path / "old.sqlite3"
        previous_release(path, source, version=version)
    with Library(path) as library:
        assert library.documents() == documents  # every document, all in unit 1 and not shared
        assert {d.unit_id for d in library.documents()} == {1} and not any(d.shared for d in documents)
        assert [u.name for u in library.units()] == ["本单位"]
        assert not library.has_people()  # single-user mode until an administrator is added
        assert [d.unit_id for d in library.drafts()] == [1]
        assert library.draft(draft.id).draft.title == "旧草稿（改）"
        assert [r.revision for r in library.draft_revisions(draft.id)] == [2]  # the revision it had is kept
        if version == 0:
            assert library.revision().number == 2  # two files imported before
        # the same file may now be imported by a second unit (uniqueness is per unit)
        unit = library.add_unit("护理部")
        assert import_path(library, SEEDS[0]).message.startswith("已在文库中")
        parsed = parse_file(SEEDS[0].read_bytes(), SEEDS[0].name)
        outcome = library.add_file(SEEDS[0].name, content_hash(SEEDS[0].read_bytes()), 1, parsed, unit_id=unit.id)
        assert not outcome.already_imported and outcome.added == len(parsed.documents)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_library_from_a_newer_version_is_refused_in_chinese(tmp_path):
    path = tmp_path / "new.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(InputError, match="更新版本的计划工坊"):
        Library(path)
