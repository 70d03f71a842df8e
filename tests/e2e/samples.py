"""What the browser suite types and uploads: drafts and hostile text (the large plan: ``tests.files.large_plan``)."""

from __future__ import annotations

from dataclasses import dataclass

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

# A paragraph of the seed corpus (seed 000, in eight of its plans) and a sentence found nowhere.
COPIED = (
    "抓住工会工作的群众性特点，进一步确立为全体会员服务的理念，坚持面向大多数职工；"
    "进一步完善职代会制度，依法规范职代会组织，确保每年召开两次较高质量的职工代表大会。"
)
NEW = "今年春天我们准备在河边种下三百棵柳树，孩子们会在周末提着小桶去浇水。"


@dataclass(frozen=True)
class CheckDraft:
    text: str
    copied: str
    new: str


def check_draft() -> CheckDraft:
    """A draft for 查重: a heading, a paragraph copied from the library and one written anew."""
    return CheckDraft(f"2026年测试工会工作计划\n一、总体要求\n{COPIED}\n{NEW}\n", COPIED, NEW)


# Hostile text: a script tag, an image whose error handler alerts, a markdown link to javascript:.
SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
LINK = "[点我](javascript:alert(1))"
HOSTILE = (SCRIPT, IMG, LINK)
HOSTILE_TITLE = "2026年安全测试医院工会工作计划"
HOSTILE_PLAN = (
    f"{HOSTILE_TITLE}\n"
    f"一、加强组织建设{SCRIPT}\n"
    f"工会小组按月开展活动{IMG}，活动安排详见{LINK}的说明，请各小组长认真组织落实。\n"
    "二、丰富职工文化生活\n"
    f"组织春季运动会和读书活动，报名办法见{LINK}，{SCRIPT}各科室踊跃参加。\n"
)
HOSTILE_DRAFT = (
    f"2026年草稿{SCRIPT}\n"
    f"一、总体要求{IMG}\n"
    f"工会小组按月开展活动{IMG}，活动安排详见{LINK}的说明，请各小组长认真组织落实。\n"
    f"{COPIED}{SCRIPT}\n"
    f"另见{LINK}。\n"
)
