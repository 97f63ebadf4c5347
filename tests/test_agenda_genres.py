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
