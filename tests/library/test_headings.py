"""The learnt heading decision in the parser (``nlp.library.headings``): what an import of a real page keeps of the
rules' false headings, and the types a source sets, which no score changes."""

from __future__ import annotations

from dataclasses import replace

import docx

from benchmarks.bench_parse import FILES
from nlp import usecases
from nlp.library import Library, parse_file
from nlp.library.headings import decided, load_model

from ..files import docx_bytes

# rw249 (never tuned on: a fresh holdout page of round 12): the rules make these list entries headings, the
# annotation has neither (its headings are the three sections').
FALSE_HEADINGS = ("三八节活动", "筹备和召开幼儿园“第一届第九次教代会”")


def test_an_import_shows_the_false_headings_of_the_rules_as_items(tmp_path):
    data = (FILES / "rw249.txt").read_bytes()
    rules = {b.text: b for d in parse_file(data, "rw249.txt", heading_model=None).documents for b in d.blocks}
    with Library(tmp_path / "library.sqlite3") as library:
        report = usecases.import_file(library, data, "rw249.txt")
        assert report.ok
        (summary,) = library.documents()
        blocks = {b.text: b for b in library.document(summary.id).blocks}
    for text in FALSE_HEADINGS:
        (rule,) = (b for t, b in rules.items() if t.startswith(text))
        (stored,) = (b for t, b in blocks.items() if t.startswith(text))
        assert rule.type == "heading"
        assert (stored.type, stored.level, stored.marker) == ("item", rule.level, rule.marker)


def test_word_styles_and_lists_keep_their_type_whatever_the_model_scores():
    paragraph = "加强组织领导，明确责任分工，每季度召开一次工会委员会议，研究解决职工反映的突出问题。"
    word = docx.Document()
    for text, style in (
        ("2025年医院工会工作计划", None),
        ("一、工作重点", "Heading 1"),
        # list labels over paragraphs: the model scores them headings
        ("开展职工运动会", "List Number"),
        (paragraph, None),
        ("组织春游活动", "List Number"),
        (paragraph, None),
        # sentences styled as headings: the model scores the first under its threshold
        ("二、我们将继续加强组织领导，明确责任分工，做好各项工作。", "Heading 1"),
        ("三、我们将继续提高服务水平，做好困难职工帮扶。", "Heading 1"),
        ("加强组织领导，明确责任分工。", None),
    ):
        word.add_paragraph(text, style=style)
    (document,) = parse_file(docx_bytes(word), "plan.docx").documents
    types = {b.text: b.type for b in document.blocks}
    assert [types[t] for t in ("开展职工运动会", "组织春游活动")] == ["item", "item"]
    assert types["我们将继续加强组织领导，明确责任分工，做好各项工作。"] == "heading"
    # the same blocks, were their types not the source's, are the model's to change
    untyped = [replace(b, typed_by_source=False) for b in document.blocks]
    changed = {b.text for b, d in zip(untyped, decided(untyped, load_model()), strict=True) if b.type != d.type}
    assert changed == {"开展职工运动会", "组织春游活动", "我们将继续加强组织领导，明确责任分工，做好各项工作。"}


def test_a_markdown_heading_stays_a_heading():
    text = "# 2025年工会工作计划\n\n## 我们将继续加强组织领导，明确责任分工，做好各项工作。\n\n加强组织领导，明确责任分工。\n"
    (document,) = parse_file(text.encode(), "plan.md").documents
    (block,) = (b for b in document.blocks if b.text.startswith("我们将继续"))
    assert (block.type, block.typed_by_source) == ("heading", True)
    untyped = [replace(b, typed_by_source=False) for b in document.blocks]
    assert decided(untyped, load_model())[document.blocks.index(block)].type != "heading"
