"""A post given by "is" or "serves as" after a name, as in speaker biographies: "Dr. X is
Head of Research at the Y Centre", "Ms. Y, who serves as Inspector General of the Z Police
Service" (tests/fixtures/posorg1 and posorg2 showed the class: nothing was read)."""

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
            "Dr. Rosa Lind is Head of Research at the Lakeside Centre for Border Studies. She"
            " wrote two books.",
            [("Rosa Lind", ["Head of Research"], ["Lakeside Centre for Border Studies"])],
        ),
        (
            "Mr. Ali Kent is a Senior Political Affairs Officer with the Westmere Peace Office.",
            [("Ali Kent", ["Senior Political Affairs Officer"], ["Westmere Peace Office"])],
        ),
        (
            "Colonel Li Wei serves as Director of Training at the Northern Defence College.",
            [("Li Wei", ["Director of Training"], ["Northern Defence College"])],
        ),
        (
            "Also speaking was Ms. Ana Ruiz, who serves as Inspector General of the Lakeside"
            " Police Service.",
            [
                (
                    "Ana Ruiz",
                    ["Inspector General of the Lakeside Police Service"],
                    ["Lakeside Police Service"],
                )
            ],
        ),
        (
            "Mr. Ali Kent is pleased to announce the new course.",
            [("Ali Kent", [], [])],
        ),
    ],
    ids=["is-at", "is-a-with", "serves-as-at", "who-serves-as-of", "is-and-a-verb"],
)
def test_a_post_after_is_or_serves_as(
    nlp: Language, text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    assert person_offices(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Ali Kent, a Programme Manager with the Lakeside Foundation, will act as"
            " discussant.",
            [("Ali Kent", ["Programme Manager"], ["Lakeside Foundation"])],
        ),
        (
            "We heard Dr. Rosa Lind, an Associate Professor at Westmere University.",
            [("Rosa Lind", ["Associate Professor"], ["Westmere University"])],
        ),
    ],
    ids=["a-with", "an-at"],
)
def test_a_post_after_an_article_with_its_body(
    nlp: Language, text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    """ ", a Programme Manager with the Y Foundation": the office and its body apart."""
    assert person_offices(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dr. Nora Falk is a Senior Fellow at the Westmere Peace Institute. She previously"
            " served as Deputy Head of Mission in the Lakeside Observer Mission.",
            [
                (
                    "Nora Falk",
                    ["Senior Fellow", "Deputy Head of Mission"],
                    ["Westmere Peace Institute", "Lakeside Observer Mission"],
                )
            ],
        ),
        (
            "Mr. Ivo Sand works as Programme Officer for the Border Support Division of the"
            " Lakeside Commission. Before that he was a Political Affairs Officer in the"
            " Norland Stabilization Mission.",
            [
                (
                    "Ivo Sand",
                    ["Programme Officer", "Political Affairs Officer"],
                    [
                        "Border Support Division of the Lakeside Commission",
                        "Norland Stabilization Mission",
                    ],
                )
            ],
        ),
        (
            "Dr. Nora Falk thanked Mr. Ivo Sand. He was previously a Political Affairs"
            " Officer in the Norland Stabilization Mission.",
            [("Nora Falk", [], []), ("Ivo Sand", [], [])],
        ),
        (
            "Ms. Ana Ruiz is a Lecturer in Conflict Studies at Westmere University.",
            [("Ana Ruiz", ["Lecturer in Conflict Studies"], ["Westmere University"])],
        ),
    ],
    ids=["she-served-as", "works-as-for-and-he-was", "two-people-no-owner", "in-a-field"],
)
def test_posts_given_by_a_pronoun_in_a_biography(
    nlp: Language, text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    """A biography's "She served as X in the Y" gives the one person it names a post
    (tests/fixtures/posorg4 showed the class: only the first post was read)."""
    assert person_offices(nlp, text) == expected
