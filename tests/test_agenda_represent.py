"""Tests of stand-ins (agenda_represent.py): a person someone else represented was not at
the event; their representative did what the report says they did."""

from __future__ import annotations

import pytest
from conftest import person_roles
from spacy.language import Language

from pko_extract.recognize import build_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


STAND_INS = [
    (
        "The Chief of Defence Staff, Gen. Ada Obi, has said the forces are ready for new "
        "missions. Maj.-Gen. Tor Vik, Director of Operations, represented her. Gen. Ada Obi "
        "stressed that training comes first.\n",
        [("Ada Obi", ["mentioned"]), ("Tor Vik", ["speaker"])],
    ),
    (
        "Keynote Address\n\nAmbassador Ivo Marek, Chief of Staff, Bureau of the Chairperson\n\n"
        "On behalf of H.E. Dr. Rosa Lima, Chairperson of the Commission\n",
        [("Ivo Marek", ["keynote_speaker"]), ("Rosa Lima", ["mentioned"])],
    ),
    (
        "Col. Ian Reid delivered a statement on behalf of Dr. Eva Berg, Minister of Defence, "
        "and praised the troops.\n",
        [("Ian Reid", ["speaker"]), ("Eva Berg", ["mentioned"])],
    ),
    (
        "The Minister of Defence, Dr. Eva Berg, was represented by Col. Ian Reid, who said "
        "the country would send more police.\n",
        [("Eva Berg", ["mentioned"]), ("Ian Reid", ["speaker"])],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    STAND_INS,
    ids=["represented-her", "programme-on-behalf-line", "statement-on-behalf", "passive"],
)
def test_a_represented_person_is_mentioned_and_the_stand_in_takes_the_role(
    nlp: Language, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    """'X represented her', 'on behalf of Y' (in a sentence or on the line under a
    programme's name line) and 'Y was represented by X': Y only referred to, X took part."""
    assert person_roles(nlp, text) == expected


def test_on_behalf_of_a_body_represents_nobody(nlp: Language) -> None:
    """'on behalf of the European Union' names no person: the speaker stays a speaker."""
    text = (
        "Ms. Ana Ruiz spoke on behalf of the European Union. Mr. Jan Holm, who leads the "
        "Centre, thanked her.\n"
    )
    assert person_roles(nlp, text) == [("Ana Ruiz", ["speaker"]), ("Jan Holm", ["speaker"])]


def test_a_body_represented_by_someone_is_no_person_represented(nlp: Language) -> None:
    """'X stood in for the Government, and the Union was represented by Y': the subject of
    the passive is the Union, not X; both took part."""
    text = (
        "Mr. Jan Holm stood in for the Government of Ghana, and the Union was represented by "
        "Ambassador Eva Berg.\n"
    )
    assert person_roles(nlp, text) == [("Jan Holm", ["participant"]), ("Eva Berg", ["participant"])]
