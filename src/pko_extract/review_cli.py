"""The ``pko-extract review`` command, and the review pages after a run without the flow.

Kept apart from :mod:`pko_extract.cli` (which only registers the command and calls
:func:`review_after_run`): the pages are a view of the committed tables, not part of
extraction, and a failure to write them never changes a run's outcome.
"""

from __future__ import annotations

import argparse
import sys
import webbrowser
from pathlib import Path

__all__ = ["add_review_command", "review_after_run"]

REVIEW_EPILOG = """\
examples:
  pko-extract review output                      # prints output/review/index.html
  pko-extract review output seminar.txt --open   # one report's page, in the browser

`pko-extract run` keeps the pages up to date itself (only changed reports are rebuilt);
this command rebuilds them all. Static HTML, no script, nothing loaded from the network:
the pages work from a file:// URL. Exit status: 0 written, 2 no output yet (no
snapshot.json) or no single report matching REPORT.
"""


def review_after_run(output: Path) -> None:
    """Bring the review pages up to the run's commit (only changed reports are rebuilt); a
    failure is a warning on stderr: the tables are committed whatever happens to the pages."""
    from pko_extract.review import write_review

    try:
        write_review(output)
    except Exception as exc:  # noqa: BLE001 - the commit is done; the pages are a view of it
        print(
            f"pko-extract: warning: review pages not written: {type(exc).__name__}: {exc}",
            file=sys.stderr,
        )


def _cmd_review(args: argparse.Namespace, runner: object) -> int:
    """Rebuild every page; print the index, or the page of the report named, and open it."""
    from pko_extract.review import find_report, write_review

    report = find_report(args.output, args.report) if args.report else None
    result = write_review(args.output, force=True, report=report)
    page = result.pages[report] if report else result.index
    print(page)
    if args.open:
        webbrowser.open(page.resolve().as_uri())
    return 0


def add_review_command(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``pko-extract review OUTPUT [REPORT] [--open]``."""
    p = sub.add_parser(
        "review",
        help="rebuild the review pages (HTML) and print the path of one",
        description="Rebuild OUTPUT/review: index.html and one page per report showing its "
        "text with every extracted value highlighted at its offsets, and its records.",
        epilog=REVIEW_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("output", help="output folder of `pko-extract run` (e.g. output)")
    p.add_argument(
        "report",
        nargs="?",
        help="a report: file name (extension optional), path or report_id (prefix); default: all",
    )
    p.add_argument("--open", action="store_true", help="open the page in a web browser")
    p.set_defaults(func=_cmd_review)
