"""The yearly cycle (plan → summary → next plan): 计划↔总结 对照 and 年度对比."""

from nlp.cycle.followup import DEFAULT_LEVEL, followup, plan_items
from nlp.cycle.targets import compare_targets, targets

__all__ = ["DEFAULT_LEVEL", "compare_targets", "followup", "plan_items", "targets"]
