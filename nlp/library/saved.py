"""Indexes saved beside the store, so that a restart rebuilds nothing that did not change.

A library file ``lib.sqlite3`` gets a folder ``lib.sqlite3.indexes/`` holding one pickle per
index (the near-duplicate index, the 查重 fingerprint index, a topic map) with the store's
revision token (``Library.revision().token``) it was built at and when it was saved. A reader
compares the token with the store's: equal, the index is current; else it is either updated
(the near-duplicate index takes the blocks added and removed since) or built again and saved.

The files are written by this program only, beside a store it already trusts, atomically (a
temporary file renamed over the old one), and read back only when their format number matches;
nothing is ever loaded from anywhere else. A missing, unreadable or foreign file reads as no
saved index; a folder that cannot be written leaves the indexes in memory only (logged).
"""

from __future__ import annotations

import logging
import os
import pickle
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

log = logging.getLogger(__name__)

FORMAT = 3  # bump when a saved class changes shape: older files then read as missing
SUFFIX = ".indexes"


@dataclass(frozen=True)
class SavedIndex:
    """One saved index: the revision token of the store it was built at, and when it was saved."""

    revision: str
    saved_at: str  # ISO 8601, UTC
    value: object


def index_folder(db_path: str | os.PathLike) -> Path:
    """The folder beside the store where its indexes are saved."""
    path = Path(db_path)
    return path.with_name(path.name + SUFFIX)


def save_index(db_path: str | os.PathLike, name: str, revision: str, value: object) -> SavedIndex:
    """Save ``value`` as index ``name`` of the store at ``revision`` (a failure is logged: the
    index then lives in memory only)."""
    folder = index_folder(db_path)
    saved = SavedIndex(revision, datetime.now(UTC).isoformat(timespec="seconds"), value)
    payload = {"format": FORMAT, "revision": revision, "saved_at": saved.saved_at, "value": value}
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=f".{name}-", suffix=".tmp", delete=False) as handle:
            pickle.dump(payload, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, folder / f"{name}.pickle")
    except OSError as error:
        log.warning("index %s not saved beside %s: %s", name, db_path, error)
    return saved


def load_index(db_path: str | os.PathLike, name: str) -> SavedIndex | None:
    """Index ``name`` as saved beside the store, or None (none saved, unreadable, other format)."""
    path = index_folder(db_path) / f"{name}.pickle"
    try:
        with path.open("rb") as handle:
            payload = pickle.load(handle)
    except FileNotFoundError:
        return None
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError) as error:
        log.warning("saved index %s ignored: %s", path, error)
        return None
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        return None
    return SavedIndex(payload["revision"], payload["saved_at"], payload["value"])


def saved_or_built(db_path: str | os.PathLike, name: str, revision: str, build: Callable[[], object]) -> SavedIndex:
    """Index ``name`` as saved beside the store at ``revision``, else ``build()``, saved there now."""
    saved = load_index(db_path, name)
    if saved is None or saved.revision != revision:
        saved = save_index(db_path, name, revision, build())
    return saved
