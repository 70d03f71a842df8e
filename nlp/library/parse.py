"""Reading, cleaning and structuring one file: bytes -> documents with outlines, nothing stored."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from nlp.errors import InputError
from nlp.library.clean import clean_lines
from nlp.library.structure import parse_lines
from nlp.models import ParseResult
from nlp.read import read_lines


def parse_file(source: bytes | BinaryIO, filename: str) -> ParseResult:
    """Read, clean and structure one file without storing it."""
    lines = read_lines(source, filename)
    cleaned, dropped = clean_lines(lines)
    documents, more_dropped = parse_lines(cleaned, fallback_title=Path(filename).stem)
    if not documents:
        raise InputError("没有找到正文：文件中的文字都是网页杂项、页码或标题")
    return ParseResult(tuple(documents), tuple(dropped + more_dropped))
