"""查重's library index grows and shrinks with the library: four seed files imported, then the
fifth added, is the index of all five built at once (the same reports, and the same arrays once its
parts are copied together); a file removed is the index built without it; the index saved beside the
store follows the store's revision, and a save after an import writes only the part appended."""

from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest

from benchmarks.bench_check import make_rewrites
from nlp.check import CheckSettings, check_draft, engine, library_index, updated_library_index
from nlp.check.engine import SourceIndex
from nlp.cli import main
from nlp.library import Library, saved
from nlp.library.saved import index_folder, load_index
from nlp.models import Block
from nlp.usecases import CHECK_INDEX, check_index, import_path, remove_file

from ..conftest import CORPUS

FILES = sorted(CORPUS.iterdir())
NEW_TEXT = (
    "今年春天我们准备在河边种下三百棵柳树，孩子们会在周末提着小桶去浇水，傍晚的时候还能听见青蛙在稻田里此起彼伏地叫着。"
)


@pytest.fixture(scope="module")
def four_then_five(tmp_path_factory):
    """The index of a store holding the first four seed files, and the store once the fifth is in."""
    path = tmp_path_factory.mktemp("incremental") / "lib.sqlite3"
    with Library(path) as library:
        for file in FILES[:4]:
            import_path(library, file)
        four = library_index(library.blocks())
        import_path(library, FILES[4])
        five = library.blocks()
    return path, four, five


def read_from(blocks):
    return lambda ids: [b for b in blocks if b.id in set(ids)]


def assert_same_index(a: SourceIndex, b: SourceIndex) -> None:
    """``a``'s blocks not removed, in arrays of their own, are ``b``'s; so are its common 3-grams."""
    assert np.array_equal(a.common_grams(), b.common_grams())
    if a.appended is not None or a.removed is not None:
        a = a.compacted()
    assert a.appended is None and a.removed is None
    assert list(a.texts) == list(b.texts)
    assert a.documents == b.documents
    assert list(a.markers) == list(b.markers)
    for name in ("document_of", "section_of", "block_ids"):
        assert np.array_equal(getattr(a, name), getattr(b, name)), name
    fa, fb = a.fingerprints, b.fingerprints
    for name in ("vocabulary_", "offsets_", "texts_", "positions_"):
        assert np.array_equal(getattr(fa, name), getattr(fb, name)), name
    assert np.array_equal(fa.forms_.codes, fb.forms_.codes) and np.array_equal(fa.forms_.starts, fb.forms_.starts)
    assert fa.longest_ == fb.longest_
    ga, gb = a.gram_index(), b.gram_index()
    for name in ("vocabulary", "offsets", "texts", "common", "common_counts"):
        assert np.array_equal(getattr(ga, name), getattr(gb, name)), name
    assert ga.size == gb.size


def draft_of(blocks) -> list[Block]:
    """Blocks copied from all over the library, some rewritten so that only the fuzzy stage finds them."""
    texts, types = [b.text for b in blocks], [b.type for b in blocks]
    rewritten = [c.text for c in make_rewrites(texts, types, [NEW_TEXT], 3, seed=3)]
    copied = [b.text for b in blocks[:: max(1, len(blocks) // 15)] if b.type != "heading"]
    return [Block("paragraph", t) for t in copied + rewritten]


def reports_of(index: SourceIndex, draft) -> list:
    return [
        [(m.block_id, m.kind, m.spans, m.source_spans, m.similarity) for m in b.matches]
        for b in check_draft(draft, index, CheckSettings()).blocks
    ]


@pytest.fixture(params=["compacted", "apart"])
def share(request, monkeypatch):
    """Blocks added or removed copied into the arrays (the share is passed) or kept apart."""
    if request.param == "apart":
        monkeypatch.setattr(engine, "APPENDED_SHARE", 1.0)
    return request.param


def test_adding_a_file_equals_building_all_five(four_then_five, share):
    _, four, five = four_then_five
    grown = updated_library_index(four, [b.id for b in five], read_from(five))
    built = library_index(five)
    assert len(grown) > len(four)
    if share == "apart":  # the arrays of the four files are those of their build
        assert grown.appended is not None and grown.fingerprints is four.fingerprints and grown.grams is four.grams
    assert_same_index(grown, built)
    draft = draft_of(five)
    assert any(b.matches for b in check_draft(draft, built, CheckSettings()).blocks)
    assert reports_of(grown, draft) == reports_of(built, draft)


@pytest.mark.parametrize("removed", [0, 2, 4])
def test_removing_a_file_equals_building_without_it(four_then_five, removed, share):
    _, _, five = four_then_five
    full = library_index(five)
    file_names = sorted({b.file_name for b in five})
    left = [b for b in five if b.file_name != file_names[removed]]
    shrunk = updated_library_index(full, [b.id for b in left], read_from(left))
    assert shrunk.removed is not None or share == "compacted"
    built = library_index(left)
    assert_same_index(shrunk, built)
    draft = draft_of(five)
    assert reports_of(shrunk, draft) == reports_of(built, draft)


def test_files_added_and_removed_in_turn_give_the_reports_of_a_build(four_then_five, share):
    """The index kept apart through several imports and removals, a removed file's block ids given
    to the next import's blocks (as SQLite may do), then copied together."""
    _, _, five = four_then_five
    by_file: dict[str, list] = {}
    for block in five:
        by_file.setdefault(block.file_name, []).append(block)
    files = list(by_file.values())
    index = library_index(files[0] + files[1])
    draft = draft_of(five)
    reused = [dataclasses.replace(b, id=files[1][0].id + n) for n, b in enumerate(files[4][: len(files[1])])]
    turns = (files[0] + files[1] + files[2], files[0] + files[2], files[0] + files[2] + files[3])
    for held in (*turns, files[0] + files[2] + reused):
        index = updated_library_index(index, [b.id for b in held], read_from(held))
        built = library_index(held)
        assert_same_index(index, built)
        assert reports_of(index, draft) == reports_of(built, draft)
    if share == "apart":
        assert index.appended is not None and index.removed is not None


def test_a_common_3_gram_that_is_common_no_more_is_indexed_again(four_then_five, monkeypatch, share):
    """With a low STOP_DF the seeds have common 3-grams; removing a file brings some below it."""
    from nlp.check import fuzzy

    _, _, five = four_then_five
    monkeypatch.setattr(fuzzy, "STOP_DF", 40)
    full = library_index(five)
    assert len(full.gram_index().common)
    left = [b for b in five if b.file_name != five[-1].file_name]
    built = library_index(left)
    assert not set(built.gram_index().common.tolist()) >= set(full.gram_index().common.tolist())
    assert_same_index(updated_library_index(full, [b.id for b in left], read_from(left)), built)
    grown = updated_library_index(built, [b.id for b in five], read_from(five))
    assert_same_index(grown, full)


def test_a_3_gram_common_no_more_after_a_removal_keeps_the_index_apart(four_then_five, monkeypatch):
    """Its postings were kept (``fuzzy.kept_df``): it is looked up again, nothing is built again."""
    from nlp.check import fuzzy

    _, _, five = four_then_five
    monkeypatch.setattr(fuzzy, "STOP_DF", 40)
    monkeypatch.setattr(engine, "APPENDED_SHARE", 1.0)
    full = library_index(five)
    draft = draft_of(five)
    kept_apart = 0
    for name in sorted({b.file_name for b in five}):
        left = [b for b in five if b.file_name != name]
        shrunk = updated_library_index(full, [b.id for b in left], read_from(left))
        built = library_index(left)
        assert_same_index(shrunk, built)
        assert reports_of(shrunk, draft) == reports_of(built, draft)
        fell = set(full.gram_index().common.tolist()) - set(built.gram_index().common.tolist())
        kept_apart += bool(fell) and shrunk.removed is not None
    assert kept_apart


def test_the_saved_index_follows_the_store(tmp_path):
    path = tmp_path / "lib.sqlite3"
    with Library(path) as library:
        for file in FILES[:4]:
            import_path(library, file)
        first = check_index(library)
        saved = load_index(path, CHECK_INDEX)
        assert saved.revision == library.revision().token
        assert check_index(library).block_ids.tolist() == first.block_ids.tolist()  # read back as saved
        import_path(library, FILES[4])
        read = []
        blocks = library.blocks

        def counting(*args, **kwargs):
            read.append(kwargs.get("ids"))
            return blocks(*args, **kwargs)

        library.blocks = counting
        grown = check_index(library)
        del library.blocks
        assert len(read) == 1 and len(read[0]) == len(library.blocks()) - len(first)  # only the new file's blocks
        assert_same_index(grown, library_index(library.blocks()))
        assert load_index(path, CHECK_INDEX).revision == library.revision().token
        remove_file(library, library.files()[0].id)
        assert_same_index(check_index(library), library_index(library.blocks()))


def test_the_cli_checks_against_the_updated_index(tmp_path, capsys):
    path = tmp_path / "lib.sqlite3"
    with Library(path) as library:
        for file in FILES[:4]:
            import_path(library, file)
        check_index(library)
        import_path(library, FILES[4])
        text = library.blocks()[-3].text
    draft = tmp_path / "draft.txt"
    draft.write_text(text, encoding="utf-8")
    assert main(["check", str(draft), "--db", str(path), "--json"]) == 0
    out = capsys.readouterr().out
    assert json.loads(out)["summary"]["copied_ratio"] > 0.9 and FILES[4].name in out  # from the file added last


def test_a_file_back_among_the_others_gives_the_reports_of_a_rebuild(four_then_five):
    """A file restored from the trash keeps its place (its id): blocks added before the ones held."""
    _, _, five = four_then_five
    first = five[0].file_name
    later = [b for b in five if b.file_name != first]
    restored = updated_library_index(library_index(later), [b.id for b in five], read_from(five))
    built = library_index(five)
    for name in ("vocabulary", "offsets", "texts", "common", "common_counts"):
        assert np.array_equal(getattr(restored.gram_index(), name), getattr(built.gram_index(), name)), name
    assert np.array_equal(restored.block_ids, built.block_ids) and restored.documents == built.documents
    draft = draft_of(five)
    assert reports_of(restored, draft) == reports_of(built, draft)


def test_a_save_after_an_import_writes_the_part_appended_only(tmp_path, monkeypatch):
    """The arrays of the build are saved once: the save after an import names their files again."""
    monkeypatch.setattr(saved, "MAPPED_MIN_BYTES", 1 << 10)  # the seed files' arrays are small
    monkeypatch.setattr(saved, "PART_MIN_BYTES", 1 << 12)
    monkeypatch.setattr(engine, "APPENDED_SHARE", 1.0)
    path = tmp_path / "lib.sqlite3"
    with Library(path) as library:
        for file in FILES[:4]:
            import_path(library, file)
        check_index(library)
        parts = {p.name: p.stat().st_mtime_ns for p in index_folder(path).glob(f"{CHECK_INDEX}-*.part")}
        assert parts
        import_path(library, FILES[4])
        grown = check_index(library)
        assert grown.appended is not None
        after = {p.name: p.stat().st_mtime_ns for p in index_folder(path).glob(f"{CHECK_INDEX}-*.part")}
        assert set(parts) <= set(after) and all(after[name] == parts[name] for name in parts)
        new = sum((index_folder(path) / name).stat().st_size for name in set(after) - set(parts))
        assert new < sum((index_folder(path) / name).stat().st_size for name in parts) / 4
        assert_same_index(check_index(library), library_index(library.blocks()))
        draft = draft_of(library.blocks())
        assert reports_of(check_index(library), draft) == reports_of(library_index(library.blocks()), draft)
