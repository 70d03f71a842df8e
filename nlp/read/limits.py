"""The limits every import shares: the largest file, the largest unpacked DOCX, reading a source's
bytes without going past them, and the budgets of one file's import (``FileBudget``).

- ``MAX_FILE_BYTES`` (20 MiB): the largest file accepted. A file object's size is checked
  before it is read in full.
- ``MAX_DOCX_UNCOMPRESSED_BYTES`` (100 MiB): the largest total uncompressed size of the
  members of a .docx archive, checked from the zip directory before anything is inflated.
- ``MAX_COMPRESSION_RATIO`` (300): the largest compression ratio of a .docx member bigger
  than ``RATIO_CHECK_MIN_BYTES`` (1 MiB). Together these refuse zip bombs.

A file small on disk can still be expensive (thousands of tiny PDF pages, a DOCX of a million empty
paragraphs, an HTML page of millions of tags, one line of 10 MB), so one file's import also has budgets,
each refused with a Chinese message naming the file and the limit, and nothing stored:

- ``MAX_PAGES`` (5 000): pages of a PDF, counted before any page is read.
- ``MAX_PARAGRAPHS`` (200 000): paragraphs of a DOCX (counted before they are read) or lines of any file.
- ``MAX_MARKUP_TAGS`` (500 000): tags of an HTML page, counted before it is parsed.
- ``MAX_TEXT_CHARS`` (5 000 000): characters of a file's text after extraction.
- ``MAX_SECONDS`` (600): time from the start of the import to its commit, checked at every step.

``FileBudget`` carries these through read -> clean -> structure -> store, reports progress
(``Progress``: pages or paragraphs done of total) and checks, at every step, whether the person
cancelled (``nlp.errors.Cancelled``: the store's transaction is not committed, nothing is stored).
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable, Sequence
from typing import BinaryIO

from nlp.errors import Cancelled, InputError
from nlp.models import Line, Progress

_MIB = 1024 * 1024
MAX_FILE_BYTES = 20 * _MIB
MAX_DOCX_UNCOMPRESSED_BYTES = 100 * _MIB
MAX_COMPRESSION_RATIO = 300
RATIO_CHECK_MIN_BYTES = _MIB
MAX_PAGES = 5000
MAX_PARAGRAPHS = 200_000
MAX_MARKUP_TAGS = 500_000
MAX_TEXT_CHARS = 5_000_000
MAX_SECONDS = 600.0
PROGRESS_INTERVAL_SECONDS = 0.25  # progress is reported at most this often (and at each stage's first and last step)


def read_source(source: bytes | BinaryIO) -> bytes:
    """Return the bytes of ``source``, refusing more than MAX_FILE_BYTES before reading them all."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        size: int | None = len(data)
    else:
        size = None
        if source.seekable():
            size = source.seek(0, io.SEEK_END)
            source.seek(0)
            check_size(size)
        data = _read_at_most(source, MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise InputError(too_large_message(size))
    return data


def check_size(size: int) -> None:
    """Refuse a file of ``size`` bytes over MAX_FILE_BYTES, before anything is read."""
    if size > MAX_FILE_BYTES:
        raise InputError(too_large_message(size))


def _read_at_most(stream: BinaryIO, limit: int) -> bytes:
    chunks = []
    while limit > 0 and (chunk := stream.read(limit)):
        chunks.append(chunk)
        limit -= len(chunk)
    return b"".join(chunks)


def too_large_message(size: int | None) -> str:
    """The refusal of a file over MAX_FILE_BYTES (``size`` None: a stream of unknown length)."""
    limit = f"上限为 {megabytes(MAX_FILE_BYTES)} MB"
    if size is None:
        return f"文件太大，{limit}。请拆分后再导入。"
    return f"文件太大（{megabytes(size)} MB），{limit}。请拆分后再导入。"


def megabytes(size: int) -> str:
    return f"{size / _MIB:.1f}".removesuffix(".0")


# --- one file's budgets, progress and cancellation -----------------------------------------


class FileBudget:
    """One file's import: its budgets, its progress and its cancellation, checked at every step.

    ``progress`` is called with a ``Progress`` at most every ``PROGRESS_INTERVAL_SECONDS`` (and at each
    stage's first and last step), never going back within a stage; ``cancelled`` (such as
    ``threading.Event().is_set``) is asked at every step and, once true, ``Cancelled`` is raised.
    """

    def __init__(
        self,
        name: str,
        *,
        progress: Callable[[Progress], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        max_seconds: float | None = None,
    ):
        self.name = name
        self.max_seconds = MAX_SECONDS if max_seconds is None else max_seconds
        self._progress = progress
        self._cancelled = cancelled
        self._started = time.monotonic()
        self._reported_at = float("-inf")
        self._reported: tuple[str, int] = ("", 0)

    def step(self, stage: str, done: int, total: int, unit: str) -> None:
        """Unit ``done`` of ``total`` of ``stage`` is being worked on: check the budgets, report progress."""
        if self._cancelled is not None and self._cancelled():
            raise Cancelled(f"已取消，“{self.name}”没有导入。")
        now = time.monotonic()
        if now - self._started > self.max_seconds:
            raise InputError(
                f"“{self.name}”导入超过了一个文件 {self.max_seconds:g} 秒的上限（停在{stage}第 {done}/{total} {unit}），"
                "没有导入。请拆分成几个较小的文件后再导入。"
            )
        if self._progress is None:
            return
        last_stage, last_done = self._reported
        first_or_last = stage != last_stage or done == total
        if (stage == last_stage and done <= last_done) or (
            not first_or_last and now - self._reported_at < PROGRESS_INTERVAL_SECONDS
        ):
            return
        self._reported, self._reported_at = (stage, done), now
        self._progress(Progress(self.name, stage, done, total, unit))

    def stage(self, stage: str, unit: str) -> Callable[[int, int], None]:
        """``step`` for one stage, as the ``(done, total)`` callable the pure stages take."""
        return lambda done, total: self.step(stage, done, total, unit)

    def check_count(self, found: int, limit: int, what: str) -> None:
        """Refuse the file when it holds more than ``limit`` ``what`` (页, 段, 个标记, 字)."""
        if found > limit:
            raise InputError(
                f"“{self.name}”有 {found:,} {what}，超过一个文件 {limit:,} {what}的上限，没有导入。"
                "请拆分成几个较小的文件后再导入。"
            )

    def check_text(self, lines: Sequence[Line]) -> None:
        """Refuse extracted text over ``MAX_PARAGRAPHS`` lines or ``MAX_TEXT_CHARS`` characters."""
        self.check_count(len(lines), MAX_PARAGRAPHS, "段")
        self.check_count(sum(len(line.text) for line in lines), MAX_TEXT_CHARS, "字")
