"""Agenda items, their people and roles on the fresh invented sets tests/fixtures/agenda1
and on, pinned per report in tests/golden/agenda_sets.json as [tp, fp, fn] of the fields
agenda_items, agenda_speakers and roles.

Each set's gold was written and committed before the extractor was run on it (agenda2
after the rules drawn from agenda1, agenda3 after the roles7-9 rules): its first figures,
in the set's README, measured how the agenda rules generalise. Any change shows as a diff,
per report. To accept one, regenerate and commit the pinned file with the change:

    PKO_REGEN_GOLDEN=1 .venv/bin/python -m pytest tests/test_agenda_sets.py

Runs the trained model (as the pipeline does).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import check_pinned, check_set_folder, set_counts

FIXTURES = Path(__file__).parent / "fixtures"
GOLDEN = Path(__file__).parent / "golden" / "agenda_sets.json"
#: The folders scored and how many reports each holds.
SETS = {
    "agenda1": 11,
    "agenda2": 10,
    "agenda3": 10,
    "agenda4": 5,
    "agenda5": 4,
    "roles7": 12,
    "roles8": 6,
    "roles9": 5,
    "roles10": 11,
    "roles11": 4,
    "agenda6": 7,
    "roles12": 6,
    "people2": 6,
    "roles13": 7,
    "agenda7": 6,
    "agenda8": 6,
}
FIELDS = ("agenda_items", "agenda_speakers", "roles")

pytestmark = pytest.mark.model


def test_agenda_on_the_fresh_sets_is_as_pinned() -> None:
    """Every report's agenda and roles counts equal the pinned ones."""
    check_pinned({name: set_counts(FIXTURES / name, FIELDS) for name in SETS}, GOLDEN)


@pytest.mark.parametrize(("name", "count"), SETS.items(), ids=list(SETS))
def test_every_gold_report_is_in_the_folder(name: str, count: int) -> None:
    """The gold files name exactly the reports of the folder (a .txt or .html each)."""
    check_set_folder(FIXTURES / name, count)
