"""The 对照与年度对比 page driven with AppTest: a plan against its summary, a plan against earlier
years, and the 起草 page's marker beside each block."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from app import render
from nlp import usecases
from nlp.library import Library
from nlp.models import Draft, DraftBlock

from .. import apptest
from ..apptest import metric, page_html

DATA = Path(__file__).resolve().parent.parent / "cycle" / "data"


def import_cycle_files(db) -> dict[str, int]:
    """The p3 pair and the three years' plans into the test library: file stem -> document id."""
    with Library(db) as library:
        for path in [DATA / "p3_plan.txt", DATA / "p3_summary.txt", *sorted((DATA / "years").glob("plan_*.txt"))]:
            assert usecases.import_path(library, path).ok
        files = {f.id: Path(f.name).stem for f in library.files()}
        return {
            files[d.file_id]: d.id
            for d in library.documents()
            if files[d.file_id] in {"p3_plan", "p3_summary", "plan_2024", "plan_2025", "plan_2026"}
        }


def test_followup_table_evidence_targets_downloads_and_candidates(db):
    ids = import_cycle_files(db)
    with Library(db) as library:
        draft_id = library.create_draft(Draft("2025年计划草稿", {"year": 2025})).id
    at = apptest.open_page("app/pages/cycle.py")
    assert at.title[0].value == "对照与年度对比"
    at.selectbox(key="cycle_plan").set_value(ids["p3_plan"])
    at.selectbox(key="cycle_summary").set_value(ids["p3_summary"])
    at.radio(key="cycle_level").set_value(2).run()
    assert not at.exception
    assert [m.label for m in at.metric][:4] == ["完成率", "已落实", "部分", "未提及"]
    assert int(metric(at, "已落实")) + int(metric(at, "部分")) + int(metric(at, "未提及")) == 12
    markup = page_html(at)
    assert markup.count('class="jihua-followup"') == 4  # a table per section
    assert '<mark style="background:#fff3a3">在职党员到社区报到86名，认领服务岗位110个。</mark>' in markup
    assert "不少于25人：未达到" in markup
    assert {b.label for b in at.get("download_button")} >= {"下载对照表（DOCX）", "下载 JSON"}
    禁毒 = next(c for c in at.checkbox if "禁毒" in c.label)
    禁毒.check().run()
    at.selectbox(key="cycle_draft").set_value(draft_id)
    at.button(key="cycle_add").click().run()
    assert not at.exception and at.success
    with Library(db) as library:
        assert [b.text[:8] for b in library.draft(draft_id).draft.blocks] == ["加强禁毒宣传教育"]


def test_year_comparison_of_a_plan_and_the_compose_markers(db):
    ids = import_cycle_files(db)
    at = apptest.open_page("app/pages/cycle.py")
    at.selectbox(key="cycle_compare").set_value(("doc", ids["plan_2026"])).run()
    assert not at.exception
    assert metric(at, "沿用") == "5" and metric(at, "改写") == "2" and metric(at, "新增") == "1"
    markup = page_html(at)
    assert "沿用2年" in markup and "jihua-followup" not in markup  # nothing to 对照 before both are chosen
    assert '<del title="范本中有、此处没有"' in markup and "<ins" in markup  # 400 → 500人次
    assert any("建设职工书屋" in m.value for m in at.markdown)

    with Library(db) as library:
        blocks = tuple(DraftBlock(b.type, b.text, b.level) for b in library.document(ids["plan_2026"]).blocks)
        draft_id = library.create_draft(Draft("2026年计划", {"year": 2026}, blocks)).id
    compose = AppTest.from_file(str(apptest.ROOT / "app/pages/compose.py"), default_timeout=90)
    compose.query_params["draft"] = str(draft_id)
    compose.run()
    assert not compose.exception
    badges = [h.value for h in compose.html if 'class="jihua-year"' in h.value]
    assert len(badges) == len(blocks) and "沿用2年" in badges[0] and "新增" in badges[-1]

    # The same draft on the 年度对比 tab: its 来源说明 (all typed: no library source) and 查重 split.
    at = apptest.open_page("app/pages/cycle.py")
    at.selectbox(key="cycle_compare").set_value(("draft", draft_id)).run()
    notes = at.dataframe[0].value
    assert list(notes.columns) == ["段", "开头", "来源", "单位", "文件", "年份", "修改过", "合理借鉴"] and set(
        notes["来源"]
    ) == {"本人撰写"}
    at.toggle(key="cycle_reuse").set_value(True).run()
    assert not at.exception
    assert metric(at, "沿用所选来源") == "0.0%" and metric(at, "其他来源") != "0.0%"  # copies of 2024/2025 plans


def test_replace_a_phrase_in_drafts_with_preview_and_undo(db):
    ids = import_cycle_files(db)
    with Library(db) as library:
        blocks = tuple(DraftBlock(b.type, b.text, b.level) for b in library.document(ids["plan_2025"]).blocks)
        draft_id = library.create_draft(Draft("2026年计划", {"year": 2026}, blocks)).id
    at = apptest.open_page("app/pages/cycle.py")
    at.multiselect(key="cycle_replace_drafts").set_value([draft_id])
    at.text_input(key="cycle_replace_old").input("院务公开")
    at.text_input(key="cycle_replace_new").input("政务公开").run()
    before = "推进院务公开，每季度公开一次职工关心的热点问题。"
    assert render.diff_html(before, before.replace("院务", "政务")) in page_html(at)  # the preview; nothing saved yet
    with Library(db) as library:
        assert "推进院务公开" in library.draft(draft_id).draft.blocks[3].text
    at.button(key="cycle_replace_apply").click().run()
    assert not at.exception and any("已在 1 份草稿中替换" in s.value for s in at.success)
    with Library(db) as library:
        assert library.draft(draft_id).draft.blocks[3].text.startswith("推进政务公开")
    at.button(key="cycle_replace_undo_button").click().run()
    assert any("已撤销" in s.value for s in at.success)
    with Library(db) as library:
        assert library.draft(draft_id).draft.blocks == blocks
