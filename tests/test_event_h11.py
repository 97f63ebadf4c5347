"""Event-field classes of the graduated holdout10 and holdout11 sets (stop 24), on small
invented reports: a date line that carries the byline ("<date> | By X") or a publication
word in the middle of a line ("News · Uploaded <date>") is the publication's; a bar of items
between middle dots is no title; the words before a programme's or a speech's occasion
("PROGRAMME FOR THE", "AT THE") are not the title's; a line of the venue, the town, a weekday
and the date under a page's menus gives the venue; a Portuguese "Local:" field."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import event_date_text, event_title_text, event_venue_texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "THE LAKESIDE COURIER\nHome | Local | Sport | Opinion\nLocal > Riverton\n\n"
            "Veterans plant a peace garden\nTuesday, May 7, 2019 | By Dana Holm, Reporter\n\n"
            "Under grey skies last Saturday, twenty veterans planted a garden beside the town"
            " library.\n",
            (date(2019, 5, 4), "last Saturday"),
        ),
        (
            "Ministry of Interior\nHome > Media > Speeches\nSpeeches · Uploaded 09 October 2018\n\n"
            "ADDRESS BY THE MINISTER AT THE POLICE MEDAL PARADE\n\n"
            "Central Police Barracks, Lusaka, Friday, 5 October 2018\n\nColleagues, friends.\n",
            (date(2018, 10, 5), "5 October 2018"),
        ),
        (
            "THE OLD COMRADE\nNewsletter of the Harbour Veterans\nIssue 7 / December 2018\n\n"
            "AUTUMN DINNER\nOur dinner on Saturday 10 November was the best attended yet.\n\n"
            "DIARY DATES\n- 4 May 2019: spring walk\n",
            (date(2018, 11, 10), "10 November"),
        ),
    ],
    ids=[
        "date-then-by-line",
        "uploaded-in-a-meta-line",
        "weekday-fixes-the-year-of-a-bulletin",
    ],
)
def test_publication_lines_and_weekdays_decide_the_event_s_date(text: str, expected: tuple) -> None:
    assert event_date_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Centre for Peace Studies\nHome / Events / Past events\n\nARCHIVE · ROUNDTABLE\n\n"
            "Who Guards the Camps? Policing Displacement Sites\n\n"
            "When: 4 April 2022\nWhere: Library Hall, Oslo\n",
            "Who Guards the Camps? Policing Displacement Sites",
        ),
        (
            "Reader | Help | Sign in\nThread by @HarbourPeaceLab\nUnrolled on 3 May 2022\n\n"
            "Our roundtable on police reform starts now at the town library. 1/5\n",
            None,
        ),
        (
            "REGIONAL PEACE TRAINING SCHOOL\n\nPROGRAMME FOR THE GRADUATION CEREMONY OF THE\n"
            "LOGISTICS OFFICERS COURSE 2/2019\n\nDATE: THURSDAY 4 JULY 2019\nVENUE: MAIN HALL\n",
            "GRADUATION CEREMONY OF THE LOGISTICS OFFICERS COURSE 2/2019",
        ),
        (
            "Home > Speeches\nPosted: 6 May 2021\n\nSPEECH BY THE HONOURABLE ADA NKOMO, MP, DEPUTY"
            " MINISTER OF DEFENCE, AT THE OFFICIAL CLOSING OF THE 6TH CIVILIAN PROTECTION COURSE,"
            " LAKESHORE TRAINING CAMP, MONDAY 3 MAY 2021\n\n(Check against delivery)\n\n"
            "Graduates, colleagues.\n",
            "OFFICIAL CLOSING OF THE 6TH CIVILIAN PROTECTION COURSE",
        ),
    ],
    ids=[
        "kicker-between-dots",
        "handle-line",
        "programme-for-the-ceremony",
        "speech-at-the-closing",
    ],
)
def test_page_furniture_and_occasion_words_are_not_the_title(
    text: str, expected: str | None
) -> None:
    assert event_title_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ministry of Interior\nHome > Media > Speeches\nSpeeches · Uploaded 09 October 2018\n\n"
            "ADDRESS BY THE MINISTER AT THE POLICE MEDAL PARADE\n\n"
            "Central Police Barracks, Lusaka, Friday, 5 October 2018\n\nColleagues, friends.\n",
            ("Central Police Barracks", "Lusaka"),
        ),
        (
            "Opening remarks\n\nHarbour Training Centre, Mombasa, Monday, 2 March 2020\n\n"
            "Friends and colleagues.\n",
            ("Harbour Training Centre", "Mombasa"),
        ),
        (
            "Seminário de Estudos de Paz\n\nData: 3 de abril de 2023\n"
            "Local: Sala 210 do Prédio Central, Campus Norte\n",
            ("Sala 210 do Prédio Central, Campus Norte", None),
        ),
    ],
    ids=["place-date-line-under-menus", "place-town-weekday-date", "portuguese-local-field"],
)
def test_venue_lines_of_holdout10_and_holdout11(text: str, expected: tuple) -> None:
    assert event_venue_texts(text) == expected
