"""Tests of the posts of tests/fixtures/posorg8's layouts: a delegation's country code in
brackets after a name ("Col. X (GHA), Director of Operations, Y")."""

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
            "Participants\n\nCol. Ama Tetteh (GHA), Director of Operations, Lakeside Armed Forces\n"
            "Mr. Ole Berg (SWE), Senior Adviser, Northland Peace Academy\n",
            [
                ("Ama Tetteh", ["Director of Operations"], ["Lakeside Armed Forces"]),
                ("Ole Berg", ["Senior Adviser"], ["Northland Peace Academy"]),
            ],
        ),
        (
            "The course was opened by Cmdr. Rui Vaz (URU), Chief Instructor, Coastal Peace"
            " Operations School, on Monday.",
            [("Rui Vaz", ["Chief Instructor"], ["Coastal Peace Operations School"])],
        ),
    ],
    ids=["iso-codes-on-list-lines", "an-olympic-code-in-running-text"],
)
def test_a_country_code_in_brackets_is_neither_body_nor_office(
    nlp: Language, text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    """A three-letter country code in brackets after a name is passed over: the apposition
    after it gives the office and the body, and the code is no organisation."""
    assert person_offices(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ms. Ana Ruiz has joined UNIFIL as Chief of Staff.",
            [("Ana Ruiz", ["Chief of Staff"], ["UNIFIL"])],
        ),
        (
            "Mr. Sam Oti assumed his functions as Director of Mission Support on 1 July.",
            [("Sam Oti", ["Director of Mission Support"], [])],
        ),
        (
            "Brig. Gen. Raj Thapa took over as Deputy Force Commander last week.",
            [("Raj Thapa", ["Deputy Force Commander"], [])],
        ),
        (
            "Ambassador Ingrid Berg previously held the post of Deputy Special Representative of"
            " the Secretary-General in Haiti.",
            [
                (
                    "Ingrid Berg",
                    ["Deputy Special Representative of the Secretary-General in Haiti"],
                    [],
                )
            ],
        ),
        (
            "Mr. Li Wei, who has been appointed Head of the Northland Liaison Office, left.",
            [("Li Wei", ["Head of the Northland Liaison Office"], ["Northland Liaison Office"])],
        ),
        (
            "Gen. Omar Ndour is a former Force Commander of the Lakeside Stabilization Mission.",
            [("Omar Ndour", ["former Force Commander"], ["Lakeside Stabilization Mission"])],
        ),
        (
            "Dr. Emeka Obi, a one-time Chief of Civil Affairs in the Lakeside Mission, teaches.",
            [("Emeka Obi", ["one-time Chief of Civil Affairs"], ["Lakeside Mission"])],
        ),
    ],
    ids=[
        "joined-body-as",
        "assumed-functions-as-with-a-day",
        "took-over-as",
        "held-the-post-of",
        "who-has-been-appointed",
        "is-a-former",
        "a-one-time",
    ],
)
def test_a_post_given_by_a_verb_of_a_staff_movement_or_a_career(
    nlp: Language, text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    """A post named by a staff-movement verb right after the name ("has joined X as",
    "assumed his functions as", "took over as", "held the post of", "has been appointed"),
    and a former post ("is a former", "a one-time"), which keeps its word as written; a day
    and month closing the post ("on 1 July") is left out."""
    assert person_offices(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Speaking in his capacity as Rapporteur, Karel Novak (Czechia) introduced the draft.",
            [("Karel Novak", ["Rapporteur"], [])],
        ),
        (
            "In her capacity as Chair of the Lakeside Group, Ms. Ana Ruiz said so.",
            [("Ana Ruiz", ["Chair of the Lakeside Group"], ["Lakeside Group"])],
        ),
        (
            "Speaking as Rapporteur, Mr. Karel Novak said so.",
            [("Karel Novak", [], [])],
        ),
    ],
    ids=["a-lone-office", "an-office-of-a-body", "no-capacity-no-office"],
)
def test_an_office_named_in_a_capacity_clause_before_the_name(
    nlp: Language, text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    """ "in his/her capacity as X, <name>": the office X, across the comma, is the name's;
    a bare "as X," before a name is left alone."""
    assert person_offices(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le Commandant de la Force par intérim de la MINUX, le Général de brigade Paul Ndo,"
            " a salué le professionnalisme des soldats.",
            [("Paul Ndo", ["Commandant de la Force par intérim"], ["MINUX"])],
        ),
        (
            "Le Préfet de l'Ouham, M. Serge Yako, a remercié le contingent pour la réhabilitation"
            " de deux écoles.",
            [("Serge Yako", ["Préfet de l'Ouham"], [])],
        ),
        (
            "El Jefe del Estado Mayor de la Defensa, General de Ejército Martín Soto, recordó que"
            " el contingente recibió instrucción.",
            [("Martín Soto", ["Jefe del Estado Mayor de la Defensa"], [])],
        ),
        (
            "La directora de la Escuela Nacional de Paz (ENAP), Coronel Lucía Perez, explicó que"
            " por primera vez el batallón incluye un equipo.",
            [("Lucía Perez", ["directora"], ["Escuela Nacional de Paz (ENAP)"])],
        ),
        (
            "Asistió también el coordinador residente de las Naciones Unidas en el país, Coronel"
            " Tomás Gre.",
            [("Tomás Gre", ["coordinador residente de las Naciones Unidas en el país"], [])],
        ),
    ],
    ids=[
        "fr-sentence-initial-le-and-le-before-the-rank",
        "fr-prefet",
        "es-sentence-initial-el-and-a-rank",
        "es-acronym-in-brackets-inside-the-office",
        "es-coordinador",
    ],
)
def test_a_romance_office_before_a_name_at_the_start_of_a_sentence(
    nlp: Language, text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    """A French or Spanish office before ", <rank> <name>": the determiner may open the
    sentence ("Le", "El", "La") and "le" may precede the rank; an acronym in brackets inside
    the office does not cut it; "Préfet" and "coordinador" are offices."""
    assert person_offices(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We need jobs," said the World Bank\'s country manager, Ms. Ana Ferreira, who'
            " announced a grant.",
            [("Ana Ferreira", ["country manager"], ["World Bank"])],
        ),
        (
            "He met the UNDP's country director, Mr. Li Wei.",
            [("Li Wei", ["country director"], ["UNDP"])],
        ),
        (
            "The event was opened by the centre's executive director, Ms. Ana Ferreira.",
            [("Ana Ferreira", ["executive director"], [])],
        ),
    ],
    ids=["a-named-body", "an-acronym", "a-common-noun-names-no-body"],
)
def test_a_lower_case_office_owned_by_a_body_before_a_name(
    nlp: Language, text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    """ "the <Body>'s <lower-case office>, <name>": the office, and the body that owns it (a
    common noun's possessive names none)."""
    assert person_offices(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rapporteur: Emma Castillo Ruiz (PhD candidate)\n",
            [("Emma Castillo Ruiz", ["PhD candidate"], [])],
        ),
        (
            "Fr. Dermot Hanley, the Defence Forces chaplain, led a prayer.",
            [("Dermot Hanley", ["the Defence Forces chaplain"], [])],
        ),
    ],
    ids=["a-study-in-brackets", "a-calling-after-a-comma"],
)
def test_lower_case_offices_of_a_study_or_a_calling(
    nlp: Language, text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    """ "candidate" and "chaplain" close an office as other position words do: "X (PhD
    candidate)", "X, the Defence Forces chaplain," give the office (as written, "the" too)."""
    assert person_offices(nlp, text) == expected
