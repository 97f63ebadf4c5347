# ruff: noqa: E501  (one table row per line)
"""Mission-linking classes of the graduated holdout13 set (stop 26): a peacekeeper's
service told by "served in" / "serving in" / "tours in" and a place, with no unit or mission
word in the clause; mission names written without "United Nations" ("the Disengagement
Observer Force", "the Truce Supervision Organization"); a lower-case ordinal before a written
name ("the first Emergency Force").

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
        "serving-in-a-place",
        "A sergeant from the engineering school died in a road accident while serving in South Sudan.",
        date(2022, 4, 9),
        [("South Sudan", "UNMISS")],
    ),
    (
        "served-in-a-place-at-a-year",
        "Two of the new instructors served in Darfur in 2012 and speak some Arabic.",
        date(2022, 4, 9),
        [("Darfur", "UNAMID")],
    ),
    (
        "tours-in-a-place",
        "The warrant officer completed three tours in Cyprus before he retired.",
        date(2022, 4, 9),
        [("Cyprus", "UNFICYP")],
    ),
    (
        "observer-force-without-un",
        "The lecture set the work of the Disengagement Observer Force against older armistice lines.",
        date(2022, 4, 9),
        [("Disengagement Observer Force", "UNDOF")],
    ),
    (
        "truce-organization-without-un",
        "Her father had been a military observer with the Truce Supervision Organization.",
        date(2022, 4, 9),
        [("Truce Supervision Organization", "UNTSO")],
    ),
    (
        "ordinal-before-a-written-name",
        "The exhibition shows letters home from soldiers of the first Emergency Force.",
        date(2022, 4, 9),
        [("first Emergency Force", "UNEF I")],
    ),
    (
        "lower-case-emergency-force-stays-generic",
        "The town set up a first emergency force of volunteers after the flood.",
        date(2022, 4, 9),
        [],
    ),
    (
        "served-in-a-ministry-is-no-place-context",
        "The new director served in the finance ministry before joining the bank.",
        date(2022, 4, 9),
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "on", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_linking_classes_of_holdout13(gaz, text, on, expected):
    assert linked(text, on, gaz) == expected
