"""Where used: the documents (year, unit) and drafts that use a library block's group, as one person sees them."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from nlp import access, usecases
from nlp.access import DRAFTER, Actor, ScopedLibrary
from nlp.cli import main
from nlp.compose import from_block, text_block
from nlp.errors import InputError
from nlp.library import Library
from nlp.models import Draft

YEARS = Path(__file__).parent / "data" / "years"
CONGRESS = "开好职工代表大会，征集职工提案，提案办复率达到100%。"  # in all three years' plans


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """本单位 holds the 2024 and 2025 plans (2025 in the shared library), 护理部 the 2026 plan; 本单位
    has a draft taking the 2025 block, one editing it and one typing the same text; 护理部 one draft."""
    path = tmp_path_factory.mktemp("usage") / "lib.sqlite3"
    with Library(path) as library:
        nursing = library.add_unit("护理部").id
        local = ScopedLibrary(library, access.local_actor(1))
        for year in (2024, 2025):
            assert usecases.import_path(local, YEARS / f"plan_{year}.txt").ok
        assert usecases.import_path(ScopedLibrary(library, access.local_actor(nursing)), YEARS / "plan_2026.txt").ok
        shared = next(f.id for f in library.files() if f.name == "plan_2025.txt")
        local.set_file_shared(shared, True)
        block = next(b for b in library.blocks() if b.text == CONGRESS and "2025" in b.document_title)
        taken = from_block(block)
        local.create_draft(Draft("甲：取自文库", {}, (taken,)))
        local.create_draft(Draft("乙：改写", {}, (replace(taken, text=CONGRESS.replace("征集", "广泛征集")),)))
        local.create_draft(Draft("丙：自己写的同一段", {}, (text_block(CONGRESS, kind="item", level=1),)))
        ScopedLibrary(library, access.local_actor(nursing)).create_draft(Draft("护理部草稿", {}, (taken,)))
        yield library, nursing


def block_id(library, year: int) -> int:
    return next(b.id for b in library.blocks() if b.text == CONGRESS and str(year) in b.document_title)


def test_every_unit_sees_all_documents_and_drafts_using_a_block(store):
    library, _ = store
    used = usecases.block_where_used(ScopedLibrary(library, access.local_actor()), block_id(library, 2024))
    assert [(d.year, d.unit) for d in used.documents] == [(2026, "护理部"), (2025, "本单位"), (2024, "本单位")]
    assert {(d.title, d.how, d.status) for d in used.drafts} == {
        ("甲：取自文库", "taken", "unchanged"),
        ("乙：改写", "taken", "edited"),
        ("丙：自己写的同一段", "same", "own"),
        ("护理部草稿", "taken", "unchanged"),
    }


def test_a_person_sees_only_their_units_documents_and_drafts_and_the_shared_library(store):
    library, nursing = store
    person = ScopedLibrary(library, Actor("护理部起草人", DRAFTER, nursing, 99))
    used = usecases.block_where_used(person, block_id(library, 2026))
    assert [(d.year, d.unit) for d in used.documents] == [(2026, "护理部"), (2025, "共享文库")]
    assert [d.title for d in used.drafts] == ["护理部草稿"]
    with pytest.raises(InputError, match="没有编号为"):  # 本单位's own 2024 plan is not theirs to see
        usecases.block_where_used(person, block_id(library, 2024))


def test_cli_where_used_prints_json_and_refuses_an_unknown_block(store, capsys):
    library, _ = store
    db = str(library.path)
    assert main(["where-used", str(block_id(library, 2025)), "--db", db, "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["canonical_text"] == CONGRESS
    assert [d["year"] for d in payload["documents"]] == [2026, 2025, 2024]
    assert {d["how"] for d in payload["drafts"]} == {"taken", "same"}
    assert main(["where-used", str(block_id(library, 2025)), "--db", db, "--unit", "护理部"]) == 0
    shown = capsys.readouterr().out
    assert "护理部草稿" in shown and "甲：取自文库" not in shown
    assert main(["where-used", "999999", "--db", db]) == 2
