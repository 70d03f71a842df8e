"""Word segmentation: a Segmenter that owns its tokenizer, the domain dictionary and the stopwords.

Engine
    jieba's dictionary format and behaviour are what users know, so jieba defines both. The
    Segmenter never touches jieba's module-level tokenizer: it owns a ``jieba.Tokenizer()``.
    When ``rjieba`` (jieba's algorithm and dictionary in Rust) is importable it does the cutting
    instead: with the same user dictionary it gives the same content words on every seed block
    (``tests/test_segment.py`` asserts at least 99% agreement) and cut the seed corpus repeated
    to 5 MB about 15 times faster here (0.2 s against 3.1-4.2 s).

Domain dictionary (``nlp/data/userdict.txt``, jieba's ``word freq tag`` format)
    Generated, not written by hand::

        python -m nlp.boilerplate.segment --build-dict corpus/ -o nlp/data/userdict.txt

    jieba reads every line of a user dictionary as a word (a ``#`` line becomes a "word"),
    so the file carries no header; this docstring is its documentation, and a test checks
    that the builder still reproduces it. ``build_domain_dictionary`` cuts every distinct text
    of the corpus with jieba's default dictionary (HMM off) into runs of Chinese characters,
    so no candidate crosses punctuation, a digit or a placeholder. Candidates are sequences of
    2-4 tokens, 2-6 characters long, that occur in at least 2 distinct texts and 2 documents;
    a candidate becomes a term when

    * its parts cohere: the smallest pointwise mutual information over its split points
      is at least ``min_cohesion`` (natural log);
    * it is free at both ends: the entropy of its left and of its right neighbours (the
      neighbouring token, or the punctuation) is at least ``min_boundary_entropy``
      (ln 2 = 0.69 is two different neighbours in two occurrences);
    * it is bound: for at least one of its tokens, at least ``min_bound`` of that token's
      occurrences are inside the candidate (院务 almost only occurs in 院务公开; 维护 and
      职工 occur everywhere, so 维护职工 is a phrase, not a term);
    * it looks like a name of a thing: it neither starts nor ends with a stopword, its
      first token is no verb, adverb, pronoun, preposition, numeral or particle and its last
      no verb, adverb, preposition or particle (jieba's own part-of-speech tags), no particle,
      preposition, conjunction or adverb sits inside, and it does not start with a surname;
    * jieba does not already keep it whole.

    Last, with the terms loaded, a term must come out whole in the corpus more often than it
    breaks one of jieba's own words (see ``_drop_harmful``). Each term gets the frequency jieba needs to prefer it over its parts in context (see
    ``term_frequency``), and the tag ``nz``.

Stopwords
    The Chinese list of stopwords-iso (PyPI ``stopwordsiso``, which ships it as data, so it
    works offline; 794 function words and punctuation marks) plus ``nlp/data/
    stopwords_plan.txt``: the plan-speak words found by measurement on the seed corpus, the
    verbs, adverbs and pronouns among the 60 terms of highest summed TF-IDF that occur in at
    least 60% of the seed documents (工作 开展 积极 进一步 做好 加强 ...). They head every
    topic's keyword list without telling topics apart. The file says how it was chosen.

Content words
    ``Segmenter.tokens`` keeps tokens of at least two characters that contain a Chinese
    character, contain no digit, are not only ASCII letters (xx, XX, ok, and: template
    placeholders and scraping junk on the seeds), are no counted quantity (一次, 二是, 三八,
    两次, 三月份) and no stopword. Single characters are dropped: on the seed corpus they are
    under 4% of the Chinese non-stopword tokens, and the frequent ones are fragments of
    compounds jieba split (节 of 三八节, 奖 of 优秀信息奖, 篇 of 篇一) or too generic to tell
    topics apart (新, 院, 党, 高).
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import importlib.machinery
import importlib.util
import math
import os
import re
import sys
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import stopwordsiso

from nlp.resources import DATA_DIR, HAN, default_dictionary

if TYPE_CHECKING:
    import jieba

    from nlp.library.store import Library

USER_DICT = DATA_DIR / "userdict.txt"
PLAN_STOPWORDS = DATA_DIR / "stopwords_plan.txt"
ENGINES = ("auto", "jieba", "rjieba")
TERM_TAG = "nz"

_CJK_RUN = re.compile(f"[{HAN}]+")
_HAS_CJK = re.compile(f"[{HAN}]")
_WORDLIKE = re.compile(f"[{HAN}A-Za-z]+")
_NUMERALS = "〇零一二三四五六七八九十百千万亿两"
_CLASSIFIERS = "次是个名年批支项场位件本篇级届节天日月周点元人种条类期步块首季号份轮所"
_QUANTITY = re.compile(f"第?[{_NUMERALS}]+(?:[{_CLASSIFIERS}]|月份|月底|月初)?")
_USERDICT_LINE = re.compile(r"^(.+?)(?: ([0-9]+))?(?: ([a-z]+))?$")  # jieba's own re_userdict

# jieba part-of-speech tags that never start / end / sit inside a domain term.
_PARTICLES = {"u", "uj", "ul", "uv", "ud", "uz", "ug", "y", "e", "o"}
_NOT_FIRST = frozenset({"v", "vd", "vg", "d", "ad", "dg", "p", "c", "r", "rr", "rz", "m", "mq", "q", "f"} | _PARTICLES)
_NOT_LAST = frozenset({"v", "vd", "vg", "d", "dg", "p", "c", "r", "rr", "rz", "m", "mq", "f"} | _PARTICLES)
_NOT_INSIDE = frozenset({"uj", "ul", "uv", "ud", "uz", "ug", "p", "c", "d", "ad", "r"})


# --- stopwords and dictionaries ---------------------------------------------------------------


def read_word_list(path: str | os.PathLike) -> list[str]:
    """Words of a list file: one a line, ``#`` starts a comment line."""
    path = Path(path)
    if not path.is_file():
        raise ValueError(f"word list not found: {path}")
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def load_stopwords(plan_stopwords: str | os.PathLike | None = PLAN_STOPWORDS) -> frozenset[str]:
    """stopwords-iso's Chinese list plus the plan-speak words of ``plan_stopwords``."""
    words = set(stopwordsiso.stopwords("zh"))
    if plan_stopwords is not None:
        words.update(read_word_list(plan_stopwords))
    return frozenset(words)


def read_user_dictionary(path: str | os.PathLike) -> list[tuple[str, int | None, str | None]]:
    """Entries ``(word, freq, tag)`` of a jieba user dictionary, read as jieba reads it."""
    path = Path(path)
    if not path.is_file():
        raise ValueError(f"user dictionary not found: {path}")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ValueError(f"user dictionary must be UTF-8: {path}") from None
    entries = []
    for line in text.splitlines():
        line = line.strip()
        if line:
            word, freq, tag = _USERDICT_LINE.match(line).groups()
            entries.append((word, int(freq) if freq else None, tag))
    return entries


def _new_jieba_tokenizer() -> jieba.Tokenizer:
    """A tokenizer of its own over jieba's default dictionary: a copy of the loaded one (0.01 s), so the
    words of a user dictionary stay its own."""
    import jieba

    tokenizer = jieba.Tokenizer()
    freq, total = default_dictionary()
    tokenizer.FREQ, tokenizer.total, tokenizer.initialized = dict(freq), total, True
    return tokenizer


# --- engines ----------------------------------------------------------------------------------


class _JiebaEngine:
    name = "jieba"

    def __init__(self):
        self.tokenizer = _new_jieba_tokenizer()

    def add_word(self, word: str, freq: int | None, tag: str | None) -> None:
        self.tokenizer.add_word(word, freq, tag)

    def cut(self, text: str) -> list[str]:
        return self.tokenizer.lcut(text, HMM=True)


_RJIEBA_LOCK = threading.Lock()


def _rjieba_class() -> type:
    """rjieba's ``Jieba``, from its extension module. Importing the ``rjieba`` package makes a
    module-level ``Jieba`` at once (a second copy of the dictionary: 30 MB resident) that a
    Segmenter, which owns its tokenizer, never uses: the extension is loaded without the package's
    ``__init__``, and registered under its name, so an ``import rjieba`` later still finds it."""
    with _RJIEBA_LOCK:  # an extension module is initialised once per process
        module = sys.modules.get("rjieba.rjieba")
        if module is None:
            (folder,) = importlib.util.find_spec("rjieba").submodule_search_locations
            found = [Path(folder, f"rjieba{suffix}") for suffix in importlib.machinery.EXTENSION_SUFFIXES]
            extension = next((f for f in found if f.is_file()), None)
            if extension is None:  # another layout of the package: its own import, second dictionary and all
                import rjieba

                return rjieba.Jieba
            spec = importlib.util.spec_from_file_location("rjieba.rjieba", extension)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            sys.modules["rjieba.rjieba"] = module
    return module.Jieba


class _RjiebaEngine:
    name = "rjieba"

    def __init__(self):
        self.tokenizer = _rjieba_class()()

    def add_word(self, word: str, freq: int | None, tag: str | None) -> None:
        self.tokenizer.add_word(word, freq, tag)

    def cut(self, text: str) -> list[str]:
        return self.tokenizer.cut(text, True)


def rjieba_available() -> bool:
    return importlib.util.find_spec("rjieba") is not None


# --- the segmenter ----------------------------------------------------------------------------


class Segmenter:
    """Cuts Chinese text into content words with the domain dictionary, minus stopwords.

    ``engine``: "jieba" (its own ``jieba.Tokenizer``), "rjieba", or "auto" (rjieba when it is
    installed, else jieba). ``user_dict`` is a jieba user dictionary (None: none);
    ``plan_stopwords`` a word list added to stopwords-iso's Chinese list (None: none).
    """

    def __init__(
        self,
        user_dict: str | os.PathLike | None = USER_DICT,
        *,
        plan_stopwords: str | os.PathLike | None = PLAN_STOPWORDS,
        engine: str = "auto",
    ):
        if engine not in ENGINES:
            raise ValueError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")
        if engine == "rjieba" and not rjieba_available():
            raise ValueError("engine 'rjieba' asked for but the rjieba package is not installed")
        entries = read_user_dictionary(user_dict) if user_dict is not None else []
        self.stopwords = load_stopwords(plan_stopwords)
        if engine == "auto":
            engine = "rjieba" if rjieba_available() else "jieba"
        self._engine = _RjiebaEngine() if engine == "rjieba" else _JiebaEngine()
        self._words: list[tuple[str, int | None, str | None]] = []
        self._fingerprint: str | None = None
        for word, freq, tag in entries:
            self.add_word(word, freq, tag)
        self._content: dict[str, bool] = {}

    @property
    def engine(self) -> str:
        """The name of the engine that cuts: "jieba" or "rjieba"."""
        return self._engine.name

    @property
    def fingerprint(self) -> str:
        """Changes whenever the tokens could: engine, dictionary words, stopwords."""
        if self._fingerprint is None:
            payload = repr((self.engine, self._words, sorted(self.stopwords)))
            self._fingerprint = hashlib.sha1(payload.encode("utf-8")).hexdigest()
        return self._fingerprint

    def add_word(self, word: str, freq: int | None = None, tag: str | None = None) -> None:
        """Add a word to this segmenter's dictionary (freq None: what jieba needs to keep it whole)."""
        if not word or not word.strip():
            raise ValueError("cannot add an empty word")
        self._engine.add_word(word, freq, tag)
        self._words.append((word, freq, tag))
        self._fingerprint = None

    def cut(self, text: str) -> list[str]:
        """Every token, as the engine cuts ``text`` (with HMM for unknown words)."""
        return self._engine.cut(text)

    def is_content_word(self, token: str) -> bool:
        """A token worth indexing: see the module docstring, "Content words"."""
        known = self._content.get(token)
        if known is None:
            known = self._content[token] = (
                len(token) >= 2
                and _WORDLIKE.fullmatch(token) is not None
                and _HAS_CJK.search(token) is not None
                and token not in self.stopwords
                and _QUANTITY.fullmatch(token) is None
            )
        return known

    def tokens(self, text: str) -> list[str]:
        """The content words of ``text`` in order."""
        return [token for token in self._engine.cut(text) if self.is_content_word(token)]

    def tokens_many(self, texts: Iterable[str]) -> list[list[str]]:
        """``tokens`` of each text."""
        return [self.tokens(text) for text in texts]


_DEFAULT_LOCK = threading.Lock()


def default_segmenter() -> Segmenter:
    """The process's Segmenter with the shipped dictionary and stopwords, made once: a thread asking
    while another makes it waits for that one (the app starts it in the background after an import)."""
    with _DEFAULT_LOCK:
        return _default_segmenter()


@functools.lru_cache(maxsize=1)
def _default_segmenter() -> Segmenter:
    return Segmenter()


def tokens_for(library: Library, texts: Sequence[str], segmenter: Segmenter) -> list[list[str]]:
    """Tokens of ``texts`` in order, segmenting only texts the library has no tokens for.

    Cached tokens are keyed by the segmenter's fingerprint with the text, so a new dictionary,
    stopword list or engine never serves tokens cut by the old one.
    """
    texts = list(texts)
    prefix = segmenter.fingerprint + "\n"
    keys = [prefix + text for text in texts]
    known = library.cached_tokens(keys)
    missing = list(dict.fromkeys(key for key in keys if key not in known))
    if missing:
        fresh = dict(zip(missing, segmenter.tokens_many(key[len(prefix) :] for key in missing)))
        library.save_tokens(fresh)
        known.update(fresh)
    return [known[key] for key in keys]


# --- the domain dictionary builder ------------------------------------------------------------


def _entropy(counts: Counter) -> float:
    total = sum(counts.values())
    return -sum(c / total * math.log(c / total) for c in counts.values())


def term_frequency(tokenizer: jieba.Tokenizer, word: str) -> int:
    """The frequency that makes jieba prefer ``word`` to its parts: jieba's own ``suggest_freq``.

    Measured on the seeds: it keeps every term whole wherever no longer term or a better
    split (工会/委员会 in 工会委员会) contains it; larger frequencies (ten times, or that
    of the term's most frequent part) glue terms across such boundaries and break up two to
    three times as many of jieba's own words.
    """
    return tokenizer.suggest_freq(word, False)


def build_domain_dictionary(
    documents: Iterable[Sequence[str]],
    *,
    min_count: int = 2,
    min_documents: int = 2,
    min_cohesion: float = 2.0,
    min_boundary_entropy: float = 0.6,
    min_bound: float = 0.5,
    stopwords: frozenset[str] | None = None,
) -> list[tuple[str, int]]:
    """Domain terms jieba's default dictionary splits apart, with a frequency that keeps them whole.

    ``documents``: the texts (title, blocks) of each document. Terms come most frequent first.
    The method is in the module docstring, "Domain dictionary".
    """
    if min_count < 1 or min_documents < 1:
        raise ValueError("min_count and min_documents must be at least 1")
    import jieba.posseg

    tokenizer = _new_jieba_tokenizer()
    tags = jieba.posseg.POSTokenizer(tokenizer).word_tag_tab
    stopwords = load_stopwords() if stopwords is None else stopwords
    max_tokens = 4

    count: Counter[tuple[str, ...]] = Counter()
    documents_of: defaultdict[tuple[str, ...], set[int]] = defaultdict(set)
    left: defaultdict[tuple[str, ...], Counter] = defaultdict(Counter)
    right: defaultdict[tuple[str, ...], Counter] = defaultdict(Counter)
    seen: set[str] = set()
    total_tokens = 0
    for number, texts in enumerate(documents):
        for text in texts:
            first_time = text not in seen
            seen.add(text)
            for run in _CJK_RUN.finditer(text):
                tokens = tokenizer.lcut(run.group(), HMM=False)
                before = text[run.start() - 1] if run.start() else "^"
                after = text[run.end()] if run.end() < len(text) else "$"
                if first_time:
                    total_tokens += len(tokens)
                for n in range(1, max_tokens + 1):
                    for i in range(len(tokens) - n + 1):
                        gram = tuple(tokens[i : i + n])
                        if n > 1:
                            documents_of[gram].add(number)
                        if not first_time:
                            continue
                        count[gram] += 1
                        if n > 1:
                            left[gram][tokens[i - 1] if i > 0 else before] += 1
                            right[gram][tokens[i + n] if i + n < len(tokens) else after] += 1

    def cohesion(gram: tuple[str, ...]) -> float:
        return min(
            math.log(count[gram] * total_tokens / (count[gram[:k]] * count[gram[k:]])) for k in range(1, len(gram))
        )

    def looks_like_term(gram: tuple[str, ...]) -> bool:
        first, last = gram[0], gram[-1]
        if first in stopwords or last in stopwords:
            return False
        if tags.get(first) in _NOT_FIRST or tags.get(last) in _NOT_LAST:
            return False
        if len(first) == 1 and tags.get(first) == "nr":  # a surname: a person's name follows
            return False
        return not any(tags.get(token) in _NOT_INSIDE for token in gram[1:-1])

    candidates = []
    for gram, occurrences in count.items():
        word = "".join(gram)
        if (
            len(gram) < 2
            or not 2 <= len(word) <= 6
            or occurrences < min_count
            or len(documents_of[gram]) < min_documents
            or not looks_like_term(gram)
        ):
            continue
        if max(occurrences / count[(token,)] for token in gram) < min_bound:
            continue
        if cohesion(gram) < min_cohesion:
            continue
        if min(_entropy(left[gram]), _entropy(right[gram])) < min_boundary_entropy:
            continue
        if len(tokenizer.lcut(word)) == 1:
            continue
        candidates.append((word, occurrences))
    candidates.sort(key=lambda term: (-term[1], term[0]))
    terms = [(word, term_frequency(tokenizer, word)) for word, _ in candidates]
    return _drop_harmful(terms, tokenizer, sorted(seen))


def _spans(tokens: list[str]) -> list[tuple[int, int, str]]:
    spans, start = [], 0
    for token in tokens:
        spans.append((start, start + len(token), token))
        start += len(token)
    return spans


def _drop_harmful(terms: list[tuple[str, int]], plain: jieba.Tokenizer, texts: list[str]) -> list[tuple[str, int]]:
    """Keep the terms that come out whole in the texts more often than they break jieba's words.

    A term breaks a word when, with the terms loaded, a token that is a term straddles the
    boundary of a word of two or more characters that the plain tokenizer cut (保铃球比赛:
    球比赛 would leave 保铃 / 球比赛). Dropping a term changes the others' cuts: repeat until
    nothing is dropped.
    """
    plain_spans = [_spans(plain.lcut(text)) for text in texts]
    while terms:
        tokenizer = _new_jieba_tokenizer()
        for word, freq in terms:
            tokenizer.add_word(word, freq, TERM_TAG)
        whole: Counter[str] = Counter()
        harm: Counter[str] = Counter()
        words = {word for word, _ in terms}
        for text, before in zip(texts, plain_spans):
            after = _spans(tokenizer.lcut(text))
            whole.update(token for _, _, token in after if token in words)
            for start, end, token in after:
                if token in words and any(
                    s < start < e or s < end < e for s, e, plain_word in before if len(plain_word) >= 2
                ):
                    harm[token] += 1
        kept = [(word, freq) for word, freq in terms if whole[word] > harm[word]]
        if len(kept) == len(terms):
            break
        terms = kept
    return terms


def format_dictionary(terms: Iterable[tuple[str, int]]) -> str:
    """Terms as a jieba user dictionary: ``word freq nz`` lines."""
    return "".join(f"{word} {freq} {TERM_TAG}\n" for word, freq in terms)


def corpus_documents(paths: Iterable[str | os.PathLike]) -> list[list[str]]:
    """The texts (title and blocks) of every document in the files and folders named."""
    from nlp.errors import InputError
    from nlp.library.parse import parse_file
    from nlp.usecases import iter_files

    documents = []
    for path in iter_files(paths):
        try:
            result = parse_file(path.read_bytes(), path.name)
        except InputError:
            continue
        documents.extend([d.title, *(b.text for b in d.blocks)] for d in result.documents)
    return documents


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m nlp.segment", description="Build the domain dictionary from a corpus."
    )
    parser.add_argument("--build-dict", metavar="PATH", nargs="+", required=True, help="corpus files or folders")
    parser.add_argument("-o", "--output", metavar="FILE", help="where to write it (default: stdout)")
    args = parser.parse_args(argv)
    documents = corpus_documents(args.build_dict)
    if not documents:
        print("no documents found", file=sys.stderr)
        return 1
    terms = build_domain_dictionary(documents)
    if args.output:
        Path(args.output).write_text(format_dictionary(terms), encoding="utf-8")
        print(f"{len(terms)} terms from {len(documents)} documents written to {args.output}")
    else:
        sys.stdout.write(format_dictionary(terms))
    return 0


if __name__ == "__main__":
    sys.exit(main())
