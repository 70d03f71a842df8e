"""The junk model on real pages of the set: its features and what it judges."""

from benchmarks.bench_parse import FILES
from nlp.library.junk import COUNT
from nlp.library.parse import parse_file


def test_fix26d_a_posts_count_of_answers_or_comments_is_a_counter():
    assert COUNT.search("共1个回答") and COUNT.search("共0条评论")
    assert not COUNT.search("回答职工提出的问题")
    result = parse_file((FILES / "rw1858.txt").read_bytes(), "rw1858.txt")
    assert result.documents[0].title != "共1个回答"
    assert result.documents[0].kind == "计划"

