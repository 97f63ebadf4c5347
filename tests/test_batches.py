"""batches.ExtractorPool: a worker process that dies loses only the batches it held.

Python's process pool is broken for good once one of its processes dies; the ExtractorPool
starts a new one and says which batch was lost (``WorkerLost``), so the flow's
``extract-batch`` task runs it again and the run ends with every report written.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import pytest
from conftest import REPORT_TABLES, expected_rows, read_table

from pko_extract import batches
from pko_extract.batches import ExtractorPool, WorkerLost


def _die_on_first_call(items, versions, stage, number):
    """Stand-in for extract_batch, run in a worker: the first batch of a stage folder kills
    its own process. Batch 2 says it started, and once a worker was killed takes a minute
    (the broken pool ends its process first)."""
    marker = Path(stage) / "killed"
    if number == 2 and not marker.exists():
        (Path(stage) / "started-2").touch()
        while not marker.exists():
            time.sleep(0.05)
        time.sleep(60)
    elif not marker.exists():
        marker.touch()
        os.kill(os.getpid(), signal.SIGKILL)
    return [f"batch {number}"]


def test_a_killed_worker_loses_its_batch_and_the_pool_runs_the_next_ones(tmp_path):
    with ExtractorPool(2, run=_die_on_first_call) as pool:
        with pytest.raises(WorkerLost, match="^batch 1: its worker process ended"):
            pool.extract([], None, str(tmp_path), 1)
        assert pool.restarts == 1
        assert pool.extract([], None, str(tmp_path), 3) == ["batch 3"]
    assert pool.restarts == 1


def test_batches_in_flight_when_a_worker_dies_are_lost_and_the_pool_restarts_once(tmp_path):
    """The other worker's batch fails too (Python ends every process of a broken pool);
    both batches ask for a new pool, one is started, and both then run."""
    lost: list[BaseException] = []

    def slow_batch() -> None:
        try:
            pool.extract([], None, str(tmp_path), 2)
        except WorkerLost as exc:
            lost.append(exc)

    with ExtractorPool(2, run=_die_on_first_call) as pool:
        slow = threading.Thread(target=slow_batch)
        slow.start()
        deadline = time.monotonic() + 120
        while not (tmp_path / "started-2").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        with pytest.raises(WorkerLost, match="^batch 1: "):
            pool.extract([], None, str(tmp_path), 1)
        slow.join(timeout=120)
        assert [str(e).split(":")[0] for e in lost] == ["batch 2"]
        assert pool.restarts == 1
        assert pool.extract([], None, str(tmp_path), 1) == ["batch 1"]
        assert pool.extract([], None, str(tmp_path), 2) == ["batch 2"]


def _kill_first_batch_then_extract(items, versions, stage, number):
    """Worker stand-in for the flow: the run's first batch kills its worker once, then
    every batch is extracted by the real extract_batch."""
    marker = Path(stage).parent / f"killed-{Path(stage).name}"
    if not marker.exists():
        marker.touch()
        os.kill(os.getpid(), signal.SIGKILL)
    return batches.extract_batch(items, versions, stage, number)


@pytest.mark.flow
@pytest.mark.usefixtures("prefect_harness", "blank_model")
def test_a_run_whose_worker_is_killed_mid_batch_writes_every_report(
    tmp_path, write_report, monkeypatch
):
    """The lost batch is retried by its task on the new workers: no reject, no lost row."""
    from flows.pipeline import pko_extract_flow

    monkeypatch.setattr(batches, "worker_count", lambda n_reports, cores=None: 2)
    monkeypatch.setattr(batches, "extract_batch", _kill_first_batch_then_extract)
    raw, out = tmp_path / "raw", tmp_path / "out"
    paths = [write_report(raw, f"r{n}.txt", n) for n in range(4)]

    summary = pko_extract_flow(paths=[str(raw)], output=str(out))

    assert (summary.n_found, summary.n_new, summary.n_failed) == (4, 4, 0)
    assert {n: read_table(out, n).num_rows for n in REPORT_TABLES} == expected_rows(*paths)
    assert list((out / ".tmp").glob("killed-*")) != []  # a worker was killed


def _pid_and_warm(items, versions, stage, number):
    """Worker stand-in: its process id, and whether the worker warmed up (spaCy loaded)."""
    import sys

    from pko_extract import recognize

    return [os.getpid(), "spacy" in sys.modules and recognize._cached_nlp.cache_info().currsize > 0]


@pytest.mark.usefixtures("blank_model")
def test_a_pool_with_a_model_starts_every_worker_on_entry_and_warms_them_up():
    """Started before the run needs them (flows/entry.py), the workers load the model and
    extract a text once while the command starts Prefect; the batches then find them ready."""
    with ExtractorPool(2, run=_pid_and_warm, warm_model="blank") as pool:
        started = set(pool._executor._processes)  # before any batch was submitted
        assert len(started) == 2
        pid, warm = pool.extract([], None, None, 1)
        assert pid in started
        assert warm is True


@pytest.mark.usefixtures("blank_model")  # also clears the cached settings after the test
def test_warm_up_extracts_its_text_with_the_blank_model():
    from pko_extract import extract, recognize

    batches.warm_up("blank")

    assert recognize._cached_nlp.cache_info().currsize > 0
    doc = batches.Document("0" * 64, "file:///w.txt", "w.txt", batches.WARM_UP_TEXT)
    (extraction,) = extract.extract_documents([doc], nlp=extract.get_nlp("blank"))
    assert [p.name for p in extraction.people] == ["Kofi Example"]
