"""The trie alternation finds what the plain alternation of the phrases, longest first, finds."""

from __future__ import annotations

import re

import pytest

from pko_extract.alternation import longest_first
from pko_extract.lexicon import lexicon
from pko_extract.resources import default_rules

PHRASES = ["Chair", "chair of", "chairs", "Chairman", "co-chair", "head", "Head of Mission", "he"]
TEXT = "The Chairman and co-chair, chair of the panel; HEAD OF MISSION; the head of mission; he"
BOUNDED = r"(?<![\w-])%s(?![\w-])"


def _plain(phrases: list[str]) -> str:
    return "(?:" + "|".join(sorted(map(re.escape, set(phrases)), key=len, reverse=True)) + ")"


def _spans(source: str, flags: int, text: str = TEXT) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(BOUNDED % source, text, flags)]


def test_trie_source_shares_prefixes() -> None:
    assert longest_first(["said", "stressed", "spoke"]) == "(?:s(?:aid|poke|tressed))"
    assert longest_first(["he", "head", "head of"]) == r"(?:he(?:ad(?:\ of|)|))"
    assert longest_first([]) == "(?!)"


def test_case_insensitive_matches_the_plain_alternation() -> None:
    trie = _spans(longest_first(PHRASES, ignore_case=True), re.IGNORECASE)
    assert trie == _spans(_plain(PHRASES), re.IGNORECASE)
    assert [TEXT[a:b] for a, b in trie] == [
        "Chairman",
        "co-chair",
        "chair of",
        "HEAD OF MISSION",
        "head of mission",
        "he",
    ]


def test_case_sensitive_matches_the_plain_alternation() -> None:
    trie = _spans(longest_first(PHRASES), 0)
    assert trie == _spans(_plain(PHRASES), 0)
    assert [TEXT[a:b] for a, b in trie] == ["Chairman", "co-chair", "chair of", "head", "he"]


def test_non_ascii_phrases_keep_the_plain_alternation() -> None:
    phrases = ["Modérateur", "modérateur adjoint", "STRASSE"]
    assert longest_first(phrases, ignore_case=True) == _plain(phrases)


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_lexicon_patterns_match_their_plain_alternations(flags: int) -> None:
    rules = default_rules()
    lex = lexicon(rules)
    words = rules.position_words
    text = " ".join(words) + " " + " ".join(c.text for c in rules.role_cues[:200])
    text += " " + text.upper() + " " + text.lower()
    new = lex._title_any_case if flags else lex._pos_re
    old = re.compile(BOUNDED % _plain(list(words)), flags)
    assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]
    cues = [c.text for c in rules.role_cues]
    old_cues = re.compile(BOUNDED % _plain(cues), re.IGNORECASE)
    assert [m.span() for m in lex.role_cue_re.finditer(text)] == [
        m.span() for m in old_cues.finditer(text)
    ]


def test_white_space_stands_for_the_space_regex() -> None:
    names = ["south sudan", "sudan", "south  sudan republic", "the sudan"]
    trie = longest_first(names, space=r"\s+")
    assert trie == r"(?:s(?:outh\s+sudan(?:\s+republic|)|udan)|the\s+sudan)"
    plain = "(?:" + "|".join(sorted({r"\s+".join(n.split()) for n in names}, key=len, reverse=True))
    text = "in south\n sudan republic, the  sudan and south sudan."
    assert _spans(trie, 0, text) == _spans(plain + ")", 0, text)
    assert [text[a:b] for a, b in _spans(trie, 0, text)] == [
        "south\n sudan republic",
        "the  sudan",
        "south sudan",
    ]


def test_empty_phrases() -> None:
    assert longest_first([]) == "(?!)"
    assert longest_first([""]) == "(?:)"
    assert longest_first(["", "ab"]) == "(?:ab|)"
