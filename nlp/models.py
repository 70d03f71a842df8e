"""Plain data that flows through the pipeline: reader -> clean -> structure -> store."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Line:
    """One line of raw text as a reader found it, with what the source format says about it.

    ``style_level``: heading level from the source's own markup (0 = document title,
    1-4 = Heading 1-4 / 标题 1-4 / <h1>-<h4> / markdown #), None for body text.
    ``marker``: an outline label the source generated (Word automatic numbering), not in ``text``.
    ``wrapped``: the layout broke this line; it continues on the next one (PDF text layer).
    """

    text: str
    style_level: int | None = None
    marker: str | None = None
    wrapped: bool = False


@dataclass(frozen=True)
class Placeholder:
    """An unfilled template slot such as 20__年, 20xx, XX, ____, _月_日, ××."""

    start: int
    end: int
    text: str
    kind: str  # "year" | "blank" | "name"


@dataclass(frozen=True)
class Block:
    """One unit of a document's outline.

    ``type`` is "heading", "item" (a numbered full sentence) or "paragraph".
    ``level`` is the outline depth (1 = 一、 level) for headings and items, None for paragraphs.
    ``marker`` is the label as written (一、 （一） 1. ①), kept apart from ``text`` for renumbering.
    ``schedule`` names the months of a schedule heading ("3月", "7月—8月"), else None.
    """

    type: str
    text: str
    level: int | None = None
    marker: str | None = None
    placeholders: tuple[Placeholder, ...] = ()
    schedule: str | None = None


@dataclass(frozen=True)
class Document:
    """One plan or summary: a file may hold several."""

    title: str
    kind: str  # "计划" | "总结" | "其他"
    year: int | None
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class DroppedLine:
    """A line removed by cleaning, with the reason shown to the user."""

    text: str
    reason: str


@dataclass(frozen=True)
class ParseResult:
    """What one file turned into."""

    documents: tuple[Document, ...]
    dropped: tuple[DroppedLine, ...] = field(default=())


@dataclass(frozen=True)
class GroupMember:
    """One occurrence of a reusable piece of text in the library."""

    block_id: int
    document_id: int
    document_title: str
    file_name: str
    type: str
    marker: str | None
    text: str
    similarity: float  # to the group's canonical text, 0..1


@dataclass(frozen=True)
class Group:
    """Near-duplicate blocks: one canonical text and the variants it was copied into."""

    id: int
    canonical_text: str
    type: str
    members: tuple[GroupMember, ...]

    @property
    def count(self) -> int:
        return len(self.members)

    @property
    def documents(self) -> int:
        return len({m.document_id for m in self.members})
