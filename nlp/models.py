"""Plain data the stages pass between them: read -> clean -> structure -> store -> map | check | compose.

One vocabulary for the whole core: the store, the use cases and several stages share most of these
types, so they live together rather than in the stage that makes them (which would tie the store
to the composing stage and back)."""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Line:
    """One line of raw text as a reader found it, with what the source format says about it.

    ``style_level``: heading level from the source's own markup (0 = document title,
    1-4 = Heading 1-4 / 标题 1-4 / <h1>-<h4> / markdown #), None for body text.
    ``marker``: an outline label the source generated (Word automatic numbering), not in ``text``.
    ``wrapped``: the layout broke this line; it continues on the next one (PDF text layer).
    ``whole``: the source marks this line as a paragraph of its own (a Word paragraph): never joined.
    ``list_item``: the source puts it in a list (Word's List Number style): an item, never a heading.
    ``dateline``: cleaning took a news dateline off its start (本报讯, (記者…報導)): a report begins here.
    """

    text: str
    style_level: int | None = None
    marker: str | None = None
    wrapped: bool = False
    whole: bool = False
    list_item: bool = False
    dateline: bool = False


@dataclass(frozen=True)
class Placeholder:
    """An unfilled template slot such as 20__年, 20xx, XX, ____, _月_日, ××."""

    start: int
    end: int
    text: str
    kind: str  # "date" | "year" | "blank" | "name"


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
    title_source: str = "text"  # TITLE_SOURCES: where the title comes from


# Where a document's title comes from: a line of the file's text, the file's name (the last resort,
# when the text has no title line), or a person's correction.
TITLE_SOURCES = ("text", "file", "person")


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


# --- the library in the store ---------------------------------------------------------------


@dataclass(frozen=True)
class StoredFile:
    id: int
    name: str
    size: int
    imported_at: str
    documents: int
    unit_id: int = 1
    shared: bool = False  # in the shared library (范文, 上级文件): every unit sees it


@dataclass(frozen=True)
class DocumentSummary:
    id: int
    title: str
    kind: str
    year: int | None
    file_id: int
    file_name: str
    imported_at: str
    blocks: int
    unit_id: int = 1
    shared: bool = False
    title_source: str = "text"  # TITLE_SOURCES


@dataclass(frozen=True)
class StoredBlock:
    """A block of the library with where it comes from."""

    id: int
    document_id: int
    position: int
    type: str
    level: int | None
    marker: str | None
    text: str
    document_title: str
    file_name: str


@dataclass(frozen=True)
class LibraryRevision:
    """Where the library is: ``number`` counts imports and removals; ``token`` is new at each of
    them (random), so it names one state of one library even across copies of the file."""

    number: int
    token: str


@dataclass(frozen=True)
class IngestOutcome:
    """What storing one parsed file did."""

    file_id: int | None
    added: int  # documents stored
    duplicates: int  # documents already in the library (same content from another file)
    already_imported: bool  # this exact file was imported before
    corrected: int = 0  # corrections made to this file before (kept by its content) applied again


@dataclass(frozen=True)
class TrashedFile:
    """A removed file kept for undo: its documents come back with ``restore``."""

    id: int  # the file's id when it was in the library
    name: str
    unit_id: int
    documents: int
    removed_at: str
    removed_by: str = ""


# What a correction does (``nlp.library.corrections``): drop a block as junk or keep it again, split
# a document at a block or merge it with the next one, change a block's type and level, a title, a year.
CORRECTION_ACTIONS = ("junk", "keep", "split", "merge", "block", "title", "year")


@dataclass(frozen=True)
class Correction:
    """A person's correction of a parse, kept by the file's content hash so it outlives a removal and
    is applied again when the same file is imported again.

    ``anchor`` names the block (``corrections.block_anchors``: a hash of its text and which occurrence of
    that text in the file it is) or, for title, year and merge, the document holding it. ``text`` is the
    block's text as parsed (shown, and a training example for the junk model). ``value``: the reason
    (junk), the new title, the year ("" for none), or the block's type and level ("heading:2",
    "paragraph:")."""

    action: str
    anchor: str
    text: str
    value: str = ""
    id: int | None = None
    person: str = ""
    created_at: str = ""


@dataclass(frozen=True)
class AnchoredBlock:
    """A block of a file's corrected outline with the anchor corrections name it by."""

    anchor: str
    block: Block


@dataclass(frozen=True)
class AnchoredDocument:
    """A document of a file's corrected outline: its anchor, title, kind, year and anchored blocks."""

    anchor: str
    title: str
    kind: str
    year: int | None
    blocks: tuple[AnchoredBlock, ...]
    title_source: str = "text"


@dataclass(frozen=True)
class DraftSummary:
    """A line of the draft list."""

    id: int
    title: str
    blocks: int
    revision: int
    created_at: str
    updated_at: str
    deleted_at: str | None = None
    unit_id: int = 1
    owner_id: int | None = None  # None: made in single-user mode or by the CLI


@dataclass(frozen=True)
class StoredDraft:
    """A draft as saved, with its id and the revision a later save must name."""

    id: int
    draft: Draft
    revision: int
    created_at: str
    updated_at: str
    deleted_at: str | None = None
    unit_id: int = 1
    owner_id: int | None = None


@dataclass(frozen=True)
class FileReport:
    """The one-line result of importing one file."""

    name: str
    ok: bool
    message: str
    documents: int = 0
    added: int = 0
    dropped: int = 0
    file_id: int | None = None
    corrected: int = 0  # corrections made to this file before, applied again


def _pickled_by_fields(cls: type) -> type:
    """Pickle ``cls`` as a call with its fields' values rather than its instance dict: in Python 3.11
    reading an object's ``__dict__`` (pickle's default) gives it a dict of its own for the rest of its
    life, and a held group list is saved after each import (about 40 MB at 100 000 blocks; a saved
    list read back as before, from a dict of fields, still loads)."""
    values = operator.attrgetter(*(f.name for f in fields(cls)))
    cls.__reduce__ = lambda self: (type(self), values(self))
    return cls


@_pickled_by_fields
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


@_pickled_by_fields
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


@dataclass(frozen=True)
class Topic:
    """Distinct texts about one subject, labelled by the words that weigh most in them."""

    id: int
    label: str  # the keywords joined with " · "
    keywords: tuple[str, ...]
    group_ids: tuple[int, ...]  # most frequent first
    size: int  # blocks: the members' counts summed


@dataclass(frozen=True)
class TopicPoint:
    """Where one distinct text sits on the 2-D map."""

    group_id: int
    x: float
    y: float
    topic_id: int | None  # None: an outlier or a short heading near no topic


@dataclass(frozen=True)
class TopicMap:
    """The library's topics, its outliers and a 2-D map of its distinct texts."""

    topics: tuple[Topic, ...]
    outliers: tuple[int, ...]  # group ids that belong to no topic and resemble nothing
    assignments: dict[int, int | None]  # every group id -> topic id, or None
    points: Sequence[TopicPoint]  # a tuple, or ``topics.TopicPoints`` (columns, equal to the tuple)
    auto_k: bool = True  # the number of topics was chosen, not given
    silhouette: dict[int, float] = field(default_factory=dict)  # k -> score, when chosen
    built_at: str = field(default="", compare=False)  # when the topics were last built (ISO 8601, UTC)


# --- composing a draft -------------------------------------------------------------------

DRAFT_BLOCK_TYPES = ("heading", "item", "paragraph")
MAX_DRAFT_LEVEL = 5  # 一、 （一） 1. （1） ①


@dataclass(frozen=True)
class DraftBlock:
    """One block of a plan being composed.

    ``level`` is the outline depth (1 = 一、) for headings and items, None for paragraphs.
    ``marker`` is the label renumbering gave it; ``original_marker`` the label in its source.
    ``source_id`` is the library block it was taken from, None for the user's own text.
    Provenance, kept with the draft even if the library later loses the source: the source's
    ``source_document`` (title), ``source_file``, ``source_year`` and ``source_text`` (its
    text when taken, to tell whether it was edited since; see ``nlp.cycle.provenance``).
    """

    type: str
    text: str
    level: int | None = None
    marker: str | None = None
    source_id: int | None = None
    original_marker: str | None = None
    source_document: str | None = None
    source_file: str | None = None
    source_year: int | None = None
    source_text: str | None = None

    def __post_init__(self):
        if self.type not in DRAFT_BLOCK_TYPES:
            raise ValueError(f"type must be one of {DRAFT_BLOCK_TYPES}, got {self.type!r}")
        if self.type == "paragraph":
            if self.level is not None:
                raise ValueError("a paragraph has no level")
        elif not isinstance(self.level, int) or not 1 <= self.level <= MAX_DRAFT_LEVEL:
            raise ValueError(f"a {self.type} needs a level from 1 to {MAX_DRAFT_LEVEL}, got {self.level!r}")


@dataclass(frozen=True)
class Draft:
    """A plan being composed: title, this year's specifics and the ordered blocks.

    ``specifics`` maps a field to its value: ``unit`` (单位), ``superior`` (上级), ``year``,
    ``date`` and any other field the user fills in. ``signature`` puts the 落款 (the unit and the
    成文日期) at the end of every export.
    """

    title: str
    specifics: dict = field(default_factory=dict)
    blocks: tuple[DraftBlock, ...] = ()
    signature: bool = True


@dataclass(frozen=True)
class Fill:
    """A placeholder that the specifics fill: ``block_index`` None means the title."""

    block_index: int | None
    start: int
    end: int
    text: str
    replacement: str
    kind: str


@dataclass(frozen=True)
class PendingPlaceholder:
    """A placeholder still unfilled: ``block_index`` None means the title."""

    block_index: int | None
    start: int
    end: int
    text: str
    kind: str  # "year" | "date" | "blank" | "name" | "field"


@dataclass(frozen=True)
class Suggestion:
    """Text from the source document that probably names its own unit or year."""

    block_index: int
    start: int
    end: int
    text: str
    replacement: str | None  # None: nothing in the specifics to put there yet
    reason: str


@dataclass(frozen=True)
class StalenessWarning:
    """Reused text that names something past: an old year, a superseded congress, an event."""

    block_index: int
    start: int
    end: int
    text: str
    reason: str


# --- checking a draft for copied text (查重) ----------------------------------------------

Span = tuple[int, int]  # [start, end) character offsets into a text


@dataclass(frozen=True)
class CopyMatch:
    """One source a draft block copies from, and where.

    ``spans`` index into the draft block's text, ``source_spans`` into ``text`` (the source's
    text). ``similarity`` (0..1) is how closely the copied passages follow the source (Indel
    similarity of the aligned passages); ``ratio`` is the share of the draft block's characters
    in ``spans``. A library source has ``block_id`` and ``document_id``; a draft's own block (a
    repetition, or another draft of a batch) has ``draft_index`` and ``block_index`` instead.
    """

    document: str
    file: str
    text: str
    similarity: float
    spans: tuple[Span, ...]
    source_spans: tuple[Span, ...]
    ratio: float
    section: str | None = None
    block_id: int | None = None
    document_id: int | None = None
    excluded: bool = False
    draft_index: int | None = None
    block_index: int | None = None
    kind: str = "复制"  # 复制: found from exact runs; 改写: a rewritten copy, found by alignment alone


@dataclass(frozen=True)
class BlockOrigin:
    """Where a block of a saved draft came from (``nlp.cycle.provenance``): ``status`` "unchanged"
    (taken from a library document and not edited since), "edited" or "own" (typed by the drafter),
    with the source document's title, file, year and unit (None where unknown)."""

    status: str
    document: str | None = None
    file: str | None = None
    year: int | None = None
    unit: str | None = None
    reuse: str | None = None  # marked 合理借鉴 by the drafter: the reason ("" when none given); None: not marked


@dataclass(frozen=True)
class CheckedBlock:
    """A draft block with what it copies: ``similarity`` is the share of its characters copied
    from the library (its 文字复制比), which sets its colour in a report. ``origin``: where the
    block came from, when the checked text is a saved draft (None for a file or pasted text)."""

    type: str
    text: str
    level: int | None
    marker: str | None
    section: str | None
    similarity: float
    matches: tuple[CopyMatch, ...]  # library sources, best first
    self_matches: tuple[CopyMatch, ...]  # earlier blocks of the same draft it repeats
    similarity_excluding: float = 0.0  # the same share, excluded sources left out
    copied_characters: int = 0  # its characters copied from the library (重合字数)
    origin: BlockOrigin | None = None


@dataclass(frozen=True)
class SourceShare:
    """A source document, the share of the draft's characters copied from it and how many (重复字数)."""

    document: str
    file: str
    ratio: float
    document_id: int | None = None
    excluded: bool = False
    characters: int = 0


@dataclass(frozen=True)
class CheckSummary:
    """The figures of a 文本复制检测报告单: 总文字复制比, 去除引用文字复制比, 去除所选来源复制比,
    单篇最大文字复制比, 重复字数, 总字数, 总段落数, 疑似段落数, 前部/后部重合字数 (copied characters in
    the first and second half of the draft), 疑似段落最大/最小重合字数, 自我重复比."""

    copied_ratio: float
    copied_ratio_excluding: float
    max_single_source_ratio: float
    sources: tuple[SourceShare, ...]
    self_repeated_ratio: float
    characters: int
    copied_characters: int
    max_single_source_ratio_excluding: float = 0.0
    copied_ratio_excluding_quotes: float = 0.0
    paragraphs: int = 0
    suspicious_paragraphs: int = 0
    front_copied_characters: int = 0
    back_copied_characters: int = 0
    max_paragraph_copied_characters: int = 0
    min_paragraph_copied_characters: int = 0
    copied_ratio_excluding_reuse: float | None = None  # without paragraphs marked 合理借鉴 (a saved draft only)


@dataclass(frozen=True)
class CheckReport:
    """One draft checked against the library and against itself."""

    name: str
    summary: CheckSummary
    blocks: tuple[CheckedBlock, ...]


@dataclass(frozen=True)
class CheckScope:
    """检测范围: the library a draft was checked against, as of the check."""

    files: int
    documents: int
    newest_import: str | None  # when the newest file was imported (the store's timestamp)
    revision: int


@dataclass(frozen=True)
class ReportHead:
    """The head of a 文本复制检测报告单: 报告编号, 检测时间, the draft's title and unit, 检测范围."""

    number: str
    checked_at: str  # "2026-12-01 23:45"
    title: str
    unit: str | None = None
    scope: CheckScope | None = None


@dataclass(frozen=True)
class SharedPassage:
    """Text two drafts of a batch have in common: block ``block_a`` of draft ``a`` and block
    ``block_b`` of draft ``b``, with the spans in each."""

    a: int
    b: int
    block_a: int
    block_b: int
    text_a: str
    text_b: str
    spans_a: tuple[Span, ...]
    spans_b: tuple[Span, ...]
    similarity: float


@dataclass(frozen=True)
class BatchReport:
    """Several drafts, each checked against the library, and all against each other.

    ``matrix[a][b]`` is the share of draft ``a``'s characters also found in draft ``b`` (0 on
    the diagonal); ``shared`` lists the passages behind it.
    """

    reports: tuple[CheckReport, ...]
    matrix: tuple[tuple[float, ...], ...]
    shared: tuple[SharedPassage, ...]


# --- units, people, review and the audit log (issue 15) ---------------------------------------------


@dataclass(frozen=True)
class Unit:
    id: int
    name: str


@dataclass(frozen=True)
class Person:
    """An account: its role is one of ``nlp.access.ROLES``; the password hash never leaves the store."""

    id: int
    name: str
    unit_id: int
    role: str
    active: bool = True


@dataclass(frozen=True)
class DraftShare:
    """A draft shared with a person (a reviewer): they read and comment; ``can_edit`` lets them edit."""

    draft_id: int
    person_id: int
    person: str
    can_edit: bool


@dataclass(frozen=True)
class Comment:
    """A reviewer's comment on a block of a draft (``block``: its index, None for the whole draft),
    or an answer to one (``parent_id``)."""

    id: int
    draft_id: int
    block: int | None
    parent_id: int | None
    author: str
    text: str
    created_at: str
    resolved_at: str | None = None


@dataclass(frozen=True)
class DraftRevision:
    """One saved state of a draft."""

    draft_id: int
    revision: int
    title: str
    blocks: tuple[DraftBlock, ...]
    saved_at: str
    saved_by: str


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    person: str
    unit_id: int | None
    action: str
    object: str
    detail: str
    ok: bool


# --- the yearly cycle: plan against summary, this year against earlier years --------------


@dataclass(frozen=True)
class NumberTarget:
    """A number a plan sets itself: "不少于400人次" is (label 培训, ">=", 400, 人次).

    ``comparator`` is ">=" (不少于, 达到, 以上 …), "<=" (不超过, 控制在 … 以内) or "=" (a bare
    count such as 每年一次). ``label`` is the words before it that say what is counted.
    """

    text: str
    label: str
    comparator: str
    value: float
    unit: str


@dataclass(frozen=True)
class TargetResult:
    """A plan's number against what the summary reports: ``status`` "met", "not_met" or
    "not_reported"; ``reported`` the summary's words for it ("办复率达98%"), None when absent."""

    target: NumberTarget
    status: str
    reported: str | None = None
    value: float | None = None


FOLLOWUP_STATUSES = ("已落实", "部分", "未提及")


@dataclass(frozen=True)
class FollowupItem:
    """One plan item and what the summary says of it.

    ``status`` is one of ``FOLLOWUP_STATUSES``; ``evidence`` the summary sentence that reports
    on it (None when 未提及), ``evidence_block`` its block index in the summary; ``missing`` the
    item's key words the summary does not mention (what 部分 lacks); ``score`` 0..1.
    """

    section: str
    marker: str | None
    text: str
    level: int | None
    block_index: int
    status: str
    score: float
    evidence: str | None = None
    evidence_block: int | None = None
    missing: tuple[str, ...] = ()
    targets: tuple[TargetResult, ...] = ()

    @property
    def unmet(self) -> bool:
        """Not reported, or a number of it not met or not reported: a candidate for next year."""
        return self.status == "未提及" or any(t.status != "met" for t in self.targets)


@dataclass(frozen=True)
class FollowupSection:
    """A plan section (its 一、 heading) with its items and its 完成率."""

    title: str
    items: tuple[FollowupItem, ...]

    @property
    def completion(self) -> float:
        """(已落实 + half of 部分) / items: 0 for a section without items."""
        if not self.items:
            return 0.0
        done = sum(1.0 if i.status == "已落实" else 0.5 if i.status == "部分" else 0.0 for i in self.items)
        return done / len(self.items)


@dataclass(frozen=True)
class FollowupReport:
    """计划↔总结 对照: every plan item down to ``level`` aligned with the summary."""

    plan: str
    summary: str
    level: int
    sections: tuple[FollowupSection, ...]

    @property
    def items(self) -> tuple[FollowupItem, ...]:
        return tuple(i for s in self.sections for i in s.items)

    @property
    def completion(self) -> float:
        return FollowupSection("", self.items).completion

    @property
    def candidates(self) -> tuple[FollowupItem, ...]:
        """Items to carry into next year's plan: 未提及, or a number not met or not reported."""
        return tuple(i for i in self.items if i.unmet)


YEAR_STATUSES = ("unchanged", "changed", "new")


@dataclass(frozen=True)
class YearBlock:
    """One block of a draft against earlier years' plans.

    ``status``: "unchanged" (``years`` = how many earlier years in a row had it word for word),
    "changed" (``previous`` is last year's wording, ``similarity`` 0..1) or "new".
    ``carried_numbers`` are numbers and targets it repeats unchanged from last year.
    """

    index: int
    type: str
    text: str
    status: str
    years: int = 0
    previous: str | None = None
    previous_year: int | None = None
    similarity: float = 0.0
    carried_numbers: tuple[str, ...] = ()

    @property
    def marker(self) -> str:
        """What 起草 shows beside the block: 沿用3年 / 改写 / 新增."""
        return {"unchanged": f"沿用{self.years}年", "changed": "改写", "new": "新增"}[self.status]


@dataclass(frozen=True)
class DroppedBlock:
    """A block of last year's plan that this year's draft no longer has."""

    text: str
    year: int | None
    document: str


@dataclass(frozen=True)
class YearComparison:
    """年度对比: a draft block by block against earlier plans, newest first in ``against``."""

    title: str
    year: int | None
    against: tuple[tuple[str, int | None], ...]  # (document title, year), last year first
    blocks: tuple[YearBlock, ...]
    dropped: tuple[DroppedBlock, ...]

    @property
    def unchanged_share(self) -> float:
        """The share of the draft's characters in blocks unchanged from last year."""
        total = sum(len(b.text) for b in self.blocks)
        same = sum(len(b.text) for b in self.blocks if b.status == "unchanged")
        return same / total if total else 0.0


@dataclass(frozen=True)
class ReuseMark:
    """A paragraph of a draft its drafter marked 合理借鉴 (legitimate reuse): ``key`` is its text in
    the normal form of 查重, ``text`` as it was when marked."""

    draft_id: int
    key: str
    text: str
    reason: str
    marked_by: str
    marked_at: str


# --- where used: the documents and drafts that use a boilerplate group ----------------------


@dataclass(frozen=True)
class DocumentUse:
    """A library document holding members of a group: its year, unit (as the person sees it) and blocks."""

    document_id: int
    title: str
    kind: str
    year: int | None
    unit: str | None
    file: str
    block_ids: tuple[int, ...]


@dataclass(frozen=True)
class DraftUse:
    """A draft block using a group: ``how`` "taken" (added from one of its members) or "same" (the
    same text, years and numbers aside); ``status`` "unchanged", "edited" or "own" as in ``BlockOrigin``."""

    draft_id: int
    title: str
    block_index: int
    text: str
    how: str
    status: str


@dataclass(frozen=True)
class WhereUsed:
    """Where a library block's group is used: the documents and drafts the person may see."""

    block_id: int
    group_id: int
    canonical_text: str
    documents: tuple[DocumentUse, ...]
    drafts: tuple[DraftUse, ...]


Step = Callable[[int, int], None]  # (done, total) of a stage of one file's import: progress and budgets


def no_step(done: int, total: int) -> None:
    """A stage's step when nobody follows its progress."""


def checked(items: Iterable[T], step: Step) -> Iterator[T]:
    """``items``, each after ``step(0, 0)``: a pass of a stage whose units are not yet counted (or are counted by
    another pass) checks the budgets and a cancel at every item and reports nothing but the stage's start."""
    for item in items:
        step(0, 0)
        yield item


# The share of one file's import each stage takes, for a progress bar: reading dominates (a 5 000-page PDF:
# 93% of the time in reading, see docs/benchmarks.md).
STAGE_SPANS = {"读取": (0.0, 0.8), "清理": (0.8, 0.9), "整理提纲": (0.9, 0.95), "保存": (0.95, 1.0)}


@dataclass(frozen=True)
class Progress:
    """One step of a file's import: ``done`` of ``total`` units (页, 段, 行, 篇) of a stage (读取, 清理,
    整理提纲, 保存)."""

    name: str
    stage: str
    done: int
    total: int
    unit: str

    @property
    def text(self) -> str:
        """The step as a person reads it: 正在读取第 120/5000 页 (正在整理提纲 while its units are not yet counted)."""
        if self.total == 0:
            return f"正在{self.stage}"
        return f"正在{self.stage}第 {self.done}/{self.total} {self.unit}"

    @property
    def fraction(self) -> float:
        """How far the whole file's import is, from 0 to 1."""
        start, end = STAGE_SPANS[self.stage]
        return start + (end - start) * min(self.done / max(self.total, 1), 1.0)
