"""年度对比: a draft block by block against the unit's plans of earlier years.

Blocks are compared in the normal form of 查重 and the groups (``comparison_text``: years and
numbers become slots, punctuation dropped), so a block that only changed its year is unchanged,
and its numbers are compared apart. A draft block is "unchanged" when last year's plan has a
block of the same normal form, "changed" when the closest block of last year is at least
``CHANGED`` similar (Indel similarity), else "new". An unchanged block counts the earlier years
in a row that had it. Last year's blocks no draft block comes from are "dropped".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from nlp.boilerplate.forms import comparison_text
from nlp.models import DroppedBlock, YearBlock, YearComparison

CHANGED = 0.5
_NUMBER = re.compile(r"\d+(?:\.\d+)?\s*(?:%|％|人次|场次|万元|[人场次期项家篇名户件个批元天])")


@dataclass(frozen=True)
class YearText:
    """A block to compare: its type and text (a Block, DraftBlock or StoredBlock will do)."""

    type: str
    text: str


@dataclass(frozen=True)
class EarlierPlan:
    """A plan of an earlier year: its blocks (anything with ``type`` and ``text``)."""

    title: str
    year: int | None
    blocks: Sequence[YearText]
    document_id: int | None = None

    @functools.cached_property
    def forms(self) -> frozenset[str]:
        """Its blocks' normal forms (computed once: a library's plans are kept per revision)."""
        return frozenset(comparison_text(b.text) for b in self.blocks) - {""}


def closest_per_year(
    plans: Iterable[EarlierPlan], blocks: Sequence[YearText], year: int | None, *, exclude: int | None = None
) -> list[EarlierPlan]:
    """The plans of years before ``year``, one a year, last year first: of a year's plans, the one
    sharing most blocks (normal forms) with ``blocks``; years sharing none are left out.

    Until the library knows units it is one unit, and this is how "the unit's plan of that year"
    is found among the 范文 of many units.
    """
    mine = {comparison_text(b.text) for b in blocks} - {""}
    best: dict[int, tuple[int, EarlierPlan]] = {}
    for plan in plans:
        if plan.year is None or (year is not None and plan.year >= year) or (exclude and plan.document_id == exclude):
            continue
        shared = len(mine & plan.forms)
        if shared and shared > best.get(plan.year, (0, None))[0]:
            best[plan.year] = (shared, plan)
    return [best[y][1] for y in sorted(best, reverse=True)]


def _numbers(text: str) -> list[str]:
    return [m.group().replace(" ", "") for m in _NUMBER.finditer(text)]


def _key(text: str) -> str:
    """Equal for blocks a reader takes as the same: same normal form (years aside), same numbers."""
    form = comparison_text(text)
    return f"{form}|{','.join(_numbers(text))}" if form else ""


def _closest(form: str, forms: Sequence[str]) -> tuple[int | None, float]:
    if not forms or not form:
        return None, 0.0
    hit = process.extractOne(form, forms, scorer=fuzz.ratio)
    return (hit[2], hit[1] / 100.0) if hit else (None, 0.0)


def compare_years(
    title: str, year: int | None, blocks: Sequence[YearText], earlier: Sequence[EarlierPlan]
) -> YearComparison:
    """``blocks`` against ``earlier`` plans, last year first (the caller orders them)."""
    forms = [comparison_text(b.text) for b in blocks]
    keys = [_key(b.text) for b in blocks]
    earlier_forms = [comparison_text(b.text) for b in earlier[0].blocks] if earlier else []
    earlier_keys = [[_key(b.text) for b in plan.blocks] for plan in earlier]
    earlier_sets = [set(k) for k in earlier_keys]
    last = earlier[0] if earlier else None
    used: set[int] = set()
    out = []
    for index, (block, form, key) in enumerate(zip(blocks, forms, keys)):
        if not form or last is None:
            out.append(YearBlock(index, block.type, block.text, "new"))
            continue
        years = 0
        for plan_keys in earlier_sets:
            if key not in plan_keys:
                break
            years += 1
        if years:
            position = earlier_keys[0].index(key)
            used.add(position)
            previous = last.blocks[position].text
            carried = tuple(n for n in _numbers(block.text) if n in _numbers(previous))
            out.append(YearBlock(index, block.type, block.text, "unchanged", years, previous, last.year, 1.0, carried))
            continue
        position, similarity = _closest(form, earlier_forms)
        if position is not None and similarity >= CHANGED:
            used.add(position)
            previous = last.blocks[position].text
            carried = tuple(n for n in _numbers(block.text) if n in _numbers(previous))
            out.append(
                YearBlock(
                    index, block.type, block.text, "changed", 0, previous, last.year, round(similarity, 3), carried
                )
            )
        else:
            out.append(YearBlock(index, block.type, block.text, "new"))
    dropped = ()
    if last is not None:
        dropped = tuple(
            DroppedBlock(b.text, last.year, last.title)
            for i, (b, form) in enumerate(zip(last.blocks, earlier_forms))
            if i not in used and form
        )
    return YearComparison(title, year, tuple((p.title, p.year) for p in earlier), tuple(out), dropped)
