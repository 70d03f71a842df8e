"""Line cleaning by rules on real pages of the set: markup, page chrome, the encoding's losses."""

from benchmarks.bench_parse import FILES
from nlp.library.clean import repair_scrape_artifacts
from nlp.library.parse import parse_file


def parse_set_file(name: str):
    return parse_file((FILES / name).read_bytes(), name)


def test_fix26d_a_latin_labelled_post_date_before_the_headline_goes_alone():
    # date 2025-10-05 宋芝齡中秋節前夕銅鑼灣探長者 率義工團派發1000個月餅: the stamp goes, the headline stays
    result = parse_set_file("rw1867.txt")
    assert result.documents[0].title == "宋芝齡中秋節前夕銅鑼灣探長者 率義工團派發1000個月餅"
    assert any(line.text == "date 2025-10-05" for line in result.dropped)


def test_fix26d_a_lost_indent_inside_a_line_after_a_sentences_end_goes():
    assert repair_scrape_artifacts("整个体育文化季也是获得了优秀组织奖。 ?公司文化体育系列活动") == (
        "整个体育文化季也是获得了优秀组织奖。公司文化体育系列活动"
    )
    assert repair_scrape_artifacts("中拉開序幕。?林小東對會") == "中拉開序幕。林小東對會"
    assert repair_scrape_artifacts("你知道吗?我们") == "你知道吗?我们"
