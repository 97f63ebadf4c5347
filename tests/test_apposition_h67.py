"""Tests of the posts of the layouts holdout6 and holdout7 showed once graduated (stop 23),
on invented text: a biography paragraph under a name line that opens with the post ("Senior
Fellow, X Institute. She led ..."), past a role word ("Panellist.") or after a role in
brackets on the name line ("Dr. Y (Moderator)"); the unit an office heads is no body when
the body follows ("Director of the X Programme, Y Centre"); a lone title of an acronym is
the title and the acronym's body ("Commandant of LPTC"); a programme's affiliation line
under "Chair: Sr. Col. X" and a body as the label of a talk ("X Armed Forces: <topic>");
an office after "the" and one qualifying word, or with a unit number, before a comma and
the name ("the Norland Ambassador to Westmere, H.E. Mr. X", "The Sector 2 Commander, Lt.
Col. Y"); a repeated full name followed by its post; an office "at" a title-case body; the
term of a rotating chair ("for the month of May 2023"); a name the NER cut at a particle."""

from __future__ import annotations

import pytest
from conftest import person_offices
from spacy.language import Language

from pko_extract.apposition_segments import classify_segments
from pko_extract.lexicon import lexicon
from pko_extract.models import Mention
from pko_extract.people import _particle_tail
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
        (
            ["Senior Fellow and head of the Harbour Programme", "Nordic Peace Fund"],
            ["Senior Fellow", "head of the Harbour Programme"],
            ["Nordic Peace Fund"],
        ),
        (["Commandant of LPTC"], ["Commandant"], ["LPTC"]),
        (["Deputy Force Commander of UNMIX"], ["Deputy Force Commander"], ["UNMIX"]),
        (["Chief of Staff of EUTM Norland"], ["Chief of Staff"], ["EUTM Norland"]),
    ],
    ids=[
        "unit-then-body",
        "unit-alone",
        "lower-case-office-after-and",
        "lone-title-of-acronym",
        "deputy-of-acronym",
        "lone-title-of-acronym-and-place",
    ],
)
def test_offices_of_units_and_acronyms(
    segs: list[str], positions: list[str], orgs: list[str]
) -> None:
    """A unit an office heads gives way to the body named after it; a lone title of an
    acronym stands apart from it."""
    assert classify_segments(segs, lexicon(default_rules())) == (positions, orgs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Session 1: Field Medicine\nChair: Sr. Col. Tran Van Minh\nDirector, Norland"
            " Department of Peacekeeping Operations\nPresenters:\n- Maj. Gen. Ana Ruiz\n"
            "  Royal Norland Armed Forces: field hospitals in the north\n",
            [
                ("Tran Van Minh", ["Director"], ["Norland Department of Peacekeeping Operations"]),
                ("Ana Ruiz", [], ["Royal Norland Armed Forces"]),
            ],
        ),
        (
            "The medals were presented by the Force Commander, Major General Li Wei, and the"
            " Norland Ambassador to Westmere, H.E. Mr. Tom Reed.\n",
            [
                ("Li Wei", ["Force Commander"], []),
                ("Tom Reed", ["Norland Ambassador to Westmere"], []),
            ],
        ),
        (
            "The Sector 2 Commander, Lieutenant Colonel Ana Ruiz, thanked the staff.\n",
            [("Ana Ruiz", ["Sector 2 Commander"], [])],
        ),
        (
            "Lakeside, Aug. 17, 2020 The Chief of Defence Staff, Gen. Tom Reed, has said the"
            " forces are ready.\n",
            [("Tom Reed", ["Chief of Defence Staff"], [])],
        ),
        (
            "Posted by Ana Ruiz-Vidal on 2 June 2020\n\nThe webinar drew 400 people.\n\n"
            "About the author: Ana Ruiz-Vidal is Communications Officer at Harbour Peace Watch.\n",
            [("Ana Ruiz-Vidal", ["Communications Officer"], ["Harbour Peace Watch"])],
        ),
        (
            "The session was opened by H.E. Ambassador Tom Reed, Permanent Representative of"
            " Norland to the African Union and Chairperson of the PSC for the month of May"
            " 2023.\n",
            [
                (
                    "Tom Reed",
                    [
                        "Permanent Representative of Norland to the African Union",
                        "Chairperson of the PSC for the month of May 2023",
                    ],
                    ["PSC"],
                )
            ],
        ),
    ],
    ids=[
        "programme-label-lines",
        "qualified-office-after-the",
        "unit-number-office",
        "year-before-office",
        "repeated-full-name",
        "rotating-chair-term",
    ],
)
def test_offices_of_programmes_and_prose(
    nlp: Language, text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    """Each layout gives the person the offices and bodies its words say."""
    assert person_offices(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "raw", "end"),
    [
        ("Lt. Gen. Ahmad bin Yusof opened.", "Ahmad bin", 24),
        ("Ms. Siti binti Ali, Director", "Siti binti", 18),
        ("Ahmad bin Said.", "Ahmad", None),
        ("Ahmad bin and others", "Ahmad bin", None),
    ],
    ids=["bin", "binti", "no-particle", "no-name-after"],
)
def test_name_cut_at_a_particle(text: str, raw: str, end: int | None) -> None:
    """A name that ends with a particle goes on to the name word after it."""
    start = text.index(raw)
    m = Mention(start, start + len(raw), raw)
    assert _particle_tail(text, m, lexicon(default_rules())) == end
