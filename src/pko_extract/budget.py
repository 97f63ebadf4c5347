"""Limits of one report's work: the length of its text and the time of its rule stages.

Why: one pathological input (a PDF that expands to millions of characters, thousands of
names) must become a reject with a clear reason, not a run that holds the output lock for
hours. The text length is checked before spaCy sees the text (:func:`check_text_length`,
called by ingest and again by extract); the time budget is checked between the stages of a
report (:class:`Deadline`, cooperative: a stage is never interrupted in the middle, so no
cache or shared state is left half-built). Settings: ``PKO_MAX_TEXT_CHARS``,
``PKO_REPORT_TIME_BUDGET_SECONDS``.
"""

from __future__ import annotations

import time

from pko_extract.errors import BudgetError, IngestError

__all__ = ["Deadline", "check_text_length", "human_count"]

#: The clock of the deadlines (a module attribute, so that a test can replace it).
clock = time.monotonic


def human_count(n: int) -> str:
    """``4.7M``, ``1M``, ``250k``, ``999``: a count as a reader takes it in."""
    for size, suffix in ((1_000_000, "M"), (1_000, "k")):
        if n >= size:
            return f"{n / size:.1f}".removesuffix(".0") + suffix
    return str(n)


def check_text_length(name: str, n_chars: int, limit: int) -> None:
    """Raise when a report's text is longer than ``limit`` characters.

    Raises:
        IngestError: "NAME: text of 4.7M characters exceeds 1M ...".
    """
    if n_chars > limit:
        raise IngestError(
            f"{name}: text of {human_count(n_chars)} characters exceeds {human_count(limit)} "
            f"({n_chars:,} > {limit:,}, PKO_MAX_TEXT_CHARS); split the report, or raise the "
            "limit if the machine has the time and memory for it"
        )


class Deadline:
    """The time budget of one report, started when its rule stages start."""

    def __init__(self, seconds: float, name: str) -> None:
        self.seconds = seconds
        self.name = name
        self.started = clock()

    def check(self, stage: str) -> None:
        """Raise when the budget is spent (call between stages; ``stage`` just ended).

        Raises:
            BudgetError: "NAME: took longer than 60 s (stopped after the people stage) ...".
        """
        if clock() - self.started > self.seconds:
            raise BudgetError(
                f"{self.name}: took longer than {self.seconds:g} s (stopped after the {stage} "
                "stage, PKO_REPORT_TIME_BUDGET_SECONDS); the report is probably pathological "
                "(e.g. thousands of names or lines): split it, or raise the budget"
            )
