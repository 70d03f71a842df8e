"""PDF: the text layer (pdfminer.six), lines in reading order, bare page numbers dropped, and
whether a line was wrapped by the layout (so cleaning rejoins it)."""

from __future__ import annotations

import io
import re

from pdfminer.high_level import extract_pages
from pdfminer.layout import LAParams, LTTextBox, LTTextLine
from pdfminer.pdfdocument import PDFEncryptionError
from pdfminer.pdfexceptions import PSException

from nlp.errors import InputError
from nlp.models import Line

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


def read_pdf(data: bytes) -> list[Line]:
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
