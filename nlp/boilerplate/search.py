"""Keyword search over the boilerplate map: a keyword, its synonyms (nlp/data/search_synonyms.txt) and
TF-IDF similarity over the groups' texts, ranked by relevance."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from nlp.boilerplate.grouplist import GroupList
from nlp.models import Group
from nlp.resources import DATA_DIR

if TYPE_CHECKING:  # scikit-learn is imported where it is used (see nlp.boilerplate.topics)
    from sklearn.feature_extraction.text import TfidfVectorizer

SYNONYMS = DATA_DIR / "search_synonyms.txt"
SIMILAR_ENOUGH = 0.15  # a group that names none of the terms is offered from this cosine on


@cache
def synonym_sets() -> tuple[frozenset[str], ...]:
    """The groups of interchangeable terms in nlp/data/search_synonyms.txt."""
    lines = SYNONYMS.read_text(encoding="utf-8").splitlines()
    return tuple(frozenset(line.split()) for line in lines if line.strip() and not line.startswith("#"))


def query_terms(keyword: str) -> tuple[str, ...]:
    """``keyword`` first, then every term that shares a synonym set with it."""
    keyword = keyword.strip()
    related = {term for terms in synonym_sets() if keyword in terms for term in terms}
    return (keyword, *sorted(related - {keyword}, key=lambda t: (-len(t), t)))


@dataclass(frozen=True)
class SearchIndex:
    """TF-IDF vectors (character 2- and 3-grams) of each group's texts, built once per library revision."""

    group_ids: tuple[int, ...]
    vectorizer: TfidfVectorizer
    matrix: object  # scipy sparse, one row per group


def search_index(groups: Sequence[Group]) -> SearchIndex:
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [" ".join(dict.fromkeys([g.canonical_text, *(m.text for m in g.members)])) for g in groups]
    vectorizer = TfidfVectorizer(analyzer="char", ngram_range=(2, 3), sublinear_tf=True)
    matrix = vectorizer.fit_transform(texts or [""])
    return SearchIndex(tuple(g.id for g in groups), vectorizer, matrix)


def rank_groups(groups: GroupList, index: SearchIndex, keyword: str) -> list[tuple[Group, float]]:
    """The groups that name ``keyword`` or a synonym, or resemble them, most relevant first, with
    their relevance: naming the keyword itself counts most, a synonym next, resemblance alone least;
    within each, the TF-IDF cosine to the keyword and its synonyms, then how often the group occurs."""
    from sklearn.metrics.pairwise import linear_kernel

    terms = query_terms(keyword)
    if not terms[0]:
        return [(g, 0.0) for g in groups]
    query = index.vectorizer.transform([" ".join(terms)])
    row = {group_id: n for n, group_id in enumerate(index.group_ids)}
    similarity = linear_kernel(query, index.matrix).ravel()
    names = groups.any_text(lambda text: terms[0] in text).tolist()
    synonyms = groups.any_text(lambda text: any(term in text for term in terms[1:])).tolist()
    ranked = []
    for group, named, synonym in zip(groups, names, synonyms):
        cosine = float(similarity[row[group.id]]) if group.id in row else 0.0
        if named:
            tier = 2
        elif synonym:
            tier = 1
        elif cosine >= SIMILAR_ENOUGH:
            tier = 0
        else:
            continue
        ranked.append((group, tier + cosine))
    ranked.sort(key=lambda pair: (-pair[1], -pair[0].count, pair[0].id))
    return ranked
