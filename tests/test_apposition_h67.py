"""Tests of the posts of the layouts holdout6 and holdout7 showed once graduated (stop 23),
on invented text: a biography paragraph under a name line that opens with the post ("Senior
Fellow, X Institute. She led ..."), past a role word ("Panellist.") or after a role in
brackets on the name line ("Dr. Y (Moderator)"); the unit an office heads is no body when
the body follows ("Director of the X Programme, Y Centre"); a lone title of an acronym is
the title and the acronym's body ("Commandant of LPTC")."""

from __future__ import annotations

import pytest
from conftest import person_offices
from spacy.language import Language

from pko_extract.apposition_segments import classify_segments
from pko_extract.lexicon import lexicon
from pko_extract.recognize import build_nlp
from pko_extract.resources import default_rules


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Speakers\n\nDr. Ana Ruiz\n\nSenior Fellow, Lakeside Peace Institute. She led the"
            " institute's work on policing in Norland for six years.\n",
            [("Ana Ruiz", ["Senior Fellow"], ["Lakeside Peace Institute"])],
        ),
        (
            "Speakers\n\nProf. Tom Reed\n\nPanellist. Associate Professor of History,"
            " University of Westmere. His research covers the first observer missions.\n",
            [("Tom Reed", ["Associate Professor of History"], ["University of Westmere"])],
        ),
        (
            "Our guests\n\nProf. Lina Berg (Moderator)\n\nDirector of the Harbour Programme,"
            " Nordic Peace Fund. She writes on maritime security.\n",
            [("Lina Berg", ["Director of the Harbour Programme"], ["Nordic Peace Fund"])],
        ),
        (
            "Speakers\n\nDr. Ana Ruiz\n\nDr. Ruiz spoke about policing in Norland and the"
            " lessons of the last ten years.\n",
            [("Ana Ruiz", [], [])],
        ),
    ],
    ids=["bio-under-name", "role-word-first", "role-in-brackets", "no-post"],
)
def test_post_opening_a_bio_under_a_name_line(
    nlp: Language, text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    """The first sentence of the paragraph under a name line gives the post when it opens
    with an office; a sentence about the person gives nothing."""
    assert person_offices(nlp, text) == expected


@pytest.mark.parametrize(
    ("segs", "positions", "orgs"),
    [
        (
            ["Head of the Policy Programme", "Nordic Peace Fund"],
            ["Head of the Policy Programme"],
            ["Nordic Peace Fund"],
        ),
        (["Head of the Policy Programme"], ["Head of the Policy Programme"], ["Policy Programme"]),
        (["Commandant of LPTC"], ["Commandant"], ["LPTC"]),
        (["Deputy Force Commander of UNMIX"], ["Deputy Force Commander"], ["UNMIX"]),
    ],
    ids=["unit-then-body", "unit-alone", "lone-title-of-acronym", "deputy-of-acronym"],
)
def test_offices_of_units_and_acronyms(segs: list[str], positions: list[str], orgs: list[str]) -> None:
    """A unit an office heads gives way to the body named after it; a lone title of an
    acronym stands apart from it."""
    assert classify_segments(segs, lexicon(default_rules())) == (positions, orgs)
