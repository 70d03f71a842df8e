"""The groups as the pages read them: the same canonical texts, members and counts, whichever form
holds them. The golden files are the groups of the seed corpus and of a generated library (grown
by imports and a removal, the app's path) as the object form gave them; regenerate with
``pytest --update-golden`` and read the diff."""

from __future__ import annotations

import dataclasses
import json
import pickle
from pathlib import Path

import numpy as np
import pytest

from benchmarks import scale_library
from nlp import usecases
from nlp.boilerplate import build_groups
from nlp.boilerplate.grouplist import APPENDED_SHARE, GroupList, TextTable, text_keys
from nlp.library import Library
from nlp.library.saved import load_index, save_index
from nlp.models import Group
from nlp.usecases import load_sample_corpus

from ..conftest import CORPUS, ROOT

GOLDEN = ROOT / "tests" / "golden"
GENERATED_BLOCKS = 600


def _plain(groups) -> list:
    """The groups as JSON values: every field a page, the CLI or the JSON output reads."""
    return [
        [
            g.id,
            g.canonical_text,
            g.type,
            g.count,
            g.documents,
            [
                [m.block_id, m.document_id, m.document_title, m.file_name, m.type, m.marker, m.text, m.similarity]
                for m in g.members
            ],
        ]
        for g in groups
    ]


def _matches_golden(name: str, groups, update: bool) -> None:
    path = GOLDEN / f"{name}.json"
    plain = _plain(groups)
    if update:
        lines = ",\n".join(json.dumps(group, ensure_ascii=False) for group in plain)
        path.write_text(f"[\n{lines}\n]\n", encoding="utf-8")
    assert plain == json.loads(path.read_text(encoding="utf-8"))


def _groups_now(library: Library):
    """The groups at the library's revision as the app makes them (saved beside the store)."""
    return usecases.library_groups(library)


@pytest.fixture(scope="module")
def generated_plans(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("plans")
    scale_library.write_plans(folder, GENERATED_BLOCKS, seed=3)
    return sorted(folder.rglob("*.txt"))


def test_seed_corpus_groups_match_golden(tmp_path, update_golden):
    with Library(tmp_path / "lib.sqlite3") as library:
        load_sample_corpus(library, CORPUS)
        _matches_golden("seed_groups", build_groups(library.blocks()), update_golden)
        assert _plain(_groups_now(library)) == _plain(build_groups(library.blocks()))


def test_a_generated_library_grown_by_imports_and_a_removal_matches_golden(tmp_path, generated_plans, update_golden):
    """Each revision's groups made from the last ones (unchanged groups kept, the others' blocks
    taken from them or read), as after imports in the app."""
    with Library(tmp_path / "lib.sqlite3") as library:
        load_sample_corpus(library, CORPUS)
        _groups_now(library)
        half = len(generated_plans) // 2
        for path in generated_plans[:half]:
            assert usecases.import_path(library, path).ok
        _groups_now(library)
        for path in generated_plans[half:]:
            assert usecases.import_path(library, path).ok
        _groups_now(library)
        usecases.remove_file(library, library.files()[3].id)
        groups = _groups_now(library)
        _matches_golden("generated_groups", groups, update_golden)
    # Once saved, the groups made read their columns back from the file, mapped.
    assert not groups.columns.member_texts.flags.owndata and not groups.columns.texts.data.flags.owndata


def test_the_columns_read_as_the_objects_they_hold(tmp_path):
    """Counts, documents, a block's group, a text in any member, an order taken and a list saved and
    read back mapped (as the app reads it) against the same groups as objects."""
    with Library(tmp_path / "lib.sqlite3") as library:
        load_sample_corpus(library, CORPUS)
        groups = build_groups(library.blocks())
    objects = [Group(g.id, g.canonical_text, g.type, g.members) for g in groups]
    assert GroupList.of(objects) == objects == groups
    assert groups.counts.tolist() == [g.count for g in objects] == [len(g.members) for g in objects]
    assert groups.documents.tolist() == [len({m.document_id for m in g.members}) for g in objects]
    assert all(groups.group_of_block(m.block_id) == g for g in objects for m in g.members)
    assert groups.group_of_block(max(groups.columns.block_ids) + 1) is None
    named = groups.any_text(lambda text: "职代会" in text).tolist()
    assert any(named) and named == [any("职代会" in m.text for m in g.members) for g in objects]

    order = np.arange(len(groups))[::-3]
    taken = groups.take(order)
    assert taken == [objects[i] for i in order] and taken[1:3] == [objects[i] for i in order[1:3]]
    assert taken[-1] == objects[order[-1]] and taken[-1] is groups[int(order[-1])]  # one object per group
    assert taken.counts.tolist() == [objects[i].count for i in order]
    left_out = next(g for i, g in enumerate(objects) if i not in order)
    assert taken.group_of_block(left_out.members[0].block_id) is None

    save_index(tmp_path / "lib.sqlite3", "group-list", "r1", groups, mapped=True)
    loaded = load_index(tmp_path / "lib.sqlite3", "group-list").value
    assert all(g is None for g in loaded.made)  # a group is made when first asked for, not with the list
    assert loaded[3] is loaded[3] and loaded[-1] == objects[-1] and sum(g is not None for g in loaded.made) == 2
    assert isinstance(loaded, GroupList) and loaded == objects
    assert not loaded.columns.member_texts.flags.owndata  # read from the data file, not copied
    assert pickle.loads(pickle.dumps(loaded[0])) == objects[0]
    assert type(pickle.loads(pickle.dumps(loaded[0]))) is Group
    renumbered = dataclasses.replace(loaded[0], id=99)
    assert type(renumbered) is Group and renumbered == dataclasses.replace(objects[0], id=99)


def test_a_text_table_grown_by_appending_reads_as_one_of_all_its_texts(tmp_path):
    """Texts appended to a table are kept apart until they are ``APPENDED_SHARE`` of its buffer, then
    copied in; whichever it is, the table reads, hashes, keeps and saves as one made of all its texts."""
    with Library(tmp_path / "lib.sqlite3") as library:
        load_sample_corpus(library, CORPUS)
        texts = sorted({b.text for b in library.blocks()})
    base = TextTable.of(texts[:300], hashed=True)
    table, added = base, []
    for start in range(300, len(texts), 7):
        previous, table = table, table.joined(TextTable.of(texts[start : start + 7]))
        added.append(table.more is not None)
        assert table.more is None or table.data is previous.data  # the buffer shared, not copied
    assert added[0] and not all(added)  # appended apart first, copied in once they grew
    assert [table[i] for i in range(len(table))] == texts and len(table) == len(texts)
    assert table.key_column.tolist() == text_keys(texts).tolist()
    small = TextTable.of(texts[:600]).joined(TextTable.of(texts[600:605]))
    assert small.more is not None and len(small.more.data) < APPENDED_SHARE * len(small.data)
    codes = np.array([0, 1, 2, 5, 601, 603])
    kept = small.kept(codes)
    assert [kept[i] for i in range(len(kept))] == [texts[i] for i in codes.tolist()] and kept.more is None
    assert kept.keys(np.arange(len(codes))).tolist() == text_keys([texts[i] for i in codes.tolist()]).tolist()
    save_index(tmp_path / "lib.sqlite3", "texts", "r1", small, mapped=True)
    loaded = load_index(tmp_path / "lib.sqlite3", "texts").value
    assert [loaded[i] for i in range(len(loaded))] == texts[:605] and not loaded.data.flags.owndata
