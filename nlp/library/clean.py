"""Cleaning: text steps (str -> str) and line steps (lines -> lines) that turn scraped
or extracted text into one paragraph per line.

Every text step is a pure function; ``clean_lines`` composes them with junk removal and
reflow and repeats until nothing changes, so cleaning is idempotent by construction:
each pass only removes lines, joins lines or widens punctuation, so the loop ends.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Mapping
from dataclasses import replace
from pathlib import Path

from nlp.library.junk import (
    BREADCRUMB,
    BREADCRUMB_ARROW,
    BUTTON,
    CLAUSE_BREAK,
    COLUMN_NAME,
    COLUMN_WORD,
    COPY_BAN,
    END_MARK,
    ENGLISH_WORD,
    HAN_CHAR,
    MAX_JUDGED_CHARS,
    MENU_ROW,
    MIN_ENGLISH_PARAGRAPH_WORDS,
    MODEL_PATH,
    PERSON_NAME,
    PHOTO_CAPTION,
    PROSE_PUNCTUATION,
    SENTENCE,
    SITE_WORDS,
    SPAN_TO,
    TIME_SPAN,
    UNIT_NAME,
    gambling_ads,
    glued_lead_of,
    glued_tail_of,
    is_stamp,
    is_text_sentence,
    model_junk,
    reads_as_headline,
    reads_as_own_prose,
)
from nlp.library.markers import (
    ADOPTION_DATES,
    AUDIENCE,
    BARE_SERIES,
    CHARTER_LABEL,
    CHARTER_NUMBER,
    CN_DIGITS,
    CN_NUMBER,
    FAMILIES,
    FIELD_LABEL_CHARS,
    FIELD_NAME,
    FIELD_WITH_VALUE,
    FILE_EXTENSION,
    FILE_NAME,
    ITEM_TITLE,
    LABEL_OPENING_PARAGRAPH,
    MARKER,
    NUMBER_GLYPHS,
    PART_LABEL,
    PART_LABEL_CHARS,
    PART_NUMBER_LINE,
    POST_DAY,
    POST_STAMP_LABEL,
    QUESTION_HEADLINE,
    SIGNATURE_DATE,
    dangles,
    event_field,
    is_title_line,
    label_alone,
    month_schedule,
    named_by,
    opens_list,
    split_marker,
    starts_outline,
)
from nlp.library.script import MAYBE_GLOSSED, PINYIN_GLOSS, analysis_form
from nlp.models import DroppedLine, Line, Step, checked, no_step
from nlp.resources import CJK_PUNCT, HAN, ORGANISATION_WORDS, SURNAMES, UNIT_SUFFIXES, dictionary_tokenizer

# Scraping residue: layout tags and site watermarks such as <fw92.cOM/p>. Other tag-like text
# (<script>, <img …>) is kept as text: it is what the file says, and the app escapes it.
HTML_TAG = re.compile(
    # a closing tag whose < the page's encoding turned into ? (…許多朋友?!?/p>, rw593) is one too
    r"(?:<|\?(?=/))/?(?:p|br|div|span|strong|b|em|i|u|font|section|article|h[1-6]|li|ul|ol|table|tr|td|th|tbody)"
    r"(?:\s[^<>]{0,80})?/?>|<[^<>\s]{0,40}\.(?:com|cn|net|org)[^<>]{0,40}>",
    re.IGNORECASE,
)
# An abstract site's mark before the text's first sentence (<正>2023年,密云区总工会…, rw181; 【正】, rw1798): no tag, but the
# site's markup as a tag is, removed with them.
ABSTRACT_START = re.compile(r"<正>|【正】")
# A page saved with its paragraph tags in the text (<p class="ql-block">…</p> <p>…): each paragraph, and each line a
# <br> ends, is a line of its own (a bold headline between two paragraphs among them). So is each paragraph a document
# site joined with its paragraph mark, a Cyrillic Р between Chinese (…注入了新的内容。Р(三)紧紧围绕…, rw1407).
PARAGRAPH_BREAK_TAG = re.compile(
    rf"</?(?:p|div|li|h[1-6])(?:\s[^<>]{{0,80}})?>|<br\s*/?>|(?<=[{HAN}{CJK_PUNCT}])\s*Р\s*(?=[{HAN}{CJK_PUNCT}(])",
    re.IGNORECASE,
)
# A picture's caption a page glued after a sentence, marked by a ▲ (…新北金好」。 ▲林口湖南社區大旗艦計畫), or the paragraph's
# last sentence, one clause opening on 图为 (…操作技能占總成績的70%。圖為頒獎現場。, rw1466): a line of its own. One of clauses
# tells the text's event (图为7月10日，慰问组在华津金属制品公司为职工送上饮料。, rw1219's content) and stays.
# So is what the page glued after a caption's photo credit past a space (…慰问品。(翔鹭社区供图) 当天的文艺汇演(翔鹭社区供图)
# 东南网6月17日讯…, rw1777): the credit closes the caption, the next caption or the report opens a line of its own.
# A mirror's pinyin glosses (圖為運(yùn)動(dòng)會(huì)…) are no characters of the clause.
CAPTION_CLAUSE = rf"[图圖][为為](?:[^。！？，,；;]{MAYBE_GLOSSED}){{2,24}}"
CAPTION_AFTER_SENTENCE = re.compile(
    rf"(?<=[。！？」』”])\s*(?=▲|{CAPTION_CLAUSE}。?$)|(?<=供图[)）])\s+(?=\S)|(?<=[摄攝][)）])\s+(?=\S)"
)
# Such a caption between two sentences of the paragraph (…將起到積極的作用。圖為運動會比賽現場。副市長李春英…出席當天的活動。,
# rw2167; the page set the picture inside its report): a line of its own, the report going on after it.
CAPTION_BETWEEN_SENTENCES = re.compile(rf"(?<=[。！？」』”])\s*({CAPTION_CLAUSE}。)\s*(?=\S)")
MARKDOWN_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
# A bullet: - * + – • before a space, or a dash or dot straight before Chinese (-心血管亚专业：…).
MARKDOWN_BULLET = re.compile(rf"^\s{{0,3}}(?:[-*+–•]\s+(?=\S)|[-–•](?=[{HAN}]))")
MARKDOWN_ESCAPE = re.compile(r"\\([\\_*#\-.!\[\]()`>+])")
# Bold at the start of a line, or of an outline entry's text (a subheading, a label: **目标**：…, 1. **完善组织架构**：…);
# ** elsewhere is a masked word.
MARKDOWN_BOLD = re.compile(
    r"^((?:\d{1,2}[.．、]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]{1,2}[)）])?\s*)"
    r"\*\*(?=[^\s*])([^*\n]{1,40}?)(?<=[^\s*])\*\*(?:(?!\*)|(?=\*\*[^*]))"  # or the next bold right after it
)
# An unclosed bold at the start of a line cut short (**1. 提升患者, **预期成果): markdown before an
# outline marker or as a whole short label; a masked word (**年, **医院) goes on in a sentence.
MARKDOWN_OPEN_BOLD = re.compile(r"^\*\*(?=\d{1,2}[.．、]|[一二三四五六七八九十]+、|[^\s*年月日]{1,12}$)")
# Watermarks in decorative letters (mathematical alphanumerics, enclosed letters): 𝗔𝒾𝘹🅉𝒵𝓈.𝓒𝗢𝓶
DECORATIVE_LETTERS = "\U0001d400-\U0001d7ff\U0001f100-\U0001f1ff"
DECORATIVE_RUN = re.compile(rf"[{DECORATIVE_LETTERS}](?:[.\s]?[{DECORATIVE_LETTERS}])+")
SPACE_RUN = re.compile(r"[ \t\u00a0\u2002-\u200b\u3000\ufeff]+")
# Spaces next to Chinese punctuation, or between Chinese and Latin/digits, are noise; one
# space between two Chinese words can separate phrases (工会劳动争议调解书 工会工作计划), also when a mirror glossed the
# word before (集團(tuán)工會(huì) 華茂宣, rw930: the gloss's closing bracket after a pinyin letter ends a Chinese word). A part's
# two-digit number keeps the space before its subhead (01 盛大启幕, ``markers.MARKER``'s part family): no page number glued.
GLOSS_END = "[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ][)）]"
SPACE_NEAR_CJK = re.compile(
    rf"(?<=[{CJK_PUNCT}])(?<!{GLOSS_END})\s+|\s+(?=[{CJK_PUNCT}])|(?<=[{HAN}])\s+(?![{HAN}])"
    rf"|(?<![{HAN}])(?<!{GLOSS_END})(?<!^0[1-9])\s+(?=[{HAN}])"
)
# A charter's chapter or article label spaced out letter by letter, a chapter's name of single letters after it or not
# (第 一 章  總    則, 第 一 條:, rw1304, rw1326): one space between two Chinese words may part phrases, not these.
SPACED_CHARTER_LABEL = re.compile(
    rf"^(第\s*(?:{CHARTER_NUMBER}|\d{{1,3}})\s*[章条條])(?:\s+([{HAN}](?:\s+[{HAN}])+)$|(?=\s*[：:]?\s*$|\s))"
)
# A hyphen between Chinese characters: anti-scraping's inside a word (民-主, 和-谐), or the page's own between
# phrases (需求评估-方案设计, 老少樂-手工制作); ``_without_scrape_dashes`` tells them apart.
SCRAPE_DASH = re.compile(rf"(?<=[{HAN}])-(?=[{HAN}])")
# A paragraph's indent the encoding lost, each full-width space a question mark (? ? 2月21日下午，…, ？？會上，…), also where
# the page ran its paragraphs into one line, after a sentence's end (…的優秀組織獎。 ?公司文化體育…, rw1861; …序幕。?林小東…, rw835)
LOST_INDENT = re.compile(rf"^(?:[?？]\s*)+(?=[^\s?？])|(?<=[。！])\s*[?？]+\s*(?=[{HAN}])")
SCRAPE_DOT = re.compile(rf"(?<=[{HAN}])\.(?=[{HAN}])")
# A Chinese numeral (第二) with a dot at the start of a clause is an outline marker (分别为：一.工会组织建设方面。二.…), not a
# scrape artifact nor a sentence's end: it takes the full-width dot of the marker form 一．
NUMERAL_DOT = re.compile(rf"(?:^|(?<=[。：；！？:;!?，,\s]))(第?{CN_NUMBER})\.(?=[{HAN}])")
# A site's name stamped at the start of lines: its length, and how many lines it opens at least.
MIN_STAMP_CHARS, MAX_STAMP_CHARS = 4, 12
MIN_STAMPED_LINES = 3
MAX_ADDRESS_DEPTH = 80  # characters into its sentence where a site's line gives its address (``FURNITURE_PATTERNS``)
# A spammer's keyword, a short phrase on a line of its own, that a hijacked page puts inside its sentences: the line above
# ends with a comma and the line under it opens with one (…陪同, / 新竹專業看護 / ,頒獎表揚…, rw1306); ``MIN_KEYWORD_LINES``
# of them at least, as a spammer plants many.
KEYWORD_LINE = re.compile(rf"^[{HAN}A-Za-z0-9]{{2,10}}$")
MIN_KEYWORD_LINES = 2
MARKER_START = re.compile(rf"[\d（(【{CN_DIGITS}⒈-⒛⑴-⒇①-⑳㈠-㈩]")  # a character an outline marker opens with
SITE_WATERMARK = re.compile(
    rf"^(?P<mark>[^，。；！？\s]{{2,20}}[:：]\s*(?:https?://)?www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/?)\s*(?P<rest>[{HAN}].{{8,}})$"
)
# A forum's anti-copy strings: a short run of ASCII letters, digits and symbols after a line's text (…民主政治建设
# Z[]8X@IPe, …联系一个家庭”的活动。 2fu<s^9dh) or on a line of its own (|tF, k0ai#3iJ), a different one on every line. A
# page is stamped so when ``MIN_STAMPED_LINES`` of its lines end in one with a symbol no text writes there ({, <, #, ^…);
# then every such run goes, one of letters and digits only (1ywdcg) too.
# Another mirror stamps runs of one- to three-sign tokens parted by spaces, glued to the text's end or before an entry's
# marker (…的重要一年。- P: D, w7 ~ A, 3 Z3 m8 p8 [9 V! l (一)舉辦…); a colon or comma right after a character is the text's.
# A space is one of the signs it draws from, so two may part two tokens (/ u6 d# B4 u, f  q0 g 晚会在…, rw2131).
ANTI_COPY_RUN = r"[!-~]{1,3}(?:[ \t]+[!-~]{1,3}){3,}"
ANTI_COPY_TAIL = re.compile(
    rf"(?:(?<=\S)[ \t\u3000]+(?P<noise>[!-~](?:[!-~]|[ \t](?=[!-~])){{2,11}}|{ANTI_COPY_RUN})"
    rf"|(?:(?<=[{HAN}])[:;,]?|(?<=[^!-~\s]))(?P<glued>{ANTI_COPY_RUN}))[ \t\u3000]*$"
)
ANTI_COPY_LINE = re.compile(r"^[ \t\u3000]*(?P<noise>[!-~](?:[!-~]|[ \t](?=[!-~])){2,11})[ \t\u3000]*$")
ANTI_COPY_HEAD = re.compile(rf"^[ \t\u3000]*(?P<noise>{ANTI_COPY_RUN})[ \t\u3000]+(?=[^!-~\s]|[(][^!-~\s])")
ANTI_COPY_SYMBOL = re.compile(r"[\[\]{}<>^~\\|#$%@*=;'`?!]")
# A bulletin's issue number glued before the headline (【2023第109期】新乡县总工会学习贯彻…), or a post's view count (6 浏览学校
# 工会活动方案：…, rw1090), or the page's back button before a headline with no stop (返回盐湖区人民医院举行第七届工会“三委”
# 选举大会, rw1366; a sentence that goes back somewhere has its stops): a line of its own.
ISSUE_BEFORE_TITLE = re.compile(
    rf"^(?P<mark>【(?:19|20)\d{{2}}年?第\d{{1,4}}期】|\d{{1,7}}\s*次?(?:浏览|阅读|瀏覽|閱讀)|返回(?=[^，。；！？,;!?]{{8,60}}$))"
    rf"\s*(?P<rest>[{HAN}].{{8,}})$"
)
# A form's sign-off fields glued after the title (…途径计划编制人：[姓名]): the title is a line of its own.
FORM_FIELD_AFTER_TITLE = re.compile(
    r"^(?P<mark>[^，。；！？\s]{4,40}?(?:计划|总结|规划|要点|方案|安排|报告))"
    r"(?P<rest>(?:编制|制定|起草|撰写|编写|审核|批准)(?:人|单位|部门|日期)[：:].*)$"
)
# A notice's title with its addressees after a space (…活动的通知 各乡镇妇联、县直妇委会：): the title is a line of its own.
ADDRESSEES_AFTER_TITLE = re.compile(
    r"^(?P<mark>[^，。；：！？\s]{6,60}?的(?:通知|通[报報]))[ \t\u3000]+(?P<rest>各[^，。；！？\s]{1,40}[：:].*)$"
)
# A one-line page's title, a site's notice and the title again over the text (学校工会工作计划范文范文仅供参考，自行编辑
# 使用学校工会工作计划1一、指导思想…): title, notice and text are lines of their own, each judged as one.
NOTICE_BETWEEN_TITLES = re.compile(
    rf"^(?P<mark>(?P<stem>[^，。；：！？\s]{{4,30}}?(?:计划|总结|要点|方案|安排))[^，。；：！？\s]{{0,4}}?)"
    rf"(?P<notice>[^。！？]{{4,30}}?)(?P<item>(?P=stem)\S{{0,6}}?)(?P<rest>{CN_NUMBER}、.{{20,}})$"
)
# A site's teaser label at a line's start (摘要：…, 导读 …, 【導(dǎo)讀】…): the label is the site's; the line is a teaser when
# what follows the label opens another line of the page (the text's first sentences again), else the text itself.
_G = rf"(?:{PINYIN_GLOSS.pattern})?"
TEASER_WORDS = rf"(?:最佳答案|[导導]{_G}[读讀語语]|(?:本文|文章)?摘{_G}要|[内內]{_G}容{_G}(?:摘{_G}要|提{_G}要))"
TEASER_LABEL = re.compile(
    rf"^\s*(?:【\s*{TEASER_WORDS}{_G}\s*】|[\[［]\s*{TEASER_WORDS}{_G}\s*[\]］]\s*[:：]?|{TEASER_WORDS}{_G}(?:\s*[:：]|\s+))"
    r"\s*(?=\S)"
)
# A site's name and its colon that open its teaser ([摘要]:徐州健康:花香渐浓…, rw1309), before the words the text repeats.
TEASER_SOURCE = re.compile(r"^[^，。；：！？,;:!?\s]{2,8}[:：]")
MIN_TEASER_ECHO = 12  # characters of a teaser that another line of the page must open with
# A document site's numbered page chunk (renrendoc: 1、…, 2、…), long and cut mid-sentence: see _without_page_chunk_numbers
PAGE_CHUNK = re.compile(r"^\s*(\d{1,2})、")
MIN_PAGE_CHUNKS = 2
MIN_PAGE_CHUNK_CHARS = 200
CHUNK_CLOSERS = "。！？；：.!?;:”’）)】》…"
# A site's address in brackets that a copy-protected page inserts inside a sentence: …服务，(wWw.ZK168.com.Cn)反映…
SCRAPE_ADDRESS = re.compile(
    rf"(?<=[{HAN}，,])\s*[（(]\s*(?:https?://)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|cn|net|org)(?:\.cn)?/?\s*[）)]\s*(?=[{HAN}])",
    re.IGNORECASE,
)

# Stamps a document site glues to the text it converts: a notice before the first line (下载后可任意编辑街道2024年…), its
# name and slogan after a paragraph's last sentence, past a space (…做了以下工作: 公文汇,办公文档之家).
# The notice glued straight to the text only: past a space the page repeats its title after it, which the structure
# takes apart (``structure._without_title_repeats``).
# Or its free tag and a year label before the title (免费2024在2024年全市…推进会上的汇报发言, rw1303): no title opens with a
# year that has no 年.
DOWNLOAD_STAMP = re.compile(
    rf"^\s*(?:(?:本文档)?下载后可(?:任意)?编辑|免费(?:19|20)\d{{2}}(?=[{HAN}])(?!年))(?=[^\s，。,.])"
)
SITE_SLOGAN_TAIL = re.compile(
    r"(?<=[。！？：；!?:;])[ \t\u3000]+(?P<slogan>[^\s，。；：！？,.;:!?]{2,8}[,，][^\s，。；：！？,.;:!?]{2,12})\s*$"
)
SLOGAN_WORDS = re.compile(r"文档|文库|范文|之家|网站")
# A newspaper's or a site's dateline with the report's byline, glued before its first sentence (本报讯（记者 郭诗玮 通讯员
# 姚 娜）近日，…), the agency's place and day between (人民网南昌5月12日电（记者时雨）, 深圳新闻网12月29日讯（记者 张凡）):
# the paper's, not the report's; a site's own dateline credits its writer's department and name (本站讯（护理部 李泽远）).
# With the day the site's name may be any (红网时刻1月8日讯（记者 潘锦…）); the paper's own 本报讯 needs no byline
# (本报讯 每年的国际护士节，…); a stray mark before it is the scrape's (\ 本网讯（通讯员…）), so are the three question marks
# an encoding left of a bullet (??? 德州新聞網訊(記者 張睿 通訊員…), rw1260).
# The byline's bracket may be lost before the report's day (本网讯(文/李轶 图/朱明文3月6日下午，…).
# A town's own dateline before the day (沂水讯 8月4日，…), and a paper's in brackets with its reporter (【香港商報網訊】記者何加祺
# 報道：…, either script) are the paper's too, and a site's with its own day before the report's (文明風2月9日訊 2月8日…); a
# 喜讯, 简讯 or 通讯 is the text's word. So are a site's name with its 讯 before a space (中国电力网讯 今年…, 长乐新闻网讯 为改善…),
# one naming the paper and its site and the place (滨州日报/滨州网无棣讯（通讯员王延芬报道）) or its paper in brackets (荆楚网(湖北日报网)讯,
# rw878) or a media centre (岳阳广电全媒体讯（记者 罗先宇）, rw1082), a one-word tag or a news app's in brackets (【特訊】,
# 【點新聞報道】), a reporter's byline ending in 报道 and its colon (通訊員 黃麗 劉腎芳報道:截止9月底，…) and a reporter's credit in
# brackets (〔記者林宜樟/嘉義報導〕, 【News586/總社長孫崇文報導】).
REPORT_DAY = r"(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日"
# A news agency's dateline in brackets, its reporter, place and day (（中央社记者黄淑芳台北二十九日电）, rw992), alone or after a
# site's dateline with its day (【…官网12月29日报导】(中央社记者…电)).
AGENCY_DATELINE = rf"[（(][{HAN}]{{2,6}}社\s*(?:记者|記者)[^（）()]{{2,20}}[电電][）)]"
# A reporter's credit in brackets (〔記者林宜樟/嘉義報導〕, 【亞太新聞網/記者陳逸凡/台中報導】, round ones: (亞洲經濟通訊社/記者王福星報導),
# rw1181), glued before the text or alone on its line; or the reporter and the place reported from, no 報導 (【記者陳楷立/高雄】,
# rw1183).
BRACKETED_REPORT_CREDIT = (
    r"[【〔［\[（(](?:[^【】〔〕［］\[\]（）()]{0,20}(?:[/／]|记者|記者)[^【】〔〕［］\[\]（）()]{0,12}?[报報][导導道]"
    r"|[记記]者[^【】〔〕［］\[\]（）()/／]{2,4}[/／][^【】〔〕［］\[\]（）()/／]{2,6})[】〕］\]）)]"
)
# Or with no bracket: the reporter's name, then the place after a slash or a ◎, the reporter's paper or programme before
# (政治大學永慶房屋公益產學合作校園記者劉姵妡/新北報導, 記者魏永忠◎臺中報導 為迎接…, rw917, rw918), or the paper's name
# before its slash (聯合報／ 記者許凱婷／台北即時報導), alone or before the text.
REPORTER_PLACE_CREDIT = rf"(?:[{HAN}]{{2,8}}\s*[/／]\s*)?[{HAN}]{{0,20}}?[记記]者\s*[{HAN}]{{2,4}}\s*[/／◎]\s*(?:[综綜]合|[{HAN}]{{2,4}})?[报報][导導道]"
# The words that close a reporter's credit for the text and its pictures (□晚报记者 王冬霞 文/图, 记者 张辉 文/摄, 劉琪希 攝).
TEXT_PHOTO_CREDIT = r"(?:文\s*[/／]\s*[图圖摄攝]|[摄攝])"
# A news dateline's byline in brackets: a reporter's credit, a unit and a name, or a bare name (本报讯(陈亮), rw912).
# A mirror's glosses are no brackets of the byline's (臺海網(wǎng)2月23日訊 (海峽導(dǎo)報(bào)記者 錢玲玲 …/圖), rw2201), as they are
# none of the outlet's name.
_BYLINE_CHAR = rf"(?:[^（）()]|{PINYIN_GLOSS.pattern})"
NEWS_BYLINE = (
    rf"[（(](?:{_BYLINE_CHAR}{{0,24}}(?:[记記]者|通[讯訊][员員]|[文图]\s*/){_BYLINE_CHAR}{{0,24}}|[{HAN}]{{2,10}}\s+[{HAN}]{{2,4}}|[{HAN}]{{2,3}}"
    # or the names of three reporters or more, apart by spaces (记者观察网山西4月23日电(栗顺平 宿义 聂启金 李雪波), rw1239)
    rf"|[{HAN}]{{2,4}}(?:\s+[{HAN}]{{2,4}}){{2,5}}"
    # or the reporters' names and the place they report from (本网讯(魏健 杨硕 郑州报道), rw1285)
    rf"|[^（）()]{{2,24}}[报報][道导導])"
    rf"(?:[）)]|(?<=[{HAN}])(?=\d{{1,2}}月\d{{1,2}}日))"
)
NEWS_DATELINE = re.compile(
    rf"^\s*(?:[\\/|□■]\s*|[?？]{{3}}\s+)?(?:"
    # (the outlet's word glossed by a mirror: 武陵源新聞網(wǎng)5月26日訊(通訊員 龍阿林), rw1532)
    rf"(?:[{HAN}]{{2,8}}(?:网|社|台|报)\s*/\s*)?(?:本[报報网網站台]|[{HAN}]{{2,8}}(?:[网網社台报報]|新[闻聞]|媒[体體]){MAYBE_GLOSSED}(?:[（(][{HAN}]{{2,8}}[网社台报][）)])?)"
    rf"(?:[{HAN}]{{0,4}}?(?:\d{{1,2}}月\d{{1,2}}[日月])?)?(?<![喜简通资快短捷])\s*[讯訊电電]\s*{NEWS_BYLINE}"
    rf"|[{HAN}]{{2,8}}?\d{{1,2}}月\d{{1,2}}日\s*[讯电]\s*{NEWS_BYLINE}"
    # a news agency's place and day with no byline (新華社北京9月12日電 第50屆…, rw1085)
    # or a site's (中新网安徽新闻8月18日电 2023年8月17日,…, rw1261)
    rf"|[{HAN}]{{2,6}}[社网網][{HAN}]{{2,6}}\d{{1,2}}月\d{{1,2}}日[电電](?=\s)"
    # a site's channel (山西新闻网长治频道讯, rw959), a county's media centre (宿松融媒訊, rw950)
    # or before its colon (山东新闻网讯:1月8日，…, rw1124)
    # its name glossed by a mirror (梧州工會(huì)網(wǎng)訊 2014年1月，…)
    # and the reporter's credit after it with no bracket (本报讯 记者李国峰报道 近日,…, rw1442)
    rf"|(?:本[报報网網站台]{MAYBE_GLOSSED}|(?:[{HAN}]{MAYBE_GLOSSED}){{2,8}}(?:[网網报報社台]{MAYBE_GLOSSED}(?:[{HAN}]{{2,6}}[频頻]道)?|融媒(?:[体體](?:中心)?)?))[讯訊](?:\s*[：:]|(?=\s))"
    rf"(?:\s*(?:[记記]者|通[讯訊][员員])\s*[{HAN}]{{2,4}}(?:\s+[{HAN}]{{2,4}})*\s*[报報][道导導](?=\s))?"
    # or the channel alone before its colon, the site's name before it (全程導醫網 徐礦總院頻道:3月7日下午,…, rw1308)
    rf"|[{HAN}]{{2,8}}[网網]\s*[{HAN}]{{2,8}}[频頻]道\s*[：:]"
    rf"|{BRACKETED_REPORT_CREDIT}|{REPORTER_PLACE_CREDIT}(?=\s+\S.{{10}})"  # before a text, not a word (…/台南報導 報導)
    # or the reporter's credit for the text and its pictures, no place (记者 张辉 文/摄 为迎接…, rw2104), as it stands alone
    rf"|(?:[记記]者|通[讯訊][员員])\s*[{HAN}]{{2,4}}(?:\s+[{HAN}]{{2,4}})*\s*{TEXT_PHOTO_CREDIT}(?=\s+\S.{{10}})"
    rf"|[{HAN}]{{2,6}}(?<![喜简通资快短捷])讯\s*(?={REPORT_DAY})"
    # a site's dateline with its own day, a mirror's glosses in its name (文明風(fēng)2月9日訊 2月8日上午，…, rw781)
    rf"|(?:[{HAN}]{MAYBE_GLOSSED}){{2,6}}\d{{1,2}}月\d{{1,2}}日\s*[讯訊]\s*(?={REPORT_DAY})"
    # or a news site's, its name ending in 网 or 报, before the text past a space (晋江新闻网11月25日讯 昨日下午,…, rw1377)
    rf"|[{HAN}]{{2,8}}[网網报報]\d{{1,2}}月\d{{1,2}}日\s*[讯訊](?=\s)"
    # or its name alone, no 讯, before the lead's first clause past a space (中国发展网 春节来临之际，…, rw1654), an online
    # outlet's too, its 消息 after the place or not (烟草在线雷山消息 为丰富…，…, rw2028), or any outlet's name and its
    # 消息, the dateline's word as 讯 is (烟草市场消息 近日,…, rw2337; 四川新闻网消息, 【本報消息】)
    rf"|[{HAN}]{{2,8}}(?:(?:[网網]|在[线線])(?:[{HAN}]{{0,4}}消息)?|(?<![好喜坏壞新])消息)(?=[ \t\u3000]+\S[^。！？]{{4,}}[，,])"
    # or the online outlet's name, no 讯, before its byline in brackets (宁德蕉城在线(周思颖 叶惠玉 叶成豪)为庆祝…, rw2477), as a
    # paper's name stands before one (中国新报(通讯员 胡伟雄)为活跃…, rw1353) and a 讯 does (本报讯(陈亮), rw912)
    rf"|[{HAN}]{{2,8}}(?:[网網]|在[线線]){MAYBE_GLOSSED}\s*{NEWS_BYLINE}"
    # (a named outlet's 快讯 in brackets too: 【企媒创氪快讯】金秋送爽,…, rw1314; a paper's own 消息: 【本報消息】街總主辦的…, rw1707;
    # or an online outlet's name alone in them, as it stands alone before the lead above: 【連網】3月5日是…, rw2390)
    rf"|【(?:[{HAN}]{{1,10}}(?<![【喜简通资快短捷])[讯訊]|[{HAN}]{{1,8}}[网網]|本[报報网網]消息|[{HAN}]{{2,8}}快[讯訊]|[{HAN}]{{2,10}}[报報][道导導]|[{HAN}]{{2,14}}\d{{1,2}}月\d{{1,2}}日[报報][道导導])】"
    rf"\s*(?:[记記]者\s*[{HAN}]{{2,4}}?\s*(?:[报報][道导導]\s*[：:]?|[：:])|{AGENCY_DATELINE})?"
    rf"|{AGENCY_DATELINE}"
    # (its paper's tag before it or not: 本报讯通讯员王英华报道:继2013年…)
    rf"|(?:(?:本报|本報|本网|本網)[讯訊]\s*)?(?:[记記]者|通[讯訊][员員])(?:\s*[{HAN}]{{2,4}}){{1,4}}?\s*[报報][道导導]\s*[：:])\s*(?=\S)"
)
# An aggregator's reprint may put the report's last paragraph first, its dateline and byline then inside the line after a
# sentence (…为医院高质量发展凝聚合力。 本报讯 (记者 刘欣欣) 连日来,…, rw985): the paper's all the same.
NEWS_DATELINE_IN_LINE = re.compile(
    rf"(?<=[。！？])\s*(?:本报|本网|本站|本台|[{HAN}]{{2,8}}(?:网|報|报|台))[讯訊]\s*{NEWS_BYLINE}\s*(?=\S)"
)
# A post's stamp the page glued before the text's first sentence (發布日期:2022-05-23 2022年5月20日下午,…拉開了序幕。): the
# page's, the sentence the report's, the line running to its end or cut by the page (…為進, rw385); a stamp alone, or before
# a headline, is the page's whole (``FURNITURE_PATTERNS``).
POST_STAMP_BEFORE_TEXT = re.compile(
    rf"^\s*{POST_STAMP_LABEL}\s*[：:]?\s*\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?"
    r"\s+(?=\S[^。！？!?]{11,}[。！？!?])"
)
# A page's widget label the scrape glued before the text's first sentence (微信公众号 2月10日，…召开…座谈会，…): the page's
# way to follow it, the sentence the report's.
# A 范文 site's preview label glued before the text it shows (• 范文预览:医院建设…先进事迹基本情况:我院…, rw1789; alone on its
# line, 内容预览:, rw1470): the page's, the text the document's, cut or not.
WIDGET_BEFORE_TEXT = re.compile(
    r"^\s*(?:(?:微信公众号|官方微信|手机版|手机端|二维码)\s+(?=\S.{11,}[。！？!?]\s*$)"
    r"|(?:范文|内容|文章|文档|全文)?预览\s*[:：]\s*(?=\S.{11,}))"
)
# Or a page's field, its label and its one value, glued before the text's first sentence past a space (標籤: 新北報導
# 為擴大培力…，…表揚…。): the page's tag, the sentence the report's.
# A source in brackets before it ((来源:劳动午报) 垂杨柳医院工会相关负责人表示,…, rw985) is the page's too.
FIELD_BEFORE_TEXT = re.compile(
    r"^\s*(?:(?:标签|標籤|关键[词字]|關鍵[詞字]|来源|來源)\s*[：:]\s*[^\s，。；！？,;!?]{1,20}\s+"
    # the source in brackets, corner or square ones too (「本文来源：工人日报」, rw1555)
    r"|[（(「【](?:本文)?(?:来源|來源)\s*[：:]\s*[^\s（）()「」【】，。；！？,;!?]{1,20}[）)」】]\s*"
    # then, or alone, the reporters' and correspondents' names glued before the report's day with no bracket (工人日报客户端
    # 记者田国垒通讯员刘家龙葛红普1月6日上午，…, rw1555)
    rf"|(?:[{HAN}]{{2,8}}(?:报|報|网|網)(?:客户端)?)?(?:记者|記者)[{HAN}]{{2,9}}?(?:通讯员|通訊員)[{HAN}]{{2,9}}?"
    r"(?=\d{1,2}月\d{1,2}日)"
    # or the reporter's byline in brackets, its role word before the names ((通讯员 黄金鹤)3 月29日上午，…, rw1126), the
    # paper's name before it with no 讯 (中国新报(通讯员 胡伟雄)为活跃身心、…, rw1353)
    rf"|(?:[{HAN}]{{2,8}}(?:报|報|网|網))?[（(](?:通讯员|通訊員|记者|記者)\s*[：:]?\s*[^\s（）()，。；！？,;!?]{{2,4}}(?:[\s、]+[^\s（）()，。；！？,;!?]{{2,4}}){{0,3}}[）)]\s*"
    # or the writers' names alone in brackets, two or more spaced apart, a surname opening the first, a stray brace of the
    # scrape after it or not (【林慧卿 晓晓】}适逢虎年元宵佳节,…, rw1837), as a byline of names closes a report ((黃計璇 王舒平), rw771)
    rf"|[【（(][{''.join(sorted(SURNAMES))}][{HAN}]{{1,2}}(?:\s+[{HAN}]{{2,3}}){{1,3}}[】）)][}}｝]?\s*)+"
    r"(?=[^\s。！？][^。！？]{11,}[。！？])"
)
# Or a record's number, the first cell of a platform's table row (编号 | 2019067447 | 服务区域 | 黄河路街道 |, a volunteer
# platform's record, rw2400, rw2261): the platform's id for its page, as a document site's 文档编号 is (rw410, rw2152); the
# row's other cells stay.
RECORD_NUMBER_CELL = re.compile(r"^\s*编号\s*[|｜]\s*\d{6,}\s*[|｜]\s*(?=\S)")
# Or a column's English name glued before the report's day (News7月26日下午，…): the page's label, no word of the report.
LATIN_LABEL_BEFORE_DAY = re.compile(r"^\s*[A-Z][A-Za-z]{2,11}\s*(?=(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日)")
# Or a stamp of the post's date, its source and its views (2024-12-15来源：医药卫生网医药卫生报 浏览：次), the report's dateline
# after it (医药卫生网讯（记者…）): both the page's.
# Or the post's date alone, glued to the report's first sentence (2014-01-16我校支部按上级党委要求，…): a text writes its
# dates out; a date that opens a span (2023-10-15至10月20日，…) is the text's all the same.
# A label in Latin letters may open it (date 2025-10-28 為迎接重陽節到來，…, rw765), its day left out or not (date 2024-05
# 每年5月12日…, rw1114), a picture's caption marked by its ▲ after it (date 2026-01-30 ▲院長…向民眾拜早年。, rw1161); so
# labelled, the stamp is the page's before its headline too (date 2025-10-05 宋芝齡中秋節前夕銅鑼灣探長者 率義工團…, rw1867): a
# text dates nothing under a Latin label.
POST_DATE_BEFORE_TEXT = re.compile(
    rf"^\s*(?:[A-Za-z]{{2,8}}\s*[:：]?\s*\d{{4}}-\d{{1,2}}(?:-\d{{1,2}})?\s*(?=▲?[{HAN}][^。！？]{{4,}})"
    rf"|\d{{4}}-\d{{1,2}}-\d{{1,2}}\s*(?![至到起])(?=▲?[{HAN}][^。！？]{{4,}}[，。]))"
)
# A table's bar after the text's last sentence (…得到推广。 |): the page's layout; so is a share widget's label there (…向心力和
# 凝聚力。 分享到:, rw1026).
WIDGET_AFTER_SENTENCE = re.compile(r"(?<=[。！？])\s*(?:[|｜]|分享到\s*[：:]?)\s*$")
# The post's date stamped after the text's last sentence (…積極守護勞權付出貢獻。2023/04/22, rw1183): a text writes its own
# dates out, a site stamps its posts with slashes or dashes.
POST_DATE_AFTER_SENTENCE = re.compile(r"(?<=[。！？])\s*(?:19|20)\d{2}([-/])\d{1,2}\1\d{1,2}\s*$")
# So is a table's bar after a space closing a line with no other bar, no table's row nor a cell of a column of them
# (…急救全过程展示 |, 会议现场 |, rw1199, rw1222).
BAR_AFTER_TEXT = re.compile(r"^(?P<text>[^|｜]*[^|｜\s])\s+(?P<bar>[|｜])\s*$")
# A source glued after the text's last sentence, the site's cut mark after it or not (…守护人民群众健康。 转自:劳动午报 ...,
# rw985), or a photo's credit after a slash (…送去清凉慰问。/ 德庆 供图, …800多人。/ 杨诗勇 摄, rw1219): the page's.
SOURCE_AFTER_SENTENCE = re.compile(
    r"(?<=[。！？])\s*(?:(?:转自|來源|来源)\s*[：:]\s*[^。！？\s]{1,20}(?:\s*(?:\.{3,}|…+))?"
    rf"|/\s*[{HAN}]{{2,8}}\s*(?:供图|供圖|摄|攝))\s*$"
)
SOURCE_STAMP_BEFORE_TEXT = re.compile(
    r"^\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*来源[：:][^，。！？]{1,30}?浏览[：:]\s*\d*\s*次\s*"
)

# A breadcrumb the page glued to the text's first sentence (當前位置:首頁>新聞中心>新聞動態為了把…圓滿結束。): the crumbs, then
# the text. Its last crumb ends where a column's name ends: one the page writes on a line of its own (新聞動態 over the
# breadcrumb), else a column word.
GLUED_BREADCRUMB = re.compile(r"^(?P<crumbs>[^，。；！？,;!?]{2,60}[>＞»])\s*(?P<rest>[^>＞»]{12,}[。！？!?])$")
MAX_CRUMB_CHARS = 12
# The least a breadcrumb's last crumb holds to be the headline a later line repeats, not a column's name.
MIN_CRUMB_HEADLINE_CHARS = 8
# A news desk's or a writer's name glued to the post's day (福爾摩沙編採中心2025 年 5 月 2 日): a byline, above the text.
DESK_DAY = re.compile(rf"[{HAN}]{{2,12}}\s*{POST_DAY.pattern}")

# The day a byline's report was sent, after its credit: （党总支供稿 2010.10.29）.
SENT_ON = r"(?:\s*(?:19|20)\d{2}[.\-/年]\d{1,2}[.\-/月]\d{1,2}日?)?"
# A news report's byline in brackets, a line of its own: with a role word (（记者 张三 通讯员 李四）, after a role and a colon
# the unit that sent the report: （供稿：市统计局机关工会 欧阳志奇）, before a later name: (霍同长 特约通讯员:凤维建), rw1044)
# wherever it stands,
# a bare name (（曲姗姗）, letter-spaced: （淮 宣）, after its unit and a dash: (乐雅社工——熊福如), rw929; names parted by a comma
# as by 、: (程功,深户), rw1811) only as the file's last line after a finished sentence (a title's （试行） stands under it).
# After a role and a space, the unit that sent it and its writers' names, a credit word closing it ((图文 护理工作部 荆朝侠 张淑林
# 提供), rw1163).
# The posts that qualify an article's writer after the name (主任, 秘书长, 资深律师, 教授): an expert's byline.
WRITER_POSTS = "主任|院长|所长|秘书长|理事长|律师|教授|研究员|医师|护理师|护士长|博士|顾问"
# (a writer's unit, (作者单位:农垦牡丹江管理局党委组织, rw1590: the excerpt cut it), is the writer's credit)
BYLINE_ROLES = "记者|通讯员|信息员|作者|作者单位|图文|文|图|摄影|供稿|编辑|责任编辑|责编|审核|来源"
# (a college's department or school too: (涉外护理系), rw1477; a government's bureau and the working group it sends,
# (青岛市即墨区发展改革局、大兰家庄村工作组 刘松、苗安顺), rw1654)
UNIT_WORD = "办事处|工会|医院|委员会|党委|支部|街道|社区|学校|学院|公司|中心|办公室|工作组|小组|部|处|办|委|局|系"
BYLINE = re.compile(
    rf"^[（(]\s*(?P<role>(?:{BYLINE_ROLES})\s*(?:(?P<colon>[:：])|/)?\s*)?"
    rf"(?(colon)[{HAN}]{{2,16}}|(?:[{HAN}]{{2,4}}|[{HAN}]\s[{HAN}]|[{HAN}]{{1,10}}(?:{UNIT_WORD})))"
    rf"(?:\s*(?:[、/ ，,]|—{{1,2}}|(?P<later>[{HAN}]{{0,2}}(?:{BYLINE_ROLES})\s*[:：]?))\s*(?!供稿)[{HAN}]{{2,4}})*"
    rf"\s*(?P<credit>供稿|摄|文字|撰稿|提供)?{SENT_ON}\s*[）)]$"
)
# A credit's role before its slash (文/…, 照片/…, 審稿/…), several apart by 、 (圖片、匯總、編輯/…), a newsroom's review round
# with its proofreading (初审初校/郝娜, 复审复校/…, 终审终校/…, rw1217)
CREDIT_ROLE = rf"(?:{BYLINE_ROLES}|照片|图片|信息提供|审稿|审校|校对|汇总|[初复终一二三]审[初复终一二三]校)"
CREDIT_ROLES = rf"{CREDIT_ROLE}(?:、{CREDIT_ROLE})*"
CREDIT_SLASH = "[/／丨|｜]"  # between a credit's role and its name
# Or a photo's credit in brackets after the last sentence, the picture lost ((圖/嘉義縣政府提供), rw1031).
PHOTO_CREDIT = re.compile(rf"^[（(]\s*(?:图|照片|图片)\s*/\s*[{HAN}]{{2,16}}?(?:提供|摄)?\s*[）)]$")
# Or the credits of a report in brackets, each role with its colon: （其他作者：唐虹；图片：刘娟；荐稿：顾怡蓉）.
CREDIT_FIELD = rf"[{HAN}]{{0,4}}(?:{BYLINE_ROLES}|图片|荐稿|审稿|[初复终]审人?)\s*[:：]\s*[{HAN}]{{2,16}}(?:\s*[、/ ]\s*[{HAN}]{{2,4}})*"
CREDITS = re.compile(rf"^[（(]\s*{CREDIT_FIELD}(?:\s*[;；，, ]\s*{CREDIT_FIELD})+\s*[）)]$")
# A table cell's bar may close it: …做了安排。（淮 宣）|
# A page that lost the last sentence's stop glues it after a closing quote (…的“娘家人”(黃計璇 王舒平), rw771): a byline of two
# names or of a unit and a name there. A mirror's pinyin glosses may stand inside it ((黨委辦公室 陳運(yùn)鈞 劉心), rw1129).
BYLINE_AFTER_SENTENCE = re.compile(
    r"(?:(?<=[。！？])|(?<=[”」])(?=[（(][^（()）\s]{2,12}\s+[^（()）\s]{2,4}[）)]))"
    rf"[（(](?:[^（()）]|{PINYIN_GLOSS.pattern}){{2,32}}[）)](?=\s*\|?\s*$)"
)
# The unit that sent the report, in brackets under its last sentence (（沙湾街道办事处）, （区总社办公室撰稿）, （集团人资部）,
# a short name: （黨政辦）, （局直妇工委）, rw961, rw982), or the units that did, spaced apart ((工会  计划生育办公室), rw1025), its
# writers' names after it or not ((黨委辦公室 陳運鈞 劉心), rw1129), one name glued to it ((制造部李玲), rw1272) or after a colon
# ((中国人寿泉州市鲤城区支公司:陈晓东), rw1633), the name letter-spaced ((人力資源部 袁 姣), rw1573), the names parted by 、 (…工作组
# 刘松、苗安顺), rw1654): a byline as a bare name is.
UNIT_BYLINE = re.compile(
    rf"^[（(](?:[{HAN}]{{2,12}}(?:{UNIT_WORD})|(?:[{HAN}]{{0,12}}(?:{UNIT_WORD})[\s、]+)+[{HAN}]{{0,12}}(?:{UNIT_WORD}))"
    rf"(?:撰稿|供稿)?(?:\s+(?:[{HAN}]{{2,4}}|[{HAN}]\s[{HAN}])(?:[\s、]+(?:[{HAN}]{{2,4}}|[{HAN}]\s[{HAN}])){{0,2}}|\s*[：:]\s*[{HAN}]{{2,4}}|[{''.join(sorted(SURNAMES))}][{HAN}]{{1,2}})?[）)]$"
)
# A byline under the last sentence whose characters the page's encoding lost to question marks: its opening bracket and
# unit garbled (…保駕護航？。ㄐ麄骺？李銳)), or its name, the excerpt cutting its closing bracket (…目標任務。？(工會辦？？江).
GARBLED_BYLINE = re.compile(
    rf"(?:^|(?<=[。！？]))(?:[^。！？，（()）\s]{{1,6}}[?？][{HAN}]{{2,4}}[)）]"
    rf"|[?？\s]*[（(][{HAN}]{{2,12}}\s*[?？]+[{HAN}]{{0,3}}[）)]?)$"
)
# A byline the excerpt cut after its first characters, after the last sentence (…優秀組織獎”。( 张, rw739) or on its own line
# under it, the writers' names spaced apart ((徐宣  徐纪): not an outline's marker (（一, （1); or a credit's role and its slash
# or its colon before the cut, whatever follows them ((文/辦公室 黃庭芳;公(gong)司工(, rw1616; (作者单位:农垦牡丹江管理局党委组织, rw1590),
# or the unit that sent the report, as ``UNIT_BYLINE`` names it, cut after it or a few characters on ((嘉莲街道莲西社区工会联合会, rw1921),
# or after its writers' names and the next unit, parted by spaces or 、 as there ((市总新闻宣传中心 李剑婷、市职工服务中心, rw2282).
CUT_BYLINE = re.compile(
    rf"(?:^|(?<=[。！？”]))\s*[（(]\s*(?:(?![{CN_DIGITS}\d])[{HAN}]{{1,3}}(?:\s+[{HAN}]{{2,3}})*"
    rf"|(?:{CREDIT_ROLES})\s*(?:{CREDIT_SLASH}|[:：])[^。！？]*"
    rf"|[{HAN}]{{2,12}}(?:{UNIT_WORD})[{HAN}]{{0,4}}(?:[\s、]+[{HAN}]{{2,12}})*)$"
)
# The writers' names, two at least, after the last sentence without brackets (…的总体提升。 黄刚毅 曾建湘, rw965; the
# space after the stop is cleaned away): each a common surname and one or two characters, a space between.
NAMES_AFTER_SENTENCE = re.compile(
    rf"(?<=[。！？])[ \t\u3000]*(?:[{''.join(sorted(SURNAMES))}][{HAN}]{{1,2}}[ \t\u3000]+)+[{''.join(sorted(SURNAMES))}][{HAN}]{{1,2}}\s*$"
)
# A headline under a report's last line, its byline glued to it (``_is_headline_after``).
MIN_NEXT_HEADLINE_CHARS, MAX_NEXT_HEADLINE_CHARS = 6, 40
NOT_A_NAME = re.compile(r"[（(](?:盖章|签字|签名|公章|印章|完)[）)]")  # a form's slot, the end mark

# Half-width punctuation next to Chinese text and its full-width form.
_WIDE = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", ".": "。"}
HALF_PUNCT_AFTER_HAN = re.compile(
    rf"(?<=[{HAN}{CJK_PUNCT}])([,;:!?])|(?<=[{HAN}])(\.)(?!\d|{FILE_EXTENSION}(?![A-Za-z0-9]))"
)  # a file's name's dot stays
# A dot between Chinese characters inside a pair of brackets or quotes parts the words of a name or an aside, as a middle
# dot does, and stays ((含理事.監事當選人與票數), “蜕变.化茧成蝶”, 「迎香港回歸20周年.促工會發展再上台階」); so does one before
# 与 or 及 joining the next word to the last (財報上年度決算.與下年度預算表, rw1436) in a line that writes no clause with a
# half-width mark (no comma, semicolon, nor a dot ending a clause: …全年工会工作.要充分体现…,有效发挥作用. ends sentences).
# Elsewhere it may be a wrapped sentence's end (…政治文明的论述.加强对职工的教育和引导工, rw215) and is widened.
HALF_CLAUSE_MARK = re.compile(rf"[,;!?]|(?<=[{HAN}])\.(?![{HAN}\d])")
WORD_DOT = re.compile(rf"(?<=[{HAN}])\.(?=[{HAN}])")
JOINING_WORD = re.compile(r"[与與](?![会會])|及(?![时時早])")
# A dot in an item of a list its line numbers with one-character numbers (①机关.肿瘤②内科.外科③…, rw2175) parts the item's
# names as in brackets: the item runs from its number, words alone, to the dot.
LIST_ITEM_BEFORE_DOT = re.compile(rf"[{NUMBER_GLYPHS}][{HAN}]{{1,8}}$")
MIN_LIST_NUMBERS = 2
OPENERS, CLOSERS_OF = "(（“「《〈", {"(": ")", "（": "）", "“": "”", "「": "」", "《": "》", "〈": "〉"}
# Three dots or more after Chinese (…旅遊及文..., a site's list cutting each post's teaser, rw1064): an ellipsis, no full
# stop and two dots.
ASCII_ELLIPSIS = re.compile(rf"(?<=[{HAN}])[ \t]*\.{{3,}}")
HALF_PUNCT_BEFORE_HAN = re.compile(rf"(?<![\d\w])([,;!?])(?=[{HAN}])|(?<=[\d\w”\"])([,;])(?=[{HAN}“‘（《\"])")
PAREN_WITH_HAN = re.compile(rf"\(([^()]*[{HAN}][^()]*)\)")
LEADING_PAREN_NUMBER = re.compile(r"^\((\d{1,2})\)")
ASCII_QUOTE = re.compile(r'"')
# A comma right after a sentence's stop (…的骨干作用。 / ,女職工委員會要…, rw1783: the page lost the words between): no
# sentence goes on after its stop, the comma is the scrape's.
STRAY_COMMA = re.compile(r"(?<=。)[，,]")
# A curly opening quote closed by a straight one (English website, “Focus Taiwan" ?, rw923): a closed quote, which leaves
# the line open to nothing.
MIXED_QUOTE = re.compile(r'“[^“”"]*"')

TERMINAL = "。！？；：…!?;:"
CLOSERS = "”’）》」』】)"
NON_INITIAL = "，。、；：！？）》」』】”’,.;:!?)吧呢吗啊呀"
# A news page's credit label with its value on the next line (编辑:, 责任编辑:, 审核:)
CREDIT_LABEL_END = re.compile(r"(?:编辑|审核|审稿|责编|校对|记者|通讯员|摄影|供稿|撰稿|签发|[初复终]审)[:：]\s*$")
# A word of Latin letters alone (image, News): a picture's or a menu's label, never the broken-off end of a Chinese line
LATIN_WORD = re.compile(r"^[A-Za-z]+$")
WRAP_SLACK = 1.25
# A line that opens with the site's home link (首页医学教育校园动态北京大学医学部, rw321): its navigation, which wraps into
# nothing (the headline under it stays a line of its own)
HOME_LINK = re.compile(r"^(?:网站)?首页")
# A row of a site's links parted by bars, three at least, no clause of prose (新使用者？註冊|會員登入|…|店家立即加入, rw756),
# or by spaces (``MENU_ROW``): it wraps into nothing and takes nothing in
BAR_ROW = re.compile(r"^(?:[^|｜，。；]*[|｜]){3}[^，。；]*$")
# A cell of a page's layout table left empty between bars (``_split_table_row``), and a bar with the spaces around it.
EMPTY_CELL = re.compile(r"[|｜]\s*[|｜]")
# A widget's brackets holding only bars, its choices lost (文本大小:【 |  | 】 【打印, rw1788's font size): no table's cells.
EMPTY_WIDGET = re.compile(r"[【\[]\s*(?:[|｜]\s*)+[】\]]")
TABLE_BAR = re.compile(r"\s*[|｜]\s*")
MIN_REPEATED_CHARS = 4  # of a line that repeats the end of the one above (a headline again), not a word's end
MAX_SIBLING_DISTANCE = 40  # lines between an entry and the one before it of its family
# A field's label alone on a line (字号：, 浏览次数：): a page's widget or a form's field, never a wrapped sentence's end.
FIELD_LABEL = label_alone(*FIELD_LABEL_CHARS)
# A label alone with its colon, longer than a field's (单人徒手心肺复苏比赛：, 活動內容及流程：): under a field, the next part's
NEXT_PART_LABEL = label_alone(*PART_LABEL_CHARS)
# The second part of a title, wrapped onto a line of its own: 暨…, 及… (not 及时, 及早), short
TITLE_SECOND_PART = re.compile(r"^(?:暨|及(?![时早]))[^，。；！？,;!?]{2,20}$")
# A date's number and its unit apart at a hard wrap (…會員代表大會已於105 / 年01月09日假竹北婦幼館…, rw1528): a line of text
# ending on digits, the next opening on the unit and the date's next number; no line of its own starts so
DATE_UNIT_WRAP = (re.compile(rf"[{HAN}][^{HAN}]{{0,3}}\d+$"), re.compile(r"^(?:年度?|月份?)\d"))
# Words a paragraph opens with, never a wrapped sentence's rest: an enumeration's, a connective, a day told as a news
# item's first clause (2023年1月29日，武汉市武昌医院召开…: under its headline, rw558)
PARAGRAPH_STARTERS = re.compile(
    r"^(一是|二是|三是|四是|五是|首先|其次|再次|最后|总之|同时|另外|此外"
    r"|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:[上下]午|晚上?)?[，,])"
)


# A post's date and its credits after it, the writer's unit and name and the credit's word (2013-08-07宣传科 宣传科 刘家琨
# 摄): the page's stamp under a headline.
POST_CREDIT = rf"\d{{4}}-\d{{1,2}}-\d{{1,2}}\s*[{HAN}\s]{{0,24}}?[{HAN}]\s*(?:摄影?|供稿|撰稿|文\s*/\s*图)"
# A one-line page: its headline, that stamp, then the text (护理部举行2013年护理技能竞赛 2013-08-07宣传科 宣传科 刘家琨 摄为
# “病人”扎针…): three lines, each judged as one.
POST_CREDIT_IN_LINE = re.compile(rf"^(?P<mark>[^，。；！？\s]{{6,40}})\s+(?P<stamp>{POST_CREDIT})(?P<rest>\S.{{20,}})$")
# Or the post's date alone after its headline past a space (区国动办机关党支部召开2023年度主题教育专题组织生活会 2024-01-20, rw1095):
# two lines, the date the page's. Or its stamp's label glued to a headline of ten characters at least (绽放女性风采,共庆三八妇女节时间:2024-03-13,
# rw1255): a field of a text is named shorter (报名截止时间:…) and its day written out.
DATE_LABEL = rf"(?:{POST_STAMP_LABEL}|时间|日期)"
POST_DATE_AFTER_HEADLINE = re.compile(
    rf"^(?P<mark>[^，。；！？\s]{{6,40}}?)(?:\s+|(?<=\S{{10}})(?={DATE_LABEL}[：:]))"
    rf"(?P<rest>(?:{DATE_LABEL}[：:]\s*)?\d{{4}}-\d{{1,2}}-\d{{1,2}}(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?)\s*$"
)
# Or a page's title before the first item's title past a space, the item naming what the page names, its label after it
# (收費站工會換屆工作報告 工會換屆工作報告篇一, rw1067): two lines, the page's title the collection's.
TITLE_BEFORE_ITEM_TITLE = re.compile(r"^(?P<mark>[^，。；！？\s]{4,40})\s+(?P<rest>[^，。；！？\s]{4,40})$")
# A post's tags (#民生醫院 #小港, rw1403; #勞動權益#, rw1516; #话题#), a line of their own the page's column, or after its headline
# past a space (…迎春职工趣味运动会 #网络中国节·春节#, rw2286): two lines, the tags the page's.
POST_TAGS = r"(?:#[^#\s，。；！？]{2,30}#?\s*)+"
TAGS_AFTER_HEADLINE = re.compile(rf"^(?P<mark>[^#。；！？]{{6,60}}?)\s+(?P<rest>{POST_TAGS})$")
# Or the post's fields in brackets between the headline and the text ([ 作者:戴云东 點(diǎn)擊數(shù):510 更新時(shí)間:2025/03/11], rw975):
# two fields at least, each a label, its colon and one value; or its stamp without brackets (``POST_STAMP_IN_LINE``),
# its day and time, the empty fields and widgets after it (发布时间:2018-01-16 17:42:46 本文来源: 分享到:, rw1026), or a day and a
# time with no label (…台鐵駁認知錯誤 2025.07.17 13:40 台鐵董事長…, rw1174), the headline spaced in parts or not. Split off when
# the stamp is furniture (``junk_reason``).
POST_FIELDS_IN_LINE = re.compile(
    r"^(?P<mark>[^，。；！？\s\[【［]{6,40}?)\s*(?P<stamp>[\[【［]\s*(?:[^\s：:\[\]【】［］]{2,16}[：:]\s*[^\s\[\]【】［］]{1,20}\s*){2,}[\]】］])"
    r"\s*(?P<rest>\S.{20,})$"
)
CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?"
# A news portal's tags before a one-line page's headline: the source and the paper's section it files the report in
# (台鐵企業工會 生活 修章程總經理「免軌道背景?」 台鐵駁認知錯誤 2025.07.17 13:40 …, rw1174): a line of their own, the page's.
NEWS_SECTION = r"生活|社[会會]|政治|[财財][经經]|[国國][际際]|地方|[体體]育|娱[乐樂]|科技|健康|教育|文化"
# The source a name of Chinese words, no part's number (第一部分 文化 is a heading).
SECTION_TAGS = rf"(?!第)[{HAN}]{{3,12}}\s+(?:{NEWS_SECTION})"
SECTION_TAGS_BEFORE_HEADLINE = re.compile(rf"^(?P<tags>{SECTION_TAGS})\s+(?P<headline>[^\s，。；！？].{{5,}})$")
POST_STAMP_IN_LINE = re.compile(
    r"^(?P<mark>[^，。；！？\s\[【［][^，。；！？\[【［]{4,60}?[^，。；！？\s])"
    # past a space, or its label glued to a headline of ten characters at least, as ``POST_DATE_AFTER_HEADLINE`` reads
    # it (护理世界健康“5.12”国际护士节发表时间:2020-05-27 21:15 国际护士会…。, rw2252)
    rf"(?:\s+|(?<=\S{{10}})(?={POST_STAMP_LABEL}\s*[：:]))"
    rf"(?P<stamp>(?:{POST_STAMP_LABEL}\s*[：:]\s*\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}(?!\d)(?:\s+{CLOCK})?"
    rf"|\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}\s+{CLOCK}"
    # or its day alone before the report's credit in brackets (…籲總統出面協助復職 2018-06-21 【外勞社記者…臺北報導】桃園市…)
    rf"|\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}(?=\s*{BRACKETED_REPORT_CREDIT}))"
    r"(?:\s*[^\s：:，。；！？\d][^\s：:，。；！？]{1,5}[：:])*)\s*"
    rf"(?P<rest>\S[^。！？]{{10,}}[。！？].*|(?={BRACKETED_REPORT_CREDIT}).{{12,}})$"
)
# Or a view counter glued after the headline, the post's date after it (有所乐、有所为——我院开展丰富多彩的重阳节活动查看人次:834
# 发布日期:2022-10-05 4日是…): headline, stamp and text.
VIEW_COUNT_IN_LINE = re.compile(
    r"^(?P<mark>[^，。；！？\s][^，。；！？]{5,60}?)"
    rf"(?P<stamp>(?:查看人次|浏览次数|阅读次数|点击数|浏览量)[：:]\s*\d+\s*{POST_STAMP_LABEL}[：:]\s*\d{{4}}-\d{{1,2}}-\d{{1,2}})"
    r"\s*(?P<rest>\S.{10,})$"
)
# A post's stamp after its headline on the headline's line (``_stamp_after_headline``): a day written in digits alone
# (2024.01.20, [2024-01-20], 2024年01月20日 09:12) or a view counter (浏览量：1234) is one, as what the rules judge a stamp
# alone is; it may start past a space, at an opening square bracket, at a day in digits closing the line (…组织生活会
# 2024-01-20) or at a post's field label glued to the headline (…组织生活会来源：区国动办); not at a round bracket, where a
# headline gives its event's day (…国际劳动妇女节活动(2007.4.5), rw1025).
DAY_IN_DIGITS = r"(?:19|20)\d{2}(?:([-/.])\d{1,2}\1\d{1,2}|年\d{1,2}月\d{1,2}日)"
# (or the day and its time run together in one number, a letter after it or not, as a site stamps an upload: …活动方案 -
# 20220312211152x, rw2379; 微信图片_20220802144043.jpg names a picture by the same stamp, rw900)
COMPACT_STAMP = r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d[0-5]\d[A-Za-z]?"
DAY_ALONE = re.compile(rf"[\[［]?{DAY_IN_DIGITS}(?:\s*{CLOCK})?[\]］]?|{COMPACT_STAMP}")
STAMP_START = re.compile(
    rf"\s+|(?=[\[【［])|(?={DAY_IN_DIGITS}(?:\s*{CLOCK})?$)"
    r"|(?=(?:来源|來源|作者|责任编辑|責任編輯|编辑|編輯|发布者|發布者|发布人|發布人|发布时间|發布時間|发布日期|發布日期|更新时间|更新時間)[：:])"
)
# A page's title: the headline, then the site's name after a hyphen, a dash, a bar or an underscore (…组织生活会 -
# 青浦区国防动员办公室, …组织生活会_青浦区人民政府, …|中国工会新闻网), its column between them or not (…胜利召开 - 医院动态 -
# 西昌市人民医院, rw692): the name a unit's or a site's by its last word, the page's; the headline the document's.
TITLE_PART_SEPARATOR = r"\s*(?:[|｜_]|\s[-－–—]|[-－–—]\s)\s*"
# A unit's or a site's name by its last word (…人民政府, …总工会, 中国食品网, …医院)
MIN_LINK_ROW_CELLS = 12  # words parted by bars on one line, more than a table's columns: a site's links
SITE_NAME = (
    rf"[{HAN}]{{2,24}}(?:{'|'.join(ORGANISATION_WORDS + UNIT_SUFFIXES)}|政府|办公室|委员会|总会|协会|学会|联合会|大学|学院|中学|小学"
    r"|幼儿园|局|网|网站|官网|门户网站|官方网站|门户)"
)
SITE_AFTER_HEADLINE = re.compile(
    rf"^(?P<mark>[^\s|｜_].{{5,60}}?)(?P<site>{TITLE_PART_SEPARATOR}(?:[{HAN}]{{2,12}}{TITLE_PART_SEPARATOR})*{SITE_NAME})$"
)
VIEW_COUNTER = re.compile(
    r"(?:浏览|瀏覽|阅读|閱讀|点击|點擊|访问|訪問|查看)(?:量|数|數|次数|次數|人次|率)?\s*[：:]\s*\d+\s*次?"
)
MIN_HEADLINE_CHARS = 6
# A byline's words: a reporter, a correspondent, an editors' desk, a writer's or a photographer's credit. A photographer's
# 摄影 stands before its colon, slash, bar, the name's space or the bracket's close, or in 摄影报道 (摄影:宋莉萍, 摄影/易明,
# 周秋君摄影), 記者魯永明/攝影 分享, 袁洋 摄影报道: the 18 credits in the set's files); before another word or a list's 、 it names
# the art (职工摄影书法绘画手工艺作品展, rw2296's headline; 书法摄影展, 摄影、书画, 攝影作品: the files' 51 others, none a credit).
CREDIT_WORDS = re.compile(
    r"记者|記者|通讯员|通訊員|编辑部|編輯部|责编|責編|撰稿|撰文|供稿|(?:摄影|攝影)(?=[:：/|｜)）\s]|报道|報導|$)|^[Bb]y\b"
)
# A porn site's keywords, none a word of a text (see ``FURNITURE_PATTERNS``; 中文字幕人妻网|美熟女日逼网视频|精品偷拍视频网, rw1706).
PORN_WORD = r"欧美|日韩|久久|少妇|熟女|偷拍|潮喷|毛片|无码|中文字幕|香蕉视频|黄色(?:网|视频)|[Aa][Vv]在线"


def _patterns(*pairs: tuple[str, str]) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(pattern), reason) for pattern, reason in pairs)


# Page furniture: whole lines, removed before reflow so they never glue text together.
FURNITURE_PATTERNS = _patterns(
    (
        r"编辑推荐|相关推荐|推荐阅读|猜你喜欢|热门文章|相关文章|上一篇|下一篇|点击(下载|查看)"
        # a label over the page's related posts or attachments, its colon or a table's bar after it (相關報導:, 相关内容 |,
        # 相關附件:, rw1183, rw1165, rw1157)
        r"|^相关(?:阅读|内容|词|链接|报[导道]|附件)\s*[：:|｜]?$"
        r"|^[上下]一条\s*[：:]"  # the links to the post before and after this one by their other word (上一条:…, rw1074)
        r"|^相关链接[：:]"  # a site's links to other sites after their header (相关链接:江苏省卫生健康委员会 …)
        # a sidebar's label alone over other posts, by what they are or by their ranking, whatever it ranks (推荐图文, 推荐资讯;
        # 点击排行, rw1499; 频道总排行, rw1353; 新闻排行, rw2118)
        rf"|^(?:推荐|热门|热点)(?:图文|资讯|新闻)$|^[{HAN}]{{0,4}}排行榜?$"
        r"|^(相关文档|(您|你)?可能(关注|感兴趣|喜欢)的(文档|文章))$"  # a document site's sidebar over other titles
        r"|^(?:您|你)可能需要(?:这些|的)服务$"  # a hospital site's sidebar over its phone numbers and address
        r"|在手机(上)?打开(当前|本)页"  # a government site's share widget (扫一扫在手机打开当前页)
        # or its prompt over and under its QR code, each a line alone (打开手机扫描二维码 / 即可在手机端查看, rw925), or the code's
        # label alone, its image lost (二维码, rw552; 手机二维码, rw1736)
        r"|^(?:打开手机|用手机)?扫(?:描|一扫)二维码$|^即可在手机[端上]?(?:查看|阅读|浏览|打开)\W*$|^(?:手机|微信)?二维码$"
        # a link to the rest of a column or a text (最新发布文章更多>>, 阅读全文), in its brackets and before a table's bar too
        # (《閱讀更多》 | under each teaser of a post list, rw1536), or its word alone (更多, rw1656 under the text, rw1828)
        r"|更多\s*[>＞»]+$|^[《【\[<〈（(]?(?:(?:阅读|查看|展开)(?:全文|更多)|更多)[》】\]>〉）)]?\s*[|｜]?$"
        # a link's text ending on its prompt to click, the link lost (***學校教師會籌組成立流程圖請按此***, rw1436), and what
        # it shows (因篇幅问题不能全部显示，请点此查看更多更全内容, rw2012)
        r"|请?(?:按|点击?)(?:此处?|这里)(?:(?:下载|查看|进入|阅读|报名)(?:更多|全文|全部|完整)?[^，。；！？\s]{0,4})?\W*$",
        "网站栏目",
    ),
    # a document site's paywall notice under the preview, the text's length before it or not (全文共3287字,仅供站内会员学习参考
    # (会员可打开…全部文档), rw1470): page furniture, so the preview's cut line never joins it
    (r"^(?:全文共?\s*\d+\s*字[，,]?\s*)?仅供(?:站内)?会员", "付费隐藏标记"),
    (
        rf"(你|您)的位置|当前位置|首页\s*[>＞»]|[{HAN}]{{2,}}\s*[>＞»]\s*[{HAN}]{{2,}}\s*[>＞»]"
        rf"|^[{HAN}]{{2,8}}\s*[>＞»]\s*[{HAN}]{{2,8}}$",  # a breadcrumb of two columns alone on its line (党的建设>工会工作)
        "网站导航",
    ),
    # a page's widget label alone on its line: the text's own labels (评委：, 时间：) are words of the document
    (
        # a site's footer: its postcode and its directions to the unit (邮编: 214105, 交通指引:乘632路公交车…, 医院地址:…)
        r"^(?:邮编|邮政编码)[：:]\s*\d{6}$|^(?:交通指引|乘车路线|医院地址|联系地址|通讯地址)[：:]"
        # its hotline's label alone and its prompt to call it (服務專線 / 問題諮詢,請撥打以上服務專線。, rw1183)
        r"|^(?:服务|咨询|投诉|客服)(?:专线|热线)[：:]?$|^[^。]{0,12}请拨打(?:以上|上述|下列)[^。]{0,8}(?:专线|热线)。?$"
        # a calendar widget's month over its days, the month named before the year (十一月 2024 |, rw1183): a text writes
        # the year first
        r"|^[一二三四五六七八九十]{1,3}月\s*(?:19|20)\d{2}\s*[|｜]?$"
        r"|^(字号|字體|字体|字號|邮编|邮政编码|附件下载|附件列表|浏览次数|阅读次数|点击数|文本内容|正文复制|基本信息|分享到|打印本页|关闭窗口)[：:]?$"
        # a share widget's label with its button to more sites (分享到: | 更多 |, rw1801, over the text; 分享到: 更多, rw2001)
        r"|^分享到\s*[：:]?\s*[|｜]?\s*更多\s*[|｜]?$"
        # the page's label over the post's body, alone on its line, in its brackets or not (正文, rw371, rw1354, rw2050;
        # 【正文】, rw449): the breadcrumb's last crumb, no heading of the text (an essay's part is marked: 三、正文)
        r"|^[【\[［]?正文[】\]］]?$"
        # its stamp of the text's length and the minutes to read it (全文588个字,阅读预计需要2分钟, rw1371)
        r"|^(?:全文|本文)共?\d+个?字\s*[，,]\s*(?:预计)?阅读(?:预计)?(?:需要?|约|用时)?\s*\d+\s*分钟$"
        # its print button in two languages or one (print列印此文章, 打印此文)
        r"|^(?i:print)?\s*(?:列印|打印)(?:此|本)(?:文章|文|页|篇)$"
        r"|^[【\[]?放大[】\]]?\s*[【\[]?缩小[】\]]?(?:\s*[【\[]?(?:默认|还原|重置)[】\]]?)?$"  # its text-size buttons (放大 缩小 默认, rw1135)
        # a row of its buttons in brackets, the last one's left open or not (【打印】 【字体:, rw933; 【字体大小:, rw1717): open,
        # it glued the headline under it to the row; a news agency's button to report an error under its post (【纠错】, rw1484)
        r"|^(?:[【\[](?:打印|关闭|返回|收藏|字体(?:大小)?|字号|大|中|小|纠错|报错)(?:[：:][^【】\[\]]{0,6})?[】\]]?\s*)+$"
        # a page's kind or a site's section named alone (详情页, 歷史訊息, 留言列表, 联系我们, 全站熱搜: rw1141, rw1136, rw1123,
        # rw1122): glued to the headline over it, it was taken for the title's tail; a contact box over its phone numbers
        # (与我们联系, rw1074)
        r"|^(?:详情页|内容详情|历史(?:信息|讯息|消息)|留言列表|联系我们|与我们联系|全站热搜|导语)$"
        # a site's link to its other layouts (手机版 over 微信公众帐号 in the footer, rw1430)
        r"|^(?:手机版|电脑版|触屏版|移动版)$"
        # a blog's sidebar: its box of categories, the box's expand and collapse buttons, its search button (文章類別 /
        # 展開 | 闔起, 搜尋, rw1265)
        r"|^文章(?:类别|分类)$|^(?:展开|收起|阖起)\s*[|｜/]\s*(?:展开|收起|阖起)$|^(?:站内)?(?:搜索|搜寻)$"
        # a link's label left empty at the page's foot (本题链接:, 本文链接：)
        r"|^(?:本题|本文|原文|本页)(?:链接|地址)[：:]?$"
        rf"|^{END_MARK.pattern}$"  # a site's mark under the text (（正文已结束）)
        # a site's sign-in box (用户登录, 请输入验证码) and a picture's empty caption (文章图片)
        r"|^(?:用户|会员)?(?:登录|登陆|注册)$|^请输入(?:验证码|用户名|密码)|^(?:文章|新闻)图片$"
        # its prompt to a visitor before the buttons the page lost (新来的客人请【, rw1470: 【注册】)
        r"|^(?:新来的)?(?:客人|游客|访客)请\s*[【\[]?(?:注册|登录|登陆)?[】\]]?$"
        # or its prompt to sign up under a hospital's news (还没有账号？)
        r"|^还?没有(?:账号|帐号)\W*(?:立即注册)?$"
        r"|(?:^|\s)推荐度[：:]?$"  # a site's rating of a text it lists (…工作计划 推荐度：)
        # a picture gallery's controls (幻灯播放, 查看原图, ▲左右滑动，查看更多图片, 提示：支持键盘翻页) and a picture's
        # alternative text in its place (image)
        r"|^(?:幻灯|全屏|自动)播放$|^查看(?:原图|大图)$|^\W?\s*(?:左右|上下)?滑动[，,]?\s*查看更多(?:图片|照片)$|支持键盘翻页"
        # or a news app's prompt in each picture's place (打开网易新闻 查看更多图片)
        r"|^打开[^，。；！？\s]{2,8}\s*查看更多(?:图片|照片)$"
        r"|^(?:上|下)一(?:张|幅|组)$|^(?i:image|img|photo|picture)$"
        r"|^(?i:(?:top|bottom) of page)$"  # a site builder's anchors at the page's ends (bottom of page, rw882)
        # or its markup with no word of the text (<image>data:image/png;base64,…</image>, <img src=…>, ![](…))
        rf"|^(?i:<(?:image|img)\b[^<>{HAN}]*>[^<>{HAN}]*(?:</(?:image|img)>)?)$|^!\[[^\]{HAN}]*\]\([^(){HAN}]*\)$"
        # a comment box's prompt (我说两句…, 还没有评论，快来抢沙发吧！, 发表评论, 發表留言, 发表回复, a reply form's 文章回應 /
        # 目前尚無回應，成為第一個回應的人吧！ / 回應本篇文章！…, a social page's 留言 under the post)
        r"|^我来?说两句\W*$|快来抢沙发|^(?:发表|查看|网友|文章)?(?:评论|留言|回应|回复)\W*\d*\W*$"
        # or the link to a post's comment page, its headline and the board's name after a dash (第八届「同心展步獻長者」-留言, rw1267)
        r"|^[^，。；！？]{2,40}?\s*[-–|｜]\s*(?:评论|留言|回应)(?:板|区)?$"
        r"|^(?:目前)?(?:还没有|暂无|尚无|没有)(?:评论|回应|留言)|成为第一个(?:评论|回应|留言)的人|^(?:回应|评论)本篇文章"
        # its boards' names and rules and a commenter's card (FB留言板, PeoPo 討論區, 回應文章建議規則:, 加入時間: 2008.07.22, rw955)
        r"|^[A-Za-z]{0,10}\s*(?:留言板|讨论区)$|^(?:回应|留言|评论)(?:文章)?(?:建议)?规则[：:]?$"
        r"|^加入时间[：:]\s*\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}$"
        # a WeChat page's prompt under its QR code (长按识别, 长按识别二维码关注) and a page's divider (------分隔线------, rw964)
        r"|^长按(?:识别|扫描|扫码)(?:图中)?(?:二维码)?(?:关注)?\W*$|^\W{3,}分[隔割]线\W{3,}$"
        # a forum's reply box and its poster's card (本版积分规则 发表回复 回帖并转播 …, 该用户从未签到, the forum software's
        # ranks alone: 新手上路, 高级会员), its footer's links (|小黑屋|Archiver|手机版|, rw749)
        r"|回帖并转播|回帖后跳转|^本版积分规则|从未签到|^(?:新手上路|注册会员|中级会员|高级会员|金牌会员|论坛元老)$"
        r"|^\W*小黑屋\W*(?i:archiver)"
        # and its archive's page links and its link back to the thread, the headline after it (页: [1], 查看完整版本: 【…】…
        # 职工代表大会隆重召开, rw1480)
        r"|^页[：:]\s*(?:\[?\d{1,3}\]?\s*)+$|^查看完整版本[：:]"
        # a column's name with its English one in capitals (最新消息NEWS, 新闻中心 NEWS CENTER, 关于我们 ABOUT US, rw726)
        rf"|^[{HAN}]{{2,8}}\s*(?:NEWS|ABOUT|CONTACT|NOTICE|EVENTS?|SERVICES?|INFORMATION|LATEST)(?:\s+[A-Z]+){{0,2}}$"
        r"|^如题所述?$"  # a question site's body that says the question is its title
        # a site's label over its table of contents and teaser (本文目录导读：), or its teaser's label alone (导语, 导读), the
        # teaser lost
        r"|^(?:本文)?目[录錄](?:导读|導讀)[：:]?$|^(?:导读|导语)[：:]?$"
        # an accessible site's skip link at its top (跳到主要內容區塊, 跳至主要内容, Skip to main content, rw1011, rw1015)
        r"|^(?:跳到|跳至|跳转到)主要?内容(?:区块|区)?$|^(?i:skip to (?:main )?content)$"
        # a site's date of today at its top (今天是：2024年11月23日 2024年11月23日, 繁体 | 简体 今天是西元 2025 年 12 月 12 日 星期五)
        # (or its clock's label, the time lost: 当前时间：, rw1555)
        r"|^今天是[：:]|今天是(?:西元|公元)?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*星期|^当前(?:时间|日期)[：:]?$"
        # a government disclosure page's fields over the text (索 引 号：769492411/2016-00122, 主题分类：综合政务/…)
        r"|^(?:索\s*引\s*号|主题分类|发布机构|成文日期|发文字号|公开方式|公开范围)[：:]"
        # a feedback form's instructions to its users (受理本司相關的咨詢、意見、建議、投訴等事宜,請填寫真實個人信息,…, rw1046)
        r"|^(?=[^。]*(?:咨询|意见|建议|投诉))[^。]{0,40}请(?:如实)?填写(?:真实|有效|准确)[^。]{0,8}信息"
        # a site's consent banner on its privacy terms (請同意我們的隱私權規範,才能啟用聽新聞的功能。, …點這裡瞭解中央社隱私聲明
        # 當您關閉此視窗,代表您同意上述規範。) and its offer of its edition in another language (Your browser does not appear to
        # support Traditional Chinese. Would you like to go to CNA's English website…?, こちらのページは…に移動しますか。, rw923)
        r"|同意[^。]{0,12}隐私权?(?:规范|政策|声明|条款)|隐私权?(?:规范|政策|声明|条款)[^。]{0,30}同意"
        r"|(?i:would you like to go to)|に移动しますか|(?:繁体字|简体字|中国语)版です",
        "网页控件",
    ),
    # a site's menu of its columns run together, three names or more (招标公告新闻动态通知公告外媒报道): two may be one
    # column's name (医院动态, 新闻中心), the model's to judge
    (rf"^(?:[{HAN}]{{0,6}}?(?:{COLUMN_WORD})){{3,}}$", "网站栏目"),
    # a site's list of its stations or its friends' links (乡镇（街道）分站：苏湾镇 栏杆集镇 …, 友情链接：…)
    (r"^[^，。；！？\s]{0,10}(?:分站|站群|友情链接|网站导航)[：:]", "网站栏目"),
    # a telephone number alone on its line (138-0888-4776): a site's hotline, no line of a text
    (r"^(?:1[3-9]\d(?:[-\s]?\d{4}){2}|0\d{2,3}-?\d{7,8}|\d{3,4}-\d{7,8})$", "网页信息"),
    # a porn site's keywords a hijacked page shows (激情在线国产欧美日韩，亚洲综合久久精品一): three at least, one of them
    # no word of a text (欧美, 日韩, 久久…; 国产, 精品, 亚洲 alone are)
    (
        rf"^(?=.*(?:{PORN_WORD}))(?:.*?(?:{PORN_WORD}|亚洲|国产|精品|激情|在线观看|免费观看)){{3}}",
        "垃圾广告",
    ),
    # a page's script, scraped as text ((function(){try{if(document.getElementById…, var t0=+new Date();…)
    (
        r"^[(\s]*function\s*\(|^\s*(?:var|let|const)\s+\w+\s*=|document\.getElementById|String\.fromCharCode|window\.location"
        # or its markup alone, tags with no word between them (<style id="xwdt1"><del id="xwdt1"></del></style>, a
        # hijacked host's hidden tags, rw2172): no text says nothing but tags, numbered as a list's entry or not (1. <del
        # id="owzdj"><th id="owzdj">…, rw2249)
        r"|^(?:\d{1,3}[.．、]\s*)?(?:</?[A-Za-z][A-Za-z\d]*(?:\s[^<>]*)?/?>\s*){2,}$"
        # or its style sheet's rules, a selector and its declarations in braces (P.MsoNormal { FONT-SIZE: 10.5pt; … } SPAN.msoIns
        # { COLOR: blue; … }, rw2490), as a style attribute's tail spliced into a sentence is the page's (rw780, ``SPLICED_JUNK``)
        r"|^(?:[A-Za-z.#*][\w.#:*,\s-]*\{\s*(?:[A-Za-z-]+\s*:[^{};]*;?\s*)+\}\s*)+$",
        "网页代码",
    ),
    # a page's own title, the headline and the site's Latin name after a spaced dash or bar (…活动为职工鼓干劲 - Reportify,
    # rw985): the browser's title line, the headline the text has above
    (
        rf"^(?=[^。！？!?]*[{HAN}]{{4}})[^。！？!?]{{6,60}}(?:\s[-–—|｜]\s*|[-–—|｜]\s)[A-Za-z][A-Za-z0-9 .&'-]{{1,24}}$",
        "网站名称",
    ),
    # a site's name alone, a news site's with its paper's after a dash (安徽新闻网-安徽日报, rw1319); a domain, also glued to the
    # Chinese after it once spaces are cleaned (…@163.com技術支持：…), where \b finds no edge, within the first
    # ``MAX_ADDRESS_DEPTH`` characters of its sentence: a site's name, stamp, notice or contacts give it there (本文来源:https://…,
    # …歡迎寄至 cool loud@gmail.com, 51 characters in, rw734), a text's sentence that gives a site's address in passing has it
    # deep inside (…免費提供台灣地區護理人員網路課程網址:www.tcha-nr.org.tw);另外,…, 95 characters in, rw1315), and so does
    # an entry of its outline (八、公告日期:…公告徵選結果於大安高工網站(https://sites.google.com/…),並通知得獎人, rw1492): no
    # site numbers its chrome 一、 or （一）
    (
        r"^\S{0,8}(网|网站)(?:[-–—|｜][^，。；！？\s]{2,8}(?:日报|晚报|报))?$"
        rf"|(?:^(?!\s*(?:{CN_NUMBER}、|[（(]{CN_NUMBER}[）)]))|[。！？])[^。！？]{{0,{MAX_ADDRESS_DEPTH}}}?"
        r"(?:www\.|\.(?i:com|cn|net|org)(?![A-Za-z]))",
        "网站名称",
    ),
    # a news outlet's name alone on its line, the report's source under its headline (斗门区融媒体中心, rw1060; 珠海日报): a
    # plan names no outlet on a line of its own
    (
        rf"^[{HAN}]{{2,12}}(?:融媒体中心|[报報]社|日[报報]|晚[报報]|新[闻聞][网網]|广播电视台|[电電][视視]台)$",
        "网站名称",
    ),
    # a site's welcome at the page's head, its office hours after it or not (欢迎进入呼和浩特市妇幼保健院官网! 上午 08:30-12:00
    # 下午 14:30-17:30, rw946), its slogan after it or not (欢迎访问…官方网站!我单位真诚与社会各界携手合作,共谋发展!, rw404): the
    # line goes whole (``WHOLE_LINE_REASONS``); wrapped into the headline and the text's first paragraph, it took them with it;
    # one to a place, its date widget after it (欢迎您来到客家祖地! 今天是, rw1459: the day's script lost)
    (
        r"^欢迎[您你]?(?:进入|访问|光临|来到)[^，。；！？]{2,30}(?:(?:网|网站|官网|主页)(?:[！!。]|$)|[！!。]?\s*今天是)",
        "网站欢迎语",
    ),
    # a government news release's contact under the text and her telephone (縣政新聞聯絡人:楊惠娟 / 電話:5518101轉3917, rw979),
    # an event's contact and hers, an extension or a second number after it (活動聯絡人:全國教師工會總聯合會 楊小姐 / 電話:
    # 02-2585-7528分機310 或 0982-939-525, rw1437), a notice's contact and her numbers (联系人:李娜 联系方式:88171825 …, rw2403;
    # 联 系 人:陈国良 联系电话:…, rw1202) or a volunteer platform's contact row in its record's table (联系人 | 张* | 联系电话 |
    # 1760546**** …, rw2400, rw2261): the README's contact lines (a plan's contact for its event named alone, 联系人：张三, is
    # the plan's: no number to reach her by); and a site's hotline in its footer (徐州導醫熱線:0516-85707122, rw1308);
    # a hospital site's header opening on two telephones or more, what it adds after them or not (免费接送/急救电话:0825-2257490
    # / 2233105 电话预约挂号:0825-5817080 投诉电话:0825-2226870 域名:…, rw1566): no text opens on two numbers
    (
        r"^[^，。；！？\s]{0,8}联络人[：:]|^[^，。；！？\s]{0,8}联\s*系\s*人\s*[：:|｜][^。！？]*?\d[\d\-－*]{5,}"
        r"|^(?:电话|[^，。；！？\s]{0,8}热线)[：:]\s*\d[\d\-－]{5,}(?:(?:转|分机)\d{1,5})?(?:\s*或\s*\d[\d\-－]{5,})*$"
        r"|^(?:[^，。；！？\s]{0,8}(?:电话|热线|挂号)[：:]\s*\d[\d\-－]{5,}(?:\s*(?:或|/)\s*\d[\d\-－]{5,})*\s*){2}",
        "网页信息",
    ),
    # a news site's credit alone: the outlet, a dash, the reporter and the place after a slash (波新聞─鄭緯武/臺南, rw1418)
    (rf"^[{HAN}]{{1,8}}(?:新闻|网|报|社|台)\s*[─—–-]+\s*[{HAN}]{{2,4}}\s*[/／]\s*[{HAN}]{{2,4}}$", "网页信息"),
    # a listing's line for the post, its views counted in brackets after it (【代轉】…教師工會的挑戰與實踐(3422次觀看), rw1437)
    (r"[（(]\d+\s*次(?:观看|浏览|阅读|点击|查看)[）)]$", "网页信息"),
    # a note that the text was pushed or reprinted from another site ((本文由陈泰龙从…网站直接推送), rw1132), a blog's day over
    # its post with the day of the week (2018年10月16日星期二, rw1115: no document dates itself so)
    (
        r"^[（(]本文由[^（）()]{2,60}(?:推送|转载|转发|发布)[）)]$|^\d{4}年\d{1,2}月\d{1,2}日\s*星期[一二三四五六日天]$",
        "网页信息",
    ),
    # a government site's footer naming the offices that run it (主办:中共攀枝花市西区委员会办公室 攀枝花市西区人民政府办公室,
    # rw1330): an event's host in a plan is a union, a federation, not an office
    (r"^主办[：:]\s*[^，。；！？]{2,30}办公室(?:\s+[^，。；！？\s]{2,30}办公室)*$", "网页信息"),
    # a unit's credit for the report with the post's date after a dot, under the text (校工会报道•2017-1-3, rw1328)
    (rf"^[{HAN}]{{2,12}}(?:报道|报导|供稿|撰稿)\s*[•·]\s*(?:19|20)\d{{2}}-\d{{1,2}}-\d{{1,2}}$", "网页信息"),
    # a site's filing numbers with the authorities (粤公网安备 44530202000017号, 京ICP备12345678号)
    (r"公网安备|ICP[备证]", "网页信息"),
    # a site's notice on its pictures (图片来源于网络，如有侵权联系删除, rw627): before reflow, which had glued it to the
    # heading under it and dropped both; or on its posts, after a label however long (免责声明:本文由用户上传,如有侵权请联系删除!,
    # rw1879): a site asks to be told of an infringement so as to delete its copy, no document asks its reader to delete it
    (r"^图片来源于?网络|^[^。]{0,12}如有侵权|^[^。]{0,40}?[如若][^，,。]{0,6}侵权[^。]{0,24}?删除", "网页信息"),
    # a site's copyright notice (Copyright 2022 KTSF. All Rights Reserved., 版權所有，不得轉載。), and its terms for a reprint
    # (转载请注明出处, 转载请附上原文出处链接和本声明, rw2260): a site tells its readers how to copy its page, no text does (the
    # fifty lines of tune that name 转载 or 版权 are all junk); so is its ban on copying its post, in whatever verb
    # (``COPY_BAN``: 请勿转载, rw1874; 作者原创,不允许二次传播,…追究法律责任。, rw2275)
    (rf"(?i:copyright|all rights reserved)|版权所有|{COPY_BAN}|转载请|^©\s*\d{{4}}", "网页信息"),
    # the label of a site's notice alone on its line, over its terms (版权声明 over 作者原创,…, rw2275; 聲明: over 1、凡本網注明…,
    # rw2284): the set's other six 声明: lines are a site's (rw683, rw1334, rw1336, rw1519, rw1874, rw1879), none a text's
    (r"^(?:版权|免责)?声明[：:]?$", "网页信息"),
    # the links to a site's terms in its footer, alone or in a row (• 使用者條款 / • 隱私權政策, rw1418; 隱私權保護政策  新聞授權規範,
    # rw2222): a text names its rules with their unit's name or in book-title marks
    (
        r"^(?:[\s•·]*(?:隐私权?(?:保护)?(?:政策|声明|条款)|使用者?条款|服务条款|用户协议|(?:新闻)?授权规范)\s*)+$",
        "网页信息",
    ),
    # a site software's footer: what it runs on and how long the page took (Powered by Discuz! X3.4, GMT+8, 2024-11-23 06:25 ,
    # Processed in 0.109720 second(s), 35 queries ., rw749)
    (r"^(?i:powered by)\s|(?i:processed in [\d.]+ seconds?\b)", "网页信息"),
    # a social page's card, its counters among the page's name and blurb (衛生褔利部花蓮醫院, 花蓮市。 1,696 個讚 · 250 人正在
    # 談論這個。歡迎加入…): the line goes whole (``WHOLE_LINE_REASONS``)
    (r"\d[\d,]*\s*个赞|人正在谈论这个", "社交主页"),
    (
        # (a source's label with the word for what it sources: 信息来源:, 文章来源:, 稿件来源:, 本文来源:, as about fifty files of
        # the set list such fields, none a keep)
        rf"^{POST_STAMP_LABEL}|^((?:信息|文章|稿件|内容|本文|新闻)?来源|出处|作者|浏览|阅读|关键词|主题词|标签|栏目|分类)(：|:)"
        # a reprint's source alone on its line, a paper or a site in book-title marks (据《陕西工人报》, rw1399)
        r"|^[据據]《[^《》]{2,20}(?:[报報]|[网網]|杂志|雜誌)》(?:[报報][道导導])?$"
        # a post's time stamp, a day: an event's own time names its part of the day or its lunar date (时间：2023年9月7日
        # 下午4:30, 时间：2023年10月25日（农历九月初九）), or spans days (时间：2022年3月3日-3月8日), or a month alone
        # (时间：2022年3月), as no site stamps a post; nor its weekday in brackets (日期:2022年6月25日(星期六)時間:下午2時至3時,
        # rw1037)
        r"|^(时间|日期)：\s*(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)|年\d{1,2}月\d{1,2}日)"
        r"(?!\s*(?:[上中下]午|早上|晚上?|[（(](?:农历|星期|周[一二三四五六日天])|[-—–~～至到]))"
        rf"|{POST_STAMP_LABEL}\s*[：:]?\s*\d{{4}}[-/.]\d"  # the stamp after the post's column ([护理新闻] 发布时间：2011-8-10)
        # the stamp's label a verb alone before the post's date in dashes and its clock (更新:2017-12-28 05:30:44, rw1845):
        # a text writes its days out (2017年12月28日)
        rf"|^(?:更新|发布|發布|发表|發表)\s*[：:]\s*\d{{4}}-\d{{1,2}}-\d{{1,2}}\s+{CLOCK}$"
        # a post's time stamp, whatever follows it, or its date alone, with dashes or slashes (2022/5/17 23:36:25 简讯,
        # rw1045), a table's bars before it or not (|| 2023-12-01 11:22:24
        # 编辑: …); its time in words before its fields or alone (2012-01-07 00时38分 浏览次数：), as a text's day and hour are
        # not (2024-03-08 9时30分在三楼会议室召开…); nor is a span of time, an event's (| 2024-08-21 09:00:34 至 2024-08-21
        # 11:00:34 |, a volunteer record's field, rw2261): a post is stamped at one instant
        # with dots only before its time (2025.07.17 13:40, rw1174: 2008.5.12 alone is a signer's); a forum's, a comma
        # before its time (2011-10-18, 05:13 PM, rw1437)
        rf"|^\d{{4}}\.\d{{1,2}}\.\d{{1,2}}\s+{CLOCK}$"
        rf"|^[|｜\s]*\d{{4}}(?:-\d{{1,2}}-|/\d{{1,2}}/)\d{{1,2}}(?:,?\s*\d{{1,2}}:\d{{2}}(?!(?::\d{{2}})?{SPAN_TO}\d)"
        r"|\s*\d{1,2}时\d{2}分(?:\d{2}秒)?\s*(?:浏览|阅读|点击|来源|作者|发布|$)|$)"
        # or its date and its credits (2013-08-07宣传科 宣传科 刘家琨 摄: see ``POST_CREDIT_IN_LINE``)
        rf"|^{POST_CREDIT}$"
        # a post's date written day first (06/11/2024), as a document never writes its own, alone or before the headline
        # of another post the page lists (06/11/2024 公司召开安全生产专题视频会议)
        r"|^\d{1,2}/\d{1,2}/\d{4}(?!\d)"
        # a report's credit alone on its line (文：工会, 摄影：梅树屯, 审校：宋晓妮, 图 片:刘洁晨), the writer's unit before the name
        # (文:珠海公司 杨焕新), a plan's writer on a document site (撰寫人:江惠真, rw1488), a review's two names parted by a
        # semicolon (审稿：刘代为；单云峰, rw2089, as the bracketed credits' 审稿 of ``CREDIT_FIELD``)
        rf"|^(?:{BYLINE_ROLES}|审校|审稿|校对|撰稿人?|撰写人|图\s片)[：:]\s*[^，。；！？\s]{{1,12}}(?:(?:\s+|\s*[、；;]\s*)[{HAN}]{{2,4}})?$"
        # a reprint's credit to the original's headline in book-title marks at the foot (原标题:《激情与力量的对决——…》,
        # rw1493); the label before a headline with no marks is the title's (原标题:省总工会…, ``markers.TITLE_LABEL``)
        r"|^原标题[：:]\s*《[^《》]+》$"
        # or a press release's label in brackets, its day after it (【全國教師工會總聯合會新聞稿】2011.07.11, rw1041)
        r"|^【[^【】]{2,30}新闻稿】\s*(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}$"
        # or a photographer's credit, a name and 摄 apart (劉琪希 攝, 耿玉和 摄: rw588, rw654)
        rf"|^[{HAN}]{{2,4}}\s+摄影?$"
        # or a unit's name with its writers' names glued after it, two or three, each opening on a surname (妇委会许瑛朱小芳
        # under the last paragraph, rw1502), as a bracketed byline glues one ((制造部李玲), ``UNIT_BYLINE``)
        rf"|^[{HAN}]{{1,10}}(?:{UNIT_WORD}|委会)(?:[{''.join(sorted(SURNAMES))}][{HAN}]{{1,2}}){{2,3}}$"
        # or its credits with a slash, each role before its name or unit (文/邱文通 照片/財團法人腦血管疾病防治基金會, rw754), a
        # newsroom's roles one a line, a name after the unit or not (信息提供/群工部, 審稿/群工部 朱偉慧, 圖片、匯總、編輯/宣傳企劃科 徐劍,
        # rw1137), or a bar in place of the slash, as a WeChat post writes its credits (图文丨孙安静, rw1611)
        rf"|^(?:{CREDIT_ROLES})\s*{CREDIT_SLASH}\s*[^，。；！？\s/]{{2,20}}(?:\s+[{HAN}]{{2,4}})?"
        rf"(?:\s+(?:{CREDIT_ROLES})\s*{CREDIT_SLASH}\s*[^，。；！？\s/]{{2,20}}(?:\s+[{HAN}]{{2,4}})?)*$"
        # or its writers by name, each with the post that qualifies them in brackets, parted by slashes (周廼寬(財團法人中華法學
        # 研究院醫事法研究中心主任/臺大醫院外科部加護病房外科主任)/ 陳孟嬋(…秘書長/植根綜合法律事務所資深律師), rw1516)
        rf"|^(?:[{HAN}]{{2,4}}[（(][^（）()]{{2,80}}?(?:{WRITER_POSTS})[）)]\s*[/／、]?\s*)+$"
        # or each in brackets (【文 / 吳清山院長】【圖 / 臺北市教師會提供】)
        rf"|^(?:[【\[]\s*(?:{CREDIT_ROLES})\s*[/／]\s*[^【】\[\]，。；！？/／]{{2,20}}[】\]]\s*)+$"
        # or a credit with the day it was written after a slash, its bracket left open or not (【本會理事長 董文雅/2010.04.07,
        # rw733)
        r"|^[【\[（(]?[^，。；！？【】\[\]（()）/]{2,20}/\s*(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}[】\]）)]?$"
        # or the site owner's registry code alone (教育部代码:12616, a college's, rw748)
        rf"|^[{HAN}]{{2,8}}代码[：:]\s*\d{{4,}}$"
        # or a newsroom's review chain, a person's name each, its letters spaced out or not (二审：董之震, 终审：陈一点, 編審：李 曉),
        # a review with its proofreading and its names (二审二校：赵明, 一审一校：曹雪芹 季贝贝 宗雷); a plan's 初审 and 复审 are stages,
        # a newsroom's when its editor or its round is named (初审编辑:王景成, 初審(一審):黃振華, 終審(三審):賀金龍, rw957, rw963)
        rf"|^(?:本期)?(?:[一二三]审|终审|编审|[初复终]审(?=编辑|[（(][一二三]审[）)]))(?:编辑|[（(][一二三]审[）)])?[：:]\s*[{HAN}](?:\s?[{HAN}]){{1,3}}$"
        rf"|^[一二三]审[一二三]校[：:]\s*[{HAN}]{{2,4}}(?:\s+[{HAN}]{{2,4}})*$"
        # or the whole chain on one line, a name after each round (初审:包蕾 复审:方明 终审:夏彤, rw1570): no plan's stage
        # names a person
        rf"|^(?:(?:[初复终一二三]审|编审)[：:]\s*[{HAN}]{{2,3}}\s*){{2,}}$"
        r"|^[^，。；！？\s]{2,12}\s+[^，。；！？\s]{2,4}(?:撰稿|供稿)$"  # or after the writer's unit and name (工会宣传员 黎健撰稿)
        # or a paper's credit line, the reporter's name after the paper's (□晚报记者 王冬霞 文/图, 記者呂胤甫/綜合報導), the
        # place reported from before 报导 (記者 楊金明/玉里報導)
        rf"|^\W?[{HAN}]{{0,4}}(?:记者|通讯员)\s*[{HAN}]{{2,4}}(?:\s+[{HAN}]{{2,4}})*\s*(?:{TEXT_PHOTO_CREDIT}|[/／]\s*(?:综合|[{HAN}]{{2,4}})?报[导道])?$"
        rf"|^{BRACKETED_REPORT_CREDIT}$"  # or in brackets (【亞太新聞網/記者陳逸凡/台中報導】)
        # or the writer's unit, name and day under the text, no bracket (秦淮区红花街道 汪明 2021.10.13)
        rf"|^[{HAN}]{{2,12}}(?:{UNIT_WORD})\s+[{HAN}]{{2,3}}\s*(?:19|20)\d{{2}}(?:[./-]\d{{1,2}}[./-]\d{{1,2}}|年\d{{1,2}}月\d{{1,2}}日)$"
        # or a journal article's authors' affiliations with their postcodes in brackets ((湖北省工会干部学校，湖北 武汉430060),
        # (1.南京大学 社会学院,江苏南京 210023;2.四川外国语大学 社会学系,重庆 400031))
        r"|^[（(][^（）()]{2,80}[^\d]\s*\d{6}[）)]$"
        # or the outlet's name and its reporter's, no role between (人民网 王凡 over a report)
        rf"|^[{HAN}]{{2,6}}(?:网|日报|晚报|报)\s+[{HAN}]{{2,3}}$"
        # or a paper's or a site's dateline tag alone, the text on the next line (山东卫生新闻网讯 / 为展示…, rw1149)
        rf"|^(?:本报|本网|本站|本台|[{HAN}]{{2,8}}(?:[网报社台]|融媒(?:体(?:中心)?)?))讯\s*[：:]?$"
        # or a wire's, its place and day (中新网安徽新闻8月18日电 / 2023年8月17日,…, rw1261)
        rf"|^[{HAN}]{{2,6}}[社网][{HAN}]{{2,6}}\d{{1,2}}月\d{{1,2}}日电$"
        rf"|^{REPORTER_PLACE_CREDIT}$"  # or its place after a slash or a ◎, a long programme's name before it
        # a link of a site's list of related posts, its month and day glued after it (醫院護理工作總結06-19)
        rf"|^(?=[^，。；！？：:]*[{HAN}]{{4}})[^\s，。；！？：:,;!?]{{4,30}}(?<![\d\-/.])(?:0[1-9]|1[0-2])-(?:[0-2]\d|3[01])$"
        # or its full date, the headline spaced or with its unit before a colon, several links run together or not
        # (…凤凰街道：开展端午节前食品安全专项检查2025-05-29, rw1168): no sentence's end in it, no field's colon before the date
        rf"|^(?:(?=[^。！？]*?[{HAN}]{{4}})[^。！？\s][^。！？]{{3,60}}?[^\d\s\-/.。！？：:于在至到为是](?<!日期)(?<!时间)(?:19|20)\d{{2}}-\d{{2}}-\d{{2}})+$",
        "网页信息",
    ),
    (
        # a document shop's fields (上传人：…上传时间：…格式：PDF页数：3大小：130KB金币：10), a size glued to the next field
        rf"^(格式|大小|文档页数|页数|上传人)[：:]|\bKB\b|\bMB\b|\d[KM]B(?=[{HAN}])"
        # a document site's reader: its preview pages' labels (…计划_第1页), what is left unread, its buttons
        r"|_第\s*\d{1,3}\s*页$|^已阅读\s*\d+\s*页|还剩\s*\d+\s*页未读|继续免费阅读|^(下载本文档|(?:文档|资源|资料)(?:简介|描述))$|^版权说明[：:]"
        # a title with the format a document site sells it in (迎三八妇女节活动总结文档版, …计划word版): the site's listing
        r"|^[^，。；！？\s]{4,40}(?:文档|[Ww]ord|WORD|[Dd]ocx?|DOCX?|PDF|pdf)版$"
        # a journal site's label over the part of the article it shows (论文部分内容阅读, rw1021)
        r"|^(?:论文|文章|文档)?部分内容(?:阅读|预览)$",
        "文档信息",
    ),
    # a picture's caption: labelled as one (圖：院長簡以嘉（前排左六）和與會主管…合影留念。（衛福部玉里醫院提供）) or credited to
    # whoever gave or took the picture (慶祝國際護師節，花蓮慈院舉辦「護理之光長廊」揭幕儀式。（花蓮慈濟醫院提供）, …表達感恩。
    # （記者林宜樟攝）, (翔鹭社区供图), rw1777, the credit cut by the page's end: …讓老師解渴。(記者林宜樟), marked by a ▲ (▲林口湖南社區大旗艦計畫, the
    # picture's alt text before it or not: 中華醫大護理系加冠典禮317位加冠生薪傳南丁格爾精神▲ 曾信超校長頒發…, rw1215), or a
    # caption's hollow mark before it (△评委组合影, △集团副总裁、工会主席石玉红总结发, rw1829), or a
    # clause in brackets alone on its line that places people in the picture or names it a group photo ((局长伍杰(右一)为获奖者
    # 颁奖), (活动开始前干部职工一起合影))
    (
        # labelled as one, numbered or in words, with a colon or in brackets (圖1：…, 圖說：…, 《圖說》台中市勞工局舉辦…活動。,
        # rw961, rw1006, rw830), or numbered with no colon over a phrase alone (图 1 主持人介绍会程安排, rw2228: a figure's number),
        # or after it past a space (分公司工会组织建设:法律依据与实践指南 图1, rw2444: the lost picture's number closing its caption)
        rf"^[图圖](?:说|\s*\d{{0,2}})[：:]|^[图圖]\s*\d{{1,2}}\s*[{HAN}][^，。；！？,;!?]{{1,30}}$|"
        rf"^[^，。；！？,;!?]{{3,39}}[{HAN}]\s+[图圖]\s*\d{{1,2}}$|"
        r"^[《【〔\[]图说[》】〕\]]|^(?:[^，。；！？,▲△]{4,40})?[▲△]|^(?:[^。！？]{4,40}[。！]?)?[（(][^（）()]{2,16}(?:提供|摄|供图)[）)]$"
        # (or a line of one clause that opens on 图为: 圖為護士節系列活動之一“奶爸訓練營”。, rw827, split off its paragraph by
        # ``CAPTION_AFTER_SENTENCE``; 图为培训班现场, rw2164: every such line of the set is a caption)
        rf"|^{CAPTION_CLAUSE}。?$"
        # (or one sentence of a few clauses credited to its photographer by name alone: 「新北工会行善团…」主场在…,由…献唱老歌,
        # 新北市长朱立伦也出席同乐。(池雅蓉摄), rw1401; a text's last sentence credits the picture under it: …的嘉園。(圖/…提供), rw1031)
        rf"|^[^。！？]{{4,90}}[。！][（(][{HAN}]{{2,4}}摄[）)]$"
        # (or credited to who gave the picture and the reporter who sent it: …現場由長輩代表上臺切蛋糕接受祝福。(鳥松區公所提供/
        # 林雅惠高雄傳真), rw1435)
        r"|^[^。！？]{4,90}[。！][（(][^（）()]{2,16}提供\s*[/／]\s*[^（）()]{2,16}(?:传真|摄)[）)]$"
        # or a picture's credit with its slash in brackets (…要發送給興南里的里民們。(圖/擷取自興南里里辦公室粉絲團專頁), rw917), or
        # the giver's name after the caption's stop, no bracket (女护生由师长配戴护士帽。校方提供, rw924)
        r"|^[^。！？]{4,40}[。！]?[（(]图\s*/[^（）()]{2,20}[）)]$|^[^。！？]{4,40}[。！]\s*[^\s，。；！？（）()由为向给]{2,6}提供$"
        r"|^[^。！？，,]{4,40}[。！]?[（(](?:记者|通讯员)[^（）()\s]{2,4}$"
        # or the whole caption in the credit's brackets, the photographer's name closing it past a space ((桥西区供电中心工会主席
        # 和员工正在翻阅书籍、交流共享 张子霖摄), rw1986: twice, each glued before the paragraph under its picture)
        rf"|^[（(][^（）()。！？]{{4,60}}\s[{HAN}]{{2,4}}摄[）)]$"
        # or the paper's word for its own archive's or the web's picture after the caption's stop, no bracket (合唱比賽。資料圖片,
        # 環衛工人在工會驛站內取暖休息。資料圖片, rw1833; in brackets it is a notice of its own: (资料图片仅供参考), rw266)
        r"|^[^。！？]{2,40}[。！]\s*(?:资料|网络|网上)(?:图片|照片)$"
        # or its photographers' names after the caption's stop, no bracket (慰问现场。马宇兵 本报记者 白云峰摄), or the unit that
        # gave the picture, its name as long as a unit's (女职工们在体验插花。张家口市交通运输局 供图, rw1962), the caption one
        # sentence of a few clauses as a bracketed credit's (2月4日,上海市康定路…收到了一份…新年禮包。上海靜安區新聞辦 供圖, rw2161)
        rf"|^[^。！？]{{2,90}}[。！]\s*(?:[{HAN}]{{2,4}}\s+)*(?:本报)?(?:记者|通讯员)?\s*(?:[{HAN}]{{2,4}}\s*摄影?|[{HAN}]{{2,16}}\s*供[图圖])$"
        # or credited after a slash of either width, no bracket (汐止區厚德里…氣氛好熱鬧。 圖/觀天下有線電視提供, rw1139; 共餐不只是
        # 福利服務,…平台。 圖／觀天下有線電視提供)
        r"|^(?:[^。！？]{4,60}[。！]\s*)?图\s*[/／]\s*[^（）()\s/／，。]{2,16}(?:提供|摄)$"
        r"|^[（(][^（）()]{0,30}[（(](?:[前中后]排)?[左右](?:[一二三四五六七八九十]{1,2}|起)[）)][^（）()]{0,30}[）)]$"
        # or a clause of no stop that places two people in it at least, no bracket around it (陈静(左二)、韩美(右二)↑↑↑, 李慧(左二)
        # 李玉(左三)陈兆娟(左四), rw1232)
        r"|^(?=(?:[^（()]*[（(](?:[前中后]排)?[左右](?:[一二三四五六七八九十]{1,2}|起)?[）)]){2})[^。！？，,；;：:]{6,60}$"
        # (or in brackets, a group photo's or a scene's caption by its words: (活动开始前干部职工一起合影), rw867; (会议现场) under the
        # last paragraph, rw2485; a clause that brings people to the scene is none: (部分已出院患者也邀請到現場))
        r"|^[（(][^（）()，。；！？]{2,30}(?:合影|合影留念|(?<![到在临赴来进])现场)[）)]$"
        # or one clause alone on its line that names a group photo, its stop kept or not (医院领导与全体护士合影留念, 去年嘉賓及
        # 職員整裝待發前往探訪長者前合照留念。, rw1249; 参会人员合影, 醫師工會健保研討會合照, rw2322: the README's caption words, and
        # the set's twenty-two such lines are all junk): a sentence of the text that tells the photo taken has its clauses
        # (活动结束后，大家合影留念。) or its paragraph, and an entry of a schedule names the photo to take at its hour (3.9:00拍集体合照)
        rf"|^(?!{MARKER.pattern})(?!.*\d[:：]\d{{2}})[^，。；！？,;!?（）()]{{2,40}}(?:合影|合照)(?:留念)?[。！]?$"
        # or its people named from one side (由左至右: 邱齡頤護理師、洪淑娥護理師、周慧宜組長…, 左起：…, rw1542)
        r"|^(?:[（(]?(?:由|从)?左(?:至|到)右|左起|右起)[：:，,\s][^。！？]{2,80}$"
        # or a gallery's label over the pictures the page lost (运动会精彩瞬间, rw1145; 活动剪影; its photos or its sidelights:
        # 活动现场照片, rw1652; 精彩花絮, rw1656; 活动掠影)
        # (not a numbered item, 1.二寸彩色照片, a list's of what to hand in)
        r"|^(?!.*\d)[^，。；！？、\s]{0,12}(?:精彩瞬间|精彩剪影|活动剪影|照片|花絮|掠影)$"
        # or one of a numbered series of them (活动合影(一) / 活动合影(二), rw926)
        r"|^[^，。；！？（）()]{0,20}(?:现场|合影|合影留念)[（(](?:[一二三四五六七八九十]{1,2}|\d{1,2})[）)]$",
        "图片说明",
    ),
    # a post's tags (#113年社區發展工作人員示範觀摩活動之二, #社會福利服務, #话题#): a markdown heading has its space after #
    (rf"^{POST_TAGS}$", "网站栏目"),
    # a row of more words parted by bars than a table has columns (和政县| 枞阳县| 化州市| …, a site's list of its local
    # stations, rw1672; 网站首页| 关于我们| … | 违规举报, rw1499): a site's links; a table's row flattened has fewer cells
    (rf"^(?:[^|｜，。；！？\s]{{1,6}}\s*[|｜]\s*){{{MIN_LINK_ROW_CELLS - 1},}}[^|｜，。；！？\s]{{0,6}}$", "网站栏目"),
    # a forum's thread tools and post counters (主題工具 搜尋本主題 顯示模式, 文章: 49 under a poster's name)
    (
        r"^(?:(?:主题工具|搜寻本主题|显示模式|发文|回覆|今日新文章|标记所有讨论区已读|搜寻论坛)\s*){2,}$|^文章[：:]\s*\d+$",
        "网站栏目",
    ),
    # or a news portal's source and section over a headline (台鐵企業工會 生活: ``SECTION_TAGS_BEFORE_HEADLINE``)
    (rf"^{SECTION_TAGS}$", "网站栏目"),
    # a paper's byline mark before the unit that sent the report, its writer's name lost (□ 总工会) or after it (□首发集团八达岭分公司
    # 京新收费所 吕文静), or before the writer's name alone under the text's last paragraph (□侯颖, rw2396): the set's □ lines
    # are all credits (rw589, rw711, rw1320)
    (
        rf"^□\s*[{HAN}]{{0,10}}{UNIT_NAME}$|^□\s*[{HAN}]{{2,24}}\s+[{HAN}]{{2,3}}$"
        rf"|^□\s*[{''.join(sorted(SURNAMES))}][{HAN}]{{1,2}}$",
        "网页信息",
    ),
    # a picture's or an attachment's file name the page left as a line (1672601884.jpg, 走访 (2)(1).JPG)
    (
        # or a picture's label in its place (图片, 云图片云图片), numbered, with the suffixes an editor's copies add to the
        # file's name (图片4_副本1_副本, rw1239), or its stored name, a hash of 32 hex digits or more
        # (67b085309c043aefacd53e06ac313ab0…, rw1557); a file photo's label, in brackets or not ((相关资料图), rw376; 【资料图】,
        # rw2060); any name with a copy's suffix, its extension lost (640_副本, 640 (1)_副本, rw2281: a WeChat picture's stored
        # name; initpintu_副本.jpg, rw2039, and mmexport…_副本.jpg, rw2051, kept theirs), which no text's word ends in
        FILE_NAME.pattern + rf"|^(?:[{HAN}]?图片\d{{0,3}}(?:[_\-－]?副本\d{{0,3}})*)+$|^[0-9a-fA-F]{{32,}}$"
        r"|^[^，。；！？\s]+(?:\s*[（(]\d{1,3}[）)])*(?:[_\-－]副本\d{0,3})+$"
        r"|^[【\[（(]?(?:相关)?资料图片?[】\]）)]?$",
        "图片或附件文件名",
    ),
    (r"^(?:本|此|该)?(?:文件|文档|政策)?已(?:失效|废止|作废|过期)$", "文件状态标记"),  # a government page's stamp
    # a page's control drawn as symbols and a number, neither words nor an outline marker (字号 +-14, 评论(0))
    (rf"^(?=.*[^\d\s./:：%（）()、.．-])(?!{MARKER.pattern}$)[^{HAN}A-Za-z]{{1,8}}$", "网页控件"),
    # a page number, a dash-framed one, an issue number, a journal's name and its issue over an article (中国西部 2021年2期, rw998;
    # its place in brackets after it, 党的生活(黑龙江) 2019年1期, rw1590),
    # a bulletin's masthead, its name and its publisher (教師會會訊 臺中第二高級中學, rw1070), a paper's continuation mark
    (
        r"^\d{1,3}$|^第\s*\d+\s*页|^[—\-]\s*\d+\s*[—\-]$|^【?(?:\d{4}年?|20[x×X_]{2}年)第\d+期】?$"
        rf"|^[{HAN}]{{2,12}}(?:[（(][{HAN}]{{2,6}}[）)])?\s*(?:19|20)\d{{2}}年第?\d{{1,2}}期$|^[{HAN}]{{1,10}}会讯(?:\s+[{HAN}]{{2,12}})?$"
        # a paper's mark where a report goes on from or to another page ((上接第1版), (下转第3版))
        r"|^[（(][上下](?:接|转)第?[\d一二三四五六七八九十]{1,3}版[）)]$",
        "页码/页眉",
    ),
)
# What goes as a whole line, whatever sentences it holds: a picture's caption with its credit, a social page's card, a
# site's welcome.
WHOLE_LINE_REASONS = ("图片说明", "社交主页", "网站欢迎语")
# The furniture rules written for a page's short chrome (a post's stamp, a site's name or address, a column, a control, a
# menu): a line they fire on that holds a sentence of the text's own prose (``reads_as_own_prose``) is the text, the chrome
# glued to it or named in passing (標籤：新北報導 為擴大培力…，新北市5日…表揚第一屆「金好獎社區」，…，共有41個社區發展協會
# 獲獎。, rw869; …發布时间：… 本文来源：分享到： 1月16日，…拉开帷幕，…, rw1026; …於97年度部分補助…，免費提供…網址：www.…,
# rw1315): dropping its sentence loses content, keeping the chrome costs a snippet of junk.
PAGE_CHROME_REASONS = ("网页信息", "网站名称", "网站栏目", "网页控件", "网站导航")
# An entry of the text's outline written as a sentence, its clauses and its stop (八、公告日期：…公告徵選結果於大安高工網站
# (https://…)，並通知得獎人；未錄取者恕不另行通知。, rw1492): no site numbers its chrome 一、 or （一）.
OUTLINE_SENTENCE = re.compile(rf"^\s*(?:{CN_NUMBER}、|[（(]{CN_NUMBER}[）)])[^。！？]*[，,；;][^。！？]*[。！？]$")
# Promotional sentences of template sites, judged after reflow: they are often broken
# over several lines ("来看看医院工会的 / 工作计划 / 吧!下面是本站小编……").
PROMO_PATTERNS = _patterns(
    (
        # 为大家带来的…: what a site brings its readers; 为大家带来了精彩的表演 is what children brought an audience; a site
        # gathers texts (整理, 收集) for its readers and presents what it prepared (为大家精心准备了2023年…心得体会), where a unit
        # prepares anything (喜获工会精心为大家准备的奖品, rw1837; 医院工会还为大家准备了丰富的…游戏与奖品, rw2004): what a site
        # prepared is a text, named in its clause
        r"小编|本站|这篇(有)?关于|精心(搜集|收集|整理)|为大家(?:精心)?(整理|收集|搜集)|为大家带来的"
        r"|为大家(?:精心)?准备了[^，。！？]{0,30}(?:范文|范例|文章|资料|内容|模板|计划|总结|方案|心得|体会|\d+篇)"
        r"|(?:为|给)(?:大家|您|你)(?:分享|推荐)的[^。！？]{0,20}(?:范文|范例)",  # 以下为我们为您分享的…总结范文
        "网页推广语",
    ),
    (
        r"希望(大家|它|对大家|对您|对你|您|你)[^。]{0,8}(喜欢|帮助|参考)|请?分享给您?的?好友|欢迎(阅读|借鉴|参考)|仅供参考|感谢您?的阅读",
        "网页推广语",
    ),
    # a site's reprint disclaimer (声明：该文观点仅代表作者本人，如果侵犯了您的权利，请通知我们，我们会及时删除), or a paper's
    # copyright notice (本稿件所含文字…，版权均属齐鲁晚报所有，…未经授权不得转载，违者将依法追究责任。, rw772), or a document
    # site's over the document it sells (2、本文档内容版权归属内容提供方，所产生的收益全部归内容提供方所有。…, rw046, rw2382)
    (
        r"观点仅代表作者本人|(?:如有|如果)侵犯了?(?:您|你)?的?(?:权利|权益|版权)|我们会?及时(?:删除|处理)|本文档内容版权"
        r"|版权(?:均|皆)?(?:属于?|归)(?:[^。！？]{0,20}所有|$)|未经(?:授权|许可)[^。！？]{0,6}(?:不得|严禁|禁止)(?:转载|复制)",
        "网页信息",
    ),
    # a document shop's blurb over the text it sells (《…》由会员分享，可在线阅读，更多相关《…》请在金锄头文库上搜索。)
    (r"由会员(分享|上传)|可在线阅读|请在[^。！？]{0,12}(文库|网)上?搜索", "文档信息"),
    # a writing tool's sign-off left under the text it wrote (希望这篇文章符合您的需求！如果有任何进一步的要求…), and the
    # watermark a writing site injects into its texts (此文章用心创作于…网站，请搜索微信小程序…)
    (
        r"希望(这篇|以上|本篇|这份|此)(文章|内容|范文|回答|总结|计划)?[^。！？]{0,10}(符合|满足|对您|对你|帮助到|能帮)"
        r"|如果(您)?有任何(进一步|其他)的?(要求|问题|需求|修改)"
        r"|(此|本)篇?文章?[^，。！？]{0,6}(创作|首发|原创)于[^，。！？]{0,12}(网站|平台|小程序|公众号)|请搜索(微信)?(小程序|公众号)"
        r"|写作神器|立即(了解|体验|下载|领取|购买)$",  # an advert's call to action (公文高手，…公文写作神器！立即了解)
        "网页推广语",
    ),
    (
        # a Q&A site's asker's plea after the question it copied from the title (…活动方案,这个怎么解决啊?求快回!, rw889)
        # (…工作内容有哪些,这个怎么操作啊?求快教我!, rw1289)
        r"这个(?:问题)?怎么(?:解决|操作)啊?|求快(?:回|教我)|求大神(?:帮忙|解答)|在线等[，,]?急"
        # a sample site's intro on writing the genre (我们可以提前准备写工作计划了。…写工作计划要注意哪些方面呢？, rw732), a
        # roundup's lead-in asking the reader to look at what follows (…带着这些疑问,让我们一起看看山城人民是怎样过端午的, rw1559)
        r"|(?:准备|开始|动笔)写[^。！？，]{0,6}(?:计划|总结|方案)了|写[^。！？，]{0,6}(?:计划|总结|方案)要注意"
        r"|下面(我)?就?(给|为|帮)大家|(?:参考|借鉴|阅读)(?:这些|以下|下面的?)(?:范文|范例)"
        # a sample site's lead-in that presents what follows to its readers to draw on (以下是一些优秀员工的工作报告，大家可以
        # 参考他们的写作风格…, rw2460; 以下是小编…，欢迎大家借鉴与参考, rw302, rw485, rw731; …供您参考, rw158): a text's own
        # advice names no samples after 以下是 (以下四个做好工作规划的方法供您参考, rw1144, is the text's), nor does a plan that
        # offers what follows without an addressee (以下是一些具有代表性的…活动方案，供参考与借鉴, rw2005)
        r"|(?:以下|下面)(?:是|为)[^。！？]{0,40}?(?:供(?:大家|您|你)|(?:大家|您|你)(?:可以|可)?)(?:借鉴与?)?参考"
        r"|一起来看(?:一?看|图解)|来看看|一起看看|怎么(写|动笔)(?!\s*(?:$|篇|[（(]?(?:精选|通用)?\d+篇))|该怎么(拟定|写)",
        "网页推广语",
    ),
)

MAX_PASSES = 50
# A date the page broke over lines (3 / 月5日 / 上午，分院领导深入临床一线…): a number alone, then the rest of its date, then
# the part of the day the sentence goes on with. No page number is followed by 月5日.
# A date broken over lines (2023 / 年3月…, 2023年 / 3月…, 1月 / 19日 / 上午，…): a line that is only a date's head, and the
# joined text a date that runs over the break (not a word of its own: 12 / 月度…, 2023年 / 工作计划; nor a whole date over
# the next entry: 2025年3月 / 二、活动主题, rw231)
DATE_HEAD = re.compile(r"^(?:\d{1,4}|\d{4}年|(?:\d{4}年)?\d{1,2}月)$")
BROKEN_DATE = re.compile(r"^(?:\d{1,4}年\d{1,2}月|\d{1,2}月\d{1,2}日)")
BROKEN_DAY = re.compile(r"^\d{1,4}[年月]\d{1,2}[月日](?:\d{1,2}日)?$")
PART_OF_DAY = re.compile(r"^(?:[上中下]午|早上|早晨|清晨|傍晚|晚上?)")
# A numbered heading and its body on one line, a space between (一、社区文明创建的背景与意义 在快速发展的……, see
# ``_split_run_in_heading``); not at a page number the page left between spaces inside the heading's sentence (…不断推进职工
# 1 队伍建设，…, rw620)
RUN_IN_HEADING = re.compile(
    rf"^\s*(?P<heading>(?:{CN_NUMBER}、|（{CN_NUMBER}）|[(]{CN_NUMBER}[)])[^，。；：！？,.;:!?\s]{{2,20}}"
    rf"(?:[，,][^，。；：！？,.;:!?\s]{{2,12}})?)[ \u3000]+(?P<body>(?!\d{{1,3}}\s)\S.{{20,}})$"
)
# A bullet inside a line: a dash after a space, or after the last word or sentence and before a space (1. 加强组织建设- 继续…)
INLINE_BULLET = re.compile(rf"(?:\s+[-–•]\s*|(?<=[{HAN}。；])[-–•]\s+)(?=[{HAN}])")
MIN_INLINE_BULLETS = 2
# A line longer than this, or with outline markers inside, is a paragraph or a page on one line:
# junk in it is dropped by the sentence.
LONG_LINE_CHARS = 150
MAX_CHROME_CHARS = 30  # a page's chrome before its text (搜索, a byline) is short; a paragraph is longer
# Short lines without punctuation in a run of this many at least: each a link of the site's menu (关怀版 / 手机版 / 繁體版).
MIN_MENU_LINES = 3
BULLETED_LINK = re.compile(r"\s*•\s*[^，。；！？：,.;!?:\s]{1,15}")
MAX_FOOTER_LINES = 3  # the page's chrome after the excerpt it cut off (阅读全文 / 最新发布文章更多>>)
# The header of a site's list of its other posts (新闻推荐, 相关新闻, 推荐阅读, 相關報導:, 相关内容 |) near the page's foot,
# and the lines of that list after it: teasers of other reports (3日凌晨，一列满载货物的中欧班列…也...), the site's slogan.
# A back link glued before the header (返回上一頁相關文章, rw1439) is the page's too.
RELATED_POSTS = re.compile(
    r"(?:返回(?:上一?页|列表)\s*)?"
    # (the posts named as news, 资讯 or 时讯, or a forum's as topics: 相关时讯, rw2337; 相关话题, rw2350)
    r"(?:(?:(?:新闻|相关|热点|热门|热评|随机|精彩|编辑)(?:推荐|新闻|阅读|文章|资讯|时讯|话题)|相关(?:报[导道]|内容)|推荐阅读|猜你喜欢|延伸阅读|更多新闻)"
    r"(?:\s*[：:|｜])?"
    # a news site's latest posts (即時, 最新新闻), the links to the post before and after this one (上一篇： / …)
    r"|即时(?:新闻)?|最新(?:新闻|文章|消息|资讯)|[上下]一篇[：:]?"
    # or a wiki mirror's bare 相关 over its related entries' teasers (• 头孢地尼头孢地尼 (Cefdinir)是…, rw1216)
    r"|相关)"
)
# A share widget under the text (分享, 分享到:), the headlines of the site's other posts after it, no clause of prose among
# them (…在地關懷〜 / 禮讚偉大佛陀暨…音樂會 市長黃敏惠:…〜, rw1031): the list's header as RELATED_POSTS are.
SHARE_WIDGET = re.compile(r"分享(?:到)?[：:]?")
# An article's toolbar under the text, a row of its buttons (【打印】 【推薦】 【回頁頂】 【關閉】, rw1828; [字号: ] [打印文章]
# [添加收藏], rw1212; 联系我们 | 网站地图 | 返回顶部 | 设为首页, rw554; 上一篇  下一篇, rw1502): the text has ended, and what
# follows it with no clause of prose (the site's columns, its footer) is the page's, as under ``SHARE_WIDGET``.
TOOLBAR_FIELD = re.compile(r"[^\s|｜]{1,8}")
MIN_TOOLBAR_BUTTONS = 2
# A comment board's disclaimer under the post (網友個人意見,不代表本站立場,對於發言內容,由發表者自負責任。, rw1265): the board
# and the blog's sidebar after it, no clause of prose among them, however many its boxes' lines, are the page's.
BOARD_DISCLAIMER = re.compile(r"不代表本(?:站|网|报|平台)的?(?:立场|观点)|由发表者自负责任")
MAX_RELATED_LINES = 5
MIN_RANKED_LINKS = 3  # ranks alone on their lines, each over one link, that make a site's ranked list
# Or a ranked board's row, its rank, a name and its count on one line (1 医务处 16, 14 保健科(老年医学科) 5, rw1839): the
# site's board of its units' posts; a text marks its list's entries (1、, 1.) and writes its counts with their measure words.
RANK_ROW = re.compile(r"^(?P<rank>\d{1,3})\s+[^\s。，；！？,;!?][^。，；！？,;!?]{1,23}?\s+\d{1,6}$")
# The board's head over its rows (单位排行 根据9月新闻发稿量进行统计 / 单位 发布量): it names a ranking.
BOARD_HEAD = re.compile(r"排行|排名|榜")
MAX_BOARD_HEAD_LINES = 2
MAX_LINK_LIST_LINES = 10  # a list of links (no clause of prose in any line after its header) may be this long
# A link of such a list that is another post's headline: a clause or two, a ！ or ？ at most, never a sentence's 。 (- 查分时间定了!
# 查询通道先收藏, - 坏回暖来了上热搜,此次回暖是否异常?对生产生活有何影响?, its bullet gone by then), or another header.
HEADLINE_LINK = re.compile(r"[^。；;]{2,40}")
# A picture's alternative text and its caption, the same short words twice in a row under the text (会场 / 会场).
MAX_CAPTION_CHARS = 8
CAPTION = re.compile(rf"[{HAN}]{{1,{MAX_CAPTION_CHARS}}}")
# A promo sentence that introduces what follows: 以下是…为你整理的…, 下面是小编收集的…, 下面我帮大家…分享的…, …可以参考这些范文…
# (or asks the reader to look at the reports that follow: …让我们一起看看山城人民是怎样过端午的, rw1559; …供大家參考,一起來看看吧!,
# rw1452), or presents the text the site prepared (好范文网今天为大家精心准备了2023年…心得体会,希望对大家有所帮助!, rw1444)
LEADS_IN = re.compile(
    r"(?:以下|下面)(?:是|为|就是)|下面我?(?:给|为|帮)大家|(?:这些|以下|下面的?)(?:范文|范例)|一起来?看看"
    r"|为大家(?:精心)?(?:准备|整理|收集|搜集)了"
)
INLINE_OUTLINE = re.compile(rf"[：；。！？](?:{CN_NUMBER}、|（{CN_NUMBER}）)")
# A paywall's marker glued into the text: ……此处隐藏4053个字……, ……（…省略593字，正式会员可完整阅读）……
# A paywall marker: ……此处隐藏4053个字……, ……(新文秘網(wǎng)http://120pk.cn省略593字,正式會員可完整閱讀)……
# (the site's name or address may come first, with the pinyin glosses a mirror injects; Traditional too), and the tail of
# the tag the site cut open after it (……此处隐藏7190个字……p>, rw2443; ……此处隐藏10877个字……/p>, rw819: listed with it).
HIDDEN_TEXT = re.compile(
    rf"[…\.]{{2,}}\s*[（(]?[…\.]*\s*(?:[^（()）…\s]|{PINYIN_GLOSS.pattern}){{0,40}}?"
    r"(?:此[处處])?(?:隐藏|隱藏|省略)\d+[个個]?字[^…）)]{0,16}[）)]?\s*[…\.]*(?:<?/?[A-Za-z]{1,6}>)?"
    # or a journal site's preview mark where its excerpt stops (…未能充分满足服务的需求(试读)..., rw1023), or a run of four
    # ellipses or more there, which no sentence ends with (…研究制定《xx乡绿美乡村………… over 全文共3287字,仅供站内会员…, rw1470)
    r"|[（(](?:试读|試讀)[）)]\s*[…\.]*\s*$|…{4,}\s*$"
    # or the marker alone on its line, no dots around it, the site's offer after it or dashes around it (此处隐藏2899个字。VIP
    # 会员可见, rw284; ---此处隐藏2779字,下载后查看---, rw531): no text says 此处隐藏
    r"|^[-—\s]*此[处處](?:隐藏|隱藏)\d+[个個]?字[^…]{0,16}?[-—\s]*$"
)
# A stretch the page's encoding read one byte out of step, whatever punctuation lost the byte: a full stop lost to a ? and
# a quote's lead byte to a ! (…輟學?!敖鹎镏鷮W”… for 。“金秋助學, rw1890; 確?!翱h級… for 確保“縣級…, one character up to
# the letter its last byte reads as, rw613), a lead byte lost to a lone ! (…訓(xùn)練!啊ぁ弊o… for “·”護, rw1783), or a full
# stop's second byte read as the first of the bracket after it (。ㄒ唬┎粩嗉訌娽t(yī)院… for （一）不斷加強醫, rw1917; ?。▍^總工會)
# for （區總工會, rw1653), up to the ASCII character where it falls back in step, or a ? where the next character is lost
# too (``shifted_stretch``).
SHIFT_CANDIDATE = re.compile(r"(?:(?P<lead>[?？]?[!！]|[?？])|^)(?P<run>[^\x00-\x7f？！]{1,16})(?P<back>[\x21-\x7e]?)")
# The lead byte of GBK's row of full-width punctuation (“ A1 B0, ” A1 B1, 。 A1 A3), and what a stretch read one byte over
# opens on: the byte lost was a bracket's or a quote's.
PUNCTUATION_LEAD = b"\xa1"
SHIFTED_OPENING = "（“‘《「『【〔）”’》」』】〕"
# A stretch's characters as given the page uses nowhere else (at least this share), read one byte over its own (at least this).
SHIFTED_UNSEEN, SHIFTED_SEEN = 0.75, 0.6
# An e-mail address (790124651@qq.com, gonghui@ncwu.edu.cn).
EMAIL = r"[A-Za-z0-9][\w.+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
# A telephone a notice gives with its label, Simplified or Traditional, an extension after it or not, the contact person
# named before it or not (聯系人李老師, 聯系電話:13838520356; 电话:85811046)
CONTACT_PHONE = (
    rf"(?:[联聯][系繫]人[：:]?\s*[{HAN}]{{2,4}}[，,、]?\s*)?(?:[联聯][系繫])?(?:[电電][话話]|手[机機])[：:]\s*"
    r"\d[\d\-－]{4,}\d(?:[转轉]\d{1,5})?"
)
# What a page splices into a sentence, neither the text's words nor a sentence of its own: the tail of a tag's style
# attribute the scrape cut open (…基层组织和工kground: rgb(255, 255, 255);">七、…), and a platform's numbered entrance
# (《俄罗斯专享会平台294地址章程》; a casino's brand and its site's words are ``junk.gambling_ads``, in ``_without_gambling_ads``).
SPLICED_JUNK = _patterns(
    (r"[A-Za-z-]*\s*:\s*[^;；\"<>，。：:]{1,40}[;；]\s*\"\s*>", "残留网页样式"),
    (rf"[{HAN}]{{2,6}}(?:平台|娱乐|官网)\d{{2,}}(?:地址|网址|入口|登录)", "博彩广告"),
    # a gossip site's entrance an SEO spammer puts in place of the unit's name (——程女士黑料入口举行职工登山活动, …医院文化，
    # 程女士黑料入口工会于…, rw1212): never a plan's words
    (rf"[{HAN}]{{1,4}}(?:黑料|吃瓜)(?:入口|网站|网|社)", "垃圾广告"),
    # a run of question marks where the page's encoding lost its characters (…年度工作目标任务。 ??????????????); an HTML
    # entity whose name the page's encoding turned into Han characters (携手开展&濒诲辩耻辞;盛夏赋雅趣, &ldquo; garbled, rw1478)
    (rf"[?？]{{3,}}|&[{HAN}]{{2,8}}[;；]", "乱码"),
    # a news outlet's name after the headline it brackets, its Latin name too (【…聯繫會報 觀摩…協會】環球日報社 World News
    # Media, rw726)
    (
        rf"(?<=】)\s*[{HAN}]{{2,8}}(?:[报報]社|日[报報]|晚[报報]|新[闻聞]网|新[闻聞]網|[电電]视台|[电電]視台)(?:\s*[A-Za-z][A-Za-z .]*)?$",
        "网站名称",
    ),
    # a site's English question of three words or more about the Chinese topic it names (What do you know about
    # 臺北市社區組織培力計畫?, rw727): the topic (``kept``) is the page's headline, the question's words and mark go
    (rf"^(?:[A-Za-z']+\s+){{2,}}[A-Za-z']+\s*(?P<kept>[{HAN}][^。！？?，,；;]{{2,40}})[?？]$", "网页信息"),
    # a picture's caption labelled in words with its photographer's credit, the headline glued after it (圖說:收到學生用心準備的
    # 禮物,歡喜過教師節。 人間社記者李雪麗攝均頭奉茶敬師 秋夜同樂, rw830): the caption goes, the headline stays
    (rf"^[图圖][说說][：:][^【】]{{2,80}}?[记記]者[{HAN}]{{2,4}}[摄攝](?=[{HAN}])", "图片说明"),
    # or a picture's caption of one sentence opening the line, closed by its photographer's credit (记者…摄, the README's mark of
    # a caption), the share widget after it or not, the text glued after them (嘉義縣長翁章梁(左三)由…陪同,頒獎表揚…(左)。
    # 記者魯永明/攝影 分享 facebook 嘉義縣政府…, rw1306; 为“巾帼”先进集体和个人代表颁奖。记者周金友摄 3月2日-3日,…, rw2313): a
    # reporter's credit for the words is 记者…报道 or a bracket's, and the set's twelve other 记者…摄 end their caption (rw830's
    # six, the last with the headline glued after it, rw862, rw994, rw1123, rw1161, rw2258; rw2341's stands alone)
    (
        r"^[^。！？]{4,120}。"
        rf"\s*[记記]者\s*[{HAN}]{{2,4}}\s*/?\s*[摄攝]影?(?:\s*分享\s*(?i:facebook))?\s*(?=[{HAN}\d])",
        "图片说明",
    ),
    # a picture's markdown with no word of the text glued after a sentence (…讲了意见。![](), rw1446), as it goes alone on a line
    (rf"(?<=[。！？；])\s*[!！]\[[^\]{HAN}]*\]\([^(){HAN}]*\)", "网页控件"),
    # a document site's notice of its rights spliced into a sentence, its name before it or not, a pointer to its other
    # files after it or not (…投身经济社会多学吧网本资料权属多学吧网,放上鼠标按照提示查看多学吧网更多资料发展、…, rw1476)
    (
        r"(?:[\w]{2,10}网)?本(?:资料|文档|文章|文)(?:权属|版权归属?|版权属于?)[\w]{2,10}网"
        r"(?:[，,]?(?:放上鼠标)?按照提示查看[\w]{2,10}网更多资料)?",
        "网站水印",
    ),
    # a teaser's link to the rest of its post in brackets, glued after its last sentence at the line's end (…活动推向高潮。
    # [详细], under each of twelve suggestions, rw2574): the link a line alone is (阅读全文, 《閱讀更多》 under each teaser of a
    # post list, rw1536), no word of the text
    (
        r"(?<=[。！？!?…”」])\s*[\[【［《〈](?:阅读|閱讀|查看)?(?:详细|詳細|详情|詳情|全文|更多)[\]】］》〉]\s*$",
        "网站栏目",
    ),
    # a post's update stamp glued before its teaser (编辑最后更新 2024年04月20日,新入职护士须接受…, rw1317)
    (
        r"^(?:编辑|編輯)?最[后後]更新(?:于|於|时间|時間)?\s*[：:]?\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[，,]?",
        "网页信息",
    ),
    # a contact's e-mail address, the last field of the site's header wrapped onto the text's first line (790124651@qq.com为更好
    # 的落实…, rw1566): no sentence opens on an address
    (rf"^\s*{EMAIL}(?=[{HAN}])", "网页信息"),
    # a notice's contact inside its sentence, the README's contact junk as the part of a mixed line: an e-mail address after
    # a word, in brackets or before the clause's end (…发送校工會郵箱(gonghui@ncwu.edu.cn)報備, rw2441; …报送毛老师
    # (jsmsj@zju.edu.cn), rw2221; 电子版发送至zuzhi@cug.edu.cn。, rw2449), a labelled telephone between the sentence's commas,
    # its contact person before it or not (…交校工会谈老师,电话:85811046,校工会将…, rw2440; …房間),聯系人李老師, 聯系電話:
    # 13838520356。, rw2441): the sentence stays, one of its commas with it. A footer's fields stand apart by spaces (邮箱:… 技術
    # 支持:…), a contact line opens its line (``FURNITURE_PATTERNS``), and a vendor's promo lists its channels by semicolons
    # (…定制功能开发,联系电话:…;微信:…;, rw1776, junk whole): none is a clause of a sentence.
    (
        rf"(?<=[{HAN}])[（(]\s*{EMAIL}\s*[)）]|(?<=[{HAN}]){EMAIL}(?=[，,。])"
        rf"|[，,]\s*{CONTACT_PHONE}(?=\s*。)|(?<=[，,])\s*{CONTACT_PHONE}\s*[，,]",
        "网页信息",
    ),
)
# A document site's title stamped into the text as a watermark: a clause of its own before a sentence's full stop, the
# title in book-title marks after its own words (…实行依法治教，工作计划《中学工会工作总结和工作计划》。, …创造性，企业工会工作
# 总结《企业工会工作总结范文》。) or a 范文's title alone (…综合素质，企业工会工作总结范文。), or the title between a sentence's
# end and the next entry's number (…发生率为“0”。妇产科护理工作计划9、…): a title line where the text has none.
# (a page spaced out by its PDF may keep a stray space inside the words: 企 业工会工作总结)
TITLE_WATERMARK = re.compile(
    rf"[，,](?P<echo>[{HAN} ]{{2,16}})《(?P<quoted>[^《》]{{4,30}})》(?=。)"
    rf"|[，,](?P<sample>[^，。；！？《》]{{4,30}}(?:范文|范本))(?=。)"
    rf"|(?<=[。；])(?P<glued>[^，。；！？《》\d\s]{{4,30}})(?=\d{{1,2}}[、.．])"
)
# Symbols a site injects inside words as a watermark: 送温♀暖工程, 参见⌚“送温暖工程条例”, a decorative letter alone (会𝕴上)
# an emoji sequence: symbols joined by a zero-width joiner or followed by a variation selector (👯♀️🃏); and a
# pictograph a post opens its paragraphs with or closes its last sentence with (🌟 社区工作报告，…, …而奋斗！🌟🌈🏡): a
# sticker, never the text's word (a dingbat there, ★ or ❶, may be the list's bullet or number, so pictographs only); and a
# letter of a script no Chinese page writes in, injected between the characters of a word (会议总结𓂃部署, 会议ꦕ要求, 会ꦆ上,
# rw1207: Egyptian hieroglyphs, cuneiform, Balinese, Javanese)
FOREIGN_SCRIPTS = "\U00013000-\U0001343f\U00012000-\U0001254f\u1b00-\u1b7f\ua980-\ua9df"
SYMBOLS = f"\u2300-\u23ff\u2600-\u27bf\U0001f000-\U0001faff{DECORATIVE_LETTERS}{FOREIGN_SCRIPTS}"
PICTOGRAPHS = "\U0001f000-\U0001faff"
# A keycap emoji (1️⃣: a digit, its variation selector, the enclosing keycap) is one such symbol (另外1️⃣🫰🏼,全體代表…, rw2086;
# 會上6️⃣,7位, rw180), and a closing bracket or quote ends a word as a character does (…工作報告》🏄🏿♀️、, rw2086).
KEYCAP = "[0-9#*]\ufe0f?\u20e3"
INJECTED_SYMBOL = re.compile(
    rf"(?:(?<=[{HAN}“”，。、》」』）])(?:[{SYMBOLS}]|{KEYCAP})|(?:^|(?<=[！？；：!?\s]))[{PICTOGRAPHS}])"
    rf"(?:[{SYMBOLS}\ufe0e\ufe0f\u200d]|{KEYCAP})*"
)
# A page marker glued in front of a title (3/12医院工会工作计划): page N of M, N <= M.
PAGE_MARKER_BEFORE_TITLE = re.compile(r"^(\d{1,3})\s*/\s*(\d{1,3})\s*(?=\S)")
# A page number a site puts after the title of an article it splits into pages: 社区2014年上半年工作总结(10),
# …目標計劃_第1頁.
PAGE_NUMBER_AFTER_TITLE = re.compile(r"\s*(?:[（(]\d{1,3}[）)]|[_－-]第\d{1,3}[页頁])$")
PAGE_MARKER_IN_TEXT = re.compile(r"第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?")
# Page N of M wherever a document site left it: 第1 页共 3页 (N <= M), or N/M glued to the text (1/102023年…,
# 2/102、干部配备…), which is page furniture when the file counts the same M again with another N.
PAGE_OF_PAGES = re.compile(r"第\s*(\d{1,4})\s*页\s*[,，/／]?\s*共\s*(\d{1,4})\s*页")
PAGE_FRACTION = re.compile(r"(?<![\d/.:：])(\d{1,3})\s*/\s*(\d{1,4})")


# --- text steps ---------------------------------------------------------------------------


def strip_markup(text: str) -> str:
    """Remove stray HTML tags, markdown heading/bullet/bold syntax, markdown escapes and watermarks in
    decorative letters."""
    text = ABSTRACT_START.sub("", HTML_TAG.sub("", text))
    text = MARKDOWN_HEADING.sub("", text)
    text = MARKDOWN_BULLET.sub("", text)
    text = MARKDOWN_BOLD.sub(r"\1\2", text)
    text = MARKDOWN_OPEN_BOLD.sub("", text)
    text = DECORATIVE_RUN.sub("", text)
    text = INJECTED_SYMBOL.sub("", text)
    return MARKDOWN_ESCAPE.sub(r"\1", text)


def normalize_spaces(text: str) -> str:
    """Trim, drop spaces next to Chinese text, fold other runs of space to one; a charter's label spaced out
    (``SPACED_CHARTER_LABEL``) closes up."""
    text = SPACE_RUN.sub(" ", text).strip()
    text = SPACED_CHARTER_LABEL.sub(lambda m: " ".join(g.replace(" ", "") for g in m.groups() if g), text)
    return SPACE_NEAR_CJK.sub("", text)


def inside_words(text: str) -> set[int]:
    """The offsets of ``text`` that fall inside a word of jieba's dictionary (its HMM off), no cut between words: the
    dictionary is loaded at the first call only."""
    inside, start = set(), 0
    for word in dictionary_tokenizer().cut(text, HMM=False):
        inside.update(range(start + 1, start + len(word)))
        start += len(word)
    return inside


def _without_scrape_dashes(text: str) -> str:
    """Drop each hyphen between Chinese characters that cuts a word of jieba's dictionary (its HMM off): 民-主 and
    和-谐 join into 民主 and 和谐, while 评估-方案 and 老少樂-手工制作 keep theirs (no word of the dictionary spans
    them). The dictionary is loaded at the first such hyphen only."""
    dashes = [match.start() for match in SCRAPE_DASH.finditer(text)]
    if not dashes:
        return text
    inside = inside_words(SCRAPE_DASH.sub("", text))
    # the k-th hyphen stands before position (its offset - k) of the joined text
    cut = {offset for k, offset in enumerate(dashes) if offset - k in inside}
    return "".join(char for offset, char in enumerate(text) if offset not in cut)


# What a PDF's font may put for a character, the stroke ㇐ for 一 (rw1040) or a Kangxi radical (⼀ for 一): the character.
STAND_INS = {0x31D0: "一"} | {c: unicodedata.normalize("NFKC", chr(c)) for c in range(0x2F00, 0x2FD6)}
# A small form of a punctuation mark (﹑ ﹕ ﹝﹞, Traditional pages: 一﹑維護…, 報名辦法﹕, 院工字﹝2022﹞16号; rw2332, rw1692, rw1855) is
# that mark: an outline's marker, a label's colon, a document number's brackets.
SMALL_FORMS = {c: unicodedata.normalize("NFKC", chr(c)) for c in range(0xFE50, 0xFE6C)}


def repair_scrape_artifacts(text: str) -> str:
    """Remove what anti-scraping inserts inside words and sentences: 民-主, 服务的.意识, （www.site.com）.

    A dot between Chinese characters is an artifact only where the line punctuates with
    full-width marks; in half-width text it ends a sentence and is widened instead. The dot of
    a marker that opens the line or a sentence (第二.坚持…, …方面。二.民主监督…) is the marker's own: it
    takes the full-width dot of the marker form 一．. One that parts words (``WORD_DOT``: in a name in quotes, 「迎香港回歸20周年.
    促工會發展再上台階」) stays. A paragraph's indent the page's encoding turned into question marks
    (? ? 2月21日下午，…) goes: no text opens a line with one. A stroke or a radical a PDF's font put for a character
    (㇐、成功力阻…, 第㇐時間, ``STAND_INS``) is that character, and a small form of a mark (``SMALL_FORMS``) that mark.
    """
    text = text.translate(STAND_INS | SMALL_FORMS)
    text = NUMERAL_DOT.sub(r"\1．", SCRAPE_ADDRESS.sub("", _without_scrape_dashes(LOST_INDENT.sub("", text))))
    if "。" in text or "，" in text:
        text = SCRAPE_DOT.sub(lambda m: m.group() if _parts_words(text, m.start()) else "", text)
    return text


def _parts_words(text: str, dot: int, *, joining: bool = True) -> bool:
    """The dot at ``dot`` stands inside a pair of brackets or quotes of its line, in an item of a list the line numbers
    (``LIST_ITEM_BEFORE_DOT``), or (``joining``) before a joining word (``WORD_DOT``)."""
    if joining and JOINING_WORD.match(text, dot + 1):
        return True
    if (
        LIST_ITEM_BEFORE_DOT.search(text, 0, dot)
        and sum(text.count(glyph) for glyph in NUMBER_GLYPHS) >= MIN_LIST_NUMBERS
    ):
        return True
    open_at = [i for i in range(dot) if text[i] in OPENERS and CLOSERS_OF[text[i]] not in text[i + 1 : dot]]
    return any(CLOSERS_OF[text[i]] in text[dot + 1 :] for i in open_at)


def normalize_punctuation(text: str) -> str:
    """Half-width punctuation in Chinese context becomes full width (``ASCII_ELLIPSIS`` an ellipsis, a dot parting words
    ``WORD_DOT`` stays); quotes pair up as “ ”."""
    if not re.search(f"[{HAN}]", text):
        return text
    text = ASCII_ELLIPSIS.sub("……", text)
    clauses = bool(HALF_CLAUSE_MARK.search(text))
    kept = {m.start() for m in WORD_DOT.finditer(text) if _parts_words(text, m.start(), joining=not clauses)}
    text = HALF_PUNCT_AFTER_HAN.sub(lambda m: m.group() if m.start() in kept else _WIDE[m.group(1) or m.group(2)], text)
    text = HALF_PUNCT_BEFORE_HAN.sub(lambda m: _WIDE[m.group(1) or m.group(2)], text)
    text = PAREN_WITH_HAN.sub(r"（\1）", text)
    text = LEADING_PAREN_NUMBER.sub(r"（\1）", text)
    if text.count('"') % 2 == 0:
        quotes = iter("“”" * (text.count('"') // 2))
        text = ASCII_QUOTE.sub(lambda _: next(quotes), text)
    return STRAY_COMMA.sub("", text)


def clean_text_line(text: str) -> str:
    """All single-line text steps, in order."""
    text = strip_markup(text)
    text = normalize_spaces(text)
    text = repair_scrape_artifacts(text)
    return normalize_punctuation(text)


def junk_reason(text: str, *, promo: bool = True) -> str | None:
    """Why a line is web junk or page furniture, or None when it is real text.

    ``promo=False`` checks page furniture only (the pre-reflow check).
    """
    if not text:
        return "空行"
    if not re.search(rf"[{HAN}A-Za-z0-9]", text):
        return "无文字"
    form = analysis_form(text)
    for pattern, reason in FURNITURE_PATTERNS + (PROMO_PATTERNS if promo else ()):
        if pattern.search(form):
            return reason
    return None


# --- line steps ---------------------------------------------------------------------------


def _ends_open(text: str) -> bool:
    """The line cannot end a paragraph: trailing comma or an unclosed bracket or quote; a line a site cut with an
    ellipsis in its bracket (…的服務。【聽您意見……, rw1064) can."""
    if text[-1] in "，、,（(《“‘【":
        return True
    if text.endswith("……"):
        return False
    text = MIXED_QUOTE.sub("", text)
    return any(text.count(o) > text.count(c) for o, c in ("（）", "《》", "“”", "【】"))


def _terminated(text: str) -> bool:
    return text[-1] in TERMINAL or text[-1] in CLOSERS


def _wrap_width_nearby(lines: list[Line], i: int) -> bool:
    """Another line close by has the same length and also runs on: a hard-wrapped block. A finished paragraph much
    longer than ``lines[i]`` between them parts them (two short headlines over their paragraphs, rw754): no block wraps
    around it."""
    width = len(lines[i].text)
    for step in (-1, 1):
        for j in range(i + step, max(-1, i - 7) if step < 0 else min(len(lines) - 1, i + 7), step):
            other = lines[j].text
            if len(other) > WRAP_SLACK * width + 2 and _terminated(other):
                break
            if abs(len(other) - width) <= 2 and not _terminated(other) and not starts_outline(lines[j + 1].text):
                return True
    return False


def _heads_a_paragraph(lines: list[Line], j: int) -> bool:
    """``lines[j]`` stands over the line after it: unterminated, and that line unnumbered and much longer (a heading
    over its paragraph, not the first line of a wrapped block)."""
    text = lines[j].text
    return (
        j + 1 < len(lines)
        and not _terminated(text)
        and not starts_outline(lines[j + 1].text)
        and len(lines[j + 1].text) > WRAP_SLACK * len(text) + 2
    )


def _sibling_heads_a_paragraph(lines: list[Line], i: int) -> bool:
    """The entry before ``lines[i]`` of its family (2、加强民主管理，维护职工合法权益 / 五年来，…) is a heading over a
    paragraph: ``lines[i]`` (3、建设“四有”职工队伍，促进企业发展) is one too, whatever follows it."""
    marker = split_marker(lines[i].text)[0]
    if marker is None:
        return False
    for j in range(i - 1, max(-1, i - MAX_SIBLING_DISTANCE), -1):
        sibling = split_marker(lines[j].text)[0]
        if sibling is not None and sibling.family == marker.family:
            return _heads_a_paragraph(lines, j)
    return False


def _should_join(lines: list[Line], i: int, prev: Line) -> bool:
    """Whether ``lines[i]`` continues ``prev`` (hard wrap, page break, broken link text).

    ``prev`` is the line built so far (it may already hold joined lines); ``lines`` is the
    pass's input, used to see whether ``lines[i - 1]`` sits in a block of wrapped lines.
    """
    line = lines[i]
    if (
        prev.whole
        or line.whole
        or prev.style_level is not None
        or line.style_level is not None
        or line.marker is not None
    ):
        return False
    if _page_footer(lines, i):
        return False
    a, b = prev.text, line.text
    if PART_NUMBER_LINE.match(a):
        return not MARKER.match(b)  # a part's number over its subhead (PART 01 / 健康义诊：…): the subhead's marker
    if a == b or (len(b) >= MIN_REPEATED_CHARS and a.endswith(b)):
        # the page repeats a line (a headline written twice, 2023年度工会工作述职; 110端午香包巧手做 / 端午香包巧手做, the
        # second without its number, rw591): no wrapped text does
        return False
    if any(BAR_ROW.match(text) or MENU_ROW.match(text) for text in (a, b)) or HOME_LINK.match(b):
        return False  # a site's menu, above or under (…|店家立即加入 / 黃金客蛋捲房地通 / 首頁政治社會…, rw756)
    if re.search(r"[|｜]\s*$", a):
        return False  # a cell of a page's table closed by its bar (…我們早已開始! | / 《閱讀更多》 |, rw1536): no wrap goes on
    if TITLE_SECOND_PART.match(b) and not _terminated(b):
        return True  # a title wrapped before its second part (…2024年工作总结 / 及2025年工作谋划务虚会)
    if DATE_UNIT_WRAP[0].search(a) and DATE_UNIT_WRAP[1].match(b):
        return True  # a date wrapped between its number and its unit (…已於105 / 年01月09日假…)
    if is_title_line(a) or month_schedule(a) or HOME_LINK.match(a):
        return False
    if PART_LABEL.match(a) or PART_LABEL.match(b):
        return False
    if ADOPTION_DATES.fullmatch(analysis_form(b)):
        return False  # a rule's adoption dates under its name (…選舉辦法 / 103.09.15第一屆…會議通過, rw1173): its history, no wrap
    if any(CHARTER_LABEL.match(text.split()[0]) for text in (a, b)):
        return (
            False  # a charter's chapter or article label, its article after it or not (第一章 / 第一條 本章程…, rw1326)
        )
    if PHOTO_CAPTION.search(analysis_form(a)) or PHOTO_CAPTION.search(analysis_form(b)):
        return False  # a lost photo's caption (获奖者合影 / 优秀代表发言): a line of its own, the model judges it
    if is_stamp(b) and not PROSE_PUNCTUATION.search(b):
        return False  # a post's stamp under its headline (2012-01-07 00时38分 浏览次数:): no wrapped rest
    if is_stamp(a) and not PROSE_PUNCTUATION.search(a):
        return False  # nor does a stamp wrap into the text, its widget cut open or not (…发布时间:2010年06月08日 点击数: 字号:【)
    if CREDIT_LABEL_END.search(analysis_form(a)) and PERSON_NAME.match(b.split()[0]):
        return True  # a credit's label at the line's end, its name under it (编辑: / 王红润 责任编辑: / 李飞, rw1563): one credit
    if PERSON_NAME.match(b) and not dictionary_tokenizer().FREQ.get(b):
        return False  # a person's name alone (樊城区总工会召开四届四次全委会 / 王晓丽, rw614): a byline, no broken-off word
    if (b[0] in NON_INITIAL or dangles(a)) and not MARKER.match(b):
        return True
    if starts_outline(b) or PARAGRAPH_STARTERS.match(b) or QUESTION_HEADLINE.match(analysis_form(b)):
        return False
    if AUDIENCE.match(b) and not _ends_open(a):
        return False  # a circular's addressees open its text (…创设实施方案 / 各镇、街道总工会，…工会：, rw2233): no wrap's rest
    if prev.wrapped or _ends_open(a) or breaks_inside_word(a, b):
        return True
    if _terminated(a) and not (len(a) >= 45 and a[-1] in "”’" and a[-2] not in TERMINAL):
        return False  # a long line of clauses ending in a quoted word with no stop (…激励广大党员发扬“三牛”) wraps on
    if len(a) <= MAX_CHROME_CHARS and not CLAUSE_BREAK.search(a) and SITE_WORDS.search(analysis_form(a)):
        return False  # a site's menu (首页医学教育校园动态北京大学医学部) over the headline: chrome, no wrapped line of text
    if len(PINYIN_GLOSS.sub("", a)) >= 45:  # as written: a glossed page's readings (加強(qiáng)) take no place
        # a long line without a clause break wraps only into a sentence's rest (…技术创新活 / 动，不断提高…); over a much
        # longer line it is a headline over its paragraph, over a line of fields a row, a menu or a footer
        return bool(CLAUSE_BREAK.search(a)) or (bool(CLAUSE_BREAK.search(b)) and len(b) <= WRAP_SLACK * len(a) + 2)
    if i + 1 < len(lines) and named_by(b, lines[i + 1].text):
        return False  # a short heading the paragraph it opens names again (送温暖工程 / 实施送温暖工程的目的…)
    if (
        (entry := MARKER.match(a))
        and len(a) - entry.end() >= 2
        and (
            (len(a) < 12 and not CLAUSE_BREAK.search(a))
            # or a section's heading over the file's last line (四、宣传力度大，社会影响好 / 为, rw751)
            or (
                i == len(lines) - 1
                and (entry.group("cn") or entry.group("cn_paren"))
                and not re.search(f"[{TERMINAL}]", a)
            )
        )
    ):
        return (
            False  # a short numbered heading ((三)维权保障 / 及时_, the excerpt's cut end): the start of its paragraph
        )
    # a link text or a word broken off onto its own line under a line of text: one under another word alone is not (links
    # or labels: 工会信箱 / 女职工工作, with or without the chrome the page had between them), nor are two words apart (a
    # byline: 院办宣传 何博鹏), nor is a number alone (a count: 3445 views), nor a short label in a run of them (政府信息公开指南
    # / 政府信息公开制度 / 政府信息公开年报: a menu of links), under another or under the headline (…会议在区工人文化宫举行 /
    # 项目编号 / 预算金额 / 招标单位, rw512), nor a word of Latin letters under a Chinese line (…全委（扩大）会议 / image, rw645)
    if (
        FIELD_NAME.match(form := analysis_form(b)) or (MARKER.match(a) and FIELD_WITH_VALUE.match(form))
    ) and not dangles(a):
        # a field's name heads its value, no word broken off the line above; a field with its value opens a line of its own
        # under a numbered entry (（2）业主园艺、艺术展览 / 目标要求：强调参与性…, rw1990): no sentence's rest starts with a label
        return False
    if FIELD_WITH_VALUE.match(a) and not dangles(a) and NEXT_PART_LABEL.match(b):
        # a field's value wraps into no label of the next part (地點：…46號 / 活動內容及流程：, rw893; …米扬 / 单人徒手心肺复苏
        # 比赛：, rw1293); fields in a row may (日期：… / 地點：…, a programme's, judged as one line)
        return False
    if (
        _broken_off(b)
        and (dangles(a) or not (_broken_off(a) or _in_menu(lines, i) or _headline_over_text(lines, i)))
        and not (LATIN_WORD.match(b) and re.match(f"[{HAN}]", a[-1]))
        and not _labels_over_values(lines, i)
        and not _labels_a_series(lines, i)
        and not _label_after_value(lines, i)
    ):
        return True
    top_level = (m := MARKER.match(a)) and (m.group("cn") or m.group("cn_paren"))
    if (top_level and not re.search(f"[{TERMINAL}]", a)) or len(a) < 12:
        # a short heading such as 一、加强组织建设 introduces what follows; one that holds a sentence before its open end
        # wraps (（一）持续巩固主题教育教育成果。深入学习贯彻习近平新 / 时代中国特色…)
        return False
    if FIELD_LABEL.match(b):
        return False  # a field's label (字号：) stands alone
    if len(b) < len(a) and b[-1] in TERMINAL:
        return True  # the short last line of a wrapped paragraph
    # a line much longer than the one before is no part of its wrapped block (2、加强民主管理，维护职工合法权益 /
    # 五年来，…); a little longer it can be, as half-width marks and letters take half a place
    # nor is a short line over a much longer one (a site's address over the headline of its news item and the byline),
    # nor a label of words alone over the first entry of a numbered series (…志愿者 / 活动准备 / 1. 成立, rw2102:
    # ``_labels_a_series``; a clause's rest that closes its bracket, …(2月 / 27日怀柔) / 一、…, wraps)
    return (
        len(b) <= WRAP_SLACK * len(lines[i - 1].text) + 2
        and _wrap_width_nearby(lines, i - 1)
        and not (prev is lines[i - 1] and _sibling_heads_a_paragraph(lines, i - 1))
        and not _heads_a_paragraph(lines, i)
        and not (re.fullmatch(f"[{HAN}]+", b) and _labels_a_series(lines, i))
    )


WORD_ACROSS_CONTEXT = 6  # characters on each side of a line break segmented to see a word across it


def _headline_over_text(lines: list[Line], i: int) -> bool:
    """``lines[i]``, a few words, stands between a headline and the text's first sentence (…国际劳动妇女节主题活动 /
    西岗卫生健康 / 3月5日，…, rw730): the page's account or byline under the headline, no word broken off it: it
    ends no word the headline's end begins (…会议召 / 开) nor the title's name (…全委会工作 / 方案)."""
    a, b = lines[i - 1].text, lines[i].text
    return (
        i + 1 < len(lines)
        and is_text_sentence(lines[i + 1].text)
        and reads_as_headline(a, lines[i + 1].text)
        and not is_title_line(a + b)
        and not word_across(a, b)
    )


CLAUSES = re.compile(r"[，,；;、]")  # the marks inside a sentence's run of clauses or an enumeration


def breaks_inside_word(a: str, b: str) -> bool:
    """``a``, a sentence's clauses (a comma or an enumeration's 、 in it, past its marker), breaks inside a word ``b`` ends: the page's
    wrap, whatever marker ``a`` opens with (…副理事長、理事長及監事會召集 / 人之名冊。, rw1508; …在全院范围内建立健 全关工委…,
    a one-line page's space, rw003): no heading ends there, a heading ends on a word of its own. A phrase with no clause
    mark keeps its end (2014 年主要工作回顾 过去的一年, rw720: 回顾过去 is a word of the dictionary, not of the page)."""
    return bool(CLAUSES.search(MARKER.sub("", a, count=1))) and word_across(a, b)


def word_across(a: str, b: str) -> bool:
    """A word runs across the break between ``a`` and ``b`` (…会议召 / 开): the dictionary's segmentation of the text
    around it makes no cut there. A pair of characters the dictionary happens to list is no word across it when the
    segmentation reads a word on each side (…第一次教代会 / 填写选票, rw1704: 教代会 / 填写, though 会填 is listed)."""
    tail, head = (
        analysis_form(a)[-WORD_ACROSS_CONTEXT:],
        analysis_form(b)[:WORD_ACROSS_CONTEXT],
    )  # the dictionary's script
    # a word of Chinese characters: the dictionary's segmentation runs digits and letters together (3445 / 1月31日)
    return bool(re.match(f"[{HAN}]", head) and re.search(f"[{HAN}]$", tail)) and len(tail) in inside_words(tail + head)


EMPTY_FIELD = re.compile(rf"[{HAN}]{{1,6}}[：:]")  # a page's field with no value: its label and colon
MIN_EMPTY_FIELDS = 2


def _labels_a_series(lines: list[Line], i: int) -> bool:
    """``lines[i]`` stands over the first entry of a numbered series (活动 / 一、文艺汇演 under 参与人员： / 社区工作人员…, rw1751;
    條件限制 / 1. 會員：…, rw993): the series' label, as a month over its schedule is, no word broken off the line above."""
    return i + 1 < len(lines) and opens_list(lines[i + 1].text)


def _labels_over_values(lines: list[Line], i: int) -> bool:
    """``lines[i]`` is a form's label over its value, another label under that (二、協辦單位:全國教師工會總聯合會 / 會議日期 /
    100 年10月23日(星期日) / 會議地點 / 世新大學…, rw1437): a line of its own, no word broken off the line above."""
    return (
        i + 2 < len(lines)
        and not _broken_off(lines[i + 1].text)
        and _broken_off(lines[i + 2].text)
        and not dangles(lines[i].text)
    )


def _label_after_value(lines: list[Line], i: int) -> bool:
    """``lines[i]`` is the next label of a form's run, two labels alone over their values above it (活动地点 / 市体育中心综合
    体育馆 / 参与对象 / 公司全体员工及其家属 / 活动安排 / 上午部分, rw2379; 會議日期 / 100年10月23日(星期日) / 會議地點 / 世新
    大學… / 參與人員, rw1437): a line of its own, no word broken off the value, whatever stands under it. One label over a
    value is no run, nor are fields with their values (a schedule's months: 主要活动安排 / 1月:各团队春节联欢 / 春节慰问活动 /
    2月:本院职代会 / 卡拉ok比赛, rw008, rw111), nor a table's cells (全校教師 / 105-107學年度 / 活力創新專業社群, rw1778)."""
    return i >= 4 and all(
        _broken_off(lines[k].text) and _labels_over_values(lines, k) and not FIELD_WITH_VALUE.match(lines[k + 1].text)
        for k in (i - 4, i - 2)
    )


def _broken_off(text: str) -> bool:
    """A few characters without punctuation or space: a link text, or a word broken off its line."""
    return len(text) <= 8 and not re.search(rf"[{re.escape(CJK_PUNCT)},.;:!?\s]", text) and not text.isdigit()


def _menu_link(text: str) -> bool:
    """A link of a site's menu at the page's head: a link text (``_broken_off``) or a bulleted item of a few words, brackets
    and 、 allowed (• 產投計畫(三年十萬), • 勞教、座談會、講座 under 教育訓練, rw640): a bulleted list before the text is the
    page's links."""
    return _broken_off(text) or bool(BULLETED_LINK.fullmatch(text))


def _in_menu(lines: list[Line], i: int, link: Callable[[str], bool] = _broken_off) -> bool:
    """``lines[i]`` stands in a run of at least ``MIN_MENU_LINES`` such short lines (``link``): a menu, each line a
    link."""
    start = end = i
    while start > 0 and link(lines[start - 1].text):
        start -= 1
    while end + 1 < len(lines) and link(lines[end + 1].text):
        end += 1
    return end - start + 1 >= MIN_MENU_LINES


def _without_head_menu(lines: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """A site's menu at the page's head goes before reflow could glue its links together: a run of at least
    ``MIN_MENU_LINES`` link texts (``_broken_off``) before the text opens (its first sentence, ``is_text_sentence``, or
    outline entry), none of them a title (政府信息公开指南 / 政府信息公开制度 / 政府信息公开年报 / 法定主动公开内容 / 依申请公开, 关怀版 / 手机版 / 繁體版).
    A page's title said again and again over its text (幼兒園工會計劃 five times) is the structure's to read."""
    if not any(is_text_sentence(line.text) for line in lines):
        return lines
    lines = _without_numbered_menu(lines, dropped)
    # the page's head ends where the text opens: its first sentence, outline entry or styled line
    first = next(
        i
        for i, line in enumerate(lines)
        if is_text_sentence(line.text) or MARKER.match(line.text) or line.style_level or line.marker or line.list_item
    )
    menu: set[int] = set()
    for i in range(first):
        if i not in menu and _in_menu(lines[:first], i, _menu_link) and _menu_link(lines[i].text):
            run = range(i, next((j for j in range(i, first) if not _menu_link(lines[j].text)), first))
            if not any(
                is_title_line(lines[j].text) or month_schedule(lines[j].text) or lines[j].style_level for j in run
            ):
                menu.update(run)
    dropped.extend(DroppedLine(lines[i].text, "网站导航") for i in sorted(menu))
    return [line for i, line in enumerate(lines) if i not in menu]


def _numbered_link(text: str) -> str | None:
    """The link text of a numbered line of a site's menu (1. 首页, 2. 玉兴街道): a link text (``_broken_off``) after the
    number, else None."""
    marker = MARKER.match(text.strip())
    rest = text.strip()[marker.end() :].strip() if marker else None
    return rest if rest and _broken_off(rest) else None


def _without_numbered_menu(lines: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """A site's menu or breadcrumb written as a numbered list before the text opens, its first entry the home link
    (1. 首页 / 2. 玉兴街道 / 3. 推荐头条 / 4. 正文, rw1922): the page's navigation, every entry of it; a text's list never
    opens on the site's home page."""
    for i, line in enumerate(lines):
        if is_text_sentence(line.text):
            return lines
        if HOME_LINK.fullmatch(_numbered_link(line.text) or ""):
            end = next((j for j in range(i + 1, len(lines)) if _numbered_link(lines[j].text) is None), len(lines))
            dropped.extend(DroppedLine(menu.text.strip(), "网站导航") for menu in lines[i:end])
            return lines[:i] + lines[end:]
    return lines


def _page_footer(lines: list[Line], i: int) -> bool:
    """``lines[i]`` opens the page's chrome under an excerpt the page cut off mid-sentence: a few short lines to the
    file's end, none a sentence (a bracket may close a line of chrome: 留言与评论（共有 条评论）, its table's bar gone), each
    with a site's word (阅读全文, 最新发布文章更多>>), a column's name or a post's stamp (推荐 / 2025年05月15日). They are no
    rest of the cut sentence, whatever its open end says: they stay lines of their own, judged as such."""
    return len(lines) - i <= MAX_FOOTER_LINES and all(
        len(line.text) <= MAX_CHROME_CHARS
        and line.text.rstrip(CLOSERS)[-1:] not in TERMINAL
        and (SITE_WORDS.search(form := analysis_form(line.text)) or COLUMN_NAME.fullmatch(form) or is_stamp(line.text))
        for line in lines[i:]
    )


def _joined_broken_dates(lines: list[Line]) -> list[Line]:
    """A date the page broke over lines (``DATE_HEAD`` over the rest of a ``BROKEN_DATE``) is one line with the sentence
    it opens: the number alone is no page number, the month or the day alone no heading, nor a post's date."""
    out: list[Line] = []
    broken = False  # out[-1] is a date joined from its pieces
    for line in lines:
        prev = out[-1] if out else None
        plain = prev is not None and prev.style_level is None and line.style_level is None and line.marker is None
        if plain and (
            (
                DATE_HEAD.match(head := prev.text.strip())
                and (date := BROKEN_DATE.match(head + line.text.strip()))
                and date.end() > len(head)
            )
            or (broken and BROKEN_DAY.match(prev.text.strip()) and PART_OF_DAY.match(line.text.strip()))
        ):
            out[-1] = replace(prev, text=prev.text.strip() + line.text.strip(), wrapped=line.wrapped)
            broken = True
            continue
        out.append(line)
        broken = False
    return out


# A short line that differs from others of its document only by its letters or digits (小區活動A1 / 小區活動B1 / 小區活動C1,
# rw1037): names of a series, each a line of its own
SERIES_NAME_TOKEN = re.compile(r"[A-Za-z0-9Ａ-Ｚａ-ｚ０-９]+")
MAX_SERIES_NAME_CHARS = 20
MIN_SERIES_NAMES = 3


def _series_names(lines: list[Line]) -> set[int]:
    """The ``id`` of each short line (no stop, two Han characters at least, no date) whose shape, its letters and digits masked,
    two other lines of ``lines`` share: a series' names, which the page wrote each on a line of its own; no wrapped line
    of text is one (one of them at a paragraph's end, …元朗市中心 / 小區活動C1, is no rest of it)."""

    def shape(text: str) -> str | None:
        masked = SERIES_NAME_TOKEN.sub("#", text.strip())
        # no table's cell (2024年3月|) nor a date, a time or a count: their digits are what they say, no name's number
        short = len(text) <= MAX_SERIES_NAME_CHARS and not re.search(
            f"[{TERMINAL}，,|｜]|\\d[年月日時时点點号號人名个]", text
        )
        return masked if short and masked != text.strip() and len(re.findall(f"[{HAN}]", masked)) >= 2 else None

    shapes = [shape(line.text) for line in lines]
    counts = Counter(s for s in shapes if s)
    return {id(line) for line, s in zip(lines, shapes) if s and counts[s] >= MIN_SERIES_NAMES}


def _reflow(lines: list[Line], apart: Collection[int] = frozenset(), step: Step = no_step) -> list[Line]:
    """Wrapped lines joined (``_should_join``); a line whose ``id`` is in ``apart`` joins neither neighbour, nor does a
    series' name (``_series_names``). ``step(done, total)`` is called for each line."""
    apart = set(apart) | _series_names(lines)
    out: list[Line] = []
    for i, line in enumerate(lines):
        step(i + 1, len(lines))
        if out and not {id(line), id(out[-1])} & apart and _should_join(lines, i, out[-1]):
            prev = out[-1]
            glue = " " if prev.text[-1].isascii() and line.text[0].isascii() else ""
            out[-1] = replace(prev, text=prev.text + glue + line.text, wrapped=line.wrapped)
        else:
            out.append(line)
    return out


class _Memo:
    """The single-line steps of one ``clean_lines`` call, each text computed once: most lines come
    through every pass unchanged, and a file repeats its boilerplate."""

    def __init__(self) -> None:
        self.cleaned: dict[str, str] = {}
        self.junk: dict[tuple[str, bool], str | None] = {}

    def clean(self, text: str) -> str:
        if (done := self.cleaned.get(text)) is None:
            done = self.cleaned[text] = clean_text_line(text)
        return done

    def junk_reason(self, text: str, promo: bool) -> str | None:
        key = (text, promo)
        if key not in self.junk:
            self.junk[key] = junk_reason(text, promo=promo)
        return self.junk[key]

    def drop_reason(self, text: str, promo: bool) -> str | None:
        """Why ``text`` goes: its ``junk_reason``, unless that is a rule for a page's short chrome (``PAGE_CHROME_REASONS``)
        and the text holds a sentence of its own prose: then the chrome is glued to the text or named in passing in it,
        and it stays."""
        reason = self.junk_reason(text, promo)
        return None if _chrome_over_prose(text, reason) else reason


def _clean_pass(
    lines: list[Line], dropped: list[DroppedLine], memo: _Memo, step: Step, *, keep_apart: bool
) -> list[Line]:
    """One pass of the single-line steps, junk and reflow. Junk is judged before reflow (page furniture must not glue
    lines together) and after (a promo sentence broken over several lines is only recognisable once joined). A word the
    page's chrome parts from the line above (``_drop_junk``) stays apart in this pass's reflow, to be judged alone, and
    for good with ``keep_apart`` (no model judges it in this call: the rules' view is the model's)."""
    texts = []
    for number, line in enumerate(lines, start=1):
        step(number, len(lines))
        texts.append(_with_text(line, memo.clean(line.text)))
    apart: list[Line] = []
    furniture = _without_head_menu(_drop_junk(texts, dropped, memo, step, promo=False, apart=apart), dropped)
    reflowed = _reflow(furniture, {id(line) for line in apart}, step)
    if not keep_apart:
        return _drop_junk(reflowed, dropped, memo, step, promo=True)
    reflowed, apart = _kept_whole(reflowed, apart), []
    return _kept_whole(_drop_junk(reflowed, dropped, memo, step, promo=True, apart=apart), apart)


def _kept_whole(lines: list[Line], apart: list[Line]) -> list[Line]:
    """``lines``, those of ``apart`` (by identity) marked ``whole``."""
    ids = {id(line) for line in apart}
    return [replace(line, whole=True) if id(line) in ids else line for line in lines]


def _drop_junk(
    lines: list[Line],
    dropped: list[DroppedLine],
    memo: _Memo,
    step: Step,
    *,
    promo: bool,
    apart: list[Line] | None = None,
) -> list[Line]:
    """``lines`` less their junk; ``apart`` gets the kept words that a dropped line of the page's chrome parts from the
    line above, and the word above that chrome with them. ``step(done, total)`` is called for each line."""
    kept: list[Line] = []
    after_credit = parted = False
    before_chrome: Line | None = None  # the kept word alone right above the chrome line just dropped
    page = Counter("".join(line.text for line in lines))
    lines = [part for line in lines for part in _parted_at_paywall(line)]
    followings = [""] * len(lines)  # the text of the next line with text, for each line
    for number in range(len(lines) - 2, -1, -1):
        after = lines[number + 1].text
        followings[number] = after if after.strip() else followings[number + 1]
    for number, line in enumerate(lines):
        step(number + 1, len(lines))
        text = HIDDEN_TEXT.sub(lambda m: _report(m.group(), "付费隐藏标记", dropped), line.text)
        for pattern, spliced in SPLICED_JUNK:
            text = pattern.sub(lambda m, why=spliced: _spliced(m, why, dropped), text)
        line = _without_shifted_stretches(_with_text(line, text), page, dropped)
        line = _without_gambling_ads(line, dropped)
        line = _with_text(line, TITLE_WATERMARK.sub(lambda m: _title_watermark(m, dropped), line.text))
        line = _without_glued_edges(line, followings[number], dropped)
        line = _without_page_marker(line, dropped)
        reason = memo.junk_reason(line.text, promo)
        if reason in PAGE_CHROME_REASONS and _field_among_fields(lines, number, memo, promo):
            reason = None
        if reason is None and after_credit and SIGNATURE_DATE.match(line.text.strip()):
            # the day under a report's credit (工會宣傳員 黎健撰稿 / 2023年3月3日): the post's date; under a page's number
            # (…（女职工至少2 / 1 / 2020年4月19日, rw1913), a document site's upload date: a text signs above its day
            reason = "网页信息"
        after_credit = reason in ("网页信息", "页码/页眉")
        # a line of the text's prose a rule for short chrome fires on is judged by its sentences, as a long line is
        long = (
            len(line.text) > LONG_LINE_CHARS
            or INLINE_OUTLINE.search(line.text)
            or _chrome_over_prose(line.text, reason)
        )
        # a picture's caption goes whole, its credit with it, and a social page's card (``WHOLE_LINE_REASONS``)
        if reason is not None and (long or (reason not in WHOLE_LINE_REASONS and _holds_text(line.text, memo, promo))):
            # the page's opening paragraph, before any paragraph and any collection item's title (the text after
            # one is the item's own), with more lines after it
            opening = number + 1 < len(lines) and not any(
                ITEM_TITLE.search(k.text) or (len(k.text) > MAX_CHROME_CHARS and not is_title_line(k.text))
                for k in kept
            )
            sentences: list[DroppedLine] = []
            text = _drop_junk_sentences(line.text, sentences, memo, promo, opening=opening)
            if text or long:  # a short line that goes whole (a collection's introduction) is reported whole
                dropped.extend(sentences)
                line = replace(line, text=text)
                reason = memo.drop_reason(text, promo) if text else "空行"
        parts = reason is not None and reason not in ("空行", "无文字", "页码/页眉")
        if reason is None:
            # a word alone under a line of the page's chrome (headline / 来源: 访问量: / 打印, rw815; … / 时刻新闻, rw328) is
            # judged alone, no word broken off the line above: the chrome parts it from its neighbours in this pass's
            # reflow only (a page marker parts a wrapped sentence's halves, which join); a word the junk steps keep then
            # joins as it would in the cleaned text, the chrome gone (cleaning cleaned text changes nothing), where two
            # words alone never join (``_should_join``: 工会信箱 / hnzyydxgh@163.com / 女职工工作)
            if apart is not None and parted and _broken_off(line.text):
                apart.extend([line] if before_chrome is None else [before_chrome, line])
            kept.append(line)
            before_chrome = None
        else:
            if parts and kept and number > 0 and kept[-1].text == lines[number - 1].text and _broken_off(kept[-1].text):
                before_chrome = kept[-1]
            if reason not in ("空行", "无文字"):
                dropped.append(DroppedLine(line.text, reason))
        parted = parts
    return kept


def _with_text(line: Line, text: str) -> Line:
    """``line`` with ``text``, the same line when that is its text (a pass over every line changes few)."""
    return line if text == line.text else replace(line, text=text)


def _without_glued_edges(line: Line, following: str, dropped: list[DroppedLine]) -> Line:
    """``line`` less what the page glued to its paragraph's edges, whatever the site's name: before its first clause a lead's
    shape (``junk.glued_lead_of``: a dateline's tag, a credit or a source in brackets, a reporter's credit before the day:
    the line then opens a report, ``Line.dateline``), after its last stop a credit's (``junk.glued_tail_of``), each reported
    as the page's; the text's characters stay as they are. A line the source styles (a Word heading) keeps its edges. A
    tail whose last word runs on into ``following``, the next line with text, is no paragraph's end but the text's sentence
    the page's wrap cut (…开展第十七届职工读书月、职工原创摄影比 / 赛、争做xx好网民…, rw2470: 摄影 is no credit there); of
    the 97 tails on the set's raw lines (rw001-rw2514), no other runs on so."""
    if line.style_level is not None:
        return line
    text, dateline = line.text, line.dateline
    if lead := glued_lead_of(text):
        start = text.index(lead)  # after a headline glued before it
        text, dateline = text[:start] + _report(lead.strip(), "网页信息", dropped) + text[start + len(lead) :], True
    if (tail := glued_tail_of(text)) and text.endswith(tail) and not word_across(tail, following):
        text = text[: -len(tail)] + _report(tail.strip(), "网页信息", dropped)
    return line if text == line.text else replace(line, text=text.strip(), dateline=dateline)


def shifted_stretch(match: re.Match[str], page: Counter[str]) -> bool:
    """Whether the stretch ``match`` (``SHIFT_CANDIDATE``) is the page's encoding read one byte out of step: read one byte
    over (the lead byte the ! or ? before it took put back, or its own first byte dropped) it is a bracket or a quote and
    then Han characters, most of them the page's own (``page``: its characters counted), where as given most of its
    characters are ones the page uses nowhere else (``SHIFTED_UNSEEN``, ``SHIFTED_SEEN``). After ?! (a full stop and the
    quote's lead byte both lost) the quote is witness enough: its words may be ones the page says once (?!叭恕惫? for
    “人”, rw1271) or read over to no words where the stretch lost more (?!苯痪酥禽x, rw1577)."""
    run = match.group("run")
    try:
        raw = run.encode("gbk")
    except UnicodeEncodeError:
        return False
    own = [c for c in run if c not in CJK_PUNCT]
    if not own or sum(page[c] <= run.count(c) for c in own) < SHIFTED_UNSEEN * len(own):
        return False
    for over in [PUNCTUATION_LEAD + raw] * bool(match.group("lead")) + [raw[1:]]:
        # (a byte left over before the character it falls back in step on is half of one lost)
        read = re.sub(
            "\ufffd+(?=[\x21-\x7e]?$)", "", (over + match.group("back").encode()).decode("gbk", errors="replace")
        )
        han = re.findall(f"[{HAN}]", read)
        if (
            read[:1] in tuple(SHIFTED_OPENING)
            and re.fullmatch(f"[{HAN}{CJK_PUNCT}]+[\x21-\x7e]?", read[1:])
            and han
            and (len(match.group("lead") or "") == 2 or sum(page[c] > 0 for c in han) >= SHIFTED_SEEN * len(han))
        ):
            return True
    return False


def _without_shifted_stretches(line: Line, page: Counter[str], dropped: list[DroppedLine]) -> Line:
    """``line`` less the stretches its page's encoding read one byte out of step (``shifted_stretch``), each reported as
    乱码, the ! or ? before it and the ASCII character it falls back in step on with it."""
    text = SHIFT_CANDIDATE.sub(
        lambda m: _report(m.group(), "乱码", dropped) if shifted_stretch(m, page) else m.group(), line.text
    )
    return _with_text(line, text)


def _without_gambling_ads(line: Line, dropped: list[DroppedLine]) -> Line:
    """``line`` less the gambling sites' advertisements spliced into it (``junk.gambling_ads``), each reported as 博彩广告;
    the text around them stays as it is."""
    spans = gambling_ads(line.text)
    if not spans:
        return line
    text, end = "", 0
    for start, stop in spans:
        text += line.text[end:start] + _report(line.text[start:stop], "博彩广告", dropped)
        end = stop
    return replace(line, text=text + line.text[end:])


def _title_watermark(match: re.Match[str], dropped: list[DroppedLine]) -> str:
    """The text less a document site's title stamped into it (``TITLE_WATERMARK``): a title line (an item's title, 篇二,
    is a collection's next item, never a stamp), the words before book-title marks the title's own."""
    quoted, title = match.group("quoted"), match.group("quoted") or match.group("sample") or match.group("glued")
    title = title.replace(" ", "")
    if (
        not is_title_line(title)
        or ITEM_TITLE.search(title)
        or (quoted and match.group("echo").replace(" ", "") not in quoted)
    ):
        return match.group()
    return _report(match.group().lstrip("，,"), "网站水印", dropped)


def _chrome_over_prose(text: str, reason: str | None) -> bool:
    """A rule for a page's short chrome (``PAGE_CHROME_REASONS``) fired on a line that holds a sentence of the text's own
    prose (``reads_as_own_prose``) or is a sentence of its outline (``OUTLINE_SENTENCE``)."""
    if reason not in PAGE_CHROME_REASONS:
        return False
    form = analysis_form(text)
    return reads_as_own_prose(form) or bool(OUTLINE_SENTENCE.match(form))


def _field_among_fields(lines: list[Line], number: int, memo: _Memo, promo: bool) -> bool:
    """``lines[number]`` is a field of the text's own field list that a rule for short chrome (a post's stamp) fired on: a field of an
    event's time, day, place or people (``FIELD_NAME``: 时间:9月9日下午, rw489) with a field beside it that no rule drops
    (地点:社区广场 under it), or under an outline entry that names its label (三、活动的时间 / 时间:2022年3月3日-3月8日,
    rw707). A post's stamp stands among the post's own fields (来源：, 作者：, 浏览：), which go, is labelled as one
    (发布时间：, ``POST_STAMP_LABEL``) or writes its day in digits (``DASHED_DATE``)."""
    field = event_field(analysis_form(lines[number].text.strip()))
    if field is None:
        return False
    for k in (number - 1, number + 1):
        if not 0 <= k < len(lines) or memo.junk_reason(lines[k].text, promo) is not None:
            continue
        beside = analysis_form(lines[k].text.strip())
        if (match := FIELD_WITH_VALUE.match(beside)) and not re.match(POST_STAMP_LABEL, match.group("label")):
            return True
        if k < number and MARKER.match(beside) and field.group("label")[-2:] in beside:
            return True
    return False


def _holds_text(text: str, memo: _Memo, promo: bool) -> bool:
    """A line of several sentences, one of them no junk: a paragraph a site glued its promo to (…现将在反思中得到的体会
    总结出来，以求与同行共勉。下面是小编为您带来的…)."""
    sentences = [sentence.strip() for sentence in SENTENCE.findall(text) if sentence.strip()]
    return len(sentences) > 1 and any(memo.junk_reason(sentence, promo) is None for sentence in sentences)


def _without_page_marker(line: Line, dropped: list[DroppedLine]) -> Line:
    """A title with the page marker a document site glued in front of it (3/12…) or the page number a site
    put after it (…(10)) loses the marker."""
    before = PAGE_MARKER_BEFORE_TITLE.match(line.text)
    if before is not None and int(before.group(1)) <= int(before.group(2)) and is_title_line(line.text[before.end() :]):
        return replace(line, text=line.text[before.end() :] + _report(before.group().strip(), "页码/页眉", dropped))
    after = PAGE_NUMBER_AFTER_TITLE.search(line.text)
    if after is not None and is_title_line(line.text[: after.start()]):
        return replace(line, text=line.text[: after.start()] + _report(after.group().strip(), "页码/页眉", dropped))
    return line


def _spliced(match: re.Match[str], reason: str, dropped: list[DroppedLine]) -> str:
    """Record the junk ``match`` found inside a line as dropped; what replaces it: the text it holds in its ``kept`` group
    (the topic inside a site's question), else nothing."""
    kept = match.groupdict().get("kept") or ""
    return _report(match.group().replace(kept, " ", 1).strip() if kept else match.group(), reason, dropped) + kept


def _parted_at_paywall(line: Line) -> list[Line]:
    """A line a paywall's marker (``HIDDEN_TEXT``) cuts where the text resumes at an outline entry (…为职工提供矛盾快速化
    ……(快文网…省略1003字,正式会员可完整阅读)…… 三、坚持以素质工程为载体,…, rw2499): two lines, the marker closing the first
    (it goes there) and the entry opening the second, as the entry opens its own line on the page the site cut (its
    heading and its body past a space parted as on any line, ``_split_run_in_heading``)."""
    for hidden in HIDDEN_TEXT.finditer(line.text):
        after = line.text[hidden.end() :].strip()
        if line.text[: hidden.start()].strip() and MARKER.match(after):
            resumed = _split_run_in_heading(Line(after))  # the entry's heading and its body past a space, two lines
            return [
                replace(line, text=line.text[: hidden.end()]),
                *(p for part in resumed for p in _parted_at_paywall(part)),
            ]
    return [line]


def _report(text: str, reason: str, dropped: list[DroppedLine]) -> str:
    """Record ``text`` as dropped for ``reason``; the empty string that replaces it."""
    dropped.append(DroppedLine(text, reason))
    return ""


def _drop_junk_sentences(text: str, dropped: list[DroppedLine], memo: _Memo, promo: bool, *, opening: bool) -> str:
    """A long line (a paragraph, a whole page on one line) loses only what is junk in it: a page marker
    glued to the text, or the sentence that holds a promo phrase; the rest of the line stays. An ``opening``
    line whose last sentence is a promo that introduces what follows (以下是…整理的…) is a collection's
    introduction, its general sentences about plans (書寫工作總結要用第一人稱…) included: it goes whole."""
    text = PAGE_MARKER_IN_TEXT.sub(lambda m: _report(m.group(), "页码/页眉", dropped), text)
    kept, last = [], None
    for sentence in SENTENCE.findall(text):
        reason = memo.drop_reason(sentence.strip(), promo)
        if reason in (None, "空行", "无文字"):
            kept.append(sentence)
            last = None if sentence.strip() else last
        else:
            dropped.append(DroppedLine(sentence, reason))
            last = sentence
    introduction = "".join(kept).strip()
    if (
        opening
        and last is not None
        and introduction
        and LEADS_IN.search(analysis_form(last))
        and not INLINE_OUTLINE.search(introduction)
    ):
        return _report(introduction, "合集导语", dropped)
    return introduction


def source_marked(line: Line) -> bool:
    """The source styles, numbers or lists ``line`` (a Word heading, a markdown ``#``, Word's numbering, a List Bullet
    paragraph): the author's own structure, never the junk model's to judge."""
    return line.style_level is not None or line.marker is not None or line.list_item


def _drop_model_junk(
    lines: list[Line],
    dropped: list[DroppedLine],
    junk_model: Path,
    library_files: Mapping[str, int] | None,
    step: Step,
) -> list[Line]:
    """What the junk model judges to be web junk, seen in its place in the file (and in the library: see
    ``model_junk``), is dropped: a short line whole, in a long line the junk sentences only. A text the model would
    drop whole is kept: it judges a page's chrome around a text, and a text of a short line or two has none left
    (cleaning it again would otherwise drop what the first cleaning kept beside a line the rules took)."""
    kept, dropping = [], []
    judged_lines = model_junk([line.text for line in lines], junk_model, library_files, [d.text for d in dropped], step)
    for line, judged in zip(lines, judged_lines, strict=True):
        if source_marked(line) or all(r is None for _, r in judged):
            kept.append(line)
            continue
        dropping.extend(DroppedLine(unit.strip(), reason) for unit, reason in judged if reason is not None)
        if text := "".join(unit for unit, reason in judged if reason is None).strip():
            kept.append(replace(line, text=text))
    if not kept:
        return lines
    dropped.extend(dropping)
    return kept


def _page_count(texts: list[str]) -> int | None:
    """The M of a file's glued N/M page markers: the smallest M that two of them with different N share
    (1/102023年… and 2/102、… give 10, whatever digits the text glued after it)."""
    pages: dict[int, set[int]] = {}
    for text in texts:
        for match in PAGE_FRACTION.finditer(text):
            digits, page = match.group(2), int(match.group(1))
            for width in range(1, len(digits) + 1):
                if digits[0] != "0" and page <= int(digits[:width]):
                    pages.setdefault(int(digits[:width]), set()).add(page)
    return min((m for m, seen in pages.items() if len(seen) >= 2), default=None)


def _without_page_counters(lines: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """A document site's page counters go wherever they stand in the text: 第1页共3页, and the glued N/M of
    a file that counts its pages so (see ``_page_count``)."""
    count = _page_count([line.text for line in lines])
    fraction = re.compile(rf"(?<![\d/.:：])\d{{1,3}}\s*/\s*{count}(?!\s*[/年月日])") if count else None

    def strip(text: str) -> str:
        text = PAGE_OF_PAGES.sub(
            lambda m: _report(m.group(), "页码/页眉", dropped) if int(m.group(1)) <= int(m.group(2)) else m.group(),
            text,
        )
        return fraction.sub(lambda m: _report(m.group(), "页码/页眉", dropped), text) if fraction else text

    def cell(
        k: int,
    ) -> bool:  # a table's cell a line, its bar after it (序号 | / 活动时间 | / …, rw395); a line of bars
        # only is no cell of a column but the layout's empty row (…获市总工会多项表彰 | / ||||| / |, rw1861, rw1047, rw294)
        text = lines[k].text.rstrip() if 0 <= k < len(lines) else ""
        return text.endswith(("|", "｜")) and bool(TABLE_BAR.sub("", text))

    # a page whose every line with words closes on a bar, its text's paragraph too (…述職評議會召開 | / 2023年01月23日 10時36分
    # 忻州日報 | / 本報訊 1月19日,…。 | / 【關閉窗口】 |, rw2243; rw1536): the bars are the page's layout, no table's column
    layout = sum(cell(k) for k in range(len(lines))) >= 2 and all(
        cell(k) or not TABLE_BAR.sub("", line.text) for k, line in enumerate(lines)
    )

    def unbarred(text: str, k: int) -> str:
        if not layout and (cell(k - 1) or cell(k + 1)):
            return text
        return BAR_AFTER_TEXT.sub(
            lambda m: m.group("text") + _report(m.group("bar"), "网页控件", dropped), text, count=1
        )

    return [replace(line, text=unbarred(strip(line.text), k)) for k, line in enumerate(lines)]


def without_anti_copy_strings(lines: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """A page stamped with anti-copy strings (see ``ANTI_COPY_TAIL``) loses them, at its lines' ends and on lines of
    their own; the text before them stays."""
    tails = [ANTI_COPY_TAIL.search(line.text) for line in lines]
    noises = [tail.group("noise") or tail.group("glued") if tail is not None else "" for tail in tails]
    if sum(1 for noise in noises if ANTI_COPY_SYMBOL.search(noise)) < MIN_STAMPED_LINES:
        return lines
    kept = []
    for line, tail, tail_noise in zip(lines, tails, noises, strict=True):
        noise = ANTI_COPY_LINE.match(line.text)
        if noise is not None and re.search(r"[A-Za-z]", noise.group("noise")):
            dropped.append(DroppedLine(noise.group("noise"), "防复制乱码"))
            continue
        text = line.text
        if tail is not None and re.search(r"[A-Za-z]", tail_noise):
            text = text[: tail.start() if tail.group("noise") else tail.start("glued")]
            _report(tail_noise, "防复制乱码", dropped)
        head = ANTI_COPY_HEAD.match(text)
        if head is not None and re.search(r"[A-Za-z]", head.group("noise")):
            _report(head.group("noise"), "防复制乱码", dropped)
            text = text[head.end() :]
        kept.append(_with_text(line, text))
    return kept


def _without_keyword_lines(lines: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """A hijacked page's keyword lines (``KEYWORD_LINE``) that part the halves of its sentences go, reported as spam; the
    halves join, the half under one without the comma it opens with (the half above ends with one)."""
    worded = [i for i, line in enumerate(lines) if line.text.strip()]
    planted = [
        (before, i, after)
        for before, i, after in zip(worded, worded[1:], worded[2:], strict=False)
        if KEYWORD_LINE.match(lines[i].text.strip())
        and lines[before].text.rstrip()[-1] in ",，"
        and lines[after].text.lstrip()[0] in ",，"
    ]
    if len(planted) < MIN_KEYWORD_LINES:
        return lines
    dropped.extend(DroppedLine(lines[i].text.strip(), "垃圾广告") for _, i, _ in planted)
    gone = {j for before, _, after in planted for j in range(before + 1, after + 1)}
    halves = {after for _, _, after in planted}
    kept: list[Line] = []
    for i, line in enumerate(lines):
        if i in halves:
            kept[-1] = replace(kept[-1], text=kept[-1].text.rstrip() + line.text.lstrip()[1:])
        elif i not in gone:
            kept.append(line)
    return kept


def _without_line_stamps(lines: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """A site's name stamped at the start of the text's lines (学习啦在线学习网经常做…, 学习啦在线学习网2、努力建设…): a
    phrase that opens ``MIN_STAMPED_LINES`` lines and stands before an outline marker on one of them, where no text puts
    words, goes from every line it opens. A document's title is no site's name (小学工会年度工作计划 opening its
    collection's title, its items' titles and a line glued to its first heading: a 范文 page's own)."""
    texts = [line.text for line in lines if line.style_level is None]
    stamps = {
        stamp
        for text in texts
        if MARKER_START.search(text, MIN_STAMP_CHARS, MAX_STAMP_CHARS + 1)
        for k in range(MIN_STAMP_CHARS, min(MAX_STAMP_CHARS, len(text) - 2) + 1)
        if (marker := split_marker(text[k:])[0]) is not None
        and marker.family in FAMILIES
        and re.fullmatch(rf"[{HAN}A-Za-z]+", stamp := text[:k])
    }
    opened = Counter(text[:k] for k in {len(stamp) for stamp in stamps} for text in texts)
    stamps = {stamp for stamp in stamps if opened[stamp] >= MIN_STAMPED_LINES and not is_title_line(stamp)}
    if not stamps:
        return lines
    stamp = max(stamps, key=len)
    return [
        replace(line, text=_report(stamp, "网站名称", dropped) + line.text[len(stamp) :])
        if line.style_level is None and line.text.startswith(stamp) and len(line.text) > len(stamp)
        else line
        for line in lines
    ]


def _without_site_stamps(lines: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """A document site's stamps glued to the text (see ``DOWNLOAD_STAMP``, ``SOURCE_STAMP_BEFORE_TEXT``, ``NEWS_DATELINE``,
    ``NEWS_DATELINE_IN_LINE``, ``POST_STAMP_BEFORE_TEXT``, ``POST_DATE_BEFORE_TEXT``, ``WIDGET_AFTER_SENTENCE``,
    ``POST_DATE_AFTER_SENTENCE``,
    ``SOURCE_AFTER_SENTENCE``, ``WIDGET_BEFORE_TEXT``,
    ``FIELD_BEFORE_TEXT``, ``LATIN_LABEL_BEFORE_DAY``, ``RECORD_NUMBER_CELL``, ``SITE_SLOGAN_TAIL``) go, the text stays; a line that lost its
    dateline is marked as a report's start (``Line.dateline``). What else a page glues to a paragraph's edges in a lead's
    or a credit's shape goes in every pass (``_without_glued_edges``)."""

    def strip(line: Line) -> Line:
        text = DOWNLOAD_STAMP.sub(lambda m: _report(m.group().strip(), "文档信息", dropped), line.text, count=1)
        text = SOURCE_STAMP_BEFORE_TEXT.sub(lambda m: _report(m.group().strip(), "网页信息", dropped), text, count=1)
        text, datelines = NEWS_DATELINE.subn(lambda m: _report(m.group().strip(), "网页信息", dropped), text, count=1)
        text = NEWS_DATELINE_IN_LINE.sub(lambda m: _report(m.group().strip(), "网页信息", dropped), text, count=1)
        text = POST_STAMP_BEFORE_TEXT.sub(lambda m: _report(m.group().strip(), "网页信息", dropped), text, count=1)
        text = POST_DATE_BEFORE_TEXT.sub(lambda m: _report(m.group().strip(), "网页信息", dropped), text, count=1)
        text = WIDGET_AFTER_SENTENCE.sub(lambda m: _report(m.group().strip(), "网页控件", dropped), text, count=1)
        text = POST_DATE_AFTER_SENTENCE.sub(lambda m: _report(m.group().strip(), "网页信息", dropped), text, count=1)
        text = SOURCE_AFTER_SENTENCE.sub(lambda m: _report(m.group().strip(), "网页信息", dropped), text, count=1)
        text = WIDGET_BEFORE_TEXT.sub(lambda m: _report(m.group().strip(), "网页控件", dropped), text, count=1)
        text = FIELD_BEFORE_TEXT.sub(lambda m: _report(m.group().strip(), "网页信息", dropped), text, count=1)
        text = LATIN_LABEL_BEFORE_DAY.sub(lambda m: _report(m.group().strip(), "网站栏目", dropped), text, count=1)
        text = RECORD_NUMBER_CELL.sub(lambda m: _report(m.group().strip(), "网页信息", dropped), text, count=1)
        tail = SITE_SLOGAN_TAIL.search(text)
        if tail is not None and SLOGAN_WORDS.search(tail.group("slogan")):
            text = text[: tail.start()] + _report(tail.group("slogan"), "网站名称", dropped)
        return replace(line, text=text, dateline=line.dateline or datelines > 0)

    return [strip(line) for line in lines]


def _without_teasers(lines: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """A site's teaser (see ``TEASER_LABEL``) goes whole when the page repeats it (摘要：第四届职代会… over the report that
    says it again, 导读 居委会作为… over the text it opens; past the site's name it opens with, ``TEASER_SOURCE``); else
    only its label goes (【导读】 glued to the text)."""
    bare = [re.sub(r"\W", "", line.text) for line in lines]
    kept = []
    for i, line in enumerate(lines):
        label = TEASER_LABEL.match(line.text) if line.style_level is None else None
        if label is None:
            kept.append(line)
            continue
        teaser = line.text[label.end() :]
        echo = re.sub(r"\W", "", teaser[source.end() :] if (source := TEASER_SOURCE.match(teaser)) else teaser)
        echo = echo[:MIN_TEASER_ECHO]
        if len(echo) == MIN_TEASER_ECHO and any(echo in other for j, other in enumerate(bare) if j != i):
            dropped.append(DroppedLine(line.text, "网页摘要"))
        else:
            kept.append(
                replace(line, text=line.text[label.end() :] + _report(label.group().strip(), "网页摘要", dropped))
            )
    return kept


def _without_page_chunk_numbers(lines: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """A document site that shows its preview in numbered page chunks (1、…推荐xx集团有 / 2、限xx设备… / 3、…): the
    chunks count 1, 2, 3 …, are long, and each but the last breaks off mid-sentence, so its number is the page's, not
    an item's: the numbers go and the chunks join into the one text they cut."""
    chunks = [i for i, line in enumerate(lines) if PAGE_CHUNK.match(line.text) and line.style_level is None]
    numbers = [int(PAGE_CHUNK.match(lines[i].text).group(1)) for i in chunks]
    if (
        len(chunks) < MIN_PAGE_CHUNKS
        or numbers != list(range(1, len(chunks) + 1))
        or any(len(lines[i].text) < MIN_PAGE_CHUNK_CHARS for i in chunks[:-1])
        or any(lines[i].text.rstrip()[-1] in CHUNK_CLOSERS for i in chunks[:-1])
        or chunks != list(range(chunks[0], chunks[0] + len(chunks)))
    ):
        return lines
    text = ""
    for i in chunks:
        number = PAGE_CHUNK.match(lines[i].text)
        dropped.append(DroppedLine(number.group().strip(), "页码/页眉"))
        text += lines[i].text[number.end() :].strip()
    return [*lines[: chunks[0]], replace(lines[chunks[0]], text=text), *lines[chunks[-1] + 1 :]]


def _without_ranked_links(lines: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """A site's ranked list of links (最热新闻 / 1 / 河南睢县：寒冬“腊八”送温暖，… / 2 / …, rw1650): its ranks stand alone on
    their lines, counting 1, 2, 3 … (``MIN_RANKED_LINKS`` at least), each over one line of a headline's length that is no
    sentence (no 。), or a board's rows, rank, name and count on one line (``RANK_ROW``), under a head that names the
    ranking (``BOARD_HEAD``); the list stands outside the text, before its first sentence or after its last. A page's
    numbers part pages of text, never one line each; the text's own list stands among its sentences. The ranks and links
    go."""
    sentences = [i for i, line in enumerate(lines) if is_text_sentence(line.text.strip())]
    worded = [i for i, line in enumerate(lines) if line.text.strip() and line.style_level is None]
    gone: set[int] = set()
    n = 0
    while sentences and n < len(worded):
        rank = 1
        while (
            n + 2 * rank - 1 < len(worded)
            and lines[worded[n + 2 * rank - 2]].text.strip() == str(rank)
            and MIN_HEADLINE_CHARS <= len(link := lines[worded[n + 2 * rank - 1]].text.strip()) <= MAX_JUDGED_CHARS
            and not link.endswith("。")
        ):
            rank += 1
        run = worded[n : n + 2 * (rank - 1)]
        if rank == 1:  # or its rows, each rank with its name and count on one line
            while n + rank - 1 < len(worded) and _rank_row(lines[worded[n + rank - 1]].text) == rank:
                rank += 1
            run = worded[n : n + rank - 1]
            # with the board's head over it, the lines that name the ranking and its columns
            head = worded[max(0, n - MAX_BOARD_HEAD_LINES) : n]
            named = next((j for j, k in enumerate(head) if BOARD_HEAD.search(lines[k].text)), None)
            if run and named is not None and not any(is_text_sentence(lines[k].text.strip()) for k in head[named:]):
                run = head[named:] + run
        if rank - 1 >= MIN_RANKED_LINKS and (run[-1] < sentences[0] or run[0] > sentences[-1]):
            gone.update(run)
            n += len(run)
        else:
            n += 1
    dropped.extend(DroppedLine(lines[i].text.strip(), "网站栏目") for i in sorted(gone))
    return [line for i, line in enumerate(lines) if i not in gone]


def _rank_row(text: str) -> int | None:
    """The rank of a ranked board's row (``RANK_ROW``), or None."""
    row = RANK_ROW.match(text.strip())
    return int(row.group("rank")) if row else None


def _without_related_posts(lines: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """A site's list of its other posts at the page's foot (see ``RELATED_POSTS``, ``SHARE_WIDGET``) goes with its
    header: the header stands among the last ``MAX_RELATED_LINES`` lines of words, or ``MAX_LINK_LIST_LINES`` when no line
    after it has a clause of prose (the headlines of a news site's latest posts under 即時), the list runs from it to the
    file's end. The header follows the text: one over the whole excerpt, no clause of prose before it (- 相关推荐 over a
    summary's title and its paragraphs), is the page's chrome alone, not the head of a list that runs to the end. A comment
    board's disclaimer (``BOARD_DISCLAIMER``) heads the page's rest so too, at any distance from the end."""
    worded = [i for i, line in enumerate(lines) if line.text.strip()]

    def links_after(i: int) -> bool:
        return not any(PROSE_PUNCTUATION.search(line.text) for line in lines[i + 1 :]) or all(
            HEADLINE_LINK.fullmatch(line.text.strip()) for line in lines[i + 1 :] if line.text.strip()
        )

    def prose_before(i: int) -> bool:
        return any(PROSE_PUNCTUATION.search(line.text) for line in lines[:i])

    # (the page's last line may be the header, its list cut off by the excerpt: 相关时讯, rw2337; a widget heads a list)
    tail = worded[-MAX_LINK_LIST_LINES - 1 :]
    header = next(
        (
            i
            for n, i in enumerate(tail)
            if lines[i].style_level is None
            and prose_before(i)
            and (
                (
                    RELATED_POSTS.fullmatch(analysis_form(lines[i].text.strip()))
                    and (len(tail) - n <= MAX_RELATED_LINES + 1 or links_after(i))
                )
                or (
                    (SHARE_WIDGET.fullmatch(lines[i].text.strip()) or _toolbar(lines[i].text))
                    and i != worded[-1]
                    and links_after(i)
                )
            )
        ),
        None,
    )
    if header is None:
        header = next(
            (
                i
                for i in worded
                if BOARD_DISCLAIMER.search(analysis_form(lines[i].text)) and prose_before(i) and links_after(i)
            ),
            None,
        )
    if header is None:
        return lines
    dropped.extend(DroppedLine(line.text.strip(), "网站栏目") for line in lines[header:] if line.text.strip())
    return lines[:header]


def _toolbar(text: str) -> bool:
    """``text`` is a row of a page's buttons (``TOOLBAR_FIELD`` apart, ``MIN_TOOLBAR_BUTTONS`` ``BUTTON`` words at least)."""
    fields = re.split(r"[\s|｜]+", analysis_form(text).strip())
    return (
        len(fields) >= MIN_TOOLBAR_BUTTONS
        and all(TOOLBAR_FIELD.fullmatch(field) for field in fields)
        and len(BUTTON.findall(analysis_form(text))) >= MIN_TOOLBAR_BUTTONS
    )


def _without_captions(lines: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """A picture's alternative text and caption under the text (see ``CAPTION``) go: the same short words of
    Chinese twice in a row after the text's last sentence."""
    sentences = [i for i, line in enumerate(lines) if is_text_sentence(line.text)]
    if not sentences:
        return lines
    twice = {
        i
        for i in range(sentences[-1] + 1, len(lines) - 1)
        if lines[i].text == lines[i + 1].text and CAPTION.fullmatch(lines[i].text) and lines[i].style_level is None
    }
    twice |= {i + 1 for i in twice}
    dropped.extend(DroppedLine(lines[i].text, "图片说明") for i in sorted(twice))
    return [line for i, line in enumerate(lines) if i not in twice]


def _without_bylines(lines: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """A news report's byline goes (see ``BYLINE``), also when the page glued it after the report's last sentence
    (…贡献工会力量。（匡润金）); a bare name or a unit's under the last sentence, with only the page's chrome after it, a
    name without brackets too (``junk.PERSON_NAME``: 周小博);
    one the encoding garbled at the file's end (``GARBLED_BYLINE``) or the excerpt cut there (``CUT_BYLINE``); the writers'
    names after it without brackets (``NAMES_AFTER_SENTENCE``)."""
    kept = []
    # the page's foot: after the text's last sentence (a site's links and adverts may follow the byline: rw321)
    foot = 1 + max((i for i, line in enumerate(lines) if is_text_sentence(line.text.strip())), default=len(lines))
    for i, line in enumerate(lines):
        # after any line's last sentence with its role word (…期望。(信息员:祁先春 刘浩 陈泰龙), the page's captions under it,
        # rw1132), a bare one only after the text's last line or a report's last line under the next report's headline in a
        # newsletter (…的目的了。(宗才寧) / 舉辦法紀教育培養員工崇法養廉風氣, rw1061)
        # or the next unit's report under its label in brackets in a roundup (…的热情。(制造部李玲) / 【电缆厂公司工会】公司为…, rw1272)
        closing = (
            i >= min(foot, len(lines)) - 1
            or _is_headline_after(lines[i + 1])
            or bool(LABEL_OPENING_PARAGRAPH.match(analysis_form(lines[i + 1].text)))
        )
        tail = BYLINE_AFTER_SENTENCE.search(line.text) if line.style_level is None else None
        if tail is None or not _is_byline(tail.group(), last=closing):
            at_end = line.style_level is None and i == len(lines) - 1
            tail = (
                GARBLED_BYLINE.search(line.text)
                or CUT_BYLINE.search(line.text)
                or NAMES_AFTER_SENTENCE.search(line.text)
                if at_end
                else None
            )
        # a byline after a stop with no word before it (！(工工？) takes the line with it: cleaning again drops a stop alone
        if tail is not None and re.search(r"\w", line.text[: tail.start()]):
            kept.append(replace(line, text=line.text[: tail.start()] + _report(tail.group(), "网页信息", dropped)))
            continue
        if tail is not None:
            dropped.append(DroppedLine(line.text, "网页信息"))
            continue
        last = i >= foot and i > 0 and lines[i - 1].text.endswith(tuple("。！？"))
        # a writer's bare name alone under the last sentence, no date under it (…安全稳定运行”。 / 周小博 / 评论, rw1613): a
        # report's credit; a signer's name stands over the day it signed on
        # (a collection's bare item label, 范文二, is none)
        form = analysis_form(line.text.strip())
        signed = i + 1 < len(lines) and bool(SIGNATURE_DATE.match(lines[i + 1].text.strip()))
        named = last and not signed and bool(PERSON_NAME.match(form)) and not BARE_SERIES.match(form)
        if line.style_level is None and (_is_byline(line.text, last) or named):
            dropped.append(DroppedLine(line.text, "网页信息"))
        else:
            kept.append(line)
    return kept


def _is_headline_after(line: Line) -> bool:
    """A short line with no stop and no outline marker: the next report's headline (see ``_without_bylines``)."""
    text = line.text.strip()
    return (
        line.style_level is None
        and MIN_NEXT_HEADLINE_CHARS <= len(text) <= MAX_NEXT_HEADLINE_CHARS
        and not CLAUSE_BREAK.search(text)
        and MARKER.match(text) is None
    )


def _is_byline(text: str, last: bool) -> bool:
    """A byline in brackets: with a role word or a credit wherever it stands, several credits (``CREDITS``) too, a bare
    name or a unit's (``UNIT_BYLINE``) only ``last`` in the file. Read in its analysis form (Simplified, without pinyin
    glosses: （集團(tuán)人資部）)."""
    text = analysis_form(text)
    if CREDITS.match(text) or PHOTO_CREDIT.match(text):
        return True
    if last and UNIT_BYLINE.match(text):
        return True
    byline = BYLINE.match(text) if not NOT_A_NAME.match(text) else None
    return byline is not None and bool(byline.group("role") or byline.group("later") or byline.group("credit") or last)


def _split_table_row(line: Line) -> list[Line]:
    """A row of a page's layout table, its cells parted by bars, one of them empty (| 川煤…劳动竞赛 | |||, | 煤炭资讯网 |
    2022/5/17 23:36:25 简讯 | ||, rw1045, rw1047): a line per cell (the headline, the site's name, the post's stamp), each
    judged as one, the bars a line of their own (the layout's). A text writes no two bars around nothing, but for a
    remark it left blank in a table of its own: a schedule's row by the hours (8:00~9:00 | 報 到 | |, rw893) stays one."""
    cells = [cell for cell in TABLE_BAR.split(line.text) if cell.strip()]
    if (
        line.style_level is not None
        or not EMPTY_CELL.search(EMPTY_WIDGET.sub("", line.text))
        or not cells
        or TIME_SPAN.match(cells[0])
    ):
        return [line]
    bars = "".join(TABLE_BAR.findall(line.text)).replace(" ", "")
    return [replace(line, text=cells[0]), *(Line(cell) for cell in cells[1:]), Line(bars)]


def _split_at_paragraph_tags(line: Line) -> list[Line]:
    """A line that holds a page's paragraph tags is one line per paragraph (see ``PARAGRAPH_BREAK_TAG``); a caption
    glued after a sentence or between two is a line of its own (``CAPTION_AFTER_SENTENCE``, ``CAPTION_BETWEEN_SENTENCES``)."""
    pieces = [
        piece
        for paragraph in PARAGRAPH_BREAK_TAG.split(line.text)
        for captioned in CAPTION_AFTER_SENTENCE.split(paragraph)
        for piece in CAPTION_BETWEEN_SENTENCES.split(captioned)
        if piece.strip()
    ]
    if len(pieces) < 2 or line.style_level is not None:
        return [line]
    return [replace(line, text=pieces[0]), *(Line(piece) for piece in pieces[1:])]


def _split_inline_bullets(line: Line) -> list[Line]:
    """Markdown bullets a page wrote into one line (1. 加强组织建设 -继续推进…。 -积极招募…) are items of their own
    (the dash between Chinese words is lost once spaces are cleaned); one such dash is a dash. A breadcrumb parts its
    crumbs by spaced dashes too (当前位置: 首页 - 工会工作 - 工会信息 - 正文, rw2326; rw1163, rw1414): the page's navigation,
    judged whole."""
    pieces = INLINE_BULLET.split(line.text)
    if (
        len(pieces) < MIN_INLINE_BULLETS + 1
        or line.style_level is not None
        or junk_reason(clean_text_line(line.text)) == "网站导航"
    ):
        return [line]
    return [replace(line, text=pieces[0]), *(Line(p, whole=True, list_item=True) for p in pieces[1:])]


def _without_glued_breadcrumbs(lines: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """A breadcrumb glued to the text's first sentence (see ``GLUED_BREADCRUMB``) goes, the sentence stays: the line
    is not the page's navigation whole."""
    names = {line.text.strip() for line in lines if 2 <= len(line.text.strip()) <= MAX_CRUMB_CHARS}
    kept = []
    for line in lines:
        glued = GLUED_BREADCRUMB.match(line.text) if line.style_level is None else None
        if glued is None or junk_reason(glued.group("crumbs")) != "网站导航":
            kept.append(line)
            continue
        rest = glued.group("rest")
        ends = [k for k in range(2, MAX_CRUMB_CHARS + 1) if rest[:k] in names]
        ends = ends or [k for k in range(2, MAX_CRUMB_CHARS + 1) if COLUMN_NAME.fullmatch(analysis_form(rest[:k]))]
        if not ends:
            kept.append(line)
            continue
        crumbs = line.text[: glued.start("rest")] + rest[: ends[-1]]
        kept.append(replace(line, text=rest[ends[-1] :] + _report(crumbs.strip(), "网站导航", dropped)))
    return kept


def _without_head_over_breadcrumb(lines: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """A breadcrumb whose last crumb is a later line whole (首頁 » 肯定默默奉獻 新北表揚… over 肯定默默奉獻 新北表揚…,
    rw1413): the page's path to its headline, so every line above it is the site's head (its ticker of other posts and
    their days, its menu) and goes, when none of them is a sentence of text, for the rules' reason when they have one;
    so does a short line between the breadcrumb and the headline (地方: the column the page files the post under). The
    breadcrumb itself is judged as one."""
    worded = [analysis_form(line.text.strip()) for line in lines]
    for i, line in enumerate(lines):
        if line.style_level is not None or not BREADCRUMB.search(line.text):
            continue
        last = analysis_form(BREADCRUMB_ARROW.split(line.text.strip())[-1])
        if len(last) < MIN_CRUMB_HEADLINE_CHARS or last not in worded[i + 1 :]:
            continue
        if any(is_text_sentence(above.text.strip()) for above in lines[:i]):
            return lines
        headline = worded.index(last, i + 1)
        between = [
            k
            for k in range(i + 1, headline)
            if len(lines[k].text.strip()) <= MAX_CRUMB_CHARS and not is_text_sentence(lines[k].text.strip())
        ]
        dropped.extend(
            DroppedLine(text, junk_reason(clean_text_line(text)) or "网站栏目")
            for above in [*lines[:i], *(lines[k] for k in between)]
            if (text := above.text.strip())
        )
        return [line, *(lines[k] for k in range(i + 1, len(lines)) if k not in between)]
    return lines


MAX_CARD_STAMP_CHARS = 24  # a stamp line of a source's card: a date, a length (8908字), no sentence


def _without_card_over_stamps(lines: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """The lines at the page's head over a run of stamps (8908字 / 2024-12-23 17:53:27), when the line under that run
    stands over its credits (作者:…, a stamp) before the text's first sentence: a card of the book or issue the article
    is in (社區黨建工作高質量發展報告 / 劉海泉 秦淑娟主編 / 8908字 / 2024-12-23 17:53:27 over 疫情下…對比研究 / 作者:…,
    rw1535), the page's; the headline is the line over its credits. A news item's stamp under its headline has no second
    headline over credits below it. The stamps are judged as ever."""
    texts = [line.text.strip() for line in lines]
    opening = next((k for k, text in enumerate(texts) if is_text_sentence(text)), 0)

    def stamp(k: int) -> bool:
        return len(texts[k]) <= MAX_CARD_STAMP_CHARS and is_stamp(texts[k])

    first = next((k for k in range(1, opening) if stamp(k)), None)
    if first is None or any(lines[k].style_level is not None for k in range(first)):
        return lines
    under = next((k for k in range(first + 1, opening) if texts[k] and not stamp(k)), None)
    credit = next((k for k in range(under + 1, opening) if texts[k]), None) if under is not None else None
    if credit is None or junk_reason(texts[under]) or not (stamp(credit) or junk_reason(texts[credit]) == "网页信息"):
        return lines
    dropped.extend(DroppedLine(text, "网页信息") for text in texts[:first] if text)
    return lines[first:]


def _without_masthead(lines: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """A unit's or a site's name alone on its line (``SITE_NAME``: 深圳市盐田区人民政府, 中国食品网, 新闻中心 is a column's)
    above the headline that stands over the post's stamp (来源:盐田区总工会发布时间:2025-09-09, rw1483), no sentence of text
    above it but the site's motto under its name: the site's masthead, the page's. (Tune's twelve such lines are all annotated junk.) A headline that is a
    site's own credit (安徽新闻网-安徽日报 over the stamp, rw1319) leaves the lines above it alone: one of them is the
    headline."""
    texts = [line.text.strip() for line in lines]
    filled = [k for k, text in enumerate(texts) if text]
    opening = next((k for k in filled if is_text_sentence(texts[k])), 0)
    # a site's motto under its name, a sentence of the masthead right over the headline over the stamp (新闻中心 / 百年大计，
    # 教育为本；…的重要基石。 / 我运动 我健康 我快乐——学院工会… / 发布日期:…, rw1612): the text opens under the stamp
    at = filled.index(opening) if opening in filled else 0
    motto = (
        {opening}
        if 0 < at < len(filled) - 2
        and lines[opening].style_level is None
        and re.fullmatch(SITE_NAME, analysis_form(texts[filled[at - 1]]))
        and not is_text_sentence(texts[filled[at + 1]])
        and is_stamp(texts[filled[at + 2]])
        else set()
    )
    if motto:
        opening = next((k for k in filled[at + 1 :] if is_text_sentence(texts[k])), len(texts))
    stamp = next((k for k in range(1, opening) if texts[k] and is_stamp(texts[k])), None)
    headline = next((k for k in range(stamp - 1, -1, -1) if texts[k]), None) if stamp is not None else None
    if headline is None or SITE_WORDS.search(analysis_form(texts[headline])) or is_stamp(texts[headline]):
        return lines
    heads = motto | {
        k
        for k in range(headline)
        if lines[k].style_level is None
        and re.fullmatch(SITE_NAME, analysis_form(texts[k]))
        and texts[k] != texts[headline]
    }
    dropped.extend(DroppedLine(texts[k], "网站名称") for k in sorted(heads))
    return [line for k, line in enumerate(lines) if k not in heads]


def _without_head_chrome(lines: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """A short line above the text that the page's breadcrumb names as a column on the way (首页>>女职工工作>>正文 over
    女职工工作, over the headline): the column's name, the page's; the breadcrumb's last crumb may be the text's own title.
    A day written out alone right over the text's first sentence (2018年2月5日 / 为了丰富教职工文化生活，…, rw1169): the
    post's date, as a document dates itself under its signature (``POST_DAY``). A news desk's name glued to that day
    under the headline, above the text's first sentence (福爾摩沙編採中心2025 年 5 月 2 日, rw1413): the post's byline
    (``DESK_DAY``); a signature and its date stand under the text, never above it."""
    crumbs = {
        crumb.strip()
        for line in dropped
        if line.reason == "网站导航"
        for crumb in BREADCRUMB_ARROW.split(line.text)[:-1]
    }
    opening = next((i for i, line in enumerate(lines) if is_text_sentence(line.text.strip())), len(lines))
    kept = []
    for i, line in enumerate(lines):
        text = line.text.strip()
        if i < opening and line.style_level is None and len(text) <= MAX_CRUMB_CHARS and text in crumbs:
            dropped.append(DroppedLine(text, "网页栏目"))
        elif line.style_level is None and (
            (i == opening - 1 and POST_DAY.fullmatch(text))
            or (0 < i < opening < len(lines) and DESK_DAY.fullmatch(text))
        ):
            dropped.append(DroppedLine(text, "网页信息"))
        else:
            kept.append(line)
    return kept


def _split_site_watermark(line: Line) -> list[Line]:
    """A site's watermark (its name and address) glued before the text (携笔同道公文写作范文宝典:www.….com区总工会
    2019年工作总结…) is a line of its own, judged as one; so is a title a form's fields follow on its line
    (see ``FORM_FIELD_AFTER_TITLE``) or its addressees (``ADDRESSEES_AFTER_TITLE``), a bulletin's issue number before a
    headline (``ISSUE_BEFORE_TITLE``), a post's date or tags after its headline (``POST_DATE_AFTER_HEADLINE``,
    ``TAGS_AFTER_HEADLINE``), a page's title
    before its first item's (``TITLE_BEFORE_ITEM_TITLE``) and a post's stamp and credits, or its bracketed fields, between
    a one-line page's headline and its text (``POST_CREDIT_IN_LINE``, ``POST_FIELDS_IN_LINE``, ``POST_STAMP_IN_LINE``), a
    news portal's tags before that headline too (``SECTION_TAGS_BEFORE_HEADLINE``)."""
    match = (
        SITE_WATERMARK.match(line.text)
        or FORM_FIELD_AFTER_TITLE.match(line.text)
        or ISSUE_BEFORE_TITLE.match(line.text)
        or POST_DATE_AFTER_HEADLINE.match(line.text)
        or TAGS_AFTER_HEADLINE.match(line.text)
        or _title_before_item_title(line.text)
    )
    credit = POST_CREDIT_IN_LINE.match(line.text) if match is None else None
    if credit is None and match is None:
        credit = (
            POST_FIELDS_IN_LINE.match(line.text)
            or VIEW_COUNT_IN_LINE.match(line.text)
            or POST_STAMP_IN_LINE.match(line.text)
        )
        credit = credit if credit is not None and junk_reason(credit.group("stamp")) is not None else None
    if credit is not None and line.style_level is None:
        stamp = [Line(credit.group(k)) for k in ("stamp", "rest")]
        if tags := SECTION_TAGS_BEFORE_HEADLINE.match(credit.group("mark")):
            return [Line(tags.group("tags")), replace(line, text=tags.group("headline")), *stamp]
        return [replace(line, text=credit.group("mark")), *stamp]
    if match is None and line.style_level is None and (split := _stamp_after_headline(line.text)):
        return [replace(line, text=split[0]), Line(split[1])]
    site = SITE_AFTER_HEADLINE.match(line.text) if match is None else None
    if site is not None and line.style_level is None and not re.search("[。；！？;!?]", site.group("mark")):
        return [replace(line, text=site.group("mark")), Line(site.group("site").strip(" -－–—|｜_"))]
    notice = NOTICE_BETWEEN_TITLES.match(line.text) if match is None else None
    if notice is not None and junk_reason(notice.group("notice")) is not None and line.style_level is None:
        return [replace(line, text=notice.group("mark")), *(Line(notice.group(k)) for k in ("notice", "item", "rest"))]
    addressed = ADDRESSEES_AFTER_TITLE.match(line.text) if match is None else None
    if addressed is not None and line.style_level is None:  # the title ends with no stop: no line wraps into it
        return [replace(line, text=addressed.group("mark"), whole=True), Line(addressed.group("rest"))]
    if match is None or line.style_level is not None:
        return [line]
    return [replace(line, text=match.group("mark")), Line(match.group("rest"))]


def _stamp_after_headline(text: str) -> tuple[str, str] | None:
    """A headline and, to its line's end, the post's stamp in whatever words and digits a site writes it (…组织生活会
    2024/01/20 09:12, …组织生活会 来源：区国动办 发布时间：2024-01-20, …组织生活会[ 作者:… 点击数:510 更新时间:…]): the
    stamp is what the rules judge the page's alone (``junk_reason``), or a day in digits; split at the first place it
    may start (``STAMP_START``) after a headline's words (its clauses parted by commas), no sentence closed among them
    and no field's label or credit (所属栏目:
    团委工作范文 更新时间:…, rw1237; 拟稿人:王雨 核稿人:张晋 来源:…, rw285; TNN台灣地方新聞/記者 玉女/更新日期:…, rw756: the
    page's stamp whole). None when the line is no such pair."""
    for place in STAMP_START.finditer(text):
        head, stamp = text[: place.start()].strip(), text[place.end() :].strip()
        if len(head) < MIN_HEADLINE_CHARS or not stamp:
            continue
        if (
            re.search("[。；！？;!?：:/]", head)
            or not re.search(f"[{HAN}]{{2}}", head)
            or junk_reason(head)
            or re.search(
                r"[【\[［（(][^】\]］）)]*$", head
            )  # a bracket open: a credit's (【本會理事長 董文雅/2010.04.07, rw733)
            or re.fullmatch(
                r"【[^】]*】", head
            )  # a label in brackets (【全國教師工會總聯合會新聞稿】2011.07.11, rw1041)
            or CREDIT_WORDS.search(
                head
            )  # a byline (by 有故事 編輯部 2024-11-02, rw754; …客戶端記者徐松 通訊員 王璐, rw1204)
        ):
            return None
        if (
            DAY_ALONE.fullmatch(stamp)
            or VIEW_COUNTER.fullmatch(stamp)
            or junk_reason(clean_text_line(stamp)) == "网页信息"
        ):
            return head.rstrip(" -－–—|｜_"), stamp  # (a separator between them is neither's)
    return None


def _title_before_item_title(text: str) -> re.Match[str] | None:
    """``TITLE_BEFORE_ITEM_TITLE``'s match when the part after the space is an item's title (``ITEM_TITLE``) whose
    name, less its label, the part before it names too."""
    match = TITLE_BEFORE_ITEM_TITLE.match(text)
    if match is None or not (label := ITEM_TITLE.search(match.group("rest"))) or ITEM_TITLE.search(match.group("mark")):
        return None
    name = analysis_form(match.group("rest")[: label.start()])
    return match if len(name) >= 4 and name in analysis_form(match.group("mark")) else None


def _split_run_in_heading(line: Line) -> list[Line]:
    """A numbered heading and its body written on one line with a space between
    (一、社区文明创建的背景与意义 在快速发展的……) are two lines; the space is lost once spaces are cleaned. A heading
    by its style (a markdown #### line) is one line, unless what follows the space is a site's notice (…提升服务能力
    此文章用心創作於…網站…): then the notice is a line of its own, judged as one."""
    match = RUN_IN_HEADING.match(line.text)
    if match is None or (line.style_level is not None and junk_reason(clean_text_line(match.group("body"))) is None):
        return [line]
    return [replace(line, text=match.group("heading")), Line(match.group("body"))]


def _without_english_head(lines: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """The lines of English words and no Chinese above a Chinese page's first line of Chinese go: the site's interface in
    English, its menu, buttons, notices and banners (rw2331's flipbook host: Enjoying your free trial? Only 9 days left!
    Upgrade Now / We are proud to announce that we are developing a fresh new dashboard interface… / Like / Share; Close
    Menu, rw1413; Your browser does not support JavaScript!, rw1644; News of the group, rw319; top of page, rw858). Such
    lines of tune's files are all annotated junk, none a title or a keep. A page with no Chinese is left alone, and so is
    one whose English prose runs straight into its Chinese (a bilingual page that opens on its English version, as rw600
    does under its headline: the line above the first Chinese one of ``MIN_ENGLISH_PARAGRAPH_WORDS`` words or more). A line
    another rule names (a picture's file name) is left to it."""
    first = next((k for k, line in enumerate(lines) if HAN_CHAR.search(line.text)), None)
    if not first or len(ENGLISH_WORD.findall(lines[first - 1].text)) >= MIN_ENGLISH_PARAGRAPH_WORDS:
        return lines
    head = {
        k
        for k in range(first)
        if lines[k].style_level is None and ENGLISH_WORD.search(lines[k].text) and not junk_reason(lines[k].text)
    }
    dropped.extend(DroppedLine(lines[k].text, "网页信息") for k in sorted(head))
    return [line for k, line in enumerate(lines) if k not in head]


# The passes over the whole page before the line steps, in order: each takes the lines and the dropped list.
_PAGE_PASSES = (
    _without_english_head,
    _without_ranked_links,
    _without_related_posts,
    _without_head_over_breadcrumb,
    _without_card_over_stamps,
    _without_masthead,
    _without_keyword_lines,
    without_anti_copy_strings,
    lambda lines, dropped: _joined_broken_dates(lines),
    _without_page_counters,
    _without_line_stamps,
    _without_site_stamps,
    _without_glued_breadcrumbs,
    _without_teasers,
)


def clean_lines(
    lines: list[Line],
    *,
    model: bool = True,
    junk_model: Path = MODEL_PATH,
    library_files: Mapping[str, int] | None = None,
    step: Step = no_step,
) -> tuple[list[Line], list[DroppedLine]]:
    """Clean reader output: one paragraph per line, junk removed and reported. The rules judge first;
    the junk model at ``junk_model`` (``model=False``: rules only, as the model is trained) judges what
    they keep, told by ``library_files`` how many other files of the library hold a line. ``step(done,
    total)`` is called for every line of every pass, and between the passes over the whole page before them (a file's
    progress and budget: the first pass over the lines reports, the later ones check the budget)."""
    dropped: list[DroppedLine] = []
    memo = _Memo()
    page = lines
    for page_pass in _PAGE_PASSES:
        step(0, len(lines))  # the stage reported as it begins (a 5 MB page: 6 s before a line's pass), budgets checked
        page = page_pass(page, dropped)
    current = [
        part
        for page_line in checked(page, step)  # the line passes below count the lines
        for tagged in _split_at_paragraph_tags(page_line)
        for line in _split_table_row(tagged)
        for text in _split_site_watermark(line)
        for bullet in _split_inline_bullets(text)
        for part in _split_run_in_heading(bullet)
    ]
    for _ in range(MAX_PASSES):
        cleaned = _without_head_chrome(_clean_pass(current, dropped, memo, step, keep_apart=not model), dropped)
        if model:
            cleaned = _drop_model_junk(cleaned, dropped, junk_model, library_files, step)
        if cleaned == current:
            break
        current = cleaned
    step(0, len(current))
    kept = _without_captions(_without_bylines(_without_page_chunk_numbers(current, dropped), dropped), dropped)
    return _without_empty_fields(kept, dropped), dropped


def _without_empty_fields(lines: list[Line], dropped: list[DroppedLine]) -> list[Line]:
    """The page's empty fields at its foot (主題： / 建議標籤：, rw734): ``MIN_EMPTY_FIELDS`` short labels or more, each with
    its colon and nothing after it, ending the file under the text's last sentence. One label there is a heading the
    excerpt cut (二、活动内容：) and stays."""
    k = len(lines)
    while k > 0 and lines[k - 1].style_level is None and EMPTY_FIELD.fullmatch(lines[k - 1].text.strip()):
        k -= 1
    if len(lines) - k < MIN_EMPTY_FIELDS or k == 0 or not _terminated(lines[k - 1].text):
        return lines
    dropped.extend(DroppedLine(line.text, "网页控件") for line in lines[k:])
    return lines[:k]


def clean_text(text: str) -> str:
    """Clean plain text (one line per paragraph in, one paragraph per line out)."""
    lines, _ = clean_lines([Line(t) for t in text.splitlines()])
    return "\n".join(line.text for line in lines)
