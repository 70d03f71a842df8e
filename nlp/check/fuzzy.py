"""Rewritten copies (改写): a draft block that follows a library block closely although every run
of 13 characters was broken (a character or a word changed every few characters, synonyms
swapped, clauses reordered), so the exact runs of ``nlp.check.fingerprint`` miss it.

1. Candidates (``GramIndex``): the library's distinct character 3-grams of the normal form, in
   numpy arrays sorted by hash (a posting list per 3-gram). A draft block looks up its own
   3-grams; a pair counts the 3-grams the two blocks share. 3-grams survive an edit every six
   characters (half of them) where 8-grams do not. A 3-gram in more than ``STOP_DF`` library
   blocks (工作的, 职工的) is common, not looked up: it says nothing about which block was copied,
   and its posting list would cost more than all the others (kept up to ``kept_df()`` blocks). A pair is a candidate when it shares at
   least ``MIN_SHARED`` 3-grams; the engine ranks a block's candidates by 3-grams shared. The
   count is exact but does not read every posting (``pairs``: prefix filtering): a block's
   ``FREQUENT`` most frequent 3-grams hold most of its postings, and a pair that shares
   ``MIN_SHARED`` 3-grams shares ``MIN_SHARED - FREQUENT`` of the others; only those pairs look
   the frequent ones up, by binary search in their lists.
2. Alignment (``align``): rapidfuzz's ``Indel.opcodes`` of the two normal forms; the best local
   stretch of it (the maximum-sum segment where equal pieces of at least ``MIN_PIECE`` characters
   score their length, other characters cost theirs, equal single characters nothing), kept when
   it is ``THRESHOLD`` similar (normalised Indel similarity) with ``MIN_PASSAGE`` matching
   characters; then the best stretch of what remains (a clause moved elsewhere), and so on. The
   pair counts when its passages hold ``MIN_MATCHED`` matching characters, and, the discount for
   phrases every plan uses, ``MIN_RARE`` of them in 3-grams that are not common (``common``:
   those the library holds too often to be looked up). Passages in another order than the source's
   count only when they cover ``REORDERED_COVER`` of the shorter text: a text with its clauses
   moved keeps most of its words, while new text shares stock phrases (深入学习贯彻, 科学发展观)
   in whatever order it needs them.
3. Spans: the equal pieces of the stretch, in the draft and in the source, so a reader sees
   the aligned passages side by side.

A pair's decision depends on the pair's texts only (and, at large libraries, on which 3-grams
are common), so a library split into parts finds what the whole library finds while no 3-gram
is common in it (``STOP_DF`` blocks).

The index grows and shrinks (``GramIndex.combined``): postings of blocks added are merged in
(each list stays sorted by block), those of blocks left out dropped, and the counts of common
3-grams whose postings are not kept followed (``common_counts``); one of those in ``kept_df()``
blocks or fewer has no postings to restore, and then the index is built again. The postings of
the 3-grams common by fewer blocks than that are kept, so one that is common no more after a
removal needs none (``nlp.check.engine``'s index kept in parts follows which are common).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from rapidfuzz.distance import Indel

from nlp.check.fingerprint import CHUNK_TEXTS, NormalForms, appended_postings, joined_forms
from nlp.ngrams import char_ngram_hashes, range_positions

GRAM = 3
STOP_DF = 2000  # a 3-gram in more library blocks is common: not looked up
# … and its postings are kept up to this many times STOP_DF blocks, so that one common no more
# after a removal is looked up again without building the index again
KEPT_DF_SHARE = 1.25
MIN_SHARED = 12  # 3-grams a candidate pair shares at least
FREQUENT = 6  # a draft block's most frequent 3-grams, looked up by search (< MIN_SHARED)
MIN_PIECE = 2  # shorter equal pieces of an alignment are chance
MIN_MATCHED = 20  # matching characters in a rewritten passage
MIN_RARE = 12  # … of them in 3-grams that are not common
THRESHOLD = 0.6  # Indel similarity of an aligned passage
MAX_PASSAGES = 8  # passages of one pair (clauses moved about)
MIN_PASSAGE = 5  # matching characters of a passage
REORDERED_COVER = 0.35  # passages in another order than the source's cover this share of the shorter text
BLANK_DRAFT, BLANK_SOURCE = "\ue000", "\ue001"  # what a found passage becomes (matches nothing)


def kept_df() -> int:
    """The most blocks a 3-gram whose postings are kept is in (``KEPT_DF_SHARE``)."""
    return int(STOP_DF * KEPT_DF_SHARE)


def _distinct_pairs(text_of: np.ndarray, hashes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(text, hash) pairs with repeats inside one text dropped, ordered by text then hash."""
    order = np.lexsort((hashes, text_of))
    text_of, hashes = text_of[order], hashes[order]
    keep = np.ones(len(hashes), dtype=bool)
    keep[1:] = (hashes[1:] != hashes[:-1]) | (text_of[1:] != text_of[:-1])
    return text_of[keep], hashes[keep]


def text_grams(forms: NormalForms) -> tuple[np.ndarray, np.ndarray]:
    """The distinct (3-gram hash, text) pairs of ``forms``, sorted by hash (texts ascending within one).

    One stable sort of every occurrence by hash, the texts coming in order, puts a text's repeats of
    a 3-gram side by side: they are dropped after it. (Dropping them first, text by text, took a
    two-key sort of the same occurrences, 99% of them distinct: 5.8 → 2.5 CPU-s at 100 000 blocks.)"""
    hashes, owners = [], []
    for begin in range(0, len(forms), CHUNK_TEXTS):
        texts = [forms.text(i) for i in range(begin, min(begin + CHUNK_TEXTS, len(forms)))]
        text_of, chunk = char_ngram_hashes(texts, GRAM)
        hashes.append(chunk)
        owners.append((text_of + begin).astype(np.int32))
    hashes = np.concatenate(hashes) if hashes else np.zeros(0, dtype=np.uint64)
    owners = np.concatenate(owners) if owners else np.zeros(0, dtype=np.int32)
    order = np.argsort(hashes, kind="stable")
    hashes, owners = hashes[order], owners[order]
    keep = np.ones(len(hashes), dtype=bool)
    keep[1:] = (hashes[1:] != hashes[:-1]) | (owners[1:] != owners[:-1])
    return hashes[keep], owners[keep]


def _groups(hashes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where each run of equal values of sorted ``hashes`` starts, and its length."""
    new = np.ones(len(hashes), dtype=bool)
    new[1:] = hashes[1:] != hashes[:-1]
    starts = np.flatnonzero(new)
    return starts, np.diff(np.append(starts, len(hashes)))


def in_sorted(values: np.ndarray, sorted_values: np.ndarray) -> np.ndarray:
    """Which of ``values`` are in ``sorted_values``."""
    if not len(sorted_values):
        return np.zeros(len(values), dtype=bool)
    at = np.minimum(np.searchsorted(sorted_values, values), len(sorted_values) - 1)
    return sorted_values[at] == values


@dataclass(frozen=True)
class GramIndex:
    """Which library blocks hold each 3-gram (``vocabulary`` ascending, its blocks at
    ``texts[offsets[h]:offsets[h + 1]]``) when at most ``kept_df()`` blocks do; ``common`` are the
    hashes of 3-grams in more than ``STOP_DF`` blocks (ascending), in ``common_counts`` blocks each:
    never looked up, and their postings not kept beyond ``kept_df()``."""

    vocabulary: np.ndarray
    offsets: np.ndarray
    texts: np.ndarray
    common: np.ndarray
    common_counts: np.ndarray
    size: int  # blocks indexed

    @classmethod
    def of(cls, forms: NormalForms) -> GramIndex:
        """The 3-grams of every text of ``forms`` (a ``FingerprintIndex``'s ``forms_``)."""
        return cls._of_postings(*text_grams(forms), len(forms))

    @classmethod
    def _of_postings(
        cls, hashes: np.ndarray, owners: np.ndarray, size: int, unstored=None, unstored_counts=None
    ) -> GramIndex:
        """From (hash, text) pairs sorted by hash, and common 3-grams whose postings are not among them."""
        starts, counts = _groups(hashes)
        stored = counts <= kept_df()
        crowded = counts > STOP_DF
        common_hashes = hashes[starts[crowded]]
        common_counts = counts[crowded].astype(np.int64)
        if unstored is not None and len(unstored):
            common_hashes = np.concatenate([unstored, common_hashes])
            common_counts = np.concatenate([unstored_counts, common_counts])
            order = np.argsort(common_hashes)
            common_hashes, common_counts = common_hashes[order], common_counts[order]
        return cls(
            hashes[starts[stored]],
            np.r_[0, np.cumsum(counts[stored])].astype(np.int64),
            owners[np.repeat(stored, counts)],
            common_hashes,
            common_counts,
            size,
        )

    def unstored(self) -> tuple[np.ndarray, np.ndarray]:
        """The common 3-grams whose postings are not kept (ascending), with their counts."""
        kept = ~in_sorted(self.common, self.vocabulary)
        return self.common[kept], self.common_counts[kept]

    def combined(self, forms: NormalForms, added: NormalForms, take: np.ndarray) -> GramIndex:
        """The index of texts ``take`` (in that order) of ``forms`` (this index's texts) followed by
        ``added`` (text ``j`` is ``len(forms) + j``): equal to ``of`` those texts, with only the
        texts added and those left out read. A 3-gram whose postings were not kept and that is now
        in ``kept_df()`` blocks or fewer (blocks holding it were left out): the whole index is built again."""
        new_of = np.full(len(forms) + len(added), -1, dtype=np.int64)
        new_of[take] = np.arange(len(take))
        gone = np.flatnonzero(new_of[: len(forms)] < 0)
        unstored, counts = self.unstored()
        counts = counts.copy()
        if len(gone) and len(unstored):
            gone_hashes, _ = text_grams(forms.take(gone))
            hit = in_sorted(gone_hashes, unstored)
            np.subtract.at(counts, np.searchsorted(unstored, gone_hashes[hit]), 1)
        added_hashes, added_owners = text_grams(added)
        if len(take) < len(new_of) - len(gone):  # texts of ``added`` left out too
            taken = new_of[len(forms) + added_owners] >= 0
            added_hashes, added_owners = added_hashes[taken], added_owners[taken]
        known = in_sorted(added_hashes, unstored)
        np.add.at(counts, np.searchsorted(unstored, added_hashes[known]), 1)
        if np.any(counts <= kept_df()):
            return GramIndex.of(joined_forms(forms, added).take(take))
        kept = new_of[len(forms) + added_owners[~known]]
        where = new_of[self.texts].astype(np.int32)
        hashes = np.repeat(self.vocabulary, np.diff(self.offsets))
        if len(gone):
            stays = where >= 0
            hashes, where = hashes[stays], where[stays]
        hashes = np.concatenate([hashes, added_hashes[~known]])
        owners = np.concatenate([where, kept.astype(np.int32)])
        # Each list sorted by block (``pairs`` searches them): the two parts merged when the blocks
        # kept stay in order and those added come last, else sorted.
        in_order = bool(np.all(take[1:] > take[:-1]))
        order = np.argsort(hashes, kind="stable") if in_order else np.lexsort((owners, hashes))
        return GramIndex._of_postings(hashes[order], owners[order], len(take), unstored, counts)

    @classmethod
    def empty(cls) -> GramIndex:
        hashes = np.zeros(0, dtype=np.uint64)
        return cls(hashes, np.zeros(1, dtype=np.int64), np.zeros(0, dtype=np.int32), hashes, np.zeros(0, np.int64), 0)

    def appended(self, forms: NormalForms, unstored: np.ndarray) -> GramIndex:
        """This index of an appended part (every 3-gram kept, however many texts hold it) with the texts
        of ``forms`` after its own, their 3-grams in ``unstored`` (the library's ``unstored``) left out."""
        hashes, owners = text_grams(forms)
        kept = ~in_sorted(hashes, unstored)
        vocabulary, offsets, (texts,) = appended_postings(
            self.vocabulary, self.offsets, (self.texts,), hashes[kept], ((owners[kept] + self.size).astype(np.int32),)
        )
        return GramIndex(vocabulary, offsets, texts, self.common, self.common_counts, self.size + len(forms))

    def holders(self, hashes: np.ndarray, live: np.ndarray | None = None) -> np.ndarray:
        """How many texts hold each of ``hashes`` (sorted, distinct); ``live``: of those that are."""
        if not len(self.vocabulary):
            return np.zeros(len(hashes), dtype=np.int64)
        at = np.minimum(np.searchsorted(self.vocabulary, hashes), len(self.vocabulary) - 1)
        found = self.vocabulary[at] == hashes
        low, high = self.offsets[at], np.where(found, self.offsets[at + 1], self.offsets[at])
        if live is None:
            return high - low
        entry, row = range_positions(low, high)
        return np.bincount(row, weights=live[self.texts[entry]], minlength=len(hashes)).astype(np.int64)

    @property
    def nbytes(self) -> int:
        return (
            self.vocabulary.nbytes
            + self.offsets.nbytes
            + self.texts.nbytes
            + self.common.nbytes
            + self.common_counts.nbytes
        )

    def pairs(
        self, query: NormalForms, blocks: np.ndarray, common: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Candidate (query block, library block) pairs among query ``blocks``, with the number
        of 3-grams they share, ascending by query block; the 3-grams ``common`` (by default this
        index's) are not looked up.

        Prefix filtering: a pair sharing ``MIN_SHARED`` 3-grams shares at least ``MIN_SHARED -
        FREQUENT`` of the block's 3-grams other than its ``FREQUENT`` most frequent ones, whose
        posting lists hold most of the block's postings. So only the others are counted (each
        block's library blocks sorted), and the pairs that reach that count look their block up
        in the frequent 3-grams' lists (sorted by block) by binary search: the same pairs and
        counts as counting every posting."""
        none = np.zeros(0, dtype=np.int64)
        if not len(blocks) or not len(self.vocabulary):
            return none, none, none
        text_of, hashes = _distinct_pairs(*char_ngram_hashes([query.text(int(b)) for b in blocks], GRAM))
        where = np.minimum(np.searchsorted(self.vocabulary, hashes), len(self.vocabulary) - 1)
        found = (self.vocabulary[where] == hashes) & ~in_sorted(hashes, self.common if common is None else common)
        where, text_of = where[found], text_of[found]
        low, high = self.offsets[where], self.offsets[where + 1]
        # Each block's 3-grams by posting length, longest first: the first FREQUENT are looked up by search.
        order = np.lexsort((-(high - low), text_of))
        where, text_of, low, high = where[order], text_of[order], low[order], high[order]
        rank = np.arange(len(order)) - np.searchsorted(text_of, text_of)
        frequent = rank < FREQUENT
        counted = ~frequent
        entry, row = range_positions(low[counted], high[counted])
        texts = self.texts[entry]
        bounds = np.searchsorted(text_of[counted][row], np.arange(len(blocks) + 1))
        firsts = np.searchsorted(text_of, np.arange(len(blocks) + 1))
        low_list, high_list = low.tolist(), high.tolist()
        pair_query, pair_text, pair_shared = [], [], []
        for n, (begin, end) in enumerate(zip(bounds[:-1].tolist(), bounds[1:].tolist())):
            lists = [i for i in range(firsts[n], firsts[n + 1]) if frequent[i]]
            if end - begin + len(lists) < MIN_SHARED:
                continue
            ids = np.sort(texts[begin:end], kind="stable")
            starts = np.flatnonzero(np.r_[True, ids[1:] != ids[:-1]]) if len(ids) else none
            shared = np.diff(np.r_[starts, len(ids)])
            chosen = shared >= MIN_SHARED - len(lists)
            if not chosen.any():
                continue
            ids, shared = ids[starts[chosen]], shared[chosen]
            for i in lists:
                posting = self.texts[low_list[i] : high_list[i]]
                at = np.minimum(np.searchsorted(posting, ids), len(posting) - 1)
                shared = shared + (posting[at] == ids)
            chosen = shared >= MIN_SHARED
            pair_text.append(ids[chosen].astype(np.int64))
            pair_shared.append(shared[chosen].astype(np.int64))
            pair_query.append(np.full(int(chosen.sum()), blocks[n], dtype=np.int64))
        if not pair_query:
            return none, none, none
        return np.concatenate(pair_query), np.concatenate(pair_text), np.concatenate(pair_shared)


@dataclass(frozen=True)
class Rewrite:
    """A rewritten passage: the draft's ``[a0, a1)`` aligned with the source's ``[b0, b1)`` (normal
    forms), its equal pieces (draft start, draft end, source start) and its similarity."""

    window: tuple[int, int, int, int]
    pieces: list[tuple[int, int, int]]
    similarity: float

    @property
    def matched(self) -> int:
        return sum(x1 - x0 for x0, x1, _ in self.pieces)


def _best_stretch(ops: list[tuple]) -> tuple[int, int] | None:
    """The opcodes [first, last] of the maximum-sum stretch (Kadane's), or None."""
    best = score = 0
    start = 0
    found = None
    for n, (tag, a0, a1, b0, b1) in enumerate(ops):
        if tag == "equal":
            gain = (a1 - a0) if a1 - a0 >= MIN_PIECE else 0
        else:
            gain = -max(a1 - a0, b1 - b0)
        if score <= 0:
            score, start = 0, n
        score += gain
        if score > best:
            best, found = score, (start, n)
    return found


def _rare_characters(d: str, pieces: list[tuple[int, int, int]], common: np.ndarray) -> int:
    """Matching characters that lie in some 3-gram of their piece that is not common (``common``: sorted)."""
    if not len(common):
        return sum(x1 - x0 for x0, x1, _ in pieces)
    texts = [d[x0:x1] for x0, x1, _ in pieces]
    text_of, hashes = char_ngram_hashes(texts, GRAM)
    at = np.minimum(np.searchsorted(common, hashes), len(common) - 1)
    plain = common[at] != hashes
    rare = 0
    first = np.searchsorted(text_of, np.arange(len(texts)))
    for n, text in enumerate(texts):
        grams = plain[first[n] : first[n] + max(len(text) - GRAM + 1, 0)]
        covered = np.zeros(len(text), dtype=bool)
        for offset in range(GRAM):
            covered[offset : offset + len(grams)] |= grams
        rare += int(covered.sum())
    return rare


def _stretch(d: str, s: str) -> Rewrite | None:
    """The best local stretch of the alignment of ``d`` and ``s`` (see the module docstring)."""
    ops = Indel.opcodes(d, s).as_list()
    found = _best_stretch(ops)
    if found is None:
        return None
    first, last = found
    a0, b0 = ops[first][1], ops[first][3]
    a1, b1 = ops[last][2], ops[last][4]
    pieces = [(x0, x1, y0) for tag, x0, x1, y0, _ in ops[first : last + 1] if tag == "equal" and x1 - x0 >= MIN_PIECE]
    return Rewrite((a0, a1, b0, b1), pieces, Indel.normalized_similarity(d[a0:a1], s[b0:b1]))


def uncommon_grams(d: str, common: np.ndarray) -> list[tuple[int, str]]:
    """The 3-grams of ``d`` that are not common (``common``: sorted hashes), with where they start."""
    if len(d) < GRAM:
        return []
    _, hashes = char_ngram_hashes([d], GRAM)
    if len(common):
        plain = (common[np.minimum(np.searchsorted(common, hashes), len(common) - 1)] != hashes).tolist()
    else:
        plain = [True] * len(hashes)
    return [(j, d[j : j + GRAM]) for j, kept in enumerate(plain) if kept]


def _rare_reachable(grams: list[tuple[int, str]], s: str) -> bool:
    """Whether ``MIN_RARE`` characters of the draft lie in its uncommon 3-grams (``grams``, ascending
    by start) that ``s`` holds too: an upper bound on what ``_rare_characters`` can count, whatever
    the alignment (a rare character lies in such a 3-gram of an equal piece, and pieces do not overlap)."""
    covered, end = 0, 0
    for start, gram in grams:
        if gram in s:
            covered += start + GRAM - max(end, start)
            if covered >= MIN_RARE:
                return True
            end = start + GRAM
    return False


def align(d: str, s: str, common: np.ndarray, grams: list[tuple[int, str]] | None = None) -> list[Rewrite]:
    """The rewritten passages draft form ``d`` takes from source form ``s`` (none when too little).

    The best stretch first; then, with the passages found blanked out, the best of what remains
    (a clause moved elsewhere), up to ``MAX_PASSAGES``, each at least ``MIN_PASSAGE`` matching
    characters and ``THRESHOLD`` similar. Nothing is aligned when ``s`` holds too few of ``d``'s
    uncommon 3-grams for ``MIN_RARE`` (``grams``: ``uncommon_grams(d, common)``, given when known).
    """
    if not _rare_reachable(uncommon_grams(d, common) if grams is None else grams, s):
        return []
    passages: list[Rewrite] = []
    draft, source = list(d), list(s)
    for _ in range(MAX_PASSAGES):
        found = _stretch("".join(draft), "".join(source))
        if found is None or found.similarity < THRESHOLD or found.matched < MIN_PASSAGE:
            break
        passages.append(found)
        a0, a1, b0, b1 = found.window
        draft[a0:a1] = BLANK_DRAFT * (a1 - a0)
        source[b0:b1] = BLANK_SOURCE * (b1 - b0)
    pieces = [piece for p in passages for piece in p.pieces]
    matched = sum(x1 - x0 for x0, x1, _ in pieces)
    if matched < MIN_MATCHED or _rare_characters(d, pieces, common) < MIN_RARE:
        return []
    in_order = sorted(passages, key=lambda p: p.window[0]) == sorted(passages, key=lambda p: p.window[2])
    if not in_order and matched < REORDERED_COVER * min(len(d), len(s)):
        return []  # stock phrases in another order (以……为指导), not a text with its clauses moved
    return passages
