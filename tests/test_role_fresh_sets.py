"""Role classes found by the fresh invented sets tests/fixtures/roles1 (and after): each
class in several invented wordings, none taken from those sets' reports. A briefing or
presentation "was given / provided / delivered by" its presenters (data/role_acts.jsonl and
data/act_verbs.txt make the cues)."""

from __future__ import annotations

import pytest
from conftest import person_roles
from spacy.language import Language

from pko_extract.recognize import build_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


CASES = [
    (
        "The course opened on Monday. Briefings were given by Colonel Anna Berg and "
        "Mr. Tomas Ruiz.\n",
        [("Anna Berg", ["presenter"]), ("Tomas Ruiz", ["presenter"])],
    ),
    (
        "On the second day a briefing was provided by Ms. Leila Haddad, Chief of Section.\n",
        [("Leila Haddad", ["presenter"])],
    ),
    (
        "Presentations were delivered by Dr. Kenji Mori and Lt. Col. Sara Nilsen on the "
        "training cycle.\n",
        [("Kenji Mori", ["presenter"]), ("Sara Nilsen", ["presenter"])],
    ),
    (
        "The participants then heard the results. The presentation was made by Major Ivo Petrov.\n",
        [("Ivo Petrov", ["presenter"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fresh_role_classes(
    nlp: Language, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert person_roles(nlp, text) == expected
