"""Reading, cleaning and structuring one file: bytes -> documents with outlines, nothing stored."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from nlp.errors import InputError
from nlp.library.clean import clean_lines, without_anti_copy_strings
from nlp.library.junk import MODEL_PATH
from nlp.library.script import letters_only
from nlp.library.structure import (
    CONTENTS_REASON,
    dated_by_page,
    parse_lines,
    titled_by_own_line,
    titled_by_site_notice,
    without_title_pieces,
)
from nlp.library.titles import MODEL_PATH as TITLE_MODEL_PATH
from nlp.library.titles import titled_by_model, untitled_when_unrelated
from nlp.models import DroppedLine, Line, ParseResult
from nlp.read import FileBudget, read_lines
from nlp.resources import NOT_XML_CHARS

CONTROL_REASON = "无法保存的控制字符，已删除"


def parse_file(
    source: bytes | BinaryIO,
    filename: str,
    budget: FileBudget | None = None,
    *,
    junk_model: Path = MODEL_PATH,
    library_files: Mapping[str, int] | None = None,
    title_model: Path | None = TITLE_MODEL_PATH,
) -> ParseResult:
    """Read, clean and structure one file without storing it, within ``budget`` (its limits, progress
    and cancellation; by default the limits only), web junk judged by the model at ``junk_model`` with
    ``library_files`` (how many other files of the library hold a line: ``Library.line_files``), each document's title
    the one the model at ``title_model`` takes over the rules' pick (``nlp.library.titles``; None, a missing model or
    one made for other features: the rules' pick)."""
    budget = budget or FileBudget(filename)
    lines, controls = _without_controls(read_lines(source, filename, budget))
    cleaned, dropped = clean_lines(
        lines, junk_model=junk_model, library_files=library_files, step=budget.stage("清理", "行")
    )
    structuring = budget.stage("整理提纲", "篇")  # the title model's pass over the documents checks the budgets too
    documents, more_dropped = parse_lines(
        cleaned, fallback_title=Path(filename).stem, step=structuring, cleaned_off=dropped
    )
    documents = titled_by_site_notice(documents, dropped)
    if title_model is not None:
        # the page's lines as read, less a mirror's anti-copy strings (the title candidates above the text are among them)
        # and the entries of a collection's table of contents (the titles of items the excerpt does not show)
        contents = {letters_only(line.text) for line in more_dropped if line.reason == CONTENTS_REASON}
        page = [line.text for line in without_anti_copy_strings(lines, []) if letters_only(line.text) not in contents]
        documents = titled_by_model(documents, page, dropped, Path(filename).stem, title_model, structuring)
    documents = without_title_pieces(untitled_when_unrelated(documents, dropped, Path(filename).stem), dropped)
    documents = titled_by_own_line(documents, [line.text for line in lines], dropped)
    # a year the text tells of long before its page's time is history, no year of the document (``dated_by_page``)
    documents = dated_by_page(documents, [line.text for line in lines])
    if not documents:
        raise InputError("没有找到正文：文件中的文字都是网页杂项、页码或标题")
    if controls:
        more_dropped.append(DroppedLine(f"{controls} 个控制字符（如 NUL、\\x1f）", CONTROL_REASON))
    return ParseResult(tuple(documents), tuple(dropped + more_dropped))


def _without_controls(lines: list[Line]) -> tuple[list[Line], int]:
    """The lines with the characters no document can hold removed (see ``nlp.resources.xml_safe``), and how many."""
    kept, removed = [], 0
    for line in lines:
        text, count = NOT_XML_CHARS.subn("", line.text)
        removed += count
        if text.strip():
            kept.append(replace(line, text=text) if count else line)
    return kept, removed
