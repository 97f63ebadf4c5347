"""Literal searches written without a regex per report find what the regexes they replace
found (stop 25: a pattern compiled per name or heading also evicted the rules' own patterns
from ``re``'s cache)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from pko_extract import patterns as P
from pko_extract.event_heading_cues import _ASCII_CASE_KIN, _found_ignoring_case
from pko_extract.event_title import _ORDINAL_BEFORE_WORD
from pko_extract.people_forms import _free_standing

#: Characters that sit at the edges of names and words, and the case look-alikes.
EDGES = "abAB .-'’_é1\t\n" + _ASCII_CASE_KIN


def _free_standing_by_regex(text: str, raw: str) -> list[tuple[int, int]]:
    pattern = r"(?<![\w’'.-])" + re.escape(raw) + r"(?![\w’'-])"
    return [m.span() for m in re.finditer(pattern, text)]


def test_free_standing_names():
    text = "Ana Ruiz, and Ana Ruizes; Dr.Ana Ruiz. O'Ana Ruiz Ana Ruiz-Vidal (Ana Ruiz)"
    assert _free_standing(text, "Ana Ruiz") == [(0, 8), (66, 74)]
    assert _free_standing(text, "Ana Ruiz") == _free_standing_by_regex(text, "Ana Ruiz")
    assert _free_standing("aa aa", "aa") == [(0, 2), (3, 5)]
    assert _free_standing("Smith.", "Smith.") == [(0, 6)]


@given(st.text(alphabet=EDGES, max_size=30), st.text(alphabet=EDGES, min_size=1, max_size=4))
def test_free_standing_is_the_regex(text, raw):
    assert _free_standing(text, raw) == _free_standing_by_regex(text, raw)


def test_found_ignoring_case():
    text = "Early Warning. The workshop on EARLY WARNING and early warningly"
    assert _found_ignoring_case("early warning", text) == [0, 31, 49]
    assert _found_ignoring_case("aa", "AAAa") == [0, 2]
    assert _found_ignoring_case("kin", "\u212ain") == [0]  # the Kelvin sign: by re
    assert _found_ignoring_case("café", "CAFÉ") == [0]


@given(st.text(alphabet=EDGES + "KkSsIi", max_size=30), st.text(alphabet=EDGES, min_size=1))
def test_found_ignoring_case_is_the_regex(text, literal):
    expected = [m.start() for m in re.finditer(re.escape(literal), text, re.IGNORECASE)]
    assert _found_ignoring_case(literal, text) == expected


def test_every_numbered_title_has_an_ordinal_before_a_word():
    # _numbered_in_full scans for "<ordinal> <title words>" only in a text where an ordinal
    # is followed by a space: every text the full pattern matches
    name = r"[ \t]+".join(map(re.escape, "Military Observers Course".split()))
    full = re.compile(rf"\b{P.ORDINAL_WORD.pattern}[ \t]+{name}\b")
    for text in ("the 14th Military Observers Course", "Twenty-first\tMilitary Observers Course"):
        assert full.search(text) and _ORDINAL_BEFORE_WORD.search(text)
    assert _ORDINAL_BEFORE_WORD.search("Military Observers Course, the 14th.") is None
