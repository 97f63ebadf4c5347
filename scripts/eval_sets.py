"""F1 per field on several annotated report sets, as one Markdown table.

Usage (from the repository root):

    .venv/bin/python scripts/eval_sets.py                 # the sets below, trained model
    PKO_MODEL_NAME=blank .venv/bin/python scripts/eval_sets.py   # rules only

The dev corpus (../shared/corpus) is extracted once and reported as a whole and as its halves
(docs/EVALUATION.md, "Honest generalisation protocol"): d01-d12, the odd reports of d13-d57
(development half) and the even ones (blind half, aggregate only). A set is reported as
"missing" when its folder is missing (e.g. ../shared outside this workplace). Used for the
generalisation table of docs/EVALUATION.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

from pko_extract.evaluation.halves import HALVES
from pko_extract.evaluation.run import EvaluationResult, restrict, run_evaluation, select_ids
from pko_extract.evaluation.scoring import FIELDS

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
#: Rows cut out of the dev corpus: (row name, select_ids spec; None = every document).
CORPUS_ROWS = [
    ("dev corpus d01-d57 (../shared/corpus)", None),
    ("dev d01-d12", HALVES["early"]),
    ("dev d13-d57 odd (development half)", HALVES["odd"]),
    ("dev d13-d57 even (blind half)", HALVES["even"]),
]
#: The project's own sets: (row name, gold folder, reports folder).
FIXTURE_SETS = [
    ("fixtures (tests/fixtures)", REPO / "tests/fixtures/gold", REPO / "tests/fixtures/reports"),
    (
        "holdout (tests/fixtures/holdout)",
        REPO / "tests/fixtures/holdout/gold",
        REPO / "tests/fixtures/holdout/reports",
    ),
    (
        "holdout2 (tests/fixtures/holdout2)",
        REPO / "tests/fixtures/holdout2/gold",
        REPO / "tests/fixtures/holdout2/reports",
    ),
    (
        "holdout3 (tests/fixtures/holdout3)",
        REPO / "tests/fixtures/holdout3/gold",
        REPO / "tests/fixtures/holdout3/reports",
    ),
    (
        "holdout4 (tests/fixtures/holdout4)",
        REPO / "tests/fixtures/holdout4/gold",
        REPO / "tests/fixtures/holdout4/reports",
    ),
    (
        "holdout5 (tests/fixtures/holdout5)",
        REPO / "tests/fixtures/holdout5/gold",
        REPO / "tests/fixtures/holdout5/reports",
    ),
    (
        "holdout6 (tests/fixtures/holdout6)",
        REPO / "tests/fixtures/holdout6/gold",
        REPO / "tests/fixtures/holdout6/reports",
    ),
    (
        "holdout7 (tests/fixtures/holdout7)",
        REPO / "tests/fixtures/holdout7/gold",
        REPO / "tests/fixtures/holdout7/reports",
    ),
    (
        "holdout8 (tests/fixtures/holdout8)",
        REPO / "tests/fixtures/holdout8/gold",
        REPO / "tests/fixtures/holdout8/reports",
    ),
    (
        "holdout9 (tests/fixtures/holdout9)",
        REPO / "tests/fixtures/holdout9/gold",
        REPO / "tests/fixtures/holdout9/reports",
    ),
    (
        "holdout10 (tests/fixtures/holdout10)",
        REPO / "tests/fixtures/holdout10/gold",
        REPO / "tests/fixtures/holdout10/reports",
    ),
    (
        "holdout11 (tests/fixtures/holdout11)",
        REPO / "tests/fixtures/holdout11/gold",
        REPO / "tests/fixtures/holdout11/reports",
    ),
    (
        "holdout12 (tests/fixtures/holdout12)",
        REPO / "tests/fixtures/holdout12/gold",
        REPO / "tests/fixtures/holdout12/reports",
    ),
    (
        "holdout13 (tests/fixtures/holdout13)",
        REPO / "tests/fixtures/holdout13/gold",
        REPO / "tests/fixtures/holdout13/reports",
    ),
    (
        "holdout14 (tests/fixtures/holdout14)",
        REPO / "tests/fixtures/holdout14/gold",
        REPO / "tests/fixtures/holdout14/reports",
    ),
]


def row(name: str, result: EvaluationResult | None) -> str:
    """One Markdown row: F1 per field of :data:`FIELDS` ("missing" without a result)."""
    if result is None:
        return f"| {name} | " + " | ".join("missing" for _ in FIELDS) + " |"
    f1 = [result.overall.fields[f].f1 for f in FIELDS]
    cells = ["n/a" if v is None else f"{v:.3f}" for v in f1]
    unscored = f" ({len(result.errors)} not scored)" if result.errors else ""
    return f"| {name}{unscored} | " + " | ".join(cells) + " |"


def main() -> int:
    print("| set | " + " | ".join(FIELDS) + " |")
    print("|---|" + "--:|" * len(FIELDS))
    corpus = run_evaluation(CORPUS / "gold") if (CORPUS / "gold").is_dir() else None
    for name, spec in CORPUS_ROWS:
        part = corpus if corpus is None or spec is None else restrict(corpus, select_ids(spec))
        print(row(name, part))
    for name, gold, reports in FIXTURE_SETS:
        print(row(name, run_evaluation(gold, [reports]) if gold.is_dir() else None))
    return 0


if __name__ == "__main__":
    sys.exit(main())
