"""The yearly cycle in a real browser: a plan against its summary (对照), and a plan against the
plans of earlier years (年度对比). Both pages are photographed for the docs (docs/screenshots/)."""

from __future__ import annotations

from pathlib import Path

from nlp import usecases
from nlp.library import Library

from .conftest import screenshot
from .harness import choose, goto, metric, settle

DATA = Path(__file__).resolve().parent.parent / "cycle" / "data"


def test_a_followup_and_a_year_comparison(servers, page, tmp_path):
    db = tmp_path / "cycle.sqlite3"
    with Library(db) as library:  # a library of one unit's plans and a summary: no sample corpus
        for path in [DATA / "p1_plan.txt", DATA / "p1_summary.txt", *sorted((DATA / "years").glob("plan_*.txt"))]:
            assert usecases.import_path(library, path).ok
    server = servers.start(db)
    goto(page, server, "cycle", "对照与年度对比")

    choose(page, "计划", "2025 · 城南医院工会2025年工作计划（p1_plan.txt）")
    choose(page, "同年同单位的总结", "城南医院工会2025年工作总结")
    page.get_by_text("二级（（一）或 1.）").click()
    settle(page)
    counts = [int(metric(page, label)) for label in ("已落实", "部分", "未提及")]
    assert sum(counts) == 14 and counts[0] >= 8 and counts[2] >= 4
    tables = page.locator("table.jihua-followup")
    assert tables.count() == 4
    assert tables.first.locator("mark").count() >= 2  # evidence sentences marked in their paragraphs
    assert "不少于400人次：未达到" in tables.nth(1).inner_text()
    screenshot(page, "cycle-followup", top=page.locator('[data-testid="stMetric"]').first)

    page.get_by_role("tab", name="年度对比").click()
    settle(page)
    choose(page, "比较哪一份", "文库 · 2026 · 城南医院工会2026年工作计划")
    assert metric(page, "沿用") == "5" and metric(page, "新增") == "1"
    assert page.get_by_text("实现活动报名和会员信息线上办理").first.is_visible()  # 2026's new block
    assert page.locator("span", has_text="沿用2年").first.is_visible()
    screenshot(page, "cycle-years", top=page.locator('[data-testid="stMetric"]').nth(4))
