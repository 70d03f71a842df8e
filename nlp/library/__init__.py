"""The library: a file's lines cleaned and structured into documents, kept in one SQLite store."""

from nlp.library.parse import parse_file
from nlp.library.placeholders import find_placeholders
from nlp.library.store import (
    DraftConflict,
    DraftNotFound,
    Library,
    StoreError,
    content_hash,
    default_db_path,
)

__all__ = [
    "DraftConflict",
    "DraftNotFound",
    "Library",
    "StoreError",
    "StoreError",
    "content_hash",
    "default_db_path",
    "find_placeholders",
    "parse_file",
]
