"""The Streamlit app driven through its real entry point with AppTest, one fresh library per test."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from app import render, state
from nlp.boilerplate.grouplist import GroupList
from nlp.library import Library, content_hash
from nlp.models import (
    Block,
    Document,
    Group,
    GroupMember,
    ParseResult,
    Placeholder,
    Topic,
    TopicMap,
)
from nlp.read import MAX_FILE_BYTES

from ..apptest import start

GOOD_PLAN = (
    "2025年测试医院工会工作计划\n"
    "一、加强组织建设\n"
    "20__年，工会将继续做好工会小组建设，按时召开职工代表大会。\n"
    "二、丰富职工文化生活\n"
    "组织春季运动会和读书活动。\n"
)


def library_table(at: AppTest):
    return next(d.value for d in at.dataframe if "标题" in d.value.columns)


def import_results(at: AppTest):
    return next(d.value for d in at.dataframe if "结果" in d.value.columns)


def doc_id(at: AppTest, title: str) -> int:
    table = library_table(at)
    return int(table.loc[table["标题"] == title, "编号"].iloc[0])


def show(at: AppTest, title: str) -> str:
    """Select a document by title and return the outline's HTML."""
    at.selectbox(key="library_doc").set_value(doc_id(at, title)).run()
    assert not at.exception
    return at.html[0].value


def upload(at: AppTest, *files: tuple[str, bytes, str]) -> AppTest:
    uploader = at.get("file_uploader")[0]
    for name, data, mime in files:
        uploader.upload(name, data, mime)
    next(b for b in at.button if b.label == "导入文库").click().run()
    assert not at.exception
    return at


def test_first_start_imports_the_sample_corpus(fresh_db):
    at = start()
    table = library_table(at)
    assert len(table) >= 30
    assert list(table.columns) == ["编号", "标题", "标题来源", "类型", "年份", "来源文件", "块数", "导入时间"]
    assert {"医院工会工作计划篇一", "医院工会工作计划篇四"} <= set(table["标题"])
    assert set(table["标题来源"]) <= {"正文", "文件名"} and (table["标题来源"] == "正文").sum() >= 30
    assert table["导入时间"].str.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d").all()
    assert [m.label for m in at.metric] == ["文档数", "文件数", "段落块数"]
    assert at.metric[0].value == str(len(table))
    assert at.selectbox(key="library_doc").options[0].startswith("〔")
    assert at.title[0].value == "文库"


def test_outline_shows_markers_placeholders_schedule_and_dropped_lines(db):
    at = start()
    outline = show(at, "医院工会工作计划篇四")
    assert "医院工会工作计划篇四" in outline
    assert ">一、</span>" in outline and "<strong>" in outline
    assert '<mark class="jihua-pending" title="待填写"' in outline and ">20__</mark>" in outline
    assert 'title="时间安排：3月"' in outline
    assert "padding-left:1.6em" in outline  # something sits one level down
    assert any("待填写" in c.value and "年份未注明" in c.value for c in at.caption)
    expander = next(e for e in at.expander if e.label.startswith("已清除的网页杂项（"))
    dropped = expander.dataframe[0].value
    assert list(dropped.columns) == ["原文", "原因"]
    text = " ".join(dropped["原文"]) + " ".join(dropped["原因"])
    assert "小编" in text or "网页推广语" in text


def test_upload_batch_imports_good_files_and_refuses_bad_ones(db):
    at = start()
    before = len(library_table(at))
    upload(
        at,
        ("测试计划.txt", GOOD_PLAN.encode("gb18030"), "text/plain"),
        ("empty.txt", b"", "text/plain"),
        ("bad.xls", b"\x00\x01 not a plan", "application/vnd.ms-excel"),
        ("huge.txt", b"a" * (MAX_FILE_BYTES + 1), "text/plain"),
    )
    results = import_results(at)
    rows = {r["文件"]: (r["结果"], r["说明"]) for _, r in results.iterrows()}
    assert rows["测试计划.txt"][0] == "✅" and "新增 1 篇" in rows["测试计划.txt"][1]
    assert rows["empty.txt"][0] == "❌" and "空" in rows["empty.txt"][1]
    assert rows["bad.xls"][0] == "❌" and "不支持的文件类型" in rows["bad.xls"][1]
    assert rows["huge.txt"][0] == "❌" and "文件太大" in rows["huge.txt"][1]
    table = library_table(at)
    assert len(table) == before + 1
    row = table[table["标题"] == "2025年测试医院工会工作计划"].iloc[0]
    assert (row["类型"], row["年份"], row["来源文件"]) == ("计划", "2025", "测试计划.txt")
    # the new document is selected and its outline shown
    outline = at.html[0].value
    assert "2025年测试医院工会工作计划" in outline and ">20__</mark>" in outline and ">一、</span>" in outline
    # results stay after a rerun, and nothing is imported twice
    at.run()
    assert not at.exception
    assert len(import_results(at)) == 4
    assert len(library_table(at)) == before + 1


def test_corpus_text_is_rendered_escaped(db):
    at = start()
    # Straight into the store: cleaning strips tag-like text, the page must not rely on it.
    text = "20__年<script>alert(1)</script>继续"
    evil = Document(
        "<script>alert(1)</script>工作计划",
        "计划",
        None,
        (
            Block("heading", "<b>加强</b>组织建设", 1, "一、"),
            Block("paragraph", text, placeholders=(Placeholder(0, 4, "20__", "year"),)),
        ),
    )
    with Library(db) as library:
        library.add_file("evil.txt", content_hash(b"evil"), 4, ParseResult((evil,)))
    # Through an upload: an attribute-carrying tag survives cleaning.
    upload(
        at,
        (
            "img.txt",
            '2025年测试计划\n一、组织建设\n工会<img src=x onerror=alert(1) alt="工会">活动。\n'.encode(),
            "text/plain",
        ),
    )
    outline = show(at, "<script>alert(1)</script>工作计划")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in outline
    assert "&lt;b&gt;加强&lt;/b&gt;" in outline
    assert "<script" not in outline and "<b>" not in outline
    assert ">20__</mark>年&lt;script&gt;" in outline
    outline = show(at, "2025年测试计划")
    assert "&lt;img" in outline and "<img" not in outline


def test_filters_narrow_the_table_and_the_document_choice(db):
    at = start()
    total = len(library_table(at))
    at.radio(key="library_kind").set_value("总结").run()
    table = library_table(at)
    assert 0 < len(table) < total and set(table["类型"]) == {"总结"}
    assert all(f"〔{i}〕" in label for i, label in zip(table["编号"], at.selectbox(key="library_doc").options))
    at.radio(key="library_kind").set_value("全部")
    at.text_input(key="library_keyword").input("篇四").run()
    assert set(library_table(at)["标题"]) >= {"医院工会工作计划篇四"}
    assert all("篇四" in t for t in library_table(at)["标题"])
    at.text_input(key="library_keyword").input("没有这样的标题").run()
    assert not at.exception
    assert any("没有符合筛选条件" in i.value for i in at.info)


def test_empty_library_shows_a_friendly_message(db):
    at = start()
    with Library(db) as library:
        for stored in library.files():
            library.delete_file(stored.id)
    at.run()
    assert not at.exception
    assert any("文库还是空的" in i.value for i in at.info)
    assert at.get("file_uploader")  # importing is still possible


def test_placeholder_spans_are_escaped_piece_by_piece():
    block = Block(
        "paragraph", "A&B 20__年 <i>", placeholders=(Placeholder(4, 8, "20__", "year"), Placeholder(2, 3, "B", "name"))
    )
    assert render.highlight_placeholders(block) == (
        'A&amp;<mark class="jihua-pending" title="待填写" style="' + render._MARK_STYLE + '">B</mark> '
        '<mark class="jihua-pending" title="待填写" style="' + render._MARK_STYLE + '">20__</mark>年 &lt;i&gt;'
    )
    assert render.md_escape("a_b*c<d>$x$") == r"a\_b\*c\<d\>\$x\$"


def test_whole_library_caches_are_shared_not_copied(db):
    start()
    library = state.library()
    key = (str(db), state.library_revision(library))
    assert state.library_groups(*key) is state.library_groups(*key)
    assert state.topic_map(*key, None) is state.topic_map(*key, None)
    blocks = state.library_blocks(*key)  # read for what is cached from them, not held
    assert blocks == library.blocks() and blocks is not state.library_blocks(*key)
    document_id = blocks[-1].document_id
    assert state.document_blocks(*key, document_id) == tuple(b for b in blocks if b.document_id == document_id)
    assert state.document_blocks(*key, -1) == ()
    assert state.document_blocks(*key, document_id) is state.document_blocks(*key, document_id)
    picked = [blocks[-1].id, blocks[0].id]
    assert state.stored_blocks(*key, picked) == {b.id: b for b in (blocks[0], blocks[-1])}


def test_matching_groups_filter_by_keyword_topic_and_outliers():
    def group(group_id: int, text: str, count: int, variant: str = "") -> Group:
        member = GroupMember(group_id, group_id, "题", "f.txt", "paragraph", None, variant or text, 1.0)
        return Group(group_id, text, "paragraph", (member,) * count)

    groups = GroupList.of(
        [
            group(1, "送温暖", 2),
            group(2, "职代会", 5, variant="召开职代会并送温暖"),
            group(3, "实验报告", 1),
            group(4, "一、总则", 3),
        ]
    )
    topics = TopicMap(
        topics=(Topic(1, "温暖 · 职代会", ("温暖",), (2, 1), 7),),
        outliers=(3,),
        assignments={1: 1, 2: 1, 3: None, 4: None},
        points=(),
    )

    def ids(found) -> list[int]:
        return [g.id for g in found]

    assert ids(state.matching_groups(groups, topics)) == [2, 4, 1]
    assert ids(state.matching_groups(groups, topics, show_outliers=True)) == [2, 4, 1, 3]
    # both name it (a variant counts), the one most like the keyword first (relevance, not frequency)
    assert ids(state.matching_groups(groups, topics, keyword="送温暖")) == [1, 2]
    assert ids(state.matching_groups(groups, topics, topic=1)) == [2, 1]
    assert ids(state.matching_groups(groups, topics, topic=state.NO_TOPIC)) == [4]
    assert ids(state.matching_groups(groups, topics, topic=state.OUTLIER, show_outliers=True)) == [3]
    assert render.topic_name(topics.topics[0]) == "1. 温暖 · 职代会"


def test_a_title_taken_from_the_file_name_reads_untitled_and_is_not_repeated_beside_the_file(sample_library):
    documents = Library(sample_library).documents()
    from_file = [d for d in documents if d.title_source == "file"]
    assert from_file, "the sample corpus has documents without a title of their own (seeds 000 and 004)"
    for d in from_file:
        assert render.document_choice(d) == f"〔{d.id}〕（无标题）（{d.kind}） — {d.file_name}"
        assert render.document_source(d.title, d.file_name) == d.file_name
    titled = next(d for d in documents if d.title_source == "text")
    assert render.document_choice(titled) == f"〔{titled.id}〕{titled.title}（{titled.kind}） — {titled.file_name}"
    assert render.document_source(titled.title, titled.file_name) == f"《{titled.title}》 · {titled.file_name}"
