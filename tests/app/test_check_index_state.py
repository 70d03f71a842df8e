"""The app's 查重 index after an import: the index it holds updated by the new file's blocks, not
built again, and equal to a rebuild."""

from __future__ import annotations

import threading

import numpy as np
import streamlit as st

from app import state
from nlp import access, usecases
from nlp.check import CheckSettings, check_draft, engine, library_index
from nlp.library import Library
from nlp.models import Block

built_of = engine.library_index


def _file_backed(array: np.ndarray) -> bool:
    while isinstance(array, np.ndarray):
        array = array.base
    return isinstance(array, memoryview)


def _refuse(*args, **kwargs):
    raise AssertionError("read every block of the library")


def test_an_import_adds_the_file_to_the_held_check_index(db, monkeypatch):
    path = str(db)
    st.cache_resource.clear()
    with Library(db) as library:
        scoped = access.ScopedLibrary(library, access.local_actor())
        before = state.check_index(path, scoped.revision().token)
        _join_saves()  # the first index is saved before the import (an import's save waits for it anyway)
        text = "2026年测试医院工会工作计划\n一、加强组织建设\n做好新入职职工的入会工作，全年发展会员三十名，组织新会员参加工会知识培训。\n"
        assert usecases.import_file(library, text.encode(), "新计划.txt").ok
        indexed = []
        monkeypatch.setattr(
            engine,
            "library_index",
            lambda blocks, **options: indexed.append(len(blocks)) or built_of(blocks, **options),
        )
        monkeypatch.setattr(state, "library_blocks", _refuse)
        token = scoped.revision().token
        after = state.check_index(path, token)
        monkeypatch.undo()
        built = library_index(library.blocks())
    assert indexed == [len(after) - len(before)] and indexed[0] > 0  # only the new file's blocks indexed
    assert np.array_equal(after.block_ids, built.block_ids)
    _join_saves()
    mapped = state.check_index(path, token)  # once saved: the same, read back from its files
    assert mapped is not after and _file_backed(mapped.gram_index().texts)
    assert np.array_equal(mapped.fingerprints.vocabulary_, after.fingerprints.vocabulary_)
    assert np.array_equal(mapped.block_ids, after.block_ids)
    draft = [Block("paragraph", "我们要做好新入职职工的入会工作，全年发展会员三十名，组织新会员参加工会知识培训。")]
    reports = [check_draft(draft, index, CheckSettings()) for index in (after, built, mapped)]
    assert reports[0] == reports[1] == reports[2] and reports[0].blocks[0].matches


def _join_saves() -> None:
    for thread in threading.enumerate():
        if thread.name == f"save {usecases.CHECK_INDEX}":
            thread.join()
