from __future__ import annotations

import re
import subprocess
import sys
import threading
import time
from collections import Counter

import jieba
import pytest

from nlp.boilerplate import Segmenter, default_segmenter, segment, tokens_for
from nlp.boilerplate.segment import (
    USER_DICT,
    _new_jieba_tokenizer,
    corpus_documents,
    main,
    read_user_dictionary,
    rjieba_available,
)
from nlp.library import Library
from nlp.usecases import import_path

from ..conftest import CORPUS, ROOT, SEEDS

DOMAIN_TERMS = ["职代会", "职工之家", "送温暖", "巾帼文明岗", "院务公开", "工会小组长", "护士节"]
# Longer words of jieba's own that rightly hold a domain term on the seeds.
LONGER_WORDS = {"职工之家": "教职工之家", "护士节": "国际护士节"}
ENGINES = ["jieba"] + (["rjieba"] if rjieba_available() else [])
PLACEHOLDER = re.compile(r"[xX×*_＿]")


@pytest.fixture(scope="module")
def seed_documents() -> list[list[str]]:
    return corpus_documents([CORPUS])


@pytest.fixture(scope="module")
def seed_texts(seed_documents) -> list[str]:
    return [text for document in seed_documents for text in document]


@pytest.fixture(scope="module", params=ENGINES)
def segmenter(request) -> Segmenter:
    return Segmenter(engine=request.param)


@pytest.fixture(scope="module")
def jieba_segmenter() -> Segmenter:
    return Segmenter(engine="jieba")


@pytest.mark.parametrize("term", DOMAIN_TERMS)
def test_domain_terms_are_single_tokens_in_seed_sentences(segmenter, seed_texts, term):
    sentences = sorted({s for text in seed_texts for s in re.split("[。；！？]", text) if term in s})
    assert sentences
    for sentence in sentences:
        expected = sentence.count(term) - sentence.count(LONGER_WORDS.get(term, "\0"))
        assert segmenter.tokens(sentence).count(term) == expected, (sentence, segmenter.cut(sentence))


def test_stopwords_punctuation_numbers_and_placeholders_never_come_out(segmenter, seed_texts):
    tokens = Counter(token for text in seed_texts for token in segmenter.tokens(text))
    assert len(tokens) > 1000
    assert not set(tokens) & segmenter.stopwords
    for token in tokens:
        assert len(token) >= 2 and re.fullmatch(r"[\u3400-\u9fffA-Za-z]+", token), token
        assert re.search(r"[\u3400-\u9fff]", token) and not PLACEHOLDER.search(token), token
    for junk in ["的", "工作", "进一步", "积极", "开展", "，", "20xx", "XX", "xx", "20__", "一是", "三八"]:
        assert junk not in tokens
    for word in ["职工", "工会", "医院", "职代会", "文体活动"]:
        assert tokens[word] > 10


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("20xx年XX医院工会工作计划", ["医院", "工会工作计划"]),
        ("20__年，进一步完善职代会制度。", ["完善", "职代会", "制度"]),
        ("一是开展“送温暖”活动，二是创建巾帼文明岗", ["送温暖", "活动", "创建", "巾帼文明岗"]),
        ("××科室5月12日护士节", ["科室", "护士节"]),
        ("", []),
        (" \n\t", []),
    ],
)
def test_tokens_of_small_texts(segmenter, text, expected):
    assert segmenter.tokens(text) == expected


def test_tokens_many_keeps_order(segmenter, seed_texts):
    texts = seed_texts[:20]
    assert segmenter.tokens_many(texts) == [segmenter.tokens(t) for t in texts]
    assert segmenter.tokens_many(iter(texts)) == segmenter.tokens_many(texts)


@pytest.mark.parametrize("engine", ENGINES)
def test_segmenters_share_no_state_with_jieba_or_each_other(engine):
    sentence = "建设职工书屋和沙壶球场地"
    global_before = jieba.lcut(sentence)
    first, second = Segmenter(engine=engine), Segmenter(engine=engine)
    assert "职工书屋" not in first.cut(sentence)
    first.add_word("职工书屋", 1000)
    assert "职工书屋" in first.cut(sentence)
    assert "职工书屋" not in second.cut(sentence)
    assert jieba.lcut(sentence) == global_before
    assert "院务公开" not in jieba.dt.FREQ  # the shipped dictionary went to the instances only
    assert jieba.lcut("推进院务公开工作") == ["推进", "院务", "公开", "工作"]
    assert first.fingerprint != second.fingerprint


def test_construction_is_quiet(capfd):
    Segmenter(engine="jieba")
    Segmenter()
    out, err = capfd.readouterr()
    assert out == "" and err == ""


def test_construction_checks_its_inputs(tmp_path):
    with pytest.raises(ValueError, match="user dictionary not found"):
        Segmenter(tmp_path / "missing.txt")
    with pytest.raises(ValueError, match="word list not found"):
        Segmenter(plan_stopwords=tmp_path / "missing.txt")
    with pytest.raises(ValueError, match="engine must be one of"):
        Segmenter(engine="thulac")
    bad = tmp_path / "gbk.txt"
    bad.write_bytes("院务公开 3 nz\n".encode("gbk"))
    with pytest.raises(ValueError, match="UTF-8"):
        Segmenter(bad)
    with pytest.raises(ValueError, match="empty word"):
        Segmenter(None, engine="jieba").add_word(" ")


def test_default_segmenter_is_one_per_process():
    assert default_segmenter() is default_segmenter()
    assert default_segmenter().engine == ("rjieba" if rjieba_available() else "jieba")


@pytest.mark.skipif("rjieba" not in ENGINES, reason="rjieba is not installed")
def test_rjieba_segmenter_holds_one_dictionary():
    """The rjieba package's own module-level tokenizer (a second dictionary) and jieba's HMM tables
    are not loaded by a process that cuts with a Segmenter; importing rjieba afterwards still works."""
    script = (
        "import sys\n"
        "from nlp.boilerplate import default_segmenter\n"
        "assert default_segmenter().tokens('院务公开') == ['院务公开']\n"
        "print(sorted(m for m in sys.modules if 'jieba' in m))\n"
        "import rjieba\n"
        "print(rjieba.cut('院务公开'))\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True)
    assert run.stdout.splitlines() == ["['rjieba.rjieba']", "['院务', '公开']"]


class CountingSegmenter:
    """A Segmenter that remembers which texts it was asked to segment."""

    def __init__(self, segmenter: Segmenter):
        self.segmenter = segmenter
        self.segmented: list[str] = []

    @property
    def fingerprint(self) -> str:
        return self.segmenter.fingerprint

    def tokens_many(self, texts):
        texts = list(texts)
        self.segmented.extend(texts)
        return self.segmenter.tokens_many(texts)


def test_token_cache_segments_each_text_once(tmp_path, jieba_segmenter):
    path = tmp_path / "lib.sqlite3"
    spy = CountingSegmenter(jieba_segmenter)
    with Library(path) as library:
        for seed in SEEDS[:-1]:
            assert import_path(library, seed).ok
        texts = [block.text for block in library.blocks()]
        first = tokens_for(library, texts, spy)
        assert first == jieba_segmenter.tokens_many(texts)
        assert sorted(spy.segmented) == sorted(set(texts)) and len(set(texts)) < len(texts)

        spy.segmented.clear()
        assert tokens_for(library, texts, spy) == first
        assert spy.segmented == []

        assert import_path(library, SEEDS[-1]).ok
        all_texts = [block.text for block in library.blocks()]
        assert tokens_for(library, all_texts, spy) == jieba_segmenter.tokens_many(all_texts)
        assert sorted(spy.segmented) == sorted(set(all_texts) - set(texts))
        assert spy.segmented

    spy.segmented.clear()
    with Library(path) as reopened:
        tokens_for(reopened, all_texts, spy)
        assert spy.segmented == []
        changed = Segmenter(engine="jieba")
        changed.add_word("职工书屋")
        recount = CountingSegmenter(changed)
        tokens_for(reopened, all_texts[:10], recount)
        assert recount.segmented == list(dict.fromkeys(all_texts[:10]))  # a new dictionary re-segments


def test_builder_reproduces_the_committed_dictionary(tmp_path, capsys):
    output = tmp_path / "userdict.txt"
    assert main(["--build-dict", str(CORPUS), "-o", str(output)]) == 0
    assert "terms from 46 documents" in capsys.readouterr().out  # a collection title is no longer a document
    assert output.read_text(encoding="utf-8") == USER_DICT.read_text(encoding="utf-8"), (
        "the domain dictionary drifted: run python -m nlp.boilerplate.segment --build-dict corpus/ -o nlp/data/userdict.txt"
    )
    words = [word for word, _, _ in read_user_dictionary(USER_DICT)]
    assert {"职工之家", "巾帼文明岗", "院务公开", "工会小组长"} <= set(words)
    assert len(words) == len(set(words)) >= 40
    assert all(2 <= len(w) <= 6 and re.fullmatch(r"[\u4e00-\u9fff]+", w) for w in words)
    plain = _new_jieba_tokenizer()  # jieba's own dictionary, as the builder loaded it (a copy, not a second load)
    for word in ["职代会", "送温暖", "护士节"]:  # already whole in jieba's own dictionary
        assert word not in words and plain.lcut(word) == [word]


@pytest.mark.skipif("rjieba" not in ENGINES, reason="rjieba is not installed")
def test_rjieba_agrees_with_jieba_on_the_seeds(seed_texts, jieba_segmenter):
    fast = Segmenter(engine="rjieba")
    for method in ("cut", "tokens"):
        matched = total = 0
        for text in seed_texts:
            slow_tokens, fast_tokens = getattr(jieba_segmenter, method)(text), getattr(fast, method)(text)
            matched += sum((Counter(slow_tokens) & Counter(fast_tokens)).values())
            total += max(len(slow_tokens), len(fast_tokens))
        assert matched / total >= 0.99, method


def test_threads_asking_for_the_default_segmenter_at_once_get_one_made_once(monkeypatch):
    """The app starts it in the background after an import while a page may ask for it too."""
    made = []

    def slow_segmenter():
        made.append(threading.current_thread().name)
        time.sleep(0.2)  # as long as rjieba's dictionary takes, so that the two asks overlap
        return object()

    monkeypatch.setattr(segment, "Segmenter", slow_segmenter)
    segment._default_segmenter.cache_clear()
    try:
        got = []
        threads = [threading.Thread(target=lambda: got.append(default_segmenter())) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(made) == 1 and len(got) == 2 and got[0] is got[1]
    finally:
        segment._default_segmenter.cache_clear()
