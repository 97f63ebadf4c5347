"""Positions and organisations in labelled columns: the cells of a table row under a header
that names its columns, and the field lines under a name line (tests/fixtures/posorg4 and
posorg2 showed both classes: nothing was read)."""

from __future__ import annotations

import pytest
from conftest import person_offices
from spacy.language import Language

from pko_extract.apposition_columns import table_cells
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
            [("Vera Lindqvist", ["Chief of Staff"], ["Lakeside Peace Institute"])],
        ),
    ],
    ids=["bars-with-header", "tabs-with-header", "no-header-cells-after-the-name"],
)
def test_table_columns_give_positions_and_organisations(
    nlp: Language, text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    assert person_offices(nlp, text) == expected


def test_table_cells_keep_offsets() -> None:
    """Each cell is (start, end, text) with the row's offsets; outer empty cells dropped."""
    line = Line(start=10, end=27, text="| A | Bc | Def |")
    assert table_cells(line) == [(11, 14, "A"), (15, 19, "Bc"), (20, 25, "Def")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Speaker: Professor Lena Brandt\nPosition: Head of Mediation Studies\n"
            "Institution: Westmere University\n\nDiscussant: Dr. Tom Varga\n"
            "Affiliation: Lakeside Peace Institute\n",
            [
                ("Lena Brandt", ["Head of Mediation Studies"], ["Westmere University"]),
                ("Tom Varga", [], ["Lakeside Peace Institute"]),
            ],
        ),
        (
            "Speaker: Dr. Tom Varga\nTitle: The future of mediation\n",
            [("Tom Varga", [], [])],
        ),
    ],
    ids=["position-and-institution", "talk-title-is-no-office"],
)
def test_field_lines_under_a_name_give_positions_and_organisations(
    nlp: Language, text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    assert person_offices(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "10:00 | Panel\n      | Moderator: Dr. Lena Brandt | Head of Research, Lake"
            " Institute\n      | Lt. Col. Ivo Sand | Chief Instructor, Ecole de la Paix Norland\n",
            [
                ("Lena Brandt", ["Head of Research"], ["Lake Institute"]),
                ("Ivo Sand", ["Chief Instructor"], ["Ecole de la Paix Norland"]),
            ],
        ),
        (
            "Course Director: Lt. Col. Ivo Sand, Norland Army\nSecretary: Capt. Ana Pires\n",
            [("Ivo Sand", ["Course Director"], ["Norland Army"]), ("Ana Pires", [], [])],
        ),
    ],
    ids=["row-without-header-next-cell", "office-label"],
)
def test_next_cell_and_office_labels(
    nlp: Language, text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    """A row with no header: the cell after the name's cell (tests/fixtures/posorg5); a
    field label of two words or more that is an office (posorg4 and posorg5), not
    "Secretary:" (a function at a meeting)."""
    assert person_offices(nlp, text) == expected
