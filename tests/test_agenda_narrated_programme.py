"""Running text that tells a ceremony's programme from its opening to its close: each speech
between the opening and the closing item is an address item of its own; an office with
"the" that is an agent ("laid by the Country Director, ...", "opened by the Chairperson")
or a speech's subject ("In her opening statement the Chair ...") is the person the text
named with that office or role before; a relative's name inside "whose husband, X," is not
the speaker, nor is the partner of a second act ("addressed them and handed out medals
together with Y"). All texts invented."""

from __future__ import annotations

import pytest
from conftest import agenda_items, person_roles
from spacy.language import Language

from pko_extract.recognize import build_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


_CEREMONY = (
    "Harbour town remembers its peacekeepers\n\n"
    "VALMORA, 14 June 2023 - Veterans and families met at the Town Hall this morning.\n\n"
    "The ceremony opened with remarks by the Country Director, Ms. Teodora Villanueva-Ruiz, "
    "who welcomed the guests.\n\n"
    "Colonel Anselm Okonkwo-Baird, Commander of the Coastal Brigade, addressed the veterans "
    "and handed out medals together with the Deputy Mayor, Mr. Jorge Salcedo Prieto.\n\n"
    "Mrs. Halima Ssebunya, whose brother, Corporal Moses Ssebunya, died in 2011, spoke on "
    "behalf of the families.\n\n"
    "Wreaths were laid by the Country Director, the Commander of the Coastal Brigade and the "
    "Dean of the Consular Corps, Mr. Pavel Lindqvist-Moro.\n\n"
    "The ceremony closed with a vote of thanks by Mr. Idris Kamau-Lerner.\n"
)


def test_speeches_between_opening_and_closing_are_address_items(nlp: Language) -> None:
    assert agenda_items(nlp, _CEREMONY) == [
        ("opening_remarks", None, [("Teodora Villanueva-Ruiz", "opening_remarks")]),
        ("address", None, [("Anselm Okonkwo-Baird", "speaker")]),
        ("address", None, [("Halima Ssebunya", "speaker")]),
        (
            "other",
            "Wreaths were laid",
            [
                ("Pavel Lindqvist-Moro", "participant"),
                ("Teodora Villanueva-Ruiz", "participant"),
                ("Anselm Okonkwo-Baird", "participant"),
            ],
        ),
        ("closing_remarks", None, [("Idris Kamau-Lerner", "closing_remarks")]),
    ]
    assert person_roles(nlp, _CEREMONY) == [
        ("Teodora Villanueva-Ruiz", ["opening_remarks"]),
        ("Anselm Okonkwo-Baird", ["speaker"]),
        ("Jorge Salcedo Prieto", ["mentioned"]),
        ("Halima Ssebunya", ["speaker"]),
        ("Moses Ssebunya", ["mentioned"]),
        ("Pavel Lindqvist-Moro", ["participant"]),
        ("Idris Kamau-Lerner", ["closing_remarks"]),
    ]


def test_a_debate_the_chair_opened_makes_no_address_items(nlp: Language) -> None:
    """No closing item: the speakers of a meeting the chair opened stay speakers only."""
    text = (
        "Committee continues its debate\n\n"
        "Committee Chair Ana Lucia Ferreira-Gomes opened the meeting.\n\n"
        "Mr. Bohdan Kravets-Orlov said that rotations must be predictable.\n\n"
        "Ms. Chiamaka Eze-Lindgren said her country would send engineers.\n"
    )
    assert [kind for kind, _t, _m in agenda_items(nlp, text)] == ["opening_remarks"]


def test_a_moderated_discussion_makes_no_address_items(nlp: Language) -> None:
    text = (
        "Webinar recap\n\n"
        "Dr. Ingrid Solberg-Achebe welcomed participants.\n\n"
        "The discussion was moderated by Mr. Tomas Varga-Nkosi. Ms. Leila Haddad-Okafor "
        "said that patrols must continue.\n\n"
        "Dr. Ingrid Solberg-Achebe closed the webinar.\n"
    )
    kinds = [kind for kind, _t, _m in agenda_items(nlp, text)]
    assert "address" not in kinds


_COMMUNIQUE = (
    "COMMUNIQUE OF THE MINISTERIAL MEETING\n\n"
    "1. The meeting was chaired by Honourable Rasa Mbeki-Olsen, Minister of Defence and "
    "Chairperson of the Council, and co-chaired by Dr. Felipe Aranda Soto, Deputy Minister "
    "of Security.\n\n"
    "2. The meeting was officially opened by the Chairperson, who welcomed the delegations.\n"
)


def test_an_office_agent_is_its_earlier_named_holder(nlp: Language) -> None:
    assert person_roles(nlp, _COMMUNIQUE) == [
        ("Rasa Mbeki-Olsen", ["chair", "opening_remarks"]),
        ("Felipe Aranda Soto", ["chair"]),
    ]


def test_a_framed_speech_of_the_chair_is_the_chairs(nlp: Language) -> None:
    text = (
        "CHAIR'S SUMMARY\n\n"
        "1. The roundtable was chaired by Hon. Rasa Mbeki-Olsen, Minister of Defence, and "
        "co-chaired by Dr. Felipe Aranda Soto, Deputy Minister of Security.\n\n"
        "2. In her opening statement the Chair recalled the first deployment of the country's "
        "police.\n"
    )
    assert person_roles(nlp, text) == [
        ("Rasa Mbeki-Olsen", ["chair", "opening_remarks"]),
        ("Felipe Aranda Soto", ["chair"]),
    ]


def test_a_workshop_told_from_opening_to_close_makes_no_address_items(nlp: Language) -> None:
    """Only a ceremony's speeches are parts of its programme: the speakers a workshop's
    report names between its opening and its closing stay speakers, in no item."""
    text = (
        "Regional workshop on convoy protection\n\n"
        "The workshop opened with remarks by the Deputy Director, Ms. Teodora "
        "Villanueva-Ruiz, who welcomed the participants.\n\n"
        "Colonel Anselm Okonkwo-Baird, Commander of the Coastal Brigade, addressed the "
        "participants on route clearance.\n\n"
        "The workshop closed with a vote of thanks by Mr. Idris Kamau-Lerner.\n"
    )
    assert agenda_items(nlp, text) == [
        ("opening_remarks", None, [("Teodora Villanueva-Ruiz", "opening_remarks")]),
        ("closing_remarks", None, [("Idris Kamau-Lerner", "closing_remarks")]),
    ]
    assert person_roles(nlp, text) == [
        ("Teodora Villanueva-Ruiz", ["opening_remarks"]),
        ("Anselm Okonkwo-Baird", ["speaker"]),
        ("Idris Kamau-Lerner", ["closing_remarks"]),
    ]
