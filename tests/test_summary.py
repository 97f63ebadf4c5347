"""The summary ``pko-extract run`` prints, and its exit code."""

from __future__ import annotations

from pko_extract.summary import EXIT_FAILED_REPORTS, EXIT_OK, RunSummary, summary_lines


def _summary(**changes: object) -> RunSummary:
    values: dict[str, object] = dict(
        run_id="r1",
        output="out",
        n_found=1,
        n_new=1,
        n_changed=0,
        n_unchanged=0,
        n_failed=0,
        n_removed=0,
        rows={"reports": 1, "people": 3},
        failures=[],
        status="completed",
    )
    values.update(changes)
    return RunSummary(**values)  # type: ignore[arg-type]


def test_clean_run_lines_and_exit_0() -> None:
    summary = _summary()
    assert summary_lines(summary) == [
        "1 report: 1 new, 0 changed, 0 unchanged, 0 failed",
        "  reports: 1 row",
        "  people: 3 rows",
        "output: out",
    ]
    assert summary.exit_code == EXIT_OK == 0


def test_failed_and_removed_reports_are_listed_and_exit_1() -> None:
    summary = _summary(
        n_found=3,
        n_new=1,
        n_failed=2,
        n_removed=1,
        rows={"reports": 1},
        failures=[("empty.txt", "the file is empty"), ("bin.txt", "not a text file")],
        status="failed",
    )
    assert summary_lines(summary) == [
        "3 reports: 1 new, 0 changed, 0 unchanged, 2 failed, 1 removed",
        "  reports: 1 row",
        "  rejected empty.txt: the file is empty",
        "  rejected bin.txt: not a text file",
        "output: out",
    ]
    assert summary.exit_code == EXIT_FAILED_REPORTS == 1
