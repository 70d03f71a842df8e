"""The library's groups held as columns.

A list of ``Group`` objects holds every member as an object with strings of its own: at 100 000
blocks 47 000 groups and 100 000 members, about 100 MB of small objects, and once the list is pickled
(saved beside the store) a UTF-8 copy of each string, cached by CPython for the string's life.
``GroupList`` holds the same values as numpy columns: per group its id, type, canonical text, where
its members start and how many documents they are in; per member its block and document ids, its
similarity and the codes of its title, file name, type, marker and text, the texts distinct in one
UTF-8 buffer. Saved ``mapped`` (``nlp.library.saved``), it is read back as those columns mapped from
the file, with no object per member; a list made in the process can read its own back (``hold``).

It is a ``Sequence[Group]``: each item is a ``ListedGroup``, a ``Group`` that reads its fields from
the columns and makes its members whenever they are asked for, so whatever reads groups reads it
unchanged; passes over the whole list (counts, the order of a page, a block's group, a keyword in
any member, the topics' keys of the canonical texts) read the columns (``counts``, ``take``,
``group_of_block``, ``any_text``, ``canonical_keys``).
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field

import numpy as np

from nlp.models import Group, GroupMember, StoredBlock
from nlp.ngrams import distinct_sorted, range_positions, read_only

# The member fields held as codes into ``GroupList.labels`` (few distinct values: a plan's fifty
# blocks share a title and a file name), in the columns of ``GroupList.member_labels``.
TITLE, FILE_NAME, TYPE, MARKER = range(4)


def text_key(utf8: bytes | memoryview) -> int:
    """A 64-bit hash of a text's UTF-8 bytes (collisions: about one in 10^10 at a million texts)."""
    return int.from_bytes(hashlib.blake2b(utf8, digest_size=8).digest(), "little")


def text_keys(texts: Sequence[str]) -> np.ndarray:
    """``text_key`` of each text."""
    return np.fromiter((text_key(text.encode("utf-8")) for text in texts), dtype=np.uint64, count=len(texts))


APPENDED_SHARE = 1 / 8  # texts appended to a table are copied into its buffer once they are this much of it


@dataclass(frozen=True)
class TextTable:
    """Distinct texts as one UTF-8 buffer: text ``k`` is ``data[starts[k]:starts[k + 1]]``, then the
    texts appended since the buffer was last copied whole, in a table of their own (``more``)."""

    data: np.ndarray  # uint8
    starts: np.ndarray  # int64, one more than the texts in ``data``
    # ``text_key`` of each text in ``data``, made when first asked for and kept (saved with the table,
    # and shared by the tables ``joined`` makes of it: a list made after an import hashes its new texts).
    hashes: np.ndarray | None = field(default=None, compare=False, repr=False)
    # Texts ``joined`` since: copying a buffer of 100 000 texts for an import's few was most of the
    # import's work. Copied into it once they reach ``APPENDED_SHARE`` of it.
    more: TextTable | None = field(default=None, compare=False, repr=False)

    def __post_init__(self):
        for column in (self.data, self.starts, self.hashes):  # never changed: saved once
            if column is not None:
                read_only(column)

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self.__post_init__()  # read-only also when saved before it was

    @classmethod
    def of(cls, texts: Sequence[str], *, hashed: bool = False) -> TextTable:
        """The table of ``texts``; ``hashed``: with their ``key_column`` made now."""
        encoded = [text.encode("utf-8") for text in texts]
        starts = np.zeros(len(encoded) + 1, dtype=np.int64)
        np.cumsum(np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded)), out=starts[1:])
        hashes = np.fromiter(map(text_key, encoded), dtype=np.uint64, count=len(encoded)) if hashed else None
        return cls(np.frombuffer(b"".join(encoded), dtype=np.uint8).copy(), starts, hashes)

    def __len__(self) -> int:
        return len(self.starts) - 1 + (len(self.more) if self.more is not None else 0)

    def __getitem__(self, code: int) -> str:
        own = len(self.starts) - 1
        if code >= own:
            return self.more[code - own]
        return self.data.data[self.starts.item(code) : self.starts.item(code + 1)].tobytes().decode("utf-8")

    @property
    def key_column(self) -> np.ndarray:
        """``text_key`` of every text, from its UTF-8 bytes (none decoded); those of ``data`` made once."""
        if self.hashes is None:
            data, starts = self.data.data, self.starts.tolist()
            hashes = np.fromiter(
                (text_key(data[start:stop]) for start, stop in zip(starts[:-1], starts[1:])),
                dtype=np.uint64,
                count=len(starts) - 1,
            )
            object.__setattr__(self, "hashes", read_only(hashes))  # the same values whoever makes them
        return self.hashes if self.more is None else np.concatenate([self.hashes, self.more.key_column])

    def keys(self, codes: np.ndarray) -> np.ndarray:
        """``text_key`` of each text ``codes``."""
        return self.key_column[codes]

    def kept(self, codes: np.ndarray) -> TextTable:
        """The texts ``codes`` (ascending) as a table of their own (this one when that is all of them)."""
        if len(codes) == len(self):
            return self
        whole = self._whole()
        lengths = np.diff(whole.starts)
        starts = np.zeros(len(codes) + 1, dtype=np.int64)
        np.cumsum(lengths[codes], out=starts[1:])
        # Copied a run of consecutive texts at a time: those removed are few.
        breaks = np.flatnonzero(np.diff(codes) != 1) + 1
        first, last = codes[np.r_[0, breaks]], codes[np.r_[breaks - 1, len(codes) - 1]]
        runs = zip(whole.starts[first].tolist(), whole.starts[last + 1].tolist()) if len(codes) else ()
        data = np.concatenate([whole.data[:0], *(whole.data[start:stop] for start, stop in runs)])
        return TextTable(data, starts, None if whole.hashes is None else whole.hashes[codes])

    def joined(self, other: TextTable) -> TextTable:
        """This table's texts, then ``other``'s (codes of ``other`` move up by ``len(self)``): this
        one's buffer shared, ``other``'s texts appended after it (``more``)."""
        more = other._whole() if self.more is None else _concatenated([self.more, other._whole()])
        own = TextTable(self.data, self.starts, self.hashes)
        if len(more.data) < APPENDED_SHARE * len(self.data):
            return TextTable(self.data, self.starts, self.hashes, more)
        return _concatenated([own, more])

    def _whole(self) -> TextTable:
        """The same texts in one buffer."""
        return self if self.more is None else _concatenated([TextTable(self.data, self.starts, self.hashes), self.more])


def _concatenated(tables: Sequence[TextTable]) -> TextTable:
    """Tables of one buffer each as one table; hashed when each is (or is empty)."""
    offsets = np.cumsum([0] + [len(t.data) for t in tables])
    starts = np.concatenate([t.starts[:-1] + offset for t, offset in zip(tables, offsets)] + [offsets[-1:]])
    hashed = all(t.hashes is not None or len(t) == 0 for t in tables)
    hashes = [t.hashes if t.hashes is not None else np.zeros(0, dtype=np.uint64) for t in tables]
    return TextTable(
        np.concatenate([t.data for t in tables]), starts.astype(np.int64), np.concatenate(hashes) if hashed else None
    )


@dataclass(frozen=True)
class GroupColumns:
    """The columns of a ``GroupList`` (module docstring)."""

    group_ids: np.ndarray  # int64, per group
    group_types: np.ndarray  # int32 code into ``labels``
    canonical_texts: np.ndarray  # int32 code into ``texts``
    member_starts: np.ndarray  # int64, one more than the groups: group r's members are rows [r], [r + 1])
    document_counts: np.ndarray  # int32, per group
    block_ids: np.ndarray  # int64, per member
    document_ids: np.ndarray  # int64
    similarities: np.ndarray  # float64
    member_labels: np.ndarray  # int32, members × (TITLE, FILE_NAME, TYPE, MARKER) codes into ``labels``
    member_texts: np.ndarray  # int32 code into ``texts``
    labels: tuple[str | None, ...]
    texts: TextTable

    def members_of(self, row: int) -> tuple[GroupMember, ...]:
        labels, texts = self.labels, self.texts
        start, stop = int(self.member_starts[row]), int(self.member_starts[row + 1])
        return tuple(
            GroupMember(
                block_id,
                document_id,
                labels[title],
                labels[file_name],
                labels[type_],
                labels[marker],
                texts[text],
                score,
            )
            for block_id, document_id, (title, file_name, type_, marker), text, score in zip(
                self.block_ids[start:stop].tolist(),
                self.document_ids[start:stop].tolist(),
                self.member_labels[start:stop].tolist(),
                self.member_texts[start:stop].tolist(),
                self.similarities[start:stop].tolist(),
            )
        )


@dataclass(frozen=True, eq=False)
class GroupList(Sequence):
    """Groups as columns (module docstring); ``order``: the rows listed, in that order (None: every
    row, as made). Shared and read only, like the object list it replaces."""

    columns: GroupColumns
    order: np.ndarray | None = None
    # Each group as an object holding no members, by row, made when first asked for (None until
    # then): a page asks for the few thousand it shows, and the passes over every group read the
    # columns; making all 48 000 for each list made or read back cost 0.06 CPU-s an import, twice.
    # A pass over the list makes its groups not made yet in one go: made one by one among the passing
    # objects of a page's run, they kept those objects' memory from being given back. Shared with
    # the lists ``take`` makes; not pickled. They refer to the columns, not to the list: no cycle.
    made: list[ListedGroup | None] = field(default_factory=list, repr=False)

    def __post_init__(self):
        if not self.made:
            self.made.extend([None] * len(self.columns.group_ids))

    def _made(self, row: int) -> ListedGroup:
        """The group of row ``row`` (0 ≤ row < rows), made now if it was not yet."""
        group = self.made[row]
        if group is None:
            group = self.made[row] = ListedGroup(self.columns, row)
        return group

    @classmethod
    def of(cls, groups: Sequence[Group]) -> GroupList:
        """Groups given as objects, as columns (equal to them)."""
        members = [m for g in groups for m in g.members]
        labels: dict[str | None, int] = {}
        texts: dict[str, int] = {}
        group_types = np.array([labels.setdefault(g.type, len(labels)) for g in groups], dtype=np.int32)
        canonical = np.array([texts.setdefault(g.canonical_text, len(texts)) for g in groups], dtype=np.int32)
        member_labels = np.array(
            [
                [labels.setdefault(value, len(labels)) for value in (m.document_title, m.file_name, m.type, m.marker)]
                for m in members
            ],
            dtype=np.int32,
        ).reshape(-1, 4)
        member_texts = np.array([texts.setdefault(m.text, len(texts)) for m in members], dtype=np.int32)
        return cls(
            GroupColumns(
                np.array([g.id for g in groups], dtype=np.int64),
                group_types,
                canonical,
                np.r_[0, np.cumsum([g.count for g in groups])].astype(np.int64),
                np.array([g.documents for g in groups], dtype=np.int32),
                np.array([m.block_id for m in members], dtype=np.int64),
                np.array([m.document_id for m in members], dtype=np.int64),
                np.array([m.similarity for m in members], dtype=np.float64),
                member_labels,
                member_texts,
                tuple(labels),
                TextTable.of(list(texts)),
            )
        )

    @property
    def rows(self) -> np.ndarray:
        """The groups listed, as rows of the columns."""
        return np.arange(len(self.made)) if self.order is None else self.order

    def __len__(self) -> int:
        return len(self.made) if self.order is None else len(self.order)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self.take(np.arange(len(self))[index])
        row = range(len(self.made))[index] if self.order is None else int(self.order[index])
        return self._made(row)

    def __iter__(self) -> Iterator[Group]:
        return iter([self._made(row) for row in self.rows.tolist()])  # made in one go (above)

    def __eq__(self, other) -> bool:
        return isinstance(other, Sequence) and len(self) == len(other) and list(self) == list(other)

    __hash__ = None

    def take(self, positions: np.ndarray) -> GroupList:
        """The groups at ``positions`` of this list, in that order (the columns shared)."""
        return GroupList(self.columns, self.rows[np.asarray(positions, np.int64)], self.made)

    @property
    def ids(self) -> np.ndarray:
        return self.columns.group_ids[self.rows]

    @property
    def counts(self) -> np.ndarray:
        """Each group's members (``Group.count``)."""
        return np.diff(self.columns.member_starts)[self.rows]

    @property
    def documents(self) -> np.ndarray:
        """How many documents each group's members are in (``Group.documents``)."""
        return self.columns.document_counts[self.rows]

    @functools.cached_property
    def canonical_keys(self) -> np.ndarray:
        """``text_key`` of each listed group's canonical text (the topics find texts by it)."""
        return self.columns.texts.keys(self.columns.canonical_texts[self.rows])

    def __getstate__(self) -> dict:
        return {"columns": self.columns, "order": self.order}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state, made=[])
        self.__post_init__()

    def hold(self, saved: GroupList) -> None:
        """Read ``saved``'s columns from now on: these, saved and read back (equal, mapped from the
        file: the pages read are the file's, not the process's). Every group of the list, and of the
        lists ``take`` made of it, reads them; a reader meanwhile reads equal values from either."""
        if len(saved.columns.block_ids) != len(self.columns.block_ids):
            raise ValueError("not the same groups")
        for name in GroupColumns.__dataclass_fields__:
            object.__setattr__(self.columns, name, getattr(saved.columns, name))

    def group_of_block(self, block_id: int) -> Group | None:
        """The listed group block ``block_id`` is a member of, if any."""
        columns = self.columns
        for member in np.flatnonzero(columns.block_ids == block_id).tolist():
            row = int(np.searchsorted(columns.member_starts, member, side="right")) - 1
            if self.order is None or row in self.order:
                return self._made(row)
        return None

    def any_text(self, holds: Callable[[str], bool]) -> np.ndarray:
        """Per group listed, whether its canonical text or any member's text ``holds`` (asked once per
        distinct text)."""
        rows, columns = self.rows, self.columns
        members, owner = range_positions(columns.member_starts[rows], columns.member_starts[rows + 1])
        codes = np.concatenate([columns.canonical_texts[rows], columns.member_texts[members]])
        distinct, inverse = np.unique(codes, return_inverse=True)
        held = np.fromiter((holds(columns.texts[code]) for code in distinct.tolist()), dtype=bool, count=len(distinct))
        owners = np.concatenate([np.arange(len(rows)), owner])
        return np.bincount(owners, weights=held[inverse], minlength=len(rows)) > 0


class ListedGroup(Group):
    """A group of a ``GroupList``: its fields read from the columns, its members made whenever asked for
    (not kept: the list keeps its groups). Equal to the ``Group`` of the same values, pickled as one,
    and ``dataclasses.replace`` makes one."""

    __slots__ = ("_columns", "_row")

    def __new__(cls, *args, **fields):
        # ``dataclasses.replace`` calls the class with every field: a Group of the values it gives.
        return Group(**fields) if fields else super().__new__(cls)

    def __init__(self, columns: GroupColumns, row: int):
        object.__setattr__(self, "_columns", columns)
        object.__setattr__(self, "_row", row)

    @property
    def id(self) -> int:
        return self._columns.group_ids.item(self._row)

    @property
    def canonical_text(self) -> str:
        return self._columns.texts[self._columns.canonical_texts.item(self._row)]

    @property
    def type(self) -> str:
        return self._columns.labels[self._columns.group_types.item(self._row)]

    @property
    def members(self) -> tuple[GroupMember, ...]:
        return self._columns.members_of(self._row)

    @property
    def count(self) -> int:
        starts = self._columns.member_starts
        return starts.item(self._row + 1) - starts.item(self._row)

    @property
    def documents(self) -> int:
        return self._columns.document_counts.item(self._row)

    def _values(self) -> tuple:
        return self.id, self.canonical_text, self.type, self.members

    def __eq__(self, other) -> bool:
        if not isinstance(other, Group):
            return NotImplemented
        return self._values() == (other.id, other.canonical_text, other.type, other.members)

    def __hash__(self) -> int:
        return hash(self._values())

    def __reduce__(self):
        return Group, self._values()


@dataclass(frozen=True)
class Clusters:
    """Groups of texts by position, as columns: group ``k`` is ``positions[starts[k]:starts[k + 1]]``,
    the canonical text first, with each member's ``similarities`` to it."""

    positions: np.ndarray  # int64
    starts: np.ndarray  # int64, one more than the groups
    similarities: np.ndarray  # float64

    def __len__(self) -> int:
        return len(self.starts) - 1

    def largest_first(self) -> Clusters:
        """The same groups, largest first (of equal sizes, the one whose first text stands first): the
        order ``groups_from_clusters`` codes their texts in, so the most repeated lie together."""
        sizes = np.diff(self.starts)
        first = np.minimum.reduceat(self.positions, self.starts[:-1]) if len(self.positions) else self.positions
        order = np.lexsort((first, -sizes))
        members, _ = range_positions(self.starts[order], self.starts[order + 1])
        starts = np.zeros(len(order) + 1, dtype=np.int64)
        np.cumsum(sizes[order], out=starts[1:])
        return Clusters(self.positions[members], starts, self.similarities[members])


def groups_from_clusters(
    ids: Sequence[int],
    clusters: Clusters,
    known: GroupList | None = None,
    read: Callable[[Collection[int]], Sequence[StoredBlock]] | None = None,
) -> GroupList:
    """Clusters of texts (positions in ``ids``) as groups of the blocks ``ids``, most repeated first
    (then in most documents, then where the first text stands), numbered from 1. Each member's title,
    file name, type, marker and text are taken from ``known`` (groups made before, say at the
    library's previous revision) when it holds the block, else read by id with ``read``. A group's
    type is its members' most common one (the canonical text's among equals, else the first met)."""
    ids = np.asarray(ids, dtype=np.int64)
    sizes = np.diff(clusters.starts).astype(np.int64)
    positions, similarities = clusters.positions, clusters.similarities
    block_ids = ids[positions]
    known = known.columns if known is not None and len(known) else None
    document_ids, member_labels, member_texts, labels, texts = _member_fields(block_ids, known, read)

    starts = np.r_[0, np.cumsum(sizes)].astype(np.int64)
    owner = np.repeat(np.arange(len(clusters)), sizes)
    span = int(document_ids.max()) + 1 if len(document_ids) else 1
    in_documents = distinct_sorted(owner * span + document_ids) // span  # each group once per document
    documents = np.bincount(in_documents, minlength=len(clusters)).astype(np.int32)
    first = np.minimum.reduceat(positions, starts[:-1]) if len(positions) else positions
    order = np.lexsort((first, -documents, -sizes))
    members, _ = range_positions(starts[order], starts[order + 1])
    sizes = sizes[order]
    starts = np.r_[0, np.cumsum(sizes)].astype(np.int64)
    member_labels, member_texts = member_labels[members], member_texts[members]
    return GroupList(
        GroupColumns(
            np.arange(1, len(order) + 1, dtype=np.int64),
            _group_types(member_labels[:, TYPE], starts),
            member_texts[starts[:-1]],
            starts,
            documents[order],
            block_ids[members],
            document_ids[members],
            similarities[members],
            member_labels,
            member_texts,
            labels,
            texts,
        )
    )


def _group_types(types: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Each group's most common member type (the first member's among equals, else the first met)."""
    result = types[starts[:-1]].astype(np.int32)
    if not len(result):
        return result
    mixed = np.flatnonzero(np.maximum.reduceat(types, starts[:-1]) != np.minimum.reduceat(types, starts[:-1]))
    for row in mixed.tolist():
        counted: dict[int, int] = {}
        for code in types[starts[row] : starts[row + 1]].tolist():
            counted[code] = counted.get(code, 0) + 1
        top = max(counted.values())
        if counted[int(result[row])] != top:
            result[row] = next(code for code, count in counted.items() if count == top)
    return result


def _member_fields(
    block_ids: np.ndarray, known: GroupColumns | None, read: Callable[[Collection[int]], Sequence[StoredBlock]] | None
) -> tuple[np.ndarray, np.ndarray, np.ndarray, tuple[str | None, ...], TextTable]:
    """Document ids, label codes and text codes of the blocks ``block_ids``, with the labels and texts
    they code: from ``known`` where it holds the block, else read."""
    n = len(block_ids)
    document_ids = np.zeros(n, dtype=np.int64)
    member_labels = np.zeros((n, 4), dtype=np.int32)
    member_texts = np.zeros(n, dtype=np.int32)
    labels: list[str | None] = list(known.labels) if known is not None else []
    texts = known.texts if known is not None else TextTable.of([])
    found = np.zeros(n, dtype=bool)
    if known is not None:
        # The member of each block id, by a table as long as the largest id (the store's row ids, each
        # block in one group): 1 ms at 100 000 blocks, where a sort and search took 25.
        row_of = np.full(int(max(known.block_ids.max(), block_ids.max(initial=0))) + 1, -1, dtype=np.int64)
        row_of[known.block_ids] = np.arange(len(known.block_ids))
        source = row_of[block_ids]
        found = source >= 0
        source = source[found]
        document_ids[found] = known.document_ids[source]
        member_labels[found] = known.member_labels[source]
        member_texts[found] = known.member_texts[source]
    missing = np.flatnonzero(~found)
    if len(missing):
        if read is None:
            raise ValueError(f"{len(missing)} blocks of new groups neither known nor readable")
        stored = {b.id: b for b in read(set(block_ids[missing].tolist()))}
        label_code = {label: code for code, label in enumerate(labels)}
        new_texts: dict[str, int] = {}
        for member in missing.tolist():
            block = stored[int(block_ids[member])]
            document_ids[member] = block.document_id
            for column, label in enumerate((block.document_title, block.file_name, block.type, block.marker)):
                if label not in label_code:
                    label_code[label] = len(labels)
                    labels.append(label)
                member_labels[member, column] = label_code[label]
            member_texts[member] = new_texts.setdefault(block.text, len(texts) + len(new_texts))
        texts = texts.joined(TextTable.of(list(new_texts), hashed=True))
    # Only what the members use is kept: texts and labels of blocks gone leave with them.
    used, member_texts = _used(member_texts, len(texts))
    used_labels, codes = _used(member_labels, len(labels))
    return (
        document_ids,
        codes.astype(np.int32),
        member_texts.astype(np.int32),
        tuple(labels[code] for code in used_labels.tolist()),
        texts.kept(used),
    )


def _used(codes: np.ndarray, count: int) -> tuple[np.ndarray, np.ndarray]:
    """The codes (of ``count``) that ``codes`` uses, ascending, and ``codes`` renumbered among them:
    ``np.unique``'s values and inverse, by counting rather than sorting."""
    present = np.bincount(codes.ravel(), minlength=count) > 0
    return np.flatnonzero(present), (np.cumsum(present) - 1)[codes]
