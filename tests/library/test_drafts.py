"""Drafts in the store: whole-draft saves, revisions, copies, soft deletion with undo, concurrency."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime, timedelta

import pytest

from nlp.compose import (
    edit_text,
    from_document,
    insert_blocks,
    remove_block,
    text_block,
    typical_outline,
)
from nlp.compose.outline import outline
from nlp.errors import InputError
from nlp.library import DraftConflict, DraftNotFound, Library
from nlp.library.store import DELETED_DRAFTS_KEPT
from nlp.models import Draft, DraftBlock, Group, GroupMember, StoredBlock

from ..conftest import server_processes

PLAN = Draft(
    "20__年XX医院工会工作计划",
    {"unit": "某市人民医院", "year": 2026, "其他": "职工 1200 人"},
    (
        DraftBlock("heading", "加强工会组织建设", 1, "一、", source_id=7, original_marker="二、"),
        DraftBlock("item", "召开职工代表大会。", 2, "（一）"),
        DraftBlock("paragraph", "以迎世博为契机，开展“四个一”活动<b>。"),
    ),
)


@pytest.fixture
def path(tmp_path):
    return tmp_path / "lib.sqlite3"


@pytest.fixture
def library(path):
    with Library(path) as lib:
        yield lib


def test_a_draft_roundtrips_whole(library):
    stored = library.create_draft(PLAN)
    assert stored.revision == 1 and stored.draft == PLAN
    again = library.draft(stored.id)
    assert again.draft == PLAN and again.draft.blocks[0].source_id == 7
    assert again.draft.blocks[0].original_marker == "二、"
    [summary] = library.drafts()
    assert (summary.id, summary.title, summary.blocks, summary.revision) == (stored.id, PLAN.title, 3, 1)
    assert summary.updated_at == stored.updated_at


def test_saving_bumps_the_revision_and_the_update_time(library):
    stored = library.create_draft(PLAN)
    edited = Draft("2026年某市人民医院工会工作计划", {"year": 2026}, PLAN.blocks[:2])
    saved = library.save_draft(stored.id, edited, revision=1)
    assert saved.revision == 2 and saved.updated_at > stored.updated_at
    assert library.draft(stored.id).draft == edited
    assert library.drafts()[0].blocks == 2


def test_drafts_survive_reopening_the_file(path):
    with Library(path) as lib:
        first = lib.create_draft(PLAN)
        second = lib.create_draft(Draft("空白草稿"))
        lib.save_draft(first.id, Draft(PLAN.title, PLAN.specifics, PLAN.blocks[1:]), revision=1)
    with Library(path) as lib:  # a server restart
        assert [d.id for d in lib.drafts()] == [first.id, second.id]  # most recently saved first
        reopened = lib.draft(first.id)
        assert reopened.revision == 2 and reopened.draft.blocks == PLAN.blocks[1:]
        assert reopened.draft.specifics == PLAN.specifics
        assert lib.draft(second.id).draft == Draft("空白草稿")


def test_a_stale_revision_is_refused_and_nothing_is_lost(library):
    stored = library.create_draft(PLAN)
    tab_a = library.draft(stored.id)
    tab_b = library.draft(stored.id)
    b_edit = Draft(PLAN.title, PLAN.specifics, (*PLAN.blocks, DraftBlock("paragraph", "B 标签页加的一段")))
    library.save_draft(stored.id, b_edit, revision=tab_b.revision)
    with pytest.raises(DraftConflict) as refused:
        library.save_draft(stored.id, Draft("A 标签页改的标题", {}, ()), revision=tab_a.revision)
    assert isinstance(refused.value, InputError)
    assert "另一个窗口" in str(refused.value) and "没有保存" in str(refused.value)
    assert (refused.value.revision, refused.value.current) == (1, 2)
    current = library.draft(stored.id)
    assert current.draft == b_edit and current.revision == 2  # B's edit kept, A's not written
    # A reloads and saves on top of the current revision.
    library.save_draft(
        stored.id, Draft("A 标签页改的标题", current.draft.specifics, current.draft.blocks), revision=current.revision
    )
    assert library.draft(stored.id).draft.blocks[-1].text == "B 标签页加的一段"


def test_copy_is_independent(library):
    original = library.create_draft(PLAN)
    copy = library.copy_draft(original.id)
    assert copy.id != original.id and copy.revision == 1
    assert copy.draft.title == f"{PLAN.title}（副本）" and copy.draft.blocks == PLAN.blocks
    library.save_draft(copy.id, Draft("副本改过", {}, ()), revision=1)
    assert library.draft(original.id).draft == PLAN
    assert library.copy_draft(original.id, title="另一份").draft.title == "另一份"


def test_delete_and_undo(library):
    keep = library.create_draft(Draft("留下的"))
    first = library.create_draft(Draft("先删的"))
    second = library.create_draft(PLAN)
    library.delete_draft(first.id)
    library.delete_draft(second.id)
    assert [d.id for d in library.drafts()] == [keep.id]
    assert [d.id for d in library.deleted_drafts()] == [second.id, first.id]
    with pytest.raises(DraftNotFound, match="已被删除"):
        library.draft(second.id)
    with pytest.raises(DraftNotFound, match="已在别处被删除"):
        library.save_draft(second.id, PLAN, revision=1)
    restored = library.restore_draft()  # the most recent deletion
    assert restored.id == second.id and restored.draft == PLAN and restored.revision == 1
    assert library.restore_draft(first.id).draft.title == "先删的"
    assert {d.id for d in library.drafts()} == {keep.id, first.id, second.id}
    with pytest.raises(DraftNotFound, match="没有可以撤销的删除"):
        library.restore_draft()
    with pytest.raises(DraftNotFound):
        library.delete_draft(12345)


def test_old_deleted_drafts_are_purged(library):
    ids = [library.create_draft(Draft(f"草稿{i}")).id for i in range(DELETED_DRAFTS_KEPT + 3)]
    for draft_id in ids:
        library.delete_draft(draft_id)
    kept = [d.id for d in library.deleted_drafts()]
    assert kept == ids[::-1][:DELETED_DRAFTS_KEPT]  # the most recent ones stay for undo
    later = datetime.now(UTC) + timedelta(days=31)
    assert library.purge_deleted_drafts(now=later) == DELETED_DRAFTS_KEPT
    assert library.deleted_drafts() == []


def _append_blocks(library: Library, draft_id: int, label: str, count: int) -> int:
    """Append ``count`` blocks one save at a time, reloading and retrying on a conflict; the conflicts met."""
    conflicts = 0
    for n in range(count):
        while True:
            stored = library.draft(draft_id)
            blocks = (*stored.draft.blocks, DraftBlock("paragraph", f"{label}-{n}"))
            try:
                library.save_draft(
                    draft_id, Draft(stored.draft.title, stored.draft.specifics, blocks), revision=stored.revision
                )
                break
            except DraftConflict:
                conflicts += 1
    return conflicts


def _process_writer(path: str, draft_id: int, label: str, count: int, queue) -> None:
    with Library(path) as library:
        queue.put(_append_blocks(library, draft_id, label, count))


def test_two_threads_on_two_drafts_lose_nothing(library):
    """Two sessions of one server share a Library; each edits its own draft."""
    a, b = library.create_draft(Draft("A")), library.create_draft(Draft("B"))
    threads = [threading.Thread(target=_append_blocks, args=(library, d.id, d.draft.title, 60)) for d in (a, b)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for stored in (a, b):
        now = library.draft(stored.id)
        assert [blk.text for blk in now.draft.blocks] == [f"{stored.draft.title}-{n}" for n in range(60)]
        assert now.revision == 61


def test_two_processes_on_two_drafts_and_on_one_draft_lose_nothing(path):
    """Separate connections (two server processes): saves of A never touch B; on one shared draft,
    stale saves are refused and retried, so every append survives."""
    with Library(path) as library:
        a, b = library.create_draft(Draft("A")), library.create_draft(Draft("B"))
        shared = library.create_draft(Draft("共用"))
    context = server_processes(__name__)
    queue = context.Queue()
    jobs = [(a.id, "A"), (b.id, "B"), (shared.id, "P1"), (shared.id, "P2")]
    processes = [
        context.Process(target=_process_writer, args=(str(path), draft_id, label, 25, queue))
        for draft_id, label in jobs
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join(60)
        assert process.exitcode == 0
    for _ in processes:
        queue.get(timeout=5)  # each writer's conflict count: scheduling decides it, losses must be zero
    with Library(path) as library:
        assert [x.text for x in library.draft(a.id).draft.blocks] == [f"A-{n}" for n in range(25)]
        assert [x.text for x in library.draft(b.id).draft.blocks] == [f"B-{n}" for n in range(25)]
        texts = [x.text for x in library.draft(shared.id).draft.blocks]
        assert sorted(texts) == sorted(f"P{p}-{n}" for p in (1, 2) for n in range(25))
        assert library.draft(shared.id).revision == 51
    assert sqlite3.connect(path).execute("SELECT COUNT(*) FROM drafts").fetchone()[0] == 3


# --- starting and building a draft (nlp.compose) ------------------------------------------------


def _library(*documents: list[tuple[str, str, int | None]]):
    """Stored blocks of hand-made documents: each a list of (type, text, level), and the groups of
    equal texts."""
    blocks, next_id = [], 1
    for document_id, rows in enumerate(documents, 1):
        for position, (kind, text, level) in enumerate(rows):
            blocks.append(
                StoredBlock(next_id, document_id, position, kind, level, None, text, f"文档{document_id}", "x.txt")
            )
            next_id += 1
    by_text: dict[str, list] = {}
    for block in blocks:
        by_text.setdefault(block.text, []).append(block)
    groups = [
        Group(
            n,
            text,
            members[0].type,
            tuple(
                GroupMember(b.id, b.document_id, b.document_title, b.file_name, b.type, b.marker, b.text, 1.0)
                for b in members
            ),
        )
        for n, (text, members) in enumerate(by_text.items(), 1)
    ]
    return groups, blocks


def test_typical_outline_takes_shared_headings_in_their_usual_order():
    groups, blocks = _library(
        [
            ("heading", "指导思想", 1),
            ("paragraph", "正文甲", None),
            ("heading", "加强组织建设", 1),
            ("heading", "三月份", 1),
            ("heading", "只此一家", 1),
            ("heading", "主要工作：", 1),
            ("heading", "丰富文体活动", 1),
            ("paragraph", "正文乙", None),
        ],
        [
            ("heading", "丰富文体活动", 1),
            ("heading", "指导思想", 1),
            ("heading", "加强组织建设", 1),
            ("heading", "三月份", 1),
            ("heading", "主要工作：", 1),
            ("heading", "完善职代会", 2),
            ("paragraph", "正文乙", None),
            ("heading", "丰富文体活动", 1),
        ],
        [("paragraph", "正文丙", None), ("heading", "完善职代会", 2), ("heading", "丰富文体活动", 1)],
    )
    typical = typical_outline(groups, blocks)
    # no month schedule, no list introduction, no heading of one document, no paragraph;
    # ordered by median position
    assert outline(typical) == ["一、指导思想", "二、加强组织建设", "  （一）完善职代会", "三、丰富文体活动"]
    assert typical[0].source_id == 1 and typical[0].type == "heading"
    # a level-2 heading first in the outline becomes level 1
    assert outline(typical_outline(groups, blocks, documents={2, 3}, limit=2)) == ["一、完善职代会", "二、丰富文体活动"]
    assert typical_outline(groups, blocks, documents={1}) == ()
    assert typical_outline([], []) == ()


def test_drafts_start_from_a_document_and_grow_by_inserting_editing_removing():
    _, blocks = _library(
        [
            ("heading", "指导思想", 1),
            ("paragraph", "正文甲", None),
            ("item", "召开职代会。", 2),
            ("heading", "丰富文体活动", 1),
        ]
    )
    assert outline(from_document(blocks)) == ["一、指导思想", "二、丰富文体活动"]
    whole = from_document(blocks, headings_only=False)
    assert outline(whole) == ["一、指导思想", "¶ 正文甲", "  （一）召开职代会。", "二、丰富文体活动"]
    own = text_block("（三）深化“职工之家”建设", kind="heading")
    assert (own.text, own.level, own.original_marker) == ("深化“职工之家”建设", 2, "（三）")
    assert text_block("一、二段", kind="paragraph").text == "一、二段"
    assert text_block("做好体检", kind="item", level=3).level == 3
    with pytest.raises(InputError, match="请先写下"):
        text_block("  ", kind="paragraph")
    grown = insert_blocks(whole, [own], 1)
    assert outline(grown)[:3] == ["一、指导思想", "  （一）深化“职工之家”建设", "¶ 正文甲"]
    assert outline(insert_blocks(whole, [own]))[-1] == "  （一）深化“职工之家”建设"
    assert outline(remove_block(grown, 0))[:2] == ["  （一）深化“职工之家”建设", "¶ 正文甲"]
    assert edit_text(grown, 2, " 新的正文 ")[2].text == "新的正文"
    with pytest.raises(InputError, match="不能为空"):
        edit_text(grown, 2, "")
    with pytest.raises(InputError):
        remove_block(grown, 9)


def test_a_drafts_closing_switch_is_kept_across_saves_and_copies(tmp_path):
    with Library(tmp_path / "lib.sqlite3") as library:
        stored = library.create_draft(Draft("计划", {}, (), signature=False))
        assert library.draft(stored.id).draft.signature is False
        saved = library.save_draft(stored.id, Draft("计划二", {}, (), signature=False), revision=stored.revision)
        assert saved.draft.signature is False and library.copy_draft(stored.id).draft.signature is False
