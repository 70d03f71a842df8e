from __future__ import annotations

import io
import json
import re
import subprocess
import sys

import pytest

from nlp.cli import build_parser, main

from .conftest import CORPUS, ROOT, SEEDS


@pytest.fixture
def db(tmp_path, monkeypatch):
    path = tmp_path / "cli.sqlite3"
    monkeypatch.setenv("JIHUA_DB", str(path))
    return path


def _json_out(capsys, argv) -> tuple[int, object]:
    code = main(argv)
    return code, json.loads(capsys.readouterr().out)


def test_parse_json_contract(capsys, db):
    code, payload = _json_out(capsys, ["parse", str(SEEDS[0]), "--json"])
    assert code == 0
    assert set(payload) >= {"documents", "dropped"}
    doc = payload["documents"][3]
    assert set(doc) >= {"title", "kind", "year", "blocks"} and doc["title"] == "医院工会工作计划篇四"
    block = doc["blocks"][1]
    assert set(block) >= {"type", "level", "marker", "text", "placeholders"}
    assert (block["type"], block["level"], block["marker"]) == ("heading", 1, "一、")
    first = doc["blocks"][0]
    assert first["placeholders"][0] == {"start": 0, "end": 4, "text": "20__", "kind": "year"}
    assert all(isinstance(line, str) for line in payload["dropped"])
    assert not db.exists()  # parse never stores


def test_parse_text_output_shows_outline(capsys):
    assert main(["parse", str(SEEDS[0])]) == 0
    out = capsys.readouterr().out
    assert "《医院工会工作计划篇四》" in out and "  一、加强工会组织建设" in out and "【20__】" in out
    assert "已清除" in out


def test_ingest_folder_reports_each_file_and_refuses_bad_ones(tmp_path, capsys, db):
    folder = tmp_path / "archive"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "plan.txt").write_bytes(SEEDS[2].read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "junk.docx").write_bytes(bytes(range(256)) * 8)
    code = main(["ingest", str(folder)])
    out = capsys.readouterr().out.splitlines()
    assert code == 1
    assert len(out) == 3
    assert any(line.startswith("✓") and "plan.txt" in line and "5 篇文档" in line for line in out)
    assert any(line.startswith("✗") and "empty.txt" in line for line in out)
    assert any(line.startswith("✗") and "junk.docx" in line and "DOCX" in line for line in out)
    code, listed = _json_out(capsys, ["list", "--json"])
    assert code == 0 and len(listed) == 5 and {d["file_name"] for d in listed} == {"plan.txt"}


def test_ingest_list_show_roundtrip(capsys, tmp_path):
    db = str(tmp_path / "explicit.sqlite3")
    assert main(["ingest", str(CORPUS), "--db", db]) == 0
    capsys.readouterr()
    code, listed = _json_out(capsys, ["list", "--json", "--db", db])
    assert code == 0 and len(listed) >= 40
    code, shown = _json_out(capsys, ["show", str(listed[0]["id"]), "--json", "--db", db])
    assert shown["title"] == listed[0]["title"]
    assert main(["show", "99999", "--db", db]) == 2
    assert "没有编号为 99999" in capsys.readouterr().err


def test_remove_takes_a_file_and_its_documents_out(capsys, tmp_path):
    db = str(tmp_path / "remove.sqlite3")
    assert main(["ingest", str(SEEDS[0]), str(SEEDS[1]), "--db", db]) == 0
    capsys.readouterr()
    _, listed = _json_out(capsys, ["list", "--json", "--db", db])
    first = listed[0]["file_id"]
    code, removed = _json_out(capsys, ["remove", str(first), "--json", "--db", db])
    assert code == 0 and removed["file_id"] == first and removed["name"] == SEEDS[0].name and removed["revision"] == 3
    _, after = _json_out(capsys, ["list", "--json", "--db", db])
    assert after and {d["file_id"] for d in after} == {listed[-1]["file_id"]}
    assert main(["remove", str(first), "--db", db]) == 2
    assert f"没有编号为 {first} 的文件" in capsys.readouterr().err


def test_trash_restore_and_corrections_from_the_command_line(capsys, tmp_path):
    db = ["--db", str(tmp_path / "manage.sqlite3")]
    assert main(["ingest", str(SEEDS[0]), *db]) == 0
    capsys.readouterr()
    _, listed = _json_out(capsys, ["list", "--json", *db])
    first, file_id = listed[0], listed[0]["file_id"]
    _, shown = _json_out(capsys, ["show", str(first["id"]), "--json", *db])
    code, junk = _json_out(capsys, ["correct", "junk", str(first["id"]), "2", "--reason", "广告", "--json", *db])
    assert code == 0 and junk["correction"]["text"] == shown["blocks"][1]["text"] and junk["correction"]["id"]
    code, heading = _json_out(
        capsys, ["correct", "block", str(first["id"]), "1", "--type", "heading", "--level", "2", "--json", *db]
    )
    assert heading["correction"]["value"] == "heading:2" and heading["revision"] == junk["revision"] + 1
    assert main(["correct", "year", str(first["id"]), "2021", *db]) == 0
    capsys.readouterr()
    _, listed = _json_out(capsys, ["list", "--json", *db])
    _, corrected = _json_out(capsys, ["show", str(listed[0]["id"]), "--json", *db])
    assert listed[0]["year"] == 2021 and len(corrected["blocks"]) == len(shown["blocks"]) - 1
    assert (corrected["blocks"][0]["type"], corrected["blocks"][0]["level"]) == ("heading", 2)
    _, kept = _json_out(capsys, ["correct", "list", str(file_id), "--json", *db])
    assert [c["action"] for c in kept["corrections"]] == ["junk", "block", "year"]
    assert [j["text"] for j in kept["junked"]] == [shown["blocks"][1]["text"]]

    assert main(["remove", str(file_id), *db]) == 0
    capsys.readouterr()
    _, trashed = _json_out(capsys, ["trash", "--json", *db])
    assert [t["id"] for t in trashed] == [file_id]
    code, restored = _json_out(capsys, ["restore", str(file_id), "--json", *db])
    assert code == 0 and restored["file_id"] == file_id and restored["corrected"] == 3
    _, back = _json_out(capsys, ["list", "--json", *db])
    assert back[0]["year"] == 2021 and back[0]["blocks"] == len(shown["blocks"]) - 1
    assert main(["correct", "keep", str(file_id), kept["junked"][0]["anchor"], *db]) == 0
    assert main(["correct", "undo", str(file_id), str(kept["corrections"][2]["id"]), *db]) == 0
    capsys.readouterr()
    _, undone = _json_out(capsys, ["list", "--json", *db])
    assert undone[0]["year"] == first["year"] and undone[0]["blocks"] == len(shown["blocks"])
    assert main(["restore", str(file_id), *db]) == 2 and "回收站中没有" in capsys.readouterr().err
    assert main(["correct", "split", str(undone[0]["id"]), "1", *db]) == 2
    assert "第一个段落块" in capsys.readouterr().err


def test_errors_are_one_chinese_line_without_traceback(tmp_path):
    missing = tmp_path / "nope.txt"
    run = subprocess.run(
        [sys.executable, "-m", "nlp", "parse", str(missing)], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert run.returncode == 2
    assert run.stderr.startswith("错误：无法打开文件") and "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


def test_readme_documents_every_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = build_parser()._subparsers._group_actions[0].choices
    for name in commands:
        assert re.search(rf"python -m nlp {name}\b", readme), f"README does not document `python -m nlp {name}`"


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = re.search(r"# 2\. .*\n(.+)\n", readme).group(1)
    assert command in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()


def test_units_accounts_and_the_audit_log_from_the_command_line(capsys, db, tmp_path, monkeypatch):
    """The first administrator from the command line (password from stdin, never an argument), a
    second unit, ``--unit`` narrowing what a command sees, the shared library and the audit log."""
    assert main(["ingest", str(SEEDS[0])]) == 0
    assert main(["unit", "add", "护理部"]) == 0
    assert main(["ingest", str(SEEDS[1]), "--unit", "护理部"]) == 0
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", io.StringIO("a-long-password\n"))
    assert main(["user", "add", "王敏", "--admin", "--unit", "本单位"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert main(["user", "add", "李", "--unit", "护理部"]) == 2
    assert "密码至少" in capsys.readouterr().err
    assert main(["user", "add", "李", "--unit", "没有的单位"]) == 2
    assert "没有名为“没有的单位”的单位" in capsys.readouterr().err
    code, people = _json_out(capsys, ["user", "list", "--json"])
    assert [(p["name"], p["role"], p["unit"]) for p in people] == [("王敏", "管理员", "本单位")]
    _, everything = _json_out(capsys, ["list", "--json"])
    _, nursing = _json_out(capsys, ["list", "--json", "--unit", "护理部"])
    assert {d["file_name"] for d in nursing} == {SEEDS[1].name}
    assert {d["file_name"] for d in everything} == {SEEDS[0].name, SEEDS[1].name}
    first_file = next(d["file_id"] for d in everything if d["file_name"] == SEEDS[0].name)
    assert main(["remove", str(first_file), "--unit", "护理部"]) == 2  # not 护理部's: as if it did not exist
    assert f"没有编号为 {first_file} 的文件" in capsys.readouterr().err
    assert main(["share", str(first_file)]) == 0
    assert "已放入共享文库" in capsys.readouterr().out
    _, nursing = _json_out(capsys, ["list", "--json", "--unit", "护理部"])
    assert {d["file_name"] for d in nursing} == {SEEDS[0].name, SEEDS[1].name}  # with the shared library
    log = tmp_path / "audit.csv"
    assert main(["audit", "-o", str(log)]) == 0
    text = log.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == "时间,账号,单位,操作,对象,说明,结果"
    assert {"导入", "新建单位", "新建账号", "共享文件"} <= {row.split(",")[3] for row in text.splitlines()[1:]}
    assert "a-long-password" not in text and b"a-long-password" not in db.read_bytes()
