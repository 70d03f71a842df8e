"""The store's schema, versioned with ``PRAGMA user_version``, and the forward migrations to it.

Version 0 is a file with no tables (new) or one made before the schema was versioned, whose
tables are version 1's: its statements are ``IF NOT EXISTS``, so running them on such a file
changes nothing. Each later version is a list of SQL scripts and Python steps (for what SQL cannot
reach, such as text inside JSON) applied in one transaction; a
file whose version is newer than this code knows is refused rather than misread.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import PurePath

from nlp.errors import InputError
from nlp.resources import xml_safe

# The library (files, documents, blocks), segmenter tokens, and drafts: the unversioned release.
_VERSION_1 = (
    """CREATE TABLE IF NOT EXISTS files (
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
CREATE TABLE IF NOT EXISTS drafts (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    specifics TEXT NOT NULL DEFAULT '{}',
    blocks TEXT NOT NULL DEFAULT '[]',
    block_count INTEGER NOT NULL DEFAULT 0,
    revision INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX IF NOT EXISTS drafts_updated ON drafts(deleted_at, updated_at);
""",
)
# A revision counter and a token that every import and removal bump: caches key on the token.
_VERSION_2 = (
    """CREATE TABLE library_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    revision INTEGER NOT NULL,
    token TEXT NOT NULL
);
INSERT INTO library_state (id, revision, token)
    VALUES (1, (SELECT COUNT(*) FROM files), lower(hex(randomblob(16))));
""",
)


def _repair_library(conn: sqlite3.Connection) -> None:
    """Blocks and titles made XML-safe (``nlp.resources.xml_safe``, lent to SQLite as a function)."""
    conn.create_function("xml_safe", 1, lambda text: None if text is None else xml_safe(text), deterministic=True)
    conn.execute("UPDATE blocks SET text = xml_safe(text), marker = xml_safe(marker)")
    conn.execute("UPDATE documents SET title = xml_safe(title)")


def _repair_drafts(conn: sqlite3.Connection) -> None:
    """Drafts hold JSON, whose escapes SQL cannot see into: made XML-safe value by value."""

    def safe(value):
        if isinstance(value, str):
            return xml_safe(value)
        if isinstance(value, list):
            return [safe(v) for v in value]
        if isinstance(value, dict):
            return {k: safe(v) for k, v in value.items()}
        return value

    rows = conn.execute("SELECT id, title, specifics, blocks FROM drafts").fetchall()
    for draft_id, title, specifics, blocks in rows:
        repaired = (
            safe(title),
            json.dumps(safe(json.loads(specifics)), ensure_ascii=False),
            json.dumps(safe(json.loads(blocks)), ensure_ascii=False),
        )
        if repaired != (title, specifics, blocks):
            conn.execute("UPDATE drafts SET title = ?, specifics = ?, blocks = ? WHERE id = ?", (*repaired, draft_id))


# Text stored before imports and drafts were made XML-safe: repaired once, so every export works.
# ... and whether a draft's export ends with its 落款 (the unit and the 成文日期).
_VERSION_3 = (_repair_library, _repair_drafts, "ALTER TABLE drafts ADD COLUMN signature INTEGER NOT NULL DEFAULT 1;")

# Units and people (issue 15): every file, document and draft belongs to a unit (a library of the
# previous release becomes unit 1, holding everything); a file may be shared with all units;
# accounts, sign-in sessions and failures, the audit log, draft shares, comments and revisions.
# The same file or document may now be held by two units: files and documents are rebuilt with
# their uniqueness per unit (foreign keys are off during a migration, so nothing cascades).
_VERSION_4 = (
    """CREATE TABLE units (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);
INSERT INTO units (id, name, created_at) VALUES (1, '本单位', strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now'));
CREATE TABLE files_v3 (
    id INTEGER PRIMARY KEY,
    unit_id INTEGER NOT NULL DEFAULT 1 REFERENCES units(id),
    shared INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    imported_at TEXT NOT NULL,
    dropped TEXT NOT NULL DEFAULT '[]',
    UNIQUE (unit_id, sha256)
);
INSERT INTO files_v3 (id, name, sha256, size, imported_at, dropped)
    SELECT id, name, sha256, size, imported_at, dropped FROM files;
DROP TABLE files;
ALTER TABLE files_v3 RENAME TO files;
CREATE TABLE documents_v3 (
    id INTEGER PRIMARY KEY,
    file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL DEFAULT 1,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    year INTEGER,
    content_sha256 TEXT NOT NULL,
    UNIQUE (unit_id, content_sha256)
);
INSERT INTO documents_v3 (id, file_id, position, title, kind, year, content_sha256)
    SELECT id, file_id, position, title, kind, year, content_sha256 FROM documents;
DROP TABLE documents;
ALTER TABLE documents_v3 RENAME TO documents;
CREATE INDEX documents_file ON documents(file_id, position);
CREATE INDEX files_unit ON files(unit_id, shared);
CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    unit_id INTEGER NOT NULL REFERENCES units(id),
    role TEXT NOT NULL CHECK (role IN ('管理员', '起草人', '审阅人')),
    password_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);
ALTER TABLE drafts ADD COLUMN unit_id INTEGER NOT NULL DEFAULT 1;
ALTER TABLE drafts ADD COLUMN owner_id INTEGER;
CREATE INDEX drafts_unit ON drafts(unit_id, deleted_at, updated_at);
CREATE TABLE sessions (
    token_sha256 TEXT PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    seen_at TEXT NOT NULL
);
CREATE TABLE sign_in_failures (
    name TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX sign_in_failures_name ON sign_in_failures(name, at);
CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    person TEXT NOT NULL,
    unit_id INTEGER,
    action TEXT NOT NULL,
    object TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '',
    ok INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE draft_shares (
    draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    can_edit INTEGER NOT NULL DEFAULT 0,
    shared_at TEXT NOT NULL,
    PRIMARY KEY (draft_id, person_id)
);
CREATE TABLE comments (
    id INTEGER PRIMARY KEY,
    draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
    block INTEGER,
    parent_id INTEGER REFERENCES comments(id) ON DELETE CASCADE,
    author_id INTEGER REFERENCES people(id),
    author TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL,
    resolved_at TEXT
);
CREATE INDEX comments_draft ON comments(draft_id, id);
CREATE TABLE draft_revisions (
    draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
    revision INTEGER NOT NULL,
    title TEXT NOT NULL,
    blocks TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    saved_by TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (draft_id, revision)
);
INSERT INTO draft_revisions (draft_id, revision, title, blocks, saved_at)
    SELECT id, revision, title, blocks, updated_at FROM drafts;
""",
)
# 合理借鉴 (issue 16): a drafter marks a paragraph of their draft as legitimate reuse (the union's
# charter, a required policy formula), with an optional reason; 查重 reports it apart. A mark names
# the paragraph by its text in the normal form of 查重 (``nlp.cycle.provenance.reuse_key``), so it
# survives moves, saves and reloads, and goes when the paragraph is rewritten.
_VERSION_5 = (
    """CREATE TABLE reuse_marks (
    draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
    text_key TEXT NOT NULL,
    text TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    marked_by TEXT NOT NULL DEFAULT '',
    marked_at TEXT NOT NULL,
    PRIMARY KEY (draft_id, text_key)
);
""",
)
# A library the user manages (issue 12): each file's parse as made (before corrections); removed files
# kept for undo (the trash, their parse and where they were); the corrections people made, keyed by
# the file's content so they are applied again when the same file is imported again. A file stored
# before has no parse kept: its stored documents stand for it, numbered again without the gaps left by
# documents it shared with other files (not stored twice), so a position is a place in that parse.
_VERSION_6 = (
    """CREATE TABLE parses (
    file_id INTEGER PRIMARY KEY REFERENCES files(id) ON DELETE CASCADE,
    result TEXT NOT NULL
);
CREATE TABLE trash (
    file_id INTEGER PRIMARY KEY,
    unit_id INTEGER NOT NULL,
    name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    documents INTEGER NOT NULL,
    removed_at TEXT NOT NULL,
    removed_by TEXT NOT NULL DEFAULT '',
    file TEXT NOT NULL
);
CREATE INDEX trash_unit ON trash(unit_id, removed_at);
CREATE TABLE corrections (
    id INTEGER PRIMARY KEY,
    unit_id INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    action TEXT NOT NULL,
    anchor TEXT NOT NULL,
    text TEXT NOT NULL,
    value TEXT NOT NULL DEFAULT '',
    person TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX corrections_file ON corrections(unit_id, sha256, id);
UPDATE documents SET position = (SELECT COUNT(*) FROM documents earlier
    WHERE earlier.file_id = documents.file_id AND earlier.position < documents.position);
""",
)


def _title_sources(conn: sqlite3.Connection) -> None:
    """Mark the titles taken from the file's name (the parser's last resort: a title equal to the name
    without its extension), in the documents and in the parses kept for corrections and the trash."""

    def source(title: str, name: str) -> str:
        return "file" if title == PurePath(name).stem else "text"

    def marked(documents: list, name: str) -> list:
        return [[*d[:4], source(d[0], name)] for d in documents]

    names = dict(conn.execute("SELECT id, name FROM files").fetchall())
    conn.executemany(
        "UPDATE documents SET title_source = ? WHERE id = ?",
        [
            (source(title, names[file_id]), document_id)
            for document_id, file_id, title in conn.execute("SELECT id, file_id, title FROM documents").fetchall()
        ],
    )
    for file_id, result in conn.execute("SELECT file_id, result FROM parses").fetchall():
        data = json.loads(result)
        data["documents"] = marked(data["documents"], names.get(file_id, ""))
        conn.execute("UPDATE parses SET result = ? WHERE file_id = ?", (json.dumps(data, ensure_ascii=False), file_id))
    for file_id, name, kept in conn.execute("SELECT file_id, name, file FROM trash").fetchall():
        data = json.loads(kept)
        data["parse"]["documents"] = marked(data["parse"]["documents"], name)
        conn.execute("UPDATE trash SET file = ? WHERE file_id = ?", (json.dumps(data, ensure_ascii=False), file_id))


# Where a document's title comes from (issue 12): a line of the text, the file's name (the last resort,
# which the 文库 shows as such) or a person's correction (``nlp.models.TITLE_SOURCES``).
_VERSION_7 = (
    "ALTER TABLE documents ADD COLUMN title_source TEXT NOT NULL DEFAULT 'text';",
    _title_sources,
)
MIGRATIONS = (_VERSION_1, _VERSION_2, _VERSION_3, _VERSION_4, _VERSION_5, _VERSION_6, _VERSION_7)
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the file to ``SCHEMA_VERSION``; the version it had. Each step is one transaction."""
    found = schema_version(conn)
    if found > SCHEMA_VERSION:
        raise InputError(
            f"这个文库文件由更新版本的计划工坊创建（格式版本 {found}，本程序只认识到 {SCHEMA_VERSION}）。"
            "请升级计划工坊后再打开，或换一个文库文件。"
        )
    foreign_keys = conn.execute("PRAGMA foreign_keys").fetchone()[0]
    conn.execute("PRAGMA foreign_keys=OFF")  # a table rebuilt must not cascade (only settable outside a transaction)
    try:
        for version in range(found + 1, SCHEMA_VERSION + 1):
            _step(conn, version)
    finally:
        conn.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
    return found


def _step(conn: sqlite3.Connection, version: int) -> None:
    with conn:
        conn.execute("BEGIN IMMEDIATE")
        if schema_version(conn) >= version:  # another process migrated in the meantime
            return
        for step in MIGRATIONS[version - 1]:
            if callable(step):
                step(conn)
                continue
            for statement in _statements(step):
                conn.execute(statement)
        if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise InputError(f"文库文件升级到格式版本 {version} 时发现不一致的记录，未作改动。")
        conn.execute(f"PRAGMA user_version = {version}")


def _statements(script: str) -> list[str]:
    """``script`` cut into statements (``executescript`` would commit the open transaction)."""
    statements, pending = [], ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    return [s for s in statements if s]
