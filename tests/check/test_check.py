"""查重: drafts built from the seed corpus with planted edits, the 13-character guarantee, the
figures, exclusions, self-repetition, batches, reports and the CLI's JSON contract."""

from __future__ import annotations

import io
import json
import random
import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.bench_check import main as bench_main
from nlp.check import (
    PASTED_NAME,
    CheckSettings,
    check_draft,
    check_drafts,
    library_index,
    pasted_draft,
)
from nlp.check.engine import build_index, quoted_mask, span_mask
from nlp.check.fingerprint import FingerprintIndex, char_form, normal_form, normal_forms, winnow
from nlp.check.reports import report_docx, report_html
from nlp.cli import main
from nlp.errors import InputError
from nlp.library import Library
from nlp.models import Block
from nlp.usecases import load_sample_corpus

from ..conftest import CORPUS

NEW_TEXT = (
    "今年春天我们准备在河边种下三百棵柳树，孩子们会在周末提着小桶去浇水，傍晚的时候还能听见青蛙在稻田里此起彼伏地叫着。"
)
NEW_TEXT_2 = "邻居家的橘猫总爱趴在窗台上晒太阳，偶尔伸个懒腰，看着楼下卖豆腐的老人慢慢走远。"
OPENING = "老街口新开了一家面馆，汤头熬得很浓，"
CLOSING = "吃完面我们沿着湖边慢慢散步回家。"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("check") / "lib.sqlite3"
    with Library(path) as library:
        load_sample_corpus(library, CORPUS)
    return path


@pytest.fixture(scope="module")
def blocks(db):
    with Library(db) as library:
        return library.blocks()


@pytest.fixture(scope="module")
def index(blocks):
    return library_index(blocks)


def form(text: str) -> str:
    return normal_form(text)[0]


def seed(blocks, start: str):
    """The library block whose text starts with ``start``."""
    return next(b for b in blocks if b.text.startswith(start))


def span_text(text: str, spans) -> str:
    return "".join(text[a:b] for a, b in spans)


def covered_form(block) -> str:
    """The normal form of the characters the block's library matches cover."""
    mask = span_mask([s for m in block.matches for s in m.spans], len(block.text))
    return form("".join(c for c, m in zip(block.text, mask) if m))


# --- the normal form ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("２０２１年，XX医院“工会”工作①；", "0000年xx医院工会工作0"),
        ("加强 组织\u3000建设。", "加强组织建设"),
        ("第3次、第12次", "第0次第00次"),
        ("20__年", "00年"),
        ("《工会法》（试行）", "工会法试行"),
    ],
)
def test_normal_form(text, expected):
    assert form(text) == expected


@given(st.lists(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30), max_size=6))
@settings(max_examples=150, deadline=None)
def test_normal_forms_batch_equals_one_by_one_and_maps_back(texts):
    batch = normal_forms(texts, with_origin=True)
    for i, text in enumerate(texts):
        single, origin = normal_form(text)
        assert batch.text(i) == single
        assert list(batch.origins(i)) == list(origin)
        assert "".join(char_form(text[j]) for j in sorted(set(origin.tolist()))) == single
        assert form(single) == single  # idempotent


# --- the guarantee --------------------------------------------------------------------------

ALPHABET = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]


def _random_text(rng: random.Random, length: int) -> str:
    return "".join(rng.choice(ALPHABET) for _ in range(length))


def _planted_runs_found(run_length: int, trials: int) -> list[bool]:
    """Plant a run of ``run_length`` characters of a library text in new text; was it found whole?"""
    rng = random.Random(run_length)
    library = [_random_text(rng, rng.randint(40, 120)) for _ in range(300)]
    index = FingerprintIndex().fit(library)
    found = []
    for _ in range(trials):
        source = rng.randrange(len(library))
        start = rng.randrange(len(library[source]) - run_length)
        run = library[source][start : start + run_length]
        before, after = _random_text(rng, rng.randint(0, 30)), _random_text(rng, rng.randint(0, 30))
        runs = index.runs(normal_forms([before + run + after]))
        found.append(
            any(
                t == source and p0 <= len(before) and len(before) + run_length <= p1
                for t, p0, p1 in zip(runs.text.tolist(), runs.query_start.tolist(), runs.query_end.tolist())
            )
        )
    return found


def test_every_13_character_run_is_found_and_12_may_not_be():
    assert FingerprintIndex().guaranteed_run == 13
    assert all(_planted_runs_found(13, 400))
    assert not all(_planted_runs_found(12, 400))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.lists(st.integers(0, 4), max_size=30), min_size=1, max_size=12),
    st.integers(1, 12),
)
def test_winnowing_keeps_the_first_smallest_hash_of_every_window_inside_a_text(texts, window):
    """Few distinct hashes, so windows hold ties: the first smallest of each is the one kept."""
    hashes = np.array([h for t in texts for h in t], dtype=np.uint64)
    text_of = np.repeat(np.arange(len(texts)), [len(t) for t in texts])
    expected = np.zeros(len(hashes), dtype=bool)
    for text in range(len(texts)):
        at = np.flatnonzero(text_of == text)
        if len(at) < window:
            expected[at] = True
        for start in range(len(at) - window + 1):
            span = hashes[at[start] : at[start] + window].tolist()
            expected[at[start] + span.index(min(span))] = True
    assert winnow(text_of, hashes, window).tolist() == expected.tolist()


def test_a_planted_13_character_run_is_reported_with_a_source_that_holds_it(blocks, index):
    rng = random.Random(7)
    paragraphs = [b for b in blocks if b.type != "heading" and len(form(b.text)) >= 40]
    for source in rng.sample(paragraphs, 25):
        source_form, origin = normal_form(source.text)
        start = rng.randrange(len(source_form) - 13)
        run = source.text[origin[start] : origin[start + 12] + 1]
        draft = pasted_draft(f"{OPENING}{run}{CLOSING}")
        (block,) = check_draft(draft, index).blocks
        offset = block.text.index(run)
        holders = [m for m in block.matches if form(run) in form(m.text)]
        assert holders, run
        mask = span_mask([s for m in holders for s in m.spans], len(block.text))
        assert all(mask[offset + i] for i, c in enumerate(run) if char_form(c)), run


# --- planted edits ------------------------------------------------------------------------------

GUIDING = "我院工会工作总的指导思想"
TRAITS = "抓住工会工作的群众性特点"
OPENNESS = "积极协助党政认真开展院务公开工作"


@pytest.fixture(scope="module")
def planted(blocks, index):
    """A draft: punctuation changed, 医院→院, a clause removed, a sentence copied into new text, new text."""
    guiding, traits, openness = seed(blocks, GUIDING), seed(blocks, TRAITS), seed(blocks, OPENNESS)
    punctuated = traits.text.replace("，", "; ").replace("；", "、").replace("。", "！")
    unit = guiding.text.replace("医院", "院")
    clauses = openness.text.split("，")
    removed = "，".join(clauses[:1] + clauses[2:])
    sentence = "找准工会组织在医院中的位子，理顺医院党政工在医院工作中关系。"
    inside = f"{OPENING}{sentence}{CLOSING}"
    text = "\n".join(
        [
            "2026年测试单位工会工作计划",
            "一、指导思想",
            unit,
            "二、具体工作",
            "1. " + punctuated,
            removed,
            inside,
            NEW_TEXT,
            NEW_TEXT_2,
        ]
    )
    report = check_draft(pasted_draft(text), index)
    return report, {
        "guiding": guiding,
        "traits": traits,
        "openness": openness,
        "sentence": sentence,
        "removed_clause": clauses[1],
    }


def _block(report, start: str):
    return next(b for b in report.blocks if b.text.startswith(start))


def test_draft_keeps_its_outline(planted):
    report, _ = planted
    assert [(b.type, b.marker) for b in report.blocks[:2]] == [("heading", "一、"), ("paragraph", None)]
    assert _block(report, "抓住").marker == "1."
    assert _block(report, "抓住").section == "二、具体工作"


@pytest.mark.parametrize("start, key", [("我院工会", "guiding"), ("抓住工会", "traits"), ("积极协助", "openness")])
def test_whole_block_copies_are_found_with_source_and_spans(planted, start, key):
    report, sources = planted
    block = _block(report, start)
    source = sources[key]
    best = block.matches[0]
    # The seed paragraph, or an identical copy of it in another plan of the library.
    assert form(best.text) == form(source.text)
    assert all(form(m.text) == form(source.text) for m in block.matches[:3])
    assert best.document and best.file.endswith(".txt")
    assert best.similarity >= 0.9 and block.similarity >= 0.95
    # Every character of the draft block is in the spans, punctuation aside.
    assert form(span_text(block.text, best.spans)) == form(block.text)
    # The source spans hold the same text, apart from what the copier changed.
    assert form(span_text(best.text, best.source_spans)).startswith(form(block.text)[:10])


def test_unit_swap_and_removed_clause_keep_the_source_aligned(planted):
    report, sources = planted
    unit = _block(report, "我院工会")
    assert "院党支部" in unit.text and "医院" not in unit.text
    source_cover = form(span_text(unit.matches[0].text, unit.matches[0].source_spans))
    assert form(unit.text) == source_cover  # the source's 医 is the only character left out
    removed = _block(report, "积极协助")
    cover = form(span_text(removed.matches[0].text, removed.matches[0].source_spans))
    assert form(sources["removed_clause"]) not in cover


def test_a_sentence_copied_inside_new_text_reports_that_sentence(planted):
    report, sources = planted
    block = _block(report, OPENING[:4])
    assert block.matches
    for match in block.matches:
        assert form(span_text(block.text, match.spans)) == form(sources["sentence"])
        assert form(sources["sentence"]) in form(match.text)
    assert 0.3 < block.similarity < 0.7


def test_new_text_is_not_flagged(planted):
    report, _ = planted
    for start in (NEW_TEXT[:6], NEW_TEXT_2[:6]):
        block = _block(report, start)
        assert block.matches == () and block.similarity == 0.0 and block.self_matches == ()


def test_summary_figures_are_what_the_spans_imply(planted):
    report, _ = planted
    summary = report.summary
    total = sum(len(b.text) for b in report.blocks)
    copied = sum(int(span_mask([s for m in b.matches for s in m.spans], len(b.text)).sum()) for b in report.blocks)
    assert summary.characters == total and summary.copied_characters == copied
    assert summary.copied_ratio == round(copied / total, 4)
    assert summary.copied_ratio_excluding == summary.copied_ratio  # nothing excluded
    by_document: dict = {}
    for b in report.blocks:
        spans: dict = {}
        for m in b.matches:
            spans.setdefault(m.document_id, []).extend(m.spans)
        for document, s in spans.items():
            by_document[document] = by_document.get(document, 0) + int(span_mask(s, len(b.text)).sum())
    assert {s.document_id: s.ratio for s in summary.sources} == {d: round(c / total, 4) for d, c in by_document.items()}
    assert summary.max_single_source_ratio == max(s.ratio for s in summary.sources)
    assert [s.ratio for s in summary.sources] == sorted((s.ratio for s in summary.sources), reverse=True)
    for b in report.blocks:
        assert b.similarity == round(
            span_mask([s for m in b.matches for s in m.spans], len(b.text)).sum() / len(b.text), 4
        )
        for m in b.matches:
            assert all(0 <= x < y <= len(b.text) for x, y in m.spans)
            assert all(0 <= x < y <= len(m.text) for x, y in m.source_spans)
    assert 0.5 < summary.copied_ratio < 0.9


def test_stock_phrases_shorter_than_the_minimum_do_not_count(index):
    draft = pasted_draft(f"{OPENING}为了更好地开展工作，{CLOSING}\n{NEW_TEXT}")
    report = check_draft(draft, index)
    assert report.summary.copied_ratio == 0.0


# --- settings: exclusion, quotations, threshold ----------------------------------------------


def test_excluding_a_source_file(blocks, index, planted):
    report, sources = planted
    # The unit's own earlier plans: every file that holds the guiding paragraph.
    own = sorted({b.file_name for b in blocks if form(sources["guiding"].text) in form(b.text)})
    excluded = check_draft(
        [Block(b.type, b.text, b.level, b.marker) for b in report.blocks],
        index,
        CheckSettings(exclude_files=tuple(own)),
    )
    summary = excluded.summary
    assert summary.copied_ratio == report.summary.copied_ratio
    assert summary.copied_ratio_excluding < summary.copied_ratio
    assert all(s.excluded == (s.file in own) for s in summary.sources)
    guiding = _block(excluded, "我院工会")
    assert guiding.matches and all(m.excluded for m in guiding.matches) and guiding.similarity_excluding == 0.0
    # What remains is what the other files cover.
    total = summary.characters
    remaining = sum(
        int(span_mask([s for m in b.matches if not m.excluded for s in m.spans], len(b.text)).sum())
        for b in excluded.blocks
    )
    assert summary.copied_ratio_excluding == round(remaining / total, 4)
    assert summary.max_single_source_ratio_excluding == max(
        (s.ratio for s in summary.sources if not s.excluded), default=0.0
    )
    glob = check_draft([Block(b.type, b.text) for b in report.blocks], index, CheckSettings(exclude_files=("*.txt",)))
    assert glob.summary.copied_ratio_excluding == 0.0


def test_quoted_text_and_text_under_a_quoted_heading_can_be_excluded(blocks, index):
    traits = seed(blocks, TRAITS).text
    openness = seed(blocks, OPENNESS).text
    text = (
        f"2026年计划\n一、工作要求\n{OPENING}正如文件所说：“{traits}”{CLOSING}\n"
        f"二、上级文件原文摘录\n{openness}\n三、具体安排\n{openness}\n"
    )
    draft = pasted_draft(text)
    masks = quoted_mask(draft)
    assert [m.any() for m in masks] == [False, True, True, True, False, False]
    plain = check_draft(draft, index)
    quoted = check_draft(draft, index, CheckSettings(exclude_quotes=True))
    assert plain.blocks[1].matches and not quoted.blocks[1].matches
    assert plain.blocks[3].matches and not quoted.blocks[3].matches
    assert quoted.blocks[5].matches  # the same text outside the quoted section still counts
    assert quoted.summary.copied_ratio < plain.summary.copied_ratio


def test_settings_are_validated():
    with pytest.raises(InputError, match="相似度阈值"):
        CheckSettings(threshold=0)
    with pytest.raises(InputError, match="最小匹配长度"):
        CheckSettings(min_chars=0)
    with pytest.raises(InputError, match="没有要检查的文字"):
        pasted_draft("  \n ")


# --- repetition, batches --------------------------------------------------------------------


def test_repetition_inside_the_draft(index):
    own = "我们决定在每个科室设立读书角，每月评选一位最爱读书的职工并颁发纪念品。"
    draft = pasted_draft(f"{own}\n{NEW_TEXT}\n{own}\n")
    report = check_draft(draft, index)
    first, _, again = report.blocks
    assert first.self_matches == ()
    (match,) = again.self_matches
    assert match.block_index == 0 and match.similarity == 1.0
    assert form(span_text(again.text, match.spans)) == form(own)
    repeated = sum(b - a for a, b in match.spans)
    assert repeated >= len(own) - 1  # all but the closing 。
    assert report.summary.self_repeated_ratio == round(repeated / sum(len(b.text) for b in report.blocks), 4)
    assert report.summary.copied_ratio == 0.0


def test_batch_matrix_and_shared_passages(index):
    shared = "各科室要在三月底前报送本年度职工运动会的参赛名单，由院工会统一安排训练场地和时间。"
    a = pasted_draft(f"{NEW_TEXT}\n{shared}")
    b = pasted_draft(f"{shared}\n{NEW_TEXT_2}")
    c = pasted_draft("冬天的早晨，山顶上积着一层薄薄的白雪，远处传来清脆的鸟鸣。")
    batch = check_drafts([("甲科.txt", a), ("乙科.txt", b), ("丙科.txt", c)], index)
    matrix = np.array(batch.matrix)
    assert matrix.shape == (3, 3) and (np.diag(matrix) == 0).all()
    assert matrix[0, 1] == pytest.approx(len(shared) / (len(NEW_TEXT) + len(shared)), abs=0.02)
    assert matrix[1, 0] > 0.4 and matrix[0, 2] == matrix[2, 0] == 0.0
    pairs = {(p.a, p.b) for p in batch.shared}
    assert pairs == {(0, 1), (1, 0)}
    passage = next(p for p in batch.shared if (p.a, p.b) == (0, 1))
    assert form(span_text(passage.text_a, passage.spans_a)) == form(shared)
    assert [r.name for r in batch.reports] == ["甲科.txt", "乙科.txt", "丙科.txt"]
    assert all(r.summary.self_repeated_ratio == 0.0 for r in batch.reports)


def test_an_empty_index_reports_nothing():
    report = check_draft(pasted_draft(NEW_TEXT), build_index([]))
    assert report.summary.copied_ratio == 0.0 and report.summary.sources == ()


# --- reports ----------------------------------------------------------------------------------


def test_html_and_docx_reports(planted, index):
    report, _ = planted
    page = report_html(report, CheckSettings())
    assert page.startswith("<!DOCTYPE html>") and "总文字复制比" in page and "单篇最大文字复制比" in page
    assert 'class="copied high"' in page and "#fde0dc" in page
    evil = check_draft(pasted_draft(f"<script>alert(1)</script>{seed_text(index)}"), index)
    evil_page = report_html(evil)
    assert "<script>alert" not in evil_page and "&lt;script&gt;" in evil_page
    from docx import Document

    document = Document(io.BytesIO(report_docx(report, CheckSettings())))
    assert document.paragraphs[0].text == "文本复制检测报告单"
    compared = document.tables[-1]
    assert compared.rows[2].cells[1].text == (report.blocks[1].marker or "") + report.blocks[1].text
    cells = [p for row in compared.rows for p in row.cells[1].paragraphs]
    red = [r for p in cells for r in p.runs if r.font.color and r.font.color.rgb is not None]
    assert red


def seed_text(index) -> str:
    return next(t for t in index.texts if t.startswith(TRAITS))


# --- the command line -------------------------------------------------------------------------


def test_cli_check_json_contract(db, tmp_path, capsys):
    draft = tmp_path / "草稿.txt"
    draft.write_text(f"2026年计划\n一、要求\n{seed_text_from_db(db)}\n{NEW_TEXT}\n", encoding="utf-8")
    assert main(["check", str(draft), "--json", "--db", str(db)]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert set(payload["summary"]) >= {"copied_ratio", "copied_ratio_excluding", "max_single_source_ratio", "sources"}
    assert set(payload["summary"]["sources"][0]) >= {"document", "file", "ratio"}
    block = payload["blocks"][1]
    assert set(block) >= {"text", "similarity", "matches"}
    match = block["matches"][0]
    assert set(match) >= {"document", "file", "text", "similarity", "spans", "section", "source_spans"}
    assert all(isinstance(s, list) and len(s) == 2 for s in match["spans"])
    assert payload["blocks"][2]["matches"] == []
    assert payload["settings"]["min_chars"] == 13

    other = tmp_path / "另一稿.txt"
    other.write_text(f"{NEW_TEXT}\n{NEW_TEXT_2}\n", encoding="utf-8")
    assert (
        main(
            [
                "check",
                str(draft),
                str(other),
                "--json",
                "--db",
                str(db),
                "--exclude-file",
                "000_*.txt",
                "--exclude-quotes",
                "--min-chars",
                "15",
                "--threshold",
                "0.8",
            ]
        )
        == 0
    )
    batch = json.loads(capsys.readouterr().out)
    assert [d["draft"] for d in batch["drafts"]] == ["草稿.txt", "另一稿.txt"]
    assert batch["matrix"]["drafts"] == ["草稿.txt", "另一稿.txt"]
    assert batch["matrix"]["shares"][0][1] > 0 and len(batch["shared"]) >= 2
    assert batch["settings"] == {
        "threshold": 0.8,
        "min_chars": 15,
        "exclude_files": ["000_*.txt"],
        "exclude_quotes": True,
        "max_matches": 5,
    }

    out = tmp_path / "报告.html"
    assert main(["check", str(draft), "--db", str(db), "-o", str(out)]) == 0
    assert "总文字复制比" in capsys.readouterr().out and out.read_text(encoding="utf-8").startswith("<!DOCTYPE")
    assert main(["check", str(draft), "--db", str(db), "--threshold", "1.5"]) == 2
    assert capsys.readouterr().err.startswith("错误：相似度阈值")


def seed_text_from_db(db) -> str:
    with Library(db) as library:
        return next(b.text for b in library.blocks() if b.text.startswith(TRAITS))


def test_benchmark_smoke_run(tmp_path, capsys):
    assert bench_main(["--smoke", "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^ours\s", out, re.MULTILINE) and "13-run found" in out
    (result,) = tmp_path.glob("check-smoke-*.json")
    methods = json.loads(result.read_text(encoding="utf-8"))["reports"][0]["methods"]
    assert set(methods) == {"ours", "baseline", "peer"}
    assert methods["ours"]["runs_found"] == 1.0


def test_normal_forms_from_many_threads_at_once_equal_one_thread():
    """The process-wide table of character forms is learnt by whichever thread meets a character
    first (the app's sessions are threads): concurrent learning must neither fail nor change a form."""
    # Compatibility characters, many with forms of several characters (㈠ → (一), ㎡ → m2), none met before.
    import sys
    from concurrent.futures import ThreadPoolExecutor

    codes = [c for c in range(0x2100, 0xFFF0) if len(char_form(chr(c))) > 1]
    texts = ["".join(map(chr, codes[i::64])) + "工会" for i in range(64)]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible: the race, if any, shows
    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            found = list(pool.map(lambda text: normal_form(text)[0], texts))
    finally:
        sys.setswitchinterval(interval)
    assert found == ["".join(char_form(c) for c in text) for text in texts]


def test_a_line_pasted_thousands_of_times_is_checked_as_repeating_itself():
    line = "加强工会组织建设，提高整体工作水平，认真落实职工代表大会制度，切实维护职工合法权益。"
    report = check_drafts(
        [("重复.txt", pasted_draft("\n".join([line] * 3000)))], build_index(["无关的文字。"])
    ).reports[0]
    assert len(report.blocks) == 3000 and not report.blocks[0].self_matches
    assert all(block.self_matches for block in report.blocks[1:])  # each repeats an earlier copy
    assert report.summary.self_repeated_ratio > 0.95


def test_a_check_over_its_budget_is_refused_before_any_work():
    from nlp.usecases import MAX_CHECK_CHARS, MAX_CHECK_DRAFTS, check_within_budget

    index = build_index(["无关的文字。"])
    long_draft = pasted_draft("\n".join(["认真落实职工代表大会制度，切实维护职工合法权益。"] * (MAX_CHECK_CHARS // 20)))
    with pytest.raises(InputError, match="超过一次查重的上限"):
        check_within_budget([("长.txt", long_draft)], index, CheckSettings())
    short = pasted_draft("认真落实职工代表大会制度。")
    with pytest.raises(InputError, match=f"一次最多检查 {MAX_CHECK_DRAFTS} 篇"):
        check_within_budget([(f"{n}.txt", short) for n in range(MAX_CHECK_DRAFTS + 1)], index, CheckSettings())


def test_a_draft_far_over_the_budget_is_refused_before_it_is_parsed(monkeypatch):
    # 13 MB of plan text (the 5 MB plan spent about 230 CPU s in the parser before the block count refused it):
    # the text as read is over twice the limit, so neither a file nor a paste reaches the cleaner
    import nlp.library.parse
    from nlp.usecases import MAX_CHECK_TEXT_CHARS, read_check_draft

    def cleaned(*args, **kwargs):
        raise AssertionError("the draft was parsed")

    monkeypatch.setattr(nlp.library.parse, "clean_lines", cleaned)
    line = "认真落实职工代表大会制度，切实维护职工合法权益。"
    text = "\n".join([line] * (MAX_CHECK_TEXT_CHARS // len(line) + 1))
    for source, name in ((text.encode("gb18030"), "计划.txt"), (text, PASTED_NAME)):
        with pytest.raises(InputError, match=f"“{name}”有 [0-9,]+ 字，超过一次查重的上限"):
            read_check_draft(source, name)
    with pytest.raises(AssertionError, match="parsed"):  # under the bound the draft is read, as before
        read_check_draft("\n".join([line] * 100), PASTED_NAME)


def test_memory_benchmark_smoke_run(tmp_path, capsys):
    from benchmarks.bench_memory import main as memory_main

    assert memory_main(["--smoke", "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "查重：同一行重复 N 次" in out and "分组：一段文字复制 N 次" in out
    (result,) = tmp_path.glob("memory-smoke-*.json")
    cases = json.loads(result.read_text(encoding="utf-8"))["cases"]
    repeated = cases["查重：同一行重复 N 次"]
    assert repeated["results"][1]["blocks"] == 500 and repeated["results"][1]["self_repeated_ratio"] > 0.9
    assert cases["分组：一段文字复制 N 次"]["results"][1]["largest"] >= 540  # one family, nearly whole
