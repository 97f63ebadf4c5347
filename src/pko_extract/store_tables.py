"""Arrow helpers of the store: conform a table read from disk to today's schema, drop the
rows of given keys, append validated records, sort stably. Pure (no file access); split out
of ``store.py``, which keeps the folder, the lock and the commit.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
from pydantic import BaseModel

from pko_extract.errors import SchemaError, StoreError
from pko_extract.models import TABLE_MODELS
from pko_extract.schema import records_to_table

__all__ = ["append_records", "conform", "drop_rows", "sort_stable"]


def conform(table: pa.Table, schema: pa.Schema, path: Path) -> pa.Table:
    """The table with exactly ``schema``'s columns (new nullable columns filled with nulls)."""
    columns = []
    for target in schema:
        if target.name in table.column_names:
            column = table[target.name]
            try:
                columns.append(column.cast(target.type))
            except (pa.ArrowException, ValueError) as exc:
                raise StoreError(
                    f"{path}: column {target.name!r} is {column.type}, the schema wants "
                    f"{target.type} ({exc}); delete the output folder and re-run to rebuild it"
                ) from exc
        elif target.nullable:
            columns.append(pa.nulls(table.num_rows, target.type))
        elif pa.types.is_list(target.type):
            # a list column added by a newer schema: empty for the old rows, which
            # report_states marks stale so that the next run re-extracts them
            columns.append(pa.array([[]] * table.num_rows, type=target.type))
        else:
            raise StoreError(
                f"{path}: lacks the required column {target.name!r} (written by an older "
                "schema); delete the output folder and re-run to rebuild it"
            )
    return pa.Table.from_arrays(columns, schema=schema)


def drop_rows(table: pa.Table, column: str, values: set[str]) -> pa.Table:
    if not values or table.num_rows == 0:
        return table
    mask = pc.is_in(table[column], value_set=pa.array(sorted(values), pa.string()))
    return table.filter(pc.invert(pc.fill_null(mask, False)))


def append_records(old: pa.Table, records: Sequence[BaseModel], name: str) -> pa.Table:
    if not records:
        return old
    try:
        new = records_to_table(records, TABLE_MODELS[name])
    except SchemaError as exc:
        raise SchemaError(f"{name}: {exc}") from exc
    return pa.concat_tables([old, new]).combine_chunks()


def sort_stable(table: pa.Table, key: str) -> pa.Table:
    """Stable sort by ``key``: rows of one report keep the order the extraction gave them."""
    if table.num_rows < 2:
        return table
    return table.take(pc.sort_indices(table, sort_keys=[(key, "ascending")]))
