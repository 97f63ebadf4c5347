"""Golden scores: exact tp/fp/fn per field and per document on the project's own annotated
report sets (tests/fixtures, tests/fixtures/holdout, tests/fixtures/holdout2).

Any change in what the pipeline extracts from these reports shows here as a diff of counts,
per document, which the author of the change reviews. To accept a change, regenerate and
commit the file with the change:

    PKO_REGEN_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden_scores.py

Runs the trained model (as the pipeline does).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from pko_extract.evaluation.run import run_evaluation

FIXTURES = Path(__file__).parent / "fixtures"
GOLDEN = Path(__file__).parent / "golden" / "scores.json"
SETS = {
    "fixtures": (FIXTURES / "gold", FIXTURES / "reports"),
    "holdout": (FIXTURES / "holdout" / "gold", FIXTURES / "holdout" / "reports"),
    "holdout2": (FIXTURES / "holdout2" / "gold", FIXTURES / "holdout2" / "reports"),
}

pytestmark = pytest.mark.model


def _counts(gold: Path, reports: Path) -> dict[str, dict[str, list[int]]]:
    result = run_evaluation(gold, [reports])
    assert result.errors == {}
    return {
        d.doc_id: {f: [c.tp, c.fp, c.fn] for f, c in sorted(d.counts.items())}
        for d in sorted(result.doc_scores, key=lambda d: d.doc_id)
    }


@pytest.fixture(scope="module")
def scores() -> dict[str, dict[str, dict[str, list[int]]]]:
    got = {name: _counts(*paths) for name, paths in SETS.items()}
    if os.environ.get("PKO_REGEN_GOLDEN"):
        GOLDEN.write_text(json.dumps(got, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return got


@pytest.mark.parametrize("name", list(SETS))
def test_scores_match_the_golden_file(name: str, scores) -> None:
    """Per document and field, [tp, fp, fn] equal the reviewed golden counts."""
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))[name]
    assert scores[name] == expected
