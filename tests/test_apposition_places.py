"""The places and years where an office was held are cut from it ("Police Observer in
Norland and Westmere" -> "Police Observer"), as the dev gold annotates career lists; an office
that ends with a body keeps its place."""

from __future__ import annotations

import pytest

from pko_extract.apposition_places import trim_service_places
from pko_extract.lexicon import lexicon
from pko_extract.models import Mention
from pko_extract.resources import default_rules

PLACES = frozenset({"Norland", "Westmere", "Lakeside"})


@pytest.mark.parametrize(
    ("position", "expected"),
    [
        ("Police Observer in Norland and Westmere", "Police Observer"),
        ("Chief of Ops in Lakeside in 1994", "Chief of Ops"),
        ("Planning Coordinator in Norland 2004-05", "Planning Coordinator"),
        ("Police Commissioner in Norland & Lakeside", "Police Commissioner"),
        (
            "Special Representative of the Chairperson of the Lake Commission in Norland",
            "Special Representative of the Chairperson of the Lake Commission in Norland",
        ),
        ("Lecturer in Conflict Studies", "Lecturer in Conflict Studies"),
        ("Police Observer in Norland mission", "Police Observer in Norland mission"),
        ("Police Commissioner in Norland", "Police Commissioner in Norland"),
    ],
    ids=[
        "two-places",
        "year-after-in",
        "span-of-years",
        "ampersand",
        "office-of-a-body",
        "field-no-place",
        "place-and-a-word",
        "one-place-names-the-post",
    ],
)
def test_places_of_service_are_cut(position: str, expected: str) -> None:
    m = Mention(0, 3, "Ana", positions=[position])
    trim_service_places([m], PLACES, lexicon(default_rules()))
    assert m.positions == [expected]
