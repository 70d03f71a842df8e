"""What a person does with the product, in one place: the CLI's commands and the app's pages both
call these, so a rule (a limit, a refusal, a review step) is written once.

Each use case takes the store and plain data and returns plain data; printing and drawing are
the callers' business. A user's mistake is an ``InputError`` (or, for an import, a refused
``FileReport``) with a Chinese message; nothing else escapes except bugs.
"""

from __future__ import annotations

import contextlib
import ctypes
import difflib
import logging
import os
import threading
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import BinaryIO

from nlp.access import Refused, ScopedLibrary, Target, allowed
from nlp.boilerplate import (
    LibraryGroups,
    TopicIndex,
    build_groups,
    build_topic_index,
    default_segmenter,
    grow_topics,
    needs_rebuild,
    tokens_for,
)
from nlp.boilerplate.grouplist import GroupList
from nlp.boilerplate.topics import check_n_topics
from nlp.check import (
    CheckSettings,
    SourceIndex,
    check_drafts,
    pasted_draft,
    read_draft,
    saved_library_index,
)
from nlp.compose import (
    draft_from_spec,
    fill_draft,
    fills,
    from_block,
    insert_blocks,
    normalise_specifics,
    parse_year,
    place_blocks,
    remaining_placeholders,
    spec_block_ids,
    stale_specifics,
    staleness,
    to_text,
    unit_names,
)
from nlp.cycle import (
    DEFAULT_LEVEL,
    EarlierPlan,
    YearText,
    block_origin,
    closest_per_year,
    compare_years,
    followup,
    plan_items,
    replaced,
    reuse_key,
    where_used,
    with_provenance,
)
from nlp.errors import Cancelled, InputError
from nlp.library import Library, StoreError, content_hash, parse_file
from nlp.library.corrections import BLOCK_TYPES, block_value, corrected_outline, junked_anchors
from nlp.library.junk import MAX_JUDGED_CHARS, model_path, own_model_outdated, weighs_library_files
from nlp.library.saved import load_index, no_cyclic_gc, save_index
from nlp.models import (
    CORRECTION_ACTIONS,
    MAX_DRAFT_LEVEL,
    AnchoredDocument,
    BatchReport,
    Block,
    BlockOrigin,
    CheckReport,
    CheckScope,
    Correction,
    Document,
    DocumentSummary,
    Draft,
    DraftBlock,
    FileReport,
    Fill,
    FollowupItem,
    FollowupReport,
    Group,
    IngestOutcome,
    Line,
    ParseResult,
    PendingPlaceholder,
    Progress,
    StalenessWarning,
    StoredBlock,
    StoredDraft,
    Suggestion,
    TopicMap,
    WhereUsed,
    YearComparison,
)
from nlp.read import SUPPORTED_EXTENSIONS, FileBudget, read_source

log = logging.getLogger(__name__)

# A batch's files are all held in memory at once (each up to MAX_FILE_BYTES): one import takes at most this many.
MAX_FILES_PER_BATCH = 50
GROUPS_INDEX, CHECK_INDEX = "groups", "check"  # names of the indexes saved beside the store
GROUP_LIST_INDEX = "group-list"  # the groups themselves, saved next to the index they come from
TOPICS_INDEX = "topics"  # saved per scope and number of topics asked for


# --- the library -----------------------------------------------------------------------------


def check_batch(count: int) -> None:
    """Refuse a batch of more than ``MAX_FILES_PER_BATCH`` files before any of it is read."""
    if count > MAX_FILES_PER_BATCH:
        raise InputError(
            f"一次最多导入 {MAX_FILES_PER_BATCH} 个文件，这次选择了 {count} 个，都还没有导入。请分批选择后再导入。"
        )


def junk_model_notice(library: Library) -> str | None:
    """What an importer is told when the library's own junk model (trained with its corrections) was made by an
    earlier release: imports judge junk with the shipped model until it is trained again; None otherwise."""
    if not own_model_outdated(library.path):
        return None
    return (
        "本文库按更正训练的垃圾行模型是旧版程序训练的，新版读不了：导入暂用内置模型判断垃圾行"
        "（已有的更正照常生效）。请管理员重新训练：python -m benchmarks.train_junk --corrections "
        f"{library.path}"
    )


def parse_as_import(
    library: ScopedLibrary, source: bytes | BinaryIO, name: str, budget: FileBudget | None = None
) -> ParseResult:
    """One file parsed as an import into ``library`` parses it, nothing stored: the library's junk model, told how
    many other files of the library hold each line when the model weighs that (the shipped one does not: then
    nothing is counted); the library's own copy of the same file is not another file."""
    data = read_source(source)
    model = model_path(library.path)
    if not weighs_library_files(model):
        return parse_file(data, name, budget, junk_model=model)
    held = library.line_files(MAX_JUDGED_CHARS)
    own = library.own_lines(content_hash(data), MAX_JUDGED_CHARS)
    others = Counter(held) - Counter(own) if own else held
    return parse_file(data, name, budget, junk_model=model, library_files=others)


def import_file(
    library: Library,
    source: bytes | BinaryIO,
    name: str,
    *,
    progress: Callable[[Progress], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> FileReport:
    """Read, parse and store one file (bytes, an open file or an upload); never raises for the file's sake.

    A file over the size limit is refused by its size before it is read, one over a budget of
    ``nlp.read.limits`` (pages, paragraphs, characters, seconds) as soon as it is seen. ``progress`` is
    told how far the file is (pages or paragraphs done of total); ``cancelled`` (such as
    ``threading.Event().is_set``) is asked at every step, and once it is true ``Cancelled`` is raised
    with nothing of the file stored. A user error becomes a refused report; an unexpected failure is
    logged and reported as an internal error, so the rest of a batch goes on. A fault of the library
    itself (``StoreError``: a full disk, a read-only file) is raised: the rest of the batch would fail
    alike, so the caller stops.
    """
    budget = FileBudget(name, progress=progress, cancelled=cancelled)
    try:
        data = read_source(source)
        result = parse_as_import(library, data, name, budget)
    except InputError as err:
        return FileReport(name, False, str(err))
    except Cancelled:  # the person stopped it: the caller stops the batch
        raise
    except Exception:  # a bug, not a user error: report it and go on with the batch
        log.exception("importing %s failed", name)
        return FileReport(name, False, "导入时出现内部错误，已跳过此文件。")
    try:
        outcome = library.add_file(name, content_hash(data), len(data), result, step=budget.stage("保存", "篇"))
    except StoreError:  # the library itself failed: the caller stops the batch
        raise
    except InputError as err:  # refused: the person may not import into this library, or over the time budget
        return FileReport(name, False, str(err))
    found = len(result.documents)
    if outcome.already_imported:
        message = f"已在文库中（内容相同的文件导入过），跳过；含 {found} 篇文档"
    else:
        message = f"找到 {found} 篇文档，新增 {outcome.added} 篇"
        if outcome.duplicates:
            message += f"，{outcome.duplicates} 篇与文库已有文档相同未重复保存"
        if result.dropped:
            message += f"；清除杂项 {len(result.dropped)} 行"
        if outcome.corrected:
            message += f"；重新应用此前对这个文件的 {outcome.corrected} 处更正"
    return FileReport(
        name, True, message, found, outcome.added, len(result.dropped), outcome.file_id, outcome.corrected
    )


def import_path(
    library: Library,
    path: Path,
    *,
    progress: Callable[[Progress], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> FileReport:
    """``import_file`` of a file on disk."""
    try:
        with path.open("rb") as handle:
            return import_file(library, handle, path.name, progress=progress, cancelled=cancelled)
    except OSError as err:
        return FileReport(path.name, False, f"无法打开文件：{err.strerror or err}")


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named, and the supported files inside folders named (recursively, sorted)."""
    for path in map(Path, paths):
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_EXTENSIONS)
        else:
            yield path


def load_sample_corpus(library: Library, corpus: Path) -> list[FileReport]:
    """Fill an empty library with the sample corpus so a new user sees real documents at once."""
    if not library.is_empty():
        return []
    return [import_path(library, path) for path in iter_files([corpus])]


def remove_file(library: Library, file_id: int) -> str:
    """Remove an imported file and its documents; the file's name. Raises InputError if there is none."""
    names = {f.id: f.name for f in library.files()}
    if file_id not in names:
        raise InputError(f"文库中没有编号为 {file_id} 的文件")
    library.delete_file(file_id)
    return names[file_id]


# --- a library the user manages: the trash and corrections of a parse (issue 12) ----------------


def restore_file(library: ScopedLibrary, file_id: int) -> IngestOutcome:
    """Bring a removed file back from the trash, with the corrections of it applied again."""
    return library.restore_file(file_id)


def file_outline(library: ScopedLibrary, file_id: int) -> tuple[AnchoredDocument, ...]:
    """A stored file's documents as corrected, each block with the anchor a correction names it by
    (the n-th document here is the file's document at position n)."""
    parsed = library.file_parse(file_id)[1]
    return corrected_outline(parsed, library.corrections(file_id))[1]


def junked_blocks(library: ScopedLibrary, file_id: int) -> dict[str, str]:
    """The blocks of a file a person marked junk, anchor -> text (``keep_block`` restores one)."""
    return junked_anchors(library.file_parse(file_id)[1], library.corrections(file_id))


def _correction_value(action: str, value: str) -> str:
    """``value`` checked for ``action``; a person's mistake is an ``InputError`` in Chinese."""
    value = value.strip()
    if action == "title":
        if not value:
            raise InputError("标题不能为空")
        return value
    if action == "year":
        return str(parse_year(value)) if value else value  # empty: the year is not stated
    if action == "block":
        type_, _, level = value.partition(":")
        if type_ not in BLOCK_TYPES:
            raise InputError("段落块的类型只能是标题、条目或正文")
        if type_ != "paragraph" and not (level.isdigit() and 1 <= int(level) <= MAX_DRAFT_LEVEL):
            raise InputError(f"标题和条目的层级应为 1–{MAX_DRAFT_LEVEL}")
        return block_value(type_, int(level) if level.isdigit() else None)
    return value


def correct_document(
    library: ScopedLibrary, document_id: int, action: str, *, block: int | None = None, value: str = ""
) -> Correction:
    """Correct a stored document: ``action`` one of ``junk`` (block ``block``, ``value`` the reason),
    ``split`` (a new document starts at block ``block``), ``merge`` (with the next document of its file),
    ``block`` (block ``block`` gets ``value`` = "type:level", see ``block_value``), ``title`` or ``year``.
    ``block`` counts the document's blocks from 0. The correction is stored by the file's content and
    the file's documents are stored again; the library's revision moves on."""
    if action not in CORRECTION_ACTIONS or action == "keep":
        raise InputError(f"不认识的更正：{action}")
    try:
        file_id, position = library.document_place(document_id)
    except KeyError:
        raise InputError(f"文库中没有编号为 {document_id} 的文档") from None
    outline = file_outline(library, file_id)
    document = outline[position]
    if action in ("junk", "split", "block"):
        if block is None or not 0 <= block < len(document.blocks):
            raise InputError(
                f"这篇文档没有第 {0 if block is None else block + 1} 个段落块（共 {len(document.blocks)} 个）"
            )
        if action == "split" and block == 0:
            raise InputError("不能在第一个段落块处拆分：新文档将从这个段落块开始，它前面必须还有内容")
        target = document.blocks[block]
        anchor, text = target.anchor, target.block.text
    else:
        if action == "merge" and position + 1 >= len(outline):
            raise InputError("这是文件中的最后一篇文档，没有下一篇可以合并")
        anchor, text = document.anchor, document.title
    correction = Correction(action, anchor, text, _correction_value(action, value), person=library.actor.name)
    return library.correct_file(file_id, add=correction)


def keep_block(library: ScopedLibrary, file_id: int, anchor: str) -> Correction:
    """A block marked junk by a person is restored to its place (and kept as a content example)."""
    junked = junked_blocks(library, file_id)
    if anchor not in junked:
        raise InputError("这个段落块没有被标为杂项，无需恢复")
    return library.correct_file(file_id, add=Correction("keep", anchor, junked[anchor], person=library.actor.name))


def undo_correction(library: ScopedLibrary, file_id: int, correction_id: int) -> None:
    """Take back one correction of a file: its documents are stored again without it."""
    library.correct_file(file_id, remove=correction_id)


# --- the boilerplate map ------------------------------------------------------------------------


def library_groups(library: Library, *, threshold: float | None = None) -> GroupList:
    """The library's near-duplicate groups, most repeated first: at the default threshold as saved
    beside the store (``saved_groups``)."""
    if threshold is not None:
        return build_groups(library.blocks(), threshold=threshold)
    return saved_groups(library.path, library.revision().token, library.block_ids, lambda ids: library.blocks(ids=ids))


def revision_scope(revision: str) -> str:
    """Whose library a revision token is of: "all" (every unit) or "unitN" (``nlp.access`` puts it
    after the token's last colon). Each scope has its own saved near-duplicate index."""
    return revision.rpartition(":")[2] if ":" in revision else "all"


def saved_groups(
    db_path: str | os.PathLike,
    revision: str,
    block_ids: Callable[[], Sequence[int]],
    read: Callable[[Collection[int]], Sequence[StoredBlock]],
    *,
    lock: threading.Lock | None = None,
    save_later: bool = False,
    before_saving: Callable[[], None] | None = None,
    known: GroupList | None = None,
) -> GroupList:
    """The groups of the library at ``revision``, saved beside the store (as columns: ``GroupList``).

    Saved at this revision: read as they are (no index loaded). Otherwise the near-duplicate index
    saved beside the store is loaded and brought to ``block_ids()`` (the library's blocks at
    ``revision``, in order: imports added, read by id with ``read``, removals taken out, nothing
    regrouped), its groups made (the blocks' fields taken from the groups saved before, those of
    blocks new since read with ``read``), and the index and the groups are
    saved; then the index is let go. ``lock`` (one per store and scope) is held from loading the
    index until it is saved, so updates take turns; ``save_later``: saved by a thread of its own
    while the caller goes on with the groups (a failure leaves the previous files: the next update
    starts from them), after ``before_saving()`` returns (the app: once the page has answered); once
    saved, the groups read their columns back from the file, mapped.
    ``known``: the groups of an earlier revision the caller holds (else those saved are read)."""
    scope = revision_scope(revision)
    saved = load_index(db_path, f"{GROUP_LIST_INDEX}-{scope}", at=revision)
    if saved is not None and isinstance(saved.value, GroupList):  # a list of objects saved before: made again
        return saved.value
    if known is None:
        saved = load_index(db_path, f"{GROUP_LIST_INDEX}-{scope}")
        known = saved.value if saved is not None and isinstance(saved.value, GroupList) else None
    lock = lock or threading.Lock()
    lock.acquire()
    try:
        index = saved_groups_index(db_path, scope)
        with no_cyclic_gc():
            changed = index.update(block_ids(), read) != "unchanged"
            groups = index.groups(known, read)
    except BaseException:
        lock.release()
        raise

    held = [index]  # the saving thread's only reference once this function has returned
    del index

    def save() -> None:
        index = held.pop()
        try:
            if before_saving is not None:
                before_saving()
            if changed:
                save_index(db_path, f"{GROUPS_INDEX}-{scope}", revision, index, mapped=True)
            save_index(db_path, f"{GROUP_LIST_INDEX}-{scope}", revision, groups, mapped=True)
            read_back = load_index(db_path, f"{GROUP_LIST_INDEX}-{scope}", at=revision)
            if read_back is not None and isinstance(read_back.value, GroupList):  # not saved since by another
                groups.hold(read_back.value)
        finally:
            lock.release()
        del index
        _return_freed_memory()

    if save_later:
        threading.Thread(target=save, name=f"save groups {scope}", daemon=True).start()
    else:
        save()
    return groups


def _return_freed_memory() -> None:
    """Give the C library's freed heap back to the system (glibc keeps it otherwise: 175 MB after
    the index of 100 000 blocks is let go); nothing where that call does not exist."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def saved_groups_index(db_path: str | os.PathLike, scope: str) -> LibraryGroups:
    """The near-duplicate index of ``scope`` saved beside the store, or a new one."""
    saved = load_index(db_path, f"{GROUPS_INDEX}-{scope}")
    return saved.value if saved is not None and isinstance(saved.value, LibraryGroups) else LibraryGroups()


def group_tokens(library: Library, groups: Sequence[Group]) -> dict[str, tuple[str, ...]]:
    """Content words of each group's canonical text (segmented once, then read from the store)."""
    texts = [g.canonical_text for g in groups]
    return {text: tuple(tokens) for text, tokens in zip(texts, tokens_for(library, texts, default_segmenter()))}


def library_topics(
    library: ScopedLibrary, *, n_topics: int | None = None, rebuild: bool = False
) -> tuple[GroupList, TopicMap]:
    """Groups and their topics and outliers (``saved_topics``; ``rebuild``: built again now, for
    whoever ``may_rebuild_topics``); raises InputError for an empty library or an impossible K."""
    if library.is_empty():
        raise InputError("文库是空的。请先用 python -m nlp ingest 路径 导入文件。")
    groups = library_groups(library)
    if rebuild:
        return groups, rebuild_topics(library, groups, n_topics=n_topics).map
    return groups, saved_topics(library, library.revision().token, groups, n_topics=n_topics).map


def saved_topics(
    library: Library | ScopedLibrary,
    revision: str,
    groups: Sequence[Group],
    *,
    n_topics: int | None = None,
    rebuild: bool = False,
    save_later: bool = False,
    before_saving: Callable[[], None] | None = None,
    previous: TopicIndex | None = None,
) -> TopicIndex:
    """The topics of ``groups`` (the library at ``revision``), saved beside the store: as saved at
    this revision; else the saved ones with the texts they have not seen placed in them
    (``grow_topics``); built again when ``rebuild`` asks, when none are saved, or when the library
    changed much since their last build (``needs_rebuild``). ``save_later``: saved by a thread of its
    own while the caller goes on, after ``before_saving()`` returns. ``previous``: the topics of an earlier
    revision the caller holds (else those saved are read). Raises InputError for an impossible K."""
    check_n_topics(n_topics)
    name = f"{TOPICS_INDEX}-{revision_scope(revision)}-{n_topics or 'auto'}"
    saved = None if rebuild else load_index(library.path, name, at=None if previous is None else revision)
    if saved is not None and isinstance(saved.value, TopicIndex):
        if saved.revision == revision:
            return saved.value
        previous = saved.value
    index = None if rebuild else previous
    if index is None or needs_rebuild(index, groups):
        index = build_topic_index(groups, group_tokens(library, groups), n_topics=n_topics)
    else:
        unseen = index.unseen(groups)
        with no_cyclic_gc():
            index = grow_topics(index, groups, dict(zip(unseen, tokens_for(library, unseen, default_segmenter()))))
    if save_later:

        def save() -> None:
            if before_saving is not None:
                before_saving()
            save_index(library.path, name, revision, index, mapped=True)

        threading.Thread(target=save, name=f"save {name}", daemon=True).start()
    else:
        save_index(library.path, name, revision, index, mapped=True)
    return index


def may_rebuild_topics(library: ScopedLibrary) -> bool:
    """Whoever may import files into their unit may have the topics built again (it costs the server
    a while at 100 000 paragraphs, so a reviewer, who only reads, may not)."""
    return allowed(library.actor, "file", "import", Target(library.actor.unit_id))


def rebuild_topics(library: ScopedLibrary, groups: Sequence[Group], *, n_topics: int | None = None) -> TopicIndex:
    """The topics of the library's ``groups`` built again from nothing, and saved; Refused for a
    role that may not (``may_rebuild_topics``)."""
    if not may_rebuild_topics(library):
        raise Refused("你的角色不能重建主题")
    return saved_topics(library, library.revision().token, groups, n_topics=n_topics, rebuild=True)


def block_where_used(library: Library, block_id: int, *, groups: GroupList | None = None) -> WhereUsed:
    """Where the group of library block ``block_id`` is used: the documents (year, unit) and drafts
    the person sees (``groups``: the library's, when the caller holds them already). Raises
    InputError when the block is not in the person's library."""
    group = (library_groups(library) if groups is None else groups).group_of_block(block_id)
    if group is None:
        raise InputError(f"文库中没有编号为 {block_id} 的段落（段落编号见 groups --json 的 block_id）")
    drafts = [(d.id, library.draft(d.id).draft) for d in library.drafts()]
    units = {u.id: u.name for u in library.units()}
    return where_used(block_id, group, library.documents(), units, drafts)


# --- a draft --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DraftReview:
    """What a draft still needs before it is handed in: one reading for the CLI and the 起草 page."""

    year: int  # the year staleness is judged for: the specifics' year, else this year
    pending: tuple[PendingPlaceholder, ...]  # unfilled slots
    warnings: tuple[StalenessWarning, ...]  # stale phrases
    suggestions: tuple[Suggestion, ...]  # other units' names and past years in reused text
    fillable: tuple[Fill, ...]  # slots the specifics can fill now


def review_draft(draft: Draft, rules: Sequence, *, known_units: Iterable[str] = ()) -> DraftReview:
    """Pending slots, stale phrases, replacement suggestions and what the specifics can fill;
    ``known_units`` are the library's unit names (``library_units``), flagged where they appear."""
    year = draft.specifics.get("year") or date.today().year
    return DraftReview(
        year=year,
        pending=tuple(remaining_placeholders(draft.blocks, title=draft.title)),
        warnings=tuple(staleness(draft.blocks, rules, year=year)),
        suggestions=tuple(stale_specifics(draft.blocks, draft.specifics, known_units=known_units)),
        fillable=tuple(fills(draft.blocks, draft.specifics, title=draft.title)),
    )


def library_units(library: Library) -> list[str]:
    """The unit names the library's document titles carry (until the library knows units)."""
    return unit_names(d.title for d in library.documents())


def add_to_draft(library: Library, draft_id: int, stored_blocks: Sequence) -> Draft:
    """Library blocks appended to a saved draft as top-level entries (``place_blocks`` at the end),
    saved against the revision just read; returns the saved draft. Raises InputError when the draft
    is gone or was saved in between (``DraftConflict``)."""
    stored = library.draft(draft_id)
    blocks, _ = place_blocks(stored.draft.blocks, [from_block(b) for b in stored_blocks], len(stored.draft.blocks))
    return library.save_draft(draft_id, replace(stored.draft, blocks=blocks), revision=stored.revision).draft


def compose_from_spec(library: Library, spec: Mapping) -> tuple[Draft, tuple[Fill, ...]]:
    """A draft from a compose spec (library blocks by id, one's own text), its slots filled from
    the specifics; and what was filled."""
    stored = {}
    if ids := spec_block_ids(spec):
        stored = {b.id: b for b in library.blocks() if b.id in ids}
    draft = draft_from_spec(spec, stored)
    filled = tuple(fills(draft.blocks, draft.specifics, title=draft.title))
    return fill_draft(draft), filled


# --- 查重 -----------------------------------------------------------------------------------------

# One check's budget, refused before any work: a draft of about 150 pages, a batch of 30 drafts
# (a batch compares every draft with every other).
MAX_CHECK_CHARS = 300_000
MAX_CHECK_DRAFTS = 30


# A draft whose extracted text is over twice the limit is refused before it is parsed (a 5 MB plan took
# about 230 CPU s to parse, then was refused): cleaning takes junk lines, markers and blank lines off a
# draft, never half of it.
MAX_CHECK_TEXT_CHARS = 2 * MAX_CHECK_CHARS


def _too_long_to_check(name: str, characters: int) -> InputError:
    return InputError(
        f"“{name}”有 {characters:,} 字，超过一次查重的上限 {MAX_CHECK_CHARS:,} 字。请分成几部分分别检查。"
    )


class CheckBudget(FileBudget):
    """A draft's read for 查重: the import's limits, and its extracted text within ``MAX_CHECK_TEXT_CHARS``."""

    def check_text(self, lines: Sequence[Line]) -> None:
        super().check_text(lines)
        if (characters := sum(len(line.text) for line in lines)) > MAX_CHECK_TEXT_CHARS:
            raise _too_long_to_check(self.name, characters)


def check_within_budget(
    drafts: Sequence[tuple[str, Sequence[Block]]], index: SourceIndex, settings: CheckSettings
) -> BatchReport:
    """``check_drafts`` after the budget: too many drafts, or a draft too long, is refused in Chinese."""
    if len(drafts) > MAX_CHECK_DRAFTS:
        raise InputError(f"一次最多检查 {MAX_CHECK_DRAFTS} 篇草稿，这次有 {len(drafts)} 篇。请分批检查。")
    for name, blocks in drafts:
        if (characters := sum(len(b.text) for b in blocks)) > MAX_CHECK_CHARS:
            raise _too_long_to_check(name, characters)
    return check_drafts(drafts, index, settings)


def check_index(library: Library) -> SourceIndex:
    """The library's blocks fingerprinted for 查重 (saved beside the store, updated by the blocks imported and removed since)."""
    revision = library.revision().token
    return saved_library_index(
        library.path, CHECK_INDEX, revision, library.block_ids, lambda ids: library.blocks(ids=ids)
    )


def check_scope(library: Library) -> CheckScope:
    """检测范围 of a report: the library as it is now (files, documents, newest import, revision)."""
    files = library.files()
    return CheckScope(
        files=len(files),
        documents=sum(f.documents for f in files),
        newest_import=max((f.imported_at for f in files), default=None),
        revision=library.revision().number,
    )


def read_check_draft(source: bytes | BinaryIO | str, name: str) -> tuple[Block, ...]:
    """A draft to check, read as the library reads files (size limit first), or pasted text (a str),
    within ``CheckBudget``; raises InputError."""
    if isinstance(source, str):
        return pasted_draft(source, CheckBudget(name))
    return read_draft(read_source(source), name, CheckBudget(name))


def check_paths(library: Library, paths: Sequence[Path], settings: CheckSettings) -> BatchReport:
    """查重 of draft files on disk against the library, themselves and each other."""
    drafts = []
    for path in paths:
        try:
            with path.open("rb") as handle:
                drafts.append((path.name, read_check_draft(handle, path.name)))
        except OSError as err:
            raise InputError(f"无法打开文件 {path}：{err.strerror or err}") from None
    return check_within_budget(drafts, check_index(library), settings)


def draft_origins(library: Library, draft: Draft, draft_id: int | None = None) -> list[BlockOrigin]:
    """Where each block of ``draft`` came from, with the source document's year and unit as the
    person sees them (a shared document of another unit: 共享文库); with ``draft_id`` (the saved
    draft), which blocks its drafter marked 合理借鉴."""
    units = {u.id: u.name for u in library.units()}
    documents = {
        (d.title, d.file_name): (d.year, units.get(d.unit_id) or ("共享文库" if d.shared else None))
        for d in library.documents()
    }
    marks = {} if draft_id is None else {m.key: m.reason for m in library.reuse_marks(draft_id)}
    return [block_origin(b, documents, marks) for b in draft.blocks]


def mark_reuse(library: Library, draft_id: int, block_index: int, reason: str = "", *, on: bool = True) -> str:
    """Mark block ``block_index`` of a saved draft 合理借鉴 (legitimate reuse: the union's charter, a
    required policy formula), with an optional reason, or take the mark off (``on`` False); the
    block's text. Only the draft's owner may (``access.RULES``); 查重 then reports it apart."""
    blocks = library.draft(draft_id).draft.blocks
    if not 0 <= block_index < len(blocks):
        raise InputError(f"这份草稿没有第 {block_index + 1} 段（共 {len(blocks)} 段）")
    text = blocks[block_index].text
    key = reuse_key(text)
    if not key:
        raise InputError(f"第 {block_index + 1} 段没有可标记的文字")
    if on:
        library.mark_reuse(draft_id, key, text, reason.strip())
    else:
        library.unmark_reuse(draft_id, key)
    return text


def draft_check_text(draft: Draft) -> str:
    """The text 查重 reads of a saved draft: its export as plain text, slots left as they are."""
    return to_text(draft, keep_placeholders=True)


def check_saved_draft(library: Library, draft_id: int, settings: CheckSettings) -> CheckReport:
    """查重 of a saved draft, each block with where it came from (``draft_origins``)."""
    draft = library.draft(draft_id).draft
    blocks = pasted_draft(draft_check_text(draft))
    report = check_within_budget([(draft.title, blocks)], check_index(library), settings).reports[0]
    return with_provenance(report, draft, draft_origins(library, draft, draft_id))


# --- review: comparing two revisions of a draft ----------------------------------------------------


@dataclass(frozen=True)
class BlockChange:
    """One block of a comparison: "same", "changed" (``old`` became ``new``), "added" or "removed"."""

    kind: str
    old: str | None
    new: str | None


def compare_revisions(old: Sequence[DraftBlock], new: Sequence[DraftBlock]) -> list[BlockChange]:
    """What changed between two revisions of a draft, block by block: blocks are aligned on their
    text (difflib), and a replaced run is paired block with block as "changed" where it can be."""
    a = [f"{b.marker or ''}{b.text}" for b in old]
    b = [f"{b.marker or ''}{b.text}" for b in new]
    changes: list[BlockChange] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            changes += [BlockChange("same", text, text) for text in a[i1:i2]]
            continue
        paired = min(i2 - i1, j2 - j1) if tag == "replace" else 0
        changes += [BlockChange("changed", a[i1 + k], b[j1 + k]) for k in range(paired)]
        changes += [BlockChange("removed", text, None) for text in a[i1 + paired : i2]]
        changes += [BlockChange("added", None, text) for text in b[j1 + paired : j2]]
    return changes


# --- the yearly cycle: 计划↔总结 对照, 年度对比 ---------------------------------------------------

# The library blocks that set the IDF and the LSA space of 对照 (the first ones, in document order).
MAX_BACKGROUND_BLOCKS = 20000


def cycle_document(library: Library, ref: str | int | Path) -> Document:
    """A document by its id in the library, or the first document of a file on disk."""
    if isinstance(ref, int) or (isinstance(ref, str) and ref.isdigit()):
        try:
            return library.document(int(ref))
        except KeyError:
            if not Path(str(ref)).is_file():
                raise InputError(f"文库中没有编号为 {ref} 的文档（用 list 查看编号），也没有这个文件") from None
    path = Path(ref)
    try:
        with path.open("rb") as handle:
            return read_cycle_document(handle, path.name)
    except OSError as err:
        raise InputError(f"无法打开文件 {path}：{err.strerror or err}") from None


def read_cycle_document(source: bytes | BinaryIO, name: str) -> Document:
    """The first document of a file or an upload, read as the library reads files (size limit first)."""
    return parse_file(read_source(source), name).documents[0]


def followup_report(
    library: Library, plan: Document, summary: Document, *, level: int = DEFAULT_LEVEL
) -> FollowupReport:
    """计划↔总结 对照 of two documents, the library setting which words are rare."""
    if not 1 <= level <= MAX_DRAFT_LEVEL:
        raise InputError(f"层级应在 1 到 {MAX_DRAFT_LEVEL} 之间（1 = 一、级标题），现在是 {level}")
    if plan.kind == "总结" and summary.kind == "计划":
        raise InputError("第一份应为计划、第二份应为总结：这两份的顺序似乎反了")
    if not plan_items(plan, level):
        raise InputError(f"《{plan.title}》中没有找到带编号的标题或条目，无法逐条对照")
    segmenter = default_segmenter()
    texts = [b.text for b in library.blocks()[:MAX_BACKGROUND_BLOCKS]]
    return followup(plan, summary, level=level, background=tokens_for(library, texts, segmenter), segmenter=segmenter)


def library_plans(documents: Sequence[DocumentSummary], blocks: Sequence[StoredBlock]) -> list[EarlierPlan]:
    """Every plan with a year among ``documents`` (a person's library, with its ``blocks``): what
    年度对比 compares against."""
    by_document: dict[int, list] = {}
    for block in blocks:
        by_document.setdefault(block.document_id, []).append(block)
    return [
        EarlierPlan(d.title, d.year, tuple(by_document.get(d.id, ())), d.id)
        for d in documents
        if d.kind == "计划" and d.year is not None
    ]


def compare_document(library: Library, document: Document, *, exclude: int | None = None) -> YearComparison:
    """年度对比 of a document (or a draft made a document) against the library's earlier plans."""
    blocks = [YearText(b.type, b.text) for b in document.blocks]
    earlier = closest_per_year(
        library_plans(library.documents(), library.blocks()), blocks, document.year, exclude=exclude
    )
    return compare_years(document.title, document.year, blocks, earlier)


def compare_draft(draft: Draft, plans: Sequence[EarlierPlan]) -> YearComparison:
    """年度对比 of a draft against ``plans`` (``library_plans``): its year from the specifics, else this year."""
    year = normalise_specifics(draft.specifics).get("year") or date.today().year
    blocks = [YearText(b.type, b.text) for b in draft.blocks]
    return compare_years(draft.title, year, blocks, closest_per_year(plans, blocks, year))


def add_candidates(library: Library, draft_id: int, items: Sequence[FollowupItem], *, revision: int) -> StoredDraft:
    """Append plan items (of a 对照: 未提及 or not met) to a saved draft, renumbered; the save is
    refused if the draft changed since ``revision`` was read."""
    if not items:
        raise InputError("请先勾选要加入草稿的条目")
    stored = library.draft(draft_id)
    new = [
        DraftBlock("heading" if (i.level or 1) == 1 else "item", i.text, min(i.level or 1, MAX_DRAFT_LEVEL))
        for i in items
    ]
    draft = replace(stored.draft, blocks=insert_blocks(stored.draft.blocks, new))
    return library.save_draft(draft_id, draft, revision=revision)


@dataclass(frozen=True)
class ReplaceOutcome:
    """What ``replace_everywhere`` changed: the saved drafts, and (id, draft before, revision
    after) for each, which ``undo_replace`` puts back."""

    saved: tuple[StoredDraft, ...]
    undo: tuple[tuple[int, Draft, int], ...]


def replace_everywhere(library: Library, draft_ids: Sequence[int], old: str, new: str) -> ReplaceOutcome:
    """``old`` → ``new`` in each chosen draft that contains it, each saved on the revision just read."""
    saved, undo = [], []
    for draft_id in draft_ids:
        stored = library.draft(draft_id)
        changed = replaced(stored.draft, old, new)
        if changed == stored.draft:
            continue
        after = library.save_draft(draft_id, changed, revision=stored.revision)
        saved.append(after)
        undo.append((draft_id, stored.draft, after.revision))
    return ReplaceOutcome(tuple(saved), tuple(undo))


def undo_replace(library: Library, outcome: ReplaceOutcome) -> int:
    """Put the drafts of a replacement back as they were; a draft edited since is refused
    (DraftConflict, its Chinese message) and left as it is. Returns how many were put back."""
    for draft_id, before, revision in outcome.undo:
        library.save_draft(draft_id, before, revision=revision)
    return len(outcome.undo)
