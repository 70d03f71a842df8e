"""计划↔总结 对照: did the summary report on every item the plan set?

Plan items are the plan's headings and items down to a chosen depth (1 = the 一、 sections,
2 = their children, 3 = grandchildren), each with the text beneath it. Summary units are its
blocks and their sentences. Every item is scored against every unit (``similarity.score``);
the best unit decides: 已落实 at ``DONE`` or above, 部分 at ``PARTIAL`` or above, else 未提及.
An item longer than ``LONG_ITEM`` characters (a 政府工作报告's task area runs to 2 000) is
also scored sentence by sentence, since a summary reports such an item piece by piece, in
several paragraphs, and no one of them shares more than a few of its words: its best sentence
can make it 部分, and it is 已落实 only when at least half of its sentences are reported.
The evidence is the unit's best sentence; what 部分 lacks is the item's key words the evidence
block does not use; the item's numeric targets are compared with the numbers of the units that
report the sentence holding them (of its evidence, for a short item).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from nlp.boilerplate.segment import Segmenter, default_segmenter
from nlp.cycle.similarity import canonical_tokens, load_synonyms, score
from nlp.cycle.targets import compare_targets, targets
from nlp.models import Block, Document, FollowupItem, FollowupReport, FollowupSection

DONE = 0.42
PARTIAL = 0.30
DEFAULT_LEVEL = 3
MAX_MISSING = 5
LONG_ITEM = 100  # characters; the items of the hand-written pairs have at most 64
# A unit reports a long item's sentence for its numbers at this score (chosen on the tune pairs).
TARGET_EVIDENCE = 0.25

# Words of targets, not of topics: 不少于 cuts into 不少 + 于.
_TARGET_WORDS = frozenset({"不少", "至少", "不低", "不超过", "达到", "全年", "每年", "每季度", "每月", "以上"})
_SENTENCE = re.compile(r"[^。；！？!?;]+[。；！？!?;]?")
_OUTLINED = ("heading", "item")
# A sentence that reports something not done is no evidence that it was done.
SHORTFALL = re.compile(
    r"未能|尚未|没有(?:举办|开展|完成|落实|实现)|未(?:完成|开展|落实|实现|达到|成行|举办)|较慢|不够|有待|差距"
)


@dataclass(frozen=True)
class PlanItem:
    section: str
    block_index: int
    block: Block
    depth: int
    body: str  # the item's text and everything beneath it


def _depths(blocks: Sequence[Block]) -> dict[int, int]:
    """Block index -> outline depth (1 = the shallowest marked heading level), for outlined blocks."""
    levels = [b.level for b in blocks if b.type in _OUTLINED and b.level is not None and b.marker]
    if not levels:
        levels = [b.level for b in blocks if b.type in _OUTLINED and b.level is not None]
    if not levels:
        return {}
    top = min(levels)
    return {i: b.level - top + 1 for i, b in enumerate(blocks) if b.type in _OUTLINED and b.level and b.level >= top}


def _with_paragraphs(blocks: Sequence[Block], depth: dict[int, int], level: int) -> dict[int, int]:
    """``depth`` and, when ``level`` goes below the outline, the paragraphs under its deepest items.

    A 政府工作报告 numbers its task areas （一）…（十） and writes their items as unnumbered
    paragraphs, each opening with its own short heading (推动产业链供应链优化升级。…): asked for
    one level more than the outline has, those paragraphs are the items, a level below their heading.
    """
    if not depth or level <= max(depth.values()):
        return depth
    out = dict(depth)
    current = None
    for i, block in enumerate(blocks):
        if i in depth:
            current = depth[i]
        elif current is not None and block.type == "paragraph":
            out[i] = current + 1
    return out


def plan_items(document: Document, level: int = DEFAULT_LEVEL) -> list[PlanItem]:
    """The items of a plan down to ``level``: outlined blocks with no child within ``level``.

    Below the outline's deepest level, the paragraphs under its items are items too.
    """
    blocks = document.blocks
    depth = _with_paragraphs(blocks, _depths(blocks), level)
    items, section = [], ""
    for i, block in enumerate(blocks):
        d = depth.get(i)
        if d is None or d > level:
            continue
        if d == 1:
            section = f"{block.marker or ''}{block.text}"
        end = next((j for j in range(i + 1, len(blocks)) if j in depth and depth[j] <= d), len(blocks))
        if any(depth.get(j, level + 1) <= level for j in range(i + 1, end)):
            continue  # it has children that are items themselves
        body = "".join(b.text for b in blocks[i:end])
        items.append(PlanItem(section or f"{block.marker or ''}{block.text}", i, block, d, body))
    return items


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(text) if len(s.strip()) >= 4]


def followup(
    plan: Document,
    summary: Document,
    *,
    level: int = DEFAULT_LEVEL,
    background: Sequence[list[str]] = (),
    segmenter: Segmenter | None = None,
) -> FollowupReport:
    """Every plan item down to ``level`` against the summary.

    ``background``: token lists of the library's blocks (``segmenter`` tokens, mapped to the
    synonym groups here like the items'), for the IDF and the LSA space; without it the two
    documents alone set them.
    """
    segmenter = segmenter or default_segmenter()
    synonyms = load_synonyms()
    items = plan_items(plan, level)
    # (summary block index, text, a sentence?): each block (its shortfalls left out), its sentences
    units: list[tuple[int, str, bool]] = []
    for index, block in enumerate(summary.blocks):
        sentences = [s for s in _sentences(block.text) if not SHORTFALL.search(s)]
        if sentences:
            units.append((index, "".join(sentences), len(sentences) == 1))
        if len(sentences) > 1:
            units.extend((index, s, True) for s in sentences)
    if not items:
        return FollowupReport(plan.title, summary.title, level, ())

    def tokens(text: str) -> list[str]:
        return [t for t in canonical_tokens(segmenter, text, synonyms) if t not in _TARGET_WORDS]

    # The parts scored: each item's body, and a long item's sentences (row of the item, text).
    parts = []
    for row, item in enumerate(items):
        parts.append((row, item.body))
        if len(item.body) > LONG_ITEM:
            parts.extend((row, s) for s in _sentences(item.body))
    part_tokens = [tokens(text) for _, text in parts]
    # What a missing word is called in the plan itself (职工, not the synonym group's first word).
    plan_words = [{synonyms.get(t, t): t for t in reversed(segmenter.tokens(item.body))} for item in items]
    unit_tokens = [tokens(u[1]) for u in units]
    scores = score(
        part_tokens,
        unit_tokens,
        [text for _, text in parts],
        [u[1] for u in units],
        [[synonyms.get(t, t) for t in b] for b in background],
    )
    sections: dict[str, list[FollowupItem]] = {}
    for row, item in enumerate(items):
        rows = [p for p, (r, _) in enumerate(parts) if r == row]
        item_parts = [(parts[p][1], scores.combined[p]) for p in rows]
        result = _judge(item, item_parts, scores.idf, units, unit_tokens, part_tokens[rows[0]], plan_words[row])
        sections.setdefault(item.section, []).append(result)
    return FollowupReport(
        plan.title, summary.title, level, tuple(FollowupSection(t, tuple(i)) for t, i in sections.items())
    )


def _judge(item: PlanItem, parts, idf, units, unit_tokens, tokens, plan_words) -> FollowupItem:
    """``parts``: (text, scores against every unit) of the item's body and, for a long item, its sentences."""
    combined = np.max([scores for _, scores in parts], axis=0) if len(units) else np.zeros(0)
    best = int(combined.argmax()) if len(units) else None
    value = float(combined[best]) if best is not None else 0.0
    sentences = parts[1:]
    if sentences and value >= DONE and sum(s.max() >= PARTIAL for _, s in sentences) * 2 < len(sentences):
        status = "部分"  # a long item with less than half of its sentences reported
    else:
        status = "已落实" if value >= DONE else "部分" if value >= PARTIAL else "未提及"
    block = item.block
    base = dict(
        section=item.section,
        marker=block.marker,
        text=block.text,
        level=item.depth,
        block_index=item.block_index,
        score=round(min(value, 1.0), 3),
    )
    plan_targets = targets(item.body)
    if status == "未提及":
        return FollowupItem(status=status, targets=compare_targets(plan_targets, ()), **base)
    # The evidence: the best sentence; what is missing: the item's words its block does not use.
    evidence = max((u for u in range(len(units)) if units[u][2]), key=lambda u: combined[u])
    evidence_block = units[evidence][0]
    block_unit = next(u for u, unit in enumerate(units) if unit[0] == evidence_block)
    block_words = set(unit_tokens[block_unit])
    missing = sorted({w for w in tokens if w not in block_words}, key=lambda w: -idf.get(w, 0.0))
    return FollowupItem(
        status=status,
        evidence=units[evidence][1],
        evidence_block=evidence_block,
        missing=tuple(plan_words.get(w, w) for w in missing[:MAX_MISSING]) if status == "部分" else (),
        targets=_targets(plan_targets, parts, units, [units[evidence][1], units[block_unit][1]]),
        **base,
    )


def _close(scores, units, bar: float = PARTIAL) -> list[str]:
    """The texts of the (at most four) units that report a part at ``bar`` or above, best first."""
    return [units[u][1] for u in np.argsort(-scores, kind="stable")[:4] if scores[u] >= bar]


def _targets(plan_targets, parts, units, evidence: list[str]):
    """Each target against the numbers of the units reporting the sentence that holds it.

    A short item (no sentences of its own) uses its evidence and the units close to it.
    """
    body_scores = parts[0][1]
    results = []
    for target in plan_targets:
        holders = [scores for text, scores in parts[1:] if target.text in text]
        texts = _close(holders[0], units, TARGET_EVIDENCE) if holders else [*evidence, *_close(body_scores, units)]
        results.extend(compare_targets([target], texts))
    return tuple(results)
