"""Offices, bodies and ranks the graduated set holdout13 (with holdout10 to holdout12)
showed missing or overlong (stop 26): post-nominal letters after a name ("X, ndc, psc, a
former Force Commander of Y"), a second person of a list opening with a rank after "and"
("X of the Y Army and Lt Cdr Z"), an office closed by its body's acronym before the name
("The Police Commissioner of the UN Mission in Y (UNMIY), X"), an office before a bracket
holding only the name, as minutes list apologies ("Director, Y Division (Mr. X), on
travel"), a Spanish office after a contraction ("al comandante del contingente, Teniente
Coronel X"), Spanish and police ranks and courtesy titles ("Excma. Sra.", "Tte. Cnel.",
"CSP", "Commissaire", "Cpl") and an indented bullet of a minutes' attendance block that the
next, less indented label line does not continue. Invented text."""

from __future__ import annotations

import pytest
from conftest import person_offices
from spacy.language import Language

from pko_extract.recognize import build_nlp
from pko_extract.segment import read_layout


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The talk was given by Maj Gen (Retd) Karim Uddin Chowdhury, ndc, psc, a former"
            " Force Commander of the United Nations Mission in Westland, to the students.",
            [
                (
                    "Karim Uddin Chowdhury",
                    ["former Force Commander"],
                    ["United Nations Mission in Westland"],
                )
            ],
        ),
        (
            "The Commandant, Brig Gen Tarek Hossain Mia, OSP, ndc, afwc, psc, welcomed the guests.",
            [("Tarek Hossain Mia", ["Commandant"], [])],
        ),
        (
            "The keynote was given by Dr. Ana Ruiz, PhD, Director of Research, Lakeside"
            " Institute, on Monday.",
            [("Ana Ruiz", ["Director of Research"], ["Lakeside Institute"])],
        ),
    ],
    ids=["lower-case-letters", "decoration-with-markers", "degree"],
)
def test_post_nominal_letters_after_a_name_are_skipped(
    nlp: Language, text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    assert person_offices(nlp, text) == expected


def test_a_decoration_alone_after_a_name_stays_a_body(nlp: Language) -> None:
    """ "SUP" alone may be an acronym: without a marker the run is not skipped."""
    text = "The report was presented by Col. Ana Ruiz, SUP, on Monday."
    assert person_offices(nlp, text) == [("Ana Ruiz", [], ["SUP"])]


def test_an_affiliation_ends_before_the_rank_of_the_next_person(nlp: Language) -> None:
    text = (
        "Among the questioners were Maj Tomas Berg of the Norland Army and Lt Cdr Ana"
        " Ruiz of the Westland Navy."
    )
    assert person_offices(nlp, text) == [
        ("Tomas Berg", [], ["Norland Army"]),
        ("Ana Ruiz", [], ["Westland Navy"]),
    ]


def test_an_office_closed_by_the_acronym_of_its_body_before_the_name(nlp: Language) -> None:
    text = (
        "The Police Commissioner of the UN Mission in Westland (UNMIW), Ms. Ana Ruiz-Berg, joined"
        " the briefing by video."
    )
    assert person_offices(nlp, text) == [
        (
            "Ana Ruiz-Berg",
            ["Police Commissioner of the UN Mission in Westland (UNMIW)"],
            ["UN Mission in Westland (UNMIW)"],
        )
    ]


def test_an_office_before_a_bracket_holding_only_the_name(nlp: Language) -> None:
    text = (
        "MINUTES\n\nApologies:\nDirector, Eastern Region Division (Mr. Tomas Berg), on travel;\n"
        "Military Adviser (Col. Ana Ruiz), represented by Mr. Li Wei.\n"
    )
    assert person_offices(nlp, text) == [
        ("Tomas Berg", ["Director"], ["Eastern Region Division"]),
        ("Ana Ruiz", ["Military Adviser"], []),
        ("Li Wei", [], []),
    ]


def test_a_spanish_office_after_a_contraction_of_the_article(nlp: Language) -> None:
    text = (
        "El Jefe del Estado Mayor, General Pablo Rojas Vera, entregó la bandera al comandante"
        " del batallón, Teniente Coronel Luis Quispe Mamani, en la ceremonia de despedida."
    )
    assert person_offices(nlp, text) == [
        ("Pablo Rojas Vera", ["Jefe del Estado Mayor"], []),
        ("Luis Quispe Mamani", ["comandante del batallón"], []),
    ]


@pytest.mark.parametrize(
    ("text", "name", "honorific"),
    [
        (
            "Asistieron la Embajadora de Norlandia, Excma. Sra. Marta Quispe Rojas, y otros.",
            "Marta Quispe Rojas",
            "Excma. Sra.",
        ),
        (
            "El panel lo cerró la Tte. Cnel. Ana Ruiz Paz, de Norlandia.",
            "Ana Ruiz Paz",
            "Tte. Cnel.",
        ),
        ("UGANDA\n  CSP Akello Grace, Norland Police Force\n", "Akello Grace", "CSP"),
        (
            "CONGO\n  Commissaire MBALA KITENGE Rose, Police nationale norlandaise\n",
            "Mbala Kitenge Rose",
            "Commissaire",
        ),
        ("Photo: Media Cell/Cpl Rahim\n\nThe lecture ended at noon.", "Rahim", "Cpl"),
    ],
    ids=["excma-sra", "tte-cnel", "csp", "commissaire", "cpl"],
)
def test_ranks_and_courtesy_titles_of_other_services(
    nlp: Language, text: str, name: str, honorific: str
) -> None:
    from conftest import _parse

    _event, persons, _agenda = _parse(nlp, text)
    found = {p.name: p.honorific for p in persons}
    assert found.get(name) == honorific


def test_a_spanish_office_is_read_after_a_courtesy_title(nlp: Language) -> None:
    text = (
        "Asistieron la Embajadora de Norlandia, Excma. Sra. Marta Quispe Rojas, y el Director"
        " del CELAP, Coronel Juan Pérez, quien también tiene a su cargo los observadores."
    )
    assert person_offices(nlp, text) == [
        ("Marta Quispe Rojas", ["Embajadora de Norlandia"], []),
        ("Juan Pérez", ["Director"], ["CELAP"]),
    ]


def test_a_french_body_keeps_its_lower_case_words_after_a_rank(nlp: Language) -> None:
    text = "CONGO\n  Commissaire MBALA KITENGE Rose, Police nationale norlandaise\n"
    assert person_offices(nlp, text) == [
        ("Mbala Kitenge Rose", [], ["Police nationale norlandaise"])
    ]


def test_a_less_indented_label_line_does_not_continue_an_indented_bullet() -> None:
    text = (
        "Present:\n"
        "Chair - Ms. Ana Ruiz, Director, Westland Division\n"
        "Briefers - Col. Tomas Berg, Force Commander, UNMIX\n"
        "         - Mr. Li Wei, Police Commissioner, UNMIX (by VTC)\n"
        "Secretariat - Maj. Eva Holm, Planning Service\n"
    )
    layout = read_layout(text)
    bullet = text.index("         - Mr.")
    found = layout.logical_line_at(bullet)
    assert found is not None
    assert (
        text[found[0].start : found[1]]
        == "         - Mr. Li Wei, Police Commissioner, UNMIX (by VTC)"
    )


def test_a_wrapped_bullet_indented_as_deep_still_continues() -> None:
    text = (
        "Speakers:\n"
        "  - Ms. Ana Ruiz, Under-Secretary-General for Peace\n"
        "    Operations, United Nations\n"
    )
    layout = read_layout(text)
    found = layout.logical_line_at(text.index("  - Ms."))
    assert found is not None
    assert text[found[0].start : found[1]].endswith("Operations, United Nations")


def test_a_degree_before_a_lower_case_word_is_an_office_not_letters(nlp: Language) -> None:
    """ "PhD candidate" is an office: the letters count only before a comma or the end."""
    text = "The panel heard Ms. Ana Ruiz, PhD candidate, Lakeside University, on Monday."
    assert person_offices(nlp, text) == [("Ana Ruiz", ["PhD candidate"], ["Lakeside University"])]


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        ("Q (Ana Ruiz-Berg, Radio Lakeside): Is the force ready?", ["Radio Lakeside"]),
        ("QUESTION (Ana Ruiz-Berg, Le Matin Westport): Is it ready?", ["Le Matin Westport"]),
        ("Q (Ana Ruiz-Berg, student, Westport): Is the force ready?", []),
        ("Q (Ana Ruiz-Berg, Spokesperson): Is the force ready?", []),
    ],
    ids=["radio", "newspaper", "calling-and-place", "office"],
)
def test_a_questioners_outlet_in_a_transcript_turn_is_an_organisation(
    nlp: Language, turn: str, expected: list[str]
) -> None:
    text = f"PRESS CONFERENCE\n\n{turn}\n\nCOMMISSIONER: Yes, it is.\n"
    found = {name: orgs for name, _positions, orgs in person_offices(nlp, text)}
    assert found["Ana Ruiz-Berg"] == expected
