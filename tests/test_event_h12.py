"""Event-field classes of the graduated holdout12 set (stop 25), on small invented reports:
a meeting-coverage line naming the body and its numbered meeting at once is the title; a
podcast episode's title in quotation marks after its number, under a show's name and its
tagline line; a room numbered with a dot ("Seminar Room 2.11") makes a place line, not a
title; a press release's number line ("COMMUNIQUÉ DE PRESSE N° 12/X") is no title; a
banner's publication stamp ("Published <date>") is not the event's date; a page's meta line
of date and place under a site's bars and headline gives the venue; a "Course dates:" label
and a version number before a date."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import event_date_text, event_title_text, event_venue_texts

from pko_extract.convert import html_to_layout
from pko_extract.event import parse_title
from pko_extract.segment import read_layout


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "United Nations | Meetings Coverage\nHome > Meetings Coverage > Security Council\n"
            "English | Español\n\nSC/99112\n3 May 2022\n\nSecurity Council 9014th Meeting (AM)\n\n"
            "Convoys Need Fuel, Not Only Escorts, Delegates Tell Council, as Open Debate Weighs"
            " Supply Shocks in Remote Field Areas of Three Missions\n\n"
            "Twenty speakers took the floor today as the Council held an open debate on supply"
            " lines.\n",
            "Security Council 9014th Meeting (AM)",
        ),
        (
            "Harbour Voices\na podcast about the people who rebuild after war\n"
            "Episodes · About · Donate\n\n"
            'Ep. 12 — "Roads Back to Gulu: Engineers Remember"\n'
            "Mar 3, 2021 · 38 min\n\nWe talk with two engineers who built roads in the north."
            " Made with the support of the Lakeside Memory Trust.\n",
            "Roads Back to Gulu: Engineers Remember",
        ),
    ],
    ids=["body-and-meeting-on-one-line", "quoted-episode-title-under-a-tagline"],
)
def test_titles_of_meeting_lines_and_episodes(text: str, expected: str) -> None:
    assert event_title_text(text) == expected


def test_a_place_line_with_a_dotted_room_number_is_no_title() -> None:
    """The page's heading ends with a colon and reads as a field; the "Where" value under it
    names a room ("Seminar Room 2.11"), not a seminar: no title rather than the place."""
    page = (
        "<html><body><nav><a href='/'>Home</a> <a href='/events'>Events</a></nav>\n<main>"
        "<h1>Borders at 30: what the islands taught us</h1>\n<dl><dt>When</dt><dd>Monday 4"
        " March 2024, 10:00</dd>\n<dt>Where</dt><dd>Seminar Room 2.11, Hollis Building, Perth,"
        " and online</dd></dl>\n<p>Speakers compared two border missions.</p></main></body></html>"
    )
    text, hints = html_to_layout(page)
    assert parse_title(read_layout(text, hints)) is None


def test_a_banner_s_publication_stamp_is_not_the_event_s_date() -> None:
    text = (
        "NORTH SEA PEACE NETWORK\nHome | Meetings | Papers\n"
        "Forum Papers No. 3 | Published 2 April 2016 | PDF 410 KB\n\n"
        "Third Annual Forum\nOslo, 9–10 December 2015 | Fjord Conference Centre\n\n"
        "The forum opened with a review of the network's work.\n"
    )
    assert event_date_text(text) == (date(2015, 12, 9), "9–10 December 2015")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NORTH SEA PEACE NETWORK\nHome | Meetings | Papers\n"
            "Meeting Report No. 3 | Published 2 April 2016 | PDF 410 KB\n\n"
            "REPORT\nThird Annual Meeting of the Network\n"
            "Oslo, 9–10 December 2015 | Fjord Conference Centre\n\n"
            "The meeting opened with a review of the network's work.\n",
            ("Fjord Conference Centre", None),
        ),
        (
            "BLUE DESK\nNews · Notes · About\nTracker › 2023 › Daily notes\n\n"
            "FIFTH COMMITTEE — DAY 4\n"
            "Thursday 9 March 2023 · Conference Room 2, UN Headquarters, New York\n"
            "Posted 10 Mar 2023 · Notes by our team\n\nSix delegations spoke on budgets.\n",
            ("Conference Room 2, UN Headquarters", "New York"),
        ),
    ],
    ids=["city-and-date-then-place", "date-then-room-building-city"],
)
def test_a_meta_line_under_bars_and_headline_gives_the_venue(text: str, expected: tuple) -> None:
    assert event_venue_texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NAVAL STAFF COLLEGE\nMARITIME OBSERVERS COURSE 1/2021\n"
            "PROGRAMME – WEEK 1                         Version 2 – 14 FEB 2021\n"
            "Course dates: 8–19 MAR 2021     Venue: Nelson Room, Staff College\n\n"
            "DAY 1 – MON 8 MAR\n0900   Opening   Director of Studies\n",
            (date(2021, 3, 8), "8–19 MAR 2021"),
        ),
        (
            "Regional Peace Operations Centre\nTimetable, Version 4 – 9 May 2018\n\n"
            "Welcome to all participants.\n",
            (date(2018, 5, 9), "9 May 2018"),
        ),
    ],
    ids=["course-dates-label", "version-number-is-no-first-day"],
)
def test_a_course_dates_label_and_a_version_line(text: str, expected: tuple) -> None:
    assert event_date_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "COLLÈGE DE DÉFENSE DU SAHEL\nAccueil | Formations | Contact\n\n"
            "COMMUNIQUÉ DE PRESSE N° 031/CDS/DG\nNiamey, le 4 mars 2020\n\n"
            "Séminaire « Logistique des opérations de paix »\n\n"
            "Le mercredi 4 mars 2020, le Directeur général a présidé la cérémonie de clôture du"
            " stage « Logistique des opérations de paix ».\n",
            "Logistique des opérations de paix",
        ),
    ],
    ids=["french-release-number-line"],
)
def test_a_press_release_s_number_line_is_no_title(text: str, expected: str) -> None:
    assert event_title_text(text) == expected
