"""Near-duplicate groups: the boilerplate map of a library.

A drafter's 500 paragraphs are about 50 pieces of text copied many times with small changes.
Finding them is three steps, kept apart because no single similarity both scales and judges well:

1. Candidates: each text's sketch of rare character 5-gram shingles (3-grams for short texts,
   which have too few 5-grams), ``RarestShingles``; pairs sharing enough of their sketch
   (``MIN_SHARED_FRACTION``) are candidates. Near-linear in the library, where the all-pairs
   product of TF-IDF vectors grows with its square.
2. Verification: the normalised Indel similarity of the comparison texts, or of the same texts
   with their clauses sorted, whichever is higher, so swapped clauses cost nothing. Copies with
   edits keep a high Indel similarity where n-gram cosine drops (the benchmark shows it).
3. Groups: connected components of verified pairs, split where they chain: the member most
   similar to all others is the canonical text; members that do not reach it at
   ``threshold - CHAIN_MARGIN`` leave the group and are grouped again among themselves.

Texts are compared in ``comparison_text`` form (no punctuation, years, numbers or blanks), so
list markers (kept outside the text) and placeholder differences do not count. Very short texts
group only when their comparison texts are equal.
"""
from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import Indel
from scipy import sparse
from scipy.sparse.csgraph import connected_components

from .errors import InputError
from .index import ComparisonForms, RarestShingles, bigram_bags, comparison_forms
from .models import Group, GroupMember
from .store import StoredBlock

DEFAULT_THRESHOLD = 0.7   # chosen from benchmarks/bench_groups.py, see the README
CHAIN_MARGIN = 0.1        # a member must reach its group's canonical text at threshold - margin
MIN_FUZZY_CHARS = 6       # shorter comparison texts group only when equal
MIN_LENGTH_RATIO = 0.5    # a heading is not a near-duplicate of a paragraph that contains it
# In a short text two changed characters make a different item (办理职工安康保险 and
# 办理职工子女保险 are 0.75 similar): a pair whose shorter comparison text has at most N
# characters needs similarity S.
SHORT_PAIR_RULES = ((10, 0.8), (20, 0.75))
SHINGLE_K = 5
SHORT_SHINGLE_K = 3
SHORT_CHARS = 24          # texts up to this long are also sketched with 3-grams
SKETCH_SIZE = 32
MIN_SHARED_FRACTION = 0.15  # of the smaller sketch
FULL_MATRIX_LIMIT = 300   # components up to this many distinct texts compare all their pairs


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

def _similarities(forms: ComparisonForms, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Similarity of text ``left[k]`` and text ``right[k]`` for each k: see ``similarity``."""
    if len(left) == 0:
        return np.zeros(0, dtype=np.float64)
    texts, clauses = forms.texts, forms.sorted_clauses
    direct = process.cpdist([texts[i] for i in left], [texts[j] for j in right],
                            scorer=Indel.normalized_similarity, workers=-1)
    reordered = process.cpdist([clauses[i] for i in left], [clauses[j] for j in right],
                               scorer=Indel.normalized_similarity, workers=-1)
    aligned = np.maximum(direct, reordered).astype(np.float64)
    needed = np.unique(np.concatenate([left, right]))
    bags = bigram_bags([texts[i] for i in needed])
    left_bags = [bags[k] for k in np.searchsorted(needed, left)]
    right_bags = [bags[k] for k in np.searchsorted(needed, right)]
    shared = process.cpdist(left_bags, right_bags, scorer=Indel.normalized_similarity, workers=-1)
    shared = np.where([not (a and b) for a, b in zip(left_bags, right_bags)], 0.0, shared)
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

def _sketch_pairs(texts: Sequence[str], k: int) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (i < j) of ``texts`` that share at least MIN_SHARED_FRACTION of the smaller sketch."""
    sketch = RarestShingles(k=k, per_text=SKETCH_SIZE).fit_transform(texts)
    shared = sparse.triu(sketch @ sketch.T, k=1).tocoo()
    size = np.diff(sketch.indptr)
    smaller = np.maximum(np.minimum(size[shared.row], size[shared.col]), 1)
    keep = shared.data >= MIN_SHARED_FRACTION * smaller
    return shared.row[keep].astype(np.int64), shared.col[keep].astype(np.int64)


def candidate_pairs(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (i < j) of comparison texts worth verifying: distinct texts assumed, short ones skipped."""
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    left, right = [], []
    for k, chosen in ((SHINGLE_K, np.flatnonzero(lengths >= MIN_FUZZY_CHARS)),
                      (SHORT_SHINGLE_K, np.flatnonzero((lengths >= MIN_FUZZY_CHARS) & (lengths <= SHORT_CHARS)))):
        if len(chosen) < 2:
            continue
        i, j = _sketch_pairs([texts[c] for c in chosen], k)
        left.append(chosen[i])
        right.append(chosen[j])
    if not left:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    key = np.unique(np.concatenate(left) * len(texts) + np.concatenate(right))
    left_all, right_all = key // len(texts), key % len(texts)
    shorter = np.minimum(lengths[left_all], lengths[right_all])
    longer = np.maximum(lengths[left_all], lengths[right_all])
    keep = shorter >= MIN_LENGTH_RATIO * longer
    return left_all[keep], right_all[keep]


def _verified_pairs(forms: ComparisonForms, threshold: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Candidate pairs of distinct comparison texts whose similarity reaches ``threshold``."""
    left, right = candidate_pairs(forms.texts)
    scores = _similarities(forms, left, right)
    lengths = np.fromiter(map(len, forms.texts), dtype=np.int64, count=len(forms.texts))
    keep = scores >= _required(threshold, np.minimum(lengths[left], lengths[right]))
    return left[keep], right[keep], scores[keep]


def near_duplicate_pairs(texts: Sequence[str], threshold: float = DEFAULT_THRESHOLD) -> list[tuple[int, int, float]]:
    """Every pair (i, j, similarity), i < j, of texts at least ``threshold`` similar, best first.

    Texts with equal comparison texts are pairs of similarity 1, however short.
    """
    _check_threshold(threshold)
    forms = comparison_forms(texts)
    distinct, form_of = _distinct(forms)
    holders: list[list[int]] = [[] for _ in range(len(distinct.texts))]
    for index, form in enumerate(form_of):
        holders[form].append(index)
    pairs = [(a, b, 1.0) for same in holders for n, a in enumerate(same) for b in same[n + 1:]]
    for f, g, score in zip(*_verified_pairs(distinct, threshold)):
        pairs.extend((min(a, b), max(a, b), float(score)) for a in holders[f] for b in holders[g])
    return sorted(pairs, key=lambda p: (-p[2], p[0], p[1]))


def _distinct(forms: ComparisonForms) -> tuple[ComparisonForms, np.ndarray]:
    """The distinct comparison texts (first occurrence order) and, for each text, its distinct index."""
    index: dict[str, int] = {}
    form_of = np.fromiter((index.setdefault(text, len(index)) for text in forms.texts),
                          dtype=np.int64, count=len(forms.texts))
    _, first = np.unique(form_of, return_index=True)
    return ComparisonForms([forms.texts[i] for i in first], [forms.sorted_clauses[i] for i in first]), form_of


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


def _split_by_center(similarity_matrix: np.ndarray, weights: np.ndarray, lengths: np.ndarray, threshold: float):
    """Groups of a small component, given all its pairwise similarities (local indices)."""
    required = _required(threshold, np.minimum.outer(lengths, lengths))
    pending = [np.arange(len(weights))]
    while pending:
        nodes = pending.pop()
        if len(nodes) == 1:
            yield nodes[0], nodes, np.ones(1)
            continue
        block = similarity_matrix[np.ix_(nodes, nodes)]
        local_weights = weights[nodes]
        total = block @ local_weights - 1.0  # each text's similarity to every other block
        center = max(range(len(nodes)), key=lambda c: (round(float(total[c]), 9), local_weights[c], -nodes[c]))
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


def _cluster_distinct(forms: ComparisonForms, weights: np.ndarray, threshold: float):
    """(center, members, similarities) over distinct comparison texts weighted by their counts."""
    n = len(forms.texts)
    lengths = np.fromiter(map(len, forms.texts), dtype=np.int64, count=n)
    left, right, scores = _verified_pairs(forms, threshold)
    graph = sparse.coo_matrix((scores, (left, right)), shape=(n, n)).tocsr()
    graph = (graph + graph.T).tocsr()
    count, label = connected_components(graph, directed=False)
    size = np.bincount(label, minlength=count)
    edges = np.bincount(label[left], minlength=count)

    # A component whose pairs are all verified cannot chain: its centre is read off the graph.
    # (Most components are such cliques; the others compare all their pairs.)
    total = graph @ weights + weights - 1.0
    order = np.lexsort((np.arange(n), -weights, -np.round(total, 9), label))
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
        members = nodes[by_label[bounds[k]:bounds[k + 1]]]
        yield center_of[component], members, sims[by_label[bounds[k]:bounds[k + 1]]]

    member_order = np.argsort(label, kind="stable")
    starts = np.r_[0, np.cumsum(size)]
    others = [member_order[starts[c]:starts[c + 1]] for c in np.flatnonzero(~clique)]
    small = [c for c in others if len(c) <= FULL_MATRIX_LIMIT]
    pairs = [_upper_pairs(len(c)) for c in small]
    small_scores = _similarities(
        forms,
        np.concatenate([c[i] for c, (i, _) in zip(small, pairs)] or [np.zeros(0, dtype=np.int64)]),
        np.concatenate([c[j] for c, (_, j) in zip(small, pairs)] or [np.zeros(0, dtype=np.int64)]),
    )
    offsets = np.cumsum([0] + [len(i) for i, _ in pairs])
    for k, component in enumerate(small):
        matrix = _full_matrix(forms, component, small_scores[offsets[k]:offsets[k + 1]])
        for center, members, member_sims in _split_by_center(matrix, weights[component], lengths[component], threshold):
            yield component[center], component[members], member_sims
    for component in others:
        if len(component) > FULL_MATRIX_LIMIT:
            yield from _split_large(forms, graph, component, weights, lengths, threshold)


@functools.lru_cache(maxsize=512)
def _upper_pairs(size: int) -> tuple[np.ndarray, np.ndarray]:
    return np.triu_indices(size, k=1)


def _split_large(forms: ComparisonForms, graph: sparse.csr_matrix, nodes: np.ndarray,
                 weights: np.ndarray, lengths: np.ndarray, threshold: float):
    """Groups of a component too large to compare all pairs: centre by weighted verified degree."""
    pending = [nodes]
    while pending:
        nodes = pending.pop()
        if len(nodes) <= FULL_MATRIX_LIMIT:
            matrix = _full_matrix(forms, nodes)
            for center, members, sims in _split_by_center(matrix, weights[nodes], lengths[nodes], threshold):
                yield nodes[center], nodes[members], sims
            continue
        degree = np.asarray(graph[nodes][:, nodes] @ weights[nodes]).ravel() + weights[nodes]
        center = nodes[np.lexsort((nodes, -weights[nodes], -degree))[0]]
        sims = _similarities(forms, np.full(len(nodes), center), nodes)
        required = _required(threshold, np.minimum(lengths[center], lengths[nodes])) - CHAIN_MARGIN
        close = (sims >= required) & (nodes != center)
        yield center, np.concatenate([[center], nodes[close]]), np.concatenate([[1.0], sims[close]])
        rest = nodes[~close & (nodes != center)]
        if len(rest):
            pending.extend(_components(graph, rest))


def cluster_texts(texts: Sequence[str], *, threshold: float = DEFAULT_THRESHOLD) -> list[TextCluster]:
    """Near-duplicate groups of ``texts`` (every text in exactly one), largest first."""
    _check_threshold(threshold)
    if not texts:
        return []
    forms = comparison_forms(texts)
    distinct, form_of = _distinct(forms)
    weights = np.bincount(form_of, minlength=len(distinct.texts)).astype(np.float64)
    holders: list[list[int]] = [[] for _ in range(len(distinct.texts))]
    for index, form in enumerate(form_of):
        holders[form].append(index)

    clusters = []
    for center, members, sims in _cluster_distinct(distinct, weights, threshold):
        # The canonical text: the most common exact wording of the central comparison text.
        wording = Counter(texts[i] for i in holders[center])
        best = max(wording.values())
        canonical = next(i for i in holders[center] if wording[texts[i]] == best)
        order = sorted(zip(members, sims), key=lambda fs: (fs[0] != center, -fs[1], holders[fs[0]][0]))
        member_list, similarity_list = [canonical], [1.0]
        for form, score in order:
            for index in holders[form]:
                if index != canonical:
                    member_list.append(index)
                    similarity_list.append(1.0 if form == center else round(float(score), 4))
        clusters.append(TextCluster(canonical, tuple(member_list), tuple(similarity_list)))
    clusters.sort(key=lambda c: (-len(c.members), min(c.members)))
    return clusters


def build_groups(blocks: Sequence[StoredBlock], *, threshold: float = DEFAULT_THRESHOLD) -> list[Group]:
    """The library's blocks as near-duplicate groups, most repeated first; a block copied
    nowhere is a group of one."""
    clusters = cluster_texts([b.text for b in blocks], threshold=threshold)
    groups = []
    for cluster in clusters:
        canonical = blocks[cluster.canonical]
        members = tuple(
            GroupMember(b.id, b.document_id, b.document_title, b.file_name, b.type, b.marker, b.text, score)
            for b, score in ((blocks[i], s) for i, s in zip(cluster.members, cluster.similarity))
        )
        types = Counter(m.type for m in members)
        top = max(types.values())
        group_type = canonical.type if types[canonical.type] == top else next(t for t, c in types.items() if c == top)
        groups.append((cluster, Group(0, canonical.text, group_type, members)))
    groups.sort(key=lambda cg: (-cg[1].count, -cg[1].documents, min(cg[0].members)))
    return [Group(n, g.canonical_text, g.type, g.members) for n, (_, g) in enumerate(groups, start=1)]
