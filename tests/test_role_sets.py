"""People's roles on the fresh invented sets tests/fixtures/roles1 to roles3, pinned per
report in tests/golden/role_sets.json as [tp, fp, fn] of the roles field.

Each set's gold was written before the extractor was run on it (roles2 and roles3 each after
the rules for the sets before them): the first figures of each set measured how the role
rules generalise. Any change shows as a diff, per report. To accept one, regenerate and
commit the pinned file with the change:

    PKO_REGEN_GOLDEN=1 .venv/bin/python -m pytest tests/test_role_sets.py

Runs the trained model (as the pipeline does).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_gold_names_reports, assert_pinned, set_counts

FIXTURES = Path(__file__).parent / "fixtures"
GOLDEN = Path(__file__).parent / "golden" / "role_sets.json"
#: The folders scored and how many reports each holds.
SETS = {"roles1": 9, "roles2": 9, "roles3": 8}

pytestmark = pytest.mark.model


def test_roles_on_the_fresh_sets_are_as_pinned() -> None:
    """Every report's roles counts equal the pinned ones."""
    assert_pinned({name: set_counts(FIXTURES / name, "roles") for name in SETS}, GOLDEN)


@pytest.mark.parametrize(("name", "count"), SETS.items(), ids=list(SETS))
def test_every_gold_report_is_in_the_folder(name: str, count: int) -> None:
    """The gold files name exactly the reports of the folder."""
    assert_gold_names_reports(FIXTURES / name, count)
