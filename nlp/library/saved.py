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

An index saved ``mapped`` is a small header (``NAME.pickle``: format, revision, time) naming two
files beside it: its pickle (``NAME-TOKEN.body``) and its large arrays (numpy, 64 KiB and more:
``NAME-TOKEN.data``), which a reader maps into memory copy-on-write: loading reads only the Python
objects, the arrays' pages are read from disk when touched and leave memory with the object, and a
change stays private to the process. A reader asking for one revision (``at``) reads only the header
of an index saved at another.
"""

from __future__ import annotations

import gc
import logging
import mmap
import os
import pickle
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

log = logging.getLogger(__name__)

FORMAT = 4  # bump when a saved class changes shape: older files then read as missing
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
    index then lives in memory only). ``mapped``: the pickle and its large arrays in files of their
    own, named in a small header (module docstring)."""
    folder = index_folder(db_path)
    saved = SavedIndex(revision, datetime.now(UTC).isoformat(timespec="seconds"), value)
    payload = {"format": FORMAT, "revision": revision, "saved_at": saved.saved_at}
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if mapped:
            payload.update(_write_parts(folder, name, value))
        with tempfile.NamedTemporaryFile(dir=folder, prefix=f".{name}-", suffix=".tmp", delete=False) as handle:
            pickle.dump(payload if mapped else {**payload, "value": value}, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, folder / f"{name}.pickle")
    except OSError as error:
        log.warning("index %s not saved beside %s: %s", name, db_path, error)
        return saved
    for suffix in PARTS:  # a reader that opened or mapped one keeps it
        for stale in folder.glob(f"{name}-*{suffix}"):
            token = stale.name[len(name) + 1 : -len(suffix)]  # tempfile's, without "-": not another index's
            if stale.name != payload.get(suffix[1:]) and "-" not in token:
                stale.unlink(missing_ok=True)
    return saved


PARTS = (".body", ".data")  # the files of an index saved ``mapped``: its pickle, its large arrays


def _write_parts(folder: Path, name: str, value: object) -> dict:
    """``value`` pickled to a new body file (written as it is pickled, so a thread doing this lets
    others run) with its large buffers in a new data file: the header's entries for them."""
    buffers: list[pickle.PickleBuffer] = []

    def out_of_band(buffer: pickle.PickleBuffer) -> bool:
        if buffer.raw().nbytes < MAPPED_MIN_BYTES:
            return True  # in the pickle
        buffers.append(buffer)
        return False

    with tempfile.NamedTemporaryFile(dir=folder, prefix=f"{name}-", suffix=".body", delete=False) as body:
        pickle.dump(value, body, protocol=5, buffer_callback=out_of_band)
    if not buffers:
        return {"body": Path(body.name).name, "data": None, "spans": []}
    spans, offset = [], 0
    with tempfile.NamedTemporaryFile(dir=folder, prefix=f"{name}-", suffix=".data", delete=False) as data:
        for buffer in buffers:
            raw = buffer.raw()
            data.write(b"\0" * (-offset % ALIGN))
            offset += -offset % ALIGN
            data.write(raw)
            spans.append((offset, raw.nbytes))
            offset += raw.nbytes
    return {"body": Path(body.name).name, "data": Path(data.name).name, "spans": spans}


@contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """Unpickle (or make) without the cyclic collector: a saved list of tens of thousands of groups
    creates millions of objects, none of them garbage, and each generation's collection would walk
    them all again (the 100 000-block group list: 0.85 → 0.25 CPU-s to load; its groups made after an
    import, 1.1 → 0.4)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def load_index(db_path: str | os.PathLike, name: str, *, at: str | None = None) -> SavedIndex | None:
    """Index ``name`` as saved beside the store, or None (none saved, unreadable, other format;
    ``at``: saved at another revision than this, which an index saved ``mapped`` tells from its
    header without reading the rest)."""
    path = index_folder(db_path) / f"{name}.pickle"
    try:
        with path.open("rb") as handle, no_cyclic_gc():
            payload = pickle.load(handle)
        if not isinstance(payload, dict) or payload.get("format") != FORMAT:
            return None
        if at is not None and payload["revision"] != at:
            return None
        if "body" in payload:
            with path.with_name(payload["body"]).open("rb") as body, no_cyclic_gc():
                buffers = _mapped(path.with_name(payload["data"]), payload["spans"]) if payload["data"] else []
                payload["value"] = pickle.load(body, buffers=buffers)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError) as error:
        log.warning("saved index %s ignored: %s", path, error)
        return None
    return SavedIndex(payload["revision"], payload["saved_at"], payload["value"])


def _mapped(path: Path, spans: list[tuple[int, int]]) -> list[memoryview]:
    """The buffers of a data file, mapped copy-on-write (writable, never written back)."""
    with path.open("rb") as handle:
        data = memoryview(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_COPY))
    if data.nbytes < max(offset + size for offset, size in spans):
        raise ValueError(f"{path.name} is shorter than its index says")
    return [data[offset : offset + size] for offset, size in spans]
