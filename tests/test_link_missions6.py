# ruff: noqa: E501  (one table row per line)
"""Mission-linking classes found by the fresh invented set tests/fixtures/missions6: each
rule with the case that shows it (and, where there is one, the case it must leave alone).

All sentences are written for these tests; none is taken from the evaluation corpus.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import linked_missions as linked

from pko_extract.gazetteer import default_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return default_gazetteer()


SYLLABUS = (
    "Module handbook\n\n"
    "PS 210: Peacekeeping in the Cold War\n\n"
    "Week 5  Cyprus, 1964 onwards\n"
    "Week 6  The Dominican Republic, 1965-66\n"
    "Week 7  Review and essays\n"
)

# (id, text, date, [(mention, acronym)])
CASES = [
    # a mission named by its place and "force"
    (
        "place-force",
        "Our battalion joined the Cyprus force in 1993.",
        date(2019, 5, 1),
        [("the Cyprus force", "UNFICYP")],
    ),
    (
        "place-force-of-a-political-mission-place",
        "The Iraq force was withdrawn in 2011.",
        date(2019, 5, 1),
        [],
    ),
    # Portuguese and Spanish place aliases
    (
        "portuguese-alias",
        "Serviu com a operação da ONU em Moçambique em 1993.",
        date(2018, 2, 12),
        [("a operação da ONU em Moçambique", "ONUMOZ")],
    ),
    # rows of a syllabus: dated places on neighbouring lines of one block, under a title
    # line that is a field ("PS 210: Peacekeeping in the Cold War")
    (
        "syllabus-rows",
        SYLLABUS,
        date(2022, 9, 29),
        [("Cyprus", "UNFICYP"), ("Dominican Republic", "DOMREP")],
    ),
    # cues: the UN flag, a transitional administration, a force headquarters
    (
        "un-flag",
        "He spent 1962 in West New Guinea under the UN flag.",
        date(2020, 1, 1),
        [("West New Guinea", "UNSF")],
    ),
    (
        "transitional-administration",
        "She was a district officer in Dili with the transitional administration in 2000.",
        date(2020, 1, 1),
        [("Dili", "UNTAET")],
    ),
    (
        "force-headquarters",
        "He ran the press office of the force headquarters at Naqoura from 2008 to 2010.",
        date(2020, 1, 1),
        [("Naqoura", "UNIFIL")],
    ),
    # a "-led" word qualifies its own phrase, not a later coordinated one
    (
        "led-word-not-of-a-later-phrase",
        "The chapter on the American-led task force of 1992 is weak, and the chapter on the Rwandan mission of 1993-96 adds little.",
        date(2018, 6, 1),
        [("the Rwandan mission", "UNAMIR")],
    ),
    # a post written for a country is the country-wide mission's, not the one confined to a
    # sub-region
    (
        "post-country-wide",
        "From 2010 to 2013 she was Chief of Staff to the Special Representative for Sudan.",
        date(2020, 2, 6),
        [("Special Representative for Sudan", "UNMIS")],
    ),
    # the telling words of one mission's name written near the place
    (
        "name-words-near-place",
        "On the Golan Heights, the disengagement observer force has returned to its positions.",
        date(2019, 9, 17),
        [("Golan Heights", "UNDOF")],
    ),
    # second pass, on the classes of missions7 (scored once before these rules)
    # a row that opens with its period owns it, not the place of the row above
    (
        "career-rows-open-with-years",
        "Career\n\n1999-2000  Staff officer, UN mission in Kosovo\n2004-2005  Liaison officer to the UN mission in Liberia\n",
        date(2023, 3, 15),
        [("UN mission in Kosovo", "UNMIK"), ("the UN mission in Liberia", "UNMIL")],
    ),
    # ... and a hand-over within the year written, when that year is the report's, is read
    # at the report's date
    (
        "year-of-the-report-at-its-date",
        "Career\n\n2009-2010  Staff officer at headquarters\n2011  Planning officer for the new mission in South Sudan, Juba\n",
        date(2011, 9, 21),
        [("South Sudan", "UNMISS"), ("Juba", "UNMISS")],
    ),
    # a present word after the clause's period dates the place at the report (the English
    # case passed before; the Spanish "hoy" did not)
    (
        "present-after-period",
        "Our officers served from 1958 with the truce observers, and today our blue helmets in Cyprus patrol the buffer zone.",
        date(2022, 7, 5),
        [("Cyprus", "UNFICYP")],
    ),
    (
        "present-before-period-keeps-it",
        "Today, veterans of the 1994 mission in Rwanda met in Kigali.",
        date(2022, 7, 5),
        [("Rwanda", "UNAMIR"), ("Kigali", "UNAMIR")],
    ),
    (
        "present-spanish",
        "Sirvieron desde 1958 con los observadores, y hoy nuestros cascos azules en Chipre patrullan la zona.",
        date(2022, 7, 5),
        [("Chipre", "UNFICYP")],
    ),
    # "N years ago" counts back from the report's date
    (
        "years-ago",
        "Sixty years ago, our peacekeepers deployed to the Congo.",
        date(2020, 5, 27),
        [("Congo", "ONUC")],
    ),
]


@pytest.mark.parametrize(
    ("text", "on", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_missions6_classes(text: str, on: date, expected: list, gaz) -> None:
    assert linked(text, on, gaz) == expected
