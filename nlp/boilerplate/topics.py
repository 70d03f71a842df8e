"""Topics over the library's distinct texts, and the outliers that fit none of them.

Method
    One distinct text per near-duplicate group (its canonical text) is a document of word
    TF-IDF from jieba tokens (the Segmenter's content words). Words found in more than
    ``TOPIC_MAX_DF`` of the distinct texts (工会, 职工, 活动, 医院 on the seeds) are left out of
    the topic vectors: they are in every topic and tell none apart. The rows are reduced by LSA
    (truncated SVD, ``LSA_DIMS`` components) and L2-normalised, and k-means clusters them.

Choosing the number of topics
    For every k in ``K_RANGE`` the mean cosine silhouette of the k-means clustering is
    measured. On plan text it keeps rising with k, because more clusters split the library
    into families of paraphrases, so its maximum is no answer (on the seeds it sits at the top
    of any range tried). The chosen k is the knee of the curve up to its maximum (Kneedle:
    Satopää et al. 2011): the k where the silhouette, scaled to [0, 1] over the range, stands
    highest above the straight line from its first to its best value, i.e. where more topics
    stop paying. A clear interior maximum is never passed. The user may name k instead.

Labels
    The 3-5 words of highest class-based TF-IDF (``class_keywords``) among the topic words;
    the 4th and 5th only if they weigh at least ``LABEL_RELATIVE_WEIGHT`` of the first. The
    centroid's heaviest words were tried first: they name the big mixed topic with words every
    topic uses (发展 · 精神 · 服务). Tokens are content words already (no stopwords, numbers or
    placeholders).

Outliers
    A text is flagged when it occurs once in the library, resembles its topic less than
    ``OUTLIER_CENTROID_SIMILARITY`` and every other distinct text less than
    ``OUTLIER_NEIGHBOUR_SIMILARITY`` (cosine of full-vocabulary TF-IDF, the common words
    included, so a paragraph about the union still resembles the others), and few of its
    words (under ``OUTLIER_MAX_COMMON_SHARE``) are words the library uses widely: a stray
    page pasted into a downloaded plan, such as a lab note on a colloid mill.

Headings shorter than ``MIN_CLUSTER_CHARS`` and month-schedule headings do not shape the
topics; afterwards they join the nearest topic when they resemble it enough, else none.

The map
    Linear projections (SVD, PCA) of the texts to 2-D mix all topics into one cloud (the
    silhouette of the topics on such a map is below zero on the seeds). Instead each topic gets
    an anchor on a circle, ordered so that similar topics sit side by side, and each text sits
    at the average of the anchors weighted by its likeness to each topic (``map_coordinates``).

A library that grows
    A build keeps what it learnt (``TopicIndex``: the topic words and their IDF, the LSA
    components, the k-means centres and TF-IDF centroids, the labels, and where each distinct
    text was placed). After an import, ``grow_topics`` places only the texts it has not seen: a
    text that shapes topics joins the topic of the nearest k-means centre in LSA space (what
    k-means itself would assign), a short heading the nearest TF-IDF centroid it resembles enough,
    as in a build; topics keep their numbers and labels, and texts placed before keep their
    topics. New texts are not tested as outliers (that needs the whole library): the next build
    does. A build is due (``needs_rebuild``) when the library has changed by more than
    ``REBUILD_SHARE`` of its blocks, or of its distinct texts, since the last one; the user may
    ask for one at any time. ``TopicMap.built_at`` says when the topics were last built.

Pure: groups and tokens in, a TopicMap out; the store and the segmenter stay at the edges.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import numpy as np
from scipy import sparse
from threadpoolctl import threadpool_limits

from nlp.boilerplate.grouplist import GroupList, text_keys
from nlp.errors import InputError
from nlp.library.markers import month_schedule
from nlp.models import Group, Topic, TopicMap, TopicPoint
from nlp.ngrams import distinct_sorted, read_only

# scikit-learn is imported by the functions that use it: importing it takes 1.7 s of CPU, which
# every CLI command and every worker process importing this module would pay up front.
if TYPE_CHECKING:
    from sklearn.cluster import KMeans
    from sklearn.feature_extraction.text import TfidfVectorizer

MIN_CLUSTER_CHARS = 8  # shorter headings ("3月份", "活动安排") join a topic afterwards
TOPIC_MAX_DF = 0.2  # words in more distinct texts than this share shape no topic
MIN_TEXTS_FOR_MAX_DF = 30  # a smaller library keeps all its words
LSA_DIMS = 30  # at least the number of topics asked for; on the seeds 30 gave the
# most distinct topics, 50-100 catch-alls, 20 too few (9) topics
K_RANGE = (4, 20)  # where the number of topics is chosen
MAX_TOPICS = 60  # a user override beyond this is refused
CHOOSE_SAMPLE = 5000  # k is chosen on at most this many texts (then fitted on all)
SILHOUETTE_SAMPLE = 3000  # silhouette is quadratic in the texts it scores
N_INIT = 4
LABEL_WORDS = (3, 5)  # a label has this many keywords
LABEL_RELATIVE_WEIGHT = 0.4  # a 4th/5th keyword must weigh this share of the first one
ASSIGN_MIN_SIMILARITY = 0.1  # a short heading joins its nearest topic from this cosine on
OUTLIER_CENTROID_SIMILARITY = 0.2
OUTLIER_NEIGHBOUR_SIMILARITY = 0.2
OUTLIER_MAX_COMMON_SHARE = 0.3
COMMON_WORD_DF = 0.01  # a word in this share of the distinct texts is one the library uses widely
MAP_TEMPERATURE = 0.05
RANDOM_STATE = 0
REBUILD_SHARE = 0.2  # topics are built again once the library changed by this share since the last build


def pre_tokenized(tokens: list[str]) -> list[str]:
    """TfidfVectorizer analyzer for documents that are already token lists (picklable by name)."""
    return tokens


def clusterable(group: Group) -> bool:
    """Short headings and month-schedule headings do not shape topics; they join one later."""
    return _clusterable(group.canonical_text, group.type)


def _clusterable(canonical_text: str, group_type: str) -> bool:
    text = canonical_text.strip()
    if month_schedule(text):
        return False
    return not (group_type == "heading" and len(text) < MIN_CLUSTER_CHARS)


def _tfidf(documents: Sequence[list[str]], *, max_df: float = 1.0) -> tuple[TfidfVectorizer | None, sparse.csr_matrix]:
    """Fitted vectorizer and L2-normalised rows; (None, empty) when no word qualifies."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer(analyzer=pre_tokenized, sublinear_tf=True, max_df=max_df)
    try:
        return vectorizer, vectorizer.fit_transform(documents).tocsr()
    except ValueError:  # no words at all, or none left after max_df
        return None, sparse.csr_matrix((len(documents), 0))


def _lsa(matrix: sparse.csr_matrix, dims: int, random_state: int) -> tuple[np.ndarray, np.ndarray | None]:
    """LSA rows, L2-normalised, and the components that reduce a TF-IDF row to one (None: the
    TF-IDF rows themselves, when there are too few to reduce)."""
    from sklearn.decomposition import TruncatedSVD
    from sklearn.preprocessing import normalize

    dims = min(dims, matrix.shape[1] - 1, matrix.shape[0] - 1)
    if dims < 2:
        return normalize(matrix.toarray()), None
    svd = TruncatedSVD(n_components=dims, random_state=random_state)
    with threadpool_limits(limits=1):  # one BLAS thread: see _kmeans (1.1 CPU-s against 0.06 on 2 000 x 6 000)
        reduced = svd.fit_transform(matrix)
    return normalize(reduced), svd.components_


def _kmeans(vectors: np.ndarray, k: int, random_state: int) -> KMeans:
    from sklearn.cluster import KMeans

    # One thread: on a few thousand rows OpenMP's start-up and contention cost 40x the work
    # (measured on 2 busy cores: 7.8 s against 0.19 s for the whole k range on the seeds). The
    # limit is set after scikit-learn is imported, so that it reaches the thread pools it loads.
    with threadpool_limits(limits=1):
        return KMeans(n_clusters=k, n_init=N_INIT, random_state=random_state).fit(vectors)


def silhouette_curve(
    vectors: np.ndarray, k_range: tuple[int, int] = K_RANGE, *, random_state: int = RANDOM_STATE
) -> dict[int, float]:
    """Mean cosine silhouette of k-means for each k of ``k_range`` the data allows."""
    from sklearn.metrics import silhouette_score

    n = len(vectors)
    if n > CHOOSE_SAMPLE:
        rows = np.random.default_rng(random_state).choice(n, CHOOSE_SAMPLE, replace=False)
        vectors, n = vectors[np.sort(rows)], CHOOSE_SAMPLE
    low, high = max(k_range[0], 2), min(k_range[1], n - 1)
    scores: dict[int, float] = {}
    for k in range(low, high + 1):
        labels = _kmeans(vectors, k, random_state).labels_
        if len(set(labels)) < 2:
            continue
        with threadpool_limits(limits=1):  # its distances are BLAS products: see _kmeans
            silhouette = silhouette_score(
                vectors, labels, metric="cosine", sample_size=min(n, SILHOUETTE_SAMPLE), random_state=random_state
            )
        scores[k] = float(silhouette)
    return scores


def knee(scores: Mapping[int, float]) -> int:
    """The k where a rising score curve bends (Kneedle), never past its maximum. The curve is smoothed first, each
    score the mean of it and its neighbours, as Kneedle asks: a silhouette curve that rises almost evenly has bumps
    of a few thousandths, and unsmoothed the knee jumps between them (7 or 12 topics for the seeds as one paragraph
    of them parses one way or the other)."""
    ks = sorted(scores)
    best = max(ks, key=lambda k: (scores[k], -k))
    ks = [k for k in ks if k <= best]
    if len(ks) < 3:
        return best
    raw = np.array([scores[k] for k in ks])
    y = np.convolve(np.pad(raw, 1, mode="edge"), np.ones(3) / 3, mode="valid")
    if y.max() == y.min():
        return ks[0]
    y = (y - y.min()) / (y.max() - y.min())
    x = np.linspace(0.0, 1.0, len(ks))
    gain = y - x
    return ks[int(np.argmax(gain))] if gain.max() > 0 else best


def choose_n_topics(vectors: np.ndarray, *, random_state: int = RANDOM_STATE) -> tuple[int, dict[int, float]]:
    """The number of topics for these (LSA) vectors, and the silhouette of every k tried."""
    n = len(vectors)
    if n <= K_RANGE[0]:
        return min(n, 2), {}
    scores = silhouette_curve(vectors, random_state=random_state)
    if not scores:
        return min(K_RANGE[0], n), scores
    return knee(scores), scores


def class_keywords(documents: Sequence[list[str]], labels: np.ndarray, k: int) -> list[tuple[str, ...]]:
    """The 3-5 words that best tell each cluster apart: class-based TF-IDF.

    Each cluster's texts are pooled into one document; a word weighs its frequency in the
    pool times ``log(1 + A / f)``, A the mean pool size in words and f the word's frequency
    in all pools (BERTopic's c-TF-IDF). Words every cluster uses (不断, 全年) sink.
    """
    vocabulary: dict[str, int] = {}
    rows, columns = [], []
    for words, label in zip(documents, labels):
        for word in words:
            rows.append(label)
            columns.append(vocabulary.setdefault(word, len(vocabulary)))
    if not vocabulary:
        return [() for _ in range(k)]
    counts = sparse.csr_matrix((np.ones(len(rows)), (rows, columns)), shape=(k, len(vocabulary))).toarray()
    pool_sizes = counts.sum(axis=1, keepdims=True)
    frequency = counts.sum(axis=0)
    weight = counts / np.maximum(pool_sizes, 1) * np.log1p(pool_sizes.mean() / frequency)
    words = np.array(list(vocabulary), dtype=object)
    low, high = LABEL_WORDS
    keywords = []
    for row in weight:
        order = np.lexsort((words, -row))[:high]
        chosen = [
            str(words[c])
            for i, c in enumerate(order)
            if row[c] > 0 and (i < low or row[c] >= LABEL_RELATIVE_WEIGHT * row[order[0]])
        ]
        keywords.append(tuple(chosen))
    return keywords


def _cluster_means(rows: sparse.csr_matrix, labels: np.ndarray, k: int) -> np.ndarray:
    """The L2-normalised mean row of each cluster (zeros for an empty one)."""
    from sklearn.preprocessing import normalize

    sizes = np.bincount(labels, minlength=k).astype(float)
    indicator = sparse.csr_matrix((1.0 / sizes[labels], (labels, np.arange(len(labels)))), shape=(k, len(labels)))
    return normalize(np.asarray((indicator @ rows).todense()))


def _cosine_to_own_centroid(rows: sparse.csr_matrix, centroids: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Cosine of each (L2-normalised) row with the (L2-normalised) centroid of its cluster."""
    cosines = np.zeros(rows.shape[0])
    for cluster, centroid in enumerate(centroids):
        members = np.flatnonzero(labels == cluster)
        if len(members):
            cosines[members] = rows[members] @ centroid
    return cosines


def _max_neighbour_similarity(full: sparse.csr_matrix, rows: np.ndarray) -> np.ndarray:
    """For each row index, the highest cosine with any *other* row of ``full``."""
    best = np.zeros(len(rows))
    for start in range(0, len(rows), 512):
        chunk = rows[start : start + 512]
        sims = (full[chunk] @ full.T).tocoo()
        other = sims.col != chunk[sims.row]
        np.maximum.at(best[start : start + len(chunk)], sims.row[other], sims.data[other])
    return best


def _common_share(documents: Sequence[list[str]], rows: np.ndarray) -> np.ndarray:
    """Share of each row's tokens that are words many distinct texts use."""
    frequency: dict[str, int] = {}
    for words in documents:
        for word in set(words):
            frequency[word] = frequency.get(word, 0) + 1
    floor = max(2, COMMON_WORD_DF * len(documents))
    shares = []
    for i in rows:
        words = documents[i]
        shares.append(sum(frequency[w] - 1 >= floor for w in words) / len(words) if words else 0.0)
    return np.array(shares)


def _outlier_rows(
    groups: Sequence[Group], documents: Sequence[list[str]], shaping: np.ndarray, labels: np.ndarray, k: int
) -> set[int]:
    """Rows of ``shaping`` that are outliers (see the module docstring), in the full vocabulary."""
    _, full = _tfidf(documents)
    fit = _cosine_to_own_centroid(full[shaping], _cluster_means(full[shaping], labels, k), labels)
    counts = np.array([groups[i].count for i in shaping])
    suspects = np.flatnonzero((counts == 1) & (fit < OUTLIER_CENTROID_SIMILARITY))
    if not len(suspects):
        return set()
    # The word test first: it is linear, and leaves the few texts worth a neighbour search,
    # which costs a product with the library per text.
    suspects = suspects[_common_share(documents, shaping[suspects]) < OUTLIER_MAX_COMMON_SHARE]
    neighbour = _max_neighbour_similarity(full, shaping[suspects])
    return {int(row) for row, near in zip(suspects, neighbour) if near < OUTLIER_NEIGHBOUR_SIMILARITY}


Placed = tuple[int | None, tuple[float, float] | None]  # a text's topic id and map point (None: none)


def _group_columns(groups: Sequence[Group]) -> tuple[np.ndarray, np.ndarray]:
    """Each group's id and member count, as int64 arrays (a ``GroupList``'s read from its columns)."""
    if isinstance(groups, GroupList):
        return groups.ids.astype(np.int64), groups.counts.astype(np.int64)
    ids = np.fromiter((g.id for g in groups), dtype=np.int64, count=len(groups))
    return ids, np.fromiter((g.count for g in groups), dtype=np.int64, count=len(groups))


def _group_keys(groups: Sequence[Group]) -> np.ndarray:
    if isinstance(groups, GroupList):  # hashed from its UTF-8 column, once per list
        return groups.canonical_keys
    return text_keys([g.canonical_text for g in groups])


@dataclass(frozen=True, eq=False)
class TopicPoints(Sequence):
    """The map's points as columns, a ``Sequence[TopicPoint]`` equal to the tuple of them: a point
    is made when one is asked for. A map holds one per group (47 000 at 100 000 blocks), made anew
    for every import (``grow_topics``), while the page draws 3 000 of them, chosen by the columns."""

    group_ids: np.ndarray  # int64
    xy: np.ndarray  # (n, 2) float64
    topic_ids: np.ndarray  # int64; -1 for none

    @classmethod
    def of(cls, points: Sequence[TopicPoint]) -> TopicPoints:
        """``points`` as columns (themselves when they are)."""
        if isinstance(points, TopicPoints):
            return points
        return cls(
            np.array([p.group_id for p in points], dtype=np.int64),
            np.array([(p.x, p.y) for p in points], dtype=np.float64).reshape(-1, 2),
            np.array([-1 if p.topic_id is None else p.topic_id for p in points], dtype=np.int64),
        )

    def __len__(self) -> int:
        return len(self.group_ids)

    def __getitem__(self, index):
        if isinstance(index, (slice, np.ndarray)):  # a slice, positions or a mask: columns too
            return TopicPoints(self.group_ids[index], self.xy[index], self.topic_ids[index])
        x, y = self.xy[index].tolist()
        topic = int(self.topic_ids[index])
        return TopicPoint(int(self.group_ids[index]), x, y, None if topic < 0 else topic)

    def __iter__(self):
        for group_id, (x, y), topic in zip(self.group_ids.tolist(), self.xy.tolist(), self.topic_ids.tolist()):
            yield TopicPoint(group_id, x, y, None if topic < 0 else topic)

    def __eq__(self, other) -> bool:
        return isinstance(other, Sequence) and len(self) == len(other) and all(map(TopicPoint.__eq__, self, other))

    __hash__ = None


@dataclass(frozen=True)
class Placements:
    """Where texts were placed, by a hash of the text (``text_keys``): the texts themselves are
    not kept, they were most of a saved topic index at 100 000 paragraphs."""

    keys: np.ndarray  # ascending uint64
    topics: np.ndarray  # topic id, or -1 for none
    points: np.ndarray  # (n, 2); NaN for no point

    @classmethod
    def of(cls, placed: Mapping[str, Placed]) -> Placements:
        keys = text_keys(list(placed))
        topics = np.array([-1 if t is None else t for t, _ in placed.values()], dtype=np.int64)
        points = np.array([(np.nan, np.nan) if p is None else p for _, p in placed.values()], dtype=np.float64)
        order = np.argsort(keys, kind="stable")
        return cls(keys[order], topics[order], points.reshape(-1, 2)[order])

    def find(self, keys: np.ndarray) -> np.ndarray:
        """Each key's row, or -1 when it was never placed."""
        rows = np.minimum(np.searchsorted(self.keys, keys), max(len(self.keys) - 1, 0))
        found = (self.keys[rows] == keys) if len(self.keys) else np.zeros(len(keys), dtype=bool)
        return np.where(found, rows, -1)

    def at(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The topic (-1: none) and point (NaN: none) of each row of ``find``'s (-1: neither)."""
        if not len(self.keys):
            return np.full(len(rows), -1, dtype=np.int64), np.full((len(rows), 2), np.nan)
        found, rows = rows >= 0, np.maximum(rows, 0)
        return np.where(found, self.topics[rows], -1), np.where(found[:, None], self.points[rows], np.nan)

    def merged(self, other: Placements) -> Placements:
        """These placements and ``other``'s (``other``'s win)."""
        keys = np.concatenate([other.keys, self.keys])
        keys, first = np.unique(keys, return_index=True)  # the first: other's where both hold a key
        topics = np.concatenate([other.topics, self.topics])[first]
        return Placements(keys, topics, np.concatenate([other.points, self.points])[first])


@dataclass(frozen=True)
class TopicIndex:
    """A library's topic map and what its last build learnt, to place texts added since
    (``grow_topics``; see the module docstring). Arrays are by cluster of the build."""

    map: TopicMap
    words: dict[str, int]  # topic word -> column
    idf: np.ndarray
    components: np.ndarray | None  # TF-IDF row -> LSA row (None: no reduction)
    means: np.ndarray  # k-means centres in LSA space (a text joins the nearest, as in k-means)
    centres: np.ndarray  # the same, L2-normalised (the map's anchors)
    centroids: np.ndarray  # mean TF-IDF rows of the clusters, L2-normalised
    topic_of_cluster: tuple[int | None, ...]  # topic id of each cluster (None: a cluster of outliers only)
    keywords: dict[int, tuple[str, ...]]  # topic id -> label words
    placed: Placements  # where every text seen was placed
    outliers: np.ndarray  # ``text_keys`` of the texts found to be outliers, ascending
    built_blocks: int  # the library's blocks and distinct texts at the last build
    built_texts: int

    def __post_init__(self):
        # What the build learnt stays as it is until the next build (``grow_topics`` shares it):
        # contiguous and read-only, it is saved beside the store once (``nlp.library.saved``).
        for name in ("idf", "components", "means", "centres", "centroids"):
            learnt = getattr(self, name)
            if learnt is not None:
                object.__setattr__(self, name, read_only(np.ascontiguousarray(learnt)))

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self.__post_init__()  # read-only also when saved before it was

    def unseen(self, groups: Sequence[Group]) -> list[str]:
        """The canonical texts of ``groups`` this index has not placed yet."""
        return [groups[row].canonical_text for row in self._unseen_rows(groups).tolist()]

    def _unseen_rows(self, groups: Sequence[Group]) -> np.ndarray:
        """The positions in ``groups`` of the groups whose canonical text this index has not placed yet."""
        return np.flatnonzero(self.placed.find(_group_keys(groups)) < 0)

    def _vectors(self, documents: Sequence[Sequence[str]]) -> sparse.csr_matrix:
        """TF-IDF rows of token lists in the topic words, as the build's vectorizer gives them."""
        rows, columns = [], []
        for row, words in enumerate(documents):
            for word in words:
                column = self.words.get(word)
                if column is not None:
                    rows.append(row)
                    columns.append(column)
        counts = sparse.csr_matrix(
            (np.ones(len(rows)), (rows, columns)), shape=(len(documents), len(self.idf))
        )  # duplicates summed
        counts.data = (1.0 + np.log(counts.data)) * self.idf[counts.indices]
        return _unit_rows(counts)

    def _place(self, groups: Sequence[Group], documents: Sequence[Sequence[str]]) -> dict:
        """Where texts the build did not see go (``placed`` entries), as a build would put them
        (without scikit-learn: importing it would cost more than placing a file's texts)."""
        if not groups:
            return {}
        if not self.topic_of_cluster:  # the build found no topic words: no topics to join
            return {g.canonical_text: (None, None) for g in groups}
        vectors = self._vectors(documents)
        has_words = np.diff(vectors.indptr) > 0
        shaping = np.array([clusterable(g) for g in groups], dtype=bool) & has_words
        placed: dict[str, Placed] = {}
        rows = np.flatnonzero(shaping)
        if len(rows):
            reduced = vectors[rows] if self.components is None else _times_transposed(vectors[rows], self.components)
            lsa = _unit_rows(np.asarray(reduced.todense()) if sparse.issparse(reduced) else np.asarray(reduced))
            nearest = np.argmin(((lsa[:, None, :] - self.means[None, :, :]) ** 2).sum(axis=2), axis=1)
            for row, cluster, (x, y) in zip(rows, nearest, map_coordinates(lsa, self.centres)):
                point = (round(float(x), 4), round(float(y), 4))
                placed[groups[row].canonical_text] = (self.topic_of_cluster[cluster], point)
        rest = np.flatnonzero(~shaping)
        sims = _times_transposed(vectors[rest], self.centroids) if len(rest) else np.zeros((0, len(self.centroids)))
        for row, near in zip(rest, sims):
            best = int(np.argmax(near)) if documents[row] else 0
            joined = bool(documents[row]) and near[best] >= ASSIGN_MIN_SIMILARITY
            placed[groups[row].canonical_text] = (self.topic_of_cluster[best] if joined else None, None)
        return placed


def _times_transposed(vectors: sparse.csr_matrix, learnt: np.ndarray) -> np.ndarray:
    """``vectors @ learnt.T``, the same numbers, reading only the columns of ``learnt`` that ``vectors``
    uses: the product copies ``learnt.T`` whole (the LSA components at 100 000 blocks: 9.5 MB, the
    centroids 4.1, read from their mapped part files) for an import's few hundred words."""
    used = distinct_sorted(vectors.indices)
    compact = sparse.csr_matrix(
        (vectors.data, np.searchsorted(used, vectors.indices), vectors.indptr), shape=(vectors.shape[0], len(used))
    )
    return np.asarray(compact @ learnt[:, used].T)


def _unit_rows(matrix):
    """``matrix`` (dense, or sparse CSR) with each nonzero row scaled to unit length."""
    if sparse.issparse(matrix):
        norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
        return (sparse.diags(1.0 / np.where(norms == 0, 1.0, norms)) @ matrix).tocsr()
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1.0, norms)


def needs_rebuild(index: TopicIndex, groups: Sequence[Group]) -> bool:
    """Whether the library changed by more than ``REBUILD_SHARE`` of its blocks or distinct texts
    since ``index`` was built: grown, shrunk, or texts it never saw."""
    blocks = int(_group_columns(groups)[1].sum())
    share = REBUILD_SHARE * max(index.built_texts, 1)
    return abs(blocks - index.built_blocks) > REBUILD_SHARE * max(index.built_blocks, 1) or (
        len(index.unseen(groups)) > share or abs(len(groups) - index.built_texts) > share
    )


def grow_topics(index: TopicIndex, groups: Sequence[Group], tokens_by_text: Mapping[str, Sequence[str]]) -> TopicIndex:
    """``index`` brought to ``groups``: the texts it has not seen placed in its topics (see the
    module docstring); ``tokens_by_text`` needs to hold only those."""
    new = sorted((groups[row] for row in index._unseen_rows(groups).tolist()), key=lambda g: g.id)
    placed = index._place(new, [list(tokens_by_text.get(g.canonical_text, ())) for g in new])
    placed = index.placed.merged(Placements.of(placed)) if placed else index.placed
    topic_map = _assemble(
        groups, placed, index.outliers, index.keywords, index.map.auto_k, index.map.silhouette, index.map.built_at
    )
    return replace(index, map=topic_map, placed=placed)


def _assemble(
    groups: Sequence[Group],
    placed: Placements,
    outliers: np.ndarray,
    keywords: Mapping[int, tuple[str, ...]],
    auto_k: bool,
    silhouette: dict[int, float],
    built_at: str,
) -> TopicMap:
    """The topic map of ``groups`` from where each canonical text was placed: a text flagged as an
    outlier stays one while it occurs once; topics numbered as placed, members most frequent first."""
    ids, counts = _group_columns(groups)
    order = np.argsort(ids, kind="stable")
    ids, counts, keys = ids[order], counts[order], _group_keys(groups)[order]
    topic, point = placed.at(placed.find(keys))
    outlier = np.isin(keys, outliers) & (counts == 1)
    topic[outlier] = -1
    topic_ids = [None if t < 0 else t for t in topic.tolist()]
    assignments = dict(zip(ids.tolist(), topic_ids))
    drawn = np.flatnonzero(~np.isnan(point[:, 0]))
    points = TopicPoints(ids[drawn], point[drawn], topic[drawn])
    # Members of each topic, most frequent first: one sort by topic, occurrences and group id.
    joined = np.flatnonzero(topic >= 0)
    joined = joined[np.lexsort((ids[joined], -counts[joined], topic[joined]))]
    cuts = np.flatnonzero(np.diff(topic[joined])) + 1
    topics = []
    for members in np.split(joined, cuts) if len(joined) else []:
        topic_id = int(topic[members[0]])
        words = keywords[topic_id]
        topics.append(
            Topic(topic_id, " · ".join(words), words, tuple(ids[members].tolist()), int(counts[members].sum()))
        )
    return TopicMap(tuple(topics), tuple(ids[outlier].tolist()), assignments, points, auto_k, silhouette, built_at)


def check_n_topics(n_topics: int | None) -> None:
    """InputError unless ``n_topics`` is None (chosen) or a number of topics a user may ask for."""
    if n_topics is not None and not 1 <= n_topics <= MAX_TOPICS:
        raise InputError(f"主题数应在 1 到 {MAX_TOPICS} 之间")


def build_topics(
    groups: Sequence[Group],
    tokens_by_text: Mapping[str, Sequence[str]],
    *,
    n_topics: int | None = None,
    random_state: int = RANDOM_STATE,
) -> TopicMap:
    """Cluster the groups' canonical texts into labelled topics and flag the outliers.

    ``tokens_by_text`` holds the content words of each canonical text (``tokens_for``).
    ``n_topics`` None chooses the number of topics (see the module docstring).
    """
    return build_topic_index(groups, tokens_by_text, n_topics=n_topics, random_state=random_state).map


def build_topic_index(
    groups: Sequence[Group],
    tokens_by_text: Mapping[str, Sequence[str]],
    *,
    n_topics: int | None = None,
    random_state: int = RANDOM_STATE,
) -> TopicIndex:
    """``build_topics``, keeping what the build learnt so that ``grow_topics`` can place texts added later."""
    from sklearn.preprocessing import normalize

    check_n_topics(n_topics)
    built_at = datetime.now(UTC).isoformat(timespec="seconds")
    groups = sorted(groups, key=lambda g: g.id)
    texts = [g.canonical_text for g in groups]  # decoded once (a GroupList's: 0.23 CPU-s a pass at 48 000)
    documents = [list(tokens_by_text.get(text, ())) for text in texts]
    size = (sum(g.count for g in groups), len(groups))

    candidates = [i for i, g in enumerate(groups) if documents[i] and _clusterable(texts[i], g.type)]
    # The topic space is fitted on the texts that shape topics only; a text left with no
    # word of it (only 工会, 职工 …) shapes nothing either.
    max_df = TOPIC_MAX_DF if len(candidates) >= MIN_TEXTS_FOR_MAX_DF else 1.0
    vectorizer, shaping_vectors = _tfidf([documents[i] for i in candidates], max_df=max_df)
    has_words = np.diff(shaping_vectors.indptr) > 0
    shaping = np.array(candidates, dtype=int)[has_words]
    shaping_vectors = shaping_vectors[has_words]
    if n_topics is not None and n_topics > len(shaping):
        raise InputError(f"主题数不能多于可归类的段落数（{len(shaping)}）")
    if vectorizer is None or len(shaping) == 0:
        placed = dict.fromkeys(texts, (None, None))
        empty = TopicMap((), (), dict.fromkeys((g.id for g in groups), None), (), n_topics is None, {}, built_at)
        nothing = np.zeros((0, 0))
        return TopicIndex(
            map=empty,
            words={},
            idf=np.zeros(0),
            components=None,
            means=nothing,
            centres=nothing,
            centroids=nothing,
            topic_of_cluster=(),
            keywords={},
            placed=Placements.of(placed),
            outliers=np.zeros(0, dtype=np.uint64),
            built_blocks=size[0],
            built_texts=size[1],
        )
    lsa, components = _lsa(shaping_vectors, max(LSA_DIMS, n_topics or 0), random_state)
    scores: dict[int, float] = {}
    if n_topics is None:
        k, scores = choose_n_topics(lsa, random_state=random_state)
    else:
        k = n_topics
    if k > 1:
        model = _kmeans(lsa, k, random_state)
        labels, means = model.labels_, model.cluster_centers_
    else:
        labels, means = np.zeros(len(shaping), dtype=int), lsa.mean(axis=0, keepdims=True)
    centres = normalize(means)
    centroids = _cluster_means(shaping_vectors, labels, k)
    outlier_rows = _outlier_rows(groups, documents, shaping, labels, k)

    cluster_of: dict[int, int | None] = dict.fromkeys(range(len(groups)), None)
    for index, label in zip(shaping, labels):
        cluster_of[int(index)] = int(label)
    # Everything else joins the nearest topic it resembles enough.
    shaping_set = set(shaping.tolist())
    rest = np.array([i for i in range(len(groups)) if i not in shaping_set and documents[i]], dtype=int)
    if len(rest):
        sims = np.asarray(vectorizer.transform([documents[i] for i in rest]) @ centroids.T)
        for index, row in zip(rest, sims):
            best = int(np.argmax(row))
            if row[best] >= ASSIGN_MIN_SIMILARITY:
                cluster_of[index] = best

    # Topics largest first, numbered from 1; a cluster of outliers only is no topic.
    outlier_indexes = {int(shaping[row]) for row in outlier_rows}
    blocks = np.zeros(k, dtype=np.int64)
    for index, cluster in cluster_of.items():
        if cluster is not None and index not in outlier_indexes:
            blocks[cluster] += groups[index].count
    order = sorted((c for c in range(k) if blocks[c]), key=lambda c: (-blocks[c], c))
    topic_of_cluster = [None] * k
    for number, cluster in enumerate(order, start=1):
        topic_of_cluster[cluster] = number
    kept = np.array([row not in outlier_rows for row in range(len(shaping))], dtype=bool)
    topic_words = vectorizer.vocabulary_
    keywords_of = class_keywords(
        [[w for w in documents[i] if w in topic_words] for i in shaping[kept]], labels[kept], k
    )
    keywords = {topic_of_cluster[c]: keywords_of[c] for c in order}

    xy = map_coordinates(lsa, centres)
    point_of = {int(i): (round(float(x), 4), round(float(y), 4)) for i, (x, y) in zip(shaping, xy)}
    placed = {
        text: (None if cluster_of[i] is None else topic_of_cluster[cluster_of[i]], point_of.get(i))
        for i, text in enumerate(texts)
    }
    placed, outliers = Placements.of(placed), np.sort(text_keys([texts[i] for i in outlier_indexes]))
    topic_map = _assemble(groups, placed, outliers, keywords, n_topics is None, scores, built_at)
    return TopicIndex(
        map=topic_map,
        words={str(word): int(column) for word, column in topic_words.items()},
        idf=vectorizer.idf_,
        components=components,
        means=means,
        centres=centres,
        centroids=centroids,
        topic_of_cluster=tuple(topic_of_cluster),
        keywords=keywords,
        placed=placed,
        outliers=outliers,
        built_blocks=size[0],
        built_texts=size[1],
    )


def _ring_anchors(centres: np.ndarray) -> np.ndarray:
    """One point per topic, evenly spaced on the unit circle, similar topics side by side.

    Topic centres are nearly equidistant in many dimensions, so a 2-D embedding of them
    (classical MDS) piles some on top of each other; only its order around the origin is kept.
    """
    k = len(centres)
    if k == 1:
        return np.zeros((1, 2))
    distance_sq = np.clip(2.0 - 2.0 * centres @ centres.T, 0.0, None)
    centring = np.eye(k) - 1.0 / k
    values, vectors = np.linalg.eigh(-0.5 * centring @ distance_sq @ centring)
    top = np.argsort(-values, kind="stable")[:2]
    coordinates = vectors[:, top] * np.sqrt(np.maximum(values[top], 0.0))
    coordinates *= np.where(coordinates[np.abs(coordinates).argmax(axis=0), [0, 1]] < 0, -1.0, 1.0)
    order = np.argsort(np.arctan2(coordinates[:, 1], coordinates[:, 0]), kind="stable")
    angles = np.empty(k)
    angles[order] = 2.0 * np.pi * np.arange(k) / k
    return np.column_stack([np.cos(angles), np.sin(angles)])


def map_coordinates(vectors: np.ndarray, centres: np.ndarray) -> np.ndarray:
    """2-D coordinates: each text at the average of the topic anchors, weighted by how much it
    resembles each topic (softmax of cosines, temperature ``MAP_TEMPERATURE``).

    A text squarely in one topic sits near its anchor, one between two topics between them,
    one like none of them near the centre. Deterministic; linear in texts times topics.
    """
    if len(vectors) == 0:
        return np.zeros((0, 2))
    anchors = _ring_anchors(centres)
    similarity = vectors @ centres.T
    weights = np.exp((similarity - similarity.max(axis=1, keepdims=True)) / MAP_TEMPERATURE)
    weights /= weights.sum(axis=1, keepdims=True)
    return weights @ anchors
