"""The typical outline of a library: the headings most of its plans share, in their usual order."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from difflib import SequenceMatcher
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

SAME_HEADING_CHARS = 5  # two headings sharing a run of this many characters say the same (院务公开工作)

# A heading cut off in its source (组织能, 建设和): it ends where no heading ends.
CUT_OFF = re.compile(r"(?:[，、,；;和与及的等]|…|\.\.\.)$")

# Union work, and what a hospital does that is not the union's: a heading naming the latter and none
# of the former belongs to the hospital's own plan (加快医院发展的步伐), not the union's.
UNION_WORK = re.compile(
    r"工会|职工|会员|职代会|教代会|民主|院务公开|厂务公开|校务公开|维权|权益|文体|女工|帮扶|送温暖|慰问|之家|指导思想|目标|任务"
)
NOT_UNION_WORK = re.compile(r"医院发展|改革|医疗|业务|优质|满意服务|经济|创收|学科|人才|竞争力|病人|患者")

OUTLINE_TITLES = {"计划": "20__年XX医院工会工作计划", "总结": "20__年XX医院工会工作总结"}


def title_pattern(kind: str) -> str:
    """A new draft's title with its slots, by kind (计划 or 总结)."""
    return OUTLINE_TITLES.get(kind, OUTLINE_TITLES["计划"])


def _cut_off(text: str, headings: Collection[str]) -> bool:
    """The heading ends mid-phrase, or the library holds it with a few more characters (组织能 → 组织能力)."""
    return bool(CUT_OFF.search(text)) or any(
        other != text and other.startswith(text) and len(other) - len(text) <= 3 and other[len(text)].isalnum()
        for other in headings
    )


def _same_heading(a: str, b: str) -> bool:
    a, b = a.rstrip("。．."), b.rstrip("。．.")
    if a in b or b in a:
        return True
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return match.size >= SAME_HEADING_CHARS


def typical_outline(
    groups: Sequence,
    blocks: Sequence,
    *,
    documents: Collection[int] | None = None,
    min_documents: int = TYPICAL_MIN_DOCUMENTS,
    min_library_documents: int = 1,
    limit: int = TYPICAL_MAX_HEADINGS,
) -> tuple[DraftBlock, ...]:
    """The headings most plans (or summaries: ``documents``) share, in their usual order.

    ``groups`` are the library's near-duplicate groups, ``blocks`` its stored blocks (``id``,
    ``document_id``, ``position``, ``level``); ``documents`` limits the count to those document ids
    (e.g. the plans). A heading group counts when it occurs in ``min_documents`` of those and in
    ``min_library_documents`` documents of the whole library (summaries share few headings with each
    other: a summary's outline takes those used in one summary and recurring elsewhere); month
    schedule headings (三月份) and lines introducing a list (主要工作：) are left out. The ``limit`` groups found in most documents are
    ordered by the median of their relative position (0 = a document's first block, 1 = its last);
    each gets its members' median level, never more than one below the heading before it. The
    headings are distinct: one cut off in its source is left out, so is one about the hospital's
    own business rather than union work, and of two that say the same (a shared run of
    ``SAME_HEADING_CHARS`` characters) the more widely shared one is kept.
    """
    by_id = {b.id: b for b in blocks}
    headings = {b.text.strip() for b in blocks if b.type == "heading"}
    length: dict[int, int] = {}
    for b in blocks:
        length[b.document_id] = max(length.get(b.document_id, 0), b.position + 1)
    shared = []
    for group in groups:
        text = group.canonical_text.strip()
        if group.type != "heading" or month_schedule(text) or text.endswith(("：", ":")):
            continue  # a schedule or a line introducing a list (主要工作：) is no section of its own
        if _cut_off(text, headings) or (NOT_UNION_WORK.search(text) and not UNION_WORK.search(text)):
            continue
        members = [
            by_id[m.block_id]
            for m in group.members
            if m.block_id in by_id and (documents is None or m.document_id in documents)
        ]
        spread = len({m.document_id for m in members})
        if spread < min_documents or group.documents < min_library_documents:
            continue
        position = median(m.position / max(length[m.document_id] - 1, 1) for m in members)
        level = median_low([min(max(m.level or 1, 1), MAX_DRAFT_LEVEL) for m in members])
        canonical = next((m for m in members if m.text == group.canonical_text), members[0])
        shared.append((spread, len(members), position, level, canonical))
    shared.sort(key=lambda s: (-s[0], -s[1], s[2]))
    distinct: list = []
    for entry in shared:
        if len(distinct) < limit and not any(_same_heading(entry[4].text, kept[4].text) for kept in distinct):
            distinct.append(entry)
    chosen = sorted(distinct, key=lambda s: s[2])
    outline_blocks, previous = [], 0
    for _, _, _, level, canonical in chosen:
        level = min(level, previous + 1)
        outline_blocks.append(DraftBlock("heading", canonical.text, level, None, canonical.id, canonical.marker))
        previous = level
    return renumber(outline_blocks)
