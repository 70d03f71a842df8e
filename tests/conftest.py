"""Shared fixtures: the seed corpus, parsed once per test session."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from nlp.library import parse_file
from nlp.models import ParseResult

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


@pytest.fixture
def db(tmp_path, monkeypatch) -> Path:
    """For app tests: a fresh library file named by JIHUA_DB, and nothing cached from another test."""
    import streamlit as st

    path = tmp_path / "lib.sqlite3"
    monkeypatch.setenv("JIHUA_DB", str(path))
    st.cache_resource.clear()
    st.cache_data.clear()
    yield path
    st.cache_data.clear()
    st.cache_resource.clear()  # closes the cached Library
