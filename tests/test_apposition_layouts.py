"""Tests of appositions in the layouts of tests/fixtures/posorg6: offices after "as",
"respectively" lists, a second office after "and now", an office in the unit of a body, an
office closed by its body in parentheses, a formation kept in the office, a lower-case
office with its place or body before a name, a body's name in another language, a section
as a body, an office before the next name of "A and B", and an office after "Jr." up to
the next person, a lower-case office "at" a body, and an office the recogniser took for a
name."""

from __future__ import annotations

import pytest
from conftest import person_offices
from spacy.language import Language

from pko_extract.apposition import read_apposition
from pko_extract.lexicon import lexicon
from pko_extract.models import Mention
from pko_extract.recognize import build_nlp
from pko_extract.resources import default_rules
from pko_extract.segment import read_layout


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Tom Reed, speaking in his capacity as Chief of the Lakeside Service Centre,"
            " thanked them.",
            [("Tom Reed", ["Chief of the Lakeside Service Centre"], ["Lakeside Service Centre"])],
        ),
        (
            "Medals were handed over by Ms. Ana Ruiz, acting as Officer-in-Charge of the"
            " Westmere Training Service.",
            [
                (
                    "Ana Ruiz",
                    ["Officer-in-Charge of the Westmere Training Service"],
                    ["Westmere Training Service"],
                )
            ],
        ),
        (
            "It was signed by Dr. Ana Ruiz and Mr. Tom Reed, respectively Director and Deputy"
            " Director of the Department of Lake Affairs, Peace and Security, and by others.",
            [
                ("Ana Ruiz", ["Director"], ["Department of Lake Affairs, Peace and Security"]),
                (
                    "Tom Reed",
                    ["Deputy Director"],
                    ["Department of Lake Affairs, Peace and Security"],
                ),
            ],
        ),
        (
            "It was moderated by Mr. Tom Reed, a former Deputy Force Commander of the Lakeside"
            " Mission and now Senior Fellow at the Westmere Institute.",
            [
                (
                    "Tom Reed",
                    ["former Deputy Force Commander", "Senior Fellow"],
                    ["Lakeside Mission", "Westmere Institute"],
                )
            ],
        ),
        (
            "It was given by Ms. Ana Ruiz, Training Officer in the Training Unit of the Westmere"
            " Service, on Monday.",
            [("Ana Ruiz", ["Training Officer"], ["Training Unit of the Westmere Service"])],
        ),
        (
            "The workshop was chaired by Prof. Ana Ruiz, Director (Lakeside Peace Network).",
            [("Ana Ruiz", ["Director"], ["Lakeside Peace Network"])],
        ),
        (
            "Also attending was Col. Tom Reed, Chief of Staff of the Norland Battalion, and"
            " others.",
            [("Tom Reed", ["Chief of Staff of the Norland Battalion"], [])],
        ),
        (
            "Opening the debate, the representative of Norland, Mr. Tom Reed, said so.",
            [("Tom Reed", ["representative of Norland"], [])],
        ),
        (
            "Then the representative of the Lakeside Union, Ms. Ana Ruiz, said so.",
            [("Ana Ruiz", ["representative"], ["Lakeside Union"])],
        ),
        (
            "Dr. Ana Ruiz is the Director of Research at the Istituto per gli Studi di Lago, where"
            " she works.",
            [("Ana Ruiz", ["Director of Research"], ["Istituto per gli Studi di Lago"])],
        ),
        (
            "It was opened by Mr. Tom Reed, Head of the Lake Planning Section, Department of"
            " Westmere Affairs, who spoke.",
            [
                (
                    "Tom Reed",
                    ["Head of the Lake Planning Section"],
                    ["Lake Planning Section", "Department of Westmere Affairs"],
                )
            ],
        ),
        (
            "UNDP Country Director Mr. Tom Reed and OCHA Head of Office Ms. Ana Ruiz attended.",
            [
                ("Tom Reed", ["Country Director"], ["UNDP"]),
                ("Ana Ruiz", ["Head of Office"], ["OCHA"]),
            ],
        ),
        (
            "In speeches, Admiral Tom Reed Jr., the commander of NORTHCOM and Ms. Ana Ruiz spoke.",
            [("Tom Reed Jr", ["commander of NORTHCOM"], ["NORTHCOM"]), ("Ana Ruiz", [], [])],
        ),
        (
            '"It takes time," said Ms. Ana Ruiz, head of the police reform unit at the Lakeside'
            " Advisory Mission.",
            [("Ana Ruiz", ["head of the police reform unit"], ["Lakeside Advisory Mission"])],
        ),
        (
            "The lecture was given by visiting scholar Dr. Ana Ruiz on Monday.",
            [("Ana Ruiz", ["visiting scholar"], [])],
        ),
    ],
    ids=[
        "an-office-after-in-his-capacity-as",
        "an-office-after-acting-as",
        "respectively-one-office-each-and-the-shared-body",
        "a-second-office-after-and-now",
        "an-office-in-the-unit-of-a-body",
        "an-office-closed-by-its-body-in-parentheses",
        "a-formation-stays-in-the-office",
        "a-lower-case-office-of-a-country-before-a-name",
        "a-lower-case-office-of-a-body-before-a-name",
        "lower-case-words-of-a-foreign-body-name",
        "a-section-is-a-body",
        "an-office-before-the-next-name-is-no-affiliation",
        "an-office-after-a-suffix-with-a-full-stop-up-to-the-next-person",
        "a-lower-case-office-held-at-a-body",
        "a-lower-case-office-without-article-before-an-honorific",
    ],
)
def test_offices_in_fresh_layouts(
    nlp: Language, text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    """Each layout gives the person the offices and bodies its words say."""
    assert person_offices(nlp, text) == expected


def test_an_office_taken_for_a_name_is_no_next_person() -> None:
    """A list "A, Office, Body; B, ..." where the recogniser took the office for a person:
    that mention does not cut A's apposition as the next person of the list would."""
    text = "We hear from Mr. Tom Reed, Desk Officer, Ministry of Lakes; and others."
    start = text.index("Tom")
    m = Mention(start, start + len("Tom Reed"), "Tom Reed", "Mr.", text.index("Mr."))
    read_apposition(read_layout(text), m, lexicon(default_rules()), text.index("Desk"))
    assert (m.positions, m.organizations) == (["Desk Officer"], ["Ministry of Lakes"])
