"""计划↔总结 对照 on the evaluation pairs of tests/cycle/data (see benchmarks/bench_followup.py)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from docx import Document as read_docx

from benchmarks import bench_followup
from nlp.cli import main
from nlp.cycle import compare_targets, followup, followup_docx, plan_items, targets
from nlp.library import parse_file

DATA = Path(__file__).parent / "data"


def read(name: str):
    with (DATA / name).open("rb") as handle:
        return parse_file(handle, name).documents[0]


def document(name: str, text: str):
    return parse_file(text.encode("utf-8"), name).documents[0]


@pytest.fixture(scope="module")
def p1():
    return followup(read("p1_plan.txt"), read("p1_summary.txt"), level=2)


def item(report, starts: str):
    (found,) = [i for i in report.items if i.text.startswith(starts)]
    return found


def test_plan_items_stop_at_the_chosen_level():
    plan = read("p1_plan.txt")
    assert [i.block.text for i in plan_items(plan, 1)] == [
        "构建和谐劳动关系",
        "提升职工福祉",
        "促进医院文化建设",
        "强化工会自身建设",
    ]
    items = plan_items(plan, 2)
    assert len(items) == 14 and items[0].section == "一、构建和谐劳动关系"
    assert items[0].body.startswith("建立定期沟通机制。每季度")


def test_below_the_outline_the_paragraphs_are_the_items():
    # as in a 政府工作报告: （一）（二） task areas whose items are unnumbered paragraphs with their own heading
    plan = document(
        "plan.txt",
        """市总工会2026年工作要点
一、重点工作
今年要重点做好以下几方面工作。
（一）加强职工思想政治引领。
深化理论学习。各基层工会每季度组织一次集中学习，把学习成果转化为推动工作的实际成效。
大力弘扬劳模精神。开展劳模宣讲进企业活动，评选表彰一批优秀职工和先进集体。
（二）维护职工合法权益。
完善集体协商制度。推动非公企业签订工资专项集体合同，提高协商质量和履约率。
深入推进厂务公开。督促企业定期公开职工关心的薪酬、社保和安全生产事项。
""",
    )
    assert [i.block.text for i in plan_items(plan, 2)] == ["加强职工思想政治引领。", "维护职工合法权益。"]
    items = plan_items(plan, 3)
    # the parser reads each item's opening phrase (深化理论学习。) as a run-in heading under its （一） entry (round 16,
    # head16): the items are those headings, each with its paragraph; the lead-in under 一、 announces them and is none
    assert [(i.depth, i.block.text[:6]) for i in items] == [
        (3, "深化理论学习"),
        (3, "大力弘扬劳模"),
        (3, "完善集体协商"),
        (3, "深入推进厂务"),
    ]
    assert "每季度组织一次集中学习" in items[0].body and "督促企业定期公开" in items[3].body
    assert {i.section for i in items} == {"一、重点工作"}
    assert len(plan_items(read("p1_plan.txt"), 3)) == 14  # items without paragraphs beneath stay as they are


def test_reported_items_carry_their_evidence_and_skipped_ones_none(p1):
    union = item(p1, "建立劳动争议调解机制")
    assert union.status == "已落实" and "劳动争议调解委员会" in union.evidence
    assert union.evidence in read("p1_summary.txt").blocks[union.evidence_block].text
    # 疗休养 is named only in the summary's 存在的不足 ("未能成行"): not evidence that it was done.
    assert item(p1, "推进职工疗休养").status == "未提及"
    assert item(p1, "推进职工疗休养").evidence is None


def test_numbers_are_compared_with_what_the_summary_reports(p1):
    (training,) = item(p1, "开展职业技能培训").targets
    assert (training.target.value, training.target.unit, training.status, training.value) == (
        400,
        "人次",
        "not_met",
        360,
    )
    (checkup,) = item(p1, "组织职工健康体检").targets
    assert (checkup.status, checkup.value) == ("not_met", 98)
    (proposals,) = item(p1, "开好职工代表大会").targets
    assert proposals.status == "met" and "办复率" in proposals.reported


def test_sections_have_a_completion_rate_and_unmet_items_are_candidates(p1):
    first = p1.sections[0]
    assert first.title == "一、构建和谐劳动关系" and len(first.items) == 4
    done = sum({"已落实": 1, "部分": 0.5}.get(i.status, 0) for i in first.items)
    assert first.completion == pytest.approx(done / 4) and 0 < p1.completion < 1
    candidates = {i.text[:6] for i in p1.candidates}
    assert {"推进职工疗休", "开展职业技能", "组织职工健康"} <= candidates  # 未提及, and two numbers not met
    assert "建立劳动争议" not in candidates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全年培训不少于400人次。", [("培训", ">=", 400, "人次")]),
        ("提案办复率达到100%。", [("提案办复率", ">=", 100, "%")]),
        ("每季度至少召开一次沟通会议。", [("", ">=", 1, "场")]),
        ("开展义诊进社区活动，全年不少于6场。", [("展义诊进社区活动", ">=", 6, "场")]),  # past 全年
        ("安全事故控制在2起以内，召开第三次职代会，2026年", [("安全事故", "<=", 2, "件")]),  # no ordinals, no years
        # p6 (the 2022 政府工作报告): 万 and 万亿 scale the number; 左右 on a 涨幅 is a ceiling
        ("城镇新增就业1100万人以上", [("城镇新增就业", ">=", 11_000_000, "人")]),
        ("粮食产量保持在1.3万亿斤以上；", [("粮食产量保持在", ">=", 1.3e12, "斤")]),
        ("居民消费价格涨幅3%左右；", [("居民消费价格涨幅", "<=", 3, "%")]),
        ("国内生产总值增长5.5%左右；", [("国内生产总值增长", ">=", 5.5, "%")]),
    ],
)
def test_targets_are_read_from_plan_wording(text, expected):
    assert [(t.label, t.comparator, t.value, t.unit) for t in targets(text)] == expected


def test_a_long_item_is_reported_piece_by_piece_with_its_numbers():
    # a goals item of six targets in one paragraph; the summary reports two of them, in two paragraphs
    plan = document(
        "plan.txt",
        """区总工会2026年工作计划
一、工作目标
（一）主要预期目标。
全年组织职工技能培训不少于400人次；新建职工书屋5个以上；困难职工帮扶资金增长10%以上；\
职工体检覆盖率达到100%；劳动争议调解成功率保持在90%以上；工会会员实名制入会率达到95%。\
围绕全区中心工作，深化劳动和技能竞赛，推进基层工会规范化建设，为职工办好十件实事。
（二）维护职工合法权益。
完善集体协商制度，推动非公企业签订工资专项集体合同。
""",
    )
    summary = document(
        "summary.txt",
        """区总工会2026年工作总结
一、主要工作
全年组织职工技能培训420人次，培训合格率明显提高。
新建职工书屋3个，职工阅读活动更加丰富。
推动非公企业签订工资专项集体合同，集体协商制度不断完善。
""",
    )
    report = followup(plan, summary, level=2)
    goals = item(report, "主要预期目标")
    assert goals.status == "部分" and len(goals.targets) == 6  # two of its sentences are reported
    found = {t.target.text: (t.status, t.value) for t in goals.targets}
    assert found["不少于400人次"] == ("met", 420)
    assert found["5个以上"] == ("not_met", 3)  # reported in another paragraph than the evidence
    assert found["达到100%"] == ("not_reported", None)
    assert item(report, "维护职工合法权益").evidence == "推动非公企业签订工资专项集体合同，集体协商制度不断完善。"


def test_a_rate_needs_its_own_words_in_the_summary():
    (rate,) = targets("提案办复率达到100%")
    assert compare_targets([rate], ["体检覆盖率98%。"])[0].status == "not_reported"
    assert compare_targets([rate], ["提案办复率96%。"])[0].status == "not_met"


def test_docx_has_a_table_per_section(p1):
    document = read_docx(io.BytesIO(followup_docx(p1)))
    assert len(document.tables) == len(p1.sections)
    rows = document.tables[1].rows
    assert rows[0].cells[1].text == "落实情况"
    training = next(r for r in rows if r.cells[0].text.startswith("1.开展职业技能培训"))
    assert training.cells[1].text == "已落实" and "未达到" in training.cells[3].text


def test_cli_followup_json_and_docx(tmp_path, capsys, fresh_db):
    out = tmp_path / "对照.docx"
    code = main(
        ["followup", str(DATA / "p3_plan.txt"), str(DATA / "p3_summary.txt"), "--level", "2", "--json", "-o", str(out)]
    )
    payload = json.loads(capsys.readouterr().out)
    assert code == 0 and out.stat().st_size > 0
    assert set(payload) >= {"plan", "summary", "completion", "sections", "candidates", "counts"}
    first = payload["sections"][0]["items"][0]
    assert set(first) >= {"status", "evidence", "missing", "targets", "candidate"}
    assert sum(payload["counts"].values()) == 12


def test_cli_followup_refuses_reversed_or_missing_inputs(capsys, fresh_db):
    assert main(["followup", str(DATA / "p3_summary.txt"), str(DATA / "p3_plan.txt")]) == 2
    assert "顺序似乎反了" in capsys.readouterr().err
    assert main(["followup", "999", str(DATA / "p3_plan.txt")]) == 2
    assert "没有编号为 999" in capsys.readouterr().err


def test_benchmark_smoke_scores_the_first_pair(capsys):
    assert bench_followup.main(["--smoke", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert [p["pair"] for p in result["pairs"]] == ["p1"]
    assert result["all"]["precision"] >= 0.9 and result["all"]["recall"] >= 0.9


def test_benchmark_reads_texts_not_in_the_repository_from_the_folder_given(tmp_path):
    # p11 annotates p5's texts at level 3; neither is in tests/cycle/data (fetched material is not committed)
    assert bench_followup.text_folder("p1", tmp_path) == DATA
    assert bench_followup.text_folder("p11", None) is None
    (tmp_path / "p5_plan.txt").write_text("计划", encoding="utf-8")
    assert bench_followup.text_folder("p11", tmp_path) is None  # both sides are needed
    (tmp_path / "p5_summary.txt").write_text("总结", encoding="utf-8")
    assert bench_followup.text_folder("p11", tmp_path) == tmp_path
