"""Tests of ceremonial acts of running text as agenda items (agenda_ceremony.py) through the
agenda parser: parades, wreath-layings, flames lit, and medals presented at one of several
ceremonies, each an item of kind "other" with the people who perform it."""

from __future__ import annotations

import pytest
from conftest import agenda_items
from spacy.language import Language

from pko_extract.agenda_ceremony import ceremony_acts
from pko_extract.extract import parse_text
from pko_extract.recognize import build_nlp, recognize
from pko_extract.resources import default_rules
from pko_extract.segment import read_layout


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp("blank")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Contingent honoured on Peacekeepers Day\n\n"
            "The day began with a medal parade honouring 200 engineers of the contingent. "
            "Soldiers from four countries marched in the parade.\n",
            [("other", "medal parade", [])],
        ),
        (
            "Exercise opens at the training centre\n\n"
            "During the ceremony, a wreath-laying at the Peace Memorial was performed by "
            "Gen. Tomas Ruiz and Ambassador Lena Fischer.\n",
            [
                (
                    "other",
                    "wreath-laying at the Peace Memorial",
                    [("Tomas Ruiz", "participant"), ("Lena Fischer", "participant")],
                )
            ],
        ),
        (
            "Remembrance at the base\n\n"
            "Governor Mr. Sam Otieno then lit the flame of remembrance before the troops. "
            "Once the military parade was over, guests moved to a reception.\n",
            [
                ("other", "lit the flame of remembrance", [("Sam Otieno", "participant")]),
                ("other", "military parade", []),
            ],
        ),
        (
            "Medals for headquarters staff\n\n"
            "At a separate ceremony, Ms. Ana Lopes, Director of the Peace Centre, handed out "
            "service medals to the officers of the Centre.\n",
            [("other", "service medals", [("Ana Lopes", "participant")])],
        ),
        (
            "Day of remembrance\n\n"
            "Within the ceremonies of the day, Blue Star medals were conferred posthumously on "
            "the personnel who died last year.\n",
            [("other", "Blue Star medals", [])],
        ),
    ],
    ids=["medal-parade", "wreath-laying-by", "flame-and-parade", "handed-out-medals", "passive"],
)
def test_ceremonial_act_is_an_item_with_who_performs_it(
    nlp: Language, text: str, expected: list[tuple[str, str | None, list[tuple[str, str]]]]
) -> None:
    """A parade, a wreath-laying or a flame lit is an item of kind "other" titled by its
    words, with the people its sentence names (present: "participant"); a medal presented
    in a sentence naming a ceremony is one too, titled by the medal."""
    assert agenda_items(nlp, text) == expected


def test_act_with_a_title_as_subject_is_that_persons(nlp: Language) -> None:
    """ "the Force Commander laid a wreath": the one person of that position performs it;
    the act named again later is the same item."""
    text = (
        "Parade in the sector\n\n"
        "Lt. Gen. Ivan Petrov, Force Commander, welcomed the guests.\n\n"
        "At another ceremony, the Force Commander laid a wreath in memory of the fallen. "
        "Later the Force Commander laid a wreath at the gate.\n"
    )
    items = [x for x in agenda_items(nlp, text) if x[0] == "other"]
    assert items == [("other", "laid a wreath", [("Ivan Petrov", "participant")])]


def test_act_named_only_by_a_headline_or_a_tag_line_is_no_item(nlp: Language) -> None:
    """A headline or a page's tag line naming a parade is about the whole event, not one of
    its parts: no item (the body's "a parade" is the event itself)."""
    text = (
        "Medal parade held at the battalion's camp\n\n"
        "The soldiers of the battalion received the UN Medal at a parade held on Monday.\n\n"
        "Tags: UNMISS, medal parade, battalion\n"
    )
    assert [x for x in agenda_items(nlp, text) if x[0] == "other"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The medals were pinned on the peacekeepers by their commanders.",
        "Some 700 peacekeepers of the battalion were awarded the UN Medal.",
        "The day honoured the peacekeepers with medals and a reception.",
        "Various shots, officials laying wreath",
    ],
    ids=["pinned-no-ceremony", "awarded-no-ceremony", "medals-no-verb", "shotlist-no-article"],
)
def test_medals_without_a_ceremony_of_their_own_are_no_act(sentence: str) -> None:
    """A medal given with no ceremony named in its sentence (the event itself is the medal
    ceremony), and a shot list's "laying wreath", are no act."""
    assert ceremony_acts(sentence, 0, len(sentence)) == []


def test_opening_by_an_act_is_the_act_not_opening_remarks(nlp: Language) -> None:
    """ "X formally opened the course by lighting the flame of peace": X performed the
    act; the opening is no speech of X's (no opening-remarks item, no such role), while
    the one who gave the welcome remarks opened it."""
    text = (
        "Course begins at the training centre\n\n"
        "The Chief Guest of the opening ceremony, Defence Minister Mr. Ravi Shah, officially "
        "opened the course by lighting the flame of peace. Gen. Maya Rai gave the welcome "
        "remarks.\n"
    )
    _event, persons, _agenda = parse_text(read_layout(text), recognize(nlp(text)), default_rules())
    assert agenda_items(nlp, text) == [
        ("other", "lighting the flame of peace", [("Ravi Shah", "participant")]),
        ("opening_remarks", None, [("Maya Rai", "opening_remarks")]),
    ]
    assert [(p.name, p.roles) for p in persons] == [
        ("Ravi Shah", ["participant"]),
        ("Maya Rai", ["opening_remarks"]),
    ]
