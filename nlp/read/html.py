"""HTML: one line per block element's text, scripts and site chrome skipped."""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.dammit import EncodingDetector
from bs4.element import PreformattedString
from readability import Document
from readability.readability import Unparseable as ReadabilityUnparseable

from nlp.models import Line
from nlp.read.limits import MAX_MARKUP_TAGS, FileBudget
from nlp.read.text import decode_text, split_lines

# GB2312 and GBK labels are decoded as their superset, as browsers do.
_GB_SUPERSET = {"gb2312": "gb18030", "gbk": "gb18030"}
_HTML_SKIPPED_TAGS = frozenset(
    {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe"}
)
_HTML_BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "html",
        "li",
        "main",
        "ol",
        "p",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    }
)
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")


# The main content stands for the page when it holds at least this many characters or this share
# of the page's text; otherwise (a short or plain page) the whole page is read.
_MIN_MAIN_CHARS = 140
_MIN_MAIN_SHARE = 0.5


def read_html(data: bytes, budget: FileBudget | None = None) -> list[Line]:
    """A saved page's main content, found by readability-lxml (of trafilatura, readability and jusText
    it kept all the text and removed the most site chrome; see ``python -m benchmarks.compare_html``).
    The page is read from the first to the last line of that content, so what readability's cleaner
    leaves out inside the article (a list, a month table) stays, and the menus, sidebars, 相关推荐 and
    footers around it go; the page's own ``h1`` title is kept when it lies outside. Its tags are counted
    (``MAX_MARKUP_TAGS``, every ``<``) before it is parsed."""
    (budget or FileBudget("HTML")).check_count(data.count(b"<"), MAX_MARKUP_TAGS, "个标记")
    markup = decode_text(data, _html_declared_encoding(data))
    whole = html_lines(markup)
    main = {line.text for line in _main_content(markup)}
    inside = [i for i, line in enumerate(whole) if line.text in main]
    if not inside:
        return whole
    first, last = inside[0], inside[-1]
    chars = sum(len(line.text) for line in whole[first : last + 1])
    if chars < _MIN_MAIN_CHARS and chars < _MIN_MAIN_SHARE * sum(len(line.text) for line in whole):
        return whole
    outside = whole[:first] + whole[last + 1 :]
    titles = [line for line in outside if line.style_level == 0][:1]
    return titles + whole[first : last + 1]


def _main_content(markup: str) -> list[Line]:
    try:
        summary = Document(markup).summary(html_partial=True)
    except (ReadabilityUnparseable, ValueError):
        return []
    return html_lines(summary)


def _html_declared_encoding(data: bytes) -> str | None:
    """The codec named by a ``<meta charset>`` near the top of the page, if Python knows it."""
    declared = EncodingDetector.find_declared_encoding(data[:4096], is_html=True)
    try:
        name = codecs.lookup(declared).name if declared else None
    except LookupError:
        return None
    if name is None or name.startswith(("utf-16", "utf-32")):  # a meta tag readable as ASCII is neither
        return None
    return _GB_SUPERSET.get(name, name)


def html_lines(markup: str) -> list[Line]:
    """One Line per block element's text (and per <br>), in document order; h1 -> level 0 ... h5/h6 -> 4."""
    soup = BeautifulSoup(markup, "lxml")
    lines: list[Line] = []
    pending: list[str] = []

    def flush(level: int | None) -> None:
        text = _HTML_SPACE.sub(" ", "".join(pending)).lstrip(" ")
        lines.extend(split_lines(text, level))
        pending.clear()

    # An explicit stack instead of recursion: pages can nest deeper than Python's recursion limit.
    stack: list[tuple[Iterator, int | None, bool]] = [(iter((soup.body or soup).children), None, True)]
    while stack:
        children, level, is_block = stack[-1]
        node = next(children, None)
        if node is None:
            stack.pop()
            if is_block:
                flush(level)
        elif isinstance(node, NavigableString):
            if not isinstance(node, PreformattedString):  # comments, doctype, CDATA
                pending.append(str(node))
        elif isinstance(node, Tag) and not _html_skipped(node):
            if node.name == "br":
                flush(level)
            elif node.name == "pre":
                flush(level)
                lines.extend(split_lines(node.get_text(), level))
            elif node.name in _HTML_BLOCK_TAGS:
                flush(level)
                heading = re.fullmatch(r"h([1-6])", node.name)
                stack.append((iter(node.children), min(int(heading[1]) - 1, 4) if heading else level, True))
            else:
                stack.append((iter(node.children), level, False))
    return lines


def _html_skipped(tag: Tag) -> bool:
    """Scripts, styles, forms and site chrome; a header/footer inside an article or main is content."""
    if tag.name in ("header", "footer"):
        return tag.find_parent(("article", "main")) is None
    return tag.name in _HTML_SKIPPED_TAGS
