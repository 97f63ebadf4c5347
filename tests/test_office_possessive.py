"""An office written after a common noun's possessive, before a name: "the centre's executive
director, Dr. X" is "executive director"; the possessive ("centre's", "school's") is no part
of the office (tests/fixtures/posorg1 showed the class)."""

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
            "The centre's executive director, Dr. Paul Favre, welcomed the guests.",
            [("Paul Favre", ["executive director"], [])],
        ),
        (
            "Questions went to the school’s deputy commandant, Lt. Col. Ana Ruiz.",
            [("Ana Ruiz", ["deputy commandant"], [])],
        ),
        (
            "The forum heard the institute's senior researcher Dr. Li Wei on the mandate.",
            [("Li Wei", ["senior researcher"], [])],
        ),
        (
            "For details, contact the unit's training coordinator, Ms. Clara Holm.",
            [("Clara Holm", ["training coordinator"], [])],
        ),
    ],
    ids=["centre-s", "curly-apostrophe", "no-comma", "contact-line"],
)
def test_a_possessive_before_a_lower_case_office_is_dropped(
    nlp: Language, text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    assert person_offices(nlp, text) == expected
