"""Tests of the asides of a page (teasers of other events, footer lines) and of the event
date and venue that skip them; every report here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from pko_extract.event import parse_event
from pko_extract.event_asides import find_asides
from pko_extract.resources import default_rules
from pko_extract.segment import read_layout

_BODY = (
    "The seminar on protection of civilians was held on 4 May 2021 at the Lakeside Hotel in"
    " Accra, where" + " officers from twelve countries discussed the lessons of recent missions" * 3
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seminar\n\nIt met.\n\nUpcoming events\n\nWorkshop, 2 May\n", [(18, 51)]),
        ("Seminar\n\nIt met.\n\nSee also:\nWorkshop\n", [(18, 37)]),
        ("Seminar\n\nIt met.\n\nIt closed.\n\n© 2023 Peace Institute\nContact us\n", [(30, 52)]),
        ("Last updated 2 May 2021\n\nSeminar\n\nIt met.\n", []),
        ("Seminar\n\nUpcoming events\nWorkshop, 2 May\n\n" + _BODY + ".\n", [(9, 42)]),
        ("Seminar\n\nThe next event on the list of upcoming events is a workshop.\n", []),
        ("Latest News\n\nPeace Day Marked in Goma\n\n29 May 2018\n\nThe mission met.\n", []),
        ("Related news\nSeminar\n\nIt met on 2 May 2018.\n\nSee also\n\nWorkshop\n", [(45, 64)]),
    ],
    ids=[
        "block-to-the-end",
        "label-with-colon",
        "footer-line",
        "top-line-is-a-byline",
        "block-to-running-text",
        "prose",
        "first-line-names-the-page-s-section",
        "first-line-label-and-a-later-aside",
    ],
)
def test_find_asides(text: str, expected: list[tuple[int, int]]) -> None:
    """A short line opening with an aside label starts an aside: a heading's runs to the end
    of the page or the next long paragraph, a footer's is its own line (among the first lines
    it is the page's byline); prose is none."""
    assert find_asides(read_layout(text), default_rules().aside_labels).ranges == expected


def _fields(text: str) -> tuple:
    info = parse_event(read_layout(text), [])
    spans = [(s.start, s.end, s.text) if s else None for s in (info.date_span, info.venue)]
    return info.date, *spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dialogue on Peace Operations\n\nOfficials met to discuss the future of peace"
            " operations.\n\nNext event\n\n18 October 2022\nRoundtable on the Sahel, Palais Hall,"
            " Geneva\n",
            (None, None, None),
        ),
        (
            "Women in Peacekeeping\n\nOfficers attended a course on gender in March.\n\nRelated"
            " events:\n\n3 March 2020 - Course on gender, Ross Hall, Nairobi\n",
            (None, None, None),
        ),
        (
            "Regional Seminar\n\nParticipants met to discuss mandates.\n\nSee also\n\nConference on"
            " Mali, 9 September 2019, at the Bamako Hall\n",
            (None, None, None),
        ),
        (
            "Regional Seminar\n\nThe seminar was held in Oslo.\n\nForty officers attended.\n\n"
            "Copyright 2023 Peace Institute."
            " Last updated 4 June 2023.\n",
            (None, None, None),
        ),
        (
            "Training Seminar\n\nThe seminar on protection of civilians was held on 4 May 2021 in"
            " Accra.\n\nUpcoming events\n\nWorkshop on Mediation\n12 June 2021\nKofi Annan Centre,"
            " Accra\n",
            (date(2021, 5, 4), (69, 79, "4 May 2021"), None),
        ),
        (
            "Training Seminar\n\nUpcoming events\n\nWorkshop on Mediation, 12 June 2021, Cedar"
            " Hall\n\n" + _BODY + ".\n",
            (date(2021, 5, 4), (135, 145, "4 May 2021"), (153, 167, "Lakeside Hotel")),
        ),
    ],
    ids=[
        "next-event-block",
        "related-events-block",
        "see-also-block",
        "footer-update-date",
        "upcoming-event-venue-is-not-the-event-s",
        "side-bar-before-the-story",
    ],
)
def test_event_fields_skip_asides(text: str, expected: tuple) -> None:
    """The date and venue of another event or of the page's last update are not the event's:
    with nothing else the fields stay empty; the story's own date and venue are kept."""
    assert _fields(text) == expected


_POSTED = "Blue Helmets Forum\n\nPosted 14 March 2019\n\n"


@pytest.mark.parametrize(
    ("text", "expected", "span"),
    [
        (
            _POSTED + "Delegates gathered last Thursday for the forum on peacekeeping reform.",
            date(2019, 3, 7),
            (61, 74, "last Thursday"),
        ),
        (
            _POSTED + "The forum on peacekeeping reform was held yesterday in Kigali.",
            date(2019, 3, 13),
            (84, 93, "yesterday"),
        ),
        (
            _POSTED + "Delegates met this past Monday to review the mandates.",
            date(2019, 3, 11),
            (56, 72, "this past Monday"),
        ),
        (
            "Blue Helmets Forum\n\nPosted on 14 March 2019 by the press office | News\n\nDelegates"
            " met on Tuesday to review the mandates.",
            date(2019, 3, 12),
            (86, 96, "on Tuesday"),
        ),
        (
            _POSTED + "Delegates will meet next Thursday to review the mandates.",
            date(2019, 3, 14),
            (27, 40, "14 March 2019"),
        ),
        (
            "Blue Helmets Forum\n\n14 March 2019\n\nThe forum on peacekeeping reform was held on"
            " Tuesday in Kigali. The next forum will be held on 20 June 2019 in Accra.",
            date(2019, 3, 12),
            (77, 87, "on Tuesday"),
        ),
        (
            "Blue Helmets Forum\n\nThursday, 14 March 2019 | News | Peace Institute\n\nThe forum"
            " was held on Tuesday in Kigali.",
            date(2019, 3, 12),
            (89, 99, "on Tuesday"),
        ),
        (
            _POSTED + "On Tuesday, ministers from 20 countries discussed peacekeeping reform at the"
            " forum.",
            date(2019, 3, 12),
            (42, 52, "On Tuesday"),
        ),
        (
            _POSTED + "The minister spoke at the forum on Monday about reform.",
            date(2019, 3, 11),
            (74, 83, "on Monday"),
        ),
        (
            "Blue Helmets Forum\n\nThe forum was held on Tuesday in Kigali.\n\nPublished 14 March"
            " 2019",
            date(2019, 3, 12),
            (39, 49, "on Tuesday"),
        ),
        (
            "KIGALI, Rwanda, 14 March 2019 -- The forum on peacekeeping reform was held on"
            " Tuesday.",
            date(2019, 3, 12),
            (75, 85, "on Tuesday"),
        ),
        (
            "KIGALI, Rwanda, 14 March 2019 -- The forum on peacekeeping reform opened today. It"
            " met on Monday too.",
            date(2019, 3, 14),
            (16, 29, "14 March 2019"),
        ),
    ],
    ids=[
        "last-weekday",
        "yesterday",
        "this-past-weekday",
        "byline-date",
        "future-not-counted",
        "weekday-before-a-later-meeting-s-date",
        "masthead-meta-line",
        "event-noun-without-event-verb",
        "event-noun-spoke-at",
        "publication-line-at-the-end",
        "dateline-then-weekday",
        "dateline-then-today",
    ],
)
def test_relative_day_counts_back_from_the_publication_date(
    text: str, expected: date, span: tuple[int, int, str]
) -> None:
    """ "last Thursday" (a week back when the publication day is a Thursday), "yesterday",
    "on Tuesday" under a posted date, a byline date or a masthead's date give the event's day,
    also before a later sentence dating another meeting, in a sentence naming the event
    ("spoke at the forum on Monday"), under a publication line at the page's end, and after a
    dateline when the story's first event sentence says so ("today" keeps the dateline)."""
    info = parse_event(read_layout(text), [])
    assert (info.date, (info.date_span.start, info.date_span.end, info.date_span.text)) == (
        expected,
        span,
    )


def test_the_asides_of_a_report_are_found_once_for_its_date_and_venue_readers() -> None:
    rules = default_rules()
    text = "Seminar on X\nDate: 3 May 2019\n\nUpcoming events:\nWorkshop, 9 June 2019\n"
    layout, other = read_layout(text, rules=rules), read_layout(text, rules=rules)

    first = find_asides(layout, rules.aside_labels)

    assert find_asides(layout, rules.aside_labels) is first
    again = find_asides(other, rules.aside_labels)
    assert again is not first and again.ranges == first.ranges == [(31, len(text))]
