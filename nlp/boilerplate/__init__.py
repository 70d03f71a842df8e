"""The boilerplate map: near-duplicate groups of the library's blocks, and their topics."""

from nlp.boilerplate.groups import DEFAULT_THRESHOLD, LibraryGroups, build_groups
from nlp.boilerplate.segment import Segmenter, default_segmenter, tokens_for
from nlp.boilerplate.topics import TopicIndex, build_topic_index, build_topics, grow_topics, needs_rebuild

__all__ = [
    "DEFAULT_THRESHOLD",
    "LibraryGroups",
    "Segmenter",
    "TopicIndex",
    "build_groups",
    "build_topic_index",
    "build_topics",
    "default_segmenter",
    "grow_topics",
    "needs_rebuild",
    "tokens_for",
]
