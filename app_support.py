"""UI helpers shared by the app's pages: the cached library and safe rendering of corpus text.

Everything a page shows from the corpus goes through ``html.escape`` (HTML) or
``md_escape`` (Streamlit markdown) before it is rendered; our own tags are added after.
"""
from __future__ import annotations

import html
import logging
import re
from datetime import datetime
from pathlib import Path

import streamlit as st

from nlp.ingest import load_sample_corpus
from nlp.models import Block, Document
from nlp.readers import MAX_FILE_BYTES
from nlp.store import Library, default_db_path

PROJECT_DIR = Path(__file__).resolve().parent
CORPUS_DIR = PROJECT_DIR / "corpus"

log = logging.getLogger(__name__)

INDENT_EM = 1.6  # indentation per outline level


# --- the library -----------------------------------------------------------------------


def _close_library(library: Library) -> None:
    library.close()


@st.cache_resource(show_spinner=False, on_release=_close_library)
def _open_library(db_path: str) -> Library:
    """One Library per database file and process; an empty one is filled with corpus/ once."""
    library = Library(db_path)
    if library.is_empty() and CORPUS_DIR.is_dir():
        with st.spinner("首次启动：正在导入示例文库…"):
            reports = load_sample_corpus(library, CORPUS_DIR)
        for report in reports:
            if not report.ok:
                log.warning("sample corpus file %s refused: %s", report.name, report.message)
    return library


def library() -> Library:
    """The shared library for the database named by ``JIHUA_DB`` (or the default file)."""
    return _open_library(str(default_db_path()))


# --- plain-text helpers ---------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def md_escape(text: str) -> str:
    """Make ``text`` literal inside Streamlit markdown (no emphasis, links, HTML, math, emoji)."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def format_time(iso: str) -> str:
    """A stored UTC ISO timestamp as local "YYYY-MM-DD HH:MM"; unparsable input unchanged."""
    try:
        moment = datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".removesuffix(".0")


def too_large_message(size: int) -> str:
    """The refusal shown for an upload over the core's size limit (not read at all)."""
    return (f"文件太大（{megabytes(size)} MB），上限为 {megabytes(MAX_FILE_BYTES)} MB。"
            "请拆分后再导入。")


def placeholder_count(document: Document) -> int:
    return sum(len(block.placeholders) for block in document.blocks)


# --- the outline as HTML ---------------------------------------------------------------------

_MARK_STYLE = "background:#fde68a;color:#3b2f00;border-radius:3px;padding:0 2px"
_MARKER_STYLE = "color:#2e7d6b;margin-right:0.25em"
_SCHEDULE_STYLE = ("display:inline-block;background:rgba(46,125,107,0.12);color:inherit;"
                   "border-left:3px solid #2e7d6b;border-radius:4px;padding:0.05em 0.6em;font-weight:600")


def highlight_placeholders(block: Block) -> str:
    """The block's text, escaped, with each placeholder wrapped in ``<mark>``.

    The text between placeholders and each placeholder are escaped separately, so a
    placeholder position never lands inside an HTML entity.
    """
    text = block.text
    pieces: list[str] = []
    cursor = 0
    for p in sorted(block.placeholders, key=lambda p: (p.start, p.end)):
        if p.start < cursor or p.end > len(text) or p.start >= p.end:
            continue  # overlapping or out of range: leave that span unmarked
        pieces.append(html.escape(text[cursor:p.start]))
        pieces.append(f'<mark title="待填写" style="{_MARK_STYLE}">{html.escape(text[p.start:p.end])}</mark>')
        cursor = p.end
    pieces.append(html.escape(text[cursor:]))
    return "".join(pieces)


def _block_html(block: Block, indent_level: int) -> str:
    body = highlight_placeholders(block)
    if block.marker:
        body = f'<span style="{_MARKER_STYLE}">{html.escape(block.marker)}</span>{body}'
    if block.type == "heading":
        body = f"<strong>{body}</strong>"
    if block.schedule is not None:
        body = f'<span title="时间安排：{html.escape(block.schedule)}" style="{_SCHEDULE_STYLE}">{body}</span>'
    spacing = "0.7em 0 0.25em" if block.type == "heading" else "0.2em 0"
    return (f'<div style="margin:{spacing};padding-left:{indent_level * INDENT_EM:.1f}em;'
            f'line-height:1.75">{body}</div>')


def outline_html(document: Document) -> str:
    """The document as an indented tree; every piece of corpus text is escaped.

    Headings and items are indented by their level; a paragraph sits one step under the
    last heading or item before it.
    """
    parts = [f'<div style="font-size:1.2rem;font-weight:700;margin-bottom:0.4em">'
             f"{html.escape(document.title)}</div>"]
    last_level = 0
    for block in document.blocks:
        if block.type == "paragraph" or block.level is None:
            indent = last_level
        else:
            indent = max(block.level - 1, 0)
            last_level = block.level
        parts.append(_block_html(block, indent))
    return '<div class="jihua-outline">' + "".join(parts) + "</div>"
