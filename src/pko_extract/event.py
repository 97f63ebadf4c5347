"""Parse stage, event metadata: title, date, venue, city, organizers, attendance.

Pure; reads the layout model. Every value is returned with its character offsets (a
:class:`~pko_extract.models.Span`). The date is read by :mod:`pko_extract.dates`; event
nouns and field labels are rule data (``data/event_nouns.txt``, ``data/field_labels.jsonl``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pko_extract import patterns as P
from pko_extract.dates import (
    _WEEKDAY_OR_TIME,
    _date_hits,
    _is_date_line,
    event_noun_re,
    parse_date_precision,
)
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


def _quoted_title(layout: Layout, rules: Rules, theme: bool = False) -> Span | None:
    """A quoted title next to an event noun ("Symposium "X"", "“X” panel discussion"); a
    talk's title in a programme row or list item is not the event's. A theme ("under the
    theme "X"") only with ``theme``: it names the event when nothing else does."""
    text, nouns = layout.text, event_noun_re(rules.event_nouns)
    for m in P.QUOTED.finditer(text):
        if layout.kind_at(m.start()) in _PROGRAMME_KINDS:
            continue
        before = text[max(0, m.start() - 60) : m.start()]
        around = before + " " + text[m.end() : m.end() + 30]
        inside = m.group("q")
        if inside[:1].islower():
            continue  # a fragment of a quotation
        if len(inside.split()) > 18 or re.search(r"[.!?]\s", inside) or P.SPOKEN.search(inside):
            continue  # a quotation, not a title
        if bool(P.THEME_BEFORE.search(before)) != theme or P.TALK_BEFORE.search(before):
            continue
        named = len(inside.split()) >= 2 or bool(nouns.search(before[-25:]))
        if named and (theme or nouns.search(around) or P.EVENT_NAME_NOUN.search(inside)):
            return _span(text, m.start("q"), m.end("q"), "TITLE")
    return None


#: Block kinds of a programme or list: a quoted or capitalised phrase there is a talk's title
#: or a speaker's office, not the event's name.
_PROGRAMME_KINDS = frozenset({"timetable_row", "table_row", "list_item", "field"})


def _theme_title(layout: Layout, rules: Rules) -> Span | None:
    """The quoted theme of an event that has no name of its own ("a forum held under the
    theme "X""); a named conference, forum, seminar... wins over its theme."""
    named = _named_event_title(layout, rules)
    if named is not None and P.EVENT_NAME_NOUN.search(named.text):
        return None
    return _quoted_title(layout, rules, theme=True)


def _named_event_title(layout: Layout, rules: Rules) -> Span | None:
    """A capitalised phrase naming the event in running text ("the yearly Seminar for
    Special ... Envoys"); a short headline is left to the heading strategies."""
    text, nouns = layout.text, event_noun_re(rules.event_nouns)
    for m in P.CAP_PHRASE.finditer(text):
        phrase = m.group()
        if len(phrase.split()) < 3 or not nouns.search(phrase):
            continue
        if P.VENUE_NOUNS.search(phrase.split()[-1]):
            continue  # a place: "Lindgren Conference Center", "Ashdown Seminar Room"
        line = layout.line_at(m.start())
        if m.start() - line.start < 2 and len(line.text) < 120:
            continue  # a headline, tried by the heading strategies
        block = layout.block_at(m.start())
        if block is not None and (
            block.kind in _PROGRAMME_KINDS - {"list_item"}
            or (
                block.kind == "list_item"
                and (block.heading is not None or _quoted_at(layout, m.start()))
            )
        ):
            continue  # a speaker's office or a talk's title
        start, end = m.start(), m.end()
        lead = P.DAY_POSSESSIVE.match(phrase)
        if lead:
            start += lead.end()  # "Thursday's Peacekeeping Forum"
        tail = re.search(r"\s+in\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?$", text[start:end])
        if tail and not nouns.search(tail.group()):
            end = start + tail.start()  # "... Forum in Ottawa"
        subject = P.EVENT_SUBJECT_TAIL.match(text, end)
        if subject and nouns.search(text[max(start, end - 20) : end]):
            end = subject.end()  # "Meeting on comprehensive review of ..."
        return _span(text, start, end, "TITLE")
    return None


def _quoted_at(layout: Layout, pos: int) -> bool:
    """Offset ``pos`` lies inside a quotation on its line."""
    line = layout.line_at(pos)
    return any(q.start() <= pos - line.start < q.end() for q in P.QUOTED.finditer(line.text))


def _kind_of_event(body: str, rules: Rules) -> bool:
    """A line that only says what kind of event it was ("Public Seminar", "International
    Seminar"): at most three words, one of them an event noun and one other."""
    words = body.split()
    rest = event_noun_re(rules.event_nouns).sub(" ", body).split()
    return len(words) <= 3 and len(rest) <= 1 and len(rest) < len(words)


def _is_furniture(layout: Layout, line: Line, rules: Rules) -> bool:
    """Page furniture above a headline: navigation, genre labels ("Cover News"), date and
    time lines, bylines, captions, a lone word ("Accra"), a file name, a non-Latin menu."""
    body = line.text.strip()
    if layout.kind_at(line.start) in {"boilerplate", "caption", "byline", "dateline"}:
        return True
    if P.GENRE_LINE.match(body) or P.FILE_OR_URL_LINE.match(body) or len(body.split()) < 2:
        return True
    if P.SITE_BANNER.search(body) or P.NAV_LINE.search(body) or P.DOC_NUMBER_LINE.match(body):
        return True
    if P.COOKIE_LINE.search(body) or not body[0].isalnum() and body[0] not in "\"“«'‘":
        return True
    if any(_kind_of_event(part, rules) for part in body.split(" / ")):
        return True  # "Public Seminar", "Séminaire régional / Regional Seminar"
    if not re.search(r"[A-Za-z]{2}", body) or P.SLUG_LINE.match(body):
        return True
    if sum(ch.isalpha() for ch in _WEEKDAY_OR_TIME.sub(" ", body)) <= 3:
        return True  # "9:00 am EST - 2:00 pm EST"
    hit = next(iter(_date_hits(body)), None)
    return hit is not None and _is_date_line(body, hit)


def _heading_lines(layout: Layout, rules: Rules, limit: int = 6) -> list[tuple[int, int]]:
    """The first lines under the page furniture, as ``(start, end)`` of their text; a field
    whose label is a genre ("Note to Correspondents: X") gives its value, other fields
    ("Source: GNA") are furniture; a repeated heading counts once."""
    text, out, seen = layout.text, [], set()
    labels = {f.text.casefold() for f in rules.field_labels}
    for line in layout.lines:
        if len(out) >= limit:
            break
        if line.blank or _is_furniture(layout, line, rules):
            continue
        if layout.kind_at(line.start) in {"timetable_row", "table_row"}:
            break  # the programme has begun
        if line.bullet or line.numbered:
            continue
        s = line.start
        if line.label and P.GENRE_LINE.match(line.label.strip()):
            s = line.content_start
        elif line.label and (len(line.label.split()) == 1 or set(line.label_keys) & labels):
            continue
        value = text[s : line.end].strip()
        if value in seen:
            continue
        seen.add(value)
        s = text.find(value, s)
        out.append((s, s + len(value)))
    return out


def _headline_verb(rules: Rules) -> re.Pattern[str]:
    return event_noun_re(rules.headline_verbs)


def _trim_title(text: str, s: int, e: int, place: bool = True) -> tuple[int, int]:
    """Drop a genre suffix ("- Chair's Summary") and, with ``place``, a closing place
    ("in Accra")."""
    for rx in (P.TITLE_GENRE_SUFFIX, P.TITLE_PLACE_TAIL)[: 2 if place else 1]:
        m = rx.search(text, s, e)
        if m and m.start() > s:
            e = m.start()
    return s, e


def _heading_title(layout: Layout, rules: Rules) -> Span | None:
    """The page's heading when it names the event: no headline verb, and an event noun
    in it or a date line right under it ("A Dialogue Towards X" / "Thursday, 13 January
    2011"); a quoted title inside the heading wins. Lines above it that are neither (a
    site's name) are passed over; a news headline or running text ends the search."""
    text, nouns = layout.text, event_noun_re(rules.event_nouns)
    for s, e in _heading_lines(layout, rules):
        head = text[s:e]
        if len(head) >= 150 or head[-1] in ".,;" or _is_news_headline(head, rules):
            return None
        q = P.QUOTED.search(head)
        named = _noun_in(head, nouns) or _date_follows(layout, e, genre=_genre_labelled(layout, s))
        if q and len(q.group("q").split()) >= 2 and named:
            return _span(text, s + q.start("q"), s + q.end("q"), "TITLE")
        if named and not _is_place_line(head):
            s, e = _trim_title(text, s, e, place=False)
            return _span(text, s, e, "TITLE")
        if not (q or head.isupper() or _is_place_line(head) or _is_org_line(head)):
            return None
    return None


def _noun_in(head: str, nouns: re.Pattern[str]) -> bool:
    """An event noun used as a noun ("Japanese symposium on X"; not the verb of "students
    debate the future")."""
    return any(not P.ARTICLE_AFTER.match(head, m.end()) for m in nouns.finditer(head))


def _is_place_line(head: str) -> bool:
    """A venue line: "Lumley Beach Conference Hall, Freetown"."""
    return bool(P.VENUE_NOUNS.fullmatch(head.split(",")[0].split()[-1]))


def _is_org_line(head: str) -> bool:
    """A site's or host's name over the headline: "Centre for Peace Studies (CPS)"."""
    return len(head.split()) <= 8 and bool(P.VENUE_NOUNS.search(head)) and head[-1] not in "?!"


def _is_news_headline(head: str, rules: Rules) -> bool:
    """A headline that reports ("UNAMID Concludes X", "Embassy honours Y"): a headline verb,
    or a verb in -s right after the capitalised subject."""
    return bool(_headline_verb(rules).search(head) or P.HEADLINE_S_VERB.match(head))


def _genre_labelled(layout: Layout, start: int) -> bool:
    """The heading is the value of a genre label ("Workshop report: X")."""
    line = layout.line_at(start)
    return line.label is not None and start >= line.content_start


def _date_follows(layout: Layout, end: int, genre: bool = False) -> bool:
    """The next line under ``end`` is a date line or opens with a date; a byline's date
    ("Posted 3 March 2015 by ...") is the publication's, so it counts only under a genre
    label."""
    head = layout.line_at(end).text.strip()
    nxt = next(
        (ln for ln in layout.lines if ln.start > end and ln.text.strip() not in ("", head)), None
    )
    if nxt is None:
        return False
    if not genre and (layout.kind_at(nxt.start) == "byline" or P.BYLINE_START.match(nxt.text)):
        return False
    hit = next(iter(_date_hits(nxt.text)), None)
    return hit is not None and (_is_date_line(nxt.text, hit) or hit.start < 45)


def _meeting_title(layout: Layout, rules: Rules) -> Span | None:
    """A numbered meeting of a body: "Security Council" over "6370th Meeting (AM)" ->
    "Security Council 6370th Meeting"; "the 865th meeting of the Peace and Security
    Council" -> "Peace and Security Council 865th meeting"."""
    text = layout.text
    for i, line in enumerate(layout.lines[:30]):
        m = P.MEETING_NUMBER_LINE.match(line.text)
        if not m:
            continue
        above = [ln for ln in layout.lines[:i] if not ln.blank][-1:]
        body = P.BODY_NAME.fullmatch(above[0].text.strip()) if above else None
        body = body or P.BODY_AFTER_THE.search(text, line.end)
        s, e = line.start + m.start("n"), line.start + m.end("n")
        if body:
            return Span(s, e, f"{body.group('body')} {m.group('n')}", "TITLE")
        return _span(text, s, e, "TITLE")
    m = P.NTH_MEETING_OF.search(text, 0, 600)
    if m:
        return Span(m.start(), m.end(), f"{m.group('body')} {m.group('n')}", "TITLE")
    return None


def _headline_event_phrase(layout: Layout, rules: Rules) -> Span | None:
    """The event phrase of a news headline: the side of its verb that holds an event noun
    ("UNAMID Concludes Workshop on X in Y" -> "Workshop on X"), or a verbless headline
    with an event noun."""
    text, nouns, verbs = layout.text, event_noun_re(rules.event_nouns), _headline_verb(rules)
    for s, e in _heading_lines(layout, rules, limit=5):
        head = text[s:e]
        if len(head) >= 150 or head[-1] in ".;" or not _names_event(head, nouns):
            continue
        v = verbs.search(head) or P.HEADLINE_S_VERB.match(head)
        if v is not None and v.re is P.HEADLINE_S_VERB:
            v = re.search(re.escape(v.group("verb")), head)
        if v is None:
            return _span(text, *_trim_title(text, s, e), "TITLE")
        after = (s + v.end(), e)
        before = (s, s + v.start())
        for a, b in (after, before):
            if _names_event(text[a:b], nouns):
                a, b = _trim_title(text, a, b)
                lead = re.match(r"\s*(?:the|a|an)\s+", text[a:b], re.IGNORECASE)
                return _span(text, a + (lead.end() if lead else 0), b, "TITLE")
        return None
    return None


def _names_event(phrase: str, nouns: re.Pattern[str]) -> bool:
    """An event noun or a numbered session ("31st Session of the Council") in ``phrase``."""
    return bool(nouns.search(phrase) or P.ORDINAL_SESSION.search(phrase))


#: Title strategies, strongest first; the first that finds one wins.
TITLE_STRATEGIES = (
    _title_from_field,
    _meeting_title,
    _heading_title,
    _quoted_title,
    _theme_title,
    _named_event_title,
    _headline_event_phrase,
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
    found = (
        _venue_from_field(layout, rules)
        or _venue_in_meta_line(text, list(layout.lines))
        or _venue_address_block(layout)
        or _venue_after_event(layout, rules)
    )
    if found is not None:
        return found
    candidates = [
        m
        for m in P.VENUE.finditer(text)
        if P.VENUE_NOUNS.search(m.group("venue"))
        and len(m.group("venue").split()) >= 2
        and not _affiliation(text, m, rules)
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


def _affiliation(text: str, m: re.Match[str], rules: Rules) -> bool:
    """ "Col. X, Head of Cooperation at the Y Institute": a person's workplace, not the venue
    (an office word in the clause before "at", and no event verb there)."""
    clause = P.LAST_CLAUSE.search(text, max(0, m.start() - 120), m.start())
    if clause is None or P.EVENT_VERBS.search(clause.group()):
        return False
    return any(w in _position_words(rules.position_words) for w in clause.group().split())


@lru_cache(maxsize=4)
def _position_words(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for w in words if " " not in w)


def _venue_after_event(layout: Layout, rules: Rules) -> _Venue | None:
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
        inner = P.VENUE_CITY_TAIL.search(name)
        if inner and not P.VENUE_NOUNS.search(inner.group("city")):
            vs = m.start("venue")
            return _span(text, vs, vs + inner.start(), "VENUE"), _span(
                text, vs + inner.start("city"), vs + inner.end("city"), "CITY"
            )
        end = m.start("venue") + len(name)
        if end == m.end("venue") and m.group("more") and P.VENUE_NOUNS.search(m.group("more")):
            end = m.end("more")
        city = m.group("city") or (m.group("more") if end == m.end("venue") else None)
        city_span = None
        if city and len(city.split()) <= 2 and not P.VENUE_NOUNS.search(city):
            cs = m.start("city") if m.group("city") else m.start("more")
            city_span = _span(text, cs, cs + len(city), "CITY")
        return _span(text, m.start("venue"), end, "VENUE"), city_span
    return None


def _venue_address_block(layout: Layout) -> _Venue | None:
    """An address block under the date line of an event page: "The X Institution" /
    "Stein Room" / "1775 Y Avenue" / "Washington, DC" -> venue "The X Institution, Stein
    Room", city "Washington"."""
    text, lines = layout.text, [ln for ln in layout.lines if not ln.blank][:15]
    for i, line in enumerate(lines):
        hit = next(iter(_date_hits(line.text)), None)
        if hit is None or not _is_date_line(line.text, hit):
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


def _is_time_line(line: str) -> bool:
    """A line of clock times ("9:00 am - 2:00 pm EST")."""
    return sum(ch.isalpha() for ch in _WEEKDAY_OR_TIME.sub(" ", line)) <= 3 and bool(
        re.search(r"\d", line)
    )


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
