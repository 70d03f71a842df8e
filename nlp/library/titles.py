"""A learnt title decision: which line of a document, if any, is its title.

The rules of ``structure`` pick a title for each document (or none: the file's name is the last resort). Here a
small logistic model, trained on the annotated real-world set by ``python -m benchmarks.train_titles`` and written as
coefficients (``LinearModel``), scores the lines that could be the title: the rules' pick, the short
paragraphs that open the document before its outline (and a heading there that the lead under it names again) and, for
the file's first document, the page's lines above its text as the reader gave them (before cleaning: a headline the
junk model dropped is one of them). The highest-scoring one is the title when it scores over the model's threshold;
when none does, the document has no title line (the rules' title line, if any, is its first paragraph again, or goes
when it is an item's bare label) and the file's name is the last resort. The shipped model is
``nlp/data/title_model.json`` (``MODEL_PATH``: nothing is downloaded; the trainer is deterministic and a test retrains
it), ``parse_file``'s default; a missing model, or one made for other features, leaves the rules alone. Adopted on
its measures (docs/benchmarks.md, "A learnt title decision"): on the fair test (pages no rule was written from) no
title, kind or year figure fell and one document more was decided right; cross-validated by site on the tune files it
decides more documents right than the rules. Its features read the shipped junk model, so it is trained after it.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from nlp.library import linear
from nlp.library.clean import (
    CREDIT_WORDS,
    DATE_UNIT_WRAP,
    MIN_CRUMB_HEADLINE_CHARS,
    NEWS_DATELINE,
    PAGE_NUMBER_AFTER_TITLE,
    TITLE_SECOND_PART,
    junk_reason,
)
from nlp.library.junk import (
    BREADCRUMB,
    BREADCRUMB_ARROW,
    COLUMN_NAME,
    HAN_WORD,
    MENU_ROW,
    PLAN_VERBS,
    SECTION_NAME,
    SITE_WORDS,
    WRITER_CREDIT,
    YEAR_SLOT,
    JunkModel,
    LineContext,
    char_share,
    echo,
    glued_lead_of,
    is_stamp,
    reads_as_headline,
    reads_as_plan_prose,
    reads_as_slogan,
)
from nlp.library.junk import load_model as load_junk_model
from nlp.library.linear import LinearModel
from nlp.library.markers import (
    BARE_SERIES,
    DASHED,
    GREETING,
    INLINE_LABEL,
    ITEM_TITLE,
    MARKER,
    POINTS_AHEAD,
    TITLE_LABEL,
    is_title_line,
    month_schedule,
    named_by,
)
from nlp.library.placeholders import find_placeholders
from nlp.library.script import MAYBE_GLOSSED, analysis_form, letters_only
from nlp.library.structure import (
    BARE_GENRE,
    CHARTER_TITLE,
    COLLECTION_COUNT,
    EVENT_OPENING,
    GENRE_WORD,
    ITEM_LABEL,
    OWN_GENRE_WORD,
    SERIES_AT_END,
    SERIES_PREFIX,
    YEAR_NUMBER,
    addresses_readers,
    bracketed_column,
    document_kind,
    document_year,
    title_glued_to_text,
    title_kind,
    two_clause_headline,
    without_item_number,
)
from nlp.models import Block, Document, DroppedLine, Step, no_step
from nlp.resources import HAN, ORGANISATION_WORDS, UNIT_SUFFIXES

MAX_OPENING_BLOCKS = 3  # the paragraphs a document opens with that may be its title
MAX_CANDIDATE_CHARS = 60
# A sentence of clauses ending in a colon: the text's lead-in to what it lists, no title; nor is a line where a sentence
# ends and the next one goes on (冬日暖意濃濃。在2024春節來臨之際,,…, rw1344): the text's opening, no headline; nor a line
# that points to what follows it (``POINTS_AHEAD``).
LEAD_IN = re.compile(rf"[，,][^，,]*[：:]$|。(?=[^\s。”」』）)】])|{POINTS_AHEAD.pattern}")
MAX_PAGE_LINES = 40  # where the first document's text is looked for among the page's lines
MAX_PAGE_LINES_ABOVE = 8  # the page's lines above the text that may be the title
# A part's letter before a title (A. 关于加强和改进城市社区居民委员会建设工作的意见的建设内容, rw1512): the page's part, no word
# of the title.
PART_LETTER = re.compile(rf"^[A-Z][.．、]\s*(?=[{HAN}])")
MIN_CUT_TITLE_CHARS = 10  # of a page's line cut off from the headline (a column's name, a unit's, is shorter)
MIN_CUT_COPIES = 2  # lines of the page that end with the cut headline: its title and its breadcrumb
LEAD_CHARS = 150  # of the text under the opening blocks, where it repeats its headline's words (``candidates``)
MIN_FOUND_CHARS = 6  # of the first block, to find it again among the page's lines
STAMP_REASONS = ("文档信息", "网页信息")  # the stamps cleaning cuts from a line's start (``_without_stamp``)
MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "title_model.json"
# A line that ends in a site's column name (医院动态, 工作动态, 通知公告: ``junk.COLUMN_NAME``), and a menu of links parted
# by bars (公众版|医院版|英文版|返回引导页: ``is_menu``): the page's furniture over a headline, never a title.
ENDS_IN_COLUMN = re.compile(rf"{COLUMN_NAME.pattern}$")
MENU = re.compile(r"[|｜][^|｜]*[|｜]")
BAR = re.compile(r"[|｜]")
MIN_MENU_NAMES = 2  # of a menu's links between its bars; a headline a page's table set between bars is one
# So is a document site's menu of its genres run together, its bars lost (范文首页自我鉴定总结报告工作总结工作计划…演讲稿讲话稿…, rw1975;
# 工作总结 工作计划 党课下载 策划方案, rw091): three genres of documents or more. A title names one, or two joined (…工作总结暨
# 2024年工作计划, 活动策划方案): no annotated title of the tune set names three.
MIN_MENU_GENRES = 3
# A line of a few Han characters alone (基层组织, 指导思想, 文体活动): a label, a column's or a section's, far more often
# than a title (65 of 68 such candidates of the 384 are not; a title of that length names its genre, 工会工作计划, or
# the text names it, 居委会, which is then no label); a collection item's number (范文一, 篇二) is another class, the
# line a file is split at
# What parts a page title's column, site and headline (社區日曆-香和社區-重陽敬老聯歡活動).
PAGE_TITLE_PARTS = re.compile(r"\s*[-_|｜–]\s*")
# The marker families no title opens with: an outline's first levels (一、, （一）, 壹、), a list's circled number (⑧ 會員代表大會
# 組織規則4, a menu's entry over the text, rw1489), a stage or an item by its ordinal (第一阶段:, 说明一、), an FAQ's question (Q:).
# In tune 8 page lines above the text open with one of the last five, none a title; a digit's (1.) may be a collection
# item's title (1.工会 2021 年工作总结…, rw414). A part's number (PART 01, 01 盛大启幕…, rw1829) opens the article's part.
NO_TITLE_MARKERS = ("cn", "cn_paren", "cn_formal", "circled", "ordinal_part", "ordinal_label", "faq", "part")
LABEL = re.compile(rf"^[{HAN}]{{2,6}}$")
# A page's field label before the title (標題:2篇…方案 |), the count of the site's texts of that name before it (2篇,
# rw411) and the bar after it: no part of the title.
TITLE_FIELD = re.compile(rf"(?:{TITLE_LABEL.pattern}|^)(?:\d{{1,2}}篇(?=\d{{4}}年))?|\s*[|｜]$")
# A post's date field glued after its headline (…支部召开工作部署会议发布时间:2023-04-18 来源:本站, rw343; 平發(fā)集團(tuán)
# 工會召開全委(擴(kuò)大)會議發(fā)表時間:2025-03-28 18:20 3月28日，…, rw303, glossed): the field and all after it are no part of
# the title. A field after a space or after another field (来源:工会离退办 发布时间:…, 來源:鹽田區(qū)總工會發(fā)布時間:…) is
# the page's line of fields.
DATE_FIELD_AFTER_TITLE = re.compile(
    rf"^([^:：\s]+?[{HAN}）)])[ 　]?[发發]{MAYBE_GLOSSED}[布表]{MAYBE_GLOSSED}[时時]{MAYBE_GLOSSED}[间間]{MAYBE_GLOSSED}[:：].*$"
)
# The head of a long line before its first space, when it is a phrase of words alone (2022年护士长暨专科学组述职汇报会 回首
# 来路，…, rw391), a quoted or bracketed word of it closed in it (2025年3月“学雷锋做先锋见行动”主题党日活动方案范文 2025年3月…,
# rw1424; a dateline's open bracket, 河工新闻网讯(记者李昊男 通讯员…, is none): a headline the page glued to its text, where a
# sentence's head has its commas.
HEAD_BEFORE_SPACE = re.compile(
    rf"^((?:[\w{HAN}]|“[\w{HAN}]*”|「[\w{HAN}]*」|《[\w{HAN}]*》|[（(][\w{HAN}]*[）)]){{8,40}})\s"
)
# A field of a form or a post opening the line, its label and colon (活動名稱：穩定輔導與培力社區組織計畫, 活動單位：…, 引言：…,
# 来源 : …, Q:哪些事業單位…): the form's or the page's line, where a headline's words before a colon name a place, a unit or
# its topic (桐城市鲟鱼镇：夏日“送清凉”…, 一图看懂：…)
FIELD_OPENING = re.compile(
    rf"^(?:[{HAN}]{{0,4}}(?:名称|单位|地点|时间|日期|来源|对象|主题|目的|宗旨|引言|摘要|导语|概要|简介|作者|编辑)|[QA问答])\s*[:：]"
)
# The page or the speaker addressing its reader: a site's welcome (…欢迎您!, 您好,欢迎访问…), a prompt to log in or register
# (您需要 登录 才可以下载或查看,没有账号?注册, rw641), a speech's greeting (…尊敬的各位领导、亲爱的同事们,大家好!, rw1009): no
# title (27 such candidates in tune, one a title that only celebrates, 社區聯歡迎新春, which this leaves alone)
ADDRESSES_READER = re.compile(rf"欢迎(?:您|你|来到|访问|进入|光临)|[您你]好|{GREETING}|登录|注册")
# An outlet's dateline, its day or its name before 讯 or 电 (文明風(fēng)2月9日訊 昨日…, rw781): the head of a news text's
# first line before a space, never its headline
DATELINE_END = re.compile(r"(?:\d{1,2}日|[网網报報站台])[讯訊电電]$")
# A day written out with its year (今天是：2024年11月23日, 发布日期:2024年03月13日): a page's date line or a news lead's
# day, never in a title (0 of the 16 such candidates of the 554 are)
WRITTEN_DAY = re.compile(r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日")
# A unit's name alone (苏州市尚德实验小学校工会, 北京航天医院, a society's: 中国职工保险互助会): the site's masthead or the
# text's signature, no title
SOCIETIES = ("协会", "学会", "研究会", "互助会", "联合会", "委员会", "基金会")
# a party organisation is a unit as a union is (…行政三联合党支部 / 开展城乡对口支援…, rw2151; 机关党委, 党总支)
PARTY_ORGANISATIONS = ("支部", "总支", "党委")
UNIT_WORD = "|".join(ORGANISATION_WORDS + UNIT_SUFFIXES + SOCIETIES + PARTY_ORGANISATIONS)
UNIT_NAME = re.compile(rf"^[{HAN}]{{2,20}}(?:{UNIT_WORD})$")
# A headline the page wrapped over two lines, the title line the model took being one of them: the unit's name alone
# over what it did or over its plan's genre (臺北市106學年度市立高級中等學校 / 學校經營計畫, rw1488), or a line that goes
# on from the title line with a conjunction (市总工会召开2024年工作总结 / 及2025年工作谋划务虚会, rw193: cleaning's
# ``TITLE_SECOND_PART``, which joins such a line in the text)
ENDS_IN_UNIT = re.compile(rf"[{HAN}](?:{UNIT_WORD})$")
# A tag in 【】 glued before a headline (【主题教育】…党支部 / 开展…活动, rw2151): the headline's, as the README writes it, so
# the words after it are the headline's first line
TAG_BEFORE = re.compile(rf"^{INLINE_LABEL}\s*")
QUOTE_MARKS = re.compile(r"[“”‘’「」『』\"]")  # a campaign's name quoted in a slogan (“两节”送温暖)
MAX_HEADLINE_LINES = 3  # a paper's headline set over lines: its kicker, its headline, its sub-headline
MIN_HEADLINE_PART_CHARS = 6  # of a line of a paper's headline (a reporter's name over the dateline is shorter)
# A paper's dateline before its own report's first sentence (本报讯, □本报讯, 本報訊): a site's (河工新闻网讯) is no paper's
PAPERS_DATELINE = re.compile(r"^\s*[□■]?\s*本[报報]\s*[讯訊]")
MIN_REPEATED_CHARS = 6  # of a headline's words a title says twice (``said_once``)
JUNCTION_CHARS = (
    4  # of each of two lines, where a text says a headline wrapped over them as one phrase (``_said_across``)
)
MAX_GENRE_LINE_CHARS = 8  # of a plan's genre alone under its unit's name (学校经营计划), no headline of its own
# A dash inside a title before words (求真务实 开创民进工作新局面——民进荆州区总支…): a headline and its sub-headline the
# rules joined (``markers.is_headline_over_sub_headline``), not a range of years (2026—2030年)
JOINED_SUB_HEADLINE = re.compile(rf"(?<=\S)\s*(?:-{{2,}}|—+|─|－{{2,}})\s*(?=[{HAN}])")
GENRE_AT_END = re.compile(rf"(?:{GENRE_WORD.pattern})[^\w]*(?:篇?\s*\S{{0,3}})?$")


@dataclass(frozen=True)
class Candidate:
    """A line that may be a document's title, with what stands around it."""

    text: str  # analysis form
    following: str  # the next block's text ("" when none)
    position: int  # blocks of the document before it; -1 for the rules' own title line and the page's lines
    above: int  # for a line of the page, 1 + the page's lines between it and the text; 0 for the others
    by_rules: bool  # the rules took it as the title
    untitled: bool  # the rules gave the document no title
    first_document: bool  # the file's first document
    junk: float  # the junk model's probability for the line (0 without a model)
    below: str = ""  # the page's next line under the candidate's own line ("" when the line is not found on the page)
    over_stamp: bool = False  # the page's next line under the candidate's own line is the post's stamp or credit
    echo: float = 0.0  # the share of the candidate's pairs of Han characters the text's first words repeat (``echo``)
    opens_page: bool = False  # no line of the page above the candidate's own line has words: the page opens with it


NAMED_FEATURES: tuple[tuple[str, Callable[[Candidate], float]], ...] = (
    ("by_rules", lambda c: float(c.by_rules)),
    # a line right over the post's stamp or its credits (发表日期:2021-05-14 阅读量:次): where a page puts the headline
    ("over_stamp", lambda c: float(c.over_stamp)),
    ("untitled", lambda c: float(c.untitled)),
    ("echo", lambda c: c.echo),
    # a phrase the page opens with, nothing above it (抓好党建意见, 教育訓練, 眾樂廚房 over their text): where a reader looks
    # for the title of a page saved without its site, and a title's shape (no clause, no stop)
    ("opens_page_phrase", lambda c: float(c.opens_page and not re.search(r"[，,。；;：:！!？?]", c.text))),
    ("position", lambda c: float(c.position)),
    ("page_line", lambda c: float(c.above > 0)),
    ("log_above", lambda c: math.log1p(c.above)),
    ("junk", lambda c: c.junk),
    ("first_document", lambda c: float(c.first_document)),
    ("split_title", lambda c: float(c.by_rules and not c.first_document)),
    ("log_length", lambda c: math.log1p(len(c.text))),
    ("han_share", lambda c: char_share(f"[{HAN}]", c.text)),
    ("genre", lambda c: float(title_kind(c.text) is not None)),
    ("genre_at_end", lambda c: float(bool(GENRE_AT_END.search(c.text)))),
    ("year", lambda c: float(bool(YEAR_NUMBER.search(c.text) or YEAR_SLOT.search(c.text)))),
    ("ends_sentence", lambda c: float(c.text[-1:] in "。；;")),
    ("exclamation", lambda c: float(bool(re.search("[！？!?]", c.text)))),
    # a line that ends in its exclamation: a site's welcome (欢迎访问…官方网站!), a promo's or a speech's greeting (大家好！),
    # 1 of 17 such candidates a headline (…致敬新时代的“她们”！)
    ("ends_exclamation", lambda c: float(c.text.rstrip()[-1:] in "！!")),
    ("comma", lambda c: float(bool(re.search("[，,、]", c.text)))),
    ("colon_end", lambda c: float(c.text[-1:] in "：:")),
    (
        "headline",
        lambda c: float(
            bool(c.following)
            and (
                # a headline the page closed with a full stop (…教职工代表大会召开。, rw596) reads as one without it
                reads_as_headline(c.text.removesuffix("。"), c.following) or two_clause_headline(c.text, c.following)
            )
        ),
    ),
    ("named_next", lambda c: float(named_whole(c.text, c.following))),
    ("longer_next", lambda c: float(len(c.following) > 2 * len(c.text))),
    ("next_marked", lambda c: float(bool(MARKER.match(c.following)))),
    ("site_words", lambda c: float(len(SITE_WORDS.findall(c.text)))),
    ("stamp", lambda c: float(is_stamp(c.text))),
    ("collection", lambda c: float(counts_a_collection(c.text))),
    ("title_line", lambda c: float(is_title_line(c.text))),
    ("bracketed", lambda c: float(c.text[:1] in "【[")),
    ("organisation", lambda c: float(any(word in c.text for word in ORGANISATION_WORDS))),
    ("plan_prose", lambda c: float(reads_as_plan_prose(c.text))),
    ("marked", lambda c: float(bool(MARKER.match(c.text)))),
    ("column_name", lambda c: float(bool(ENDS_IN_COLUMN.search(c.text.strip())))),
    ("menu", lambda c: float(is_menu(c.text) or len(set(OWN_GENRE_WORD.findall(c.text))) >= MIN_MENU_GENRES)),
    ("breadcrumb", lambda c: float(bool(BREADCRUMB.search(c.text)))),
    ("sub_headline", lambda c: float(bool(DASHED.match(c.text)) and c.position > 0)),
    ("over_dashed", lambda c: float(bool(DASHED.match(c.following)))),
    (
        "label",
        lambda c: float(
            bool(LABEL.match(c.text.strip()))
            and not BARE_SERIES.match(c.text.strip())
            and not named_whole(c.text, c.following)
        ),
    ),
    # a label over a news lead told from its day (基层组织 over 3月31日上午，…召开会议): a column's name, where a news
    # item's headline over its lead names the event (…支部召开工作部署会议)
    ("label_over_news", lambda c: float(bool(LABEL.match(c.text.strip())) and bool(EVENT_OPENING.match(c.following)))),
    ("written_day", lambda c: float(bool(WRITTEN_DAY.search(c.text)))),
    ("field_opening", lambda c: float(bool(FIELD_OPENING.match(c.text)))),
    ("addresses_reader", lambda c: float(bool(ADDRESSES_READER.search(c.text)))),
    # a byline's or an editor's words (…客戶端記者徐松 通訊員 王璐 張杰, rw1204; 责编:): the credits, no title
    ("credit", lambda c: float(bool(CREDIT_WORDS.search(c.text)))),
    ("unit_name", lambda c: float(bool(UNIT_NAME.match(c.text.strip())))),
    # a collection's item label (篇一, 【篇一】): the line a file is split at, never a title (the line right over one is no
    # candidate: ``candidates``)
    ("item_label", lambda c: float(bool(ITEM_LABEL.match(c.text)))),
)


def is_menu(text: str) -> bool:
    """A menu of links parted by bars (``MENU``), two names at least between them (``MIN_MENU_NAMES``: 公众版|医院版|英文版|
    返回引导页, 首页 | 党建文化 | 职工园地). A headline a page's table set between its bars (| 川煤华荣能源柏林煤矿工会开展采煤掘进劳动竞赛 |
    || |, rw1045) is one name, and a title: counted a menu, it held the feature's weight at -0.14 for 18 menus and 2
    such headlines in tune (round 32, gen32t), and a bar menu over an untitled two-sentence item scored over the
    threshold."""
    return bool(MENU.search(text)) and sum(bool(letters_only(part)) for part in BAR.split(text)) >= MIN_MENU_NAMES


def named_whole(line: str, paragraph: str) -> bool:
    """The next paragraph names the line in its opening words as a whole (导读 居委会作为…, 近期，护理部召开…), not as
    the end of a longer name (工作计划 in 工会年度工作计划是指…: a column's name the text's subject ends with)."""
    if not named_by(line, paragraph):
        return False
    at = paragraph.index(line)
    return at == 0 or not re.match(f"[{HAN}]", paragraph[at - 1])


def feature_vector(candidate: Candidate) -> dict[int, float]:
    return {i: f(candidate) for i, (_, f) in enumerate(NAMED_FEATURES)}


@dataclass(frozen=True)
class TitleModel(LinearModel):
    def score(self, candidate: Candidate) -> float:
        """The probability that the candidate is its document's title."""
        return self.probability(feature_vector(candidate))

    def to_json(self) -> str:  # type: ignore[override]
        return super().to_json(features=[name for name, _ in NAMED_FEATURES])


def load_model(path: Path = MODEL_PATH) -> TitleModel | None:
    """The model at ``path``, or None when it is missing or made for other features (the rules decide alone)."""
    return linear.load(path, TitleModel, features=[name for name, _ in NAMED_FEATURES])


def _opening_blocks(blocks: tuple[Block, ...]) -> list[int]:
    """The indexes of the short paragraphs a document opens with (past a site's menu row, ``MENU_ROW``: the page's, which
    goes when a line under it is taken), before its first heading or item or long paragraph (a
    title is never below the text's prose: taking one there would drop that prose as the page's), and with text after
    them (a title over nothing would leave the document empty: a two-line news item's last sentence is none)."""
    opening = []
    for i, block in enumerate(blocks[: min(MAX_OPENING_BLOCKS, len(blocks) - 1)]):
        if block.type == "paragraph" and not block.marker and MENU_ROW.match(block.text):
            continue
        if (
            len(block.text) > MAX_CANDIDATE_CHARS
            or block.type not in ("paragraph", "heading")
            or block.marker
            or month_schedule(block.text)  # a schedule's month (3月份): the outline's
            or addresses_readers(
                block.text
            )  # the text opens with its words to its readers (同志们： / 大家好！, rw1301)
        ):
            break
        if block.type == "heading":
            # a headline the outline read as a heading, which the news lead under it names again (医院成立11个分工会 /
            # 日前，医院成立11个分工会，…), is one, the last; a plan's section name (指导思想 / 指导思想是…) is the outline's
            if named_whole(block.text, blocks[i + 1].text) and not re.fullmatch(SECTION_NAME, block.text):
                opening.append(i)
            break
        opening.append(i)
    return opening


def _text_start(document: Document, page: list[str]) -> int | None:
    """The index of the page line where the document's text starts (its first block long enough to be found, past the
    short paragraphs over it: a column's label, 基层组织, or a menu of links one a line, 关怀版 / 手机版 / 繁體版, or in a
    row, ``MENU_ROW``), None when not found."""
    blocks = next(
        (document.blocks[: k + 1] for k, block in enumerate(document.blocks) if block.type != "paragraph"),
        document.blocks,
    )
    heads = [
        letters_only((block.marker or "") + block.text)[:MIN_FOUND_CHARS]
        for block in blocks[:MAX_PAGE_LINES]
        if block.marker or not MENU_ROW.match(block.text)
    ]
    head = next((head for head in heads if len(head) >= MIN_FOUND_CHARS), None)
    if head is not None:
        return next((i for i, line in enumerate(page[:MAX_PAGE_LINES]) if head in letters_only(line)), None)
    return _start_over_short_lines(document.blocks, page)


def _start_over_short_lines(blocks: tuple[Block, ...], page: list[str]) -> int | None:
    """Where the text starts when it opens on lines too short to be found on the page (一、引言, 一、方案目标: a section's
    name over its paragraph, rw031, rw638): the line of the first block long enough, less the short blocks' lines right
    above it, None when no block is found."""
    for n, block in enumerate(blocks[:MAX_PAGE_LINES]):
        if _too_short_to_find(block):
            continue
        head = _line_form(block)[:MIN_FOUND_CHARS]
        i = next((i for i, line in enumerate(page[:MAX_PAGE_LINES]) if head in letters_only(line)), None)
        if i is None:
            return None
        for short in reversed(blocks[:n]):
            above = next((j for j in range(i - 1, -1, -1) if page[j].strip()), None)
            if above is None or letters_only(page[above]) != _line_form(short):
                break
            i = above
        return i
    return None


def _line_form(block: Block) -> str:
    """The block's letters as its page line has them, its marker first."""
    return letters_only((block.marker or "") + block.text)


def _too_short_to_find(block: Block) -> bool:
    """The block's line is too short to be found on the page by its letters (``MIN_FOUND_CHARS``: 一、引言, 引言)."""
    return len(_line_form(block)) < MIN_FOUND_CHARS


def _line_below(k: int, page: list[str]) -> str:
    """The page's next line with text after line ``k``, past the post's date stamps (时间:2021-10-30 09:55:33)."""
    return next((line.strip() for line in page[k + 1 : MAX_PAGE_LINES + 1] if line.strip() and not is_stamp(line)), "")


def _worded_line_below(k: int, page: list[str]) -> str:
    """The page's next line with words after line ``k``, past the line again and what has no word (社区重阳节活动方案2015
    twice, then ============= and 10-16 over 方案一：, rw271)."""
    form = letters_only(page[k])
    below = page[k + 1 : MAX_PAGE_LINES + 1]
    return next((line.strip() for line in below if HAN_WORD.search(line) and letters_only(line) != form), "")


def _over_bare_label(k: int, page: list[str]) -> bool:
    """The page's next line with words under line ``k`` (``_worded_line_below``) is an item's bare label (篇一, 【篇一】,
    方案一：): line ``k`` is the collection's title, the item has no title line of its own."""
    label = _worded_line_below(k, page).strip("【】[]")
    return bool(BARE_SERIES.match(label))


# A genre's name with a 范文 site's word for its samples and nothing else (工作计划范文, 总结范例大全): the site's label of
# the kind of page, naming no unit and no work.
GENRE_LABEL = re.compile(rf"{BARE_GENRE.pattern}(?:范文|范例|范本|样本|模板|大全|精选)+")


def _over_stamp(k: int, page: list[str]) -> bool:
    """The page's next line with text after line ``k`` is the post's stamp or credits (发表日期:2021-05-14 阅读量:次,
    来源：…, 记者 …), or opens with a news dateline and its credits (红网时刻1月8日讯(记者 潘锦 …)近日，…, rw596)."""
    line = next((line.strip() for line in page[k + 1 : MAX_PAGE_LINES + 1] if line.strip()), "")
    return bool(line) and (
        is_stamp(line) or junk_reason(line) == "网页信息" or bool(NEWS_DATELINE.match(analysis_form(line)))
    )


def _opens_page(k: int, page: list[str]) -> bool:
    """No line of the page above line ``k`` has words."""
    return not any(line.strip() for line in page[:k])


def _page_line(text: str, page: list[str]) -> int | None:
    """The first line of the page that is ``text`` (letters, digits and Han alike), None when none is."""
    form = letters_only(text)
    return next((k for k, line in enumerate(page[:MAX_PAGE_LINES]) if form and letters_only(line) == form), None)


def _below(text: str, page: list[str]) -> str:
    """The page's next line under the first line that is ``text``, "" when none is."""
    k = _page_line(text, page)
    return "" if k is None else _line_below(k, page)


def _holding_line(text: str, page: list[str]) -> int | None:
    """The first line of the page that is ``text`` or, when none is, the first that opens with it, ``text`` being a
    headline's length (``MIN_CUT_TITLE_CHARS``): the headline's line with what cleaning cut after it, a site's name or a
    stamp (衡水市总170万元“关爱金”情暖职工-m6米乐网页版 over 发布时间: …, rw1563). None when no line is."""
    k = _page_line(text, page)
    form = letters_only(text)
    if k is not None or len(form) < MIN_CUT_TITLE_CHARS:
        return k
    return next((k for k, line in enumerate(page[:MAX_PAGE_LINES]) if letters_only(line).startswith(form)), None)


def _placed(
    candidate: Candidate, text: str, page: list[str], judged: Callable[[str, int, int], float] | None = None
) -> Candidate:
    """The candidate with what stands under its line on the page (``below``, ``over_stamp``), found by its ``text``
    (``_holding_line``), and with the junk model's probability for it at that line (``judged``), as a page line above
    the text has: the opening block a page's chrome left over the headline (工会信箱女职工工作, rw168) is the same line."""
    k = _holding_line(text, page)
    if k is None:
        return candidate
    junk = candidate.junk if judged is None else judged(text, k, len(page))
    return replace(
        candidate,
        below=_line_below(k, page),
        over_stamp=_over_stamp(k, page),
        junk=junk,
        opens_page=_opens_page(k, page),
    )


def candidates(
    document: Document, first_document: bool, page: list[str], junk: JunkModel | None
) -> list[tuple[int | str, Candidate]]:
    """Each line that may be the document's title, with where it is: -1 for the rules' title, a block index, or the
    line's text for a line of the ``page`` (the file's lines as read) above the first document's text. A collection's
    title (over a bare item label; counting its items, but for the rules' pick), a bare item label the rules took (范文一)
    and a line without a Chinese word are none."""
    untitled = document.title_source == "file"
    blocks = document.blocks
    following = blocks[0].text if blocks else ""
    opening_at = _opening_blocks(blocks)
    found: list[tuple[int | str, Candidate]] = []

    def judged(text: str, index: int, total: int) -> float:
        if junk is None:
            return 0.0
        return junk.score(LineContext(analysis_form(text), index / max(total - 1, 1), index, 1))[0]

    # an item's bare label the rules took (范文一) is no title (the README's rule), nor a 范文 site's label of a genre
    # (``GENRE_LABEL``): the model may only take another line
    if (
        not untitled
        and not ITEM_LABEL.match(document.title)
        and not GENRE_LABEL.fullmatch(analysis_form(document.title))
    ):
        rules = Candidate(analysis_form(document.title), following, -1, 0, True, False, first_document, 0.0)
        found.append((-1, _placed(rules, document.title, page)))
    start = _text_start(document, page) if first_document else None
    if start is not None:
        titles = {letters_only(document.title)} if not untitled else set()
        # the headline and the sub-headline the rules joined are no titles apart
        joined = letters_only(document.title) if not untitled and JOINED_SUB_HEADLINE.search(document.title) else ""
        # a page line that is one of the opening paragraphs (a column's label kept over the text, 基层组织) stands over
        # the paragraph after that one
        after = {letters_only(blocks[i].text): blocks[i + 1].text for i in opening_at}
        # the line the text starts on too: a title the parser glued to the text or split at a bracket is in it whole
        crumb_tails: list[tuple[int, str]] = []
        for k in range(max(0, start - MAX_PAGE_LINES_ABOVE), start + 1):
            if (
                k == start
                and blocks
                and _too_short_to_find(blocks[0])
                and letters_only(page[k]) == _line_form(blocks[0])
            ):
                continue  # the text's own short first line (引言, - 一、指导思想: ``_start_over_short_lines``)
            # a title's page number (…計劃_第1頁), a field's label (標題:) and a post's date field are no part of it, nor
            # is an item's label before it (第1篇护理年度总结) or a site's column in brackets (【人医动态】)
            text = _line_title(PAGE_NUMBER_AFTER_TITLE.sub("", DATE_FIELD_AFTER_TITLE.sub(r"\1", page[k].strip())))
            if (
                k == start
                and len(text) > MAX_CANDIDATE_CHARS
                and (head := HEAD_BEFORE_SPACE.match(text))
                and not DATELINE_END.search(head.group(1))
            ):
                # less a dateline glued after the headline (…庆祝“三八妇女节”教育文摘周报3月9日四川讯 在这个…, rw1703)
                lead = glued_lead_of(text)
                text = head.group(1).removesuffix(lead) if lead and not text.startswith(lead) else head.group(1)
            elif k == start and len(text) > MAX_CANDIDATE_CHARS and (glued := title_glued_to_text(text)):
                # the title the page glued to the text with no space, as the structure parts such a line (【…总结范文参考】在过去
                # 的…, rw222; 社區2014年度工作計劃近年來,在市、區…, rw543): a parser that kept the line whole
                text = glued
            if not text or len(text) > MAX_CANDIDATE_CHARS or letters_only(text) in titles or not letters_only(text):
                continue
            if addresses_readers(text):
                break  # the text's words to its readers open it (同志们: / 大家好!, rw1301): no title from there on
            if joined and letters_only(text) in joined:
                continue
            if BREADCRUMB.search(text):
                crumb_tails.append((k, BREADCRUMB_ARROW.split(text)[-1].strip()))
            # the page's furniture by the rules, a collection's title, a line without a Chinese word (138-0888-4776, rw648),
            # a 范文 site's label of a genre (工作计划范文 over the page's own 2018年机关工会工作计划(一), rw579)
            if (
                junk_reason(text)
                or counts_a_collection(text)
                or not HAN_WORD.search(letters_only(text))
                or GENRE_LABEL.fullmatch(analysis_form(text))
            ):
                continue
            titles.add(letters_only(text))
            form = analysis_form(text)
            # a plan's section name over its paragraph (指导思想), a line that opens with the outline's first-level marker
            # (一、工会工作概况, （一）有年度工作计划) or a list's (``NO_TITLE_MARKERS``): the outline's or the page's list's
            if re.fullmatch(SECTION_NAME, form) or (
                (marked := MARKER.match(form)) and marked.lastgroup in NO_TITLE_MARKERS
            ):
                continue
            # a collection's title (学校工会工作报告7篇), never an item's; a writer's credit (景德镇市梨树园小学 齐玉婷)
            if _is_collection_title(Block("paragraph", form)) or WRITER_CREDIT.fullmatch(form):
                continue
            if _over_bare_label(k, page) and not ITEM_TITLE.search(form):
                continue  # the collection's over a bare item label (局机关工会工作总结范本 / 篇一), as the rules drop it
            found.append(
                (
                    text,
                    Candidate(
                        form,
                        after.get(letters_only(text), following),
                        -1,
                        start - k + 1,
                        False,
                        untitled,
                        True,
                        judged(text, k, len(page)),
                        _line_below(k, page),
                        _over_stamp(k, page),
                        opens_page=_opens_page(k, page),
                    ),
                )
            )
        # a breadcrumb's last part, when the page gives the headline nowhere else (当前位置：首页 > 工作动态 > 区国动办机关党支部
        # 召开2023年度主题教育专题组织生活会 over the text): the headline it names; a column's name or 正文 is none
        for k, tail in crumb_tails:
            form = analysis_form(tail)
            if (
                len(form) < MIN_CRUMB_HEADLINE_CHARS
                or letters_only(tail) in titles
                or junk_reason(tail)
                or LABEL.match(form)
            ):
                continue
            titles.add(letters_only(tail))
            crumb = Candidate(
                form,
                following,
                -1,
                start - k + 1,
                False,
                untitled,
                True,
                judged(tail, k, len(page)),
                _line_below(k, page),
                _over_stamp(k, page),
            )
            found.append((tail, crumb))
    for i in opening_at:
        if counts_a_collection(blocks[i].text) or not HAN_WORD.search(letters_only(blocks[i].text)):
            continue
        if re.fullmatch(SECTION_NAME, analysis_form(blocks[i].text)):
            continue  # a plan's section name over its paragraph (指导思想), as a page line above the text is none
        after = blocks[i + 1].text if i + 1 < len(blocks) else ""
        text = _line_title(blocks[i].text)  # the bar a page's table left after a headline (…活动|), a site's column
        opening = Candidate(analysis_form(text), after, i, 0, False, untitled, first_document, 0.0)
        found.append((i, _placed(opening, blocks[i].text, page)))
    # the first words of the text under the opening blocks, where a news lead or a plan's preamble says again the
    # subject and the event its headline names (盐田区各级工会开展“夏日送清凉”系列慰问活动 / …盐田区各街道总工会…启动
    # 2025年“夏日送清凉”系列慰问活动…, rw1483), and not the site's name or a sidebar's headline over it
    lead = "".join(block.text for block in blocks[opening_at[-1] + 1 if opening_at else 0 :])[:LEAD_CHARS]
    # the line right over a bare item label (局机关工会工作总结范本 over 篇一) is the collection's title, never the item's: an
    # item's own title carries its label (医院工会工作计划 篇1) or stands between the two (the README's rule); a sentence of
    # clauses that leads into what follows (为做好今年的护理工作，…特制订2008年护理工作计划：) is the text's; a page's line
    # that the text's own headline goes on from, the page ending another line with it too (…“九九重阳节,浓浓敬老情”重 as the
    # page's title and its breadcrumb's last part, over …重阳节活动, rw1495), is the site's copy cut off at its length;
    # an opening block that is the page's title naming the headline under it (社區日曆-香和社區-重陽敬老聯歡活動 over 香和社區
    # 重陽敬老聯歡活動, rw757) is the page's: the headline opens the document as if it were not there
    headlines = [letters_only(candidate.text) for at, candidate in found if isinstance(at, int) and at >= 0]
    # the page's lines, for a line of the page above the text only (one per file: a collection's documents have none)
    lines = [letters_only(line) for line in page] if headlines and any(isinstance(at, str) for at, _ in found) else []
    page_titles = [
        at for at, candidate in found if isinstance(at, int) and at >= 0 and _names_the_headline_below(candidate)
    ]
    return [
        (
            at,
            replace(
                candidate,
                echo=echo(candidate.text, lead),
                position=candidate.position - sum(above < at for above in page_titles)
                if isinstance(at, int)
                else candidate.position,
            ),
        )
        for at, candidate in found
        if not (isinstance(at, str) and _cut_from(letters_only(candidate.text), headlines, lines))
        and not ITEM_LABEL.match(candidate.below)
        and not _names_the_headline_below(candidate)
        and not LEAD_IN.search(candidate.text)
        and not _wrapped_into_below(candidate)
        and not _said_again_below(candidate, {letters_only(c.text) for _, c in found})
        and not (at != -1 and _site_kicker(_holding_line(at if isinstance(at, str) else blocks[at].text, page), page))
    ]


def _cut_from(form: str, headlines: list[str], lines: list[str]) -> bool:
    """``form`` is the first part, of ``MIN_CUT_TITLE_CHARS`` at least, of one of the ``headlines`` that goes on in words,
    a line of the page of its own (``lines``: the page's, in ``_form``), and two lines at least end with ``form``: the site
    cuts its copies of the headline at one length."""
    return (
        len(form) >= MIN_CUT_TITLE_CHARS
        and any(len(headline) > len(form) and headline.startswith(form) and headline in lines for headline in headlines)
        and sum(line.endswith(form) for line in lines) >= MIN_CUT_COPIES
    )


def _wrapped_into_below(candidate: Candidate) -> bool:
    """The candidate's line goes on in the page's next line, a hard wrap between a date's number and its unit
    (…會員代表大會已於105 / 年01月09日假…, rw1528): no headline ends so. (A next line opening on a comma is no sign: a
    page may have lost the year before it, 工业局机关工会年终工作总结 / ,我局工会…, rw237.)"""
    return bool(DATE_UNIT_WRAP[0].search(candidate.text) and DATE_UNIT_WRAP[1].match(candidate.below))


def _said_again_below(candidate: Candidate, forms: set[str]) -> bool:
    """The page's next line under the candidate's says it again with words before it (its year, its unit: 国际护士节领导致辞
    讲话稿 over 2024年国际护士节领导致辞讲话稿, rw881; “五强”党支部年度创建计划 under its unit's, rw131), a phrase that is
    itself a candidate (in ``forms``): the site's short copy of the document's own title line, which is the title. (A line
    under a candidate that says it with words after it is a collection item's label, 篇1, or the text naming it.)"""
    form, below = letters_only(candidate.text), letters_only(analysis_form(candidate.below))
    return (
        len(form) >= MIN_REPEATED_CHARS
        and len(below) > len(form)
        and below.endswith(form)
        and below in forms
        and not re.search(r"[，,。；;：:！!？?]", candidate.below)
    )


def _names_the_headline_below(candidate: Candidate) -> bool:
    """A page's title that names its column, then the headline the page writes under it, parted by hyphens, bars or
    underscores (社區日曆-香和社區-重陽敬老聯歡活動 over 香和社區 重陽敬老聯歡活動, rw757): the page's; the headline is the
    document's. A title with its unit before it (社会福利中心“五强”党支部…计划 over “五强”党支部…计划) parts nothing."""
    parts = PAGE_TITLE_PARTS.split(candidate.text)
    below = letters_only(analysis_form(candidate.below))
    return (
        len(parts) > 1 and bool(below) and any(letters_only("".join(parts[k:])) == below for k in range(1, len(parts)))
    )


def _cleaned_away(line: str, dropped: list[DroppedLine]) -> bool:
    """A page line that cleaning dropped as part of a picture's caption (嘉義縣長翁章梁(左三)…陪同, the caption's first
    half over a spammer's keyword line, rw1306), or that it cut whole from a line's start as a stamp (晋江新闻网11月25日讯
    before 昨日下午,…, rw1377: the site's dateline): no title."""
    form = letters_only(line)
    return bool(form) and any(
        (stamp.reason == "图片说明" and form in letters_only(stamp.text))
        or (stamp.reason in STAMP_REASONS and form == letters_only(stamp.text))
        for stamp in dropped
    )


def _without_stamp(line: str, dropped: list[DroppedLine]) -> str:
    """A page line less the stamp a site put before its words, which cleaning cut from it (a document site's 免费2024
    before 在2024年…推进会上的汇报发言, rw1303): the title the line holds."""
    for stamp in dropped:
        rest = line.strip()[len(stamp.text) :].strip()
        if stamp.reason in STAMP_REASONS and rest and line.strip().startswith(stamp.text):
            return rest
    return line


def _without_title(title: str, blocks: list[Block]) -> list[Block]:
    """The blocks less the part of the title a page line held with the text: a first block that is a piece of the title
    (its bracketed tail; the headline under its site's column, [新聞]…, rw1072) goes, one that starts with the title
    loses it, and its placeholders are found again in what is left (they were the title's and the rest's, at the
    places the joined line gave them)."""
    while (
        blocks
        and not blocks[0].marker
        and (first := letters_only(_without_column(blocks[0].text)))
        and first in letters_only(title)
    ):
        blocks = blocks[1:]
    end = _title_end(title, blocks[0].text) if blocks else None
    rest = blocks[0].text[end:].strip() if end is not None else ""
    if rest and not blocks[0].marker:
        blocks[0] = replace(blocks[0], text=rest, placeholders=find_placeholders(rest))
    return blocks


CLAUSE_OF_SENTENCE = re.compile(r"[,，;；]\s*$|[。.](?=\S)")  # a line broken after a clause, or past a sentence's stop


def _title_end(title: str, text: str) -> int | None:
    """Where ``text`` stops saying ``title``, when it opens with the title's words, its punctuation in either width (the page
    line's 建设,促进… that cleaning widened to 建设，促进… in the text: rw2139), else None. Read so only where the title reads
    as a headline, no clause of a sentence (``CLAUSE_OF_SENTENCE``: a line the page broke after a comma or a stop, taken for
    the title of an untitled text, stays the text's)."""
    if text.startswith(title):
        return len(title)
    form = letters_only(title)
    if not form or not text.startswith(title[:1]) or CLAUSE_OF_SENTENCE.search(title):
        return None
    return next(
        (end for end in range(len(form), min(len(text), 2 * len(title)) + 1) if letters_only(text[:end]) == form), None
    )


def _outermost_at_level_one(blocks: list[Block]) -> list[Block]:
    """The blocks with their levels raised so that the outermost is 1: a title line the rules kept over the outline as
    its heading deepened it (長者夢想成真計畫 over 一、計畫背景, rw1079), and it is the title now."""
    levels = [block.level for block in blocks if block.level is not None]
    if not levels or (shift := min(levels) - 1) <= 0:
        return blocks
    return [block if block.level is None else replace(block, level=block.level - shift) for block in blocks]


def _without_column(text: str) -> str:
    """``text`` less the site's column in brackets before its headline (``bracketed_column``: 【人医动态】, [新聞]) or a part's
    letter (``PART_LETTER``: A. 关于…)."""
    text = PART_LETTER.sub("", text)
    return text[column.end() :] if (column := bracketed_column(text)) else text


def _line_title(line: str) -> str:
    """The title a line gives, whichever path takes it (a page line above the text, an opening block): the line less a
    page's field label and bar (``TITLE_FIELD``: 標題：…方案|), an item's label before it (``SERIES_PREFIX``: 第1篇…), the
    site's column before its headline (``_without_column``: 【人医动态】, 〖會員權益〗, rw993), as the rules' title loses it
    (``structure.bracketed_column``), and a list's first number (``structure.without_item_number``: 一:…策划书)."""
    return without_item_number(_without_column(SERIES_PREFIX.sub("", TITLE_FIELD.sub("", line))))


def title_at(document: Document, at: int | str) -> str:
    """The title a candidate gives (see ``candidates``): a page line's text, the rules' title, or an opening block's
    (``_line_title``)."""
    if isinstance(at, str):
        return at
    return document.title if at == -1 else _line_title(document.blocks[at].text)


def taken_title(document: Document, at: int | str, page: list[str]) -> str:
    """The title the document gets when its candidate at ``at`` is taken (``titled_by_model``): the candidate's, or the
    headline the page wrapped it into (``wrapped_headline``: 市总工会召开2024年工作总结 / 及2025年工作谋划务虚会, rw193)."""
    title = title_at(document, at)
    return wrapped[0] if (wrapped := wrapped_headline(title, page)) else title


def wrapped_headline(title: str, page: list[str]) -> tuple[str, str] | None:
    """The headline the title line is one line of, when the page wrapped it over two (``ENDS_IN_UNIT``, ``TITLE_SECOND_PART``):
    the page line above it, a unit's name alone, when the title is what the unit did (a plan's verb opens it) or its
    plan's genre alone; the page line under it, when the title is a unit's name alone and that line what it did; or the
    page line under it, when that goes on from it with a conjunction or the text says the two
    run on (``_said_across``). The two joined and the other line, else None. So is a paper's headline set over several
    lines (``_rest_of_papers_headline``, ``_papers_headline_above``), when the title is one of them, or two the rules
    joined (重温入党誓词 开展党员志愿活动 表彰先进 / 飞云街道, rw776)."""
    k = _page_line(title, page)
    if k is None:
        joined_two = _joined_page_lines(title, page)
        rest = _rest_of_papers_headline(joined_two, page) if joined_two is not None else ""
        return (f"{title.strip()} {rest}", rest) if rest and len(title) + len(rest) < MAX_CANDIDATE_CHARS else None
    form = analysis_form(title.strip())
    above = next((line.strip() for line in reversed(page[:k]) if line.strip()), "")
    at_below = next((j for j in range(k + 1, min(len(page), MAX_PAGE_LINES + 1)) if page[j].strip()), None)
    below = "" if at_below is None else page[at_below].strip()
    if (
        _headline_part(above)
        and ENDS_IN_UNIT.search(analysis_form(above))
        and (PLAN_VERBS.match(form) or (title_kind(form) and len(form) <= MAX_GENRE_LINE_CHARS))
    ):
        joined, other = above + title.strip(), above
    elif UNIT_NAME.match(TAG_BEFORE.sub("", form)) and _headline_part(below) and PLAN_VERBS.match(analysis_form(below)):
        # the model took the unit's line of such a headline (鸡矿公司通达售电公司 / 开展“保宁静、促生长”职工交锋竞赛, rw1793)
        joined, other = title.strip() + below, below
    elif _headline_part(below) and TITLE_SECOND_PART.match(analysis_form(below)):
        joined, other = title.strip() + below, below
    elif rest := _rest_of_papers_headline(k, page):
        joined, other = f"{title.strip()} {rest}", rest
    elif _headline_part(below) and _said_across(form, below, "".join(page[at_below + 1 : MAX_PAGE_LINES + 1])):
        joined, other = title.strip() + below, below
    elif _headline_part(above) and _said_whole(above + title.strip(), page):
        # the page's title line over its widgets says the two lines as one (市總工會對市三院“陽光家園…”進(jìn)行授牌 / 發(fā)布日期：… /
        # 市總工會對市三院 / “陽光家園…”進(jìn)行授牌, rw1902): one headline the page wrapped
        joined, other = above + title.strip(), above
    elif _headline_part(below) and _said_whole(title.strip() + below, page):
        joined, other = title.strip() + below, below
    elif _headline_part(above) and ENDS_IN_UNIT.search(analysis_form(above)) and _over_papers_dateline(k, page):
        joined, other = above + title.strip(), above
    elif _over_papers_dateline(k, page) and (first := _papers_headline_above(k, page)):
        joined, other = f"{first} {title.strip()}", first
    else:
        return None
    return (joined, other) if len(joined) <= MAX_CANDIDATE_CHARS else None


def said_once(title: str) -> str:
    """The title less the first of two copies of its words, when it ends with the words it opens with (letters, digits
    and Han alike, ``MIN_REPEATED_CHARS`` at least): a page that sets its headline twice, as its page title over the
    headline or spaced and unspaced (强练本领 为患服务 / 强练本领为患服务, rw1758), or over a headline whose dashed
    sub-headline says the page title again (莆田中山中学喜庆“三八”佳节 / 运动赛场竞欢乐 巾帼英雄展风采 / ——莆田中山中学喜庆“三八”佳节,
    rw962), has its lines joined into one title that says the same words twice, which no title of the set does (0 of
    its 1144 annotated titles). Else the title unchanged."""
    places = [i for i, ch in enumerate(title) if ch.isalnum()]
    form = "".join(title[i] for i in places)
    repeated = next(
        (n for n in range(len(form) // 2, MIN_REPEATED_CHARS - 1, -1) if form[:n] == form[-n:]),
        None,
    )
    return title if repeated is None else title[places[repeated] :].strip()


def _said_whole(joined: str, page: list[str]) -> bool:
    """A line of the page's top (``MAX_PAGE_LINES``) says ``joined``, two page lines run together, as one line: the
    page sets that headline whole (its page title) and wrapped it where it sets it again."""
    form = letters_only(analysis_form(joined))
    return bool(form) and any(letters_only(analysis_form(line)) == form for line in page[:MAX_PAGE_LINES])


def _said_across(first: str, second: str, text: str) -> bool:
    """The ``text`` says the end of the line ``first`` and the start of ``second`` as one phrase (…全區住房城鄉建設系統 /
    先進職工小家榮譽稱號 over …建設系統“先進職工小家”榮譽稱號, rw897; rw672's …护士节活动 / 暨第八届…): one headline the
    page wrapped over two lines (3 of the 19 tune titles set over two page lines). A sub-headline under its headline is a
    phrase of its own, which no text says run on from the headline's last words (0 of the 133 tune titles over a page line
    of 6 to 30 characters, neither junk nor dashed nor ending in a stop)."""
    end, start = (
        letters_only(analysis_form(first))[-JUNCTION_CHARS:],
        letters_only(analysis_form(second))[:JUNCTION_CHARS],
    )
    return len(end) == len(start) == JUNCTION_CHARS and end + start in letters_only(analysis_form(text))


def _joined_page_lines(text: str, page: list[str]) -> int | None:
    """The page line that ends ``text`` when ``text`` is that line and the page's line with words above it joined, else
    None."""
    form = letters_only(text)
    lines = [k for k, line in enumerate(page[:MAX_PAGE_LINES]) if line.strip()]
    return next((k for j, k in zip(lines, lines[1:]) if form and letters_only(page[j] + page[k]) == form), None)


def _site_kicker(k: int | None, page: list[str]) -> bool:
    """Line ``k`` is parallel phrases (``reads_as_slogan``, quotes aside) right over a headline that stands over the post's
    stamp or a site's dateline, no paper's (“两节”送温暖 工会在行动 over 衡水市总170万元“关爱金”情暖职工 over 发布时间:…, rw1563;
    發揮睦鄰精神 共建和諧社區, rw1707): a web page's campaign name or motto, the site's, by the README's kicker ruling; on a
    paper's page (本报讯, rw1442) such a line is the headline's kicker, joined to it."""
    if k is None or not reads_as_slogan(QUOTE_MARKS.sub("", analysis_form(page[k].strip()))):
        return False
    below = next((j for j in range(k + 1, min(len(page), MAX_PAGE_LINES + 1)) if page[j].strip()), None)
    return below is not None and _over_stamp(below, page) and not _over_papers_dateline(below, page)


def _over_papers_dateline(k: int, page: list[str]) -> bool:
    """The page's next line under line ``k`` with words, past its reporter's byline (□记者秦帆), is a paper's dateline
    (本报讯…, ``PAPERS_DATELINE``: the paper's own report, not a site's): line ``k`` is the last line of the headline as
    the paper set it."""
    below = (line.strip() for line in page[k + 1 : MAX_PAGE_LINES + 1] if line.strip())
    return any(PAPERS_DATELINE.match(analysis_form(line)) for line in itertools.takewhile(_no_headline_part, below))


def _no_headline_part(line: str) -> bool:
    """A page line that is none of a headline's lines (``_headline_part``), or a name's length (a byline's, 王晓丽)."""
    return not _headline_part(line) or len(letters_only(line)) < MIN_HEADLINE_PART_CHARS


def _rest_of_papers_headline(k: int, page: list[str]) -> str:
    """A paper's headline set over several lines (北辰区…总工会开展主题活动 / 为户外劳动者打造“清凉港湾” / □记者秦帆 / 本报讯 近日,…,
    rw1320): the lines under line ``k`` down to the last over the paper's dateline, each a headline's part, parted by
    spaces; "" when line ``k`` is no line of such a headline."""
    parts = []
    for j in range(k + 1, min(len(page), MAX_PAGE_LINES + 1)):
        line = page[j].strip()
        if not line:
            continue
        if (
            _no_headline_part(line)
            or letters_only(line) == letters_only(page[k])
            or len(parts) == MAX_HEADLINE_LINES - 1
        ):
            return ""
        parts.append(line)
        if _over_papers_dateline(j, page):
            return " ".join(parts)
    return ""


def _papers_headline_above(k: int, page: list[str]) -> str:
    """The lines of a paper's headline over its last line ``k`` (北辰区…总工会开展主题活动 over 为户外劳动者打造“清凉港湾”, the
    line over the paper's dateline, rw1320): the lines right above it each a headline's part, up to the headline's lines in
    all, parted by spaces in the page's order; "" when the line above is none."""
    parts: list[str] = []
    for line in reversed(page[:k]):
        if not line.strip():
            continue
        if _no_headline_part(line) or len(parts) == MAX_HEADLINE_LINES - 1:
            break
        parts.insert(0, line.strip())
    return " ".join(parts)


def _headline_part(line: str) -> bool:
    """A page line that may be one line of a wrapped headline: none of the page's furniture by the rules, a Chinese word
    in it, no sentence, clause, field or lead-in ending it, no outline's marker opening it."""
    form = analysis_form(line)
    return (
        bool(line)
        and not junk_reason(line)
        and bool(HAN_WORD.search(letters_only(line)))
        and form[-1:] not in "。；;！!？?：:，,、"
        and not MARKER.match(form)
        and not FIELD_OPENING.match(form)
    )


def counts_a_collection(text: str) -> bool:
    """A line that counts a collection's items (…汇报【7篇】, 学校工会工作计划2024小学15篇) and is no item's title (…总结 篇1,
    …(汇总17篇)篇一): the collection's title, never a document's (the README's rule)."""
    return bool(COLLECTION_COUNT.search(text)) and not SERIES_AT_END.search(text)


def _is_collection_title(block: Block) -> bool:
    """A short paragraph that counts a collection's items (``counts_a_collection``)."""
    return (
        block.type == "paragraph"
        and not block.marker
        and len(block.text) <= MAX_CANDIDATE_CHARS
        and counts_a_collection(block.text)
    )


def choose(document: Document, first_document: bool, page: list[str], model: TitleModel) -> int | str | None:
    """Where the title the model takes is (see ``candidates``; -1: the rules' title), or None for no title line."""
    scored = [
        (model.score(candidate), n, at)
        for n, (at, candidate) in enumerate(candidates(document, first_document, page, load_junk_model()))
    ]
    if not scored:
        return None
    best, _, at = max(scored, key=lambda triple: (triple[0], -triple[1]))
    return at if best >= model.threshold else None


def titled_by_model(
    documents: list[Document],
    page: list[str],
    dropped: list[DroppedLine],
    fallback_title: str,
    path: Path,
    step: Step = no_step,
) -> list[Document]:
    """The documents with the title the model at ``path`` takes (``page``: the file's lines as read); a title taken
    from the text's paragraphs leaves the paragraphs above it to the page, and the rules' title line goes with them; a
    title taken from the page's lines is no longer dropped; a document the model finds no title for is titled by
    ``fallback_title`` (the file's name), the rules' title line its first paragraph (or dropped, when it is an item's
    bare label). Unchanged without a model. ``step(done, total)`` is called for each document."""
    model = load_model(path)
    if model is None:
        return documents
    decided = []
    for number, document in enumerate(documents):
        step(number + 1, len(documents))
        if document.title_source == "text" and (once := said_once(document.title)) != document.title:
            document = replace(document, title=once)
        if document.title_source == "text" and CHARTER_TITLE.fullmatch(analysis_form(document.title)):
            # a charter's name the rules found over its chapters (組織章程 / 桃園市…教師會 / 第一章, rw1326): the union's
            # name under it is no better title
            decided.append(document)
            continue
        at = choose(document, number == 0, page, model)
        if isinstance(at, str) and _cleaned_away(at, dropped):
            at = None
        # the title line one line of a headline the page wrapped over two: the headline, neither line the page's
        parts: set[str] = set()
        if at is not None and (wrapped := wrapped_headline(title_at(document, at), page)):
            parts, at = {title_at(document, at).strip(), wrapped[1]}, wrapped[0]
        if at == -1 or (at is None and document.title_source == "file"):
            decided.append(document)
            continue
        if at is None:
            collection = None
            if ITEM_LABEL.match(document.title):
                # the rules took an item's bare label (范文一) for its title: it goes, as a label under a title does
                dropped.append(DroppedLine(document.title, "篇目标记"))
                blocks = list(document.blocks)
            elif counts_a_collection(document.title) or ITEM_LABEL.match(_below(document.title, page)):
                # the rules took the collection's title (学校工会工作报告7篇; 局机关工会工作总结范本 over 篇一) for the item's: it
                # goes, and the item is of the genre it names (its items are: every such item of the set is annotated so)
                dropped.append(DroppedLine(document.title, "合集标题"))
                blocks, collection = list(document.blocks), document.title
            else:
                blocks = [Block("paragraph", document.title), *document.blocks]
            if not (collection and (kind := title_kind(collection))):
                kind = document_kind(fallback_title, blocks, titled=False)
            year = document_year(fallback_title, blocks, kind)
            decided.append(
                replace(document, title=fallback_title, kind=kind, year=year, blocks=tuple(blocks), title_source="file")
            )
            continue
        if document.title_source != "file":
            dropped.append(DroppedLine(document.title, "篇首杂项"))
        if isinstance(at, str):
            at = _without_stamp(at, dropped)
            # a page line that is one of the opening paragraphs (the half-width form of the headline under a column's
            # name) is taken as that paragraph is, the lines above it the page's
            same = next(
                (
                    i
                    for i in _opening_blocks(document.blocks)
                    if letters_only(document.blocks[i].text) == letters_only(at)
                ),
                None,
            )
            at = at if same is None else same
        if isinstance(at, str):
            title, blocks = at, _without_title(at, list(document.blocks))
            dropped[:] = [line for line in dropped if line.text.strip() != title and line.text.strip() not in parts]
        else:
            dropped.extend(DroppedLine(block.text, "网页栏目") for block in document.blocks[:at])
            title, blocks = title_at(document, at), list(document.blocks[at + 1 :])
        if blocks and _is_collection_title(blocks[0]):
            # the collection's title under the item's (…汇报 / …汇报【7篇】), as the rules drop it under a title line
            dropped.append(DroppedLine(blocks[0].text, "合集标题"))
            blocks = blocks[1:]
        blocks = _outermost_at_level_one(blocks)
        kind = document_kind(title, blocks)
        decided.append(
            replace(
                document,
                title=title,
                kind=kind,
                year=document_year(title, blocks, kind),
                blocks=tuple(blocks),
                title_source="text",
            )
        )
    return decided


MIN_UNRELATED_HEADLINE_CHARS = 12  # a headline of a sentence's length, Han characters (no label nor a short name)
MIN_UNRELATED_TEXT_CHARS = 200  # the text it stands over, enough to share a word with its own headline


def untitled_when_unrelated(
    documents: list[Document], dropped: list[DroppedLine], fallback_title: str
) -> list[Document]:
    """A page's one text under a title line of a headline's length that shares no two Han characters with it (``echo`` 0:
    2025全国技巧体教融合比赛暨上海市技巧公开赛在沪圆满落幕 over a company union's summer visits to its sites, rw1808): the
    line is another page's headline, which a spam host set over the text; dropped as the page's, the text untitled. A news
    headline names its event, a plan or a summary its unit and work, in the text's words. Not a collection's item: its
    title is its 篇 line, whatever text the site put under it (集团工会年度活动计划表篇一, rw277). Read in analysis form."""
    if len(documents) != 1:
        return documents
    (document,) = documents
    title = letters_only(analysis_form(document.title))
    text = letters_only(analysis_form("".join(block.text for block in document.blocks)))
    if (
        document.title_source != "text"
        or SERIES_AT_END.search(document.title)
        or len(re.findall(f"[{HAN}]", title)) < MIN_UNRELATED_HEADLINE_CHARS
        or len(text) < MIN_UNRELATED_TEXT_CHARS
        or echo(title, text) > 0
    ):
        return documents
    dropped.append(DroppedLine(document.title, "网页杂项"))
    blocks = list(document.blocks)
    kind = document_kind(fallback_title, blocks, titled=False)
    year = document_year(fallback_title, blocks, kind)
    return [replace(document, title=fallback_title, kind=kind, year=year, title_source="file")]
