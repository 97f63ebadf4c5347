"""Parse stage, event metadata: title, date, venue, city, organizers, attendance.

Pure. Every value is returned with its character offsets (a :class:`~pko_extract.models.Span`).

Date: a labelled "Date:" line wins, then a date in a sentence that says the event happened
("held on", "hosted ... on", "met ... 10 to 12 February 2011"), then a dateline
("TOKYO, 5 June --"), then a date line near the top (often the publication date). A date
written without a year takes the year of a full date elsewhere in the report (the
publication date) or of a compact date such as "20150310" with the same month and day;
with no year anywhere it is left null rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from pko_extract import patterns as P
from pko_extract.models import Span
from pko_extract.segment import Line

EVENT_NOUNS = (
    "Symposium",
    "Seminar",
    "Conference",
    "Forum",
    "Workshop",
    "Meeting",
    "Summit",
    "Dialogue",
    "Webinar",
    "Roundtable",
    "Round Table",
    "Panel Discussion",
    "Day",
    "Colloquium",
    "Consultation",
    "Course",
    "Retreat",
    "Lecture",
    "Briefing",
    "Debate",
    "Discussion",
    "Event",
)
_EVENT_NOUN_RE = re.compile(r"\b(?:" + "|".join(EVENT_NOUNS) + r")\b", re.IGNORECASE)


@dataclass
class EventInfo:
    """Event metadata with evidence spans."""

    title: Span | None = None
    date: date | None = None
    date_span: Span | None = None
    date_precision: str | None = None
    venue: Span | None = None
    city: Span | None = None
    organizers: list[Span] = field(default_factory=list)
    attendance: int | None = None
    attendance_span: Span | None = None


@dataclass(frozen=True)
class _DateHit:
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


def _date_hits(text: str) -> list[_DateHit]:
    hits: list[_DateHit] = []
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
            rng = P.RANGE_END.search(m.group())
            last = int(rng.group("last")) if rng and int(rng.group("last")) > day else None
            hits.append(_DateHit(m.start(), m.end(), year, mnum, day, last))
    for m in P.DATE_NUMERIC.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        day, month = (b, a) if a <= 12 < b else (a, b)
        if (
            1 <= month <= 12
            and 1 <= day <= 31
            and not any(h.start <= m.start() < h.end for h in hits)
        ):
            hits.append(_DateHit(m.start(), m.end(), int(m.group("year")), month, day))
    hits.sort(key=lambda h: h.start)
    return hits


def _make_date(year: int | None, month: int, day: int) -> date | None:
    if year is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(
    text: str, lines: list[Line], sentences: list[tuple[int, int]]
) -> tuple[date | None, Span | None]:
    """The event date (first day) and the span it was read from."""
    found = parse_date_precision(text, lines, sentences)
    return found[0], found[1]


def parse_date_precision(
    text: str, lines: list[Line], sentences: list[tuple[int, int]]
) -> tuple[date | None, Span | None, str | None]:
    """The event date (first day), its span and its precision ("day", or "month" for
    "in March 2012", given as the first of the month)."""
    hits = _date_hits(text)
    if not hits:
        return _month_year(text, sentences, hits)
    full = [h for h in hits if h.year]
    compact = [
        (int(m.group(1)), int(m.group(2)), int(m.group(3)))
        for m in re.finditer(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)", text)
    ]
    header = next((h for h in hits if h.year and _is_date_line(text, h)), None)

    def resolve(h: _DateHit) -> date | None:
        if h.year:
            return _make_date(h.year, h.month, h.day)
        for y, mo, d in compact:
            if (mo, d) == (h.month, h.day):
                return _make_date(y, mo, d)
        if full:
            ref = header or min(full, key=lambda f: abs(f.start - h.start))
            return _make_date(ref.year, h.month, h.day)
        return None

    def pick(h: _DateHit) -> tuple[date | None, Span, str | None]:
        # a later day of a multi-day event stated elsewhere: the event's first day
        d = resolve(h)
        if d is not None:
            whole = next((r for r in hits if r.covers(d.year, d.month, d.day)), None)
            if whole is not None and whole is not h:
                h, d = whole, resolve(whole)
        span = Span(h.start, h.end, text[h.start : h.end], "DATE")
        return d, span, "day" if d else None

    # 1. "Date: Friday, 2 November 2012"
    for line in lines:
        if set(line.label_keys) & {"date", "dates", "when", "date and time", "date and venue"}:
            for h in hits:
                if line.start <= h.start < line.end:
                    return pick(h)
    # 2. a dateline: "TOKYO, 5 June --", "29 May 2011 – Speaking today"
    for h in hits:
        ls = text.rfind("\n", 0, h.start) + 1
        after = text[h.end : h.end + 4]
        if re.match(r"^\s*(?:--|—|–|-)\s", after) and (h.start - ls) < 40:
            if header and (header.month, header.day) == (h.month, h.day):
                return pick(header)
            return pick(h)
    # 3. a sentence saying the event happened, with a date
    for s, e in sentences:
        sent = text[s:e]
        if not P.EVENT_VERBS.search(sent):
            continue
        inside = [h for h in hits if s <= h.start < e]
        if inside:
            preferred = [
                h
                for h in inside
                if re.search(
                    r"\b(?:on|from|between|held|since)\s+(?:\w+day,?\s+)?$",
                    text[max(s, h.start - 20) : h.start],
                )
            ]
            found = pick((preferred or inside)[0])
            if found[0] is not None or not full:
                return found
    # 4. a date line, or a full date in the first lines (a page's meta line)
    if header:
        return pick(header)
    top = [ln for ln in lines if not ln.blank][:3]
    first = next((h for h in full if top and h.start < top[-1].end), None)
    if first is not None:
        return pick(first)
    # 5. a month and year in a sentence about the event ("In March 2012 ... a workshop")
    month = _month_year(text, sentences, hits)
    if month[0] is not None:
        return month
    return pick(hits[0])


def _month_year(
    text: str, sentences: list[tuple[int, int]], hits: list[_DateHit]
) -> tuple[date | None, Span | None, str | None]:
    for s, e in sentences:
        sent = text[s:e]
        if not (P.EVENT_VERBS.search(sent) or _EVENT_NOUN_RE.search(sent)):
            continue
        for m in P.MONTH_YEAR.finditer(sent):
            if any(h.start <= s + m.start() < h.end for h in hits):
                continue  # the month of a full date ("22 September 2022")
            month = P.MONTHS[m.group("month").lower().rstrip(".")]
            span = Span(s + m.start(), s + m.end(), m.group(), "DATE")
            return date(int(m.group("year")), month, 1), span, "month"
    return None, None, None


_WEEKDAY_OR_TIME = re.compile(
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\b[AP]M\b|\b(?:CET|GMT|UTC|EST|EDT|JST)\b",
    re.IGNORECASE,
)


def _is_date_line(text: str, h: _DateHit) -> bool:
    """A line that holds the date and little else ("Wednesday, June 12, 2019 / 10:00 am")."""
    ls = text.rfind("\n", 0, h.start) + 1
    le = text.find("\n", h.end)
    le = len(text) if le < 0 else le
    rest = text[ls : h.start] + " " + text[h.end : le]
    rest = _WEEKDAY_OR_TIME.sub(" ", rest)
    return sum(ch.isalpha() for ch in rest) <= 15


def parse_title(text: str, lines: list[Line]) -> Span | None:
    """The event's title."""
    for label in ("theme", "title", "event", "topic"):
        for line in lines:
            if label in line.label_keys:
                value = text[line.content_start : line.end].strip()
                q = P.QUOTED.search(value)
                if q:
                    s = line.content_start + text[line.content_start : line.end].find(q.group("q"))
                    return _span(text, s, s + len(q.group("q")), "TITLE")
                if value:
                    s = text.find(value, line.content_start)
                    return _span(text, s, s + len(value), "TITLE")
    # a quoted title next to an event noun ("Symposium "X"", "“X” panel discussion")
    for m in P.QUOTED.finditer(text):
        around = text[max(0, m.start() - 60) : m.start()] + " " + text[m.end() : m.end() + 30]
        inside = m.group("q")
        if len(inside.split()) > 18 or re.search(r"[.!?]\s", inside):
            continue  # a quotation, not a title
        if _EVENT_NOUN_RE.search(around) or re.search(
            r"\b(?:Forum|Symposium|Seminar|Conference|Summit)\b", inside
        ):
            if len(inside.split()) >= 2:
                return _span(text, m.start("q"), m.end("q"), "TITLE")
    # a capitalised phrase naming the event ("the yearly Seminar for Special ... Envoys")
    for m in P.CAP_PHRASE.finditer(text):
        phrase = m.group()
        if len(phrase.split()) < 3 or not _EVENT_NOUN_RE.search(phrase):
            continue
        ls = text.rfind("\n", 0, m.start()) + 1
        if (
            m.start() - ls < 2
            and len(text[ls : text.find("\n", m.end()) if "\n" in text[m.end() :] else len(text)])
            < 120
        ):
            continue  # a headline, tried last
        start, end = m.start(), m.end()
        lead = re.match(
            r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Today|Yesterday)[’']s\s+", phrase
        )
        if lead:
            start += lead.end()  # "Thursday's Peacekeeping Forum"
        tail = re.search(r"\s+in\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?$", text[start:end])
        if tail and not _EVENT_NOUN_RE.search(tail.group()):
            end = start + tail.start()  # "... Forum in Ottawa"
        return _span(text, start, end, "TITLE")
    # an event page's heading: the first line, followed by a date line
    content = [ln for ln in lines if not ln.blank]
    if content and P.GENRE_LINE.match(content[0].text.strip()):
        content = content[1:]  # "WEBINAR RECAP", "Press release": the genre, not the title
    if (
        len(content) >= 2
        and len(content[0].text.strip()) < 150
        and not P.YEAR.search(content[0].text)
    ):
        first, second = content[0], content[1]
        hit = next(iter(_date_hits(second.text)), None)
        # a date line, or a meta line with the date early on ("Workshop report · 1 May 2012 · ...")
        if (
            hit is not None
            and (_is_date_line(second.text, hit) or hit.start < 45)
            and first.text.strip()[-1:] not in ".,;"
        ):
            s0 = first.start + (len(first.text) - len(first.text.lstrip()))
            return _span(text, s0, first.end, "TITLE")
    # the headline, when it names an event
    for line in lines[:5]:
        if not line.blank and _EVENT_NOUN_RE.search(line.text) and len(line.text) < 150:
            s = line.start + (len(line.text) - len(line.text.lstrip()))
            return _span(text, s, line.end, "TITLE")
    return None


def _span(text: str, s: int, e: int, label: str) -> Span:
    while s < e and text[s] in ' \t\n"“':
        s += 1
    while e > s and text[e - 1] in ' \t\n"”.,':
        e -= 1
    return Span(s, e, text[s:e], label)


def parse_venue(text: str, lines: list[Line]) -> tuple[Span | None, Span | None]:
    """(venue, city)."""
    for line in lines:
        if set(line.label_keys) & {"venue", "place", "location", "where"}:
            value = text[line.content_start : line.end].strip()
            s = text.find(value, line.content_start)
            parts = value.rsplit(",", 1)
            if (
                len(parts) == 2
                and len(parts[1].split()) <= 3
                and not P.VENUE_NOUNS.search(parts[1])
            ):
                city_s = s + value.rfind(parts[1].strip())
                return _span(text, s, s + len(parts[0]), "VENUE"), _span(
                    text, city_s, city_s + len(parts[1].strip()), "CITY"
                )
            return _span(text, s, s + len(value), "VENUE"), None
    meta = _venue_in_meta_line(text, lines)
    if meta is not None:
        return meta
    candidates = [
        m
        for m in P.VENUE.finditer(text)
        if P.VENUE_NOUNS.search(m.group("venue")) and len(m.group("venue").split()) >= 2
    ]
    # a hall, room or hotel before an institution that may only be the host
    candidates.sort(key=lambda m: (not P.PLACE_NOUNS.search(m.group("venue")), m.start()))
    for m in candidates:
        venue = m.group("venue")
        vs = m.start("venue")
        city = None
        venue = P.VENUE_TRAILING_DAY.sub("", venue)
        venue = P.VENUE_TRAILING_MONTH.sub("", venue)
        inner = re.search(r"[ \t]+in[ \t]+(?P<city>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)$", venue)
        if inner and not P.VENUE_NOUNS.search(inner.group("city")):
            cs = vs + inner.start("city")
            return _span(text, vs, vs + inner.start(), "VENUE"), _span(
                text, cs, cs + len(inner.group("city")), "CITY"
            )
        if m.group("city"):
            city = _span(text, m.start("city"), m.end("city"), "CITY")
        return _span(text, vs, vs + len(venue), "VENUE"), city
    return None, None


def _venue_in_meta_line(text: str, lines: list[Line]) -> tuple[Span, Span | None] | None:
    """A page's meta line near the top: "Workshop report · 1 May 2012 · Aurora Hall, Centre
    for X, Copenhagen" -> venue "Aurora Hall, Centre for X", city "Copenhagen"."""
    for line in [ln for ln in lines if not ln.blank][:4]:
        parts = re.split(r"\s+[·|•]\s+", line.text)
        if len(parts) < 3:
            continue
        for part in parts:
            if P.PLACE_NOUNS.search(part) and not _date_hits(part):
                s = line.start + line.text.find(part)
                head, _, last = part.rpartition(",")
                if head and len(last.split()) <= 3 and not P.VENUE_NOUNS.search(last):
                    cs = s + len(head) + 1 + (len(last) - len(last.lstrip()))
                    return _span(text, s, s + len(head), "VENUE"), _span(
                        text, cs, cs + len(last.strip()), "CITY"
                    )
                return _span(text, s, s + len(part), "VENUE"), None
    return None


def parse_city(
    text: str, lines: list[Line], places: list[Span], countries: frozenset[str]
) -> Span | None:
    """A city named by a dateline that the text repeats, or "in <City>" near an event verb."""
    for line in lines[:40]:
        m = P.DATELINE.match(line.text)
        if not m:
            continue
        rest = line.text[m.end() :]
        if not re.match(r"(?:\d|[A-Z][a-z]+ \d|Republic|[A-Z][a-z]+ —|—)", rest):
            continue
        city = m.group("city").strip()
        pretty = city.title() if city.isupper() else city
        if pretty in countries:
            continue
        if (
            len(re.findall(r"\b" + re.escape(pretty) + r"\b", text))
            + len(re.findall(r"\b" + re.escape(city) + r"\b", text))
            >= 2
            or not city.isupper()
        ):
            s = line.start + m.start("city")
            return Span(s, s + len(city), pretty, "CITY")
    for p in places:
        if p.text in countries or len(p.text) < 3:
            continue
        before = text[max(0, p.start - 4) : p.start]
        if before.endswith("in ") or before.endswith("at "):
            ctx = text[max(0, p.start - 200) : p.end + 50]
            if P.EVENT_VERBS.search(ctx) and _EVENT_NOUN_RE.search(ctx):
                return p
    return None


def parse_organizers(text: str, lines: list[Line]) -> list[Span]:
    """Organising bodies (not sponsors)."""
    out: list[Span] = []

    def add_group(s: int, group: str) -> None:
        pos = s
        for part in re.split(
            r",?\s+(?:and|together with(?: its partner,)?|in association with)\s+", group
        ):
            part = re.sub(r"^the\s+", "", part.strip(" ,"))
            if not part:
                continue
            ps = text.find(part, pos)
            if ps >= 0 and not any(o.text == part for o in out):
                out.append(Span(ps, ps + len(part), part, "ORG"))
                pos = ps + len(part)

    for line in lines:
        if set(line.label_keys) & {
            "organizer",
            "organizers",
            "organiser",
            "organisers",
            "organized by",
            "organised by",
            "host",
            "hosts",
            "hosted by",
        }:
            add_group(line.content_start, text[line.content_start : line.end].strip())
    if out:
        return out
    for rx in (P.ORG_AFTER_BY, P.ORG_WHICH, P.ORG_BEFORE_VERB):
        for m in rx.finditer(text):
            group = m.group("orgs")
            if len(group) < 3 or group.split()[0] in {"It", "He", "She", "They", "This", "We"}:
                continue
            add_group(m.start("orgs"), group)
            if "more" in m.groupdict() and m.group("more"):
                add_group(m.start("more"), m.group("more"))
        if out:
            return out
    return out


def find_attendance(text: str) -> tuple[int, Span] | None:
    """Number of attendees and the span it was read from ("More than 300 people" -> 300)."""
    for m in P.ATTENDANCE.finditer(text):
        ctx = text[m.end() : m.end() + 200]
        if re.search(
            r"\b(?:attend|took part|participat|joined|gathered|audience|present)",
            ctx + text[max(0, m.start() - 80) : m.start()],
            re.I,
        ):
            span = Span(m.start(), m.end(), m.group(), "ATTENDANCE")
            return int(m.group("num").replace(",", "")), span
    return None


def parse_attendance(text: str) -> int | None:
    """Number of attendees ("More than 300 people" -> 300)."""
    found = find_attendance(text)
    return found[0] if found else None


def parse_event(
    text: str,
    lines: list[Line],
    sentences: list[tuple[int, int]],
    places: list[Span],
    countries: frozenset[str] = frozenset(),
) -> EventInfo:
    """All event metadata of one report."""
    info = EventInfo()
    info.title = parse_title(text, lines)
    info.date, info.date_span, info.date_precision = parse_date_precision(text, lines, sentences)
    info.venue, info.city = parse_venue(text, lines)
    if info.city is None:
        info.city = parse_city(text, lines, places, countries)
    info.organizers = parse_organizers(text, lines)
    found = find_attendance(text)
    if found:
        info.attendance, info.attendance_span = found
    return info
