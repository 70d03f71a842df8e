"""The app's state: the shared library, and what is computed from it once per library revision.

The whole-library values below are ``st.cache_resource``: every session and rerun gets the same
object, not an unpickled copy (``st.cache_data`` copied 100k blocks on every rerun). They are
shared, so nobody may change them: the groups, topics and blocks are frozen dataclasses, the
containers are tuples or read-only mappings where callers allow it, and the lists and dicts that
remain (a ``GroupList``'s list of groups, ``TopicMap.assignments``, a ``TopicIndex``'s dicts) are only
ever read.

They are keyed on the revision token of the library as the signed-in person sees it
(``ScopedLibrary.revision``: the store's token, which every import and removal renews, and the
person's scope, so each unit gets its own groups, topics and 查重 index over its library plus
the shared one); the database path is passed along but not hashed (a leading underscore), so
copies of one library at one revision share their results. ``st.session_state`` holds UI state
only: the user's work is in the store.
"""

from __future__ import annotations

import functools
import logging
import pickle
import threading
import time
from collections.abc import Callable, Collection, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType

import numpy as np
import streamlit as st
from streamlit.runtime import Runtime
from streamlit.runtime.scriptrunner import get_script_run_ctx
from streamlit.runtime.state.safe_session_state import SafeSessionState

from nlp import access, usecases
from nlp.boilerplate import TopicIndex, default_segmenter
from nlp.boilerplate.grouplist import GroupList
from nlp.boilerplate.search import SearchIndex, rank_groups, search_index
from nlp.check import (
    CheckSettings,
    SourceIndex,
    saved_library_index,
)
from nlp.check.reports import report_docx, report_head, report_html
from nlp.compose import export_bytes, load_rules, rules_path
from nlp.compose import typical_outline as outline_of
from nlp.cycle import EarlierPlan
from nlp.library import Library, default_db_path
from nlp.models import (
    BatchReport,
    Block,
    Document,
    Draft,
    FollowupReport,
    Group,
    StoredBlock,
    TopicMap,
    YearComparison,
)

CORPUS_DIR = Path(__file__).resolve().parent.parent / "corpus"

log = logging.getLogger(__name__)


# --- the library -----------------------------------------------------------------------


def _close_library(library: Library) -> None:
    library.close()


@st.cache_resource(show_spinner=False, on_release=_close_library, max_entries=8)
def _open_library(db_path: str) -> Library:
    """One Library per database file and process; an empty one is filled with corpus/ once."""
    library = Library(db_path)
    if library.is_empty() and CORPUS_DIR.is_dir():
        with st.spinner("首次启动：正在导入示例文库…"):
            reports = usecases.load_sample_corpus(library, CORPUS_DIR)
        for report in reports:
            if not report.ok:
                log.warning("sample corpus file %s refused: %s", report.name, report.message)
    return library


def store() -> Library:
    """The whole store for the database named by ``JIHUA_DB`` (or the default file): for signing in only."""
    return _open_library(str(default_db_path()))


def accounts_required() -> bool:
    """Whether people must sign in (``access.accounts_required``, for the address the server listens on)."""
    return access.accounts_required(store(), st.get_option("server.address"))


SESSION_KEY = "signed_in_token"


def actor() -> access.Actor | None:
    """The signed-in person (their session renewed), the local user in single-user mode, or None."""
    if not accounts_required():
        return access.local_actor()
    return access.resume(store(), st.session_state.get(SESSION_KEY))


def library() -> access.ScopedLibrary:
    """The library as the signed-in person sees it (their unit's and the shared one). Pages run only
    after the sign-in gate in streamlit_app.py; should one run without an actor, it sees nothing."""
    who = actor()
    if who is None:
        st.stop()
    return access.ScopedLibrary(store(), who)


def library_revision(library: access.ScopedLibrary) -> str:
    """The token of the library's current revision as the person sees it: the key of everything cached below."""
    return library.revision().token


# --- the boilerplate map (groups and topics) ---------------------------------------------


@st.cache_resource(show_spinner=False)
def _group_index_lock(db_path: str, scope: str) -> threading.Lock:
    """Held while the near-duplicate index of one library file as one scope sees it
    (``usecases.revision_scope``) is loaded, updated and saved: one update at a time."""
    return threading.Lock()


@st.cache_resource(show_spinner=False, max_entries=4)
def library_groups(_db_path: str, revision: str) -> GroupList:
    """Near-duplicate groups of the library's blocks (shared: read, never change), held as columns
    (``GroupList``: about a tenth of the memory of a group per object at 100 000 blocks).

    ``usecases.saved_groups``: the groups saved beside the store at this revision are read as they
    are (a restart loads neither the near-duplicate index nor works the groups out of it again);
    otherwise the saved index is loaded, brought up to date with the blocks imported and removed
    since (nothing regrouped), and saved with its groups by a thread of its own while the page goes
    on; it is not kept in memory between updates. A failed update saves nothing.
    """
    scope = usecases.revision_scope(revision)
    made = _last_made(_db_path).get(("groups", scope))
    units, library = access.scope_units(revision), _open_library(_db_path)
    groups = usecases.saved_groups(
        _db_path,
        revision,
        lambda: library.block_ids(units),
        lambda ids: library.blocks(units, ids=ids),
        lock=_group_index_lock(_db_path, scope),
        save_later=True,
        before_saving=_after_this_run(),
        known=made and made[1],
    )
    _made(_db_path, ("groups", scope), revision, groups, (library_groups, group_search))
    return groups


SAVE_WAIT_S = 10.0  # how long a save waits for the page run that asked for it to end


def _after_this_run() -> Callable[[], None]:
    """What a thread saving an index waits for: the end of the script run that made the index (at
    most ``SAVE_WAIT_S``), so that pickling it does not slow that page's answer (both need the GIL)."""
    ctx = get_script_run_ctx()
    session_id = ctx.session_id if ctx else None

    def wait() -> None:
        start = time.monotonic()
        while time.monotonic() - start < SAVE_WAIT_S and _session_busy(session_id):
            time.sleep(0.05)

    return wait


@st.cache_resource(show_spinner=False)
def _last_made(db_path: str) -> dict[tuple, object]:
    """What this process made last from a library file, by (what, scope), with the revision it is of:
    the groups ("groups") and the topics ("topics", with the number asked for). The next revision's
    are made from them: an update after an import takes the groups it leaves unchanged from the last
    list and places the new texts in the last topics, rather than reading the saved ones again (the
    查重 index: ``check_index``)."""
    return {}


def _made(db_path: str, key: tuple, revision: str, value: object, cached: Sequence[Callable], *args) -> None:
    """Note ``value`` as the last made for ``key`` at ``revision``, and let the entries of the revision
    made before go from the caches ``cached`` (called with ``db_path``, that revision and ``args``):
    once the new revision's groups or topics are made from them, nobody asks for the old ones (a run
    that still does makes them again), and a process held two revisions of each after an import."""
    latest = _last_made(db_path)
    before = latest.get(key)
    latest[key] = (revision, value)
    if before is not None and before[0] != revision:
        for cache in cached:
            cache.clear(db_path, before[0], *args)


@st.cache_resource(show_spinner=False, max_entries=8)
def _topics(_db_path: str, revision: str, n_topics: int | None) -> TopicIndex:
    key = ("topics", usecases.revision_scope(revision), n_topics)
    made = _last_made(_db_path).get(key)
    topics = usecases.saved_topics(
        _open_library(_db_path),
        revision,
        library_groups(_db_path, revision),
        n_topics=n_topics,
        save_later=True,
        before_saving=_after_this_run(),
        previous=made and made[1],
    )
    _made(_db_path, key, revision, topics, (_topics,), n_topics)
    return topics


def topic_map(db_path: str, revision: str, n_topics: int | None) -> TopicMap:
    """Topics and outliers of the library (``n_topics`` None: chosen automatically; shared, read
    only), saved beside the store once per revision: after an import the texts added join the
    topics saved before; built again when the library changed much (``usecases.saved_topics``)."""
    return _topics(db_path, revision, n_topics).map


def rebuild_topics(library: access.ScopedLibrary, n_topics: int | None) -> None:
    """Build the topics of the library as ``library`` sees it again now (Refused for a role that may
    not); every session then reads the new ones."""
    db_path, revision = str(library.path), library_revision(library)
    usecases.rebuild_topics(library, library_groups(db_path, revision), n_topics=n_topics)
    _topics.clear()


def start_segmenter_after_this_run() -> None:
    """Start the segmenter (rjieba's dictionary: about 0.3 CPU-s) in a thread of its own once this
    run has ended: after an import, the next 模板段落 or 起草 visit places the new texts in the topics,
    which needs their words, and would otherwise start it in its own run."""
    wait = _after_this_run()

    def start() -> None:
        wait()
        default_segmenter()

    threading.Thread(target=start, name="segmenter after an import", daemon=True).start()


ALL_TOPICS = 0  # topic filters beside the topic ids, which start at 1
NO_TOPIC = -1  # groups near no topic (short headings)
OUTLIER = -2  # groups like nothing else in the library


def topic_of(topics: TopicMap, group_id: int, outliers: Collection[int]) -> int:
    """The group's topic id, or ``OUTLIER`` / ``NO_TOPIC`` (``outliers``: ``set(topics.outliers)``)."""
    if group_id in outliers:
        return OUTLIER
    topic = topics.assignments.get(group_id)
    return NO_TOPIC if topic is None else topic


@st.cache_resource(show_spinner=False, max_entries=4)
def group_search(_db_path: str, revision: str) -> SearchIndex:
    """TF-IDF vectors of the groups' texts for keyword search (shared, read only)."""
    return search_index(library_groups(_db_path, revision))


def matching_groups(
    groups: GroupList,
    topics: TopicMap,
    *,
    keyword: str = "",
    topic: int = ALL_TOPICS,
    show_outliers: bool = False,
    search: SearchIndex | None = None,
) -> Sequence[Group]:
    """The groups in ``topic`` (``ALL_TOPICS``: any), outliers left out unless ``show_outliers``; with a
    ``keyword``, those that name it or a synonym or resemble them, most relevant first
    (``nlp.boilerplate.search.rank_groups`` over ``search``), else most frequent first (occurrences,
    documents, group id). Ordered by the list's columns: no group is made until it is read."""
    outliers = set(topics.outliers)
    ids = groups.ids
    # by the columns: the outliers left out, or none; then, for one topic, its groups
    shown = show_outliers | ~np.isin(ids, np.fromiter(outliers, np.int64, len(outliers)))
    if topic != ALL_TOPICS:
        shown &= np.fromiter((topic_of(topics, i, outliers) == topic for i in ids.tolist()), dtype=bool, count=len(ids))
    listed = np.flatnonzero(shown)
    candidates = groups.take(listed[np.lexsort((ids[listed], -groups.documents[listed], -groups.counts[listed]))])
    if not keyword.strip():
        return candidates
    return [g for g, _ in rank_groups(candidates, search or search_index(groups), keyword)]


# --- the library's blocks -----------------------------------------------------------------


def library_blocks(db_path: str, revision: str) -> list[StoredBlock]:
    """Every stored block of the library, in document order, read from the store for a value cached
    below (an outline, the plans): not held, for a block per Python object is 110 MB at 100 000 blocks."""
    return _open_library(db_path).blocks(access.scope_units(revision))


def stored_blocks(db_path: str, revision: str, ids: Collection[int]) -> dict[int, StoredBlock]:
    """A few of the library's blocks by id (a page's picks), read from the store, not from every block."""
    return {b.id: b for b in _open_library(db_path).blocks(access.scope_units(revision), ids=ids)}


@st.cache_resource(show_spinner=False, max_entries=32)
def document_blocks(_db_path: str, revision: str, document_id: int) -> tuple[StoredBlock, ...]:
    """The stored blocks of one document, in order (shared, read only)."""
    return tuple(_open_library(_db_path).blocks(access.scope_units(revision), document_id=document_id))


@st.cache_data(show_spinner=False, max_entries=8)
def typical_outline(_db_path: str, revision: str, kind: str = "计划") -> tuple:
    """The headings the library's plans (or summaries: ``kind`` 总结) share, in their usual order
    (``compose.typical_outline``; summaries share few headings with each other, so theirs are those
    of one summary that recur elsewhere in the library)."""
    chosen = {d.id for d in _open_library(_db_path).documents(access.scope_units(revision)) if d.kind == kind}
    spread = {"min_documents": 1, "min_library_documents": 2} if kind == "总结" else {}
    return outline_of(
        library_groups(_db_path, revision), library_blocks(_db_path, revision), documents=chosen or None, **spread
    )


# --- 起草 (the compose page) ----------------------------------------------------------------
#
# The compose page keeps nothing of the user's work in session state: every widget that shows
# part of a draft is set from the store on each run (``mirror``), and every change goes through
# a callback that saves the whole draft with the revision the page showed.


def mirror(key: str, value, *, keep_input: bool = False) -> None:
    """Show the stored ``value`` in the widget ``key`` (call before the widget, which gets no default).

    ``keep_input``: overwrite what the user entered only when the stored value itself changed, so a
    form refused for one bad field keeps the others as typed.
    """
    stored_key = f"{key}__stored"
    if keep_input and key in st.session_state and st.session_state.get(stored_key) == value:
        return
    st.session_state[stored_key] = value
    if key not in st.session_state or st.session_state[key] != value:
        st.session_state[key] = value


@st.cache_resource(show_spinner=False, max_entries=4)
def _rules(path: str, modified: float) -> tuple:
    return load_rules(path)


def staleness_rules(db_path: str) -> tuple:
    """The library's staleness rules (its own file beside the store, else nlp/data/staleness.toml),
    read again whenever the file changes; raises InputError."""
    path = rules_path(db_path)
    try:
        modified = path.stat().st_mtime
    except OSError:
        modified = 0.0
    return _rules(str(path), modified)


@st.cache_data(show_spinner=False, max_entries=32)
def stored_export(
    db_path: str, draft_id: int, revision: int, saved_at: str, extension: str, *, keep_placeholders: bool, _draft: Draft
) -> bytes:
    """``export_bytes`` of a stored draft, built once per save rather than on every rerun.

    ``_draft`` is not hashed: the draft's id, revision and save time (``StoredDraft.updated_at``,
    in case an id is reused after a purge) name it.
    """
    return export_bytes(_draft, extension, keep_placeholders=keep_placeholders)


SETTLE_S = 5.0  # how long a download waits for this session's pending run (a typed text being saved)
LATE_RUN_S = 0.4  # the text box's commit can reach the server just after the download request


def _session_busy(session_id: str | None) -> bool:
    """Whether the session has a script run pending or under way (Streamlit releases its runner
    once a run is over); False when that cannot be told."""
    try:
        info = Runtime.instance()._session_mgr.get_active_session_info(session_id)
        return info is not None and info.session._scriptrunner is not None
    except Exception:  # no runtime (tests, bare mode) or Streamlit's internals changed
        return False


def latest_export(db_path: str, draft_id: int, extension: str, *, keep_placeholders: bool):
    """A download button's deferred ``data``: the draft's export as it is in the store when the button
    is clicked, after this session's pending run has saved what was typed just before the click.

    Clicking 下载 right after typing makes the text box lose focus: its text reaches the server as a
    rerun next to the download request (measured in Chromium: just after it), which Streamlit serves on
    another thread. Waiting a moment for that run and then until it is over means the file holds the
    new text, not the one on screen when the button was drawn.
    """
    ctx = get_script_run_ctx()
    session_id = ctx.session_id if ctx else None

    def build() -> bytes:
        start = time.monotonic()
        while time.monotonic() - start < LATE_RUN_S and not _session_busy(session_id):
            time.sleep(0.02)
        while time.monotonic() - start < SETTLE_S and _session_busy(session_id):
            time.sleep(0.05)
        stored = _open_library(db_path).draft(draft_id)
        return stored_export(
            db_path,
            draft_id,
            stored.revision,
            stored.updated_at,
            extension,
            keep_placeholders=keep_placeholders,
            _draft=stored.draft,
        )

    return build


# --- callbacks that save work ---------------------------------------------------------------------


def keep_callbacks_whole() -> None:
    """Make Streamlit set a run's new widget values and call their callbacks to the end before it
    takes up a newer request of the tab (once per process: on loading this module, which every page
    and the entry point load before their first callback).

    Streamlit (1.67) looks for a newer request on entering ``SafeSessionState.on_script_will_rerun``,
    before it sets the values the run came with, and at every read or write of the session's state
    in a callback. A text typed and followed at once by a click on another page was lost so: the
    browser's request for the page names none of the page's boxes, and the text's run, stopped
    there, never set it (test_navigation, about one full run in four). The check Streamlit makes right
    after the callbacks then takes up the click, as before.
    """
    will_rerun = SafeSessionState.on_script_will_rerun
    if getattr(will_rerun, "keeps_callbacks_whole", False):
        return

    def whole(self: SafeSessionState, *args, **kwargs) -> None:
        check = self._yield_callback
        object.__setattr__(self, "_yield_callback", lambda: None)  # its __setattr__ writes the session
        try:
            will_rerun(self, *args, **kwargs)
        finally:
            object.__setattr__(self, "_yield_callback", check)

    whole.keeps_callbacks_whole = True
    SafeSessionState.on_script_will_rerun = whole


keep_callbacks_whole()


# --- the page a person asked for ------------------------------------------------------------------

PAGE_KEY = "app_page"  # (url path of the page run last, when it started)
SWITCH_KEY = "app_switch_to"  # the page to go on to after saving a text committed on leaving
LEFT_WITHIN_S = 3.0


def note_page() -> None:
    """The first thing in a run, before any call a newer run can stop it at: note the page asked for
    (found among the pages the previous run declared; nothing on a session's first run)."""
    ctx = get_script_run_ctx()
    if ctx is None:
        return
    pages = ctx.pages_manager
    asked = pages.get_pages().get(pages.intended_page_script_hash or "")
    if asked and "url_pathname" in asked:
        st.session_state[PAGE_KEY] = (asked["url_pathname"] or "library", time.monotonic())


def follow_navigation(current: str) -> None:
    """In a callback of a text box on page ``current``: when the person has just clicked another page
    in the sidebar, go on there once the text is saved.

    Clicking the sidebar right after typing makes the box lose focus: its text reaches the server
    just after the page request and names the page it was typed on, so Streamlit runs that page again
    and the click is lost (seen in Chromium). When the run the click started has noted itself
    (``note_page``, before anything that run can be stopped at), that is where the person wanted to go.
    When the text arrives before the click's run has started, Streamlit merges the two requests into
    one that names the page typed on: that click is still lost (docs/pages.md).
    """
    noted = st.session_state.get(PAGE_KEY)
    if noted and noted[0] != current and time.monotonic() - noted[1] < LEFT_WITHIN_S:
        st.session_state[SWITCH_KEY] = noted[0]


def switch_if_asked(current: str) -> None:
    """After the navigation, every run: go on to the page ``follow_navigation`` found the person asked
    for (the wish is used once, by the run that follows the callback, whatever page it runs)."""
    target = st.session_state.pop(SWITCH_KEY, None)
    if target and target != current:
        st.switch_page(f"app/pages/{target}.py")


# --- 查重 (the check page): the library's fingerprint index and cached checks -------------------


class _HeldCheckIndex:
    """The 查重 index this process holds for one scope of a library file, at the revision it is of;
    ``lock`` is held while it is brought to another revision (one update at a time)."""

    def __init__(self):
        self.lock = threading.RLock()
        self.revision: str | None = None
        self.index: SourceIndex | None = None

    def mapped(self, revision: str, index: SourceIndex) -> None:
        """Hold ``index``, the one of ``revision`` read back from its saved files (its arrays mapped
        rather than in the process's memory), if this is still at that revision."""
        with self.lock:
            if self.revision == revision:
                self.index = index


@st.cache_resource(show_spinner=False)
def _held_check_index(db_path: str, scope: str) -> _HeldCheckIndex:
    return _HeldCheckIndex()


def check_index(db_path: str, revision: str) -> SourceIndex:
    """The library's blocks fingerprinted for 查重 at ``revision`` (saved beside the store; after an
    import or a removal, the index held for the revision before updated by the blocks added and
    removed, not built again, and saved by a thread of its own while the check goes on). One index
    is held per scope: the one of the revision before is let go when the new one is made, and the
    new one once it is saved, for the same read back mapped (``_HeldCheckIndex.mapped``)."""
    units, library = access.scope_units(revision), _open_library(db_path)
    held = _held_check_index(db_path, usecases.revision_scope(revision))
    with held.lock:
        if held.revision != revision:
            held.index = saved_library_index(
                db_path,
                usecases.CHECK_INDEX,
                revision,
                lambda: library.block_ids(units),
                lambda ids: library.blocks(units, ids=ids),
                previous=held.index,
                save_later=True,
                on_saved=functools.partial(held.mapped, revision),
            )
            held.revision = revision
        return held.index


@st.cache_resource(show_spinner=False, max_entries=32)
def draft_blocks(name: str, content: bytes | str) -> tuple[Block, ...]:
    """A draft to check, read once per content and shared (frozen blocks): an uploaded file's bytes
    or pasted text (``usecases.read_check_draft``); raises InputError."""
    return usecases.read_check_draft(content, name)


@st.cache_data(show_spinner="正在查重…", max_entries=16)
def checked_drafts(_db_path: str, revision: str, sources: tuple, settings: CheckSettings) -> BatchReport:
    """``check_drafts`` of ``sources`` ((name, upload bytes or pasted text) pairs, read by
    ``draft_blocks``) under ``settings``, cached per library revision.

    Keyed by the raw content, not the parsed blocks, which every rerun would hash again (a 1.4 MB
    draft: 4 ms for its bytes, 190 ms for its blocks)."""
    drafts = [(name, draft_blocks(name, content)) for name, content in sources]
    return usecases.check_within_budget(drafts, check_index(_db_path, revision), settings)


@st.cache_data(show_spinner=False, max_entries=16)
def report_file(
    revision: str, sources: tuple, settings: CheckSettings, index: int, extension: str, *, _report, _library
) -> bytes:
    """Report ``index`` of ``checked_drafts(…, revision, sources, settings)`` as "docx" or "html"
    bytes, built once per check and only when asked for (``_report``, that report, and ``_library``,
    the person's library it names as the 检测范围, are not hashed: ``revision`` names both)."""
    head = report_head(_report, scope=usecases.check_scope(_library))
    if extension == "docx":
        return report_docx(_report, settings, head)
    return report_html(_report, settings, head).encode("utf-8")


# --- the federation's screening (a folder written by ``python -m nlp screen``) ----------------


def _results_stamp(folder: str) -> float:
    """When the screening in ``folder`` was last written (0 when there is none)."""
    summary = Path(folder) / "summary.json"
    return summary.stat().st_mtime if summary.exists() else 0.0


@st.cache_resource(max_entries=4, show_spinner="正在读取筛查结果…")
def _screening(folder: str, stamp: float) -> Mapping:
    from nlp.federation.results import read_screening

    return MappingProxyType(read_screening(Path(folder)))


def screening(folder: str) -> Mapping:
    """A screening's summary and tables, read again when it was rewritten."""
    return _screening(folder, _results_stamp(folder))


@st.cache_resource(max_entries=4, show_spinner="正在读取各单位报告…")
def _screening_reports(folder: str, stamp: float) -> tuple:
    from nlp.federation.results import read_reports

    return tuple(read_reports(Path(folder)))


def screening_reports(folder: str) -> tuple:
    """Every submission's report of a screening (unit, file, report JSON)."""
    return _screening_reports(folder, _results_stamp(folder))


# --- the yearly cycle: 计划↔总结 对照 and 年度对比 ----------------------------------------------


@st.cache_resource(show_spinner=False, max_entries=4)
def library_plans(_db_path: str, revision: str) -> tuple[EarlierPlan, ...]:
    """The library's plans with a year, for 年度对比 (shared, read only)."""
    documents = _open_library(_db_path).documents(access.scope_units(revision))
    return tuple(usecases.library_plans(documents, library_blocks(_db_path, revision)))


@st.cache_resource(show_spinner=False, max_entries=32)
def _year_comparison(_db_path: str, revision: str, content: bytes, _draft: Draft) -> YearComparison:
    return usecases.compare_draft(_draft, library_plans(_db_path, revision))


def year_comparison(db_path: str, revision: str, draft: Draft) -> YearComparison:
    """年度对比 of a draft against the library's earlier plans, once per revision and content of the
    draft (keyed by the pickled draft: 0.03 ms where Streamlit's own hashing of it took 1.6, 30 blocks)."""
    return _year_comparison(db_path, revision, pickle.dumps(draft), draft)


def year_markers(db_path: str, revision: str, draft: Draft) -> tuple:
    """(status, 沿用3年 / 改写 / 新增) per block of the draft; () when there is no earlier plan."""
    comparison = year_comparison(db_path, revision, draft)
    return tuple((b.status, b.marker) for b in comparison.blocks) if comparison.against else ()


def cycle_document(library: access.ScopedLibrary, source: tuple) -> Document:
    """("doc", id) from the person's library (checked there) or ("file", name, bytes) uploaded;
    InputError when unreadable or not theirs."""
    if source[0] == "doc":
        return usecases.cycle_document(library, source[1])
    return usecases.read_cycle_document(source[2], source[1])


@st.cache_resource(show_spinner=False, max_entries=16)
def followup(revision: str, plan: tuple, summary: tuple, level: int, *, _library) -> FollowupReport:
    """计划↔总结 对照 of two sources (see ``cycle_document``) in the person's library ``_library``
    (not hashed: ``revision`` names its scope)."""
    return usecases.followup_report(
        _library, cycle_document(_library, plan), cycle_document(_library, summary), level=level
    )
