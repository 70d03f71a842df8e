"""Composing this year's plan: selection, renumbering, re-levelling, placeholders, staleness.

Every function takes blocks and returns new blocks or findings; nothing here touches a file
except ``load_rules``, which reads the user-editable rule file. Numbering follows GB/T 9704-2012
§7.3.3 (一、 → （一） → 1. → （1）, then ① for a fifth level): the brackets and 、 are full-width,
the level-3 label is a half-width Arabic numeral with the standard's 下脚点 ".", as printed in
the standard and required for Arabic numerals by GB/T 15835-2011.
"""
from __future__ import annotations

import re
import tomllib
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date as Date
from pathlib import Path
from statistics import median, median_low

from .errors import InputError
from .markers import (
    CIRCLED,
    CN_DIGITS,
    FAMILIES,
    family_of,
    month_schedule,
    split_marker,
)
from .models import (
    DRAFT_BLOCK_TYPES,
    MAX_DRAFT_LEVEL,
    Draft,
    DraftBlock,
    Fill,
    PendingPlaceholder,
    StalenessWarning,
    Suggestion,
)
from .placeholders import find_placeholders

DEFAULT_RULES = Path(__file__).resolve().parent / "data" / "staleness.toml"

# ---- numbering -------------------------------------------------------------------------


def chinese_number(n: int) -> str:
    """一 … 十, 十一, 二十, 九十九; larger numbers stay in Arabic digits."""
    if not 1 <= n <= 99:
        return str(n)
    tens, units = divmod(n, 10)
    text = "" if tens == 0 else ("十" if tens == 1 else CN_DIGITS[tens - 1] + "十")
    return text + (CN_DIGITS[units - 1] if units else "")


def marker_for(level: int, n: int) -> str:
    """The canonical label of the ``n``-th entry at outline ``level``."""
    if level == 1:
        return f"{chinese_number(n)}、"
    if level == 2:
        return f"（{chinese_number(n)}）"
    if level == 3:
        return f"{n}."
    if level == 4 or n > len(CIRCLED):
        return f"（{n}）"
    return CIRCLED[n - 1]


def renumber(blocks: Sequence[DraftBlock]) -> tuple[DraftBlock, ...]:
    """Give headings and items one consistent scheme by level; counters restart under each parent."""
    counters = [0] * (MAX_DRAFT_LEVEL + 2)
    numbered = []
    for block in blocks:
        if block.type == "paragraph":
            numbered.append(block if block.marker is None else replace(block, marker=None))
            continue
        counters[block.level] += 1
        counters[block.level + 1:] = [0] * (len(counters) - block.level - 1)
        label = marker_for(block.level, counters[block.level])
        numbered.append(block if block.marker == label else replace(block, marker=label))
    return tuple(numbered)


def outline(blocks: Sequence[DraftBlock]) -> list[str]:
    """Readable lines: two spaces per level, the label, the text (for tests, CLI and previews)."""
    lines = []
    for block in blocks:
        if block.type == "paragraph":
            lines.append(f"¶ {block.text}")
        else:
            lines.append(f"{'  ' * (block.level - 1)}{block.marker or ''}{block.text}")
    return lines


# ---- re-levelling and moving (pure functions on the list) ------------------------------


def _is_numbered(block: DraftBlock) -> bool:
    return block.type != "paragraph"


def subtree_end(blocks: Sequence[DraftBlock], index: int) -> int:
    """One past the last block that belongs under ``blocks[index]`` (a paragraph owns nothing)."""
    block = blocks[index]
    end = index + 1
    if not _is_numbered(block):
        return end
    while end < len(blocks) and not (_is_numbered(blocks[end]) and blocks[end].level <= block.level):
        end += 1
    return end


def _check_index(blocks: Sequence[DraftBlock], index: int) -> DraftBlock:
    if not 0 <= index < len(blocks):
        raise InputError(f"没有第 {index + 1} 段")
    return blocks[index]


def _previous_sibling(blocks: Sequence[DraftBlock], index: int) -> int | None:
    level = blocks[index].level
    for k in range(index - 1, -1, -1):
        if _is_numbered(blocks[k]) and blocks[k].level <= level:
            return k if blocks[k].level == level else None
    return None


def _shift(blocks: Sequence[DraftBlock], delta: int) -> list[DraftBlock]:
    shifted = []
    for block in blocks:
        if not _is_numbered(block):
            shifted.append(block)
            continue
        level = block.level + delta
        if not 1 <= level <= MAX_DRAFT_LEVEL:
            raise InputError(f"层级不能超过 {MAX_DRAFT_LEVEL} 级：“{block.text[:12]}”会变成第 {level} 级")
        shifted.append(replace(block, level=level))
    return shifted


def indent(blocks: Sequence[DraftBlock], index: int) -> tuple[DraftBlock, ...]:
    """Make ``blocks[index]`` and everything under it one level deeper: a child of its previous sibling."""
    block = _check_index(blocks, index)
    if not _is_numbered(block):
        raise InputError("正文段落没有层级，不能降级")
    if _previous_sibling(blocks, index) is None:
        raise InputError(f"“{block.text[:12]}”前面没有同级的标题，不能降为下一级")
    end = subtree_end(blocks, index)
    return renumber([*blocks[:index], *_shift(blocks[index:end], +1), *blocks[end:]])


def outdent(blocks: Sequence[DraftBlock], index: int) -> tuple[DraftBlock, ...]:
    """Make ``blocks[index]`` and everything under it one level higher.

    Siblings that follow it stay where they are in the list and so become its children.
    """
    block = _check_index(blocks, index)
    if not _is_numbered(block):
        raise InputError("正文段落没有层级，不能升级")
    if block.level == 1:
        raise InputError(f"“{block.text[:12]}”已经是第一级")
    end = subtree_end(blocks, index)
    return renumber([*blocks[:index], *_shift(blocks[index:end], -1), *blocks[end:]])


def move_up(blocks: Sequence[DraftBlock], index: int) -> tuple[DraftBlock, ...]:
    """Swap ``blocks[index]`` (with everything under it) with its previous sibling; a paragraph moves one place."""
    block = _check_index(blocks, index)
    end = subtree_end(blocks, index)
    if not _is_numbered(block):
        if index == 0:
            raise InputError("已经在最前面")
        before = index - 1
    else:
        before = _previous_sibling(blocks, index)
        if before is None:
            raise InputError(f"“{block.text[:12]}”已经是同级第一项")
    return renumber([*blocks[:before], *blocks[index:end], *blocks[before:index], *blocks[end:]])


def move_down(blocks: Sequence[DraftBlock], index: int) -> tuple[DraftBlock, ...]:
    """Swap ``blocks[index]`` (with everything under it) with its next sibling; a paragraph moves one place."""
    block = _check_index(blocks, index)
    end = subtree_end(blocks, index)
    if not _is_numbered(block):
        if end >= len(blocks):
            raise InputError("已经在最后面")
        after = end + 1
    else:
        if end >= len(blocks) or blocks[end].level != block.level:
            raise InputError(f"“{block.text[:12]}”已经是同级最后一项")
        after = subtree_end(blocks, end)
    return renumber([*blocks[:index], *blocks[end:after], *blocks[index:end], *blocks[after:]])


# ---- building blocks -------------------------------------------------------------------

_TYPES_EXPECTED = "应是 heading（标题）、item（条目）或 paragraph（段落），而不是"


def _leading_marker(text: str) -> tuple[str | None, str]:
    """(label, the rest) when ``text`` starts with a list label (一、 （二） 1.) followed by text, else (None, text)."""
    marker, rest = split_marker(text)
    if marker and rest.strip():
        return marker.text, rest.strip()
    return None, text


def level_of_marker(marker: str | None) -> int | None:
    """The outline level a label implies in the canonical order: 一、=1, （一）=2, 1.=3, （1）=4, ①=5."""
    family = family_of(marker) if marker else None
    return FAMILIES.index(family) + 1 if family else None


def from_block(block, *, source_id: int | None = None) -> DraftBlock:
    """A draft block from a parsed ``Block`` or a library ``StoredBlock`` (keeps its level and marker)."""
    kind = block.type if block.type in DRAFT_BLOCK_TYPES else "paragraph"
    if kind == "paragraph":
        level = None
    else:
        level = min(max(block.level or level_of_marker(block.marker) or 1, 1), MAX_DRAFT_LEVEL)
    if source_id is None:
        source_id = getattr(block, "id", None)
    return DraftBlock(kind, block.text, level, None, source_id, block.marker)


def spec_block_ids(spec) -> set[int]:
    """The library block ids a spec names (to fetch them from the store before ``draft_from_spec``)."""
    entries = spec.get("blocks") if isinstance(spec, Mapping) else None
    if not isinstance(entries, list):
        return set()
    return {e["id"] for e in entries if isinstance(e, Mapping) and isinstance(e.get("id"), int)}


def _spec_error(position: int, message: str) -> InputError:
    return InputError(f"规格文件第 {position} 块：{message}")


def draft_from_spec(spec: Mapping, library_blocks: Mapping[int, object] | None = None) -> Draft:
    """A renumbered draft from a compose spec (see README); ``library_blocks`` maps block id -> stored block."""
    if not isinstance(spec, Mapping):
        raise InputError("规格文件应是一个 JSON 对象，含 title、specifics、blocks")
    title = spec.get("title")
    if not isinstance(title, str) or not title.strip():
        raise InputError("规格文件缺少标题（title）")
    specifics = spec.get("specifics", {})
    if not isinstance(specifics, Mapping):
        raise InputError("规格文件的 specifics 应是一个对象（字段 → 内容）")
    specifics = normalise_specifics(specifics)
    entries = spec.get("blocks")
    if not isinstance(entries, list):
        raise InputError("规格文件缺少段落列表（blocks）")
    library_blocks = library_blocks or {}
    blocks = []
    for position, entry in enumerate(entries, 1):
        blocks.append(_spec_block(position, entry, library_blocks))
    return Draft(title.strip(), specifics, renumber(blocks))


def _spec_block(position: int, entry, library_blocks: Mapping[int, object]) -> DraftBlock:
    if not isinstance(entry, Mapping):
        raise _spec_error(position, "应是一个对象，如 {\"id\": 12} 或 {\"type\": \"heading\", \"level\": 1, \"text\": \"…\"}")
    base = None
    if "id" in entry:
        block_id = entry["id"]
        if not isinstance(block_id, int) or block_id not in library_blocks:
            raise _spec_error(position, f"文库中没有编号为 {block_id} 的段落")
        base = from_block(library_blocks[block_id], source_id=block_id)
    kind = entry.get("type", base.type if base else None)
    text = entry.get("text", base.text if base else None)
    if not isinstance(text, str) or not text.strip():
        raise _spec_error(position, "缺少文字（text）")
    text = text.strip()
    original = base.original_marker if base else None
    if kind != "paragraph":
        marker, rest = _leading_marker(text)
        if marker:
            original, text = marker, rest
            kind = kind or "heading"
    kind = kind or ("heading" if "level" in entry else "paragraph")
    if kind not in DRAFT_BLOCK_TYPES:
        raise _spec_error(position, f"type {_TYPES_EXPECTED} {kind!r}")
    level = None
    if kind != "paragraph":
        level = entry.get("level") if "level" in entry else (base.level if base and base.level else None)
        level = level if level is not None else (level_of_marker(original) or 1)
        if not isinstance(level, int) or isinstance(level, bool) or not 1 <= level <= MAX_DRAFT_LEVEL:
            raise _spec_error(position, f"level 应是 1 到 {MAX_DRAFT_LEVEL} 的整数")
    return DraftBlock(kind, text, level, None, base.source_id if base else None, original)


def text_block(text: str, *, kind: str, level: int | None = None) -> DraftBlock:
    """The user's own block; a leading marker (一、 （二） 1.) is split off and, with no ``level``, sets it."""
    text = text.strip()
    if not text:
        raise InputError("请先写下这一段的文字")
    if kind not in DRAFT_BLOCK_TYPES:
        raise InputError(f"段落类型{_TYPES_EXPECTED} {kind!r}")
    original = None
    if kind != "paragraph":
        original, text = _leading_marker(text)
        level = level or level_of_marker(original) or 1
        if not 1 <= level <= MAX_DRAFT_LEVEL:
            raise InputError(f"层级应在 1 到 {MAX_DRAFT_LEVEL} 之间")
    return DraftBlock(kind, text, None if kind == "paragraph" else level, None, None, original)


def from_document(blocks: Sequence, *, headings_only: bool = True) -> tuple[DraftBlock, ...]:
    """A past document's outline as draft blocks (its headings; with ``headings_only`` False, everything)."""
    chosen = [b for b in blocks if not headings_only or b.type == "heading"]
    return renumber([from_block(b) for b in chosen])


def insert_blocks(blocks: Sequence[DraftBlock], new: Sequence[DraftBlock], at: int | None = None) -> tuple[DraftBlock, ...]:
    """``new`` inserted before ``blocks[at]`` (at the end when ``at`` is None), renumbered."""
    at = len(blocks) if at is None else max(0, min(at, len(blocks)))
    return renumber([*blocks[:at], *new, *blocks[at:]])


def remove_block(blocks: Sequence[DraftBlock], index: int) -> tuple[DraftBlock, ...]:
    """Without ``blocks[index]`` alone: what was under it stays and is renumbered in its place."""
    _check_index(blocks, index)
    return renumber([*blocks[:index], *blocks[index + 1:]])


def edit_text(blocks: Sequence[DraftBlock], index: int, text: str) -> tuple[DraftBlock, ...]:
    """``blocks[index]`` with new text (an edit in place); an empty text is refused."""
    block = _check_index(blocks, index)
    if not text.strip():
        raise InputError(f"第 {index + 1} 段不能为空；不要这一段请点“删除”")
    return renumber([*blocks[:index], replace(block, text=text.strip()), *blocks[index + 1:]])


# ---- the typical outline of a library --------------------------------------------------

TYPICAL_MIN_DOCUMENTS = 2  # a heading must recur in this many documents
TYPICAL_MAX_HEADINGS = 12  # the most widely shared ones, at most


def typical_outline(groups: Sequence, blocks: Sequence, *, documents: Collection[int] | None = None,
                    min_documents: int = TYPICAL_MIN_DOCUMENTS,
                    limit: int = TYPICAL_MAX_HEADINGS) -> tuple[DraftBlock, ...]:
    """The headings most plans share, in their usual order.

    ``groups`` are the library's near-duplicate groups, ``blocks`` its stored blocks (``id``,
    ``document_id``, ``position``, ``level``); ``documents`` limits the count to those document ids
    (e.g. the plans). A heading group counts when it occurs in ``min_documents`` documents; month
    schedule headings (三月份) and lines introducing a list (主要工作：) are left out. The ``limit`` groups found in most documents are
    ordered by the median of their relative position (0 = a document's first block, 1 = its last);
    each gets its members' median level, never more than one below the heading before it.
    """
    by_id = {b.id: b for b in blocks}
    length: dict[int, int] = {}
    for b in blocks:
        length[b.document_id] = max(length.get(b.document_id, 0), b.position + 1)
    shared = []
    for group in groups:
        text = group.canonical_text.strip()
        if group.type != "heading" or month_schedule(text) or text.endswith(("：", ":")):
            continue  # a schedule or a line introducing a list (主要工作：) is no section of its own
        members = [by_id[m.block_id] for m in group.members
                   if m.block_id in by_id and (documents is None or m.document_id in documents)]
        spread = len({m.document_id for m in members})
        if spread < min_documents:
            continue
        position = median(m.position / max(length[m.document_id] - 1, 1) for m in members)
        level = median_low([min(max(m.level or 1, 1), MAX_DRAFT_LEVEL) for m in members])
        canonical = next((m for m in members if m.text == group.canonical_text), members[0])
        shared.append((spread, len(members), position, level, canonical))
    shared.sort(key=lambda s: (-s[0], -s[1], s[2]))
    chosen = sorted(shared[:limit], key=lambda s: s[2])
    outline_blocks, previous = [], 0
    for _, _, _, level, canonical in chosen:
        level = min(level, previous + 1)
        outline_blocks.append(DraftBlock("heading", canonical.text, level, None, canonical.id, canonical.marker))
        previous = level
    return renumber(outline_blocks)


# ---- specifics and placeholders --------------------------------------------------------

FIELD_ALIASES = {"单位": "unit", "上级": "superior", "年度": "year", "年份": "year", "年": "year", "日期": "date"}
FIELD_TOKEN = re.compile(r"\{(?P<field>[A-Za-z_\u4e00-\u9fff]{1,12})\}")
ISO_DATE = re.compile(r"^(?:(?P<y>\d{4})[-/.年])?(?P<m>\d{1,2})[-/.月](?P<d>\d{1,2})日?$")
# A name placeholder before these stands for a person or a congress number, not the unit.
NOT_A_UNIT = re.compile(r"(?:同志|同事|主任|主席|副主席|书记|院长|局长|处长|科长|老师|教师|医生|护士|先生|女士"
                        r"|大|届|次|号|名|人|个|元|省|市|县|区|镇|乡|街道)")
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
            try:
                value = int(str(value).strip().rstrip("年"))
            except ValueError:
                raise InputError(f"年度应是四位数字，而不是“{value}”") from None
            if not 1900 <= value <= 2200:
                raise InputError(f"年度应是四位数字，而不是“{value}”")
        result[key] = value
    return result


def _date_text(value) -> str | None:
    if isinstance(value, Date):
        return f"{value.month}月{value.day}日"
    match = ISO_DATE.match(str(value).strip())
    if match:
        return f"{int(match['m'])}月{int(match['d'])}日"
    return str(value) if value else None


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
        following = text[slot.end:]
        if NOT_A_UNIT.match(following):
            return None
        # XX医院 with unit 某市人民医院: the unit already ends in what follows the slot
        overlap = next((len(tail) for tail in UNIT_TAIL if unit.endswith(tail) and following.startswith(tail)), 0)
        return slot.end + overlap, str(unit)
    if slot.kind == "field":
        key = FIELD_ALIASES.get(slot.text[1:-1], slot.text[1:-1])
        value = specifics.get(key)
        if key == "date" and value:
            value = _date_text(value)
        if value not in (None, ""):
            return slot.end, str(value)
    return None


def _fills_in(text: str, specifics: Mapping, block_index: int | None) -> list[Fill]:
    fills = []
    for slot in _placeholders(text):
        filled = _fill_one(text, slot, specifics)
        if filled:
            end, replacement = filled
            fills.append(Fill(block_index, slot.start, end, text[slot.start:end], replacement, slot.kind))
    return fills


def _apply(text: str, fills: Sequence[Fill]) -> str:
    for fill_ in sorted(fills, key=lambda f: f.start, reverse=True):
        text = text[:fill_.start] + fill_.replacement + text[fill_.end:]
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
    return replace(draft, title=fill_text(draft.title, draft.specifics),
                   blocks=fill(draft.blocks, draft.specifics))


def remaining_placeholders(blocks: Sequence[DraftBlock], *, title: str | None = None) -> list[PendingPlaceholder]:
    """Every unfilled slot with its block (None = the title) and position."""
    pending = [replace(p, block_index=None) for p in _placeholders(title or "")]
    for index, block in enumerate(blocks):
        pending.extend(replace(p, block_index=index) for p in _placeholders(block.text))
    return pending


def describe_pending(pending: Sequence[PendingPlaceholder], blocks: Sequence[DraftBlock],
                     title: str = "", *, limit: int = 12) -> str:
    """“还有 3 处待填写：第2段“20__年”…” — the refusal message of an export."""
    parts = []
    for p in pending[:limit]:
        text = title if p.block_index is None else blocks[p.block_index].text
        where = "标题" if p.block_index is None else f"第{p.block_index + 1}段"
        parts.append(f"{where}“{text[max(0, p.start - 4):p.end + 4]}”")
    more = f"等（共 {len(pending)} 处）" if len(pending) > limit else ""
    return f"还有 {len(pending)} 处待填写：{'；'.join(parts)}{more}"


# ---- source specifics offered for replacement ------------------------------------------

ORGANISATION_SUFFIX = ("卫生院", "医院", "中心", "公司", "学校")
ORGANISATION = re.compile(rf"[\u4e00-\u9fff]{{1,16}}?(?:{'|'.join(ORGANISATION_SUFFIX)})|[省市县区][一二三四五六七八九]?医(?![学药疗生务护保师德患])|[省市县区][一二三四五六七八九]院")
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
YEAR = re.compile(r"(?<![\d０-９])(?:199\d|20\d\d)(?=\s*年)")


def _organisation_names(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in ORGANISATION.finditer(text):
        start, end = match.span()
        name = match.group()
        boundary = NAME_BOUNDARY.match(name[:-2])
        if boundary:
            start += boundary.end()
        name = text[start:end]
        suffix = next((s for s in ORGANISATION_SUFFIX if name.endswith(s)), "")
        prefix = name[:-len(suffix)] if suffix else name
        if suffix and (len(prefix) < 2 or GENERIC_NAME.match(prefix) or not PROPER_NAME.search(prefix)):
            continue
        spans.append((start, end))
    return spans


def stale_specifics(blocks: Sequence[DraftBlock], specifics: Mapping) -> list[Suggestion]:
    """Old years and other units' names in the reused text, each with what to put there instead."""
    specifics = normalise_specifics(specifics)
    year, unit = specifics.get("year"), specifics.get("unit")
    suggestions = []
    for index, block in enumerate(blocks):
        slots = _placeholders(block.text)
        taken = [(p.start, p.end) for p in slots]
        if year:
            for match in YEAR.finditer(block.text):
                if int(match.group()) < year:
                    suggestions.append(Suggestion(index, match.start(), match.end(), match.group(), str(year),
                                                  f"沿用的旧年份，今年的计划应为{year}年"))
        for start, end in _organisation_names(block.text):
            name = block.text[start:end]
            if unit and (name == unit or name in unit) or any(s < end and start < e for s, e in taken):
                continue
            suggestions.append(Suggestion(index, start, end, name, unit or None,
                                          "原文中的单位名称，请换成本单位" if unit else "原文中的单位名称，请在“单位”中填写本单位后替换"))
    return sorted(suggestions, key=lambda s: (s.block_index, s.start))


def apply_suggestions(blocks: Sequence[DraftBlock], suggestions: Sequence[Suggestion]) -> tuple[DraftBlock, ...]:
    """Replace the text of the accepted suggestions (those with a replacement)."""
    by_block: dict[int, list[Fill]] = {}
    for s in suggestions:
        if s.replacement is not None:
            by_block.setdefault(s.block_index, []).append(Fill(s.block_index, s.start, s.end, s.text, s.replacement, "suggestion"))
    return tuple(replace(b, text=_apply(b.text, by_block[i])) if i in by_block else b for i, b in enumerate(blocks))


# ---- staleness -------------------------------------------------------------------------


@dataclass(frozen=True)
class StalenessRule:
    """One rule of nlp/data/staleness.toml (see README)."""

    pattern: re.Pattern
    reason: str
    valid_until: int | None = None
    past_year: bool = False
    category: str = ""

    def applies(self, found: str, year: int) -> bool:
        if self.past_year:
            digits = re.search(r"\d{4}", found)
            return bool(digits) and int(digits.group()) < year
        return self.valid_until is None or year > self.valid_until


def load_rules(path: str | Path | None = None) -> tuple[StalenessRule, ...]:
    """The staleness rules from ``path`` (default: nlp/data/staleness.toml); bad rules raise InputError."""
    path = Path(path) if path else DEFAULT_RULES
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except OSError as err:
        raise InputError(f"无法读取过时提示规则文件 {path}：{err.strerror or err}") from None
    except tomllib.TOMLDecodeError as err:
        raise InputError(f"过时提示规则文件 {path.name} 格式有误：{err}") from None
    rules = []
    for number, entry in enumerate(data.get("rule", []), 1):
        where = f"{path.name} 第 {number} 条规则"
        pattern, reason = entry.get("pattern"), entry.get("reason")
        if not isinstance(pattern, str) or not pattern or not isinstance(reason, str) or not reason:
            raise InputError(f"{where}缺少 pattern 或 reason")
        valid_until = entry.get("valid_until")
        if valid_until is not None and (not isinstance(valid_until, int) or isinstance(valid_until, bool)):
            raise InputError(f"{where}的 valid_until 应是年份数字")
        try:
            compiled = re.compile(pattern if entry.get("regex") else re.escape(pattern))
        except re.error as err:
            raise InputError(f"{where}的正则表达式有误：{err}") from None
        rules.append(StalenessRule(compiled, reason, valid_until, bool(entry.get("past_year")),
                                   str(entry.get("category", ""))))
    return tuple(rules)


def staleness(blocks: Sequence[DraftBlock], rules: Sequence[StalenessRule], *, year: int) -> list[StalenessWarning]:
    """Warnings for text that names something past in a plan for ``year``; overlapping hits: first rule wins."""
    warnings = []
    for index, block in enumerate(blocks):
        taken: list[tuple[int, int]] = []
        for rule in rules:
            for match in rule.pattern.finditer(block.text):
                start, end = match.span()
                if start == end or any(start < e and s < end for s, e in taken):
                    continue
                if not rule.applies(match.group(), year):
                    continue
                taken.append((start, end))
                found = match.group()
                reason = rule.reason.replace("{match}", found).replace("{year}", str(year))
                warnings.append(StalenessWarning(index, start, end, found, reason))
    return sorted(warnings, key=lambda w: (w.block_index, w.start))
