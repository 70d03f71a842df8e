"""Web junk learnt from data: a small logistic model over the features of a line (its characters,
length, punctuation, digits, site words, buttons, news credits, position in the file and against the text's
sentences (the page's head and foot), whether it reads as plan prose,
how often it repeats in the file, how many short lines stand in a run with it (a list's, or a caption alone), whether
a sentence of the text follows it,
how many other files of the library hold it), trained on the tune half of the annotated real-world set by
``python -m benchmarks.train_junk`` and shipped as coefficients in ``nlp/data/junk_model.json`` (nothing is
downloaded; the trainer is deterministic and a test retrains it and compares).

The model judges short lines only; the rules in ``clean`` still judge page furniture and promo
sentences, and a long line loses only its junk sentences. A line that reads as plan prose is never
the model's to drop (see ``judged``). Every line the model drops comes with its reason: the feature
that weighed most for junk.

How many other files of the library hold a line is the library's business: the caller passes the
counts in (``Library.line_files`` at an import, the other tune files in training); none means the
file is the library's first.
"""

from __future__ import annotations

import json
import math
import re
import zlib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from nlp.library import linear
from nlp.library.linear import LinearModel
from nlp.library.markers import (
    ADDRESS,
    AUDIENCE,
    BARE_SERIES,
    BRACKETED_ASIDE,
    CHARTER_AMENDMENT,
    CHARTER_LABEL,
    CN_NUMBER,
    DOCUMENT_NUMBER,
    FIELD_LABEL_CHARS,
    FIELD_WITH_VALUE,
    FILE_EXTENSION,
    ITEM_TITLE,
    MARKER,
    PART_LABEL,
    PART_NUMBER_LINE,
    POST_WORDS,
    SIGNATURE_DATE,
    SITE_GRADE,
    event_field,
    is_headline_over_sub_headline,
    is_title_line,
    label_alone,
    month_schedule,
    named_by,
    opens_article,
    opens_first_section,
    opens_list,
)
from nlp.library.script import PINYIN_GLOSS, analysis_form
from nlp.models import Step, no_step
from nlp.resources import HAN, SURNAMES

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "junk_model.json"
HASH_BUCKETS = 4096
# What a line's character grams weigh together, against named features scaled to one standard deviation: their shares
# of the line (each at most 1/length) alone are so small that the fit's regularisation gave them no weight (the model
# caught the same without them, round 19); at 8 a gram that chrome shares across sites counts (model19: cross-validated
# caught .920 -> .925; 10 and more lift single words of the text, 计划, toward the threshold). A setting of the model file:
# a model made with another weight is not read.
GRAM_WEIGHT = 8.0
TABLE_CELLS = 3
# A cell of a page's table of fields, its label and its value (索 引 号：769492411/2016-00122, 主题分类：综合政务…).
CELL_FIELD = re.compile(r"(?:^|[|｜])\s*[^|｜：:]{1,6}[：:]\s*[^|｜\s]")
MAX_JUDGED_CHARS = 60  # longer lines are paragraphs: junk in them is judged by the sentence
MIN_SITE_WORDS = 2  # distinct site words that make a line of prose words a site's notice
# A headline, as the structure takes one for a title: one clause of this many characters over a longer paragraph; a
# news headline may have a subtitle after a colon or a dash (…主题党日活动：深入学习…, …新蓝图——…联席会).
MIN_HEADLINE_CHARS = 8
MAX_HEADLINE_CHARS = 60
# A unit's name as a line or a field's subject ends (…区总工会, …小学): see ``HEADLINE_STOPS``, ``SIGNATURE``.
UNIT_NAME = r"(?:工会|医院|学校|中学|小学|幼儿园|社区|街道|支部|党委|公司|集团|委员会)"
# nor a field (来源：…) nor a menu of four or more words (网站首页 个人文档 个人总结 工作总结)
# (a year before the colon is a section's, not a field's label: 2024：四维度诠释工会担当; nor is a unit's name, the subject
# of a news headline: 历下区总工会：服务赋能聚人心 文化引领展风采); a dot between digits is a day's (庆祝5.12国际护士节, rw672), no
# sentence's stop, and a headline may ask (2025年党建工作面临新挑战？如何强化政治引领是关键, rw661); phrases parted by single
# underscores are a page's keywords (中文字幕…_香蕉视频…_在线v片…, a hijacked site's spam over the headline, rw334)
HEADLINE_STOPS = re.compile(
    r"[，。；！,;!|｜]|(?<!\d)\.|\.(?!\d)|[：:].*[：:]|[：:]$|(?:[^_\s]_(?=[^_\s]).*){2}"
    rf"|^(?!(?:19|20)\d{{2}}\s*[：:])(?![^：:]{{0,4}}{UNIT_NAME}[：:])[^：:]{{0,6}}[：:]|(?:\s+\S+){{3}}"
)
# A headline of two phrases parted by one bar, a column's name or a meeting's and its headline (护理资讯 | 西苑医院召开2023年度
# 护理工作总结大会, 六届五次职代会工代会分团讨论|凝心聚力集智 共享美好未来（二）): each phrase read as a headline is; a
# site's row of links (手机版 | 网站地图) has short words, its fields (信息来源:…| 发布时间…) their colons.
HEADLINE_BAR = re.compile(r"\s*[|｜]\s*")
# A headline's couplet, two short phrases parted by a comma, over its dashed sub-headline on the same line (夏日送清凉，关爱
# 沁人心——海港区…社区工会驿站为环卫工人送上“清凉礼包”, rw1039): one headline, the comma no sentence's.
COUPLET_BEFORE_DASH = re.compile(r"^([^，,。；！？\s]{2,10})[，,]([^，,。；！？\s]{2,10}——[^，,。；！？]{4,})$")
MIN_BAR_PHRASE_CHARS = 4
# A page's title over its text has this many characters at least (中秋巧遇教师节); a shorter line is a column's or a menu's.
MIN_PAGE_TITLE_CHARS = 5
# Letters spaced out, one a word (医 院 党 建 工 作 调 研 报 告): a PDF's spacing, not words side by side.
LETTER_SPACED = re.compile(r"\S(?: \S){3,}")
# A breadcrumb, the page's path to the text: columns parted by arrows (中國共產黨新聞網>>中國工會新聞>>工會資料,
# 汉中市第二人民医院>>医院新闻). An arrow inside angle brackets closes a book's title (关于<如何建设好我们的党支部>会议决定).
# Also a feature of the title model (``titles``): on the 554, its form with a lone arrow anywhere, ›, and 当前位置 /
# 您现在的位置 decided one title fewer right cross-validated (526 against 527) and, with round 17's junk features, read
# a book's title as a path and held the junk threshold at .95 (caught .74 against .92); the two forms joined caught .917.
BREADCRUMB = re.compile(r"^[^<＜]*\S\s*(?:>>|»|＞＞|>|＞)\s*\S")
BREADCRUMB_ARROW = re.compile(r"\s*(?:>>|»|＞＞|>|＞)\s*")
# A row of four or more words parted by spaces, no clause of prose (乡镇(街道)分站: 苏湾镇 栏杆集镇 柘皋镇 …, rw675): a site's
# menu over the headline, which neither ends the paragraphs a document opens with nor tells where its text starts, nor
# wraps into a line or takes one in (``clean``)
MENU_ROW = re.compile(r"^[^，。；！？,;!?]*?(?:\s+[^，。；！？,;!?\s]+){3,}$")
MAX_WIDGET_CHARS = 8
# a title says something in Chinese, a word at least (its letters spaced out or not: 医 院 党 建 工 作 调 研 报 告)
HAN_WORD = re.compile(rf"[{HAN}]{{2}}")
MAX_WIDGET_LINES = 3
MIN_PARAGRAPH_CHARS = 30  # the paragraph under a headline is longer than this, and than the headline
MIN_SENTENCE_HAN = 6  # Chinese characters of a whole sentence of the text (会议要求抓好落实。)
MIN_PROSE_WORDS = 2  # distinct words of plan prose that, with a comma or a full stop, make a line plan prose
MAX_SECTION_LABEL_CHARS = 12  # a numbered section's label alone (三、活动地点), see ``_section_value``
MAX_LISTED_LINES = 12  # the items of a list a lead-in sentence introduces, at most (see ``_listed``)
MAX_CLOSED_LIST_LINES = 30  # or of one the text's next sentence closes
MIN_LIST_LEAD_IN_CHARS = 12  # Chinese characters of a sentence that leads into a list (see ``introduces_a_list``)
HAN_CHAR = re.compile(f"[{HAN}]")
# A word of English, and how many open a paragraph of English prose (a bilingual page's English version of its text).
ENGLISH_WORD = re.compile(r"[A-Za-z][a-z']+")
MIN_ENGLISH_PARAGRAPH_WORDS = 12
# Two words of English or more, parted by single spaces, one lower-case word among them: a phrase of a language
ENGLISH_PHRASE = re.compile(
    r"(?<![A-Za-z0-9])[A-Za-z][a-z']*(?: [A-Za-z][a-z']*)*(?: [a-z][a-z']+)(?: [A-Za-z][a-z']*)*(?![A-Za-z0-9])"
)
LATIN = re.compile("[A-Za-z]")
ACRONYM = re.compile(f"(?<![A-Za-z])[A-Z]{{2,6}}(?=[{HAN}])")  # an acronym's capitals before its Chinese (CYTA网球联赛)
# a first-level entry after a space or straight after a title's genre word (…计划和目标一、工作计划)
INLINE_ENTRY = re.compile(r"(?:\s|(?<=[划结标案点排]))[一二三四五六七八九十]{1,3}、\S")
# A bracketed head glued to the text it opens (【社区服务活动总结】在过去的…), or a title in book-title marks alone on its
# line, a subtitle after its colon (《社区新时代文明实践站半年工作总结：点亮文明之光，共建和谐社区》, rw627).
BRACKETED_HEAD = re.compile(r"^【(?P<head>[^【】]{4,48})】|^《(?P<title>[^《》]{4,60})》$")
TITLE_PARTS = re.compile(r"[：:]")
# A word of a few Chinese characters alone (see ``_cut_word``).
CUT_WORD = re.compile(rf"[{HAN}]{{1,4}}")
# A field's label alone, or a row of them (出版：更新：, zh.hk01.com's stamps): the ``empty_field`` feature.
FIELD_LABEL = label_alone(*FIELD_LABEL_CHARS, row=True)
FIGURE = re.compile(r"\d+(?:\.\d+)?%?")  # a number alone on its line, a table's cell
MIN_FOOT_FIELDS = 2  # empty fields in a row that end a page (see ``judged_contexts``)
# An event's date field with its date (日期:2022年9月6日(星期二)時間:…, 活动时间：3月12日上午): under each event of a programme.
EVENT_DATE_FIELD = re.compile(r"^(?:活动)?(?:日期|时间|時間)[：:]\s*(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日")
MIN_PROGRAMME_EVENTS = 2
MIN_NAMED_CHARS, MAX_NAMED_CHARS = 3, 12  # a term of the text's own a line may stand alone as (理事會, 職工福利委員會)
# A web address alone, and a sentence that ends by sending the reader to a site (…可参考劳工福利资讯网, 请登录…平台查询：), or a
# field that names the way online (報名方式:線上報名 over the form's address, rw1692).
LINK_ALONE = re.compile(r"https?://[\w./?=&%#:-]+")
POINTS_TO_SITE = re.compile(
    r"(?:(?:参考|参阅|详见|请至|登录|访问|查询|浏览)[^。！？]{0,30}(?:网|网站|网址|平台|系统)|(?:线上|网上|在线)(?:报名|申请|填写|填报))[：:]?$"
)
# An entry of a schedule by the hour: a time of day, then what happens at it (8:00集合出发, - 14:00 自由活动), its day and part
# of the day before it as a programme of several days writes them (5月12日早上6:30集合完毕, rw1906; a site's stamp writes no
# part of the day); a file with at least ``MIN_SCHEDULE_ENTRIES`` of them lays out its day so, as a site stamps no time
# before words of an event.
CLOCK = r"(?:[01]?\d|2[0-3])[:：][0-5]\d"  # a time of day (8:00, 14：30)
SPAN_TO = r"\s*[-—–~～至到]\s*"
PART_OF_DAY = r"(?:\d{1,2}月\d{1,2}日)?(?:早上|早晨|上午|中午|下午|傍晚|晚上)"
SCHEDULE_ENTRY = re.compile(rf"^(?:[-–•]\s*)?(?:{PART_OF_DAY})?{CLOCK}(?:{SPAN_TO}\d{{1,2}}[:：]\d{{2}})?\s*[{HAN}]")
MIN_SCHEDULE_ENTRIES = 2
# A span of the day alone (8:00~9:00, a schedule's time cell off its row, rw893): a site stamps a post's moment, never a
# span of hours.
TIME_SPAN = re.compile(rf"^{CLOCK}{SPAN_TO}{CLOCK}$")
# A line that opens with such a span is a schedule's entry, its cells after it or not (11:40~12:00 |贈 送 禮 品|發放對象, a
# flattened row of a programme, held the threshold of a model trained without rw1675-rw1714 at .78, gen24m).
SPAN_OPENING = re.compile(rf"^{CLOCK}{SPAN_TO}{CLOCK}")
LABELLED_ITEM = re.compile(r"^[^，。；！？,.;!?\s：:]{1,8}[：:]\S")  # 一等奖：ICU麻醉联队


# A sentence with its closing punctuation (and a closing quote or bracket after it).
SENTENCE = re.compile(r"[^。！？!?]*(?:[。！？!?]+[”’」』）)]?|$)")
SENTENCE_STOPS = ("。", "！", "？")  # the full-width marks a sentence of the text ends with
# Prose has commas and full stops; a page's footer has fields: 地址：…号 热线电话：…邮编：… QQ:…鄂ICP备…号
PROSE_PUNCTUATION = re.compile(r"[，。；！？,;]")
FIELD = re.compile(r"\S+\s*")


# What a page glues before a paragraph's first clause, no clause of its own (no comma, no stop), up to this many characters:
# a tag, a credit or a label in brackets (【企媒创氪快讯】, (記者吳素貞/澎湖報導), 「本文来源:工人日报」), a dateline with its
# byline in brackets (九江新聞網訊(楊美英), 中国新报(通讯员 胡伟雄)) or its 讯 alone (本報(bào)訊8月28日，…), a reporter's credit
# before the report's day (工人日报客户端记者田国垒通讯员刘家龙葛红普1月6日上午，…): the text's first clause opens after it.
MAX_GLUED_LEAD_CHARS = 40
MIN_LEAD_REST_CHARS = 12  # the paragraph after a glued lead: its first clause and more
CLAUSE_STOP = re.compile(r"[，。；！？,;!?]")
OPENING_BRACKETS, CLOSING_BRACKETS = "(（【「〔［[", ")）】」〕］]"
# where a glued piece may end: after a bracket, a dateline's 讯 or 电 before a space or the day, a report's 报道 before a
# space, or before the report's day
LEAD_END = re.compile(
    r"[)）】」〕］\]]|[讯訊](?=\s|\d)|(?<=日)[电電](?=\s|\d)|(?:报道|報導|报导)(?=\s)"
    r"|(?<=\S)(?<![\d年])(?=(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日)"
)
# a tag's, a source's or a report's word that, beside ``NEWS_CREDIT``'s, makes a bracketed lead the page's (【企媒创氪快讯】,
# 「本文来源：工人日报」, 【記者陳楷立/高雄】); a bracketed label with none (【政策推動】, rw1536) is the text's heading
LEAD_WORD = re.compile(r"讯|来源|报道|报导|转自|转载")
QUOTATION_CLOSE = re.compile(r"[”’]")  # a quotation's close: 「」 are a lead's brackets too (「本文来源:工人日报」)
# What a paragraph's tail after its last stop holds when it is the page's: a bar or a slash (a widget's, a credit's). Not
# Latin letters: a mirror's gloss cut by the page (yōu)榱藨, rw861) and a date written with a letter O (二O一四年五月五日,
# rw656) are the text's, and each held a retrained model's threshold at .95 (gen23j).
GLUED_TAIL = re.compile(r"[|｜/／]")
MAX_GLUED_TAIL_CHARS = 30
# A person's name alone: a common surname and one or two characters (``clean`` asks the dictionary too: 王晓丽, not 高度)
PERSON_NAME = re.compile(rf"^[{''.join(sorted(SURNAMES))}][{HAN}]{{1,2}}$")
# A person's post and name alone on a line (工会主席  曲卫君 under a work report's title, rw2348; 主席:马兴友 in minutes,
# rw317): the text's speaker or signer, never a site's credit, which names its writer by a credit word or their unit
# (记者 …, 景德镇市梨树园小学 齐玉婷: ``WRITER_CREDIT``).
POSTED_NAME = re.compile(rf"[{HAN}]{{0,12}}?副?(?:{POST_WORDS})(?:\s+|\s*[:：]\s*)[{HAN}]{{2,3}}")
# A tail's credit words besides ``NEWS_CREDIT``'s (…提供, …摄, 供图), and a bracketed aside of names or units alone ((制造部李玲),
# (罗雅丹、谢姣), (乐雅社工——熊福如)): no outline's number ((十一)), no reference to an appendix ((附件二)), no mark of a
# text's state ((续), (完), (试行)), no clause of the text's ((每两周出一期校刊、班刊), rw155).
TAIL_CREDIT = re.compile(r"提供|摄|供图|撰稿|翻摄")
PHOTO_CREDIT_WORD = re.compile(r"提供|摄|供图|[图]\s*[/／:：]")
MIN_CAPTIONED_SENTENCES = 2  # a line of one sentence and a photo's credit (the tail is the line's second piece)
TAIL_ASIDE = re.compile(rf"[（(][{HAN}][^（）()]{{0,28}}[）)]")
TAIL_UNIT = "工会|办公室|委员会|党委|支部|部|办|处|委|室|局|院|系|科|中心|公司|社区|街道|学校|小学|中学|医院|社工"
TAIL_NOT_NAME = re.compile(r"^[一二三四五六七八九十百零〇]+$|附件|附表|续|完|略|节选|试行|草案")
MAX_NAME_CHARS = 4
STAMP_LABEL_END = re.compile(r"(?:更新|时间|日期|[：:])\s*(?:(?:19|20)\d{2}年?)?$")
DATELINE_TAG = re.compile(r"[讯电]\s*$|[讯电]\s*[(（][^()（）]*[)）]\s*$")
REPORT_DAY_AHEAD = re.compile(r"(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日")

# A gambling site's advertisement an SEO spammer splices into a hijacked page's sentence, in place of the unit's name or
# after a headline (12月29日，菠菜资源平台大全在…召开, 为尊龙凯时的高质量生长作出…, 填寫《9001cc金沙以誠為本黨支部…申報書》,
# …等方面下功夫爱游戏体育全站app，因地制宜…, 解读的《必发9988集团“十四五”发展规划》, 3月8日，mg老虎机_老虎机游戏-轮盘赌博专家推荐卫计局…):
# whatever the casino, one shape. A chain of the casino's pieces glued together (joined by - _ · at most): its brand, its
# lucky letters and numbers, its site's words (官网, 入口, 网页版, app, 登录, 下载, …) and its slogan. A brand no work plan writes
# (威尼斯人, 美高梅, 葡京) is an advertisement alone; a brand a text may write otherwise (金沙 a county, 永利 a given name, 必发 in
# 务必发挥, 九州, 皇家) or a word of gambling (a safety plan's 打击赌博) only with a piece no sentence glues to a name: another
# brand, Latin letters, a domain, a site's word, a number of five digits or more, or a shorter one with its 集团 or a site's
# word beside it (必发9988集团; not 务必发2000份). On the raw lines of the 1634 tune files of round 24 the shape takes 52 chains,
# every one a casino's (rw952's annotated without the dash before it), and no brand's word of a text (九州通药业, 任永利,
# 一触即发的汛情, 棋牌桌).
GAMBLING_WORD = (
    r"全[讯訊]白菜[网網]?|[现現]金棋牌|[电電]子[游遊][戏戲][网網]站|威尼斯人|美高梅|新?葡京|尊[龙龍][凯凱][时時]|[凯凱][时時]尊[龙龍]"
    rf"|狗[万萬]|九[游遊][会會]|(?:菠菜|庄闲|莊閒|百家[乐樂])[{HAN}]{{0,4}}?(?:平台|[网網]站|[导導]航|[论論]壇|论坛|官?[网網])"
    # or a lottery's: Hong Kong's Mark Six (…迎接中国共产党香港六和合资料第七次党员代表大会…, rw1688; 六合 alone is a place)
    r"|(?:香港|澳[门門])?六(?:和合|[合和]彩)(?:[资資]料|[开開]奖|图库)?|(?:香港|澳[门門])六合(?:[资資]料|[开開]奖|图库)"
)
# a brand, or a word of gambling a text may write against it (打击赌博违法犯罪, 取缔老虎机): a casino's with a site's piece
GAMBLING_BRAND = (
    r"老虎[机機]|[轮輪]盘(?:[赌賭](?!博))?|[赌賭]博|博彩|[赌賭][场場城]|百家[乐樂]|盘口|盤口"
    r"|威尼斯|永利|金沙|太[阳陽](?:集[团團])?城|必[赢贏]|必威|[凯凱][发發]|[凯凱][时時]|尊[龙龍]|利[来來]|必[发發]|米[乐樂]|[伟偉]德"
    r"|[爱愛][游遊][戏戲]|[开開][云雲]|[乐樂][鱼魚]|[华華][体體][会會]|[亚亞]博|[万萬]博|新濠|皇家|九州|[专專]享[会會]"
    # a Macau casino's name and its VIP room, words a text writes otherwise (银河煤业公司, rw1702; an airport's 贵宾厅) and a
    # casino's with its site's piece (…活动是银河贵宾厅网址大全别具特色的…, rw2378), and the Crown's (皇冠) with its code or
    # number (12月7日，HG0086皇冠召开分工会委员工作会议, rw1892; 皇冠428428娱乐…有限公司, rw1996), not a hotel's 皇冠假日
    r"|[银銀]河|[贵貴][宾賓][厅廳]|皇冠"
    # a live dealer's casino, its provider's letters before it (ag真人国际官网集团…, rw1847; OG真人工会委员会…, rw1667), not a
    # text's 真人 (真人假髮, rw1181)
    r"|真人"
    # and the Latin names the same casinos go by (bet365官网, bwin必赢…, 狗万manbet官网)
    r"|(?<![A-Za-z])(?i:bet365|bwin|betway|manbetx?|dafabet|fun88|vwin|188bet|12bet|kaiyun|leyu)(?![A-Za-z])"
    # or a name not in this list, by where it stands: before a casino's entrance (九州官方入口, XX娱乐城), in Chinese or in
    # Latin letters, its platform or site named between or not (bob官方平台入口 ten times in place of a hospital's name,
    # rw2417; a footer's 半岛·BOB官方网站入口, rw1409; an app's 官方入口 names no casino), or between the casino's number and
    # its app (-m6米乐网页版)
    rf"|(?:[{HAN}]{{2}}|(?<![A-Za-z])(?!(?i:app)(?![A-Za-z]))[A-Za-z]{{2,8}})(?=官方(?:平台|[网網]站)?入口|官[网網]入口|[娱娛][乐樂]城)|(?<=\d)[{HAN}]{{2,4}}?(?=[网網][页頁]版|手[机機]版|客[户戶]端)"
)
# a casino site's own words: those no sentence glues to a name (``AD_SITE``), and those a text writes too (``AD_WORD``)
AD_SITE = (
    r"官方[网網]站|官方平台|官方入口|官[网網]入口|官[网網]|入口|[网網][页頁]版|手[机機]版|客[户戶]端|登[陆陸录錄]|注[册冊]|下[载載]"
    # (its latest address or download, 最新 before either: …《中共betway手机最新下载 委员会…》 in place of a university, rw2512)
    r"|最新(?:地址|下[载載])|[网網]址|在[线線][网網][页頁]|[娱娛][乐樂]城|全站|一触即[发發]|一觸即發|人生就是博|天生[赢贏]家|以[诚誠][为為]本|老牌|[（(](?:中[国國]|China)[）)]"
)
AD_WORD = r"手[机機]|唯一|中[国國]|[体體]育|[娱娛][乐樂]|[游遊][戏戲]|[国國]际|國際|平台|大全|[专專]家推荐|推荐|推薦|地址|大?澳[门門]"
# its domain (www.3700.COm威尼斯分工会, rw1172), its letters with their digits (wns885566, 9001cc, m6), its lucky number with
# its group after it or not (必发9988集团, Royal皇家88集团; a site's 集团 is the unit's: 《庄闲和对子网站集团2012年…计划》, rw254)
AD_DOMAIN = r"(?i:(?:www\.)?[a-z\d-]+(?:\.[a-z\d-]+)*\.(?:com|net|cn|org|cc|vip|top|xyz|me|tv|co))(?![A-Za-z])"
AD_LETTERS = r"[A-Za-z][A-Za-z\d]*|\d+[A-Za-z][A-Za-z\d]*"
AD_PIECE = re.compile(
    rf"(?P<word>{GAMBLING_WORD})|(?P<brand>{GAMBLING_BRAND})|(?P<site>{AD_SITE}|{AD_DOMAIN})|(?P<letters>{AD_LETTERS})"
    rf"|(?P<digits>\d{{2,}}(?:集[团團])?(?![\d年月日号號]))|(?P<other>{AD_WORD})"
)
AD_CHAIN = re.compile(rf"[-_·]?(?:(?:{AD_PIECE.pattern})[-_·]?)+")
# a casino's name or a word of gambling anywhere in the line: without one no chain is an advertisement (a chain's pieces
# are matched inside the chain, with less context than here), so most lines are passed over at one search
AD_NAME = re.compile(rf"{GAMBLING_WORD}|{GAMBLING_BRAND}")
MIN_AD_DIGITS = 5
# A casino no list names, by its dress alone: its code of letters and digits (bat365, mg4355) with two of its site's
# words or more (官网登录入口: …发挥党员先进性,bat365官网登录入口本科生第五党支部…, rw2253), or one and a word a text writes too
# (《beat365手机官方网站基层党支部…建设计划》, rw2221). On the tune files' lines the shape
# takes seven chains, every one a casino's (rw198's K8凯发…一触即发, rw1887's 永利6774app手机版官网, rw2253's, rw2221's two).
AD_CODE = re.compile(r"[A-Za-z][A-Za-z\d]*\d|\d+[A-Za-z][A-Za-z\d]*")
MIN_AD_SITE_WORDS = 2


def gambling_ads(text: str) -> list[tuple[int, int]]:
    """Where a gambling site's advertisement is spliced into ``text`` (see ``GAMBLING_WORD``): (start, end) of each chain
    of a casino's pieces that holds a name no work plan writes, or a brand or a word of gambling with a piece no sentence
    glues to a name."""
    spans = []
    if not AD_NAME.search(text) and not (AD_CODE.search(text) and re.search(AD_SITE, text)):
        return spans
    for chain in AD_CHAIN.finditer(text):
        pieces = list(AD_PIECE.finditer(chain.group()))
        kinds = {piece.lastgroup for piece in pieces}
        coded = any(piece.lastgroup == "letters" and AD_CODE.fullmatch(piece.group()) for piece in pieces)
        site = sum(piece.lastgroup == "site" for piece in pieces)
        if coded and site and site + sum(piece.lastgroup == "other" for piece in pieces) >= MIN_AD_SITE_WORDS:
            spans.append(chain.span())
            continue
        numbers = [piece.group() for piece in pieces if piece.lastgroup == "digits"]
        brands = sum(piece.lastgroup == "brand" for piece in pieces)
        dressed = (
            brands > 1
            or bool(kinds & {"site", "letters"})
            or any(len(number) >= MIN_AD_DIGITS or not number.isdigit() or "other" in kinds for number in numbers)
        )
        if "word" in kinds or ("brand" in kinds and dressed):
            spans.append(chain.span())
    return spans


def units(text: str) -> list[str]:
    """What the model judges in a line: the line when short, else its sentences (a junk sentence in a
    paragraph, or on a page written on one line, goes alone)."""
    if len(text) <= MAX_JUDGED_CHARS:
        return [text]
    if not PROSE_PUNCTUATION.search(text):  # fields, not sentences: a footer the reflow glued into one line
        return [field for field in FIELD.findall(text) if field.strip()]
    return [sentence for sentence in SENTENCE.findall(text) if sentence]


def glued_lead_of(text: str) -> str:
    """What the page glued before a paragraph's first clause (see ``MAX_GLUED_LEAD_CHARS``), the longest piece of a lead's
    shape (``_lead_shape``: a dateline's tag, a credit or a source in brackets, a reporter's credit before the day), or the
    empty string; nothing when the paragraph opens with an outline entry's marker (（一）, 1.: the text's own). At first
    contact on the sites of rw1145-rw1564 every lead of that shape was the page's, and on the raw lines of rw001-rw1594 97
    of 97 (two datelines the annotations missed: 中工网讯, rw162; 中國電力網訊, rw809)."""
    if not PROSE_PUNCTUATION.search(text) or MARKER.match(text.strip()):
        return ""
    stop = CLAUSE_STOP.search(text)
    lead = text[: min(stop.start() if stop else len(text), MAX_GLUED_LEAD_CHARS)]
    cut = max(
        (
            end.end()
            for end in LEAD_END.finditer(lead)
            if len(text) - end.end() >= MIN_LEAD_REST_CHARS and _lead_shape(text[: end.end()], text[end.end() :])
        ),
        default=0,
    )
    # a headline the page glued before the lead, its quotation closed (平昌县元沱小学庆祝“三八妇女节”教育文摘周报3月9日四川讯 在这个…,
    # rw1703): no tag's, credit's or source's words quote, the lead starts after it
    start = max((m.end() for m in QUOTATION_CLOSE.finditer(text, 0, cut)), default=0)
    return text[start:cut] if start and _lead_shape(text[start:cut], text[cut:]) else text[:cut]


# A site's or a wire's mark that the text ends there ((完), (正文已结束), (全文完)): alone on its line or glued after the last
# sentence's stop, the page's.
END_MARK = re.compile(r"[（(](?:正文|全文|本文)?(?:已?结束|完)[）)]")


def glued_tail_of(text: str) -> str:
    """What the page glued after a paragraph's last stop in a credit's shape, or the empty string: a bracketed aside of
    names or units alone after a paragraph of several sentences (…的热情。(制造部李玲), …。(涉外护理系)), or a credit's words
    with its name, no clause and no list (…。/ 新会 供图, …。本报记者 张丹 通讯员 武慧媛 摄影报道; not …、书画摄影展、微, rw434,
    the excerpt's cut list). On the raw lines of rw001-rw1594, 62 such tails were the page's, none the text's (a figure's
    reference, (見圖1), and a field, (活动时间:2022年全年), have digits; an outline's number, (十一), is the next entry's).
    A site's end mark (``END_MARK``) after a sentence is the page's too."""
    sentences = [sentence for sentence in SENTENCE.findall(text) if sentence.strip()]
    if len(sentences) >= 2 and END_MARK.fullmatch(sentences[-1].strip()):
        return sentences[-1]  # …弘扬了社会“正能量”。(完) (rw1900): the report's end mark
    if len(sentences) < 2 or CLAUSE_STOP.search(tail := sentences[-1]) or len(tail.strip()) > MAX_GLUED_TAIL_CHARS:
        return ""
    form = analysis_form(tail).strip()
    if form.endswith(("：", ":")):  # a lead-in to what follows (這些網站通常會提供:, rw1016)
        return ""
    credits = [m.end() for p in (NEWS_CREDIT, LEAD_WORD, TAIL_CREDIT) for m in p.finditer(form)]
    # the credit's name after its last word, no headline glued after it (…記者李雪麗攝均頭奉茶敬師 秋夜同樂, rw830)
    credit = (
        credits
        and not ENUMERATION.search(form)
        and (TAIL_ASIDE.fullmatch(form) or len(HAN_CHAR.findall(form[max(credits) :])) <= MAX_NAME_CHARS)
    )
    # after a line of one sentence, a photo's credit makes the line a caption, the page's whole (…揭幕儀式。(花蓮慈濟醫院提供),
    # rw714: the line's rules judge it), and a bare name or unit may be the sentence's aside ((王明) after 会议由工会主席主持。):
    # a byline closes a report of several sentences
    one_sentence = len(sentences) <= MIN_CAPTIONED_SENTENCES
    if credit and one_sentence and PHOTO_CREDIT_WORD.search(form):
        return ""
    parts = [part for part in re.split(r"[\s、—·]+", form[1:-1]) if part]
    names = (
        not one_sentence and TAIL_ASIDE.fullmatch(form) and all(_name_or_unit(part, len(parts) > 1) for part in parts)
    )
    return tail if credit or names else ""


def _name_or_unit(part: str, listed: bool) -> bool:
    """A unit's name, a person's glued after it or not (制造部李玲, 常州市…总工会), or a person's name: of two to four
    characters among other names ((邱晶晶 朱思平)), alone one of a common surname ((张婷婷); not (提前预约), a seed's note
    after its sentence)."""
    if re.fullmatch(rf"[{HAN}]{{0,16}}(?:{TAIL_UNIT})(?:[{HAN}]{{2,3}})?", part):
        return True
    name = re.fullmatch(rf"[{HAN}]{{2,{MAX_NAME_CHARS}}}", part) if listed else PERSON_NAME.match(part)
    return bool(name) and not TAIL_NOT_NAME.search(part)


def _lead_shape(piece: str, rest: str) -> bool:
    """Whether ``piece``, glued before ``rest``, has a lead's shape, its brackets closed (read without a mirror's pinyin
    glosses): a dateline's tag (…讯, …日电) with its byline in brackets or not, a bracketed group with a credit's, a tag's or
    a source's word, or a credit's words before the report's day."""
    form = analysis_form(piece).strip()
    if len(form) < 2 or _bracket_depth(form) != 0:
        return False
    credited = bool(NEWS_CREDIT.search(form) or LEAD_WORD.search(form))
    return (
        bool(DATELINE_TAG.search(form))
        or (form[-1] in CLOSING_BRACKETS and credited)
        # (not a post's stamp before its date, 编辑最后更新 2024年04月20日, 发布时间：2010年06月08日: the date is the stamp's)
        or (credited and bool(REPORT_DAY_AHEAD.match(rest.lstrip())) and not STAMP_LABEL_END.search(form))
    )


def _tail_shape(unit: str) -> bool:
    """Whether ``unit``, after a paragraph's last stop, no clause in it, has a tail's shape (the page's, not the text's
    words the excerpt cut: …供您参考——, rw1144): short, a credit's or a source's words, a person's name alone (…格外温暖。
    金雄风, rw1314), a bar or a slash; never a lead-in to what follows (…总结如下：) nor a list (…、书画摄影展、微, rw434)."""
    form = analysis_form(unit).strip()
    return (
        0 < len(form) <= MAX_GLUED_TAIL_CHARS
        and not form.endswith(("：", ":"))
        and not ENUMERATION.search(form)
        and bool(
            NEWS_CREDIT.search(form)
            or LEAD_WORD.search(form)
            or TAIL_CREDIT.search(form)
            or GLUED_TAIL.search(form)
            or PERSON_NAME.match(form)
        )
    )


def _bracket_depth(text: str) -> int:
    """How many brackets ``text`` leaves open (a closing one with none open counts against)."""
    depth = 0
    for char in text:
        depth += (char in OPENING_BRACKETS) - (char in CLOSING_BRACKETS)
        if depth < 0:
            return depth
    return depth


def inside_paragraph(line: list[str], k: int) -> bool:
    """Whether the ``k``-th unit of a line's units (``units``) is a sentence inside its paragraph, judged only as such
    (see ``judged``): a unit of a line of several, unless it is glued after the paragraph's last stop, no clause in it, in a
    tail's shape (``_tail_shape``: a credit, a site's name, a writer's name: …让这个重阳节格外温暖。金雄风, rw1314), judged as
    a line of its own would be."""
    unit = line[k]
    return len(line) > 1 and not (k == len(line) - 1 and not CLAUSE_STOP.search(unit) and _tail_shape(unit))


def judged(unit: str, in_paragraph: bool) -> bool:
    """Whether the model judges this unit: short, and not a title, a collection item's label nor a month
    of a schedule (the structure judges those: a duplicated or collection title is dropped there); not plan prose (see
    ``reads_as_plan_prose``) nor words to the audience (``ADDRESS``, ``AUDIENCE``); a sentence of a paragraph only when it reads as a
    site's notice (several site words besides channels: 微信, 电话), an outline entry or a line ending in 。 only when it has no word
    of plan prose, a line with a written-out date only when it has a site word, a sentence leading into a list, a plan's section label (具体措施：), an essay's part label (摘要, 引言) or an address to the audience (各位领导、同志们：) never
    (the text's own sentences and dates are never the model's to drop)."""
    unit = unit.strip()
    bracketed = BRACKETED_HEAD.match(unit)
    inside = (bracketed.group("head") or bracketed.group("title")) if bracketed else ""
    if inside and any(is_title_line(part) for part in TITLE_PARTS.split(inside)) and not SERIES.search(inside):
        # a title in brackets (【…总结范文参考】在过去的…, 《…总结：…》): the structure's title; a collection's (《…（汇总五篇）》)
        # is the page's
        return False
    form = analysis_form(unit)
    # a table row flattened to text (时间|活动内容|参加范围|…), or one cell a line (春节送温暖工程 春节联欢会 |), unless
    # its cells are a site's, one site word said twice too (关于我们 |版权声明 | 违法和不良信息举报电话：…, 留言与评论（共有 条评论）|),
    # or a news page's credits, buttons and fields (撰稿|包铁华摄影|胡波审核|黎卫平, 索 引 号：…|主题分类：…| |)
    site_words = _site_words(form)
    site_cells = (
        len(site_words) + len(NEWS_CREDIT.findall(form)) + len(BUTTON.findall(form)) + len(CELL_FIELD.findall(form))
    )
    if (unit.count("|") >= TABLE_CELLS or unit.endswith("|")) and site_cells < MIN_SITE_WORDS:
        return False
    # a paragraph's own sentence (按时召开好职代会。), however short, or an outline entry of plan prose; the channels a
    # unit reaches people by (通过微信群、电话短信…, 利用…微信群、公众号等平台发布…) are the text's words too, so such a
    # line is a site's notice by its other site words only
    notice_like = len(set(site_words) - CHANNEL_WORDS) >= MIN_SITE_WORDS
    # a bracketed aside after a sentence, no clause in it (a byline, (总承包公司 吴敏), rw783; a photo's credit, (池雅蓉摄)) is
    # judged as a line of its own would be; a sentence of
    # a paragraph told by its writer in the first person (``NARRATOR``) that names reading and browsing a site (三年间，从被动
    # 阅读到主动探知，从看纸质刊物到浏览网站，我被…感染。) is the text's, unless it speaks to the reader or of the site itself
    # (``SITE_VOICE``)
    notice_in_paragraph = notice_like and not (NARRATOR.search(form) and not SITE_VOICE.search(form))
    if (
        in_paragraph
        and not notice_in_paragraph
        and not _credit_after_text(form)
        and not BRACKETED_ASIDE.fullmatch(form)
    ):
        return False
    if (MARKER.match(unit) or unit.endswith("。")) and PROSE_WORDS.search(form) and not notice_like:
        return False
    # an item of the text's list closed by its semicolon (利用社区公告栏、微信公众号等平台发布垃圾分类相关信息；, rw1235): a site
    # ends no line of its chrome so
    if unit.endswith(("；", ";")) and len(HAN_CHAR.findall(form)) >= MIN_SENTENCE_HAN and not notice_like:
        return False
    # a sentence of three clauses or more with no site word at all (護理人員是為數最多的醫事人力，目前因護理人員短缺，許多病房閒置、
    # 關閉，導致…延誤耽擱。, a page's one sentence under its headline): prose of any trade, never a button
    if unit.endswith("。") and form.count("，") + form.count(",") >= MIN_CLAUSE_BREAKS and not site_words:
        return False
    if (
        reads_as_plan_prose(form)
        or reads_as_slogan(form)
        or reads_as_spaced_prose(form)
        or introduces_a_list(form)
        or PLAN_LABEL.match(form)
        or PART_LABEL.match(form)
        or ADDRESS.match(form)
        or AUDIENCE.match(form)
    ):
        return False
    # a template's field left for its user (编制人：[姓名], 地点：XXX广场), a line with a masked slot (XX国家森林公园 under its
    # label) or a form's mark to sign or stamp (（盖章）): a site fills its fields in (网址：www.xx.com)
    if (BLANK_FIELD.match(form) or MASKED_SLOT.search(form) or SIGN_HERE.match(form)) and not CONTACT.search(form):
        return False
    # a person named by a post (``POSTED_NAME``) or a charter's amendment record (``CHARTER_AMENDMENT``): the text's own
    if POSTED_NAME.fullmatch(form) or CHARTER_AMENDMENT.match(form):
        return False
    # the document's own date (2022年1月修订, 2021115, a day cut before its 日: 3月8), a template's year slot (xx年上半年工作回顾), a year over its work (2025
    # 工作谋划), a card's year field (年度2019) or an official document's number (湖卫健发〔2023〕1号, ``DOCUMENT_NUMBER``): a site
    # stamps real dates
    own_date = (
        WRITTEN_DATE.search(form)
        or YEAR_SLOT.search(form)
        or YEAR_OVER_WORK.match(form)
        or YEAR_FIELD.match(form)
        or COMPACT_DATE.fullmatch(form)
        or COMPACT_TERM.fullmatch(form)
        or DOTTED_DAY.search(form)
        or CUT_DAY.fullmatch(form)
        or DOCUMENT_NUMBER.search(form)
    )
    if own_date and not SITE_WORDS.search(form):
        return False
    if (
        BARE_SERIES.match(unit.strip("【】[]"))
        or month_schedule(unit)
        or PART_NUMBER_LINE.match(unit)
        or CHARTER_LABEL.match(unit)
        or opens_article(form)
        or SPAN_OPENING.match(unit)
    ):
        return False  # 【篇一】, 3月份, PART 01, 第一章 總則, 第1條 (法律依據, 本會會址…), 8:00~9:00: labels the structure reads
    if INLINE_ENTRY.search(form):  # outline run together (…计划和目标 一、工作计划1.…): the structure splits it
        return False
    return 0 < len(unit) <= MAX_JUDGED_CHARS and not is_title_line(unit) and not GENRE_TITLE.match(form)


def _credit_after_text(form: str) -> bool:
    """A news page's credits glued after the report's last sentence (…幸福感和归属感。本网通讯员：刘乃杉（编辑：东北亚）|,
    …并庄严宣誓。本报记者 张丹 通讯员 武慧媛 摄影报道): no sentence (its end mark, a comma), a credit's words; the paper's,
    judged as a line of its own would be. A sentence cut off by the page's end has its clauses, or a list of three things
    or more (年内常规举办教职工大合唱、书画摄影展、微, rw434: 摄影 a word of the list, no credit)."""
    return (
        not form.endswith(tuple("。！？!?"))
        and not PROSE_PUNCTUATION.search(form)
        and not ENUMERATION.search(form)
        and bool(NEWS_CREDIT.search(form))
    )


# Three things or more listed with 、 (大合唱、书画摄影展、微): the text's list.
ENUMERATION = re.compile(rf"[{HAN}]、[{HAN}]{{2,}}、")


def reads_as_plan_prose(form: str) -> bool:
    """A clause of plan prose: a comma or a full stop inside, several distinct words of plan prose and no
    site word of two characters (加强组织培训，提升工会干部的素质和能力). The model never judges it, whatever it scores: a veto
    that keeps content a model trained on a few hundred lines could drop."""
    return (
        bool(PROSE_PUNCTUATION.search(form[:-1]))
        and len(set(PROSE_WORDS.findall(form))) >= MIN_PROSE_WORDS
        and not _site_words(form)
    )


def reads_as_slogan(form: str) -> bool:
    """A headline of two or three clauses parted by spaces, each opening with a plan's verb (坚持科学民主管理 促进医院和谐
    发展) or parallel phrases of one length, four to seven characters (吐故纳新 再展宏图, 凝心聚力 奋力前行, a news headline's
    kicker over it: 巾帼新气象 建功新时代, rw1502; two a character apart: 把问题清单 变成幸福清单, rw1442; a byline's name has at most four, its unit seldom its name's length, and a
    site's menu names its columns or its genres): the text's, never the model's to judge; a site's menu (网站首页 个人文档
    个人总结) opens its words with no verb and holds a site's, a column's or a genre's words."""
    clauses = form.split()
    return (
        2 <= len(clauses) <= 3
        and (
            all(len(clause) >= MIN_SLOGAN_CLAUSE and SLOGAN_VERB.match(clause) for clause in clauses)
            or _parallel(clauses, PARALLEL_PHRASE)
        )
        and not _site_words(form)
    )


def _parallel(phrases: list[str], phrase: re.Pattern[str]) -> bool:
    """Two or three parallel phrases side by side, each of ``phrase``'s shape, no column's name nor title: a kicker's two
    halves may differ by a character (把问题清单 变成幸福清单, rw1442); three are of one length (a menu's links are not: 公众入口
    员工入口 返回引导页, rw1595)."""
    return (
        2 <= len(phrases) <= 3
        and max(map(len, phrases)) - min(map(len, phrases)) <= (1 if len(phrases) == 2 else 0)
        and all(phrase.fullmatch(p) and not COLUMN_NAME.search(p) and not is_title_line(p) for p in phrases)
    )


def _outline_kicker(above: str, text: str, following: str) -> bool:
    """Parallel phrases of three characters or more (``_parallel``) between an outline's heading and the paragraph under
    it (★感悟初心 / 交党费 学理论 / “不积跬步，…”会上，…。, rw1851): the heading's subheading, the outline's; a site's menu stands
    among its chrome, not between a heading of no clause and the text's paragraph."""
    form = analysis_form(text)
    return (
        bool(MARKER.match(above))
        and not PROSE_PUNCTUATION.search(above)
        and _parallel(form.split(), KICKER_PHRASE)
        and not _site_words(form)
        and not BUTTON.search(form)
        and is_text_sentence(following)
    )


def reads_as_spaced_prose(form: str) -> bool:
    """Prose a page wrote with spaces for its commas (台灣人口負成長時程 較前次推計 提前了3-4年足證台灣人口結構 快速地 老年化, rw955):
    three phrases or more parted by spaces, each of Chinese words, two of them clauses of ``MIN_SPACED_CLAUSE_HAN`` characters
    or more, a word of a sentence's grammar (``PROSE_PARTICLE``), no field's colon (…學校經營計畫 撰寫人：江惠真, a title and its byline, rw1488), no post's stamp, no site word, no
    contact: a site's menu or tags are short words, its list of other posts
    carries their dates. The text's, never the model's to judge (it held a model trained without 250 pages at .86, gen24m)."""
    phrases = form.split()
    han = [len(HAN_CHAR.findall(phrase)) for phrase in phrases]
    return (
        len(phrases) >= MIN_SPACED_PHRASES
        and min(han) >= 2
        and sum(count >= MIN_SPACED_CLAUSE_HAN for count in han) >= 2
        and bool(PROSE_PARTICLE.search(form))
        and not LABEL_COLON.search(form)
        and not DATE_TIME.search(form)
        and not CONTACT.search(form)
        and not _site_words(form)
    )


MIN_SPACED_PHRASES = 3
MIN_SPACED_CLAUSE_HAN = 6
# A word of a sentence's grammar (提前了, 快速地, 在愉快…中): a table's row of cells (春节送温暖工程 春节联欢会 第八届职代会第一次会议,
# rw005) or a menu names things, no clause.
PROSE_PARTICLE = re.compile(r"[的了地着过在是把被将并也都还又]")


def introduces_a_list(form: str) -> bool:
    """The text's own sentence that leads into a list: a clause with a comma inside, of many Chinese characters,
    ending in a colon, no site word of two characters (党支部作为党的基层组织，其基本任务是：). A site's field
    (字号：, 文本内容：) is short and has no comma; its lead-in to a collection has site words (以下是小编整理的…，欢迎阅读：)."""
    return (
        form.endswith(("：", ":"))
        and bool(PROSE_PUNCTUATION.search(form[:-1]))
        and len(HAN_CHAR.findall(form)) >= MIN_LIST_LEAD_IN_CHARS
        and not _site_words(form)
    )


def reads_as_own_prose(form: str) -> bool:
    """A sentence of the text's own prose runs in the line: ``MIN_OWN_CLAUSES`` clauses in a row of one sentence that
    ends, each of ``MIN_OWN_CLAUSE_HAN`` Chinese characters or more with no label's colon, no site word and no site's
    voice (``SITE_SELF``) (…[作者：… 更新時間：…]近日，中華全國總工會下發《…》，區總工會申報的…榜上有名，獲得…榮譽稱號。, rw975). What a
    site writes of itself in sentences speaks as the site in one clause of three at least (本網站使用相關技術…，同時尊重
    使用者隱私，…代表您同意…, 齐鲁晚报所有，任何媒体、网站或个人未经授权不得转载，…)."""
    for sentence in SENTENCE.findall(form):
        if not sentence.strip().rstrip("”’」』）)").endswith(SENTENCE_STOPS):
            continue
        run = 0
        for clause in CLAUSE_BREAK.split(sentence):
            own = (
                len(HAN_CHAR.findall(clause)) >= MIN_OWN_CLAUSE_HAN
                and not LABEL_COLON.search(clause)
                and not _site_words(clause)
                and not SITE_SELF.search(clause)
            )
            run = run + 1 if own else 0
            if run >= MIN_OWN_CLAUSES:
                return True
    return False


def _site_words(form: str) -> list[str]:
    """The site words of two characters or more in ``form``, each time it says one (网, 站 alone are in prose: 站务公开)."""
    return [word for word in SITE_WORDS.findall(form) if len(word) > 1]


# Named features: (name, the reason shown when it weighs most, function of a LineContext).
SITE_WORDS = re.compile(
    # 网 alone is a site's (糯米文學吧网, 中工网讯), not in 网络, 网格 (a community's grid), 网点, 网球 (a sport the text's
    # events play: 网球协会, rw2071; 乒乓球、羽毛球、网球, rw2146; CYTA网球联赛普及, rw2290, dropped by it); 站 alone only where it is the
    # site (本站, 全站, 主站, 站内, 站点, 站长), not a station of the world a text speaks of (心灵驿站, 综合文化站, 新时代文明实践站,
    # 环卫站, 一站到底: in round 28 a caption that names a 心靈驛站 scored .93 by it alone and set the threshold at .95);
    # 作者 not in 工作者; a
    # QQ group is a channel a unit reaches people by, as a WeChat group is (利用社区QQ群、微信群等工具…); 阅读 is the site's
    # (阅读：12, 相关阅读, 欢迎阅读) unless it names the unit's reading event or place (垂医阅读季, 阅读推广, 閱讀室, rw1743)
    r"网站|网(?![络格点球])|(?<=[本全主分子])站|站(?=[内点长])|投稿|客服|QQ(?!群)|qq(?!群)|下载|上传|浏览|阅读(?![季节会周月室角]|推广|之星|氛围|俱乐部|活动|打卡)|分享|首页|栏目|来源|(?<!工)作者|发布|评论|收藏|举报|VIP|文档|精选|范文|范例|"
    r"小编|整理|参考|(?<!联)欢迎(?![^，。！]{2,20}(?:来访|莅临|参观|出席|参加))|ICP|备案|地址|电话|微信|公众号|小程序|搜索|扫码|点击|登录|注册|付费|预览|版权|侵权|人气|热度|扫一扫"
    # an advert's slot (内容头部广告位), a site's channel (徐州中医频道), an answer site's label (最佳答案), a document shop's
    # coins and archives (部分资料下载需要金币, 资料包下载后请先用软件解压), a hotline (客户专属热线: a channel, as a telephone is),
    # a Weibo account (妇院微博 under 妇院微信, rw1709: a channel, as WeChat is); 压力 is a word, so 解 before it ends another
    # verb (缓解压力, 讲解压力管理, rw1936), no archive's 解压
    r"|广告|频道|答案|金币|解压(?!力)|热线|微博"
    # a topic's page the line names to the end, a site's column or banner (党建专题, …廉洁文化建设专题 at the page's foot, rw946,
    # rw2028; 影音專題 ending a menu, rw756); a text's 专题 opens what it names (专题学习, 专题党课)
    r"|专题$"
)
CHANNEL_WORDS = frozenset({"微信", "微博", "电话", "热线", "地址", "公众号"})
MIN_CLAUSE_BREAKS = 2  # commas in a sentence of three clauses
MIN_OWN_CLAUSES = 3  # clauses in a row that make a sentence of the text's own prose (``reads_as_own_prose``)
MIN_OWN_CLAUSE_HAN = 4  # Chinese characters of such a clause
CLAUSE_BREAK = re.compile(r"[，,；;。！？!?]")
# A label's colon; a clock's between its hours and minutes (下午17:00组织…, rw1566) is the sentence's.
LABEL_COLON = re.compile(r"(?<!\d)[：:]|[：:](?!\d)")
# A site speaking of itself or to its reader in a clause: narrower than ``SITE_VOICE``, whose 平台, 用户, 请 a text's prose says
# too (…資訊平台系統…, 申请继续教育积分, rw1315).
# A site's ban on copying its post speaks to its reader too (作者原创,不允许二次传播,…, rw2275; 请勿照搬照抄, rw049; 未经授权不得转载,
# rw772), not a rule of the text on passing on what is secret (…不得向外传播, rw102).
COPY_BAN = r"(?:不得|不允许|禁止|严禁|请勿)(?:二次传播|转载|照搬)"
SITE_SELF = re.compile(rf"您|本站|本网|网友|读者|(?<![申邀聘提])请|{COPY_BAN}")
# A writer telling in the first person singular (我被…感染), not a unit's 我 (我院, 我校, 我会) nor 我们; a site's voice speaks to
# its reader (您, 请, 欢迎) or of itself (本站, 小编, 平台, 网友).
NARRATOR = re.compile(r"我(?![们院校园会市县区镇局司厂所部科])")
SITE_VOICE = re.compile(r"您|你|请|欢迎|读者|本站|本网|本文|本篇|平台|小编|网友|用户")
# The site words a collection's item title carries as its own (工会工作制度范文第1篇, 2024社区工会工作计划范文 篇1).
COLLECTION_WORDS = re.compile(r"范文|范例|精选|参考")
PROSE_WORDS = re.compile(r"工会|职工|开展|加强|组织|活动|提高|做好|推进|落实|完善|建设|服务|坚持|积极|进一步|全面|工作")
# A plan's own label over a section (具体措施：, 工作目标：, 主要任务:, 背景：, 目标要求：, 具体工作：, 【指导思想】), or a unit's
# profile's over its description (介绍：, 组织架构：, a volunteer station's page, rw1018): the text's, never the model's to drop.
SECTION_NAME = (
    r"(?:(?:具体|主要|工作|总体|重点|实施|指导|基本|目标|活动)?"
    r"(?:措施|目标|目的|任务|内容|要求|步骤|思路|安排|做法|举措|背景|原则|思想|意义|工作)|介绍|组织架构)"
)
# its bullet before it or not (- 目的:, rw893)
PLAN_LABEL = re.compile(rf"^(?:[-•]\s*)?(?:{SECTION_NAME}[：:]|【{SECTION_NAME}】)$")
# What a plan does: its verbs. A collection's title holds plan nouns (工会工作计划…八篇) but no verb.
PLAN_VERBS = re.compile(
    r"开展|加强|组织|提高|提升|做好|推进|落实|完善|召开|举办|举行|建立|健全|慰问|表彰|培训|学习|宣传|维护|参加|参与|"
    r"实施|促进|增强|深化|创建|帮扶|关心|走访|评选|督促|检查|部署"
)
# A slogan's clause opens with one (坚持科学民主管理): of four characters at least.
SLOGAN_VERB = re.compile(rf"坚持|{PLAN_VERBS.pattern}")
MIN_SLOGAN_CLAUSE = 4
PARALLEL_PHRASE = re.compile(rf"[{HAN}]{{4,7}}")
# Or of three at least, under an outline's heading (交党费 学理论, ``_outline_kicker``)
KICKER_PHRASE = re.compile(rf"[{HAN}]{{3,7}}")
# A date as a site stamps a post (2023-04-04, 06/11/2024, 19:09:06, written out with a zero before its month or day:
# 2025年05月15日); a document writes its own dates out (2022年1月修订, 5月15日) and its own times of day after the part of
# the day (出发时间：上午8:15).
DATE_TIME = re.compile(
    r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|(?<!\d)\d{1,2}/\d{1,2}/\d{4}|(?<![\d午上])\d{1,2}:\d{2}(?!\d)"
    r"|(?:19|20)\d{2}年(?:0\d月|\d{1,2}月0\d日)"
)
# slots too (20xx年XX月18日), and a Taiwanese year of the Republic with its 民國 (民國114年12月26日) or without, a year of this
# century's (經106年12月20日會員大會決議增訂第27-1條, a charter's amendment note under its article: it held the threshold of a
# model trained without rw1675-rw1714 at .79, gen24m); a month or a day padded with a zero is a site's stamp (``DATE_TIME``)
WRITTEN_DATE = re.compile(
    r"(?:\d{4}|民国\d{2,3}|(?<!\d)1[01]\d|\d{2}[xX*_]{2}|[xX*_]{4})年(?!0\d月)(?:\d{1,2}|[xX*_]{1,2})月(?!0\d日)"
)
# A date of the document's own written in digits alone, as a signer writes it under the unit's name (2021115, or with
# dots: 2008.5.12): a site stamps its posts with dashes, times and labels (2023-11-21 08:30, 发布时间: 2020.10.30).
COMPACT_DATE = re.compile(r"(?:19|20)\d{2}(\.?)(?:1[0-2]|0?[1-9])\1(?:3[01]|[12]\d|0?[1-9])")
# A term in such dates, month to month (a plan's period under its title: 2011.1——2011.12, written 20111——201112 when the
# page lost its dots, rw1745): a site stamps its posts by the day, never over a span of months.
COMPACT_TERM = re.compile(
    r"(?:19|20)\d{2}(\.?)(?:1[0-2]|0?[1-9])\s*(?:—{1,2}|–|-|~|～|至)\s*(?:19|20)\d{2}\1(?:1[0-2]|0?[1-9])"
)
# Or such a date with its 日 written out, as a report opens on its day (2008.5.10日晚，在院景觀樓二樓…舉行了…, rw826): a site's
# stamp writes no 日.
DOTTED_DAY = re.compile(rf"(?<!\d){COMPACT_DATE.pattern}日")
# A report's day the excerpt cut before its 日 (发放节日慰问品 / 3月8, the page's last line, rw1634): the text's paragraph opening
# on its day; a site's stamp writes its day whole.
CUT_DAY = re.compile(r"(?:1[0-2]|0?[1-9])月(?:3[01]|[12]\d|0?[1-9])")
YEAR_SLOT = re.compile(r"(?<![\dA-Za-z])(?:19|20)?[xX*_]{2,4}年")
# A year over the work it names (2025 工作谋划, 2024年重点工作): a section of the document's own, never a site's stamp
YEAR_OVER_WORK = re.compile(r"^(?:19|20)\d{2}\s*(?:年度?)?\s*(?:工作|重点|计划|总结|谋划|目标|任务)")
# A card's field of the year its work is for, the label 年度 before the year (年度2019 縣市新北市, rw894's project card).
YEAR_FIELD = re.compile(r"^年度\s*[：:]?\s*(?:19|20)\d{2}(?!\d)")
COUNT = re.compile(
    # a bare count (1.2万, 3k), not the text's own sum of people or money (35万人次, 2.28万余元)
    r"\d+(?:\.\d+)?\s*[万WwKk千](?![余多元人名户份个项场次件])|\d+(?:\.\d+)?\s*[万千]?\s*(?:次|人)(?:浏览|阅读|下载|收藏|访问)"
    r"|\d+\s*(?:KB|MB|页|字)"
    r"|(?:访问|浏览|阅读|点击)(?:次数|量|数)\s*[:：]?\s*\d+"  # 本文被访问次数:562
    # or a counter whose number the page lost, its unit left (┊文章閱讀:次, rw2010)
    r"|(?:访问|浏览|阅读|点击)(?:次数|量|数)?\s*[:：]\s*次"
    # a post's count of its answers, comments or replies (共1个回答 on a Q&A page, rw1858; 共0条评论, rw1288)
    r"|\d+\s*[个条]\s*(?:回答|评论|回复|留言)"
)
# An address to reach a site or its service: a URL, a domain, a QQ number, a telephone number (a Taiwanese area code
# has two digits: 04-22821919), an e-mail address, a street address (北京市朝阳区广渠路42号院1号楼).
CONTACT = re.compile(
    r"https?://|www\.|\.(?:com|cn|net|org)(?![A-Za-z])|[Qq]{2}\s*[:：号群]?\s*\d{5,}|\d{2,4}-\d{7,8}|1[3-9]\d{9}|\S+@\S+\.\w+"
    rf"|[{HAN}][路街巷道]\d{{1,5}}号"
)
SERIES = re.compile(
    r"[（(]?(?:精选|通用|优选|推荐|汇总|大全|合集)?\s*(?<![第\d])(?:\d+|多)\s*篇[）)]?|(?<!第)[一二三四五六七八九十]+篇(?:$|[）)】])"
    # or the grade a site gives its 范文 in brackets at the end (学校工会工作总结(优), …（实用）)
    rf"|{SITE_GRADE}$"
)
# A site's column name alone on its line (工作动态, 区总要闻, 党群新闻, 正文): the README's junk; a document's heading names
# its work, not a column of news. Two names run together are one (医院动态新闻快讯).
# A press column (外媒报道, 媒体报道) is one too.
# 讯息 is a Taiwanese site's word for 资讯 (最新訊息, 本會訊息, rw1536), 信息 a mainland one's (政务信息 | before a headline,
# rw2255; alone: 协会信息, 基本信息, 工会信息, rw1049, rw151, rw2326, junk in every tune file that has one).
# A 园地 is a column of contributions (护理园地, 职工园地, 党建园地, 党群园地, 社區園地: rw1293, rw1461, rw1788, rw332, rw334,
# rw1937).
# A 风采 is a column of its people's portraits (职工风采|, 支部风采: rw1995, rw1465) where it is a noun's, not the object of a
# verb of showing in its three characters before (展风采, 展现巾帼风采, 绽放女性风采: a headline's clause).
SHOWING = "[展显现示放]"
COLUMN_WORD = (
    r"动态|新闻|要闻|资讯|讯息|信息|快讯|公告|简介|概况|中心|推荐|评论|正文|报道|园地"
    rf"|(?<!{SHOWING})(?<!{SHOWING}.)(?<!{SHOWING}..)风采"
)
COLUMN_NAME = re.compile(rf"(?:[{HAN}]{{0,6}}(?:{COLUMN_WORD}))+")
# A page's buttons and controls (【关闭】, 返回<<, 回上層, 【字体】, 展开通版收缩通版, 分享到, 上一篇): what a reader clicks, no text's word.
BUTTON = re.compile(
    r"返回|回上层|关闭|打印|展开|收起|收缩|分享到|字体|字号|上一篇|下一篇|回到顶部|顶部|详细内容|查看详情"
)
# A news report's credits (记者 张三, 通讯员, 责任编辑：, 编发, 圖/文：, 叶礼正/文图, a reporter's name before a slash and 报道:
# 公司工會 姜小明/報道, rw2021) and a site's (技术支持：…): the paper's, not the report's.
NEWS_CREDIT = re.compile(
    r"技术支持|记者|通讯员|编辑|责编|编发|审核|校对|摄影|供稿|撰稿|[文图]\s*/|/\s*(?:[文图]|报[道导])|本报讯"
)
# A caption that names a photo by its words (会议现场, 工会会员投票现场, 参会人员合影, …合影留念, 图为…): a line of a page whose
# image the text lost (the README's junk); a clause with no such mark (护理部关珊主任讲话) cannot be told from the text, nor
# is a clause that brings people to the scene one (部分已出院患者也邀請到現場, rw826).
# So does a caption that places its people in the picture ((左二), (前排右三)), a line of no sentence (陈静（左二）、韩美（右二）,
# 李慧（左二）李玉（左三）, rw1232), or names a group photo in a sentence of one clause (…探訪長者前合照留念。, rw1249), its
# people by their posts and names however many (三等奖获得者与大内科科护士长周敏、妇儿科科护士长徐约丹、…单佩佩合影, rw1628).
PHOTO_CAPTION = re.compile(
    r"^[^，。；！？,;!?]{0,24}(?<![到在临赴来进])现场。?$|^[^，。；！？,;!?]{0,48}(?:合影|留念)。?$|^图为"
    r"|^[^。；！？]*[（(](?:[前中后]排)?[左右][一二三四五六七八九十]{1,2}[）)][^。；！？]*$"
)
# A byline alone on its line: a unit (or a role) and a person's name after a space (婦產科實驗室 鄭加永, 工會宣傳員 黎健撰稿).
BYLINE = re.compile(rf"[{HAN}]{{2,10}}\s+[{HAN}]{{2,4}}")
# A FAQ's entry label: Q or A and its colon (Q:哪些事業單位需要設立職工福利委員會?, A:依據…).
FAQ_LABEL = re.compile(r"[QA]\s*[：:]")
# A unit's name alone (未央区总工会, 小红花幼儿园): over the day it signed on, the text's signature.
SIGNATURE = re.compile(rf"[{HAN}]{{0,16}}{UNIT_NAME}")
# Or a unit's department or office that signs the text (泸医口腔 护理部 under its last sentence, rw1684; 护理部 over its day,
# rw1676): see ``_signature``.
# (a department named by its work: 护理部, 宣传部, 组织部, 工作部, 医务部; not a page's 返回顶部)
SIGNING_OFFICE = re.compile(rf"[{HAN}]{{0,16}}(?:[理传织作务]部|办公室)")
# One whose unit is named as one (景德镇市梨树园小学 齐玉婷): a writer's credit over the text, never a headline (庆祝护士节 新资讯).
WRITER_CREDIT = re.compile(rf"[{HAN}]{{0,12}}{UNIT_NAME}\s+[{HAN}]{{2,4}}")
# A byline in brackets: a unit or a role and a name after a space or a colon ((機關黨委 張付安), （工會：薛郅旻）), or a unit
# and its credit (（区总社办公室撰稿）), or a comma between the two ((党政办,李学明), rw1943); a bracketed line of the text's own
# fields has clauses (（时间：三月；地点：会议室）).
BRACKETED_BYLINE = re.compile(
    rf"[（(][{HAN}]{{2,12}}(?:\s+|\s*[：:，,]\s*|(?=[{HAN}]*(?:撰稿|供稿)[）)]))[{HAN}]{{2,4}}[）)]"
)
# A title of the genres the README reads as a plan or a summary besides ``markers.TITLE``'s (工会工作打算, …工作回顾): a title
# or a heading of the text, never the model's to drop.
GENRE_TITLE = re.compile(r"^[^，。；：！？,;:!?\s]{0,30}工作(?:打算|回顾)$")
# A template's blank (编制人：[姓名], 20xx年, ____人次, 某某医院): a form or a template's own line, no site's.
# A mask of the slot (XX国家森林公园, 第__个教师节, 某某医院): the template's own line, never the model's to judge; a site writes
# its own words in brackets ([本文共961字], [关闭窗口]), so a slot in brackets is judged.
MASKED_SLOT = re.compile(r"_{2,}|(?<![A-Za-z])[xX×]{2,}(?![A-Za-z])|某某")
TEMPLATE_SLOT = re.compile(rf"\[[^\[\]]{{1,8}}\]|{MASKED_SLOT.pattern}")
# A form's mark where its sender signs or stamps (（盖章）, （签字）, (单位公章)): the form's own line, as its blanks are.
SIGN_HERE = re.compile(r"^[（(][^（）()]{0,4}(?:盖章|签字|签名|签章|公章)[）)]$")
# A template's field whose value is its blank or holds one (编制人：[姓名], 编制日期：[日期], 负责人：____, 地点：XXX广场).
BLANK_FIELD = re.compile(rf"^[^：:]{{1,8}}[：:]\s*\S{{0,12}}?(?:{TEMPLATE_SLOT.pattern})\S{{0,12}}$")


@dataclass(frozen=True)
class LineContext:
    """One line as the model sees it: its analysis form and where it sits in its file."""

    text: str  # analysis form (Simplified, no pinyin glosses)
    position: float  # 0 at the file's first line, 1 at its last
    index: int  # lines before it
    repeats: int  # how often the same text occurs in the file
    library_files: int = 0  # how many other files of the library hold the same line (site chrome recurs)
    # where it stands against the text's sentences: before the first, the page's head (its menus, stamps, columns), after
    # the last, its foot (links, buttons, notices); neither in a file without a sentence (a schedule, a fragment: no
    # telling its chrome from its text)
    head: bool = False
    tail: bool = False
    # how many lines the run of short lines it stands in holds (``_short_runs``), whatever words it says, so on any site: the
    # text's lists, outlines, fields and schedules are runs of short lines (三、活動時間： / 6月7日（周日） / 四、活動地點：…),
    # where a short line alone between long ones is a caption, a stamp or a credit between the headline and the text or
    # after it; the fit weighs a long run toward content (junk21)
    run: int = 1
    # whether a sentence of the text stands right under it: a heading or a label of the text opens its paragraph, a site's
    # column name, menu or notice stands among other chrome or over the headline; the fit weighs it toward content (junk21)
    over_text: bool = False
    # whether it is a clause in a run of short lines beside a photo's marked caption (``_unmarked_captions``): a lost photo's
    # caption without a mark, which the README keeps as the text's
    beside_caption: bool = False
    # whether it is too short to be a headline (under ``MIN_HEADLINE_CHARS``) and stands right over a line that reads as the
    # headline of the paragraph under it (党建工作, 理论学习 or 广东省人民政府 over the page's headline): a column's or a site's
    # name in the headline's place, where a headline stands over the text itself (``_over_headline``)
    over_headline: bool = False


def char_share(pattern: str, text: str) -> float:
    """The share of ``text``'s characters that ``pattern`` matches."""
    return len(re.findall(pattern, text)) / max(len(text), 1)


# A headline with its post's date glued before or after it, no sentence (高市表揚績優運將與義交2011.06.13, [ 2010/04/09 ]台灣總工會…
# 致詞): an entry of a site's list of its other posts, on any site.
POST_DAY = r"[\[【(（]?\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s*[\]】)）]?"
DATED_HEADLINE = re.compile(rf"^{POST_DAY}\s*[{HAN}A-Za-z].*[{HAN}]|[{HAN}].*[{HAN}A-Za-z」”》)）]\s*{POST_DAY}$")


# A file's name with its extension (文件名称：…工作计划.docx, 未命名.png…jpg): an attachment's or a picture's, which a page shows
# and a text names by its title; the cleaning may have made its dot a full stop.
FILE_NAMED = re.compile(rf"[.。]{FILE_EXTENSION}(?![A-Za-z])")
# A page's word on its own state (数据载入中……, 预览加载中, loading..., 暂无内容！, 链接已复制): what a script shows while it
# loads or when it has nothing, on any site.
PAGE_STATE = re.compile(r"加载|载入|(?i:loading)|暂无|已复制")
# A form widget's prompt, the page asking its reader to type into a box (请输入关键字, 输入关键词, 还能输入140字) or naming a
# search box (站内搜索, 检索): a site's, on any site; a text asks its reader to fill in a form by its own words (填写选票).
FORM_PROMPT = re.compile(r"(?:^请?|能)(?:输入|键入)|^(?:站内|全站|全文)?(?:搜索|搜寻|检索)")


def _ends_in_name(text: str) -> bool:
    """A line of no sentence whose last phrase is a person's name (金雄风, 护理部 罗予, 刘智勇), a credit's or a byline's."""
    if PROSE_PUNCTUATION.search(text):
        return False
    phrases = re.split(r"[\s、（）()【】\[\]|｜/／:：]+", text.strip())
    phrases = [p for p in phrases if p]
    return bool(phrases) and bool(PERSON_NAME.match(phrases[-1]))


NAMED_FEATURES = (
    ("log_length", "很短的一行", lambda c: math.log1p(len(c.text))),
    ("han_share", "汉字很少", lambda c: char_share(f"[{HAN}]", c.text)),
    ("digit_share", "数字多", lambda c: char_share(r"\d", c.text)),
    # letters outside words of a language (an English phrase, To Sir with Love, is words; Y3(MKq, _YY_ are not)
    ("latin_share", "字母多", lambda c: char_share(r"[A-Za-z]", ENGLISH_PHRASE.sub("", c.text))),
    # letters and no Chinese character at all: a page's English labels or a picture's code (Baidu map, 20250327-_YY_3020)
    ("foreign", "没有汉字的外文或编号", lambda c: float(bool(LATIN.search(c.text)) and not HAN_CHAR.search(c.text))),
    ("punct_share", "标点多", lambda c: char_share(r"[^\w\s]", c.text)),
    ("ends_sentence", "不是完整句子", lambda c: float(c.text[-1:] in "。！？；")),
    # each more site word weighs less (a sentence of the text may name two or three: …上传至公司内网供大家分享)
    ("site_words", "含网站用语", lambda c: math.log1p(len(SITE_WORDS.findall(c.text)))),
    ("contact", "含网址、QQ或电话", lambda c: float(bool(CONTACT.search(c.text)))),
    ("prose_words", "不像计划正文", lambda c: float(len(PROSE_WORDS.findall(c.text)))),
    ("plan_verbs", "没有计划用的动词", lambda c: float(len(set(PLAN_VERBS.findall(c.text))))),
    ("date_time", "含发布日期或时间", lambda c: float(bool(DATE_TIME.search(c.text)))),
    ("dated_headline", "带发布日期的标题（其他文章的链接）", lambda c: float(bool(DATED_HEADLINE.search(c.text)))),
    ("counts", "含浏览量、字数或文件大小", lambda c: float(bool(COUNT.search(c.text)))),
    ("series", "含篇数（集合标题）", lambda c: float(bool(SERIES.search(c.text)))),
    # a stray space of the page's inside the name (工 会推荐); its brackets, a reference mark before it and a table's bar
    # after it (※本會訊息 |, rw1536) are no part of it
    (
        "column_name",
        "像网站栏目名",
        lambda c: float(bool(COLUMN_NAME.fullmatch(c.text.replace(" ", "").strip("【】[]※|｜")))),
    ),
    ("template_slot", "含模板空位", lambda c: float(bool(TEMPLATE_SLOT.search(c.text)))),
    # a field's label with no value, or several side by side (字级设定：, 出版：更新：, 用户名：密码：): a site's form or stamp whose
    # value the page lost, or the text's label over its lines (活动时间：); the fit weighs the two by the rest
    ("empty_field", "只有字段名没有内容", lambda c: float(bool(FIELD_LABEL.match(c.text)))),
    ("file_name", "含文件名（附件或图片）", lambda c: float(bool(FILE_NAMED.search(c.text)))),
    ("page_state", "像网页的加载或状态提示", lambda c: float(bool(PAGE_STATE.search(c.text)))),
    ("form_prompt", "像网页输入框的提示（请输入关键字）", lambda c: float(bool(FORM_PROMPT.search(c.text)))),
    ("byline", "像署名（单位和人名）", lambda c: float(bool(BYLINE.fullmatch(c.text)))),
    ("person_name", "以人名结尾", lambda c: float(_ends_in_name(c.text))),
    ("buttons", "像网页按钮", lambda c: float(len(BUTTON.findall(c.text)))),
    # a credit's words in a line that is no sentence of prose (评选优秀通讯员奖…。 is the text's)
    (
        "news_credit",
        "像新闻的署名或编辑",
        lambda c: 0.0 if _is_sentence(c.text) else float(len(NEWS_CREDIT.findall(c.text))),
    ),
    ("bracketed_byline", "括号里的署名", lambda c: float(bool(BRACKETED_BYLINE.fullmatch(c.text)))),
    ("breadcrumb", "像网页导航路径", lambda c: float(bool(BREADCRUMB.search(c.text)))),
    # a photo's caption by its words (会议现场, …合影留念, 图为…): the page lost the image, the README's junk
    ("photo_caption", "像图片说明", lambda c: float(bool(PHOTO_CAPTION.search(c.text)))),
    # fields side by side (a menu, tags); a space inside a clause of prose is the page's stray (一、以教代会制度 为基础，…)
    (
        "spaces",
        "多段文字并列（导航、标签）",
        lambda c: 0.0 if PROSE_PUNCTUATION.search(c.text) else float(c.text.count(" ")),
    ),
    ("outline_marker", "不是提纲条目", lambda c: float(bool(MARKER.match(c.text)))),
    ("position", "位于页尾", lambda c: c.position),
    ("opening", "位于页首", lambda c: float(c.index < 8)),
    ("head", "位于正文之前", lambda c: float(c.head)),
    ("tail", "位于正文之后", lambda c: float(c.tail)),
    ("repeated", "在文件中重复出现", lambda c: float(c.repeats > 1)),
    ("run", "段落间单独的一个短行", lambda c: math.log1p(c.run)),
    ("over_text", "下面不是正文句子", lambda c: float(c.over_text)),
    ("beside_caption", "在图片说明旁", lambda c: float(c.beside_caption)),
    ("over_headline", "标题上方的栏目名", lambda c: float(c.over_headline)),
    ("library_files", "文库中其他文件也有这一行", lambda c: math.log1p(c.library_files)),
)

# Features whose reason says what a line lacks (很短的一行: a low value weighs for junk); the others' reasons say what
# it has. A feature weighs as a reason only on its reason's side: the first line of a file is not 位于页尾.
LOW_SIDE = frozenset(
    {"log_length", "han_share", "ends_sentence", "prose_words", "plan_verbs", "outline_marker", "run", "over_text"}
)


def contexts(lines: list[list[str]], library_files: Mapping[str, int] | None = None) -> list[list[LineContext]]:
    """The model's view of a file's units (``lines`` holds each line's units), in order; ``library_files``
    says, by a unit's text as cleaning leaves it (stripped), how many other files of the library hold it."""
    library_files = library_files or {}
    forms = [[analysis_form(unit.strip()) for unit in line] for line in lines]
    repeats = Counter(form for line in forms for form in line)
    last = max(len(forms) - 1, 1)
    texts = ["".join(line).strip() for line in lines]
    text = [i for i, line in enumerate(texts) if is_text_sentence(line)]
    runs = _short_runs(texts)
    sentences = set(text)
    captions = _unmarked_captions(texts)
    return [
        [
            LineContext(
                form,
                i / last,
                i,
                repeats[form],
                library_files.get(unit.strip(), 0),
                head=bool(text) and i <= text[0],
                tail=bool(text) and i >= text[-1],
                run=runs[i],
                over_text=i + 1 in sentences,
                beside_caption=i in captions,
                over_headline=_over_headline(texts, i),
            )
            for unit, form in zip(units_, line_forms, strict=True)
        ]
        for i, (units_, line_forms) in enumerate(zip(lines, forms, strict=True))
    ]


# A line this long at most counts in a run of short lines (``_short_runs``): at 20 the model caught more junk on sites it
# never saw than at 12, 16 or 30 (junk21).
MAX_RUN_CHARS = 20


def _short_runs(texts: list[str]) -> list[int]:
    """For each line, how many lines the run of short lines it stands in holds (``MAX_RUN_CHARS`` at most, no
    sentence of the text among them; a longer line or a sentence is a run of its own, 1): see ``LineContext.run``."""
    runs = [0] * len(texts)
    start = 0
    for i in range(len(texts) + 1):
        if i == len(texts) or len(texts[i]) > MAX_RUN_CHARS or is_text_sentence(texts[i]):
            for j in range(start, i):
                runs[j] = i - start
            if i < len(texts):
                runs[i] = 1
            start = i + 1
    return runs


SENTENCE_ENDS = (*SENTENCE_STOPS, "”")  # or with the quotation it closes


def _over_headline(texts: list[str], i: int) -> bool:
    """``texts[i]`` is shorter than a headline and the next line reads as the headline of the paragraph after it: see
    ``LineContext.over_headline``."""
    if i + 1 >= len(texts) or len(texts[i].strip()) >= MIN_HEADLINE_CHARS:
        return False
    at = paragraph_after(texts, i + 1)
    return (
        at is not None
        and reads_as_headline(texts[i + 1].strip(), texts[at].strip())
        and texts[at].strip().endswith(SENTENCE_ENDS)
    )


def is_text_sentence(text: str) -> bool:
    """A line of the text's own prose, what a page's chrome surrounds: a paragraph (a long line of clauses) or a whole
    sentence of Chinese words (会议要求抓好落实。)."""
    if len(text) > MAX_JUDGED_CHARS:
        return bool(PROSE_PUNCTUATION.search(text))
    return text.endswith(SENTENCE_STOPS) and len(HAN_CHAR.findall(text)) >= MIN_SENTENCE_HAN


def _grams(text: str) -> list[str]:
    return [text[i : i + n] for n in (1, 2) for i in range(len(text) - n + 1)]


def bucket(gram: str) -> int:
    return zlib.crc32(gram.encode("utf-8")) % HASH_BUCKETS


def feature_vector(context: LineContext) -> dict[int, float]:
    """Sparse features: named features first, then hashed character uni- and bigrams (share of the line, times
    ``GRAM_WEIGHT``)."""
    vector = {i: float(f(context)) for i, (_, _, f) in enumerate(NAMED_FEATURES)}
    grams = _grams(context.text)
    for gram in grams:
        key = len(NAMED_FEATURES) + bucket(gram)
        vector[key] = vector.get(key, 0.0) + GRAM_WEIGHT / len(grams)
    return vector


# The second pass reads a line's junk with its neighbours' (stacking): a list of other posts' headlines, a widget's buttons,
# a column's name over the posts it lists stand among other lines the first pass scores as junk, in the text's run or
# after it. Its features, of one judged unit among its file's units in order: the first pass's log-odds of the unit, and
# the first pass's mean score of the ``NEIGHBOUR_WINDOW`` units either side (a unit the model does not judge, a sentence
# or a headline over its paragraph, counts 0: the product keeps it) unless the unit stands in the page's head (before the
# text's first sentence), where the page's own headline stands among its stamps and menus as much as other chrome does
# (with the head's neighbours too, the by-site threshold rose to its cap, .95, on the page's headlines; gen32k). Trained
# on the first pass's scores by models that never saw the site (``benchmarks.train_junk``).
NEIGHBOUR_WINDOW = 3
NEIGHBOUR_FEATURES = ("log_odds", "around")
NEIGHBOURS_REASON = "周围多是网页杂项"
MAX_LOG_ODDS = 8.0


def neighbour_vector(scores: Sequence[float | None], k: int, head: bool) -> dict[int, float]:
    """The second pass's features (``NEIGHBOUR_FEATURES``) of unit ``k`` of a file whose units the first pass scored
    (``scores``, None where it does not judge), ``head`` when the unit stands in the page's head."""
    window = range(max(k - NEIGHBOUR_WINDOW, 0), min(k + NEIGHBOUR_WINDOW + 1, len(scores)))
    around = [scores[j] or 0.0 for j in window if j != k]
    own = min(max(scores[k] or 0.0, 1e-6), 1 - 1e-6)
    log_odds = max(-MAX_LOG_ODDS, min(MAX_LOG_ODDS, math.log(own / (1 - own))))
    return {0: log_odds, 1: 0.0 if head or not around else sum(around) / len(around)}


@dataclass(frozen=True)
class JunkModel(LinearModel):
    neighbours: LinearModel | None = (
        None  # the second pass (``neighbour_vector``): its score is what the threshold judges
    )

    @classmethod
    def from_data(cls, data: Mapping) -> JunkModel:
        first = LinearModel.from_data(data)
        second = LinearModel.from_data(data["neighbours"]) if data.get("neighbours") else None
        return cls(first.weights, first.bias, first.threshold, first.means, first.scales, second)

    def judge(self, contexts: Sequence[LineContext | None]) -> list[tuple[float, str] | None]:
        """(probability that the unit is junk, the reason that weighed most) of each judged unit of a file's units in
        order (None where ``contexts`` is None): the first pass's score read with its neighbours' (``neighbour_vector``)."""
        first = [None if context is None else self.score(context) for context in contexts]
        if self.neighbours is None:
            return first
        scores = [None if judged is None else judged[0] for judged in first]
        read: list[tuple[float, str] | None] = []
        for k, (judged, context) in enumerate(zip(first, contexts, strict=True)):
            if judged is None or context is None:
                read.append(None)
                continue
            vector = neighbour_vector(scores, k, context.head)
            terms = self.neighbours.terms(vector)
            # the reason is the neighbours' when they weigh more than the line's own score
            reason = NEIGHBOURS_REASON if terms[1] > terms[0] else judged[1]
            read.append((self.neighbours.probability(vector, terms), reason))
        return read

    def score(self, context: LineContext) -> tuple[float, str]:
        """(probability that the line is junk, the reason that weighed most)."""
        vector = feature_vector(context)
        terms = self.terms(vector)
        n = len(NAMED_FEATURES)
        reasons: dict[str, float] = {}
        for key in range(n):
            name, reason, _ = NAMED_FEATURES[key]
            # the reason says what the line is, not its opposite
            if ((vector[key] - self.means[key]) < 0) == (name in LOW_SIDE):
                reasons[reason] = reasons.get(reason, 0.0) + terms[key]
        for gram in set(_grams(context.text)):
            reasons[f"含“{gram}”"] = self.weights[n + bucket(gram)] * GRAM_WEIGHT / max(len(context.text), 1)
        return self.probability(vector, terms), max(reasons, key=reasons.__getitem__)

    def to_json(self) -> str:  # type: ignore[override]
        return super().to_json(
            features=[name for name, _, _ in NAMED_FEATURES],
            hash_buckets=HASH_BUCKETS,
            gram_weight=GRAM_WEIGHT,
            neighbour_features=list(NEIGHBOUR_FEATURES),
            neighbours=json.loads(self.neighbours.to_json()) if self.neighbours else None,
        )


def library_model_path(db_path: str | Path) -> Path:
    """Where a library's own junk model is kept, beside its SQLite file (``library.sqlite3`` →
    ``library.junk_model.json``): trained with the corrections of its people by ``python -m
    benchmarks.train_junk --corrections``; the shipped model is the default."""
    return Path(db_path).with_suffix(".junk_model.json")


def model_path(db_path: str | Path) -> Path:
    """The junk model a library's imports use: its own when it has one made for these features, else the shipped
    one (an own model trained by an earlier release, ``own_model_outdated``, is not read: the shipped model is
    better than rules alone)."""
    own = library_model_path(db_path)
    return own if load_model(own) is not None else MODEL_PATH


def own_model_outdated(db_path: str | Path) -> bool:
    """Whether a library has its own junk model that this release cannot read (trained for other features or
    settings by an earlier release): its imports use the shipped model until it is trained again."""
    own = library_model_path(db_path)
    return own.is_file() and load_model(own) is None


def weighs_library_files(path: Path = MODEL_PATH) -> bool:
    """Whether the model at ``path`` gives weight to how many other files of the library hold a line (a weight
    training allows toward junk only: chrome that recurs across sites, 手机版 or a map link, taught the shipped model
    one in round 22), so an import counts the library's lines only for a model that reads them."""
    model = load_model(path)
    names = [name for name, _, _ in NAMED_FEATURES]
    return model is not None and model.weights[names.index("library_files")] != 0


def load_model(path: Path = MODEL_PATH) -> JunkModel | None:
    """The model at ``path`` (read again when the file changes), or None when it is missing or made for
    other features (then rules alone judge)."""
    return linear.load(
        path,
        JunkModel,
        features=[name for name, _, _ in NAMED_FEATURES],
        hash_buckets=HASH_BUCKETS,
        gram_weight=GRAM_WEIGHT,
        neighbour_features=list(NEIGHBOUR_FEATURES),
    )


def judged_contexts(
    lines: list[list[str]],
    library_files: Mapping[str, int] | None = None,
    dropped: Sequence[str] = (),
    step: Step = no_step,
) -> list[list[LineContext | None]]:
    """The model's view (``contexts``) of each unit of a file's lines that it judges (``judged``), None for the
    others. A line that reads as a headline over a paragraph is not judged either: the structure takes it as
    the title of a document without a title line (沙市区总工会召开全区工会工作会议 over its report); nor is a short line the
    next paragraph names again in its opening words (居委会 / 居委会作为…, 送温暖工程 / 实施送温暖工程的目的…: a title or
    a heading, ``named_by``), nor a headline's first part over its dashed sub-headline (``_over_subtitle``), nor a field
    label inside the outline, nor an entry of a schedule by the hour (``SCHEDULE_ENTRY``), nor a whole sentence of prose
    between the text's first sentence and its last. ``dropped``: the page's lines the cleaning took off before (a
    collection's title over its numbered item's, ``_numbered_item_title``). ``step(done, total)`` is called for each
    line (a file's progress and budget)."""
    judged_lines, texts = [], ["".join(line) for line in lines]
    entries = [i for i, text in enumerate(texts) if MARKER.match(text.strip())]
    listed = _listed(texts)
    schedule = sum(bool(SCHEDULE_ENTRY.match(text.strip())) for text in texts) >= MIN_SCHEDULE_ENTRIES
    sentences = [i for i, text in enumerate(texts) if is_text_sentence(text.strip())]
    # where the text opens: its first sentence or outline entry (the page's title stands over it)
    opening = next(
        (i for i, text in enumerate(texts) if is_text_sentence(text.strip()) or MARKER.match(text.strip())), None
    )
    prose = "\n".join(
        analysis_form(text) for text in texts if len(text) > MAX_NAMED_CHARS and PROSE_PUNCTUATION.search(text)
    )
    events = _programme_events(texts)
    # the empty fields ending the page (主題： / 建議標籤：, rw734): the cleaning's rule takes them together (``clean``'s
    # ``_without_empty_fields``), which a model's drop of one of them would leave one short
    foot = len(texts)
    while foot > 0 and FIELD_LABEL.match(texts[foot - 1].strip()):
        foot -= 1
    foot_fields = range(foot, len(texts)) if len(texts) - foot >= MIN_FOOT_FIELDS else range(0)
    for i, (line, line_contexts) in enumerate(zip(lines, contexts(lines, library_files), strict=True)):
        step(i + 1, len(lines))
        at = paragraph_after(texts, i)
        above_outline = not entries or i < entries[0]
        headline = len(line) == 1 and (
            (
                at is not None
                and reads_as_headline(line[0].strip(), texts[at].strip(), above_outline=above_outline)
                and not _reads_as_chrome(line[0])
            )
            or (
                i + 1 < len(texts)
                and named_by(line[0].strip(), texts[i + 1].strip())
                # a column's name over the headline it opens (护理资讯 / 护理资讯 | …) is judged
                and not _reads_as_chrome(line[0])
            )
            or (at is not None and at == opening and _page_title(line[0], texts[at].strip()))
            or (at == i + 1 and _entry_heading(line[0].strip(), texts[at].strip()))
            or (bool(entries) and i + 1 == entries[0] and _over_first_section(line[0].strip(), texts[i + 1].strip()))
            or (at is not None and _item_title(line[0].strip(), texts[at].strip()))
            or (at is not None and _bilingual_headline(line[0].strip(), texts[at].strip()))
            or (i > 0 and at == i + 1 and _outline_kicker(texts[i - 1].strip(), line[0].strip(), texts[at].strip()))
            or (i + 1 < len(texts) and _over_subtitle(line[0].strip(), texts[i + 1].strip()))
            or (i + 1 < len(texts) and _over_post_stamp(line[0].strip(), texts[i + 1].strip()))
            or i in events
            or _numbered_item_title(texts, i, dropped)
            # a programme's title over its first event (眾樂廚房 / 大型活動 / 日期:…, rw1037)
            or (i == 0 and 1 in events and _reads_as_event_name(line[0]))
        )
        # a field label or a figure alone between two outline entries (评委： under each contest of a programme; a table's
        # sum, 1485 under its rows, rw1778) is the text's own: a site's (字号：, 时间：, 附件下载：, a count, a year) stands at
        # the page's head or foot, outside the outline
        inside = (
            len(line) == 1
            and (FIELD_LABEL.match(line[0].strip()) or FIGURE.fullmatch(line[0].strip()))
            and entries
            and entries[0] < i < entries[-1]
        )
        # a field label right over a list's first entry (注意事项： / 1.各部门需提前…) heads that list
        inside = inside or (
            len(line) == 1
            and bool(FIELD_LABEL.match(line[0].strip()))
            and i + 1 in entries
            and opens_list(texts[i + 1])
        )
        inside = inside or i in listed or (len(line) == 1 and (_section_value(texts, i) or _signature(texts, i)))
        inside = inside or (len(line) == 1 and _unit_over_title(texts, i))
        inside = inside or (len(line) == 1 and i == len(texts) - 1 and _cut_word(texts))
        inside = inside or (len(line) == 1 and _under_last_entry(texts, i, entries, sentences))
        inside = inside or (
            len(line) == 1
            # a lost photo's caption beside a marked one, written as words (the README keeps it as the text's)
            and (
                (line_contexts[0] is not None and line_contexts[0].beside_caption)
                or _unmarked_caption(texts, i)
                or bool(DAY_ALONE.fullmatch(line[0].strip()))
            )
        )
        inside = inside or (
            len(line) == 1 and opening is not None and i < opening and bool(TEXT_DATE.fullmatch(line[0].strip()))
        )
        inside = inside or _in_event_fields(texts, i)
        inside = inside or (len(line) == 1 and schedule and bool(SCHEDULE_ENTRY.match(line[0].strip())))
        inside = inside or i in foot_fields
        # a link alone under the sentence that sends the reader to it (…相關法規可參考勞工福利資訊網 / https://…, rw1088): the
        # text's reference, as it would be inside the sentence
        inside = inside or (len(line) == 1 and i > 0 and _link_pointed_to(texts[i - 1], line[0]))
        # a short line whose words a sentence of the page uses is the text's term (an organisation chart's 理事會 / 每一屆理事會
        # 理事的任期為2年, rw882): a site's menu word is seldom a word of its text
        inside = inside or (len(line) == 1 and _named_in_prose(line[0].strip(), prose))
        # a FAQ's question or answer label (Q:职工福利委员会如何设立?, A: its answer cut by the page): the text's outline
        inside = inside or (len(line) == 1 and bool(FAQ_LABEL.match(line[0].strip())))
        inside = inside or (len(line) == 1 and _charter_title(texts, i))
        # a whole sentence of prose between the text's sentences is the text's, whatever site words it says (活动结束后，将整理
        # 照片和视频资料上传至公司内网供大家分享，…。): a site's notice stands at the page's head or foot
        inside = inside or (
            len(line) == 1 and bool(sentences) and sentences[0] < i < sentences[-1] and _is_sentence(line[0].strip())
        )
        judged_lines.append(
            [
                context if not headline and not inside and judged(unit, inside_paragraph(line, k)) else None
                for k, (unit, context) in enumerate(zip(line, line_contexts, strict=True))
            ]
        )
    return judged_lines


# A collection item's title written as the collection's name and the item's number (教師節校長髮言稿1 under 關於教師節校長髮言稿
# （通用6篇）): the name of four characters at least, the number of one or two digits, or in brackets (2017年學校工會工作計劃
# 范文(一) under 2017年學校工會工作計劃范文, rw2504; as the structure reads it, ``structure.BRACKETED_NUMBER_ITEM``).
NUMBERED_ITEM = re.compile(
    rf"^(?P<name>[^，。；！？,;!?\s]{{4,40}}?)\s*(?P<number>\d{{1,2}}|[（(](?:\d{{1,2}}|{CN_NUMBER})[）)])$"
)


def _numbered_item_title(texts: list[str], i: int, dropped: Sequence[str] = ()) -> bool:
    """``texts[i]`` is an item's title numbered after the collection's name that a line above gives with its count of items
    (``SERIES``: 關於教師節校長髮言稿（通用6篇） / … / 教師節校長髮言稿1, rw1305), or alone as the collection's title
    (學校工會工作總結范文最新 / 小編 promo / 學校工會工作總結范文最新1, rw2363; the set's 38 such lines in 33 files are all the items'
    titles: rw018, rw1824, rw1917, rw1925, …), kept or among the lines the cleaning ``dropped`` before (the collection's title
    is the page's, junk): the structure's title of the item, never the model's to drop; a site's list of other collections
    names them with their own words."""
    item = NUMBERED_ITEM.match(analysis_form(texts[i].strip()))
    return item is not None and any(
        (item.group("name") in (form := analysis_form(above).strip()) and SERIES.search(form))
        or item.group("name") == form
        for above in [*texts[:i], *dropped]
    )


def _unmarked_captions(texts: list[str]) -> set[int]:
    """The lines that name lost photos without a caption's mark beside one that has it (会议现场 / 新东社区汇报项目 /
    吴晓玲点评、指导村社区项目, rw408): in a run of short lines, no sentence of the text, none that reads as a site's chrome
    but the marked captions (``PHOTO_CAPTION``), the lines of words besides those captions. The README keeps such a clause
    as the text's (a caption without a mark cannot be told from the text): a feature the model learns (``LineContext``)."""
    captions: set[int] = set()
    run: list[int] = []
    for i in range(len(texts) + 1):
        text = texts[i].strip() if i < len(texts) else ""
        form = analysis_form(text)
        if (
            text
            and len(text) <= MAX_RUN_CHARS
            and not is_text_sentence(text)
            and (PHOTO_CAPTION.search(form) or (HAN_WORD.search(form) and not _reads_as_chrome(text)))
        ):
            run.append(i)
            continue
        if any(PHOTO_CAPTION.search(analysis_form(texts[j].strip())) for j in run):
            captions.update(j for j in run if not PHOTO_CAPTION.search(analysis_form(texts[j].strip())))
        run = []
    return captions


def _charter_title(texts: list[str], i: int) -> bool:
    """``texts[i]`` is a charter's title over its first chapter or article (組織章程 / 第一章 總則, rw1120; the union's name and
    the day it was adopted between, rw1326): a line of words, no site's chrome; the structure reads it as the title."""
    title = texts[i].strip()
    return (
        MIN_NAMED_CHARS <= len(title) <= MAX_HEADLINE_CHARS
        and not PROSE_PUNCTUATION.search(title)
        and not _reads_as_chrome(title)
        and any(
            CHARTER_LABEL.match(below.strip().split(" ")[0]) or opens_article(analysis_form(below.strip()))
            for below in texts[i + 1 : i + 3]
            if below.strip()
        )
    )


def _over_subtitle(text: str, following: str) -> bool:
    """A headline's first part over its sub-headline (``markers.is_headline_over_sub_headline``: 求真务实 开创民进工作新局面 /
    ——民进荆州区总支2012年工作总结, rw670): the structure takes both as one title; it is never the model's to drop. A site's
    chrome over a dashed line (a menu, a column's name, a stamp) is not a headline."""
    return (
        is_headline_over_sub_headline(text, following)
        and len(text) >= MIN_PAGE_TITLE_CHARS
        and not stops_headline(text)
        and not is_stamp(text)
        and not _reads_as_chrome(text)
        and not COLUMN_NAME.fullmatch(analysis_form(text))
    )


def _bilingual_headline(text: str, following: str) -> bool:
    """A bilingual page's headline, its English phrase then its Chinese one (To Sir with Love 吾愛吾師，暖心奉茶, rw600),
    over the text's English version (English prose before any Chinese; the reflow may have joined the Chinese text to
    it): the structure takes it as the title."""
    english = ENGLISH_PHRASE.match(text)
    return (
        english is not None
        and len(HAN_CHAR.findall(text[english.end() :])) >= MIN_BAR_PHRASE_CHARS
        and len(ENGLISH_WORD.findall(HAN_CHAR.split(following, maxsplit=1)[0])) >= MIN_ENGLISH_PARAGRAPH_WORDS
        and not _reads_as_chrome(text[english.end() :])
    )


def _item_title(text: str, following: str) -> bool:
    """A collection item's title (``ITEM_TITLE``: 工会工作制度范文第1篇, 工会年度工作总结及计划【第一篇】, 第一篇：學生黨支部建設…)
    where the item starts: over its text (an outline entry, a title line, a line of words with its punctuation), not over
    the next item's title (a list of links to a collection's items). The structure takes it as the item's title; the
    collection's words it carries (范文, 精选) are the title's, never a reason to drop it; a site's other words (首页, 位置:
    您的当前位置:首页2023年…范文 篇20) make it the site's all the same."""
    form = analysis_form(following)
    opens_text = (
        bool(MARKER.match(form))
        or is_title_line(form)
        # a sentence, or the lead-in to a list (建议将文章拆分为以下几个部分：)
        or (
            bool(PROSE_PUNCTUATION.search(form) or re.search("[：:]", form))
            and len(HAN_CHAR.findall(form)) >= MIN_SENTENCE_HAN
        )
    )
    title = analysis_form(text)
    return (
        bool(ITEM_TITLE.search(title))
        and opens_text
        and not ITEM_TITLE.search(form)
        and not _reads_as_chrome(COLLECTION_WORDS.sub("", title))
    )


def _reads_as_chrome(text: str) -> bool:
    """A line over a paragraph that reads as a site's chrome, never its headline: fewer Chinese characters than others
    (an image's code, 20250327-_YY_2980), a site's words (全程导医网 徐州中医频道, 内容头部广告位（手机）, 最佳答案推荐答案),
    a breadcrumb (…新聞網>>中國工會新聞>>工會資料), a button (医院动态详细内容), a column's name alone (新聞動態(tài),
    glossed), a writer's credit (景德镇市梨树园小学 齐玉婷), a line that opens with a credit's role (供稿、供圖、 編輯姜雨佳 under
    the headline, rw1672), a lost photo's caption (…合影留念 over the last sentence) or a search box's prompt (请输入关键字 twice
    over the text, rw1689)."""
    form = analysis_form(text.strip())
    return (
        len(HAN_CHAR.findall(form)) * 2 < len(form.replace(" ", ""))
        or bool(_site_words(form))
        or bool(COLUMN_NAME.fullmatch(form))
        or bool(WRITER_CREDIT.fullmatch(form))
        or bool(NEWS_CREDIT.match(form))
        or bool(BREADCRUMB.search(form))
        or bool(BUTTON.search(form))
        or bool(PHOTO_CAPTION.search(form))
        or bool(FORM_PROMPT.search(form))
    )


# A news headline's place before its colon (福州：小驿站点亮城市大温暖, rw1531), a headline's length after it: a site's field (来源：
# 福州新闻, 发布时间：…, 标题：…) has its label's word before the colon.
FIELD_WORD = (
    r"来源|作者|时间|日期|编辑|责编|发布|点击|浏览|阅读|标签|关键|分类|栏目|摘要|导读|主题|标题|位置|出处|字号|附件"
)
PLACE_BEFORE_HEADLINE = re.compile(
    rf"^(?![^：:]*(?:{FIELD_WORD}))[{HAN}]{{2,6}}[：:](?=[^：:]{{{MIN_HEADLINE_CHARS},}}$)"
)


def _page_title(text: str, following: str) -> bool:
    """A page's title, the line over where its text opens (``judged_contexts``), a paragraph or the first outline entry
    (办公室工作职责 over 一、决策参谋。…, 中秋巧遇教师节 over its report), its letters spaced out or not (医 院 党 建 工 作 调
    研 报 告): one clause of words, no site's chrome, no collection's count. The structure takes it as the document's
    title; it is never the model's to drop."""
    title = text.strip()
    if LETTER_SPACED.fullmatch(title):
        title = title.replace(" ", "")
    return (
        MIN_PAGE_TITLE_CHARS <= len(title) <= MAX_HEADLINE_CHARS
        and (len(following) > len(title) or bool(MARKER.match(following)))
        and not stops_headline(PLACE_BEFORE_HEADLINE.sub("", analysis_form(title)))
        and not MARKER.match(title)
        and not is_stamp(title)
        and not _reads_as_chrome(title)
        and not SERIES.search(title)  # a collection's name over its first item (学校工会工作计划2024小学15篇)
    )


def _over_post_stamp(text: str, below: str) -> bool:
    """A page's headline right over its post's stamp alone (教師節到來 嘉義黎明國小發「敬師券」讓孩子表達感恩 / 2021/09/28 07:12,
    rw862, a photo's caption between the stamp and the text): one clause of words, no site's chrome; a site stamps a
    post under its headline, a column's name stands over a list of posts."""
    return (
        bool(DATE_TIME.search(below))
        and not HAN_CHAR.search(below)
        and MIN_HEADLINE_CHARS <= len(text) <= MAX_HEADLINE_CHARS
        and not stops_headline(text)
        and not is_stamp(text)
        and not MARKER.match(text)
        and not _reads_as_chrome(text)
    )


def _named_in_prose(text: str, prose: str) -> bool:
    """``text`` is a short line of Chinese words (no site word) that the page's sentences (``prose``) use; a photo's
    caption by its words (比賽現場 under …帶你進入比賽現場。, rw1616) is the page's, whatever its prose says. So is a line of
    phrases apart by a space whose last, no person's name (it opens on no surname), the sentences use (參賽選手專心致志
    焊花飛舞 under …賽場上，焊花飛舞，…, rw1616: a caption with no caption's mark, the text's words): a byline's last
    phrase is its writer's name, which the text seldom says."""
    form = analysis_form(text)
    if _site_words(form) or PHOTO_CAPTION.search(form):
        return False
    phrases = form.split()
    named = phrases[-1] if len(phrases) > 1 else form
    return (
        MIN_NAMED_CHARS <= len(named) <= MAX_NAMED_CHARS
        and all(re.fullmatch(f"[{HAN}]+", phrase) for phrase in phrases)
        and (len(phrases) == 1 or named[0] not in SURNAMES)
        and named in prose
    )


def _link_pointed_to(above: str, text: str) -> bool:
    """``text`` is a web address alone and ``above`` sends the reader to a site (可參考勞工福利資訊網, 请登录…平台查询)."""
    return bool(LINK_ALONE.fullmatch(text.strip()) and POINTS_TO_SITE.search(analysis_form(above.strip())))


def _reads_as_event_name(text: str) -> bool:
    """A short line of words, no clause and no site's chrome: an event's or a programme's name (小區活動B1, 眾樂廚房)."""
    return len(text.strip()) <= MAX_HEADLINE_CHARS and not PROSE_PUNCTUATION.search(text) and not _reads_as_chrome(text)


def _programme_events(texts: list[str]) -> set[int]:
    """The lines that name an event over its date field, in a programme of several (小區活動B1 / 日期:2022年9月6日(星期二)…,
    rw1037): headings of the text; a site's chrome over a post's date (发布日期：…) stands once, not as one entry of a run."""
    events = {
        j
        for j in range(len(texts) - 1)
        if EVENT_DATE_FIELD.match(texts[j + 1].strip()) and _reads_as_event_name(texts[j])
    }
    return events if len(events) >= MIN_PROGRAMME_EVENTS else set()


def _entry_heading(text: str, following: str) -> bool:
    """An outline entry that reads as the headline of the paragraph right under it (1.重阳节简介及其重要性 over
    重阳节是一个传统的中国节日，…): a heading of the text, which the structure takes as one; a site's numbered notice
    (1、部分资料下载需要金币，请确保…) is a sentence, over the next notice."""
    entry = MARKER.match(text)
    return entry is not None and reads_as_headline(text[entry.end() :], following) and not _reads_as_chrome(text)


def _over_first_section(text: str, following: str) -> bool:
    """A line right over the outline's first section (一、計畫名稱, ``opens_first_section``; 子計畫2【編號:105-2 over it,
    rw1778): the outline's title, which the structure takes as one,
    however many digits its number has; a site's line there says what it is by its words (发布时间：, 首页 > …, 分享到), a
    field's colon or a collection's count."""
    form = analysis_form(text)
    return (
        opens_first_section(following)
        and len(HAN_CHAR.findall(form)) >= MIN_PAGE_TITLE_CHARS
        and not _site_words(form)
        and not BREADCRUMB.search(form)
        and not BUTTON.search(form)
        and not NEWS_CREDIT.match(form)
        and not re.search(r"[：:]", form.split("【")[0])  # a field (指導老師:馮正龍), not a number's label in brackets
        and not SERIES.search(form)  # a collection's title (社区重阳节的活动策划(通用15篇), rw856) over its first item
    )


def _section_value(texts: list[str], i: int) -> bool:
    """``texts[i]`` is the value of a numbered section's label, alone between it and the next entry (三、活动地点 /
    XX社区活动中心及周边敬老院 / 四、活动对象): the text's own, as a field's value on the label's line would be."""
    label = texts[i - 1].strip() if i > 0 else ""
    return (
        bool(MARKER.match(label))
        and len(label) <= MAX_SECTION_LABEL_CHARS
        and not PROSE_PUNCTUATION.search(label)
        and i + 1 < len(texts)
        and bool(MARKER.match(texts[i + 1].strip()))
    )


def _unit_over_title(texts: list[str], i: int) -> bool:
    """``texts[i]`` is a unit's name over a title line that names no unit (阜新市中心醫院工會 / 完成201*年度目標責任狀總結,
    rw621): the title's first part, the page breaking the title after the unit."""
    return (
        i + 1 < len(texts)
        and bool(SIGNATURE.fullmatch(analysis_form(texts[i].strip())))
        and is_title_line(texts[i + 1].strip())
        and not SIGNATURE.match(analysis_form(texts[i + 1].strip()))
    )


FIELD_OR_ASIDE = re.compile(r"[：:（(]")  # a field's colon or an aside's bracket


def _under_last_entry(texts: list[str], i: int, entries: list[int], sentences: list[int]) -> bool:
    """``texts[i]`` stands right under the text's last outline entry and opens what that entry heads: the opening words of
    its paragraph where the page's excerpt ends (三、依托网络优势,增强社区党建工作影响力 / 蚕花园社区在现有的社区网站上新增设, rw2334),
    or its one entry that lost its number, the page's widgets after it (五、健身活动类(每月至少开展1场) / CYTA网球联赛普及、辖区网球赛等
    网球活动 / ![]() |, rw2290). A heading stands over its paragraph, a site's foot under the text's last one: its fields and
    credits with their colons and brackets (拟稿人：…, （供稿人：…）, 留言与评论（共有 条评论）), a whole sentence of its notice, the
    site words of its links, the letters of its widgets and file names (…Akismet…, …FaceBook…, 未命名。png…); an acronym's
    capitals name a thing of the text (CYTA网球联赛, KTV). Where a sentence of the text comes after it, the text goes on
    there and the line is judged as any (一、加强组织建设 / 祝大家工作顺利天天开心 / 工会将继续…。)."""
    if not entries or i != entries[-1] + 1 or (sentences and sentences[-1] > i):
        return False
    line = analysis_form(texts[i].strip())
    return (
        len(HAN_CHAR.findall(line)) >= MIN_SENTENCE_HAN
        and not FIELD_OR_ASIDE.search(line)
        and not line.endswith(SENTENCE_STOPS)
        and not LATIN.search(ACRONYM.sub("", line))
        and len(set(_site_words(line))) < MIN_SITE_WORDS
    )


# A day without its year alone on a line (3月1日 over the lead it opens, rw2429; 9月10日 under 三、活动时间, rw1237): the text's
# date of its event; a site stamps its posts with the year (2018年2月5日, 2023-03-02, 发布时间:…).
DAY_ALONE = re.compile(r"\d{1,2}月\d{1,2}日")
# A date alone in round brackets over the text's opening, under its title (文学院2009年工会工作总结 / (2010年1月8日), rw1905;
# a report's (2013130) under its sub-headline, the marks of 2013年1月30日 lost, rw2500): the day the text was given; a site
# stamps a post beside its headline or after a label (发布时间：…), not in brackets on a line of their own.
TEXT_DATE = re.compile(
    r"[（(]\s*(?:19|20)\d{2}(?:\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-./]\d{1,2}[-./]\d{1,2}|\d{3,4})\s*[）)]"
)


def _unmarked_caption(texts: list[str], i: int) -> bool:
    """``texts[i]``, a word or two alone (``CUT_WORD``) with no caption's mark, follows a lost photo's caption that has one
    (会议现场 / 颁奖现场 / 牌匾, rw897; 李慧(左二)… / 讲话发言, rw1232): the next photo's caption written as words, which the
    README keeps as content (it cannot be told from the text without its image); a site's word, button or column after
    the captions is still judged."""
    if i == 0:
        return False
    form, above = analysis_form(texts[i].strip()), analysis_form(texts[i - 1].strip())
    return (
        bool(CUT_WORD.fullmatch(form))
        and bool(PHOTO_CAPTION.search(above))
        and not PHOTO_CAPTION.search(form)
        and not SITE_WORDS.search(form)
        and not BUTTON.search(form)
        and not COLUMN_NAME.fullmatch(form)
    )


def _cut_word(texts: list[str]) -> bool:
    """The file's last line is a word of a few Chinese characters under a paragraph's last sentence, no site's word, button
    or column (…取得了新成绩。 / 会议, rw328; 六里, rw236; …新局面！ / 會上, rw835): the first word of the next paragraph, where the page's
    excerpt ends; a site's foot names itself (公众号, 网站地图), a lost photo's caption its photo (会议现场, rw1222). So is
    the next sentence's opening clauses cut off there (…的濃厚氛圍。 / 分享會上，10名政協機關干, rw2182; 今年4月22日，医院工会响应
    市总工会的号召，, rw011): a clause break in it, no stop at its end, no letters (a site's widget or file names itself so:
    …Akismet…, …FaceBook…, 未命名。png…, rw712, rw872, rw845) and not the several site words of a site's notice
    (``MIN_SITE_WORDS``: 分享会 names one); a site's foot sets its fields side by side, no clause (地址：… 热线电话：…, 拟稿人：…
    核稿人：…). (The opening words under the text's last outline heading: ``_under_last_entry``.)"""
    last = analysis_form(texts[-1].strip())
    if len(texts) >= 2 and CLAUSE_BREAK.search(last) and not last.endswith(SENTENCE_STOPS):
        return (
            texts[-2].strip().endswith(SENTENCE_STOPS)
            and not LATIN.search(last)
            and len(set(_site_words(last))) < MIN_SITE_WORDS
        )
    return (
        len(texts) >= 2
        and bool(CUT_WORD.fullmatch(last))
        and texts[-2].strip().endswith(SENTENCE_STOPS)
        and not SITE_WORDS.search(last)
        and not BUTTON.search(last)
        and not COLUMN_NAME.fullmatch(last)
        and not PHOTO_CAPTION.match(last)
    )


def _in_event_fields(texts: list[str], i: int) -> bool:
    """``texts[i]`` lies in a run of fields, one a line (``FIELD_WITH_VALUE``), that names an event's time, place or people
    (``event_field``): a meeting's minutes under their title (時間：99年10月13日… / 地點：本會會議室（臺北市…） / 主席：…
    紀錄：…, rw2159), an activity's (活动时间： / 活动地点： / 参加对象：); the text's own, every field of it. A post's stamp
    (时间：2024-08-01 浏览量：421) and a site's foot (地址：… / 电话：…) name no event."""
    if not FIELD_WITH_VALUE.match(analysis_form(texts[i].strip())):
        return False
    start = end = i
    while start > 0 and FIELD_WITH_VALUE.match(analysis_form(texts[start - 1].strip())):
        start -= 1
    while end + 1 < len(texts) and FIELD_WITH_VALUE.match(analysis_form(texts[end + 1].strip())):
        end += 1
    return end > start and any(event_field(analysis_form(texts[k].strip())) for k in range(start, end + 1))


def _signature(texts: list[str], i: int) -> bool:
    """``texts[i]`` is the text's signature: a unit's name or its office's (its letters spaced out or not: 工 会, 未央区总工会,
    泸医口腔 护理部) over the day it signed on (2013年3月2日) or right under the text's last sentence (rw241's 工 会, the page's
    推荐 under it); the text's own, where a site's credit names a person. A person's name signs too, over its day, under
    a last sentence its writer says in the first person (我们将继续努力，… / 周小博 / 2016年7月: a letter's or a speech's
    signer); under a report told of others (近日，…开展了… / 李明 / 2013年3月2日) it is the reporter's byline, the model's."""
    signer = texts[i].strip().replace(" ", "")
    dated = i + 1 < len(texts) and bool(SIGNATURE_DATE.match(texts[i + 1].strip()))
    if SIGNATURE.fullmatch(signer) or SIGNING_OFFICE.fullmatch(analysis_form(signer)):
        return dated or (i > 0 and is_text_sentence(texts[i - 1].strip()))
    return bool(PERSON_NAME.fullmatch(signer)) and dated and i > 0 and _in_writers_voice(texts[i - 1].strip())


# The writer speaking: 我 (``NARRATOR``) or 我们, outside the words the text quotes (周国强说：“…给我们…”).
WRITERS_VOICE = re.compile(rf"我们|{NARRATOR.pattern}")
QUOTED = re.compile(r"“[^“”]*”")


def _in_writers_voice(text: str) -> bool:
    """``text`` is a sentence of the text its writer says in the first person (``WRITERS_VOICE``)."""
    return is_text_sentence(text) and bool(WRITERS_VOICE.search(QUOTED.sub("", analysis_form(text))))


def _listed(texts: list[str]) -> set[int]:
    """The lines of the lists the text's own lead-in sentences introduce (比赛结果出炉： then 一等奖：ICU麻醉联队,
    二等奖：…): the short lines after such a sentence written as its first item is (a label and a colon, or not), up
    to the first sentence of prose, a long line or an outline entry, at most ``MAX_LISTED_LINES``; a longer list when the
    text's next sentence closes it (a rule's nineteen districts, 分區如下： • 總公司 … • 左營基地, then 每區會員人數…。, rw1173),
    up to ``MAX_CLOSED_LIST_LINES``. The text said a list follows: its items are the text's, however much a line of names
    side by side looks like a menu."""
    listed = set()
    for i, text in enumerate(texts):
        if not introduces_a_list(analysis_form(text.strip())):
            continue
        labelled, items, closed = None, [], False
        for j in range(i + 1, min(i + 1 + MAX_CLOSED_LIST_LINES, len(texts))):
            item = texts[j].strip()
            if not item or len(item) > MAX_JUDGED_CHARS or item.endswith("。") or MARKER.match(item):
                closed = item.endswith("。")
                break
            if labelled is None:
                labelled = bool(LABELLED_ITEM.match(item))
            elif bool(LABELLED_ITEM.match(item)) != labelled:  # a byline after a list of labelled items
                break
            items.append(j)
        listed.update(items if closed else items[:MAX_LISTED_LINES])
    return listed


def paragraph_after(texts: list[str], i: int) -> int | None:
    """Where the line after ``texts[i]`` is, past a few short lines between (a news page's widgets under its headline:
    字号：, +-14, 浏览次数：) and its byline stamped with the post's date (2024-01-29 工人日报 本文被访问次数:562), a short
    line (a paragraph's sums, 2.28万余元, are no stamp); None when there is none."""
    return next(
        (
            j
            for j in range(i + 1, min(i + 2 + MAX_WIDGET_LINES, len(texts)))
            if len(texts[j].strip()) > MAX_WIDGET_CHARS
            and not (is_stamp(texts[j]) and len(texts[j].strip()) <= MAX_JUDGED_CHARS)
        ),
        None,
    )


def is_stamp(text: str) -> bool:
    """A news page's byline: the post's date or time stamped (2024-01-29, 19:09), or its view count."""
    return bool(DATE_TIME.search(text) or COUNT.search(text))


def echo(line: str, lead: str) -> float:
    """The share of the line's pairs of Han characters that ``lead`` repeats (0 for a line without one)."""
    pairs = {line[i : i + 2] for i in range(len(line) - 1) if HAN_WORD.fullmatch(line[i : i + 2])}
    return sum(pair in lead for pair in pairs) / len(pairs) if pairs else 0.0


def reads_as_headline(text: str, following: str, *, above_outline: bool = True) -> bool:
    """A line that reads as the headline of the paragraph that follows: one clause (a subtitle after one colon or a
    dash allowed), no outline marker, over a longer paragraph, or over a whole sentence ``above_outline`` (a page's
    headline stands above the text's outline; a short line between its entries is the text's or a site's chatter); a
    mirror's pinyin glosses (建設(shè)) are no length."""
    length = len(PINYIN_GLOSS.sub("", text))
    return (
        MIN_HEADLINE_CHARS <= length <= MAX_HEADLINE_CHARS
        and (
            len(PINYIN_GLOSS.sub("", following)) > max(length, MIN_PARAGRAPH_CHARS)
            or (above_outline and _is_sentence(following))
        )
        and not stops_headline(text)
        and not is_stamp(text)
        and not MARKER.match(text)
        and not MARKER.match(following)
    )


def stops_headline(text: str) -> bool:
    """What stops a line reading as one headline (``HEADLINE_STOPS``): a sentence's mark, a field's colon, a menu's words
    side by side; a bar between two phrases of ``MIN_BAR_PHRASE_CHARS`` at least parts one headline in two (``HEADLINE_BAR``),
    each phrase read on its own and the words of both side by side (网站首页 | 个人文档 个人总结 工作总结: a menu)."""
    text = COUPLET_BEFORE_DASH.sub(r"\1 \2", text)
    phrases = HEADLINE_BAR.split(text)
    if len(phrases) != 2 or any(len(phrase) < MIN_BAR_PHRASE_CHARS for phrase in phrases):
        return bool(HEADLINE_STOPS.search(text))
    return any(HEADLINE_STOPS.search(phrase) for phrase in (*phrases, " ".join(phrases)))


def _is_sentence(text: str) -> bool:
    """A whole sentence of prose, however short: clauses and its full stop (3月11日上午，…召开七届三次全委会议。); a
    headline may end in ！ (…致敬新时代的“她们”！), a sentence of a report in 。."""
    return text.endswith("。") and bool(PROSE_PUNCTUATION.search(text[:-1]))


def model_junk(
    texts: list[str],
    path: Path = MODEL_PATH,
    library_files: Mapping[str, int] | None = None,
    dropped: Sequence[str] = (),
    step: Step = no_step,
) -> list[list[tuple[str, str | None]]]:
    """For each line of a file, its units, each with the reason of the model at ``path`` when it judges it junk
    (``library_files``: see ``contexts``; ``dropped`` and ``step``: see ``judged_contexts``)."""
    model = load_model(path)
    split = [units(text) for text in texts]
    if model is None:
        return [[(unit, None) for unit in line] for line in split]
    file_contexts = judged_contexts(split, library_files, dropped, step)
    scores = iter(model.judge([context for line_contexts in file_contexts for context in line_contexts]))
    judged_lines = []
    for line in split:
        judged_units: list[tuple[str, str | None]] = []
        for unit in line:
            reason = None
            judged = next(scores)
            if judged is not None and judged[0] >= model.threshold:
                reason = f"网页杂项（模型 {judged[0]:.2f}：{judged[1]}）"
            judged_units.append((unit, reason))
        judged_lines.append(judged_units)
    return judged_lines
