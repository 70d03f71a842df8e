"""The boilerplate map: near-duplicate groups of the library's blocks, and their topics."""

from nlp.boilerplate.groups import DEFAULT_THRESHOLD, LibraryGroups, build_groups
from nlp.boilerplate.segment import Segmenter, default_segmenter, tokens_for
from nlp.boilerplate.topics import build_topics

__all__ = [
    "DEFAULT_THRESHOLD",
    "LibraryGroups",
    "Segmenter",
    "build_groups",
    "build_topics",
    "default_segmenter",
    "tokens_for",
]
