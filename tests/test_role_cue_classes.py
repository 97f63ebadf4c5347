"""Tests of role cue classes of running text in several wordings (data/role_cues.jsonl read
by agenda_prose.py): the chair of a meeting, questions from the audience, respondents,
pictured lists read left to right, rapporteurs, the host or leader of a discussion and
co-chairs. Each report is
invented; each class has more than one wording or layout."""

from __future__ import annotations

import pytest
from conftest import person_roles
from spacy.language import Language

from pko_extract.recognize import build_nlp
from pko_extract.resources import default_rules


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


CASES = [
    (
        "The meeting was held in Accra on 3 May. Mr. Kofi Mensah presided over the meeting, "
        "which brought together forty officers.\n",
        [("Kofi Mensah", ["chair"])],
    ),
    (
        "The workshop took place under the presidency of Ambassador Lena Holm, Permanent "
        "Representative of Sweden.\n",
        [("Lena Holm", ["chair"])],
    ),
    (
        "Under the chairmanship of Gen. Ravi Menon, the board reviewed the training plan.\n",
        [("Ravi Menon", ["chair"])],
    ),
    (
        "The round table, chaired by Col. Maria Vidal, discussed the protection of civilians.\n",
        [("Maria Vidal", ["chair"])],
    ),
    (
        "Dr. Mia Chen gave a talk on gender. A question from Mr. Yuri Petrov concerned the "
        "training of police.\n",
        [("Mia Chen", ["speaker"]), ("Yuri Petrov", ["participant"])],
    ),
    (
        "In the Q&A, Ms. Nora Bell wanted to know how the mission would be funded.\n",
        [("Nora Bell", ["participant"])],
    ),
    (
        "Mr. Ben Cole spoke on logistics. Ms. Ada Park, a student, inquired whether the "
        "mission would close.\n",
        [("Ben Cole", ["speaker"]), ("Ada Park", ["participant"])],
    ),
    (
        "The panel heard Mr. Leo King on mandates, with Ms. Sara Diaz as respondent.\n",
        [("Leo King", ["mentioned"]), ("Sara Diaz", ["commentator"])],
    ),
    (
        "Dr. Ivan Rossi acted as a respondent to the first two papers.\n",
        [("Ivan Rossi", ["commentator"])],
    ),
    (
        "Participants of the course (left to right): Mr. Tom Hill, Ms. Eve Stone and Mr. "
        "Abu Sesay.\n",
        [
            ("Tom Hill", ["participant"]),
            ("Eve Stone", ["participant"]),
            ("Abu Sesay", ["participant"]),
        ],
    ),
    (
        "From left: Maj. Kim Ahn, Capt. Lisa Moor, Mr. Dan Webb.\n",
        [
            ("Kim Ahn", ["participant"]),
            ("Lisa Moor", ["participant"]),
            ("Dan Webb", ["participant"]),
        ],
    ),
    (
        "Ms. Ruth Amin served as rapporteur of the seminar.\n",
        [("Ruth Amin", ["participant"])],
    ),
    (
        "The closing discussion was hosted by Ms. Clara Wood of the Institute.\n",
        [("Clara Wood", ["moderator"])],
    ),
    (
        "The session was co-chaired by Mr. Jon Sato and Ms. Eda Kim.\n",
        [("Jon Sato", ["chair"]), ("Eda Kim", ["chair"])],
    ),
    (
        "The dialogue was co-moderated by Dr. Li Wen and Mr. Max Roy.\n",
        [("Li Wen", ["moderator"]), ("Max Roy", ["moderator"])],
    ),
    (
        "The debate was led by Col. Ugo Neri.\n",
        [("Ugo Neri", ["moderator"])],
    ),
    (
        "The closing session was presided over by Ms. Tara Mohan.\n",
        [("Tara Mohan", ["chair"])],
    ),
    (
        "Ambassador Nils Berg was in the chair.\n",
        [("Nils Berg", ["chair"])],
    ),
    (
        "Ms. Ayo Bakare served as chairperson of the meeting.\n",
        [("Ayo Bakare", ["chair"])],
    ),
    (
        "Questions were raised by Mr. Sam Oyelaran and Ms. Kate Linn.\n",
        [("Sam Oyelaran", ["participant"]), ("Kate Linn", ["participant"])],
    ),
    (
        "Questions came from Mr. Jon Park and Ms. Ama Owusu.\n",
        [("Jon Park", ["participant"]), ("Ama Owusu", ["participant"])],
    ),
    (
        "Comments were offered by the discussant, Prof. Ari Levin.\n",
        [("Ari Levin", ["commentator"])],
    ),
    (
        "Discussant Dr. Maya Gold noted that the data were thin.\n",
        [("Maya Gold", ["commentator"])],
    ),
    (
        "Dr. Omar Farah, the discussant, noted that the data were thin.\n",
        [("Omar Farah", ["commentator"])],
    ),
    (
        "Ms. Iris Vogel responded to the presentations of the panel.\n",
        [("Iris Vogel", ["commentator"])],
    ),
    (
        "Left to right: Mr. Aldo Rossi, Ms. Beth Cole.\n",
        [("Aldo Rossi", ["participant"]), ("Beth Cole", ["participant"])],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    CASES,
    ids=[
        "presided-over",
        "under-the-presidency-of",
        "under-the-chairmanship-of",
        "chaired-by-apposition",
        "a-question-from",
        "wanted-to-know",
        "inquired",
        "with-x-as-respondent",
        "acted-as-a-respondent",
        "left-to-right-label",
        "from-left-label",
        "served-as-rapporteur",
        "discussion-hosted-by",
        "co-chaired-by",
        "co-moderated-by",
        "debate-led-by",
        "presided-over-by-beats-the-part",
        "in-the-chair",
        "served-as-chairperson",
        "questions-raised-by",
        "questions-came-from",
        "the-discussant-after-a-passive",
        "discussant-label-before-name",
        "the-discussant-apposition",
        "responded-to-the-presentations",
        "left-to-right-line-label",
    ],
)
def test_role_cue_classes(nlp: Language, text: str, expected: list[tuple[str, list[str]]]) -> None:
    """Each cue class gives the role the annotation guide names for it."""
    assert person_roles(nlp, text) == expected


INTRODUCED = [
    (
        "After an introduction by Mr. Rob Kerr, Ms. Una Park gave the keynote.\n",
        [("Rob Kerr", ["speaker"]), ("Una Park", ["keynote_speaker"])],
    ),
    (
        "After a short introduction by Ambassador Sara Holm, Gen. Olu Bada delivered a keynote "
        "address on the mandate.\n",
        [("Sara Holm", ["speaker"]), ("Olu Bada", ["keynote_speaker"])],
    ),
    (
        "After a welcome by Col. Ian Moss, Ms. Dora Vik gave the keynote.\n",
        [("Ian Moss", ["mentioned"]), ("Dora Vik", ["keynote_speaker"])],
    ),
    (
        "The keynote was given by Mr. Rob Kerr, Ms. Una Park.\n",
        [("Rob Kerr", ["keynote_speaker"]), ("Una Park", ["keynote_speaker"])],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    INTRODUCED,
    ids=["introduction-by", "short-introduction-by", "welcome-by", "agents-of-one-cue"],
)
def test_the_agent_of_an_opening_by_phrase_is_not_in_the_subjects_list(
    nlp: Language, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    """ "After X by A, B gave the keynote": A is the agent of the phrase, B the subject of the
    cue; A does not share B's role. Two agents after one cue still share it."""
    assert person_roles(nlp, text) == expected


PANELS = [
    (
        "The panel included Mr. Ben Ode and Ms. Ida Lam.\n",
        [("Ben Ode", ["panelist"]), ("Ida Lam", ["panelist"])],
    ),
    (
        "The panel featured Dr. Yan Li, Ms. Kira Dahl and Mr. Nuno Reis.\n",
        [("Yan Li", ["panelist"]), ("Kira Dahl", ["panelist"]), ("Nuno Reis", ["panelist"])],
    ),
    (
        "Mr. Ben Ode and Ms. Ida Lam joined the panel.\n",
        [("Ben Ode", ["panelist"]), ("Ida Lam", ["panelist"])],
    ),
    (
        "The panel consisted of Gen. Abu Kamara and Ms. Lise Moe, with Dr. Pia Ek as moderator.\n",
        [("Abu Kamara", ["panelist"]), ("Lise Moe", ["panelist"]), ("Pia Ek", ["moderator"])],
    ),
    (
        "The panel, moderated by Ms. Ana Ruiz, included Mr. Ben Ode and Ms. Ida Lam.\n",
        [("Ana Ruiz", ["moderator"]), ("Ben Ode", ["panelist"]), ("Ida Lam", ["panelist"])],
    ),
    (
        "The round table, chaired by Col. Maria Vidal, featured Dr. Sam Ito.\n",
        [("Maria Vidal", ["chair"]), ("Sam Ito", ["panelist"])],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    PANELS,
    ids=[
        "panel-included",
        "panel-featured",
        "joined-the-panel",
        "panel-consisted-of",
        "panel-apposition-included",
        "round-table-apposition-featured",
    ],
)
def test_the_members_a_panel_includes_are_panelists(
    nlp: Language, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    """The people a panel includes, features or consists of are its panelists, also when an
    apposition with the moderator or chair separates the panel from its verb."""
    assert person_roles(nlp, text) == expected


LABELS = [
    (
        "Session chair: Gen. Rita Moreno\nQ&A moderator: Ms. Lila Khan\n",
        [("Rita Moreno", ["chair"]), ("Lila Khan", ["moderator"])],
    ),
    (
        "Panel on protection\n\nPanel Discussant: Dr. Karl Wirth\nRapporteur: Mr. Jose Lima\n",
        [("Karl Wirth", ["commentator"]), ("Jose Lima", ["presenter"])],
    ),
    (
        "Opening session\n\nHost: Amb. Clara Reyes\nMaster of Ceremonies: Maj. Tim Duff\n",
        [("Clara Reyes", ["moderator"]), ("Tim Duff", ["moderator"])],
    ),
    (
        "Session 2 - Logistics\nModerated by: Col. Ali Rahman\nRespondent - Dr. Nina Petrova\n"
        "Presenter – Mr. Oscar Vale\n",
        [
            ("Ali Rahman", ["moderator"]),
            ("Nina Petrova", ["commentator"]),
            ("Oscar Vale", ["presenter"]),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    LABELS,
    ids=[
        "part-then-role-label",
        "panel-discussant-label",
        "master-of-ceremonies",
        "role-labels-before-dashes",
    ],
)
def test_a_role_label_after_the_name_of_a_part_gives_the_role(
    nlp: Language, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    """ "Session chair:", "Q&A moderator:": a part of the programme, then a role label."""
    assert person_roles(nlp, text) == expected


def test_role_label_reads_a_part_before_the_role() -> None:
    """Rules.role_label: the part must be an agenda label; an unknown head gives nothing."""
    rules = default_rules()
    found = rules.role_label("Session  Chair")
    assert found is not None and found.role == "chair"
    assert rules.role_label("Former chair") is None


RAPPORTEURS = [
    (
        "The rapporteurs, Ms. Uma Rao and Mr. Leo Kamau, summed up the discussions.\n",
        [("Uma Rao", ["presenter"]), ("Leo Kamau", ["presenter"])],
    ),
    (
        "Mr. Felix Baum, the rapporteur, summarised the discussions of the day.\n",
        [("Felix Baum", ["presenter"])],
    ),
    (
        "At the end of the day, Dr. Ola Nwosu summarized the main points of the debate.\n",
        [("Ola Nwosu", ["presenter"])],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    RAPPORTEURS,
    ids=["rapporteurs-summed-up", "rapporteur-summarised", "summarized-main-points"],
)
def test_a_summary_of_the_discussions_is_a_presentation(
    nlp: Language, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    """A rapporteur's summary of the discussions presents them, as a "Rapporteur:" label
    does; the noun "rapporteur" alone gives no role."""
    assert person_roles(nlp, text) == expected


RECEIVED = [
    (
        "The medal parade was held at the camp on 2 May. Sgt. Mara Kovac, who serves with the "
        "engineers, was given a bar for her third tour.\n",
        [("Mara Kovac", ["participant"])],
    ),
    (
        "At the ceremony on Friday, Lt. Omar Farah and Cpl. Jin Park were handed their "
        "peacekeeping medals by the Force Commander.\n",
        [("Omar Farah", ["participant"]), ("Jin Park", ["participant"])],
    ),
    (
        "During the parade on 9 June, Capt. Ines Duarte was honoured for ten years of service.\n",
        [("Ines Duarte", ["participant"])],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), RECEIVED, ids=["was-given", "were-handed", "was-honoured"]
)
def test_people_given_something_at_a_ceremony_took_part(
    nlp: Language, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    """The passive of giving ("was given a bar", "were handed their medals", "was
    honoured"), beside "was awarded" and "was presented with": the person was there."""
    assert person_roles(nlp, text) == expected
