"""Role and agenda rules drawn from the fresh invented set tests/fixtures/roles7 (written and
scored before the rules): pipe rows opening with a day cell, numbered minutes headings over
running text, a label's list of people running onto the next line, "Presentations:" over
bullets, a timed keynote row over its quoted title, medal presentations and "assisted by",
a time-zone row, name lines under "Featuring" or "Panelists:" joining the one panel, prose
cues of workshop reports, "by the Chairperson" and course modules. Texts invented here."""

from __future__ import annotations

import pytest
from conftest import agenda_items, person_roles
from spacy.language import Language

from pko_extract.recognize import build_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


def test_pipe_rows_opening_with_a_day_cell_are_timed_rows(nlp: Language) -> None:
    """ "Day 1 | 09:00 | Title | Person": a timetable row; a module's facilitator presents."""
    text = (
        "Course schedule\n\nDay | Time | Activity | Facilitator\n"
        "Day 1 | 09:00 | Welcome remarks | Col. Amadou Diallo-Sow\n"
        "Day 1 | 10:00 | Module 1: Rules of engagement | Ms. Kirsten Haugland\n"
        "Day 2 | 09:00 | Module 2: Convoy security | Maj. Tomasz Wrona\n"
    )
    assert agenda_items(nlp, text) == [
        ("opening_remarks", "Welcome remarks", [("Amadou Diallo-Sow", "opening_remarks")]),
        ("session", "Rules of engagement", [("Kirsten Haugland", "presenter")]),
        ("session", "Convoy security", [("Tomasz Wrona", "presenter")]),
    ]


def test_numbered_headings_over_running_text_are_minutes_items(nlp: Language) -> None:
    """ "1. Welcome and apologies" / "The Chair opened ...": three or more such headings,
    numbered in order, are items; their hard-wrapped running text is no list of members. A
    numbered programme with nothing under its lines is no such run."""
    text = (
        "Minutes of the 3rd meeting\n\n1. Welcome and apologies\n"
        "The Chair, Col. Brian Oduor, opened the meeting at 09:00.\n\n"
        "2. Minutes of the previous meeting\nThe minutes were approved.\n\n"
        "3. Medical evacuation drills\n"
        "Ms. Ilse Vandermeer presented the results of the drills held\n"
        "in May. Maj. Rafael Quintana asked about night flights.\n\n"
        "4. Any other business\nNone.\n"
    )
    assert agenda_items(nlp, text) == [
        ("opening_remarks", "Welcome and apologies", [("Brian Oduor", "opening_remarks")]),
        ("other", "Minutes of the previous meeting", []),
        ("session", "Medical evacuation drills", [("Ilse Vandermeer", "presenter")]),
        ("other", "Any other business", []),
    ]
    programme = (
        "Programme\n\n1. Arrival of guests\n2. National anthem\n"
        "3. Welcome remarks by Col. Brian Oduor\n"
    )
    assert agenda_items(nlp, programme) == [
        ("opening_remarks", "Welcome remarks", [("Brian Oduor", "opening_remarks")])
    ]


def test_a_label_list_running_onto_the_next_line_keeps_its_role(nlp: Language) -> None:
    """ "Present: A; B;" / "C; D" and "Chairs: A and Ms." / "B, Policy Officer"."""
    present = (
        "Board meeting, 4 May 2018\n\nPresent: Col. Brian Oduor (Chair); Ms. Ilse Vandermeer;\n"
        "Maj. Rafael Quintana; Capt. Sunita Rao\nApologies: Dr. Oskar Lind\n"
    )
    assert person_roles(nlp, present) == [
        ("Brian Oduor", ["chair"]),
        ("Ilse Vandermeer", ["participant"]),
        ("Rafael Quintana", ["participant"]),
        ("Sunita Rao", ["participant"]),
        ("Oskar Lind", ["mentioned"]),
    ]
    chairs = (
        "Session 1: Logistics in the field\nChairs: Brig. Gen. Kofi Mensah-Bonsu and Ms.\n"
        "Helga Sørensen, Policy Officer\nSpeaker: Mr. Rui Tavares\n"
    )
    assert person_roles(nlp, chairs) == [
        ("Kofi Mensah-Bonsu", ["chair"]),
        ("Helga Sørensen", ["chair"]),
        ("Rui Tavares", ["speaker"]),
    ]


def test_presentations_label_over_bullets(nlp: Language) -> None:
    text = (
        "Session 2: Mandates\nPresentations:\n- Lt. Col. Jean-Paul Habimana, Rwanda Defence Force\n"
        "- Ms. Ana Lucía Prieto, UNMISS\n"
    )
    assert person_roles(nlp, text) == [
        ("Jean-Paul Habimana", ["presenter"]),
        ("Ana Lucía Prieto", ["presenter"]),
    ]


def test_a_timed_keynote_row_over_its_quoted_title_is_one_item(nlp: Language) -> None:
    """ "09.00-09.45 Keynote address:" / "“Title”" / name line: one keynote, titled by the
    quote (not a second, untitled item)."""
    text = (
        'Programme\n\n09.00-09.45 Keynote address:\n"Two Decades of Protection"\n'
        "Prof. Helena Marković, University of Zagreb\n\n14.00-14.45 Keynote lecture:\n"
        '"Police in Missions"\nDr. Samuel Quaye, University of Ghana\n'
    )
    assert agenda_items(nlp, text) == [
        ("keynote", "Two Decades of Protection", [("Helena Marković", "keynote_speaker")]),
        ("keynote", "Police in Missions", [("Samuel Quaye", "keynote_speaker")]),
    ]


def test_a_medal_presentation_is_an_act_and_assisting_is_taking_part(nlp: Language) -> None:
    text = (
        "Order of ceremony\n\n1. Welcome address - Lt. Col. Bold Batsaikhan\n"
        "2. Presentation of medals - Maj. Gen. Arjun Mehta,\n   assisted by Col. Grace Wanjiru\n"
        "3. Address by the Reviewing Officer - Maj. Gen. Arjun Mehta\n"
    )
    assert agenda_items(nlp, text) == [
        ("opening_remarks", "Welcome address", [("Bold Batsaikhan", "opening_remarks")]),
        (
            "other",
            "Presentation of medals",
            [("Arjun Mehta", "speaker"), ("Grace Wanjiru", "participant")],
        ),
        ("address", "Address", [("Arjun Mehta", "speaker")]),
    ]


def test_a_time_zone_row_is_no_item(nlp: Language) -> None:
    text = (
        "The Future of Peace Operations\n\n10:00 a.m. - 11:30 a.m. EDT\n\nAgenda\n\n"
        "10:00 a.m. Welcoming Remarks\nMargaret Quinn-Ellis, President, Policy Forum\n\n"
        "10:10 a.m. Panel Discussion\n"
    )
    assert agenda_items(nlp, text) == [
        ("opening_remarks", "Welcoming Remarks", [("Margaret Quinn-Ellis", "opening_remarks")]),
        ("panel", "Panel Discussion", []),
    ]


def test_featured_speakers_in_no_item_are_the_one_panel(nlp: Language) -> None:
    text = (
        "The Future of Peace Operations\n\nFeaturing\n\nLindiwe Ferris-Dube\n"
        "Senior Fellow, Policy Forum\n\nPriya Raman\nProfessor, Georgetown University\n\n"
        "Agenda\n\n10:00 a.m. Welcoming Remarks\nMargaret Quinn-Ellis, President, Policy Forum\n\n"
        "10:10 a.m. Panel Discussion\n"
    )
    assert agenda_items(nlp, text) == [
        ("opening_remarks", "Welcoming Remarks", [("Margaret Quinn-Ellis", "opening_remarks")]),
        (
            "panel",
            "Panel Discussion",
            [("Lindiwe Ferris-Dube", "panelist"), ("Priya Raman", "panelist")],
        ),
    ]


def test_panelists_label_over_name_lines_and_bio_sentences(nlp: Language) -> None:
    """ "Panelists:" after a closing row, over name lines each above a bio sentence: every
    name is a panelist of the panel, none a member of the closing row."""
    text = (
        'Agenda\nPanel discussion: "Seeing Violence Coming"\nWrap-up\n\nPanelists:\n\n'
        "Cmdr. Rodrigo Pimentel\nis Chief of the analysis centre of a UN mission.\n\n"
        "Ms. Aigerim Bekova\nis a data scientist with the United Nations.\n"
    )
    assert agenda_items(nlp, text) == [
        (
            "panel",
            "Seeing Violence Coming",
            [("Rodrigo Pimentel", "panelist"), ("Aigerim Bekova", "panelist")],
        ),
        ("closing_remarks", "Wrap-up", []),
    ]


def test_workshop_report_cues(nlp: Language) -> None:
    text = (
        "The morning was devoted to early warning, with presentations by Mr. Emeka Obi and "
        "Ms. Sara Lindgren. Their presentations were followed by comments from Dr. Paul "
        "Wafula. The discussion was introduced by Ms. Hawa Musa. On day two, a simulation "
        "exercise led by Maj. Olena Kravets took place. A panel moderated by Ms. Efua Boateng "
        "then heard from Mr. Jean Ilunga and Ms. Rahel Tesfaye.\n"
    )
    assert person_roles(nlp, text) == [
        ("Emeka Obi", ["presenter"]),
        ("Sara Lindgren", ["presenter"]),
        ("Paul Wafula", ["commentator"]),
        ("Hawa Musa", ["presenter"]),
        ("Olena Kravets", ["presenter"]),
        ("Efua Boateng", ["moderator"]),
        ("Jean Ilunga", ["panelist"]),
        ("Rahel Tesfaye", ["panelist"]),
    ]


def test_a_part_given_by_the_chairperson_makes_its_person_chair(nlp: Language) -> None:
    text = (
        "Order of proceedings\n\n14:00  Opening remarks by the Chairperson - Hon. Marie "
        'Tremblay, MP\n14:10  Presentation: "Budgets" - Mr. Anil Raman\n'
    )
    assert person_roles(nlp, text) == [
        ("Marie Tremblay", ["opening_remarks", "chair"]),
        ("Anil Raman", ["presenter"]),
    ]


def test_an_agenda_line_welcome_and_more_with_its_moderator(nlp: Language) -> None:
    """ "Welcome and framing - Dr. X" is the opening item; "Audience Q&A" an item; X, also
    under a "Moderator:" label after the closing item, moderates the one panel."""
    text = (
        "Agenda\nWelcome and framing - Dr. Katharina Steinbrecher\n"
        'Panel discussion: "Seeing Violence Coming"\nAudience Q&A\nWrap-up\n\n'
        "Moderator:\n\nDr. Katharina Steinbrecher\nis the Director of the Centre.\n"
    )
    assert agenda_items(nlp, text) == [
        ("opening_remarks", "Welcome and framing", [("Katharina Steinbrecher", "opening_remarks")]),
        ("panel", "Seeing Violence Coming", [("Katharina Steinbrecher", "moderator")]),
        ("other", "Audience Q&A", []),
        ("closing_remarks", "Wrap-up", []),
    ]


def test_introduced_by_label_gives_opening_remarks(nlp: Language) -> None:
    text = (
        'Lecture 1 - 12 October 2017\n"Blue Helmets in a Multipolar World"\n'
        "Speaker: Professor Haruki Nakamura, Keio University\n"
        "Introduced by: Professor Rebecca Ashworth, Head of Department\n"
    )
    assert person_roles(nlp, text) == [
        ("Haruki Nakamura", ["speaker"]),
        ("Rebecca Ashworth", ["opening_remarks"]),
    ]


def test_a_weekday_cell_before_the_time_cell(nlp: Language) -> None:
    """A weekday cell before the time cell (tests/fixtures/roles8)."""
    table = (
        "Seminar timetable\n\nDay | Time | Item | Lead\n"
        "Tuesday | 09:00 | Opening remarks | Mr. Samuel Okello\n"
        "Tuesday | 09:30 | Supply chains in remote areas | Ms. Birgit Halvorsen\n"
        "Wednesday | 10:30 | Engineering support | Mr. Paulo Lima\n"
    )
    assert agenda_items(nlp, table) == [
        ("opening_remarks", "Opening remarks", [("Samuel Okello", "opening_remarks")]),
        ("session", "Supply chains in remote areas", [("Birgit Halvorsen", "speaker")]),
        ("session", "Engineering support", [("Paulo Lima", "speaker")]),
    ]


def test_minutes_headings_numbered_with_a_parenthesis(nlp: Language) -> None:
    """ "1) Opening" minutes headings over running text."""
    minutes = (
        "Record of the meeting\n\n1) Opening\nThe Chair welcomed members.\n\n"
        "2) Mobile training teams\nLt. Col. Kwaku Owusu briefed the group.\n\n"
        "3) Date of next meeting\nThe next meeting will be held in September.\n"
    )
    assert [(k, t) for k, t, _ in agenda_items(nlp, minutes)] == [
        ("opening_remarks", "Opening"),
        ("session", "Mobile training teams"),
        ("other", "Date of next meeting"),
    ]


def test_a_list_running_onto_a_line_opening_with_a_rank(nlp: Language) -> None:
    """ "Discussants: A;" / "Lt. Col. B": the rank opens the next line."""
    wrapped = (
        "Session 1: Training\nPresenters: Col. Moses Tembo;\nMs. Lerato Dube\n"
        "Discussants: Prof. Kayode Adeyemi;\nLt. Col. Fanta Camara\n"
    )
    assert person_roles(nlp, wrapped) == [
        ("Moses Tembo", ["presenter"]),
        ("Lerato Dube", ["presenter"]),
        ("Kayode Adeyemi", ["commentator"]),
        ("Fanta Camara", ["commentator"]),
    ]


def test_a_speakers_heading_without_colon_after_a_closing_row(nlp: Language) -> None:
    """A "Speakers" heading without colon after a closing row: its name lines are the panel."""
    speakers = (
        "Programme\nOpening and welcome – Ambassador Carmen Villa\n"
        'Roundtable: "Eyes in the Sky"\nQuestions from the audience\nClosing\n\n'
        "Speakers\n\nDr. Henrik Aaltonen\nis a senior researcher.\n\n"
        "Lt. Col. Adaeze Okonkwo\nserved in a UN mission in 2018.\n"
    )
    assert agenda_items(nlp, speakers) == [
        ("opening_remarks", "Opening and welcome", [("Carmen Villa", "opening_remarks")]),
        (
            "panel",
            "Eyes in the Sky",
            [("Henrik Aaltonen", "panelist"), ("Adaeze Okonkwo", "panelist")],
        ),
        ("other", "Questions from the audience", []),
        ("closing_remarks", "Closing", []),
    ]


def test_by_the_rapporteur_and_responding_to_the_presentations(nlp: Language) -> None:
    """ "by the rapporteur" presents; "Responding to the presentations" comments."""
    prose = (
        "Responding to the presentations, Dr. Marta Kowalczyk noted that trust took years. "
        "At the end, recommendations were presented by the rapporteur, Mr. Jocelyn Saint-Fleur.\n"
    )
    assert person_roles(nlp, prose) == [
        ("Marta Kowalczyk", ["commentator"]),
        ("Jocelyn Saint-Fleur", ["presenter"]),
    ]


def test_an_opening_prayer_is_no_opening(nlp: Language) -> None:
    """An opening prayer is an act, not the opening remarks."""
    prayer = (
        "PROGRAMME\n\n1. Opening prayer .......... Rev. Fr. Peter Mwangi\n"
        "2. Welcome remarks .......... Brig. Gen. Susan Wairimu, Commandant\n"
        "3. Vote of thanks .......... Capt. Esther Chebet\n"
    )
    assert agenda_items(nlp, prayer) == [
        ("other", "Opening prayer", [("Peter Mwangi", "speaker")]),
        ("opening_remarks", "Welcome remarks", [("Susan Wairimu", "opening_remarks")]),
        ("closing_remarks", "Vote of thanks", [("Esther Chebet", "closing_remarks")]),
    ]


def test_a_person_with_two_transcript_turns_spoke(nlp: Language) -> None:
    """ "Lt. Gen. X: ..." twice in a transcript: X spoke (in a noon briefing, where a
    question turn comes from the press, the guest briefs: a presenter, as roles7 v06's gold
    has it). One "Dr. Y: Title" line is no turn of a transcript."""
    text = (
        "Noon briefing\n\nSpokesperson: I am joined today by Lieutenant General Sigrid "
        "Aasen, the Force Commander.\n\nLt. Gen. Aasen: Thank you. Patrols are up.\n\n"
        "Question: How many patrols?\n\nLt. Gen. Aasen: About a fifth of them.\n\n"
        "Dr. Omar Farouk: a study of patrols, 2019.\n"
    )
    assert person_roles(nlp, text) == [
        ("Sigrid Aasen", ["presenter"]),
        ("Omar Farouk", ["mentioned"]),
    ]


def test_a_part_label_on_the_first_line_is_the_title(nlp: Language) -> None:
    """ "Roundtable: Title" as the report's first line, over its date line, names the event,
    not a second panel: the moderator under "Moderator" joins the programme's one panel
    (tests/fixtures/roles9). "Session 1: Title" over a chair's line stays an item."""
    text = (
        "Roundtable: Mandate Transitions and Consent\n12 October 2023, Geneva\n\nAGENDA\n\n"
        "14:00 – 14:10   Welcome\n                Ms. Laura Bianchi, Director\n\n"
        "14:10 – 15:30   Roundtable discussion\n\n15:30 – 16:00   Wrap-up\n\n"
        "Speakers\nMs. Oyuna Batbold, Policy Specialist, UNDP\n\nModerator\nMs. Laura Bianchi\n"
    )
    assert agenda_items(nlp, text) == [
        ("opening_remarks", "Welcome", [("Laura Bianchi", "opening_remarks")]),
        (
            "panel",
            "Roundtable discussion",
            [("Oyuna Batbold", "panelist"), ("Laura Bianchi", "moderator")],
        ),
        ("closing_remarks", "Wrap-up", []),
    ]


def test_a_medal_presentation_row_is_an_act(nlp: Language) -> None:
    text = (
        "| Time | Activity | Responsible |\n|------|----------|-------------|\n"
        "| 10:20 | Inspection of the guard of honour | Maj. Gen. Arno Ferri |\n"
        "| 10:35 | Medal presentation | Maj. Gen. Arno Ferri |\n"
        "| 10:50 | Address by the Head of Mission | Maj. Gen. Arno Ferri |\n"
    )
    assert person_roles(nlp, text) == [("Arno Ferri", ["speaker"])]


def test_a_first_line_session_over_its_chair_stays_an_item(nlp: Language) -> None:
    text = "Session 1: Logistics in the field\nChair: Ms. Laila Haddad\n"
    assert agenda_items(nlp, text) == [
        ("session", "Logistics in the field", [("Laila Haddad", "chair")]),
    ]
