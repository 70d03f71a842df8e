"""The sketch product of ``groups._sketch_pairs``, compiled (numba): row by row, writing only the
entries that are kept.

A sparse product (scipy's) writes every entry of a row before any can be dropped; in a large
library most share a shingle or two and fail the share test (at a million blocks 316 million
entries, 19 million passing). Here each row's sums stay in a byte per text, and only the entries
that pass the share test and the row's cut leave the row. Imported when a product is made, not
with ``groups`` (importing numba takes about 0.15 CPU-s). Compiling the kernel takes about 1.4
CPU-s, once per installation: ``cache=True`` keeps the machine code in ``__pycache__`` beside this
file (or in numba's user cache directory where that is read-only), and a fresh process loads it
in about 0.15 CPU-s. Plain loops only: ``np.sort``, slice assignment and helper functions each
added about a second to the compilation.
"""

from __future__ import annotations

import numba
import numpy as np


@numba.njit(cache=True, nogil=True)
def shared_pairs(sketch_indptr, sketch_indices, held_indptr, held_indices, need, text, count):  # pragma: no cover
    """The kept entries of ``sketch @ held.T`` (binary; ``held``: each shingle's holders, csr by
    shingle), as (row, column, shingles shared) arrays under ``text`` (each row's and column's text)
    and how many of their first values are written.

    Row r and column c are kept when they share at least ``min(need[r], need[c])`` shingles, c is
    not r, and then: with ``count`` >= 0, only each row's ``count`` sharing most (of equal ones,
    the lowest ``text``); with ``count`` < 0, all with ``text[c] > text[r]``. Rows and columns are
    numbered alike (a square product), in any order; ``text`` gives the numbers written out."""
    n = len(sketch_indptr) - 1
    sums = np.zeros(n, dtype=np.uint8)  # a row's shingles shared with each column: at most 255
    found = np.empty(n, dtype=np.int32)  # a row's kept columns (texts) and shingles shared
    shared = np.empty(n, dtype=np.uint8)
    tied = np.empty(n, dtype=np.int32)
    of_value = np.zeros(257, dtype=np.int64)
    size = max(n, 1024)
    rows = np.empty(size, dtype=np.int32)
    columns = np.empty(size, dtype=np.int32)
    values = np.empty(size, dtype=np.uint8)
    written = 0
    for r in range(n):
        # Two passes over the row's holder lists: the first only adds (no branch, no list of
        # columns touched), the second takes each column at its first holding and clears it.
        for p in range(sketch_indptr[r], sketch_indptr[r + 1]):
            s = sketch_indices[p]
            for q in range(held_indptr[s], held_indptr[s + 1]):
                sums[held_indices[q]] += 1
        me, least = text[r], need[r]
        kept = 0
        for p in range(sketch_indptr[r], sketch_indptr[r + 1]):
            s = sketch_indices[p]
            for q in range(held_indptr[s], held_indptr[s + 1]):
                c = held_indices[q]
                v = sums[c]
                sums[c] = 0
                if v == 0 or c == r or (v < least and v < need[c]) or (count < 0 and text[c] <= me):
                    continue
                found[kept] = text[c]
                shared[kept] = v
                kept += 1
        if count >= 0 and kept > count:
            # The least value the row keeps, and how many of its ties (lowest text first).
            of_value[:] = 0
            for i in range(kept):
                of_value[shared[i]] += 1
            above, cut = 0, 256
            while above + of_value[cut] < count:
                above += of_value[cut]
                cut -= 1
            # The lowest (count - above) texts of the ties: the ties in place, sorted (Shell's gaps).
            ties = 0
            for i in range(kept):
                if shared[i] == cut:
                    tied[ties] = found[i]
                    ties += 1
            gap = 1
            while gap < ties // 3:
                gap = 3 * gap + 1
            while gap > 0:
                for i in range(gap, ties):
                    t, j = tied[i], i
                    while j >= gap and tied[j - gap] > t:
                        tied[j] = tied[j - gap]
                        j -= gap
                    tied[j] = t
                gap //= 3
            last = tied[count - above - 1]
            j = 0
            for i in range(kept):
                if shared[i] > cut or (shared[i] == cut and found[i] <= last):
                    found[j] = found[i]
                    shared[j] = shared[i]
                    j += 1
            kept = j
        if written + kept > size:
            size = max(2 * size, written + kept)
            grown_rows = np.empty(size, dtype=np.int32)
            grown_columns = np.empty(size, dtype=np.int32)
            grown_values = np.empty(size, dtype=np.uint8)
            for i in range(written):
                grown_rows[i], grown_columns[i], grown_values[i] = rows[i], columns[i], values[i]
            rows, columns, values = grown_rows, grown_columns, grown_values
        for i in range(kept):
            rows[written] = me
            columns[written] = found[i]
            values[written] = shared[i]
            written += 1
    return rows, columns, values, written
