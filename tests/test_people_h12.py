"""Names the graduated sets holdout11 and holdout12 showed missing (stop 25): a second
writer joined by "&" or "and" to a byline after a separator ("Posted 2 May · Notes by A & B"),
a person in brackets after an e-mail address ("office@x.example (J. Ofori)") and a Mongolian
patronymic initial of two letters before the given name ("Col. Ts. Enkhbayar"). Invented
text, blank pipeline (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import person_offices
from spacy.language import Language

from pko_extract.names import scan_name
from pko_extract.recognize import build_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Debate digest\n\nPosted 3 May 2024 · Notes by K. Lindqvist & P. Amoako (unofficial)\n"
            "\nThe debate went on.",
            ["K. Lindqvist", "P. Amoako"],
        ),
        (
            "Debate digest\n\nPosted 3 May 2024 | Notes by Karin Lindqvist and Paul Amoako\n"
            "\nThe debate went on.",
            ["Karin Lindqvist", "Paul Amoako"],
        ),
        (
            "The course opens in June. Apply by 1 May: registry@lakeside-college.example"
            " (T. Mensah-Bonsu).",
            ["T. Mensah-Bonsu"],
        ),
        (
            # an address with no bracket after it names nobody
            "The course opens in June. Write to registry@lakeside-college.example today.",
            [],
        ),
    ],
    ids=["notes-by-initials-ampersand", "notes-by-and-after-bar", "email-bracket", "no-name"],
)
def test_bylines_and_contacts_name_people(nlp: Language, text: str, expected: list[str]) -> None:
    """Both writers of a byline after a separator, and the person after an address."""
    assert [name for name, _positions, _orgs in person_offices(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ts. Enkhbayar, the commander", (0, 13)),
        ("Ch. Bold said", (0, 8)),
        # a two-letter abbreviation that is no such initial ends the name
        ("Mt. Kenya", (0, 2)),
    ],
    ids=["ts", "ch", "not-an-initial"],
)
def test_a_mongolian_patronymic_initial_opens_a_name(text: str, expected: tuple[int, int]) -> None:
    """ "Ts.", "Ch.", "Sh.", "Kh.", "Zh." before a name word are part of the name."""
    assert scan_name(text, 0) == expected
