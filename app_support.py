"""UI helpers shared by the app's pages: the cached library, the cached boilerplate index
(groups, tokens, topics; recomputed only when the library changes) and safe rendering of
corpus text.

Everything a page shows from the corpus goes through ``html.escape`` (HTML) or
``md_escape`` (Streamlit markdown) before it is rendered; our own tags are added after.
"""
from __future__ import annotations

import difflib
import html
import logging
import re
from datetime import datetime
from pathlib import Path

import streamlit as st

from nlp.ingest import load_sample_corpus
from nlp.models import Block, Document, Group, TopicMap
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


def library_revision(library: Library) -> tuple[int, int, int]:
    """Changes whenever documents are added or removed: (documents, blocks, newest document id)."""
    documents = library.documents()
    return len(documents), sum(d.blocks for d in documents), max((d.id for d in documents), default=0)


# --- the boilerplate index (groups and topics), computed once per library revision ------------


@st.cache_resource(show_spinner="正在加载分词词典…")
def segmenter():
    """The process's Segmenter (its own jieba tokenizer, domain dictionary, stopwords)."""
    from nlp.segment import Segmenter

    return Segmenter()


@st.cache_data(show_spinner=False, max_entries=4)
def library_groups(db_path: str, revision: tuple) -> list[Group]:
    """Near-duplicate groups of the library's blocks; ``revision`` keys the cache."""
    from nlp.groups import build_groups

    return build_groups(_open_library(db_path).blocks())


@st.cache_data(show_spinner=False, max_entries=4)
def canonical_tokens(db_path: str, revision: tuple) -> dict[str, list[str]]:
    """Content words of each group's canonical text (segmented once, then read from the store)."""
    from nlp.segment import tokens_for

    texts = [g.canonical_text for g in library_groups(db_path, revision)]
    return dict(zip(texts, tokens_for(_open_library(db_path), texts, segmenter())))


@st.cache_data(show_spinner=False, max_entries=8)
def topic_map(db_path: str, revision: tuple, n_topics: int | None) -> TopicMap:
    """Topics and outliers of the library (``n_topics`` None: chosen automatically)."""
    from nlp.topics import build_topics

    return build_topics(library_groups(db_path, revision), canonical_tokens(db_path, revision),
                        n_topics=n_topics)


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


# --- a variant against the canonical text ----------------------------------------------------

_INS_STYLE = "background:#c8f0d2;color:#0b3d1a;text-decoration:none;border-radius:3px;padding:0 1px"
_DEL_STYLE = "background:#fbd3d0;color:#5c1410;text-decoration:line-through;border-radius:3px;padding:0 1px"


def diff_html(canonical: str, variant: str) -> str:
    """``variant`` with what it adds to ``canonical`` in ``<ins>`` and what it drops in ``<del>``.

    Character-level (difflib, no junk heuristic); every piece is escaped on its own, so a
    change never splits an HTML entity.
    """
    matcher = difflib.SequenceMatcher(None, canonical, variant, autojunk=False)
    pieces: list[str] = []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            pieces.append(html.escape(variant[b1:b2]))
            continue
        if op in ("delete", "replace"):
            pieces.append(f'<del title="范本中有、此处没有" style="{_DEL_STYLE}">{html.escape(canonical[a1:a2])}</del>')
        if op in ("insert", "replace"):
            pieces.append(f'<ins title="此处新增" style="{_INS_STYLE}">{html.escape(variant[b1:b2])}</ins>')
    return "".join(pieces)


def diff_legend() -> str:
    """What the two marks of ``diff_html`` mean, drawn in the same styles."""
    return (f'<ins style="{_INS_STYLE}">比范本多出的文字</ins>，'
            f'<del style="{_DEL_STYLE}">范本中有、此处没有的文字</del>')
