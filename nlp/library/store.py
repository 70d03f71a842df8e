"""The library store: one SQLite file (WAL). The only module that knows SQL.

Default location: ``data/library.sqlite3`` in the project folder; the ``JIHUA_DB``
environment variable or the CLI's ``--db`` option name another file.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Self

from nlp.errors import InputError
from nlp.library.migrations import migrate
from nlp.models import (
    Block,
    Document,
    DocumentSummary,
    Draft,
    DraftBlock,
    DraftSummary,
    DroppedLine,
    IngestOutcome,
    LibraryRevision,
    ParseResult,
    Placeholder,
    StoredBlock,
    StoredDraft,
    StoredFile,
)
from nlp.resources import DATA_HOME

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
    """Identity of a document's content: same outline text, same document."""
    payload = json.dumps([document.title] + [[b.type, b.marker, b.text] for b in document.blocks], ensure_ascii=False)
    return content_hash(payload.encode("utf-8"))


def _locked(method):
    """Run a Library method while holding the instance's lock."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        with self._lock:
            return method(self, *args, **kwargs)

    return wrapper


class Library:
    """The document library in one SQLite file.

    One instance may be shared by the app's sessions (threads): every call holds a lock,
    and other processes are kept out of each other's way by SQLite's own locking (WAL).
    """

    def __init__(self, path: str | os.PathLike | None = None):
        self._lock = threading.RLock()
        self.path = Path(path) if path else default_db_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        self._conn.row_factory = sqlite3.Row
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        self._conn.execute("PRAGMA foreign_keys=ON")
        try:
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
    def add_file(self, name: str, data_sha256: str, size: int, result: ParseResult) -> IngestOutcome:
        """Store one parsed file in a single transaction: all its documents or nothing."""
        with self._conn:
            self._conn.execute("BEGIN IMMEDIATE")
            known = self._conn.execute("SELECT id FROM files WHERE sha256 = ?", (data_sha256,)).fetchone()
            if known:
                return IngestOutcome(known["id"], 0, 0, True)
            dropped = json.dumps([[d.text, d.reason] for d in result.dropped], ensure_ascii=False)
            file_id = self._conn.execute(
                "INSERT INTO files (name, sha256, size, imported_at, dropped) VALUES (?, ?, ?, ?, ?)",
                (name, data_sha256, size, datetime.now(UTC).isoformat(timespec="seconds"), dropped),
            ).lastrowid
            added = duplicates = 0
            for position, document in enumerate(result.documents):
                doc_id = self._insert_document(file_id, position, document)
                if doc_id is None:
                    duplicates += 1
                else:
                    added += 1
            self._bump_revision()
            return IngestOutcome(file_id, added, duplicates, False)

    def _insert_document(self, file_id: int, position: int, document: Document) -> int | None:
        cursor = self._conn.execute(
            "INSERT OR IGNORE INTO documents (file_id, position, title, kind, year, content_sha256)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (file_id, position, document.title, document.kind, document.year, document_hash(document)),
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
    def delete_file(self, file_id: int) -> None:
        """Remove a file and its documents; a file not in the library raises ``InputError``."""
        with self._conn:
            self._conn.execute("BEGIN IMMEDIATE")
            if self._conn.execute("DELETE FROM files WHERE id = ?", (file_id,)).rowcount == 0:
                raise InputError(f"文库中没有编号为 {file_id} 的文件")
            self._bump_revision()

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

    @_locked
    def is_empty(self) -> bool:
        return self._conn.execute("SELECT 1 FROM documents LIMIT 1").fetchone() is None

    @_locked
    def files(self) -> list[StoredFile]:
        rows = self._conn.execute(
            "SELECT f.id, f.name, f.size, f.imported_at, COUNT(d.id) AS documents FROM files f"
            " LEFT JOIN documents d ON d.file_id = f.id GROUP BY f.id ORDER BY f.id"
        ).fetchall()
        return [StoredFile(**dict(row)) for row in rows]

    @_locked
    def documents(self) -> list[DocumentSummary]:
        rows = self._conn.execute(
            "SELECT d.id, d.title, d.kind, d.year, d.file_id, f.name AS file_name, f.imported_at,"
            " (SELECT COUNT(*) FROM blocks b WHERE b.document_id = d.id) AS blocks"
            " FROM documents d JOIN files f ON f.id = d.file_id ORDER BY d.file_id, d.position"
        ).fetchall()
        return [DocumentSummary(**dict(row)) for row in rows]

    @_locked
    def document(self, document_id: int) -> Document:
        row = self._conn.execute("SELECT title, kind, year FROM documents WHERE id = ?", (document_id,)).fetchone()
        if row is None:
            raise KeyError(document_id)
        blocks = self._conn.execute(
            "SELECT type, level, marker, text, schedule, placeholders FROM blocks"
            " WHERE document_id = ? ORDER BY position",
            (document_id,),
        ).fetchall()
        return Document(row["title"], row["kind"], row["year"], tuple(_block(b) for b in blocks))

    @_locked
    def blocks(self) -> list[StoredBlock]:
        """Every block of the library in document order, with its document and file."""
        rows = self._conn.execute(
            "SELECT b.id, b.document_id, b.position, b.type, b.level, b.marker, b.text,"
            " d.title AS document_title, f.name AS file_name"
            " FROM blocks b JOIN documents d ON d.id = b.document_id JOIN files f ON f.id = d.file_id"
            " ORDER BY d.file_id, d.position, b.position"
        ).fetchall()
        return [StoredBlock(**dict(row)) for row in rows]

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
    def create_draft(self, draft: Draft) -> StoredDraft:
        """Store a new draft at revision 1."""
        now = _now()
        with self._conn:
            draft_id = self._conn.execute(
                "INSERT INTO drafts (title, specifics, blocks, block_count, revision, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, 1, ?, ?)",
                (*_draft_columns(draft), now, now),
            ).lastrowid
        return self._draft(draft_id)

    @_locked
    def drafts(self) -> list[DraftSummary]:
        """The drafts not deleted, most recently saved first."""
        rows = self._conn.execute(
            f"SELECT {_SUMMARY_COLUMNS} FROM drafts WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC"
        ).fetchall()
        return [DraftSummary(**dict(row)) for row in rows]

    @_locked
    def deleted_drafts(self) -> list[DraftSummary]:
        """Deleted drafts still kept for undo, most recently deleted first."""
        rows = self._conn.execute(
            f"SELECT {_SUMMARY_COLUMNS} FROM drafts WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC"
        ).fetchall()
        return [DraftSummary(**dict(row)) for row in rows]

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
    def save_draft(self, draft_id: int, draft: Draft, *, revision: int) -> StoredDraft:
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
                "UPDATE drafts SET title = ?, specifics = ?, blocks = ?, block_count = ?,"
                " revision = revision + 1, updated_at = ? WHERE id = ? AND revision = ?",
                (*_draft_columns(draft), _now(), draft_id, revision),
            )
        return self._draft(draft_id)

    @_locked
    def copy_draft(self, draft_id: int, *, title: str | None = None) -> StoredDraft:
        """A new draft with the same content (title: “原标题（副本）” unless given)."""
        source = self.draft(draft_id).draft
        return self.create_draft(Draft(title or f"{source.title}（副本）", dict(source.specifics), source.blocks))

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
    def restore_draft(self, draft_id: int | None = None) -> StoredDraft:
        """Undo a deletion: of ``draft_id``, or of the most recently deleted draft when None."""
        with self._conn:
            if draft_id is None:
                row = self._conn.execute(
                    "SELECT id FROM drafts WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC LIMIT 1"
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
        """Erase deleted drafts beyond the ``DELETED_DRAFTS_KEPT`` most recent or deleted over
        ``DELETED_DRAFTS_DAYS`` days before ``now``; how many."""
        cutoff = ((now or datetime.now(UTC)) - timedelta(days=DELETED_DRAFTS_DAYS)).isoformat(timespec="microseconds")
        with self._conn:
            cursor = self._conn.execute(
                "DELETE FROM drafts WHERE deleted_at IS NOT NULL AND (deleted_at < ? OR id NOT IN"
                " (SELECT id FROM drafts WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC LIMIT ?))",
                (cutoff, DELETED_DRAFTS_KEPT),
            )
        return cursor.rowcount


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
DELETED_DRAFTS_DAYS = 30
_SUMMARY_COLUMNS = "id, title, block_count AS blocks, revision, created_at, updated_at, deleted_at"


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


def _now() -> str:
    # Microseconds: deletions a moment apart must still sort in the order they happened.
    return datetime.now(UTC).isoformat(timespec="microseconds")


# A draft block's provenance, saved only when known (a draft saved before they existed loads as is).
PROVENANCE = ("source_document", "source_file", "source_year", "source_text")


def _draft_columns(draft: Draft) -> tuple[str, str, str, int]:
    blocks = [
        {
            "type": b.type,
            "text": b.text,
            "level": b.level,
            "marker": b.marker,
            "source_id": b.source_id,
            "original_marker": b.original_marker,
            **{key: getattr(b, key) for key in PROVENANCE if getattr(b, key) is not None},
        }
        for b in draft.blocks
    ]
    return (
        draft.title,
        json.dumps(dict(draft.specifics), ensure_ascii=False, default=str),
        json.dumps(blocks, ensure_ascii=False),
        len(blocks),
    )


def _stored_draft(row: sqlite3.Row) -> StoredDraft:
    blocks = tuple(
        DraftBlock(
            b["type"],
            b["text"],
            b.get("level"),
            b.get("marker"),
            b.get("source_id"),
            b.get("original_marker"),
            **{key: b[key] for key in PROVENANCE if key in b},
        )
        for b in json.loads(row["blocks"])
    )
    draft = Draft(row["title"], json.loads(row["specifics"]), blocks)
    return StoredDraft(row["id"], draft, row["revision"], row["created_at"], row["updated_at"], row["deleted_at"])
