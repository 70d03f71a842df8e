"""The archive grows year by year: the first years built here, the last added on the cluster's
workers, gives the same Parquet tables as one build; a year already in it is refused."""

from __future__ import annotations

import shutil

import pyarrow.parquet as pq
import pytest

from nlp.errors import InputError
from nlp.federation.archive import add_slices, archive_slices


def test_a_year_added_on_the_cluster_equals_building_everything_at_once(federation, tmp_path, client):
    made, whole, _ = federation
    years = sorted(p.name for p in made.archive.iterdir())
    early, late = tmp_path / "early", tmp_path / "late"
    for year in years[:-1]:
        shutil.copytree(made.archive / year, early / year)
    shutil.copytree(made.archive / years[-1], late / years[-1])
    grown = tmp_path / "grown"
    add_slices(grown, early, create=True)
    reports = add_slices(grown, late, client=client)
    assert {r.slice.year for r in reports} == {int(years[-1])} and all(r.blocks for r in reports)
    assert archive_slices(grown) == archive_slices(whole)
    for part in archive_slices(whole):
        for table in ("documents", "blocks"):
            assert pq.read_table(part.path(grown, table)).equals(pq.read_table(part.path(whole, table)))
    with pytest.raises(InputError, match="档案库中已有这些年份/单位"):
        add_slices(grown, late)
    with pytest.raises(InputError, match="档案库已存在"):
        add_slices(grown, early, create=True)
