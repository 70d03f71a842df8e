"""The analysis form of a line: Traditional script read as Simplified (OpenCC) and the pinyin
glosses some mirror sites inject (醫(yī)院) removed, so titles, junk and headings are recognised as in
Simplified text. Only ever used to decide; the stored text stays as written."""

from __future__ import annotations

import re
from functools import lru_cache

import opencc

_T2S = opencc.OpenCC("t2s")
PINYIN_GLOSS = re.compile(r"[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,7}[)）]")


@lru_cache(maxsize=65536)
def analysis_form(text: str) -> str:
    """``text`` in Simplified script without injected pinyin glosses."""
    return _T2S.convert(PINYIN_GLOSS.sub("", text))
