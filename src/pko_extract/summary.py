"""What a run did, as the command shows it: :class:`RunSummary`, its lines and exit codes.

Contract: the flow (``flows/pipeline.py``) returns a :class:`RunSummary`; the command
(:mod:`pko_extract.cli`) prints it with :func:`summary_lines` and exits with
:attr:`RunSummary.exit_code`. Progress lines ("[3/12] extracted d03.txt") go to the logger
named :data:`PROGRESS_LOGGER`, which the command sends to stderr. No Prefect here.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from pko_extract.safe_text import safe_text

__all__ = [
    "EXIT_FAILED_REPORTS",
    "EXIT_OK",
    "EXIT_USAGE",
    "PROGRESS_LOGGER",
    "RunSummary",
    "plural",
    "summary_lines",
]

#: Exit codes of ``pko-extract``: all reports extracted; some failed (see the rejects
#: table); nothing could run (a bad path or argument, the output folder is locked).
EXIT_OK, EXIT_FAILED_REPORTS, EXIT_USAGE = 0, 1, 2

#: Name of the logger of the progress lines of a run.
PROGRESS_LOGGER = "pko_extract.progress"


class _SafeRecords(logging.Filter):
    """Escapes a file name that is not UTF-8 in a progress line, wherever the line goes (a
    terminal, a log file, pytest's capture): one odd name must not break a handler."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        safe = safe_text(message)
        if safe != message:
            record.msg, record.args = safe, ()
        return True


logging.getLogger(PROGRESS_LOGGER).addFilter(_SafeRecords())


@dataclass
class RunSummary:
    """What a run did; returned by the flow and printed by ``pko-extract run``."""

    run_id: str
    output: str
    n_found: int
    n_new: int
    n_changed: int
    n_unchanged: int
    n_failed: int
    n_removed: int
    rows: dict[str, int]
    failures: list[tuple[str, str]]  # (file name, message)
    status: str

    def __post_init__(self) -> None:
        # a file name that is not UTF-8 must not break the printed summary or the artifact
        self.failures = [(safe_text(name), safe_text(msg)) for name, msg in self.failures]

    @property
    def exit_code(self) -> int:
        """0 when every report was extracted, 1 when some failed."""
        return EXIT_FAILED_REPORTS if self.n_failed else EXIT_OK


def plural(n: int, noun: str) -> str:
    """``"1 report"``, ``"2 reports"``."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def summary_lines(summary: RunSummary) -> list[str]:
    """The lines ``pko-extract run`` prints on stdout after a run."""
    lines = [
        f"{plural(summary.n_found, 'report')}: {summary.n_new} new, {summary.n_changed} changed, "
        f"{summary.n_unchanged} unchanged, {summary.n_failed} failed"
        + (f", {summary.n_removed} removed" if summary.n_removed else "")
    ]
    lines += [f"  {name}: {plural(n, 'row')}" for name, n in summary.rows.items()]
    lines += [f"  rejected {name}: {message}" for name, message in summary.failures]
    lines.append(f"output: {summary.output}")
    return lines
