"""Tests of the event's venue and city (event.py) on small invented reports, several layouts
per class: field lines in other shapes, online events, a field naming only a city, a place
line opened by its venue noun, "held on <day> at the X headquarters"."""

from __future__ import annotations

from datetime import date

import pytest

from pko_extract.event import parse_event, parse_venue
from pko_extract.segment import read_layout

_COUNTRIES = frozenset({"Rwanda", "Kenya", "Norway"})


def _venue(text: str) -> tuple[str | None, str | None]:
    venue, city = parse_venue(read_layout(text), countries=_COUNTRIES)
    return venue.text if venue else None, city.text if city else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Webinar on Protection of Civilians\n\nDate: 9 September 2020\nVenue: Online (Zoom)"
            "\n\nThe webinar was held online with 80 participants.\n",
            (None, None),
        ),
        (
            "Virtual Panel on Mission Drawdowns\n\nWhen: 3 June 2021, 14:00 CET\nWhere: Microsoft"
            " Teams\n\nThe panel met at the Lake Institute's invitation.\n",
            (None, None),
        ),
        (
            "Briefing for Correspondents\n3 June 2021\nVirtual event, Lake Institute\n\nThe"
            " briefing covered the budget.\n",
            (None, None),
        ),
    ],
    ids=["venue-online-zoom", "where-microsoft-teams", "virtual-event-line-under-the-date"],
)
def test_an_online_event_has_no_venue(text: str, expected: tuple) -> None:
    """A venue value that says the event was online names no place, and no later strategy
    finds one."""
    assert _venue(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Regional Seminar on Mission Logistics\n\nDate: 3 May 2019 | Venue: Cedar Hall, Oslo"
            "\n\nLogisticians met.\n",
            ("Cedar Hall", "Oslo"),
        ),
        (
            "Location\nRiverside Hall\n12 Harbour Road, Mombasa\n\nWorkshop on Coastal Security\n",
            ("Riverside Hall", None),
        ),
        (
            "Workshop on Protection of Civilians\n\nDate: 12-13 May 2019\nVenue: Kigali, Rwanda"
            "\n\nThe workshop trained forty officers at the Lakeside Hotel.\n",
            (None, "Kigali"),
        ),
        (
            "Round Table on Women in Peacekeeping\nVENUE: Lakeside Hotel, Entebbe\nDATE: 7 March"
            " 2018\n",
            ("Lakeside Hotel", "Entebbe"),
        ),
    ],
    ids=[
        "venue-after-another-field-on-its-line",
        "label-without-colon-over-its-value",
        "a-field-naming-a-city-and-its-country",
        "labels-in-capitals",
    ],
)
def test_field_lines_in_other_shapes(text: str, expected: tuple) -> None:
    """ "Date: X | Venue: Y", "Location" alone over its value, "Venue: City, Country" (a city,
    no venue, and no later strategy guesses one)."""
    assert _venue(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Conference on Peace Operations in Africa\n\nOrganised by the Lake Institute\nHotel"
            " Serena, Kampala\n11 November 2016\n",
            ("Hotel Serena", "Kampala"),
        ),
        (
            "Ceremony honours fallen peacekeepers\n\n30 May 2017\n\nA wreath-laying ceremony was"
            " held on 29 May at the African Union headquarters in Addis Ababa.\n",
            ("African Union headquarters", "Addis Ababa"),
        ),
        (
            "Medal parade\n\nThe parade took place on June 5 at the Northern Brigade headquarters,"
            " Gulu.\n",
            ("Northern Brigade headquarters", "Gulu"),
        ),
        (
            "NAIROBI, 3 May 2019 - Military observers from twelve countries met today to discuss"
            " the new reporting format.\n",
            (None, None),
        ),
    ],
    ids=[
        "place-line-opened-by-hotel",
        "held-on-day-month-at-headquarters",
        "took-place-on-month-day-at-headquarters",
        "a-dateline-s-city-is-no-venue",
    ],
)
def test_place_lines_and_places_after_a_day(text: str, expected: tuple) -> None:
    """A place line near the top opened by its venue noun; "held on 29 May at the X
    headquarters in City" (a day without a year between the cue and the place)."""
    assert _venue(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Séminaire sur les opérations de paix\n\nDate : 12 avril 2010\nLieu : Salle des"
            " conférences, Hôtel de ville, Dakar\n\nLe séminaire a réuni des officiers.\n",
            ("Salle des conférences, Hôtel de ville", "Dakar"),
        ),
        (
            "Atelier régional\nLieu\nCentre de formation de Bamako\n\nL'atelier a eu lieu le 3 mai"
            " 2018.\n",
            ("Centre de formation de Bamako", None),
        ),
    ],
    ids=["lieu-colon-with-a-space", "lieu-alone-over-its-value"],
)
def test_french_venue_fields(text: str, expected: tuple) -> None:
    """ "Lieu :" is a venue label, with its value after it or under it."""
    assert _venue(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "News\n\nThe meeting took place at the African Union on 3 May 2019 with ten"
            " delegations.\n",
            (None, None),
        ),
        (
            "News\n\nDelegates gathered at the Regional Economic Community in Arusha.\n",
            (None, None),
        ),
        (
            "News\n\nThe seminar was held at the Ministry of Foreign Affairs in Tokyo on 3 May"
            " 2019.\n",
            ("Ministry of Foreign Affairs", "Tokyo"),
        ),
        (
            "Seminar on Peacebuilding\n3 May 2019, 10:00 - 12:00 | Room S-2726, UN Headquarters"
            "\n\nPanelists discussed funding.\n",
            ("Room S-2726, UN Headquarters", None),
        ),
        (
            "Workshop on Gender Mainstreaming\nVenue\tKigali Serena Hotel\nDate\t4 June 2019\n",
            ("Kigali Serena Hotel", None),
        ),
    ],
    ids=[
        "a-body-after-took-place-at",
        "a-community-after-gathered-at",
        "a-ministry-is-a-place",
        "date-and-place-on-a-two-part-meta-line",
        "a-table-row-s-first-cell-is-the-label",
    ],
)
def test_bodies_meta_lines_and_table_rows(text: str, expected: tuple) -> None:
    """ "took place at the African Union" names who met, not where; a meta line of a date
    and a place; a table row "Venue<TAB>X"."""
    assert _venue(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "News\n\nThe seminar on mediation was held on 3 May 2019. Its chair, who studied at the"
            " University of Ghana, opened the debate.\n",
            (None, None),
        ),
        (
            "News\n\nThe workshop was held on 3 May 2019. It built on a report launched last year"
            " at the Geneva Centre for Security Policy.\n",
            (None, None),
        ),
        (
            "News\n\nThe conference was held on 3 May 2019. Participants later visited the memorial"
            " at the Kigali Genocide Memorial Centre.\n",
            (None, None),
        ),
        (
            "Speakers\n\nDr Ana Ruiz teaches at the Lakeside University. Colonel Bo Li trains"
            " officers at the Regional Staff College.\n\nThe panel met on 3 May 2019.\n",
            (None, None),
        ),
        (
            "News\n\nFour officers told a packed auditorium at Fairfield Military College in"
            " Kingston what peacekeeping is like.\n",
            ("Fairfield Military College", "Kingston"),
        ),
    ],
    ids=[
        "where-someone-studied",
        "where-a-report-was-launched",
        "a-place-visited-afterwards",
        "where-speakers-teach-and-train",
        "a-place-named-without-an-event-word-still-counts",
    ],
)
def test_a_place_someone_studies_works_or_visits_is_no_venue(text: str, expected: tuple) -> None:
    """ "studied at", "launched ... at", "visited ... at", "teaches at" put someone or
    something at another place than the event's (``data/not_venue_verbs.txt``)."""
    assert _venue(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "News\n\nPublished: 20 May 2019\nEvent date: 14 May 2019\nEvent venue: Cedar Hall,"
            " Oslo\n\nThe seminar discussed mandates.\n",
            (date(2019, 5, 14), None, "Cedar Hall"),
        ),
        (
            "Event name: Blue Helmets Dialogue\nDate & time: 3 June 2021, 10:00\nEvent location:"
            " Lakeside Hotel\n\nPosted 10 June 2021\n",
            (date(2021, 6, 3), "Blue Helmets Dialogue", "Lakeside Hotel"),
        ),
        (
            "Press release, 12 March 2018\n\nEvent title: Regional Training on Convoy Security\n"
            "Date of the event: 5 March 2018\n",
            (date(2018, 3, 5), "Regional Training on Convoy Security", None),
        ),
    ],
    ids=["event-date-and-event-venue", "event-name-date-and-time", "date-of-the-event"],
)
def test_event_prefixed_field_labels(text: str, expected: tuple) -> None:
    """ "Event date:", "Event venue:", "Event location:", "Event name:", "Date & time:",
    "Date of the event:" are field lines like "Date:", "Venue:", "Title:"."""
    info = parse_event(read_layout(text), [])
    found = (info.date, *(s.text if s else None for s in (info.title, info.venue)))
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Events\n\nTuesday, 4 June 2019 - Thursday, 6 June 2019\n\nRegional Conference on"
            " Maritime Security\n\nDjibouti Palace Kempinski, Djibouti\n\nThe conference met.\n",
            ("Djibouti Palace Kempinski", "Djibouti"),
        ),
        (
            "12 June 2019 | 10:00\nSeminar on Early Warning\nCedar Hall, Institute of Peace, Oslo\n"
            "\nThe seminar discussed early warning systems.\n",
            ("Cedar Hall, Institute of Peace", "Oslo"),
        ),
        (
            "Monday, 3 May 2021\nHarbour Security Dialogue\nNorth Pier Hall\n",
            ("North Pier Hall", None),
        ),
    ],
    ids=[
        "place-under-the-title-under-a-date-range",
        "place-of-two-parts-under-the-title",
        "place-under-a-dialogue-title",
    ],
)
def test_a_place_line_under_the_title_under_the_date(text: str, expected: tuple) -> None:
    """An event page's date line, its title line, then the place line; a second part with a
    venue noun joins the venue, a short last part is the city."""
    assert _venue(text) == expected
