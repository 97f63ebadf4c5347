"""Parse stage, event metadata: title, date, venue, city, organizers, attendance.

Pure; reads the layout model. Every value is returned with its character offsets (a
:class:`~pko_extract.models.Span`). The date is read by :mod:`pko_extract.dates`, the
title by :mod:`pko_extract.event_title`; event nouns, headline verbs and field labels are rule
data (``data/event_nouns.txt``, ``data/headline_verbs.txt``, ``data/field_labels.jsonl``).

Venue strategies, in order: a "Venue:" field, a page's meta line, an address block under an
event page's date line, a place line near the top, the place line right under a date line
("Robertson Hall", "Venue X" without its colon), the place after an event cue ("held at X",
"took place at X", "held at the mission's headquarters"), a sentence naming it ("The
venue was X"), then "at the X Hall in City" anywhere except a person's workplace.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from pko_extract import patterns as P
from pko_extract.dates import (
    DateHit,
    date_hits,
    event_noun_re,
    is_date_line,
    parse_date_precision,
)
from pko_extract.event_asides import find_asides
from pko_extract.event_fields import (
    VenuePlace,
    city_part,
    is_online,
    place_name,
    venue_from_field,
)
from pko_extract.event_quoted import clean_span as _span
from pko_extract.event_title import parse_title
from pko_extract.models import EventInfo, Layout, Line, Span
from pko_extract.resources import Rules, default_rules


def parse_venue(
    layout: Layout, rules: Rules | None = None, countries: frozenset[str] = frozenset()
) -> VenuePlace:
    """(venue, city): a field line, a page's meta line, then "at the X Hall in City"; never
    from an aside ("Upcoming events", a footer: ``event_asides``). An event held online
    ("Venue: Online (Zoom)", ``data/online_venues.txt``) has none, nor one whose field names
    only a city ("Venue: Kigali, Rwanda", ``countries`` of the gazetteer)."""
    rules = rules or default_rules()
    text = layout.text
    asides = find_asides(layout, rules.aside_labels)
    field = venue_from_field(layout, rules, countries)
    if field is not None and (field[0] is None or not asides.covers(field[0].start)):
        return (None, None) if is_online(field[0], rules.online_venues) else field
    strategies: tuple[Callable[[], VenuePlace | None], ...] = (
        lambda: _venue_in_meta_line(text, list(layout.lines)),
        lambda: _venue_address_block(layout),
        lambda: _venue_top_place_line(layout),
        lambda: _venue_under_date_line(layout, rules),
        lambda: _venue_after_event(layout, rules),
        lambda: _venue_named(text),
    )
    for strategy in strategies:
        found = strategy()
        if found is None or found[0] is None:
            continue
        place = found[0]
        if not _lone_noun(place) and not asides.covers(place.start):
            return (None, None) if is_online(place, rules.online_venues) else found
    candidates = [
        m
        for m in P.VENUE.finditer(text)
        if not asides.covers(m.start())
        and (P.VENUE_NOUNS.search(m.group("venue")) or P.OWN_PLACE_END.search(m.group("venue")))
        and len(m.group("venue").split()) >= 2
        and not _affiliation(text, m, rules)
        and not P.NAV_LINE.search(layout.line_at(m.start()).text)
        and _not_a_workplace(layout, m.start(), rules)
        and not P.VENUE_NOUNS.fullmatch(m.group("venue").strip())
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
        more = P.VENUE_MORE.match(text, vs + len(venue))
        if more and not m.group("city") and P.VENUE_NOUNS.search(more.group("more")):
            return _span(text, vs, more.end(), "VENUE"), city  # ", Ministry Annex"
        return _span(text, vs, vs + len(venue), "VENUE"), city
    return None, None


def _lone_noun(venue: Span) -> bool:
    """A venue noun alone names no place: "Held at Headquarters, New York"."""
    return P.VENUE_NOUNS.fullmatch(venue.text.strip()) is not None


def _not_a_workplace(layout: Layout, pos: int, rules: Rules) -> bool:
    """The place at ``pos`` is not where someone studies, works or launched something ("who
    studied at the X University", "a report launched last year at the Y Centre",
    ``data/not_venue_verbs.txt``: a few words before "at")."""
    s, _ = layout.sentence_at(pos)
    return not _not_venue_verb(rules.not_venue_verbs).search(layout.text, max(s, pos - 40), pos)


@lru_cache(maxsize=4)
def _not_venue_verb(words: tuple[str, ...]) -> re.Pattern[str]:
    """One of ``words`` a few words before "at": "studied at", "launched last year at"."""
    return re.compile(
        r"\b(?:" + "|".join(map(re.escape, words)) + r")\b(?:[ \t]+[\w-]+){0,3}[ \t]*$", re.I
    )


def _affiliation(text: str, m: re.Match[str], rules: Rules) -> bool:
    """ "Col. X, Head of Cooperation at the Y Institute": a person's workplace, not the venue
    (an office word in the clause before "at", and no event verb there)."""
    clause = P.LAST_CLAUSE.search(text, max(0, m.start() - 120), m.start())
    if clause is None or P.EVENT_VERBS.search(clause.group()):
        return False
    words = _position_words(rules.position_words)
    return any(w.casefold() in words for w in clause.group().split())


@lru_cache(maxsize=4)
def _position_words(words: tuple[str, ...]) -> frozenset[str]:
    """One-word positions, folded: "a lecturer at X" is as much a workplace as "Lecturer"."""
    return frozenset(w.casefold() for w in words if " " not in w)


def _venue_after_event(layout: Layout, rules: Rules) -> VenuePlace | None:
    """The place right after a word saying the event happened ("held at X", "took place at
    X", "a conference at X, Y University in City"); a second part with a venue noun joins
    the first, a short last part is the city."""
    text, nouns = layout.text, event_noun_re(rules.event_nouns)
    cues = sorted([*P.EVENT_VERBS.finditer(text), *nouns.finditer(text)], key=lambda m: m.end())
    for cue in cues:
        m = P.AT_VENUE.match(text, cue.end())
        if m is None or len(m.group("venue").split()) < 2 and not m.group("more"):
            continue
        if m.group("prep") != "at" and not P.VENUE_NOUNS.search(m.group("venue")):
            continue  # "in the Security Council" is not a place
        name = P.VENUE_TRAILING_MONTH.sub("", P.VENUE_TRAILING_DAY.sub("", m.group("venue")))
        body = P.BODY_LAST_WORD.search(P.VENUE_CITY_TAIL.sub("", name))
        if body and not P.VENUE_NOUNS.search(m.group()):
            continue  # "took place at the African Union": a body, not a place
        inner = P.VENUE_CITY_TAIL.search(name)
        if inner and not P.VENUE_NOUNS.search(inner.group("city")):
            vs = m.start("venue")
            return _span(text, vs, vs + inner.start(), "VENUE"), _span(
                text, vs + inner.start("city"), vs + inner.end("city"), "CITY"
            )
        end = m.start("venue") + len(name)
        if end == m.end("venue") and m.group("more") and P.VENUE_NOUNS.search(m.group("more")):
            end = m.end("more")
        more = m.group("more")
        if more and m.group("city") and end == m.end("venue") and place_name(more):
            cs = m.start("more")  # "at the Lakeside Hotel, Kigali, Rwanda": city, country
            return _span(text, m.start("venue"), end, "VENUE"), _span(
                text, cs, cs + len(more), "CITY"
            )
        city = m.group("city") or (more if end == m.end("venue") else None)
        city_span = None
        if city and len(city.split()) <= 2 and not P.VENUE_NOUNS.search(city):
            cs = m.start("city") if m.group("city") else m.start("more")
            city_span = _span(text, cs, cs + len(city), "CITY")
        return _span(text, m.start("venue"), end, "VENUE"), city_span
    return None


def _venue_named(text: str) -> VenuePlace | None:
    """A sentence naming the venue: "The venue was the Lakeside Hotel in Kigali"."""
    m = P.VENUE_WAS.search(text)
    if m is None:
        return None
    vs, city = m.start("venue"), None
    inner = P.VENUE_CITY_TAIL.search(m.group("venue"))
    if inner and not P.VENUE_NOUNS.search(inner.group("city")):  # "X Hotel in Kigali"
        ve = vs + inner.start()
        city = _span(text, vs + inner.start("city"), vs + inner.end("city"), "CITY")
    else:
        ve = m.end("venue")
        if m.group("city"):
            city = _span(text, m.start("city"), m.end("city"), "CITY")
    return _span(text, vs, ve, "VENUE"), city


def _venue_address_block(layout: Layout) -> VenuePlace | None:
    """An address block under the date line of an event page: "The X Institution" /
    "Stein Room" / "1775 Y Avenue" / "Washington, DC" -> venue "The X Institution, Stein
    Room", city "Washington"."""
    text, lines = layout.text, [ln for ln in layout.lines if not ln.blank][:15]
    for i, line in enumerate(lines):
        hit = next(iter(date_hits(line.text)), None)
        if hit is None or not is_date_line(line.text, hit):
            continue
        rest = [ln for ln in lines[i + 1 :] if not _is_time_line(ln.text)][:5]
        street = next((k for k, ln in enumerate(rest) if P.STREET_LINE.match(ln.text)), None)
        if not street or street > 3 or any(len(ln.text) > 70 for ln in rest[:street]):
            return None
        names = [ln.text.strip() for ln in rest[:street]]
        venue = Span(rest[0].start, rest[street - 1].end, ", ".join(names), "VENUE")
        after = rest[street + 1 : street + 2]
        m = P.CITY_LINE.match(after[0].text) if after else None
        city = (
            _span(text, after[0].start + m.start("city"), after[0].start + m.end("city"), "CITY")
            if m
            else None
        )
        return venue, city
    return None


def _venue_top_place_line(layout: Layout) -> VenuePlace | None:
    """A place line near the top: "X Conference Hall, Freetown" (a venue noun closes the
    name, or a hotel's opens it: "Hotel Serena, Kampala"; a city follows, perhaps a date)."""
    text = layout.text
    for line in [ln for ln in layout.lines if not ln.blank][:10]:
        m = P.TOP_PLACE_LINE.match(line.text)
        words = m.group("venue").split() if m else []
        if m and (P.VENUE_NOUNS.fullmatch(words[-1]) or P.HOTEL_FIRST.fullmatch(words[0])):
            s = line.start
            return _span(text, s + m.start("venue"), s + m.end("venue"), "VENUE"), _span(
                text, s + m.start("city"), s + m.end("city"), "CITY"
            )
    return None


def _venue_under_date_line(layout: Layout, rules: Rules) -> VenuePlace | None:
    """The place line under an event page's date line: "Jan 30, 2024, 4:30 pm" / "Robertson
    Hall"; "March 24, 2008" / "UN House (Elizabeth Rose Hall), Tokyo, Japan" -> venue "UN
    House (Elizabeth Rose Hall)", city "Tokyo"; "at X Hall" drops its "at"; "Venue X, 12
    Y Street, City" (a label without its colon) reads like a "Venue:" line. The line is
    short, capitalised like a name and holds a venue noun (not a headline under its date);
    it may follow the event's title line."""
    lines = [ln for ln in layout.lines if not ln.blank][:15]
    for i, line in enumerate(lines[:-1]):
        hit = next(iter(date_hits(line.text)), None)
        if hit is None or not (is_date_line(line.text, hit) or _closes_with_date(line.text, hit)):
            continue
        near = [ln for ln in lines[i + 1 : i + 4] if not _is_time_line(ln.text)][:2]
        place = near[0] if near else None
        if len(near) == 2 and _title_line(near[0].text, rules):
            place = near[1]  # "12 June 2019" / "Seminar on X" / "Cedar Hall, Oslo"
        body = place.text.strip() if place else ""
        body = P.HYBRID_SUFFIX.sub("", P.HYBRID_PREFIX.sub("", body))  # "Online and at X"
        if not body or len(body.split()) > 10 or body[-1] in ".:;!?" or date_hits(body):
            continue
        if not P.VENUE_NOUNS.search(body) or any(
            w[:1].islower() and not P.TITLE_SMALL_WORD.fullmatch(w) for w in body.split()
        ):
            continue
        if event_noun_re(rules.headline_verbs).search(body):
            continue  # a headline under its date line ("X Centre Hosts Regional Course")
        assert place is not None
        s = place.start + place.text.find(body)
        first, _, rest = body.partition(" ")
        dash = P.LABEL_DASH.match(rest)
        if dash:  # "Venue - Cedar Hall, Oslo"
            first, rest = body[: len(first) + 1 + dash.end()].rstrip(), rest[dash.end() :]
        if first.split()[0].casefold() in rules.field_keys("venue") and rest[:1].isupper():
            return _split_city(
                layout.text, s + len(body) - len(rest), rest, last=True, org_words=rules.org_words
            )
        lead = P.AT_IN_START.match(body)
        if lead:
            s, body = s + lead.end(), body[lead.end() :]
        return _split_city(layout.text, s, body, last=False, org_words=rules.org_words)
    return None


def _closes_with_date(line: str, hit: DateHit) -> bool:
    """A title line that closes with its date after a dash: "Launch of X – 12 May 2016"."""
    tail = P.TITLE_DATE_TAIL.search(line)
    return tail is not None and tail.start() <= hit.start and hit.end == len(line.rstrip())


def _title_line(line: str, rules: Rules) -> bool:
    """An event's title line ("Seminar on Early Warning"): an event noun, no venue noun."""
    return bool(event_noun_re(rules.event_nouns).search(line)) and not P.VENUE_NOUNS.search(line)


def _split_city(
    text: str, s: int, value: str, last: bool, org_words: tuple[str, ...] = ()
) -> VenuePlace:
    """A place ``value`` at offset ``s`` -> (venue, city): the part after the last comma
    (``last``, as in a "Venue:" line) or after the first comma outside parentheses is the
    city when it is short and no venue or body itself (``org_words``; "Cedar Hall, Oslo, Norway"
    -> "Oslo"); a further part with a venue noun joins the venue ("Cedar Hall, Institute of
    Peace, Oslo"; "Marlowe Auditorium, Institute for X")."""
    if last:
        head, _, city = value.rpartition(",")
        parts = [head, city] if head else [value]
    else:
        parts = P.COMMA_OUTSIDE_PARENS.split(value)
        while len(parts) > 1 and P.VENUE_NOUNS.search(parts[1]):
            parts = [value[: value.index(parts[1], len(parts[0])) + len(parts[1])], *parts[2:]]
    venue = _span(text, s, s + len(parts[0]), "VENUE")
    city = parts[1].strip() if len(parts) > 1 else ""
    if city and city_part(city, org_words):
        cs = s + value.find(city, len(parts[0]))
        return venue, _span(text, cs, cs + len(city), "CITY")
    return _span(text, s, s + len(value), "VENUE") if last else venue, None


def _is_time_line(line: str) -> bool:
    """A line of clock times ("9:00 am - 2:00 pm EST")."""
    return sum(map(str.isalpha, P.WEEKDAY_OR_TIME.sub(" ", line))) <= 3 and bool(
        re.search(r"\d", line)
    )


def _venue_in_meta_line(text: str, lines: list[Line]) -> tuple[Span, Span | None] | None:
    """A page's meta line near the top: "Workshop report · 1 May 2012 · Aurora Hall, Centre
    for X, Copenhagen" -> venue "Aurora Hall, Centre for X", city "Copenhagen"; "Hotel X,
    Yaoundé | 14 November 2019" -> "Hotel X", "Yaoundé"."""
    for line in [ln for ln in lines if not ln.blank][:4]:
        parts = re.split(r"\s+[·|•]\s+", line.text)
        if len(parts) < 2 or len(parts) == 2 and not date_hits(parts[0]) and not _dated(parts[1]):
            continue  # a navigation bar, not a meta line ("3 May 2019, 10:00 | Room 4, X")
        if not date_hits(line.text):
            continue
        for part in parts:
            if P.PLACE_NOUNS.search(part) and not date_hits(part):
                s = line.start + line.text.find(part)
                head, _, last = part.rpartition(",")
                if head and len(last.split()) <= 3 and not P.VENUE_NOUNS.search(last):
                    cs = s + len(head) + 1 + (len(last) - len(last.lstrip()))
                    return _span(text, s, s + len(head), "VENUE"), _span(
                        text, cs, cs + len(last.strip()), "CITY"
                    )
                return _span(text, s, s + len(part), "VENUE"), None
    return None


def _dated(part: str) -> bool:
    """A part that is only a date ("14 November 2019")."""
    hit = next(iter(date_hits(part)), None)
    return hit is not None and is_date_line(part, hit)


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
