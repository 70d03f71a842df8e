"""查重: a draft against the library and itself (the engine); its reports are in ``reports``."""

from nlp.check.engine import (
    PASTED_NAME,
    REWRITE_LABEL,
    REWRITTEN,
    CheckSettings,
    SourceIndex,
    check_draft,
    check_drafts,
    library_index,
    pasted_draft,
    read_draft,
    severity,
    updated_library_index,
)
from nlp.check.saved import saved_library_index

__all__ = [
    "PASTED_NAME",
    "REWRITE_LABEL",
    "REWRITTEN",
    "CheckSettings",
    "SourceIndex",
    "check_draft",
    "check_drafts",
    "library_index",
    "pasted_draft",
    "read_draft",
    "saved_library_index",
    "severity",
    "updated_library_index",
]
