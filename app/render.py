"""HTML for the pages: the library's text escaped, our own marks added after.

Everything a page shows from the corpus goes through ``html.escape`` (HTML) or ``md_escape``
(Streamlit markdown) before it is rendered; our own tags are added after.
"""

from __future__ import annotations

import difflib
import html
import re
from datetime import datetime
from pathlib import PurePath

from nlp.cycle.export import target_text
from nlp.models import Block, Document, DocumentSummary, Topic
from nlp.resources import mark_style

INDENT_EM = 1.6  # indentation per outline level


def topic_name(topic: Topic) -> str:
    """How a topic is named in the pages: "3. 职代会 · 提案"."""
    return f"{topic.id}. {topic.label}"


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


_MARK_STYLE = mark_style("pending")


_MARKER_STYLE = "color:#2e7d6b;margin-right:0.25em"


_SCHEDULE_STYLE = (
    "display:inline-block;background:rgba(46,125,107,0.12);color:inherit;"
    "border-left:3px solid #2e7d6b;border-radius:4px;padding:0.05em 0.6em;font-weight:600"
)


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
    return f'<div style="margin:{spacing};padding-left:{indent_level * INDENT_EM:.1f}em;line-height:1.75">{body}</div>'


UNTITLED = "（无标题）"


def own_title(title: str, title_source: str) -> str:
    """A library document's title as a person reads it: one the parser took from the file's name (its last
    resort, when the text gives none; ``title_source`` "file") is not the document's own, so it reads 无标题."""
    return UNTITLED if title_source == "file" else title


def document_source(title: str, file_name: str) -> str:
    """Where a block comes from, for a line of a list: 《title》 · file, or the file alone when the title only
    repeats the file's name (a title taken from it, or a file named after its title: nothing is lost)."""
    return file_name if title == PurePath(file_name).stem else f"《{title}》 · {file_name}"


def document_choice(document: DocumentSummary) -> str:
    """A library document as an option of a list to choose from: 〔id〕title（kind） — file."""
    title = own_title(document.title, document.title_source)
    return f"〔{document.id}〕{title}（{document.kind}） — {document.file_name}"


def outline_html(document: Document) -> str:
    """The document as an indented tree; every piece of corpus text is escaped.

    Headings and items are indented by their level; a paragraph sits one step under the
    last heading or item before it.
    """
    parts = [
        (
            f'<div style="font-size:1.2rem;font-weight:700;margin-bottom:0.4em">{html.escape(own_title(document.title, document.title_source))}</div>'
        )
    ]
    last_level = 0
    for block in document.blocks:
        if block.type == "paragraph" or block.level is None:
            indent = last_level
        else:
            indent = max(block.level - 1, 0)
            last_level = block.level
        parts.append(_block_html(block, indent))
    return '<div class="jihua-outline">' + "".join(parts) + "</div>"


_INS_STYLE = mark_style("inserted") + ";text-decoration:none"


_DEL_STYLE = mark_style("stale") + ";text-decoration:line-through"


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
    return f'<ins style="{_INS_STYLE}">比范本多出的文字</ins>，<del style="{_DEL_STYLE}">范本中有、此处没有的文字</del>'


_STALE_STYLE = mark_style("stale")


_FINDING_STYLE = "font-size:0.88rem;line-height:1.7;color:#555;margin:0.1em 0 0.2em"


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
        pieces.append(
            f'<mark class="jihua-{kind}" title="{html.escape(note)}" style="{style}">'
            f"{html.escape(text[start:end])}</mark>"
        )
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
    parts += [
        f"过时：{excerpt_html(text, w.start, w.end, 'stale', w.reason)}（{html.escape(w.reason)}）" for w in warnings
    ]
    return f'<div style="{_FINDING_STYLE}">' + "<br>".join(parts) + "</div>" if parts else ""


def draft_html(draft, pending, warnings) -> str:
    """The draft as its export will number it, indented by level, with slots and stale phrases marked."""
    by_block: dict[int | None, list] = {}
    for p in pending:
        by_block.setdefault(p.block_index, []).append((p.start, p.end, "pending", "待填写"))
    for w in warnings:
        by_block.setdefault(w.block_index, []).append((w.start, w.end, "stale", w.reason))
    title = marked_html(draft.title, by_block.get(None, []))
    parts = [
        f'<div style="font-size:1.25rem;font-weight:700;text-align:center;margin-bottom:0.6em">{title}</div>'
        if title
        else ""
    ]
    last_level = 0
    for index, block in enumerate(draft.blocks):
        body = marked_html(block.text, by_block.get(index, []))
        if block.type == "paragraph":
            indent, style = last_level, "text-indent:2em"
        else:
            indent = last_level = block.level - 1
            body = f'<span style="{_MARKER_STYLE}">{html.escape(block.marker or "")}</span>{body}'
            style = "font-weight:600" if block.type == "heading" else ""
        parts.append(
            f'<div style="margin:0.25em 0;padding-left:{indent * INDENT_EM:.1f}em;line-height:1.8;{style}">{body}</div>'
        )
    return '<div class="jihua-draft">' + "".join(parts) + "</div>"


def check_diff_legend() -> str:
    """What the marks of ``diff_html(source, draft)`` mean on the 查重 page."""
    return f'<ins style="{_INS_STYLE}">比来源多出的文字</ins>，<del style="{_DEL_STYLE}">来源中有、草稿没有的文字</del>'


_UNSAFE_FILE_CHARS = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def export_file_name(title: str, extension: str) -> str:
    """A file name for a download: the title without characters file systems refuse."""
    stem = _UNSAFE_FILE_CHARS.sub("_", title).strip(" ._") or "工作计划"
    return f"{stem[:80]}.{extension}"


# --- the yearly cycle: 计划↔总结 对照 and 年度对比 ----------------------------------------------

_STATUS_STYLE = {
    "已落实": "background:#c8f0d2;color:#0b3d1a",
    "部分": mark_style("medium"),
    "未提及": mark_style("high"),
}
_YEAR_STYLE = {
    "unchanged": mark_style("medium"),
    "changed": "background:#dbe7ff;color:#0b2e6b",
    "new": mark_style("inserted"),
}
_BADGE = "border-radius:3px;padding:0 6px;font-size:0.85rem;white-space:nowrap;"
_CELL = "border:1px solid #ddd;padding:4px 8px;vertical-align:top"


def status_badge(status: str) -> str:
    """已落实 / 部分 / 未提及 as a coloured label."""
    return f'<span style="{_BADGE}{_STATUS_STYLE[status]}">{html.escape(status)}</span>'


def evidence_html(block_text: str, sentence: str | None) -> str:
    """A summary block with the evidence sentence marked in it (the sentence alone if not found)."""
    if not sentence:
        return "—"
    start = block_text.find(sentence)
    if start < 0:
        return f"<mark>{html.escape(sentence)}</mark>"
    end = start + len(sentence)
    return (
        html.escape(block_text[:start])
        + f'<mark style="background:#fff3a3">{html.escape(sentence)}</mark>'
        + html.escape(block_text[end:])
    )


def followup_table_html(section, summary_texts) -> str:
    """One plan section's items as a table: item, status, the evidence in its summary block, what is
    missing and the numeric targets. ``summary_texts`` are the summary's block texts."""
    rows = []
    for item in section.items:
        context = summary_texts[item.evidence_block] if item.evidence_block is not None else ""
        notes = []
        if item.missing:
            notes.append("未提到：" + html.escape("、".join(item.missing)))
        for t in item.targets:
            colour = "#0b3d1a" if t.status == "met" else "#b3261e"
            notes.append(f'<span style="color:{colour}">{html.escape(target_text(t))}</span>')
        rows.append(
            f'<tr><td style="{_CELL}">{html.escape((item.marker or "") + item.text)}</td>'
            f'<td style="{_CELL}">{status_badge(item.status)}</td>'
            f'<td style="{_CELL};font-size:0.9rem">{evidence_html(context, item.evidence)}</td>'
            f'<td style="{_CELL};font-size:0.9rem">{"<br>".join(notes) or "—"}</td></tr>'
        )
    head = "".join(
        f'<th style="{_CELL};background:#f4f4f4">{h}</th>'
        for h in ("计划条目", "落实情况", "总结中的依据", "缺少 / 指标")
    )
    return (
        '<table class="jihua-followup" style="border-collapse:collapse;width:100%">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def year_badge(markers, index: int) -> str:
    """The 年度对比 marker of block ``index`` (沿用3年 / 改写 / 新增) for the 起草 page; an empty span
    when the draft has no earlier plan to compare with. ``markers`` is ``state.year_markers(…)``."""
    if index >= len(markers) or not markers[index]:
        return '<span class="jihua-year"></span>'  # st.html refuses an empty body
    status, label = markers[index]
    return f'<span class="jihua-year" title="与往年计划对比" style="{_BADGE}{_YEAR_STYLE[status]}">{html.escape(label)}</span>'


def year_diff_legend() -> str:
    """What the marks of a changed block of 年度对比 mean."""
    return (
        f'<ins style="{_INS_STYLE}">比上一年多出的文字</ins>，<del style="{_DEL_STYLE}">上一年有、今年删去的文字</del>'
    )


def year_block_html(block) -> str:
    """One block of a 年度对比: its marker, its text (changes from last year marked), carried numbers."""
    body = diff_html(block.previous, block.text) if block.status == "changed" else html.escape(block.text)
    badge = f'<span style="{_BADGE}{_YEAR_STYLE[block.status]}">{html.escape(block.marker)}</span>'
    carried = (
        f'<div style="{_FINDING_STYLE}">沿用的数字：{html.escape("、".join(block.carried_numbers))}</div>'
        if block.carried_numbers
        else ""
    )
    return f'<div style="margin:0.3em 0;line-height:1.8">{badge} {body}{carried}</div>'


# Streamlit's own words on screen, in Chinese: where it offers no setting, its text is hidden and
# ours shown in its place (``content`` of a pseudo-element, which is not part of the page's text).
CHINESE_UI_CSS = """<style>
[data-testid="InputInstructions"] > span { display: none; }
[data-testid="InputInstructions"]::after { content: "尚未保存：点到框外即保存"; color: #b45309; }
[data-testid="stForm"] [data-testid="InputInstructions"]::after { content: "尚未提交：请点下方按钮"; }
[data-testid="stFileUploaderDropzone"] button > * { display: none; }
[data-testid="stFileUploaderDropzone"] button::after { content: "选择文件"; }
[data-testid="stFileUploaderDropzoneInstructions"] * { display: none; }
[data-testid="stFileUploaderDropzoneInstructions"]::after { content: "把文件拖到这里，或点“选择文件”；每个文件不超过 20 兆字节"; font-size: 0.85rem; color: #6b7280; }
[data-testid="stSkipToContent"]:focus { font-size: 0; }
[data-testid="stSkipToContent"]:focus::after { content: "跳到正文"; font-size: 1rem; }
[data-testid="stStatusWidget"] > * > *:not([data-testid="stStatusWidgetRunningIcon"]) { display: none; }
[data-testid="stStatusWidget"]:has([data-testid="stStatusWidgetRunningIcon"])::after { content: "正在处理…"; }
[data-testid="stStatusWidget"]:not(:has([data-testid="stStatusWidgetRunningIcon"]))::after { content: "正在连接服务器…"; }
</style>"""
