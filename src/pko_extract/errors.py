"""One exception hierarchy. Messages say what was wrong, where, and how to fix it."""

from __future__ import annotations


class PkoExtractError(Exception):
    """Base class of every error raised by pko-extract."""


class IngestError(PkoExtractError):
    """A file could not be read or decoded into a report (empty, binary, too large, ...)."""


class BudgetError(PkoExtractError):
    """A report took longer than its time budget (``PKO_REPORT_TIME_BUDGET_SECONDS``)."""


class ResourceError(PkoExtractError):
    """A bundled data file (patterns, gazetteer, ...) is missing or invalid.

    The message names the file and line.
    """


class SchemaError(PkoExtractError):
    """A record or table does not match the data contract."""


class StoreError(PkoExtractError):
    """The output folder could not be read or written (locked, corrupt, not writable)."""


class EvaluationError(PkoExtractError):
    """Gold annotations could not be read or matched to reports."""


class UsageError(PkoExtractError):
    """A command cannot run as asked (a bad argument, or a service it needs is missing)."""
