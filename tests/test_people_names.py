"""Tests of the name forms the people strategies read (people_prose.py, people_layout.py,
people_forms.py, names.py): particles inside a name, an article joined to a name word, a
peer's seat, names joined by "and", credit lines, a title before a name the NER cut short,
the subject of a delegate's sentence, ranks of the lower grades."""

from __future__ import annotations

import dataclasses

import pytest
from spacy.language import Language

from pko_extract.extract import parse_text
from pko_extract.lexicon import Lexicon
from pko_extract.models import PersonDraft, Span
from pko_extract.names import scan_name
from pko_extract.people_forms import is_plausible_name, name_run_start
from pko_extract.recognize import build_nlp, recognize
from pko_extract.resources import default_rules
from pko_extract.segment import read_layout


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return Lexicon(default_rules())


def _rows(persons: list[PersonDraft]) -> list[tuple]:
    return [(p.name, p.honorific, p.positions, p.organizations, p.roles) for p in persons]


def _spans(persons: list[PersonDraft]) -> list[list[tuple[int, int]]]:
    return [[(m.start, m.end) for m in p.mentions] for p in persons]


CASES = [
    (
        "Tomás de la Fuente Ibarra (Chile) said that the police contingents had grown.",
        [("Tomás de la Fuente Ibarra", None, [], [], ["speaker"])],
        [[(0, 25)]],
    ),
    (
        "Maryam bint Khalid Al-Suwaidi (Qatar) stressed the point.",
        [("Maryam bint Khalid Al-Suwaidi", None, [], [], ["speaker"])],
        [[(0, 29)]],
    ),
    (
        "The seminar was closed by Major General (Ret.) Dieudonné Kabeya wa Ilunga.",
        [("Dieudonné Kabeya wa Ilunga", "Major General (Ret.)", [], [], ["closing_remarks"])],
        [[(47, 73)]],
    ),
    (
        "A presentation by Chief Superintendent Rashid al-Amin Haddad followed.",
        [("Rashid al-Amin Haddad", "Chief Superintendent", [], [], ["presenter"])],
        [[(39, 60)]],
    ),
    (
        "Lord Hartwell of Eastmere chaired the panel.",
        [("Hartwell of Eastmere", "Lord", [], [], ["chair"])],
        [[(5, 25)]],
    ),
    (
        "The study, written by Ms. Ana Roldán and Pedro Ibarrola, was launched.",
        [
            ("Ana Roldán", "Ms.", [], [], ["mentioned"]),
            ("Pedro Ibarrola", None, [], [], ["mentioned"]),
        ],
        [[(26, 36)], [(41, 55)]],
    ),
    (
        "Story and photos: Lucía Ferrer Soto, Public Information Office",
        [("Lucía Ferrer Soto", None, [], ["Public Information Office"], ["mentioned"])],
        [[(18, 35)]],
    ),
    (
        "The meeting was opened by Police Adviser Sofia Maria Antonopoulou.",
        [("Sofia Maria Antonopoulou", None, ["Police Adviser"], [], ["opening_remarks"])],
        [[(41, 65)]],
    ),
    (
        "The representative of Ghana, speaking also for Gabon, Nana Akua Boatemaa-Owusu, said"
        " that support was needed.",
        [("Nana Akua Boatemaa-Owusu", None, [], [], ["speaker"])],
        [[(54, 78)]],
    ),
    (
        "Wreaths were laid for Private Ram Kumar Thapa and Corporal Ines Varga.",
        [
            ("Ram Kumar Thapa", "Private", [], [], ["mentioned"]),
            ("Ines Varga", "Corporal", [], [], ["mentioned"]),
        ],
        [[(30, 45)], [(59, 69)]],
    ),
    (
        "After the parade, Brig Tomas Ekdahl, the head of the centre, spoke.",
        [("Tomas Ekdahl", "Brig", ["head of the centre"], [], ["speaker"])],
        [[(23, 35)]],
    ),
    (
        "Opening remarks will be made by the director, Professor Jan ter Veld.",
        [("Jan ter Veld", "Professor", ["director"], [], ["opening_remarks"])],
        [[(56, 68)]],
    ),
    (
        "Produced by Ama Kufuor-Ode. Recorded in Accra.",
        [("Ama Kufuor-Ode", None, [], [], ["mentioned"])],
        [[(12, 26)]],
    ),
    (
        "The unit's liaison officer, Ana Li Wu, who organised the visit, spoke first.",
        [("Ana Li Wu", None, ["liaison officer"], [], ["speaker"])],
        [[(28, 37)]],
    ),
    (
        "Foreign Minister Jan Olsvik's address opened the seminar.",
        [("Jan Olsvik", None, ["Foreign Minister"], [], ["opening_remarks"])],
        [[(17, 27)]],
    ),
    (
        "Lieutenant General (Retired) Sir Tom Blake will deliver the lecture.",
        [("Tom Blake", "Lieutenant General (Retired) Sir", [], [], ["speaker"])],
        [[(33, 42)]],
    ),
    (
        "Third Meeting (PM)\nThe Committee met today.",
        [],
        [],
    ),
]
CASE_IDS = [
    "particles-de-la-before-delegate-country",
    "particle-bint",
    "particle-wa-after-retired-rank",
    "article-joined-al",
    "peer-with-seat",
    "second-name-joined-by-and",
    "story-and-photos-credit",
    "title-before-three-word-name-at-sentence-end",
    "delegate-whose-office-opens-the-sentence",
    "private-and-corporal",
    "brig-without-full-stop",
    "particle-ter",
    "produced-by-credit",
    "office-comma-name-comma-who",
    "possessive-after-title-run",
    "honorifics-around-a-retirement-mark",
    "meeting-heading-with-parenthesis",
]


@pytest.mark.parametrize(("text", "expected", "spans"), CASES, ids=CASE_IDS)
def test_name_forms(nlp: Language, text: str, expected: list[tuple], spans: list) -> None:
    """Name, honorific, positions, organisations, roles and mention offsets, exactly."""
    _event, persons, _agenda = parse_text(read_layout(text), recognize(nlp(text)), default_rules())
    assert _rows(persons) == expected
    assert _spans(persons) == spans


@pytest.mark.parametrize(
    "text",
    [
        "Ministère de la Défense said it would host the course.",
        "The Committee met with Peace Institute and Lakeside University, which said so.",
        "The attack was claimed by al-Shabaab on Monday.",
    ],
    ids=["french-ministry", "and-before-bodies", "article-joined-group-alone"],
)
def test_no_person(nlp: Language, text: str) -> None:
    _event, persons, _agenda = parse_text(read_layout(text), recognize(nlp(text)), default_rules())
    assert persons == []


@pytest.mark.parametrize(
    ("text", "ner", "expected", "spans"),
    [
        (
            "It was said by Police Adviser Sofia Maria Antonopoulou, who chaired it.",
            "Maria Antonopoulou",
            [("Sofia Maria Antonopoulou", None, ["Police Adviser"], [], ["chair", "speaker"])],
            [[(30, 54)]],
        ),
        (
            "Ranking Member Patricia O'Donnell-Vance also made a statement.",
            "Patricia O'Donnell",
            [("Patricia O'Donnell-Vance", None, ["Ranking Member"], [], ["speaker"])],
            [[(15, 39)]],
        ),
        (
            "Abdul Yousef Al-Amri, Chair of the Advisory Committee, introduced the report.",
            "Yousef Al-Amri",
            [
                (
                    "Abdul Yousef Al-Amri",
                    None,
                    ["Chair of the Advisory Committee"],
                    ["Advisory Committee"],
                    ["presenter"],
                )
            ],
            [[(0, 20)]],
        ),
    ],
    ids=["title-run-lengthens-the-start", "title-run-lengthens-the-end", "name-before-office"],
)
def test_a_title_or_office_replaces_a_name_the_ner_cut_short(
    nlp: Language, text: str, ner: str, expected: list[tuple], spans: list
) -> None:
    """The NER found part of the name; the office around it shows where the name starts
    and ends, so the longer name replaces the NER's."""
    rec = recognize(nlp(text))
    start = text.index(ner)
    span = Span(start, start + len(ner), ner, "PERSON", "model")
    rec = dataclasses.replace(rec, persons=(span,))
    _event, persons, _agenda = parse_text(read_layout(text), rec, default_rules())
    assert _rows(persons) == expected
    assert _spans(persons) == spans


@pytest.mark.parametrize(
    ("words", "start"),
    [
        (["Mr.", "Tomás", "de", "la", "Fuente", "Ibarra"], 1),
        (["the", "Maryam", "bint", "Khalid"], 1),
        (["of", "de", "Souza"], 2),
        (["said", "the"], 2),
        (["Rashid", "al-Amin", "Haddad"], 0),
        (["Representative", "Karin", "T.", "Olsberg"], 1),
        (["Gen.", "T.", "Olsberg"], 2),
    ],
    ids=[
        "two-particles",
        "one-particle",
        "particle-after-no-name",
        "no-name",
        "article-joined",
        "middle-initial",
        "initial-after-no-name",
    ],
)
def test_name_run_start(lex: Lexicon, words: list[str], start: int) -> None:
    assert name_run_start(words, lex) == start


def test_scan_name_takes_an_article_joined_word_only_inside_a_name(lex: Lexicon) -> None:
    text = "Rashid al-Amin Haddad; al-Amin"
    assert scan_name(text, 0, particles=lex.particles) == (0, 21)
    assert scan_name(text, 23, particles=lex.particles) is None


@pytest.mark.parametrize(
    ("raw", "plausible"),
    [
        ("Tomás de la Fuente Ibarra", True),
        ("Ministère de la Défense", False),
        ("Rashid al-Amin Haddad", True),
        ("al-Amin Haddad", False),
    ],
)
def test_is_plausible_name(lex: Lexicon, raw: str, plausible: bool) -> None:
    assert is_plausible_name(raw, lex) is plausible


def test_an_ner_name_goes_on_over_a_particle(nlp: Language) -> None:
    """The NER split "João Paulo dos Santos Ferreira" at the particle; the first name goes on
    over it, and the second part, now inside it, is no other person."""
    text = "It was opened by Superintendent-General João Paulo dos Santos Ferreira, who spoke."
    rec = recognize(nlp(text))
    parts = [(text.index(n), text.index(n) + len(n)) for n in ("João Paulo", "Santos Ferreira")]
    persons = tuple(Span(a, b, text[a:b], "PERSON", "model") for a, b in parts)
    rec = dataclasses.replace(rec, persons=persons)
    _event, drafts, _agenda = parse_text(read_layout(text), rec, default_rules())
    assert [(p.name, p.roles) for p in drafts] == [
        ("João Paulo dos Santos Ferreira", ["opening_remarks"])
    ]
    assert _spans(drafts) == [[(40, 70)]]
