"""Tests of the parts of a programme that running text names (agenda_prose_parts.py) through
the agenda parser: parts named by their place in the day ("In the first session, ...")."""

from __future__ import annotations

import pytest
from conftest import agenda_items, person_roles
from spacy.language import Language

from pko_extract.recognize import build_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peacebuilding symposium held in Hiroshima\n\n"
            "The symposium brought together practitioners and scholars. In the first session, "
            "Ms. Anna Berg, Director of the Peace Centre, gave a presentation on mission "
            "transitions. During the second session, three graduates of the training programme "
            "described their work in the field. In the closing session, Mr. Paul Okoro thanked "
            "the participants and the organisers.\n",
            [
                ("session", "first session", [("Anna Berg", "presenter")]),
                ("session", "second session", []),
                ("closing_remarks", None, [("Paul Okoro", "closing_remarks")]),
            ],
        ),
        (
            "Experts debate the future of peace operations\n\n"
            "The seminar opened with remarks by Amb. Clara Voss. A first panel discussed "
            "mandates and resources, with Dr. Ian Moyo and Prof. Leila Haddad. The second "
            "panel, moderated by Ms. Sofia Marin, turned to partnerships with regional "
            "organisations.\n",
            [
                ("opening_remarks", None, [("Clara Voss", "opening_remarks")]),
                ("panel", "first panel", [("Ian Moyo", "panelist"), ("Leila Haddad", "panelist")]),
                ("panel", "second panel", [("Sofia Marin", "moderator")]),
            ],
        ),
        (
            "Course opens at the training centre\n\n"
            "In the course's inaugural session at the Defence Centre, Ms. Rita Sen, Joint "
            "Secretary, gave a briefing on the country's commitment to UN peacekeeping. Later, "
            "Col. Omar Diallo gave a presentation on the course.\n\n"
            'The afternoon session, on "Logistics in remote deployments", was chaired by '
            "Prof. Marta Kovac.\n",
            [
                (
                    "session",
                    "inaugural session",
                    [("Rita Sen", "presenter"), ("Omar Diallo", "presenter")],
                ),
                ("session", "Logistics in remote deployments", [("Marta Kovac", "chair")]),
            ],
        ),
    ],
    ids=["first-second-closing", "first-second-panel", "inaugural-then-quoted"],
)
def test_part_named_by_its_place_in_the_day_is_an_item(
    nlp: Language, text: str, expected: list[tuple[str, str | None, list[tuple[str, str]]]]
) -> None:
    """A session or panel named by its place in the day ("In the first session", "During
    the second session", "A first panel", "the course's inaugural session") is an item with
    the people of its sentence, and of the later sentences of its paragraph that a cue gives
    a role; a quoted title after it ("The afternoon session, on "X"") is its title."""
    assert agenda_items(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "The Special Committee on Peacekeeping Operations held the first session of its "
            "working group on Monday, hearing Mr. Ivo Marek of the Secretariat.\n",
            [],
        ),
        ("The meeting agreed that Ms. Dana Holm would present a paper at the next session.\n", []),
        (
            "In the first session, Ms. Judy Park gave a keynote address on peacebuilding.\n",
            ["keynote"],
        ),
    ],
    ids=["session-of-a-body", "next-session", "cue-names-the-part"],
)
def test_ordinal_words_that_name_no_part_of_the_programme(
    nlp: Language, text: str, kinds: list[str]
) -> None:
    """ "The first session of the Committee" is a meeting of a body, "the next session" is
    to come, and a part a cue names ("gave a keynote address") is that cue's item: no
    session item of their own."""
    assert [kind for kind, _title, _people in agenda_items(nlp, text)] == kinds


def test_part_named_by_its_place_is_the_programmes_part_of_that_place(nlp: Language) -> None:
    """Over a programme ("Session 1: ...", "Session 2: ..."), "the first session" and "the
    final session" of the running text are the programme's first and last sessions: their
    people join those, no new item."""
    text = (
        "Programme\n\n"
        "Session 1: Mandates and resources\n"
        "Session 2: Partnerships in Africa\n\n"
        "Highlights\n\n"
        "In the first session, Dr. Ian Moyo gave a presentation on regional standby forces. "
        "The final session heard Prof. Leila Haddad, who gave a presentation on funding.\n"
    )
    assert agenda_items(nlp, text) == [
        ("session", "Mandates and resources", [("Ian Moyo", "presenter")]),
        ("session", "Partnerships in Africa", [("Leila Haddad", "presenter")]),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Course opens at the staff college\n\n"
            "In the course's inaugural session at the College, Ms. Nora Lind, Joint Secretary, "
            "bid the officers welcome. Later, Col. Omar Diallo gave a presentation on the "
            "course.\n",
            [
                (
                    "session",
                    "inaugural session",
                    [("Nora Lind", "opening_remarks"), ("Omar Diallo", "presenter")],
                )
            ],
        ),
        (
            "Seminar on policing\n\n"
            "During the first session, Dr. Ken Mori welcomed the participants and outlined "
            "the programme.\n",
            [("session", "first session", [("Ken Mori", "opening_remarks")])],
        ),
        (
            "Seminar on policing\n\n"
            "Dr. Ken Mori welcomed the participants before the first session began.\n",
            [("opening_remarks", None, [("Ken Mori", "opening_remarks")])],
        ),
    ],
    ids=["in-the-inaugural-session-bid-welcome", "during-the-first-session", "part-not-framing"],
)
def test_welcome_inside_a_part_that_frames_the_sentence(
    nlp: Language, text: str, expected: list[tuple[str, str | None, list[tuple[str, str]]]]
) -> None:
    """ "In the inaugural session, X bid them welcome": the part that opens the sentence is
    the item and the welcome X's role in it (no opening-remarks item of its own); a part
    named later in the sentence frames nothing: the welcome is its own item."""
    assert agenda_items(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Council held its Ninth Extraordinary Session on 2 May. H.E. Mr. Ivo Marek, "
            "Minister of Defence, spoke to the Session about the outcome of the regional "
            "summit.\n",
            [],
        ),
        (
            "The seminar heard Dr. Lena Ruiz at the session on border management, and then "
            "moved to a panel.\n",
            [("session", "border management", [("Lena Ruiz", "speaker")])],
        ),
    ],
    ids=["the-capital-session-of-a-body", "the-session-on-a-topic"],
)
def test_capitalised_session_inside_a_sentence_is_the_meeting(
    nlp: Language, text: str, expected: list[tuple[str, str | None, list[tuple[str, str]]]]
) -> None:
    """ "spoke to the Session about X": the Session with a capital is the body's meeting,
    the event itself, and X no part of it; "the session on X" is a part."""
    assert agenda_items(nlp, text) == expected


#: A speech under its salutation list, as a ministry's page prints it.
_SALUTED = (
    "ADDRESS BY THE MINISTER OF DEFENCE AT THE OPENING OF THE LOGISTICS COURSE\n\n"
    "{first}Your Excellency Mr. Tobias Lindqvist-Ona, Ambassador of Sweden;\n"
    "{first}The Commandant of the Training Centre, Colonel Amara Diallo-Berg;\n"
    "{first}Distinguished guests;\n"
    "{first}Ladies and Gentlemen.\n\n"
    "It is a pleasure to open this course. I thank the instructors for their work.\n"
)


@pytest.mark.parametrize("first", ["", "- "], ids=["plain", "dashed"])
def test_the_people_of_a_salutation_list_are_present(nlp: Language, first: str) -> None:
    assert person_roles(nlp, _SALUTED.format(first=first)) == [
        ("Tobias Lindqvist-Ona", ["participant"]),
        ("Amara Diallo-Berg", ["participant"]),
    ]


def test_names_on_lines_ending_with_commas_without_a_salutation_stay_mentioned(
    nlp: Language,
) -> None:
    """Lines of names and commas that end with no salutation ("Ladies and Gentlemen") are
    no salutation list: a list of contacts, of authors."""
    text = (
        "Contacts for the course\n\n"
        "Mr. Tobias Lindqvist-Ona, Course Director,\n"
        "Colonel Amara Diallo-Berg, Chief Instructor,\n"
        "Training Centre, Karen.\n"
    )
    assert person_roles(nlp, text) == [
        ("Tobias Lindqvist-Ona", ["mentioned"]),
        ("Amara Diallo-Berg", ["mentioned"]),
    ]
