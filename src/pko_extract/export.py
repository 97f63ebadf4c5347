"""Export the output tables as one file each, CSV or Excel, for Excel, R or Stata
(``pko-extract export``).

Contract: :func:`export_tables` reads every table of one commit through the snapshot
(:func:`pko_extract.snapshot.read_snapshot`), so the files never mix two commits and never see
a commit half-done, and writes ``<to>/<table>.csv`` for each, atomically (a complete temporary
file renamed into place). It needs no lock: it only reads the output folder.

Why these CSV conventions: spreadsheet and statistics tools read a flat file with one value
per cell. So the files are UTF-8 with a header row; a list column (``organizers``,
``positions``, ``roles``, ``candidates``...) is written as a JSON array (``["UN", "AU"]``,
``[]`` when empty) that R (``jsonlite::fromJSON``), Stata (``split``) or Python
(``json.loads``) turn back into a list; dates and times are ISO 8601 (``2026-03-01``,
``2026-03-01T09:00:00+00:00``); booleans are ``true``/``false``; a missing value is an empty
cell. ``--format xlsx`` writes ``<to>/<table>.xlsx`` instead, one workbook per table
(:mod:`pko_extract.export_xlsx`: the same layout and conventions, with Excel's own dates,
numbers and booleans).
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa

from pko_extract.errors import StoreError, UsageError
from pko_extract.models import TABLE_MODELS
from pko_extract.snapshot import read_snapshot

__all__ = ["FORMATS", "ExportResult", "csv_cell", "export_tables"]

#: Formats of ``pko-extract export --format``.
FORMATS = ("csv", "xlsx")
#: Default folder of the files, under the output folder.
DEFAULT_DIR = "export"


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote: the commit it read and, per table, its file and row count."""

    commit: str
    files: dict[str, tuple[Path, int]]


def csv_cell(value: Any) -> str:
    """One value as a CSV cell: lists as JSON arrays, dates ISO, booleans lower case.

    >>> csv_cell(["UN", "Union africaine"]), csv_cell(date(2026, 3, 1)), csv_cell(None)
    ('["UN", "Union africaine"]', '2026-03-01', '')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return json.dumps([_json_value(v) for v in value], ensure_ascii=False)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def _json_value(value: Any) -> Any:
    """A list element as JSON knows it (dates as ISO strings)."""
    return value.isoformat() if isinstance(value, datetime | date) else value


def _write_csv(table: pa.Table, target: Path) -> None:
    """Write ``table`` to ``target`` via a temporary file in the same folder, then rename."""
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(temp, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(table.column_names)
            for batch in table.to_batches(max_chunksize=10_000):
                for row in batch.to_pylist():
                    writer.writerow([csv_cell(row[name]) for name in table.column_names])
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise StoreError(f"{target}: cannot be written ({exc}); check the folder") from exc


def _writer(fmt: str) -> Callable[[pa.Table, str, Path], None]:
    """The file writer of a format: (table, table name, target file)."""
    if fmt == "xlsx":
        from pko_extract.export_xlsx import write_xlsx  # openpyxl: imported when asked for

        return write_xlsx
    return lambda table, _name, target: _write_csv(table, target)


def export_tables(
    output: str | Path, fmt: str = "csv", to: str | Path | None = None
) -> ExportResult:
    """Write every table of the output's current snapshot as ``<to>/<table>.<fmt>``.

    Args:
        output: the output folder of ``pko-extract run``.
        fmt: ``csv`` or ``xlsx``.
        to: folder of the files (default ``<output>/export``); created when missing.

    Returns:
        The commit read and the file and row count of each table, in the order of the schema.

    Raises:
        UsageError: an unknown format.
        StoreError: the output has no snapshot yet, or a file cannot be written.
    """
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; use one of: {', '.join(FORMATS)}")
    commit, tables = read_snapshot(output)
    folder = Path(to) if to is not None else Path(output) / DEFAULT_DIR
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"{folder}: cannot be created ({exc}); check the path") from exc
    write = _writer(fmt)
    files: dict[str, tuple[Path, int]] = {}
    for name in [t for t in TABLE_MODELS if t in tables]:
        target = folder / f"{name}.{fmt}"
        write(tables[name], name, target)
        files[name] = (target, tables[name].num_rows)
    return ExportResult(commit, files)
