"""An office "with" a body splits like one "at" a body, a former lone title stands apart from
the body after its "of" (tests/fixtures/posorg4 showed both classes: the whole phrase was one
organisation, or one position), and a second post after "and a" is a position
(tests/fixtures/posorg3)."""

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
            "Ms. Rosa Ekwueme, Senior Liaison Officer with the Westmere Stabilization Mission"
            " (WSM), spoke first.",
            [
                (
                    "Rosa Ekwueme",
                    ["Senior Liaison Officer"],
                    ["Westmere Stabilization Mission (WSM)"],
                )
            ],
        ),
        (
            "Mr. Ivo Brandt, a former Chief of Staff of the Joint Lakes Analysis Centre, led"
            " the drill.",
            [("Ivo Brandt", ["former Chief of Staff"], ["Joint Lakes Analysis Centre"])],
        ),
        (
            "Colonel Ana Pires, Commandant of the Northern Training Hub for Peace Support,"
            " opened it.",
            [("Ana Pires", ["Commandant"], ["Northern Training Hub for Peace Support"])],
        ),
        (
            "Colonel Ana Pires, Deputy Director of the Northern Peace Centre, opened it.",
            [
                (
                    "Ana Pires",
                    ["Deputy Director of the Northern Peace Centre"],
                    ["Northern Peace Centre"],
                )
            ],
        ),
        (
            "The talk was given by Dr. Mira Kos, Senior Lecturer at Westmere University and a"
            " former Political Officer of the Lakeside Observer Mission.",
            [
                (
                    "Mira Kos",
                    [
                        "Senior Lecturer",
                        "former Political Officer of the Lakeside Observer Mission",
                    ],
                    ["Westmere University", "Lakeside Observer Mission"],
                )
            ],
        ),
        (
            "Colonel Ana Pires, Force Commander of the Northern Training Mission Norland,"
            " opened it.",
            [("Ana Pires", ["Force Commander"], ["Northern Training Mission Norland"])],
        ),
        (
            "Colonel Ana Pires, Director General of Staff Duties, opened it.",
            [("Ana Pires", ["Director General of Staff Duties"], [])],
        ),
        (
            "Maj. Ana Pires, Military Staff Officer, Norland Defence Force, spoke.",
            [("Ana Pires", ["Military Staff Officer"], ["Norland Defence Force"])],
        ),
        (
            "The Centre’s Commandant, Colonel Ana Pires, spoke. Three members of the"
            " Council, Mr. Ivo Sand, Ms. Li Wei and Dr. Tom Varga, attended.",
            [
                ("Ana Pires", ["Commandant"], []),
                ("Ivo Sand", [], []),
                ("Li Wei", [], []),
                ("Tom Varga", [], []),
            ],
        ),
    ],
    ids=[
        "with-body",
        "former-lone-title",
        "hub",
        "deputy-stays-whole",
        "and-a-former",
        "body-and-place",
        "field-not-body",
        "staff-officer",
        "one-word-body-referred-to",
    ],
)
def test_office_with_body_and_former_lone_title(
    nlp: Language, text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    assert person_offices(nlp, text) == expected
