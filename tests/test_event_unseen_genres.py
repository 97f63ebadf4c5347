"""Event title and venue on genres the rules had not seen before tests/fixtures/events16: a
site's name right over its menu, a line of joined kinds of event between a title and its date,
an invitation card, a meeting line after its session, a recurring event named in lower case,
a name followed by "held in the X of the Y", a place line closing with a street address under
a long menu. Each text written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import event_title_text, event_venue_text

from pko_extract.dates import parse_date
from pko_extract.segment import read_layout

_MENU = "Home\nAbout us\nOur work\nPrograms\nMedia\nGet involved\nDonate\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Harbour Peace Institute – Research, Dialogue, Training\n"
            + _MENU
            + "\nMaritime Policing After the Mission Leaves\n\nRoundtable and film screening\n\n"
            "Tuesday, 4 February 2020, 18:00\n\nThe roundtable looked at coastal patrols.",
            "Maritime Policing After the Mission Leaves",
        ),
        (
            "Blue Line Network | Dialogue and Debate\n"
            + _MENU
            + "\nVoices from the Buffer Zone\n\nPublic lecture & discussion\n\n"
            "Monday, 9 March 2020, 17:30\n",
            "Voices from the Buffer Zone",
        ),
    ],
    ids=["site-name-dash-tagline", "site-name-bar-tagline"],
)
def test_site_name_over_its_menu_is_furniture(text: str, expected: str) -> None:
    """The line right over a menu is the site's name (its tagline may hold an event noun);
    a line of kinds of event joined by "and"/"&" between a title and its date lets the
    date line date the title."""
    assert event_title_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Embassy of Ruritania\nrequests the pleasure of your company at\n\n"
            "a Book Launch and Reception\n\nPeacekeepers of the North: A History\n\n"
            "Friday, 22 November 2019, 6:30 pm\nEmbassy Hall, Oslo\n",
            "Peacekeepers of the North: A History",
        ),
        (
            "The Director of the Staff College\ncordially invites you to\n\n"
            "an Evening Seminar\n\nLogistics Lessons from Darfur\n\nWednesday, 5 June 2019\n",
            "Logistics Lessons from Darfur",
        ),
    ],
    ids=["pleasure-of-your-company", "cordially-invites"],
)
def test_invitation_card_names_the_event_under_its_kind(text: str, expected: str) -> None:
    """Above an invitation's formula are its hosts; under it, a lower-case "a/an" line says
    the kind of event and the next line is its name."""
    assert event_title_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Press release\n\nGA/SPD/650\n3 November 2018\n\nGeneral Assembly\nFourth Committee\n"
            "Seventy-Third Session, 18th Meeting (AM)\n\nSpeakers Urge Better Training\n",
            "Fourth Committee 18th Meeting",
        ),
        (
            "SECURITY COUNCIL\nSEVENTY-FIRST SESSION, 7800TH MEETING\n\nCouncil hears briefing.\n",
            "SECURITY COUNCIL 7800TH MEETING",
        ),
    ],
    ids=["session-then-meeting", "capitals"],
)
def test_meeting_line_after_its_session(text: str, expected: str) -> None:
    """A meeting line opening with its session ("Seventy-Third Session, 18th Meeting (AM)")
    is titled by the body over it and the meeting number."""
    assert event_title_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "News\n\nOfficers trained\n\n12 May 2021\n\nMilitary observers met in Entebbe for "
            "the annual workshop on early warning in field missions, which closed on 10 May 2021."
            "\n\nThey visited a patrol base.",
            "annual workshop on early warning in field missions",
        ),
        (
            "Update\n\nSoldiers and civilians learn together\n\n2 June 2019\n\nThe yearly "
            "conference on civil-military relations was held in Dakar on 30 May 2019.",
            "yearly conference on civil-military relations",
        ),
    ],
    ids=["annual-workshop-which", "yearly-conference-was-held"],
)
def test_recurring_event_named_in_lower_case(text: str, expected: str) -> None:
    """An annual or yearly event named in lower case with its subject is the title, up to a
    comma or the sentence's verb."""
    assert event_title_text(text) == expected


def test_unnamed_lower_case_event_stays_untitled() -> None:
    """A lower-case event that is not a recurring one has no name."""
    text = "News\n\nOfficers trained\n\n12 May 2021\n\nOfficers met for a workshop on early "
    text += "warning, which closed on 10 May 2021."
    assert event_title_text(text) is None


def test_name_before_held_in_the_hall_of_keeps_its_last_words() -> None:
    """ "X in Peace Operations was held in the auditorium of the Y": the place follows the
    name, so "in Peace Operations" stays in it."""
    text = (
        "Statement\n\nLOME, 3 May 2018 – The Regional Workshop on Border Security in Peace "
        "Operations was held in the main hall of the Police Academy on 2 May 2018."
    )
    assert event_title_text(text) == "Regional Workshop on Border Security in Peace Operations"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peace Forum\n" + _MENU + _MENU.replace("\n", " 2\n") + "\nCoastal Security Dialogue"
            "\n\nThursday, 7 May 2020, 10:00\nRiver Room, Harbour Peace Institute\n\nText.\n",
            "River Room, Harbour Peace Institute",
        ),
        (
            "Events\n\nDrones in Missions\n\nTuesday, 3 March 2020, 17:00\n"
            "Hall C, Blue Line Centre for Peace Studies, Rue du Lac 14, Geneva\n\nThe talk was "
            "recorded.",
            "Hall C, Blue Line Centre for Peace Studies",
        ),
    ],
    ids=["under-a-long-menu", "street-tail"],
)
def test_place_line_under_a_date_line(text: str, expected: str) -> None:
    """The place line under an event's date line is found past a long menu (its lines do not
    count) and when only its street address makes it long; the venue stops before the street
    (a part without a venue noun)."""
    assert event_venue_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Coastal Security Forum on Maritime Patrols | Centre for Ocean Peace\n"
            "Skip to content\n\nNavies look to each other for answers\n\n3 June 2021 | News\n\n"
            "Officers met in Lome.",
            "Coastal Security Forum on Maritime Patrols",
        ),
        (
            "Regional Dialogue on Mission Transitions – Peace Training Association\nMenu\n\n"
            "Experts say transitions start too late\n\n9 May 2022\n\nExperts met in Dakar.",
            "Regional Dialogue on Mission Transitions",
        ),
    ],
    ids=["bar-centre", "dash-association"],
)
def test_page_title_line_before_the_site_name(text: str, expected: str) -> None:
    """A scraped page's first line "Event name | Site" names the event when the heading under
    it is a news headline."""
    assert event_title_text(text) == expected


def test_a_body_named_after_an_event_noun_is_no_title() -> None:
    """ "Institute for X Dialogue" is a body's name, not an event."""
    text = "News\n\nForty officers receive certificates\n\n2 May 2020\n\nThe training was run "
    text += "by the Institute for "
    text += "Security Dialogue with the police academy."
    assert event_title_text(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "THE DAILY COURIER\nTuesday, 4 June 2019\nHome | World | Sport\n\nSoldiers back home"
            "\n\nTHE 5TH COASTAL SECURITY CONFERENCE opened in Lome on Monday.",
            "5TH COASTAL SECURITY CONFERENCE",
        ),
        (
            "Harbour Times\nFriday, 7 June 2019\nNews › Region › Security\n\nPolice train"
            " together\n\nOfficers met at the Regional Police Seminar on Border Control.",
            "Regional Police Seminar on Border Control",
        ),
    ],
    ids=["capitals-lead", "breadcrumb"],
)
def test_masthead_over_its_date_and_menu_is_no_title(text: str, expected: str) -> None:
    """A paper's name with its date line and then a navigation line is furniture."""
    assert event_title_text(text) == expected


def test_episode_line_is_furniture() -> None:
    """A programme's "X, Episode 7" line names no event."""
    text = "TRANSCRIPT\n\nBlue Helmets Radio, Episode 7\nAired: 3 May 2019\n\nHOST: Welcome back."
    assert event_title_text(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Readout\n\nReadout of the Minister's meeting with force commanders\n\nOslo, 3 May 2019"
        "\n\nThe Minister met the commanders this morning.",
        "Note\n\nThe Special Envoy’s briefing to troop contributors\n\n4 June 2019\n\nThe Envoy "
        "spoke for an hour.",
    ],
    ids=["readout-meeting", "envoy-briefing"],
)
def test_possessive_and_lower_case_event_is_unnamed(text: str) -> None:
    """ "X's meeting with Y": an event noun in lower case after a possessive names no event."""
    assert event_title_text(text) is None


def test_body_name_over_the_heading_is_passed_over() -> None:
    """An organisation's name over the heading is passed over; a letter's "pleased to invite
    you to" is no invitation card."""
    text = (
        "Network of Peace Training Institutions\n\nAnnual Meeting 2018\n\nTraining for "
        "Tomorrow\n\nDakar, Senegal\n3–5 May 2018\n\nWelcome\n\nI am pleased to invite you to "
        "the Annual Meeting of the Network in Senegal."
    )
    assert event_title_text(text) == "Annual Meeting 2018"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Blue Line Talks #7: Drones over the Buffer Zone\n\nRecorded on 4 May 2021\n\nText.",
            "Drones over the Buffer Zone",
        ),
        (
            "Peace Radio Webinar No. 3: Policing Elections\n\nStreamed on 9 June 2021\n\nText.",
            "Policing Elections",
        ),
    ],
    ids=["hash-number", "no-number"],
)
def test_series_name_and_number_before_the_title(text: str, expected: str) -> None:
    """ "Series #12: X" and "Series No. 3: X" headings are titled by X."""
    assert event_title_text(text) == expected


def test_cover_heading_over_a_line_of_one_small_word() -> None:
    """A cover's "REGIONAL WORKSHOP" / "on" / "X" is one heading."""
    text = (
        "REGIONAL WORKSHOP\non\nMISSION SUPPORT IN REMOTE AREAS\n\nAgenda\n\n"
        "Monday, 4 March 2019\n\n09:00 Opening"
    )
    assert event_title_text(text) == "REGIONAL WORKSHOP on MISSION SUPPORT IN REMOTE AREAS"


def test_speech_at_an_unnamed_ceremony_has_no_title() -> None:
    """ "Remarks by X at the medal parade of the Y battalion": a kind of event in lower case,
    no capitalised phrase of two words in it."""
    text = (
        "Speech by the Sector Commander at the handover ceremony of the Kenyan company\n\n"
        "Camp Alpha, 2 May 2016\n\nDear colleagues,\n\nToday we say goodbye."
    )
    assert event_title_text(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Culture\n\nFilms light up the capital\n\n9 May 2019\n\nThe Blue Helmet Film "
            "Festival opened on Wednesday in Oslo with a documentary.",
            "Blue Helmet Film Festival",
        ),
        (
            "News\n\nPictures tell the story of missions\n\n9 May 2019\n\nThe photo "
            "exhibition “Soldiers of Peace” opened on 8 May 2019 in Nairobi.",
            "Soldiers of Peace",
        ),
        (
            "News\n\nRunners take over the city streets\n\n12 March 2018\n\nRunners took "
            "part in the Goma Peace Marathon on Saturday.",
            "Goma Peace Marathon",
        ),
    ],
    ids=["festival", "exhibition", "marathon"],
)
def test_festival_exhibition_marathon_are_events(text: str, expected: str) -> None:
    """ "Festival", "Exhibition" and "Marathon" name events."""
    assert event_title_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "News\n\nOfficers graduate\n\nPosted: 2 May 2019\n\nThe course came to a close on "
            "Friday, 26 April 2019, at the centre's main campus.",
            "centre's main campus",
        ),
        (
            "Programme\n\nSeminar on Logistics\n\nTuesday, 7 May 2019\n"
            "Room 4, Department of Peace Operations, New York\n\n09:00 Opening",
            "Room 4, Department of Peace Operations",
        ),
    ],
    ids=["owner-lower-place", "room-and-body-before-city"],
)
def test_host_places(text: str, expected: str) -> None:
    """A host's place after its owner in lower case ("at the academy's north campus"); a
    body's name between a room and the city stays in the venue."""
    assert event_venue_text(text) == expected


def test_place_and_date_line_with_a_host_s_own_place() -> None:
    """A speech's "Sector North headquarters, 14 April 2017" line gives the venue."""
    text = (
        "Address by the Commander at the closing of the course\n\n"
        "Camp Delta training area, 3 May 2016\n\nColleagues,\n\nWell done."
    )
    assert event_venue_text(text) == "Camp Delta training area"


def _date(text: str) -> date | None:
    return parse_date(read_layout(text))[0]


def test_a_rescheduled_headline_is_news() -> None:
    """ "X postponed", "X rescheduled": a news headline; the body names the event."""
    text = (
        "Notices\n\nSeminar on Police Reform postponed\n\n2 March 2020\n\nThe Regional Seminar "
        "on Police Reform in Missions took place on 19 March 2020 in Accra."
    )
    assert event_title_text(text) == "Regional Seminar on Police Reform in Missions"


def test_a_section_heading_is_furniture() -> None:
    """A report's "Executive Summary" over a dated first sentence names no event."""
    text = (
        "WORKSHOP REPORT\n\nExecutive Summary\n\nOn 3 and 4 May 2016, the centre held a workshop "
        'entitled "Mandates That Work" in Kigali.'
    )
    assert event_title_text(text) == "Mandates That Work"


def test_an_answer_after_its_label_is_running_text() -> None:
    """An interview's "Q:" / "A:" lines are prose: the event they name is the title and the
    place "at our X campus" its venue."""
    text = (
        "Interview\n\nTen questions to the Director\n\nPublished: 2 May 2019\n\nQ: The college "
        "has just hosted the Regional Logistics Officers Course. How did it go?\n\nA: Very well; "
        "the course, which ran from 8 to 19 April 2019 at our Westlands campus, was full."
    )
    assert event_title_text(text) == "Regional Logistics Officers Course"
    assert event_venue_text(text) == "Westlands campus"


def test_a_sentence_heading_about_an_event_in_lower_case_is_no_name() -> None:
    """ "What the Lome conference taught us": not capitalised like a name, its event noun in
    lower case; the event is named in the text."""
    text = (
        "Opinion\n\nWhat the Lome conference taught us\n\nBy A. Writer, 28 June 2021\n\n"
        "Earlier this month, I took part in the Conference on Maritime Security in the Gulf, held "
        "in Lome on 8 June 2021."
    )
    assert event_title_text(text) == "Conference on Maritime Security in the Gulf"


def test_a_date_without_year_takes_the_year_of_a_footer() -> None:
    """ "On the 3rd of July" with the only full date in a footer: that date's year."""
    text = (
        "Force News\n\nRotation completed\n\nOn the 3rd of July, the new company landed at the "
        "airstrip.\n\n© 2018 Press Office | Posted 5 July 2018"
    )
    assert _date(text) == date(2018, 7, 3)


def test_an_event_that_closed_is_dated_by_the_day_it_opened() -> None:
    """ "X closed on Friday" and then "It opened on Monday, 11 November": the first day."""
    text = (
        "News\n\nPolice week ends\n\n15 November 2019\n\nThe Police Leaders Forum closed on "
        "Friday after five days of meetings. The forum opened on Monday, 11 November, with a "
        "briefing."
    )
    assert _date(text) == date(2019, 11, 11)


def test_a_feed_title_written_as_a_sentence_is_the_item_s() -> None:
    """A feed's "Title:" that reads as a sentence is the news item's; the event is named in
    the description."""
    text = (
        "Title: Officers learn to plan for the rainy season\nPubDate: Tue, 05 Mar 2019\n"
        "Description: The Logistics Planning Seminar for Staff Officers was held on 4 March 2019 "
        "in Juba."
    )
    assert event_title_text(text) == "Logistics Planning Seminar for Staff Officers"


def test_a_journal_entry_under_its_room() -> None:
    """A journal's room line is a place, and the entry under it is titled without its
    "(organized by X)"."""
    text = (
        "Other activities\n\nTuesday, 5 March 2019\nConference Room 2\n15:00–18:00\n\n"
        "Informal meeting on the protection of civilians (organized by the Permanent "
        "Mission of Ruritania)\n"
    )
    assert event_title_text(text) == "Informal meeting on the protection of civilians"


def test_a_day_label_names_no_event() -> None:
    """ "Report: Day One" is a day of a programme; the conference under it is the title."""
    text = "Conference Report: Day Two\n\nCoastal Security Conference\n\nDakar, 3 July 2019\n"
    assert event_title_text(text) == "Coastal Security Conference"


def test_an_earlier_edition_is_not_the_title() -> None:
    """ "Following last year's X Forum, ..." names an earlier event."""
    text = (
        "Latest\n\nA network for women officers\n\n18 May 2022\n\nFollowing last year's Police "
        "Women Forum in Accra, a network of women officers was launched on Tuesday."
    )
    assert event_title_text(text) is None


def test_the_closing_ceremony_of_a_named_course_is_titled_by_the_course() -> None:
    """ "Closing ceremony of the X Course" -> "X Course"."""
    text = "Academy News\n\nClosing ceremony of the Advanced Logistics Course\n\nText follows."
    assert event_title_text(text) == "Advanced Logistics Course"


def test_a_panel_label_gives_the_heading() -> None:
    """ "Panel: X" over its date field: X is the title."""
    text = "Upcoming\n\nPanel: Drones and the Rule of Law\n\nDate: 15 September 2022, 18:00\n"
    assert event_title_text(text) == "Drones and the Rule of Law"


def test_a_day_of_the_month_alone_takes_the_publication_s_month() -> None:
    """ "held on the 5th (Tue)" under a date line: the 5th of that month; an ISO date line is
    no range."""
    text = (
        "Press Release\n\nDelegations meet in Seoul\n\n2019-11-06\n\nThe 3rd Coastal Forum was "
        "held on the 5th (Tue) at the Harbour Hotel."
    )
    assert _date(text) == date(2019, 11, 5)


def test_a_release_s_date_field_dates_the_release() -> None:
    """ "PRESS RELEASE" / "No. 4/2019" / "Date: 5 March 2019" dates the release; the event
    "yesterday" is the day before."""
    text = (
        "PRESS RELEASE\nNo. 4/2019\nDate: 5 March 2019\n\nThe Minister yesterday opened the "
        "Regional Course on Demining at the Engineering School."
    )
    assert _date(text) == date(2019, 3, 4)


def test_a_course_title_field() -> None:
    """ "Course title: X" under a calendar's heading is the title."""
    text = "Training Calendar 2021\n\nCourse code: C-2\nCourse title: Gender in Missions\n"
    text += "Dates: 4–8 October 2021\n"
    assert event_title_text(text) == "Gender in Missions"


def test_a_weekday_with_day_and_month_in_brackets() -> None:
    """ "on Monday (4/3)" before "said on Wednesday (6/3/2019)": 4 March 2019."""
    text = (
        "News\n\nMedals for the contingent\n\nJAKARTA – The soldiers received medals on Tuesday "
        "(5/3), the army said on Thursday (7/3/2019)."
    )
    assert _date(text) == date(2019, 3, 5)


def test_an_exercise_conducted_from_to_under_its_dateline() -> None:
    """ "conducted ... from 4 to 8 October" in the dateline's sentence: the first day."""
    text = (
        "Exercises\n\nStaff tested\n\nDAKAR, 10 October 2021 – The brigade conducted a command "
        "post exercise from 4 to 8 October at the staff college."
    )
    assert _date(text) == date(2021, 10, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Innovation\n\nStudents write code for peace\n\n2 May 2019\n\nThe Blue Code "
            "Hackathon brought together students on 30 April 2019.",
            "Blue Code Hackathon",
        ),
        (
            "Careers\n\nStudents meet recruiters\n\n3 May 2019\n\nStudents visited the Field "
            "Missions Job Fair on Tuesday.",
            "Field Missions Job Fair",
        ),
    ],
    ids=["hackathon", "job-fair"],
)
def test_hackathons_and_job_fairs_are_events(text: str, expected: str) -> None:
    """ "Hackathon" and "Job Fair" name events."""
    assert event_title_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "General Assembly\nSeventy-Fifth Session\n40th Plenary Meeting (PM)\n\nGA/1\n"
            "2 March 2021\n\nAssembly adopts texts\n",
            "General Assembly 40th Plenary Meeting",
        ),
        (
            "Special Committee on Peacekeeping Operations\n2020 Substantive Session\n"
            "260th Meeting (PM)\n\nGA/PK/2\n20 February 2020\n",
            "Special Committee on Peacekeeping Operations 260th Meeting",
        ),
    ],
    ids=["plenary", "session-line-between"],
)
def test_meeting_lines_with_plenary_and_a_session_line(text: str, expected: str) -> None:
    """ "40th Plenary Meeting (PM)"; a session line between the body and its meeting line."""
    assert event_title_text(text) == expected


def test_a_kind_of_ceremony_and_its_place_is_no_title() -> None:
    """ "In pictures: Medal parade in X": a kind of ceremony, no name; "at their camp" alone
    is no venue."""
    text = (
        "In pictures: Medal parade in Bor\n\n12 March 2016\n\nPeacekeepers received medals on "
        "Friday at a parade at their camp."
    )
    assert event_title_text(text) is None
    assert event_venue_text(text) is None


def test_an_event_that_ended_after_n_days() -> None:
    """ "X ended yesterday at Y after three days of talks": the first of the three days."""
    text = (
        "News\n\nDialogue ends\n\n15 December 2019\n\nThe Coastal Dialogue 2019 ended yesterday "
        "in Dakar after three days of talks."
    )
    assert _date(text) == date(2019, 12, 12)


def test_a_numbered_course_named_in_lower_case() -> None:
    """ "The 21st international course for X came to an end ...": the title; "at the
    academy's parade ground" the venue."""
    text = (
        "Academy News\n\nOfficers graduate\n\nThe 9th regional logistics course for staff "
        "officers came to an end on 2 May 2018 with a ceremony at the academy's parade ground."
    )
    assert event_title_text(text) == "9th regional logistics course for staff officers"
    assert event_venue_text(text) == "academy's parade ground"


def test_a_ticketing_page_s_labels_alone_on_their_lines() -> None:
    """ "Date and time" / "Location" alone on their lines under the heading make it the
    event's title."""
    text = (
        "Peace Operations After the Pandemic\n\nSales end soon\n\nDate and time\n"
        "Tue, 3 May 2022, 18:00\n\nLocation\nHall B, City Library\n"
    )
    assert event_title_text(text) == "Peace Operations After the Pandemic"


def test_an_event_named_in_a_programme_s_opening_row() -> None:
    """ "09:00 Opening of the X Seminar by Y" names the report's event."""
    text = (
        "PROGRAMME\n\nMonday, 9 April 2018\n\n09:00 Opening of the Regional Seminar on Police "
        "Reform by the Director\n09:30 Session 1: Vetting\n"
    )
    assert event_title_text(text) == "Regional Seminar on Police Reform"


def test_at_the_end_of_a_two_day_conference() -> None:
    """ "at the end of the two-day conference ... on Thursday": the day before Thursday."""
    text = (
        "News\n\nDelegates agree\n\n5 October 2018\n\nDelegates agreed on priorities at the end "
        "of the two-day conference in Kampala on Thursday."
    )
    assert _date(text) == date(2018, 10, 3)


def test_a_title_case_kind_of_ceremony_for_a_unit_is_no_title() -> None:
    """ "Medal Ceremony for Kenyan Company": a kind of ceremony and whom it was for."""
    text = (
        "Mission News\n\nMedal Ceremony for Kenyan Company\n\n18 June 2014\n\nThe soldiers "
        "received medals on Tuesday."
    )
    assert event_title_text(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The course will be held on 7, 8 and 9 June 2020 in Accra.", date(2020, 6, 7)),
        ("The forum took place from the 2nd to the 4th of May 2017 in Oslo.", date(2017, 5, 2)),
    ],
    ids=["listed-days", "from-the-nth-to-the-nth"],
)
def test_ranges_written_with_earlier_days(text: str, expected: date) -> None:
    """ "7, 8 and 9 June 2020" and "from the 2nd to the 4th of May 2017" start on the first."""
    assert _date("News\n\n" + text) == expected


def test_a_communique_of_a_numbered_session_in_capitals() -> None:
    """ "COMMUNIQUÉ OF THE 9TH ORDINARY SESSION OF X": the session, without the genre."""
    text = (
        "COMMUNIQUÉ OF THE 9TH ORDINARY SESSION OF THE COUNCIL OF ELDERS\n\nThe 9th Ordinary "
        "Session of the Council of Elders was held in Arusha on 2 July 2018."
    )
    assert event_title_text(text) == "9TH ORDINARY SESSION OF THE COUNCIL OF ELDERS"


def test_a_swedish_calendar_page() -> None:
    """ "Seminarium: X" with "Datum:" and "Plats:" fields."""
    text = (
        "Kalendarium\n\nSeminarium: Freden efter insatsen\n\nDatum: 4 april 2019\n"
        "Plats: Stadsbiblioteket, Sal A, Lund\n"
    )
    assert event_title_text(text) == "Freden efter insatsen"
    assert event_venue_text(text) == "Stadsbiblioteket, Sal A"


def test_a_flyer_you_are_invited() -> None:
    """ "YOU ARE INVITED" / "TO A PUBLIC LECTURE" / "BY" / name / quoted title: the title."""
    text = (
        'YOU ARE INVITED\nTO A PANEL DISCUSSION\nWITH\nTHREE VETERANS\n\n"Coming Home from '
        'the Mission"\n\nMonday, 4 March 2019\n7:00 pm\nTown Hall, Main Street\n'
    )
    assert event_title_text(text) == "Coming Home from the Mission"


def test_a_first_person_headline_is_a_sentence() -> None:
    """ "What we took home from the Lome Forum": first person, no name; "last week's X" is
    the event reported."""
    text = (
        "Blog\n\nWhat we took home from the Lome Forum\n\nPosted 9 May 2019\n\nLast week's "
        "Coastal Security Forum on Port Protection, held in Lome on 2 May 2019, was frank."
    )
    assert event_title_text(text) == "Coastal Security Forum on Port Protection"


def test_a_media_advisory_what_field() -> None:
    """ "WHAT:" names the event, "WHEN:" dates it."""
    text = "MEDIA ADVISORY\n\nWHAT: Open Day of the Staff College\nWHEN: Friday, 3 May 2019\n"
    assert event_title_text(text) == "Open Day of the Staff College"


def test_a_table_of_activities_under_its_column_headers() -> None:
    """ "| Date | Activity | Venue |" over its first row: the activity and the venue cells."""
    text = (
        "Activities\n\n| Date | Activity | Venue |\n|---|---|---|\n| 3 May 2018 | Seminar on "
        "Port Security | Harbour Training Centre |\n"
    )
    assert event_title_text(text) == "Seminar on Port Security"
    assert event_venue_text(text) == "Harbour Training Centre"


def test_a_roman_numeral_i_is_no_first_person() -> None:
    """ "World War I and X" opens with a numeral, not the first person."""
    text = "Events\n\nWorld War I and the Peace Conference\n\nThursday, 5 March 2015, 18:00\n"
    assert event_title_text(text) == "World War I and the Peace Conference"


def test_a_poster_title_under_its_kind_line() -> None:
    """ "PUBLIC LECTURE" / a title / its subtitle / speaker / date: the title line."""
    text = (
        "PUBLIC LECTURE\n\nThe Long Goodbye\nHow Missions End\n\nDr. Ana Silva\n\n"
        "Monday, 4 March 2019, 18:00\nHall 2, Old Library\n"
    )
    assert event_title_text(text) == "The Long Goodbye"


def test_a_one_word_line_in_capitals_running_on() -> None:
    """ "POLICING" / "IN PEACE OPERATIONS" over "A seminar of X" is one heading."""
    text = (
        "POLICING\nIN PEACE OPERATIONS\n\nA seminar of the Police Academy\n\n"
        "Friday, 8 November 2019\n"
    )
    assert event_title_text(text) == "POLICING IN PEACE OPERATIONS"


def test_an_event_on_the_sidelines_of_another() -> None:
    """ "On the sidelines of the X Summit, ministers held the Y Meeting": Y."""
    text = (
        "News\n\nMinisters meet\n\n10 February 2019\n\nOn the sidelines of the Regional Leaders "
        "Summit in Kigali, ministers held the Ministerial Meeting on Police Reform on 9 "
        "February 2019."
    )
    assert event_title_text(text) == "Ministerial Meeting on Police Reform"


def test_a_day_ceremony_headline_leaves_the_day_to_the_text() -> None:
    """ "VIDEO | Peacekeepers' Day ceremony in X": the Day is named in full in the text."""
    text = (
        "VIDEO | Peacekeepers' Day ceremony in Bunia\n\n29 May 2018\n\nThe ceremony was held "
        "today to mark the International Day of United Nations Peacekeepers."
    )
    assert event_title_text(text) == "International Day of United Nations Peacekeepers"


def test_a_quoted_title_over_two_lines_under_its_kind_line_is_read_whole() -> None:
    """ "Open Seminar" / '"Thirty Years of Blue Helmets' / '- What Comes Next"': the quoted
    title goes on over the second line, so the first line alone is not the title."""
    text = (
        "Open Seminar\n"
        '"Thirty Years of Blue Helmets in the Pacific\n'
        '- What Comes Next"\n\n'
        "March 3, 2015\n\nThe seminar was held at the Harbour Hall.\n"
    )
    found = event_title_text(text)
    assert found is not None
    expected = "Thirty Years of Blue Helmets in the Pacific - What Comes Next"
    assert " ".join(found.split()) == expected
