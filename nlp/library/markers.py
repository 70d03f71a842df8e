"""Outline conventions of Chinese plans: list markers, month schedules, document titles.

Shared by cleaning (never join a line that starts an outline entry), structure (levels)
and compose (renumbering). Markers are matched after punctuation is widened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlp.library.script import MAYBE_GLOSSED, analysis_form
from nlp.resources import HAN, chinese_number, dictionary_tokenizer

CN_DIGITS = "一二三四五六七八九十"
CN_NUMBER = rf"[{CN_DIGITS}]{{1,3}}"
# The posts a person is named by in a unit's text (工会主席 曲卫君, *副院长, 主席：马兴友), Simplified: the speaker or signer of
# a speech or minutes, the holder of a masked name (``placeholders``); a site credits its writer by a credit word instead.
POST_WORDS = "部长|书记|主席|主任|院长|局长|校长|科长|处长|护士长"
# A section's label in brackets inside a line (【活动对象】), not a collection's item label (【第二篇】, 【篇1】).
INLINE_LABEL = rf"(?!【(?:第?\s*(?:\d{{1,2}}|{CN_NUMBER})\s*篇|篇\s*\d{{1,2}})】)【[^【】，。]{{2,12}}】"
# A section's label in brackets opening a paragraph (【电气集团工会】值107个国际劳动妇女节之际,…。 over 【电缆厂公司工会】公司为庆祝…,
# a roundup's units, rw1272): a heading of its own, as on a line of its own. A paragraph's first sentence has a clause
# before its stop, and a paragraph is longer than a headline the page put a tag before (【护理】敬过往 爱当下 向未来!——…).
# Read in analysis form (a mirror's glosses are no length); the label may be a headline's couplet, two phrases and a comma
# (【新春佳節(jié),餃子湯圓不可少】每到除夕,…, rw2249), as a run-in heading may (``PARALLEL_RUN_IN``).
BRACKETED_COUPLET = re.compile(r"【[^【】，。]{2,12}，[^【】，。]{2,12}】")
OPENING_LABEL = rf"(?:{INLINE_LABEL}|{BRACKETED_COUPLET.pattern})"  # a label in brackets before the words it heads
LABEL_OPENING_PARAGRAPH = re.compile(rf"^\s*{OPENING_LABEL}(?=[^。！？]*?[，,][^。！？]*[。！？])(?=.{{60,}})")

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# Digits with a full stop in one character (⒈ ⒉ … ⒛), a form of 1. 2.
DIGIT_STOPS = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"
# Digits in brackets in one character (⑴ ⑵ … ⒇), a form of （1） （2）; 1) is one too, and 【一】 a form of （一）.
PAREN_DIGITS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
# Chinese numbers in brackets in one character (㈠ ㈡ … ㈩), a form of （一） （二）.
PAREN_CN_DIGITS = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"

# The numbers written in one character (① ⑴ ⒈ ㈠), which number the items of a list run into a sentence
# (签到分组安排：①机关.肿瘤②内科.外科…) as well as entries.
NUMBER_GLYPHS = CIRCLED + PAREN_DIGITS + DIGIT_STOPS + PAREN_CN_DIGITS

# Canonical outline families, outermost first: 一、 → （一） → 1. → （1） → ①
FAMILIES = ("cn", "cn_paren", "num", "num_paren", "circled")
# Ordinal labels, families of their own outside the canonical order: 第一，第二. (ordinal), 第一阶段：第二步：第一环节：
# (ordinal_part) and a word numbered after it, 活动一：活动二“…”, 說明一、, 案由（一）： (ordinal_label). They stand at any depth, so an
# outline nests them under whatever is open. 首先，其次，最后 and 一是，二是 open paragraphs, not entries, and are no marker.
# A dash before a sentence (――坚持服务大局。要把…) is a bullet of the same kind, family "dash"; a dash before a phrase with no
# stop (——记综合党支部4月组织生活会, a subtitle; ——习近平, a quotation's author) is none.
# A glyph before a line (★开展巾帼志愿者服务活动, ◆…, ●…, ◎…): a bullet, family "bullet", read as any entry is.
# Chinese numbers in their formal writing (壹、貳、參、…柒、, a Taiwanese meeting's minutes) stand outside the canonical
# order too, family "cn_formal": its entries hold 一、 sections.
# A part's number in Latin letters (PART 01, on its own line over the part's subhead), or its number alone, written with
# two digits, before the part's subhead past a space (01 盛大启幕,凝聚奋进力量 / 02 同台竞技,…, a web article's parts, rw1829):
# family "part".
# A FAQ's question after its Q and its colon (Q:職工福利委員會如何設立?, its A: answer under it): family "faq".
# A charter's article before its text (第五條 本會之任務如下:, 第廿七條: 本會會員代表大會，…, 第 1 條 法律依據): family "article".
ORDINAL_FAMILIES = ("ordinal", "ordinal_part", "ordinal_label", "dash", "bullet", "cn_formal", "part", "faq", "article")
# A charter's number in words, its tens written as one letter or not (第三十條, 第卅條, 第卅一條, 第廿二條) and past a hundred.
CHARTER_NUMBER = rf"[{CN_DIGITS}廿卅卌百零〇]{{1,4}}"
# A charter's chapter over its name or an article's number alone, its colon after it or not (第一章 總則, 第1條, rw1120;
# 第一條:, rw1304), or before its caption past a space (第 1 條 法律依據, 第 7 條 贊助會員資格, rw1244): labels the structure reads.
ARTICLE_CAPTION = r"\s+[^\s，。；：:！？]{2,8}$"
# A charter's article number before its text or its caption (第五條 本會之任務如下:, 第廿七條: 本會會員代表大會，…, 第 1 條
# 法律依據, rw1244; 第三條 本會會址設於…36號。, rw1326), the caption glued to it or not (第2條會名; a sentence citing an article,
# 第三条规定的…，, is prose): the ``article`` family of ``MARKER``, which the junk rules also leave to the structure.
ARTICLE = rf"第\s*(?:{CHARTER_NUMBER}|\d{{1,3}})\s*[条條](?:\s*[：:、]|\s+|(?=[^\s，。；：:！？]{{2,12}}$))"
CHARTER_LABEL = re.compile(
    rf"^第(?:{CHARTER_NUMBER}|\d{{1,3}})(?:章\s*[^\s，。；：:！？]{{0,12}}|[条條](?:[：:]?$|(?={ARTICLE_CAPTION})))"
)
# A charter's amendment record (修正第8、9、14條 flattened to 修正第8914202340, 修正章程名稱及第14條, rw2332): the charter's own
# history of its articles, as the meetings that passed them are (103.09.15第一屆第二次理監事聯席會議通過).
CHARTER_AMENDMENT = re.compile(rf"^(?:修正|修订|修改|增订|删除)[^，。；]{{0,8}}?第\s*(?:\d|[{CN_DIGITS}])")
# A section's number in decimal parts (1.1, 1.2.1: a paper's or a report's sections, rw243, rw1104), or a bare one over
# them (1资料与方法 over 1.1一般资料), before the section's name: each depth a family of its own, nested in the order of its
# parts. A number alone says nothing (5.12护士节, 3.5万元): the structure reads it as a section's only beside its siblings
# or its sub-sections in the same document, and keeps it apart from the text as Word's numbering is (``Line.marker``).
DECIMAL_SECTION = re.compile(r"\d{1,2}(?:\.\d{1,2}){0,3}")
# A part's number alone on its line: the marker of the subhead under it, which the reflow joins to it (PART 01, rw822; with
# a dot, PART.01, rw2068).
PART_NUMBER = r"(?i:part)\s*[.．]?\s*\d{1,2}"
PART_NUMBER_LINE = re.compile(rf"^\s*{PART_NUMBER}\s*$")

STRUCTURAL_PARTICLES = "的地得之"  # they tie a word to the one before it: no sentence opens with one
DANGLING = STRUCTURAL_PARTICLES + "和与及或在对把被将从向"  # a line or phrase ending in these is cut mid-phrase
# Words that end in one of those and are whole (活动目的, 工作方向, 普法普及): a line may end in them.
WHOLE_WORD_ENDS = re.compile(r"(?:目的|方向|导向|普及)$")
# The span a line's last word is read in (``dangles``).
LAST_WORD_SPAN = 8


def dangles(text: str) -> bool:
    """``text`` ends mid-phrase: in a particle or a preposition (``DANGLING``), not in a whole word that ends in one
    (二、活动目的 over its paragraph is a heading, no line broken off at 的). 地 ends a noun of the dictionary (五、活动场地 over
    its place, rw2077; 宣传阵地, 教育基地, 深入实地) where the particle stands alone after its adverb (认真扎实地 / 开展…)."""
    if text[-1:] == "地":
        return len(list(dictionary_tokenizer().cut(text[-LAST_WORD_SPAN:], HMM=False))[-1]) == 1
    return text[-1:] in DANGLING and not WHOLE_WORD_ENDS.search(text)


MONTH_NAME = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"

MARKER = re.compile(
    # (一), 【一】, ⑴ and a 一) whose opening bracket is left out, as 1)'s is (一)常规工作 under 一、, rw2634)
    rf"^(?:(?P<cn_paren>(?:[（(]{CN_NUMBER}[）)]|{CN_NUMBER}[)）](?=[^\s)）])|【{CN_NUMBER}】|[{PAREN_CN_DIGITS}])[、，.．]?)"
    rf"|(?P<num_paren>(?:[（(]\d{{1,3}}[）)]|\d{{1,2}}[)）]|[{PAREN_DIGITS}])[、，.．]?)"
    # -、: a 一、 whose 一 a conversion read as a hyphen; a 、 alone before a short phrase that is the whole line: a 二、 whose
    # numeral the page lost (一、活动主题 / … / 、学习内容 / 1.学习…, rw1538)
    rf"|(?P<cn>{CN_NUMBER}(?:、|[，．.。](?!\d))|[-－]、|、(?=[^、，。；：,;:！？!?\s]{{2,15}}$))"
    rf"|(?P<num>\d{{1,3}}(?:、|[，,．：:](?!\d)| ?\.(?!\d)|[.．](?={MONTH_NAME}月))|[{DIGIT_STOPS}])"
    rf"|(?P<circled>[{CIRCLED}][、，.．]?)"
    rf"|(?P<ordinal>第{CN_NUMBER}(?:、(?![{CN_DIGITS}])|[，：:]|[.．。](?!\d)))"
    rf"|(?P<ordinal_part>第?{CN_NUMBER}(?:阶段|階段|步|部分|[环環][节節])[、，：:]|第{CN_NUMBER}(?:(?:章|部分|篇章|[乐樂]章)[、，：:\s]|章(?=[\u4e00-\u9fff])))"  # its 第
    # may be left out: 一階段：; an event's segment as its stage (第一环节:宣传与报名阶段, rw2217; 环节一 past a space below); a
    # charter's chapter or a part before its name past a space (第一章 總則, rw1120; 第一部分 组织机构及职责, rw1932; a chapter
    # glued to its name too, 第一章总则, rw2631), an
    # event's chapter or movement (第一篇章  迎新趣味运动会…, rw2032; never a collection's 第一篇, its 章 after it)
    rf"|(?P<article>{ARTICLE})"
    rf"|(?P<ordinal_label>(?:(?![{CN_DIGITS}第])[\u4e00-\u9fff]){{2,4}}{CN_NUMBER}(?:[：:]|(?=[“《]))"
    rf"|(?:(?![{CN_DIGITS}第])[\u4e00-\u9fff]){{2}}{CN_NUMBER}、(?![{CN_DIGITS}])"  # 說明一、 (two characters: no 规范统一、)
    rf"|(?:(?![{CN_DIGITS}第])[\u4e00-\u9fff]){{2,4}}[（(]{CN_NUMBER}[）)][：:]"  # 案由（一）：
    # or a word that names a part, numbered, before the part's name past a space (篇章一 烛光点点爱相随, 篇章二 花永生 爱永恒, an
    # event's chapters, rw1752; 环节一 …, 板块二 …)
    rf"|(?:篇章|章[节節]|[环環][节節]|板[块塊]|[单單]元)\s*{CN_NUMBER}(?=\s+[\u4e00-\u9fff“]))"
    r"|(?P<dash>(?:——|――|－－)(?=[^—―－。！？；\s]{2,30}[。！？；]))"
    r"|(?P<bullet>[★☆◆◇●■◎](?=[^\s★☆◆◇●■◎]))"
    r"|(?P<cn_formal>[壹贰貳叁參肆伍陆陸柒捌玖拾]{1,3}、)"
    rf"|(?P<part>{PART_NUMBER}(?![\d.])|0[1-9](?=\s+[{HAN}]))\s*(?=[^\x00-\x7f])"
    r"|(?P<faq>Q\s*[：:])(?=[^\x00-\x7f]))\s*"
)

MAX_TITLE_CHARS = 100  # longer than any title TITLE can match (36 before the kind, a few labels after)
# A month or a span of months (3月, 7月—8月份, 七、八月份) as a schedule's heading.
MONTH_LINE = re.compile(
    rf"^(?P<first>{MONTH_NAME})(?:月份?(?:[—\-－~～至到、]?(?P<last>{MONTH_NAME})月份?)?"
    rf"|[—\-－~～至到、，,](?P<span_last>{MONTH_NAME})月份?)[：:]?$"
)
# A schedule entry: the month as a label before what is done in it (3月：召开职代会).
MONTH_ENTRY = re.compile(rf"^{MONTH_NAME}月份?[：:]\s*\S")

# A speech's, a host's or a letter's address to the audience, a line of its own (各位领导、同志们：, 尊敬的各位家长：; a
# letter's to a whole people of workers, 全国各族职工：, rw1302): the text's own, never junk; a document that opens with it is
# neither a plan nor a summary (a summary read out at a meeting names its genre in its title).
ADDRESS = re.compile(
    r"^(?:(?:尊敬的|各位|亲爱的|同志们)[^。，；]{0,16}|(?:全国|全省|全市|全县|全区|广大)[^。，；：:]{0,12}"
    r"(?:职工|劳动者|妇女|同胞|朋友|同志)们?)[：:]$"
)
# A speaker's greeting to the audience, the time of day in it or not (大家好, 各位领导上午好, 同志们好): the text's words to
# its readers, alone on a line (``AUDIENCE``) or inside one (a speech's opening, a page's welcome: ``titles.ADDRESSES_READER``)
GREETING = r"(?:大家|各位[^，。！,!]{0,8}|同志们|朋友们)(?:上午|下午|晚上)?好"
# The text's words to its audience besides ``ADDRESS``: a circular's addressees (各有关基层党委、党总支：, 各分工会：) and a
# speech's greeting alone on its line (大家好！): never the junk model's to drop. The addressees may be named under their
# body or scope (工会各基层分会：, rw2250; 机关各工会小组：, rw1682; 公司各工会小组：, rw2100; 所属各单位工会：, rw1141;
# 市局各科室及所属各单位：, rw1909), the last word a body's (会, 组, 室, 位): a section's label names its work (落实各项措施：).
AUDIENCE = re.compile(
    rf"^各[^。；：:！？]{{1,30}}[：:]$|^[{HAN}]{{1,6}}各[^。；：:！？]{{1,24}}[会會组組部室委处處局院校位][：:]$|^{GREETING}[！!。]?$"
)
# A part of an essay named by its label alone on a line (摘要, 前言, 结语; a journal's abstract in each language, 中文摘要 and
# 英文摘要, rw1784; its English label over the English abstract, Abstract, rw2016): a heading over that part, never a wrapped
# word nor a site's Latin chrome.
PART_LABEL = re.compile(
    r"^(?:(?:中文|英文|外文)?摘要|前言|引言|导言|结语|结束语|(?i:abstract|introduction|conclusions?|preface|foreword))$"
)
# An official document's number (发文字号): its issuer's short name, the year in square or tortoise-shell brackets, the
# serial and 号 (湖卫健发〔2023〕1号 under a notice's headline, rw2347; cited in the text, 中办发〔2009〕44号, rw1830; 川委办〔2020〕20号,
# rw658): the document's own reference, as its date is, never a site's stamp (a site numbers its posts without a year).
DOCUMENT_NUMBER = re.compile(
    rf"[{HAN}]{{0,12}}[〔［\[](?:19|20)\d{{2}}[〕］\]]\s*第?\s*\d{{1,5}}\s*[号號](?![楼樓室院])"
)
# The date under a document's signature or a report's byline, a line of its own (2025年1月5日).
SIGNATURE_DATE = re.compile(r"^(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?$")
# A day written out alone, its weekday or its time after it or not (2018年2月5日, 2017年01月23日 星期一 09:30): over the text
# or between a site's preview and the text, the post's date.
POST_DAY = re.compile(
    r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:\s*星期[一二三四五六日天])?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
)
# A collection item's label: 篇1, 范文一, 模板2, 第1篇 (a count, 八篇, (精选5篇), is the collection's).
ITEM_NUMBER = rf"(?:{CN_NUMBER}|\d{{1,2}})"
ITEM_WORDS = ("篇", "范文", "模板")
# A collection of plans may number its items by their genre word (社区重阳节活动策划方案1, 护士节的活动方案2, rw1842, rw1254),
# a word that also names a plan in a title or a sentence (…实施方案2015, 提前准备好一份方案,方案一般包括…): that word and its
# number label an item only alone on their line (方案一：, rw271; ``BARE_SERIES``), never inside a line (``SERIES``).
GENRE_ITEM_WORDS = ("方案",)


def _series(words: tuple[str, ...]) -> str:
    """An item's label by one of ``words`` and its number (篇1, 范文一), or by its ordinal (第1篇)."""
    return rf"(?:(?:{'|'.join(words)})\s*{ITEM_NUMBER}|第\s*{ITEM_NUMBER}\s*篇)"


SERIES = _series(ITEM_WORDS)
# The brackets a site puts round an item's label (【篇1】, (范文2), 『范文1』: rw1077).
SERIES_OPEN = r"[【\[（(『「]"
SERIES_CLOSE = r"[】\]）)』」]"
# An item's label alone on its line (篇一, 范文2：, 方案一：, 三篇): the structure reads it, no title and no junk model's line.
BARE_SERIES = re.compile(rf"^(?:{_series(ITEM_WORDS + GENRE_ITEM_WORDS)}|{CN_NUMBER}篇)[：:。]?$")
# The grade a site gives its 范文 in brackets (学校工会工作总结(优), …（实用）, 2022幼儿园秋季工作计划(精选)篇1): the site's.
SITE_GRADE = r"[（(【](?:优|优秀|实用|精选|推荐|通用|热门|经典)[）)】]"
# An item's label before its title: 第1篇2013年11月医院工会年终工作总结, 第一篇：…, 【篇1】…, 【篇一】…, 【第二篇】…, or the
# label closed by its colon (篇一:新时代文明实践志愿服务活动计划, rw2043; 篇一:《新生儿科工作计划》, rw1956).
SERIES_PREFIX = re.compile(
    rf"^(?:第\s*{ITEM_NUMBER}\s*篇[：:]?|【第?\s*{ITEM_NUMBER}\s*篇】|【篇\s*{ITEM_NUMBER}】|{SERIES}\s*[：:])\s*(?=\S)"
)
# An item's number after its collection's whole title, count and all (2022年手术室护士长年度工作总结(精选14篇)1, rw1884): the
# site numbers its items by the collection's title, as by its name (``structure.NUMBERED_ITEM``); a count never ends in a number.
NUMBER_AFTER_COUNT = rf"(?:\d{{1,2}}|{CN_NUMBER})篇{SERIES_CLOSE}\s*\d{{1,2}}$"
# A collection item's title, its label after it (…篇1, …【第二篇】, …范文第1篇, …(精选14篇)1) or before it
# (``SERIES_PREFIX``): an item, however short, is never a preamble; its text is the item's own.
ITEM_TITLE = re.compile(
    rf"{SERIES}{SERIES_CLOSE}?$|【第?\s*{ITEM_NUMBER}\s*篇】$|{NUMBER_AFTER_COUNT}|{SERIES_PREFIX.pattern}"
)
# A second part joined to the genre of a title: 工作计划和目标, 工作总结及明年工作思路, 工作总结暨2024年工作计划
SECOND_PART = (
    r"(?:[及和与][^，,。；！？\s]{0,8}(?:目标|思路|打算|设想|措施)"
    r"|暨(?:(?:19|20)\d{2}年度?)?[^，,。；！？\s\d]{0,8}?(?:计划|要点|打算|思路))?"
)
# A whole line naming a document by its genre (an event's 策划 too, 活动策划 / 策划书: a plan, as the README's kind convention
# has it; 社区重阳节的活动策划2, rw856).
TITLE = re.compile(
    rf"^(?!.*(?:如下|以下|\d:\d\d|[^{CN_DIGITS}\d]：$|(?:要点|方案|安排|制度)。$))(?=.*(?:工会|医院|工作|年度|个人|学校|公司|机关|单位|社区|(?:19|20)\d{{2}}|{SERIES}{SERIES_CLOSE}?$))"
    rf"[^，,。；！？]{{0,36}}(?:计划|总结|规划|范文|要点|方案|安排|工作报告|制度|工作思路|工作意见|活动策划|策划书)"
    rf"{SECOND_PART}"
    rf"(?:报告|汇报|范文|范本|范例|例文|样本|模板|格式|书|表|结尾|大全|精选|通用|优秀范文)?(?:参考)?(?:\d{{4}}年?)?(?:集合|汇编|合集)?(?:怎么写|怎样写)?"
    rf"(?:\s*[（(][^）)]{{0,10}}篇[）)]|\s*\d+篇|(?:\s*{SITE_GRADE})?\s*{SERIES_OPEN}?{SERIES}{SERIES_CLOSE}?|\s*\d{{1,2}}|{CN_NUMBER}(?=：$))*[。：]?$"
)
# An explainer's question as its section's headline between paragraphs (為什麼要組工會？, 如何開始籌備工會？, rw1016; 為何要組
# 教師工會?, rw1436), or one asking what a thing holds, its mark left out or not (国有及其控股企业职工代表大会有哪些特别职权,
# rw1371): never a wrapped paragraph's last line.
QUESTION_HEADLINE = re.compile(
    r"^(?:为什么|为何|如何|怎样|怎么|什么是|何谓)[\u4e00-\u9fff\w“”]{2,18}[?？]$"
    r"|^[\u4e00-\u9fff\w“”]{2,24}(?:有哪些|包括哪些|是什么|有什么)[\u4e00-\u9fff\w“”]{0,8}[?？]?$"
)
# A bracketed aside of no clause (a credit, a byline, (見圖1), a collection item's note on its kind: (综合管理与全面发展导向型),
# rw1956): alone between a paragraph's sentences or after its last, or a line of its own, never a heading of the text (no
# annotated heading of the tune files is one).
BRACKETED_ASIDE = re.compile(r"[（(][^（）()，。；！？,;!?]{2,30}[）)]")
# A label's character: no clause's punctuation nor a space (``label_alone``).
LABEL_CHAR = r"[^，。、；：！？,.;:!?\s]"
# A field's name by its noun alone on its line, its colon lost (會議日期 over 100年10月23日（星期日）, rw1437; 时间 over
# 20xx年10月25日, rw856): it heads its value (read in analysis form).
FIELD_NAME = re.compile(rf"^{LABEL_CHAR}{{0,6}}(?:日期|时间|地点|对象|人员|单位)$")
# A post's stamp's label in either script (发布时间, 發布日期; a government page's record date, 建檔日期:, rw1315): the stamp
# before a text is read on the page's own text.
# (a paper's digital edition stamps its issue's day so: 出版日期:2017年12月25日 星期一 今日天气:, rw1502); a mirror's pinyin
# glosses after its characters (發(fā)表時間:2025-03-28 18:20, rw303; 發(fā)布時(shí)間:, about twenty-five files of the set) are the
# same label
POST_STAMP_LABEL = (
    rf"(?:[发發]{MAYBE_GLOSSED}[表布]|更{MAYBE_GLOSSED}新|[编編]{MAYBE_GLOSSED}[辑輯]|建{MAYBE_GLOSSED}[档檔]|出{MAYBE_GLOSSED}版)"
    rf"{MAYBE_GLOSSED}(?:[时時]{MAYBE_GLOSSED}[间間]|日{MAYBE_GLOSSED}期){MAYBE_GLOSSED}"
)
# A field of a list, its label and its value on one line (时间:9月9日下午, 地点:社区广场).
FIELD_WITH_VALUE = re.compile(rf"^(?P<label>{LABEL_CHAR}{{1,8}})\s*[：:]\s*\S")
# A day in digits with dashes, slashes or dots (2024-03-10, 2021/05/12): a site stamps its post so; a text writes its
# event's day in words (2022年3月3日, 9月9日下午).
DASHED_DATE = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d")


def event_field(form: str) -> re.Match[str] | None:
    """The field (``FIELD_WITH_VALUE``) that ``form`` (analysis form) opens with when it names an event's time, day, place
    or people (``FIELD_NAME``: 时间:9月9日下午, 地點:本會會議室): a text's own, unless it is a post's stamp, labelled as one
    (发布时间：, ``POST_STAMP_LABEL``) or its day written in digits (``DASHED_DATE``)."""
    field = FIELD_WITH_VALUE.match(form)
    if (
        field is None
        or not FIELD_NAME.match(field.group("label"))
        or re.match(POST_STAMP_LABEL, field.group("label"))
        or DASHED_DATE.match(form, field.end() - 1)
    ):
        return None
    return field


# A line that ends pointing to what follows it (…请附以下资料, …安排如下：): the text's lead-in to its list, never a title nor a
# headline (rw1436); ``TITLE`` excludes 如下 and 以下 anywhere. So is one whose verb of being or holding stands before its
# colon with its object left to the list under it (主要内容是：, 社群發展協會的活動可能包括：, 運動會的原則是：; rw2271, rw870,
# rw1871: eight of the nine such lines alone in tune are no heading).
OBJECT_AHEAD = r"(?:是|包括)[：:]$"
POINTS_AHEAD = re.compile(rf"(?:以下|如下)[\u4e00-\u9fff]{{0,4}}[：:]?$|{OBJECT_AHEAD}")
# A label: a field's or a part's name before its colon (字号：, 活动内容：, 单人徒手心肺复苏比赛：): characters that are no
# clause's punctuation nor a space, a name in quotation marks counted as one whatever it holds (“送健康、送快乐”活动：),
# spaced out or not (說 明, 獎  勵: a notice's letter-spaced labels, rw1492). ``label_alone`` is one alone on its line; a
# lead-in (具体安排如下：) is none: it points to the text that follows.
LABEL_UNIT = rf"(?:“[^“”]{{1,20}}”|{LABEL_CHAR})"
FIELD_LABEL_CHARS = (1, 6)  # a page's widget's or a form's field (字号：, 浏览次数：, 主題：)
PART_LABEL_CHARS = (2, 12)  # a part's heading too (活動內容及流程：, 单人徒手心肺复苏比赛：)


def label_alone(least: int, most: int, *, colon: str = "[：:]", row: bool = False) -> re.Pattern[str]:
    """A label of ``least`` to ``most`` characters alone on its line, with its colon (``colon``), not a lead-in; with
    ``row``, labels in a row too, each with its colon (出版：更新：, a post's stamps whose values the page lost)."""
    label = rf"{LABEL_UNIT}(?:[ \u3000]*{LABEL_UNIT}){{{least - 1},{most - 1}}}"
    before = rf"(?:{label}[：:][ \u3000]*)*" if row else ""
    return re.compile(rf"^(?!.*(?:{POINTS_AHEAD.pattern})){before}{label}{colon}$")


# A page's field label before the title (标题：临淄区梧台小学…工作计划, 標題:…), or a reprint's label over the headline it
# gives as the original's (原标题:省总工会今年要做实十项重点工作, rw1252): no part of the title.
TITLE_LABEL = re.compile(r"^(?:原|原文)?(?:标题|標題|题目|題目)[:：]\s*")
# An event's plan or summary named by its occasion (九九重阳节活动方案, 三八妇女节活动总结, 建党100周年活动安排): a title
# without a unit's word; three characters at least before 活动, as a section's label (主要活动安排, 具体活动安排) has two.
# The event alone, named by its occasion (“三八”节女职工徒步活动): a title's head only as the line over a whole outline
# (``structure._opening_headline``).
OCCASION_EVENT = r"(?=[^，,。；：:、\s]*(?:节|日|周年))[^，,。；：:、\s]{3,30}活动"
EVENT_TITLE = re.compile(rf"^{OCCASION_EVENT}(?:计划|总结|方案|安排)$")
# A file's name as a line (1672601884.jpg, …工作总结报告.pdf: a picture's, an attachment's, a document shop's file).
FILE_EXTENSION = r"(?i:jpe?g|png|gif|bmp|webp|tiff?|docx?|xlsx?|pptx?|pdf|wps|rar|zip)"
FILE_NAME = re.compile(rf"^(?P<name>[^，。；：！？\s]{{1,60}})\.{FILE_EXTENSION}$")
# A line opening with a dash (----中山市人民医院召开…大会, ——记综合党支部4月组织生活会): a sub-headline; under its
# headline the two are one title (吐故纳新 再展宏图----中山市人民医院召开…大会, ``is_headline_over_sub_headline``); alone
# it may be the title (rw179).
DASHED = re.compile(r"^\s*(?:-{2,}|—|─|－{2,})")
MAX_SUB_HEADLINE_CHARS = 60
MAX_OVER_SUB_HEADLINE_CHARS = 40  # a headline's length at most, as a heading's (the set's titles run to 40)
# An item's number glued to the year its first sentence opens with (工会活动计划 篇120xx年，…, rw1854): an item's number has one
# or two digits, a year four (a slot's too: 20xx年).
ITEM_NUMBER_BEFORE_YEAR = r"(?:\d{1,2}?(?=(?:19|20)(?:\d{2}|[xX×_]{2})年)|\d+)"
# A title glued to the first sentence by PDF extraction: 2024年医院工会工作总结丰收的季节……, a page's to its first heading
# (人民醫院工會工作意見五、加強女工工作，…, rw1783: a 工作意见 is a unit's plan, as TITLE has it); never one that opens a
# book title mark, a sentence naming a report (会议审议通过了《学校工作报告》…, rw596)
GLUED_TITLE = re.compile(
    r"^(?P<title>(?:(?:19|20)\d{2}年)?[^，,。；：:！？\s《]{0,14}?"
    r"(?:(?:工作|个人|自我|工会)(?:计划|总结)|工作规划|(?:工作|活动)(?:要点|方案|安排)|活动计划|工作(?:报告|回顾|意见))"
    rf"{SECOND_PART}"
    r"(?:报告|汇报|范文|范本|范例|例文|模板|优秀范文)?(?P<series>\s*[（(][^）)]{0,10}篇[）)]|(?:精选|通用|优选|推荐)?\d+篇|\s*篇"
    rf"{ITEM_NUMBER_BEFORE_YEAR}|\s*\d{{1,2}}(?![\d年月日/xX×_-])"
    r"|[（(][^）)\d，,。]{1,6}[）)])*)"  # or a qualifier: 工作总结（内科）
    # After a series label (篇1) the title has surely ended; else the rest must not read as the
    # title's own sentence going on (工作计划的…, 工作总结如下, 工作报告通常包括以下几个部分：, 会议对2020年工会工作计划进行了
    # 总结…: the genre the object of a sentence's verb), nor its post date (a
    # related article's link: 醫院護理工作總結06-19, no item 06 of a collection).
    # A space may part them where the text does not open an outline (…工作总结优秀范文 总结与计划是…).
    rf"(?:\s+(?![{CN_DIGITS}\d（(【]))?(?P<rest>(?(series)|(?![及和与的是中为如了、，。：；]|通常|一般|包括|主要包括|就是|进行|[作做][了出]|\d{{1,2}}[/-]\d))"
    # an item's title and its label glued to its first entry, however short (社区中秋节活动方案1一、活动目的), or a title glued to
    # the outline's first heading, however short (团委工作计划一、工作目标, rw2439)
    rf"(?:\S.{{8,}}|(?(series)[{CN_DIGITS}]{{1,3}}、\S.+|一、(?![{CN_DIGITS}])\S.+)))$"
)


@dataclass(frozen=True)
class Marker:
    """A list marker at the start of a line."""

    text: str  # as written, e.g. "（一）" or "1."
    family: str  # one of FAMILIES or ORDINAL_FAMILIES


def split_marker(text: str) -> tuple[Marker | None, str]:
    """Split a leading outline marker off ``text``: (marker or None, rest)."""
    match = MARKER.match(text)
    if not match or match.end() == len(text):
        return None, text
    family = next(name for name in FAMILIES + ORDINAL_FAMILIES if match.group(name))
    return Marker(match.group(family).strip(), family), text[match.end() :]


def family_of(marker: str) -> str | None:
    """The family of a marker given on its own (e.g. from Word numbering); a decimal section number's is its depth's
    (1.2 → decimal2, ``DECIMAL_SECTION``)."""
    if decimal := DECIMAL_SECTION.fullmatch(marker):
        return f"decimal{decimal.group().count('.') + 1}"
    found, _ = split_marker(marker + "x")
    return found.family if found else None


# A Chinese numeral of one to ninety-nine (三, 十二, 二十, 九十九); a run such as 一一 is no number.
CN_NUMERAL = re.compile("[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九]")


def marker_number(marker: str) -> int | None:
    """The number a marker gives its entry (3. → 3, （十二） → 12), None for one without (a bullet, ①)."""
    digits = re.search(r"\d+", marker)
    if digits:
        return int(digits.group())
    numeral = re.search(f"[{CN_DIGITS}]+", marker)
    return chinese_number(numeral.group()) if numeral and CN_NUMERAL.fullmatch(numeral.group()) else None


# The one glyph that numbers a list's first entry in each form written in one character (① ⑴ ⒈ ㈠), which carries no
# digit a marker's number is read from.
FIRST_GLYPHS = CIRCLED[0] + PAREN_DIGITS[0] + DIGIT_STOPS[0] + PAREN_CN_DIGITS[0]


def numbers_first(marker: str | None) -> bool:
    """The marker numbers its list's first entry: its number is one, however written (1., 01, 一、, （一）, 第一，, 活动一：,
    第一条, ①, ⑴, ⒈, ㈠), a decimal section's its last part's (1.1, 2.1; 1.2 is its list's second)."""
    if marker is not None and DECIMAL_SECTION.fullmatch(marker):
        marker = marker.rsplit(".", 1)[-1]
    return marker is not None and (marker_number(marker) == 1 or any(glyph in marker for glyph in FIRST_GLYPHS))


def opens_list(text: str) -> bool:
    """``text`` opens with a marker that numbers its list's first entry (``numbers_first``): 1.各部门需提前…, 一、文艺汇演."""
    marker, _ = split_marker(text.strip())
    return marker is not None and numbers_first(marker.text)


# The families whose entries are a document's sections, the outline's outermost level: 一、, 第一，, 第一部分： / 第一章, 第一條.
SECTION_FAMILIES = ("cn", "ordinal", "ordinal_part", "article")


def opens_first_section(text: str) -> bool:
    """``text`` is the first entry of a document's sections (一、總則, 第一部分：…, 第一章 總則), by ``MARKER``."""
    marker, _ = split_marker(text)
    return bool(marker and marker.family in SECTION_FAMILIES and numbers_first(marker.text))


def opens_article(text: str) -> bool:
    """``text`` opens with a charter's article number (``ARTICLE``)."""
    match = MARKER.match(text)
    return bool(match and match.group("article"))


def month_schedule(text: str) -> str | None:
    """'3月', '7月—8月' for a month-schedule heading such as '7月—8月份：', else None."""
    match = MONTH_LINE.match(text)
    if not match:
        return None
    first, last = match.group("first"), match.group("last") or match.group("span_last")
    return f"{first}月—{last}月" if last else f"{first}月"


def is_title_line(text: str) -> bool:
    """A whole line that names a document: 2021年医院工会工作计划, 医院工会工作计划篇三, 范文一
    (Traditional script too: 工會年終工作總結)."""
    if len(text) > MAX_TITLE_CHARS:  # also keeps cleaning linear when it joins many lines into one
        return False
    text = analysis_form(text)
    return bool(TITLE.match(text) or EVENT_TITLE.match(text) or BARE_SERIES.match(text))


def named_by(heading: str, paragraph: str) -> bool:
    """A short line the next paragraph names again in its opening words (送温暖工程 / 实施送温暖工程的目的：…):
    the line is the heading that paragraph opens."""
    return 3 <= len(heading) <= 12 and len(paragraph) > len(heading) + 10 and heading in paragraph[: len(heading) + 6]


def starts_outline(text: str) -> bool:
    """The line opens an outline entry, a schedule month or a new document."""
    return bool(MARKER.match(text) or MONTH_LINE.match(text) or MONTH_ENTRY.match(text) or is_title_line(text))


def is_headline_over_sub_headline(headline: str, below: str) -> bool:
    """A page's headline (a phrase or two: 求真务实 开创民进工作新局面, 履職？做好職工代言人, no outline entry, no sentence)
    over its sub-headline (``DASHED``: ——民进荆州区总支2012年工作总结, —我院召開年度首次職工代表大會, one clause that
    ends in no full stop): one title, as the page shows it. The headline's length is read in analysis form (a mirror's
    pinyin glosses, 發(fā)展, are none of it: rw2179)."""
    dashed = DASHED.match(below)
    rest = below[dashed.end() :].lstrip("-—─－ ") if dashed else ""
    return (
        bool(rest)
        and len(rest) <= MAX_SUB_HEADLINE_CHARS
        and not re.search("[。；;]", rest)
        and 0 < len(analysis_form(headline.strip())) <= MAX_OVER_SUB_HEADLINE_CHARS
        and not re.search("[。；;]", headline)
        and not DASHED.match(headline)
        and split_marker(headline)[0] is None
    )


# A rule's adoption and amendments, each a day (a year of the Republic's too), the meeting and its act (103.09.15第一屆
# 第二次理監事聯席會議通過 / 106.08.23 第一屆第四次會員代表大會修訂, rw1173), with the articles it touched or not (經103年
# 12月17日會員大會決議修正第24、29條 / …增訂第27-1條 / …修正第17、20、30條及刪除第29條, rw1244): the history of the rule,
# not a year of its own, wherever it stands.
ARTICLES = r"第[\d、，,\-]+条"
ADOPTION_DATES = re.compile(
    r"(?:经?(?:(?:19|20)\d{2}|1[01]\d)(?:年\d{1,2}月\d{1,2}日|[./-]\d{1,2}[./-]\d{1,2})[^，。；！？]{0,30}?"
    rf"(?:通过|修订|修正|订定|增订|制定|核定|公布|施行)(?:{ARTICLES}(?:及(?:删除|增订|修正)?{ARTICLES})?)?\s*)+"
)
