"""Numbers a plan sets itself ("不少于400人次", "提案办复率100%") and what a summary reports for them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from nlp.models import NumberTarget, TargetResult
from nlp.resources import HAN

_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}
_MULTIPLIERS = {"万亿": 1e12, "亿": 1e8, "万": 1e4}

# Units that count something, longest first so 人次 wins over 人 and 场次 over 场.
UNITS = (
    *("人次", "场次", "万元", "课时", "小时", "%", "％", "人", "场", "次", "轮", "期", "项", "家", "篇", "名", "户"),
    *("件", "起", "个", "批", "支", "所", "元", "天"),
    *("公里", "千瓦", "斤", "亩", "吨", "套", "辆"),
)
# Units counted as the same thing when a summary reports what a plan asked for.
_SAME_UNIT = {"场次": "场", "％": "%", "次": "场", "轮": "场", "名": "人", "起": "件"}

# 400, 1100万, 1.3万亿, 三百
_NUMBER = r"(\d+(?:\.\d+)?(?:万亿|亿|万)?|[零〇一二两三四五六七八九十百千万]+)"
_UNIT = "(" + "|".join(re.escape(u) for u in UNITS) + ")"
_AT_LEAST = "不少于|不低于|至少|达到|达|超过|力争|确保|保持|争取|完成"
_AT_MOST = "不超过|不高于|控制在|低于"
# What a plan sets as a ceiling even when it says 左右 or names no comparator: 失业率5.5%左右.
_CEILING = re.compile(r"失业率|涨幅|赤字率|发生率|事故|死亡率")
# Verbs that may stand between the comparator and the number: 至少召开一次, 不少于举办4场.
_VERBS = "召开|举办|开展|组织|进行|培训|慰问|走访|发展|新建|建立|完成"
TARGET = re.compile(
    rf"(?:(?P<cmp>{_AT_LEAST}|{_AT_MOST})(?:{_VERBS})?)?\s*(?P<num>{_NUMBER[1:-1]})\s*(?P<unit>{_UNIT[1:-1]})(?P<tail>以上|以下|以内|左右)?"
)
# Words that say a reported number is the year's total: 累计注册志愿者达到320人 over 新注册156人.
_TOTAL = re.compile(r"累计|共|总|全年|达到|达")
_LABEL = re.compile(rf"[{HAN}A-Za-z]{{1,8}}$")
_GENERIC = re.compile(r"^(?:全年|每年|每季度|每月|每周|年内|累计|力争|确保|共)+")
_LABEL_STOP = re.compile(r"^.*?(?:的|要|将|为|使|并|和|，|、)")


def chinese_number(text: str) -> float | None:
    """400 -> 400, 一 -> 1, 十二 -> 12, 三百 -> 300, 两万 -> 20000, 1.3万亿 -> 1.3e12; None if not a number."""
    for suffix, factor in (*_MULTIPLIERS.items(), ("", 1)):
        if text.endswith(suffix):
            try:
                return float(text[: len(text) - len(suffix)]) * factor
            except ValueError:
                pass
    total, current = 0, 0
    for ch in text:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            unit = _CN_UNITS[ch]
            if unit == 10000:
                total = (total + current) * unit
            else:
                total += (current or 1) * unit
            current = 0
        else:
            return None
    return float(total + current)


def _label(text: str, start: int) -> str:
    """The words before a number that say what it counts; past 全年/每年 … to the clause before."""
    clauses = re.split(r"[，。；：、,;:（）()\s]", text[:start])
    for clause in reversed(clauses[-2:]):
        match = _LABEL.search(clause[-12:])
        label = match.group() if match else ""
        label = _GENERIC.sub("", _LABEL_STOP.sub("", label) or label)
        if label:
            return label
    return ""


def _unit(unit: str) -> str:
    return _SAME_UNIT.get(unit, unit)


def _year_like(text: str, match: re.Match) -> bool:
    # 2026年 is a date, not a count; 第3次 is an ordinal.
    after = text[match.end("num") : match.end("num") + 1]
    return after == "年" or text[max(0, match.start("num") - 1) : match.start("num")] == "第"


def targets(text: str) -> tuple[NumberTarget, ...]:
    """The numeric targets of a plan item: a comparator word, or a rate in percent."""
    found = []
    for match in TARGET.finditer(text):
        if _year_like(text, match):
            continue
        value = chinese_number(match.group("num"))
        if value is None:
            continue
        cmp_word, tail, unit = match.group("cmp"), match.group("tail"), match.group("unit")
        label = _label(text, match.start())
        is_rate = _unit(unit) == "%"
        if not (cmp_word or tail or is_rate):
            continue
        at_most = cmp_word and re.fullmatch(_AT_MOST, cmp_word) or tail in ("以下", "以内")
        comparator = "<=" if at_most or tail == "左右" and _CEILING.search(label) else ">="
        found.append(NumberTarget(match.group().strip(), label, comparator, value, _unit(unit)))
    return tuple(found)


def _reported(texts: Sequence[str], target: NumberTarget) -> list[tuple[int, int, str, float]]:
    """Numbers with the target's unit in ``texts``: (how well their words fit the label, how many
    characters of the label (率 aside) they share, words, value).

    The first text is the evidence: its numbers fit better than those of the others.
    """
    out = []
    label = set(target.label) - {"率"}
    for rank, text in enumerate(texts):
        for match in TARGET.finditer(text):
            if _year_like(text, match) or _unit(match.group("unit")) != target.unit:
                continue
            value = chinese_number(match.group("num"))
            if value is None:
                continue
            before = text[max(0, match.start() - 14) : match.start()]
            total = _TOTAL.search(before[-6:] + (match.group("cmp") or "")) is not None
            shared = len(label & set(before))
            words = re.split(r"[，。；、,;]", before)[-1][-8:] + match.group()
            out.append((shared + total + 2 * (rank == 0), shared, words, value))
    return out


def compare_targets(plan_targets: Sequence[NumberTarget], evidence: Sequence[str]) -> tuple[TargetResult, ...]:
    """Each target against the numbers the summary's evidence reports with the same unit.

    A rate (``%``) must share a character of its label (率 aside) with the summary's words
    before the number (体检覆盖率 does not report 提案办复率); a count takes the number whose
    words fit its label best, the evidence's first.
    """
    results = []
    for target in plan_targets:
        candidates = _reported(evidence, target)
        if target.unit == "%":
            candidates = [c for c in candidates if c[1] >= 1]
        if not candidates:
            results.append(TargetResult(target, "not_reported"))
            continue
        _, _, words, value = max(candidates, key=lambda c: c[0])
        met = value >= target.value if target.comparator == ">=" else value <= target.value
        results.append(TargetResult(target, "met" if met else "not_met", words, value))
    return tuple(results)
