"""A person's corrections of a parse, applied to what parsing made of a file: a pure step.

Parsing gives a ``ParseResult``; the corrections stored for the file's content (``Library.corrections``)
are applied to it in the order they were made, giving the documents that are stored. Blocks are named
by an anchor that does not move when other blocks are dropped, split off or merged: a hash of the
block's text and which occurrence of that text in the file it is (the first, the second …); a document
by the anchor of its title. A correction whose anchor is no longer found (the parser changed) is
skipped, never guessed.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from nlp.models import AnchoredBlock, AnchoredDocument, Block, Correction, Document, DroppedLine, ParseResult

BLOCK_TYPES = ("heading", "item", "paragraph")
JUNK_REASON = "人工标为杂项"


def _anchor(prefix: str, text: str, seen: Counter) -> str:
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    seen[digest] += 1
    return f"{prefix}{digest}:{seen[digest]}"


@dataclass
class _Block:
    anchor: str
    block: Block
    junk: str | None = None  # the reason, when a person marked it junk


@dataclass
class _Document:
    anchor: str
    title: str
    kind: str
    year: int | None
    blocks: list[_Block] = field(default_factory=list)
    title_block: Block | None = None  # the block a split made the title (a merge puts it back)
    title_source: str = "text"


def _working(result: ParseResult) -> list[_Document]:
    titles, texts = Counter(), Counter()
    return [
        _Document(
            _anchor("t", d.title, titles),
            d.title,
            d.kind,
            d.year,
            [_Block(_anchor("b", b.text, texts), b) for b in d.blocks],
            title_source=d.title_source,
        )
        for d in result.documents
    ]


def _find(documents: list[_Document], anchor: str) -> tuple[int, int | None] | None:
    """(document, block) holding ``anchor``; block None when it names the document itself."""
    for d, document in enumerate(documents):
        if document.anchor == anchor:
            return d, None
        for b, block in enumerate(document.blocks):
            if block.anchor == anchor:
                return d, b
    return None


def block_value(type_: str, level: int | None) -> str:
    """A block correction's value: its new type and level."""
    return f"{type_}:{'' if type_ == 'paragraph' or level is None else level}"


def _apply(documents: list[_Document], correction: Correction) -> None:
    found = _find(documents, correction.anchor)
    if found is None:
        return
    d, b = found
    document = documents[d]
    if correction.action in ("junk", "keep", "block") and b is None:
        return
    if correction.action == "junk":
        document.blocks[b].junk = correction.value or JUNK_REASON
    elif correction.action == "keep":
        document.blocks[b].junk = None
    elif correction.action == "block":
        type_, _, level = correction.value.partition(":")
        block = document.blocks[b].block
        document.blocks[b].block = replace(block, type=type_, level=int(level) if level else None)
    elif correction.action == "split" and b is not None and b > 0:
        head = document.blocks[b]
        documents.insert(
            d + 1,
            _Document(head.anchor, head.block.text, document.kind, document.year, document.blocks[b + 1 :], head.block),
        )
        del document.blocks[b:]
    elif correction.action == "merge" and d + 1 < len(documents):
        following = documents.pop(d + 1)
        title = following.title_block or Block("heading", following.title, 1)
        document.blocks += [_Block(following.anchor, title), *following.blocks]
    elif correction.action == "title":
        document.title, document.title_source = correction.value, "person"
    elif correction.action == "year":
        document.year = int(correction.value) if correction.value else None


def _corrected(result: ParseResult, corrections: Sequence[Correction]) -> list[_Document]:
    documents = _working(result)
    for correction in corrections:
        _apply(documents, correction)
    return documents


def corrected_outline(
    result: ParseResult, corrections: Sequence[Correction]
) -> tuple[ParseResult, tuple[AnchoredDocument, ...]]:
    """``result`` with ``corrections`` applied in order, and its documents with their anchors (the
    blocks marked junk are left out of both, and added to the dropped lines with their reason)."""
    documents = _corrected(result, corrections)
    anchored = tuple(
        AnchoredDocument(
            d.anchor,
            d.title,
            d.kind,
            d.year,
            tuple(AnchoredBlock(b.anchor, b.block) for b in d.blocks if b.junk is None),
            d.title_source,
        )
        for d in documents
    )
    dropped = tuple(
        DroppedLine(b.block.text, b.junk if b.junk.startswith(JUNK_REASON) else f"{JUNK_REASON}：{b.junk}")
        for d in documents
        for b in d.blocks
        if b.junk is not None
    )
    corrected = ParseResult(
        tuple(Document(d.title, d.kind, d.year, tuple(b.block for b in d.blocks), d.title_source) for d in anchored),
        result.dropped + dropped,
    )
    return corrected, anchored


def apply_corrections(result: ParseResult, corrections: Sequence[Correction]) -> ParseResult:
    """``result`` as the person corrected it (see ``corrected_outline``)."""
    return corrected_outline(result, corrections)[0]


def junked_anchors(result: ParseResult, corrections: Sequence[Correction]) -> dict[str, str]:
    """The blocks of ``result`` a person marked junk (and did not keep again): anchor -> text."""
    return {b.anchor: b.block.text for d in _corrected(result, corrections) for b in d.blocks if b.junk is not None}
