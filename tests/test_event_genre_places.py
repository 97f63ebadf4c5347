"""Event date and venue on page genres and layouts the dev corpus has few of: Spanish,
French and Portuguese dates, recordings, memo headers, events dated by their end, places in
two parts, field lines that start with a date or end with a street, table rows, address
blocks under a label, camps and training grounds. Each class in several wordings."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import event_venue_texts

from pko_extract.dates import parse_date
from pko_extract.segment import read_layout


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fecha: 21 de septiembre de 2018\nLugar: Sala 3, Montevideo", date(2018, 9, 21)),
        ("El taller se celebró los 4 y 5 de marzo de 2019 en Lima.", date(2019, 3, 4)),
        ("La reunión tuvo lugar el 12 de octubre de 2017.", date(2017, 10, 12)),
        (
            "Episode 7\nPublished 3 February 2021 - 38 min\n\nIn this episode, recorded on 27 "
            "January 2021, the host talks with a police adviser.",
            date(2021, 1, 27),
        ),
        (
            "Posted 9 May 2022 -- 12 min read\n\nThe lecture was recorded on 2 May 2022 in Oslo.",
            date(2022, 5, 2),
        ),
        (
            "BUENOS AIRES, 5 de junio de 2019 — El centro inauguró ayer un curso que se "
            "desarrollará hasta el 21 de junio.",
            date(2019, 6, 4),
        ),
        (
            "NAIROBI, 12 May 2019 -- The course, which runs until 24 May, opened yesterday at "
            "the staff college.",
            date(2019, 5, 11),
        ),
        (
            "DAKAR, 3 mars 2016 -- Le séminaire s'est tenu hier à l'École de Paix.",
            date(2016, 3, 2),
        ),
    ],
    ids=[
        "fecha",
        "celebro-range-y",
        "tuvo-lugar",
        "podcast-published-dash",
        "posted-dash",
        "ayer-beside-a-later-date",
        "yesterday-beside-a-later-date",
        "hier",
    ],
)
def test_dates_in_spanish_and_of_recordings(text: str, expected: date) -> None:
    """Spanish dates ("21 de septiembre de 2018", "4 y 5 de marzo"); a byline date with a
    dash is the page's date, not a dateline; "recorded on" dates the event; "yesterday"
    ("ayer", "hier") counts back from a dateline even beside a later date."""
    assert parse_date(read_layout(text))[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Forum on Policing\n\nThursday 17 October 2019, 09:30\nMarlowe Auditorium, Institute "
            "for Security Dialogue\n",
            ("Marlowe Auditorium, Institute for Security Dialogue", None),
        ),
        (
            "HEARING\n\nTuesday, June 7, 2016\nRoom 2172, Hartwell Office Building\n",
            ("Room 2172, Hartwell Office Building", None),
        ),
        (
            "Venue\tConference Room B, Ministry of Defence\n",
            ("Conference Room B, Ministry of Defence", None),
        ),
        (
            "Venue: Seminar Room, Department of Peace Studies",
            ("Seminar Room, Department of Peace Studies", None),
        ),
        (
            "Time and place: 9-11 May 2017, Room S-301, Kessler Building, Geneva",
            ("Room S-301, Kessler Building", "Geneva"),
        ),
        (
            "Date and venue: Monday, 4 June 2018, 10:00, Cedar Hall, Oslo",
            ("Cedar Hall", "Oslo"),
        ),
        (
            "Lugar: Centro de Estudios Estratégicos, Lima",
            ("Centro de Estudios Estratégicos", "Lima"),
        ),
        (
            "Le colloque s'est tenu le 5 avril 2017 à l'Université Lamine Sarr, à Dakar.",
            ("Université Lamine Sarr", None),
        ),
        (
            "The ministers met on 18 June 2015 in Lomé, at the Hôtel du Deux Février.",
            ("Hôtel du Deux Février", None),
        ),
        (
            "The troops were decorated at a parade held at the Nepalese battalion camp.",
            ("Nepalese battalion camp", None),
        ),
        (
            "The army opened a course for 650 soldiers bound for Lebanon at the Hill Training "
            "Camp.",
            ("Hill Training Camp", None),
        ),
        ("| Venue | Harbour View Hotel, Mombasa |", ("Harbour View Hotel", "Mombasa")),
        (
            "Location\nLarch Room\nHolloway Institute\n41 Baker Row\nLondon\n",
            ("Larch Room, Holloway Institute", None),
        ),
        (
            "Where:\nSeminar Room 2\nCentre for Peace Studies\n7 Quay Street\n",
            ("Seminar Room 2, Centre for Peace Studies", None),
        ),
    ],
    ids=[
        "second-part-institute",
        "second-part-building",
        "table-row-ministry-not-city",
        "field-department-not-city",
        "time-and-place-date-first",
        "date-and-venue-weekday-time-first",
        "lugar",
        "french-a-l-universite",
        "hotel-du",
        "battalion-camp",
        "training-camp",
        "pipe-table-row",
        "label-over-address-block",
        "where-over-address-block",
    ],
)
def test_venue_in_other_layouts(text: str, expected: tuple[str | None, str | None]) -> None:
    """A place in two parts keeps its second part when it is a venue or a body, not a city;
    a field's leading date and time are not the place; French and Spanish venues; camps."""
    assert event_venue_texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "To: All section chiefs\nFrom: Chief of Staff\nSubject: Town hall\nDate: 2 August "
            "2022\n\nA town hall meeting will be held on 9 August 2022.",
            date(2022, 8, 9),
        ),
        (
            "TO: Heads of office\nDATE: 4 May 2021\nRE: Staff retreat\n\nThe retreat will take "
            "place on 20 May 2021.",
            date(2021, 5, 20),
        ),
        (
            "ABUJA — Forty commanders completed a five-day course on policing on Friday, 21 June "
            "2019.",
            date(2019, 6, 17),
        ),
        ("The cadets finished a three-day exercise on 12 April 2018.", date(2018, 4, 10)),
    ],
    ids=["memo-header", "memo-header-caps", "completed-five-day", "finished-three-day"],
)
def test_memo_dates_and_events_dated_by_their_end(text: str, expected: date) -> None:
    """A memo's "Date:" among "To:/From:/Subject:" dates the memo, not the event; an event
    "completed"/"finished" after N days starts N-1 days before."""
    assert parse_date(read_layout(text))[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Summary record\n\nHeld at Headquarters, New York, on 22 February 2010.", (None, None)),
        (
            "INTERNATIONAL SYMPOSIUM\nOrganised by the Ministry\nHotel Continental, Yaoundé | 14 "
            "November 2019\n",
            ("Hotel Continental", "Yaoundé"),
        ),
        (
            "Launch of the Annual Review – 12 May 2016\n\nAuditorium B, Faculty of Social Sciences "
            "| Nordhavn University\n",
            ("Auditorium B, Faculty of Social Sciences | Nordhavn University", None),
        ),
        (
            "Fecha y lugar: 8 de marzo de 2022, Auditorio Central, Escuela Superior de Guerra, "
            "Bogotá",
            ("Auditorio Central, Escuela Superior de Guerra", "Bogotá"),
        ),
        (
            "The town hall will be held in the Multipurpose Hall, Logistics Base.",
            ("Multipurpose Hall, Logistics Base", None),
        ),
    ],
    ids=[
        "lone-headquarters",
        "meta-line-place-then-date",
        "under-title-closing-with-date",
        "fecha-y-lugar",
        "logistics-base",
    ],
)
def test_venue_of_event_documents(text: str, expected: tuple[str | None, str | None]) -> None:
    """A venue noun alone is no place; a place line with the date after a bar; the place
    line under a title closing with its date; "Fecha y lugar:"; a base as a second part."""
    assert event_venue_texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Published: March 3, 2017\n\nDefence chiefs on Thursday ended a two-day meeting in "
            "Abuja.",
            date(2017, 3, 1),
        ),
        (
            "O curso, realizado de 30 de agosto a 10 de setembro de 2021, terminou em Brasília.",
            date(2021, 8, 30),
        ),
        ("A reunião decorreu a 4 de março de 2020 em Maputo.", date(2020, 3, 4)),
    ],
    ids=["on-thursday-ended-two-day", "portuguese-range", "portuguese-decorreu"],
)
def test_dates_counted_back_and_in_portuguese(text: str, expected: date) -> None:
    """ "On Thursday ended a two-day meeting" starts the day before; Portuguese months and
    event verbs ("realizado", "decorreu")."""
    assert parse_date(read_layout(text))[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The exercise began on 2 September at the Hill Training Area.",
            ("Hill Training Area", None),
        ),
        (
            "The drill was staged at the Lakeside Training Ground in Kisumu.",
            ("Lakeside Training Ground", "Kisumu"),
        ),
    ],
    ids=["training-area", "training-ground"],
)
def test_training_grounds_are_venues(text: str, expected: tuple[str | None, str | None]) -> None:
    """A training area or ground is where an exercise or a course is held."""
    assert event_venue_texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Venue: Hollis Auditorium, Centre for Security Studies, 220 Market Street, Brookfield",
            ("Hollis Auditorium, Centre for Security Studies", "Brookfield"),
        ),
        ("Location: Hall 3, 12 Quay Road", ("Hall 3", None)),
        (
            "The Minister on 12 March 2019 officially closed the 6th Staff Course on Peace Support "
            "Operations at the Joint Staff College, Karimu.",
            ("Joint Staff College", None),
        ),
    ],
    ids=["street-and-city", "street-last", "closed-at"],
)
def test_venue_without_street_and_after_closed(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    """A field's street address is no part of the venue; "closed ... at X" places a course."""
    assert event_venue_texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "IN BRIEF\n\n• 12 May – The centre hosted a roundtable.\n\nNewsletter No. 34, "
            "June 2021",
            date(2021, 5, 12),
        ),
        ("Bulletin, March 2019\n\nOn 4 March the academy held a seminar.", date(2019, 3, 4)),
    ],
    ids=["newsletter-issue-below", "bulletin-issue-above"],
)
def test_a_date_without_its_year_takes_the_issue_year(text: str, expected: date) -> None:
    """With no full date anywhere, a day and month take the one year written with a month
    ("June 2021")."""
    assert parse_date(read_layout(text))[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Date: 14 Feb 2018\nLocation: Kigali\n", (None, "Kigali")),
        ("Where: Addis Ababa\n", (None, "Addis Ababa")),
        (
            "Thursday 16 March 2023, 14:00\nOnline and at Chatterton House, 12 Lime Street, "
            "London\n",
            ("Chatterton House", None),
        ),
        (
            "Monday 3 May 2021, 10:00\nCedar Hall, Linden University and online\n",
            ("Cedar Hall, Linden University", None),
        ),
        (
            "The police organised a workshop on 3 June at its Sector East headquarters.",
            ("Sector East headquarters", None),
        ),
        ("The centre hosted a roundtable at its Nairobi campus.", ("Nairobi campus", None)),
        (
            "International Conference, 22–24 September 2022\nUniversity of Lowmoor, Faculty of "
            "Law\n",
            ("University of Lowmoor, Faculty of Law", None),
        ),
    ],
    ids=[
        "location-city-only",
        "where-two-word-city",
        "online-and-at",
        "and-online",
        "its-headquarters",
        "its-campus",
        "under-conference-line-with-range",
    ],
)
def test_venue_on_more_cluttered_pages(text: str, expected: tuple[str | None, str | None]) -> None:
    """A field naming only a city gives no venue; a hybrid event's place without "Online
    and"; a host's own place ("its X headquarters"); a faculty as a second part."""
    assert event_venue_texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "FOR RELEASE: 10 June 2020\n\nTraining Centre Hosts Regional Course on Logistics\n\n"
            "The centre opened the course at its Karen campus.",
            ("Karen campus", None),
        ),
        (
            "12 May 2019\n\nStaff College Launches Course for Observers\n\nThe course opened "
            "yesterday.",
            (None, None),
        ),
    ],
    ids=["headline-hosts", "headline-launches"],
)
def test_a_headline_under_a_date_line_is_no_place(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    """A headline with a venue noun under a date line reports news; it is no place line."""
    assert event_venue_texts(text) == expected
