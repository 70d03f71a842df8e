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
from collections.abc import Collection, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from types import MappingProxyType

import streamlit as st

from nlp.ingest import load_sample_corpus
from nlp.models import Block, Document, Group, Topic, TopicMap
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
#
# The whole-library values below are ``st.cache_resource``: every session and rerun gets the same
# object, not an unpickled copy (``st.cache_data`` copied 100k blocks on every rerun). They are
# shared, so nobody may change them: the groups, topics and blocks are frozen dataclasses, the
# containers are tuples where callers allow it, and the lists and dicts that remain (the groups
# list, ``TopicMap.assignments``, the token dict) are only ever read.


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


@st.cache_resource(show_spinner=False, max_entries=4)
def library_groups(db_path: str, revision: tuple) -> list[Group]:
    """Near-duplicate groups of the library's blocks (shared: read, never change); ``revision`` keys the cache.

    Blocks imported since the index last saw the library are added to it (their candidates,
    verification and the groups they touch), not regrouped with the whole library; removing a
    file rebuilds it. Either way the groups are those ``build_groups`` gives (see
    ``nlp.groups.NearDuplicateIndex`` for the guarantee).
    """
    index, lock = _group_index(db_path)
    with lock:
        index.update(_open_library(db_path).blocks())
        return index.groups()


@st.cache_resource(show_spinner=False, max_entries=4)
def canonical_tokens(db_path: str, revision: tuple) -> dict[str, tuple[str, ...]]:
    """Content words of each group's canonical text (segmented once, then read from the store; shared)."""
    from nlp.segment import tokens_for

    texts = [g.canonical_text for g in library_groups(db_path, revision)]
    return {text: tuple(tokens) for text, tokens in zip(texts, tokens_for(_open_library(db_path), texts, segmenter()))}


@st.cache_resource(show_spinner=False, max_entries=8)
def topic_map(db_path: str, revision: tuple, n_topics: int | None) -> TopicMap:
    """Topics and outliers of the library (``n_topics`` None: chosen automatically; shared, read only)."""
    from nlp.topics import build_topics

    return build_topics(library_groups(db_path, revision), canonical_tokens(db_path, revision),
                        n_topics=n_topics)


ALL_TOPICS = 0   # topic filters beside the topic ids, which start at 1
NO_TOPIC = -1    # groups near no topic (short headings)
OUTLIER = -2     # groups like nothing else in the library


def topic_name(topic: Topic) -> str:
    """How a topic is named in the pages: "3. 职代会 · 提案"."""
    return f"{topic.id}. {topic.label}"


def topic_of(topics: TopicMap, group_id: int, outliers: Collection[int]) -> int:
    """The group's topic id, or ``OUTLIER`` / ``NO_TOPIC`` (``outliers``: ``set(topics.outliers)``)."""
    if group_id in outliers:
        return OUTLIER
    topic = topics.assignments.get(group_id)
    return NO_TOPIC if topic is None else topic


def matching_groups(groups: Sequence[Group], topics: TopicMap, *, keyword: str = "", topic: int = ALL_TOPICS,
                    show_outliers: bool = False) -> list[Group]:
    """The groups in ``topic`` (``ALL_TOPICS``: any) whose canonical text or a variant contains ``keyword``,
    outliers left out unless ``show_outliers``; most frequent first (occurrences, documents, group id)."""
    outliers = set(topics.outliers)

    def matches(group: Group) -> bool:
        if not show_outliers and group.id in outliers:
            return False
        if topic != ALL_TOPICS and topic_of(topics, group.id, outliers) != topic:
            return False
        return not keyword or keyword in group.canonical_text or any(keyword in m.text for m in group.members)

    return sorted(filter(matches, groups), key=lambda g: (-g.count, -g.documents, g.id))


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
    """The block's text, escaped, with each placeholder in ``<mark class="jihua-pending">`` (see ``marked_html``)."""
    return marked_html(block.text, [(p.start, p.end, "pending", "待填写") for p in block.placeholders])


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


@st.cache_resource(show_spinner=False, max_entries=4)
def library_blocks(db_path: str, revision: tuple) -> tuple:
    """Every stored block of the library (``StoredBlock``), in document order (shared, see above)."""
    return tuple(_open_library(db_path).blocks())


@st.cache_resource(show_spinner=False, max_entries=4)
def blocks_by_id(db_path: str, revision: tuple) -> Mapping[int, object]:
    """``library_blocks`` by block id (shared, read only)."""
    return MappingProxyType({b.id: b for b in library_blocks(db_path, revision)})


@st.cache_resource(show_spinner=False, max_entries=4)
def _blocks_by_document(db_path: str, revision: tuple) -> Mapping[int, tuple]:
    by_document: dict[int, list] = {}
    for block in library_blocks(db_path, revision):
        by_document.setdefault(block.document_id, []).append(block)
    return MappingProxyType({d: tuple(blocks) for d, blocks in by_document.items()})


def document_blocks(db_path: str, revision: tuple, document_id: int) -> tuple:
    """The stored blocks of one document, in order (shared)."""
    return _blocks_by_document(db_path, revision).get(document_id, ())


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


@st.cache_data(show_spinner=False, max_entries=32)
def stored_export(db_path: str, draft_id: int, revision: int, saved_at: str, extension: str, *,
                  keep_placeholders: bool, _draft) -> bytes:
    """``export_bytes`` of a stored draft, built once per save rather than on every rerun.

    ``_draft`` is not hashed: the draft's id, revision and save time (``StoredDraft.updated_at``,
    in case an id is reused after a purge) name it.
    """
    return export_bytes(_draft, extension, keep_placeholders=keep_placeholders)


# --- 查重 (the check page): the library's fingerprint index and cached checks -------------------


@st.cache_resource(show_spinner="正在建立查重索引…", max_entries=2)
def check_index(db_path: str, revision: tuple):
    """The library's blocks fingerprinted for 查重 (``nlp.check.SourceIndex``), once per revision."""
    from nlp.check import library_index

    return library_index(library_blocks(db_path, revision))


@st.cache_resource(show_spinner=False, max_entries=32)
def draft_blocks(name: str, content: bytes | str) -> tuple[Block, ...]:
    """A draft to check, read once per content and shared (frozen blocks): an uploaded file's bytes
    (``nlp.check.read_draft``) or pasted text (``nlp.check.pasted_draft``); raises InputError."""
    from nlp.check import pasted_draft, read_draft

    return pasted_draft(content) if isinstance(content, str) else read_draft(content, name)


@st.cache_data(show_spinner="正在查重…", max_entries=16)
def checked_drafts(db_path: str, revision: tuple, sources: tuple, settings):
    """``nlp.check.check_drafts`` of ``sources`` ((name, upload bytes or pasted text) pairs, read by
    ``draft_blocks``) under ``settings`` (a ``CheckSettings``), cached per library revision.

    Keyed by the raw content, not the parsed blocks, which every rerun would hash again (a 1.4 MB
    draft: 4 ms for its bytes, 190 ms for its blocks)."""
    from nlp.check import check_drafts

    drafts = [(name, draft_blocks(name, content)) for name, content in sources]
    return check_drafts(drafts, check_index(db_path, revision), settings)


@st.cache_data(show_spinner=False, max_entries=16)
def report_file(db_path: str, revision: tuple, sources: tuple, settings, index: int, extension: str, *,
                _report) -> bytes:
    """Report ``index`` of ``checked_drafts(db_path, revision, sources, settings)`` as "docx" or "html"
    bytes, built once per check rather than on every rerun (``_report``, that report, is not hashed)."""
    from nlp.check import report_docx, report_html

    if extension == "docx":
        return report_docx(_report, settings)
    return report_html(_report, settings).encode("utf-8")


def check_diff_legend() -> str:
    """What the marks of ``diff_html(source, draft)`` mean on the 查重 page."""
    return (f'<ins style="{_INS_STYLE}">比来源多出的文字</ins>，'
            f'<del style="{_DEL_STYLE}">来源中有、草稿没有的文字</del>')
