"""Tests of appositions around a name: offices written before it across a comma."""

from __future__ import annotations

import pytest
from conftest import person_offices
from spacy.language import Language

from pko_extract.apposition_affiliation import affiliation_after
from pko_extract.lexicon import Lexicon
from pko_extract.recognize import build_nlp
from pko_extract.resources import default_rules


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lakeside, 3 May 2021 The Chief of Defence Staff, Gen. Ike Obi, said so.",
            [("Ike Obi", ["Chief of Defence Staff"], [])],
        ),
        (
            "To Mr Tano, the Deputy Commandant of the LPTC, Commodore Ama Boateng, said so.",
            [
                ("Tano", [], []),
                ("Ama Boateng", ["Deputy Commandant"], ["LPTC"]),
            ],
        ),
        (
            "Giving the statement, UN Women’s Senior Gender Specialist, Ms. Efua Mensah, said so.",
            [("Efua Mensah", ["Senior Gender Specialist"], ["UN Women"])],
        ),
        (
            "Opening the day, Norland’s Defence Adviser, Col. Ana Ruiz, spoke.",
            [("Ana Ruiz", ["Defence Adviser"], [])],
        ),
        (
            "In the closing session, UNMIX Sector East Head of Office, Mr. Li Wei, spoke.",
            [("Li Wei", ["Sector East Head of Office"], ["UNMIX"])],
        ),
        (
            "Mr. Tom Reed, Director, Ms. Ana Ruiz and others attended.",
            [("Tom Reed", ["Director"], []), ("Ana Ruiz", [], [])],
        ),
        (
            "The Special Representative of the Secretary General for Côte d’Ivoire, Ms. Ana"
            " Ruiz, presided.",
            [
                (
                    "Ana Ruiz",
                    ["Special Representative of the Secretary General for Côte d’Ivoire"],
                    [],
                )
            ],
        ),
        (
            "On 15 March 2021 Secretary-General Mr. Li Wei spoke.",
            [("Li Wei", ["Secretary-General"], [])],
        ),
        (
            "Wreaths were laid by Rt Hon Prime Minister Mr Karki, COAS Gen Ram Thapa and others.",
            [("Karki", ["Prime Minister"], []), ("Ram Thapa", ["COAS"], [])],
        ),
        (
            "Statement by Mr. Li Wei, President of the 9th session of the United Nations General"
            " Assembly, at the Committee.",
            [
                (
                    "Li Wei",
                    ["President of the 9th session of the United Nations General Assembly"],
                    [],
                )
            ],
        ),
        (
            "His Excellency, Mr. Tom Reed Permanent Representative of the Republic of Norland to"
            " the African Union, stood in.",
            [
                (
                    "Tom Reed",
                    ["Permanent Representative of the Republic of Norland to the African Union"],
                    [],
                )
            ],
        ),
        (
            "Yesterday Mr. Tom Reed Foreign Minister Li Wei and others met.",
            [("Tom Reed", [], [])],
        ),
    ],
    ids=[
        "the-office-after-a-date",
        "the-office-after-a-comma-is-the-next-persons",
        "owner-before-the-office-is-its-organisation",
        "a-country-owner-is-no-organisation",
        "acronym-then-office-after-a-lower-case-word",
        "an-office-between-two-names-stays-with-the-first",
        "a-rank-word-closing-an-office-and-an-elided-article",
        "a-date-is-no-part-of-the-office",
        "a-rank-after-an-office-is-the-next-persons",
        "a-rank-word-before-a-body-word-is-no-next-person",
        "an-office-of-x-to-y-right-after-the-name",
        "an-office-without-a-link-after-the-name-is-not-its",
    ],
)
def test_office_before_a_name_across_a_comma(
    nlp: Language, text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    """An office written before a name and a comma ("The Chief of Staff, Gen. X") is the
    name's; the body owning it ("UN Women’s") is its organisation."""
    assert person_offices(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Keynote\n\nProfessor Ana Ruiz\n\nDirector, Centre for Lake Studies\n\nShe will speak.",
            [("Ana Ruiz", ["Director"], ["Centre for Lake Studies"])],
        ),
        (
            "Speakers\n\nDr. Ana Ruiz\nChief of Staff, UNMIX\n",
            [("Ana Ruiz", ["Chief of Staff"], ["UNMIX"])],
        ),
        (
            "Speakers\n\nDr. Ana Ruiz\n\nMr. Li Wei, Director, Lake Institute\n",
            [("Ana Ruiz", [], []), ("Li Wei", ["Director"], ["Lake Institute"])],
        ),
        (
            "Speakers\n\nDr. Ana Ruiz\n\nThe Director of the Lake Institute opened the day.\n",
            [("Ana Ruiz", [], [])],
        ),
        (
            "Panelists\n\nMs. Ana Ruiz\nCivil Affairs Officer\nLakeside Observer Mission\n\n"
            "Prof. Li Wei\nProfessor of Law, Westmere University\nAssociate Fellow, Lake"
            " Institute\n",
            [
                ("Ana Ruiz", ["Civil Affairs Officer"], ["Lakeside Observer Mission"]),
                (
                    "Li Wei",
                    ["Professor of Law", "Associate Fellow"],
                    ["Westmere University", "Lake Institute"],
                ),
            ],
        ),
    ],
    ids=[
        "after-a-blank-line",
        "right-under",
        "next-line-is-another-person",
        "a-sentence",
        "two-affiliation-lines",
    ],
)
def test_affiliation_line_under_a_name_line(
    nlp: Language, text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    """A name line alone takes the affiliation line under it (one blank line may sit
    between) and the affiliation lines right under that one (tests/fixtures/posorg4), never
    a line with another name or a sentence."""
    assert person_offices(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Council heard three United Nations Police Commissioners: Mr. Tom Reed, from the"
            " mission known as UNMIX, Mr. Li Wei, from UNMIY and Ms. Ana Ruiz, from UNMIZ.",
            [
                ("Tom Reed", ["Police Commissioner"], []),
                ("Li Wei", ["Police Commissioner"], []),
                ("Ana Ruiz", ["Police Commissioner"], []),
            ],
        ),
        (
            "Force Commanders: Gen. Ana Ruiz. Then Mr. Li Wei spoke.",
            [("Ana Ruiz", ["Force Commander"], []), ("Li Wei", [], [])],
        ),
        ("Speakers: Mr. Tom Reed, Ms. Ana Ruiz.", [("Tom Reed", [], []), ("Ana Ruiz", [], [])]),
    ],
    ids=["list-after-a-plural-office", "a-sentence-end-closes-the-list", "no-office-no-position"],
)
def test_plural_office_opening_a_list(
    nlp: Language, text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    """Each name of a list opened by a plural office and a colon holds that office in the
    singular, up to the end of the sentence."""
    assert person_offices(nlp, text) == expected


def test_a_body_after_a_comma_and_the_is_no_office_of_the_next_name(nlp: Language) -> None:
    """In a list of names with appositions, "the Office of the X Envoy" closing one person's
    apposition does not open the next person's (only "the <office>" would)."""
    text = (
        "Pictured are Mr. Tom Reed, Deputy Chief, Political Section, the Office of the Lake"
        " Envoy, Ms. Ana Ruiz, Head of Office, Lake Mission."
    )
    rows = {name: (positions, orgs) for name, positions, orgs in person_offices(nlp, text)}
    assert rows["Ana Ruiz"] == (["Head of Office"], ["Lake Mission"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The workshop heard Ms. Rosa Delgado, a former electoral affairs officer with UNAMX,"
            " and Mr. Tomas Berg, a retired police commander from Lindau.",
            [
                ("Rosa Delgado", ["former electoral affairs officer"], ["UNAMX"]),
                ("Tomas Berg", ["retired police commander"], []),
            ],
        ),
        (
            "The panel was moderated by Mr. Kofi Mensah, a journalist.",
            [("Kofi Mensah", ["journalist"], [])],
        ),
        (
            "Among the speakers was Sergeant Ana Pereira, a nurse, who trained in Lakeside.",
            [("Ana Pereira", ["nurse"], [])],
        ),
        (
            "Col. Li Wei, senior instructor in the Peace Operations Training Unit, presented.",
            [("Li Wei", ["senior instructor"], ["Peace Operations Training Unit"])],
        ),
        (
            "Admiral Jo Kent, the commander of NORTHCOM, and Ms. Ada Obi attended.",
            [("Jo Kent", ["commander of NORTHCOM"], ["NORTHCOM"]), ("Ada Obi", [], [])],
        ),
        (
            "Ms. Rosa Delgado, a former human rights officer with the UN mission in Norland,"
            " spoke.",
            [("Rosa Delgado", ["former human rights officer"], [])],
        ),
        (
            "For registration, please contact the events coordinator, Ms. Clara Holm.",
            [("Clara Holm", ["events coordinator"], [])],
        ),
        (
            "The company commander, Captain Idris Bello, said the patrol was ready.",
            [("Idris Bello", ["company commander"], [])],
        ),
        (
            "Mr. Juan Soto, who was director of the Peace Institute, said so.",
            [("Juan Soto", [], [])],
        ),
        ("We thanked Mr. Juan Soto, said the chief of the unit.", [("Juan Soto", [], [])]),
        (
            "Superintendent Ana Ruiz, coordinator of formed police units in the Lakeside"
            " Stabilization Mission (LSM), presented the lessons.",
            [
                (
                    "Ana Ruiz",
                    [
                        "coordinator of formed police units in the Lakeside Stabilization"
                        " Mission (LSM)"
                    ],
                    ["Lakeside Stabilization Mission (LSM)"],
                )
            ],
        ),
        (
            "Ms. Ada Obi, a member of the panel, said so.",
            [("Ada Obi", ["member of the panel"], [])],
        ),
        (
            "The session was opened by Ms. Ana Ruiz, secretary (East), Foreign Affairs"
            " Ministry, who welcomed the officers.",
            [("Ana Ruiz", ["secretary (East)"], ["Foreign Affairs Ministry"])],
        ),
        (
            "Mr. Tom Reed, a journalist, said that the United Nations was late.",
            [("Tom Reed", ["journalist"], [])],
        ),
    ],
    ids=[
        "article-office-with-acronym-and-office-from-a-place",
        "office-closing-the-sentence",
        "office-between-commas",
        "office-in-a-named-unit",
        "office-of-an-acronym-keeps-it",
        "acronym-modifying-a-common-noun-is-no-body",
        "office-before-the-name",
        "office-opening-the-sentence",
        "a-clause-is-no-office",
        "a-verb-is-no-office",
        "office-of-a-lower-case-phrase-closed-by-a-body",
        "office-of-a-lower-case-phrase",
        "office-with-a-qualifier-then-a-body-after-a-comma",
        "a-clause-after-the-office-names-no-body",
    ],
)
def test_office_in_lower_case_beside_a_name(
    nlp: Language, text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    """An office written in lower case in running text ("a former ... officer with X", "the
    events coordinator, Ms. Y") is a position; a named body after it an organisation."""
    assert person_offices(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moderator: Dr. Ana Ruiz, Senior Fellow, Centre for Lake Studies, Westmere"
            " University\n",
            [("Ana Ruiz", ["Senior Fellow"], ["Centre for Lake Studies, Westmere University"])],
        ),
        (
            "Professor Ana Ruiz\nDirector, Peace Operations, Norland Defence Headquarters\n",
            [("Ana Ruiz", ["Director, Peace Operations"], ["Norland Defence Headquarters"])],
        ),
        (
            "The talk was given by Mr. Li Wei, Research Fellow, Harbour Cooperation Bureau,"
            " Cabinet Office of Norland, on 3 May.",
            [
                (
                    "Li Wei",
                    ["Research Fellow"],
                    ["Harbour Cooperation Bureau, Cabinet Office of Norland"],
                )
            ],
        ),
        (
            "• Ms. Ada Obi, Director, Coastal Programme / Head, Lake Forum, Harbour Union\n",
            [("Ada Obi", ["Director", "Head"], ["Coastal Programme", "Lake Forum, Harbour Union"])],
        ),
    ],
    ids=["program-line", "affiliation-line", "running-text", "bullet-with-a-slash"],
)
def test_bodies_in_a_row_after_an_office_are_one_organisation(
    nlp: Language, text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    """Bodies written one after another with commas ("Centre X, Westmere University") are one
    organisation whatever the layout; a slash opens another affiliation."""
    assert person_offices(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Also present were Lakeside Ambassador LI Wei and Norland Ambassador Ana Ruiz.",
            [("Li Wei", ["Lakeside Ambassador"], []), ("Ana Ruiz", ["Norland Ambassador"], [])],
        ),
        (
            "The Board Chair Mr. Tom Okafor and Peace Fund (PF) Director Ms. Ada Obi opened it.",
            [
                ("Tom Okafor", ["Board Chair"], []),
                ("Ada Obi", ["Director"], ["Peace Fund (PF)"]),
            ],
        ),
        (
            "The panel included Professor Ana Ruiz of Westmere University and Professor Li Wei,"
            " who chaired.",
            [("Ana Ruiz", [], ["Westmere University"]), ("Li Wei", [], [])],
        ),
        (
            "Taking part were the Commissioner for Peace of the Union, Mr. Jo Kent, and the Lake"
            " Commission Mediator, Mr. Ivo Sand.",
            [
                ("Jo Kent", ["Commissioner for Peace of the Union"], []),
                ("Ivo Sand", [], []),
            ],
        ),
        (
            "Minister of Trade and Industry Mr. Jo Kent spoke.",
            [("Jo Kent", ["Minister of Trade and Industry"], [])],
        ),
    ],
    ids=[
        "office-after-the-previous-name",
        "office-after-a-body-and-its-acronym",
        "a-run-ending-with-and-is-the-previous-persons",
        "and-opens-the-next-element-of-a-list",
        "and-inside-an-office",
    ],
)
def test_an_office_before_a_name_holds_no_other_person(
    nlp: Language, text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    """An office written before a name starts after the previous person's name ("A and
    Norland Ambassador B"), after a body's acronym in parentheses (the body is the
    organisation), and not at all when the run before the name ends with "and"."""
    assert person_offices(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chair: Dr. Ana Ruiz, Director, Lakeside Institute. Discussant: Prof. Li Wei,"
            " Lecturer, Westmere University\n",
            [
                ("Ana Ruiz", ["Director"], ["Lakeside Institute"]),
                ("Li Wei", ["Lecturer"], ["Westmere University"]),
            ],
        ),
        (
            "Président : M. Paul Durand, Député, ancien président de la Commission des lois."
            " Introduction : Général Marc Petit, conseiller militaire, NORTEC.\n",
            [
                ("Paul Durand", ["Député", "ancien président de la Commission des lois"], []),
                ("Marc Petit", ["conseiller militaire"], ["NORTEC"]),
            ],
        ),
        (
            "Intervenants :\n- Mme Claire Martin, Directrice générale, Institut de recherche"
            " pour la paix\n",
            [("Claire Martin", ["Directrice générale"], ["Institut de recherche pour la paix"])],
        ),
        (
            "Le 3 mai, Mme Claire Martin, Directrice, Département des Nations Unies et des"
            " Organisations, ministère des Affaires étrangères, a ouvert la séance.",
            [
                (
                    "Claire Martin",
                    ["Directrice"],
                    ["Département des Nations Unies et des Organisations, ministère des Affaires"],
                )
            ],
        ),
        (
            "The work would go on, Under-Secretary General for Peace-Keeping Operations Mr. Tom"
            " Reed said this morning.",
            [("Tom Reed", ["Under-Secretary General for Peace-Keeping Operations"], [])],
        ),
    ],
    ids=[
        "a-program-line-apposition-ends-with-the-names-sentence",
        "french-offices-on-a-program-line",
        "a-french-office-and-body-on-a-bullet",
        "french-bodies-in-running-text-with-a-lower-case-ministry",
        "an-office-spelt-with-a-space-before-a-name",
    ],
)
def test_offices_in_french_and_across_a_program_line(
    nlp: Language, text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    """On a program line the apposition ends with the name's sentence (the next label's
    person is another's); French offices and bodies ("Directrice générale", "ancien président
    de la Commission", "ministère des Affaires") are read like English ones; "Under-Secretary
    General" is an office."""
    assert person_offices(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Four members of the Lakeside Debate Club, Ms. Ana Ruiz, Mr. Li Wei, Dr. Tom Reed"
            " and Mr. Omar Ba, attended the talks.",
            [
                ("Ana Ruiz", [], ["Lakeside Debate Club"]),
                ("Li Wei", [], ["Lakeside Debate Club"]),
                ("Tom Reed", [], ["Lakeside Debate Club"]),
                ("Omar Ba", [], ["Lakeside Debate Club"]),
            ],
        ),
        (
            "Representatives of the Harbour Peace Network: Mr. Tom Reed and Ms. Ana Ruiz.",
            [
                ("Tom Reed", [], ["Harbour Peace Network"]),
                ("Ana Ruiz", [], ["Harbour Peace Network"]),
            ],
        ),
        (
            "Members of the Security Council, Mr. Li Wei (Norland) and Ms. Ana Ruiz (Lakeside),"
            " spoke.",
            [("Li Wei", [], ["Security Council"]), ("Ana Ruiz", [], ["Security Council"])],
        ),
        (
            "Members of the panel, Ms. Ana Ruiz and Mr. Li Wei, spoke.",
            [("Ana Ruiz", [], []), ("Li Wei", [], [])],
        ),
        (
            "Five members of the Lakeside Debate Club attended. Later Ms. Ana Ruiz spoke.",
            [("Ana Ruiz", [], [])],
        ),
    ],
    ids=[
        "members-of-a-body-before-a-list",
        "representatives-of-a-body-before-a-colon",
        "countries-in-parentheses-inside-the-list",
        "a-group-in-lower-case-is-no-body",
        "a-name-outside-the-list",
    ],
)
def test_a_body_opening_a_list_of_its_members(
    nlp: Language, text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    """ "Members of the X, A, B and C": X is each listed person's organisation; not for a
    group written in lower case nor for a name after the list's sentence."""
    assert person_offices(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Session 1\n\nProf. Ana Ruiz, Director, Institute of Peace and Conflict studies,"
            " Lakeside University\n\nDr. Li Wei, Lecturer, Westmere University\n",
            [
                (
                    "Ana Ruiz",
                    ["Director"],
                    ["Institute of Peace and Conflict studies, Lakeside University"],
                ),
                ("Li Wei", ["Lecturer"], ["Westmere University"]),
            ],
        ),
        (
            "Mr. Tom Reed, Director, Harbour Office, spoke on the role of peace operations\n",
            [("Tom Reed", ["Director"], ["Harbour Office"])],
        ),
    ],
    ids=["a-body-named-with-a-lower-case-word", "a-clause-after-the-apposition-is-neither"],
)
def test_a_line_of_a_name_and_its_apposition_reads_to_the_line_end(
    nlp: Language, text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    """A line opening with a name, one sentence with no full stop, reads like a program line:
    the body keeps its lower-case word ("Conflict studies"); a clause after it gives nothing."""
    assert person_offices(nlp, text) == expected


def test_an_affiliation_after_a_name_ends_before_the_next_two_names_of_a_list() -> None:
    """ "A from the X Community, B and C from the Y": A's body ends before B (a name of two
    capitalised words, then "and" and a last name of two)."""
    text = "Ana Ruiz from the Lakeside Faith Community, Tom Reed and Li Wei"
    lex = Lexicon(default_rules())
    assert affiliation_after(text, len("Ana Ruiz"), lex) == "Lakeside Faith Community"


def test_an_affiliation_opened_by_an_acronym() -> None:
    """ "X of AUC Political Affairs": capitalised words opened by an acronym name a body; a
    country is none."""
    lex = Lexicon(default_rules())
    text = "Ana Ruiz of AUC Political Affairs, and Li Wei of Norland."
    assert affiliation_after(text, len("Ana Ruiz"), lex) == "AUC Political Affairs"
    assert affiliation_after(text, text.index(" of Norland"), lex) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Speaking notes for Mr. Tom Reed, Minister of National Defence – Lakeside"
            " Peacekeeping Ministerial - Official Closing",
            [("Tom Reed", ["Minister of National Defence"], [])],
        ),
        (
            "Mr. Tom Reed, Minister of Defence — Lakeside, said so.",
            [("Tom Reed", ["Minister of Defence"], [])],
        ),
    ],
    ids=["an-en-dash-ends-the-office", "an-em-dash-ends-the-office"],
)
def test_a_spaced_dash_ends_an_apposition_in_running_text(
    nlp: Language, text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    """What follows a spaced dash after an office (an event, a place) is no part of it."""
    assert person_offices(nlp, text) == expected
