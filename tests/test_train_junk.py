"""The shipped junk model is what ``python -m benchmarks.train_junk`` makes of its training files: retraining
gives the same file (within rounding), and its cross-validated figures on the tune files hold."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from unittest.mock import patch

import numpy as np
import pytest

from benchmarks import train_junk
from benchmarks.training import training_entries
from nlp.library.junk import (
    MODEL_PATH,
    NAMED_FEATURES,
    LineContext,
    contexts,
    feature_vector,
    judged_contexts,
    load_model,
    units,
)
from tests.conftest import assert_same_model

# Cross-validated on the tune split when the model was last trained (docs/benchmarks.md): junk caught 0.89 (54 of 61
# lines), no content line over the threshold. Floors: rounded down; raise them as the model improves. 0.9 -> 0.88 in
# round 7: the tune split grew to 110 files (rw140-rw147; 0.87 on them before round 7's vetoes), and a byline the model
# never caught, (曲姗姗) at 0.11, is a rule's now (one junk line fewer to catch; the refit leaves 字號： under 0.75).
# 0.88 -> 0.83 (measured 0.836, rounded down) in round 8: the tune split grew to 147 files with the 37 of the old holdout, whose junk lines are new to
# cross-validation (公文高手…立即了解 of rw009/rw060, 糯米文學吧, 时间：, 目录) and score 0.5-0.7 when their file is left out;
# the model trained on all of them drops every annotated junk line of the tune parse (bench_parse tune junk 0.997: the
# one miss is rw054's collection title taken as the document's title, a structure miss).
# 0.83 -> 0.77 (measured 0.778, 63 of 81 lines, threshold 0.84) in round 9: the model trains on rw148-rw162 too
# (then as released files, since as tune), 15 files whose junk lines are new to cross-validation (字号：, 浏览次数：, 正文复制, 基本信息 score
# 0.4-0.7 when their file is left out, under 评委：, a label of rw148's own text), and rules now take lines the model
# caught (a picture's file name, +-14, a promo glued to a paragraph, a collection's introduction). Round 8's code on the
# same 162 files: 0.78 at threshold 0.84; the cross-validated parse's junk is .997 (397 of 398 snippets).
# 0.77 -> 0.68 (measured 0.69, threshold 0.90) once rw148-rw162 are tune in the manifest and struct9's outline changes
# are merged: the threshold is the lowest that keeps every protected line in cross-validation, and rw148's own label
# 评委： (content) scores 0.88 when its file is left out, so lines the model scores 0.75-0.90 (字号：, 浏览次数：) are
# not caught by it in cross-validation; the parse's junk is caught by the rules around them (bench_parse tune junk 1.00).
# 0.68 -> 0.76 in round 10 after audit10, on the 187 tune files: the lines that had held the threshold at 0.95 are no
# longer the model's to judge (a field label between outline entries, rw148's 评委：; a paragraph's sentence whose only
# site words are channels, rw171's 通过…微信群、电话短信…; a title glued to its first headings, rw096; 學校工會工作思路, a
# title now): 0.815 at threshold 0.80 with folds by file; then the folds go by site (155 sites for 187 files: a site's
# chrome no longer helps catch itself on another of its pages), measured 0.761 (70 of 92 lines) at threshold 0.87.
# 0.76 -> 0.83 (measured 0.837, 77 of 92 lines, threshold 0.75): the lines the product never lets the model decide (a
# styled heading, a numbered Word paragraph) teach it as content but no longer set its threshold nor count as content
# dropped (引言, 工作目标 of .md and .docx files had held it at 0.87), and a template's year slot (xxxx年2月16日,
# xx年上半年工作回顾) and a title run straight into its first entry (…计划和目标一、工作计划) are the text's, not the
# model's to judge.
# 0.83 -> 0.81 in round 11 (audit12): the tune split grew to 212 files (rw188-rw212), whose lines held the threshold at
# 0.92 with round 10's code (caught 0.71: a year-led section heading 2024：四维度诠释工会担当 at 0.90 when its site is
# left out); a year over the work it names is the text's now, a headline's stamped byline is no headline, a street
# address is a contact: measured 0.81 (86 of 106 lines) at threshold 0.79, no content line over it.
# 0.81 -> 0.92 (measured 0.926, 87 of 94 lines, threshold 0.75): rules now take a page's widget labels alone on their
# line (字号：, 附件下载：, 浏览次数：, 基本信息), a two-column breadcrumb (党的建设>工会工作) and an advert's call to action
# (…公文写作神器！立即了解), 12 lines the model had caught at 0.5-0.8 or missed; the lines left to it score higher apart.
# Round 12: the set itself changed (rw213-rw237 moved to tune, 135 sites, 107 junk lines): 0.81 at threshold 0.81, no
# content line over it, once the first of two equal lines in a row (rw216's headline, repeated at once) no longer
# counts as content that must be kept (without that the threshold rose to 0.95: 0.63), and a title or heading inside
# a junk snippet (rw211's 居委会 opening the teaser 导读 居委会作为…) is no longer labelled junk.
# Round 13 (audit14): the set itself changed again (rw238-rw262 moved to tune: 262 files, 149 sites, 126 junk lines), and
# the round-12 code trained on it gave 0.56 at threshold 0.95: rw250's headline, said again after the page's teaser,
# scored 0.98 when its site was left out. A copy of a line the page keeps anyway (its first copy, the headline over the
# teaser, is never judged) no longer counts as content that must be kept (0.71 at 0.81); two features (a site's column
# name, a template's blank) and two vetoes (an address to the audience, a line its paragraph names again) took it to
# 0.78 at 0.77; rules now take a report's credits, a post's date alone or after its column, a site's rating widget and
# a unit credited in brackets (15 lines fewer for the model), and a space inside a clause of prose no longer counts as
# fields side by side: measured 0.81 (90 of 111 lines) at threshold 0.75, no content line over it.
# 0.81 -> 0.82: the items of a list a lead-in sentence announces are no longer the model's to judge (a prize list lost on
# round 13's holdout): measured 0.83 at threshold 0.78 (521 lines, 111 junk), no content line over it.
# Round 14 (junk14): the set itself changed (rw263-rw287 moved to tune: 287 files, 167 sites), and round 13's code
# trained on it gave 0.66 (82 of 124 lines) at threshold 0.93: a headline led by its unit's name (历下区总工会：…) read
# as a site's field and scored 0.91 with its site left out. It is a headline now; an outline entry's channels (微信群、
# 公众号) are the text's words; a post's date written day first is a stamp, a time after 上午 / 下午 and a label's
# number (附件1:2013) are not; a numbered section's value between two entries and a template's blank field are the
# text's; a byline's unit and name (a feature): measured 0.85 (103 of 121 lines) at threshold 0.79, no content line
# over it (four lines of rw220's site outline, never caught, are no longer judged: the section-value rule).
# Round 14, the set grown to 327 files (more14's rw313-rw352 from 40 new hosts): 0.767 (115 of 150 lines) at threshold
# 0.85, no content line over it; the threshold is set by rw165's section label 背景： (0.83 cross-validated), which
# the new pages' empty site field 时间： (rw337) now resembles. Floor 0.76 (the set changed).
# Then a slogan of verb-led clauses (坚持科学民主管理 促进医院和谐发展, a fresh page's) and a plan's section labels
# (背景：, 目标要求：, 具体工作：, 【指导思想】) are the text's, never judged: 0.78 (117 of 150) at threshold 0.79.
# Round 15 (junk15), the 384: retrained as it stood 0.78 at threshold 0.82 (the shipped 0.768 was no longer reproduced);
# a line's place before or after the text's sentences (head, tail, besides its first eight lines), a page's buttons and a
# news report's credits as features, a circular's addressees and a speech's greeting never judged: 0.84 at 0.80.
# Round 15 merged, the 424 (more15's 40 pages in tune; the set changed): 0.69 at 0.95, set by rw445's letter-spaced
# title (医 院 党 建 工 作 调 研 报 告, scored 1.00); with letter-spacing read close in the analysis form: 0.77 at 0.84.
# Then on the 464 (more15b's pages in): an essay's part labels (摘要, 引言: headings, scored .86 and .83) never judged,
# a headline of four-character phrases (吐故纳新 再展宏图, 1.00) a slogan: 0.87 at 0.75 (0.77 shipped).
# Round 16, the 489 (round 15's holdout rw385-rw409 moved to tune; the set changed): 0.83 (221 of 266) at 0.81, set by a
# duties page's title (办公室工作职责, 0.79 with its site left out) and a news headline (中秋巧遇教师节, 0.75).
# Then (junk16) a page's title, the line over where its text opens (its first sentence or outline entry), and an outline
# entry over its paragraph (1.重阳节简介及其重要性) never judged, nor a headline that reads as chrome (a code, a site's
# words, a breadcrumb, a button) taken for one; a byline in brackets and a breadcrumb as features: 0.88 (245 of 277) at
# 0.75, the floor (the highest content line 0.71, 六里); with a picture's label (云图片), a post's source stamp and the sidebar
# label 相关阅读 as rules: 0.89 (241 of 271). On the 529 (round 16 merged): 0.88 (266 of 301); with junk16b's rules (a
# forum's anti-copy strings, a byline after the last sentence, a spliced gambling entrance, a label glued before the
# first sentence, dated links, a long image file name) 0.90 (266 of 297: the four junk lines the rules now take left
# the training set; the model catches as many). On the 994 (round 20, first merge): 0.88 at 0.85, held by a node of a
# flattened organisation chart (rw882's 理事會 at .83). On the 1114 (round 20 merged) the new sites' content lines held it
# at .95 (0.70): a welcome of visitors, a link a sentence points to, a programme's events and title, a headline's couplet,
# a term the page's sentences use are never judged now: 0.89 at 0.81, the floor .88.
# Round 21, the 1224 (rw1145-rw1224 in tune; the set changed): main's code 0.84 at 0.83, the threshold held by a welcome
# to a members' meeting of rw1145-rw1224's (歡迎各位會員出席…會員大會。, 0.81 held out). junk21: a line's run of short lines
# (toward content when long) and whether a sentence of the text stands right under it (toward content) as features, the
# fit's regularisation 0.3 -> 0.15: the welcome line 0.76 held out, measured 0.87 (0.873) at 0.78; without rw1145-rw1224
# 0.89 at 0.77 (0.86 at 0.85 with main's code). rw1197's fragment 【醫】 (no protected line) scores 0.95 held out: one
# content line over the threshold, on main too (0.92). On the 1384 (round 21 merged): the fragment labelled junk by its
# marks as written (is_junk_piece), a schedule's row by the hours one line, a list the text's next sentence closes the
# text's, the column under a breadcrumb the page's: 0.91 at 0.76, no content line over it (highest 0.74, a collection
# item's title 教師節校長髮言稿1); the floor .90.
# Round 24, the 1674 (rw1565-rw1594 and rw1675-rw1714 in tune): gen24m's two features, five classes never judged and
# the threshold from held-out scores averaged over three site partitions: 0.92 at 0.77; then rw1128's list of other
# news annotated junk whole (8 headline-shaped lines, content for the trainer before): 0.8998 at 0.80, held by rw408's
# photo caption 新东社区汇报项目 (0.78; a caption naming what it shows is content by the README). The floor .89.
# Round 33, the 2394 (round 32's holdout and forty fresh pages in): .887 at .85, no content line over it (three content
# lines that had pinned the threshold at .95, catch .78, are now the text's by rules: docs/benchmarks.md, round 33). The
# floor that less a point's half, .88.
MIN_CAUGHT = 0.88


@pytest.fixture(scope="module")
def training():
    return train_junk.train(misses=True)


def test_retraining_on_the_tune_split_gives_the_shipped_model(training):
    assert_same_model(training.model.to_json(), MODEL_PATH, [name for name, _, _ in NAMED_FEATURES])
    fresh = json.loads(training.model.to_json())["neighbours"]
    kept = json.loads(MODEL_PATH.read_text(encoding="utf-8"))["neighbours"]
    assert fresh["weights"] == pytest.approx(kept["weights"], abs=1e-3)
    assert fresh["bias"] == pytest.approx(kept["bias"], abs=1e-3)


def test_the_model_catches_junk_and_keeps_every_content_line_in_cross_validation(training):
    assert training.caught >= MIN_CAUGHT
    assert training.content_dropped == 0


def test_gen27j_the_report_lists_each_junk_line_the_cross_validation_misses_with_its_site_and_score(training):
    # what the model leaves on a site it never saw, to read by shape: one line per missed junk line, highest score first
    (count,) = [line for line in training.report if line.endswith("missed in cross-validation by site:")]
    missed = [line for line in training.report if line.startswith("  missed ")]
    assert len(missed) == int(count.split()[0]) > 0
    scores = [float(line.split()[1]) for line in missed]
    assert scores == sorted(scores, reverse=True) and all(score < training.model.threshold + 0.01 for score in scores)
    assert all(line.split()[2].endswith(":") for line in missed)  # the site, then the line


def test_recurrence_in_the_library_never_learns_to_keep_a_line(training):
    # the tune set, about one page per site, repeats common headings (引言) across files, never a site's chrome
    weight = training.model.weights[[name for name, _, _ in NAMED_FEATURES].index("library_files")]
    assert weight >= 0


def test_a_copy_of_a_line_the_page_keeps_anyway_neither_sets_the_threshold_nor_counts_as_dropped():
    # rw250: its headline (over the teaser: the structure's, never judged), the teaser, the headline again over a
    # sub-title (judged); rw216: a headline repeated at once; a heading said in two items is content both times
    headline = "幼儿园工会2023工作计划为幼儿和家庭创造更多美好"
    teaser = "本文介绍了幼儿园工会2023工作计划的主要内容，包括加强组织、活动组织、维护园内和谐稳定等方面。"
    texts = [headline, teaser, headline, "幼儿园工会工作计划", "工作目标", "加强组织。", "工作目标", "加强沟通。"]
    contexts = judged_contexts([units(text) for text in texts])
    assert contexts[0] == [None] and contexts[2][0] is not None
    assert train_junk._spare_copies(texts, contexts, marked=set()) == {2}
    repeated = ["工会走访慰问劳模及困难职工", "工会走访慰问劳模及困难职工", teaser]
    assert train_junk._spare_copies(repeated, judged_contexts([[t] for t in repeated]), marked=set()) == {0}


def test_a_short_line_alone_between_paragraphs_scores_higher_than_the_same_line_in_a_run_of_short_lines():
    # junk21's run feature: rw387's picture code stands alone between two paragraphs of the report (junk); rw047's
    # fields and values are a run of short lines under a heading (三、活動時間： / 6月7日（周日） / …: content)
    opening = "3月27日下午，丽水市中医院第十届四次职工代表大会暨第十二届三次工会会员代表大会顺利召开。丽水市卫生健康委党委书记"
    report = "大会首先听取了丽水市中医院党委副书记、院长张尊敬作医院工作报告。报告全面总结了2024年的工作成果，并科学规划了2025年"
    fields = [
        "三、活動時間：",
        "6月7日（周日）",
        "四、活動地點：",
        "大好河山知音·九真景區",
        "五、活動形式：",
        "自由觀光和休閑娛樂",
    ]
    alone = contexts([units(text) for text in [opening, "20250327-_YY_3020", report]])
    assert [line[0].run for line in alone] == [1, 1, 1]
    in_run = contexts([units(text) for text in [opening, *fields, report]])
    assert [line[0].run for line in in_run] == [1, 6, 6, 6, 6, 6, 6, 1]
    # the same date alone between the paragraphs (all else as in the run) scores higher: a run counts toward content
    model = load_model()
    assert model.score(in_run[2][0])[0] < model.score(replace(in_run[2][0], run=1))[0]


def test_a_line_right_over_a_sentence_of_the_text_scores_lower_than_the_same_line_over_chrome():
    # junk21's over_text feature: rw047's section label over its paragraph (二、活動目的和意義： / 為豐富員工業余生活…) opens
    # the text; the next label stands over a value, no sentence (三、活動時間： / 6月7日（周日）)
    texts = [
        "二、活動目的和意義：",
        "為豐富員工業余生活，增加公司工會凝聚力，增強個人對集體的認同感和自豪感，促進團隊氛圍和體現工會人性化，"
        "武漢二廠工會特組織本次春游活動。",
        "三、活動時間：",
        "6月7日（周日）",
    ]
    lines = contexts([units(text) for text in texts])
    assert [line[0].over_text for line in lines] == [True, False, False, False]
    model = load_model()
    assert model.score(lines[0][0])[0] < model.score(replace(lines[0][0], over_text=False))[0]


def test_a_piece_of_an_annotated_junk_line_is_labelled_junk_by_its_marks_when_a_single_word():
    # rw1197: a dictionary's 【醫】 company, cleaned apart; its bare form 醫 is too short to compare without marks
    gloss = ["【醫】 company", "【經】 labour union; trades union; union"]
    assert train_junk.is_junk_piece("【醫】", gloss, set())
    assert not train_junk.is_junk_piece("醫", gloss, set())  # one character as written says nothing
    # rw1147: the excerpt cut its footer's next line after 聯(, as the line above it (聯(lián)系地址:…) begins
    assert train_junk.is_junk_piece("聯(", ["聯(lián)系地址:湖南省株洲市蘆淞區(qū)車站路128號"], set())
    # rw211: the title 居委会 opens the page's junk teaser, and stays content
    teaser = ["导读 居委会作为社区管理和服务的重要机构"]
    assert not train_junk.is_junk_piece("居委会", teaser, {"居委会"})
    assert train_junk.is_junk_piece("导读", teaser, {"居委会"})


def test_a_byline_a_name_and_a_headline_with_its_posts_date_are_features_of_their_own():
    # gen24m: names closing a credit or a byline (rw1314's 金雄风, rw1034's 护理部 罗予, rw1570's editors' line), and the
    # entries of a site's list of its other posts, a headline with its date glued (rw1439, rw733)
    names = dict(zip([name for name, _, _ in NAMED_FEATURES], range(len(NAMED_FEATURES)), strict=True))

    def feature(name: str, text: str) -> float:
        return feature_vector(LineContext(text, 0.5, 8, 1))[names[name]]

    for line in ("金雄风", "护理部 罗予", "初审：包蕾 复审：方明 终审：夏彤", "刘智勇)"):
        assert feature("person_name", line) == 1.0
    for line in ("会议由工会主席主持。", "工会工作", "护理部"):
        assert feature("person_name", line) == 0.0
    for line in ("高市表揚績優運將與義交2011.06.13", "[ 2010/04/09 ]台灣總工會25屆第1次代表大會致詞"):
        assert feature("dated_headline", line) == 1.0
    for line in ("2012.09.11", "会议于2023-05-06召开。", "高市表揚績優運將與義交"):
        assert feature("dated_headline", line) == 0.0


def test_cross_validated_scores_average_partitions_of_the_sites():
    # gen24m: one partition of the sites into folds moved the threshold between .75 and .79; the scores the threshold reads
    # are the mean over CV_REPEATS partitions, each a model that never saw the line's site
    vectors, labels, _, groups, _, _, _ = train_junk.labelled_lines({e["name"] for e in training_entries()[40:]})
    y = np.array(labels)
    averaged = train_junk.cross_validated_scores(vectors, y, [1.0] * len(y), groups)
    with patch.object(train_junk, "CV_REPEATS", 1):
        single = train_junk.cross_validated_scores(vectors, y, [1.0] * len(y), groups)
    assert averaged.shape == single.shape and not np.allclose(averaged, single)
    assert ((averaged >= 0) & (averaged <= 1)).all()


def test_gen32k_the_second_pass_reads_each_row_with_its_files_first_pass_scores_outside_the_pages_head():
    # file a: six units, rows at 0 (in the page's head), 1, 3 and 5; units 2 and 4 the model does not judge (they count 0);
    # file b: one unit alone
    places = [("a", 0, 6, True), ("a", 1, 6, False), ("a", 3, 6, False), ("a", 5, 6, False), ("b", 0, 1, False)]
    vectors = train_junk.stacked(np.array([0.9, 0.5, 0.8, 0.6, 0.7]), places)
    assert [v[0] for v in vectors] == pytest.approx([math.log(p / (1 - p)) for p in (0.9, 0.5, 0.8, 0.6, 0.7)])
    around = [v[1] for v in vectors]
    assert around == pytest.approx([0.0, (0.9 + 0.8) / 4, (0.9 + 0.5 + 0.6) / 5, 0.8 / 3, 0.0])


def test_gen32k_the_second_pass_learns_that_junk_neighbours_outside_the_head_weigh_toward_junk(training):
    # trained on the first pass's held-out scores: a line among lines scored junk after the page's head (a list of other
    # posts, a widget's buttons) is junk more often than the same score among the text's lines
    assert training.model.neighbours is not None
    assert training.model.neighbours.weights[1] > 0
