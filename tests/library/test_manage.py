"""A library the user manages: removal into the trash and undo, corrections of a parse that survive a
re-import, applied by the pure step of nlp.library.corrections, and who may make them."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from nlp import access, usecases
from nlp.check import CheckSettings
from nlp.errors import InputError
from nlp.library import Library, parse_file
from nlp.library.corrections import apply_corrections, corrected_outline
from nlp.library.migrations import SCHEMA_VERSION
from nlp.library.store import TRASH_KEPT
from nlp.models import Correction, Document, Draft, DraftBlock, ParseResult
from nlp.usecases import import_path

from .. import files
from ..conftest import SEEDS, parsed_seed
from ..files import previous_release


@pytest.fixture
def library(tmp_path):
    with Library(tmp_path / "lib.sqlite3") as lib:
        yield access.ScopedLibrary(lib, access.local_actor())


def _groups(library) -> set[tuple[str, ...]]:
    """The 模板段落 groups, each as its members' texts."""
    return {tuple(sorted(m.text for m in g.members)) for g in usecases.library_groups(library)}


def _copied(library, text: str) -> float:
    blocks = usecases.read_check_draft(text.encode("utf-8"), "draft.txt")
    report = usecases.check_within_budget([("draft.txt", blocks)], usecases.check_index(library), CheckSettings())
    return report.reports[0].summary.copied_ratio


def test_a_removed_file_goes_to_the_trash_and_comes_back_and_every_derived_view_follows(library):
    first, second = (import_path(library, path) for path in SEEDS[:2])
    before_groups, documents = _groups(library), library.documents()
    # the first file's paragraphs that nothing else in the library resembles
    alone = {m.text for g in usecases.library_groups(library) if g.documents == 1 for m in g.members}
    mine = {d.id for d in documents if d.file_id == first.file_id}
    own = [b.text for b in library.blocks() if b.document_id in mine and b.text in alone and len(b.text) > 30]
    text, draft = own[0], "\n".join(own[:6])
    before_copied = _copied(library, draft)
    assert before_copied > 0.5

    name = usecases.remove_file(library, first.file_id)
    assert name == SEEDS[0].name and first.file_id not in {f.id for f in library.files()}
    [trashed] = library.trashed_files()
    assert (trashed.id, trashed.name, trashed.documents) == (first.file_id, name, first.added)
    after_groups = _groups(library)
    assert after_groups != before_groups  # the boilerplate map lost the removed file's blocks
    assert text not in {b.text for b in library.blocks()}
    assert _copied(library, draft) < before_copied  # the 查重 index no longer holds the removed text

    outcome = usecases.restore_file(library, first.file_id)
    assert outcome.file_id == first.file_id and outcome.added == first.added
    assert library.documents()[0].title == documents[0].title and len(library.documents()) == len(documents)
    assert _groups(library) == before_groups and _copied(library, draft) == before_copied
    assert library.trashed_files() == []
    with pytest.raises(InputError, match="回收站中没有编号为"):
        usecases.restore_file(library, first.file_id)
    assert second.ok


def test_a_file_imported_again_empties_its_place_in_the_trash(library):
    first = import_path(library, SEEDS[0])
    usecases.remove_file(library, first.file_id)
    again = import_path(library, SEEDS[0])
    assert again.ok and again.added == first.added and library.trashed_files() == []
    with pytest.raises(InputError, match="回收站中没有编号为"):
        usecases.restore_file(library, first.file_id)


def test_corrections_change_the_stored_documents_and_survive_a_removal_and_a_re_import(library):
    first = import_path(library, SEEDS[0])
    documents = [d for d in library.documents() if d.file_id == first.file_id]
    doc = documents[0]
    stored = library.document(doc.id)
    junk_text = stored.blocks[2].text
    usecases.correct_document(library, doc.id, "junk", block=2, value="示例段落")
    usecases.correct_document(library, library.documents()[0].id, "title", value="改过的标题")
    usecases.correct_document(library, library.documents()[0].id, "year", value="2019")
    usecases.correct_document(library, library.documents()[0].id, "block", block=0, value="heading:2")
    corrected = library.document(library.documents()[0].id)
    assert corrected.title == "改过的标题" and corrected.year == 2019
    assert junk_text not in [b.text for b in corrected.blocks] and len(corrected.blocks) == len(stored.blocks) - 1
    assert (corrected.blocks[0].type, corrected.blocks[0].level) == ("heading", 2)
    assert "人工标为杂项：示例段落" in [d.reason for d in library.dropped(first.file_id) if d.text == junk_text]

    usecases.remove_file(library, first.file_id)
    again = import_path(library, SEEDS[0])
    assert again.ok and again.corrected == 4  # kept by the file's content, applied again
    assert library.document(library.documents()[0].id) == corrected

    # restoring the junk block puts it back in its place; undoing the title correction restores the title
    [anchor] = usecases.junked_blocks(library, again.file_id)
    usecases.keep_block(library, again.file_id, anchor)
    title = next(c for c in library.corrections(again.file_id) if c.action == "title")
    usecases.undo_correction(library, again.file_id, title.id)
    back = library.document(library.documents()[0].id)
    assert back.blocks[2].text == junk_text and back.title == stored.title and back.year == 2019


def test_split_and_merge_are_inverse_and_a_split_block_titles_the_new_document(library):
    first = import_path(library, SEEDS[0])
    count = len(library.documents())
    doc = library.documents()[0]
    original = library.document(doc.id)
    heading = len(original.blocks) // 2
    usecases.correct_document(library, doc.id, "split", block=heading)
    assert len(library.documents()) == count + 1
    head, tail = (library.document(d.id) for d in library.documents()[:2])
    assert head.blocks == original.blocks[:heading] and tail.title == original.blocks[heading].text
    assert tail.blocks == original.blocks[heading + 1 :] and tail.kind == original.kind
    usecases.correct_document(library, library.documents()[0].id, "merge")
    assert library.document(library.documents()[0].id) == original and len(library.documents()) == count
    with pytest.raises(InputError, match="第一个段落块"):
        usecases.correct_document(library, library.documents()[0].id, "split", block=0)
    last = [d for d in library.documents() if d.file_id == first.file_id][-1]
    with pytest.raises(InputError, match="最后一篇"):
        usecases.correct_document(library, last.id, "merge")
    for value, message in (("heading:9", "层级"), ("title:1", "类型"), ("paragraph:", None)):
        if message is None:
            usecases.correct_document(library, doc.id, "block", block=0, value=value)
            continue
        with pytest.raises(InputError, match=message):
            usecases.correct_document(library, doc.id, "block", block=0, value=value)
    with pytest.raises(InputError, match="四位数字"):
        usecases.correct_document(library, library.documents()[0].id, "year", value="二〇一九")


def test_the_pure_step_skips_a_correction_whose_block_is_gone_and_names_repeated_texts_apart():
    parsed = parsed_seed("000")
    outline = corrected_outline(parsed, [])[1]
    anchors = [b.anchor for d in outline for b in d.blocks]
    assert len(set(anchors)) == len(anchors)  # every block named apart, repeated texts too
    gone = Correction("junk", "b000000000000:1", "不在文件中")
    assert apply_corrections(parsed, [gone]) == parsed
    target = outline[0].blocks[1]
    junked = apply_corrections(parsed, [Correction("junk", target.anchor, target.block.text)])
    assert target.block not in junked.documents[0].blocks and len(junked.dropped) == len(parsed.dropped) + 1


def test_only_a_drafter_of_the_unit_or_an_administrator_corrects_and_restores(tmp_path):
    with Library(tmp_path / "lib.sqlite3") as store:
        unit = store.add_unit("护理部")
        drafter = access.ScopedLibrary(store, access.Actor("李", access.DRAFTER, 1, 2))
        reviewer = access.ScopedLibrary(store, access.Actor("赵", access.REVIEWER, 1, 3))
        other = access.ScopedLibrary(store, access.Actor("钱", access.DRAFTER, unit.id, 4))
        first = import_path(drafter, SEEDS[0])
        doc = drafter.documents()[0]
        with pytest.raises(access.Refused, match="起草人或管理员"):
            usecases.correct_document(reviewer, doc.id, "title", value="审阅人改的")
        with pytest.raises(InputError, match="没有编号为"):
            usecases.correct_document(other, doc.id, "title", value="外单位改的")
        usecases.correct_document(drafter, doc.id, "title", value="起草人改的")
        assert store.documents()[0].title == "起草人改的"
        assert [c.person for c in store.corrections(1)] == ["李"]
        drafter.delete_file(first.file_id)
        assert reviewer.trashed_files() == [] and other.trashed_files() == []
        with pytest.raises(InputError):
            usecases.restore_file(other, first.file_id)
        with pytest.raises(access.Refused):
            usecases.restore_file(reviewer, first.file_id)
        usecases.restore_file(drafter, first.file_id)
        assert store.documents()[0].title == "起草人改的"
        actions = [e.action for e in store.audit_entries()]
        assert {"更正文件", "删除文件", "恢复文件"} <= set(actions)


def test_a_library_of_schema_4_gains_the_trash_and_corrections_and_its_files_can_be_corrected(tmp_path):
    with Library(tmp_path / "current.sqlite3") as source:
        import_path(source, SEEDS[0])
        # a file whose first document was already in the library (not stored twice): its second is at place 1
        seed = parsed_seed("000").documents
        shared = source.add_file("两篇.txt", "d" * 64, 1, ParseResult((seed[0], replace(seed[1], title="另一份"))))
        source.create_draft(Draft("旧草稿", {}, (DraftBlock("heading", "总体要求", 1, "一、"),)))
        documents = source.documents()
        path = tmp_path / "v4.sqlite3"
        previous_release(path, source, version=4)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 4
    with Library(path) as store:
        library = access.ScopedLibrary(store, access.local_actor())
        assert store.documents() == documents
        first = documents[0]
        stored = store.document(first.id)
        usecases.correct_document(library, first.id, "junk", block=1)
        assert len(store.document(store.documents()[0].id).blocks) == len(stored.blocks) - 1
        usecases.remove_file(library, first.file_id)
        usecases.restore_file(library, first.file_id)
        assert len(store.document(store.documents()[0].id).blocks) == len(stored.blocks) - 1
        [correction] = store.corrections(1)
        usecases.undo_correction(library, first.file_id, correction.id)
        assert store.document(store.documents()[0].id) == stored
        [other] = [d for d in store.documents() if d.file_id == shared.file_id]
        usecases.correct_document(library, other.id, "year", value="2018")
        [other] = [d for d in store.documents() if d.file_id == shared.file_id]
        assert (other.title, other.year) == ("另一份", 2018)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_the_trash_keeps_the_newest_removals_of_each_unit(tmp_path):
    with Library(tmp_path / "lib.sqlite3") as store:
        other = store.add_unit("护理部")
        block = parsed_seed("000").documents[0].blocks[0]
        ids = []
        for n in range(TRASH_KEPT + 2):
            document = Document(f"第{n}份计划", "计划", 2024, (block,))
            ids.append(store.add_file(f"{n}.txt", f"{n:064d}", 1, ParseResult((document,))).file_id)
            store.delete_file(ids[-1])
        theirs = store.add_file("护理部.txt", "f" * 64, 1, ParseResult((document,)), unit_id=other.id).file_id
        store.delete_file(theirs)
        kept = [t.id for t in store.trashed_files({1})]
        assert kept == ids[::-1][:TRASH_KEPT]  # newest first, the two oldest purged
        assert [t.id for t in store.trashed_files({other.id})] == [theirs]


def test_a_library_of_schema_6_learns_which_titles_came_from_the_file_name_and_a_person_s_title_says_so(tmp_path):
    untitled = tmp_path / "无题.txt"
    untitled.write_text(
        "一、加强职工之家建设，推进会员服务工作的规范化和制度化。\n二、开展劳动竞赛，组织职工参加技能比武和岗位练兵活动。\n",
        encoding="utf-8",
    )
    with Library(tmp_path / "current.sqlite3") as source:
        import_path(source, SEEDS[0])
        import_path(source, untitled)
        sources = {d.title: d.title_source for d in source.documents()}
        path = tmp_path / "v6.sqlite3"
        previous_release(path, source, version=6)
    assert sources["无题"] == "file" and set(sources.values()) == {"text", "file"}
    with Library(path) as store:
        library = access.ScopedLibrary(store, access.local_actor())
        assert {d.title: d.title_source for d in store.documents()} == sources
        [mine] = [d for d in store.documents() if d.title == "无题"]
        assert store.document(mine.id).title_source == "file"
        usecases.correct_document(library, mine.id, "junk", block=1)  # re-applied to the kept parse
        [mine] = [d for d in store.documents() if d.file_id == mine.file_id]
        assert mine.title_source == "file"
        usecases.correct_document(library, mine.id, "title", value="工会工作要点")
        [mine] = [d for d in store.documents() if d.file_id == mine.file_id]
        assert (mine.title, mine.title_source) == ("工会工作要点", "person")
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 7


def test_a_title_in_the_text_is_the_documents_own_even_when_the_file_is_named_after_it():
    named_after = parse_file(files.plan_docx(), "2025年医院工会工作计划.docx").documents
    assert [(d.title, d.title_source) for d in named_after] == [("2025年医院工会工作计划", "text")]
    untitled = parse_file("加强职工之家建设，开展职工文体活动，做好困难职工帮扶工作。".encode(), "要点.txt").documents
    assert [(d.title, d.title_source) for d in untitled] == [("要点", "file")]
