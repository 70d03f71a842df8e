"""The candidates of a learnt year decision: which year a document states, if any (issue 12).

The rules of ``structure.document_year`` take the first year of the title and opening lines that is not a year
something began in, an honour's or a date stamp's, then look further. A learnt decision scores instead each year the
document's title, first ``MAX_BLOCKS`` blocks and close mention (``candidates``; the rules' year too, wherever the rules
found it), and "no year", by where the year stands and the words around it (``NAMED_FEATURES``); the best over a
threshold is the document's year. ``python -m benchmarks.train_years`` trains such a logistic model on the annotated
tune files and measures it by site; the model it writes (``nlp/data/year_model.json``, ``YearModel``) decides each
parsed document's year over the rules' (``years_by_model``: adopted in round 16, docs/benchmarks.md, "Round 16,
fresh16"; a missing model leaves the rules' year).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from nlp.library import linear
from nlp.library.junk import YEAR_SLOT
from nlp.library.linear import LinearModel
from nlp.library.script import analysis_form
from nlp.library.structure import (
    CLOSING,
    EVENT_TIME,
    HONOURS,
    MEETING_YEAR,
    NEWS_OPENING,
    NUMERIC_DATE,
    SIGNATURE_DATE,
    YEAR_NUMBER,
    YEAR_OF_WORK,
    YEAR_SINCE,
)
from nlp.models import Block, Document

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "year_model.json"
MAX_BLOCKS = 8  # the blocks a document opens with whose years are candidates
CONTEXT_CHARS = 12  # of a sentence, either side of a year, read for the words around it
SINCE_AFTER = re.compile(r"^年?(?:\d{1,2}月(?:\d{1,2}日)?)?(?:以来|起|至今|开始)")
STAMP_BEFORE = re.compile(r"(?:发布|更新|录入|发表|上传|来源|日期|时间)[^。，]{0,4}[：:]?\s*$")
FULL_DATE = re.compile(r"^年\d{1,2}月\d{1,2}日")
MONTH = re.compile(r"^年\d{1,2}月")
SPAN_AFTER = re.compile(r"^(?:年度|年?全年|年?(?:上|下)半年|年第?[一二三四1-4]季度)")
GENRE_AFTER = re.compile(r"计划|总结|要点|方案|思路|安排|打算|述职|报告")
GOAL_BEFORE = re.compile(r"(?:到|至|截至|截止)\s*$")
MEETING_WORDS = re.compile(r"召开|举行|举办|会议|大会")
RANGE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*(?:年\s*)?[-—–~～至到]\s*((?:19|20)\d{2})(?!\d)")
LAST_YEAR_WORDS = re.compile(r"过去|回顾|去年|上一年|一年来")
# A title a document site gives a sample it serves (…工作计划范本, …【三篇】, 范文, 大全): its year is the site's label.
SAMPLE_TITLE = re.compile(r"范本|范文|模板|大全|精选|[【(（][^】)）]{0,3}篇[】)）]|篇[一二三四五六七八九十\d]")


@dataclass(frozen=True)
class Mention:
    """One year written in a document, with where it stands and what is around it (analysis form)."""

    year: int
    position: int  # 0 in the title, i + 1 in block i
    before: str  # the sentence's text before it, at most CONTEXT_CHARS
    after: str  # the text after its four digits, at most CONTEXT_CHARS
    text: str  # the whole line it is in
    start: int  # where it stands in the line
    closing: bool  # in the document's close (a closing paragraph, the date under its signature)


@dataclass(frozen=True)
class Candidate:
    """A year a document may state: its mentions, the rules' choice, and what the document's other years are."""

    year: int | None  # None: the document states no year
    mentions: tuple[Mention, ...]
    by_rules: bool
    years: tuple[int, ...]  # every distinct year mentioned
    title_slot: bool  # the title has a year slot (20xx年)
    slots: int  # year slots in the title and the first blocks
    sample: bool  # the title is a document site's sample's (``SAMPLE_TITLE``)
    ruled: bool  # the rules gave the document a year
    news: bool  # the document opens as a news item (the day of an event)


def _share(candidate: Candidate, test: Callable[[Mention], bool]) -> float:
    return sum(map(test, candidate.mentions)) / len(candidate.mentions) if candidate.mentions else 0.0


def _any(candidate: Candidate, test: Callable[[Mention], bool]) -> float:
    return float(any(map(test, candidate.mentions)))


def _in(pattern: re.Pattern[str]) -> Callable[[Mention], bool]:
    """The mention stands inside a match of ``pattern`` in its line."""
    return lambda m: any(match.start() <= m.start < match.end() for match in pattern.finditer(m.text))


def _since(m: Mention) -> bool:
    return _in(YEAR_SINCE)(m) or bool(SINCE_AFTER.match(m.after))


def _stamp(m: Mention) -> bool:
    return _in(NUMERIC_DATE)(m) or bool(STAMP_BEFORE.search(m.before))


def _range_end(m: Mention) -> bool:
    return any(match.start(2) == m.start for match in RANGE.finditer(m.text))


def _range_start(m: Mention) -> bool:
    return any(match.start(1) == m.start for match in RANGE.finditer(m.text))


def _first_position(c: Candidate) -> float:
    return math.log1p(min((m.position for m in c.mentions), default=MAX_BLOCKS + 2))


NAMED_FEATURES: tuple[tuple[str, Callable[[Candidate], float]], ...] = (
    ("by_rules", lambda c: float(c.by_rules)),
    ("no_year", lambda c: float(c.year is None)),
    ("mentioned", lambda c: float(bool(c.mentions))),
    ("in_title", lambda c: _any(c, lambda m: m.position == 0)),
    ("in_first_block", lambda c: _any(c, lambda m: m.position == 1)),
    ("first_position", _first_position),
    ("log_count", lambda c: math.log1p(len(c.mentions))),
    ("latest", lambda c: float(c.year is not None and c.year == max(c.years))),
    ("earliest", lambda c: float(c.year is not None and len(c.years) > 1 and c.year == min(c.years))),
    ("below_latest", lambda c: float(min(max(c.years) - c.year, 5)) if c.year is not None else 0.0),
    ("log_distinct", lambda c: math.log1p(len(c.years))),
    ("title_slot", lambda c: float(c.title_slot)),
    ("log_slots", lambda c: math.log1p(c.slots)),
    ("sample", lambda c: float(c.sample)),
    ("ruled", lambda c: float(c.ruled)),
    ("news", lambda c: float(c.news)),
    ("with_nian", lambda c: _share(c, lambda m: m.after.startswith("年"))),
    ("opening", lambda c: _any(c, lambda m: m.start == 0 and m.position > 0)),
    ("since", lambda c: _share(c, _since)),
    ("honours", lambda c: _share(c, _in(HONOURS))),
    ("stamp", lambda c: _share(c, _stamp)),
    ("full_date", lambda c: _share(c, lambda m: bool(FULL_DATE.match(m.after)))),
    ("month", lambda c: _share(c, lambda m: bool(MONTH.match(m.after)))),
    ("span", lambda c: _any(c, lambda m: bool(SPAN_AFTER.match(m.after)))),
    ("work", lambda c: _any(c, _in(YEAR_OF_WORK))),
    ("genre_after", lambda c: _any(c, lambda m: bool(GENRE_AFTER.search(m.after)))),
    ("goal", lambda c: _any(c, lambda m: bool(GOAL_BEFORE.search(m.before)))),
    ("event_time", lambda c: _any(c, _in(EVENT_TIME))),
    ("meeting", lambda c: _any(c, _in(MEETING_YEAR))),
    ("meeting_words", lambda c: _any(c, lambda m: bool(MEETING_WORDS.search(m.before + m.after)))),
    ("last_year_words", lambda c: _any(c, lambda m: bool(LAST_YEAR_WORDS.search(m.before)))),
    ("range_start", lambda c: _share(c, _range_start)),
    ("range_end", lambda c: _any(c, _range_end)),
    ("closing", lambda c: _any(c, lambda m: m.closing)),
)


def feature_vector(candidate: Candidate) -> dict[int, float]:
    return {i: f(candidate) for i, (_, f) in enumerate(NAMED_FEATURES)}


def mentions(title: str, blocks: tuple[Block, ...] | list[Block]) -> list[Mention]:
    """The years written in the title, the first ``MAX_BLOCKS`` blocks and the document's close."""
    closing = {i for i in range(max(0, len(blocks) - 2), len(blocks)) if SIGNATURE_DATE.match(blocks[i].text)} | {
        i for i in range(max(0, len(blocks) - 1), len(blocks)) if CLOSING.match(blocks[i].text)
    }
    lines = [(0, title)] + [(i + 1, blocks[i].text) for i in sorted(set(range(min(MAX_BLOCKS, len(blocks)))) | closing)]
    found = []
    for position, raw in lines:
        text = analysis_form(raw)
        for match in YEAR_NUMBER.finditer(text):
            sentence_start = max((text.rfind(mark, 0, match.start()) for mark in "。；！？"), default=-1) + 1
            before = text[max(sentence_start, match.start() - CONTEXT_CHARS) : match.start()]
            after = text[match.end() : match.end() + CONTEXT_CHARS]
            found.append(
                Mention(int(match.group(1)), position, before, after, text, match.start(), position - 1 in closing)
            )
    return found


def candidates(title: str, blocks: tuple[Block, ...] | list[Block], by_rules: int | None) -> list[Candidate]:
    """Each year the document mentions (see ``mentions``), the rules' year wherever the rules found it, and no year."""
    found = mentions(title, blocks)
    years = sorted({m.year for m in found} | ({by_rules} if by_rules is not None else set()))
    slot = bool(YEAR_SLOT.search(analysis_form(title)))
    slots = sum(len(YEAR_SLOT.findall(analysis_form(text))) for text in [title, *(b.text for b in blocks[:MAX_BLOCKS])])
    sample = bool(SAMPLE_TITLE.search(title))
    news = bool(blocks) and bool(NEWS_OPENING.match(analysis_form(blocks[0].text)))
    return [
        Candidate(
            year,
            tuple(m for m in found if m.year == year),
            year == by_rules,
            tuple(years),
            slot,
            slots,
            sample,
            by_rules is not None,
            news,
        )
        for year in [*years, None]
    ]


def best_year(years: tuple[int | None, ...], scores: Sequence[float], threshold: float) -> int | None:
    """The year a learnt decision takes among candidates ``years`` scored ``scores``: the best (ties to "no year",
    then to the earlier year) when it scores ``threshold`` or more, else none."""
    best = max(range(len(scores)), key=lambda k: (scores[k], years[k] is None, -(years[k] or 0)))
    return years[best] if scores[best] >= threshold else None


@dataclass(frozen=True)
class YearModel(LinearModel):
    def decide(self, document: Document) -> int | None:
        """The document's year: the best of its candidates (the rules' year among them) over the threshold."""
        pool = candidates(document.title, document.blocks, document.year)
        return best_year(
            tuple(c.year for c in pool), [self.probability(feature_vector(c)) for c in pool], self.threshold
        )

    def to_json(self) -> str:  # type: ignore[override]
        return super().to_json(features=[name for name, _ in NAMED_FEATURES])


def load_model(path: Path = MODEL_PATH) -> YearModel | None:
    """The model at ``path``, or None when it is missing or made for other features (the rules decide alone)."""
    return linear.load(path, YearModel, features=[name for name, _ in NAMED_FEATURES])


def years_by_model(documents: list[Document], path: Path = MODEL_PATH) -> list[Document]:
    """The documents with the year the model at ``path`` decides over the rules' (unchanged without a model)."""
    model = load_model(path)
    if model is None:
        return documents
    return [replace(d, year=model.decide(d)) for d in documents]
