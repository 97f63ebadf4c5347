"""Event title and venue on the genres of tests/fixtures/events8 and events9: a Day whose
theme is quoted beside it, awards named in a story's lead, a heading in capitals running on
to a line that opens with a small word; venues in a dateline, after "hosted at", in lower
case ("the residence of the Ambassador of X"), cut before the event they hosted. Each class
in several wordings."""

from __future__ import annotations

import pytest
from conftest import event_title_text, event_venue_text

from pko_extract.dates import parse_date
from pko_extract.segment import read_layout


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Battalion marks Peacekeepers Day under the theme "Protecting Civilians, Protecting '
            'Peace"\n\n29 May 2021\n\nThe battalion marked the International Day of UN '
            "Peacekeepers with a parade at its camp.",
            "International Day of UN Peacekeepers",
        ),
        (
            "News | 29 May 2019\n\nThis year the World Peacekeepers Day carried "
            'the theme "Women for Peace" and was marked with a parade.',
            "World Peacekeepers Day",
        ),
        (
            "Embassy news\n\nOn 29 May 2016 the embassy hosted a reception under the theme "
            '"Partners in Blue", marking the International Day of UN Peacekeepers.',
            "Partners in Blue",
        ),
        (
            "Medics honoured\n\nPosted 3 May 2021\n\nTwo nurses received the 2021 Golden Stretcher "
            "Awards on Friday at a ceremony in the city hall.",
            "2021 Golden Stretcher Awards",
        ),
        (
            "REPORT\n\nREGIONAL WORKSHOP ON BORDER MANAGEMENT\nIN POST-CONFLICT SETTINGS\n\n"
            "Lomé, 3 – 5 May 2018\n\nThe workshop gathered forty officers.",
            "REGIONAL WORKSHOP ON BORDER MANAGEMENT IN POST-CONFLICT SETTINGS",
        ),
        (
            "REGIONAL WORKSHOP ON BORDER MANAGEMENT\nLomé, 3 – 5 May 2018\n\nThe workshop "
            "gathered forty officers.",
            "REGIONAL WORKSHOP ON BORDER MANAGEMENT",
        ),
    ],
)
def test_titles_of_named_days_awards_and_run_on_headings(text: str, expected: str) -> None:
    """A Day wins over the theme it carried (the Day named before the theme in its sentence;
    a reception's theme "marking" a Day is the reception's title); "Awards" name an event; a
    heading in capitals runs on to a line opening with "IN", "ON", "FOR"..."""
    assert event_title_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Camp Horizon, Kidal, 3 March 2015 – Peacekeepers of the Togolese battalion received "
            "their medals this morning.",
            "Camp Horizon",
        ),
        (
            "Kidal, 3 March 2015 – Peacekeepers of the Togolese battalion received their medals.",
            None,
        ),
        (
            "Forum on Women Mediators\n\nNews | 6 May 2016\n\nThe forum, hosted at the residence "
            "of the High Commissioner of Ghana on Thursday 5 May 2016, gathered thirty mediators.",
            "residence of the High Commissioner of Ghana",
        ),
        (
            "Staff of the mission held a ceremony at the memorial garden of its headquarters to "
            "remember fallen colleagues.",
            "memorial garden of its headquarters",
        ),
        (
            "Battalions meet for Exercise Green Delta\n\nUnits have gathered at the Kafue Combat "
            "Training Centre for Exercise Green Delta 2023, which opened on Monday.",
            "Kafue Combat Training Centre",
        ),
        (
            "Colloque « La paix en question »\n\nLe 4 mai 2022, Amphithéâtre C, Université du "
            "Littoral\n\nEntrée libre.",
            "Amphithéâtre C, Université du Littoral",
        ),
        (
            "Course on Logistics\n\nThursday 9 March 2023, 18:00 – 19:30\n\nFree entry.",
            None,
        ),
        (
            "1.1 The Seminar on Police Reform took place at\nthe Lakeside Conference Centre, "
            "Kisumu, from 2 to 4 May 2016.",
            "Lakeside Conference Centre",
        ),
    ],
)
def test_venues_in_datelines_lower_case_and_after_the_date(text: str, expected: str | None) -> None:
    """A dateline opening with a venue; a host's place in lower case ("the residence of X");
    a venue cut before the event it hosted; the place after the date on a line; "at" at the
    end of a PDF's line."""
    assert event_venue_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Teachers met mission staff in Gulu on Friday for the Open Day on Women, Peace and "
            "Security, held each year.",
            "Open Day on Women, Peace and Security",
        ),
        (
            "Cadets received the 2020 Silver Compass Awards on Monday at the academy.",
            "2020 Silver Compass Awards",
        ),
    ],
)
def test_a_weekday_inside_a_capitalised_phrase(text: str, expected: str) -> None:
    """A weekday before the event's name starts it after the weekday; after it, ends it; a
    name ending "on X" goes on over a list "X, Y and Z"."""
    assert event_title_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The course, held from 3 to 14 May 2021 at the academy's main campus in Kumasi, "
            "closed with an exercise.",
            "academy's main campus",
        ),
        (
            "The Course on Logistics was conducted at the\nPolice Training School, Kabwe, from 2 "
            "to 6 May 2016.",
            "Police Training School",
        ),
    ],
)
def test_venues_after_a_date_range_or_a_broken_line(text: str, expected: str) -> None:
    """ "held from X to Y at the Z"; a PDF line broken after "the"; "School" is a venue noun;
    "campus" is not cut to "camp"."""
    assert event_venue_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Security Council\n9100th Meeting (AM & PM)\n\nSpeakers Urge Council to Act in "
            "Open Debate\n\nThe Council held an open debate today.",
            "Security Council 9100th Meeting",
        ),
        (
            "Events Calendar\n\nTue, Mar 7, 2017 12:00 PM - 1:00 PM\n\nBook Talk: Blue Helmets "
            "in the Rain\n\nWhere: Room 4, Law Building",
            "Blue Helmets in the Rain",
        ),
        (
            "Panel | 4 May 2021 | Hall B, Peace Institute\n\nPolicing Cities after Missions "
            "Leave\n\nThe panel will look at urban policing.",
            "Policing Cities after Missions Leave",
        ),
        (
            "REPORT\n\nMay 2015\n\nCivilian Protection in Northern Mali\n\nSummary\n\nThe "
            "institute held a seminar on Civilian Protection in Northern Mali on 4 May 2015.",
            "Civilian Protection in Northern Mali",
        ),
        (
            "Actualités\n\nBamako, 29 mai 2020 – La mission a célébré la Journée internationale "
            "des Casques bleus au siège de la mission, en petit comité.",
            "Journée internationale des Casques bleus",
        ),
    ],
)
def test_titles_of_meetings_calendars_bar_lines_reports_and_observances(
    text: str, expected: str
) -> None:
    """A meeting line "(AM & PM)"; "Events Calendar" is furniture and "Talk" an event noun; a
    bar line "genre | date | place" dates the heading under it; a report's heading that the
    text repeats after "a seminar on" (a month line on the cover is furniture); a French
    observance in lower case."""
    assert event_title_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Press Conference on Elections\n\nBriefing Room, Mission Headquarters, Goma, 3 May "
            "2016\n\nThe Head of Mission spoke to reporters.",
            "Briefing Room, Mission Headquarters",
        ),
        ("Goma, 3 May 2016\n\nThe Head of Mission spoke to reporters.", None),
        (
            "Bamako, 29 mai 2020 – La mission a célébré la Journée internationale des Casques "
            "bleus au siège de la mission, en petit comité.",
            "siège de la mission",
        ),
        (
            "The episode was recorded on 2 March 2021 at the studio of the Blue Line Institute.",
            "studio of the Blue Line Institute",
        ),
    ],
)
def test_venues_on_a_place_and_date_line_in_french_and_in_a_studio(
    text: str, expected: str | None
) -> None:
    """A line of venue, town and date alone; a French host's place in lower case ("au siège
    de la mission"); "at the studio of X"."""
    assert event_venue_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Missions after the Veto\n\nSpeakers\n\nDr. Ana Lindqvist-Moreno\nSenior Fellow\n\n"
            "Date: Tuesday, 3 May 2022\nLocation: Room 2, Riverside Centre",
            "Missions after the Veto",
        ),
        (
            "Courses 2021\n\nStaff Officers Course 2021\n\nDates: 3 – 14 May 2021\nVenue: Hall 3, "
            "Peace Academy",
            "Staff Officers Course 2021",
        ),
        (
            "PEACE AND SECURITY COUNCIL\n1050TH MEETING\nADDIS ABABA, ETHIOPIA\n3 JUNE 2022\n\n"
            "COMMUNIQUÉ",
            "PEACE AND SECURITY COUNCIL 1050TH MEETING",
        ),
        (
            "Blog\n\nOn 4 May 2021, the Centre hosted a webinar titled Policing from the Ground "
            "Up in Mission Areas, the first of a series.",
            "Policing from the Ground Up in Mission Areas",
        ),
    ],
)
def test_titles_of_event_pages_communiques_and_cues(text: str, expected: str) -> None:
    """A heading over an event page's "Date:" and "Location:" lines (unless a line between
    names the event); a meeting line in capitals under its body; a title after "titled" over
    "from", "with", "after"..."""
    assert event_title_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Programme\n\nDay 1 – 10 April 2019\n09:00 Opening", (2019, 4, 10)),
        ("Seminar\n\n1 – 10 April 2019\n\nThe seminar ran for ten days.", (2019, 4, 1)),
        (
            "By Ann Weru | Published 9:00 AM, 4 Sept 2017 | Updated 5:00 PM, 4 Sept 2017\n\n"
            "Troops will leave next week after training, which ended on Saturday with a parade.",
            (2017, 9, 2),
        ),
        (
            "News | 4 Sept 2017\n\nTroops will leave on Saturday for the mission area.",
            (2017, 9, 4),
        ),
    ],
)
def test_dates_of_programme_days_and_past_clauses(
    text: str, expected: tuple[int, int, int]
) -> None:
    """ "Day 1 – 10 April" is 10 April, not a range; a byline's "Updated" date leaves the lead
    its relative day; a past clause ("which ended on Saturday") in a sentence about what is
    to come counts, a day to come does not."""
    found = parse_date(read_layout(text))[0]
    assert found is not None and (found.year, found.month, found.day) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Concept note\n\nExpert Meeting on Exits\n\nDates: 3 May 2018\nVenue: To be confirmed",
            None,
        ),
        ("Venue: TBC\nDate: 3 May 2018", None),
        (
            "The workshop ended yesterday at the Kasai provincial court with forty participants.",
            "Kasai provincial court",
        ),
        ("The parade was held at the Lanet Garrison on Friday.", "Lanet Garrison"),
    ],
)
def test_venues_not_yet_known_and_lower_case_place_words(text: str, expected: str | None) -> None:
    """ "To be confirmed", "TBC" name no venue; "the X provincial court"; "Garrison" is a
    venue noun."""
    assert event_venue_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SG/SM/100\n3 May 2018\n\nSecretary-General's message to Regional Forum on Police "
            "Reform\n\nFollowing is the text.",
            "Regional Forum on Police Reform",
        ),
        (
            "Faculty of Law – Public lecture\n\n'Borders after missions'\n\nThursday 3 May 2018, "
            "6pm\nRoom 4, Law Building",
            "Borders after missions",
        ),
        (
            "Address by the Minister at the Passing Out Parade of the 9th Contingent, Lusaka, 5 "
            "April 2015\n\nOfficers,",
            "Passing Out Parade of the 9th Contingent",
        ),
        ("News\n\nMedal parade honours Kenyan police\n\n4 May 2018\n\nThe parade was held.", None),
        (
            "News\n\nA seminar on Maritime Security in the Gulf during the Monsoon was held on 3 "
            "June 2019 in Mombasa.",
            "Maritime Security in the Gulf during the Monsoon",
        ),
        ("News\n\nA meeting on March 10 was held in Juba with chiefs.", None),
        ("Old Fort, New Guard, Night Parade\n\nSoldiers marched past the old fort.", None),
    ],
)
def test_titles_of_messages_lectures_parades_and_subjects(text: str, expected: str | None) -> None:
    """A message's heading "X's message to Y" gives Y; "Host – Public lecture" is furniture;
    "Parade" is an event noun, but a kind of event alone ("Medal parade") names none, nor a
    feature's line of three fragments; "a seminar on X" gives X (not a date)."""
    assert event_title_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Following is the message, delivered by the Envoy in Lima on 10 May:\n\nSG/SM/1\n"
            "12 May 2018",
            (2018, 5, 10),
        ),
    ],
)
def test_a_message_delivered_on_a_day(text: str, expected: tuple[int, int, int]) -> None:
    """ "delivered ... on 10 May" dates the event, not the release's date line."""
    found = parse_date(read_layout(text))[0]
    assert found is not None and (found.year, found.month, found.day) == expected


def test_an_airport_is_a_venue() -> None:
    """ "Airport" and "Stadium" are venue nouns."""
    assert event_venue_text("The troops landed on Sunday at Kotoka International Airport.") == (
        "Kotoka International Airport"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Press Statement\n\nThe 4th Retreat of the Regional Council on its Working Methods "
            'was held from 2 to 4 May 2019 in Arusha, under the theme "One Council, One Voice".',
            "4th Retreat of the Regional Council on its Working Methods",
        ),
        (
            "Notizie\n\nRoma, 3 maggio 2019\n\nSi è svolto presso l'Istituto Alti Studi il "
            'seminario internazionale "Heritage in Mission Areas", con ufficiali di dieci paesi.',
            "Heritage in Mission Areas",
        ),
        (
            "Veranstaltungen\n\nPodiumsdiskussion: Einsätze im Wandel\n\n18.04.2023, 14:00 Uhr\n"
            "Ort: Hörsaal 2, Institut für Sicherheit",
            "Einsätze im Wandel",
        ),
        (
            "Notícias\n\nWorkshop sobre Logística reúne oficiais\n\nRealizou-se no dia 3 de maio "
            "de 2018, no auditório do Colégio de Defesa, o Workshop sobre Logística.",
            "Workshop sobre Logística",
        ),
    ],
)
def test_titles_of_retreats_and_pages_in_other_languages(text: str, expected: str) -> None:
    """A numbered edition wins over its theme and keeps "on its X"; "il seminario
    internazionale "X""; German "Podiumsdiskussion:"; a Portuguese headline verb ("reúne")."""
    assert event_title_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Veranstaltungen\n\nPodiumsdiskussion: Einsätze im Wandel\n\n18.04.2023, 14:00 Uhr\n"
            "Ort: Hörsaal 2, Institut für Sicherheit",
            "Hörsaal 2, Institut für Sicherheit",
        ),
        (
            "Realizou-se no dia 3 de maio de 2018, no auditório do Colégio de Defesa, o Workshop "
            "sobre Logística.",
            "auditório do Colégio de Defesa",
        ),
        (
            "Si è svolto presso il Centro Studi per la Difesa il seminario, con ufficiali di dieci "
            "paesi.",
            "Centro Studi per la Difesa",
        ),
        (
            "The battalion marked its anniversary with a ceremony at its logistics base on Monday.",
            "logistics base",
        ),
        ("The two authors met at their homes on Monday to talk.", None),
    ],
)
def test_venues_in_other_languages_and_own_places(text: str, expected: str | None) -> None:
    """German "Ort:"; "no auditório do X"; Italian "presso il X" (a name over "per la");
    "at its logistics base" beside an event noun."""
    assert event_venue_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sports\n\nBattalions compete for the 2019 Lakeside Unity Cup\n\n3 May 2019\n\nTeams "
            "played the 2019 Lakeside Unity Cup at the town stadium.",
            "2019 Lakeside Unity Cup",
        ),
        (
            "Troops train together\n\nGULU, 3 May 2019 – Soldiers began on Monday an exercise "
            'dubbed "Silent Harbour" at the Awach training area.',
            "Silent Harbour",
        ),
        (
            "Course No. 4/2020\n\nStaff Officers Course\n\nDates: 3 – 14 May 2020\nVenue: Hall 2, "
            "Peace School",
            "Staff Officers Course",
        ),
        (
            "Research Centre Events\n\nMissions and the Veto\n\nMay 3rd, 2019 | 10:00 AM\nRoom 5, "
            "Policy Institute",
            "Missions and the Veto",
        ),
        (
            "Remembrance\n\n28 May 2021\n\nToday, on the eve of the International Day of UN "
            "Peacekeepers, staff laid wreaths at the Peace Chapel.",
            None,
        ),
    ],
)
def test_titles_of_cups_exercises_numbered_courses_and_eves(
    text: str, expected: str | None
) -> None:
    """ "Cup" is an event noun and "compete" a headline verb; "dubbed "X""; a course number
    line and "X Events" are furniture; an event "on the eve of" a Day is not the Day."""
    assert event_title_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A memorial service was held on Friday at St. Brendan's Cathedral for the fallen.",
            "St. Brendan's Cathedral",
        ),
        (
            "The course will take place from 9 to 20 May 2020 (Venue: Lakeside Hotel, Kisumu). "
            "Nominations close on 1 May.",
            "Lakeside Hotel",
        ),
        (
            "Town Hall\n\nThursday 12 September 2019, 14:00\nMain Hall, Mission Headquarters\n\n"
            "All staff are invited.",
            "Main Hall, Mission Headquarters",
        ),
        (
            "Officers received certificates on Friday at the close of the Course on Gender-Based "
            "Violence at the Police College in Wau.",
            "Police College",
        ),
    ],
)
def test_venues_of_churches_brackets_two_part_lines_and_courses(text: str, expected: str) -> None:
    """ "St." opens a name and "Cathedral" is a venue noun; "(Venue: X, City)"; a place line
    of two venue parts is no "venue, city"; a course named after the office word makes "at
    the X" its place, and "-Based" is no "based at"."""
    assert event_venue_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Annual report 2016\n\nFrom 2 to 4 May 2016, the Seminar on Policing in Hostile "
            "Settings took place in Goma at the Lake Hotel.",
            "Seminar on Policing in Hostile Settings",
        ),
        (
            "News\n\nOfficials said that the Regional Forum on Border Policing in Kasese was "
            "opened on 3 May 2016 by the minister.",
            "Regional Forum on Border Policing",
        ),
    ],
)
def test_a_name_ending_in_capitalised_words_before_its_place(text: str, expected: str) -> None:
    """ "in Hostile Settings" stays in a name when the place follows it ("took place in
    Goma"); a closing "in Kasese" with nothing after is the place; "Annual report 2016" is a
    genre line."""
    assert event_title_text(text) == expected


def test_a_day_before_what_is_to_come() -> None:
    """ "was held on Friday ahead of the summit next week": the future follows the day."""
    text = (
        "News\n\n9 February 2020\n\nThe Meeting of Chiefs of Staff was held on Friday in Juba "
        "ahead of the summit next week."
    )
    found = parse_date(read_layout(text))[0]
    assert found is not None and found.isoformat() == "2020-02-07"


def test_a_bookshop_is_a_venue() -> None:
    """ "Bookshop", "Gallery", "Cinema" are venue nouns."""
    text = "Book launch: Blue Lines\n\nThursday, March 7, 2019, 6:00 PM\nRowan Bookshop, Leith"
    assert event_venue_text(text) == "Rowan Bookshop"
