"""What every command shares: the library as the local user sees it, ``--json`` printing, a
shortened text, one file's progress on stderr and Ctrl-C during an import."""

from __future__ import annotations

import contextlib
import json
import signal
import sys
import threading
import time
from collections.abc import Iterator

from nlp import access
from nlp.library import Library
from nlp.models import Progress


def print_json(payload) -> None:
    """``--json``: the payload on stdout, Chinese as is, indented."""
    json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


@contextlib.contextmanager
def open_library(args) -> Iterator[access.ScopedLibrary]:
    """The library as the local user sees it: every unit, or the one named by ``--unit``."""
    with Library(args.db) as library:
        yield access.ScopedLibrary(library, access.local_actor(access.unit_id_of(library, args.unit)))


@contextlib.contextmanager
def interrupt_sets(event: threading.Event) -> Iterator[None]:
    """While inside, the first Ctrl-C sets ``event`` (the import stops at its next step, nothing of the
    file stored); a second one interrupts at once. Outside the main thread signals cannot be caught."""

    def on_interrupt(signum, frame) -> None:  # no printing here: it could interrupt a write to stderr
        event.set()
        signal.signal(signal.SIGINT, signal.default_int_handler)

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, on_interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


class ProgressLine:
    """One file's progress on stderr (never stdout, which ``--json`` keeps for scripts): rewritten in
    place on a terminal; otherwise, for a file that takes longer than ``LOG_INTERVAL_SECONDS``, a line
    every as many seconds, so a log of small files gets none."""

    LOG_INTERVAL_SECONDS = 2.0

    def __init__(self, stream):
        self.stream = stream
        self.terminal = stream.isatty()
        self.shown = False
        self.printed_at = time.monotonic()

    def __call__(self, progress: Progress) -> None:
        text = f"{progress.name}：{progress.text}"
        if self.terminal:
            self.stream.write(f"\r\033[K{text}")
        elif time.monotonic() - self.printed_at >= self.LOG_INTERVAL_SECONDS:
            self.printed_at = time.monotonic()
            self.stream.write(f"{text}\n")
        else:
            return
        self.shown = True
        self.stream.flush()

    def clear(self) -> None:
        """Remove the progress line from a terminal before the file's result is printed."""
        if self.terminal and self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()


def snippet(text: str, length: int = 40) -> str:
    """The first ``length`` characters of a text, with …… if it goes on."""
    return text if len(text) <= length else text[:length] + "……"
