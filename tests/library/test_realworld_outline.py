"""Outline classes found on real documents (tests/realworld/): headings, items, levels, run-in headings, reflow."""

from __future__ import annotations

from benchmarks.bench_parse import FILES
from nlp.library.parse import parse_file


def _headings(stem: str) -> list[tuple[int | None, str]]:
    path = next(FILES.glob(f"{stem}.*"))
    documents = parse_file(path.read_bytes(), path.name).documents
    return [(b.level, b.text) for d in documents for b in d.blocks if b.type == "heading"]


def test_gen26h_run_in_sentences_over_paragraphs_of_several_sentences_are_headings():
    """Sibling entries whose first sentences, one clause each, stand over paragraphs of several sentences (rw1762, the
    second cut by the page's end) are run-in headings; so is such a sentence beside sibling headings on lines of their
    own (rw1782's （一） beside （二）…（四）); one more phrase after a stray stop is no paragraph (rw273's 三、 stays whole)."""
    rw1762 = _headings("rw1762")
    assert (2, "社區黨組織在社區各種組織和各項工作中的領導核心地位進一步加強。") in rw1762
    assert (2, "社區黨組織領導班子和黨務工作者隊伍素質進一步優化。") in rw1762
    assert (2, "配合党组织认真做好党的十x大和XX次党代会精神的学习、宣传和贯彻。") in _headings("rw1782")
    assert (1, "做好維權工作。保障教工的合作權益") in _headings("rw273")


def test_gen26h_a_long_entry_glued_to_a_paragraph_of_several_sentences_is_a_run_in_heading():
    """A numbered heading glued to its paragraph with no mark, alone of its family in its section, ends where the paragraph
    opens (rw213's 一、背景分析與發展需求隨著…, rw411's 1.支部設置堅持…); a verb's 了 ends no heading (rw078's 一、 stays
    whole up to its stop)."""
    assert (1, "背景分析與發(fā)展需求") in _headings("rw213")
    assert (3, "支部設置") in _headings("rw411")
    assert not any(text == "认真组织开展了" for _, text in _headings("rw078"))


def test_gen26h_a_label_right_under_a_numbered_heading_among_headings_is_one_level_deeper():
    """A label over lines of its own right under a numbered heading among headings is part of that heading's section
    (rw547's 节日就餐时间： under （三）); under a list's last entry it is not (rw174's 具体活动安排： after 1、…5、)."""
    assert (3, "节日就餐时间：") in _headings("rw547")
    assert (1, "具体活动安排：") in _headings("rw174")


def test_gen26h_a_label_cut_by_the_page_end_among_label_headings_is_a_heading():
    """The document's last entry, a label before its value's first words cut by the page's end, is a heading as its sibling
    labels are, its text the label (rw831's 3.拍照時間：)."""
    assert (2, "拍照時間：") in _headings("rw831")
