"""The 查重 page driven through the app's entry point with AppTest, one fresh library per test."""

from __future__ import annotations

import re

from streamlit.testing.v1 import AppTest

from app import state
from nlp import usecases
from nlp.library import Library

from .. import apptest
from ..apptest import metric, page_html

COPIED = (
    "抓住工会工作的群众性特点，进一步确立为全体会员服务的理念，坚持面向大多数职工；"
    "进一步完善职代会制度，依法规范职代会组织，确保每年召开两次较高质量的职工代表大会。"
)
NEW = "今年春天我们准备在河边种下三百棵柳树，孩子们会在周末提着小桶去浇水。"
DRAFT = f"2026年测试工会工作计划\n一、总体要求\n{COPIED}\n{NEW}\n"


def open_page() -> AppTest:
    return apptest.open_page("app/pages/check.py")


def test_pasted_draft_shows_figures_sources_and_coloured_spans(db):
    at = open_page()
    assert at.title[0].value == "查重"
    assert any("粘贴或上传" in i.value for i in at.info)
    # markup inside a sentence of the draft's own (a line of markup alone is web junk the parser drops)
    at.text_area(key="check_text").input(DRAFT + "工会将在职工之家<script>alert(1)</script>开展读书活动。\n").run()
    assert not at.exception
    assert [m.label for m in at.metric] == ["总文字复制比", "去除所选来源后的复制比", "单篇最大文字复制比", "自我重复"]
    total = float(metric(at, "总文字复制比").rstrip("%"))
    assert 40 < total < 80
    assert metric(at, "单篇最大文字复制比") == metric(at, "总文字复制比")
    sources = next(d.value for d in at.dataframe if "文档" in d.value.columns)
    assert list(sources.columns) == ["文档", "文件", "复制比", "排除"] and len(sources) >= 1
    markup = page_html(at)
    assert '<mark class="copied high"' in markup and "#fde0dc" in markup  # red: the copied paragraph
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in markup and "<script>" not in markup
    # One block beside its sources, with the differences.
    chooser = at.selectbox(key="check_single_block")
    assert chooser.options and chooser.options[0].startswith("第2段")
    assert re.search(r"来源（\d+ 处相同）：《|来源：《", markup) and "比来源多出的文字" in markup
    assert {b.label for b in at.get("download_button")} >= {"下载查重报告（DOCX）", "下载查重报告（HTML）"}


def test_settings_exclude_a_source_and_quotes(db):
    at = open_page()
    at.text_area(key="check_text").input(DRAFT).run()
    before = metric(at, "去除所选来源后的复制比")
    with Library(db) as library:
        files = sorted({f.name for f in library.files()})
    at.multiselect(key="check_exclude").set_value(files).run()
    assert not at.exception
    assert metric(at, "去除所选来源后的复制比") == "0.0%" != before
    assert metric(at, "总文字复制比") != "0.0%"
    at.multiselect(key="check_exclude").set_value([])
    at.text_area(key="check_text").input(f"2026年计划\n一、要求\n文件指出：“{COPIED}”\n{NEW}\n")
    at.checkbox(key="check_quotes").check().run()
    assert not at.exception
    assert metric(at, "总文字复制比") == "0.0%"
    assert any("没有发现" in s.value for s in at.success)


def test_new_text_is_plain(db):
    at = open_page()
    at.text_area(key="check_text").input(f"一、春天\n{NEW}\n邻居家的橘猫总爱趴在窗台上晒太阳，偶尔伸个懒腰。\n").run()
    assert not at.exception
    assert metric(at, "总文字复制比") == "0.0%"
    assert "<mark" not in page_html(at)


def test_batch_mode_shows_the_matrix_and_shared_passages(db):
    at = open_page()
    at.radio(key="check_mode").set_value("批量互查（多篇）").run()
    assert not at.exception
    uploader = at.get("file_uploader")[0]
    shared = "各科室要在三月底前报送本年度职工运动会的参赛名单，由院工会统一安排训练场地和时间。"
    uploader.upload("甲科.txt", f"甲科总结\n{shared}\n{NEW}\n".encode(), "text/plain")
    uploader.upload("乙科.txt", f"乙科总结\n{shared}\n{COPIED}\n".encode(), "text/plain")
    uploader.upload("坏.xls", b"\x00\x01", "application/vnd.ms-excel")
    at.run()
    assert not at.exception
    table = next(d.value for d in at.dataframe if "草稿" in d.value.columns)
    assert list(table["草稿"]) == ["甲科.txt", "乙科.txt"]
    assert (table["与其他草稿最多共有"] > 30).all()
    matrix = next(d.value for d in at.dataframe if list(d.value.columns) == ["甲科.txt", "乙科.txt"])
    assert matrix.loc["甲科.txt", "乙科.txt"] > 30
    assert at.get("arrow_vega_lite_chart") or at.get("vega_lite_chart")
    pair = at.selectbox(key="check_pair")
    assert len(pair.options) == 2
    assert re.search(r"甲科\.txt 第\d+段 ↔ 乙科\.txt 第\d+段", page_html(at))
    assert any("坏.xls" in w.value for w in at.warning)
    assert any(m.label == "总文字复制比" for m in at.metric)


def test_a_rerun_reads_the_uploads_once_and_builds_reports_only_when_downloaded(db, monkeypatch):
    calls = {"read": 0, "docx": 0, "html": 0}

    def counting(name, function):
        def counted(*args, **kwargs):
            calls[name] += 1
            return function(*args, **kwargs)

        return counted

    monkeypatch.setattr(usecases, "read_check_draft", counting("read", usecases.read_check_draft))
    monkeypatch.setattr(state, "report_docx", counting("docx", state.report_docx))
    monkeypatch.setattr(state, "report_html", counting("html", state.report_html))
    at = open_page()
    at.radio(key="check_mode").set_value("批量互查（多篇）").run()
    uploader = at.get("file_uploader")[0]
    uploader.upload("甲科.txt", f"甲科总结\n{COPIED}\n".encode(), "text/plain")
    uploader.upload("乙科.txt", f"乙科总结\n{COPIED}\n{NEW}\n".encode(), "text/plain")
    at.run()
    assert not at.exception
    assert calls == {"read": 2, "docx": 0, "html": 0}
    at.run()
    at.selectbox(key="check_open").set_value(1).run()
    assert not at.exception
    assert calls == {"read": 2, "docx": 0, "html": 0}


def test_a_draft_over_the_limit_is_refused_naming_the_file_once(db):
    line = "认真落实职工代表大会制度，切实维护职工合法权益。"
    text = "\n".join([line] * (usecases.MAX_CHECK_TEXT_CHARS // len(line) + 1))
    at = open_page()
    at.radio(key="check_source").set_value("上传文件").run()
    at.get("file_uploader")[0].upload("长草稿.txt", text.encode("utf-8"), "text/plain")
    at.run()
    assert not at.exception
    (warning,) = [w.value for w in at.warning]
    assert warning.startswith("“长草稿.txt”有 ") and warning.count("长草稿.txt") == 1
    assert "超过一次查重的上限 300,000 字" in warning
    assert any("粘贴或上传" in i.value for i in at.info) and not at.metric
