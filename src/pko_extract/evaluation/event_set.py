"""Scoring the event fields alone (title, date, venue) on a folder of reports.

Contract:
    folder with ``<name>.txt`` reports and one ``expected.json`` (``{name: {"title",
    "date", "venue"}}``) -> :class:`EventSetResult`: per report what was extracted and
    whether it matches, and tp/fp/fn per field, scored as ``pko-extract evaluate`` scores
    these fields (:func:`~pko_extract.evaluation.matching.text_slot_match`, a date equal at
    the expected precision). The event stage needs no spaCy model: the layout and the rule
    data are all it reads (the recognizer's places only give the city, not scored here).

Used by ``scripts/eval_events.py`` and ``tests/test_event_genres.py`` on
``tests/fixtures/events``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from pko_extract.evaluation.matching import text_slot_match
from pko_extract.evaluation.normalize import normalize_text
from pko_extract.event import parse_event
from pko_extract.gazetteer import default_gazetteer
from pko_extract.ingest import read_document
from pko_extract.resources import default_rules
from pko_extract.segment import read_layout

#: The event fields scored, in report order.
EVENT_FIELDS = ("title", "date", "venue")


@dataclass
class EventSetResult:
    """Per report: ``{field: [expected, extracted, matched]}``; per field: tp, fp, fn."""

    reports: dict[str, dict[str, list[str | bool | None]]] = field(default_factory=dict)
    counts: dict[str, list[int]] = field(default_factory=dict)

    def f1(self, name: str) -> float:
        """Micro F1 of one field over the reports (1.0 when nothing was expected or found)."""
        tp, fp, fn = self.counts[name]
        return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


def _matches(name: str, expected: str | None, got: str | None) -> tuple[int, int, int]:
    """(tp, fp, fn) of one slot: a wrong value is a false positive and a miss."""
    if name != "date":
        expected = expected if normalize_text(expected) else None
        got = got if normalize_text(got) else None
    if expected is not None and got is not None:
        if name == "date":
            same = got[: len(expected)] == expected
        else:
            same = text_slot_match(expected, got)
        if same:
            return 1, 0, 0
    return 0, int(got is not None), int(expected is not None)


def score_event_set(folder: Path) -> EventSetResult:
    """Extract the event fields of every report named in ``folder/expected.json`` and score
    them.

    Args:
        folder: holds ``expected.json`` and the ``<name>.txt`` reports it names.

    Returns:
        What was extracted per report and the counts per field.
    """
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    rules, countries = default_rules(), default_gazetteer().country_names()
    result = EventSetResult(counts={f: [0, 0, 0] for f in EVENT_FIELDS})
    for name in sorted(expected):
        doc = read_document(folder / f"{name}.txt")
        layout = read_layout(doc.text, doc.layout_hints, rules=rules)
        info = parse_event(layout, [], countries, rules)
        got = {
            "title": info.title.text if info.title else None,
            "date": info.date.isoformat() if info.date else None,
            "venue": info.venue.text if info.venue else None,
        }
        row: dict[str, list[str | bool | None]] = {}
        for f in EVENT_FIELDS:
            counts = _matches(f, expected[name][f], got[f])
            result.counts[f] = [a + b for a, b in zip(result.counts[f], counts, strict=True)]
            row[f] = [expected[name][f], got[f], counts[0] == 1 or got[f] == expected[name][f]]
        result.reports[name] = row
    return result
