"""Store stage: validated records -> Parquet tables under the output folder.

Contract (details and the reasons in ``docs/OUTPUT.md``):

* Layout: one folder per table, ``<root>/<table>/data.parquet``, one compacted file each;
  every table folder exists after the first commit (empty tables carry the schema).
* Idempotent and incremental: rows of the child tables are keyed by ``report_id``; a commit
  replaces every row of the reports it writes, of the source URIs it is told to replace or
  remove, and the rejects of every file it touches. After any sequence of commits there is one
  current set of rows per report, never duplicates. :func:`pko_extract.planning.plan_run`
  decides what a run has to extract from the content hash and the pipeline, model and
  gazetteer versions (re-exported here).
* Atomic: every table of a commit is written to a temp file in ``<root>/.tmp/`` and fsynced
  first; then each is renamed over ``data.parquet`` (child tables first, ``reports`` last, so
  a run killed between two renames leaves a ``reports`` row that is stale, which makes the
  next run re-extract that report) and kept as a version; ``snapshot.json`` (the version of
  every table: one whole commit for readers, :mod:`pko_extract.snapshot`) is replaced last.
* One writer at a time: :meth:`OutputStore.lock` holds ``fcntl.flock`` on ``<root>/.lock``.
* A run may stage its results first (:meth:`OutputStore.new_stage`, parts written by
  :func:`pko_extract.staging.write_stage_part`) and commit them once with
  ``commit(staged=...)``, which merges them like in-memory extractions and removes the stage.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import os
import shutil
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pko_extract.errors import StoreError
from pko_extract.models import (
    SCHEMA_VERSION,
    TABLE_MODELS,
    Extraction,
    MissionRecord,
    RejectRecord,
    RunRecord,
)
from pko_extract.planning import (
    DUPLICATE_ERROR,
    ReportState,
    RunPlan,
    dedupe,
    duplicate_rejects,
    plan_run,
)
from pko_extract.schema import META_SCHEMA_VERSION, arrow_schema, records_to_table
from pko_extract.staging import new_table, write_stage_part
from pko_extract.store_tables import append_records, conform, drop_rows
from pko_extract.store_write import (
    DATA_FILE,
    TEMP_DIR,
    TEMP_PREFIX,
    TEMP_SUFFIX,
    CommitFiles,
)

__all__ = [
    "CHILD_TABLES",
    "DATA_FILE",
    "DUPLICATE_ERROR",
    "OutputStore",
    "ReportState",
    "RunPlan",
    "WRITE_ORDER",
    "plan_run",
    "shared_store",
    "write_stage_part",
]

LOCK_FILE = ".lock"
STAGE_PREFIX = "stage-"  # <root>/.tmp/stage-<run>/<table>/part-<n>.parquet: a run's results

#: Tables whose rows belong to one report (keyed by report_id).
CHILD_TABLES: tuple[str, ...] = (
    "agenda_items",
    "people",
    "participations",
    "mission_mentions",
    "participants",
)
#: Order in which a commit replaces the table files: ``reports`` after its children.
WRITE_ORDER: tuple[str, ...] = (*CHILD_TABLES, "rejects", "missions", "reports", "runs")
#: ``rejects.error_type`` of a path whose bytes equal another report's (see docs/OUTPUT.md).


class OutputStore:
    """The Parquet tables under one output folder."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self._lock_fd: int | None = None

    # ---------------------------------------------------------------------------------
    # Locking
    # ---------------------------------------------------------------------------------

    @contextlib.contextmanager
    def lock(self, wait_seconds: float = 0.0) -> Iterator[None]:
        """Hold the output folder's write lock (re-entrant within this object).

        Args:
            wait_seconds: if another process holds the lock, retry until this many seconds
                have passed; 0 fails at once.

        Raises:
            StoreError: the lock is held by another run (the message names its pid and start).
        """
        if self._lock_fd is not None:
            yield
            return
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.root / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise StoreError(
                f"{self.root}: cannot create the output folder or its lock ({exc}); "
                "check the path and permissions"
            ) from exc
        deadline = time.monotonic() + max(0.0, wait_seconds)
        try:
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise StoreError(self._locked_message(fd)) from None
                    time.sleep(min(0.2, max(0.01, deadline - time.monotonic())))
            os.ftruncate(fd, 0)
            started = datetime.now(UTC).isoformat(timespec="seconds")
            os.pwrite(fd, f"{os.getpid()} {started}\n".encode(), 0)
            self._lock_fd = fd
            self._remove_stale_temp_files()
            yield
        finally:
            self._lock_fd = None
            os.close(fd)  # closing releases the flock

    def _locked_message(self, fd: int) -> str:
        try:
            pid, started = os.pread(fd, 200, 0).decode().split()[:2]
        except (OSError, ValueError, UnicodeDecodeError):
            pid, started = "?", "?"
        return (
            f"another pko-extract run (pid {pid}, started {started}) is writing to {self.root}; "
            "wait for it to finish or pass --wait SECONDS"
        )

    def _remove_stale_temp_files(self) -> None:
        """Remove what a killed run left behind (only called while holding the lock)."""
        temp_dir = self.root / TEMP_DIR
        if temp_dir.is_dir():  # only temp files and run stages live there
            for entry in temp_dir.iterdir():
                if entry.is_file():
                    entry.unlink(missing_ok=True)
                elif entry.name.startswith(STAGE_PREFIX):
                    shutil.rmtree(entry, ignore_errors=True)
        for folder in (self.root / table for table in TABLE_MODELS):
            if not folder.is_dir():
                continue
            for entry in folder.iterdir():
                if entry.name.startswith(TEMP_PREFIX) and entry.name.endswith(TEMP_SUFFIX):
                    entry.unlink(missing_ok=True)

    def new_stage(self, name: str) -> Path:
        """An empty folder for a run's staged results (``write_stage_part``), under ``.tmp``:
        committed with ``commit(staged=...)``. Make it while holding :meth:`lock`: the next
        run to take the lock removes what a killed run left."""
        stage = self.root / TEMP_DIR / f"{STAGE_PREFIX}{name}"
        shutil.rmtree(stage, ignore_errors=True)
        stage.mkdir(parents=True)
        return stage

    # ---------------------------------------------------------------------------------
    # Reading
    # ---------------------------------------------------------------------------------

    def table_path(self, name: str) -> Path:
        """``<root>/<name>/data.parquet``."""
        if name not in TABLE_MODELS:
            raise StoreError(f"unknown table {name!r}; tables are: {', '.join(TABLE_MODELS)}")
        return self.root / name / DATA_FILE

    def read_table(self, name: str) -> pa.Table:
        """The current rows of a table; an empty table with the schema if it does not exist.

        Raises:
            StoreError: the file is unreadable or its columns do not fit the current schema.
        """
        path = self.table_path(name)
        schema = arrow_schema(TABLE_MODELS[name], table=name)
        if not path.exists():
            return schema.empty_table()
        try:
            table = pq.read_table(path)
        except (OSError, pa.ArrowException) as exc:
            raise StoreError(
                f"{path}: cannot be read as Parquet ({exc}); restore it from a backup or delete "
                "the output folder and re-run to rebuild it"
            ) from exc
        return conform(table, schema, path)

    def _schema_version(self, name: str) -> str:
        """The schema version a table's file was written with ("" when absent)."""
        path = self.table_path(name)
        if not path.exists():
            return SCHEMA_VERSION
        try:
            meta = pq.read_schema(path).metadata or {}
        except (OSError, pa.ArrowException):
            return ""
        return meta.get(META_SCHEMA_VERSION, b"").decode("utf-8", "replace")

    def report_states(self) -> dict[str, ReportState]:
        """What the output holds, by source URI (reports, plus recorded duplicate paths)."""
        reports = self.read_table("reports").select(
            ["report_id", "source_uri", "pipeline_version", "model_name", "gazetteer_version"]
        )
        written_by = self._schema_version("reports")
        states: dict[str, ReportState] = {}
        by_id: dict[str, ReportState] = {}
        for row in reports.to_pylist():
            if written_by != SCHEMA_VERSION:
                # rows of an older output schema are re-extracted, as after a version change
                row["pipeline_version"] = f"{row['pipeline_version']} (schema {written_by})"
            state = ReportState(**row)
            states[state.source_uri] = state
            by_id[state.report_id] = state
        rejects = self.read_table("rejects")
        duplicates = rejects.filter(pc.equal(rejects["error_type"], DUPLICATE_ERROR))
        for row in duplicates.select(["source_uri", "report_id"]).to_pylist():
            owner = by_id.get(row["report_id"] or "")
            if owner is not None and row["source_uri"] not in states:
                states[row["source_uri"]] = ReportState(
                    report_id=owner.report_id,
                    source_uri=row["source_uri"],
                    pipeline_version=owner.pipeline_version,
                    model_name=owner.model_name,
                    gazetteer_version=owner.gazetteer_version,
                    duplicate_of=owner.source_uri,
                )
        return states

    def reject_uris(self) -> set[str]:
        """Source URIs that have rows in ``rejects`` (for :func:`plan_run`'s ``rejected``)."""
        return set(self.read_table("rejects")["source_uri"].to_pylist())

    def unread_uris(self) -> set[str]:
        """Source URIs with a reject written when the file could not be read at all (no
        ``report_id``: permission denied, a broken link, ...), for :func:`plan_run`'s
        ``unread``."""
        rejects = self.read_table("rejects")
        return set(rejects.filter(pc.is_null(rejects["report_id"]))["source_uri"].to_pylist())

    # ---------------------------------------------------------------------------------
    # Writing
    # ---------------------------------------------------------------------------------

    def commit(
        self,
        *,
        extractions: Sequence[Extraction],
        rejects: Sequence[RejectRecord] = (),
        replace_uris: Iterable[str] = (),
        remove_uris: Iterable[str] = (),
        run: RunRecord | None = None,
        missions: Sequence[MissionRecord] | None = None,
        duplicates: Mapping[str, str] | None = None,
        staged: Path | None = None,
    ) -> dict[str, int]:
        """Write one batch of results; takes the lock if the caller does not hold it.

        Args:
            extractions: reports extracted in this batch; each replaces every row of its
                ``report_id`` and of its ``source_uri``.
            rejects: file-level rejects; each replaces the earlier rejects of its source URI.
            replace_uris: source URIs whose rows go (changed files, also those that now fail).
            remove_uris: source URIs whose rows and rejects go (``--prune`` of missing files).
            run: appended to ``runs``.
            missions: replaces the whole ``missions`` table when given.
            duplicates: duplicate path -> path of the stored report with the same bytes
                (``RunPlan.duplicates``); recorded as ``DuplicateReport`` rejects.
            staged: a folder of :meth:`new_stage` holding more extracted reports, written
                by :func:`write_stage_part` (one report_id each: deduplicate before staging);
                they count as ``extractions``. The folder is removed after the commit.

        Returns:
            Rows per table after the commit.

        Raises:
            StoreError: another run holds the lock, or a file cannot be read or written.
            SchemaError: a record does not fit its table's schema.
        """
        with self.lock():
            rows = self._commit(
                extractions=extractions,
                rejects=rejects,
                replace_uris=set(replace_uris),
                remove_uris=set(remove_uris),
                run=run,
                missions=missions,
                duplicates=dict(duplicates or {}),
                staged=staged,
            )
            if staged is not None:
                shutil.rmtree(staged, ignore_errors=True)
            return rows

    def _commit(
        self,
        *,
        extractions: Sequence[Extraction],
        rejects: Sequence[RejectRecord],
        replace_uris: set[str],
        remove_uris: set[str],
        run: RunRecord | None,
        missions: Sequence[MissionRecord] | None,
        duplicates: dict[str, str],
        staged: Path | None,
    ) -> dict[str, int]:
        """Build the tables that change one at a time, each written to a temp file as soon
        as it is built (:class:`~pko_extract.store_write.CommitFiles`), then publish them."""
        winners, losers = dedupe(extractions)
        new_reports = new_table(winners, staged, "reports")
        current = self.read_table("reports")
        id_by_uri = dict(
            zip(current["source_uri"].to_pylist(), current["report_id"].to_pylist(), strict=True)
        )
        staged_ids = dict(
            zip(
                new_reports["source_uri"].to_pylist(),
                new_reports["report_id"].to_pylist(),
                strict=True,
            )
        )
        new_rejects = list(rejects) + duplicate_rejects(
            winners, losers, duplicates, {**id_by_uri, **staged_ids}
        )
        extracted_uris = set(staged_ids)
        row_uris = extracted_uris | replace_uris | remove_uris
        drop_ids = set(staged_ids.values())
        drop_ids |= {rid for uri, rid in id_by_uri.items() if uri in row_uris}
        reject_uris = row_uris | {r.source_uri for r in new_rejects}
        reject_uris |= {loser.report.source_uri for loser, _ in losers}

        # tables to rewrite; a table with no row dropped or added keeps its file
        kept_reports = drop_rows(current, "report_id", drop_ids)
        reports = pa.concat_tables([kept_reports, new_reports])
        keep_ids = pa.array(sorted(set(reports["report_id"].to_pylist())), pa.string())
        with CommitFiles(self.root) as files:
            for name in CHILD_TABLES:
                child = self._child_table(
                    name, new_table(winners, staged, name), keep_ids, drop_ids
                )
                if child is not None:
                    files.add(name, child, "report_id")
                del child  # one table in memory at a time
            merged_rejects = self._rejects_table(
                new_table(winners, staged, "rejects"), new_rejects, reject_uris, drop_ids
            )
            if merged_rejects is not None:
                files.add("rejects", merged_rejects, "source_uri")
            del merged_rejects
            if missions is not None:
                files.add("missions", records_to_table(list(missions), TABLE_MODELS["missions"]))
            if new_reports.num_rows or kept_reports.num_rows != current.num_rows:
                files.add("reports", reports, "report_id")
            if run is not None:
                files.add(
                    "runs", append_records(self.read_table("runs"), [run], "runs"), "started_at"
                )
            for name in TABLE_MODELS:
                if name not in files.temps and not self.table_path(name).exists():
                    files.add(name, arrow_schema(TABLE_MODELS[name], table=name).empty_table())
            files.publish(WRITE_ORDER, list(TABLE_MODELS))
        return {name: self._num_rows(name, files.rows) for name in TABLE_MODELS}

    def _child_table(
        self, name: str, new: pa.Table, keep_ids: pa.Array, drop_ids: set[str]
    ) -> pa.Table | None:
        """A child table with the rows of dropped or orphaned reports out and ``new`` in
        (unsorted), or None when it does not change."""
        old = self.read_table(name)
        kept = old.filter(pc.is_in(old["report_id"], value_set=keep_ids))  # also drops orphans
        kept = drop_rows(kept, "report_id", drop_ids)
        if new.num_rows or kept.num_rows != old.num_rows:
            return pa.concat_tables([kept, new])
        return None

    def _rejects_table(
        self,
        record_rejects: pa.Table,
        new_rejects: list[RejectRecord],
        reject_uris: set[str],
        drop_ids: set[str],
    ) -> pa.Table | None:
        """The rejects table with the rows of re-done files replaced (unsorted), or None if
        unchanged."""
        old_rejects = self.read_table("rejects")
        reject_uri_set = pa.array(sorted(reject_uris), pa.string())
        mask = pc.or_kleene(
            pc.is_in(old_rejects["source_uri"], value_set=reject_uri_set),
            pc.is_in(old_rejects["report_id"], value_set=pa.array(sorted(drop_ids), pa.string())),
        )
        kept_rejects = old_rejects.filter(pc.invert(pc.fill_null(mask, False)))
        if record_rejects.num_rows or new_rejects or kept_rejects.num_rows != old_rejects.num_rows:
            merged = pa.concat_tables([kept_rejects, record_rejects])
            return append_records(merged, new_rejects, "rejects")
        return None

    def _num_rows(self, name: str, written: Mapping[str, int]) -> int:
        if name in written:
            return written[name]
        return pq.ParquetFile(self.table_path(name)).metadata.num_rows

    def _write_all(self, tables: Mapping[str, pa.Table]) -> None:
        """Replace the files of ``tables``, whole or not at all, then publish the snapshot."""
        with CommitFiles(self.root) as files:
            for name in (n for n in WRITE_ORDER if n in tables):
                files.add(name, tables[name])
            files.publish(WRITE_ORDER, list(TABLE_MODELS))

    def compact(self) -> dict[str, int]:
        """Rewrite every table with the current schema (after a schema upgrade); rows per table."""
        with self.lock():
            self._write_all({name: self.read_table(name) for name in TABLE_MODELS})
            return {name: self.read_table(name).num_rows for name in TABLE_MODELS}


@functools.lru_cache(maxsize=8)
def _store_for(root: Path) -> OutputStore:
    return OutputStore(root)


def shared_store(output: str | Path) -> OutputStore:
    """The process's one :class:`OutputStore` of a folder.

    Its lock is re-entrant only within one object (``flock`` is per open file), so the CLI,
    the flow and the commit task must share the object to share the lock.
    """
    return _store_for(Path(output).resolve())


# --------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------
