"""A commit is whole or nothing, as readers see it (snapshot.py, store_write.CommitFiles).

Each commit k below adds one run and one reject, so a snapshot that mixed two commits would
show different row counts in the two tables.
"""

from __future__ import annotations

import errno
import importlib.util
import json
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import ModuleType

import pyarrow.parquet as pq
import pytest

import pko_extract.snapshot as snapshot_mod
import pko_extract.store_write as store_write_mod
from pko_extract.errors import StoreError
from pko_extract.models import TABLE_MODELS, RejectRecord, RunRecord
from pko_extract.snapshot import SNAPSHOT_FILE, VERSIONS_DIR, read_snapshot, snapshot_files
from pko_extract.store import OutputStore

START = datetime(2026, 3, 1, tzinfo=UTC)
REPO = Path(__file__).resolve().parents[1]


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
    real_write = store_write_mod._write_sorted
    calls = []

    def full_disk(handle, table, sort_key):
        calls.append(handle)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(handle, table, sort_key)

    monkeypatch.setattr(store_write_mod, "_write_sorted", full_disk)
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


def _soak_readers() -> ModuleType:
    """benchmarks/soak_readers.py: the readers-during-commits soak (1,000 commits in
    ``make soak SOAK_ARGS=--full``), here run short."""
    name = "soak_readers"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, REPO / "benchmarks" / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up while it loads
        spec.loader.exec_module(module)
    return sys.modules[name]


def test_readers_never_see_two_commits_or_a_changing_file(tmp_path: Path) -> None:
    """pyarrow (read_snapshot), Polars (scan_parquet) and DuckDB (read_parquet) readers in
    their own processes, and a pyarrow reader thread, query in a loop while 20 commits (or
    more, until each has read 3 times during them) run: no error, and every table holds the
    rows of one commit, the same commit in every table."""
    soak = _soak_readers()
    result = soak.soak(tmp_path / "out", 20, min_reads=3)
    assert result.problems == []
    assert result.commits >= 20
    assert [r.name for r in result.readers] == [
        "pyarrow (process)",
        "polars (process)",
        "duckdb (process)",
        "pyarrow (thread)",
    ]
    assert all(r.reads >= 4 for r in result.readers)  # the first read, then 3 during commits


def test_the_readers_check_finds_rows_of_two_commits() -> None:
    """The check of the readers' soak fails on a table holding rows of two commits and on
    two tables of different commits (reading data.parquet directly produces both)."""
    soak = _soak_readers()
    expected = {"report_ids": ["a", "b"], "people": [2, 3], "participations": [2, 3]}
    whole = {
        "runs": ["run-0000", "run-0001"],
        "rejects": ["commit 1"] * 3,
        "reports": ["b"],
        "people": ["b"] * 3,
        "participations": ["b"] * 3,
    }
    assert soak.check(whole, expected) == (1, [])
    mixed = {**whole, "rejects": ["commit 0", "commit 1", "commit 1"], "people": ["a"] * 2}
    assert soak.check(mixed, expected) == (
        1,
        [
            "rejects: ['commit 0', 'commit 1'] (3 rows) with 2 runs",
            "people: 2 rows of 1 reports with 2 runs (version 1: 3 rows)",
        ],
    )
