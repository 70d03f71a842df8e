"""Composing this year's plan: blocks picked and moved (``outline``), built from the library or a
spec (``spec``), this year's specifics filled in (``fill``), stale phrases found (``staleness``), the
library's typical outline (``typical``), exported as GB/T 9704 DOCX, text or Markdown (``export``)."""

from nlp.compose.export import (
    MIME_TYPES,
    export_bytes,
    to_docx,
    to_markdown,
    to_text,
    write,
)
from nlp.compose.fill import (
    apply_suggestions,
    describe_pending,
    fill_draft,
    fills,
    normalise_specifics,
    remaining_placeholders,
    stale_specifics,
)
from nlp.compose.outline import (
    MOVES,
    edit_text,
    indent,
    insert_blocks,
    marker_for,
    move_down,
    move_up,
    outdent,
    place_blocks,
    placement_level,
    possible_moves,
    remove_block,
    renumber,
)
from nlp.compose.spec import (
    draft_from_spec,
    from_block,
    from_document,
    spec_block_ids,
    text_block,
)
from nlp.compose.staleness import DEFAULT_RULES, load_rules, staleness
from nlp.compose.typical import title_pattern, typical_outline

__all__ = [
    "DEFAULT_RULES",
    "MIME_TYPES",
    "MOVES",
    "place_blocks",
    "placement_level",
    "possible_moves",
    "export_bytes",
    "apply_suggestions",
    "describe_pending",
    "draft_from_spec",
    "edit_text",
    "fill_draft",
    "fills",
    "from_block",
    "from_document",
    "indent",
    "insert_blocks",
    "load_rules",
    "marker_for",
    "move_down",
    "move_up",
    "normalise_specifics",
    "outdent",
    "remaining_placeholders",
    "remove_block",
    "renumber",
    "spec_block_ids",
    "stale_specifics",
    "staleness",
    "text_block",
    "to_docx",
    "to_markdown",
    "to_text",
    "title_pattern",
    "typical_outline",
    "write",
]
