"""Batches on a Dask cluster (``run --dask``): the same tables as the local path, one model
load per worker, a killed worker's batch redone, no Dask noise on the command line.

The cluster is a real ``distributed.LocalCluster`` of 2 worker processes on loopback, started
here; the flow reaches it through prefect-dask's ``DaskTaskRunner`` by its address, as it
would a cluster on other machines.
"""

from __future__ import annotations

import importlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pko_extract import batches_remote, staging
from pko_extract.batches import BatchItem
from pko_extract.batches_remote import DaskTarget, parse_dask_target
from pko_extract.config import get_settings
from pko_extract.errors import PkoExtractError, SchemaError, UsageError
from pko_extract.ingest import hash_file, source_uri
from pko_extract.runs import Versions
from tests.conftest import REPO, REPORT_TABLES, read_table

FIXTURES = REPO / "tests" / "fixtures" / "reports"
#: Columns that differ between two runs of the same reports (run ids and timestamps).
RUN_COLUMNS = {"extracted_at", "rejected_at", "run_id", "started_at", "finished_at"}


@pytest.mark.parametrize(
    ("value", "target", "local"),
    [
        ("local", DaskTarget(None, 2), True),
        ("local:3", DaskTarget(None, 3), True),
        ("tcp://127.0.0.1:8786", DaskTarget("tcp://127.0.0.1:8786"), True),
        ("[::1]:8786", DaskTarget("[::1]:8786"), True),
        ("localhost:8786", DaskTarget("localhost:8786"), True),
        ("tcp://10.0.0.5:8786", DaskTarget("tcp://10.0.0.5:8786"), False),
        ("sched.example.org", DaskTarget("sched.example.org"), False),
    ],
    ids=["cores", "count", "loopback", "ipv6-loopback", "localhost", "remote", "host-only"],
)
def test_a_dask_value_names_a_local_cluster_or_a_scheduler(
    value: str, target: DaskTarget, local: bool
) -> None:
    assert parse_dask_target(value, cores=2) == target
    assert target.on_this_machine is local


@pytest.mark.parametrize("value", ["", "local:0", "local:x", "tcp://a b", "http://x/y"])
def test_a_bad_dask_value_is_a_usage_error(value: str) -> None:
    with pytest.raises(UsageError, match="--dask"):
        parse_dask_target(value)


def test_a_run_without_dask_imports_no_dask() -> None:
    """The default path (and `run` starting up) stays free of Dask's imports."""
    code = (
        "import sys, flows.entry, flows.pipeline\n"
        "print(sorted(m for m in ('dask', 'distributed', 'prefect_dask') if m in sys.modules))"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO / "src"), str(REPO)])}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300
    )
    assert result.stdout.strip() == "[]", result.stderr


def test_the_command_refuses_a_bad_dask_value_before_planning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pko_extract import cli

    def no_flow(*args: object, **kwargs: object) -> None:
        raise AssertionError("the flow must not start")

    raw = tmp_path / "raw"
    raw.mkdir()
    runner = cli.Runner(run=no_flow, serve=no_flow)  # type: ignore[arg-type]
    status = cli.main(
        ["run", str(raw), "-o", str(tmp_path / "out"), "--dask", "local:0"], runner=runner
    )

    assert status == 2
    assert capsys.readouterr().err == (
        "pko-extract: error: --dask 'local:0': the worker count must be a number >= 1\n"
    )
    assert not (tmp_path / "out").exists()


def test_the_setting_pko_dask_is_the_default_of_the_option(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from pko_extract import cli

    asked: list[str] = []

    def flow(paths: list[Path], **kwargs: Any) -> None:
        asked.append(kwargs["dask"])
        raise UsageError("stop here")

    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(FIXTURES / "f01_program_seminar.txt", raw / "f01.txt")
    monkeypatch.setenv("PKO_DASK", "local:3")
    get_settings.cache_clear()
    runner = cli.Runner(run=flow, serve=flow)  # type: ignore[arg-type]
    try:
        out = str(tmp_path / "out")
        assert cli.main(["run", str(raw), "-o", out], runner=runner) == 2
        assert cli.main(["run", str(raw), "-o", out, "--dask", "local:1"], runner=runner) == 2
    finally:
        get_settings.cache_clear()

    assert asked == ["local:3", "local:1"]
    assert capsys.readouterr().err == "pko-extract: error: stop here\n" * 2


@pytest.mark.parametrize("api", ["", "http://127.0.0.1:4200/api"], ids=["none", "loopback"])
def test_a_remote_cluster_needs_a_prefect_server_its_workers_can_reach(api: str) -> None:
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from flows.dask_runner import api_for_workers

    with (
        temporary_settings({PREFECT_API_URL: api}),
        pytest.raises(UsageError, match="need a Prefect server they can reach"),
        api_for_workers(DaskTarget("tcp://10.0.0.5:8786")),
    ):
        raise AssertionError("the run must not start")


def _items(*paths: Path) -> list[BatchItem]:
    return [BatchItem(str(p), hash_file(p), source_uri(p)) for p in paths]


def test_a_worker_batch_sends_its_rows_as_arrow_and_keeps_a_failing_report_a_reject(
    tmp_path: Path, blank_model: None
) -> None:
    """The rows staged from a worker's Arrow bytes are those the local path stages; a report
    that fails (here: changed after planning) is a reject, and the batch goes on."""
    good = tmp_path / "f01.txt"
    shutil.copy(FIXTURES / "f01_program_seminar.txt", good)
    changed = tmp_path / "f04.txt"
    shutil.copy(FIXTURES / "f04_press_release.txt", changed)
    items = _items(good, changed)
    changed.write_text("another text entirely\n", encoding="utf-8")
    versions = Versions.current()

    batch = batches_remote.extract_batch_remote(
        items, versions, batches_remote.extraction_settings()
    )
    remote = batches_remote.stage_remote_batch(tmp_path / "remote", 1, batch)
    local = batches_remote.batches.extract_batch(items, versions, str(tmp_path / "local"), 1)

    assert [(o.source_uri, o.ok) for o in remote] == [
        (items[0].source_uri, True),
        (items[1].source_uri, False),
    ]
    assert remote[1].reject is not None and "changed during the run" in remote[1].reject.message
    assert [o.ok for o in local] == [True, False]
    assert batch.worker_pid == os.getpid()
    for name in staging.EXTRACTION_TABLES:
        assert (tmp_path / "remote" / name).is_dir() == (tmp_path / "local" / name).is_dir()
    rows = staging.new_rows([], tmp_path / "remote")
    assert rows["reports"].num_rows == 1
    assert _rows(rows["people"]) == _rows(staging.new_rows([], tmp_path / "local")["people"])


def test_a_worker_with_other_settings_fails_its_batch(tmp_path: Path, blank_model: None) -> None:
    """A worker whose PKO_ settings would change the rows does not write other rows."""
    path = tmp_path / "f01.txt"
    shutil.copy(FIXTURES / "f01_program_seminar.txt", path)
    run_settings = {**batches_remote.extraction_settings(), "role_model": True}

    with pytest.raises(PkoExtractError, match=r"settings differ from the run's \(role_model\)"):
        batches_remote.extract_batch_remote(_items(path), Versions.current(), run_settings)


def test_rows_of_an_unknown_table_are_refused() -> None:
    table = staging.batch_tables([])  # no rows at all: nothing to send
    assert table == {}
    with pytest.raises(SchemaError, match="unknown table 'secrets'"):
        staging.tables_from_ipc({"secrets": b""})


# --------------------------------------------------------------------------------------
# On a LocalCluster of 2 workers
# --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    """A LocalCluster of 2 single-thread worker processes on loopback, and a client to it."""
    importlib.import_module("flows.dask_runner")  # sets Dask's log level before its import
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",
        ) as local,
        Client(local) as client,
    ):
        yield client


def _raw(folder: Path) -> Path:
    """The invented fixture reports, and a file that fails at ingest (a reject)."""
    folder.mkdir(parents=True)
    for path in sorted(FIXTURES.glob("*.txt")):
        shutil.copy(path, folder / path.name)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\nbroken")  # rejected in its batch
    return folder


def _rows(table: Any, raw: Path | None = None) -> list[str]:
    """The rows as sorted JSON lines, without run ids and timestamps (and with the folder
    of the reports, ``raw``, written RAW)."""
    rows = [{k: v for k, v in row.items() if k not in RUN_COLUMNS} for row in table.to_pylist()]
    lines = [json.dumps(row, sort_keys=True, default=str) for row in rows]
    if raw is not None:
        lines = [line.replace(str(raw), "RAW") for line in lines]
    return sorted(lines)


def _tables(output: Path, raw: Path) -> dict[str, list[str]]:
    names = [*REPORT_TABLES, "rejects", "missions"]
    return {name: _rows(read_table(output, name), raw) for name in names}


@pytest.fixture(scope="module")
def local_tables(
    tmp_path_factory: pytest.TempPathFactory, prefect_harness: None
) -> dict[str, list[str]]:
    """The tables of the fixture reports through the local path (no Dask)."""
    from flows.pipeline import run_flow

    tmp = tmp_path_factory.mktemp("local")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PKO_MODEL_NAME", "blank")
        get_settings.cache_clear()
        summary = run_flow([_raw(tmp / "raw")], output=tmp / "out")
    get_settings.cache_clear()
    assert (summary.n_new, summary.n_failed) == (14, 1)
    return _tables(tmp / "out", tmp / "raw")


def _model_loads(client: Any) -> dict[str, tuple[int, int]]:
    """Per worker: (pipelines built, pipelines asked for) since the last clear."""

    def loads() -> tuple[int, int]:
        from pko_extract import recognize

        info = recognize._cached_nlp.cache_info()
        return info.misses, info.hits + info.misses

    return dict(client.run(loads))


def _clear_models(client: Any) -> None:
    def clear() -> None:
        from pko_extract import recognize

        recognize._cached_nlp.cache_clear()

    client.run(clear)


@pytest.mark.flow
@pytest.mark.usefixtures("prefect_harness", "blank_model")
def test_the_dask_path_writes_the_tables_of_the_local_path_loading_the_model_once_per_worker(
    tmp_path: Path, cluster: Any, local_tables: dict[str, list[str]]
) -> None:
    from flows.pipeline import run_flow

    _clear_models(cluster)
    summary = run_flow(
        [_raw(tmp_path / "raw")], output=tmp_path / "out", dask=cluster.scheduler.address
    )

    assert (summary.n_new, summary.n_failed, summary.exit_code) == (14, 1, 1)
    assert _tables(tmp_path / "out", tmp_path / "raw") == local_tables
    loads = _model_loads(cluster)
    # 15 files in batches of 2 (4 batches per worker thread): 8 batches, one pipeline per worker
    assert sum(asked for _, asked in loads.values()) == 8
    assert sorted(built for built, _ in loads.values()) == [1, 1]


@pytest.mark.flow
@pytest.mark.usefixtures("prefect_harness", "blank_model")
def test_a_worker_killed_mid_run_ends_in_the_complete_output(
    tmp_path: Path, cluster: Any, local_tables: dict[str, list[str]]
) -> None:
    """kill -9 of the worker process running a batch: Dask runs the batch again on another
    worker; the run's output is complete and correct."""
    from flows.pipeline import run_flow

    def slow() -> None:
        os.environ["PKO_TEST_SLEEP_PER_REPORT"] = "0.4"  # this process only; a new one is fast

    cluster.run(slow)
    pids: dict[str, int] = cluster.run(os.getpid)
    killed: list[int] = []

    def kill_a_busy_worker() -> None:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            busy = [w for w, keys in cluster.processing().items() if keys and w in pids]
            if busy:
                time.sleep(0.3)  # inside the batch
                killed.append(pids[busy[0]])
                os.kill(pids[busy[0]], signal.SIGKILL)
                return
            time.sleep(0.05)

    killer = threading.Thread(target=kill_a_busy_worker)
    killer.start()
    try:
        raw, out = _raw(tmp_path / "raw"), tmp_path / "out"
        first = run_flow([raw], output=out, dask=cluster.scheduler.address)
    finally:
        killer.join()
        cluster.run(lambda: os.environ.pop("PKO_TEST_SLEEP_PER_REPORT", None))

    assert len(killed) == 1
    # Dask ran the lost batch again on the other worker (it gives up on a batch only after
    # its worker died 3 times: KilledWorker, then its reports are rejects that the next run
    # extracts again); Prefect's task run of it ended Completed
    assert (first.n_new, first.n_failed) == (14, 1)
    assert _tables(out, raw) == local_tables
    cluster.wait_for_workers(2, timeout=120)  # the nanny started a new process


#: stderr of a successful ``run --dask``: the plan line and progress lines, nothing else.
QUIET_LINE = re.compile(r"^(\d+ report files: .*|\[\d+/\d+\] (extracted|failed) .*)$")


@pytest.mark.flow
def test_the_command_on_a_local_cluster_prints_no_dask_lines(
    tmp_path: Path, cli_env: dict[str, str], local_tables: dict[str, list[str]]
) -> None:
    """`pko-extract run --dask local:2`: a LocalCluster of its own, Prefect's temporary
    server for its workers, the tables of the local path, and only pko-extract's lines."""
    raw, out = _raw(tmp_path / "raw"), tmp_path / "out"
    env = {**cli_env, "PYTHONPATH": os.pathsep.join([str(REPO / "src"), str(REPO)])}
    result = subprocess.run(
        [sys.executable, "-m", "flows.entry", "run", str(raw), "-o", str(out)]
        + ["--dask", "local:2"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )

    assert result.returncode == 1, result.stderr  # broken.pdf
    assert [line for line in result.stderr.splitlines() if not QUIET_LINE.match(line)] == []
    assert result.stdout.startswith("15 reports: 14 new, 0 changed, 0 unchanged, 1 failed\n")
    assert _tables(out, raw) == local_tables


@pytest.mark.flow
def test_the_workers_of_the_runs_own_cluster_log_critical_lines_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A LocalCluster's workers, spawned with the runner's settings, log nothing below
    CRITICAL from any Dask logger (a heartbeat that meets the closing scheduler logs an ERROR
    from ``distributed.worker``, which its nanny's ``silence_logs`` does not cover)."""
    import logging

    from distributed import Client, LocalCluster

    from flows import dask_runner

    # restored at teardown: the runner sets the variable for the workers it spawns
    monkeypatch.delenv("DASK_LOGGING__DISTRIBUTED", raising=False)
    monkeypatch.setattr(dask_runner, "_USER_LOG_LEVEL", False)
    runner = dask_runner.task_runner(DaskTarget(address=None, workers=1))
    with LocalCluster(**runner.cluster_kwargs) as cluster, Client(cluster) as client:
        levels = client.run(
            lambda: [
                logging.getLogger(name).getEffectiveLevel()
                for name in ("distributed", "distributed.worker", "distributed.nanny")
            ]
        )
    assert list(levels.values()) == [[logging.CRITICAL] * 3]
