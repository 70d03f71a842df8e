"""Who may do what: people, units, roles, sign-in, sessions and the one table of rules.

Every reader of the library goes through a ``ScopedLibrary``: the store seen by one ``Actor`` (a
signed-in person, or the local user of the CLI and of a single-user server). It has the methods
the CLI, the use cases and the pages call on a ``Library``, and checks each against ``RULES``
before it reads or writes, so a draft, document, file, comment or report that is not the
actor's to see looks exactly like one that does not exist, whichever face asked for it.

Single-user mode (no account in the store, a server on 127.0.0.1 or the CLI): the actor is
``local_actor()``, an administrator who sees every unit (or one, with ``--unit``).
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import ipaddress
import os
import secrets
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from nlp.compose.staleness import library_rules_path, save_rules
from nlp.errors import InputError
from nlp.library import Library
from nlp.library.store import DraftNotFound
from nlp.models import (
    AuditEntry,
    Comment,
    Correction,
    DocumentSummary,
    Draft,
    DraftRevision,
    DraftShare,
    DraftSummary,
    IngestOutcome,
    LibraryRevision,
    ParseResult,
    Person,
    ReuseMark,
    Step,
    StoredBlock,
    StoredDraft,
    StoredFile,
    TrashedFile,
    Unit,
    no_step,
)

ADMIN, DRAFTER, REVIEWER = "管理员", "起草人", "审阅人"
ROLES = (ADMIN, DRAFTER, REVIEWER)
LOCAL_NAME = "本机"

# Sign-in: after MAX_FAILURES failed attempts for one name (MAX_CLIENT_FAILURES from one client
# address) within FAILURE_WINDOW, it is refused
# (even with the right password) for LOCK_SECONDS, doubling with every further failure.
MAX_FAILURES = 5
MAX_CLIENT_FAILURES = 20  # from one client address, whatever the names tried
FAILURE_WINDOW = timedelta(minutes=15)
LOCK_SECONDS = 60
MAX_LOCK_SECONDS = 15 * 60
# A session ends after SESSION_IDLE_MINUTES without use ($JIHUA_SESSION_MINUTES) or SESSION_MAX_HOURS in all.
SESSION_IDLE_MINUTES = 30
SESSION_MAX_HOURS = 12
MIN_PASSWORD_CHARS = 10

_hasher = PasswordHasher()  # argon2id with the library's defaults (RFC 9106 low-memory profile)


@dataclass(frozen=True)
class Actor:
    """Who is acting: ``person_id`` None for the local user; ``units`` None: every unit's library."""

    name: str
    role: str
    unit_id: int
    person_id: int | None = None
    all_units: bool = False

    @property
    def units(self) -> frozenset[int] | None:
        """The units whose libraries and drafts the actor sees (besides the shared library)."""
        return None if self.all_units else frozenset({self.unit_id})

    def member_of(self, unit_id: int) -> bool:
        return self.all_units or unit_id == self.unit_id

    @property
    def scope_key(self) -> str:
        """What the actor sees, as a cache key: two actors with one key see the same library."""
        return "all" if self.all_units else f"unit{self.unit_id}"


def scope_units(revision_token: str) -> frozenset[int] | None:
    """The units of a ``ScopedLibrary.revision()`` token (made on the server from the signed-in actor):
    the caches keyed on it read only those units' libraries and the shared one."""
    scope = revision_token.rpartition(":")[2]
    return None if scope == "all" else frozenset({int(scope.removeprefix("unit"))})


def local_actor(unit_id: int | None = None) -> Actor:
    """The CLI's user and a single-user server's: an administrator of every unit, or of ``unit_id``."""
    return Actor(LOCAL_NAME, ADMIN, unit_id or 1, None, all_units=unit_id is None)


def actor_of(person: Person) -> Actor:
    return Actor(person.name, person.role, person.unit_id, person.id)


# --- the rules ----------------------------------------------------------------------------------

# (object, action) -> who may: "member" (of the object's unit, any role), "shared" (the object is in
# the shared library), "writer" (an administrator or drafter of the object's unit), "owner" (the
# draft's owner, or an administrator of its unit; a draft without owner: any writer of its unit),
# "share" / "share-edit" (the draft is shared with the actor / with the right to edit), "admin"
# (an administrator, any unit). One rule row is allowed when any of its conditions holds.
RULES: dict[tuple[str, str], tuple[str, ...]] = {
    ("file", "read"): ("member", "shared"),
    ("file", "import"): ("writer",),
    ("file", "remove"): ("writer",),
    ("file", "correct"): ("writer",),
    ("file", "share"): ("admin",),
    ("document", "read"): ("member", "shared"),
    ("draft", "create"): ("writer",),
    ("draft", "read"): ("writer", "share"),
    ("draft", "edit"): ("writer", "share-edit"),
    ("draft", "export"): ("writer", "share"),
    ("draft", "delete"): ("owner",),
    ("draft", "share"): ("owner",),
    ("draft", "mark"): ("owner",),  # mark a paragraph 合理借鉴
    ("comment", "read"): ("writer", "share"),
    ("comment", "add"): ("writer", "share"),
    ("comment", "resolve"): ("writer", "share-edit"),
    ("report", "check"): ("member",),
    ("unit", "manage"): ("admin",),
    ("person", "manage"): ("admin",),
    ("audit", "read"): ("admin",),
    ("rules", "edit"): ("admin",),
}


@dataclass(frozen=True)
class Target:
    """What the rules need to know of an object: its unit, whether it is shared, its owner, and the
    actor's share of it (None, "read" or "edit")."""

    unit_id: int
    shared: bool = False
    owner_id: int | None = None
    share: str | None = None


def allowed(actor: Actor, kind: str, action: str, target: Target) -> bool:
    """Whether ``actor`` may do ``action`` to an object of ``kind`` described by ``target``."""
    member = actor.member_of(target.unit_id)
    writer = member and actor.role in (ADMIN, DRAFTER)
    conditions = {
        "member": member,
        "shared": target.shared,
        "writer": writer,
        "owner": writer and (actor.role == ADMIN or target.owner_id is None or target.owner_id == actor.person_id),
        "share": target.share is not None,
        "share-edit": target.share == "edit",
        "admin": actor.role == ADMIN,
    }
    return any(conditions[c] for c in RULES[(kind, action)])


class Refused(InputError):
    """An action the actor's role does not allow on something they may see."""


# --- the store as one actor sees it -------------------------------------------------------------


class ScopedLibrary:
    """``library`` as ``actor`` sees it: the methods of ``Library`` that pages, use cases and the CLI
    call, each checked against ``RULES``. Something not visible raises the same error as something
    missing; something visible but not allowed raises ``Refused``."""

    def __init__(self, library: Library, actor: Actor):
        self.library = library
        self.actor = actor
        self.path = library.path

    # -- the library --

    def revision(self) -> LibraryRevision:
        """The store's revision, its token extended by the actor's scope: caches keyed on it are per unit."""
        revision = self.library.revision()
        return LibraryRevision(revision.number, f"{revision.token}:{self.actor.scope_key}")

    def is_empty(self) -> bool:
        return self.library.is_empty(self.actor.units)

    def files(self) -> list[StoredFile]:
        return self.library.files(self.actor.units)

    def documents(self) -> list[DocumentSummary]:
        return self.library.documents(self.actor.units)

    def blocks(self, *, ids: Collection[int] | None = None) -> list[StoredBlock]:
        return self.library.blocks(self.actor.units, ids=ids)

    def block_ids(self) -> list[int]:
        return self.library.block_ids(self.actor.units)

    def line_files(self, max_chars: int) -> Mapping[str, int]:
        return self.library.line_files(max_chars, self.actor.units)

    def own_lines(self, data_sha256: str, max_chars: int) -> list[str]:
        return self.library.own_lines(data_sha256, max_chars, self.actor.units)

    def _file(self, file_id: int, action: str) -> Target:
        owner = self.library.file_owner(file_id)
        target = Target(*owner) if owner else None
        if target is None or not allowed(self.actor, "file", "read", target):
            raise InputError(f"文库中没有编号为 {file_id} 的文件")
        if not allowed(self.actor, "file", action, target):
            raise Refused("你的角色不能对这个文件做这件事")
        return target

    def document(self, document_id: int):
        file_id = self.library.document_file(document_id)
        owner = self.library.file_owner(file_id) if file_id is not None else None
        if owner is None or not allowed(self.actor, "document", "read", Target(*owner)):
            raise KeyError(document_id)
        return self.library.document(document_id)

    def dropped(self, file_id: int):
        self._file(file_id, "read")
        return self.library.dropped(file_id)

    def cached_tokens(self, texts):
        return self.library.cached_tokens(texts)

    def save_tokens(self, tokens) -> None:
        self.library.save_tokens(tokens)

    def add_file(
        self, name: str, data_sha256: str, size: int, result: ParseResult, *, step: Step = no_step
    ) -> IngestOutcome:
        if not allowed(self.actor, "file", "import", Target(self.actor.unit_id)):
            self._audit("导入", name, "角色不允许", ok=False)
            raise Refused("你的角色不能向文库导入文件")
        outcome = self.library.add_file(name, data_sha256, size, result, unit_id=self.actor.unit_id, step=step)
        self._audit("导入", f"文件 {outcome.file_id} {name}", f"新增文档 {outcome.added}")
        return outcome

    def delete_file(self, file_id: int) -> None:
        self._file(file_id, "remove")
        self.library.delete_file(file_id, removed_by=self.actor.name)
        self._audit("删除文件", f"文件 {file_id}")

    def may_change_file(self, file_id: int, action: str) -> bool:
        """Whether the actor may ``action`` ("remove", "correct") a file they see (pages hide what they may not)."""
        try:
            self._file(file_id, action)
        except InputError:
            return False
        return True

    def trashed_files(self) -> list[TrashedFile]:
        """The removed files the actor may restore: their own units' (none for a reviewer)."""
        if self.actor.role == REVIEWER:
            return []
        return self.library.trashed_files(self.actor.units)

    def restore_file(self, file_id: int) -> IngestOutcome:
        trashed = self.library.trashed_file(file_id)
        if trashed is None or not self.actor.member_of(trashed.unit_id):
            raise InputError(f"回收站中没有编号为 {file_id} 的文件（可能已恢复或已被清除）")
        if not allowed(self.actor, "file", "remove", Target(trashed.unit_id)):
            raise Refused("你的角色不能恢复文件")
        outcome = self.library.restore_file(file_id)
        self._audit("恢复文件", f"文件 {outcome.file_id}", f"恢复文档 {outcome.added}")
        return outcome

    def document_place(self, document_id: int) -> tuple[int, int]:
        """The document's file and its place in it; a document not visible raises ``KeyError``."""
        self.document(document_id)
        return self.library.document_place(document_id)

    def file_parse(self, file_id: int) -> tuple[str, ParseResult]:
        """The file's content hash and its parse before corrections."""
        self._file(file_id, "read")
        return self.library.file_parse(file_id)

    def corrections(self, file_id: int) -> list[Correction]:
        """The corrections made to the actor's copy of a file."""
        self._file(file_id, "read")
        return self.library.file_corrections(file_id)

    def correct_file(
        self, file_id: int, *, add: Correction | None = None, remove: int | None = None
    ) -> Correction | None:
        """Record or take back a correction of a file: a drafter of its unit or an administrator only."""
        try:
            self._file(file_id, "correct")
        except Refused:
            raise Refused("只有本单位的起草人或管理员能更正文库中的文件") from None
        done = self.library.correct_file(file_id, add=add, remove=remove)
        what = f"{add.action} {add.anchor}" if add is not None else f"撤销更正 {remove}"
        self._audit("更正文件", f"文件 {file_id}", what)
        return done

    def set_file_shared(self, file_id: int, shared: bool) -> None:
        """Put a file into the shared library (范文, 上级文件) or take it out: administrators only."""
        if not allowed(self.actor, "file", "share", Target(0)):
            raise Refused("只有管理员能决定共享文库的内容")
        self.library.set_file_shared(file_id, shared)
        self._audit("共享文件" if shared else "取消共享文件", f"文件 {file_id}")

    def all_files(self) -> list[StoredFile]:
        """Every unit's files (names only), for an administrator deciding what is shared."""
        self._require("unit", "manage")
        return self.library.files()

    # -- drafts --

    def _draft_target(self, draft_id: int) -> Target | None:
        owner = self.library.draft_owner(draft_id)
        if owner is None:
            return None
        share = None
        if self.actor.person_id is not None:
            for s in self.library.draft_shares(draft_id):
                if s.person_id == self.actor.person_id:
                    share = "edit" if s.can_edit else "read"
        return Target(owner[0], False, owner[1], share)

    def _check_draft(self, draft_id: int, action: str, kind: str = "draft") -> Target:
        target = self._draft_target(draft_id)
        if target is None or not allowed(self.actor, "draft", "read", target):
            raise DraftNotFound(f"没有编号为 {draft_id} 的草稿")
        if not allowed(self.actor, kind, action, target):
            raise Refused("你的角色不能对这份草稿做这件事（审阅人只能阅读和批注，除非起草人给了修改权限）")
        return target

    def drafts(self) -> list[DraftSummary]:
        units = self.actor.units
        if units is not None and self.actor.role == REVIEWER:
            units = ()  # a reviewer sees the drafts shared with them, not the unit's
        return self.library.drafts(units, shared_with=self.actor.person_id)

    def deleted_drafts(self) -> list[DraftSummary]:
        if self.actor.role == REVIEWER:
            return []
        return self.library.deleted_drafts(self.actor.units)

    def draft(self, draft_id: int) -> StoredDraft:
        self._check_draft(draft_id, "read")
        return self.library.draft(draft_id)

    def create_draft(self, draft: Draft) -> StoredDraft:
        if not allowed(self.actor, "draft", "create", Target(self.actor.unit_id)):
            raise Refused("审阅人不能新建草稿")
        return self.library.create_draft(
            draft, unit_id=self.actor.unit_id, owner_id=self.actor.person_id, saved_by=self.actor.name
        )

    def save_draft(self, draft_id: int, draft: Draft, *, revision: int) -> StoredDraft:
        self._check_draft(draft_id, "edit")
        return self.library.save_draft(draft_id, draft, revision=revision, saved_by=self.actor.name)

    def copy_draft(self, draft_id: int, *, title: str | None = None) -> StoredDraft:
        self._check_draft(draft_id, "read")
        if not allowed(self.actor, "draft", "create", Target(self.actor.unit_id)):
            raise Refused("审阅人不能新建草稿")
        return self.library.copy_draft(draft_id, title=title, unit_id=self.actor.unit_id, owner_id=self.actor.person_id)

    def delete_draft(self, draft_id: int) -> None:
        self._check_draft(draft_id, "delete")
        self.library.delete_draft(draft_id)

    def restore_draft(self, draft_id: int | None = None) -> StoredDraft:
        if draft_id is None:
            if self.actor.role == REVIEWER:
                raise DraftNotFound("没有可以撤销的删除")
            return self.library.restore_draft(None, units=self.actor.units)
        self._check_draft(draft_id, "delete")
        return self.library.restore_draft(draft_id)

    def export_draft(self, draft_id: int, file_name: str) -> StoredDraft:
        """The draft to export, the export written to the audit log."""
        self._check_draft(draft_id, "export")
        self._audit("导出草稿", f"草稿 {draft_id}", file_name)
        return self.library.draft(draft_id)

    def reuse_marks(self, draft_id: int) -> list[ReuseMark]:
        self._check_draft(draft_id, "read")
        return self.library.reuse_marks(draft_id)

    def mark_reuse(self, draft_id: int, key: str, text: str, reason: str) -> None:
        """Mark a paragraph of the draft 合理借鉴: its owner only (or an administrator of its unit)."""
        self._check_mark(draft_id)
        self.library.mark_reuse(draft_id, key, text, reason, marked_by=self.actor.name)
        self._audit("标记合理借鉴", f"草稿 {draft_id}", text[:40])

    def unmark_reuse(self, draft_id: int, key: str) -> None:
        self._check_mark(draft_id)
        self.library.unmark_reuse(draft_id, key)
        self._audit("取消合理借鉴", f"草稿 {draft_id}")

    def _check_mark(self, draft_id: int) -> None:
        try:
            self._check_draft(draft_id, "mark")
        except Refused:
            raise Refused("只有草稿的起草人能标记合理借鉴") from None

    # -- review --

    def share_draft(self, draft_id: int, person_name: str, *, can_edit: bool = False) -> DraftShare:
        """Share a draft with a person (by account name): they read and comment, and edit if ``can_edit``."""
        self._check_draft(draft_id, "share")
        found = self.library.person_credentials(person_name)
        if found is None or not found[0].active:
            raise InputError(f"没有名为“{person_name}”的账号")
        person = found[0]
        self.library.share_draft(draft_id, person.id, can_edit=can_edit)
        self._audit("共享草稿", f"草稿 {draft_id}", f"给 {person.name}（{'可修改' if can_edit else '只读批注'}）")
        return next(s for s in self.library.draft_shares(draft_id) if s.person_id == person.id)

    def unshare_draft(self, draft_id: int, person_id: int) -> None:
        self._check_draft(draft_id, "share")
        self.library.unshare_draft(draft_id, person_id)
        self._audit("取消共享草稿", f"草稿 {draft_id}", f"账号 {person_id}")

    def draft_shares(self, draft_id: int) -> list[DraftShare]:
        self._check_draft(draft_id, "read")
        return self.library.draft_shares(draft_id)

    def comments(self, draft_id: int) -> list[Comment]:
        self._check_draft(draft_id, "read", "comment")
        return self.library.comments(draft_id)

    def add_comment(self, draft_id: int, block: int | None, text: str, *, parent_id: int | None = None) -> Comment:
        """A comment on block ``block`` of the draft (None: the whole draft), or an answer to ``parent_id``."""
        self._check_draft(draft_id, "add", "comment")
        text = text.strip()
        if not text:
            raise InputError("批注不能为空")
        if parent_id is not None:
            parent = self.library.comment(parent_id)
            if parent is None or parent.draft_id != draft_id:
                raise InputError(f"这份草稿没有编号为 {parent_id} 的批注")
            block = parent.block
        return self.library.add_comment(
            draft_id, block, text, author_id=self.actor.person_id, author=self.actor.name, parent_id=parent_id
        )

    def resolve_comment(self, comment_id: int) -> None:
        comment = self.library.comment(comment_id)
        if comment is None:
            raise InputError(f"没有编号为 {comment_id} 的批注")
        try:
            self._check_draft(comment.draft_id, "resolve", "comment")
        except DraftNotFound:
            raise InputError(f"没有编号为 {comment_id} 的批注") from None
        self.library.resolve_comment(comment_id)

    def draft_revisions(self, draft_id: int) -> list[DraftRevision]:
        self._check_draft(draft_id, "read")
        return self.library.draft_revisions(draft_id)

    # -- administration --

    def _require(self, kind: str, action: str) -> None:
        if not allowed(self.actor, kind, action, Target(self.actor.unit_id)):
            raise Refused("只有管理员能做这件事")

    def units(self) -> list[Unit]:
        units = self.library.units()
        return units if self.actor.role == ADMIN else [u for u in units if self.actor.member_of(u.id)]

    def add_unit(self, name: str) -> Unit:
        self._require("unit", "manage")
        name = name.strip()
        if not name:
            raise InputError("单位名称不能为空")
        unit = self.library.add_unit(name)
        self._audit("新建单位", name)
        return unit

    def people(self) -> list[Person]:
        """Every account for an administrator; the other members of one's unit (to share a draft with)
        and the reviewers of any unit for everyone else."""
        people = self.library.people()
        if self.actor.role == ADMIN:
            return people
        return [p for p in people if p.active and (p.unit_id == self.actor.unit_id or p.role == REVIEWER)]

    def add_person(self, name: str, unit_id: int, role: str, password: str) -> Person:
        self._require("person", "manage")
        person = add_person(self.library, name, unit_id, role, password)
        self._audit("新建账号", name, f"{role}，单位 {unit_id}")
        return person

    def update_person(self, person_id: int, *, role=None, active=None, password=None, unit_id=None) -> None:
        self._require("person", "manage")
        if role is not None and role not in ROLES:
            raise InputError(f"角色只能是{'、'.join(ROLES)}之一")
        self.library.update_person(
            person_id,
            role=role,
            active=active,
            unit_id=unit_id,
            password_hash=hash_password(password) if password is not None else None,
        )
        self._audit("修改账号", f"账号 {person_id}", "改密码" if password is not None else "")

    def save_staleness_rules(self, text: str) -> int:
        """The library's own staleness rules (beside its file; the shipped ones stay the default)
        replaced by ``text`` once it reads as valid rules; how many rules."""
        self._require("rules", "edit")
        path = library_rules_path(self.path)
        count = len(save_rules(path, text))
        self._audit("修改过时规则", path.name, f"{count} 条")
        return count

    def reset_staleness_rules(self) -> None:
        """Back to the shipped rules: the library's own file is removed."""
        self._require("rules", "edit")
        library_rules_path(self.path).unlink(missing_ok=True)
        self._audit("恢复默认过时规则", "", "")

    def may_edit_rules(self) -> bool:
        return allowed(self.actor, "rules", "edit", Target(self.actor.unit_id))

    def audit_entries(self, limit: int | None = None) -> list[AuditEntry]:
        self._require("audit", "read")
        return self.library.audit_entries(limit)

    def audit_csv(self) -> str:
        """The audit log as CSV (UTF-8 with a BOM when written, so Excel reads the Chinese)."""
        entries = self.audit_entries()
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["时间", "账号", "单位", "操作", "对象", "说明", "结果"])
        for e in entries:
            writer.writerow([e.at, e.person, e.unit_id or "", e.action, e.object, e.detail, "成功" if e.ok else "失败"])
        return out.getvalue()

    def _audit(self, action: str, obj: str, detail: str = "", *, ok: bool = True) -> None:
        self.library.audit(self.actor.name, self.actor.unit_id, action, obj, detail, ok)


# --- accounts, sign-in and sessions -------------------------------------------------------------


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_CHARS:
        raise InputError(f"密码至少 {MIN_PASSWORD_CHARS} 个字符")
    return _hasher.hash(password)


def add_person(library: Library, name: str, unit_id: int, role: str, password: str) -> Person:
    """A new account (the CLI's ``user add`` and the administrator's page); the password is hashed here."""
    name = name.strip()
    if not name:
        raise InputError("账号名不能为空")
    if role not in ROLES:
        raise InputError(f"角色只能是{'、'.join(ROLES)}之一")
    if unit_id not in {u.id for u in library.units()}:
        raise InputError(f"没有编号为 {unit_id} 的单位")
    return library.add_person(name, unit_id, role, hash_password(password))


def unit_id_of(library: Library, unit: str | None) -> int | None:
    """The id of a unit named by its name or number (the CLI's ``--unit``); None stays None."""
    if unit is None:
        return None
    for u in library.units():
        if unit in (u.name, str(u.id)):
            return u.id
    raise InputError(f"没有名为“{unit}”的单位（已有：{'、'.join(u.name for u in library.units())}）")


def accounts_required(library: Library, server_address: str | None) -> bool:
    """Whether the app asks people to sign in: when any account exists, when ``$JIHUA_ACCOUNTS`` is
    ``on``, or when the server listens beyond loopback (then even with no account yet)."""
    if os.environ.get("JIHUA_ACCOUNTS", "").lower() in ("1", "on", "true"):
        return True
    return library.has_people() or not is_loopback(server_address)


def is_loopback(address: str | None) -> bool:
    """127.0.0.1, ::1 and localhost only. No address (Streamlit's default: every interface) is not
    loopback, and another 127.x address stands for the office network in the browser tests."""
    if address == "localhost":
        return True
    if not address:
        return False
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return ip in (ipaddress.ip_address("127.0.0.1"), ipaddress.ip_address("::1"))


def _now() -> datetime:
    return datetime.now(UTC)


def _sha256(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def sign_in(
    library: Library, name: str, password: str, *, client: str | None = None, now: datetime | None = None
) -> tuple[Actor, str]:
    """Check a name and password; the actor and a new session token. Failures are counted per name
    (past ``MAX_FAILURES`` the name is locked for a while) and per client address (past
    ``MAX_CLIENT_FAILURES``, against one password tried on many names), and written to the audit log."""
    now = now or _now()
    name = name.strip()
    keys = [(name, MAX_FAILURES)] + ([(f"@{client}", MAX_CLIENT_FAILURES)] if client else [])
    for key, limit in keys:
        _refuse_if_locked(library, key, limit, now, name)
    found = library.person_credentials(name)
    if found is not None and found[0].active and _verify(found[1], password):
        person = found[0]
        library.clear_sign_in_failures(name)
        token = secrets.token_urlsafe(32)
        library.add_session(_sha256(token), person.id, now.isoformat())
        library.audit(name, person.unit_id, "登录", "", client or "", True)
        return actor_of(person), token
    if found is None:
        _verify(_dummy_hash(), password)  # the same time for an unknown name as for a wrong password
    for key, _ in keys:
        library.record_sign_in_failure(key, now.isoformat())
    library.audit(name, None, "登录", "", f"账号或密码不对 {client or ''}".strip(), False)
    raise InputError("账号或密码不对")


def _refuse_if_locked(library: Library, key: str, limit: int, now: datetime, name: str) -> None:
    failures = [datetime.fromisoformat(at) for at in library.sign_in_failures(key, (now - FAILURE_WINDOW).isoformat())]
    if len(failures) < limit:
        return
    until = failures[-1] + timedelta(seconds=min(LOCK_SECONDS * 2 ** (len(failures) - limit), MAX_LOCK_SECONDS))
    if now < until:
        library.audit(name, None, "登录", "", f"尝试次数过多，已锁定（{key}）", False)
        raise InputError(f"登录失败次数过多，请 {int((until - now).total_seconds()) + 1} 秒后再试")


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


@functools.cache
def _dummy_hash() -> str:
    return _hasher.hash(secrets.token_hex(16))


def session_idle() -> timedelta:
    return timedelta(minutes=float(os.environ.get("JIHUA_SESSION_MINUTES") or SESSION_IDLE_MINUTES))


def resume(library: Library, token: str | None, *, now: datetime | None = None) -> Actor | None:
    """The actor of a live session, its last use renewed; None if the token is unknown, signed
    out, idle past ``session_idle()`` or older than ``SESSION_MAX_HOURS``, or the account disabled."""
    if not token:
        return None
    now = now or _now()
    key = _sha256(token)
    found = library.session(key)
    if found is None:
        return None
    person_id, created, seen = found
    if now - datetime.fromisoformat(seen) > session_idle() or now - datetime.fromisoformat(created) > timedelta(
        hours=SESSION_MAX_HOURS
    ):
        library.end_session(key)
        return None
    person = library.person(person_id)
    if person is None or not person.active:
        library.end_session(key)
        return None
    library.touch_session(key, now.isoformat())
    return actor_of(person)


def sign_out(library: Library, token: str | None, actor: Actor | None = None) -> None:
    """End a session: its token is worthless from now on."""
    if token:
        library.end_session(_sha256(token))
        if actor is not None:
            library.audit(actor.name, actor.unit_id, "退出", "", "", True)
