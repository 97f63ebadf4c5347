"""Tests of the posts of tests/fixtures/posorg7's layouts: a name line with its office and
the body line under it, lower-case offices given by "is a"/"was a" in biographies, "who heads
the X", "as his Special Representative for Y", a unit of a body after an office, "Chargé
d'affaires a.i.", where a pictured person stands before the office, and a second
lower-case office after "and a", a lower-case office without its possessive owner or
after a country in parentheses, an office "at" an acronym, a two-letter acronym closing a
sentence, and offices written before a name across a comma ("the school's Commandant, X",
"and the Deputy ... (Political) for Y, Mr. Z")."""

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
            "Discussants\n\nDr. Ana Ruiz, Senior Research Fellow\nLakeside Peace Institute\n",
            [("Ana Ruiz", ["Senior Research Fellow"], ["Lakeside Peace Institute"])],
        ),
        (
            "About the authors\n\nDr. Ana Ruiz is a senior researcher at the Lakeside Peace"
            " Institute.\n",
            [("Ana Ruiz", ["senior researcher"], ["Lakeside Peace Institute"])],
        ),
        (
            "Dr. Ana Ruiz will speak.\n\nDr. Ruiz leads a team. Before that, she was also a"
            " lecturer at the University of Westmere.\n",
            [("Ana Ruiz", ["lecturer"], ["University of Westmere"])],
        ),
        (
            "The dialogue was facilitated by Mr. Tom Reed, who heads the Civil Affairs Section of"
            " UNMIX, on Monday.",
            [("Tom Reed", [], ["Civil Affairs Section of UNMIX"])],
        ),
        (
            "The meeting was led by Ms. Ana Ruiz, who leads the Westmere office of the Lakeside"
            " Peace Network.",
            [("Ana Ruiz", [], ["Lakeside Peace Network"])],
        ),
        (
            "Mr. Tom Reed, who heads the Lakeside Mission in the country, spoke.",
            [("Tom Reed", [], [])],
        ),
        (
            "The Secretary-General has appointed Mr. Tom Reed of Norland as his Special"
            " Representative for Westmere, on 2 February 2024.",
            [("Tom Reed", ["Special Representative for Westmere"], [])],
        ),
        (
            "Thanks go to Ms. Ana Ruiz, Director of the Peace Support Division of the Lakeside"
            " Union Commission, for her remarks.",
            [
                (
                    "Ana Ruiz",
                    ["Director of the Peace Support Division of the Lakeside Union Commission"],
                    ["Lakeside Union Commission"],
                )
            ],
        ),
        (
            "Guests were welcomed by Mr. Tom Reed, Chargé d'affaires a.i. of the Embassy of"
            " Norland, and others.",
            [
                (
                    "Tom Reed",
                    ["Chargé d'affaires a.i. of the Embassy of Norland"],
                    ["Embassy of Norland"],
                )
            ],
        ),
        (
            "Photo: Lt. Gen. Tom Reed (centre), Deputy Force Commander, with Col. Ana Ruiz"
            " (left), Sector North Commander, during the visit.",
            [
                ("Tom Reed", ["Deputy Force Commander"], []),
                ("Ana Ruiz", ["Sector North Commander"], []),
            ],
        ),
        (
            "Authors\n\nDr. Tom Reed is a former police commissioner of the Lakeside Mission and a"
            " visiting fellow at the Westmere Institute.\n",
            [
                (
                    "Tom Reed",
                    ["former police commissioner of the Lakeside Mission", "visiting fellow"],
                    ["Lakeside Mission", "Westmere Institute"],
                )
            ],
        ),
        (
            "Also present was Brig. Gen. Tom Reed, the force's deputy commander, at the event.",
            [("Tom Reed", ["deputy commander"], [])],
        ),
        (
            "Col. Tom Reed (Norland), a military observer with UNMIX, closed the event.",
            [("Tom Reed", ["military observer"], ["UNMIX"])],
        ),
        (
            "Ms. Ana Ruiz, Gender Adviser at UNMIX, and others gave presentations.",
            [("Ana Ruiz", ["Gender Adviser"], ["UNMIX"])],
        ),
        (
            "Also on the panel was Ms. Ana Ruiz, Counsellor, Permanent Mission of Norland to"
            " the AU. She spoke on Monday.",
            [("Ana Ruiz", ["Counsellor"], ["Permanent Mission of Norland to the AU"])],
        ),
        (
            "Prizes were presented by the school's Commandant, Brig. Gen. Tom Reed, on Friday.",
            [("Tom Reed", ["Commandant"], [])],
        ),
        (
            "Hon. Ana Ruiz, and the Deputy Special Representative of the Secretary-General"
            " (Political) for UNMIX, Mr. Tom Reed, spoke.",
            [
                ("Ana Ruiz", [], []),
                (
                    "Tom Reed",
                    [
                        "Deputy Special Representative of the Secretary-General (Political)"
                        " for UNMIX"
                    ],
                    [],
                ),
            ],
        ),
        (
            "3.SOUNDBITE (English) Head of the Lakeside Mission, Mr. Tom Reed\n",
            [("Tom Reed", ["Head of the Lakeside Mission"], ["Lakeside Mission"])],
        ),
    ],
    ids=[
        "a-body-line-under-a-name-line-with-its-office",
        "a-lower-case-office-after-is-a",
        "a-lower-case-office-after-she-was-also-a",
        "who-heads-the-x-gives-the-body",
        "who-leads-the-lower-case-unit-of-the-x-gives-x",
        "who-heads-a-body-described-gives-nothing",
        "appointed-as-his-office-without-the-date",
        "an-office-of-a-unit-of-a-body-gives-the-body",
        "charge-d-affaires-ad-interim",
        "where-the-pictured-stand-before-the-office",
        "a-second-lower-case-office-after-and-a",
        "a-lower-case-office-without-its-owner",
        "a-lower-case-office-of-two-words-after-a-country",
        "an-office-at-an-acronym-stands-apart",
        "a-two-letter-acronym-ends-the-sentence",
        "one-office-word-after-a-lower-case-possessor-before-a-name",
        "an-office-with-a-word-in-parentheses-after-and-the",
        "a-word-in-parentheses-before-an-office-is-no-part-of-it",
    ],
)
def test_posts_in_bios_and_cards(
    nlp: Language, text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    """Each layout gives the person the offices and bodies its words say."""
    assert person_offices(nlp, text) == expected
