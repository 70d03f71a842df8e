"""Representations of blocks for comparing them: normal forms and character shingles.

``comparison_text`` is the form near-duplicates are compared in: what differs between copies of
one template (punctuation, years and year placeholders, numbers, blanks) is gone from it. Its
clause-sorted variant lets two copies whose clauses were swapped still align.

Shingles are hashed with numpy over all texts at once: doing it a text at a time in Python (as
``TfidfVectorizer(analyzer="char")`` does) is most of the cost at 100 000 paragraphs. Classes
only where something is fitted (``RarestShingles`` learns how often each shingle occurs);
everything else is a function.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

# Private-use characters: NFKC leaves them alone and real text does not contain them, so the
# normal form is idempotent and a symbol never collides with a character of the text.
YEAR = "\ue000"  # 2021年, 20xx年, 20__年, XX年, 20**年, 某年, 二〇二一年
SLOT = "\ue001"  # any other number, and the blanks numbers and names go in: xx ×× ** ____ ————

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
# is a slot like any number (_月_日 and 3月12日 are copies of one template).
SLOT_PATTERN = re.compile(
    r"(?=[\dxX×*_—])(?:\d+(?:\.\d+)?(?!\d|月份|月[—\-~～至到、]|月$)|(?<![A-Za-z])(?:[xX]{2,}|×{2,}|\*{2,})(?![A-Za-z])|_+|—{4,})"
)
# Where one clause ends and the next begins (after NFKC: ，；：！？ have become ,;:!?).
CLAUSE_BREAK_PATTERN = re.compile(r"[,;:!?。、.\s]+")
# Everything else that is not a letter, a digit or one of the symbols: quotes, brackets, dashes,
# bullets, and the underscore (``\w`` keeps it).
NOISE_PATTERN = re.compile(r"[^\w\ue000-\ue003]+|_+")
FULLWIDTH_PATTERN = re.compile(r"[\uff01-\uff5e\u3000]")

# Private-use too: control characters such as \x1e count as whitespace (\s) in Python.
_TEXT_END = "\ue002"    # between texts while a batch is normalised as one string
_CLAUSE_END = "\ue003"  # between clauses


def _halfwidth(match: re.Match) -> str:
    char = match.group()
    return " " if char == "\u3000" else chr(ord(char) - 0xFEE0)


def _nfkc(joined: str) -> str:
    # Full-width ASCII is what keeps most Chinese text from being NFKC already; replacing it
    # first lets the cheap quick check skip NFKC for nearly every text (2x faster overall).
    joined = FULLWIDTH_PATTERN.sub(_halfwidth, joined)
    return _TEXT_END.join(part if unicodedata.is_normalized("NFKC", part) else unicodedata.normalize("NFKC", part)
                          for part in joined.split(_TEXT_END))


@dataclass(frozen=True)
class ComparisonForms:
    """Normal forms of a batch of texts, in the order given."""

    texts: list[str]          # comparison_text of each
    sorted_clauses: list[str]  # the same, clause by clause in sorted order (clause order ignored)


def comparison_forms(texts: Sequence[str]) -> ComparisonForms:
    """``comparison_text`` of every text, and the clause-sorted variant, in one pass over the batch."""
    texts = list(texts)
    if any(_TEXT_END in t or _CLAUSE_END in t for t in texts):
        texts = [t.replace(_TEXT_END, " ").replace(_CLAUSE_END, " ") for t in texts]
    joined = _nfkc(_TEXT_END.join(texts))
    joined = YEAR_PATTERN.sub(YEAR, joined)
    joined = SLOT_PATTERN.sub(SLOT, joined)
    joined = CLAUSE_BREAK_PATTERN.sub(_CLAUSE_END, joined)
    joined = NOISE_PATTERN.sub("", joined).lower()
    records = joined.split(_TEXT_END)
    return ComparisonForms(
        [record.replace(_CLAUSE_END, "") for record in records],
        [_CLAUSE_END.join(sorted(filter(None, record.split(_CLAUSE_END)))) for record in records],
    )


def comparison_text(text: str) -> str:
    """The normal form blocks are compared in.

    NFKC; years and year placeholders become ``YEAR``; other numbers, blanks and name
    placeholders become ``SLOT`` (第__次 and 第3次 are the same template); punctuation and
    whitespace are dropped; Latin is lowercased.
    """
    return comparison_forms([text]).texts[0]


# --- character shingles, hashed -----------------------------------------------------------

_MULTIPLIER = np.uint64(0x100000001B3)
_MIX_1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX_2 = np.uint64(0x94D049BB133111EB)


def char_ngram_hashes(texts: Sequence[str], n: int) -> tuple[np.ndarray, np.ndarray]:
    """Every character n-gram of every text as a 64-bit hash: (text index, hash) arrays.

    Text indices come out in ascending order. A text shorter than ``n`` has no n-grams. The
    same n-gram has the same hash in any text and any call.
    """
    if n < 1:
        raise ValueError(f"n must be at least 1, got {n}")
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    codes = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    count = len(codes) - n + 1
    if count <= 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.uint64)
    hashes = codes[:count].copy()
    for j in range(1, n):
        hashes *= _MULTIPLIER
        hashes += codes[j:j + count]
    # splitmix64 finaliser: the low bits and the order of hashes must look random.
    hashes ^= hashes >> np.uint64(31)
    hashes *= _MIX_1
    hashes ^= hashes >> np.uint64(29)
    hashes *= _MIX_2
    hashes ^= hashes >> np.uint64(32)
    # The last n - 1 positions of each text start an n-gram that runs into the next text. (For a
    # text shorter than n these reach back into the previous text's last positions, which are
    # invalid anyway.)
    ends = np.cumsum(lengths)
    valid = np.ones(count, dtype=bool)
    for j in range(1, n):
        crossing = ends - j
        valid[crossing[(crossing >= 0) & (crossing < count)]] = False
    text_of = np.repeat(np.arange(len(texts), dtype=np.int64), np.maximum(lengths - n + 1, 0))
    return text_of, hashes[valid]


def bigram_bags(texts: Sequence[str]) -> list[str]:
    """Each text's character bigrams as one sorted string, a character per bigram.

    The normalised Indel similarity of two bags is then the Dice coefficient of the texts'
    bigram multisets: blind to where a clause stands, which a copy may change. Bigrams are
    hashed to characters of the supplementary planes (U+10000-U+FFFFF); a text shorter than
    two characters has an empty bag.
    """
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
    shingle occurs in the library, ties broken by the shingle's hash, so copies of one text pick
    the same shingles (like a bottom-k MinHash within each frequency). A shingle that occurs
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
        (shingle hashes, ascending) and ``document_frequency_`` (occurrences of each)."""
        text_of, hashes = char_ngram_hashes(texts, self.k)
        n_texts = len(texts)
        counts = np.bincount(text_of, minlength=n_texts)
        indptr = np.zeros(n_texts + 1, dtype=np.int64)
        np.cumsum(counts, out=indptr[1:])
        if len(hashes) == 0:
            self.vocabulary_ = hashes
            self.document_frequency_ = np.zeros(0, dtype=np.int64)
            return sparse.csr_matrix((n_texts, 0), dtype=np.int32)

        # Vocabulary in hash order; frequency counts occurrences (a shingle twice in one text is
        # rare, and only makes it look a little commoner).
        order = np.argsort(hashes)
        sorted_hashes = hashes[order]
        new_run = np.empty(len(sorted_hashes), dtype=bool)
        new_run[0] = True
        np.not_equal(sorted_hashes[1:], sorted_hashes[:-1], out=new_run[1:])
        run_of_sorted = np.cumsum(new_run) - 1
        frequency = np.bincount(run_of_sorted)
        self.vocabulary_ = sorted_hashes[new_run]
        self.document_frequency_ = frequency

        # Rank shingles from rarest to commonest, ties in hash order; those found once go last.
        # (A stable sort of 16-bit keys is a radix sort: linear in the vocabulary.)
        key = np.minimum(np.where(frequency >= 2, frequency, np.iinfo(np.uint16).max), np.iinfo(np.uint16).max)
        by_rarity = np.argsort(key.astype(np.uint16), kind="stable")
        rank_of_run = np.empty(len(frequency), dtype=np.int64)
        rank_of_run[by_rarity] = np.arange(len(frequency))
        shared = int((frequency >= 2).sum())
        rank = np.empty(len(hashes), dtype=np.int64)
        rank[order] = rank_of_run[run_of_sorted]

        # Each text's entries sorted by rank: its first ``per_text`` shared ones are its sketch.
        ranked = sparse.csr_matrix((np.ones(len(rank), dtype=np.int32), rank, indptr),
                                   shape=(n_texts, len(frequency)))
        ranked.has_sorted_indices = False
        ranked.sort_indices()
        rows = np.repeat(np.arange(n_texts), counts)
        position = np.arange(len(rank)) - indptr[rows]
        keep = (position < self.per_text) & (ranked.indices < shared)
        kept_indptr = np.zeros(n_texts + 1, dtype=np.int64)
        np.cumsum(np.bincount(rows[keep], minlength=n_texts), out=kept_indptr[1:])
        sketch = sparse.csr_matrix((ranked.data[keep], ranked.indices[keep], kept_indptr),
                                   shape=(n_texts, shared))
        sketch.sum_duplicates()
        sketch.data[:] = 1
        return sketch
