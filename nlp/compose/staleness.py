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
from nlp.resources import DATA_DIR, chinese_counting, chinese_number

SESSION = re.compile(r"(?P<term>[一二三四五六七八九十]+)届(?:第)?(?P<n>[一二三四五六七八九十]+)次")


DEFAULT_RULES = DATA_DIR / "staleness.toml"


@dataclass(frozen=True)
class StalenessRule:
    """One rule of nlp/data/staleness.toml (see README)."""

    pattern: re.Pattern
    reason: str
    valid_until: int | None = None
    past_year: bool = False
    category: str = ""
    cycle: int | None = None  # with ``phase``: current only in the years where year % cycle == phase
    phase: int = 0

    def applies(self, found: str, year: int) -> bool:
        if self.past_year:
            digits = re.search(r"\d{4}", found)
            return bool(digits) and int(digits.group()) < year
        if self.cycle:
            return year % self.cycle != self.phase
        return self.valid_until is None or year > self.valid_until

    def explain(self, found: str, year: int) -> str:
        """The reason with {match}, {year}, {last_year}, {next_session} (七届二次 → 七届三次) and
        {current_years} (the next years this phrase is current in, for a ``cycle`` rule) filled in."""
        session = SESSION.search(found)
        following = f"{session['term']}届{chinese_counting(chinese_number(session['n']) + 1)}次" if session else found
        current = ""
        if self.cycle:
            first = year + (self.phase - year) % self.cycle
            current = "、".join(str(y) for y in (first, first + self.cycle))
        values = {"match": found, "year": year, "last_year": year - 1, "next_session": following}
        values["current_years"] = current
        reason = self.reason
        for key, value in values.items():
            reason = reason.replace(f"{{{key}}}", str(value))
        return reason


def library_rules_path(db_path: str | Path) -> Path:
    """Where a library's own staleness rules are kept, beside its SQLite file (``library.sqlite3`` →
    ``library.staleness.toml``): edited in the app by an administrator; the shipped file is the default."""
    return Path(db_path).with_suffix(".staleness.toml")


def rules_path(db_path: str | Path) -> Path:
    """The rule file a library uses: its own when it has one, else nlp/data/staleness.toml."""
    own = library_rules_path(db_path)
    return own if own.is_file() else DEFAULT_RULES


def load_rules(path: str | Path | None = None) -> tuple[StalenessRule, ...]:
    """The staleness rules from ``path`` (default: nlp/data/staleness.toml); bad rules raise InputError."""
    path = Path(path) if path else DEFAULT_RULES
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"无法读取过时提示规则文件 {path}：{getattr(err, 'strerror', None) or err}") from None
    return parse_rules(text, path.name)


def save_rules(path: str | Path, text: str) -> tuple[StalenessRule, ...]:
    """Rules edited in the app, checked (InputError with the reason) and written to ``path`` at once."""
    rules = parse_rules(text, "规则")
    path = Path(path)
    partial = path.with_name(path.name + ".tmp")
    partial.write_text(text, encoding="utf-8")
    partial.replace(path)
    return rules


def parse_rules(text: str, name: str = "staleness.toml") -> tuple[StalenessRule, ...]:
    """The rules of a TOML text (see nlp/data/staleness.toml); bad rules raise InputError naming ``name``."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise InputError(f"过时提示规则（{name}）格式有误：{err}") from None
    rules = []
    for number, entry in enumerate(data.get("rule", []), 1):
        where = f"{name} 第 {number} 条规则"
        pattern, reason = entry.get("pattern"), entry.get("reason")
        if not isinstance(pattern, str) or not pattern or not isinstance(reason, str) or not reason:
            raise InputError(f"{where}缺少 pattern 或 reason")
        valid_until = entry.get("valid_until")
        if valid_until is not None and (not isinstance(valid_until, int) or isinstance(valid_until, bool)):
            raise InputError(f"{where}的 valid_until 应是年份数字")
        cycle, phase = entry.get("cycle"), entry.get("phase", 0)
        if cycle is not None and (not isinstance(cycle, int) or isinstance(cycle, bool) or cycle < 2):
            raise InputError(f"{where}的 cycle 应是不小于 2 的整数（例如五年规划写 5）")
        if not isinstance(phase, int) or isinstance(phase, bool):
            raise InputError(f"{where}的 phase 应是整数")
        try:
            compiled = re.compile(pattern if entry.get("regex") else re.escape(pattern))
        except re.error as err:
            raise InputError(f"{where}的正则表达式有误：{err}") from None
        rules.append(
            StalenessRule(
                compiled,
                reason,
                valid_until,
                bool(entry.get("past_year")),
                str(entry.get("category", "")),
                cycle,
                phase % cycle if cycle else 0,
            )
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
                warnings.append(StalenessWarning(index, start, end, found, rule.explain(found, year)))
    return sorted(warnings, key=lambda w: (w.block_index, w.start))
