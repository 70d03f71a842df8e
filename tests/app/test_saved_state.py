"""The app's indexes after a restart: loaded from beside the store, not rebuilt."""

from __future__ import annotations

import gc
import threading
import weakref

import streamlit as st

from app import state
from nlp import access, usecases
from nlp.boilerplate import groups
from nlp.check import engine
from nlp.library import Library
from nlp.library.saved import index_folder


def _refuse_rebuild(*args, **kwargs):
    raise AssertionError("rebuilt an index that was saved")


def test_a_restart_loads_the_saved_indexes_and_rebuilds_nothing(db, monkeypatch):
    with Library(db) as library:  # the single user's scope: every unit
        revision = access.ScopedLibrary(library, access.local_actor()).revision().token
    path = str(db)
    st.cache_resource.clear()  # a fresh process: nothing computed from this library yet
    first = (
        state.library_groups(path, revision),
        state.check_index(path, revision),
        state.topic_map(path, revision, None),
    )
    for thread in threading.enumerate():  # the indexes are saved by threads of their own
        if "save" in thread.name:
            thread.join()
    saved = {p.name for p in index_folder(db).iterdir()}
    assert {name for name in saved if name.endswith(".pickle")} == {
        "groups-all.pickle",
        "group-list-all.pickle",
        "check.pickle",
        "topics-all-auto.pickle",
    }
    parts = sorted(name.rsplit("-", 1)[0] + name[-5:] for name in saved if not name.endswith(".pickle"))
    assert parts == [  # saved "mapped"
        "check.body",
        "check.data",
        "group-list-all.body",
        "group-list-all.data",  # the group list's columns
        "groups-all.body",
        "groups-all.data",
        "topics-all-auto.body",
        "topics-all-auto.data",
        "topics-all-auto.part",  # the LSA components: fixed until the next build, saved once
    ]
    built_at = first[2].built_at

    st.cache_resource.clear()  # what a restart leaves: the store and the folder beside it
    monkeypatch.setattr(groups.NearDuplicateIndex, "fit", _refuse_rebuild)
    monkeypatch.setattr(usecases, "saved_groups_index", _refuse_rebuild)  # the saved groups do: no index loaded
    monkeypatch.setattr(engine, "library_index", _refuse_rebuild)
    monkeypatch.setattr(usecases, "build_topic_index", _refuse_rebuild)
    monkeypatch.setattr(usecases, "grow_topics", _refuse_rebuild)
    again = (
        state.library_groups(path, revision),
        state.check_index(path, revision),
        state.topic_map(path, revision, None),
    )
    assert again[0] == first[0] and again[2] == first[2]
    assert len(again[1]) == len(first[1]) and again[1].nbytes == first[1].nbytes
    assert built_at and again[2].built_at == built_at


def test_an_import_adds_only_the_new_blocks_to_the_held_index(db):
    path = str(db)
    with Library(db) as library:
        before = access.ScopedLibrary(library, access.local_actor()).revision().token
        held = {m.block_id: m for g in state.library_groups(path, before) for m in g.members}
        text = "2026年测试医院工会工作计划\n一、加强组织建设\n做好新入职职工的入会工作，全年发展会员三十名。\n"
        assert usecases.import_file(library, text.encode(), "新计划.txt").ok
        after = access.ScopedLibrary(library, access.local_actor()).revision().token
        grouped = {m.block_id: m for g in state.library_groups(path, after) for m in g.members}
        stored = {b.id: b for b in library.blocks()}
    assert grouped.keys() == stored.keys() and held.keys() < stored.keys()
    new = stored.keys() - held.keys()
    assert len(new) == 2 and all(grouped[i].text == stored[i].text for i in new)
    assert all(grouped[i] == held[i] for i in held)  # the blocks held were kept as they were


def test_an_import_lets_the_previous_revisions_groups_and_topics_go(db):
    path = str(db)
    st.cache_resource.clear()  # what this process made last is of this file
    with Library(db) as library:
        scoped = access.ScopedLibrary(library, access.local_actor())
        before = scoped.revision().token
        held = weakref.ref(state._topics(path, before, None)), weakref.ref(state.group_search(path, before))
        text = "2026年测试医院工会工作计划\n一、加强组织建设\n做好新入职职工的入会工作，全年发展会员三十名。\n"
        assert usecases.import_file(library, text.encode(), "新计划.txt").ok
        after = scoped.revision().token
        topics = state._topics(path, after, None)
    gc.collect()
    assert held[0]() is None and held[1]() is None  # no cache holds the revision before any more
    assert (
        state._topics(path, after, None) is topics
        and state._last_made(path)["topics", usecases.revision_scope(after), None][1] is topics
    )
