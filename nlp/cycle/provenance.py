"""Where every block of a draft came from, and 查重's copied text split by it.

A block taken from the library keeps its source (``DraftBlock.source_document`` …, saved with
the draft); a block typed by the drafter has none. Text 查重 finds in a document the draft itself
names as a source is reuse the drafter chose (one's own past plans, while the library is one
unit); text found elsewhere is copying from others.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from nlp.boilerplate.forms import comparison_text
from nlp.models import BlockOrigin, CheckedBlock, CheckReport, Draft, DraftBlock

ORIGIN_STATUS = {"unchanged": "原样沿用", "edited": "已修改", "own": "本人撰写"}


def edited(block: DraftBlock) -> bool | None:
    """Whether a block taken from the library was edited since (None: the drafter's own text).

    Compared in the normal form of 查重, so filling a year or a blank is not an edit."""
    if block.source_text is None:
        return None
    return comparison_text(block.text) != comparison_text(block.source_text)


@dataclass(frozen=True)
class SourceNote:
    """One line of a 来源说明: a block and where it came from."""

    index: int
    text: str
    own: bool  # typed by the drafter
    document: str | None
    file: str | None
    year: int | None
    edited: bool | None


def source_notes(draft: Draft) -> list[SourceNote]:
    """The 来源说明 of a draft, block by block."""
    return [
        SourceNote(
            i,
            b.text,
            b.source_id is None and b.source_text is None,
            b.source_document,
            b.source_file,
            b.source_year,
            edited(b),
        )
        for i, b in enumerate(draft.blocks)
    ]


@dataclass(frozen=True)
class ReuseSplit:
    """查重's copied characters of a draft: from the documents it names as sources (``chosen``)
    and from other documents (``others``), each a share of its characters."""

    chosen: float
    others: float
    documents: tuple[str, ...]


def _covered(spans: Sequence[tuple[int, int]]) -> set[int]:
    return {i for start, end in spans for i in range(start, end)}


def reuse_split(report: CheckReport, draft: Draft) -> ReuseSplit:
    """Split a 查重 report of ``draft`` by the draft's own provenance (a source is a document title
    and its file: two units' plans may share a title)."""
    named = {(b.source_document, b.source_file) for b in draft.blocks if b.source_document}
    chosen = others = 0
    for block in report.blocks:
        mine = _covered([s for m in block.matches if (m.document, m.file) in named for s in m.spans])
        other = _covered([s for m in block.matches if (m.document, m.file) not in named for s in m.spans]) - mine
        chosen += len(mine)
        others += len(other)
    total = report.summary.characters or 1
    return ReuseSplit(chosen / total, others / total, tuple(sorted(d for d, _ in named)))


def reuse_key(text: str) -> str:
    """What a 合理借鉴 mark names a paragraph by: its text in the normal form of 查重 (years and
    numbers as slots), so the mark stays through moves and a new year, and goes with a rewrite."""
    return comparison_text(text)


def block_origin(
    block: DraftBlock,
    documents: Mapping[tuple[str, str], tuple[int | None, str | None]] | None = None,
    marks: Mapping[str, str] | None = None,
) -> BlockOrigin:
    """Where ``block`` came from; ``documents`` maps a library document's (title, file) to its year
    and unit name as the person sees them (a source no longer in the library keeps what the draft
    saved); ``marks`` maps a ``reuse_key`` marked 合理借鉴 to its reason."""
    reuse = (marks or {}).get(reuse_key(block.text))
    changed = edited(block)
    if changed is None:
        return BlockOrigin("own", reuse=reuse)
    year, unit = (documents or {}).get((block.source_document, block.source_file), (None, None))
    return BlockOrigin(
        "edited" if changed else "unchanged",
        block.source_document,
        block.source_file,
        block.source_year or year,
        unit,
        reuse,
    )


def origin_label(origin: BlockOrigin) -> str:
    """A short Chinese label: 来自《2025年工作计划》 · 护理部 · 原样沿用, or 本人撰写; and · 合理借鉴（reason）."""
    reuse = "" if origin.reuse is None else " · 合理借鉴" + (f"（{origin.reuse}）" if origin.reuse else "")
    if origin.status == "own":
        return ORIGIN_STATUS["own"] + reuse
    title = origin.document or "文库段落"
    year = f"{origin.year}年" if origin.year and str(origin.year) not in title else ""
    unit = f" · {origin.unit}" if origin.unit else ""
    return f"来自{year}《{title}》{unit} · {ORIGIN_STATUS[origin.status]}{reuse}"


def aligned(checked: Sequence[str], blocks: Sequence[str]) -> list[int | None]:
    """For each checked text, the index of the draft block it is (None: a line the export added,
    such as the 落款): equal texts first, then the blocks between them in order."""
    out: list[int | None] = [None] * len(checked)
    matcher = difflib.SequenceMatcher(None, [t.strip() for t in checked], [t.strip() for t in blocks], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag in ("equal", "replace"):
            for k in range(min(i2 - i1, j2 - j1)):
                out[i1 + k] = j1 + k
    return out


def with_provenance(report: CheckReport, draft: Draft, origins: Sequence[BlockOrigin]) -> CheckReport:
    """``report`` of ``draft`` (checked as its exported text) with each block's origin (``origins``,
    one per draft block) set, and 总文字复制比 without the paragraphs marked 合理借鉴."""
    where = aligned([b.text for b in report.blocks], [b.text for b in draft.blocks])
    blocks = tuple(
        block if at is None else replace(block, origin=origins[at]) for block, at in zip(report.blocks, where)
    )
    summary = report.summary
    marked = sum(b.copied_characters for b in blocks if b.origin is not None and b.origin.reuse is not None)
    excluding = round((summary.copied_characters - marked) / summary.characters, 4) if summary.characters else 0.0
    return replace(report, blocks=blocks, summary=replace(summary, copied_ratio_excluding_reuse=excluding))


def reused_blocks(report: CheckReport) -> list[tuple[int, CheckedBlock]]:
    """The paragraphs of a report marked 合理借鉴, with their numbers (1-based, as 全文对照 numbers them)."""
    return [(n, b) for n, b in enumerate(report.blocks, start=1) if b.origin is not None and b.origin.reuse is not None]
