"""The shipped heading model (``nlp/data/heading_model.json``, issue 12) is what ``python -m benchmarks.train_headings``
makes of the tune files, and what it was adopted for holds: on the fair test (rw238-rw262, never tuned on) it loses no
heading and drops false ones; cross-validated by site it trades few headings for many false ones fewer
(docs/benchmarks.md, "A learnt heading decision"). One rules parse of the 262 tune files, shared by the module's
tests, takes about 3 CPU seconds; the module about 16 in all (the fair test's fit, five cross-validated ones)."""

from __future__ import annotations

import json

import pytest

from benchmarks import train_headings
from benchmarks.bench_parse import in_files
from benchmarks.training import training_entries
from nlp.library.headings import FEATURE_NAMES, MODEL_PATH, decided, is_candidate, load_model

# Measured when the model was adopted (262 tune files, threshold 0.3): heading precision on the fair test .694 (rules)
# -> .723 (rules and model), headings .604 both; cross-validated by site on the 262, headings .951 -> .939 (8 of 672
# annotated headings lost: rw021's four 【】 labels, rw214's 具体活动安排, rw126's 3、劳资纠纷：, rw003's 推进组织建设,
# rw045's 第二．坚持企务公开) and precision .895 -> .943. (Measured with the benchmark's candidates, before they left out
# the types a source sets and schedule headings as the parser does: .943 and .943.)
MAX_CV_HEADINGS_LOST = 0.015
MIN_CV_PRECISION_GAIN = 0.04


@pytest.fixture(scope="module")
def tune():
    entries = training_entries()
    return entries, train_headings.rules_parse(entries)


def _share(results: dict[str, dict], key: str) -> float:
    found, total = (sum(r["counts"].get(key, [0, 0])[i] for r in results.values()) for i in (0, 1))
    return found / total


def test_retraining_on_the_tune_split_gives_the_shipped_model(tune):
    shipped = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    fresh = json.loads(train_headings.train(*tune).to_json(features=FEATURE_NAMES))
    assert fresh["features"] == shipped["features"] == FEATURE_NAMES
    assert fresh["threshold"] == shipped["threshold"] == train_headings.THRESHOLD
    assert fresh["bias"] == pytest.approx(shipped["bias"], abs=1e-3)
    for key in ("weights", "means", "scales"):
        assert len(fresh[key]) == len(shipped[key]) == len(FEATURE_NAMES)
        assert max(abs(a - b) for a, b in zip(fresh[key], shipped[key], strict=True)) < 1e-3, key


def test_on_the_fair_test_the_model_loses_no_heading_and_drops_false_ones(tune):
    entries, parsed = tune
    test = [e for e in entries if in_files(e["name"], train_headings.FAIR_TEST)]
    assert len(test) == 25
    rules = train_headings.scored(test, parsed, None)
    learnt = train_headings.fair_test(entries, parsed)
    for key in ("headings", "heading_text"):
        assert _share(learnt, key) >= _share(rules, key), key
    assert _share(learnt, "heading_precision") > _share(rules, "heading_precision")


def test_cross_validated_by_site_the_model_trades_few_headings_for_precision(tune):
    entries, parsed = tune
    rules = train_headings.scored(entries, parsed, None)
    learnt = train_headings.cross_validated(entries, parsed)
    assert _share(learnt, "headings") >= _share(rules, "headings") - MAX_CV_HEADINGS_LOST
    assert _share(learnt, "heading_precision") >= _share(rules, "heading_precision") + MIN_CV_PRECISION_GAIN


def test_the_decision_changes_the_types_of_candidates_only(tune):
    entries, parsed = tune
    model = load_model()
    changed = 0
    for entry in entries:
        for document in parsed[entry["name"]].documents:
            for before, after in zip(document.blocks, decided(document.blocks, model), strict=True):
                assert (after.text, after.marker, after.schedule) == (before.text, before.marker, before.schedule)
                assert after.level == before.level or (after.type == "paragraph" and before.marker is None)
                assert after.type == before.type or is_candidate(before)
                changed += after.type != before.type
    assert changed > 0
