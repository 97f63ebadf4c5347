"""Two layouts of stop 25 (s25-agenda), from the misses of the graduated sets:

* a recorded transcript's time stamps ("[00:01:12] CHAIR KOVAC:" over the speech): a stamp
  with seconds is a recording's offset, not a programme row's time, so the turn labels are
  no agenda items; a role's turn with the person in parentheses after a stamp, the speech on
  the next line ("[00:00:05] HOST (Ms. X, Org):"), gives the label's role;
* a timetable flattened from a PDF, closed by a rule line ("-----") with lists of staff
  under it: the rule ends the last row, whose item takes none of the people listed below;
* a heading that gathers lettered groups ("Concurrent working groups (Day 2)" over "Group A
  - Title"): the groups are the items; a dedented line under an indented label line starts
  a part of its own; "Input:" and "Spkr:" lines name a presenter and a speaker;
* a paragraph opening with a listed part's label ("In Part 2, Col. X presented ..."): the
  people its sentences give a role take part in that part.

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


BREAKOUTS = """\
WORKSHOP SUMMARY

3. Concurrent working groups (Day 2, afternoon)
Group A – Logistics in remote bases
   Facilitator: Cdr Marta Oyelaran, Naval Staff College
   Input: Dr. Jonas Ekwueme, former logistics officer
Group B – Medical support
   Facilitator: Ms. Ilse Brandvold, Field Hospital Network
   Input: Lt Col Ravi Menezes on forward surgical teams
"""


def test_a_heading_that_gathers_lettered_groups_is_no_item(nlp: Language) -> None:
    """The groups are the items (the dedented "Group B" line starts a part of its own, not
    a wrap of the "Input:" line above); "Input:" names a presenter."""
    _event, _persons, agenda = _parse(nlp, BREAKOUTS)
    assert [(i.kind, i.title) for i in agenda.items] == [
        ("session", "Group A – Logistics in remote bases"),
        ("session", "Group B – Medical support"),
    ]
    assert [[(p.name, role) for p, role, _at in i.members] for i in agenda.items] == [
        [("Marta Oyelaran", "moderator"), ("Jonas Ekwueme", "presenter")],
        [("Ilse Brandvold", "moderator"), ("Ravi Menezes", "presenter")],
    ]


SPEAKER_ABBREVIATIONS = """\
SEMINAR PROGRAMME

0900-0930   Opening Address         Col Hamid Rostami
1000-1100   Session-1: Water supply in camps
                                    Chair: Col Dana Whitlock
                                    Spkr: Maj Oskar Lindahl
                                    Spkr: Capt Noura Belhaj
1100-1130   Tea
1130-1230   Session-2: Camp security
                                    Chair: Lt Col Ivo Marek
"""


def test_spkr_lines_name_the_speakers_of_their_row(nlp: Language) -> None:
    _event, _persons, agenda = _parse(nlp, SPEAKER_ABBREVIATIONS)
    assert [[(p.name, role) for p, role, _at in i.members] for i in agenda.items] == [
        [("Hamid Rostami", "opening_remarks")],
        [("Dana Whitlock", "chair"), ("Oskar Lindahl", "speaker"), ("Noura Belhaj", "speaker")],
        [("Ivo Marek", "chair")],
    ]


PARTS_TOLD_BY_LABEL = (
    "Joint staff talks held in Windhoek\n\n"
    "The talks were organised in three parts:\n"
    "- Part 1: Force generation;\n"
    "- Part 2: Medical readiness;\n"
    "- Part 3: Training exchanges.\n\n"
    "In Part 2, Colonel Tuyet Nguyen-Hallberg presented the field hospital's readiness plan "
    "for the coming rotation. Dr. Amaru Quispe presented the results of the last medical "
    "inspection of the camp.\n\n"
    "The next round will take place in Lima.\n"
)


def test_a_paragraph_opening_with_a_part_label_tells_that_part(nlp: Language) -> None:
    """The presenters of the paragraph "In Part 2, ..." take part in "Part 2"."""
    _event, _persons, agenda = _parse(nlp, PARTS_TOLD_BY_LABEL)
    assert [(i.label, [(p.name, role) for p, role, _at in i.members]) for i in agenda.items] == [
        ("Part 1", []),
        ("Part 2", [("Tuyet Nguyen-Hallberg", "presenter"), ("Amaru Quispe", "presenter")]),
        ("Part 3", []),
    ]
