"""The files of one commit: each table written to a temp file as soon as it is built, then
all renamed into place (split out of ``store.py``, which decides what the tables hold).

A commit builds its tables one at a time and hands each to :meth:`CommitFiles.add`, which
writes it sorted, in row groups of :data:`ROW_GROUP_ROWS` rows, to a fsynced temp file in
``<root>/.tmp/`` and keeps only its row count; the caller drops the table before building
the next. The peak memory of a commit is then about its largest table, not all of them
together with their sorted copies and a writer buffer each. :meth:`CommitFiles.publish`
renames the temp files over ``data.parquet`` in the given order, keeps each as a version
and replaces ``snapshot.json`` last (:mod:`pko_extract.snapshot`); leaving the ``with``
block without publishing (an error while building or writing) removes the temp files, so
nothing is replaced.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pko_extract import snapshot
from pko_extract.errors import StoreError

__all__ = ["DATA_FILE", "ROW_GROUP_ROWS", "TEMP_DIR", "TEMP_PREFIX", "TEMP_SUFFIX", "CommitFiles"]

DATA_FILE = "data.parquet"
TEMP_DIR = ".tmp"  # temp files live here, never inside a table folder (polars reads any file there)
TEMP_PREFIX = ".data.parquet."
TEMP_SUFFIX = ".tmp"
#: Rows per Parquet row group; also the rows taken at once when a table is written sorted.
ROW_GROUP_ROWS = 10_000


class CommitFiles:
    """The temp files of one commit under ``root`` (a context manager)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.temps: dict[str, Path] = {}
        #: Rows of every table written so far.
        self.rows: dict[str, int] = {}
        self._published = False

    def __enter__(self) -> CommitFiles:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if not self._published:
            self.discard()

    def discard(self) -> None:
        """Remove the temp files written so far."""
        for temp in self.temps.values():
            temp.unlink(missing_ok=True)
        self.temps.clear()

    def add(self, name: str, table: pa.Table, sort_key: str | None = None) -> None:
        """Write ``table`` (stably sorted by ``sort_key`` when given) as the new file of ``name``.

        Raises:
            StoreError: the file could not be written (nothing is replaced).
        """
        temp_dir = self.root / TEMP_DIR
        temp = temp_dir / f"{TEMP_PREFIX}{name}.{os.getpid()}.{uuid.uuid4().hex[:8]}{TEMP_SUFFIX}"
        try:
            temp_dir.mkdir(parents=True, exist_ok=True)
            with open(temp, "wb") as handle:
                _write_sorted(handle, table, sort_key)
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as exc:
            temp.unlink(missing_ok=True)
            self.discard()
            raise StoreError(
                f"{self.root / name / DATA_FILE}: could not be written ({exc}); nothing was "
                "replaced, the previous output is intact; check free space and "
                "permissions, then re-run"
            ) from exc
        self.temps[name] = temp
        self.rows[name] = table.num_rows
        pa.default_memory_pool().release_unused()  # the caller drops the table next

    def publish(self, order: Sequence[str], tables: Sequence[str]) -> None:
        """Rename the temp files into place in ``order``, then publish the snapshot of
        ``tables`` (every table of the output).

        Raises:
            StoreError: a rename or the snapshot failed; ``snapshot.json`` still names the
                previous commit.
        """
        commit = snapshot.new_commit_id()
        replaced: list[str] = []
        try:
            versions: dict[str, str] = {}
            for name in (n for n in order if n in self.temps):
                temp = self.temps[name]
                versions[name] = snapshot.keep_version(self.root, name, temp, commit)
                folder = self.root / name
                folder.mkdir(parents=True, exist_ok=True)
                os.replace(temp, folder / DATA_FILE)  # same file system: atomic
                snapshot.fsync_dir(folder)
                replaced.append(name)
            snapshot.publish(self.root, commit, versions, list(tables))
        except OSError as exc:
            self.discard()
            raise StoreError(
                f"{self.root}: the commit stopped after replacing "
                f"{', '.join(replaced) or 'no table'} ({exc}); {snapshot.SNAPSHOT_FILE} still "
                "names the previous commit and the next run redoes the work; check free space "
                "and permissions, then re-run"
            ) from exc
        self._published = True


def _write_sorted(handle: object, table: pa.Table, sort_key: str | None) -> None:
    """``table`` as Parquet in row groups; sorted (stable) by ``sort_key`` a row group at a
    time, so that no sorted copy of the whole table is made."""
    order = None
    if sort_key is not None and table.num_rows > 1:
        order = pc.sort_indices(table, sort_keys=[(sort_key, "ascending")])  # stable
    with pq.ParquetWriter(handle, table.schema, compression="zstd") as writer:
        if table.num_rows == 0:
            writer.write_table(table)
        for start in range(0, table.num_rows, ROW_GROUP_ROWS):
            if order is None:
                chunk = table.slice(start, ROW_GROUP_ROWS)
            else:
                chunk = table.take(order.slice(start, ROW_GROUP_ROWS))
            writer.write_table(chunk, row_group_size=ROW_GROUP_ROWS)
