"""Names a paragraph copied from a 范文 brings along: people, places and units that are not the
drafter's (jieba's part-of-speech tags nr / ns, and the unit names the library's own documents
carry in their titles).

jieba tags many ordinary words nr or ns (文明, 师德, 满意度 on the real-world set), so a tag alone
is not enough:

- a person (nr) is a word jieba's dictionary does not know (found by its HMM), of two or three
  Han characters, starting with a common surname;
- a place (ns) is a word of three characters or more ending in a place suffix (杭州市, 牛山镇): the
  dictionary tags 福利, 深度 and 满意度 ns too, so its tag alone says nothing; the country and
  its regions as a whole (全国, 全省 …) are left alone;
- a unit is one of ``known_units`` (other units of the library).

Whatever is part of the drafter's own unit, superior or place (the specifics) is left alone.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from nlp.resources import HAN, SURNAMES, dictionary_tokenizer

if TYPE_CHECKING:
    import jieba.posseg

PLACE_SUFFIX = re.compile(r"(?:省|市|县|区|镇|乡|村|州|旗|街道)$")
NATIONAL = frozenset({"中国", "全国", "中华", "亚洲", "世界", "国际", "祖国", "内地"})
# 全市, 各乡镇, 本县, 我区: the drafter's own area, not a name.
GENERIC_PLACE = re.compile(r"^[全各本我该][省市县区镇乡村州]|^各乡镇")
_PERSON = re.compile(rf"[{HAN}]{{2,3}}")


@functools.lru_cache(maxsize=1)
def _tagger() -> jieba.posseg.POSTokenizer:
    """jieba's part-of-speech tagger over its own default dictionary, built on first use (importing
    the tagger loads its tables: 0.3 s that a CLI command without a name check does not pay).

    It reuses what the process already holds rather than reading jieba's dictionary twice more
    (0.9 CPU-s): the word tags the import loaded for ``jieba.posseg.dt``, and the default
    dictionary loaded once per process, shared as is (``nlp.resources.dictionary_tokenizer``). Without
    them ``POSTokenizer(jieba.Tokenizer())`` would read the same dictionary file for the tags and
    again on its first cut; the tagger is the same, and so are its tags. The tags stay shared with
    ``jieba.posseg.dt``: nothing may load a user dictionary into jieba's module-level tokenizer (the
    Segmenter owns its own), or its words would reach this tagger."""
    import jieba.posseg

    tagger = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)  # its __init__ reads the tags again
    tagger.tokenizer, tagger.word_tag_tab = dictionary_tokenizer(), jieba.posseg.dt.word_tag_tab
    return tagger


def _own_words(specifics: Mapping) -> list[str]:
    return [str(specifics[k]) for k in ("unit", "superior", "place") if specifics.get(k)]


def foreign_names(text: str, specifics: Mapping, known_units: Iterable[str] = ()) -> list[tuple[int, int, str, str]]:
    """(start, end, name, kind) of each person, place or other unit in ``text``: kind 人名 / 地名 / 单位."""
    own = _own_words(specifics)
    tagger = _tagger()
    found = []
    pairs = [(p.word, p.flag) for p in tagger.cut(text)]  # read-only: threads may cut at once
    cursor = 0
    for word, flag in pairs:
        start = text.find(word, cursor)
        cursor = start + len(word) if start >= 0 else cursor
        if start < 0 or any(word in name for name in own):
            continue
        kind = None
        if flag == "nr" and _PERSON.fullmatch(word) and word[0] in SURNAMES and not tagger.tokenizer.FREQ.get(word):
            kind = "人名"
        elif (
            flag == "ns"
            and len(word) >= 3
            and word not in NATIONAL
            and PLACE_SUFFIX.search(word)
            and not GENERIC_PLACE.match(word)
        ):
            kind = "地名"
        if kind:
            found.append((start, start + len(word), word, kind))
    for unit in known_units:
        if len(unit) < 4 or any(unit in name or name in unit for name in own):
            continue
        for match in re.finditer(re.escape(unit), text):
            found.append((match.start(), match.end(), unit, "单位"))
    found.sort()
    kept, end = [], -1
    for item in found:  # a unit name wins over a place inside it: keep the first, longest span
        if item[0] >= end:
            kept.append(item)
            end = item[1]
        elif item[1] - item[0] > kept[-1][1] - kept[-1][0] and item[0] == kept[-1][0]:
            kept[-1], end = item, item[1]
    return kept
