"""Titles of real documents (tests/realworld/): what is the headline's and what is the page's."""

from __future__ import annotations

import pytest

from benchmarks.bench_parse import FILES
from nlp.library.parse import parse_file


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a column's name closed by a colon is the page's, as in brackets (rw1731's 支部动态：)
        (
            "支部动态：本科生档案与电子政务系党支部组织生活会和民主评议党员\n"
            "2017年3月10日，党支部召开专题组织生活会和民主评议党员会议，党支部全体党员参加了会议。",
            "本科生档案与电子政务系党支部组织生活会和民主评议党员",
        ),
        # a place or a unit before its news is the headline's own (rw1721's 吴兴区：)
        (
            "吴兴区：飞英街道“庆三八”系列活动异彩纷呈\n3月8日，飞英街道组织辖区妇女开展了“庆三八”系列活动，丰富了大家的生活。",
            "吴兴区：飞英街道“庆三八”系列活动异彩纷呈",
        ),
    ],
)
def test_fix26a_a_column_closed_by_a_colon_is_no_part_of_the_title(text, title):
    assert parse_file(text.encode("utf-8"), "page.txt").documents[0].title == title


def test_fix26a_rw1731_title_without_its_column():
    result = parse_file((FILES / "rw1731.txt").read_bytes(), "rw1731.txt")
    assert result.documents[0].title == "本科生档案与电子政务系党支部组织生活会和民主评议党员"
