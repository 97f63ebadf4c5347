"""Parse stage, event metadata: title, date, venue, city, organizers, attendance.

Pure; reads the layout model. Every value is returned with its character offsets (a
:class:`~pko_extract.models.Span`). The date is read by :mod:`pko_extract.dates`, the
title by :mod:`pko_extract.event_title`; event nouns, headline verbs and field labels are rule
data (``data/event_nouns.txt``, ``data/headline_verbs.txt``, ``data/field_labels.jsonl``).

The venue and its city are read by :mod:`pko_extract.event_venue`.
"""

from __future__ import annotations

import re

from pko_extract import patterns as P
from pko_extract.dates import event_noun_re, parse_date_precision
from pko_extract.event_title import parse_title
from pko_extract.event_venue import parse_venue
from pko_extract.models import EventInfo, Layout, Span
from pko_extract.resources import Rules, default_rules

__all__ = [
    "find_attendance",
    "parse_attendance",
    "parse_city",
    "parse_event",
    "parse_organizers",
    "parse_title",
    "parse_venue",
]


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
        if pretty in countries or P.WEEKDAY_OR_TIME.search(city):
            continue  # "Thursday, 14 March 2019" is a date line, not a dateline
        if (
            len(re.findall(r"\b" + re.escape(pretty) + r"\b", text))
            + len(re.findall(r"\b" + re.escape(city) + r"\b", text))
            >= 2
            or not city.isupper()
        ):
            s = line.start + m.start("city")
            return Span(s, s + len(city), pretty, "CITY")
    for p in places:
        if p.text in countries or len(p.text) < 3 or nouns.search(p.text):
            continue  # a country, or an event the recognizer took for a place
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
    info.venue, info.city = parse_venue(layout, rules, countries)
    if info.city is None:
        info.city = parse_city(layout, places, countries, rules)
    info.organizers = parse_organizers(layout, rules)
    found = find_attendance(layout.text)
    if found:
        info.attendance, info.attendance_span = found
    return info
