"""One 提法 changed in many drafts: preview, apply, undo, and a draft edited in between."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from nlp import usecases
from nlp.cli import main
from nlp.cycle import preview_replace
from nlp.errors import InputError
from nlp.library import DraftConflict, Library, parse_file
from nlp.models import Draft, DraftBlock

PLAN = Path(__file__).parent / "data" / "years" / "plan_2025.txt"


def plan_draft(title: str) -> Draft:
    with PLAN.open("rb") as handle:
        document = parse_file(handle, PLAN.name).documents[0]
    return Draft(title, {"year": 2026}, tuple(DraftBlock(b.type, b.text, b.level) for b in document.blocks))


@pytest.fixture
def library(tmp_path):
    with Library(tmp_path / "lib.sqlite3") as library:
        yield library


def test_preview_apply_and_undo(library):
    a = library.create_draft(plan_draft("院务公开计划甲"))
    b = library.create_draft(plan_draft("乙"))
    changes = preview_replace([library.draft(a.id), library.draft(b.id)], "院务公开", "政务公开")
    assert [(c.draft_id, c.block_index) for c in changes] == [(a.id, -1), (a.id, 3), (b.id, 3)]
    assert changes[1].after == "推进政务公开，每季度公开一次职工关心的热点问题。"
    assert library.draft(a.id).draft.blocks[3].text.startswith("推进院务公开")  # a preview saves nothing

    outcome = usecases.replace_everywhere(library, [a.id, b.id], "院务公开", "政务公开")
    assert library.draft(a.id).draft.title == "政务公开计划甲"
    assert all("院务公开" not in blk.text for d in (a, b) for blk in library.draft(d.id).draft.blocks)
    assert usecases.undo_replace(library, outcome) == 2
    assert library.draft(a.id).draft == plan_draft("院务公开计划甲")


def test_undo_refuses_a_draft_edited_since(library):
    a = library.create_draft(plan_draft("甲"))
    outcome = usecases.replace_everywhere(library, [a.id], "院务公开", "政务公开")
    current = library.draft(a.id)
    library.save_draft(a.id, replace(current.draft, title="甲（改）"), revision=current.revision)
    with pytest.raises(DraftConflict):
        usecases.undo_replace(library, outcome)
    assert library.draft(a.id).draft.title == "甲（改）"


def test_nothing_to_replace_is_a_user_error():
    with pytest.raises(InputError, match="旧提法"):
        preview_replace([], "  ", "十五五")
    with pytest.raises(InputError, match="相同"):
        preview_replace([], "十四五", "十四五")


def test_cli_replace_previews_then_applies(capsys, fresh_db):
    with Library(fresh_db) as library:
        draft_id = library.create_draft(plan_draft("计划")).id
    assert main(["replace", "院务公开", "政务公开", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["applied"] is False and [c["block_index"] for c in payload["changes"]] == [3]
    assert main(["replace", "院务公开", "政务公开", "--apply"]) == 0
    assert "已在 1 份草稿中替换 1 处" in capsys.readouterr().out
    with Library(fresh_db) as library:
        assert library.draft(draft_id).draft.blocks[3].text.startswith("推进政务公开")
    assert main(["replace", "", "十五五"]) == 2


def test_cli_replace_keeps_to_the_unit_named(capsys, fresh_db):
    """``--unit`` narrows replace as every other command: the other unit's drafts are neither
    previewed nor changed, and naming one of them is answered as a draft that does not exist."""
    with Library(fresh_db) as library:
        nursing = library.add_unit("护理部").id
        ours = library.create_draft(plan_draft("本单位计划")).id
        theirs = library.create_draft(plan_draft("护理部计划"), unit_id=nursing).id
    assert main(["replace", "院务公开", "政务公开", "--apply", "--unit", "护理部", "--json"]) == 0
    assert {c["draft_id"] for c in json.loads(capsys.readouterr().out)["changes"]} == {theirs}
    with Library(fresh_db) as library:
        assert library.draft(ours).draft.blocks[3].text.startswith("推进院务公开")
        assert library.draft(theirs).draft.blocks[3].text.startswith("推进政务公开")
    assert main(["replace", "院务公开", "政务公开", "--draft", str(ours), "--unit", "护理部"]) == 2
    assert str(ours) in capsys.readouterr().err
