"""Leftovers from a 范文: people, places and other units' names in reused text, with replacements."""

from __future__ import annotations

from pathlib import Path

from nlp.compose import stale_specifics, unit_names
from nlp.compose.names import foreign_names
from nlp.library import parse_file
from nlp.models import DraftBlock

REALWORLD = Path(__file__).resolve().parent.parent / "realworld" / "files"


def blocks_of(name: str) -> list[str]:
    with (REALWORLD / name).open("rb") as handle:
        return [b.text for d in parse_file(handle, name).documents for b in d.blocks]


def test_people_and_places_of_a_real_page_are_found_and_plan_words_are_not():
    found = {(name, kind) for text in blocks_of("rw011.txt") for _, _, name, kind in foreign_names(text, {})}
    assert ("王彦华", "人名") in found  # a retired worker the hospital cared for, named in the 范文
    words = {
        name for text in blocks_of("rw011.txt") + blocks_of("rw004.md") for _, _, name, _ in foreign_names(text, {})
    }
    # jieba tags these nr or ns; none is a name.
    assert not words & {"文明", "师德", "满意度", "福利", "深度", "全国", "各乡镇", "师德师"}


def test_the_drafters_own_unit_and_place_are_left_alone():
    text = "城南医院工会组织职工赴杭州市疗休养，与桂园社区联合开展义诊，王彦华同志获评先进。"
    found = {(name, kind) for _, _, name, kind in foreign_names(text, {"unit": "城南医院工会"}, ["桂园社区"])}
    assert found == {("杭州市", "地名"), ("桂园社区", "单位"), ("王彦华", "人名")}
    mine = {name for _, _, name, _ in foreign_names(text, {"unit": "桂园社区", "place": "杭州市"}, ["桂园社区"])}
    assert mine == {"王彦华"}


def test_suggestions_offer_the_drafters_unit_for_another_units_name():
    blocks = [DraftBlock("paragraph", "桂园社区联合开展义诊8场，王彦华同志获评先进，2025年完成。")]
    suggestions = stale_specifics(blocks, {"unit": "城南医院工会", "year": 2026}, known_units=["桂园社区"])
    by_text = {s.text: s for s in suggestions}
    assert by_text["桂园社区"].replacement == "城南医院工会"
    assert by_text["王彦华"].replacement is None and "人名" in by_text["王彦华"].reason
    assert by_text["2025"].replacement == "2026"


def test_unit_names_from_titles_skip_kind_words():
    titles = [
        "城南医院工会2025年工作计划",
        "桂园社区2024年工作总结",
        "医院工会工作计划篇四",
        "学校工会工作计划1",
        "某县工会半年工作总结",
    ]
    assert unit_names(titles) == ["城南医院工会", "桂园社区"]
