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

An index saved ``mapped`` is a small header (``NAME.pickle``: format, revision, time) naming the
files beside it: its pickle (``NAME-TOKEN.body``) and its large arrays (numpy, 64 KiB and more):
those its owner never changes in place (read-only, 512 KiB and more: a text table's buffer, the main
arrays of shingle postings) each in a file of its own (``NAME-TOKEN.part``), the others together
(``NAME-TOKEN.data``). A reader maps them into memory: loading reads only the Python objects, the
arrays' pages are read from disk when touched and leave memory with the object; the data file is
mapped copy-on-write (a change stays private to the process), a part read-only. So an array read
from a part and saved again (the index loaded, an import added to it, saved) is not written again:
the new header names the same part (``_saved_part``). A save writes its new files under new names,
then replaces the header (the switch: a reader sees the old set or the new), then removes the files
the header no longer names; a save cut short anywhere leaves the previous set readable. A reader
asking for one revision (``at``) reads only the header of an index saved at another.
"""

from __future__ import annotations

import gc
import logging
import mmap
import os
import pickle
import tempfile
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

# One save of an index at a time in a process: a save removes the files of the index that its header does not name,
# which would be those of another save of the same index still being written (two imports in a row, each saving the
# 查重 index by a thread of its own).
_saving: dict[Path, threading.Lock] = {}
_saving_guard = threading.Lock()

FORMAT = 4  # bump when a saved class changes shape: older files then read as missing
SUFFIX = ".indexes"
MAPPED_MIN_BYTES = 1 << 16  # arrays this large go to the data file of an index saved ``mapped``
PART_MIN_BYTES = 1 << 19  # read-only arrays this large go to a part file of their own
ALIGN = 64  # bytes: where each array starts in the data file
PARTS = (".body", ".data", ".part")  # the files of an index saved ``mapped``


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
    with _saving_guard:
        lock = _saving.setdefault(folder.resolve() / name, threading.Lock())
    with lock:
        return _save(folder, name, SavedIndex(revision, datetime.now(UTC).isoformat(timespec="seconds"), value), mapped)


def _save(folder: Path, name: str, saved: SavedIndex, mapped: bool) -> SavedIndex:
    """``save_index``'s work, under the index's lock."""
    payload = {"format": FORMAT, "revision": saved.revision, "saved_at": saved.saved_at}
    value = saved.value
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if mapped:
            payload.update(_write_parts(folder, name, value))
        with tempfile.NamedTemporaryFile(dir=folder, prefix=f".{name}-", suffix=".tmp", delete=False) as handle:
            pickle.dump(payload if mapped else {**payload, "value": value}, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, folder / f"{name}.pickle")
    except OSError as error:
        log.warning("index %s not saved in %s: %s", name, folder, error)
        return saved
    named = _files_named(payload)
    for stale in _own_files(folder, name):  # a reader that opened or mapped one keeps it
        if stale.name not in named:
            stale.unlink(missing_ok=True)
    return saved


def _own_files(folder: Path, name: str) -> Iterator[Path]:
    """The body, data and part files of index ``name``, and its headers being written."""
    for pattern in (*(f"{name}-*{suffix}" for suffix in PARTS), f".{name}-*.tmp"):
        yield from (path for path in folder.glob(pattern) if _is_own(path.name.removeprefix("."), name))


def _is_own(file: str, name: str) -> bool:
    """Whether ``file`` is one of index ``name``'s (``NAME-TOKEN.SUFFIX``: tempfile's tokens have no
    "-", so not one of an index whose name starts with ``name-``)."""
    stem = os.path.splitext(file)[0]
    return stem.startswith(f"{name}-") and "-" not in stem[len(name) + 1 :]


def _files_named(payload: dict) -> set[str]:
    """The files a header names."""
    return {payload.get("body"), payload.get("data"), *(entry[0] for entry in payload.get("buffers", ()))} - {None}


class _Part(mmap.mmap):
    """A part file mapped read-only, knowing which it is: an array read from it is saved again by
    naming it (``_saved_part``)."""

    path: Path
    inode: int
    address: int


# Each part file mapped once per process, for as long as an array reads it.
_mapped_parts: weakref.WeakValueDictionary[tuple[Path, int], _Part] = weakref.WeakValueDictionary()


def _part(path: Path) -> _Part:
    """``path`` mapped read-only (the mapping this process has, if it has one)."""
    with path.open("rb") as handle:
        inode = os.fstat(handle.fileno()).st_ino
        part = _mapped_parts.get((path, inode))
        if part is None:
            part = _Part(handle.fileno(), 0, access=mmap.ACCESS_READ)
            part.path, part.inode = path, inode
            part.address = np.frombuffer(part, dtype=np.uint8).ctypes.data
            _mapped_parts[path, inode] = part
    return part


def _saved_part(folder: Path, name: str, raw: memoryview) -> tuple[str, int, int] | None:
    """Where ``raw`` (an array's bytes) is in a part file of index ``name`` that is still there,
    when it was read from one: (file, offset, size)."""
    owner = raw.obj
    while isinstance(owner, np.ndarray):
        owner = owner.base
    if isinstance(owner, memoryview):
        owner = owner.obj
    if not isinstance(owner, _Part) or owner.path.parent != folder:
        return None
    if not _is_own(owner.path.name, name) or not _same_file(owner.path, owner.inode):
        return None
    return owner.path.name, np.frombuffer(raw, dtype=np.uint8).ctypes.data - owner.address, raw.nbytes


def _same_file(path: Path, inode: int) -> bool:
    try:
        return path.stat().st_ino == inode
    except OSError:
        return False


def _write_parts(folder: Path, name: str, value: object) -> dict:
    """``value`` pickled to a new body file (written as it is pickled, so a thread doing this lets
    others run), its large buffers in part files (read-only ones: named again when read from one,
    else new) and a new data file (the others): the header's entries for them."""
    buffers: list[pickle.PickleBuffer] = []

    def out_of_band(buffer: pickle.PickleBuffer) -> bool:
        if buffer.raw().nbytes < MAPPED_MIN_BYTES:
            return True  # in the pickle
        buffers.append(buffer)
        return False

    with tempfile.NamedTemporaryFile(dir=folder, prefix=f"{name}-", suffix=".body", delete=False) as body:
        pickle.dump(value, body, protocol=5, buffer_callback=out_of_band)
    raws = [buffer.raw() for buffer in buffers]
    in_part = [raw.readonly and raw.nbytes >= PART_MIN_BYTES for raw in raws]
    data, spans = _write_data(folder, name, [raw for raw, part in zip(raws, in_part) if not part])
    spans = iter(spans)
    entries = [
        (_saved_part(folder, name, raw) or _new_part(folder, name, raw)) if part else next(spans)
        for raw, part in zip(raws, in_part)
    ]
    return {"body": Path(body.name).name, "data": data, "buffers": entries}


def _write_data(folder: Path, name: str, buffers: list[memoryview]) -> tuple[str | None, list[tuple]]:
    """``buffers`` in a new data file (none when there are none): its name, and (file, offset, size,
    read-only) for each."""
    if not buffers:
        return None, []
    spans, offset = [], 0
    with tempfile.NamedTemporaryFile(dir=folder, prefix=f"{name}-", suffix=".data", delete=False) as handle:
        data = Path(handle.name).name
        for raw in buffers:
            handle.write(b"\0" * (-offset % ALIGN))
            offset += -offset % ALIGN
            handle.write(raw)
            spans.append((data, offset, raw.nbytes, raw.readonly))
            offset += raw.nbytes
    return data, spans


def _new_part(folder: Path, name: str, raw: memoryview) -> tuple[str, int, int]:
    """``raw`` in a new part file: its entry (file, 0, size; an entry of the data file says, fourth,
    whether the array was read-only)."""
    with tempfile.NamedTemporaryFile(dir=folder, prefix=f"{name}-", suffix=".part", delete=False) as handle:
        handle.write(raw)
    return Path(handle.name).name, 0, raw.nbytes


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
    for attempt in range(2):
        try:
            return _load(path, at)
        except FileNotFoundError as error:
            if not path.is_file():
                return None
            if attempt:
                log.warning("saved index %s ignored: %s", path, error)
                return None
            # A save replaced the header and removed the files it named since it was read: once more.
        except (OSError, ValueError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError) as error:
            log.warning("saved index %s ignored: %s", path, error)
            return None
    return None


def _load(path: Path, at: str | None) -> SavedIndex | None:
    with path.open("rb") as handle, no_cyclic_gc():
        payload = pickle.load(handle)
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        return None
    if at is not None and payload["revision"] != at:
        return None
    if "body" in payload:
        if "buffers" in payload:
            buffers = _buffers(path.parent, payload["buffers"])
        else:  # saved before parts: every buffer in the data file
            buffers = _buffers(path.parent, [(payload["data"], *span, False) for span in payload["spans"]])
        with path.with_name(payload["body"]).open("rb") as body, no_cyclic_gc():
            payload["value"] = pickle.load(body, buffers=buffers)
    return SavedIndex(payload["revision"], payload["saved_at"], payload["value"])


def _buffers(folder: Path, entries: list[tuple]) -> list[memoryview]:
    """The buffers the header's entries name: from the data file mapped copy-on-write (writable,
    never written back; read-only where the array saved was), or from a part mapped read-only."""
    files: dict[str, memoryview] = {}
    buffers = []
    for entry in entries:
        file, offset, size = entry[:3]
        if file not in files:
            if len(entry) == 3:
                files[file] = memoryview(_part(folder / file))
            else:
                with (folder / file).open("rb") as handle:
                    files[file] = memoryview(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_COPY))
        if files[file].nbytes < offset + size:
            raise ValueError(f"{file} is shorter than its index says")
        buffer = files[file][offset : offset + size]
        buffers.append(buffer.toreadonly() if len(entry) == 4 and entry[3] else buffer)
    return buffers
