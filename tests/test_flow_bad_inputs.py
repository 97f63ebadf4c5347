"""Hardening of the flow: no single input stops a run (issue 11, docs/RELIABILITY.md).

Each bad input becomes at most one reject row naming the file; the good reports are
extracted and committed; the next run is not affected. Expected row counts come from the
library (``conftest.expected_rows``), as in test_flow.py.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import REPORT_TABLES, expected_rows, read_table

pytestmark = [pytest.mark.flow, pytest.mark.usefixtures("prefect_harness", "blank_model")]


def _rows(output: Path) -> dict[str, int]:
    return {name: read_table(output, name).num_rows for name in REPORT_TABLES}


def test_odd_names_and_links_end_as_rejects_and_the_next_run_is_clean(
    tmp_path, write_report, capsys
):
    """A name that is not UTF-8 is extracted and stored escaped; symlink loops are rejected;
    links to a folder or a device are skipped; twice in a row, with the same result."""
    from flows.entry import RUNNER
    from pko_extract.cli import run_command

    raw, out = tmp_path / "raw", tmp_path / "out"
    good = [
        write_report(raw, "good.txt", 1),
        write_report(raw, os.fsdecode(b"badname_\xff\xfe.txt"), 2),
    ]
    (raw / "self").symlink_to(raw / "self")
    (raw / "ping").symlink_to(raw / "pong")
    (raw / "pong").symlink_to(raw / "ping")
    (raw / "folder_link").symlink_to(tmp_path)
    (raw / "device_link").symlink_to("/dev/zero")
    os.mkfifo(raw / "pipe")

    for attempt in (1, 2):
        status = run_command(RUNNER, [raw], output=out)
        printed = capsys.readouterr()
        assert status == 1, printed
        assert "Traceback" not in printed.err + printed.out
        assert "rejected self: " in printed.out
        reports = read_table(out, "reports").to_pylist()
        assert sorted(r["source_name"] for r in reports) == ["badname_\\xff\\xfe.txt", "good.txt"]
        assert raw.as_uri() + "/badname_%FF%FE.txt" in {r["source_uri"] for r in reports}
        rejects = read_table(out, "rejects").to_pylist()
        assert sorted((r["source_uri"].rsplit("/", 1)[-1], r["stage"]) for r in rejects) == [
            ("ping", "ingest"),
            ("pong", "ingest"),
            ("self", "ingest"),
        ], attempt
        assert all("symbolic links" in r["message"] for r in rejects)
        assert _rows(out) == expected_rows(*good)
    assert read_table(out, "runs").num_rows == 2


def test_prune_removes_the_rejects_of_a_deleted_file(tmp_path, write_report):
    """A file that only ever failed has no report row; once deleted, its reject stays
    without --prune (the output is a record of what was read) and goes with it."""
    from flows.pipeline import pko_extract_flow

    raw, out = tmp_path / "raw", tmp_path / "out"
    write_report(raw, "good.txt", 1)
    (raw / "empty.txt").write_bytes(b"")

    def run(prune: bool = False):
        return pko_extract_flow(paths=[str(raw)], output=str(out), prune=prune)

    run()
    assert [r["source_uri"] for r in read_table(out, "rejects").to_pylist()] == [
        (raw / "empty.txt").as_uri()
    ]
    (raw / "empty.txt").unlink()
    assert run().n_removed == 0 and read_table(out, "rejects").num_rows == 1
    summary = run(prune=True)
    assert summary.n_removed == 1
    assert read_table(out, "rejects").num_rows == 0
    assert read_table(out, "reports").column("source_name").to_pylist() == ["good.txt"]


def test_a_folder_that_cannot_be_listed_is_a_reject_and_the_next_run_retries_it(
    tmp_path, write_report, deny_listing, capsys
):
    """A subfolder that cannot be listed becomes one reject naming it; the run goes on and
    keeps the rows of the reports in it, even with --prune; once the folder can be listed
    again, the next run extracts what is new in it and drops the folder's reject."""
    from flows.entry import RUNNER
    from pko_extract.cli import run_command

    raw, out = tmp_path / "raw", tmp_path / "out"
    good = write_report(raw, "good.txt", 1)
    kept = write_report(raw / "locked", "kept.txt", 2)
    assert run_command(RUNNER, [raw], output=out) == 0
    new = write_report(raw / "locked", "new.txt", 3)

    deny_listing(raw / "locked")
    status = run_command(RUNNER, [raw], output=out, prune=True)
    printed = capsys.readouterr()
    assert status == 1, printed
    assert "Traceback" not in printed.err + printed.out
    assert "rejected locked: " in printed.out
    rejects = read_table(out, "rejects").to_pylist()
    assert [(r["source_uri"], r["stage"], r["message"]) for r in rejects] == [
        (
            (raw / "locked").as_uri(),
            "ingest",
            f"{raw / 'locked'}: the folder cannot be listed (permission denied); its reports "
            "were skipped and their rows are kept; make it readable (e.g. chmod a+rx) and re-run",
        )
    ]
    assert _rows(out) == expected_rows(good, kept)
    runs = read_table(out, "runs").to_pylist()
    assert (runs[-1]["n_failed"], runs[-1]["n_removed"]) == (1, 0)

    deny_listing.allow(raw / "locked")
    assert run_command(RUNNER, [raw], output=out, prune=True) == 0
    assert read_table(out, "rejects").num_rows == 0
    assert _rows(out) == expected_rows(good, kept, new)
