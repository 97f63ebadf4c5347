"""Programme and record layouts of the holdout6 error classes, in invented words: a
conference programme's "Papers:" line (presenters, the second paper on the next line), an
"Opening lecture:" (keynote), a "Roundtable - Title" (the title after the dash); minutes
whose "The Chair opened ... closed the meeting" is the person of the "Chair:" line, not the
"Vice-Chair:" one, with "Members participating online:" present; "Welcoming remarks by A,
followed by a keynote by B on “Title”" (the title is the keynote's) and a master of
ceremonies (moderator); a ceremony programme's "Address by the Force Commander" given to the
one person the report names in that office; an ambassador who "presented United Nations
medals" and then spoke is a speaker, not a presenter. All texts invented."""

from __future__ import annotations

import pytest
from conftest import agenda_items, person_roles
from spacy.language import Language

from pko_extract.recognize import build_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


_PAPERS = (
    "WORKSHOP ON THE HISTORY OF OBSERVER MISSIONS\n"
    "Dates: 4-5 June 2024\n\n"
    '10:00  Opening lecture: "Watching the Line: Observers since 1949"\n'
    "       Prof. Ingrid Halvorsen-Mbeki, University of Tromsdal\n\n"
    "11:30  Panel 1 - Ceasefire lines\n"
    "       Chair: Dr. Tomas Lindqvist-Aranda\n"
    '       Papers: Dr. Mei-Ling Okafor (Leiden), "Kashmir patrols";\n'
    '       Dr. Rafael Quintero-Baptiste (Bogotá), "Observers in Central America"\n\n'
    "14:00  Roundtable - Observers after the Cold War\n"
    "       Moderator: Dr. Tomas Lindqvist-Aranda\n"
    "       With Colonel Ayodele Bankole-Hart and Ms. Petra Vukovic-Lund\n"
)


def test_papers_opening_lecture_and_a_dashed_roundtable(nlp: Language) -> None:
    assert agenda_items(nlp, _PAPERS) == [
        (
            "keynote",
            "Watching the Line: Observers since 1949",
            [("Ingrid Halvorsen-Mbeki", "keynote_speaker")],
        ),
        (
            "panel",
            "Ceasefire lines",
            [
                ("Tomas Lindqvist-Aranda", "chair"),
                ("Mei-Ling Okafor", "presenter"),
                ("Rafael Quintero-Baptiste", "presenter"),
            ],
        ),
        (
            "panel",
            "Observers after the Cold War",
            [
                ("Tomas Lindqvist-Aranda", "moderator"),
                ("Ayodele Bankole-Hart", "panelist"),
                ("Petra Vukovic-Lund", "panelist"),
            ],
        ),
    ]
    assert person_roles(nlp, _PAPERS) == [
        ("Ingrid Halvorsen-Mbeki", ["keynote_speaker"]),
        ("Tomas Lindqvist-Aranda", ["chair", "moderator"]),
        ("Mei-Ling Okafor", ["presenter"]),
        ("Rafael Quintero-Baptiste", ["presenter"]),
        ("Ayodele Bankole-Hart", ["panelist"]),
        ("Petra Vukovic-Lund", ["panelist"]),
    ]


_MINUTES = (
    "MINUTES OF THE SECOND MEETING OF THE WORKING GROUP ON FIELD LOGISTICS\n\n"
    "ATTENDANCE\n"
    "Chair: Ms. Leonie Asante-Brandt (Ghana)\n"
    "Vice-Chair: Colonel Pavel Novotny-Reyes (Czechia)\n"
    "Members participating online: Dr. Hiroshi Tanabe-Okoro (Japan)\n\n"
    "1. OPENING OF THE MEETING\n"
    "1.1 The Chair opened the meeting at 10:00 and welcomed the members.\n\n"
    "2. FUEL SUPPLY CONTRACTS\n"
    "2.1 Colonel Novotny-Reyes presented the review of fuel contracts.\n\n"
    "3. CLOSING\n"
    "3.1 The Chair closed the meeting at 17:00.\n"
)


def test_the_chair_of_minutes_is_the_chair_line_not_the_vice_chair(nlp: Language) -> None:
    assert agenda_items(nlp, _MINUTES) == [
        (
            "opening_remarks",
            "OPENING OF THE MEETING",
            [("Leonie Asante-Brandt", "opening_remarks")],
        ),
        ("session", "FUEL SUPPLY CONTRACTS", [("Pavel Novotny-Reyes", "presenter")]),
        ("closing_remarks", "CLOSING", [("Leonie Asante-Brandt", "closing_remarks")]),
    ]
    assert person_roles(nlp, _MINUTES) == [
        ("Leonie Asante-Brandt", ["chair", "opening_remarks", "closing_remarks"]),
        ("Pavel Novotny-Reyes", ["chair", "presenter"]),
        ("Hiroshi Tanabe-Okoro", ["participant"]),
    ]


_CEREMONY = (
    "Award ceremony honours women police officers\n\n"
    "The ceremony was hosted by journalist Ms. Anika Sorensen-Diallo, who acted as "
    "master of ceremonies. "
    "Welcoming remarks were made by Ambassador Clara Menendez-Obi, followed by a keynote by "
    'Dr. Yara Haddad-Lindgren on "Policing with communities".\n'
)


def test_a_keynote_after_welcoming_remarks_takes_the_quoted_title(nlp: Language) -> None:
    assert agenda_items(nlp, _CEREMONY) == [
        ("opening_remarks", None, [("Clara Menendez-Obi", "opening_remarks")]),
        ("keynote", "Policing with communities", [("Yara Haddad-Lindgren", "keynote_speaker")]),
    ]
    assert person_roles(nlp, _CEREMONY) == [
        ("Anika Sorensen-Diallo", ["moderator"]),
        ("Clara Menendez-Obi", ["opening_remarks"]),
        ("Yara Haddad-Lindgren", ["keynote_speaker"]),
    ]


_PARADE = (
    "Contingent bids farewell before deployment\n\n"
    "The ceremony was attended by the Minister of Defence, Ms. Helga Brandvold-Asare, and by the "
    "Force Commander, Brigadier General Jonas Okello-Varga.\n\n"
    "Programme of the ceremony\n"
    "Honours to the Minister\n"
    "Address by the Force Commander\n"
    "Address by the Minister of Defence\n"
    "March past\n"
)


def test_an_address_by_an_office_goes_to_its_holder(nlp: Language) -> None:
    assert agenda_items(nlp, _PARADE) == [
        ("address", "Address by the Force Commander", [("Jonas Okello-Varga", "speaker")]),
        ("address", "Address by the Minister of Defence", [("Helga Brandvold-Asare", "speaker")]),
        ("other", "March past", []),
    ]
    assert person_roles(nlp, _PARADE) == [
        ("Helga Brandvold-Asare", ["speaker"]),
        ("Jonas Okello-Varga", ["speaker"]),
    ]


_MEDALS = (
    "UN medals for the engineering company\n\n"
    "Ambassador Liisa Korhonen-Baptiste presented United Nations medals to 90 members of the "
    "engineering company at a parade in Camp Tibnin on 6 May 2024.\n\n"
    "In her speech Ambassador Korhonen-Baptiste thanked the soldiers for their work on the roads.\n"
)


def test_presenting_un_medals_is_no_presentation(nlp: Language) -> None:
    assert person_roles(nlp, _MEDALS) == [("Liisa Korhonen-Baptiste", ["speaker"])]
