"""Staleness: phrases tied to a past year or congress (迎世博, 党的十七大), from a user-editable rule file."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from nlp.errors import InputError
from nlp.models import (
    DraftBlock,
    StalenessWarning,
)
from nlp.resources import DATA_DIR

DEFAULT_RULES = DATA_DIR / "staleness.toml"


@dataclass(frozen=True)
class StalenessRule:
    """One rule of nlp/data/staleness.toml (see README)."""

    pattern: re.Pattern
    reason: str
    valid_until: int | None = None
    past_year: bool = False
    category: str = ""

    def applies(self, found: str, year: int) -> bool:
        if self.past_year:
            digits = re.search(r"\d{4}", found)
            return bool(digits) and int(digits.group()) < year
        return self.valid_until is None or year > self.valid_until


def load_rules(path: str | Path | None = None) -> tuple[StalenessRule, ...]:
    """The staleness rules from ``path`` (default: nlp/data/staleness.toml); bad rules raise InputError."""
    path = Path(path) if path else DEFAULT_RULES
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except OSError as err:
        raise InputError(f"无法读取过时提示规则文件 {path}：{err.strerror or err}") from None
    except tomllib.TOMLDecodeError as err:
        raise InputError(f"过时提示规则文件 {path.name} 格式有误：{err}") from None
    rules = []
    for number, entry in enumerate(data.get("rule", []), 1):
        where = f"{path.name} 第 {number} 条规则"
        pattern, reason = entry.get("pattern"), entry.get("reason")
        if not isinstance(pattern, str) or not pattern or not isinstance(reason, str) or not reason:
            raise InputError(f"{where}缺少 pattern 或 reason")
        valid_until = entry.get("valid_until")
        if valid_until is not None and (not isinstance(valid_until, int) or isinstance(valid_until, bool)):
            raise InputError(f"{where}的 valid_until 应是年份数字")
        try:
            compiled = re.compile(pattern if entry.get("regex") else re.escape(pattern))
        except re.error as err:
            raise InputError(f"{where}的正则表达式有误：{err}") from None
        rules.append(
            StalenessRule(compiled, reason, valid_until, bool(entry.get("past_year")), str(entry.get("category", "")))
        )
    return tuple(rules)


def staleness(blocks: Sequence[DraftBlock], rules: Sequence[StalenessRule], *, year: int) -> list[StalenessWarning]:
    """Warnings for text that names something past in a plan for ``year``; overlapping hits: first rule wins."""
    warnings = []
    for index, block in enumerate(blocks):
        taken: list[tuple[int, int]] = []
        for rule in rules:
            for match in rule.pattern.finditer(block.text):
                start, end = match.span()
                if start == end or any(start < e and s < end for s, e in taken):
                    continue
                if not rule.applies(match.group(), year):
                    continue
                taken.append((start, end))
                found = match.group()
                reason = rule.reason.replace("{match}", found).replace("{year}", str(year))
                warnings.append(StalenessWarning(index, start, end, found, reason))
    return sorted(warnings, key=lambda w: (w.block_index, w.start))
