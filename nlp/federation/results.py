"""A screening's results on disk: Parquet tables for analysis and JSON for people and tools.

OUT/summary.json        the year, the settings, counts, the clusters
OUT/submissions.parquet one row per submission: unit, file and its figures
OUT/pairs.parquet       unit pairs that share text (this year's or an archive year's), ranked
OUT/passages.parquet    the shared passages behind the pairs, with spans on both sides
OUT/reports.json        every submission's full 查重 report (the ``check --json`` report)
OUT/pairs.json          the pairs, as in pairs.parquet
"""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from nlp.check.engine import CheckSettings
from nlp.check.reports.data import report_json, settings_json
from nlp.errors import InputError
from nlp.federation.archive import split_source_name
from nlp.federation.screen import Screening

TABLES = ("submissions", "pairs", "passages")


def _passages(screening: Screening) -> list[dict]:
    """Every passage a submission shares with another unit: archive sources and this year's."""
    rows = []
    subs = screening.submissions
    for submission, report in zip(subs, screening.reports):
        for offset, block in enumerate(report.blocks):
            for m in block.matches:
                year, unit, file = split_source_name(m.file)
                if unit == submission.unit:
                    continue
                rows.append(
                    {
                        "unit": submission.unit,
                        "file": submission.file,
                        "block": offset,
                        "other_unit": unit,
                        "other_year": year,
                        "other_file": file,
                        "text": block.text,
                        "other_text": m.text,
                        "spans": json.dumps(m.spans),
                        "other_spans": json.dumps(m.source_spans),
                        "similarity": m.similarity,
                    }
                )
    for p in screening.shared:
        a, b = subs[p.a], subs[p.b]
        if a.unit == b.unit:
            continue
        rows.append(
            {
                "unit": a.unit,
                "file": a.file,
                "block": p.block_a,
                "other_unit": b.unit,
                "other_year": screening.year,
                "other_file": b.file,
                "text": p.text_a,
                "other_text": p.text_b,
                "spans": json.dumps(p.spans_a),
                "other_spans": json.dumps(p.spans_b),
                "similarity": p.similarity,
            }
        )
    return rows


def write_screening(screening: Screening, out: Path, settings: CheckSettings) -> Path:
    """Write a screening's tables and reports into folder ``out``."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    submissions = [
        {
            "unit": s.unit,
            "file": s.file,
            "characters": r.summary.characters,
            "copied_ratio": r.summary.copied_ratio,
            "copied_ratio_excluding": r.summary.copied_ratio_excluding,
            "max_single_source_ratio": r.summary.max_single_source_ratio,
            "self_repeated_ratio": r.summary.self_repeated_ratio,
            "top_source": r.summary.sources[0].file if r.summary.sources else None,
        }
        for s, r in zip(screening.submissions, screening.reports)
    ]
    pairs = [
        {
            "unit": p.unit,
            "other_unit": p.other,
            "other_year": screening.year if p.other_year is None else p.other_year,
            "this_year": p.other_year is None,
            "share": p.share,
            "passages": p.passages,
        }
        for p in screening.pairs
    ]
    schemas = {
        "submissions": pa.schema(
            [
                ("unit", pa.string()),
                ("file", pa.string()),
                ("characters", pa.int64()),
                ("copied_ratio", pa.float64()),
                ("copied_ratio_excluding", pa.float64()),
                ("max_single_source_ratio", pa.float64()),
                ("self_repeated_ratio", pa.float64()),
                ("top_source", pa.string()),
            ]
        ),
        "pairs": pa.schema(
            [
                ("unit", pa.string()),
                ("other_unit", pa.string()),
                ("other_year", pa.int32()),
                ("this_year", pa.bool_()),
                ("share", pa.float64()),
                ("passages", pa.int64()),
            ]
        ),
        "passages": pa.schema(
            [
                ("unit", pa.string()),
                ("file", pa.string()),
                ("block", pa.int32()),
                ("other_unit", pa.string()),
                ("other_year", pa.int32()),
                ("other_file", pa.string()),
                ("text", pa.string()),
                ("other_text", pa.string()),
                ("spans", pa.string()),
                ("other_spans", pa.string()),
                ("similarity", pa.float64()),
            ]
        ),
    }
    for name, rows in (("submissions", submissions), ("pairs", pairs), ("passages", _passages(screening))):
        pq.write_table(pa.Table.from_pylist(rows, schema=schemas[name]), out / f"{name}.parquet")
    (out / "pairs.json").write_text(json.dumps(pairs, ensure_ascii=False, indent=1), encoding="utf-8")
    reports = [
        {"unit": s.unit, "file": s.file, "report": report_json(r)}
        for s, r in zip(screening.submissions, screening.reports)
    ]
    (out / "reports.json").write_text(json.dumps(reports, ensure_ascii=False), encoding="utf-8")
    summary = {
        "year": screening.year,
        "submissions": len(screening.submissions),
        "units": len({s.unit for s in screening.submissions}),
        "pairs": len(pairs),
        "clusters": [list(c) for c in screening.clusters],
        "settings": settings_json(settings),
    }
    (out / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
    return out


def read_screening(out: Path) -> dict:
    """A screening written by ``write_screening``: the summary, and each table as a pyarrow Table."""
    out = Path(out)
    if not (out / "summary.json").exists():
        raise InputError(f"{out} 中没有筛查结果（缺少 summary.json）；请先运行 python -m nlp screen")
    result = {"summary": json.loads((out / "summary.json").read_text(encoding="utf-8"))}
    for name in TABLES:
        result[name] = pq.read_table(out / f"{name}.parquet")
    return result


def read_reports(out: Path) -> list[dict]:
    """Every submission's report (unit, file, report JSON)."""
    return json.loads((Path(out) / "reports.json").read_text(encoding="utf-8"))
