"""A role label in the next cell of a tab-separated programme row ("Session 1: Title<TAB>Chair:
Col. X"): the word before the colon is the label even though a tab, not a space, joins it to
the cell before. All texts invented."""

from __future__ import annotations

import pytest
from conftest import person_roles
from spacy.language import Language

from pko_extract.recognize import build_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


_ROWS = (
    "Regional Course on Civilian Protection\n\n"
    "Programme\n\n"
    "Time\tItem\tSpeakers\n"
    "09:00–09:30\tOpening remarks\tMs. Karin Holmberg-Aas, Director, Baltic Peace Centre\n"
    "10:00–12:00\tSession 1: Community alert networks\tChair: Col. Baptiste Kabila-Mwamba, "
    "Peace Academy\n"
    "Presenters: Mr. Joseph Lado Wani, Civil Affairs Officer; Ms. Irina Sokolova-Diaz, "
    "Analyst\n"
    "13:00–15:00\tSession 2: Panel – Leaving safely\tModerator: Dr. Olivier Ngoma-Tati, "
    "Peace Academy\n"
    "Panelists: Lt. Col. Thabo Mokoena-Dube, Army; Ms. Su-min Lee, Policy Officer\n"
)


def test_a_role_label_after_a_tab_gives_its_role(nlp: Language) -> None:
    roles = dict(person_roles(nlp, _ROWS))
    assert roles["Baptiste Kabila-Mwamba"] == ["chair"]
    assert roles["Olivier Ngoma-Tati"] == ["moderator"]
    assert roles["Joseph Lado Wani"] == ["presenter"]
    assert roles["Thabo Mokoena-Dube"] == ["panelist"]
