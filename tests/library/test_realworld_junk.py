"""The junk model on real-world classes: its features and which lines it judges."""

from nlp.library.junk import _outline_kicker, judged, judged_contexts, units


def _judged_lines(texts: list[str]) -> list[bool]:
    return [any(line) for line in judged_contexts([units(text) for text in texts])]


def test_gen26j_parallel_phrases_between_an_outline_heading_and_its_paragraph_are_its_subheading():
    # rw1851: ★感悟初心★ / 交党费 学理论 / its paragraph; the same phrases among a page's chrome are judged
    paragraph = "“不积跬步，无以至千里，按期交党费虽然是一件小事，但也是一面镜子。”会上，支部书记通报了党费收缴情况。"
    assert not _judged_lines(["★感悟初心", "交党费 学理论", paragraph])[1]
    # a menu of site words under a heading, or the phrases over a line of no sentence, stay the model's to judge
    assert _judged_lines(["★感悟初心", "网站首页 投稿须知", paragraph])[1]
    assert not _outline_kicker("★感悟初心", "交党费 学理论", "★强化初心")
    assert not _outline_kicker("通姜社区", "交党费 学理论", paragraph)


def test_gen26j_a_figure_alone_inside_the_outline_is_a_tables_cell():
    # rw1778: the budget table's sum 1485 between 四、經費需求 and 五、預期效益; a bare number at the page's head is judged
    lines = ["四、經費需求", "合計（仟元）", "107學年度", "1485", "五、預期效益"]
    assert not _judged_lines(lines)[3]
    assert _judged_lines(["3445", "四、經費需求", "合計（仟元）", "五、預期效益"])[0]


def test_gen26j_an_abstracts_label_in_its_language_is_an_essays_part():
    # rw1784: a journal article's 中文摘要 and 英文摘要 over each abstract
    assert not judged("中文摘要", False)
    assert not judged("英文摘要", False)
    assert judged("文章詳目資料", False)

