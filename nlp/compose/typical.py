"""The typical outline of a library: the headings most of its plans share, in their usual order."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from statistics import median, median_low

from nlp.compose.outline import renumber
from nlp.library.markers import (
    month_schedule,
)
from nlp.models import (
    MAX_DRAFT_LEVEL,
    DraftBlock,
)

TYPICAL_MIN_DOCUMENTS = 2  # a heading must recur in this many documents


TYPICAL_MAX_HEADINGS = 12  # the most widely shared ones, at most


def typical_outline(
    groups: Sequence,
    blocks: Sequence,
    *,
    documents: Collection[int] | None = None,
    min_documents: int = TYPICAL_MIN_DOCUMENTS,
    limit: int = TYPICAL_MAX_HEADINGS,
) -> tuple[DraftBlock, ...]:
    """The headings most plans share, in their usual order.

    ``groups`` are the library's near-duplicate groups, ``blocks`` its stored blocks (``id``,
    ``document_id``, ``position``, ``level``); ``documents`` limits the count to those document ids
    (e.g. the plans). A heading group counts when it occurs in ``min_documents`` documents; month
    schedule headings (三月份) and lines introducing a list (主要工作：) are left out. The ``limit`` groups found in most documents are
    ordered by the median of their relative position (0 = a document's first block, 1 = its last);
    each gets its members' median level, never more than one below the heading before it.
    """
    by_id = {b.id: b for b in blocks}
    length: dict[int, int] = {}
    for b in blocks:
        length[b.document_id] = max(length.get(b.document_id, 0), b.position + 1)
    shared = []
    for group in groups:
        text = group.canonical_text.strip()
        if group.type != "heading" or month_schedule(text) or text.endswith(("：", ":")):
            continue  # a schedule or a line introducing a list (主要工作：) is no section of its own
        members = [
            by_id[m.block_id]
            for m in group.members
            if m.block_id in by_id and (documents is None or m.document_id in documents)
        ]
        spread = len({m.document_id for m in members})
        if spread < min_documents:
            continue
        position = median(m.position / max(length[m.document_id] - 1, 1) for m in members)
        level = median_low([min(max(m.level or 1, 1), MAX_DRAFT_LEVEL) for m in members])
        canonical = next((m for m in members if m.text == group.canonical_text), members[0])
        shared.append((spread, len(members), position, level, canonical))
    shared.sort(key=lambda s: (-s[0], -s[1], s[2]))
    chosen = sorted(shared[:limit], key=lambda s: s[2])
    outline_blocks, previous = [], 0
    for _, _, _, level, canonical in chosen:
        level = min(level, previous + 1)
        outline_blocks.append(DraftBlock("heading", canonical.text, level, None, canonical.id, canonical.marker))
        previous = level
    return renumber(outline_blocks)
