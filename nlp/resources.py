"""Patterns, word lists and small renderers that several stages share: one place for each.

Kept here rather than in the stage that first needed them, so that reading, cleaning, grouping,
composing, checking and the pages say the same thing the same way (one Han range, one label per
block type, one percentage, one colour per finding).
"""

from __future__ import annotations

import functools
import logging
import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import jieba

# Word lists, the domain dictionary and the staleness rules shipped with the package.
DATA_DIR = Path(__file__).resolve().parent / "data"
# The project folder of a checkout; where the default library file lives (an installed copy
# keeps it in the current folder instead).
PROJECT_DIR = Path(__file__).resolve().parent.parent
DATA_HOME = (PROJECT_DIR if (PROJECT_DIR / "streamlit_app.py").exists() else Path.cwd()) / "data"

# Han characters: CJK Unified Ideographs, Extension A, Compatibility Ideographs.
HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Full-width punctuation of Chinese text.
CJK_PUNCT = "，。、；：！？（）《》“”‘’【】…—·「」『』"

# What each block type is called where a person reads it.
TYPE_LABELS = {"heading": "标题", "item": "条目", "paragraph": "段落"}
# Where a document's title comes from, as shown (``nlp.models.TITLE_SOURCES``).
TITLE_SOURCE_LABELS = {"text": "正文", "file": "文件名", "person": "人工修改"}


@functools.cache
def default_dictionary() -> tuple[dict[str, int], int]:
    """jieba's default dictionary as a tokenizer loads it (0.65 CPU-s), once per process; never changed.
    jieba is imported here, not with this module: its import alone holds 11 MB (the HMM's tables),
    which a process cutting with rjieba never needs."""
    import jieba

    jieba.setLogLevel(logging.WARNING)  # its import sets DEBUG: it would log every initialisation to stderr
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()  # may write its cache to the temp dir
    return tokenizer.FREQ, tokenizer.total


@functools.cache
def dictionary_tokenizer() -> jieba.Tokenizer:
    """A tokenizer over jieba's default dictionary as loaded once per process, shared as is: for readers
    that only cut (a cut only reads the dictionary). Nothing may add a word to it; a tokenizer that takes
    a user dictionary gets a copy of its own (``nlp.boilerplate.segment``)."""
    import jieba

    tokenizer = jieba.Tokenizer()
    tokenizer.FREQ, tokenizer.total = default_dictionary()
    tokenizer.initialized = True
    return tokenizer


def title_note(source: str) -> str:
    """What follows a title in a listing: nothing for a title from the text, else where it comes from."""
    return "" if source == "text" else f"（标题来自{TITLE_SOURCE_LABELS[source]}）"


# Words that make a short line name an organisation (a title such as "某医院工会…计划").
# The hundred commonest Chinese surnames (about 85% of people); rarer ones are also common words
# of plan-speak (师德师, 和谐), which jieba's HMM may tag nr.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆"
    "汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤"
)
ORGANISATION_WORDS = ("工会", "医院", "公司", "学校", "机关", "单位", "科室", "街道", "社区")
# How a unit's own name ends, longest first where one contains another.
UNIT_SUFFIXES = ("卫生院", "医院", "中心", "公司", "学校")

CHINESE_DIGITS = "〇一二三四五六七八九"


def chinese_number(text: str) -> int:
    """一 … 九十九 as an integer (the numbers of 届 and 次, a month's 七 or 十二), Arabic digits too."""
    if text.isdigit():
        return int(text)
    if "十" not in text:
        return CHINESE_DIGITS.index(text)
    tens, _, units = text.partition("十")
    return (CHINESE_DIGITS.index(tens) if tens else 1) * 10 + (CHINESE_DIGITS.index(units) if units else 0)


def chinese_counting(n: int, digits: str = CHINESE_DIGITS, units: str = "十百千", legal: bool = False) -> str:
    """1 -> 一, 11 -> 十一, 20 -> 二十, 105 -> 一百〇五 (legal: 壹拾壹 keeps the leading 壹)."""
    if n >= 10000:
        return str(n)
    out, zero = [], False
    for place, ch in zip(range(len(str(n)) - 1, -1, -1), str(n)):
        if ch == "0":
            zero = True
            continue
        if zero:
            out.append(digits[0])
        zero = False
        out.append(digits[int(ch)] + (units[place - 1] if place else ""))
    text = "".join(out)
    return text[1:] if not legal and 10 <= n < 20 else text


def percent_points(share: float) -> float:
    """A share in percentage points, rounded once, half up, to one decimal: 0.3025 -> 30.3.

    The one rounding of a share: Python's format rounds half to even (f"{30.25:.1f}" is "30.2")
    while a table column's "%.1f" in the browser rounds half up ("30.3"), so a page's table is
    given this value, which its format shows as is."""
    return float((Decimal(repr(share)) * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def percent(share: float) -> str:
    """A share as every page and report shows it: one decimal, "30.3%" (``percent_points``)."""
    return f"{percent_points(share):.1f}%"


# Colours of findings, (background, text): copied text by severity, placeholders, stale phrases.
COLOURS = {
    "high": ("#fde0dc", "#b3261e"),
    "medium": ("#ffe8cc", "#a15c00"),
    "pending": ("#fde68a", "#3b2f00"),
    "stale": ("#fbd3d0", "#5c1410"),
    "inserted": ("#c8f0d2", "#0b3d1a"),
    "quoted": ("#dbeafe", "#1f4e9a"),
}


def mark_style(kind: str) -> str:
    """The inline CSS of a marked span of ``kind`` (a key of ``COLOURS``), in every page and report."""
    background, colour = COLOURS[kind]
    return f"background:{background};color:{colour};border-radius:3px;padding:0 2px"


# What XML 1.0 (so every DOCX) cannot hold: C0 controls but tab, newline and carriage return;
# lone surrogates; U+FFFE and U+FFFF. They reach text through plain files, HTML character
# references and typing; nothing a person wants is among them.
NOT_XML_CHARS = re.compile("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\ud800-\\udfff\\ufffe\\uffff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML cannot hold (``NOT_XML_CHARS``)."""
    return NOT_XML_CHARS.sub("", text)
