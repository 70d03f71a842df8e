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

An index saved ``mapped`` keeps its large arrays (numpy, 64 KiB and more) out of the pickle, in a
data file beside it (``NAME-TOKEN.data``, named in the pickle's header) that a reader maps into
memory copy-on-write: loading reads only the Python objects, the arrays' pages are read from disk
when touched and leave memory with the object, and a change stays private to the process.
"""

from __future__ import annotations

import logging
import mmap
import os
import pickle
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

log = logging.getLogger(__name__)

FORMAT = 2  # bump when a saved class changes shape: older files then read as missing
SUFFIX = ".indexes"
MAPPED_MIN_BYTES = 1 << 16  # arrays this large go to the data file of an index saved ``mapped``
ALIGN = 64  # bytes: where each array starts in the data file


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


def save_index(
    db_path: str | os.PathLike, name: str, revision: str, value: object, *, mapped: bool = False
) -> SavedIndex:
    """Save ``value`` as index ``name`` of the store at ``revision`` (a failure is logged: the
    index then lives in memory only). ``mapped``: its large arrays in a data file (module docstring)."""
    folder = index_folder(db_path)
    saved = SavedIndex(revision, datetime.now(UTC).isoformat(timespec="seconds"), value)
    payload = {"format": FORMAT, "revision": revision, "saved_at": saved.saved_at}
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=f".{name}-", suffix=".tmp", delete=False) as handle:
            if mapped:
                payload["data"], payload["spans"], body = _write_buffers(folder, name, value)
                pickle.dump(payload, handle, protocol=pickle.HIGHEST_PROTOCOL)
                handle.write(body)
            else:
                pickle.dump({**payload, "value": value}, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, folder / f"{name}.pickle")
    except OSError as error:
        log.warning("index %s not saved beside %s: %s", name, db_path, error)
        return saved
    for stale in folder.glob(f"{name}-*.data"):  # a reader that mapped one keeps its pages
        token = stale.name[len(name) + 1 : -len(".data")]  # tempfile's, without "-": not another index's
        if stale.name != payload.get("data") and "-" not in token:
            stale.unlink(missing_ok=True)
    return saved


def _write_buffers(folder: Path, name: str, value: object) -> tuple[str, list[tuple[int, int]], bytes]:
    """``value`` pickled with its large buffers written to a new data file: the file's name, where
    each buffer is in it, and the pickle."""
    buffers: list[pickle.PickleBuffer] = []

    def out_of_band(buffer: pickle.PickleBuffer) -> bool:
        if buffer.raw().nbytes < MAPPED_MIN_BYTES:
            return True  # in the pickle
        buffers.append(buffer)
        return False

    body = pickle.dumps(value, protocol=5, buffer_callback=out_of_band)
    spans, offset = [], 0
    with tempfile.NamedTemporaryFile(dir=folder, prefix=f"{name}-", suffix=".data", delete=False) as data:
        for buffer in buffers:
            raw = buffer.raw()
            data.write(b"\0" * (-offset % ALIGN))
            offset += -offset % ALIGN
            data.write(raw)
            spans.append((offset, raw.nbytes))
            offset += raw.nbytes
    return Path(data.name).name, spans, body


def load_index(db_path: str | os.PathLike, name: str) -> SavedIndex | None:
    """Index ``name`` as saved beside the store, or None (none saved, unreadable, other format)."""
    path = index_folder(db_path) / f"{name}.pickle"
    try:
        with path.open("rb") as handle:
            payload = pickle.load(handle)
            if isinstance(payload, dict) and payload.get("format") == FORMAT and "data" in payload:
                payload["value"] = pickle.load(
                    handle, buffers=_mapped(path.with_name(payload["data"]), payload["spans"])
                )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError) as error:
        log.warning("saved index %s ignored: %s", path, error)
        return None
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        return None
    return SavedIndex(payload["revision"], payload["saved_at"], payload["value"])


def _mapped(path: Path, spans: list[tuple[int, int]]) -> list[memoryview]:
    """The buffers of a data file, mapped copy-on-write (writable, never written back)."""
    if not spans:
        return []
    with path.open("rb") as handle:
        data = memoryview(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_COPY))
    if data.nbytes < max(offset + size for offset, size in spans):
        raise ValueError(f"{path.name} is shorter than its index says")
    return [data[offset : offset + size] for offset, size in spans]


def saved_or_built(
    db_path: str | os.PathLike, name: str, revision: str, build: Callable[[], object], *, mapped: bool = False
) -> SavedIndex:
    """Index ``name`` as saved beside the store at ``revision``, else ``build()``, saved there now."""
    saved = load_index(db_path, name)
    if saved is None or saved.revision != revision:
        saved = save_index(db_path, name, revision, build(), mapped=mapped)
    return saved
