"""The learnt kind decision (``benchmarks.train_kinds``, ``nlp.library.kinds``): its features read real documents as
their annotations have them, training is deterministic, and cross-validated by site it decides as many documents right
as the rules (not more: it is not adopted; docs/benchmarks.md, "A learnt kind (issue 12, branch ``kind15``)")."""

from __future__ import annotations

import pytest

from benchmarks import train_kinds
from benchmarks.bench_parse import FILES
from nlp.library.kinds import NAMED_FEATURES, feature_vector
from nlp.library.parse import parse_file

# Measured on the 424 tune files (437 aligned documents, round 15b): the rules 424 right, the model 424 in 5-fold
# cross-validation by site. Floor: no loss; raise it as the model improves.
MIN_GAIN = 0


def features(name: str) -> dict[str, float]:
    """The named features of the file's first document as the parser gives it."""
    document = parse_file((FILES / name).read_bytes(), name).documents[0]
    vector = feature_vector(document)
    return {feature: vector[i] for i, (feature, _) in enumerate(NAMED_FEATURES)}


@pytest.fixture(scope="module")
def training():
    return train_kinds.train()


def test_the_model_decides_as_many_documents_right_as_the_rules_in_cross_validation(training):
    assert training.model_right >= training.rules_right + MIN_GAIN


def test_training_is_deterministic(training):
    again = train_kinds.train()
    assert again.model == training.model
    assert (again.rules_right, again.model_right) == (training.rules_right, training.model_right)


def test_a_notice_about_summaries_and_plans_is_headed_by_its_notice():
    # rw418: 关于报送学校工会组织2021年工作总结和2022年工作计划的通知 (annotated 其他; the rules read a summary)
    found = features("rw418.txt")
    assert (found["title_other_last"], found["title_summary_last"], found["title_plan_last"]) == (1.0, 0.0, 0.0)
    assert found["title_summary_word"] == found["title_plan_word"] == 1.0


def test_a_report_of_ones_duties_is_a_summary_not_a_report():
    # rw280: 2021年度教育学本科生支部述职报告 (annotated 总结): 述职报告 is one word, not 述职 then 报告
    found = features("rw280.txt")
    assert (found["title_summary_last"], found["title_other_last"]) == (1.0, 0.0)


def test_an_explainer_of_a_genre_is_read_as_one():
    # rw337 什么是工会年度工作计划 and rw425 计划该如何写? (both annotated 其他); a plan's title
    # (rw001: …工会工作计划) is none
    assert features("rw337.txt")["explainer_title"] == features("rw425.docx")["explainer_title"] == 1.0
    assert features("rw001.txt")["explainer_title"] == 0.0


def test_a_news_item_and_a_plan_opening_on_its_year():
    # rw022: 為弘揚南丁格爾精神，…我院於5月9日下午在職工活動中心舉辦了紀念活動 (a news-shaped summary);
    # rw181: 2023年，密云区总工会将以… (untitled, a plan)
    news = features("rw022.txt")
    assert news["news_opening"] == news["news_time"] == 1.0
    plan = features("rw181.txt")
    assert (plan["untitled"], plan["plan_opening"], plan["news_opening"]) == (1.0, 1.0, 0.0)
