# ruff: noqa: E501  (one table row per line)
"""Mission-linking classes of the graduated holdout6 and holdout7 sets (stop 23): a place
told with a national unit where no mission runs at the report's date (the last mission
there), a soldier "to wear the blue beret", "served with the UN in X", a contributor's
observers sent "to" a place (where they serve), and a country that sends a unit, which is no
mission's place.

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
        "unit-in-a-place-whose-mission-closed",
        "The commissioner spoke about the country's formed police units in Liberia.",
        date(2023, 5, 29),
        [("Liberia", "UNMIL")],
    ),
    (
        "contingent-in-a-place-whose-missions-closed",
        "Our contingent in Sierra Leone rebuilt two bridges.",
        date(2021, 3, 1),
        [("Sierra Leone", "UNAMSIL")],
    ),
    (
        "one-soldier-to-wear-the-blue-beret",
        "His uncle served in the Congo in 1962, among the first to wear the blue beret.",
        date(2019, 4, 2),
        [("Congo", "ONUC")],
    ),
    (
        "served-with-the-un-in-a-place",
        "The exercise was run by instructors who had served with the UN in Mali.",
        date(2018, 7, 20),
        [("Mali", "MINUSMA")],
    ),
    (
        "a-contributor-s-observers-sent-to-a-place",
        "Her country, a newcomer among contributors, had deployed staff officers to the UN force in Cyprus and military observers to Western Sahara.",
        date(2015, 11, 3),
        [("the UN force in Cyprus", "UNFICYP"), ("Western Sahara", "MINURSO")],
    ),
    # guards: a sending country is no mission's place (as on main); a generic cue or a cue
    # of deploying leaves a place with no mission at the date undetermined
    (
        "a-country-that-deployed-a-unit-is-no-place-of-a-mission",
        "Ghana had deployed its first engineer company to South Sudan that year.",
        date(2015, 6, 1),
        [("South Sudan", "UNMISS")],
    ),
    (
        "generic-cue-keeps-a-history-place-undetermined",
        "Her lecture on peacekeeping in Cambodia drew a large audience.",
        date(2023, 5, 24),
        [("Cambodia", None)],
    ),
    (
        "deploying-cue-keeps-a-place-undetermined",
        "Troops were deployed in Rwanda under a bilateral arrangement.",
        date(2022, 4, 9),
        [("Rwanda", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "on", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_h67_mission_classes(text: str, on: date, expected: list, gaz) -> None:
    assert linked(text, on, gaz) == expected
