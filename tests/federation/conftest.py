"""A synthetic federation of a few thousand paragraphs, its archive, and a two-worker LocalCluster."""

from __future__ import annotations

import pytest

from benchmarks.bench_groups import seed_texts
from benchmarks.synthetic import synthetic_federation
from nlp.federation.archive import add_slices
from nlp.federation.screen import read_submissions


@pytest.fixture(scope="session")
def federation(tmp_path_factory):
    folder = tmp_path_factory.mktemp("federation")
    made = synthetic_federation(seed_texts(), folder, units=20, years=3, paragraphs=24, seed=3)
    archive = folder / "parquet"
    add_slices(archive, made.archive, create=True)
    return made, archive, read_submissions(made.submissions)


@pytest.fixture(scope="package")
def client():
    """The cluster of this folder's tests, stopped after its last one: its idle workers' heartbeats
    would otherwise cost CPU for the rest of the session (about 0.09 CPU s a second)."""
    pytest.importorskip("dask.distributed")
    from nlp.federation.cluster import connect

    with connect("local") as dask_client:
        yield dask_client
