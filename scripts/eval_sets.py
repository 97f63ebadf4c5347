"""F1 per field on several annotated report sets, as one Markdown table.

Usage (from the repository root):

    .venv/bin/python scripts/eval_sets.py                 # the sets below, trained model
    PKO_MODEL_NAME=blank .venv/bin/python scripts/eval_sets.py   # rules only

A set is skipped with a note when its folder is missing (e.g. ../shared outside this
workplace). Used for the generalisation table of docs/EVALUATION.md.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SETS = [
    ("dev corpus (../shared/corpus)", REPO.parent / "shared/corpus/gold", None),
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
]
FIELDS = [
    "people", "roles", "agenda_items", "agenda_speakers", "missions", "event_date", "title",
    "venue",
]


def scores(gold: Path, reports: Path | None) -> dict[str, float | None]:
    """F1 per field from ``pko-extract evaluate --json``."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "scores.json"
        cmd = [str(REPO / ".venv/bin/pko-extract"), "evaluate", "--gold", str(gold)]
        cmd += [str(reports)] if reports else []
        subprocess.run([*cmd, "--json", str(out)], check=True, capture_output=True)
        fields = json.loads(out.read_text())["fields"]
    return {f: fields[f]["f1"] for f in FIELDS}


def main() -> int:
    print("| set | " + " | ".join(FIELDS) + " |")
    print("|---|" + "--:|" * len(FIELDS))
    for name, gold, reports in SETS:
        if not gold.is_dir():
            print(f"| {name} | " + " | ".join("missing" for _ in FIELDS) + " |")
            continue
        f1 = scores(gold, reports)
        cells = ["n/a" if f1[f] is None else f"{f1[f]:.3f}" for f in FIELDS]
        print(f"| {name} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
