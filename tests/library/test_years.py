"""The candidates of the learnt year decision (``nlp.library.years``) on lines of the real-world set: each year a
document mentions, with where it stands and the words around it, and "no year"."""

from __future__ import annotations

from nlp.library.years import NAMED_FEATURES, candidates, feature_vector
from nlp.models import Block

NAMES = [name for name, _ in NAMED_FEATURES]


def features(title: str, texts: list[str], by_rules: int | None) -> dict[int | None, dict[str, float]]:
    """Each candidate year's features by name."""
    blocks = [Block("paragraph", text) for text in texts]
    return {c.year: {NAMES[k]: v for k, v in feature_vector(c).items()} for c in candidates(title, blocks, by_rules)}


def test_a_year_something_began_in_is_a_candidate_marked_as_such():
    # rw293: a ward's profile; the year it was founded and the year it was renamed, neither the document's
    found = features(
        "rw293", ["? ? ICU始建于2003年8月，2015年8月份正式更名为重症医学科，由重症医学科医师负责管理。"], 2015
    )
    assert set(found) == {2003, 2015, None}
    assert (found[2003]["since"], found[2015]["since"]) == (1.0, 0.0)
    assert (found[2003]["earliest"], found[2015]["latest"]) == (1.0, 1.0)
    assert found[2015]["by_rules"] == 1.0 and found[None]["by_rules"] == 0.0
    assert found[None]["no_year"] == 1.0 and found[None]["mentioned"] == 0.0


def test_an_honours_year_and_an_events_day_are_told_apart():
    # rw305: a meeting on 2024年1月19日 sums up 2023年度 and names the honour 2023年年度支部优秀共产党员
    texts = [
        "2024年1月19日，生命科学学院教工第一党支部在学院一楼党员活动室召开了2023年度工作总结及考核大会。",
        "最终推荐出七位同志——邹志文、彭扣、黄晓晨，荣获“2023年年度支部优秀共产党员”称号。",
    ]
    found = features("rw305", texts, 2024)
    assert (found[2024]["full_date"], found[2024]["opening"], found[2024]["in_first_block"]) == (1.0, 1.0, 1.0)
    assert (found[2023]["span"], found[2023]["meeting_words"], found[2023]["honours"]) == (1.0, 1.0, 0.5)
    assert found[2023]["log_count"] > found[2024]["log_count"]


def test_a_date_stamp_in_a_title_line_and_the_years_of_a_range():
    stamped = features("金汇镇总工会召开四届二次全委会 发布时间：2022年12月15日", ["科学谋划2023年工作思路。"], 2022)
    assert (stamped[2022]["in_title"], stamped[2022]["stamp"], stamped[2023]["stamp"]) == (1.0, 1.0, 0.0)
    assert stamped[2023]["genre_after"] == 1.0  # 2023年工作思路
    # rw425: a guide to writing plans quotes titles: 2021-2025年城市规划
    ranged = features(
        "计划该如何写?", ["如《XX学院2020年招生工作计划》，如《xx商场接待方案》2021-2025年城市规划》。"], 2020
    )
    assert (ranged[2021]["range_start"], ranged[2021]["range_end"]) == (1.0, 0.0)
    assert (ranged[2025]["range_start"], ranged[2025]["range_end"]) == (0.0, 1.0)
    assert ranged[2020]["genre_after"] == 1.0


def test_a_document_sites_sample_and_its_year_slots():
    # rw430 (企业2020年工会工作计划范本) and rw410's body (20xx年我园以…为指导)
    found = features(
        "2020年幼儿园工会工作计划【三篇】",
        ["【第1篇】一、指导思想：20xx年我园以党的精神为指导，以工会20xx年工作要点为指南"],
        2020,
    )
    assert (found[2020]["sample"], found[2020]["log_slots"] > 0, found[2020]["title_slot"]) == (1.0, True, 0.0)
    assert features("企业2020年工会工作计划范本", [], 2020)[2020]["sample"] == 1.0
    assert features("2026年急诊绿色通道工作计划", [], 2026)[2026]["sample"] == 0.0


def test_the_rules_year_found_beyond_the_opening_is_a_candidate_and_no_year_is_always_one():
    found = features("rw218", ["一、指导思想"] * 9 + ["全力保障2015年各项重点工作任务圆满完成"], 2015)
    assert set(found) == {2015, None}
    assert (found[2015]["mentioned"], found[2015]["by_rules"]) == (0.0, 1.0)
    assert set(features("工会工作计划", ["一、指导思想"], None)) == {None}
