"""What a run did, as the command shows it: :class:`RunSummary`, its lines and exit codes.

Contract: the flow (``flows/pipeline.py``) returns a :class:`RunSummary`; the command
(:mod:`pko_extract.cli`) prints it with :func:`summary_lines` and exits with
:attr:`RunSummary.exit_code`. Progress lines ("[3/12] extracted d03.txt") go to the logger
named :data:`PROGRESS_LOGGER`, which the command sends to stderr. No Prefect here.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

from pko_extract.safe_text import safe_text

__all__ = [
    "EXIT_FAILED_REPORTS",
    "EXIT_OK",
    "EXIT_USAGE",
    "PROGRESS_LOGGER",
    "Progress",
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


@dataclass
class Progress:
    """Progress of a long run: "[done/total] what", with the rate and the time left.

    On a long run (more than ``long_run`` reports) the rate and the time left are added once
    a few seconds have passed (before that they are noise), then on every line:
    ``[640/1000] extracted r0639.txt (21.4 reports/s, ETA 17 s)``. A short run's lines stay
    plain: its rate would mostly measure loading spaCy.
    """

    total: int
    done: int = 0
    started: float = field(default_factory=time.monotonic)
    #: Seconds before the rate is shown.
    warmup: float = 2.0
    #: Runs of more reports than this show the rate and the ETA.
    long_run: int = 50

    def step(self, what: str) -> str:
        """Count one report and return its progress line."""
        self.done += 1
        line = f"[{self.done}/{self.total}] {what}"
        elapsed = time.monotonic() - self.started
        if self.total <= self.long_run or elapsed < self.warmup or self.done >= self.total:
            return line
        rate = self.done / elapsed
        left = (self.total - self.done) / rate
        return f"{line} ({rate:.1f} reports/s, ETA {_duration(left)})"


def _duration(seconds: float) -> str:
    """``"45 s"``, ``"3 min 05 s"``, ``"1 h 02 min"``."""
    s = int(round(seconds))
    if s < 60:
        return f"{s} s"
    if s < 3600:
        return f"{s // 60} min {s % 60:02d} s"
    return f"{s // 3600} h {s % 3600 // 60:02d} min"
