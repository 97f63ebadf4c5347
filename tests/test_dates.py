"""Tests of the event date (dates.py) on small invented reports, several layouts and wordings
per class: a story's lead under its publication date, datelines with an agency's tag."""

from __future__ import annotations

from datetime import date

import pytest

from pko_extract.dates import date_hits, parse_date
from pko_extract.segment import read_layout


def _date(text: str) -> tuple[date | None, str | None, int | None]:
    """The date, the text of its span and the span's start."""
    d, span = parse_date(read_layout(text))
    return d, span.text if span else None, span.start if span else None


@pytest.mark.parametrize(
    ("text", "expected", "said"),
    [
        (
            "Home | News | Events\n\nCadets Learn From Returning Peacekeepers\n\n"
            "Posted 12 May 2019 by Press Office\n\nOfficers back from the lake region spoke to"
            " cadets at the academy last Thursday. They described patrols and convoys.\n",
            date(2019, 5, 9),
            "last Thursday",
        ),
        (
            "Engineers brief students on mine clearance\n\nFriday, 8 March 2019\n\nTwo engineers"
            " who served with the lake mission talked to students on Wednesday about roads.\n",
            date(2019, 3, 6),
            "on Wednesday",
        ),
        (
            "Officers complete pre-deployment training\n\nPosted on 2 February 2018\n\n"
            "Forty officers received certificates on Wednesday.\n",
            date(2018, 1, 31),
            "on Wednesday",
        ),
        (
            "Army chief urges troops to keep discipline\n\n4 June 2019\n\nThe army chief told a"
            " contingent leaving for the lake region on Monday to respect local customs.\n",
            date(2019, 6, 3),
            "on Monday",
        ),
        (
            "Trainers return\n\n4 June 2019\n\nThe trainers came back today. They had left on"
            " Monday.\n",
            date(2019, 6, 4),
            "4 June 2019",
        ),
        (
            "Trainers return\n\n4 June 2019\n\nThe trainers left on 1 June. They came back on"
            " Monday.\n",
            date(2019, 6, 4),
            "4 June 2019",
        ),
    ],
    ids=[
        "byline-then-last-weekday-with-any-verb",
        "date-line-then-weekday-with-a-speech-verb",
        "posted-on-then-weekday",
        "told-on-monday",
        "today-in-the-lead-keeps-the-date-line",
        "a-dated-sentence-ends-the-lead",
    ],
)
def test_a_story_s_lead_counts_back_from_its_publication_date(
    text: str, expected: date, said: str
) -> None:
    """The first sentences under a byline or date line say when it happened, whatever the
    verb ("spoke to cadets last Thursday"); "today" or a sentence with a date of its own ends
    the search."""
    assert _date(text) == (expected, said, text.index(said))


@pytest.mark.parametrize(
    ("text", "expected", "said"),
    [
        (
            "KAMPALA, 14 June 2018 (Lake News Agency) - A seminar on civilian protection was held"
            " on Tuesday at the staff college. Officers from five countries attended.\n",
            date(2018, 6, 12),
            "on Tuesday",
        ),
        (
            "Press release\n\nNEW YORK, Friday, 11 December (Office of Support) — The Under-"
            "Secretary-General attended the regional defence forum on 9 and 10 December, as a"
            " guest.\n\nPublished 14 December 2020\n",
            date(2020, 12, 9),
            "9 and 10 December",
        ),
        (
            "JUBA, 9 July 2021 (Radio Lake) - Ten years after independence on 9 July 2011,"
            " officers gathered at the barracks to plant trees.\n",
            date(2021, 7, 9),
            "9 July 2021",
        ),
        (
            "ACCRA, 3 May 2019 (GNA) -- Police trainers met on 30 April to review the course.\n",
            date(2019, 4, 30),
            "30 April",
        ),
    ],
    ids=[
        "agency-tag-then-weekday",
        "agency-tag-then-date-in-the-same-sentence",
        "an-old-date-in-the-dateline-sentence-is-background",
        "agency-tag-then-date-days-before",
    ],
)
def test_a_dateline_with_an_agency_s_tag(text: str, expected: date, said: str) -> None:
    """ "CITY, date (Agency) -" is a dateline; its sentence's date counts when it falls a few
    days before the dateline's, a weekday counts back from it, an older date is background."""
    assert _date(text) == (expected, said, text.index(said))


@pytest.mark.parametrize(
    ("text", "expected", "said"),
    [
        (
            "Actualités\n\nAtelier sur la protection des civils\n\nPublié le 10 mai 2018\n\n"
            "L'atelier s'est déroulé le 3 mai à Niamey avec trente participants.\n",
            date(2018, 5, 3),
            "3 mai",
        ),
        (
            "Communiqué\n\nLe séminaire régional a eu lieu du 12 au 14 juin 2017 à Dakar. Le"
            " prochain séminaire se tiendra en 2018.\n",
            date(2017, 6, 12),
            "12 au 14 juin 2017",
        ),
        (
            "Journée des Casques bleus\n\nMis à jour le 2 juin 2019\n\nLa cérémonie s'est tenue"
            " le 29 mai au quartier général.\n",
            date(2019, 5, 29),
            "29 mai",
        ),
    ],
    ids=["publie-le-then-s-est-deroule-le", "a-eu-lieu-du-au", "mis-a-jour-then-s-est-tenue"],
)
def test_french_reports(text: str, expected: date, said: str) -> None:
    """A French byline ("Publié le", "Mis à jour le") is the publication date; a sentence
    saying the event happened ("s'est déroulé le", "a eu lieu du ... au") gives the event's."""
    assert _date(text) == (expected, said, text.index(said))


@pytest.mark.parametrize(
    ("text", "expected", "said"),
    [
        (
            "News\n\nDelegates return\n\nAfter a first meeting held on 2 February 2015 in Arusha,"
            " the delegates met again on 9 March 2015 in Moshi to agree on the plan.\n",
            date(2015, 3, 9),
            "9 March 2015",
        ),
        (
            "Summit preparations\n\nAhead of the summit on 12 March 2020, experts met on 3 March"
            " 2020 in Addis Ababa.\n",
            date(2020, 3, 3),
            "3 March 2020",
        ),
        (
            "Workshop ends\n\nA three-day workshop on mission planning ended on Friday, 10 May 2019"
            " at the staff college.\n",
            date(2019, 5, 8),
            "10 May 2019",
        ),
        (
            "Press release\n\n12 June 2018\n\nThe two-day conference on police reform closed on"
            " Tuesday in Kigali.\n",
            date(2018, 6, 11),
            "on Tuesday",
        ),
        (
            "Workshop Report\n\nThe workshop took place over five days, from Monday 2 to Friday 6"
            " September 2019.\n",
            date(2019, 9, 2),
            "2 to Friday 6 September 2019",
        ),
        (
            "Course\n\nA three-day course opened on 4 May 2019 in Jinja.\n",
            date(2019, 5, 4),
            "4 May 2019",
        ),
    ],
    ids=[
        "after-a-first-meeting-clause-is-background",
        "ahead-of-clause-is-background",
        "three-day-workshop-ended-on",
        "two-day-conference-closed-on-a-weekday",
        "range-with-weekdays",
        "a-length-with-an-opening-keeps-the-day",
    ],
)
def test_multi_day_events_and_background_clauses(text: str, expected: date, said: str) -> None:
    """A multi-day event dated by its end starts its length earlier ("a three-day workshop
    ended on 10 May" -> 8 May); a range with weekdays gives its first day; a date in an
    opening "After ...," or "Ahead of ...," clause is background to the main clause's."""
    assert _date(text) == (expected, said, text.index(said))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("will run from 29 June to 1 July 2022", [(2022, 6, 29), (2022, 7, 1)]),
        ("Del 30 de septiembre al 4 de octubre de 2019", [(2019, 9, 30), (2019, 10, 4)]),
        ("du 30 décembre au 2 janvier 2020", [(2019, 12, 30), (2020, 1, 2)]),
        ("Monday 20 September – Friday 24 September 2021", [(2021, 9, 20), (2021, 9, 24)]),
        ("on 3 May and 5 June 2020", [(None, 5, 3), (2020, 6, 5)]),
    ],
)
def test_the_first_date_of_a_range_takes_the_year_of_the_second(
    text: str, expected: list[tuple[int | None, int, int]]
) -> None:
    """A range across months (or weekdays) gives its first date the second's year, the year
    before when the months turn over; "and" joins two dates, not a range."""
    assert [(h.year, h.month, h.day) for h in date_hits(text)] == expected
