"""查重: which parts of a draft were copied, from where, how much of the whole; and whether the
draft repeats itself. Reports as JSON, HTML and DOCX.

How a draft is checked:

1. The draft goes through the library's own pipeline (``ingest.parse_file``), so it keeps its
   outline; every block is put in the character normal form of ``nlp.fingerprint`` (NFKC,
   lowercase, punctuation and whitespace dropped, digits alike) with a map from each normal-form
   character back to its offset in the block's text.
2. Seeds: every character 8-gram of the draft is looked up among the library's winnowing
   fingerprints (window 6). Each seed is extended to the maximal exact run it belongs to.
3. Passages: per (draft block, library block), runs that follow each other in both texts with
   gaps of at most ``MAX_GAP`` characters are chained while the chain stays ``threshold``
   similar (normalised Indel similarity); a chain is then grown into its surroundings along
   rapidfuzz's ``Indel.opcodes`` alignment, stopping where mismatches outweigh matches by
   ``XDROP`` (BLAST's X-drop), so edited copies are covered to their ends but unrelated text
   around a copied sentence is not. A passage counts when it holds at least ``min_chars``
   matching characters outside quotations (when those are excluded).
4. Spans: the matching characters of each passage (rapidfuzz's equal blocks of at least
   ``MIN_PIECE`` characters, and the exact runs themselves), mapped back to the block's text.
5. Rewritten copies (``settings.rewrites``, ``nlp.check.fuzzy``): pairs without exact runs that
   share enough character 3-grams are candidates too, and a candidate that its runs do not make a
   match is aligned as a rewritten copy; such a match has the kind ``REWRITTEN`` (改写). Matches
   from exact runs are the same with the stage as without it.

**The guarantee.** Every run of at least 13 characters that a draft block shares with a
library block in the normal form — i.e. identical after normalising punctuation, whitespace,
width and case, digits counted alike — is found (``nlp.fingerprint``) and reported with a
source that contains it, however the rest of the block was edited: the exact run is part of
the spans of an accepted passage (a lone run is 100% similar, so no threshold drops it). This
holds with ``min_chars`` at most 13 (the default), quoted text excluded only when asked. A
library region copied by very many blocks is reported with ``max_matches`` of them.

The figures (characters are those of the blocks' text, punctuation included):

- ``copied_ratio`` (总文字复制比): characters in the spans of any library source / all characters.
- ``copied_ratio_excluding``: the same with the excluded sources' spans left out.
- ``max_single_source_ratio`` (单篇最大文字复制比): the largest share covered by the spans of
  one source document; ``sources`` lists every source document with its share.
- ``self_repeated_ratio``: characters in spans that repeat an earlier block of the same draft.
- ``copied_ratio_excluding_quotes`` (去除引用文字复制比): ``copied_ratio`` without the characters in
  quotations (``quoted_mask``), whatever ``exclude_quotes`` says; ``front_copied_characters`` and
  ``back_copied_characters`` (前部/后部重合字数): copied characters in the first and second half of
  the draft's characters; ``suspicious_paragraphs`` (疑似段落数): blocks with any copied character,
  the most and fewest copied characters among them.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import BinaryIO

import numpy as np
from rapidfuzz.distance import Indel

from nlp.check import fuzzy
from nlp.check.fingerprint import (
    DEFAULT_K,
    DEFAULT_WINDOW,
    FingerprintIndex,
    NormalForms,
    PackedTexts,
    Runs,
    joined_forms,
    normal_forms,
)
from nlp.check.fuzzy import GramIndex
from nlp.errors import InputError
from nlp.library.parse import parse_file
from nlp.models import (
    BatchReport,
    Block,
    CheckedBlock,
    CheckReport,
    CheckSummary,
    CopyMatch,
    SharedPassage,
    SourceShare,
    Span,
    StoredBlock,
)
from nlp.ngrams import distinct_sorted, read_only
from nlp.read import FileBudget

DEFAULT_THRESHOLD = 0.7  # passage similarity; a lone exact run is 1.0
DEFAULT_MIN_CHARS = 13  # CNKI's 13 consecutive characters; 为了更好地开展工作 (9) alone does not count
DEFAULT_MAX_MATCHES = 5  # sources reported for one region of a block (best first)
MAX_GAP = 40  # characters between two runs of one passage (a removed or inserted clause)
MARGIN = 30  # characters around a passage where its alignment may grow
XDROP = 8  # growth stops where mismatches outweigh matches by this many characters
MIN_PIECE = 2  # shorter equal pieces of an alignment are chance
# A draft's own blocks keep this many times the reported sources of each fingerprint: a line
# pasted 4 000 times is compared with a few earlier copies, not with all of them.
OWN_MAX_POSTINGS = 4
LOW_CANDIDATES = 20  # sources per block verified although their runs are shorter than min_chars
COPIED, REWRITTEN = "复制", "改写"  # a match's kind: from exact runs, or a rewritten copy
REWRITE_LABEL = "改写（逐句改动了字词，仍照搬原文）"  # how reports and the app name a rewritten copy
SEVERE, NOTABLE = 0.7, 0.4  # block colours: red at SEVERE and above, orange from NOTABLE
PASTED_NAME = "粘贴的文本.txt"

QUOTE_PATTERN = re.compile(r"“[^“”]*”|「[^「」]*」|『[^『』]*』|\"[^\"\n]*\"")
QUOTED_HEADING_PATTERN = re.compile(r"^\s*[“「『\"].*[”」』\"]\s*$|引文|引用|摘录|原文")


@dataclass(frozen=True)
class CheckSettings:
    """What counts as copied: passage similarity, minimum length, sources and quotations left out."""

    threshold: float = DEFAULT_THRESHOLD
    min_chars: int = DEFAULT_MIN_CHARS
    exclude_files: tuple[str, ...] = ()  # library file names (or glob patterns) left out of *_excluding
    exclude_quotes: bool = False  # text in “…” and under a quoted heading is not copied
    max_matches: int = DEFAULT_MAX_MATCHES
    rewrites: bool = True  # also look for rewritten copies (nlp.check.fuzzy), reported as 改写

    def __post_init__(self):
        if not 0 < self.threshold <= 1:
            raise InputError(f"相似度阈值应在 0 到 1 之间（不含 0），收到 {self.threshold}")
        if not isinstance(self.min_chars, int) or self.min_chars < 1:
            raise InputError(f"最小匹配长度应为正整数（字符数），收到 {self.min_chars}")
        if not isinstance(self.max_matches, int) or self.max_matches < 1:
            raise InputError(f"每处最多列出的来源数应为正整数，收到 {self.max_matches}")
        object.__setattr__(self, "exclude_files", tuple(self.exclude_files))

    def excludes(self, file_name: str) -> bool:
        return any(file_name == pattern or fnmatch.fnmatchcase(file_name, pattern) for pattern in self.exclude_files)


# --- what can be copied from: the source index ------------------------------------------------


@dataclass(frozen=True)
class SourceDocument:
    title: str
    file: str
    id: int | None = None


APPENDED_SHARE = 1 / 8  # blocks appended, or taken out, beyond this share of the index: its arrays made anew


@dataclass(frozen=True)
class Appended:
    """Blocks appended to a ``SourceIndex`` since its arrays were made: their texts, fingerprints
    and 3-grams (all but the common ones whose postings the build did not keep, however many of
    these blocks hold them), block ``j`` here being block ``len(texts) + j`` of the index."""

    texts: PackedTexts
    fingerprints: FingerprintIndex
    grams: GramIndex

    def __len__(self) -> int:
        return len(self.texts)


@dataclass(frozen=True)
class SourceIndex:
    """Blocks that can be copied from, their documents and sections, and their fingerprints.

    The large arrays (the texts, fingerprints and 3-grams of ``texts``) are made by a build and
    never changed in place (read-only: saved once, ``nlp.library.saved``). A file imported since is
    ``appended`` (arrays of its own, copied in once it passes ``APPENDED_SHARE``), a file removed is
    marked ``removed``: the columns by block (``document_of``, ``section_of``, ``block_ids``,
    ``markers``) cover every block, appended and removed too. A check finds what a build of the
    blocks not removed finds (same candidates, same order, same reports)."""

    texts: Sequence[str]  # PackedTexts (a list in an index saved before them)
    document_of: np.ndarray  # block -> index into documents
    documents: tuple[SourceDocument, ...]
    section_of: np.ndarray  # block -> the nearest heading above it (block index), or -1
    fingerprints: FingerprintIndex
    block_ids: np.ndarray | None = None  # the store's block ids
    markers: Sequence[str | None] | None = None
    grams: GramIndex | None = None  # the 3-grams for rewritten copies (None in an index saved before them)
    appended: Appended | None = None
    removed: np.ndarray | None = None  # bool by block: taken out (None: none)
    # The 3-grams in more than ``fuzzy.STOP_DF`` blocks not removed, and how many (None: ``grams``').
    common: np.ndarray | None = None
    common_counts: np.ndarray | None = None

    def __post_init__(self):
        arrays = [self.fingerprints.vocabulary_, self.fingerprints.offsets_, self.fingerprints.texts_]
        arrays += [self.fingerprints.positions_, self.fingerprints.forms_.codes, self.fingerprints.forms_.starts]
        if isinstance(self.texts, PackedTexts):
            arrays += [self.texts.codes, self.texts.starts]
        if self.grams is not None:
            arrays += [self.grams.vocabulary, self.grams.offsets, self.grams.texts]
        for array in arrays:
            read_only(array)

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self.__post_init__()  # read-only also when saved before it was

    def __len__(self) -> int:
        return len(self.texts) + (len(self.appended) if self.appended is not None else 0)

    def text(self, block: int) -> str:
        """Block ``block``'s text as it is."""
        own = len(self.texts)
        return self.texts[block] if block < own else self.appended.texts[block - own]

    def form(self, block: int) -> str:
        """Block ``block``'s text in the normal form (``nlp.check.fingerprint``)."""
        own = len(self.texts)
        if block < own:
            return self.fingerprints.forms_.text(block)
        return self.appended.fingerprints.forms_.text(block - own)

    def gram_index(self) -> GramIndex:
        """The 3-gram index of the texts (built now, once, for an index saved without one)."""
        if self.grams is None:
            object.__setattr__(self, "grams", GramIndex.of(self.fingerprints.forms_))
        return self.grams

    def common_grams(self) -> np.ndarray:
        """The 3-grams common in the blocks (``fuzzy.GramIndex``), ascending."""
        return self.gram_index().common if self.common is None else self.common

    def runs(self, query: NormalForms) -> Runs:
        """The exact runs ``query`` shares with the blocks (``FingerprintIndex.runs``), removed ones left out."""
        runs = self.fingerprints.runs(query)
        if self.appended is not None:
            more = self.appended.fingerprints.runs(query)
            runs = Runs(
                np.concatenate([runs.query, more.query]),
                np.concatenate([runs.text, more.text + len(self.texts)]),
                np.concatenate([runs.query_start, more.query_start]),
                np.concatenate([runs.query_end, more.query_end]),
                np.concatenate([runs.text_start, more.text_start]),
            )
        return runs.take(~self.removed[runs.text]) if self.removed is not None and len(runs) else runs

    def gram_pairs(self, query: NormalForms, blocks: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``GramIndex.pairs`` over every block, removed ones left out."""
        common = self.common_grams()
        pairs = self.gram_index().pairs(query, blocks, common)
        if self.appended is not None:
            more = self.appended.grams.pairs(query, blocks, common)
            pairs = tuple(np.concatenate([a, b]) for a, b in zip(pairs, (more[0], more[1] + len(self.texts), more[2])))
        if self.removed is not None and len(pairs[0]):
            kept = ~self.removed[pairs[1]]
            pairs = tuple(column[kept] for column in pairs)
        return pairs

    def section(self, block: int) -> str | None:
        heading = int(self.section_of[block])
        if heading < 0:
            return None
        marker = self.markers[heading] if self.markers is not None else None
        return f"{marker or ''}{self.text(heading)}"

    def live(self) -> np.ndarray:
        """The blocks not removed, ascending."""
        return np.arange(len(self)) if self.removed is None else np.flatnonzero(~self.removed)

    def grown(self, added: SourceIndex | None, take: np.ndarray) -> SourceIndex:
        """Blocks ``take`` (in that order) of this index's blocks followed by ``added``'s (a
        ``library_index`` without 3-grams; block ``j`` is ``len(self) + j``): what ``build_index``
        of those blocks finds, without fingerprinting a block again. When ``take`` is the blocks
        kept in order then ``added``'s, ``added`` is appended and the others marked removed, while
        that stays within ``APPENDED_SHARE`` and no common 3-gram whose postings were not kept is
        common no more; else the arrays are made anew (``compacted``). A file's blocks come and go whole."""
        take = np.asarray(take, dtype=np.int64)
        n, count = len(self), len(added) if added is not None else 0
        kept = take[: len(take) - count]
        in_order = np.array_equal(take[len(kept) :], np.arange(n, n + count)) and bool(np.all(kept[1:] > kept[:-1]))
        joined = self._joined(added, kept if in_order else take[take < n])
        if in_order and joined._within_share() and joined._follows_common(self, added):
            return joined
        return joined.compacted(take)  # its blocks are this index's, then added's

    def _joined(self, added: SourceIndex | None, kept: np.ndarray) -> SourceIndex:
        """This index with ``added``'s blocks appended and those not in ``kept`` marked removed."""
        n, count = len(self), len(added) if added is not None else 0
        removed = np.ones(n + count, dtype=bool)
        removed[kept] = False
        removed[n:] = False
        if added is None or not count:
            return dataclasses.replace(self, removed=removed if removed.any() else None)
        grams = self.gram_index()
        appended = self._appended_part()
        texts = PackedTexts.of(added.texts)
        appended = Appended(
            texts if not len(appended) else joined_forms(appended.texts, texts),
            appended.fingerprints.combined(added.fingerprints, np.arange(len(appended) + count)),
            appended.grams.appended(added.fingerprints.forms_, grams.unstored()[0]),
        )
        markers = None
        if self.markers is not None and added.markers is not None:
            markers = list(self.markers) + list(added.markers)
        return SourceIndex(
            self.texts,
            np.concatenate([self.document_of, added.document_of + len(self.documents)]),
            self.documents + added.documents,
            np.concatenate([self.section_of, np.where(added.section_of >= 0, added.section_of + n, -1)]),
            self.fingerprints,
            np.concatenate([self.block_ids, added.block_ids])
            if self.block_ids is not None and added.block_ids is not None
            else None,
            markers,
            grams,
            appended,
            removed if removed.any() else None,
            self.common,
            self.common_counts,
        )

    def _appended_part(self) -> Appended:
        """The blocks appended (none yet: an empty part)."""
        if self.appended is not None:
            return self.appended
        empty = FingerprintIndex(self.fingerprints.k, self.fingerprints.window).fit([])
        return Appended(PackedTexts.of([]), empty, GramIndex.empty())

    def _within_share(self) -> bool:
        """Whether the blocks appended and removed are few enough to be kept apart."""
        appended = len(self.appended) if self.appended is not None else 0
        removed = int(self.removed.sum()) if self.removed is not None else 0
        return max(appended, removed) <= APPENDED_SHARE * len(self.texts)

    def _follows_common(self, before: SourceIndex, added: SourceIndex | None) -> bool:
        """Note which 3-grams are common in this index's blocks not removed (it is ``before`` with
        ``added`` appended and some blocks removed), and how many hold them; False when one whose
        postings were not kept is common no more (then the arrays are made anew)."""
        grams = self.gram_index()
        gone = np.zeros(len(before), dtype=bool) if self.removed is None else self.removed[: len(before)].copy()
        if before.removed is not None:
            gone &= ~before.removed
        common = before.common_grams()
        counts = (before.common_counts if before.common is not None else grams.common_counts).copy()
        for forms, sign in ((self._forms_of(np.flatnonzero(gone)), -1), (added and added.fingerprints.forms_, 1)):
            if forms is not None and len(forms) and len(common):
                hashes, _ = fuzzy.text_grams(forms)
                hit = fuzzy.in_sorted(hashes, common)
                np.add.at(counts, np.searchsorted(common, hashes[hit]), sign)
        fallen = counts <= fuzzy.STOP_DF
        if np.any(fallen & ~fuzzy.in_sorted(common, grams.vocabulary)):
            return False
        common, counts = common[~fallen], counts[~fallen]
        if added is not None and len(added):
            fresh = distinct_sorted(fuzzy.text_grams(added.fingerprints.forms_)[0])
            fresh = fresh[~fuzzy.in_sorted(fresh, common)]
            crowded = fresh[grams.holders(fresh) + self.appended.grams.holders(fresh) > fuzzy.STOP_DF]
            if len(crowded):
                live = ~self.removed if self.removed is not None else np.ones(len(self), dtype=bool)
                own = len(self.texts)
                held = grams.holders(crowded, live[:own]) + self.appended.grams.holders(crowded, live[own:])
                risen = held > fuzzy.STOP_DF
                common = np.concatenate([common, crowded[risen]])
                counts = np.concatenate([counts, held[risen]])
                order = np.argsort(common)
                common, counts = common[order], counts[order]
        object.__setattr__(self, "common", common)
        object.__setattr__(self, "common_counts", counts)
        return True

    def _forms_of(self, blocks: np.ndarray) -> NormalForms | None:
        """The normal forms of ``blocks`` (ascending), built or appended."""
        if not len(blocks):
            return None
        own = len(self.texts)
        parts = [self.fingerprints.forms_.take(blocks[blocks < own])]
        if self.appended is not None and np.any(blocks >= own):
            parts.append(self.appended.fingerprints.forms_.take(blocks[blocks >= own] - own))
        return parts[0] if len(parts) == 1 else joined_forms(*parts)

    def compacted(self, take: np.ndarray | None = None) -> SourceIndex:
        """Blocks ``take`` (in that order; by default those not removed) in arrays of their own, as
        ``build_index`` of them makes them."""
        take = self.live() if take is None else np.asarray(take, dtype=np.int64)
        n = len(self)
        new_of = np.full(n + 1, -1, dtype=np.int64)  # the last: no heading
        new_of[take] = np.arange(len(take))
        # Documents numbered as ``library_index`` numbers them: by their first block.
        document_of = self.document_of[take]
        firsts = np.unique(document_of, return_index=True)
        numbered = firsts[0][np.argsort(firsts[1])]
        number = np.zeros(len(self.documents), dtype=np.int64)
        number[numbered] = np.arange(len(numbered))
        appended = self._appended_part()
        texts = PackedTexts.of(self.texts)
        forms = self.fingerprints.forms_
        return SourceIndex(
            (joined_forms(texts, appended.texts) if len(appended) else texts).take(take),
            number[document_of],
            tuple(self.documents[d] for d in numbered.tolist()),
            new_of[self.section_of[take]],
            self.fingerprints.combined(appended.fingerprints, take),
            self.block_ids[take] if self.block_ids is not None else None,
            [self.markers[t] for t in take.tolist()] if self.markers is not None else None,
            self.gram_index().combined(forms, appended.fingerprints.forms_, take),
        )

    @property
    def nbytes(self) -> int:
        grams = self.grams.nbytes if self.grams is not None else 0
        more = 0
        if self.appended is not None:
            more = self.appended.fingerprints.nbytes + self.appended.grams.nbytes + self.appended.texts.nbytes
        return self.fingerprints.nbytes + self.document_of.nbytes + self.section_of.nbytes + grams + more


def nearest_headings(types: Sequence[str], document_of: np.ndarray) -> np.ndarray:
    """For each block (in document order), the index of the nearest heading above it in its document."""
    section_of = np.full(len(types), -1, dtype=np.int64)
    heading, document = -1, None
    for index, (kind, doc) in enumerate(zip(types, document_of.tolist())):
        if doc != document:
            heading, document = -1, doc
        section_of[index] = heading
        if kind == "heading":
            heading = index
    return section_of


def build_index(
    texts: Sequence[str],
    *,
    document_of: Sequence[int] | np.ndarray | None = None,
    documents: Sequence[SourceDocument] | None = None,
    types: Sequence[str] | None = None,
    markers: Sequence[str | None] | None = None,
    block_ids: Sequence[int] | None = None,
    k: int = DEFAULT_K,
    window: int = DEFAULT_WINDOW,
    max_postings: int | None = None,
    grams: bool = True,
) -> SourceIndex:
    """Fingerprint ``texts`` for checking; without documents each text is a document of its own.
    ``grams``: index their 3-grams too, for rewritten copies (a draft's own index goes without)."""
    if document_of is None:
        document_of = np.arange(len(texts))
        documents = documents or tuple(SourceDocument(f"#{i}", "", None) for i in range(len(texts)))
    document_of = np.asarray(document_of, dtype=np.int64)
    section_of = nearest_headings(types, document_of) if types is not None else np.full(len(texts), -1)
    fingerprints = FingerprintIndex(k, window, max_postings=max_postings).fit(texts)
    return SourceIndex(
        PackedTexts.of(texts),
        document_of,
        tuple(documents),
        section_of,
        fingerprints,
        np.asarray(block_ids, dtype=np.int64) if block_ids is not None else None,
        markers,
        GramIndex.of(fingerprints.forms_) if grams else None,
    )


def updated_library_index(
    index: SourceIndex | None, block_ids: Sequence[int], read: Callable[[Collection[int]], Sequence[StoredBlock]]
) -> SourceIndex:
    """The library index of the blocks ``block_ids`` (the store's, in document order), from
    ``index`` (of the same store at another revision, or None): the blocks it holds that are gone
    taken out, the others read (``read``: the stored blocks of some ids, in document order) and
    added (``SourceIndex.grown``). Checks with it find what they find with ``library_index`` of
    those blocks, which is what it is without ``index``."""
    if index is None or index.block_ids is None:
        return library_index(read(block_ids))
    ids = np.asarray(block_ids, dtype=np.int64)
    live = index.live()  # a removed block's id may be the store's again
    held_at = _positions(index.block_ids[live], ids)
    held_at = np.where(held_at >= 0, live[np.maximum(held_at, 0)], -1)
    new = ids[held_at < 0]
    if len(new) == len(ids):
        return library_index(read(block_ids))
    if not len(new) and np.array_equal(held_at, live):
        return index
    added = None
    take = held_at.copy()
    if len(new):
        added = library_index(read(new.tolist()), grams=False)
        added_at = _positions(added.block_ids, new)
        if np.any(added_at < 0):
            raise ValueError("read() did not return every block asked for")
        take[held_at < 0] = len(index) + added_at
    return index.grown(added, take)


def _positions(held: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """Where each of ``ids`` is in ``held`` (distinct ids), or -1."""
    if not len(held):
        return np.full(len(ids), -1, dtype=np.int64)
    order = np.argsort(held, kind="stable")
    at = order[np.minimum(np.searchsorted(held, ids, sorter=order), len(held) - 1)]
    return np.where(held[at] == ids, at, -1)


def library_index(blocks: Sequence[StoredBlock], *, grams: bool = True) -> SourceIndex:
    """The library's blocks (``Library.blocks()``, in document order) ready for checking (``grams``:
    with their 3-gram index, see ``build_index``)."""
    numbers: dict[int, int] = {}
    documents: list[SourceDocument] = []
    document_of = np.empty(len(blocks), dtype=np.int64)
    for index, block in enumerate(blocks):
        if block.document_id not in numbers:
            numbers[block.document_id] = len(documents)
            documents.append(SourceDocument(block.document_title, block.file_name, block.document_id))
        document_of[index] = numbers[block.document_id]
    return build_index(
        [b.text for b in blocks],
        document_of=document_of,
        documents=documents,
        types=[b.type for b in blocks],
        markers=[b.marker for b in blocks],
        block_ids=[b.id for b in blocks],
        grams=grams,
    )


# --- the draft ----------------------------------------------------------------------------------


def read_draft(source: bytes | BinaryIO, filename: str, budget: FileBudget | None = None) -> tuple[Block, ...]:
    """A draft file's blocks, through the library's pipeline (all its documents in order), within ``budget``."""
    result = parse_file(source, filename, budget)
    return tuple(block for document in result.documents for block in document.blocks)


def pasted_draft(text: str, budget: FileBudget | None = None) -> tuple[Block, ...]:
    """Pasted text as a draft (read as a .txt file)."""
    if not text.strip():
        raise InputError("没有要检查的文字：请粘贴草稿或上传文件")
    return read_draft(text.encode("utf-8"), PASTED_NAME, budget)


def quoted_mask(blocks: Sequence[Block]) -> list[np.ndarray]:
    """For each block, which characters are quotations: inside “…” 「…」 『…』 "…", or anywhere
    in the section under a quoted heading (one wholly in quotation marks, or naming 引文/引用/摘录/原文)."""
    masks = []
    quoted_level: float | None = None
    for block in blocks:
        if block.type == "heading":
            level = block.level if block.level is not None else 1
            if quoted_level is not None and level <= quoted_level:
                quoted_level = None
            if quoted_level is None and QUOTED_HEADING_PATTERN.search(block.text):
                quoted_level = level
        mask = np.zeros(len(block.text), dtype=bool)
        if quoted_level is not None:
            mask[:] = True
        else:
            for match in QUOTE_PATTERN.finditer(block.text):
                mask[match.start() : match.end()] = True
        masks.append(mask)
    return masks


@dataclass
class _Query:
    texts: list[str]
    forms: NormalForms
    form_texts: list[str]
    quoted: list[np.ndarray]  # per block, over its normal form
    uncommon: dict[int, list[tuple[int, str]]] = dataclasses.field(default_factory=dict)  # fuzzy.uncommon_grams

    def uncommon_grams(self, block: int, common: np.ndarray) -> list[tuple[int, str]]:
        """``fuzzy.uncommon_grams`` of a block's normal form, once per check (``common``: the library's)."""
        if block not in self.uncommon:
            self.uncommon[block] = fuzzy.uncommon_grams(self.form_texts[block], common)
        return self.uncommon[block]

    @classmethod
    def of(cls, blocks: Sequence[Block], exclude_quotes: bool) -> _Query:
        texts = [b.text for b in blocks]
        forms = normal_forms(texts, with_origin=True)
        if exclude_quotes:
            quoted = [mask[forms.origins(i)] for i, mask in enumerate(quoted_mask(blocks))]
        else:
            quoted = [np.zeros(int(n), dtype=bool) for n in forms.lengths()]
        return cls(texts, forms, forms.texts(), quoted)


# --- matching -------------------------------------------------------------------------------------


@dataclass
class _Match:
    source: int
    similarity: float
    draft_mask: np.ndarray  # over the draft block's normal form
    source_mask: np.ndarray  # over the source's normal form
    runs: list[tuple[int, int]]  # the exact runs of its passages, [start, end) in the draft's form
    kind: str = COPIED  # COPIED, or REWRITTEN when found by the alignment of a rewritten copy alone


def _grow(d: str, s: str, core: tuple[int, int, int, int], threshold: float):
    """A chain's window grown along the alignment (X-drop): (window, equal pieces, similarity)."""
    p0, p1, q0, q1 = core
    lo_a, hi_a = max(0, p0 - MARGIN), min(len(d), p1 + MARGIN)
    lo_b, hi_b = max(0, q0 - MARGIN), min(len(s), q1 + MARGIN)
    ops = [
        (tag, a0 + lo_a, a1 + lo_a, b0 + lo_b, b1 + lo_b)
        for tag, a0, a1, b0, b1 in Indel.opcodes(d[lo_a:hi_a], s[lo_b:hi_b]).as_list()
    ]
    inside = [n for n, (_, a0, a1, _, _) in enumerate(ops) if a0 < p1 and (a1 > p0 or (a0 == a1 and a0 >= p0))]
    if not inside:
        return None
    first, last = inside[0], inside[-1]

    def reach(indices) -> int | None:
        score = best = 0
        edge = None
        for n in indices:
            tag, a0, a1, b0, b1 = ops[n]
            score += (a1 - a0) if tag == "equal" else -max(a1 - a0, b1 - b0)
            if score > best:
                best, edge = score, n
            elif score < best - XDROP:
                break
        return edge

    left = reach(range(first - 1, -1, -1))
    right = reach(range(last + 1, len(ops)))
    start, end = (first if left is None else left), (last if right is None else right)
    a0, b0 = min(ops[start][1], p0), min(ops[start][3], q0)
    a1, b1 = max(ops[end][2], p1), max(ops[end][4], q1)
    pieces = [(x0, x1, y0) for tag, x0, x1, y0, _ in ops[start : end + 1] if tag == "equal" and x1 - x0 >= MIN_PIECE]
    similarity = Indel.normalized_similarity(d[a0:a1], s[b0:b1])
    if similarity < threshold:
        return None
    return (a0, a1, b0, b1), pieces, similarity


def _align(
    d: str, s: str, runs: list[tuple[int, int, int]], quoted: np.ndarray, settings: CheckSettings
) -> _Match | None:
    """Passages of draft form ``d`` copied from source form ``s``, from their exact runs."""
    chains: list[list] = []  # [p0, p1, q0, q1, runs]
    for p0, p1, q0 in sorted(runs, key=lambda r: (r[0], r[0] - r[1])):
        q1 = q0 + p1 - p0
        for chain in reversed(chains[-3:]):
            if (
                chain[1] <= p0 <= chain[1] + MAX_GAP
                and chain[3] <= q0 <= chain[3] + MAX_GAP
                and Indel.normalized_similarity(d[chain[0] : p1], s[chain[2] : q1]) >= settings.threshold
            ):
                chain[1], chain[3] = p1, q1
                chain[4].append((p0, p1, q0))
                break
        else:
            chains.append([p0, p1, q0, q1, [(p0, p1, q0)]])
    draft_mask = np.zeros(len(d), dtype=bool)
    source_mask = np.zeros(len(s), dtype=bool)
    accepted_runs: list[tuple[int, int]] = []
    weighted = weight = 0.0
    for p0, p1, q0, q1, chain_runs in chains:
        grown = _grow(d, s, (p0, p1, q0, q1), settings.threshold)
        if grown is None:
            window = (p0, p1, q0, q1)
            pieces = list(chain_runs)
            similarity = Indel.normalized_similarity(d[p0:p1], s[q0:q1])
        else:
            window, pieces, similarity = grown
            pieces += chain_runs
        passage = np.zeros(len(d), dtype=bool)
        passage_source = np.zeros(len(s), dtype=bool)
        for x0, x1, y0 in pieces:
            passage[x0:x1] = True
            passage_source[y0 : y0 + x1 - x0] = True
        if quoted.any():
            # A quoted character is not copied; its source character is not either.
            for x0, x1, y0 in pieces:
                hidden = np.flatnonzero(quoted[x0:x1])
                passage_source[y0 + hidden] = False
            passage &= ~quoted
        if int(passage.sum()) < settings.min_chars or similarity < settings.threshold:
            continue
        draft_mask |= passage
        source_mask |= passage_source
        accepted_runs += [(x0, x1) for x0, x1, _ in chain_runs]
        size = (window[1] - window[0]) + (window[3] - window[2])
        weighted += similarity * size
        weight += size
    if not draft_mask.any():
        return None
    return _Match(-1, weighted / weight, draft_mask, source_mask, accepted_runs)


class _Reported:
    """How many reported sources contain each exact run [p0, p1) of a block's normal form (in
    one of their own exact runs), so a source whose runs are all reported often enough can be
    skipped without losing the guarantee: a run skipped is in ``per_region`` reported sources."""

    TABLE_LIMIT = 1500  # characters; longer blocks keep a list instead of an (n + 1)^2 table

    def __init__(self, length: int):
        self.table = np.zeros((length + 1, length + 1), dtype=np.int32) if length <= self.TABLE_LIMIT else None
        self.runs: list[tuple[int, int]] = []

    def add(self, runs: Sequence[tuple[int, int]]) -> None:
        for a, b in set(runs):
            if self.table is not None:
                self.table[a : b + 1, a : b + 1] += 1
            else:
                self.runs.append((a, b))

    def count(self, p0: int, p1: int) -> int:
        if self.table is not None:
            return int(self.table[p0, p1])
        return sum(1 for a, b in self.runs if a <= p0 and p1 <= b)


@dataclass(frozen=True)
class Candidate:
    """A (query block, index block) pair with exact runs, as ranked for verification: ``runs``
    are (draft start, draft end, source start) in the normal forms."""

    block: int
    source: int
    runs: tuple[tuple[int, int, int], ...]
    run_sum: int  # characters in the runs
    document_score: float  # run characters the whole query shares with the source's document
    excluded: bool  # the source's document is left out of the *_excluding figures
    shared_grams: int = 0  # a pair without runs: the 3-grams it shares (nlp.check.fuzzy)

    def rank_key(self) -> tuple[int, int, float, int]:
        """Where the pair ranks among its block's candidates (smaller first)."""
        return (-self.run_sum, -self.shared_grams, -self.document_score, self.source)


def select_candidates(
    query: _Query,
    index: SourceIndex,
    settings: CheckSettings,
    *,
    excluded_documents: np.ndarray | None = None,
    keep: Callable[[Runs], np.ndarray] | None = None,
) -> list[list[Candidate]]:
    """For each query block, the index blocks worth verifying, best first.

    Candidates are the (block, source) pairs with exact runs, most run characters first (ties:
    the source document with most run characters over the whole query, so one document's share
    is not spread over its copies elsewhere; then index order). A pair whose runs add up to
    fewer than ``min_chars`` (no guaranteed run) is kept only among the block's first
    ``LOW_CANDIDATES`` such pairs. ``keep`` drops runs before anything is counted.

    With ``settings.rewrites``, pairs without a run that share enough 3-grams (``GramIndex.pairs``)
    are candidates too, ranked after every pair with runs by the 3-grams they share, and cut with
    the pairs of too few run characters to the first ``LOW_CANDIDATES``.
    """
    selected: list[list[Candidate]] = [[] for _ in range(len(query.texts))]
    runs = index.runs(query.forms)
    if keep is not None and len(runs):
        runs = runs.take(keep(runs))
    if excluded_documents is None:
        excluded_documents = np.zeros(len(index.documents), dtype=bool)
    document_score = np.zeros(len(index.documents))
    if len(runs):
        document_score = _exact_candidates(query, index, settings, runs, excluded_documents, selected)
    if settings.rewrites:
        _rewrite_candidates(query, index, settings, runs, excluded_documents, document_score, keep, selected)
    return selected


def _exact_candidates(
    query: _Query,
    index: SourceIndex,
    settings: CheckSettings,
    runs: Runs,
    excluded_documents: np.ndarray,
    selected: list[list[Candidate]],
) -> np.ndarray:
    """The pairs with exact runs added to ``selected``; returns each document's score."""
    n_sources = len(index)
    key = runs.query * n_sources + runs.text
    order = np.argsort(key, kind="stable")
    runs, key = runs.take(order), key[order]
    starts = np.ones(len(key), dtype=bool)
    starts[1:] = key[1:] != key[:-1]
    first = np.flatnonzero(starts)
    count = np.diff(np.append(first, len(key)))
    run_sum = np.add.reduceat(runs.length, first)
    pair_query, pair_source = runs.query[first], runs.text[first]
    pair_document = index.document_of[pair_source]
    document_score = np.bincount(pair_document, weights=run_sum, minlength=len(index.documents))
    pair_order = np.lexsort((pair_source, -document_score[pair_document], -run_sum, pair_query))
    low = run_sum[pair_order] < settings.min_chars
    ranked = np.flatnonzero(low)
    in_block = pair_query[pair_order][ranked]
    rank = np.arange(len(ranked)) - np.searchsorted(in_block, in_block)
    chosen = ~low
    chosen[ranked[rank < LOW_CANDIDATES]] = True
    query_start, query_end, text_start = (runs.query_start.tolist(), runs.query_end.tolist(), runs.text_start.tolist())
    pairs = pair_order[chosen]
    documents = pair_document[pairs]
    for block, source, begin, end, run_chars, score, excluded in zip(
        pair_query[pairs].tolist(),
        pair_source[pairs].tolist(),
        first[pairs].tolist(),
        (first[pairs] + count[pairs]).tolist(),
        run_sum[pairs].tolist(),
        document_score[documents].tolist(),
        excluded_documents[documents].tolist(),
    ):
        selected[block].append(
            Candidate(
                block,
                source,
                tuple(zip(query_start[begin:end], query_end[begin:end], text_start[begin:end])),
                run_chars,
                score,
                excluded,
            )
        )
    return document_score


def _rewrite_candidates(
    query: _Query,
    index: SourceIndex,
    settings: CheckSettings,
    runs: Runs,
    excluded_documents: np.ndarray,
    document_score: np.ndarray,
    keep: Callable[[Runs], np.ndarray] | None,
    selected: list[list[Candidate]],
) -> None:
    """Pairs without runs that share enough 3-grams, merged into ``selected`` (see ``select_candidates``)."""
    blocks = np.flatnonzero(query.forms.lengths() >= fuzzy.MIN_MATCHED)
    pair_query, pair_source, shared = index.gram_pairs(query.forms, blocks)
    if len(runs):  # pairs with runs are verified from them (and as rewrites when that fails)
        with_runs = distinct_sorted(runs.query * len(index) + runs.text)
        key = pair_query * len(index) + pair_source
        at = np.minimum(np.searchsorted(with_runs, key), len(with_runs) - 1)
        fresh = with_runs[at] != key
        pair_query, pair_source, shared = pair_query[fresh], pair_source[fresh], shared[fresh]
    if keep is not None and len(pair_query):
        zeros = np.zeros(len(pair_query), dtype=np.int64)
        kept = keep(Runs(pair_query, pair_source, zeros, zeros, zeros))
        pair_query, pair_source, shared = pair_query[kept], pair_source[kept], shared[kept]
    # Best first within each block, as rank_key orders them: the first LOW_CANDIDATES are all that can be kept.
    document = index.document_of[pair_source]
    order = np.lexsort((pair_source, -document_score[document], -shared, pair_query))
    pair_query, pair_source, shared = pair_query[order], pair_source[order], shared[order]
    rank = np.arange(len(pair_query)) - np.searchsorted(pair_query, pair_query)
    chosen = np.flatnonzero(rank < LOW_CANDIDATES)
    added: dict[int, list[Candidate]] = {}
    for n in chosen.tolist():
        source = int(pair_source[n])
        document = int(index.document_of[source])
        added.setdefault(int(pair_query[n]), []).append(
            Candidate(
                int(pair_query[n]),
                source,
                (),
                0,
                float(document_score[document]),
                bool(excluded_documents[document]),
                int(shared[n]),
            )
        )
    for block, rewrites in added.items():
        guaranteed = [c for c in selected[block] if c.run_sum >= settings.min_chars]
        low = sorted([c for c in selected[block] if c.run_sum < settings.min_chars] + rewrites, key=Candidate.rank_key)
        selected[block] = guaranteed + low[:LOW_CANDIDATES]


def verify_pair(query: _Query, index: SourceIndex, candidate: Candidate, settings: CheckSettings) -> _Match | None:
    """The passages a candidate's draft block copies from its source, or None.

    A pair with a single run shorter than ``min_chars`` is aligned only when the whole blocks
    are ``threshold`` similar (an edited copy; one short run alone is a stock phrase). With
    ``settings.rewrites``, a pair its runs do not make a match (or without runs) is aligned as a
    rewritten copy (``fuzzy.align``).
    """
    d = query.form_texts[candidate.block]
    s = index.form(candidate.source)
    match = None
    if candidate.runs and not (
        len(candidate.runs) == 1
        and candidate.run_sum < settings.min_chars
        and Indel.normalized_similarity(d, s, score_cutoff=settings.threshold) < settings.threshold
    ):
        match = _align(d, s, list(candidate.runs), query.quoted[candidate.block], settings)
    if match is None and settings.rewrites:
        common = index.common_grams()
        grams = query.uncommon_grams(candidate.block, common)
        match = _rewritten(d, s, common, grams, query.quoted[candidate.block], settings)
    if match is not None:
        match.source = candidate.source
    return match


def _rewritten(
    d: str, s: str, common: np.ndarray, grams: list[tuple[int, str]], quoted: np.ndarray, settings: CheckSettings
) -> _Match | None:
    """The rewritten passages draft form ``d`` takes from source form ``s`` as a match, or None
    (``grams``: ``fuzzy.uncommon_grams`` of ``d``)."""
    passages = fuzzy.align(d, s, common, grams)
    if not passages:
        return None
    draft_mask = np.zeros(len(d), dtype=bool)
    source_mask = np.zeros(len(s), dtype=bool)
    for x0, x1, y0 in (piece for p in passages for piece in p.pieces):
        copied = ~quoted[x0:x1]  # a quoted character is not copied; its source character is not either
        draft_mask[x0:x1] = copied
        source_mask[y0 : y0 + x1 - x0] = copied
    if int(draft_mask.sum()) < max(settings.min_chars, fuzzy.MIN_MATCHED):
        return None
    sizes = [(p.window[1] - p.window[0]) + (p.window[3] - p.window[2]) for p in passages]
    similarity = sum(p.similarity * size for p, size in zip(passages, sizes)) / sum(sizes)
    return _Match(-1, similarity, draft_mask, source_mask, [], REWRITTEN)


def verify_candidates(
    query: _Query,
    candidates: Sequence[Sequence[Candidate]],
    verify: Callable[[Candidate], _Match | None],
    *,
    per_region: int,
    counts: Callable[[Candidate], bool] | None = None,
) -> list[list[tuple[Candidate, _Match]]]:
    """For each query block, its candidates that ``verify`` accepts, in rank order, with the match.

    A candidate is skipped when each of its runs is contained in runs of ``per_region`` sources
    reported already (any source for an excluded candidate, sources not excluded otherwise); a
    candidate without runs (a possible rewrite) when ``per_region`` such candidates were accepted.
    ``counts``: which accepted candidates with runs count as reported for skipping (all by default).
    """
    found: list[list[tuple[Candidate, _Match]]] = []
    for block, ranked in enumerate(candidates):
        length = len(query.form_texts[block])
        reported, reported_open = _Reported(length), _Reported(length)  # any source; sources not excluded
        accepted = []
        rewrites = 0
        for candidate in ranked:
            seen = reported if candidate.excluded else reported_open
            if candidate.runs and all(seen.count(p0, p1) >= per_region for p0, p1, _ in candidate.runs):
                continue
            if not candidate.runs and rewrites >= per_region:
                continue
            match = verify(candidate)
            if match is None:
                continue
            accepted.append((candidate, match))
            rewrites += not candidate.runs
            if counts is None or counts(candidate):
                reported.add(match.runs)
                if not candidate.excluded:
                    reported_open.add(match.runs)
        found.append(accepted)
    return found


def _find(
    query: _Query,
    index: SourceIndex,
    settings: CheckSettings,
    *,
    per_region: int,
    excluded_documents: np.ndarray | None = None,
    keep: Callable[[Runs], np.ndarray] | None = None,
) -> list[list[_Match]]:
    """For each query block, the index blocks it copies from (best first): the candidates
    (``select_candidates``) verified (``verify_candidates``)."""
    candidates = select_candidates(query, index, settings, excluded_documents=excluded_documents, keep=keep)
    found = verify_candidates(
        query, candidates, lambda candidate: verify_pair(query, index, candidate, settings), per_region=per_region
    )
    return [[match for _, match in accepted] for accepted in found]


# --- spans and figures ------------------------------------------------------------------------------


def span_edges(mask: np.ndarray) -> np.ndarray:
    """Where runs of True start and end: [start0, end0, start1, end1, …]."""
    padded = np.zeros(len(mask) + 2, dtype=bool)
    padded[1:-1] = mask
    return np.flatnonzero(padded[1:] != padded[:-1])


def _spans(mask: np.ndarray, origin: np.ndarray) -> tuple[Span, ...]:
    """Runs of a normal-form mask as [start, end) offsets into the original text."""
    edges = span_edges(mask)
    starts, ends = origin[edges[::2]], origin[edges[1::2] - 1] + 1
    return tuple(zip(starts.tolist(), ends.tolist()))


def span_mask(spans: Sequence[Span], length: int) -> np.ndarray:
    mask = np.zeros(length, dtype=bool)
    for start, end in spans:
        mask[start:end] = True
    return mask


def _ratio(covered: int, total: int) -> float:
    return round(covered / total, 4) if total else 0.0


def _source_origins(index: SourceIndex, found: list[list[_Match]]) -> dict[int, np.ndarray]:
    """Normal-form origins of every source that was matched, computed in one batch."""
    sources = sorted({m.source for matches in found for m in matches})
    forms = normal_forms([index.text(s) for s in sources], with_origin=True)
    return {source: forms.origins(n) for n, source in enumerate(sources)}


def _copy_match(
    match: _Match,
    query: _Query,
    block: int,
    index: SourceIndex,
    origins: dict[int, np.ndarray],
    excluded: np.ndarray | None,
    *,
    draft_of: Sequence[tuple[int, int]] | None = None,
) -> CopyMatch:
    text = index.text(match.source)
    spans = _spans(match.draft_mask, query.forms.origins(block))
    source_spans = _spans(match.source_mask, origins[match.source])
    document = index.documents[int(index.document_of[match.source])]
    length = len(query.texts[block])
    draft_index = block_index = None
    if draft_of is not None:
        draft_index, block_index = draft_of[match.source]
    return CopyMatch(
        document=document.title,
        file=document.file,
        text=text,
        similarity=round(float(match.similarity), 4),
        spans=spans,
        source_spans=source_spans,
        ratio=_ratio(int(span_mask(spans, length).sum()), length),
        section=index.section(match.source),
        block_id=int(index.block_ids[match.source]) if index.block_ids is not None else None,
        document_id=document.id,
        excluded=bool(excluded[int(index.document_of[match.source])]) if excluded is not None else False,
        draft_index=draft_index,
        block_index=block_index,
        kind=match.kind,
    )


def _summary(blocks: Sequence[CheckedBlock], copied: int, copied_open: int) -> CheckSummary:
    """The figures of a draft's checked blocks, given the characters copied (all sources, and
    sources not excluded)."""
    total = sum(len(b.text) for b in blocks)
    repeated = copied_unquoted = front = 0
    by_document: dict[tuple, int] = {}
    meta: dict[tuple, SourceShare] = {}
    offset = 0
    for block, quoted in zip(blocks, quoted_mask(blocks)):
        n = len(block.text)
        repeated += int(span_mask([s for m in block.self_matches for s in m.spans], n).sum())
        mask = span_mask([s for m in block.matches for s in m.spans], n)
        copied_unquoted += int((mask & ~quoted).sum())
        front += int(mask[: max(0, total // 2 - offset)].sum())  # 前部: the first half of the draft's characters
        offset += n
        documents: dict[tuple, list[Span]] = {}
        for m in block.matches:
            key = (m.document_id, m.document, m.file)
            documents.setdefault(key, []).extend(m.spans)
            meta[key] = SourceShare(m.document, m.file, 0.0, m.document_id, m.excluded)
        for key, spans in documents.items():
            by_document[key] = by_document.get(key, 0) + int(span_mask(spans, n).sum())
    sources = sorted(
        (
            SourceShare(
                s.document, s.file, _ratio(by_document[key], total), s.document_id, s.excluded, by_document[key]
            )
            for key, s in meta.items()
        ),
        key=lambda s: (-s.ratio, s.file, s.document),
    )
    suspicious = [b.copied_characters for b in blocks if b.copied_characters]
    return CheckSummary(
        copied_ratio=_ratio(copied, total),
        copied_ratio_excluding=_ratio(copied_open, total),
        max_single_source_ratio=max((s.ratio for s in sources), default=0.0),
        sources=tuple(sources),
        self_repeated_ratio=_ratio(repeated, total),
        characters=total,
        copied_characters=copied,
        max_single_source_ratio_excluding=max((s.ratio for s in sources if not s.excluded), default=0.0),
        copied_ratio_excluding_quotes=_ratio(copied_unquoted, total),
        paragraphs=len(blocks),
        suspicious_paragraphs=len(suspicious),
        front_copied_characters=front,
        back_copied_characters=copied - front,
        max_paragraph_copied_characters=max(suspicious, default=0),
        min_paragraph_copied_characters=min(suspicious, default=0),
    )


def draft_query(drafts: Sequence[tuple[str, Sequence[Block]]], settings: CheckSettings) -> _Query:
    """Every block of the drafts, in order, ready to be looked up."""
    return _Query.of([block for _, draft in drafts for block in draft], settings.exclude_quotes)


def excluded_documents(index: SourceIndex, settings: CheckSettings) -> np.ndarray:
    """Which of the index's documents ``settings.exclude_files`` leaves out of *_excluding."""
    excluded = np.zeros(len(index.documents), dtype=bool)
    if settings.exclude_files:
        excluded[:] = [settings.excludes(document.file) for document in index.documents]
    return excluded


def copy_matches(
    query: _Query, index: SourceIndex, found: Sequence[Sequence[_Match]], excluded: np.ndarray
) -> list[list[CopyMatch]]:
    """Each block's matches as ``CopyMatch``es of the index's sources, in the order found."""
    origins = _source_origins(index, found)
    return [[_copy_match(m, query, g, index, origins, excluded) for m in matches] for g, matches in enumerate(found)]


def library_matches(
    query: _Query, index: SourceIndex, settings: CheckSettings, *, keep: Callable[[Runs], np.ndarray] | None = None
) -> list[list[CopyMatch]]:
    """For each query block, the library sources it copies from, in rank order."""
    excluded = excluded_documents(index, settings)
    found = _find(query, index, settings, per_region=settings.max_matches, excluded_documents=excluded, keep=keep)
    return copy_matches(query, index, found, excluded)


def assemble_reports(
    drafts: Sequence[tuple[str, Sequence[Block]]],
    query: _Query,
    library: Sequence[Sequence[CopyMatch]],
    settings: CheckSettings,
) -> tuple[list[CheckReport], dict[tuple[int, int], float], list[SharedPassage]]:
    """The drafts' reports from their library matches (``library_matches``), each draft checked
    against itself and all against each other: the reports, the share of draft ``a`` found in
    draft ``b`` for every pair (a, b) that shares text, and the shared passages."""
    blocks = [block for _, draft in drafts for block in draft]
    draft_of = [(d, b) for d, (_, draft) in enumerate(drafts) for b in range(len(draft))]
    draft_number = np.array([d for d, _ in draft_of], dtype=np.int64)
    per_region = max(settings.max_matches, len(drafts))
    own_index = build_index(
        [b.text for b in blocks],
        max_postings=OWN_MAX_POSTINGS * per_region,
        grams=False,
        document_of=draft_number,
        documents=[SourceDocument(name, name, None) for name, _ in drafts],
        types=[b.type for b in blocks],
        markers=[b.marker for b in blocks],
    )

    def earlier_or_other(runs: Runs) -> np.ndarray:
        return (draft_number[runs.text] != draft_number[runs.query]) | (runs.text < runs.query)

    exact = dataclasses.replace(settings, rewrites=False)  # a draft against itself and the batch: exact runs
    own = _find(query, own_index, exact, per_region=per_region, keep=earlier_or_other) if blocks else []

    own_origins = _source_origins(own_index, own)
    reports, shared = [], []
    cross: dict[tuple[int, int], float] = {}
    start = 0
    for number, (name, draft) in enumerate(drafts):
        checked, cross_cover = [], {}
        copied = copied_open = 0
        for offset, block in enumerate(draft):
            g = start + offset
            matches = sorted(library[g], key=lambda m: (-m.ratio, -m.similarity, m.file, m.document))
            own_matches = [_copy_match(m, query, g, own_index, own_origins, None, draft_of=draft_of) for m in own[g]]
            self_matches = [m for m in own_matches if m.draft_index == number]
            for m in own_matches:
                if m.draft_index != number:
                    cross_cover.setdefault(m.draft_index, {}).setdefault(offset, []).extend(m.spans)
                    shared.append(
                        SharedPassage(
                            number,
                            m.draft_index,
                            offset,
                            m.block_index,
                            block.text,
                            m.text,
                            m.spans,
                            m.source_spans,
                            m.similarity,
                        )
                    )
            n = len(block.text)
            covered = int(span_mask([s for m in matches for s in m.spans], n).sum())
            covered_open = int(span_mask([s for m in matches if not m.excluded for s in m.spans], n).sum())
            copied, copied_open = copied + covered, copied_open + covered_open
            checked.append(
                CheckedBlock(
                    block.type,
                    block.text,
                    block.level,
                    block.marker,
                    own_index.section(g),
                    _ratio(covered, n),
                    tuple(matches),
                    tuple(self_matches),
                    _ratio(covered_open, n),
                    covered,
                )
            )
        total = sum(len(b.text) for b in draft)
        for other, by_block in cross_cover.items():
            covered = sum(int(span_mask(spans, len(draft[b].text)).sum()) for b, spans in by_block.items())
            cross[number, other] = _ratio(covered, total)
        reports.append(CheckReport(name, _summary(checked, copied, copied_open), tuple(checked)))
        start += len(draft)
    shared.sort(key=lambda p: (p.a, p.b, p.block_a, p.block_b))
    return reports, cross, shared


def check_drafts(
    drafts: Sequence[tuple[str, Sequence[Block]]], index: SourceIndex, settings: CheckSettings | None = None
) -> BatchReport:
    """Each draft against the library and itself; with several, all against each other."""
    settings = settings or CheckSettings()
    query = draft_query(drafts, settings)
    reports, cross, shared = assemble_reports(drafts, query, library_matches(query, index, settings), settings)
    matrix = np.zeros((len(drafts), len(drafts)))
    for (a, b), ratio in cross.items():
        matrix[a, b] = ratio
    return BatchReport(tuple(reports), tuple(tuple(float(x) for x in row) for row in matrix), tuple(shared))


def check_draft(
    blocks: Sequence[Block], index: SourceIndex, settings: CheckSettings | None = None, *, name: str = "草稿"
) -> CheckReport:
    """One draft against the library and against itself."""
    return check_drafts([(name, blocks)], index, settings).reports[0]


# --- JSON -----------------------------------------------------------------------------------------


def severity(ratio: float) -> str:
    """ "high" (red) at 70% and above, "medium" (orange) from 40%, else "low" (plain)."""
    return "high" if ratio >= SEVERE else "medium" if ratio >= NOTABLE else "low"


# --- HTML -------------------------------------------------------------------------------------------


# --- DOCX -------------------------------------------------------------------------------------------
