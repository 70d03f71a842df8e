"""The library pipeline end to end: bytes of a file -> documents -> the store.

reader -> clean -> structure gives a ParseResult; ``ingest_bytes`` stores it in one
transaction, so a file that fails leaves nothing behind and the rest of a batch goes on.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .clean import clean_lines
from .errors import InputError
from .models import ParseResult
from .readers import MAX_FILE_BYTES, SUPPORTED_EXTENSIONS, read_lines, too_large_message
from .store import Library, content_hash
from .structure import parse_lines


def parse_file(source: bytes | BinaryIO, filename: str) -> ParseResult:
    """Read, clean and structure one file without storing it."""
    lines = read_lines(source, filename)
    cleaned, dropped = clean_lines(lines)
    documents, more_dropped = parse_lines(cleaned, fallback_title=Path(filename).stem)
    if not documents:
        raise InputError("没有找到正文：文件中的文字都是网页杂项、页码或标题")
    return ParseResult(tuple(documents), tuple(dropped + more_dropped))


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


def ingest_bytes(library: Library, data: bytes, name: str) -> FileReport:
    """Parse and store one file; a user error becomes a refused report, never an exception."""
    try:
        result = parse_file(data, name)
    except InputError as err:
        return FileReport(name, False, str(err))
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


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named, and the supported files inside folders named (recursively, sorted)."""
    for path in map(Path, paths):
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*")
                              if p.is_file() and p.suffix.lower() in SUPPORTED_EXTENSIONS)
        else:
            yield path


def ingest_path(library: Library, path: Path) -> FileReport:
    """Import one file from disk; a file over the size limit is refused before it is read."""
    try:
        if (size := path.stat().st_size) > MAX_FILE_BYTES:
            return FileReport(path.name, False, too_large_message(size))
        data = path.read_bytes()
    except OSError as err:
        return FileReport(path.name, False, f"无法打开文件：{err.strerror or err}")
    return ingest_bytes(library, data, path.name)


def load_sample_corpus(library: Library, corpus: Path) -> list[FileReport]:
    """Fill an empty library with the sample corpus so a new user sees real documents at once."""
    if not library.is_empty():
        return []
    return [ingest_path(library, path) for path in iter_files([corpus])]
