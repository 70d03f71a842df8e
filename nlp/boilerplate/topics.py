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

Pure: groups and tokens in, a TopicMap out; the store and the segmenter stay at the edges.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
from scipy import sparse
from sklearn.cluster import KMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import silhouette_score
from sklearn.preprocessing import normalize
from threadpoolctl import threadpool_limits

from nlp.errors import InputError
from nlp.library.markers import month_schedule
from nlp.models import Group, Topic, TopicMap, TopicPoint

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


def pre_tokenized(tokens: list[str]) -> list[str]:
    """TfidfVectorizer analyzer for documents that are already token lists (picklable by name)."""
    return tokens


def clusterable(group: Group) -> bool:
    """Short headings and month-schedule headings do not shape topics; they join one later."""
    text = group.canonical_text.strip()
    if month_schedule(text):
        return False
    return not (group.type == "heading" and len(text) < MIN_CLUSTER_CHARS)


def _tfidf(documents: Sequence[list[str]], *, max_df: float = 1.0) -> tuple[TfidfVectorizer | None, sparse.csr_matrix]:
    """Fitted vectorizer and L2-normalised rows; (None, empty) when no word qualifies."""
    vectorizer = TfidfVectorizer(analyzer=pre_tokenized, sublinear_tf=True, max_df=max_df)
    try:
        return vectorizer, vectorizer.fit_transform(documents).tocsr()
    except ValueError:  # no words at all, or none left after max_df
        return None, sparse.csr_matrix((len(documents), 0))


def _lsa(matrix: sparse.csr_matrix, dims: int, random_state: int) -> np.ndarray:
    """LSA rows, L2-normalised (the TF-IDF rows themselves when there are too few to reduce)."""
    dims = min(dims, matrix.shape[1] - 1, matrix.shape[0] - 1)
    if dims < 2:
        return normalize(matrix.toarray())
    reduced = TruncatedSVD(n_components=dims, random_state=random_state).fit_transform(matrix)
    return normalize(reduced)


def _kmeans(vectors: np.ndarray, k: int, random_state: int) -> KMeans:
    # One thread: on a few thousand rows OpenMP's start-up and contention cost 40x the work
    # (measured on 2 busy cores: 7.8 s against 0.19 s for the whole k range on the seeds).
    with threadpool_limits(limits=1):
        return KMeans(n_clusters=k, n_init=N_INIT, random_state=random_state).fit(vectors)


def silhouette_curve(
    vectors: np.ndarray, k_range: tuple[int, int] = K_RANGE, *, random_state: int = RANDOM_STATE
) -> dict[int, float]:
    """Mean cosine silhouette of k-means for each k of ``k_range`` the data allows."""
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
        scores[k] = float(
            silhouette_score(
                vectors, labels, metric="cosine", sample_size=min(n, SILHOUETTE_SAMPLE), random_state=random_state
            )
        )
    return scores


def knee(scores: Mapping[int, float]) -> int:
    """The k where a rising score curve bends (Kneedle), never past its maximum."""
    ks = sorted(scores)
    best = max(ks, key=lambda k: (scores[k], -k))
    ks = [k for k in ks if k <= best]
    if len(ks) < 3:
        return best
    y = np.array([scores[k] for k in ks])
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
    if n_topics is not None and not 1 <= n_topics <= MAX_TOPICS:
        raise InputError(f"主题数应在 1 到 {MAX_TOPICS} 之间")
    groups = sorted(groups, key=lambda g: g.id)
    documents = [list(tokens_by_text.get(g.canonical_text, ())) for g in groups]
    assignments: dict[int, int | None] = {g.id: None for g in groups}

    candidates = [i for i, g in enumerate(groups) if clusterable(g) and documents[i]]
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
        return TopicMap((), (), assignments, (), n_topics is None, {})
    lsa = _lsa(shaping_vectors, max(LSA_DIMS, n_topics or 0), random_state)
    scores: dict[int, float] = {}
    if n_topics is None:
        k, scores = choose_n_topics(lsa, random_state=random_state)
    else:
        k = n_topics
    if k > 1:
        model = _kmeans(lsa, k, random_state)
        labels, centres = model.labels_, normalize(model.cluster_centers_)
    else:
        labels, centres = np.zeros(len(shaping), dtype=int), normalize(lsa.mean(axis=0, keepdims=True))
    centroids = _cluster_means(shaping_vectors, labels, k)
    outlier_rows = _outlier_rows(groups, documents, shaping, labels, k)

    members: list[list[int]] = [[] for _ in range(k)]
    for row, (index, label) in enumerate(zip(shaping, labels)):
        if row not in outlier_rows:
            members[label].append(index)
    # Everything else joins the nearest topic it resembles enough.
    shaping_set = set(shaping.tolist())
    rest = np.array([i for i in range(len(groups)) if i not in shaping_set and documents[i]], dtype=int)
    if len(rest):
        rest_vectors = vectorizer.transform([documents[i] for i in rest])
        sims = np.asarray(rest_vectors @ centroids.T)
        for index, row in zip(rest, sims):
            best = int(np.argmax(row))
            if row[best] >= ASSIGN_MIN_SIMILARITY:
                members[best].append(index)

    # Topics largest first, numbered from 1.
    def size(indexes: list[int]) -> int:
        return sum(groups[i].count for i in indexes)

    order = sorted((c for c in range(k) if members[c]), key=lambda c: (-size(members[c]), c))
    kept = np.array([row not in outlier_rows for row in range(len(shaping))], dtype=bool)
    topic_words = vectorizer.vocabulary_
    keywords_of = class_keywords(
        [[w for w in documents[i] if w in topic_words] for i in shaping[kept]], labels[kept], k
    )
    topics = []
    for number, cluster in enumerate(order, start=1):
        indexes = sorted(members[cluster], key=lambda i: (-groups[i].count, groups[i].id))
        keywords = keywords_of[cluster]
        for i in indexes:
            assignments[groups[i].id] = number
        topics.append(
            Topic(number, " · ".join(keywords), keywords, tuple(groups[i].id for i in indexes), size(indexes))
        )

    outliers = tuple(sorted(groups[shaping[row]].id for row in outlier_rows))
    points = _map_points(groups, shaping, lsa, centres, assignments)
    return TopicMap(tuple(topics), outliers, assignments, points, n_topics is None, scores)


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


def _map_points(
    groups: Sequence[Group],
    shaping: np.ndarray,
    lsa: np.ndarray,
    centres: np.ndarray,
    assignments: Mapping[int, int | None],
) -> tuple[TopicPoint, ...]:
    xy = map_coordinates(lsa, centres)
    return tuple(
        TopicPoint(groups[i].id, round(float(x), 4), round(float(y), 4), assignments[groups[i].id])
        for i, (x, y) in zip(shaping, xy)
    )
