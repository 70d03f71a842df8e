"""年度对比 on a three-year sequence of one unit's plans (tests/cycle/data/years/README.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nlp import usecases
from nlp.cli import main
from nlp.cycle import EarlierPlan, YearText, compare_years
from nlp.library import Library, parse_file
from nlp.models import Draft, DraftBlock

YEARS = Path(__file__).parent / "data" / "years"


def plan(year: int):
    path = YEARS / f"plan_{year}.txt"
    with path.open("rb") as handle:
        return parse_file(handle, path.name).documents[0]


@pytest.fixture(scope="module")
def comparison():
    earlier = [EarlierPlan(plan(y).title, y, plan(y).blocks) for y in (2025, 2024)]
    draft = plan(2026)
    return compare_years(draft.title, 2026, [YearText(b.type, b.text) for b in draft.blocks], earlier)


def block(comparison, starts: str):
    (found,) = [b for b in comparison.blocks if b.text.startswith(starts)]
    return found


def test_each_kind_of_change_is_found(comparison):
    assert block(comparison, "2026年，院工会").marker == "沿用2年"  # only the year differs
    assert block(comparison, "开好职工代表大会").marker == "沿用2年"
    assert block(comparison, "推进院务公开").status == "changed"
    assert block(comparison, "推进院务公开").previous == "推进院务公开，每季度公开一次职工关心的热点问题。"
    assert block(comparison, "春节、中秋走访慰问").marker == "沿用1年"  # new in 2025
    assert block(comparison, "上线职工服务小程序").marker == "新增"
    assert [d.text[:6] for d in comparison.dropped] == ["建设职工书屋"]


def test_a_changed_number_is_a_change_and_an_unchanged_one_is_carried_over(comparison):
    training = block(comparison, "组织职工业务技能培训")
    assert training.status == "changed" and training.similarity > 0.9 and "400人次" in training.previous
    assert block(comparison, "开好职工代表大会").carried_numbers == ("100%",)


def test_share_unchanged_from_last_year(comparison):
    unchanged = sum(len(b.text) for b in comparison.blocks if b.status == "unchanged")
    assert comparison.unchanged_share == pytest.approx(unchanged / sum(len(b.text) for b in comparison.blocks))
    assert 0.4 < comparison.unchanged_share < 0.7


def test_the_library_supplies_the_earlier_plans_one_a_year(tmp_path):
    with Library(tmp_path / "lib.sqlite3") as library:
        for year in (2024, 2025, 2026):
            usecases.import_path(library, YEARS / f"plan_{year}.txt")
        ids = {d.year: d.id for d in library.documents()}
        result = usecases.compare_document(library, library.document(ids[2026]), exclude=ids[2026])
        assert [y for _, y in result.against] == [2025, 2024]
        draft = Draft("草稿", {"year": 2026}, tuple(DraftBlock(b.type, b.text, b.level) for b in plan(2026).blocks))
        assert [
            b.marker
            for b in usecases.compare_draft(draft, usecases.library_plans(library.documents(), library.blocks())).blocks
        ] == [b.marker for b in result.blocks]


def test_cli_compare_json(tmp_path, capsys, fresh_db):
    for year in (2024, 2025):
        assert main(["ingest", str(YEARS / f"plan_{year}.txt")]) == 0
    capsys.readouterr()
    assert main(["compare", str(YEARS / "plan_2026.txt"), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["counts"] == {"unchanged": 5, "changed": 2, "new": 1}
    assert [d["text"][:6] for d in payload["dropped"]] == ["建设职工书屋"]
    assert main(["compare"]) == 2
