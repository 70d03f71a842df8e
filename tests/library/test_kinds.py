"""The learnt kind of an untitled document whose body the rules leave to its wording (``nlp.library.kinds``), on
real documents of the set: news and explainers the cue counts read as 计划 or 总结 are 其他, plans and summaries stay."""

from __future__ import annotations

import json

import pytest

from benchmarks.bench_parse import FILES
from nlp.library.kinds import MODEL_PATH, load_model
from nlp.library.parse import parse_file
from nlp.library.structure import cue_kind, kind_by_rules


@pytest.mark.parametrize(
    ("name", "kind", "by_cues"),
    [
        ("rw1386.txt", "其他", "总结"),  # 11月9至10日，学校成功举办了第十八届教职工运动会: a sports day told
        ("rw1024.txt", "其他", "计划"),  # 劳动关系不仅存在于…: an explainer of collective labour relations
        ("rw214.txt", "计划", "计划"),  # 根据医学部工会工作计划和我院的情况，我们将继续…
        ("rw401.txt", "总结", "总结"),  # 工会工作概况 … 在2023年，我们工会一如既往…
    ],
)
def test_the_wording_of_an_untitled_body_decides_its_kind(name, kind, by_cues):
    (document,) = parse_file((FILES / name).read_bytes(), name).documents
    blocks = list(document.blocks)
    assert document.title_source == "file" and kind_by_rules(document.title, blocks, titled=False) is None
    assert cue_kind(blocks) == by_cues
    assert document.kind == kind


def test_a_model_for_other_features_or_none_leaves_the_cue_counts(tmp_path):
    assert load_model(tmp_path / "missing.json") is None
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    other = tmp_path / "kind_model.json"
    other.write_text(json.dumps({**data, "features": data["features"][:-1]}), encoding="utf-8")
    assert load_model(other) is None and load_model() is not None
