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
from dataclasses import dataclass
from datetime import datetime, timezone, UTC
from pathlib import Path

from .models import Block, Document, DroppedLine, ParseResult, Placeholder

DEFAULT_DB = Path(__file__).resolve().parent.parent / "data" / "library.sqlite3"
BUSY_TIMEOUT_MS = 10_000

SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    imported_at TEXT NOT NULL,
    dropped TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    year INTEGER,
    content_sha256 TEXT NOT NULL UNIQUE
);
CREATE TABLE IF NOT EXISTS blocks (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    type TEXT NOT NULL,
    level INTEGER,
    marker TEXT,
    text TEXT NOT NULL,
    schedule TEXT,
    placeholders TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE IF NOT EXISTS tokens (
    text_sha1 TEXT PRIMARY KEY,
    tokens TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS blocks_document ON blocks(document_id, position);
CREATE INDEX IF NOT EXISTS documents_file ON documents(file_id, position);
"""


def default_db_path() -> Path:
    """``JIHUA_DB`` when set, else ``data/library.sqlite3`` in the project folder."""
    return Path(os.environ.get("JIHUA_DB") or DEFAULT_DB)


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def document_hash(document: Document) -> str:
    """Identity of a document's content: same outline text, same document."""
    payload = json.dumps([document.title] + [[b.type, b.marker, b.text] for b in document.blocks],
                         ensure_ascii=False)
    return content_hash(payload.encode("utf-8"))


def _locked(method):
    """Run a Library method while holding the instance's lock."""
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        with self._lock:
            return method(self, *args, **kwargs)
    return wrapper


@dataclass(frozen=True)
class StoredFile:
    id: int
    name: str
    size: int
    imported_at: str
    documents: int


@dataclass(frozen=True)
class DocumentSummary:
    id: int
    title: str
    kind: str
    year: int | None
    file_id: int
    file_name: str
    imported_at: str
    blocks: int


@dataclass(frozen=True)
class StoredBlock:
    """A block of the library with where it comes from."""

    id: int
    document_id: int
    position: int
    type: str
    level: int | None
    marker: str | None
    text: str
    document_title: str
    file_name: str


@dataclass(frozen=True)
class IngestOutcome:
    """What storing one parsed file did."""

    file_id: int | None
    added: int       # documents stored
    duplicates: int  # documents already in the library (same content from another file)
    already_imported: bool  # this exact file was imported before


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
        self._conn.executescript(SCHEMA)

    @_locked
    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Library:
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
            [(doc_id, i, b.type, b.level, b.marker, b.text, b.schedule,
              json.dumps([[p.start, p.end, p.text, p.kind] for p in b.placeholders], ensure_ascii=False))
             for i, b in enumerate(document.blocks)],
        )
        return doc_id

    @_locked
    def delete_file(self, file_id: int) -> None:
        """Remove a file and its documents."""
        with self._conn:
            self._conn.execute("DELETE FROM files WHERE id = ?", (file_id,))

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
            " WHERE document_id = ? ORDER BY position", (document_id,)
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
            chunk = key_list[start:start + 500]
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


def _block(row: sqlite3.Row) -> Block:
    placeholders = tuple(Placeholder(*p) for p in json.loads(row["placeholders"]))
    return Block(row["type"], row["text"], row["level"], row["marker"], placeholders, row["schedule"])
