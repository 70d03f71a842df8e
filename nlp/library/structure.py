"""Structure: cleaned lines -> documents -> outline blocks.

A file often holds several documents (篇一 … 篇八, 范文一, a bare title line). Inside a
document, a numbered line that introduces what follows is a heading; a numbered full
sentence is an item; everything else is a paragraph. Levels are outline depth in the
document (the first marker family used is level 1), so later steps can renumber.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from difflib import SequenceMatcher

from nlp.library.clean import SITE_NAME, breaks_inside_word
from nlp.library.junk import (
    CLAUSE_BREAK,
    COLLECTION_WORDS,
    COLUMN_NAME,
    DAY_ALONE,
    LABEL_COLON,
    MAX_WIDGET_CHARS,
    MAX_WIDGET_LINES,
    PLAN_LABEL,
    SIGNATURE,
    SITE_WORDS,
    echo,
    is_stamp,
    paragraph_after,
    reads_as_headline,
    reads_as_slogan,
)
from nlp.library.kinds import load_model as load_kind_model
from nlp.library.markers import (
    ADDRESS,
    ADOPTION_DATES,
    AUDIENCE,
    BARE_SERIES,
    BRACKETED_ASIDE,
    BRACKETED_COUPLET,
    CHARTER_LABEL,
    CHARTER_NUMBER,
    CIRCLED,
    CN_DIGITS,
    CN_NUMBER,
    DASHED,
    DOCUMENT_NUMBER,
    FAMILIES,
    FIELD_NAME,
    FILE_NAME,
    GLUED_TITLE,
    INLINE_LABEL,
    ITEM_TITLE,
    LABEL_OPENING_PARAGRAPH,
    MONTH_ENTRY,
    MONTH_LINE,
    NUMBER_AFTER_COUNT,
    OBJECT_AHEAD,
    OCCASION_EVENT,
    OPENING_LABEL,
    ORDINAL_FAMILIES,
    PART_LABEL,
    PART_LABEL_CHARS,
    POINTS_AHEAD,
    POST_DAY,
    QUESTION_HEADLINE,
    SERIES,
    SERIES_CLOSE,
    SERIES_OPEN,
    SERIES_PREFIX,
    SIGNATURE_DATE,
    STRUCTURAL_PARTICLES,
    TITLE,
    TITLE_LABEL,
    dangles,
    family_of,
    is_headline_over_sub_headline,
    is_title_line,
    label_alone,
    marker_number,
    month_schedule,
    named_by,
    numbers_first,
    opens_list,
    split_marker,
)
from nlp.library.placeholders import find_placeholders
from nlp.library.script import PINYIN_GLOSS, analysis_form, letters_only
from nlp.models import Block, Document, DroppedLine, Line, Step, checked, no_step
from nlp.resources import CHINESE_DIGITS, HAN, ORGANISATION_WORDS, chinese_number

SENTENCE_END = "。！？；"
MAX_HEADING_CHARS = 40
MAX_PLAIN_HEADING_CHARS = 20
MAX_UNMARKED_HEADING_CHARS = 60
MIN_PARAGRAPH_CHARS = 100  # a heading's paragraph, not an item's one sentence after its lead phrase
MIN_GLUED_PROSE_CHARS = 12  # the prose a plan's section label is glued to (活动目的为了丰富…), cut or not
MAX_LABEL_CHARS = 9
# A short headline: a phrase, or two joined by a comma, a colon or a space, opening on a festival's day written with a dot
# or not (5.12国际护士节, 3.8妇女节, rw1232).
HEADLINE = re.compile(rf"^(?:\d{{1,2}}[.．]\d{{1,2}}(?=[{HAN}]))?[{HAN}\w“”]{{2,}}(?:[，,：:\s][{HAN}\w“”]{{2,}})?$")
FIRST_NUMBERS = ("1", "一", "⒈", "⑴", "①", "㈠")  # the number a series of entries starts at, in each form
SECOND_NUMBERS = ("2", "二", "⒉", "⑵", "②", "㈡")  # and the number after it
FIRST_OF_SECOND = str.maketrans("".join(SECOND_NUMBERS), "".join(FIRST_NUMBERS))
LEAD_IN = re.compile(
    rf"如下|以下|{OBJECT_AHEAD}"
)  # a lead-in anywhere, or its verb before its colon (``POINTS_AHEAD``)
# The title after an item's label: a phrase, no sentence.
LABELLED_TITLE = re.compile(r"[^。！？；，,]{2,40}")
# A section's label in brackets on its own line (【指导思想】): a heading, as 一、指导思想 would be.
BRACKETED_LABEL = re.compile(r"^【[^【】]{2,12}】$")
# A label with a bracketed qualifier before its colon (單項獎(成人防護服穿脫技術):, over the prizes' fields, rw1198): the
# label, the qualifier no length.
QUALIFIED_LABEL = re.compile(r"^(?P<label>[^。！？；：:，,、()（）\s]{2,8})[（(][^。！？；：:()（）]{1,20}[）)][：:]$")
# A title in brackets glued to its body: 【有关于社区年度工作计划】随着新一年的到来，…
BRACKETED_TITLE = re.compile(r"^【([^【】]{4,48})】\s*(?=\S)")
TITLE_TAIL = re.compile(r"[（(][^（）()]{1,16}[）)]$")
SERIES_AT_END = re.compile(rf"{SERIES}{SERIES_CLOSE}?$|{NUMBER_AFTER_COUNT}")
# A collection's count of its items (4篇, 八篇; 第4篇 is an item's label), or of its sets or copies before the genre they
# are (不一样的6套三八妇女节活动方案( 二 ), rw1247; 精选5份…总结).
COLLECTION_COUNT = re.compile(
    rf"(?<!第)(?:\d{{1,2}}|{CN_NUMBER})篇|(?<![第\d])\d{{1,2}}[套份则](?=[^，。；！？]{{0,20}}(?:计划|計劃|方案|总结|總結|要点|要點|安排))"
)
# A collection's title: its name, then the count of its items (学校工会工作计划2024小学15篇, 2023工会工作开展情况汇报【7篇】),
# in brackets with the site's word for the lot or not (护士节的活动方案(通用15篇), …（精选5篇）, rw1254).
COLLECTION_TITLE = re.compile(
    rf"^(?P<name>[^，。；！？：:\s【]{{4,36}}?)\s*(?:\d{{1,2}}|{CN_NUMBER})篇$"
    rf"|^(?P<bracketed>[^，。；！？：:\s【（(]{{4,36}}?)\s*[【（(][{HAN}]{{0,4}}(?:\d{{1,2}}|{CN_NUMBER})篇[】）)]$"
)
# An item's title in such a collection: the collection's name with the item's number (学校工会工作计划2024小学2) or its
# label (2023工会工作开展情况汇报【篇1】).
NUMBERED_ITEM = re.compile(r"^(?P<name>\S{4,36}?)\s*\d{1,2}$")
# A year in a collection's name as written or as the site masked it in its items' titles (卫健工会工作计划20_1 and …20_2 under
# 卫健工会工作计划2023(通用20篇), rw2035; 医院工会工作总结20_1 under …2023(汇总3篇), rw288): the same name.
NAMED_YEAR = re.compile(r"(?:19|20)(?:\d{2}|[_＿xX×*]{1,2})(?![\d_＿xX×*])")
# or its number in brackets, a colon after it or not (县三八节表彰会领导讲话(一):, rw1476)
BRACKETED_NUMBER_ITEM = re.compile(rf"^(?P<name>\S{{4,36}}?)\s*[（(](?:\d{{1,2}}|{CN_NUMBER})[）)]\s*[：:]?$")
# A 范文 site's promo that names what its editor compiled (下面就是小编给大家整理的县三八节表彰会领导讲话,仅供参考。, rw1476):
# the collection's name, as its title gives it; after 带来 the name may follow the verb straight (下面小编给大家带来学校工会工作
# 总结反思,希望大家喜欢!, rw1945; …带来了局工会年度工作计划精选6篇, rw093).
PROMO_NAMED = re.compile(
    r"小编[^，,。]{0,12}?(?:(?:整理|收集|搜集|准备|带来|推荐|分享)[^，,。的]{0,8}的|带来了?)(?P<name>[^，,。！!？?\s]{4,36}?)"
    r"(?:[（(]?[^，,。]{0,4}\d{1,2}篇[）)]?)?[，,。！!]"
)
LABELLED_ITEM = re.compile(rf"^(?P<name>\S{{4,36}}?)\s*{SERIES_OPEN}?{SERIES}{SERIES_CLOSE}?$")
CONTENTS_LABEL = re.compile(r"(?:本文)?目录[：:]?")  # a table of contents' label (analysis form)
TABLE_OF_CONTENTS = re.compile(rf"^{CONTENTS_LABEL.pattern}(?=\S)")
CONTENTS_REASON = "目录"  # why a table of contents' lines are dropped
ITEM_LABEL = re.compile(rf"^\s*{SERIES_OPEN}?{SERIES}{SERIES_CLOSE}?$")
# A site's column in brackets before a headline (【人医动态】我院圆满完成…): the page's, no part of the title; a bracketed
# part that names no column (【首都除夕护卫健康】暖心关爱，…, 【护理】敬过往…) is the headline's own. A site's tag in 〖〗,
# brackets no headline writes (〖會員權益〗會員申訴處理流程及原則, rw993), is the page's whatever it names. A column in square
# brackets or in Traditional script is one too ([新聞]竹縣中醫大表揚25護理師…, rw1072).
BRACKETED_COLUMN = re.compile(
    r"^\s*(?:【(?P<name>[^【】\s]{1,20})】|\[(?P<square>[^\[\]\s]{1,20})\]|〖[^〖〗\s]{2,8}〗)\s*(?=\S)"
)
# A site's columns before a headline, each closed by a bar (要闻动态| 市四医院开展…, 党群活动 | 城发工会 城载幸福 | 长沙城发集团
# 召开…, rw938): one that names a column, or two or more (a column and its sub-column, a slogan after it); one that names
# none is the headline's first part (六届五次职代会工代会分团讨论 | 凝心聚力集智…, 南区社区|百姓有话题…).
BARRED_COLUMNS = re.compile(
    r"^\s*(?:[^|｜，。；！？：:\s]{2,12}(?:\s[^|｜，。；！？：:\s]{2,12})?\s*[|｜]\s*){1,3}(?=\S)"
)
# A site's column closed by a colon before a headline (支部动态：本科生…党支部组织生活会…, rw1731): the page's when it names a
# column, as in brackets; a place or a unit before its news (吴兴区：飞英街道…, 丰乐镇：夏日送清凉…) is the headline's own. A
# slash closes a column as a colon does (社區園地/社區發展協會籌備會…, rw1937).
COLON_COLUMN = re.compile(r"^\s*(?P<name>[^，。；！？：:\s|｜/／]{2,12})[：:/／]\s*(?=\S)")


def bracketed_column(title: str) -> re.Match[str] | None:
    """The site's column in brackets before ``title``'s headline (``BRACKETED_COLUMN``), or its columns closed by bars
    (``BARRED_COLUMNS``) or by a colon (``COLON_COLUMN``), None when it has none."""
    if barred := BARRED_COLUMNS.match(title):
        columns = [part.strip() for part in re.split("[|｜]", barred.group()) if part.strip()]
        if len(columns) > 1 and len(title[barred.end() :].strip()) <= MAX_COLUMN_CHARS:
            return (
                None  # a menu's links, its last a column's length (公众版|医院版|英文版|返回引导页, rw341): no headline
            )
        return barred if len(columns) > 1 or COLUMN_NAME.fullmatch(analysis_form(columns[0])) else None
    if (colon := COLON_COLUMN.match(title)) and COLUMN_NAME.fullmatch(analysis_form(colon.group("name"))):
        return colon
    match = BRACKETED_COLUMN.match(title)
    name = match and (match.group("name") or match.group("square"))
    return match if match and (not name or COLUMN_NAME.fullmatch(analysis_form(name))) else None


# A collection's item label inside a line (a page written on one line): the next document starts there.
INLINE_SERIES_LABEL = re.compile(rf"(?<=\S)\s*【(?:第?\s*(?:\d{{1,2}}|{CN_NUMBER})\s*篇|篇\s*\d{{1,2}})】\s*(?=\S)")
MAX_HEADLINE_CHARS = 30
# A headline that lists what it covers: phrases joined by 、, no sentence (慰问劳模先进工作者、因公感染非典职工、困难职工).
LISTING_HEADLINE = re.compile(
    rf"^(?=.{{{MAX_PLAIN_HEADING_CHARS + 1},{MAX_HEADLINE_CHARS}}}$)[{HAN}\w“”]{{2,}}(?:、[{HAN}\w“”]{{2,}})+$"
)
TWO_CLAUSE_HEADLINE = re.compile(rf"^[{HAN}“”]{{3,14}}[，,][{HAN}“”]{{4,20}}$")
# A lost picture's caption naming the event a unit held (少屏社区开展重阳佳节敬老爱老主题活动, rw1447): between a section's
# paragraph and the next section's headline, it is the section's last line, no headline over a subheading.
HELD_CAPTION = re.compile(r"[^，。；：:\s]{2,12}(?:开展|举办|举行|组织)了?[^，。；：:\s]{2,24}活动")
# A subhead of a label and a headline of two clauses (健康义诊：中医情暖女性，守护健康初心; 支部述职与问题查摆：梳理实绩，深挖症结,
# rw1940), a headline's length; a headline parts its two phrases by a space as well as by a comma (高潮社区：包粽比赛 体验别样端午
# beside 商东社区社区：敲锣鼓，庆端午, rw2459; the titles 县总工会：雪中送温暖 关怀暖人心, rw1853, 历下区总工会：服务赋能聚人心
# 文化引领展风采, rw285).
LABELLED_HEADLINE = re.compile(
    rf"^(?=.{{8,{MAX_HEADLINE_CHARS}}}$)[{HAN}“”]{{2,10}}[：:][{HAN}“”·]{{3,14}}(?:[，,]|\s+)[{HAN}“”·]{{3,14}}$"
)
MIN_LABELLED_HEADLINES = 2
# An event's name over its sub-headline after a dash (知院爱院——通州院区趣味健步走, 健康北京 美丽中国——西城院区2019年职工
# 健步走, rw1210), or a key word of one character over its section's phrase (看——建家阵地 / 查——建家台账, an inspection's
# steps, rw2158), a headline's length: a section's headline between paragraphs as a short one is.
DASHED_HEADLINE = re.compile(
    rf"^(?=.{{5,{MAX_HEADLINE_CHARS}}}$)[{HAN}\w“”]+(?:\s[{HAN}\w“”]{{2,}})?——[{HAN}\w“”]{{2,}}$"
)
# An event's name with the day or the days it is held in brackets after it (“師者匠心” 表彰活動(9 月 10 日), “筆墨寄情” 書畫攝影展
# (9 月 20 日 - 10 月 7 日), rw1806): a schedule's entry, a headline by its name; the days are no sentence of it.
EVENT_DAYS = re.compile(r"\s*[（(]\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^（）()]{0,24}[）)]$")
MAX_PREAMBLE_LINES = 3
MIN_WRAPPED_LINES = 3  # a hard-wrapped block: lines of one width, a sentence's width at least
MIN_WRAP_WIDTH = 20
MIN_CONTENTS_ENTRIES = 3  # entries of a table of contents, and of them the text writes out (``_is_table_of_contents``)
# An item's label after the title it repeats: 篇1, 【第二篇】, or the item's bare number glued to its text (…计划1一、…, …计划2今年…;
# not a year, a date or an outline marker of its own: …计划2023年…, …计划1、…).
ITEM_LABEL_AHEAD = re.compile(rf"{SERIES_OPEN}?{SERIES}|\d{{1,2}}(?![\d年月日/.．、，,:：)）%-])")
# A document site's notice that names the file it shows: 《…工作计划》由会员上传分享
SHARED_FILE_TITLE = re.compile(r"《([^《》]{4,40})》(?:由[^，。]{0,6}上传|是[^，。]{0,6}分享)")
TITLE_NOTICE_REPEAT = re.compile(
    r"^(?P<title>[^【】]{4,40}?)\s*(?P<notice>【[^【】]{2,30}】)\s*(?P=title)\s*(?P<rest>\S.{8,})$"
)
MIN_PREVIEW_CHARS = 20  # a site's preview of the text repeats at least its first 20 characters
MAX_NOTICE_CHARS = 20  # a document site's notice before the title it repeats
MAX_PREAMBLE_CHARS = 260
# PDF extraction merges a heading with the first sentence of its list: 如下：一、……1. ……；2. ……; a section's label in
# brackets starts a line too, after a sentence or at the line's end (…价值。【活动对象】各护理单元【活动内容和方式】); a page
# that lost its line breaks keeps a space before each section's 一、 (…作工作计划 一、组织机构健全 医院工会…), and glues a
# bracketed entry's heading after the last sentence of the paragraph before it, the heading ending the line (…充分发表意见。
# (2)会议出席对象。 / its paragraph, rw1932).
INLINE_MARKER = re.compile(
    rf"(?<=[：；。])(?={CN_NUMBER}、|（{CN_NUMBER}）|\d{{1,2}} ?[．.、](?!\d)|{INLINE_LABEL})|(?<=\S)(?={INLINE_LABEL}$)"
    rf"|(?<=[{HAN}。]\s)(?={CN_NUMBER}、[{HAN}])"
    rf"|(?<=。)(?=[(（]\d{{1,2}}[)）][^。；：，,！？!?]{{2,{MAX_HEADING_CHARS}}}。?$)"
)
# A page that lost its line breaks glues an entry's marker to the last word of the entry before it (…颂扬党的丰功伟绩（二）举行“红歌
# 唱响校园”活动1.选取的红歌：①《…》；②《…》；③《走向复兴》2.各支部…, rw2008): markers of one family counting up from one
# inside a line, each before an entry's words, are the entries of a list run together, each the start of a line of its own;
# so are the sub-entries counted among them (①…；②…, (1)…(2)…) or after a label's colon (``_labels_list``).
COUNTED_ENTRY = re.compile(
    rf"(?:[（(](?P<cn_paren>{CN_NUMBER})[）)]|(?<![\d.．:：/\-])(?P<num>\d{{1,2}})[.．、](?!\d)"
    rf"|[（(](?P<num_paren>\d{{1,2}})[）)]|(?P<circled>[{CIRCLED}]))(?=[{HAN}“《])"
)
MIN_COUNTED_ENTRIES = 2
# A team's name run together with its members' roles (…系列活动领导小组组长：成员：, a form's blanks, rw2008): two roles at least,
# each with its colon; the team is a heading over them (一、…领导小组 / 组长： / 成员：); one role alone (领导小组成员：…) is a field.
TEAM_ROLES = re.compile(r"(?<=小组)\s*(?=(?:副?组长|组员|成员)[：:][^：:]{0,20}?(?:副?组长|组员|成员)[：:])")
# The parts a text announces in quotation marks (切实做到“老有所知、老有所学、老有所为、老有所乐”。) and then takes up one by one, each
# as a phrase of its own opening its paragraph (…。 老有所知。党支部在制度上…, rw1954): on a page that lost its line breaks, each
# such sentence after the announcement starts a line (``_announced_parts``).
ANNOUNCED_PARTS = re.compile(r"“((?:[^“”、，。；：]{2,8}、){2,}[^“”、，。；：]{2,8})”")
# A series written as the object of one sentence: short entries after its colon, apart by ；, the last one closed by
# 等 and their count, the sentence going on (提出：一、擴大組織基盤；二、實現尊嚴勞動；…；四、提升本會地位等四大目標，繼續…):
# its markers stay in the sentence.
COUNTED_SERIES = re.compile(
    rf"：(?:(?:{CN_NUMBER}、|\d{{1,2}}[．.、])[^。！？；：]{{2,25}}；){{1,9}}"
    rf"(?:{CN_NUMBER}、|\d{{1,2}}[．.、])[^。！？；：]{{2,25}}?等[{CN_DIGITS}两\d]{{1,2}}[个個项項大条條方点點类類]"
)
# A span in markdown bold after a sentence, another span or the line's start, with the marker of its entry before it.
INLINE_BOLD = re.compile(
    r"(?:^|(?<=[。！？；：*]))\s*(?P<marker>(?:\d{1,2}[.．、]\s*)?)\*\*(?P<words>[^*。！？；\n]{2,40}?)\*\*"
)
# A character of a phrase with the pinyin gloss a mirror site may have injected after it (醫(yī)), which is no length.
GLOSSED = rf"[^，。；：](?:{PINYIN_GLOSS.pattern})?"
HEADING_THEN_SUBHEADING = re.compile(
    rf"^({CN_NUMBER}、(?:{GLOSSED}){{2,20}}?(?:，(?:{GLOSSED}){{2,20}}?)?)(?=（一）|1 ?[．.、](?!\d))"
    rf"|^(（{CN_NUMBER}）[^。；：]{{2,30}}?)(?=1[．.、][{HAN}])"
)
# A numbered heading glued to its paragraph, which opens with an enumeration: 1、加强组织领导，提高自身建设一是……
# A heading's sentence before the paragraph it opens: 以协调劳动关系为主线，切实维护职工合法权益。劳动关系……
INLINE_RUN_IN = re.compile(rf"^[^。！？；：]{{4,{MAX_HEADLINE_CHARS}}}。(?=[{HAN}“\d].{{3}})")
INLINE_RUN_IN_SPACE = re.compile(rf"^[^。！？；：\s]{{4,{MAX_HEADLINE_CHARS}}}\s+(?=[{HAN}].{{20}})")
# One unit of a phrase: a character that is not a clause's punctuation, or a name in quotation marks, whatever it
# holds (“纵向到底、横向到边”).
PHRASE_UNIT = r"(?:“[^“”]{1,20}”|[^。！？；：，,、])"
# An entry's first sentence that is a phrase (深化“三级联创”。, 养老服务精细化工程。) or two or three short parallel ones
# (加强领导，精心组织。, 整合资源，构建联动服务新格局。, 抓班子，强队伍，夯实党建基础工作。, 坚持“三会一课”制度，结合新时代文明实践
# 工作，广泛开展丰富多彩的党员教育活动。) over a paragraph, which may open with a masked year (****年) or a word a site
# masked in Latin letters (dy守初心 for 党员: rw760); a page's stray comma
# before the stop (開展“五百活動”助發展，。) is no clause. A heading's length at most (``MAX_HEADING_CHARS``). A space stands
# where the page lost the stop or the line break (1、坚持走访慰问制度，做好…工作 学校党政领导每年…, rw1724), not before a particle
# that ties on to the word before (…以教代會為基本形式 的民主管理…, a glossed mirror's spacing, rw226).
RUN_IN_PHRASE = re.compile(
    rf"^{PHRASE_UNIT}{{2,16}}(?:[，、]{PHRASE_UNIT}{{2,16}}){{0,2}}"
    rf"(?:，?。|(?<=[{HAN}”])[ \u3000]+(?![{STRUCTURAL_PARTICLES}]))(?=[{HAN}“\d*A-Za-z].{{20}})"
)
# The page's end may cut the paragraph after it short (2、突出发展重点，优化队伍结构。要着眼于…，按): any text after the stop.
CUT_RUN_IN_PHRASE = re.compile(RUN_IN_PHRASE.pattern.removesuffix(".{20})") + ")")
# An enumeration's word, which opens a sentence of a paragraph, never an entry nor a heading (一是把牢工会政治方向。, 首先…:
# the paragraphs of one list, rw142; 一是培育社团文化，建设“职工之家”。…, rw2163; 一是聚力数据整理，加强企业活力 alone over its
# paragraph, rw940: README, Headings: conventions, Markers).
ENUMERATION_OPENING = rf"(?:{CN_NUMBER}是|首先|其次|再次|最后)"
# A paragraph that opens with a phrase as its own sentence (政治建设坚强过硬。坚持把党的政治建设摆在首位，…): no clause in it,
# nor an enumeration's word.
UNMARKED_RUN_IN = re.compile(rf"^(?!{ENUMERATION_OPENING}){PHRASE_UNIT}{{4,12}}。(?=[{HAN}“].{{20}})")
# A paragraph that opens with two parallel phrases of one length as its own sentence, a report's step (確定代表，擬定方案。
# 2020年10月，工會辦公室…, rw1195), no enumeration's word: see ``_run_in_paragraphs``.
PARALLEL_RUN_IN = re.compile(
    rf"^(?!{ENUMERATION_OPENING})(?P<first>{PHRASE_UNIT}{{3,8}})[，,](?P<second>{PHRASE_UNIT}{{3,8}})。(?=[{HAN}“\d].{{20}})"
)
MIN_RUN_IN_STEPS = 3
MIN_COUPLETS = 2  # a news item's couplet subheadings (``_run_in_paragraphs``)
# A headline that closes with a bracket (活动动员（2017年3月份）) at the start of a longer text.
BRACKETED_HEAD = re.compile(rf"^[^。！？；，（）]{{2,20}}（[^。！？；（）]{{1,16}}）(?=[{HAN}])")
# An entry that is a field: its label, a colon, its value (活动目的：围绕医院的中心工作…, 活动地点：医院篮球场).
LABEL_ENTRY = re.compile(rf"^{PHRASE_UNIT}{{2,8}}[：:](?=\S)")
# A field that may be a plan's section, its label up to a label's length (5、参赛资格及报名办法：凡报名参赛的…, rw2015); a
# clock's colon is no label's ((一)11:00—17:00项目比赛依次进行，…, rw2557).
SECTION_FIELD = re.compile(rf"^{PHRASE_UNIT}{{2,{MAX_LABEL_CHARS}}}(?:{LABEL_COLON.pattern})(?=\S)")
# A run of fields, each a label, its colon and a short value, apart by semicolons (总负责人：xxx；拔河比赛（负责人）：xxx；).
FIELD_RUN = re.compile(rf"(?:{PHRASE_UNIT}{{2,12}}[：:][^：:；;。！？]{{1,12}}(?:[；;]|$))+")
# An entry that is a label alone (具体安排, 活动内容：).
# A plan's closing provision, its last section (六、本辦法經學務會議通過，送校長核定後實施，修正時亦同。, rw1003): no item
CLOSING_PROVISION = re.compile(r"^本(?:办法|计划|方案|细则|规定|要点|章程|简章)[^。]{0,30}(?:实施|施行|执行)")
LABEL_ONLY = label_alone(*PART_LABEL_CHARS, colon="[：:]?")
# An entry that is an item: its first sentence is a clause with a comma (组织职工参加疗养，每年分两批…).
CLAUSE_WITH_COMMA = re.compile(r"[^。！？；]*[，,；]")
# A numbered entry that is one full sentence and nothing more: clauses parted by a comma, its stop at its end, no label's
# colon (二、每届工会主席、委员任期三年，任期满后换届选举。, rw2364): an item by the README's heading-or-item rule when nothing
# stands under it (``_beside_an_item``).
SENTENCE_ENTRY = re.compile(r"^[^。！？；：:]*[，,][^。！？；：:]*[。！？]$")
RUN_IN_SENTENCE = re.compile(rf"^[^。！？；：]{{4,}}?。(?=[{HAN}“].{{2}})")
# A numbered heading, with or without its stop, before the enumeration its paragraph opens with (1、加强组织领导，提高
# 自身建设一是……; （一）严防严控，全力打好新冠肺炎阻击战。一是入户排查抓防疫。…).
HEADING_THEN_ENUMERATION = re.compile(r"^([^。！？；：]{4,60}?。?)(?=(?:一是|首先)[^。！？；]{4}|[（(]1[）)]\S)")
# Characters an encoding lost, shown as question marks (夯实工作基??): letters, not a question.
LOST_CHARACTERS = re.compile(r"[?？]{2,}")
# Words a paragraph opens with and a heading does not end with: prepositions, which a heading's own clause may hold
# too (组织学习贯彻习近平总书记在全国两会期间重要讲话精神), and the writer (我, 我们, 我院) or the time of a sentence (今年, 近日).
PREPOSITION_OPENER = re.compile(r"在|经过|作为|鉴于|为了?|通过|随[着著]|按照|根据|围绕|针对|由于")
BODY_OPENER = re.compile(rf"{PREPOSITION_OPENER.pattern}|我|本[院科]|今年|全年|目前|近日|日前|坚持")
# Words a sentence that names a genre opens with and a title does not: a preposition, a request (根据20xx年工会工作计划
# 安排…, 请区总工会主席作工作报告).
SENTENCE_OPENER = re.compile(r"根据|按照|为了|通过|随着|围绕|针对|由于|鉴于|经过|请(?!示)")
# Someone presenting the genre at a meeting (赵楠作2023年度内科片区护理工作总结, a picture's caption in a news item): 作 the
# verb, not the end of 工作 nor of another verb (合作, 创作, 制作); or who chaired or attended and gave it (…黄晓薇主持会议并作
# 工作报告。, a news item's last sentence, rw1484). A sentence, not a title. The report may be named by a few words of whose
# or what it is (…陈洪鹄作主题工作报告。, rw1927; 庞非作学校工作报告; 刘东亮作《工会工作报告》; 管長元作工會工作報告, 左建輝作
# 行政工作報告: rw1935's captions; 刘卫光作工会工作报告, rw743); 做好 is a task (关于做好2023年工作总结的通知), not a presenting.
PRESENTED = re.compile(
    r"(?<![工合协创写操制])[作做](?!好)了?(?:(?:19|20)\d{2}年|《?[^，。；、《》\d\s]{0,6}?工作(?:报告|总结))"
    r"|并[作做]了?[^，。；]{0,20}?(?:报告|总结|讲话)"
)
# Glued to more text, 在 opens a clause's frame too (在听取…工作总结及…工作思路后，…); a title alone on its line may open
# with it (在…会议上的讲话).
GLUED_SENTENCE_OPENER = re.compile(rf"{SENTENCE_OPENER.pattern}|在")
GLUED_HEADING_CHARS = (2, 24)
MAX_GLUED_CLAUSE_CHARS = 16  # a longer glued heading of two clauses ends before a paragraph's opener only
MIN_CLAUSE_CHARS = 4  # of each of a glued heading's two clauses (加强了工会组织建设，提高工会工作质量)
YEAR_TITLE = re.compile(r"^(?:19|20)\d{2}年")  # a title that opens with its year: a title, whatever unit it names
# A paragraph that opens with its year, written or a slot: 2023年，… / ____年是… / 20xx年以来… / 自2024年初以来…
YEAR_OPENING = re.compile(r"(?:自从?)?(?:(?:19|20)\d{2}|20[xX]{2}|_{2,}|[xX]{2,4})年(?:是|，|初?以来|度[，,])")
# (not one inside a run of Latin letters and digits: a file named a1964f52d, a hash, has no year)
YEAR_NUMBER = re.compile(r"(?<![\dA-Za-z])((?:19|20)\d{2})(?!\d)")
# A day whose 年 and 月 the page lost (我院工会201014日和201019日分别组织了…, 于201638日精心组织…, rw948, rw962), or a month
# whose 年 it lost (裕祥花園社區于202010月中下旬開展…, rw1706): the year stands before the month's and the day's digits. A
# time of the day may stand for the lost 日 (2012615下午, 2020116上午, 201236晚上: rw1717, rw2032, rw2094).
DAY_WITHOUT_MARKS = re.compile(
    r"(?<!\d)((?:19|20)\d{2})(?:\d{2,4}(?:日|(?=[上中下]午|早上|晚上|凌晨|傍晚))|(?:0?[1-9]|1[0-2])月)"
)
# The date under a signature in Chinese numerals (二〇一七年八月十七日, rw947).
CN_SIGNATURE_DATE = re.compile(
    rf"^([{CHINESE_DIGITS}零]{{4}})年[一二三四五六七八九十]{{1,2}}月(?:[一二三四五六七八九十]{{1,3}}日)?$"
)
# The date under a signature in eight digits, its year, month and day run together (20211013, rw1410).
DIGIT_SIGNATURE_DATE = re.compile(r"^((?:19|20)\d{2})(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$")
# A year in Chinese numerals, its zero written 〇, ○ or 零 (特别筹办了二○二五护理之家千岁团春游活动, rw1180): read as its digits.
CN_YEAR = re.compile(
    rf"(?<![{CHINESE_DIGITS}○零十])(?:一九|二[〇○零])[{CHINESE_DIGITS}○零]{{2}}(?![{CHINESE_DIGITS}○零十])"
)
# A Taiwanese page's year of the Republic (民國): 110端午香包巧手做, 113.09.26（四）上午…, 今(109)年護師節, #113年社區發展…,
# and the year of an event held (舉辦112年國際護師節慶祝大會, rw756: 年 there, no count of things held), named in quotes
# (「114年市長與工會有約」: in the text's opening sentence, see ``_roc_year``) or after the county or city that holds it (「南投縣114年國際護士節慶祝大會」), and a date of the era
# named (民國114年12月26日), a year in brackets opening a title ((115)年度補助人民團體…方案, rw1011); read only in
# Traditional script, as the Gregorian year ROC_ERA later.
ROC_YEAR = re.compile(
    rf"(?:^|(?<=[#＃\s])|(?P<quoted>(?<=[「『]))|(?<=今[（(])|(?<=^[（(])|(?<=民[國国])|(?<=[縣市])(?=\d{{3}}年)|(?P<held>(?<=[辦办行])))(?P<year>1[01]\d)"
    rf"(?(held)年|(?:[)）]?年|\.\d{{1,2}}\.\d{{1,2}}|(?=[{HAN}])))"
)
ROC_ERA = 1911
QUOTED_NAME = re.compile(r"[「“『][^「」“”『』]*[」”』]")
# A Taiwanese text's year of the Republic for its work anywhere: a work year (南投縣113年度大、小旗艦計畫, rw726) or a full
# date (決標日至109年12月31日止, rw727; with slashes: 近(113/5/8)日舉辦…, rw1114), not one something began on (自105年1月1日起);
# a work year or a full date of two digits too, before the era's hundredth (於97年度部分補助…, rw1315; 時間:97年12月6日); read
# only in Traditional script. A school year so numbered is the year it begins in (實施方式 (暫擬101學年度), rw1496: 2012; the
# set's five pages that give one, 106學年度 2017, 114學年度 2025, annotate it so); not one a change starts from (教師專業發展評鑑
# 將於106學年度起轉型…, rw1040: a plan of others the text tells).
ROC_WORK_YEAR = re.compile(
    r"(?<![\d自从從])(?:([89]\d|1[01]\d)[學学]?年度(?!起)|([89]\d(?=年)|1[01]\d)(?:年\d{1,2}月\d{1,2}日(?!起)|/\d{1,2}/\d{1,2}(?![\d/])))"
)
# A line that opens with a title of no sentence, then the address the text opens with (各位委员,同志们:根据…); a headline of
# clauses over its dashed sub-headline, the speaker's name after it (凝心聚力，服务大局，为…作贡献 ——…工作报告 梅兵 各位代表:…).
TITLE_BEFORE_ADDRESS = re.compile(
    r"^(?P<title>[^。，,；;！？!?]{6,60}?|[^。；;！？!?]{6,40}?\s*——[^。，,；;！？!?\s]{4,60})"
    rf"(?:\s+(?P<speaker>[{HAN}]{{2,3}})\s+)?(?=(?:尊敬的|各位|亲爱的)[^。；：:]{{0,20}}[：:])"
)
# A year something began in, before the document's own time (从2018年起, 自从2002年8月成为预备党员以来, 自2005年开园,
# 继2012年…首次举办…以来, 始建于2003年, 节日创始于1910年, 于2020年3月成立, a mine that 于1978年底正式投产, rw1152; a community
# that 于2018年从…等5个乡镇边缘村搬迁到此, rw1611: where its people came from; a founding the body set about: 该院于2008年
# 着手创建“职工书屋”, rw1969): not the document's year, though it stands in the first lines.
# A span of the work's own time (自2022年9月至2023年9月，在工会系统集中开展…, rw769) begins with its year, which stays.
YEAR_SINCE = re.compile(
    r"(?:自从?|从|继|(?:始?建|创始|诞生|成立|创建|创办|组建)于)((?:19|20)\d{2})年(?![^，。；]{0,8}?[至到](?:19|20)\d{2}年)"
    # or the founding told after its day (中心于2020年3月成立，…, rw1035; an occasion's: 南丁格尔于1912年设立的节日, rw2359), not a
    # body set up in the work reported (成立了…)
    r"|于((?:19|20)\d{2})年(?:\d{1,2}月(?:\d{1,2}日)?|[底初末])?(?:(?:正式|着手|开始)?(?:成立|创建|创办|创立|组建|建立|设立)|正式(?:投产|建成|开业))(?![了起])"
    r"|于((?:19|20)\d{2})年(?:\d{1,2}月(?:\d{1,2}日)?|[底初末])?从[^，。；]{1,30}?(?:整体)?(?:搬迁|迁入|迁至|迁来|搬入)"
    # or the time before a year (2003年以前，每年都评选出…, rw1715; 由2017年之前的38%提升至50%, rw1470): earlier still
    r"|((?:19|20)\d{2})年(?:以前|之前)"
)
# A law named by the year or the day it was passed or came into force (1988年全民所有制工业企业法、1991年城镇集体所有制企业条例;
# 2011年5月1日《工會法》解除教師工會的禁令後, rw1040): the law's year, not the
# year of the text that cites it; nor is the year of a cited law's revision after its name (《中华人民共和国工会法》(2021修订),
# rw1197).
LAW_YEAR = re.compile(
    r"(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?[^，。；、\d]{0,16}?(?:(?<![方做说看想])法(?=[、，。；》\s对中第]|$)|条例)"
    r"|(?<=》)[（(](?:19|20)\d{2}年?(?:修订|修正|修改|版)?[）)]"
)
# A work cited by a name that spans years (《全国护理事业发展规划(2021—2025年)》, rw1534), or that names a programme by the
# year it aims at, no 年 after it (《“健康中国2030”规划纲要》, rw2268; 《健康湖北2030行动纲要》, rw2293): a programme of
# several years the text carries out, never the year of its own work or event.
CITED_SPAN = re.compile(
    r"《[^《》]*?(?:19|20)\d{2}\s*[—–\-－~～至到]+\s*(?:19|20)?\d{2}年?[^《》]*》"
    r"|《[^《》]*?(?<!\d)(?:19|20)\d{2}(?![\d年])[^《》]*?(?:纲要|规划)[^《》]*》"
)
# An aside that sends the reader to another source (（可參113年10月7日…共同舉辦之司法講座，…）, rw1516; （详见…）): a citation,
# its days the source's, no year of the text.
CITED_ASIDE = re.compile(r"[（(](?:可?[參参][見见考閱阅]?|[詳详]見|[詳详]见|[請请][參参][見见考閱阅]?)[^（()）]*[）)]")
# Years listed together (2019年、2020年投入150多万建立了…, rw1543): what the text tells of several years, no one year of
# its own work.
LISTED_YEARS = re.compile(r"(?:19|20)\d{2}年(?:\s*[、和及与]\s*(?:19|20)\d{2}年)+")
# What someone won, to the end of its sentence (对荣获…2024年质量管理奖，2024年明星护理单元…的护理工作者进行了表彰): an
# honour's year is the honour's, not the year of the document that reports it. So is the year a clause opens on when its
# subject is the one honoured (2017年，社区党支部被评为“…”; 2018年李云娟家庭获“…”称号, rw1543); not an award's name
# (对“2017年度…最美工会”获奖单位进行了表彰, rw1048: the event the text reports); what it won before (该支部曾获2021年度先进基层党组织称号);
# the best of a year an event commends (活动现场，表彰致敬2023年海上最美家庭、2023年上海工会星级爱心妈咪小屋…, rw441: a 2024
# 三八 event, a year's honour conferred after it). The month it was conferred in goes with the year (…肯定，2020年5月被自治区
# 总工会授予“…”称号, rw1992: the honour's day, not the text's). So is a year's model a unit is named (被命名为2018年“全国工会职工
# 书屋示范点”, rw1409), also by the notice the text cites that names them (印发《关于命名2022年全国工会职工书屋示范点的通知》,…被
# 命名为2022年…, rw2409).
HONOURS = re.compile(
    r"(?:(?:(?<=[。；;，,])|^)(?:19|20)\d{2}年(?!度)(?:\d{1,2}月份?)?[，,]?[^，。；！？\d]{0,12}?)?(?:荣获|获评|被评为|命名|授予|曾获|先后获|多次获|荣膺|获(?=[“「]|[^，。；！？]{0,24}?(?:称号|奖|荣誉))|表彰(?:了|致敬)?(?=[^，。；！？\d]{0,8}?(?:19|20)\d{2}年))[^。；！？]*"
    # or the holder of a year's honour named in quotes (特邀2020年“铜仁市三八红旗手”、2021年“…三八红旗手”获得者张琳岚, rw2083)
    r"|(?:19|20)\d{2}年度?[“「][^”」]{2,30}[”」](?:[、，,和及](?:19|20)\d{2}年度?[“「][^”」]{2,30}[”」])*(?:获得者|得主)"
)
# A person's history told by its years, the clause ending there (老党员张三…1974年入党。, 1998年参加工作，): the person's,
# not the document's; a year before a group of people (2024年退休职工欢送会, rw1327; 2024年入党积极分子) is the event's.
PERSON_HISTORY = re.compile(
    r"(?:19|20)\d{2}年(?:\d{1,2}月)?(?:入党|加入中国共产党|参加工作|出生|参军|入伍)(?=[，,。；;、）)]|$)"
)
# The year a new-year text sees off (送别2021，我们奋发向上，…迎接2022, rw926): the year gone, not the one its event opens.
FAREWELL_YEAR = re.compile(r"(?:送别|告别|辞别|作别|挥别|送走)了?(?:19|20)\d{2}年?")
# A visit to a memorial or a red education base (瞻仰人民英雄纪念碑, 走进”上海中共一大会址纪念馆) and all the text tells
# after it: the place's history (始建于1968年, 1951年，一场…战役在洪四村打响, rw1633; 1921年7月23日，中国共产党第一次全国代表大会
# 在此召开, rw1391), not the year of the visit the text reports.
MEMORIAL_VISIT = re.compile(
    r"(?P<visit>(?:参观|瞻仰|走进|来到|走访)[^。！？]{0,30}?"
    r"(?:纪念馆|纪念碑|纪念园|旧址|会址|故居|陵园|烈士墓|史馆|展览馆|博物馆|教育基地))[\s\S]*"
)
# A year written with other digits (2021-05-12第01版, 发布时间：2024/03/10, 索引号：769492411/2016-00122) or in an official
# document's number (川委办〔2020〕20号): a page's date stamp or a file number, never the year a document states.
NUMERIC_DATE = re.compile(
    r"(?<!\d)(?:19|20)\d{2}([-/.])\d{1,2}\1\d{1,2}(?!\d)|\d[-/](?:19|20)\d{2}-\d{3,}"
    r"|[〔［\[（(](?:19|20)\d{2}[〕］\]）)]\s*(?:第\s*)?\d{1,4}\s*号"
)
# A count of people or things (成立协会门槛为2000人, 会员共有1117人, rw992) or a measure (总建筑面积2000平方米, rw1800;
# 发放宣传资料2000份): a number the text counts or measures, no year (a 篇 label after a title's year, …工作計劃2025 篇1,
# counts nothing).
COUNTED = re.compile(
    r"(?<!\d)(?:19|20)\d{2}(?=[余多]?(?:人|名|个|户|次|项|件|家|所|万|元|份|册|吨|亩|平方|平米|米|公里|千米))"
)
# A class of students named by the year it entered (2021级护生授帽仪式, rw952; 为2014级护理专业学生授帽, rw1462): the year they
# came, not the year of the text that reports them; unless the sentence tells their coming (被录取为2014级…学员, rw349; 迎接2020级
# 本科新生的到来, rw845), the event the text reports. A university's class is also named by its degree before the year, no 年
# after it (硕2011党支部2022年度组织生活会, 硕2011支部, rw2228: the master's students who came in 2011).
COHORT = re.compile(r"(?<!\d)(?:19|20)\d{2}(?=级)|(?<=[硕碩博])(?:19|20)\d{2}(?![\d年])")
COHORT_ENTERING = re.compile(r"录取|新生|招生|入学|迎新")
# The time or the day a plan gives its event, or a report its activities (活动时间：2025年10月13日, 活动时间从2024年3月开始;
# 日期：2022年6月25日（星期六）, a programme's event, rw1037), or
# the year a plan sets its goals for (到2023年，争创…; 到2023年底), or a deadline in (在2026年3月底完成, 2024年7月31日前), or the
# day a report sets for the meeting it prepares (拟定于2006年3月17―31日召开…大会), or the span of months a study or a work
# ran over (选取2015年03月至2016年03月在我院行手术治疗的患者90例, rw1017): the year it begins in; or the month the work it
# reports began in (从2023年6月份开始，实施民生工作站, rw1923: ``YEAR_SINCE`` leaves it), or the month its work runs from
# (2019年2月起，XXX小区开始垃圾减量分类投放, rw1971; 于2017年7月起在新医技病房楼…, rw1608); or the day of the event a
# volunteer platform's record gives in its table's cell, in digits (活动日期| 2019-08-27 14:30:00至…, rw2400, rw2261): the
# event's, not a post's stamp (发布时间：2020-12-01 names no 活动).
EVENT_TIME = re.compile(
    r"(?:时间|日期)[：:为是从。]?\s*((?:19|20)\d{2})年|到((?:19|20)\d{2})年[，,底末]"
    r"|从((?:19|20)\d{2})年\d{1,2}月份?开始|((?:19|20)\d{2})年\d{1,2}月(?:\d{1,2}日)?起"
    r"|((?:19|20)\d{2})年\d{1,2}月(?:份|\d{1,2}日)?\s*[至到]\s*(?:19|20)\d{2}年\d{1,2}月"
    r"|((?:19|20)\d{2})年\d{1,2}月(?:\d{1,2}日|底|上旬|中旬|下旬)?(?:前|之前|完成)"
    r"|(?:拟定|拟|定)于((?:19|20)\d{2})年\d{1,2}月"
    # an event's date field, its day in dashes (活动日期| 2024-08-21 09:00:34至…, a volunteer service's record: rw2261, rw2400)
    r"|活动(?:日期|时间)\s*[：:|｜]?\s*((?:19|20)\d{2})-\d{1,2}-\d{1,2}"
)
# A paragraph that opens on the year of the work it tells (2012年度，工会组织…开展了篮球友谊赛), or says what that year is
# (2020年是特殊的一年，在新冠疫情…, rw1150).
PARAGRAPH_YEAR = re.compile(r"^((?:19|20)\d{2})年度?(?:[，,]|是)")
# A sentence inside a paragraph that opens on its year and its writers (…凝聚到企业发展上来。2014年，我们积极配合党政开展工作, rw2465;
# …必然要求。2024年，我们围绕…, rw1301): the year of the writers' own work, as a paragraph opening on it gives; not the year
# they look ahead to (2018年，我院将…, rw693), nor a year a news item's unit or its history names (…。2022年，我县…, rw338;
# 2017年，社区党支部被评为…, rw1543: no writers' 我们), which the set leaves undated.
WRITERS_YEAR = re.compile(r"(?<=[。！？；])\s*((?:19|20)\d{2})年度?[，,]\s*我们(?![^。！？；]{0,6}将)")
# A chronicle: paragraphs that each open on a later year (2018年，社区成立…站 / 2020年，实践站“场所”升级 / 2022年，… / 2023年，
# 实践站着力构建…, rw957) tell the unit's history up to the text's own time, the last of them.
MIN_CHRONICLE_YEARS = 3
# The year just past that a text looks back on (刚刚过去的2023年，是极不平凡…的一年, rw1302's new-year letter, before the year
# ahead it looks to): the year it sums up, as a title naming both years has the first.
YEAR_JUST_PAST = re.compile(r"过去的((?:19|20)\d{2})年")
# A plan's opening that looks back on the year gone, then names the next year, the one it plans (2021年县支行工会…作出了应有
# 贡献。/ 2022年县支行工会将继续…, rw898; 2009年，…工会…做出了应有的贡献。…制订“六个一”工作计划，全力做好2010年工会工作：,
# rw1947): the year of the work it plans, as a plan's title names it (a summary looks ahead in its close, not its opening).
PLANNED_YEAR = re.compile(r"((?:19|20)\d{2})年度?[^。；！？\d]{0,12}?(?:将|要|力争)|做好((?:19|20)\d{2})年")
# This year named by its number in brackets (自今(2025)年11月1日起…, rw1346), as a Taiwanese text names a year of the Republic
# (今(109)年, ``ROC_YEAR``): the text's own year, wherever it stands.
THIS_YEAR = re.compile(r"今[（(]((?:19|20)\d{2})[）)]年")
# A clause that opens on the year up to now, the time of the work it tells (据统计，2025年以来，我市各级工会共筹集助学资金…, rw1773;
# 会议指出，2021年以来，全市各级工会…, rw814): that year, as the eight files of the set that open one read it; not a year something
# began in (自2019年以来: ``YEAR_SINCE``), nor one that dates a thing (提升2019年以来建成的设施).
YEAR_TO_DATE = re.compile(r"(?:^|(?<=[，,。；：:\s]))((?:19|20)\d{2})年以来[，,]")
# The year a text gives its own work (2023年各项重点工作任务, 支部2019年工作计划) or the sums of it (2022年共计召开职工
# 沟通会57场, 2013年文中社区共评出23名优秀共产党员), not a date (2018年10月28日) nor a year a thing was done in (针对2020年度
# 查摆的问题); 共 as in all, not a word's (共产党, 共青团, 共同); a 工作者 is a person the year honours (表彰了2015-2017年度优秀工会
# 工作者, rw1362), no work of the text's; or the year that names the event or the campaign it tells, by whatever verb (为切实
# 做好2018年“金秋助学”活动, rw1475; 纷纷行动，启动2025年“夏日送清凉”系列慰问活动, rw1483: first contact missed the one past
# the opening; a course or a training it offers, 2024年春季医工学堂课程便在日前开始报名, rw441), not one something began in (自2019年开展…活动以来: ``YEAR_SINCE``) nor one across a cited work's name (…规划
# (2021—2025年)》《进一步改善护理服务行动…》, rw1534), nor the second year of a span (完善了“2021-2022年…医共体重大项目计划安排”,
# rw1377: the span's year is the first, as a meeting's span has no year of its second, ``MEETING_YEAR``).
SPAN_END = r"(?:[\-–—~～](?:19|20)?\d{2})?"
YEAR_OF_WORK = re.compile(
    rf"(?<![\d\-–—~～])((?:19|20)\d{{2}}){SPAN_END}年度?(?!\d)[^，。；！？\d]{{0,8}}?(?:工作(?!者)|任务|共(?:计|(?![产青同享建识赢担]))|累计)"
    rf"|(?<![\d自从\-–—~～])((?:19|20)\d{{2}}){SPAN_END}年度?(?!\d)[^，。；！？\d《》]{{0,12}}?(?:活动|竞赛|比赛|大赛|行动|课程|培训)"
)
# A meeting named by its last word (…务虚会, …全委会议); a 工会, 协会, 学会, 委员会 … is an organisation, not a meeting.
MEETING = r"(?:会议|(?<![工协学总分商委])会)"
# A news item's day with its year (2024年12月28日，…), and a meeting's name with its year (2023年新学期工作调度会,
# “2024年工会工作第二次会议”): the year of the event reported; a name with two years, the one it sums up and the next
# (2024年度护理工作总结暨2025年工作部署大会), has the first, as a title naming both has. The second year of a span is no
# meeting's year of its own (2013-2014年度任期护士长竞聘演讲会, rw1282), nor is a meeting the text passes on, its spirit
# or its report studied (解读2022年全国两会《政府工作报告…》, rw1581; 传达学习2023年全国两会精神): another body's.
DAY_YEAR = re.compile(r"((?:19|20)\d{2})(?:年\d{1,2}月|[.．]\d{1,2}[.．]\d{1,2}日)")  # or with dots: 2008.5.10日晚
# A full day with its year (2023年12月22日), the day a text tells something on; or one whose 月 the page lost, its month's
# and day's digits run together (2017年310日，在…召开专题组织生活会, rw1731), as ``DAY_WITHOUT_MARKS`` reads one that lost 年 too.
FULL_DAY_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})年(?:\d{1,2}月\d{1,2}|\d{3,4})[日号]")
# The year of the season a news item's day falls in (2025年刚刚翻开新的一页，1月2日，…会议…隆重举行).
SEASON_YEAR = re.compile(r"^((?:19|20)\d{2})年[^，。\d]{2,8}[，,]")
# The day a text says its event was held on, wherever in the sentence (…，医院于2018年5月9日举办“…表彰大会”).
HELD_ON = re.compile(r"((?:19|20)\d{2})年\d{1,2}月\d{1,2}日[^。；，]{0,20}?(?:召开|举行|举办)")
# a session's number too (2017年第1次職工代表大會), a name in quotes (2023年“双优”考评总结暨2024年…推进会, rw1363)
MEETING_NAME = r"年度?(?:第\d{1,2}[次届]|“[^“”，。\d]{1,10}”|[^，。；！？“”\d]){0,16}?"
MEETING_YEAR = re.compile(
    rf"(?<![\d\-–—~～])(?<!解读)(?<!学习)(?<!传达)(?<!贯彻)(?<!宣讲)((?:19|20)\d{{2}}){MEETING_NAME}(?:(?:19|20)\d{{2}}{MEETING_NAME})?{MEETING}(?![员长计费务])"
)
# The year whose work a meeting sums up (总结了2017年的工作, 2022年社区工作总结, 回顾了2023年, 《工会2021年度工作报告》,
# 汇报了2024年度工会工作完成情况; the report of a year's work heard, 听取2019年工会事情汇报, rw1505, not a show: 汇报演出), or whose state a report gives beside the next year's work (《关于2015年经费(资产)审计监督情况和
# 2016年经审工作意见的报告》, rw936), whatever year it plans next (总结去年…并部署2017年工作 names the year it plans).
SUMMED_YEAR = re.compile(
    r"(?:总结|回顾)了?(?:(?!部署|安排)[^。；！？\d]){0,12}?((?:19|20)\d{2})年"
    # a year's work reported and the next one's planned (报告了2024年妇联工作情况，并对2025年妇联工作进行了安排部署)
    r"|((?:19|20)\d{2})年度?[^，。；！？\d]{0,16}?(?:总结|回顾|工作报告|完成情况|汇报(?!演出|会演|展演)"
    # (or in the same sentence, past its verdict on the year, the next year's goals set: 介紹了2023年醫院發展的基本情況、各項工作
    # 開展情況，肯定了成績，也指出了不足，並提出2024年醫院工作目標, rw2346)
    r"|情况(?=[和及暨与](?:19|20)\d{2}年|[^。；！？]{0,40}?(?:19|20)\d{2}年[^。；！？]{0,16}?(?:安排|部署|目标|任务)))"
)
# A meeting whose spirit a meeting passes on (传达学习市总工会十届五次全委（扩大）会议精神, rw1354), or whose report it studies
# (学习了学校四届七次双代会工作报告, rw1892): what that meeting summed up or set (市总工会…会议…全面总结了2021年全市工会工作成效;
# 认真领会学校2024年十个方面重点工作) is its year, not the year of the meeting the text reports.
PASSED_ON_MEETING = re.compile(
    r"(?:传达|学习|贯彻)+了?(?P<name>[^，。；！？]{2,30}?(?:会议|大会|全会|代会))(?:精神|(?:工作)?报告)"
)
# A meeting that sums up last year's work and plans a year it names (回顾总结去年全区工会工作并部署2017年工作, rw641): it sums
# up the year before that one.
SUMMED_LAST_YEAR = re.compile(
    r"(?:总结|回顾)了?[^。；！？\d]{0,4}?去年[^。；！？\d]{0,16}?(?:部署|安排)((?:19|20)\d{2})年"
)
# A year a speaker at the meeting says the unit did its work in (张生指出，2014年市总工会在服务企业发展…等方面做了大量工作,
# rw902; 她指出，2022年各支部工作落实更加到位，做了许多富有成效的工作): the year the meeting looks back on, not one it looks
# ahead to (他说，2024年，市中医院将…).
SPOKEN_YEAR_DONE = re.compile(
    r"(?:指出|强调|表示|说)[，,：:]\s*((?:19|20)\d{2})年度?(?!以来)[^。；！？将要]{0,40}?(?:做了|取得了?|完成了)"
)
# A year the page dates something by, its post's stamp included (2019年修建了…, 2024-07-05, 2024/07/05): the page's time is
# no earlier than the latest one; not a bare number (2089) nor a year a goal or a span reaches to (到2050年, 2021—2025年).
PAGE_YEAR = re.compile(
    r"(?<![\dA-Za-z到至—–\-－~～])((?:19|20)\d{2})(?:年(?![\d]{0,2}[—–\-－~～至到])|([-/.])\d{1,2}\2\d{1,2}(?!\d))"
)
# A document states the year of the work or the event it tells, and is written in it or soon after (of the 745 dated
# documents of tune's text pages none states a year more than 20 before the latest year its page names, rw008's 2004 under
# 2024 the furthest): a year further back than that and a margin from the page's time is history the text tells (1951年，一场…战役在洪四村打响, rw1633; 节日创始于1910年, rw706; 1921年7月23日，
# 中国共产党第一次全国代表大会在此召开, rw1391; a mine 于1978年底正式投产, rw1152), never the document's own.
HISTORY_GAP = 25
# A document's close: its last paragraph's opening word, the date under its signature (``SIGNATURE_DATE``).
CLOSING = re.compile(r"总之|综上|总而言之")
SUMMARY_CUES = ("总结", "汇报如下", "一年来", "过去的一年", "取得了", "完成了", "开展了", "组织了", "举办了")
PLAN_CUES = ("计划", "将", "要", "继续", "力争", "争取", "拟", "做好")
# An article of a rule: 第一条 …, 一條 … (a page may lose the 第).
ARTICLE = re.compile(rf"^(?:第{CHARTER_NUMBER}条|{CN_NUMBER}条\s)")
# A document that names its own genre: 现将本年度工作情况总结（汇报）如下, 今年着重做了以下几方面工作 / 特制订本计划,
# 制定如下工作计划.
SUMMARY_STATEMENT = re.compile(
    # work done said to follow (着重做了以下…, 主要抓了以下几方面的工作, rw1742; 主要开展了以下工作:), or said above, closing the
    # text (以上是今年老年文体工作的情况汇报, rw1737)
    r"(?:总结|汇报)如下|(?:着重|主要|重点)?(?:做|抓|开展|进行)了(?:以下|如下)|以上(?:就?是|为)[^。，；]{0,30}?(?:汇报|总结)"
    r"|回顾(?:这|过去|本年|全年|今年|一年)"  # 回顾这难忘、特殊的一年，…妇产科各项业务水平稳步提升
    r"|(?:探索|实践|采取|开展|推行)(?:并[^，。]{0,4})?了一系列"  # 我们积极探索并实践了一系列…工作方法: work done
    # a summary's weighing of its year: what it achieved against what it lacks (我们虽然取得了一定的成绩，但…仍然存在着不少问题, rw1081)
    r"|虽然?取得了[^。]{0,20}?(?:成绩|成效|进步)[^。]{0,30}?(?:存在|不足|差距)"
)
# A summary's own word for what it is: 总结如下, or the lead-in to the list of its work done (本学期主要开展了以下几方面工作：
# / 第一，…, rw1912; 我社區主要組織了以下豐富多彩的活動：, rw680; 主要抓了以下几方面的工作：, rw1742).
SUMMARY_NAMED = re.compile(r"(?:总结|汇报)如下|(?:着重|主要|重点)(?:做|抓|开展|进行|组织)了(?:以下|如下)")
# A section that names a year's work by its genre (一、202x年基层治理工作总结, 2021年工作总结, 上半年重点工作总结): an untitled
# text's own word for what it is, as a title's (its first such section: a summary's over the next year's plan, as a title
# with both has the first).
YEAR_WORK_SECTION = re.compile(r"年度?[^，。；]{0,12}工作(?:总结|计划|要点)$")
# A first section named as a rule, a label that is no task (学习制度 over its 1、–5、, rw2368; 支部党员大会制度, rw1850; as the
# titled rw2288's 住院健康教育制度): an untitled text that is a 制度, 其他; not a task of a plan's (完善…制度, 规范…制度).
RULE_SECTION = re.compile(r"^(?!健全|完善|规范|建立|落实|坚持|执行|严格|加强|实行|推行)[^，,、。；]{1,8}制度[：:]?$")
# An article's voice: its abstract, its author as 笔者, itself as 本文 (摘 要：社区是社会治理的基本单元。…笔者以…社区为调研对象, rw1230).
ARTICLE_VOICE = re.compile(r"摘\s*要\s*[：:]|笔者|本文")
# The sections of a summary, as its headings name them (基本情况, 主要做法, 活动主要特色, 取得的成效, 存在的不足, 体会).
SUMMARY_SECTION = re.compile(r"基本情况|主要做法|特色|成效|成绩|经验|体会|不足|存在的问题")
PLAN_STATEMENT = re.compile(
    # or an untitled notice's (现就…有关事项通知如下: 一、活动主题…, rw258): the work its readers are to carry out; so is a
    # notice's 意见 it puts forth (现提出以下活动意见：, rw2121; 现提出如下实施意见。, rw282: a 工作意见 is a unit's plan, as
    # ``title_kind`` has it)
    r"(?:计划|方案|要点|安排|通知)如下|制[订定]如下|特制[订定](?!本(?:制度|办法|细则|规定|规则))"
    r"|提出(?:以下|如下)[^。，；：:]{0,6}意见"
    r"|制[订定]了?(?:以下|如下)[^。，；]{0,30}(?:计划|方案|要点|安排)"  # 我们制定了以下社区党群服务中心建设方案
    r"|以下是[^。，；]{0,30}(?:计划|方案|要点|安排)"  # 以下是一个重阳节风俗活动方案的设计：
    # a lead that draws up the plan its colon opens (…制订“六个一”工作计划，全力做好2010年工会工作：, rw1947; 制定工会工作计划和
    # 校务公开制度，主要措施：, rw703); one that made a plan (制定了支部的活动计划：, rw104) tells work done
    r"|制[订定](?!了)[^。，；：:]{0,20}(?:计划|方案|要点|安排)[^。；：:]{0,40}[：:]"
)
# A document that names itself a rule (制定本制度, 特制定本办法) or reports an event it opens with the day of
# (3月7日下午，…党支部…召开第一次支委会; …，近日，…联席会议在街道办事处召开; after a paper's dateline: 中工网讯
# 3月15日，…), or a reporter tells it (5月10日，记者来到…村见证了…; 记者从…获悉), or an explainer that asks its reader's
# question or invites the reader to learn (那么，社区居委会究竟有哪些主要的工作职责呢？让我们一起来了解一下, 让我们深入了解一个
# 组织的核心会议, rw995, rw1005; a summary's 让我们了解理论与实务的差别 tells what the work taught) or tells what it will
# introduce (本文将带你认识…), or a text that tells of an honour lately received, or a call posted for applicants: neither a
# plan nor a summary.
OTHER_STATEMENT = re.compile(
    r"制[订定]本(?:制度|办法|细则|规定|规则)|记者(?:来到|走进|了解到|获悉|看到|注意到|从[^。，]{1,20}获悉)"
    r"|让我们(?:一起来|深入)了解|究竟(?:有哪些|是什么|是怎样|如何)"
    r"|本文将(?:带[你您]|为[你您])?(?:认识|了解|介绍)"  # 本文將帶你認識福委會是什麼 (rw1089)
    # or the topic it will discuss (本文将围绕党建引领基层治理的创新实践与未来展望展开讨论, rw2362; 本文将从…四个维度,系统阐述…
    # 并…提供可落地的解决方案, rw1104; rw2345; 本文将从…两个方面进行全面解析, rw865): an article; not the plan it sets out (本文将全面解析本月活动方案,
    # rw2251; …阐述党支部国庆活动的安排, rw610)
    r"|本文将(?![^。]*(?:(?<!解决)方案|安排|计划|要点|总结))[^。]{0,60}?(?:展开讨论|展开探讨|阐述|论述|解析)"
    # an honour the unit received lately (日前，我院工会被扬州市总工会授予“五星级基层工会”称号, rw1068): news of it
    r"|(?:日前|近日|近期)[，,][^。]{0,20}?(?:被[^。，]{2,30}?(?:授予|评为)|荣获)"
    # a call posted until a day for its readers to apply (本計畫自即日起公告至明(105)年2月15日止，歡迎…踴躍申請, rw1078)
    r"|公告至[^。，]{2,30}止"
)
# A unit a text names in the third person (该公司, 该院, 该局): a report on it, as a unit's own summary or plan says 我公司, 我院;
# twice in an untitled text, news (中国电力网讯 今年5月份以来，…公司…深入推进…劳动竞赛 / 该公司成立了…).
THIRD_PERSON_UNIT = re.compile(r"该(?:公司|集团|企业|厂|矿|院|医院|校|学校|局|单位|中心|站|所|镇|街道|社区|县|市|区)")
MIN_THIRD_PERSON = 2
# A text that opens on its year's work under its leaders (2014年，淅川县电业局工会在局党委…的正确领导和大力支持下，…): the
# unit's account of the year (not what it will do: 2025年，工会将在…领导下), whatever it calls itself after (该局, rw739).
# Its year may be left out (xx镇总工会在镇党委和县总工会的领导下，…做了应该做的工作, rw364), and the unit's name may be
# followed by the brief it worked to before its leaders come (2011年，中铁二局一公司工会按照贵州省直属企业工会有关要求，结合公司
# 生产实际，在公司党委的领导下…, rw2279): up to ``MAX_BEFORE_LEADERS`` characters of its opening sentence (a speech's
# welcome before it, 首先由我代表…表示热烈地欢迎和诚挚地感谢！医院工会在…支持下, rw207, is no such opening).
MAX_BEFORE_LEADERS = 60
UNDER_LEADERSHIP = re.compile(
    rf"^(?:(?:19|20)\d{{2}}年度?[，,])?[^。！？将]{{0,{MAX_BEFORE_LEADERS}}}在[^。将]{{2,40}}(?:领导|支持|指导)下"
)
# A unit's duties under a heading of their own (工会工作职责：, 办公室工作职责): a profile of the unit, neither a plan nor a
# summary.
DUTIES_HEADING = re.compile(r"职责[：:]?$")
# Or an opening paragraph that ends announcing them (…具体说，党小组长的主要职责是：, rw1290).
DUTIES_ANNOUNCED = re.compile(r"职责(?:是|如下|有)[：:]$")
# Or the entries themselves, most of them opening with the verb of a charge the unit holds (（一）协助…领导处理日常工作。
# （四）负责…会议… under no title, rw2234): a list of duties, as under 工会工作职责, neither work planned nor done.
DUTY_ENTRY = re.compile(r"^(?:负责|协助|协调|承办|承担|办理)")
MIN_DUTY_ENTRIES = 4
# A note's reference mark after the words it backs (…第4條第1項[1]): an article or an essay citing its sources, no plan
# nor summary, when it has two at least.
NOTE_MARK = re.compile(r"(?<=[^\s\d\[])\[\d{1,2}\]")
MIN_NOTE_MARKS = 2
# The headings of an event's plan (活动主题, 活动时间, 参加对象, 活动内容), or of a year's plan (指导思想, 工作目标, 工作重点及方法
# 措施): an untitled text under two of them sets out an event to hold or work to do (a notice to 各工会小组 of a teachers'
# day's activities, a school union's plan cut after its second section): a plan.
# The event may be a contest's (竞赛项目, 比赛时间) or the plan's own word (计划背景, 計劃目標), a section may give two things
# (活动主题及目标, rw1424).
PLAN_SECTION_PART = (
    r"(?:主题|时间|内容|地点|对象|人员|形式|安排|要求|步骤|目的|宗旨|背景|目标|项目|意义|流程|标准|奖励)"
)
EVENT_PLAN_HEADING = re.compile(
    rf"^(?:(?:活动|参加|参与|竞赛|比赛|大赛|计划){PLAN_SECTION_PART}(?:[及和与]{PLAN_SECTION_PART})?"
    r"|指导思想|工作目标|目标任务|工作重点|(?:工作|主要|具体|保障)措施)"
)
# Or the fields of the events a programme sets out, each its label and its value (活动时间：3月5日 / 活动地点：县图书馆广场 under
# each event's heading, rw1629): a news report tells where and when in its sentences.
EVENT_PLAN_FIELD = re.compile(EVENT_PLAN_HEADING.pattern + r"[：:]\s*\S")
MIN_EVENT_PLAN_HEADINGS = 2
# A part of the day as a schedule's label (上午：, 下午, 晚上：).
CLOCK_TIME = re.compile(r"^\s*\d{1,2}[:：]\d{2}")  # a schedule's time of day before what is done then (17:00返回公司)
DAY_PART_LABEL = re.compile(r"^(?:上午|中午|下午|早上|晚上|傍晚)[：:]?$")
# What a text of no time says of a thing or a rule: what it is (是指, 简称, 所谓) or what must be done (应当, 作如下要求):
# twice in an untitled text that names no year, an explainer or a standing rule (职代会简称…; 党支部应当组织党员按期参加…;
# 现就规范…主题党日活动作如下要求), neither a plan nor a summary.
NORMATIVE = re.compile(r"是指|简称|所谓|应当|[如以]下要求")
# How often a kind of meeting is usually held (一般为半年召开一次, 一般每季度或半年召开一次, rw1118, rw1142): a text of no year
# that says it describes the institution (a rule or an explainer), it plans no meeting.
HABITUAL_MEETING = re.compile(r"一般(?:为|每|在)?[^。，；]{0,8}召开一次")
MIN_NORMATIVE = 2


def _news_opening(verbs: str, day_end: str = "[，,]") -> re.Pattern[str]:
    """A text that opens with the day of an event and tells what was done on it (one of ``verbs``)."""
    return re.compile(
        r"^(?:[^，。\s]{1,8}讯\s*)?(?:(?:(?:19|20)\d{2}年)?[^，。为]{2,8}[，,])?"  # after the season it falls in (岁末将至，为…，
        # 2月5日下午), its year too (2025年刚刚翻开新的一页，1月2日，…)
        # the day may follow the event's purpose (为…，1月10日下午，…召开) or what led to it (经过一整年的精心培训和周密组织，1月25日，
        # …培训班结业, rw1093)
        r"(?:(?:为|经过)[^。]{0,120}?[，。])?"
        # days in a row may share one 日 (4月15、16、17日中午, rw1263)
        r"(?:(?:(?:19|20)\d{2}年\d{1,2}月|\d{1,2}月\d{1,2}(?:[、和]\d{1,2})*日|(?:19|20)\d{2}[.．]\d{1,2}[.．]\d{1,2}日)(?:[至、和]?\d{1,2}日)*"
        r"(?:[上中下]午|晚上?|起)?"  # 2022年12月, 1月10日, 2008.5.10日晚, 2月18日起
        r"(?:\d{1,2}[点时](?:\d{1,2}分|半)?|\d{1,2}[:：]\d{2})?"  # and its hour: 2017年1月22日下午2点，在…召开; 下午16:40，
        # or lately, after a sentence that sets the scene (骄阳炙烤，暑气腾腾，…高温天气。为…，近期，我院工会组织开展了…)
        # (or 近日 / 日前 with no comma: 铜川新城医院泌尿外科近日举办了…, rw1032)
        rf"{day_end}|(?:[^。]{{2,40}}。)?[^。]{{0,120}}?(?:(?:近日|日前)[，,]?|近期[，,])"
        # after its subject: 集团工会于3月23日上午召开, a part of the month or the year (中山市教育工會于10月下旬先后舉辦了…,
        # 公司生产系统于2017年底开展…, rw963, rw966)
        # (its month and day in Chinese numerals too: 今年度暑期大專生實習活動於七月一日開始, rw1545), the subject an event named
        # with its organisers (…大井子礦業承辦的“建功‘十四五’、奮進新征程、喜迎二十大”全縣電工技能比賽于2022年7月28日上午在…舉辦,
        # rw1458); one that will be held is a notice's (将于, 拟于, 定于: 校工会定于9月16、17日举行…, rw1571; 拟定于9月29日…举办,
        # rw2360)
        r"|[^，。\s]{2,40}(?<![将拟定])于(?:(?:19|20)\d{2}年(?:\d{1,2}月)?|\d{1,2}月|十?[一二三四五六七八九十]月)"
        r"(?:\d{1,2}日|[二三]?十?[一二三四五六七八九十]日|[上中下]旬|[初底])"
        # or its day and place straight after it (…主席习近平12月20日在澳门…大会…上发表重要讲话, rw1064)
        r"|[^，。\s]{2,40}?(?<![将拟定]于)\d{1,2}月\d{1,2}日(?:[上下]午|晚上?)?在"
        # or today: 工联会今日（16日）举行…, a Taiwanese paper's day inside the word after the news's first clause (台中第六家總工會
        # 「台灣勞工大聯盟」新成立，今(1)日在…召開…典禮, rw999)
        r"|(?:[^，。]{2,30}[，,])?[^，。\s]{0,20}?(?:今日|今天|昨日|昨天|[今昨][（(]\d{1,2}[）)]日)(?:[（(]\d{1,2}日[）)])?)"
        rf"[^。]*?(?:{verbs})"
        r"|^\d{1,2}月\d{1,2}日(?:早上|[早清]?晨|上午|中午|下午|傍晚|晚上?)"  # the hour of a day: an event told (1月12日早晨，…;
        # 12月8日晨交班時，…召開…年終總結會, rw1494)
        # or the day of the month alone, the page's post date naming the month (16日,市总工会召开…推进会。, rw1363)
        rf"|^\d{{1,2}}日(?:[上下]午|晚上?)?[，,][^。]*?(?:{verbs})"
    )


# A wire's dateline the text opens with (中工网北京1月22日电, 人民网南昌5月12日电（记者…）, 新华社北京…电): a news item, whatever
# it reports (…执委会议，明确了2025年工会工作总体要求和主要任务: the plan a meeting set, told as news).
WIRE_DATELINE = re.compile(r"^[^，。\s]{1,16}\d{1,2}月\d{1,2}日电")
MAX_COLUMN_CHARS = 8  # a site's column name kept over a text (基层组织, 新闻动态, 工会工作): no longer
NEWS_OPENING = _news_opening("召开|举行|举办|开展|组织")  # a meeting or an event held: its year is the event's
# A visit, a hearing, an inspection told from its day (12月24日，…专题听取…汇报; 9月10日是…教师节，…走访慰问; 2月18日起，…
# 到各村指导…): news too, though not a meeting that sums up one year and plans the next. A course or a ceremony opened or
# closed on its day (…培训班结业, …开班, rw1093) is one too, and an event begun on it (…實習活動於七月一日開始, rw1545).
EVENT_OPENING = _news_opening(
    "召开|举行|举办|开展|组织|慰问|走访|看望|听取|调研|视察|指导|督导|发表|开班|结业|开幕|闭幕|开始", "(?:[，,]|是)"
)
# A news headline glued to its lead, which opens with the day of the event, its year written or not (…“两街一镇”工会工作部署
# 会议5月5日，经开区总工会在602会议室召开工作会议，…, rw656: a page on one line; …安全管理委员会会议2023年3月8日下午，…召开了…,
# rw1797): one clause naming a meeting or an event, then the report of it (``EVENT_OPENING``).
GLUED_HEADLINE = re.compile(
    rf"^(?P<title>[^，。；：:！？!?\s]{{8,40}}?(?:{MEETING}|活动|仪式|比赛|典礼)[”」』）)]*(?:胜利|顺利|成功|隆重)?(?:召开|举行|举办)?)"
    r"(?P<rest>(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日.{20,})$"
)
# What a report of a meeting says of it (会上, 与会, 会议由…主持, the meeting as the subject of what was done: 会议还对…进行了
# 安排, 会议听取了…; a leader who 指出 / 强调 / 提出, or who 对…做了安排: rw1537): twice in a text without a title, it is news
# of that meeting, whatever plans and summaries the meeting heard.
MEETING_REPORT = re.compile(
    r"会上|与会|会议由|主持会议|出席|参加会议|参会|召开的[^。，；]{0,30}会议|会议(?:还|听取|审议|传达|决定)"
    r"|(?:书记|主席|院长|局长|部长|主任|校长|经理|区长|县长|市长)[^。，；]{0,8}?(?:指出|强调|要求|表示|肯定|提出|说|希望)"
    r"|(?:书记|主席|院长|局长|部长|主任|校长|经理|区长|县长|市长)[^。，；]{0,8}?对[^。；]{0,30}?[做作]了[^。，；]{0,4}?(?:安排|部署)"
)
MIN_MEETING_REPORTS = 2
# A festival or a day of the year named in a text's first sentence (“三八”妇女节, 护士节, 重阳节, 春节, 节日; by its festive
# name, 重阳佳节, or its day alone, 九九话重阳: rw1312, rw1313), or a yearly campaign (在一年一度的“金秋助学”活动中,
# rw1160): an untitled text opening on one, with no word of its own that it is a plan or a summary (nor a genre's name
# in that sentence: 社区重阳节活动方案2015), reports what was done for it.
OCCASION = re.compile(
    r"节日|(?:妇女|护士|教师|重阳|劳动|儿童|青年|母亲|父亲|植树|国庆|端午|中秋|元宵)佳?节|重阳|春节|元旦|三八|一年一度"
)
# The year of the occasion an event is held for (2016年国际护士节的主题是…; 2015是第105个“三八”妇女节; an event named by
# the year it celebrates the occasion in, its 年 left out: 長治市2019慶“三八”婦女健身運動會, rw1565; the occasion in single
# quotes inside the event's quoted name: “永新集团2016庆‘三八’健康环保、文明徒步…徒步行活动”, rw2239).
OCCASION_YEAR = re.compile(
    rf"((?:19|20)\d{{2}})(?:年[^，。；！？\d]{{0,4}}?|年?是[^，。；！？]{{0,8}}?|[庆慶][“\"‘「]?)(?:{OCCASION.pattern})"
)
MIN_PLAN_ENTRIES = 3
MIN_TEASERS, MIN_TEASER_CHARS = 2, 100  # a site's list of cut teasers (``_teasers``)
MIN_REPORTS = 2  # a page of reports each under its dateline (``_teasers``)
# A text that opens on the year with what the unit will do in it (2023年，密云区总工会将以…; 2013年是“三八”国际劳动妇女节
# 103周年。福州市妇联将以…为主题), or with the unit and the event it will hold in a month to come (…长者综合服务处将于2020年
# 12月举办一年一度之「…」, rw1249: a notice that sets out the event, as 拟于 / 定于 do): a plan. The event may be announced
# in the opening's next sentence, after its purpose (为丰富…，…开展职工趣味运动会。拟定于9月29日在…举办…, rw2360).
PLAN_OPENING = re.compile(
    r"^(?:19|20)\d{2}年度?(?:[，,]|是[^。]{0,30}。)[^，。]{0,24}将"
    r"|^(?:[^。]+。)?[^。，,]{1,40}?[将拟定]于(?:(?:19|20)\d{2}年)?\d{1,2}月[^。]{0,40}?(?:举办|举行|开展|组织|召开)"
)
# A text whose opening ends by drawing up the rule it is (为…，制定本制度。, rw053, rw102, rw1850; its rule named:
# …，制定黨員學習教育制度。, rw2426): a 制度, 其他 (``OTHER_STATEMENT`` reads 制定本制度 anywhere).
RULE_OPENING = re.compile(r"制[订定](?:本|[^。，；：,;:]{0,20})(?:制度|办法|细则|规定|规则)。?$")
# A text that opens on the time up to now (2014年下半年以来，公司工会…, 今年以来，…): a report of work done.
SINCE_OPENING = re.compile(r"^[^，。；]{1,12}以来[，,]")


def _without_table_of_contents(line: Line, dropped: list[DroppedLine]) -> Line:
    """A table of contents glued into a line (本文目录医院工会工作总结医院工会委员会度工作总结…11月医院工会年终
    工作总结**年职工医院工会工作在…): its label and the titles it lists go, the text after them stays."""
    label = TABLE_OF_CONTENTS.match(line.text)
    if label is None or line.style_level is not None:
        return line
    rest = line.text[label.end() :]
    while (entry := GLUED_TITLE.match(rest)) is not None:
        dropped.append(DroppedLine(entry.group("title"), CONTENTS_REASON))
        rest = entry.group("rest").lstrip()
    dropped.append(DroppedLine(label.group(), CONTENTS_REASON))
    return replace(line, text=rest)


def _without_contents_list(lines: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """A collection's table of contents on lines of its own: numbered entries, each the title of one of the collection's
    items, under their label alone (目录, 目錄：; 1.區婦聯年度工作總結(一) … 10.…, rw2272) or over the first item's title,
    which the page then writes out (1.工会 2021 年工作总结及 2022 年工作计划(一) / 2.… / 3.… / 工会 2021 年工作总结及 2022
    年工作计划(一), rw414, its label cleaned off): the page's list of what it holds, not the first item's outline; the label and
    its entries go."""
    kept: list[Line] = []
    k = 0
    while k < len(lines):
        labelled = lines[k].style_level is None and bool(CONTENTS_LABEL.fullmatch(analysis_form(lines[k].text)))
        start = end = k + 1 if labelled else k
        while end < len(lines) and _lists_a_title(lines[end]):
            end += 1
        written_out = start < end < len(lines) and letters_only(lines[end].text) == letters_only(
            _line_marker(lines[start])[2]
        )
        if end - start >= MIN_CONTENTS_ENTRIES and (labelled or written_out):
            dropped.extend(DroppedLine((entry.marker or "") + entry.text, CONTENTS_REASON) for entry in lines[k:end])
            k = end
        else:
            kept.append(lines[k])
            k += 1
    return kept


def _lists_a_title(line: Line) -> bool:
    """``line`` is a numbered entry whose text names a document, its number in brackets or not (``is_title_line``)."""
    marker, _, rest = _line_marker(line)
    bracketed = BRACKETED_NUMBER_ITEM.match(rest)
    return marker is not None and (
        is_title_line(rest) or (bracketed is not None and is_title_line(bracketed.group("name")))
    )


def _numbers_item_of(title: str, text: str) -> bool:
    """``text`` is an item's title that numbers the title line ``title``, by its label or its number in brackets
    (2021年市總工會工作情況報告 / … / 2021年市總工會工作情況報告第1篇, rw2501; 2017年學校工會工作計劃范文 / 小編 promo /
    2017年學校工會工作計劃范文(一), rw2504): the collection's title over its item's, neither a preview of the other."""
    return _item_name(text) == title.strip()


def _item_name(text: str) -> str | None:
    """The title an item's title line numbers (``LABELLED_ITEM``: …报告第1篇; ``BRACKETED_NUMBER_ITEM``: …范文(一)), or None."""
    item = LABELLED_ITEM.match(text.strip()) or BRACKETED_NUMBER_ITEM.match(text.strip())
    return item.group("name") if item is not None else None


def _without_previews(lines: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """A document site's truncated preview of the text, glued after the title (区总工会2019年工作总结…计划2019年，在区委…
    思想为指。) or on a line of its own, before the text it previews, or before the title lines the page repeats over the
    text (概要:…工作总结 港城大街办事处… / …工作总结 / …工作总结 / 港城大街办事处…): the preview goes, the title stays.
    When the text itself, cut where the page's excerpt ends, is shorter than its preview and only repeats its start, the
    preview is all of the text the page shows: the repeat goes instead. A preview cut off (no stop at its end) may go on
    in other words than the text once its first sentence is past (…的工作研讨计划。 1月6日上午… over …计划。 16日上午…, rw1164);
    the post's date between the preview and the text (``POST_DAY``) goes with it."""
    kept: list[Line] = []
    repeats: range = range(0)
    stamps: set[int] = set()
    for i, line in enumerate(lines):
        if i in repeats:
            dropped.append(DroppedLine(line.text, "重复的正文"))
            continue
        if i in stamps:
            dropped.append(DroppedLine(line.text, "网页信息"))
            continue
        start = next(
            (
                k
                for k in range(i + 1, len(lines))
                if not is_title_line(lines[k].text)
                and not POST_DAY.fullmatch(lines[k].text.strip())
                and not _numbers_item_of(line.text, lines[k].text)
            ),
            len(lines),
        )
        following, end = "", start  # the text on from there, its hard-wrapped lines joined, as long as the line at most
        while end < len(lines) and len(following) <= len(line.text):
            following, end = following + lines[end].text, end + 1
        opening = following[:MIN_PREVIEW_CHARS]
        at = line.text.find(opening) if len(opening) == MIN_PREVIEW_CHARS and line.style_level is None else -1
        # a line the text says again whole (a paragraph pasted twice) previews nothing
        preview = line.text[at:] if at >= 0 and line.text[at:] != lines[start].text else ""
        if preview and end == len(lines) and len(following) < len(preview) and preview.startswith(following):
            repeats = range(start, end)
            kept.append(line)
            continue
        if not preview or len(preview) >= len(following) or not _previews(preview, following):
            kept.append(line)
            continue
        dropped.append(DroppedLine(preview, "网页摘要"))
        stamps = {k for k in range(i + 1, start) if POST_DAY.fullmatch(lines[k].text.strip())}
        if line.text[:at].strip():
            kept.append(replace(line, text=line.text[:at].strip()))
    return kept


def _previews(preview: str, following: str) -> bool:
    """``preview`` is a site's preview of the text ``following`` opens with: its start, or, cut off with no stop at its
    end, the text's first sentences and then other words (see ``_without_previews``)."""
    if following.startswith(preview.rstrip("。…")):
        return True
    shared = os.path.commonprefix([preview, following])
    sentences = shared[: max(shared.rfind(stop) for stop in "。！？") + 1]
    return not preview.endswith(tuple("。！？…")) and len(sentences) >= MIN_PREVIEW_CHARS


def _split_title_notice_repeat(line: Line, dropped: list[DroppedLine]) -> list[Line]:
    """A title, a document site's notice in brackets and the title again, glued to the text (区总工会年度工作总结及下一年
    工作思路【仅供学习参考，切勿通篇使用！】区总工会年度工作总结及下一年工作思路xxxx年，…): the title is a line of its
    own, the notice and the repeat go."""
    match = TITLE_NOTICE_REPEAT.match(line.text)
    if match is None or line.style_level is not None or not is_title_line(match.group("title")):
        return [line]
    dropped += [DroppedLine(match.group("notice"), "篇首杂项"), DroppedLine(match.group("title"), "重复的标题")]
    return [Line(match.group("title"), style_level=0), replace(line, text=match.group("rest"))]


def _without_title_repeats(lines: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """A document site's page repeats the title line it opens with at the start of the next lines, after a
    notice of its own (下载后可任意编辑 2024年…计划 __年上半年，…): the notice and the repeat go, the text stays."""
    if not lines or lines[0].style_level not in (None, 0) or not is_title_line(lines[0].text):
        return lines
    title, kept = lines[0].text, [lines[0]]
    for i, line in enumerate(lines[1:], start=1):
        at = line.text.find(title, 0, len(title) + MAX_NOTICE_CHARS)
        rest = line.text[at + len(title) :].strip() if at >= 0 else ""
        if (
            i > MAX_PREAMBLE_LINES
            or not rest
            or line.style_level is not None
            or is_title_line(line.text)
            or ITEM_LABEL_AHEAD.match(rest)  # an item's title (…计划 篇1今年，…): the title with its label
            or _numbers_item_of(title, line.text)  # or with its number in brackets (…计划(一))
        ):
            kept.append(line)
            continue
        if at:
            dropped.append(DroppedLine(line.text[:at].strip(), "篇首杂项"))
        dropped.append(DroppedLine(title, "重复的标题"))
        kept.append(replace(line, text=rest))
    return kept


# A line that opens with the same phrase twice, a space between or not, the text after it or none (``_split_line``); a label after the
# two (…计划及目标…计划及目标篇一, rw217) is an item's title as the page writes it, and a bracket after them (…工作总结医院工会
# 工作总结(通用5篇)时光飞逝…, a seed) the collection's title's count.
REPEATED_TITLE = re.compile(r"^(?P<title>[^。，；！？\s]{6,60}?)\s*(?P=title)\s*(?P<rest>(?:[^\s（(【\[].{19,})?)$")


def title_glued_to_text(text: str) -> str | None:
    """The title a page line opens with when the page glued it to its text, as ``_split_line`` parts the line (in
    brackets, 【…工作计划】随着新一年的到来，…; written twice; glued to its year's or unit's text, …工作计划2023年，在市委…),
    None when the line opens with none."""
    parts = _split_line(Line(text))
    return parts[0].text if len(parts) > 1 and parts[0].style_level == 0 else None


def _split_line(line: Line, item_title: str | None = None) -> list[Line]:
    """Undo merges made by text extraction: a collection's item label, a glued title, inline list markers."""
    if line.style_level is None and line.marker is None and (label := INLINE_SERIES_LABEL.search(line.text)):
        before, after = line.text[: label.start()], line.text[label.end() :]
        # The item's title stands between the last sentence and its label (…一起来了解一下吧。医院工会工作计划【第一篇】),
        # or, where the page lost that sentence's stop, it is the title the item before had (…民主监督医院工会工作计划【第二篇】).
        title = re.search(r"[^。！？；!?;.]*$", before).group().strip()
        if title == before.strip() or not is_title_line(title):
            title = item_title if item_title and before.rstrip().endswith(item_title) else None
        if title:
            before = before[: len(before.rstrip()) - len(title)]
            item = Line(title + label.group().strip(), style_level=0)
            return [*_split_line(replace(line, text=before)), item, *_split_line(Line(after), title)]
        return [*_split_line(replace(line, text=before)), *_split_line(Line(after), item_title)]
    if line.style_level is None and line.marker is None and len(pieces := _without_bold_entries(line.text)) > 1:
        return [
            part
            for k, piece in enumerate(pieces)
            for part in _split_line(replace(line, text=piece) if k == 0 else Line(piece))
        ]
    if line.style_level is None and line.marker is None:
        bracketed = BRACKETED_TITLE.match(line.text)
        # the brackets delimit the title, whatever tail the page gave it in parentheses (…工作计划（2023护理年终总结以及）)
        named = bracketed and TITLE_TAIL.sub("", bracketed.group(1))
        if named and is_title_line(named) and not SERIES_PREFIX.match(bracketed.group()):
            title = Line(bracketed.group(1), style_level=0)
            return [title, *_split_line(replace(line, text=line.text[bracketed.end() :]))]
        # the page's title written twice, the copy glued to the text (…主题党日活动方案范文 …主题党日活动方案范文为深化…, rw1424):
        # two title lines, the structure keeps one
        repeated = REPEATED_TITLE.match(line.text)
        if repeated and (is_title_line(repeated.group("title")) or not repeated.group("rest")):
            title = Line(repeated.group("title"), style_level=0)
            # (or the two alone on their line, no text glued: 医院工会主席述职报告医院工会主席述职报告, rw2382)
            rest = repeated.group("rest")
            return [title, title, *(_split_line(replace(line, text=rest)) if rest else [])]
        # a title glued to its text, in Traditional script too (2026年急診科…工作計(jì)劃例文2026年，…)
        glued = GLUED_TITLE.match(analysis_form(line.text))
        if (
            glued
            # a title line whole, whatever qualifier in brackets the page gave it (…工作总结(内科), rw092; …工作规划(社区),
            # rw563; …含工作计划表(高校), rw2275): no text glued to it
            and not is_title_line(TITLE_TAIL.sub("", line.text))
            and not GLUED_SENTENCE_OPENER.match(glued.group("title"))  # 根据20xx年工会工作计划安排…
            # a meeting's headline, no sentence in it: the genre word names the meeting's business, no title's end
            # (我校召开2024年度工会工作总结表彰会暨 2025年度期初工会工作会议, rw2071; ``title_kind``'s …工作总结会议)
            and not (MEETING_HEAD.search(analysis_form(line.text)) and not re.search("[，。；！？,;!?]", line.text))
            and (
                any(w in glued.group("title") for w in ORGANISATION_WORDS)
                or YEAR_TITLE.match(glued.group("title"))
                or YEAR_OPENING.match(glued.group("rest"))  # the text opens with its year: 2023年，在市委…
                # or the outline's first heading: the title glued to it ends where 一、 opens the outline (团委工作计划一、工作目标,
                # rw2439, as rw003's, rw096's, rw117's and rw446's, which name their year, and rw248's and rw463's, their unit)
                or glued.group("rest").startswith("一、")
            )
        ):
            # no text glued: the title's tail (学校工会年度工作总结), or what runs on to an item's label, the item's title as
            # the page writes it (社区垃圾分类工作计划第一季度到第四季度篇一, rw1710)
            if TITLE_TAIL.fullmatch(glued.group("rest")) or SERIES_AT_END.search(line.text):
                return [replace(line, style_level=0)]
            end = _written_length(line.text, len(glued.group("title")))
            title = Line(line.text[:end], style_level=0)  # a title by where it stands, whatever its words
            return [title, *_split_line(replace(line, text=line.text[end:].lstrip()))]
        headline = GLUED_HEADLINE.match(analysis_form(line.text))
        if headline and EVENT_OPENING.match(headline.group("rest")):
            end = _written_length(line.text, len(headline.group("title")))
            return [Line(line.text[:end], style_level=0), *_split_line(replace(line, text=line.text[end:].lstrip()))]
        # a speech's or a report's title glued to its address (…工作报告:深入学习…助推新区开发开放各位委员,同志们:根据…)
        addressed = TITLE_BEFORE_ADDRESS.match(analysis_form(line.text))
        if addressed and any(w in addressed.group("title") for w in ORGANISATION_WORDS):
            end = _written_length(line.text, len(addressed.group("title")))
            if addressed.group("speaker"):  # the speaker's name, a line of its own between the title and the address
                rest = line.text[end:].lstrip()
                speaker = _written_length(rest, len(addressed.group("speaker")))
                return [
                    Line(line.text[:end], style_level=0),
                    Line(rest[:speaker]),
                    *_split_line(replace(line, text=rest[speaker:].lstrip())),
                ]
            return [Line(line.text[:end], style_level=0), *_split_line(replace(line, text=line.text[end:]))]
    kept = [series.span() for series in COUNTED_SERIES.finditer(line.text)]
    found = [m.start() for m in INLINE_MARKER.finditer(line.text)] + _counted_entries(line.text)
    found += [m.end() for m in TEAM_ROLES.finditer(line.text)] + _announced_parts(line.text)
    cuts = sorted({at for at in found if not any(a < at < b for a, b in kept)})
    if opening := LABEL_OPENING_PARAGRAPH.match(analysis_form(line.text)):
        cuts.insert(0, _written_length(line.text, opening.end()))
    pieces = [line.text[a:b] for a, b in zip([0, *cuts], [*cuts, len(line.text)])]
    parts = [piece for part in pieces if part for piece in _split_glued_heading(part)]
    if len(parts) == 1:
        return [line]
    # the space before an inline marker parts the two lines and belongs to neither (中学XX年工会工作方案 一、指导思想：…); an
    # entry run into its paragraph is a heading over it, unless a sibling is an item (1、…由机关党委委员组成，…学习秘书。
    # beside 3、中心组每个月集中学习一次，…下午。中心组学习…, rw2368: the README's ruling of round 23)
    parts = [part.rstrip() for part in parts]
    cut_lines = [Line(part) for part in parts]
    entries = _typed_entries(cut_lines)
    run_ins = {k: pieces for k, part in enumerate(parts) if k and len(pieces := _split_inline_run_in(part)) > 1}
    items = {k for k in run_ins if _beside_an_item(cut_lines, entries, k, run_ins, sentence=True)}
    return [replace(line, text=parts[0])] + [
        Line(piece.rstrip())
        for k, part in enumerate(parts[1:], start=1)
        for piece in (run_ins[k] if k in run_ins and k not in items else [part])
    ]


def _counted_entries(text: str) -> list[int]:
    """Where the entries of a list run together inside ``text`` start (``COUNTED_ENTRY``): each run of one family's markers
    numbered 1, 2, 3 … in order, ``MIN_COUNTED_ENTRIES`` at least; a marker out of its count is a number of the text."""
    runs: dict[str, list[list[tuple[int, int]]]] = {}
    for entry in COUNTED_ENTRY.finditer(text):
        family = entry.lastgroup
        value = entry.group(family)
        number = CIRCLED.index(value) + 1 if family == "circled" else marker_number(value)
        family_runs = runs.setdefault(family, [])
        if number == 1:
            family_runs.append([(number, entry.start())])
        elif family_runs and family_runs[-1][-1][0] + 1 == number:
            family_runs[-1].append((number, entry.start()))
    outer = any(len(run) >= MIN_COUNTED_ENTRIES for family in ("cn_paren", "num") for run in runs.get(family, []))
    return [
        at
        for family_runs in runs.values()
        for run in family_runs
        if len(run) >= MIN_COUNTED_ENTRIES and (outer or _labels_list(text[: run[0][1]]))
        for _, at in run
    ]


def _announced_parts(text: str) -> list[int]:
    """Where a part the text announced in quotation marks (``ANNOUNCED_PARTS``) opens a sentence of its own after the
    announcement, the part alone before its stop (…。 老有所知。党支部…)."""
    cuts = []
    for announced in ANNOUNCED_PARTS.finditer(text):
        parts = "|".join(re.escape(part) for part in announced.group(1).split("、"))
        opening = re.compile(rf"[。！？]\s*((?:{parts})。)")
        cuts += [m.start(1) for m in opening.finditer(text, announced.end())]
    return cuts


def _labels_list(head: str) -> bool:
    """``head`` is a label and its colon, numbered or not (3、程序：): the list counted after it on its line is its value, a
    list of its own (3、程序：①報到②主席致詞…, rw803); sub-entries counted after a sentence's colon with no list run together
    round them are the sentence's (…做出以下解决方案:(1)创新理论学习模式,…;(2)…, rw637)."""
    label = split_marker(head)[1]
    return bool(LABEL_ONLY.match(label)) and label.endswith(("：", ":"))


def _without_bold_entries(text: str) -> list[str]:
    """A page flattened from markdown writes its entries and headlines in bold inside one line (**标题****一、指导思想**以…。
    **二、工作目标**1.提高…, …指导。2. **开展思想政治教育**): each such span, with the marker before it, is a line of its
    own without its stars, and so is the text between two of them. A bold word inside a sentence stays as it is."""
    pieces, start = [], 0
    for bold in INLINE_BOLD.finditer(text):
        marker, words = bold.group("marker", "words")
        if marker or bold.start() == 0 or split_marker(words)[0] is not None:
            pieces += [text[start : bold.start()].strip(" *"), marker + words]
            start = bold.end()
    return [piece for piece in [*pieces, text[start:].strip(" *")] if piece]


def _written_length(text: str, form_length: int) -> int:
    """How many characters of ``text`` as written make its first ``form_length`` characters in analysis form (a
    pinyin gloss the form drops is written: 計(jì)劃); a cut inside a gloss reads the whole gloss, so the length never ends
    in one (社區(qū)2014年度工作計( is no title: its bracket counts as the 劃 the form has there)."""
    glosses = [gloss.span() for gloss in PINYIN_GLOSS.finditer(text)]

    def form_length_at(cut: int) -> int:
        cut = next((end for start, end in glosses if start < cut < end), cut)
        return len(analysis_form(text[:cut]))

    low, high = form_length, len(text)
    while low < high:
        middle = (low + high) // 2
        if form_length_at(middle) >= form_length:
            high = middle
        else:
            low = middle + 1
    return low


def _bracketed_label(text: str) -> bool:
    """``text`` is a label in brackets alone (【一頓特殊的年夜飯】), or a headline's couplet in them (【新春佳節，餃子湯圓不可少】)."""
    return bool(BRACKETED_LABEL.match(text) or BRACKETED_COUPLET.fullmatch(analysis_form(text)))


def _split_cut_bracketed_label(lines: list[Line]) -> list[Line]:
    """The page's last line opening with a label in brackets over the text the excerpt cut short of its stop
    (【一頓特殊的年夜飯】除夕夜,60余名留院職工, rw2249), among labels in brackets on lines of their own over their paragraphs: typed
    as its siblings (README, cut text), the label a line of its own."""
    if not lines or lines[-1].style_level is not None or lines[-1].text.rstrip()[-1:] in SENTENCE_END:
        return lines
    label = re.match(rf"\s*{OPENING_LABEL}(?=\S)", analysis_form(lines[-1].text))
    siblings = [line for line in lines[:-1] if _bracketed_label(line.text)]
    if label is None or not siblings:
        return lines
    cut = _written_length(lines[-1].text, label.end())
    return [*lines[:-1], replace(lines[-1], text=lines[-1].text[:cut].strip()), Line(lines[-1].text[cut:].strip())]


def _split_inline_run_in(entry: str) -> list[str]:
    """An entry cut out of a page written on one line, whose first sentence is short (一、不断扩大业务，顺利完成
    本年度目标任务。20xx年是…) or ends at a space (一、创新思路，进一步探究城区工会工作新机制 梅园地区共有…): the
    page lost the line break there, a heading over its paragraph."""
    marker, rest = split_marker(entry)
    if marker is None:
        return [entry]
    head = _year_opening_end(rest)
    if head is None and (match := INLINE_RUN_IN.match(rest) or INLINE_RUN_IN_SPACE.match(rest)):
        head = match.end()
        if not match.group().endswith("。") and breaks_inside_word(match.group().rstrip(), rest[head:]):
            return [entry]  # a space inside a word is the page's wrap, no heading's end
    if head is None:
        return [entry]
    cut = len(entry) - len(rest) + head
    return [entry[:cut].rstrip(), entry[cut:]]


def _split_run_in_section_headings(lines: list[Line]) -> list[Line]:
    """A section heading whose first sentence is the heading and the rest its paragraph (一、以协调劳动关系
    为主线，切实维护职工合法权益。劳动关系和谐是……) comes apart when its siblings (二、三、) are headings on
    lines of their own: short, over a paragraph."""

    def section(line: Line) -> str | None:
        marker, rest = split_marker(line.text)
        return rest if marker is not None and marker.family == "cn" and line.style_level is None else None

    def over_content(following: Line) -> bool:
        marker = split_marker(following.text)[0]
        return marker.family != "cn" if marker else len(following.text) > MAX_HEADLINE_CHARS

    standalone = any(
        (rest := section(line)) is not None and len(rest) <= MAX_HEADLINE_CHARS and over_content(following)
        for line, following in zip(lines, lines[1:])
    )
    if not standalone:
        return lines
    split = []
    for line in lines:
        rest = section(line)
        head = _run_in_end(rest) if rest is not None and len(rest) > MAX_HEADLINE_CHARS else None
        if head is None:
            split.append(line)
            continue
        cut = len(line.text) - len(rest) + head
        split += [replace(line, text=line.text[:cut]), Line(line.text[cut:])]
    return split


def _run_in_end(rest: str) -> int | None:
    """Where a run-in section heading ends: at its first sentence's stop, however long the sentence (以协调劳动关系为主线，
    …权益。劳动关系…; 以“建家”为龙头，…进一步规范管理。探讨并实施…),
    or, the stop lost, before a paragraph that opens with its year (工作概述____年是我们…, 工作回顾2023年，…)."""
    if (cut := _year_opening_end(rest)) is not None:
        return cut
    head = RUN_IN_SENTENCE.match(rest)
    return head.end() if head else None


def _year_opening_end(rest: str) -> int | None:
    """Where a heading glued to a paragraph that opens with its year ends (工作概述____年是我们…), or None."""
    low, high = GLUED_HEADING_CHARS
    for cut in range(low, min(high, len(rest) - 8) + 1):
        if re.search(r"[，。！？；：、“”（）]", rest[:cut]):
            break
        if YEAR_OPENING.match(rest, cut):
            return cut
    return None


def _typed_entries(lines: list[Line]) -> list[tuple[str | None, str]]:
    """(marker family, text after the marker) of each line numbered in its text (not by a style or Word's
    numbering), else (None, "")."""
    return [
        _line_marker(line)[1:] if line.style_level is None and line.marker is None else (None, "") for line in lines
    ]


def _split_run_in_entry_headings(lines: list[Line]) -> list[Line]:
    """Numbered entries whose first sentence is a short phrase, or two or three short parallel ones (``RUN_IN_PHRASE``),
    the rest its paragraph (（1）深化“三级联创”。围绕…; 1.养老服务精细化工程。针对…), are headings over their paragraphs when every long
    entry of that family in the document, at least two, has that shape; one such entry among items stays an item
    (2、继续弘扬劳模精神。…). So are those of a family with no item (long, or its first sentence a clause with a comma)
    where one such entry's rest is a paragraph, long or cut off by the page's end: also a single entry under its
    heading (1、加强党支部书记及支委的素质建设。2008年…); a phrase over one short sentence stays an item (1. 建立定期沟通
    机制。每季度至少召开一次…会议。). The shape is read in analysis form (a mirror's pinyin glosses, 經(jīng)濟(jì), are no
    length nor a phrase's break: rw1067)."""
    written = _typed_entries(lines)
    entries = [(family, analysis_form(rest) if family else rest) for family, rest in written]
    cut_off = len(lines) - 1 if entries and entries[-1][1][-1:] not in SENTENCE_END else None
    heads = {
        i: head.end()
        for i, (family, rest) in enumerate(entries)
        if family
        and (head := (CUT_RUN_IN_PHRASE if i == cut_off else RUN_IN_PHRASE).match(rest))
        and head.end() <= MAX_HEADING_CHARS + 1
    }
    shaped = Counter(entries[i][0] for i in heads)
    # beside two or more such entries, one whose first sentence is one long clause-run over a paragraph (2、以教代会为
    # 主渠道，抓好…四项职能的落实，在提高…上下功夫。教代会要…) has that shape too: its first sentence is the heading; beside
    # one, so has one whose first sentence is one longer phrase of a heading's length, no comma in it (1.当好学习宣传贯彻党
    # 的二十届三中全会精神排头兵。把…)
    heads |= {
        i: head.end()
        for i, (family, rest) in enumerate(entries)
        if shaped[family] >= 1
        and i not in heads
        and (head := RUN_IN_SENTENCE.match(rest))
        and head.end() <= (MAX_UNMARKED_HEADING_CHARS if shaped[family] >= 2 else MAX_HEADING_CHARS) + 1
        and (shaped[family] >= 2 or not CLAUSE_WITH_COMMA.match(rest[: head.end()]))
        and len(rest) - head.end() >= head.end()
    }
    # beside one, so has an entry whose phrase the page glued to its paragraph with no stop, the paragraph naming it again
    # after a clause (2.深入学习《习近平谈治国理政》第四卷党支部要精心组织安排，深入学习《习近平谈治国理政》第四卷，…, rw1538)
    heads |= {
        i: cut
        for i, (family, rest) in enumerate(entries)
        if shaped[family] >= 1 and i not in heads and (cut := _restated_phrase(rest))
    }
    # the family's entries of the run-in shape are its long entries, the same ones: a count alone matched a short one of
    # that shape with a long one of another (rw2287's 二、健全工作机构。… beside 五、建立健全党务公开制度、…，不断推进…。, an item)
    long = {i for i, (family, rest) in enumerate(entries) if family and len(rest) > MAX_HEADING_CHARS}
    shaped = Counter(entries[i][0] for i in heads)
    families = {
        family
        for family, n in shaped.items()
        if n >= 2 and {i for i in heads if entries[i][0] == family} == {i for i in long if entries[i][0] == family}
    }
    # (the last entry, cut by the page's end, is no item: it is typed as its siblings are, the README's cut text; unless the
    # page gave its first sentence whole, a sentence of clauses, no phrase: rw2287's 五、建立健全…制度，…，不断推进…规范化。每年
    # 年底…, cut after it, is a sentence entry, an item that keeps its siblings items by the README's ruling of round 23)
    items = {
        family
        for i, (family, rest) in enumerate(entries)
        if family
        and i not in heads
        and (i != cut_off or RUN_IN_SENTENCE.match(rest))
        and (len(rest) > MAX_HEADING_CHARS or CLAUSE_WITH_COMMA.match(rest))
    }
    over_paragraphs = {
        entries[i][0]
        for i, cut in heads.items()
        if len(entries[i][1]) - cut >= MIN_PARAGRAPH_CHARS
        or (i == len(lines) - 1 and entries[i][1][-1] not in SENTENCE_END)
    }
    families |= over_paragraphs - items
    # (a family's run-in entries stay whole in a section where a sibling is an item, an entry of no run-in shape with nothing
    # under it but its next sibling or its uncle: the README's ruling of round 23, 7、一定要按照自己的速度来走。不要…
    # beside 5、要服从安排，…。 and 6、…。, rw1952; （二）党员大会一般每季度召开一次，…。如遇… beside （一）凡属…决定。, rw1850)
    cuts = {
        i: cut
        for i, cut in heads.items()
        if (entries[i][0] in families or _run_in_section(lines, entries, i, heads))
        and not _beside_an_item(lines, entries, i, heads)
    }
    # an entry alone of its family in the section of an outer entry, its first sentence of a heading's length over a
    # paragraph of several sentences (（一）… / 1、按照市委统一部署，扎扎实实抓好学习实践科学发展观活动。将…。以…, rw1444): no
    # sibling makes it an item. An outermost entry alone may be a glued heading's (一、背景分析與發展需求隨著…, rw213).
    cuts |= {
        i: head.end()
        for i, (family, rest) in enumerate(entries)
        if family
        and i not in cuts
        and _section_siblings(lines, entries, i) == [i]
        and any(other and _outer(family, other) for other, _ in entries[:i])
        and (head := RUN_IN_SENTENCE.match(rest))
        and head.end() <= MAX_HEADING_CHARS + 1
        and len(rest) - head.end() >= MIN_PARAGRAPH_CHARS
        and len(re.findall("[。！？]", rest[head.end() :])) >= 2
    }
    # an entry whose first sentence is one clause of a heading's length, longer than a phrase, is run in too: beside siblings
    # of that shape that all stand over paragraphs of several sentences (1、社區黨組織…地位進一步加強。以…。… / 2、…素質進一步
    # 優化。…。…, rw1762), or beside a sibling heading (（一）配合党组织…的学习、宣传和贯彻。机关工会… / （二）大力弘扬劳模精神…。
    # over its paragraph, rw1782): no sibling is an item, and the README's run-in rule makes the sentence a heading
    sentences = {
        i: head.end()
        for i, (family, rest) in enumerate(entries)
        if family
        and i not in heads
        and (head := RUN_IN_SENTENCE.match(rest))
        and head.end() <= MAX_HEADING_CHARS + 1
        and not CLAUSE_WITH_COMMA.match(rest[: head.end()])
        # a paragraph after it (longer than a heading, or of several sentences, the last one's cut by the page's end), not
        # one more phrase of the heading past a stray stop (三、做好維權工作。保障教工的合作權益, rw273) nor one short sentence
        # ((二)组织一次全体分工会会员活动。此项活动拟在9月份完成。, seed 003)
        and (
            len(rest) - head.end() > MAX_HEADING_CHARS
            or len(re.findall("[。！？]", rest[head.end() :])) >= (1 if i == cut_off else 2)
        )
    }
    paragraphs = {
        i: cut
        for i, cut in sentences.items()
        if len(re.findall("[。！？]", entries[i][1][cut:])) >= (1 if i == cut_off else 2)
    }
    cuts |= {i: cut for i, cut in paragraphs.items() if _run_in_section(lines, entries, i, paragraphs, min_paragraph=0)}
    heads |= sentences
    # entries of the run-in shape that each have a line of their own under them, not an entry (1、社区、小区。组织…。 over
    # 责任单位：…, beside 2、 3、 4、 each over theirs, rw2096): content under an entry makes it a heading (the README's
    # heading-or-item rule), its phrase the heading; one sibling with nothing under it keeps them items
    cuts |= {
        i: cut
        for i, cut in heads.items()
        if len(siblings := _section_siblings(lines, entries, i)) >= 2
        and all(j in heads and _over_a_line(lines, entries, j) for j in siblings)
    }
    while more := {
        i: cut for i, cut in heads.items() if i not in cuts and _beside_a_heading(lines, entries, i, heads, cuts)
    }:
        cuts |= more  # a run-in heading makes its run-in siblings headings in turn (1、 beside 2、 beside 3、 alone)
    return _split_entries(lines, written, {i: _written_length(written[i][1], cut) for i, cut in cuts.items()})


MIN_RESTATED_CHARS = 8


def _restated_phrase(rest: str) -> int | None:
    """The length of the phrase ``rest`` opens with when its paragraph, glued to it with no stop, says it again after a
    clause's mark (深入学习《…》第四卷党支部要精心组织安排，深入学习《…》第四卷，…): the longest such opening of a heading's length,
    no stop in it; None when there is none."""
    for end in range(min(MAX_HEADING_CHARS, len(rest) // 2), MIN_RESTATED_CHARS - 1, -1):
        phrase = rest[:end]
        if not re.search("[，。；：！？,;:!?]", phrase) and re.search(f"[，。；]{re.escape(phrase)}", rest[end:]):
            return end
    return None


def _run_in_section(
    lines: list[Line],
    entries: list[tuple[str | None, str]],
    i: int,
    heads: dict[int, int],
    min_paragraph: int = MIN_PARAGRAPH_CHARS,
) -> bool:
    """Entry ``i``'s section has two long entries of its family or more and all of them are of the run-in shape
    (``heads``), one of them over a paragraph of ``min_paragraph`` characters (二、… / 1、深化“双学双比”竞赛活动。依托… /
    2、大力推动“巾帼建功”活动。开展…, rw644) or each over a sentence of clauses (``_clause_run``, rw2091): headings, whatever the family's entries in other sections are (三、… / 2、全面落实…计划，配合… an item). One long
    entry of another shape in the section, an item, keeps them items (the README's ruling of round 23: rw1250's 1、 2、 3、
    beside 4、经常深入基层，…问题。, rw051's 1、 and 3、 beside 2、抓重点攻难点，…入党。). The document's last entry, cut by the
    page's end, counts as a long one of its shape, its paragraph cut (the README's cut text: 2、创新活动形式。要充 beside
    1、把握节目主题,精心组织。 over its sentence of clauses, rw1909)."""
    cut = len(entries) - 1 if entries and entries[-1][1][-1:] not in SENTENCE_END else None
    long = [j for j in _section_siblings(lines, entries, i) if len(entries[j][1]) > MAX_HEADING_CHARS or j == cut]
    return (
        len(long) >= 2
        and all(j in heads for j in long)
        and (
            any(len(entries[j][1]) - heads[j] >= min_paragraph for j in long)
            or all(_clause_run(entries[j][1][heads[j] :]) for j in long if j != cut)
        )
    )


MIN_RUN_CLAUSES = 3  # the clauses of a sentence that is a paragraph of its own after a run-in phrase (``_clause_run``)


def _clause_run(paragraph: str) -> bool:
    """``paragraph`` is more than an item's one short sentence: a sentence of ``MIN_RUN_CLAUSES`` clauses or more, longer
    than a heading (根据县关工委的工作要求，组织…，建立…，切实提高工作效率。, rw2091), as a long paragraph is."""
    return len(paragraph) > MAX_HEADING_CHARS and len(re.findall("[，,；;]", paragraph)) >= MIN_RUN_CLAUSES - 1


def _over_a_line(lines: list[Line], entries: list[tuple[str | None, str]], i: int) -> bool:
    """Line ``i`` has a line of text under it that is no entry (numbered in its text, by a style or Word's numbering)."""
    return (
        i + 1 < len(lines)
        and entries[i + 1][0] is None
        and lines[i + 1].style_level is None
        and lines[i + 1].marker is None
    )


def _beside_a_heading(
    lines: list[Line], entries: list[tuple[str | None, str]], i: int, heads: dict[int, int], headed: dict[int, int]
) -> bool:
    """Entry ``i``'s nearest sibling, before it or after it in the same section, is a heading: a run-in one of ``headed``,
    or one on a line of its own: short, one phrase with no stop but at its end, with content under it, not its next
    sibling nor an outer entry (1、组织春秋游活动 over its （1）（2）, then 2、开展兴趣小组活动。成立…); and no sibling is an
    item, an entry not of the run-in shape (``heads``) that is long or has nothing under it: 4.积极协助党委开展…活动。通过…
    beside 5. stays an item after the list 1. 2. 3. it ends."""
    family = entries[i][0]
    siblings = _section_siblings(lines, entries, i)
    if any(j not in heads and (len(entries[j][1]) > MAX_HEADING_CHARS or j + 1 in siblings) for j in siblings):
        return False
    at = siblings.index(i)
    for j in siblings[max(at - 1, 0) : at] + siblings[at + 1 : at + 2]:
        rest = entries[j][1]
        alone = len(rest) <= MAX_HEADING_CHARS and not any(c in SENTENCE_END for c in _unquoted(rest)[:-1])
        under = entries[j + 1][0] if j + 1 < len(entries) else family
        # (entries of a deeper family under it make it a heading whatever its line holds, the README's: 2、救助对象。重点
        # 做好以下3类对象的帮扶救助工作: over (1)–(3), beside 1、深入开展调查研究。摸清…, rw2100)
        if j in headed or ((alone or under is not None) and under != family and not _outer(family, under)):
            return True
    return False


def _beside_an_item(
    lines: list[Line], entries: list[tuple[str | None, str]], i: int, heads: dict[int, int], sentence: bool = False
) -> bool:
    """A sibling of entry ``i`` in its section is an item: not of the run-in shape (``heads``), with nothing under it but its
    next sibling or an outer entry (the document's last entry, which the page's end may have cut, counts as none). A
    sibling of a list started again is another list's ((一)(二) over their paragraphs, then (一)(二)(三) of the next task, seed
    003's 篇四).

    On a page flattened to one line (``sentence``), where nothing shows what stood under an entry, only a sibling that is
    one short full sentence counts (``SENTENCE_ENTRY``: 二、每届工会主席、委员任期三年，任期满后换届选举。 beside 一、筹备。组建…,
    rw2364's shape on rw2368's line); a long one there sits beside run-in headings (rw071, rw115)."""
    family = entries[i][0]
    last = len(entries) - 1
    return any(
        j not in heads
        and j != last
        and entries[j + 1][0] is not None
        and (entries[j + 1][0] == family or _outer(family, entries[j + 1][0]))
        and (not sentence or (len(entries[j][1]) <= MAX_HEADING_CHARS + 1 and SENTENCE_ENTRY.match(entries[j][1])))
        for j in _run(lines, _section_siblings(lines, entries, i), i)
    )


def _outer(family: str | None, other: str | None) -> bool:
    """An entry of family ``other`` is outside one of ``family``: a family it nests in (or an ordinal's)."""
    rank = FAMILIES.index(family) if family in FAMILIES else -1
    return other is not None and other != family and (other not in FAMILIES or FAMILIES.index(other) < rank)


def _section_siblings(lines: list[Line], entries: list[tuple[str | None, str]], i: int) -> list[int]:
    """The indexes of the entries of entry ``i``'s family in its section (up to an outer entry either side, or a part's
    label alone over the family's list started again: 工作及成绩 over 一、…四、, 不足及设想 over 一、二、, rw2025), ``i`` too."""
    family, found = entries[i][0], [i]
    for step in (-1, 1):
        j = i + step
        while (
            0 <= j < len(entries) and not _outer(family, entries[j][0]) and not _part_label(lines, entries, j, family)
        ):
            if entries[j][0] == family:
                found.append(j)
            j += step
    return sorted(found)


def _part_label(lines: list[Line], entries: list[tuple[str | None, str]], j: int, family: str | None) -> bool:
    """Line ``j`` is an unmarked label alone (a short phrase, no clause's mark) over an entry of ``family`` that numbers
    the first of a list: a part of the text of its own."""
    text = lines[j].text.strip()
    return (
        entries[j][0] is None
        and 0 < len(text) <= MAX_PLAIN_HEADING_CHARS
        and not re.search(r"[。，；！？,;!?]", text)
        and j + 1 < len(entries)
        and entries[j + 1][0] == family
        and _numbers_first(lines[j + 1])
    )


MIN_SECTION_LABELS = (
    2  # labels over content that make a family of fields the document's sections (``_split_label_entries``)
)
MAX_SUB_HEADLINE_SHARE = (2, 3)  # a sub-headline's length at most, of its headline's (``_is_sub_headline``)
MIN_RUN_IN_SENTENCES = (
    2  # the sentences of a last lone field's value that make its label a heading (``_split_label_entries``)
)


def _split_label_entries(lines: list[Line]) -> list[Line]:
    """Numbered entries of one family that are fields (一、活动目的：围绕…。, 四、活动时间：9月28日下午) are section
    headings over their values when a sibling is a label over what it heads (三、活动内容： / 七、具体安排), one field's value is
    prose, long or a sentence, and no entry is an item (a sentence with a comma): each label is a heading, its value
    a paragraph. A field whose own value is short (a name, a date, a place, a phrase: 一、活动主题：爱在重阳 情满望湖,
    四、活动时间：_月__号至_月__号) stays a line among them (the README's ruling of round 23), as do fields with short values
    only (一、时间：3月23日 / 二、目的地：…); fields among items (1. 构建和谐劳动关系：通过…) stay items. Labels glued to their
    paragraph without a colon are cut too (see ``_glued_labels``)."""
    entries = _typed_entries(lines)
    fields = {  # a pinyin gloss a mirror site injected (活動(dòng)前期動(dòng)員：, rw2014) is no length of the label
        i: _written_length(rest, head.end())
        for i, (family, rest) in enumerate(entries)
        if family and (head := SECTION_FIELD.match(analysis_form(rest)))
    }
    prose = {i for i in fields if not _short_field(entries[i][1]) and not _value_of_fields(entries[i][1], fields[i])}
    # a sibling heads content as a label alone does when it is the lead-in to entries of a deeper family under it
    # (二、xx年工会工作总体思路大致有如下几个方面： over （一）…, rw1825)
    over_content = {
        i
        for i, (family, rest) in enumerate(entries)
        if family
        and (
            _label_over_content(entries, i)
            or (POINTS_AHEAD.search(rest) and i + 1 < len(entries) and entries[i + 1][0] not in (None, family))
        )
    }
    items = {
        family
        for i, (family, rest) in enumerate(entries)
        if family
        and i not in fields
        and not LABEL_ONLY.match(rest)
        and CLAUSE_WITH_COMMA.match(rest)
        and not CLOSING_PROVISION.match(analysis_form(rest))
    }
    sections = {entries[i][0] for i in prose} & {entries[i][0] for i in over_content}
    # two labels over content or more among a field's siblings make them the document's sections, a paragraph among them
    # numbered as they are (1.背景：… / 2.国际妇女节全称…，… / 3.工作目标 / 4.主要内容, rw933)
    cuts = {
        i: cut
        for i, cut in fields.items()
        if i in prose
        and entries[i][0] in sections
        and (entries[i][0] not in items or len(over_content & _siblings(lines, entries, i)) >= MIN_SECTION_LABELS)
    }
    # a field alone of its family at the document's end, its value a paragraph of several sentences (1、比赛方法：以分工会为单位，…
    # 领队1人。…本次比赛采用分组淘汰制，…。, rw1571): the excerpt cut the plan after its first section, whose label heads its
    # prose as the README's sections do (a field over entries that start no series heads nothing: seed 001's slip)
    cuts |= {
        i: cut
        for i, cut in fields.items()
        if i in prose
        and i == len(lines) - 1
        and _siblings(lines, entries, i) == {i}
        and len(re.findall("[。！？]", entries[i][1][cut:])) >= MIN_RUN_IN_SENTENCES
    }
    # a field whose value is prose that opens with fields of its own ((1)踢毽子比赛：比赛时间：3分钟 比赛人数：每队4人，比赛规则：
    # 三分钟时间内，…。, rw1906): its sub-entries run on its line, and it heads them by its label, as a field whose value
    # opens a list does (the README's labels; short values of fields, (二)登山比賽：時間：15:30——16:30 地點：九龍山, rw888,
    # leave a field)
    cuts |= {
        i: cut
        for i, cut in fields.items()
        if i in prose and LABEL_ENTRY.match(analysis_form(entries[i][1][cut:]).lstrip())
    }
    # a plan's field (``EVENT_PLAN_HEADING``: 活动时间, 活动对象) with lines of its own under it before its next sibling (一、
    # 活动时间：20xx年5月12日---5月13日 / 5月12日早上6:30集合… / 二、…, rw1906): a heading over its value and what goes on
    # from it, text the label, as a field whose value opens its sub-entries is (the README's labels)
    cuts |= {
        i: cut
        for i, cut in fields.items()
        if i not in prose
        and EVENT_PLAN_HEADING.match(analysis_form(entries[i][1]))
        and i + 1 < len(entries)
        and entries[i + 1][0] is None
        and any(family == entries[i][0] for family, _ in entries[i + 2 :])
    }
    return _split_entries(lines, entries, cuts | _glued_labels(entries) | _glued_bracketed_heads(entries))


def _numbers_first(line: Line) -> bool:
    """The line's marker numbers the first of its list (``numbers_first``: 1., 一、, （一）, ①)."""
    return numbers_first(_line_marker(line)[0])


def _siblings(lines: list[Line], entries: list[tuple[str | None, str]], i: int) -> set[int]:
    """The entries of ``i``'s family in its run, ``i`` among them (``_run``)."""
    family = entries[i][0]
    return _run(lines, [j for j, (other, _) in enumerate(entries) if other == family], i)


def _run(lines: list[Line], members: list[int], i: int) -> set[int]:
    """The run of ``members`` (one family's entries, in order) that holds ``i``: from the entry that numbers the run's first
    (1., 一、) to the one before the next that does."""
    at = members.index(i)
    start = next((k for k in range(at, -1, -1) if _numbers_first(lines[members[k]])), 0)
    end = next((k for k in range(at + 1, len(members)) if _numbers_first(lines[members[k]])), len(members))
    return set(members[start:end])


def _label_over_content(entries: list[tuple[str | None, str]], i: int) -> bool:
    """Entry ``i`` is a label alone over what it heads (三、活动内容： over 1、投篮比赛；), not an item of a list of short
    ones (1、跳绳 / 2、拔河): its next line is no sibling."""
    return bool(LABEL_ONLY.match(entries[i][1])) and i + 1 < len(entries) and entries[i + 1][0] != entries[i][0]


def _members_by_family(entries: list[tuple[str | None, str]]) -> dict[str, list[int]]:
    """The indexes of the entries of each marker family, in order."""
    by_family: dict[str, list[int]] = {}
    for i, (family, _) in enumerate(entries):
        if family:
            by_family.setdefault(family, []).append(i)
    return by_family


def _glued_labels(entries: list[tuple[str | None, str]]) -> dict[int, int]:
    """Entries of a family whose other entries are labels alone over what they head, at least two and all of one length
    (二、工作目标 / 三、主要工作：), and whose own text is long with no mark in a label's length (一、指导思想坚定不够地贯彻…)
    or goes on with a number there (一、活动时间2025年3月 beside 二、活动主题): a label of that length glued to its paragraph or
    its value, cut there, or after a space there (二、竞赛对象 公司在册员工。 beside 三、竞赛标准, rw1425)."""
    cuts = {}
    for members in _members_by_family(entries).values():
        labels = [entries[i][1].rstrip("：:") for i in members if _label_over_content(entries, i)]
        widths = {len(label) for label in labels}
        if len(labels) < 2 or len(widths) != 1 or len(labels) == len(members):
            continue
        (width,) = widths
        glued = [
            i
            for i in members
            if (
                (len(entries[i][1]) > MAX_HEADING_CHARS or entries[i][1][width : width + 1].isdigit())
                and not re.search(r"[^\w“”]", entries[i][1][: width + 1])
            )
            or (entries[i][1][width : width + 1] == " " and not re.search(r"[^\w“”]", entries[i][1][:width]))
        ]
        if len(glued) + len(labels) == len(members):
            cuts.update(dict.fromkeys(glued, width))
    return cuts


def _glued_bracketed_heads(entries: list[tuple[str | None, str]]) -> dict[int, int]:
    """Entries of a family one of which is a headline ending in a bracket over what it heads (第一阶段：活动动员（2017年3月份）),
    the others long with a closing bracket in a headline's length and no sentence mark before it (第二阶段：项目申报（2017年
    4月份）各护理单元在…): headings of that shape glued to their paragraph, each cut after its bracket."""
    cuts = {}
    for family, members in _members_by_family(entries).items():
        heads = [
            i
            for i in members
            if entries[i][1].endswith("）")
            and len(entries[i][1]) <= MAX_HEADLINE_CHARS
            and i + 1 < len(entries)
            and entries[i + 1][0] != family
        ]
        glued = {
            i: close.end()
            for i in members
            if len(entries[i][1]) > MAX_HEADING_CHARS and (close := BRACKETED_HEAD.match(entries[i][1]))
        }
        if heads and len(heads) + len(glued) == len(members):
            cuts.update(glued)
    return cuts


def _split_entries(lines: list[Line], entries: list[tuple[str | None, str]], cuts: dict[int, int]) -> list[Line]:
    """The lines with each entry ``i`` of ``cuts`` cut into its heading and its paragraph, ``cuts[i]`` characters into
    the entry's text after its marker (``entries[i]``: family, text after the marker)."""
    split = []
    for i, line in enumerate(lines):
        if i not in cuts:
            split.append(line)
            continue
        at = len(line.text) - len(entries[i][1]) + cuts[i]
        split += [replace(line, text=line.text[:at].rstrip()), Line(line.text[at:].lstrip())]
    return split


def _split_unmarked_section_headings(lines: list[Line]) -> list[Line]:
    """Numbered headings of one document glued to their paragraph with no mark between (二、文化活动经过社区建设科的
    不断努力，…; （一）顺应转型，确保稳步发展鉴于多种因素，…) come apart when at least two entries of one family, and
    half of its long ones, have the shape: a phrase of 2 to 16 characters, then a paragraph's opening — a preposition
    or the writer (经过, 在, 鉴于, 我院), the heading's own first word again (社区卫生社区建设科…), or a word
    another such paragraph of the document opens with (安全及防范社区建设科…). Then every entry of that family
    of this shape comes apart, the shorter ones too (三、权益维护方面作为一名工会积极分子，…). A single long entry comes
    apart too when its heading is a label's length and a sibling is a label alone over what it heads (一、指导思想在区总
    工会…的坚强领导下，… beside 二、今年的主要工作 over its （一）). The shape is read in analysis form (現狀分析目前，…,
    計劃背景隨著社會…)."""
    entries = [_line_marker(line)[1:] if line.style_level is None else (None, "") for line in lines]
    forms = {i: analysis_form(rest) for i, (family, rest) in enumerate(entries) if family}
    first = {i: cut for i, form in forms.items() if (cut := _glued_heading_end(form, ()))}
    openings = tuple({forms[i][cut : cut + 2] for i, cut in first.items()})
    cuts = {i: cut for i, form in forms.items() if (cut := _glued_heading_end(form, openings))}

    # an entry that is one sentence with nothing under it, beside a sibling left whole that ends its sentence with nothing
    # under it but its next sibling (an item: README run-in headings, round 23, one sibling item keeps the section's run-in
    # entries items), is cut only before a paragraph's opener: a word of its heading coming again there is the sentence's
    # own (一、社区党支部负责管理教育本社区党员，…工作。 beside 三、加强党组织的自身建设，…。…。, rw542; 1.工会干部加强自身学习，
    # 提高工会委员的自培能力，…活动。 beside 2、在实际操作的基础上…有法可依。, rw502)
    def sentence_item(i: int) -> bool:
        return entries[i][1][-1:] in SENTENCE_END and (i + 1 == len(entries) or entries[i + 1][0] == entries[i][0])

    cuts = {
        i: cut
        for i, cut in cuts.items()
        if _sentences_after(lines, entries, i, cut) != 1
        or not sentence_item(i)
        or _glued_heading_end(forms[i], (), repeated=False) == cut
        or not any(j not in cuts and sentence_item(j) for j in _section_siblings(lines, entries, i))
    }
    long = [i for i, form in forms.items() if len(form) > MAX_HEADING_CHARS]  # a mirror's glosses are no length
    families = Counter(entries[i][0] for i in long)
    split_families = Counter(entries[i][0] for i in long if i in cuts)
    labelled = {i for i in forms if _label_over_content(entries, i)}
    keep = {family for family, n in split_families.items() if n >= 2 and 2 * n >= families[family]}
    # a long entry over a paragraph of several sentences (its line's and the lines' under it), as every long entry of its
    # family in its section is (一、背景分析與發展需求隨著…。…。, rw213; 1.支部設置堅持黨的組織…。…。 alone under its （一）,
    # rw411): a run-in heading by the README's rule, no sibling being an item
    several = {i for i in cuts if i in long and _sentences_after(lines, entries, i, cuts[i]) >= 2}
    run_in = {i for i in several if all(j in several for j in _section_siblings(lines, entries, i) if j in long)}
    cuts = {
        i: cut
        for i, cut in cuts.items()
        if entries[i][0] in keep
        or i in run_in
        # (a label of the family in another section, 1、活動時間 over 11月19日。 under 五、, is none of its siblings: 3、活動領隊由
        # 工會根據報名情況另行確定，… among sentence items under 四、, rw2198)
        or (labelled.intersection(_section_siblings(lines, entries, i)) and i in long and cut <= MAX_LABEL_CHARS)
    }
    # an event plan's section labels, two of one family at least, each glued to its prose (一、活动目的为了丰富… / 二、活动宗旨
    # 释放活力、…, rw1091; 一、活动背景雷锋同志是… / 二、活动主题及目标本次…, rw1424; 一、計劃背景隨著… / 二、計劃目標明確本次…,
    # rw248) or parted from it by a space (一、竞赛项目 2021年计划…,
    # 二、竞赛对象 公司在册员工。, rw1425: a page on one line); a heading that goes on after the label (活动主题的确定,
    # 活動人員安排) is no prose
    plan_labels = {
        i: label.end()
        for i, form in forms.items()
        if (label := EVENT_PLAN_HEADING.match(form)) and _glued_prose(form[label.end() :])
    }
    label_families = Counter(entries[i][0] for i in plan_labels)
    # a plan's section label glued to its prose ends there, whatever word of it the prose says again later (一、工作目標明確
    # 2025年工會工作的主要目標，…, rw919: not cut before the second 工作)
    cuts = {i: min(cut, plan_labels.get(i, cut)) for i, cut in cuts.items()}
    cuts |= {i: cut for i, cut in plan_labels.items() if label_families[entries[i][0]] >= 2 and i not in cuts}
    return _split_entries(lines, entries, {i: _written_length(entries[i][1], cut) for i, cut in cuts.items()})


def _sentences_after(lines: list[Line], entries: list[tuple[str | None, str]], i: int, cut: int) -> int:
    """The sentences of entry ``i``'s paragraph: its line's past ``cut`` and the unmarked lines under it."""
    end = next((k for k in range(i + 1, len(lines)) if entries[k][0] is not None), len(lines))
    paragraph = entries[i][1][cut:] + "".join(line.text for line in lines[i + 1 : end])
    return len(re.findall("[。！？]", paragraph))


def _glued_prose(rest: str) -> bool:
    """``rest``, what follows a plan's section label on its line, is the section's prose: a sentence of clauses glued to
    the label (雷锋同志是…，…), its year first or not (2021年计划组织开展…，…), or, past a space, any sentence."""
    spaced = rest[:1].isspace()
    rest = rest.lstrip()
    return bool(re.match(rf"[{HAN}“\d]", rest)) and (
        (len(rest) >= MIN_GLUED_PROSE_CHARS and bool(re.search("[，、。]", rest)))
        or (spaced and rest[-1:] in SENTENCE_END)
    )


def _glued_heading_end(rest: str, openings: tuple[str, ...], repeated: bool = True) -> int | None:
    """Where a heading glued to its paragraph ends (see ``_split_unmarked_section_headings``), or None; not ``repeated``:
    only before a paragraph's opener, never where a word comes again."""
    low, high = GLUED_HEADING_CHARS
    for cut in range(low, min(high, len(rest) - 8) + 1):
        head, body = rest[:cut], rest[cut:]
        if re.search(r"[。！？；：、“”（）]", head) or head.count("，") > 1:
            return None
        if head[-1] in "，了地是-－" or dangles(head):
            # cut mid-phrase, or after a verb's 了 before its object (认真组织开展了我校的…, rw078), or after 地 inside a line:
            # a noun that ends in it is the sentence's subject there (比賽場地為符合條件的…, rw038), no label's end; nor is
            # a copula before its complement (党支部党员大会是党支部的议事决策机构，…, rw2394) or a hyphen inside a chain of
            # names (支委-支委-党员-党员之间…, rw2394)
            continue
        clauses = head.split("，")
        if len(clauses) == 2 and cut > MAX_GLUED_CLAUSE_CHARS:
            if len(clauses[0]) > MAX_GLUED_CLAUSE_CHARS:
                return None  # a long clause, then a comma: a sentence (…活动和培训，旨在增强…: seed 004)
            if len(clauses[1]) < MIN_CLAUSE_CHARS:
                continue
        # 为 opens no paragraph inside a word (作为, 成为) or after 以 (以…为重点); 为了 opens one after any (以人为本，积极开展各项文体
        # 活动丰富教职工生活为了进一步活跃…, rw1805)
        opener = BODY_OPENER.match(body) and not (
            body[0] == "为" and not body.startswith("为了") and ("以" in head or head[-1] in "作成认因称")
        )
        # two clauses longer than one (加强了工会组织建设，提高工会工作质量在街道工会的大力支持下，…, rw761) end only before a
        # paragraph's opener, never where a word comes again (关注职工生活，提升幸福感医院工会始终关注…: seed 004)
        two_clauses = len(clauses) == 2 and cut > MAX_GLUED_CLAUSE_CHARS
        # the paragraph opens with the heading's first word again, or with its last clause's (共建和谐，维护职工权益维护职工
        # 合法权益是…, rw437), or with a word another such paragraph opens with
        again = body.startswith(rest[:2]) or (
            len(clauses) == 2 and len(clauses[1]) >= MIN_CLAUSE_CHARS and body.startswith(clauses[1][:2])
        )
        if opener or (repeated and not two_clauses and (again or body.startswith(openings))):
            # a preposition inside a heading's one clause (组织学习贯彻习近平总书记在全国两会期间重要讲话精神。全国…) is
            # the clause's: the heading ends at its stop, and a line that is that clause alone is no heading glued
            # to anything
            clause = PREPOSITION_OPENER.match(body) and re.match(r"[^，。！？；：]*[。！？]", body)
            if not clause or cut + clause.end() > MAX_HEADING_CHARS + 1:
                return cut
            return cut + clause.end() if clause.end() < len(body) else None
    return None


def _split_glued_heading(text: str) -> list[str]:
    """A numbered heading and what the page glued to it: its first subheading (一、总体情况1.全年……), or
    its paragraph when that opens an enumeration (1、加强组织领导一是……)."""
    if head := HEADING_THEN_SUBHEADING.match(text):
        return [head.group(), *_split_glued_heading(text[head.end() :])]
    marker, rest = split_marker(text)
    if marker is not None and (head := HEADING_THEN_ENUMERATION.match(rest)):
        return [text[: len(text) - len(rest) + head.end()], rest[head.end() :]]
    return [text]


# A list's first number before a title line (1工会劳动竞赛活动方案 under the page's 工会劳动竞赛活动方案, rw2189; 一:社区党委可以
# 组织党员开展哪些活动策划书, rw2574): the page's list, no word of the title, which names its genre at its end; a number that
# counts something (1岁…, 一年级…: a unit after it, no colon) is the title's. So is a page's number set apart by a space
# before a title that opens on its year (7 2015年“金秋助學”活動實施方案, rw2633).
FIRST_ITEM_NUMBER = re.compile(
    rf"^\s*(?:(?:1(?![\d.．年月日号岁个项届次名位周天期])|一\s*[：:])\s*(?=[{HAN}])|\d{{1,3}}\s+(?=(?:19|20)\d\d年))"
)


def without_item_number(title: str) -> str:
    """``title`` less a list's first number before it (``FIRST_ITEM_NUMBER``) when the rest ends in a genre word."""
    numbered = FIRST_ITEM_NUMBER.match(title)
    rest = title[numbered.end() :] if numbered else title
    return rest if numbered and ENDS_IN_GENRE.search(analysis_form(rest)) else title


def _title_text(line: Line, collections: frozenset[str] = frozenset()) -> str | None:
    """The document title this line announces, or None; ``collections``: the names of the collections the page holds,
    whose items' titles are the name and the item's number or its label (…汇报【篇1】, whatever the name's words)."""
    text = line.text
    if line.style_level == 0:
        return text
    plain = line.marker is None and line.style_level is None
    numbered = (
        (NUMBERED_ITEM.match(text) or LABELLED_ITEM.match(text) or BRACKETED_NUMBER_ITEM.match(text)) if plain else None
    )
    if numbered and _collection_name(numbered.group("name")) in collections:
        return text.rstrip("：:")
    labelled = SERIES_PREFIX.match(text)
    if (
        line.marker is None
        and labelled
        and labelled.group().rstrip()[-1] in "：:】"  # a label closed, not a word that goes on (第一篇章)
        and LABELLED_TITLE.fullmatch(text[labelled.end() :])
    ):
        return text[labelled.end() :]  # an item's label announces its title, whatever it names (第一篇：…建設-淺析方法)
    text = TITLE_LABEL.sub("", text)  # a page's field label (标题：…工作计划, rw632)
    if (
        line.marker is None
        and split_marker(text)[0] is None
        and not month_schedule(text)
        and is_title_line(text)
        and not SENTENCE_OPENER.match(analysis_form(text))
        and not PRESENTED.search(analysis_form(text))
        and not _lists_bare_genre(text)
    ):
        # a page's title that names the document twice (…工作总结范文|医院工会工作总结): the document's own, the last
        last = re.split(r"\s*[|｜]\s*", text)[-1]
        return without_item_number(
            SERIES_PREFIX.sub("", (last if last != text and is_title_line(last) else text).rstrip("。：:"))
        )
    return None


def _names_collection_of(text: str, title: str) -> bool:
    """``text`` is the title of the collection ``title`` is an item of (…活动方案2022(通用16篇) over …活动方案2022 篇1)."""
    found = COLLECTION_TITLE.match(text.strip())
    name = found and (found.group("name") or found.group("bracketed"))
    return bool(name) and analysis_form(title).replace(" ", "").startswith(analysis_form(name).replace(" ", ""))


def _collection_name(name: str) -> str:
    """A collection's name with its year, written or masked, read as one (``NAMED_YEAR``)."""
    return NAMED_YEAR.sub("20__", name)


def _lists_bare_genre(text: str) -> bool:
    """A line that lists documents parted by 、, the last a genre's name alone (財報上年度決算.與下年度預算表下方需有職權核章、
    下年度工作計畫, rw1436; 关键词:…、活动方案、工作计划): the genre is one item of the list, not a title's (a title's genre after
    a 、 names whose it is: …教代会、工会工作报告)."""
    return "、" in text and bool(BARE_GENRE.fullmatch(analysis_form(text).rstrip("。：:").rsplit("、", 1)[-1]))


# A field's label that names what follows: a name, a law's or a rule's (名称：, 法規名稱：), or a title (标题：).
NAME_LABEL = re.compile(r"(?:法规|规章|文件|文档)?(?:名称|标题|题目)[：:]")


def _under_name_label(label: Line, line: Line) -> bool:
    """``line`` is a plain one of no sentence, a headline's length, right under a name's label alone (``NAME_LABEL``)."""
    text = line.text.strip()
    return (
        label.marker is None
        and bool(NAME_LABEL.fullmatch(analysis_form(label.text.strip())))
        and line.marker is None
        and line.style_level is None
        and _line_marker(line)[0] is None
        and 0 < len(text) <= MAX_HEADLINE_CHARS
        and not re.search(f"[{SENTENCE_END}]", text)
    )


def _teasers(title: str | None, body: list[Line]) -> list[tuple[str | None, list[Line]]]:
    """An untitled page of a site's list of posts, each paragraph a post's teaser the site cut with an ellipsis (…旅遊及文……
    / 工聯會召開第39屆會員代表大會，…推出各種多元的服務。【聽您意見…… / 立法會昨日…, rw1064): a document per teaser, the
    last cut by the page's end. Only when every paragraph but the last ends so, ``MIN_TEASERS`` of them at least, each
    longer than a text's paragraph closing on an ellipsis would be. Or an untitled page of several reports, each opening
    with its paper's dateline (``Line.dateline``: (亞洲經濟通訊社/記者王福星報導)為降低疫情發生風險，… / (亞洲經濟通訊社/記者…
    報導)「記憶退化的長輩…」！…, rw1181): a document per report, from its dateline to the next."""
    if title is not None or any(line.style_level is not None or line.marker is not None for line in body):
        return [(title, body)]
    if body and body[0].dateline and sum(line.dateline for line in body) >= MIN_REPORTS:
        starts = [i for i, line in enumerate(body) if line.dateline] + [len(body)]
        return [(None, body[a:b]) for a, b in zip(starts, starts[1:])]
    if len(body) <= MIN_TEASERS or not all(
        line.text.endswith("……") and len(line.text) >= MIN_TEASER_CHARS for line in body[:-1]
    ):
        return [(title, body)]
    return [(None, [line]) for line in body]


def _split_documents(
    lines: list[Line],
    fallback_title: str,
    dropped: list[DroppedLine],
    cleaned_off: Sequence[DroppedLine] = (),
    cut_titles: frozenset[str] = frozenset(),
) -> list[tuple[str | None, list[Line]]]:
    """The file's documents as (title, lines) pairs; the title None where the text gives none (the file's
    name, ``fallback_title``, is then the last resort: ``outline_documents``). A collection's title, kept or among the
    lines cleaning dropped (``cleaned_off``), names its items' titles, as the site's promo that names what it compiled
    does (``PROMO_NAMED``)."""
    docs: list[tuple[str | None, list[Line]]] = []
    title, body = None, []
    texts = [line.text for line in lines] + [line.text for line in cleaned_off]
    collections = frozenset(
        _collection_name(found.group("name") or found.group("bracketed"))
        for text in texts
        if (found := COLLECTION_TITLE.match(text))
    ) | frozenset(
        _collection_name(found.group("name")) for line in cleaned_off if (found := PROMO_NAMED.search(line.text))
    )
    # or a line alone that an item's title below numbers in brackets (2017年學校工會工作計劃范文 / 小編 promo /
    # 2017年學校工會工作計劃范文(一), rw2504), as the junk model reads it (``junk._numbered_item_title``)
    last_item = {name: k for k, line in enumerate(lines) if (name := _item_name(line.text))}  # one pass: a 5 MB file
    collections |= frozenset(
        _collection_name(line.text.strip()) for k, line in enumerate(lines) if last_item.get(line.text.strip(), -1) > k
    )
    file_names = frozenset(found.group("name") for line in cleaned_off if (found := FILE_NAME.match(line.text)))
    for i, line in enumerate(lines):
        if title is None and len(body) == 1 and _is_headline_over_subtitle(body[0], line):
            # a headline over its sub-headline (推进“一融双高”发展，助力基层党建创新 / ——组织部党支部2022年立项活动方案;
            # 履職？做好職工代言人 / —我院召開年度首次職工代表大會): one title, as the page shows it
            title, body = body[0].text + line.text.strip(), []
            continue
        if title is not None and not body and BARE_SERIES.match(line.text.strip().strip("【】[]")):
            # an item's title over its label again (医院工会工作计划篇二 / 篇一：) stays, the label goes; any other title
            # straight over a bare item label (局机关工会工作总结范本 / 篇一, …计划范本 / 【篇一】) is the collection's: the
            # item has no title line of its own
            if not ITEM_TITLE.search(title):
                dropped.append(DroppedLine(title, "合集标题"))
                title = None
            dropped.append(DroppedLine(line.text, "篇目标记"))
            continue
        if i == 0 and (entry := _entry_naming_the_text(lines)):
            # the excerpt opens on an entry that names a plan or a summary over its sections ((一) 教師專業發展-教師專業增能
            # 計畫 / 1.計畫目標 / (1)…, rw1419): the document's title, as a collection's numbered title is (rw416)
            title = entry
            continue
        if title is None and body and body[-1] is lines[i - 1] and _under_name_label(body[-1], line):
            # a database's field label alone over the name it gives (法規名稱： / 工會法（民國111年11月30日修正）, rw1508):
            # the document's title, the label the page's
            dropped.append(DroppedLine(body.pop().text, "网页信息"))
            new_title: str | None = line.text.strip()
        else:
            new_title = _title_text(line, collections) or _charter_title(line, lines[i + 1 : i + 3])
        if new_title is None and _signed_off(body) and (headline := _headline_after_signature(lines, i)):
            # a text closed by its signature and date (…印发给你们，请认真抓好贯彻落实。 / 临沂市统计局 / 2017年9月18日) is
            # whole; a headline over prose under it opens the next document, its title (the plan the notice issued, rw1909)
            new_title = headline
        elif (
            new_title is None
            or _broken_off_before(body)
            or _bare_genre_after_text(new_title, body)
            or (body and DASHED.match(line.text))
        ):
            # (a line opening with a dash is the sub-headline of the line above it: under a headline the two are one
            # title, under an outline entry its subheading (1、…系列计划 / ---社区文化活动安排, rw1990); once the text has
            # begun it opens no document, as none of the set's dashed title lines does)
            body.append(line)
            continue
        if title is None and len(body) == 1 and _is_unit_over_title(body[0], new_title):
            # the unit's name over a title that opens with what it did: one title (阜新市中心醫院工會 / 完成…總結, rw621)
            title, body = body[0].text.strip() + new_title, []
            continue
        if title is not None and not body and title in file_names and new_title != title:
            # the file's name again over the text's own title (开展主题党日活动方案.docx / 开展主题党日活动方案 /
            # 主题党日活动方案, rw638): the page's
            dropped.append(DroppedLine(title, "图片或附件文件名"))
            title = new_title
            continue
        if title is not None and not body and _is_item_title_repeated(title, new_title):
            dropped.append(DroppedLine(line.text, "重复的标题"))
            continue
        if (
            title is not None
            and body
            and new_title == title
            and body[-1].text.rstrip()[-1:] not in SENTENCE_END
            and lines[i + 1 : i + 2] == body[:1]
        ):
            # the title again under a preview of its text that the page cut off, the text starting again under it (…一、工作
            # 计划1. 加强组织建设- 继续…加强 / 2024年社区工会工作计划和目标 一、工作计划…, rw096): a document site's teaser
            dropped.extend(
                [DroppedLine(part.text, "网页摘要") for part in body] + [DroppedLine(line.text, "重复的标题")]
            )
            body = []
            continue
        if (
            title is not None
            and COLLECTION_COUNT.search(new_title)
            and not ITEM_TITLE.search(new_title)
            and (not body or _names_collection_of(new_title, title))
        ):
            # …总结4篇 under an item's title: the page's own; so is the collection's title again inside one of its items,
            # the item's text going on under it (…活动方案2022 篇1 / 为更好的…特拟定如下活动方案。 / …活动方案2022(通用16篇) /
            # 一、指导思想, rw2206)
            dropped.append(DroppedLine(line.text, "合集标题"))
            continue
        if title is not None and not body and _is_site_file_title(title, new_title):
            dropped.append(DroppedLine(line.text, "篇首杂项"))
            continue
        if body:
            docs.append((title, body))
        elif title is not None:
            dropped.append(DroppedLine(title, "无正文的标题"))
        title, body = new_title, []
    if body:
        docs.append((title, body))
    elif title is not None:
        dropped.append(DroppedLine(title, "无正文的标题"))
    return [
        _with_headline(title, body, dropped)
        for title, body in _without_preambles(docs, fallback_title, dropped, file_names, cut_titles)
        for title, body in _collection_items(title, body, fallback_title)
    ]


YEARS_WORK = re.compile(r"工作(?:计划|总结|回顾|思路|要点|安排|打算)")


def _entry_naming_the_text(lines: list[Line]) -> str | None:
    """The text of the file's first line when it is an outline entry that names a plan or a summary (its genre word its
    head, no sentence), the next line an entry of another family and no later line one of its own: the excerpt is that
    part of a larger document, whose entry is its title (rw1419). The year's work named by its genre (一、上届工会委员会的工作
    回顾, 二、2024年工作计划) is a section of a report, no document of its own; a year of the Republic in brackets ((115)年度…
    方案, rw1011) is no marker."""
    marker, family, text = _line_marker(lines[0])
    return (
        text.strip()
        if marker is not None
        and len(lines) > 1
        and not text.startswith("年")
        and _names_its_genre(analysis_form(text))
        and _line_marker(lines[1])[1] not in (None, family)
        and all(_line_marker(line)[1] != family for line in lines[1:])
        else None
    )


def _names_its_genre(form: str) -> bool:
    """An outline entry's words (in ``analysis_form``) name a plan or a summary as a title does: its genre word its head,
    no sentence and no clause, and not the year's work named by its genre (一、上届工会委员会的工作回顾, 二、2024年工作计划,
    20xx 工会工作回顾: sections of a report)."""
    return (
        not re.search(f"[{SENTENCE_END}，,]", form)
        and title_kind(form) in ("计划", "总结")
        and not YEARS_WORK.search(form)
    )


def _opening_headline(blocks: list[Block], title: str | None) -> bool:
    """The document's first block is a heading that names a plan or a summary (its genre word its head, no sentence, no
    clause) and stands alone at its level over every other heading, two or more, and every item: the text's title line,
    which the outline took as its outermost heading ((一) 教師專業發展-教師專業增能計畫 over 1.計畫目標 / (1)教師專業, rw1419).
    Under a title, only the title again, or an item's title that names it (护士节的活动方案1 under 护士节的活动方案, over 一、活动
    背景 … 六、活动流程, rw1254): a section's label naming the genre (具体活动安排 over its months) is the first heading. Not a
    table's row (…計畫目標|, rw1496) nor the year's work named by its genre (20xx 工会工作回顾 over its sections, the
    excerpt cut before the next, rw651: a section of a report). ``_entry_naming_the_text`` takes such a first line as the
    title before the outline when its marker's family never comes back."""
    headings = [block for block in blocks if block.type == "heading"]
    if len(headings) < 3 or blocks[0] is not headings[0]:
        return False
    text = analysis_form(headings[0].text)
    return (
        all(block.level is None or block.level > headings[0].level for block in blocks[1:])
        and not re.search("[：:|｜]", text)
        # an untitled text's line over its whole outline may name the event alone (“三八”节女职工徒步活动 over 一、活动主题 …
        # 六、奖项设置, rw1952): the event is what its plan is titled by
        and (_names_its_genre(text) or (title is None and re.fullmatch(OCCASION_EVENT, text) is not None))
        and (title is None or analysis_form(title) in text or text in analysis_form(title))
    )


def _letterhead(blocks: list[Block], title: str | None) -> int:
    """1 when an untitled document opens with its unit's name alone (江苏省无锡交通高等职业技术学校) over a heading: the
    page's letterhead over the text's own title line (``_opening_headline``), else 0."""
    return int(
        title is None
        and len(blocks) > 1
        and blocks[0].type == "paragraph"
        and not blocks[0].marker
        and blocks[1].type == "heading"
        and bool(SIGNATURE.fullmatch(analysis_form(blocks[0].text.strip())))
    )


def _charter_title(line: Line, below: list[Line]) -> str | None:
    """A charter's or a rule's name (組織章程, 工会经费管理办法) over its first chapter or article (第一章 總則, 第1條,
    ``CHARTER_LABEL``), or over one line of no sentence above it, the union's name and the day it was adopted (組織章程 /
    桃園市…教師會 中華民國…會員大會通過 / 第一章, rw1326): the document's title, whatever unit it names or not."""
    opening = below[:1] if below and CHARTER_LABEL.match(below[0].text.strip()) else below[:2]
    if (
        line.marker is None
        and opening
        and CHARTER_LABEL.match(opening[-1].text.strip())
        and all(not re.search("[。；！？]", other.text) for other in opening[:-1])
        and CHARTER_TITLE.fullmatch(analysis_form(line.text.strip()))
    ):
        return line.text.strip()
    return None


def _bare_genre_after_text(title: str, body: list[Line]) -> bool:
    """A genre word and nothing else (工作报告, 工作计划: no unit, no year, no event) on a line after the text's
    paragraphs names a part of that text (a staff congress's agenda: 工作报告 / 分组讨论 / 表决环节, rw1105), never a
    new document: a document's own title names what it plans or reports on."""
    return bool(BARE_GENRE.fullmatch(analysis_form(title))) and any(
        line.text.rstrip()[-1:] in SENTENCE_END for line in body
    )


def _signed_off(body: list[Line]) -> bool:
    """``body`` ends with its text's signature: a unit's name alone (``SIGNATURE``, a bureau's too: ``SITE_NAME``) over
    the date it signed on (``SIGNATURE_DATE``), after prose of its own (a sentence that ends in its stop)."""
    return (
        len(body) >= 3
        and bool(SIGNATURE_DATE.match(body[-1].text.strip()))
        and any(re.fullmatch(name, analysis_form(body[-2].text.strip())) for name in (SIGNATURE, SITE_NAME))
        and any(line.text.rstrip()[-1:] in SENTENCE_END for line in body[:-2])
    )


def _headline_after_signature(lines: list[Line], i: int) -> str | None:
    """``lines[i]`` as the headline of the paragraph under it (``reads_as_headline``), no outline entry: the next
    document's title."""
    line = lines[i]
    if line.marker is not None or line.style_level is not None or i + 1 >= len(lines) or _line_marker(line)[0]:
        return None
    return line.text.strip() if reads_as_headline(line.text.strip(), lines[i + 1].text.strip()) else None


def _broken_off_before(body: list[Line]) -> bool:
    """The last line of ``body`` breaks off a sentence in a hard-wrapped block (…工会委员会做了题为 / 《…》的工作报告: a
    page pasted into Word line by line, each line a paragraph of its own, ``Line.whole``): no stop at its end, and the
    width (``MIN_WRAP_WIDTH`` at least) of at least ``MIN_WRAPPED_LINES`` other lines of the block. What follows it is
    the sentence's rest, whatever it names."""
    if not body or not body[-1].whole or body[-1].text.rstrip()[-1:] in tuple(SENTENCE_END + "：:”）)》"):
        return False
    width = len(body[-1].text)
    return (
        width >= MIN_WRAP_WIDTH
        and sum(line.whole and abs(len(line.text) - width) <= 1 for line in body[:-1]) >= MIN_WRAPPED_LINES
    )


def _is_headline_over_subtitle(line: Line, below: Line) -> bool:
    """A page's first line that heads the sub-headline under it (``is_headline_over_sub_headline``), no outline entry."""
    return (
        line.marker is None
        and line.style_level is None
        and below.marker is None
        and below.style_level is None
        and _line_marker(line)[0] is None
        and is_headline_over_sub_headline(line.text, below.text)
    )


def _collection_items(title: str | None, body: list[Line], fallback_title: str) -> list[tuple[str | None, list[Line]]]:
    """A collection's item (…工作计划 篇1) whose outline starts again at 一、 after 二、 or later holds the next
    item too, its 篇 label lost by the page: that item starts there, untitled."""
    if not SERIES_AT_END.search(title or fallback_title):
        return [(title, body)]
    last = 0
    for i, line in enumerate(body):
        marker, _ = split_marker(line.text) if line.marker is None and line.style_level is None else (None, "")
        if marker is None or marker.family != "cn":
            continue
        number = CN_DIGITS.find(marker.text[0]) + 1
        if number == 1 and last >= 2:
            return [(title, body[:i]), (None, body[i:])]
        last = number
    return [(title, body)]


def _unbracketed(text: str) -> str:
    """A line wholly in 【】 without its brackets (【长者义工活动计划书】), any other line as it stands."""
    text = text.strip()
    whole = re.fullmatch(r"【([^【】]+)】", text)
    return whole.group(1).strip() if whole else text


def _with_headline(title: str | None, body: list[Line], dropped: list[DroppedLine]) -> tuple[str | None, list[Line]]:
    """A document without a title line takes its first line as the title when that line reads as a headline
    (a news item's 沙市区总工会召开全区工会工作会议: one clause, over a paragraph: ``reads_as_headline``); the short lines
    above it are the site's column names (工作动态), those between the two the page's widgets under its headline (字号：,
    浏览次数：), no outline entry either, and go. So does a collection's title over an item's headline; over an item's
    text straight away it goes too, the item untitled. The file name is the last resort."""
    if title is None and body and _counts_a_collection(body[0]):
        # a collection's title no title line by its words (不一样的6套三八妇女节活动方案( 二 ), rw1247): as one
        title, body = body[0].text, body[1:]
    collection = title is not None and bool(COLLECTION_COUNT.search(title)) and not ITEM_TITLE.search(title)
    if (title is not None and not collection) or (len(body) < 2 and not collection):
        return title, body
    if len(body) < 2:  # a collection's title glued to an item's text on a page of one line (学校工会工作报告7篇 根据…)
        dropped.append(DroppedLine(title, "合集标题"))
        return None, body
    texts = [line.text for line in body]
    # the page's headline twice over the text (長者夢想成真計畫 / 長者夢想成真計畫 / 一、計畫背景, rw1079; the repeat in brackets:
    # 长者义工活动计划书 / 【长者义工活动计划书】, rw2057): its title once; the short lines above it are the page's (a job site's
    # empty field, 職位類型: over 北區街坊節與衆同樂 twice, rw1707)
    twice = next(
        (
            k
            for k in range(min(len(body) - 2, MAX_WIDGET_LINES + 1))
            if texts[k].strip() == _unbracketed(texts[k + 1])
            and len(texts[k]) <= MAX_HEADLINE_CHARS
            and all(len(text.strip()) <= MAX_WIDGET_CHARS for text in texts[:k])
        ),
        None,
    )
    # a short line twice over a headline of its own over the text (工会活动 / 工会活动 / 机关工会一分会举办…交流赛 / 为凝聚力量，…,
    # rw1792) is the site's column name, its menu's and its breadcrumb's: the headline under it titles the text
    under = paragraph_after(texts, twice + 2) if twice is not None else None
    over_headline = under is not None and reads_as_headline(texts[twice + 2].strip(), texts[under].strip())
    if (
        not collection
        and twice is not None
        and not over_headline
        and not any(line.marker or _line_marker(line)[0] or line.style_level for line in body[: twice + 2])
    ):
        dropped.extend(DroppedLine(line.text, "网页栏目") for line in body[:twice])
        dropped.append(DroppedLine(texts[twice + 1], "重复的标题"))
        return texts[twice], body[twice + 2 :]
    if (
        not collection
        and named_by(texts[0], texts[1])
        and not any(line.marker or _line_marker(line)[0] or line.style_level for line in body)
        and not _over_headline(body[0], body[1], texts, 1)
    ):
        # a short headline the text opens by naming (居委会 / 居委会作为社区管理和服务的重要机构…) over a text with no
        # outline: the page's title, where a column name (工作动态) is named by nothing under it
        return texts[0], body[1:]
    start = paragraph_after(texts, -1)  # past the site's column names above the headline (工作动态)
    # a news headline's kicker, parallel phrases on the line over it (巾帼新气象 建功新时代 / 我院妇委会换届选举…顺利召开,
    # rw1502; ``reads_as_slogan``): the headline starts there, past the page's stamp and widgets above (出版日期：…)
    kicker = next((k for k in range(min(len(body) - 2, MAX_WIDGET_LINES + 1)) if _is_kicker(body[k])), None)
    if kicker is not None and kicker + 1 > (start or 0):
        start = kicker + 1
    else:
        kicker = None
    first = body[start] if start is not None else body[0]
    at = paragraph_after(texts, start) if start is not None else None
    second = body[at] if at is not None else None
    # a headline over its sub-headline, a shorter phrase of no stop (【民生工程】县总工会开展2024年金秋助学活动 / 助困难职工子女
    # 圆上大学梦 / 近日，…, rw1593): the headline stands over the paragraph under both, the text starts at the sub-headline
    sub = at if second is not None and at == start + 1 and _is_sub_headline(first, second) else None
    if sub is not None and (under := paragraph_after(texts, sub)) is not None:
        second = body[under]
    else:
        sub = None
    if sub is None and second is not None and _over_headline(first, second, texts, at):
        # the line right over the text's first paragraph is its headline; a plain line above it that shares nothing with
        # the text (a hijacker's company, 皇冠…娱乐…有限公司 / 儿科二病房为住院儿童过“六一” / 在…, rw1996), or that the headline
        # repeats and goes on from (杨晨晨新剧情… / 杨晨晨新剧情…开展首次户外踏青徒步活动, rw2009), is the site's name over it
        start, first = at, second
        at = paragraph_after(texts, start)
        second = body[at] if at is not None else None
    headline = (
        second is not None
        and first.marker is None
        and (reads_as_headline(first.text, second.text) or two_clause_headline(first.text, second.text))
        and _line_marker(first)[0] is None
        and not month_schedule(first.text)
        and not POINTS_AHEAD.search(analysis_form(first.text))
        and _line_marker(second)[0] is None
        and not any(line.marker or _line_marker(line)[0] for line in body[:at] if line is not first)
        # a speech's address over its greeting (同志们： / 大家好！ / 今天，我们在这里…, rw1301): the text starts there
        and not any(addresses_readers(line.text) for line in body[: at + 1])
    )
    if not headline:
        if collection:  # a collection's title straight over an item's text: the item has no title of its own
            dropped.append(DroppedLine(title, "合集标题"))
            return None, body
        return title, body
    if collection:  # a collection's title over its item's headline (…制度（汇总14篇）/ …制度执行情况): the page's
        dropped.append(DroppedLine(title, "合集标题"))
    dropped.extend(DroppedLine(line.text, "网页栏目") for line in body[: start if kicker is None else kicker])
    at = sub if sub is not None else at
    # an essay's part label over the paragraph (摘要), a plan's section label (目的：, rw893), a section's label in
    # brackets naming no column (【电气集团工会】 over its unit's report, rw1272) or the day of its event alone over the lead
    # (3月1日, under the post's stamp, rw2429: ``DAY_ALONE``) is the text's own: the text starts there
    at = next(
        (
            k
            for k in range(start + 1, at)
            if PART_LABEL.match(texts[k])
            or DAY_ALONE.fullmatch(texts[k].strip())
            or PLAN_LABEL.match(analysis_form(texts[k]))
            or (BRACKETED_LABEL.match(texts[k]) and not COLUMN_NAME.fullmatch(analysis_form(texts[k].strip("【】"))))
        ),
        at,
    )
    dropped.extend(DroppedLine(line.text, "网页控件") for line in body[start + 1 : at])
    return (first.text if kicker is None else f"{body[kicker].text} {first.text}"), body[at:]


def _over_headline(line: Line, below: Line, texts: list[str], at: int) -> bool:
    """``line``, a plain name of no clause, stands over ``below`` = ``texts[at]``, a plain headline over the paragraph
    under it, as the site's name: one that shares no two Han characters with the text (``echo`` 0: a spam host's
    company), or one the headline repeats and goes on from."""
    under = paragraph_after(texts, at)
    name = line.text.strip()
    return (
        under is not None
        and line.marker is None
        and _line_marker(line)[0] is None
        and below.marker is None
        and _line_marker(below)[0] is None
        and not re.search(r"[，,。；;！？!?：:]", name)
        and reads_as_headline(below.text, texts[under])
        and (below.text.startswith(name) or echo(analysis_form(name), analysis_form("".join(texts[at:]))) == 0)
    )


def _is_sub_headline(headline: Line, line: Line) -> bool:
    """A plain line right under a ``headline`` that is its sub-headline: a phrase of two thirds of its length at most (a
    headline under a line of units, 工会、退休管理科、干部保健科 / 第三届职工篮球联赛圆满落幕, rw1277, is as long), no stop, no
    stamp, no column's name, no part of the headline (its second part again under it: …——大余中学召开第十届教代会第四次会议 /
    大余中学召开第十届教代会第四次会议, rw398) (see ``_with_headline``)."""
    text = line.text.strip()
    return (
        line.marker is None
        and line.style_level is None
        and _line_marker(line)[0] is None
        and len(text) * MAX_SUB_HEADLINE_SHARE[1] <= len(headline.text.strip()) * MAX_SUB_HEADLINE_SHARE[0]
        and text not in headline.text
        and not CLAUSE_BREAK.search(text)
        and not re.search("[：:]", text)
        and not is_stamp(text)
        and not COLUMN_NAME.fullmatch(analysis_form(text))
    )


def _is_kicker(line: Line) -> bool:
    """A plain line of parallel phrases (``reads_as_slogan``): over a headline, its kicker."""
    return (
        line.marker is None
        and line.style_level is None
        and _line_marker(line)[0] is None
        and reads_as_slogan(analysis_form(line.text.strip()))
    )


def _counts_a_collection(line: Line) -> bool:
    """A plain line that counts a collection's items (``COLLECTION_COUNT``) and is no item's title (…总结 篇1)."""
    return (
        line.marker is None
        and line.style_level is None
        and _line_marker(line)[0] is None
        and bool(COLLECTION_COUNT.search(line.text))
        and not SERIES_AT_END.search(line.text)
        and not re.search("[。；！？]", line.text)
    )


def two_clause_headline(text: str, following: str) -> bool:
    """A news headline of two clauses joined by a comma (庆三八节，我院举行投篮游戏活动) over a paragraph of prose: a
    headline, where ``reads_as_headline`` takes one clause only (a comma there is a sentence's)."""
    return bool(TWO_CLAUSE_HEADLINE.match(text)) and len(following) > 2 * len(text) and "。" in following


def _is_item_title_repeated(title: str, new_title: str) -> bool:
    """The page repeats a title in a shorter form: a collection item's without its label (医院科室年度工作计划篇一,
    then 医院科室年度工作计划 glued to the text), a document's without the unit it opens with (社会福利中心“五强”党支部
    年度创建计划, then “五强”党支部年度创建计划): the longer title stays. A longer form by a suffix is the page's
    (…工作总结范文, …计划（精选5篇）), and the shorter one that follows is the document's own."""
    if title.startswith(new_title) and ITEM_LABEL.match(title[len(new_title) :]):
        return True
    return title.endswith(new_title) and new_title != title


def _is_unit_over_title(line: Line, title: str) -> bool:
    """A unit's name alone on the line over a title that names no unit and opens with no year, the work it names being
    the unit's (阜新市中心醫院工會 / 完成201*年度目標責任狀總結, rw621): the title's subject, as the page shows it."""
    form = analysis_form(title)
    return (
        line.marker is None
        and line.style_level is None
        and _line_marker(line)[0] is None
        and bool(SIGNATURE.fullmatch(analysis_form(line.text.strip())))  # a unit's name alone
        and not any(word in form for word in ORGANISATION_WORDS)
        and not re.match(r"[\dxX*_]|[一二]〇|关于", form)
    )


def _is_site_file_title(title: str, new_title: str) -> bool:
    """A document site's name for the file it shows (05医院工会工作总结-最新范文, rw620), under the text's own title
    (2022年度医院工会工作总结) with nothing between: a title of the same genre in the site's words for a sample (范文, 精选),
    which the text's own title has not, and no item's label (…范文 篇1 opens a collection's item). The page's, not a
    second document."""
    return (
        bool(COLLECTION_WORDS.search(new_title))
        and not COLLECTION_WORDS.search(title)
        and not ITEM_TITLE.search(new_title)
        and title_kind(new_title) == title_kind(title)
    )


def _is_short(body: list[Line]) -> bool:
    """A few short lines, as a page's matter before a document is."""
    return len(body) <= MAX_PREAMBLE_LINES and sum(len(line.text) for line in body) <= MAX_PREAMBLE_CHARS


def _is_table_of_contents(body: list[Line], text: list[Line]) -> bool:
    """A page's table of contents over the document's title: outline entries and nothing else, short ones, several of
    them the opening words of entries the ``text`` writes out (一、铸魂强基 … / 关于…工作规划 / 一、铸魂强基，构建党建引领…;
    the excerpt may cut the text before the others)."""
    entries = [_line_marker(line) for line in body]
    written = [line.text for line in text if _line_marker(line)[0]]
    return (
        len(body) >= MIN_CONTENTS_ENTRIES
        and all(
            marker and len(rest) <= MAX_HEADING_CHARS and not any(c in SENTENCE_END for c in rest)
            for marker, _, rest in entries
        )
        and sum(any(other.startswith(line.text) for other in written) for line in body) >= MIN_CONTENTS_ENTRIES
    )


def _is_preamble(body: list[Line]) -> bool:
    """A page's matter before a document: a collection title with its introduction, a byline, a file
    name line, a notice. A few short lines, none of them an outline entry or a schedule."""
    return _is_short(body) and not any(
        line.style_level or line.marker or _line_marker(line)[0] or month_schedule(line.text) for line in body
    )


def _without_preambles(
    docs: list[tuple[str | None, list[Line]]],
    fallback_title: str,
    dropped: list[DroppedLine],
    file_names: frozenset[str] = frozenset(),
    cut_titles: frozenset[str] = frozenset(),
) -> list[tuple[str | None, list[Line]]]:
    """Documents less the preambles that come before another document (never the last one); ``file_names``: the names
    of the files the page named in lines of their own (…工作总结报告.pdf); ``cut_titles``: the titles cut from a line of
    the text."""
    kept: list[tuple[str | None, list[Line]]] = []
    docs = list(docs)
    for i, (title, body) in enumerate(docs):
        if (
            i + 1 < len(docs)
            and title is not None
            and docs[i + 1][0] == title
            and _is_short(body)
            and any(re.search("[，,].*[。：:]$", line.text) or _line_marker(line)[0] for line in body)
        ):
            # the page repeats the title under the text's first sentence (…的年工作總結 / 在20xx年即將結束之際，…總結如下：
            # / …的年工作總結 / text) or its first heading (國小上半年工會工作計劃 / 一、指導思想 / 國小上半年工會工作計劃 / text):
            # one document, that line its own (a field's label between, 时间：, is the page's)
            dropped.append(DroppedLine(title, "重复的标题"))
            docs[i + 1] = (title, body + docs[i + 1][1])
            continue
        if i + 1 < len(docs) and title is None and _is_table_of_contents(body, docs[i + 1][1]):
            dropped.extend(DroppedLine(line.text, CONTENTS_REASON) for line in body)
            continue
        if i + 1 < len(docs) and title is None and docs[i + 1][0] in cut_titles and any(map(_own_sentence, body)):
            # untitled sentences of the text's prose before a title cut from a line (12月24日，…听取…工作汇报，…。 / 在听取…
            # 工作总结及2020年工作思路 / 后，…, rw260): the cut read a clause as a title; the sentences are the text's, kept
            docs[i + 1] = (docs[i + 1][0], body + docs[i + 1][1])
            continue
        if (
            i + 1 < len(docs)
            and not ITEM_TITLE.search(title or fallback_title)
            and (_is_preamble(body) or (i == 0 and title is None and docs[1][0] in file_names and _is_short(body)))
        ):
            # also a few untitled lines before the first document when the page named that document's file
            # (…报告.pdf): a document shop's notice (上传人：… / 1、部分资料下载需要金币…), a list among them
            if title is not None:
                dropped.append(DroppedLine(title, "篇首杂项"))
            dropped.extend(DroppedLine(line.text, "篇首杂项") for line in body)
        else:
            kept.append((title, body))
    return kept


def _own_sentence(line: Line) -> bool:
    """A whole sentence of clauses, no site word in it (12月24日，…听取…工作汇报，对明年工会工作提出四点要求。): the text's prose, no
    page's matter before a document (a site's introduction names the site, 小编, 范文, 下载)."""
    form = analysis_form(line.text.strip())
    return form.endswith(("。", "！", "？")) and bool(re.search("[，,]", form)) and not SITE_WORDS.search(form)


def _introduces(rest: str, content_follows: bool, next_family: str | None, open_families: list[str]) -> bool:
    """A numbered line is a heading when it is short, one clause, and has content under it.

    ``content_follows``: a next line exists and is not a month-schedule heading.
    ``open_families`` are the marker families open once this line is placed (its own last):
    a next line of one of them is a sibling or an uncle, not content under this line.
    """
    rest = LOST_CHARACTERS.sub("字", rest)
    if any(c in SENTENCE_END for c in _unquoted(rest)[:-1]):
        return False
    if len(analysis_form(rest)) > MAX_HEADING_CHARS:
        # a longer line with no mark at all is one clause: a heading over a list of its own (（一）按…实施方案抓好…工作)
        unmarked = len(rest) <= MAX_UNMARKED_HEADING_CHARS and not re.search(r"[^\w“”《》]", rest)
        return unmarked and next_family is not None and next_family not in open_families
    if rest[-1] not in SENTENCE_END or not content_follows:
        return rest[-1] not in SENTENCE_END
    if next_family is not None:
        return next_family not in open_families
    return True


def _short_field(rest: str) -> bool:
    """An entry's text is a field whose value is short: its label, a colon, a name, a date, a place or a phrase, no
    sentence (活动主题：爱在重阳 情满望湖, 會議地點：臺中二中教師會辦公室), or one clause with its stop (參、委託機關：臺北市
    政府社會局（以下簡稱本局）。, 六、参加人员：在职职工及部分退休职工。: the README's ruling of round 24); a value that is
    prose, long or clauses with their stop, is not (活动目的：让更多的学生…，提升自己的文化精神。), nor one that introduces
    what follows (委託類別及家數：依…分南、北2區，說明如下：, rw727), nor one that asks its reader to do something, a sentence
    whatever its stop (服裝規範:請穿著具有學系專業或參賽主題識別性的服裝參賽, rw1692)."""
    form = analysis_form(rest)
    label = LABEL_ENTRY.match(form)
    if label is None or len(form) > MAX_HEADING_CHARS or form[-1:] in "：:" or form.startswith("请", label.end()):
        return False
    value = _unquoted(form[label.end() :])
    return value[-1:] not in SENTENCE_END or not re.search(f"[，,{SENTENCE_END}]", value[:-1])


def _value_of_fields(rest: str, label_end: int) -> bool:
    """A field's value is fields of its own, each a label and its short value (组织领导：总负责人：xxx；拔河比赛（负责人）：xxx；…,
    rw2015): names in a list, no prose however long the line."""
    return bool(FIELD_RUN.fullmatch(analysis_form(rest[label_end:]).strip()))


def _fields_only(parsed: list[tuple[str | None, str | None, str]], i: int, outer: list[str]) -> bool:
    """The entry at ``i`` and its siblings, up to the entries of the ``outer`` families around them, are all fields, each a
    label with its value or with its value lost, and nothing stands under any of them (（三）工作分工 / 1、裁判：由工作组人员
    负责 / 2、项目道具准备等工作： / … / 5、交通安排： / 三、活动项目及赛程, rw2412: the page's blank duty roster)."""
    family = parsed[i][1]

    def fields(step: int) -> bool:
        k = i + step
        while 0 <= k < len(parsed) and parsed[k][1] not in outer:
            form = analysis_form(parsed[k][2])
            if parsed[k][1] != family or not (
                _short_field(parsed[k][2]) or (form[-1:] in "：:" and LABEL_ONLY.match(form))
            ):
                return False
            k += step
        return True

    return fields(-1) and fields(1)


def _one_phrase(rest: str) -> bool:
    """A headline's length, with no sentence's stop but at its end."""
    return len(rest) <= MAX_HEADLINE_CHARS and not any(c in SENTENCE_END for c in _unquoted(rest)[:-1])


def _nests(family: str | None, open_families: list[str]) -> bool:
    """A next line of marker ``family`` is an entry under the line just placed (``open_families`` open, its own last):
    a family not open that nests inside every open one of the canonical order (an ordinal nests anywhere)."""
    if family is None or family in open_families or family == "word":
        return False
    if family not in FAMILIES:
        return True
    return all(FAMILIES.index(k) < FAMILIES.index(family) for k in open_families if k in FAMILIES)


def _outer_list_resumes(
    parsed: list[tuple[str | None, str | None, str]], i: int, family: str, last: int | None
) -> bool:
    """The list of ``family`` that starts again at entry ``i`` is nested in the entry numbered ``last`` over it: where
    its numbers first break off, the outer list goes on at ``last`` + 1 (2. / 1. 2. 3. / 3., rw638); a table of contents
    over the sections it names (1. … 4. / 1. 2. 3. / 1. …, rw489) nests nothing."""
    expected = 1
    for marker, other, _ in parsed[i:]:
        if other != family or marker is None:
            continue
        number = marker_number(marker)
        if number != expected:
            return last is not None and last > 1 and number == last + 1
        expected += 1
    return False


def _list_closes(parsed: list[tuple[str | None, str | None, str]], i: int, open_families: list[str]) -> bool:
    """After entry ``i`` and the unmarked lines under it, the outline goes on with an entry of a family open above it (an
    uncle) or not at all: the lines close the list, no content of its last entry when the entry before it is an item with
    nothing under it (3、活动本着…的原则，过一个…教师节。 / 小学大队部 after 2、…由大队部完成。, rw1237; 4. 带好相机记录美好瞬间。 /
    经费预算: after 3. …, rw849)."""
    after = next((family for _, family, _ in parsed[i + 1 :] if family is not None), None)
    return after is None or after in open_families


def _next_number(parsed: list[tuple[str | None, str | None, str]], i: int, family: str) -> int | None:
    """The number of the next entry of ``family`` after line ``i``, None when there is none."""
    return next((marker_number(marker) for marker, other, _ in parsed[i + 1 :] if marker and other == family), None)


def _value_opens_list(rest: str) -> bool:
    """An entry's text is a field whose value opens with the first entry of a list (促進三個提高：⑴通過…), or with the 、
    an encoding left of that entry's lost marker (促進三個提高：、磐ㄟ^養成…): the entries after it go on with that list."""
    if not LABEL_ENTRY.match(analysis_form(rest)):
        return False
    value = rest[re.search("[：:]", rest).end() :].lstrip()
    return value.startswith("、") or opens_list(value)


def _entry_heading_end(rest: str) -> int:
    """Where the heading of an entry that heads sub-entries ends: after its label (四、法律教育方面：建立…。认真…), a
    phrase glued to its paragraph (二、树立典型，开展各种竞赛活动今年我院…) or its first sentence (三、扎實推進依法治理
    小區和法制宣傳教育。加強這項工作…), else at the line's end."""
    if LABEL_ENTRY.match(analysis_form(rest)):  # a pinyin gloss (落實(shí)) is no length
        return re.search("[：:]", rest).end()
    stops = [at + 1 for at, c in enumerate(_unquoted(rest)[:-1]) if c in SENTENCE_END]
    if len(stops) == 1 and _headline(rest[stops[0] :]):
        return len(rest)  # a phrase after its first sentence is no paragraph: 做好维权工作。保障教工的合作权益
    return _glued_heading_end(rest, ()) or (stops or [len(rest)])[0]


def _field_without_value(lines: list[Line], i: int) -> bool:
    """An unmarked label whose value the page lost, between fields that have theirs and over one field alone (时 间：3月5日…
    / 活动组织者： / 参与人员：爱心志愿者 / 四、活动要求, rw2206): a field as they are. A label over a run of fields heads them (女队：
    / 第一名：… / 第二名：…, rw1276; 具体分工： / 主持人：… / 裁 判：…, rw2107)."""

    def field(k: int) -> bool:
        # (a label of words: a clock time's colon opens no field, - 16:00 总结分享会 / 结束： / - 17:00 返回公司, rw849)
        form = analysis_form(lines[k].text) if 0 <= k < len(lines) else ""
        return bool(re.match(rf"[{HAN}]", form) and LABEL_ENTRY.match(form))

    def blank(k: int) -> bool:
        form = analysis_form(lines[k].text) if 0 <= k < len(lines) and not lines[k].marker else ""
        return form[-1:] in "：:" and bool(LABEL_ONLY.match(form) or QUALIFIED_LABEL.match(form))

    if not blank(i):
        return False
    # (not when the field above is the value of a label alone over it, numbered or not: 1、抢板凳（男）： / 负责人：… / 抢板凳（女）：
    # / 负责人：… / 2、象棋比赛：, rw2557; that label's sibling, its number lost, a heading over its own field as it is)
    above = analysis_form(split_marker(lines[i - 2].text)[1]) if i >= 2 else ""
    if (
        field(i - 1)
        and field(i + 1)
        and not field(i + 2)
        and not (LABEL_ONLY.match(above) or QUALIFIED_LABEL.match(above))
    ):
        return True
    # or one of a run of such labels, each with its value lost, over no content of their own: the run goes on to a field
    # with its value or to the outline's next entry, a number past its list's first (组  长： / 副组长： / 组  员： / （三）工作分工,
    # rw2412; 組長： / 副組長： / 成員：全體職工, rw2113; 其中： / 综合部（11人）： / … / 工程部（4人）： / 六、活动目的：…, rw1310): a
    # form's blank fields; a run over a list that starts at its first entry heads it (活动安排： / 上午： / - 8:00 集合出发, rw849)
    first, last = i, i
    while blank(first - 1):
        first -= 1
    while blank(last + 1):
        last += 1
    if first == last or last + 1 >= len(lines):
        return False
    marker = _line_marker(lines[last + 1])[0]
    return field(last + 1) or (marker is not None and not numbers_first(marker))


def _unquoted(text: str) -> str:
    """``text`` with what stands in quotation marks blanked (same length): a name's own stop (“蜕变。化茧成蝶”) ends no
    sentence."""
    return re.sub(r"“[^“”]*”", lambda m: "“" + "x" * (len(m.group()) - 2) + "”", text)


def _plain_heading(
    text: str, next_family: str | None, next_schedule: str | None, next_line: Line, open_families: list[str]
) -> bool:
    """An unnumbered short line is a heading when it introduces what follows: a new series of numbered
    lines (not the next sibling of one already open: then it is the open entry's content, as
    活動時間： / 6月7日 / 四、; a label with a colon over a list that starts again at 1. is a heading: 计划： / 1. after
    目标： / 1. 2. 3.; a headline is one over a list that starts again at 1., its family open or not: 活动效果 / 1. after
    6.), a month schedule, anything after a label with a colon (具体工作：) or in
    brackets (【指导思想】), or a paragraph that names it again (送温暖工程 / 实施送温暖工程的目的：…). A headline of two
    phrases (组织建设，完善教代会制度) is one over a new series that starts at its first number."""
    if ITEM_LABEL.match(text):
        return False  # a collection item's bare label (【篇一】 over 一、…) names the item, no section of it
    if addresses_readers(text):
        return False  # a speech's address or a circular's addressees over the text (同志们：, 各党支部：): no label
    if BRACKETED_ASIDE.fullmatch(text.strip()):
        return False  # a note in brackets over the text (（综合管理与全面发展导向型）, rw1956): an aside, no label
    if qualified := QUALIFIED_LABEL.match(analysis_form(text)):
        text = qualified.group("label") + "："
    if next_family is not None and numbers_first(_line_marker(next_line)[0]) and _headline(text):
        return True
    form = analysis_form(text)  # a mirror's pinyin glosses are no words of the label (獎項設(shè)置：, rw888)
    if next_family is None and BRACKETED_COUPLET.fullmatch(form):
        return True  # a headline's couplet in brackets over its paragraph (【新春佳節，餃子湯圓不可少】, rw2249): a label's
    if len(form) > MAX_PLAIN_HEADING_CHARS or re.search(r"[，。；：！？、,.;:!?]", _without_label_colon(form)):
        return False
    if next_family is not None:
        # a charter numbers its articles through all its parts: a short line over the next article names a part of it
        # (第二条 本会定名为… / 会员 / 第三条 凡在本公司…); a label, with its colon or in brackets (``BRACKETED_LABEL``, a
        # heading as its colon's label is), over a list of an open family that starts again at its first number heads
        # that new list (【監督檢查】 / 1.負責… after 1.–7., rw2587), as it heads a first one (【工作目标】 / 1.提高…, rw021)
        return (
            next_family not in open_families
            or next_family == "article"
            or ((text[-1] in "：:" or BRACKETED_LABEL.match(text)) and numbers_first(_line_marker(next_line)[0]))
        )
    return bool(
        next_schedule
        or MONTH_ENTRY.match(next_line.text)
        or text[-1] in "：:"
        or BRACKETED_LABEL.match(text)
        or PART_LABEL.match(text)
        or named_by(text, next_line.text)
    )


def addresses_readers(text: str) -> bool:
    """The line is the text's words to its readers (``ADDRESS``, ``AUDIENCE``: 同志们：, 尊敬的各位家长：, 各党支部：,
    大家好！): the text's opening, neither a label over a section nor a page's headline."""
    form = analysis_form(text)
    return bool(ADDRESS.match(form) or AUDIENCE.match(form))


def _line_marker(line: Line) -> tuple[str | None, str | None, str]:
    """(marker as written, family, text without marker) of one line; a schedule's months (七、八月份：) are no marker."""
    if line.marker:
        return line.marker, family_of(line.marker) or "word", line.text
    marker, rest = split_marker(line.text)
    if marker is not None and _month_range(line.text):
        return None, None, line.text
    return (marker.text, marker.family, rest) if marker else (None, None, line.text)


def _month_range(text: str) -> bool:
    """The line names two months in a row, written alike (七、八月份：, 7、8月): a schedule's heading, not the entry 七、 of
    八月份 (一、九月份 is one)."""
    match = MONTH_LINE.match(text)
    if match is None or match.group("span_last") is None:
        return False
    first, last = match.group("first", "span_last")
    return first.isdigit() == last.isdigit() and chinese_number(first) + 1 == chinese_number(last)


def _without_label_colon(text: str) -> str:
    """A short label heading (具体工作：) without its colon; other text as it is."""
    return (
        text[:-1]
        if text[-1:] in "：:" and (len(text) <= MAX_LABEL_CHARS or TITLE.match(text[:-1])) and not LEAD_IN.search(text)
        else text
    )


def _headline(text: str) -> bool:
    """A short line that reads as a headline: a phrase, or two joined by a comma, a colon or a space (突出特色，统筹全局,
    2024：四维度诠释工会担当), with no sentence in it nor a lead-in (为此，我们做了以下工作), not opened by an enumeration's word
    (``ENUMERATION_OPENING``). Its words are counted: the quotes
    round a theme and the space between the theme's two phrases are none (“学党纪知于心 守底线践于行”十月主题党日活动, rw1585)."""
    return (
        len(re.sub(r"[“”\s]", "", text)) <= MAX_PLAIN_HEADING_CHARS
        and bool(HEADLINE.match(text))
        and not LEAD_IN.search(text)
        and not re.match(ENUMERATION_OPENING, text)
    )


def _reads_as_paragraph(text: str) -> bool:
    """Longer than a heading, or a sentence of clauses longer than a headline (2024年，市总工会…，展现出四方面工会担当。)."""
    return len(text) > MAX_HEADING_CHARS or (
        len(text) > MAX_PLAIN_HEADING_CHARS and text[-1] in SENTENCE_END and "，" in text
    )


# A lost picture's caption written as a clause under the paragraph it shows: most of its words the paragraph's before it,
# few of the opening of the one after (``_caption_of_paragraph_before``).
MIN_CAPTION_ECHO = 0.6
MAX_CAPTION_DEVELOPED = 0.3
CAPTION_OPENING_CHARS = 60


def _caption_of_paragraph_before(lines: list[Line], i: int) -> bool:
    """``lines[i]``, a clause between two paragraphs, repeats what the paragraph before tells while the paragraph after goes
    on to something else (实地查看“爱心妈妈小屋”建设 after the paragraph on that visit, rw2255; 刘鸿宇同志汇报2023年度支部情况,
    rw607): a lost photo's caption, content, no heading over the paragraph after (README unmarked headings, round 32)."""
    if not 0 < i < len(lines) - 1:
        return False
    text = letters_only(lines[i].text)
    return (
        echo(text, letters_only(lines[i - 1].text)) >= MIN_CAPTION_ECHO
        and echo(text, letters_only(lines[i + 1].text)[:CAPTION_OPENING_CHARS]) < MAX_CAPTION_DEVELOPED
    )


def _headings_between_paragraphs(
    lines: list[Line], parsed: list[tuple[str | None, str | None, str]], titled: bool = False
) -> dict[int, str]:
    """The short unmarked lines of a document that stand between paragraphs, each after a paragraph's last sentence
    and over a paragraph (劳动竞赛亮点纷呈 / 为了提升员工的专业技能…), or over a second such line, its subheading (2025工作谋划
    / 突出特色，统筹全局 / 全市工会谋划明年工作时，…): each headline's key, "between" or "between_sub" for a subheading,
    one such line alone too (a news story's lead, then 让新就业形态劳动者感受到“家”的温暖 over its body); the paragraph
    under it may be one short sentence (2024：四维度诠释工会担当 / 2024年，市总工会…展现出四方面工会担当。). Beside them, a
    longer line that lists what it covers (``LISTING_HEADLINE``) between paragraphs is a headline too, and so is a label
    with a two-clause headline (``LABELLED_HEADLINE``: 健康义诊：中医情暖女性，守护健康初心), beside them or beside another.
    ``titled``: the document's title is no line of ``lines``, so its first line may be its first section's headline."""

    def paragraph(k: int) -> bool:
        return 0 <= k < len(lines) and parsed[k][0] is None and lines[k].style_level is None

    def headline(k: int) -> bool:
        form = analysis_form(lines[k].text) if paragraph(k) else ""
        dated = EVENT_DAYS.search(form)
        return bool(form) and (
            _headline(lines[k].text)
            or bool(QUESTION_HEADLINE.match(form) or DASHED_HEADLINE.match(form))
            or bool(dated and _headline(form[: dated.start()]))
        )

    def label(k: int) -> bool:
        # a label alone with its colon, whatever its length (拔火罐比赛： / 单人徒手心肺复苏比赛：, rw1293), not a lead-in nor an
        # address to the readers
        form = analysis_form(lines[k].text) if paragraph(k) else ""
        return (
            form[-1:] in ("：", ":")
            and bool(LABEL_ONLY.match(form))
            and not LEAD_IN.search(form)
            and not addresses_readers(lines[k].text)
        )

    def listing(k: int) -> bool:
        return paragraph(k) and bool(LISTING_HEADLINE.match(lines[k].text))

    def labelled(k: int) -> bool:
        return paragraph(k) and bool(LABELLED_HEADLINE.match(lines[k].text))

    def between(i: int, shape: Callable[[int], bool]) -> bool:
        # the paragraph's last sentence may close a quotation (…寶貴資產。」)
        return shape(i) and paragraph(i - 1) and lines[i - 1].text.rstrip("”」』’")[-1:] in SENTENCE_END

    def section_firsts() -> list[int]:
        return [
            i
            for i in range(1, len(lines) - 1)
            if i not in found
            and headline(i)
            and parsed[i - 1][0] is not None
            and lines[i - 1].text[-1:] not in SENTENCE_END
            and paragraph(i + 1)
            and _reads_as_paragraph(lines[i + 1].text)
        ]

    found: dict[int, str] = {}
    for i in range(len(lines)):
        chapter = CHARTER_LABEL.match(lines[i].text) and "章" in lines[i].text
        if (
            paragraph(i)
            and (paragraph(i + 1) or (chapter and i + 1 < len(lines)))
            and CHARTER_LABEL.match(lines[i].text)
        ):
            # an article's number over its text (第1條, rw1120): a label alone over content; a chapter's alone (第三章 over
            # 第六條…, rw1326, its articles entries or not) is the outermost, whatever list the chapter before it ended on
            found[i] = "chapter" if chapter else "between"
            continue
        # an explainer's question asked with its mark stands over its answer after a list too (…簡歷冊 / 10 大會手冊 / 為何要組
        # 教師工會? / 三級教師組織自成立以來，…, rw1436), whatever the line above ends on
        asked = paragraph(i - 1) and headline(i) and lines[i].text.rstrip()[-1:] in "?？"
        if not (between(i, headline) or asked) or _caption_of_paragraph_before(lines, i):
            continue
        # (a paragraph the page's end cut short of a headline's length is none: ``_cut_off``)
        body = i + 2 if headline(i + 1) and not _cut_off(lines, i + 1) else i + 1
        # or over a line that leads into a list (夏季防暑小贴士 / 中医科余晓琳副主任医师提醒您： / 1.…), its entries numbered
        # or not (為什麼要組工會？ / 工會是…，透過組織工會，我們可以： / 集體協商：與資方進行集體談判，…, its bullets lost, rw1016)
        if paragraph(body) and (
            _reads_as_paragraph(lines[body].text)
            or _cut_off(lines, body)
            or (lines[body].text.endswith(("：", ":")) and body + 1 < len(lines) and parsed[body + 1][0] is not None)
            or (lines[body].text.endswith(("：", ":")) and "，" in lines[body].text and paragraph(body + 1))
        ):
            if body == i + 2 and HELD_CAPTION.fullmatch(analysis_form(lines[i].text)):
                found[i + 1] = "between"  # the caption over the headline is no headline
                continue
            found[i] = "between"
            if body == i + 2:
                found[i + 1] = "between_sub"
    if "between" in found.values():
        # beside such headlines, one over the document's last line, cut by the page's end however short (交流實務經驗
        # 提升醫療品質 / 頒獎儀式之後，大會特別安排了護理照, rw754), is one too
        last = len(lines) - 1
        if between(last - 1, headline) and paragraph(last) and lines[last].text[-1] not in SENTENCE_END:
            found[last - 1] = "between"
        # beside such headlines, a longer one that lists what it covers (慰问劳模先进工作者、因公感染非典职工、困难职工) is one too
        lists = [
            i
            for i in range(len(lines))
            if i not in found and between(i, listing) and paragraph(i + 1) and _reads_as_paragraph(lines[i + 1].text)
        ]
        found |= dict.fromkeys(lists, "between")
        # beside such headlines, one right under a numbered heading of a phrase, over its paragraph, is that section's
        # first (一、党建引领基层治理 / 强化基层党组织功能 / 选优配强…。, rw1296)
        found |= dict.fromkeys(section_firsts(), "between")
        # beside such headlines, one the document opens with under its title, over its paragraph, is its first section's
        # (…举办5.12国际护士节表彰大会 / 5.12国际护士节 / 2015年5月12日上午，…, then 颁奖环节 / 在随后的颁奖环节，…, rw1232);
        # the title is the first line still when the text gave none apart
        first = 0 if titled else 1
        if (
            first not in found
            and (
                titled
                or (paragraph(0) and lines[0].text[-1:] not in SENTENCE_END and not _reads_as_paragraph(lines[0].text))
            )
            and headline(first)
            and paragraph(first + 1)
            and _reads_as_paragraph(lines[first + 1].text)
        ):
            found[first] = "between"
    else:
        # two sections or more that each open with such a headline, right under their marked headings and over their
        # paragraphs (★感悟初心★ / 交党费 学理论 / “不积跬步…”, then ★强化初心★ / 再宣誓 讲故事 / …, rw1851): the sections'
        # subheadings, a shape the document repeats, with no headline between paragraphs beside them
        firsts = section_firsts()
        if len(firsts) >= MIN_LABELLED_HEADLINES:
            found |= dict.fromkeys(firsts, "between")
    # events' names over their fields (大型活動 / 日期：2022年6月25日… / 地點：…, then 小區活動A1 / 日期：…, rw1037), two of them
    # at least: each heads its fields, as a headline its paragraph
    named = [
        i
        for i in range(len(lines))
        if i not in found
        and paragraph(i + 1)
        and (headline(i) or label(i))
        and not LABEL_ENTRY.match(analysis_form(lines[i].text))
        and LABEL_ENTRY.match(analysis_form(lines[i + 1].text))
        # a schedule's name over its months (主要活动安排 / 1月：…) and a part of the day over its times (下午： / 13:00…, rw849)
        # are the schedule's (``_plain_heading``, ``_outline``'s day parts)
        and not MONTH_ENTRY.match(lines[i + 1].text)
        and not CLOCK_TIME.match(lines[i + 1].text)
    ]
    if len(named) >= MIN_LABELLED_HEADLINES:
        found |= dict.fromkeys(named, "between")
    else:
        # one alone between a paragraph's last sentence and a run of fields (a ranking or the prizes of one contest: …支持。 /
        # 112年成長教室績優社區 / 第1名：… / 第2名：…, rw724) heads them as well; not a notice among a schedule's lines (…（第二批）
        # / 节日福利慰问品发放时间另行通知 / 地点：…, rw547)
        found |= {
            i: "between"
            for i in named
            if between(i, headline) and paragraph(i + 2) and LABEL_ENTRY.match(analysis_form(lines[i + 2].text))
        }
    # subheads of a label and a two-clause headline over their paragraphs, two of them at least or beside headlines; the
    # last over the document's last line, cut by the page's end however short (总结讲话：凝练成果，擘画新程 / 会议最后，朱晓暐
    # 老师对本次组织生活, rw1940), as a headline over it is above
    last = len(lines) - 1
    subheads = [
        i
        for i in range(len(lines))
        if i not in found
        and between(i, labelled)
        and paragraph(i + 1)
        and (_reads_as_paragraph(lines[i + 1].text) or (i + 1 == last and lines[last].text[-1] not in SENTENCE_END))
    ]
    if len(subheads) >= MIN_LABELLED_HEADLINES or "between" in found.values():
        found |= dict.fromkeys(subheads, "between")
    first = min(found, default=0)
    if sorted(found.values()) == ["between", "between_sub"] and not KICKER.search(analysis_form(lines[first].text)):
        # a headline over its subheading is the shape of a text that sections itself, or of one that names a part of its
        # report over it (``KICKER``: 2025工作谋划 / 突出特色，统筹全局, rw193); two other short lines stacked between
        # paragraphs with no other headline in the document are the captions of two pictures the page lost (各部门领导为
        # 在场退休职工们解答疑问 / 参加座谈会的退休职工在前台签到, rw2195; 全体奏唱国歌 / 卫体局局长王钟鸣讲话, rw2209; 刘博然副主席
        # 到会指导 / 许小峰会长讲话, rw1287; rw1392): the text's lines, as a caption with no mark is (README, photo captions)
        return {}
    return found


# A line that names a part of a report (2025工作谋划, 明年重点工作, 工作回顾): a kicker over its headline, no half of one
KICKER = re.compile(r"(?:工作|谋划|回顾|展望|部署|重点|成效|亮点|思路|举措|目标|情况)$")


def _two_line_headlines(lines: list[Line]) -> list[Line]:
    """Headlines between paragraphs that each stand over a second one, two such pairs at least and no headline alone
    (盘活原有资产 / 营造书香文化的栖息地 / “粗缯大布…” and 记录税收历史 / 打造传承“税心”的新站点, rw1060): each pair is one
    headline the page wrote on two lines, joined by a space. Beside a headline alone, or under a line that names a part
    of a report (``KICKER``: 2025工作谋划 / 突出特色，统筹全局, 2025重点工作 / 多举措开创工会新局面, rw193), the line under one
    is its subheading."""
    found = _headings_between_paragraphs(lines, [_line_marker(line) for line in lines])
    firsts = [i for i, key in found.items() if key == "between"]
    if (
        len(firsts) < MIN_LABELLED_HEADLINES
        or any(found.get(i + 1) != "between_sub" for i in firsts)
        or any(KICKER.search(analysis_form(lines[i].text)) for i in firsts)
    ):
        return lines
    return [
        replace(line, text=f"{line.text} {lines[i + 1].text}") if i in firsts else line
        for i, line in enumerate(lines)
        if found.get(i) != "between_sub"
    ]


def _cut_off(lines: list[Line], k: int) -> bool:
    """Line ``k`` is the document's last, a paragraph the page's end cut in a clause after its first (茂名社区党日活动以
    “传承红色基因，共建和谐家园”为主题，通过): longer than a headline or than the line over it (突出作用發揮，打造“紅色物業” /
    物業黨支部在加強自身建設的同時，也把工, rw2343), with a comma, no sentence's stop at its end."""
    text = lines[k].text
    longer = len(text) > min(MAX_PLAIN_HEADING_CHARS, len(lines[k - 1].text) if k else MAX_PLAIN_HEADING_CHARS)
    return k == len(lines) - 1 and longer and "，" in text and text[-1] not in SENTENCE_END


def _run_in_paragraphs(
    lines: list[Line], parsed: list[tuple[str | None, str | None, str]]
) -> tuple[dict[int, int], dict[int, int]]:
    """The paragraphs that each open with a phrase as its own sentence (``UNMARKED_RUN_IN``), when two or more of them
    are all that stands under an entry of one sentence alone on its line (二、评选条件 / 政治建设坚强过硬。坚持… /
    支部工作基础扎实。基本制度…), or under an entry run into its own paragraph, its first sentence a phrase (1、组织开展
    “…”为主题志愿者服务活动。在春节来临之际，… / 开展送温暖志愿服务。我社区… / 开展洁净志愿服务。节日期间…): each phrase a
    subheading of that entry; per line, where its phrase ends; and per such run-in entry, where its heading ends. Under no
    entry, three paragraphs in a row or more that each open so, or with two parallel phrases of one length (``PARALLEL_RUN_IN``:
    確定代表，擬定方案。… / 研讀法律，起草合同。… / 征集意見，確定內容。…, a report's steps), are headings of the document."""
    found: dict[int, int] = {}
    entries: dict[int, int] = {}
    i = 0
    while i < len(lines):
        rest = parsed[i][2]
        j = i + 1
        while j < len(lines) and parsed[j][0] is None and lines[j].style_level is None:
            j += 1
        heads = {k: m.end() for k in range(i + 1, j) if (m := UNMARKED_RUN_IN.match(lines[k].text))}
        alone = len(rest) <= MAX_HEADING_CHARS and not re.search(f"[{SENTENCE_END}]", rest[:-1])
        run_in = None if alone else RUN_IN_SENTENCE.match(rest)
        if (
            parsed[i][0] is not None
            and (alone or (run_in and run_in.end() <= MAX_HEADING_CHARS and len(rest) > run_in.end()))
            and len(heads) >= 2
            and len(heads) == j - i - 1
        ):
            found |= heads
            if run_in:
                entries[i] = run_in.end()
        i = j
    # (a step of two phrases of other lengths, 以學促產,推進電改建設。, stands in a run whose other steps are most of it:
    # 配齊建強黨組織。 / 談心談話促黨建工作開展。 / 以學促產,推進電改建設。, rw2106)
    steps: dict[int, int] = {}
    paired: set[int] = set()
    for k, line in enumerate([*lines, None]):
        plain = line is not None and parsed[k][0] is None and line.style_level is None
        end = _step_phrase_end(line.text) if plain else None
        pair = PARALLEL_RUN_IN.match(analysis_form(line.text)) if plain and end is None else None
        if (end is not None or pair) and k not in found:
            steps[k] = end if end is not None else _written_length(line.text, pair.end())
            if end is None:
                paired.add(k)
        elif len(steps) >= MIN_RUN_IN_STEPS and len(paired & steps.keys()) * 2 < len(steps):
            found |= steps
            steps = {}
        else:
            steps = {}
    # a news item's subheadings written as couplets, two parallel phrases of one length, each opening its paragraph
    # wherever it stands (发放慰问品，情暖职工心。… / 趣味活动会，欢乐迎新春。…, rw899): two or more, all of one length, are
    # headings of the document, whatever paragraphs stand between them; when another paragraph opens with two phrases of
    # other lengths (一场品茗插花活动，共赴春日雅集。 beside 一场骑行活动，展现健康风采。, rw729) they are the openings of a
    # list's paragraphs, no series of subheadings
    plain = [k for k, line in enumerate(lines) if k not in found and parsed[k][0] is None and line.style_level is None]
    pairs = [k for k in plain if PARALLEL_RUN_IN.match(analysis_form(lines[k].text))]
    couplets = {k: couplet for k in pairs if (couplet := _couplet(lines[k].text))}
    if len(couplets) >= MIN_COUPLETS and len(couplets) == len(pairs) and len({n for n, _ in couplets.values()}) == 1:
        found |= {k: end for k, (_, end) in couplets.items()}
    return found, entries


def _couplet(text: str) -> tuple[int, int] | None:
    """(the length of each phrase, where the couplet ends, written) when a paragraph opens with two parallel phrases of
    one length as its own sentence (``PARALLEL_RUN_IN``), else None; a pinyin gloss (內(nèi)容) is no length."""
    parallel = PARALLEL_RUN_IN.match(analysis_form(text))
    if not parallel or len(parallel.group("first")) != len(parallel.group("second")):
        return None
    return len(parallel.group("first")), _written_length(text, parallel.end())


def _step_phrase_end(text: str) -> int | None:
    """Where a paragraph's opening phrase ends, written, when it opens with one as its own sentence (``UNMARKED_RUN_IN``)
    or with two parallel phrases of one length (``_couplet``); a pinyin gloss (內(nèi)容) is no length."""
    if couplet := _couplet(text):
        return couplet[1]
    match = UNMARKED_RUN_IN.match(analysis_form(text))
    return _written_length(text, match.end()) if match else None


def _with_lost_first_markers(
    lines: list[Line], parsed: list[tuple[str | None, str | None, str]]
) -> list[tuple[str | None, str | None, str]]:
    """A short unmarked phrase right under a section's heading, over one paragraph, whose sibling after that paragraph is
    its family's second entry (三、活动安排 / 开展“巾帼维权·关爱行动”活动 / paragraph / ㈡开展她美“书香三八”读书活动, rw1141):
    the first entry, its marker lost by the page; read with the family's first marker."""
    parsed = list(parsed)

    def second(entry: tuple[str | None, str | None, str]) -> bool:
        return (
            entry[1] in FAMILIES
            and re.sub(r"[^\d一二三四五六七八九十⒈-⒛⑴-⒇①-⑳㈠-㈩]", "", entry[0] or "") in SECOND_NUMBERS
        )

    for i in range(1, len(lines) - 2):
        marker, family, rest = parsed[i]
        if marker is not None or len(rest) > MAX_PLAIN_HEADING_CHARS or re.search(r"[，。；：！？,.;:!?]", rest):
            continue
        after = parsed[i + 2]
        if (
            parsed[i - 1][1] in FAMILIES
            and parsed[i + 1][0] is None
            and second(after)
            and after[1] != parsed[i - 1][1]
            and _reads_as_paragraph(lines[i + 1].text)
        ):
            parsed[i] = (after[0].translate(FIRST_OF_SECOND), after[1], rest)
            continue
        # or a label over entries of a deeper family, the family's second entry after them the first of its family in
        # the document (比赛项目 / (一)中长跑:… (四)同心同行:… / 二、报名办法, rw2250): the page lost the label's 一、
        if parsed[i + 1][1] not in FAMILIES:
            continue
        j = next((j for j in range(i + 1, len(lines)) if parsed[j][1] != parsed[i + 1][1]), len(lines))
        if j < len(lines) and second(parsed[j]) and all(entry[1] != parsed[j][1] for entry in parsed[:i]):
            parsed[i] = (parsed[j][0].translate(FIRST_OF_SECOND), parsed[j][1], rest)
    return parsed


MIN_PARALLEL_TAIL = 4  # the closing characters a headline shares with its numbered siblings (``_lost_marker_sibling``)
MIN_PARALLEL_SIBLINGS = 2


def _lost_marker_sibling(blocks: list[Block], text: str) -> Block | None:
    """The last of the numbered headings of one family (two at least, the last heading of the document so far among
    them) that close with the same words as ``text``, a headline between paragraphs (一、突出黨旗領航，打造“紅色物業” / 二、突出
    機制創新，打造“紅色物業” / … / 突出作用發揮，打造“紅色物業”, rw2343): ``text`` is their sibling, its marker lost by the
    page, at their level; else None."""
    tail = letters_only(analysis_form(text))[-MIN_PARALLEL_TAIL:]
    headings = [b for b in blocks if b.type == "heading"]
    same = [b for b in headings if b.marker and letters_only(analysis_form(b.text)).endswith(tail)]
    if (
        len(tail) < MIN_PARALLEL_TAIL
        or len(same) < MIN_PARALLEL_SIBLINGS
        or len({(family_of(b.marker or ""), b.level) for b in same}) != 1
        or same[-1] is not headings[-1]
    ):
        return None
    return same[-1]


def _section_cut_off(parsed: list[tuple[str | None, str | None, str]]) -> list[str]:
    """The marker family of the section an excerpt opens inside, [] when it opens at a section's start: its first line
    is an entry that does not open its series (（三）加强企业精神文明建设。 first, then 二、…), and a family it nests in comes later, whose
    entries are then the outer ones (the （三） is the last section's, at level 2)."""
    marked = [(marker, family) for marker, family, _ in parsed if family in FAMILIES]
    if not marked or parsed[0][1] != marked[0][1] or numbers_first(marked[0][0]):
        return []
    rank = FAMILIES.index(marked[0][1])
    return next(([family] for _, family in marked if FAMILIES.index(family) < rank), [])


def _outline(lines: list[Line], titled: bool = False) -> list[Block]:
    """Blocks of one document, with levels from an explicit stack of open marker families; ``titled``: the document's
    title stands above ``lines``."""
    stack: list[str] = []
    outermost: set[str] = set()  # the marker families that have stood at level 1
    heading_levels: list[int] = []  # levels of the headings still open, outermost first
    # per canonical family, the canonical families it has stood right under in this document: the document's own order of
    # its families, which may invert the canonical one (1. 总体目标 over （一） in every section, （1） over 一、)
    nested_under: dict[str, set[str]] = {}
    seen: set[str] = set()  # the marker families of the document's lines so far

    def open_level(key: str, forced: int | None = None) -> int:
        parents = [k for k, open_key in enumerate(stack) if open_key in nested_under.get(key, ())]
        if forced is not None:
            level = min(forced, len(stack) + 1)
        elif key == "month" and key not in stack:
            # A schedule opens under the last open heading, never under a list item.
            level = (heading_levels[-1] if heading_levels else 0) + 1
        elif key in stack:
            level = len(stack) - stack[::-1].index(key)  # the innermost, when a list of its family nests in its own
        elif key in FAMILIES:
            # A family new to this document nests inside the canonically outer ones only:
            # 二、 after a run of 1、 items is a sibling of the section, not their child.
            # The outermost family after a label's paragraph (总体思路： / 在校党委… / 一、思想建设方面), or a headline's
            # between paragraphs (工作回顾 / 2021年，在上级工会…总结如下： / 一、主要工作情况), is the label's sibling: the
            # label headed that paragraph, a part of its own.
            rank = FAMILIES.index(key)
            inner = [i for i, k in enumerate(stack) if k in FAMILIES and FAMILIES.index(k) >= rank]
            after_label = rank == 0 and stack in (["plain"], ["between"]) and blocks and blocks[-1].level is None
            # the document's outermost family after a label that closed it (二、計劃目標 / 具體目標包括： / 1. … / 三、) is
            # that family again: its sections' level
            level = 1 if after_label or key in outermost else (inner[0] if inner else len(stack)) + 1
            if parents and key not in outermost:
                # a family this document has nested under one of the open entries' families nests under it again
                # (2. 主要任务 / （一） after 1. 总体目标 / … / （一） / （二）)
                level = max(level, parents[-1] + 2)
        else:
            level = len(stack) + 1
        if level == 1 and key == FAMILIES[0]:
            outermost.add(key)
        del stack[level - 1 :]
        if level > 1 and key in FAMILIES and stack[-1] in FAMILIES:
            nested_under.setdefault(key, set()).add(stack[-1])
        stack.append(key)
        return level

    parsed = _with_lost_first_markers(lines, [_line_marker(line) for line in lines])
    stack += _section_cut_off(parsed)
    schedules = [month_schedule(line.text) if parsed[i][0] is None else None for i, line in enumerate(lines)]
    between = _headings_between_paragraphs(lines, parsed, titled)
    run_ins, run_in_entries = _run_in_paragraphs(lines, parsed)
    recurring = Counter(rest for marker, _, rest in parsed if marker is None)
    # a label alone once recurs as the label of its siblings' fields (活动内容： over its paragraph under （三）, beside
    # 活动内容：参观… under （一） and （二）, rw1594)
    recurring.update(
        label.group() for marker, _, rest in parsed if marker is None and (label := LABEL_ENTRY.match(rest))
    )
    blocks: list[Block] = []
    # per level still open, how its last entry ends while all its entries so far are items (a list), else None
    list_ends: dict[int, str | None] = {}
    # per level still open, the marker family of its last entry when that entry is a heading with content under it
    heading_siblings: dict[int, str] = {}
    numbers: dict[int, int | None] = {}  # per level still open, the number of its last entry
    for i, line in enumerate(lines):
        marker, family, rest = parsed[i]
        after: Block | None = None  # the paragraph an entry's line holds after its heading
        content_under = False  # an entry's next line is no sibling of it nor an uncle
        has_next = i + 1 < len(lines)
        next_family = parsed[i + 1][1] if has_next else None
        next_schedule = schedules[i + 1] if has_next else None
        schedule = schedules[i] if marker is None else None
        style = line.style_level if line.style_level and line.style_level > 0 else None
        if schedule:
            block = Block("heading", line.text, open_level("month"), schedule=schedule)
        elif marker:
            under_schedule = "month" in stack
            # a list that starts again at its first number under a label deeper than its family's open entries
            # (3. 活动方案 / 第一部分：庆祝会活动 / 活动内容： / 1. 文化知识竞赛) is the label's, not the next of those entries
            relist = (
                family in stack
                and numbers_first(marker)
                and len(blocks) > 0
                and blocks[-1].type == "heading"
                and blocks[-1].marker is None
                and blocks[-1].level > stack.index(family) + 1
            )
            # a list that starts again at its first number right under a heading of its own family (2.活动内容的设计 /
            # 1.学习与讨论 / 2.实践活动 / 3.文体活动 / 3.活动的组织与管理, rw638) is that heading's, one level deeper; an entry
            # that goes on the outer list's numbers and not the inner one's (3. after 3.) closes it
            number = marker_number(marker)
            nested = (
                numbers_first(marker)
                and len(blocks) > 0
                and blocks[-1].type == "heading"
                and blocks[-1].marker is not None
                and family_of(blocks[-1].marker) == family
                and _outer_list_resumes(parsed, i, family, numbers.get(blocks[-1].level))
            )
            inner = len(stack) - stack[::-1].index(family) if family in stack else None
            outer = next((k + 1 for k, key in enumerate(stack) if key == family), None)
            resumed = (
                inner is not None
                and outer is not None
                and outer < inner
                and number is not None
                and number != (numbers.get(inner) or 0) + 1
                and number == (numbers.get(outer) or 0) + 1
            )
            # a family canonically outer that opens its series under a heading of the innermost open entry nests in it all
            # the same, the document's order: right under it (2. 職工福利金動支範圍及項目 / （一）福利輔助項目：, rw1088), or
            # after the heading's paragraphs when the family is new to the document (1. 总体目标 / 为… / （一）加强…)
            opens_under = (
                family in FAMILIES
                and family not in stack
                and numbers_first(marker)
                and len(blocks) > 0
                and stack[-1:] != []
                and stack[-1] in FAMILIES
                and (
                    (blocks[-1].type == "heading" and blocks[-1].marker is not None and blocks[-1].level == len(stack))
                    or (
                        family not in seen
                        and heading_levels[-1:] == [len(stack)]
                        and blocks[-1].type == "paragraph"
                        and _next_number(parsed, i, stack[-1]) == (numbers.get(len(stack)) or 0) + 1
                    )
                )
            )
            forced = (
                blocks[-1].level + 1
                if relist or nested
                else len(stack) + 1
                if opens_under
                else outer
                if resumed
                else None
            )
            level = open_level(family, style or forced)
            # after a list (entries that are all items), an entry with nothing under it (its next line a sibling or an
            # uncle, or none) is the list's last item; so is a sentence after an item that ends in a semicolon
            # (a label heading over a new list next, as 预期成果： / 1. after 3. …。, is no content under it either, unless the
            # entry is a label itself: 四、主要活动安排： over 一月份： / 1、)
            nothing_under = (
                not has_next
                or next_family in stack
                or between.get(i + 1) == "chapter"  # a charter's article before the next chapter (第三條 … / 第二章)
                or (
                    rest[-1:] not in "：:"
                    and next_family is None
                    and i + 2 < len(lines)
                    and parsed[i + 2][1] is not None
                    and _plain_heading(lines[i + 1].text, parsed[i + 2][1], None, lines[i + 2], stack)
                )
            )
            # a label whose value the page lost, right after a field (三、主持人： after 二、地点：二楼国际会议厅, rw1310), is no
            # list's last item: fields are no list
            lost_value = (
                LABEL_ONLY.match(rest) is not None
                and rest[-1:] in "：:"
                and blocks[-1:] != []
                and blocks[-1].level == level
                and _short_field(blocks[-1].text)
            )
            last_of_list = (
                (list_ends.get(level) is not None and nothing_under and not lost_value)
                or (list_ends.get(level) == "；" and rest[-1:] in SENTENCE_END)
                or (
                    list_ends.get(level) in tuple(SENTENCE_END)
                    and rest[-1:] == list_ends.get(level)
                    and next_family is None
                    and blocks[-1:] != []
                    and (blocks[-1].type, blocks[-1].level) == ("item", level)
                    and _list_closes(parsed, i, stack[: level - 1])
                )
            )
            heading = (
                style is not None
                or (
                    not line.list_item
                    and not under_schedule
                    and not last_of_list
                    # a label whose value the page lost in a list of fields with nothing under any of them is a field too,
                    # no heading: there are no sibling headings for it to stand among (README, heading or item)
                    and not (nothing_under and lost_value and _fields_only(parsed, i, stack[: level - 1]))
                    # a field with its short value on its line and nothing under it is a line among its sibling fields, not
                    # a heading, whatever its siblings head (一、活动主题：爱在重阳 情满望湖 beside 二、活动目的及意义：, the
                    # README's ruling of round 23)
                    and not (nothing_under and _short_field(rest))
                    and _introduces(rest, has_next and not next_schedule, next_family, stack)
                )
            )
            if (
                not heading
                and family == FAMILIES[0]
                and level == 1
                and not last_of_list
                and next_family is None
                and has_next
                and not next_schedule
                and len(rest) <= MAX_UNMARKED_HEADING_CHARS
                and not any(c in SENTENCE_END for c in _unquoted(rest)[:-1])
                and len(lines[i + 1].text) > MAX_UNMARKED_HEADING_CHARS
            ):
                # a section's heading sentence, longer than a heading's length, over the paragraphs of its section
                # (一、深入开展“以人为本”的思想教育，不断推进职工 1 队伍建设，努力营造…环境。 / 工会是职工的群众组织，…, rw620)
                heading = True
            if i in run_in_entries and not heading:
                # its first sentence heads the phrases run into the paragraphs under it, the rest of its line a paragraph
                after = Block("paragraph", rest[run_in_entries[i] :])
                rest, heading = rest[: run_in_entries[i]], True
            # the entry's next entry, after the paragraphs its line may have over it
            j = next((k for k in range(i + 1, len(lines)) if parsed[k][0] is not None or schedules[k]), len(lines))
            if (
                not heading
                and not line.list_item
                and not under_schedule
                and j < len(lines)
                and _nests(parsed[j][1], stack)
                and (numbers_first(parsed[j][0]) or (j == i + 1 and _value_opens_list(rest)))
                and (
                    j == i + 1
                    or (cut := _entry_heading_end(rest)) <= MAX_UNMARKED_HEADING_CHARS + 1
                    or (cut == len(rest) and not any(c in SENTENCE_END for c in _unquoted(rest)[:-1]))
                )
            ):
                # an entry with entries of a deeper family under it heads them, whatever it holds: its label or first
                # sentence is the heading, the rest of its line a paragraph; so does an entry of a heading's length with
                # a paragraph of its own before them (一、切实加强维护职工合法权益的工作，…。 / 维护是… / 1、); a field
                # whose value opens the list (3、促進三個提高：⑴通過… / ⑵…) heads it too, and so does a line that is one sentence,
                # however long, over its paragraph (一、结合企业生产经营实际，…，倡导和培植职工…精神。 / 努力活化… / 1、, rw1728)
                cut = _entry_heading_end(rest)
                if cut < len(rest):
                    after = Block("paragraph", rest[cut:].lstrip())
                rest, heading = rest[:cut], True
            elif (
                heading
                and style is None
                and after is None
                and j == i + 1 < len(lines)
                and _nests(parsed[j][1], stack)
                and LABEL_ENTRY.match(analysis_form(rest))
                and rest[-1] in SENTENCE_END
                and (cut := _entry_heading_end(rest)) < len(rest)
            ):
                # a field whose value is a sentence, heading the entries of a deeper family under it (2. 活動時間：9/24（二）
                # 〜9/27（五）課間時間。 / ◎…, rw831), heads them by its label, its value a paragraph, as one that is no heading
                # by itself does; a headline as a whole keeps its text (6.实施两大工程：送温暖工程和增强凝聚力工程, rw111;
                # 1.活动一：教职工趣味运动会, rw887)
                after = Block("paragraph", rest[cut:].lstrip())
                rest = rest[:cut]
            if not heading and not has_next and heading_siblings.get(level) == family:
                # the document's last line, cut by the page's end: a heading as its siblings are, the phrase alone or
                # before the first words of its paragraph (持续强化政治监督与忠诚教育。落实“两个维护”政), a label before its
                # value's first words (3.拍照時間：輔導處會在…如果老師有自行拍 after 1.實施要點： and 2.活動時間：, rw831)
                label = LABEL_ENTRY.match(rest)
                stop = (
                    label.end()
                    if label
                    else next((at + 1 for at, c in enumerate(_unquoted(rest)) if c in SENTENCE_END), len(rest))
                )
                if stop < len(rest) and rest[-1] not in SENTENCE_END and _one_phrase(rest[:stop]):
                    after = Block("paragraph", rest[stop:])
                    rest = rest[:stop]
                heading = _one_phrase(rest)
            content_under = has_next and (next_family is None or _nests(next_family, stack))
            block = Block("heading" if heading else "item", rest, level, marker)
        elif style is not None:
            block = Block("heading", rest, open_level(f"style{style}", style))
        elif i in run_ins:
            # a phrase run into its paragraph under an entry: a subheading of that entry, which then heads it
            block = Block("heading", rest[: run_ins[i]], open_level("run_in"))
            after = Block("paragraph", rest[run_ins[i] :])
            if blocks and blocks[-1].type == "item" and blocks[-1].level == block.level - 1:
                blocks[-1] = replace(blocks[-1], type="heading")
        elif not has_next and heading_levels and PART_LABEL.match(_without_label_colon(analysis_form(rest))):
            # an essay's part label the excerpt cut off under it (结语：, rw2005), among the document's headings: still one,
            # a part of its own
            block = Block("heading", rest, open_level("plain", 1))
        elif (
            "month" not in stack
            and not _field_without_value(lines, i)
            and (i in between or (has_next and _plain_heading(rest, next_family, next_schedule, lines[i + 1], stack)))
        ):
            # one of the short lines between paragraphs, or one the next paragraph names again, is a subheading of the
            # section it stands in (送温暖工程), a sibling of the last such subheading still open
            innermost = (
                stack[heading_levels[-1] - 1] if heading_levels else ""
            )  # the family of the innermost open heading
            if i in between and between[i] == "chapter":
                level = open_level("chapter", 1)
            elif i in between and "article" in stack and CHARTER_LABEL.match(rest):
                # an article's number alone among articles run into their text (第廿八條: 工會理事會… / 第廿九條: over its
                # paragraph, rw1405): their sibling
                level = open_level("article")
            elif i in between and (parallel := _lost_marker_sibling(blocks, rest)) is not None:
                level = open_level(family_of(parallel.marker or "") or "word", parallel.level)
            elif i in between:
                key = between[i]
                # beside an unmarked section heading still open (引言 / 活动内容 over 1. 2.), a headline between paragraphs is
                # its sibling (活动背景, 总结), not a subheading of the entry last open
                sibling = key if key in stack else "plain" if key == "between" and "plain" in stack else None
                level = open_level(sibling or key, None if sibling else (heading_levels or [0])[-1] + 1)
            elif heading_levels and named_by(rest, lines[i + 1].text):
                # a sibling of the headlines between paragraphs (送温暖工程 / 实施送温暖工程的目的：… beside 增强凝聚力工程)
                level = open_level("between", None if "between" in stack else heading_levels[-1] + 1)
            elif (
                (
                    innermost in FAMILIES + ORDINAL_FAMILIES
                    or innermost.startswith("decimal")
                    or (innermost == "recurring" and rest[-1] in "：:")
                )
                and (
                    recurring[rest] >= 2
                    # a label with its colon among numbered sections, the next entry after it one of theirs (a sibling of the
                    # innermost or an outer one), heads a part of the innermost (核心指标应包括： under 1.1 核心原则… before 1.2,
                    # rw1104): a part of the document of its own is a headline (主要活动安排, 总结, 结语), or a label beside an
                    # unmarked label still open (具体分工： beside 活动内容： over （一） （二）, rw2107)
                    or (
                        rest[-1] in "：:"
                        and "plain" not in stack
                        and next((f for _, f, _ in parsed[i + 1 :] if f), None) in (None, *stack)
                    )
                    or (rest[-1] in "：:" and numbers_first(parsed[i + 1][0]))
                    or (
                        rest[-1] in "：:"
                        and parsed[i + 1][0] is None
                        and blocks[-1].type == "heading"
                        and blocks[-1].marker is not None
                        and _among_headings(blocks)
                    )
                )
            ):
                # a label each numbered section has (具体措施： under 一、 and again under 二、), a label over a list that
                # starts at its first number (主要内容： / 1.研究审定… under （二）研讨工作), or a label over lines of its own right
                # under a numbered heading among headings ((二)教师节联欢会 over its lines / (三)节日慰问活动 / 节日就餐时间： /
                # 2023年9月6日…, rw547; not under a list's last entry: 5、提高… / 具体活动安排： after 1、…4、 items), is part of
                # its section; a label after such a label in its section is its sibling (评分标准： after 核心指标应包括： and its
                # lines, rw1104)
                level = open_level("recurring", None if innermost == "recurring" else heading_levels[-1] + 1)
            elif heading_levels and (
                DAY_PART_LABEL.match(rest) or ("day_part" in stack and CLOCK_TIME.match(lines[i + 1].text))
            ):
                # a part of the day over its times (上午： / 8:00集合出发), one level below the heading that introduces the
                # schedule, as a month of a schedule is; so is any label over a time beside them (结束： / 17:00返回公司, rw849)
                level = open_level("day_part", None if "day_part" in stack else heading_levels[-1] + 1)
            elif (
                heading_levels
                and ("bracketed" in stack or stack[heading_levels[-1] - 1] == "between")
                and _bracketed_label(rest)
            ):
                # a label in brackets under a headline between paragraphs (留院不孤單 過年亦暖心 / … / 【一頓特殊的年夜飯】,
                # rw2249): the brackets mark an entry as a marker does, one level below the headline
                level = open_level("bracketed", None if "bracketed" in stack else heading_levels[-1] + 1)
            else:
                level = open_level("plain", 1)
            block = Block("heading", rest, level)
        else:
            block = Block("paragraph", rest)
            if blocks[-1:] and blocks[-1].type == "item":
                # a paragraph under an entry ends the list it was an item of: the next entry after it is no sentence
                # closing a list of semicolon items (1、四月份制订…考核标准； / 建立和完善…。 / 2、五月份…培训工作； / …, rw1865)
                list_ends.pop(blocks[-1].level, None)
        if block.level is not None:
            numbers = {lv: n for lv, n in numbers.items() if lv < block.level}
            if marker:
                numbers[block.level] = marker_number(marker)
            list_ends = {lv: end for lv, end in list_ends.items() if lv <= block.level}
            is_list = block.type == "item" and list_ends.get(block.level, "") is not None
            list_ends[block.level] = block.text[-1:] if is_list else None
            heading_levels[:] = [lv for lv in heading_levels if lv < block.level]
            heading_siblings = {lv: f for lv, f in heading_siblings.items() if lv < block.level}
            if block.type == "heading":
                heading_levels.append(block.level)
                if marker and content_under:
                    heading_siblings[block.level] = family
        blocks.append(replace(block, placeholders=find_placeholders(block.text)))
        if after is not None:
            blocks.append(replace(after, placeholders=find_placeholders(after.text)))
        if family:
            seen.add(family)
    return _item_lists(_unmarked_siblings(_sentences_beside_headings(blocks)))


def _item_lists(blocks: list[Block]) -> list[Block]:
    """A list whose entries all have nothing under them (each entry's next block its sibling, an uncle or none) is a
    list of items, however short its entries (1、篮球 / 2、乒乓球 / 3、羽毛球, rw1859; the README's heading-or-item rule):
    the phrases the entries' rule types headings over nothing are items. Not a label with its colon (its content the page
    lost), nor an outline written without its content, headings throughout: a document with no paragraph, or such lists
    under two sibling sections with no paragraph or item from the first list on (二、抓住基本点，… over （一）… （二）… and 三、…
    over its own, after 一、指导思想 and a preamble, seed 000). Lists under label sections among sections written out
    (二、活动目的 over 1.增强社区凝聚力… and 五、活动预算 over 1.活动场地租赁费用…, 三、活动内容 over paragraphs between, rw1897) are
    items. A paragraph that
    points to a list of the entry's own family starting again (6. 做到十必访，…。 / 在新的一年里，还需要在以下两方面做出努力： /
    1. …, rw2144) is that list's lead-in, nothing under the entry above it."""

    def leads_a_list(k: int) -> bool:
        return (
            k + 2 < len(blocks)
            and blocks[k + 1].type == "paragraph"
            and blocks[k + 1].text[-1:] in "：:"
            and bool(LEAD_IN.search(blocks[k + 1].text))
            and blocks[k + 2].level == blocks[k].level
            and family_of(blocks[k + 2].marker or "") == family_of(blocks[k].marker or "")
            and numbers_first(blocks[k + 2].marker)
        )

    def nothing_under(k: int) -> bool:
        return (
            k + 1 == len(blocks)
            or (blocks[k + 1].level is not None and blocks[k + 1].level <= blocks[k].level)
            or leads_a_list(k)
        )

    lists: dict[int, list[int]] = {}  # the entries of each list of phrases over nothing, by its first entry
    for k, block in enumerate(blocks):
        if block.type != "heading" or block.marker is None or block.text[-1:] in "：:" or not nothing_under(k):
            continue
        family = family_of(block.marker)
        run = [k]  # the entries of its list: its family at its level, until a shallower block
        for step in (-1, 1):
            j = k + step
            while 0 <= j < len(blocks) and (blocks[j].level is None or blocks[j].level >= block.level):
                if blocks[j].level == block.level:
                    if family_of(blocks[j].marker or "") != family:
                        break
                    run.append(j)
                j += step
        # (a list in a section that the page's end cut after its first entry, the document's last block, is one too: that
        # entry has no sibling to be typed as, the README's cut text; 四、活动安排 / 1.活动时, rw2225; 活动准备 / 1.成立,
        # rw2102. The outline's first section, under no heading, stays one: 一、服务楼宇企业社区做到“三进”…, rw1761)
        cut_after_first = (
            run == [k]
            and k + 1 == len(blocks)
            and numbers_first(block.marker)
            and any(b.type == "heading" and b.level is not None and b.level < block.level for b in blocks[:k])
        )
        if (len(run) > 1 or cut_after_first) and all(nothing_under(j) for j in run):
            lists.setdefault(min(run), []).append(k)
    parents = Counter(  # each list's section: the level and family of the block it stands under
        next(
            (
                (b.level, family_of(b.marker or ""))
                for b in reversed(blocks[:k])
                if b.level is not None and b.level < level
            ),
            None,
        )
        for k, level in ((first, blocks[first].level) for first in lists)
    )
    # the outline's content written out where the lists begin or after: a paragraph, or an entry typed an item
    written_out = any(b.type in ("paragraph", "item") for b in blocks[min(lists, default=0) :])
    # (a document whose entries are sentences, items, is written out though it has no paragraph: rw2288's 制度 of numbered
    # rules, its 1、住院健康教育的对象主要是住院患者和家属， cut after its comma among items)
    if not any(b.type in ("paragraph", "item") for b in blocks) or (
        not written_out and any(n > 1 for parent, n in parents.items() if parent)
    ):
        return blocks
    typed = list(blocks)
    for entries in lists.values():
        for k in entries:
            typed[k] = replace(blocks[k], type="item")
    return typed


def _among_headings(blocks: list[Block]) -> bool:
    """The last block, an entry, is a heading among headings: the entry before it at its level, if any, is one too."""
    level = blocks[-1].level or 0
    prior = next((b for b in reversed(blocks[:-1]) if b.level is not None and b.level <= level), None)
    return prior is None or prior.level < level or prior.type == "heading"


def _unmarked_siblings(blocks: list[Block]) -> list[Block]:
    """A headline's line (``_headline``) left a paragraph over content of its own (a paragraph's sentences, or entries)
    is a heading when the document has an unmarked headline heading with nothing shallower between the two: its sibling,
    at its level, whatever stands above it (程序限制 after the list that 條件限制 heads, over 申訴案件由工會討論…。 beside 預約規範,
    rw993; 讲话发言 after a photo's caption, rw1232). Not the document's first line: the titles read it (教育訓練 over
    新進員工教育訓練, rw1316, is the title); not a line right under a heading, its value or its text (活动主题： / 展现自己，
    舞动青春, rw1254; 第6條 / 本會有一般會員贊助會員, rw1120) unless that heading is a numbered sentence (3. 若會員已完成院方申訴，
    …程序。 / 程序限制), nor the last of a run of short lines, a list's (台南車站 / 左營車站 / 左營基地, rw1173). A field's name
    (``FIELD_NAME``) heads its value, a date or a place, under any line (會議日期 after 二、協辦單位：…, rw1437)."""

    def sentence(text: str) -> bool:
        return text[-1:] in SENTENCE_END and bool(re.search("[，,]", text))

    def sibling(k: int) -> bool:
        return (
            blocks[k].type == "heading"
            and blocks[k].marker is None
            and blocks[k].schedule is None
            and _headline(blocks[k].text)
        )

    def field(k: int) -> bool:
        # a field's name over its value, a date or a place (會議日期 / 100年10月23日（星期日）, rw1437): its content
        return bool(FIELD_NAME.match(analysis_form(blocks[k].text)))

    def over_content(k: int) -> bool:
        if k + 1 >= len(blocks):
            return False
        below = blocks[k + 1]
        if below.type == "paragraph":
            # or, a label's length, over one value line with a headline of the document right under it (會議地點 /
            # 世新大學…(台北市…3樓) / 參與人員, rw1437): the fields of an event's notice, each label over its value
            return (
                _reads_as_paragraph(below.text)
                or below.text[-1:] in SENTENCE_END
                or field(k)
                or (
                    len(blocks[k].text) <= MAX_LABEL_CHARS
                    and k + 2 < len(blocks)
                    and sibling(k + 2)
                    and not _headline(below.text)
                )
            )
        return below.marker is not None

    typed = list(blocks)
    for k, block in enumerate(blocks):
        if (
            k == 0
            or block.type != "paragraph"
            or not _headline(block.text)
            or not over_content(k)
            or (
                blocks[k - 1].type == "heading"
                and (blocks[k - 1].marker is None or not sentence(blocks[k - 1].text))
                # a field with its value on its line (二、協辦單位：全國教師工會總聯合會 / 會議日期, rw1437) has no value under it
                and not (blocks[k - 1].marker is not None and LABEL_ENTRY.match(analysis_form(blocks[k - 1].text)))
                and not field(k)
            )
            or (blocks[k - 1].type == "paragraph" and _headline(blocks[k - 1].text))
        ):
            continue
        for span in (range(k - 1, -1, -1), range(k + 1, len(blocks))):
            near = next((j for j in span if sibling(j)), None)
            if near is None:
                continue
            level = blocks[near].level
            between = blocks[min(k, near) + 1 : max(k, near)]
            if all(b.level is None or b.level >= level for b in between):
                typed[k] = replace(block, type="heading", level=level)
                break
    # a label over its value line is one beside a headline this pass made a heading (參與人員 over its paragraph): once more
    return typed if typed == blocks else _unmarked_siblings(typed)


def _sentences_beside_headings(blocks: list[Block]) -> list[Block]:
    """An item that is one sentence over its paragraph is a heading, however long, when its next or its previous sibling
    (same level and marker family, nothing shallower between) is a heading over content: 一、认真组织开展了我校的“规范管理年”
    活动、…工作等。 beside 二、努力提高教师的思想素质和业务素质，建设一支优秀的教师队伍。 (rw078); 三、 after 二、贯彻落实工会
    十四大精神，…合法权益。 over their paragraphs (rw215)."""

    def heads_content(k: int) -> bool:
        return k + 1 < len(blocks) and (blocks[k + 1].level is None or blocks[k + 1].level > blocks[k].level)

    typed = list(blocks)
    for k, block in enumerate(blocks):
        if (
            block.type != "item"
            or k + 1 == len(blocks)
            or blocks[k + 1].type != "paragraph"
            or len(block.text) > MAX_UNMARKED_HEADING_CHARS
            or any(c in SENTENCE_END for c in _unquoted(block.text)[:-1])
        ):
            continue
        family = family_of(block.marker or "")
        for span in (range(k + 1, len(blocks)), range(k - 1, -1, -1)):
            sibling = next((j for j in span if blocks[j].level is not None and blocks[j].level <= block.level), None)
            other = blocks[sibling] if sibling is not None else None
            if (
                other is not None
                and other.level == block.level
                and family_of(other.marker or "") == family
                and other.type == "heading"
                and heads_content(sibling)
            ):
                typed[k] = replace(block, type="heading")
    return typed


PLAN_GENRES = ("计划", "规划", "要点", "方案", "安排", "思路", "意见", "打算", "活动策划", "策划书")
SUMMARY_GENRES = ("总结", "工作回顾")
OTHER_GENRES = ("制度", "主持词", "工作报告", "讲话", "会议", "大会", "总结会")
GENRE_WORD = re.compile("|".join(sorted(PLAN_GENRES + SUMMARY_GENRES + OTHER_GENRES, key=len, reverse=True)))
ENDS_IN_GENRE = re.compile(rf"(?:{GENRE_WORD.pattern})$")  # a title naming its genre last (``without_item_number``)
MEETING_GENRES = ("会议", "大会", "总结会")
# A genre word that names a document (a plan, a summary, a 制度 …), not a meeting an event held.
OWN_GENRE_WORD = re.compile(
    "|".join(
        sorted(
            PLAN_GENRES + SUMMARY_GENRES + tuple(g for g in OTHER_GENRES if g not in MEETING_GENRES),
            key=len,
            reverse=True,
        )
    )
)
# A charter's or a rule's name (组织章程, …管理办法, …实施细则): a title over its chapters or articles (``_charter_title``).
CHARTER_TITLE = re.compile(r"[^，。；：:！？\s]{0,30}(?:章程|条例|细则|规则|办法|规定)")
# A title that is a genre's name alone (工作报告, 工作计划, 年度工作总结, 下年度工作计划): it names no unit, no work, no year.
BARE_GENRE = re.compile(rf"(?:(?:[上下本]|下一)?年度|[今明]年|年终)?(?:工作)?(?:{GENRE_WORD.pattern})")
# A work quoted in 《》, or a programme's name in quotes with the headline going on after it (团市委学校部党支部“十学计划” 推动
# 党的二十大精神学习贯彻, rw1099): a name, no genre of the title's own.
QUOTED_WORK = re.compile(rf"《[^《》]*》|“[^“”]*”(?=\s*[{HAN}])")


# A title whose head is a meeting (…工作谋划务虚会, …全委(扩大)会议), or a meeting held (…职代会暨工代会成功召开): news of
# it, whatever genre it names before.
MEETING_HEAD = re.compile(rf"(?:{MEETING}|会报)[”」』）)]*(?:胜利|顺利|成功|隆重)?(?:召开|举行)?$")
MEETING_PART = re.compile(r"(?:会议|会报|大会)[”」』）)]*$")  # a meeting's name before a headline's second part
# A title whose head is an official notice or decision about the genre it names (关于报送…工作总结和…工作计划的通知),
# and a title that asks about it (计划该如何写？, 什么是工会年度工作计划): neither is that genre's document.
NOTICE_HEAD = re.compile(r"(?:通知|通报|决定|决议|公告|通告|倡议书?|请示|批复)[”」』）)]*$")
QUESTION_TITLE = re.compile(r"^(?:什么是|何为)|[?？]$")
# A title that asks how to do the work the genre word names, the word a verb there, the title going on past it (村支书如何
# 规划全年党建工作, 计划该如何写): an explainer of it, not the genre's document (…如何…的实施方案 ends on its genre: a plan).
HOW_TO = re.compile(
    rf"(?:如何|怎样|怎么|怎麼|怎樣)[^，。；：:]*?(?:{GENRE_WORD.pattern})(?![^，。；：:]*?(?:{GENRE_WORD.pattern}))[^，。；：:]+$"
)
# A title whose head explains the genre it names (学校工会工作总结说明): an explainer. Not …计划格式 nor …计划范本: a 范文
# site's name for a sample of the genre (2020年医院工会工作计划格式, a seed, is a plan).
EXPLAINER_HEAD = re.compile(r"说明$")
# A title whose head is a speech, the genre it names qualifying it (国税局文化节闭幕式的总结发言稿, rw751): a speech.
SPEECH_HEAD = re.compile(r"(?:发言|讲话|致辞|致词)稿?$")
# A headline that tells what a unit did with the genre it names (新干县总工会明确2016年工会工作思路, …审议…工作要点; 认真进行
# 半年总结 努力把支部工作做得更好, rw1794: a summary carried out): news.
HEADLINE_VERB = re.compile(r"明确|研究|审议|讨论|出台|印发|晒出|亮出|进行")
# A title whose last genre word qualifies another head after 的, or its written form 之, a few words of the genre's own
# between (…建设工作的意见的建设内容, rw1512: the contents of an opinion, not the opinion; …訓練計畫實施之現況與我見, rw1784: a
# paper on how a plan is carried out): the genre word does not count (tests/realworld/README.md's kind convention).
QUALIFIED_GENRE = re.compile(rf"(?:{GENRE_WORD.pattern})[^，。；：:\s]{{0,4}}?[的之][{HAN}]{{2,}}$")
# A genre word a news report's word follows (特色方案報導, rw2331: a report on the programmes the communities carried out): the
# report is the head, news (the README's kind convention: a genre word that only qualifies another head does not count).
REPORTED_GENRE = re.compile(rf"(?:{GENRE_WORD.pattern})(?:报道|报导)")
# A headline whose genre word follows the meeting it held, the word the meeting's verb (鲤城区妇联召开六届三次执委会总结部署
# 年度工作): news of the meeting.
MEETING_BEFORE = re.compile(r"(?:召开|举行)[^，。；！？]*?会议?$")
# A headline of clauses a space parts, its last genre word in one that a clause of words follows (总结过去 展望未来, rw2094;
# 创新“12345”工作思路 实施五项重点工程——…, rw2297): a slogan's, its head the later clause; news. The set's nine titles of
# that shape are all 其他 (rw404, rw726, rw777, rw1085, rw1406, rw1794, rw1882 beside the two). An item's label (篇1,
# 『范文1』), a year and a unit's name after the genre are no clause (医院工会工作计划 篇1, 护理部工作计划范文 2025年).
CLAUSE_AFTER = re.compile(rf"^\S*\s+(?P<clause>.*[{HAN}].*)$")
MIN_CLAUSE_HAN = 4


def title_kind(title: str) -> str | None:
    """计划, 总结 or 其他 by the title's head genre word, the last one it names (工作要点, 方案, 安排, 工作思路, 工作意见 and an
    event's 策划 (活动策划, 策划书) are plans, a 工作回顾 a summary; a 制度, a 主持词, a 工作报告, a meeting are neither: …工作总结会议 is a meeting); a
    title naming a summary and a plan (…总结及明年工作计划) is a summary; a work quoted in 《》 (学习《…工作计划》) names
    no genre of its own; a notice about the genre (…工作计划的通知), a question about it (计划该如何写？), an explainer of
    it (学校工会工作总结说明), a speech (…总结发言稿) and a headline of what a unit did with it (…明确2016年工会工作思路) are neither.
    None when the title names no genre."""
    title = analysis_form(title)
    outside = QUOTED_WORK.sub("", title)
    words = GENRE_WORD.findall(outside if re.search(f"[{HAN}]", outside) else title)
    head = title.rstrip("。！？!?：: ")
    # a headline in two parts apart by a space, the first a meeting (…計畫第二次聯繫會報 觀摩…協會, rw726), is the meeting's
    if (
        MEETING_HEAD.search(head)
        or any(MEETING_PART.search(part) for part in head.split()[:-1])
        or (
            words
            and (
                NOTICE_HEAD.search(head)
                or QUESTION_TITLE.search(title.strip())
                or HOW_TO.search(head)
                or EXPLAINER_HEAD.search(head)
                or SPEECH_HEAD.search(head)
                or QUALIFIED_GENRE.search(outside.rstrip("。！？!?：: "))
                or REPORTED_GENRE.search(outside)
                or HEADLINE_VERB.search(outside[: outside.rfind(words[-1])])
                or MEETING_BEFORE.search(outside[: outside.rfind(words[-1])])
                or _clause_after_genre(outside[outside.rfind(words[-1]) + len(words[-1]) :])
            )
        )
    ):
        return "其他"
    if not words or words[-1] in OTHER_GENRES:
        return "其他" if words else None
    return "总结" if any(w in SUMMARY_GENRES for w in words) else "计划"


def _clause_after_genre(rest: str) -> bool:
    """``rest``, what a title writes after its last genre word, goes on past a space with a clause of its own
    (``CLAUSE_AFTER``): ``MIN_CLAUSE_HAN`` Han characters or more, no unit's name (``SIGNATURE``) nor item's label
    (``SERIES_AT_END``: 第十二篇)."""
    match = CLAUSE_AFTER.match(rest.rstrip())
    if match is None:
        return False
    clause = match.group("clause").strip()
    return (
        len(re.findall(f"[{HAN}]", clause)) >= MIN_CLAUSE_HAN
        and not SIGNATURE.fullmatch(clause)
        and not SERIES_AT_END.search(clause)
    )


def document_kind(title: str, blocks: list[Block], *, titled: bool = True) -> str:
    """计划, 总结 or 其他 by the rules (``kind_by_rules``), or where they leave an untitled document's body undecided, by
    its wording: the learnt model's kind (``nlp.library.kinds``), without one the cue counts' (``cue_kind``)."""
    if (kind := kind_by_rules(title, blocks, titled=titled)) is not None:
        return kind
    model = load_kind_model()
    return model.kind(blocks) if model is not None else cue_kind(blocks)


def _cue_scores(body: str) -> tuple[float, float]:
    """How much of the body (its analysis form) tells work done and work to do (``SUMMARY_CUES``, ``PLAN_CUES``)."""
    return sum(body.count(w) for w in SUMMARY_CUES) + body.count("了") / 4, sum(body.count(w) for w in PLAN_CUES) / 2


def cue_kind(blocks: list[Block]) -> str:
    """总结 when the body tells more work done than work to do by its cues, else 计划."""
    summary_score, plan_score = _cue_scores(analysis_form("".join(b.text for b in blocks)))
    return "总结" if summary_score > plan_score else "计划"


def kind_by_rules(title: str, blocks: list[Block], *, titled: bool = True) -> str | None:
    """计划, 总结 or 其他: from the genre word of the title (``title_kind``) when it names one; a title that names
    none (a news headline) is 其他. Without a title (``titled`` False: ``title`` is the file's name) from the body:
    its own word for what it is (…总结如下, 特制订本计划, 制定本制度; its first section's, 一、2021年工作总结, 一、学习制度), its articles (第一条: a rule), an opening that
    reports an event of a day (a news item) or addresses an audience (a speech), a unit named in the third person (该公司:
    a report on it), a report of a meeting (``MEETING_REPORT``),
    or its too little wording (an outline of tasks that tells nothing done is a plan; a text that opens on the time up to
    now, 2014年下半年以来，…, is a summary); None when its wording is enough to weigh and nothing else decides. A title
    without a Chinese character (a telephone number the page left over the text: 138-0888-4776) is no headline: the
    body decides."""
    kind = title_kind(title)
    if kind is not None or (titled and re.search(f"[{HAN}]", title)):
        return kind or "其他"
    if sum(bool(ARTICLE.match(analysis_form(b.text))) for b in blocks) >= 2:
        return "其他"  # a rule in articles (第一条 …, 一條 …): a 制度
    section = next((b.text for b in blocks if b.type == "heading"), "")
    if YEAR_WORK_SECTION.search(analysis_form(section)):
        return title_kind(analysis_form(section))
    if RULE_SECTION.match(analysis_form(section)):
        return "其他"
    entries = [analysis_form(b.text) for b in blocks if b.marker]
    duties = sum(bool(DUTY_ENTRY.match(entry)) for entry in entries)
    if (
        any(b.type == "heading" and DUTIES_HEADING.search(b.text) for b in blocks)
        or DUTIES_ANNOUNCED.search(_opening(blocks))
        or (duties >= MIN_DUTY_ENTRIES and 2 * duties > len(entries))
    ):
        return "其他"
    if (
        sum(
            # read in analysis form: a Traditional page's sections, glossed or not (比賽時(shí)間和地點(diǎn), rw2113)
            (b.type == "heading" and bool(EVENT_PLAN_HEADING.match(analysis_form(b.text))))
            or (b.type == "paragraph" and bool(EVENT_PLAN_FIELD.match(analysis_form(b.text))))
            for b in blocks
        )
        >= MIN_EVENT_PLAN_HEADINGS
    ):
        return "计划"
    body = analysis_form("".join(b.text for b in blocks))
    opening = _opening(blocks)
    if SUMMARY_NAMED.search(body) and not PLAN_STATEMENT.search(body):
        # the text's own word for what it is outweighs a news opening (2015年7月22日下午，…召开了本学期…第二次会议。…回顾2015年
        # 上半年的工作，…本学期主要开展了以下几方面工作：, rw1912): its writer's account of the work
        return "总结"
    if (
        OTHER_STATEMENT.search(body)
        or RULE_OPENING.search(opening)
        or EVENT_OPENING.match(opening)
        or ADDRESS.match(opening)
        or WIRE_DATELINE.match(opening)
    ):
        return "其他"
    if HABITUAL_MEETING.search(body) and not YEAR_NUMBER.search(body):
        return "其他"
    if _event_after_scene(blocks, opening) or _dated_event([analysis_form(b.text) for b in blocks], EVENT_OPENING):
        return "其他"  # news of an event its opening or its scene lines lead to
    if len(THIRD_PERSON_UNIT.findall(body)) >= MIN_THIRD_PERSON and not UNDER_LEADERSHIP.match(opening):
        return "其他"
    if _reports_a_meeting(body):
        return "其他"  # news of a meeting that heard a summary and a plan (会上…总结了2010年工作，提出了2011年…)
    summary = bool(SUMMARY_STATEMENT.search(body))
    plan = bool(PLAN_STATEMENT.search(body) or PLAN_OPENING.match(opening))
    sentences = opening.split("。")
    # work done said in the sentences that name the occasion is the event reported (在第115个“三八”国际妇女节来临之际，…
    # 组织开展了一系列纪念活动), no summary's statement
    told = SUMMARY_STATEMENT.search(body.replace("。".join(sentences[:2]), "", 1))
    if (
        not (plan and not summary)
        and not SUMMARY_NAMED.search(body)
        and "了" in body  # news tells what was done; a festival's programme that tells nothing done is a plan (rw831)
        and (_on_occasion(sentences[0]) or (not told and not plan and _on_occasion("。".join(sentences[:2]))))
        and not any(b.type == "heading" and SUMMARY_SECTION.search(b.text) for b in blocks)
    ):
        # the text opens on a festival (在第111个“三八”妇女节到来之际，…开展了一系列有意义的活动; 三月，春意正浓。一年一度的
        # “三八”国际妇女节如约而至，…) and names no genre of its own (…总结如下, 特制定本方案): news of what was done for it;
        # one laid out in a summary's sections (一、基本情况 / 二、活动主要特色) is the unit's own account of it, read by its
        # wording; sections that name the events held (一、举办“强身健体 快乐生活”女职工团体登山比赛。) are news still
        return "其他"
    if summary != plan:
        return "总结" if summary else "计划"
    if (
        not plan
        and "了" in body
        and not ARTICLE_VOICE.search(body)
        and any(b.type == "heading" and SUMMARY_SECTION.search(b.text) for b in blocks)
    ):
        # laid out in a summary's sections (基本情况, 创建工作开展情况及成效) and telling work done: the unit's account of it
        # (rw568's 三八 activities, rw1543's 学习型社区 creation); not an article's study of others' work (rw1230)
        return "总结"
    if len(NORMATIVE.findall(body)) >= MIN_NORMATIVE and not YEAR_NUMBER.search(body):
        return "其他"
    if len(NOTE_MARK.findall(body)) >= MIN_NOTE_MARKS:
        return "其他"  # an article that cites its sources by notes (…第4條第1項[1]及同法第6條第1項的規定[2], rw1266)
    summary_score, plan_score = _cue_scores(body)
    if max(summary_score, plan_score) < max(2, len(body) / 400):
        # the time up to now (2014年下半年以来，…) or the year under its leaders (2014年，…工会在…领导下，…): work done
        if SINCE_OPENING.match(opening) or UNDER_LEADERSHIP.match(opening):
            return "总结"
        # an outline of tasks that tells nothing done (no 了): work to do (以扩大…为重点，建立健全… / 拓展社区服务 / …)
        entries = sum(b.type in ("heading", "item") for b in blocks)
        return "计划" if "了" not in body and entries >= MIN_PLAN_ENTRIES else "其他"
    return None


DAY_OF_EVENT = re.compile(r"\d{1,2}月\d{1,2}日")


def _event_after_scene(blocks: list[Block], opening: str) -> bool:
    """An untitled text whose one-sentence opening paragraph sets the scene or announces a scheme (降雨带来的凉爽，…是一场
    “烤”验。, 街坊總會主辦的「2017年金黃計劃」…期間進行，…。), its next paragraph telling the event of a day (为…，日前，…开展
    “送清凉”慰问活动, 謝美玲昨(25)日在街總大樓舉行記者招待會, rw1058, rw1036): news, as one that opens with the event."""
    texts = [analysis_form(b.text) for b in blocks if b.type == "paragraph"]
    sentences = opening.split("。")
    if len(sentences) > 2 and not GENRE_WORD.search(sentences[0]) and DAY_OF_EVENT.match(sentences[1]):
        # or in the same paragraph, its second sentence opening on the event's day (落实机关党建工作责任制，是…的重要
        # 抓手。3月7日，机关党委在阜成路校区召开党支部书记2022年度党建述职评议会。)
        return bool(EVENT_OPENING.match(sentences[1]))
    if len(texts) < 2 or texts[0] != opening or opening.count("。") != 1 or not opening.endswith("。"):
        return False
    return bool(EVENT_OPENING.match(texts[1]))


def _dated_event(texts: Sequence[str], opening: re.Pattern[str]) -> re.Match[str] | None:
    """A sentence of the first two paragraphs (``texts``, analysis forms), after the lines that set the scene, that opens
    with the event's dated day and tells it (``opening``: 四季轮回寒暑过，…迎来了崭新的2023年。… / …憧憬。2023年1月10日下午，
    …护理部召开全院护理工作总结大会, rw1511), None without one."""
    return next(
        (
            match
            for text in texts[:2]
            for sentence in re.split("(?<=[。！？])", text)[1:]
            if DAY_YEAR.match(sentence) and (match := opening.match(sentence))
        ),
        None,
    )


def _on_occasion(text: str) -> bool:
    """``text`` names a festival or a day of the year (``OCCASION``) and no genre of a document of its own (社区重阳节活动
    方案2015); a meeting held for it (召开了纪念“三八妇女节”97周年表彰大会, rw755) is what the news reports."""
    return bool(OCCASION.search(text)) and not OWN_GENRE_WORD.search(text)


def _opening(blocks: list[Block]) -> str:
    """The analysis form of the paragraph the text opens with: a column's name the page left over it (基层组织, a short
    line of no sentence) is not it."""
    for block in blocks[:2]:
        text = analysis_form(block.text)
        if len(text) > MAX_COLUMN_CHARS or re.search("[，。；：,;:]", text):
            return text
    return analysis_form(blocks[0].text) if blocks else ""


def _reports_a_meeting(body: str) -> bool:
    """The text (its blocks' analysis form) reports a meeting: it says so twice (``MEETING_REPORT``: 会上, 与会, a
    leader who 指出 …)."""
    return len(MEETING_REPORT.findall(body)) >= MIN_MEETING_REPORTS


def _event_year(title: str, blocks: list[Block]) -> int | None:
    """The year of the event a news item reports (one that opens with the event's day, ``NEWS_OPENING``, is titled by
    its meeting, ``MEETING_HEAD``, or, titled by no genre, reports a meeting), None for any other document: the year in
    the meeting's name (召开了“2024年工会工作第二次会议”; 2011年1月17日下午，2010年度护理工作总结大会…召开), else the year
    of the day (2022年12月，…召开) or the year the text opens on (2018年，是…开局之年), else the year whose work it sums up (a meeting that 总结了2022年社区工作 and plans
    2023年工作 is 2022's, as a title naming both years is: tests/realworld/README.md's year convention), else the latest
    year the text gives to work (a meeting held to 开展好2022年各项重点工作)."""
    opening = _opening(blocks)
    # (its years in Chinese numerals read as digits, as a document's opening lines are: 听取了…《关于二○一二年工作总结暨二〇一三年
    # 工作计划的工作报告》 sums up 2012, rw2581)
    texts = [analysis_form(_arabic_years(block.text)) for block in blocks]
    # the paragraph that opens with the event's day may come second (在庄重的国歌声中，…大会正式开幕。 / 2023年2月25日，…召开)
    news = next((match for text in [opening, *texts[:3]] if (match := NEWS_OPENING.match(text))), None)
    if news is None:
        # or a sentence of the first paragraphs, after the lines that set the scene, opens with the event's dated day
        # (四季轮回寒暑过，…挥别了过去的2022年，迎来了崭新的2023年。… / …憧憬。2023年1月10日下午，…护理部召开全院护理工作
        # 总结大会, rw1511): the event is that day's, whatever years the scene names
        news = _dated_event(texts, NEWS_OPENING)
    if (
        news is None
        and not MEETING_HEAD.search(analysis_form(title))
        and not (title_kind(title) is None and _reports_a_meeting(analysis_form("".join(b.text for b in blocks))))
    ):
        return None
    for text in texts[:2]:
        if meeting := MEETING_YEAR.search(text):
            return int(meeting.group(1))
    if day := (
        ((DAY_YEAR.search(news.group()) or SEASON_YEAR.match(news.group())) if news is not None else None)
        or DAY_YEAR.match(opening)
        or PARAGRAPH_YEAR.match(opening)
    ):
        # the day it opens with (2022年5月20日下午，…大会拉开了序幕), or its year (2018年，是…开局之年，…全县各级妇联组织
        # 开展了…: the year of the events it reports, not the one a meeting among them sums up)
        return int(day.group(1))
    if held := next((m for text in texts[:2] if (m := HELD_ON.search(text))), None):
        return int(held.group(1))  # the day the text gives it (为庆祝第107个护士节，医院于2018年5月9日举办…大会)
    # not in a sentence that names a meeting the text passes on (``PASSED_ON_MEETING``)
    passed_on = {m.group("name") for text in texts[:2] for m in PASSED_ON_MEETING.finditer(text)}
    own = [
        sentence
        for text in texts
        for sentence in re.split("(?<=[。！？；])", text)
        if not any(name in sentence for name in passed_on)
    ]
    summed = [int(m.group(1) or m.group(2)) for text in own for m in SUMMED_YEAR.finditer(text)]
    summed += [int(m.group(1)) - 1 for text in own for m in SUMMED_LAST_YEAR.finditer(text)]
    if summed:
        return min(summed)
    if spoken := next((m for text in own for m in SPOKEN_YEAR_DONE.finditer(text)), None):
        return int(spoken.group(1))
    # the occasion it is held for (2016年国际护士节的主题是…), not an honour named by one (表彰…2023年度全国三八红旗手, rw441)
    if occasion := next((m for text in texts if (m := _occasion_year(text))), None):
        return int(occasion.group(1))
    return max((int(m.group(1) or m.group(2)) for text in own for m in YEAR_OF_WORK.finditer(text)), default=None)


def page_time(texts: Sequence[str]) -> int | None:
    """The latest year the page dates something by (``PAGE_YEAR``: its post's stamp, a year in its text), None without one."""
    return max((int(m.group(1)) for text in texts for m in PAGE_YEAR.finditer(text)), default=None)


MAX_TITLE_PIECES = 3  # the lines a page breaks its headline's repeat over (``without_title_pieces``)


def without_title_pieces(documents: list[Document], dropped: list[DroppedLine]) -> list[Document]:
    """The documents without the headline again right under it, broken over lines of its own (2020温暖行动,探望春节值班护士
    新昆华医院护士…——“春节慰问” over 2020温暖行动探望春节值班护士 / 新昆华医院护士 / 心理减压工作站第一站——“春节慰问”,
    rw2039): the page's repeat, the opening paragraphs whose words joined are the title's, goes (the README's junk: a piece
    of the headline on a line of its own). An official document's number over the repeat (湖卫健发〔2023〕1号, rw2347: a
    notice sets its number over its title) stays, the text's own."""
    kept = []
    for document in documents:
        whole, joined = letters_only(document.title), ""
        blocks = document.blocks
        lead = 1 if blocks and DOCUMENT_NUMBER.fullmatch(analysis_form(blocks[0].text).strip()) else 0
        for k, block in enumerate(blocks[lead : lead + MAX_TITLE_PIECES] if document.title_source == "text" else ()):
            joined += letters_only(block.text) if block.type == "paragraph" and not block.marker else "\n"
            if not whole.startswith(joined):
                break
            if joined == whole and k:
                dropped.extend(DroppedLine(piece.text, "重复的标题") for piece in blocks[lead : lead + k + 1])
                document = replace(document, blocks=[*blocks[:lead], *blocks[lead + k + 1 :]])
                break
        kept.append(_without_title_heading(document, dropped))
    return kept


# How alike a line and a title are when the line is the title again (the README's titles: compared by similarity ≥ 0.9).
SAME_TITLE_RATIO = 0.9


def _without_title_heading(document: Document, dropped: list[DroppedLine]) -> Document:
    """The document without its title again as an unmarked heading over all its sections (教職工拔河比賽活動方案 / 為了…，
    活動安排如下: / 教職工拔河比賽活動方案 / 一、比賽日期與地點, rw2226): the page's repeat of the title, which is no level (README
    levels), goes, and the headings under it rise one level (with none under it, 【职工活动】 over the text titled 职工活动,
    rw619, it goes alone), also with a word the page changed in it (第六党支部召开新支部成立大会 between the paragraphs of
    the item headlined 第六党支部召开支部成立大会, rw2380: the titles' own likeness, ``SAME_TITLE_RATIO``). A heading that names
    the title beside headings of its own level (小區活動B1 / 日期:… over 小區活動C1 / 日期:…, rw1037) or beside numbered sections
    of that level is a part's and stays."""
    whole = letters_only(document.title)
    if not whole or document.title_source != "text":
        return document
    at = next(
        (
            k
            for k, block in enumerate(document.blocks)
            if block.type == "heading"
            and not block.marker
            and block.level == 1
            and SequenceMatcher(None, letters_only(block.text), whole, autojunk=False).ratio() >= SAME_TITLE_RATIO
        ),
        None,
    )
    if at is None:
        return document
    after = document.blocks[at + 1 :]
    following = next((block for block in after if block.type == "heading"), None)
    if (following is not None and following.level == 1) or any(block.level == 1 and block.marker for block in after):
        return document
    dropped.append(DroppedLine(document.blocks[at].text, "重复的标题"))
    risen = tuple(
        replace(block, level=block.level - 1) if block.level and block.level > 1 else block for block in after
    )
    return replace(document, blocks=document.blocks[:at] + risen)


def dated_by_page(documents: list[Document], texts: Sequence[str]) -> list[Document]:
    """The documents, each whose year is history by its page's time (``HISTORY_GAP`` years before ``page_time``: a year the
    text tells of the past, no year of its own) dated again without such years: the next year it states that is no history
    either, or none."""
    latest = page_time(texts)
    if latest is None:
        return documents
    since = latest - HISTORY_GAP
    dated = []
    for document in documents:
        if document.year is not None and document.year < since:
            # a year of the Republic is read from the text as written: one that is history too leaves no year
            year = document_year(document.title, list(document.blocks), document.kind, since=since)
            document = replace(document, year=year if year is not None and year >= since else None)
        dated.append(document)
    return dated


def _without_history(text: str, since: int) -> str:
    """``text`` without its years before ``since`` (history: ``dated_by_page``)."""
    return YEAR_NUMBER.sub(lambda m: "" if int(m.group(1)) < since else m.group(), text)


def document_year(title: str, blocks: list[Block], kind: str, *, since: int | None = None) -> int | None:
    """The year a document states in its title or opening lines (not one something began in: 从2018年起, nor one a
    new-year text sees off: 送别2021, nor a rule's adoption dates: ``ADOPTION_DATES``), else in its
    close: a closing paragraph (总之，2025年的社区工作将…) or the date under its signature (a Taiwanese page's year of the
    Republic there too, in Traditional script: 今(109)年 is 2020, ``ROC_YEAR``), else the year it gives its
    work anywhere in its text (``YEAR_OF_WORK``; not a year in a work it cites: 如《XX学院2020年招生工作计划》), the year just
    past it looks back on (``YEAR_JUST_PAST``) or to the occasion it is for (2015是第105个“三八”妇女节: ``OCCASION_YEAR``), else
    its event's time or the year it sets its goals for (活动时间：2025年10月13日, 到2023年，争创…: ``EVENT_TIME``), else
    a year of the Republic it gives its work or a date in (``ROC_WORK_YEAR``); placeholders are not years. A day or a month that lost
    its 年 (``DAY_WITHOUT_MARKS``), a signature's date in Chinese numerals (``CN_SIGNATURE_DATE``) or in eight digits (``DIGIT_SIGNATURE_DATE``) and a year so
    written in the opening lines (``CN_YEAR``) give their year. ``since``: the earliest year the document can state, its
    page's time told (``dated_by_page``); a year before it is history, read away. ``kind``: the document's; a plan's (计划)
    year is the one it plans, though its opening looks back on the year before first (``PLANNED_YEAR``)."""
    if since is not None:
        title = _without_history(title, since)
        blocks = [replace(b, text=_without_history(b.text, since)) for b in blocks]
    blocks = [b for b in blocks if not ADOPTION_DATES.fullmatch(analysis_form(b.text))]
    if not YEAR_NUMBER.search(title) and (event := _event_year(title, blocks)) is not None:
        return event
    closing = [b.text for b in blocks[-2:] if SIGNATURE_DATE.match(b.text)] + [
        b.text for b in blocks[-1:] if CLOSING.match(b.text)
    ]
    closing += [
        _arabic_years(date.group(1)) + "年" for b in blocks[-2:] if (date := CN_SIGNATURE_DATE.match(b.text.strip()))
    ]
    closing += [date.group(1) + "年" for b in blocks[-2:] if (date := DIGIT_SIGNATURE_DATE.match(b.text.strip()))]
    opening = [b.text for b in blocks[:2]]
    if not YEAR_NUMBER.search(title) and (chronicle := _chronicle_year(blocks)) is not None:
        return chronicle
    for k, text in enumerate([title] + opening + closing):
        cited = MEMORIAL_VISIT.sub(r"\g<visit>", analysis_form(_arabic_years(text)))
        if 1 < k <= len(opening):
            # a name in quotes in the paragraph after the first: a survey or an event the text cites by its year
            # (经济日报公布「2024縣市幸福指數大調查」, rw1006), another thing's year, as a quoted year of the Republic past the opening
            # sentence is (``_roc_year``); one the opening paragraph names is the event it reports (对“2017年度全国发电企业最美
            # 工会”获奖单位进行了表彰, rw1048)
            cited = QUOTED_NAME.sub("", cited)
        # a title's own day, however written (我院举行庆“三·八”国际劳动妇女节活动(2007.4.5), rw1025), is the document's: no
        # page's stamp stands in a title; so is the year of the honour a title reports (…喜获2017年度…优秀单位荣誉称号: the
        # news is the honour, as rw386, rw460, rw678 and rw897 are annotated)
        cited = _without_cited(cited, stamps=k > 0, honours=k > 0)
        match = YEAR_NUMBER.search(cited) or DAY_WITHOUT_MARKS.search(cited)
        if match:
            year = int(match.group(1))
            planned = [int(p.group(1) or p.group(2)) for t in opening for p in PLANNED_YEAR.finditer(analysis_form(t))]
            # (not when the opening plans its own year first: 2024年，区总工会将…，做好2025年的准备 is 2024's)
            return (
                year + 1
                if kind == "计划" and 1 <= k <= len(opening) and year + 1 in planned and year not in planned
                else year
            )
        # not the day a rule was amended on (工會法（民國111年11月30日修正）, rw1508: the law's history, as in the text)
        if (roc := _roc_year(ADOPTION_DATES.sub("", text))) and _traditional("".join(b.text for b in blocks)):
            return int(roc.group("year")) + ROC_ERA
    for (
        block
    ) in blocks:  # else the year it gives its work anywhere (…全力保障2023年各项重点工作任务圆满完成; 2012年度，…)
        # (the paragraph of an item's run-in phrase too: 4、组织竞赛,活跃生活。2012年度,工会组织…, rw485, an item by its list)
        phrase = RUN_IN_PHRASE.match(block.text) if block.type == "item" else None
        match = (
            YEAR_OF_WORK.search(QUOTED_WORK.sub("", block.text))
            or PARAGRAPH_YEAR.match(block.text[phrase.end() if phrase else 0 :])
            or _occasion_year(block.text)
            or YEAR_JUST_PAST.search(analysis_form(block.text))
            or THIS_YEAR.search(block.text)
            or YEAR_TO_DATE.search(analysis_form(block.text))
        )
        if match:
            return int(next(g for g in match.groups() if g))
    writers = next((m for b in blocks if (m := WRITERS_YEAR.search(analysis_form(b.text)))), None)
    if writers:
        return int(writers.group(1))
    # a heading 活动时间 runs into the date under it; read in the dictionary's script, as a Traditional page writes it with its
    # glosses or not (活動時間 / 2024年春節期間, rw2464)
    event = EVENT_TIME.search(analysis_form("".join(b.text for b in blocks)))
    if event:
        return int(next(g for g in event.groups() if g))
    # else the first full day the text tells something on, the spans of other things' years read away (2023年12月22日冬至的
    # 晚上，…, rw914: an event's day past the opening lines)
    day = next(
        (m for b in blocks if (m := FULL_DAY_YEAR.search(_without_cited(analysis_form(b.text))))),
        None,
    )
    if day:
        return int(day.group(1))
    body = CITED_ASIDE.sub("", PINYIN_GLOSS.sub("", "".join(b.text for b in blocks)))
    # the title's work year first (臺北市106學年度…學校經營計畫, rw1488: the plan's school year, named nowhere in its text); not
    # a full day there, a rule's adoption or amendment (工會法（民國111年11月30日修正）, 職工福利委員會組織準則（102年10月17日）)
    titled = ROC_WORK_YEAR.search(PINYIN_GLOSS.sub("", title))
    roc = titled if titled is not None and titled.group(1) else ROC_WORK_YEAR.search(body)
    return int(roc.group(1) or roc.group(2)) + ROC_ERA if roc and _traditional(body) else None


def _occasion_year(text: str) -> re.Match[str] | None:
    """The year of the occasion ``text`` names (``OCCASION_YEAR``: 2015年三八妇女节, 2016年国际护士节的主题是…), not that of an
    honour named by one (表彰…2023年度全国三八红旗手, rw441: ``HONOURS``) nor the year the occasion was founded in
    (…南丁格尔于1912年设立的节日, rw2359: ``YEAR_SINCE``), in a news item's reading (``_event_year``) as in any text's."""
    return OCCASION_YEAR.search(YEAR_SINCE.sub("", HONOURS.sub("", text)))


def _chronicle_year(blocks: list[Block]) -> int | None:
    """The last year of a chronicle (``MIN_CHRONICLE_YEARS`` paragraphs or more opening on their years, each later than
    the one before), None for any other text."""
    years = [
        int(m.group(1)) for b in blocks if b.type == "paragraph" and (m := PARAGRAPH_YEAR.match(analysis_form(b.text)))
    ]
    if len(years) >= MIN_CHRONICLE_YEARS and all(a < b for a, b in zip(years, years[1:])):
        return years[-1]
    return None


def _without_cited(text: str, *, stamps: bool = True, honours: bool = True) -> str:
    """``text`` (its analysis form) without the spans whose years are another thing's: a cited source, work or law, years
    listed together, a person's history, an honour (``honours``), a stamp or a file number (``stamps``), a year something
    began in, a year seen off, a count, a class of students (``COHORT``)."""
    for cited_only in (CITED_ASIDE, CITED_SPAN, LISTED_YEARS, PERSON_HISTORY, HONOURS, YEAR_SINCE, LAW_YEAR):
        if honours or cited_only is not HONOURS:
            text = cited_only.sub("", text)
    if stamps:
        text = NUMERIC_DATE.sub("", text)
    text = "".join(
        sentence if COHORT_ENTERING.search(sentence) else COHORT.sub("", sentence)
        for sentence in re.split("(?<=[。！？；])", text)
    )
    return FAREWELL_YEAR.sub("", COUNTED.sub("", text))


def _arabic_years(text: str) -> str:
    """``text`` with its years in Chinese numerals (``CN_YEAR``: 二○二五, 二〇一七) written in digits."""
    return CN_YEAR.sub(lambda m: "".join(str(CHINESE_DIGITS.index(c)) for c in re.sub("[○零]", "〇", m.group())), text)


def _roc_year(text: str) -> re.Match[str] | None:
    """The first year of the Republic in ``text`` (``ROC_YEAR``), its glosses read away. One named in quotes counts in the
    text's opening sentence only, where the text tells its event: a quoted name later on is another event's, one the
    text calls its readers to (…請大家支持十年一度之「109年人口及住宅普查」, rw918)."""
    plain = PINYIN_GLOSS.sub("", text)
    return next(
        (
            m
            for m in ROC_YEAR.finditer(plain)
            if m.group("quoted") is None or not re.search("[。！？!?]", plain[: m.start()])
        ),
        None,
    )


def _traditional(text: str) -> bool:
    """``text`` is written in Traditional script: its analysis form reads other characters."""
    plain = PINYIN_GLOSS.sub("", text)
    return analysis_form(plain) != plain


def _markers_over_inconsistent_styles(lines: list[Line]) -> list[Line]:
    """Numbered headings with a style (#### 一、…, a Heading 2 with 二、 typed) keep the style's level,
    unless the file gives one marker family several levels: then the markers decide."""
    levels_of: dict[str, set[int]] = {}
    for line in lines:
        if line.style_level and line.marker is None and (marker := split_marker(line.text)[0]):
            levels_of.setdefault(marker.family, set()).add(line.style_level)
    if all(len(levels) == 1 for levels in levels_of.values()):
        return lines
    return [
        replace(line, style_level=None)
        if line.style_level and line.marker is None and split_marker(line.text)[0]
        else line
        for line in lines
    ]


# A decimal section number before its name (1.1一般资料。, 1.2 权重动态调整机制, 1资料与方法; a name that opens with a quoted
# word or a title in 《》, 1.2 “红色物业”的核心理念, rw2345, as a section's name may after any marker), no count of a unit (3.5万元,
# 1.5小时) nor a date (5.12护士节 stands alone: ``_with_decimal_sections``)
DECIMAL_HEAD = re.compile(
    rf"^\s*(?P<number>\d{{1,2}}(?:[.．]\d{{1,2}}){{0,3}})\s*(?=[{HAN}“《])(?![万亿元倍个名次件项年月日号时点分秒岁届周天米克斤吨亩户期位家所台辆篇条楼层小])"
)


def _with_decimal_sections(lines: list[Line]) -> list[Line]:
    """Lines numbered as a paper's or a report's sections (1资料与方法 / 1.1一般资料。 / 1.2方法。 / 1.2.1术前护理：…, rw1017;
    一、… / 1.1 核心原则：… / 1.2 权重动态调整机制, rw1104) take their number as the marker Word's numbering would be
    (``Line.marker``, a family per depth: ``family_of``): a number with a dot where a sibling (1.1 beside 1.2) or a
    sub-section (1.2 over 1.2.1) of it numbers another line of the file, a bare number (1资料与方法, 0引言) over such
    sub-sections or beside a sibling that is, short as a heading is. A number alone (5.12护士节…) stays text."""
    found = {
        i: (head, tuple(int(part) for part in re.split("[.．]", head.group("number"))))
        for i, line in enumerate(lines)
        if line.marker is None and (head := DECIMAL_HEAD.match(line.text))
    }
    numbers = {parts for _, parts in found.values()}

    def numbered_beside(parts: tuple[int, ...]) -> bool:  # a sibling, a sub-section or the section it is one of
        return len(parts) > 1 and (
            any(other[:-1] == parts[:-1] and other != parts for other in numbers if len(other) == len(parts))
            or any(len(other) == len(parts) + 1 and other[:-1] == parts for other in numbers)
            or parts[:-1] in numbers
        )

    beside = {parts for parts in numbers if numbered_beside(parts)}

    def sections(parts: tuple[int, ...]) -> bool:  # or the first of its section after the previous one's (2.1, 1.1 1.2)
        return parts in beside or (len(parts) > 1 and parts[-1] == 1 and (*parts[:-2], parts[-2] - 1, 1) in beside)

    heads = {parts[0] for parts in numbers if sections(parts)}
    bare = {parts for parts in numbers if len(parts) == 1 and parts[0] in heads}
    bare |= {parts for parts in numbers if len(parts) == 1 and {parts[0] - 1, parts[0] + 1} & {b[0] for b in bare}}
    marked = []
    for i, line in enumerate(lines):
        head, parts = found.get(i, (None, ()))
        rest = line.text[head.end() :] if head else ""
        if head and (sections(parts) or (parts in bare and len(rest) <= MAX_HEADLINE_CHARS)):
            line = replace(line, text=rest, marker=head.group("number").replace("．", "."))
        marked.append(line)
    return marked


def titled_by_site_notice(documents: list[Document], dropped: list[DroppedLine]) -> list[Document]:
    """An untitled first document takes the title a document site's notice names it by (《xx年卫生中心工会的工作计划》由
    会员上传分享，免费在线阅读…), the notice itself dropped as junk: the title is in the text, not the file's name."""
    if not documents or documents[0].title_source != "file":
        return documents
    for line in dropped:
        named = SHARED_FILE_TITLE.search(line.text)
        if named and is_title_line(named.group(1)):
            title, blocks = named.group(1), documents[0].blocks
            kind = document_kind(title, list(blocks))
            first = Document(title, kind, document_year(title, list(blocks), kind), blocks)
            return [first, *documents[1:]]
    return documents


# A site's headline that is the text's own title line with an affix of the site's (README title, ruled in round 31): a year
# before it (2020年企业工会的工作总结优秀范文 over the text's 企业工会的工作总结优秀范文 总结与计划是…, rw228; 2023年度社区物业管理与
# 建议 over 社区物业管理与建议, rw2165), a year of the Republic (110端午香包巧手做 over 端午香包巧手做, rw591), or the genre of
# an essay site after it (職工運動會活動方案作文 over 職工運動會活動方案, rw2431). Another word before the line is no site's
# (县人民医院护理会议制度 over 人民医院护理会议制度。, rw359: a copy that lost a word of the title).
SITE_AFFIXED_HEADLINE = re.compile(r"^(?:(?:19|20)\d{2}年?度?|1\d{2})(?P<after>\D.*)$|^(?P<before>.+?)作文$")
# or a name and its colon before it (西南工程：我校工会组织退休教职工踏青活动 over 我校工会组织退休教职工踏青活动, a school's short
# name, rw2565): as the set reads a labelled headline over the text's own title line (第一篇：2010年医院工会工作计划, rw069;
# 標題:…, rw411, rw861; 标题: …, rw632; 第一篇：…, rw1998; 篇1:…, rw2240), the line under it is the title
SITE_PREFIXED_HEADLINE = re.compile(r"^[^\s：:，,。；;！？]{2,8}[：:]\s*(?P<after>\S.*)$")
MAX_OWN_TITLE_LINES = 8  # the page's lines under the headline among which the text's own title line stands
MIN_OWN_TITLE_CHARS = 4


def titled_by_own_line(documents: list[Document], page: Sequence[str], dropped: list[DroppedLine]) -> list[Document]:
    """The first document titled by the text's own title line where its title is the page's headline, that line with the
    site's affix (``SITE_AFFIXED_HEADLINE``) or prefix (``SITE_PREFIXED_HEADLINE``), and the line stands under it (alone,
    or before the text a space after it): the headline goes as the site's, its year none of the document's, and the
    line's copies the text opens with go as the title's."""
    if not documents or documents[0].title_source != "text":
        return documents
    first = documents[0]
    headline = letters_only(first.title)
    affixed = SITE_AFFIXED_HEADLINE.match(headline)
    prefixed = SITE_PREFIXED_HEADLINE.match(first.title)
    own = (affixed and (affixed.group("after") or affixed.group("before"))) or (
        prefixed and letters_only(prefixed.group("after"))
    )
    if not own or len(own) < MIN_OWN_TITLE_CHARS:
        return documents
    top = next((k for k, text in enumerate(page) if letters_only(text) == headline), None)
    if top is None:
        return documents
    words = [text.split()[0] if text.split() else "" for text in page[top + 1 : top + 1 + MAX_OWN_TITLE_LINES]]
    title = next((word for word in words if letters_only(word) == own), None)
    if title is None:
        return documents
    copies = [
        k for k, block in enumerate(first.blocks[:3]) if block.type == "paragraph" and letters_only(block.text) == own
    ]
    dropped.append(DroppedLine(first.title, "网页信息"))
    dropped.extend(DroppedLine(first.blocks[k].text, "重复的标题") for k in copies)
    blocks = [block for k, block in enumerate(first.blocks) if k not in copies]
    kind = document_kind(title, blocks)
    return [
        replace(first, title=title, kind=kind, year=document_year(title, blocks, kind), blocks=tuple(blocks)),
        *documents[1:],
    ]


def parse_lines(
    lines: list[Line], *, fallback_title: str, step: Step = no_step, cleaned_off: Sequence[DroppedLine] = ()
) -> tuple[list[Document], list[DroppedLine]]:
    """Split cleaned lines into documents with their outlines; ``step(done, total)`` per document, and ``step(0, 0)`` before
    they are counted, between the passes over the page and at each line of the one that splits lines (budgets and a
    cancel checked, nothing reported but the stage's start). ``cleaned_off``: the
    lines cleaning dropped as the page's, where a collection's title names the titles of its items."""
    dropped: list[DroppedLine] = []
    step(0, 0)  # the stage begun, its documents not yet counted
    titled = [part for line in _without_previews(lines, dropped) for part in _split_title_notice_repeat(line, dropped)]
    expanded = _markers_over_inconsistent_styles(
        [
            part
            for line in checked(_without_title_repeats(_with_decimal_sections(titled), dropped), step)
            for part in _split_line(_without_table_of_contents(line, dropped))
        ]
    )
    step(0, 0)
    expanded = _without_contents_list(_split_run_in_section_headings(_split_cut_bracketed_label(expanded)), dropped)
    documents = []
    # the titles structure cut from a line of the text (a title glued to its text), no line of their own in the page
    cut_titles = frozenset(part.text for part in expanded if part.style_level == 0) - {line.text for line in lines}
    step(0, 0)
    found = _split_documents(expanded, fallback_title, dropped, cleaned_off, cut_titles)
    step(0, 0)
    parts = [part for title, body in found for part in _teasers(title, body)]
    # the genre a collection's title names (学校工会工作报告7篇: 工作报告), which the structure dropped over an untitled item
    collected = next((kind for line in dropped if line.reason == "合集标题" and (kind := title_kind(line.text))), None)
    for number, (title, body) in enumerate(parts, start=1):
        step(number, len(parts))
        blocks = _outline(
            _two_line_headlines(
                _split_unmarked_section_headings(_split_run_in_entry_headings(_split_label_entries(body)))
            ),
            titled=title is not None,
        )
        letterhead = _letterhead(blocks, title)
        if _opening_headline(blocks[letterhead:], title):
            # the text's own title line takes no level (the README: the title is no level): the document's title when it
            # has none, else a line under it (an item's title under its collection's), its headings one level up; a unit's
            # name over it is the page's letterhead
            dropped.extend(DroppedLine(block.text, "篇首杂项") for block in blocks[:letterhead])
            opening, blocks = (
                blocks[letterhead],
                [
                    replace(block, level=block.level - 1) if block.level is not None else block
                    for block in blocks[letterhead + 1 :]
                ],
            )
            if title is None:
                title = opening.text.strip()
            else:
                blocks.insert(0, Block("paragraph", (opening.marker or "") + opening.text))
        if title is not None and (column := bracketed_column(title)):
            dropped.append(DroppedLine(column.group().strip(), "网页栏目"))
            title = title[column.end() :]
        source = "text" if title is not None else "file"
        title = title or fallback_title
        kind = document_kind(title, blocks, titled=source == "text" and not BARE_SERIES.match(title))
        if kind == "其他" and source == "file" and documents and SERIES_AT_END.search(documents[-1].title):
            kind = documents[-1].kind  # an item of the collection before it, its label lost: of the same kind
        elif source == "file" and collected is not None:
            kind = collected  # an untitled item of the collection: of the genre the collection names
        documents.append(Document(title, kind, document_year(title, blocks, kind), tuple(blocks), source))
    return documents, dropped
