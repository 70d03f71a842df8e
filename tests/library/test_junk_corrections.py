"""The junk model learns from a library's corrections: ``python -m benchmarks.train_junk --corrections DB``
writes a model beside the library, its imports use it, and the shipped model stays every other library's."""

from __future__ import annotations

from dataclasses import replace

import pytest

from benchmarks import train_junk
from nlp import access, usecases
from nlp.library import Library
from nlp.library.junk import MODEL_PATH, LineContext, library_model_path, load_model
from nlp.library.script import analysis_form

PLAN = (
    "2025年{n}号医院工会工作计划\n一、加强组织建设\n{line}\n工会将继续做好工会小组建设，按时召开职工代表大会。\n"
    "二、丰富职工文化生活\n组织春季运动会和读书活动。\n责任部门：院工会\n"
)
SIGN_OFFS = (
    "祝大家工作顺利天天开心",
    "觉得有用的朋友记得点赞哦",
)  # closing chatter of 范文 sites the shipped model keeps


def _import(library, n: int, line: str):
    return usecases.import_file(library, PLAN.format(n=n, line=line).encode("utf-8"), f"计划{n}.txt")


def _probability(model, text: str) -> float:
    return model.score(LineContext(analysis_form(text), 0.5, 8, 1))[0]


@pytest.fixture(scope="module")
def corrected(tmp_path_factory):
    """A library whose people marked the two sign-offs junk, and marked a plan line junk and restored it."""
    path = tmp_path_factory.mktemp("junk") / "lib.sqlite3"
    with Library(path) as store:
        library = access.ScopedLibrary(store, access.local_actor())
        for n, line in enumerate(SIGN_OFFS):
            _import(library, n, line)
        for summary in library.documents():
            blocks = library.document(summary.id).blocks
            for i, block in enumerate(blocks):
                if block.text in SIGN_OFFS:
                    usecases.correct_document(library, summary.id, "junk", block=i)
        first = library.documents()[0]
        plan_line = len(library.document(first.id).blocks) - 1
        usecases.correct_document(library, first.id, "junk", block=plan_line)
        [anchor] = [a for a, t in usecases.junked_blocks(library, first.file_id).items() if t not in SIGN_OFFS]
        usecases.keep_block(library, first.file_id, anchor)
    return path


def test_corrections_become_training_lines_the_last_word_on_each_counting(corrected):
    vectors, labels, texts = train_junk.correction_lines(str(corrected))
    assert dict(zip(texts, labels, strict=True)) == {**dict.fromkeys(SIGN_OFFS, 1), "责任部门：院工会": 0}
    assert len(vectors) == 3
    assert train_junk.correction_lines(str(corrected), "本单位")[2] == texts


def test_a_model_trained_with_the_corrections_is_written_beside_the_library_and_judges_them_junkier(corrected):
    shipped = MODEL_PATH.read_bytes()
    assert train_junk.main(["--corrections", str(corrected)]) == 0
    assert MODEL_PATH.read_bytes() == shipped  # the shipped model is every other library's default
    own, default = load_model(library_model_path(corrected)), load_model(MODEL_PATH)
    for line in SIGN_OFFS:
        assert _probability(default, line) < default.threshold  # what the shipped model kept
        # at least three times as likely junk: a rise of 0.2, then 0.15, until round 19 (0.04 -> 0.20 on the 464,
        # docs/benchmarks.md, round 15); on the 844 the shipped threshold is 0.77 with a content line at 0.75, so the
        # heavier corrections stop at the first doubling and the sign-offs rise from about 0.01 to 0.06
        assert _probability(own, line) > 3 * _probability(default, line)
    assert _probability(own, "责任部门：院工会") < own.threshold  # what they restored stays


def test_imports_use_the_library_s_own_model_when_it_has_one(tmp_path):
    path = tmp_path / "lib.sqlite3"
    line = SIGN_OFFS[0]
    with Library(path) as store:
        library = access.ScopedLibrary(store, access.local_actor())
        _import(library, 1, line)
        assert line in {b.text for b in library.blocks()}
        strict = replace(load_model(MODEL_PATH), threshold=0.0)  # judges every line it may judge junk
        library_model_path(path).write_text(strict.to_json(), encoding="utf-8")
        report = _import(library, 2, line)
        dropped = library.dropped(report.file_id)
    assert line in {d.text for d in dropped} and any("模型" in d.reason for d in dropped if d.text == line)
