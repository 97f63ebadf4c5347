"""A ceremony programme converted from a PDF: a table whose cells are apart by column gaps
(runs of spaces), each row opening with its serial number, a wrapped cell continued on a
line of its own indented to its column.

The serial number is no part of the time; the activity cell is the row's whole title (a
label it opens with does not cut it: "Remarks by Senior Student"); the name on the
indented line under a row takes the row's role; a row of who arrives ("Arrival of
instructors and families") is no part of the programme; "MC:" names the moderator.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from pko_extract.agenda_rows import is_break, time_length
from pko_extract.extract import parse_text
from pko_extract.recognize import build_nlp, recognize
from pko_extract.resources import default_rules
from pko_extract.segment import read_layout

TABLE = """\
ORDER OF EVENTS FOR THE GRADUATION OF THE LOGISTICS OFFICERS COURSE

MC: Capt Lena HOLT

NO   TIME          EVENT                                    BY
1.   1000 – 1010   Arrival of instructors and families      Chief Instructor
2.   1010 – 1020   Opening Remarks                          Commandant –
                                                            Col Marek NOWAK
3.   1020 – 1035   Remarks by Senior Student                Supt Adaeze OKORO
                                                            (Nigeria Police Force)
4.   1035 – 1100   Graduation Address by Chief Guest        Maj Gen Tomas BERG,
                                                            Chief of Logistics
5.   1100          Refreshments                             All
"""


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


def test_flattened_table_rows_titles_and_people(nlp: Language) -> None:
    """Three items with their whole activity cells, each with the person of its row."""
    _event, persons, agenda = parse_text(read_layout(TABLE), recognize(nlp(TABLE)), default_rules())
    assert [(i.kind, i.title) for i in agenda.items] == [
        ("opening_remarks", "Opening Remarks"),
        ("address", "Remarks by Senior Student"),
        ("address", "Graduation Address by Chief Guest"),
    ]
    assert [[(p.name, role) for p, role, _at in i.members] for i in agenda.items] == [
        [("Marek Nowak", "opening_remarks")],
        [("Adaeze Okoro", "speaker")],
        [("Tomas Berg", "speaker")],
    ]
    assert [(p.name, p.honorific, p.roles) for p in persons] == [
        ("Lena Holt", "Capt", ["moderator"]),
        ("Marek Nowak", "Col", ["opening_remarks"]),
        ("Adaeze Okoro", "Supt", ["speaker"]),
        ("Tomas Berg", "Maj Gen", ["speaker"]),
    ]


@pytest.mark.parametrize(
    ("row", "length"),
    [
        ("3.   1020 – 1035   Remarks by Senior Student", 19),
        ("12   0900 – 0930   Welcome", 19),
        ("1020 – 1035   Remarks", 14),
        ("3. The 1995 review", 0),
    ],
    ids=["serial-with-full-stop", "serial-then-column-gap", "no-serial", "numbered-sentence"],
)
def test_time_after_a_serial_number(row: str, length: int) -> None:
    assert time_length(row) == length


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Arrival of participants and guests", True),
        ("Registration and coffee", True),
        ("Lunch and keynote address", False),
        ("Arrival and Welcome", False),
        ("Reception, Dunmore Foyer", True),
        ("Keynote, Dunmore Hall", False),
    ],
    ids=[
        "who-arrives",
        "two-breaks",
        "meal-with-a-talk",
        "break-and-a-part",
        "break-and-its-site",
        "part-and-its-site",
    ],
)
def test_breaks_naming_who_arrives(title: str, expected: bool) -> None:
    assert is_break(title, default_rules()) is expected
