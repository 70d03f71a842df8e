"""The yearly cycle (plan → summary → next plan): 计划↔总结 对照 and 年度对比.

- ``followup(plan, summary)``: every plan item down to a level, 已落实 / 部分 / 未提及, with the
  evidence sentence, what is missing and the numeric targets met / not met / not reported;
- ``compare_years(title, year, blocks, earlier)``: a draft's blocks against earlier plans,
  unchanged (for how many years) / changed / new, and last year's dropped blocks;
- ``followup_docx(report)``: the 对照 table as a DOCX.
"""

from nlp.cycle.export import followup_docx
from nlp.cycle.followup import DEFAULT_LEVEL, followup, plan_items
from nlp.cycle.targets import compare_targets, targets
from nlp.cycle.years import EarlierPlan, YearText, closest_per_year, compare_years

__all__ = [
    "DEFAULT_LEVEL",
    "EarlierPlan",
    "YearText",
    "closest_per_year",
    "compare_targets",
    "compare_years",
    "followup",
    "followup_docx",
    "plan_items",
    "targets",
]
