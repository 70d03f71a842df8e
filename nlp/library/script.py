"""The analysis form of a line: Traditional script read as Simplified (OpenCC), the pinyin glosses some mirror sites
inject (醫(yī)院) removed, and letter-spaced characters (医 院 党 建, a centred title or a PDF's spacing) read close, so
titles, junk and headings are recognised as in plain Simplified text. Only ever used to decide; the stored text stays as
written."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import opencc

from nlp.resources import HAN

_T2S = opencc.OpenCC("t2s")
# A mirror writes some glosses with a space before the close (會(huì ), 創(chuàng ), rw1573): still a gloss.
PINYIN_GLOSS = re.compile(r"[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,7} ?[)）]")
# The gloss a mirror may have put after any character of a word as written (發(fā)表時間), in a pattern.
MAYBE_GLOSSED = rf"(?:{PINYIN_GLOSS.pattern})?"
# Three or more characters each standing alone between spaces (医 院 党 建 工 作): one word spaced out, not words
# parted by spaces (坚持科学民主管理 促进医院和谐发展 keeps its space).
LETTER_SPACED = re.compile(rf"(?<![{HAN}])[{HAN}](?![{HAN}])(?:[ \u3000]+[{HAN}](?![{HAN}])){{2,}}")


@lru_cache(maxsize=65536)
def analysis_form(text: str) -> str:
    """``text`` in Simplified script without injected pinyin glosses or letter-spacing."""
    text = LETTER_SPACED.sub(lambda m: re.sub(r"[ \u3000]+", "", m.group()), PINYIN_GLOSS.sub("", text))
    return _T2S.convert(text)


def letters_only(text: str) -> str:
    """Letters, digits and Han only: how a line is found again among others, its punctuation and spacing aside."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if ch.isalnum())


def simplified_in_place(text: str) -> str:
    """``text`` in Simplified script character for character (個 as 个, 屆 as 届), so that a position in it is one in
    ``text``; ``text`` itself where the conversion would change its length (a phrase rewritten) or cannot read it (a
    lone surrogate a typed or pasted string may hold, which UTF-8 cannot encode)."""
    try:
        converted = _T2S.convert(text)
    except UnicodeEncodeError:
        return text
    return converted if len(converted) == len(text) else text
