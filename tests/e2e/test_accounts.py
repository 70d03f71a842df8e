"""Accounts on a server bound beyond loopback (issue 15).

"Beyond loopback" is played by 127.0.0.2: the app treats every address but 127.0.0.1, ::1 and
localhost as an office network (accounts always on), while the traffic never leaves this machine.
Two units share the server: 院办 (drafter a, reviewer r) and 护理部 (drafter b), whose library and
draft hold a sentence nobody of 院办 may ever see.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request

import pytest

from nlp import access, usecases
from nlp.library import Library
from nlp.models import Draft, DraftBlock

from .harness import ROOT, alert, field, goto, navigate, settle, type_into

OFFICE = "127.0.0.2"
PASSWORD = "院办-password-2027"
SECRET = "夜班护士关爱基金由护理部单独筹措并专款专用"
SECRET_FILE = "护理部内部计划.txt"
SECRET_DRAFT = "护理部绝密草稿"
SECRET_PLAN = f"""护理部2027年工作计划
一、总体要求
{SECRET}，每季度向护士长会议报告使用情况。
二、重点工作
（一）完善夜班护士轮休制度，保障护士休息权益。
""".encode()


def office_store(path) -> dict:
    """The two units, their people, 院办's sample files, 护理部's secret file and draft, and a 院办 draft
    shared with reviewer r. Returns the ids the test needs."""
    with Library(path) as store:
        store.rename_unit(1, "院办")
        nursing = store.add_unit("护理部").id
        people = {
            "a": access.add_person(store, "a", 1, access.DRAFTER, PASSWORD),
            "r": access.add_person(store, "r", 1, access.REVIEWER, PASSWORD),
            "b": access.add_person(store, "b", nursing, access.DRAFTER, PASSWORD),
            "lock": access.add_person(store, "lock", 1, access.DRAFTER, PASSWORD),
        }
        a = access.ScopedLibrary(store, access.actor_of(people["a"]))
        b = access.ScopedLibrary(store, access.actor_of(people["b"]))
        for seed in sorted((ROOT / "corpus").glob("00[01]*.txt")):
            assert usecases.import_path(a, seed).ok
        assert usecases.import_file(b, SECRET_PLAN, SECRET_FILE).ok
        secret_draft = b.create_draft(Draft(SECRET_DRAFT, {}, (DraftBlock("paragraph", SECRET),))).id
        own = a.create_draft(
            Draft(
                "院办年度计划",
                {},
                (DraftBlock("heading", "总体要求", 1, "一、"), DraftBlock("paragraph", "按时召开职代会。")),
            )
        ).id
        a.share_draft(own, "r")
    return {"secret_draft": secret_draft, "own_draft": own}


def sign_in(page, name: str, password: str = PASSWORD) -> None:
    field(page, "账号").fill(name)
    field(page, "密码").fill(password)
    page.get_by_role("button", name="登录").click()
    settle(page)


def assert_nothing_of_nursing(page) -> None:
    source = page.content()
    for text in (SECRET, SECRET_FILE, SECRET_DRAFT, "护士长会议"):
        assert text not in source


@pytest.fixture
def office(servers, tmp_path):
    db = tmp_path / "office.sqlite3"
    ids = office_store(db)
    return servers.start(db, address=OFFICE), ids


def test_accounts_beyond_loopback(office, pages):
    server, ids = office
    # A visitor gets the sign-in page and nothing else, whatever address they type.
    visitor = pages.new()
    for path in ("", "compose", f"compose?draft={ids['secret_draft']}", "check", "admin"):
        goto(visitor, server, path, "计划工坊")
        field(visitor, "账号").wait_for(state="visible")
        assert visitor.locator('[data-testid="stSidebarNav"]').count() == 0
        assert_nothing_of_nursing(visitor)
        assert "院办年度计划" not in visitor.content() and "医院工会" not in visitor.content()
    direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with direct.open(server.url) as answer:
        assert SECRET not in answer.read().decode("utf-8")
    # XSRF: an upload without the XSRF cookie and header is refused by the server.
    request = urllib.request.Request(f"{server.url}_stcore/upload_file/x/y", data=b"--", method="PUT")
    with pytest.raises(urllib.error.HTTPError) as refused:
        direct.open(request)
    assert refused.value.code == 403

    # Wrong passwords are throttled: after five, even the right one is refused for a while.
    for attempt in range(access.MAX_FAILURES):
        sign_in(visitor, "lock", f"guess-{attempt}-wrong")
        alert(visitor, "账号或密码不对")
    sign_in(visitor, "lock", PASSWORD)
    alert(visitor, "登录失败次数过多")
    assert visitor.locator('[data-testid="stSidebarNav"]').count() == 0

    # a of 院办 asks for 护理部's draft by its address: gets the sign-in page, then her own drafts only.
    a = pages.new()
    goto(a, server, f"compose?draft={ids['secret_draft']}", "计划工坊")
    sign_in(a, "a")
    a.locator("h1", has_text="起草").wait_for()
    settle(a)
    assert "院办年度计划" in a.content()
    assert_nothing_of_nursing(a)
    # …nor by search in the map, nor as a 查重 source, nor in the library.
    navigate(a, "模板段落")
    type_into(a, "关键词", "夜班护士")
    assert_nothing_of_nursing(a)
    navigate(a, "查重")
    type_into(a, "粘贴草稿全文", f"{SECRET}，每季度向护士长会议报告使用情况。")
    source = a.content()
    assert SECRET_FILE not in source and "护理部2027年工作计划" not in source
    navigate(a, "文库")
    assert_nothing_of_nursing(a)
    assert "可见文库：院办的文库＋共享文库" in a.content()

    # The reviewer comments on a's draft; a sees it. The reviewer cannot see 护理部's draft either.
    r = pages.new()
    goto(r, server, "", "计划工坊")
    sign_in(r, "r")
    navigate(r, "审阅")
    assert "院办年度计划" in r.content()
    assert_nothing_of_nursing(r)
    form = r.locator('[data-testid="stForm"]', has_text="添加批注")
    field(form, "批注内容").fill("请补充职代会的召开时间。")
    form.get_by_role("button", name="添加批注").click()
    settle(r)
    assert "请补充职代会的召开时间。" in r.content()
    navigate(a, "审阅")
    assert "请补充职代会的召开时间。" in a.content() and "💬" in a.content()

    # Signing out ends the session: going back shows the sign-in page, not the library.
    a.get_by_role("button", name="退出登录").click()
    settle(a)
    field(a, "账号").wait_for(state="visible")
    a.go_back()
    settle(a)
    assert a.locator('[data-testid="stSidebarNav"]').count() == 0
    assert "请补充职代会的召开时间。" not in a.content()


def test_a_session_expires(servers, pages, tmp_path, monkeypatch):
    monkeypatch.setenv("JIHUA_SESSION_MINUTES", "0.1")  # six seconds without use
    db = tmp_path / "expiry.sqlite3"
    office_store(db)
    server = servers.start(db, address=OFFICE)
    page = pages.new()
    goto(page, server, "", "计划工坊")
    sign_in(page, "a")
    page.locator("h1", has_text="文库").wait_for()
    navigate(page, "起草")  # in use: still signed in
    time.sleep(8)
    page.locator('[data-testid="stSidebarNav"] a', has_text="查重").click()
    alert(page, "登录已过期")
    assert page.locator('[data-testid="stSidebarNav"]').count() == 0
    assert "院办年度计划" not in page.content()
