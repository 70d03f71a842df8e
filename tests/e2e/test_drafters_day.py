"""A hospital 工会干事's day in Chromium (issue 13): the map, a plan composed with blocks added under
a heading, undo, this year's specifics, 查重 from 起草, downloads right after typing, a sidebar click
right after typing (its text kept), the draft picker after a title change, and no English words in
the way."""

from __future__ import annotations

import re

import docx

from .harness import alert, field, goto, navigate, selected, settle, type_into, upload, widget

SUMMARY = "2026年某市第一人民医院工会工作总结\n一、召开七届二次职工代表大会\n全年慰问困难职工120人次，比去年增长15%。\n"

# File formats and the standard's name are written in Latin letters in Chinese offices too; the
# sample library's own placeholders (xx年) are document text. Anything else is Streamlit's English.
ALLOWED_LATIN = {"DOCX", "docx", "TXT", "txt", "PDF", "pdf", "HTML", "html", "md", "Markdown", "GB", "T"}
PLACEHOLDER_LETTERS = re.compile(r"^[xX]+$")

# Text nodes a person can see: not hidden, not 1-px accessibility helpers, not icons (their names are
# ligatures drawn as pictures, marked aria-hidden), not what was typed; file names (the user's own
# 000_f1d24f7fef4b090c.txt) are taken out before the words are counted.
VISIBLE_LATIN = r"""() => {
  const words = new Set();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode, element = node.parentElement;
    if (!element || element.closest('script, style, noscript, textarea, [aria-hidden="true"]')) continue;
    if (element.closest('[data-testid="stIconMaterial"]') || /Material/.test(getComputedStyle(element).fontFamily)) continue;
    if (!element.checkVisibility({checkOpacity: true, checkVisibilityCSS: true})) continue;
    const box = element.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) continue;
    const text = node.textContent.replace(/[\w.-]+\.(?:txt|docx|pdf|html?|md)\b/gi, " ");
    for (const word of text.match(/[A-Za-z]+/g) || []) words.add(word);
  }
  return [...words].sort();
}"""


def latin_words(page) -> list[str]:
    """The Latin words a person can see on the page (icons' ligature names and typed text aside)."""
    return [w for w in page.evaluate(VISIBLE_LATIN) if not PLACEHOLDER_LETTERS.match(w)]


def own_block(page, text: str, kind: str = "正文段落") -> None:
    page.get_by_role("tab", name="自己写").click()
    settle(page)  # choosing a tab reruns the page (it keeps the tab): let it draw first
    form = page.locator('[data-testid="stForm"]:has-text("添加这一段")')
    form.get_by_text(kind, exact=True).click()
    field(form, "文字").fill(text)
    form.get_by_role("button", name="添加这一段").click()
    settle(page)
    assert page.get_by_role("tab", name="自己写").get_attribute("aria-selected") == "true"  # bug 2


def test_a_drafters_day_without_lost_keystrokes_or_english(server, page):
    seen: dict[str, list[str]] = {}
    goto(page, server, "", "文库")
    seen["文库"] = latin_words(page)
    # Last year's summary, a GBK text file, imported.
    upload(page, [("2026年工会工作总结.txt", "text/plain", SUMMARY.encode("gbk"))])
    page.get_by_role("button", name="导入文库").click()
    settle(page)
    assert alert(page, "上次导入").inner_text().strip() == "上次导入：1 个文件，成功 1 个。"
    navigate(page, "模板段落")
    type_into(page, "关键词", "职代会")
    assert page.get_by_text(re.compile("同时查找：.*职工代表大会")).is_visible()
    seen["模板段落"] = latin_words(page)

    navigate(page, "起草")
    field(page, "新草稿的标题").fill("2027年某市第一人民医院工会工作计划")
    page.get_by_role("button", name="创建草稿").click()
    settle(page)
    own_block(page, "一、加强职工之家建设", "标题")
    own_block(page, "二、维护职工权益", "标题")
    # Adding under 一、: the choice is on screen first; the new item becomes （一）.
    widget(page, "stSelectbox", "插入到").locator("input").click()
    page.locator('[role="option"]', has_text="第 1 段之后").first.click()
    settle(page)
    assert page.get_by_text("作为它的下级").is_visible()
    assert page.get_by_text(re.compile("从第 2 级（（一））开始")).is_visible()
    own_block(page, "1、开展职工运动会", "条目")
    labels = page.locator('[data-testid="stMarkdownContainer"] strong').all_inner_texts()
    assert labels[:3] == ["一、", "（一）", "二、"]

    # The title changes: the picker shows the new one at once.
    type_into(page, "标题", "2027年某市第一人民医院工会工作计划（送审稿）")
    assert selected(page, "打开草稿").startswith("2027年某市第一人民医院工会工作计划（送审稿） · 3 段")

    # Typing without leaving the box: the box says it is not saved yet, in Chinese.
    box = field(page, "第 3 段")
    box.fill("维护职工合法权益，做好困难职工帮扶。")
    hint = box.locator("xpath=ancestor::div[@data-testid='stTextInput' or @data-testid='stTextArea'][1]")
    instructions = hint.locator('[data-testid="InputInstructions"]')
    assert instructions.evaluate("e => getComputedStyle(e, '::after').content").startswith('"尚未保存')
    seen["起草（输入中）"] = latin_words(page)

    # ... and clicking 下载 DOCX at once downloads the new text (bug 1).
    with page.expect_download() as download:
        page.get_by_role("button", name="下载 DOCX（公文格式）").click()
    settle(page)
    document = docx.Document(str(download.value.path()))
    assert "维护职工合法权益，做好困难职工帮扶。" in [p.text.removeprefix("二、") for p in document.paragraphs]

    # This year's unit and year: each field saved when it is left.
    type_into(page.locator(".st-key-compose_specifics"), "单位名称", "某市第一人民医院")
    type_into(page.locator(".st-key-compose_specifics"), "年度", "2027")
    # Undo brings the heading back: first the year's and the unit's saves, two steps or, where a loaded server took both
    # commits in one run, one (CI on two cores: the second click then undid the heading's edit too).
    paragraph_undo = page.get_by_role("button", name=re.compile("^撤销：修改第 3 段"))
    for _ in range(2):  # the year, the unit
        if paragraph_undo.count():
            break
        page.get_by_role("button", name=re.compile("^撤销：")).click()
        settle(page)
    paragraph_undo.click()
    settle(page)
    assert field(page, "第 3 段").input_value() == "维护职工权益"

    # 查重 from 起草, the same figures as on 查重.
    page.get_by_role("button", name="查重本稿").click()
    settle(page)
    assert page.get_by_role("heading", name=re.compile("^查重：《")).is_visible()
    seen["起草（查重）"] = latin_words(page)

    # Typing, then a click on another page in the sidebar: the text is kept. The first click still
    # opens the other page only some of the time (bug 3, followed when the page request reaches the
    # server first: state.follow_navigation); a second click is made when it did not.
    box = field(page, "第 1 段")
    box.fill("加强“职工之家”建设")
    page.locator('[data-testid="stSidebarNav"] a', has_text="查重").click()
    settle(page)
    if not page.locator("h1", has_text="查重").is_visible():
        navigate(page, "查重")
    seen["查重"] = latin_words(page)
    navigate(page, "起草")
    assert field(page, "第 1 段").input_value() == "加强“职工之家”建设"
    alert(page, "没有待填写的占位符")

    # A paragraph of a past document: the 往年文档 tab stays open after adding (bug 2).
    page.get_by_role("tab", name="往年文档").click()
    settle(page)
    page.locator('[role="tabpanel"]:visible [data-testid="stCheckbox"] label').first.click()
    settle(page)
    page.locator("button:visible", has_text="添加所选段落").click()
    settle(page)
    assert alert(page, "已添加 1 段").is_visible()
    assert page.get_by_role("tab", name="往年文档").get_attribute("aria-selected") == "true"

    print("\nvisible Latin words by page:", seen)
    for words in seen.values():
        assert set(words) <= ALLOWED_LATIN, seen
