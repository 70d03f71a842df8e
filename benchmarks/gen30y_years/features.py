"""A year decision a reader could state as features (gen30y, round 30): the candidates are the years a document's title,
opening (first two blocks) and close (last two blocks) state, the rules' own year, and "no year"; each candidate's
features say where the year stands and what it is the year of, by the patterns structure.py names (imported)."""

from __future__ import annotations

import math
import re

from nlp.library.markers import SIGNATURE_DATE
from nlp.library.script import analysis_form
from nlp.library.structure import (
    CITED_ASIDE,
    CITED_SPAN,
    CN_SIGNATURE_DATE,
    COHORT,
    COUNTED,
    DAY_YEAR,
    DIGIT_SIGNATURE_DATE,
    EVENT_TIME,
    FAREWELL_YEAR,
    FULL_DAY_YEAR,
    HISTORY_GAP,
    HONOURS,
    LAW_YEAR,
    LISTED_YEARS,
    MEETING_YEAR,
    NUMERIC_DATE,
    OCCASION_YEAR,
    PARAGRAPH_YEAR,
    PERSON_HISTORY,
    PLANNED_YEAR,
    QUOTED_WORK,
    SUMMED_YEAR,
    YEAR_NUMBER,
    YEAR_OF_WORK,
    YEAR_OPENING,
    YEAR_SINCE,
    YEAR_TITLE,
    _arabic_years,
)

FEATURES = (
    "none", "by_rules", "in_title", "title_opens", "in_opening", "opening_opens", "in_closing", "signature",
    "of_work", "planned", "plan_planned", "honour_only", "cited_only", "stamp_only", "history_only", "full_day",
    "meeting", "event_time", "occasion", "mentions", "first", "page_gap", "after_page", "history", "no_page",
    "none_no_candidates", "none_rules_none", "none_years_anywhere", "neighbour_after", "latest",
)
INDEX = {name: i for i, name in enumerate(FEATURES)}


def _years(text: str) -> set[int]:
    return {int(m.group(1)) for m in YEAR_NUMBER.finditer(text)}


def _form(text: str) -> str:
    return analysis_form(_arabic_years(text))


def _only_in(text: str, pattern: re.Pattern[str]) -> set[int]:
    """Years of ``text`` that all stand in spans of ``pattern``."""
    return _years(text) - _years(pattern.sub("", text))


def _found(pattern: re.Pattern[str], texts: list[str]) -> set[int]:
    return {int(next(g for g in m.groups() if g)) for t in texts for m in pattern.finditer(t) if any(m.groups())}


def candidates(title: str, blocks: list[dict], kind: str | None, rules_year: int | None, page: int | None):
    """[(year or None, {feature index: value})] for one document."""
    texts = [_form(b["text"]) for b in blocks]
    head = _form(title or "")
    opening, closing = texts[:2], texts[-2:] if len(texts) > 2 else []
    body = [head, *texts]
    in_title, in_opening = _years(head), set().union(*map(_years, opening)) if opening else set()
    in_closing = set().union(*map(_years, closing)) if closing else set()
    signature = {int(m.group()[:4]) for t in closing if (m := SIGNATURE_DATE.match(t.strip()))}
    signature |= {int(_arabic_years(m.group(1))) for b in blocks[-2:] if (m := CN_SIGNATURE_DATE.match(b["text"].strip()))}
    signature |= {int(m.group(1)) for t in closing if (m := DIGIT_SIGNATURE_DATE.match(t.strip()))}
    stated = [head, *opening, *closing]
    order = [y for t in stated for m in YEAR_NUMBER.finditer(t) if (y := int(m.group(1)))]
    years = list(dict.fromkeys(order)) + ([rules_year] if rules_year and rules_year not in order else [])
    years += [s for s in signature if s not in years]
    joined = "\n".join(stated)
    honour = _only_in(joined, HONOURS)
    cited = _only_in(joined, QUOTED_WORK) | _only_in(joined, CITED_SPAN) | _only_in(joined, LAW_YEAR) | _only_in(joined, CITED_ASIDE)
    stamp = _only_in(joined, NUMERIC_DATE)
    history = set()
    for pattern in (YEAR_SINCE, PERSON_HISTORY, FAREWELL_YEAR, LISTED_YEARS, COUNTED, COHORT):
        history |= _only_in(joined, pattern)
    of_work = _found(YEAR_OF_WORK, texts + [head])
    planned = _found(PLANNED_YEAR, opening)
    full_day = _found(FULL_DAY_YEAR, body) | _found(DAY_YEAR, body)
    meeting = _found(MEETING_YEAR, body) | _found(SUMMED_YEAR, body)
    event = _found(EVENT_TIME, ["".join(texts)])
    occasion = _found(OCCASION_YEAR, texts)
    opens = {int(m.group(1)) for t in opening if (m := PARAGRAPH_YEAR.match(t) or DAY_YEAR.match(t))}
    opens |= {int(m.group()[-5:-1]) for t in opening if (m := re.match(r"^(?:19|20)\d{2}年", t)) and YEAR_OPENING.match(t)}
    counts = {}
    for t in body:
        for m in YEAR_NUMBER.finditer(t):
            counts[int(m.group(1))] = counts.get(int(m.group(1)), 0) + 1
    rows = []
    for k, y in enumerate(years):
        f = {
            INDEX["by_rules"]: float(y == rules_year),
            INDEX["in_title"]: float(y in in_title),
            INDEX["title_opens"]: float(bool(YEAR_TITLE.match(head)) and head.startswith(str(y))),
            INDEX["in_opening"]: float(y in in_opening),
            INDEX["opening_opens"]: float(y in opens),
            INDEX["in_closing"]: float(y in in_closing),
            INDEX["signature"]: float(y in signature),
            INDEX["of_work"]: float(y in of_work),
            INDEX["planned"]: float(y in planned),
            INDEX["plan_planned"]: float(y in planned and kind == "计划"),
            INDEX["honour_only"]: float(y in honour),
            INDEX["cited_only"]: float(y in cited),
            INDEX["stamp_only"]: float(y in stamp),
            INDEX["history_only"]: float(y in history),
            INDEX["full_day"]: float(y in full_day),
            INDEX["meeting"]: float(y in meeting),
            INDEX["event_time"]: float(y in event),
            INDEX["occasion"]: float(y in occasion),
            INDEX["mentions"]: math.log1p(counts.get(y, 0)),
            INDEX["first"]: float(k == 0),
            INDEX["page_gap"]: float(min(max(page - y, -5), 30)) if page else 0.0,
            INDEX["after_page"]: float(page is not None and y > page),
            INDEX["history"]: float(page is not None and y < page - HISTORY_GAP),
            INDEX["no_page"]: float(page is None),
            INDEX["neighbour_after"]: float(y - 1 in years),
            INDEX["latest"]: float(y == max(years)),
        }
        rows.append((y, f))
    none = {
        INDEX["none"]: 1.0,
        INDEX["by_rules"]: float(rules_year is None),
        INDEX["none_no_candidates"]: float(not order),
        INDEX["none_rules_none"]: float(rules_year is None),
        INDEX["none_years_anywhere"]: math.log1p(sum(counts.values())),
        INDEX["no_page"]: float(page is None),
    }
    rows.append((None, none))
    return rows
