"""Event-field classes of the graduated holdout13 set (stop 26), on small invented reports:
a "Room" field (tab row or "Room:") is the venue, and an event page's tab-separated field
rows under its heading make the heading the title; a line of the town, the venue and the
date, the town first, gives the venue; a body's acronym after "en las instalaciones del" is the
venue; two places joined by "and the" are no venue; a letterhead's address line ("X COLLEGE" / "Y
Cantonment, Town") is the host's, not the event's place; a range "from 11 until 15
September" starts on its first day; a Spanish, French or Portuguese weekday before a day
without a year dates the event ahead of the bulletin's own date; a letterhead with its town
after a dash and a report's number line are passed over for the report's title; numbered
programme days ("Day 1 and Day 2") and a lower-case byline ("by X, Spokesperson") are no
title; a place before "for the" is cut from a named event; a meeting line with its session
("Seventy-Second Session, 41st Meeting (PM)") is the title when no body is named; a
contingent named for its country with a rotation number ("NAMIBIA XIV") cites no mission."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import event_date_text, event_title_text, event_venue_texts
from conftest import linked_missions as linked

from pko_extract.gazetteer import default_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return default_gazetteer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Events › Roundtables\n\nWater, Wells and Blue Helmets\n\nDate\tMonday, 3 March 2025\n"
            "Time\t10:00 – 12:00\nRoom\tSeminar Room 4, Lakeshore Institute, Kisumu\n\n"
            "Engineers will compare borehole projects.\n",
            ("Seminar Room 4, Lakeshore Institute", "Kisumu"),
        ),
        (
            "Guest talk: Radios in the Bush\nWhen: 8 May 2024\nRoom: Lecture Theatre B, Main"
            " Building\n\nA former signals officer tells how patrols kept in touch.\n",
            ("Lecture Theatre B, Main Building", None),
        ),
        (
            "SAHEL DEFENCE COLLEGE | COLLÈGE DE DÉFENSE\nHome > News\n\nBRIEFING ON THE REGIONAL"
            " STANDBY BRIGADE\nNiamey, Brigade Headquarters, Tuesday 4 April 2023\n\nThe commander"
            " answered questions from the press.\n",
            ("Brigade Headquarters", "Niamey"),
        ),
        (
            "NORTHERN COMMAND AND STAFF COLLEGE\nGarrison Cantonment, Lakeview\nHome | Courses |"
            " News\n\nThe College hosted a seminar on convoy escorts on Monday, 6 May 2024 in"
            " the Kestrel Auditorium. Two former sector commanders spoke.\n",
            ("Kestrel Auditorium", None),
        ),
        (
            "MINISTERIO DE DEFENSA - Boletín No. 7\n\nEl Ministro presidió la ceremonia de"
            " graduación del curso de observadores en las instalaciones del CENCOPAZ, Tarija,"
            " con la presencia de los familiares.\n",
            ("CENCOPAZ", None),
        ),
        (
            "ASSEMBLY APPROVES SUPPORT BUDGETS\n\nDelegates said the package also covered the"
            " support office in Kuwait and the Regional Service Centre in Entebbe. The vote"
            " was taken without debate.\n",
            (None, None),
        ),
    ],
    ids=[
        "room-tab-row",
        "room-colon-field",
        "town-venue-date-line",
        "letterhead-address",
        "facilities-of-an-acronym",
        "two-places-joined-by-and-the",
    ],
)
def test_venue_classes(text: str, expected: tuple) -> None:
    assert event_venue_texts(text) == expected


def test_a_room_named_with_its_noun_keeps_the_noun() -> None:
    """ "Room G.12, Arts Building" under a date line is the room's name, not a "Room" label
    (a guard for the "Room" field label, which passes on main as well)."""
    text = (
        "Department of History – Evening talk\n\n'Blue berets in the desert'\n\n"
        "Dr. Ana Ferreira, Lakeside University\nTuesday 5th March 2019, 6pm\n"
        "Room G.12, Arts Building\n\nAll welcome.\n"
    )
    assert event_venue_texts(text)[0] == "Room G.12, Arts Building"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Notes from the field\n\nOne year ago I was in Ghana for the Regional Course on"
            " Civilian Protection, from 6 until 10 March 2023. We were twenty.\n",
            (date(2023, 3, 6), "from 6 until 10 March 2023"),
        ),
        (
            "Ministerio de Defensa | Boletín No. 44-2024 | Lima, 9 de agosto de 2024\n\n"
            "DESPEDIDA DEL BATALLÓN\n\nEl Ministro presidió el miércoles 7 de agosto la"
            " ceremonia de despedida del batallón que se integrará a la misión, en el cuartel"
            " general del Ejército, con la presencia de las familias de los soldados.\n",
            (date(2024, 8, 7), "7 de agosto"),
        ),
        (
            "Ministère de la Défense | Bulletin n° 12 | Dakar, 15 mars 2024\n\n"
            "CÉRÉMONIE DE DÉPART\n\nLe ministre a présidé le mercredi 13 mars la cérémonie de"
            " départ du contingent qui rejoindra la mission, au camp militaire de la capitale,"
            " devant les familles des soldats et les autorités.\n",
            (date(2024, 3, 13), "13 mars"),
        ),
    ],
    ids=["from-until-range", "spanish-weekday-before-day", "french-weekday-before-day"],
)
def test_date_classes(text: str, expected: tuple) -> None:
    assert event_date_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "LAKES REGION PEACE SUPPORT ACADEMY (LRPSA) - Jinja, Uganda\n"
            "Report No. LRPSA/CR/2022/03 - Distribution: participants\n\n"
            "REPORT OF THE SENIOR COURSE ON CONVOY SECURITY IN PEACE OPERATIONS\n"
            "4 - 8 April 2022, LRPSA Campus, Jinja\n\n1. Background\nThe course brought together"
            " 20 officers. Day 1 and Day 2 covered route planning.\n",
            "SENIOR COURSE ON CONVOY SECURITY IN PEACE OPERATIONS",
        ),
        (
            "Office of the Spokesperson\nHome > Briefings\n\nHIGHLIGHTS OF THE DAY\n"
            "by Lena Marsh-Okoro, Spokesperson for the Mission\nFriday, 7 June 2024\n\n"
            "• WATER\nThe mission opened two wells in the north.\n",
            None,
        ),
        (
            "Capitã em campo - a blog\n\nWhat the course gave me\nPosted by Rita Nhaca · 2 May"
            " 2024\n\nLast year I travelled to Kenya for the International Course on Gender in"
            " Peace Operations at the school. It changed my work.\n",
            "International Course on Gender in Peace Operations",
        ),
        (
            "United Nations | Meetings Coverage\nHome > Meetings Coverage > Plenary\n\nGA/99001\n"
            "12 June 2018\n\nGeneral Assembly Plenary\nSeventy-Second Session, 41st Meeting (PM)"
            "\n\nASSEMBLY ADOPTS TEXTS ON SUPPORT ACCOUNT\n\nThe Assembly took note of the"
            " report, after the Committee had concluded its work.\n",
            "Seventy-Second Session, 41st Meeting",
        ),
    ],
    ids=[
        "letterhead-town-and-report-number-passed-over",
        "byline-is-no-title",
        "place-for-the-event",
        "session-and-meeting-line",
    ],
)
def test_title_classes(text: str, expected: str | None) -> None:
    assert event_title_text(text) == expected


def test_a_contingent_named_for_its_country_cites_no_mission(gaz) -> None:
    """ "NAMIBIA XIV" is the fourteenth contingent Namibia sends: the sender, not a mission in
    Namibia (UNTAG served there in 1989-1990); the mission it joins is named."""
    text = (
        'FAREWELL TO THE "NAMIBIA XIV" CONTINGENT\n\nThe Minister bade farewell to the'
        " contingent that will join UNMISS in South Sudan.\n"
    )
    assert linked(text, date(2024, 3, 1), gaz) == [("UNMISS", "UNMISS"), ("South Sudan", "UNMISS")]
