"""A run killed with SIGKILL mid-way leaves readable output, and the next run repairs it.

A real ``pko-extract run`` subprocess is slowed down per report with the test-only hook
``PKO_TEST_SLEEP_PER_REPORT`` and killed (with its temporary Prefect server: the whole
process group) once it has extracted a few reports.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time

import pytest
from conftest import PKO_EXTRACT, REPORT_TABLES, expected_rows, read_all_parquet, read_table

pytestmark = pytest.mark.flow

N_FIRST, N_TOTAL = 3, 12


def test_sigkill_mid_run_keeps_output_readable_and_next_run_has_one_row_set_per_report(
    tmp_path, write_report, cli_env
):
    raw, out = tmp_path / "raw", tmp_path / "out"
    for n in range(N_FIRST):
        write_report(raw, f"r{n:02d}.txt", n)
    first = subprocess.run(
        [str(PKO_EXTRACT), "run", str(raw), "-o", str(out)],
        env=cli_env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert first.returncode == 0, first.stderr
    before = read_all_parquet(out)

    for n in range(N_FIRST, N_TOTAL):
        write_report(raw, f"r{n:02d}.txt", n)
    write_report(raw, "r00.txt", 0, extra="Closing Remarks:\n\nDr. Amina DIALLO, Rector\n")
    slow_env = {**cli_env, "PKO_TEST_SLEEP_PER_REPORT": "0.5"}
    proc = subprocess.Popen(
        [str(PKO_EXTRACT), "run", str(raw), "-o", str(out)],
        env=slow_env,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        start_new_session=True,
    )
    seen = []
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            line = proc.stderr.readline()
            seen.append(line)
            if line.startswith("[4/"):
                break
            assert line, f"run ended before it could be killed: {seen}"
        else:
            pytest.fail(f"no progress within 240 s: {seen}")
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # the run and its temporary Prefect server
        proc.wait(timeout=30)
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL

    # the killed run committed nothing: the previous output is whole and readable
    assert read_all_parquet(out) == before

    rerun = subprocess.run(
        [str(PKO_EXTRACT), "run", str(raw), "-o", str(out)],
        env=cli_env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert rerun.returncode == 0, rerun.stderr
    assert "Traceback" not in rerun.stderr
    assert f"{N_TOTAL} reports: {N_TOTAL - N_FIRST} new, 1 changed" in rerun.stdout

    reports = read_table(out, "reports").to_pylist()
    assert sorted(r["source_name"] for r in reports) == [f"r{n:02d}.txt" for n in range(N_TOTAL)]
    rows = {name: read_table(out, name).num_rows for name in REPORT_TABLES}
    assert rows == expected_rows(*sorted(raw.iterdir()))
    assert read_table(out, "runs").num_rows == 2


def _server_children(pid: int) -> list[int]:
    """The processes started by ``pid`` that run Prefect's temporary server (uvicorn)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            with open(f"/proc/{entry}/cmdline", "rb") as f:
                cmdline = f.read()
        except (OSError, ValueError, IndexError):
            continue
        if ppid == pid and b"uvicorn" in cmdline:
            found.append(int(entry))
    return found


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_sigkill_of_the_run_alone_ends_its_temporary_prefect_server(
    tmp_path, write_report, cli_env
):
    """kill -9 of the pko-extract process only (not its process group): the temporary
    Prefect server it started ends too (issue 11: no process outlives the run). The run
    starts that server process when its in-process one is turned off."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    for n in range(4):
        write_report(raw, f"r{n:02d}.txt", n)
    env = {
        **cli_env,
        "PREFECT_HOME": str(tmp_path / "home"),
        "PKO_TEST_SLEEP_PER_REPORT": "2",
        "PKO_PREFECT_IN_PROCESS": "false",
    }
    proc = subprocess.Popen(
        [str(PKO_EXTRACT), "run", str(raw), "-o", str(out)],
        env=env,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        start_new_session=True,
    )
    try:
        line = proc.stderr.readline()  # the plan line: the server is starting or started
        assert line, "run ended before it could be killed"
        servers: list[int] = []
        deadline = time.monotonic() + 120
        while not servers and time.monotonic() < deadline and proc.poll() is None:
            servers = _server_children(proc.pid)
            time.sleep(0.2)
        assert servers, "no temporary Prefect server was started"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        deadline = time.monotonic() + 60
        while any(_alive(s) for s in servers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not [s for s in servers if _alive(s)], "the server outlived the killed run"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.stderr.close()


def test_a_run_serves_prefect_in_its_own_process_and_starts_no_server_process(
    tmp_path, write_report, cli_env
):
    """Without a Prefect server the run serves Prefect's API itself (flows/local_server.py):
    while its flow runs, no server process exists that a kill -9 could leave behind."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    for n in range(2):
        write_report(raw, f"r{n:02d}.txt", n)
    env = {**cli_env, "PREFECT_HOME": str(tmp_path / "home"), "PKO_TEST_SLEEP_PER_REPORT": "2"}
    env.pop("PKO_PREFECT_IN_PROCESS", None)
    proc = subprocess.Popen(
        [str(PKO_EXTRACT), "run", str(raw), "-o", str(out)],
        env=env,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        start_new_session=True,
    )
    try:
        lines = [proc.stderr.readline(), proc.stderr.readline()]  # plan, first report done
        assert lines[1].startswith("[1/2] extracted"), lines
        assert _server_children(proc.pid) == []
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL


_WORKER_SCRIPT = """
import multiprocessing, os, sys, time
from pko_extract.lifeline import end_with_parent

def work(parent, path):
    end_with_parent(parent)
    with open(path, "w") as f:
        f.write(str(os.getpid()))
    time.sleep(600)

if __name__ == "__main__":
    ctx = multiprocessing.get_context("spawn")
    ctx.Process(target=work, args=(os.getpid(), sys.argv[1])).start()
    time.sleep(600)
"""


def test_extraction_worker_ends_when_its_run_is_killed(tmp_path):
    """A worker process of the ExtractorPool watches the run that started it: killed with
    SIGKILL, the run cannot stop its pool, and the worker ends by itself (issue 11)."""
    script, pid_file = tmp_path / "run.py", tmp_path / "worker.pid"
    script.write_text(_WORKER_SCRIPT, encoding="utf-8")
    run = subprocess.Popen([sys.executable, str(script), str(pid_file)], start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while not (pid_file.exists() and pid_file.read_text()) and time.monotonic() < deadline:
            time.sleep(0.1)
        worker = int(pid_file.read_text())
        assert _alive(worker)
        os.kill(run.pid, signal.SIGKILL)
        run.wait(timeout=30)
        deadline = time.monotonic() + 30
        while _alive(worker) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _alive(worker), "the worker outlived its killed run"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(run.pid, signal.SIGKILL)


_STARTING_RUN_SCRIPT = """
import sys

if __name__ == "__main__":  # the workers import this file too (spawn): only the run runs it
    from pko_extract.batches import BatchItem, ExtractorPool
    from pko_extract.runs import Versions

    versions = Versions.current()
    sys.path.insert(0, sys.argv[1])  # the workers find the spaCy that never ends its import
    with ExtractorPool(2) as pool:
        pool.extract([BatchItem(sys.argv[2], "0" * 64, "file://r.txt")], versions)
"""

_STALLED_SPACY = """
import os, time

with open(os.environ["PKO_TEST_STALL_PID_FILE"], "w") as f:
    f.write(str(os.getpid()))
time.sleep(600)
"""


def test_a_run_killed_while_its_workers_import_spacy_leaves_no_worker(tmp_path):
    """The worker's parent watch starts before it imports spaCy (issue 11): a run killed with
    SIGKILL while its workers still import spaCy leaves none of them alive. Here the workers'
    ``import spacy`` never ends (a stand-in package first on their path), so a watch started
    after it (as it was, from ``pko_extract.batches``) would leave the worker alive 600 s."""
    stall, pid_file = tmp_path / "stall", tmp_path / "worker.pid"
    (stall / "spacy").mkdir(parents=True)
    (stall / "spacy" / "__init__.py").write_text(_STALLED_SPACY, encoding="utf-8")
    script = tmp_path / "run.py"
    script.write_text(_STARTING_RUN_SCRIPT, encoding="utf-8")
    report = tmp_path / "r.txt"
    report.write_text("Opening Remarks\n", encoding="utf-8")
    env = {**os.environ, "PKO_TEST_STALL_PID_FILE": str(pid_file)}
    run = subprocess.Popen(
        [sys.executable, str(script), str(stall), str(report)], env=env, start_new_session=True
    )
    try:
        deadline = time.monotonic() + 120
        while not (pid_file.exists() and pid_file.read_text()) and time.monotonic() < deadline:
            assert run.poll() is None, "the run ended before its worker imported spaCy"
            time.sleep(0.1)
        worker = int(pid_file.read_text())
        assert _alive(worker)
        os.kill(run.pid, signal.SIGKILL)
        run.wait(timeout=30)
        deadline = time.monotonic() + 60
        while _alive(worker) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _alive(worker), "the worker outlived its killed run"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(run.pid, signal.SIGKILL)
