"""Tests of store.py: exact row counts over re-runs, atomic writes, locking, readers."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import polars as pl
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from pko_extract.errors import StoreError
from pko_extract.models import (
    TABLE_MODELS,
    AgendaItemRecord,
    Extraction,
    MissionMentionRecord,
    MissionRecord,
    ParticipantRecord,
    ParticipationRecord,
    PersonRecord,
    RejectRecord,
    ReportRecord,
    RunRecord,
)
from pko_extract.schema import arrow_schema, records_to_table, table_to_records
from pko_extract.store import DUPLICATE_ERROR, OutputStore, ReportState, plan_run

UTC = UTC
WHEN = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
VERSIONS = dict(pipeline_version="0.1.0", model_name="blank", gazetteer_version="g1")


def rid(content: str) -> str:
    return hashlib.sha256(content.encode()).hexdigest()


def uri(name: str) -> str:
    return f"file:///raw/{name}"


def make_extraction(
    name: str,
    content: str,
    *,
    n_items: int = 2,
    n_people: int = 3,
    n_rejects: int = 0,
    **versions: str,
) -> Extraction:
    """A made-up extraction: n_items agenda items, n_people people (one participation and
    one participants row each)."""
    report_id = rid(content)
    report = ReportRecord(
        report_id=report_id,
        source_uri=uri(name),
        source_name=name,
        title=f"Event {content}",
        extracted_at=WHEN,
        **{**VERSIONS, **versions},
    )
    items = [
        AgendaItemRecord(
            report_id=report_id,
            item_id=f"i{k}",
            seq=k,
            kind="session",
            start_char=k,
            end_char=k + 1,
        )
        for k in range(1, n_items + 1)
    ]
    people = [
        PersonRecord(
            report_id=report_id,
            person_id=f"p{k}",
            person_key=f"key{k}",
            name=f"Person {k}",
            raw_name=f"PERSON {k}",
            start_char=0,
            end_char=5,
            roles=["speaker"],
        )
        for k in range(n_people)
    ]
    participations = [
        ParticipationRecord(
            report_id=report_id,
            person_id=p.person_id,
            item_id="i1",
            role="speaker",
            start_char=0,
            end_char=5,
        )
        for p in people
    ]
    flat = [
        ParticipantRecord(
            report_id=report_id,
            source_name=name,
            person_id=p.person_id,
            person_key=p.person_key,
            name=p.name,
            role="speaker",
            item_id="i1",
            start_char=0,
            end_char=5,
        )
        for p in people
    ]
    mentions = [
        MissionMentionRecord(
            report_id=report_id,
            mention_id="m1",
            mention="UNMISS",
            mission_acronym="UNMISS",
            explicit=True,
            confidence=1.0,
            start_char=0,
            end_char=6,
        )
    ]
    rejects = [
        RejectRecord(
            source_uri=uri(name),
            report_id=report_id,
            stage="validate",
            error_type="ValidationError",
            message=f"bad record {k}",
            table="people",
            rejected_at=WHEN,
        )
        for k in range(n_rejects)
    ]
    return Extraction(
        report=report,
        agenda_items=items,
        people=people,
        participations=participations,
        mission_mentions=mentions,
        rejects=rejects,
        participants=flat,
    )


def file_reject(name: str, message: str = "binary file") -> RejectRecord:
    return RejectRecord(
        source_uri=uri(name),
        stage="ingest",
        error_type="IngestError",
        message=message,
        rejected_at=WHEN,
    )


def run_record(n: int) -> RunRecord:
    return RunRecord(
        run_id=f"run-{n}",
        started_at=datetime(2026, 3, 1, n, tzinfo=UTC),
        finished_at=datetime(2026, 3, 1, n, 5, tzinfo=UTC),
        **VERSIONS,
    )


def counts(store: OutputStore) -> dict[str, int]:
    return {name: store.read_table(name).num_rows for name in TABLE_MODELS}


def expect(
    reports: int, items: int, people: int, mentions: int, rejects: int, runs: int, missions: int = 0
) -> dict[str, int]:
    return {
        "reports": reports,
        "agenda_items": items,
        "people": people,
        "participations": people,
        "mission_mentions": mentions,
        "participants": people,
        "rejects": rejects,
        "missions": missions,
        "runs": runs,
    }


@pytest.fixture()
def store(tmp_path: Path) -> OutputStore:
    return OutputStore(tmp_path / "output")


def test_first_commit_writes_all_tables(store: OutputStore) -> None:
    """The first commit writes all 8 folders, one data.parquet each, with exact counts."""
    result = store.commit(
        extractions=[
            make_extraction("a.txt", "A"),
            make_extraction("b.txt", "B", n_items=1, n_rejects=1),
        ],
        rejects=[file_reject("c.bin")],
        run=run_record(1),
    )
    assert result == expect(reports=2, items=3, people=6, mentions=2, rejects=2, runs=1)
    assert counts(store) == result
    for name, model in TABLE_MODELS.items():
        files = sorted(p.name for p in (store.root / name).iterdir())
        assert files == ["data.parquet"]
        assert pq.read_schema(store.root / name / "data.parquet").equals(
            arrow_schema(model), check_metadata=True
        )


def test_empty_commit_creates_readable_empty_tables(store: OutputStore) -> None:
    """Even a commit with nothing to write leaves every table readable (0 rows)."""
    assert store.commit(extractions=[]) == dict.fromkeys(TABLE_MODELS, 0)
    for name in TABLE_MODELS:
        assert ds.dataset(store.root / name, partitioning="hive").to_table().num_rows == 0


def test_read_table_absent_is_empty_with_schema(store: OutputStore) -> None:
    table = store.read_table("people")
    assert table.num_rows == 0 and table.schema.equals(arrow_schema(PersonRecord))


def test_recommit_same_extraction_no_duplicates(store: OutputStore) -> None:
    """Committing the same extractions again replaces rows; counts do not grow."""
    batch = [make_extraction("a.txt", "A", n_rejects=2), make_extraction("b.txt", "B")]
    first = store.commit(extractions=batch, rejects=[file_reject("c.bin")])
    again = store.commit(extractions=batch, rejects=[file_reject("c.bin")])
    assert first == again == expect(reports=2, items=4, people=6, mentions=2, rejects=3, runs=0)


def test_changed_report_replaces_rows(store: OutputStore) -> None:
    """A file whose content changed: rows of the old report_id go, the new ones come in."""
    store.commit(
        extractions=[make_extraction("a.txt", "A", n_rejects=1), make_extraction("b.txt", "B")]
    )
    result = store.commit(
        extractions=[make_extraction("a.txt", "A v2", n_items=5, n_people=1)],
        replace_uris=[uri("a.txt")],
    )
    assert result == expect(reports=2, items=7, people=4, mentions=2, rejects=0, runs=0)
    reports = store.read_table("reports")
    assert sorted(reports["report_id"].to_pylist()) == sorted([rid("A v2"), rid("B")])
    assert set(store.read_table("agenda_items")["report_id"].to_pylist()) == {rid("A v2"), rid("B")}


def test_changed_file_now_failing_replaces_rows(store: OutputStore) -> None:
    """A changed file that now fails: its old rows go (replace_uris), its reject stays once."""
    store.commit(extractions=[make_extraction("a.txt", "A"), make_extraction("b.txt", "B")])
    for _ in range(2):
        result = store.commit(
            extractions=[],
            rejects=[file_reject("a.txt", "now binary")],
            replace_uris=[uri("a.txt")],
        )
        assert result == expect(reports=1, items=2, people=3, mentions=1, rejects=1, runs=0)
    # the file is fixed: its reject goes, its rows come back
    result = store.commit(extractions=[make_extraction("a.txt", "A fixed")])
    assert result == expect(reports=2, items=4, people=6, mentions=2, rejects=0, runs=0)


def test_remove_uris_prunes_rows_and_rejects(store: OutputStore) -> None:
    """remove_uris drops every row and reject of the file (``run --prune``)."""
    store.commit(
        extractions=[make_extraction("a.txt", "A", n_rejects=1), make_extraction("b.txt", "B")],
        rejects=[file_reject("c.bin")],
    )
    result = store.commit(extractions=[], remove_uris=[uri("a.txt"), uri("c.bin")])
    assert result == expect(reports=1, items=2, people=3, mentions=1, rejects=0, runs=0)
    assert store.read_table("reports")["source_uri"].to_pylist() == [uri("b.txt")]


def test_runs_append_and_missions_replace(store: OutputStore) -> None:
    """runs grows by one per run; missions is replaced whole when given, kept otherwise."""
    mission = MissionRecord(
        acronym="UNMISS",
        name="UN Mission in South Sudan",
        kind="UN_PKO",
        lead_organization="UN",
        countries=["South Sudan"],
    )
    store.commit(
        extractions=[],
        run=run_record(1),
        missions=[mission, mission.model_copy(update={"acronym": "UNTAC"})],
    )
    store.commit(extractions=[], run=run_record(2))
    result = store.commit(extractions=[], run=run_record(3), missions=[mission])
    assert result["runs"] == 3 and result["missions"] == 1
    runs = table_to_records(store.read_table("runs"), RunRecord)
    assert [r.run_id for r in runs] == ["run-1", "run-2", "run-3"]
    assert runs[0] == run_record(1)


def test_round_trip_through_store(store: OutputStore) -> None:
    """What is read back validates into records equal to what was committed."""
    extraction = make_extraction("a.txt", "A", n_rejects=1)
    store.commit(extractions=[extraction])
    for name, records in extraction.tables().items():
        assert table_to_records(store.read_table(name), TABLE_MODELS[name]) == records


def test_duplicate_content_stored_once(store: OutputStore) -> None:
    """Two paths with identical bytes: rows once (smallest URI), the other path a reject."""
    result = store.commit(
        extractions=[make_extraction("b.txt", "same"), make_extraction("a.txt", "same")]
    )
    assert result == expect(reports=1, items=2, people=3, mentions=1, rejects=1, runs=0)
    assert store.read_table("reports")["source_uri"].to_pylist() == [uri("a.txt")]
    reject = store.read_table("rejects").to_pylist()[0]
    assert (reject["source_uri"], reject["error_type"], reject["report_id"]) == (
        uri("b.txt"),
        DUPLICATE_ERROR,
        rid("same"),
    )
    states = store.report_states()
    assert states[uri("b.txt")].duplicate_of == uri("a.txt")
    files = {uri("a.txt"): rid("same"), uri("b.txt"): rid("same")}
    plan = plan_run(files, states, **VERSIONS)
    assert (plan.new, plan.changed, plan.unchanged) == ([], [], [uri("a.txt"), uri("b.txt")])


def test_plan_run_classifies() -> None:
    """new / changed (content or versions) / unchanged / missing / duplicates."""

    def state(name: str, content: str, **versions: str) -> ReportState:
        return ReportState(report_id=rid(content), source_uri=uri(name), **{**VERSIONS, **versions})

    states = {
        s.source_uri: s
        for s in [
            state("same.txt", "S"),
            state("edited.txt", "E"),
            state("old-model.txt", "M", model_name="en_core_web_sm"),
            state("gone.txt", "G"),
            state("moved-from.txt", "MV"),
        ]
    }
    files = {
        uri("same.txt"): rid("S"),
        uri("edited.txt"): rid("E2"),
        uri("old-model.txt"): rid("M"),
        uri("fresh.txt"): rid("F"),
        uri("copy-of-same.txt"): rid("S"),
        uri("moved-to.txt"): rid("MV"),
    }
    plan = plan_run(files, states, **VERSIONS)
    assert plan.new == [uri("fresh.txt"), uri("moved-to.txt")]
    assert plan.changed == [uri("edited.txt"), uri("old-model.txt")]
    assert plan.unchanged == [uri("copy-of-same.txt"), uri("same.txt")]
    assert plan.duplicates == {uri("copy-of-same.txt"): uri("same.txt")}
    assert plan.missing == [uri("gone.txt"), uri("moved-from.txt")]
    rejected = [uri("failed-then-deleted.txt"), uri("fresh.txt")]
    plan = plan_run(files, states, **VERSIONS, rejected=rejected)
    assert plan.missing == [uri("failed-then-deleted.txt"), uri("gone.txt"), uri("moved-from.txt")]
    assert plan.new == [uri("fresh.txt"), uri("moved-to.txt")]
    # same.txt could not be read by the last run (a reject without report_id): now that it
    # reads with its stored bytes it is re-extracted, so that the stale reject goes
    plan = plan_run(files, states, **VERSIONS, unread=[uri("same.txt"), uri("gone.txt")])
    assert plan.changed == [uri("edited.txt"), uri("old-model.txt"), uri("same.txt")]
    assert plan.unchanged == [uri("copy-of-same.txt")]
    assert plan.missing == [uri("gone.txt"), uri("moved-from.txt")]


def test_moved_file_replaces_its_rows(store: OutputStore) -> None:
    """A renamed file (same bytes, new path) ends with one reports row, under the new path."""
    store.commit(extractions=[make_extraction("old.txt", "X")])
    plan = plan_run({uri("new.txt"): rid("X")}, store.report_states(), **VERSIONS)
    assert plan.new == [uri("new.txt")] and plan.missing == [uri("old.txt")]
    result = store.commit(extractions=[make_extraction("new.txt", "X")])
    assert result == expect(reports=1, items=2, people=3, mentions=1, rejects=0, runs=0)
    assert list(store.report_states()) == [uri("new.txt")]


def test_duplicate_recorded_from_plan(store: OutputStore) -> None:
    """A copy added later is recorded via commit(duplicates=plan.duplicates), once."""
    store.commit(extractions=[make_extraction("a.txt", "A")])
    files = {uri("a.txt"): rid("A"), uri("z.txt"): rid("A")}
    for _ in range(2):
        plan = plan_run(files, store.report_states(), **VERSIONS)
        assert plan.to_extract == [] and plan.duplicates == {uri("z.txt"): uri("a.txt")}
        result = store.commit(extractions=[], duplicates=plan.duplicates)
        assert result == expect(reports=1, items=2, people=3, mentions=1, rejects=1, runs=0)
    # the original changes: the copy is extracted under its own path
    files[uri("a.txt")] = rid("A2")
    plan = plan_run(files, store.report_states(), **VERSIONS)
    assert plan.changed == [uri("a.txt"), uri("z.txt")]
    result = store.commit(
        extractions=[make_extraction("a.txt", "A2"), make_extraction("z.txt", "A")],
        replace_uris=plan.changed,
    )
    assert result == expect(reports=2, items=4, people=6, mentions=2, rejects=0, runs=0)


def test_readers_read_every_table(store: OutputStore) -> None:
    """pyarrow dataset (hive), DuckDB read_parquet glob and polars read all tables."""
    store.commit(
        extractions=[make_extraction("a.txt", "A"), make_extraction("b.txt", "B")],
        rejects=[file_reject("c.bin")],
        run=run_record(1),
    )
    expected = counts(store)
    for name, n in expected.items():
        folder = store.root / name
        assert ds.dataset(folder, partitioning="hive").to_table().num_rows == n
        query = f"SELECT count(*) FROM read_parquet('{folder}/**/*.parquet')"
        assert duckdb.sql(query).fetchall() == [(n,)]
        assert pl.scan_parquet(folder).collect().height == n
        assert pl.scan_parquet(f"{folder}/**/*.parquet").collect().height == n


def test_stale_temp_files_ignored_and_cleaned(store: OutputStore) -> None:
    """Half-written temp files of a killed run are invisible to readers and removed."""
    store.commit(extractions=[make_extraction("a.txt", "A")])
    stale = [
        store.root / ".tmp" / ".data.parquet.people.999.dead.tmp",
        store.root / "people" / ".data.parquet.999.dead.tmp",
    ]
    for path in stale:
        path.write_bytes(b"PAR1 half written")
    assert ds.dataset(store.root / "people", partitioning="hive").to_table().num_rows == 3
    assert duckdb.sql(
        f"SELECT count(*) FROM read_parquet('{store.root}/people/**/*.parquet')"
    ).fetchall() == [(3,)]
    with store.lock():
        assert [p.exists() for p in stale] == [False, False]
    assert pl.scan_parquet(store.root / "people").collect().height == 3


def test_lock_contention_message(store: OutputStore) -> None:
    """A second writer fails at once with a message naming the holder and the fix."""
    other = OutputStore(store.root)
    with store.lock():
        with pytest.raises(StoreError) as info:
            with other.lock():
                pass
        message = str(info.value)
        assert message.startswith(f"another pko-extract run (pid {os.getpid()}, started 20")
        assert message.endswith(
            f"is writing to {store.root}; wait for it to finish or pass --wait SECONDS"
        )
        with pytest.raises(StoreError, match="another pko-extract run"):
            other.commit(extractions=[make_extraction("a.txt", "A")])
    assert other.commit(extractions=[make_extraction("a.txt", "A")])["reports"] == 1


def test_lock_waits_for_holder(tmp_path: Path) -> None:
    """With wait_seconds, a second process waits until the first releases the lock."""
    root = tmp_path / "output"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import time
            from pathlib import Path
            from pko_extract.store import OutputStore
            with OutputStore(Path({str(root)!r})).lock():
                print("locked", flush=True)
                time.sleep(1.0)
        """),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
    store = OutputStore(root)
    with pytest.raises(StoreError, match=f"pid {holder.pid}"):
        with store.lock(wait_seconds=0.1):
            pass
    start = time.monotonic()
    with store.lock(wait_seconds=10):
        waited = time.monotonic() - start
    holder.wait(timeout=10)
    assert 0.3 < waited < 5


WRITER = """
import sys
from pathlib import Path
sys.path.insert(0, {tests!r})
from test_store import make_extraction
from pko_extract.store import OutputStore
store = OutputStore(Path({root!r}))
n = 0
while True:
    n += 1
    store.commit(extractions=[make_extraction(f"r{{k}}.txt", f"R{{k}} v{{n}}", n_items=k % 4)
                              for k in range(20)],
                 replace_uris=[f"file:///raw/r{{k}}.txt" for k in range(20)])
    print(n, flush=True)
"""


@pytest.mark.parametrize("delay", [0.0, 0.004, 0.011, 0.023, 0.037])
def test_kill_9_leaves_output_readable(tmp_path: Path, delay: float) -> None:
    """kill -9 at any moment: every table stays readable, the next commit repairs the rest."""
    root = tmp_path / "output"
    OutputStore(root).commit(
        extractions=[make_extraction(f"r{k}.txt", f"R{k} v0", n_items=k % 4) for k in range(20)]
    )
    code = WRITER.format(tests=str(Path(__file__).parent), root=str(root))
    writer = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert writer.stdout is not None and writer.stdout.readline() == "1\n"  # mid-loop from now
    time.sleep(delay)
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    store = OutputStore(root)
    for name in TABLE_MODELS:
        assert ds.dataset(root / name, partitioning="hive").to_table().num_rows >= 0
        store.read_table(name)
    # the next run: each report is either current or re-extracted; never duplicated
    final = [make_extraction(f"r{k}.txt", f"R{k} final", n_items=k % 4) for k in range(20)]
    result = store.commit(
        extractions=final, replace_uris=[f"file:///raw/r{k}.txt" for k in range(20)]
    )
    assert result == expect(
        reports=20, items=sum(k % 4 for k in range(20)), people=60, mentions=20, rejects=0, runs=0
    )
    assert list((root / ".tmp").iterdir()) == []


def test_orphan_child_rows_are_dropped(store: OutputStore) -> None:
    """Child rows whose report has no reports row (a crash before reports) are cleaned up."""
    store.commit(extractions=[make_extraction("a.txt", "A")])
    orphan = make_extraction("b.txt", "B")
    # simulate a crash after the child tables but before reports were written
    people = pa.concat_tables(
        [store.read_table("people"), records_to_table(orphan.people, PersonRecord)]
    )
    pq.write_table(people, store.root / "people" / "data.parquet")
    assert store.read_table("people").num_rows == 6
    result = store.commit(extractions=[])
    assert result["people"] == 3


def test_commit_without_changes_keeps_table_files(store: OutputStore) -> None:
    """A run with nothing new only appends to runs: the other files are not rewritten."""
    store.commit(extractions=[make_extraction("a.txt", "A")], rejects=[file_reject("c.bin")])
    before = {name: (store.root / name / "data.parquet").stat().st_ino for name in TABLE_MODELS}
    result = store.commit(extractions=[], run=run_record(1))
    assert result == expect(reports=1, items=2, people=3, mentions=1, rejects=1, runs=1)
    after = {name: (store.root / name / "data.parquet").stat().st_ino for name in TABLE_MODELS}
    assert [name for name in TABLE_MODELS if before[name] != after[name]] == ["runs"]


def test_output_of_an_older_schema_is_read_and_marked_stale(store: OutputStore) -> None:
    """A reports file written by an older schema (a list column missing, old version in its
    metadata) is still read, its new list column empty, and every report in it is stale, so
    the next run re-extracts it instead of failing."""
    store.commit(extractions=[make_extraction("a.txt", "A")])
    path = store.table_path("reports")
    old = pq.read_table(path).drop_columns(["organizer_start_chars"])
    meta = dict(old.schema.metadata or {})
    meta[b"pko_extract.schema_version"] = b"0.9"
    pq.write_table(old.replace_schema_metadata(meta), path)

    table = store.read_table("reports")
    assert table["organizer_start_chars"].to_pylist() == [[]]
    state = store.report_states()[uri("a.txt")]
    assert state.pipeline_version == f"{VERSIONS['pipeline_version']} (schema 0.9)"
    plan = plan_run({uri("a.txt"): rid("A")}, store.report_states(), **VERSIONS)
    assert (plan.new, plan.changed, plan.unchanged) == ([], [uri("a.txt")], [])


def test_shared_store_is_one_object_per_folder(tmp_path: Path) -> None:
    """The CLI and the flow get the same OutputStore for a folder (the lock is per object),
    whatever spelling of the path they use; another folder gets another store."""
    from pko_extract.store import shared_store

    first = shared_store(tmp_path / "out")
    assert shared_store(str(tmp_path / "out" / ".." / "out")) is first
    assert shared_store(tmp_path / "other") is not first
    with first.lock(), shared_store(tmp_path / "out").lock():  # re-entrant: no StoreError
        assert (tmp_path / "out" / ".lock").exists()


def test_staged_parts_commit_like_the_same_extractions_in_memory(tmp_path: Path) -> None:
    from pko_extract.staging import write_stage_part

    extractions = [make_extraction(f"r{n}.txt", f"report {n}", n_rejects=n % 2) for n in range(3)]
    in_memory, staged = OutputStore(tmp_path / "a"), OutputStore(tmp_path / "b")
    in_memory.commit(extractions=extractions)
    with staged.lock():  # a stage lives while its run holds the lock
        stage = staged.new_stage("run-1")
        write_stage_part(stage, 1, extractions[:2])
        write_stage_part(stage, 2, extractions[2:])
        rows = staged.commit(extractions=[], staged=stage)

    assert rows == {name: in_memory.read_table(name).num_rows for name in rows}
    for name in rows:
        assert staged.read_table(name).equals(in_memory.read_table(name)), name
    assert not stage.exists()


def test_stage_of_a_killed_run_is_removed_by_the_next_lock(store: OutputStore) -> None:
    with store.lock():
        stage = store.new_stage("killed")
        (stage / "reports").mkdir()
    assert stage.exists()

    with store.lock():
        assert not stage.exists()
