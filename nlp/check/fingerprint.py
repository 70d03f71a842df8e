"""Winnowing fingerprints (MOSS) of texts in a character normal form, and the exact runs they find.

The guarantee. Texts are compared in ``normal_forms``: NFKC, lowercase, every character that is
not a letter or a digit dropped (punctuation, whitespace, quotes, underscores), every decimal
digit replaced by ``0``. A library text is fingerprinted by hashing each of its character
k-grams (``index.char_ngram_hashes``) and keeping, in every window of ``window`` consecutive
k-grams, the smallest hash (winnowing). A query text looks up *all* its k-grams. A run of
``window + k - 1`` characters shared by a query and a library text holds ``window`` whole
k-grams of the library text, one of which is a fingerprint; the query holds the same k-gram, so
the lookup finds the pair, and extending the seed character by character recovers the whole
maximal run. With ``k = 8`` and ``window = 6``, **every run of at least 13 characters that a
query shares with a library text (in the normal form) is found**, however the rest of either
text differs. Nothing probabilistic is involved: only a 64-bit hash collision could add a seed,
and extension checks characters, so it adds no false run.

The normal form is per character (context-free) on purpose: a run identical after dropping
punctuation and whitespace stays identical, at the same length, in the normal form. That is why
it is not ``index.comparison_text``, whose year and number symbols depend on characters beyond a
run's edges and shorten it (2021年 is one symbol). Years and numbers still compare equal when
their digits count alike (2021年 and 2023年 are both 0000年); other differences are left to the
alignment that follows.

Storage is numpy arrays: the library's normal forms as one code array with text offsets, and
the fingerprints as (hash, text, position) arrays sorted by hash, looked up with
``np.searchsorted``. At a million paragraphs that is about 0.8 GB where Python dicts of lists
would need several times more.
"""

from __future__ import annotations

import itertools
import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from nlp.ngrams import char_ngram_hashes, distinct_sorted, range_positions

DEFAULT_K = 8
DEFAULT_WINDOW = 6
CHUNK_TEXTS = 100_000  # texts fingerprinted at a time: bounds the hashing's temporary memory
_UNICODE = 0x110000


# --- the normal form ------------------------------------------------------------------------


def char_form(char: str) -> str:
    """What one character becomes in the normal form: "", one character or (rarely) several."""
    out = []
    for c in unicodedata.normalize("NFKC", char).lower():
        if c.isdecimal():
            out.append("0")
        elif c.isalnum():
            out.append(c)
    return "".join(out)


class _FormTable:
    """``char_form`` of every code point met so far, as arrays indexed by code point.

    One table serves every thread of the process (the app's sessions): ``learn`` holds a lock
    while it writes, and a code's entries are complete before it is marked known, so a reader
    that has learnt its codes reads them safely; ``expansions`` is a copy taken under the lock.
    """

    def __init__(self):
        self._lock = threading.Lock()
        self.known = np.zeros(_UNICODE, dtype=bool)
        self.length = np.zeros(_UNICODE, dtype=np.uint8)
        self.first = np.zeros(_UNICODE, dtype=np.uint32)  # the form's character when it has one
        self.multiple: dict[int, np.ndarray] = {}  # code -> its form's codes, when several

    def learn(self, codes: np.ndarray) -> None:
        if self.known[codes].all():
            return
        with self._lock:
            self._learn(codes[~self.known[codes]])

    def _learn(self, unknown: np.ndarray) -> None:
        seen = np.zeros(_UNICODE, dtype=bool)
        seen[unknown] = True
        for code in np.flatnonzero(seen).tolist():
            form = char_form(chr(code))
            self.length[code] = len(form)
            if form:
                self.first[code] = ord(form[0])
            if len(form) > 1:
                self.multiple[code] = np.frombuffer(form.encode("utf-32-le"), dtype=np.uint32)
            self.known[code] = True

    def expansions(self) -> dict[int, np.ndarray]:
        """The codes whose form has several characters, with those characters (a copy)."""
        with self._lock:
            return dict(self.multiple)


_TABLE = _FormTable()


@dataclass(frozen=True)
class NormalForms:
    """Normal forms of a batch of texts: one code array, text ``i`` at ``codes[starts[i]:starts[i + 1]]``.

    ``origin[j]`` is the index, in its own original text, of the character that form character
    ``j`` comes from (present when asked for).
    """

    codes: np.ndarray
    starts: np.ndarray
    origin: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self.starts) - 1

    def lengths(self) -> np.ndarray:
        return np.diff(self.starts)

    def text(self, i: int) -> str:
        return self.codes[self.starts[i] : self.starts[i + 1]].astype(np.uint32).tobytes().decode("utf-32-le")

    def texts(self) -> list[str]:
        joined = self.codes.astype(np.uint32).tobytes().decode("utf-32-le")
        return [joined[a:b] for a, b in itertools.pairwise(self.starts.tolist())]

    def origins(self, i: int) -> np.ndarray:
        return self.origin[self.starts[i] : self.starts[i + 1]]

    @property
    def nbytes(self) -> int:
        return self.codes.nbytes + self.starts.nbytes + (self.origin.nbytes if self.origin is not None else 0)

    def take(self, texts: np.ndarray) -> NormalForms:
        """Texts ``texts`` (indices, in that order) as normal forms of their own (without ``origin``)."""
        if len(texts) == len(self) and np.all(texts == np.arange(len(self))):
            return type(self)(self.codes, self.starts)
        lengths = self.lengths()[texts]
        starts = np.zeros(len(texts) + 1, dtype=np.int64)
        np.cumsum(lengths, out=starts[1:])
        if np.all(texts[1:] > texts[:-1]):  # in order (texts left out, or added at the end): a mask
            kept = np.zeros(len(self), dtype=bool)
            kept[texts] = True
            return type(self)(self.codes[np.repeat(kept, self.lengths())], starts)
        positions, _ = range_positions(self.starts[texts], self.starts[texts] + lengths)
        return type(self)(self.codes[positions], starts)


def joined_forms(first: NormalForms, second: NormalForms) -> NormalForms:
    """The texts of ``first`` then those of ``second`` (without ``origin``), of ``first``'s class."""
    return type(first)(
        np.concatenate([first.codes, second.codes]),
        np.concatenate([first.starts, second.starts[1:] + len(first.codes)]),
    )


class PackedTexts(NormalForms, Sequence):
    """Texts as they are (not normalised) in ``NormalForms``' two arrays, read as a sequence of str:
    2 bytes a character (4 when one is beyond the BMP) and no Python object per text, so a saved
    index maps them rather than reading 100 000 strings."""

    @classmethod
    def of(cls, texts: Sequence[str]) -> PackedTexts:
        if isinstance(texts, PackedTexts):
            return texts
        starts = np.zeros(len(texts) + 1, dtype=np.int64)
        np.cumsum(np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)), out=starts[1:])
        codes = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32)
        if codes.size and int(codes.max()) < 0x10000:
            codes = codes.astype(np.uint16)
        return cls(np.ascontiguousarray(codes), starts)

    def __getitem__(self, i: int) -> str:
        return self.text(i)

    def __iter__(self):
        return iter(self.texts())


def appended_postings(
    vocabulary: np.ndarray,
    offsets: np.ndarray,
    columns: Sequence[np.ndarray],
    hashes: np.ndarray,
    added: Sequence[np.ndarray],
) -> tuple[np.ndarray, np.ndarray, list[np.ndarray]]:
    """Postings lists (CSR: the distinct ``vocabulary`` ascending, the entries of ``vocabulary[h]`` at
    ``offsets[h]:offsets[h + 1]`` of each of ``columns``) with new entries (``hashes`` ascending, their
    ``added`` columns) put at the end of their hash's list: what a stable sort of all the entries by
    hash makes when the new ones come after the old, by copying the arrays once, not sorting them."""
    at = np.searchsorted(vocabulary, hashes)
    known = np.zeros(len(hashes), dtype=bool)
    inside = at < len(vocabulary)
    known[inside] = vocabulary[at[inside]] == hashes[inside]
    where = offsets[at + known]  # a known hash: after its list; a new one: before the next hash's list
    columns = [np.insert(column, where, new) for column, new in zip(columns, added)]
    fresh = distinct_sorted(hashes[~known])
    slots = np.searchsorted(vocabulary, fresh)
    vocabulary = np.insert(vocabulary, slots, fresh)
    counts = np.insert(np.diff(offsets), slots, 0)
    np.add.at(counts, np.searchsorted(vocabulary, hashes), 1)
    offsets = np.zeros(len(vocabulary) + 1, dtype=np.int64)
    np.cumsum(counts, out=offsets[1:])
    return vocabulary, offsets, columns


def identity(take: np.ndarray, size: int) -> bool:
    """Whether ``take`` is every one of ``size`` items in order (a file added at the end, nothing gone)."""
    return len(take) == size and bool(np.all(take == np.arange(size)))


def normal_forms(texts: Sequence[str], *, with_origin: bool = False) -> NormalForms:
    """The normal form of every text (see the module docstring), vectorised over the batch."""
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    text_starts = np.zeros(len(texts) + 1, dtype=np.int64)
    np.cumsum(lengths, out=text_starts[1:])
    codes = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32)
    _TABLE.learn(codes)
    out_length = _TABLE.length[codes]
    form_bounds = np.zeros(len(codes) + 1, dtype=np.int64)
    np.cumsum(out_length, out=form_bounds[1:])
    starts = form_bounds[text_starts]
    if np.any(out_length > 1):
        source = np.repeat(np.arange(len(codes)), out_length)
        within = np.arange(len(source)) - form_bounds[source]
        form = _TABLE.first[codes[source]]
        for code, expansion in _TABLE.expansions().items():
            hit = np.flatnonzero((codes[source] == code) & (within > 0))
            form[hit] = expansion[within[hit]]
    else:
        kept = out_length > 0
        form = _TABLE.first[codes[kept]]
        source = np.flatnonzero(kept) if with_origin else None
    if form.size and int(form.max()) < 0x10000:
        form = form.astype(np.uint16)
    origin = None
    if with_origin:
        text_of = np.searchsorted(text_starts, source, side="right") - 1
        origin = source - text_starts[text_of]
    return NormalForms(np.ascontiguousarray(form), starts, origin)


def normal_form(text: str) -> tuple[str, np.ndarray]:
    """One text's normal form and, for each of its characters, the index it comes from in ``text``."""
    forms = normal_forms([text], with_origin=True)
    return forms.text(0), forms.origin


# --- fingerprints ---------------------------------------------------------------------------


def winnow(text_of: np.ndarray, hashes: np.ndarray, window: int) -> np.ndarray:
    """Mask of the k-grams kept as fingerprints: the smallest hash of every window of ``window``
    consecutive k-grams of one text; every k-gram of a text with fewer than ``window``."""
    selected = np.zeros(len(hashes), dtype=bool)
    if len(hashes) >= window:
        first = _first_smallest(hashes, window)
        starts = np.arange(len(first))
        inside = text_of[: len(first)] == text_of[window - 1 :]
        selected[(starts + first)[inside]] = True
    counts = np.bincount(text_of, minlength=int(text_of.max()) + 1 if len(text_of) else 0)
    short = counts < window
    if short.any():
        selected |= short[text_of]
    return selected


def _first_smallest(values: np.ndarray, window: int) -> np.ndarray:
    """Where the smallest value of each window of ``window`` consecutive ``values`` first occurs in
    it: ``sliding_window_view(values, window).argmin(axis=1)`` without a call per window (2.5 → 0.8
    CPU-s for the 10 million 13-grams of 100 000 blocks). The minima come from minima of windows
    doubling in length; then the first place of each window holding its minimum."""
    count = len(values) - window + 1
    smallest, span = values, 1
    while 2 * span <= window:
        smallest = np.minimum(smallest[:-span], smallest[span:])  # of [i, i + 2 * span)
        span *= 2
    smallest = np.minimum(smallest[:count], smallest[window - span : window - span + count])
    first = np.zeros(count, dtype=np.int64)
    for offset in range(window - 1, 0, -1):  # the earliest offset written last
        np.copyto(first, offset, where=values[offset : offset + count] == smallest)
    return np.where(values[:count] == smallest, 0, first)


def _kgram_starts(forms: NormalForms, k: int) -> np.ndarray:
    """Where each text's k-grams start in ``char_ngram_hashes`` order (one more for the end)."""
    starts = np.zeros(len(forms) + 1, dtype=np.int64)
    np.cumsum(np.maximum(forms.lengths() - k + 1, 0), out=starts[1:])
    return starts


@dataclass(frozen=True)
class Seeds:
    """k-grams a query shares with indexed texts: query text and position, indexed text and position."""

    query: np.ndarray
    query_pos: np.ndarray
    text: np.ndarray
    text_pos: np.ndarray

    def __len__(self) -> int:
        return len(self.query)


@dataclass(frozen=True)
class Runs:
    """Maximal exact runs shared by query text ``query[r]`` at ``[query_start, query_end)`` and
    indexed text ``text[r]`` from ``text_start`` (normal-form positions), one row per run."""

    query: np.ndarray
    text: np.ndarray
    query_start: np.ndarray
    query_end: np.ndarray
    text_start: np.ndarray

    def __len__(self) -> int:
        return len(self.query)

    @property
    def length(self) -> np.ndarray:
        return self.query_end - self.query_start

    def take(self, keep) -> Runs:
        return Runs(
            self.query[keep], self.text[keep], self.query_start[keep], self.query_end[keep], self.text_start[keep]
        )


def _empty_runs() -> Runs:
    empty = np.zeros(0, dtype=np.int64)
    return Runs(empty, empty, empty, empty, empty)


class FingerprintIndex:
    """Winnowed k-gram fingerprints of a set of texts, and their normal forms for verification.

    ``fit`` learns ``forms_`` (``NormalForms``), ``vocabulary_`` (the distinct fingerprint hashes,
    ascending) and, for the occurrences of ``vocabulary_[h]`` at ``offsets_[h]:offsets_[h + 1]``,
    ``texts_`` and ``positions_`` (which text, where). ``runs`` finds every run of at least
    ``guaranteed_run`` characters a query shares with an indexed text.
    """

    def __init__(self, k: int = DEFAULT_K, window: int = DEFAULT_WINDOW, *, max_postings: int | None = None):
        """``max_postings``: keep at most this many occurrences of one fingerprint (the earliest
        texts'), so a text repeated thousands of times costs its own size, not its square; runs
        that only such a fingerprint represents may then be found with fewer texts, or missed.
        None (the library's index) keeps them all, and with them the guarantee."""
        if max_postings is not None and max_postings < 1:
            raise ValueError(f"max_postings must be at least 1, got {max_postings}")
        self.max_postings = max_postings
        if k < 2:
            raise ValueError(f"k must be at least 2, got {k}")
        if window < 1:
            raise ValueError(f"window must be at least 1, got {window}")
        self.k = k
        self.window = window

    @property
    def guaranteed_run(self) -> int:
        """Shared runs at least this long (normal-form characters) are always found."""
        return self.window + self.k - 1

    def fit(self, texts: Sequence[str]) -> FingerprintIndex:
        hashes, owners, positions, codes, starts = [], [], [], [], [np.zeros(1, dtype=np.int64)]
        offset = 0
        for begin in range(0, len(texts), CHUNK_TEXTS):
            forms = normal_forms(texts[begin : begin + CHUNK_TEXTS])
            codes.append(forms.codes)
            starts.append(forms.starts[1:] + offset)
            offset += len(forms.codes)
            text_of, chunk_hashes = char_ngram_hashes(forms.texts(), self.k)
            kept = np.flatnonzero(winnow(text_of, chunk_hashes, self.window))
            hashes.append(chunk_hashes[kept])
            owners.append((text_of[kept] + begin).astype(np.int32))
            positions.append((kept - _kgram_starts(forms, self.k)[text_of[kept]]).astype(np.int32))
        wide = any(c.dtype == np.uint32 for c in codes)
        self.forms_ = NormalForms(
            np.concatenate([c.astype(np.uint32 if wide else np.uint16) for c in codes])
            if codes
            else np.zeros(0, dtype=np.uint16),
            np.concatenate(starts),
        )
        self._set_postings(
            np.concatenate(hashes) if hashes else np.zeros(0, dtype=np.uint64),
            np.concatenate(owners) if owners else np.zeros(0, dtype=np.int32),
            np.concatenate(positions) if positions else np.zeros(0, dtype=np.int32),
        )
        return self

    def _set_postings(self, hashes: np.ndarray, owners: np.ndarray, positions: np.ndarray) -> None:
        """The postings from fingerprint occurrences (hash, text, position), in text order."""
        order = np.argsort(hashes, kind="stable")  # within one hash: the earliest texts first
        hashes = hashes[order]
        if self.max_postings is not None and len(hashes):
            starts = np.r_[0, np.flatnonzero(hashes[1:] != hashes[:-1]) + 1]
            rank = np.arange(len(hashes)) - np.repeat(starts, np.diff(np.r_[starts, len(hashes)]))
            capped = rank < self.max_postings
            order, hashes = order[capped], hashes[capped]
        self.texts_ = owners[order]
        self.positions_ = positions[order]
        self.longest_ = int(self.forms_.lengths().max(initial=0))
        # Distinct hashes with the offsets of their entries (CSR): one lookup finds all of them.
        new = np.ones(len(hashes), dtype=bool)
        new[1:] = hashes[1:] != hashes[:-1]
        self.vocabulary_ = hashes[new]
        self.offsets_ = np.append(np.flatnonzero(new), len(hashes)).astype(np.int64)

    def combined(self, other: FingerprintIndex, take: np.ndarray) -> FingerprintIndex:
        """The index of texts ``take`` (in that order) of this index's texts followed by ``other``'s
        (text ``j`` of ``other`` is ``len(self.forms_) + j``): what ``fit`` of those texts learns,
        without fingerprinting any text again. A library's index grows by a file's blocks (``other``)
        and shrinks by those left out of ``take``."""
        if (other.k, other.window) != (self.k, self.window) or self.max_postings or other.max_postings:
            raise ValueError("only indexes of the same k and window, without max_postings, combine")
        result = FingerprintIndex(self.k, self.window)
        result.forms_ = joined_forms(self.forms_, other.forms_).take(take)
        if identity(take, len(self.forms_) + len(other.forms_)):  # other's texts added at the end: merged in
            result.vocabulary_, result.offsets_, (result.texts_, result.positions_) = appended_postings(
                self.vocabulary_,
                self.offsets_,
                (self.texts_, self.positions_),
                np.repeat(other.vocabulary_, np.diff(other.offsets_)),
                (other.texts_ + len(self.forms_), other.positions_),
            )
            result.longest_ = max(self.longest_, other.longest_)
            return result
        new_of = np.full(len(self.forms_) + len(other.forms_), -1, dtype=np.int64)
        new_of[take] = np.arange(len(take))
        hashes, owners, positions = [], [], []
        for part, shift in ((self, 0), (other, len(self.forms_))):
            where = new_of[part.texts_ + shift].astype(np.int32)
            part_hashes, part_positions = np.repeat(part.vocabulary_, np.diff(part.offsets_)), part.positions_
            if where.min(initial=0) < 0:  # texts left out
                kept = where >= 0
                part_hashes, where, part_positions = part_hashes[kept], where[kept], part_positions[kept]
            hashes.append(part_hashes)
            owners.append(where)
            positions.append(part_positions)
        # Each part is sorted by hash: the stable sort merges the two. Within one hash the texts are
        # in ``fit``'s order when ``other``'s come last; in any order, ``seeds`` and ``runs`` are the same.
        result._set_postings(np.concatenate(hashes), np.concatenate(owners), np.concatenate(positions))
        return result

    @property
    def nbytes(self) -> int:
        return (
            self.forms_.nbytes
            + self.vocabulary_.nbytes
            + self.offsets_.nbytes
            + self.texts_.nbytes
            + self.positions_.nbytes
        )

    def seeds(self, query: NormalForms) -> Seeds:
        """Every (query k-gram, fingerprint) pair with equal hashes, in query k-gram order."""
        text_of, hashes = char_ngram_hashes(query.texts(), self.k)
        query_pos = np.arange(len(hashes)) - _kgram_starts(query, self.k)[text_of]
        if not len(self.vocabulary_):
            none = np.zeros(0, dtype=np.int64)
            return Seeds(text_of[none], query_pos[none], none, none)
        # Sorted needles: searchsorted then walks the large array in order (4x faster).
        order = np.argsort(hashes)
        where = np.empty(len(hashes), dtype=np.int64)
        where[order] = np.searchsorted(self.vocabulary_, hashes[order])
        where = np.minimum(where, len(self.vocabulary_) - 1)
        low = self.offsets_[where]
        count = np.where(self.vocabulary_[where] == hashes, self.offsets_[where + 1] - low, 0)
        entry, row = range_positions(low, low + count)
        return Seeds(
            text_of[row], query_pos[row], self.texts_[entry].astype(np.int64), self.positions_[entry].astype(np.int64)
        )

    def runs(self, query: NormalForms, seeds: Seeds | None = None) -> Runs:
        """The maximal exact runs around the seeds, one per (query text, indexed text, run)."""
        seeds = self.seeds(query) if seeds is None else seeds
        if not len(seeds):
            return _empty_runs()
        k = self.k
        # Seeds sorted by (query text, indexed text, diagonal), in query order within each (the
        # seeds come in query order and the sort is stable). A seed within k of the previous one
        # on its diagonal overlaps or abuts it, so both lie in one run: only the first is extended.
        longest = int(max(query.lengths().max(initial=0), self.longest_))
        width = 2 * longest + 1
        if (len(query) + 1) * len(self.forms_) * width < 2**62:
            key = (seeds.query * len(self.forms_) + seeds.text) * width + (seeds.query_pos - seeds.text_pos + longest)
            order = np.argsort(key, kind="stable")
        else:
            key = None
            order = np.lexsort((seeds.query_pos, seeds.query_pos - seeds.text_pos, seeds.text, seeds.query))
        q, t, qp, tp = seeds.query[order], seeds.text[order], seeds.query_pos[order], seeds.text_pos[order]
        if key is None:
            dg = qp - tp
            same_line = (q[1:] == q[:-1]) & (t[1:] == t[:-1]) & (dg[1:] == dg[:-1])
        else:
            key = key[order]
            same_line = key[1:] == key[:-1]
        skip = np.zeros(len(q), dtype=bool)
        skip[1:] = same_line & (qp[1:] <= qp[:-1] + k)
        keep = ~skip
        q, t, qp, tp = q[keep], t[keep], qp[keep], tp[keep]
        # A line's seeds are contiguous and its first is never skipped: a kept seed starts a line
        # exactly when the seed sorted just before it is on another line.
        line_start = np.r_[True, ~same_line][keep]

        q_base, t_base = query.starts[q], self.forms_.starts[t]
        q_len, t_len = query.starts[q + 1] - q_base, self.forms_.starts[t + 1] - t_base
        right = k + _common_length(
            query.codes,
            self.forms_.codes,
            q_base + qp + k,
            t_base + tp + k,
            np.minimum(q_len - qp - k, t_len - tp - k),
            forward=True,
        )
        left = _common_length(
            query.codes, self.forms_.codes, q_base + qp - 1, t_base + tp - 1, np.minimum(qp, tp), forward=False
        )
        query_start, query_end, text_start = qp - left, qp + right, tp - left
        # Two seeds of one run far apart on its diagonal extend to the same run: drop repeats.
        repeat = np.zeros(len(q), dtype=bool)
        repeat[1:] = ~line_start[1:] & (query_start[1:] == query_start[:-1])
        first = ~repeat
        return Runs(q[first], t[first], query_start[first], query_end[first], text_start[first])


STRIDE = 16  # most characters compared at a time while extending


def _common_length(
    a: np.ndarray, b: np.ndarray, a_pos: np.ndarray, b_pos: np.ndarray, room: np.ndarray, *, forward: bool
) -> np.ndarray:
    """For each i, how many characters ``a`` and ``b`` agree on from ``a_pos[i]`` and ``b_pos[i]``
    (going forward or backward), at most ``room[i]``.

    Most seeds stop after a character or two, a few run on for hundreds: compare 1, 1, 2, 4, 8,
    then STRIDE characters at a time.
    """
    length = np.zeros(len(a_pos), dtype=np.int64)
    active = np.flatnonzero(room > 0)
    width = 1
    steps = 0
    while len(active):
        done = length[active]
        step = np.minimum(room[active] - done, width)
        if width == 1:
            a_index = a_pos[active] + (done if forward else -done)
            b_index = b_pos[active] + (done if forward else -done)
            agreed = (a[a_index] == b[b_index]).astype(np.int64)
        else:
            offsets = np.arange(width)
            inside = offsets < step[:, None]
            shift = (done[:, None] + offsets) if forward else (-done[:, None] - offsets)
            a_index = np.where(inside, a_pos[active][:, None] + shift, 0)
            b_index = np.where(inside, b_pos[active][:, None] + shift, 0)
            equal = (a[a_index] == b[b_index]) & inside
            agreed = np.where(equal.all(axis=1), width, equal.argmin(axis=1))
        length[active] = done + np.minimum(agreed, step)
        active = active[(agreed == width) & (length[active] < room[active])]
        steps += 1
        width = 1 if steps < 2 else min(2 * width, STRIDE)
    return length
