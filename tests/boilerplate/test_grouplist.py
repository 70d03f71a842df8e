"""The groups as the pages read them: the same canonical texts, members and counts, whichever form
holds them. The golden files are the groups of the seed corpus and of a generated library (grown
by imports and a removal, the app's path) as the object form gave them; regenerate with
``pytest --update-golden`` and read the diff."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import scale_library
from nlp import usecases
from nlp.boilerplate import build_groups
from nlp.library import Library
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
        _matches_golden("generated_groups", _groups_now(library), update_golden)
