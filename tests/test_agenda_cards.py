"""Speaker cards: a page lists its speakers as cards of a name line, an affiliation line and
a line holding only the part or role the person took. The role word under a name closes
that person's card (a programme's label over its names still heads them)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pko_extract.extract import parse_text
from pko_extract.recognize import build_nlp, recognize
from pko_extract.resources import default_rules
from pko_extract.segment import read_layout

CARDS = """\
Fifty years of observer missions

Our speakers

Prof. Hanna Lind
Director, Nordic Peace Institute

Keynote

Col Tor Vik
Former Chief Military Observer

Panellist

Maj. Ana Ruiz
Gender Adviser, Peace Training Centre

Panellist

Li Wei
Senior Fellow, Nordic Peace Institute

Moderator

Contact
events@example.org
"""

PROGRAMME = """\
Programme

Welcome
Prof. Hanna Lind
Director, Nordic Peace Institute

Panel
Col Tor Vik
Former Chief Military Observer
Maj. Ana Ruiz
Gender Adviser
"""


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


def _agenda(nlp: Language, text: str) -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    _event, _persons, agenda = parse_text(read_layout(text), recognize(nlp(text)), default_rules())
    return [(i.kind, i.title, [(p.name, role) for p, role, _at in i.members]) for i in agenda.items]


def test_speaker_cards_give_parts_and_roles(nlp: Language) -> None:
    """A keynote card is an item of its own; panellists and the moderator make one panel."""
    assert _agenda(nlp, CARDS) == [
        ("keynote", None, [("Hanna Lind", "keynote_speaker")]),
        (
            "panel",
            None,
            [("Tor Vik", "panelist"), ("Ana Ruiz", "panelist"), ("Li Wei", "moderator")],
        ),
    ]


def test_programme_labels_over_names_are_no_cards(nlp: Language) -> None:
    """A label over its names heads them, as before."""
    assert _agenda(nlp, PROGRAMME) == [
        ("opening_remarks", "Welcome", [("Hanna Lind", "opening_remarks")]),
        ("panel", "Panel", [("Tor Vik", "panelist"), ("Ana Ruiz", "panelist")]),
    ]
