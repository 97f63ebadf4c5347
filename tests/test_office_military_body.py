"""A military command named after an office and a comma is the person's organisation: "Chief
of Staff, Joint Logistics Command" (tests/fixtures/posorg1 showed "Command" was not read as a
body)."""

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
            "The talk was given by Mr. Ali Kairys, Chief of Staff, Joint Logistics Command.",
            [("Ali Kairys", ["Chief of Staff"], ["Joint Logistics Command"])],
        ),
        (
            "Col. Ana Ruiz, Deputy Commander, Northern Regional Command, said the troops were"
            " ready.",
            [("Ana Ruiz", ["Deputy Commander"], ["Northern Regional Command"])],
        ),
        (
            "Panel\nMaj. Li Wei\nOperations Officer, Peace Support Operations Command\n",
            [("Li Wei", ["Operations Officer"], ["Peace Support Operations Command"])],
        ),
    ],
    ids=["sentence-end", "before-said", "programme-line"],
)
def test_a_command_after_an_office_is_an_organisation(
    nlp: Language, text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    assert person_offices(nlp, text) == expected
