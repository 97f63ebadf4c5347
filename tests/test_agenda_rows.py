"""Tests of the programme-row strategies (agenda_rows.py) through the agenda parser: parts
joined to more words, talk titles over name lines, programmes in other languages."""

from __future__ import annotations

import pytest
from conftest import agenda_items as _program
from spacy.language import Language

from pko_extract.extract import parse_text
from pko_extract.recognize import build_nlp, recognize
from pko_extract.resources import default_rules
from pko_extract.segment import read_layout


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


def test_label_joined_to_more_words_over_its_speaker_is_an_item(nlp: Language) -> None:
    """A label joined to more words ("Welcome and introduction") over a name line opens the
    programme, titled as written; the same in a Norwegian programme ("og")."""
    text = (
        "Programme\n\n"
        "Welcome and introduction\n"
        "Dr. Ines Falk, Senior Researcher\n\n"
        "Panel discussion\n"
        "Mr. Aksel Brun\n"
        "Ms. Tove Dahl\n"
    )
    assert _program(nlp, text) == [
        ("opening_remarks", "Welcome and introduction", [("Ines Falk", "opening_remarks")]),
        ("panel", "Panel discussion", [("Aksel Brun", "panelist"), ("Tove Dahl", "panelist")]),
    ]
    text = "Program\n\nVelkommen og innledning\nDr. Ines Falk, forsker\n"
    assert _program(nlp, text) == [
        ("opening_remarks", "Velkommen og innledning", [("Ines Falk", "opening_remarks")])
    ]


def test_label_joined_to_more_words_without_a_person_below_is_no_item(nlp: Language) -> None:
    """A headline that opens with a label word is not a part of a programme."""
    text = (
        "Welcome and farewell for the engineers\n\n"
        "The company of engineers was welcomed on Monday by Lt. Col. Ivo Marek, who thanked "
        "the outgoing unit.\n"
    )
    assert [kind for kind, _title, _people in _program(nlp, text)] == []


def test_german_and_spanish_timetables_with_breaks(nlp: Language) -> None:
    """Labels and breaks of German and Spanish programmes: "Begrüßung", "Podiumsdiskussion",
    "Kaffeepause", "Schlusswort"; "Bienvenida", "Pausa café", "Clausura"."""
    text = (
        "Programm\n\n"
        "14:00 Begrüßung – Dr. Anna Keller, Direktorin\n"
        "14:15 Podiumsdiskussion\n"
        "Moderation: Dr. Jonas Becker\n"
        "15:30 Kaffeepause\n"
        "16:00 Schlusswort – Dr. Anna Keller\n"
    )
    assert _program(nlp, text) == [
        ("opening_remarks", "Begrüßung", [("Anna Keller", "opening_remarks")]),
        ("panel", "Podiumsdiskussion", [("Jonas Becker", "moderator")]),
        ("closing_remarks", "Schlusswort", [("Anna Keller", "closing_remarks")]),
    ]
    text = (
        "Programa\n\n"
        "09:00 Registro\n"
        "09:30 Bienvenida – Dr. Lucía Herrera\n"
        "11:30 Pausa café\n"
        "12:00 Clausura – Dr. Pablo Ortiz\n"
    )
    assert _program(nlp, text) == [
        ("opening_remarks", "Bienvenida", [("Lucía Herrera", "opening_remarks")]),
        ("closing_remarks", "Clausura", [("Pablo Ortiz", "closing_remarks")]),
    ]


def test_talk_titles_over_their_speakers_are_items(nlp: Language) -> None:
    """A programme of talks with no labels: each title line right over the line opening
    with its speaker is an item; a part named on the line above the title is its label,
    "Seminar: Title" keeps the words after the colon; the date line under a speaker is
    nobody's talk."""
    text = (
        "Autumn Lecture Series\n\n"
        "The 5th Annual Peace Lecture\n"
        "Building durable peace after civil war\n"
        "Prof. Martin Ellery, University of Oxford\n"
        "Monday 12 October, 18:30\n\n"
        "Seminar: The role of police in post-conflict states\n"
        "Mr. George Tambo, former Police Commissioner\n"
    )
    _event, _persons, agenda = parse_text(read_layout(text), recognize(nlp(text)), default_rules())
    assert [(it.kind, it.label, it.title, it.start) for it in agenda.items] == [
        ("address", "The 5th Annual Peace Lecture", "Building durable peace after civil war", 52),
        ("session", None, "The role of police in post-conflict states", 159),
    ]
    assert [[p.name for p, _r, _pos in it.members] for it in agenda.items] == [
        ["Martin Ellery"],
        ["George Tambo"],
    ]


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        (
            "3rd Annual Harbour Lecture: Why ceasefires fail",
            ("address", "3rd Annual Harbour Lecture", "Why ceasefires fail"),
        ),
        (
            "Memorial Keynote Address: Policing after the mission leaves",
            ("keynote", "Memorial Keynote Address", "Policing after the mission leaves"),
        ),
        (
            "Seminar: Why ceasefires fail",
            ("session", None, "Why ceasefires fail"),
        ),
    ],
    ids=["ordinal-lecture-colon-title", "named-keynote-colon-title", "session-label"],
)
def test_named_part_before_a_colon_labels_the_talk(
    nlp: Language, first: str, expected: tuple[str, str | None, str]
) -> None:
    """A talk's title line that opens with a part's name and a colon ("3rd Annual Harbour
    Lecture: Title", an ordinal first) is that part, labelled by its name and titled by the
    words after the colon; a session's label ("Seminar: Title") is no name: the title is the
    words after it."""
    text = (
        "Conference on post-conflict stabilisation\n\n"
        f"{first}\n"
        "Prof. Martin Ellery\n\n"
        "Private security after the peacekeepers leave\n"
        "Mr. George Tambo\n"
    )
    _event, _persons, agenda = parse_text(read_layout(text), recognize(nlp(text)), default_rules())
    assert [(it.kind, it.label, it.title) for it in agenda.items] == [
        expected,
        ("session", None, "Private security after the peacekeepers leave"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Speakers\n\nDr. Jessica Lane\nSenior Fellow, Global Policy Program\n"
        "Dr. Mark Osei\nDirector, Africa Center\nMs. Helen Park\nColumnist, Daily Courier\n",
        "Peacekeeping after 2030\nDr. Jessica Lane, Senior Fellow\n\n"
        "The seminar was held in Oslo on 3 May.\n",
    ],
    ids=["affiliation-lines-between-name-lines", "one-title-over-a-name-line"],
)
def test_affiliation_lines_and_a_single_title_are_no_talks(nlp: Language, text: str) -> None:
    """An affiliation line between two name lines titles no talk, and one title over one
    name line is no programme."""
    assert [title for _kind, title, _people in _program(nlp, text)] == []


def test_participants_of_a_roundtable_row_are_its_panelists(nlp: Language) -> None:
    """ "Participants:" under a roundtable names its members; outside a panel it names the
    people attending the event, in no item."""
    text = (
        "10:00 - 10:45 Keynote address – Dr. Miriam Kolb\n"
        "10:45 - 12:00 Roundtable discussion\n"
        "Moderator: Mr. Jonas Weber\n"
        "Participants: Ms. Rosa Lindqvist; Gen. Ahmed Bakr\n"
        "12:00 - 13:00 Lunch\n"
    )
    assert _program(nlp, text) == [
        ("keynote", "Keynote address", [("Miriam Kolb", "keynote_speaker")]),
        (
            "panel",
            "Roundtable discussion",
            [
                ("Jonas Weber", "moderator"),
                ("Rosa Lindqvist", "panelist"),
                ("Ahmed Bakr", "panelist"),
            ],
        ),
    ]
    text = (
        "Session 1: Mandates\nChair: Dr. Ana Lind\n\n"
        "Participants: Ms. Rosa Lindqvist; Gen. Ahmed Bakr\n"
    )
    assert _program(nlp, text) == [("session", "Mandates", [("Ana Lind", "chair")])]


def test_sentences_right_under_a_session_heading_are_its_account(nlp: Language) -> None:
    """People the running text right under "Session 1: Title" gives a speaking role take
    part in that session; the sentences after a line read elsewhere (a heading) do not."""
    text = (
        "Session 1: Regional cooperation\n"
        "Three experts spoke in the first session. Ambassador Hiro Sato described the work of "
        "the regional forum and Col. Min-ho Park presented the engineering deployments.\n\n"
        "Session 2: Medical support\n"
        "Dr. Malin Berg presented the casualty evacuation chain in remote deployments.\n\n"
        "Outcomes\n\n"
        "Ms. Priya Nair presented the recommendations of the working groups to the plenary.\n"
    )
    assert _program(nlp, text) == [
        (
            "session",
            "Regional cooperation",
            [("Hiro Sato", "speaker"), ("Min-ho Park", "presenter")],
        ),
        ("session", "Medical support", [("Malin Berg", "presenter")]),
    ]


def test_role_in_parentheses_ending_a_member_line_and_people_joined_after_a_note(
    nlp: Language,
) -> None:
    """ "(Moderator)" at the end of a member line, after the post, gives that role; a
    person joined by "and" after another's parenthetical note takes part too."""
    text = (
        "09.00 Opening of the conference\n"
        "Prof. Ewa Nowak (Rector) and Mr. Jan Kowalski (Minister)\n"
        "09.30 Panel\n"
        "Ms. Kristin Mays, Assistant Professor - State University\n"
        "Mr. Michael Hara, Senior Fellow - Foreign Policy (Moderator)\n"
        "11.00 Coffee break\n"
    )
    assert _program(nlp, text) == [
        (
            "opening_remarks",
            "Opening of the conference",
            [("Ewa Nowak", "opening_remarks"), ("Jan Kowalski", "opening_remarks")],
        ),
        ("panel", "Panel", [("Kristin Mays", "panelist"), ("Michael Hara", "moderator")]),
    ]


def test_numbered_introduction_over_running_text_is_a_report_section(nlp: Language) -> None:
    """ "1. INTRODUCTION" over a paragraph heads a section of the report; "Introduction" over
    the line naming its speaker is a part of the programme."""
    text = (
        "1. INTRODUCTION\n\n"
        "The association held a one-day conference on the future of peace support.\n\n"
        "2. PROGRAMME\n\n"
        "1. Opening statement – Mrs. Awa Kamara, President\n"
        "2. Keynote address – Brig. Omar Sesay, Director\n"
        "3. Closing remarks – Hon. Joe Lansana, Deputy Minister\n"
    )
    assert [(kind, title) for kind, title, _people in _program(nlp, text)] == [
        ("opening_remarks", "Opening statement"),
        ("keynote", "Keynote address"),
        ("closing_remarks", "Closing remarks"),
    ]
    text = "Introduction\nDr. Ines Falk, Director\n\nPanel\nMr. Aksel Brun\n"
    assert [(kind, title) for kind, title, _people in _program(nlp, text)] == [
        ("other", "Introduction"),
        ("panel", "Panel"),
    ]


def test_row_gathering_numbered_parts_is_no_item(nlp: Language) -> None:
    """ "Workshops" over "Workshop 1: Title" and "Workshop 2: Title" only gathers them: the
    workshops are items, the row is none; a plural title over no numbered part stays."""
    text = (
        "10.00 Keynote: A century of peace movements – Prof. Declan Walsh\n"
        "11.15 Workshops\n"
        "Workshop 1: Neutrality and the law\n"
        "Ms. Aoife Byrne\n"
        "Workshop 2: Building local peace groups\n"
        "Mr. Sean Doyle\n"
        "12.30 Lunch\n"
        "13.30 Regional perspectives\n"
        "Dr. Kathrin Müller\n"
    )
    assert [(kind, title) for kind, title, _people in _program(nlp, text)] == [
        ("keynote", "A century of peace movements"),
        ("session", "Neutrality and the law"),
        ("session", "Building local peace groups"),
        ("session", "Regional perspectives"),
    ]


def test_numbered_talks_with_their_speaker_in_closing_parentheses(nlp: Language) -> None:
    """ "1. Title (Dr. X, University)" lines make a numbered programme titled before the
    parenthesis; the same lines right under a part's heading ("Panel discussion") are the
    talks of its members."""
    text = (
        "Programme of the seminar\n\n"
        "1. Peacekeeping and the rule of law (Dr. Helen Marsh, University of Leeds)\n"
        "2. Police components in transition (Mr. Omar Farouk, Police Division)\n"
        "3. Justice and corrections (Ms. Elena Ruiz, Justice Adviser)\n"
    )
    assert _program(nlp, text) == [
        ("session", "Peacekeeping and the rule of law", [("Helen Marsh", "speaker")]),
        ("session", "Police components in transition", [("Omar Farouk", "speaker")]),
        ("session", "Justice and corrections", [("Elena Ruiz", "speaker")]),
    ]
    text = (
        "Panel discussion\n"
        "• Mission experiences in Mali (Dr. Jon Vik, Researcher)\n"
        "• Mission experiences in Congo (Ms. Ada Berg, Analyst)\n"
        "• Mission experiences in Somalia (Mr. Ole Dahl, Adviser)\n"
    )
    assert _program(nlp, text) == [
        (
            "panel",
            "Panel discussion",
            [("Jon Vik", "panelist"), ("Ada Berg", "panelist"), ("Ole Dahl", "panelist")],
        )
    ]


def test_session_label_with_its_hours_in_parentheses(nlp: Language) -> None:
    """ "Session One (9:30-11:00): Lessons from Haiti" is titled without its hours."""
    text = (
        "Session One (9:30-11:00): Lessons from Haiti\n"
        "Moderator: Dr. Paul Keen\n"
        "Session Two (11:30-13:00): The road ahead\n"
        "Moderator: Dr. Rosa Diaz\n"
    )
    assert _program(nlp, text) == [
        ("session", "Lessons from Haiti", [("Paul Keen", "moderator")]),
        ("session", "The road ahead", [("Rosa Diaz", "moderator")]),
    ]


def test_wrap_up_and_final_remarks_close_the_programme(nlp: Language) -> None:
    text = (
        "14:00 Opening words – Dr. Erik Lund\n"
        "14:10 Climate risks in mission areas – Mr. Tiago Pereira\n"
        "16:00 Wrap-up\n"
    )
    assert [(kind, title) for kind, title, _people in _program(nlp, text)] == [
        ("opening_remarks", "Opening words"),
        ("session", "Climate risks in mission areas"),
        ("closing_remarks", "Wrap-up"),
    ]
    text = "Final remarks\nMs. Sara Mäkinen, Director\n"
    assert _program(nlp, text) == [
        ("closing_remarks", "Final remarks", [("Sara Mäkinen", "closing_remarks")])
    ]


def test_meal_row_holding_a_talk_is_a_part(nlp: Language) -> None:
    """ "Working lunch: keynote address by Gen. X" is the keynote; "Registration and welcome
    coffee", "Lunch" and "Coffee break and networking" are breaks."""
    text = (
        "09:00 Registration and welcome coffee\n"
        "09:30 Opening remarks – Dr. Ana Lind\n"
        "12:30 Working lunch: keynote address by Gen. Omar Bakr\n"
        "14:00 Lunch\n"
        "15:00 Coffee break and networking\n"
    )
    assert _program(nlp, text) == [
        ("opening_remarks", "Opening remarks", [("Ana Lind", "opening_remarks")]),
        ("keynote", "Working lunch: keynote address", [("Omar Bakr", "keynote_speaker")]),
    ]


def test_moderator_of_the_event_moderates_its_one_panel(nlp: Language) -> None:
    """A moderator the running text names outside any item joins the report's only panel."""
    text = (
        "Dr. Ines Falk, Director of the Institute, moderated the webinar. On the panel were "
        "Col. Ravi Nair, Visiting Fellow, and Ms. Tove Dahl, Senior Adviser.\n"
    )
    assert _program(nlp, text) == [
        (
            "panel",
            None,
            [("Ravi Nair", "panelist"), ("Tove Dahl", "panelist"), ("Ines Falk", "moderator")],
        )
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "PROGRAMME\n\n"
            " • 09:30: Welcome and introduction – Dr. Ines Falk, Research Director\n"
            " • 09:40: Panel discussion:\n"
            "   • Mali – Mr. Aksel Brun, Senior Fellow, Peace Institute\n"
            "   • South Sudan – Ms. Tove Dahl, Programme Lead\n"
            " • 10:30: Questions and discussion\n"
            " • 11:00: Closing remarks\n",
            [
                ("opening_remarks", "Welcome and introduction", [("Ines Falk", "opening_remarks")]),
                (
                    "panel",
                    "Panel discussion",
                    [("Aksel Brun", "panelist"), ("Tove Dahl", "panelist")],
                ),
                # a discussion row is of kind other, as a Q&A (agenda2's b06, agenda3's c07)
                ("other", "Questions and discussion", []),
                ("closing_remarks", "Closing remarks", []),
            ],
        ),
        (
            "Programme\n\n"
            "1. Opening remarks - Amb. Ruth Okafor\n"
            "2. Roundtable on mission transitions:\n"
            "   - Lessons from Liberia - Col. Peter Haas\n"
            "   - Lessons from Haiti - Dr. Lena Moreau\n"
            "3. Closing remarks - Amb. Ruth Okafor\n",
            [
                ("opening_remarks", "Opening remarks", [("Ruth Okafor", "opening_remarks")]),
                (
                    "panel",
                    "Roundtable on mission transitions",
                    [("Peter Haas", "panelist"), ("Lena Moreau", "panelist")],
                ),
                ("closing_remarks", "Closing remarks", [("Ruth Okafor", "closing_remarks")]),
            ],
        ),
    ],
    ids=["timed-bullets", "numbered-roundtable"],
)
def test_indented_talks_under_a_panel_row_are_its_members(
    nlp: Language, text: str, expected: list[tuple[str, str, list[tuple[str, str]]]]
) -> None:
    """A programme row naming a panel ("• 09:40: Panel discussion:", "2. Roundtable on
    ...:") over more indented talk lines ("• Mali – Mr. X"): the talks are its panelists',
    not items of their own; the time after a bullet is not part of a row's title."""
    assert _program(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Conference programme\n\n"
            "09.30: Registration and coffee\n"
            "10.00: Prof. Karl Jensen - Neutrality and the law of armed conflict - questions"
            " and discussion to follow\n"
            "11.00: Dr. Maria Lopez - Why peace operations fail\n"
            "12.00: Lunch\n",
            [
                (
                    "session",
                    "Neutrality and the law of armed conflict",
                    [("Karl Jensen", "speaker")],
                ),
                ("session", "Why peace operations fail", [("Maria Lopez", "speaker")]),
            ],
        ),
        (
            "PROGRAMME\n\n"
            "0900 hrs  Welcome – Col. Anil Mehta, Commandant\n"
            "0930 hrs  Lt. Gen. Ravi Kapoor – The changing face of peacekeeping\n"
            "1030 hrs  Tea\n"
            "1100 hrs  Ms. Sarah Boateng – Protection of civilians in practice\n",
            [
                ("opening_remarks", "Welcome", [("Anil Mehta", "opening_remarks")]),
                ("session", "The changing face of peacekeeping", [("Ravi Kapoor", "speaker")]),
                ("session", "Protection of civilians in practice", [("Sarah Boateng", "speaker")]),
            ],
        ),
        (
            "Schedule\n\n"
            "14:00  Amb. Helen Park (Ministry of Foreign Affairs): Partnerships for peace\n"
            "14:45  Mr. Tomas Novak (University of Prague): Lessons from the Balkans\n"
            "15:30  Coffee break\n"
            "16:00  Closing remarks\n",
            [
                ("session", "Partnerships for peace", [("Helen Park", "speaker")]),
                ("session", "Lessons from the Balkans", [("Tomas Novak", "speaker")]),
                ("closing_remarks", "Closing remarks", []),
            ],
        ),
    ],
    ids=["dash-with-tail", "hrs-dash", "post-in-parentheses-colon"],
)
def test_timed_row_opening_with_its_speaker_is_titled_by_the_talk(
    nlp: Language, text: str, expected: list[tuple[str, str, list[tuple[str, str]]]]
) -> None:
    """A timetable row that opens with its speaker names the talk after a dash or a colon
    ("10.00: Prof. X - Title - questions to follow", "14:00 Amb. Y (Ministry): Title"): the
    talk is the item, the speaker speaks in it."""
    assert _program(nlp, text) == expected


def test_timed_row_opening_with_its_speaker_and_post_is_no_talk(nlp: Language) -> None:
    """After the dash of a row opening with its speaker comes a post ("Dr. X – Director,
    Peace Institute"), not a talk: the row takes the line under it as title, as before."""
    text = (
        "09:00  Registration\n"
        "09:30  Dr. Ines Falk – Director, Peace Research Institute\n"
        "Welcome and opening address\n"
        "10:00  Coffee break\n"
    )
    assert _program(nlp, text) == [
        ("opening_remarks", "Welcome and opening address", [("Ines Falk", "opening_remarks")])
    ]


def test_timestamped_quote_of_a_speaker_is_no_talk(nlp: Language) -> None:
    """A transcript line ("[00:58:20] Ms. X: "Thank you all."") quotes a sentence the
    speaker said: no item, whatever its length."""
    text = (
        "00:00  Welcome and introductions\n"
        "12:30  Lessons from Darfur\n"
        "58:20  Wrap-up\n\n"
        '[00:01:10] Ms. Farah Idris: "Welcome to everyone joining us today."\n'
        '[00:58:20] Ms. Farah Idris: "Thank you all for staying!"\n'
    )
    assert [title for _kind, title, _people in _program(nlp, text)] == [
        "Welcome and introductions",
        "Lessons from Darfur",
        "Wrap-up",
    ]


@pytest.mark.parametrize(
    ("row", "is_item"),
    [
        ("Registration, coffee, informal networking, book signing", False),
        ("Arrival, tea and networking", False),
        ("Registration, welcome coffee and opening remarks", True),
        ("Lunch and book launch", True),
    ],
    ids=["mostly-breaks", "all-breaks", "ends-with-a-part", "half-breaks"],
)
def test_row_listing_mostly_breaks_is_a_break(nlp: Language, row: str, is_item: bool) -> None:
    """A row listing three or more activities that opens with a break and is mostly breaks
    is a break; one naming a part of the programme, or half breaks, is an item."""
    text = f"09.00 {row}\n10.00 Mandates in transition\n11.00 Panel discussion\n"
    titles = [title for _kind, title, _people in _program(nlp, text)]
    assert titles == ([row] if is_item else []) + ["Mandates in transition", "Panel discussion"]


@pytest.mark.parametrize(
    ("row", "is_item"),
    [
        ("Drinks reception", False),
        ("Reception", False),
        ("Cocktail and networking", False),
        ("Reception and keynote address by Gen. Marta Silva", True),
    ],
    ids=["drinks-reception", "reception", "cocktail", "reception-holding-a-talk"],
)
def test_reception_rows_are_breaks(nlp: Language, row: str, is_item: bool) -> None:
    """A reception or drinks row closes the programme like a meal; one holding a talk is a
    part."""
    text = f"16:00 Session 2: Mandates in transition\n17:30 {row}\n18:00 Closing remarks\n"
    kinds = [kind for kind, _title, _people in _program(nlp, text)]
    assert kinds == ["session"] + (["keynote"] if is_item else []) + ["closing_remarks"]


@pytest.mark.parametrize(
    "row",
    [
        "Drinks reception Find the full Seminar Report.",
        "Lunch Read the Report",
        "Reception Download the Workshop Report (PDF)",
    ],
    ids=["find-the-report", "read-the-report", "download-the-report"],
)
def test_link_text_run_into_a_break_row_leaves_it_a_break(nlp: Language, row: str) -> None:
    """A web page's link text run into the last row ("Find the full meeting report") is no
    part of the row: its "report" makes no item of a reception."""
    text = (
        "14:00 – 15:30: Session 1 “Partnerships” Chair: Dr. Ana Ruiz\n\n"
        "15:30 – 16:00: Coffee break\n\n"
        "16:00 – 17:30: Session 2 “Mandates in transition” Chair: Prof. Lina Haas\n\n"
        f"17:30 – 18:00: {row}\n"
    )
    assert [kind for kind, _title, _people in _program(nlp, text)] == ["session", "session"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "14:00 – 15:30: Session 1 “Mandates in transition” Chair: Dr. Ana Ruiz Discussant:"
            " Mr. Tom Berg\n"
            "15:30 – 16:00: Coffee break\n"
            "16:00 – 17:30: Session 2 “Partnerships” Moderator: Prof. Lina Haas Speakers: Col."
            " Omar Diallo, Ms. Ida Holm\n",
            [
                (
                    "session",
                    "Mandates in transition",
                    [("Ana Ruiz", "chair"), ("Tom Berg", "commentator")],
                ),
                (
                    "session",
                    "Partnerships",
                    [
                        ("Lina Haas", "moderator"),
                        ("Omar Diallo", "speaker"),
                        ("Ida Holm", "speaker"),
                    ],
                ),
            ],
        ),
        (
            "Programme\n\n"
            "Panel 1: Regional organisations. Chair: Amb. Karin Lund Rapporteur: Dr. Paulo Reis\n"
            "Panel 2: Financing peace operations. Moderator: Ms. Eva Stone Panelists: Mr. Juan"
            " Cruz; Dr. Mei Tan\n",
            [
                (
                    "panel",
                    "Regional organisations",
                    [("Karin Lund", "chair"), ("Paulo Reis", "presenter")],
                ),
                (
                    "panel",
                    "Financing peace operations",
                    [
                        ("Eva Stone", "moderator"),
                        ("Juan Cruz", "panelist"),
                        ("Mei Tan", "panelist"),
                    ],
                ),
            ],
        ),
    ],
    ids=["timed-sessions", "numbered-panels"],
)
def test_role_labels_run_on_after_a_name_on_one_row(
    nlp: Language, text: str, expected: list[tuple[str, str, list[tuple[str, str]]]]
) -> None:
    """Role labels strung along one row with no separator ("Chair: Dr. X Discussant: Mr.
    Y") each give the people after them their role, and end the row's title."""
    assert _program(nlp, text) == expected


@pytest.mark.parametrize(
    ("row", "title"),
    [
        ("Keynote address by Gen. Marta Silva", "Keynote address"),
        (
            "Panel discussion on transitions with Dr. Ines Falk and Mr. Aksel Brun",
            "Panel discussion on transitions",
        ),
        ("Fireside chat featuring Amb. Ruth Okafor", "Fireside chat"),
    ],
    ids=["by", "with", "featuring"],
)
def test_row_title_ends_before_the_word_leading_to_its_speaker(
    nlp: Language, row: str, title: str
) -> None:
    """ "by", "with" or "featuring" right before a row's first speaker is no part of its
    title."""
    text = f"10:00 {row}\n11:30 Lunch\n13:00 Closing remarks\n"
    assert [t for _kind, t, _people in _program(nlp, text)] == [title, "Closing remarks"]


def test_heading_above_the_current_item_gives_its_members_no_role(nlp: Language) -> None:
    """Name lines under "Panel: Title" are its panelists, although the layout puts them
    under an earlier "Keynote" heading."""
    text = (
        "Agenda\n\n"
        "Opening Session\n"
        "Welcome remarks\n"
        "Amb. Ruth Okafor, Director\n"
        "Keynote\n"
        "Gen. Marta Silva, Force Commander\n\n"
        "Panel: Lessons learned\n"
        "Dr. Ines Falk, Senior Fellow\n"
        "Mr. Aksel Brun, Adviser\n"
    )
    assert _program(nlp, text)[-1] == (
        "panel",
        "Lessons learned",
        [("Ines Falk", "panelist"), ("Aksel Brun", "panelist")],
    )


@pytest.mark.parametrize("dash", ["—", "–", "-"], ids=["em", "en", "hyphen"])
def test_a_list_line_labelled_by_a_role_is_no_item(nlp: Language, dash: str) -> None:
    """ "• Moderator — Prof. X" in a bulleted programme gives its role, not a session: it
    ends the opening above it and the moderator moderates the event's one panel."""
    text = (
        "Who spoke\n"
        f"• Opening {dash} Dr. Helena Marsh-Okoro (Dean)\n"
        f"• Moderator {dash} Prof. Tomas Varga-Nkosi\n"
        "• Panel\n"
        "  – Col. Ingrid Solberg-Achebe, former Sector Commander\n"
        "  – Dr. Leila Haddad-Okafor, Lecturer\n"
        f"• Closing {dash} Prof. Varga-Nkosi\n"
    )
    assert _program(nlp, text) == [
        ("opening_remarks", "Opening", [("Helena Marsh-Okoro", "opening_remarks")]),
        (
            "panel",
            "Panel",
            [
                ("Ingrid Solberg-Achebe", "panelist"),
                ("Leila Haddad-Okafor", "panelist"),
                ("Tomas Varga-Nkosi", "moderator"),
            ],
        ),
        ("closing_remarks", "Closing", [("Tomas Varga-Nkosi", "closing_remarks")]),
    ]
