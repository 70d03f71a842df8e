"""Line cleaning by rules on real pages: promo sentences, bylines glued to the text, a casino's brand spliced into it."""

from __future__ import annotations

import pytest

from nlp.library.clean import clean_lines, junk_reason
from nlp.library.junk import gambling_ads
from nlp.models import Line


@pytest.mark.parametrize(
    "line, promo",
    [
        # a unit prepares anything for its people (rw1837's last sentence); a site presents what it prepared (rw1444)
        ("本次活动共准备了谜面400多条，涉及医学、古诗词等，共有200多名职工参与活动，喜获工会精心为大家准备的奖品。", False),
        ("好范文网今天为大家精心准备了2023年党的建设和组织工作心得体会，希望对大家有所帮助！", True),
        ("以下是大为大家整理的有关于医院工会工作总结范文，仅供大家参考。", True),
    ],
)
def test_fix26c_what_a_unit_prepares_for_its_people_is_no_sites_promo(line, promo):
    assert (junk_reason(line) == "网页推广语") is promo


def test_fix26c_writers_names_in_brackets_glued_before_the_first_sentence_go():
    text = (
        "【林慧卿 晓晓】}适逢虎年元宵佳节,医院工会在多功能厅组织开展“竞猜灯谜 欢度元宵”活动。元宵节是中国传统节日之一,"
        "元宵节主要有赏花灯、吃汤圆、猜灯谜等一系列传统民俗活动。"
    )
    kept, dropped = clean_lines([Line("欢度元宵 竞猜灯谜"), Line(text)])
    assert kept[1].text.startswith("适逢虎年元宵佳节")
    assert "【林慧卿 晓晓】}" in [d.text for d in dropped]
    # a section's label in brackets before its paragraph is the text's (no surname and a name after it)
    label = "【活动目的】通过开展此次活动，丰富职工的业余文化生活，增强团队的凝聚力和向心力。"
    assert clean_lines([Line(label)])[0][0].text.startswith("【活动目的】")


@pytest.mark.parametrize(
    "line, spliced",
    [
        ("ag真人国际官网集团三届八次职工代表大会圆满举行", "ag真人国际官网"),  # rw1847
        ("8月1日，OG真人工会委员会在仙人桥木材经营处和森林质检与调查设计队举行“夏送清凉”慰问活动。", "OG真人"),  # rw1667
    ],
)
def test_fix26c_a_live_dealer_casinos_brand_goes_with_its_providers_letters(line, spliced):
    assert [line[start:end] for start, end in gambling_ads(line)] == [spliced]


def test_fix26c_a_texts_real_person_is_no_casino():
    assert gambling_ads("院癌症資源中心，未來製成真人假髮幫助需要的病人。") == []


def test_fix26c_a_ranked_boards_rows_under_its_head_after_the_text_go():
    # rw1839: the site's board of its units' posts under the report, each row its rank, a name and a count
    text = ["第二手术室举办穿针引线擂台大赛", "1月17日，第二手术室举办“遂心应手、奋勇争先”穿针引线擂台大赛。第二手术室护士长薄其玉主持活动。"]
    board = ["单位排行 根据9月新闻发稿量进行统计", "单位 发布量", "1 医务处 16", "2 党委宣传统战部 15", "3 护理部 13"]
    board += ["4 学生工作处 10", "5 保健科(老年医学科) 5"]
    kept, dropped = clean_lines([Line(t) for t in text + board])
    assert [k.text for k in kept] == text[:1] + ["1月17日，第二手术室举办“遂心应手、奋勇争先”穿针引线擂台大赛。第二手术室护士长薄其玉主持活动。"]
    assert {"单位排行 根据9月新闻发稿量进行统计", "1 医务处 16", "5 保健科(老年医学科) 5"} <= {d.text for d in dropped}


@pytest.mark.parametrize("line", ["更新:2017-12-28 05:30:44", "发布：2023-03-03 10:15"])
def test_fix26c_a_post_stamp_labelled_by_its_verb_alone_goes(line):
    # rw1845: the page's stamp under the text, its label 更新 with no 时间
    assert junk_reason(line) is not None


def test_fix26c_a_texts_own_update_sentence_stays():
    assert junk_reason("更新：2023年3月起，职工书屋开放时间调整为每天上午8:30至下午5:30。") is None
