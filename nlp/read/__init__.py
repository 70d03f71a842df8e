"""Reading: bytes of one uploaded file (.txt, .docx, .pdf, .html, .md) -> raw text lines.

``read_lines`` is the entry point. It picks a reader by file extension (one module per format)
and returns the document's non-blank lines in order, trailing whitespace stripped, otherwise
verbatim: cleaning is a separate step. What the format itself says about a line (heading
level, Word's automatic numbering label, a PDF line broken by the layout) is kept on ``Line``.
Every problem with the file surfaces as ``InputError`` with a Chinese message; the size limits
and one file's budgets (``FileBudget``: pages, paragraphs, characters, seconds, progress and
cancellation) are in ``limits``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import BinaryIO

from nlp.errors import Cancelled, InputError
from nlp.models import Line
from nlp.read.docx import read_docx
from nlp.read.html import read_html
from nlp.read.limits import MAX_FILE_BYTES, FileBudget, check_size, read_source, too_large_message
from nlp.read.markdown import read_markdown, read_text_markdown
from nlp.read.pdf import read_pdf

__all__ = [
    "MAX_FILE_BYTES",
    "SUPPORTED_EXTENSIONS",
    "FileBudget",
    "check_size",
    "read_lines",
    "read_source",
    "too_large_message",
]

_EMPTY = "文件是空的，没有任何内容。"
_NO_TEXT = "文件中没有找到可读取的文字（可能是空文件，或只有空白）。"
_UNEXPECTED = "读取 {label} 文件时出错，文件可能已损坏。请检查文件，另存后重试。"

_FORMATS: dict[str, tuple[Callable[..., list[Line]], str]] = {
    ".txt": (read_text_markdown, "TXT"),
    ".text": (read_text_markdown, "TXT"),
    ".docx": (read_docx, "DOCX"),
    ".pdf": (read_pdf, "PDF"),
    ".html": (read_html, "HTML"),
    ".htm": (read_html, "HTML"),
    ".md": (read_markdown, "Markdown"),
    ".markdown": (read_markdown, "Markdown"),
}
SUPPORTED_EXTENSIONS = tuple(_FORMATS)
_BUDGETED = frozenset({read_docx, read_pdf, read_html})  # the readers that count and step through their input


def read_lines(source: bytes | BinaryIO, filename: str, budget: FileBudget | None = None) -> list[Line]:
    """Read the lines of ``source`` (bytes or a binary file object; a seekable one is read
    from its start) as the format named by ``filename``'s extension, within ``budget``."""
    budget = budget or FileBudget(filename)
    extension = os.path.splitext(filename)[1].lower()
    if extension not in _FORMATS:
        raise InputError(f"不支持的文件类型“{extension or filename}”。目前支持：{'、'.join(SUPPORTED_EXTENSIONS)}。")
    reader, label = _FORMATS[extension]
    data = read_source(source)
    if not data.strip():
        raise InputError(_EMPTY)
    try:
        lines = reader(data, budget) if reader in _BUDGETED else reader(data)
    except (InputError, Cancelled):
        raise
    except Exception as err:  # a reader library failing on malformed input
        raise InputError(_UNEXPECTED.format(label=label)) from err
    if not lines:
        raise InputError(_NO_TEXT)
    budget.check_text(lines)
    return lines


# --- size and bytes -----------------------------------------------------------------
