"""The learnt heading decision (``benchmarks.heading_model``, issue 12) as ``python -m benchmarks.train_headings``
measures it: not in the parser, since on the fair test (rw238-rw262, never tuned on) it finds no heading the rules
miss (and, since round 27, loses one they find); what it does do, drop false headings, holds (docs/benchmarks.md, "A
learnt heading decision")."""

from __future__ import annotations

import pytest

from benchmarks import train_headings
from benchmarks.bench_parse import in_files
from benchmarks.heading_model import decided
from benchmarks.train_titles import _fresh_rules, fresh_rules_parse
from benchmarks.training import training_entries

# Measured when the model was written (262 tune files, threshold 0.3): heading precision on the fair test .694 (rules)
# -> .723 (rules and model), headings .604 both; cross-validated by site on the 262, headings .951 -> .943 (5 of 672
# annotated headings lost: rw021's three 【】 labels, rw126's 3、劳资纠纷：, rw045's 第二．) and precision .895 -> .943.
# Round 14: on the 287 tune files the gain is .8907 -> .9311 (+.040) with the rules of c50ba69 and .8931 -> .9314 (+.038)
# after seg14's run-in headings (17 more true headings among the rules' and the model's alike, rw028's two false ones
# kept by both): the set grew and the rules found more, so the floor is the last figure less a point (the model's
# headings lost stay within a point: .958 -> .952).
# Round 16: on the 529 tune files .8987 -> .9216 (+.023): the set grew (464 -> 529) and the rules dropped false headings
# themselves (head16: a label over a list, a collection's bare 【篇一】, run-in phrase heads), so the model's gain
# over them shrank; the floor is that figure less half a point.
# Round 27: on the fair test the rules now find rw262's 对职工进行爱岗敬业的思想教育 (a heading over its paragraph), and the
# model, stacked on them and trained on the other files, turns it back into a paragraph: one of its 48 headings lost
# (.854 -> .833), its precision gain kept. The bar is that one heading, no more.
# Round 32: on the 2314 tune files .8962 -> .9131 (+.017): the rules dropped false headings the model had dropped for
# them (gen32h: a skeleton outline is one with nothing written out; fix32b: a title repeat over the sections), so its gain
# over them shrank again; the floor is that figure less half a point.
# Round 33: on the 2394 tune files .9107 -> .9206 (+.0099): the rules took more of the false headings (gen33h: 一是 lines,
# a list the page's end cut after its first entry; fix33a: run-in entries beside a sentence entry); the floor .008.
# Round 34: on the 2474 tune files .9175 -> .9246 (+.0071), measured before the retrain: the rules took more false
# headings again (gen34h, fix34a: a family's run-in entries stay whole beside an item of their run); the floor .006.
MAX_CV_HEADINGS_LOST = 0.01
MIN_CV_PRECISION_GAIN = 0.006
MAX_FAIR_HEADINGS_LOST = 1


@pytest.fixture(scope="module")
def tune():
    entries = training_entries()
    return entries, train_headings.rules_parse(entries)


def _found(results: dict[str, dict], key: str) -> int:
    return sum(r["counts"].get(key, [0, 0])[0] for r in results.values())


def _share(results: dict[str, dict], key: str) -> float:
    return _found(results, key) / sum(r["counts"].get(key, [0, 0])[1] for r in results.values())


def _false(results: dict, key: str) -> int:
    return sum(r["counts"].get(key, [0, 0])[1] - r["counts"].get(key, [0, 0])[0] for r in results.values())


def test_on_the_fair_test_the_model_loses_at_most_one_heading_and_adds_no_false_one(tune):
    # since round 30 the rules type an item list with nothing under its entries as items (prec30), the false headings
    # the model used to drop on these 25 pages: it drops no more of them than the rules do (docs/benchmarks.md, round 30)
    entries, parsed = tune
    test = [e for e in entries if in_files(e["name"], train_headings.FAIR_TEST)]
    assert len(test) == 25
    rules = train_headings.scored(test, parsed, None)
    learnt = train_headings.fair_test(entries, parsed)
    for key in ("headings", "heading_text"):
        assert _found(learnt, key) >= _found(rules, key) - MAX_FAIR_HEADINGS_LOST, key
    assert _false(learnt, "heading_precision") <= _false(rules, "heading_precision")


def test_cross_validated_by_site_the_model_trades_few_headings_for_precision(tune):
    entries, parsed = tune
    rules = train_headings.scored(entries, parsed, None)
    learnt = train_headings.cross_validated(entries, parsed)
    assert _share(learnt, "headings") >= _share(rules, "headings") - MAX_CV_HEADINGS_LOST
    assert _share(learnt, "heading_precision") >= _share(rules, "heading_precision") + MIN_CV_PRECISION_GAIN


def test_training_is_deterministic_and_the_decision_changes_types_only(tune):
    entries, parsed = tune
    some = entries[:60]
    model = train_headings.train(some, parsed)
    assert train_headings.train(some, parsed) == model
    changed = 0
    for entry in entries:
        for document in parsed[entry["name"]].documents:
            for before, after in zip(document.blocks, decided(document.blocks, model), strict=True):
                assert (after.text, after.marker, after.schedule) == (before.text, before.marker, before.schedule)
                assert after.level == before.level or (after.type == "paragraph" and before.marker is None)
                changed += after.type != before.type
    assert changed > 0


def test_gen30h_the_blind_parse_keeps_every_block_with_its_level():
    # rw169 (round 9's holdout, read blind by 72a93d8, as rw168 in tests/test_train_titles.py): the blind parse the
    # heading model is measured on (train_headings --blind) is the title trainer's kept parse with every block, each
    # with its level
    name = "rw169.txt"
    full = fresh_rules_parse(only={name}, kept_blocks=None, block_keys=train_headings.BLIND_BLOCK_KEYS)[name]
    kept = _fresh_rules()[name]
    first = [[{key: b[key] for key in ("type", "text", "marker")} for b in d["blocks"][:6]] for d in full]
    assert first == [d["blocks"] for d in kept]
    assert sum(len(d["blocks"]) for d in full) == 14 > sum(len(d["blocks"]) for d in kept)
    blocks = [b for d in full for b in d["blocks"]]
    assert {b["level"] for b in blocks if b["type"] == "heading"} == {1, 2}
    assert all(b["level"] is None for b in blocks if b["type"] == "paragraph")
