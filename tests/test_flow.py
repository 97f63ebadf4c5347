"""The Prefect flow end to end, in process, under one session-scoped Prefect test server.

Expected row counts come from the library itself (read_document + extract_document without
Prefect), so these tests check that the flow writes exactly what the library extracts -
nothing lost, nothing duplicated - whatever the extraction rules find.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import REPORT_TABLES, expected_rows, read_table

pytestmark = [pytest.mark.flow, pytest.mark.usefixtures("prefect_harness", "blank_model")]


def table_rows(output: Path) -> dict[str, int]:
    return {name: read_table(output, name).num_rows for name in REPORT_TABLES}


def run(paths: list[Path], output: Path, **kwargs):
    from flows.pipeline import pko_extract_flow

    return pko_extract_flow(paths=[str(p) for p in paths], output=str(output), **kwargs)


def test_first_run_writes_exactly_the_library_extraction(tmp_path, write_report):
    raw = tmp_path / "raw"
    paths = [write_report(raw, f"r{n}.txt", n) for n in range(3)]
    summary = run([raw], tmp_path / "out")

    assert (summary.n_found, summary.n_new, summary.n_changed, summary.n_unchanged) == (3, 3, 0, 0)
    assert summary.n_failed == 0 and summary.exit_code == 0
    assert table_rows(tmp_path / "out") == expected_rows(*paths)
    runs = read_table(tmp_path / "out", "runs").to_pylist()
    assert [(r["n_new"], r["n_failed"], r["status"]) for r in runs] == [(3, 0, "completed")]


def test_rerun_on_unchanged_input_adds_no_rows(tmp_path, write_report):
    raw, out = tmp_path / "raw", tmp_path / "out"
    for n in range(3):
        write_report(raw, f"r{n}.txt", n)
    run([raw], out)
    before = table_rows(out)

    summary = run([raw], out)

    assert (summary.n_new, summary.n_changed, summary.n_unchanged) == (0, 0, 3)
    assert table_rows(out) == before
    assert read_table(out, "runs").num_rows == 2


def test_changed_file_replaces_its_rows(tmp_path, write_report):
    raw, out = tmp_path / "raw", tmp_path / "out"
    first = [write_report(raw, f"r{n}.txt", n) for n in range(3)]
    run([raw], out)
    old_ids = set(read_table(out, "reports").column("report_id").to_pylist())

    changed = write_report(
        raw, "r1.txt", 1, extra="Closing Remarks:\n\nAmb. Maria GONZALEZ, Ambassador\n"
    )
    summary = run([raw], out)

    assert (summary.n_new, summary.n_changed, summary.n_unchanged) == (0, 1, 2)
    assert table_rows(out) == expected_rows(first[0], changed, first[2])
    reports = read_table(out, "reports").to_pylist()
    assert len({r["source_uri"] for r in reports}) == 3
    new_ids = {r["report_id"] for r in reports}
    assert len(old_ids - new_ids) == 1 and len(new_ids - old_ids) == 1


def test_removed_file_is_kept_without_prune_and_dropped_with_prune(tmp_path, write_report):
    raw, out = tmp_path / "raw", tmp_path / "out"
    for n in range(2):
        write_report(raw, f"r{n}.txt", n)
    run([raw], out)
    (raw / "r0.txt").unlink()

    assert run([raw], out).n_removed == 0
    assert read_table(out, "reports").num_rows == 2
    summary = run([raw], out, prune=True)
    assert summary.n_removed == 1
    assert read_table(out, "reports").column("source_name").to_pylist() == ["r1.txt"]


def test_bad_inputs_become_rejects_and_the_others_are_written(
    tmp_path, write_report, monkeypatch, capsys
):
    from flows.entry import RUNNER
    from pko_extract.cli import run_command
    from pko_extract.config import get_settings

    monkeypatch.setenv("PKO_MAX_FILE_BYTES", "3000")
    get_settings.cache_clear()
    raw, out = tmp_path / "raw", tmp_path / "out"
    good = [
        write_report(raw, "good_utf8.txt", 1),
        write_report(raw, "good_cp1252.txt", 2, encoding="cp1252", extra="Café – “quoted”\n"),
        write_report(raw, "good_utf16.txt", 3, encoding="utf-16"),
        write_report(raw, "good_shiftjis.txt", 4, encoding="shift_jis", extra="東京での会議\n"),
    ]
    (raw / "empty.txt").write_bytes(b"")
    (raw / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (raw / "too_big.txt").write_text("Peacekeeping. " * 400, encoding="utf-8")
    bad = {"empty.txt": "empty", "binary.txt": "not a text file", "too_big.txt": "over the limit"}

    status = run_command(RUNNER, [raw], output=out)

    assert status == 1
    rejects = read_table(out, "rejects").to_pylist()
    by_name = {Path(r["source_uri"]).name: r for r in rejects}
    assert sorted(by_name) == sorted(bad)
    for name, words in bad.items():
        assert words in by_name[name]["message"], by_name[name]
        assert (by_name[name]["stage"], by_name[name]["error_type"]) == ("ingest", "IngestError")
    assert table_rows(out) == expected_rows(*good)
    printed = capsys.readouterr()
    assert "Traceback" not in printed.err + printed.out
    assert "7 reports: 4 new, 0 changed, 0 unchanged, 3 failed" in printed.out
    assert "[7/7]" in printed.err


def test_report_without_structure_is_kept_with_no_child_rows(tmp_path, write_report):
    """Text with nothing recognisable is still processed (a report row) and noted in rejects
    as NoStructureFound; it is not a failed report (exit status 0)."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    good = write_report(raw, "good.txt", 1)
    noise = raw / "noise.txt"
    noise.write_text("lorem ipsum dolor sit amet " * 20, encoding="utf-8")

    summary = run([raw], out)

    assert (summary.n_new, summary.n_failed, summary.exit_code) == (2, 0, 0)
    assert table_rows(out) == expected_rows(good, noise)
    reports = {r["source_name"]: r for r in read_table(out, "reports").to_pylist()}
    assert reports["noise.txt"]["title"] is None
    notes = [
        (r["source_uri"].rsplit("/", 1)[-1], r["stage"], r["error_type"])
        for r in read_table(out, "rejects").to_pylist()
    ]
    assert notes == [("noise.txt", "extract", "NoStructureFound")]


def test_dangling_symlink_in_folder_is_rejected(tmp_path, write_report):
    raw, out = tmp_path / "raw", tmp_path / "out"
    write_report(raw, "good.txt", 1)
    (raw / "gone.txt").symlink_to(tmp_path / "nowhere.txt")

    summary = run([raw], out)

    assert [name for name, _ in summary.failures] == ["gone.txt"]
    assert read_table(out, "reports").column("source_name").to_pylist() == ["good.txt"]
    [reject] = read_table(out, "rejects").to_pylist()
    assert reject["stage"] == "ingest" and "gone.txt" in reject["message"]


def test_unreadable_file_is_rejected_and_its_old_rows_kept_even_with_prune(
    tmp_path, write_report, monkeypatch
):
    """A file that cannot be read is a reject naming it and keeps its rows, even with
    --prune; once it reads again (same bytes), the next run re-reads it and its reject goes."""
    from pko_extract import ingest
    from pko_extract.errors import IngestError

    raw, out = tmp_path / "raw", tmp_path / "out"
    for n in range(2):
        write_report(raw, f"r{n}.txt", n)
    run([raw], out)
    real_hash = ingest.hash_file

    def hash_file(path):
        if Path(path).name == "r0.txt":
            raise IngestError(f"{path}: permission denied; make the file readable")
        return real_hash(path)

    monkeypatch.setattr(ingest, "hash_file", hash_file)
    summary = run([raw], out, prune=True)

    assert (summary.n_failed, summary.n_removed, summary.n_unchanged) == (1, 0, 1)
    assert read_table(out, "reports").num_rows == 2
    assert read_table(out, "rejects").column("message").to_pylist() == [
        f"{raw / 'r0.txt'}: permission denied; make the file readable"
    ]

    monkeypatch.setattr(ingest, "hash_file", real_hash)  # readable again: its reject goes
    summary = run([raw], out, prune=True)
    assert (summary.n_failed, summary.n_changed, summary.n_unchanged) == (0, 1, 1)
    assert read_table(out, "rejects").num_rows == 0
    assert table_rows(out) == expected_rows(raw / "r0.txt", raw / "r1.txt")


def test_transient_os_error_is_retried(tmp_path, write_report, monkeypatch):
    from pko_extract import ingest

    raw, out = tmp_path / "raw", tmp_path / "out"
    write_report(raw, "r0.txt", 0)
    real_read = ingest.read_document
    calls = []

    def flaky(path, **kwargs):
        calls.append(path)
        if len(calls) == 1:
            raise OSError(5, "Input/output error")
        return real_read(path, **kwargs)

    monkeypatch.setattr(ingest, "read_document", flaky)
    monkeypatch.setattr("pko_extract.batches.READ_RETRY_SECONDS", 0)
    summary = run([raw], out)

    assert len(calls) == 2
    assert (summary.n_new, summary.n_failed) == (1, 0)


def test_a_report_failing_inside_a_batch_is_a_reject_and_the_others_are_written(
    tmp_path, write_report, monkeypatch
):
    from pko_extract import extract

    raw, out = tmp_path / "raw", tmp_path / "out"
    paths = [write_report(raw, f"r{n}.txt", n) for n in range(3)]
    real_build = extract.build_extraction

    def failing(doc, *args, **kwargs):
        if doc.source_name == "r1.txt":
            raise RuntimeError("a rule broke")
        return real_build(doc, *args, **kwargs)

    monkeypatch.setattr(extract, "build_extraction", failing)
    summary = run([raw], out)

    assert (summary.n_new, summary.n_failed) == (2, 1)
    assert summary.failures == [("r1.txt", "a rule broke")]
    assert table_rows(out) == expected_rows(paths[0], paths[2])
    rejects = read_table(out, "rejects").to_pylist()
    assert [(r["stage"], r["error_type"]) for r in rejects] == [("extract", "RuntimeError")]


def test_no_result_cache_is_written_under_the_output_folder(tmp_path, write_report):
    raw, out = tmp_path / "raw", tmp_path / "out"
    write_report(raw, "r0.txt", 0)
    run([raw], out)

    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == [
        ".lock",
        ".tmp",
        ".versions",
    ]


def test_summary_artifact_is_published(tmp_path, write_report):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    raw = tmp_path / "raw"
    write_report(raw, "r0.txt", 0)
    summary = run([raw], tmp_path / "out")

    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["pko-extract-run-summary"]))
        )
    mine = [a for a in artifacts if summary.run_id in (a.description or "")]
    assert len(mine) == 1 and mine[0].type == "table"
    rows = {row["item"]: row["value"] for row in _rows(mine[0].data)}
    assert rows["new"] == 1 and rows["failed"] == 0 and rows["rows: reports"] == 1


def _rows(data):
    import json

    return json.loads(data) if isinstance(data, str) else data


def test_rerun_with_nothing_to_extract_is_recorded_without_starting_the_flow(
    tmp_path, write_report
):
    from pko_extract import cli

    raw, out = tmp_path / "raw", tmp_path / "out"
    for n in range(2):
        write_report(raw, f"r{n}.txt", n)
    run([raw], out)
    before = table_rows(out)

    def no_flow(*args, **kwargs):
        raise AssertionError("the flow was started")

    status = cli.run_command(cli.Runner(run=no_flow, serve=no_flow), [raw], output=out)

    assert status == 0
    assert table_rows(out) == before
    runs = read_table(out, "runs").to_pylist()
    assert [(r["n_new"], r["n_unchanged"], r["status"]) for r in runs] == [
        (2, 0, "completed"),
        (0, 2, "completed"),
    ]


def test_the_command_hashes_each_file_once_and_hands_its_plan_to_the_flow(
    tmp_path, write_report, monkeypatch
):
    """`pko-extract run` plans under the output lock, then the flow extracts from that plan
    (it used to hash every file a second time)."""
    from flows.pipeline import run_flow
    from pko_extract import cli, ingest

    raw, out = tmp_path / "raw", tmp_path / "out"
    paths = [write_report(raw, f"r{n}.txt", n) for n in range(3)]
    hashed: list[str] = []
    hash_file = ingest.hash_file
    monkeypatch.setattr(
        ingest, "hash_file", lambda path: hashed.append(path.name) or hash_file(path)
    )

    status = cli.run_command(cli.Runner(run=run_flow, serve=run_flow), [raw], output=out)

    assert status == 0
    assert sorted(hashed) == ["r0.txt", "r1.txt", "r2.txt"]
    assert table_rows(out) == expected_rows(*paths)


def test_same_bytes_at_two_paths_are_extracted_once_and_the_copy_recorded(tmp_path, write_report):
    raw, out = tmp_path / "raw", tmp_path / "out"
    first = write_report(raw, "a.txt", 0)
    write_report(raw, "b.txt", 0)

    summary = run([raw], out)

    assert (summary.n_found, summary.n_new, summary.n_failed) == (2, 2, 0)
    assert table_rows(out) == expected_rows(first)
    [reject] = read_table(out, "rejects").to_pylist()
    assert (reject["source_uri"], reject["error_type"]) == (
        (raw / "b.txt").resolve().as_uri(),
        "DuplicateReport",
    )
    assert list((out / ".tmp").iterdir()) == []  # the run's stage folder is gone


def test_batches_in_worker_processes_write_exactly_the_library_extraction(
    tmp_path, write_report, monkeypatch
):
    from pko_extract import batches

    monkeypatch.setattr(batches, "worker_count", lambda n_reports, cores=None: 2)
    raw, out = tmp_path / "raw", tmp_path / "out"
    paths = [write_report(raw, f"r{n}.txt", n) for n in range(6)]
    (raw / "empty.txt").write_bytes(b"")

    summary = run([raw], out)

    assert (summary.n_found, summary.n_new, summary.n_failed) == (7, 6, 1)
    assert [name for name, _ in summary.failures] == ["empty.txt"]
    assert table_rows(out) == expected_rows(*paths)


def test_run_writes_the_review_pages_and_links_them_in_an_artifact(tmp_path, write_report):
    """The review pages follow each commit: a re-run with nothing new rebuilds no page."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    raw, out = tmp_path / "raw", tmp_path / "out"
    write_report(raw, "r0.txt", 0)
    run([raw], out)
    index = out / "review" / "index.html"
    page = next((out / "review" / "reports").glob("*.html"))
    assert "r0.txt" in index.read_text(encoding="utf-8")
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["pko-extract-review"]))
        )
    mine = [a for a in artifacts if str(out) in (a.description or "")]
    assert [a.type for a in mine] == ["markdown"]  # Prefect writes a link artifact as markdown
    assert index.resolve().as_uri() in (mine[0].data or "")
    built = page.stat().st_mtime_ns
    write_report(raw, "r1.txt", 1)
    run([raw], out)  # one new report: its page is added, the other one is left as it was
    assert page.stat().st_mtime_ns == built
    assert len(list((out / "review" / "reports").glob("*.html"))) == 2
