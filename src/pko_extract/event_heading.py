"""Parse stage, event metadata: the page's heading lines under its furniture. Pure; reads
the layout model.

Furniture is what stands above a headline without naming anything: navigation and menus,
a site's name right over its menu, share and search lines, genre labels ("Cover News",
"Training announcement", "Summary of Public Hearing"), a report's section headings
("Executive Summary") and a programme's day labels ("Day One"), a programme's episode line,
date and time lines, bylines, captions, page headers of a converted PDF, salutations, a lone
word. :func:`heading_lines` gives the first lines under it, the value of a genre label
("Seminar: X", "Subject: X") cut before its date, a heading that runs on over two lines (or
three, over a line of one small word: "SEMINAR" / "on" / "X") joined.
:mod:`pko_extract.event_title` decides which of them names the event.
"""

from __future__ import annotations

import re

from pko_extract import patterns as P
from pko_extract.dates import date_hits, event_noun_re, is_date_line
from pko_extract.models import Layout, Line
from pko_extract.resources import Rules


def kind_of_event(body: str, rules: Rules) -> bool:
    """A line that only says what kind of event it was ("Public Seminar", "International
    Seminar"): at most three words, one of them an event noun and one other."""
    words = body.split()
    rest = event_noun_re(rules.event_nouns).sub(" ", body).split()
    return len(words) <= 3 and len(rest) <= 1 and len(rest) < len(words)


def kinds_of_event(body: str, rules: Rules) -> bool:
    """A line that says what kinds of event it was, joined: "Panel discussion and book
    presentation" (the first part a kind of event, the others three words at most)."""
    parts = P.KIND_JOINER.split(body)
    return kind_of_event(parts[0], rules) and all(0 < len(p.split()) <= 3 for p in parts[1:])


def _is_furniture(layout: Layout, line: Line, rules: Rules) -> bool:
    """Page furniture above a headline: navigation, genre labels ("Cover News", "Summary of
    Public Hearing"), date and time lines, bylines, captions, a lone word ("Accra"), a file
    name, a non-Latin menu."""
    body = line.text.strip()
    if layout.kind_at(line.start) in {"boilerplate", "caption", "byline", "dateline"}:
        return True
    if len(body.split()) < 2 and body.isupper() and _runs_on_below(layout, line):
        return False  # "PEACEKEEPING" / "IN THE 21ST CENTURY": a title over two lines
    if P.GENRE_LINE.match(body) or P.FILE_OR_URL_LINE.match(body) or len(body.split()) < 2:
        return True
    if P.SITE_BANNER.search(body) or P.NAV_LINE.search(body) or P.DOC_NUMBER_LINE.match(body):
        return True
    if P.COOKIE_LINE.search(body) or not body[0].isalnum() and body[0] not in "\"“«'‘":
        return True
    if publication_bar(body) and (date_hits(body) or P.HOME_CRUMB.match(body)):
        return True  # "Obituaries | 4 April 2012", "Home / Episodes / Ep. 12"
    if P.PAGE_LINE.match(body) or P.SALUTATION.match(body) or in_menu(layout, line):
        return True  # "Page 1 of 12", "Dear colleagues,", a menu of short lines
    if menu_on_one_line(body) or genre_crumb(body):
        return True  # "Home   About   Conference 2023   Contact", "Events / Past events"
    if _over_menu(layout, line):
        return True  # the site's name and tagline right over its menu
    if any(kind_of_event(part, rules) for part in body.split(" / ")):
        # "Public Seminar", "Séminaire régional / Regional Seminar"; not a cover's "HIGH-LEVEL
        # SEMINAR" / "on" / "X"
        return not _small_word_follows(layout, line)
    parts = P.SPACED_DASH.split(body)
    if len(parts) == 2 and kind_of_event(parts[1], rules) and P.VENUE_NOUNS.search(parts[0]):
        return True  # "School of Politics – Guest lecture": the host and the kind of event
    kind = P.GENRE_OF_KIND.match(body)
    if kind and kind_of_event(kind.group("kind"), rules):
        return True  # "Summary of Public Hearing"
    if not re.search(r"[A-Za-z]{2}", body) or P.SLUG_LINE.match(body):
        return True
    if sum(map(str.isalpha, P.WEEKDAY_OR_TIME.sub(" ", body))) <= 3:
        return True  # "9:00 am EST - 2:00 pm EST"
    if P.SECTION_HEADING.match(body) or P.DAY_LABEL.match(body):
        return True  # "Executive Summary", "1. Introduction", "Day One"
    if P.MONTH_YEAR.fullmatch(body) or P.NUMBER_LINE.match(body):
        return True  # "October 2016" on a report's cover, "Course No. 2/2019"
    hit = next(iter(date_hits(body)), None)
    return hit is not None and is_date_line(body, hit)


def publication_bar(body: str) -> bool:
    """A line that says where and when a page was published, not when an event was held: a
    breadcrumb from the home page ("Home / Episodes / Ep. 12"), a "posted" or "published"
    word ("News & Stories | Posted 3 March 2015 by X", "Report No. 2/2020 (published 9 June
    2020)"), or a date beside a section's name ("Monday, 4 May 2015 | News > Features",
    "Obituaries | Wednesday 4 April 2012"; the section a part of one to three words with no
    digit, no clock time and no place noun)."""
    if P.HOME_CRUMB.match(body) or P.PUBLISHED_WORD.search(body):
        return True
    parts = [p.strip() for p in P.BAR_SEPARATOR.split(body.strip())]
    if len(parts) < 2 or not any(date_hits(p) for p in parts):
        return False
    return any(
        0 < len(p.split()) <= 3
        and not re.search(r"\d", p)
        and not P.WEEKDAY_OR_TIME.search(p)
        and not P.VENUE_NOUNS.search(p)
        for p in parts
    )


def menu_on_one_line(body: str) -> bool:
    """A site's menu written on one line, its items apart by wide gaps: "Home   About
    Conference 2023   Members   Contact" (four items or more, each of one to three words
    opening with a capital, none closing a sentence, no date in the line)."""
    cells = [c.strip() for c in P.MENU_GAP.split(body.strip())]
    if len(cells) < 4 or date_hits(body):
        return False
    return all(0 < len(c.split()) <= 3 and c[0].isupper() and c[-1] not in ".:;,!?" for c in cells)


def genre_crumb(body: str) -> bool:
    """A breadcrumb of two short parts, one of them a genre word ("Events / Past events",
    "News > Features"): the page's place in its site, not a heading."""
    m = P.SHORT_CRUMB.match(body)
    return m is not None and any(P.GENRE_LINE.match(m.group(k)) for k in ("a", "b"))


def in_menu(layout: Layout, line: Line) -> bool:
    """A line of a menu: a run of three or more short lines (three words at most, no date,
    no closing full stop) with no blank line between them ("Research" / "Events" /
    "About us")."""

    def short(ln: Line) -> bool:
        body = ln.text.strip()
        return 0 < len(body.split()) <= 3 and not body.endswith(".") and not date_hits(body)

    if not short(line):
        return False
    lines, i = layout.lines, layout.line_index(line.start)
    first = last = i  # two lines either side are enough to see a run of three
    while first > max(0, i - 2) and short(lines[first - 1]):
        first -= 1
    while last + 1 < min(len(lines), i + 3) and short(lines[last + 1]):
        last += 1
    return last - first >= 2


def _runs_on_below(layout: Layout, line: Line) -> bool:
    """The next line goes on from this one in capitals: "IN THE 21ST CENTURY"."""
    i = layout.line_index(line.start)
    return i + 1 < len(layout.lines) and bool(P.RUNS_ON_NEXT.match(layout.lines[i + 1].text))


def _small_word_follows(layout: Layout, line: Line) -> bool:
    """The next line is one small word ("on", "of") that joins this line to the one after."""
    i = layout.line_index(line.start)
    return i + 1 < len(layout.lines) and bool(P.SMALL_WORD_LINE.match(layout.lines[i + 1].text))


def _over_menu(layout: Layout, line: Line) -> bool:
    """A line right over a menu, no blank line between: the site's name ("Centre for X —
    Research, Training, Dialogue" / "Home" / "About" / "Research")."""
    i = layout.line_index(line.start)
    if i + 1 >= len(layout.lines) or date_hits(line.text):
        return False
    nxt = layout.lines[i + 1]
    return not nxt.blank and in_menu(layout, nxt)


def banner_parts(layout: Layout, rules: Rules, limit: int = 12) -> tuple[int, int] | None:
    """The title part of an event's banner line near the top: "ANNUAL CONFERENCE 2023 |
    PROTECTING CIVILIANS AFTER DRAWDOWN | 12-14 SEPTEMBER 2023 | ACCRA, GHANA" -> the offsets
    of "PROTECTING CIVILIANS AFTER DRAWDOWN" (three parts or more: one says what kind of event
    it is, perhaps with its year or number; one is a date alone; the title is the first other
    part of two words or more that is no place: no venue noun, not "City, Country")."""
    for line in [ln for ln in layout.lines if not ln.blank][:limit]:
        parts = P.BANNER_SPLIT.split(line.text.strip())
        if len(parts) < 3:
            continue
        dated = [p for p in parts if (h := next(iter(date_hits(p)), None)) and is_date_line(p, h)]
        kinds = [p for p in parts if kind_of_event(P.KIND_EDITION.sub(" ", p).strip(), rules)]
        if not dated or not kinds:
            continue
        for part in parts:
            if part in dated or part in kinds or len(part.split()) < 2 or date_hits(part):
                continue
            if (
                P.VENUE_NOUNS.search(part.title())
                or all(len(piece.split()) <= 4 for piece in part.split(",")[1:])
                and "," in part
            ):
                continue  # "ACCRA, GHANA", "Conference Room 6, UN Headquarters": the place
            s = line.start + line.text.find(part)
            return s, s + len(part)
    return None


def heading_lines(layout: Layout, rules: Rules, limit: int = 6) -> list[tuple[int, int]]:
    """The first lines under the page furniture, as ``(start, end)`` of their text; a field
    whose label is a genre or a kind of event ("Note to Correspondents: X", "Seminar: X")
    gives its value, other fields
    ("Source: GNA") are furniture; a repeated heading counts once."""
    text = layout.text
    out: list[tuple[int, int]] = []
    seen: set[str] = set()
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
        cut = line.end
        if line.label and (
            P.GENRE_LINE.match(line.label.strip())
            or kind_of_event(line.label, rules)
            or P.SUBJECT_LABEL.fullmatch(line.label.strip())
        ):
            s = line.content_start  # "Workshop report: X", "Seminar: X", "Subject: X"
            cut = before_place_and_date(text, s, line.end)  # "Save the date: X, 18 May, ..."
        elif line.label and (len(line.label.split()) == 1 or set(line.label_keys) & labels):
            continue
        value = text[s:cut].strip()
        if P.DAY_LABEL.match(value):
            continue  # "Conference Report: Day One"
        if not value or value in seen:
            continue  # a genre label alone ("Related events:"), or a heading met before
        seen.add(value)
        s = text.find(value, s)
        e = s + len(value)
        nxt = layout.line_at(line.end + 1) if line.end < len(text) else None
        runs_on = P.RUNS_ON.search(value) or (
            value.isupper() and nxt is not None and P.RUNS_ON_NEXT.match(nxt.text)
        )
        if runs_on and nxt is not None and nxt.start > line.start and not nxt.blank:
            e = nxt.start + len(nxt.text.rstrip())  # "SYMPOSIUM ON" / "PEACEKEEPING IN CITIES"
            seen.add(nxt.text.strip())
        elif nxt is not None and nxt.start > line.start and P.SMALL_WORD_LINE.match(nxt.text):
            third = layout.line_at(nxt.end + 1) if nxt.end < len(text) else None
            if third is not None and third.start > nxt.start and not third.blank:
                e = third.start + len(third.text.rstrip())  # "SEMINAR" / "on" / "X"
                seen.add(third.text.strip())
        out.append((s, e))
    return out


def before_place_and_date(text: str, s: int, e: int) -> int:
    """The end of ``text[s:e]`` before a closing ", Oslo, 3 June 2015" or ", 3 June 2015"."""
    hit = next(iter(date_hits(text[s:e])), None)
    if hit is None:
        return e
    cut = text.rfind(",", s, s + hit.start)
    if cut < 0:
        return e
    place = text.rfind(",", s, cut)
    if place >= 0 and len(text[place + 1 : cut].split()) <= 3:
        cut = place
    return cut
