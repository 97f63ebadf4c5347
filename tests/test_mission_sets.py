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

import json
import os
from pathlib import Path

import pytest

from pko_extract.evaluation.run import run_evaluation

FIXTURES = Path(__file__).parent / "fixtures"
GOLDEN = Path(__file__).parent / "golden" / "mission_sets.json"
#: The folders scored and how many reports each holds.
SETS = {"missions1": 12, "missions2": 12, "missions3": 12}

pytestmark = pytest.mark.model


def _missions(name: str) -> dict[str, list[int]]:
    folder = FIXTURES / name
    result = run_evaluation(folder / "gold", [folder / "reports"])
    assert result.errors == {}
    got = {}
    for d in sorted(result.doc_scores, key=lambda d: d.doc_id):
        c = d.counts["missions"]
        got[d.doc_id] = [c.tp, c.fp, c.fn]
    return got


def test_missions_on_the_fresh_sets_are_as_pinned() -> None:
    """Every report's missions counts equal the pinned ones."""
    got = {name: _missions(name) for name in SETS}
    if os.environ.get("PKO_REGEN_GOLDEN"):
        GOLDEN.write_text(json.dumps(got, indent=1) + "\n", encoding="utf-8")
    assert got == json.loads(GOLDEN.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("name", "count"), SETS.items(), ids=list(SETS))
def test_every_gold_report_is_in_the_folder(name: str, count: int) -> None:
    """The gold files name exactly the reports of the folder."""
    folder = FIXTURES / name
    gold = sorted(p.stem for p in (folder / "gold").glob("*.json"))
    assert gold == sorted(p.stem for p in (folder / "reports").glob("*.txt"))
    assert len(gold) == count
