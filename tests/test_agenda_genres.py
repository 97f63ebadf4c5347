"""Genres that change what the agenda reads (agenda_genres.py). A press conference's or
briefing's transcript (its heading says so, and the press asks question turns): whoever speaks
from the podium briefs (presenter, as GUIDE.md has it for a briefing), the journalists take
part; the same turns without such a heading stay a speaker's. A communiqué: its running text
gives roles and no agenda items; a "Communiqué de presse / Press release" keeps them. All
texts invented."""

from __future__ import annotations

import pytest
from conftest import agenda_items, person_roles
from spacy.language import Language

from pko_extract.recognize import build_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


#: The same question-and-answer turns under a briefing's heading and under a seminar's.
_TURN_LINES = (
    "Ms. Odile Marchetti-Ngata: Good morning, everyone. This month our teams carried "
    "out forty patrols "
    "along the Nile corridor and reopened two roads to Bor.\n\n"
    "Colonel Baraka Mwangi-Otieno: Thank you. The engineering companies finished "
    "repairs on the airstrip "
    "at Pibor, and the rainy season plans are now in place.\n\n"
    "Question (Mr. Deng Alier Kuol, Radio Jonglei): When will the new base at Pibor open?\n\n"
    "Ms. Odile Marchetti-Ngata: The base will open next month, once the last "
    "containers arrive from Juba.\n"
)
_BRIEFING = (
    "UNMISS | Media centre\n"
    "Transcript of the monthly press briefing of 3 May 2024\n\n"
    "Juba - Monthly press briefing at the mission headquarters. Speakers: Ms. Odile "
    "Marchetti-Ngata, "
    "Spokesperson of the Mission; Colonel Baraka Mwangi-Otieno, Military Spokesperson.\n\n"
) + _TURN_LINES
_TURNS = "Seminar on logistics in peace operations\n\n" + _TURN_LINES


def test_the_speakers_of_a_press_briefing_are_presenters(nlp: Language) -> None:
    assert person_roles(nlp, _BRIEFING) == [
        ("Odile Marchetti-Ngata", ["presenter"]),
        ("Baraka Mwangi-Otieno", ["presenter"]),
        ("Deng Alier Kuol", ["participant"]),
    ]
    assert agenda_items(nlp, _BRIEFING) == []


def test_turns_without_a_briefing_heading_stay_speakers(nlp: Language) -> None:
    assert person_roles(nlp, _TURNS) == [
        ("Odile Marchetti-Ngata", ["speaker"]),
        ("Baraka Mwangi-Otieno", ["speaker"]),
        ("Deng Alier Kuol", ["participant"]),
    ]


_COMMUNIQUE = (
    "Regional Security Council\n"
    "COMMUNIQUÉ\n\n"
    "The Regional Security Council, at its 212th meeting held on 4 April 2024,\n\n"
    "Noting the opening remarks of H.E. Ambassador Lerato Mokoena-Dube, Chairperson of the Council "
    "for the month of April 2024, and the briefing by Ms. Amani Wekesa-Lund, Director of Conflict "
    "Management;\n\n"
    "1. Welcomes the progress made in the deployment of the observer team;\n"
)
_RELEASE = (
    "MINISTRY OF DEFENCE\n"
    "COMMUNIQUÉ DE PRESSE / PRESS RELEASE\n\n"
    "Regional seminar on civilian protection\n\n"
    "The seminar was opened by the Minister of Defence, Mr. Idrissa Kone-Sall, on 4 April 2024. "
    "Ms. Amani Wekesa-Lund, Director of Conflict Management, gave a presentation on early "
    "warning.\n"
)


def test_a_communique_notes_roles_and_makes_no_items(nlp: Language) -> None:
    assert agenda_items(nlp, _COMMUNIQUE) == []
    assert person_roles(nlp, _COMMUNIQUE) == [
        ("Lerato Mokoena-Dube", ["chair", "opening_remarks"]),
        ("Amani Wekesa-Lund", ["presenter"]),
    ]


def test_a_press_release_headed_communique_de_presse_keeps_its_items(nlp: Language) -> None:
    assert agenda_items(nlp, _RELEASE) == [
        ("opening_remarks", None, [("Idrissa Kone-Sall", "opening_remarks")])
    ]


#: A meeting's coverage under each of the heading lines that mark it: the site's name, the
#: release's symbol, the numbered sitting.
_COVERAGE_HEADINGS = {
    "site": "Meetings Coverage and Press Releases\n\n",
    "symbol": "GA/PK/318\n4 MARCH 2031\n\n",
    "sitting": "Regional Assembly\n512th Meeting (PM)\n\n",
}
_COVERAGE_BODY = (
    "COMMITTEE ENDS ITS SESSION WITH A CALL FOR SAFER CAMPS\n\n"
    "Opening the meeting, the Committee Chair, Ambassador Lerato Mokoena-Dube (Lesotho), said "
    "the working group had met late into the night.\n\n"
    "The representative of Peru, Mr. Bohdan Kravets-Orlov, welcomed the text.\n\n"
    "Ms. Chiamaka Eze-Lindgren (Norway) said her country would send engineers.\n\n"
    "Closing the session, Ms. Mokoena-Dube thanked the Secretariat.\n"
)


@pytest.mark.parametrize("heading", _COVERAGE_HEADINGS.values(), ids=list(_COVERAGE_HEADINGS))
def test_a_meetings_coverage_notes_roles_and_makes_no_items(nlp: Language, heading: str) -> None:
    """A meeting's speakers are no programme: no items; the chair's opening and closing, and
    the delegates' statements, stay roles. "the Committee Chair, Ambassador X" presides."""
    text = heading + _COVERAGE_BODY
    assert agenda_items(nlp, text) == []
    assert person_roles(nlp, text) == [
        ("Lerato Mokoena-Dube", ["chair", "opening_remarks", "closing_remarks"]),
        ("Bohdan Kravets-Orlov", ["speaker"]),
        ("Chiamaka Eze-Lindgren", ["speaker"]),
    ]


def test_a_summary_record_of_a_meeting_is_no_coverage(nlp: Language) -> None:
    """A record of the meeting ("Summary record of the 14th meeting") keeps its items."""
    text = "Summary record of the 14th meeting\n\n" + _COVERAGE_BODY
    assert [kind for kind, _t, _m in agenda_items(nlp, text)] == [
        "opening_remarks",
        "closing_remarks",
    ]


def test_a_council_president_named_by_title_chairs_the_meeting_covered(nlp: Language) -> None:
    text = (
        "Meetings Coverage and Press Releases\n\n"
        "COUNCIL EXTENDS OBSERVER MISSION\n\n"
        "Council President Odile Marchetti-Ngata (Gabon) put the draft to the vote.\n\n"
        "Mr. Bohdan Kravets-Orlov (Peru) said the mandate was too short.\n"
    )
    assert person_roles(nlp, text) == [
        ("Odile Marchetti-Ngata", ["chair"]),
        ("Bohdan Kravets-Orlov", ["speaker"]),
    ]


def test_a_body_office_as_a_title_outside_a_meetings_coverage_is_no_chair(
    nlp: Language,
) -> None:
    """A seminar's report that names a council's president presides over nothing."""
    text = (
        "Seminar on observer missions\n\n"
        "Council President Odile Marchetti-Ngata (Gabon) was thanked for her support.\n\n"
        "Mr. Bohdan Kravets-Orlov (Peru) said the mandate was too short.\n"
    )
    assert person_roles(nlp, text) == [
        ("Odile Marchetti-Ngata", ["mentioned"]),
        ("Bohdan Kravets-Orlov", ["speaker"]),
    ]
