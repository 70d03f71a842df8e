"""The Dask side: connecting to a cluster, and the groups' verification mapped over it.

The only module of the project that imports Dask (``requirements-federation.txt``); everything
it runs on the workers is the single-machine code.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from nlp.boilerplate.forms import ComparisonForms
from nlp.boilerplate.grouplist import GroupList
from nlp.boilerplate.groups import (
    DEFAULT_THRESHOLD,
    NearDuplicateIndex,
    _verify,
    blocks_reader,
    groups_from_clusters,
)
from nlp.errors import InputError
from nlp.federation.archive import archive_slices, read_blocks, stored_blocks

VERIFY_CHUNK = 50_000  # candidate pairs verified per task


@contextlib.contextmanager
def connect(address: str) -> Iterator:
    """A Dask client: ``local`` starts a LocalCluster of two single-threaded workers on
    127.0.0.1 (closed afterwards); anything else is a scheduler's address (``tcp://host:8786``)."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise InputError("未安装 Dask：请先 pip install -r requirements-federation.txt") from None
    if address == "local":
        with (
            LocalCluster(
                n_workers=2,
                threads_per_worker=1,
                host="127.0.0.1",
                dashboard_address=None,
                silence_logs=logging.ERROR,  # a worker slow to stop at shutdown is not the user's concern
            ) as cluster,
            Client(cluster) as client,
        ):
            yield client
        return
    try:
        client = Client(address, timeout="20s")
    except OSError as err:
        raise InputError(f"无法连接 Dask 调度器 {address}：{err}") from None
    with client:
        yield client


def _verify_chunk(texts, clauses, left, right, lengths, threshold):
    """``_verify`` of some pairs, given only the texts they name (renumbered from 0)."""
    kept_left, kept_right, scores = _verify(ComparisonForms(texts, clauses), left, right, lengths, threshold)
    return kept_left, kept_right, scores


def distributed_verify(client, chunk: int = VERIFY_CHUNK):
    """A ``verify`` for ``NearDuplicateIndex.fit`` that checks the candidate pairs in chunks on
    the cluster's workers, each shipped with just the texts it compares; the chunks come back in
    order, so the verified pairs are ``_verify``'s."""

    def verify(forms: ComparisonForms, left: np.ndarray, right: np.ndarray, lengths: np.ndarray, threshold: float):
        futures, chunk_nodes = [], []
        for start in range(0, len(left), chunk):
            a, b = left[start : start + chunk], right[start : start + chunk]
            nodes, inverse = np.unique(np.concatenate([a, b]), return_inverse=True)
            futures.append(
                client.submit(
                    _verify_chunk,
                    [forms.texts[i] for i in nodes.tolist()],
                    [forms.sorted_clauses[i] for i in nodes.tolist()],
                    inverse[: len(a)],
                    inverse[len(a) :],
                    lengths[nodes],
                    threshold,
                    pure=False,
                )
            )
            chunk_nodes.append(nodes)
        if not futures:
            return _verify(forms, left, right, lengths, threshold)
        results = client.gather(futures)
        parts = [(nodes[a], nodes[b], s) for nodes, (a, b, s) in zip(chunk_nodes, results)]
        return tuple(np.concatenate([p[i] for p in parts]) for i in range(3))

    return verify


def archive_groups(
    archive: Path, *, client=None, threshold: float = DEFAULT_THRESHOLD, verify_chunk: int = VERIFY_CHUNK
) -> GroupList:
    """The archive's near-duplicate groups (as ``build_groups`` gives them for the same blocks);
    with ``client``, the candidate pairs are verified on its workers, ``verify_chunk`` per task."""
    blocks = stored_blocks(read_blocks(archive, archive_slices(archive)))
    verify = distributed_verify(client, verify_chunk) if client is not None else None
    index = NearDuplicateIndex(threshold=threshold).fit([b.text for b in blocks], verify=verify)
    return groups_from_clusters([b.id for b in blocks], index.cluster_columns(), read=blocks_reader(blocks))
