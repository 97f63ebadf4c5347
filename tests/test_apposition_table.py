"""Positions and organisations in the cells of a table row under a header that names its
columns (tests/fixtures/posorg4 and posorg2 showed the class: nothing was read from tables)."""

from __future__ import annotations

import pytest
from conftest import person_offices
from spacy.language import Language

from pko_extract.apposition_table import table_cells
from pko_extract.models import Line
from pko_extract.recognize import build_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "| No. | Name | Title / Function | Organisation |\n|---|---|---|---|\n"
            "| 1 | Ms. Vera Lindqvist | Chief of Staff | Lakeside Peace Institute |\n"
            "| 2 | Dr. Omar Haddad | Head, Planning Unit | Department of Field Support |\n",
            [
                ("Vera Lindqvist", ["Chief of Staff"], ["Lakeside Peace Institute"]),
                ("Omar Haddad", ["Head"], ["Planning Unit", "Department of Field Support"]),
            ],
        ),
        (
            "Name\tPosition\tInstitution\nMr. Paul Ndlovu\tSenior Adviser\tWestmere University\n",
            [("Paul Ndlovu", ["Senior Adviser"], ["Westmere University"])],
        ),
        (
            "| Ms. Vera Lindqvist | Chief of Staff | Lakeside Peace Institute |\n",
            [("Vera Lindqvist", [], [])],
        ),
    ],
    ids=["bars-with-header", "tabs-with-header", "no-header"],
)
def test_table_columns_give_positions_and_organisations(
    nlp: Language, text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    assert person_offices(nlp, text) == expected


def test_table_cells_keep_offsets() -> None:
    """Each cell is (start, end, text) with the row's offsets; outer empty cells dropped."""
    line = Line(start=10, end=27, text="| A | Bc | Def |")
    assert table_cells(line) == [(11, 14, "A"), (15, 19, "Bc"), (20, 25, "Def")]
