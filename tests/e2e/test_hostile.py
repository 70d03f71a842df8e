"""Hostile text and bad files through the browser: markup in the library and in drafts is shown as
text and never runs; each bad file gets a clear Chinese message and the rest of the batch imports."""

from __future__ import annotations

import random
import re

from tests import files

from .conftest import screenshot
from .harness import (
    alert,
    choose,
    field,
    goto,
    grid_rows,
    metric,
    navigate,
    settle,
    type_into,
    upload,
)
from .samples import (
    DOCX_MIME,
    HOSTILE,
    HOSTILE_DRAFT,
    HOSTILE_PLAN,
    HOSTILE_TITLE,
    IMG,
    LINK,
    SCRIPT,
)

CJK = re.compile(r"[\u4e00-\u9fff]")
HOSTILE_GROUP = "工会小组按月开展活动"


def assert_inert(page) -> None:
    """Nothing of the hostile text became markup: no script, image, javascript: link or handler."""
    page.wait_for_timeout(300)  # an image's error handler would fire by now
    main = page.locator('[data-testid="stMain"]')
    assert main.locator("script").count() == 0
    assert main.locator('img[src="x"], [onerror]').count() == 0
    assert page.locator('a[href^="javascript:" i]').count() == 0


def assert_literal(text: str) -> None:
    for piece in HOSTILE:
        assert piece in text, f"{piece!r} not shown literally in {text[:200]!r}"


def test_hostile_markup_is_shown_as_text_and_never_runs(server, pages):
    page = pages.new()
    goto(page, server, "", "文库")
    # The dialog watch itself works: a real alert is caught (and dismissed), then forgotten.
    page.evaluate("() => setTimeout(() => alert('probe'), 0)")
    page.wait_for_timeout(200)
    assert pages.dialogs == ["alert: probe"]
    pages.dialogs.clear()

    # A library document full of markup, imported through the page.
    upload(page, [("安全测试.txt", "text/plain", HOSTILE_PLAN.encode("utf-8"))])
    page.get_by_role("button", name="导入文库").click()
    settle(page)
    assert grid_rows(page, "结果")[0]["结果"] == "✅"
    outline = page.locator(".jihua-outline")
    assert HOSTILE_TITLE in outline.inner_text()
    assert_literal(outline.inner_text())
    assert_inert(page)
    screenshot(page, "hostile-library", top=page.get_by_role("heading", name="文档提纲"))

    # The boilerplate map shows the paragraph as text, in the table, the picker and the group.
    navigate(page, "模板段落")
    type_into(page, "关键词", HOSTILE_GROUP)
    choose(page, "打开一组", HOSTILE_GROUP)
    canonical = page.locator('[data-testid="stHtml"]', has_text="范本（最具代表性的写法）")
    assert IMG in canonical.inner_text() and LINK in canonical.inner_text()
    assert_inert(page)

    # 起草: the paragraph picked from the map, a block of one's own and a title, all with markup.
    navigate(page, "起草")
    hostile_title = f"2026年{SCRIPT}{LINK}计划"
    field(page, "新草稿的标题").fill(hostile_title)
    page.get_by_role("button", name="创建草稿").click()
    settle(page)
    created = alert(page, "已新建草稿")
    assert f"《{hostile_title}》" in created.inner_text() and created.locator("a").count() == 0
    type_into(page, "关键词", HOSTILE_GROUP)
    offered = page.locator('[data-testid="stCheckbox"]', has_text=HOSTILE_GROUP).first
    assert IMG in offered.inner_text()
    offered.locator("label").click()
    settle(page)
    page.locator("button:visible", has_text="添加所选段落").click()
    settle(page)
    page.get_by_role("tab", name="自己写").click()
    settle(page)  # choosing a tab reruns the page (it keeps the tab): let it draw first
    own = page.locator('[data-testid="stForm"]', has_text="添加这一段")
    field(own, "文字").fill(f"{SCRIPT}自己写的一段{LINK}{IMG}")
    own.get_by_role("button", name="添加这一段").click()
    settle(page)
    page.locator('[data-testid="stCheckbox"], [data-testid="stToggle"]', has_text="预览").first.locator("label").click()
    settle(page)
    preview = page.locator(".jihua-draft")
    assert_literal(preview.inner_text())
    assert hostile_title in preview.inner_text()
    assert_inert(page)
    screenshot(page, "hostile-compose", top=page.get_by_role("heading", name=re.compile("正文")))

    # 查重: a pasted draft with markup, coloured where it copies the hostile library paragraph.
    navigate(page, "查重")
    type_into(page, "粘贴草稿全文", HOSTILE_DRAFT)
    shown = page.locator(".check-draft")
    shown.wait_for()
    assert_literal(shown.inner_text())
    copied = "".join(shown.locator("mark.copied").all_inner_texts())
    assert HOSTILE_GROUP in copied
    comparison = page.locator('[data-testid="stHtml"]', has_text="草稿").filter(has_text="来源")
    assert comparison.count() >= 1
    assert_inert(page)
    screenshot(page, "hostile-check", top=page.get_by_role("heading", name="全文"))
    assert pages.dialogs == []


def test_bad_files_get_a_chinese_message_and_the_rest_of_the_batch_imports(server, page):
    goto(page, server, "", "文库")
    before = int(metric(page, "文档数"))
    good = "2026年批量测试医院工会工作计划\n一、加强组织建设\n按时召开职工代表大会，做好会员发展工作。\n"
    batch = [
        ("空文件.txt", "text/plain", b""),
        ("乱码.txt", "text/plain", random.Random(0).randbytes(4096)),
        ("损坏.docx", DOCX_MIME, files.docx_with_broken_document_xml()),
        ("压缩炸弹.docx", DOCX_MIME, files.zip_bomb(200 * 1024 * 1024)),
        ("扫描件.pdf", "application/pdf", files.image_only_pdf()),
        ("好文件.txt", "text/plain", good.encode("gb18030")),
    ]
    upload(page, batch)
    page.get_by_role("button", name="导入文库").click()
    settle(page)
    assert alert(page, "上次导入").inner_text().strip() == "上次导入：6 个文件，成功 1 个，未导入 5 个。"
    rows = {row["文件"]: row for row in grid_rows(page, "结果")}
    assert list(rows) == [name for name, _, _ in batch]
    expected = {
        "空文件.txt": "空的",
        "乱码.txt": "不是文本文件",
        "损坏.docx": "DOCX 文件已损坏",
        "压缩炸弹.docx": "已拒绝读取",
        "扫描件.pdf": "OCR",
    }
    for name, phrase in expected.items():
        assert rows[name]["结果"] == "❌" and phrase in rows[name]["说明"], rows[name]
        assert CJK.search(rows[name]["说明"]) and "Traceback" not in rows[name]["说明"]
    assert rows["好文件.txt"]["结果"] == "✅" and "新增 1 篇" in rows["好文件.txt"]["说明"]
    assert int(metric(page, "文档数")) == before + 1
    assert "2026年批量测试医院工会工作计划" in page.locator(".jihua-outline").inner_text()
    screenshot(page, "library-bad-files", top=alert(page, "上次导入"))
