"""Line cleaning by rules on real documents (tests/realworld/): reflow, markup and page chrome."""

from __future__ import annotations

from benchmarks.bench_parse import FILES
from nlp.library.clean import clean_lines
from nlp.library.parse import parse_file
from nlp.read import read_lines


def test_fix26a_a_word_over_a_series_first_entry_is_its_label_not_a_broken_off_word():
    # rw1751: 活动 over 一、文艺汇演, under a field's short value with no stop (社区工作人员…热心群众)
    lines = read_lines((FILES / "rw1751.txt").read_bytes(), "rw1751.txt")
    texts = [line.text for line in clean_lines(lines)[0]]
    assert texts[texts.index("活动") - 1].endswith("热心群众")


def test_fix26a_an_open_text_size_button_is_the_pages_not_the_headlines():
    # rw1717: 【字体大小: over the headline, glued to it by the reflow unless dropped first
    result = parse_file((FILES / "rw1717.txt").read_bytes(), "rw1717.txt")
    document = result.documents[0]
    assert document.title == "太湖县中医院召开首届妇委会第一次委员会议"
    assert not any("字体大小" in block.text for block in document.blocks)
