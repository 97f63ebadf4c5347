"""Tests of the event title (event_title.py): which heading, quotation or phrase names the
event, on small invented reports."""

from __future__ import annotations

import pytest

from pko_extract.event_title import parse_title
from pko_extract.segment import read_layout


def _title(text: str) -> str | None:
    span = parse_title(read_layout(text))
    return span.text if span else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Old Walls, New Habits, Present-Day Drill\n\nBy Lt. Ana Ruiz | 3 June 2019\n\n"
            "Forty soldiers received their medals among the old walls of the fort.",
            None,
        ),
    ],
    ids=["hyphenated-day-is-not-an-event-noun"],
)
def test_parse_title(text: str, expected: str | None) -> None:
    """The event's title, or None when the page does not name the event."""
    assert _title(text) == expected
