"""A 查重 report as JSON: the contract scripts read (fields may be added, never renamed)."""

from __future__ import annotations

from collections.abc import Sequence

from nlp.check.engine import CheckSettings, severity
from nlp.cycle.provenance import origin_label, reused_blocks
from nlp.models import (
    BatchReport,
    BlockOrigin,
    CheckReport,
    CheckSummary,
    CopyMatch,
    ReportHead,
)


def _match_json(m: CopyMatch) -> dict:
    payload = {
        "document": m.document,
        "file": m.file,
        "text": m.text,
        "similarity": m.similarity,
        "spans": [list(s) for s in m.spans],
        "source_spans": [list(s) for s in m.source_spans],
        "ratio": m.ratio,
        "section": m.section,
        "excluded": m.excluded,
        "kind": m.kind,
    }
    if m.block_id is not None:
        payload |= {"block_id": m.block_id, "document_id": m.document_id}
    if m.block_index is not None:
        payload["block"] = m.block_index
    return payload


def origin_json(origin: BlockOrigin | None) -> dict | None:
    """Where a block of a saved draft came from (None: the checked text was no saved draft)."""
    if origin is None:
        return None
    return {
        "status": origin.status,
        "document": origin.document,
        "file": origin.file,
        "year": origin.year,
        "unit": origin.unit,
        "label": origin_label(origin),
        "reuse": None if origin.reuse is None else {"reason": origin.reuse},
    }


def summary_json(summary: CheckSummary) -> dict:
    return {
        "copied_ratio": summary.copied_ratio,
        "copied_ratio_excluding": summary.copied_ratio_excluding,
        "max_single_source_ratio": summary.max_single_source_ratio,
        "max_single_source_ratio_excluding": summary.max_single_source_ratio_excluding,
        "self_repeated_ratio": summary.self_repeated_ratio,
        "characters": summary.characters,
        "copied_characters": summary.copied_characters,
        "copied_ratio_excluding_quotes": summary.copied_ratio_excluding_quotes,
        "paragraphs": summary.paragraphs,
        "suspicious_paragraphs": summary.suspicious_paragraphs,
        "front_copied_characters": summary.front_copied_characters,
        "back_copied_characters": summary.back_copied_characters,
        "max_paragraph_copied_characters": summary.max_paragraph_copied_characters,
        "min_paragraph_copied_characters": summary.min_paragraph_copied_characters,
        "copied_ratio_excluding_reuse": summary.copied_ratio_excluding_reuse,
        "sources": [
            {
                "document": s.document,
                "file": s.file,
                "ratio": s.ratio,
                "document_id": s.document_id,
                "excluded": s.excluded,
                "characters": s.characters,
            }
            for s in summary.sources
        ],
    }


def settings_json(settings: CheckSettings) -> dict:
    return {
        "threshold": settings.threshold,
        "min_chars": settings.min_chars,
        "exclude_files": list(settings.exclude_files),
        "exclude_quotes": settings.exclude_quotes,
        "max_matches": settings.max_matches,
    }


def head_json(head: ReportHead) -> dict:
    scope = head.scope
    return {
        "number": head.number,
        "checked_at": head.checked_at,
        "title": head.title,
        "unit": head.unit,
        "scope": None
        if scope is None
        else {
            "files": scope.files,
            "documents": scope.documents,
            "newest_import": scope.newest_import,
            "revision": scope.revision,
        },
    }


def report_json(report: CheckReport, settings: CheckSettings | None = None, head: ReportHead | None = None) -> dict:
    """The stable JSON of one report (documented in docs/contracts.md)."""
    payload = {
        "draft": report.name,
        "summary": summary_json(report.summary),
        "blocks": [
            {
                "number": number,
                "copied_characters": b.copied_characters,
                "text": b.text,
                "similarity": b.similarity,
                "similarity_excluding": b.similarity_excluding,
                "severity": severity(b.similarity),
                "type": b.type,
                "level": b.level,
                "marker": b.marker,
                "section": b.section,
                "matches": [_match_json(m) for m in b.matches],
                "self_matches": [_match_json(m) for m in b.self_matches],
                "origin": origin_json(b.origin),
            }
            for number, b in enumerate(report.blocks, start=1)
        ],
    }
    payload["reuse"] = [
        {"number": n, "text": b.text, "reason": b.origin.reuse, "copied_characters": b.copied_characters}
        for n, b in reused_blocks(report)
    ]
    if settings is not None:
        payload["settings"] = settings_json(settings)
    if head is not None:
        payload["head"] = head_json(head)
    return payload


def batch_json(
    batch: BatchReport, settings: CheckSettings | None = None, heads: Sequence[ReportHead] | None = None
) -> dict:
    """Each draft's report (with its head, when given), the matrix of shared text and the shared passages."""
    names = [r.name for r in batch.reports]
    heads = heads or [None] * len(batch.reports)
    payload = {
        "drafts": [report_json(r, head=h) for r, h in zip(batch.reports, heads)],
        "matrix": {"drafts": names, "shares": [list(row) for row in batch.matrix]},
        "shared": [
            {
                "a": p.a,
                "b": p.b,
                "draft_a": names[p.a],
                "draft_b": names[p.b],
                "block_a": p.block_a,
                "block_b": p.block_b,
                "text_a": p.text_a,
                "text_b": p.text_b,
                "spans_a": [list(s) for s in p.spans_a],
                "spans_b": [list(s) for s in p.spans_b],
                "similarity": p.similarity,
            }
            for p in batch.shared
        ],
    }
    if settings is not None:
        payload["settings"] = settings_json(settings)
    return payload
