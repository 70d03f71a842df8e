"""DOCX: paragraphs and tables in order, heading levels from styles and outline levels, Word's
automatic numbering labels (``docx_numbering``)."""

from __future__ import annotations

import io
import logging
import re
import zipfile
from collections.abc import Iterator
from dataclasses import replace

import docx
import olefile
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from lxml import etree

from nlp.errors import InputError
from nlp.models import Line
from nlp.read.docx_numbering import W_NS, Numbering
from nlp.read.limits import (
    MAX_COMPRESSION_RATIO,
    MAX_DOCX_UNCOMPRESSED_BYTES,
    MAX_PARAGRAPHS,
    RATIO_CHECK_MIN_BYTES,
    FileBudget,
    megabytes,
)
from nlp.read.text import split_lines

log = logging.getLogger(__name__)

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_DOCX_TITLE_STYLE = re.compile(r"(?:title|标题)", re.IGNORECASE)
_DOCX_HEADING_STYLE = re.compile(r"(?:heading|标题)\s*([1-9])", re.IGNORECASE)
_DOCX_LIST_STYLE = re.compile(r"(?:list (?:number|bullet)|列表编号|列表项目符号)(?:\s*[1-9])?", re.IGNORECASE)
_DOCX_BLOCK_CONTAINERS = frozenset(qn(tag) for tag in ("w:tbl", "w:tr", "w:tc", "w:sdt", "w:sdtContent", "w:customXml"))
_DOCX_BODY_TEXT_OUTLINE_LEVEL = 9
# Compiled XPaths work on every element; python-docx's own .xpath() only on the classes it maps.
# A paragraph's runs, without text boxes (separate paragraphs) and tracked deletions:
_XP_RUNS = etree.XPath(
    ".//w:r[not(ancestor::w:txbxContent or ancestor::w:del or ancestor::w:moveFrom)]", namespaces=W_NS
)
_XP_OUTLINE_LEVEL = etree.XPath("./w:pPr/w:outlineLvl/@w:val", namespaces=W_NS)
_XP_STYLE_ID = etree.XPath("./w:pPr/w:pStyle/@w:val", namespaces=W_NS)

_DOCX_CORRUPT = "DOCX 文件已损坏或不是有效的 Word 文档。请在 Word/WPS 中打开后另存为 .docx 再导入。"
_DOCX_ENCRYPTED = "该 Word 文件设有打开密码，无法读取。请在 Word/WPS 中取消密码后另存为 .docx 再导入。"
_DOCX_LEGACY_DOC = "这是旧版 Word（.doc）文件，只是扩展名改成了 .docx。请在 Word/WPS 中打开后另存为 .docx 再导入。"
_DOCX_BOMB = "DOCX 文件解压后的内容异常巨大（上限 {limit} MB），可能是恶意构造的压缩文件，已拒绝读取。"


def read_docx(data: bytes, budget: FileBudget | None = None) -> list[Line]:
    """The lines of a .docx; its paragraphs are counted (``MAX_PARAGRAPHS``) before any is read, and each
    is a step of ``budget``."""
    budget = budget or FileBudget("DOCX")
    if data.startswith(_OLE_MAGIC):
        raise InputError(_ole_problem(data))
    _check_docx_archive(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, etree.XMLSyntaxError) as err:
        raise InputError(_DOCX_CORRUPT) from err
    numbering = Numbering(document)
    styles_of = _StyleChains(document)
    paragraphs = list(_docx_paragraph_elements(document.element.body))
    budget.check_count(len(paragraphs), MAX_PARAGRAPHS, "段")
    lines: list[Line] = []
    for number, p in enumerate(paragraphs, start=1):
        budget.step("读取", number, len(paragraphs), "段")
        styles = styles_of(p)
        text = "".join(run.text for run in _XP_RUNS(p))
        marker = numbering.marker(p, styles)
        level, list_item = _docx_heading_level(p, styles), _docx_list_item(styles)
        lines += [replace(line, whole=True, list_item=list_item) for line in split_lines(text, level, marker)]
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
        m.file_size > RATIO_CHECK_MIN_BYTES and m.file_size > MAX_COMPRESSION_RATIO * m.compress_size for m in members
    )
    if bomb:
        raise InputError(_DOCX_BOMB.format(limit=megabytes(MAX_DOCX_UNCOMPRESSED_BYTES)))


def _docx_paragraph_elements(container) -> Iterator:
    """``w:p`` elements in document order, descending into tables, cells and content controls.

    Each ``w:tc`` appears once in the XML, so merged cells give their text once.
    """
    for child in container.iterchildren():
        if child.tag == qn("w:p"):
            yield child
        elif child.tag in _DOCX_BLOCK_CONTAINERS:
            yield from _docx_paragraph_elements(child)


class _StyleChains:
    """Each paragraph's style chain, resolved once per style id and document (python-docx's
    ``Paragraph.style`` looks the default style up again for every paragraph: 1 ms each)."""

    def __init__(self, document):
        self._styles = document.styles
        self._default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
        self._chains: dict[str | None, list] = {}

    def __call__(self, p) -> list:
        style_ids = _XP_STYLE_ID(p)
        style_id = style_ids[0] if style_ids else None
        if style_id not in self._chains:
            style = self._default
            if style_id is not None:
                found = [s for s in self._styles if s.style_id == style_id and s.type == WD_STYLE_TYPE.PARAGRAPH]
                style = found[0] if found else self._default
            self._chains[style_id] = list(_style_chain(style))
        return self._chains[style_id]


def _style_chain(style) -> Iterator:
    """The style and its ``base_style`` ancestors, stopping at a (malformed) cycle."""
    seen = set()
    while style is not None and style.style_id not in seen:
        seen.add(style.style_id)
        yield style
        style = style.base_style


def _docx_list_item(styles: list) -> bool:
    """The paragraph is in a list style (List Number, List Bullet 2, 列表编号): an item, never a heading."""
    return any(_DOCX_LIST_STYLE.fullmatch((style.name or "").strip()) for style in styles)


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
