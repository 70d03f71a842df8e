"""Provenance of draft blocks: kept across saves, edits noticed, and 查重 split by it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from nlp import usecases
from nlp.check import check_drafts, library_index, pasted_draft
from nlp.compose import from_block, text_block
from nlp.cycle import edited, reuse_split, source_notes
from nlp.library import Library
from nlp.models import Draft

DATA = Path(__file__).parent / "data"


@pytest.fixture
def library(tmp_path):
    with Library(tmp_path / "lib.sqlite3") as library:
        for path in (DATA / "years" / "plan_2025.txt", DATA / "p1_plan.txt"):
            assert usecases.import_path(library, path).ok
        yield library


def test_provenance_is_kept_across_saves_and_edits_are_noticed(library):
    stored = [b for b in library.blocks() if b.document_title.startswith("城南医院工会2025年")]
    taken = from_block(stored[3])
    assert (taken.source_document, taken.source_file, taken.source_year) == (
        "城南医院工会2025年工作计划",
        "plan_2025.txt",
        2025,
    )
    own = text_block("今年新增职工服务小程序。", kind="paragraph")
    saved = library.create_draft(Draft("草稿", {}, (taken, replace(taken, text=taken.text + "设立意见箱。"), own)))
    blocks = library.draft(saved.id).draft.blocks
    assert blocks[0] == taken  # every field back, provenance included
    assert [edited(b) for b in blocks] == [False, True, None]
    notes = source_notes(library.draft(saved.id).draft)
    assert [n.own for n in notes] == [False, False, True] and notes[0].document == "城南医院工会2025年工作计划"
    opening = from_block(next(b for b in stored if b.text.startswith("2025年，院工会")))
    assert edited(replace(opening, text=opening.text.replace("2025年", "2026年"))) is False  # a new year is no edit


def test_check_tells_chosen_reuse_from_copying_others(library):
    stored = library.blocks()
    chosen = [from_block(b) for b in stored if b.document_title.startswith("城南医院工会2025年") and len(b.text) > 20][
        :2
    ]
    copied = next(b.text for b in stored if b.text.startswith("建立定期沟通机制"))  # from p1, not named as a source
    draft = Draft("2026年计划", {}, (*chosen, text_block(copied, kind="paragraph")))
    blocks = pasted_draft("\n".join(b.text for b in draft.blocks))
    report = check_drafts([("草稿", blocks)], library_index(stored)).reports[0]
    split = reuse_split(report, draft)
    assert split.documents == ("城南医院工会2025年工作计划",)
    assert split.chosen > 0.3 and split.others > 0.3
    assert split.chosen + split.others == pytest.approx(report.summary.copied_ratio, abs=0.02)
