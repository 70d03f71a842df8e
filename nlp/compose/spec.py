"""Building draft blocks: from library blocks, from a spec file (the CLI), from typed text."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from nlp.compose.fill import normalise_specifics
from nlp.compose.outline import renumber
from nlp.errors import InputError
from nlp.library.markers import (
    FAMILIES,
    family_of,
    split_marker,
)
from nlp.models import (
    DRAFT_BLOCK_TYPES,
    MAX_DRAFT_LEVEL,
    Draft,
    DraftBlock,
)

_TYPES_EXPECTED = "应是 heading（标题）、item（条目）或 paragraph（段落），而不是"


def _leading_marker(text: str) -> tuple[str | None, str]:
    """(label, the rest) when ``text`` starts with a list label (一、 （二） 1.) followed by text, else (None, text)."""
    marker, rest = split_marker(text)
    if marker and rest.strip():
        return marker.text, rest.strip()
    return None, text


def level_of_marker(marker: str | None) -> int | None:
    """The outline level a label implies in the canonical order: 一、=1, （一）=2, 1.=3, （1）=4, ①=5; None for an
    ordinal label (第一，第一阶段：), which implies no level."""
    family = family_of(marker) if marker else None
    return FAMILIES.index(family) + 1 if family in FAMILIES else None


# The year a source document's title names (城南医院工会2025年工作计划 -> 2025).
_TITLE_YEAR = re.compile(r"(?:19|20)\d\d(?=\s*年)")


def from_block(block, *, source_id: int | None = None) -> DraftBlock:
    """A draft block from a parsed ``Block`` or a library ``StoredBlock`` (keeps its level and marker)."""
    kind = block.type if block.type in DRAFT_BLOCK_TYPES else "paragraph"
    if kind == "paragraph":
        level = None
    else:
        level = min(max(block.level or level_of_marker(block.marker) or 1, 1), MAX_DRAFT_LEVEL)
    if source_id is None:
        source_id = getattr(block, "id", None)
    title = getattr(block, "document_title", None)
    year = _TITLE_YEAR.search(title or "")
    return DraftBlock(
        kind,
        block.text,
        level,
        None,
        source_id,
        block.marker,
        source_document=title,
        source_file=getattr(block, "file_name", None),
        source_year=int(year.group()) if year else None,
        source_text=block.text if source_id is not None else None,
    )


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
    signature = spec.get("signature", True)
    if not isinstance(signature, bool):
        raise InputError("规格文件的 signature（落款）应是 true 或 false")
    library_blocks = library_blocks or {}
    blocks = []
    for position, entry in enumerate(entries, 1):
        blocks.append(_spec_block(position, entry, library_blocks))
    return Draft(title.strip(), specifics, renumber(blocks), signature)


def _spec_block(position: int, entry, library_blocks: Mapping[int, object]) -> DraftBlock:
    if not isinstance(entry, Mapping):
        raise _spec_error(position, '应是一个对象，如 {"id": 12} 或 {"type": "heading", "level": 1, "text": "…"}')
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
