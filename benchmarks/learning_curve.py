"""Learning curves of the shipped models: each trainer's figure cross-validated by site as a function of the share of
training sites its models learn from.

    python -m benchmarks.learning_curve                        # all three trainers, shares .125 .25 .5 .75 1, 3 repeats
    python -m benchmarks.learning_curve --trainers junk --shares 0.5,1 --repeats 2
    python -m benchmarks.learning_curve --json /tmp/lc.json    # also write the figures of every run

The held-out folds are each trainer's own (5 folds by site, ``GroupKFold``; the junk trainer's ``CV_REPEATS``
partitions), the same at every share: only the training side of each fold shrinks, to the lines (documents) of the
first ``share`` of the sites in a shuffled order (one order per repeat, seeded, so a repeat's smaller subsets lie inside
its larger ones). Each trainer's ``train`` runs unchanged and reports its own figures: junk caught at its threshold (the
lowest that drops no protected content line) and at a fixed ``FIXED_JUNK_THRESHOLD`` with the content lines it drops,
documents whose title the model decides right (rules alone for comparison), untitled documents whose kind the model
decides right (cue counts for comparison). At share 1 a run is the trainer's own cross-validation. Holdout files are
never read (the trainers read the tune split only).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from functools import cache
from statistics import mean, pstdev
from unittest import mock

import numpy as np
from sklearn.model_selection import GroupKFold

from benchmarks import train_junk, train_kinds, train_titles

SHARES = (0.125, 0.25, 0.5, 0.75, 1.0)
FIXED_JUNK_THRESHOLD = 0.84
SEED = 30


class SeenSitesKFold(GroupKFold):
    """``GroupKFold`` whose held-out folds are the usual ones and whose training side keeps only the rows ``seen``
    marks (the rows of the sites a run learns from)."""

    def __init__(self, n_splits: int, seen: np.ndarray) -> None:
        super().__init__(n_splits=n_splits)
        self.seen = seen

    def split(self, X, y=None, groups=None) -> Iterator[tuple[np.ndarray, np.ndarray]]:  # noqa: N803 (sklearn's name)
        for train_rows, test_rows in super().split(X, y, groups):
            yield train_rows[self.seen[train_rows]], test_rows


def site_order(sites: list[str], repeat: int) -> list[str]:
    """The sites shuffled by a seed of the repeat: a run of share ``s`` learns from the first ``s`` of them."""
    order = sorted(set(sites))
    random.Random(f"{SEED}/{repeat}").shuffle(order)
    return order


def seen_rows(sites: list[str], share: float, repeat: int) -> np.ndarray:
    order = site_order(sites, repeat)
    chosen = set(order[: round(share * len(order))])
    return np.array([site in chosen for site in sites])


def _patched(module, seen: np.ndarray, stack: ExitStack) -> None:
    stack.enter_context(mock.patch.object(module, "GroupKFold", lambda n_splits: SeenSitesKFold(n_splits, seen)))


def junk_run(share: float, repeat: int, leave_out: frozenset[str] = frozenset()) -> dict:
    lines = _junk_lines(leave_out)
    seen = seen_rows(lines[3], share, repeat)
    recorded = {}
    with ExitStack() as stack:
        _patched(train_junk, seen, stack)
        stack.enter_context(mock.patch.object(train_junk, "labelled_lines", lambda leave_out: _copy(lines)))
        stack.enter_context(mock.patch.object(train_junk, "cross_validated_scores", _recording(recorded)))
        training = train_junk.train(leave_out=leave_out)
    held_out, y, decided = recorded["held_out"], np.array(lines[1]), np.array(lines[5])
    return {
        "threshold": training.model.threshold,
        "caught": round(training.caught, 4),
        "content_dropped": training.content_dropped,
        "caught_fixed": round(float((held_out[y == 1] >= FIXED_JUNK_THRESHOLD).mean()), 4),
        "content_dropped_fixed": int((held_out[(y == 0) & decided] >= FIXED_JUNK_THRESHOLD).sum()),
    }


_ORIGINAL_JUNK_SCORES = train_junk.cross_validated_scores


def _recording(recorded: dict) -> Callable:
    """The cross-validated scores, the last call's recorded: the second pass's, which the threshold reads."""

    def scores(*args, **kwargs):
        recorded["held_out"] = _ORIGINAL_JUNK_SCORES(*args, **kwargs)
        return recorded["held_out"]

    return scores


@cache
def _junk_lines(leave_out: frozenset[str]) -> tuple:
    return train_junk.labelled_lines(leave_out)


def _copy(lines: tuple) -> tuple:
    """Fresh lists: ``train_junk.train`` extends them in place with a library's corrections."""
    return tuple(list(part) for part in lines)


def titles_run(share: float, repeat: int, leave_out: frozenset[str] = frozenset()) -> dict:
    sites = [d.site for d in train_titles.decisions(leave_out)]
    with ExitStack() as stack:
        _patched(train_titles, seen_rows(sites, share, repeat), stack)
        training = train_titles.train(leave_out)
    return {
        "documents": len(sites),
        "rules_right": training.rules_right,
        "model_right": training.model_right,
        "threshold": training.model.threshold,
    }


@cache
def _kind_rows(leave_out: frozenset[str]) -> list:
    return train_kinds.rows(leave_out)


def kinds_run(share: float, repeat: int, leave_out: frozenset[str] = frozenset()) -> dict:
    found = _kind_rows(leave_out)
    with ExitStack() as stack:
        _patched(train_kinds, seen_rows([r.site for r in found], share, repeat), stack)
        stack.enter_context(mock.patch.object(train_kinds, "rows", lambda leave_out: found))
        training = train_kinds.train(leave_out)
    return {
        "decided_by_wording": sum(r.by_cues is not None for r in found),
        "cues_right": training.cues_right,
        "model_right": training.model_right,
    }


RUNS = {"junk": junk_run, "titles": titles_run, "kinds": kinds_run}
HEADLINE = {
    "junk": ("caught", "caught_fixed", "content_dropped_fixed"),
    "titles": ("model_right",),
    "kinds": ("model_right",),
}


def curve(trainer: str, shares: tuple[float, ...], repeats: int, leave_out: frozenset[str] = frozenset()) -> list[dict]:
    """One row per run: the trainer's figures at each share and repeat (one run at share 1: it is deterministic),
    trained and held out on the tune files but ``leave_out``."""
    rows = []
    for share in shares:
        for repeat in range(1 if share >= 1 else repeats):
            rows.append(
                {"trainer": trainer, "share": share, "repeat": repeat, **RUNS[trainer](share, repeat, leave_out)}
            )
            print(json.dumps(rows[-1]), flush=True)
    return rows


def summary(rows: list[dict], key: str) -> list[str]:
    lines = []
    for share in sorted({r["share"] for r in rows}):
        values = [r[key] for r in rows if r["share"] == share]
        lines.append(f"  {share:>5.3f}: {key} mean {mean(values):.4g}, spread ±{pstdev(values):.3g} {values}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.learning_curve", description=__doc__.split("\n\n")[0])
    parser.add_argument("--trainers", default="junk,titles,kinds", help="comma-separated: junk, titles, kinds")
    parser.add_argument("--shares", default=",".join(map(str, SHARES)), help="shares of the training sites")
    parser.add_argument("--repeats", type=int, default=3, help="random site subsets per share under 1")
    parser.add_argument("--json", metavar="PATH", help="write every run's figures there")
    args = parser.parse_args(argv)
    shares = tuple(float(s) for s in args.shares.split(","))
    everything = []
    for trainer in args.trainers.split(","):
        rows = curve(trainer, shares, args.repeats)
        everything += rows
        print(trainer)
        for key in HEADLINE[trainer]:
            print("\n".join(summary(rows, key)))
        if args.json:
            with open(args.json, "w", encoding="utf-8") as out:
                json.dump(everything, out, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
