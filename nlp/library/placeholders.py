"""Unfilled template slots left by template sites: 20__年, 20xx, XX年, 20**年, ____人次, _月_日, ××, xx大."""

from __future__ import annotations

import re

from nlp.models import Placeholder

_X = r"(?:[xX]{2}|××|\*\*|＿＿|_+)"
PLACEHOLDER_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("date", re.compile(r"(?:_+|[xX×]{1,2}|某)月(?:_+|[xX×]{1,2}|某)日")),
    ("year", re.compile(rf"(?<![A-Za-z\d])(?:20|19)?{_X}(?=年)|(?<![A-Za-z\d])20{_X}(?![A-Za-z])|某年")),
    ("blank", re.compile(r"_{2,}|＿{2,}|—{4,}|_(?=[\u4e00-\u9fff%])|(?<=[\u4e00-\u9fff])_")),
    ("name", re.compile(r"(?<![A-Za-z])(?:[xX]{2,3}|×{2,3}|\*{2,3})(?![A-Za-z])")),
)


def find_placeholders(text: str) -> tuple[Placeholder, ...]:
    """Placeholders in ``text`` with their positions, left to right, never overlapping."""
    taken: list[Placeholder] = []
    for kind, pattern in PLACEHOLDER_PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if start == end or any(start < p.end and p.start < end for p in taken):
                continue
            taken.append(Placeholder(start, end, match.group(), kind))
    return tuple(sorted(taken, key=lambda p: p.start))
