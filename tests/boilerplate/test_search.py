"""Keyword search over the boilerplate map: synonyms and TF-IDF relevance (nlp.boilerplate.search)."""

from __future__ import annotations

from nlp.boilerplate.grouplist import GroupList
from nlp.boilerplate.search import query_terms, rank_groups, search_index
from nlp.models import Group, GroupMember


def group(group_id: int, text: str, count: int = 1) -> Group:
    members = tuple(
        GroupMember(group_id * 10 + k, 100 + k, f"文档{k}", "f.txt", "paragraph", None, text, 1.0) for k in range(count)
    )
    return Group(group_id, text, "paragraph", members)


def test_a_keyword_brings_its_synonyms_from_the_synonym_list():
    assert query_terms("职代会")[0] == "职代会"
    assert {"职工代表大会", "教代会"} <= set(query_terms("职代会"))
    assert "慰问困难职工" in query_terms("送温暖")
    assert query_terms("胶体磨") == ("胶体磨",)


def test_the_keyword_itself_ranks_before_a_synonym_and_resemblance_before_nothing():
    groups = GroupList.of(
        [
            group(1, "按时召开职工代表大会，审议医院工作报告。", count=9),
            group(2, "进一步加强职代会制度建设，按时召开好职代会。"),
            group(3, "做好职工体检工作。", count=20),
            group(4, "以教代会为主渠道，抓好教代会四项职能的落实。"),
        ]
    )
    ranked = rank_groups(groups, search_index(groups), "职代会")
    assert [g.id for g, _ in ranked][0] == 2
    assert {g.id for g, _ in ranked} == {1, 2, 4}  # 体检 names none of them and resembles none
    assert all(score >= 2 for g, score in ranked if g.id == 2)
    assert all(1 <= score < 2 for g, score in ranked if g.id != 2)
