from __future__ import annotations

import collections
import itertools
import json
import random

import numpy as np
import pytest

from benchmarks.bench_groups import main as bench_main
from benchmarks.bench_groups import seed_texts
from benchmarks.synthetic import (
    KINDS,
    LEVELS,
    RELATED_NEW,
    ZIPF_MAX,
    MarkovText,
    family_sizes,
    make_copy,
    related_text,
    swap_clauses,
    synthetic_library,
)
from nlp.boilerplate import DEFAULT_THRESHOLD, build_groups
from nlp.boilerplate import forms as forms_module
from nlp.boilerplate.forms import (
    RarestShingles,
    _sort_with_order,
    _sort_with_text,
    bigram_bags,
    comparison_forms,
    comparison_text,
    shingle_ids,
)
from nlp.boilerplate.groups import (
    CHAIN_MARGIN,
    SHARE_STEPS,
    SHINGLE_K,
    NearDuplicateIndex,
    _largest_share,
    _ranked_in_row,
    _share_steps,
    _sketch_pairs,
    near_duplicate_pairs,
    similarity,
)
from nlp.cli import main
from nlp.errors import InputError
from nlp.library import Library
from nlp.models import StoredBlock
from nlp.ngrams import char_ngram_hashes
from nlp.usecases import load_sample_corpus

from ..conftest import CORPUS

MASSES = "抓住工会工作的群众性特点"
BRANCH = "我院工会工作总的指导思想：在上级工会和医院党支部的领导下"
COMMITTEE = "工会工作总的指导思想：在上级工会和医院党委的领导下"
SELF_BUILDING = "加强工会组织的自身建设，积极开创工会工作新局面"


@pytest.fixture(scope="module")
def seed(tmp_path_factory):
    """The seed corpus in a temporary library: its blocks and their groups."""
    with Library(tmp_path_factory.mktemp("groups") / "lib.sqlite3") as library:
        load_sample_corpus(library, CORPUS)
        blocks = library.blocks()
    return blocks, build_groups(blocks)


def _group_of(groups, fragment: str):
    found = {g.id: g for g in groups for m in g.members if fragment in m.text}
    assert len(found) == 1, f"{fragment} is in {len(found)} groups"
    return next(iter(found.values()))


# --- the seed corpus ------------------------------------------------------------------------


def test_the_masses_paragraph_is_one_group_of_eight_from_two_files(seed):
    blocks, groups = seed
    group = _group_of(groups, MASSES)
    assert group.count == 8 == sum(MASSES in b.text for b in blocks)
    assert len({m.file_name for m in group.members}) == 2
    assert group.canonical_text.startswith(MASSES) and group.type == "paragraph"


def test_branch_and_committee_guiding_ideas_are_two_groups(seed):
    blocks, groups = seed
    branch = _group_of(groups, BRANCH)
    assert branch.count == 7 == sum(BRANCH in b.text for b in blocks)
    assert any(m.text.startswith("XX年") for m in branch.members)  # the year placeholder does not count
    assert branch.canonical_text.startswith("我院工会")  # the most common wording
    committee = _group_of(groups, COMMITTEE)
    assert committee.id != branch.id and committee.count == 2
    assert {m.text[:4] for m in committee.members} == {"20__", "20xx"}
    assert similarity(branch.canonical_text, committee.canonical_text) < DEFAULT_THRESHOLD - CHAIN_MARGIN


def test_a_heading_groups_apart_from_its_marker(seed):
    _, groups = seed
    group = _group_of(groups, SELF_BUILDING)
    assert group.type == "heading" and group.count >= 5
    assert all(m.marker for m in group.members) and all(m.text == SELF_BUILDING for m in group.members)


def test_groups_cover_the_repeated_text_with_far_fewer_groups_than_blocks(seed):
    blocks, groups = seed
    assert sorted(m.block_id for g in groups for m in g.members) == sorted(b.id for b in blocks)
    assert [g.id for g in groups] == list(range(1, len(groups) + 1))
    assert [g.count for g in groups] == sorted((g.count for g in groups), reverse=True)
    assert len(groups) < 0.75 * len(blocks)
    forms = comparison_forms([b.text for b in blocks]).texts
    repeated_forms = {f for f in forms if forms.count(f) >= 2}
    repeated = {b.id for b, f in zip(blocks, forms) if f in repeated_forms}
    in_groups_of_two = {m.block_id for g in groups if g.count >= 2 for m in g.members}
    assert repeated <= in_groups_of_two
    assert len(in_groups_of_two) > 0.4 * len(blocks)


def test_each_group_has_its_canonical_text_first_and_honest_similarities(seed):
    _, groups = seed
    for group in groups:
        assert group.members[0].text == group.canonical_text and group.members[0].similarity == 1.0
        for member in group.members:
            assert DEFAULT_THRESHOLD - CHAIN_MARGIN - 1e-9 <= member.similarity <= 1.0


# --- the normal form ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "a, b",
    [
        ("2021年我院工会工作计划", "20xx年我院工会工作计划"),
        ("20__年我院工会工作计划", "XX年我院工会工作计划"),
        ("20**年我院工会工作计划", "某年我院工会工作计划"),
        ("二〇二一年我院工会工作计划", "2019年我院工会工作计划"),
        ("（XX年）我院工会：在上级工会领导下。", "XX年我院工会，在上级工会领导下"),
        ("组织召开第3届第5次职工代表大会", "组织召开第___届第__次职工代表大会"),
        ("_月_日召开职代会", "3月12日召开职代会"),
        ("××医院工会", "xx医院工会"),
        ("继续做好“送温暖”工作！", "继续做好送温暖工作。"),
        ("继续做好  送温暖 工作", "继续做好送温暖工作"),
        ("ＡＢＣ医院１２３", "abc医院45"),
        ("①送温暖", "1.送温暖"),
        ("组织职工参加——————活动", "组织职工参加____活动"),
    ],
)
def test_copies_of_one_template_normalise_alike(a, b):
    assert comparison_text(a) == comparison_text(b)


@pytest.mark.parametrize(
    "a, b",
    [
        ("办理职工安康保险", "办理职工子女保险"),
        ("在医院党支部的领导下", "在医院党委的领导下"),
        ("我院工会工作计划", "2021年我院工会工作计划"),  # a year stays a symbol: near, not equal
        ("加强工会组织建设", "加强工会自身建设"),
        ("3月份", "4月份："),  # schedule headings of different months
    ],
)
def test_different_wording_stays_different(a, b):
    assert comparison_text(a) != comparison_text(b)


def test_the_normal_form_is_idempotent_and_batch_equals_single():
    texts = ["（XX年）我院工会：在上级工会领导下。", "3月份：", "第__届职代会；召开2次", "安排在3月", "", "  "]
    forms = comparison_forms(texts)
    assert forms.texts == [comparison_text(t) for t in texts]
    assert [comparison_text(f) for f in forms.texts] == forms.texts
    assert "3月" in forms.texts[3]  # a month at a text's end stays, last in the batch or not


def test_a_large_batch_is_normalised_in_parts_as_a_whole(monkeypatch):
    texts = ["（XX年）我院工会：在上级工会领导下。", "安排在3月", "第__届职代会；召开2次", "3月12日召开"] * 3
    whole = comparison_forms(texts)
    monkeypatch.setattr(forms_module, "FORMS_CHUNK", 5)
    assert comparison_forms(texts) == whole


def test_clause_sorted_form_ignores_clause_order():
    forms = comparison_forms(["加强学习，提高素质；服务职工。", "服务职工，加强学习；提高素质。"])
    assert forms.texts[0] != forms.texts[1]
    assert forms.sorted_clauses[0] == forms.sorted_clauses[1]


# --- shingles -------------------------------------------------------------------------------


def test_ngram_hashes_stay_inside_their_text_and_agree_across_calls():
    text_of, hashes = char_ngram_hashes(["工会工作", "工作", "会工作计划"], 3)
    assert text_of.tolist() == [0, 0, 2, 2, 2]
    assert hashes[1] == hashes[2]  # 会工作 in both texts
    _, again = char_ngram_hashes(["会工作"], 3)
    assert again[0] == hashes[1]


def test_bigram_bags_compare_as_dice_of_bigram_multisets():
    from rapidfuzz.distance import Indel

    work, swapped, empty, single = bigram_bags(["工会工作", "工作工会", "", "工"])
    assert len(work) == 3 and empty == single == ""
    assert Indel.normalized_similarity(work, swapped) == pytest.approx(2 * 2 / 6)  # 工会, 工作 shared


@pytest.mark.parametrize("bits", [40, 52, 64])
def test_shingle_occurrences_sort_stably_whether_or_not_an_id_and_its_place_fit_in_a_word(seed, bits):
    """Past 2**(64 - bits) occurrences an id and its position no longer fit in one word (a million
    blocks' 5-gram occurrences with 40-bit ids); wider ids reach that on the seed corpus."""
    _, hashes = char_ngram_hashes([block.text for block in seed[0]], 5)
    hashes >>= np.uint64(64 - bits)
    assert bits + len(hashes).bit_length() > 64 or bits == 40
    order, ordered = _sort_with_order(hashes.copy(), bits)
    expected = np.argsort(hashes, kind="stable")
    assert np.array_equal(order, expected) and np.array_equal(ordered, hashes[expected])


@pytest.mark.parametrize("n_texts", [None, 1 << 30])
def test_shingle_ids_sort_with_their_texts_as_a_stable_sort_would(seed, n_texts):
    """Ids and texts in one word where both fit (a million texts: 40 + 20 bits), by positions where not."""
    text_of, hashes = shingle_ids([block.text for block in seed[0]], 5)
    n_texts = n_texts or int(text_of[-1]) + 1
    ordered, holders = _sort_with_text(hashes.copy(), text_of, n_texts)
    expected = np.argsort(hashes, kind="stable")
    assert np.array_equal(ordered, hashes[expected]) and np.array_equal(holders, text_of[expected])


@pytest.fixture(scope="module")
def seed_pairs(seed):
    """The seed corpus's sketch pairs (both rows of a pair kept in each, so keys repeat) and their shares."""
    texts = comparison_forms([block.text for block in seed[0]]).texts
    left, right, share = _sketch_pairs(texts, SHINGLE_K)
    return len(texts), left, right, share


@pytest.mark.parametrize("shares", ["sketch", "other", "wide"])
def test_the_largest_share_of_each_pair_is_that_of_a_sort_by_key(seed_pairs, shares):
    """Sketch shares sorted as steps in one word with their pair; other shares (not fractions of
    sketch sizes) ranked by a sort; keys too wide for a word argsorted: each the same result."""
    n, left, right, share = seed_pairs
    if shares == "other":
        share = share + np.random.default_rng(7).random(len(share)) * 1e-6
    span = n if shares != "wide" else 1 << 30
    key = left * span + right
    assert len(np.unique(key)) < len(key)  # pairs found in both their rows
    found_key, found_share = _largest_share(key, share, span)
    order = np.argsort(key, kind="stable")
    first = np.flatnonzero(np.r_[True, np.diff(key[order]) != 0])
    assert np.array_equal(found_key, key[order][first])
    assert np.array_equal(found_share, np.maximum.reduceat(share[order], first))
    step, value = _share_steps(share)
    assert np.array_equal(value[step], share)
    assert len(value) == (len(np.unique(share)) if shares == "other" else SHARE_STEPS + 1)  # steps, not a sort


def test_pairs_rank_in_their_rows_as_a_lexical_sort_would(seed_pairs):
    n, left, right, share = seed_pairs
    source, pair = np.r_[left, right], np.r_[np.arange(len(left)), np.arange(len(left))]
    step, value = _share_steps(np.r_[share, share])
    (ranked_source, ranked_pair), rank = _ranked_in_row(source, pair, len(value) - 1 - step, len(value))
    order = np.lexsort((-np.r_[share, share], source))
    assert np.array_equal(ranked_source, source[order]) and np.array_equal(ranked_pair, pair[order])
    assert rank.max() > 0 and np.all(rank[np.r_[True, np.diff(ranked_source) != 0]] == 0)


def test_rarest_shingles_pick_rare_shared_ones_first():
    texts = ["工会工作计划甲乙丙丁", "工会工作计划甲乙丙丁", "工会工作总结", "工会工作要点"]
    sketch = RarestShingles(k=2, per_text=2).fit_transform(texts)
    assert sketch.shape[0] == 4 and (sketch.sum(axis=1).A1 <= 2).all()
    shared = (sketch @ sketch.T).toarray()
    assert shared[0, 1] == 2  # the two copies share their rarest bigrams
    assert shared[0, 2] == 0  # not the stock phrase 工会工作
    with pytest.raises(ValueError):
        RarestShingles(k=0)


def _hanzi(rng: random.Random, count: int) -> str:
    return "".join(chr(rng.randrange(0x4E00, 0x9FA5)) for _ in range(count))


def test_copies_with_their_own_inserted_clauses_stay_one_group():
    """Forty copies of a four-clause paragraph, each with two clauses inserted that twenty other
    paragraphs also hold: those clauses are rarer than the copies' common core, so rarest first
    would sketch each copy by its own insertions alone. Among common shingles the sketch samples
    by hash, and the copies pair through their core."""
    rng = random.Random(7)
    core = [_hanzi(rng, 30) for _ in range(4)]
    stock = [_hanzi(rng, 18) for _ in range(60)]
    copies = [
        "，".join([core[0], core[1], stock[2 * i % 60], core[2], core[3], stock[(2 * i + 1) % 60]]) + "。"
        for i in range(40)
    ]
    others = [clause + "，" + _hanzi(rng, 40) + "。" for clause in stock for _ in range(20)]
    clusters = NearDuplicateIndex().fit(copies + others).clusters()
    holding = [set(c.members) for c in clusters if min(c.members) < len(copies)]
    assert holding == [set(range(len(copies)))]


# --- the pair finder ------------------------------------------------------------------------

BASE = (
    "继续做好送温暖工作，在群众最需要的时候，把党和工会组织的关怀送到职工心里，看望每一位受伤、"
    "患病及生育的职工，帮助他们解决生活中的实际困难，2021年慰问困难职工30人次。"
)
VARIANTS = {
    "punctuation": BASE.replace("，", "；").replace("、", "，"),
    "hospital name": BASE.replace("工会组织", "医院工会组织").replace("职工心里", "院职工心里"),
    "clause removed": BASE.replace("看望每一位受伤、患病及生育的职工，", ""),
    "numbers and years": BASE.replace("2021年", "20xx年").replace("30", "45"),
    "clauses swapped": swap_clauses(BASE, random.Random(3)),
    "characters edited": BASE.replace("关怀", "关心").replace("实际", "具体"),
}
SAME_TOPIC = [
    "积极开展送温暖活动，春节前走访慰问困难职工和离退休老同志，把组织的温暖送到他们身边。",
    "建立困难职工档案，实行动态管理，对因病致贫的职工给予重点帮扶，落实帮扶资金。",
    "做好职工医疗互助保险工作，扩大参保范围，让患病职工及时得到补助。",
]


@pytest.mark.parametrize("change", list(VARIANTS))
def test_the_pair_finder_finds_edited_copies(change):
    pairs = near_duplicate_pairs([BASE, VARIANTS[change]] + SAME_TOPIC)
    assert [(i, j) for i, j, _ in pairs] == [(0, 1)]
    assert DEFAULT_THRESHOLD <= pairs[0][2] <= 1.0


def test_the_pair_finder_leaves_paragraphs_on_one_topic_apart():
    assert near_duplicate_pairs([BASE] + SAME_TOPIC) == []


def test_exact_copies_pair_whatever_their_length():
    pairs = near_duplicate_pairs(["工会。", "工会", "职工", BASE, BASE])
    assert {(i, j) for i, j, _ in pairs} == {(0, 1), (3, 4)}
    assert all(score == 1.0 for *_, score in pairs)


def test_similarity_is_symmetric_and_ignores_what_copies_change():
    assert similarity(BASE, VARIANTS["punctuation"]) == 1.0
    assert similarity(BASE, VARIANTS["clauses swapped"]) == 1.0
    # Clauses swapped and the comma between them lost: the bigrams still match.
    moved = similarity("评选工会先进集体和先进个人，工会系统总结工作", "工会系统总结工作评选工会先进集体和先进个人")
    assert moved >= DEFAULT_THRESHOLD
    a, b = BASE, SAME_TOPIC[0]
    assert similarity(a, b) == similarity(b, a) < 0.5


def test_short_items_and_contained_headings_do_not_group():
    heading = "加强工会自身建设，提高工会工作水平"
    paragraph = heading + "。" + BASE
    texts = ["办理职工安康保险", "办理职工子女保险", heading, paragraph]
    assert near_duplicate_pairs(texts) == []
    assert [len(c.members) for c in NearDuplicateIndex().fit(texts).clusters()] == [1, 1, 1, 1]


def test_a_chain_of_edits_is_split_where_members_drift_from_the_canonical():
    rng = random.Random(5)
    alphabet = "工会职工医院组织活动建设服务开展加强管理制度民主"
    chain = [BASE]
    for _ in range(20):
        chain.append(make_copy(chain[-1], 0.12, rng, alphabet, swap_rate=0.0))
    steps = [similarity(a, b) for a, b in itertools.pairwise(chain)]
    assert min(steps) >= DEFAULT_THRESHOLD and similarity(chain[0], chain[-1]) < DEFAULT_THRESHOLD - CHAIN_MARGIN
    clusters = NearDuplicateIndex().fit(chain).clusters()
    assert len(clusters) >= 2
    for cluster in clusters:
        for member, score in zip(cluster.members, cluster.similarity):
            assert score == pytest.approx(similarity(chain[cluster.canonical], chain[member]), abs=1e-4)
            assert score >= DEFAULT_THRESHOLD - CHAIN_MARGIN


def test_blocks_with_different_markers_group_and_the_canonical_is_the_common_wording():
    def block(n, marker, text, type_="heading"):
        return StoredBlock(n, n, 0, type_, 1, marker, text, f"文档{n}", "a.txt")

    blocks = [
        block(1, "二、", SELF_BUILDING),
        block(2, "（三）", SELF_BUILDING + "。"),
        block(3, None, SELF_BUILDING),
        block(4, "3.", "加强工会组织的自身建设，开创工会工作新局面", "item"),
        block(5, None, BASE, "paragraph"),
    ]
    groups = build_groups(blocks)
    assert [g.count for g in groups] == [4, 1]
    top = groups[0]
    assert top.canonical_text == SELF_BUILDING and top.type == "heading" and top.documents == 4
    assert {m.marker for m in top.members} == {"二、", "（三）", None, "3."}
    assert top.members[-1].block_id == 4 and top.members[-1].similarity < 1.0


def test_bad_thresholds_are_the_users_error():
    for threshold in (0, -0.5, 1.5):
        with pytest.raises(InputError, match="阈值"):
            near_duplicate_pairs([BASE], threshold)
    assert build_groups([]) == []


# --- the CLI --------------------------------------------------------------------------------


def test_cli_groups_json(tmp_path, capsys):
    db = str(tmp_path / "cli.sqlite3")
    assert main(["groups", "--json", "--db", db]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["ingest", str(CORPUS), "--db", db]) == 0
    capsys.readouterr()
    assert main(["groups", "--json", "--min-count", "2", "--db", db]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload and all(g["count"] >= 2 for g in payload)
    assert [g["count"] for g in payload] == sorted((g["count"] for g in payload), reverse=True)
    group = next(g for g in payload if g["canonical_text"].startswith(MASSES))
    assert set(group) == {"id", "canonical_text", "type", "count", "documents", "members"}
    assert group["count"] == len(group["members"]) == 8 and group["documents"] == 8
    member = group["members"][0]
    assert set(member) == {"block_id", "document_id", "document", "file", "marker", "text", "similarity"}
    assert member["similarity"] == 1.0 and member["file"].endswith(".txt")

    assert main(["groups", "--min-count", "6", "--threshold", "0.8", "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "组" in lines[0] and "0.8" in lines[0]
    assert any("8 次" in line and MASSES in line for line in lines[1:])
    assert main(["groups", "--threshold", "3", "--db", db]) == 2
    assert capsys.readouterr().err.startswith("错误：相似度阈值")


# --- the benchmark --------------------------------------------------------------------------


def test_synthetic_library_is_deterministic_with_known_truth():
    seeds = [BASE] + SAME_TOPIC + [VARIANTS["clause removed"] + "另有一句。"]
    one = synthetic_library(seeds, 60, seed=7)
    assert one == synthetic_library(seeds, 60, seed=7)
    assert len(one.blocks) == 60
    copies = [b for b in one.blocks if b.level is not None]
    assert copies and {b.level for b in copies} <= set(LEVELS)
    assert all(sum(c.source == b.source for c in copies) >= 2 for b in copies)
    # BASE and its clause-removed variant are near-duplicate sources: one cluster.
    clusters = {
        b.cluster for b in one.blocks if b.source < len(one.sources) and one.sources[b.source] in (BASE, seeds[-1])
    }
    assert len(clusters) <= 1


def test_synthetic_edit_kinds_are_not_ignored_and_families_follow_zipf():
    library = synthetic_library(seed_texts(), 3_000, seed=3, copies="zipf", kinds=KINDS, distinct_seeds=True)
    copies = [b for b in library.blocks if b.level is not None]
    assert {b.kind for b in copies} == set(KINDS)
    # The new kinds change the normal form: the normal form's blind spots are not all they test.
    for kind in ("synonyms", "clauses", "spaced"):
        edited = [b for b in copies if b.kind == kind]
        changed = sum(comparison_text(b.text) != comparison_text(library.sources[b.source]) for b in edited)
        assert changed >= 0.99 * len(edited), kind
    # Truth is the generator's: one cluster per source.
    assert len({b.cluster for b in copies}) == len({b.source for b in copies})
    sizes = sorted(collections.Counter(b.source for b in copies).values())
    assert sizes[-1] >= 100  # a few families of hundreds
    # Most families are small: P(n) ∝ n⁻² gives P(n ≤ 3) = 0.56. Drawn many times, not read off one library,
    # whose few hundred sources a single family of hundreds can leave with a median of 4.
    draw, rng = family_sizes("zipf"), random.Random(3)
    drawn = sorted(draw(rng) for _ in range(20_000))
    assert drawn[len(drawn) // 2] <= 3 < drawn[int(0.7 * len(drawn))] and 100 <= drawn[-1] <= ZIPF_MAX


def test_related_paragraphs_rewrite_about_half_of_a_source():
    rng = random.Random(2)
    chain = MarkovText().fit([BASE] + SAME_TOPIC)
    source = "加强工会组织建设，提高整体工作水平；做好职工服务工作，丰富职工文化生活。"
    related = related_text(source, rng, chain)
    assert related is not None and len(related) == len(source)
    kept = sum(a == b for a, b in zip(related, source)) / len(source)
    assert 1 - RELATED_NEW[1] <= kept <= 1 - RELATED_NEW[0] + 0.1
    assert similarity(source, related) < DEFAULT_THRESHOLD
    assert related_text("只有一个分句", rng, chain) is None
    assert related_text(BASE, rng, chain) is None  # no choice of clauses rewrites 40-60% of it


def test_benchmark_smoke_run(tmp_path, capsys):
    assert bench_main(["--smoke", "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "[tune, seed 2" in out and "cosine top-k" in out and "exact" in out
    (result,) = tmp_path.glob("groups-smoke-*.json")
    payload = json.loads(result.read_text(encoding="utf-8"))
    (report,) = payload["reports"]
    methods = {m["method"] for m in report["methods"]}
    assert {"ours", "minhash", "minhash+verify", "cosine top-k", "exact"} <= methods
    assert payload["tune_seed"] != 1 and report["family"] == "zipf" and report["related"] > 0
    for method in report["methods"]:
        assert method["result"] is not None and method["cpu_seconds"] > 0 and method["threads"] >= 1
        assert set(method["result"]["quality"]) == {"2%", "5%", "10%", *KINDS, "all"}


def test_benchmark_runs_chosen_methods_only(tmp_path, capsys):
    """``--methods ours``: our index alone, tuned and run (what the million-block figure uses)."""
    assert bench_main(["--smoke", "--methods", "ours", "--out", str(tmp_path)]) == 0
    (result,) = tmp_path.glob("groups-smoke-*.json")
    (report,) = json.loads(result.read_text(encoding="utf-8"))["reports"]
    assert {m["method"] for m in report["methods"]} <= {"ours", "ours (default)"}
    assert set(report["chosen"]) == {"ours"} and "minhash" not in capsys.readouterr().out
