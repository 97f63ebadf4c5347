"""Two layouts of stop 25 (s25-agenda), from the misses of the graduated sets:

* a recorded transcript's time stamps ("[00:01:12] CHAIR KOVAC:" over the speech): a stamp
  with seconds is a recording's offset, not a programme row's time, so the turn labels are
  no agenda items; a role's turn with the person in parentheses after a stamp, the speech on
  the next line ("[00:00:05] HOST (Ms. X, Org):"), gives the label's role;
* a timetable flattened from a PDF, closed by a rule line ("-----") with lists of staff
  under it: the rule ends the last row, whose item takes none of the people listed below.

All texts invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pko_extract.agenda_rows import time_length
from pko_extract.extract import parse_text
from pko_extract.recognize import build_nlp, recognize
from pko_extract.resources import default_rules
from pko_extract.segment import read_layout


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


def _parse(nlp: Language, text: str):  # type: ignore[no-untyped-def]
    return parse_text(read_layout(text), recognize(nlp(text)), default_rules())


@pytest.mark.parametrize(
    ("line", "length"),
    [
        ("[00:01:12] CHAIR KOVAC:", 0),
        ("01:14:59 -- END OF RECORDING --", 0),
        ("[09:30] Opening remarks", 8),
        ("09:00:00 - 09:30:00 Opening remarks", 20),
    ],
    ids=["bracketed-offset", "bare-offset", "bracketed-clock", "range-with-seconds"],
)
def test_a_recording_offset_is_no_programme_time(line: str, length: int) -> None:
    assert time_length(line) == length


TRANSCRIPT = """\
Recording of the online seminar, 4 May 2021

[00:00:05] HOST (Ms. Greta Lindqvist-Aho, Seminar Convenor):
Good morning to everyone joining us. I will guide the discussion today and keep time for our guests.

[00:02:40] GENERAL ABARA:
Thank you. In the sector we had to keep the patrols going while the roads were closed for weeks.

[00:11:02] DR. FONSECA:
Let me add a word on the clinics that the contingent kept open through the whole season.

[00:20:15] AUDIENCE MEMBER (Mr. Piotr Zalewski, Polish Police):
How long were the rotations extended when the airports were closed?

[00:58:30] -- END OF RECORDING --
"""


def test_stamped_turn_labels_are_no_agenda_items(nlp: Language) -> None:
    """No item from the turn labels; the host moderates; the questioner takes part."""
    _event, persons, agenda = _parse(nlp, TRANSCRIPT)
    assert [(i.kind, i.title) for i in agenda.items] == []
    assert [(p.name, p.roles) for p in persons] == [
        ("Greta Lindqvist-Aho", ["moderator"]),
        ("Piotr Zalewski", ["participant"]),
    ]


TIMETABLE = """\
PEACE OPERATIONS LOGISTICS COURSE 1/2024
TIMETABLE - WEEK 1

TIME        SUBJECT                                      INSTRUCTOR
------------------------------------------------------------------------
0830-0930   Opening and course briefing                  Col Mirela Dobrev
0945-1100   Module 1: Supply chains in missions          Maj Tomasz Wiercinski
1115-1230   Module 2: Contingent-owned equipment         Lt Col Ana Paula Reis
1230-1330   Lunch
1330-1500   Self-study and reading
------------------------------------------------------------------------

COURSE STAFF
Maj Tomasz Wiercinski - Course Director
WO1 Kerstin Albrecht - Course Administrator
"""


def test_a_rule_line_ends_the_last_row(nlp: Language) -> None:
    """The staff list under the table's bottom rule is no part of the last row."""
    _event, _persons, agenda = _parse(nlp, TIMETABLE)
    last = agenda.items[-1]
    assert (last.kind, last.title) == ("session", "Self-study and reading")
    assert [(p.name, role) for p, role, _at in last.members] == []
