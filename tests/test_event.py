"""Tests of event metadata: date, title, venue/city, organisers, attendance (exact spans)."""

from __future__ import annotations

from datetime import date

import pytest

from pko_extract.dates import parse_date, parse_date_precision
from pko_extract.event import (
    parse_attendance,
    parse_city,
    parse_event,
    parse_organizers,
    parse_title,
    parse_venue,
)
from pko_extract.models import Span
from pko_extract.segment import read_layout


def _date(text: str) -> tuple[date | None, tuple[int, int, str] | None]:
    d, span = parse_date(read_layout(text))
    return d, (span.start, span.end, span.text) if span else None


@pytest.mark.parametrize(
    ("text", "expected", "span"),
    [
        (
            "Date: Friday, 2 November 2012\nThe meeting was held on 9 November 2012.",
            date(2012, 11, 2),
            (14, 29, "2 November 2012"),
        ),
        ("When: March 4, 2016\nPosted 1 April 2016", date(2016, 3, 4), (6, 19, "March 4, 2016")),
        (
            "GENEVA, 3 May -- Delegates met.\nPublished 10 June 2020",
            date(2020, 5, 3),
            (8, 13, "3 May"),
        ),
        (
            "Report\n12 May 2018\nOSLO, 12 May -- The forum opened.",
            date(2018, 5, 12),
            (7, 18, "12 May 2018"),
        ),
        ("NAIROBI, 7 March -- The forum opened.", None, (9, 16, "7 March")),
        (
            "The course was held on 12 April.\nPosted 20150412",
            date(2015, 4, 12),
            (23, 31, "12 April"),
        ),
        (
            "Seminar report\n15 June 2017\n\nThe seminar was held on 9 June in Oslo.",
            date(2017, 6, 9),
            (53, 59, "9 June"),
        ),
        ("The seminar was held on 2019-04-03 in Oslo.", date(2019, 4, 3), (24, 34, "2019-04-03")),
        ("The panel met on September 21, 2016.", date(2016, 9, 21), (17, 35, "September 21, 2016")),
        (
            "A workshop was held from 10 to 12 February 2011 in Accra.",
            date(2011, 2, 10),
            (25, 47, "10 to 12 February 2011"),
        ),
        (
            "Posted 3 Jan 2019\nDelegates gathered on 14th of March for the retreat.",
            date(2019, 3, 14),
            (40, 53, "14th of March"),
        ),
        ("The review covered 2014 and 2015.", None, None),
        ("No dates here at all.", None, None),
        ("Date: 31 February 2019", None, (6, 22, "31 February 2019")),
        (
            "CLIP / VISIT\nDATELINE: 4 JUNE 2019, GOMA\nThe team met.",
            date(2019, 6, 4),
            (23, 34, "4 JUNE 2019"),
        ),
        (
            "Atelier\n\nLes 3 et 4 mars 2014, le centre a réuni un atelier à Dakar.",
            date(2014, 3, 3),
            (13, 29, "3 et 4 mars 2014"),
        ),
        (
            "News\nThe 2020 Oslo Defence Forum, set for Oct. 5-6, opened with a ceremony.",
            date(2020, 10, 5),
            (42, 50, "Oct. 5-6"),
        ),
        (
            "PRESS RELEASE | 2 May 2023\nThe Lab will host a seminar on Friday, 9 June 2023.",
            date(2023, 6, 9),
            (66, 77, "9 June 2023"),
        ),
        (
            "Posted on 24 May 2019 | Share\nStatement\nCouncil Chamber, New York, 23 May 2019\n",
            date(2019, 5, 23),
            (67, 78, "23 May 2019"),
        ),
    ],
    ids=[
        "labelled",
        "labelled-when-mdy",
        "dateline-takes-publication-year",
        "dateline-matches-header",
        "dateline-no-year-anywhere",
        "compact-yyyymmdd",
        "event-verb-takes-header-year",
        "iso",
        "mdy",
        "range-first-day",
        "ordinal-of-month",
        "years-only",
        "none",
        "impossible-day",
        "dateline-field-capital-month",
        "french-range",
        "year-from-the-sentence",
        "will-host-on-date",
        "byline-date-is-the-last-resort",
    ],
)
def test_parse_date(text: str, expected: date | None, span: tuple[int, int, str] | None) -> None:
    """The event date and the exact span it was read from; no year anywhere -> None."""
    assert _date(text) == (expected, span)


_PUBLISHED = "Cadets honour fallen colleagues\n\n12 October 2021\n\n"
_LEAD = "A" + " long opening sentence about the cadets" * 4


@pytest.mark.parametrize(
    ("text", "expected", "span"),
    [
        (
            "Communique of the Council. Meeting today, 11 May 2001, at the level of ministers, the"
            " Council held its session. It had met on 2 May 2001.",
            date(2001, 5, 11),
            (42, 53, "11 May 2001"),
        ),
        (
            _PUBLISHED + "HARARE - Cadets gathered at the college on Sunday to remember them.",
            date(2021, 10, 10),
            (90, 99, "on Sunday"),
        ),
        (
            _PUBLISHED + "KANO - The cadets met on Tuesday, the same day the list was read.",
            date(2021, 10, 12),
            (72, 82, "on Tuesday"),
        ),
        (
            _PUBLISHED + f"{_LEAD}, and 8 October 2021 will stay with them. The day was sunny.",
            date(2021, 10, 8),
            (213, 227, "8 October 2021"),
        ),
        (
            _PUBLISHED + f"{_LEAD}, and 8 September 2021 will stay with them.",
            date(2021, 10, 12),
            (33, 48, "12 October 2021"),
        ),
        (
            _PUBLISHED + "KANO - The cadets will be hosted at the college on Friday.",
            date(2021, 10, 12),
            (33, 48, "12 October 2021"),
        ),
    ],
    ids=[
        "today-before-the-date",
        "weekday-before-the-date-line",
        "weekday-same-day-as-the-date-line",
        "lead-date-days-before-the-date-line",
        "lead-date-a-month-before-is-background",
        "weekday-still-to-come-is-not-counted-back",
    ],
)
def test_parse_date_relative_to_the_date_line(
    text: str, expected: date, span: tuple[int, int, str]
) -> None:
    """A story's date line is its publication date; "Meeting today, X", "on Sunday" and a
    full date in the lead a few days earlier give the event's date."""
    assert _date(text) == (expected, span)


def _title(text: str) -> tuple[int, int, str] | None:
    s = parse_title(read_layout(text))
    return (s.start, s.end, s.text) if s else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Report\nTheme: "Partners for Peace"\nDate: 1 May 2019', (15, 33, "Partners for Peace")),
        ("Report\nTheme: Partners for Peace in Africa\n", (14, 42, "Partners for Peace in Africa")),
        ("Title: “Blue Helmets, Green Goals”.", (8, 33, "Blue Helmets, Green Goals")),
        (
            'The Symposium "Women in Blue Helmets" was held in Rome.',
            (15, 36, "Women in Blue Helmets"),
        ),
        (
            "The “Future of Protection” panel discussion drew crowds.",
            (5, 25, "Future of Protection"),
        ),
        ('She said "we will go" and left.', None),
        (
            "Notes\nOfficers attended the Annual Seminar on Protection of Civilians last June.",
            (28, 69, "Annual Seminar on Protection of Civilians"),
        ),
        (
            "Regional Peacekeeping Workshop\nOfficers met.",
            (0, 30, "Regional Peacekeeping Workshop"),
        ),
        ("Short notes\nNothing else.", None),
        (
            "Past Event\nBuilding Trust: Police in Missions\nMonday, March 2, 2015\n",
            (11, 45, "Building Trust: Police in Missions"),
        ),
        (
            "Public Seminar\n“Rivers of Peace – Water in Missions”\n\nMay 3, 2016\n",
            (16, 51, "Rivers of Peace – Water in Missions"),
        ),
        (
            "Home\nPress Releases\nOslo Training Workshop Opens\nThe workshop opened today.",
            (20, 42, "Oslo Training Workshop"),
        ),
        (
            "Army Signals Corps Concludes Two-day Seminar on Radio Security in Gao, Mali\nText.",
            (29, 62, "Two-day Seminar on Radio Security"),
        ),
        ("Nepal army holds peace seminar\nThe army held it.", (17, 30, "peace seminar")),
        (
            "Trade Council\n4512th Meeting (AM)\nThe Council met today.",
            (14, 28, "Trade Council 4512th Meeting"),
        ),
        (
            "Adopted at the 301st meeting of the Regional Peace Council, held on 3 May 2019.",
            (15, 58, "Regional Peace Council 301st meeting"),
        ),
        (
            "Note to Correspondents: 2022 Oslo Police Ministerial in Oslo - Chair’s Summary\nText.",
            (24, 60, "2022 Oslo Police Ministerial in Oslo"),
        ),
        (
            "Speakers\n• Ana Ruiz: “Mapping Harm in Missions Today”\n• Bo Li: “Data Gaps”\n",
            None,
        ),
        (
            "About 90 people met at a forum held under the theme “Voices of Local Peace”.",
            (53, 74, "Voices of Local Peace"),
        ),
        (
            "Last week the Fifth Asia Peace Forum was held under the theme “Ready for Missions”.",
            (14, 36, "Fifth Asia Peace Forum"),
        ),
        (
            "Report\nHe spoke at the Third Committee Meeting on review of the question of "
            "police, then left.",
            (23, 82, "Third Committee Meeting on review of the question of police"),
        ),
        (
            "NORTHGATE INSTITUTE FOR PEACE\nHome | Events | About\nEvents > Past Events\n"
            "Water, Borders and Blue Helmets\nTuesday, May 4, 2021 | 9:00 a.m.\n",
            (73, 104, "Water, Borders and Blue Helmets"),
        ),
        (
            "Officers and students debate the future of policing\nPosted 3 March 2015 by Office"
            '\nThey met for "Guarding the Guards", the annual symposium.',
            (96, 115, "Guarding the Guards"),
        ),
        (
            "Embassy honours partners of the mission\n1 May 2014\nThe Ashdown Seminar Room hosted.",
            None,
        ),
        (
            "Séminaire régional / Regional Seminar\n« Paix au Sahel »\n"
            '"Peace in the Sahel"\nDate: 16 November 2017\n',
            (57, 75, "Peace in the Sahel"),
        ),
        ('Report\nShe called the forum "a model for the region" in her remarks.', None),
        (
            "Press Note No. 7/2015\nMission thanks its partners\nThe embassy hosted a dinner under "
            "the theme “Bridges of Peace”.",
            (95, 111, "Bridges of Peace"),
        ),
        (
            "We use cookies to improve the site. [Accept]\nRivers and Peace\nMonday, 1 June 2015\n",
            (45, 61, "Rivers and Peace"),
        ),
        (
            "Officers completed the course.\nDr Ana Ruiz delivered a lecture on “Leading Teams”.",
            None,
        ),
        (
            "News\nThe mission held a Flag Handover Ceremony at Camp Reed on Monday.",
            (24, 46, "Flag Handover Ceremony"),
        ),
        (
            "PRESS RELEASE\nThe Deputy spoke to the Special Committee on Harbour Safety, which was "
            "opening its 2001 session. He left.",
            (38, 109, "Special Committee on Harbour Safety 2001 session"),
        ),
        (
            'SAHEL TRAINING INSTITUTE\n« Paix au Sahel »\n"Peace in the Sahel"\n'
            "Date: 16 November 2017\n",
            (44, 62, "Peace in the Sahel"),
        ),
    ],
    ids=[
        "theme-quoted",
        "theme-plain",
        "title-curly-quotes",
        "quoted-after-noun",
        "quoted-before-noun",
        "quote-without-event-noun",
        "capitalised-phrase",
        "headline",
        "none",
        "genre-label-then-heading-over-date",
        "kind-of-event-line-then-quoted-title",
        "headline-verb-subject-side",
        "headline-verb-object-side-place-trimmed",
        "headline-lower-case-event",
        "un-meeting-number-under-body",
        "nth-meeting-of-body",
        "genre-field-suffix-trimmed",
        "talk-titles-in-list-are-not-the-event",
        "theme-of-unnamed-event",
        "named-event-wins-over-theme",
        "event-subject-tail",
        "site-name-and-navigation-passed-over",
        "byline-date-does-not-make-a-headline-a-title",
        "s-verb-headline-and-venue-phrase-are-not-titles",
        "bilingual-kind-of-event-line",
        "lower-case-quotation-fragment",
        "document-number-line-and-theme-without-event-noun",
        "cookie-notice-passed-over",
        "a-lecture-title-is-not-the-event",
        "ceremony",
        "body-opening-its-yearly-session",
        "french-guillemet-line-over-the-english-title",
    ],
)
def test_parse_title(text: str, expected: tuple[int, int, str] | None) -> None:
    """Theme:/Title: lines win, then a quoted title next to an event noun, then a named event."""
    assert _title(text) == expected


def _venue(text: str) -> tuple:
    v, c = parse_venue(read_layout(text))
    return ((v.start, v.end, v.text) if v else None, (c.start, c.end, c.text) if c else None)


@pytest.mark.parametrize(
    ("text", "venue", "city"),
    [
        (
            "The seminar took place at the Northern Lights University in Tromso.",
            (30, 56, "Northern Lights University"),
            (60, 66, "Tromso"),
        ),
        (
            "Venue: Main Hall, Delta Hotel, Lusaka",
            (7, 29, "Main Hall, Delta Hotel"),
            (31, 37, "Lusaka"),
        ),
        (
            "Venue: Grand Auditorium, Capital University",
            (7, 43, "Grand Auditorium, Capital University"),
            None,
        ),
        ("Place: Room 4", (7, 13, "Room 4"), None),
        ("They met in the Blue Room.", (16, 25, "Blue Room"), None),
        ("They met at Lusaka.", None, None),
        ("It was held at the Amani Peace Centre.", (19, 37, "Amani Peace Centre"), None),
    ],
    ids=[
        "university-in-city",
        "venue-label-city",
        "venue-label-no-city",
        "place-label",
        "in-the-room",
        "city-only-no-venue",
        "centre",
    ],
)
def test_parse_venue(text: str, venue: tuple | None, city: tuple | None) -> None:
    """Venue and city spans from a labelled line or "at the X ... in City"."""
    assert _venue(text) == (venue, city)


def test_parse_venue_stops_before_trailing_day() -> None:
    """ "at the Rosewood Hotel in Kigali on Monday" -> venue "Rosewood Hotel", city "Kigali"."""
    text = "The seminar took place at the Rosewood Hotel in Kigali on Monday."
    assert _venue(text) == ((30, 44, "Rosewood Hotel"), (48, 54, "Kigali"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The seminar was organized by the Centre for Peace Studies and the Ministry of "
            "Defence.",
            [(33, 57, "Centre for Peace Studies"), (66, 85, "Ministry of Defence")],
        ),
        (
            "Organizers: Peace Lab and Norland Army College",
            [(12, 21, "Peace Lab"), (26, 46, "Norland Army College")],
        ),
        ("The Blue Line Institute hosted the forum in March.", [(4, 23, "Blue Line Institute")]),
        ("It hosted the event.", []),
        (
            "The course, which the Nordic Defence Academy organized in association with "
            "the Red Cross, ended.",
            [(22, 44, "Nordic Defence Academy"), (79, 88, "Red Cross")],
        ),
    ],
    ids=["organized-by-and", "label", "org-before-verb", "pronoun", "which-in-association"],
)
def test_parse_organizers(text: str, expected: list[tuple[int, int, str]]) -> None:
    """Organisers with exact spans, split at "and"/"in association with"."""
    assert [(o.start, o.end, o.text) for o in parse_organizers(read_layout(text))] == expected


def test_parse_organizers_after_dateline_dash() -> None:
    """ "GENEVA, 3 May -- The Centre for Peace Research hosted ..." names the organiser."""
    text = "GENEVA, 3 May -- The Centre for Peace Research hosted a seminar."
    assert [(o.start, o.end, o.text) for o in parse_organizers(read_layout(text))] == [
        (21, 46, "Centre for Peace Research")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("More than 300 people attended the talk.", 300),
        ("Some 1,200 participants joined.", 1200),
        ("It drew 25 guests, all present.", 25),
        ("The 40 delegates left.", None),
        ("Nobody came.", None),
    ],
    ids=["more-than", "thousands", "present", "no-attendance-verb", "none"],
)
def test_parse_attendance(text: str, expected: int | None) -> None:
    """A number of people counts only near an attendance verb."""
    assert parse_attendance(text) == expected


@pytest.mark.parametrize(
    ("text", "places", "countries", "expected"),
    [
        ("ACCRA, 5 June -- Officers met in Accra.", [], frozenset(), (0, 5, "Accra")),
        ("ACCRA, 5 June -- Officers met.", [], frozenset(), None),
        ("Kigali, 5 June -- Officers met.", [], frozenset(), (0, 6, "Kigali")),
        ("KENYA, 5 June -- Officers met in Kenya.", [], frozenset({"Kenya"}), None),
        (
            "The seminar was held in Bamako last week.",
            [Span(24, 30, "Bamako", "GPE", "model")],
            frozenset(),
            (24, 30, "Bamako"),
        ),
        (
            "The seminar was held in Mali last week.",
            [Span(24, 28, "Mali", "GPE", "model")],
            frozenset({"Mali"}),
            None,
        ),
    ],
    ids=[
        "caps-dateline-repeated",
        "caps-dateline-once",
        "title-case-dateline",
        "country-dateline",
        "place-after-in",
        "country-place",
    ],
)
def test_parse_city(
    text: str, places: list[Span], countries: frozenset[str], expected: tuple | None
) -> None:
    """A dateline city (repeated if all-caps) or a place "in X" near an event verb;
    never a country."""
    got = parse_city(read_layout(text), places, countries)
    assert ((got.start, got.end, got.text) if got else None) == expected


def test_parse_event_all_fields() -> None:
    """parse_event combines the parts on a small labelled report."""
    text = (
        "Workshop on Civilian Protection\n"
        'Theme: "Guarding Civilians"\n'
        "Date: Tuesday, 14 May 2019\n"
        "Venue: Palm Conference Centre, Nairobi\n"
        "The workshop was organised by the Peace Training Institute. About 60 officers attended.\n"
    )
    info = parse_event(read_layout(text), [])
    assert info.title == Span(40, 58, "Guarding Civilians", "TITLE")
    assert info.date == date(2019, 5, 14)
    assert info.date_span == Span(75, 86, "14 May 2019", "DATE")
    assert info.venue == Span(94, 116, "Palm Conference Centre", "VENUE")
    assert info.city == Span(118, 125, "Nairobi", "CITY")
    assert [o.text for o in info.organizers] == ["Peace Training Institute"]
    assert info.attendance is None  # "officers" is not an attendance noun


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kampala, 9/12/2018\n"
            "The course closed with a ceremony held on 08/12/2018 at the school.",
            (date(2018, 12, 8), "08/12/2018", "day"),
        ),
        (
            "The ceremony was held on 12/25/2019 at the base.",
            (date(2019, 12, 25), "12/25/2019", "day"),
        ),
        (
            "Lisbon, 6–8 May 2014\n"
            "The working group met again and closed the meeting on 7 May 2014 at noon.",
            (date(2014, 5, 6), "6–8 May 2014", "day"),
        ),
        (
            "Issue 3 | Winter\nIn June 2016 the network held a workshop in Accra for mediators.",
            (date(2016, 6, 1), "June 2016", "month"),
        ),
        (
            "Seminar recap · Friday, March 3, 2017 · Main Hall\n"
            "The idea was first raised in November 2015 at a smaller meeting.",
            (date(2017, 3, 3), "March 3, 2017", "day"),
        ),
        ("A day in the field, with no date at all.", (None, None, None)),
    ],
    ids=[
        "numeric-day-first",
        "numeric-month-first",
        "range-first-day",
        "month-year",
        "meta-line-beats-month-year",
        "none",
    ],
)
def test_parse_date_precision(text: str, expected: tuple) -> None:
    """Numeric dates, the first day of a stated range, month-only dates with their precision,
    and a page's meta line before a month named in running text."""
    d, span, precision = parse_date_precision(read_layout(text))
    assert (d, span.text if span else None, precision) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "EVENT RECAP\n\nBlue Lines and Borders\nStreamed on Tuesday, 4 May 2021 · 90 minutes\n",
            "Blue Lines and Borders",
        ),
        (
            "Huge thanks to all who came to Friday's Lakeshore Peace Operations Forum in Halden.",
            "Lakeshore Peace Operations Forum",
        ),
        (
            "After a long day of debate in the hall of the old academy, the chair of the Peace "
            'Forum said: "We are here today. The work goes on and on." Everyone went home.',
            None,
        ),
    ],
    ids=["genre-line-then-heading", "possessive-day-and-city-trimmed", "quotation-not-title"],
)
def test_parse_title_layouts(text: str, expected: str | None) -> None:
    """A genre line is skipped, a heading over a meta line with a date is the title, a
    quotation is not a title, "Friday's X Forum in City" is trimmed to the event's name."""
    span = parse_title(read_layout(text))
    assert (span.text if span else None) == expected


def test_venue_from_a_meta_line_and_place_nouns_first() -> None:
    """A '·'-separated meta line gives venue and city; a hall beats an institute."""
    text = "Seminar notes · 2 June 2018 · Cedar Hall, Institute for Peace, Oslo\nMore text."
    v, c = parse_venue(read_layout(text))
    assert (v.text, c.text) == ("Cedar Hall, Institute for Peace", "Oslo")
    text = (
        "Thanks to the Nordic Institute for Peace for hosting us at the Birch Pavilion on Monday."
    )
    v, c = parse_venue(read_layout(text))
    assert (v.text, c) == ("Birch Pavilion", None)


@pytest.mark.parametrize(
    ("text", "venue", "city"),
    [
        (
            "The forum took place at Grand Lotus Colombo, with 40 delegates.",
            "Grand Lotus Colombo",
            None,
        ),
        (
            "Guests at the seminar held at the Swiss Ambassador’s residence in Lima on 3 May.",
            "Swiss Ambassador’s residence",
            "Lima",
        ),
        (
            "The two schools held a conference at The Forge, Lakeside University (LU), on trust.",
            "The Forge, Lakeside University (LU)",
            None,
        ),
        (
            "It marked the date with an event at the Blue Hall Centre, Tokyo.",
            "Blue Hall Centre",
            "Tokyo",
        ),
        (
            "Past Event\nWater and Peace\nMonday, June 1, 2015\n10:00 am - 1:00 pm\n"
            "The Lakeview Institution\nRiver Room\n12 Harbour Street\nPortland, OR\n",
            "The Lakeview Institution, River Room",
            "Portland",
        ),
        (
            "On the panel were Dr Ana Ruiz, Visiting Fellow at the Andean Peace Institute, and "
            "Bo Li.",
            None,
            None,
        ),
        (
            "Troops received medals at a parade held on 11 May 2015 at Camp Arden, the base.",
            "Camp Arden",
            None,
        ),
        (
            "Some 300 women gathered today at the Kivu multipurpose hall in Goma for a forum.",
            "Kivu multipurpose hall",
            "Goma",
        ),
        (
            "The centre hosted a workshop in the Birch Seminar Room, Elm Building, Leeds, on X.",
            "Birch Seminar Room, Elm Building",
            "Leeds",
        ),
        (
            "Water and Peace\nRiverside Conference Hall, Kisumu\n\nThe seminar opened.",
            "Riverside Conference Hall",
            "Kisumu",
        ),
        (
            "Statement\nCouncil Chamber, New York, 23 May 2019\nMr. President, thank you.",
            "Council Chamber",
            "New York",
        ),
        (
            "Home | About | Press Room | Contact\nThe seminar was opened on Monday, 4 June 2018 "
            "at the Volta Hall, Ministry Annex, by the Minister.",
            "Volta Hall, Ministry Annex",
            None,
        ),
        ("Police trainers met at the Hôtel Baobab Vert, Dakar.", "Hôtel Baobab Vert", "Dakar"),
        (
            "Seminar on Harbour Safety\nMonday, 3 May 2021\n09h00 - 12h30 / 14h00 - 17h30\n"
            "The Lakeside Institution\nStein Room\n1775 Harbour Avenue\nOslo 0150\n",
            "The Lakeside Institution, Stein Room",
            "Oslo",
        ),
        (
            "Rivers of Peace\n\nwith Ana Ruiz\nMay 3, 2024, 4:30 pm\nCedar Hall\nOpen to all\n",
            "Cedar Hall",
            None,
        ),
        (
            "Harbour Forum 2010\nMarch 4, 2010\nPeace House (Willow Room), Bergen, Norway\n",
            "Peace House (Willow Room)",
            "Bergen",
        ),
        (
            "Peace Day\n\non Saturday 4 May 2019\nat Lakeside College (Room 12, West Wing)\n",
            "Lakeside College (Room 12, West Wing)",
            None,
        ),
        (
            "Seminar: Lakes\n\nDate Monday 4 May, 10:00\n\nVenue Cedar Institute, Elm Road 7,"
            " Lakeside\n",
            "Cedar Institute, Elm Road 7",
            "Lakeside",
        ),
        (
            "UN Women opens new Centre in Juba\n\n3 May 2019\n\nUN Women opens new Centre in"
            " Juba\n\nThe centre opened on Friday.",
            None,
            None,
        ),
        (
            "Guests at the parade, held at the brigade's headquarters in Kisumu, stood.",
            "brigade's headquarters",
            "Kisumu",
        ),
    ],
    ids=[
        "took-place-at-name",
        "held-at-residence-in-city",
        "conference-at-two-parts",
        "event-at-name-comma-city",
        "address-block-under-date-line",
        "workplace-is-not-venue",
        "held-on-date-at-camp",
        "gathered-at-lower-case-hall",
        "in-the-room-and-building-then-city",
        "place-line-near-top",
        "place-line-with-date",
        "navigation-bar-is-not-a-meta-line-and-annex-joins",
        "french-hotel",
        "address-block-skips-a-09h00-time-line",
        "place-line-under-a-timed-date-line",
        "place-with-parentheses-and-city-under-a-date-line",
        "at-place-line-under-a-date-line",
        "label-without-colon-under-a-date-line",
        "headline-repeated-under-its-date-is-not-a-place",
        "held-at-a-lower-case-owner-s-headquarters",
    ],
)
def test_venue_strategies(text: str, venue: str | None, city: str | None) -> None:
    """A venue after an event cue, an address block, and a workplace that is not a venue."""
    v, c = parse_venue(read_layout(text))
    assert (v.text if v else None, c.text if c else None) == (venue, city)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Regional Seminar\nPosted 9 May 2018\n\nDate:\n2 May 2018\nLocation:\nCedar Hall, Oslo"
            "\n\nThe seminar discussed mandates.",
            (date(2018, 5, 2), (42, 52, "2 May 2018"), (63, 73, "Cedar Hall"), (75, 79, "Oslo")),
        ),
        (
            "Regional Seminar\nDate - 2 May 2018\nVenue - Cedar Hall, Oslo\n\nThe seminar discussed"
            " mandates.",
            (date(2018, 5, 2), (24, 34, "2 May 2018"), (43, 53, "Cedar Hall"), (55, 59, "Oslo")),
        ),
        (
            "Blue Helmets Forum\n\nThursday, 14 March 2019 | News | Peace Institute\n\nThe forum"
            " was held on Tuesday.",
            (date(2019, 3, 12), (89, 99, "on Tuesday"), None, None),
        ),
        (
            "Regional Seminar\n\nThe seminar was held at the Lakeside Hotel, Kigali, Rwanda, on"
            " 2 May 2018.",
            (
                date(2018, 5, 2),
                (81, 91, "2 May 2018"),
                (46, 60, "Lakeside Hotel"),
                (62, 68, "Kigali"),
            ),
        ),
        (
            "Regional Seminar\nVenue: Lakeside Hotel, Kigali, Rwanda\nDate: 2 May 2018",
            (
                date(2018, 5, 2),
                (61, 71, "2 May 2018"),
                (24, 38, "Lakeside Hotel"),
                (40, 46, "Kigali"),
            ),
        ),
        (
            "Regional Seminar\n\nThe seminar was held on 2 May 2018. The venue was the Lakeside"
            " Hotel in Kigali.",
            (
                date(2018, 5, 2),
                (42, 52, "2 May 2018"),
                (72, 86, "Lakeside Hotel"),
                (90, 96, "Kigali"),
            ),
        ),
        (
            "Regional Seminar\n\nOfficers met on 2 May 2018. The venue is Cedar Hall, Oslo.",
            (date(2018, 5, 2), (34, 44, "2 May 2018"), (59, 69, "Cedar Hall"), (71, 75, "Oslo")),
        ),
    ],
    ids=[
        "labels-over-their-values",
        "venue-label-with-a-dash",
        "a-weekday-is-no-dateline-city",
        "held-at-venue-city-country",
        "venue-line-city-country",
        "the-venue-was",
        "the-venue-is-with-a-comma",
    ],
)
def test_field_lines_of_other_layouts(text: str, expected: tuple) -> None:
    """A label alone over its value's line, "Venue - X" without a colon, a masthead's
    "Thursday, 14 March 2019" (whose weekday is no city), and "X Hotel, City, Country" (the
    city before the country) and "The venue was X in City" give the event's fields; "a
    lecturer at the X College" is a person's workplace, not the venue."""
    info = parse_event(read_layout(text), [])
    found = (info.date_span, info.venue, info.city)
    spans = [(s.start, s.end, s.text) if s else None for s in found]
    assert (info.date, *spans) == expected
