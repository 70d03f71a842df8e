"""A 查重 report rendered for a reader: JSON (the contract), HTML, DOCX; the engine computes it."""

from pathlib import Path

from nlp.check.engine import CheckSettings
from nlp.check.reports.data import batch_json, report_json
from nlp.check.reports.docx import report_docx
from nlp.check.reports.figures import report_head, summary_rows
from nlp.check.reports.html import block_html, draft_html, highlight, report_html
from nlp.errors import InputError
from nlp.models import CheckReport, ReportHead

__all__ = [
    "batch_json",
    "block_html",
    "draft_html",
    "highlight",
    "report_docx",
    "report_head",
    "report_html",
    "report_json",
    "summary_rows",
    "write_report",
]


def write_report(
    report: CheckReport, path: str | Path, settings: CheckSettings | None = None, head: ReportHead | None = None
) -> Path:
    """Write the report as .html or .docx by the path's extension."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        data = report_html(report, settings, head).encode("utf-8")
    elif suffix == ".docx":
        data = report_docx(report, settings, head)
    else:
        raise InputError(f"不支持的报告格式“{path.suffix or path.name}”：请用 .html 或 .docx")
    try:
        path.write_bytes(data)
    except OSError as err:
        raise InputError(f"无法写入报告 {path}：{err.strerror or err}") from None
    return path
