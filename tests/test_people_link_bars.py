"""A site's menu, footer or app bar ("Home | About | Contact") names no person: the NER's
PERSON spans in one of its cells are dropped; a programme or list table row (times, serial
numbers) is no link bar."""

from __future__ import annotations

import pytest

from pko_extract.people_layout import in_link_bar
from pko_extract.segment import read_layout


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("© 2021 United Nations | Copyright | Scam Warning | Privacy Notice", "Scam Warning", True),
        ("Sahel Notes Reader   |   Help | Pricing | Log in", "Sahel Notes Reader", True),
        ("Accueil | L'Institut | Formations | Contact        FR | EN", "L'Institut", True),
        ("0900 | Welcome Remarks | Col Ana Lind", "Ana Lind", False),
        ("1 | Ana Lind | Ghana | Police Adviser", "Ana Lind", False),
        ("Moderator: Ana Lind | Sahel Institute", "Ana Lind", False),
        (
            "Ana Lind opened the course | a long sentence of prose in a cell here | end",
            "Ana Lind",
            False,
        ),
    ],
    ids=[
        "footer-with-copyright-year",
        "app-bar",
        "menu-with-language-switch",
        "programme-row-with-time",
        "list-row-with-serial-number",
        "two-cells-only",
        "long-cell",
    ],
)
def test_in_link_bar(text: str, word: str, expected: bool) -> None:
    layout = read_layout(text)
    start = text.index(word)
    assert in_link_bar(layout, start, start + len(word)) is expected
