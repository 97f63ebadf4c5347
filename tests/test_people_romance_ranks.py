"""Ranks, honorifics and programme labels of French, Spanish and Portuguese reports.

Francophone ranks are written with capitals ("Général de Division", "Contrôleur Général de
Police", "Commissaire Divisionnaire"), Brazilian ones abbreviated with a reserve mark
("Gen. Div. (R1)", "Cel.", "Cap. Frag."), Portuguese academic titles feminine ("Profa. Dra.",
"Prof.ª Dra.") and a woman ambassador "Embaixadora". A Portuguese programme labels its panels
"Mesa 1", its moderator "Mediação:" and its panelists "Debatedores:". A label's name particle
("de" of "Sessão de abertura") stays a particle of the names ("Clara Vidal de Souza").
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from pko_extract.extract import parse_text
from pko_extract.lexicon import lexicon
from pko_extract.recognize import build_nlp, recognize
from pko_extract.resources import default_rules
from pko_extract.segment import read_layout


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


def _parse(nlp: Language, text: str):  # type: ignore[no-untyped-def]
    _event, persons, agenda = parse_text(read_layout(text), recognize(nlp(text)), default_rules())
    return persons, agenda


CASES = [
    (
        "The review was held under the chairmanship of Général de Division Paul-Henri "
        "MOUELE BIKA, Chief of Staff of the Armed Forces.",
        [
            (
                "Paul-Henri Mouele Bika",
                "Général de Division",
                ["Chief of Staff"],
                ["Armed Forces"],
                ["chair"],
            )
        ],
    ),
    (
        "The ceremony was chaired by Contrôleur Général de Police Issa TRAORÉ, Inspector "
        "General of Police, and the report was read by Commissaire Divisionnaire Odile "
        "Zongo-Kaboré.",
        [
            (
                "Issa Traoré",
                "Contrôleur Général de Police",
                ["Inspector General of Police"],
                [],
                ["chair"],
            ),
            ("Odile Zongo-Kaboré", "Commissaire Divisionnaire", [], [], ["presenter"]),
        ],
    ),
    (
        "Opening by Gen. Div. (R1) Marcos Aurélio Teixeira, former Force Commander.",
        [
            (
                "Marcos Aurélio Teixeira",
                "Gen. Div. (R1)",
                ["former Force Commander"],
                [],
                ["opening_remarks"],
            )
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    CASES,
    ids=["capitalised-french-army-rank", "french-police-ranks", "brazilian-reserve-rank"],
)
def test_romance_ranks_introduce_names(nlp: Language, text: str, expected: list) -> None:
    """The whole rank is the honorific and the name after it is found, exactly."""
    persons, _agenda = _parse(nlp, text)
    assert [(p.name, p.honorific, p.positions, p.organizations, p.roles) for p in persons] == (
        expected
    )


PORTUGUESE_PROGRAMME = (
    "Programa\n\n"
    "- 10h00 – Mesa 2: “Logística das missões”\n"
    "  Mediação: Profa. Dra. Clara Vidal de Souza (Universidade do Norte)\n"
    "  Debatedores: Cel. Rui Prates Lima (Exército); Embaixadora Joana Melo de Sá\n"
)


def test_portuguese_programme_panel_and_its_people(nlp: Language) -> None:
    """ "Mesa 2" is a panel item; "Mediação:" names its moderator, "Debatedores:" its
    panelists, each after a Portuguese honorific."""
    persons, agenda = _parse(nlp, PORTUGUESE_PROGRAMME)
    assert [(p.name, p.honorific, p.roles) for p in persons] == [
        ("Clara Vidal de Souza", "Profa. Dra.", ["moderator"]),
        ("Rui Prates Lima", "Cel.", ["panelist"]),
        ("Joana Melo de Sá", "Embaixadora", ["panelist"]),
    ]
    assert [(i.kind, i.label, i.title) for i in agenda.items] == [
        ("panel", "Mesa 2", "Logística das missões")
    ]
    assert [[(p.name, role) for p, role, _at in i.members] for i in agenda.items] == [
        [
            ("Clara Vidal de Souza", "moderator"),
            ("Rui Prates Lima", "panelist"),
            ("Joana Melo de Sá", "panelist"),
        ]
    ]


def test_label_particles_are_no_stop_words() -> None:
    """The words of programme labels stop a name, but not a name particle among them."""
    lex = lexicon(default_rules())
    assert "Mesa" in lex.stop_words and "abertura" in lex.stop_words  # "Sessão de abertura"
    assert "de" not in lex.stop_words
