"""A learnt kind decision: whether a document is a plan (计划), a summary (总结) or neither (其他).

The rules of ``structure.document_kind`` read the title's genre word, else the body's own statement of what it is and
its wording. Here a small multinomial logistic model, trained on the annotated real-world set by
``python -m benchmarks.train_kinds`` and written as one ``LinearModel`` per kind (the highest score decides), weighs
the rules' kind with what else a document shows: the title's genre word and where it stands, whether the title is the
file's name, the tense and time words of the first sentences (将/要/拟 vs 了/已/完成), a news item's opening (近日, 上午 +
召开), the years the text names against the title's, its section headings (指导思想/主要任务 vs 主要工作/存在问题), the
share of its sentences with 了, a collection's or an explainer's shape (什么是…, 如何写). Not adopted (docs/benchmarks.md,
"A learnt kind (issue 12, branch ``kind15``)" and "Round 16, fresh16"): trained on the rules' kind as it was when each
page was fresh, it beats those fresh rules by site but not today's rules (fitted on the same pages) by the adoption
rule's margin; the parser keeps the rules' kind, and the trainer reports the comparison.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property

from nlp.library.linear import LinearModel
from nlp.library.script import analysis_form
from nlp.library.structure import (
    ARTICLE,
    COLLECTION_COUNT,
    DUTIES_HEADING,
    EVENT_OPENING,
    NEWS_OPENING,
    OTHER_STATEMENT,
    PLAN_OPENING,
    PLAN_STATEMENT,
    SUMMARY_STATEMENT,
    YEAR_NUMBER,
    _reports_a_meeting,
    title_kind,
)
from nlp.models import Document

KINDS = ("计划", "总结", "其他")
OPENING_SENTENCES = 3  # the sentences of the body whose tense is read
# The title's genre words by what they name: work to do, work done, and what is neither (a notice, a report, a speech,
# news, a rule).
PLAN_WORDS = re.compile(r"计划|规划|要点|方案|安排|打算|思路|意见|设想|部署")
SUMMARY_WORDS = re.compile(r"总结|回顾|述职|汇报|小结|盘点|成效|工作情况|述职报告|总结报告|工作汇报")
OTHER_WORDS = re.compile(r"通知|报告|讲话|发言|致辞|主持词|新闻|动态|简报|制度|办法|细则|章程|职责|会议|召开|举行|开展")
FUTURE = re.compile(r"将|要|拟|计划|力争|争取|确保|继续|进一步|做好")
PAST = re.compile(r"了|已|完成|取得|实现|开展了|举办了")
NEWS_TIME = re.compile(r"近日|日前|上午|下午|晚上|月\d{1,2}日")
HELD = re.compile(r"召开|举行|举办|开幕|闭幕|出席|参加")
PLAN_HEADING = re.compile(
    r"指导思想|总体要求|工作目标|目标任务|主要任务|重点任务|工作重点|工作措施|具体措施|保障措施|实施步骤|工作思路|工作安排|时间安排|进度安排"
)
SUMMARY_HEADING = re.compile(
    r"主要工作|取得的?成[绩效]|工作成效|主要成[绩效]|存在的?问题|不足|主要做法|经验|体会|工作回顾|完成情况"
)
EXPLAINER = re.compile(r"什么是|如何写|怎么写|怎样写|该如何|写法|格式|模板|注意事项|说明|摘要|本文|引言|写作|技巧|要素")
# An address to an audience or a report to a body (同志们：, 各位代表, 我向全委会报告工作): a speech or a work report.
ADDRESS_WORDS = re.compile(r"同志们|各位(?:代表|委员|领导|老师|同事)|报告工作|请予审议|工作报告")
SENTENCE = re.compile(r"[^。！？!?；;]+")
NEXT_YEAR = re.compile(r"明年|来年|新的一年|下一年|下一步")
LAST_YEAR = re.compile(r"去年|上一年|过去的一年|一年来|今年以来|全年")


@dataclass(frozen=True)
class KindContext:
    """A document as the kind model reads it."""

    title: str  # analysis form
    untitled: bool  # the title is the file's name
    rules: str  # the rules' kind
    headings: tuple[str, ...]  # analysis form
    paragraphs: tuple[str, ...]  # every block's analysis form, in order
    entries: int  # headings and items

    @cached_property
    def body(self) -> str:
        return "".join(self.paragraphs)

    @cached_property
    def sentences(self) -> list[str]:
        return [s for s in SENTENCE.findall(self.body) if s.strip()]

    @cached_property
    def opening(self) -> str:
        return "。".join(self.sentences[:OPENING_SENTENCES])

    @cached_property
    def title_year(self) -> int | None:
        match = YEAR_NUMBER.search(self.title)
        return int(match.group(1)) if match and not self.untitled else None

    @cached_property
    def body_years(self) -> list[int]:
        return [int(y) for y in YEAR_NUMBER.findall(self.body[:2000])]


def _share(pattern: re.Pattern[str], sentences: list[str]) -> float:
    return sum(bool(pattern.search(s)) for s in sentences) / len(sentences) if sentences else 0.0


def _title_word(pattern: re.Pattern[str]) -> Callable[[KindContext], float]:
    return lambda c: float(not c.untitled and bool(pattern.search(c.title)))


GENRES = ((PLAN_WORDS, "计划"), (SUMMARY_WORDS, "总结"), (OTHER_WORDS, "其他"))
# All the genre words, the longest first (述职报告 and 工作汇报 are summaries, though 报告 alone is not).
ANY_GENRE = re.compile("|".join(sorted((w for p, _ in GENRES for w in p.pattern.split("|")), key=len, reverse=True)))


def _title_word_last(kind: str) -> Callable[[KindContext], float]:
    """The title's last genre word, its head, names ``kind``."""

    def last(c: KindContext) -> float:
        words = ANY_GENRE.findall(c.title) if not c.untitled else []
        return float(bool(words) and next(k for p, k in GENRES if p.fullmatch(words[-1])) == kind)

    return last


NAMED_FEATURES: tuple[tuple[str, Callable[[KindContext], float]], ...] = (
    ("rules_plan", lambda c: float(c.rules == "计划")),
    ("rules_summary", lambda c: float(c.rules == "总结")),
    ("untitled", lambda c: float(c.untitled)),
    ("title_plan", lambda c: float(not c.untitled and title_kind(c.title) == "计划")),
    ("title_summary", lambda c: float(not c.untitled and title_kind(c.title) == "总结")),
    ("title_other", lambda c: float(not c.untitled and title_kind(c.title) == "其他")),
    ("title_plan_word", _title_word(PLAN_WORDS)),
    ("title_summary_word", _title_word(SUMMARY_WORDS)),
    ("title_other_word", _title_word(OTHER_WORDS)),
    ("title_plan_last", _title_word_last("计划")),
    ("title_summary_last", _title_word_last("总结")),
    ("title_other_last", _title_word_last("其他")),
    ("opening_future", lambda c: _share(FUTURE, c.sentences[:OPENING_SENTENCES])),
    ("opening_past", lambda c: _share(PAST, c.sentences[:OPENING_SENTENCES])),
    ("news_opening", lambda c: float(bool(NEWS_OPENING.match(c.opening) or EVENT_OPENING.match(c.opening)))),
    ("news_time", lambda c: float(bool(NEWS_TIME.search(c.opening) and HELD.search(c.opening)))),
    ("meeting_report", lambda c: float(_reports_a_meeting(c.body))),
    ("future_year", lambda c: float(c.title_year is not None and any(y > c.title_year for y in c.body_years))),
    ("past_year", lambda c: float(c.title_year is not None and any(y < c.title_year for y in c.body_years))),
    ("next_year_words", lambda c: math.log1p(len(NEXT_YEAR.findall(c.body)))),
    ("last_year_words", lambda c: math.log1p(len(LAST_YEAR.findall(c.body)))),
    ("plan_headings", lambda c: math.log1p(sum(bool(PLAN_HEADING.search(h)) for h in c.headings))),
    ("summary_headings", lambda c: math.log1p(sum(bool(SUMMARY_HEADING.search(h)) for h in c.headings))),
    ("le_share", lambda c: _share(re.compile("了"), c.sentences)),
    ("future_share", lambda c: _share(FUTURE, c.sentences)),
    ("plan_statement", lambda c: float(bool(PLAN_STATEMENT.search(c.body)))),
    ("plan_opening", lambda c: float(bool(PLAN_OPENING.match(c.opening)))),
    ("summary_statement", lambda c: float(bool(SUMMARY_STATEMENT.search(c.body)))),
    ("other_statement", lambda c: float(bool(OTHER_STATEMENT.search(c.body)))),
    ("articles", lambda c: float(sum(bool(ARTICLE.match(p)) for p in c.paragraphs) >= 2)),
    ("duties", lambda c: float(any(DUTIES_HEADING.search(h) for h in c.headings))),
    ("collection", lambda c: float(bool(COLLECTION_COUNT.search(c.title)))),
    ("explainer_title", lambda c: float(not c.untitled and bool(EXPLAINER.search(c.title)))),
    ("address", lambda c: float(bool(ADDRESS_WORDS.search(c.opening)))),
    ("log_length", lambda c: math.log1p(len(c.body))),
    ("log_entries", lambda c: math.log1p(c.entries)),
)


def context(document: Document) -> KindContext:
    blocks = document.blocks
    paragraphs = tuple(analysis_form(b.text) for b in blocks)
    return KindContext(
        analysis_form(document.title),
        document.title_source == "file",
        document.kind,
        tuple(p for b, p in zip(blocks, paragraphs, strict=True) if b.type == "heading"),
        paragraphs,
        sum(b.type in ("heading", "item") for b in blocks),
    )


def feature_vector(document: Document) -> dict[int, float]:
    found = context(document)
    return {i: f(found) for i, (_, f) in enumerate(NAMED_FEATURES)}


@dataclass(frozen=True)
class KindModel:
    """One ``LinearModel`` per kind of ``KINDS`` (a multinomial model's rows): the highest score decides."""

    models: tuple[LinearModel, ...]

    def decide(self, vector: Mapping[int, float]) -> str:
        scores = [model.probability(vector) for model in self.models]
        return KINDS[scores.index(max(scores))]
