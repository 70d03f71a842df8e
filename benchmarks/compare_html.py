"""Main-content extraction for saved web pages compared: readability-lxml and the
plain block reader, on pages built from real page text (tune files of the real-world set) set in a
template site's chrome: div menus, a breadcrumb, a byline, share/download buttons, a sidebar of
相关推荐, 上一篇/下一篇 and a footer with 地址/QQ/ICP — all plain ``div``s, as 范文 sites write them.

    python -m benchmarks.compare_html

Per extractor: content lines kept (of the article's lines), chrome lines removed, and the title kept.
"""

from __future__ import annotations

import html
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILES = ROOT / "tests" / "realworld" / "files"

# (file of the tune split, its title line, first and last article line used)
ARTICLES = (
    ("rw001.txt", "医院工会工作计划 篇1", 2, 10),
    ("rw062.txt", "沙市区总工会召开全区工会工作会议", 4, 8),
    ("rw043.txt", None, 0, 7),
)
CHROME = {
    "menu": ["首页", "工作计划", "工作总结", "心得体会", "演讲稿", "述职报告", "合同范本"],
    "crumb": "当前位置：首页 > 工作计划 > 工会工作计划",
    "byline": "发布时间：2024-03-12 09:21 作者：admin 浏览：2315次",
    "share": "分享到：微信 QQ空间 新浪微博 | 下载本文档 | 收藏",
    "related": [
        "2024年医院工会工作计划范文",
        "工会年度工作总结精选8篇",
        "社区工会工作要点",
        "企业工会活动方案通用10篇",
    ],
    "prevnext": ["上一篇：学校工会工作计划", "下一篇：2023年工会工作总结"],
    "footer": [
        "关于我们 | 联系我们 | 免责声明",
        "客服QQ：403074932 邮箱：kefu@example.com",
        "Copyright © 2024 范文网 鄂ICP备12004590号-1",
    ],
}


def article(name: str, first: int, last: int) -> list[str]:
    from benchmarks.bench_parse import raw_text

    lines = [line.strip() for line in raw_text(FILES / name).splitlines()]
    return [line for line in lines if len(line) >= 12][first:last]


def page(title: str | None, lines: list[str]) -> str:
    """A saved page: the article inside a site's div chrome."""
    esc = html.escape
    menu = "".join(f'<div class="item"><a href="/c{i}">{esc(m)}</a></div>' for i, m in enumerate(CHROME["menu"]))
    related = "".join(f'<div class="li"><a href="/r{i}">{esc(r)}</a></div>' for i, r in enumerate(CHROME["related"]))
    body = "".join(f"<p>{esc(line)}</p>" for line in lines)
    head = f"<h1>{esc(title)}</h1>" if title else ""
    return (
        f"<html><head><meta charset='utf-8'><title>{esc(title or '范文')} - 范文网</title></head><body>"
        f'<div class="top"><div class="logo">范文网</div><div class="menu">{menu}</div></div>'
        f'<div class="crumb">{esc(CHROME["crumb"])}</div>'
        f'<div class="wrap"><div class="main"><div class="article">{head}'
        f'<div class="info">{esc(CHROME["byline"])}</div><div class="content">{body}</div>'
        f'<div class="share">{esc(CHROME["share"])}</div>'
        f'<div class="pn"><div>{esc(CHROME["prevnext"][0])}</div><div>{esc(CHROME["prevnext"][1])}</div></div></div></div>'
        f'<div class="side"><div class="t">相关推荐</div>{related}</div></div>'
        f'<div class="foot">{"".join(f"<div>{esc(f)}</div>" for f in CHROME["footer"])}</div>'
        "</body></html>"
    )


def chrome_lines() -> list[str]:
    return [
        CHROME["crumb"],
        CHROME["byline"],
        CHROME["share"],
        *CHROME["related"],
        *CHROME["prevnext"],
        *CHROME["footer"],
        "相关推荐",
    ]


def pages() -> list[tuple[str | None, list[str], str]]:
    return [(title, lines, page(title, lines)) for name, title, a, b in ARTICLES for lines in [article(name, a, b)]]


def blocks_text(markup: str) -> str:
    from nlp.read.html import html_lines

    return "\n".join(line.text for line in html_lines(markup))


def readability_text(markup: str) -> str:
    from readability import Document

    return blocks_text(Document(markup).summary(html_partial=True))


def product_text(markup: str) -> str:
    from nlp.read.html import read_html

    return "\n".join(line.text for line in read_html(markup.encode("utf-8")))


EXTRACTORS: dict[str, Callable[[str], str]] = {
    "blocks (no extraction)": blocks_text,
    "readability-lxml": readability_text,
    "nlp.read.html (kept)": product_text,
}


def squash(text: str) -> str:
    return "".join(text.split())


def measure() -> dict[str, dict[str, float]]:
    rows = {}
    for name, extract in EXTRACTORS.items():
        kept = total = removed = chrome = titles = titled = 0
        for title, lines, markup in pages():
            got = squash(extract(markup))
            kept += sum(squash(line) in got for line in lines)
            total += len(lines)
            removed += sum(squash(c) not in got for c in chrome_lines())
            chrome += len(chrome_lines())
            if title:
                titled += 1
                titles += squash(title) in got
        rows[name] = {"content": kept / total, "chrome_removed": removed / chrome, "title": titles / titled}
    return rows


def main(argv: list[str] | None = None) -> int:
    print(f"{len(ARTICLES)} pages built from real page text in a template site's div chrome")
    print(f"  {'extractor':26}{'content':>9}{'chrome':>8}{'title':>7}")
    for name, row in measure().items():
        print(f"  {name:26}{row['content']:>9.2f}{row['chrome_removed']:>8.2f}{row['title']:>7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
