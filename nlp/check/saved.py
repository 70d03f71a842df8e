"""The library's 查重 index saved beside the store (``nlp.library.saved``) and kept up to date.

At the store's revision the saved index is read as it is. At another revision (a file imported or
removed since) the index is brought to the store's blocks by ids (``updated_library_index``):
the blocks gone are marked removed, the blocks new are read, fingerprinted and appended, and
nothing else is done again; the result, which checks as a rebuild does, is saved at the new
revision, its build's arrays named again rather than written (``SourceIndex``). A process that holds
the index of an earlier revision in memory (the app) passes it as ``previous``, and nothing is read
from disk.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Collection, Sequence

from nlp.check.engine import SourceIndex, updated_library_index
from nlp.library.saved import load_index, save_index
from nlp.models import StoredBlock


def saved_library_index(
    db_path: str | os.PathLike,
    name: str,
    revision: str,
    block_ids: Callable[[], Sequence[int]],
    read: Callable[[Collection[int]], Sequence[StoredBlock]],
    *,
    previous: SourceIndex | None = None,
    save_later: bool = False,
    on_saved: Callable[[SourceIndex], None] | None = None,
) -> SourceIndex:
    """The index of the store at ``revision`` (its blocks: ``block_ids()`` in document order, read
    by ``read``), saved beside it as ``name``; from ``previous`` when given, else from the saved one.
    ``save_later``: save it in a thread of its own (a server answers first; the file is replaced
    whole, so a reader sees the old index or the new one). It is saved ``mapped``: its arrays
    written as they are to a data file (the thread holds the interpreter only to pickle the rest),
    which a reader maps rather than reads. ``on_saved``: once saved, told the index read back from
    its files (equal, its arrays mapped: pages of the file, not of the process), which a holder of
    the index may keep instead."""
    if previous is None:
        saved = load_index(db_path, name)
        if saved is not None and isinstance(saved.value, SourceIndex):
            if saved.revision == revision:
                return saved.value
            previous = saved.value
    index = updated_library_index(previous, block_ids(), read)

    def save() -> None:
        save_index(db_path, name, revision, index, mapped=True)
        if on_saved is not None:
            mapped = load_index(db_path, name, at=revision)  # None when not saved, or saved since by another
            if mapped is not None and isinstance(mapped.value, SourceIndex):
                on_saved(mapped.value)

    if save_later:
        threading.Thread(target=save, name=f"save {name}", daemon=True).start()
    else:
        save()
    return index
