"""计划↔总结 对照 as data (JSON) and as a DOCX: a table per plan section with its 完成率."""

from __future__ import annotations

import io

from nlp.models import FollowupItem, FollowupReport, TargetResult, WhereUsed, YearComparison
from nlp.office import set_fonts
from nlp.resources import percent

TARGET_LABELS = {"met": "达到", "not_met": "未达到", "not_reported": "未报告"}
STATUS_COLOURS = {"已落实": "1B5E20", "部分": "A15C00", "未提及": "B3261E"}
FONT = "宋体"


def target_text(result: TargetResult) -> str:
    """ "不少于400人次：未达到（培训职工360人次）"."""
    reported = f"（{result.reported}）" if result.reported else ""
    return f"{result.target.text}：{TARGET_LABELS[result.status]}{reported}"


def item_json(item: FollowupItem) -> dict:
    return {
        "section": item.section,
        "marker": item.marker,
        "text": item.text,
        "level": item.level,
        "block_index": item.block_index,
        "status": item.status,
        "score": item.score,
        "evidence": item.evidence,
        "evidence_block": item.evidence_block,
        "missing": list(item.missing),
        "targets": [
            {
                "text": t.target.text,
                "label": t.target.label,
                "comparator": t.target.comparator,
                "value": t.target.value,
                "unit": t.target.unit,
                "status": t.status,
                "reported": t.reported,
                "reported_value": t.value,
            }
            for t in item.targets
        ],
        "candidate": item.unmet,
    }


def followup_json(report: FollowupReport) -> dict:
    """The report as the JSON contract names it (docs/contracts.md)."""
    return {
        "plan": report.plan,
        "summary": report.summary,
        "level": report.level,
        "completion": round(report.completion, 4),
        "counts": {s: sum(i.status == s for i in report.items) for s in ("已落实", "部分", "未提及")},
        "sections": [
            {"title": s.title, "completion": round(s.completion, 4), "items": [item_json(i) for i in s.items]}
            for s in report.sections
        ],
        "candidates": [item_json(i) for i in report.candidates],
    }


def comparison_json(comparison: YearComparison) -> dict:
    """年度对比 as the JSON contract names it (docs/contracts.md)."""
    return {
        "title": comparison.title,
        "year": comparison.year,
        "against": [{"title": t, "year": y} for t, y in comparison.against],
        "unchanged_share": round(comparison.unchanged_share, 4),
        "counts": {s: sum(b.status == s for b in comparison.blocks) for s in ("unchanged", "changed", "new")},
        "blocks": [
            {
                "index": b.index,
                "type": b.type,
                "text": b.text,
                "status": b.status,
                "marker": b.marker,
                "years": b.years,
                "previous": b.previous,
                "previous_year": b.previous_year,
                "similarity": b.similarity,
                "carried_numbers": list(b.carried_numbers),
            }
            for b in comparison.blocks
        ],
        "dropped": [{"text": d.text, "year": d.year, "document": d.document} for d in comparison.dropped],
    }


def where_used_json(used: WhereUsed) -> dict:
    """``where-used --json`` (docs/contracts.md)."""
    return {
        "block_id": used.block_id,
        "group_id": used.group_id,
        "canonical_text": used.canonical_text,
        "documents": [
            {
                "document_id": d.document_id,
                "title": d.title,
                "kind": d.kind,
                "year": d.year,
                "unit": d.unit,
                "file": d.file,
                "block_ids": list(d.block_ids),
            }
            for d in used.documents
        ],
        "drafts": [
            {
                "draft_id": d.draft_id,
                "title": d.title,
                "block_index": d.block_index,
                "text": d.text,
                "how": d.how,
                "status": d.status,
            }
            for d in used.drafts
        ],
    }


def _run(paragraph, text: str, *, bold: bool = False, colour: str | None = None):
    from docx.shared import RGBColor

    run = paragraph.add_run(text)
    set_fonts(run.element.get_or_add_rPr(), FONT)
    run.bold = bold
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour)
    return run


def followup_docx(report: FollowupReport) -> bytes:
    """The 对照 as a DOCX: the overall 完成率, then a table per plan section."""
    from docx import Document as new_document
    from docx.shared import Pt

    document = new_document()
    document.styles["Normal"].font.size = Pt(10.5)
    set_fonts(document.styles["Normal"].element.get_or_add_rPr(), FONT)
    title = document.add_heading(level=0)
    _run(title, f"计划落实对照：{report.plan}")
    _run(
        document.add_paragraph(),
        f"对照总结《{report.summary}》，共 {len(report.items)} 条，完成率 {percent(report.completion)}"
        "（已落实计 1 条，部分计半条）。",
    )
    for section in report.sections:
        _run(document.add_heading(level=1), f"{section.title}（完成率 {percent(section.completion)}）")
        table = document.add_table(rows=1, cols=4)
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, ("计划条目", "落实情况", "总结中的依据", "缺少 / 指标")):
            _run(cell.paragraphs[0], text, bold=True)
        for item in section.items:
            cells = table.add_row().cells
            _run(cells[0].paragraphs[0], f"{item.marker or ''}{item.text}")
            _run(cells[1].paragraphs[0], item.status, bold=True, colour=STATUS_COLOURS[item.status])
            _run(cells[2].paragraphs[0], item.evidence or "—")
            notes = []
            if item.missing:
                notes.append("未提到：" + "、".join(item.missing))
            notes += [target_text(t) for t in item.targets]
            _run(cells[3].paragraphs[0], "\n".join(notes) or "—")
    if report.candidates:
        _run(document.add_heading(level=1), "可列入下一年计划的条目（未提及或指标未达到）")
        for item in report.candidates:
            _run(document.add_paragraph(style="List Bullet"), f"{item.marker or ''}{item.text}")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
