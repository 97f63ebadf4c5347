"""People's roles on the fresh invented sets tests/fixtures/roles1 to roles6 and people1 to people3,
pinned per report in tests/golden/role_sets.json as [tp, fp, fn] of the roles field; the
people found on people1 (name finding across naming conventions) pinned the same way in
tests/golden/people_sets.json.

Each set's gold was written before the extractor was run on it (roles2 to roles6 each after
the rules for the sets before them): the first figures of each set measured how the role
rules generalise. Any change shows as a diff, per report. To accept one, regenerate and
commit the pinned file with the change:

    PKO_REGEN_GOLDEN=1 .venv/bin/python -m pytest tests/test_role_sets.py

Runs the trained model (as the pipeline does).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import check_pinned, check_set_folder, set_counts

FIXTURES = Path(__file__).parent / "fixtures"
GOLDEN = Path(__file__).parent / "golden" / "role_sets.json"
PEOPLE_GOLDEN = Path(__file__).parent / "golden" / "people_sets.json"
#: The folders scored and how many reports each holds.
SETS = {
    "roles1": 9,
    "roles2": 9,
    "roles3": 8,
    "roles4": 11,
    "roles5": 11,
    "roles6": 10,
    "people1": 10,
    "people2": 6,
    "roles13": 7,
    "roles14": 7,
    "roles15": 7,
    "people3": 6,
}
#: The sets whose people (names found) are pinned too.
PEOPLE_SETS = ("people1", "people2", "people3")

pytestmark = pytest.mark.model


def _roles(name: str) -> dict[str, list[int]]:
    return {doc: c["roles"] for doc, c in set_counts(FIXTURES / name, ("roles",)).items()}


def test_roles_on_the_fresh_sets_are_as_pinned() -> None:
    """Every report's roles counts equal the pinned ones."""
    check_pinned({name: _roles(name) for name in SETS}, GOLDEN)


def test_people_on_the_name_sets_are_as_pinned() -> None:
    """Every report's people counts (names found) equal the pinned ones."""
    got = {
        name: {doc: c["people"] for doc, c in set_counts(FIXTURES / name, ("people",)).items()}
        for name in PEOPLE_SETS
    }
    check_pinned(got, PEOPLE_GOLDEN)


@pytest.mark.parametrize(("name", "count"), SETS.items(), ids=list(SETS))
def test_every_gold_report_is_in_the_folder(name: str, count: int) -> None:
    """The gold files name exactly the reports of the folder."""
    check_set_folder(FIXTURES / name, count)
