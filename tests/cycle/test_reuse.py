"""合理借鉴: a drafter marks a paragraph as legitimate reuse; 查重 lists it apart and gives both figures."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from nlp import usecases
from nlp.access import DRAFTER, Actor, Refused, ScopedLibrary
from nlp.check import CheckSettings
from nlp.check.reports import report_html, report_json
from nlp.cli import main
from nlp.compose import MOVES, from_block, text_block
from nlp.errors import InputError
from nlp.library import Library
from nlp.library.migrations import SCHEMA_VERSION
from nlp.models import Draft

from ..files import previous_release

DATA = Path(__file__).parent / "data"
CONGRESS = "开好职工代表大会，征集职工提案，提案办复率达到100%。"


def draft_of(library) -> int:
    """A 2026 plan of three blocks taken from the library: the congress item, two of p1's."""
    stored = library.blocks()
    congress = from_block(next(b for b in stored if b.text == CONGRESS))
    others = [from_block(b) for b in stored if "p1" in b.file_name and len(b.text) > 30][:2]
    return library.create_draft(Draft("2026年工作计划", {"year": 2026}, (congress, *others))).id


def test_a_marked_paragraph_is_listed_apart_and_left_out_of_the_second_figure(library):
    draft_id = draft_of(library)
    before = usecases.check_saved_draft(library, draft_id, CheckSettings())
    assert before.summary.copied_ratio_excluding_reuse == before.summary.copied_ratio  # nothing marked yet
    assert usecases.mark_reuse(library, draft_id, 0, " 工会章程原文 ") == CONGRESS
    report = usecases.check_saved_draft(library, draft_id, CheckSettings())
    summary = report.summary
    marked = next(b for b in report.blocks if b.text == CONGRESS)
    assert marked.origin.reuse == "工会章程原文" and marked.copied_characters >= len(CONGRESS) - 2
    assert summary.copied_ratio == before.summary.copied_ratio  # the total is unchanged
    assert summary.copied_ratio_excluding_reuse == pytest.approx(
        (summary.copied_characters - marked.copied_characters) / summary.characters, abs=1e-4
    )
    payload = report_json(report)
    assert payload["reuse"] == [
        {"number": 1, "text": CONGRESS, "reason": "工会章程原文", "copied_characters": marked.copied_characters}
    ]
    assert payload["summary"]["copied_ratio_excluding_reuse"] == summary.copied_ratio_excluding_reuse
    page = report_html(report)
    assert "<h2>合理借鉴</h2>" in page and "去除合理借鉴复制比" in page and "工会章程原文" in page


def test_a_mark_survives_reload_moves_and_a_new_number_and_goes_with_a_rewrite(library):
    draft_id = draft_of(library)
    usecases.mark_reuse(library, draft_id, 0, "")
    stored = library.draft(draft_id)
    moved = replace(stored.draft, blocks=MOVES["down"](stored.draft.blocks, 0))
    library.save_draft(draft_id, moved, revision=stored.revision)
    with Library(library.path) as reopened:
        draft = reopened.draft(draft_id).draft
        origins = usecases.draft_origins(reopened, draft, draft_id)
        assert [o.reuse for o in origins] == [None, "", None]  # the mark moved with its paragraph
        year = replace(draft, blocks=tuple(replace(b, text=b.text.replace("100%", "98%")) for b in draft.blocks))
        assert usecases.draft_origins(reopened, year, draft_id)[1].reuse == ""  # a number is no rewrite
        rewritten = replace(draft.blocks[1], text="召开第五届职工代表大会第二次会议。")
        assert usecases.draft_origins(reopened, replace(draft, blocks=(rewritten,)), draft_id)[0].reuse is None
    usecases.mark_reuse(library, draft_id, 1, on=False)
    assert library.reuse_marks(draft_id) == []


def test_only_the_drafts_owner_marks(tmp_path):
    with Library(tmp_path / "lib.sqlite3") as store:
        owner, colleague = (Actor(name, DRAFTER, 1, n) for n, name in enumerate(("起草人甲", "起草人乙"), 1))
        draft_id = (
            ScopedLibrary(store, owner).create_draft(Draft("计划", {}, (text_block(CONGRESS, kind="paragraph"),))).id
        )
        with pytest.raises(Refused, match="只有草稿的起草人能标记合理借鉴"):
            usecases.mark_reuse(ScopedLibrary(store, colleague), draft_id, 0, "章程")
        usecases.mark_reuse(ScopedLibrary(store, owner), draft_id, 0, "章程")
        assert [m.reason for m in ScopedLibrary(store, colleague).reuse_marks(draft_id)] == ["章程"]
        assert store.audit_entries()[0].action == "标记合理借鉴"
        with pytest.raises(InputError, match="没有第 5 段"):
            usecases.mark_reuse(ScopedLibrary(store, owner), draft_id, 4)


def test_a_library_of_the_previous_schema_gains_marks_and_keeps_its_drafts(tmp_path):
    path = tmp_path / "old.sqlite3"
    with Library(tmp_path / "source.sqlite3") as source:
        draft_id = source.create_draft(Draft("旧草稿", {}, (text_block(CONGRESS, kind="paragraph"),))).id
        previous_release(path, source, version=4)  # the file as schema version 4 left it, before marks
    with Library(path) as library:
        assert library.draft(draft_id).draft.title == "旧草稿"
        usecases.mark_reuse(library, draft_id, 0, "章程")
        assert [m.text for m in library.reuse_marks(draft_id)] == [CONGRESS]
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_cli_marks_and_checks_with_both_figures(library, capsys):
    draft_id = draft_of(library)
    db = str(library.path)
    assert main(["mark-reuse", str(draft_id), "1", "--reason", "工会章程原文", "--db", db, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["marked"] is True
    assert main(["check", "--draft", str(draft_id), "--db", db]) == 0
    shown = capsys.readouterr().out
    assert "总文字复制比" in shown and "去除合理借鉴复制比" in shown and "合理借鉴（工会章程原文）" in shown
    assert main(["mark-reuse", str(draft_id), "9", "--db", db]) == 2
    assert main(["mark-reuse", str(draft_id), "1", "--off", "--db", db]) == 0
    assert library.reuse_marks(draft_id) == []
