"""Character n-grams hashed with numpy over many texts at once, and the array helpers the near-
duplicate map and the copy check both build on."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

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
    codes = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32)
    count = len(codes) - n + 1
    if count <= 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.uint64)
    hashes = codes[:count].astype(np.uint64)
    for j in range(1, n):
        hashes *= _MULTIPLIER
        hashes += codes[j : j + count]
    del codes
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


def distinct_sorted(values: np.ndarray) -> np.ndarray:
    """The distinct values, ascending: ``np.unique`` by sorting (numpy 2's hash-based ``np.unique``
    of integers is many times slower than a sort)."""
    values = np.sort(values)
    if len(values) < 2:
        return values
    keep = np.empty(len(values), dtype=bool)
    keep[0] = True
    np.not_equal(values[1:], values[:-1], out=keep[1:])
    return values[keep]


def read_only(array: np.ndarray) -> np.ndarray:
    """``array`` marked read-only: its owner never changes it in place, so once saved beside the store
    it is not written again (``nlp.library.saved``)."""
    array.flags.writeable = False
    return array


def rounded(values: np.ndarray, digits: int) -> np.ndarray:
    """``round(value, digits)`` of each value, as Python rounds it (to the nearest decimal, halves
    as the binary value falls): numpy's scaled rounding, and Python's own for values whose scaled
    fraction lies within 1e-6 of a half, where the two could differ."""
    values = np.asarray(values, dtype=np.float64)
    scaled = values * 10.0**digits
    result = np.round(values, digits)
    near_half = np.abs(scaled - np.floor(scaled) - 0.5) < 1e-6
    result[near_half] = [round(value, digits) for value in values[near_half].tolist()]
    return result


def range_positions(starts: np.ndarray, stops: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every position of the ranges [starts[i], stops[i]) and the i each came from."""
    lengths = stops - starts
    owner = np.repeat(np.arange(len(starts)), lengths)
    offsets = np.arange(len(owner)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    return np.repeat(starts, lengths) + offsets, owner
