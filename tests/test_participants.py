"""Tests of participants.py: the flat participants table of invented reports, exactly.

Three reports (tests/fixtures/analysis) in three layouts (a programme with labelled lines,
a press release in running text, a roundtable with "Role: NAME" lines) name the same people
in different spellings; the rows pair positions with organisations, normalise the
organisations, link the mission a position names and give each person one key across the
reports.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pydantic import ValidationError

from pko_extract.extract import extract_document
from pko_extract.ingest import read_document
from pko_extract.models import Extraction, ParticipantRecord
from pko_extract.participants import _nearest, _spaced_pattern, cross_report_key
from pko_extract.recognize import build_nlp

NLP = build_nlp("blank")

FIXTURES = Path(__file__).parent / "fixtures" / "analysis"
#: The gazetteer's name of MINUSCA: an organisation that is a mission is named so.
MINUSCA = (
    "United Nations Multidimensional Integrated Stabilization Mission in the Central African "
    "Republic"
)
UNMISS = "United Nations Mission in the Republic of South Sudan"


def extract(name: str) -> Extraction:
    return extract_document(read_document(FIXTURES / name), nlp=NLP)


@pytest.fixture(scope="module")
def reports() -> dict[str, Extraction]:
    return {
        "programme": extract("a1_programme.txt"),
        "press": extract("a2_press.txt"),
        "roundtable": extract("a3_roundtable.txt"),
    }


def rows(ex: Extraction) -> list[tuple]:
    return [
        (
            p.name,
            p.honorific,
            list(zip(p.positions, p.organizations, p.organizations_canonical, strict=True)),
            p.role,
            p.agenda_item,
            p.mission_acronym,
        )
        for p in ex.participants
    ]


def test_programme_rows(reports: dict[str, Extraction]) -> None:
    """Pairs from "Name, Position, Organisation" lines; the SRSG's mission from the country
    at the event date; the Force Commander's from the acronym (the organisation "MINUSCA"
    named as the gazetteer names the mission); DPKO in canonical form."""
    assert rows(reports["programme"]) == [
        (
            "Mahamat Saleh Annadif",
            "Mr.",
            [("Special Representative of the Secretary-General for Mali", "", "")],
            "opening_remarks",
            "Opening Remarks",
            "MINUSMA",
        ),
        (
            "Ana María Ruiz",
            "Ms.",
            [
                (
                    "Director",
                    "Department of Peacekeeping Operations (DPKO)",
                    "Department of Peacekeeping Operations",
                )
            ],
            "moderator",
            "Command in a Stabilization Mission",
            None,
        ),
        (
            "Kwame O. Mensah",
            "Lt. Gen.",
            [("Force Commander", "MINUSCA", MINUSCA)],
            "speaker",
            "Command in a Stabilization Mission",
            "MINUSCA",
        ),
        (
            "Lena Vogt",
            "Dr.",
            [("Senior Fellow", "Centre for Peace Studies", "Centre for Peace Studies")],
            "speaker",
            "Command in a Stabilization Mission",
            None,
        ),
    ]


def test_press_release_rows(reports: dict[str, Extraction]) -> None:
    """Running text: the mission named in full, and one inferred from a post and a country."""
    mission = MINUSCA
    assert rows(reports["press"]) == [
        (
            "Kwame Mensah",
            "Lieutenant General",
            [("Force Commander", mission, mission)],
            "keynote_speaker",
            None,
            "MINUSCA",
        ),
        (
            "Mohammed Idris",
            "Mr.",
            [("Police Commissioner in South Sudan", "", "")],
            "speaker",
            None,
            "UNMISS",
        ),
    ]


def test_roundtable_rows(reports: dict[str, Extraction]) -> None:
    assert rows(reports["roundtable"]) == [
        (
            "Ana Maria Ruiz",
            "Ms.",
            [
                (
                    "Director",
                    "UN Department of Peacekeeping Operations",
                    "Department of Peacekeeping Operations",
                )
            ],
            "chair",
            None,
            None,
        ),
        (
            "Idris Mohamed",
            None,
            [("Police Commissioner", "UNMISS", UNMISS)],
            "panelist",
            None,
            "UNMISS",
        ),
        (
            "Lena Vogt",
            "Dr.",
            [("Senior Fellow", "Center for Peace Studies", "Center for Peace Studies")],
            "panelist",
            None,
            None,
        ),
    ]


def test_rows_carry_the_report_fields(reports: dict[str, Extraction]) -> None:
    ex = reports["programme"]
    assert {(p.report_id, p.source_name, p.event_title, p.event_date) for p in ex.participants} == {
        (
            ex.report.report_id,
            "a1_programme.txt",
            "Seminar on Mission Leadership in the Sahel",
            date(2015, 5, 14),
        )
    }
    assert [p.person_id for p in ex.participants] == [p.person_id for p in ex.people]
    assert ex.report.organizers_canonical == ["Department of Peacekeeping Operations"]


def test_one_key_per_person_across_reports(reports: dict[str, Extraction]) -> None:
    """Accents, case, order, honorifics, an initial and a known spelling variant do not split
    a person; different people keep different keys."""
    keys: dict[str, set[str]] = {}
    for ex in reports.values():
        for p in ex.participants:
            keys.setdefault(p.person_key, set()).add(p.name)
    assert sorted(sorted(names) for names in keys.values()) == [
        ["Ana Maria Ruiz", "Ana María Ruiz"],
        ["Idris Mohamed", "Mohammed Idris"],
        ["Kwame Mensah", "Kwame O. Mensah"],
        ["Lena Vogt"],
        ["Mahamat Saleh Annadif"],
    ]


def test_the_key_equals_people_key_without_initials_or_variants(
    reports: dict[str, Extraction],
) -> None:
    ex = reports["press"]
    people_keys = {p.person_id: p.person_key for p in ex.people}
    assert [p.person_key == people_keys[p.person_id] for p in ex.participants] == [
        True,
        False,  # the key reads "Mohammed" as "Mohamed", people.person_key does not
    ]
    assert cross_report_key("A. B. Okafor") == cross_report_key("okafor a b")


def test_unpaired_lists_are_refused() -> None:
    with pytest.raises(ValidationError, match="one entry per pair"):
        ParticipantRecord(
            report_id="r",
            source_name="r.txt",
            person_id="p",
            person_key="k",
            name="Ana Ruiz",
            positions=["Director"],
            organizations=[],
            organizations_canonical=[],
            start_char=0,
            end_char=1,
        )


def test_a_second_organisation_after_one_position_repeats_the_position() -> None:
    """Pairs follow text order: "Director, Alpha Institute; Beta Council" is one position with
    two bodies, so the position repeats; a body before any position stands alone."""
    from pko_extract.models.stages import Mention
    from pko_extract.participants import _mention_pairs

    text = "Ms. Ana Lind, Director, Alpha Institute; Beta Council"
    mention = Mention(
        start=4,
        end=12,
        raw="Ana Lind",
        honorific="Ms.",
        honorific_start=0,
        positions=["Director"],
        organizations=["Alpha Institute", "Beta Council"],
    )
    assert _mention_pairs(text, mention) == [
        ("Director", "Alpha Institute"),
        ("Director", "Beta Council"),
    ]
    text = "Beta Council delegate Mr. Tor Vik, Adviser"
    mention = Mention(
        start=26,
        end=33,
        raw="Tor Vik",
        honorific="Mr.",
        honorific_start=22,
        positions=["Adviser"],
        organizations=["Beta Council"],
    )
    assert _mention_pairs(text, mention) == [("", "Beta Council"), ("Adviser", "")]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Force Commander", 23),
        ("Chief   of Staff", 4),
        ("Envoy", float("inf")),
        ("  ", float("inf")),
    ],
    ids=["wrapped", "spaces-in-value", "absent", "blank"],
)
def test_nearest_finds_a_value_across_a_line_wrap(value, expected) -> None:
    """Any run of white space in the text matches a space of the value; the occurrence
    nearest to the name wins."""
    text = "The Chief of Staff and Force\nCommander Ana Ruiz, Force Commander, spoke."
    anchor = text.index("Ana")
    assert _nearest(text, value, 0, len(text), anchor, anchor + len("Ana Ruiz")) == expected


def test_the_pattern_of_a_value_is_made_once() -> None:
    """A position or organisation is compiled once, however many persons hold it."""
    first = _spaced_pattern("Deputy Head of Mission")
    assert first is _spaced_pattern("Deputy Head of Mission")
    assert first is not None and first.pattern == r"Deputy\s+Head\s+of\s+Mission"
