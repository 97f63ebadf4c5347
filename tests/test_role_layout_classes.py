"""Tests of role classes of layout and prose genres (stop 26): an event card's definition
list ("Speakers" / "Dr. A; Col. B", "Chair" / "Prof. C"), a workshop report's annexed list
of participants grouped under country heads, a lecture's questioners, welcome, vote of
thanks and gift ("who presented a crest to the speaker"), a rank abbreviation with a full
stop inside a list of presenters ("Supt."), a minutes' reply, a flag handed over at a
ceremony, a non-native account's "The opening was made by X" and "mediated by Y", and a
tribute paid to a person. Each report is invented."""

from __future__ import annotations

import pytest
from conftest import person_roles
from spacy.language import Language

from pko_extract.convert import html_to_layout
from pko_extract.extract import parse_text
from pko_extract.recognize import build_nlp, recognize
from pko_extract.resources import default_rules
from pko_extract.segment import read_layout


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


CASES = [
    (
        "REPORT OF THE TRAINING WORKSHOP ON CIVIL-MILITARY COORDINATION\n"
        "3 - 7 June 2024, Harbour Campus, Tema\n"
        "\n"
        "1. Sessions\n"
        "The presentations were given by Dr. Omar Sy (IPS) and Supt. Ruth Ngo (City Police).\n"
        "\n"
        "2. Recommendations\n"
        "(a) train together early; (b) share the maps.\n"
        "\n"
        "APPENDIX 1 - LIST OF PARTICIPANTS (partial)\n"
        "GHANA\n"
        "  Lt Col ASANTE Kofi, Ghana Armed Forces\n"
        "ZAMBIA\n"
        "  Ms. Mary Phiri, Ministry of Defence\n",
        [
            ("Omar Sy", ["presenter"]),
            ("Ruth Ngo", ["presenter"]),
            ("Asante Kofi", ["participant"]),
            ("Mary Phiri", ["participant"]),
        ],
    ),
    (
        "GUEST LECTURES 2026\n"
        "\n"
        "The Institute hosted its second guest lecture of the year on Monday, 3 March 2026. "
        "The lecture was delivered by Brig Gen Tomas Rendal, a former Sector Commander.\n"
        "\n"
        "The Director, Col Ana Pires, welcomed the speaker and chaired the session.\n"
        "\n"
        "A discussion followed. Among the questioners were Maj Ivo Kast of the Navy and Capt "
        "Lena Moor of the Air Force.\n"
        "\n"
        "The vote of thanks was offered by the Dean, Col Karl Hein, who presented a crest to "
        "the lecturer.\n",
        [
            ("Tomas Rendal", ["speaker"]),
            ("Ana Pires", ["opening_remarks", "chair"]),
            ("Ivo Kast", ["participant"]),
            ("Lena Moor", ["participant"]),
            ("Karl Hein", ["closing_remarks"]),
        ],
    ),
    (
        "MINUTES OF THE MEETING OF CONTRIBUTING COUNTRIES\n"
        "\n"
        "3. Discussion\n"
        "3.1 Delegations asked about medical evacuation.\n"
        "3.2 Lt Col Petra Novak replied on the rotation timelines.\n",
        [("Petra Novak", ["speaker"])],
    ),
    (
        "Farewell to the engineer company\n"
        "\n"
        "The Chief of Defence, General Tomas Arce, handed the national flag to the company "
        "commander, Major Ines Duarte, before the parade.\n",
        [("Tomas Arce", ["participant"]), ("Ines Duarte", ["participant"])],
    ),
    (
        "The seminar was realized in the auditorium of the school.\n"
        "\n"
        "The opening was made by the director of the school, Colonel Rui Matos Lima.\n"
        "\n"
        "After, a panel about Timor, mediated by Major Sofia Reis Vaz, discussed the police.\n"
        "\n"
        "The closing was made by General Bruno Tavares Sa, who thanked the instructors.\n",
        [
            ("Rui Matos Lima", ["opening_remarks"]),
            ("Sofia Reis Vaz", ["moderator"]),
            ("Bruno Tavares Sa", ["closing_remarks"]),
        ],
    ),
    (
        "HONOURING PEACEKEEPERS\n"
        "The Chief, through the Spokesperson, paid tribute to Sergeant Emil Varga of Norway, "
        "who died of illness while serving in the Congo.\n"
        "\n"
        "The talks resumed, said Mr. Piet Laan, the mediator.\n",
        [("Emil Varga", ["mentioned"]), ("Piet Laan", ["speaker"])],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    CASES,
    ids=[
        "annexed-participant-list-and-rank-abbreviation-in-a-list",
        "lecture-welcome-questioners-vote-of-thanks-and-a-gift",
        "minutes-reply",
        "flag-handed-over",
        "opening-and-closing-made-by-and-mediated-by",
        "tribute-paid-to-a-person-vs-inverted-said",
    ],
)
def test_layout_role_classes(
    nlp: Language, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    """Each class gives the role the annotation guide names for it."""
    assert person_roles(nlp, text) == expected


def test_definition_list_terms_give_their_roles(nlp: Language) -> None:
    """An event card's ``<dt>`` role term gives its role to the people of the ``<dd>`` on
    the next line; a ``<dt>`` of no role gives none."""
    page = (
        "<html><body><h1>Rivers and Peace: a seminar</h1>\n<dl><dt>Date</dt><dd>Tue 4 Mar"
        " 2026</dd><dt>Speakers</dt><dd>Dr. Mia Holt (Oslo University); Lt Col Jan Berg,"
        " Navy</dd><dt>Chair</dt><dd>Prof. Tove Lind (Centre)</dd><dt>Contact</dt><dd>Ms."
        " Eva Dahl, Events Office</dd></dl>\n<p>The seminar compares two missions.</p>"
        "</body></html>"
    )
    text, hints = html_to_layout(page)
    _event, persons, _agenda = parse_text(
        read_layout(text, hints), recognize(nlp(text)), default_rules()
    )
    assert [(p.name, p.roles) for p in persons] == [
        ("Mia Holt", ["speaker"]),
        ("Jan Berg", ["speaker"]),
        ("Tove Lind", ["chair"]),
        ("Eva Dahl", ["mentioned"]),
    ]
