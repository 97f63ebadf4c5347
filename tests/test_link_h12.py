# ruff: noqa: E501  (one table row per line)
"""Mission-linking classes of the graduated holdout12 set (stop 25): an ended AU-UN
operation named by its kind and place, "the former hybrid operation in X" (the title's own
"former" says it has ended: the last mission there) and "the X hybrid operation" (the place
before the kind, read like "the X operation").

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
        "former-operation-in-a-place",
        "Speaking for Kenya, the delegate cited the former hybrid operation in Darfur as proof that exits need planning.",
        date(2024, 2, 21),
        [("the former hybrid operation in Darfur", "UNAMID")],
    ),
    (
        "place-before-hybrid-operation",
        "Her deputy recalled lessons from the Darfur hybrid operation and asked for more medevac helicopters.",
        date(2024, 2, 21),
        [("the Darfur hybrid operation", "UNAMID")],
    ),
    (
        "operation-in-a-place-without-former-stays-open",
        "The author compares the hybrid operation in Darfur with later police missions.",
        date(2024, 2, 21),
        [("the hybrid operation in Darfur", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "on", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_linking_classes_of_holdout12(gaz, text, on, expected):
    assert linked(text, on, gaz) == expected
