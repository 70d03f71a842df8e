"""Unfilled template slots left by template sites: 20__年, 20xx, XX年, 20**年, ____人次, _月_日, ××, xx大."""

from __future__ import annotations

import re

from nlp.library.markers import MARKER, POST_WORDS
from nlp.library.script import simplified_in_place
from nlp.models import Placeholder

_X = r"(?:[xX]{2}|××|\*\*|＿＿|_+)"
HAN = "\u4e00-\u9fff"
# What a count or a sum is measured in: x次, xx%, XX万元, ____人次, 第_届 (not 项目: xx项目党支部 is a unit's name, rw633;
# nor 户籍, 户口, 户外: ***户籍人口 is a place's, rw928),
# or a length, an area or a time (城区x分钟服务半径, 面积≥x平方米, 规格统一为xmmxxmm: rw1073; 面积xx平方公里, 复耕xx亩),
# or copies (征订工人日报*份, rw1768), or people and places counted by their measure words (蒋苒等X位优秀女性, rw2272; 设置了X处
# 定点劝返点, rw2374; not 位于, 处理: XXX位于西5公里 is a place's name, rw2342)
UNITS = (
    r"(?:[%％]|万元|元|人|次|名|个|项(?!目)|户(?![籍口外])|场|期|届|天|篇|批|家|所|版|件|份|位(?![于置])|处(?![理置长室])"
    r"|分钟|小时|平方米|米|平方公里|公里|亩|mm(?![A-WYZa-wyz]))"
)
# (the divisions of a place among them, a prefecture's 州 as a province's 省: X州教育工會, rw2351)
ORGANISATIONS = (
    r"(?:公司|企业|工会|医院|单位|学校|幼儿园|省|州|县|镇|市|区|局|厂|部|科|街道|社区|村|乡|党委|党总支|党支部)"
)
# A line before an organisation, or before a word or two that end in one that a name ends with (____玉器厂), stands
# for its name (a line before 开展乡镇… does not; 中铝x企业, rw1010); a place's area is one (__校区五个工会, rw1586; xx港区,
# XX新区), not a count of areas (__个区: a unit's count is a blank); so is an account a unit runs (强化*公众号运营, rw1768),
# and a public place an event is held in (在__公园进行各项文娱活动, rw2225; 地点:XXX广场, rw706): each drafter's own.
NAMED = rf"(?:{ORGANISATIONS}|公众号|[{HAN}]{{1,2}}(?:公司|医院|学校|厂|局|社区|街道|馆)|公园|广场|(?!{UNITS})[{HAN}]{{1,2}}区)"
# A post a masked name holds (*部长, X书记), a deputy's too (*副院长) and a ward's or a section's head (*护士长, rw1797):
# the one masked mark stands for the person's name.
POSTS = rf"副?(?:{POST_WORDS}|同志)"
# A site censors a common word by masking its middle (教师健美**赛, 进一步认**时期, 教职工的***管理意识): a run of * or
# × between Han characters, after a character that does not end a word and before one that does not start a name's
# head. A masked name there follows a word that ends (在**经济发展, 完成了**线) or heads one (支援**震区, 市**有限公司), or
# 原, the former name of a place (对原**垃圾填埋场, rw752).
WORD_ENDS = "在了于和与及对向为从由至到即是把被将原"
# A mask after a determiner that opens a word (每, 各, 这, 那) and before a phrase's stop is that word's masked rest (未来的
# 每**，: 每一天, rw389): censoring too, no drafter's slot follows a determiner.
DETERMINERS = "每各这那"
# A quoted mask that is a phrase's head noun after its 的, the phrase closing after it (危害地球健康的“xxxx”，是地球的破坏者,
# rw1710), stands for a common word: a slot in quotes names a programme or an honour (以全区“XX”发展思路, 联合授予“xx”), never a
# noun a clause describes.
QUOTED_HEAD_NOUN = re.compile(r"(?<=的[“\"])[xX×]{2,4}(?=[”\"][，。；！？,;!?])")
NAME_HEAD = re.compile(rf"{NAMED}|{POSTS}|[{HAN}]{{0,2}}[省市县区乡镇村委线路道园]")
# So is a mask after 今年, 去年 or 本年 closing its phrase (今年xxxx,院工會在院黨委…, rw1757): the year is named, the mask is
# the rest of a time phrase every drafter writes the same (今年以来, 今年上半年: 20 tune files write them so, rw060, rw076, rw092, rw141, …).
CENSORED = re.compile(
    rf"(?<=[{HAN}])(?<![{WORD_ENDS}])(?:\*{{2,}}|×{{2,}})(?=[{HAN}])"
    rf"|(?<=[{DETERMINERS}])(?:\*{{2,}}|×{{2,}})(?=[，。；！？、,;!?])"
    r"|(?<=[今去本]年)(?:[xX×]{2,}|\*{2,})(?=[，。；！？、,;!?])"
)
# A political formula takes one name, the same for every drafter (以***同志为核心的党中央, 和***总书记, 贯彻XXX新时代中国
# 特色社会主义思想, 以“xxxx”重要思想为指导: 三个代表, rw013, rw046, rw158, rw1757, rw1786; the thought a document takes as
# its guide, 坚持以XXX思想为指导, rw2584): a mask before it is the site's censoring, not a slot (a post alone, 工会主席***同志,
# is a drafter's name). Read in Simplified script, as every pattern here.
LEADER_FORMULA = re.compile(r"同志为核心|总书记|新时代中国特色|[”\"]重要思想|思想为指导")
# Markdown bold in plain text (1. **完善组织架构**：…): its marks close a short span on one line and are followed by
# punctuation (a dash or a code fence too: **绝对禁止**- ❌, **读取推荐**```), the line's end or the next bold span
# (**标题****一、指导思想**), where a masked name (**县工会) goes on with its word, a masked share with its % (**%) and
# a masked word closes its quote (“结缘**”, rw126).
# A span that opens with an outline marker is a heading set in bold, whatever follows it (**一、指导思想**以新时代…), and
# so is one that opens or closes with a quote or a bracket (：**“自然探秘”主题活动**以“感知…, **“秋之韵”（9-10月）**活动目标).
# A formula's multiplication sign (动态权重 = 基础权重 × 社区类型系数, rw1104): a lone × after an = on its line is no slot.
FORMULA_SO_FAR = re.compile(r"[=＝][^\n]*\Z")
BOLD = re.compile(r"(?:(?<!\*)|(?<=[^*]\*\*)|(?<=^\*\*))\*\*(?P<inner>[^\s*][^*\n]{0,39}?(?<=[^\s*]))\*\*")
BOLD_CLOSED = re.compile(r"[^\w*%％”’」』》】]|\*\*[^*]|$")
BOLD_HEADING = re.compile(r"[“‘「『《【（(\"']|.*[”’」』》】）)\"':：]$")
# Markdown's bold italic framing a whole line (***學校教師會籌組成立流程圖請按此***, rw1436): emphasis, no mask. Three marks in a
# sentence stay masks (《***2003-2007年女性人才发展规划实施意见》,…开展"***女性…, rw928).
BOLD_ITALIC_LINE = re.compile(r"^\*{3}(?=[^\s*])[^*\n]{1,40}(?<=[^\s*])\*{3}$")
# A mask before 人 in a quoted theme or a work's title (“出彩xx人 劳动最光荣”, rw141; 《做一个文明幸福感恩的__人》, rw837) stands
# for a place's people (出彩河南人), a name: a theme counts no one. The quote closes after it with none opening between.
THEME_PEOPLE = re.compile(r"(?:[xX×]{1,4}|_+|＿+|\*{1,4})(?=人[^“”《》「」\n]{0,20}[”》」])")
# One mark standing alone between words of Han (X位于X中部偏北, rw1020; 为x中的发展, rw105; 贯彻X精神, rw1764; 工会李x燕,
# rw2198; 主席X获评, rw2272; 实现x项目开工建设, rw2366; 转运X等, rw2374; 北京X大学, rw2377) is a slot: no Chinese word is spelt
# with a lone x but an X-ray's (X光, X射线). Read as a name, the place's, the unit's or the person's a drafter writes there.
LONE_MARK = re.compile(rf"(?<![A-Za-z\d*_＿×])[xX×](?![A-Za-z\d*_×]|光|射线)(?=[{HAN}])")
# Before the spirit or the document a drafter studies it is a number, a congress's or a document's (深入贯彻X精神, rw1764;
# 领会xx大及×文件的精神, rw115), a blank as 党的XX大 is; so it is before 万 or 亿 with no unit after (人口x万,面积…), and
# closing a clause after a word, where a figure is written (全年生产x,销售收入12个亿, rw2193; 十x届x、x中全会, rw579); before
# 号 it is a document's number (X办字〔2020〕X号, rw2487, whose X办 is a province's name).
LONE_NUMBER = re.compile(
    rf"{LONE_MARK.pattern}(?=精神|文件|万|亿|号)|(?<=[{HAN}])[xX×](?![A-Za-z\d*_×])(?=[，。；、,;!？?：:）)”])"
)
# A site that censors 党 masks it with one mark in every word the party heads (社区X委, 四百名X员, 网格X支部, 机关x建, 根据x章,
# 有关x内法规, 强x性, 让X徽, 社会组织X组: rw153, rw760), and before the congress it numbers (深入学习贯彻x的**大精神, rw760:
# 党的十九大): a block with such a word has none of its lone marks a slot (是X在基层, 让x放心).
# One mark closing a word of one to three Han after a field's colon, before the line's end or the next name of a list, is a
# person's name with its given name masked (饮料准备:俞x / 摄影:顾永清x / 活动报道:赵顾x、孙x。, rw2443), as the lone mark
# inside one is (工会李x燕, rw2198): a name, not a figure closing its clause.
MASKED_GIVEN_NAME = re.compile(
    rf"(?:(?<=[:：][{HAN}])|(?<=[:：][{HAN}]{{2}})|(?<=[:：][{HAN}]{{3}})|(?<=[xX×]、[{HAN}])|(?<=[xX×]、[{HAN}]{{2}}))"
    r"[xX×](?![A-Za-z\d*_×])(?=\s|$|[、。；;])"
)
PARTY_MASK = re.compile(
    rf"{LONE_MARK.pattern}(?=员|支部|委|建|章|内|性|徽|组|小组|的(?:\*{{1,4}}|[xX×]{{1,4}}|[十一二三四五六七八九]{{1,3}})大)"
)
PLACEHOLDER_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("name", THEME_PEOPLE),
    (
        "date",
        re.compile(
            # a day masked after a month, masked or not (10月XX日, 3月_日), the day written 日 or, spoken, 号 (_月__号, rw1254;
            # not a building's or a room's number, 号楼, 号室)
            r"(?:_+|[xX×]{1,2}|某)月(?:_+|[xX×]{1,2}|某)(?:日|号(?![楼室院]))|(?<=每月|\d月)(?:[xX×]{1,2}|_+)(?=日|号(?![楼室院]))"
            r"|(?<![A-Za-z\d])(?:[xX×]{1,2}|_{2,})月"
            # a template's field in brackets names its kind (已於(日期)向…, rw1088; [日期], rw027; 时间:〔具体日期〕上午, rw2085),
            # or what follows it does
            r"|[\[［〔【（(](?:具体)?日期[\]］〕】）)]|\[[xX×]{1,2}\](?=[月日])"
            # a month and a day masked in figures after the year's (20xx.x.x, rw2077), as x月x日 after 20xx年 (rw888)
            r"|(?<=[\dxX×]{4}[.．/-])[xX×]{1,2}[.．/-][xX×]{1,2}(?![A-Za-z\d])"
        ),
    ),
    (
        "year",
        re.compile(
            rf"(?<![A-Za-z\d])(?:20|19)?{_X}(?=年)|(?<![A-Za-z\d])20{_X}(?![A-Za-z])|某年"
            r"|(?<![A-Za-z\d])(?:19|20)\d?[xX×*_](?=年)|(?<![A-Za-z\d])(?=\d{0,3}[xX×])(?:1[9xX×]|2[0xX×])[\dxX×]{2}(?=年)|(?<![A-Za-z\d*])(?:[xX×]{3,4}|\*{4})(?=年)"  # 201x年, 20x年, 2x14年, xxxx年, xxx年: masked digits
            r"|\[[xX×]{1,4}\](?=年)|(?<![A-Za-z\d])[xX×](?=年)"  # x年: one masked digit
            # a document number's year, masked whole or its last digits (内电工〔XX〕51号, rw1407; 杨组发〔202**〕42号, rw2152)
            r"|(?<=[〔［\[])(?:(?:19|20)\d?)?(?:[xX×*_]){1,4}(?=[〕］\]]\s*\d+\s*号)"
        ),
    ),
    (
        "blank",
        re.compile(
            # (a line before an organisation is its name: 《____省医院护理岗位设置名录》; one glued to a word of code is part
            # of an identifier: def __init__(self))
            rf"(?<![A-Za-z])_{{2,}}(?![_A-Za-z]|{NAMED})|＿{{2,}}(?!＿|{NAMED})|—{{4,}}|(?<=第)_(?=[{HAN}])|_(?={UNITS})"
            rf"|(?<![A-Za-z])[xX×]{{1,4}}(?=[余多]?万?{UNITS})|(?:\*{{1,3}}\.\*{{1,2}}|\*{{1,4}})(?=[余多]?万?{UNITS})"  # xx人, xxxx余户, xx多名, xx余万人, *.**万人次, *场次
            # digits masked inside a number or at its end: 收回1xx9份, 隊員1xxxx, (rw2031; not 4x100米): no name opens on a digit
            r"|(?<=\d)[xX]{2,4}(?![A-Za-z])"
            # A number masked in a fixed phrase: 党的xx大, x的**大, 黨x中全會 (rw996), a plenary's whole number (学习贯彻XXX全会:
            # 二十届三中全会, rw2584), xx周年, 第xx个; a quoted one (“xx”); an anniversary's count before 华诞 as before 周年
            # (祖國xx華誕, rw2472; the set writes the word after its number: 70周年华诞, rw578; 百年华诞, rw790, rw1529;
            # 九十七建党华诞, rw2229)
            r"|(?<![A-Za-z])(?:[xX×]{1,4}|\*{2,4})(?=大(?![学厦道街楼])|周年|华诞|次|中?全会)|(?<=第)[xX×*]{1,4}|(?<=[“\"])[xX×]{2,4}(?=[”\"])"
            r"|(?<=附件)[xX×]{1,2}(?![A-Za-z])"  # an attachment's number (参照附件x《…方案》, rw1073)
            rf"|\[[xX×]{{1,4}}\](?={UNITS})"  # a template's field in brackets: 不少于[X]次
        ),
    ),
    (
        "name",
        # (stars between slashes are a path's wildcard: //workspaces/**/brief.md); a longer run of stars masks a name as
        # well (活动地点:******酒店, rw2207; 区******、区人社局, rw512; 获得*****、*********先进, rw1715; ****社区新获得了, rw076),
        # after a word or a stop, not inside a number or a user's handle (1598****930, gj****cr) nor in quotes, a slogan's
        # (按照“****”的要求), nor opening a line, where four stars are markdown's marks (****一、指导思想**, rw196)
        re.compile(
            r"(?<![A-Za-z*])(?:[xX]{2,6}|×{2,6})(?![A-Za-z*])|(?<![A-Za-z*/])\*{2,3}(?![A-Za-z*/])|某某"
            r"|(?<=[^\sA-Za-z\d*/“\"])\*{4,10}(?![A-Za-z\d*/”\"])"
            # or one masked letter in quotes, the name of a programme or an app (积极推广“x”app各类活动, rw940); one mark
            # before a name's head is its name (在*工会和公司党委, rw1768), not the last of a spaced run that censors a word
            # (《中國* * *黨支部工作條例》, rw909); one underscore between two words is a page title's separator of its parts
            # (工会工作个人总结_工会工作…, rw2169; …计划_第1页; 记者_林琳): a name's line of one mark opens its phrase (。_社区在, rw428)
            rf"|(?<![A-Za-z*])(?<!\* )[xX×*](?={NAMED})|(?<![A-Za-z\d*])[xX×*](?={POSTS})|(?<=[“\"])[xX×](?=[”\"])"
            rf"|(?:(?:_{{2,}}|(?<![{HAN}])_)(?: _+)*|＿{{2,}}|#{{2,4}})(?={NAMED})|\[(?:姓名|单位|名称)\]|\[[xX×]{{1,4}}\]"
        ),
    ),
    ("name", MASKED_GIVEN_NAME),
    ("blank", LONE_NUMBER),
    ("name", LONE_MARK),
)


def _bold_spans(text: str) -> list[re.Match[str]]:
    """The markdown bold spans of ``text`` (``BOLD``). A span may open right where another closes (**标题****一、…**),
    never after four marks that close nothing: ****年…****年 is a year masked twice (rw512), not a bold span between; nor
    closing with the first two of four marks that open none (连续组织**场,吸引职工群众*.**万人次参与。…活动,****年: the
    masks of a count and of a year, rw512)."""
    spans: list[re.Match[str]] = []
    for match in BOLD.finditer(text):
        inner = match.group("inner")
        if not (BOLD_CLOSED.match(text, match.end()) or MARKER.match(inner) or BOLD_HEADING.match(inner)):
            continue
        after_marks = text[max(match.start() - 2, 0) : match.start()] == "**"
        if after_marks and not (spans and spans[-1].end() == match.start()):
            continue
        spans.append(match)
    opened = {span.start() for span in spans}
    return [span for span in spans if text[span.end() : span.end() + 2] != "**" or span.end() in opened]


def find_placeholders(text: str) -> tuple[Placeholder, ...]:
    """Placeholders in ``text`` with their positions, left to right, never overlapping. Traditional script is read as
    Simplified (黨的xx屆 as 党的xx届, 宣講*場次 as 宣讲*场次), the slots keeping the text as written."""
    written, text = text, simplified_in_place(text)
    spans = _bold_spans(text)
    taken: list[Placeholder] = [
        Placeholder(m.start() + edge, m.start() + edge + 2, "**", "bold")
        for m in spans
        for edge in (0, len(m.group()) - 2)
    ]
    if BOLD_ITALIC_LINE.match(text):
        taken += [Placeholder(0, 3, "***", "bold"), Placeholder(len(text) - 3, len(text), "***", "bold")]
    party_masked = PARTY_MASK.search(text) is not None
    for kind, pattern in PLACEHOLDER_PATTERNS:
        if pattern in (LONE_MARK, LONE_NUMBER) and party_masked:
            continue
        for match in pattern.finditer(text):
            start, end = match.span()
            if start == end or any(start < p.end and p.start < end for p in taken):
                continue
            if match.group() == "×" and FORMULA_SO_FAR.search(text, 0, start):
                continue
            if QUOTED_HEAD_NOUN.match(text, start):
                continue
            censored = CENSORED.match(text, start)
            if LEADER_FORMULA.match(text, end) or (
                kind == "name" and censored and censored.end() == end and not NAME_HEAD.match(text, end)
            ):
                continue
            taken.append(Placeholder(start, end, written[start:end], kind))
    return tuple(sorted((p for p in taken if p.kind != "bold"), key=lambda p: p.start))
