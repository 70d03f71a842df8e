"""What a person does with the product, in one place: the CLI's commands and the app's pages both
call these, so a rule (a limit, a refusal, a review step) is written once.

Each use case takes the store and plain data and returns plain data; printing and drawing are
the callers' business. A user's mistake is an ``InputError`` (or, for an import, a refused
``FileReport``) with a Chinese message; nothing else escapes except bugs.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import BinaryIO

from nlp.boilerplate import build_groups, build_topics, default_segmenter, tokens_for
from nlp.check import (
    CheckSettings,
    SourceIndex,
    check_drafts,
    library_index,
    read_draft,
)
from nlp.compose import (
    draft_from_spec,
    fill_draft,
    fills,
    from_block,
    place_blocks,
    remaining_placeholders,
    spec_block_ids,
    stale_specifics,
    staleness,
)
from nlp.errors import InputError
from nlp.library import Library, content_hash, parse_file
from nlp.models import (
    BatchReport,
    Block,
    Draft,
    FileReport,
    Fill,
    Group,
    PendingPlaceholder,
    StalenessWarning,
    Suggestion,
    TopicMap,
)
from nlp.read import SUPPORTED_EXTENSIONS, read_source

log = logging.getLogger(__name__)

# A batch's files are all held in memory at once (each up to MAX_FILE_BYTES): one import takes at most this many.
MAX_FILES_PER_BATCH = 50


# --- the library -----------------------------------------------------------------------------


def check_batch(count: int) -> None:
    """Refuse a batch of more than ``MAX_FILES_PER_BATCH`` files before any of it is read."""
    if count > MAX_FILES_PER_BATCH:
        raise InputError(
            f"一次最多导入 {MAX_FILES_PER_BATCH} 个文件，这次选择了 {count} 个，都还没有导入。请分批选择后再导入。"
        )


def import_file(library: Library, source: bytes | BinaryIO, name: str) -> FileReport:
    """Read, parse and store one file (bytes, an open file or an upload); never raises for the file's sake.

    A file over the size limit is refused by its size before it is read. A user error becomes a
    refused report; an unexpected failure is logged and reported as an internal error, so the
    rest of a batch goes on.
    """
    try:
        data = read_source(source)
        result = parse_file(data, name)
    except InputError as err:
        return FileReport(name, False, str(err))
    except Exception:  # a bug, not a user error: report it and go on with the batch
        log.exception("importing %s failed", name)
        return FileReport(name, False, "导入时出现内部错误，已跳过此文件。")
    outcome = library.add_file(name, content_hash(data), len(data), result)
    found = len(result.documents)
    if outcome.already_imported:
        message = f"已在文库中（内容相同的文件导入过），跳过；含 {found} 篇文档"
    else:
        message = f"找到 {found} 篇文档，新增 {outcome.added} 篇"
        if outcome.duplicates:
            message += f"，{outcome.duplicates} 篇与文库已有文档相同未重复保存"
        if result.dropped:
            message += f"；清除杂项 {len(result.dropped)} 行"
    return FileReport(name, True, message, found, outcome.added, len(result.dropped), outcome.file_id)


def import_path(library: Library, path: Path) -> FileReport:
    """``import_file`` of a file on disk."""
    try:
        with path.open("rb") as handle:
            return import_file(library, handle, path.name)
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


# --- the boilerplate map ------------------------------------------------------------------------


def library_groups(library: Library, *, threshold: float | None = None) -> list[Group]:
    """The library's near-duplicate groups, most repeated first."""
    if threshold is None:
        return build_groups(library.blocks())
    return build_groups(library.blocks(), threshold=threshold)


def group_tokens(library: Library, groups: Sequence[Group]) -> dict[str, tuple[str, ...]]:
    """Content words of each group's canonical text (segmented once, then read from the store)."""
    texts = [g.canonical_text for g in groups]
    return {text: tuple(tokens) for text, tokens in zip(texts, tokens_for(library, texts, default_segmenter()))}


def library_topics(library: Library, *, n_topics: int | None = None) -> tuple[list[Group], TopicMap]:
    """Groups and their topics and outliers; raises InputError for an empty library or an impossible K."""
    if library.is_empty():
        raise InputError("文库是空的。请先用 python -m nlp ingest 路径 导入文件。")
    groups = library_groups(library)
    return groups, build_topics(groups, group_tokens(library, groups), n_topics=n_topics)


# --- a draft --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DraftReview:
    """What a draft still needs before it is handed in: one reading for the CLI and the 起草 page."""

    year: int  # the year staleness is judged for: the specifics' year, else this year
    pending: tuple[PendingPlaceholder, ...]  # unfilled slots
    warnings: tuple[StalenessWarning, ...]  # stale phrases
    suggestions: tuple[Suggestion, ...]  # other units' names and past years in reused text
    fillable: tuple[Fill, ...]  # slots the specifics can fill now


def review_draft(draft: Draft, rules: Sequence) -> DraftReview:
    """Pending slots, stale phrases, replacement suggestions and what the specifics can fill."""
    year = draft.specifics.get("year") or date.today().year
    return DraftReview(
        year=year,
        pending=tuple(remaining_placeholders(draft.blocks, title=draft.title)),
        warnings=tuple(staleness(draft.blocks, rules, year=year)),
        suggestions=tuple(stale_specifics(draft.blocks, draft.specifics)),
        fillable=tuple(fills(draft.blocks, draft.specifics, title=draft.title)),
    )


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


def check_index(library: Library) -> SourceIndex:
    """The library's blocks fingerprinted for 查重."""
    return library_index(library.blocks())


def read_check_draft(source: bytes | BinaryIO, name: str) -> tuple[Block, ...]:
    """A draft to check, read as the library reads files (size limit first); raises InputError."""
    return read_draft(read_source(source), name)


def check_paths(library: Library, paths: Sequence[Path], settings: CheckSettings) -> BatchReport:
    """查重 of draft files on disk against the library, themselves and each other."""
    drafts = []
    for path in paths:
        try:
            with path.open("rb") as handle:
                drafts.append((path.name, read_check_draft(handle, path.name)))
        except OSError as err:
            raise InputError(f"无法打开文件 {path}：{err.strerror or err}") from None
    return check_drafts(drafts, check_index(library), settings)
