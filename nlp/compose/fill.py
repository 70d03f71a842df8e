"""This year's specifics: filling placeholders, what is still pending, and the old unit names and
years a reused paragraph brings along (offered for replacement)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date as Date

from nlp.compose.names import foreign_names
from nlp.errors import InputError
from nlp.library.placeholders import find_placeholders
from nlp.models import (
    Draft,
    DraftBlock,
    Fill,
    PendingPlaceholder,
    Suggestion,
)
from nlp.resources import ORGANISATION_WORDS, UNIT_SUFFIXES

FIELD_ALIASES = {"单位": "unit", "上级": "superior", "年度": "year", "年份": "year", "年": "year", "日期": "date"}


FIELD_TOKEN = re.compile(r"\{(?P<field>[A-Za-z_\u4e00-\u9fff]{1,12})\}")


ISO_DATE = re.compile(r"^(?:(?P<y>\d{4})[-/.年])?(?P<m>\d{1,2})[-/.月](?P<d>\d{1,2})日?$")


# A name placeholder before these stands for a person or a congress number, not the unit.
NOT_A_UNIT = re.compile(
    r"(?:同志|同事|主任|主席|副主席|书记|院长|局长|处长|科长|老师|教师|医生|护士|先生|女士"
    r"|大|届|次|号|名|人|个|元|省|市|县|区|镇|乡|街道)"
)


UNIT_TAIL = ("医院", "卫生院", "中心", "公司", "学校", "工会", "单位", "院")


def normalise_specifics(specifics: Mapping) -> dict:
    """Specifics with English keys (单位 → unit …), a validated integer year, stripped strings."""
    result = {}
    for key, value in specifics.items():
        key = FIELD_ALIASES.get(key, key)
        if isinstance(value, str):
            value = value.strip()
            if not value:
                continue
        if key == "year":
            value = parse_year(value)
        result[key] = value
    return result


def parse_year(value) -> int:
    """A year as a person writes it (2026, “2026年”); an ``InputError`` in Chinese for anything else."""
    try:
        year = int(str(value).strip().rstrip("年"))
    except ValueError:
        raise InputError(f"年度应是四位数字，而不是“{value}”") from None
    if not 1900 <= year <= 2200:
        raise InputError(f"年度应是四位数字，而不是“{value}”")
    return year


def _date_text(value) -> str | None:
    if isinstance(value, Date):
        return f"{value.month}月{value.day}日"
    match = ISO_DATE.match(str(value).strip())
    if match:
        return f"{int(match['m'])}月{int(match['d'])}日"
    return str(value) if value else None


def written_date(specifics: Mapping, *, today: Date | None = None) -> str:
    """成文日期 in Arabic numerals with year, month and day (GB/T 9704 §7.3.5), e.g. 2027年1月15日:
    the "date" specific, which never loses its year (3月8日 with year 2027 → 2027年3月8日; with no
    year, this year's), or ``today`` (the day of export) when there is none."""
    today = today or Date.today()
    value = specifics.get("date")
    if isinstance(value, Date):
        return f"{value.year}年{value.month}月{value.day}日"
    if not value:
        return f"{today.year}年{today.month}月{today.day}日"
    match = ISO_DATE.match(str(value).strip())
    if match is None:
        return str(value).strip()  # written out another way (二〇二七年一月十五日): as the person wrote it
    year = int(match["y"] or specifics.get("year") or today.year)
    return f"{year}年{int(match['m'])}月{int(match['d'])}日"


def _placeholders(text: str) -> list[PendingPlaceholder]:
    """Template slots and {field} tokens, left to right (``block_index`` left as None)."""
    found = [PendingPlaceholder(None, p.start, p.end, p.text, p.kind) for p in find_placeholders(text)]
    for match in FIELD_TOKEN.finditer(text):
        if not any(match.start() < p.end and p.start < match.end() for p in found):
            found.append(PendingPlaceholder(None, match.start(), match.end(), match.group(), "field"))
    return sorted(found, key=lambda p: p.start)


def _fill_one(text: str, slot: PendingPlaceholder, specifics: Mapping) -> tuple[int, str] | None:
    """(end of the span replaced, replacement) for one slot, or None when the specifics don't fill it."""
    year, unit = specifics.get("year"), specifics.get("unit")
    if slot.kind == "year" and year:
        return slot.end, f"{year}年" if slot.text.endswith("年") else str(year)
    if slot.kind == "date" and specifics.get("date"):
        return slot.end, _date_text(specifics["date"])
    if slot.kind == "name" and unit:
        following = text[slot.end :]
        if NOT_A_UNIT.match(following):
            return None
        # XX医院 with unit 某市人民医院: the unit already ends in what follows the slot
        overlap = next((len(tail) for tail in UNIT_TAIL if unit.endswith(tail) and following.startswith(tail)), 0)
        return slot.end + overlap, str(unit)
    if slot.kind == "field":
        key = FIELD_ALIASES.get(slot.text[1:-1], slot.text[1:-1])
        value = specifics.get(key)
        if key == "date" and value:
            value = written_date(specifics)  # {日期} stands alone: with its year
        if value not in (None, ""):
            return slot.end, str(value)
    return None


def _fills_in(text: str, specifics: Mapping, block_index: int | None) -> list[Fill]:
    fills = []
    for slot in _placeholders(text):
        filled = _fill_one(text, slot, specifics)
        if filled:
            end, replacement = filled
            fills.append(Fill(block_index, slot.start, end, text[slot.start : end], replacement, slot.kind))
    return fills


def _apply(text: str, fills: Sequence[Fill]) -> str:
    for fill_ in sorted(fills, key=lambda f: f.start, reverse=True):
        text = text[: fill_.start] + fill_.replacement + text[fill_.end :]
    return text


def fills(blocks: Sequence[DraftBlock], specifics: Mapping, *, title: str | None = None) -> list[Fill]:
    """What ``fill`` (and ``fill_text`` of ``title``) would replace, with positions in the unfilled
    text (to show before applying); the title's fills come first, with ``block_index`` None."""
    specifics = normalise_specifics(specifics)
    found = _fills_in(title or "", specifics, None)
    return found + [f for i, block in enumerate(blocks) for f in _fills_in(block.text, specifics, i)]


def fill_text(text: str, specifics: Mapping) -> str:
    """``text`` with every placeholder the specifics can fill filled (e.g. a title)."""
    return _apply(text, _fills_in(text, normalise_specifics(specifics), None))


def fill(blocks: Sequence[DraftBlock], specifics: Mapping) -> tuple[DraftBlock, ...]:
    """Fill years (20__年, 20xx, XX年, 某年), dates (_月_日), unit names (XX医院, ××) and {field}s.

    Blanks (____人次) stay until the user writes them in place.
    """
    specifics = normalise_specifics(specifics)
    filled = []
    for block in blocks:
        found = _fills_in(block.text, specifics, None)
        filled.append(replace(block, text=_apply(block.text, found)) if found else block)
    return tuple(filled)


def fill_draft(draft: Draft) -> Draft:
    """The draft with its title and blocks filled from its own specifics."""
    return replace(draft, title=fill_text(draft.title, draft.specifics), blocks=fill(draft.blocks, draft.specifics))


def remaining_placeholders(blocks: Sequence[DraftBlock], *, title: str | None = None) -> list[PendingPlaceholder]:
    """Every unfilled slot with its block (None = the title) and position."""
    pending = [replace(p, block_index=None) for p in _placeholders(title or "")]
    for index, block in enumerate(blocks):
        pending.extend(replace(p, block_index=index) for p in _placeholders(block.text))
    return pending


SLOT_NAMES = {"year": "年份", "date": "日期", "name": "名称", "blank": "空白", "field": "字段"}


def describe_pending(
    pending: Sequence[PendingPlaceholder], blocks: Sequence[DraftBlock], title: str = "", *, limit: int = 12
) -> str:
    """“还有 2 处待填写：标题“20__年XX医院工会工作计划”中的 20__（年份）、XX（名称）” — the refusal
    message of an export: each block (or the title) named once with the stretch of its text that holds
    its slots, then each slot once, with what it stands for."""
    by_place: dict[int | None, list[PendingPlaceholder]] = {}
    for p in pending:
        by_place.setdefault(p.block_index, []).append(p)
    parts = []
    for place, slots in list(by_place.items())[:limit]:
        text = title if place is None else blocks[place].text
        where = "标题" if place is None else f"第{place + 1}段"
        left = max(0, min(p.start for p in slots) - 8)
        right = min(len(text), max(p.end for p in slots) + 8)
        context = ("…" if left else "") + text[left:right] + ("…" if right < len(text) else "")
        names = dict.fromkeys(f"{p.text}（{SLOT_NAMES.get(p.kind, '待填写')}）" for p in slots)
        parts.append(f"{where}“{context}”中的 {'、'.join(names)}")
    more = f"等（共 {len(by_place)} 处位置）" if len(by_place) > limit else ""
    return f"还有 {len(pending)} 处待填写：{'；'.join(parts)}{more}"


ORGANISATION = re.compile(
    rf"[\u4e00-\u9fff]{{1,16}}?(?:{'|'.join(UNIT_SUFFIXES)})|[省市县区][一二三四五六七八九]?医(?![学药疗生务护保师德患])|[省市县区][一二三四五六七八九]院"
)


# Where a name cannot reach back past: verbs and function words that end the phrase before it.
NAME_BOUNDARY = re.compile(
    r".*(?:参加|参与|组织|开展|举办|召开|围绕|结合|配合|协助|联合|代表|授予|评为|荣获|获得|来到|前往|进入|成立|支持|认为|作为"
    r"|根据|按照|依据|通过|加强|推进|推动|促进|提高|展示|展现|宣传|完成|增强|理顺|构建|深化|加快|夯实|保证|符合|建立|坚持"
    r"|造成|由于|原因|启动|注意|重视|探索|寻求|关注|随着|发挥|评议|撰写|工作|精神|要求|部署|领导|指导|关心|慰问|看望|学习|考察|参观|邀请"
    r"|到|在|向|对|与|和|及|同|为|是|的|了|将|把|被|从|给|让|由|于|以|等|即|并|或|各|全|本|我|该|其|这|那|每|年|月|日)"
)


# A unit's own name says where or what it is; "营造医院", "一个中心" do not.
PROPER_NAME = re.compile(
    r"[省县区州旗镇乡]|市(?!场|民)|大学|学院|医科|[北浙川中复南武吉山厦交]大|第[一二三四五六七八九十\d]+|人民|中医|中西医|妇幼|妇产|儿童"
    r"|肿瘤|口腔|眼科|骨科|精神|传染|胸科|结核|附属|协和|同仁|友谊|军区|解放军|武警|铁路|石油|煤矿|红十字|[A-Za-z]"
)


GENERIC_NAME = re.compile(
    r"^(?:[各全本我该每此这那校院]|公立|民营|综合|基层|大型|各级|[一二三]级|[三二]甲|专科|兄弟|其他|有关|相关|所属|附属"
    r"|医院|医疗|卫生|服务|活动|指挥|数据|信息|培训|管理|体检|健康|医学|病人|患者|职工|社区|乡镇|村|街道|工作)*$"
)


PAST_YEAR = re.compile(r"(?<![\d０-９])(?:199\d|20\d\d)(?=\s*年)")


def _organisation_names(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in ORGANISATION.finditer(text):
        start, end = match.span()
        name = match.group()
        boundary = NAME_BOUNDARY.match(name[:-2])
        if boundary:
            start += boundary.end()
        name = text[start:end]
        suffix = next((s for s in UNIT_SUFFIXES if name.endswith(s)), "")
        prefix = name[: -len(suffix)] if suffix else name
        if suffix and (len(prefix) < 2 or GENERIC_NAME.match(prefix) or not PROPER_NAME.search(prefix)):
            continue
        spans.append((start, end))
    return spans


NAME_REASONS = {
    "人名": "原文中的人名（可能是范文单位的人），请核对或换成本单位的人",
    "地名": "原文中的地名，请换成本单位所在地",
    "单位": "文库中另一单位的名称，请换成本单位",
}


# A title's unit: what comes before its year and 工作计划 / 工作总结 (城南医院工会2025年工作计划).
TITLE_UNIT = re.compile(
    r"^(?P<unit>[\u4e00-\u9fffA-Za-z]{2,24}?)(?:(?:19|20)[\dxX_×*]{2}|[xX_×*]{2,4})?年?度?(?:上半年|下半年)?"
    r"(?:工会)?(?:工作)?(?:计划|总结|要点|方案)"
)
_UNIT_WORDS = re.compile(
    r"工会|委员会|" + "|".join(ORGANISATION_WORDS) + "|" + "|".join(UNIT_SUFFIXES) + r"|[省市县区镇乡]"
)


def unit_names(titles: Iterable[str]) -> list[str]:
    """The unit names documents' titles carry (城南医院工会2025年工作计划 -> 城南医院工会), longest
    first; a name that is only kind words (医院工会, 学校, 某县工会) is none."""
    names = set()
    for title in titles:
        match = TITLE_UNIT.match(title.strip())
        if not match:
            continue
        name = match.group("unit")
        proper = _UNIT_WORDS.sub("", name)
        if len(proper) >= 2 and not GENERIC_NAME.match(proper) and not re.match(r"[某xX×_*]", proper):
            names.add(name)
    return sorted(names, key=len, reverse=True)


def stale_specifics(
    blocks: Sequence[DraftBlock], specifics: Mapping, *, known_units: Iterable[str] = ()
) -> list[Suggestion]:
    """Old years, other units' names, and the people and places of a 范文 in the reused text,
    each with what to put there instead (``known_units``: the library's unit names, ``unit_names``)."""
    specifics = normalise_specifics(specifics)
    known_units = tuple(known_units)
    year, unit = specifics.get("year"), specifics.get("unit")
    suggestions = []
    for index, block in enumerate(blocks):
        slots = _placeholders(block.text)
        taken = [(p.start, p.end) for p in slots]
        if year:
            for match in PAST_YEAR.finditer(block.text):
                if int(match.group()) < year:
                    suggestions.append(
                        Suggestion(
                            index,
                            match.start(),
                            match.end(),
                            match.group(),
                            str(year),
                            f"沿用的旧年份，今年的计划应为{year}年",
                        )
                    )
        for start, end in _organisation_names(block.text):
            name = block.text[start:end]
            if unit and (name == unit or name in unit) or any(s < end and start < e for s, e in taken):
                continue
            suggestions.append(
                Suggestion(
                    index,
                    start,
                    end,
                    name,
                    unit or None,
                    "原文中的单位名称，请换成本单位" if unit else "原文中的单位名称，请在“单位”中填写本单位后替换",
                )
            )
        flagged = [(s.start, s.end) for s in suggestions if s.block_index == index] + taken
        for start, end, name, kind in foreign_names(block.text, specifics, known_units):
            if any(s < end and start < e for s, e in flagged):
                continue
            replacement = {"单位": unit, "地名": specifics.get("place")}.get(kind)
            suggestions.append(Suggestion(index, start, end, name, replacement or None, NAME_REASONS[kind]))
    return sorted(suggestions, key=lambda s: (s.block_index, s.start))


def apply_suggestions(blocks: Sequence[DraftBlock], suggestions: Sequence[Suggestion]) -> tuple[DraftBlock, ...]:
    """Replace the text of the accepted suggestions (those with a replacement)."""
    by_block: dict[int, list[Fill]] = {}
    for s in suggestions:
        if s.replacement is not None:
            by_block.setdefault(s.block_index, []).append(
                Fill(s.block_index, s.start, s.end, s.text, s.replacement, "suggestion")
            )
    return tuple(replace(b, text=_apply(b.text, by_block[i])) if i in by_block else b for i, b in enumerate(blocks))
