"""Fixtures of the yearly cycle's tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from nlp import usecases
from nlp.library import Library

DATA = Path(__file__).parent / "data"


@pytest.fixture
def library(tmp_path):
    """A library holding 城南医院工会's 2025 plan and the p1 plan (a 医院工会 plan of another unit)."""
    with Library(tmp_path / "lib.sqlite3") as library:
        for path in (DATA / "years" / "plan_2025.txt", DATA / "p1_plan.txt"):
            assert usecases.import_path(library, path).ok
        yield library
