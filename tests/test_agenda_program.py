"""Tests of the programme reader (agenda_program.py): role labels inside a programme line."""

from __future__ import annotations

import pytest
from conftest import agenda_items, person_roles
from spacy.language import Language

from pko_extract.recognize import build_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


INLINE = [
    (
        "Programme\n\n14:00 – 15:30: Session 1 “Mandates and means” Chair: Dr. Ana Silva "
        "Presenter: Mr. Paul Mwangi Discussant: Ms. Rita Osei\n\n15:30 – 16:00: Coffee break\n",
        [("Ana Silva", ["chair"]), ("Paul Mwangi", ["presenter"]), ("Rita Osei", ["commentator"])],
    ),
    (
        "Agenda\n\n1. Roundtable on police reform Moderator: Prof. Jan Holm Respondents: "
        "Dr. Eva Berg, Col. Ian Reid\n2. Closing remarks: Amb. Tor Vik\n",
        [
            ("Jan Holm", ["moderator"]),
            ("Eva Berg", ["commentator"]),
            ("Ian Reid", ["commentator"]),
            ("Tor Vik", ["closing_remarks"]),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), INLINE, ids=["timetable-row", "numbered-item"])
def test_a_role_label_after_a_name_in_one_line_starts_the_next_persons_role(
    nlp: Language, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    """'Chair: A Presenter: B Discussant: C' on one line: the word before each colon is the
    label of the names after it, though the name before it runs up to the colon."""
    assert person_roles(nlp, text) == expected


@pytest.mark.parametrize("label", ["Introductory remarks", "Intro remarks"], ids=["full", "short"])
def test_a_speakers_list_after_one_persons_speech_is_not_that_speechs(
    nlp: Language, label: str
) -> None:
    """ "- Introductory remarks: Amb. X" then "- Speakers:" over dashed name lines: the list
    names the event's speakers, not the introduction's ("Intro remarks" is the same label)."""
    text = (
        "Network digest\n\n"
        "Last Tuesday the Network hosted an online roundtable on border monitoring.\n\n"
        "- Chair: Dr. Helena Marsh-Okoro (Board)\n"
        f"- {label}: Amb. Tomas Varga-Nkosi, former envoy to the AU\n"
        "- Speakers:\n"
        "   -- Col. Ingrid Solberg-Achebe, former Sector Commander\n"
        "   -- Dr. Leila Haddad-Okafor, Lecturer\n"
    )
    assert agenda_items(nlp, text) == [("other", label, [("Tomas Varga-Nkosi", "speaker")])]
    assert person_roles(nlp, text) == [
        ("Helena Marsh-Okoro", ["chair"]),
        ("Tomas Varga-Nkosi", ["speaker"]),
        ("Ingrid Solberg-Achebe", ["speaker"]),
        ("Leila Haddad-Okafor", ["speaker"]),
    ]
