"""Large copy families: verified against representatives, grouped as by all-pairs verification."""

from __future__ import annotations

import json
import random

import numpy as np
import pytest

from benchmarks.bench_families import main as bench_main
from benchmarks.bench_groups import seed_texts
from benchmarks.synthetic import make_copy
from nlp.boilerplate import groups
from nlp.boilerplate.forms import RarestShingles, comparison_forms
from nlp.boilerplate.groups import FAMILY_LIMIT, NearDuplicateIndex

FAMILY = 40  # copies of each source: more candidates than FAMILY_LIMIT


@pytest.fixture(scope="module")
def library():
    """Three seed paragraphs copied FAMILY times each (edited as the benchmark edits them) among
    30 other seed paragraphs, shuffled; and the alphabet copies draw from."""
    seeds = seed_texts()
    alphabet = "".join(c for text in seeds for c in text if "\u4e00" <= c <= "\u9fff")
    rng = random.Random(3)
    texts = []
    for source in rng.sample([t for t in seeds if len(t) > 60], 3):
        texts += [make_copy(source, rng.choice((0.02, 0.05, 0.1)), rng, alphabet) for _ in range(FAMILY)]
    texts += rng.sample(seeds, 30)
    rng.shuffle(texts)
    return texts, alphabet


def _clusters(index: NearDuplicateIndex) -> list[tuple]:
    return sorted((c.canonical, c.members, c.similarity) for c in index.clusters())


@pytest.mark.parametrize(
    ("first_holders", "nearest"),
    [
        (groups.FREQUENT_SHINGLE, groups.NEAREST_CANDIDATES),
        (16, groups.NEAREST_CANDIDATES),
        (groups.FREQUENT_SHINGLE, 16),
    ],
)
def test_families_group_as_all_pairs_verification_does(library, monkeypatch, first_holders, nearest):
    monkeypatch.setattr(groups, "FREQUENT_SHINGLE", first_holders)
    monkeypatch.setattr(groups, "NEAREST_CANDIDATES", nearest)
    texts, _ = library
    ours = NearDuplicateIndex().fit(texts)
    every_pair = NearDuplicateIndex(family_limit=None).fit(texts)
    assert FAMILY > FAMILY_LIMIT
    assert _clusters(ours) == _clusters(every_pair)  # canonical texts, members and similarities
    assert sum(len(c.members) >= FAMILY for c in ours.clusters()) == 3
    assert ours.compared_pairs_ < every_pair.compared_pairs_


def test_a_family_smaller_than_the_limit_compares_every_pair(library):
    texts, _ = library
    small = texts[: FAMILY_LIMIT // 2]
    ours, every_pair = NearDuplicateIndex().fit(small), NearDuplicateIndex(family_limit=None).fit(small)
    assert ours.compared_pairs_ == every_pair.compared_pairs_
    assert _clusters(ours) == _clusters(every_pair)


def test_a_copy_added_to_a_large_family_joins_its_group(library):
    texts, alphabet = library
    index = NearDuplicateIndex().fit(texts)
    largest = max(index.clusters(), key=lambda c: len(c.members))
    copy = make_copy(texts[largest.canonical], 0.05, random.Random(5), alphabet)
    (joined,) = index.add([copy])
    assert len(texts) in joined.members
    assert set(largest.members) < set(joined.members)


def test_benchmark_smoke_run(tmp_path, capsys):
    assert bench_main(["--smoke", "--out", str(tmp_path)]) == 0
    assert "load average" in capsys.readouterr().out
    (result,) = tmp_path.glob("families-smoke-*.json")
    rows = json.loads(result.read_text(encoding="utf-8"))["rows"]
    assert {(r["family"], r["setting"]) for r in rows} == {
        (n, s) for n in (2, 20, 200) for s in ("representatives", "all pairs")
    }
    largest = {r["setting"]: r for r in rows if r["family"] == 200}
    assert largest["representatives"]["compared_pairs"] < largest["all pairs"]["compared_pairs"] / 4
    assert largest["representatives"]["recall"] >= largest["all pairs"]["recall"] - 0.01


def test_each_text_keeps_the_candidates_sharing_most_of_its_sketch(library):
    """``_most_shared`` on the library's sketch product keeps, in each row, the ``count`` others
    sharing most shingles (equal ones: lowest column first), as sorting each row would."""
    texts, _ = library
    sketch = RarestShingles(k=groups.SHINGLE_K, per_text=groups.SKETCH_SIZE).fit_transform(
        comparison_forms(texts).texts
    )
    product = (sketch @ sketch.T).tocsr()
    product.sort_indices()
    for count in (1, 8, FAMILY // 2, 4 * FAMILY):
        kept = groups._most_shared(product.copy(), count)
        for row in range(product.shape[0]):
            columns = product.indices[product.indptr[row] : product.indptr[row + 1]]
            values = product.data[product.indptr[row] : product.indptr[row + 1]]
            ranked = sorted((-v, c) for c, v in zip(columns.tolist(), values.tolist()) if c != row)[:count]
            assert kept[row].indices.tolist() == sorted(c for _, c in ranked)
            assert kept[row].data.tolist() == [product[row, c] for c in kept[row].indices.tolist()]


def test_the_sketch_product_in_slices_and_locality_order_is_the_plain_product_cut(library, monkeypatch):
    """``_sketch_pairs`` numbers the texts in ``_by_locality`` order for its product and makes it
    in slices: its pairs and shares are those of the product in the texts' own order, cut row by
    row (enough shared, then each row's ``count`` sharing most, equal ones lowest column first)."""
    monkeypatch.setattr(groups, "PRODUCT_CHUNK", 500)  # many slices
    monkeypatch.setattr(groups, "NEAREST_CANDIDATES", 8)
    texts = comparison_forms(library[0]).texts
    left, right, share = groups._sketch_pairs(texts, groups.SHINGLE_K, first_holders=16)

    sketch = RarestShingles(k=groups.SHINGLE_K, per_text=groups.SKETCH_SIZE).fit_transform(texts)
    size = np.diff(sketch.indptr)
    product = (sketch @ groups._first_holders(sketch, 16).T).tocsr()
    assert len(np.unique(np.diff(product.indptr))) > 1 and product.nnz > 500
    expected: dict[tuple[int, int], float] = {}
    for row in range(product.shape[0]):
        columns = product.indices[product.indptr[row] : product.indptr[row + 1]].tolist()
        values = product.data[product.indptr[row] : product.indptr[row + 1]].tolist()
        smaller = {c: max(min(size[row], size[c]), 1) for c in columns}
        ranked = sorted(
            (-v, c) for c, v in zip(columns, values) if c != row and v >= groups.MIN_SHARED_FRACTION * smaller[c]
        )
        for v, c in ranked[:8]:
            pair = (min(row, c), max(row, c))
            expected[pair] = max(expected.get(pair, 0.0), -v / smaller[c])
    found: dict[tuple[int, int], float] = {}
    for a, b, s in zip(left.tolist(), right.tolist(), share.tolist()):
        found[(a, b)] = max(found.get((a, b), 0.0), s)
    assert found == expected
    assert not np.array_equal(
        groups._by_locality(sketch.astype(np.int8), np.diff(sketch.tocsc().indptr)), np.arange(len(texts))
    )
