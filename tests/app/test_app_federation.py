"""The federation's page on a screening written by the screen use case: figures, pairs, passages
side by side, one unit's report, CSV downloads; a folder without results gets the command."""

from __future__ import annotations

import pytest

from benchmarks.bench_groups import seed_texts
from benchmarks.synthetic import synthetic_federation
from nlp.check import CheckSettings
from nlp.federation.archive import add_slices
from nlp.federation.results import write_screening
from nlp.federation.screen import read_submissions, screen

from .. import apptest
from ..apptest import metric, page_html


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    folder = tmp_path_factory.mktemp("screening")
    made = synthetic_federation(seed_texts(), folder, units=8, years=2, paragraphs=12, pairs=1, seed=5)
    add_slices(folder / "parquet", made.archive, create=True)
    screening = screen(folder / "parquet", read_submissions(made.submissions), exclude_own_units=True, year=made.year)
    return made, write_screening(screening, folder / "out", CheckSettings())


def test_the_page_shows_the_screening_pairs_and_a_units_report(results):
    made, out = results
    at = apptest.open_page("app/pages/federation.py")
    at.text_input(key="federation_results").input(str(out)).run()
    assert not at.exception
    assert metric(at, "提交材料") == "8 份" and metric(at, "雷同群") == "1 个"
    pairs = next(d.value for d in at.dataframe if "雷同单位" in d.value.columns)
    cluster = made.clusters[0]
    assert {(a, b) for a, b in zip(pairs["单位"], pairs["雷同单位"])} >= {(cluster[0], cluster[1])}
    markup = page_html(at)
    assert '<mark class="copied' in markup  # passages side by side, copied spans marked
    assert {b.label for b in at.get("download_button")} == {"达到阈值的材料（CSV）", "雷同单位对（CSV）"}
    at.selectbox(key="federation_unit").set_value(1).run()
    assert not at.exception and metric(at, "总文字复制比").endswith("%")


def test_a_folder_without_results_says_which_command_writes_them(tmp_path):
    at = apptest.open_page("app/pages/federation.py")
    at.text_input(key="federation_results").input(str(tmp_path)).run()
    assert not at.exception
    assert any("python -m nlp screen" in i.value for i in at.info)
