"""Parse stage, event metadata: title, date, venue, city, organizers, attendance.

Pure; reads the layout model. Every value is returned with its character offsets (a
:class:`~pko_extract.models.Span`). The date is read by :mod:`pko_extract.dates`; event
nouns and field labels are rule data (``data/event_nouns.txt``, ``data/field_labels.jsonl``).
"""

from __future__ import annotations

import re

from pko_extract import patterns as P
from pko_extract.dates import _date_hits, _is_date_line, event_noun_re, parse_date_precision
from pko_extract.models import EventInfo, Layout, Line, Span
from pko_extract.resources import Rules, default_rules


def _title_from_field(layout: Layout, rules: Rules) -> Span | None:
    """A "Theme:", "Title:", "Event:" or "Topic:" line (a quoted title inside it wins)."""
    text = layout.text
    for label in rules.field_keys("title"):
        for line in layout.lines:
            if label not in line.label_keys:
                continue
            value = text[line.content_start : line.end].strip()
            q = P.QUOTED.search(value)
            if q:
                s = line.content_start + text[line.content_start : line.end].find(q.group("q"))
                return _span(text, s, s + len(q.group("q")), "TITLE")
            if value:
                s = text.find(value, line.content_start)
                return _span(text, s, s + len(value), "TITLE")
    return None


def _quoted_title(layout: Layout, rules: Rules) -> Span | None:
    """A quoted title next to an event noun ("Symposium "X"", "“X” panel discussion")."""
    text, nouns = layout.text, event_noun_re(rules.event_nouns)
    for m in P.QUOTED.finditer(text):
        around = text[max(0, m.start() - 60) : m.start()] + " " + text[m.end() : m.end() + 30]
        inside = m.group("q")
        if len(inside.split()) > 18 or re.search(r"[.!?]\s", inside):
            continue  # a quotation, not a title
        if (nouns.search(around) or P.EVENT_NAME_NOUN.search(inside)) and len(inside.split()) >= 2:
            return _span(text, m.start("q"), m.end("q"), "TITLE")
    return None


def _named_event_title(layout: Layout, rules: Rules) -> Span | None:
    """A capitalised phrase naming the event in running text ("the yearly Seminar for
    Special ... Envoys"); a short headline is left to the last strategy."""
    text, nouns = layout.text, event_noun_re(rules.event_nouns)
    for m in P.CAP_PHRASE.finditer(text):
        phrase = m.group()
        if len(phrase.split()) < 3 or not nouns.search(phrase):
            continue
        line = layout.line_at(m.start())
        if m.start() - line.start < 2 and len(line.text) < 120:
            continue  # a headline, tried last
        start, end = m.start(), m.end()
        lead = P.DAY_POSSESSIVE.match(phrase)
        if lead:
            start += lead.end()  # "Thursday's Peacekeeping Forum"
        tail = re.search(r"\s+in\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?$", text[start:end])
        if tail and not nouns.search(tail.group()):
            end = start + tail.start()  # "... Forum in Ottawa"
        return _span(text, start, end, "TITLE")
    return None


def _heading_over_date_line(layout: Layout, rules: Rules) -> Span | None:
    """An event page's heading: the first line, followed by a date line or a meta line with
    the date early on ("Workshop report · 1 May 2012 · ..."); a genre line ("WEBINAR
    RECAP") is skipped."""
    text = layout.text
    content = [ln for ln in layout.lines if not ln.blank]
    if content and P.GENRE_LINE.match(content[0].text.strip()):
        content = content[1:]
    if len(content) < 2 or len(content[0].text.strip()) >= 150 or P.YEAR.search(content[0].text):
        return None
    first, second = content[0], content[1]
    hit = next(iter(_date_hits(second.text)), None)
    if (
        hit is not None
        and (_is_date_line(second.text, hit) or hit.start < 45)
        and first.text.strip()[-1:] not in ".,;"
    ):
        s0 = first.start + (len(first.text) - len(first.text.lstrip()))
        return _span(text, s0, first.end, "TITLE")
    return None


def _headline_title(layout: Layout, rules: Rules) -> Span | None:
    """The headline (one of the first five lines), when it names an event."""
    nouns = event_noun_re(rules.event_nouns)
    for line in layout.lines[:5]:
        if not line.blank and nouns.search(line.text) and len(line.text) < 150:
            s = line.start + (len(line.text) - len(line.text.lstrip()))
            return _span(layout.text, s, line.end, "TITLE")
    return None


#: Title strategies, strongest first; the first that finds one wins.
TITLE_STRATEGIES = (
    _title_from_field,
    _quoted_title,
    _named_event_title,
    _heading_over_date_line,
    _headline_title,
)


def parse_title(layout: Layout, rules: Rules | None = None) -> Span | None:
    """The event's title."""
    rules = rules or default_rules()
    for strategy in TITLE_STRATEGIES:
        found = strategy(layout, rules)
        if found is not None:
            return found
    return None


def _span(text: str, s: int, e: int, label: str) -> Span:
    while s < e and text[s] in ' \t\n"“':
        s += 1
    while e > s and text[e - 1] in ' \t\n"”.,':
        e -= 1
    return Span(s, e, text[s:e], label)


_Venue = tuple[Span | None, Span | None]


def _venue_from_field(layout: Layout, rules: Rules) -> _Venue | None:
    """A "Venue:" line; a short last part after a comma is the city."""
    text, keys = layout.text, set(rules.field_keys("venue"))
    for line in layout.lines:
        if not set(line.label_keys) & keys:
            continue
        value = text[line.content_start : line.end].strip()
        s = text.find(value, line.content_start)
        parts = value.rsplit(",", 1)
        if len(parts) == 2 and len(parts[1].split()) <= 3 and not P.VENUE_NOUNS.search(parts[1]):
            city_s = s + value.rfind(parts[1].strip())
            return _span(text, s, s + len(parts[0]), "VENUE"), _span(
                text, city_s, city_s + len(parts[1].strip()), "CITY"
            )
        return _span(text, s, s + len(value), "VENUE"), None
    return None


def parse_venue(layout: Layout, rules: Rules | None = None) -> _Venue:
    """(venue, city): a field line, a page's meta line, then "at the X Hall in City"."""
    rules = rules or default_rules()
    text = layout.text
    found = _venue_from_field(layout, rules) or _venue_in_meta_line(text, list(layout.lines))
    if found is not None:
        return found
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
    layout: Layout, places: list[Span], countries: frozenset[str], rules: Rules | None = None
) -> Span | None:
    """A city named by a dateline that the text repeats, or "in <City>" near an event verb."""
    text, nouns = layout.text, event_noun_re((rules or default_rules()).event_nouns)
    for line in layout.lines[:40]:
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
            if P.EVENT_VERBS.search(ctx) and nouns.search(ctx):
                return p
    return None


def parse_organizers(layout: Layout, rules: Rules | None = None) -> list[Span]:
    """Organising bodies (not sponsors): an "Organizer:" line, else "organised by X",
    "which X organised", "X hosted"."""
    text, keys = layout.text, set((rules or default_rules()).field_keys("organizer"))
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

    for line in layout.lines:
        if set(line.label_keys) & keys:
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
    layout: Layout,
    places: list[Span],
    countries: frozenset[str] = frozenset(),
    rules: Rules | None = None,
) -> EventInfo:
    """All event metadata of one report.

    Args:
        layout: the report's layout model.
        places: places found by the recognizer (GPE/LOC/FAC), for the city.
        countries: country names of the gazetteer (a country is not a city).
        rules: rule data; the packaged rules by default.
    """
    rules = rules or default_rules()
    info = EventInfo()
    info.title = parse_title(layout, rules)
    info.date, info.date_span, info.date_precision = parse_date_precision(layout, rules)
    info.venue, info.city = parse_venue(layout, rules)
    if info.city is None:
        info.city = parse_city(layout, places, countries, rules)
    info.organizers = parse_organizers(layout, rules)
    found = find_attendance(layout.text)
    if found:
        info.attendance, info.attendance_span = found
    return info
