"""Dates as written in a report's text: every date with its offsets (:func:`date_hits`),
date lines (:func:`is_date_line`) and the event nouns the date and title readers share.
Pure; :mod:`pko_extract.dates` chooses which date is the event's."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from pko_extract import patterns as P


@lru_cache(maxsize=4)
def event_noun_re(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """A word naming an event ("Symposium", "Round Table"), from ``data/event_nouns.txt``;
    not the end of a hyphenated word ("Present-Day", "Half-Day")."""
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, nouns)) + r")\b", re.IGNORECASE)


@dataclass(frozen=True)
class DateHit:
    """A date written in the text: its offsets, its parts (no year when none is written)."""

    start: int
    end: int
    year: int | None
    month: int
    day: int
    last_day: int | None = None  # the end of a range ("4–5 October")

    def covers(self, year: int | None, month: int, day: int) -> bool:
        """Whether this range includes that day (a multi-day event's later day)."""
        return (
            self.last_day is not None
            and (self.year, self.month) == (year, month)
            and self.day <= day <= self.last_day
        )


def date_hits(text: str) -> list[DateHit]:
    """Every date written in ``text``, in text order (a range keeps its last day); the title
    and venue readers ask it for the date lines of a page."""
    return list(_date_hits(text))


@lru_cache(maxsize=512)
def _date_hits(text: str) -> tuple[DateHit, ...]:
    """:func:`date_hits`, kept for the last texts asked: the event readers ask for the same
    lines again (1,345 questions about 611 texts over the 57 corpus reports)."""
    hits: list[DateHit] = []
    for rx in (P.DATE_DMY, P.DATE_MDY, P.DATE_ISO):
        for m in rx.finditer(text):
            month = m.group("month")
            mnum = int(month) if month.isdigit() else P.MONTHS[month.lower().rstrip(".")]
            day = int(m.group("day"))
            year = int(m.group("year")) if m.group("year") else None
            if not (1 <= mnum <= 12 and 1 <= day <= 31):
                continue
            if any(h.start <= m.start() < h.end for h in hits):
                continue
            # an ISO date is no range ("2019-11-06" is not the 6th to the 11th)
            rng = P.RANGE_END.search(m.group()) if rx is not P.DATE_ISO else None
            last = int(rng.group("last")) if rng and int(rng.group("last")) > day else None
            start = m.start()
            if rng and last and P.DAY_NUMBER_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                start, day, last = m.start() + rng.start("last"), last, None  # "Day 1 – 10 April"
            hits.append(DateHit(start, m.end(), year, mnum, day, last))
    for m in P.DATE_NUMERIC.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        day, month = (b, a) if a <= 12 < b else (a, b)
        if (
            1 <= month <= 12
            and 1 <= day <= 31
            and not any(h.start <= m.start() < h.end for h in hits)
        ):
            hits.append(DateHit(m.start(), m.end(), int(m.group("year")), month, day))
    for m in P.WEEKDAY_DAY_MONTH.finditer(text):  # "on Monday (4/3)"
        day, month = int(m.group("day")), int(m.group("month"))
        if 1 <= month <= 12 and 1 <= day <= 31:
            hits.append(DateHit(m.start("day"), m.end("month"), None, month, day))
    hits.sort(key=lambda h: h.start)
    return tuple(_ranges_across_months(text, [_from_earlier_day(text, h) for h in hits]))


def _from_earlier_day(text: str, h: DateHit) -> DateHit:
    """A date whose range opens with days written before it: "3, 4 and 5 June 2020" -> 3 to
    5 June; "from the 3rd to the 5th of May 2017" -> 3 to 5 May."""
    m = P.EARLIER_DAYS.search(text, max(0, h.start - 30), h.start)
    if m is None or (m.group("listed") and h.last_day is None):
        return h  # "Page 2, 12 May 2019": no list of days
    first = int(m.group("listed") or m.group("from"))
    if not 1 <= first < h.day:
        return h
    return replace(h, start=m.start(), day=first, last_day=h.last_day or h.day)


def _ranges_across_months(text: str, hits: list[DateHit]) -> list[DateHit]:
    """The first date of a range takes the year of the second: "from 29 June to 1 July 2022"
    -> 29 June 2022; "30 December to 2 January 2020" -> 30 December 2019; "Monday 20
    September – Friday 24 September 2021" -> 20 September 2021."""
    out = list(hits)
    for i, (first, second) in enumerate(zip(hits, hits[1:], strict=False)):
        if first.year is not None or second.year is None:
            continue
        between = P.RANGE_BETWEEN.fullmatch(text, first.end, second.start)
        if between is None:
            continue
        year = second.year - 1 if first.month > second.month else second.year
        out[i] = replace(first, year=year)
    return out


def make_date(year: int | None, month: int, day: int) -> date | None:
    if year is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def is_date_line(text: str, h: DateHit) -> bool:
    """A line that holds the date and little else ("Wednesday, June 12, 2019 / 10:00 am")."""
    ls = text.rfind("\n", 0, h.start) + 1
    le = text.find("\n", h.end)
    le = len(text) if le < 0 else le
    rest = text[ls : h.start] + " " + text[h.end : le]
    rest = P.WEEKDAY_OR_TIME.sub(" ", rest)
    return sum(map(str.isalpha, rest)) <= 15
