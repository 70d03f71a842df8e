"""PDF text extraction libraries compared: pdfminer.six, pypdf and pdfplumber on the set's PDFs
(printed from Word by LibreOffice) and on a generated PDF with quotation marks and many pages.

    python -m benchmarks.compare_pdf           # the two real PDFs and a 40-page generated one
    python -m benchmarks.compare_pdf --smoke   # a 5-page generated one

Per library: similarity of the extracted text to the text the PDF was made from (whitespace
removed, 100 = identical), quotation marks kept (of those in the source), seconds and peak
Python memory (tracemalloc) per page.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import time
import tracemalloc
import unicodedata
from collections.abc import Callable
from pathlib import Path

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
SET = ROOT / "tests" / "realworld"
QUOTED = "院工会坚持“院长接待日”制度，每月第一个周三由院长、工会主席接待职工，听取“职工之家”建设意见。"


def squash(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def pdfminer_text(data: bytes) -> tuple[str, int]:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer

    parts, pages = [], 0
    for page in extract_pages(io.BytesIO(data)):
        pages += 1
        parts += [box.get_text() for box in page if isinstance(box, LTTextContainer)]
    return "\n".join(parts), pages


def pypdf_text(data: bytes) -> tuple[str, int]:
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages), len(reader.pages)


def pdfplumber_text(data: bytes) -> tuple[str, int]:
    import pdfplumber

    parts = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            parts.append(page.extract_text() or "")
            page.close()
        return "\n".join(parts), len(pdf.pages)


def product_text(data: bytes) -> tuple[str, int]:
    from nlp.read.pdf import read_pdf

    lines = read_pdf(data)
    return "\n".join(line.text for line in lines), 0


LIBRARIES: dict[str, Callable[[bytes], tuple[str, int]]] = {
    "pdfminer.six": pdfminer_text,
    "pypdf": pypdf_text,
    "pdfplumber": pdfplumber_text,
    "nlp.read.pdf (kept)": product_text,
}


def generated(pages: int) -> tuple[bytes, str]:
    """A PDF of ``pages`` pages of quoted plan text in reportlab's CID font, and its source text."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    source = []
    for number in range(pages):
        pdf.setFont("STSong-Light", 11)
        for row in range(40):
            text = f"{number + 1}.{row + 1} {QUOTED[: 30 + row % 10]}"
            pdf.drawString(60, 780 - row * 18, text)
            source.append(text)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue(), "\n".join(source)


def measure(data: bytes, source: str, pages: int) -> dict[str, dict[str, float]]:
    want = squash(source)
    quotes = sum(want.count(q) for q in "“”")
    rows = {}
    for name, extract in LIBRARIES.items():
        tracemalloc.start()
        start = time.perf_counter()
        text, _ = extract(data)
        seconds = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        got = squash(text)
        rows[name] = {
            "similarity": round(fuzz.ratio(want, got), 1),
            "quotes": round(sum(got.count(q) for q in "“”") / quotes, 2) if quotes else None,
            "ms_per_page": round(1000 * seconds / pages, 1),
            "kb_peak_per_page": round(peak / 1024 / pages, 1),
        }
    return rows


def cases(smoke: bool) -> list[tuple[str, bytes, str, int]]:
    out = []
    if not smoke:
        for name in ("rw029", "rw050"):
            data = (SET / "files" / f"{name}.pdf").read_bytes()
            source = (SET / "sources" / f"{name}.txt").read_text(encoding="utf-8")
            out.append((f"{name}.pdf", data, source, pdfplumber_text(data)[1]))
    pages = 5 if smoke else 40
    data, source = generated(pages)
    out.append((f"generated {pages} pages", data, source, pages))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.compare_pdf", description=__doc__.split("\n\n")[0])
    parser.add_argument("--smoke", action="store_true")
    args = parser.parse_args(argv)
    for label, data, source, pages in cases(args.smoke):
        print(f"{label} ({pages} pages)")
        print(f"  {'library':22}{'similar':>8}{'quotes':>8}{'ms/page':>9}{'KB/page':>9}")
        for name, row in measure(data, source, pages).items():
            quotes = "—" if row["quotes"] is None else f"{row['quotes']:.2f}"
            print(
                f"  {name:22}{row['similarity']:>8.1f}{quotes:>8}{row['ms_per_page']:>9.1f}{row['kb_peak_per_page']:>9.1f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
