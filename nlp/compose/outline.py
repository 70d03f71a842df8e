"""A draft's outline: renumbering (GB/T 9704-2012 §7.3.3) and the moves a drafter makes.

Every function takes blocks and returns new blocks. Numbering: 一、 → （一） → 1. → （1）, then ①
for a fifth level; the brackets and 、 are full-width, the level-3 label is a half-width Arabic
numeral with the standard's 下脚点 ".", as printed in the standard and required for Arabic
numerals by GB/T 15835-2011.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from nlp.errors import InputError
from nlp.library.markers import (
    CIRCLED,
)
from nlp.models import (
    MAX_DRAFT_LEVEL,
    DraftBlock,
)
from nlp.resources import chinese_counting

# ---- numbering -------------------------------------------------------------------------


def marker_for(level: int, n: int) -> str:
    """The canonical label of the ``n``-th entry at outline ``level``."""
    if level == 1:
        return f"{chinese_counting(n)}、"
    if level == 2:
        return f"（{chinese_counting(n)}）"
    if level == 3:
        return f"{n}."
    if level == 4 or n > len(CIRCLED):
        return f"（{n}）"
    return CIRCLED[n - 1]


def renumber(blocks: Sequence[DraftBlock]) -> tuple[DraftBlock, ...]:
    """Give headings and items one consistent scheme by level; counters restart under each parent."""
    counters = [0] * (MAX_DRAFT_LEVEL + 2)
    numbered = []
    for block in blocks:
        if block.type == "paragraph":
            numbered.append(block if block.marker is None else replace(block, marker=None))
            continue
        counters[block.level] += 1
        counters[block.level + 1 :] = [0] * (len(counters) - block.level - 1)
        label = marker_for(block.level, counters[block.level])
        numbered.append(block if block.marker == label else replace(block, marker=label))
    return tuple(numbered)


def outline(blocks: Sequence[DraftBlock]) -> list[str]:
    """Readable lines: two spaces per level, the label, the text (for tests, CLI and previews)."""
    lines = []
    for block in blocks:
        if block.type == "paragraph":
            lines.append(f"¶ {block.text}")
        else:
            lines.append(f"{'  ' * (block.level - 1)}{block.marker or ''}{block.text}")
    return lines


# ---- re-levelling and moving (pure functions on the list) ------------------------------


def _is_numbered(block: DraftBlock) -> bool:
    return block.type != "paragraph"


def subtree_end(blocks: Sequence[DraftBlock], index: int) -> int:
    """One past the last block that belongs under ``blocks[index]`` (a paragraph owns nothing)."""
    block = blocks[index]
    end = index + 1
    if not _is_numbered(block):
        return end
    while end < len(blocks) and not (_is_numbered(blocks[end]) and blocks[end].level <= block.level):
        end += 1
    return end


def _check_index(blocks: Sequence[DraftBlock], index: int) -> DraftBlock:
    if not 0 <= index < len(blocks):
        raise InputError(f"没有第 {index + 1} 段")
    return blocks[index]


def _previous_sibling(blocks: Sequence[DraftBlock], index: int) -> int | None:
    level = blocks[index].level
    for k in range(index - 1, -1, -1):
        if _is_numbered(blocks[k]) and blocks[k].level <= level:
            return k if blocks[k].level == level else None
    return None


def _indent_check(blocks: Sequence[DraftBlock], index: int) -> int:
    """Where ``indent`` can act: the end of the block's subtree; InputError when it cannot."""
    block = _check_index(blocks, index)
    if not _is_numbered(block):
        raise InputError("正文段落没有层级，不能降级")
    if _previous_sibling(blocks, index) is None:
        raise InputError(f"“{block.text[:12]}”前面没有同级的标题，不能降为下一级")
    end = subtree_end(blocks, index)
    deepest = max(b.level for b in blocks[index:end] if _is_numbered(b))
    if deepest + 1 > MAX_DRAFT_LEVEL:
        raise InputError(f"层级不能超过 {MAX_DRAFT_LEVEL} 级：“{block.text[:12]}”的下级会变成第 {deepest + 1} 级")
    return end


def _outdent_check(blocks: Sequence[DraftBlock], index: int) -> int:
    block = _check_index(blocks, index)
    if not _is_numbered(block):
        raise InputError("正文段落没有层级，不能升级")
    if block.level == 1:
        raise InputError(f"“{block.text[:12]}”已经是第一级")
    return subtree_end(blocks, index)


def _up_check(blocks: Sequence[DraftBlock], index: int) -> tuple[int, int]:
    """(the block it swaps with, the end of its own subtree)."""
    block = _check_index(blocks, index)
    if not _is_numbered(block):
        if index == 0:
            raise InputError("已经在最前面")
        return index - 1, index + 1
    before = _previous_sibling(blocks, index)
    if before is None:
        raise InputError(f"“{block.text[:12]}”已经是同级第一项")
    return before, subtree_end(blocks, index)


def _down_check(blocks: Sequence[DraftBlock], index: int) -> tuple[int, int]:
    """(the end of its own subtree, the end of the sibling it swaps with)."""
    block = _check_index(blocks, index)
    end = subtree_end(blocks, index)
    if not _is_numbered(block):
        if end >= len(blocks):
            raise InputError("已经在最后面")
        return end, end + 1
    if end >= len(blocks) or blocks[end].level != block.level:
        raise InputError(f"“{block.text[:12]}”已经是同级最后一项")
    return end, subtree_end(blocks, end)


def _shift(blocks: Sequence[DraftBlock], delta: int) -> list[DraftBlock]:
    return [replace(b, level=b.level + delta) if _is_numbered(b) else b for b in blocks]


def indent(blocks: Sequence[DraftBlock], index: int) -> tuple[DraftBlock, ...]:
    """Make ``blocks[index]`` and everything under it one level deeper: a child of its previous sibling."""
    end = _indent_check(blocks, index)
    return renumber([*blocks[:index], *_shift(blocks[index:end], +1), *blocks[end:]])


def outdent(blocks: Sequence[DraftBlock], index: int) -> tuple[DraftBlock, ...]:
    """Make ``blocks[index]`` and everything under it one level higher.

    Siblings that follow it stay where they are in the list and so become its children.
    """
    end = _outdent_check(blocks, index)
    return renumber([*blocks[:index], *_shift(blocks[index:end], -1), *blocks[end:]])


def move_up(blocks: Sequence[DraftBlock], index: int) -> tuple[DraftBlock, ...]:
    """Swap ``blocks[index]`` (with everything under it) with its previous sibling; a paragraph moves one place."""
    before, end = _up_check(blocks, index)
    return renumber([*blocks[:before], *blocks[index:end], *blocks[before:index], *blocks[end:]])


def move_down(blocks: Sequence[DraftBlock], index: int) -> tuple[DraftBlock, ...]:
    """Swap ``blocks[index]`` (with everything under it) with its next sibling; a paragraph moves one place."""
    end, after = _down_check(blocks, index)
    return renumber([*blocks[:index], *blocks[end:after], *blocks[index:end], *blocks[after:]])


# ---- building blocks -------------------------------------------------------------------


def insert_blocks(
    blocks: Sequence[DraftBlock], new: Sequence[DraftBlock], at: int | None = None
) -> tuple[DraftBlock, ...]:
    """``new`` inserted before ``blocks[at]`` (at the end when ``at`` is None), renumbered."""
    at = len(blocks) if at is None else max(0, min(at, len(blocks)))
    return renumber([*blocks[:at], *new, *blocks[at:]])


def placement_level(blocks: Sequence[DraftBlock], after: int | None, *, as_child: bool = False) -> int:
    """The level blocks added after ``blocks[after]`` start at (None: at the top, ``len(blocks)``: at
    the end, both level 1): under a heading or item one below it (``as_child``) or its own; after a
    paragraph, one below the heading it belongs to."""
    if after is None or after == len(blocks):
        return 1
    block = _check_index(blocks, after)
    if _is_numbered(block):
        return min(block.level + 1, MAX_DRAFT_LEVEL) if as_child else block.level
    owner = next((b for b in reversed(blocks[:after]) if _is_numbered(b)), None)
    return 1 if owner is None else min(owner.level + 1, MAX_DRAFT_LEVEL)


def place_blocks(
    blocks: Sequence[DraftBlock], new: Sequence[DraftBlock], after: int | None, *, as_child: bool = False
) -> tuple[tuple[DraftBlock, ...], int]:
    """``new`` added where a drafter means, renumbered, and the index to add the next ones after.

    ``after`` None: at the top; ``len(blocks)``: at the end. After a heading or item the new blocks
    follow everything under it, as its last children (``as_child``) or as its next siblings; after a
    paragraph they follow it. The
    shallowest heading or item of ``new`` takes ``placement_level`` and the others keep their depth
    below it (a "1、" item from a web plan added under 二、 becomes （一）, not 五、).
    """
    level = placement_level(blocks, after, as_child=as_child)
    levels = [b.level for b in new if _is_numbered(b)]
    delta = level - min(levels) if levels else 0
    moved = [
        replace(b, level=min(max(b.level + delta, 1), MAX_DRAFT_LEVEL)) if _is_numbered(b) and delta else b for b in new
    ]
    at = 0 if after is None else len(blocks) if after == len(blocks) else subtree_end(blocks, after)
    placed = renumber([*blocks[:at], *moved, *blocks[at:]])
    top = [k for k, b in enumerate(moved) if _is_numbered(b) and b.level == level]
    return placed, at + (top[-1] if top else len(moved) - 1)


def remove_block(blocks: Sequence[DraftBlock], index: int) -> tuple[DraftBlock, ...]:
    """Without ``blocks[index]`` alone: what was under it stays and is renumbered in its place."""
    _check_index(blocks, index)
    return renumber([*blocks[:index], *blocks[index + 1 :]])


def edit_text(blocks: Sequence[DraftBlock], index: int, text: str) -> tuple[DraftBlock, ...]:
    """``blocks[index]`` with new text (an edit in place); an empty text is refused."""
    block = _check_index(blocks, index)
    if not text.strip():
        raise InputError(f"第 {index + 1} 段不能为空；不要这一段请点“删除”")
    return renumber([*blocks[:index], replace(block, text=text.strip()), *blocks[index + 1 :]])


# ---- the typical outline of a library --------------------------------------------------


# ---- specifics and placeholders --------------------------------------------------------


# ---- source specifics offered for replacement ------------------------------------------


# ---- staleness -------------------------------------------------------------------------


MOVES = {"up": move_up, "down": move_down, "outdent": outdent, "indent": indent, "remove": remove_block}
_CHECKS = {
    "up": _up_check,
    "down": _down_check,
    "outdent": _outdent_check,
    "indent": _indent_check,
    "remove": _check_index,
}


def possible_moves(blocks: Sequence[DraftBlock]) -> list[frozenset[str]]:
    """For each block, the names of the ``MOVES`` it allows: the checks alone, nothing renumbered."""
    possible = []
    for index in range(len(blocks)):
        allowed = set()
        for name, check in _CHECKS.items():
            try:
                check(blocks, index)
            except InputError:
                continue
            allowed.add(name)
        possible.append(frozenset(allowed))
    return possible
