"""Indexes saved beside the store: reloaded as built, updated by an import, never rebuilt unchanged."""

from __future__ import annotations

import json
import pickle
import shutil
import subprocess
import sys

import pytest

from benchmarks.bench_saved import main as bench_main
from nlp import usecases
from nlp.boilerplate import LibraryGroups, groups
from nlp.boilerplate.groups import blocks_reader
from nlp.check import engine, library_index
from nlp.library import Library, saved
from nlp.library.saved import index_folder, load_index, save_index
from nlp.ngrams import read_only
from nlp.usecases import import_path

from ..conftest import ROOT, SEEDS


@pytest.fixture
def library_path(tmp_path, sample_library):
    path = tmp_path / "lib.sqlite3"
    shutil.copyfile(sample_library, path)
    return path


def _refuse_rebuild(*args, **kwargs):
    raise AssertionError("rebuilt an index that was saved")


def test_a_saved_groups_index_reloads_equal_and_is_not_rebuilt(library_path, monkeypatch):
    with Library(library_path) as library:
        blocks, token = library.blocks(), library.revision().token
    built, read = LibraryGroups(), blocks_reader(blocks)
    built.update([b.id for b in blocks], read)
    save_index(library_path, "groups", token, built)
    assert (index_folder(library_path) / "groups.pickle").is_file()

    monkeypatch.setattr(groups.NearDuplicateIndex, "fit", _refuse_rebuild)
    saved = load_index(library_path, "groups")
    assert saved.revision == token and saved.value is not built
    assert saved.value.update([b.id for b in blocks], read) == "unchanged"
    assert saved.value.groups(read=read) == built.groups(read=read)


def test_an_import_after_a_restart_updates_the_saved_index(library_path, tmp_path, monkeypatch):
    with Library(library_path) as library:
        built = LibraryGroups()
        built.update(library.block_ids(), lambda ids: library.blocks(ids=ids))
        save_index(library_path, "groups", library.revision().token, built)
        copy = tmp_path / "again.txt"
        copy.write_bytes(SEEDS[0].read_bytes() + "\n新增一段：本年度工会将组织职工开展健步走活动。\n".encode())
        assert import_path(library, copy).ok
        blocks = library.blocks()
    monkeypatch.setattr(groups.NearDuplicateIndex, "fit", _refuse_rebuild)
    index = load_index(library_path, "groups").value
    assert index.update([b.id for b in blocks], blocks_reader(blocks)) == "added"
    made = index.groups(read=blocks_reader(blocks))
    assert "本年度工会将组织职工开展健步走活动。" in "".join(m.text for g in made for m in g.members)
    assert sum(g.count for g in made) == len(blocks)


def _built(library: Library):
    """The library's block ids, revision token, a reader of its blocks, and its groups' index."""
    read = lambda ids: library.blocks(ids=ids)  # noqa: E731
    built = LibraryGroups()
    built.update(library.block_ids(), read)
    return library.block_ids(), library.revision().token, read, built


def test_a_near_duplicate_index_saved_in_its_earlier_shape_is_built_again(library_path):
    with Library(library_path) as library:
        block_ids, token, read, old = _built(library)
        for column in ("_wordings", "_node_of"):  # before its state was columns: a list per text
            old.index.__dict__.pop(column)
        old.index.__dict__.update(texts_=[b.text for b in library.blocks()], _holders=[[0]], _node_of=[0])
        save_index(library_path, "groups-all", token, old, mapped=True)
        assert load_index(library_path, "groups-all") is None  # read as none: never a crash
        assert len(usecases.saved_groups_index(library_path, "all").index) == 0
        made = usecases.saved_groups(library_path, token, library.block_ids, read)
        assert made == groups.build_groups(library.blocks())
        assert len(load_index(library_path, "groups-all").value.index) == len(block_ids)  # saved in the new shape


def test_the_check_index_reloads_in_another_process(library_path):
    with Library(library_path) as library:
        blocks, token = library.blocks(), library.revision().token
    index = library_index(blocks)
    save_index(library_path, "check", token, index)
    script = (
        "import sys; from nlp.library.saved import load_index; s = load_index(sys.argv[1], 'check');"
        "print(s.revision, len(s.value), s.value.nbytes)"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(library_path)], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert out.stdout.split() == [token, str(len(index)), str(index.nbytes)]


def test_missing_foreign_or_broken_files_read_as_none(library_path):
    assert load_index(library_path, "groups") is None
    save_index(library_path, "groups", "r1", [1, 2])
    path = index_folder(library_path) / "groups.pickle"
    path.write_bytes(path.read_bytes()[:10])
    assert load_index(library_path, "groups") is None
    path.write_bytes(b"not a pickle")
    assert load_index(library_path, "groups") is None


def test_an_unwritable_folder_keeps_the_index_in_memory(tmp_path, caplog):
    (tmp_path / "lib.sqlite3.indexes").write_text("a file where the folder should be")
    saved = save_index(tmp_path / "lib.sqlite3", "groups", "r1", {"a": 1})
    assert saved.value == {"a": 1} and saved.revision == "r1"
    assert "not saved" in caplog.text
    assert load_index(tmp_path / "lib.sqlite3", "groups") is None


def test_the_cli_use_cases_reuse_the_saved_indexes(library_path, monkeypatch):
    with Library(library_path) as library:
        groups_first, index_first = usecases.library_groups(library), usecases.check_index(library)
        monkeypatch.setattr(groups.NearDuplicateIndex, "fit", _refuse_rebuild)
        monkeypatch.setattr(engine, "library_index", _refuse_rebuild)
        assert usecases.library_groups(library) == groups_first
        assert len(usecases.check_index(library)) == len(index_first)


def test_benchmark_smoke_run(tmp_path, capsys):
    assert bench_main(["--smoke", "--out", str(tmp_path)]) == 0
    (result,) = tmp_path.glob("saved-smoke-*.json")
    (run,) = json.loads(result.read_text(encoding="utf-8"))["runs"]
    assert run["update_after_load"] == "unchanged" and run["megabytes"] > 0


def test_an_index_saved_mapped_keeps_its_arrays_out_of_the_pickle(tmp_path):
    import numpy as np

    db = tmp_path / "lib.sqlite3"
    value = {"postings": np.arange(200_000, dtype=np.uint64), "small": np.ones(3), "texts": ["送温暖"] * 3}
    save_index(db, "groups-all", "r1", value, mapped=True)
    save_index(db, "groups-all", "r2", value, mapped=True)  # the parts of r1 are removed
    files = {p.suffix: p for p in index_folder(db).iterdir()}
    assert len(list(index_folder(db).iterdir())) == 3 and set(files) == {".pickle", ".body", ".data"}
    assert files[".data"].stat().st_size >= value["postings"].nbytes
    assert files[".body"].stat().st_size < 10_000  # the pickle without the large array
    loaded = load_index(db, "groups-all")
    assert loaded.revision == "r2" and loaded.value["texts"] == value["texts"]
    postings = loaded.value["postings"]
    assert np.array_equal(postings, value["postings"]) and postings.flags.writeable
    postings[0] = 7  # copy-on-write: the file keeps what was saved
    assert load_index(db, "groups-all").value["postings"][0] == 0
    assert load_index(db, "groups-all", at="r1") is None and load_index(db, "groups-all", at="r2") is not None


def _files(db) -> dict[str, tuple[int, int]]:
    """The files beside the store: name -> (inode, mtime)."""
    return {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in index_folder(db).iterdir()}


def _named(db, name: str) -> set[str]:
    """The files the header of index ``name`` names."""
    header = pickle.loads((index_folder(db) / f"{name}.pickle").read_bytes())
    return {header["body"], header["data"], *(entry[0] for entry in header["buffers"])} - {None}


def test_after_an_import_the_unchanged_arrays_are_not_written_again(library_path, tmp_path, monkeypatch):
    monkeypatch.setattr(saved, "MAPPED_MIN_BYTES", 1 << 10)  # the sample library's arrays are small
    monkeypatch.setattr(saved, "PART_MIN_BYTES", 1 << 12)
    with Library(library_path) as library:
        read = lambda ids: library.blocks(ids=ids)  # noqa: E731
        made = usecases.saved_groups(library_path, library.revision().token, library.block_ids, read)
        usecases.saved_topics(library, library.revision().token, made)
        before = _files(library_path)
        index = load_index(library_path, "groups-all").value.index
        postings = index._indexes[5]._hash.nbytes + index._indexes[5]._text.nbytes
        copy = tmp_path / "again.txt"
        copy.write_bytes(SEEDS[0].read_bytes() + "\n新增一段：本年度工会将组织职工开展健步走活动。\n".encode())
        assert import_path(library, copy).ok
        made = usecases.saved_groups(library_path, library.revision().token, library.block_ids, read)
        assert made == groups.build_groups(library.blocks())
        usecases.saved_topics(library, library.revision().token, made)  # grown from those saved
        after = _files(library_path)
        names = ("groups-all", "group-list-all", "topics-all-auto")
        for name in names:
            kept = {f for f in _named(library_path, name) if f.endswith(".part")} & set(before)
            assert kept, name  # the postings' main arrays, the text tables' buffers, the topics' LSA
            assert all(after[f] == before[f] for f in kept)  # the same files, not written again
        written = sum((index_folder(library_path) / f).stat().st_size for f in set(after) - set(before))
        assert written < postings  # what changed only
        named = set().union(*(_named(library_path, name) | {f"{name}.pickle"} for name in names))
        assert set(after) == named  # the previous save's files removed
        loaded = load_index(library_path, "groups-all").value
        assert loaded.update(library.block_ids(), read) == "unchanged" and loaded.groups(made, read) == made


class _CutShort(Exception):
    pass


@pytest.mark.parametrize(
    ("step", "reads"), [("_write_data", "r1"), ("_new_part", "r1"), ("replace", "r1"), ("_own_files", "r2")]
)
def test_a_save_cut_short_leaves_a_whole_save_readable(tmp_path, monkeypatch, step, reads):
    import numpy as np

    db = tmp_path / "lib.sqlite3"
    first = {"postings": read_only(np.arange(200_000, dtype=np.uint64)), "counts": np.ones(20_000)}
    save_index(db, "groups-all", "r1", first, mapped=True)
    loaded = load_index(db, "groups-all").value  # its postings read from their part: named again below
    second = {"postings": loaded["postings"], "more": read_only(np.arange(300_000)), "counts": np.zeros(20_000)}

    def cut(*args, **kwargs):
        raise _CutShort(step)

    monkeypatch.setattr(saved.os if step == "replace" else saved, step, cut)
    with pytest.raises(_CutShort):
        save_index(db, "groups-all", "r2", second, mapped=True)
    monkeypatch.undo()
    read = load_index(db, "groups-all")
    assert read.revision == reads
    expected = first if reads == "r1" else second
    assert read.value.keys() == expected.keys()
    assert all(np.array_equal(read.value[key], expected[key]) for key in expected)
    save_index(db, "groups-all", "r3", second, mapped=True)  # the next save removes what the cut one left
    assert {p.name for p in index_folder(db).iterdir()} == {"groups-all.pickle"} | _named(db, "groups-all")
    assert load_index(db, "groups-all").revision == "r3"


def test_an_index_saved_before_parts_still_reads_and_is_saved_in_parts(library_path, monkeypatch):
    """The layout ``main`` wrote before: every large buffer in one data file, named by ``spans``."""
    monkeypatch.setattr(saved, "PART_MIN_BYTES", 1 << 12)  # the sample library's arrays are small
    with Library(library_path) as library:
        block_ids, token, read, built = _built(library)
        folder = index_folder(library_path)
        folder.mkdir()
        buffers = []
        body = pickle.dumps(built, protocol=5, buffer_callback=lambda b: b.raw().nbytes < 1 << 10 or buffers.append(b))
        (folder / "groups-all-old.body").write_bytes(body)
        spans, data = [], bytearray()
        for buffer in buffers:
            data += bytes(-len(data) % 64)
            spans.append((len(data), buffer.raw().nbytes))
            data += buffer.raw()
        (folder / "groups-all-old.data").write_bytes(data)
        header = {"format": saved.FORMAT, "revision": token, "saved_at": "", "body": "groups-all-old.body"}
        header.update(data="groups-all-old.data", spans=spans)
        (folder / "groups-all.pickle").write_bytes(pickle.dumps(header))

        loaded = load_index(library_path, "groups-all").value
        assert loaded.update(block_ids, read) == "unchanged" and loaded.groups(read=read) == built.groups(read=read)
        save_index(library_path, "groups-all", token, loaded, mapped=True)
        assert not (folder / "groups-all-old.data").exists()
        parts = {f for f in _named(library_path, "groups-all") if f.endswith(".part")}
        assert len(parts) >= 4  # its postings' main arrays and its text tables' buffers, read-only again
        assert load_index(library_path, "groups-all").value.groups(read=read) == built.groups(read=read)


def test_a_header_naming_a_missing_file_reads_as_none(tmp_path, caplog):
    import numpy as np

    db = tmp_path / "lib.sqlite3"
    save_index(db, "groups-all", "r1", {"postings": read_only(np.arange(200_000))}, mapped=True)
    (part,) = index_folder(db).glob("groups-all-*.part")
    part.unlink()  # say, removed by another process's save
    assert load_index(db, "groups-all") is None
    assert "ignored" in caplog.text
