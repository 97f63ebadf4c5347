"""Agenda rules drawn from the fresh invented set tests/fixtures/agenda1 (written and scored
before the rules): meeting records with "Item N." headings, ceremonial acts of a parade, a
ministry's "○ Session One:" blocks, panels told in prose with a roundtable and its chair,
a numbered ceremony programme followed by a paragraph, "opening speech"."""

from __future__ import annotations

import pytest
from conftest import agenda_items
from spacy.language import Language

from pko_extract.recognize import build_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


def test_item_headings_of_a_meeting_record_are_items(nlp: Language) -> None:
    """Two or more "Item N. Title" headings are items running to the next heading; their
    kind follows the first words; a person introducing the report presents it."""
    text = (
        "SUMMARY RECORD\n\nItem 1. Opening of the meeting\nThe Chair opened the meeting.\n\n"
        "Item 2. Adoption of the agenda\nThe agenda was adopted.\n\n"
        "Item 3. Report of the Bureau on the training year\n"
        "Ms. Aino Virtanen introduced the report.\n\n"
        "Item 4. Closing of the meeting\nThe meeting rose at noon.\n"
    )
    assert agenda_items(nlp, text) == [
        ("opening_remarks", "Opening of the meeting", []),
        ("other", "Adoption of the agenda", []),
        ("report", "Report of the Bureau on the training year", [("Aino Virtanen", "presenter")]),
        ("closing_remarks", "Closing of the meeting", []),
    ]


def test_item_lines_that_are_sentences_are_no_headings(nlp: Language) -> None:
    """ "Item 1. The Chair ... opened the meeting.": a numbered paragraph, not a heading."""
    text = (
        "Item 1. The Chair, Dr. Aino Virtanen, opened the meeting.\n"
        "Item 2. Mr. Kofi Boateng presented the draft plan.\n"
    )
    assert agenda_items(nlp, text) == [
        ("opening_remarks", None, [("Aino Virtanen", "opening_remarks")])
    ]


def test_guard_of_honour_anthems_and_march_past_are_acts(nlp: Language) -> None:
    """The guard of honour is inspected by the sentence's person; anthems and a march past
    are acts nobody named performs."""
    text = (
        "The Reviewing Officer, Brigadier General Tomas Lindgren, inspected the guard of "
        "honour. After the national anthems, Brigadier General Lindgren pinned the medals. "
        "The parade ended with a march past.\n"
    )
    assert agenda_items(nlp, text) == [
        ("other", "guard of honour", [("Tomas Lindgren", "participant")]),
        ("other", "national anthems", []),
        ("other", "march past", []),
    ]


def test_a_moment_of_silence_in_a_speech_is_no_item(nlp: Language) -> None:
    text = (
        "The Minister, Ms. Rosa Alvarez, opened the meeting. She invited those present to "
        "observe a moment of silence.\n"
    )
    assert agenda_items(nlp, text) == [
        ("opening_remarks", None, [("Rosa Alvarez", "opening_remarks")])
    ]


def test_hollow_circle_bullets_open_sessions(nlp: Language) -> None:
    """ "○ Session One: "Title"" blocks with " - Moderator:" and " - Panelists:" lines: one
    session each; a labelled session keeps its kind; the moderator is no panelist."""
    text = (
        "The seminar had two sessions.\n\n"
        '○ Session One: "Funding Peace"\n - Moderator: Dr. Lena Holm\n'
        " - Panelists: Mr. Kwame Asante (World Bank), Ms. Mira Sato (UNDP)\n\n"
        '○ Session Two: "Youth and Recovery"\n - Moderator: Ambassador Paul Mbeki\n'
        " - Panelists: Ms. Dana Cruz (UN Women), Mr. Omar Farah (African Union)\n"
    )
    assert agenda_items(nlp, text) == [
        (
            "session",
            "Funding Peace",
            [("Lena Holm", "moderator"), ("Kwame Asante", "panelist"), ("Mira Sato", "panelist")],
        ),
        (
            "session",
            "Youth and Recovery",
            [("Paul Mbeki", "moderator"), ("Dana Cruz", "panelist"), ("Omar Farah", "panelist")],
        ),
    ]


def test_a_panel_after_a_counted_panel_is_a_part_of_its_own(nlp: Language) -> None:
    """ "The first panel" counts several: an untitled panel discussion after it is not it;
    "discussed" is speaking; "with X in the chair" chairs the discussion."""
    text = (
        "The first panel, moderated by Dr. Lena Holm, examined transitions. Ms. Mira Sato "
        "described the drawdown, while Mr. Omar Farah discussed benchmarks.\n\n"
        "In the afternoon a panel discussion on consent brought together Mr. Kwame Asante, "
        "Ms. Dana Cruz and Dr. Ivo Marin, with Professor Rita Gomes in the chair.\n"
    )
    assert agenda_items(nlp, text) == [
        (
            "panel",
            "first panel",
            [("Lena Holm", "moderator"), ("Mira Sato", "panelist"), ("Omar Farah", "panelist")],
        ),
        (
            "panel",
            None,
            [
                ("Kwame Asante", "panelist"),
                ("Dana Cruz", "panelist"),
                ("Ivo Marin", "panelist"),
                ("Rita Gomes", "chair"),
            ],
        ),
    ]


def test_a_paragraph_after_a_numbered_programme_is_not_its_last_row(nlp: Language) -> None:
    """The people of a paragraph a blank line under a numbered programme do not join its
    last row; a group photograph is a break inside a row."""
    text = (
        "The programme was as follows:\n\n"
        "1. Welcome remarks by the Director, Brigadier Tom Otieno\n"
        "2. Remarks by Mr. Ken Sato, Embassy of Japan\n"
        "3. Keynote address by General Ali Hassan\n"
        "4. Group photograph and vote of thanks by Lt. Col. Jane Wambui\n\n"
        "In his keynote address, General Hassan urged the participants to lead. Mr. Sato "
        "said Japan was proud to fund the course.\n"
    )
    items = agenda_items(nlp, text)
    assert items[-1] == (
        "closing_remarks",
        "Group photograph and vote of thanks",
        [("Jane Wambui", "closing_remarks")],
    )


def test_opening_speech_is_opening_remarks(nlp: Language) -> None:
    text = (
        "In his opening speech, Vice Minister Mr. Park Jiho stressed that the country would "
        "keep supporting peacebuilding.\n"
    )
    assert agenda_items(nlp, text) == [
        ("opening_remarks", None, [("Park Jiho", "opening_remarks")])
    ]


def test_a_group_photograph_row_is_a_break(nlp: Language) -> None:
    text = (
        "09:00 Opening remarks - Dr. Lena Holm\n"
        "09:30 Coffee break and group photograph\n"
        "10:00 Panel I - Funding Peace\n"
        "11:00 Closing remarks - Dr. Lena Holm\n"
    )
    assert [k for k, _t, _p in agenda_items(nlp, text)] == [
        "opening_remarks",
        "panel",
        "closing_remarks",
    ]


# From agenda2 (scored before these rules).


def test_a_part_of_the_day_heading_groups_the_timed_rows_under_it(nlp: Language) -> None:
    """ "Morning session: Title" right over timed rows is a section, not an item."""
    text = (
        "Venue: Folke Hall\n\nMorning session: Justice in the field\n"
        "09.30 Introductory remarks\n      Ms. Lena Holm, Director\n"
        "09.45 Presentation 1: Mobile courts\n      by Mr. Ivo Marin, Justice Officer\n"
        "10.15 Presentation 2: Prisons\n      by Ms. Ada Lind, Adviser\n"
    )
    assert agenda_items(nlp, text) == [
        ("other", "Introductory remarks", [("Lena Holm", "speaker")]),
        ("report", "Presentation 1: Mobile courts", [("Ivo Marin", "presenter")]),
        ("report", "Presentation 2: Prisons", [("Ada Lind", "presenter")]),
    ]


def test_a_chair_label_ends_at_the_semicolon(nlp: Language) -> None:
    """ "Chair: A; B (ORG); C (ORG)" in a table cell: B and C are the panel's members."""
    text = (
        "| Time | Session | Speakers |\n|---|---|---|\n"
        "| 09:00 | Welcome | Dr Lena Holm, Director |\n"
        "| 10:00 | Panel 1: Awareness | Chair: Ms Ada Lind; Ms Mira Sato (CIVIC); "
        "Col. Ivo Marin (UNIFIL) |\n"
        "| 11:00 | Closing | Dr Lena Holm |\n"
    )
    assert agenda_items(nlp, text)[1] == (
        "panel",
        "Awareness",
        [("Ada Lind", "chair"), ("Mira Sato", "panelist"), ("Ivo Marin", "panelist")],
    )


def test_a_wreath_laid_at_a_wreath_laying_ceremony_is_one_act(nlp: Language) -> None:
    text = (
        "At a wreath-laying ceremony in the morning, the Minister, Ms. Rosa Alvarez, laid a "
        "wreath at the Memorial.\n"
    )
    assert agenda_items(nlp, text) == [
        ("other", "wreath-laying ceremony", [("Rosa Alvarez", "participant")])
    ]


def test_remarks_under_a_timed_closing_row_are_its_speech(nlp: Language) -> None:
    text = (
        "0900 - 1000   Official Opening\n              Speech by Col Ivo Marin, Commandant\n"
        "1000 - 1100   Session I: Mandates\n              Presenter: Dr Ada Lind\n"
        "1100 - 1200   Official Closing\n"
        "              Remarks by the Chief of Staff, Maj Gen Tomas Berg\n"
    )
    assert agenda_items(nlp, text) == [
        ("opening_remarks", "Official Opening", [("Ivo Marin", "opening_remarks")]),
        ("session", "Mandates", [("Ada Lind", "presenter")]),
        ("closing_remarks", "Official Closing", [("Tomas Berg", "closing_remarks")]),
    ]


def test_in_closing_is_closing_remarks(nlp: Language) -> None:
    text = (
        "The event opened with welcome remarks from Dr. Lena Holm. In closing, Dr. Holm "
        "thanked the speakers.\n"
    )
    assert agenda_items(nlp, text) == [
        ("opening_remarks", None, [("Lena Holm", "opening_remarks")]),
        ("closing_remarks", None, [("Lena Holm", "closing_remarks")]),
    ]
