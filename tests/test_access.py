"""Who may do what (issue 15): the rule table run against the use-case layer, the scope of what a
person sees (library, map, 查重 sources), sign-in, throttling and sessions, and two units at once."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher

from nlp import access, usecases
from nlp.access import ADMIN, DRAFTER, REVIEWER, ScopedLibrary
from nlp.check import CheckSettings, check_drafts, pasted_draft
from nlp.compose.staleness import library_rules_path
from nlp.errors import InputError
from nlp.library import Library, content_hash
from nlp.library.store import DELETED_DRAFTS_KEPT
from nlp.models import Document, Draft, DraftBlock, ParseResult

from .conftest import SEEDS, parsed_seed

PASSWORD = "correct horse battery"


@pytest.fixture(scope="module", autouse=True)
def quick_hashes():
    """argon2id at its lowest cost: the tests check who may sign in, not how hard a hash is to crack
    (the product's own cost, 64 MiB and 3 passes, takes 0.6 s a hash on this machine)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(access, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
        yield


PEOPLE = {  # name: (role, unit name)
    "admin_x": (ADMIN, "X"),
    "drafter_x": (DRAFTER, "X"),
    "drafter_x2": (DRAFTER, "X"),
    "reviewer_x": (REVIEWER, "X"),
    "drafter_y": (DRAFTER, "Y"),
    "reviewer_y": (REVIEWER, "Y"),
}


class World:
    """Two units X and Y, their people, a file each, a file of Y in the shared library, a draft each:
    draft_x (owner drafter_x) shared with reviewer_x (read) and reviewer_y (edit); draft_x_unshared
    (owner drafter_x2) shared with nobody."""

    def __init__(self, path):
        self.store = Library(path)
        self.unit = {"X": self.store.units()[0].id, "Y": self.store.add_unit("Y").id}
        self.store.rename_unit(self.unit["X"], "X")
        self.people = {
            name: access.add_person(self.store, name, self.unit[unit], role, PASSWORD)
            for name, (role, unit) in PEOPLE.items()
        }
        self.file_x = self.add_file("000", "X")
        self.file_y = self.add_file("001", "Y")
        self.file_shared = self.add_file("002", "Y")
        self.as_("admin_x").set_file_shared(self.file_shared, True)
        self.doc = {name: self.document_of(f) for name, f in self.files().items()}
        self.draft_x = self.add_draft("drafter_x", "X 的计划草稿")
        self.draft_y = self.add_draft("drafter_y", "Y 的计划草稿")
        self.draft_x_unshared = self.add_draft("drafter_x2", "X 未共享的草稿")
        self.rules = library_rules_path(path)  # the library's own rules, beside its file
        self.as_("drafter_x").share_draft(self.draft_x, "reviewer_x")
        self.as_("drafter_x").share_draft(self.draft_x, "reviewer_y", can_edit=True)

    def files(self):
        return {"file_x": self.file_x, "file_y": self.file_y, "file_shared": self.file_shared}

    def as_(self, name: str) -> ScopedLibrary:
        if name == "local":
            return ScopedLibrary(self.store, access.local_actor())
        return ScopedLibrary(self.store, access.actor_of(self.people[name]))

    def add_file(self, prefix: str, unit: str, *, name: str | None = None) -> int:
        seed = next(p for p in SEEDS if p.name.startswith(prefix))
        data = seed.read_bytes() + (name or "").encode()
        result = parsed_seed(prefix)
        return self.store.add_file(
            name or seed.name, content_hash(data), len(data), result, unit_id=self.unit[unit]
        ).file_id

    def document_of(self, file_id: int) -> int:
        return next(d.id for d in self.store.documents() if d.file_id == file_id)

    def add_draft(self, owner: str, title: str) -> int:
        blocks = (DraftBlock("heading", "总体要求", 1, "一、"), DraftBlock("paragraph", f"{title}的正文。"))
        return self.as_(owner).create_draft(Draft(title, {}, blocks)).id


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    w = World(tmp_path_factory.mktemp("access") / "lib.sqlite3")
    yield w
    w.store.close()


def _save(lib, world, draft_id):
    current = world.store.draft(draft_id)
    lib.save_draft(draft_id, current.draft, revision=current.revision)


def _throwaway_draft(world, owner="drafter_x"):
    draft_id = world.add_draft(owner, "临时草稿")
    world.store.share_draft(draft_id, world.people["reviewer_y"].id, can_edit=True)
    return draft_id


def _throwaway_file(world, unit, lib):
    """A file of ``unit`` (X or Y), or of Y in the shared library, for one try of a correction."""
    name = f"更正{unit}{id(lib)}.txt"
    document = Document(name, "计划", None, parsed_seed("004").documents[0].blocks)
    outcome = world.store.add_file(
        name, content_hash(name.encode()), 1, ParseResult((document,)), unit_id=world.unit[unit.replace("shared", "Y")]
    )
    world.store.set_file_shared(outcome.file_id, unit == "shared")
    return outcome.file_id


def _throwaway_comment(world, draft_id):
    return world.store.add_comment(draft_id, 0, "请补充数字", author_id=None, author="reviewer").id


# (object, action): how the action is tried on an object named in the table.
ACTIONS = {
    ("file", "read"): lambda lib, w, obj: lib.dropped(w.files()[obj]),
    ("file", "import"): lambda lib, w, obj: _must(usecases.import_path(lib, SEEDS[3]).ok),
    ("file", "remove"): lambda lib, w, obj: lib.delete_file(w.add_file("004", obj, name=f"删{obj}{id(lib)}.txt")),
    ("file", "share"): lambda lib, w, obj: lib.set_file_shared(w.files()[obj], obj == "file_shared"),
    ("file", "correct"): lambda lib, w, obj: usecases.correct_document(
        lib, w.document_of(_throwaway_file(w, obj, lib)), "year", value="2020"
    ),
    ("document", "read"): lambda lib, w, obj: lib.document(w.doc[obj]),
    ("draft", "create"): lambda lib, w, obj: lib.create_draft(Draft("新草稿", {}, ())),
    ("draft", "read"): lambda lib, w, obj: lib.draft(getattr(w, obj)),
    ("draft", "edit"): lambda lib, w, obj: _save(lib, w, getattr(w, obj)),
    ("draft", "export"): lambda lib, w, obj: lib.export_draft(getattr(w, obj), "计划.docx"),
    ("draft", "delete"): lambda lib, w, obj: lib.delete_draft(_throwaway_draft(w, obj)),
    ("draft", "share"): lambda lib, w, obj: lib.share_draft(getattr(w, obj), "reviewer_x"),
    ("draft", "revisions"): lambda lib, w, obj: lib.draft_revisions(getattr(w, obj)),
    ("draft", "mark"): lambda lib, w, obj: lib.mark_reuse(getattr(w, obj), "总体要求", "总体要求", "工会章程原文"),
    ("comment", "read"): lambda lib, w, obj: lib.comments(getattr(w, obj)),
    ("comment", "add"): lambda lib, w, obj: lib.add_comment(getattr(w, obj), 1, "这里写得不错"),
    ("comment", "resolve"): lambda lib, w, obj: lib.resolve_comment(_throwaway_comment(w, getattr(w, obj))),
    ("unit", "manage"): lambda lib, w, obj: lib.add_unit(f"新单位{id(lib)}"),
    ("person", "manage"): lambda lib, w, obj: lib.add_person(f"new{id(lib)}", w.unit["X"], DRAFTER, PASSWORD),
    ("audit", "read"): lambda lib, w, obj: lib.audit_csv(),
    ("rules", "edit"): lambda lib, w, obj: lib.save_staleness_rules(RULES_TEXT),
}
RULES_TEXT = '[[rule]]\npattern = "创先争优"\nreason = "已不再提"\n'


def _must(ok: bool) -> None:
    if not ok:
        raise InputError("refused")


Y, N = True, False
# (person, object kind, action, object) -> allowed. Written out by hand, not derived from access.RULES.
TABLE = [
    # files: a unit's own are its members'; the shared library is everyone's; only an administrator shares
    ("admin_x", "file", "read", "file_x", Y),
    ("reviewer_x", "file", "read", "file_x", Y),
    ("drafter_y", "file", "read", "file_x", N),
    ("reviewer_y", "file", "read", "file_x", N),
    ("drafter_x", "file", "read", "file_y", N),
    ("drafter_x", "file", "read", "file_shared", Y),
    ("reviewer_x", "file", "read", "file_shared", Y),
    ("admin_x", "file", "import", "X", Y),
    ("drafter_x", "file", "import", "X", Y),
    ("reviewer_x", "file", "import", "X", N),
    ("drafter_y", "file", "import", "Y", Y),
    ("drafter_x", "file", "remove", "X", Y),
    ("drafter_x2", "file", "remove", "X", Y),
    ("reviewer_x", "file", "remove", "X", N),
    ("drafter_y", "file", "remove", "X", N),
    ("admin_x", "file", "remove", "Y", N),
    ("admin_x", "file", "correct", "X", Y),
    ("drafter_x", "file", "correct", "X", Y),
    ("reviewer_x", "file", "correct", "X", N),
    ("drafter_y", "file", "correct", "X", N),
    ("drafter_x", "file", "correct", "shared", N),
    ("admin_x", "file", "correct", "shared", N),
    ("local", "file", "correct", "Y", Y),
    ("admin_x", "file", "share", "file_y", Y),
    ("admin_x", "file", "share", "file_shared", Y),
    ("drafter_x", "file", "share", "file_x", N),
    ("drafter_y", "file", "share", "file_shared", N),
    # documents follow their file
    ("drafter_x", "document", "read", "file_x", Y),
    ("reviewer_x", "document", "read", "file_x", Y),
    ("drafter_y", "document", "read", "file_x", N),
    ("drafter_x", "document", "read", "file_y", N),
    ("drafter_x", "document", "read", "file_shared", Y),
    # drafts: a unit's drafters and administrators; reviewers only what is shared with them
    ("admin_x", "draft", "create", "", Y),
    ("drafter_x", "draft", "create", "", Y),
    ("reviewer_x", "draft", "create", "", N),
    ("reviewer_y", "draft", "create", "", N),
    ("admin_x", "draft", "read", "draft_x", Y),
    ("drafter_x", "draft", "read", "draft_x", Y),
    ("drafter_x2", "draft", "read", "draft_x", Y),
    ("reviewer_x", "draft", "read", "draft_x", Y),
    ("reviewer_y", "draft", "read", "draft_x", Y),
    ("drafter_y", "draft", "read", "draft_x", N),
    ("admin_x", "draft", "read", "draft_y", N),
    ("drafter_x", "draft", "read", "draft_y", N),
    ("reviewer_x", "draft", "read", "draft_y", N),
    ("drafter_x", "draft", "read", "draft_x_unshared", Y),
    ("reviewer_x", "draft", "read", "draft_x_unshared", N),
    ("reviewer_x", "comment", "add", "draft_x_unshared", N),
    ("reviewer_x", "draft", "export", "draft_x_unshared", N),
    ("drafter_x", "draft", "edit", "draft_x", Y),
    ("drafter_x2", "draft", "edit", "draft_x", Y),
    ("admin_x", "draft", "edit", "draft_x", Y),
    ("reviewer_x", "draft", "edit", "draft_x", N),
    ("reviewer_y", "draft", "edit", "draft_x", Y),
    ("drafter_y", "draft", "edit", "draft_x", N),
    ("drafter_x", "draft", "edit", "draft_y", N),
    ("reviewer_x", "draft", "export", "draft_x", Y),
    ("drafter_y", "draft", "export", "draft_x", N),
    ("drafter_x", "draft", "export", "draft_y", N),
    ("drafter_x", "draft", "delete", "drafter_x", Y),
    ("drafter_x2", "draft", "delete", "drafter_x", N),
    ("admin_x", "draft", "delete", "drafter_x", Y),
    ("reviewer_y", "draft", "delete", "drafter_x", N),
    ("drafter_y", "draft", "delete", "drafter_x", N),
    ("drafter_x", "draft", "share", "draft_x", Y),
    ("admin_x", "draft", "share", "draft_x", Y),
    ("drafter_x2", "draft", "share", "draft_x", N),
    ("reviewer_x", "draft", "share", "draft_x", N),
    ("reviewer_y", "draft", "share", "draft_x", N),
    ("drafter_y", "draft", "share", "draft_x", N),
    ("reviewer_x", "draft", "revisions", "draft_x", Y),
    # 合理借鉴 marks: the draft's owner (or an administrator of its unit), not a reviewer even with edit rights
    ("drafter_x", "draft", "mark", "draft_x", Y),
    ("admin_x", "draft", "mark", "draft_x", Y),
    ("drafter_x2", "draft", "mark", "draft_x", N),
    ("reviewer_y", "draft", "mark", "draft_x", N),
    ("drafter_y", "draft", "mark", "draft_x", N),
    ("drafter_y", "draft", "revisions", "draft_x", N),
    # comments follow the draft: read and add with the draft; resolve with the right to edit
    ("reviewer_x", "comment", "read", "draft_x", Y),
    ("drafter_y", "comment", "read", "draft_x", N),
    ("reviewer_x", "comment", "add", "draft_x", Y),
    ("reviewer_y", "comment", "add", "draft_x", Y),
    ("drafter_y", "comment", "add", "draft_x", N),
    ("reviewer_x", "comment", "add", "draft_y", N),
    ("drafter_x", "comment", "resolve", "draft_x", Y),
    ("reviewer_x", "comment", "resolve", "draft_x", N),
    ("reviewer_y", "comment", "resolve", "draft_x", Y),
    ("drafter_y", "comment", "resolve", "draft_x", N),
    # administration
    ("admin_x", "unit", "manage", "", Y),
    ("drafter_x", "unit", "manage", "", N),
    ("reviewer_x", "unit", "manage", "", N),
    ("admin_x", "person", "manage", "", Y),
    ("drafter_x", "person", "manage", "", N),
    ("reviewer_y", "person", "manage", "", N),
    ("admin_x", "audit", "read", "", Y),
    ("drafter_x", "audit", "read", "", N),
    ("reviewer_y", "audit", "read", "", N),
    ("admin_x", "rules", "edit", "", Y),
    ("drafter_x", "rules", "edit", "", N),
    ("reviewer_x", "rules", "edit", "", N),
    # single-user mode (the CLI, a server on 127.0.0.1 with no account): everything
    ("local", "draft", "read", "draft_y", Y),
    ("local", "draft", "edit", "draft_x", Y),
    ("local", "file", "remove", "Y", Y),
    ("local", "audit", "read", "", Y),
]


@pytest.mark.parametrize(("person", "kind", "action", "obj", "expected"), TABLE)
def test_the_rule_table(world, person, kind, action, obj, expected):
    library = world.as_(person)
    try:
        ACTIONS[(kind, action)](library, world, obj)
    except (InputError, KeyError):
        allowed = False
    else:
        allowed = True
    assert allowed is expected


def test_every_object_and_action_of_the_rules_is_in_the_table():
    tried = {(kind, action) for _, kind, action, _, _ in TABLE}
    assert set(access.RULES) - {("report", "check")} <= tried
    assert {("report", "check")} <= set(access.RULES)  # tried by the scope test below


def test_what_is_not_yours_looks_like_what_does_not_exist(world):
    drafter_y = world.as_("drafter_y")
    with pytest.raises(InputError) as hidden:
        drafter_y.draft(world.draft_x)
    with pytest.raises(InputError) as missing:
        drafter_y.draft(999_999)
    assert str(hidden.value) == str(missing.value).replace("999999", str(world.draft_x))
    with pytest.raises(InputError) as hidden_file:
        drafter_y.delete_file(world.file_x)
    assert str(hidden_file.value) == f"文库中没有编号为 {world.file_x} 的文件"


def _shared_with_reviewer_x(world) -> set[int]:
    """The drafts shared with reviewer_x, read from the store itself."""
    return {
        d.id
        for d in world.store.drafts()
        if world.people["reviewer_x"].id in {s.person_id for s in world.store.draft_shares(d.id)}
    }


def test_a_person_sees_their_unit_and_the_shared_library_in_lists_the_map_and_check(world):
    x_text = {b.text for b in world.store.blocks() if b.document_id == world.doc["file_x"]}
    y_only = {b.text for b in world.store.blocks([world.unit["Y"]])} - {
        b.text for b in world.store.blocks([world.unit["X"]])
    }
    assert y_only and x_text
    drafter_x = world.as_("drafter_x")
    seen = {b.text for b in drafter_x.blocks()}
    assert not seen & y_only and x_text <= seen
    assert {f.id for f in drafter_x.files()} >= {world.file_x, world.file_shared}
    assert world.file_y not in {f.id for f in drafter_x.files()}
    assert world.draft_y not in {d.id for d in drafter_x.drafts()}
    reviewed = {d.id for d in world.as_("reviewer_x").drafts()}
    assert world.draft_x in reviewed and reviewed == _shared_with_reviewer_x(world)  # nothing else of X's
    groups = usecases.library_groups(drafter_x)
    assert not {m.text for g in groups for m in g.members} & y_only
    # 查重 of a draft made of Y's text: no source of Y's is named to X; Y itself finds them
    pasted = pasted_draft("\n".join(sorted(y_only, key=len)[-5:]))
    found_x = check_drafts([("稿", pasted)], usecases.check_index(drafter_x), CheckSettings()).reports[0]
    found_y = check_drafts([("稿", pasted)], usecases.check_index(world.as_("drafter_y")), CheckSettings()).reports[0]
    y_file = next(f.name for f in world.store.files() if f.id == world.file_y)
    assert y_file in {s.file for s in found_y.summary.sources}
    assert y_file not in {s.file for s in found_x.summary.sources}
    assert world.as_("drafter_x").revision().token != world.as_("drafter_y").revision().token  # caches per unit


def test_reviewer_comments_and_the_drafter_answers_and_resolves(world):
    draft_id = world.add_draft("drafter_x", "审阅用草稿")
    drafter, reviewer = world.as_("drafter_x"), world.as_("reviewer_x")
    drafter.share_draft(draft_id, "reviewer_x")
    comment = reviewer.add_comment(draft_id, 1, "请写明时间")
    answer = drafter.add_comment(draft_id, None, "已补上", parent_id=comment.id)
    assert answer.block == 1 and answer.parent_id == comment.id
    with pytest.raises(InputError):
        reviewer.resolve_comment(comment.id)
    drafter.resolve_comment(comment.id)
    thread = drafter.comments(draft_id)
    assert [(c.author, c.text, c.resolved_at is not None) for c in thread] == [
        ("reviewer_x", "请写明时间", True),
        ("drafter_x", "已补上", False),
    ]
    # revisions and their comparison
    stored = drafter.draft(draft_id)
    changed = Draft(stored.draft.title, {}, (stored.draft.blocks[0], DraftBlock("paragraph", "二〇二七年三月前完成。")))
    drafter.save_draft(draft_id, changed, revision=stored.revision)
    first, second = reviewer.draft_revisions(draft_id)
    assert (first.revision, second.revision, second.saved_by) == (1, 2, "drafter_x")
    changes = usecases.compare_revisions(first.blocks, second.blocks)
    assert [c.kind for c in changes] == ["same", "changed"]
    assert changes[1].new == "二〇二七年三月前完成。"


def test_an_administrator_edits_the_staleness_rules_and_a_bad_rule_is_not_saved(world):
    admin = world.as_("admin_x")
    assert admin.save_staleness_rules(RULES_TEXT) == 1
    with pytest.raises(InputError):
        admin.save_staleness_rules("[[rule]\npattern = ")
    assert world.rules.read_text(encoding="utf-8") == RULES_TEXT  # the file is untouched
    assert not [p.name for p in world.rules.parent.iterdir() if p.name.endswith(".tmp")]
    admin.reset_staleness_rules()
    assert not world.rules.exists()  # back to the shipped rules


def test_the_audit_log_names_imports_removals_exports_shares_and_sign_ins(world):
    # an import of its own (the rule table's imports may have found the file there already): audited either way
    report = usecases.import_path(world.as_("admin_x"), SEEDS[3])
    assert report.ok, report.message
    kinds = {e.action for e in world.store.audit_entries()}
    assert {"导入", "共享文件", "共享草稿"} <= kinds
    csv_text = world.as_("admin_x").audit_csv()
    assert csv_text.startswith("时间,账号,单位,操作,对象,说明,结果") and "共享草稿" in csv_text


def test_one_units_deletions_never_purge_another_units_undo(tmp_path):
    with Library(tmp_path / "purge.sqlite3") as store:
        other = store.add_unit("Y").id
        kept = store.create_draft(Draft("Y 删除的草稿", {}, ()), unit_id=other)
        store.delete_draft(kept.id)
        for n in range(DELETED_DRAFTS_KEPT + 2):
            store.delete_draft(store.create_draft(Draft(f"X {n}", {}, ())).id)
        assert len(store.deleted_drafts([1])) == DELETED_DRAFTS_KEPT
        assert [d.id for d in store.deleted_drafts([other])] == [kept.id]


# --- sign-in, throttling and sessions ---------------------------------------------------------------


@pytest.fixture
def store(tmp_path):
    with Library(tmp_path / "accounts.sqlite3") as library:
        access.add_person(library, "张三", 1, DRAFTER, PASSWORD)
        yield library


def test_passwords_are_hashed_never_stored_or_logged_in_clear(store, tmp_path):
    access.sign_in(store, "张三", PASSWORD)
    with pytest.raises(InputError, match="账号或密码不对"):
        access.sign_in(store, "张三", "wrong password 1")
    store.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("accounts.sqlite3*"))
    assert PASSWORD.encode() not in raw and b"wrong password 1" not in raw
    conn = sqlite3.connect(tmp_path / "accounts.sqlite3")
    assert conn.execute("SELECT password_hash FROM people").fetchone()[0].startswith("$argon2id$")
    with pytest.raises(InputError, match="至少"):
        access.hash_password("short")


def test_sign_in_is_throttled_after_failed_attempts_even_with_the_right_password(store):
    now = datetime(2026, 12, 1, 9, tzinfo=UTC)
    for attempt in range(access.MAX_FAILURES):
        with pytest.raises(InputError, match="账号或密码不对"):
            access.sign_in(store, "张三", f"guess {attempt}", now=now + timedelta(seconds=attempt))
    with pytest.raises(InputError, match="失败次数过多"):
        access.sign_in(store, "张三", PASSWORD, now=now + timedelta(seconds=10))
    actor, _ = access.sign_in(store, "张三", PASSWORD, now=now + timedelta(seconds=access.LOCK_SECONDS + 10))
    assert actor.name == "张三"
    failures = [e for e in store.audit_entries() if not e.ok]
    assert len(failures) == access.MAX_FAILURES + 1  # five wrong passwords, one refused while locked
    with pytest.raises(InputError, match="账号或密码不对"):  # an unknown name says the same
        access.sign_in(store, "李四", PASSWORD, now=now)


def test_one_client_trying_many_names_is_throttled_too(store):
    now = datetime(2026, 12, 1, 9, tzinfo=UTC)
    for n in range(access.MAX_CLIENT_FAILURES):
        with pytest.raises(InputError, match="账号或密码不对"):
            access.sign_in(store, f"user{n}", "Password123!", client="10.1.2.3", now=now)
    with pytest.raises(InputError, match="失败次数过多"):
        access.sign_in(store, "张三", PASSWORD, client="10.1.2.3", now=now + timedelta(seconds=1))
    actor, _ = access.sign_in(store, "张三", PASSWORD, client="10.9.9.9", now=now + timedelta(seconds=1))
    assert actor.name == "张三"  # another client is not locked out by it


def test_sessions_expire_end_on_sign_out_and_when_the_account_changes(store, monkeypatch):
    now = datetime.now(UTC)
    actor, token = access.sign_in(store, "张三", PASSWORD, now=now)
    assert access.resume(store, token, now=now + timedelta(minutes=29)) == actor
    assert access.resume(store, token, now=now + timedelta(minutes=29 + 31)) is None  # idle too long
    assert access.resume(store, token, now=now + timedelta(minutes=1)) is None  # and gone for good
    _, token = access.sign_in(store, "张三", PASSWORD)
    access.sign_out(store, token, actor)
    assert access.resume(store, token) is None  # a token reused after sign-out is worthless
    _, token = access.sign_in(store, "张三", PASSWORD)
    store.update_person(actor.person_id, role=REVIEWER)
    assert access.resume(store, token) is None
    monkeypatch.setenv("JIHUA_SESSION_MINUTES", "0.001")
    _, token = access.sign_in(store, "张三", PASSWORD, now=now)
    assert access.resume(store, token, now=now + timedelta(seconds=1)) is None


def test_accounts_are_on_beyond_loopback_or_once_an_account_exists(tmp_path, monkeypatch):
    monkeypatch.delenv("JIHUA_ACCOUNTS", raising=False)
    with Library(tmp_path / "empty.sqlite3") as library:
        assert not access.accounts_required(library, "127.0.0.1")
        assert access.accounts_required(library, "0.0.0.0")
        assert access.accounts_required(library, "127.0.0.2")
        assert access.accounts_required(library, None)  # Streamlit's default: every interface
        monkeypatch.setenv("JIHUA_ACCOUNTS", "on")
        assert access.accounts_required(library, "127.0.0.1")
        monkeypatch.delenv("JIHUA_ACCOUNTS")
        access.add_person(library, "管理员甲", 1, ADMIN, PASSWORD)
        assert access.accounts_required(library, "127.0.0.1")


# --- two units at once -------------------------------------------------------------------------------


def test_two_units_import_and_draft_at_the_same_time_and_nothing_crosses_over(tmp_path):
    path = tmp_path / "shared.sqlite3"
    with Library(path) as setup:
        units = {"X": 1, "Y": setup.add_unit("Y").id}
        people = {u: access.add_person(setup, f"起草{u}", units[u], DRAFTER, PASSWORD) for u in units}
    seeds = {"X": SEEDS[:2], "Y": SEEDS[2:4]}
    barrier, errors = threading.Barrier(2), []

    def work(unit: str) -> None:
        try:
            with Library(path) as own:  # its own connection, as another session or process would
                library = ScopedLibrary(own, access.actor_of(people[unit]))
                barrier.wait()
                for round_ in range(3):
                    for seed in seeds[unit]:
                        assert usecases.import_path(library, seed).ok
                    library.create_draft(
                        Draft(f"{unit} 草稿 {round_}", {}, (DraftBlock("paragraph", f"{unit} 的正文"),))
                    )
        except Exception as err:  # pragma: no cover - reported below
            errors.append(err)

    threads = [threading.Thread(target=work, args=(u,)) for u in units]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    with Library(path) as check:
        for unit, other in (("X", "Y"), ("Y", "X")):
            library = ScopedLibrary(check, access.actor_of(people[unit]))
            assert {f.name for f in library.files()} == {p.name for p in seeds[unit]}
            assert {d.title for d in library.drafts()} == {f"{unit} 草稿 {r}" for r in range(3)}
            theirs = {b.text for b in check.blocks([units[other]])} - {b.text for b in check.blocks([units[unit]])}
            assert not {b.text for b in library.blocks()} & theirs
