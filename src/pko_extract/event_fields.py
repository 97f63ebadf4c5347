"""Parse stage, event metadata: the venue and the title as a report's field lines state
them. Pure; reads the layout model.

A "Venue:" line, "Location:" alone over its value (with or without its colon; over an
address block, its name lines), a table row "Venue<TAB>X" or "| Venue | X |", "Venue: X"
after another field on its line ("Date: 3 May | Venue: X"); leading date and time parts
are dropped ("Time and place: 9 May 2017, Room 3, X"); a short last part after a comma is
the city (not a body: "Ministry of Defence"), "Venue: Kigali, Rwanda" a city and its country
only. A venue that says the event was held online ("Online (Zoom)",
``data/online_venues.txt``) names no place. :mod:`pko_extract.event` tries the fields before
its other venue strategies. The title's field: "Theme:", "Title:", a table row, a label
alone over its value.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pko_extract import patterns as P
from pko_extract.dates import date_hits, event_noun_re, is_date_line
from pko_extract.event_quoted import clean_span
from pko_extract.models import Layout, Line, Span
from pko_extract.resources import Rules

#: A venue and its city, either of them unknown.
VenuePlace = tuple[Span | None, Span | None]


def venue_from_field(layout: Layout, rules: Rules, countries: frozenset[str]) -> VenuePlace | None:
    """A "Venue:" line (or "Location:" alone over its value, with or without its colon; or
    "Venue: X" after another field on its line, "Date: 3 May | Venue: X"); a short last part
    after a comma is the city; "Venue: Kigali, Rwanda" names a city and its country only."""
    text, keys = layout.text, set(rules.field_keys("venue"))
    for i, line in enumerate(layout.lines):
        start, end = line.content_start, line.end
        if not set(line.label_keys) & keys:
            inline = _inline_field(line, keys) or table_cell_field(line, keys)
            if inline is None and line.text.strip().rstrip(":").strip().casefold() not in keys:
                continue
            start, end = inline if inline is not None else (line.end, line.end)
        if not text[start:end].strip():
            under = _value_under(layout.lines, i)
            if under is None:
                continue
            start, end = under.start, under.end
            block = address_names(layout.lines, i + 1)
            if block:  # "Location" / "Larch Room" / "Holloway Institute" / "41 Baker Row"
                names = [ln.text.strip() for ln in block]
                return Span(block[0].start, block[-1].end, ", ".join(names), "VENUE"), None
        start = _past_date_parts(text, start, end)
        value = text[start:end].strip()
        if not value:
            continue
        s = text.find(value, start)
        street = _street_part(value)
        if street is not None:  # "Hollis Auditorium, Centre for X, 220 Market Street, Brookfield"
            last = value.rfind(",")
            city = value[last + 1 :].strip() if last > street else ""
            cs = s + value.rfind(city) if city and place_name(city) else -1
            return clean_span(text, s, s + street, "VENUE"), (
                clean_span(text, cs, cs + len(city), "CITY") if cs >= 0 else None
            )
        parts = [p.strip() for p in value.split(",")]
        if len(parts) == 2 and place_name(parts[0]) and parts[1] in countries:
            return None, clean_span(text, s, s + len(parts[0]), "CITY")
        one_name = len(parts) == 1 and place_name(value) and len(value.split()) <= 2
        if one_name and not _online_re(rules.online_venues).match(value):
            return None, clean_span(text, s, s + len(value), "CITY")  # "Location: Kigali"
        country = _city_before_country(value)
        if country is not None:  # "Lakeside Hotel, Kigali, Rwanda"
            head, city = country
            cs = s + len(head) + value[len(head) :].find(city)
            return clean_span(text, s, s + len(head), "VENUE"), clean_span(
                text, cs, cs + len(city), "CITY"
            )
        parts = value.rsplit(",", 1)
        if len(parts) == 2 and city_part(parts[1], rules.org_words):
            city_s = s + value.rfind(parts[1].strip())
            return clean_span(text, s, s + len(parts[0]), "VENUE"), clean_span(
                text, city_s, city_s + len(parts[1].strip()), "CITY"
            )
        return clean_span(text, s, s + len(value), "VENUE"), None
    cell = column_cell(layout, keys)  # "| Date | Activity | Venue |" over its row
    return (clean_span(text, *cell, "VENUE"), None) if cell is not None else None


def column_cell(layout: Layout, keys: set[str]) -> tuple[int, int] | None:
    """The cell under a table's column header that is one of ``keys``, in the first row of
    the table: "| Date | Activity | Venue |" / "|---|---|---|" / "| 12 March | Course on X |
    Y Centre |" -> the offsets of "Y Centre" for the venue keys."""
    lines = layout.lines
    for i, line in enumerate(lines):
        if "|" not in line.text and "\t" not in line.text:
            continue
        head = [c.group().strip().rstrip(":").casefold() for c in P.TABLE_CELL.finditer(line.text)]
        col = next((j for j, c in enumerate(head) if c in keys), None)
        if col is None or len(head) < 3:
            continue
        for row in lines[i + 1 : i + 3]:
            cells = list(P.TABLE_CELL.finditer(row.text))
            if all(set(c.group()) <= set("-: ") for c in cells):
                continue  # "|---|---|---|"
            if len(cells) == len(head):
                return row.start + cells[col].start(), row.start + cells[col].end()
            break
    return None


def _street_part(value: str) -> int | None:
    """Where the street address of a place begins, at its comma ("X Hall, 220 Market
    Street, Y" -> the offset of ", 220"); None without one after the first part."""
    pos = value.find(",")
    while pos >= 0:
        nxt = value.find(",", pos + 1)
        if P.STREET_PART.fullmatch(value[pos + 1 : nxt if nxt >= 0 else len(value)]):
            return pos
        pos = nxt
    return None


def _past_date_parts(text: str, start: int, end: int) -> int:
    """Where a field's place begins past its leading date and time parts: "Time and place:
    9-11 May 2017, Room S-301, X Building" -> the offset of "Room S-301"; a field without
    them is left whole."""
    pos = start
    while True:
        comma = text.find(",", pos, end)
        part = text[pos : comma if comma >= 0 else end]
        hit = next(iter(date_hits(part)), None)
        dated = hit is not None and is_date_line(part, hit) or P.CLOCK_PART.fullmatch(part)
        if not dated:
            return pos
        if comma < 0:
            return end
        pos = comma + 1


def _inline_field(line: Line, keys: set[str]) -> tuple[int, int] | None:
    """The value of a venue label after another field on ``line``: "Date: 3 May 2019 |
    Venue: Cedar Hall, Oslo" -> the offsets of "Cedar Hall, Oslo" (up to the next "|")."""
    m = P.INLINE_FIELD.search(line.text)
    while m is not None and m.group("key").casefold() not in keys:
        m = P.INLINE_FIELD.search(line.text, m.end("key"))
    if m is None:
        return None
    return line.start + m.start("value"), line.start + m.end("value")


def table_cell_field(line: Line, keys: set[str]) -> tuple[int, int] | None:
    """The value of a table row whose first cell is one of ``keys``: "Venue<TAB>Kigali
    Serena Hotel", "| Venue | Kigali Serena Hotel |" -> the offsets of "Kigali Serena
    Hotel" (the second cell)."""
    first = _first_cell(line)
    return first[1] if first is not None and first[0] in keys else None


def _first_cell(line: Line) -> tuple[str, tuple[int, int]] | None:
    """The folded first cell of a table row and the offsets of its second; None for a line
    of fewer than two cells."""
    cells = list(P.TABLE_CELL.finditer(line.text))
    if len(cells) < 2:
        return None
    value = cells[1]
    key = cells[0].group().strip().rstrip(":").casefold()
    return key, (line.start + value.start(), line.start + value.end())


def _city_before_country(value: str) -> tuple[str, str] | None:
    """ "Lakeside Hotel, Kigali, Rwanda" -> ("Lakeside Hotel", "Kigali"): the last part with
    a venue noun, then two short names (a city, then its country); None for other shapes."""
    parts = [p.strip() for p in value.split(",")]
    if len(parts) < 3 or not all(place_name(p) for p in parts[-2:]):
        return None
    if not P.VENUE_NOUNS.search(parts[-3]):
        return None
    return ", ".join(parts[:-2]), parts[-2]


def city_part(part: str, org_words: tuple[str, ...]) -> bool:
    """The last part of a place that can be its city: at most three words, no venue noun,
    no digit and no word of a body ("Kampala"; not "Ministry of Defence", "Institute for X",
    "12 Lime Street")."""
    words = part.split()
    return (
        0 < len(words) <= 3
        and not P.VENUE_NOUNS.search(part)
        and not any(ch.isdigit() for ch in part)
        and not any(w.strip(".,()") in _org_set(org_words) for w in words)
    )


@lru_cache(maxsize=4)
def _org_set(words: tuple[str, ...]) -> frozenset[str]:
    """The one-word entries of ``data/org_words.txt``."""
    return frozenset(w for w in words if " " not in w)


def place_name(part: str) -> bool:
    """A short capitalised name without digits or a venue noun ("Kigali", "Addis Ababa")."""
    words = part.split()
    return (
        0 < len(words) <= 3
        and all(w[:1].isupper() and w.isalpha() for w in words)
        and not P.VENUE_NOUNS.search(part)
    )


def address_names(lines: tuple[Line, ...] | list[Line], i: int) -> list[Line]:
    """The name lines of an address block from line ``i`` down to its street line ("Larch
    Room" / "Holloway Institute" / "41 Baker Row"): two or three short lines; none when no
    street line follows within four lines."""
    block: list[Line] = []
    for line in lines[i : i + 4]:
        if line.blank or line.label_keys or len(line.text.strip()) > 70:
            return []
        if P.STREET_LINE.match(line.text):
            return block if len(block) >= 2 else []
        block.append(line)
    return []


def _value_under(lines: tuple[Line, ...] | list[Line], i: int) -> Line | None:
    """The value of a label standing alone on line ``i`` ("Location:" / "Cedar Hall, Oslo"):
    the next line, when it is not blank and not a label itself."""
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    return nxt if nxt is not None and not nxt.blank and not nxt.label_keys else None


def is_online(venue: Span | None, words: tuple[str, ...]) -> bool:
    """The venue says the event was held online: "Online (Zoom)", "Microsoft Teams"."""
    return venue is not None and _online_re(words).match(venue.text) is not None


@lru_cache(maxsize=4)
def _online_re(words: tuple[str, ...]) -> re.Pattern[str]:
    """The words of ``data/online_venues.txt`` at the start of a value, whole, any case."""
    return re.compile(r"(?:the\s+)?(?:" + "|".join(map(re.escape, words)) + r")\b", re.I)


def title_from_field(layout: Layout, rules: Rules) -> Span | None:
    """A "Theme:", "Title:", "Event:" or "Topic:" line, a table row whose first cell is
    one of them ("Event<TAB>X") or the line under one standing alone ("Event title" / "X");
    a quoted title inside it wins."""
    text = layout.text
    # each line's first cell and bare text, read once (not once per label)
    firsts = [None if ln.label_keys else _first_cell(ln) for ln in layout.lines]
    bare = [ln.text.strip().rstrip(":").strip().casefold() for ln in layout.lines]
    for label in rules.field_keys("title"):
        for i, line in enumerate(layout.lines):
            first = firsts[i]
            cell = first[1] if first is not None and first[0] == label else None
            if cell is None and not line.label_keys:
                cell = _value_under_label(layout.lines, i, label, bare[i])
            if label not in line.label_keys and cell is None:
                continue
            start, end = cell or (line.content_start, line.end)
            value = text[start:end].strip()
            q = P.QUOTED.search(value)
            if q:
                s = start + text[start:end].find(q.group("q"))
                return clean_span(text, s, s + len(q.group("q")), "TITLE")
            if value and label == "title" and _sentence_value(value, rules):
                continue  # a feed's "Title: Peacekeepers learn to work with X": the item's
            if value:
                s = text.find(value, start)
                return clean_span(text, s, s + len(value), "TITLE")
    cell = column_cell(layout, set(rules.field_keys("title")) | _TITLE_COLUMNS)
    return clean_span(text, *cell, "TITLE") if cell is not None else None


#: Column headers of a table of events whose cells are the events' titles.
_TITLE_COLUMNS = frozenset({"activity", "event", "course", "title"})


def _sentence_value(value: str, rules: Rules) -> bool:
    """A "Title:" value written as a sentence, with no event noun: a news item's headline
    ("Peacekeepers learn to work with humanitarian partners"), not an event's title (two
    lower-case words or more besides the small words of a title)."""
    lower = [w for w in value.split() if w[:1].islower() and not P.TITLE_SMALL_WORD.fullmatch(w)]
    return len(lower) >= 2 and not event_noun_re(rules.event_nouns).search(value)


def _value_under_label(
    lines: tuple[Line, ...], i: int, label: str, bare: str
) -> tuple[int, int] | None:
    """The line under a label standing alone ("Event title" / "X"), when it is no label
    (``bare``: line ``i`` stripped of spaces and its colon, folded)."""
    if bare != label or i + 1 >= len(lines):
        return None
    nxt = lines[i + 1]
    return None if nxt.blank or nxt.label_keys else (nxt.start, nxt.end)
