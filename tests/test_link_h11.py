# ruff: noqa: E501  (one table row per line)
"""Mission-linking classes of the graduated holdout10 and holdout11 sets (stop 24): a place
whose peacekeeping cue is in the next sentence of its paragraph ("... served two tours in
X. She spoke about peacekeeping"), a period "since" a year (the mission at the report's
date), "the force in X", an acronym after a prefix ("ex-UNDOF", "post-MINUSMA"), and a
paragraph written on one line, which is no row of a roll of dated places.

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


# (id, text, date, [(mention, acronym)])
CASES = [
    (
        "cue-in-the-next-sentence",
        "The chaplain did a long tour in Cyprus in 1987. He still writes about peacekeeping for the parish paper.",
        date(2023, 6, 1),
        [("Cyprus", "UNFICYP")],
    ),
    (
        "list-with-its-cue-in-the-next-sentence",
        "Since independence our engineers have worked in Lebanon, in Darfur and in South Sudan. Each rotation trains with the blue helmets of other nations.",
        date(2019, 5, 29),
        [("Lebanon", "UNIFIL"), ("Darfur", "UNAMID"), ("South Sudan", "UNMISS")],
    ),
    (
        "next-sentence-of-another-time-lends-no-cue",
        "Our uncle never travelled to Cyprus. His brother was there with the UN force in the 1960s.",
        date(2023, 6, 1),
        [],
    ),
    (
        "next-paragraph-lends-no-cue",
        "The band played in Cyprus last spring.\n\nThe peacekeeping medal was then presented.",
        date(2023, 6, 1),
        [],
    ),
    (
        "since-a-year-is-the-mission-at-the-date",
        "The delegate recalled that her country has had troops in the Democratic Republic of the Congo since 2003.",
        date(2024, 2, 20),
        [("Democratic Republic of the Congo", "MONUSCO")],
    ),
    (
        "a-year-without-since-is-that-year",
        "The delegate recalled that her country sent troops to the Democratic Republic of the Congo in 2003.",
        date(2024, 2, 20),
        [("Democratic Republic of the Congo", "MONUC")],
    ),
    (
        "the-force-in-a-place",
        "The briefer said that the Force in Lebanon had shortened its patrol cycle.",
        date(2023, 3, 1),
        [("the Force in Lebanon", "UNIFIL")],
    ),
    (
        "the-force-in-a-place-lower-case",
        "Engineers of the force in Cyprus repaired the buffer-zone road.",
        date(2021, 3, 1),
        [("the force in Cyprus", "UNFICYP")],
    ),
    (
        "ex-acronym",
        "Panellist: Maj Ines Kofler (Austria), ex-UNDOF",
        date(2017, 9, 14),
        [("UNDOF", "UNDOF")],
    ),
    (
        "post-acronym",
        "A seminar on post-MINUSMA security arrangements in the Sahel.",
        date(2024, 3, 1),
        [("MINUSMA", "MINUSMA")],
    ),
    (
        "hyphen-after-another-acronym-is-not-a-prefix",
        "The EU-UNMIK liaison office closed.",
        date(2005, 3, 1),
        [],
    ),
    (
        "a-paragraph-on-one-line-is-no-record-row",
        "Sergeant Lee Park served in Cyprus in the 1980s and drove trucks in Bosnia in 1994. She spoke of peacekeeping at the cenotaph.\n\nWreaths were then laid by the veterans of Rwanda in 1994.",
        date(2024, 8, 9),
        [("Cyprus", "UNFICYP"), ("Bosnia", "UNPROFOR")],
    ),
]


@pytest.mark.parametrize(
    ("text", "on", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_linking_classes_of_holdout10_and_holdout11(gaz, text, on, expected):
    assert linked(text, on, gaz) == expected
