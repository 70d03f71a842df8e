"""Topics and outliers on the seed corpus, the Kneedle choice of k, and the `topics` CLI."""

from __future__ import annotations

import json
import pickle
from dataclasses import replace

import numpy as np
import pytest
from scipy import sparse

from benchmarks.bench_topics import main as bench_main
from nlp import usecases
from nlp.access import REVIEWER, Actor, Refused, ScopedLibrary, local_actor
from nlp.boilerplate import build_groups, build_topic_index, build_topics, default_segmenter, grow_topics, tokens_for
from nlp.boilerplate.topics import K_RANGE, TopicPoints, _times_transposed, clusterable, knee, map_coordinates
from nlp.cli import main
from nlp.errors import InputError
from nlp.library import Library
from nlp.models import Group, GroupMember
from nlp.usecases import load_sample_corpus

from ..conftest import CORPUS

LAB_NOTE = "胶体磨"
INTERNSHIP = "在实习之后，我再回去阅读课本"


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    """The seed library: its path, groups and the tokens of every canonical text."""
    path = tmp_path_factory.mktemp("topics") / "seeds.sqlite3"
    with Library(path) as library:
        load_sample_corpus(library, CORPUS)
        groups = build_groups(library.blocks())
        texts = [g.canonical_text for g in groups]
        tokens = dict(zip(texts, tokens_for(library, texts, default_segmenter())))
    return path, groups, tokens


@pytest.fixture(scope="module")
def auto(seeds):
    _, groups, tokens = seeds
    return build_topics(groups, tokens)


def _refuse(*args, **kwargs):
    raise AssertionError("topics built again")


def group_with(groups, fragment: str) -> Group:
    return next(g for g in groups if fragment in g.canonical_text)


def test_number_of_topics_is_chosen_in_a_sensible_range(auto):
    assert auto.auto_k
    assert set(auto.silhouette) == set(range(K_RANGE[0], K_RANGE[1] + 1))
    assert 8 <= len(auto.topics) <= 16
    # The knee never passes the best silhouette.
    assert len(auto.topics) <= max(auto.silhouette, key=auto.silhouette.get)


@pytest.mark.parametrize("k", [5, 9])
def test_override_gives_exactly_k_topics(seeds, k):
    _, groups, tokens = seeds
    topic_map = build_topics(groups, tokens, n_topics=k)
    assert len(topic_map.topics) == k and not topic_map.auto_k and topic_map.silhouette == {}
    assert [t.id for t in topic_map.topics] == list(range(1, k + 1))


@pytest.mark.parametrize("k", [0, -3, 10_000])
def test_impossible_override_is_a_chinese_input_error(seeds, k):
    _, groups, tokens = seeds
    with pytest.raises(InputError, match="主题数"):
        build_topics(groups, tokens, n_topics=k)


def test_labels_are_three_to_five_keywords_without_stopwords(auto):
    stopwords = default_segmenter().stopwords
    for topic in auto.topics:
        assert 3 <= len(topic.keywords) <= 5, topic
        assert topic.label == " · ".join(topic.keywords)
        assert not set(topic.keywords) & stopwords
        assert len(set(topic.keywords)) == len(topic.keywords)
        assert all(len(word) >= 2 for word in topic.keywords)
    assert len({t.label for t in auto.topics}) == len(auto.topics)


def test_recognisable_topics_exist(auto):
    keyword_sets = [set(t.keywords) for t in auto.topics]

    def has_topic(*words: str) -> bool:
        return any(keywords & set(words) for keywords in keyword_sets)

    assert has_topic("职代会", "民主", "职工代表", "教代会")
    assert has_topic("文体", "比赛", "羽毛球", "文体活动", "体育")
    assert has_topic("送温暖", "困难", "慰问", "帮扶", "困难职工")
    assert has_topic("女职工", "妇女", "巾帼")
    # ... and they are different topics, not one catch-all.
    democracy = next(k for k in keyword_sets if k & {"职代会", "民主", "职工代表", "教代会"})
    assert not democracy & {"送温暖", "慰问", "比赛"}


def test_members_sit_in_the_topic_of_their_subject(seeds, auto):
    _, groups, _ = seeds
    by_topic = {t.id: set(t.keywords) for t in auto.topics}
    warmth = group_with(groups, "送温暖")
    assert by_topic[auto.assignments[warmth.id]] & {"送温暖", "困难", "慰问", "帮扶", "困难职工", "关心"}


def test_lab_note_and_internship_reflection_are_outliers(seeds, auto):
    _, groups, _ = seeds
    lab_note, internship = group_with(groups, LAB_NOTE), group_with(groups, INTERNSHIP)
    assert {lab_note.id, internship.id} <= set(auto.outliers)
    # seed 004's item under a bare 范文一 label: untitled, titled by its file's name (a bare label is no title)
    assert lab_note.members[0].document_title.startswith("004_")
    assert auto.assignments[lab_note.id] is None and auto.assignments[internship.id] is None
    in_topics = {i for t in auto.topics for i in t.group_ids}
    assert not set(auto.outliers) & in_topics
    # Ordinary plan paragraphs are mostly not flagged.
    assert len(auto.outliers) < 0.05 * len(groups)
    by_id = {g.id: g for g in groups}
    assert all(by_id[i].count == 1 for i in auto.outliers)
    frequent = group_with(groups, "抓住工会工作的群众性特点")
    assert frequent.id not in auto.outliers and auto.assignments[frequent.id] is not None


def test_topics_partition_the_groups_they_hold(seeds, auto):
    _, groups, _ = seeds
    by_id = {g.id: g for g in groups}
    seen = [i for t in auto.topics for i in t.group_ids]
    assert len(seen) == len(set(seen))
    assert set(auto.assignments) == set(by_id)
    for topic in auto.topics:
        assert topic.size == sum(by_id[i].count for i in topic.group_ids)
        assert all(auto.assignments[i] == topic.id for i in topic.group_ids)
        counts = [by_id[i].count for i in topic.group_ids]
        assert counts == sorted(counts, reverse=True)
    sizes = [t.size for t in auto.topics]
    assert sizes == sorted(sizes, reverse=True)
    # Most of the library lands in some topic.
    assigned = sum(by_id[i].count for i in seen)
    assert assigned > 0.85 * sum(g.count for g in groups)


def test_short_and_schedule_headings_join_a_topic_or_none_without_shaping_it(seeds, auto):
    _, groups, _ = seeds
    mapped = {p.group_id for p in auto.points}
    unshaping = [g for g in groups if not clusterable(g)]
    assert unshaping, "the seeds have month-schedule headings"
    assert not mapped & {g.id for g in unshaping}
    assert all(g.id not in auto.outliers for g in unshaping)


def test_map_points_are_finite_and_coloured_by_topic(seeds, auto):
    points = auto.points
    assert len(points) > 0.8 * len(seeds[1])
    xy = np.array([(p.x, p.y) for p in points])
    assert np.isfinite(xy).all() and (np.abs(xy) <= 1.0 + 1e-9).all()
    assert all(p.topic_id == auto.assignments[p.group_id] for p in points)
    assert set(auto.outliers) <= {p.group_id for p in points}
    # Texts of one topic sit closer to each other than to the rest.
    labels = np.array([p.topic_id or 0 for p in points])
    inside = [
        np.linalg.norm(xy[labels == t] - xy[labels == t].mean(axis=0), axis=1).mean()
        for t in {t.id for t in auto.topics}
    ]
    assert np.mean(inside) < np.linalg.norm(xy - xy.mean(axis=0), axis=1).mean()


def test_the_map_points_as_columns_read_as_the_points_they_hold(auto):
    """The map's points are columns (``TopicPoints``), equal to the tuple of the points they make; a
    mask, positions or a slice of them are columns too; pickled (saved) and read back they are equal."""
    points = auto.points
    objects = tuple(points)
    assert isinstance(points, TopicPoints) and points == objects and objects == points
    assert TopicPoints.of(objects) == points and TopicPoints.of(points) is points
    near_none = points[points.topic_ids < 0]  # outliers and texts near no topic
    assert isinstance(near_none, TopicPoints) and len(near_none) > 0
    assert near_none == tuple(p for p in objects if p.topic_id is None)
    assert points[np.array([3, 1])] == (objects[3], objects[1])
    assert points[5:9] == objects[5:9] and points[-1] == objects[-1] and list(reversed(points)) == list(objects[::-1])
    moved = replace(objects[-1], x=objects[-1].x + 0.5)
    assert points != objects[:-1] and points != (*objects[:-1], moved)
    assert pickle.loads(pickle.dumps(points)) == objects
    assert TopicPoints.of(()) == () and len(TopicPoints.of(())) == 0


def test_a_product_with_what_the_build_learnt_reads_only_the_columns_used_and_gives_the_same_numbers():
    rng = np.random.default_rng(3)
    learnt = rng.random((7, 500))
    for vectors in (
        sparse.random(40, 500, density=0.01, format="csr", random_state=rng),
        sparse.csr_matrix((3, 500)),  # rows with no word of the topics
    ):
        assert np.array_equal(_times_transposed(vectors, learnt), np.asarray(vectors @ learnt.T))


def test_output_is_deterministic(seeds, auto):
    _, groups, tokens = seeds
    again = build_topics(list(reversed(groups)), dict(tokens))
    assert again == auto


def test_knee_finds_the_bend_and_never_passes_the_maximum():
    rising = {k: 1 - np.exp(-(k - 3) / 3) for k in range(4, 21)}
    assert 6 <= knee(rising) <= 10
    peaked = {4: 0.1, 5: 0.2, 6: 0.5, 7: 0.3, 8: 0.2}
    assert knee(peaked) <= 6
    assert knee({4: 0.3, 5: 0.2}) == 4
    assert knee({k: 0.1 for k in range(4, 9)}) == 4


def test_knee_is_not_moved_by_a_bump_of_a_few_thousandths():
    # the seeds' silhouette curves before and after seed 003's three run-in headings were split from their paragraphs
    # (round 18): unsmoothed, their knees were 12 and 7
    before = [
        0.0891,
        0.0953,
        0.1156,
        0.1309,
        0.1317,
        0.1533,
        0.1584,
        0.1657,
        0.1866,
        0.1864,
        0.1925,
        0.1988,
        0.207,
        0.2101,
        0.2093,
        0.2161,
    ]
    after = [
        0.0832,
        0.0957,
        0.1018,
        0.132,
        0.1346,
        0.1402,
        0.1419,
        0.1572,
        0.1712,
        0.1814,
        0.1849,
        0.1927,
        0.2055,
        0.2125,
        0.2053,
        0.2223,
    ]
    knees = {knee(dict(zip(range(4, 20), curve + [last]))) for curve, last in ((before, 0.2243), (after, 0.2281))}
    assert len(knees) == 1 and 8 <= knees.pop() <= 16


def test_map_coordinates_put_a_text_between_the_topics_it_resembles():
    centres = np.eye(3)
    texts = np.array([[1.0, 0, 0], [0, 1.0, 0], [np.sqrt(0.5), np.sqrt(0.5), 0], [0.0, 0, 0]])
    xy = map_coordinates(texts, centres)
    assert np.allclose(xy[2], (xy[0] + xy[1]) / 2, atol=1e-6)
    assert np.allclose(xy[3], 0.0, atol=1e-9)  # like no topic: the centre


def _group(group_id: int, text: str, count: int = 1, type_: str = "paragraph") -> Group:
    members = tuple(
        GroupMember(group_id * 100 + i, i, f"文档{i}", "f.txt", type_, None, text, 1.0) for i in range(count)
    )
    return Group(group_id, text, type_, members)


def test_tiny_and_empty_libraries():
    empty = build_topics([], {})
    assert empty.topics == () and empty.outliers == () and empty.points == ()
    groups = [_group(1, "召开职代会"), _group(2, "职代会提案"), _group(3, "3月份", type_="heading")]
    tokens = {"召开职代会": ["召开", "职代会"], "职代会提案": ["职代会", "提案"], "3月份": []}
    topic_map = build_topics(groups, tokens)
    assert len(topic_map.topics) >= 1
    assert topic_map.assignments[3] is None
    with pytest.raises(InputError, match="不能多于"):
        build_topics(groups, tokens, n_topics=3)


def test_cli_topics_json_contract(seeds, capsys):
    path, _groups, _ = seeds
    assert main(["topics", "--json", "--db", str(path)]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert set(payload) == {"built_at", "topics", "outliers"}
    topic = payload["topics"][0]
    assert set(topic) == {"id", "label", "keywords", "size", "members"}
    assert topic["label"] == " · ".join(topic["keywords"])
    member = topic["members"][0]
    assert set(member) == {"group_id", "canonical_text", "count"}
    assert topic["size"] == sum(m["count"] for m in topic["members"])
    outlier = next(o for o in payload["outliers"] if LAB_NOTE in o["text"])
    assert set(outlier) == {"group_id", "document", "file", "text"}
    assert outlier["document"].startswith("004_") and outlier["file"].startswith("004")
    assert any(INTERNSHIP in o["text"] for o in payload["outliers"])

    assert main(["topics", "--n-topics", "6", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("主题 6 个（指定）")
    assert "离群段落" in out and LAB_NOTE in out


def test_cli_topics_refuses_a_bad_override_and_an_empty_library(seeds, tmp_path, capsys):
    path, _, _ = seeds
    assert main(["topics", "--n-topics", "0", "--db", str(path)]) == 2
    assert capsys.readouterr().err.startswith("错误：主题数")
    assert main(["topics", "--db", str(tmp_path / "empty.sqlite3")]) == 2
    assert "文库是空的" in capsys.readouterr().err


def test_outlier_search_benchmark_smoke_run(tmp_path, capsys):
    assert bench_main(["--smoke", "--out", str(tmp_path)]) == 0
    assert "load average" in capsys.readouterr().out
    (result,) = tmp_path.glob("topics-smoke-*.json")
    (run,) = json.loads(result.read_text(encoding="utf-8"))["runs"]
    # Only suspects that pass the word test are searched, and every outlier was searched.
    assert run["outliers"] <= run["searched"] < run["suspects"]


# --- topics that grow: texts added join the topics built before ------------------------------


def _reworded(group: Group, new_id: int) -> Group:
    """The group under a new id with its canonical text changed but its words kept (a copy the
    grouping did not join, say after an edit of its punctuation)."""
    return replace(group, id=new_id, canonical_text=group.canonical_text + "（续）")


def test_a_text_added_with_the_words_of_a_member_joins_its_topic(seeds):
    _, groups, tokens = seeds
    index = build_topic_index(groups, tokens)
    outliers = set(index.map.outliers)
    members = [g for g in groups if index.map.assignments[g.id] is not None and g.id not in outliers]
    copies = [_reworded(g, len(groups) + n + 1) for n, g in enumerate(members)]
    grown = grow_topics(
        index, [*groups, *copies], {c.canonical_text: tokens[g.canonical_text] for c, g in zip(copies, members)}
    )
    assert grown.map.built_at == index.map.built_at and len(grown.map.topics) == len(index.map.topics)
    assert all(grown.map.assignments[g.id] == index.map.assignments[g.id] for g in groups)  # nothing moves
    same = [grown.map.assignments[c.id] == index.map.assignments[g.id] for c, g in zip(copies, members)]
    assert sum(same) >= 0.95 * len(same)  # a short heading's nearest centroid may differ from its k-means cluster
    points = {p.group_id for p in grown.map.points}
    assert all(c.id in points for c, g in zip(copies, members) if clusterable(g))
    assert [t.label for t in grown.map.topics] == [t.label for t in index.map.topics]
    for topic in grown.map.topics:  # sizes and members follow the groups now held
        assert topic.size == sum(g.count for g in [*groups, *copies] if grown.map.assignments[g.id] == topic.id)


def test_an_outlier_stays_one_until_it_is_copied(seeds):
    _, groups, tokens = seeds
    index = build_topic_index(groups, tokens)
    note = group_with(groups, LAB_NOTE)
    assert note.id in index.map.outliers
    copied = replace(note, members=note.members * 2)  # now in two places: no longer an outlier
    grown = grow_topics(index, [g if g.id != note.id else copied for g in groups], {})
    assert note.id not in grown.map.outliers and set(grown.map.outliers) == set(index.map.outliers) - {note.id}


def _import_text(library, name: str, items: list[str]) -> None:
    text = "2026年测试医院工会工作计划\n" + "\n".join(f"{n}．{item}" for n, item in enumerate(items, 1)) + "\n"
    assert usecases.import_file(library, text.encode(), name).ok


def test_an_import_grows_the_saved_topics_and_a_rebuild_is_on_demand_or_periodic(tmp_path, monkeypatch):
    with Library(tmp_path / "lib.sqlite3") as store:
        load_sample_corpus(store, CORPUS)
        library = ScopedLibrary(store, local_actor())
        _, before = usecases.library_topics(library)
        built = usecases.build_topic_index
        monkeypatch.setattr(usecases, "build_topic_index", _refuse)
        _import_text(library, "新计划.txt", ["做好新入职职工的入会工作，全年发展会员三十名，壮大工会组织。"])
        groups, after = usecases.library_topics(library)  # grown, not built
        assert after.built_at == before.built_at and [t.label for t in after.topics] == [t.label for t in before.topics]
        new = next(g for g in groups if "全年发展会员三十名" in g.canonical_text)
        assert after.assignments[new.id] is not None
        calls = []
        monkeypatch.setattr(usecases, "build_topic_index", lambda *a, **k: calls.append(1) or built(*a, **k))
        rebuilt = usecases.library_topics(library, rebuild=True)[1]  # built again when asked
        assert calls == [1] and rebuilt.built_at >= after.built_at and rebuilt.topics
        # A library grown by more than REBUILD_SHARE is built again without being asked.
        blocks = sum(g.count for g in groups)
        _import_text(
            library,
            "大计划.txt",
            [f"第{n}项工作：加强第{n}届职工代表大会提案办理督办。" for n in range(int(blocks * 0.25))],
        )
        usecases.library_topics(library)
        assert calls == [1, 1]


def test_only_whoever_may_import_may_rebuild_the_topics(tmp_path):
    with Library(tmp_path / "lib.sqlite3") as store:
        load_sample_corpus(store, CORPUS)
        reviewer = ScopedLibrary(store, Actor("审阅", REVIEWER, 1, None, all_units=True))
        assert not usecases.may_rebuild_topics(reviewer)
        with pytest.raises(Refused):
            usecases.library_topics(reviewer, rebuild=True)
        assert usecases.library_topics(reviewer)[1].topics  # reading them is another matter
        assert usecases.may_rebuild_topics(ScopedLibrary(store, local_actor()))


def test_cli_topics_rebuild_builds_again(seeds, capsys):
    path, _, _ = seeds
    assert main(["topics", "--json", "--db", str(path)]) == 0
    first = json.loads(capsys.readouterr().out)
    assert main(["topics", "--json", "--db", str(path)]) == 0
    assert json.loads(capsys.readouterr().out) == first  # saved at this revision: read as it is
    assert main(["topics", "--rebuild", "--db", str(path)]) == 0
    assert "主题最近一次重建" in capsys.readouterr().out
