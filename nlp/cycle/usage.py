"""Where used: the library documents and saved drafts that use a boilerplate group.

A document uses a group when it holds one of its members. A draft block uses it when it was
taken from a member (its ``source_id``), edited since or not, or when its text is a member's in
the normal form of the groups (years and numbers as slots): the same paragraph typed or pasted.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from nlp.boilerplate.forms import comparison_text
from nlp.cycle.provenance import block_origin
from nlp.models import DocumentSummary, DocumentUse, Draft, DraftUse, Group, WhereUsed


def where_used(
    block_id: int,
    group: Group,
    documents: Sequence[DocumentSummary],
    units: Mapping[int, str],
    drafts: Sequence[tuple[int, Draft]],
) -> WhereUsed:
    """The uses of ``group`` (the group of library block ``block_id``) among ``documents`` and
    ``drafts`` ((id, draft) pairs), both as the person sees them; ``units`` names their units
    (a shared document of a unit not named: 共享文库). Documents latest year first."""
    members: dict[int, list[int]] = {}
    for member in group.members:
        members.setdefault(member.document_id, []).append(member.block_id)
    used = [
        DocumentUse(
            d.id,
            d.title,
            d.kind,
            d.year,
            units.get(d.unit_id) or ("共享文库" if d.shared else None),
            d.file_name,
            tuple(members[d.id]),
        )
        for d in documents
        if d.id in members
    ]
    used.sort(key=lambda u: (-(u.year or 0), u.title))
    ids = {m.block_id for m in group.members}
    forms = {comparison_text(m.text) for m in group.members} - {""}
    uses = []
    for draft_id, draft in drafts:
        for index, block in enumerate(draft.blocks):
            how = "taken" if block.source_id in ids else "same" if comparison_text(block.text) in forms else None
            if how:
                uses.append(DraftUse(draft_id, draft.title, index, block.text, how, block_origin(block).status))
    return WhereUsed(block_id, group.id, group.canonical_text, tuple(used), tuple(uses))
