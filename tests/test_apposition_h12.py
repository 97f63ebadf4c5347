"""Offices and bodies the graduated set holdout12 (with holdout10 and holdout11) showed
missing or overlong (stop 25): a comment in parentheses after a post or a body ("X
University (fieldwork in Y)", "(speaking in a personal capacity)"), a biography's post that
"and," closes before a clause ("Officer with X and, in the 1990s, ..."), a post given by a
verb written as "Office, BODY" ("served as Chief of Staff, UNMIX, from 2015"), a lower-case
office after "worked as"/"served as" with its body and a time after it ("a legal officer with
UNTAX from 2000"), and an office of a body named by an acronym right after "of" (kept whole,
the body recorded: "Head of UNMIX"). Invented text."""

from __future__ import annotations

import pytest
from conftest import person_offices
from spacy.language import Language

from pko_extract.apposition_segments import split_segments
from pko_extract.recognize import build_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


@pytest.mark.parametrize(
    ("app", "expected"),
    [
        ("Norland State University (fieldwork in Westland)", ["Norland State University"]),
        ("Adviser at WESTOFF (speaking in a personal capacity).", ["Adviser at WESTOFF"]),
        ("Adviser at WESTOFF (speaking in a personal", ["Adviser at WESTOFF"]),
        ("Norland Army (former UNTSX observer)", ["Norland Army"]),
        # an aside of a title, an acronym or a capitalised body stay
        ("Colonel (ret.)", ["Colonel (ret.)"]),
        ("Lakeside Peace Network (LPN)", ["Lakeside Peace Network (LPN)"]),
    ],
    ids=["fieldwork", "speaking-closed", "speaking-cut", "former-post", "ret", "acronym"],
)
def test_a_lower_case_comment_in_parentheses_is_no_part_of_a_segment(
    app: str, expected: list[str]
) -> None:
    """A parenthesis opening with a lower-case word (not "ret.", "a.i.", "acting") is a
    comment on the post or the body and is dropped from the segment."""
    assert split_segments(app) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Panel: Dr. Ola Nwosu, Norland State University (fieldwork in Westland); Mr. Paul"
            " Aho, Senior Adviser at WESTOFF (speaking in a personal capacity).",
            [
                ("Ola Nwosu", [], ["Norland State University"]),
                ("Paul Aho", ["Senior Adviser"], ["WESTOFF"]),
            ],
        ),
        (
            "Mr. Tomas Brandt-Ekwe is a Senior Fellow at the Northern Policy Forum. He was"
            " Political Affairs Officer with MINUSTAH and, in the 1990s, a field monitor.",
            [
                (
                    "Tomas Brandt-Ekwe",
                    ["Senior Fellow", "Political Affairs Officer"],
                    ["Northern Policy Forum", "MINUSTAH"],
                )
            ],
        ),
        (
            "Ms. Karin Holm-Asare served as Chief of Staff, UNMIL, from 2015 to 2018.",
            [("Karin Holm-Asare", ["Chief of Staff"], ["UNMIL"])],
        ),
        (
            "Dr. Ana Ruiz-Moreno is a lecturer at the Lakeside Institute. She worked as a"
            " national legal officer with UNTAET from 2000 to 2002.",
            [
                (
                    "Ana Ruiz-Moreno",
                    ["lecturer", "national legal officer"],
                    ["Lakeside Institute", "UNTAET"],
                )
            ],
        ),
        (
            "The Council heard Mr. Abdou Sy Savane, Head of BINUCA, on the elections.",
            [("Abdou Sy Savane", ["Head of BINUCA"], ["BINUCA"])],
        ),
    ],
    ids=[
        "asides-in-a-program-line",
        "and-comma-closes-the-post",
        "copula-office-comma-acronym",
        "worked-as-lower-office-with-body",
        "head-of-acronym",
    ],
)
def test_posts_in_biographies_and_appositions(
    nlp: Language, text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    """Positions and organisations of the five forms above, exactly."""
    assert person_offices(nlp, text) == expected
