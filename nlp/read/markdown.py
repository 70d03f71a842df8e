"""Markdown: headings give levels, an ordered list's number is kept as the item's marker. Markdown
written into a plain text file (``###`` headings, ``**粗体**`` subheadings, ``–`` bullets) is read
the same way: its syntax becomes hints, not text."""

from __future__ import annotations

import re
from dataclasses import replace

from markdown_it import MarkdownIt

from nlp.models import Line
from nlp.read.html import html_lines
from nlp.read.text import decode_text, read_txt, split_lines

TEXT_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(?=\S)")
# A whole line in bold, short enough to be a heading: **1. 完善工会组织结构**
BOLD_LINE = re.compile(r"^\s*\*\*(?=\S)([^*\n]{1,40}?)(?<=\S)\*\*[:：]?\s*$")
# A dash is a bullet alone: two (——坚持…。, ――…) are the Chinese dash, the entry's own mark (``markers.MARKER``'s dash family)
TEXT_BULLET = re.compile(r"^\s{0,3}(?:[-*+]\s+|(?:[–—](?![–—―])|[•·▪●◆])\s*)(?=\S)")
DASH_BULLETS = "-*+–—"
MAX_TITLE_POSITION = 3  # a file's first heading is its title only among its first lines


def read_markdown(data: bytes) -> list[Line]:
    lines: list[Line] = []
    level: int | None = None
    marker: str | None = None  # an ordered-list number waiting for its item's first line
    for token in MarkdownIt("commonmark").parse(decode_text(data)):
        if token.type == "heading_open":
            level = int(token.tag[1:])
        elif token.type == "heading_close":
            level = None
        elif token.type == "list_item_open":
            marker = f"{token.info}{token.markup}" if token.info else None
        elif token.type == "inline":
            lines += split_lines(_markdown_inline_text(token.children or []), level, marker)
            marker = None
        elif token.type in ("fence", "code_block"):
            lines += split_lines(token.content)
        elif token.type == "html_block":
            lines += [_deeper(line) for line in html_lines(token.content)]
    return relative_levels(lines)


def read_text_markdown(data: bytes) -> list[Line]:
    """A plain text file, with the markdown some sites write into .txt read as hints."""
    return text_markdown_hints(read_txt(data))


def text_markdown_hints(lines: list[Line]) -> list[Line]:
    """``#``–``######`` lines become headings by depth, a whole bold line a heading one level below
    the deepest, bullets lose their bullet; levels are then made relative to the file's own depths."""
    out = []
    for line in lines:
        if line.style_level is not None or line.marker is not None:
            out.append(line)
        elif heading := TEXT_HEADING.match(line.text):
            out.append(Line(line.text[heading.end() :].strip(), len(heading.group(1))))
        elif bold := BOLD_LINE.match(line.text):
            out.append(Line(bold.group(1).strip(), BOLD_DEPTH))
        elif bullet := TEXT_BULLET.match(line.text):
            # a dash's entry is a line of its own, no wrapped text's rest (- 工会负责… / - 后勤部门…, rw1658); a dot's may be a
            # menu's link, which the junk steps judge joined or not (• 澳門新聞, rw1128)
            whole = bullet.group().strip()[0] in DASH_BULLETS
            out.append(replace(line, text=line.text[bullet.end() :], whole=whole))
        else:
            out.append(line)
    return relative_levels(out)


BOLD_DEPTH = 7  # below any markdown heading (# … ######)


def relative_levels(lines: list[Line]) -> list[Line]:
    """Heading depths as written (1 = ``#``) -> outline levels. ``#`` names a document (level 0), and so
    does a file's first heading when it opens the file at the shallowest depth, used once (``###``
    title, ``####`` sections); the other depths rank 1, 2, … in the order of depth."""
    depths = [line.style_level for line in lines if line.style_level is not None]
    if not depths:
        return lines
    first = next(i for i, line in enumerate(lines) if line.style_level is not None)
    opening = depths[0] == min(depths) and depths.count(depths[0]) == 1 and first < MAX_TITLE_POSITION
    titles = {1, depths[0]} if opening else {1}
    ranks = {depth: rank for rank, depth in enumerate(sorted(set(depths) - titles), start=1)}
    ranks.update(dict.fromkeys(titles, 0))
    return [
        replace(line, style_level=min(ranks[line.style_level], 4)) if line.style_level is not None else line
        for line in lines
    ]


def _deeper(line: Line) -> Line:
    """An HTML heading level (h1 = 0) as a markdown depth (# = 1)."""
    return line if line.style_level is None else replace(line, style_level=line.style_level + 1)


def _markdown_inline_text(children: list) -> str:
    """Plain text of inline tokens: markup dropped, link and image text kept, breaks as newlines."""
    parts = []
    for child in children:
        if child.type in ("text", "text_special", "code_inline", "image"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
    return "".join(parts)
