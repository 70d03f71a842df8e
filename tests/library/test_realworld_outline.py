"""Headings, items, levels, run-in headings and reflow on real pages of the set."""

from benchmarks.bench_parse import FILES
from nlp.library.parse import parse_file


def test_fix26d_a_paragraph_under_a_semicolon_entry_ends_its_list():
    # 三、工作内容 over 1、四月份…考核标准； / its paragraph / 2、五月份…培训工作； / its paragraph …: headings over content,
    # not the items of a list of semicolon entries
    result = parse_file((FILES / "rw1865.docx").read_bytes(), "rw1865.docx")
    headings = [(b.marker, b.level) for d in result.documents for b in d.blocks if b.type == "heading" and b.level == 2]
    assert headings == [("1、", 2), ("2、", 2), ("3、", 2), ("4、", 2), ("5、", 2)]
