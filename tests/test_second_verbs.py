"""Tests of two roles from two verbs of one subject in one sentence (second_verbs in
agenda_cue_target.py, used by agenda_prose.py): "X opened the seminar and moderated the
first panel". Invented reports in several wordings, and sentences where the second verb
belongs to someone else or adds nothing."""

from __future__ import annotations

import pytest
from conftest import person_roles
from spacy.language import Language

from pko_extract.agenda_cue_target import second_verbs
from pko_extract.recognize import build_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


TWO_VERBS = [
    (
        "Ms. Jane Okoro opened the seminar and moderated the first panel. Mr. Tim Rao spoke "
        "on logistics.\n",
        [("Jane Okoro", ["opening_remarks", "moderator"]), ("Tim Rao", ["speaker"])],
    ),
    (
        "Mr. Ali Hassan welcomed participants and gave a briefing on the mission's mandate.\n",
        [("Ali Hassan", ["opening_remarks", "presenter"])],
    ),
    (
        "In the opening session, Ms. Rina Shah, Director of Training, bid the officers "
        "welcome and gave the audience a briefing on the mandate.\n",
        [("Rina Shah", ["opening_remarks", "presenter"])],
    ),
    (
        "Col. Ivo Dima chaired the morning session and delivered the closing remarks.\n",
        [("Ivo Dima", ["chair", "closing_remarks"])],
    ),
    (
        "Dr. Sara Kim presented the report and chaired the debate that followed.\n",
        [("Sara Kim", ["presenter", "chair"])],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    TWO_VERBS,
    ids=[
        "opened-and-moderated",
        "welcomed-and-briefed",
        "bid-welcome-and-briefed",
        "chaired-and-closed",
        "presented-and-chaired",
    ],
)
def test_a_second_verb_of_the_subject_adds_its_role(
    nlp: Language, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    """Two verbs joined by "and" after one person each give that person their role."""
    assert person_roles(nlp, text) == expected


ONE_VERB_EACH = [
    (
        "Ms. Jane Okoro opened the seminar and said that training mattered.\n",
        [("Jane Okoro", ["opening_remarks"])],
    ),
    (
        "Mr. Omar Bello opened the seminar, and Ms. Lin Wu moderated the first panel.\n",
        [("Omar Bello", ["opening_remarks"]), ("Lin Wu", ["moderator"])],
    ),
    (
        "Mr. Omar Bello opened the seminar and thanked Ms. Lin Wu, who moderated the first "
        "panel.\n",
        [("Omar Bello", ["opening_remarks"]), ("Lin Wu", ["moderator"])],
    ),
    (
        "Ms. Rosa Diaz welcomed the guests and introduced the keynote speaker, Dr. Tom Ash.\n",
        [("Rosa Diaz", ["opening_remarks"]), ("Tom Ash", ["mentioned"])],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    ONE_VERB_EACH,
    ids=[
        "second-verb-generic",
        "second-verb-has-own-subject",
        "second-verb-of-an-object",
        "cue-words-after-the-second-verb",
    ],
)
def test_a_second_verb_of_someone_else_or_generic_adds_nothing(
    nlp: Language, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    """A generic second verb repeats the first; a verb with its own subject is theirs."""
    assert person_roles(nlp, text) == expected


def test_second_verbs_needs_and_between_the_cues() -> None:
    """The pure rule: two cues after the person joined by "and" add the other role; a stop
    between them does not."""
    text = "Ms. A opened it and chaired the panel. Then chaired it."
    hits = [(0, 5, "opening_remarks", 6, 12), (0, 5, "chair", 20, 27)]
    assert second_verbs(text, hits, {0: "opening_remarks"}, [0]) == [(0, "chair")]
    text = "Ms. A opened it. It was chaired the same day."
    hits = [(0, 5, "opening_remarks", 6, 12), (0, 5, "chair", 24, 31)]
    assert second_verbs(text, hits, {0: "opening_remarks"}, [0]) == []
