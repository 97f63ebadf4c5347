"""Event dates: every date written in a report, and which one is the event's. Pure.

Date: a labelled "Date:" line wins, then a meeting record's date line under its numbered meeting
("8391st meeting" / "Thursday, 8 November 2018, 10 a.m."), then a dateline ("TOKYO, 5 June --"),
then a date in a sentence that says the event happened ("held on", "hosted ... on", "met ... 10 to
12 February 2011", "Meeting today, 11 November"), or else the day of such a sentence counted back
from the date line or byline ("gathered here on Sunday", "met last Thursday", "opened yesterday"
under "May 30, 2022"), then a date line near the top (often the publication date; a full date in the
lead paragraph up to 14 days before it is the event's). A multi-day event dated by its end starts
its length earlier ("a three-day workshop ended on 10 May" -> 8 May). A date written without a year
takes the year of a full date elsewhere in the report (the publication date) or of a compact date
such as "20150310" with the same month and day; with no year anywhere it is left null rather than
guessed. "In March 2012" gives month precision. Dates in the page's asides (teasers of other events,
a "Last updated" footer: :mod:`pko_extract.event_asides`) are none of the event's.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cached_property

from pko_extract import patterns as P
from pko_extract.date_text import DateHit, date_hits, event_noun_re, is_date_line
from pko_extract.date_text import make_date as _make_date
from pko_extract.event_asides import Asides, find_asides
from pko_extract.models import Layout, Line, Span
from pko_extract.resources import Rules, default_rules

_Found = tuple[date | None, Span | None, str | None]
#: How many days a story's lead may date its event before the publication date line.
_LEAD_DAYS = 14
#: "two-day" ... "seven-day": the number words of an event's length, from two.
_NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven")
#: How many sentences after the publication date make a story's lead.
_LEAD_SENTENCES = 3
#: Weekday stems in ``date.weekday()`` order, as ``P.RELATIVE_DAY`` captures them.
_WEEKDAYS = ("Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun")


class _DateReader:
    """The dates of one report and how a date without a year gets one."""

    def __init__(
        self, layout: Layout, asides: Asides | None = None, nouns: tuple[str, ...] = ()
    ) -> None:
        self.layout, self.text = layout, layout.text
        self.nouns = event_noun_re(nouns) if nouns else None
        self.asides = asides or Asides([])
        self.hits = [h for h in date_hits(self.text) if not self.asides.covers(h.start)]
        self.full = [h for h in self.hits if h.year]
        self.compact = [
            (int(m.group(1)), int(m.group(2)), int(m.group(3)))
            for m in P.COMPACT_DATE.finditer(self.text)
        ]
        self.header = next(
            (
                h
                for h in self.hits
                if h.year and is_date_line(self.text, h) and not self.in_mail_header(h)
            ),
            None,
        )

    def in_mail_header(self, h: DateHit) -> bool:
        """The date stands in a message's header ("Sent: Tuesday, 3 October 2023 16:02"
        among "From:", "To:", "Subject:"): the day it was sent, not the event's."""
        lines = self.layout.lines
        i = self.layout.line_index(h.start)
        return bool(lines[i].label_keys) and _in_memo_header(lines, i)

    def resolve(self, h: DateHit) -> date | None:
        """The date of a hit; without a year, the year of a compact date with that month and
        day, else of the date line, else of the nearest full date, else the one year of its
        sentence or of the text's months ("June 2021")."""
        if h.year:
            return _make_date(h.year, h.month, h.day)
        for y, mo, d in self.compact:
            if (mo, d) == (h.month, h.day):
                return _make_date(y, mo, d)
        if self.full:
            ref = self.header or min(self.full, key=lambda f: abs(f.start - h.start))
            return self.weekday_year(h, ref.year)
        year = self.sentence_year(h) or self.issue_year or self.aside_year
        return _make_date(year, h.month, h.day) if year else None

    def weekday_year(self, h: DateHit, year: int | None) -> date | None:
        """The date of ``h`` (no year of its own) in ``year``, or in the year before or after
        when only that one falls on the weekday written before it ("Saturday 24 October" in
        a bulletin of November 2015 whose diary lists "29 May 2016": 2015)."""
        found = _make_date(year, h.month, h.day)
        if year is None:
            return found
        line_start = self.text.rfind("\n", 0, h.start) + 1
        wd = P.WEEKDAY_RIGHT_BEFORE.search(self.text, max(line_start, h.start - 20), h.start)
        if found is None or wd is None:
            return found
        weekday = _WEEKDAYS.index(wd.group("day"))
        if found.weekday() == weekday:
            return found
        fits = [
            d
            for d in (_make_date(year - 1, h.month, h.day), _make_date(year + 1, h.month, h.day))
            if d is not None and d.weekday() == weekday
        ]
        return fits[0] if len(fits) == 1 else found

    @cached_property
    def aside_year(self) -> int | None:
        """With no full date outside the asides, the one year of the full dates in them (a
        footer's "© 2018 Press Office | Posted 5 July 2018" under "On the 3rd of July")."""
        years = {h.year for h in date_hits(self.text) if h.year}
        return years.pop() if len(years) == 1 else None

    @cached_property
    def issue_year(self) -> int | None:
        """With no full date anywhere, the one year of the months written with a year
        ("Newsletter No. 34, June 2021" over "12 May – The centre hosted ...")."""
        years = {
            int(m.group("year"))
            for m in P.MONTH_YEAR.finditer(self.text)
            if not self.asides.covers(m.start())
        }
        return years.pop() if len(years) == 1 else None

    def sentence_year(self, h: DateHit) -> int | None:
        """The one year written in the sentence of a date without a year ("The 2021 X
        Ministerial, set for Dec. 7-8"): with no full date anywhere, it is the event's."""
        sent = self.layout.sentence_at(h.start)
        years = {int(y) for y in P.YEAR.findall(self.text[sent[0] : sent[1]])}
        return years.pop() if len(years) == 1 else None

    def pick(self, h: DateHit) -> _Found:
        """The found date; a later day of a multi-day event stated elsewhere gives the
        event's first day."""
        d = self.resolve(h)
        if d is not None:
            whole = next((r for r in self.hits if r.covers(d.year, d.month, d.day)), None)
            if whole is not None and whole is not h:
                h, d = whole, self.resolve(whole)
        span = Span(h.start, h.end, self.text[h.start : h.end], "DATE")
        return d, span, "day" if d else None

    def labelled(self, keys: set[str]) -> _Found | None:
        """ "Date: Friday, 2 November 2012", or "Date:" alone over the date's line."""
        lines = self.layout.lines
        for i, line in enumerate(lines):
            if set(line.label_keys) & keys and not _in_memo_header(lines, i):
                end = line.end
                if not self.text[line.content_start : line.end].strip() and i + 1 < len(lines):
                    end = lines[i + 1].end if not lines[i + 1].label_keys else end
                for h in self.hits:
                    if line.start <= h.start < end:
                        return self.pick(h)
        return None

    def meeting_record(self) -> _Found | None:
        """A meeting record's header: a numbered meeting ("Security Council 8391st meeting")
        in the first lines and its date line within the next three, with a weekday or a
        clock time ("Thursday, 8 November 2018, 10 a.m."): the meeting's date, whatever
        later dates the speakers give."""
        lines = [ln for ln in self.layout.lines if not ln.blank][:8]
        for i, line in enumerate(lines):
            if not P.NUMBERED_MEETING.search(line.text):
                continue
            for below in lines[i + 1 : i + 4]:
                hits = [h for h in self.full if below.start <= h.start < below.end]
                if hits and is_date_line(below.text, date_hits(below.text)[0]):
                    if P.WEEKDAY_OR_TIME.search(below.text):
                        return self.pick(hits[0])
        return None

    def banner(self) -> _Found | None:
        """An event's banner line near the top, its parts apart by bars: "ANNUAL CONFERENCE
        2023 | X | 12-14 SEPTEMBER 2023 | ACCRA" (three parts or more, one an event noun's,
        one a date alone, not a publication stamp): its date, whatever deadlines the page gives
        under it."""
        if self.nouns is None:
            return None
        for line in [ln for ln in self.layout.lines if not ln.blank][:12]:
            parts = P.BANNER_SPLIT.split(line.text.strip())
            if len(parts) < 3 or not any(self.nouns.search(p) for p in parts):
                continue
            for h in (h for h in self.full if line.start <= h.start < line.end):
                if self.in_byline(h):
                    continue  # "Report Series No. 5 | Published 19 February 2018 | PDF"
                part = next(p for p in parts if self.text[h.start : h.end] in p)
                own = date_hits(part)
                if own and is_date_line(part, own[0]) and not self.nouns.search(part):
                    return self.pick(h)
        return None

    def dateline(self) -> _Found | None:
        """ "TOKYO, 5 June --", "29 May 2011 – Speaking today"; "KIGALI, 14 March 2019 --
        The forum was held on Tuesday": the day the story's first event sentence counts
        back from its dateline."""
        for h in self.hits:
            ls = self.text.rfind("\n", 0, h.start) + 1
            if self.in_byline(h):
                continue  # "Published 3 February 2021 - 38 min": the page's date, no dateline
            if self.text[ls : h.start].lstrip()[:1] in ("-", "•", "*"):
                continue  # "- Staff Officers Course, Nairobi, 9-20 May" over "- X": a list item
            if P.DATELINE_DASH.match(self.text[h.end : h.end + 48]) and (h.start - ls) < 40:
                published = h
                if self.header and (self.header.month, self.header.day) == (h.month, h.day):
                    published = self.header
                found = self.counted_from(published, h) or self.lead_day(published)
                return found or self.pick(published)
        return None

    def counted_from(self, published: DateHit, dateline: DateHit) -> _Found | None:
        """The date of the first sentence after the ``dateline`` that says the event
        happened: a date in the dateline's own sentence ("NEW YORK, 11 December -- X
        attended the meeting on 9 and 10 December"), or the day it counts back from the
        ``published`` date ("The forum was held on Tuesday"; "opened yesterday" beside a
        later date, "the course, which runs until 21 June, opened yesterday")."""
        text = self.text
        for s, e in self.layout.sentences:
            own = s <= dateline.start < e
            s = max(s, dateline.end)  # the dateline's own sentence, after the date
            if s >= e or not P.EVENT_VERBS.search(text[s:e]):
                continue
            inside = [h for h in self.hits if s <= h.start < e]
            if inside and own:  # a later date in it ("runs until 21 June") leaves its day
                return self.recent(published, inside[0]) or self.relative_day(published, s, e)
            if inside:
                return None
            return self.relative_day(published, s, e)
        return None

    def recent(self, published: DateHit, h: DateHit) -> _Found | None:
        """The date of ``h`` when it falls a few days before the ``published`` date at most
        (a story reports what just happened; an older date is background)."""
        found, ref = self.pick(h), self.resolve(published)
        if found[0] is None or ref is None or not 0 <= (ref - found[0]).days <= _LEAD_DAYS:
            return None
        return found

    def event_sentence(self) -> _Found | None:
        """A date in a sentence saying the event happened ("was held on 5 June"), or the
        day such a sentence, or one naming the event without a date ("spoke at the forum on
        Monday"), counts from the publication date when it comes first: a later sentence's
        date is another meeting ("will meet on 2 May"); a date in an opening clause about
        what came before ("After a first meeting on 2 May, they met again on 9 May") is
        background when the main clause gives one."""
        text, published = self.text, self.published()
        for s, e in self.layout.sentences:
            if self.asides.covers(s):
                continue
            if not P.EVENT_VERBS.search(text[s:e]):
                named = self.nouns is not None and self.nouns.search(text, s, e)
                dated = any(s <= h.start < e for h in self.hits)
                if published is not None and named and not dated:
                    relative = self.relative_day(published, s, e)  # "spoke at the forum on Monday"
                    if relative is not None:
                        return relative
                continue
            inside = [h for h in self.hits if s <= h.start < e]
            ahead = [h for h in inside if self.to_come(s, h)]
            if ahead and len(ahead) == len(inside):
                continue  # "The next seminar, on 18 November, will host X": another event
            lead = P.BACKGROUND_CLAUSE.match(text, s, e)
            if lead is not None and any(h.start >= lead.end() for h in inside):
                inside = [h for h in inside if h.start >= lead.end()]  # "After X on 2 May, ..."
            if inside:
                preferred = [
                    h for h in inside if P.DATE_LEAD.search(text[max(s, h.start - 20) : h.start])
                ]
                found = self.pick((preferred or inside)[0])
                if found[0] is not None or not self.full:
                    return self.opened_before(found, s, e)
            elif published is not None:
                relative = self.relative_day(published, s, e)
                if relative is not None:
                    return self.opened_before(relative, s, e)
        return None

    def to_come(self, s: int, h: DateHit) -> bool:
        """The date ``h`` of the sentence opening at ``s`` is of the next event of a series,
        named before it in its clause: "The next seminar, on 18 November, will host X", "Our
        next webinar takes place on 2 May" (not "the workshop next week, on 5 May")."""
        clause = P.CLAUSE_OPENING.search(self.text, s, h.start)  # the last ", which"
        start = clause.end() if clause else s
        for m in P.NEXT_WORD.finditer(self.text, start, h.start):
            word = P.ONE_WORD.match(self.text, m.end())  # "our next public lecture"
            for at in (m.end(), word.end() if word else m.end()):
                if self.nouns is not None and self.nouns.match(self.text, at):
                    return True
        return False

    def opened_before(self, found: _Found, s: int, e: int) -> _Found:
        """The event's first day when the sentence ``s:e`` says it closed and one of the next
        two says when it opened, up to two weeks before ("X closed on Friday ..." / "The week
        opened on Monday, 11 November")."""
        if found[0] is None or not P.CLOSED_VERB.search(self.text, s, e):
            return found
        later = [(a, b) for a, b in self.layout.sentences if a >= e][:2]
        for a, b in later:
            if not P.OPENED_VERB.search(self.text, a, b):
                continue
            for h in (h for h in self.hits if a <= h.start < b):
                d = self.resolve(h)
                if d is not None and 0 < (found[0] - d).days <= _LEAD_DAYS:
                    return self.pick(h)
        return found

    def lead_day(self, published: DateHit | None = None) -> _Found | None:
        """The relative day in a story's lead under its publication date, whatever its verb
        ("Officers spoke to cadets last Thursday", "received certificates on Wednesday"):
        a news story opens with what happened and when. Only the first sentences count (the
        rest of a byline, "| Updated 4 Sept 2017", is none of them), and none of them may
        give a date of its own."""
        published = published or self.published()
        if published is None:
            return None
        lead = [
            (max(s, published.end), e)
            for s, e in self.layout.sentences
            if e > published.end
            and not self.byline_only(max(s, published.end), e)
            and not self.line_fragment(max(s, published.end), e)
        ]
        for s, e in lead[:_LEAD_SENTENCES]:
            if self.asides.covers(s) or any(s <= h.start < e for h in self.hits):
                return None
            if P.TODAY.search(self.text, s, e):
                return None  # "opened today": the date line's day
            found = self.relative_day(published, s, e)
            if found is not None:
                return found
        return None

    def line_fragment(self, s: int, e: int) -> bool:
        """``s:e`` is a layout line, not a story's sentence: it stands alone on its line and
        ends with no stop (the rest of a date line, " | News | Athlone"; a headline; "By X"),
        so it is none of the lead's sentences."""
        piece = self.text[s:e].strip()
        line = self.layout.line_at(s)
        return (
            bool(piece)
            and "\n" not in piece
            and e <= line.end
            and not piece.endswith((".", "!", "?", '"', "\u201d", "'", ":"))
            and not P.RELATIVE_DAY.search(piece)
        )

    def published(self) -> DateHit | None:
        """The publication date: the date line, else a byline's date ("Posted on 14 March
        2019 by X | News"), else a full date in the first lines."""
        if self.header is not None:
            return self.header
        byline = next((h for h in self.full if self.in_byline(h)), None)
        if byline is not None:
            return byline
        top = [ln for ln in self.layout.lines if not ln.blank][:3]
        return next((h for h in self.full if top and h.start < top[-1].end), None)

    def relative_day(self, published: DateHit, s: int, e: int) -> _Found | None:
        """ "gathered here on Sunday", "met last Thursday", "opened yesterday" in the
        sentence ``s:e``: the day counted back from the publication date (a story is dated
        the day of the event or a few days after); a sentence about what is to come ("will
        be held on Friday") is not counted, unless the day stands in a later clause of its
        own ("..., which ended on Saturday") or what is to come follows it ("was held on
        Friday ahead of the summit next week")."""
        if s < published.end and not self.in_byline(published):
            return None  # a sentence over the date line (a headline, a teaser)
        ref = self.resolve(published)
        m = P.RELATIVE_DAY.search(self.text, s, e)
        if ref is not None and m is None:
            return self.day_of_month(ref, s, e)
        if ref is None or m is None:
            return None
        clause = P.CLAUSE_OPENING.search(self.text, s, m.start())
        if P.FUTURE_WORD.search(self.text, clause.end() if clause else s, m.end()):
            return None  # "will leave next week after training, which ended on Saturday": past
        if m.group("yesterday"):
            back = 1
        else:
            back = (ref.weekday() - _WEEKDAYS.index(m.group("day"))) % 7
            back = back or (7 if m.group("last") else 0)
        return ref - timedelta(days=back), Span(m.start(), m.end(), m.group(), "DATE"), "day"

    def day_of_month(self, ref: date, s: int, e: int) -> _Found | None:
        """ "was held on the 5th (Tue)" in the sentence ``s:e``: that day of the publication
        date's month, or of the month before when the day is later than the publication's."""
        m = P.DAY_OF_MONTH.search(self.text, s, e)
        if m is None or any(s <= h.start < e for h in self.hits):
            return None
        day = int(m.group("day"))
        year, month = (
            (ref.year, ref.month)
            if day <= ref.day
            else ((ref.year, ref.month - 1) if ref.month > 1 else (ref.year - 1, 12))
        )
        found = _make_date(year, month, day)
        return (found, Span(m.start(), m.end(), m.group(), "DATE"), "day") if found else None

    def first_unpublished(self) -> DateHit:
        """The first date that is not a byline's ("Posted on 24 May 2019"): the publication
        date is the last resort."""
        return next((h for h in self.hits if not self.in_byline(h)), self.hits[0])

    def byline_only(self, s: int, e: int) -> bool:
        """The dates of ``s:e`` are all a byline's ("| Updated 6:02 PM, 4 Sept 2017")."""
        inside = [h for h in self.hits if s <= h.start < e]
        return bool(inside) and all(self.in_byline(h) for h in inside)

    def in_byline(self, h: DateHit) -> bool:
        """The date stands in a byline ("Posted on 24 May 2019 | Share", "Wednesday, August
        14, 2024 | By X, Staff Writer", "Speeches · Uploaded 03 June 2019")."""
        line = self.layout.line_at(h.start)
        return (
            bool(P.BYLINE_START.match(line.text))
            or self.layout.kind_at(h.start) == "byline"
            or (h.end <= line.end and P.BY_AFTER_DATE.match(self.text, h.end, line.end) is not None)
            or P.PUBLISHED_BEFORE_DATE.search(self.text, line.start, h.start) is not None
        )

    def lead_before(self, header: DateHit) -> DateHit | None:
        """A date in the story's first paragraph under a date line, a few days before it
        ("19 May 2016" / "... May 17, 2016 will stay in memory"; one without a year only as
        the event's, :meth:`told_as_event`): the date line is the publication's, the lead
        tells when it happened."""
        published = self.resolve(header)
        block = next(
            (
                b
                for b in self.layout.blocks
                if b.start > header.end and b.kind == "paragraph" and b.end - b.start >= 150
            ),
            None,
        )
        if published is None or block is None:
            return None
        for h in self.hits:  # "were on Tuesday, March 12, awarded": its year the line's
            d = self.resolve(h)
            if not h.year and not self.told_as_event(h):
                continue  # "condemned the attack perpetrated on 20 April": background
            if block.start <= h.start < block.end and d is not None:
                if 0 < (published - d).days <= _LEAD_DAYS:
                    return h
        return None

    def told_as_event(self, h: DateHit) -> bool:
        """A date without a year that a story's lead gives as its event's: with its weekday
        ("on Tuesday, March 12"), or in a sentence naming an event or saying one happened
        ("received their awards on 12 May at a ceremony"), or opening its sentence ("On 9
        September, X visited Y")."""
        if P.WEEKDAY_BEFORE.search(self.text, max(0, h.start - 18), h.start):
            return True
        s, e = self.layout.sentence_at(h.start)
        if P.DATE_OPENS.fullmatch(self.text, s, h.start):
            return True  # "On 9 September, the Admiral visited X": a note's first sentence
        named = self.nouns is not None and self.nouns.search(self.text, s, e)
        return bool(named or P.EVENT_VERBS.search(self.text, s, e))

    def near_top(self) -> _Found | None:
        """A date line, or a full date in the first lines (a page's meta line)."""
        if self.header and not self.in_byline(self.header):
            return self.pick(self.lead_before(self.header) or self.header)
        top = [ln for ln in self.layout.lines if not ln.blank][:3]
        first = next(
            (
                h
                for h in self.full
                if top
                and h.start < top[-1].end
                and not self.in_byline(h)
                and not self.in_mail_header(h)
            ),
            None,
        )
        if first is None:
            return None
        lead = self.lead_before(first)
        if lead is not None:  # "Bulletin No. 12 | Guatemala, 17 January 2025" / "... on
            return self.pick(lead)  # Thursday 16 January presided over the ceremony"
        s, _ = self.layout.sentence_at(first.start)
        for h in (h for h in self.hits if s <= h.start < first.start and not h.year):
            found = self.recent(first, h)  # "on Monday (4/3), the army said on Wednesday
            if found is not None:  # (6/3/2019)": the day before the one it was told
                return found
        return self.pick(first)


def parse_date(layout: Layout, rules: Rules | None = None) -> tuple[date | None, Span | None]:
    """The event date (first day) and the span it was read from."""
    found = parse_date_precision(layout, rules)
    return found[0], found[1]


def parse_date_precision(layout: Layout, rules: Rules | None = None) -> _Found:
    """The event date (first day), its span and its precision ("day", or "month" for
    "in March 2012", given as the first of the month).

    Strategies in order: a labelled date, a dateline, a date in a sentence saying the event
    happened, a date near the top, a month and year in a sentence about the event.
    """
    rules = rules or default_rules()
    reader = _DateReader(layout, find_asides(layout, rules.aside_labels), rules.event_nouns)
    nouns = rules.event_nouns
    if not reader.hits:
        return _month_year(layout, reader.hits, nouns, reader.asides)
    found = (
        reader.labelled(set(rules.field_keys("date")))
        or reader.meeting_record()
        or reader.dateline()
        or reader.banner()
        or reader.event_sentence()
        or reader.lead_day()
        or reader.near_top()
    )
    if found is not None:
        return _first_of_days(layout, found)
    month = _month_year(layout, reader.hits, nouns, reader.asides)
    if month[0] is not None:
        return month
    return reader.pick(reader.first_unpublished())


def _month_year(
    layout: Layout, hits: list[DateHit], nouns: tuple[str, ...], asides: Asides
) -> _Found:
    """A month and year in a sentence about the event ("In March 2012 ... a workshop"),
    not in an aside."""
    text, noun_re = layout.text, event_noun_re(nouns)
    for s, e in layout.sentences:
        sent = text[s:e]
        if asides.covers(s):
            continue
        if not (P.EVENT_VERBS.search(sent) or noun_re.search(sent)):
            continue
        for m in P.MONTH_YEAR.finditer(sent):
            if any(h.start <= s + m.start() < h.end for h in hits):
                continue  # the month of a full date ("22 September 2022")
            month = P.MONTHS[m.group("month").lower().rstrip(".")]
            span = Span(s + m.start(), s + m.end(), m.group(), "DATE")
            return date(int(m.group("year")), month, 1), span, "month"
    return None, None, None


#: The labels of a memo's or a letter's header, whose "Date:" is the document's own.
_MEMO_KEYS = frozenset({"to", "from", "subject", "cc", "ref", "re", "objet", "asunto"})


def _in_memo_header(lines: tuple[Line, ...], i: int) -> bool:
    """Line ``i`` stands among a memo's header fields ("To:", "From:", "Subject:" within
    three lines), or under a press release's genre and number lines ("PRESS RELEASE" / "No.
    23/2019" / "Date: 5 March 2019"): its "Date:" dates the memo or the release, not the
    event it announces."""
    near = lines[max(0, i - 3) : i + 4]
    if sum(bool(set(ln.label_keys) & _MEMO_KEYS) for ln in near) >= 2:
        return True
    above = [ln.text.strip() for ln in lines[max(0, i - 3) : i] if not ln.blank]
    if any(P.RELEASE_LINE.match(t) for t in above[-1:]):
        return True  # "Press Release" / "Date: 16/03/2017": the release's own date
    return any(P.RELEASE_LINE.match(t) for t in above) and any(
        P.NUMBER_LINE.match(t) for t in above
    )


def _first_of_days(layout: Layout, found: _Found) -> _Found:
    """The first day of an event dated by its end: "a three-day workshop ended on Friday,
    10 May 2019" -> 8 May, "completed a five-day course on X on Friday, 21 June" -> 17 June,
    "on Thursday ended a two-day meeting" (the days counted back in the date's sentence)."""
    d, span, _ = found
    if d is None or span is None:
        return found
    s, e = layout.sentence_at(span.start)
    days = P.N_DAYS.search(layout.text, s, span.start)
    ended = days is not None and P.ENDED_ON.search(layout.text, days.end(), span.start)
    if not ended:  # "completed a five-day course ... on Friday", "on Friday ended a two-day X"
        days = P.N_DAYS.search(layout.text, s, e)
        ended = days is not None and P.ENDED_BEFORE_DAYS.search(layout.text, s, days.start())
    if days is None or not ended:  # "X ended yesterday at Y after three days of talks"
        days = P.AFTER_N_DAYS.search(layout.text, span.end, e)
        ended = days is not None and P.ENDED_ON.search(layout.text, s, span.start)
    if days is None or not ended:
        return found
    n = days.group("n").casefold()
    count = int(n) if n.isdigit() else _NUMBER_WORDS.index(n) + 2
    return d - timedelta(days=count - 1), span, "day"
