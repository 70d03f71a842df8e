"""A newcomer's first session in Chromium: the sample library, an import, the boilerplate map, a
plan composed and exported, a draft checked. Each step asserts what the person sees, and each
page is photographed for the README (docs/screenshots/)."""

from __future__ import annotations

import io
import re

import docx

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
    widget,
)
from .samples import DOCX_MIME, check_draft

GB18030_PLAN = (
    "2025年测试医院工会工作计划\n"
    "一、加强组织建设\n"
    "20__年，工会将继续做好工会小组建设，按时召开职工代表大会。\n"
    "二、丰富职工文化生活\n"
    "组织春季运动会和读书活动，开展“职工书屋”阅读月。\n"
)
GROUP_KEYWORD = "工会工作上一个台阶"  # a seed group with five wordings
PICK_KEYWORD = "院务公开"


def test_a_newcomers_path_from_the_sample_library_to_a_checked_plan(server, page):
    # The app opens on the sample corpus.
    goto(page, server, "", "文库")
    seeded = int(metric(page, "文档数"))
    assert seeded >= 30 and int(metric(page, "文件数")) == 5
    table = grid_rows(page, "标题")
    assert "医院工会工作计划篇一" in [row["标题"] for row in table]
    outline = page.locator('[data-testid="stHtml"] .jihua-outline')
    outline.wait_for()
    assert "医院工会工作计划篇一" in outline.inner_text()
    screenshot(page, "library")

    # A Word plan and a GB18030 text, uploaded through the page.
    upload(
        page,
        [
            ("2025年医院工会工作计划.docx", DOCX_MIME, files.plan_docx()),
            ("测试计划.txt", "text/plain", GB18030_PLAN.encode("gb18030")),
        ],
    )
    page.get_by_role("button", name="导入文库").click()
    settle(page)
    assert alert(page, "上次导入").inner_text().strip() == "上次导入：2 个文件，成功 2 个。"
    results = {row["文件"]: row for row in grid_rows(page, "结果")}
    assert set(results) == {"2025年医院工会工作计划.docx", "测试计划.txt"}
    assert all(row["结果"] == "✅" and "新增 1 篇" in row["说明"] for row in results.values())
    assert int(metric(page, "文档数")) == seeded + 2
    # The last file imported is opened: its outline, decoded from GB18030, with its slot marked.
    assert "2025年测试医院工会工作计划" in outline.inner_text()
    assert outline.locator("mark", has_text="20__").count() == 1
    assert outline.locator("span", has_text="二、").count() == 1
    # The Word file's automatic numbering became labels.
    choose(page, "查看文档", "2025年医院工会工作计划（计划） — 2025年医院工会工作计划.docx")
    shown = outline.inner_text()
    assert "一、加强工会组织建设" in shown and "（一）健全组织" in shown and "二、丰富职工文化生活" in shown
    screenshot(page, "library-import", top=alert(page, "上次导入"))
    screenshot(page, "library-outline", top=page.get_by_role("heading", name="文档提纲"))

    # The boilerplate map: find a group, open it, see its wordings and what differs.
    navigate(page, "模板段落")
    assert page.get_by_text(re.compile(r"索引就绪：\d+ 个段落块")).is_visible()
    assert int(metric(page, "不同段落（组）")) > 100
    type_into(page, "关键词", GROUP_KEYWORD)
    choose(page, "打开一组", GROUP_KEYWORD)
    wordings = page.get_by_text(re.compile(r"^\d+ 种写法$"))
    wordings.wait_for()
    assert int(wordings.inner_text().split()[0]) >= 2
    changes = page.locator(
        '[data-testid="stHtml"] ins[title="此处新增"], [data-testid="stHtml"] del[title="范本中有、此处没有"]'
    )
    assert changes.count() >= 1 and changes.first.is_visible()
    screenshot(page, "boilerplate", top=widget(page, "stSelectbox", "打开一组"))

    # 起草: a new draft from three boilerplate groups, this year's specifics, export.
    navigate(page, "起草")
    page.get_by_role("button", name="创建草稿").click()
    settle(page)
    assert alert(page, "已新建草稿").is_visible()
    type_into(page, "关键词", PICK_KEYWORD)
    offered = page.locator('[data-testid="stCheckbox"]', has_text="次〕")
    assert offered.count() >= 3
    picked = [offered.nth(i).inner_text().split("〕", 1)[1] for i in range(3)]
    for i in range(3):
        offered.nth(i).locator("label").click()
        settle(page)
    page.locator("button:visible", has_text="添加所选段落").click()
    settle(page)
    assert alert(page, "已添加 3 段").is_visible()
    blocks = [field(page, f"第 {n} 段").input_value() for n in (1, 2, 3)]
    assert all(block.startswith(label.rstrip("…")) for block, label in zip(blocks, picked))
    slots = page.get_by_text(re.compile("^填入："))
    assert "_月_日 → 日期" in slots.inner_text() and "____ 这类空白" in slots.inner_text()  # literal, not emphasis
    specifics = page.locator(".st-key-compose_specifics")  # each field saved as soon as it is left
    type_into(specifics, "单位名称", "某市人民医院")
    field(specifics, "年度").fill("2026")
    specifics.get_by_role("button", name="保存并填入占位符").click()
    settle(page)
    # the year field is saved as it is left, the button's click after it: one run or two, a confirmation stays
    assert alert(page, "已保存本年信息").is_visible()
    assert field(page, "标题").input_value() == "2026年某市人民医院工会工作计划"
    assert alert(page, "没有待填写的占位符").is_visible()
    screenshot(page, "compose", top=page.get_by_role("heading", name=re.compile("正文")))

    with page.expect_download() as download:
        page.get_by_role("button", name="下载 DOCX（公文格式）").click()
    assert download.value.suggested_filename == "2026年某市人民医院工会工作计划.docx"
    exported = docx.Document(io.BytesIO(download.value.path().read_bytes()))
    paragraphs = [p.text for p in exported.paragraphs if p.text.strip()]
    assert paragraphs[0] == "2026年某市人民医院工会工作计划"
    # The three blocks with their new labels, then the 落款: the unit and the 成文日期 (GB/T 9704 §7.3.5).
    assert [
        re.sub(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)", "", p) for p in paragraphs[1:-2]
    ] == blocks
    assert paragraphs[-2] == "某市人民医院" and re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", paragraphs[-1])

    # 查重: a pasted draft, its copied spans coloured, the figures.
    navigate(page, "查重")
    draft = check_draft()
    type_into(page, "粘贴草稿全文", draft.text)
    total = float(metric(page, "总文字复制比").rstrip("%"))
    assert 30 < total < 90
    assert metric(page, "单篇最大文字复制比").endswith("%")
    sources = grid_rows(page, "文档")
    assert sources and all(row["文件"].endswith(".txt") for row in sources)
    shown = page.locator(".check-draft")
    copied = shown.locator("mark.copied")
    assert copied.count() >= 1
    assert copied.first.evaluate("m => getComputedStyle(m).backgroundColor") == "rgb(253, 224, 220)"
    marked = "".join(copied.all_inner_texts())
    assert draft.copied[:20] in marked and draft.new[:10] not in marked
    assert draft.new in shown.inner_text()
    screenshot(page, "check", top=page.locator('[data-testid="stMetric"]').first)
