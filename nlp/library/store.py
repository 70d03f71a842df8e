"""The library store: one SQLite file (WAL). The only module that knows SQL.

Default location: ``data/library.sqlite3`` in the project folder; the ``JIHUA_DB``
environment variable or the CLI's ``--db`` option name another file.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import os
import sqlite3
import threading
from collections import Counter
from collections.abc import Collection, Mapping
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import MappingProxyType
from typing import Self

from nlp.errors import InputError
from nlp.library.corrections import apply_corrections
from nlp.library.migrations import migrate
from nlp.models import (
    AuditEntry,
    Block,
    Comment,
    Correction,
    Document,
    DocumentSummary,
    Draft,
    DraftBlock,
    DraftRevision,
    DraftShare,
    DraftSummary,
    DroppedLine,
    IngestOutcome,
    LibraryRevision,
    ParseResult,
    Person,
    Placeholder,
    ReuseMark,
    Step,
    StoredBlock,
    StoredDraft,
    StoredFile,
    TrashedFile,
    Unit,
    no_step,
)
from nlp.resources import DATA_HOME, xml_safe

log = logging.getLogger(__name__)

DEFAULT_DB = DATA_HOME / "library.sqlite3"
BUSY_TIMEOUT_MS = 10_000


def default_db_path() -> Path:
    """``JIHUA_DB`` when set, else ``data/library.sqlite3`` in the project folder."""
    return Path(os.environ.get("JIHUA_DB") or DEFAULT_DB)


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def document_hash(document: Document) -> str:
    """Identity of a document's content: same outline text, same document. A title taken from the file name
    is no part of it (the same untitled document in a renamed copy of a file is the same document)."""
    title = document.title if document.title_source != "file" else None
    payload = json.dumps([title] + [[b.type, b.marker, b.text] for b in document.blocks], ensure_ascii=False)
    return content_hash(payload.encode("utf-8"))


def _locked(method):
    """Run a Library method while holding the instance's lock; a database fault becomes a ``StoreError``."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        with self._lock, _faults(self.path):
            return method(self, *args, **kwargs)

    return wrapper


class StoreError(InputError):
    """The library file cannot be used as asked: what happened and what to do, in Chinese."""


# sqlite3's messages, in the order they are tried, with what a person is told.
_FAULTS = (
    (
        ("file is not a database", "malformed"),
        "文件 {path} 不是计划工坊的文库（或已损坏）。请换一个文库文件，或从备份恢复。",
    ),
    (
        ("readonly", "read-only"),
        "文库文件 {path} 是只读的，无法保存。请检查文件或文件夹的写入权限，或换一个可写的位置。",
    ),
    (
        ("disk is full", "database or disk is full"),
        "磁盘已满，文库 {path} 无法保存。请清理磁盘空间后再试；这次的修改没有保存。",
    ),
    (("disk i/o error",), "读写文库 {path} 时磁盘出错（可能已满或已拔出）。请检查磁盘后再试；这次的修改没有保存。"),
    (("unable to open",), "无法打开文库文件 {path}。请检查路径与文件夹权限。"),
    (
        ("no such table", "no such column", "has no column"),
        "文库文件 {path} 的格式与本程序不符（可能由其他版本创建或已损坏）。请换一个文库文件或升级计划工坊。",
    ),
    (("locked", "busy"), "文库 {path} 正被其他程序长时间占用，这次操作没有完成。请稍后再试。"),
)


@contextlib.contextmanager
def _faults(path: Path):
    try:
        yield
    except sqlite3.Error as err:
        text = str(err).lower()
        message = next(
            (told for found, told in _FAULTS if any(f in text for f in found)),
            "文库 {path} 出错，这次操作没有完成（{detail}）。请稍后再试；问题持续时请联系管理员。",
        )
        log.error("store fault on %s", path, exc_info=True)
        raise StoreError(message.format(path=path.name, detail=err)) from err


class Library:
    """The document library in one SQLite file.

    One instance may be shared by the app's sessions (threads): every call holds a lock,
    and other processes are kept out of each other's way by SQLite's own locking (WAL).
    """

    def __init__(self, path: str | os.PathLike | None = None):
        self._lock = threading.RLock()
        self._line_files: dict[tuple, tuple[int, Counter[str]]] = {}  # see ``line_files``
        self._imported_at: dict[int, int] = {}  # the revision each of this store's imports made -> its file
        self.path = Path(path) if path else default_db_path()
        with _faults(self.path):
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                raise StoreError(f"无法创建文库所在的文件夹 {self.path.parent}：{err.strerror or err}") from None
            self._conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
            try:
                self._conn.row_factory = sqlite3.Row
                self._conn.execute("PRAGMA journal_mode=WAL")
                self._conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
                self._conn.execute("PRAGMA foreign_keys=ON")
                migrate(self._conn)
            except BaseException:
                self._conn.close()
                raise

    @_locked
    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- writing -------------------------------------------------------------------------

    @_locked
    def add_file(
        self, name: str, data_sha256: str, size: int, result: ParseResult, *, unit_id: int = 1, step: Step = no_step
    ) -> IngestOutcome:
        """Store one parsed file in ``unit_id``'s library in a single transaction: all its documents or
        nothing. The same file or document in another unit's library does not count as known.
        The corrections made to this unit's copy of the same file before are applied again
        (``nlp.library.corrections``); ``result`` is kept as parsed, for later corrections. A removed
        copy of the same file in the trash is dropped. ``step(done, total)`` is called before each
        document; what it raises (a cancellation, a budget) rolls the whole file back."""
        with self._conn:
            self._conn.execute("BEGIN IMMEDIATE")
            known = self._conn.execute(
                "SELECT id FROM files WHERE sha256 = ? AND unit_id = ?", (data_sha256, unit_id)
            ).fetchone()
            if known:
                return IngestOutcome(known["id"], 0, 0, True)
            self._conn.execute("DELETE FROM trash WHERE sha256 = ? AND unit_id = ?", (data_sha256, unit_id))
            # A new id beyond those in the trash too: a removed file keeps its id for a restore.
            file_id = self._conn.execute(
                "INSERT INTO files (id, unit_id, name, sha256, size, imported_at) VALUES ((SELECT MAX(m) + 1 FROM"
                " (SELECT COALESCE(MAX(id), 0) AS m FROM files UNION ALL SELECT COALESCE(MAX(file_id), 0) FROM trash)),"
                " ?, ?, ?, ?, ?)",
                (unit_id, name, data_sha256, size, datetime.now(UTC).isoformat(timespec="seconds")),
            ).lastrowid
            added, duplicates, corrected = self._insert_documents(file_id, unit_id, data_sha256, result, step)
            self._bump_revision()
            revision = self._conn.execute("SELECT revision FROM library_state WHERE id = 1").fetchone()[0]
        self._imported_at[revision] = file_id
        return IngestOutcome(file_id, added, duplicates, False, corrected)

    def _insert_documents(
        self, file_id: int, unit_id: int, data_sha256: str, parsed: ParseResult, step: Step = no_step
    ) -> tuple[int, int, int]:
        """The file's parse kept, and its documents and dropped lines stored with the unit's corrections
        of the file applied; (documents added, duplicates skipped, corrections applied)."""
        corrections = self._corrections(unit_id, data_sha256)
        result = apply_corrections(parsed, corrections)
        self._conn.execute(
            "UPDATE files SET dropped = ? WHERE id = ?",
            (json.dumps([[d.text, d.reason] for d in result.dropped], ensure_ascii=False), file_id),
        )
        self._conn.execute(
            "INSERT OR REPLACE INTO parses (file_id, result) VALUES (?, ?)", (file_id, _result_json(parsed))
        )
        added = duplicates = 0
        for position, document in enumerate(result.documents):
            step(position + 1, len(result.documents))
            if self._insert_document(file_id, unit_id, position, document) is None:
                duplicates += 1
            else:
                added += 1
        return added, duplicates, len(corrections)

    def _insert_document(self, file_id: int, unit_id: int, position: int, document: Document) -> int | None:
        cursor = self._conn.execute(
            "INSERT OR IGNORE INTO documents"
            " (file_id, unit_id, position, title, kind, year, content_sha256, title_source)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                file_id,
                unit_id,
                position,
                document.title,
                document.kind,
                document.year,
                document_hash(document),
                document.title_source,
            ),
        )
        if cursor.rowcount == 0:
            return None
        doc_id = cursor.lastrowid
        self._conn.executemany(
            "INSERT INTO blocks (document_id, position, type, level, marker, text, schedule, placeholders)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    doc_id,
                    i,
                    b.type,
                    b.level,
                    b.marker,
                    b.text,
                    b.schedule,
                    json.dumps([[p.start, p.end, p.text, p.kind] for p in b.placeholders], ensure_ascii=False),
                )
                for i, b in enumerate(document.blocks)
            ],
        )
        return doc_id

    @_locked
    def delete_file(self, file_id: int, *, removed_by: str = "") -> None:
        """Remove a file and its documents into the trash (``restore_file`` brings them back); a file not
        in the library raises ``InputError``. The trash keeps the ``TRASH_KEPT`` newest of each unit."""
        with self._conn:
            self._conn.execute("BEGIN IMMEDIATE")
            row = self._conn.execute("SELECT * FROM files WHERE id = ?", (file_id,)).fetchone()
            if row is None:
                raise InputError(f"文库中没有编号为 {file_id} 的文件")
            parsed = self._parse(file_id)
            documents = self._conn.execute("SELECT COUNT(*) FROM documents WHERE file_id = ?", (file_id,)).fetchone()
            kept = {"size": row["size"], "imported_at": row["imported_at"], "shared": row["shared"]}
            self._conn.execute(
                "INSERT OR REPLACE INTO trash (file_id, unit_id, name, sha256, documents, removed_at, removed_by, file)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    file_id,
                    row["unit_id"],
                    row["name"],
                    row["sha256"],
                    documents[0],
                    _now(),
                    removed_by,
                    json.dumps({**kept, "parse": json.loads(_result_json(parsed))}, ensure_ascii=False),
                ),
            )
            self._conn.execute("DELETE FROM files WHERE id = ?", (file_id,))
            self._conn.execute(
                "DELETE FROM trash WHERE unit_id = ? AND file_id NOT IN (SELECT kept.file_id FROM trash kept"
                " WHERE kept.unit_id = ? ORDER BY kept.removed_at DESC, kept.file_id DESC LIMIT ?)",
                (row["unit_id"], row["unit_id"], TRASH_KEPT),
            )
            self._bump_revision()

    def _parse(self, file_id: int) -> ParseResult:
        """The file's parse before corrections; a file imported before parses were kept had none to
        correct, so its stored documents are that parse."""
        row = self._conn.execute("SELECT result FROM parses WHERE file_id = ?", (file_id,)).fetchone()
        if row is not None:
            return _result(json.loads(row["result"]))
        ids = [
            r["id"]
            for r in self._conn.execute("SELECT id FROM documents WHERE file_id = ? ORDER BY position", (file_id,))
        ]
        return ParseResult(tuple(self.document(i) for i in ids), tuple(self.dropped(file_id)))

    @_locked
    def file_parse(self, file_id: int) -> tuple[str, ParseResult]:
        """A file's content hash and its parse before corrections (``parsed`` of ``add_file``)."""
        row = self._conn.execute("SELECT sha256 FROM files WHERE id = ?", (file_id,)).fetchone()
        if row is None:
            raise InputError(f"文库中没有编号为 {file_id} 的文件")
        return row["sha256"], self._parse(file_id)

    @_locked
    def trashed_files(self, units: Collection[int] | None = None) -> list[TrashedFile]:
        """Removed files that can be restored (of ``units``; None: every unit), the newest first."""
        where = "1" if units is None else f"unit_id IN ({','.join('?' * len(units)) or 'NULL'})"
        rows = self._conn.execute(
            "SELECT file_id AS id, name, unit_id, documents, removed_at, removed_by FROM trash"
            f" WHERE {where} ORDER BY removed_at DESC, file_id DESC",
            tuple(units or ()),
        ).fetchall()
        return [TrashedFile(**dict(r)) for r in rows]

    @_locked
    def trashed_file(self, file_id: int) -> TrashedFile | None:
        """A removed file in the trash; None if it is not there."""
        return next((t for t in self.trashed_files() if t.id == file_id), None)

    @_locked
    def restore_file(self, file_id: int) -> IngestOutcome:
        """Bring a removed file back from the trash (its parse with the unit's corrections of it applied),
        under its old id (no import takes the id of a file in the trash; importing the same file again
        empties its place in the trash)."""
        with self._conn:
            self._conn.execute("BEGIN IMMEDIATE")
            row = self._conn.execute("SELECT * FROM trash WHERE file_id = ?", (file_id,)).fetchone()
            if row is None:
                raise InputError(f"回收站中没有编号为 {file_id} 的文件（可能已恢复或已被清除）")
            kept = json.loads(row["file"])
            restored = self._conn.execute(
                "INSERT INTO files (id, unit_id, shared, name, sha256, size, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    file_id,
                    row["unit_id"],
                    kept["shared"],
                    row["name"],
                    row["sha256"],
                    kept["size"],
                    kept["imported_at"],
                ),
            ).lastrowid
            added, duplicates, corrected = self._insert_documents(
                restored, row["unit_id"], row["sha256"], _result(kept["parse"])
            )
            self._conn.execute("DELETE FROM trash WHERE file_id = ?", (file_id,))
            self._bump_revision()
            return IngestOutcome(restored, added, duplicates, False, corrected)

    @_locked
    def corrections(self, unit_id: int | None) -> list[Correction]:
        """Every correction of ``unit_id``'s files (None: of every unit), in the order they were made,
        whether the file is in the library, in the trash or gone (a correction outlives its file)."""
        return self._corrections(unit_id, None)

    @_locked
    def file_corrections(self, file_id: int) -> list[Correction]:
        """The corrections of a file (of its content, in its unit), in the order they were made."""
        row = self._conn.execute("SELECT unit_id, sha256 FROM files WHERE id = ?", (file_id,)).fetchone()
        return self._corrections(row["unit_id"], row["sha256"]) if row else []

    def _corrections(self, unit_id: int | None, data_sha256: str | None) -> list[Correction]:
        where, params = ["1"], []
        if unit_id is not None:
            where.append("unit_id = ?")
            params.append(unit_id)
        if data_sha256 is not None:
            where.append("sha256 = ?")
            params.append(data_sha256)
        rows = self._conn.execute(
            "SELECT id, action, anchor, text, value, person, created_at FROM corrections"
            f" WHERE {' AND '.join(where)} ORDER BY id",
            params,
        ).fetchall()
        return [Correction(**dict(r)) for r in rows]

    @_locked
    def correct_file(
        self, file_id: int, *, add: Correction | None = None, remove: int | None = None
    ) -> Correction | None:
        """Record a correction of the file (``add``) or take one back (``remove``, its id), and store its
        documents again from its parse with the corrections then, in one transaction."""
        with self._conn:
            self._conn.execute("BEGIN IMMEDIATE")
            row = self._conn.execute("SELECT unit_id, sha256 FROM files WHERE id = ?", (file_id,)).fetchone()
            if row is None:
                raise InputError(f"文库中没有编号为 {file_id} 的文件")
            added = None
            if add is not None:
                added = replace(add, created_at=_now())
                added = replace(
                    added,
                    id=self._conn.execute(
                        "INSERT INTO corrections (unit_id, sha256, action, anchor, text, value, person, created_at)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (row["unit_id"], row["sha256"], *(getattr(added, k) for k in _CORRECTION_COLUMNS)),
                    ).lastrowid,
                )
            if remove is not None:
                deleted = self._conn.execute(
                    "DELETE FROM corrections WHERE id = ? AND unit_id = ? AND sha256 = ?",
                    (remove, row["unit_id"], row["sha256"]),
                )
                if deleted.rowcount == 0:
                    raise InputError(f"这个文件没有编号为 {remove} 的更正")
            parsed = self._parse(file_id)
            self._conn.execute("DELETE FROM documents WHERE file_id = ?", (file_id,))
            self._insert_documents(file_id, row["unit_id"], row["sha256"], parsed)
            self._bump_revision()
            return added

    @_locked
    def document_place(self, document_id: int) -> tuple[int, int] | None:
        """The document's file and its place among the file's documents (0 = first); None if there is none."""
        row = self._conn.execute("SELECT file_id, position FROM documents WHERE id = ?", (document_id,)).fetchone()
        return (row["file_id"], row["position"]) if row else None

    def _bump_revision(self) -> None:
        self._conn.execute(
            "UPDATE library_state SET revision = revision + 1, token = lower(hex(randomblob(16))) WHERE id = 1"
        )

    @_locked
    def revision(self) -> LibraryRevision:
        """The library's revision: every import and removal moves it on (see ``LibraryRevision``)."""
        row = self._conn.execute("SELECT revision, token FROM library_state WHERE id = 1").fetchone()
        return LibraryRevision(row["revision"], row["token"])

    # --- reading -------------------------------------------------------------------------

    # ``units``: the units whose libraries a reader sees, besides the shared library; None: every unit.

    @_locked
    def is_empty(self, units: Collection[int] | None = None) -> bool:
        where, params = _scope(units)
        return (
            self._conn.execute(
                f"SELECT 1 FROM documents d JOIN files f ON f.id = d.file_id WHERE {where} LIMIT 1", params
            ).fetchone()
            is None
        )

    @_locked
    def files(self, units: Collection[int] | None = None) -> list[StoredFile]:
        where, params = _scope(units)
        rows = self._conn.execute(
            "SELECT f.id, f.name, f.size, f.imported_at, COUNT(d.id) AS documents, f.unit_id, f.shared FROM files f"
            f" LEFT JOIN documents d ON d.file_id = f.id WHERE {where} GROUP BY f.id ORDER BY f.id",
            params,
        ).fetchall()
        return [StoredFile(**{**dict(row), "shared": bool(row["shared"])}) for row in rows]

    @_locked
    def documents(self, units: Collection[int] | None = None) -> list[DocumentSummary]:
        where, params = _scope(units)
        rows = self._conn.execute(
            "SELECT d.id, d.title, d.kind, d.year, d.file_id, f.name AS file_name, f.imported_at,"
            " (SELECT COUNT(*) FROM blocks b WHERE b.document_id = d.id) AS blocks, f.unit_id, f.shared, d.title_source"
            f" FROM documents d JOIN files f ON f.id = d.file_id WHERE {where} ORDER BY d.file_id, d.position",
            params,
        ).fetchall()
        return [DocumentSummary(**{**dict(row), "shared": bool(row["shared"])}) for row in rows]

    @_locked
    def file_owner(self, file_id: int) -> tuple[int, bool] | None:
        """The unit holding the file and whether it is shared; None if there is no such file."""
        row = self._conn.execute("SELECT unit_id, shared FROM files WHERE id = ?", (file_id,)).fetchone()
        return (row["unit_id"], bool(row["shared"])) if row else None

    @_locked
    def document_file(self, document_id: int) -> int | None:
        row = self._conn.execute("SELECT file_id FROM documents WHERE id = ?", (document_id,)).fetchone()
        return row["file_id"] if row else None

    @_locked
    def set_file_shared(self, file_id: int, shared: bool) -> None:
        """Put a file in the shared library or take it out; caches see a new revision."""
        with self._conn:
            self._conn.execute("BEGIN IMMEDIATE")
            if self._conn.execute("UPDATE files SET shared = ? WHERE id = ?", (int(shared), file_id)).rowcount == 0:
                raise InputError(f"文库中没有编号为 {file_id} 的文件")
            self._bump_revision()

    @_locked
    def document(self, document_id: int) -> Document:
        row = self._conn.execute(
            "SELECT title, kind, year, title_source FROM documents WHERE id = ?", (document_id,)
        ).fetchone()
        if row is None:
            raise KeyError(document_id)
        blocks = self._conn.execute(
            "SELECT type, level, marker, text, schedule, placeholders FROM blocks"
            " WHERE document_id = ? ORDER BY position",
            (document_id,),
        ).fetchall()
        blocks = tuple(_block(b) for b in blocks)
        return Document(row["title"], row["kind"], row["year"], blocks, row["title_source"])

    @_locked
    def blocks(
        self,
        units: Collection[int] | None = None,
        *,
        ids: Collection[int] | None = None,
        document_id: int | None = None,
    ) -> list[StoredBlock]:
        """Every block of the library (of ``units`` and the shared library) in document order, with its
        document and file; only those of ``ids`` (a few: a page's picks) or of one document when given."""
        where, params = _scope(units)
        if ids is not None:
            where += " AND b.id IN (SELECT value FROM json_each(?))"
            params += (json.dumps(sorted(ids)),)
        if document_id is not None:
            where += " AND b.document_id = ?"
            params += (document_id,)
        rows = self._conn.execute(
            "SELECT b.id, b.document_id, b.position, b.type, b.level, b.marker, b.text,"
            " d.title AS document_title, f.name AS file_name"
            " FROM blocks b JOIN documents d ON d.id = b.document_id JOIN files f ON f.id = d.file_id"
            f" WHERE {where} ORDER BY d.file_id, d.position, b.position",
            params,
        ).fetchall()
        return [StoredBlock(*row) for row in rows]  # the columns in the fields' order: a third cheaper than by name

    @_locked
    def line_files(self, max_chars: int, units: Collection[int] | None = None) -> Mapping[str, int]:
        """For each line of at most ``max_chars`` characters that the library's files (of ``units`` and the
        shared library; None: all) hold, as a block's text or as a line cleaning dropped, how many files
        hold it: site chrome recurs across the pages of a site, plan prose does not (the junk model's
        ``library_files``). Kept between calls and brought up to date by this store's own imports, so a
        batch does not count the whole library again for each file."""
        scope = (max_chars, None if units is None else tuple(sorted(units)))
        revision = self.revision().number
        counted_at, counts = self._line_files.get(scope, (-1, Counter()))
        while counted_at < revision and counted_at + 1 in self._imported_at:
            counted_at += 1
            counts.update(self._file_lines(max_chars, units, self._imported_at[counted_at]))
        if counted_at != revision:
            counts = Counter(self._file_lines(max_chars, units))
        self._line_files = {scope: (revision, counts)}
        return MappingProxyType(counts)

    @_locked
    def own_lines(self, data_sha256: str, max_chars: int, units: Collection[int] | None = None) -> list[str]:
        """The lines ``line_files`` counts for the library's copy of the file with this content (of ``units`` and
        the shared library; None: all), none when it holds no such file: a file parsed again is not its own library."""
        where, params = _scope(units)
        row = self._conn.execute(f"SELECT f.id FROM files f WHERE {where} AND f.sha256 = ?", (*params, data_sha256))
        found = row.fetchone()
        return self._file_lines(max_chars, units, found[0]) if found else []

    def _file_lines(self, max_chars: int, units: Collection[int] | None, file_id: int | None = None) -> list[str]:
        """The short lines of each file (of one file when given), each once per file."""
        where, params = _scope(units)
        if file_id is not None:
            where += " AND f.id = ?"
            params += (file_id,)
        rows = self._conn.execute(
            "SELECT d.file_id, b.text FROM blocks b JOIN documents d ON d.id = b.document_id"
            f" JOIN files f ON f.id = d.file_id WHERE {where} AND length(b.text) <= ?"
            " UNION SELECT f.id, json_extract(j.value, '$[0]') FROM files f, json_each(f.dropped) j"
            f" WHERE {where} AND length(json_extract(j.value, '$[0]')) <= ?",
            (*params, max_chars, *params, max_chars),
        )
        return [text for _, text in rows]

    @_locked
    def block_ids(self, units: Collection[int] | None = None) -> list[int]:
        """The ids of ``blocks(units)``, in the same order: one column, for callers that need no more."""
        where, params = _scope(units)
        return [
            row[0]
            for row in self._conn.execute(
                "SELECT b.id FROM blocks b JOIN documents d ON d.id = b.document_id JOIN files f ON f.id = d.file_id"
                f" WHERE {where} ORDER BY d.file_id, d.position, b.position",
                params,
            )
        ]

    @_locked
    def cached_tokens(self, texts: list[str]) -> dict[str, list[str]]:
        """Tokens stored for the texts that were segmented before, keyed by text."""
        keys = {_sha1(t): t for t in texts}
        found: dict[str, list[str]] = {}
        key_list = list(keys)
        for start in range(0, len(key_list), 500):
            chunk = key_list[start : start + 500]
            rows = self._conn.execute(
                f"SELECT text_sha1, tokens FROM tokens WHERE text_sha1 IN ({','.join('?' * len(chunk))})", chunk
            ).fetchall()
            found.update({keys[row["text_sha1"]]: json.loads(row["tokens"]) for row in rows})
        return found

    @_locked
    def save_tokens(self, tokens: dict[str, list[str]]) -> None:
        """Remember the tokens of segmented texts, so a text is segmented once."""
        with self._conn:
            self._conn.executemany(
                "INSERT OR REPLACE INTO tokens (text_sha1, tokens) VALUES (?, ?)",
                [(_sha1(text), json.dumps(words, ensure_ascii=False)) for text, words in tokens.items()],
            )

    @_locked
    def dropped(self, file_id: int) -> list[DroppedLine]:
        row = self._conn.execute("SELECT dropped FROM files WHERE id = ?", (file_id,)).fetchone()
        return [DroppedLine(text, reason) for text, reason in json.loads(row["dropped"])] if row else []

    # --- drafts (起草): see the drafts section at the end of this module ---------------------

    @_locked
    def create_draft(
        self, draft: Draft, *, unit_id: int = 1, owner_id: int | None = None, saved_by: str = ""
    ) -> StoredDraft:
        """Store a new draft of ``unit_id`` at revision 1."""
        now = _now()
        with self._conn:
            draft_id = self._conn.execute(
                "INSERT INTO drafts (title, specifics, blocks, block_count, signature, revision, created_at,"
                " updated_at, unit_id, owner_id) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?)",
                (*_draft_columns(draft), now, now, unit_id, owner_id),
            ).lastrowid
            self._keep_revision(draft_id, saved_by)
        return self._draft(draft_id)

    def _keep_revision(self, draft_id: int, saved_by: str) -> None:
        self._conn.execute(
            "INSERT INTO draft_revisions (draft_id, revision, title, blocks, saved_at, saved_by)"
            " SELECT id, revision, title, blocks, updated_at, ? FROM drafts WHERE id = ?",
            (saved_by, draft_id),
        )

    @_locked
    def drafts(self, units: Collection[int] | None = None, *, shared_with: int | None = None) -> list[DraftSummary]:
        """The drafts not deleted (of ``units``, and those shared with the person ``shared_with``),
        most recently saved first."""
        where, params = _draft_scope(units, shared_with)
        rows = self._conn.execute(
            f"SELECT {_SUMMARY_COLUMNS} FROM drafts WHERE deleted_at IS NULL AND {where}"
            " ORDER BY updated_at DESC, id DESC",
            params,
        ).fetchall()
        return [DraftSummary(**dict(row)) for row in rows]

    @_locked
    def deleted_drafts(self, units: Collection[int] | None = None) -> list[DraftSummary]:
        """Deleted drafts (of ``units``) still kept for undo, most recently deleted first."""
        where, params = _draft_scope(units, None)
        rows = self._conn.execute(
            f"SELECT {_SUMMARY_COLUMNS} FROM drafts WHERE deleted_at IS NOT NULL AND {where}"
            " ORDER BY deleted_at DESC, id DESC",
            params,
        ).fetchall()
        return [DraftSummary(**dict(row)) for row in rows]

    @_locked
    def draft_owner(self, draft_id: int) -> tuple[int, int | None] | None:
        """The draft's unit and owner (deleted or not); None if there is no such draft."""
        row = self._conn.execute("SELECT unit_id, owner_id FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        return (row["unit_id"], row["owner_id"]) if row else None

    @_locked
    def draft(self, draft_id: int) -> StoredDraft:
        """One draft as last saved; a missing or deleted draft raises ``DraftNotFound``."""
        stored = self._draft(draft_id)
        if stored.deleted_at is not None:
            raise DraftNotFound(f"草稿（编号 {draft_id}）已被删除，可在“最近删除”中恢复")
        return stored

    def _draft(self, draft_id: int) -> StoredDraft:
        row = self._conn.execute("SELECT * FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        if row is None:
            raise DraftNotFound(f"没有编号为 {draft_id} 的草稿")
        return _stored_draft(row)

    @_locked
    def save_draft(self, draft_id: int, draft: Draft, *, revision: int, saved_by: str = "") -> StoredDraft:
        """Replace the whole draft if it is still at ``revision``; the saved draft is at ``revision + 1``.

        Another window's save in between makes ``revision`` stale: nothing is written and
        ``DraftConflict`` says so (reject and reload, never last-writer-wins). Only the row
        ``draft_id`` is touched.
        """
        with self._conn:
            self._conn.execute("BEGIN IMMEDIATE")
            row = self._conn.execute("SELECT revision, deleted_at FROM drafts WHERE id = ?", (draft_id,)).fetchone()
            if row is None:
                raise DraftNotFound(f"没有编号为 {draft_id} 的草稿")
            if row["deleted_at"] is not None:
                raise DraftNotFound("这份草稿已在别处被删除，修改没有保存；可在“最近删除”中恢复")
            if row["revision"] != revision:
                raise DraftConflict(revision, row["revision"])
            self._conn.execute(
                "UPDATE drafts SET title = ?, specifics = ?, blocks = ?, block_count = ?, signature = ?,"
                " revision = revision + 1, updated_at = ? WHERE id = ? AND revision = ?",
                (*_draft_columns(draft), _now(), draft_id, revision),
            )
            self._keep_revision(draft_id, saved_by)
        return self._draft(draft_id)

    @_locked
    def copy_draft(
        self, draft_id: int, *, title: str | None = None, unit_id: int | None = None, owner_id: int | None = None
    ) -> StoredDraft:
        """A new draft with the same content (title: “原标题（副本）” unless given), in ``unit_id``
        (default: the source's unit)."""
        stored = self.draft(draft_id)
        source = stored.draft
        return self.create_draft(
            replace(source, title=title or f"{source.title}（副本）", specifics=dict(source.specifics)),
            unit_id=stored.unit_id if unit_id is None else unit_id,
            owner_id=owner_id,
        )

    @_locked
    def delete_draft(self, draft_id: int) -> None:
        """Move a draft to the deleted ones (undo with ``restore_draft``); purge old deleted drafts."""
        with self._conn:
            cursor = self._conn.execute(
                "UPDATE drafts SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL", (_now(), draft_id)
            )
            if cursor.rowcount == 0:
                raise DraftNotFound(f"没有编号为 {draft_id} 的草稿，或它已被删除")
        self.purge_deleted_drafts()

    @_locked
    def restore_draft(self, draft_id: int | None = None, *, units: Collection[int] | None = None) -> StoredDraft:
        """Undo a deletion: of ``draft_id``, or of the most recently deleted draft (of ``units``) when None."""
        with self._conn:
            if draft_id is None:
                where, params = _draft_scope(units, None)
                row = self._conn.execute(
                    f"SELECT id FROM drafts WHERE deleted_at IS NOT NULL AND {where}"
                    " ORDER BY deleted_at DESC, id DESC LIMIT 1",
                    params,
                ).fetchone()
                if row is None:
                    raise DraftNotFound("没有可以撤销的删除")
                draft_id = row["id"]
            cursor = self._conn.execute(
                "UPDATE drafts SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL", (draft_id,)
            )
            if cursor.rowcount == 0:
                raise DraftNotFound("这份草稿没有被删除，或已被彻底清除，无法撤销")
        return self._draft(draft_id)

    @_locked
    def purge_deleted_drafts(self, *, now: datetime | None = None) -> int:
        """Erase deleted drafts beyond the ``DELETED_DRAFTS_KEPT`` most recent of their unit or deleted
        over ``DELETED_DRAFTS_DAYS`` days before ``now``; how many. (Per unit: one unit's deletions
        never cut another unit's undo.)"""
        cutoff = ((now or datetime.now(UTC)) - timedelta(days=DELETED_DRAFTS_DAYS)).isoformat(timespec="microseconds")
        with self._conn:
            cursor = self._conn.execute(
                "DELETE FROM drafts WHERE deleted_at IS NOT NULL AND (deleted_at < ? OR id NOT IN"
                " (SELECT kept.id FROM drafts kept WHERE kept.deleted_at IS NOT NULL AND kept.unit_id = drafts.unit_id"
                " ORDER BY kept.deleted_at DESC, kept.id DESC LIMIT ?))",
                (cutoff, DELETED_DRAFTS_KEPT),
            )
        return cursor.rowcount

    # --- units, people, sessions, the audit log (issue 15; the rules are in nlp/access.py) ----------

    @_locked
    def add_unit(self, name: str) -> Unit:
        with self._conn:
            try:
                unit_id = self._conn.execute(
                    "INSERT INTO units (name, created_at) VALUES (?, ?)", (name, _now())
                ).lastrowid
            except sqlite3.IntegrityError:
                raise InputError(f"已有名为“{name}”的单位") from None
        return Unit(unit_id, name)

    @_locked
    def units(self) -> list[Unit]:
        return [Unit(r["id"], r["name"]) for r in self._conn.execute("SELECT id, name FROM units ORDER BY id")]

    @_locked
    def rename_unit(self, unit_id: int, name: str) -> None:
        with self._conn:
            self._conn.execute("UPDATE units SET name = ? WHERE id = ?", (name, unit_id))

    @_locked
    def add_person(self, name: str, unit_id: int, role: str, password_hash: str) -> Person:
        with self._conn:
            try:
                person_id = self._conn.execute(
                    "INSERT INTO people (name, unit_id, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)",
                    (name, unit_id, role, password_hash, _now()),
                ).lastrowid
            except sqlite3.IntegrityError:
                raise InputError(f"已有名为“{name}”的账号") from None
        return self.person(person_id)

    @_locked
    def person(self, person_id: int) -> Person | None:
        row = self._conn.execute(f"SELECT {_PERSON} FROM people WHERE id = ?", (person_id,)).fetchone()
        return _person(row) if row else None

    @_locked
    def person_credentials(self, name: str) -> tuple[Person, str] | None:
        """The account named ``name`` and its password hash (for signing in only)."""
        row = self._conn.execute(f"SELECT {_PERSON}, password_hash FROM people WHERE name = ?", (name,)).fetchone()
        return (_person(row), row["password_hash"]) if row else None

    @_locked
    def people(self) -> list[Person]:
        return [_person(r) for r in self._conn.execute(f"SELECT {_PERSON} FROM people ORDER BY unit_id, id")]

    @_locked
    def has_people(self) -> bool:
        return self._conn.execute("SELECT 1 FROM people LIMIT 1").fetchone() is not None

    @_locked
    def update_person(
        self,
        person_id: int,
        *,
        role: str | None = None,
        active: bool | None = None,
        password_hash: str | None = None,
        unit_id: int | None = None,
    ) -> None:
        """Change an account; a changed password, role, unit or a disabled account ends its sessions."""
        with self._conn:
            for column, value in (
                ("role", role),
                ("active", active),
                ("password_hash", password_hash),
                ("unit_id", unit_id),
            ):
                if value is not None:
                    self._conn.execute(f"UPDATE people SET {column} = ? WHERE id = ?", (value, person_id))
            self._conn.execute("DELETE FROM sessions WHERE person_id = ?", (person_id,))

    @_locked
    def add_session(self, token_sha256: str, person_id: int, now: str) -> None:
        with self._conn:
            self._conn.execute(
                "INSERT INTO sessions (token_sha256, person_id, created_at, seen_at) VALUES (?, ?, ?, ?)",
                (token_sha256, person_id, now, now),
            )

    @_locked
    def session(self, token_sha256: str) -> tuple[int, str, str] | None:
        """The session's person, start and last use; None if it ended or never was."""
        row = self._conn.execute(
            "SELECT person_id, created_at, seen_at FROM sessions WHERE token_sha256 = ?", (token_sha256,)
        ).fetchone()
        return (row["person_id"], row["created_at"], row["seen_at"]) if row else None

    @_locked
    def touch_session(self, token_sha256: str, now: str) -> None:
        with self._conn:
            self._conn.execute("UPDATE sessions SET seen_at = ? WHERE token_sha256 = ?", (now, token_sha256))

    @_locked
    def end_session(self, token_sha256: str) -> None:
        with self._conn:
            self._conn.execute("DELETE FROM sessions WHERE token_sha256 = ?", (token_sha256,))

    @_locked
    def record_sign_in_failure(self, name: str, now: str) -> None:
        with self._conn:
            self._conn.execute("INSERT INTO sign_in_failures (name, at) VALUES (?, ?)", (name, now))

    @_locked
    def sign_in_failures(self, name: str, since: str) -> list[str]:
        """When ``name`` failed to sign in since ``since``, oldest first."""
        rows = self._conn.execute(
            "SELECT at FROM sign_in_failures WHERE name = ? AND at >= ? ORDER BY at", (name, since)
        ).fetchall()
        return [r["at"] for r in rows]

    @_locked
    def clear_sign_in_failures(self, name: str) -> None:
        with self._conn:
            self._conn.execute("DELETE FROM sign_in_failures WHERE name = ?", (name,))

    @_locked
    def audit(self, person: str, unit_id: int | None, action: str, obj: str = "", detail: str = "", ok: bool = True):
        with self._conn:
            self._conn.execute(
                "INSERT INTO audit (at, person, unit_id, action, object, detail, ok) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (_now(), person, unit_id, action, obj, detail, int(ok)),
            )

    @_locked
    def audit_entries(self, limit: int | None = None) -> list[AuditEntry]:
        """The audit log, newest first."""
        rows = self._conn.execute(
            "SELECT * FROM audit ORDER BY id DESC LIMIT ?", (-1 if limit is None else limit,)
        ).fetchall()
        return [AuditEntry(**{**dict(r), "ok": bool(r["ok"])}) for r in rows]

    # --- review: shares, comments, revisions --------------------------------------------------------

    @_locked
    def share_draft(self, draft_id: int, person_id: int, *, can_edit: bool) -> None:
        with self._conn:
            self._conn.execute(
                "INSERT INTO draft_shares (draft_id, person_id, can_edit, shared_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (draft_id, person_id) DO UPDATE SET can_edit = excluded.can_edit",
                (draft_id, person_id, int(can_edit), _now()),
            )

    @_locked
    def unshare_draft(self, draft_id: int, person_id: int) -> None:
        with self._conn:
            self._conn.execute("DELETE FROM draft_shares WHERE draft_id = ? AND person_id = ?", (draft_id, person_id))

    @_locked
    def draft_shares(self, draft_id: int) -> list[DraftShare]:
        rows = self._conn.execute(
            "SELECT s.draft_id, s.person_id, p.name AS person, s.can_edit FROM draft_shares s"
            " JOIN people p ON p.id = s.person_id WHERE s.draft_id = ? ORDER BY p.name",
            (draft_id,),
        ).fetchall()
        return [DraftShare(**{**dict(r), "can_edit": bool(r["can_edit"])}) for r in rows]

    @_locked
    def add_comment(
        self, draft_id: int, block: int | None, text: str, *, author_id: int | None, author: str, parent_id=None
    ) -> Comment:
        with self._conn:
            comment_id = self._conn.execute(
                "INSERT INTO comments (draft_id, block, parent_id, author_id, author, text, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (draft_id, block, parent_id, author_id, author, text, _now()),
            ).lastrowid
        return self.comment(comment_id)

    @_locked
    def comment(self, comment_id: int) -> Comment | None:
        row = self._conn.execute(f"SELECT {_COMMENT} FROM comments WHERE id = ?", (comment_id,)).fetchone()
        return Comment(**dict(row)) if row else None

    @_locked
    def comments(self, draft_id: int) -> list[Comment]:
        rows = self._conn.execute(f"SELECT {_COMMENT} FROM comments WHERE draft_id = ? ORDER BY id", (draft_id,))
        return [Comment(**dict(r)) for r in rows]

    @_locked
    def resolve_comment(self, comment_id: int) -> None:
        with self._conn:
            self._conn.execute(
                "UPDATE comments SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL", (_now(), comment_id)
            )

    # --- 合理借鉴: paragraphs of a draft marked as legitimate reuse, by their text's normal form ---

    @_locked
    def mark_reuse(self, draft_id: int, key: str, text: str, reason: str, *, marked_by: str = "") -> None:
        """Mark the paragraph of ``draft_id`` whose text has the normal form ``key`` (a new reason replaces the old)."""
        if self.draft_owner(draft_id) is None:
            raise DraftNotFound(f"没有编号为 {draft_id} 的草稿")
        with self._conn:
            self._conn.execute(
                "INSERT INTO reuse_marks (draft_id, text_key, text, reason, marked_by, marked_at)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (draft_id, text_key) DO UPDATE SET text = excluded.text,"
                " reason = excluded.reason, marked_by = excluded.marked_by, marked_at = excluded.marked_at",
                (draft_id, key, _safe(text), _safe(reason), marked_by, _now()),
            )

    @_locked
    def unmark_reuse(self, draft_id: int, key: str) -> None:
        with self._conn:
            self._conn.execute("DELETE FROM reuse_marks WHERE draft_id = ? AND text_key = ?", (draft_id, key))

    @_locked
    def reuse_marks(self, draft_id: int) -> list[ReuseMark]:
        """The marks of a draft, oldest first."""
        rows = self._conn.execute(
            "SELECT draft_id, text_key, text, reason, marked_by, marked_at FROM reuse_marks WHERE draft_id = ?"
            " ORDER BY marked_at",
            (draft_id,),
        ).fetchall()
        return [ReuseMark(*r) for r in rows]

    @_locked
    def draft_revisions(self, draft_id: int) -> list[DraftRevision]:
        """Every kept revision of a draft, oldest first."""
        rows = self._conn.execute(
            "SELECT * FROM draft_revisions WHERE draft_id = ? ORDER BY revision", (draft_id,)
        ).fetchall()
        return [
            DraftRevision(
                r["draft_id"], r["revision"], r["title"], _draft_blocks(r["blocks"]), r["saved_at"], r["saved_by"]
            )
            for r in rows
        ]


def _result_json(result: ParseResult) -> str:
    """A parse as JSON (kept for corrections and the trash); ``_result`` reads it back."""
    return json.dumps(
        {
            "documents": [
                [
                    d.title,
                    d.kind,
                    d.year,
                    [
                        [
                            b.type,
                            b.text,
                            b.level,
                            b.marker,
                            [[p.start, p.end, p.text, p.kind] for p in b.placeholders],
                            b.schedule,
                        ]
                        for b in d.blocks
                    ],
                    d.title_source,
                ]
                for d in result.documents
            ],
            "dropped": [[d.text, d.reason] for d in result.dropped],
        },
        ensure_ascii=False,
    )


def _result(data: dict) -> ParseResult:
    documents = tuple(
        Document(
            title,
            kind,
            year,
            tuple(
                Block(type_, text, level, marker, tuple(Placeholder(*p) for p in placeholders), schedule)
                for type_, text, level, marker, placeholders, schedule in blocks
            ),
            title_source,
        )
        for title, kind, year, blocks, title_source in data["documents"]
    )
    return ParseResult(documents, tuple(DroppedLine(text, reason) for text, reason in data["dropped"]))


def _block(row: sqlite3.Row) -> Block:
    placeholders = tuple(Placeholder(*p) for p in json.loads(row["placeholders"]))
    return Block(row["type"], row["text"], row["level"], row["marker"], placeholders, row["schedule"])


# --- drafts (起草) ----------------------------------------------------------------------------
#
# One row per draft; the title, the specifics (JSON object) and the ordered blocks (JSON list)
# are saved together, so a save is the whole draft in one statement and touches no other row.
# ``revision`` counts saves: a save names the revision it was based on and is refused when the
# row has moved on (another tab saved in between). Deleting sets ``deleted_at``; a deleted
# draft stays for undo until it is one of more than DELETED_DRAFTS_KEPT deleted drafts or was
# deleted DELETED_DRAFTS_DAYS ago (purged on each deletion).


DELETED_DRAFTS_KEPT = 20
TRASH_KEPT = 20  # removed files kept for undo, per unit
_CORRECTION_COLUMNS = ("action", "anchor", "text", "value", "person", "created_at")
DELETED_DRAFTS_DAYS = 30
_SUMMARY_COLUMNS = "id, title, block_count AS blocks, revision, created_at, updated_at, deleted_at, unit_id, owner_id"


class DraftNotFound(InputError):
    """The draft does not exist (any more) or is deleted."""


class DraftConflict(InputError):
    """A save based on an old revision: another window saved the draft in between."""

    def __init__(self, revision: int, current: int):
        super().__init__(
            f"这份草稿刚在另一个窗口中保存过（那边已是第 {current} 版，这里看到的是第 {revision} 版）。"
            "为免覆盖那边的修改，这次修改没有保存；已载入最新内容，请在此基础上再改一次。"
        )
        self.revision = revision
        self.current = current


_PERSON = "id, name, unit_id, role, active"
_COMMENT = "id, draft_id, block, parent_id, author, text, created_at, resolved_at"


def _person(row: sqlite3.Row) -> Person:
    return Person(row["id"], row["name"], row["unit_id"], row["role"], bool(row["active"]))


def _scope(units: Collection[int] | None) -> tuple[str, tuple]:
    """A WHERE clause on ``files f``: the files of ``units`` and the shared ones (None: all files)."""
    if units is None:
        return "1", ()
    ids = tuple(units)
    return f"(f.shared = 1 OR f.unit_id IN ({','.join('?' * len(ids)) or 'NULL'}))", ids


def _draft_scope(units: Collection[int] | None, shared_with: int | None) -> tuple[str, tuple]:
    """A WHERE clause on ``drafts``: those of ``units`` and those shared with ``shared_with`` (None, None: all)."""
    if units is None and shared_with is None:
        return "1", ()
    ids = tuple(units or ())
    where = f"unit_id IN ({','.join('?' * len(ids)) or 'NULL'})"
    if shared_with is None:
        return f"({where})", ids
    return f"({where} OR id IN (SELECT draft_id FROM draft_shares WHERE person_id = ?))", (*ids, shared_with)


def _now() -> str:
    # Microseconds: deletions a moment apart must still sort in the order they happened.
    return datetime.now(UTC).isoformat(timespec="microseconds")


# A draft block's provenance, saved only when known (a draft saved before they existed loads as is).
PROVENANCE = ("source_document", "source_file", "source_year", "source_text")


def _safe(text: str) -> str:
    return xml_safe(text)


def _draft_columns(draft: Draft) -> tuple[str, str, str, int, int]:
    """A draft as its row's columns; text a person typed is kept XML-safe (see ``xml_safe``). The JSON
    source_text of provenance stays as the library had it (it is compared, never exported)."""
    blocks = [
        {
            "type": b.type,
            "text": _safe(b.text),
            "level": b.level,
            "marker": b.marker,
            "source_id": b.source_id,
            "original_marker": b.original_marker,
            **{key: getattr(b, key) for key in PROVENANCE if getattr(b, key) is not None},
        }
        for b in draft.blocks
    ]
    specifics = {_safe(str(k)): _safe(v) if isinstance(v, str) else v for k, v in draft.specifics.items()}
    return (
        _safe(draft.title),
        json.dumps(specifics, ensure_ascii=False, default=str),
        json.dumps(blocks, ensure_ascii=False),
        len(blocks),
        int(draft.signature),
    )


def _draft_blocks(blocks_json: str) -> tuple[DraftBlock, ...]:
    return tuple(
        DraftBlock(
            b["type"],
            b["text"],
            b.get("level"),
            b.get("marker"),
            b.get("source_id"),
            b.get("original_marker"),
            **{key: b[key] for key in PROVENANCE if key in b},
        )
        for b in json.loads(blocks_json)
    )


def _stored_draft(row: sqlite3.Row) -> StoredDraft:
    draft = Draft(row["title"], json.loads(row["specifics"]), _draft_blocks(row["blocks"]), bool(row["signature"]))
    return StoredDraft(
        row["id"],
        draft,
        row["revision"],
        row["created_at"],
        row["updated_at"],
        row["deleted_at"],
        row["unit_id"],
        row["owner_id"],
    )
