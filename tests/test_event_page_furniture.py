"""Event title, date and venue on layouts of independent authors' reports (stop 21): a site's
or paper's name over a publication bar or a navigation line, genre labels before a quoted
title, a numbered edition of a series, a statement following an event, the next event of a
series, a lead's day without its year, a press release's own date, a meeting record's date
line, and places written in lower case. Each text written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import event_title_text, event_venue_text

from pko_extract.dates import parse_date
from pko_extract.segment import read_layout


def _date(text: str) -> date | None:
    return parse_date(read_layout(text))[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a paper's name over its date-and-section bar, then a news headline: no title
            "THE RIVERSIDE POST\nFriday, 3 May 2019 | News | Local\n\n"
            "Veterans gather for reunion in Kumasi\n\nBy Kofi Mensah-Darko\n\n"
            "Some sixty veterans met at the old parade ground on Wednesday.",
            None,
        ),
        (  # a site's name (with an event noun) over its "Posted" bar, then the event's title
            "Harbour Peace Forum\nStories | Posted 4 June 2021 by the Editor\n\n"
            "Policing in Transition: Workshop Recap\n\n"
            "On 1 June 2021 the forum hosted a workshop on police reform.",
            "Policing in Transition",
        ),
        (  # a "RECAP:" label over a quoted title
            'Lakeside Institute\n\nRECAP: "Blue Helmets and Red Lines: Rules of Engagement"\n\n'
            "Published 3 May 2020\n\nOn 28 April 2020 the institute hosted a webinar.",
            "Blue Helmets and Red Lines: Rules of Engagement",
        ),
        (  # a label's value in lower case describes the event; the quoted title names it
            "Talk recap: why do missions stay too long?\n\nPosted 2 March 2018 by the Centre\n\n"
            'The talk, "Staying Power: Why Missions Outlast Their Mandates", was given to'
            " forty students on 27 February.",
            "Staying Power: Why Missions Outlast Their Mandates",
        ),
        (  # a hyphenated compound is no headline verb ("HOST-NATION")
            "KESSLER COLLEGE - SCHOOL OF LOGISTICS\nSeminar Report No. 2/2019 (published 1 July"
            " 2019)\n\nHOST-NATION SUPPORT IN UN LOGISTICS\n"
            "Seminar held on 4-5 June 2019, Kessler Hall, Bergen\n\nThe seminar opened.",
            "HOST-NATION SUPPORT IN UN LOGISTICS",
        ),
        (  # a course programme's "Course:" line, not its table's first activity
            "NORTHERN PEACE TRAINING CENTRE\nTraining Department - Course Programme\n\n"
            "Course:    Civil-Military Coordination Course for Officers\n"
            "Dates:     3 - 14 June 2019\nVenue:     Northern Centre, Kisumu\n\n"
            "| Day | Time | Activity | Lecturer |\n|-----|------|----------|----------|\n"
            "| Mon 3 Jun | 0900 | Welcome and registration | Staff |\n"
            "| Mon 3 Jun | 1000 | Module 1: Principles | Dr Ama Owusu |\n",
            "Civil-Military Coordination Course for Officers",
        ),
        (  # a site's name over a navigation line, then a kind of event and its quoted title
            "Lumen Screens\nWhat's on > Talks > Peace and conflict\n\n"
            'Film and talk | "The Road to Bunia"\n\nWednesday, 9 October 2019, 19:00\n\n'
            "A screening followed by a conversation with the director.",
            "The Road to Bunia",
        ),
        (  # a podcast's numbered episode names the recorded event
            "Peacekeeping Voices | a podcast of the Northfield Centre\nHome / Episodes / Ep. 12\n\n"
            "Ep. 12 - Keeping the Peace in Cities: Lessons from Haiti\n"
            "Published 2 May 2021 · 45 min\n\nThis episode is the audio of our live webinar.",
            "Keeping the Peace in Cities: Lessons from Haiti",
        ),
        (  # a quoted title with a question in it, capitalised like a title
            "Northfield University News\n\nStudents hear about oversight of missions\n\n"
            'The lecture, "Who Guards the Guards? Oversight in Peace Operations", drew eighty'
            " students on 3 May 2017.",
            "Who Guards the Guards? Oversight in Peace Operations",
        ),
        (  # a statement's heading names the event it follows
            "Joint communiqué following the Third Regional Dialogue on Border Security\n\n"
            "1. On 4 May 2018, the ministers met in Lomé.",
            "Third Regional Dialogue on Border Security",
        ),
        (  # a bulletin's name over a bare date line, then a headline
            "Greenhill School Weekly Bulletin\nFriday 8 March 2019\n\n"
            "Peace studies: our team at the regional final\n\n"
            "Our students took part in the 2019 Northern Schools Peace Conference, held on"
            " 2 March at the Civic Hall.",
            "2019 Northern Schools Peace Conference",
        ),
    ],
)
def test_titles_under_page_furniture(text: str, expected: str | None) -> None:
    assert event_title_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a scraped page's own title line over its breadcrumb
            "Regional Conference on Police Reform | Northfield Institute\n"
            "Home > Events > Conferences\n\nSpeakers and programme\n\n"
            "The conference took place on 4 May 2019.",
            "Regional Conference on Police Reform",
        ),
        (  # an event's title over its byline and a subtitle naming no event
            "Peacekeeping Futures Conference 2019\nPosted 3 May 2019 by the Editor\n\n"
            "Three days of debate on the missions of tomorrow\n\n"
            "The conference opened in Accra on 29 April 2019.",
            "Peacekeeping Futures Conference 2019",
        ),
        (  # a kind of event's label over a title in lower case: the title stays
            "Webinar: the role of women in peace operations\n\n"
            "Thursday, 4 March 2021, 14:00 CET\n\nJoin us online.",
            "the role of women in peace operations",
        ),
        (  # a paper's number is no episode's
            "Northfield Centre\nHome / Publications / Briefs\n\n"
            "Policy Brief No. 7: Protecting Civilians in Urban Areas\nPublished 2 May 2021\n\n"
            "This brief looks at cities.",
            None,
        ),
        (  # an event page's title over its date line and a "Speakers" heading
            "Peacekeeping in Cities: What Comes Next\nThursday, 13 January 2011\n\nSpeakers\n\n"
            "Dr Ama Owusu, Northfield University\n",
            "Peacekeeping in Cities: What Comes Next",
        ),
        (  # ... or over a sentence under its date line: no body's name, no masthead
            "Peacekeeping in Cities: What Comes Next\nThursday, 13 January 2011\n\n"
            "Panel of experts to discuss urban missions and their future\n\n"
            "Dr Ama Owusu will speak.",
            "Peacekeeping in Cities: What Comes Next",
        ),
    ],
)
def test_titles_the_furniture_rules_leave_alone(text: str, expected: str | None) -> None:
    assert event_title_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "Next webinar:" announces another event
            "Policy Network\n\nOn 10 May 2021 the network hosted a webinar on drawdowns.\n\n"
            "Two hundred people joined.\n\nThe recording is online.\n\n"
            "Next webinar: 14 June 2021 - Mission transitions",
            date(2021, 5, 10),
        ),
        (  # "The next seminar, on 15 November" is the series' next event
            "Posted 20 October 2016 by the Centre\n\n"
            "On Tuesday 18 October, the Centre welcomed students for a talk on policing.\n\n"
            "The next seminar, on 15 November, will host a police adviser.",
            date(2016, 10, 18),
        ),
        (  # a lead's day without its year, with its weekday, before the paper's date line
            "THE HILL GAZETTE\nFriday, 10 May 2019 | News\n\nSoldiers honoured\n\n"
            "Two hundred soldiers of the engineering company serving with the mission in"
            " South Sudan were on Wednesday, May 8, awarded the UN medal for their service in"
            " the country, in front of their families and friends.",
            date(2019, 5, 8),
        ),
        (  # a press release's "Date:" under its genre line is the release's
            "Embassy of Norland\n\nPress Release\nDate: 20/05/2018\n\nMedal parade in Gao\n\n"
            "The ambassador attended the medal parade hosted by the battalion on Friday,"
            " 18 May, at its camp.",
            date(2018, 5, 18),
        ),
        (  # a meeting record's date line, not a date a speaker gives
            "Security Council 9001st meeting\nTuesday, 5 March 2019, 3 p.m.\nNew York\n\n"
            "Mr. Mensah (Ghana): Ghana will host a police conference in Accra on 10 June"
            " 2019.",
            date(2019, 3, 5),
        ),
    ],
)
def test_dates_of_other_events_and_publication_dates(text: str, expected: date) -> None:
    assert _date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The medal parade was held on 4 May 2017 at the battalion headquarters in Rutshuru.",
            "battalion headquarters",
        ),
        (
            "The consultation was held on 3 May 2019 at the Lipsius building in Brussels.",
            "Lipsius building",
        ),
        (
            "More than 200 veterans gathered at Collins Barracks in Cork for the 50th"
            " anniversary parade on Sunday.",
            "Collins Barracks",
        ),
        (
            "Le séminaire s'est tenu le 4 mai 2016 dans la salle des fêtes de la mairie.",
            "salle des fêtes",
        ),
        (
            "REGIONAL PEACEKEEPING TRAINING CENTRE (RPTC) - NAIROBI\n\n"
            "The course was held at the RPTC from 3 to 14 June 2019.",
            "RPTC",
        ),
        (
            "The ceremony was held at Victory Hall, Lahore Cantonment, on 29 May 2018.",
            "Victory Hall, Lahore Cantonment",
        ),
    ],
)
def test_places_in_lower_case_acronyms_and_run_ons(text: str, expected: str) -> None:
    assert event_venue_text(text) == expected
