"""Parse stage, event metadata: the event's venue and the city it names. Pure; reads the
layout model.

Strategies, in order: a "Venue:" field, a page's meta line, an address block under an event
page's date line, a place line near the top, the place line right under a date line
("Robertson Hall", "Venue X" without its colon), the place after an event cue ("held at X",
"took place at X", "held at the mission's headquarters"), a sentence naming it ("The venue
was X"), then "at the X Hall in City" anywhere except a person's workplace, and last a
unit's place or a named building in lower case ("at the battalion headquarters", "at the
Europa building").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from pko_extract import patterns as P
from pko_extract.dates import DateHit, date_hits, event_noun_re, is_date_line
from pko_extract.event_asides import find_asides
from pko_extract.event_fields import (
    VenuePlace,
    address_names,
    city_part,
    is_online,
    place_name,
    venue_from_field,
)
from pko_extract.event_heading import in_menu
from pko_extract.event_quoted import clean_span as _span
from pko_extract.models import Layout, Line, Span
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
        lambda: _venue_in_brackets(text, rules),
        lambda: _venue_in_meta_line(text, list(layout.lines)),
        lambda: _venue_address_block(layout),
        lambda: _venue_address_label(layout),
        lambda: _venue_top_place_line(layout),
        lambda: _venue_in_dateline(layout),
        lambda: _venue_own_place_date_line(layout),
        lambda: _venue_under_date_line(layout, rules),
        lambda: _venue_over_city_line(layout, rules),
        lambda: _venue_after_date_on_line(layout),
        lambda: _venue_after_event(layout, rules),
        lambda: _venue_lower_place(layout, rules),
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
        and (
            (
                (P.VENUE_NOUNS.search(m.group("venue")) or P.OWN_PLACE_END.search(m.group("venue")))
                and len(m.group("venue").split()) >= 2
            )
            or _facilities_of(m)
        )
        and not P.PLACE_LIST_JOIN.search(m.group("venue"))
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
        venue = _before_event(venue, rules)
        run_on = P.CITY_RUN_ON.search(venue)
        if run_on:
            venue = venue[: run_on.start("rest")]  # "X Barracks in Athlone for the 40th"
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
    lower = _venue_lower_place(layout, rules, last_resort=True)
    if lower is not None and lower[0] is not None and not asides.covers(lower[0].start):
        return lower
    return None, None


def _facilities_of(m: re.Match[str]) -> bool:
    """The place follows "the facilities of" in Spanish or Portuguese ("en las instalaciones
    del CREX, Town"): a body's premises, the venue even as one word or an acronym."""
    return P.FACILITIES_CUE.search(m.group(), 0, m.start("venue") - m.start()) is not None


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
    """One of ``words`` a few words before "at": "studied at", "launched last year at"; not
    the end of a hyphenated word ("Gender-Based Violence at")."""
    return re.compile(
        r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")\b(?:[ \t]+[\w-]+){0,3}[ \t]*$",
        re.I,
    )


def _affiliation(text: str, m: re.Match[str], rules: Rules) -> bool:
    """ "Col. X, Head of Cooperation at the Y Institute": a person's workplace, not the venue
    (an office word in the clause before "at", and no event verb there)."""
    clause = P.LAST_CLAUSE.search(text, max(0, m.start() - 120), m.start())
    if clause is None or P.EVENT_VERBS.search(clause.group()):
        return False
    words = _position_words(rules.position_words)
    office = [i for i, w in enumerate(clause.group().split()) if w.casefold() in words]
    if not office:
        return False
    # "officers received certificates at the close of the X Course at the Police Academy":
    # an event named after the office word makes the place the event's
    after = " ".join(clause.group().split()[office[-1] + 1 :])
    return not event_noun_re(rules.event_nouns).search(after)


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
        if m is not None and _place_acronym(text, m.group("venue")):
            vs = m.start("venue")  # "held at the JPOTC", a "X Training Centre (JPOTC)"
            return _span(text, vs, m.end("venue"), "VENUE"), None
        if m is None or len(m.group("venue").split()) < 2 and not m.group("more"):
            continue
        if m.group("prep") != "at" and not P.VENUE_NOUNS.search(m.group("venue")):
            continue  # "in the Security Council" is not a place
        name = P.VENUE_TRAILING_MONTH.sub("", P.VENUE_TRAILING_DAY.sub("", m.group("venue")))
        name = _before_event(name, rules)
        run_on = P.CITY_RUN_ON.search(name)
        if run_on:
            name = name[: run_on.start("rest")]  # "X Barracks in Cork for the 50th"
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


def _place_acronym(text: str, venue: str) -> bool:
    """``venue`` is an acronym that the text spells out as a place in brackets after its
    name: "JPOTC" of "Joint Peace Operations Training Centre (JPOTC)" (a venue noun in the
    name)."""
    if not P.ACRONYM.fullmatch(venue):
        return False
    for m in re.finditer(r"\(" + re.escape(venue) + r"\)", text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        name = text[max(line_start, m.start() - 80) : m.start()]
        if P.VENUE_NOUNS.search(name.title() if name.isupper() else name):
            return True
    return False


def _venue_in_brackets(text: str, rules: Rules) -> VenuePlace | None:
    """A venue field in brackets in running text: "(Venue: Harbourview Hotel, Mombasa)" ->
    venue "Harbourview Hotel", city "Mombasa"."""
    m = P.BRACKETED_VENUE.search(text)
    if m is None:
        return None
    value = m.group("value").strip()
    return _split_city(text, m.start("value"), value, last=True, org_words=rules.org_words)


def _before_event(venue: str, rules: Rules) -> str:
    """A venue's name without the event it hosted: "X Training Centre for Exercise Y" -> "X
    Training Centre" (a venue noun before "for", an event noun after it)."""
    m = P.FOR_EVENT.search(venue)
    nouns = event_noun_re(rules.event_nouns)
    if m and P.VENUE_NOUNS.search(venue[: m.start()]) and nouns.search(venue[m.end() :]):
        return venue[: m.start()]
    return venue


#: How many non-blank lines from the top a line of the venue, the town and the date is read.
PLACE_DATE_LINE_REACH = 8


def _venue_in_dateline(layout: Layout) -> VenuePlace | None:
    """A dateline that opens with the venue: "Camp Meridian, Tessalit, 12 May 2016 – ..." ->
    venue "Camp Meridian", city "Tessalit"; or a line of the venue, the town and the date
    alone ("Press Briefing Room, Mission Headquarters, Kinshasa, 18 July 2014"), its date
    perhaps after a weekday ("Suiderhof Base, Windhoek, Wednesday, 29 May 2019"). A line of
    the venue, the town and the date alone may stand lower, under a page's menus and heading
    (:data:`PLACE_DATE_LINE_REACH` lines)."""
    text = layout.text
    for k, line in enumerate([ln for ln in layout.lines if not ln.blank][:PLACE_DATE_LINE_REACH]):
        m = P.VENUE_DATELINE.match(line.text)
        if m is None or not P.VENUE_NOUNS.search(m.group("venue")):
            continue
        weekday = P.WEEKDAY_COMMA.match(line.text, m.end())
        at = weekday.end() if weekday else m.end()
        hit = next(iter(date_hits(line.text[at:])), None)
        after = line.text[at + hit.end :] if hit is not None else ""
        if hit is None or hit.start > 0 or not (P.DATELINE_DASH.match(after) or not after.strip()):
            continue
        if k >= 3 and after.strip():
            continue  # lower down, only a line of the place and the date alone
        s = line.start
        return _span(text, s + m.start("venue"), s + m.end("venue"), "VENUE"), _span(
            text, s + m.start("city"), s + m.end("city"), "CITY"
        )
    return _venue_after_town_line(layout)


def _venue_after_town_line(layout: Layout) -> VenuePlace | None:
    """A line of the town, the venue and the date alone, the town first, near the top:
    "Abuja, Commission Headquarters, Thursday 21 July 2022" -> venue "Commission
    Headquarters", city "Abuja" (a venue noun in the venue, none in the town)."""
    text = layout.text
    for line in [ln for ln in layout.lines if not ln.blank][:PLACE_DATE_LINE_REACH]:
        m = P.CITY_VENUE_DATELINE.match(line.text)
        if m is None or not P.VENUE_NOUNS.search(m.group("venue")):
            continue
        if P.VENUE_NOUNS.search(m.group("city")):
            continue
        weekday = P.WEEKDAY_COMMA.match(line.text, m.end())
        at = weekday.end() if weekday else m.end()
        hit = next(iter(date_hits(line.text[at:])), None)
        if hit is None or hit.start > 0 or line.text[at + hit.end :].strip():
            continue
        s = line.start
        return _span(text, s + m.start("venue"), s + m.end("venue"), "VENUE"), _span(
            text, s + m.start("city"), s + m.end("city"), "CITY"
        )
    return None


def _venue_own_place_date_line(layout: Layout) -> VenuePlace | None:
    """A place and date line near the top whose place is a host's own in lower case: "Sector
    North headquarters, 14 April 2017" -> venue "Sector North headquarters"; the date ends
    the line."""
    for line in [ln for ln in layout.lines if not ln.blank][:4]:
        m = P.OWN_PLACE_DATE_LINE.match(line.text)
        if m is None:
            continue
        rest = line.text[m.end() :].strip()
        hit = next(iter(date_hits(rest)), None)
        if hit is None or hit.start > 0 or rest[hit.end :].strip():
            continue
        s = line.start
        return _span(layout.text, s + m.start("venue"), s + m.end("venue"), "VENUE"), None
    return None


def _venue_after_date_on_line(layout: Layout) -> VenuePlace | None:
    """A line near the top that gives the date, then the place: "Les 23 et 24 novembre 2021,
    Amphithéâtre B, Université X" -> venue "Amphithéâtre B, Université X"; the part after
    the date holds a venue noun and ends no sentence."""
    for line in [ln for ln in layout.lines if not ln.blank][:8]:
        hit = next(iter(date_hits(line.text)), None)
        if hit is None or len(line.text[: hit.start].split()) > 2:
            continue
        rest = line.text[hit.end :]
        sep = re.match(r"[ \t]*(?:,|[-–—])[ \t]*", rest)  # a "|" meta line: _venue_in_meta_line
        if sep is None:
            continue
        body = rest[sep.end() :].rstrip()
        clock = P.LEADING_CLOCK.match(body)  # "29 May 2022, 11:00, Memorial Garden, X"
        skip = clock.end() if clock else 0
        body = body[skip:]
        if not body or body[-1] in ".:;!?" or "|" in body or not P.VENUE_NOUNS.search(body):
            continue
        if date_hits(body) or _is_time_line(body) or len(body.split()) > 12:
            continue
        s = line.start + hit.end + sep.end() + skip
        return _split_city(layout.text, s, body, last=False)
    return None


def _venue_lower_place(
    layout: Layout, rules: Rules, last_resort: bool = False
) -> VenuePlace | None:
    """A host's place written in lower case in a sentence about the event: "hosted at the
    residence of the Ambassador of Ireland on Wednesday", "a wreath-laying at the memorial
    garden of its headquarters", "a célébré la Journée ... au camp de la force", "no auditório
    do Instituto X", "a ceremony at its logistics base", "at the centre's main campus"; with
    ``last_resort`` (no capitalised venue anywhere) also "at the battalion headquarters", "at
    the Europa building"."""
    text, nouns = layout.text, event_noun_re(rules.event_nouns)
    places = [
        *P.LOWER_PLACE_OF.finditer(text),
        *P.LOWER_PLACE_ROMANCE.finditer(text),
        *P.OWN_LOWER_PLACE.finditer(text),
        *P.OWNER_LOWER_PLACE.finditer(text),
        *(P.UNIT_LOWER_PLACE.finditer(text) if last_resort else ()),
        *(P.NAME_LOWER_BUILDING.finditer(text) if last_resort else ()),
    ]
    for m in sorted(places, key=lambda p: p.start()):
        s, e = layout.sentence_at(m.start())
        if not (P.EVENT_VERBS.search(text, s, m.start()) or nouns.search(text, s, m.start())):
            continue
        venue = P.VENUE_TRAILING_MONTH.sub("", P.VENUE_TRAILING_DAY.sub("", m.group("venue")))
        if len(venue.split()) < 2:
            continue  # "at their camp": a place word alone names no venue
        vs = m.start("venue")
        return _span(text, vs, vs + len(venue), "VENUE"), None
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


def _venue_address_label(layout: Layout) -> VenuePlace | None:
    """An "Address:" label alone on its line under the event's date line, over an address
    block: "Tuesday, 24 October 2023, 13:15" / "Address:" / "Conference Room 11" / "United
    Nations Headquarters" / "405 East 42nd Street" -> venue "Conference Room 11, United
    Nations Headquarters" (the name lines before the street; a contact block's address, with
    no date line right over its label, is not the venue)."""
    lines = [ln for ln in layout.lines if not ln.blank]
    for i, line in enumerate(lines):
        if not P.ADDRESS_LABEL.match(line.text):
            continue
        above = lines[max(0, i - 2) : i]
        if not any(
            (h := next(iter(date_hits(ln.text)), None)) and is_date_line(ln.text, h) for ln in above
        ):
            continue
        block = address_names(lines, i + 1)
        if block:
            names = ", ".join(ln.text.strip() for ln in block)
            return Span(block[0].start, block[-1].end, names, "VENUE"), None
    return None


def _venue_top_place_line(layout: Layout) -> VenuePlace | None:
    """A place line near the top: "X Conference Hall, Freetown" (a venue noun closes the
    name, or a hotel's opens it: "Hotel Serena, Kampala"; a city follows, perhaps a date)."""
    text = layout.text
    lines = [ln for ln in layout.lines if not ln.blank][:10]
    for k, line in enumerate(lines):
        m = P.TOP_PLACE_LINE.match(line.text)
        if m and k == 1 and _letterhead(lines[0].text):
            continue  # "X STAFF COLLEGE" / "Y Cantonment, Dhaka": the host's address
        words = m.group("venue").split() if m else []
        if m and P.VENUE_NOUNS.search(m.group("city")):
            continue  # "Multipurpose Hall, Mission Headquarters": two parts of one venue
        if m and (P.VENUE_NOUNS.fullmatch(words[-1]) or P.HOTEL_FIRST.fullmatch(words[0])):
            s = line.start
            return _span(text, s + m.start("venue"), s + m.end("venue"), "VENUE"), _span(
                text, s + m.start("city"), s + m.end("city"), "CITY"
            )
    return None


def _letterhead(first: str) -> bool:
    """The page's first line is a body's name in capitals: "DEFENCE SERVICES COMMAND AND STAFF
    COLLEGE" (a place line under it is the body's address)."""
    name = first.strip()
    return name.isupper() and len(name.split()) >= 2 and bool(P.VENUE_NOUNS.search(name.title()))


def _venue_under_date_line(layout: Layout, rules: Rules) -> VenuePlace | None:
    """The place line under an event page's date line: "Jan 30, 2024, 4:30 pm" / "Robertson
    Hall"; "March 24, 2008" / "UN House (Aurora Borealis Hall), Tokyo, Japan" -> venue "UN
    House (Aurora Borealis Hall)", city "Tokyo"; "at X Hall" drops its "at"; "Venue X, 12
    Y Street, City" (a label without its colon) reads like a "Venue:" line. The line is
    short, capitalised like a name and holds a venue noun (not a headline under its date);
    it may follow the event's title line. A site's menu lines over the first date do not
    count."""
    lines = _past_menu([ln for ln in layout.lines if not ln.blank], layout)[:15]
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
        short = P.STREET_TAIL.sub("", body)  # measured without ", Rue des Vignes 14, Geneva"
        if not short or len(short.split()) > 10 or body[-1] in ".:;!?" or date_hits(body):
            continue
        if any(w[:1].islower() and not P.TITLE_SMALL_WORD.fullmatch(w) for w in short.split()):
            continue
        if not P.VENUE_NOUNS.search(body) and not (
            place is near[0] and _named_place_line(short, rules)
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
        label = first.split()[0]
        if (
            label.casefold() in rules.field_keys("venue")
            and rest[:1].isupper()
            and not P.VENUE_NOUNS.fullmatch(label)  # "Room G.01, X Building": the room's name
        ):
            return _split_city(
                layout.text, s + len(body) - len(rest), rest, last=True, org_words=rules.org_words
            )
        lead = P.AT_IN_START.match(body)
        if lead:
            s, body = s + lead.end(), body[lead.end() :]
        named = not P.VENUE_NOUNS.search(body)  # "X Memorial, Y Gardens, Town": the town last
        return _split_city(layout.text, s, body, last=named, org_words=rules.org_words)
    return None


def _venue_over_city_line(layout: Layout, rules: Rules) -> VenuePlace | None:
    """A cover's place lines over its date line: "Regional Service Centre" / "Entebbe,
    Uganda" / "7 – 9 November 2017" -> venue "Regional Service Centre", city "Entebbe" (the
    line over the date a city and its country, the one over it short, capitalised like a name
    and holding a venue noun)."""
    lines = [ln for ln in layout.lines if not ln.blank][:20]
    for i in range(2, len(lines)):
        line = lines[i]
        hit = next(iter(date_hits(line.text)), None)
        if hit is None or not is_date_line(line.text, hit):
            continue
        city_line, place = lines[i - 1].text.strip(), lines[i - 2].text.strip()
        parts = [p.strip() for p in city_line.split(",")]
        if len(parts) != 2 or not all(place_name(p) for p in parts):
            continue
        words = place.split()
        if not 0 < len(words) <= 8 or place[-1] in ".:;!?" or date_hits(place):
            continue
        if not P.VENUE_NOUNS.search(place) or _title_line(place, rules):
            continue
        if any(w[:1].islower() and not P.TITLE_SMALL_WORD.fullmatch(w) for w in words):
            continue
        s = lines[i - 2].start + lines[i - 2].text.find(place)
        cs = lines[i - 1].start + lines[i - 1].text.find(parts[0])
        return _span(layout.text, s, s + len(place), "VENUE"), _span(
            layout.text, cs, cs + len(parts[0]), "CITY"
        )
    return None


def _named_place_line(body: str, rules: Rules) -> bool:
    """A place line with no venue noun, right under the event's date line: a name and the
    part of town after a comma ("RUSI and Cenotaph, Whitehall", "The Peacekeepers Memorial,
    Riverside Gardens, Dunmore"); not a city and its country ("Accra, Ghana"), a byline, a
    person's name and office ("Dr. X, Director"), an event's name."""
    parts = [p.strip() for p in body.split(",")]
    if len(parts) < 2 or not all(parts) or len(body.split()) > 8:
        return False
    if len(parts) == 2 and all(place_name(p) for p in parts):
        return False  # "Accra, Ghana": the city
    if P.BYLINE_START.match(body) or event_noun_re(rules.event_nouns).search(body):
        return False
    words = {w.strip(".,()").casefold() for w in body.split()}
    honorifics = {h.text.casefold().rstrip(".") for h in rules.honorifics}
    offices = {w.casefold() for w in rules.position_words if " " not in w}
    return not (words & offices or body.split()[0].casefold().rstrip(".") in honorifics)


def _past_menu(lines: list[Line], layout: Layout) -> list[Line]:
    """``lines`` without the menu lines over the first date in them ("Home" / "About" /
    "Research" / ... / "Thursday, 21 November 2019" / "Hall B, X Centre")."""
    first = next((k for k, ln in enumerate(lines) if date_hits(ln.text)), len(lines))
    return [ln for ln in lines[:first] if not in_menu(layout, ln)] + lines[first:]


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
    Peace, Oslo"; "Marlowe Auditorium, Institute for X"; a site's hill or green, "Memorial
    Garden, Castle Hill"), and so does a body's name opening
    with an ``org_words`` word before the city ("Room 2, Ministry of Defence, Oslo")."""
    if last:
        head, _, city = value.rpartition(",")
        parts = [head, city] if head else [value]
    else:
        parts = P.COMMA_OUTSIDE_PARENS.split(value)
        while len(parts) > 1 and (
            P.VENUE_NOUNS.search(parts[1])
            or P.SITE_PART.search(parts[1])  # "Memorial Garden, Castle Hill"
            or (len(parts) > 2 and _body_part(parts[1], org_words))
        ):
            parts = [value[: value.index(parts[1], len(parts[0])) + len(parts[1])], *parts[2:]]
    venue = _span(text, s, s + len(parts[0]), "VENUE")
    city = parts[1].strip() if len(parts) > 1 else ""
    if city and city_part(city, org_words):
        cs = s + value.find(city, len(parts[0]))
        return venue, _span(text, cs, cs + len(city), "CITY")
    return _span(text, s, s + len(value), "VENUE") if last else venue, None


def _body_part(part: str, org_words: tuple[str, ...]) -> bool:
    """A place's part naming the body that houses it, before the city: "Ministry of Foreign
    Affairs" of "Conference Room 2, Ministry of Foreign Affairs, Oslo"."""
    words = part.split()
    return 0 < len(words) <= 6 and words[0] in org_words


def _is_time_line(line: str) -> bool:
    """A line of clock times ("9:00 am - 2:00 pm EST")."""
    return sum(map(str.isalpha, P.WEEKDAY_OR_TIME.sub(" ", line))) <= 3 and bool(
        re.search(r"\d", line)
    )


#: How many non-blank lines from the top a page's meta line is read: under a site's bars,
#: breadcrumb and headline ("Tuesday 20 February 2024 · Conference Room 4, X, New York").
META_LINE_REACH = 8


def _venue_in_meta_line(text: str, lines: list[Line]) -> tuple[Span, Span | None] | None:
    """A page's meta line near the top: "Workshop report · 1 May 2012 · Aurora Hall, Centre
    for X, Copenhagen" -> venue "Aurora Hall, Centre for X", city "Copenhagen"; "Hotel X,
    Yaoundé | 14 November 2019" -> "Hotel X", "Yaoundé"."""
    for line in [ln for ln in lines if not ln.blank][:META_LINE_REACH]:
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
