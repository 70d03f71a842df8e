"""Near-duplicate groups: the boilerplate map of a library.

A drafter's 500 paragraphs are about 50 pieces of text copied many times with small changes.
Finding them is three steps, kept apart because no single similarity both scales and judges well:

1. Candidates: each text's sketch of rare character 5-gram shingles (3-grams for short texts,
   which have too few 5-grams; common ones, past ``common_frequency``, by hash: a large family's
   copies sample its core alike), ``RarestShingles``; pairs sharing enough of their sketch
   (``MIN_SHARED_FRACTION``) are candidates. A shingle held by very many texts pairs them only
   with its first holders, and each text keeps the ``NEAREST_CANDIDATES`` sharing most of its
   sketch, so the candidates grow with the library whatever the size of its copy families.
   Near-linear in the library, where the all-pairs product of TF-IDF vectors grows with its square.
2. Verification: the normalised Indel similarity of the comparison texts, or of the same texts
   with their clauses sorted, whichever is higher, so swapped clauses cost nothing. Copies with
   edits keep a high Indel similarity where n-gram cosine drops (the benchmark shows it).
   A text of a large family (more than ``FAMILY_LIMIT`` candidates) is verified against the
   family's representatives, its ``REPRESENTATIVES`` most central candidates, not every member:
   texts with few candidates get every pair verified, as before.
3. Groups: connected components of verified pairs, split where they chain: the member most
   similar to all others is the canonical text; members that do not reach it at
   ``threshold - CHAIN_MARGIN`` leave the group and are grouped again among themselves.

Texts are compared in ``comparison_text`` form (no punctuation, years, numbers or blanks), so
list markers (kept outside the text) and placeholder differences do not count. Very short texts
group only when their comparison texts are equal.

There is one path to the groups: ``NearDuplicateIndex`` finds them (``fit``) and keeps what it
found (shingle postings, verified pairs, components), so texts added later cost their own
candidates and the components they touch, and texts removed cost the components they leave,
not a regrouping of the library. ``LibraryGroups`` keys it by block id and keeps it in step with
the store; ``build_groups`` is a fresh one. The index's docstring states what an added or removed
text gets compared with a rebuild.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import Indel
from scipy import sparse
from scipy.sparse.csgraph import connected_components

from nlp.boilerplate.forms import (
    ComparisonForms,
    RarestShingles,
    ShingleIndex,
    bigram_bags,
    comparison_forms,
    distinct_sorted,
    range_positions,
)
from nlp.boilerplate.grouplist import Clusters, GroupList, TextTable, groups_from_clusters, text_keys
from nlp.errors import InputError
from nlp.models import StoredBlock
from nlp.ngrams import read_only, rounded

DEFAULT_THRESHOLD = 0.7  # chosen from benchmarks/bench_groups.py, see the README
CHAIN_MARGIN = 0.1  # a member must reach its group's canonical text at threshold - margin
MIN_FUZZY_CHARS = 6  # shorter comparison texts group only when equal
MIN_LENGTH_RATIO = 0.5  # a heading is not a near-duplicate of a paragraph that contains it
# In a short text two changed characters make a different item (办理职工安康保险 and
# 办理职工子女保险 are 0.75 similar): a pair whose shorter comparison text has at most N
# characters needs similarity S.
SHORT_PAIR_RULES = ((10, 0.8), (20, 0.75))
SHINGLE_K = 5
SHORT_SHINGLE_K = 3
SHORT_CHARS = 24  # texts up to this long are also sketched with 3-grams
SKETCH_SIZE = 32
MIN_SHARED_FRACTION = 0.15  # of the smaller sketch
FULL_MATRIX_LIMIT = 300  # components up to this many distinct texts compare all their pairs
PARALLEL_PAIRS = 2000  # similarities of this many pairs or more are computed on every core
# Families: a text with more candidates than FAMILY_LIMIT (a paragraph copied by very many plans)
# is verified only against its REPRESENTATIVES most central candidates (most often held, then
# most candidates, then earliest), so a family costs a multiple of its size, not of its square.
FAMILY_LIMIT = 32
REPRESENTATIVES = 8
# A shingle held by more texts than this pairs each with its first FREQUENT_SHINGLE holders only:
# a family's candidates grow with its size, not its square, and a text's row of the sketch product
# reads at most SKETCH_SIZE * FREQUENT_SHINGLE holders, a count that does not depend on the library.
# (With 256, the rows of texts copied nowhere filled towards that bound as their shingles gained
# holders: the product's entries grew 4.2x for 3x the blocks; with 32 a family's copies still meet
# its first ones in most of their sketch, and recall at 100 000 and 300 000 blocks is unchanged.)
FREQUENT_SHINGLE = 32
# With first holders, each text keeps only the NEAREST_CANDIDATES texts sharing most of its sketch
# (a crowded text is verified with at most FAMILY_ROUNDS * REPRESENTATIVES nearest and REPRESENTATIVES
# central ones): the candidates, and all the work on them, grow with the library, not its families.
NEAREST_CANDIDATES = 96
FAMILY_ROUNDS = 4  # a crowded text verified with none of its representatives tries the next ones
# Sketch shares (a / b, both at most SKETCH_SIZE) that differ are more than 1 / SHARE_STEPS apart.
SHARE_STEPS = 2 * SKETCH_SIZE * SKETCH_SIZE
PRODUCT_CHUNK = 1 << 22  # entries of the sketch product made at a time (``_sketch_pairs``)
VERIFY_CHUNK = 1 << 19  # candidate pairs verified at a time (``_verify``)


def _check_threshold(threshold: float) -> None:
    if not 0 < threshold <= 1:
        raise InputError(f"相似度阈值应在 0 到 1 之间（不含 0），收到 {threshold}")


def _required(threshold: float, shorter: np.ndarray) -> np.ndarray:
    """The similarity a pair needs, given the length of its shorter comparison text."""
    required = np.full(np.shape(shorter), threshold, dtype=np.float64)
    for chars, least in reversed(SHORT_PAIR_RULES):
        required = np.where(shorter <= chars, max(threshold, least), required)
    return required


# --- similarity -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Batch:
    """The texts a batch of pairs names (``needed``, ascending), each form of them once, as object
    arrays: a pair's texts are then taken by index in C, not by a Python list per pair (over a
    million texts those lists, reading strings all over memory, grew faster than the pairs)."""

    needed: np.ndarray
    texts: np.ndarray
    clauses: np.ndarray
    bags: np.ndarray
    no_bag: np.ndarray  # a text of under two characters has no bigrams

    def at(self, indices: np.ndarray) -> np.ndarray:
        return np.searchsorted(self.needed, indices)


def _objects(values: list[str]) -> np.ndarray:
    array = np.empty(len(values), dtype=object)
    array[:] = values
    return array


def _batch(forms: ComparisonForms, left: np.ndarray, right: np.ndarray) -> _Batch:
    """The ``_Batch`` of the pairs ``left[k]``, ``right[k]``."""
    needed = distinct_sorted(np.concatenate([left, right]))
    texts = [forms.texts[i] for i in needed]
    bags = bigram_bags(texts)
    return _Batch(
        needed,
        _objects(texts),
        _objects([forms.sorted_clauses[i] for i in needed]),
        _objects(bags),
        np.fromiter(map(len, bags), dtype=np.int64, count=len(bags)) == 0,
    )


def _similarities(
    forms: ComparisonForms, left: np.ndarray, right: np.ndarray, batch: _Batch | None = None
) -> np.ndarray:
    """Similarity of text ``left[k]`` and text ``right[k]`` for each k: see ``similarity``.
    ``batch``: ``_batch`` of these pairs or of more (made once for a batch verified in parts)."""
    if len(left) == 0:
        return np.zeros(0, dtype=np.float64)
    batch = _batch(forms, left, right) if batch is None else batch
    at_left, at_right = batch.at(left), batch.at(right)
    # Threads pay off on a batch; for the few pairs of an added document they cost more than the work.
    workers = -1 if len(left) >= PARALLEL_PAIRS else 1

    def scores(column: np.ndarray) -> np.ndarray:
        return process.cpdist(
            column[at_left], column[at_right], scorer=Indel.normalized_similarity, workers=workers
        ).astype(np.float64)

    aligned = np.maximum(scores(batch.texts), scores(batch.clauses))
    shared = np.where(batch.no_bag[at_left] | batch.no_bag[at_right], 0.0, scores(batch.bags))
    return np.maximum(aligned, (aligned + shared) / 2)


def similarity(a: str, b: str) -> float:
    """How near two texts are, 0..1, ignoring punctuation, years, numbers, blanks and clause order.

    Aligned: the normalised Indel similarity (1 - insertions and deletions needed / total length)
    of the comparison texts, or of the comparison texts with their clauses sorted, whichever is
    higher. Then, where the texts share more of their character bigrams than they align (a clause
    moved across lost punctuation), halfway up to that bigram overlap (Dice): a bag of bigrams
    alone says too little, since paragraphs on one topic share most of theirs.
    """
    forms = comparison_forms([a, b])
    return float(_similarities(forms, np.array([0]), np.array([1]))[0])


# --- candidates and verified pairs ----------------------------------------------------------


def _first_holders(sketch: sparse.csr_matrix, limit: int | None) -> sparse.csr_matrix:
    """``sketch`` with each shingle kept only in the first ``limit`` texts holding it (itself
    when no shingle is held by more, or ``limit`` is None)."""
    columns = sketch.tocsc()
    columns.sort_indices()
    held = np.diff(columns.indptr)
    if limit is None or not len(held) or held.max() <= limit:
        return sketch
    position = np.arange(columns.nnz) - np.repeat(columns.indptr[:-1], held)
    columns.data = np.where(position < limit, columns.data, 0).astype(columns.data.dtype)
    columns.eliminate_zeros()
    return columns.tocsr()


def _sketch_pairs(
    texts: Sequence[str],
    k: int,
    index: ShingleIndex | None = None,
    ids: np.ndarray | None = None,
    first_holders: int | None = FREQUENT_SHINGLE,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs (i < j) of ``texts`` that share at least MIN_SHARED_FRACTION of the smaller sketch,
    counting a shingle held by very many texts only for its first holders (``_first_holders``)
    and then only each text's NEAREST_CANDIDATES sharing most (``_most_shared``; neither when
    ``first_holders`` is None), with the fraction shared (``index``: sketch with it, under ``ids``,
    so it keeps the postings). A pair kept in both its rows comes twice (``_comparable_pairs``
    keeps the larger fraction, which is the larger count of the symmetric product).

    The product is made a slice of rows at a time (at most PRODUCT_CHUNK entries, bounded from
    each row's shingle holders) and cut before the next: its memory is a slice's, not the whole
    product's, which in families of thousands is hundreds of times the pairs kept."""
    if index is None:
        sketch = RarestShingles(k=k, per_text=SKETCH_SIZE).fit_transform(texts)
    else:
        sketch = index.fit_transform(texts, ids)
    # Shingles shared are counted in bytes (at most SKETCH_SIZE): the product's sums and values
    # are a quarter of 32-bit ones.
    sketch = sketch.astype(np.int8)
    first = _first_holders(sketch, first_holders).T.tocsr()
    size = np.diff(sketch.indptr)
    # The product is made with the texts in ``_by_locality`` order (rows and columns; its entries
    # are then put back under the texts' own numbers): the same product, but texts that read the
    # same long holder lists come together, and their holders stand near one another.
    order = _by_locality(sketch, np.diff(first.indptr))
    place = np.empty(len(order), dtype=first.indices.dtype)
    place[order] = np.arange(len(order), dtype=place.dtype)
    first.indices, first.has_sorted_indices = place[first.indices], False
    del place
    sketch, placed_need = sketch[order], _least_shared(size)[order]
    bound = np.cumsum(sketch @ np.diff(first.indptr).astype(np.int64))  # each row's entries at most, summed
    total = int(bound[-1]) if len(bound) else 0
    starts = distinct_sorted(np.r_[0, np.searchsorted(bound, np.arange(PRODUCT_CHUNK, total, PRODUCT_CHUNK), "right")])
    left, right, share = [], [], []
    for start, stop in zip(starts, np.r_[starts[1:], len(size)]):
        product = (sketch[start:stop] @ first).tocsr()
        # Pairs sharing too little go before the cut: most of a row's entries, in a large library.
        row_need = np.repeat(placed_need[start:stop], np.diff(product.indptr))
        product = _kept(product, product.data >= np.minimum(row_need, placed_need[product.indices]))
        product.indices, rows = order[product.indices], order[start:stop]
        if first_holders is not None:
            product = _most_shared(product, NEAREST_CANDIDATES, rows)
        row = np.repeat(rows, np.diff(product.indptr))
        column = product.indices
        keep = column > row if first_holders is None else column != row
        smaller = _smaller(product, size, rows)
        left.append(np.minimum(row, column)[keep])
        right.append(np.maximum(row, column)[keep])
        share.append((product.data / smaller)[keep])
    if not left:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0)
    return np.concatenate(left).astype(np.int64), np.concatenate(right).astype(np.int64), np.concatenate(share)


def _most_shared(product: sparse.csr_matrix, count: int, rows: np.ndarray | None = None) -> sparse.csr_matrix:
    """``product`` (shingles shared: small integers; row r is text ``rows[r]``, default r) off its
    diagonal, each row keeping its ``count`` largest entries (of equal ones, the lowest columns).
    Linear: a count of each long row's values finds the least value it keeps, no sort."""
    n, size = product.shape[0], np.diff(product.indptr)
    row = np.repeat(np.arange(n), size)
    product.sort_indices()
    text = row if rows is None else rows[row]
    value = np.where(product.indices == text, 0, product.data).astype(np.int64)
    least, room = np.zeros(n, dtype=np.int64), np.zeros(n, dtype=np.int64)  # short rows keep all
    long = size > count
    if long.any():
        top = int(value.max()) + 1
        mine = long[row]
        at_least = np.bincount(
            (np.cumsum(long) - 1)[row[mine]] * top + value[mine], minlength=int(long.sum()) * top
        ).reshape(-1, top)
        at_least[:, 0] = 0  # the diagonal
        # Entries of each long row at least each value (and none above the largest).
        at_least = np.c_[np.cumsum(at_least[:, ::-1], axis=1)[:, ::-1], np.zeros(len(at_least), dtype=np.int64)]
        least[long] = (at_least >= count).sum(axis=1) - 1
        room[long] = count - at_least[np.arange(len(at_least)), least[long] + 1]
    tie = (value == least[row]) & (value > 0)
    tie_rank = np.cumsum(tie) - 1 - np.r_[0, np.cumsum(tie)][product.indptr[:-1]][row]
    return _kept(product, (value > least[row]) | (tie & (tie_rank < room[row])))


def _least_shared(size: np.ndarray) -> np.ndarray:
    """For each sketch ``size``, the fewest shingles a pair whose smaller sketch has that size must
    share to pass MIN_SHARED_FRACTION; a pair's is the smaller of its two texts' (int8: the test
    of each product entry reads a byte a text, not two sizes and a float product)."""
    return np.ceil(MIN_SHARED_FRACTION * np.maximum(size, 1)).astype(np.int8)


def _smaller(product: sparse.csr_matrix, size: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """For each entry of ``product`` (row r is text ``rows[r]``), the smaller of its two texts'
    ``size`` (at least 1)."""
    row = np.repeat(rows, np.diff(product.indptr))
    return np.maximum(np.minimum(size[row], size[product.indices]), 1)


def _by_locality(sketch: sparse.csr_matrix, held: np.ndarray) -> np.ndarray:
    """The texts (rows of ``sketch``) in order of the shingle of theirs held by most texts (``held``:
    each shingle's holders in the product), most first, a shingle's texts together (int32).

    Copies of one family come together, and with them the long holder lists they read: numbered
    in this order, the product's accumulator and lists stay in cache (at 300 000 blocks the
    product took half the CPU; scattered holders made it grow faster than the library)."""
    n, size = sketch.shape[0], np.diff(sketch.indptr)
    filled = np.flatnonzero(size)
    key = np.full(n, -1, dtype=np.int64)  # a text with no sketch goes last
    if len(filled):
        columns = sketch.indices.astype(np.int64)
        most = held[columns].astype(np.int64) * sketch.shape[1] + (sketch.shape[1] - 1 - columns)
        key[filled] = np.maximum.reduceat(most, sketch.indptr[filled])
    return np.argsort(-key, kind="stable").astype(np.int32)


def _kept(matrix: sparse.csr_matrix, keep: np.ndarray) -> sparse.csr_matrix:
    """``matrix`` with only the entries where ``keep`` (in stored order)."""
    row = np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))
    counts = np.bincount(row[keep], minlength=matrix.shape[0])
    return sparse.csr_matrix((matrix.data[keep], matrix.indices[keep], np.r_[0, np.cumsum(counts)]), shape=matrix.shape)


def _sketched(lengths: np.ndarray) -> tuple[tuple[int, np.ndarray], ...]:
    """The shingle size of each sketch and the texts (by index) it covers."""
    fuzzy = lengths >= MIN_FUZZY_CHARS
    return ((SHINGLE_K, np.flatnonzero(fuzzy)), (SHORT_SHINGLE_K, np.flatnonzero(fuzzy & (lengths <= SHORT_CHARS))))


def _comparable(left: np.ndarray, right: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Which pairs are of texts close enough in length to be copies of one another."""
    shorter = np.minimum(lengths[left], lengths[right])
    longer = np.maximum(lengths[left], lengths[right])
    return shorter >= MIN_LENGTH_RATIO * longer


def candidate_pairs(
    texts: Sequence[str],
    *,
    indexes: dict[int, ShingleIndex] | None = None,
    first_holders: int | None = FREQUENT_SHINGLE,
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (i < j) of comparison texts worth verifying: distinct texts assumed, short ones skipped.

    ``indexes`` (shingle size -> ShingleIndex): fitted here, so they can take more texts later.
    ``first_holders``: a shingle held by more texts counts only for its first so many, and each text
    keeps its NEAREST_CANDIDATES sharing most of its sketch (None: all pairs, however many).
    """
    left, right, _ = _candidates(texts, indexes, first_holders)
    return left, right


def _candidates(
    texts: Sequence[str], indexes: dict[int, ShingleIndex] | None, first_holders: int | None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``candidate_pairs`` with the fraction of the smaller sketch each pair shares (the larger
    of its two sketches')."""
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    left, right, share = [], [], []
    for k, chosen in _sketched(lengths):
        if indexes is not None:
            indexes[k] = ShingleIndex(k, SKETCH_SIZE)
        if len(chosen) < 2 and indexes is None:
            continue
        index = None if indexes is None else indexes[k]
        i, j, shared = _sketch_pairs([texts[c] for c in chosen], k, index, chosen, first_holders)
        left.append(chosen[i])
        right.append(chosen[j])
        share.append(shared)
    if not left:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0)
    return _comparable_pairs(left, right, lengths, share)


def _comparable_pairs(
    left: list[np.ndarray], right: list[np.ndarray], lengths: np.ndarray, share: list[np.ndarray]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The distinct pairs (left[i] < right[i]) found, ascending, of texts ``_comparable`` in length,
    with the largest ``share`` found for each."""
    span = max(len(lengths), 1)
    key, share = _largest_share(np.concatenate(left) * span + np.concatenate(right), np.concatenate(share), span)
    left, right = key // span, key % span
    keep = _comparable(left, right, lengths)
    return left[keep], right[keep], share[keep]


def _share_steps(share: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each ``share`` as an integer step, in the shares' order, equal shares equal steps; and the
    share of each step. Shares of sketches are fractions a / b with a and b at most SKETCH_SIZE,
    so two that differ are more than 1 / SHARE_STEPS apart: the step is then ``share *
    SHARE_STEPS``, rounded (linear); other shares are ranked by a sort."""
    step = np.rint(share * SHARE_STEPS).astype(np.int64)
    value = np.zeros(int(step.max()) + 1 if len(step) else 1)
    value[step] = share
    if np.array_equal(value[step], share):
        return step, value
    value, step = np.unique(share, return_inverse=True)
    return step.astype(np.int64), value


def _largest_share(key: np.ndarray, share: np.ndarray, span: int) -> tuple[np.ndarray, np.ndarray]:
    """The distinct ``key`` (below ``span`` squared) ascending, each with its largest ``share``.

    One plain sort of (key, share step) words (``_share_steps``) puts the pairs in order with
    their largest share last: numpy sorts integers with SIMD, at a million blocks several times
    faster than the argsort of the keys and the gathers it needs. Where a word cannot hold
    both, the keys are argsorted."""
    step, value = _share_steps(share)
    if (span * span * len(value)).bit_length() < 64:
        words = key * len(value) + step
        words.sort()
        key, step = np.divmod(words, len(value))
        last = np.r_[key[1:] != key[:-1], True] if len(key) else np.zeros(0, dtype=bool)
        return key[last], value[step[last]]
    order = np.argsort(key)
    key, share = key[order], share[order]
    first = np.flatnonzero(np.r_[True, key[1:] != key[:-1]]) if len(key) else np.zeros(0, dtype=np.int64)
    return key[first], np.maximum.reduceat(share, first) if len(first) else share


def _verify_families(
    forms: ComparisonForms,
    left: np.ndarray,
    right: np.ndarray,
    lengths: np.ndarray,
    threshold: float,
    share: np.ndarray,
    crowded: np.ndarray,
    priority: np.ndarray,
    verify=None,
) -> tuple[tuple[np.ndarray, np.ndarray, np.ndarray], int]:
    """The verified pairs among candidate pairs (left[i] < right[i]), and how many were compared.

    Every pair with a text that is not ``crowded`` is compared. A crowded text is compared with
    two sets of REPRESENTATIVES crowded candidates: those of lowest ``priority`` (the centre of
    its family, shared by all its members, so the family stays one component), and those with
    which it shares most of its sketch (``share``: its nearest copies); while it is verified
    with none, with the next REPRESENTATIVES nearest, up to FAMILY_ROUNDS times. ``verify`` checks
    a batch of pairs (``_verify``, or the same on a cluster's workers).
    """
    verify = verify or _verify
    inside = crowded[left] & crowded[right]
    found = [verify(forms, left[~inside], right[~inside], lengths, threshold)]
    compared = int((~inside).sum())
    both = np.flatnonzero(inside)
    if len(both):
        source = np.concatenate([left[both], right[both]])
        target = np.concatenate([right[both], left[both]])
        pair = np.concatenate([both, both])
        central = _first_in_row(source, pair, priority[target], len(priority), REPRESENTATIVES)
        step, value = _share_steps(share[both])
        nearest, rank_in_row = _ranked_in_row(source, pair, len(value) - 1 - np.concatenate([step, step]), len(value))
        asking, done = crowded.copy(), np.zeros(len(left), dtype=bool)
        for first in range(0, FAMILY_ROUNDS * REPRESENTATIVES, REPRESENTATIVES):
            window = (rank_in_row >= first) & (rank_in_row < first + REPRESENTATIVES) & asking[nearest[0]]
            chosen = distinct_sorted(np.concatenate([nearest[1][window], central if first == 0 else central[:0]]))
            chosen = chosen[~done[chosen]]
            if not len(chosen):
                break
            done[chosen] = True
            compared += len(chosen)
            found.append(verify(forms, left[chosen], right[chosen], lengths, threshold))
            asking[found[-1][0]] = asking[found[-1][1]] = False
    return tuple(np.concatenate(parts) for parts in zip(*found)), compared


def _ranked_in_row(
    source: np.ndarray, pair: np.ndarray, key: np.ndarray, span: int
) -> tuple[tuple[np.ndarray, np.ndarray], np.ndarray]:
    """(source, pair) sorted by source, then ``key`` (integers below ``span``), equal ones as they
    come; and each entry's rank within its source. (One stable argsort of one key: ``np.lexsort``
    of the two took several times as long, and grew faster than the pairs.)"""
    order = np.argsort(source * span + key, kind="stable")
    source, pair = source[order], pair[order]
    starts = np.r_[0, np.flatnonzero(np.diff(source)) + 1]
    return (source, pair), np.arange(len(source)) - np.repeat(starts, np.diff(np.r_[starts, len(source)]))


def _first_in_row(source: np.ndarray, pair: np.ndarray, key: np.ndarray, span: int, count: int) -> np.ndarray:
    """The pairs of the ``count`` lowest ``key`` (integers below ``span``) of each source."""
    (_, pair), rank_in_row = _ranked_in_row(source, pair, key, span)
    return pair[rank_in_row < count]


def _crowded(left: np.ndarray, right: np.ndarray, n: int, family_limit: int | None) -> np.ndarray:
    """The texts (of ``n``) with more than ``family_limit`` candidates; none when it is None."""
    if family_limit is None:
        return np.zeros(n, dtype=bool)
    return np.bincount(left, minlength=n) + np.bincount(right, minlength=n) > family_limit


def _verify(
    forms: ComparisonForms, left: np.ndarray, right: np.ndarray, lengths: np.ndarray, threshold: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The pairs whose similarity reaches what their length requires, with it; VERIFY_CHUNK pairs
    at a time, so the texts of a batch are held, not those of every pair (the batch's forms,
    ``_batch``, are gathered once)."""
    found = [(left[:0], right[:0], np.zeros(0))]
    batch = _batch(forms, left, right) if len(left) > VERIFY_CHUNK else None
    for start in range(0, len(left), VERIFY_CHUNK):
        part_left, part_right = left[start : start + VERIFY_CHUNK], right[start : start + VERIFY_CHUNK]
        scores = _similarities(forms, part_left, part_right, batch)
        keep = scores >= _required(threshold, np.minimum(lengths[part_left], lengths[part_right]))
        found.append((part_left[keep], part_right[keep], scores[keep]))
    return tuple(np.concatenate(parts) for parts in zip(*found))


def _verified_pairs(
    forms: ComparisonForms, threshold: float, *, indexes: dict[int, ShingleIndex] | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Candidate pairs of distinct comparison texts whose similarity reaches ``threshold``."""
    left, right = candidate_pairs(forms.texts, indexes=indexes)
    lengths = np.fromiter(map(len, forms.texts), dtype=np.int64, count=len(forms.texts))
    return _verify(forms, left, right, lengths, threshold)


def near_duplicate_pairs(texts: Sequence[str], threshold: float = DEFAULT_THRESHOLD) -> list[tuple[int, int, float]]:
    """Every pair (i, j, similarity), i < j, of texts at least ``threshold`` similar, best first.

    Texts with equal comparison texts are pairs of similarity 1, however short.
    """
    _check_threshold(threshold)
    forms = comparison_forms(texts)
    distinct, form_of = _distinct(forms)
    holders = _holders(form_of, len(distinct.texts))
    pairs = [(a, b, 1.0) for same in holders for n, a in enumerate(same) for b in same[n + 1 :]]
    for f, g, score in zip(*_verified_pairs(distinct, threshold)):
        pairs.extend((min(a, b), max(a, b), float(score)) for a in holders[f] for b in holders[g])
    return sorted(pairs, key=lambda p: (-p[2], p[0], p[1]))


def _distinct(forms: ComparisonForms) -> tuple[ComparisonForms, np.ndarray]:
    """The distinct comparison texts (first occurrence order) and, for each text, its distinct index."""
    index: dict[str, int] = {}
    form_of = np.fromiter(
        (index.setdefault(text, len(index)) for text in forms.texts), dtype=np.int64, count=len(forms.texts)
    )
    _, first = np.unique(form_of, return_index=True)
    return ComparisonForms([forms.texts[i] for i in first], [forms.sorted_clauses[i] for i in first]), form_of


def _holders(form_of: np.ndarray, count: int) -> list[list[int]]:
    """For each of ``count`` distinct comparison texts, the texts (by index) that have it."""
    holders: list[list[int]] = [[] for _ in range(count)]
    for index, form in enumerate(form_of.tolist()):
        holders[form].append(index)
    return holders


# --- groups ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class TextCluster:
    """A near-duplicate group of texts by position: the canonical text first."""

    canonical: int
    members: tuple[int, ...]
    similarity: tuple[float, ...]  # of each member to the canonical text


def _components(matrix: sparse.spmatrix, nodes: np.ndarray) -> list[np.ndarray]:
    """Connected components among ``nodes`` (indices into the square ``matrix``)."""
    count, label = connected_components(matrix[nodes][:, nodes], directed=False)
    order = np.argsort(label, kind="stable")
    return np.split(nodes[order], np.cumsum(np.bincount(label, minlength=count))[:-1])


def _center_keys(total: np.ndarray, weights: np.ndarray, rank: np.ndarray) -> tuple[np.ndarray, ...]:
    """``np.lexsort`` keys putting a group's centre first: the highest total similarity to the
    others (rounded, so summation order cannot decide), then the highest weight, then the lowest
    rank (where its first text stands in the library). Every centre is chosen by this one rule,
    so ``add`` and ``remove`` agree with a rebuild."""
    return rank, -weights, -np.round(total, 9)


def _split_by_center(
    similarity_matrix: np.ndarray, weights: np.ndarray, lengths: np.ndarray, rank: np.ndarray, threshold: float
):
    """Groups of a small component, given all its pairwise similarities (local indices)."""
    required = _required(threshold, np.minimum.outer(lengths, lengths))
    pending = [np.arange(len(weights))]
    while pending:
        nodes = pending.pop()
        if len(nodes) == 1:
            yield nodes[0], nodes, np.ones(1)
            continue
        block = similarity_matrix[np.ix_(nodes, nodes)]
        total = block @ weights[nodes] - 1.0  # each text's similarity to every other block
        center = np.lexsort(_center_keys(total, weights[nodes], rank[nodes]))[0]
        close = block[center] >= required[nodes[center], nodes] - CHAIN_MARGIN
        yield nodes[center], nodes[close], block[center][close]
        rest = nodes[~close]
        if len(rest):
            linked = sparse.csr_matrix(similarity_matrix[np.ix_(rest, rest)] >= required[np.ix_(rest, rest)])
            pending.extend(rest[c] for c in _components(linked, np.arange(len(rest))))


def _full_matrix(forms: ComparisonForms, nodes: np.ndarray, scores: np.ndarray | None = None) -> np.ndarray:
    """All pairwise similarities of ``nodes`` (given in ``np.triu_indices`` order, or computed)."""
    i, j = _upper_pairs(len(nodes))
    matrix = np.eye(len(nodes))
    matrix[i, j] = matrix[j, i] = _similarities(forms, nodes[i], nodes[j]) if scores is None else scores
    return matrix


@dataclass(frozen=True)
class _VerifiedGraph:
    """Verified pairs of distinct texts as a symmetric graph, and its connected components."""

    left: np.ndarray
    graph: sparse.csr_matrix
    count: int
    label: np.ndarray


def _verified_graph(n: int, left: np.ndarray, right: np.ndarray, scores: np.ndarray) -> _VerifiedGraph:
    graph = sparse.coo_matrix((scores, (left, right)), shape=(n, n)).tocsr()
    graph = (graph + graph.T).tocsr()
    count, label = connected_components(graph, directed=False)
    return _VerifiedGraph(left, graph, count, label)


def _cluster_distinct(
    forms: ComparisonForms,
    weights: np.ndarray,
    threshold: float,
    verified: _VerifiedGraph | None = None,
    rank: np.ndarray | None = None,
    crowded: np.ndarray | None = None,
):
    """(center, members, similarities) over distinct comparison texts weighted by their counts;
    ``rank`` orders equal candidates for a centre (default: the texts' order). A component with
    a ``crowded`` text (verified against representatives only) is split from its best-linked
    text, never by comparing all its pairs."""
    n = len(forms.texts)
    rank = np.arange(n) if rank is None else rank
    lengths = np.fromiter(map(len, forms.texts), dtype=np.int64, count=n)
    if verified is None:
        verified = _verified_graph(n, *_verified_pairs(forms, threshold))
    left, graph, count, label = verified.left, verified.graph, verified.count, verified.label
    size = np.bincount(label, minlength=count)
    edges = np.bincount(label[left], minlength=count)

    # A component whose pairs are all verified cannot chain: its centre is read off the graph.
    # (Most components are such cliques; the others compare all their pairs.)
    total = graph @ weights + weights - 1.0
    order = np.lexsort((*_center_keys(total, weights, rank), label))
    first = order[np.r_[0, np.flatnonzero(np.diff(label[order])) + 1]] if n else order
    center_of = np.empty(count, dtype=np.int64)
    center_of[label[first]] = first
    clique = edges == size * (size - 1) // 2
    in_clique = clique[label]
    nodes = np.flatnonzero(in_clique)
    centers = center_of[label[nodes]]
    sims = np.where(nodes == centers, 1.0, np.asarray(graph[centers, nodes]).ravel())
    by_label = np.argsort(label[nodes], kind="stable")
    bounds = np.r_[0, np.cumsum(size[clique])]
    for k, component in enumerate(np.flatnonzero(clique)):
        members = nodes[by_label[bounds[k] : bounds[k + 1]]]
        yield center_of[component], members, sims[by_label[bounds[k] : bounds[k + 1]]]

    member_order = np.argsort(label, kind="stable")
    starts = np.r_[0, np.cumsum(size)]
    others = [member_order[starts[c] : starts[c + 1]] for c in np.flatnonzero(~clique)]
    crowded = np.zeros(n, dtype=bool) if crowded is None else crowded
    family = [c for c in others if crowded[c].any()]
    others = [c for c in others if not crowded[c].any()]
    small = [c for c in others if len(c) <= FULL_MATRIX_LIMIT]
    pairs = [_upper_pairs(len(c)) for c in small]
    small_scores = _similarities(
        forms,
        np.concatenate([c[i] for c, (i, _) in zip(small, pairs)] or [np.zeros(0, dtype=np.int64)]),
        np.concatenate([c[j] for c, (_, j) in zip(small, pairs)] or [np.zeros(0, dtype=np.int64)]),
    )
    offsets = np.cumsum([0] + [len(i) for i, _ in pairs])
    for k, component in enumerate(small):
        matrix = _full_matrix(forms, component, small_scores[offsets[k] : offsets[k + 1]])
        for center, members, member_sims in _split_by_center(
            matrix, weights[component], lengths[component], rank[component], threshold
        ):
            yield component[center], component[members], member_sims
    for component in others:
        if len(component) > FULL_MATRIX_LIMIT:
            yield from _split_large(forms, graph, component, weights, lengths, rank, threshold)
    for component in family:
        yield from _split_large(forms, graph, component, weights, lengths, rank, threshold, FAMILY_LIMIT)


@functools.lru_cache(maxsize=512)
def _upper_pairs(size: int) -> tuple[np.ndarray, np.ndarray]:
    return np.triu_indices(size, k=1)


def _rows(forms: ComparisonForms, rows: np.ndarray, columns: np.ndarray) -> np.ndarray:
    """The similarities of each text of ``rows`` to each of ``columns``, as a matrix."""
    scores = _similarities(forms, np.repeat(rows, len(columns)), np.tile(columns, len(rows)))
    return scores.reshape(len(rows), len(columns))


def _split_large(
    forms: ComparisonForms,
    graph: sparse.csr_matrix,
    nodes: np.ndarray,
    weights: np.ndarray,
    lengths: np.ndarray,
    rank: np.ndarray,
    threshold: float,
    limit: int = FULL_MATRIX_LIMIT,
):
    """Groups of a component too large to compare all pairs; parts of up to ``limit`` texts
    compare all their pairs. The centre: of the REPRESENTATIVES texts of highest weighted verified
    degree and the REPRESENTATIVES texts nearest to them, the one a full matrix would choose
    (``_center_keys``) from their similarities to every text."""
    pending = [nodes]
    while pending:
        nodes = pending.pop()
        if len(nodes) <= limit:
            matrix = _full_matrix(forms, nodes)
            for center, members, sims in _split_by_center(
                matrix, weights[nodes], lengths[nodes], rank[nodes], threshold
            ):
                yield nodes[center], nodes[members], sims
            continue
        degree = np.asarray(graph[nodes][:, nodes] @ weights[nodes]).ravel() + weights[nodes]
        top = np.lexsort((rank[nodes], -weights[nodes], -degree))[:REPRESENTATIVES]
        rows = _rows(forms, nodes[top], nodes)
        # The texts nearest to those: where a family's centre usually is.
        near = np.argsort(-(weights[nodes[top]] @ rows), kind="stable")
        near = near[~np.isin(near, top)][:REPRESENTATIVES]
        top, rows = np.concatenate([top, near]), np.vstack([rows, _rows(forms, nodes[near], nodes)])
        best = np.lexsort(_center_keys(rows @ weights[nodes] - 1.0, weights[nodes[top]], rank[nodes[top]]))[0]
        center, sims = nodes[top[best]], rows[best]
        required = _required(threshold, np.minimum(lengths[center], lengths[nodes])) - CHAIN_MARGIN
        close = (sims >= required) & (nodes != center)
        yield center, np.concatenate([[center], nodes[close]]), np.concatenate([[1.0], sims[close]])
        rest = nodes[~close & (nodes != center)]
        if len(rest):
            pending.extend(_components(graph, rest))


def blocks_reader(blocks: Sequence[StoredBlock]) -> Callable[[Collection[int]], list[StoredBlock]]:
    """``read`` for ``LibraryGroups`` and ``groups_from_clusters`` from blocks in memory."""
    return lambda wanted: [b for b in blocks if b.id in wanted]


def build_groups(blocks: Sequence[StoredBlock], *, threshold: float = DEFAULT_THRESHOLD) -> GroupList:
    """The library's blocks as near-duplicate groups, most repeated first; a block copied
    nowhere is a group of one."""
    library_groups, read = LibraryGroups(threshold=threshold), blocks_reader(blocks)
    library_groups.update([b.id for b in blocks], read)
    return library_groups.groups(read=read)


# --- the incremental index ------------------------------------------------------------------


class NearDuplicateIndex:
    """Near-duplicate groups of a library that grows: ``fit`` its texts once, then ``add`` more.

    ``fit(texts)`` finds the groups of ``texts`` and keeps what it learnt on the way: the distinct comparison texts with how often each occurs, a ``ShingleIndex`` per
    sketch (the postings of every shingle), the verified pairs as a graph, its connected
    components and the groups found in each component.

    ``add(texts)`` appends texts, as if they came after the others in ``fit``:

    1. a text whose comparison text is known only adds to that text's count;
    2. each new distinct text is put in the shingle postings; its sketch, under the
       frequencies after adding, looks up its candidates (``ShingleIndex.candidates``: every
       text a rebuild would pair it with, and possibly a few more);
    3. candidates are verified as in a rebuild (same similarity, same length rules);
    4. the components the new texts join (one, or several they bridge) are merged, and the
       groups of each touched component are found again by the same procedure as in a rebuild
       (centre, chain guard, splits), which only ever looks inside a component.

    What ``add`` gives against a rebuild: every pair it links passes the same verification;
    every pair with a new text that a rebuild links, it links too; pairs among the earlier
    texts are those found before (a rebuild's sketches see slightly different shingle
    frequencies and may find or miss a few of those). Wherever the linked pairs agree, the
    groups are the same, canonical texts and similarities included.

    ``remove(positions)`` takes texts out (their positions are not reused): a distinct text no
    longer held by any text leaves the graph, and the components it was in are split into their
    connected parts (a component of up to FULL_MATRIX_LIMIT distinct texts has the pairs between its parts
    verified first: the text removed may have been the representative its family was verified against)
    and grouped again by the same procedure. Its shingles stay in the postings
    (counted in frequencies, never returned as candidates), so later sketches may differ from a
    rebuild's as after ``add``.

    Its state is numpy columns and a handful of objects, so that saved and read back (pickled with
    its arrays mapped, ``nlp.library.saved``) it costs no object per text: per text its distinct
    comparison text (``_node_of``, -1 once removed) and a hash of its exact wording (``_wordings``:
    the canonical text is a group centre's most common wording); per distinct text its comparison
    forms (``TextTable``s, decoded when a pair is verified; the comparison texts hashed, to find one
    again), its count, component, group centre and similarity to it; the verified
    pairs as a graph and the pairs ``add`` found since as two columns.
    """

    def __init__(self, *, threshold: float = DEFAULT_THRESHOLD, family_limit: int | None = FAMILY_LIMIT):
        """``family_limit``: a text with more candidates is verified against representatives
        (see the module docstring); None verifies every candidate pair."""
        _check_threshold(threshold)
        self.threshold = threshold
        self.family_limit = family_limit
        self.fit([])

    def __setstate__(self, state: dict) -> None:
        if "_wordings" not in state:  # saved before its state was columns: read as no index, built again
            raise ValueError("near-duplicate index of an earlier shape")
        self.__dict__.update(state)
        self._graph_read_only()  # also when saved before it was

    def _graph_read_only(self) -> None:
        """Mark the graph of ``fit``'s pairs read-only: ``add`` and ``remove`` keep their pairs apart
        and never change it, so once saved beside the store it is not written again (3.2 MB at
        100 000 blocks, every import)."""
        for column in (self._graph.data, self._graph.indices, self._graph.indptr):
            read_only(column)

    def fit(self, texts: Sequence[str], *, verify: Callable | None = None) -> NearDuplicateIndex:
        """Index ``texts`` from scratch. ``verify``: runs ``_verify`` on the candidate pairs (say,
        in parts on a cluster, ``nlp.federation.cluster``) and returns what it would."""
        clock = time.perf_counter()
        self.timings_: dict[str, float] = {}

        def lap(phase: str) -> None:
            nonlocal clock
            now = time.perf_counter()
            self.timings_[phase] = now - clock
            clock = now

        texts = list(texts)
        if texts:
            distinct, form_of = _distinct(comparison_forms(texts))
        else:
            distinct, form_of = ComparisonForms([], []), np.zeros(0, dtype=np.int64)
        lap("normal forms")
        n = len(distinct.texts)
        self._node_of = form_of.astype(np.int64)  # each text's distinct comparison text; -1 once removed
        self._wordings = text_keys(texts)
        self._weights = np.bincount(form_of, minlength=n).astype(np.float64)
        self._lengths = np.fromiter(map(len, distinct.texts), dtype=np.int64, count=n)
        self._alive = np.ones(n, dtype=bool)  # distinct texts some text still holds
        self._indexes: dict[int, ShingleIndex] = {}
        left, right, share = _candidates(
            distinct.texts, self._indexes, None if self.family_limit is None else FREQUENT_SHINGLE
        )
        self._crowded = _crowded(left, right, n, self.family_limit)
        degree = np.bincount(left, minlength=n) + np.bincount(right, minlength=n)
        priority = np.empty(n, dtype=np.int64)
        priority[np.lexsort((np.arange(n), -degree, -self._weights))] = np.arange(n)
        lap("candidates")
        pairs, self.compared_pairs_ = _verify_families(
            distinct, left, right, self._lengths, self.threshold, share, self._crowded, priority, verify
        )
        verified = _verified_graph(n, *pairs)
        lap("verification")
        self._graph = verified.graph
        self._added = np.zeros((0, 2), dtype=np.int64)  # pairs (i < j) found by ``add``
        self._added_scores = np.zeros(0)
        self._label = verified.label.astype(np.int64)
        self._next_label = verified.count
        self._center = np.arange(n, dtype=np.int64)  # each distinct text's group, by its centre
        self._similarity = np.ones(n)  # to that centre
        if n:
            self._place(_cluster_distinct(distinct, self._weights, self.threshold, verified, crowded=self._crowded))
        self._forms = ComparisonForms(TextTable.of(distinct.texts, hashed=True), TextTable.of(distinct.sorted_clauses))
        self._graph_read_only()
        lap("groups")
        return self

    def __len__(self) -> int:
        """Texts indexed."""
        return len(self._node_of)

    def add(self, texts: Sequence[str]) -> list[TextCluster]:
        """Append ``texts``; the groups that hold them now (see the class docstring)."""
        texts = list(texts)
        if not texts:
            return []
        start, first_new = len(self._node_of), len(self._forms.texts)
        forms = comparison_forms(texts)
        nodes = self._held_nodes(forms.texts)
        new_forms: dict[str, int] = {}
        new_clauses = []
        for offset, (form, clauses) in enumerate(zip(forms.texts, forms.sorted_clauses)):
            if nodes[offset] < 0:
                if form not in new_forms:
                    new_forms[form] = first_new + len(new_forms)
                    new_clauses.append(clauses)
                nodes[offset] = new_forms[form]
        added = TextTable.of(list(new_forms))
        self._forms = ComparisonForms(
            self._forms.texts.joined(added), self._forms.sorted_clauses.joined(TextTable.of(new_clauses))
        )
        self._node_of = np.concatenate([self._node_of, nodes])
        self._wordings = np.concatenate([self._wordings, text_keys(texts)])
        new = np.arange(first_new, len(self._forms.texts))
        self._alive = np.concatenate([self._alive, np.ones(len(new), dtype=bool)])
        self._weights = np.concatenate([self._weights, np.zeros(len(new))])
        np.add.at(self._weights, nodes, 1.0)
        self._lengths = np.concatenate([self._lengths, np.fromiter(map(len, new_forms), dtype=np.int64)])
        labels = self._next_label + np.arange(len(new))
        self._next_label += len(new)
        self._label = np.concatenate([self._label, labels])
        self._center = np.concatenate([self._center, new])
        self._similarity = np.concatenate([self._similarity, np.ones(len(new))])

        holders = self._holdings()
        left, right, scores = self._new_pairs(new, holders)
        self._added = np.concatenate([self._added, np.c_[left, right].astype(np.int64)])
        self._added_scores = np.concatenate([self._added_scores, scores])
        changed = self._members_of(self._merge(left, right, set(self._label[nodes].tolist())))
        for members in changed.values():
            self._place(self._cluster_component(members, holders))
        clusters = self._text_clusters(np.concatenate([np.zeros(0, dtype=np.int64), *changed.values()]), holders)
        return [c for c in _cluster_list(clusters.largest_first()) if max(c.members) >= start]

    def _held_nodes(self, forms: Sequence[str]) -> np.ndarray:
        """The distinct text still held that each comparison text is, or -1."""
        keys, held = text_keys(forms), self._forms.texts.key_column
        order = np.argsort(held, kind="stable")
        low = np.searchsorted(held, keys, "left", sorter=order)
        high = np.searchsorted(held, keys, "right", sorter=order)
        nodes = np.full(len(forms), -1, dtype=np.int64)
        for k in np.flatnonzero(high > low).tolist():
            for node in order[low[k] : high[k]].tolist():  # equal hashes: the text still held, if one is
                if self._alive[node] and self._forms.texts[node] == forms[k]:
                    nodes[k] = node
        return nodes

    def remove(self, positions: Sequence[int]) -> None:
        """Take the texts at ``positions`` out (see the class docstring)."""
        positions = distinct_sorted(np.asarray(positions, dtype=np.int64))
        nodes = self._node_of[positions]
        self._node_of[positions] = -1
        np.subtract.at(self._weights, nodes, 1.0)
        touched = distinct_sorted(nodes)
        self._alive[touched[self._weights[touched] == 0]] = False
        holders = self._holdings()
        for label, members in self._members_of(set(self._label[touched].tolist())).items():
            count, parts = connected_components(self._subgraph(members), directed=False)
            if count > 1 and len(members) <= FULL_MATRIX_LIMIT:
                # A removed text may have been what linked the parts: a crowded family is verified against its
                # representatives only, so two of its members may never have been compared. The parts of a small
                # component are compared with each other, pair by pair, as a rebuild finds their pairs.
                count, parts = self._rejoined(members, parts)
            for part in range(count):
                nodes = members[parts == part]
                self._label[nodes] = label if part == 0 else self._next_label
                self._next_label += part > 0
                self._place(self._cluster_component(nodes, holders))

    def _rejoined(self, members: np.ndarray, parts: np.ndarray) -> tuple[int, np.ndarray]:
        """The connected parts of a component whose ``parts`` (by position in ``members``) are linked again by the
        verified pairs between them; those pairs are kept with ``add``'s."""
        a, b = np.triu_indices(len(members), k=1)
        across = parts[a] != parts[b]
        left, right = members[a[across]], members[b[across]]  # left < right: members ascend
        keep = _comparable(left, right, self._lengths)
        left, right, scores = _verify(self._forms, left[keep], right[keep], self._lengths, self.threshold)
        self._added = np.concatenate([self._added, np.c_[left, right].astype(np.int64)])
        self._added_scores = np.concatenate([self._added_scores, scores])
        return connected_components(self._subgraph(members), directed=False)

    def _holdings(self) -> _Holders:
        """The texts holding each distinct text (``_Holders``)."""
        held = np.flatnonzero(self._node_of >= 0)
        by_text = held[np.argsort(self._node_of[held], kind="stable")]
        starts = np.zeros(len(self._forms.texts) + 1, dtype=np.int64)
        np.cumsum(np.bincount(self._node_of[held], minlength=len(self._forms.texts)), out=starts[1:])
        return _Holders(by_text, starts, len(self._node_of))

    def _new_pairs(self, new: np.ndarray, holders: _Holders) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Verified pairs (i < j) of each new distinct text with any other."""
        left, right, share = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)], [np.zeros(0)]
        for k, chosen in _sketched(self._lengths[new]):
            ids = new[chosen]
            sketches = self._indexes[k].add([self._forms.texts[i] for i in ids.tolist()], ids)
            a, b, shared = self._indexes[k].candidates(ids, sketches, MIN_SHARED_FRACTION, with_share=True)
            left.append(np.minimum(a, b))
            right.append(np.maximum(a, b))
            share.append(shared)
        left, right, share = _comparable_pairs(left, right, self._lengths, share)
        alive = self._alive[left] & self._alive[right]
        left, right, share = left[alive], right[alive], share[alive]
        n, known = len(self._forms.texts), len(self._crowded)
        crowded = _crowded(left, right, n, self.family_limit)
        self._crowded = np.concatenate([self._crowded, crowded[known:]])
        if not crowded.any():
            return _verify(self._forms, left, right, self._lengths, self.threshold)
        # A new text of a large family is verified against its most held, earliest candidates.
        crowded[:known] = True
        priority = np.empty(n, dtype=np.int64)
        priority[np.lexsort((holders.first, -self._weights))] = np.arange(n)
        return _verify_families(self._forms, left, right, self._lengths, self.threshold, share, crowded, priority)[0]

    def _merge(self, left: np.ndarray, right: np.ndarray, touched: set[int]) -> list[int]:
        """Join the components the new pairs link; the labels of every component that changed."""
        parent: dict[int, int] = {}

        def root(label: int) -> int:
            while parent.get(label, label) != label:
                label = parent[label] = parent.get(parent[label], parent[label])
            return label

        involved = touched.union(self._label[left].tolist(), self._label[right].tolist())
        members = self._members_of(involved)
        for a, b in zip(self._label[left].tolist(), self._label[right].tolist()):
            a, b = root(a), root(b)
            if a != b:
                parent[max(a, b)] = min(a, b)
        joined: dict[int, list[int]] = {}
        for label in involved:
            joined.setdefault(root(label), []).append(label)
        changed = []
        for labels in joined.values():
            keep = max(labels, key=lambda label: (len(members[label]), -label))
            if len(labels) > 1:
                self._label[np.concatenate([members[label] for label in labels])] = keep
            changed.append(keep)
        return changed

    def _subgraph(self, nodes: np.ndarray) -> sparse.csr_matrix:
        """Verified pairs among ``nodes`` (ascending), by position in ``nodes``."""
        fitted = nodes[nodes < self._graph.shape[0]]  # a prefix: nodes are sorted
        graph = self._graph
        positions, rows = range_positions(graph.indptr[fitted], graph.indptr[fitted + 1])
        # A pair leaves ``nodes`` only towards a removed text: keep the pairs inside.
        neighbours = graph.indices[positions]
        inside = np.isin(neighbours, nodes)
        added = np.isin(self._added, nodes).all(axis=1)
        left, right = np.searchsorted(nodes, self._added[added, 0]), np.searchsorted(nodes, self._added[added, 1])
        scores = self._added_scores[added]
        graph = sparse.coo_matrix(
            (
                np.concatenate([graph.data[positions][inside], scores, scores]).astype(np.float64),
                (
                    np.concatenate([rows[inside], left, right]).astype(np.int64),
                    np.concatenate([np.searchsorted(nodes, neighbours[inside]), right, left]).astype(np.int64),
                ),
            ),
            shape=(len(nodes), len(nodes)),
        ).tocsr()
        graph.sort_indices()
        return graph

    def _cluster_component(self, nodes: np.ndarray, holders: _Holders) -> list:
        """(centre, members, similarities) of one component, as ``_cluster_distinct`` finds them."""
        size = len(nodes)
        if size == 1:
            return [(int(nodes[0]), nodes, np.ones(1))]
        texts, clauses = self._forms.texts, self._forms.sorted_clauses
        forms = ComparisonForms([texts[i] for i in nodes.tolist()], [clauses[i] for i in nodes.tolist()])
        graph = self._subgraph(nodes)
        one = _VerifiedGraph(sparse.triu(graph, k=1).tocoo().row, graph, 1, np.zeros(size, dtype=np.int64))
        return [
            (int(nodes[center]), nodes[members], sims)
            for center, members, sims in _cluster_distinct(
                forms, self._weights[nodes], self.threshold, one, holders.first[nodes], self._crowded[nodes]
            )
        ]

    def _members_of(self, labels: Collection[int]) -> dict[int, np.ndarray]:
        """The distinct texts still held (ascending) of each component of ``labels`` that has any."""
        nodes = np.flatnonzero(
            np.isin(self._label, np.fromiter(labels, dtype=np.int64, count=len(labels))) & self._alive
        )
        nodes = nodes[np.argsort(self._label[nodes], kind="stable")]
        starts = np.flatnonzero(np.r_[True, np.diff(self._label[nodes]) != 0]) if len(nodes) else nodes
        return dict(zip(self._label[nodes[starts]].tolist(), np.split(nodes, starts[1:])))

    def _place(self, found) -> None:
        """Note the groups ``found`` ((centre, members, similarities), as ``_cluster_distinct`` yields)."""
        for center, members, sims in found:
            self._center[members] = center
            self._similarity[members] = sims

    def _text_clusters(self, nodes: np.ndarray, holders: _Holders) -> Clusters:
        """The groups of the distinct texts ``nodes`` (whole groups) as groups of the texts holding them:
        the canonical text first (the most common exact wording of the centre, the first of equals),
        then the centre's other texts, then the others by similarity and where they first occur."""
        position, node = holders.of(nodes)
        center = self._center[node]
        centers = distinct_sorted(center)
        is_canonical = position == self._canonical(centers, holders)[np.searchsorted(centers, center)]
        similarity, off_center = self._similarity[node], node != center
        order = np.lexsort((position, holders.first[node], -similarity, off_center, ~is_canonical, center))
        position, center, off_center = position[order], center[order], off_center[order]
        scores = np.ones(len(order))
        scores[off_center] = rounded(similarity[order][off_center], 4)
        starts = np.flatnonzero(np.r_[True, center[1:] != center[:-1]]) if len(order) else np.zeros(0, np.int64)
        return Clusters(position, np.r_[starts, len(position)].astype(np.int64), scores)

    def _canonical(self, centers: np.ndarray, holders: _Holders) -> np.ndarray:
        """For each of ``centers``, the text holding its most common exact wording (of equals, the first)."""
        canonical = holders.first[centers]
        shared = centers[np.diff(holders.starts)[centers] > 1]
        if not len(shared):
            return canonical
        position, center = holders.of(shared)
        wording = self._wordings[position]
        order = np.lexsort((position, wording, center))
        position, wording, center = position[order], wording[order], center[order]
        starts = np.flatnonzero(np.r_[True, (center[1:] != center[:-1]) | (wording[1:] != wording[:-1])])
        count = np.diff(np.r_[starts, len(order)])
        first, owner = position[starts], center[starts]  # each wording's first text, and its centre
        best = np.lexsort((first, -count, owner))
        best = best[np.r_[True, owner[best][1:] != owner[best][:-1]]]
        canonical[np.searchsorted(centers, owner[best])] = first[best]
        return canonical

    def cluster_columns(self) -> Clusters:
        """Every group, largest first, as columns (``groups_from_clusters`` takes them)."""
        return self._text_clusters(np.flatnonzero(self._alive), self._holdings()).largest_first()

    def clusters(self) -> list[TextCluster]:
        """Every group, largest first: what ``cluster_texts`` gives for the texts so far."""
        return _cluster_list(self.cluster_columns())

    def pairs(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Every verified pair (i < j) of distinct comparison texts, with its similarity."""
        fitted = sparse.triu(self._graph, k=1).tocoo()
        left = np.concatenate([fitted.row, self._added[:, 0]]).astype(np.int64)
        right = np.concatenate([fitted.col, self._added[:, 1]]).astype(np.int64)
        scores = np.concatenate([fitted.data, self._added_scores]).astype(np.float64)
        alive = self._alive[left] & self._alive[right]
        left, right, scores = left[alive], right[alive], scores[alive]
        order = np.lexsort((right, left))
        return left[order], right[order], scores[order]


@dataclass(frozen=True)
class _Holders:
    """The texts holding each distinct text, ascending: distinct text k's are
    ``by_text[starts[k]:starts[k + 1]]``."""

    by_text: np.ndarray
    starts: np.ndarray
    texts: int  # all texts, removed ones included

    @functools.cached_property
    def first(self) -> np.ndarray:
        """Each distinct text's first holder (``texts`` for one no longer held)."""
        first = np.full(len(self.starts) - 1, self.texts, dtype=np.int64)
        held = np.flatnonzero(np.diff(self.starts) > 0)
        first[held] = self.by_text[self.starts[held]]
        return first

    def of(self, nodes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The texts holding ``nodes``, node by node, and the node each holds."""
        at, owner = range_positions(self.starts[nodes], self.starts[nodes + 1])
        return self.by_text[at], nodes[owner]


def _cluster_list(clusters: Clusters) -> list[TextCluster]:
    """Clusters as ``TextCluster``s."""
    positions, similarities = clusters.positions.tolist(), clusters.similarities.tolist()
    bounds = clusters.starts.tolist()
    return [
        TextCluster(positions[start], tuple(positions[start:stop]), tuple(similarities[start:stop]))
        for start, stop in zip(bounds[:-1], bounds[1:])
    ]


class LibraryGroups:
    """The library's groups, kept in step with the store by block id: blocks new since the last
    ``update`` are added to the index, blocks gone are removed from it; nothing is rebuilt. It holds
    the blocks' ids only (a column): their texts are in the index, and the rest of a block is read
    when a group of it is made.

    An update changes the index in place (a copy of an index of 100 000 blocks costs more than the
    update itself). Whoever shares one object serialises updates and reads with a lock, and what a
    reader keeps is the groups of a revision (``groups``: a new ``GroupList``), never the index. A failed
    update (say, memory) leaves no half-updated index behind: the object starts again empty, so
    the next ``update`` builds the index from the blocks; the error is raised once to the caller.
    """

    def __init__(self, *, threshold: float = DEFAULT_THRESHOLD):
        self.index = NearDuplicateIndex(threshold=threshold)
        self.ids = np.zeros(0, dtype=np.int64)  # block id by position in the index; -1 once removed
        self.last_update = "unchanged"

    def update(self, ids: Sequence[int], read: Callable[[Collection[int]], Sequence[StoredBlock]]) -> str:
        """Bring the index to the blocks ``ids`` (the library's, in its order), the new ones read by id
        with ``read``: "built" (the first blocks), "added", "removed", "changed" (both) or "unchanged"."""
        ids = np.asarray(ids, dtype=np.int64)
        gone = np.flatnonzero((self.ids >= 0) & ~np.isin(self.ids, ids))
        new = ids[~np.isin(ids, self.ids)]
        if len(gone) or len(new):
            text_of = {b.id: b.text for b in read(set(new.tolist()))}
            texts = [text_of[block_id] for block_id in new.tolist()]
            try:
                if len(self.index):
                    if len(gone):
                        self.index.remove(gone.tolist())
                    if texts:
                        self.index.add(texts)
                else:
                    self.index = NearDuplicateIndex(threshold=self.index.threshold).fit(texts)
            except BaseException:
                self.__init__(threshold=self.index.threshold)
                raise
            self.ids[gone] = -1
            self.ids = np.concatenate([self.ids, new])
        if len(new) and len(self.index) == len(new):
            self.last_update = "built"
        else:
            self.last_update = {(1, 1): "changed", (1, 0): "removed", (0, 1): "added"}.get(
                (int(len(gone) > 0), int(len(new) > 0)), "unchanged"
            )
        return self.last_update

    def groups(
        self, known: GroupList | None = None, read: Callable[[Collection[int]], Sequence[StoredBlock]] | None = None
    ) -> GroupList:
        """The groups, most repeated first (as ``build_groups`` numbers them); ``known``: the groups
        of an earlier revision, whose members' fields are taken rather than ``read``
        (``groups_from_clusters``)."""
        return groups_from_clusters(self.ids, self.index.cluster_columns(), known, read)
