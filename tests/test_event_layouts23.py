"""Event title and date on layouts of the graduated holdout6 and holdout7 classes (stop 23):
a document's genre line with its version or reference code over the title, a reference line
and "MINUTES OF THE X", a show's tagline over "Episode N: X", a feature's headline under a
newspaper's section label, a breadcrumb naming the body over a meeting number, a headline's
shortened title quoted in full in the story or numbered in the story, a line saying what kind
of event it is under the title; the event day of a story whose headline and byline stand
between its date line and its lead, and a note's "On 9 September, X visited" under its dated
number line. Each text written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import event_title_text

from pko_extract.dates import parse_date
from pko_extract.segment import read_layout

TITLE_CASES = [
    (
        "genre-line-version",
        "Faculty of Law | Events | Library\n\n"
        "Symposium programme (second draft, circulated 3 April 2024)\n\n"
        "KEEPERS OF THE LINE: OBSERVERS FROM KASHMIR TO THE GOLAN\n"
        "A one-day symposium marking the work of unarmed military observers since 1949\n"
        "Venue: Senate Room, Old Quad\n"
        "Date: 18 April 2024\n",
        "KEEPERS OF THE LINE: OBSERVERS FROM KASHMIR TO THE GOLAN",
    ),
    (
        "genre-line-reference-code",
        "Lakes Civic Network (LCN)\n"
        "SEMINAR REPORT - LCN/SR/2023/07\n\n"
        "Women Mediators and the Exit of the Blue Helmets\n"
        "Goma, 14-15 June 2023\n\n"
        "Background\n"
        "The seminar brought together thirty mediators.\n",
        "Women Mediators and the Exit of the Blue Helmets",
    ),
    (
        "minutes-under-reference-line",
        "CONFIDENTIAL\n"
        "Ref.: WGL/2/MIN          Circulated: 4 May 2022\n\n"
        "MINUTES OF THE SECOND MEETING OF THE WORKING GROUP ON LOGISTICS IN FIELD MISSIONS\n"
        "Held at the Logistics Base, Valencia, on 20 April 2022\n\n"
        "1. OPENING OF THE MEETING\n"
        "1.1 The Chair opened the meeting at 10:00.\n",
        "SECOND MEETING OF THE WORKING GROUP ON LOGISTICS IN FIELD MISSIONS",
    ),
    (
        "tagline-over-episode",
        "FIELD NOTES — a podcast about life in peace operations\n"
        "Episodes | About | Subscribe\n\n"
        "Episode 14: The River Never Tells You Twice\n\n"
        "Released: 2 May 2023\n\n"
        "This episode was recorded live at the Old Mill Theatre, Leeds, on 12 April 2023.\n",
        "The River Never Tells You Twice",
    ),
    (
        "breadcrumb-body-over-meeting-number",
        "Meetings Coverage\n"
        "General Assembly > Fifth Committee\n\n"
        "SEVENTY-SECOND SESSION, 40TH MEETING (PM)\n"
        "GA/AB/4301\n"
        "22 May 2018\n\n"
        "Budget Talks Continue as Delegates Weigh Costs of Field Operations\n\n"
        "The Fifth Committee (Administrative and Budgetary) today took up the financing of "
        "peacekeeping, hearing the Advisory Committee on Administrative and Budgetary "
        "Questions introduce its report.\n",
        "Fifth Committee 40TH MEETING",
    ),
    (
        "headline-title-quoted-in-full",
        "Sahel Watch - Blog\n"
        "Home > Blog > Recaps\n\n"
        'Recap: "Radios and Rumours" - what we heard about misinformation\n'
        "Posted by A. Writer on 9 March 2021 | 4 min read\n\n"
        'Last Tuesday (2 March 2021) some 200 people joined our webinar "Radios and Rumours: '
        'Countering Misinformation in Missions", co-hosted with a partner institute.\n',
        "Radios and Rumours: Countering Misinformation in Missions",
    ),
    (
        "headline-name-numbered-in-story",
        "Lakeside Training Centre\n"
        "Home | Courses | News\n\n"
        "Thirty officers complete the UN Staff Officers Course\n"
        "Published 30/09/2022\n\n"
        "The closing ceremony of the 9th United Nations Staff Officers Course took place on "
        "Friday 23 September 2022 in the main hall of the centre.\n",
        "9th United Nations Staff Officers Course",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in TITLE_CASES], ids=[c[0] for c in TITLE_CASES]
)
def test_titles_of_the_graduated_layouts(text: str, expected: str) -> None:
    assert event_title_text(text) == expected


def test_a_feature_headline_under_a_section_label_is_no_title() -> None:
    """ "FEATURES" / "The cook who fed a battalion": a story's headline with no event noun
    names no event."""
    text = (
        "The Coast Gazette\n"
        "News | Features | Sport\n\n"
        "FEATURES\n\n"
        "The cook who fed a battalion for forty years\n\n"
        "Saturday, March 4, 2023\n"
        "By A. Reporter\n\n"
        "Every morning the old cook walks to the harbour. He served in Lebanon twice.\n"
    )
    assert event_title_text(text) is None


def test_a_plural_possessive_before_the_event_noun_is_unnamed() -> None:
    """ "veterans' reunion": an event noun in lower case after a plural possessive, as after
    "the Minister's", names no event (a guard: "Reunion" became an event noun)."""
    text = (
        "THE VALLEY ECHO\n"
        "Monday, 5 June 2017 | News\n\n"
        "'Like brothers again': veterans' reunion marks 30 years of service\n\n"
        "By A. Reporter\n\n"
        "More than 200 veterans filled the hall for the commemoration.\n"
    )
    assert event_title_text(text) is None


DATE_CASES = [
    (
        "lead-under-headline-and-byline",
        "THE RIVER POST\n"
        "Wednesday, June 14, 2017 | News | Kilkenny\n\n"
        "Cheers and flags as the 60th Group comes home\n\n"
        "By A. Reporter\n\n"
        "There were cheers at the barracks on Sunday as 40 soldiers returned from Lebanon.\n",
        date(2017, 6, 11),
    ),
    (
        "note-opening-with-its-date",
        "Embassy of Ruritania in Lisbon\n"
        "Embaixada da Ruritânia em Lisboa\n\n"
        "Press Note No. 12/2021 - 15/07/2021\n"
        "(Unofficial translation)\n\n"
        "Visit of the Chief of Naval Staff to the Task Force\n\n"
        "On 12 July, the Chief of Naval Staff, Admiral A. B. Costa, visited the flagship of the "
        "Task Force moored in the port and addressed its crew on their return from patrol.\n",
        date(2021, 7, 12),
    ),
    (
        "feature-relative-day-at-a-reunion",
        "The Coast Gazette\n\n"
        "The cook who fed a battalion\n\n"
        "Monday, October 2, 2023\n"
        "Story by A. Reporter\n\n"
        "Every morning the old cook walks to the harbour. He is eighty and he has not cooked for "
        "a crowd in years. He remembers the heat and the flies.\n\n"
        "He served in Lebanon twice, and once in Cyprus, where he learned to bake bread.\n\n"
        "Last Saturday he cooked again, for the annual reunion of the Veterans Association at "
        "the town hall.\n",
        date(2023, 9, 30),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in DATE_CASES], ids=[c[0] for c in DATE_CASES]
)
def test_dates_of_the_graduated_layouts(text: str, expected: date) -> None:
    found, span = parse_date(read_layout(text))
    assert found == expected
    assert span is not None
