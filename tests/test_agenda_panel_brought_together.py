"""A panel introduced in running text that "brought together" people ("A panel on X, moderated
by Ms. A, brought together Dr. B and Inspector C"): a panel item, B and C its panelists and A
its moderator; an event that "brought together" people keeps them participants, and so does a
panel named with "the" (a part the text places: "The afternoon panel ..."). All texts
invented."""

from __future__ import annotations

import pytest
from conftest import agenda_items, person_roles
from spacy.language import Language

from pko_extract.recognize import build_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


_PANEL = (
    "Regional Workshop on Border Management\n\n"
    "Thirty participants met in Lusaka on 3 March 2022 for the Regional Workshop on Border "
    "Management.\n\n"
    "A panel on cross-border trade, moderated by Ms. Ruth Nalwoga-Kato of the Secretariat, "
    "brought together Dr. Peter Otieno-Wafula of Makerere University and Inspector Grace "
    "Mumbi Phiri of the Zambia Police Service.\n"
)


def test_a_panel_that_brought_together_people_is_a_panel_item(nlp: Language) -> None:
    assert agenda_items(nlp, _PANEL) == [
        (
            "panel",
            None,
            [
                ("Peter Otieno-Wafula", "panelist"),
                ("Grace Mumbi Phiri", "panelist"),
                ("Ruth Nalwoga-Kato", "moderator"),
            ],
        )
    ]
    assert person_roles(nlp, _PANEL) == [
        ("Ruth Nalwoga-Kato", ["moderator"]),
        ("Peter Otieno-Wafula", ["panelist"]),
        ("Grace Mumbi Phiri", ["panelist"]),
    ]


def test_an_event_that_brought_together_people_makes_no_panel(nlp: Language) -> None:
    text = (
        "Regional Workshop on Border Management\n\n"
        "The workshop brought together Dr. Peter Otieno-Wafula of Makerere University and "
        "Inspector Grace Mumbi Phiri of the Zambia Police Service.\n"
    )
    assert agenda_items(nlp, text) == []
