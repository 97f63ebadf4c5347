"""Missions on the fresh invented sets tests/fixtures/missions1 (and after), pinned per
report in tests/golden/mission_sets.json as [tp, fp, fn] of the missions field.

Each set's gold was written before the extractor was run on it (missions2 after the rules
written for missions1, missions3 after those for missions2): the first figures of each set,
recorded in its README, measured how the mission rules generalise. Any change shows as a
diff, per report. To accept one,
regenerate and commit the pinned file with the change:

    PKO_REGEN_GOLDEN=1 .venv/bin/python -m pytest tests/test_mission_sets.py

Runs the whole pipeline (the event date it reads decides which mission a place means).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import check_pinned, check_set_folder, set_counts

FIXTURES = Path(__file__).parent / "fixtures"
GOLDEN = Path(__file__).parent / "golden" / "mission_sets.json"
#: The folders scored and how many reports each holds.
SETS = {
    "missions1": 12,
    "missions2": 12,
    "missions3": 12,
    "missions4": 12,
    "missions5": 8,
    "missions6": 11,
    "missions7": 8,
    "missions8": 8,
    "missions9": 7,
    "missions10": 6,
}

pytestmark = pytest.mark.model


def test_missions_on_the_fresh_sets_are_as_pinned() -> None:
    """Every report's missions counts equal the pinned ones."""
    check_pinned({name: set_counts(FIXTURES / name, ("missions",)) for name in SETS}, GOLDEN)


@pytest.mark.parametrize(("name", "count"), SETS.items(), ids=list(SETS))
def test_every_gold_report_is_in_the_folder(name: str, count: int) -> None:
    """The gold files name exactly the reports of the folder."""
    check_set_folder(FIXTURES / name, count)
