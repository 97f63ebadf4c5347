"""Names the statistical NER misses or a filter dropped, found from the structure around them.

- A contact, editor or credit label gives a name wherever it opens a line, a bracket or a
  sentence ("Media contact: X, press@...", "(Photo: X)", "... Picture: X", "by X · 2 min").
- An office opened by a determiner sets a name off by commas, whatever verb follows ("the
  Special Representative, X, travelled", "the Minister for Defence, X, and by").
- A country in brackets after a name makes a delegate of a meeting's coverage, before any
  verb or a list's comma ("X (Ghana) paid tribute", "elected X (Chile), Y (Peru) and").
- Ranks of other armies and languages ("Warrant Officer Class 1", "Havildar", "Capitán de
  Navío", "Capitão-Tenente", "General of Brigade", "le colonel"), the abbreviated given name
  "Md." kept in the name, a name opening with an accented capital after an office, a
  country inside a hyphenated family name ("Montenegro-Illescas").
- Words of Portuguese, Spanish and French bodies are no names ("Exército Brasileiro"), nor
  are eponyms and sites ("the X medals", "X International Centre", "X Camp").
- The speaker named after a quotation's verb is a person ('..." said X, a trader').

All on the blank pipeline (rules only); the NER's places are given where a rule reads them.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.language import Language

from pko_extract.extract import parse_text
from pko_extract.lexicon import lexicon
from pko_extract.models import Recognized, Span
from pko_extract.people import find_mentions
from pko_extract.recognize import build_nlp, recognize
from pko_extract.resources import default_rules
from pko_extract.segment import read_layout


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


def _names(nlp: Language, text: str, rec: Recognized | None = None) -> list[str]:
    rec = rec or recognize(nlp(text))
    countries = frozenset({"Ghana", "Chile", "Peru", "Montenegro", "Guinea-Bissau"})
    mentions = find_mentions(read_layout(text), rec, lexicon(default_rules()), countries)
    return [m.raw for m in mentions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The wreaths were laid at noon. (Photo: Oonagh Feeney)\n",
            ["Oonagh Feeney"],
        ),
        (
            "The band played on the square. Picture: TEVITA HALAFIHI\n",
            ["TEVITA HALAFIHI"],
        ),
        (
            "Media contact: Ruta Zilinskaite-Ward, Press Officer, +371 000 000\n",
            ["Ruta Zilinskaite-Ward"],
        ),
        ("Editor: Kalinda Moorhouse | Subscribe | Archive\n", ["Kalinda Moorhouse"]),
        ("by Ximena Quiroga Ledesma · 3 min read\n", ["Ximena Quiroga Ledesma"]),
        ("<footer>Media: Sunniva Rostad, press@forum.example</footer>\n", ["Sunniva Rostad"]),
        ("Contacts:  DOS Communications, press@dos.example\n", []),
    ],
    ids=[
        "photo-credit-in-brackets",
        "picture-credit-after-a-caption",
        "media-contact",
        "editor-before-a-link-bar",
        "lower-case-byline",
        "media-label-after-a-tag",
        "an-office-is-no-contact",
    ],
)
def test_contact_and_credit_labels_give_names(nlp: Language, text: str, expected: list[str]):
    assert _names(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials said the Special Representative, Oskari Lehtinen-Mora, travelled to "
            "the border town on Monday.",
            ["Oskari Lehtinen-Mora"],
        ),
        (
            "The contingent was welcomed by the Minister for Defence, Ailbhe Garrahy, and by "
            "the Chief of Staff.",
            ["Ailbhe Garrahy"],
        ),
        (
            "The debate was moderated by the Institute's Vice President, Carla Montenegro-Ruiz.",
            ["Carla Montenegro-Ruiz"],
        ),
        (
            "El acto contó con la embajadora de Chile en el Líbano, Inés Calderón Pizarro.",
            ["Inés Calderón Pizarro"],
        ),
        ("The village elders met the visitors, Tamale Road, and left.", []),
    ],
    ids=[
        "office-then-name-then-verb",
        "office-then-name-then-and",
        "possessor-office-then-name-at-sentence-end",
        "spanish-office",
        "no-office-before-the-comma",
    ],
)
def test_names_set_off_by_commas_after_an_office(
    nlp: Language, text: str, expected: list[str]
) -> None:
    assert _names(nlp, text) == expected


def _with_places(nlp: Language, text: str, places: list[str]) -> Recognized:
    rec = recognize(nlp(text))
    spans = tuple(Span(text.index(p), text.index(p) + len(p), p, "GPE", "model") for p in places)
    return replace(rec, places=spans)


@pytest.mark.parametrize(
    ("text", "places", "expected"),
    [
        (
            "KOFI ABOAGYE-MENSAH (Ghana) paid tribute to the fallen.",
            ["Ghana"],
            ["KOFI ABOAGYE-MENSAH"],
        ),
        (
            "The Committee elected Rosario Vial Lagos (Chile), Tupac Quispe (Peru) and others.",
            ["Chile", "Peru"],
            ["Rosario Vial Lagos", "Tupac Quispe"],
        ),
        (
            "The course moved to Port Dickson (Ghana), which hosts it.",
            ["Port Dickson", "Ghana"],
            [],
        ),
        ("Rosario Vial Lagos (Chile), Tupac Quispe (Peru) and others.", [], []),
    ],
    ids=["any-verb", "list-commas", "a-place-before-the-bracket", "no-place-found"],
)
def test_delegates_named_before_a_country_in_brackets(
    nlp: Language, text: str, places: list[str], expected: list[str]
) -> None:
    assert _names(nlp, text, _with_places(nlp, text, places)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Warrant Officer Class 2 Tomasi Vunibaka led the parade.", ["Tomasi Vunibaka"]),
        ("The medal went to Havildar Ramesh Gurung.", ["Ramesh Gurung"]),
        ("Ponentes: Capitán de Navío Lucía Arrieta Gómez (Armada)", ["Lucía Arrieta Gómez"]),
        ("A Capitão-Tenente Joana Prates falou.", ["Joana Prates"]),
        ("It closed with General of Brigade Otávio Lins Neto, who spoke.", ["Otávio Lins Neto"]),
        ("Le colonel Serge Mbarga-Essomba a salué les stagiaires.", ["Serge Mbarga-Essomba"]),
        ("0900   Welcome   Brig Gen Md. Habibur RAHMAN, ndc", ["Md. Habibur RAHMAN"]),
        (
            "Opening, Under-Secretary-General for Field Support Élodie Marchand said so.",
            ["Élodie Marchand"],
        ),
    ],
    ids=[
        "warrant-officer-class",
        "havildar",
        "capitan-de-navio",
        "capitao-tenente",
        "general-of-brigade",
        "lower-case-french-rank",
        "md-abbreviated-given-name",
        "accented-name-after-a-long-office",
    ],
)
def test_ranks_and_name_forms(nlp: Language, text: str, expected: list[str]) -> None:
    assert _names(nlp, text) == expected


def test_a_country_inside_a_hyphenated_family_name_is_no_place(nlp: Language) -> None:
    text = "Chair: Carla Montenegro-Ruiz\nChair: Ana Guinea-Bissau\n"
    assert _names(nlp, text) == ["Carla Montenegro-Ruiz"]


@pytest.mark.parametrize(
    "words",
    ["Exército Brasileiro", "Embajada del Uruguay", "Nações Unidas", "Aula Magna"],
)
def test_romance_body_words_are_no_names(nlp: Language, words: str) -> None:
    text = f"Presentation by {words}."
    rec = recognize(nlp(text))
    start = text.index(words)
    rec = replace(rec, persons=(Span(start, start + len(words), words, "PERSON", "model"),))
    assert _names(nlp, text, rec) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The Halvard Norum medals were presented.", "Halvard Norum"),
        ("She trained at Ama Boateng International Training Centre.", "Ama Boateng"),
        ("The parade was held at Dunmore Camp on Friday.", "Dunmore Camp"),
        ("Wreaths were laid at noon in Aldridge Garden.", "Aldridge Garden"),
    ],
    ids=["eponym-before-lower-case-medals", "eponym-before-international", "camp", "garden"],
)
def test_eponyms_and_sites_are_no_names(nlp: Language, text: str, words: str) -> None:
    rec = recognize(nlp(text))
    start = text.index(words)
    rec = replace(rec, persons=(Span(start, start + len(words), words, "PERSON", "model"),))
    assert _names(nlp, text, rec) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We walked two days to get here," said Rosemonde Saint-Aubin, a farmer.',
            ["Rosemonde Saint-Aubin"],
        ),
        ('"The roads are open again", says Teodor Wallin-Bakke.', ["Teodor Wallin-Bakke"]),
        ('"It works," said United Nations officials.', []),
    ],
    ids=["said-then-apposition", "says-at-sentence-end", "a-body-is-no-speaker"],
)
def test_speaker_after_a_quotation(nlp: Language, text: str, expected: list[str]) -> None:
    assert _names(nlp, text) == expected


def test_a_contact_field_over_a_mailing_footer_is_mentioned(nlp: Language) -> None:
    """The editor of a digest is credited, not addressed by the "You are receiving" line
    under it (which once made them a participant)."""
    text = (
        "Editor: Ruta Zilinskaite-Ward | Contact: news@forum.example\n"
        "You are receiving this email because you subscribed to the Forum Digest.\n"
    )
    _event, persons, _agenda = parse_text(read_layout(text), recognize(nlp(text)), default_rules())
    assert [(p.name, p.roles) for p in persons] == [("Ruta Zilinskaite-Ward", ["mentioned"])]


@pytest.mark.parametrize(
    ("text", "ner", "expected"),
    [
        ("Speakers:\n-- TRAN Thi Minh Chau, researcher\n", "Minh Chau", ["TRAN Thi Minh Chau"]),
        ("They heard a historian, KANG Hye Jin, on the archives.", "Hye Jin", ["KANG Hye Jin"]),
        ("The NATO Liaison Office sent Ana Ruiz, a lawyer.", "Ana Ruiz", ["Ana Ruiz"]),
    ],
    ids=["family-name-first-after-a-dash", "after-a-comma", "an-acronym-inside-a-sentence"],
)
def test_an_all_caps_family_name_written_first_joins_the_given_names(
    nlp: Language, text: str, ner: str, expected: list[str]
) -> None:
    rec = recognize(nlp(text))
    start = text.index(ner)
    rec = replace(rec, persons=(Span(start, start + len(ner), ner, "PERSON", "model"),))
    assert _names(nlp, text, rec) == expected


def test_a_participant_turn_after_a_time_stamp_names_the_questioner(nlp: Language) -> None:
    text = "[00:41:07] PARTICIPANT (Wanjiru Achieng Otieno, Kenya Prisons Service):\n"
    assert _names(nlp, text) == ["Wanjiru Achieng Otieno"]
