"""A learnt heading decision over the outline the rules build (issue 12): a small logistic model over the features of
each block of a document (the rules' own decision, its marker's family, its length and ending, its neighbours, its
siblings), trained on the tune files of the annotated real-world set by ``python -m benchmarks.train_headings``.

The model stacks on the rules: their decision is one of its features, so it learns where they fail. It changes a
block's type only (an item it scores a heading becomes one at its level, a heading it scores under the threshold an
item, or a paragraph when it has no marker); levels stay the rules' (marker nesting).

It is not in the parser: on the fair test (rw238-rw262, never tuned on) it finds no heading the rules miss, and in
cross-validation by site it loses a few the rules find (docs/benchmarks.md, "A learnt heading decision"); trained on
each tune page's blind parse (round 30, gen30h) it still does, at every threshold that gains precision. It lives
here, with its trainer, to be measured again on the next fresh pages; its model is a ``nlp.library.linear``
``LinearModel``, so the parser could ship and read it as it does the junk model.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from nlp.library.linear import LinearModel
from nlp.library.markers import FAMILIES, ORDINAL_FAMILIES, family_of
from nlp.library.structure import SENTENCE_END
from nlp.models import Block

COMMAS = "，,、"
MAX_CANDIDATE_CHARS = 80  # a longer block is a paragraph's, never a heading's


@dataclass(frozen=True)
class BlockContext:
    """One block of a document's outline as the model sees it: the blocks of its document and its index."""

    blocks: Sequence[Block]
    index: int

    @property
    def block(self) -> Block:
        return self.blocks[self.index]

    def at(self, offset: int) -> Block | None:
        k = self.index + offset
        return self.blocks[k] if 0 <= k < len(self.blocks) else None

    def siblings(self) -> list[Block]:
        """The other blocks of the document at this block's level with its marker's family."""
        block = self.block
        return [
            b
            for k, b in enumerate(self.blocks)
            if k != self.index and b.level == block.level and _family(b) == _family(block)
        ]


def _family(block: Block | None) -> str:
    """The block's marker family: one of ``FAMILIES``, "ordinal", "word" (a marker of another form), "none"."""
    if block is None or block.marker is None:
        return "none"
    family = family_of(block.marker)
    return "ordinal" if family in ORDINAL_FAMILIES else family or "word"


def _length(block: Block | None) -> float:
    return math.log1p(len(block.text)) if block is not None else 0.0


def _inner_stops(text: str) -> int:
    return sum(c in SENTENCE_END for c in text[:-1])


def _type_is(offset: int, kind: str | None) -> Callable[[BlockContext], float]:
    def feature(context: BlockContext) -> float:
        block = context.at(offset)
        return float((block.type if block is not None else None) == kind)

    return feature


def _family_is(family: str) -> Callable[[BlockContext], float]:
    return lambda context: float(_family(context.block) == family)


def _deeper_next(context: BlockContext) -> float:
    following = context.at(1)
    level = context.block.level or 0
    return float(following is not None and following.level is not None and following.level > level)


def _sibling_headings(context: BlockContext) -> float:
    siblings = context.siblings()
    return sum(b.type == "heading" for b in siblings) / len(siblings) if siblings else 0.5


def _sibling_length(context: BlockContext) -> float:
    siblings = context.siblings()
    return sum(map(_length, siblings)) / len(siblings) if siblings else _length(context.block)


def _over_longer_paragraph(context: BlockContext) -> float:
    following = context.at(1)
    return float(
        following is not None and following.type == "paragraph" and len(following.text) > 2 * len(context.block.text)
    )


# (name, feature): the named features, each a number of one block in its document.
NAMED_FEATURES: tuple[tuple[str, Callable[[BlockContext], float]], ...] = (
    ("rule_heading", _type_is(0, "heading")),
    ("rule_item", _type_is(0, "item")),
    ("level", lambda c: float(c.block.level or 0)),
    *((f"family_{family}", _family_is(family)) for family in (*FAMILIES, "ordinal", "word", "none")),
    ("schedule", lambda c: float(c.block.schedule is not None)),
    ("length", lambda c: _length(c.block)),
    ("short", lambda c: float(len(c.block.text) <= 20)),
    ("long", lambda c: float(len(c.block.text) > 40)),
    ("ends_sentence", lambda c: float(c.block.text[-1:] in SENTENCE_END)),
    ("ends_colon", lambda c: float(c.block.text[-1:] in "：:")),
    ("ends_comma", lambda c: float(c.block.text[-1:] in COMMAS)),
    ("inner_stops", lambda c: float(_inner_stops(c.block.text))),
    ("commas", lambda c: float(sum(ch in COMMAS for ch in c.block.text))),
    ("bracketed", lambda c: float(c.block.text[:1] == "【")),
    ("next_heading", _type_is(1, "heading")),
    ("next_item", _type_is(1, "item")),
    ("next_paragraph", _type_is(1, "paragraph")),
    ("next_none", _type_is(1, None)),
    ("next_deeper", _deeper_next),
    ("next_same_family", lambda c: float(c.at(1) is not None and _family(c.at(1)) == _family(c.block))),
    ("next_length", lambda c: _length(c.at(1))),
    ("previous_heading", _type_is(-1, "heading")),
    ("previous_paragraph", _type_is(-1, "paragraph")),
    ("previous_ends_sentence", lambda c: float(c.at(-1) is not None and c.at(-1).text[-1:] in SENTENCE_END)),
    ("siblings", lambda c: math.log1p(len(c.siblings()))),
    ("sibling_headings", _sibling_headings),
    ("sibling_length", _sibling_length),
    ("position", lambda c: c.index / max(len(c.blocks) - 1, 1)),
    ("over_longer_paragraph", _over_longer_paragraph),
)
FEATURE_NAMES = [name for name, _ in NAMED_FEATURES]
# The features that read the rules' decisions (of the block, its neighbours, its siblings): a model without them
# decides from the text and the outline's shape alone.
RULE_FEATURES = ("rule_heading", "rule_item", "next_heading", "next_item", "previous_heading", "sibling_headings")


def is_candidate(block: Block) -> bool:
    """A block the model decides: an entry or heading of the outline, or a paragraph short enough to be a heading."""
    return block.level is not None or len(block.text) <= MAX_CANDIDATE_CHARS


def feature_vector(context: BlockContext) -> dict[int, float]:
    return {i: float(feature(context)) for i, (_, feature) in enumerate(NAMED_FEATURES)}


def decided(blocks: Sequence[Block], model: LinearModel) -> list[Block]:
    """The blocks with the model's heading decision over the rules' (see the module's docstring)."""
    typed = list(blocks)
    for k, block in enumerate(blocks):
        if block.schedule is not None or not is_candidate(block):
            continue
        heading = model.probability(feature_vector(BlockContext(blocks, k))) >= model.threshold
        if heading and block.type == "item":
            typed[k] = replace(block, type="heading")
        elif not heading and block.type == "heading":
            typed[k] = replace(
                block, type="item" if block.marker else "paragraph", level=block.level if block.marker else None
            )
    return typed
