"""Shared fixtures: the seed corpus, parsed once per test session, and libraries for the app."""

from __future__ import annotations

import functools
import shutil
import sys
from pathlib import Path

import pytest

from nlp.library import Library, parse_file
from nlp.models import ParseResult
from nlp.usecases import load_sample_corpus

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEEDS = sorted(CORPUS.glob("*.txt"))


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/*.json from the current output")


@functools.cache
def parsed_seed(prefix: str) -> ParseResult:
    """The parse of the seed file whose name starts with ``prefix`` (e.g. "000")."""
    path = next(p for p in SEEDS if p.name.startswith(prefix))
    return parse_file(path.read_bytes(), path.name)


@pytest.fixture
def update_golden(request) -> bool:
    return request.config.getoption("--update-golden")


@pytest.fixture(scope="session")
def sample_library(tmp_path_factory) -> Path:
    """The sample corpus imported once per test session (the file is closed, so a copy is complete)."""
    path = tmp_path_factory.mktemp("sample") / "library.sqlite3"
    with Library(path) as library:
        load_sample_corpus(library, CORPUS)
    return path


@pytest.fixture
def db(tmp_path, monkeypatch, sample_library) -> Path:
    """For app tests: a library file named by JIHUA_DB holding the sample corpus, a copy of
    ``sample_library``. The app's caches stay: they are keyed on the library's revision token,
    which the copy shares until it changes, so pages do not regroup the same library per test."""
    path = tmp_path / "lib.sqlite3"
    shutil.copyfile(sample_library, path)
    monkeypatch.setenv("JIHUA_DB", str(path))
    return path


@pytest.fixture
def fresh_db(tmp_path, monkeypatch) -> Path:
    """For app tests of a first start: a library file that does not exist yet."""
    path = tmp_path / "new.sqlite3"
    monkeypatch.setenv("JIHUA_DB", str(path))
    return path


@pytest.fixture(autouse=True)
def _restore_main_module():
    """Streamlit's script runner (AppTest) makes the page it ran ``sys.modules["__main__"]``; a
    later test's spawned process would run that page again on start. Put pytest's back."""
    main = sys.modules["__main__"]
    yield
    sys.modules["__main__"] = main
