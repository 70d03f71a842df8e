"""Round 25, fix25d: the failure classes of the fresh tune pages rw1775-rw1794, each asserted on a real file of the set
or on text built from its shape."""

from __future__ import annotations

from benchmarks.bench_parse import FILES
from nlp.library.parse import parse_file
from nlp.library.script import analysis_form


def _parsed(stem: str):
    path = next(FILES.glob(f"{stem}.*"))
    return parse_file(path.read_bytes(), path.name)


def _text(result) -> str:
    return "".join(b.text for d in result.documents for b in d.blocks)


def test_a_preview_label_glued_before_the_text_goes_and_the_text_stays():
    """rw1789's • 范文预览:医院建设…先进事迹基本情况:我院现有职工346人，… : the label is the page's, the sentence after it the
    text's (the junk model had dropped the whole sentence for the label's site words)."""
    result = _parsed("rw1789")
    assert "院工会下设6个车间工会、35个工会小组" in _text(result)
    assert "范文预览" not in _text(result)
    built = parse_file("工会工作计划\n内容预览：今年，院工会将围绕医院中心工作，开展以下活动。\n".encode(), "page.txt")
    assert "今年，院工会将围绕医院中心工作" in _text(built) and "预览" not in _text(built)


def test_a_masked_political_formula_is_the_sites_censoring_not_a_slot():
    """rw1786's 以“xxxx”重要思想为指导 (三个代表, the same for every drafter: README's placeholders convention) is no slot; a
    quoted mask of a drafter's own programme or honour stays one."""
    from nlp.library.placeholders import find_placeholders

    assert not [p for b in _parsed("rw1786").documents[0].blocks for p in b.placeholders if "xxxx" in p.text]
    assert find_placeholders("以邓小平理论和“xxxx”重要思想为指导") == ()
    assert [p.kind for p in find_placeholders("确立以全区“XX”发展思路")] == ["blank"]


def test_a_short_line_twice_over_a_headline_is_the_column_name():
    """rw1792's 工会活动 / 工会活动 / 机关工会一分会举办教职工气排球交流赛 / 为凝聚力量，… : the line the page gives twice is its
    column's name (menu and breadcrumb), the headline under it titles the report; a title twice over the text stays the
    title (rw1079's 長者夢想成真計畫 over 一、計畫背景, rw619's 职工活动 over a sentence)."""
    (rw1792,) = _parsed("rw1792").documents
    assert rw1792.title == "机关工会一分会举办教职工气排球交流赛"
    assert "工会活动" not in _text(_parsed("rw1792"))
    assert [d.title for d in _parsed("rw1079").documents] == ["長者夢想成真計畫"]
    assert [d.title for d in _parsed("rw619").documents] == ["职工活动"]


def test_captions_credited_by_gong_tu_glued_before_the_dateline_go():
    """rw1777's 现场为…慰问品。(翔鹭社区供图) 当天的文艺汇演(翔鹭社区供图) 东南网6月17日讯(本网记者 …)6月16日下午,…: each credit closes
    a caption (a line of its own, the page's), the dateline opens the report (the paper's), the report stays."""
    text = _text(_parsed("rw1777"))
    assert "供图" not in text and "东南网6月17日讯" not in text
    assert text.startswith("6月16日下午，“共享之家·职乐翔鹭”")


def test_a_work_opinions_title_glued_to_its_heading_and_a_stray_comma_after_a_stop():
    """rw1783's 人民醫院工會工作意見五、加強女工工作，… : a 工作意见 (a unit's plan) glued to its first heading is the title;
    the next line's comma after the heading's stop (…骨干作用。 / ,女職工委員會要…) is the scrape's, not a clause."""
    from nlp.library.clean import normalize_punctuation

    (rw1783,) = _parsed("rw1783").documents
    assert analysis_form(rw1783.title) == "人民医院工会工作意见"
    assert [b.text for b in rw1783.blocks if b.type == "heading"][:1] == [
        "加強(qiáng)女工工作，發(fā)揮女職工在醫(yī)院建設(shè)中的骨干作用。"
    ]
    assert normalize_punctuation("骨干作用。，女职工委员会要重视") == "骨干作用。女职工委员会要重视"
