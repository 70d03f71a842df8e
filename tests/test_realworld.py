"""The real-world parse set (tests/realworld/): its data is consistent, the scorer runs, and the
parser does not fall below the figures it reached when the set was made (regression floors)."""

from __future__ import annotations

import json

import pytest

from benchmarks import bench_parse
from benchmarks.bench_parse import (
    ANNOTATIONS,
    FILES,
    SMOKE,
    annotation,
    manifest,
    raw_text,
    squash,
)

# Overall figures of `python -m benchmarks.bench_parse --split S` after issue 12's rounds of parser work, rounded
# down by about 0.01 (ph_false, a share of wrong placeholders, is a ceiling: rounded up). Raise the floors as the
# parser improves; never lower them to make a change pass.
# Round 8: tune is a new set of 147 files (the 110 of round 6 and the 37 of the old holdout, moved to tune after
# rounds 5-7 had scored them), so its floors are its own figures: doc_count .986, kind .981, titles .97, junk .997,
# keep .998, headings .938, ph_recall .962, ph_kind .942, ph_false .019 (lower than round 6's 110 alone on count, kind,
# headings and slots: the 37 bring misses still open, docs/benchmarks.md). The holdout is new too: rw148-rw162, 15 pages
# annotated before any parse and scored once at the end of round 8 (its figures below, rounded down by about 0.01).
# Round 9: tune is 162 files (the 147 and rw148-rw162, moved to tune after round 8 had scored them once), so its floors
# are its own figures with main's parser at 66f3195: doc_count .99, kind .97, titles .95, junk .98, keep 1.00, headings .92,
# ph_recall .96, ph_kind .94, ph_false .02 (lower than the 147 alone on kind, titles, junk and headings: the 15 bring
# their misses). The holdout is new: rw163-rw187, 25 pages annotated and committed before any parse, scored once at
# the start of round 9 with that parser as the round's "before" on fresh data (its figures below, rounded down by
# about 0.01: kind .72, year .88, titles .78, junk .76, keep .98, headings .53, heading_text .70, ph_recall .93,
# ph_kind .73, ph_false .07).
# Round 9, after parse9 and struct9 (tune only; the holdout's floors stay those of its one scoring): tune kind .98,
# titles .99, junk 1.00, headings .96, heading_text .97. The holdout, scored once more at the end of round 10: junk .78,
# keep .99 (floors .77, .98); nothing else moved.
# Round 10: tune is 187 files (the 162 and rw163-rw187, moved to tune after rounds 9-10 had scored them twice), so its
# floors are its own figures with main's parser at 7e665d9: doc_count .99, kind .94, year .97, titles .96, junk .97,
# keep .99, headings .91, heading_text .94, ph_recall .95, ph_kind .92, ph_false .03 (lower than the 162 alone on kind,
# titles, junk and headings: the 25 bring their misses).
# Round 10, after audit10 (tune; 444 junk snippets now, 5 added by the README's conventions): doc_count .995, kind .985,
# year .995, titles .982, junk .991, keep 1.000 (the target: its floor is 1), headings .932 (no heading code changed).
# Round 10, after struct11: the README's heading conventions applied to every annotation (tune headings .915 -> .912
# with the parser unchanged), then tune headings .967, heading_text .986 (rw163-rw187 alone .84, .97).
# Round 10's new holdout (rw188-rw212, 25 fresh pages from 25 new hosts), scored once with the merged round-10 parser
# (audit10 + struct11, junk model retrained): doc_count 1.00, kind .80, year .84, titles .765, junk .878, keep 1.00,
# headings .42, heading_text .66, ph_recall .54, ph_kind .38, ph_false .44. Its floors are those figures less a point.
# Tune after the merge: kind .985, year .995, titles .982, junk .995, keep 1.00, headings .982, heading_text .986.
# Round 11: tune is 212 files (rw188-rw212 moved from holdout after their one scoring), its floors its own figures at
# 3b9960a less a point: kind .964, year .977, titles .962, junk .984, keep 1.00, headings .933, heading_text .957,
# ph_recall .935, ph_kind .898, ph_false .046.
# Round 11, after struct12 (the classes of rw188-rw212: schedules under a label entry, headlines between paragraphs, bold
# entries of a flattened markdown page, 1 . markers): tune headings .980, heading_text .984 (rw188-rw212 alone .96, .96).
# Round 11, after audit12 (tune, 212; two annotations fixed by the README's conventions: rw054, rw071): kind .986,
# year .995, titles .989, junk 1.00, keep 1.00, keep_block 1.00, headings .934, heading_text .959, ph_recall .976,
# ph_kind .959, ph_false .016; floors those less a point (headings and doc_count as they were).
# Round 11's new holdout (rw213-rw237, 25 fresh pages from 25 new hosts), scored once with the merged round-11 parser
# (struct12 + audit12, junk model retrained): doc_count .96, kind .885, year .808, titles .611, junk .803, keep 1.00,
# keep_block .992, headings .80, heading_text .883, placeholders 1.00 / 1.00 / .00 (3 annotated). Floors: less a point.
# Round 12: tune is 237 files (rw213-rw237 moved from holdout after their one scoring), its floors its own figures at
# f892ca5 less a point: kind .976, year .976, titles .955, junk .977, keep 1.00, headings .965, heading_text .976,
# ph_recall .976, ph_kind .960, ph_false .016.
# Round 12, struct13 (tune, 237): headings .965 -> .978, heading_text .976 -> .981 (rw213-rw237 alone .80 -> .93,
# .88 -> .93); their floors those less a point.
# Round 12 (audit13): titles .955 -> .970 and junk .977 -> .980 on the 237 (a headline over a paragraph with a sum or
# a short first sentence, a bracketed title with a site's suffix, a report's credits in brackets); floors less a point.
# Round 12's new holdout (rw238-rw262, 25 fresh pages from 25 new hosts), scored once with the merged round-12 parser
# (struct13 + audit13, junk model retrained): doc_count 1.00, kind .769, year .885, titles .737, junk .774, keep .984,
# headings .604, heading_text .708, placeholders 0 of 1. Round 11's parser on the same pages: the same but headings .458
# (content .984 too: two keep snippets lost before and after round 12). Floors: less a point.
# Round 13: tune is 262 files (rw238-rw262 moved from holdout after their one scoring), its floors its own figures at
# 73f8219 less a point: kind .956, year .967, titles .950, junk .960, keep .998 (the two snippets lost on rw238-rw262:
# its floor is .99 until they are kept), headings .951, heading_text .961, ph_recall .972, ph_kind .956, ph_false .016.
# Round 13 (audit14): keep .998 -> 1.000 on the 262 (a breadcrumb glued to the first sentence, rw240; a clause framed by
# 在 that names a summary read as a title glued to its text, rw260): the floor back to 1 (the target). With the junk model
# retrained on the 262 and rules for a report's credits, a post's date and a site's rating: junk .960 -> .963, kind
# .956 -> .960, headings .951 -> .955; floors those less a point.
# Round 13 (lt13): the learnt title decision adopted (nlp/data/title_model.json, in-sample on tune): kind .960 -> .963,
# title= .950 -> .964, title~ .955 -> .973, year .967 -> .963 (rw243, titled now, reads its year from its first
# sentence; floor .957 holds); floors those less a point.
# Round 13's new holdout (rw263-rw287, 25 fresh pages from 25 new hosts), scored once with the merged round-13 parser
# (audit14 + lt13's title model, junk model retrained): doc_count 1.00, kind .885, year .885, titles .778, junk .803,
# keep .981, headings .707, heading_text .741, placeholders 1.00 / 1.00 / .00 (19 annotated). Round 12's parser on the
# same pages: kind .846, year .923, titles .667, junk .742, keep 1.00, headings .707, heading_text .741, placeholders
# .947 / .947 / .00. The two snippets lost were a prize list after the sentence announcing it, dropped by the
# retrained junk model; after that one scoring the items of a list a lead-in sentence introduces are no longer the
# model's to judge (junk model retrained: CV caught .81 at .75 -> .83 at .78), and the holdout scored a second time:
# keep 1.00, junk .773, year .923, the rest equal. Floors: those second figures less a point (keep 1, the target);
# tune: year .963 -> .967, headings .955 -> .951 (rw255's page title now kept above its first item).
# Round 14: tune is 287 files (rw263-rw287 moved from holdout after their scoring), its floors its own figures at
# 5398bab less a point: doc_count .993, kind .956, year .963, titles .950 / .958, junk .945, keep 1.000, headings .932,
# heading_text .944, placeholders .974 / .959 / .015 (rw263-rw287 bring the fresh pages' misses: junk, headings).
# Round 14 (seg14: headings run into lines, a page's paragraph tags, levels): tune headings .932 -> .958, heading_text
# .944 -> .967 (rw263-rw287 alone .707 -> .966, .741 -> 1.000); floors those less a point.
# Round 14 (junk14): the junk kept on the 287 handled as classes, junk and title models retrained: junk .945 -> .972
# (rw001-rw262 .963 -> .976, rw263-rw287 .773 -> .939), keep 1.00, kind .956 -> .953 (rw271: its collection's title, junk,
# is no longer taken as its title; untitled, its content reads as 其他), the rest equal. Floor: junk .962.
# Round 14, doc14 (documents' kind, year and titles as classes; title model retrained): kind .956 -> .990, year .963 ->
# .993, titles .950 / .958 -> .987 / .987, junk .945 -> .949, placeholders .974 / .959 -> .985 / .974; floors less a point.
# Round 14, merged (seg14, junk14, doc14; junk then title model retrained), then more14's 40 pages rw313-rw352 (from 40
# hosts new to the set) added to tune, both models retrained on the 327: doc_count 0.991, kind 0.965, year 0.982,
# titles 0.954 / 0.958, junk 0.954, keep 1.0, headings 0.954, heading_text 0.963, placeholders
# 0.982 / 0.971 / 0.017; floors those less a point (the set changed: 287 -> 327 files).
# Round 14's new holdout (rw288-rw312, 25 fresh pages from 25 new hosts), scored once with the merged round-14 parser
# (models retrained on the 327): doc_count .92, kind .923, year .731, titles .667 / .722, junk .784, keep 1.00, headings
# .702, heading_text .766, placeholders .75 / .75 / .00 (8 annotated). Round 13's parser (5398bab) on the same pages:
# kind .885, year .769, titles .611 / .667, the rest equal. (Its parse had run once before, in a helper's full run of
# this file, with only a doc_count failure line read: docs/benchmarks.md.) Floors: those figures less a point.
# Round 14, a slogan of verb-led clauses and a plan's section labels never judged by the junk model (retrained, then
# the title model): junk .954 -> .956, the rest equal; floor .946.
# Round 15: tune is 424 files (rw288-rw312 moved from holdout after their one scoring; more14b's rw353-rw384 and
# more15's rw410-rw449, fresh pages from new hosts, added), seg15 + junk15 + doc15 merged, letter-spacing read close,
# junk then title model retrained on the 424: doc_count .986, kind .964, year .964, titles .937 / .943, junk .925, keep
# 1.000, headings .932, heading_text .951, placeholders .971 / .960 / .026 (rw001-rw287 .99 / .98 everywhere; the
# newer pages bring their misses: docs/benchmarks.md, round 15). Floors: those less a point.
# Round 15's new holdout (rw385-rw409, 25 fresh pages from 25 new hosts), scored once with the merged round-15 parser:
# doc_count .96, kind .96, year .84, titles .765 / .824, junk .855, keep 1.00, headings .871, heading_text .871,
# placeholders 1.00 / 1.00 / .75 (one annotated, four found). Round 14's parser (cd5fc6a) on the same pages: kind .92,
# year .88, junk .873, keep .984, the rest equal. Floors: those figures less a point (ph_false: a ceiling, plus a point).
# Round 15, then: more15b's 40 fresh pages (rw450-rw489) in tune (464), three classes their fresh check showed (a
# schedule's time line, a collection's name as a site's stamp, a headline of four-character phrases) and an essay's part
# labels never judged by the junk model (its CV caught .75 -> .87 at .77), both models retrained on the 464: doc_count
# .985, kind .954, year .952, titles .937 / .943, junk .921, keep 1.000, headings .927, heading_text .953, placeholders
# .972 / .961 / .026; floors those less a point (the set changed: 424 -> 464 files).
# Round 16, head16 (tune 489): headings .925 -> .949, heading_text .950 -> .958, doc_count .984 -> .988 (outline and
# document classes of rw385-rw489, docs/benchmarks.md); those three floors raised to the figures less a point.
# Round 16 merged (junk16, title16, head16; fresh16's learnt kind and year not adopted), more16's 40 fresh pages
# (rw515-rw554) in tune (529), a site's own dateline (本站讯（护理部 李泽远）) and a label over a news lead (a title-model
# feature), junk then title model retrained on the 529: doc_count .989, kind .958, year .943, titles .940 / .953, junk
# .926, keep 1.000, headings .945, heading_text .956, placeholders .970 / .959 / .032; floors those less a point (the
# set changed: 489 -> 529 files; headings .939 -> .935 with it).
# Round 16, ph16: the placeholder convention written down (a masked common word is the site's censoring, a masked
# number or name a slot; rw415, rw071, rw105, rw330 annotated to it), placeholders.py: censored masks, a name
# before 党委, ##社区, XXXXX: placeholders .970 / .959 / .032 -> .981 / .970 / .002; floors those less a point.
# Round 16, junk16b (tune 529): junk .926 -> .947 (a forum's anti-copy strings, bylines after the last sentence, spliced
# gambling entrances, labels glued before the first sentence, dated links: docs/benchmarks.md); its floor .936.
# Round 16, kind16b (tune 529): the README's year rule for news of a meeting (8 annotations brought to it: year .943 ->
# .932 with the base parser) and kind / year classes of rw385-rw554: kind .958 -> .971, year .932 -> .971; those two
# floors raised to the figures less a point.
# Round 16, title16b (title candidates: a glued title never cut inside a pinyin gloss, a mirror's anti-copy string and a
# site's count of texts and a post's date field glued after the headline no part of a page line, a headline glued to its
# text by a space, the text found under a column's label; title model retrained): tune titles .940 / .953 -> .956 / .966,
# kind .958 -> .961, junk .926 -> .928; floors those less a point.
# Round 16, all merged (tune 529; junk then title model retrained): doc_count .989, kind .976, year .971, titles .956 /
# .966, junk .947, keep 1.000, headings .951, heading_text .960, placeholders .981 / .970 / .002; floors those less a
# point.
# Round 16's new holdout (rw490-rw514, 25 fresh pages from 25 new hosts), scored once with the merged round-16 parser:
# doc_count 1.00, kind .96, year 1.00, titles .846 / .846, junk .731, keep .992 (125 of 126), headings .939, heading_text
# .939, placeholders 1.00 / 1.00 / .50. Round 15's parser (d99f154) on the same pages: year .88, junk .788, placeholders
# false .538, the rest equal. Floors: those figures less a point (ph_false: a ceiling, plus a point).
# Round 17 (tune 594: round 16's holdout rw490-rw514 and more17's fresh rw580-rw619 in; junk17, title17, head17 and the
# fresh pages' classes merged; junk then title model retrained): doc_count .990, kind .975, year .974, titles .960 / .971,
# junk .954, keep 1.000, headings .960, heading_text .969, placeholders .977 / .966 / .002; floors those less a point.
# Round 17's new holdout (rw555-rw579, 25 fresh pages from 25 new hosts), scored once with the merged round-17 parser:
# doc_count .96, kind .96, year .92, titles .923 / .923, junk .84, keep 1.00 (121), headings .75, heading_text .75,
# placeholders .833 / .833 / .143. Round 16's parser (6a47b56) on the same pages: junk .82, the rest equal. Floors: those
# figures less a point (ph_false: a ceiling, plus a point).
# Round 18 (tune 699: round 17's holdout rw555-rw579 and the fresh rw645-rw684 and rw685-rw724 in; junk18, misc18, junk18b,
# title18, wave18a and wave18b merged; junk then title model retrained): doc_count .996, kind .979, year .982, titles
# .979 / .988, junk .981, keep 1.000, headings .961, heading_text .970, placeholders .979 / .969 / .002; floors those less
# a point. Round 18's new holdout (rw620-rw644, 25 fresh pages from 25 new hosts), scored with the merged round-18 parser:
# doc_count 1.00, kind .92, year .76, titles .583 / .667, junk .826, keep 1.00 (127), headings .774, heading_text .903,
# placeholders 1.00 / .96 / 0. Round 17's parser (e497146) on the same pages: year .68, headings .71, heading_text .839, the
# rest equal. Floors: those figures less a point (ph_false: a ceiling, plus a point).
# Round 19 (tune 884: round 18's holdout rw620-rw644 and the fresh rw755-rw794, rw795-rw834, rw835-rw874 and rw875-rw914 in;
# fix19a-e, model19 and idem19 merged; junk then title model retrained): doc_count .994, kind .975, year .969, titles
# .968 / .978, junk .979, keep 1.000, headings .955, heading_text .963, placeholders .980 / .970 / .002; floors those less
# a point. Round 19's new holdout (rw725-rw754, 30 fresh pages from 30 new hosts), scored with the merged round-19 parser:
# doc_count 1.00, kind .90, year .867, titles .667 / .722, junk .759, keep .992 (one of 124 snippets lost; round 18's
# parser lost it too), headings .60, heading_text .60, placeholders .875 / .875 / 0. Round 18's parser (3355dde) on the
# same pages: junk .709, headings .40, heading_text .50, the rest equal. Floors: those figures less a point (ph_false: a
# ceiling, plus a point).
# Round 20 (tune 1114: round 19's holdout rw725-rw754 and the fresh rw945-rw984, rw985-rw1024, rw1025-rw1064,
# rw1065-rw1104 and rw1105-rw1144 in; fix20a-f merged; junk then title model retrained): doc_count .996, kind .976, year
# .967, titles .960 / .968, junk .974, keep 1.000, headings .934, heading_text .946, placeholders .964 / .955 / .002;
# floors those less a point. Round 20's new holdout (rw915-rw944, 30 fresh pages from 30 new hosts), scored with the
# merged round-20 parser: doc_count 1.00, kind 1.00, year .867, titles .875 / .875, junk .788, keep 1.00 (122), headings
# .889, heading_text .889, placeholders .933 / .867 / 0. Round 19's parser (b396346) on the same pages: junk .729, the
# rest equal. Floors: those figures less a point (ph_false: a ceiling, plus a point).
# Round 21 (tune 1384: round 20's holdout rw915-rw944 and the fresh rw1145-rw1184, rw1185-rw1224, rw1255-rw1294,
# rw1295-rw1334, rw1335-rw1374 and rw1375-rw1414 in; fix21a-c, head21, ph21, junk21, fix22b, aud21y, aud21j and fix23a-c
# merged; junk then title model retrained): doc_count .996, kind .979, year .969, titles .962 / .969, junk .979, keep
# 1.000, headings .952, heading_text .958, placeholders .965 / .957 / 0; floors those less a point. Round 21's new
# holdout (rw1225-rw1254, 30 fresh pages from 30 new hosts), scored with the merged round-21 parser: doc_count .967, kind
# .935, year .935, titles .812 / .938, junk .873, keep 1.00 (135), headings .66, heading_text .74, placeholders .75 / .75
# / .40. Round 20's parser (48fd4b4) on the same pages: kind .968, junk .857, the rest equal. Floors: those figures less
# a point (ph_false: a ceiling, plus a point).
# Round 22 (tune 1534: round 21's holdout rw1225-rw1254 and the fresh rw1445-rw1484, rw1485-rw1524 and rw1525-rw1564 in;
# fix22a-d, gen22h, gen22t, gen22j, gen22k, gen22t2 and ret22 merged; junk, title and kind models retrained in that
# order): doc_count .996, kind .981, year .967, titles .960 / .968, junk .979, keep 1.000, headings .957, heading_text
# .963, placeholders .967 / .959 / 0; floors those less a point. Round 22's new holdout (rw1415-rw1444, 30 fresh pages
# from 30 new hosts), scored once with the merged round-22 parser: doc_count 1.0, kind .967, year 1.0, titles .778 /
# .778, junk .873, keep .992 (119 of 120 snippets), headings .581, heading_text .791, no true placeholder and 2 false
# ones (ph_false 1.0: no floor can hold it). Round 21's parser (3952d82) on the same pages: kind .90, junk .814,
# headings .558, heading_text .767, the rest equal. Floors: those figures less a point.
# Round 23 (tune 1604: round 22's holdout rw1415-rw1444 and the fresh rw1595-rw1634 in; fix23a-b, gen23h, gen23j, gen23t,
# gen23k, gen23y and ann23 merged; junk, title and kind models retrained in that order): doc_count .996, kind .980, year
# .973, titles .964 / .969, junk .980, keep 1.000, keep_block 1.000, headings .961, heading_text .966, placeholders .967 /
# .959 / 0; floors those less a point. Round 23's new holdout (rw1565-rw1594, 30 fresh pages from 30 new hosts), scored
# once with the merged round-23 parser: doc_count 1.0, kind .968, year .935, titles .857 / .857, junk .897, keep .993 (one
# snippet lost), headings .906, heading_text .938, placeholders 1.0 / .75 / 0 (4 annotated). Round 22's parser (a06981f)
# on the same pages: kind 1.0, year .903, the rest equal. Floors: those figures less a point (ph_false: a ceiling, plus
# a point).
# Round 24 (tune 1674: round 23's holdout rw1565-rw1594 and the fresh rw1675-rw1714 in; fix24a-b, gen24j, gen24k, gen24t,
# gen24h and gen24m merged; junk, title and kind models retrained in that order): doc_count .996, kind .981, year .974,
# titles .965 / .970, junk .978, keep 1.000, keep_block 1.000, headings .962, heading_text .967, placeholders .967 / .959
# / 0; floors those less a point. Round 24's new holdout (rw1635-rw1674, 40 fresh pages from 40 new hosts), scored once
# with the merged round-24 parser: doc_count .975, kind .975, year .975, titles .889 / .944 (18 titled), junk .775 (89),
# keep 1.0 (160), headings .846 / .846 (26), placeholders 1.0 / 1.0 / 0 (one annotated). Round 23's parser (e948a22) on
# the same pages: junk .742, the rest equal. Floors: those figures less a point (ph_false: a ceiling, plus a point).
# Round 25 (tune 1754: round 24's holdout rw1635-rw1674 and the fresh rw1755-rw1794 in; gen25h, fix25b, fix25a, fix25d,
# fix25c and gen25j merged; junk, title and kind models retrained in that order): doc_count .996, kind .983, year .977,
# titles .966 / .972, junk .977, keep 1.000, keep_block 1.000, headings .960, heading_text .965, placeholders .968 / .963
# / .001; floors those less a point. Round 25's new holdout (rw1715-rw1754, 40 fresh pages from 40 new hosts), scored once
# with the merged round-25 parser: doc_count 1.0, kind .95, year .90, titles .88 / .96 (25 titled), junk .899 (89), keep
# 1.0 (163), headings .702 / .789 (57), placeholders .929 / .929 / 0 (14 annotated). Round 24's parser (0df19f1) on the
# same pages: placeholders .857 / .857, the rest equal. Floors: those figures less a point (ph_false: a ceiling, plus a
# point).
# Round 26 (tune 1834: round 25's holdout rw1715-rw1754 and the fresh rw1835-rw1874 in; split26, fix26a, fix26c, gen26h,
# fix26d, gen26j, fix26t, gen26y, fixR1 and fixR2 merged; junk, title and kind models retrained in that order):
# doc_count .995, kind .983, year .978, titles .966 / .974, junk .976, keep 1.000, keep_block 1.000, headings .961,
# heading_text .965, placeholders .968 / .964 / .001; floors those less a point. Round 26's new holdout (rw1795-rw1834, 40
# fresh pages from 40 new hosts), scored once at the round's start with round 25's parser (166e2cb) and once at its end:
# doc_count 1.0, kind .975 -> 1.0, year .925, titles .90 / .90 (20 titled), junk .838 (80), keep 1.0 (170), headings .673
# / .692 (52), placeholders .848 / .848 / .032 (33 annotated). Floors: the end's figures less a point (ph_false: a
# ceiling, plus a point).
# Round 27's new holdout (rw1875-rw1914, 40 fresh pages from 40 new hosts), scored at the round's start with round 26's
# parser (fcd3d558): doc_count .975, kind .927, year .878, titles .88 / .88 (25 titled), junk .968 (93), keep 1.0 (176),
# headings .922 / .922 (64), placeholders 1.0 / 1.0 / 0 (7 annotated). Round 27's end (tune 1914: round 26's holdout
# rw1795-rw1834 and the fresh rw1915-rw1954 in; fix27b, fix27c, fix27a, fix27d, gen27y, gen27j, gen27t, item27 and gen27h
# merged; junk, title and kind models retrained in that order): doc_count .995, kind .984, year .982, titles .972 / .979,
# junk .975, keep 1.0, keep_block 1.0, headings .962, heading_text .966, placeholders .968 / .964 / .002; the holdout
# at the end as at the start but junk .968 -> .957 (the retrained threshold, .79 -> .81). Floors: the end's figures
# less a point (ph_false: a ceiling, plus a point).
# Round 28 (tune 1994: round 27's holdout rw1875-rw1914 and the fresh rw1995-rw2034 in; fix28b, fix28a, gen28j, fix28c,
# gen28y, fix28d, gen28m, gen28r, gen28h and gen28k merged; junk, title and kind models retrained in that order):
# doc_count .995, kind .985, year .983, titles .975 / .981, junk .977, keep 1.0, keep_block 1.0, headings .966,
# heading_text .970, placeholders .970 / .958 / .002. Round 28's new holdout (rw1955-rw1994, 40 fresh pages from 40 new
# hosts, one of them a mobile copy of a site in tune), scored at the round's start with round 27's parser (9a6bfb8a) and
# at its end, the same both times: doc_count .95, kind .927, year .78, titles .857 / .857 (21 titled), junk .879 (58),
# keep 1.0 (168), headings .743 / .865 (74), placeholders 1.0 / 1.0 / 0 (8 annotated). Floors: the end's figures less a
# point (ph_false: a ceiling, plus a point).
# Round 29 (tune 2074: round 28's holdout rw1955-rw1994 and the fresh rw2075-rw2114 in; fix29a, fix29b, fix29c, gen29h,
# gen29t, gen29j, fix29d, gen29u, gen29b and gen29l merged; the scorer counts a run of dots as one ellipsis and a
# snippet's end bars as no words; junk, title and kind models retrained in that order): doc_count .995, kind .983, year
# .981, titles .972 / .977, junk .974, keep 1.0, keep_block 1.0, headings .962, heading_text .968, placeholders .971 /
# .959 / .002. Round 29's new holdout (rw2035-rw2074, 40 fresh pages from 40 new hosts), scored at the round's start
# with round 28's parser (c6a52542) and at its end, the same both times: doc_count .975, kind .927, year .902, titles
# .821 / .857 (28 titled), junk .878 (123), keep 1.0 (168), headings .817 / .915 (71), placeholders .667 / .667 / 0
# (6 annotated). Floors: the end's figures less a point (ph_false: a ceiling, plus a point).
# Round 30 (tune 2154: round 29's holdout rw2035-rw2074 and the fresh rw2155-rw2194 in; fix30a-d, the agreement studies
# agr30/agr30b/adj30, gen30f/gen30g (the title model learns from each page's blind parse), prec30 (heading precision in
# the bench, item lists), jpin30 and a schedule's dated entries (the junk threshold), gen30k/gen30y/gen30h/lc30
# (measured, no parse change) merged; junk, title and kind models retrained in that order): doc_count .995, kind .983,
# year .979, titles .964 / .970, junk .974, keep 1.0, keep_block 1.0, headings .960, heading_text .967, heading
# precision .881, placeholders .967 / .956 / .002. Round 30's new holdout (rw2115-rw2154, 40 fresh pages from 40 new
# hosts), scored at the round's start with round 29's parser (b6da5303) and at its end: titles .857 -> .905 (21
# titled), junk .875 -> .887 (80), the rest the same: doc_count .975, kind .95, year .975, keep 1.0 (186), headings
# 1.0 / 1.0 (64), heading precision .985, placeholders .75 / .5 / 0 (4 annotated). Floors: the end's figures less a
# point (ph_false: a ceiling, plus a point).
# Round 31 (tune 2234: round 30's holdout rw2115-rw2154 and the fresh rw2235-rw2274 in; fix31a-d, adj31 (two rulings),
# gen31h/gen31s (heading levels and segmentation), gen31k/gen31t/gen31u (measured, nothing kept but annotations) and
# two rules of mine (a span of time is an event's field; a numbered line of tags is markup) merged; junk, title and kind
# models retrained in that order): doc_count .995, kind .984, year .977, titles .964 / .970, junk .972, keep 1.0,
# keep_block 1.0, headings .961, heading_text .968, heading precision .888, placeholders .961 / .951 / .002. Round 31's
# new holdout (rw2195-rw2234, 40 fresh pages from 40 new hosts), scored at the round's start with round 30's parser
# (2a042302) and at its end: junk .838 -> .846 (130), headings .81 -> .835 (79), heading precision .76 -> .768, the rest
# the same: doc_count .975, kind .952, year .929, titles .885 / .885 (26 titled), keep 1.0 (208), heading_text .924,
# placeholders .909 / .879 / 0 (33 annotated). Floors: the end's figures less a point (ph_false: a ceiling, plus a point).
# Round 32 (tune 2314: round 31's holdout rw2195-rw2234 and the fresh rw2315-rw2354 in; fix32a-d, gen32k (a second junk
# pass reads a line with its neighbours), gen32t (a real menu), gen32h (a skeleton outline) and three rules of mine (a
# person named by a post, a charter's amendment record, the opening words under the last heading: the junk threshold)
# merged; junk, title and kind models retrained in that order): doc_count .995, kind .982, year .976, titles .962 / .968,
# junk .970, keep 1.0, keep_block 1.0, headings .959, heading_text .967, heading precision .896, placeholders .964 / .954
# / .002. Round 32's new holdout (rw2275-rw2314, 40 fresh pages from 40 new hosts), scored at the round's start with
# round 31's parser (57a758e2's code) and at its end: junk .835 -> .844 (109), headings .758 -> .788 (33), heading
# precision .51 -> .788, the rest the same: doc_count 1.0, kind .925, year .95, titles .833 / .833 (24 titled), keep .994
# (164: one snippet lost at start and end), placeholders 1.0 / 1.0 / 0 (8 annotated). Floors: the end's figures less a
# point (ph_false: a ceiling, plus a point; a figure of 1.0 on the holdout less a point).
# Round 33 (tune 2394: round 32's holdout rw2275-rw2314 and the fresh rw2395-rw2434 in; fix33a-d, gen33h (enumeration
# lines and a list cut after its first entry), gen33t (title candidates), gen33y (an event's date field) and my junk rules
# (the line under the last outline entry, an unmarked caption beside a marked one, a day alone) merged; junk, title and
# kind models retrained in that order): doc_count .995, kind .982, year .978, titles .961 / .967, junk .970, keep 1.0,
# keep_block 1.0, headings .957, heading_text .965, heading precision .911, placeholders .965 / .954 / .002. Round 33's
# new holdout (rw2355-rw2394, 40 fresh pages from 40 new hosts), scored at the round's start (round 32's parser) and at
# its end, the same on every figure: doc_count .975, kind .907, year .93, titles .885 / .923 (26 titled), junk .905
# (84), keep 1.0 / keep_block .989 (185), headings .817, heading_text .93 (71), heading precision .846, placeholders
# .744 / .744 / .043 (43 annotated). Floors: the end's figures less a point (ph_false: a ceiling, plus a point).
# Round 34 (tune 2474: round 33's holdout rw2355-rw2394 and the fresh rw2475-rw2514 in; fix34a-d, gen34h (a family's
# run-in entries stay whole beside an item of their run), gen34s (a lone mark is a slot), gen34y and my rules (clauses
# naming lost photos beside a marked caption, a lone mark before 号) merged; junk, title and kind models retrained in that
# order): doc_count .995, kind .982, year .977, titles .963 / .969, junk .970, keep 1.0, keep_block 1.0, headings .955,
# heading_text .964, heading precision .918, placeholders .979 / .968 / .003. Round 34's new holdout (rw2435-rw2474, 40
# fresh pages of 40 new sites), scored at the round's start (round 33's parser) and at its end, the same on every figure
# but ph_recall (.80 -> .85): doc_count .975, kind .929, year .929, titles .96 / 1.0 (25 titled), junk .932 (74), keep
# .995 / keep_block .995 (197), headings .967, heading_text .967 (91), heading precision .871, placeholders .85 / .75 /
# 0 (20 annotated). Floors: the end's figures less a point (ph_false: a ceiling, plus a point).
# Round 35 (tune 2554: round 34's holdout rw2435-rw2474 and the fresh rw2555-rw2594 in; fix35a-d, gen35k (the kind
# model's by-site figure 80 -> 83 of 95) merged, rw2583 and rw2574 read by the README's column-name rule; junk, title and
# kind models retrained in that order): doc_count .994, kind .981, year .976, titles .961 / .968, junk .969, keep 1.0,
# keep_block 1.0, headings .955, heading_text .964, heading precision .920, placeholders .974 / .960 / .003. Round 35's
# new holdout (rw2515-rw2554, 40 fresh pages of 40 new sites, 5 of them plans), scored at the round's start (round 34's
# parser) and at its end, the same on every figure but heading precision (.596 -> .622): doc_count 1.0, kind .975, year
# .925, titles .722 / .722 (18 titled), junk .863 (73), keep 1.0 / keep_block .994 (171), headings .711, heading_text
# .737 (38), placeholders 1.0 / 1.0 / .125 (3 annotated, 8 found). Floors: the end's figures less a point (ph_false: a
# ceiling, plus a point).
# Round 36 (tune 2554, no page added; ph36, ty36, junk36a, junk36b, hd36, kd36 merged; junk, title and kind models
# retrained in that order): doc_count .995, kind .981, year .977, titles .964 / .969, junk .973, keep 1.0, keep_block 1.0,
# headings .955, heading_text .964, heading precision .922, placeholders .977 / .965 / .002. Round 35's holdout
# (rw2515-rw2554) kept aside, unread, and scored again at the round's start and end: the same on every figure but junk
# (.863 -> .849, 63 -> 62 of 73 removed: the junk model retrained without the 37 lines the new rules take, as scored with
# the round's code and each model in turn). Floors: the end's figures less a point (ph_false: a ceiling, plus a point).
# Round 40 (tune 2554 as in round 36; rounds 37-39 moved tune's ph_false to .001). The holdout is 60 files: round 35's
# rw2515-rw2554, still unread, and round 40's fresh rw2595-rw2614 (20 pages of 20 hosts new to the set), scored at first
# contact: doc_count 1.0, kind 1.0, year .95, titles .933 / .933 (15 titled), junk .974 (38), keep 1.0 / keep_block 1.0
# (100), headings .686, heading_text .743 (35), heading precision .929, placeholders .875 / .812 / 0 (16 annotated). The
# 60 together: doc_count 1.0, kind .983, year .933, titles .818 / .818 (33), junk .892 (111), keep 1.0 / .996 (271),
# headings .699, heading_text .74 (73), heading precision .74, placeholders .895 / .842 / .038. Then tune took round 40's
# fresh rw2615-rw2634 (20 pages with outlines; their first contact read, three classes fixed: 一) and a glued 第一章 as
# markers, a page's number before a title's year), the models not retrained with them (benchmarks.training's
# NOT_YET_TRAINED): tune 2574, doc_count .995, kind .981, year .976, titles .962 / .966, junk .972, keep 1.0, keep_block
# 1.0, headings .951, heading_text .963, heading precision .922, placeholders .97 / .957 / .001; the holdout as above.
# Floors: those less a point (ph_false: a ceiling, plus a point).
FLOORS = {
    "tune": {
        "doc_count": 0.985,
        "doc_matched": 0.985,
        "kind": 0.971,
        "year": 0.966,
        "title_exact": 0.952,
        "title_fuzzy": 0.956,
        "junk": 0.962,
        "keep": 1.0,
        "keep_block": 0.99,
        "headings": 0.941,
        "heading_text": 0.953,
        "heading_precision": 0.912,
        "ph_recall": 0.96,
        "ph_kind": 0.947,
        "ph_false": 0.011,
    },
    "holdout": {
        "doc_count": 0.99,
        "doc_matched": 0.99,
        "kind": 0.973,
        "year": 0.923,
        "title_exact": 0.808,
        "title_fuzzy": 0.808,
        "junk": 0.882,
        "keep": 0.99,
        "keep_block": 0.986,
        "headings": 0.689,
        "heading_text": 0.73,
        "heading_precision": 0.73,
        "ph_recall": 0.885,
        "ph_kind": 0.832,
        "ph_false": 0.048,
    },
}

CATEGORIES = {"hospital-union", "nursing", "community", "school", "enterprise", "party-branch", "federation", "other"}
KINDS = {"计划", "总结", "其他"}
PLACEHOLDER_KINDS = {"year", "date", "blank", "name"}


def test_manifest_and_annotations_are_consistent():
    entries = manifest()
    names = [e["name"] for e in entries]
    assert len(names) >= 60 and len(set(names)) == len(names)
    assert {e["split"] for e in entries} == {"tune", "holdout"}
    assert {e["category"] for e in entries} <= CATEGORIES
    assert sorted(p.name for p in FILES.iterdir()) == sorted(names), "every file is in the manifest and no more"
    assert sorted(p.stem for p in ANNOTATIONS.glob("*.json")) == sorted(n.rsplit(".", 1)[0] for n in names)
    assert all((FILES / n).stat().st_size < 300_000 for n in names)
    assert sum((FILES / n).stat().st_size for n in names) < 10_000_000
    for entry in entries:
        name, ann = entry["name"], annotation(entry["name"])
        assert entry["source"] and entry["notes"], name
        text = squash(raw_text(FILES / name))
        assert ann["documents"], name
        for doc in ann["documents"]:
            assert doc["kind"] in KINDS and (doc["year"] is None or 1990 <= doc["year"] <= 2030), name
            assert 3 <= len(doc["keep"]) <= 8, (name, doc["title"])
            assert all(h["level"] >= 1 and h["text"].strip() for h in doc["headings"]), name
            for snippet in doc["keep"]:
                assert 8 <= len(snippet) <= 40, (name, snippet)
                assert squash(snippet) in text, (name, "keep", snippet)
        for snippet in ann["junk"]:
            assert squash(snippet) in text, (name, "junk", snippet)
        for slot in ann["placeholders"]:
            assert slot["kind"] in PLACEHOLDER_KINDS and squash(slot["text"]) in text, (name, slot)


def test_smoke_subset_scores(capsys):
    assert bench_parse.main(["--smoke", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["files"] == [e["name"] for e in manifest() if e["name"] in SMOKE]
    overall = result["product"]["overall"]
    assert overall["files"] == len(SMOKE)
    assert all(overall[key] is None or 0.0 <= overall[key] <= 1.0 for key, _, _ in bench_parse.METRICS)
    assert result["baseline"]["overall"]["files"] == len(SMOKE)


def test_prec30_heading_precision_counts_the_heading_blocks_no_annotation_names():
    # rw1859's annotated headings as heading blocks (with their markers, one at another level), and its sports list's
    # 1、篮球 typed a heading: recall whole, precision 6 of 7, the false heading listed apart from the misses
    entry = next(e for e in manifest() if e["name"] == "rw1859.txt")
    ann = annotation("rw1859.txt")
    blocks = [
        {"type": "heading", "level": h["level"], "marker": f"{k + 1}、", "text": h["text"]}
        for k, h in enumerate(ann["documents"][0]["headings"])
    ]
    blocks[0]["level"] = 2
    blocks.append({"type": "heading", "level": 2, "marker": "1、", "text": "篮球"})
    blocks.append({"type": "item", "level": 2, "marker": "2、", "text": "乒乓球"})
    result = bench_parse.score_file(entry, {"documents": [{**ann["documents"][0], "blocks": blocks}]})
    assert result["counts"]["heading_text"] == [6, 6] and result["counts"]["headings"] == [5, 6]
    assert result["counts"]["heading_precision"] == [6, 7]
    assert result["false_headings"] == [(2, "1、篮球")] and "heading_precision" not in result["misses"]


def test_files_picks_stems_and_ranges_of_the_split_in_manifest_order(capsys):
    assert bench_parse.main(["--files", "rw238-rw262,rw007", "--json", "--no-baseline"]) == 0
    result = json.loads(capsys.readouterr().out)
    number = lambda name: int(name[2:].split(".")[0])  # noqa: E731
    chosen = [e["name"] for e in manifest() if e["name"] == "rw007.docx" or 238 <= number(e["name"]) <= 262]
    assert result["files"] == chosen and len(chosen) == 26
    assert result["product"]["overall"]["files"] == 26


def test_overall_figures_come_with_an_interval_that_holds_them_and_widens_when_a_site_fails_whole():
    result = bench_parse.run("tune", baseline=False, files="rw238-rw262")
    overall, interval = result["product"]["overall"], result["interval"]
    assert set(interval) == {key for key, _, _ in bench_parse.METRICS if overall[key] is not None}
    assert all(low <= overall[key] <= high for key, (low, high) in interval.items()), interval
    # twenty pages with five headings each, ten found whole and ten missed whole: from two sites, one of them failing
    # throughout, the figure could be anything; from twenty sites it is about a half
    products = {f"{site}{k}": {"counts": {"headings": [5 * (site == "a"), 5]}} for site in "ab" for k in range(10)}
    two_sites = [{"name": n, "source": f"https://{n[0]}.example.cn/{n}.html"} for n in products]
    one_site_each = [{"name": n, "source": f"https://{n}.example.cn/"} for n in products]
    assert bench_parse.intervals(products, two_sites)["headings"] == [0.0, 1.0]
    low, high = bench_parse.intervals(products, one_site_each)["headings"]
    assert 0.2 < low < 0.5 < high < 0.8
    assert bench_parse.intervals(products, two_sites) == bench_parse.intervals(products, two_sites)


def test_a_slot_is_matched_as_annotated_whatever_width_the_parser_gave_its_punctuation_and_with_its_marker():
    # the page's 20xx年,是我 (the parser writes ，), a slot annotated with the entry's marker (一、xxxx年工作总结), and one
    # whose dot the parser widened or removed (rw564: 和諧東勝.情系…20__年 is 和諧東勝。情系… or 和諧東勝情系… in its text)
    annotated = [
        {"text": "20xx年,是我在急诊科工作的第五年", "kind": "year"},
        {"text": "一、xxxx年工作总结", "kind": "year"},
        {"text": "和諧東勝.情系居民20__年工作方案", "kind": "year"},
    ]
    blocks = [
        {
            "marker": None,
            "text": "20xx年，是我在急诊科工作的第五年。",
            "placeholders": [{"start": 0, "end": 4, "kind": "year"}],
        },
        {"marker": "一、", "text": "xxxx年工作总结", "placeholders": [{"start": 0, "end": 4, "kind": "year"}]},
        {"marker": None, "text": "参加xx人次。", "placeholders": [{"start": 2, "end": 4, "kind": "blank"}]},
        {
            "marker": None,
            "text": "《和諧東勝情系居民20__年工作方案》",
            "placeholders": [{"start": 9, "end": 13, "kind": "year"}],
        },
    ]
    found, false, total = bench_parse._placeholder_hits(annotated, [{"blocks": blocks}])
    assert (dict(found), false, total) == ({0: {"year"}, 1: {"year"}, 2: {"year"}}, ["参加xx人次。"], 4)


def test_a_collection_title_is_junk_where_it_stands_alone_not_inside_the_item_title_that_repeats_it():
    # rw1806: the collection's title 中學(xué)工會(huì)…實(shí)施方案 is junk on its own line; its first item is titled …實施方案 1
    entry = {"name": "rw1806.txt"}
    title = annotation("rw1806.txt")["documents"][0]["title"]
    collection = "中學(xué)工會(huì)慶祝教師節(jié)國慶節(jié)活動(dòng)實(shí)施方案"

    def junk_kept(documents):
        return bench_parse.score_file(entry, {"documents": documents})["misses"].get("junk", [])

    assert collection not in junk_kept([{"title": title, "blocks": []}])
    # a title parsed wrong is no excuse, nor is the collection's title left as a block of its own
    assert collection in junk_kept([{"title": title + "活动", "blocks": []}])
    assert collection in junk_kept([{"title": title, "blocks": [{"text": collection}]}])


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_figures_stay_above_floors(split):
    result = bench_parse.run(split, baseline=False)
    floors = [f"{key}={value}" for key, value in FLOORS[split].items()]
    assert bench_parse.check_floors(result, floors) == [], result["product"]["overall"]


def test_bench_parse_scores_the_files_named_by_a_range_or_a_list():
    # `bench_parse --files`: how the fair test of a learnt decision (rw238-rw262) is scored apart
    assert [e["name"] for e in bench_parse.select("tune", False, "rw238-rw240,rw007")] == [
        "rw007.docx",
        "rw238.txt",
        "rw239.txt",
        "rw240.txt",
    ]
    assert len(bench_parse.select("tune", False, "rw238-rw262")) == 25


def test_a_range_of_files_is_by_number_across_the_fourth_digit():
    assert bench_parse.in_files("rw1003.txt", "rw995-rw1010")
    assert not bench_parse.in_files("rw100.txt", "rw995-rw1010")
    assert not bench_parse.in_files("rw1003.txt", "rw100-rw101")


def test_agr30_two_readings_of_a_page_are_compared_in_the_scorers_terms_both_ways(tmp_path):
    # rw2077 read a second time: the same reading agrees throughout; one that leaves the paywall marker in the text,
    # reads a heading a level deeper, gives the second document a year, leaves out a slot and drops the item's number
    # from its title parts from the set on exactly those, in the direction each is the set's (and, as the scorer would
    # charge a parser, a title taken from the collection's line takes that line, the set's junk, with it)
    from benchmarks import agree_annotations

    same = annotation("rw2077.txt")
    (tmp_path / "rw2077.json").write_text(json.dumps(same, ensure_ascii=False), encoding="utf-8")
    result = agree_annotations.compare(tmp_path)
    assert result["files"] == ["rw2077.txt"]
    for side in agree_annotations.SIDES:
        assert result[side]["disagreements"] == {}
        assert all(row["share"] == 1.0 for key, row in result[side].items() if key != "disagreements")
    other = json.loads(json.dumps(same))
    other["junk"].remove("……此处隐藏6527个字……")
    other["placeholders"] = [s for s in other["placeholders"] if s["text"] != "20xx.x.x"]
    other["documents"][0]["title"] = "社区重阳节活动方案"
    other["documents"][1]["year"] = 2019
    other["documents"][1]["headings"][1]["level"] = 2
    (tmp_path / "rw2077.json").write_text(json.dumps(other, ensure_ascii=False), encoding="utf-8")
    result = agree_annotations.compare(tmp_path)
    set_side, other_side = result["set_by_other"], result["other_by_set"]
    agreed = {key: (row["agreed"], row["of"]) for key, row in set_side.items() if key != "disagreements"}
    assert agreed["junk"] == (2, 4) and agreed["ph_recall"] == (1, 2) and agreed["year"] == (1, 2)
    assert agreed["title_exact"] == (0, 1) and agreed["title_fuzzy"] == (1, 1)
    assert (
        agreed["headings"] == (10, 11) and agreed["heading_text"] == (11, 11) and agreed["keep"][0] == agreed["keep"][1]
    )
    assert (
        other_side["disagreements"]["rw2077.txt"]["junk"] == ["社区重阳节活动方案"]
        and other_side["ph_recall"]["share"] == 1.0
    )
    assert other_side["headings"]["agreed"] == 10 and other_side["year"]["agreed"] == 1
    low, high = set_side["junk"]["interval"]
    assert low < 0.5 < high


def test_agr30b_a_slot_in_a_title_line_is_agreed_where_both_readings_have_it(tmp_path):
    # rw1932's one slot stands in its title line (and the junk breadcrumb) only: a reading that has it agrees with the
    # set on it (a title's slot is scored where a parser reports it, title_placeholders), one that leaves it out does not
    from benchmarks import agree_annotations

    same = annotation("rw1932.txt")
    (tmp_path / "rw1932.json").write_text(json.dumps(same, ensure_ascii=False), encoding="utf-8")
    result = agree_annotations.compare(tmp_path)
    for side in agree_annotations.SIDES:
        assert (result[side]["ph_kind"]["agreed"], result[side]["ph_kind"]["of"]) == (1, 1)
    (tmp_path / "rw1932.json").write_text(
        json.dumps({**same, "placeholders": []}, ensure_ascii=False), encoding="utf-8"
    )
    result = agree_annotations.compare(tmp_path)
    assert (result["set_by_other"]["ph_recall"]["agreed"], result["set_by_other"]["ph_recall"]["of"]) == (0, 1)
