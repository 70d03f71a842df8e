"""Headings, items and levels of real documents (tests/realworld/)."""

from __future__ import annotations

from benchmarks.bench_parse import FILES
from nlp.library.parse import parse_file


def test_fix26a_a_long_one_sentence_entry_over_its_paragraph_and_a_deeper_list_is_a_heading():
    # rw1728: 一、 (63 characters, one sentence) over its paragraph, then 1、
    result = parse_file((FILES / "rw1728.txt").read_bytes(), "rw1728.txt")
    blocks = result.documents[0].blocks
    first = next(b for b in blocks if b.marker == "一、")
    assert first.type == "heading" and first.level == 1
    assert first.text.startswith("结合企业生产经营实际")


def test_fix26a_a_label_over_a_series_heads_it():
    # rw1751: 活动 over 一、文艺汇演 … 五、爱心送餐, each a heading one level below it
    result = parse_file((FILES / "rw1751.txt").read_bytes(), "rw1751.txt")
    headings = [(b.text, b.level) for b in result.documents[0].blocks if b.type == "heading"]
    assert ("活动", 1) in headings
    assert ("文艺汇演", 2) in headings and ("爱心送餐", 2) in headings
