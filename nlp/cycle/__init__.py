"""The yearly cycle (plan → summary → next plan): 计划↔总结 对照 and 年度对比.

- ``followup(plan, summary)``: every plan item down to a level, 已落实 / 部分 / 未提及, with the
  evidence sentence, what is missing and the numeric targets met / not met / not reported;
- ``compare_years(title, year, blocks, earlier)``: a draft's blocks against earlier plans,
  unchanged (for how many years) / changed / new, and last year's dropped blocks;
- ``followup_docx(report)``: the 对照 table as a DOCX;
- ``source_notes(draft)`` and ``reuse_split(report, draft)``: where each block came from, and
  查重's copied text split into reuse the draft names and copying from others;
- ``block_origin(block)``, ``origin_label(origin)`` and ``with_provenance(report, draft, origins)``:
  a block's origin (原样沿用 / 已修改 / 本人撰写) and a 查重 report of a draft carrying it;
- ``where_used(block_id, group, documents, units, drafts)``: the documents and drafts using a group;
- ``preview_replace(drafts, old, new)`` and ``replaced(draft, old, new)``: one 提法 changed in
  many drafts, previewed first.
"""

from nlp.cycle.export import followup_docx
from nlp.cycle.followup import DEFAULT_LEVEL, followup, plan_items
from nlp.cycle.provenance import (
    ORIGIN_STATUS,
    ReuseSplit,
    SourceNote,
    aligned,
    block_origin,
    edited,
    origin_label,
    reuse_key,
    reuse_split,
    reused_blocks,
    source_notes,
    with_provenance,
)
from nlp.cycle.replace import Replacement, preview_replace, replaced
from nlp.cycle.targets import compare_targets, targets
from nlp.cycle.usage import where_used
from nlp.cycle.years import EarlierPlan, YearText, closest_per_year, compare_years

__all__ = [
    "DEFAULT_LEVEL",
    "ORIGIN_STATUS",
    "EarlierPlan",
    "Replacement",
    "ReuseSplit",
    "SourceNote",
    "YearText",
    "aligned",
    "block_origin",
    "closest_per_year",
    "compare_targets",
    "compare_years",
    "edited",
    "followup",
    "followup_docx",
    "origin_label",
    "plan_items",
    "preview_replace",
    "replaced",
    "reuse_key",
    "reuse_split",
    "reused_blocks",
    "source_notes",
    "targets",
    "where_used",
    "with_provenance",
]
