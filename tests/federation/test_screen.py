"""The federation's screening: index parts merged give exactly the whole check's answer, in this
process and on a two-worker LocalCluster, also when a worker dies mid-run; planted 雷同 found."""

from __future__ import annotations

import os
import signal
import threading
import time

import pytest

from nlp.check.engine import check_drafts
from nlp.federation.archive import split_source_name
from nlp.federation.screen import archive_index, archive_parts, screen

SMALL_PARTS = 120  # blocks per part: several parts, so slices are cut apart and merged


@pytest.fixture(scope="module")
def whole(federation):
    """The app's check of every submission against the whole archive as one index."""
    _, archive, submissions = federation
    return check_drafts([(s.name, s.blocks) for s in submissions], archive_index(archive))


@pytest.fixture(scope="module")
def single(federation):
    """The single-process screening, own units left out, the archive as one part."""
    _, archive, submissions = federation
    return screen(archive, submissions, exclude_own_units=True, part_blocks=10**9)


def test_parts_hold_whole_slices_in_archive_order(federation):
    _, archive, _ = federation
    parts = archive_parts(archive, SMALL_PARTS)
    assert len(parts) > 4
    assert [s for p in parts for s in p.slices] == sorted(s for p in parts for s in p.slices)
    assert all(b.offset == a.offset + a.blocks for a, b in zip(parts, parts[1:]))


def test_index_parts_merged_equal_the_check_over_the_whole_archive(federation, whole):
    _, archive, submissions = federation
    parted = screen(archive, submissions, part_blocks=SMALL_PARTS)
    assert parted.reports == tuple(whole.reports)  # figures, sources, spans of every block
    assert parted.shared == whole.shared
    assert sum(len(b.matches) for r in parted.reports for b in r.blocks) > 300


def test_planted_copies_and_clusters_are_found_without_the_units_own_years(federation, single):
    made, _, submissions = federation
    own = [
        m
        for s, r in zip(submissions, single.reports)
        for b in r.blocks
        for m in b.matches
        if split_source_name(m.file)[1] == s.unit
    ]
    assert not own
    found = {(p.unit, p.other, p.other_year) for p in single.pairs}
    assert {(p.unit, p.other, p.year) for p in made.planted} <= found
    assert set(made.clusters) <= set(single.clusters)


def test_on_a_cluster_the_screening_equals_the_single_process_one(federation, single, client):
    _, archive, submissions = federation
    distributed = screen(archive, submissions, exclude_own_units=True, client=client, part_blocks=SMALL_PARTS)
    assert distributed.reports == single.reports
    assert distributed.shared == single.shared and distributed.cross == single.cross
    assert distributed.pairs == single.pairs and distributed.clusters == single.clusters


def test_groups_on_a_cluster_equal_the_single_process_groups(federation, client):
    from nlp.federation.cluster import archive_groups

    _, archive, _ = federation
    single_groups = archive_groups(archive)
    distributed = archive_groups(archive, client=client, verify_chunk=2000)
    assert distributed == single_groups
    assert sum(g.count > 1 for g in single_groups) > 30


def test_a_worker_killed_mid_run_is_replaced_and_the_answer_is_unchanged(federation, whole, client):
    _, archive, submissions = federation
    pids = client.run(os.getpid)
    outcome = {}
    runner = threading.Thread(
        target=lambda: outcome.update(result=screen(archive, submissions, client=client, part_blocks=100))
    )
    runner.start()
    killed = None
    deadline = time.monotonic() + 20
    while killed is None and runner.is_alive() and time.monotonic() < deadline:
        busy = [address for address, keys in client.processing().items() if keys and address in pids]
        if busy:
            killed = busy[0]
            os.kill(pids[killed], signal.SIGKILL)  # a worker process this test's cluster started
        time.sleep(0.005)
    runner.join(60)
    assert killed is not None, "the run ended before a worker could be killed"
    assert outcome["result"].reports == tuple(whole.reports)
    assert outcome["result"].shared == whole.shared
    client.wait_for_workers(2, timeout=30)
    assert killed not in client.run(os.getpid)  # the nanny started a new worker in its place
