"""Tests of name finding drawn from the people1 set: a "binti", "ibn" or "e" inside a
delegate's name, a questioner named in a transcript's "QUESTION (Name, Outlet):", a name
wrapped over a line break after an honorific or after an office (people_prose.py,
people_layout.py, people.py, apposition.py), and the end of an apposition in a semicolon
list."""

from __future__ import annotations

import dataclasses

import pytest
from spacy.language import Language

from pko_extract.extract import parse_text
from pko_extract.models import PersonDraft, Span
from pko_extract.recognize import build_nlp, recognize
from pko_extract.resources import default_rules
from pko_extract.segment import read_layout


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


def _rows(persons: list[PersonDraft]) -> list[tuple]:
    return [
        (
            p.name,
            p.honorific,
            p.positions,
            p.organizations,
            p.roles,
            [(m.start, m.end) for m in p.mentions],
        )
        for p in persons
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nurul Aisyah binti Rahman (Malaysia) told the Committee that it would help.",
            [("Nurul Aisyah binti Rahman", None, [], [], ["speaker"], [(0, 25)])],
        ),
        (
            "Abdullah ibn Saleh Al-Qahtani (Saudi Arabia) said it would help.",
            [("Abdullah ibn Saleh Al-Qahtani", None, [], [], ["speaker"], [(0, 29)])],
        ),
        (
            "João Baptista dos Reis e Silva (Portugal) said the mandate must be clear.",
            [("João Baptista dos Reis e Silva", None, [], [], ["speaker"], [(0, 30)])],
        ),
        (
            "PRESS BRIEFING\n\nQUESTION (Rahim Uddin Chowdhury, Daily Courier): Can you say"
            " more?\n\nSPOKESPERSON: No.",
            [("Rahim Uddin Chowdhury", None, [], ["Daily Courier"], ["participant"], [(26, 47)])],
        ),
        (
            "The meeting then heard a statement by Ms. Joanna\nKowalska-Brandt on behalf of the"
            " unit.",
            [("Joanna Kowalska-Brandt", "Ms.", [], [], ["speaker"], [(42, 64)])],
        ),
        (
            "Medals were given on Tuesday.\n\nFrom left to right: Maj. Kwabena\nOwusu-Ansah,"
            " Capt. Lena Brandt and Col. Ahmad Rahimi.\n",
            [
                ("Kwabena Owusu-Ansah", "Maj.", [], [], ["participant"], [(56, 75)]),
                ("Lena Brandt", "Capt.", [], [], ["participant"], [(83, 94)]),
                ("Ahmad Rahimi", "Col.", [], [], ["participant"], [(104, 116)]),
            ],
        ),
        (  # name lines one under another are never joined
            "Participants:\nMs. Ana Ruiz\nMr. Tom Lind\n",
            [
                ("Ana Ruiz", "Ms.", [], [], ["participant"], [(18, 26)]),
                ("Tom Lind", "Mr.", [], [], ["participant"], [(31, 39)]),
            ],
        ),
        (  # an office line under a name line is no rest of the name
            "Speakers\n\nMaj. Gen. (ret.) Kristiina Aho\nFormer Force Commander\n",
            [
                (
                    "Kristiina Aho",
                    "Maj. Gen. (ret.)",
                    ["Former Force Commander"],
                    [],
                    ["speaker"],
                    [(27, 40)],
                )
            ],
        ),
    ],
    ids=[
        "binti",
        "ibn",
        "e",
        "transcript-questioner",
        "wrapped-after-honorific",
        "wrapped-caption",
        "name-lines",
        "office-line",
    ],
)
def test_names(nlp: Language, text: str, expected: list[tuple]) -> None:
    _event, persons, _agenda = parse_text(read_layout(text), recognize(nlp(text)), default_rules())
    assert _rows(persons) == expected


def test_a_given_name_left_on_the_line_above_after_an_office(nlp: Language) -> None:
    """The NER found the family names opening the line; the given name ends the line above,
    right after an office and "(ret.)", so the name starts there."""
    text = (
        "The parade was presided over by the Police Commissioner, Commissioner (ret.) Abdoulaye\n"
        "Diallo Keïta. In his address, he thanked the unit."
    )
    ner = "Diallo Keïta"
    rec = recognize(nlp(text))
    start = text.index(ner)
    rec = dataclasses.replace(rec, persons=(Span(start, start + len(ner), ner, "PERSON", "model"),))
    _event, persons, _agenda = parse_text(read_layout(text), rec, default_rules())
    assert _rows(persons) == [
        ("Abdoulaye Diallo Keïta", None, [], [], ["chair", "speaker"], [(77, 99)])
    ]


def test_a_semicolon_list_on_a_field_line_gives_each_person_their_own_office(
    nlp: Language,
) -> None:
    """On a program line, a person's apposition ends at the semicolon before the next
    person: the next one's office and body are theirs."""
    text = (
        "ROUNDTABLE\n\nThe roundtable brought together: H.E. Mr. Jean Mukendi, Minister of"
        " Defence; Dr. Fatoumata Diallo, Director, Centre for Peace Studies; and Ms. Leilani"
        " Kealoha, Pacific Islands Forum.\n"
    )
    _event, persons, _agenda = parse_text(read_layout(text), recognize(nlp(text)), default_rules())
    assert [(p.name, p.positions, p.organizations) for p in persons] == [
        ("Jean Mukendi", ["Minister of Defence"], []),
        ("Fatoumata Diallo", ["Director"], ["Centre for Peace Studies"]),
        ("Leilani Kealoha", [], ["Pacific Islands Forum"]),
    ]


def test_honorifics_in_capitals_before_a_name_line_under_a_role_heading(nlp: Language) -> None:
    """ "DR.", "GEN. (RET.)" written in capitals open a name line under "Speakers": the name
    starts after them and they are its honorific."""
    text = (
        "Panel on protection\n\nSpeakers\nDR. AISHA MANSOURI, Gulf Institute\n"
        "GEN. (RET.) JOHN OKELLO, Former Chief of Defence Forces\n"
    )
    _event, persons, _agenda = parse_text(read_layout(text), recognize(nlp(text)), default_rules())
    assert _rows(persons) == [
        ("Aisha Mansouri", "DR.", [], ["Gulf Institute"], ["speaker"], [(34, 48)]),
        (
            "John Okello",
            "GEN. (RET.)",
            ["Former Chief of Defence Forces"],
            [],
            ["speaker"],
            [(77, 88)],
        ),
    ]
