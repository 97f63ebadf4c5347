"""A commit is whole or nothing, as readers see it (snapshot.py, store._write_all).

Each commit k below adds one run and one reject, so a snapshot that mixed two commits would
show different row counts in the two tables.
"""

from __future__ import annotations

import errno
import json
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

import pko_extract.snapshot as snapshot_mod
import pko_extract.store as store_mod
from pko_extract.errors import StoreError
from pko_extract.models import TABLE_MODELS, RejectRecord, RunRecord
from pko_extract.snapshot import SNAPSHOT_FILE, VERSIONS_DIR, read_snapshot, snapshot_files
from pko_extract.store import OutputStore

START = datetime(2026, 3, 1, tzinfo=UTC)


def _commit(store: OutputStore, k: int) -> None:
    when = START + timedelta(minutes=k)
    store.commit(
        extractions=[],
        rejects=[
            RejectRecord(
                source_uri=f"file:///raw/r{k:04d}.txt",
                stage="ingest",
                error_type="IngestError",
                message=f"bad file {k}",
                rejected_at=when,
            )
        ],
        run=RunRecord(
            run_id=f"run-{k}",
            started_at=when,
            finished_at=when,
            pipeline_version="0.1.0",
            model_name="blank",
            gazetteer_version="g1",
        ),
    )


def _files(root: Path) -> dict[str, bytes]:
    """Every table file and the snapshot, by relative path (what a commit may change)."""
    paths = [root / SNAPSHOT_FILE, *(root / name / "data.parquet" for name in TABLE_MODELS)]
    return {str(p.relative_to(root)): p.read_bytes() for p in paths}


def test_snapshot_names_every_table_and_keeps_two_commits_of_versions(
    tmp_path: Path, monkeypatch
) -> None:
    """Past the grace period, only the versions of the last two snapshots stay."""
    monkeypatch.setattr(snapshot_mod, "GRACE_SECONDS", 0.0)
    store = OutputStore(tmp_path / "out")
    for k in range(1, 4):
        _commit(store, k)
    snap = json.loads((store.root / SNAPSHOT_FILE).read_text())
    assert sorted(snap["tables"]) == sorted(TABLE_MODELS)
    commit, tables = read_snapshot(store.root)
    assert commit == snap["commit"]
    assert (tables["runs"].num_rows, tables["rejects"].num_rows) == (3, 3)
    # the versions of commits 2 and 3 are kept (runs and rejects change each time), not 1
    kept = sorted(p.name for p in (store.root / VERSIONS_DIR).iterdir())
    assert len([n for n in kept if n.startswith("runs-")]) == 2
    assert len([n for n in kept if n.startswith("rejects-")]) == 2
    assert len([n for n in kept if n.startswith("people-")]) == 1  # written once, still named
    files = snapshot_files(store.root)
    assert pq.read_table(files["runs"]).equals(store.read_table("runs"))


def test_disk_full_while_writing_replaces_nothing(tmp_path: Path, monkeypatch) -> None:
    """ENOSPC on the second new file: no table and no snapshot changes, no temp file is
    left, and the message says the previous output is intact."""
    store = OutputStore(tmp_path / "out")
    _commit(store, 1)
    before = _files(store.root)
    real_write = store_mod.pq.write_table
    calls = []

    def full_disk(table, where, **kwargs):
        calls.append(where)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(table, where, **kwargs)

    monkeypatch.setattr(store_mod.pq, "write_table", full_disk)
    with pytest.raises(StoreError) as info:
        _commit(store, 2)
    assert "nothing was replaced, the previous output is intact" in str(info.value)
    assert "No space left on device" in str(info.value)
    assert _files(store.root) == before
    assert list((store.root / ".tmp").iterdir()) == []


def test_error_after_the_first_rename_says_so(tmp_path: Path, monkeypatch) -> None:
    """A failure once renames began (here: publishing the snapshot) names what was replaced
    and that the snapshot still names the previous commit, which readers keep seeing."""
    store = OutputStore(tmp_path / "out")
    _commit(store, 1)
    old_commit, _ = read_snapshot(store.root)

    def broken(*args, **kwargs):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(snapshot_mod, "publish", broken)
    with pytest.raises(StoreError) as info:
        _commit(store, 2)
    message = str(info.value)
    assert "the commit stopped after replacing rejects, runs (" in message
    assert f"{SNAPSHOT_FILE} still names the previous commit" in message
    commit, tables = read_snapshot(store.root)
    assert commit == old_commit and tables["runs"].num_rows == 1


def test_readers_never_see_two_commits_or_a_changing_file(tmp_path: Path) -> None:
    """pyarrow (read_snapshot) and DuckDB (snapshot_files) readers loop while 30 commits
    run: no error, and runs and rejects always come from the same commit."""
    store = OutputStore(tmp_path / "out")
    _commit(store, 0)
    done = threading.Event()
    seen: list[tuple[int, int]] = []
    errors: list[BaseException] = []

    def read() -> None:
        con = duckdb.connect()
        while not done.is_set():
            try:
                _, tables = read_snapshot(store.root, ["runs", "rejects"])
                seen.append((tables["runs"].num_rows, tables["rejects"].num_rows))
                files = snapshot_files(store.root)
                runs, rejects = con.execute(
                    "select (select count(*) from read_parquet(?)), "
                    "(select count(*) from read_parquet(?))",
                    [str(files["runs"]), str(files["rejects"])],
                ).fetchone()
                seen.append((runs, rejects))
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)
                return

    reader = threading.Thread(target=read)
    reader.start()
    for k in range(1, 31):
        _commit(store, k)
    done.set()
    reader.join()
    assert errors == []
    assert seen and all(runs == rejects for runs, rejects in seen)
