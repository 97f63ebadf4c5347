"""People's positions and organisations on the fresh invented sets tests/fixtures/posorg1 to
posorg13, pinned per report in tests/golden/posorg_sets.json as [tp, fp, fn] of the positions
and organizations fields.

Each set's gold was written before the extractor was run on it (each after the rules drawn
from the sets before it): the first figures of each set, in its README, measured how the
position and organisation rules generalise. Any change shows as a diff, per report. To
accept one, regenerate and commit the pinned file with the change:

    PKO_REGEN_GOLDEN=1 .venv/bin/python -m pytest tests/test_posorg_sets.py

Runs the trained model (as the pipeline does).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import check_pinned, check_set_folder, set_counts

FIXTURES = Path(__file__).parent / "fixtures"
GOLDEN = Path(__file__).parent / "golden" / "posorg_sets.json"
#: The folders scored and how many reports each holds.
SETS = {
    "posorg1": 8,
    "posorg2": 8,
    "posorg3": 8,
    "posorg4": 12,
    "posorg5": 12,
    "posorg6": 12,
    "posorg7": 8,
    "posorg8": 11,
    "posorg9": 6,
    "posorg10": 7,
    "posorg11": 7,
    "posorg12": 6,
    "posorg13": 6,
}
FIELDS = ("positions", "organizations")

pytestmark = pytest.mark.model


def test_positions_and_organisations_on_the_fresh_sets_are_as_pinned() -> None:
    """Every report's positions and organisations counts equal the pinned ones."""
    check_pinned({name: set_counts(FIXTURES / name, FIELDS) for name in SETS}, GOLDEN)


@pytest.mark.parametrize(("name", "count"), SETS.items(), ids=list(SETS))
def test_every_gold_report_is_in_the_folder(name: str, count: int) -> None:
    """The gold files name exactly the reports of the folder."""
    check_set_folder(FIXTURES / name, count)
