"""F1 of the event fields (title, date, venue) on tests/fixtures/events, and each miss.

Usage (from the repository root):

    .venv/bin/python scripts/eval_events.py            # figures and the reports missed
    .venv/bin/python scripts/eval_events.py --all      # every report
    .venv/bin/python scripts/eval_events.py events2    # another folder of tests/fixtures

No spaCy model is loaded: the event stage reads only the layout and the rule data.
"""

from __future__ import annotations

import sys
from pathlib import Path

from pko_extract.evaluation.event_set import EVENT_FIELDS, score_event_set

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures"


def main(argv: list[str]) -> int:
    names = [a for a in argv if not a.startswith("--")]
    result = score_event_set(FIXTURES / (names[0] if names else "events"))
    for name, row in result.reports.items():
        if "--all" in argv or not all(row[f][2] for f in EVENT_FIELDS):
            print(name)
            for f in EVENT_FIELDS:
                want, got, ok = row[f]
                print(f"  {'ok ' if ok else 'BAD'} {f:5} expected {want!r} got {got!r}")
    print(f"{len(result.reports)} reports")
    for f in EVENT_FIELDS:
        tp, fp, fn = result.counts[f]
        print(f"{f:5}  tp {tp:2} fp {fp:2} fn {fn:2}  F1 {result.f1(f):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
