"""Event title, date and venue on layouts of the graduated holdout5 classes (stop 22): a
line of genre labels between bars over the title ("Event summary | Workshop"), a question in
title case over "Date:" and "Location:" fields, a paper's name over "Opinion | date", a
radio show's "Programme:" line over "Broadcast:", a dated list item over another ("- X
Course, Nairobi, 9-20 May 2022" over "- Y"), which is no dateline, a park or garden as a
venue and "the main room of the X Centre". Each text written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import event_title_text, event_venue_text

from pko_extract.dates import parse_date
from pko_extract.event import parse_title
from pko_extract.segment import read_layout

_LABELLED = (
    "SAHEL POLICY CIRCLE\n"
    "Research > Event notes\n\n"
    "{bar}\n"
    "Borders After the Blue Helmets: Who Guards the Sahel?\n\n"
    "Date: 3 May 2022\n"
    "Location: Palais Wilson, Geneva\n\n"
    "This note summarises the discussion.\n"
)

_NEWSLETTER = (
    "Training Network Bulletin | April 2022\n\n"
    "1. Police chiefs meet in Kisumu\n\n"
    "Thirty officers met at the Lakeside Hotel in Kisumu on 14 and 15 March 2022 for the "
    "Regional Police Seminar.\n\n"
    "Upcoming courses\n"
    "- Logistics Officers Course, Nairobi, 9–20 May 2022\n"
    "- Gender Advisers Course (online), 6–17 June 2022\n"
)


@pytest.mark.parametrize(
    ("bar", "expected"),
    [
        ("Event summary | Workshop", "Borders After the Blue Helmets: Who Guards the Sahel?"),
        ("Workshop report | Seminar", "Borders After the Blue Helmets: Who Guards the Sahel?"),
    ],
    ids=["summary-bar-kind", "report-bar-kind"],
)
def test_genre_bar_over_the_title_is_a_label(bar: str, expected: str) -> None:
    """A line whose parts between bars are a report genre and a kind of event says what the
    page is; the title is the line under it."""
    layout = read_layout(_LABELLED.format(bar=bar))
    found = parse_title(layout)
    assert found is not None
    assert found.text == expected
    assert layout.text[found.start : found.end] == expected


def test_kind_bar_with_a_title_keeps_its_title() -> None:
    """ "Webinar | X" is the kind and the title, not a label line (unchanged)."""
    text = "Webinar | Radios for Peace: Community Media in Missions\n\n12 May 2021, online\n"
    found = parse_title(read_layout(text))
    assert found is not None
    assert found.text == "Radios for Peace: Community Media in Missions"


def test_dated_list_item_over_another_is_no_dateline() -> None:
    """A date in a bulleted list of coming courses, with the next bullet's dash after it, is
    not a dateline: the event sentence dates the event."""
    found, span = parse_date(read_layout(_NEWSLETTER))
    assert found == date(2022, 3, 14)
    assert span is not None
    assert span.text == "14 and 15 March 2022"


_QUESTION = (
    "NORDIC CRISIS FORUM\n"
    "Publications > Event reports\n\n"
    "Workshop report | Roundtable\n"
    "Who Pays for the Exit? Financing Transitions After UN Missions\n\n"
    "Date: 9 November 2023\n"
    "Location: Harbour Meeting Hall, Stockholm\n\n"
    "Some twenty officials discussed how budgets shrink when a mission draws down.\n"
)

_OPED = (
    "THE HARBOUR COURIER\n"
    "Opinion | Tuesday 30 May 2023\n\n"
    "Names on a wall are not enough. We owe them a louder memory.\n\n"
    "By Jane Writer\n\n"
    "On a bright morning I joined sixty people for the annual Remembrance Ceremony for "
    "Fallen Peacekeepers, held at the Lakeshore Memorial Park in Port Vella.\n"
)

_RADIO = (
    "RADIO LAKES – COMMUNITY SERVICE\n"
    "Programme: Evening Bulletin – Regional Round-up\n"
    "Broadcast: Friday 8 September 2023, 19:00\n"
    "Transcript (Swahili service)\n\n"
    "PRESENTER: Good evening. Our first story comes from Bunia, where two hundred young "
    "people have gathered for the "
    "Ituri Youth Dialogue on Peace, which opened yesterday.\n\n"
    "CORRESPONDENT: The main room of the Bunia Cultural Centre was packed on Thursday.\n"
)


def test_question_title_over_date_and_location_fields() -> None:
    """A title-case question over "Date:" and "Location:" fields is the event page's title,
    though its question has a verb; the genre bar over it is no title either."""
    assert (
        event_title_text(_QUESTION)
        == "Who Pays for the Exit? Financing Transitions After UN Missions"
    )


def test_paper_name_over_opinion_bar_is_no_title() -> None:
    """A paper's name over "Opinion | <date>" is the masthead, whatever the headline under
    it; the ceremony named in the body is the title."""
    assert event_title_text(_OPED) == "Remembrance Ceremony for Fallen Peacekeepers"


def test_radio_show_name_is_no_title() -> None:
    """ "Programme: X" over "Broadcast: <date>" names the show and "Transcript (X service)"
    the genre; the event named in the lead is the title."""
    assert event_title_text(_RADIO) == "Ituri Youth Dialogue on Peace"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_OPED, "Lakeshore Memorial Park"),
        (_RADIO, "Bunia Cultural Centre"),
        (
            "The vigil was held in the Harbour Peace Garden in Port Vella on 3 May 2021.\n",
            "Harbour Peace Garden",
        ),
    ],
    ids=["park", "main-room-of-the-centre", "garden"],
)
def test_park_garden_and_room_of_a_place_are_venues(text: str, expected: str) -> None:
    """A park or garden is a place; "the main room of the X Centre" holds X Centre."""
    assert event_venue_text(text) == expected


def test_clock_time_after_the_date_is_not_part_of_the_venue() -> None:
    """ "Sunday 4 June 2023, 10:30, Harbour Hall, Quay Street": the place after the date
    line's clock time, which is no part of it."""
    text = (
        "Order of Service\n"
        "National Veterans' Day\n"
        "Sunday 4 June 2023, 10:30, Harbour Hall, Quay Street\n\n"
        "Welcome - the Mayor\n"
    )
    assert event_venue_text(text) == "Harbour Hall"


def test_a_sites_hill_stays_with_the_venue() -> None:
    """ "Peace Garden, Abbey Hill" after the date line's clock time: the hill is the site the
    garden stands on, part of the venue, not a city."""
    text = (
        "Order of Service\n"
        "National Veterans' Day\n"
        "Sunday 4 June 2023, 10:30, Peace Garden, Abbey Hill\n\n"
        "Welcome - the Mayor\n"
    )
    assert event_venue_text(text) == "Peace Garden, Abbey Hill"
