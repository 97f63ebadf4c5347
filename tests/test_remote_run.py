"""`pko-extract run` with input and output on S3 (a real S3 server on loopback: moto), end
to end through the command and the Prefect flow: the incremental manifest, the same tables as
a local run, the lock, and readers during commits."""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from conftest import REPORT_TABLES, expected_rows, report_text
from s3_support import keys, new_bucket, put, s3_server

from pko_extract import read_snapshot
from pko_extract.objectstore import LockInfo, ObjectLock, ObjectOutput

pytestmark = [pytest.mark.flow, pytest.mark.usefixtures("prefect_harness", "blank_model")]


@pytest.fixture(scope="module", autouse=True)
def server() -> Iterator[str]:
    yield from s3_server()


def main(args: list[str]) -> int:
    from flows.entry import main as entry_main

    return entry_main(args)


def upload_reports(bucket: str, numbers: range, local: Path, **extra: str) -> list[Path]:
    """Reports ``r<n>.txt`` under ``s3://bucket/reports/`` and the same bytes under ``local``
    (``extra``: text appended to the report of that name)."""
    local.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in numbers:
        name = f"r{n}.txt"
        body = report_text(n, extra=extra.get(f"r{n}", "")).encode()
        put(bucket, f"reports/{name}", body)
        (local / name).write_bytes(body)
        paths.append(local / name)
    return paths


def rows(url: str) -> dict[str, list[dict[str, Any]]]:
    """Every table of the output's current snapshot, as rows."""
    _, tables = read_snapshot(url)
    return {name: table.to_pylist() for name, table in tables.items()}


def comparable(table: str, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows without what differs between two runs of the same reports: time stamps and run
    ids; a source URI by its file name (file:///... here, s3://... there)."""
    out = []
    for row in records:
        kept = {
            key: value.rsplit("/", 1)[-1] if key == "source_uri" else value
            for key, value in row.items()
            if key != "run_id" and not isinstance(value, datetime | date) or key == "event_date"
        }
        out.append(kept)
    return out


def test_s3_run_reruns_skip_and_a_changed_report_is_re_extracted_alone(tmp_path, capsys):
    bucket = new_bucket()
    reports, output = f"s3://{bucket}/reports", f"s3://{bucket}/pko"
    paths = upload_reports(bucket, range(3), tmp_path / "copy")
    put(bucket, "reports/.hidden", b"not a report")

    assert main(["run", reports, "--output", output]) == 0
    first = rows(output)
    assert sorted(r["source_uri"] for r in first["reports"]) == [
        f"{reports}/r0.txt",
        f"{reports}/r1.txt",
        f"{reports}/r2.txt",
    ]
    assert {t: len(first[t]) for t in REPORT_TABLES} == expected_rows(*paths)
    assert capsys.readouterr().out.splitlines()[-1] == f"output: {output}"

    assert main(["run", reports, "--output", output]) == 0
    second = rows(output)
    assert capsys.readouterr().out.splitlines()[0] == (
        "3 reports: 0 new, 0 changed, 3 unchanged, 0 failed"
    )
    assert {t: second[t] for t in REPORT_TABLES} == {t: first[t] for t in REPORT_TABLES}

    changed = upload_reports(bucket, range(1, 2), tmp_path / "copy", r1="\nA late addition.\n")
    assert main(["run", reports, "--output", output]) == 0
    third = rows(output)

    runs = [(r["n_new"], r["n_changed"], r["n_unchanged"]) for r in third["runs"]]
    assert runs == [(3, 0, 0), (0, 0, 3), (0, 1, 2)]
    untouched = [r for r in first["reports"] if not r["source_uri"].endswith("r1.txt")]
    assert [r for r in third["reports"] if not r["source_uri"].endswith("r1.txt")] == untouched
    assert {t: len(third[t]) for t in REPORT_TABLES} == expected_rows(paths[0], *changed, paths[2])
    assert len({r["report_id"] for r in third["reports"]}) == 3


def test_s3_output_holds_the_tables_of_a_local_run_of_the_same_reports(tmp_path):
    bucket = new_bucket()
    upload_reports(bucket, range(4), tmp_path / "raw")

    assert main(["run", str(tmp_path / "raw"), "--output", str(tmp_path / "out")]) == 0
    assert main(["run", f"s3://{bucket}/reports", "--output", f"s3://{bucket}/pko"]) == 0

    local, remote = rows(str(tmp_path / "out")), rows(f"s3://{bucket}/pko")
    assert set(remote) == set(local)
    for table in set(local) - {"runs"}:
        assert comparable(table, remote[table]) == comparable(table, local[table]), table
    assert len(remote["reports"]) == 4


def test_unchanged_objects_are_not_downloaded_and_force_fetches_them(tmp_path, capsys, monkeypatch):
    from pko_extract import remote_run

    mirrors: list[remote_run.Mirror] = []

    def mirror_inputs(*args: Any) -> remote_run.Mirror:
        mirrors.append(real(*args))
        return mirrors[-1]

    real = remote_run.mirror_inputs
    monkeypatch.setattr(remote_run, "mirror_inputs", mirror_inputs)
    bucket = new_bucket()
    paths = upload_reports(bucket, range(3), tmp_path / "copy")
    args = ["run", f"s3://{bucket}/reports", "--output", f"s3://{bucket}/pko"]
    assert main(args) == 0
    first = rows(f"s3://{bucket}/pko")
    commit = read_snapshot(f"s3://{bucket}/pko", ["runs"])[0]
    index = json.loads(
        ObjectOutput(f"s3://{bucket}/pko").read(f".versions/inputs-{commit}.json")[0]
    )
    assert {url: entry[2] for url, entry in index.items()} == {
        f"s3://{bucket}/reports/{p.name}": hashlib.sha256(p.read_bytes()).hexdigest() for p in paths
    }

    assert main(args) == 0
    assert [len(m.known) for m in mirrors] == [0, 3]  # the re-run downloaded no report
    assert main([*args, "--force"]) == 0  # the placeholders of the index are fetched

    forced = rows(f"s3://{bucket}/pko")
    assert capsys.readouterr().out.splitlines()[-1] == f"output: s3://{bucket}/pko"
    assert forced["rejects"] == []
    for table in REPORT_TABLES:
        assert comparable(table, forced[table]) == comparable(table, first[table]), table


def test_s3_input_into_a_local_output_keeps_the_object_urls(tmp_path):
    bucket = new_bucket()
    upload_reports(bucket, range(2), tmp_path / "copy")

    assert main(["run", f"s3://{bucket}/reports/r1.txt", "-o", str(tmp_path / "out")]) == 0

    assert [r["source_uri"] for r in rows(str(tmp_path / "out"))["reports"]] == [
        f"s3://{bucket}/reports/r1.txt"
    ]


def test_a_run_is_refused_while_another_holds_the_lock_and_commits_nothing(tmp_path, capsys):
    bucket = new_bucket()
    upload_reports(bucket, range(2), tmp_path / "copy")
    holder = ObjectLock(ObjectOutput(f"s3://{bucket}/pko"))
    holder.acquire()

    status = main(["run", f"s3://{bucket}/reports", "--output", f"s3://{bucket}/pko"])

    err = capsys.readouterr().err.splitlines()
    assert status == 2
    assert err[0].startswith(
        f"pko-extract: error: another pko-extract run ({holder.owner}, started "
        f"{holder.started}) is writing to s3://{bucket}/pko; its lock expires at "
    )
    assert keys(bucket, "pko/") == ["pko/.lock"]
    holder.release()
    assert main(["run", f"s3://{bucket}/reports", "--output", f"s3://{bucket}/pko"]) == 0
    assert len(rows(f"s3://{bucket}/pko")["reports"]) == 2


def test_a_bad_object_is_a_reject_that_names_its_url(tmp_path):
    bucket = new_bucket()
    upload_reports(bucket, range(1), tmp_path / "copy")
    put(bucket, "reports/empty.txt", b"")

    assert main(["run", f"s3://{bucket}/reports", "--output", f"s3://{bucket}/pko"]) == 1

    rejects = rows(f"s3://{bucket}/pko")["rejects"]
    assert [(r["source_uri"], r["stage"], r["message"]) for r in rejects] == [
        (
            f"s3://{bucket}/reports/empty.txt",
            "ingest",
            f"s3://{bucket}/reports/empty.txt: the file is empty (0 bytes); remove it or "
            "replace it",
        )
    ]


def test_an_expired_lock_is_taken_over_with_a_warning(tmp_path, capsys):
    bucket = new_bucket()
    upload_reports(bucket, range(1), tmp_path / "copy")
    dead = LockInfo("killed-host:7:beef", "2026-01-01T00:00:00+00:00", "2026-01-01T00:05:00+00:00")
    put(bucket, "pko/.lock", dead.to_json())

    assert main(["run", f"s3://{bucket}/reports", "--output", f"s3://{bucket}/pko"]) == 0

    assert capsys.readouterr().err.splitlines()[0] == (
        f"pko-extract: warning: took over the expired lock of s3://{bucket}/pko (run "
        "killed-host:7:beef, started 2026-01-01T00:00:00+00:00, expired "
        "2026-01-01T00:05:00+00:00): that run stopped without releasing it; if it still "
        "runs, it cannot commit"
    )
    assert ".lock" not in {k.rsplit("/", 1)[-1] for k in keys(bucket, "pko/")}
    assert len(rows(f"s3://{bucket}/pko")["reports"]) == 1


def test_an_input_url_with_no_objects_exits_2(tmp_path, capsys):
    bucket = new_bucket()

    status = main(["run", f"s3://{bucket}/nothing", "--output", f"s3://{bucket}/pko"])

    assert status == 2
    assert capsys.readouterr().err.splitlines() == [
        f"pko-extract: error: s3://{bucket}/nothing: no such object or prefix; check the URL"
    ]
    assert keys(bucket) == []  # the lock was released


def test_readers_of_the_pointer_never_see_a_partial_commit(tmp_path):
    """Each run adds one report and one runs row: a read that mixed two commits, or saw a
    commit half written, would find the counts apart."""
    bucket = new_bucket()
    output = f"s3://{bucket}/pko"
    upload_reports(bucket, range(1), tmp_path / "copy")
    assert main(["run", f"s3://{bucket}/reports", "--output", output]) == 0
    seen: list[tuple[int, int, int]] = []
    errors: list[BaseException] = []
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            try:
                _, t = read_snapshot(output, ["reports", "runs", "people"])
            except BaseException as exc:  # noqa: BLE001 - the test reports it
                errors.append(exc)
                return
            people_reports = len(set(t["people"].column("report_id").to_pylist()))
            seen.append((t["reports"].num_rows, t["runs"].num_rows, people_reports))

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for n in range(1, 4):
            upload_reports(bucket, range(n, n + 1), tmp_path / "copy")
            assert main(["run", f"s3://{bucket}/reports", "--output", output]) == 0
    finally:
        stop.set()
        reader.join()

    assert errors == []
    assert all(reports == runs == people for reports, runs, people in seen)
    # the reads spanned the commits (each run takes seconds, a read a few milliseconds)
    assert len({counts[0] for counts in seen}) >= 2
    assert {counts[0] for counts in seen} <= {1, 2, 3, 4}
    _, t = read_snapshot(output, ["reports", "runs"])
    assert (t["reports"].num_rows, t["runs"].num_rows) == (4, 4)
