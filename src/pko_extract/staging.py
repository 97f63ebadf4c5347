"""Staged results of a run: extractions -> Parquet part files, read back once at commit.

Contract: :func:`write_stage_part` writes the records of some extractions as one part per
table under a stage folder (``OutputStore.new_stage``: ``<output>/.tmp/stage-<run>/``);
:func:`new_table` reads the parts of one table back as one Arrow table (with the in-memory
extractions of a commit first), :func:`new_rows` those of every table. A run streams each
batch's results to its stage as the batch finishes, so its memory does not grow with the
number of reports; ``OutputStore.commit`` merges the stage into the tables once, a table at
a time, atomically, and removes it. Only Parquet is read back.

A batch extracted on another machine (a Dask worker, :mod:`pko_extract.batches_remote`)
sends its rows back as Arrow IPC streams (:func:`tables_to_ipc`, :func:`tables_from_ipc`:
data only, nothing is unpickled or executed); the run writes them to its stage with
:func:`write_stage_tables`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pko_extract.errors import SchemaError
from pko_extract.models import TABLE_MODELS, Extraction
from pko_extract.schema import arrow_schema, records_to_table

__all__ = [
    "EXTRACTION_TABLES",
    "batch_tables",
    "drop_stage_part",
    "new_rows",
    "new_table",
    "tables_from_ipc",
    "tables_to_ipc",
    "write_stage_part",
    "write_stage_tables",
]

#: Tables of one extraction, as ``Extraction.tables()`` names them.
EXTRACTION_TABLES: tuple[str, ...] = (
    "reports",
    "agenda_items",
    "people",
    "participations",
    "mission_mentions",
    "participants",
    "rejects",
)


def _records_table(extractions: Sequence[Extraction], name: str) -> pa.Table:
    """The records of table ``name`` of some extractions, as Arrow."""
    records = [r for e in extractions for r in e.tables()[name]]
    try:
        return records_to_table(records, TABLE_MODELS[name])
    except SchemaError as exc:
        raise SchemaError(f"{name}: {exc}") from exc


def batch_tables(extractions: Sequence[Extraction]) -> dict[str, pa.Table]:
    """The rows of some extractions per table, as Arrow (tables without rows left out)."""
    tables = {name: _records_table(extractions, name) for name in EXTRACTION_TABLES}
    return {name: table for name, table in tables.items() if table.num_rows}


def write_stage_part(stage: Path, number: int, extractions: Sequence[Extraction]) -> None:
    """Write the records of some extractions as part ``number`` of a staged run
    (:func:`write_stage_tables`)."""
    write_stage_tables(stage, number, batch_tables(extractions))


def write_stage_tables(stage: Path, number: int, tables: dict[str, pa.Table]) -> None:
    """Write a batch's rows (:func:`batch_tables`) as part ``number`` of a staged run.

    One Parquet file per table that has rows: ``<stage>/<table>/part-<number>.parquet``,
    written under a temporary name and renamed: a worker killed while writing leaves no
    part that the commit would read (the batch is run again and writes it whole).
    """
    for name, table in tables.items():
        if name not in EXTRACTION_TABLES:
            raise SchemaError(f"staged part {number}: unknown table {name!r}")
        if table.num_rows == 0:
            continue
        folder = stage / name
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".part-{number:05d}.parquet.tmp"
        pq.write_table(table, tmp, compression="zstd")
        tmp.replace(folder / f"part-{number:05d}.parquet")


def tables_to_ipc(tables: dict[str, pa.Table]) -> dict[str, bytes]:
    """Each table as an Arrow IPC stream (zstd-compressed buffers): compact bytes that
    travel from a worker to the run without pickling records."""
    out: dict[str, bytes] = {}
    options = pa.ipc.IpcWriteOptions(compression="zstd")
    for name, table in tables.items():
        sink = pa.BufferOutputStream()
        with pa.ipc.new_stream(sink, table.schema, options=options) as writer:
            writer.write_table(table)
        out[name] = sink.getvalue().to_pybytes()
    return out


def tables_from_ipc(streams: dict[str, bytes]) -> dict[str, pa.Table]:
    """The tables of :func:`tables_to_ipc`, checked against the schema of each table.

    Raises:
        SchemaError: an unknown table, or rows whose columns are not the table's.
    """
    out: dict[str, pa.Table] = {}
    for name, data in streams.items():
        if name not in EXTRACTION_TABLES:
            raise SchemaError(f"batch rows for an unknown table {name!r}")
        with pa.ipc.open_stream(pa.py_buffer(data)) as reader:
            table = reader.read_all()
        try:
            out[name] = table.cast(arrow_schema(TABLE_MODELS[name], table=name))
        except (pa.ArrowInvalid, ValueError) as exc:
            raise SchemaError(f"{name}: batch rows do not match the table: {exc}") from exc
    return out


def drop_stage_part(stage: Path, number: int) -> None:
    """Remove part ``number`` of every table: a batch whose reports end as rejects (its
    worker died on every attempt) must not have rows that a killed attempt wrote."""
    for name in EXTRACTION_TABLES:
        (stage / name / f"part-{number:05d}.parquet").unlink(missing_ok=True)


def new_table(extractions: Sequence[Extraction], stage: Path | None, name: str) -> pa.Table:
    """The new rows of extraction table ``name``: ``extractions`` first, then the staged
    parts (read when asked: a commit reads one table's parts at a time)."""
    schema = arrow_schema(TABLE_MODELS[name], table=name)
    parts = [_records_table(extractions, name).cast(schema)]
    folder = stage / name if stage is not None else None
    if folder is not None and folder.is_dir():
        parts += [
            pq.read_table(path).cast(schema) for path in sorted(folder.glob("part-*.parquet"))
        ]
    return pa.concat_tables(parts)


def new_rows(extractions: Sequence[Extraction], stage: Path | None) -> dict[str, pa.Table]:
    """The new rows of every extraction table (:func:`new_table` of each)."""
    return {name: new_table(extractions, stage, name) for name in EXTRACTION_TABLES}
