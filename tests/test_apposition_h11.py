"""Offices and bodies the graduated sets holdout10 and holdout11 showed missing (stop 24):
an office after a possessive determiner or after one generic body word before a name's
comma ("its Rapporteur, X", "the Committee Chair, X"), a photo credit's agency before the
photographer's name ("UN Photo/X"), and one lower-case office word right before a name
("according to spokesperson X", "by GFPO director X"). Invented text."""

from __future__ import annotations

import pytest
from conftest import person_offices
from spacy.language import Language

from pko_extract.apposition_lower import lower_office_before
from pko_extract.lexicon import Lexicon, lexicon
from pko_extract.recognize import build_nlp
from pko_extract.resources import default_rules


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return lexicon(default_rules())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Board adopted the annual plan that its Rapporteur, Mirela Kostova (Bulgaria),"
            " presented.",
            [("Mirela Kostova", ["Rapporteur"], [])],
        ),
        (
            "The Lakeside Consulate was represented by its Deputy Consul, Ms. Ines Haller, who"
            " read a message.",
            [("Ines Haller", ["Deputy Consul"], [])],
        ),
        (
            "Closing the debate, the Council Chair, Ambassador Tomas Orlov (Estonia), thanked"
            " the interpreters.",
            [("Tomas Orlov", ["Council Chair"], [])],
        ),
        (
            "Later on, the Mission Chief of Staff, Col. Pavla Brezina, briefed the visitors.",
            [("Pavla Brezina", ["Mission Chief of Staff"], [])],
        ),
        (
            # a body named with "of" before the comma is a list's element, not the office
            "Speaking for the donors, the Office of the Westland Envoy, Ms. Ana Ruiz, said little.",
            [("Ana Ruiz", [], [])],
        ),
    ],
    ids=[
        "its-office",
        "its-two-word-office",
        "body-word-office",
        "body-word-long-office",
        "office-of-body",
    ],
)
def test_office_before_the_name_across_a_comma(
    nlp: Language, text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    """An office after "its"/"his"/"her"/"their"/"our", or after "the" and one generic body
    word, before the comma of a name is the person's position."""
    assert person_offices(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The march ended at noon.\n\nPHOTO: UN Photo/Ilse Marten-Kowalski\nCadets at the"
            " parade ground.",
            [("Ilse Marten-Kowalski", [], ["UN Photo"])],
        ),
        (
            "Cadets at the parade ground. Photo: WPTC/Ilse Marten-Kowalski",
            [("Ilse Marten-Kowalski", [], ["WPTC"])],
        ),
        (
            "Cadets at the parade ground. Credit: Lakeside Institute / Ilse Marten-Kowalski",
            [("Ilse Marten-Kowalski", [], ["Lakeside Institute"])],
        ),
        (
            # one generic word refers to a body, it names none; a unit's number is no agency
            "Cadets at the parade ground. Photo: Centre/Ilse Marten-Kowalski",
            [("Ilse Marten-Kowalski", [], [])],
        ),
        (
            "Cadets at the parade ground. Photo: XBATT-4/Ilse Marten-Kowalski",
            [("Ilse Marten-Kowalski", [], [])],
        ),
    ],
    ids=["un-photo-line", "acronym", "named-body-spaced", "generic-word", "unit-number"],
)
def test_a_photo_credit_gives_the_agency_before_the_slash(
    nlp: Language, text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    """On a credit line, "AGENCY/Name" gives the photographer the agency as organisation."""
    assert person_offices(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "The next round opens in May, according to spokesperson Lena Holt, who added that",
            "Lena Holt",
            ("spokesperson", None),
        ),
        (
            "After a welcome by WPI director Lena Holt, the panel opened.",
            "Lena Holt",
            ("director", "WPI"),
        ),
        (
            "The story was written by journalist Lena Holt for the weekly.",
            "Lena Holt",
            ("journalist", None),
        ),
        (
            # a lower-case word that is no office
            "The flag was handed over by veterans Lena Holt and Ivo Ban.",
            "Lena Holt",
            None,
        ),
    ],
    ids=["according-to", "acronym-owner", "by-journalist", "no-office"],
)
def test_one_lower_case_office_word_right_before_a_name(
    lex: Lexicon, text: str, name: str, expected: tuple[str, str | None] | None
) -> None:
    """One lower-case office word after a preposition (and an acronym naming its body)
    right before a name is the person's position."""
    assert lower_office_before(text, text.index(name), lex) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lors de la cérémonie, Mme Odile Marchal, conseillère juridique à l'ambassade de"
            " Belgique, a pris la parole pour saluer les stagiaires et leurs familles.",
            [("Odile Marchal", ["conseillère juridique"], ["ambassade de Belgique"])],
        ),
        (
            "Programa\nCel. Ana Lins Bezerra, Diretora da Escola de Operações de Paz",
            [("Ana Lins Bezerra", ["Diretora"], ["Escola de Operações de Paz"])],
        ),
        (
            "Programa\nProf. Dr. Rui Tavares Moreira, Diretor do CPM-UFX",
            [("Rui Tavares Moreira", ["Diretor"], ["CPM-UFX"])],
        ),
        (
            "Palabras de apertura\nDra. Lucía Ferrer Ibarra, Decana de la Facultad de Derecho",
            [("Lucía Ferrer Ibarra", ["Decana de la Facultad de Derecho"], [])],
        ),
    ],
    ids=["french-at-embassy", "portuguese-lone-title", "joined-acronyms", "spanish-dean"],
)
def test_romance_offices_and_their_bodies(
    nlp: Language, text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    """A French office "at" a body ("à l'ambassade", "au ministère") stands apart from it; a
    Portuguese or Spanish director is a lone title apart from the body after "da"/"do"; the
    Portuguese and Spanish offices of Diretor(a) and Decano/Decana are positions."""
    assert person_offices(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ambassador Nadia Kerr, Deputy Secretary-General in charge of Trade, Transport and"
            " Energy, made a statement.",
            [
                (
                    "Nadia Kerr",
                    ["Deputy Secretary-General in charge of Trade, Transport and Energy"],
                    [],
                )
            ],
        ),
        (
            "Dr. Ivo Lind, Special Envoy on Water, Climate and Migration, spoke first.",
            [("Ivo Lind", ["Special Envoy on Water, Climate and Migration"], [])],
        ),
        (
            # a comma before a body is no list of fields
            "Dr. Ivo Lind, Director for Europe, Ministry of Trade, spoke first.",
            [("Ivo Lind", ["Director for Europe"], ["Ministry of Trade"])],
        ),
    ],
    ids=["in-charge-of-list", "on-list", "field-then-body"],
)
def test_an_office_keeps_its_list_of_fields(
    nlp: Language, text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    """An office "in charge of", "for" or "on" a list of fields "A, B and C" keeps the whole
    list; the reader goes on over "in charge of"."""
    assert person_offices(nlp, text) == expected
