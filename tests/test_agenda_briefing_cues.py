"""Briefers and questioners of meetings and press briefings: "an update from X" is a
briefing (presenter), as is the guest "who will brief you"; a question turn naming the
journalist and the outlet first ("Question: X, Outlet. How ...?") makes X a participant.
All texts invented."""

from __future__ import annotations

import pytest
from conftest import person_roles
from spacy.language import Language

from pko_extract.recognize import build_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


def test_an_update_from_someone_is_a_briefing(nlp: Language) -> None:
    text = (
        "COMMUNIQUE\n\n"
        "4. The Committee received a briefing from the Director of Operations, Ms. Oona "
        "Varga-Mensah, on the mandate, and an update from Colonel Piet Okafor-Lund, Chief of "
        "Staff of the Brigade, on the readiness of the units.\n"
    )
    assert person_roles(nlp, text) == [
        ("Oona Varga-Mensah", ["presenter"]),
        ("Piet Okafor-Lund", ["presenter"]),
    ]


def test_the_guest_who_will_brief_you_is_a_presenter(nlp: Language) -> None:
    text = (
        "Noon briefing\n\n"
        "Good afternoon. Our guest today is Mr. Anders Kibet-Holm, Director of the Logistics "
        "Division, who will brief you on the new supply contracts.\n"
    )
    assert person_roles(nlp, text) == [("Anders Kibet-Holm", ["presenter"])]


_TRANSCRIPT = (
    "Press conference - transcript\n\n"
    "Spokesperson: Good morning. Two convoys reached the northern towns this week.\n\n"
    "Question: Rosa Mbatha-Klein, Radio Horizon. How many convoys are planned next week?\n\n"
    "Spokesperson: Three, if the roads stay open.\n\n"
    "Question: Thank you. Will the bridge be repaired before the rains?\n\n"
    "Spokesperson: Work starts on Monday.\n"
)


def test_a_question_turn_naming_the_journalist_first_makes_a_participant(
    nlp: Language,
) -> None:
    assert person_roles(nlp, _TRANSCRIPT) == [("Rosa Mbatha-Klein", ["participant"])]


def test_a_relative_clause_after_by_gives_its_speaker(nlp: Language) -> None:
    """ "represented by X, ..., who expressed ...": X spoke, though a "by" leads to X."""
    text = (
        "COMMUNIQUE\n\n"
        "7. The Kingdom of Valoria was represented by Honourable Tomas Brandt-Okeke, Minister "
        "of Defence, who expressed appreciation for the support of the region.\n"
    )
    assert person_roles(nlp, text) == [("Tomas Brandt-Okeke", ["speaker"])]


def test_a_chairs_relative_clause_stays_chairing(nlp: Language) -> None:
    """ "chaired by X, who reminded ...": the chair's words are chairing, not a speech."""
    text = (
        "Committee meeting\n\n"
        "The meeting was chaired by Ambassador Lena Sorvik-Addo, who reminded delegations of "
        "the time limit.\n"
    )
    assert person_roles(nlp, text) == [("Lena Sorvik-Addo", ["chair"])]
