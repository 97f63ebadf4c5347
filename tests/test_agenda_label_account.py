"""A session header, its role label lines, then a paragraph of running text: the paragraph
is the session's account, so the people it gives a speaking role take part in the session."""

from __future__ import annotations

import pytest
from conftest import agenda_items
from spacy.language import Language

from pko_extract.recognize import build_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


TEXT = (
    "Workshop report\n\n"
    "2. Session One - Policing after the mission leaves\n"
    "Chair: Dr. Halvard Brenne (Institute of Peace Studies)\n"
    "Rapporteur: Mr. Tomas Ekwueme (MA student)\n"
    "Dr. Ingrid Solvang presented the findings of a survey of police officers in three "
    "districts. Mr. Okello Mbatha, Senior Adviser at the Police Academy, described the "
    "handover of training centres.\n\n"
    "3. Session Two - Budgets and partners\n"
    "Chair: Prof. Lucia Marrone\n"
    "Dr. Pavel Hruska presented the budget figures of four regional organisations for "
    "the past decade.\n"
)


def test_presenters_of_the_paragraph_under_the_label_lines(nlp: Language) -> None:
    items = agenda_items(nlp, TEXT)
    assert items == [
        (
            "session",
            "Policing after the mission leaves",
            [
                ("Halvard Brenne", "chair"),
                ("Tomas Ekwueme", "presenter"),
                ("Ingrid Solvang", "presenter"),
                ("Okello Mbatha", "speaker"),
            ],
        ),
        (
            "session",
            "Budgets and partners",
            [("Lucia Marrone", "chair"), ("Pavel Hruska", "presenter")],
        ),
    ]


def test_a_paragraph_after_a_blank_line_and_a_bullet_is_not_the_account(nlp: Language) -> None:
    text = (
        "2. Session One - Policing after the mission leaves\n"
        "Chair: Dr. Halvard Brenne\n"
        "- Coffee break\n\n"
        "Dr. Ingrid Solvang presented the findings of a survey of police officers in three "
        "districts.\n"
    )
    names = [n for _k, _t, members in agenda_items(nlp, text) for n, _r in members]
    assert "Ingrid Solvang" not in names
