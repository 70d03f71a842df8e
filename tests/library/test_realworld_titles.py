"""Titles on real pages of the set: headlines, their length and what stops them."""

from benchmarks.bench_parse import FILES
from nlp.library.junk import reads_as_headline
from nlp.library.parse import parse_file


def test_fix26d_a_mirrors_pinyin_glosses_are_no_length_of_a_headline():
    headline = "提升凝聚力建設(shè) 打造工會(huì)新品牌——公司工會(huì)職工文化體育季獲市總工會(huì)多項(xiàng)表彰"
    paragraph = "為深入學(xué)習(xí)貫徹習(xí)近平文化思想和習(xí)近平總書記關(guān)于工人階級(jí)和工會(huì)工作的重要論述，貫徹落實(shí)精神。"
    assert reads_as_headline(headline, paragraph)


def test_fix26d_a_row_of_bars_only_is_no_cell_keeping_a_headlines_bar():
    # 提升凝聚力建設(shè) 打造…多項(xiàng)表彰 | over ||||| and |: the layout's empty rows, no column of cells; the bar goes and the
    # glossed headline is the title whole
    result = parse_file((FILES / "rw1861.txt").read_bytes(), "rw1861.txt")
    assert result.documents[0].title == (
        "提升凝聚力建設(shè) 打造工會(huì)新品牌——公司工會(huì)職工文化體育季獲市總工會(huì)多項(xiàng)表彰"
    )
