"""Shared fixtures: the seed corpus, parsed once per test session, and libraries for the app."""

from __future__ import annotations

import functools
import gc
import json
import multiprocessing
import os
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


def assert_same_model(retrained: str, shipped: Path, features: list[str]) -> None:
    """A model retrained (its file's text, ``LinearModel.to_json``) is the ``shipped`` one, within rounding."""
    fresh, kept = json.loads(retrained), json.loads(shipped.read_text(encoding="utf-8"))
    assert fresh["features"] == kept["features"] == features
    assert fresh["threshold"] == pytest.approx(kept["threshold"], abs=0.002)
    assert fresh["bias"] == pytest.approx(kept["bias"], abs=1e-3)
    for key in ("weights", "means", "scales"):
        assert len(fresh[key]) == len(kept[key])
        assert max(abs(a - b) for a, b in zip(fresh[key], kept[key], strict=True)) < 1e-3, key


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/*.json from the current output")
    parser.addoption(
        "--update-screenshots", action="store_true", help="the browser suite rewrites docs/screenshots/*.png"
    )


def _group(item: pytest.Item) -> str:
    """The xdist group of a test: the browser suite is one (its servers and Chromium run one test at
    a time), the federation's tests another (they share one Dask cluster per process), every other
    module its own (its module-scoped fixtures are built once, on one worker)."""
    module = Path(item.path).relative_to(ROOT / "tests")
    return module.parts[0] if module.parts[0] in ("e2e", "federation") else module.as_posix()


def pytest_xdist_auto_num_workers(config) -> int:
    """``-n auto`` (pyproject's addopts): two workers for the suite or a folder of it, none (one
    process) for one module, whose tests are one group anyway: a second worker would only collect."""
    modules = {arg.split("::")[0] for arg in config.args}
    if len(modules) == 1 and next(iter(modules)).endswith(".py"):
        return 0
    return 2 if (os.cpu_count() or 1) >= 2 else 0


@pytest.hookimpl(tryfirst=True)  # before xdist's own hook reads the marks
def pytest_collection_modifyitems(config, items):
    """Under pytest-xdist (pyproject's addopts: ``--dist loadgroup``, groups handed out in
    collection order) each group runs on one worker. In the workers the browser suite, the
    longest group, comes first, so the unit tests run on the other worker meanwhile."""
    for item in items:
        item.add_marker(pytest.mark.xdist_group(_group(item)))
    if hasattr(config, "workerinput"):  # a worker: the order decides which group is handed out first
        items.sort(key=lambda item: _group(item) != "e2e")


def pytest_collection_finish(session):
    """The modules collection imported stay to the end: freeze them out of the cyclic collector's
    passes, and look for young cycles every 10 000 new objects instead of 700. The collector took
    about a tenth of a test process's CPU (AppTests, topics, the check), half as much after this."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(10_000, 10, 10)


@functools.cache
def parsed_seed(prefix: str) -> ParseResult:
    """The parse of the seed file whose name starts with ``prefix`` (e.g. "000")."""
    path = next(p for p in SEEDS if p.name.startswith(prefix))
    return parse_file(path.read_bytes(), path.name)


def server_processes(module: str) -> multiprocessing.context.BaseContext:
    """Processes for a test of separate server processes on one library: forked from a server that
    imported ``module`` (the test's, holding the processes' function) once, where each spawned
    process would import it again (1-1.5 CPU s each); each still opens its own connection."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([module])
    return context


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
