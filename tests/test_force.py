"""``pko-extract run --force``: every report extracted again, rows replaced, the run recorded.

planning.plan_run(force=True) in isolation, the flow end to end (no duplicated rows, the
``runs`` row says forced) and the command passing ``--force`` to the flow.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from conftest import REPORT_TABLES, expected_rows, read_table

from pko_extract import cli
from pko_extract.planning import ReportState, plan_run
from pko_extract.summary import RunSummary

VERSIONS = dict(pipeline_version="0.1.0", model_name="blank", gazetteer_version="g1")


def rid(content: str) -> str:
    return hashlib.sha256(content.encode()).hexdigest()


def uri(name: str) -> str:
    return f"file:///raw/{name}"


def test_force_makes_unchanged_reports_changed_and_keeps_duplicates() -> None:
    """Without force a.txt is unchanged; with it, changed. Its copy stays a duplicate."""
    states = {uri("a.txt"): ReportState(report_id=rid("A"), source_uri=uri("a.txt"), **VERSIONS)}
    files = {uri("a.txt"): rid("A"), uri("b.txt"): rid("B"), uri("copy.txt"): rid("A")}

    plain = plan_run(files, states, **VERSIONS)
    forced = plan_run(files, states, **VERSIONS, force=True)

    assert (plain.new, plain.changed, plain.unchanged) == (
        [uri("b.txt")],
        [],
        [uri("a.txt"), uri("copy.txt")],
    )
    assert (forced.new, forced.changed, forced.unchanged) == (
        [uri("b.txt")],
        [uri("a.txt")],
        [uri("copy.txt")],
    )
    assert forced.duplicates == {uri("copy.txt"): uri("a.txt")}


@pytest.mark.flow
@pytest.mark.usefixtures("prefect_harness", "blank_model")
def test_forced_run_replaces_every_reports_rows_and_records_it(tmp_path, write_report):
    from flows.pipeline import pko_extract_flow

    raw, out = tmp_path / "raw", tmp_path / "out"
    paths = [write_report(raw, f"r{n}.txt", n) for n in range(2)]
    pko_extract_flow(paths=[str(raw)], output=str(out))
    first = read_table(out, "reports").column("extracted_at").to_pylist()

    summary = pko_extract_flow(paths=[str(raw)], output=str(out), force=True)

    assert (summary.n_new, summary.n_changed, summary.n_unchanged) == (0, 2, 0)
    assert summary.exit_code == 0
    assert {name: read_table(out, name).num_rows for name in REPORT_TABLES} == expected_rows(*paths)
    again = read_table(out, "reports").column("extracted_at").to_pylist()
    assert all(new > old for new, old in zip(again, first, strict=True))
    runs = read_table(out, "runs").to_pylist()
    assert [(r["n_new"], r["n_changed"], r["n_unchanged"], r["forced"]) for r in runs] == [
        (2, 0, 0, False),
        (0, 2, 0, True),
    ]


@pytest.mark.usefixtures("blank_model")
def test_run_command_passes_force_to_the_flow_even_when_nothing_changed(tmp_path, write_report):
    """The command's own plan skips the stored report; with --force the flow runs."""
    from pko_extract.extract import extract_document
    from pko_extract.ingest import read_document
    from pko_extract.store import OutputStore

    raw, out = tmp_path / "raw", tmp_path / "out"
    path = write_report(raw, "r0.txt", 0)
    OutputStore(out).commit(extractions=[extract_document(read_document(path))])
    calls: list[dict[str, object]] = []

    def flow(
        paths: list[Path], *, output: Path, prune: bool, force: bool = False, plan=None, dask=""
    ) -> RunSummary:
        calls.append({"output": output, "prune": prune, "force": force, "todo": len(plan.todo)})
        return RunSummary("r", str(output), 1, 0, 1, 0, 0, 0, {}, [], "completed")

    def no_serve(*args: object, **kwargs: object) -> None:
        raise AssertionError("serve was called")

    runner = cli.Runner(run=flow, serve=no_serve)
    for extra in ([], ["--force"]):
        args = cli.build_parser().parse_args(["run", str(raw), "-o", str(out), *extra])
        assert args.func(args, runner) == 0

    assert calls == [{"output": out, "prune": False, "force": True, "todo": 1}]
    runs = read_table(out, "runs").to_pylist()  # the plain run was recorded without the flow
    assert [(r["n_unchanged"], r["forced"]) for r in runs] == [(1, False)]
