"""Tests of the programme layouts drawn from tests/fixtures/agenda3 (agenda_rows.py,
agenda_program.py, agenda_rules.py): rows timed "from 08.30 to 09.00", times written at the
end of the row, a panel's numbered talks under its role lines, numbered rows opening with
their speaker, "Parallel sessions" rows and discussion rows."""

from __future__ import annotations

import pytest
from conftest import agenda_items as _program
from spacy.language import Language

from pko_extract.agenda_rules import find_label_inside
from pko_extract.recognize import build_nlp
from pko_extract.resources import default_rules


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


def test_rows_timed_from_to_are_timetable_rows(nlp: Language) -> None:
    """ "from 08.30 to 09.00   Title - Speaker" rows are timed rows; breaks are no items."""
    text = (
        "Provisional agenda\n\n"
        "from 08.00 to 08.30   Registration\n"
        "from 08.30 to 09.00   Opening ceremony - Col. Ivo Marek, Commandant\n"
        "from 09.00 to 10.30   Lessons from field training - presented by Ms. Tove Dahl\n"
        "from 10.30 to 11.00   Break\n"
        "from 11.00 to 12.00   Closing - Col. Ivo Marek\n"
    )
    assert _program(nlp, text) == [
        ("opening_remarks", "Opening ceremony", [("Ivo Marek", "opening_remarks")]),
        ("session", "Lessons from field training", [("Tove Dahl", "presenter")]),
        ("closing_remarks", "Closing", [("Ivo Marek", "closing_remarks")]),
    ]


def test_rows_with_the_time_at_the_end_are_timetable_rows(nlp: Language) -> None:
    """Rows apart by blank lines that end with their time ("Welcome address by Ms. X
    09:00") are the items; "Lunch 13:00" a break."""
    text = (
        "PROGRAMME\n\n"
        "Welcome address by Ms. Tove Dahl 09:00\n\n"
        "Presentation on early warning by Dr. Aksel Brun 09:30\n\n"
        "Health break 10:45\n\n"
        "Closing remarks by Col. Ivo Marek 12:45\n\n"
        "Lunch 13:00\n"
    )
    assert _program(nlp, text) == [
        ("opening_remarks", "Welcome address", [("Tove Dahl", "opening_remarks")]),
        ("report", "Presentation on early warning", [("Aksel Brun", "presenter")]),
        ("closing_remarks", "Closing remarks", [("Ivo Marek", "closing_remarks")]),
    ]


def test_a_sentence_ending_with_a_time_is_no_row(nlp: Language) -> None:
    """Running text whose sentences end "at 17:00" gives no titled row."""
    text = (
        "Ms. Tove Dahl opened the meeting at 09:00\n"
        "Dr. Aksel Brun spoke until 10:30\n"
        "Col. Ivo Marek closed it at 17:00\n"
    )
    assert all(title is None for _kind, title, _people in _program(nlp, text))


def test_numbered_talks_under_a_timed_panel_and_its_moderator_are_its_members(
    nlp: Language,
) -> None:
    """ "09:20 Panel A - Title" over "Moderator: X" and numbered talks "1. Title - Mr. Y"
    (however long the talk's title): the talks are the panel's, the next timed row ends
    them."""
    text = (
        "Schedule\n\n"
        "09:00  Welcome by Mr. Ivo Marek, Director\n"
        "09:20  Panel A - Supply chains\n"
        "       Moderator: Ms. Tove Dahl\n"
        "       1. Fuel in camps - Mr. Aksel Brun\n"
        "       2. Medical evacuation planning - Dr. Lena Moreau\n"
        "       3. Engineering support to the field teams - Lt. Col. Peter Haas\n"
        "11:00  Panel B - Environment\n"
        "       Moderator: Mr. Jon Berg\n"
        "       1. Renewable energy - Ms. Greta Holm\n"
        "       2. Waste and water - Mr. Pablo Serrano\n"
        "12:30  Concluding remarks by Ms. Tove Dahl\n"
    )
    assert _program(nlp, text) == [
        ("opening_remarks", "Welcome", [("Ivo Marek", "opening_remarks")]),
        (
            "panel",
            "Supply chains",
            [
                ("Tove Dahl", "moderator"),
                ("Aksel Brun", "panelist"),
                ("Lena Moreau", "panelist"),
                ("Peter Haas", "panelist"),
            ],
        ),
        (
            "panel",
            "Environment",
            [("Jon Berg", "moderator"), ("Greta Holm", "panelist"), ("Pablo Serrano", "panelist")],
        ),
        ("closing_remarks", "Concluding remarks", [("Tove Dahl", "closing_remarks")]),
    ]


def test_numbered_rows_opening_with_their_speaker(nlp: Language) -> None:
    """ "1. Prof. X: Welcome and introduction": a numbered row whose talk follows the
    speaker's colon is an item titled by the talk."""
    text = (
        "Order of the day\n\n"
        "1. Prof. Lena Moreau: Welcome and introduction\n"
        "2. Ms. Tove Dahl: Presentation of the handbook\n"
        "3. Mr. Aksel Brun: Lessons from two missions\n"
        "4. Mr. Ivo Marek: Concluding remarks\n"
    )
    assert [(kind, title) for kind, title, _people in _program(nlp, text)] == [
        ("opening_remarks", "Welcome and introduction"),
        ("report", "Presentation of the handbook"),
        ("session", "Lessons from two missions"),
        ("closing_remarks", "Concluding remarks"),
    ]


def test_a_parallel_sessions_row_is_no_item(nlp: Language) -> None:
    """ "11:00 Parallel sessions" only announces the rooms' sessions under it."""
    text = (
        "09:00  Plenary opening - Prof. Lena Moreau\n"
        "11:00  Parallel sessions\n"
        "  Room A: Mandates and politics\n"
        "    Chair: Dr. Aksel Brun\n"
        "  Room B: Training and doctrine\n"
        "    Chair: Ms. Tove Dahl\n"
        "16:30  Closing plenary - Prof. Lena Moreau\n"
    )
    titles = [title for _kind, title, _people in _program(nlp, text)]
    assert "Parallel sessions" not in titles
    assert titles[0] == "Plenary opening" and titles[-1] == "Closing plenary"


def test_a_discussion_row_is_of_kind_other_and_yields_to_a_wrap_up() -> None:
    """ "Discussion" is a part of kind other; inside a title another kind wins."""
    rules = default_rules()
    found = find_label_inside("Plenary discussion", rules)
    assert found is not None and found.kind == "other"
    found = find_label_inside("Open discussion and wrap-up", rules)
    assert found is not None and found.kind == "closing_remarks"


def test_rows_with_dot_leaders_before_their_time_are_timetable_rows(nlp: Language) -> None:
    """ "Opening address, Mr. X ........ 08:30": the leaders and the time end the row."""
    text = (
        "Opening day\n\n"
        "Arrival of participants ................ 08:00\n"
        "Opening address, Mr. Ivo Marek ......... 08:30\n"
        "Tea break .............................. 10:30\n"
        "Practical exercise, Ms. Tove Dahl ...... 13:30\n"
        "Review of the day, Mr. Ivo Marek ....... 16:00\n"
    )
    assert [title for _kind, title, _people in _program(nlp, text)] == [
        "Opening address",
        "Practical exercise",
        "Review of the day",
    ]


def test_bullets_opening_with_the_speaker_and_a_one_word_part(nlp: Language) -> None:
    """ "• Ms. A and Col. B — Responses", "• Dr. X — Closing": a part's label alone after
    the speakers is the row's title."""
    text = (
        "Agenda\n\n"
        "• Dr. Lena Moreau — Welcome and opening words\n"
        "• Prof. Aksel Brun — Presentation of the book\n"
        "• Ms. Tove Dahl and Col. Peter Haas — Responses\n"
        "• Dr. Lena Moreau — Closing\n"
    )
    assert [(kind, title) for kind, title, _people in _program(nlp, text)] == [
        ("opening_remarks", "Welcome and opening words"),
        ("report", "Presentation of the book"),
        ("other", "Responses"),
        ("closing_remarks", "Closing"),
    ]


def test_a_panel_on_a_topic_that_brought_together_people_is_a_panel(nlp: Language) -> None:
    """ "a panel on X brought together A, B and C": a panel of A, B and C; the capitalised
    name of a body ("the Independent Panel on ...") is no panel of the event."""
    text = (
        "The seminar was opened by Ms. Tove Dahl.\n\n"
        "In the afternoon, a panel on women and security brought together Ms. Lena Moreau, "
        "Lt. Col. Peter Haas and Mr. Aksel Brun.\n"
    )
    panels = [people for kind, _title, people in _program(nlp, text) if kind == "panel"]
    assert panels == [
        [("Lena Moreau", "panelist"), ("Peter Haas", "panelist"), ("Aksel Brun", "panelist")]
    ]
    text = (
        "The seminar was opened by Ms. Tove Dahl.\n\n"
        "She recalled that the Independent Panel on Peace Operations included Mr. Aksel Brun.\n"
    )
    assert [kind for kind, _title, _people in _program(nlp, text) if kind == "panel"] == []


def test_tracks_under_a_concurrent_sessions_row_are_sessions(nlp: Language) -> None:
    """ "From 9:30 to 11:00: Concurrent sessions" over "Track 1 - Title" / "Speakers: A, B":
    each track is a session labelled "Track N", the row over them is none."""
    text = (
        "From 9:00 to 9:30: Welcome, Dr. Lena Moreau\n"
        "From 9:30 to 11:00: Concurrent sessions\n"
        "    Track 1 - Financing regional operations\n"
        "        Speakers: Mr. Aksel Brun, Ms. Tove Dahl\n"
        "    Track 2 - Police partnerships\n"
        "        Speakers: Supt. Peter Haas, Ms. Greta Holm\n"
        "From 11:00 to 11:30: Closing remarks, Dr. Lena Moreau\n"
    )
    assert [(kind, title) for kind, title, _people in _program(nlp, text)] == [
        ("opening_remarks", "Welcome"),
        ("session", "Financing regional operations"),
        ("session", "Police partnerships"),
        ("closing_remarks", "Closing remarks"),
    ]


def test_a_moderated_by_note_is_dropped_from_a_title() -> None:
    """ "Title (moderated by Mr. X)" -> "Title", as "Title (Chair: X)" is."""
    from pko_extract.agenda_rows import drop_role_notes

    rules = default_rules()
    assert drop_role_notes("Data for early warning (moderated by Ms. Tove Dahl)", rules) == (
        "Data for early warning"
    )
    assert drop_role_notes("Local agreements (chaired by Dr. Aksel Brun)", rules) == (
        "Local agreements"
    )
    assert drop_role_notes("Mandates (1999-2005)", rules) == "Mandates (1999-2005)"


def test_the_people_of_a_responses_row_comment(nlp: Language) -> None:
    """ "• A and B — Responses": a row titled by a label whose people comment."""
    text = (
        "Agenda\n\n"
        "• Dr. Lena Moreau — Welcome and opening words\n"
        "• Prof. Aksel Brun — Presentation of the book\n"
        "• Ms. Tove Dahl and Col. Peter Haas — Responses\n"
    )
    assert _program(nlp, text)[2] == (
        "other",
        "Responses",
        [("Tove Dahl", "commentator"), ("Peter Haas", "commentator")],
    )


def test_a_session_named_by_its_number_in_words_is_a_part(nlp: Language) -> None:
    """ "Session one looked at X. Speakers were A and B, with C in the chair." and "Session
    two turned to Y. Mr. D presented ..., and E and F offered comments.": two sessions."""
    text = (
        "Ambassador Greta Holm welcomed the participants.\n\n"
        "Session one looked at mandates. Speakers were Dr. Aksel Brun and Ms. Tove Dahl, "
        "with Prof. Lena Moreau in the chair.\n\n"
        "Session two turned to financing. Mr. Peter Haas presented the paper, and Ms. Ana "
        "Lind and Mr. Jon Berg offered comments.\n"
    )
    sessions = [people for kind, _title, people in _program(nlp, text) if kind == "session"]
    assert sessions == [
        [("Aksel Brun", "speaker"), ("Tove Dahl", "speaker"), ("Lena Moreau", "chair")],
        [("Peter Haas", "presenter"), ("Ana Lind", "commentator"), ("Jon Berg", "commentator")],
    ]
