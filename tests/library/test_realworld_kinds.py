"""Kind and year on the real-world set: what a document is and the year it states."""

from __future__ import annotations

from nlp.library.parse import parse_file


def test_fix26t_the_year_of_the_honour_a_title_reports_is_the_documents():
    """fix26t: rw897's headline, whole once its two lines are joined, 九分公司工會喜獲2020年度…先進職工小家榮譽稱號, reports the
    honour: its year is the document's (as rw386, rw460 and rw678 are annotated), not the 2021 meeting's in the text; in
    the text an honour's year stays the honour's."""
    body = "4月27日下午，2021年全区建设系统工会工作会议在南宁召开，会议通报了先进职工小家名单。\n"
    title = "九分公司工会喜获2020年度全区建设系统先进职工小家荣誉称号\n"
    assert parse_file((title + body).encode(), "page.txt").documents[0].year == 2020
    honour = "会议期间，九分公司工会喜获2020年度全区建设系统先进职工小家荣誉称号。\n"
    assert parse_file((body + honour).encode(), "page.txt").documents[0].year == 2021
