"""The event fields (title, date, venue) on tests/fixtures/events and events2 to events36,
reports of genres and layouts the dev corpus has few of, pinned per report in
tests/golden/event_genres.json.

The expected values (``expected.json`` of each folder) were written before the extractor was
run on the reports (events2 to events33 each after the rules for the sets before it); the
pinned file records what it extracts today and whether each value matches. Any change shows
as a diff, per report and field. To accept one, regenerate and commit the pinned file with
the change:

    PKO_REGEN_GOLDEN=1 .venv/bin/python -m pytest tests/test_event_genres.py
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from pko_extract.evaluation.event_set import score_event_set

FIXTURES = Path(__file__).parent / "fixtures"
GOLDEN = Path(__file__).parent / "golden" / "event_genres.json"
#: The folders scored and how many reports each holds.
SETS = {
    "events": 22,
    "events2": 13,
    "events3": 13,
    "events4": 13,
    "events5": 12,
    "events6": 12,
    "events7": 12,
    "events8": 14,
    "events9": 12,
    "events10": 12,
    "events11": 12,
    "events12": 12,
    "events13": 12,
    "events14": 12,
    "events15": 12,
    "events16": 14,
    "events17": 12,
    "events18": 12,
    "events19": 12,
    "events20": 12,
    "events21": 12,
    "events22": 10,
    "events23": 8,
    "events24": 8,
    "events25": 6,
    "events26": 6,
    "events27": 5,
    "events28": 5,
    "events29": 5,
    "events30": 9,
    "events31": 8,
    "events32": 12,
    "events33": 8,
    "events34": 8,
    "events35": 8,
    "events36": 8,
}


def test_event_fields_on_the_genre_sets_are_as_pinned() -> None:
    """Every report's extracted title, date and venue, and the counts per field, equal the
    pinned ones."""
    got = {}
    for name in SETS:
        result = score_event_set(FIXTURES / name)
        got[name] = {"counts": result.counts, "reports": result.reports}
    if os.environ.get("PKO_REGEN_GOLDEN"):
        GOLDEN.write_text(json.dumps(got, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    pinned = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert got == pinned


@pytest.mark.parametrize(("name", "count"), SETS.items(), ids=list(SETS))
def test_every_expected_report_is_in_the_folder(name: str, count: int) -> None:
    """The expected values name exactly the reports of the folder."""
    folder = FIXTURES / name
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    assert sorted(expected) == sorted(p.stem for p in folder.glob("*.txt"))
    assert len(expected) == count
