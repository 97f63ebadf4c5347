"""Event title, date and venue on the layouts of tests/fixtures/events32 (stop 22): a site's
menu on one line, a two-part breadcrumb of genre words, a banner line with the kind of event,
the title and the dates, "Webinar | X", an e-mail invitation whose sentence closes with a
colon over the title, a message header's date, an "Address:" block, a hall after its owner's
possessive, French and Spanish place cues, a cover's place over its city line, a place line
without a venue noun under the date line, the name of what a launch launched. Each text
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import event_title_text, event_venue_text

from pko_extract.dates import parse_date
from pko_extract.segment import read_layout


def _date(text: str) -> date | None:
    return parse_date(read_layout(text))[0]


_BANNER = (
    "Sahel Research Circle\n\n"
    "ANNUAL FORUM 2022  |  BORDERS AND BLUE HELMETS  |  4–6 OCTOBER 2022  |  NIAMEY, NIGER\n\n"
    "Applications closed on 15 June 2022. Registration is open until 1 September 2022.\n\n"
    "The forum asks who guards the borders once a mission has gone.\n"
)

_INVITATION = (
    "From: Embassy events <events@example.org>\n"
    "Sent: Monday, 4 March 2019 10:02\n"
    "To: guests\n"
    "Subject: Invitation - panel on 21 March\n\n"
    "Dear colleagues,\n\n"
    "You are cordially invited to a panel discussion on the margins of the annual session:\n\n"
    "Police Without Borders: Lessons From Regional Deployments\n\n"
    "Thursday, 21 March 2019, 13:15 – 14:30\n\n"
    "Address:\n"
    "Garden Room\n"
    "Nordic Peace House\n"
    "12 Harbour Street\n"
    "Oslo 0150\n\n"
    "Lunch will be served.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lakeside Peace Forum\nHome   About   Seminar 2024   Partners   Contact\n\n"
            "Regional Seminar on Maritime Peacekeeping\n\nThursday, 7 March 2024, 09:00\n\n"
            "The seminar brought together coast guards of six countries.",
            "Regional Seminar on Maritime Peacekeeping",
        ),
        (
            "Harbour Policy Lab\nEvents / Past events\n\n"
            "Webinar | Radios for Peace: Community Media in Missions\n\n"
            "Thursday, 3 June 2021, 14:00\n\nThe webinar heard three station managers.",
            "Radios for Peace: Community Media in Missions",
        ),
    ],
    ids=["menu-on-one-line", "genre-crumb-and-kind-bar"],
)
def test_menu_lines_and_kind_bars_are_no_title(text: str, expected: str) -> None:
    """A menu written on one line and a breadcrumb of genre words are furniture; "Webinar |"
    only says what kind of event the title names."""
    assert event_title_text(text) == expected


def test_about_the_event_is_a_section_heading() -> None:
    """ "About the seminar" heads a section; it names no event."""
    text = (
        "Harbour Policy Lab\n\nAbout the seminar\n\n"
        "Our seminars bring police officers and researchers together every spring."
    )
    assert event_title_text(text) is None


def test_banner_line_gives_title_and_date() -> None:
    """The banner's title part and its dates, not a deadline written under it."""
    assert event_title_text(_BANNER) == "BORDERS AND BLUE HELMETS"
    assert _date(_BANNER) == date(2022, 10, 4)


def test_banner_place_part_is_no_title() -> None:
    """A banner whose only other part is a place names no title."""
    text = (
        "Side event  |  21 September 2022  |  Conference Room 6, UN Headquarters, New York\n\n"
        "Financing Peace after Drawdown\n\nThe side event heard three ministers."
    )
    assert event_title_text(text) == "Financing Peace after Drawdown"


def test_invitation_sentence_with_colon_names_the_title_under_it() -> None:
    """ "You are cordially invited to a panel ...:" / the title line; the e-mail's "Sent:"
    date is the message's, the date line under the title the event's."""
    assert (
        event_title_text(_INVITATION) == "Police Without Borders: Lessons From Regional Deployments"
    )
    assert _date(_INVITATION) == date(2019, 3, 21)


def test_address_block_under_the_date_line_is_the_venue() -> None:
    """The name lines of an "Address:" block under the event's date line."""
    assert event_venue_text(_INVITATION) == "Garden Room, Nordic Peace House"


def test_contact_address_is_no_venue() -> None:
    """An "Address:" block in a contact footer, with no date line over it, is no venue."""
    text = (
        "The course was a success, its director said.\n\n"
        "Contact us\nAddress:\nCourse Office\nPeace Training House\n12 Harbour Street\n"
    )
    assert event_venue_text(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thirty officers received their certificates on 4 May 2018 in a ceremony hosted at"
            " the academy's Kessler Hall.",
            "Kessler Hall",
        ),
        (
            "Du 3 au 5 mai 2019, le centre a réuni dans l'Auditorium Senghor quarante officiers"
            " pour le séminaire.",
            "Auditorium Senghor",
        ),
        (
            "El curso se desarrolló del 2 al 6 de mayo de 2019 en las instalaciones del Centro"
            " de Formación para la Paz, en Lima.",
            "Centro de Formación para la Paz",
        ),
    ],
    ids=["owner-possessive", "dans-l", "en-las-instalaciones-del"],
)
def test_venue_after_its_cue(text: str, expected: str) -> None:
    """A hall after its owner's possessive; "dans l'", "en las instalaciones del"."""
    assert event_venue_text(text) == expected


def test_cover_place_over_its_city_line() -> None:
    """A cover's venue line over "City, Country" over the date line."""
    text = (
        "REGIONAL WORKSHOP\nON\nBORDER POLICING\n\nProvisional Programme\n\n"
        "Harbour View Hotel\nMombasa, Kenya\n12 – 14 March 2019\n\nDay 1\n09:00 Opening\n"
    )
    assert event_venue_text(text) == "Harbour View Hotel"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Annual Wreath Laying\nSunday, 2 June 2019, 10:00\n"
            "The Old Bastion, Castle Gardens, Valletta\n\nAll are welcome.",
            "The Old Bastion, Castle Gardens",
        ),
        ("Veterans' Lunch\nFriday, 3 May 2019\nAccra, Ghana\n\nAll are welcome.", None),
        (
            "Guest talk\nFriday, 3 May 2019\nDr. Amina Diallo, Director\n\nAll are welcome.",
            None,
        ),
    ],
    ids=["name-and-part-of-town", "city-and-country", "person-and-office"],
)
def test_place_line_without_venue_noun_under_the_date_line(text: str, expected: str | None) -> None:
    """A name and its part of town right under the date line is the venue; a city and its
    country, or a person and an office, is not."""
    assert event_venue_text(text) == expected


def test_launch_names_the_event() -> None:
    """The name of what a launch launched, in the lead."""
    text = (
        "Coastal states pledge support\n\nBy A. Writer\n\n"
        "The Minister spoke on Tuesday at the official launch of Coastal Security Partnership"
        " for West Africa, a programme funded by three donors."
    )
    assert event_title_text(text) == "Coastal Security Partnership for West Africa"


def _story(headline: str) -> str:
    return (
        f"{headline}\n\n12 March 2019\n\nSome 300 peacekeepers took part in the event held on"
        " Monday at the camp, the mission said. The commander thanked the troops."
    )


@pytest.mark.parametrize(
    "headline",
    [
        "Peacekeepers Honoured at Medal Parade in Juba",
        "Visit of the Chief of Defence Staff to Sector East",
        "Farewell Dinner for Departing Police Commissioner",
    ],
    ids=["kind-of-ceremony-and-place", "visit-of", "farewell-dinner-for"],
)
def test_unnamed_event_headline_gives_no_title(headline: str) -> None:
    """A news story about an unnamed parade, visit or dinner has no title (the dev gold's
    convention), however its headline is capitalised."""
    assert event_title_text(_story(headline)) is None


def test_numbered_parade_keeps_its_name() -> None:
    """A parade of a numbered contingent named in a sentence is still the title."""
    text = (
        "Public notice\n\nThe public is invited to the Passing-Out Parade of the 12th Peacekeeping"
        " Contingent, to be held on Saturday, 4 May 2019 at the Police Training School."
    )
    assert event_title_text(text) == "Passing-Out Parade of the 12th Peacekeeping Contingent"
