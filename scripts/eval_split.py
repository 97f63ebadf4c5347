"""Score one half of the dev corpus: the table of ``pko-extract evaluate`` for a subset of ids.

Usage (from the repository root):

    .venv/bin/python scripts/eval_split.py --half odd --verbose   # development half, details
    .venv/bin/python scripts/eval_split.py --half even            # blind half, aggregate only
    .venv/bin/python scripts/eval_split.py --half early           # d01-d12
    .venv/bin/python scripts/eval_split.py --half all             # d01-d57

Halves (docs/EVALUATION.md, "Honest generalisation protocol"): early = d01-d12, odd = the odd
reports of d13-d57 (development), even = the even reports of d13-d57 (blind: measured once
development is finished). ``--verbose`` prints per-document misses and extras, but never those
of the blind half unless ``--unblind`` is given; the per-kind table is left out whenever the
blind half is scored (most kinds hold one report). Exit status 2 when the evaluation cannot run.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pko_extract.errors import PkoExtractError
from pko_extract.evaluation.halves import HALVES, format_split
from pko_extract.evaluation.run import Extractor, run_evaluation, select_ids

REPO = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = REPO.parent / "shared" / "corpus" / "gold"


def main(argv: list[str] | None = None, extractor: Extractor | None = None) -> int:
    """Run the evaluation of one half and print it.

    Args:
        argv: command-line arguments (default: ``sys.argv[1:]``).
        extractor: stands in for the pipeline (tests); default: the pipeline.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", required=True, choices=list(HALVES), help="which documents")
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="gold folder")
    parser.add_argument("--verbose", action="store_true", help="per-document misses and extras")
    parser.add_argument(
        "--unblind", action="store_true", help="also show the blind half's per-document details"
    )
    parser.add_argument("--markdown", action="store_true", help="Markdown tables")
    parser.add_argument("paths", nargs="*", type=Path, help="reports (default: GOLD/../docs)")
    args = parser.parse_args(argv)
    try:
        result = run_evaluation(
            args.gold, args.paths, extractor=extractor, select=select_ids(HALVES[args.half])
        )
    except PkoExtractError as exc:
        print(f"eval_split: error: {exc}", file=sys.stderr)
        return 2
    print(f"Half: {args.half} ({HALVES[args.half]})")
    sys.stdout.write(
        format_split(result, verbose=args.verbose, unblind=args.unblind, markdown=args.markdown)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
