"""Snapshots of the output folder: every table of one commit, whole, for readers.

Why: each table's ``data.parquet`` is replaced atomically, but a reader that joins two tables
while a commit runs may read one before the commit and one after it, and a reader that opens
a file by its path twice (DuckDB reads the footer, then the row groups) may find another file
there the second time. So every commit also keeps each table it writes as an immutable
version, ``<root>/.versions/<table>-<commit>.parquet`` (a hard link to the new
``data.parquet``: no extra space), and, last, atomically replaces ``<root>/snapshot.json``,
which names the version of every table. A reader that goes through the snapshot
(:func:`read_snapshot`, :func:`snapshot_files`) sees one whole commit, never a file that
changes under it. The versions of the current and the previous snapshot are kept, and any
version for a minute after it was written (a reader that started before the last commits
still finds its files); older ones are removed by a later commit. Details: docs/OUTPUT.md,
"Consistent snapshots".
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import pyarrow as pa
import pyarrow.parquet as pq

from pko_extract.errors import StoreError

T = TypeVar("T")

__all__ = [
    "SNAPSHOT_FILE",
    "VERSIONS_DIR",
    "Snapshot",
    "open_snapshot",
    "read_snapshot",
    "snapshot_files",
    "snapshot_urls",
]

SNAPSHOT_FILE = "snapshot.json"
VERSIONS_DIR = ".versions"
#: A version no snapshot names any more is still kept this long after it was written, so
#: that a reader that looked the snapshot up just before several quick commits finds it.
GRACE_SECONDS = 60.0
#: How often :func:`read_snapshot` starts again when commits removed the files it was reading.
READ_ATTEMPTS = 20


@dataclass(frozen=True)
class Snapshot:
    """One commit: its id and the file of each table (relative to the output folder)."""

    commit: str
    created_at: str
    tables: dict[str, str]

    def to_json(self) -> str:
        return json.dumps(
            {"commit": self.commit, "created_at": self.created_at, "tables": self.tables},
            indent=2,
            sort_keys=True,
        )


def new_commit_id() -> str:
    """Sortable and unique: ``20261202T001500123456-<pid>``."""
    return f"{datetime.now(UTC).strftime('%Y%m%dT%H%M%S%f')}-{os.getpid()}"


def load(root: Path) -> Snapshot | None:
    """The current snapshot of an output folder, or None before the first commit.

    Raises:
        StoreError: the snapshot file is not readable JSON of the expected shape.
    """
    path = Path(root) / SNAPSHOT_FILE
    try:
        return parse(path.read_bytes(), str(path))
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StoreError(
            f"{path}: cannot be read ({exc}); the next run rewrites it (or delete it)"
        ) from exc


def parse(body: bytes, where: str) -> Snapshot:
    """A snapshot from the bytes of ``snapshot.json`` (``where``: its path, for errors).

    Raises:
        StoreError: not JSON of the expected shape.
    """
    try:
        data = json.loads(body.decode("utf-8"))
        return Snapshot(str(data["commit"]), str(data["created_at"]), dict(data["tables"]))
    except (ValueError, KeyError, TypeError) as exc:
        raise StoreError(
            f"{where}: cannot be read ({exc}); the next run rewrites it (or delete it)"
        ) from exc


def keep_version(root: Path, table: str, new_file: Path, commit: str) -> str:
    """Keep ``new_file`` (about to become ``<table>/data.parquet``) as the table's version
    of this commit; returns its path relative to ``root``."""
    rel = f"{VERSIONS_DIR}/{table}-{commit}.parquet"
    target = Path(root) / rel
    target.parent.mkdir(exist_ok=True)
    try:
        os.link(new_file, target)
    except OSError:  # a file system without hard links: a copy
        shutil.copyfile(new_file, target)
    return rel


def publish(root: Path, commit: str, versions: dict[str, str], tables: list[str]) -> Snapshot:
    """Write the snapshot of this commit (last, atomically) and drop the old versions.

    Args:
        versions: table -> version written by this commit.
        tables: every table; one this commit did not write keeps the version of the previous
            snapshot (or, in an output older than snapshots, a version of its current file).
    """
    root = Path(root)
    previous = load(root)
    names = dict(previous.tables) if previous else {}
    names.update(versions)
    for table in tables:
        if table not in names or not (root / names[table]).exists():
            names[table] = keep_version(root, table, root / table / "data.parquet", commit)
    snap = Snapshot(commit, datetime.now(UTC).isoformat(timespec="seconds"), names)
    temp = root / ".tmp" / f"{SNAPSHOT_FILE}.{commit}.tmp"
    temp.parent.mkdir(exist_ok=True)
    with open(temp, "w", encoding="utf-8") as handle:
        handle.write(snap.to_json())
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, root / SNAPSHOT_FILE)
    fsync_dir(root)
    keep = set(snap.tables.values()) | (set(previous.tables.values()) if previous else set())
    _drop_old_versions(root, keep)
    return snap


def _drop_old_versions(root: Path, keep: set[str]) -> None:
    """Remove the versions named by neither the current nor the previous snapshot and older
    than :data:`GRACE_SECONDS` (also those a killed commit left behind)."""
    folder = root / VERSIONS_DIR
    if not folder.is_dir():
        return
    cutoff = time.time() - GRACE_SECONDS
    for entry in folder.iterdir():
        if f"{VERSIONS_DIR}/{entry.name}" in keep:
            continue
        try:
            if entry.stat().st_mtime < cutoff:
                entry.unlink()
        except FileNotFoundError:
            pass


def fsync_dir(folder: Path) -> None:
    """Make a rename inside ``folder`` durable."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# --------------------------------------------------------------------------------------
# Readers
# --------------------------------------------------------------------------------------


def snapshot_files(output: str | Path) -> dict[str, Path]:
    """The file of each table in the current snapshot (absolute paths), for DuckDB, Polars
    or any Parquet reader: ``read_parquet('<path>')``. The files stay in place until the
    second commit after this one.

    Raises:
        StoreError: the folder has no snapshot (no commit yet, or an older pko-extract).
    """
    return _files(_current(Path(output).resolve()), Path(output).resolve())


def _current(root: Path) -> Snapshot:
    snap = load(root)
    if snap is None:
        raise StoreError(f"{root}: no {SNAPSHOT_FILE}; run `pko-extract run` first")
    return snap


def _files(snap: Snapshot, root: Path) -> dict[str, Path]:
    return {table: root / rel for table, rel in snap.tables.items()}


def read_snapshot(
    output: str | Path, tables: list[str] | None = None
) -> tuple[str, dict[str, pa.Table]]:
    """Every table (or ``tables``) of one commit, read whole: ``(commit id, tables)``.

    Rows of two tables always come from the same commit. If commits remove the files while
    they are read (the reader is slower than two commits), it starts again from the new
    snapshot.

    Raises:
        StoreError: no snapshot, an unknown table, or the files kept vanishing.
    """
    if _is_url(output):
        return _read_remote(str(output), tables)
    return _of_one_commit(Path(output).resolve(), tables, pq.read_table, "read")


def open_snapshot(output: str | Path, tables: list[str]) -> tuple[str, dict[str, pq.ParquetFile]]:
    """The files of ``tables`` in the current snapshot, opened: ``(commit id, files)``, read
    as a caller needs (row group by row group); an open file stays readable after a later
    commit removes it, so they all stay of one commit.

    Raises:
        StoreError: no snapshot, an unknown table, or the files kept vanishing.
    """
    return _of_one_commit(Path(output).resolve(), tables, pq.ParquetFile, "opened")


def _of_one_commit(
    root: Path, tables: list[str] | None, read: Callable[[Path], T], what: str
) -> tuple[str, dict[str, T]]:
    """``read`` of the file of every table (or ``tables``) of the current snapshot; again
    from the new snapshot when a later commit removed a file before it was read."""
    for _ in range(READ_ATTEMPTS):
        snap = _current(root)
        files = _files(snap, root)
        unknown = sorted(set(tables or ()) - set(files))
        if unknown:
            raise StoreError(f"{root}: no table {', '.join(unknown)} in {SNAPSHOT_FILE}")
        try:
            return snap.commit, {name: read(files[name]) for name in tables or files}
        except FileNotFoundError:
            time.sleep(0.05)  # removed by a later commit: read the new snapshot
    raise StoreError(f"{root}: the snapshot changed {READ_ATTEMPTS} times while being {what}")


# --------------------------------------------------------------------------------------
# Readers of an output on an object store (s3://bucket/prefix, through fsspec)
# --------------------------------------------------------------------------------------


def _is_url(output: str | Path) -> bool:
    scheme, sep, _ = str(output).partition("://")
    return bool(sep) and scheme.lower() != "file"


def _remote_snapshot(url: str) -> tuple[Any, str, Snapshot]:
    """The fsspec file system, the root path and the current snapshot of ``url``."""
    import fsspec

    fs, root = fsspec.core.url_to_fs(url.rstrip("/"))
    where = f"{url.rstrip('/')}/{SNAPSHOT_FILE}"
    try:
        body = fs.cat_file(f"{root}/{SNAPSHOT_FILE}")
    except FileNotFoundError:
        raise StoreError(f"{where}: not found; run `pko-extract run` first") from None
    return fs, root, parse(body, where)


def snapshot_urls(output: str) -> dict[str, str]:
    """The URL of each table's file in the current snapshot of an output on an object store
    (``s3://bucket/prefix``), for DuckDB, Polars or pandas (with their S3 settings). The
    objects stay until the second commit after this one (and a minute).

    Raises:
        StoreError: the output has no snapshot.
    """
    _, _, snap = _remote_snapshot(output)
    base = output.rstrip("/")
    return {table: f"{base}/{rel}" for table, rel in snap.tables.items()}


def _read_remote(url: str, tables: list[str] | None) -> tuple[str, dict[str, pa.Table]]:
    """:func:`read_snapshot` of an output on an object store."""
    for _ in range(READ_ATTEMPTS):
        fs, root, snap = _remote_snapshot(url)
        unknown = sorted(set(tables or ()) - set(snap.tables))
        if unknown:
            raise StoreError(f"{url}: no table {', '.join(unknown)} in {SNAPSHOT_FILE}")
        names = tables or list(snap.tables)
        try:
            read = {n: pq.read_table(f"{root}/{snap.tables[n]}", filesystem=fs) for n in names}
            return snap.commit, read
        except FileNotFoundError:
            time.sleep(0.05)  # removed by a later commit: read the new snapshot
    raise StoreError(f"{url}: the snapshot changed {READ_ATTEMPTS} times while being read")
