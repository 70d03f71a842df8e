"""The federation's archive: every member unit's plans and summaries, year by year, as Parquet.

A source folder is laid out ``YEAR/UNIT/files`` (one folder per year, one per unit inside it).
Every file goes through the app's own pipeline (``nlp.library.parse_file``: the same readers and
cleaning), and each (year, unit) slice is written as one Parquet file per table, hive-style:

    DIR/manifest.json                              the slices and the numbers they were given
    DIR/documents/year=Y/unit=U/part.parquet      one row per document
    DIR/blocks/year=Y/unit=U/part.parquet         one row per block, in document order

A slice's ids come from its number (``slice << 24`` + position), so slices are written by
separate tasks without coordination and the archive grows year by year (``add``) without
renumbering. The archive's order is (year, unit, document, block): the order of the check index.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from nlp.errors import InputError
from nlp.library.parse import parse_file
from nlp.library.store import Library, content_hash
from nlp.models import Block, Document, ParseResult, Placeholder, StoredBlock
from nlp.read import SUPPORTED_EXTENSIONS

MANIFEST = "manifest.json"
ID_BITS = 24  # a slice holds fewer than 2**24 blocks and documents

BLOCK_SCHEMA = pa.schema(
    [
        ("block_id", pa.int64()),
        ("document_id", pa.int64()),
        ("position", pa.int32()),
        ("type", pa.string()),
        ("level", pa.int32()),
        ("marker", pa.string()),
        ("text", pa.string()),
        ("placeholders", pa.string()),  # JSON list
        ("schedule", pa.string()),
        ("document_title", pa.string()),
        ("file", pa.string()),
    ]
)
DOCUMENT_SCHEMA = pa.schema(
    [
        ("document_id", pa.int64()),
        ("file", pa.string()),
        ("position", pa.int32()),
        ("title", pa.string()),
        ("kind", pa.string()),
        ("document_year", pa.int32()),
        ("blocks", pa.int32()),
    ]
)


@dataclass(frozen=True, order=True)
class Slice:
    """One unit's files of one year."""

    year: int
    unit: str

    def path(self, archive: Path, table: str) -> Path:
        return Path(archive) / table / f"year={self.year}" / f"unit={self.unit}" / "part.parquet"

    @property
    def label(self) -> str:
        return f"{self.year}/{self.unit}"


@dataclass(frozen=True)
class SliceReport:
    """What writing one slice gave: documents and blocks written, files refused with why."""

    slice: Slice
    documents: int
    blocks: int
    refused: tuple[tuple[str, str], ...] = ()


# --- the manifest -----------------------------------------------------------------------------


def read_manifest(archive: Path) -> dict:
    path = Path(archive) / MANIFEST
    if not path.exists():
        raise InputError(f"不是档案库目录（缺少 {MANIFEST}）：{archive}")
    return json.loads(path.read_text(encoding="utf-8"))


def _write_manifest(archive: Path, manifest: dict) -> None:
    path = Path(archive) / MANIFEST
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    temporary.replace(path)


def archive_slices(archive: Path) -> list[Slice]:
    """The archive's slices in archive order (year, then unit)."""
    return sorted(Slice(int(year), unit) for year, unit in read_manifest(archive)["slices"])


def slice_rows(archive: Path, slices: Sequence[Slice]) -> list[int]:
    """How many blocks each slice holds (from the Parquet footers, nothing else read)."""
    return [pq.read_metadata(s.path(archive, "blocks")).num_rows for s in slices]


# --- writing ------------------------------------------------------------------------------------


def write_slice(
    archive: Path, part: Slice, number: int, documents: Sequence[tuple[str, int, Document]]
) -> tuple[int, int]:
    """Write one slice's documents, (file name, position in file, document), under slice ``number``."""
    base = number << ID_BITS
    document_rows, block_rows = [], []
    block_number = 0
    for doc_number, (file, position, document) in enumerate(documents):
        document_id = base + doc_number
        document_rows.append(
            (document_id, file, position, document.title, document.kind, document.year, len(document.blocks))
        )
        for block_position, block in enumerate(document.blocks):
            block_rows.append(
                (
                    base + block_number,
                    document_id,
                    block_position,
                    block.type,
                    block.level,
                    block.marker,
                    block.text,
                    json.dumps([[p.start, p.end, p.text, p.kind] for p in block.placeholders], ensure_ascii=False),
                    block.schedule,
                    document.title,
                    file,
                )
            )
            block_number += 1
    if block_number >= 1 << ID_BITS:
        raise InputError(f"{part.label} 的段落超过 {1 << ID_BITS} 个，请拆分后再导入")
    for table, schema, rows in (("documents", DOCUMENT_SCHEMA, document_rows), ("blocks", BLOCK_SCHEMA, block_rows)):
        path = part.path(archive, table)
        path.parent.mkdir(parents=True, exist_ok=True)
        columns = list(zip(*rows)) if rows else [[] for _ in schema]
        pq.write_table(pa.table(dict(zip(schema.names, columns)), schema=schema), path)
    return len(document_rows), block_number


def parse_and_write_slice(archive: Path, part: Slice, number: int, files: Sequence[str]) -> SliceReport:
    """Read, clean and structure a slice's files with the app's pipeline, and write them."""
    documents, refused = [], []
    for name in files:
        path = Path(name)
        try:
            result = parse_file(path.read_bytes(), path.name)
        except InputError as err:
            refused.append((path.name, str(err)))
            continue
        except OSError as err:
            refused.append((path.name, f"无法打开文件：{err.strerror or err}"))
            continue
        documents.extend((path.name, position, document) for position, document in enumerate(result.documents))
    written, blocks = write_slice(archive, part, number, documents)
    return SliceReport(part, written, blocks, tuple(refused))


def source_slices(folder: Path) -> list[tuple[Slice, list[str]]]:
    """The slices of a source folder laid out ``YEAR/UNIT/files``, each with its supported files."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(f"找不到文件夹：{folder}")
    found = []
    for year_dir in sorted(p for p in folder.iterdir() if p.is_dir()):
        if not year_dir.name.isdigit():
            raise InputError(f"档案文件夹应按“年份/单位/文件”存放，{year_dir.name} 不是年份")
        for unit_dir in sorted(p for p in year_dir.iterdir() if p.is_dir()):
            files = sorted(
                str(p) for p in unit_dir.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_EXTENSIONS
            )
            if files:
                found.append((Slice(int(year_dir.name), unit_dir.name), files))
    if not found:
        raise InputError(f"{folder} 中没有“年份/单位/文件”形式的可读文件")
    return found


def add_slices(archive: Path, folder: Path, *, client=None, create: bool = False) -> list[SliceReport]:
    """Put a source folder's slices in the archive (``create``: a new archive). A slice already
    in the archive is refused before anything is written. ``client``: a Dask client that parses
    the slices on its workers; without one they are parsed here, by the same function."""
    archive = Path(archive)
    if create:
        if (archive / MANIFEST).exists():
            raise InputError(f"档案库已存在：{archive}（追加新的年份请用 archive add）")
        archive.mkdir(parents=True, exist_ok=True)
        _write_manifest(archive, {"slices": [], "next_slice": 0})
    manifest = read_manifest(archive)
    return _add(archive, manifest, source_slices(folder), client)


def _add(archive: Path, manifest: dict, incoming: list[tuple[Slice, list[str]]], client) -> list[SliceReport]:
    present = {Slice(int(y), u) for y, u in manifest["slices"]}
    clash = [s.label for s, _ in incoming if s in present]
    if clash:
        raise InputError(f"档案库中已有这些年份/单位，未写入任何内容：{'、'.join(clash[:5])}")
    numbers = range(manifest["next_slice"], manifest["next_slice"] + len(incoming))
    if client is None:
        reports = [parse_and_write_slice(archive, s, n, files) for (s, files), n in zip(incoming, numbers)]
    else:
        futures = [
            client.submit(parse_and_write_slice, archive, s, n, files, pure=False)
            for (s, files), n in zip(incoming, numbers)
        ]
        reports = client.gather(futures)
    manifest["slices"] = sorted([[s.year, s.unit] for s in present] + [[s.year, s.unit] for s, _ in incoming])
    manifest["next_slice"] = numbers.stop
    _write_manifest(archive, manifest)
    return reports


# --- reading ------------------------------------------------------------------------------------


def read_blocks(archive: Path, slices: Iterable[Slice]) -> pa.Table:
    """The blocks of ``slices``, in archive order, with their year and unit."""
    tables = []
    for part in slices:
        table = pq.read_table(part.path(archive, "blocks"))
        tables.append(
            table.append_column("year", pa.array([part.year] * len(table), pa.int32())).append_column(
                "unit", pa.array([part.unit] * len(table), pa.string())
            )
        )
    if not tables:
        return (
            BLOCK_SCHEMA.empty_table()
            .append_column("year", pa.array([], pa.int32()))
            .append_column("unit", pa.array([], pa.string()))
        )
    return pa.concat_tables(tables)


def source_name(year: int, unit: str, file: str) -> str:
    """How an archive file is named as a 查重 source: ``YEAR/UNIT/file``."""
    return f"{year}/{unit}/{file}"


def split_source_name(name: str) -> tuple[int, str, str]:
    year, unit, file = name.split("/", 2)
    return int(year), unit, file


def stored_blocks(table: pa.Table) -> list[StoredBlock]:
    """Archive blocks as the library's ``StoredBlock``s (the file named ``YEAR/UNIT/file``)."""
    columns = table.select(
        [
            "block_id",
            "document_id",
            "position",
            "type",
            "level",
            "marker",
            "text",
            "document_title",
            "file",
            "year",
            "unit",
        ]
    ).to_pydict()
    return [
        StoredBlock(b, d, p, t, lv, m, x, title, source_name(y, u, f))
        for b, d, p, t, lv, m, x, title, f, y, u in zip(*columns.values())
    ]


# --- the app's library in and out -------------------------------------------------------------


def export_library(library: Library, archive: Path, *, unit: str, year: int) -> SliceReport:
    """Write the app's whole library as one unit's slice of one year (a new slice)."""
    archive = Path(archive)
    if not (archive / MANIFEST).exists():
        archive.mkdir(parents=True, exist_ok=True)
        _write_manifest(archive, {"slices": [], "next_slice": 0})
    manifest = read_manifest(archive)
    part = Slice(int(year), unit)
    if part in {Slice(int(y), u) for y, u in manifest["slices"]}:
        raise InputError(f"档案库中已有 {part.label}，未写入")
    by_document: dict[int, list[StoredBlock]] = {}
    for block in library.blocks():
        by_document.setdefault(block.document_id, []).append(block)
    documents, positions = [], {}
    for document_id, blocks in by_document.items():
        stored = library.document(document_id)
        file = blocks[0].file_name
        positions[file] = positions.get(file, -1) + 1
        documents.append((file, positions[file], stored))
    number = manifest["next_slice"]
    written, count = write_slice(archive, part, number, documents)
    manifest["slices"] = sorted(manifest["slices"] + [[part.year, part.unit]])
    manifest["next_slice"] = number + 1
    _write_manifest(archive, manifest)
    return SliceReport(part, written, count)


def slice_files(archive: Path, part: Slice) -> list[tuple[str, ParseResult]]:
    """A slice's files as the parse results they came from (documents and blocks as written)."""
    documents = pq.read_table(part.path(archive, "documents")).to_pylist()
    blocks = pq.read_table(part.path(archive, "blocks")).to_pylist()
    by_document: dict[int, list[Block]] = {}
    for row in blocks:
        placeholders = tuple(Placeholder(*p) for p in json.loads(row["placeholders"]))
        block = Block(row["type"], row["text"], row["level"], row["marker"], placeholders, row["schedule"])
        by_document.setdefault(row["document_id"], []).append(block)
    files: dict[str, list[Document]] = {}
    for row in sorted(documents, key=lambda r: (r["file"], r["position"])):
        document = Document(
            row["title"], row["kind"], row["document_year"], tuple(by_document.get(row["document_id"], ()))
        )
        files.setdefault(row["file"], []).append(document)
    return [(file, ParseResult(tuple(docs))) for file, docs in files.items()]


def import_unit(archive: Path, library: Library, *, unit: str, years: Sequence[int] | None = None) -> int:
    """Import one unit's slice (all its years, or ``years``) into the app's library; files added."""
    slices = [s for s in archive_slices(archive) if s.unit == unit and (years is None or s.year in years)]
    if not slices:
        raise InputError(f"档案库中没有单位“{unit}”的材料")
    added = 0
    for part in slices:
        for file, result in slice_files(archive, part):
            name = source_name(part.year, part.unit, file)
            digest = content_hash(
                json.dumps([[d.title, [b.text for b in d.blocks]] for d in result.documents]).encode()
            )
            outcome = library.add_file(
                name, digest, sum(len(b.text) for d in result.documents for b in d.blocks), result
            )
            added += not outcome.already_imported
    return added
