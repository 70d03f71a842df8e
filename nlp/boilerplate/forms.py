"""Representations of blocks for comparing them: normal forms and character shingles.

``comparison_text`` is the form near-duplicates are compared in: what differs between copies of
one template (punctuation, years and year placeholders, numbers, blanks) is gone from it. Its
clause-sorted variant lets two copies whose clauses were swapped still align.

Shingles are hashed with numpy over all texts at once: doing it a text at a time in Python (as
``TfidfVectorizer(analyzer="char")`` does) is most of the cost at 100 000 paragraphs. Classes
only where something is fitted (``RarestShingles`` learns how often each shingle occurs);
everything else is a function.

For a library that grows, ``ShingleIndex`` keeps every shingle occurrence (postings sorted by
shingle id) so a new text's sketch and candidates come from lookups.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from nlp.ngrams import char_ngram_hashes, distinct_sorted, range_positions, read_only

# Private-use characters: NFKC leaves them alone and real text does not contain them, so the
# normal form is idempotent and a symbol never collides with a character of the text.
YEAR_SYMBOL = "\ue000"  # 2021年, 20xx年, 20__年, XX年, 20**年, 某年, 二〇二一年
SLOT_SYMBOL = "\ue001"  # any other number, and the blanks numbers and names go in: xx ×× ** ____ ————

_YEAR_BLANK = r"(?:[xX×]{2}|\*{2}|_+)"
# Each pattern starts with a look-ahead on its possible first characters: without it, Python's
# regex engine tries every alternative at every position (9x slower on a large library).
YEAR_PATTERN = re.compile(
    r"(?=[12一二三四五六七八九xX×*_某])(?:"
    r"(?<!\d)(?:19|20)\d{2}(?!\d)"
    r"|[一二三四五六七八九][〇零一二三四五六七八九]{3}(?=年)"
    rf"|(?<![A-Za-z\d])(?:19|20)?{_YEAR_BLANK}(?=年)"
    rf"|(?<![A-Za-z\d])(?:19|20){_YEAR_BLANK}(?![A-Za-z\d])"
    r"|某(?=年))年?"
)
# The month of a schedule heading stays (3月份 and 4月份 are different headings); a date's month
# is a slot like any number (_月_日 and 3月12日 are copies of one template). A text's end is its
# string's end or, in a batch, the separator after it.
SLOT_PATTERN = re.compile(
    r"(?=[\dxX×*_—])(?:\d+(?:\.\d+)?(?!\d|月份|月[—\-~～至到、]|月(?:$|\ue002))|(?<![A-Za-z])(?:[xX]{2,}|×{2,}|\*{2,})(?![A-Za-z])|_+|—{4,})"
)
# Where one clause ends and the next begins (after NFKC: ，；：！？ have become ,;:!?).
CLAUSE_BREAK_PATTERN = re.compile(r"[,;:!?。、.\s]+")
# Everything else that is not a letter, a digit or one of the symbols: quotes, brackets, dashes,
# bullets, and the underscore (``\w`` keeps it).
NOISE_PATTERN = re.compile(r"[^\w\ue000-\ue003]+|_+")
FULLWIDTH_PATTERN = re.compile(r"[\uff01-\uff5e\u3000]")

# Private-use too: control characters such as \x1e count as whitespace (\s) in Python.
_TEXT_END = "\ue002"  # between texts while a batch is normalised as one string
_CLAUSE_END = "\ue003"  # between clauses


def _halfwidth(match: re.Match) -> str:
    char = match.group()
    return " " if char == "\u3000" else chr(ord(char) - 0xFEE0)


def _nfkc(joined: str) -> str:
    # Full-width ASCII is what keeps most Chinese text from being NFKC already; replacing it
    # first lets the cheap quick check skip NFKC for nearly every text (2x faster overall).
    joined = FULLWIDTH_PATTERN.sub(_halfwidth, joined)
    return _TEXT_END.join(
        part if unicodedata.is_normalized("NFKC", part) else unicodedata.normalize("NFKC", part)
        for part in joined.split(_TEXT_END)
    )


@dataclass(frozen=True)
class ComparisonForms:
    """Normal forms of a batch of texts, in the order given."""

    texts: Sequence[str]  # comparison_text of each (a list, or a TextTable once kept)
    sorted_clauses: Sequence[str]  # the same, clause by clause in sorted order (clause order ignored)


FORMS_CHUNK = 1 << 16  # texts normalised as one string at a time (``comparison_forms``)


def comparison_forms(texts: Sequence[str]) -> ComparisonForms:
    """``comparison_text`` of every text, and the clause-sorted variant, a pass over each
    FORMS_CHUNK texts (a million texts as one string cost 19% more CPU than in parts)."""
    texts = list(texts)
    if len(texts) <= FORMS_CHUNK:
        return _batch_forms(texts)
    parts = [_batch_forms(texts[start : start + FORMS_CHUNK]) for start in range(0, len(texts), FORMS_CHUNK)]
    return ComparisonForms(
        [text for part in parts for text in part.texts], [clauses for part in parts for clauses in part.sorted_clauses]
    )


def _batch_forms(texts: list[str]) -> ComparisonForms:
    """``comparison_forms`` of texts normalised as one string."""
    if any(_TEXT_END in t or _CLAUSE_END in t for t in texts):
        texts = [t.replace(_TEXT_END, " ").replace(_CLAUSE_END, " ") for t in texts]
    joined = _nfkc(_TEXT_END.join(texts))
    joined = YEAR_PATTERN.sub(YEAR_SYMBOL, joined)
    joined = SLOT_PATTERN.sub(SLOT_SYMBOL, joined)
    joined = CLAUSE_BREAK_PATTERN.sub(_CLAUSE_END, joined)
    joined = NOISE_PATTERN.sub("", joined).lower()
    records = joined.split(_TEXT_END)
    return ComparisonForms(
        [record.replace(_CLAUSE_END, "") for record in records],
        [_CLAUSE_END.join(sorted(filter(None, record.split(_CLAUSE_END)))) for record in records],
    )


def comparison_text(text: str) -> str:
    """The normal form blocks are compared in.

    NFKC; years and year placeholders become ``YEAR_SYMBOL``; other numbers, blanks and name
    placeholders become ``SLOT_SYMBOL`` (第__次 and 第3次 are the same template); punctuation and
    whitespace are dropped; Latin is lowercased.
    """
    return comparison_forms([text]).texts[0]


# --- character shingles, hashed -----------------------------------------------------------


BAGS_CHUNK = 1 << 12  # texts whose bigram bags are made at a time (``bigram_bags``)


def bigram_bags(texts: Sequence[str]) -> list[str]:
    """Each text's character bigrams as one sorted string, a character per bigram.

    The normalised Indel similarity of two bags is then the Dice coefficient of the texts'
    bigram multisets: blind to where a clause stands, which a copy may change. Bigrams are
    hashed to characters of the supplementary planes (U+10000-U+FFFFF); a text shorter than
    two characters has an empty bag.

    Made BAGS_CHUNK texts at a time: the arrays of a batch of 100 000 texts outgrow the cache, and
    its bags cost three times as much a text as in parts (at 300 000 blocks, 15.9 against 4.4 µs).
    """
    if len(texts) > BAGS_CHUNK:
        return [
            bag for start in range(0, len(texts), BAGS_CHUNK) for bag in bigram_bags(texts[start : start + BAGS_CHUNK])
        ]
    text_of, hashes = char_ngram_hashes(texts, 2)
    # One sort of (text, bigram) keys: the text in the high bits, the bigram's character low.
    keys = np.sort((text_of << 20) | (hashes % np.uint64(0xF0000)).astype(np.int64))
    codes = (keys & 0xFFFFF).astype(np.uint32) + np.uint32(0x10000)
    joined = codes.tobytes().decode("utf-32-le")
    ends = np.cumsum(np.bincount(text_of, minlength=len(texts)))
    starts = np.r_[0, ends[:-1]] if len(texts) else ends
    return [joined[start:end] for start, end in zip(starts.tolist(), ends.tolist())]


class RarestShingles:
    """Each text as a sketch of its ``per_text`` rarest character k-gram shingles.

    Near-duplicates share most of their rare shingles, so they share sketch entries, while two
    texts that only share stock phrases (工会工作, 围绕医院中心工作) do not: the product of the
    sketch matrix with its transpose counts shared rare shingles and stays sparse, so finding
    candidate pairs grows with the library rather than with its square. Rarity is how often a
    shingle occurs in the library, up to ``common_frequency`` (commoner ones are equally common),
    ties broken by the shingle's hash, so copies of one text pick the same shingles (like a
    bottom-k MinHash within each frequency, and among the common ones). A shingle that occurs
    once can pair nothing and is never picked.
    """

    def __init__(self, k: int = 5, per_text: int = 32):
        if k < 1:
            raise ValueError(f"k must be at least 1, got {k}")
        if per_text < 1:
            raise ValueError(f"per_text must be at least 1, got {per_text}")
        self.k = k
        self.per_text = per_text

    def fit_transform(self, texts: Sequence[str]) -> sparse.csr_matrix:
        """Binary sketch matrix, texts x shared shingles (rarest first); learns ``vocabulary_``
        (shingle ids, ascending: ``shingle_ids``) and ``document_frequency_`` (occurrences of each)."""
        text_of, hashes = shingle_ids(texts, self.k)
        ranked = _rank_sketch(text_of, hashes, len(texts), self.per_text)
        self.vocabulary_ = ranked.vocabulary
        self.document_frequency_ = ranked.frequency
        return ranked.sketch


SHINGLE_BITS = 40  # a shingle's id: the top bits of its hash (see ``shingle_ids``)
# Shingles held by a COMMON_SHARE of the texts or more (at least COMMON_LEAST times) rank as
# equally common, by hash alone. Rarest first would fill the sketch of a copy in a large family
# with what that copy alone has (clauses it inserted, the rarer of the clauses its siblings drop),
# so two copies with different clause edits shared too little of it to be paired; by hash, copies
# sample the family's common core alike. A share, not a count: a text's shingles grow commoner
# with the library, and a fixed count would take ever more of its sketch from stock phrases
# held by thousands (each of which the sketch product pairs with its first holders).
COMMON_SHARE = 1 / 1500
COMMON_LEAST = 16


def common_frequency(n_texts: int) -> int:
    """How often a shingle of ``n_texts`` texts occurs to rank as common (``COMMON_SHARE``)."""
    return min(max(COMMON_LEAST, int(n_texts * COMMON_SHARE)), np.iinfo(np.uint16).max - 1)


_UNSHARED_KEY = np.iinfo(np.uint16).max  # a shingle found once ranks after every shared one


@dataclass(frozen=True)
class _Ranked:
    sketch: sparse.csr_matrix
    holders: np.ndarray  # the text of each occurrence in hash order (equal hashes by text)
    sorted_hashes: np.ndarray
    vocabulary: np.ndarray
    frequency: np.ndarray
    min_size: np.ndarray  # per text: a size its sketch never falls below as texts are added


def shingle_ids(texts: Sequence[str], k: int) -> tuple[np.ndarray, np.ndarray]:
    """Every character k-gram of every text as a ``SHINGLE_BITS``-bit id: (text index, id) arrays.

    The top bits of ``char_ngram_hashes``: short enough that a shingle id and the position of
    an occurrence fit in one 64-bit word, so one plain sort orders occurrences by shingle (numpy
    sorts integers with SIMD, an order of magnitude faster than ``argsort``). Two of a
    library's 2.5 million distinct 5-grams share an id about once at 100 000 paragraphs: it
    makes a rare shingle look a little commoner, nothing more.
    """
    text_of, hashes = char_ngram_hashes(texts, k)
    hashes >>= np.uint64(64 - SHINGLE_BITS)
    return text_of, hashes


def _sort_with_order(values: np.ndarray, bits: int) -> tuple[np.ndarray, np.ndarray]:
    """(order, values[order]) for non-negative integers below 2**bits, sorted ascending, stable."""
    n = len(values)
    position_bits = max((n - 1).bit_length(), 1)
    top_bits = max(bits + position_bits - 64, 0)  # of a value, that do not fit in a word beside its position
    if top_bits > 16:
        order = np.argsort(values, kind="stable")
        return order, values[order]
    # In place, one word per value: this is the peak of a sketch of a large library. When a value
    # and its position do not fit in a word, the values are put in order of their top bits first
    # (a stable sort of 16-bit keys is a counting sort: linear) and each run is sorted on the rest.
    low_bits = bits - top_bits
    if top_bits:
        top = (values >> np.uint64(low_bits)).astype(np.uint16)
        runs = np.r_[0, np.cumsum(np.bincount(top, minlength=1 << top_bits))]
        by_top = np.argsort(top, kind="stable")
        del top
        packed = values[by_top].astype(np.uint64, copy=False)
        packed &= np.uint64((1 << low_bits) - 1)
        packed <<= np.uint64(position_bits)
        packed |= by_top.view(np.uint64)
        del by_top
    else:
        runs = np.array([0, n])
        packed = values.astype(np.uint64)
        packed <<= np.uint64(position_bits)
        packed |= np.arange(n, dtype=np.uint64)
    for start, stop in zip(runs[:-1], runs[1:]):
        packed[start:stop].sort()
    order = (packed & np.uint64((1 << position_bits) - 1)).view(np.int64)
    packed >>= np.uint64(position_bits)
    for high, (start, stop) in enumerate(zip(runs[:-1], runs[1:])):
        packed[start:stop] |= np.uint64(high << low_bits)
    return order, packed


def _sort_with_text(values: np.ndarray, text_of: np.ndarray, n_texts: int) -> tuple[np.ndarray, np.ndarray]:
    """(``values`` sorted ascending, the text of each), equal values by text, for shingle ids
    (``SHINGLE_BITS``) of texts below ``n_texts``: one sort of (id, text) words while both fit in
    one, which needs no positions (past 16.8 million occurrences an id and its position do not)."""
    text_bits = max((n_texts - 1).bit_length(), 1)
    if SHINGLE_BITS + text_bits > 64:
        order, ordered = _sort_with_order(values, SHINGLE_BITS)
        return ordered, text_of[order]
    packed = values << np.uint64(text_bits)
    packed |= text_of.view(np.uint64) if text_of.dtype == np.int64 else text_of.astype(np.uint64)
    packed.sort()
    holders = (packed & np.uint64((1 << text_bits) - 1)).view(np.int64)
    packed >>= np.uint64(text_bits)
    return packed, holders


def _rank_sketch(text_of: np.ndarray, hashes: np.ndarray, n_texts: int, per_text: int) -> _Ranked:
    """The rarest-shingle sketch of every text (see ``RarestShingles``), and what an index keeps of it.

    ``text_of`` ascending and ``hashes`` shingle ids (``shingle_ids``).
    """
    counts = np.bincount(text_of, minlength=n_texts)
    indptr = np.zeros(n_texts + 1, dtype=np.int64)
    np.cumsum(counts, out=indptr[1:])
    if len(hashes) == 0:
        empty = np.zeros(0, dtype=np.int64)
        return _Ranked(
            sparse.csr_matrix((n_texts, 0), dtype=np.int32),
            empty,
            hashes,
            hashes,
            empty,
            np.ones(n_texts, dtype=np.int64),
        )

    # Vocabulary in id order; frequency counts occurrences (a shingle twice in one text is
    # rare, and only makes it look a little commoner).
    sorted_hashes, holders = _sort_with_text(hashes, text_of, n_texts)
    new_run = np.empty(len(sorted_hashes), dtype=bool)
    new_run[0] = True
    np.not_equal(sorted_hashes[1:], sorted_hashes[:-1], out=new_run[1:])
    run_starts = np.flatnonzero(new_run)
    frequency = np.diff(np.r_[run_starts, len(sorted_hashes)])
    vocabulary = sorted_hashes[run_starts]
    del new_run, run_starts

    # Rank shingles from rarest to commonest, ties in id order; those found once go last.
    # (A stable sort of 16-bit keys is a radix sort: linear in the vocabulary.)
    key = np.where(frequency >= 2, np.minimum(frequency, common_frequency(n_texts)), _UNSHARED_KEY).astype(np.uint16)
    by_rarity = np.argsort(key, kind="stable")
    rank_of_run = np.empty(len(frequency), dtype=np.int64)
    rank_of_run[by_rarity] = np.arange(len(frequency))
    shared = int((frequency >= 2).sum())

    # Each text's occurrences by rank (one sort of text-then-rank words, made from the
    # occurrences in hash order, each ranked by its run): its first ``per_text`` shared ones are
    # its sketch, a shingle repeated in them once.
    entries = holders.astype(np.uint64)
    entries <<= np.uint64(32)
    entries |= np.repeat(rank_of_run, frequency).view(np.uint64)
    entries.sort()
    halves = entries.view(np.uint32).reshape(-1, 2)  # little-endian words: (rank, text)
    if sys.byteorder == "little":
        columns, rows = halves[:, 0], halves[:, 1]
    else:
        columns, rows = halves[:, 1], halves[:, 0]
    # Each occurrence's place in its text's (32-bit where it fits: a word less per occurrence).
    small = np.int32 if len(entries) < 1 << 31 else np.int64
    position = np.arange(len(entries), dtype=small)
    position -= indptr.astype(small)[rows]
    eligible = columns < shared
    repeated = np.zeros(len(entries), dtype=bool)
    np.equal(entries[1:], entries[:-1], out=repeated[1:])
    keep = (position < per_text) & eligible & ~repeated
    kept_indptr = np.zeros(n_texts + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows[keep], minlength=n_texts), out=kept_indptr[1:])
    sketch = sparse.csr_matrix(
        (np.ones(int(keep.sum()), dtype=np.int32), columns[keep], kept_indptr), shape=(n_texts, shared)
    )
    sketch.has_sorted_indices = True
    sketch.has_canonical_format = True

    # The sketch holds the distinct shingles among a text's first min(per_text, shared
    # occurrences) occurrences: at least that many minus the text's repeated occurrences. Adding
    # texts only makes more occurrences shared, so the bound holds from now on.
    min_size = _min_sketch_size(rows[eligible], rows[repeated], n_texts, per_text)
    return _Ranked(sketch, holders, sorted_hashes, vocabulary, frequency, min_size)


def _min_sketch_size(shared_owner: np.ndarray, repeated_owner: np.ndarray, n_texts: int, per_text: int) -> np.ndarray:
    """The size each text's sketch never falls below (at least 1): its shared shingle occurrences
    (the text of each in ``shared_owner``), at most ``per_text``, less its repeated occurrences
    (a shingle's second and later occurrences in one text, in ``repeated_owner``)."""
    shared = np.bincount(shared_owner, minlength=n_texts)
    return np.maximum(np.minimum(shared, per_text) - np.bincount(repeated_owner, minlength=n_texts), 1)


class ShingleIndex(RarestShingles):
    """Every character k-gram shingle of a growing set of texts, for rare-shingle candidates.

    ``fit_transform`` sketches the texts exactly as ``RarestShingles`` does and keeps the postings
    (every occurrence: shingle hash -> text id, in hash order). ``add`` puts more texts in and
    returns their sketches under the frequencies *after* adding them, which are what a sketch of
    the whole set from scratch would give them. ``candidates`` finds, for those new texts, every
    text that could pass the sketch test of a full rebuild (see ``candidates``).

    Text ids are the caller's (distinct, non-negative integers); a text shorter than k has no
    shingles and is never a candidate.

    Texts added go to a delta of the postings, merged into the main arrays once it is an eighth of
    them; the main arrays are read-only, replaced at a merge, never changed in place, so an index
    saved beside the store writes them once per merge (``nlp.library.saved``).
    """

    MERGE_MIN = 1 << 16  # added postings are merged into the main arrays beyond this many

    def __init__(self, k: int = 5, per_text: int = 32):
        super().__init__(k, per_text)
        self._hash = self._delta_hash = np.zeros(0, dtype=np.uint64)
        self._text = self._delta_text = np.zeros(0, dtype=np.int64)
        self._min_size = np.zeros(0, dtype=np.int64)
        self._texts_held = 0

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        for postings in (self._hash, self._text):  # read-only also when saved before they were
            read_only(postings)

    def fit_transform(self, texts: Sequence[str], ids: Sequence[int] | np.ndarray | None = None) -> sparse.csr_matrix:
        """The texts' sketch matrix, as ``RarestShingles.fit_transform``; keeps the postings."""
        ids = np.arange(len(texts), dtype=np.int64) if ids is None else np.asarray(ids, dtype=np.int64)
        text_of, hashes = shingle_ids(texts, self.k)
        ranked = _rank_sketch(text_of, hashes, len(texts), self.per_text)
        self._hash, self._text = read_only(ranked.sorted_hashes), read_only(ids[ranked.holders])
        self._delta_hash = np.zeros(0, dtype=np.uint64)
        self._delta_text = np.zeros(0, dtype=np.int64)
        self._min_size = np.zeros(int(ids.max()) + 1 if len(ids) else 0, dtype=np.int64)
        self._min_size[ids] = ranked.min_size
        self._texts_held = len(texts)  # removed texts too: their shingles stay counted
        return ranked.sketch

    def __len__(self) -> int:
        """Shingle occurrences held."""
        return len(self._hash) + len(self._delta_hash)

    def frequency(self, hashes: np.ndarray) -> np.ndarray:
        """How often each shingle hash occurs in the texts held."""
        # Sorted queries: numpy's binary search then starts where the last one ended, which
        # keeps a lookup in postings of millions from missing the cache at every step.
        order = np.argsort(hashes)
        queries = hashes[order]
        counts = np.empty(len(hashes), dtype=np.int64)
        counts[order] = (
            np.searchsorted(self._hash, queries, "right")
            - np.searchsorted(self._hash, queries, "left")
            + np.searchsorted(self._delta_hash, queries, "right")
            - np.searchsorted(self._delta_hash, queries, "left")
        )
        return counts

    def add(self, texts: Sequence[str], ids: Sequence[int] | np.ndarray) -> list[np.ndarray]:
        """Put new texts in; the sketch (shingle hashes) of each under the frequencies after adding."""
        ids = np.asarray(ids, dtype=np.int64)
        if len(ids) != len(texts):
            raise ValueError("one id per text")
        self._texts_held += len(texts)
        text_of, hashes = shingle_ids(texts, self.k)
        order = np.argsort(hashes, kind="stable")
        self._delta_hash, self._delta_text = _merge_sorted(
            self._delta_hash, self._delta_text, hashes[order], ids[text_of[order]]
        )
        if len(self._delta_hash) > max(self.MERGE_MIN, len(self._hash) >> 3):
            self._hash, self._text = map(
                read_only, _merge_sorted(self._hash, self._text, self._delta_hash, self._delta_text)
            )
            self._delta_hash = np.zeros(0, dtype=np.uint64)
            self._delta_text = np.zeros(0, dtype=np.int64)

        # Each new text's sketch, ranked by (frequency, hash) as the batch ranks it.
        counts = self.frequency(hashes)
        chosen = np.flatnonzero(counts >= 2)
        chosen = chosen[
            np.lexsort(
                (hashes[chosen], np.minimum(counts[chosen], common_frequency(self._texts_held)), text_of[chosen])
            )
        ]
        owner = text_of[chosen]
        first = np.searchsorted(owner, owner, "left")
        kept = chosen[np.arange(len(chosen)) - first < self.per_text]
        bounds = np.searchsorted(text_of[kept], np.arange(len(texts) + 1), "left")
        sketches = [distinct_sorted(hashes[kept[bounds[i] : bounds[i + 1]]]) for i in range(len(texts))]

        # Bounds as in ``_rank_sketch``: shared occurrences now, less repeated occurrences.
        by_text = np.lexsort((hashes, text_of))
        repeat = np.zeros(len(by_text), dtype=bool)
        repeat[1:] = (text_of[by_text][1:] == text_of[by_text][:-1]) & (hashes[by_text][1:] == hashes[by_text][:-1])
        if len(ids) and ids.max() >= len(self._min_size):
            grown = np.zeros(int(ids.max()) + 1, dtype=np.int64)
            grown[: len(self._min_size)] = self._min_size
            self._min_size = grown
        self._min_size[ids] = _min_sketch_size(
            text_of[counts >= 2], text_of[by_text][repeat], len(texts), self.per_text
        )
        return sketches

    def _postings(self, hashes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Text ids holding each hash: (query position, text id) for every occurrence."""
        order = np.argsort(hashes)
        queries = hashes[order]
        texts, owners = [], []
        for sorted_hashes, text_ids in ((self._hash, self._text), (self._delta_hash, self._delta_text)):
            positions, owner = range_positions(
                np.searchsorted(sorted_hashes, queries, "left"), np.searchsorted(sorted_hashes, queries, "right")
            )
            texts.append(text_ids[positions])
            owners.append(order[owner])
        return np.concatenate(owners), np.concatenate(texts)

    def candidates(
        self,
        ids: Sequence[int] | np.ndarray,
        sketches: Sequence[np.ndarray],
        min_shared_fraction: float,
        *,
        with_share: bool = False,
    ) -> tuple[np.ndarray, ...]:
        """Pairs (id, other text) for each new text ``ids[i]`` with sketch ``sketches[i]``.

        A full rebuild pairs texts t and u when their sketches share at least
        ``min_shared_fraction`` of the smaller one. Here u counts as a candidate when t's sketch
        shares that many shingles with *any* of u's shingles, measured against the bound u's
        sketch size never falls below: every pair the rebuild would find is found (more may be).
        ``with_share``: also the fraction of that bound each pair shares.
        """
        ids = np.asarray(ids, dtype=np.int64)
        sizes = np.fromiter(map(len, sketches), dtype=np.int64, count=len(sketches))
        if not sizes.sum():
            return (np.zeros(0, dtype=np.int64),) * 2 + ((np.zeros(0),) if with_share else ())
        query_owner = np.repeat(np.arange(len(ids)), sizes)
        query, other = self._postings(np.concatenate(sketches))
        span = np.int64(len(self._min_size) + 1)
        # One count per (shingle of t, text u), however often u repeats the shingle.
        unique = distinct_sorted(query * span + other)
        owner, other = query_owner[unique // span], unique % span
        keep = other != ids[owner]
        pair, shared = np.unique(owner[keep] * span + other[keep], return_counts=True)
        owner, other = pair // span, pair % span
        smaller = np.maximum(np.minimum(sizes[owner], self._min_size[other]), 1)
        passed = shared >= min_shared_fraction * smaller
        if with_share:
            return ids[owner[passed]], other[passed], (shared / smaller)[passed]
        return ids[owner[passed]], other[passed]


def _merge_sorted(
    hashes: np.ndarray, texts: np.ndarray, more_hashes: np.ndarray, more_texts: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Two postings arrays sorted by hash, merged (``more`` sorted too)."""
    at = np.searchsorted(hashes, more_hashes, "right")
    return np.insert(hashes, at, more_hashes), np.insert(texts, at, more_texts)
