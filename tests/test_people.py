"""Tests of the people parser: mentions from honorifics, program lines, appositions; grouping."""

from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from pko_extract.apposition_affiliation import names_a_body
from pko_extract.apposition_lists import shared_plural_office
from pko_extract.apposition_segments import classify_segments
from pko_extract.extract import parse_text
from pko_extract.lexicon import Lexicon
from pko_extract.models import Mention, PersonDraft, Span
from pko_extract.people import find_mentions, group_mentions
from pko_extract.recognize import build_nlp, recognize
from pko_extract.resources import default_rules
from pko_extract.segment import read_layout


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


def _persons(nlp: Language, text: str) -> list[PersonDraft]:
    _event, persons, _agenda = parse_text(read_layout(text), recognize(nlp(text)), default_rules())
    return persons


def _row(p: PersonDraft) -> tuple[str, str | None, list[str], list[str], list[str]]:
    return (p.name, p.honorific, p.positions, p.organizations, p.roles)


CASES = [
    (
        "Moderator: Toshi Arai, Professor, Keio Gakuen University",
        [("Toshi Arai", None, ["Professor"], ["Keio Gakuen University"], ["moderator"])],
        [[(11, 21)]],
    ),
    (
        "Speaker: KIM Minjun, Senior Researcher, Korea Institute for Defense Analyses",
        [
            (
                "Kim Minjun",
                None,
                ["Senior Researcher"],
                ["Korea Institute for Defense Analyses"],
                ["speaker"],
            )
        ],
        [[(9, 19)]],
    ),
    (
        "Foreign Minister Dr. Ruth Amoah delivered the opening remarks.",
        [("Ruth Amoah", "Dr.", ["Foreign Minister"], [], ["opening_remarks"])],
        [[(21, 31)]],
    ),
    (
        "Professor Ilse Brandt of Hanseatic University chaired the session.",
        [("Ilse Brandt", "Professor", [], ["Hanseatic University"], ["chair"])],
        [[(10, 21)]],
    ),
    (
        "• Rui Costa, Director of the Peace Academy",
        [("Rui Costa", None, ["Director"], ["Peace Academy"], ["mentioned"])],
        [[(2, 11)]],
    ),
    (
        "Amina Yusuf (Deputy Head, Department of Field Support) gave a presentation.",
        [("Amina Yusuf", None, ["Deputy Head"], ["Department of Field Support"], ["presenter"])],
        [[(0, 11)]],
    ),
    (
        "Maj. Gen. (Ret.) Tom Okello, former Force Commander of UNMIL, spoke.",
        [("Tom Okello", "Maj. Gen. (Ret.)", ["former Force Commander"], ["UNMIL"], ["speaker"])],
        [[(17, 27)]],
    ),
    (
        "UNMISS Force Commander Lt. Gen. Dev Rao addressed the meeting. Mr. Rao later met "
        "students.",
        [("Dev Rao", "Lt. Gen.", ["Force Commander"], ["UNMISS"], ["speaker"])],
        [[(32, 39), (67, 70)]],
    ),
    (
        "H.E. Ms. Noor Saleh, Ambassador of Qatar; Mr. Ivan Horvat and Ms. Liv Berg joined.",
        [
            ("Noor Saleh", "H.E. Ms.", ["Ambassador of Qatar"], [], ["mentioned"]),
            ("Ivan Horvat", "Mr.", [], [], ["mentioned"]),
            ("Liv Berg", "Ms.", [], [], ["mentioned"]),
        ],
        [[(9, 19)], [(46, 57)], [(66, 74)]],
    ),
    (
        "Chinese Ambassador WU Jian welcomed guests.",
        [("Wu Jian", None, ["Chinese Ambassador"], [], ["mentioned"])],
        [[(19, 26)]],
    ),
    (
        "The session was moderated by Dr. Pia Lahti, Head of Research, Nordic Peace Institute.",
        [("Pia Lahti", "Dr.", ["Head of Research"], ["Nordic Peace Institute"], ["moderator"])],
        [[(33, 42)]],
    ),
    (
        "Speaker: Mr. Lars Eng, Under-Secretary-General for Field\nSupport, United Nations (TBC)",
        [
            (
                "Lars Eng",
                "Mr.",
                ["Under-Secretary-General for Field Support"],
                ["United Nations"],
                ["speaker"],
            )
        ],
        [[(13, 21)]],
    ),
    (
        "Ms. Eva van Dijk, Director, spoke. Ms. van Dijk then left.",
        [("Eva van Dijk", "Ms.", ["Director"], [], ["speaker"])],
        [[(4, 16), (43, 47)]],
    ),
    ("Ms. Ban’s speech was warmly received.", [("Ban", "Ms.", [], [], ["mentioned"])], [[(4, 7)]]),
    (
        "Rt Hon Ana Lopes spoke. Gen Tomas Berg met Alhaji Musa Bello. Rt Hon said so.",
        [
            ("Ana Lopes", "Rt Hon", [], [], ["speaker"]),
            ("Tomas Berg", "Gen", [], [], ["mentioned"]),
            ("Musa Bello", "Alhaji", [], [], ["mentioned"]),
        ],
        [[(7, 16)], [(28, 38)], [(50, 60)]],
    ),
    (
        "The panel heard Ana Ruiz from the Lakeside Peace Institute, Li Wei of UNDP and others.",
        [
            ("Ana Ruiz", None, [], ["Lakeside Peace Institute"], ["mentioned"]),
            ("Li Wei", None, [], ["UNDP"], ["mentioned"]),
        ],
        [[(16, 24)], [(60, 66)]],
    ),
    (
        "Afternoon\nOle Dahl (Nordic Peace Institute)\nPicture: JONA TUI",
        [
            ("Ole Dahl", None, [], ["Nordic Peace Institute"], ["mentioned"]),
            ("Jona Tui", None, [], [], ["mentioned"]),
        ],
        [[(10, 18)], [(53, 61)]],
    ),
    (
        "The officers are Mr. Ivo Marek (Norland), Chairman; and Ms. Ute Berg (Ostland), "
        "Rapporteur.",
        [
            ("Ivo Marek", "Mr.", ["Chairman"], [], ["chair"]),
            ("Ute Berg", "Ms.", ["Rapporteur"], [], ["mentioned"]),
        ],
        [[(21, 30)], [(60, 68)]],
    ),
    (
        "Gen Tomas Berg, Speaker of Parliament Dr. Ana Lopes and others attended.",
        [
            ("Tomas Berg", "Gen", [], [], ["participant"]),
            ("Ana Lopes", "Dr.", ["Speaker of Parliament"], [], ["participant"]),
        ],
        [[(4, 14)], [(42, 51)]],
    ),
    (
        "Norland’s Defence Adviser Col. Ivo Marek met Right Honourable Prime Minister Dr. Ana "
        "Lopes.",
        [
            ("Ivo Marek", "Col.", ["Defence Adviser"], [], ["mentioned"]),
            ("Ana Lopes", "Dr.", ["Prime Minister"], [], ["mentioned"]),
        ],
        [[(31, 40)], [(81, 90)]],
    ),
    (
        "Minister of National Defense Tomas Berg gave remarks. The Minister of Foreign Affairs "
        "spoke.",
        [("Tomas Berg", None, ["Minister of National Defense"], [], ["mentioned"])],
        [[(29, 39)]],
    ),
    (
        "3. CLIP (French) Head of the Norland Mission, Mr. Ivo Marek\n"
        "Mr. Tomas Berg, Director, Ms. Ana Lopes and others.",
        [
            (
                "Ivo Marek",
                "Mr.",
                ["Head of the Norland Mission"],
                ["Norland Mission"],
                ["mentioned"],
            ),
            ("Tomas Berg", "Mr.", ["Director"], [], ["mentioned"]),
            ("Ana Lopes", "Ms.", [], [], ["mentioned"]),
        ],
        [[(50, 59)], [(64, 74)], [(90, 99)]],
    ),
    (
        "Col. (Dr.) Ivo Marek spoke.",
        [("Ivo Marek", "Col. (Dr.)", [], [], ["speaker"])],
        [[(11, 20)]],
    ),
    (
        "Mr. Ole Dahl of the Nordic Peace Institute and T. Berg of UNDP met.",
        [
            ("Ole Dahl", "Mr.", [], ["Nordic Peace Institute"], ["mentioned"]),
            ("T. Berg", None, [], ["UNDP"], ["mentioned"]),
        ],
        [[(4, 12)], [(47, 54)]],
    ),
    (
        "Mr. Ole Dahl of the Nordic Peace Institute and Ada Obi of the Lagos Policy Centre met.",
        [
            ("Ole Dahl", "Mr.", [], ["Nordic Peace Institute"], ["mentioned"]),
            ("Ada Obi", None, [], ["Lagos Policy Centre"], ["mentioned"]),
        ],
        [[(4, 12)], [(47, 54)]],
    ),
    (
        "The list names Mr. Ole Dahl from the Nordic Peace Institute, Ms. Ada Obi from UNDP.",
        [
            ("Ole Dahl", "Mr.", [], ["Nordic Peace Institute"], ["mentioned"]),
            ("Ada Obi", "Ms.", [], ["UNDP"], ["mentioned"]),
        ],
        [[(19, 27)], [(65, 72)]],
    ),
    (
        "The Committee resumed its debate.\n"
        "KAREL NOVAK (Czech Republic) said that mandates must be clear.\n"
        "Ivo Berzins (Latvia) stressed the need for training.",
        [
            ("Karel Novak", None, [], [], ["speaker"]),
            ("Ivo Berzins", None, [], [], ["speaker"]),
        ],
        [[(34, 45)], [(97, 108)]],
    ),
    (
        "Panel\n\nSofia Lind, Director, Baltic Peace Institute\n\n"
        "Moderator\n\nAna Ferreira\nHead of Training, Lusophone Peace Academy\n",
        [
            ("Sofia Lind", None, ["Director"], ["Baltic Peace Institute"], ["panelist"]),
            (
                "Ana Ferreira",
                None,
                ["Head of Training"],
                ["Lusophone Peace Academy"],
                ["moderator"],
            ),
        ],
        [[(7, 17)], [(64, 76)]],
    ),
    (
        "The day ended with a question and answer session with Ms. Rosa Estevez, Deputy Head of"
        " Mission.",
        [("Rosa Estevez", "Ms.", ["Deputy Head of Mission"], [], ["speaker"])],
        [[(58, 70)]],
    ),
    (
        "Contributors\n\nLena Okafor\nSenior Fellow, Institute for Security Dialogue\n\n"
        "The Peace Review Team\nEditorial Office, Lakeside\n",
        [
            (
                "Lena Okafor",
                None,
                ["Senior Fellow"],
                ["Institute for Security Dialogue"],
                ["mentioned"],
            )
        ],
        [[(14, 25)]],
    ),
    (
        "The representative of Uruguay, MARTIN OLAZABAL, said that his country remained"
        " committed.\nThe report, Blue Helmets Today, said little.",
        [("Martin Olazabal", None, ["representative of Uruguay"], [], ["speaker"])],
        [[(31, 46)]],
    ),
    (
        "Featured Speakers\n\nTomas Lindqvist, Senior Adviser, Baltic Peace Institute\n\n"
        "Respondents\n\nAmara Conteh\n",
        [
            ("Tomas Lindqvist", None, ["Senior Adviser"], ["Baltic Peace Institute"], ["speaker"]),
            ("Amara Conteh", None, [], [], ["commentator"]),
        ],
        [[(19, 34)], [(89, 101)]],
    ),
]
CASE_IDS = [
    "role-line-no-honorific",
    "family-name-first",
    "position-before-name",
    "of-organisation",
    "bullet",
    "parenthetical-apposition",
    "retired-rank",
    "acronym-org-and-short-form",
    "list-of-people",
    "nationality-ambassador",
    "moderated-by",
    "wrapped-role-line",
    "particle-short-form",
    "possessive",
    "honorifics-without-dots",
    "names-before-affiliations",
    "name-line-and-picture-credit",
    "country-then-office",
    "title-of-the-next-person",
    "possessor-and-courtesy-before-office",
    "office-before-name",
    "office-comma-name",
    "rank-with-parenthesised-title",
    "initial-in-a-list",
    "of-org-list-with-and",
    "from-org-list-with-comma",
    "delegate-with-country-before-speech-verb",
    "name-lines-under-role-headings",
    "question-and-answer-session-with",
    "name-line-over-office-line",
    "name-between-commas-after-an-office-before-speech-verb",
    "featured-speakers-and-respondents-headings",
]


@pytest.mark.parametrize(("text", "expected", "spans"), CASES, ids=CASE_IDS)
def test_people_in_layouts(
    nlp: Language, text: str, expected: list[tuple], spans: list[list[tuple[int, int]]]
) -> None:
    """Name, honorific, positions, organisations, roles and mention offsets, exactly."""
    persons = _persons(nlp, text)
    assert [_row(p) for p in persons] == expected
    assert [[(m.start, m.end) for m in p.mentions] for p in persons] == spans
    for p in persons:
        for m in p.mentions:
            assert text[m.start : m.end] == m.raw


@pytest.mark.parametrize(
    "text",
    [
        "Venue: Elm Conference Hall, Lusaka",
        "The United Nations Mission in South Sudan met on Monday.",
        "Opening Remarks: to be confirmed",
        "LAKESIDE PEACE ASSOCIATION (LPA)",
        "Photo: UN Photo",
        "Ms. X, Adviser",
        "Mr. UNDP spoke.",
        "Sahel Peace Training Centre (Mali) said it would host the course.",
        "Delegations (Brazil and Peru) stressed the point.",
    ],
    ids=[
        "venue-line",
        "organisation",
        "agenda-label",
        "capitals-organisation-line",
        "photo-credit",
        "one-letter",
        "acronym",
        "body-before-country-and-speech-verb",
        "one-word-before-country-and-speech-verb",
    ],
)
def test_no_person(nlp: Language, text: str) -> None:
    """Venues, organisations, labels, one-letter names and acronyms are not people."""
    assert _persons(nlp, text) == []


@pytest.mark.parametrize(
    ("segs", "positions", "orgs"),
    [
        (["Director", "Peace Institute"], ["Director"], ["Peace Institute"]),
        (["Head of the Training Unit"], ["Head of the Training Unit"], ["Training Unit"]),
        (["UNMISS Force Commander"], ["Force Commander"], ["UNMISS"]),
        (["Keio Gakuen University"], [], ["Keio Gakuen University"]),
        (["Japan"], [], []),
        (["DPKO"], [], ["DPKO"]),
        (
            ["Minister for Foreign Affairs of Norland"],
            ["Minister for Foreign Affairs of Norland"],
            [],
        ),
        (["", "x", "(TBC)"], [], []),
        (["UN Secretary-General"], ["Secretary-General"], ["UN"]),
        (["Lakeside Forum Head of Secretariat"], ["Head of Secretariat"], ["Lakeside Forum"]),
        (["Mission Force Commander"], ["Mission Force Commander"], []),
        (["UNMISS Sector East Head of Office"], ["Sector East Head of Office"], ["UNMISS"]),
        (
            ["Head of Training at the Lakeside Peace Institute"],
            ["Head of Training"],
            ["Lakeside Peace Institute"],
        ),
        (
            ["Director of Lakeside’s Policy Department"],
            ["Director"],
            ["Lakeside’s Policy Department"],
        ),
        (
            ["Deputy Head of Office & Director of Studies"],
            ["Deputy Head of Office", "Director of Studies"],
            [],
        ),
        (["Director", "WPI and Mr. Tom Reed"], ["Director"], ["WPI"]),
        (["Lt. Col. Ana Ruiz"], [], []),
        (["the African Union's"], [], []),
        (
            ["Commandant", "Head of Unit and Chair of the Board"],
            ["Commandant", "Head of Unit", "Chair of the Board"],
            [],
        ),
    ],
    ids=[
        "position-then-org",
        "position-of-the-org",
        "acronym-before-position",
        "org-word",
        "country",
        "acronym",
        "long-position",
        "junk",
        "leading-acronym",
        "leading-org-words",
        "one-word-before-position",
        "acronym-then-office",
        "position-at-org",
        "position-of-owners-unit",
        "two-offices",
        "next-person-after-and",
        "next-person-segment",
        "possessor-is-no-org",
        "office-honorifics-stay",
    ],
)
def test_classify_segments(segs: list[str], positions: list[str], orgs: list[str]) -> None:
    """Apposition segments are positions (with an org after "of the") or organisations."""
    assert classify_segments(segs, Lexicon(default_rules())) == (positions, orgs)


def test_group_mentions_joins_short_forms_to_nearest_full_name() -> None:
    """One person per full name; a family name alone joins the nearest preceding holder;
    an unmatched one-word name is kept only with an honorific."""
    m = [
        Mention(0, 9, "Ana Lopez", "Ms.", 0),
        Mention(20, 30, "Luis Lopez"),
        Mention(40, 45, "Lopez"),
        Mention(50, 59, "LOPEZ Ana"),
        Mention(70, 75, "Smith"),
        Mention(80, 85, "Jones", "Dr.", 76),
        Mention(90, 92, "Al", "Mr.", 86),
    ]
    persons = group_mentions(m)
    assert [[x.raw for x in p.mentions] for p in persons] == [
        ["Ana Lopez", "LOPEZ Ana"],
        ["Luis Lopez", "Lopez"],
        ["Jones"],
    ]
    assert [p.name for p in persons] == ["Ana Lopez", "Luis Lopez", "Jones"]
    assert [p.honorific for p in persons] == ["Ms.", None, "Dr."]


def test_group_mentions_joins_one_word_names_of_one_person() -> None:
    """A one-word name given twice with no full name to join is one person, and its mention
    without an honorific joins it too; another word is another person."""
    m = [
        Mention(0, 6, "Bowler", "Ambassador", 0),
        Mention(30, 36, "Bowler", "Ambassador", 19),
        Mention(50, 56, "Bowler"),
        Mention(70, 75, "Tanko", "Mr.", 66),
    ]
    persons = group_mentions(m)
    assert [[x.start for x in p.mentions] for p in persons] == [[0, 30, 50], [70]]


def test_person_draft_best_is_first_longest_mention() -> None:
    """The display name comes from the first of the longest mentions; lists are deduplicated."""
    a = Mention(0, 4, "Berg", positions=["Director"])
    b = Mention(10, 21, "Ida M. BERG", positions=["director", "Chair"], organizations=["Peace Lab"])
    c = Mention(30, 39, "Ida M. Berg", organizations=["peace lab"])
    p = PersonDraft([a, b, c])
    assert p.best is b
    assert p.name == "Ida M. Berg"
    assert p.positions == ["Director", "Chair"]
    assert p.organizations == ["Peace Lab"]
    p.add_role("chair")
    p.add_role("chair")
    assert p.roles == ["chair"]


def test_bylines_and_photo_credits_name_people() -> None:
    """'Reporting by X', 'Photo: ... (Org / Name)' and 'UN Photo/Name' name people, who are
    only mentioned; the organisation before the slash is not a person."""
    from pko_extract.extract import parse_text
    from pko_extract.recognize import build_nlp, recognize
    from pko_extract.resources import default_rules

    text = (
        "Forum opens in Bangui\n"
        "[Photo caption: Delegates at the forum. UN Photo/Ibrahim Ould Cheikh]\n"
        "Photo: the panel on stage (CPOR / Eleanor Whitcombe)\n"
        "Reporting by Jean-Eudes Mbaikoua, UN News\n"
    )
    nlp = build_nlp("blank")
    _event, persons, _agenda = parse_text(read_layout(text), recognize(nlp(text)), default_rules())
    assert [(p.name, p.roles) for p in persons] == [
        ("Ibrahim Ould Cheikh", ["mentioned"]),
        ("Eleanor Whitcombe", ["mentioned"]),
        ("Jean-Eudes Mbaikoua", ["mentioned"]),
    ]


@pytest.mark.parametrize(
    ("text", "pos", "office"),
    [
        (
            "Ana Ruiz (Chile), Li Wei (China) and Tom Reed (Fiji), Vice-Chairmen; and",
            8,
            "Vice-Chairman",
        ),
        ("Ana Ruiz and Li Wei, Directors.", 8, "Director"),
        ("Ana Ruiz and Li Wei, Friends.", 8, None),
        ("Ana Ruiz (Chile), Director;", 8, None),
        ("Ana Ruiz and Li Wei, Heads of State.", 8, None),
    ],
    ids=["vice-chairmen", "directors", "not-an-office", "singular", "office-with-of"],
)
def test_shared_plural_office(text: str, pos: int, office: str | None) -> None:
    """A plural office closing a list of names is each name's office, in the singular."""
    assert shared_plural_office(text, pos, Lexicon(default_rules())) == office


def test_list_sharing_a_plural_office(nlp: Language) -> None:
    """Every officer of "A (X), B (Y) and C (Z), Vice-Chairmen" is a Vice-Chairman."""
    text = (
        "The Board elected as officers Ms. Ana Ruiz (Chile), Chairman; Mr. Li Wei (China) "
        "and Mr. Tom Reed (Fiji), Vice-Chairmen; and Mr. Omar Said (Egypt), Rapporteur.\n"
    )
    _event, persons, _agenda = parse_text(read_layout(text), recognize(nlp(text)), default_rules())
    people = {p.name: p.positions for p in persons}
    assert people["Li Wei"] == ["Vice-Chairman"]
    assert people["Tom Reed"] == ["Vice-Chairman"]


def test_office_before_a_name_after_another_persons_name(nlp: Language) -> None:
    """ "Minister of Health Dr. Ana Ruiz and Minister of Defence Mr. Li Wei": each keeps
    only the office written before the name."""
    text = (
        "After the anthem, Minister of Health Dr. Ana Ruiz and Minister of Defence Mr. Li Wei "
        "gave opening remarks.\n"
    )
    _event, persons, _agenda = parse_text(read_layout(text), recognize(nlp(text)), default_rules())
    people = {p.name: p.positions for p in persons}
    assert people == {"Ana Ruiz": ["Minister of Health"], "Li Wei": ["Minister of Defence"]}


def test_group_mentions_joins_a_misspelt_family_name_with_the_same_title() -> None:
    """ "Col. Bernadotte" joins "Col Anna Berandotte" (one letter moved) and "Dr. Smiht"
    joins "Dr. Tom Smith" (two letters swapped); "Mr. Bernadotte" (other title) and "Col.
    Bernardi" (two slips) stay apart."""
    m = [
        Mention(0, 15, "Anna Berandotte", "Col", 0),
        Mention(20, 29, "Tom Smith", "Dr.", 16),
        Mention(40, 51, "Bernadotte", "Col.", 35),
        Mention(60, 65, "Smiht", "Dr.", 56),
        Mention(70, 80, "Bernadotte", "Mr.", 66),
        Mention(90, 98, "Bernardi", "Col.", 85),
    ]
    persons = group_mentions(m)
    assert [[x.raw for x in p.mentions] for p in persons] == [
        ["Anna Berandotte", "Bernadotte"],
        ["Tom Smith", "Smiht"],
        ["Bernadotte"],
        ["Bernardi"],
    ]


def test_a_name_before_a_body_word_is_no_person() -> None:
    """A model name followed by an organisation word or a plural office names a body."""
    lex = Lexicon(default_rules())
    text = "at Lakeside Non-Commissioned Officers School and Ana Ruiz University, with Li Wei."
    assert names_a_body(text, text.index(" Officers"), lex)
    assert names_a_body(text, text.index(" University"), lex)
    assert not names_a_body(text, text.index(", with"), lex)
    assert not names_a_body(text, len(text) - 1, lex)


def test_the_office_before_the_next_persons_honorific_is_not_the_first_persons(
    nlp: Language,
) -> None:
    """ "to Mr. X, the Head of Y, Col. Z, said": "the Head of Y" is not X's office."""
    text = "Speaking to Mr. Ana Ruiz, the Head of the Lakeside Institute, Col. Tom Reed said it.\n"
    _event, persons, _agenda = parse_text(read_layout(text), recognize(nlp(text)), default_rules())
    assert {p.name: p.positions for p in persons}["Ana Ruiz"] == []


def test_an_acronym_before_the_next_persons_honorific_is_not_the_first_persons(
    nlp: Language,
) -> None:
    """ "Mr. X, UNDP Col. Z and ...": "UNDP" belongs with Z, not X."""
    text = "Present were Mr. Ana Ruiz, UNDP Col. Tom Reed and the delegates.\n"
    _event, persons, _agenda = parse_text(read_layout(text), recognize(nlp(text)), default_rules())
    assert {p.name: p.organizations for p in persons}["Ana Ruiz"] == []


def test_two_names_share_the_affiliation_after_the_second(nlp: Language) -> None:
    """ "Ms. X and Mr. Y from the Lakeside Forum": both are of the Lakeside Forum."""
    text = "The panel heard Ms. Ana Ruiz and Mr. Tom Reed from the Lakeside Forum.\n"
    _event, persons, _agenda = parse_text(read_layout(text), recognize(nlp(text)), default_rules())
    assert {p.name: p.organizations for p in persons} == {
        "Ana Ruiz": ["Lakeside Forum"],
        "Tom Reed": ["Lakeside Forum"],
    }


def test_group_mentions_finds_containing_names_and_slips_through_its_indexes() -> None:
    """A fuller name joins the person whose fullest name it contains or is contained in
    (two shared tokens or more); a short form joins the nearest preceding holder; a misspelt
    family name with the same title joins its person, however many people stand between."""
    m = [
        Mention(0, 10, "Ana Lopez", "Ms.", 0),
        *[Mention(20 + 20 * i, 30 + 20 * i, f"Bo Name{i}") for i in range(30)],
        Mention(700, 716, "Ana Maria Lopez"),
        Mention(720, 728, "Lopez", "Ms.", 716),
        Mention(740, 752, "Ana Lopez Ruiz"),
        Mention(760, 767, "Name17x", "Dr.", 756),
        Mention(770, 777, "Lpoez", "Ms.", 766),
        Mention(780, 790, "Maria Lopez"),
        Mention(790, 795, "Bo", "Mr.", 786),
    ]
    persons = group_mentions(m)
    assert len(persons) == 33
    assert [x.raw for x in persons[0].mentions] == [
        "Ana Lopez",
        "Ana Maria Lopez",
        "Lopez",
        "Lpoez",
        "Maria Lopez",
    ]
    assert [[x.raw for x in p.mentions] for p in persons[-3:]] == [
        ["Bo Name29", "Bo"],
        ["Ana Lopez Ruiz"],
        ["Name17x"],
    ]


_PIECES = [
    "Ana",
    "Khare",
    "khare",
    "Li",
    "O'Neil",
    "Al-Haq",
    "Khare.",
    " ",
    " ",
    "\t",
    "\n",
    ".",
    "-",
    "é",
    "_x",
    "’s",
    ",",
    "A",
    "Sr",
]


@given(
    st.lists(st.sampled_from(_PIECES), max_size=40),
    st.sampled_from(["Khare", "O'Neil", "Al-Haq", "Li", "Khare."]),
)
@settings(max_examples=300, deadline=None)
def test_word_index_finds_what_the_regex_scan_found(pieces: list[str], word: str) -> None:
    """The one-pass word index of short_forms gives exactly the spans of the regex scans it
    replaces (family names alone; "Given Family" full forms, non-overlapping)."""
    from pko_extract.people_forms import _WordIndex

    text = "".join(pieces)
    alone = r"(?<![\w’'.-])" + re.escape(word) + r"(?![\w’'-])"
    full = r"(?<![\w’'-])([A-Z][\w’'-]+)[ \t]+" + re.escape(word) + r"(?![\w’'-])"
    index = _WordIndex(text)
    assert index.occurrences(word) == [h.span() for h in re.finditer(alone, text)]
    assert index.after_a_capitalised_word(word) == [
        (h.start(), h.end(1), h.end()) for h in re.finditer(full, text)
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Speaker: Eutm Mali, Training Mission\nSpeaker: Ana Ruiz, Director", ["Ana Ruiz"]),
        ("Speaker: Guinea Bissau, Programme\nSpeaker: Li Wei, Director", ["Li Wei"]),
        ("Speaker: Ana Malik, Director", ["Ana Malik"]),
    ],
    ids=["acronym-and-country", "country-of-two-words", "a-word-longer-than-a-country-stays"],
)
def test_a_name_holding_a_country_is_no_person(nlp: Language, text: str, names: list[str]) -> None:
    """A program-line "name" that holds a country's name ("Eutm Mali") names no person; the
    countries come from the gazetteer (here two of them)."""
    countries = frozenset({"Mali", "Guinea-Bissau"})
    lex = Lexicon(default_rules())
    found = find_mentions(read_layout(text), recognize(nlp(text)), lex, countries)
    assert [m.raw for m in found] == names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr.‘Funmi Ade, Director, Lake Institute", [("Funmi Ade", "Dr.")]),
        (
            "A talk with UN Special Representative El Amin Wane, the head. Mr. Wane said so.",
            [("El Amin Wane", "Mr.")],
        ),
    ],
    ids=["an-elision-mark-after-the-honorific", "a-capitalised-particle-opens-the-name"],
)
def test_name_edges(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    """A name starts after an elision mark ("Dr.‘Funmi") and at a capitalised particle
    ("El Amin Wane", found in full from "Mr. Wane"); a particle alone is no name."""
    assert [(p.name, p.honorific) for p in _persons(nlp, text)] == expected


def test_a_captions_people_come_from_the_ner_and_each_keeps_its_own_office(
    nlp: Language,
) -> None:
    """A caption's label ("Photo:") is no field line: the NER's names on it are people, and
    an apposition after a comma stops at the next person pictured (the office is Jane
    Mwangi's, not Colonel Smit's)."""
    text = (
        "Photo: From left to right, Colonel Piet Smit, Jane Mwangi, Director of the Centre,"
        " and Lt. Col. Omar Ba.\n"
    )
    rec = recognize(nlp(text))
    found = [(m.start(), m.end()) for m in re.finditer(r"Piet Smit|Jane Mwangi|Omar Ba", text)]
    persons = tuple(Span(s, e, text[s:e], "PERSON", "model") for s, e in found)
    rec = dataclasses.replace(rec, persons=persons)
    _event, drafts, _agenda = parse_text(read_layout(text), rec, default_rules())
    assert [_row(p) for p in drafts] == [
        ("Piet Smit", "Colonel", [], [], ["participant"]),
        ("Jane Mwangi", None, ["Director of the Centre"], [], ["participant"]),
        ("Omar Ba", "Lt. Col.", [], [], ["participant"]),
    ]


@pytest.mark.parametrize(
    ("text", "ner", "expected"),
    [
        (
            "Peacekeeping after the drawdown\n12 March 2024, 4:30 pm\nHarrow Hall\n\n"
            "Tom Reyes discussed the drawdown. Dr. Jane Hall moderated.\n",
            ["Harrow Hall", "Tom Reyes", "Jane Hall"],
            ["Tom Reyes", "Jane Hall"],
        ),
        (
            "The seminar met in the Kestrel Room, Mercer Building, Lakeside. Ivo Sand presented.",
            ["Kestrel Room", "Mercer Building", "Ivo Sand"],
            ["Ivo Sand"],
        ),
        (
            "The Halvard Prize went to the mediators; Lina Moss accepted it.",
            ["Halvard Prize", "Lina Moss"],
            ["Lina Moss"],
        ),
    ],
    ids=["a-venue-line", "a-room-and-a-building-in-running-text", "a-prize"],
)
def test_a_run_ending_with_a_place_word_is_no_person(
    nlp: Language, text: str, ner: list[str], expected: list[str]
) -> None:
    """A run the NER calls a person whose last word names a building, a room or a prize
    ("Harrow Hall", "Mercer Building") is no person; with an honorific it is one ("Dr. Jane
    Hall")."""
    rec = recognize(nlp(text))
    spans = [(text.index(n), text.index(n) + len(n)) for n in ner]
    persons = tuple(Span(s, e, text[s:e], "PERSON", "model") for s, e in spans)
    rec = dataclasses.replace(rec, persons=persons)
    _event, drafts, _agenda = parse_text(read_layout(text), rec, default_rules())
    assert [p.name for p in drafts] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The day was marked in Lahore. M Ghalib Rana, retired Inspector General of Police,"
            " who served in Kosovo, opened the event.",
            [("M Ghalib Rana", ["retired Inspector General of Police"])],
        ),
        (
            "Speakers A Karim Shah, Police Observer in Haiti, and Bilal Ahmed Noor, Contingent"
            " Commander for the Lakeside mission, paid tribute.",
            [
                ("A Karim Shah", ["Police Observer in Haiti"]),
                ("Bilal Ahmed Noor", ["Contingent Commander for the Lakeside"]),
            ],
        ),
        (
            "The report was presented by Amal Idris Nour Hassan Said, Rapporteur of the Committee.",
            [("Amal Idris Nour Hassan Said", ["Rapporteur of the Committee"])],
        ),
        (
            "In Monrovia, Lakeside Peace Training Centre, Commandant and staff attended.",
            [],
        ),
        (
            "Graduates: Maj. Tom Lindqvist of New Zealand, Commandant Sean Okafor of Ireland.",
            [("Tom Lindqvist", []), ("Sean Okafor", [])],
        ),
    ],
    ids=[
        "initial-without-a-full-stop",
        "a-list-of-names-each-with-its-office",
        "five-name-words",
        "a-body-is-no-name",
        "a-place-before-the-next-ones-title",
    ],
)
def test_a_name_closed_by_a_comma_and_an_office(
    nlp: Language, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    """A capitalised run of two to five name words followed by a comma and an office is a
    person in running text ("M Ghalib Rana, retired Inspector General"); each person of a list
    keeps only their own office; a place or a body before a comma is no person."""
    assert [(p.name, p.positions) for p in _persons(nlp, text)] == expected
