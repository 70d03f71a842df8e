"""Markdown: headings give levels, an ordered list's number is kept as the item's marker."""

from __future__ import annotations

from markdown_it import MarkdownIt

from nlp.models import Line
from nlp.read.html import html_lines
from nlp.read.text import decode_text, split_lines


def read_markdown(data: bytes) -> list[Line]:
    lines: list[Line] = []
    level: int | None = None
    marker: str | None = None  # an ordered-list number waiting for its item's first line
    for token in MarkdownIt("commonmark").parse(decode_text(data)):
        if token.type == "heading_open":
            level = min(int(token.tag[1:]) - 1, 4)
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
            lines += html_lines(token.content)
    return lines


def _markdown_inline_text(children: list) -> str:
    """Plain text of inline tokens: markup dropped, link and image text kept, breaks as newlines."""
    parts = []
    for child in children:
        if child.type in ("text", "text_special", "code_inline", "image"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
    return "".join(parts)
