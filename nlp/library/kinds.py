"""A learnt kind for an untitled document whose body names no genre of its own: 计划, 总结 or 其他 by its wording.

``structure.document_kind`` reads an untitled document's body by rules first (its own word for what it is, articles,
an event's day, a meeting reported, an occasion …); where none of them decides, this small multinomial logistic model,
trained on the untitled documents of the annotated real-world set by ``python -m benchmarks.train_kinds`` and shipped
as coefficients in ``nlp/data/kind_model.json`` (``MODEL_PATH``), weighs the share of its wording that plans (将, 要,
力争), tells work done (了, 已, 完成), reports an event (召开, 会上, a day and its hour, 本次, 当天), speaks of a unit from
outside (该公司, 记者), defines (是指, 职责) or announces the work its colon opens as work to do (做好以下…：), and how much of it
is directives and outline, and how many of its sentences tell work done alone or work to do alone. Adopted on its
measure (docs/benchmarks.md, "gen22k"; features added by "gen35k"): cross-validated by site it decides more of those
documents right than the cue counts it replaces. A missing model, or one made for other features, leaves the cue counts
to decide.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from nlp.library import linear
from nlp.library.script import analysis_form
from nlp.models import Block

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "kind_model.json"

# Words counted per hundred characters of the body.
WORDING = {
    "plan": r"将|计划|拟|力争|争取|下一步|明年|要",
    "done": r"了|已|完成|取得|开展了|组织了|举办了",
    "event": r"召开|举行|举办|会上|出席|主持|指出|强调|讲话",
    # words that tell one event as it went (本次活动, 当天, 现场, 随后): a news item's, not a period's work
    "this_event": r"本次|此次|这次|活动中|当天|现场|随后|期间",
    "day": r"\d{1,2}月\d{1,2}日|[上下]午|晚上",
    "outside": r"该(?:公司|院|校|局|单位)|记者|讯",
    "we": r"我们|我[院校园局所司会部]",
    "defines": r"是指|简称|所谓|应当|职责|是什么|如何|怎样|哪些",
    "looks_back": r"一年来|今年以来|过去的一年|回顾",
    "lacks": r"不足|存在|问题|差距",
    "results": r"成绩|成效|效果|提高|提升",
    # a lead that announces the work its colon opens as work to do (重点做好以下几方面的工作：, 现就…作如下活动安排：), not
    # done (主要抓了以下几方面的工作：): a plan's
    "announces": r"(?:要|将|做好|抓好|作|做)[^。了]{0,12}(?:以下|如下)[^。]{0,12}[：:]",
}
# A sentence that tells what to do (要…, 加强…, 做好…), after its number if it has one.
DIRECTIVE = re.compile(
    r"^(?:[一二三四五六七八九十\d]+[、.．]\s*)?(?:要|加强|做好|积极|认真|进一步|深入|开展|建立|完善|落实|推进|抓好|强化|坚持"
    r"|组织|继续|确保|切实|全面|大力|努力)"
)
SENTENCE_END = re.compile(r"[。；！？\n]")


def _sentences(blocks: list[Block]) -> list[str]:
    return [s for s in SENTENCE_END.split("\n".join(analysis_form(b.text) for b in blocks)) if len(s) > 3]


def _directives(blocks: list[Block]) -> float:
    sentences = _sentences(blocks)
    return sum(bool(DIRECTIVE.match(s.strip())) for s in sentences) / max(len(sentences), 1)


def _told(tense: str, other: str) -> Callable[[list[Block]], float]:
    """The share of the body's sentences in one tense: a word of ``WORDING[tense]`` and none of ``WORDING[other]`` (a
    sentence that tells work done alone, 积极开展了…活动, or work to do alone, 将继续…). Read per sentence, a text that
    mixes both counts for neither, where the counts per hundred characters weigh them against each other."""
    own, mixed = re.compile(WORDING[tense]), re.compile(WORDING[other])

    def share(blocks: list[Block]) -> float:
        sentences = _sentences(blocks)
        return sum(bool(own.search(s)) and not mixed.search(s) for s in sentences) / max(len(sentences), 1)

    return share


def _share(kind: str) -> Callable[[list[Block]], float]:
    return lambda blocks: sum(b.type == kind for b in blocks) / max(len(blocks), 1)


SHAPE: tuple[tuple[str, Callable[[list[Block]], float]], ...] = (
    ("directives", _directives),
    ("headings", _share("heading")),
    ("items", _share("item")),
    ("told_done", _told("done", "plan")),
    ("told_plan", _told("plan", "done")),
)
FEATURES = [*WORDING, *(name for name, _ in SHAPE), "log_length"]


def features(blocks: list[Block]) -> list[float]:
    """The named features (``FEATURES``) of a document's body."""
    body = analysis_form("".join(b.text for b in blocks))
    size = max(len(body), 1)
    wording = [len(re.findall(pattern, body)) * 100 / size for pattern in WORDING.values()]
    return [*wording, *(f(blocks) for _, f in SHAPE), math.log(size)]


@dataclass(frozen=True)
class KindModel:
    kinds: tuple[str, ...]
    weights: tuple[tuple[float, ...], ...]  # one row per kind
    biases: tuple[float, ...]
    means: tuple[float, ...]
    scales: tuple[float, ...]

    def kind(self, blocks: list[Block]) -> str:
        """The kind whose score is highest for the body."""
        return self.kind_of(features(blocks))

    def kind_of(self, vector: Sequence[float]) -> str:
        scaled = [(v - m) / s for v, m, s in zip(vector, self.means, self.scales, strict=True)]
        scores = [
            b + sum(w * x for w, x in zip(row, scaled, strict=True))
            for row, b in zip(self.weights, self.biases, strict=True)
        ]
        return self.kinds[max(range(len(scores)), key=scores.__getitem__)]

    @classmethod
    def from_data(cls, data: Mapping) -> KindModel:
        """The model its file's ``data`` holds (``to_json``)."""
        return cls(
            tuple(data["kinds"]),
            tuple(map(tuple, data["weights"])),
            tuple(data["biases"]),
            tuple(data["means"]),
            tuple(data["scales"]),
        )

    def to_json(self) -> str:
        return json.dumps(
            {
                "features": FEATURES,
                "kinds": list(self.kinds),
                "weights": [[round(w, 5) for w in row] for row in self.weights],
                "biases": [round(b, 5) for b in self.biases],
                "means": [round(m, 5) for m in self.means],
                "scales": [round(s, 5) for s in self.scales],
            },
            ensure_ascii=False,
        )


def load_model(path: Path = MODEL_PATH) -> KindModel | None:
    """The model at ``path`` (read again when the file changes), or None when it is missing, unreadable or made for
    other features."""
    return linear.load(path, KindModel, features=FEATURES)
