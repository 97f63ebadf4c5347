"""Event title and date on layouts of the graduated holdout5 classes (stop 22): a line of
genre labels between bars over the title ("Event summary | Workshop"), and a dated list item
over another ("- X Course, Nairobi, 9-20 May 2022" over "- Y"), which is no dateline. Each
text written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from pko_extract.dates import parse_date
from pko_extract.event import parse_title
from pko_extract.segment import read_layout

_LABELLED = (
    "SAHEL POLICY CIRCLE\n"
    "Research > Event notes\n\n"
    "{bar}\n"
    "Borders After the Blue Helmets: Who Guards the Sahel?\n\n"
    "Date: 3 May 2022\n"
    "Location: Palais Wilson, Geneva\n\n"
    "This note summarises the discussion.\n"
)

_NEWSLETTER = (
    "Training Network Bulletin | April 2022\n\n"
    "1. Police chiefs meet in Kisumu\n\n"
    "Thirty officers met at the Lakeside Hotel in Kisumu on 14 and 15 March 2022 for the "
    "Regional Police Seminar.\n\n"
    "Upcoming courses\n"
    "- Logistics Officers Course, Nairobi, 9–20 May 2022\n"
    "- Gender Advisers Course (online), 6–17 June 2022\n"
)


@pytest.mark.parametrize(
    ("bar", "expected"),
    [
        ("Event summary | Workshop", "Borders After the Blue Helmets: Who Guards the Sahel?"),
        ("Workshop report | Seminar", "Borders After the Blue Helmets: Who Guards the Sahel?"),
    ],
    ids=["summary-bar-kind", "report-bar-kind"],
)
def test_genre_bar_over_the_title_is_a_label(bar: str, expected: str) -> None:
    """A line whose parts between bars are a report genre and a kind of event says what the
    page is; the title is the line under it."""
    layout = read_layout(_LABELLED.format(bar=bar))
    found = parse_title(layout)
    assert found is not None
    assert found.text == expected
    assert layout.text[found.start : found.end] == expected


def test_kind_bar_with_a_title_keeps_its_title() -> None:
    """ "Webinar | X" is the kind and the title, not a label line (unchanged)."""
    text = "Webinar | Radios for Peace: Community Media in Missions\n\n12 May 2021, online\n"
    found = parse_title(read_layout(text))
    assert found is not None
    assert found.text == "Radios for Peace: Community Media in Missions"


def test_dated_list_item_over_another_is_no_dateline() -> None:
    """A date in a bulleted list of coming courses, with the next bullet's dash after it, is
    not a dateline: the event sentence dates the event."""
    found, span = parse_date(read_layout(_NEWSLETTER))
    assert found == date(2022, 3, 14)
    assert span is not None
    assert span.text == "14 and 15 March 2022"
