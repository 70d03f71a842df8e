"""Word's automatic numbering: the label ("一、", "（一）", "1.") a paragraph shows but whose text
does not hold it, rendered from the numbering part's definitions and counted in document order."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from docx.oxml.ns import qn
from lxml import etree

from nlp.resources import CHINESE_DIGITS, chinese_counting

W_NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
_LEVEL_PLACEHOLDER = re.compile(r"%([1-9])")
_XP_NUM_ID = etree.XPath("./w:pPr/w:numPr/w:numId/@w:val", namespaces=W_NS)
_XP_ILVL = etree.XPath("./w:pPr/w:numPr/w:ilvl/@w:val", namespaces=W_NS)
_XP_ABSTRACT_NUM_ID = etree.XPath("./w:abstractNumId/@w:val", namespaces=W_NS)
_XP_NUM_STYLE_LINK = etree.XPath("./w:numStyleLink/@w:val", namespaces=W_NS)
_XP_START_OVERRIDE = etree.XPath("./w:startOverride/@w:val", namespaces=W_NS)
_XP_LVL_TEXT = etree.XPath("./w:lvlText/@w:val", namespaces=W_NS)
_XP_LVL_START = etree.XPath("./w:start/@w:val", namespaces=W_NS)
_XP_LVL_STYLE = etree.XPath("./w:pStyle/@w:val", namespaces=W_NS)
_XP_LVL_LEGAL = etree.XPath("./w:isLgl[not(@w:val) or (@w:val!='0' and @w:val!='false')]", namespaces=W_NS)


@dataclass(frozen=True)
class _Level:
    """One ``w:lvl`` of a list definition."""

    format: str  # w:numFmt, e.g. "decimal", "chineseCounting", "bullet"
    text: str  # w:lvlText: "%1、" at level 0, "（%2）" at level 1 (%N is level N's counter)
    start: int
    style_id: str | None  # w:pStyle: the paragraph style linked to this level
    legal: bool  # w:isLgl: render every referenced level as decimal

    @classmethod
    def parse(cls, lvl) -> _Level:
        # A numFmt inside mc:AlternateContent may be "custom" (Word 2010+), with a plain fallback.
        formats = [f.get(qn("w:val")) for f in lvl.iter(qn("w:numFmt")) if f.get(qn("w:val")) != "custom"]
        return cls(
            format=formats[0] if formats else "decimal",
            text=_first(_XP_LVL_TEXT(lvl), ""),
            start=_to_int(_XP_LVL_START(lvl), 0),
            style_id=_first(_XP_LVL_STYLE(lvl), None),
            legal=bool(_XP_LVL_LEGAL(lvl)),
        )


class Numbering:
    """Renders Word's automatic list labels ("一、", "（一）", "1.") from the numbering part.

    Counters are kept per ``w:num`` instance; advancing a level restarts the deeper ones.
    """

    def __init__(self, document):
        root = document.part.numbering_part.element
        self._nums = {num.get(qn("w:numId")): num for num in root.iterchildren(qn("w:num"))}
        self._abstracts = {a.get(qn("w:abstractNumId")): a for a in root.iterchildren(qn("w:abstractNum"))}
        self._style_num_ids = {
            style.get(qn("w:styleId")): num_ids[0]
            for style in document.styles.element.iterchildren(qn("w:style"))
            if (num_ids := _XP_NUM_ID(style))
        }
        self._levels_by_num: dict[str, dict[int, _Level]] = {}
        self._counters: dict[str, dict[int, int]] = {}

    def marker(self, p, styles: list) -> str | None:
        """Advance the counters for paragraph ``p`` (with its style chain) and return its label, or None."""
        num_id, ilvl = self._num_pr(p, styles)
        if num_id is None or num_id == "0":  # numId 0 switches numbering off
            return None
        levels = self._levels(num_id)
        if ilvl is None:  # a style-linked list: the level whose pStyle is in the paragraph's style chain
            style_ids = [style.style_id for style in styles]
            ilvl = next((i for i, level in levels.items() if level.style_id in style_ids), 0)
        if ilvl not in levels:
            return None
        counters = self._counters.setdefault(num_id, {})
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else levels[ilvl].start
        for deeper in [i for i in counters if i > ilvl]:
            del counters[deeper]
        current = levels[ilvl]
        if current.format in ("bullet", "none"):
            return None

        def render(placeholder: re.Match) -> str:
            i = int(placeholder[1]) - 1
            level = levels.get(i, current)
            return format_number(counters.get(i, level.start), "decimal" if current.legal else level.format)

        return _LEVEL_PLACEHOLDER.sub(render, current.text) or None

    @staticmethod
    def _num_pr(p, styles: list) -> tuple[str | None, int | None]:
        """(numId, ilvl) from the paragraph's own numPr, else from the nearest style that has one."""
        for element in (p, *(style.element for style in styles)):
            num_ids = _XP_NUM_ID(element)
            if num_ids:
                ilvls = _XP_ILVL(element)
                return num_ids[0], _to_int(ilvls, None)
        return None, None

    def _levels(self, num_id: str) -> dict[int, _Level]:
        """The levels of a ``w:num``: its abstractNum's, with the num's overrides applied."""
        if num_id not in self._levels_by_num:
            num = self._nums.get(num_id)
            levels = {} if num is None else self._abstract_levels(num)
            for override in [] if num is None else num.iterchildren(qn("w:lvlOverride")):
                ilvl = _to_int([override.get(qn("w:ilvl"), "0")], 0)
                for lvl in override.iterchildren(qn("w:lvl")):
                    levels[ilvl] = _Level.parse(lvl)
                start = _to_int(_XP_START_OVERRIDE(override), None)
                if start is not None and ilvl in levels:
                    levels[ilvl] = replace(levels[ilvl], start=start)
            self._levels_by_num[num_id] = levels
        return self._levels_by_num[num_id]

    def _abstract_levels(self, num, hops: int = 0) -> dict[int, _Level]:
        abstract = self._abstracts.get(_first(_XP_ABSTRACT_NUM_ID(num), None))
        if abstract is None:
            return {}
        # A list style's abstractNum only links to the style, whose numPr names the real definition.
        linked_style = _first(_XP_NUM_STYLE_LINK(abstract), None)
        if linked_style is not None:
            target = self._nums.get(self._style_num_ids.get(linked_style))
            return self._abstract_levels(target, hops + 1) if target is not None and hops < 2 else {}
        return {
            _to_int([lvl.get(qn("w:ilvl"), "0")], 0): _Level.parse(lvl) for lvl in abstract.iterchildren(qn("w:lvl"))
        }


def _first(values: list, default):
    return values[0] if values else default


def _to_int(values: list[str], default):
    """The first of ``values`` as an int, or ``default`` when absent or malformed."""
    try:
        return int(values[0])
    except (IndexError, ValueError):
        return default


# --- number formats (w:numFmt) -------------------------------------------------------

_CHINESE_LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"
_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


def format_number(n: int, fmt: str) -> str:
    """Render counter ``n`` in Word number format ``fmt``; unknown formats fall back to decimal."""
    renderer = _NUMBER_FORMATS.get(fmt)
    return renderer(n) if renderer and n > 0 else str(n)


def _circled(n: int) -> str:
    """①-⑳, ㉑-㉟, ㊱-㊿; beyond 50 plain digits."""
    if n <= 20:
        return chr(0x2460 + n - 1)
    if n <= 35:
        return chr(0x3251 + n - 21)
    return chr(0x32B1 + n - 36) if n <= 50 else str(n)


def _letters(n: int) -> str:
    """a..z, then aa, bb, ... as Word does."""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _roman(n: int) -> str:
    out = []
    for value, numeral in _ROMAN:
        count, n = divmod(n, value)
        out.append(numeral * count)
    return "".join(out)


_NUMBER_FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    "decimalEnclosedCircle": _circled,
    "decimalEnclosedCircleChinese": _circled,
    "decimalEnclosedParen": lambda n: chr(0x2474 + n - 1) if n <= 20 else f"({n})",
    "decimalEnclosedFullstop": lambda n: chr(0x2488 + n - 1) if n <= 20 else f"{n}.",
    "chineseCounting": chinese_counting,
    "chineseCountingThousand": chinese_counting,
    "japaneseCounting": chinese_counting,
    "taiwaneseCounting": chinese_counting,
    "chineseLegalSimplified": lambda n: chinese_counting(n, _CHINESE_LEGAL_DIGITS, "拾佰仟", legal=True),
    "ideographDigital": lambda n: "".join(CHINESE_DIGITS[int(d)] for d in str(n)),
    "ideographTraditional": lambda n: _HEAVENLY_STEMS[n - 1] if n <= 10 else str(n),
    "lowerLetter": _letters,
    "upperLetter": lambda n: _letters(n).upper(),
    "lowerRoman": _roman,
    "upperRoman": lambda n: _roman(n).upper(),
}
