"""PDF: the text layer, read page by page with pdfplumber (of pdfminer.six, pypdf and pdfplumber it
keeps LibreOffice's quotation marks, “院长接待日”, where pdfminer's layout analysis loses them: see
``python -m benchmarks.compare_pdf``). Lines in reading order, bare page numbers dropped, and whether
a line was wrapped by the layout (so cleaning rejoins it). Only each page's line texts and edges are
kept, and each page's objects are released before the next is read, so memory stays bounded by one
page however long the file is."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfexceptions import PSException
from pdfminer.pdfpage import PDFPage
from pdfminer.pdftypes import resolve1
from pdfplumber.page import Page
from pdfplumber.utils.exceptions import PdfminerException

from nlp.errors import InputError
from nlp.models import Line
from nlp.read.limits import MAX_PAGES, FileBudget

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

_PDF_NO_TEXT = "PDF 中没有可提取的文字，可能是扫描件或图片。请先用 OCR（文字识别）工具转换为文字后再导入。"
_PDF_ENCRYPTED = "PDF 文件已加密，无法打开。请取消密码后重新导出 PDF 再导入。"
_PDF_CORRUPT = "PDF 文件已损坏，无法读取。请重新导出 PDF 后再导入。"


@dataclass(frozen=True)
class _PdfLine:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float


def read_pdf(data: bytes, budget: FileBudget | None = None) -> list[Line]:
    try:
        pages = list(_pages(data, budget or FileBudget("PDF")))
    except PdfminerException as err:
        cause = err.args[0] if err.args else None
        if isinstance(cause, (PDFEncryptionError, PDFPasswordIncorrect)):
            raise InputError(_PDF_ENCRYPTED) from err
        raise InputError(_PDF_CORRUPT) from err
    except (PDFEncryptionError, PDFPasswordIncorrect) as err:
        raise InputError(_PDF_ENCRYPTED) from err
    except PSException as err:
        raise InputError(_PDF_CORRUPT) from err
    flat = [(line, page) for page in pages for line in page.lines]
    if not flat:
        raise InputError(_PDF_NO_TEXT)
    lines = []
    for (line, page), following in zip(flat, [*flat[1:], None]):
        lines.append(Line(line.text, wrapped=following is not None and page.wraps(line, *following)))
    return lines


def _pages(data: bytes, budget: FileBudget):
    """Each page's text lines, one page in memory at a time."""
    # Not ``with``: pdfplumber's close() makes every page (to close each), 17 s for 5 000 pages; each page
    # is closed here as it is read, and the in-memory stream needs no closing.
    pdf = pdfplumber.open(io.BytesIO(data))
    total = _page_count(pdf)
    budget.check_count(total, MAX_PAGES, "页")
    for number, page_object in enumerate(PDFPage.create_pages(pdf.doc), start=1):
        budget.check_count(number, MAX_PAGES, "页")  # a page tree whose count understates it
        budget.step("读取", number, max(total, number), "页")
        page = Page(pdf, page_object, page_number=number, initial_doctop=0)
        lines = [
            _PdfLine(text, line["x0"], line["x1"], line["top"], line["bottom"])
            for line in page.extract_text_lines(return_chars=False)
            if (text := line["text"].rstrip())
        ]
        page.close()
        yield _PdfPage(_without_page_number(lines))


def _page_count(pdf) -> int:
    """The page count the page tree declares, read without making the pages (0 when it declares none)."""
    try:
        count = resolve1(resolve1(pdf.doc.catalog["Pages"])["Count"])
    except (KeyError, TypeError):
        return 0
    return count if isinstance(count, int) and count > 0 else 0


class _PdfPage:
    """The text lines of one page in reading order, with the page's text edges and character width."""

    def __init__(self, lines: list[_PdfLine]):
        self.lines = lines
        chars = sum(len(line.text.strip()) for line in lines)
        self.char_width = sum(line.x1 - line.x0 for line in lines) / chars if chars else 0.0
        self.left = min((line.x0 for line in lines), default=0.0)
        self.right = max((line.x1 for line in lines), default=0.0)

    def wraps(self, line: _PdfLine, following: _PdfLine, following_page: _PdfPage) -> bool:
        """True if ``line`` reaches the right margin and ``following`` does not start indented."""
        reaches_margin = line.x1 >= self.right - _PDF_RIGHT_MARGIN_CHARS * self.char_width
        indented = following.x0 > following_page.left + _PDF_INDENT_CHARS * following_page.char_width
        return reaches_margin and not indented


def _without_page_number(lines: list[_PdfLine]) -> list[_PdfLine]:
    """A page's lines minus a bare page number at its top or bottom."""
    if not lines:
        return lines
    top, bottom = min(line.top for line in lines), max(line.bottom for line in lines)
    return [
        line
        for line in lines
        if not ((line.top == top or line.bottom == bottom) and _PDF_PAGE_NUMBER.fullmatch(line.text.strip()))
    ]
