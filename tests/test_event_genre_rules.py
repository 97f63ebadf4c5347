"""Event title, date and venue on page genres and layouts the dev corpus has few of: web
furniture over the headline (share buttons, search boxes, breadcrumbs with "/", genre lines
such as "Training announcement" or "Watch:"), pages in Spanish and French, a byline date
written with a dash, recordings, places in two parts, field lines that start with a date,
table rows, news headlines with a plural subject. Each class in several wordings."""

from __future__ import annotations

from datetime import date

import pytest

from pko_extract.dates import parse_date
from pko_extract.event import parse_title, parse_venue
from pko_extract.segment import read_layout


def _title(text: str) -> str | None:
    found = parse_title(read_layout(text))
    return found.text if found else None


def _venue(text: str) -> tuple[str | None, str | None]:
    venue, city = parse_venue(read_layout(text))
    return (venue.text if venue else None, city.text if city else None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "PRESS RELEASE\nFor immediate release\n\nLISBON, 3 May 2019 -- Officers met at the "
            "Coastal Seminar on Maritime Patrols, which was held on 1 May.",
            "Coastal Seminar on Maritime Patrols",
        ),
        (
            "Search this site\nForum on Police Reform in Missions\n\n12 March 2020\n\nThe forum "
            "met in Lyon.",
            "Forum on Police Reform in Missions",
        ),
        (
            "Facebook Twitter LinkedIn\nEmbargoed until 10:00 GMT\nAnnual Dialogue on Mediation "
            "Support\n\nTuesday, 4 June 2019\n\nThe dialogue met in Oslo.",
            "Annual Dialogue on Mediation Support",
        ),
        (
            "Inicio / Noticias / Eventos\nTaller sobre Protección de Civiles\n\nFecha: 3 de mayo "
            "de 2019",
            "Taller sobre Protección de Civiles",
        ),
        (
            "Course announcement\nLogistics for Peace Operations\n\n2-6 September 2019\n\n"
            "Applications are open.",
            "Logistics for Peace Operations",
        ),
        (
            "Call for Applications\nGender Advisers in Missions\n\n14-18 October 2019, Accra\n",
            "Gender Advisers in Missions",
        ),
        (
            'Videos\nWatch: Panel discussion "Courts after Conflict"\nVideo | 58:10 | Uploaded '
            "2 May 2021\n\nRecorded on 28 April 2021.",
            "Courts after Conflict",
        ),
        (
            "PARLIAMENT\nMINUTES OF THE HEARING\nOversight of Troop Deployments Abroad\n\n"
            "Date: 4 March 2015\n",
            "Oversight of Troop Deployments Abroad",
        ),
        (
            "Event details\n\nEvent\tRegional Exercise on Convoy Protection\nDate\t14/05/2019\n",
            "Regional Exercise on Convoy Protection",
        ),
        (
            "| Item | Details |\n|---|---|\n| Event | Harbour Security Forum |\n| Date | 7 "
            "October 2020 |\n",
            "Harbour Security Forum",
        ),
        (
            "Blog\n\nReflections on the Lakeside Police Retreat\n\nBy Ana Ruiz | 2 July 2018\n\n"
            "Last week I joined the retreat.",
            "Lakeside Police Retreat",
        ),
        (
            "News\nNotes from the Annual Civil Affairs Workshop\n\n12 May 2019\n\nThe workshop "
            "met in Entebbe.",
            "Annual Civil Affairs Workshop",
        ),
        (
            "Past event\n\nWednesday, 9 March 2016\n12:30 - 14:00\n\nThe Civilians Agenda at "
            "Twenty\n\nLocation\nLarch Room\n",
            "The Civilians Agenda at Twenty",
        ),
        (
            "Thursday 4 May 2017, 6 pm\n\nCourts and Police after the Blue Helmets\n\nThe panel "
            "looks at justice after missions.",
            "Courts and Police after the Blue Helmets",
        ),
        (
            "COMUNICADO DE PRENSA\n\nLIMA, 5 de junio de 2019 — El centro inauguró ayer el Curso "
            "Regional de Policía de Paz en su sede.",
            "Curso Regional de Policía de Paz",
        ),
    ],
    ids=[
        "for-immediate-release",
        "search-box",
        "share-and-embargo",
        "breadcrumb-slashes-spanish",
        "course-announcement",
        "call-for-applications",
        "watch-label",
        "minutes-of-the-hearing",
        "table-row-event",
        "pipe-table-event",
        "reflections-on",
        "notes-from",
        "event-date-and-time-above",
        "weekday-time-above",
        "spanish-release",
    ],
)
def test_title_under_page_furniture(text: str, expected: str) -> None:
    """The title is the heading under web furniture and genre lines, not the furniture; a
    blog's "Reflections on" is not part of it; a heading capitalised like a name under an
    event's date and time line names the event."""
    assert _title(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Peacekeepers from Nepal receive UN medals\n\nMALAKAL, 9 November 2017 -- The troops "
        "were honoured on Tuesday.",
        "Officers of the Guard complete patrol training\n\nGOMA, 3 March 2016 -- The course "
        "ended on Friday.",
        "Nurses with Medical Unit treat villagers\n\nBUNIA, 12 May 2018 -- Medics visited "
        "villages on Monday.",
        "12 March 2019\n\nBattalion Hands Over Camp to Police\n\nThe handover took place in Bor.",
    ],
    ids=["receive", "complete", "treat", "bare-date-above-news"],
)
def test_news_headline_with_a_plural_subject_is_no_title(text: str) -> None:
    """A headline whose plural subject has a "from/of/with X" part before its verb reports
    news; a weekday later in the story under it does not make it an event page's heading."""
    assert _title(text) is None


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
    assert _venue(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "INTERNATIONAL SYMPOSIUM ON\nPEACEKEEPING IN URBAN ENVIRONMENTS\n\nOrganised by the "
            "Ministry\n",
            "INTERNATIONAL SYMPOSIUM ON PEACEKEEPING IN URBAN ENVIRONMENTS",
        ),
        (
            "Regional Seminar for\nHeads of Military Components\n\n3 May 2018\n",
            "Regional Seminar for Heads of Military Components",
        ),
        (
            "Chair's Summary\n\nHigh-Level Meeting on Women in Peacekeeping Leadership\n\n"
            "New York, 26 September 2017\n",
            "High-Level Meeting on Women in Peacekeeping Leadership",
        ),
        (
            "CONCEPT NOTE\n\nExpert Group Meeting on Mission Data\n\nDate and venue:\n"
            "28–29 October 2021\n",
            "Expert Group Meeting on Mission Data",
        ),
        (
            "MEMORANDUM\n\nTo: All staff\nFrom: Chief of Staff\nSubject: Town hall meeting on the "
            "budget\nDate: 2 August 2022\n",
            "Town hall meeting on the budget",
        ),
        (
            "Fourth Committee\n\nSummary record of the 12th meeting\n\nHeld on 3 March 2011.\n",
            "Fourth Committee 12th meeting",
        ),
        (
            "Launch of the Annual Review of Missions – 12 May 2016\n\nThe authors present it.\n",
            "Launch of the Annual Review of Missions",
        ),
        (
            "Table ronde\n\nL'avenir des opérations de paix au Sahel\n\nDate : mardi 14 mai 2019, "
            "18h00\n",
            "L'avenir des opérations de paix au Sahel",
        ),
    ],
    ids=[
        "caps-title-runs-on",
        "title-runs-on-for",
        "chairs-summary",
        "concept-note",
        "memo-subject",
        "summary-record",
        "title-closing-with-date",
        "french-article-no-verb",
    ],
)
def test_title_of_event_documents(text: str, expected: str) -> None:
    """Titles of documents about an event: a heading over two lines, a genre line over it
    (chair's summary, concept note, memorandum), a memo's subject, a numbered meeting's
    summary record under its body, a title line closing with its date; a French article
    ending in "s" is no headline verb."""
    assert _title(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mission marks ten years with ceremony in Goma\n\nGOMA, 1 July 2020 – The mission "
        "marked its anniversary today.",
        "Police unit marks its anniversary with a ceremony\n\nJUBA, 9 July 2019 – Officers "
        "gathered today.",
    ],
    ids=["with-ceremony", "with-a-ceremony"],
)
def test_event_noun_inside_a_complement_is_no_title(text: str) -> None:
    """A headline whose event noun stands after "with" names no event ("marks X with
    ceremony", "marks its anniversary with a ceremony")."""
    assert _title(text) is None


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
    assert _venue(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Add to calendar\n\nEvent title\nPartnerships in the Indo-Pacific\n\nDate\nTuesday 10 "
            "October 2023\n",
            "Partnerships in the Indo-Pacific",
        ),
        ("Title\nPolicing after Transitions\n\nDate\n3 May 2019\n", "Policing after Transitions"),
        (
            'Interview\n\n"We must listen to communities": an adviser on the sidelines of the '
            "Global Police Summit\n\nPosted 20 June 2022\n",
            "Global Police Summit",
        ),
        (
            '"We are ready to deploy": the minister on the margins of the Regional Defence '
            "Forum\n\n4 May 2018\n",
            "Regional Defence Forum",
        ),
    ],
    ids=["event-title-alone", "title-alone", "sidelines", "margins"],
)
def test_title_under_a_label_alone_or_beside_a_quotation(text: str, expected: str) -> None:
    """A title label alone over its value; a quotation of what someone said is no title, the
    event "on the sidelines of" which it was said is."""
    assert _title(text) == expected


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
    assert _venue(text) == expected
