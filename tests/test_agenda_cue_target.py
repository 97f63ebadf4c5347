"""Tests of who a role cue of running text describes (agenda_cue_target.py): lists of people
whose appositions are long, before a far verb or after a cue, and reporting verbs whose
subject's apposition holds a year."""

from __future__ import annotations

import pytest
from conftest import person_roles
from spacy.language import Language

from pko_extract.extract import parse_text
from pko_extract.recognize import build_nlp, recognize
from pko_extract.resources import default_rules
from pko_extract.segment import read_layout


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


LONG_LISTS = [
    (
        "Veterans gathered at a hotel to mark the day. Speakers Mr. Omar Khan, Security "
        "Adviser in four missions from 1995-2015, Ms. Lena Ruiz, winner of the Female "
        "Peacekeeper Award for the year 2011, and Team Leader in the Timor mission, and Mr. "
        "Karl Berg, Contingent Commander for the Namibian mission in 1989-90, paid tribute "
        "to the peacekeepers and stressed the value of partnerships.\n",
        [("Omar Khan", ["speaker"]), ("Lena Ruiz", ["speaker"]), ("Karl Berg", ["speaker"])],
    ),
    (
        "Addressing the gathering, Dr. Ana Silva, who headed the national commission from "
        "2001 to 2004, and Mr. Paul Mwangi, a retired police officer who served in Bosnia in "
        "1996, said that training must come first.\n",
        [("Ana Silva", ["speaker"]), ("Paul Mwangi", ["speaker"])],
    ),
    (
        "The Council also heard briefings from Mr. Ivo Marek, Under-Secretary-General for "
        "Field Support, and two Force Commanders: Gen. Ada Obi, from the mission in Liberia "
        "known as UNMIL, and Gen. Tomas Lind, from the mission in Mali.\n",
        [("Ivo Marek", ["presenter"]), ("Ada Obi", ["presenter"]), ("Tomas Lind", ["presenter"])],
    ),
    (
        "There were presentations by Col. Ian Reid, who commanded the battalion in 2010 and "
        "the sector after it, Ms. Eva Berg, a lawyer of the mission in Cyprus, and Mr. Jan "
        "Holm.\n",
        [("Ian Reid", ["presenter"]), ("Eva Berg", ["presenter"]), ("Jan Holm", ["presenter"])],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    LONG_LISTS,
    ids=["label-then-subjects", "participle-then-subjects", "agents-after-colon", "agents-by"],
)
def test_every_person_of_a_list_with_long_appositions_takes_the_cue(
    nlp: Language, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    """A list whose items carry appositions with lower-case words and years: every item
    takes the role, whether the list opens the sentence before a far verb or follows a cue."""
    assert person_roles(nlp, text) == expected


NOT_LISTS = [
    (
        "The Council heard a briefing from Mr. Ivo Marek, Head of the mission in Liberia, "
        "who thanked Ms. Rosa Lima, Minister of Defence, for her support.\n",
        [("Ivo Marek", ["presenter"]), ("Rosa Lima", ["mentioned"])],
    ),
    (
        "At the parade the Minister decorated Cpl. Ana Ruiz, a medic who served in Cyprus, "
        "and Lt. Ivan Dorn, an engineer, and later Capt. Omar Said, the commander of the "
        "unit, spoke about the mission.\n",
        [("Ana Ruiz", ["mentioned"]), ("Ivan Dorn", ["mentioned"]), ("Omar Said", ["speaker"])],
    ),
    (
        "Besides Gen. Ada Obi, who led the mission in Liberia, Mr. Tor Vik, Head of "
        "the Centre, stressed the need for training.\n",
        [("Ada Obi", ["mentioned"]), ("Tor Vik", ["speaker"])],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    NOT_LISTS,
    ids=["verb-in-the-gap", "list-not-opening-sentence", "preposition-not-label"],
)
def test_people_with_a_verb_of_their_own_or_objects_are_no_items(
    nlp: Language, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    """A name after another cue ("who thanked X") or in a list that does not open the
    sentence (objects of a verb) does not take the far cue."""
    assert person_roles(nlp, text) == expected


def test_a_year_in_the_subjects_apposition_does_not_date_the_words(nlp: Language) -> None:
    """'X, who served in Mozambique in 1994, said': the year dates X's post, so X spoke at
    the event; 'Y said in 2019' and a year in the item before 'and' keep their reading."""
    text = (
        "Mr. Omar Khan, who served in Mozambique in 1994, said the mission changed him. "
        "Ms. Rosa Lima said in 2019 that more police were needed. "
        "The guests were Col. Ian Reid, Observer in Liberia in 2004, and Mr. Jan Holm.\n"
    )
    assert person_roles(nlp, text) == [
        ("Omar Khan", ["speaker"]),
        ("Rosa Lima", ["mentioned"]),
        ("Ian Reid", ["participant"]),
        ("Jan Holm", ["participant"]),
    ]


ATTENDANCE_AND_WELCOME = [
    (
        "At the opening of the course, Ms. Rita Osei bid the officers welcome. The audience "
        "was also addressed by Mr. Paul Mwangi. Lt. Gen. Omar Khan was among the other "
        "speakers.\n",
        [
            ("Rita Osei", ["opening_remarks"]),
            ("Paul Mwangi", ["speaker"]),
            ("Omar Khan", ["speaker"]),
        ],
    ),
    (
        "Chief guest Mr. Kofi Amoah, who served in three missions, watched the parade. "
        "Col. Ian Reid stood in for the Minister. Gen. Ada Obi handed out the medals, with "
        "Maj. Tor Vik at her side.\n",
        [
            ("Kofi Amoah", ["participant"]),
            ("Ian Reid", ["participant"]),
            ("Ada Obi", ["participant"]),
            ("Tor Vik", ["participant"]),
        ],
    ),
    (
        "The Summit heard the report of Ambassador Eva Berg on the situation. Later the "
        "Secretary-General held talks with Mr. Jan Holm, and had a meeting with Ms. Lena "
        "Ruiz.\n",
        [
            ("Eva Berg", ["presenter"]),
            ("Jan Holm", ["participant"]),
            ("Lena Ruiz", ["participant"]),
        ],
    ),
    (
        "“We must act,” said Mr. Ivo Marek, the Special Representative, who declared open a "
        "two-day conference. Dr. Ana Silva then spoke words of welcome.\n",
        [("Ivo Marek", ["opening_remarks"]), ("Ana Silva", ["opening_remarks"])],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    ATTENDANCE_AND_WELCOME,
    ids=["course-opening", "medal-parade", "summit-meetings", "declared-open"],
)
def test_attendance_welcome_and_briefing_cues(
    nlp: Language, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    """People who took part without a speech verb: a welcome bid or spoken and a conference
    declared open (opening remarks), "addressed by" and "among the other speakers"
    (speakers, a copula before "among" is no passive), a chief guest, a stand-in, medals
    handed out, someone at a person's side, talks and meetings (participants), the report
    a summit heard (presenter)."""
    assert person_roles(nlp, text) == expected


def test_a_cue_of_what_was_done_wins_over_a_nearer_cue_of_presence(nlp: Language) -> None:
    """'The chief guest, X, Commandant of ..., gave the graduation address': the address (an
    item with X) wins over the nearer "chief guest", whatever their distances."""
    text = (
        "The chief guest, Maj. Gen. Omar Khan, Commandant of the Joint Command and Staff "
        "College, gave the graduation address.\n"
    )
    _event, persons, agenda = parse_text(read_layout(text), recognize(nlp(text)), default_rules())
    assert [(p.name, p.roles) for p in persons] == [("Omar Khan", ["speaker"])]
    assert [(it.kind, [(p.name, r) for p, r, _ in it.members]) for it in agenda.items] == [
        ("address", [("Omar Khan", "speaker")])
    ]


def test_a_copula_far_after_a_verb_does_not_invert_it(nlp: Language) -> None:
    """'The award, the chief explained, is meant for staff who carry on Captain X's work':
    the copula belongs to another clause, so X (a name the award keeps) is no speaker;
    'Also speaking at the ceremony were A and B' still inverts."""
    text = (
        "The award, the chief explained, is meant for military, police or civilian staff "
        "who carry on Capt. Omar Khan's tradition of courage. Also speaking at the ceremony "
        "were Ms. Rita Osei and Mr. Paul Mwangi.\n"
    )
    assert person_roles(nlp, text) == [
        ("Omar Khan", ["mentioned"]),
        ("Rita Osei", ["speaker"]),
        ("Paul Mwangi", ["speaker"]),
    ]


def test_a_pronoun_subject_leaves_the_person_after_with_or_by_to_the_cue(
    nlp: Language,
) -> None:
    """'He held talks with X', 'she was received by Y', 'he received a briefing from Z':
    the person after the cue took part whoever the subject is (the visitor himself is
    given no role by "he"); an object after a verb ('he thanked W') still takes none."""
    text = (
        "Mr. Ivo Marek visited the mission on Monday. He held talks with Mr. Jan Holm, the "
        "Foreign Minister. Later he received a briefing from Col. Ian Reid, and she was "
        "received by Dr. Eva Berg. Mr. Tor Vik said he thanked Ms. Rita Osei.\n"
    )
    assert person_roles(nlp, text) == [
        ("Ivo Marek", ["mentioned"]),
        ("Jan Holm", ["participant"]),
        ("Ian Reid", ["presenter"]),
        ("Eva Berg", ["participant"]),
        ("Tor Vik", ["speaker"]),
        ("Rita Osei", ["mentioned"]),
    ]


def test_attending_a_panel_is_being_in_its_audience(nlp: Language) -> None:
    """'X sat in on a panel discussion', 'attended the closing panel': a panel item, X in
    its audience (participant, not one of the panel's people), and no panel frame for the
    next sentence; 'took part in a panel discussion' still makes panelists."""
    text = (
        "The Minister, Mr. Ivo Marek, sat in on a panel discussion on mandates. Later he met "
        "Ms. Lena Ruiz. Ms. Rita Osei and Dr. Paul Mwangi took part in a panel discussion "
        "on policing.\n"
    )
    _event, persons, agenda = parse_text(read_layout(text), recognize(nlp(text)), default_rules())
    assert [(p.name, p.roles) for p in persons] == [
        ("Ivo Marek", ["participant"]),
        ("Lena Ruiz", ["mentioned"]),
        ("Rita Osei", ["panelist"]),
        ("Paul Mwangi", ["panelist"]),
    ]
    assert [(it.kind, [(p.name, r) for p, r, _ in it.members]) for it in agenda.items] == [
        ("panel", [("Rita Osei", "panelist"), ("Paul Mwangi", "panelist")])
    ]


def test_decorated_people_took_part_and_an_object_past_a_semicolon_is_not_the_cues(
    nlp: Language,
) -> None:
    """'X was awarded the medal', 'A and B were decorated', 'Y was presented with a
    certificate': they took part; 'the trainees who took part in it; to Dr. Z' gives Z
    nothing (another clause, past the semicolon)."""
    text = (
        "Cpl. Ana Ruiz was awarded the medal for courage. Sgt. Omar Khan and Sgt. Ivan Dorn "
        "were decorated by the Force Commander, and Lt. Tor Vik was presented with a "
        "certificate. My thanks go to the trainees who took part in the programme with such "
        "determination; to Dr. Eva Berg, Director of the Centre, for her support.\n"
    )
    assert person_roles(nlp, text) == [
        ("Ana Ruiz", ["participant"]),
        ("Omar Khan", ["participant"]),
        ("Ivan Dorn", ["participant"]),
        ("Tor Vik", ["participant"]),
        ("Eva Berg", ["mentioned"]),
    ]


def test_an_announcement_tells_roles_in_the_future_tense(nlp: Language) -> None:
    """An event page before the event: 'Professor X will share ...', 'Dr. Y will present
    the report', 'Ms. Z will moderate the discussion', 'Amb. W will chair'."""
    text = (
        "For the first time before a London audience, Prof. Omar Khan will share what his "
        "research found. Dr. Eva Berg will present the new report, and Ms. Rita Osei will "
        "moderate the discussion. Amb. Tor Vik will chair the session.\n"
    )
    assert person_roles(nlp, text) == [
        ("Omar Khan", ["speaker"]),
        ("Eva Berg", ["presenter"]),
        ("Rita Osei", ["moderator"]),
        ("Tor Vik", ["chair"]),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ms. Maria Lopes arrived in Lisbon on Monday for the ministerial meeting.\n\n"
            "On Tuesday, she addressed the Opening Ceremony of the meeting. Later Ms. Lopes sat in "
            "on a panel discussion on mandates.\n",
            [("opening_remarks", [("Maria Lopes", "opening_remarks")]), ("panel", [])],
        ),
        (
            "Gen. Omar Said flew to the capital for the conference.\n\n"
            "He spoke at the closing ceremony, thanking the hosts.\n",
            [("closing_remarks", [("Omar Said", "closing_remarks")])],
        ),
    ],
    ids=["addressed-the-opening-ceremony", "spoke-at-the-closing-ceremony"],
)
def test_pronoun_speaking_at_a_named_part_gives_that_part(
    nlp: Language, text: str, expected: list[tuple[str, list[tuple[str, str]]]]
) -> None:
    """ "She addressed the Opening Ceremony": the part after the speaking verb is the
    pronoun's antecedent's item (opening remarks), as "Ms. X addressed the opening ceremony"
    is; a panel she sat in on is an item without her."""
    _event, _persons, agenda = parse_text(read_layout(text), recognize(nlp(text)), default_rules())
    assert [(it.kind, [(p.name, r) for p, r, _ in it.members]) for it in agenda.items] == expected


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May the institute held a discussion on famine and security. The panel was made "
        "up of Ms. Ana Ruiz of the Daily Post; Dr. Ben Ode of the Crisis Centre; and Prof. Ida "
        "Lam of Lakeside University. Senior Fellow Mr. Tom Berg served as moderator.\n",
        "The institute held a discussion on famine and security on 3 May. The panel was "
        "composed of Ms. Ana Ruiz, Dr. Ben Ode and Prof. Ida Lam. Mr. Tom Berg moderated the "
        "discussion.\n",
        "A panel brought together Ms. Ana Ruiz, Dr. Ben Ode and Prof. Ida Lam. Mr. Tom Berg "
        "served as moderator.\n",
    ],
    ids=["was-made-up-of", "was-composed-of", "brought-together"],
)
def test_panel_listed_in_a_sentence_with_its_moderator(nlp: Language, text: str) -> None:
    """ "The panel was made up of A; B; and C", "was composed of", "brought together": one
    panel item of its members, which the event's moderator of the next sentence joins."""
    _event, _persons, agenda = parse_text(read_layout(text), recognize(nlp(text)), default_rules())
    assert [(it.kind, sorted((p.name, r) for p, r, _ in it.members)) for it in agenda.items] == [
        (
            "panel",
            [
                ("Ana Ruiz", "panelist"),
                ("Ben Ode", "panelist"),
                ("Ida Lam", "panelist"),
                ("Tom Berg", "moderator"),
            ],
        )
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Over lunch, Col. Omar Diallo, Lt. Col. Ana Ruiz and Capt. Ben Ode gave "
            "presentations on the military's part in protecting civilians.\n",
            [
                (
                    "session",
                    [
                        ("Omar Diallo", "presenter"),
                        ("Ana Ruiz", "presenter"),
                        ("Ben Ode", "presenter"),
                    ],
                )
            ],
        ),
        (
            "In the afternoon Dr. Lena Holm and Mr. Ivo Marek gave presentations.\n",
            [("session", [("Lena Holm", "presenter"), ("Ivo Marek", "presenter")])],
        ),
        (
            "Ambassador Mr. Ivo Marek and Ambassador Ms. Lena Holm each gave a presentation on "
            "their countries' contributions.\n",
            [("session", [("Ivo Marek", "presenter"), ("Lena Holm", "presenter")])],
        ),
        ("Dr. Lena Holm gave a presentation on mission budgets.\n", []),
    ],
    ids=[
        "three-gave-presentations",
        "two-gave-presentations",
        "each-gave-a-presentation",
        "one-presentation",
    ],
)
def test_people_giving_presentations_together_are_a_session(
    nlp: Language, text: str, expected: list[tuple[str, list[tuple[str, str]]]]
) -> None:
    """ "A, B and C gave presentations", "A and B each gave a presentation": one part of the
    programme, a session of its presenters; one person's presentation is a role, no item."""
    _event, _persons, agenda = parse_text(read_layout(text), recognize(nlp(text)), default_rules())
    assert [(it.kind, [(p.name, r) for p, r, _ in it.members]) for it in agenda.items] == expected
