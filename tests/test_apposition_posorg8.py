"""Tests of the posts of tests/fixtures/posorg8's layouts: a delegation's country code in
brackets after a name ("Col. X (GHA), Director of Operations, Y")."""

from __future__ import annotations

import pytest
from conftest import person_offices
from spacy.language import Language

from pko_extract.recognize import build_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Participants\n\nCol. Ama Tetteh (GHA), Director of Operations, Lakeside Armed Forces\n"
            "Mr. Ole Berg (SWE), Senior Adviser, Northland Peace Academy\n",
            [
                ("Ama Tetteh", ["Director of Operations"], ["Lakeside Armed Forces"]),
                ("Ole Berg", ["Senior Adviser"], ["Northland Peace Academy"]),
            ],
        ),
        (
            "The course was opened by Cmdr. Rui Vaz (URU), Chief Instructor, Coastal Peace"
            " Operations School, on Monday.",
            [("Rui Vaz", ["Chief Instructor"], ["Coastal Peace Operations School"])],
        ),
    ],
    ids=["iso-codes-on-list-lines", "an-olympic-code-in-running-text"],
)
def test_a_country_code_in_brackets_is_neither_body_nor_office(
    nlp: Language, text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    """A three-letter country code in brackets after a name is passed over: the apposition
    after it gives the office and the body, and the code is no organisation."""
    assert person_offices(nlp, text) == expected
