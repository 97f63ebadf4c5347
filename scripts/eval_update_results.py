"""Fill the results section of docs/EVALUATION.md from a fresh evaluation.

Usage (from the repository root):

    .venv/bin/python scripts/eval_update_results.py [--gold ../shared/corpus/gold] [PATH ...]

Runs the same evaluation as ``python -m pko_extract.evaluate --gold GOLD --markdown --linker``
(the end-to-end fields, then the mission linker alone: "missions (gold date)" and "missions
(gold mentions)") and replaces the text between the ``<!-- results:start -->`` and
``<!-- results:end -->`` markers of docs/EVALUATION.md with the tables and the command that
reproduces them. Nothing else in the file changes. Exit status 2 when the evaluation cannot run.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from pko_extract import __version__
from pko_extract.errors import PkoExtractError
from pko_extract.evaluate import default_linker, format_markdown, run_evaluation

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "EVALUATION.md"
START, END = "<!-- results:start -->", "<!-- results:end -->"


def replace_results(text: str, body: str) -> str:
    """The document with the text between the markers replaced by ``body``."""
    if text.count(START) != 1 or text.count(END) != 1 or text.index(START) > text.index(END):
        raise ValueError(f"{DOC} must hold one {START} ... {END} pair")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{body.rstrip()}\n{END}{tail}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", default="../shared/corpus/gold", help="gold folder")
    parser.add_argument("paths", nargs="*", help="report files or folders (default: GOLD/../docs)")
    args = parser.parse_args(argv)
    command = "python -m pko_extract.evaluate --gold " + " ".join([args.gold, *args.paths])
    command += " --markdown --linker"
    try:
        result = run_evaluation(
            Path(args.gold), [Path(p) for p in args.paths], linker=default_linker()
        )
    except PkoExtractError as exc:
        print(f"eval_update_results: error: {exc}", file=sys.stderr)
        return 2
    body = (
        f"pko-extract {__version__}, {date.today().isoformat()}. Reproduce with "
        f"(from the repository root):\n\n    {command}\n\n{format_markdown(result)}"
    )
    DOC.write_text(replace_results(DOC.read_text(encoding="utf-8"), body), encoding="utf-8")
    print(f"updated {DOC}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
