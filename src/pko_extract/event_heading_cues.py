"""Parse stage, event metadata: what says a page's heading names the event, for
:mod:`pko_extract.event_title`. Pure; reads the layout model.

A heading names the event when it holds an event noun used as a noun, when a date line
dates the event under it or over it, when a line under it says what kind of event it is;
it does not when it reads as a news headline (a headline verb, a plural subject and its
verb), as a place or an organisation's name, or as an indefinite "A meeting of ...".
"""

from __future__ import annotations

import re
from functools import lru_cache

from pko_extract import patterns as P
from pko_extract.dates import date_hits, event_noun_re, is_date_line
from pko_extract.event_heading import genre_crumb, kinds_of_event, menu_on_one_line, publication_bar
from pko_extract.models import Layout, Line
from pko_extract.resources import Rules


def headline_verb(rules: Rules) -> re.Pattern[str]:
    return event_noun_re(rules.headline_verbs)


@lru_cache(maxsize=4)
def plural_subject_verb(verbs: tuple[str, ...]) -> re.Pattern[str]:
    """A news headline's plural subject and its verb in the base form, in lower case: the
    base forms of the ``-s`` headline verbs ("Delegates return for X", "Nigerian officers
    complete Y", "Women peacekeepers share Z", "Peacekeepers from Nepal receive W"); a
    title-case "X Operations Review Conference" is no sentence."""
    bases = sorted({base_form(v) for v in verbs if v.endswith("s") and len(v) > 3})
    return re.compile(
        r"^(?=[A-Z])(?:[\w’'.-]+[ \t]+){0,4}?(?:[\w’'-]+s|[Ww]omen|[Mm]en|[Pp]eople"
        r"|[Pp]olice|[Ss]taff)(?:[ \t]+(?:from|of|in|with)(?:[ \t]+[A-Z][\w’'-]*){1,2})?"
        r"[ \t]+(?P<verb>" + "|".join(map(re.escape, bases)) + r")\b"
    )


def base_form(verb: str) -> str:
    """ "launches" -> "launch", "addresses" -> "address", "closes" -> "close", "pays" -> "pay"."""
    if verb.endswith(("ches", "shes", "sses", "xes", "zes")):
        return verb[:-2]
    return verb[:-3] + "y" if verb.endswith("ies") else verb[:-1]


def noun_in(head: str, nouns: re.Pattern[str]) -> bool:
    """An event noun used as a noun ("Japanese symposium on X"; not the verb of "students
    debate the future")."""
    return any(not P.ARTICLE_AFTER.match(head, m.end()) for m in nouns.finditer(head))


def is_place_line(head: str) -> bool:
    """A venue line: "Lumley Beach Conference Hall, Freetown", "Conference Room 4" (a room's
    number or letter after its venue noun, a floor's part in it: "Seminar Room 1.04")."""
    words = head.split(",")[0].split()
    if len(words) > 1 and re.fullmatch(r"\d+(?:[.-]\d+)*[A-Z]?|[A-Z](?:[.-]?\d+)*", words[-1]):
        words = words[:-1]  # "Room 4", "Hall B", "Auditorium A2", "Room 1.04", "Room E.600"
    return bool(P.VENUE_NOUNS.fullmatch(words[-1]))


def is_org_line(head: str) -> bool:
    """A site's or host's name over the headline: "Centre for Peace Studies (CPS)", also
    with its town after a dash ("X INSTITUTE (XI) - Musanze, Rwanda": a letterhead)."""
    name = _past_town_tail(head)
    upper = name != head and name.isupper()  # a letterhead in capitals
    head = name
    nouns = P.VENUE_NOUNS.search(head.title() if upper else head)
    return len(head.split()) <= 8 and bool(nouns) and head[-1] not in "?!"


def _past_town_tail(head: str) -> str:
    """A heading without the town and country a letterhead writes after a dash or a bar:
    "X INSTITUTE (XI) - Musanze, Rwanda" -> "X INSTITUTE (XI)"; other headings whole."""
    m = P.LETTERHEAD_TOWN.search(head)
    return head[: m.start()] if m and m.start() > 0 else head


def is_body_line(head: str, rules: Rules) -> bool:
    """An organisation's name over the heading, with no event noun: "International
    Association of Peace Operations Trainers" (a word of ``data/org_words.txt``), also with
    its town after a dash."""
    head = _past_town_tail(head)
    words = head.split()
    if not 0 < len(words) <= 8 or not title_like(head) or head[-1] in "?!.":
        return False
    if noun_in(head, event_noun_re(rules.event_nouns)):
        return False
    return any(w.strip(",;:()") in rules.org_words for w in words)


def possessive_event(head: str, nouns: re.Pattern[str]) -> bool:
    """Every event noun of the heading is in lower case after a possessive: "Readout of the
    Minister's meeting with troop contributors" (an unnamed meeting)."""
    found = list(nouns.finditer(head))
    return bool(found) and all(
        m.group()[0].islower() and P.POSSESSIVE_BEFORE.search(head, 0, m.start()) for m in found
    )


def masthead(layout: Layout, end: int, nouns: re.Pattern[str] | None = None) -> bool:
    """A paper's or site's name: its date line under it, then a navigation line ("THE DAILY
    X" / "Monday, May 27, 2019" / "Home | Politics | Sport"); or the page's first line over a
    publication bar (:func:`publication_bar`) or a navigation line, then a headline ("THE
    DAILY X" / "Monday, 4 May 2015 | News" / headline; "Centre for X" / "News | Posted 3 March
    2015" / headline); or, with ``nouns``, the page's first line naming a body and no event
    over a bare date line, then a news headline in sentence case ("X College Bulletin" /
    "Friday 29 November 2019" / "Debating: our team at the final"; not an event page's title
    / its date line / its venue line or a "Speakers" heading)."""
    after = [ln for ln in layout.lines if ln.start > end and not ln.blank][:2]
    if len(after) < 2:
        return False
    hits = date_hits(after[0].text)
    dated = bool(hits) and is_date_line(after[0].text, hits[0])
    if dated and P.NAV_LINE.search(after[1].text):
        return True
    if not _page_top(layout, end):
        return False
    head, below = layout.line_at(end).text, after[1].text.strip()
    if not _heading(after[1]):
        # "THE X COURIER" / "Opinion | Tuesday 30 May 2023" / a sentence as headline: the
        # paper's name in capitals over a publication bar, whatever the headline under it
        bar = after[0].text.strip()
        return (
            nouns is not None
            and head.strip().isupper()
            and not noun_in(head, nouns)
            and publication_bar(bar)
        )
    parts = P.PAGE_TITLE_SPLIT.split(head.strip())
    if nouns is not None and len(parts) > 1 and noun_in(parts[0], nouns):
        return False  # a scraped page's own title: "Regional Conference on X | Institute Y"
    bar = after[0].text.strip()
    if publication_bar(bar) or P.NAV_LINE.search(bar) or genre_crumb(bar):
        return True  # "Centre for X" / "Events / Past events" / heading
    if menu_on_one_line(bar):
        return True  # "X Network" / "Home   About   Events   Contact" / heading
    return (
        nouns is not None
        and dated
        and not noun_in(head, nouns)
        and is_org_line(head.strip())
        and len(below.split()) >= 4
        and not title_like(below)
        and not is_place_line(below)
    )


def _page_top(layout: Layout, end: int) -> bool:
    """The line ending at ``end`` is the page's first line of text."""
    first = next((ln for ln in layout.lines if not ln.blank), None)
    return first is not None and first.start <= end <= first.end


def _heading(line: Line) -> bool:
    """A line that can be a headline: no one-word field label ("Venue:"), shorter than 150
    characters, not closed by a full stop, not a date line."""
    body = line.text.strip()
    hits = date_hits(body)
    return (
        (line.label is None or len(line.label.split()) > 1)
        and 0 < len(body) < 150
        and body[-1] != "."
        and not (hits and is_date_line(body, hits[0]))
    )


def is_news_headline(head: str, rules: Rules) -> bool:
    """A headline that reports ("UNAMID Concludes X", "Embassy honours Y"): a headline verb
    (not one after a connector, which makes it an adjective: "Peace Operations and Organised
    Crime"), or a verb in -s right after the capitalised subject."""
    verbs = (
        v
        for v in headline_verb(rules).finditer(head)
        if not P.CONNECTOR_BEFORE.search(head, 0, v.start())
        and not head.startswith("-", v.end())  # "HOST-STATE RELATIONS": a compound, no verb
    )
    return bool(
        next(verbs, None)
        or P.HEADLINE_S_VERB.match(head)
        or plural_subject_verb(rules.headline_verbs).match(head)
    )


def genre_labelled(layout: Layout, start: int) -> bool:
    """The heading is the value of a genre label ("Workshop report: X")."""
    line = layout.line_at(start)
    return line.label is not None and start >= line.content_start


def date_follows(
    layout: Layout, end: int, genre: bool = False, rules: Rules | None = None
) -> str | None:
    """Whether the next line under ``end`` (past a "with <speaker>" line and a line saying
    what kind of event it is, "Hybrid event") is a date line or
    opens with a date: ``"event"`` when it also gives a weekday, a clock time or a range
    (an event page's "Thursday, 13 January 2011, 4:30 pm", "12 - 13 April 2010"),
    ``"date"`` for a bare date (often the publication's), else None. A byline's date
    ("Posted 3 March 2015 by ...") is the publication's, so it counts only under a genre label."""
    head = layout.line_at(end).text.strip()
    after = (ln for ln in layout.lines if ln.start > end and ln.text.strip() not in ("", head))
    nxt = next(after, None)
    if nxt is not None and P.WITH_SPEAKER_LINE.match(nxt.text):
        nxt = next(after, None)
    if nxt is not None and rules is not None and kinds_of_event(nxt.text.strip(), rules):
        nxt = next(after, None)  # "Hybrid event", "Panel discussion and book presentation"
    if nxt is None:
        return None
    if not genre and (layout.kind_at(nxt.start) == "byline" or P.BYLINE_START.match(nxt.text)):
        return None
    hits = date_hits(nxt.text)
    if not hits or not (is_date_line(nxt.text, hits[0]) or hits[0].start < 45):
        return None
    # a story's first line opening with its dateline: only the dateline tells, not a weekday
    # later in the story ("MALAKAL, 9 November 2017 -- ... on Tuesday")
    scope = nxt.text if is_date_line(nxt.text, hits[0]) else nxt.text[: hits[0].end + 12]
    ranged = hits[0].last_day is not None or len([h for h in hits if h.start < len(scope)]) > 1
    return "event" if ranged or P.WEEKDAY_OR_TIME.search(scope) else "date"


def event_date_above(layout: Layout, start: int) -> bool:
    """An event page's date line over the heading, perhaps with a time line under it
    ("Wednesday, 9 March 2016" / "12:30 - 14:00" / heading): a weekday, a clock time or a
    range says it dates the event; a bare date or a byline's may be the publication's."""
    above = [ln for ln in layout.lines if ln.end <= start and not ln.blank][-3:]
    timed = False
    for line in reversed(above):
        body, hits = line.text.strip(), date_hits(line.text)
        letters = sum(map(str.isalpha, P.WEEKDAY_OR_TIME.sub(" ", body)))
        if not hits and letters <= 3 and re.search(r"\d", body):
            timed = True  # "12:30 - 14:00"
            continue
        if _dated_place_bar(body):
            return True  # "Side event | 21 September 2022 | Conference Room 6, X"
        if not hits or not is_date_line(body, hits[0]) or P.BYLINE_START.match(body):
            return False
        if layout.kind_at(line.start) == "byline":
            return False
        return timed or hits[0].last_day is not None or bool(P.WEEKDAY_OR_TIME.search(body))
    return False


def describes_event(line: str, nouns: re.Pattern[str]) -> bool:
    """A line that says what kind of event it was rather than naming it: an indefinite
    article before the event noun ("A chatham House Africa Programme Conference", "A meeting
    of the heads of state"), or a closing colon ("International Peace Conference with the
    Peace Society:"); a longer line of no sentence whose first words say it ("An
    international conference marking seventy-five years since X")."""
    words = line.split()
    if 12 < len(words) <= 24 and not line.rstrip().endswith(".") and P.INDEFINITE_START.match(line):
        return noun_in(" ".join(words[:4]), nouns)  # "An international conference marking X"
    if not 0 < len(words) <= 12 or not noun_in(line, nouns):
        return False
    return bool(P.INDEFINITE_START.match(line)) or line.rstrip().endswith(":")


def indefinite_event(head: str, nouns: re.Pattern[str]) -> bool:
    """A heading that describes an unnamed event: an indefinite article and a common noun
    ("A meeting of the Heads of State ..."; not "A Dialogue Towards the Summit")."""
    noun = nouns.search(head)
    return bool(P.INDEFINITE_START.match(head)) and noun is not None and noun.group()[0].islower()


def kind_line_follows(layout: Layout, end: int, nouns: re.Pattern[str]) -> bool:
    """One of the two lines under the heading says what kind of event the heading names
    ("Ensuring Peace in Africa" / "A Chatham House Conference")."""
    head = layout.line_at(end).text.strip()
    after = [ln for ln in layout.lines if ln.start > end and ln.text.strip() not in ("", head)]
    return any(describes_event(ln.text.strip(), nouns) for ln in after[:2])


def title_like(head: str) -> bool:
    """Capitalised like a name ("A Dialogue Towards Lasting Peace"), not like a sentence
    ("Some 700 peacekeepers awarded with the UN Medal"): at most one lower-case word
    besides the small words of a title."""
    lower = [w for w in head.split() if w[:1].islower() and not P.TITLE_SMALL_WORD.fullmatch(w)]
    return len(lower) <= 1


def _dated_place_bar(body: str) -> bool:
    """A bar line of an event page: three parts or more, one a date alone, one a place
    ("Side event | 21 September 2022 | Conference Room 6, UN Headquarters")."""
    parts = re.split(r"[ \t]+[|·•][ \t]+", body)
    if len(parts) < 3:
        return False
    dated = any((h := next(iter(date_hits(p)), None)) and is_date_line(p, h) for p in parts)
    return dated and any(P.VENUE_NOUNS.search(p) and not date_hits(p) for p in parts)


def repeated_after_noun(text: str, s: int, e: int, nouns: re.Pattern[str]) -> bool:
    """The heading ``text[s:e]`` comes back in the text as the subject of an event noun
    ("Early Warning in West Africa" / "... convened the workshop on Early Warning in West
    Africa on 3 October"): the report's heading is the event's name."""
    head = " ".join(text[s:e].split())
    if len(head.split()) < 3:
        return False
    for found in _found_ignoring_case(head, text[e:]):
        before = text[max(e, e + found - 40) : e + found]
        lead = P.NOUN_SUBJECT_LEAD.search(before)
        if lead is not None and nouns.search(" ".join(before[: lead.start()].split()[-2:])):
            return True
    return False


#: The non-ASCII characters that ``re.IGNORECASE`` matches with an ASCII letter: dotted
#: capital I, dotless i, long s, Kelvin sign.
_ASCII_CASE_KIN = "\u0130\u0131\u017f\u212a"


def _found_ignoring_case(literal: str, text: str) -> list[int]:
    """Where ``literal`` starts in ``text`` in any case, left to right, not overlapping:
    the starts of ``re.finditer(re.escape(literal), text, re.IGNORECASE)``, without a
    pattern compiled per heading. An ASCII ``literal`` is found in the lower-cased text:
    under ``re.IGNORECASE`` an ASCII character matches only ASCII characters and
    :data:`_ASCII_CASE_KIN`, and no other character lower-cases to ASCII or to more than
    one character; a text with one of those is searched by ``re``."""
    if not literal.isascii() or any(c in text for c in _ASCII_CASE_KIN):
        return [m.start() for m in re.finditer(re.escape(literal), text, re.IGNORECASE)]
    needle, hay = literal.lower(), text.lower()
    out: list[int] = []
    pos = 0
    while needle and (start := hay.find(needle, pos)) >= 0:
        out.append(start)
        pos = start + len(needle)
    return out


def fields_follow(layout: Layout, end: int, rules: Rules) -> bool:
    """An event page's field lines come after the heading: a "Date:" line and a "Venue:",
    "Location:" or "Time:" line (or these labels alone on their lines, "Date and time" /
    "Location") (a page that opens with its title, then its speakers, then
    "Date: ... / Location: ..."; a table's rows "Date<TAB>..." / "Room<TAB>..." as well), and no
    line between names an event itself ("Courses 2022"
    / "Senior Logistics Officers Course" / "Dates: ...": the second line is the title)."""
    dates = set(rules.field_keys("date"))
    places = set(rules.field_keys("venue")) | {"time"}
    after = [ln for ln in layout.lines if ln.start >= end and not ln.blank]

    def keys_of(ln: Line) -> set[str]:  # "Date:" or a label alone on its line ("Date and time")
        bare = ln.text.strip().rstrip(":").casefold()
        return set(ln.label_keys) | ({bare} if bare in dates | places else set()) | _row_key(ln)

    first = next((k for k, ln in enumerate(after) if keys_of(ln) & dates), None)
    keys = {k for ln in after for k in keys_of(ln)}
    if first is None or not keys & places:
        return False
    nouns = event_noun_re(rules.event_nouns)
    return not any(nouns.search(ln.text) and not ln.label_keys for ln in after[:first])


def _row_key(line: Line) -> set[str]:
    """The folded first cell of a table row written with tabs or pipes ("Date<TAB>Tuesday, 18
    May" -> {"date"}); none for a line of one cell."""
    cells = list(P.TABLE_CELL.finditer(line.text))
    return {cells[0].group().strip().rstrip(":").casefold()} if len(cells) >= 2 else set()
