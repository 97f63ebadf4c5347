"""Tests of the agenda parser: program headers, role lines, speaker lists, prose cues, merging."""

from __future__ import annotations

import pytest
from conftest import agenda_items, person_roles
from spacy.language import Language

from pko_extract.agenda import merge_agenda
from pko_extract.extract import parse_text
from pko_extract.models import AgendaResult, ItemDraft, Mention, PersonDraft
from pko_extract.recognize import build_nlp, recognize
from pko_extract.resources import default_rules
from pko_extract.segment import read_layout


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


def _agenda(nlp: Language, text: str) -> tuple[list[tuple], list[tuple[str, list[str]]]]:
    _event, persons, agenda = parse_text(read_layout(text), recognize(nlp(text)), default_rules())
    items = [
        (
            it.kind,
            it.label,
            it.title,
            it.start,
            it.end,
            it.from_program,
            [(p.name, r) for p, r, _ in it.members],
        )
        for it in agenda.items
    ]
    return items, [(p.name, p.roles) for p in persons]


CASES = [
    (
        '(1) Session I "Mandates and Means"\n• Mr. Rafael Duarte, Chief of Staff\n'
        '(2) Session II "Partners in Peace"\n• Ms. Yuki TANAKA, Senior Adviser',
        [
            (
                "session",
                "Session I",
                "Mandates and Means",
                0,
                34,
                True,
                [("Rafael Duarte", "speaker")],
            ),
            (
                "session",
                "Session II",
                "Partners in Peace",
                71,
                105,
                True,
                [("Yuki Tanaka", "speaker")],
            ),
        ],
        [("Rafael Duarte", ["speaker"]), ("Yuki Tanaka", ["speaker"])],
    ),
    (
        "1. Opening Remarks by Mr. Olu Adebayo, Under-Secretary-General\n"
        "2. Keynote Speech by Dr. Mina Park, Rector",
        [
            (
                "opening_remarks",
                None,
                "Opening Remarks",
                0,
                62,
                True,
                [("Olu Adebayo", "opening_remarks")],
            ),
            ("keynote", None, "Keynote Speech", 63, 105, True, [("Mina Park", "keynote_speaker")]),
        ],
        [("Olu Adebayo", ["opening_remarks"]), ("Mina Park", ["keynote_speaker"])],
    ),
    (
        "10:00–10:15 Welcome remarks — Ms. Ada Fox\n10:15-11:30 Panel Discussion\n"
        "Panelists: Mr. Jan Wirth, Ms. Sol Rivera",
        [
            (
                "opening_remarks",
                None,
                "Welcome remarks",
                0,
                41,
                True,
                [("Ada Fox", "opening_remarks")],
            ),
            (
                "panel",
                None,
                "Panel Discussion",
                42,
                70,
                True,
                [("Jan Wirth", "panelist"), ("Sol Rivera", "panelist")],
            ),
        ],
        [
            ("Ada Fox", ["opening_remarks"]),
            ("Jan Wirth", ["panelist"]),
            ("Sol Rivera", ["panelist"]),
        ],
    ),
    (
        "Panel 1\nModerator: Mr. Hugo Brandt, Chief",
        [("panel", "Panel 1", None, 0, 7, True, [("Hugo Brandt", "moderator")])],
        [("Hugo Brandt", ["moderator"])],
    ),
    (
        'Session 1: Keynote Speech "Lessons Learned"\nSpeaker: Dr. Amara Obi, Director\n'
        "Moderator: Ms. Lea Roth",
        [
            (
                "keynote",
                "Session 1",
                "Lessons Learned",
                0,
                43,
                True,
                [("Amara Obi", "keynote_speaker"), ("Lea Roth", "moderator")],
            )
        ],
        [("Amara Obi", ["keynote_speaker"]), ("Lea Roth", ["moderator"])],
    ),
    (
        "Opening Remarks:\nMr. Tomas BRENNER, Deputy Minister of Defence\n\n"
        "Closing Remarks:\nMs. Clara Voss, Ambassador",
        [
            (
                "opening_remarks",
                None,
                "Opening Remarks",
                0,
                16,
                True,
                [("Tomas Brenner", "opening_remarks")],
            ),
            (
                "closing_remarks",
                None,
                "Closing Remarks",
                64,
                80,
                True,
                [("Clara Voss", "closing_remarks")],
            ),
        ],
        [("Tomas Brenner", ["opening_remarks"]), ("Clara Voss", ["closing_remarks"])],
    ),
    (
        "Ms. Hana Novak, Keynote Address\nDeputy Secretary of State\n\n"
        "Mr. Ivo Petrov, Panelist\nMs. Una Bright, Moderator",
        [
            ("keynote", None, "Keynote Address", 0, 31, True, [("Hana Novak", "keynote_speaker")]),
            (
                "panel",
                None,
                None,
                59,
                83,
                True,
                [("Ivo Petrov", "panelist"), ("Una Bright", "moderator")],
            ),
        ],
        [
            ("Hana Novak", ["keynote_speaker"]),
            ("Ivo Petrov", ["panelist"]),
            ("Una Bright", ["moderator"]),
        ],
    ),
    (
        "Ms. Noa Segal moderated the “Women and Mandates” panel discussion with Mr. Omar "
        "Haddad and Ms. Rina Cole.",
        [
            (
                "panel",
                None,
                "Women and Mandates",
                28,
                65,
                False,
                [
                    ("Noa Segal", "moderator"),
                    ("Omar Haddad", "panelist"),
                    ("Rina Cole", "panelist"),
                ],
            )
        ],
        [("Noa Segal", ["moderator"]), ("Omar Haddad", ["panelist"]), ("Rina Cole", ["panelist"])],
    ),
    (
        "Participants then joined a dialogue session led by Mr. Bo Strand, Senior Officer.",
        [("other", None, "dialogue session", 27, 43, False, [("Bo Strand", "speaker")])],
        [("Bo Strand", ["speaker"])],
    ),
    (
        "Keynote Speech\nSpeaker: Ms. Tara Quinn, Director\n\n"
        "Ms. Tara Quinn delivered the keynote address on reform.",
        [("keynote", None, "Keynote Speech", 0, 14, True, [("Tara Quinn", "keynote_speaker")])],
        [("Tara Quinn", ["keynote_speaker"])],
    ),
    (
        "The symposium was chaired by Ms. Rita Kahn. Closing remarks were delivered by Mr. "
        "Leo Stone, Director.",
        [("closing_remarks", None, None, 44, 59, False, [("Leo Stone", "closing_remarks")])],
        [("Rita Kahn", ["chair"]), ("Leo Stone", ["closing_remarks"])],
    ),
    (
        "Dr. Mei Lin gave a presentation on rations. Mr. Kai Lind said the talks went well.",
        [],
        [("Mei Lin", ["presenter"]), ("Kai Lind", ["speaker"])],
    ),
]
IDS = [
    "numbered-sessions-with-bullets",
    "numbered-remarks-by",
    "timed-lines-and-dash",
    "panel-label-only",
    "session-keynote-role-lines",
    "label-headers-name-next-line",
    "speaker-list-lines",
    "prose-quoted-panel",
    "prose-dialogue-session",
    "program-and-prose-merge",
    "prose-chaired-closing",
    "prose-cues-no-items",
]


@pytest.mark.parametrize(("text", "items", "roles"), CASES, ids=IDS)
def test_agenda_items_and_roles(
    nlp: Language, text: str, items: list[tuple], roles: list[tuple]
) -> None:
    """Items (kind, label, title, offsets, source, members) and each person's roles, exactly."""
    got_items, got_roles = _agenda(nlp, text)
    assert got_items == items
    assert got_roles == roles


def test_session_title_keeps_words_around_inner_label(nlp: Language) -> None:
    """ "Session 2: Roundtable on Logistics" is a panel titled as written, not "on Logistics"."""
    items, _ = _agenda(
        nlp, "Session 2: Roundtable on Logistics\nChair: Ms. Ines Moreau, Head of Unit"
    )
    assert items == [
        ("panel", "Session 2", "Roundtable on Logistics", 0, 34, True, [("Ines Moreau", "chair")])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Session discussed mandates at length and agreed on three points for the future.",
        "Opening the meeting was a long and difficult task for everyone involved in the work.",
        "Session 3",
    ],
    ids=["session-word-in-prose", "opening-word-in-prose", "session-label-without-people"],
)
def test_no_items_without_program_or_cue(nlp: Language, text: str) -> None:
    """Label words in prose are not headers; a bare session label is an item only in a program."""
    items, _ = _agenda(nlp, text)
    assert [(k, lb, t) for k, lb, t, *_ in items] == (
        [("session", "Session 3", None)] if text == "Session 3" else []
    )


def _person(raw: str, start: int) -> PersonDraft:
    return PersonDraft([Mention(start, start + len(raw), raw)])


def test_merge_keeps_program_order_and_absorbs_prose_twins() -> None:
    """A prose item describing a program item merges into it (title/label filled);
    single-kind program items appearing twice become one; other prose items follow."""
    a, b, c = _person("Ana Sol", 10), _person("Ben Ode", 50), _person("Cy Ray", 90)
    opening = ItemDraft(
        "opening_remarks", None, "Opening Remarks", 0, 5, members=[(a, "opening_remarks", 10)]
    )
    opening2 = ItemDraft(
        "opening_remarks", None, "Opening", 30, 35, members=[(b, "opening_remarks", 50)]
    )
    session = ItemDraft("session", "Session 1", None, 40, 45, members=[(b, "speaker", 50)])
    prose_same = ItemDraft(
        "panel",
        "Session 1",
        "Peace by Design",
        60,
        70,
        from_program=False,
        members=[(c, "speaker", 90)],
    )
    prose_new = ItemDraft(
        "report", None, "Field Notes", 80, 85, from_program=False, members=[(c, "presenter", 90)]
    )
    prose_empty = ItemDraft("keynote", None, None, 95, 99, from_program=False)
    program = AgendaResult([opening, opening2, session], [(a, "opening_remarks", 10, opening2)])
    prose = AgendaResult([prose_same, prose_new, prose_empty], [(c, "presenter", 90, prose_same)])
    merged = merge_agenda(program, prose)
    assert merged.items == [opening, session, prose_new]
    assert (session.kind, session.label, session.title) == ("panel", "Session 1", "Peace by Design")
    # prose members who are not in a program item with known members are not added
    assert [(p.name, r) for p, r, _ in session.members] == [("Ben Ode", "speaker")]
    assert [(p.name, r) for p, r, _ in opening.members] == [
        ("Ana Sol", "opening_remarks"),
        ("Ben Ode", "opening_remarks"),
    ]
    assert [item for _, _, _, item in merged.roles] == [opening, session]


def test_timetable_rows_are_items_but_breaks_are_not(nlp: Language) -> None:
    """Three or more timed rows make a timetable: each row is an item, meals and breaks are not."""
    text = (
        "09:00  Welcome remarks — Ms. Lina Okafor, Director\n"
        "09:30  Protection mandates in practice\n"
        "10:45  Coffee break\n"
        "11:00  Financing transitions\n"
    )
    assert agenda_items(nlp, text) == [
        ("opening_remarks", "Welcome remarks", [("Lina Okafor", "opening_remarks")]),
        ("session", "Protection mandates in practice", []),
        ("session", "Financing transitions", []),
    ]


def test_two_timed_lines_are_not_a_timetable(nlp: Language) -> None:
    """Fewer than three timed rows are not read as a programme."""
    text = "10:00 The doors open to the public\n11:00 The exhibition closes\n"
    assert agenda_items(nlp, text) == []


def test_minutes_headings_are_items_with_the_people_of_their_section(nlp: Language) -> None:
    """'3. Title' followed by '3.1 ...' is a minutes heading; people given a role in its
    paragraphs take part in it."""
    text = (
        "1. Opening of the meeting\n"
        "1.1 The Chair welcomed the delegations.\n"
        "2. Medical evacuation\n"
        "2.1 Dr. Ivo Marin briefed the meeting on flight times.\n"
        "2.2 Ms. Ada Lind commented on night flying.\n"
        "3. Any other business\n"
        "3.1 None was raised.\n"
    )
    assert agenda_items(nlp, text) == [
        ("opening_remarks", "Opening of the meeting", []),
        (
            "session",
            "Medical evacuation",
            [("Ivo Marin", "presenter"), ("Ada Lind", "commentator")],
        ),
        ("other", "Any other business", []),
    ]


def test_roles_written_in_program_lines_and_parentheses(nlp: Language) -> None:
    """'panel chaired by X' and lower-case inline labels inside a program line, and a role in
    parentheses after a name, give those roles."""
    text = (
        "3. Session A: Transitions – presenter: Ms. Lea Voss, Analyst; "
        "discussant: Dr. Omar Haddad, Lecturer\n"
        "4. Session B: Lessons – panel chaired by Mr. Ivo Petrov, Director, "
        "with Ms. Ana Lima (Forum)\n"
        "\n"
        "Members present: Hon. Kofi Mensah, MP (Chairman); Hon. Ama Owusu, MP.\n"
    )
    _event, persons, agenda = parse_text(read_layout(text), recognize(nlp(text)), default_rules())
    assert [(it.label, [(p.name, r) for p, r, _ in it.members]) for it in agenda.items] == [
        ("Session A", [("Lea Voss", "presenter"), ("Omar Haddad", "commentator")]),
        ("Session B", [("Ivo Petrov", "chair"), ("Ana Lima", "panelist")]),
    ]
    roles = {p.name: p.roles for p in persons}
    assert (roles["Kofi Mensah"], roles["Ama Owusu"]) == (["chair"], ["participant"])


def test_parts_named_in_prose_with_nobody_and_two_titled_sessions_one_speaker(
    nlp: Language,
) -> None:
    """A named part with no person in its sentence is still an item; two sessions with
    different titles stay two items even when one person spoke at both."""
    text = (
        "Mr. Omar Lind spoke twice, once at the session on the Future of Mandates and once at "
        "the session marking the fifth anniversary of the Forum. Later the chair held a "
        "dialogue session with the delegations.\n"
    )
    assert agenda_items(nlp, text) == [
        ("session", "Future of Mandates", [("Omar Lind", "speaker")]),
        ("session", "fifth anniversary of the Forum", [("Omar Lind", "speaker")]),
        ("other", "dialogue session", []),
    ]


def test_first_person_post_counted_roles_and_by_a_medium(nlp: Language) -> None:
    """The 'I' of a post signed 'By X' takes the role of its verb; 'three panellists' gives
    that role to the next three people; 'by video link' is not a passive agent."""
    text = (
        "By Ana Ruiz-Pardo, Programme Lead | 2 May 2022\n"
        "\n"
        "Last week I had the honour of moderating our panel at the Lisbon forum. "
        "We had three panellists. Dr. Ivo Marin spoke about camps. "
        "Ms. Lea Voss presented a survey, and Mr. Tom Berg described patrols. "
        "Mr. Kofi Osei, Senior Adviser, delivered the keynote address by video link.\n"
    )
    _event, persons, _agenda = parse_text(read_layout(text), recognize(nlp(text)), default_rules())
    assert [(p.name, p.roles) for p in persons] == [
        ("Ana Ruiz-Pardo", ["moderator"]),
        ("Ivo Marin", ["panelist"]),
        ("Lea Voss", ["panelist"]),
        ("Tom Berg", ["panelist"]),
        ("Kofi Osei", ["keynote_speaker"]),
    ]


def test_opening_participle_and_panel_carried_to_the_next_sentence(nlp: Language) -> None:
    """'Opening the forum, the <long title>, Ms. X, said' gives X the opening; a panel named in
    one sentence frames the generic verbs of the next one."""
    text = (
        "Opening the forum, the Deputy Special Representative of the Secretary-General for the "
        "Region, Ms. Hawa Diallo, said that committees matter. A panel discussion followed, "
        "moderated by Ms. Ana Lind. Dr. Musa Hassan argued that plans were unfunded; "
        "Ms. Eva Berg presented a survey.\n"
    )
    _event, persons, _agenda = parse_text(read_layout(text), recognize(nlp(text)), default_rules())
    assert [(p.name, p.roles) for p in persons] == [
        ("Hawa Diallo", ["opening_remarks"]),
        ("Ana Lind", ["moderator"]),
        ("Musa Hassan", ["panelist"]),
        ("Eva Berg", ["panelist"]),
    ]


def test_meeting_coverage_reporting_verbs_and_objects(nlp: Language) -> None:
    """Delegates who 'thanked', 'pointed out' or 'drew attention' spoke; a person after a
    transitive verb with nobody before it is its object, not a speaker; an inverted verb
    after a comma takes the person after it."""
    text = (
        "Ms. Lina Haugen (Norway) thanked delegates for their flexibility. "
        "Mr. Omar Sefu (Kenya) drew attention to the budget. "
        "Delegates praised Mr. Ivan Petrov for his work. "
        "“We must act now,” said Ms. Ada Obi.\n"
    )
    assert person_roles(nlp, text) == [
        ("Lina Haugen", ["speaker"]),
        ("Omar Sefu", ["speaker"]),
        ("Ivan Petrov", ["mentioned"]),
        ("Ada Obi", ["speaker"]),
    ]


def test_speaker_is_dropped_when_another_role_says_how_the_person_spoke(
    nlp: Language,
) -> None:
    """'opened the meeting' and 'said' of one person: opening remarks only."""
    text = (
        "Mr. Kwame Mensah opened the meeting. Mensah said that the region needs peace. "
        "Ms. Rosa Lima gave a presentation on patrols and stressed the cost.\n"
    )
    assert person_roles(nlp, text) == [
        ("Kwame Mensah", ["opening_remarks"]),
        ("Rosa Lima", ["presenter"]),
    ]


def test_chair_who_spoke_and_joint_subject_of_an_opening(nlp: Language) -> None:
    """A chair who also made a statement is chair and speaker; a person joined to the
    subject of an opening ("together with") opened it too, even when a relative clause
    about them holds a plain reporting verb ("who spoke on behalf of ...")."""
    text = (
        "Speaking as Chairman, Mr. Tariq Nasser observed that the debate had been long.\n"
        "The Minister, Ms. Edda Holm, opened the conference together with the Director of "
        "the Institute, Mr. Karl Bauer, who spoke on behalf of the Board.\n"
    )
    assert person_roles(nlp, text) == [
        ("Tariq Nasser", ["chair", "speaker"]),
        ("Edda Holm", ["opening_remarks"]),
        ("Karl Bauer", ["opening_remarks"]),
    ]


def test_list_label_agent_of_a_passive_and_joint_subject(nlp: Language) -> None:
    """'X (Peru), Chairman;' makes X the chair (not 'Rapporteur'); the agent of a passive is
    not the subject of the next verb; 'together with' joins a second subject; 'received by
    the Minister, Y' reaches Y."""
    text = (
        "The Committee elected its officers: Mr. Pablo Ortiz (Peru), Chairman; and "
        "Ms. Mia Lund (Sweden), Rapporteur.\n"
        "Ms. Aiko Mori, introduced by Professor Ken Sato, went on to give a keynote address.\n"
        "The Vice-President, Mr. Kofi Addo, opened the plenary together with the "
        "Under-Secretary-General, Ms. Rita Hahn.\n"
        "After a call on Colonel Ali Traore, he was received by the Minister of Defence, "
        "General Amadou Keita.\n"
    )
    assert person_roles(nlp, text) == [
        ("Pablo Ortiz", ["chair"]),
        ("Mia Lund", ["participant"]),
        ("Aiko Mori", ["keynote_speaker"]),
        ("Ken Sato", ["speaker"]),
        ("Kofi Addo", ["opening_remarks"]),
        ("Rita Hahn", ["opening_remarks"]),
        ("Ali Traore", ["mentioned"]),
        ("Amadou Keita", ["participant"]),
    ]


def test_inverted_subject_after_a_copula_and_a_presiding_title(nlp: Language) -> None:
    """'Joining Mr. X at the briefing were A; and B' gives A and B the role; 'Chair Y' before
    a name makes Y the chair, and a chair who also spoke keeps both roles."""
    text = (
        "Joining Mr. Omar Bello at the briefing were General Tomas Ruiz, Force Commander; "
        "and General Ines Vogel, Police Adviser.\n"
        "Chair Dr. Nadia Sow thanked the guests.\n"
    )
    assert person_roles(nlp, text) == [
        ("Omar Bello", ["mentioned"]),
        ("Tomas Ruiz", ["presenter"]),
        ("Ines Vogel", ["presenter"]),
        ("Nadia Sow", ["chair", "speaker"]),
    ]


def test_guests_prize_winners_book_launch_and_discussant(nlp: Language) -> None:
    """Guests and prize winners were present; a book launch is a presentation; a discussant
    is a commentator."""
    text = (
        "Guests at the ceremony included Ms. Rosa Pinto, Mayor of the town. "
        "The prize for best student went to Capt. Lena Holm. "
        "Dr. Yara Nasser launched her book on mediation. "
        "Mr. Ivo Kral acted as discussant.\n"
    )
    assert person_roles(nlp, text) == [
        ("Rosa Pinto", ["participant"]),
        ("Lena Holm", ["participant"]),
        ("Yara Nasser", ["presenter"]),
        ("Ivo Kral", ["commentator"]),
    ]


def test_video_messages_and_separate_speeches_are_addresses(nlp: Language) -> None:
    """A video message and 'in separate speeches' make one address item per speaker."""
    text = (
        "A video message from Secretary-General Dr. Ana Silva followed. "
        "In separate speeches, Mr. Tom Reed and Ms. Eva Moss praised the troops.\n"
    )
    items, roles = _agenda(nlp, text)
    assert [(kind, members) for kind, _l, _t, _s, _e, _p, members in items] == [
        ("address", [("Ana Silva", "speaker")]),
        ("address", [("Tom Reed", "speaker")]),
        ("address", [("Eva Moss", "speaker")]),
    ]
    assert roles == [
        ("Ana Silva", ["speaker"]),
        ("Tom Reed", ["speaker"]),
        ("Eva Moss", ["speaker"]),
    ]


def test_photo_credit_is_not_framed_and_pictured_with_panellists(nlp: Language) -> None:
    """'X with the panellists' in a caption does not make X a panellist, nor does the panel
    frame reach the photo credit of the next sentence."""
    text = (
        "Ms. Ama Boateng opened the seminar.\n"
        "[Photo: Ms. Ama Boateng (centre) with the panellists. Credit: Ministry / Kojo Mensah]\n"
    )
    assert person_roles(nlp, text) == [
        ("Ama Boateng", ["opening_remarks"]),
        ("Kojo Mensah", ["mentioned"]),
    ]


def test_agent_right_after_a_by_cue_wins_over_a_noun_cue(nlp: Language) -> None:
    """'The opening session was chaired by X': X chaired it."""
    text = "The opening session was chaired by Mr. Ivo Lund, Chair of the Board.\n"
    assert person_roles(nlp, text) == [("Ivo Lund", ["chair"])]


def test_remarks_and_briefing_from_a_named_person(nlp: Language) -> None:
    """'remarks by X' -> speaker; 'a briefing from Y' -> presenter."""
    text = (
        "The day began with remarks by Dr. Sara Quist. "
        "Delegates then heard a briefing from Col. Piet Smit.\n"
    )
    assert person_roles(nlp, text) == [("Sara Quist", ["speaker"]), ("Piet Smit", ["presenter"])]


# --------------------------------------------------------------------------------------
# Programme layouts (agenda_program.py): timetables, role headings, talk rows
# --------------------------------------------------------------------------------------


def _program(nlp: Language, text: str) -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    """(kind, title, [(name, role)]) of each item."""
    return [(k, title, people) for k, _label, title, *_rest, people in _agenda(nlp, text)[0]]


def test_timetable_row_runs_over_its_description_to_the_next_row(nlp: Language) -> None:
    text = (
        "Workshop Schedule\n\n"
        "1:00 p.m. Opening address\n"
        "1:30 p.m. Session A: Rules of Engagement\n"
        "Field officers and lawyers will compare how the rules are taught to units today.\n\n"
        "Moderator: Dr. Hana Obuya\n"
        "  • Colonel Tomas Rieder: “Teaching the Rules in Pre-Deployment Courses”\n"
        "  • Ms. Lucia Ferreyra: “What Commanders Ask Lawyers”\n"
        "6:30 p.m. Workshop dinner (by invitation)\n"
        "8:00 a.m. Breakfast Briefing on Casualty Data\n"
        "  • Mr. Idris Kamaru: “Counting Casualties in the Field”\n"
    )
    assert _program(nlp, text) == [
        ("opening_remarks", "Opening address", []),
        (
            "session",
            "Rules of Engagement",
            [
                ("Hana Obuya", "moderator"),
                ("Tomas Rieder", "presenter"),
                ("Lucia Ferreyra", "presenter"),
            ],
        ),
        ("report", "Breakfast Briefing on Casualty Data", [("Idris Kamaru", "presenter")]),
    ]


def test_french_timetable_with_section_headings_and_inline_labels(nlp: Language) -> None:
    text = (
        "Programme\n\n"
        "OUVERTURE\n\n"
        "8h30 à 9h00 : Accueil et discours de bienvenue\n\n"
        "Général Marc Duvalier\n"
        ", Directeur du Centre\n\n"
        "9h00-9h30 : Remarques introductives Mme Claire Fontenay, Directrice\n\n"
        "LES MANDATS\n\n"
        "9h30 à 11h00 : Protection des civils et usage de la force\n\n"
        "Président : M. Paul Garnier, Député. Introduction : Colonel Luc Berthier, conseiller.\n\n"
        "Intervenants :\n\n"
        "- Général Henri Masson, Chef du Bureau militaire.\n"
        "La doctrine de protection des civils dans les opérations de paix\n"
        "11h00 à 11h15 : Pause café\n"
    )
    assert _program(nlp, text) == [
        (
            "opening_remarks",
            "Accueil et discours de bienvenue",
            [("Marc Duvalier", "opening_remarks")],
        ),
        ("other", "Remarques introductives", [("Claire Fontenay", "speaker")]),
        (
            "session",
            "Protection des civils et usage de la force",
            [
                ("Paul Garnier", "chair"),
                ("Luc Berthier", "speaker"),
                ("Henri Masson", "presenter"),
            ],
        ),
    ]


def test_row_naming_its_speaker_takes_its_title_from_the_next_line(nlp: Language) -> None:
    text = (
        "09.00 Registration and Coffee\n"
        "09.30 Dr Miriam Vassallo (Director of the Centre)\n"
        "Welcome and opening address: Lessons of a Century\n"
        "10.00 Peace Movements Then and Now\n"
        "Dr Eamon Keating (City University)\n"
        "Pacifism and Nationalism before the War\n"
        "11.00 Coffee Break\n"
    )
    assert _program(nlp, text) == [
        (
            "opening_remarks",
            "Welcome and opening address: Lessons of a Century",
            [("Miriam Vassallo", "opening_remarks")],
        ),
        ("session", "Peace Movements Then and Now", [("Eamon Keating", "presenter")]),
    ]


def test_transcript_timestamps_are_not_programme_rows(nlp: Language) -> None:
    text = (
        "00:00  Welcome\n"
        "05:10  Mandates under strain\n"
        "20:30  Questions\n\n"
        '[00:05:10] Ms. Dana Holt, Senior Fellow: "Every mandate renewal is a negotiation '
        'about money first and about protection second, and everybody knows it."\n'
    )
    items = _program(nlp, text)
    assert [title for _k, title, _p in items] == ["Welcome", "Mandates under strain", "Questions"]


def test_two_day_schedule_in_military_time_with_role_headings(nlp: Language) -> None:
    text = (
        "PROGRAMME\n\n"
        "Day 1 – Tuesday, 14 March 2017\n\n"
        "0900 – 0930  Registration\n"
        "0930 – 1000  Opening Remarks – Brigadier General Samuel Otieno, Commandant\n"
        "1130 – 1300  Panel 1: Protection of Civilians in Practice\n"
        "Chair: Colonel Mary Wanjiku\n"
        "Panelists:\n"
        "Dr. Peter Mwangi\n"
        "Senior Lecturer, University of Nairobi\n"
        "Ms. Fatou Diallo\n"
        "1300 – 1400  Lunch\n\n"
        "Day 2 – Wednesday, 15 March 2017\n\n"
        "0900 – 1030  Session 2: Logistics and Mission Support\n"
        "Speakers:\n"
        "Mr. Jonas Berg, Chief of Supply Chain\n"
        "1030 – 1100  Closing Remarks – Major General Joseph Kamau\n"
    )
    items = [(k, label, title, people) for k, label, title, *_r, people in _agenda(nlp, text)[0]]
    assert items == [
        ("opening_remarks", None, "Opening Remarks", [("Samuel Otieno", "opening_remarks")]),
        (
            "panel",
            "Panel 1",
            "Protection of Civilians in Practice",
            [("Mary Wanjiku", "chair"), ("Peter Mwangi", "panelist"), ("Fatou Diallo", "panelist")],
        ),
        ("session", "Session 2", "Logistics and Mission Support", [("Jonas Berg", "speaker")]),
        ("closing_remarks", None, "Closing Remarks", [("Joseph Kamau", "closing_remarks")]),
    ]


def test_numbered_programme_with_speakers_after_dashes(nlp: Language) -> None:
    text = (
        "Agenda\n\n"
        "1. Welcome and Introduction – Dr. Helen Osei, Director, Centre for Conflict Studies\n"
        "2. The Future of UN Peacekeeping – Mr. Daniel Reyes, Senior Fellow\n"
        "3. Regional Perspectives\n"
        "   Moderator: Prof. Amina Yusuf\n"
        "   Discussant: Dr. Karl Jensen\n"
        "4. Questions and Answers\n"
        "5. Closing Remarks – Dr. Helen Osei\n"
    )
    assert _program(nlp, text) == [
        ("opening_remarks", "Welcome and Introduction", [("Helen Osei", "opening_remarks")]),
        ("session", "The Future of UN Peacekeeping", [("Daniel Reyes", "speaker")]),
        (
            "session",
            "Regional Perspectives",
            [("Amina Yusuf", "moderator"), ("Karl Jensen", "commentator")],
        ),
        ("other", "Questions and Answers", []),
        ("closing_remarks", "Closing Remarks", [("Helen Osei", "closing_remarks")]),
    ]


def test_numbered_recommendations_are_not_a_programme(nlp: Language) -> None:
    text = (
        "The seminar made three recommendations.\n"
        "1. Member states should train units before they deploy to a mission.\n"
        "2. Missions should share early-warning data with host communities.\n"
        "3. Mr. Omar Haddad asked that lessons be recorded after each rotation.\n"
    )
    assert _program(nlp, text) == []


def test_role_label_line_under_a_row_is_not_a_new_item(nlp: Language) -> None:
    text = (
        "10:00 a.m. Welcome\n"
        "11:30 a.m. Roundtable discussion\n"
        "Moderator: Dr. Thomas Keller\n"
        "12:30 p.m. Lunch\n"
        "2:00 p.m. Presentation of the report\n"
        "Introduction: Ambassador Laura Méndez\n"
    )
    assert _program(nlp, text) == [
        ("opening_remarks", "Welcome", []),
        ("panel", "Roundtable discussion", [("Thomas Keller", "moderator")]),
        ("report", "Presentation of the report", [("Laura Méndez", "presenter")]),
    ]


def test_bulleted_programme_of_titles_and_speakers(nlp: Language) -> None:
    text = (
        "Programme\n\n"
        "• Opening remarks – Ambassador Sofia Marquez, Permanent Representative of Chile\n"
        "• Protecting civilians in the Sahel – Dr. Ibrahim Toure, Senior Fellow\n"
        "• Gender and peacekeeping – Ms. Anna Kowalska, Gender Adviser\n"
        "• Closing remarks – Mr. Lars Nilsson, Chair of the Board\n"
    )
    assert _program(nlp, text) == [
        ("opening_remarks", "Opening remarks", [("Sofia Marquez", "opening_remarks")]),
        ("session", "Protecting civilians in the Sahel", [("Ibrahim Toure", "speaker")]),
        ("session", "Gender and peacekeeping", [("Anna Kowalska", "speaker")]),
        ("closing_remarks", "Closing remarks", [("Lars Nilsson", "closing_remarks")]),
    ]


def test_bulleted_list_of_people_is_not_a_programme(nlp: Language) -> None:
    text = (
        "Participants\n\n"
        "• Dr. Ibrahim Toure, Senior Fellow\n"
        "• Ms. Anna Kowalska, Gender Adviser\n"
        "• Mr. Lars Nilsson, Chair of the Board\n"
    )
    assert _program(nlp, text) == []


def test_role_heading_without_colon_gives_its_role_outside_items(nlp: Language) -> None:
    text = (
        "Launch of the Annual Review\n\n"
        "The Centre launched its annual review on 4 May 2019 in Oslo.\n\n"
        "Speakers\n\n"
        "Ms. Ingrid Halvorsen\n"
        "State Secretary, Ministry of Foreign Affairs\n\n"
        "Moderator\n\n"
        "Mr. Erik Dahl, Senior Researcher\n"
    )
    items, people = _agenda(nlp, text)
    assert items == []
    assert people == [("Ingrid Halvorsen", ["speaker"]), ("Erik Dahl", ["moderator"])]


def test_speakers_list_leaves_people_the_sentences_name_to_them(nlp: Language) -> None:
    text = (
        "Ms. Ingrid Halvorsen opened the launch and thanked the partners of the Centre.\n\n"
        "Speakers:\n\n"
        "Ingrid Halvorsen\n"
        "State Secretary, Ministry of Foreign Affairs\n"
        "Dr. Kwame Mensah\n"
    )
    _items, people = _agenda(nlp, text)
    assert dict(people)["Kwame Mensah"] == ["speaker"]
    assert "speaker" not in dict(people)["Ingrid Halvorsen"]


def test_table_row_label_with_a_title_after_its_colon(nlp: Language) -> None:
    text = (
        "| Time | Session | Speakers |\n"
        "|------|---------|----------|\n"
        "| 09:00 | Welcome remarks | Dr. Maria Santos |\n"
        "| 09:30 | Panel: Mandates and Money | Mr. John Park; Ms. Aisha Bello |\n"
        "| 11:00 | Coffee break | |\n"
        "| 11:30 | Keynote address | Gen. Pedro Alvarez |\n"
    )
    assert _program(nlp, text) == [
        ("opening_remarks", "Welcome remarks", [("Maria Santos", "opening_remarks")]),
        ("panel", "Mandates and Money", [("John Park", "panelist"), ("Aisha Bello", "panelist")]),
        ("keynote", "Keynote address", [("Pedro Alvarez", "keynote_speaker")]),
    ]


def test_name_line_takes_the_affiliation_line_under_it(nlp: Language) -> None:
    text = (
        "Speakers\n\n"
        "Ms. Ingrid Halvorsen\n"
        "State Secretary, Ministry of Foreign Affairs\n\n"
        "Dr. Kwame Mensah (online)\n"
        "Director, Africa Peace Institute\n"
    )
    layout = read_layout(text)
    _event, persons, _agenda = parse_text(layout, recognize(nlp(text)), default_rules())
    got = [(p.name, p.mentions[0].positions, p.mentions[0].organizations) for p in persons]
    assert got == [
        ("Ingrid Halvorsen", ["State Secretary"], ["Ministry of Foreign Affairs"]),
        ("Kwame Mensah", ["Director"], ["Africa Peace Institute"]),
    ]


def test_time_alone_over_its_row_and_talks_after_dashes(nlp: Language) -> None:
    text = (
        "Conference programme\n\n"
        "09:00 – 09:30\n"
        "Opening remarks\n"
        "Ambassador Claire Dupont, Permanent Representative of France\n\n"
        "09:30 – 11:00\n"
        "Civilian protection under pressure\n"
        "Chair: Dr. Yusuf Okello\n"
        "Ms. Rebecca Lindqvist – Why mandates fail\n"
        "Mr. Oluwaseun Adeyemi – Lessons from the Sahel\n\n"
        "11:00 – 11:30\n"
        "Coffee break\n\n"
        "11:30 – 12:30\n"
        "Closing session\n"
        "Mr. Henrik Larsen, Director\n"
    )
    assert _program(nlp, text) == [
        ("opening_remarks", "Opening remarks", [("Claire Dupont", "opening_remarks")]),
        (
            "session",
            "Civilian protection under pressure",
            [
                ("Yusuf Okello", "chair"),
                ("Rebecca Lindqvist", "presenter"),
                ("Oluwaseun Adeyemi", "presenter"),
            ],
        ),
        ("closing_remarks", "Closing session", [("Henrik Larsen", "closing_remarks")]),
    ]


def test_markdown_headings_and_tab_separated_rows(nlp: Language) -> None:
    markdown = (
        "## Programme\n\n"
        "### Panel 2: Data for Protection\n"
        "- **Chair:** Prof. Jorge Ruiz\n"
        "- Ms. Mei Tanaka, Data Officer, OCHA\n\n"
        "### Closing Remarks\n"
        "Ambassador Nils Berg\n"
    )
    assert _program(nlp, markdown) == [
        ("panel", "Data for Protection", [("Jorge Ruiz", "chair"), ("Mei Tanaka", "panelist")]),
        ("closing_remarks", "Closing Remarks", [("Nils Berg", "closing_remarks")]),
    ]
    tabs = (
        "Time\tItem\tSpeaker\n"
        "09:00\tOpening remarks\tDr. Maria Santos\n"
        "09:30\tFinancing peace operations\tMr. John Park, Adviser\n"
        "10:30\tLunch\t\n"
    )
    assert _program(nlp, tabs) == [
        ("opening_remarks", "Opening remarks", [("Maria Santos", "opening_remarks")]),
        ("session", "Financing peace operations", [("John Park", "speaker")]),
    ]


def test_timed_role_lines_and_role_notes_in_titles(nlp: Language) -> None:
    text = (
        "DAY ONE\n\n"
        "10:00 Session 3: Regional Partnerships (Chair: Ambassador Omar Saleh)\n"
        "Speakers: Dr. Anne Kim, Mr. Paulo Costa and Ms. Leila Haddad\n"
        "11:30 Modérateur / Moderator : Prof. Jean Martin\n"
        "12:00 Déjeuner / Lunch\n"
        "13:00 Keynote Speaker: General Ana Torres, Force Commander\n"
    )
    items = _program(nlp, text)
    assert items[0] == (
        "session",
        "Regional Partnerships",
        [
            ("Omar Saleh", "chair"),
            ("Anne Kim", "speaker"),
            ("Paulo Costa", "speaker"),
            ("Leila Haddad", "speaker"),
            ("Jean Martin", "moderator"),
        ],
    )
    assert [(k, people) for k, _t, people in items[1:]] == [
        ("keynote", [("Ana Torres", "keynote_speaker")])
    ]


def test_title_lines_over_role_lines_are_sessions(nlp: Language) -> None:
    text = (
        "Programme\n\n"
        "Opening Remarks: Ambassador Sofia Marquez\n\n"
        "Protecting civilians: what works\n"
        "Moderator: Dr. Lena Fischer\n"
        "Speakers: Mr. Kofi Asante; Ms. Priya Raman\n\n"
        "Lessons from mission transitions\n"
        "Chair: Prof. Jorge Ruiz\n"
        "Panelists:\n"
        "- Ms. Mei Tanaka, Data Officer\n"
        "- Mr. Ahmed Saleh, Adviser\n"
    )
    assert _program(nlp, text) == [
        ("opening_remarks", "Opening Remarks", [("Sofia Marquez", "opening_remarks")]),
        (
            "session",
            "Protecting civilians: what works",
            [("Lena Fischer", "moderator"), ("Kofi Asante", "speaker"), ("Priya Raman", "speaker")],
        ),
        (
            "session",
            "Lessons from mission transitions",
            [("Jorge Ruiz", "chair"), ("Mei Tanaka", "panelist"), ("Ahmed Saleh", "panelist")],
        ),
    ]


def test_one_title_over_a_moderator_line_is_not_a_programme(nlp: Language) -> None:
    text = (
        "Digital Tools for Early Warning\n"
        "Moderator: Dr. Lena Fischer\n\n"
        "The webinar looked at what has worked in missions and what safeguards are needed.\n"
    )
    assert _program(nlp, text) == []


def test_french_and_spanish_role_labels_under_rows(nlp: Language) -> None:
    text = (
        "14h00 à 15h30 : Table ronde sur la protection des civils\n"
        "Animatrice : Mme Claire Fontenay\n"
        "15h30 à 16h00 : Pause\n"
        "16h00 à 17h00 : Perspectivas regionales\n"
        "Moderador: Dr. Jorge Ruiz\n"
    )
    assert _program(nlp, text) == [
        (
            "panel",
            "Table ronde sur la protection des civils",
            [("Claire Fontenay", "moderator")],
        ),
        ("session", "Perspectivas regionales", [("Jorge Ruiz", "moderator")]),
    ]


# --- Programme layouts, round 2 ---------------------------------------------------------


def test_name_lines_under_a_speakers_label_are_speakers_not_presenters(nlp: Language) -> None:
    text = (
        "Session 1: The future of peace operations\n"
        "Speakers:\n"
        "Dr. Nadia Rahman\n"
        "Gen. Oluwaseun Adebayo\n"
        "\n"
        "Session 2: Women in peacekeeping\n"
        "Speakers:\n"
        "Ms. Clara Jensen\n"
        "Maj. Rita Okafor\n"
    )
    assert _program(nlp, text) == [
        (
            "session",
            "The future of peace operations",
            [("Nadia Rahman", "speaker"), ("Oluwaseun Adebayo", "speaker")],
        ),
        (
            "session",
            "Women in peacekeeping",
            [("Clara Jensen", "speaker"), ("Rita Okafor", "speaker")],
        ),
    ]


def test_row_opening_with_a_welcome_is_the_opening_of_the_day(nlp: Language) -> None:
    text = (
        "Day 1 – 14 March\n\n"
        "09:00 – 09:30 Welcome and introduction\n"
        "Dr. Amara Koné, Director, Institute for Peace Studies\n\n"
        "09:30 – 11:00 Regional roundtable on mission transitions\n"
        "Chair: Prof. Lukas Berger\n\n"
        "11:00 – 11:30 Coffee break\n\n"
        "11:30 – 12:30 Closing and way forward\n"
        "Mr. Tomas Riedel\n"
    )
    assert _program(nlp, text) == [
        ("opening_remarks", "Welcome and introduction", [("Amara Koné", "opening_remarks")]),
        ("panel", "Regional roundtable on mission transitions", [("Lukas Berger", "chair")]),
        ("closing_remarks", "Closing and way forward", [("Tomas Riedel", "closing_remarks")]),
    ]


def test_ceremonies_and_vote_of_thanks_open_and_close_the_programme(nlp: Language) -> None:
    text = (
        "Day One\n\n"
        "Opening Ceremony\n"
        "H.E. Amb. Rosa Delgado\n\n"
        "Session I – Mandates and realities\n"
        "Chair: Prof. Henrik Lund\n\n"
        "Day Two\n\n"
        "Closing Ceremony\n"
        "Gen. Lars Eriksen\n"
    )
    assert _program(nlp, text) == [
        ("opening_remarks", "Opening Ceremony", [("Rosa Delgado", "opening_remarks")]),
        ("session", "Mandates and realities", [("Henrik Lund", "chair")]),
        ("closing_remarks", "Closing Ceremony", [("Lars Eriksen", "closing_remarks")]),
    ]
    text = (
        "Programme\n\n"
        "Keynote address – Amb. Peter Okoro\n"
        "Panel: Lessons from the field – moderated by Dr. Sara Nilsson\n"
        "Vote of thanks – Col. Ahmed Musa\n"
    )
    assert _program(nlp, text) == [
        ("keynote", "Keynote address", [("Peter Okoro", "keynote_speaker")]),
        ("panel", "Lessons from the field", [("Sara Nilsson", "moderator")]),
        ("closing_remarks", "Vote of thanks", [("Ahmed Musa", "closing_remarks")]),
    ]


def test_session_label_alone_takes_its_title_from_the_line_below(nlp: Language) -> None:
    text = (
        "Programme\n\n"
        "Session 1\n"
        "Peace operations and climate security\n"
        "Dr. Anna Kowalski, Stockholm Institute\n"
        "Mr. Diego Santos, Ministry of Defence\n\n"
        "Session 2\n"
        "Prof. Chen Jie, Peking University\n"
    )
    assert _program(nlp, text) == [
        (
            "session",
            "Peace operations and climate security",
            [("Anna Kowalski", "speaker"), ("Diego Santos", "speaker")],
        ),
        ("session", None, [("Chen Jie", "speaker")]),
    ]


def test_morning_and_afternoon_sessions_and_a_moderated_by_line(nlp: Language) -> None:
    text = (
        "Friday 3 June\n\n"
        "Morning session: Lessons from Mali\n"
        "Speakers: Col. Moussa Traoré and Dr. Claire Dubois\n\n"
        "Afternoon session: The way ahead\n"
        "Moderated by Prof. Yaw Asante\n"
    )
    assert _program(nlp, text) == [
        (
            "session",
            "Lessons from Mali",
            [("Moussa Traoré", "speaker"), ("Claire Dubois", "speaker")],
        ),
        ("session", "The way ahead", [("Yaw Asante", "moderator")]),
    ]


def test_people_joined_in_a_bullet_under_a_session_are_its_members(nlp: Language) -> None:
    text = (
        '(1) Session I "Mandates and Means"\n'
        "  • The session heard Dr. Nadia Rahman and Colonel Pedro Alves describe the mandate,"
        " and Ms. Clara Jensen asked about budgets.\n"
    )
    assert _program(nlp, text) == [
        (
            "session",
            "Mandates and Means",
            [("Nadia Rahman", "speaker"), ("Pedro Alves", "speaker")],
        ),
    ]


def test_role_in_parentheses_after_a_member_name(nlp: Language) -> None:
    text = (
        "PROGRAMME\n\n"
        "14:00 Opening\n"
        "Ambassador Karin Olsen\n\n"
        "14:15 Panel discussion: Financing peace operations\n"
        "Dr. Hugo Marsh (moderator)\n"
        "Ms. Nia Okeke\n\n"
        "15:45 Concluding remarks\n"
        "Mr. Ivo Hansen\n"
    )
    assert _program(nlp, text) == [
        ("opening_remarks", "Opening", [("Karin Olsen", "opening_remarks")]),
        (
            "panel",
            "Financing peace operations",
            [("Hugo Marsh", "moderator"), ("Nia Okeke", "panelist")],
        ),
        ("closing_remarks", "Concluding remarks", [("Ivo Hansen", "closing_remarks")]),
    ]


def test_bullet_label_naming_a_part_over_its_people_is_an_item(nlp: Language) -> None:
    text = (
        "Programme\n"
        "• Welcome remarks: H.E. Ms. Karin Olsen, Ambassador of Norway\n"
        "• Presentation of the study: Dr. Hugo Marsh and Ms. Nia Okeke\n"
    )
    assert _program(nlp, text) == [
        ("opening_remarks", "Welcome remarks", [("Karin Olsen", "opening_remarks")]),
        (
            "report",
            "Presentation of the study",
            [("Hugo Marsh", "presenter"), ("Nia Okeke", "presenter")],
        ),
    ]


def test_bullet_label_naming_a_part_without_a_person_is_no_item(nlp: Language) -> None:
    text = "Practical information\n• Address of the venue: 12 Harbour Street, Accra\n"
    assert _program(nlp, text) == []


# --------------------------------------------------------------------------------------
# Running text: reporting verbs that do not show a person spoke at the event (round 2)
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Ms. Lina Haugen said in 2019 that missions need more troops.",
        "“We must protect civilians, as Ms. Lina Haugen urged,” he said.",
        "He thanked Ms. Lina Haugen and urged the Council to act.",
        "Last month, Ms. Lina Haugen warned that the mission was at risk.",
        "The report by Ms. Lina Haugen recommended a new mandate.",
        "Ms. Lina Haugen was praised for her service.",
        "Participants were reminded that Ms. Lina Haugen had called for more troops.",
        "Col. Lina Haugen accepted the medal on behalf of the battalion.",
    ],
)
def test_reporting_verb_of_words_said_elsewhere_is_no_speaker(nlp: Language, sentence: str) -> None:
    """A past time, a quotation, a passive, a preposition or an earlier verb before the
    name: the person is mentioned, not a speaker of the event."""
    text = "Mr. Omar Sefu opened the meeting. " + sentence + "\n"
    assert dict(person_roles(nlp, text))["Lina Haugen"] == ["mentioned"]


def test_reporting_verbs_of_the_event_still_give_speakers(nlp: Language) -> None:
    """Titles holding 'for' or 'of', a subject in a list after 'among them', and a verb
    after a relative pronoun keep the speaker."""
    text = (
        "Minister for Defence Lina Haugen said this morning that peace needs patience. "
        "Ms. Ada Obi recalled that in 2005 the Council had acted. "
        "Several delegates spoke, among them Mr. Ivan Petrov (Chile), who praised the text.\n"
    )
    assert person_roles(nlp, text) == [
        ("Lina Haugen", ["speaker"]),
        ("Ada Obi", ["speaker"]),
        ("Ivan Petrov", ["speaker"]),
    ]


def test_mixed_list_of_speakers_and_a_panel_with_its_moderator(nlp: Language) -> None:
    """'speakers and panelists were A, B, and a panel moderated by C, with D and E': A and
    B speak; C moderates the panel of D and E (one panel item)."""
    text = (
        "Our speakers and panelists were Ms. Hana Ito from the Peace Fund, Mr. Omar Sefu "
        "from the Forum, and an expert panel moderated by Dr. Ana Lind of the Institute, "
        "with Ms. Eva Berg of the Union and Mr. Musa Hassan from the Commission.\n"
    )
    _event, persons, agenda = parse_text(read_layout(text), recognize(nlp(text)), default_rules())
    assert [(p.name, p.roles) for p in persons] == [
        ("Hana Ito", ["speaker"]),
        ("Omar Sefu", ["speaker"]),
        ("Ana Lind", ["moderator"]),
        ("Eva Berg", ["panelist"]),
        ("Musa Hassan", ["panelist"]),
    ]
    assert [(it.kind, [(p.name, r) for p, r, _ in it.members]) for it in agenda.items] == [
        (
            "panel",
            [("Ana Lind", "moderator"), ("Eva Berg", "panelist"), ("Musa Hassan", "panelist")],
        )
    ]


def test_session_chaired_by_one_person_with_two_others(nlp: Language) -> None:
    """'chaired by X, with A and B': the chair and two panelists, not three chairs."""
    text = "The session was chaired by Dr. Ana Lind, with Ms. Eva Berg and Mr. Musa Hassan.\n"
    assert person_roles(nlp, text) == [
        ("Ana Lind", ["chair"]),
        ("Eva Berg", ["panelist"]),
        ("Musa Hassan", ["panelist"]),
    ]


def test_warm_welcome_to_participants_opens_but_to_a_visit_does_not(nlp: Language) -> None:
    """A warm welcome to the participants opens the event; a host who gives a warm welcome
    to a visiting delegation is a participant."""
    assert person_roles(nlp, "Mr. Omar Sefu gave a warm welcome to the participants.\n") == [
        ("Omar Sefu", ["opening_remarks"])
    ]
    text = "The Commander, Col. Ivo Kral, gave a warm welcome to the visiting delegation.\n"
    assert person_roles(nlp, text) == [("Ivo Kral", ["participant"])]


def test_people_who_led_off_the_program_present(nlp: Language) -> None:
    """'A of X and B of Y then led off the program with a look at ...': presenters."""
    text = (
        "Ms. Eva Berg of the Institute and Mr. Musa Hassan of the Union then led off the "
        "program with a look at patrols.\n"
    )
    assert person_roles(nlp, text) == [("Eva Berg", ["presenter"]), ("Musa Hassan", ["presenter"])]


def test_parts_of_the_program_told_in_sequence_are_sessions(nlp: Language) -> None:
    """'A and B then led off the program with ...' and 'After these presentations, C and D
    looked at ...' are two sessions of the event, presenters then speakers."""
    text = (
        "Ms. Eva Berg of the Institute and Mr. Musa Hassan of the Union then led off the "
        "program with a look at patrols. After these presentations, Dr. Ana Lind of the "
        "Fund and Mr. Ivo Kral of the Forum looked at the role of police.\n"
    )
    _event, persons, agenda = parse_text(read_layout(text), recognize(nlp(text)), default_rules())
    assert [(it.kind, [(p.name, r) for p, r, _ in it.members]) for it in agenda.items] == [
        ("session", [("Eva Berg", "presenter"), ("Musa Hassan", "presenter")]),
        ("session", [("Ana Lind", "speaker"), ("Ivo Kral", "speaker")]),
    ]


def test_list_of_names_broken_by_lower_case_titles(nlp: Language) -> None:
    """Names in a list keep their cue when a lower-case title stands between commas
    ("Mr. A, director of the institute, Ms. B, ..."), and so does a relative clause when
    the list is the subject opening its sentence ("A, who lives in the city, and B took
    part")."""
    text = (
        "Speakers included Mr. Pavel Rusu, director of the institute, Ms. Olga Sava, a "
        "researcher at the university, and Mr. Igor Popa.\n"
        "Ms. Dana Moro presented the study. Mr. Ion Cara, who lives in the city, and "
        "Ms. Eva Lupu took part.\n"
    )
    assert person_roles(nlp, text) == [
        ("Pavel Rusu", ["speaker"]),
        ("Olga Sava", ["speaker"]),
        ("Igor Popa", ["speaker"]),
        ("Dana Moro", ["presenter"]),
        ("Ion Cara", ["participant"]),
        ("Eva Lupu", ["participant"]),
    ]


def test_he_or_she_before_a_cue_is_the_last_named_subject(nlp: Language) -> None:
    """A sentence whose subject is "he" or "she" gives its role to the subject of the last
    sentence that named people, up to two sentences back; a pronoun whose verb is quoted or
    dated elsewhere gives nothing, and the person after the verb is its object."""
    text = (
        "Major General Ravi Anand was at the parade. He thanked the troops.\n"
        "Ms. Lea Roux arrived on Monday. The weather was fine. It rained later. "
        "She stressed the cost.\n"
        "Colonel Ugo Neri met the press. He thanked Mr. Tom Vale for his help.\n"
        "Ms. Ada Klee visited the camp. In 2010 she warned of the risks.\n"
    )
    assert person_roles(nlp, text) == [
        ("Ravi Anand", ["speaker"]),
        ("Lea Roux", ["mentioned"]),
        ("Ugo Neri", ["speaker"]),
        ("Tom Vale", ["mentioned"]),
        ("Ada Klee", ["mentioned"]),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Maj. Gen. Ivo Marek arrived in Goma on Monday to meet the brigade commanders. On "
            "Tuesday, he opened the training course at the mission headquarters.\n",
            [("opening_remarks", [("Ivo Marek", "opening_remarks")])],
        ),
        (
            "Ms. Dana Holm, the Minister of Defence, toured the training centre on Friday. She "
            "then delivered a speech to the graduating officers on the values of peacekeeping.\n",
            [("address", [("Dana Holm", "speaker")])],
        ),
        (
            "Col. Ugo Neri visited the camp. He closed the exercise with a word of thanks.\n",
            [("closing_remarks", [("Ugo Neri", "closing_remarks")])],
        ),
    ],
    ids=["he-opened", "she-delivered-a-speech", "he-closed"],
)
def test_he_or_she_giving_a_part_of_the_programme_makes_it_an_item(
    nlp: Language, text: str, expected: list[tuple[str, list[tuple[str, str]]]]
) -> None:
    """A cue naming a part ("opened", "delivered a speech", "closed") whose subject is "he"
    or "she" makes that part an item of the person the pronoun stands for, as a name there
    would."""
    items, _people = _agenda(nlp, text)
    assert [(kind, members) for kind, _l, _t, _s, _e, _p, members in items] == expected


def test_taking_part_invited_to_present_and_a_participants_list(nlp: Language) -> None:
    """'took part' and 'sat in on' make participants, 'invited X to present' a presenter,
    'welcomed by X' opening remarks, 'gave an overview' a presentation and 'led the
    discussion' a moderator; a "List of Participants" heading labels the name lines under it."""
    text = (
        "Mr. Omar Dahl took part in the exercise. Ms. Rita Sand sat in on the talks.\n"
        "The Chair invited Dr. Jan Holt to present the findings.\n"
        "Guests were welcomed by Ms. Ana Berg. Mr. Leo Falk gave an overview of the plan, "
        "and Ms. Ida Lind led the discussion.\n"
        "\n"
        "List of Participants\n"
        "\n"
        "Mr. Karl Ek, Ministry of Defence\n"
        "Ms. Moa Vik, National Police\n"
    )
    assert person_roles(nlp, text) == [
        ("Omar Dahl", ["participant"]),
        ("Rita Sand", ["participant"]),
        ("Jan Holt", ["presenter"]),
        ("Ana Berg", ["opening_remarks"]),
        ("Leo Falk", ["presenter"]),
        ("Ida Lind", ["moderator"]),
        ("Karl Ek", ["participant"]),
        ("Moa Vik", ["participant"]),
    ]


def test_security_council_briefers_welcomes_and_statements_made_by(nlp: Language) -> None:
    """'Briefing the Council were A; B; and C' makes presenters of the list after the
    copula; 'X welcomed the briefings' is a statement; 'Statements were also made by the
    representatives of ..., as well as by Y and Z' makes speakers of Y and Z."""
    text = (
        "Briefing the Council were Mr. Ole Dahl, Police Commissioner of the mission; "
        "Ms. Eva Roth, Police Adviser; and Mr. Jon Berg, Force Commander.\n"
        "Ms. Mei Lin (China) welcomed the briefings.\n"
        "Statements were also made by the representatives of Chile and Peru, as well as by "
        "Mr. Tim Voss (Fiji) and Ms. Ana Ruiz (Chad).\n"
    )
    assert person_roles(nlp, text) == [
        ("Ole Dahl", ["presenter"]),
        ("Eva Roth", ["presenter"]),
        ("Jon Berg", ["presenter"]),
        ("Mei Lin", ["speaker"]),
        ("Tim Voss", ["speaker"]),
        ("Ana Ruiz", ["speaker"]),
    ]


def test_the_chair_as_subject_is_the_person_titled_chair(nlp: Language) -> None:
    """'The Chair opened the meeting' gives the opening to the one person a field line
    titles "Chair", and so does a cue further on in a sentence the title opens; a mere
    statement by "the Chair" adds nothing, and a name before the cue takes it."""
    text = (
        "Chair: Col. Rita Lunde, Chief Medical Officer\n"
        "Secretary: Capt. Lisa Koski\n"
        "\n"
        "1. Opening\n"
        "The Chair opened the meeting. The Chair recalled the mandate.\n"
        "2. Closing\n"
        "The Chairman thanked the participants and closed the meeting.\n"
        "The Secretary invited Dr. Omar Said to present the report.\n"
    )
    assert person_roles(nlp, text) == [
        ("Rita Lunde", ["chair", "opening_remarks", "closing_remarks"]),
        ("Lisa Koski", ["mentioned"]),
        ("Omar Said", ["presenter"]),
    ]


def test_a_body_as_subject_is_no_person_whose_title_holds_it(nlp: Language) -> None:
    """'The Council chose its officers: A, B and C' is said of a body: the cue goes to the
    list after it, even though one person's position ("Council President") holds the word."""
    text = (
        "Council President Ms. Ana Lind opened the session.\n"
        "The Council also chose its officers: Mr. Tor Berg (Chile), Mr. Ivo Roth (Fiji) and "
        "Ms. Mia Falk (Peru).\n"
    )
    assert person_roles(nlp, text) == [
        ("Ana Lind", ["opening_remarks"]),
        ("Tor Berg", ["participant"]),
        ("Ivo Roth", ["participant"]),
        ("Mia Falk", ["participant"]),
    ]


def test_featuring_and_moderated_by_headings_label_the_name_lines_below(nlp: Language) -> None:
    """ "Featuring" and "Moderated by" standing alone head the name lines under them, each
    name followed by its affiliation line."""
    text = (
        "Featuring\n\nDr. Lena Ortiz\nSenior Analyst, Peace Research Group\n\n"
        "Moderated by\n\nMr. Karl Weiss\nDirector, Policy Forum\n"
    )
    assert person_roles(nlp, text) == [("Lena Ortiz", ["speaker"]), ("Karl Weiss", ["moderator"])]


def test_caption_verbs_in_the_present_and_a_place_in_the_picture(nlp: Language) -> None:
    """Captions write what people do in the present ("speaks to", "briefs") and where they
    stand in the picture ("(centre)"): a speaker, a presenter, someone present."""
    text = (
        "Photo: Lt. Gen. Obi Akwa, Chief of Defence Staff, speaks to course participants.\n"
        "\n"
        "Brig. Gen. Ema Kotia (centre) with the course instructors.\n"
        "\n"
        "Col. Ivo Sand briefs the visitors.\n"
    )
    assert person_roles(nlp, text) == [
        ("Obi Akwa", ["speaker"]),
        ("Ema Kotia", ["participant"]),
        ("Ivo Sand", ["presenter"]),
    ]


def test_people_named_by_a_photo_caption_are_pictured(nlp: Language) -> None:
    """A caption's people are present; "at the opening ceremony" there is where the picture
    was taken; a credit after "UN Photo/" or "Photo by" is not pictured."""
    text = (
        "The course opened on Monday.\n"
        "\n"
        "Caption: Ms. Ana Osei and Mr. Kojo Mensah at the opening ceremony.\n"
        "\n"
        "Photo by Mr. Kwame Boadu\n"
    )
    assert person_roles(nlp, text) == [
        ("Ana Osei", ["participant"]),
        ("Kojo Mensah", ["participant"]),
        ("Kwame Boadu", ["mentioned"]),
    ]


def test_present_at_dignitaries_represented_by_and_a_paper(nlp: Language) -> None:
    """'Present at the ceremony were A and B', 'Dignitaries at the event included C' and
    'represented by D' name people present; 'delivered a paper' is a presentation."""
    text = (
        "Present at the ceremony were Vice Admiral Seth Amoah and Mr. Jon Retz.\n"
        "Dr. Kofi Aning delivered a paper on regional security.\n"
        "The sponsor was represented by Mr. Hans Weber.\n"
        "Dignitaries at the event included Madam Akua Donkor.\n"
    )
    assert person_roles(nlp, text) == [
        ("Seth Amoah", ["participant"]),
        ("Jon Retz", ["participant"]),
        ("Kofi Aning", ["presenter"]),
        ("Hans Weber", ["participant"]),
        ("Akua Donkor", ["participant"]),
    ]


def test_delegations_led_by_and_participants_including(nlp: Language) -> None:
    """A "Delegation" heading labels its name lines; 'led by X' and 'the participants,
    including A and B' name people who took part."""
    text = (
        "Delegation\n"
        "Major Ivan Petrov, Ministry of Defence\n"
        "Captain Olga Ivanova, General Staff\n"
        "\n"
        "The delegation, led by Brigadier General Nikolai Sokolov, visited the centre.\n"
        "The participants, including Major Jan Kowal and Major Anna Nowak, completed it.\n"
    )
    assert person_roles(nlp, text) == [
        ("Ivan Petrov", ["participant"]),
        ("Olga Ivanova", ["participant"]),
        ("Nikolai Sokolov", ["participant"]),
        ("Jan Kowal", ["participant"]),
        ("Anna Nowak", ["participant"]),
    ]


def test_the_title_of_one_named_person_as_a_later_subject(nlp: Language) -> None:
    """'The Force Commander told the troops' is the one person whose position is Force
    Commander; a longer title ("The Minister of Foreign Affairs") or a body ("The
    Council") names nobody of the report."""
    text = (
        "Lieutenant General Ravi Tiwari, Force Commander of the mission, visited the camp. "
        "The Force Commander told the troops that their work mattered.\n"
        "Minister of Defence Tomas Berg arrived. The Minister of Foreign Affairs spoke.\n"
        "The Council welcomed Mr. Omar Diaz.\n"
    )
    assert person_roles(nlp, text) == [
        ("Ravi Tiwari", ["speaker"]),
        ("Tomas Berg", ["mentioned"]),
        ("Omar Diaz", ["mentioned"]),
    ]


def test_contributions_from_named_people(nlp: Language) -> None:
    """'With contributions from A and B': both spoke."""
    text = "The debate ended with contributions from Dr. Leo Mann and Ms. Eva Stein.\n"
    assert person_roles(nlp, text) == [("Leo Mann", ["speaker"]), ("Eva Stein", ["speaker"])]


def test_name_lines_after_a_colon_sentence_with_their_affiliation_lines(nlp: Language) -> None:
    """A sentence ending in a colon with a cue gives its role to the name lines after it,
    bulleted or not, an affiliation line under a name line included; running text ends
    the list."""
    text = (
        "The following experts briefed the Committee:\n"
        "\n"
        "Col. Ama Owusu, Armed Forces\n"
        "Dr. Peter Obeng\n"
        "Senior Fellow, Peace Institute\n"
        "Ms. Jane Smith, Development Programme\n"
        "\n"
        "Mr. Tom Otu closed the meeting at noon after a long debate on the budget.\n"
    )
    assert person_roles(nlp, text) == [
        ("Ama Owusu", ["presenter"]),
        ("Peter Obeng", ["presenter"]),
        ("Jane Smith", ["presenter"]),
        ("Tom Otu", ["closing_remarks"]),
    ]


def test_two_names_joined_by_a_bare_comma_each_with_a_verb_are_two_clauses(
    nlp: Language,
) -> None:
    """'After remarks by A, B presented ...' and 'Quoting A, B said ...': the second name
    starts a clause of its own, so the first cue stays with A (or with nobody); a list with
    "and" still shares its cue."""
    text = (
        "After opening remarks by Ms. Ana Silva, Mr. Luis Gomez presented the report.\n"
        "Quoting Dr. Kofi Amoah, Ms. Ida Berg (Norway) said that peace needs development.\n"
        "Mr. Ivo Lind, Ms. Eva Holm and Mr. Tor Vik said the budget was short.\n"
    )
    assert person_roles(nlp, text) == [
        ("Ana Silva", ["opening_remarks"]),
        ("Luis Gomez", ["presenter"]),
        ("Kofi Amoah", ["mentioned"]),
        ("Ida Berg", ["speaker"]),
        ("Ivo Lind", ["speaker"]),
        ("Eva Holm", ["speaker"]),
        ("Tor Vik", ["speaker"]),
    ]


def test_presenting_medals_is_not_a_presentation(nlp: Language) -> None:
    """'presented the medals' is a ceremony, not a talk: the person is present, and a
    statement of theirs makes them a speaker."""
    text = (
        "General Ravi Anand presented the medals. He thanked the troops.\n"
        "Colonel Ana Reis presented certificates to the graduates.\n"
    )
    assert person_roles(nlp, text) == [("Ravi Anand", ["speaker"]), ("Ana Reis", ["participant"])]


def test_mention_index_looks_up_ranges_in_text_order() -> None:
    """MentionIndex.between / anchored_in answer what a scan of all mentions would."""
    from pko_extract.agenda_rules import MentionIndex

    a = PersonDraft([Mention(30, 39, "Ana Lopez", "Ms.", 26), Mention(80, 85, "Lopez")])
    b = PersonDraft([Mention(10, 18, "Li Wei X"), Mention(50, 58, "Jo Smith")])
    index = MentionIndex([a, b])
    assert [m.start for m, _ in index] == [10, 30, 50, 80]
    assert [(m.raw, p is a) for m, p in index.between(18, 80)] == [
        ("Ana Lopez", True),
        ("Jo Smith", False),
    ]
    assert index.between(81, 200) == [] and index.between(0, 10) == []
    assert index.anchored_in(20, 30) and not index.anchored_in(19, 26)
    assert not index.anchored_in(86, 1000)


def test_a_speech_verb_under_an_opening_item_adds_no_speaker_role_to_it(nlp: Language) -> None:
    """The sentences under "1. Opening Remarks by X" tell X's opening remarks: "he stressed"
    there is the same speech, so the item keeps one role for X, as the person does."""
    text = (
        "1. Opening Remarks by Mr. Ivo Marek, Minister of Defence\n"
        "Minister Ivo Marek delivered the opening remarks. He stressed the cost of delay.\n"
        "2. Panel Discussion\n"
        "Panelists: Dr. Ana Lind, Col. Tor Berg\n"
    )
    items, people = _agenda(nlp, text)
    assert [(it[0], it[6]) for it in items] == [
        ("opening_remarks", [("Ivo Marek", "opening_remarks")]),
        ("panel", [("Ana Lind", "panelist"), ("Tor Berg", "panelist")]),
    ]
    assert people == [
        ("Ivo Marek", ["opening_remarks"]),
        ("Ana Lind", ["panelist"]),
        ("Tor Berg", ["panelist"]),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In welcoming the delegates, Commissioner Gen. Ali Bako pledged the Commission's "
            "support. Opening the meeting formally, the Chairman, Amb. Rosa Mendes, called for "
            "frank deliberations.\n",
            [
                ("opening_remarks", ["Ali Bako"]),
                ("opening_remarks", ["Rosa Mendes"]),
            ],
        ),
        (
            "Amb. Rosa Mendes opened the plenary together with Gen. Ali Bako.\n",
            [("opening_remarks", ["Rosa Mendes", "Ali Bako"])],
        ),
        (
            "Amb. Rosa Mendes opened the meeting. In her opening remarks, Amb. Mendes urged "
            "the delegates to agree.\n",
            [("opening_remarks", ["Rosa Mendes"])],
        ),
    ],
    ids=["two-sentences-two-openers", "one-sentence-two-openers", "one-opener-twice"],
)
def test_openings_by_different_people_in_different_sentences_are_two_items(
    nlp: Language, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    """Running text that tells two openings apart (different people, different sentences)
    makes two opening-remarks items; two people in one sentence, or one person twice, one."""
    _event, _persons, agenda = parse_text(read_layout(text), recognize(nlp(text)), default_rules())
    assert [(it.kind, [p.name for p, _r, _ in it.members]) for it in agenda.items] == expected
