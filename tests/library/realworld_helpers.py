"""Helpers the realworld stage tests (test_realworld_*.py) share: parsing page text and the set's files, and the lines
they are judged beside."""

from __future__ import annotations

from benchmarks.bench_parse import FILES
from nlp.library.clean import clean_lines
from nlp.library.parse import parse_file
from nlp.read import read_lines


def parse(text: str, name: str = "page.txt"):
    return parse_file(text.encode("utf-8"), name)


def blocks_of(text: str) -> list:
    return [b for d in parse(text).documents for b in d.blocks]


def heading_texts(result) -> list[str]:
    return [b.text for d in result.documents for b in d.blocks if b.type == "heading"]


def all_text(result) -> str:
    return "".join(d.title + "".join(b.text for b in d.blocks) for d in result.documents)


def parse_set_file(name: str):
    return parse_file((FILES / name).read_bytes(), name)


def _parsed(stem: str):
    path = next(FILES.glob(f"{stem}.*"))
    return parse_file(path.read_bytes(), path.name).documents


REPORT = "近日，夷陵区直属机关幼儿园组织全体教职工50余人开展了“中秋巧遇教师节”主题工会庆祝活动，现场气氛热烈。"


def _set_texts(name: str) -> list[str]:
    kept, _ = clean_lines(read_lines((FILES / name).read_bytes(), name), model=False)
    return [line.text for line in kept]


def _page(text: str, name: str = "page.txt"):
    return parse_file(text.encode("utf-8"), name).documents


RW1255_LEAD = (
    "在春风和煦的三月，我们迎来了第114个国际妇女节，武汉大学医院工会以一场丰富多彩的活动，向全体女职工致以最诚挚的敬意和节日的祝福。\n"
    "3月8日，武汉大学医院工会积极参与了校工会组织的表彰先进活动和趣味运动会。\n"
)


def _file_line(stem: str, words: str) -> str:
    return next(line for line in (FILES / f"{stem}.txt").read_text(encoding="utf-8").splitlines() if words in line)


def _block_text(documents) -> str:
    return "".join(b.text for d in documents for b in d.blocks)
