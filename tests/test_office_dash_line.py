"""A line that opens with a name and gives the person's post after a dash: "Ms. X - Senior
Gender Adviser - UN Women", "Dr. Y – Lecturer, Lakeside University" (tests/fixtures/posorg2
showed the class: nothing was read after the dash)."""

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
            "Panelists:\nMs. Rosa Lind - Senior Gender Adviser - Lakeside Women Network\n"
            "Dr. Ali Kent - Research Fellow - Centre for Border Studies\n",
            [
                ("Rosa Lind", ["Senior Gender Adviser"], ["Lakeside Women Network"]),
                ("Ali Kent", ["Research Fellow"], ["Centre for Border Studies"]),
            ],
        ),
        (
            "Speakers\nProf. Ana Ruiz – Lecturer, Westmere University\n",
            [("Ana Ruiz", ["Lecturer"], ["Westmere University"])],
        ),
        (
            "Moderator: Col. Li Wei — Chief Instructor, Peace Support Training Centre\n",
            [("Li Wei", ["Chief Instructor"], ["Peace Support Training Centre"])],
        ),
        (
            "The panel - chaired by Ms. Rosa Lind - was short.\n",
            [("Rosa Lind", [], [])],
        ),
    ],
    ids=["hyphens-two-lines", "en-dash-then-comma", "label-and-em-dash", "dash-in-prose"],
)
def test_a_post_after_a_dash_on_a_name_line(
    nlp: Language, text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    assert person_offices(nlp, text) == expected
