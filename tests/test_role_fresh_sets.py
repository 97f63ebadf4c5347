"""Role classes found by the fresh invented sets tests/fixtures/roles1 (and after): each
class in several invented wordings, none taken from those sets' reports. A briefing or
presentation "was given / provided / delivered by" its presenters (data/role_acts.jsonl and
data/act_verbs.txt make the cues). From roles2: a closing statement delivered in running
text, "lecturers" as a group noun, and a speaker thanking someone "for his briefing" or "for
her statement". From roles3: a delegate's intervention in a meeting record ("made an
intervention", "intervened", "interventions were made by"); a role label in a column
before the name, without colon or dash ("Moderator      Ms. X", segment.py reads it as the
line's label). From roles4: an "Instructors" or "Trainers" heading or group noun,
"those decorated" among the participants, "made by A on X and by B on Y", "Also briefing
the Council were". From roles5: a eulogy delivered, wreaths laid (participants), graduates
"also included" in a list, a "Guest:" label, a report introduced (presenter), a one-person
credit line "Photos: X, Office" (mentioned, not pictured), a role in parentheses in a
programme table row. From roles6: a role heading after "Our" or "Meet the"; "Presentations
by A (Org) and B (Org)" and a role verb after a name ("Ms. X presented", "Mr. Y commented")
in a session line; an "Apologies:" label (mentioned); a former chairperson named after the
title (mentioned). From roles10: "the following briefers: A, post; B, post; and C"
(presenters); medals or certificates "pinned by" or "presented by" someone (and whoever
"assisted" them), a parade "reviewed by" someone who "took the salute" (participants, as
those who present medals); "Presiding over the ceremony, X thanked" (chair, and speaker for
the words); "made an introductory statement" (speaker); "Also briefing, by video link, X
described" (presenter)."""

from __future__ import annotations

import pytest
from conftest import person_roles
from spacy.language import Language

from pko_extract.recognize import build_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


CASES = [
    (
        "The course opened on Monday. Briefings were given by Colonel Anna Berg and "
        "Mr. Tomas Ruiz.\n",
        [("Anna Berg", ["presenter"]), ("Tomas Ruiz", ["presenter"])],
    ),
    (
        "On the second day a briefing was provided by Ms. Leila Haddad, Chief of Section.\n",
        [("Leila Haddad", ["presenter"])],
    ),
    (
        "Presentations were delivered by Dr. Kenji Mori and Lt. Col. Sara Nilsen on the "
        "training cycle.\n",
        [("Kenji Mori", ["presenter"]), ("Sara Nilsen", ["presenter"])],
    ),
    (
        "The participants then heard the results. The presentation was made by Major Ivo Petrov.\n",
        [("Ivo Petrov", ["presenter"])],
    ),
    (
        "The panel ended at noon. Ms. Ruth Okafor delivered the closing statement.\n",
        [("Ruth Okafor", ["closing_remarks"])],
    ),
    (
        "Mr. Lars Eng gave the closing statement on behalf of the organisers.\n",
        [("Lars Eng", ["closing_remarks"])],
    ),
    (
        "Visiting lecturers included Dr. Omar Said and Ms. Petra Holm.\n",
        [("Omar Said", ["speaker"]), ("Petra Holm", ["speaker"])],
    ),
    (
        "The course ran for two weeks. Guest lecturers were Col. Ian Ross and Mr. Ali Noor.\n",
        [("Ian Ross", ["speaker"]), ("Ali Noor", ["speaker"])],
    ),
    (
        "I thank Ms. Maria Lund, the Special Representative, for her briefing.\n",
        [("Maria Lund", ["presenter"])],
    ),
    (
        "We thank Mr. Paul Weber for his briefing, and Ms. Anne Roy for her statement.\n",
        [("Paul Weber", ["presenter"]), ("Anne Roy", ["speaker"])],
    ),
    (
        "Under item 4, Ms. Rita Gomes (Brazil) made an intervention on funding.\n",
        [("Rita Gomes", ["speaker"])],
    ),
    (
        "Mr. Jan Vos (Belgium) intervened on the draft text, and Ms. Mary Kim also intervened.\n",
        [("Jan Vos", ["speaker"]), ("Mary Kim", ["speaker"])],
    ),
    (
        "Interventions were made by Col. Ken Abe and Mr. Yves Roux.\n",
        [("Ken Abe", ["speaker"]), ("Yves Roux", ["speaker"])],
    ),
    (
        "Moderator       Ms. Lea Brun\nPanellist       Mr. Omar Haddad\n"
        "Panellist       Dr. Ines Ortiz\n",
        [("Lea Brun", ["moderator"]), ("Omar Haddad", ["panelist"]), ("Ines Ortiz", ["panelist"])],
    ),
    (
        "Speakers\n\nChair\tCol. Tom Reed\nRespondent\tMs. Ada Lowe, Senior Fellow\n",
        [("Tom Reed", ["chair"]), ("Ada Lowe", ["commentator"])],
    ),
    (
        "Trainers\n\nMaj. Ivo Baros (Chile) - field logistics\nMs. Ana Keto (Kenya) - gender\n",
        [("Ivo Baros", ["presenter"]), ("Ana Keto", ["presenter"])],
    ),
    (
        "The course instructors were Col. Rui Lobo and Capt. Eva Lind.\n",
        [("Rui Lobo", ["presenter"]), ("Eva Lind", ["presenter"])],
    ),
    (
        "Medals were handed out after the parade. Among those decorated were Sgt. Tariq Aziz and"
        " Cpl. Nina Holt.\n",
        [("Tariq Aziz", ["participant"]), ("Nina Holt", ["participant"])],
    ),
    (
        "Briefings were given by Dr. Asha Mehta on early warning and by Col. Piet Brink on"
        " patrols.\n",
        [("Asha Mehta", ["presenter"]), ("Piet Brink", ["presenter"])],
    ),
    (
        "Also briefing the Council were Ms. Ana Lindo and Mr. Bo Ek.\n",
        [("Ana Lindo", ["presenter"]), ("Bo Ek", ["presenter"])],
    ),
    (
        "The eulogy was delivered by Captain Omar Sy.\n",
        [("Omar Sy", ["speaker"])],
    ),
    (
        "Wreaths were laid by Colonel Per Aas and by Ms. Eva Roth.\n",
        [("Per Aas", ["participant"]), ("Eva Roth", ["participant"])],
    ),
    (
        "The course closed.\n\nGraduates also included:\n- Major Ali Kerimov (Azerbaijan)\n"
        "- Captain Ines Maes (Belgium)\n",
        [("Ali Kerimov", ["participant"]), ("Ines Maes", ["participant"])],
    ),
    (
        "Host: Ana Ruiz\nGuest: Dr. Li Wei, former observer\n",
        [("Ana Ruiz", ["moderator"]), ("Li Wei", ["speaker"])],
    ),
    (
        "Introducing the report, Ms. Ana Ruiz said costs had grown.\n",
        [("Ana Ruiz", ["presenter"])],
    ),
    (
        "The day ended.\n\nPhotos: Cpl. Niall Roe, Defence Press Office\n",
        [("Niall Roe", ["mentioned"])],
    ),
    (
        "Programme\n\n| Time | Session | Speaker | Affiliation |\n|---|---|---|---|\n"
        "| 10:00 | Panel: Funding | Dr. Ana Lobo (moderator) | Peace Fund |\n"
        "| | | Mr. Li Wei | Asia Fund |\n",
        [("Ana Lobo", ["moderator"]), ("Li Wei", ["panelist"])],
    ),
    (
        "Our speakers\n\nDr. Ana Lobo\nProfessor of Law\nLakeside University\n\nMs. Eva Lind\n"
        "Deputy Director\nNordic Police Academy\n",
        [("Ana Lobo", ["speaker"]), ("Eva Lind", ["speaker"])],
    ),
    (
        "Workshop Report\n\nSession 1 - Supply. Chaired by Mr. Jon Ek (Service Centre). "
        "Presentations by Ms. Ana Lobo (Fund) and Lt. Col. Rui Sa (Army).\n\nSession 2 - Camps. "
        "Chaired by Dr. Eva Lind. Ms. Ada Roe presented the new guidelines, and Mr. Omar Aziz "
        "commented on the plans.\n",
        [
            ("Jon Ek", ["chair"]),
            ("Ana Lobo", ["presenter"]),
            ("Rui Sa", ["presenter"]),
            ("Eva Lind", ["chair"]),
            ("Ada Roe", ["presenter"]),
            ("Omar Aziz", ["commentator"]),
        ],
    ),
    (
        "Minutes\n\nPresent: Col. Jan Ek (Chair), Ms. Ada Roe\nApologies: Brig. Gen. Omar Aziz\n",
        [("Jan Ek", ["chair"]), ("Ada Roe", ["participant"]), ("Omar Aziz", ["mentioned"])],
    ),
    (
        "The Council recalled the commitments made by former Chairperson Dr. Nomsa Dube.\n",
        [("Nomsa Dube", ["mentioned"])],
    ),
]


CASES += [
    (
        "The Committee heard the following briefers: Ahmed Salem, Chief of Staff; Lucia "
        "Moretti, Senior Adviser; and Pablo Ruiz, Director of the Office.\n",
        [
            ("Ahmed Salem", ["presenter"]),
            ("Lucia Moretti", ["presenter"]),
            ("Pablo Ruiz", ["presenter"]),
        ],
    ),
    (
        "The medals were pinned by Colonel Ivo Marek and Ms. Dana Holt.\n",
        [("Ivo Marek", ["participant"]), ("Dana Holt", ["participant"])],
    ),
    (
        "The medals were presented by Brigadier Omar Faye, assisted by Major Lise Dubois.\n",
        [("Omar Faye", ["participant"]), ("Lise Dubois", ["participant"])],
    ),
    (
        "The parade was reviewed by General Tomas Varga, who inspected the guard.\n",
        [("Tomas Varga", ["participant"])],
    ),
    (
        "Major General Ken Sato took the salute as the companies marched past.\n",
        [("Ken Sato", ["participant"])],
    ),
    (
        "Presiding over the ceremony, the Sector Commander, Colonel Rui Alves, thanked the "
        "troops.\n",
        [("Rui Alves", ["chair", "speaker"])],
    ),
    (
        "Also briefing, by video link from Goma, Colonel Eric Mbala described the new bases.\n",
        [("Eric Mbala", ["presenter"])],
    ),
    (
        "Certificates were presented by Colonel Ali Rahim and Ms. Nora Fitz.\n",
        [("Ali Rahim", ["participant"]), ("Nora Fitz", ["participant"])],
    ),
    (
        "Ms. Mara Lindgren then made an introductory statement on the budget.\n",
        [("Mara Lindgren", ["speaker"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fresh_role_classes(
    nlp: Language, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert person_roles(nlp, text) == expected
