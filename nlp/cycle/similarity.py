"""How closely a summary's sentence reports on a plan item: keywords, synonyms, TF-IDF and LSA.

Four signals, each 0..1, mixed with fixed weights (``WEIGHTS``, chosen on the tune half of
tests/cycle/data, docs/benchmarks.md):

- ``coverage``: the share of the item's key words (jieba content words, synonyms counted as
  one word, weighted by their IDF over the library) that the sentence uses;
- ``words``: cosine of the two TF-IDF word vectors;
- ``chars``: cosine of TF-IDF character 2–3-grams (catches words jieba cuts differently);
- ``lsa``: cosine in a latent semantic space (truncated SVD of the library's word TF-IDF), so
  that 职工书屋 and 阅读 count as related when the library uses them together.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from threadpoolctl import threadpool_limits

from nlp.boilerplate.segment import Segmenter
from nlp.boilerplate.segment import read_word_list as _read_lines
from nlp.resources import DATA_DIR

SYNONYMS = DATA_DIR / "synonyms.txt"
WEIGHTS = {"coverage": 0.45, "words": 0.2, "chars": 0.2, "lsa": 0.15}
LSA_DIMENSIONS = 100


@functools.lru_cache(maxsize=4)
def load_synonyms(path: str | Path = SYNONYMS) -> Mapping[str, str]:
    """Every word of a group -> the group's first word."""
    canonical = {}
    for line in _read_lines(path):
        words = line.split()
        for word in words:
            canonical.setdefault(word, words[0])
    return canonical


def canonical_tokens(segmenter: Segmenter, text: str, synonyms: Mapping[str, str]) -> list[str]:
    """The content words of ``text``, each synonym replaced by its group's first word."""
    return [synonyms.get(t, t) for t in segmenter.tokens(text)]


@dataclass(frozen=True)
class Scores:
    """``combined[i, u]`` for item i and unit u, and the signals it is made of."""

    combined: np.ndarray
    coverage: np.ndarray
    idf: Mapping[str, float]


def _identity(tokens):
    return tokens


def score(
    items: Sequence[list[str]],
    units: Sequence[list[str]],
    item_texts: Sequence[str],
    unit_texts: Sequence[str],
    background: Sequence[list[str]] = (),
) -> Scores:
    """Scores of every item against every unit, from their canonical tokens and raw texts.

    ``background`` are token lists of the library's blocks: they set the IDF and the LSA space.
    """
    # scikit-learn is imported here, where it is used (see nlp.boilerplate.topics)
    from sklearn.decomposition import TruncatedSVD
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.preprocessing import normalize

    corpus = list(background) + list(items) + list(units)
    words = TfidfVectorizer(analyzer=_identity, sublinear_tf=True, lowercase=False)
    matrix = words.fit_transform(corpus)
    idf = dict(zip(words.get_feature_names_out(), words.idf_))
    first_item = len(background)
    first_unit = first_item + len(items)
    item_vectors, unit_vectors = matrix[first_item:first_unit], matrix[first_unit:]
    cos_words = (item_vectors @ unit_vectors.T).toarray()

    chars = TfidfVectorizer(analyzer="char", ngram_range=(2, 3), sublinear_tf=True)
    char_matrix = chars.fit_transform(list(item_texts) + list(unit_texts))
    cos_chars = (char_matrix[: len(item_texts)] @ char_matrix[len(item_texts) :].T).toarray()

    dimensions = min(LSA_DIMENSIONS, matrix.shape[1] - 1, matrix.shape[0] - 1)
    if dimensions >= 2:
        with threadpool_limits(limits=1):  # one BLAS thread: see nlp.boilerplate.topics._kmeans
            svd = TruncatedSVD(n_components=dimensions, random_state=0).fit(matrix)
            a = normalize(svd.transform(item_vectors))
            b = normalize(svd.transform(unit_vectors))
        cos_lsa = np.clip(a @ b.T, 0.0, 1.0)
    else:
        cos_lsa = np.zeros_like(cos_words)

    coverage = np.zeros_like(cos_words)
    unit_sets = [set(u) for u in units]
    for i, tokens in enumerate(items):
        keys = set(tokens)
        total = sum(idf[w] for w in keys)
        if not total:
            continue
        for u, present in enumerate(unit_sets):
            coverage[i, u] = sum(idf[w] for w in keys & present) / total
    combined = (
        WEIGHTS["coverage"] * coverage
        + WEIGHTS["words"] * cos_words
        + WEIGHTS["chars"] * cos_chars
        + WEIGHTS["lsa"] * cos_lsa
    )
    return Scores(combined, coverage, idf)
