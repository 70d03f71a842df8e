"""Drafts in real browsers: two people composing at the same time, and a server stopped in the
middle of a composition. (Several processes writing one SQLite file at once is tested at the store
level in tests/test_drafts.py.)"""

from __future__ import annotations

import re

from playwright.sync_api import expect

from .harness import field, goto, settle, type_into, widget

OWN_FORM = '[data-testid="stForm"]:has-text("添加这一段")'


def new_draft(page, title: str) -> None:
    field(page, "新草稿的标题").fill(title)
    page.get_by_role("button", name="创建草稿").click()


def add_own(page, text: str) -> None:
    """Type a block on the 自己写 tab and add it (the caller settles)."""
    page.get_by_role("tab", name="自己写").click()
    settle(page)  # choosing a tab reruns the page (it keeps the tab): let it draw first
    form = page.locator(OWN_FORM).filter(visible=True).first
    field(form, "文字").fill(text)
    form.get_by_role("button", name="添加这一段").click()


def draft_texts(page) -> list[str]:
    """The text of each block in the editor, in order."""
    heading = page.get_by_role("heading", name=re.compile(r"^正文（\d+ 段）$"))
    heading.wait_for()
    count = int(re.search(r"\d+", heading.inner_text()).group())
    return [field(page, f"第 {n} 段").input_value() for n in range(1, count + 1)]


def test_two_drafters_at_once_keep_their_own_work(server, pages):
    ann, bob = pages.new(), pages.new()
    for page in (ann, bob):
        goto(page, server, "compose", "起草")
    # Both act, then both wait: the two sessions' reruns overlap on the server.
    new_draft(ann, "安的计划")
    new_draft(bob, "博的计划")
    settle(ann), settle(bob)
    assert field(ann, "标题").input_value() == "安的计划"
    assert field(bob, "标题").input_value() == "博的计划"
    for round_ in range(1, 4):
        add_own(ann, f"安写的第{round_}段：组织职工春季健步走活动。")
        add_own(bob, f"博写的第{round_}段：做好困难职工帮扶工作。")
        settle(ann), settle(bob)
    type_into(ann, "第 2 段", "安改过的第2段。")
    bob_edit = field(bob, "第 1 段")
    bob_edit.fill("博改过的第1段。")
    bob_edit.press("Control+Enter")
    settle(bob)

    ann_blocks = ["安写的第1段：组织职工春季健步走活动。", "安改过的第2段。", "安写的第3段：组织职工春季健步走活动。"]
    bob_blocks = ["博改过的第1段。", "博写的第2段：做好困难职工帮扶工作。", "博写的第3段：做好困难职工帮扶工作。"]
    assert draft_texts(ann) == ann_blocks
    assert draft_texts(bob) == bob_blocks
    # A refresh reopens one's own draft (its id is in the address), not the one saved last.
    for page, title, blocks in ((ann, "安的计划", ann_blocks), (bob, "博的计划", bob_blocks)):
        page.reload()
        page.locator("h1", has_text="起草").wait_for()
        settle(page)
        expect(field(page, "标题")).to_have_value(title)  # drawn over the websocket after the page loads
        for number, text in enumerate(blocks, 1):  # each box as drawn once the run has sent it (not a moment before)
            expect(field(page, f"第 {number} 段")).to_have_value(text)
        assert draft_texts(page) == blocks
    # Both drafts are in the shared library, each listed once.
    widget(ann, "stSelectbox", "打开草稿").locator("input").click()
    listed = ann.locator('[role="option"]').all_inner_texts()
    ann.keyboard.press("Escape")
    assert sum("安的计划" in o for o in listed) == 1 and sum("博的计划" in o for o in listed) == 1


def test_a_restarted_server_shows_the_draft_with_its_last_edit(servers, pages):
    server = servers.start()
    page = pages.new()
    goto(page, server, "compose", "起草")
    new_draft(page, "重启测试计划")
    settle(page)
    for text in ("加强工会组织建设。", "按时召开职工代表大会。", "丰富职工文化生活。"):
        add_own(page, text)
        settle(page)
    last_edit = "按时召开职工代表大会，全年不少于两次（重启前最后一次修改）。"
    type_into(page, "第 2 段", last_edit)
    assert draft_texts(page) == ["加强工会组织建设。", last_edit, "丰富职工文化生活。"]

    # Killed like a crash, then started again on the same address and store.
    port, db = server.port, server.db
    server.stop(hard=True)
    app = page.locator('[data-testid="stApp"]')
    page.wait_for_function(
        "() => document.querySelector('[data-testid=\"stApp\"]').dataset.testConnectionState !== 'CONNECTED'",
        timeout=30_000,
    )
    servers.start(db, port=port)
    # The open tab reconnects by itself and shows the draft again.
    page.wait_for_function(
        "() => document.querySelector('[data-testid=\"stApp\"]').dataset.testConnectionState === 'CONNECTED'",
        timeout=90_000,
    )
    settle(page)
    assert app.get_attribute("data-test-connection-state") == "CONNECTED"
    assert field(page, "标题").input_value() == "重启测试计划"
    assert draft_texts(page) == ["加强工会组织建设。", last_edit, "丰富职工文化生活。"]
    # So does a new tab.
    fresh = pages.new()
    goto(fresh, servers.started[-1], "compose", "起草")
    # the boxes are filled over the websocket after the page's title: wait for the stored text, not the first frame
    expect(field(fresh, "第 1 段")).to_have_value("加强工会组织建设。", timeout=8000)
    assert draft_texts(fresh) == ["加强工会组织建设。", last_edit, "丰富职工文化生活。"]
    # And editing goes on.
    type_into(fresh, "第 3 段", "丰富职工文化生活（重启后）。")
    assert draft_texts(fresh)[2] == "丰富职工文化生活（重启后）。"
