"""The incremental index: adding texts gives what a rebuild gives (see NearDuplicateIndex)."""

from __future__ import annotations

import json
from collections import Counter

import numpy as np
import pytest

from benchmarks.bench_groups import seed_texts
from benchmarks.bench_index import main as bench_main
from benchmarks.synthetic import synthetic_library
from nlp.boilerplate import DEFAULT_THRESHOLD, LibraryGroups, build_groups
from nlp.boilerplate.forms import (
    RarestShingles,
    ShingleIndex,
    common_frequency,
    comparison_forms,
    shingle_ids,
)
from nlp.boilerplate.groups import (
    MIN_SHARED_FRACTION,
    NearDuplicateIndex,
    TextCluster,
    _cluster_distinct,
    _distinct,
    _required,
    _similarities,
    _verified_graph,
    _verified_pairs,
)
from nlp.library import Library
from nlp.library.saved import load_index
from nlp.usecases import import_path

from ..conftest import SEEDS


@pytest.fixture(scope="module")
def seed_blocks(tmp_path_factory):
    """The seed corpus's blocks, in library order, and the name of each block's file."""
    with Library(tmp_path_factory.mktemp("incremental") / "lib.sqlite3") as library:
        for path in SEEDS:
            import_path(library, path)
        return library.blocks()


@pytest.fixture(scope="module")
def synthetic():
    """A small synthetic library: a base of 1 200 blocks and documents of 30 added to it."""
    texts = synthetic_library(seed_texts(), 1_500, seed=3).texts
    return texts[:1_200], [texts[i : i + 30] for i in range(1_200, 1_500, 30)]


def _same_clusters(a, b) -> bool:
    return [(c.canonical, c.members, c.similarity) for c in a] == [(c.canonical, c.members, c.similarity) for c in b]


# --- the seed corpus: four files indexed, the fifth added -----------------------------------


@pytest.mark.parametrize("held_out", range(5))
def test_adding_a_seed_file_gives_the_groups_of_a_rebuild(seed_blocks, held_out):
    name = SEEDS[held_out].name
    first = [b.text for b in seed_blocks if b.file_name != name]
    last = [b.text for b in seed_blocks if b.file_name == name]
    assert first and last
    index = NearDuplicateIndex().fit(first)
    holding = index.add(last)
    rebuilt = NearDuplicateIndex().fit(first + last).clusters()
    assert _same_clusters(index.clusters(), rebuilt)  # members, canonical texts, similarities
    added = set(range(len(first), len(first) + len(last)))
    assert {c.members for c in holding} == {c.members for c in rebuilt if added & set(c.members)}


def _reader(library):
    return lambda ids: library.blocks(ids=ids)


def test_library_groups_follow_imports_and_removals_by_block_id(tmp_path):
    with Library(tmp_path / "lib.sqlite3") as library:
        for path in SEEDS[:4]:
            import_path(library, path)
        groups = LibraryGroups()
        assert groups.update(library.block_ids(), _reader(library)) == "built"
        assert groups.update(library.block_ids(), _reader(library)) == "unchanged"
        assert import_path(library, SEEDS[4]).ok
        assert groups.update(library.block_ids(), _reader(library)) == "added"
        assert groups.groups(read=_reader(library)) == build_groups(library.blocks())
        masses = next(
            g for g in groups.groups(read=_reader(library)) if g.canonical_text.startswith("抓住工会工作的群众性特点")
        )
        assert masses.count == 8
        library.delete_file(library.files()[0].id)
        assert groups.update(library.block_ids(), _reader(library)) == "removed"
        assert groups.groups(read=_reader(library)) == build_groups(library.blocks())


def test_groups_after_an_import_read_only_the_new_blocks_and_take_the_others_from_the_known_ones(tmp_path):
    with Library(tmp_path / "lib.sqlite3") as library:
        for path in SEEDS[:4]:
            import_path(library, path)
        groups = LibraryGroups()
        groups.update(library.block_ids(), _reader(library))
        before = groups.groups(read=_reader(library))
        assert import_path(library, SEEDS[4]).ok
        groups.update(library.block_ids(), _reader(library))
        asked: list[int] = []

        def read(ids):
            asked.extend(ids)
            return library.blocks(ids=ids)

        after = groups.groups(before, read)
        assert after == build_groups(library.blocks())  # as if made anew, numbered as a rebuild numbers them
        new = set(library.block_ids()) - {m.block_id for g in before for m in g.members}
        assert new and set(asked) == new


def test_the_app_adds_an_import_to_its_index_instead_of_regrouping(tmp_path):
    import streamlit as st

    from app import state
    from nlp.access import ScopedLibrary, local_actor

    db = tmp_path / "app.sqlite3"

    def saved_index() -> LibraryGroups:  # the app keeps no index in memory: it saves each update
        with state._group_index_lock(str(db), "all"):  # saved by a thread of its own
            return load_index(db, "groups-all").value

    with Library(db) as library:
        for path in SEEDS[:4]:
            import_path(library, path)
    st.cache_resource.clear()
    st.cache_data.clear()
    try:
        library = ScopedLibrary(state._open_library(str(db)), local_actor())  # as a single-user page sees it
        before = state.library_groups(str(db), state.library_revision(library))
        assert saved_index().last_update == "built" and before == build_groups(library.blocks())
        assert import_path(library, SEEDS[4]).ok
        after = state.library_groups(str(db), state.library_revision(library))
        assert saved_index().last_update == "added" and after == build_groups(library.blocks())
    finally:
        st.cache_data.clear()
        st.cache_resource.clear()


def test_an_empty_index_takes_texts_and_repeated_texts_only_count():
    index = NearDuplicateIndex()
    assert index.clusters() == [] and index.add([]) == []
    text = "继续做好送温暖工作，在群众最需要的时候，把党和工会组织的关怀送到职工心里。"
    index.add([text, "工会"])
    index.add([text.replace("，", "；"), "工会。"])
    assert _same_clusters(
        index.clusters(), NearDuplicateIndex().fit([text, "工会", text.replace("，", "；"), "工会。"]).clusters()
    )
    assert [len(c.members) for c in index.clusters()] == [2, 2]


# --- the guarantee on a synthetic library ---------------------------------------------------


def _text_cluster(texts, holders, center, members, sims) -> TextCluster:
    """A group of distinct texts as a group of the texts holding them, one group at a time (what
    ``NearDuplicateIndex`` works out for all groups at once): the canonical text is the most common
    exact wording of the centre, then its other holders, then the other members by similarity and
    where they first occur."""
    wording = Counter(texts[i] for i in holders[center])
    canonical = next(i for i in holders[center] if wording[texts[i]] == max(wording.values()))
    order = sorted(zip(members, sims), key=lambda fs: (fs[0] != center, -fs[1], holders[fs[0]][0]))
    member_list, similarity_list = [canonical], [1.0]
    for form, score in order:
        for index in holders[form]:
            if index != canonical:
                member_list.append(index)
                similarity_list.append(1.0 if form == center else round(float(score), 4))
    return TextCluster(canonical, tuple(member_list), tuple(similarity_list))


def test_added_documents_keep_the_guarantee_against_a_rebuild(synthetic):
    base, documents = synthetic
    index = NearDuplicateIndex().fit(base)
    so_far = list(base)
    for document in documents:
        known = len(_distinct(comparison_forms(so_far))[0].texts)
        index.add(document)
        so_far += document
        # 2. Every pair of a text just added that a rebuild of the library as it now stands links is
        # linked. (Against a rebuild of a later library no more is promised: texts added later change
        # the shingles' frequencies, so a rebuild then may sketch this text otherwise.)
        now, _ = _distinct(comparison_forms(so_far))
        left, right, _ = index.pairs()
        rebuilt_now = zip(*(a.tolist() for a in _verified_pairs(now, DEFAULT_THRESHOLD)[:2]))
        assert {p for p in rebuilt_now if p[1] >= known} <= set(zip(left.tolist(), right.tolist()))
    everything = so_far
    distinct, _ = _distinct(comparison_forms(everything))
    first_new = len(_distinct(comparison_forms(base))[0].texts)
    lengths = np.fromiter(map(len, distinct.texts), dtype=np.int64)

    left, right, scores = index.pairs()
    # 1. Every pair linked passes the rebuild's verification, with the rebuild's similarity.
    assert np.allclose(scores, _similarities(distinct, left, right))
    assert (scores >= _required(DEFAULT_THRESHOLD, np.minimum(lengths[left], lengths[right]))).all()
    linked = set(zip(left.tolist(), right.tolist()))
    # 3. Pairs among the base texts are those of the base's own build.
    base_pairs = set(
        zip(*(a.tolist() for a in _verified_pairs(_distinct(comparison_forms(base))[0], DEFAULT_THRESHOLD)[:2]))
    )
    assert {p for p in linked if p[1] < first_new} == base_pairs
    # 4. The groups are what the rebuild's procedure makes of the index's own pairs.
    weights = np.bincount(_distinct(comparison_forms(everything))[1]).astype(np.float64)
    holders = [[] for _ in distinct.texts]
    for position, form in enumerate(_distinct(comparison_forms(everything))[1]):
        holders[form].append(position)
    graph = _verified_graph(len(distinct.texts), left, right, scores)
    regrouped = sorted(
        (
            _text_cluster(everything, holders, c, m.tolist(), s.tolist())
            for c, m, s in _cluster_distinct(distinct, weights, DEFAULT_THRESHOLD, graph)
        ),
        key=lambda c: (-len(c.members), min(c.members)),
    )
    assert _same_clusters(index.clusters(), regrouped)


# --- the shingle postings -------------------------------------------------------------------


def _sketch_sets(sketch, vocabulary):
    return [
        set(vocabulary[sketch.indices[sketch.indptr[i] : sketch.indptr[i + 1]]].tolist())
        for i in range(sketch.shape[0])
    ]


def test_shingle_index_sketches_added_texts_as_a_rebuild_would(synthetic):
    base, documents = synthetic
    forms = comparison_forms(base + documents[0]).texts
    old, new = forms[: len(base)], forms[len(base) :]
    index = ShingleIndex(k=5)
    fitted = index.fit_transform(old)
    batch = RarestShingles(k=5)
    assert (fitted != batch.fit_transform(old)).nnz == 0
    added = index.add(new, np.arange(len(old), len(forms)))
    rebuild = RarestShingles(k=5)
    sketch = rebuild.fit_transform(forms)
    vocabulary = np.flatnonzero(rebuild.document_frequency_ >= 2)  # sketch columns, by rarity
    order = np.lexsort(
        (
            rebuild.vocabulary_,
            np.where(
                rebuild.document_frequency_ >= 2,
                np.minimum(rebuild.document_frequency_, common_frequency(len(forms))),
                65535,
            ),
        )
    )
    columns = rebuild.vocabulary_[order[: len(vocabulary)]]
    expected = _sketch_sets(sketch, columns)[len(old) :]
    assert [set(s.tolist()) for s in added] == expected
    # Every pair of the rebuild's sketch test with a new text is a candidate.
    shared = (sketch @ sketch.T).tocoo()
    size = np.diff(sketch.indptr)
    passes = shared.data >= MIN_SHARED_FRACTION * np.maximum(np.minimum(size[shared.row], size[shared.col]), 1)
    wanted = {(int(a), int(b)) for a, b in zip(shared.row[passes], shared.col[passes]) if a >= len(old) and a != b}
    found = set(
        zip(*(a.tolist() for a in index.candidates(np.arange(len(old), len(forms)), added, MIN_SHARED_FRACTION)))
    )
    assert wanted and wanted <= found
    assert index.frequency(shingle_ids(new, 5)[1]).min() >= 1


def test_shingle_index_checks_its_arguments():
    with pytest.raises(ValueError):
        ShingleIndex(k=0)
    with pytest.raises(ValueError):
        ShingleIndex(per_text=0)
    with pytest.raises(ValueError):
        ShingleIndex().add(["工会工作计划"], [])


# --- the benchmark --------------------------------------------------------------------------


def test_index_benchmark_smoke_run(tmp_path, capsys):
    assert bench_main(["--smoke", "--engines", "rjieba", "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "bare segmentation" in out and "full build" in out and "add one document" in out
    (result,) = tmp_path.glob("index-smoke-*.json")
    report = json.loads(result.read_text(encoding="utf-8"))["reports"][0]
    assert set(report["segmentation"]) == {"rjieba", "jieba", "jieba.lcut"}
    assert report["builds"]["rjieba"]["seconds"] > 0 and len(report["adds"]) == 3
    assert report["agreement"]["texts_in_a_different_group"] == 0
    assert "add one document (median) / build" in report["ratios"]


def test_a_failed_update_leaves_no_half_updated_index(tmp_path, monkeypatch):
    with Library(tmp_path / "lib.sqlite3") as library:
        for path in SEEDS[:4]:
            import_path(library, path)
        groups = LibraryGroups()
        groups.update(library.block_ids(), _reader(library))
        import_path(library, SEEDS[4])
        add = NearDuplicateIndex.add

        def out_of_memory(self, texts):
            # Half-way through an update, as a real failure would leave it.
            self._node_of = np.r_[self._node_of, np.zeros(len(texts), dtype=np.int64)]
            raise MemoryError

        monkeypatch.setattr(NearDuplicateIndex, "add", out_of_memory)
        with pytest.raises(MemoryError):
            groups.update(library.block_ids(), _reader(library))
        assert groups.groups(read=_reader(library)) == [] and len(groups.index) == 0  # nothing half-updated is kept
        monkeypatch.setattr(NearDuplicateIndex, "add", add)
        assert groups.update(library.block_ids(), _reader(library)) == "built"
        assert groups.groups(read=_reader(library)) == build_groups(library.blocks())
