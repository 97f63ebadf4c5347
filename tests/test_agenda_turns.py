"""Speaker turns of transcripts and office agents (agenda_turns.py, agenda_prose.py), found
by the fresh set tests/fixtures/roles10: a turn with the speaker's country in parentheses;
one turn of running speech in a transcript; turns given to the chair's office ("THE
PRESIDENT:") naming the person of the record's "President:" line; a role's turn with the
person in parentheses ("MODERATOR (Dr. X, Org):"); an all-capital name's turn matched to
the person a bio names; a label turn's "Thank you, X" (an address, not the label's value);
a chair's "Thank you. Mr. X, five minutes." (no label value either); a rank the recogniser
does not know before a turn's name ("LCol X:"); a member whose only turn asks a question
(participant); a passive cue whose agent is an office with no name, given to the next
sentence's subject;
"introduced by" or "was read by" after a report or an item (presenter); an office agent
who presided and then spoke (chair and speaker). All texts invented."""

from __future__ import annotations

import pytest
from conftest import person_roles
from spacy.language import Language

from pko_extract.recognize import build_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


_SPEECH = (
    "We welcome the report and the work of the mission in the north. Our country will "
    "send two more units before the rains."
)

CASES = [
    pytest.param(
        "Provisional record\n\n"
        f"Ms. Leena Virta (Finland): {_SPEECH}\n\n"
        f"Mr. Tomas Ibarra (Chile): {_SPEECH}\n\n"
        f"Mr. Kofi Mensah-Bonsu (Ghana): {_SPEECH}\n",
        [
            ("Leena Virta", ["speaker"]),
            ("Tomas Ibarra", ["speaker"]),
            ("Kofi Mensah-Bonsu", ["speaker"]),
        ],
        id="country-turns-in-a-transcript",
    ),
    pytest.param(
        "Programme\n\nDr. Ana Costa (Brazil): Policing in missions\n\n"
        "Ms. Lea Roth (Austria): Gender and mandates\n",
        [("Ana Costa", ["mentioned"]), ("Lea Roth", ["mentioned"])],
        id="programme-lines-are-no-turns",
    ),
    pytest.param(
        "Meeting record\n\nPresident: Mr. Arne Dahl (Norway)\n\n"
        f"THE PRESIDENT: I give the floor to the first speaker. {_SPEECH}\n\n"
        f"Ms. Rosa Quispe (Peru): {_SPEECH}\n\n"
        f"Mr. Yusuf Ali (Kenya): {_SPEECH}\n",
        [("Arne Dahl", ["chair"]), ("Rosa Quispe", ["speaker"]), ("Yusuf Ali", ["speaker"])],
        id="office-turns-make-the-president-chair",
    ),
    pytest.param(
        "Webinar transcript\n\n"
        f"MODERATOR (Dr. Ines Wolff, Peace Institute): Welcome to all of you. {_SPEECH}\n\n"
        "AUDIENCE MEMBER (Mr. Omar Haddad, Citizens Forum): What happens to the data "
        "afterwards?\n",
        [("Ines Wolff", ["moderator"]), ("Omar Haddad", ["participant"])],
        id="labelled-turns",
    ),
    pytest.param(
        "Questions\n\nQ (Maj. Ravi Nair, staff college): Who pays for the fuel of the "
        "generators?\nA (Dr. Eva Lund): The mission does, from its own budget.\n",
        [("Ravi Nair", ["participant"]), ("Eva Lund", ["mentioned"])],
        id="a-q-turn-asks-from-the-floor",
    ),
    pytest.param(
        "Transcript\n\nMODERATOR: Thank you, Ms. Alma Berg. Our next guest joins from Juba.\n\n"
        f"MS. ALMA BERG: {_SPEECH}\n\nMS. ALMA BERG: {_SPEECH}\n",
        [("Alma Berg", ["speaker"])],
        id="thanked-in-a-label-turn-is-no-moderator",
    ),
    pytest.param(
        "Hearing\n\nThe Chair (Ms. Joan Pike): Good morning. We resume our study of police "
        "deployments. Each witness will have ten minutes.\n\n"
        f"LCol Aksel Bruun: {_SPEECH}\n\n"
        "The Chair: Thank you. Mr. Paul Girard, five minutes.\n\n"
        "Mr. Paul Girard (Nord, Ind.): Colonel, when do the helicopters come home?\n\n"
        f"LCol Aksel Bruun: {_SPEECH}\n\n"
        "Witness: Lieutenant-Colonel Aksel Bruun, Joint Staff\n",
        [("Joan Pike", ["chair"]), ("Paul Girard", ["participant"]), ("Aksel Bruun", ["speaker"])],
        id="hearing-chair-member-question-and-ranked-witness",
    ),
    pytest.param(
        "The course was closed by the Deputy Head of Mission. Mr. Pavel Novak said the "
        "graduates would join the units in May.\n",
        [("Pavel Novak", ["closing_remarks"])],
        id="office-agent-then-named-subject",
    ),
    pytest.param(
        "The seminar was opened by the Director of the Centre. In her remarks, Dr. Sofia "
        "Lind recalled the first course.\n",
        [("Sofia Lind", ["opening_remarks"])],
        id="office-agent-then-subject-after-a-clause",
    ),
    pytest.param(
        "The parade was presided over by the Chief of Army. In his address, Lieutenant "
        "General Noah Berg thanked the families.\n",
        [("Noah Berg", ["chair", "speaker"])],
        id="office-agent-presided-then-spoke",
    ),
    pytest.param(
        "Hearing\n\nThe Chair (Ms. Joan Pike): Good morning. We resume our study of police "
        "deployments. Each witness will have ten minutes.\n\n"
        f"Dr. Amos Tal: {_SPEECH}\n\n"
        f"Dr. Amos Tal: {_SPEECH}\n\n"
        "The Chair: Thank you both. Senator Rhys Owen, you have five minutes.\n\n"
        "Senator Rhys Owen: Doctor, when will the police units be relieved?\n",
        [("Joan Pike", ["chair"]), ("Amos Tal", ["speaker"]), ("Rhys Owen", ["participant"])],
        id="a-senator-thanked-then-asking",
    ),
    pytest.param(
        "The annual report was read by the Course Director, Colonel Ida Kaur.\n",
        [("Ida Kaur", ["presenter"])],
        id="a-report-read-is-presented",
    ),
    pytest.param(
        "The draft report was introduced by the Rapporteur, Ms. Hana Dvorak.\n",
        [("Hana Dvorak", ["presenter"])],
        id="introduced-report-is-presented",
    ),
    pytest.param(
        "The guest speaker was introduced by Mr. Li Wei, who then gave the floor.\n",
        [("Li Wei", ["speaker"])],
        id="introduced-speaker-stays-speaker",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_turn_and_office_roles(
    nlp: Language, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert person_roles(nlp, text) == expected
