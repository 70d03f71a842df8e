"""The federation's commands: the library into the archive and a unit back, a refused second
build of a slice, a screening written as Parquet and JSON, groups from the archive."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq

from nlp.cli import main
from nlp.library import Library

ROOT = Path(__file__).resolve().parents[2]


def test_the_library_exported_as_a_units_year_imports_back_unchanged(tmp_path, sample_library, capsys):
    archive = tmp_path / "archive"
    export = ["archive", "export", "--archive", str(archive), "--unit", "市一院", "--year", "2024"]
    assert main([*export, "--db", str(sample_library), "--json"]) == 0
    exported = json.loads(capsys.readouterr().out)
    back = tmp_path / "back.sqlite3"
    assert main(["archive", "import", "--archive", str(archive), "--unit", "市一院", "--db", str(back)]) == 0
    with Library(sample_library) as original, Library(back) as imported:
        before = [(b.document_title, b.type, b.level, b.marker, b.text) for b in original.blocks()]
        after = [(b.document_title, b.type, b.level, b.marker, b.text) for b in imported.blocks()]
        assert Counter(after) == Counter(before) and exported["blocks"] == len(before) > 100
        assert {f.name.split("/", 2)[:2] == ["2024", "市一院"] for f in imported.files()} == {True}
    assert main([*export, "--db", str(sample_library)]) == 2
    assert capsys.readouterr().err.startswith("错误：档案库中已有 2024/市一院")


def test_screen_writes_parquet_and_json_and_groups_read_the_archive(federation, tmp_path, capsys):
    made, archive, _ = federation
    out = tmp_path / "out"
    screen = ["screen", "--archive", str(archive), "--submissions", str(made.submissions), "-o", str(out)]
    assert main([*screen, "--exclude-own-years", "--year", "2025"]) == 0
    printed = capsys.readouterr().out
    cluster = made.clusters[0]
    assert f"雷同群 1：{'、'.join(cluster)}" in printed
    pairs = pq.read_table(out / "pairs.parquet").to_pylist()
    assert pairs == json.loads((out / "pairs.json").read_text(encoding="utf-8"))
    assert [p["share"] for p in pairs] == sorted((p["share"] for p in pairs), reverse=True)
    reports = json.loads((out / "reports.json").read_text(encoding="utf-8"))
    assert len(reports) == pq.read_metadata(out / "submissions.parquet").num_rows == 20
    assert pq.read_table(out / "passages.parquet").num_rows >= len(pairs)
    assert main(["groups", "--archive", str(archive), "--json", "--min-count", "3"]) == 0
    groups = json.loads(capsys.readouterr().out)
    assert groups and all(g["count"] >= 3 for g in groups)
    assert all(m["file"].split("/")[0].isdigit() for g in groups for m in g["members"])


def test_dask_groups_need_an_archive(capsys):
    assert main(["groups", "--engine", "dask"]) == 2
    assert capsys.readouterr().err.startswith("错误：--engine dask 需要 --archive")


def test_without_dask_the_single_machine_commands_work_and_cluster_ones_say_what_to_install(federation, tmp_path):
    made, archive, _ = federation
    submissions = tmp_path / "submissions"
    for unit in sorted(made.submissions.iterdir())[:3]:
        shutil.copytree(unit, submissions / unit.name)
    script = (
        "import sys\n"
        "sys.modules['dask'] = sys.modules['distributed'] = None  # as if not installed\n"
        "from nlp.cli import main\n"
        f"args = ['screen', '--archive', {str(archive)!r}, '--submissions', {str(submissions)!r}, '--json']\n"
        f"assert main(args + ['-o', {str(tmp_path / 'one')!r}]) == 0\n"
        f"sys.exit(main(args + ['-o', {str(tmp_path / 'two')!r}, '--cluster', 'local']))\n"
    )
    run = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=False)
    assert run.returncode == 2, run.stderr
    assert run.stderr.strip() == "错误：未安装 Dask：请先 pip install -r requirements-federation.txt"
    assert (tmp_path / "one" / "summary.json").exists() and not (tmp_path / "two").exists()
