"""The limits every reader shares: the largest file, the largest unpacked DOCX, and reading
a source's bytes without going past them.

- ``MAX_FILE_BYTES`` (20 MiB): the largest file accepted. A file object's size is checked
  before it is read in full.
- ``MAX_DOCX_UNCOMPRESSED_BYTES`` (100 MiB): the largest total uncompressed size of the
  members of a .docx archive, checked from the zip directory before anything is inflated.
- ``MAX_COMPRESSION_RATIO`` (300): the largest compression ratio of a .docx member bigger
  than ``RATIO_CHECK_MIN_BYTES`` (1 MiB). Together these refuse zip bombs.
"""

from __future__ import annotations

import io
from typing import BinaryIO

from nlp.errors import InputError

_MIB = 1024 * 1024
MAX_FILE_BYTES = 20 * _MIB
MAX_DOCX_UNCOMPRESSED_BYTES = 100 * _MIB
MAX_COMPRESSION_RATIO = 300
RATIO_CHECK_MIN_BYTES = _MIB


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
