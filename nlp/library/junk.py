"""Web junk learnt from data: a small logistic model over the features of a line (its characters,
length, punctuation, digits, site words, position in the file, whether it reads as plan prose,
how often it repeats), trained on the annotated real-world set by ``python -m benchmarks.train_junk``
and shipped as coefficients in ``nlp/data/junk_model.json`` (nothing is downloaded).

The model judges short lines only; the rules in ``clean`` still judge page furniture and promo
sentences, and a long line loses only its junk sentences. Every line the model drops comes with
its reason: the feature that weighed most for junk.
"""

from __future__ import annotations

import json
import math
import re
import zlib
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from nlp.library.markers import MARKER, is_title_line
from nlp.library.script import analysis_form
from nlp.resources import HAN

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "junk_model.json"
HASH_BUCKETS = 4096
TABLE_CELLS = 3
MAX_JUDGED_CHARS = 60
MIN_SITE_WORDS = 2  # distinct site words that make a line of prose words a site's notice  # longer lines are paragraphs: junk in them is judged by the sentence


# A sentence with its closing punctuation (and a closing quote or bracket after it).
SENTENCE = re.compile(r"[^。！？!?]*(?:[。！？!?]+[”’」』）)]?|$)")
# Prose has commas and full stops; a page's footer has fields: 地址：…号 热线电话：…邮编：… QQ:…鄂ICP备…号
PROSE_PUNCTUATION = re.compile(r"[，。；！？,;]")
FIELD = re.compile(r"\S+\s*")


def units(text: str) -> list[str]:
    """What the model judges in a line: the line when short, else its sentences (a junk sentence in a
    paragraph, or on a page written on one line, goes alone)."""
    if len(text) <= MAX_JUDGED_CHARS:
        return [text]
    if not PROSE_PUNCTUATION.search(text):  # fields, not sentences: a footer the reflow glued into one line
        return [field for field in FIELD.findall(text) if field.strip()]
    return [sentence for sentence in SENTENCE.findall(text) if sentence]


def judged(unit: str, in_paragraph: bool) -> bool:
    """Whether the model judges this unit: short, and not a title (the structure judges titles: a
    duplicated or collection title is dropped there); a sentence of a paragraph only when it reads as a
    site's notice (several site words), an outline entry or a line ending in 。 only when it has no word
    of plan prose, a line with a written-out date only when it has a site word (the text's own sentences
    and dates are never the model's to drop)."""
    unit = unit.strip()
    if unit.count("|") >= TABLE_CELLS:  # a table row flattened to text (时间|活动内容|参加范围|…)
        return False
    form = analysis_form(unit)
    # a site's notice, numbered or not: several site words of two characters or more (网, 站 alone are in prose)
    site_like = len({word for word in SITE_WORDS.findall(form) if len(word) > 1}) >= MIN_SITE_WORDS
    if in_paragraph and not site_like:  # a paragraph's own sentence (按时召开好职代会。), however short
        return False
    if (MARKER.match(unit) or unit.endswith("。")) and PROSE_WORDS.search(form) and not site_like:
        return False
    if WRITTEN_DATE.search(form) and not SITE_WORDS.search(form):  # the document's own date (2022年1月修订)
        return False
    return 0 < len(unit) <= MAX_JUDGED_CHARS and not is_title_line(unit)


# Named features: (name, the reason shown when it weighs most, function of a LineContext).
SITE_WORDS = re.compile(
    r"网|站|投稿|客服|QQ|qq|下载|浏览|阅读|分享|首页|栏目|来源|作者|发布|评论|收藏|举报|VIP|文档|精选|范文|"
    r"小编|整理|参考|欢迎|ICP|备案|地址|电话|微信|公众号|扫码|点击|登录|注册|付费|预览|版权|侵权|人气|热度"
)
PROSE_WORDS = re.compile(r"工会|职工|开展|加强|组织|活动|提高|做好|推进|落实|完善|建设|服务|坚持|积极|进一步|全面|工作")
# A date as a site stamps a post (2023-04-04, 19:09:06); a document writes its own dates out (2022年1月修订).
DATE_TIME = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}:\d{2}")
WRITTEN_DATE = re.compile(r"(?:\d{4}|\d{2}[xX*_]{2})年(?:\d{1,2}|[xX*_]{1,2})月")  # slots too: 20xx年XX月18日
COUNT = re.compile(r"\d+(?:\.\d+)?\s*[万WwKk千]|\d+\s*(?:次|人)(?:浏览|阅读|下载|收藏)|\d+\s*(?:KB|MB|页|字)")
SERIES = re.compile(
    r"[（(]?(?:精选|通用|优选|推荐|汇总|大全|合集)?\s*\d+\s*篇[）)]?|[一二三四五六七八九十]+篇(?:$|[）)])"
)


@dataclass(frozen=True)
class LineContext:
    """One line as the model sees it: its analysis form and where it sits in its file."""

    text: str  # analysis form (Simplified, no pinyin glosses)
    position: float  # 0 at the file's first line, 1 at its last
    index: int  # lines before it
    repeats: int  # how often the same text occurs in the file


def _share(pattern: str, text: str) -> float:
    return len(re.findall(pattern, text)) / max(len(text), 1)


NAMED_FEATURES = (
    ("log_length", "很短的一行", lambda c: math.log1p(len(c.text))),
    ("han_share", "汉字很少", lambda c: _share(f"[{HAN}]", c.text)),
    ("digit_share", "数字多", lambda c: _share(r"\d", c.text)),
    ("latin_share", "字母多", lambda c: _share(r"[A-Za-z]", c.text)),
    ("punct_share", "标点多", lambda c: _share(r"[^\w\s]", c.text)),
    ("ends_sentence", "不是完整句子", lambda c: float(c.text[-1:] in "。！？；")),
    ("site_words", "含网站用语", lambda c: float(len(SITE_WORDS.findall(c.text)))),
    ("prose_words", "不像计划正文", lambda c: float(len(PROSE_WORDS.findall(c.text)))),
    ("date_time", "含发布日期或时间", lambda c: float(bool(DATE_TIME.search(c.text)))),
    ("counts", "含浏览量、字数或文件大小", lambda c: float(bool(COUNT.search(c.text)))),
    ("series", "含篇数（集合标题）", lambda c: float(bool(SERIES.search(c.text)))),
    ("spaces", "多段文字并列（导航、标签）", lambda c: float(c.text.count(" "))),
    ("outline_marker", "不是提纲条目", lambda c: float(bool(MARKER.match(c.text)))),
    ("position", "位于页尾", lambda c: c.position),
    ("opening", "位于页首", lambda c: float(c.index < 8)),
    ("repeated", "在文件中重复出现", lambda c: float(c.repeats > 1)),
)


def contexts(lines: list[list[str]]) -> list[list[LineContext]]:
    """The model's view of a file's units (``lines`` holds each line's units), in order."""
    forms = [[analysis_form(unit.strip()) for unit in line] for line in lines]
    repeats = Counter(form for line in forms for form in line)
    last = max(len(forms) - 1, 1)
    return [[LineContext(f, i / last, i, repeats[f]) for f in line] for i, line in enumerate(forms)]


def _grams(text: str) -> list[str]:
    return [text[i : i + n] for n in (1, 2) for i in range(len(text) - n + 1)]


def bucket(gram: str) -> int:
    return zlib.crc32(gram.encode("utf-8")) % HASH_BUCKETS


def feature_vector(context: LineContext) -> dict[int, float]:
    """Sparse features: named features first, then hashed character uni- and bigrams (share of the line)."""
    vector = {i: float(f(context)) for i, (_, _, f) in enumerate(NAMED_FEATURES)}
    grams = _grams(context.text)
    for gram in grams:
        key = len(NAMED_FEATURES) + bucket(gram)
        vector[key] = vector.get(key, 0.0) + 1.0 / len(grams)
    return vector


@dataclass(frozen=True)
class JunkModel:
    weights: tuple[float, ...]
    bias: float
    threshold: float
    means: tuple[float, ...]  # of the named features, for scaling
    scales: tuple[float, ...]

    def score(self, context: LineContext) -> tuple[float, str]:
        """(probability that the line is junk, the reason that weighed most)."""
        vector = feature_vector(context)
        n = len(NAMED_FEATURES)
        terms: dict[str, float] = {}
        total = self.bias
        for key, value in vector.items():
            if key < n:
                value = (value - self.means[key]) / self.scales[key]
                label = NAMED_FEATURES[key][1]
            else:
                label = ""
            contribution = self.weights[key] * value
            total += contribution
            if label:
                terms[label] = terms.get(label, 0.0) + contribution
        for gram in set(_grams(context.text)):
            terms[f"含“{gram}”"] = self.weights[n + bucket(gram)] / max(len(context.text), 1)
        reason = max(terms, key=terms.__getitem__)
        return 1.0 / (1.0 + math.exp(-total)), reason

    def to_json(self) -> str:
        return json.dumps(
            {
                "features": [name for name, _, _ in NAMED_FEATURES],
                "hash_buckets": HASH_BUCKETS,
                "weights": [round(w, 5) for w in self.weights],
                "bias": round(self.bias, 5),
                "threshold": self.threshold,
                "means": [round(m, 5) for m in self.means],
                "scales": [round(s, 5) for s in self.scales],
            },
            ensure_ascii=False,
        )


def library_model_path(db_path: str | Path) -> Path:
    """Where a library's own junk model is kept, beside its SQLite file (``library.sqlite3`` →
    ``library.junk_model.json``): trained with the corrections of its people by ``python -m
    benchmarks.train_junk --corrections``; the shipped model is the default."""
    return Path(db_path).with_suffix(".junk_model.json")


def model_path(db_path: str | Path) -> Path:
    """The junk model a library's imports use: its own when it has one, else the shipped one."""
    own = library_model_path(db_path)
    return own if own.is_file() else MODEL_PATH


def load_model(path: Path = MODEL_PATH) -> JunkModel | None:
    """The model at ``path`` (read again when the file changes), or None when it is missing or made for
    other features (then rules alone judge)."""
    try:
        return _load_model(path, path.stat().st_mtime_ns)
    except OSError:
        return None


@cache
def _load_model(path: Path, modified: int) -> JunkModel | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if data.get("features") != [name for name, _, _ in NAMED_FEATURES] or data.get("hash_buckets") != HASH_BUCKETS:
        return None
    return JunkModel(
        tuple(data["weights"]), data["bias"], data["threshold"], tuple(data["means"]), tuple(data["scales"])
    )


def model_junk(texts: list[str], path: Path = MODEL_PATH) -> list[list[tuple[str, str | None]]]:
    """For each line of a file, its units, each with the reason of the model at ``path`` when it judges it junk."""
    model = load_model(path)
    split = [units(text) for text in texts]
    if model is None:
        return [[(unit, None) for unit in line] for line in split]
    judged_lines = []
    for line, line_contexts in zip(split, contexts(split), strict=True):
        judged_units: list[tuple[str, str | None]] = []
        for unit, context in zip(line, line_contexts, strict=True):
            reason = None
            if judged(unit, len(line) > 1):
                probability, why = model.score(context)
                if probability >= model.threshold:
                    reason = f"网页杂项（模型 {probability:.2f}：{why}）"
            judged_units.append((unit, reason))
        judged_lines.append(judged_units)
    return judged_lines
