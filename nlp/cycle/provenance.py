"""Where every block of a draft came from, and 查重's copied text split by it.

A block taken from the library keeps its source (``DraftBlock.source_document`` …, saved with
the draft); a block typed by the drafter has none. Text 查重 finds in a document the draft itself
names as a source is reuse the drafter chose (one's own past plans, while the library is one
unit); text found elsewhere is copying from others.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from nlp.boilerplate.forms import comparison_text
from nlp.models import CheckReport, Draft, DraftBlock


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
