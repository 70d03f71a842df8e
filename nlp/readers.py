"""Read an uploaded file (.txt, .docx, .pdf, .html, .md) into raw text lines.

``read_lines`` is the only entry point. It picks a reader by file extension and returns
the document's non-blank lines in order, trailing whitespace stripped, otherwise
verbatim: cleaning is a separate step. What the format itself says about a line (heading
level, Word's automatic numbering label, a PDF line broken by the layout) is kept on
``Line``. Every problem with the file surfaces as ``InputError`` with a Chinese message.

Limits:

- ``MAX_FILE_BYTES`` (20 MiB): the largest file accepted. A file object's size is
  checked before it is read in full.
- ``MAX_DOCX_UNCOMPRESSED_BYTES`` (100 MiB): the largest total uncompressed size of the
  members of a .docx archive, checked from the zip directory before anything is inflated.
- ``MAX_COMPRESSION_RATIO`` (300): the largest compression ratio of a .docx member
  bigger than ``_RATIO_CHECK_MIN_BYTES`` (1 MiB). Together these refuse zip bombs.
"""
from __future__ import annotations

import codecs
import io
import logging
import os
import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import BinaryIO

import charset_normalizer
import docx
import olefile
from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.dammit import EncodingDetector
from bs4.element import PreformattedString
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from lxml import etree
from markdown_it import MarkdownIt
from pdfminer.high_level import extract_pages
from pdfminer.layout import LAParams, LTTextBox, LTTextLine
from pdfminer.pdfdocument import PDFEncryptionError
from pdfminer.pdfexceptions import PSException

from nlp.errors import InputError
from nlp.models import Line

log = logging.getLogger(__name__)

_MIB = 1024 * 1024
MAX_FILE_BYTES = 20 * _MIB
MAX_DOCX_UNCOMPRESSED_BYTES = 100 * _MIB
MAX_COMPRESSION_RATIO = 300
_RATIO_CHECK_MIN_BYTES = _MIB

# Decoded text with a larger share of control characters is binary, not text.
_MAX_CONTROL_SHARE = 0.05
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")
_PLAUSIBILITY_SAMPLE_CHARS = 65536
_MAX_DAMAGED_SHARE = 0.01  # replacement characters tolerated in otherwise undecodable text
_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# GB2312 and GBK labels are decoded as their superset, as browsers do.
_GB_SUPERSET = {"gb2312": "gb18030", "gbk": "gb18030"}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_HTML_SKIPPED_TAGS = frozenset(
    {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe"}
)
_HTML_BLOCK_TAGS = frozenset(
    {
        "address", "article", "blockquote", "body", "caption", "center", "dd", "details",
        "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4",
        "h5", "h6", "hr", "html", "li", "main", "ol", "p", "section", "summary", "table", "tbody",
        "td", "tfoot", "th", "thead", "tr", "ul",
    }
)
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")

_DOCX_TITLE_STYLE = re.compile(r"(?:title|标题)", re.IGNORECASE)
_DOCX_HEADING_STYLE = re.compile(r"(?:heading|标题)\s*([1-9])", re.IGNORECASE)
_DOCX_BLOCK_CONTAINERS = frozenset(
    qn(tag) for tag in ("w:tbl", "w:tr", "w:tc", "w:sdt", "w:sdtContent", "w:customXml")
)
_DOCX_BODY_TEXT_OUTLINE_LEVEL = 9
_DOCX_LEVEL_PLACEHOLDER = re.compile(r"%([1-9])")
_W_NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
# Compiled XPaths work on every element; python-docx's own .xpath() only on the classes it maps.
# A paragraph's runs, without text boxes (separate paragraphs) and tracked deletions:
_XP_RUNS = etree.XPath(
    ".//w:r[not(ancestor::w:txbxContent or ancestor::w:del or ancestor::w:moveFrom)]", namespaces=_W_NS
)
_XP_OUTLINE_LEVEL = etree.XPath("./w:pPr/w:outlineLvl/@w:val", namespaces=_W_NS)
_XP_NUM_ID = etree.XPath("./w:pPr/w:numPr/w:numId/@w:val", namespaces=_W_NS)
_XP_ILVL = etree.XPath("./w:pPr/w:numPr/w:ilvl/@w:val", namespaces=_W_NS)
_XP_ABSTRACT_NUM_ID = etree.XPath("./w:abstractNumId/@w:val", namespaces=_W_NS)
_XP_NUM_STYLE_LINK = etree.XPath("./w:numStyleLink/@w:val", namespaces=_W_NS)
_XP_START_OVERRIDE = etree.XPath("./w:startOverride/@w:val", namespaces=_W_NS)
_XP_LVL_TEXT = etree.XPath("./w:lvlText/@w:val", namespaces=_W_NS)
_XP_LVL_START = etree.XPath("./w:start/@w:val", namespaces=_W_NS)
_XP_LVL_STYLE = etree.XPath("./w:pStyle/@w:val", namespaces=_W_NS)
_XP_LVL_LEGAL = etree.XPath("./w:isLgl[not(@w:val) or (@w:val!='0' and @w:val!='false')]", namespaces=_W_NS)

# A PDF line within this many average character widths of the page's right text edge
# reaches the margin; a next line starting more than INDENT widths right of the page's
# left text edge is indented (a new paragraph).
_PDF_RIGHT_MARGIN_CHARS = 1.5
_PDF_INDENT_CHARS = 1.0
_PDF_PAGE_NUMBER = re.compile(
    r"[-－—–\s]*(?:\d{1,3}|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*[/／]\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)[-－—–\s]*",
    re.IGNORECASE,
)

_EMPTY = "文件是空的，没有任何内容。"
_NO_TEXT = "文件中没有找到可读取的文字（可能是空文件，或只有空白）。"
_NOT_TEXT = "不是文本文件，或文字编码无法识别。请确认文件内容是文字，另存为 UTF-8 编码后再导入。"
_DOCX_CORRUPT = "DOCX 文件已损坏或不是有效的 Word 文档。请在 Word/WPS 中打开后另存为 .docx 再导入。"
_DOCX_ENCRYPTED = "该 Word 文件设有打开密码，无法读取。请在 Word/WPS 中取消密码后另存为 .docx 再导入。"
_DOCX_LEGACY_DOC = "这是旧版 Word（.doc）文件，只是扩展名改成了 .docx。请在 Word/WPS 中打开后另存为 .docx 再导入。"
_DOCX_BOMB = "DOCX 文件解压后的内容异常巨大（上限 {limit} MB），可能是恶意构造的压缩文件，已拒绝读取。"
_PDF_NO_TEXT = "PDF 中没有可提取的文字，可能是扫描件或图片。请先用 OCR（文字识别）工具转换为文字后再导入。"
_PDF_ENCRYPTED = "PDF 文件已加密，无法打开。请取消密码后重新导出 PDF 再导入。"
_PDF_CORRUPT = "PDF 文件已损坏，无法读取。请重新导出 PDF 后再导入。"
_UNEXPECTED = "读取 {label} 文件时出错，文件可能已损坏。请检查文件，另存后重试。"


def read_lines(source: bytes | BinaryIO, filename: str) -> list[Line]:
    """Read the lines of ``source`` (bytes or a binary file object; a seekable one is read
    from its start) as the format named by ``filename``'s extension."""
    extension = os.path.splitext(filename)[1].lower()
    if extension not in _FORMATS:
        raise InputError(
            f"不支持的文件类型“{extension or filename}”。目前支持：{'、'.join(SUPPORTED_EXTENSIONS)}。"
        )
    reader, label = _FORMATS[extension]
    data = _read_source(source)
    if not data.strip():
        raise InputError(_EMPTY)
    try:
        lines = reader(data)
    except InputError:
        raise
    except Exception as err:  # a reader library failing on malformed input
        raise InputError(_UNEXPECTED.format(label=label)) from err
    if not lines:
        raise InputError(_NO_TEXT)
    return lines


# --- size and bytes -----------------------------------------------------------------


def _read_source(source: bytes | BinaryIO) -> bytes:
    """Return the bytes of ``source``, refusing more than MAX_FILE_BYTES before reading them all."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        size: int | None = len(data)
    else:
        size = None
        if source.seekable():
            size = source.seek(0, io.SEEK_END)
            source.seek(0)
            if size > MAX_FILE_BYTES:
                raise _too_large(size)
        data = _read_at_most(source, MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(size)
    return data


def _read_at_most(stream: BinaryIO, limit: int) -> bytes:
    chunks = []
    while limit > 0 and (chunk := stream.read(limit)):
        chunks.append(chunk)
        limit -= len(chunk)
    return b"".join(chunks)


def too_large_message(size: int | None) -> str:
    """The refusal of a file over MAX_FILE_BYTES (``size`` None: a stream of unknown length)."""
    limit = f"上限为 {_megabytes(MAX_FILE_BYTES)} MB"
    if size is None:
        return f"文件太大，{limit}。请拆分后再导入。"
    return f"文件太大（{_megabytes(size)} MB），{limit}。请拆分后再导入。"


def _too_large(size: int | None) -> InputError:
    return InputError(too_large_message(size))


def _megabytes(size: int) -> str:
    return f"{size / _MIB:.1f}".removesuffix(".0")


def _split_lines(text: str, style_level: int | None = None, marker: str | None = None) -> list[Line]:
    """Non-blank lines of ``text``, right-stripped; ``marker`` goes to the first one."""
    lines = []
    for raw in text.splitlines():
        if raw := raw.rstrip():
            lines.append(Line(raw, style_level, marker))
            marker = None
    return lines


# --- plain text and encodings -------------------------------------------------------


def _decode_text(data: bytes, declared: str | None = None) -> str:
    """Decode text bytes: BOM, BOM-less UTF-16, ``declared``, UTF-8, GB18030, a detector, then
    UTF-8 or GB18030 with a few damaged bytes replaced."""
    text = _decode_candidates(data, declared)
    if text is None or len(_CONTROL_CHARS.findall(text)) > _MAX_CONTROL_SHARE * len(text):
        raise InputError(_NOT_TEXT)
    return text


def _decode_candidates(data: bytes, declared: str | None) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict_decode(data, encoding)
    if b"\x00" in data:  # only UTF-16 text has NUL bytes
        return _bomless_utf16(data)
    for encoding in (declared, "utf-8", "gb18030"):
        if encoding and (text := _strict_decode(data, encoding)) is not None:
            return text
    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        return str(best)
    # Text with a few damaged bytes (a cut-off last character, a stray byte): keep the rest.
    for encoding in ("utf-8", "gb18030"):
        text = data.decode(encoding, errors="replace")
        if text.count("\ufffd") <= _MAX_DAMAGED_SHARE * len(text):
            return text
    return None


def _strict_decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _bomless_utf16(data: bytes) -> str | None:
    """The UTF-16 byte order under which NUL-bearing bytes read as plausible text, or None."""
    decoded = [
        (_implausible_share(text), text)
        for encoding in ("utf-16-le", "utf-16-be")
        if (text := _strict_decode(data, encoding)) is not None
    ]
    share, text = min(decoded, default=(1.0, None), key=lambda candidate: candidate[0])
    return text if share <= _MAX_CONTROL_SHARE else None


def _implausible_share(text: str) -> float:
    """Share of control, unassigned and private-use characters in a sample: high for the wrong byte order."""
    sample = text[:_PLAUSIBILITY_SAMPLE_CHARS]
    odd = sum(ch not in "\t\n\r" and unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs") for ch in sample)
    return odd / max(len(sample), 1)


def _read_txt(data: bytes) -> list[Line]:
    return _split_lines(_decode_text(data))


# --- markdown -----------------------------------------------------------------------


def _read_markdown(data: bytes) -> list[Line]:
    lines: list[Line] = []
    level: int | None = None
    marker: str | None = None  # an ordered-list number waiting for its item's first line
    for token in MarkdownIt("commonmark").parse(_decode_text(data)):
        if token.type == "heading_open":
            level = min(int(token.tag[1:]) - 1, 4)
        elif token.type == "heading_close":
            level = None
        elif token.type == "list_item_open":
            marker = f"{token.info}{token.markup}" if token.info else None
        elif token.type == "inline":
            lines += _split_lines(_markdown_inline_text(token.children or []), level, marker)
            marker = None
        elif token.type in ("fence", "code_block"):
            lines += _split_lines(token.content)
        elif token.type == "html_block":
            lines += _html_lines(token.content)
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


# --- html ---------------------------------------------------------------------------


def _read_html(data: bytes) -> list[Line]:
    return _html_lines(_decode_text(data, _html_declared_encoding(data)))


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


def _html_lines(markup: str) -> list[Line]:
    """One Line per block element's text (and per <br>), in document order; h1 -> level 0 ... h5/h6 -> 4."""
    soup = BeautifulSoup(markup, "lxml")
    lines: list[Line] = []
    pending: list[str] = []

    def flush(level: int | None) -> None:
        text = _HTML_SPACE.sub(" ", "".join(pending)).lstrip(" ")
        lines.extend(_split_lines(text, level))
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
                lines.extend(_split_lines(node.get_text(), level))
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


# --- docx ---------------------------------------------------------------------------


def _read_docx(data: bytes) -> list[Line]:
    if data.startswith(_OLE_MAGIC):
        raise InputError(_ole_problem(data))
    _check_docx_archive(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, etree.XMLSyntaxError) as err:
        raise InputError(_DOCX_CORRUPT) from err
    numbering = _Numbering(document)
    lines: list[Line] = []
    for p in _docx_paragraph_elements(document.element.body):
        paragraph = Paragraph(p, document)
        styles = list(_style_chain(paragraph.style))
        text = "".join(run.text for run in _XP_RUNS(p))
        marker = numbering.marker(p, styles)
        lines += _split_lines(text, _docx_heading_level(p, styles), marker)
    return lines


def _ole_problem(data: bytes) -> str:
    """Why an OLE compound file named .docx cannot be read: a password, a legacy .doc, or damage."""
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            if ole.exists("EncryptionInfo") or ole.exists("EncryptedPackage"):
                return _DOCX_ENCRYPTED
            if ole.exists("WordDocument"):
                return _DOCX_LEGACY_DOC
    except Exception:  # olefile fails on damaged containers with assorted errors (OSError, ValueError...)
        log.debug("unreadable OLE container", exc_info=True)
    return _DOCX_CORRUPT


def _check_docx_archive(data: bytes) -> None:
    """Refuse a non-zip or a zip bomb from the zip directory alone, before any member is inflated."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError) as err:
        raise InputError(_DOCX_CORRUPT) from err
    bomb = sum(m.file_size for m in members) > MAX_DOCX_UNCOMPRESSED_BYTES or any(
        m.file_size > _RATIO_CHECK_MIN_BYTES and m.file_size > MAX_COMPRESSION_RATIO * m.compress_size
        for m in members
    )
    if bomb:
        raise InputError(_DOCX_BOMB.format(limit=_megabytes(MAX_DOCX_UNCOMPRESSED_BYTES)))


def _docx_paragraph_elements(container) -> Iterator:
    """``w:p`` elements in document order, descending into tables, cells and content controls.

    Each ``w:tc`` appears once in the XML, so merged cells give their text once.
    """
    for child in container.iterchildren():
        if child.tag == qn("w:p"):
            yield child
        elif child.tag in _DOCX_BLOCK_CONTAINERS:
            yield from _docx_paragraph_elements(child)


def _style_chain(style) -> Iterator:
    """The style and its ``base_style`` ancestors, stopping at a (malformed) cycle."""
    seen = set()
    while style is not None and style.style_id not in seen:
        seen.add(style.style_id)
        yield style
        style = style.base_style


def _docx_heading_level(p, styles: list) -> int | None:
    """0 for a title style, N for Heading N / 标题 N (capped at 4), else from an outline level."""
    for style in styles:
        name = (style.name or "").strip()
        if _DOCX_TITLE_STYLE.fullmatch(name):
            return 0
        if heading := _DOCX_HEADING_STYLE.fullmatch(name):
            return min(int(heading[1]), 4)
    for element in (p, *(style.element for style in styles)):
        values = _XP_OUTLINE_LEVEL(element)
        if values and values[0].isdigit():
            outline_level = int(values[0])
            return None if outline_level >= _DOCX_BODY_TEXT_OUTLINE_LEVEL else min(outline_level + 1, 4)
    return None


@dataclass(frozen=True)
class _Level:
    """One ``w:lvl`` of a list definition."""

    format: str  # w:numFmt, e.g. "decimal", "chineseCounting", "bullet"
    text: str  # w:lvlText: "%1、" at level 0, "（%2）" at level 1 (%N is level N's counter)
    start: int
    style_id: str | None  # w:pStyle: the paragraph style linked to this level
    legal: bool  # w:isLgl: render every referenced level as decimal

    @classmethod
    def parse(cls, lvl) -> _Level:
        # A numFmt inside mc:AlternateContent may be "custom" (Word 2010+), with a plain fallback.
        formats = [f.get(qn("w:val")) for f in lvl.iter(qn("w:numFmt")) if f.get(qn("w:val")) != "custom"]
        return cls(
            format=formats[0] if formats else "decimal",
            text=_first(_XP_LVL_TEXT(lvl), ""),
            start=_to_int(_XP_LVL_START(lvl), 0),
            style_id=_first(_XP_LVL_STYLE(lvl), None),
            legal=bool(_XP_LVL_LEGAL(lvl)),
        )


class _Numbering:
    """Renders Word's automatic list labels ("一、", "（一）", "1.") from the numbering part.

    Counters are kept per ``w:num`` instance; advancing a level restarts the deeper ones.
    """

    def __init__(self, document):
        root = document.part.numbering_part.element
        self._nums = {num.get(qn("w:numId")): num for num in root.iterchildren(qn("w:num"))}
        self._abstracts = {a.get(qn("w:abstractNumId")): a for a in root.iterchildren(qn("w:abstractNum"))}
        self._style_num_ids = {
            style.get(qn("w:styleId")): num_ids[0]
            for style in document.styles.element.iterchildren(qn("w:style"))
            if (num_ids := _XP_NUM_ID(style))
        }
        self._levels_by_num: dict[str, dict[int, _Level]] = {}
        self._counters: dict[str, dict[int, int]] = {}

    def marker(self, p, styles: list) -> str | None:
        """Advance the counters for paragraph ``p`` (with its style chain) and return its label, or None."""
        num_id, ilvl = self._num_pr(p, styles)
        if num_id is None or num_id == "0":  # numId 0 switches numbering off
            return None
        levels = self._levels(num_id)
        if ilvl is None:  # a style-linked list: the level whose pStyle is in the paragraph's style chain
            style_ids = [style.style_id for style in styles]
            ilvl = next((i for i, level in levels.items() if level.style_id in style_ids), 0)
        if ilvl not in levels:
            return None
        counters = self._counters.setdefault(num_id, {})
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else levels[ilvl].start
        for deeper in [i for i in counters if i > ilvl]:
            del counters[deeper]
        current = levels[ilvl]
        if current.format in ("bullet", "none"):
            return None

        def render(placeholder: re.Match) -> str:
            i = int(placeholder[1]) - 1
            level = levels.get(i, current)
            return _format_number(counters.get(i, level.start), "decimal" if current.legal else level.format)

        return _DOCX_LEVEL_PLACEHOLDER.sub(render, current.text) or None

    @staticmethod
    def _num_pr(p, styles: list) -> tuple[str | None, int | None]:
        """(numId, ilvl) from the paragraph's own numPr, else from the nearest style that has one."""
        for element in (p, *(style.element for style in styles)):
            num_ids = _XP_NUM_ID(element)
            if num_ids:
                ilvls = _XP_ILVL(element)
                return num_ids[0], _to_int(ilvls, None)
        return None, None

    def _levels(self, num_id: str) -> dict[int, _Level]:
        """The levels of a ``w:num``: its abstractNum's, with the num's overrides applied."""
        if num_id not in self._levels_by_num:
            num = self._nums.get(num_id)
            levels = {} if num is None else self._abstract_levels(num)
            for override in [] if num is None else num.iterchildren(qn("w:lvlOverride")):
                ilvl = _to_int([override.get(qn("w:ilvl"), "0")], 0)
                for lvl in override.iterchildren(qn("w:lvl")):
                    levels[ilvl] = _Level.parse(lvl)
                start = _to_int(_XP_START_OVERRIDE(override), None)
                if start is not None and ilvl in levels:
                    levels[ilvl] = replace(levels[ilvl], start=start)
            self._levels_by_num[num_id] = levels
        return self._levels_by_num[num_id]

    def _abstract_levels(self, num, hops: int = 0) -> dict[int, _Level]:
        abstract = self._abstracts.get(_first(_XP_ABSTRACT_NUM_ID(num), None))
        if abstract is None:
            return {}
        # A list style's abstractNum only links to the style, whose numPr names the real definition.
        linked_style = _first(_XP_NUM_STYLE_LINK(abstract), None)
        if linked_style is not None:
            target = self._nums.get(self._style_num_ids.get(linked_style))
            return self._abstract_levels(target, hops + 1) if target is not None and hops < 2 else {}
        return {
            _to_int([lvl.get(qn("w:ilvl"), "0")], 0): _Level.parse(lvl) for lvl in abstract.iterchildren(qn("w:lvl"))
        }


def _first(values: list, default):
    return values[0] if values else default


def _to_int(values: list[str], default):
    """The first of ``values`` as an int, or ``default`` when absent or malformed."""
    try:
        return int(values[0])
    except (IndexError, ValueError):
        return default


# --- number formats (w:numFmt) -------------------------------------------------------

_CHINESE_DIGITS = "〇一二三四五六七八九"
_CHINESE_LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _format_number(n: int, fmt: str) -> str:
    """Render counter ``n`` in Word number format ``fmt``; unknown formats fall back to decimal."""
    renderer = _NUMBER_FORMATS.get(fmt)
    return renderer(n) if renderer and n > 0 else str(n)


def _chinese_counting(n: int, digits: str = _CHINESE_DIGITS, units: str = "十百千", legal: bool = False) -> str:
    """1 -> 一, 11 -> 十一, 20 -> 二十, 105 -> 一百〇五 (legal: 壹拾壹 keeps the leading 壹)."""
    if n >= 10000:
        return str(n)
    out, zero = [], False
    for place, ch in zip(range(len(str(n)) - 1, -1, -1), str(n)):
        if ch == "0":
            zero = True
            continue
        if zero:
            out.append(digits[0])
        zero = False
        out.append(digits[int(ch)] + (units[place - 1] if place else ""))
    text = "".join(out)
    return text[1:] if not legal and 10 <= n < 20 else text


def _circled(n: int) -> str:
    """①-⑳, ㉑-㉟, ㊱-㊿; beyond 50 plain digits."""
    if n <= 20:
        return chr(0x2460 + n - 1)
    if n <= 35:
        return chr(0x3251 + n - 21)
    return chr(0x32B1 + n - 36) if n <= 50 else str(n)


def _letters(n: int) -> str:
    """a..z, then aa, bb, ... as Word does."""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _roman(n: int) -> str:
    out = []
    for value, numeral in _ROMAN:
        count, n = divmod(n, value)
        out.append(numeral * count)
    return "".join(out)


_NUMBER_FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    "decimalEnclosedCircle": _circled,
    "decimalEnclosedCircleChinese": _circled,
    "decimalEnclosedParen": lambda n: chr(0x2474 + n - 1) if n <= 20 else f"({n})",
    "decimalEnclosedFullstop": lambda n: chr(0x2488 + n - 1) if n <= 20 else f"{n}.",
    "chineseCounting": _chinese_counting,
    "chineseCountingThousand": _chinese_counting,
    "japaneseCounting": _chinese_counting,
    "taiwaneseCounting": _chinese_counting,
    "chineseLegalSimplified": lambda n: _chinese_counting(n, _CHINESE_LEGAL_DIGITS, "拾佰仟", legal=True),
    "ideographDigital": lambda n: "".join(_CHINESE_DIGITS[int(d)] for d in str(n)),
    "ideographTraditional": lambda n: _HEAVENLY_STEMS[n - 1] if n <= 10 else str(n),
    "lowerLetter": _letters,
    "upperLetter": lambda n: _letters(n).upper(),
    "lowerRoman": _roman,
    "upperRoman": lambda n: _roman(n).upper(),
}


# --- pdf ----------------------------------------------------------------------------


def _read_pdf(data: bytes) -> list[Line]:
    try:
        pages = [_pdf_page_lines(page) for page in extract_pages(io.BytesIO(data), laparams=LAParams())]
    except PDFEncryptionError as err:
        raise InputError(_PDF_ENCRYPTED) from err
    except PSException as err:
        raise InputError(_PDF_CORRUPT) from err
    flat = [(line, page) for page in pages for line in page.lines]
    if not flat:
        raise InputError(_PDF_NO_TEXT)
    lines = []
    for (line, page), following in zip(flat, [*flat[1:], None]):
        text = line.get_text().rstrip()
        lines.append(Line(text, wrapped=following is not None and page.wraps(line, *following)))
    return lines


class _PdfPage:
    """The text lines of one page in reading order, with the page's text edges and character width."""

    def __init__(self, lines: list[LTTextLine]):
        self.lines = lines
        chars = sum(len(line.get_text().strip()) for line in lines)
        self.char_width = sum(line.width for line in lines) / chars if chars else 0.0
        self.left = min((line.x0 for line in lines), default=0.0)
        self.right = max((line.x1 for line in lines), default=0.0)

    def wraps(self, line: LTTextLine, following: LTTextLine, following_page: _PdfPage) -> bool:
        """True if ``line`` reaches the right margin and ``following`` does not start indented."""
        reaches_margin = line.x1 >= self.right - _PDF_RIGHT_MARGIN_CHARS * self.char_width
        indented = following.x0 > following_page.left + _PDF_INDENT_CHARS * following_page.char_width
        return reaches_margin and not indented


def _pdf_page_lines(page) -> _PdfPage:
    """Text lines of a page as pdfminer orders them, minus a bare page number at the top or bottom."""
    lines = [
        line
        for box in page
        if isinstance(box, LTTextBox)
        for line in box
        if isinstance(line, LTTextLine) and line.get_text().strip()
    ]
    if lines:
        top, bottom = max(line.y1 for line in lines), min(line.y0 for line in lines)
        lines = [
            line
            for line in lines
            if not ((line.y1 == top or line.y0 == bottom) and _PDF_PAGE_NUMBER.fullmatch(line.get_text().strip()))
        ]
    return _PdfPage(lines)


_FORMATS: dict[str, tuple[Callable[[bytes], list[Line]], str]] = {
    ".txt": (_read_txt, "TXT"),
    ".text": (_read_txt, "TXT"),
    ".docx": (_read_docx, "DOCX"),
    ".pdf": (_read_pdf, "PDF"),
    ".html": (_read_html, "HTML"),
    ".htm": (_read_html, "HTML"),
    ".md": (_read_markdown, "Markdown"),
    ".markdown": (_read_markdown, "Markdown"),
}
SUPPORTED_EXTENSIONS = tuple(_FORMATS)
