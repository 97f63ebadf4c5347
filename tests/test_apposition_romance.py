"""Offices written in French or Spanish around a name, which hold lower-case words
(tests/fixtures/posorg4 showed the class: only the first word was read)."""

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
            "La séance a été ouverte par M. Luc Tshimanga, Directeur de cabinet du ministère"
            " de la Santé, et par le Colonel Paul Roux.",
            [
                ("Luc Tshimanga", ["Directeur de cabinet"], ["ministère de la Santé"]),
                ("Paul Roux", [], []),
            ],
        ),
        (
            "« Le dialogue est essentiel », a déclaré la Cheffe de la Section des affaires"
            " civiles de la MINUX, Mme Awa Sarr.",
            [("Awa Sarr", ["Cheffe de la Section des affaires civiles"], ["MINUX"])],
        ),
        (
            "Les cours ont été donnés par le Professeur Omar Ba, doyen de la Faculté de"
            " lettres de l'Université de Thiès.",
            [("Omar Ba", ["doyen de la Faculté de lettres"], ["Université de Thiès"])],
        ),
        (
            "Asistió el Jefe de la Misión y Comandante de la Fuerza de la MINUX, General de"
            " División Pablo Serrano, y el portavoz.",
            [("Pablo Serrano", ["Jefe de la Misión", "Comandante de la Fuerza"], ["MINUX"])],
        ),
        (
            "El Teniente Coronel Rui Mata, portavoz del contingente, destacó el trabajo de"
            " los militares.",
            [("Rui Mata", ["portavoz del contingente"], [])],
        ),
        (
            "Mr. Luc Roux, Director of the school for pilots and the Lakeside Centre, spoke"
            " at length.",
            [("Luc Roux", ["Director"], [])],
        ),
    ],
    ids=["fr-after", "fr-before", "fr-last-body", "es-joined-before", "es-after", "english-not"],
)
def test_romance_offices(
    nlp: Language, text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    assert person_offices(nlp, text) == expected
