"""Batch 查重 of a year's submissions against the archive and against each other.

The archive is split into parts that hold whole slices (so whole documents), contiguous in
archive order. Each part runs the check's own stages on its blocks for all submissions at once:
the unchanged fingerprint lookup and candidate ranking (``select_candidates``), then
verification (``verify_candidates``). A per-submission step (``merge_parts``) then makes the
cut the single check makes over the whole archive. The answer is exactly ``check_drafts``'s:

- A candidate's runs, its run characters and its document's score depend only on the submissions
  and the candidate's own document, so a part ranks its candidates as the whole check would
  (ties broken by archive order: part offset + position).
- The whole check keeps every pair with a guaranteed run and the first ``LOW_CANDIDATES`` others
  of a block; a part keeps the same, so the global first ones are among the parts' first ones,
  and the merge cuts them again from the parts' rank keys.
- The whole check skips a pair whose runs are all covered by ``max_matches`` sources reported
  before it. A part counts as reported only its pairs with a guaranteed run (always global
  candidates), so whatever a part skips the whole check skips too (a run inside a run covered
  ``max_matches`` times is covered as often); a part may verify more. The merge replays the
  skipping over the parts' matches in global order with the same function.

The submissions against each other (this year's index, small) and the reports are made by
``assemble_reports``, as ``check_drafts`` makes them. The federation's view is sparse: per unit,
the other units (this year's submissions or archive years) it shares text with, ranked, with the
passages; and clusters of units that handed in essentially one text.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.sparse.csgraph import connected_components

from nlp.check.engine import (
    LOW_CANDIDATES,
    Candidate,
    CheckSettings,
    SourceDocument,
    SourceIndex,
    assemble_reports,
    build_index,
    copy_matches,
    draft_query,
    excluded_documents,
    read_draft,
    select_candidates,
    span_mask,
    verify_candidates,
    verify_pair,
)
from nlp.errors import InputError
from nlp.federation.archive import Slice, archive_slices, read_blocks, slice_rows, source_name, split_source_name
from nlp.models import Block, CheckReport, CopyMatch, SharedPassage
from nlp.read import SUPPORTED_EXTENSIONS

PART_BLOCKS = 50_000  # blocks per index part (whole slices): about 60 MB of index
CLUSTER_SHARE = 0.5  # units in one cluster share at least half their text both ways


@dataclass(frozen=True)
class Submission:
    unit: str
    file: str
    blocks: tuple[Block, ...]

    @property
    def name(self) -> str:
        return f"{self.unit}/{self.file}"


def read_submissions(folder: Path) -> list[Submission]:
    """A year's submissions laid out ``UNIT/files``, read by the app's pipeline."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(f"找不到文件夹：{folder}")
    submissions, refused = [], []
    for unit_dir in sorted(p for p in folder.iterdir() if p.is_dir()):
        for path in sorted(p for p in unit_dir.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_EXTENSIONS):
            try:
                submissions.append(Submission(unit_dir.name, path.name, read_draft(path.read_bytes(), path.name)))
            except InputError as err:
                refused.append(f"{unit_dir.name}/{path.name}：{err}")
    if not submissions:
        raise InputError(f"{folder} 中没有“单位/文件”形式的可读提交材料" + (f"（{refused[0]}）" if refused else ""))
    return submissions


# --- index parts ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Part:
    """Whole slices of the archive, contiguous in archive order, starting at block ``offset``."""

    slices: tuple[Slice, ...]
    offset: int
    blocks: int


def archive_parts(archive: Path, part_blocks: int = PART_BLOCKS) -> list[Part]:
    """The archive cut into parts of about ``part_blocks`` blocks, never inside a slice."""
    slices = archive_slices(archive)
    parts, current, offset, size = [], [], 0, 0
    for part, rows in zip(slices, slice_rows(archive, slices)):
        if current and size + rows > part_blocks:
            parts.append(Part(tuple(current), offset, size))
            offset, current, size = offset + size, [], 0
        current.append(part)
        size += rows
    if current:
        parts.append(Part(tuple(current), offset, size))
    return parts


def slices_index(archive: Path, slices: Sequence[Slice]) -> tuple[SourceIndex, np.ndarray]:
    """The check index of some slices' blocks (archive order), and each document's unit."""
    table = read_blocks(archive, slices)
    columns = table.select(
        ["document_id", "type", "marker", "text", "block_id", "document_title", "file", "year", "unit"]
    )
    rows = columns.to_pydict()
    numbers: dict[int, int] = {}
    documents, units = [], []
    document_of = np.empty(len(table), dtype=np.int64)
    for index, (document_id, title, file, year, unit) in enumerate(
        zip(rows["document_id"], rows["document_title"], rows["file"], rows["year"], rows["unit"])
    ):
        if document_id not in numbers:
            numbers[document_id] = len(documents)
            documents.append(SourceDocument(title, source_name(year, unit, file), document_id))
            units.append(unit)
        document_of[index] = numbers[document_id]
    index = build_index(
        rows["text"],
        document_of=document_of,
        documents=documents,
        types=rows["type"],
        markers=rows["marker"],
        block_ids=rows["block_id"],
    )
    return index, np.array(units, dtype=object)


def archive_index(archive: Path) -> SourceIndex:
    """The whole archive as one check index (what a single machine checks against)."""
    return slices_index(archive, archive_slices(archive))[0]


# --- one part, and the merge ----------------------------------------------------------------------


@dataclass(frozen=True)
class Found:
    """A part's match for a candidate: its exact runs (for skipping) and the match itself."""

    runs: tuple[tuple[int, int], ...]
    match: CopyMatch


@dataclass(frozen=True)
class PartFindings:
    """What a part found for every submission block: the rank keys of its candidates without a
    guaranteed run (for the global cut), and its matches with their candidates (archive order)."""

    low: list[list[tuple]]
    found: list[list[tuple[Candidate, Found]]]


def part_findings(
    archive: Path, part: Part, query, settings: CheckSettings, block_units: np.ndarray | None = None
) -> PartFindings:
    """One part's candidates and matches for every query block (``block_units``: each query
    block's unit, when a unit's own archive is left out)."""
    index, document_units = slices_index(archive, part.slices)
    keep = None
    if block_units is not None:
        source_units = document_units[index.document_of]

        def keep(runs) -> np.ndarray:
            return source_units[runs.text] != block_units[runs.query]

    excluded = excluded_documents(index, settings)
    candidates = select_candidates(query, index, settings, excluded_documents=excluded, keep=keep)
    found = verify_candidates(
        query,
        candidates,
        lambda candidate: verify_pair(query, index, candidate, settings),
        per_region=settings.max_matches,
        counts=lambda candidate: candidate.run_sum >= settings.min_chars,
    )
    matches = copy_matches(query, index, [[m for _, m in accepted] for accepted in found], excluded)
    shifted = [
        [
            (dataclasses.replace(c, source=c.source + part.offset), Found(tuple(m.runs), copy))
            for (c, m), copy in zip(accepted, copies)
        ]
        for accepted, copies in zip(found, matches)
    ]
    low = [
        [
            dataclasses.replace(c, source=c.source + part.offset).rank_key()
            for c in ranked
            if c.run_sum < settings.min_chars
        ]
        for ranked in candidates
    ]
    return PartFindings(low, shifted)


def merge_parts(query, parts: Sequence[PartFindings], settings: CheckSettings) -> list[list[CopyMatch]]:
    """Per query block, the matches the check over the whole archive reports, in its order."""
    candidates, found = [], {}
    for block in range(len(query.texts)):
        low = sorted(key for part in parts for key in part.low[block])[:LOW_CANDIDATES]
        kept_low = set(low)
        ranked = []
        for part in parts:
            for candidate, hit in part.found[block]:
                if candidate.run_sum >= settings.min_chars or candidate.rank_key() in kept_low:
                    ranked.append(candidate)
                    found[block, candidate.source] = hit
        ranked.sort(key=Candidate.rank_key)
        candidates.append(ranked)
    replayed = verify_candidates(
        query, candidates, lambda candidate: found[candidate.block, candidate.source], per_region=settings.max_matches
    )
    return [[hit.match for _, hit in accepted] for accepted in replayed]


# --- the screening ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class UnitPair:
    """Text a submitting unit shares with another unit: this year's submission or an archive year."""

    unit: str
    other: str
    other_year: int | None  # None: this year's submissions
    share: float  # of the unit's submitted characters
    passages: int


@dataclass(frozen=True)
class Screening:
    year: int | None
    submissions: tuple[Submission, ...]
    reports: tuple[CheckReport, ...]
    cross: dict[tuple[int, int], float]  # (submission a, submission b) -> share of a found in b
    shared: tuple[SharedPassage, ...]
    pairs: tuple[UnitPair, ...]
    clusters: tuple[tuple[str, ...], ...]


def _held(value):
    return value


def screen(
    archive: Path,
    submissions: Sequence[Submission],
    settings: CheckSettings | None = None,
    *,
    exclude_own_units: bool = False,
    client=None,
    part_blocks: int = PART_BLOCKS,
    year: int | None = None,
) -> Screening:
    """Every submission against the archive and against each other. ``client``: a Dask client
    that runs the parts on its workers; without one they run here, one after another."""
    settings = settings or CheckSettings()
    drafts = [(s.name, s.blocks) for s in submissions]
    query = draft_query(drafts, settings)
    block_units = None
    if exclude_own_units:
        block_units = np.array([s.unit for s in submissions for _ in s.blocks], dtype=object)
    parts = archive_parts(archive, part_blocks)
    if client is None:
        findings = [part_findings(archive, part, query, settings, block_units) for part in parts]
    else:
        # Held as task results, not scattered: a scattered value dies with the worker holding it, a
        # task's result is computed again on another worker, so a lost worker does not fail the run.
        shared_query = client.submit(_held, query)
        shared_units = client.submit(_held, block_units) if block_units is not None else None
        futures = [client.submit(part_findings, archive, part, shared_query, settings, shared_units) for part in parts]
        findings = client.gather(futures)
    library = merge_parts(query, findings, settings)
    reports, cross, shared = assemble_reports(drafts, query, library, settings)
    pairs = unit_pairs(submissions, reports, shared)
    return Screening(
        year, tuple(submissions), tuple(reports), cross, tuple(shared), pairs, unit_clusters(submissions, cross)
    )


def unit_pairs(
    submissions: Sequence[Submission], reports: Sequence[CheckReport], shared: Sequence[SharedPassage]
) -> tuple[UnitPair, ...]:
    """For each submitting unit, the other units it shares text with, most shared first."""
    characters: dict[str, int] = {}
    covered: dict[tuple[str, str, int | None], dict[tuple[int, int], list]] = {}
    passages: dict[tuple[str, str, int | None], int] = {}
    for number, (submission, report) in enumerate(zip(submissions, reports)):
        characters[submission.unit] = characters.get(submission.unit, 0) + report.summary.characters
        for offset, block in enumerate(report.blocks):
            for m in block.matches:
                year, unit, _ = split_source_name(m.file)
                if unit == submission.unit:
                    continue
                key = (submission.unit, unit, year)
                covered.setdefault(key, {}).setdefault((number, offset), []).extend(m.spans)
                passages[key] = passages.get(key, 0) + 1
    for p in shared:
        a, b = submissions[p.a], submissions[p.b]
        if a.unit == b.unit:
            continue
        key = (a.unit, b.unit, None)
        covered.setdefault(key, {}).setdefault((p.a, p.block_a), []).extend(p.spans_a)
        passages[key] = passages.get(key, 0) + 1
    pairs = []
    for (unit, other, year), by_block in covered.items():
        chars = sum(
            int(span_mask(spans, len(submissions[n].blocks[b].text)).sum()) for (n, b), spans in by_block.items()
        )
        share = round(chars / characters[unit], 4) if characters[unit] else 0.0
        pairs.append(UnitPair(unit, other, year, share, passages[(unit, other, year)]))
    pairs.sort(key=lambda p: (-p.share, p.unit, p.other, p.other_year or 0))
    return tuple(pairs)


def unit_clusters(
    submissions: Sequence[Submission], cross: dict[tuple[int, int], float]
) -> tuple[tuple[str, ...], ...]:
    """Units whose submissions share at least ``CLUSTER_SHARE`` of their text both ways, linked
    into clusters (connected components), largest first."""
    units = sorted({s.unit for s in submissions})
    number = {u: n for n, u in enumerate(units)}
    edges = [
        (number[submissions[a].unit], number[submissions[b].unit])
        for (a, b), share in cross.items()
        if share >= CLUSTER_SHARE
        and cross.get((b, a), 0.0) >= CLUSTER_SHARE
        and submissions[a].unit != submissions[b].unit
    ]
    if not edges:
        return ()
    left, right = np.array(edges).T
    graph = sparse.coo_matrix((np.ones(len(left)), (left, right)), shape=(len(units), len(units)))
    _, label = connected_components(graph, directed=False)
    members: dict[int, list[str]] = {}
    for unit, lab in zip(units, label.tolist()):
        members.setdefault(lab, []).append(unit)
    clusters = [tuple(m) for m in members.values() if len(m) > 1]
    return tuple(sorted(clusters, key=lambda c: (-len(c), c)))
