"""Kind and year of real documents: an untitled text's first section naming a year's work by its genre."""

from __future__ import annotations

import pytest

from nlp.library.structure import kind_by_rules
from nlp.models import Block


@pytest.mark.parametrize(
    "section, kind",
    [("202x年基层治理工作总结", "总结"), ("2021年工作总结", "总结"), ("2024年社区工作计划", "计划")],
)
def test_fix26c_an_untitled_texts_first_section_naming_a_years_work_gives_its_kind(section, kind):
    # rw1840: an untitled report opening on the central 意见, then 一、202x年基层治理工作总结 over sections telling no 了
    blocks = [
        Block("paragraph", "党的二十届三中全会已胜利举行，为我们做好新时代社区工作指明方向。"),
        Block("heading", section, marker="一、", level=1),
        Block("heading", "坚持党建引领，夯实基层组织建设", marker="（一）", level=2),
        Block("paragraph", "一是深入学习宣传党的二十大精神，将学习宣传作为当前和今后一个时期的首要政治任务。"),
    ]
    assert kind_by_rules("rw1840", blocks, titled=False) == kind
