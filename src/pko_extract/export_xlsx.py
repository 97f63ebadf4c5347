"""The Excel workbooks of ``pko-extract export --format xlsx``: one ``.xlsx`` file per table.

Why one file per table (not one sheet per table): the CSV export writes one file per table,
and the two formats keep the same layout, so a script or a reader switches between them by
the extension alone. Each workbook has one sheet named after its table, a header row frozen
at the top, and one row per table row.

Cells (the CSV conventions, with the types Excel has): text as text (a value beginning with
``=`` stays text, never a formula); numbers and booleans as such; dates as Excel dates;
times as Excel date-times in UTC (Excel has no time zones; the CSV keeps the offset); a list
as its JSON array (``["UN", "AU"]``); a null as an empty cell. Excel holds at most 32,767
characters in a cell and no control characters: a longer value is cut (the CSV has it
whole) and control characters other than tab and line breaks are dropped.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.worksheet.worksheet import Worksheet

from pko_extract.errors import StoreError

__all__ = ["MAX_CELL_CHARS", "write_xlsx", "xlsx_value"]

#: Excel's limit on the characters of one cell.
MAX_CELL_CHARS = 32_767


def xlsx_value(value: Any) -> Any:
    """One value as Excel stores it (see the module docstring).

    >>> xlsx_value(["UN", "AU"]), xlsx_value(None)
    ('["UN", "AU"]', None)
    """
    if isinstance(value, list):  # the JSON array of the CSV files
        items = [v.isoformat() if isinstance(v, datetime | date) else v for v in value]
        value = json.dumps(items, ensure_ascii=False)
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)[:MAX_CELL_CHARS]
    return value


def _cell(sheet: Worksheet, value: Any) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=xlsx_value(value))
    if isinstance(cell.value, str):
        cell.data_type = "s"  # "=SUM(A1)" as written, not a formula
    elif isinstance(cell.value, datetime):
        cell.number_format = "yyyy-mm-dd hh:mm:ss"
    return cell


def write_xlsx(table: pa.Table, name: str, target: Path) -> None:
    """Write ``table`` as the workbook ``target`` (one sheet ``name``), via a temporary file
    in the same folder renamed into place."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title=name[:31])  # Excel's limit on sheet names
    sheet.freeze_panes = "A2"
    sheet.append([_cell(sheet, column) for column in table.column_names])
    for batch in table.to_batches(max_chunksize=10_000):
        for row in batch.to_pylist():
            sheet.append([_cell(sheet, row[column]) for column in table.column_names])
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(temp, "wb") as handle:
            book.save(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise StoreError(f"{target}: cannot be written ({exc}); check the folder") from exc
