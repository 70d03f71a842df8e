"""Provenance of draft blocks: kept across saves, edits noticed, and 查重 split by it."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path

import pytest
from docx import Document as read_docx

from nlp import usecases
from nlp.check import CheckSettings, check_drafts, library_index, pasted_draft
from nlp.check.reports import report_docx, report_html, report_json
from nlp.cli import main
from nlp.compose import from_block, text_block
from nlp.cycle import edited, reuse_split, source_notes
from nlp.models import Draft

DATA = Path(__file__).parent / "data"


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


def _mixed_draft(library) -> Draft:
    """A 2026 plan: two blocks of the 2025 plan (one edited), one typed by the drafter."""
    stored = [b for b in library.blocks() if b.document_title.startswith("城南医院工会2025年") and len(b.text) > 20]
    kept = from_block(stored[1])
    changed = from_block(next(b for b in stored if "不少于400人次" in b.text))
    changed = replace(changed, text=changed.text.replace("不少于400人次", "不少于600人次，覆盖全部科室"))
    own = text_block("今年新增职工服务小程序，职工可在线提交意见和建议。", kind="paragraph")
    specifics = {"year": 2026, "unit": "城南医院工会", "date": "2026-03-08"}  # the export ends with its 落款
    return Draft("城南医院工会2026年工作计划", specifics, (kept, changed, own))


def test_check_of_a_saved_draft_names_each_blocks_origin(library):
    saved = library.create_draft(_mixed_draft(library))
    report = usecases.check_saved_draft(library, saved.id, CheckSettings())
    origins = [b.origin for b in report.blocks if b.origin is not None]
    assert [o.status for o in origins] == ["unchanged", "edited", "own"]
    assert origins[0].document == "城南医院工会2025年工作计划" and origins[0].year == 2025
    assert origins[0].unit == "本单位"  # the unit of the source document, as the person sees it
    blocks = report_json(report)["blocks"]
    labels = [b["origin"]["label"] for b in blocks if b["origin"]]
    assert labels == [
        "来自《城南医院工会2025年工作计划》 · 本单位 · 原样沿用",
        "来自《城南医院工会2025年工作计划》 · 本单位 · 已修改",
        "本人撰写",
    ]
    assert [b["origin"] for b in blocks if b["text"] in ("城南医院工会", "2026年3月8日")] == [None, None]
    assert "本段来源：来自《城南医院工会2025年工作计划》 · 本单位 · 已修改" in report_html(report)
    cells = [c.text for t in read_docx(io.BytesIO(report_docx(report))).tables for r in t.rows for c in r.cells]
    assert any("本段来源：本人撰写" in c for c in cells)


def test_cli_checks_a_saved_draft_with_origins(library, capsys):
    saved = library.create_draft(_mixed_draft(library))
    assert main(["check", "--db", str(library.path), "--draft", str(saved.id), "--json"]) == 0
    blocks = json.loads(capsys.readouterr().out)["blocks"]
    assert [b["origin"]["status"] for b in blocks if b["origin"]] == ["unchanged", "edited", "own"]
    assert main(["check", "--db", str(library.path)]) == 2  # neither a file nor a draft
    assert main(["check", "--db", str(library.path), "--draft", "999"]) == 2
