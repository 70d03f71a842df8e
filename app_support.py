"""UI helpers shared by the app's pages: the cached library, the cached boilerplate index
(groups, tokens, topics; updated only when the library changes, an import added to the
near-duplicate index rather than regrouping everything) and safe rendering of corpus text.

Everything a page shows from the corpus goes through ``html.escape`` (HTML) or
``md_escape`` (Streamlit markdown) before it is rendered; our own tags are added after.
"""
from __future__ import annotations

import difflib
import html
import logging
import re
import threading
from datetime import datetime
from pathlib import Path

import streamlit as st

from nlp.ingest import load_sample_corpus
from nlp.models import Block, Document, Group, TopicMap
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


@st.cache_resource(show_spinner=False)
def _group_index(db_path: str):
    """The near-duplicate index of one library, kept for the process, and the lock that guards it."""
    from nlp.groups import LibraryGroups

    return LibraryGroups(), threading.Lock()


@st.cache_data(show_spinner=False, max_entries=4)
def library_groups(db_path: str, revision: tuple) -> list[Group]:
    """Near-duplicate groups of the library's blocks; ``revision`` keys the cache.

    Blocks imported since the index last saw the library are added to it (their candidates,
    verification and the groups they touch), not regrouped with the whole library; removing a
    file rebuilds it. Either way the groups are those ``build_groups`` gives (see
    ``nlp.groups.NearDuplicateIndex`` for the guarantee).
    """
    index, lock = _group_index(db_path)
    with lock:
        index.update(_open_library(db_path).blocks())
        return index.groups()


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
    parts = [(f'<div style="font-size:1.2rem;font-weight:700;margin-bottom:0.4em">'
             f"{html.escape(document.title)}</div>")]
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


# --- 起草 (the compose page): store-mirrored widgets, checks, previews, exports ---------------
#
# The compose page keeps nothing of the user's work in session state: every widget that shows
# part of a draft is set from the store on each run (``mirror``), and every change goes through
# a callback that saves the whole draft with the revision the page showed.

_STALE_STYLE = "background:#fbd3d0;color:#5c1410;border-radius:3px;padding:0 2px"
_FINDING_STYLE = "font-size:0.88rem;line-height:1.7;color:#555;margin:0.1em 0 0.2em"
EXPORT_MIME = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "txt": "text/plain",
    "md": "text/markdown",
}
_UNSAFE_FILE_CHARS = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def mirror(key: str, value, *, keep_input: bool = False) -> None:
    """Show the stored ``value`` in the widget ``key`` (call before the widget, which gets no default).

    ``keep_input``: overwrite what the user entered only when the stored value itself changed, so a
    form refused for one bad field keeps the others as typed.
    """
    stored_key = f"{key}__stored"
    if keep_input and key in st.session_state and st.session_state.get(stored_key) == value:
        return
    st.session_state[stored_key] = value
    if key not in st.session_state or st.session_state[key] != value:
        st.session_state[key] = value


@st.cache_data(show_spinner=False, max_entries=4)
def library_blocks(db_path: str, revision: tuple) -> list:
    """Every stored block of the library (``StoredBlock``), in document order."""
    return _open_library(db_path).blocks()


@st.cache_data(show_spinner=False, max_entries=4)
def typical_outline(db_path: str, revision: tuple) -> tuple:
    """The headings most plans in the library share, in their usual order (``compose.typical_outline``)."""
    from nlp.compose import typical_outline as outline_of

    plans = {d.id for d in _open_library(db_path).documents() if d.kind == "计划"}
    return outline_of(library_groups(db_path, revision), library_blocks(db_path, revision),
                      documents=plans or None)


@st.cache_resource(show_spinner=False, max_entries=4)
def _rules(path: str, modified: float) -> tuple:
    from nlp.compose import load_rules

    return load_rules(path)


def staleness_rules() -> tuple:
    """The rules of nlp/data/staleness.toml, read again whenever the file changes; raises InputError."""
    from nlp.compose import DEFAULT_RULES

    try:
        modified = DEFAULT_RULES.stat().st_mtime
    except OSError:
        modified = 0.0
    return _rules(str(DEFAULT_RULES), modified)


def marked_html(text: str, spans) -> str:
    """``text`` escaped, each (start, end, kind, note) span in ``<mark>``: kind "pending" (待填写) or "stale".

    Overlapping spans after the first are left unmarked; every piece is escaped on its own.
    """
    pieces: list[str] = []
    cursor = 0
    for start, end, kind, note in sorted(spans, key=lambda s: (s[0], s[1])):
        if start < cursor or end > len(text) or start >= end:
            continue
        style = _MARK_STYLE if kind == "pending" else _STALE_STYLE
        pieces.append(html.escape(text[cursor:start]))
        pieces.append(f'<mark class="jihua-{kind}" title="{html.escape(note)}" style="{style}">'
                      f"{html.escape(text[start:end])}</mark>")
        cursor = end
    pieces.append(html.escape(text[cursor:]))
    return "".join(pieces)


def excerpt_html(text: str, start: int, end: int, kind: str, note: str, *, radius: int = 10) -> str:
    """A few characters either side of one span, the span marked (see ``marked_html``)."""
    left, right = max(0, start - radius), min(len(text), end + radius)
    body = marked_html(text[left:right], [(start - left, end - left, kind, note)])
    return ("…" if left else "") + body + ("…" if right < len(text) else "")


def block_findings_html(text: str, pending, warnings) -> str:
    """One line under a block of the editor: its unfilled slots and stale phrases, each in context."""
    parts = [f"待填写：{excerpt_html(text, p.start, p.end, 'pending', '待填写')}" for p in pending]
    parts += [f"过时：{excerpt_html(text, w.start, w.end, 'stale', w.reason)}（{html.escape(w.reason)}）"
              for w in warnings]
    return f'<div style="{_FINDING_STYLE}">' + "<br>".join(parts) + "</div>" if parts else ""


def draft_html(draft, pending, warnings) -> str:
    """The draft as its export will number it, indented by level, with slots and stale phrases marked."""
    by_block: dict[int | None, list] = {}
    for p in pending:
        by_block.setdefault(p.block_index, []).append((p.start, p.end, "pending", "待填写"))
    for w in warnings:
        by_block.setdefault(w.block_index, []).append((w.start, w.end, "stale", w.reason))
    title = marked_html(draft.title, by_block.get(None, []))
    parts = [f'<div style="font-size:1.25rem;font-weight:700;text-align:center;margin-bottom:0.6em">{title}</div>'
             if title else ""]
    last_level = 0
    for index, block in enumerate(draft.blocks):
        body = marked_html(block.text, by_block.get(index, []))
        if block.type == "paragraph":
            indent, style = last_level, "text-indent:2em"
        else:
            indent = last_level = block.level - 1
            body = f'<span style="{_MARKER_STYLE}">{html.escape(block.marker or "")}</span>{body}'
            style = "font-weight:600" if block.type == "heading" else ""
        parts.append(f'<div style="margin:0.25em 0;padding-left:{indent * INDENT_EM:.1f}em;line-height:1.8;{style}">'
                     f"{body}</div>")
    return '<div class="jihua-draft">' + "".join(parts) + "</div>"


def export_file_name(title: str, extension: str) -> str:
    """A file name for a download: the title without characters file systems refuse."""
    stem = _UNSAFE_FILE_CHARS.sub("_", title).strip(" ._") or "工作计划"
    return f"{stem[:80]}.{extension}"


def export_bytes(draft, extension: str, *, keep_placeholders: bool) -> bytes:
    """The draft as a .docx (GB/T 9704), .txt (UTF-8 with BOM) or .md file; raises InputError while
    placeholders remain unless they are kept."""
    from nlp import export

    if extension == "docx":
        return export.to_docx(draft, keep_placeholders=keep_placeholders)
    if extension == "txt":
        return export.to_text(draft, keep_placeholders=keep_placeholders).encode("utf-8-sig")
    return export.to_markdown(draft, keep_placeholders=keep_placeholders).encode("utf-8")


# --- 查重 (the check page): the library's fingerprint index and cached checks -------------------


@st.cache_resource(show_spinner="正在建立查重索引…", max_entries=2)
def check_index(db_path: str, revision: tuple):
    """The library's blocks fingerprinted for 查重 (``nlp.check.SourceIndex``), once per revision."""
    from nlp.check import library_index

    return library_index(_open_library(db_path).blocks())


@st.cache_data(show_spinner="正在查重…", max_entries=16)
def checked_drafts(db_path: str, revision: tuple, drafts: tuple, settings: tuple):
    """``nlp.check.check_drafts`` of ``drafts`` ((name, blocks) pairs) under ``settings``
    (``CheckSettings`` fields as a tuple), cached per library revision."""
    from nlp.check import CheckSettings, check_drafts

    return check_drafts(list(drafts), check_index(db_path, revision), CheckSettings(*settings))


def check_diff_legend() -> str:
    """What the marks of ``diff_html(source, draft)`` mean on the 查重 page."""
    return (f'<ins style="{_INS_STYLE}">比来源多出的文字</ins>，'
            f'<del style="{_DEL_STYLE}">来源中有、草稿没有的文字</del>')
