"""Titles of real pages: a collection item's title glued to its first sentence."""

from __future__ import annotations

from nlp.library.markers import GLUED_TITLE


def test_fix26c_an_items_number_glued_to_the_year_its_text_opens_with():
    # rw1854: item 1, then 20xx年 (an item's number has one or two digits, a year four)
    glued = GLUED_TITLE.match("工会活动计划 篇120xx年,市直机关工会工作总的要求是:认真学习贯彻党的十八大精神")
    assert glued is not None and glued.group("title") == "工会活动计划 篇1"
    dated = GLUED_TITLE.match("学校工会工作计划 篇22023年,我校工会将继续围绕学校中心工作开展各项活动")
    assert dated is not None and dated.group("title") == "学校工会工作计划 篇2"
    # an item's number of two digits before its text stays whole (rw028, rw067's shape)
    assert GLUED_TITLE.match("社区的年度工作计划 篇12今年,xx社区在温泉街道办事处的领导下").group("title") == "社区的年度工作计划 篇12"
