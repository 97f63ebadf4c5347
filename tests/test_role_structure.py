"""Tests of roles read from the structure of a report rather than from a cue phrase: the
person who presides over the body that meets, the people a speech addresses, names after
role labels inside a programme line, the people a group noun's membership verb lists, the
person opening a timetable row with a talk, the gallery of a webinar's screen, the part a
speech's heading names, the "with ..." line under an event page's title. Each report is
invented; each class has more than one wording."""

from __future__ import annotations

import pytest
from conftest import person_roles
from spacy.language import Language

from pko_extract.recognize import build_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


PRESIDING = [
    (
        "Opening the debate, Mr. Tomas Berg, Foreign Minister of Sweden, Council President for "
        "March, noted that the mandates had grown.\n",
        [("Tomas Berg", ["chair", "opening_remarks"])],
    ),
    (
        "The Council heard a statement by H.E. Amina Yusuf, Ambassador of Kenya to the Union "
        "and Chair of the Council for the month of May 2021, and a briefing by Dr. Omar Bello.\n",
        [("Amina Yusuf", ["chair", "speaker"]), ("Omar Bello", ["presenter"])],
    ),
    (
        "Ambassador Okafor, distinguished delegates, good morning.\n\n"
        "Let me first congratulate you, Ambassador Okafor, Permanent Representative of Ghana, "
        "on being elected Chair of this Committee.\n",
        [("Okafor", ["chair"])],
    ),
    (
        "Ms. Rita Sande, the former Council President for June, attended the meeting.\n",
        [("Rita Sande", ["participant"])],
    ),
    (
        "Mr. Paul Kagiso, President of the Republic of Botswana, attended the summit.\n",
        [("Paul Kagiso", ["participant"])],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    PRESIDING,
    ids=[
        "president-for-month",
        "chair-for-the-month-of",
        "chair-of-this",
        "former",
        "head-of-state",
    ],
)
def test_the_presiding_office_of_the_body_that_meets_makes_a_chair(
    nlp: Language, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert [(n, sorted(r)) for n, r in person_roles(nlp, text)] == expected


ADDRESSED = [
    (
        "Speaking notes for the Minister\n\n"
        "Good afternoon. My warm thanks go to Ms. Lara Quist and General Abel Tano. "
        "Your steady support made this week possible.\n",
        [("Lara Quist", ["participant"]), ("Abel Tano", ["participant"])],
    ),
    (
        "Let me begin by congratulating you, Ambassador Ines Moreau, on your election.\n",
        [("Ines Moreau", ["participant"])],
    ),
    (
        "I opened the session this morning. Thank you, Dr. Pavel Orlov, for joining us from "
        "the field.\n",
        [("Pavel Orlov", ["participant"])],
    ),
    (
        "I owe much to Dr. Hana Ibsen, who led the project from its start. Many of you "
        "know the report she wrote.\n",
        [("Hana Ibsen", ["mentioned"])],
    ),
    (
        "Thank you to our director, Dr. Vera Lund, who made the trip possible.\n",
        [("Vera Lund", ["mentioned"])],
    ),
    (
        "Mr. Omar Sefu, you have led this centre for ten years.\n",
        [("Omar Sefu", ["participant"])],
    ),
    (
        "We recall the words of Mr. Emil Stroud, who founded the centre in 1990. "
        "The cadets of this year carry on his work.\n",
        [("Emil Stroud", ["mentioned"])],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    ADDRESSED,
    ids=[
        "your-next-sentence",
        "congratulating-you",
        "thank-you-name",
        "thanked-only",
        "thank-you-to",
        "name-you",
        "recalled",
    ],
)
def test_people_a_speech_addresses_are_present(
    nlp: Language, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    """A name a comma joins to "you", or before a sentence opening "Your ...", is a
    participant; a name the speaker only thanks or recalls stays "mentioned"."""
    assert person_roles(nlp, text) == expected


INLINE_LABELS = [
    (
        "Programme\n\n"
        "10:00 - 11:30: Session 1 “Police in transitions” Chair: Marta Kovacs Discussant: "
        "Dr. Jonas Wirth\n",
        [("Marta Kovacs", ["chair"]), ("Jonas Wirth", ["commentator"])],
    ),
    (
        "Programme\n\n"
        "09:00 - 10:30: Panel 1 “Field support” Moderator: Nadia Osei Speaker: Prof. Lukas Brandt\n"
        "10:30 - 11:00: Coffee break\n",
        [("Nadia Osei", ["moderator"]), ("Lukas Brandt", ["panelist"])],
    ),
    (
        "PROGRAMME\n\n"
        "11h00 Table ronde « Les mandats » Modérateur : Erik Lind Intervenants : Dr. Sofia Reyes\n",
        [("Erik Lind", ["moderator"]), ("Sofia Reyes", ["panelist"])],
    ),
    (
        "Agenda\n\n• Panel: Female Mentors Network Today – moderated by Dr. Ada Obi\n",
        [("Ada Obi", ["moderator"])],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    INLINE_LABELS,
    ids=["session-row", "panel-row", "french-row", "part-title-is-no-name"],
)
def test_a_name_after_a_role_label_inside_a_programme_line_is_a_person(
    nlp: Language, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    """ "Chair: Marta Kovacs" in the middle of a programme line names a person, found without
    an honorific or the statistical model, and ends before the next label."""
    assert person_roles(nlp, text) == expected


GROUPS = [
    (
        "The panel was made up of Dr. Ada Obi of the Institute; Mr. Ben Cole of the Centre; "
        "and Ms. Ida Berg of the University. Prof. Tom Hale served as moderator.\n",
        [
            ("Ada Obi", ["panelist"]),
            ("Ben Cole", ["panelist"]),
            ("Ida Berg", ["panelist"]),
            ("Tom Hale", ["moderator"]),
        ],
    ),
    (
        "The afternoon round table was composed of Gen. Lars Moe and Ms. Rana Aziz.\n",
        [("Lars Moe", ["panelist"]), ("Rana Aziz", ["panelist"])],
    ),
    (
        "The discussants were Dr. Kofi Asante (UN) and Ms. Mei Tan (AU).\n",
        [("Kofi Asante", ["commentator"]), ("Mei Tan", ["commentator"])],
    ),
    (
        "Presenters will include Col. Dan Ortiz and Maj. Eva Holm.\n",
        [("Dan Ortiz", ["presenter"]), ("Eva Holm", ["presenter"])],
    ),
    (
        "The speakers were unanimous on one point. Mr. Ben Cole thanked the hosts.\n",
        [("Ben Cole", ["speaker"])],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    GROUPS,
    ids=[
        "panel-made-up-of",
        "round-table-composed-of",
        "discussants-were",
        "presenters-will",
        "no-names",
    ],
)
def test_a_group_noun_and_a_membership_verb_give_the_group_role(
    nlp: Language, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    """ "The panel was made up of A; B; and C": the names after a group noun and a verb of
    membership take the group's role, whatever the verb (data/role_groups.jsonl x
    data/membership_verbs.txt)."""
    assert person_roles(nlp, text) == expected


TIMETABLE_TALKS = [
    (
        "Programme\n\n09.30: Registration and coffee\n\n"
        "10.00: Ingrid Solberg - Why mandates fail - questions to follow\n\n"
        "11.00: Coffee Break - Foyer\n\n11.30: Tomas Varga - Police reform after conflict\n",
        [("Ingrid Solberg", ["speaker"]), ("Tomas Varga", ["speaker"])],
    ),
    (
        "PROGRAMME\n\n2:00 PM – 2:45 PM  Keiko Arai – Lessons from the field\n"
        "3:00 PM – 3:30 PM  Closing Session – Main Hall\n",
        [("Keiko Arai", ["speaker"])],
    ),
    (
        "Agenda\n\n14h00 Lucas Ferreira — Les casques bleus et la protection des civils\n"
        "15h00 Pause café — Salle B\n",
        [("Lucas Ferreira", ["speaker"])],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), TIMETABLE_TALKS, ids=["dotted-clock", "pm-range", "french-clock"]
)
def test_the_person_opening_a_timetable_row_before_a_dash_gives_the_talk(
    nlp: Language, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    """ "10.00: Ingrid Solberg - Why mandates fail": a name right after the clock and before
    a dash is a person (without a title or the statistical model) and a speaker; a break or
    a session's name in that place is no person."""
    assert person_roles(nlp, text) == expected


GALLERY = [
    (
        "Experts met in a webinar on 4 June to discuss protection mandates.\n\n"
        "Top row from left: Dr. Lina Haug, Director, Peace Institute, Mr. Omar Diallo, Adviser.\n"
        "Bottom row: Ms. Rosa Klein, Researcher.\n",
        [("Lina Haug", ["speaker"]), ("Omar Diallo", ["speaker"]), ("Rosa Klein", ["speaker"])],
    ),
    (
        "The online seminar drew 300 viewers.\n\n"
        "Upper row: Col. Ivan Petrov (moderator), Dr. Sara Lind.\nLower row: Mr. Tom Berg.\n",
        [("Ivan Petrov", ["moderator"]), ("Sara Lind", ["speaker"]), ("Tom Berg", ["speaker"])],
    ),
    (
        "The graduation took place in the main hall.\n\n"
        "Front row from left: Maj. Ana Costa, Capt. Leo Brandt.\n",
        [("Ana Costa", ["participant"]), ("Leo Brandt", ["participant"])],
    ),
    (
        "The ceremony in the main hall was also streamed.\n\n"
        "Top row from left: Maj. Ana Costa, Capt. Leo Brandt.\n",
        [("Ana Costa", ["participant"]), ("Leo Brandt", ["participant"])],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    GALLERY,
    ids=["webinar-rows", "online-seminar-rows", "hall-front-row", "not-online"],
)
def test_the_rows_of_a_webinar_gallery_are_its_speakers(
    nlp: Language, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    """ "Top row from left: A, B" under the report of an online event lists the speakers on
    the screen; the rows of a photo of an event in a hall list who was there."""
    assert person_roles(nlp, text) == expected


SPEECH_PARTS = [
    (
        "Speaking Notes for Ms. Ana Ruiz, Minister of Defence – Regional Peacekeeping Forum - "
        "Official Closing\n\nSpeech\n\nGood evening. What a week it has been.\n",
        [("Ana Ruiz", ["closing_remarks"])],
    ),
    (
        "Remarks by Dr. Omar Haddad – Police Leadership Seminar – Opening Session\n\n"
        "Colleagues, welcome to Cairo.\n",
        [("Omar Haddad", ["opening_remarks"])],
    ),
    (
        "Address by General Ravi Menon - Staff College Graduation - Keynote Address\n\n"
        "Graduates, you have earned this day.\n",
        [("Ravi Menon", ["keynote_speaker"])],
    ),
    (
        "Remarks by Dr. Omar Haddad – Police Leadership Seminar – Geneva\n\n"
        "Colleagues, welcome to Geneva.\n",
        [("Omar Haddad", ["speaker"])],
    ),
    (
        "News – Closing\n\nMs. Ana Ruiz visited the camp on Monday.\n",
        [("Ana Ruiz", ["mentioned"])],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    SPEECH_PARTS,
    ids=["official-closing", "opening-session", "keynote", "no-part", "not-a-speech"],
)
def test_the_part_a_speech_heading_names_is_the_speakers_role(
    nlp: Language, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    """ "Speaking Notes for X – Forum - Official Closing": the speaker gave the part the
    heading names after a dash; a heading that is no speech's names no part."""
    assert person_roles(nlp, text) == expected


WITH_LINES = [
    (
        "Protecting Civilians in Urban Wars\n\nwith Force Commander General Ana Ruiz\n"
        "March 3, 2025, 5:00 pm\nRoom 101\n\nThe talk looks back on two years in the field.\n",
        [("Ana Ruiz", ["speaker"])],
    ),
    (
        "A Conversation on Police Reform\nwith Dr. Lena Hart and Mr. Kofi Boateng\n12 May 2024\n\n"
        "The event was open to the public.\n",
        [("Lena Hart", ["speaker"]), ("Kofi Boateng", ["speaker"])],
    ),
    (
        "Annual Report 2024\n\nThe year began with Dr. Lena Hart leaving the board.\n",
        [("Lena Hart", ["mentioned"])],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), WITH_LINES, ids=["with-title-name", "with-two", "with-in-prose"]
)
def test_the_with_line_under_an_event_title_names_its_speakers(
    nlp: Language, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    """ "with Force Commander General Ana Ruiz" as a line under an event page's title names
    who speaks; "with" inside a sentence does not."""
    assert person_roles(nlp, text) == expected
