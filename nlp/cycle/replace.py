"""One change everywhere: an outdated 提法 ("十四五" → "十五五") replaced in chosen drafts at once,
with a preview of every change first and the drafts as they were kept for undo."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from nlp.errors import InputError
from nlp.models import Draft, StoredDraft


@dataclass(frozen=True)
class Replacement:
    """One block of one draft that the change would alter."""

    draft_id: int
    draft_title: str
    block_index: int
    before: str
    after: str
    count: int


def check_phrases(old: str, new: str) -> tuple[str, str]:
    """The two phrases, stripped; InputError when there is nothing to replace."""
    old, new = old.strip(), new.strip()
    if not old:
        raise InputError("请填写要替换的旧提法")
    if old == new:
        raise InputError("新提法与旧提法相同，没有要替换的内容")
    return old, new


def preview_replace(drafts: Sequence[StoredDraft], old: str, new: str) -> list[Replacement]:
    """Every block of ``drafts`` (title included, as block -1) that contains ``old``, before and after."""
    old, new = check_phrases(old, new)
    found = []
    for stored in drafts:
        texts = [(-1, stored.draft.title)] + [(i, b.text) for i, b in enumerate(stored.draft.blocks)]
        for index, text in texts:
            if count := text.count(old):
                found.append(Replacement(stored.id, stored.draft.title, index, text, text.replace(old, new), count))
    return found


def replaced(draft: Draft, old: str, new: str) -> Draft:
    """``draft`` with ``old`` replaced by ``new`` in its title and every block (provenance kept)."""
    old, new = check_phrases(old, new)
    return replace(
        draft,
        title=draft.title.replace(old, new),
        blocks=tuple(replace(b, text=b.text.replace(old, new)) if old in b.text else b for b in draft.blocks),
    )
