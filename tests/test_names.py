"""Tests of personal-name helpers: token test, name extent, display form, split, keys."""

from __future__ import annotations

import pytest

from pko_extract.names import (
    display_name,
    fold,
    is_name_token,
    name_key,
    name_tokens,
    person_key,
    scan_name,
    split_name,
)


@pytest.mark.parametrize(
    ("tok", "expected"),
    [
        ("Hervé", True),
        ("OKAFOR", True),
        ("R.", True),
        ("J.K.", True),
        ("Ki-moon", True),
        ("O'Neill", True),
        ("N’Diaye", True),
        ("McAllister", True),
        ("Ban.", True),
        ("mandates", False),
        ("Ki-", False),
        ("2019", False),
        ("A4P", False),
        ("", False),
        ("(Ret.)", False),
        ("B.Harris", True),
        ("U.N.", True),
    ],
    ids=[
        "accent",
        "all-caps",
        "initial",
        "double-initial",
        "hyphen",
        "apostrophe",
        "curly-apostrophe",
        "mc",
        "trailing-dot",
        "lower",
        "dangling-hyphen",
        "digits",
        "acronym-digit",
        "empty",
        "parenthesis",
        "initial-joined-to-name",
        "dotted-initials",
    ],
)
def test_is_name_token(tok: str, expected: bool) -> None:
    """Capitalised words, initials and hyphen/apostrophe names are name tokens."""
    assert is_name_token(tok) is expected


@pytest.mark.parametrize(
    ("text", "pos", "expected"),
    [
        ("Mr. Jonas Field, Adviser", 3, "Jonas Field"),
        ("R. Kimura spoke", 0, "R. Kimura"),
        ("Dr. A. B. Sesay arrived", 3, "A. B. Sesay"),
        ("Jean-Paul RENARD, Chief", 0, "Jean-Paul RENARD"),
        ("Ms. Ban’s remarks", 3, "Ban"),
        ("Mr. Ogun's view", 3, "Ogun"),
        ("KIM Minjun said", 0, "KIM Minjun"),
        ("Paul de Witt left", 0, "Paul de Witt"),
        ("Lena Hart. Next we", 0, "Lena Hart"),
        ("Sara O'Brien\nDirector", 0, "Sara O'Brien"),
        ("Ana Maria Rita Sol Luz Paz Cruz", 0, "Ana Maria Rita Sol Luz"),
        ("Tim Ross Minister", 0, "Tim Ross"),
        ("   Eva Lund;", 0, "Eva Lund"),
        ("Eva de", 0, "Eva"),
    ],
    ids=[
        "after-honorific",
        "initial-first",
        "two-initials",
        "hyphen-all-caps",
        "possessive-curly",
        "possessive-straight",
        "family-first",
        "particle",
        "sentence-end",
        "line-break",
        "max-five-tokens",
        "stop-word",
        "leading-spaces",
        "trailing-particle",
    ],
)
def test_scan_name_extent(text: str, pos: int, expected: str) -> None:
    """The name's extent: name tokens and particles, stopping at punctuation and stop words."""
    span = scan_name(text, pos, stop_words=frozenset({"Minister"}))
    assert span is not None
    assert text[span[0] : span[1]] == expected


@pytest.mark.parametrize(
    "text",
    ["the minister", ", Adviser", "", "2019 Report", "de Souza"],
    ids=["lower-case", "punctuation", "empty", "number", "particle-first"],
)
def test_scan_name_none(text: str) -> None:
    """No name where the text does not start with a name token."""
    assert scan_name(text, 0) is None


def test_scan_name_two_particles() -> None:
    """Several particles in a row ("van der") stay inside the name."""
    text = "Anna van der Berg spoke"
    assert scan_name(text, 0) == (0, 17)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Koji TANAKA", "Koji Tanaka"),
        ("KIM Minjun", "Kim Minjun"),
        ("Jean-Paul RENARD", "Jean-Paul Renard"),
        ("Sara O'BRIEN", "Sara O'Brien"),
        ("R. Kimura", "R. Kimura"),
        ("Anna van der Berg", "Anna van der Berg"),
        ("Lena  Hart", "Lena Hart"),
        ("DE LA CRUZ", "De La Cruz"),
        ("Ola McAllister", "Ola McAllister"),
    ],
    ids=[
        "caps-family",
        "family-first",
        "hyphen",
        "apostrophe",
        "initial",
        "particles",
        "double-space",
        "all-caps",
        "mixed-case-kept",
    ],
)
def test_display_name(raw: str, expected: str) -> None:
    """All-caps words get normal capitalisation; the word order is kept."""
    assert display_name(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Koji TANAKA", ("Koji", "Tanaka")),
        ("KIM Minjun", ("Minjun", "Kim")),
        ("WANG Li Na", ("Li Na", "Wang")),
        ("Lena Hart", ("Lena", "Hart")),
        ("A. B. Sesay", ("A. B.", "Sesay")),
        ("Jean-Paul Renard", ("Jean-Paul", "Renard")),
        ("Madonna", (None, "Madonna")),
        ("OKAFOR", (None, "Okafor")),
        ("Anna van der Berg", ("Anna van der", "Berg")),
        ("JOHN PAUL SMITH", ("John Paul", "Smith")),
        ("", (None, None)),
    ],
    ids=[
        "caps-last",
        "caps-first",
        "caps-first-two-given",
        "plain",
        "initials",
        "hyphen",
        "single",
        "single-caps",
        "particles-documented-last-token",
        "all-caps",
        "empty",
    ],
)
def test_split_name(raw: str, expected: tuple[str | None, str | None]) -> None:
    """One all-caps token marks the family name; otherwise the last token is the family."""
    assert split_name(raw) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Hervé RENARD", "Renard Herve"),
        ("KIM Minjun", "Minjun Kim"),
        ("Jean-Paul Renard", "Jean Paul RENARD"),
        ("Sara O’Brien", "Sara O'Brien"),
        ("A.B. Sesay", "A B Sesay"),
    ],
    ids=["accent-order", "family-first", "hyphen", "curly-apostrophe", "initials"],
)
def test_name_key_equal(a: str, b: str) -> None:
    """name_key ignores order, case, accents, hyphens, dots and apostrophes."""
    assert name_key(a) == name_key(b)
    assert person_key(a) == person_key(b)


def test_name_key_values() -> None:
    """Exact folded tokens and key; person_key is a 16-hex-digit sha1 prefix."""
    assert fold("Hervé O’Brien-Lacroix, Jr.") == "herve o brien lacroix jr"
    assert name_tokens("KIM Minjun") == ("kim", "minjun")
    assert name_key("Zoë Ålund Berg") == "alund berg zoe"
    assert person_key("Lena Hart") == "77688a722039c79e"  # sha1("hart lena")[:16]
    assert person_key("HART Lena") == "77688a722039c79e"
    assert person_key("Lena Hart") != person_key("Lena Harte")
