"""Readers during commits: pyarrow, Polars and DuckDB query the output while commits run.

Not in the fast suite (``tests/test_snapshot.py`` runs a short one); ``benchmarks/soak.py``
runs it after its runs (100 commits; 1,000 with ``--full``). Usage::

    .venv/bin/python benchmarks/soak_readers.py [--commits 1000]

This process commits to a fresh output folder in a loop while readers query it: one thread
of this process (:func:`read_snapshot`, pyarrow) and one process each for pyarrow
(:func:`read_snapshot`), Polars (``scan_parquet`` of :func:`snapshot_files`, which opens a
file twice: schema, then data) and DuckDB (``read_parquet`` of :func:`snapshot_files`).
Commit k replaces every row of the one report (two versions with different people,
alternating), replaces the three rejects (their message names k) and appends run k, so each
table tells which commit its rows come from:

* ``runs``: exactly ``run-0000`` ... ``run-k``;
* ``rejects``: three rows, all of commit k;
* ``reports``: one row, of version k % 2; ``people`` and ``participations``: as many rows as
  that version has, all of it.

A read fails when it raises, when a table holds rows of two commits, or when two tables come
from different commits. The writer goes on past ``--commits`` until every reader has read
at least ``MIN_READS`` times while commits ran. Exit status 0 when no read failed.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

#: The column each reader reads per table (what tells the commit apart).
COLUMNS = {
    "runs": "run_id",
    "rejects": "message",
    "reports": "report_id",
    "people": "report_id",
    "participations": "report_id",
}
READERS = ("pyarrow", "polars", "duckdb")
#: Reads per reader, while commits run, before the writer may stop.
MIN_READS = 3
#: A reader stops after this many failed reads (each is printed).
MAX_PROBLEMS = 20
START = datetime(2026, 3, 1, tzinfo=UTC)
N_REJECTS = 3

REPORT = """\
Seminar on Peace Operations

4 March 2021

Programme:

Opening Remarks: Mr. {a} RUIZ, Director, Peace Institute
Moderator: Prof. Elena NOVAK, Professor of International Relations, Lakeside University
{more}"""


# --------------------------------------------------------------------------------------
# The writer
# --------------------------------------------------------------------------------------


def two_versions() -> list[Any]:
    """Two extractions of the same file with different people (rules only, blank model)."""
    from pko_extract.extract import extract_document, get_nlp
    from pko_extract.models import Document

    nlp = get_nlp("blank")
    texts = [
        REPORT.format(a="Ana", more=""),
        REPORT.format(
            a="Kofi", more="Speaker: Ms. Amina HADDAD, Chief of Staff, Eastern Brigade\n"
        ),
    ]
    versions = []
    for i, text in enumerate(texts):
        doc = Document(f"{i + 1}" * 64, "file:///raw/report.txt", "report.txt", text)
        versions.append(extract_document(doc, nlp=nlp))
    if len(versions[0].people) == len(versions[1].people):
        raise RuntimeError("the two versions must differ in their people")
    return versions


def commit(store: Any, k: int, versions: list[Any]) -> None:
    """Commit k: version k % 2 of the report, the rejects of commit k, run k."""
    from pko_extract.models import RejectRecord, RunRecord

    when = START + timedelta(minutes=k)
    store.commit(
        extractions=[versions[k % 2]],
        rejects=[
            RejectRecord(
                source_uri=f"file:///raw/bad{i}.txt",
                stage="ingest",
                error_type="IngestError",
                message=f"commit {k}",
                rejected_at=when,
            )
            for i in range(N_REJECTS)
        ],
        run=RunRecord(
            run_id=f"run-{k:04d}",
            started_at=when,
            finished_at=when,
            pipeline_version="0",
            model_name="blank",
            gazetteer_version="g",
        ),
    )


def expected_of(versions: list[Any]) -> dict[str, Any]:
    """What a reader needs to know of the two versions (written to ``expected.json``)."""
    return {
        "report_ids": [v.report.report_id for v in versions],
        "people": [len(v.people) for v in versions],
        "participations": [len(v.participations) for v in versions],
    }


# --------------------------------------------------------------------------------------
# The check every reader applies
# --------------------------------------------------------------------------------------


def check(columns: dict[str, list[Any]], expected: dict[str, Any]) -> tuple[int, list[str]]:
    """The commit the columns come from, and what is wrong with them (empty when whole)."""
    n = len(columns["runs"])
    k = n - 1
    problems = []
    if sorted(columns["runs"]) != [f"run-{i:04d}" for i in range(n)]:
        problems.append(f"runs: {n} rows that are not run-0000 ... run-{k:04d}")
    rejects = columns["rejects"]
    if len(rejects) != N_REJECTS or set(rejects) != {f"commit {k}"}:
        problems.append(f"rejects: {sorted(set(rejects))} ({len(rejects)} rows) with {n} runs")
    version = k % 2
    report_id = expected["report_ids"][version]
    if columns["reports"] != [report_id]:
        problems.append(f"reports: {columns['reports']} with {n} runs (version {version})")
    for table in ("people", "participations"):
        rows = columns[table]
        if set(rows) != {report_id} or len(rows) != expected[table][version]:
            problems.append(
                f"{table}: {len(rows)} rows of {len(set(rows))} reports with {n} runs "
                f"(version {version}: {expected[table][version]} rows)"
            )
    return k, problems


def reader_of(
    kind: str, output: Path, *, direct: bool = False
) -> Callable[[], dict[str, list[Any]]]:
    """A function that reads the columns of :data:`COLUMNS` once, the way ``kind`` does:
    through the snapshot, or (``direct``, to measure what the snapshot avoids) from each
    table's ``data.parquet``, which a commit replaces."""
    import pyarrow.parquet as pq

    from pko_extract.snapshot import read_snapshot, snapshot_files

    def files() -> dict[str, Path]:
        if direct:
            return {t: Path(output).resolve() / t / "data.parquet" for t in COLUMNS}
        return snapshot_files(output)

    if kind == "pyarrow":

        def read() -> dict[str, list[Any]]:
            if direct:
                paths = files()
                return {
                    t: pq.read_table(paths[t], columns=[c]).column(c).to_pylist()
                    for t, c in COLUMNS.items()
                }
            _, tables = read_snapshot(output, list(COLUMNS))
            return {t: tables[t].column(c).to_pylist() for t, c in COLUMNS.items()}

    elif kind == "polars":
        import polars as pl

        def read() -> dict[str, list[Any]]:
            paths = files()
            return {
                t: pl.scan_parquet(paths[t]).select(c).collect()[c].to_list()
                for t, c in COLUMNS.items()
            }

    elif kind == "duckdb":
        import duckdb

        con = duckdb.connect()

        def read() -> dict[str, list[Any]]:
            paths = files()
            return {
                t: [
                    row[0]
                    for row in con.execute(
                        f"select {c} from read_parquet(?)", [str(paths[t])]
                    ).fetchall()
                ]
                for t, c in COLUMNS.items()
            }

    else:
        raise ValueError(f"unknown reader {kind!r}; one of {', '.join(READERS)}")
    return read


def read_loop(
    read: Callable[[], dict[str, list[Any]]],
    expected: dict[str, Any],
    stop: Callable[[], bool],
    report: Callable[[str], None],
    max_problems: int = MAX_PROBLEMS,
) -> None:
    """Read and check until ``stop()``; ``report`` gets ``read <k>``, ``error <text>`` (the
    read raised) or ``mixed <text>`` (rows of two commits)."""
    problems = 0
    while not stop() and problems < max_problems:
        try:
            k, wrong = check(read(), expected)
        except Exception as exc:  # noqa: BLE001 - every error is a finding
            problems += 1
            report(f"error {type(exc).__name__}: {exc}".replace("\n", " "))
            continue
        if wrong:
            problems += 1
            report("mixed " + "; ".join(wrong).replace("\n", " "))
        else:
            report(f"read {k}")


# --------------------------------------------------------------------------------------
# Running readers and the writer
# --------------------------------------------------------------------------------------


@dataclass
class Reader:
    """What one reader did: reads, the commits it saw, its failed reads."""

    name: str
    reads: int = 0
    commits: set[int] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)
    errors: int = 0  # reads that raised
    mixed: int = 0  # reads that returned rows of two commits
    lock: threading.Lock = field(default_factory=threading.Lock)

    def take(self, line: str) -> None:
        """One line of :func:`read_loop`."""
        kind, _, rest = line.strip().partition(" ")
        with self.lock:
            if kind == "read":
                self.reads += 1
                self.commits.add(int(rest))
            elif kind in ("error", "mixed"):
                self.problems.append(f"{kind}: {rest}")
                self.errors += kind == "error"
                self.mixed += kind == "mixed"
            elif line.strip():
                self.problems.append(f"unexpected output: {line.strip()[:200]}")


@dataclass
class Result:
    """The readers and the number of commits made while they read."""

    commits: int
    seconds: float
    readers: list[Reader]

    @property
    def problems(self) -> list[str]:
        """Every failed read, named by its reader."""
        return [f"{r.name}: {p}" for r in self.readers for p in r.problems]


def _start_process(
    kind: str, out: Path, expected: Path, stop: Path, reader: Reader, direct: bool
) -> Any:
    args = ["--reader", kind, str(out), str(expected), str(stop)]
    proc = subprocess.Popen(
        [sys.executable, __file__, *args, *(["--direct"] if direct else [])],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )

    def pump() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            reader.take(line)

    threading.Thread(target=pump, daemon=True).start()
    return proc


def _wait_for(readers: list[Reader], reads: list[int], timeout: float) -> bool:
    """Wait until every reader has ``reads`` reads more than now (or has a problem)."""
    deadline = time.monotonic() + timeout
    while not all(r.reads >= n or r.problems for r, n in zip(readers, reads, strict=True)):
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.05)
    return True


def soak(out: Path, commits: int, *, min_reads: int = MIN_READS, direct: bool = False) -> Result:
    """Commit at least ``commits`` times to ``out`` (a new folder) while the readers read
    (``direct``: from ``data.parquet``, not through the snapshot; they go on after a failed
    read)."""
    from pko_extract.store import OutputStore

    versions = two_versions()
    store = OutputStore(out)
    commit(store, 0, versions)
    expected_file, stop_file = out.parent / "expected.json", out.parent / "stop"
    expected = expected_of(versions)
    expected_file.write_text(json.dumps(expected))
    readers = [Reader(f"{kind} (process)") for kind in READERS] + [Reader("pyarrow (thread)")]
    procs = [
        _start_process(kind, out, expected_file, stop_file, reader, direct)
        for kind, reader in zip(READERS, readers, strict=False)
    ]
    thread = threading.Thread(
        target=read_loop,
        args=(reader_of("pyarrow", out, direct=direct), expected, stop_file.exists),
        kwargs={"report": readers[-1].take, "max_problems": _max_problems(direct)},
    )
    thread.start()
    try:
        if not _wait_for(readers, [1] * len(readers), timeout=300):
            raise RuntimeError("a reader did not start within 300 s")
        base = [r.reads for r in readers]
        t0, k = time.monotonic(), 0
        while k < commits or not _wait_for(readers, [b + min_reads for b in base], 0):
            k += 1
            commit(store, k, versions)
        seconds = time.monotonic() - t0
    finally:
        stop_file.touch()
        thread.join()
        for proc in procs:
            proc.wait(timeout=60)
    time.sleep(0.2)  # the pumps read the last lines
    return Result(k, seconds, readers)


def _max_problems(direct: bool) -> int:
    return 10**9 if direct else MAX_PROBLEMS


def _reader_main(kind: str, out: Path, expected: Path, stop: Path, direct: bool) -> int:
    read_loop(
        reader_of(kind, out, direct=direct),
        json.loads(expected.read_text()),
        stop.exists,
        lambda line: print(line, flush=True),
        _max_problems(direct),
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commits", type=int, default=100)
    parser.add_argument(
        "--direct",
        action="store_true",
        help="measure readers of <table>/data.parquet instead (no snapshot; always exit 0)",
    )
    parser.add_argument("--reader", nargs=4, metavar=("KIND", "OUTPUT", "EXPECTED", "STOP"))
    args = parser.parse_args(argv)
    if args.reader:
        kind, out, expected, stop = args.reader
        return _reader_main(kind, Path(out), Path(expected), Path(stop), args.direct)
    with tempfile.TemporaryDirectory(prefix="pko-readers-") as tmp:
        result = soak(Path(tmp) / "out", args.commits, direct=args.direct)
    how = "<table>/data.parquet (no snapshot)" if args.direct else "snapshot.json"
    print(f"readers of {how}: {result.commits} commits in {result.seconds:.0f} s")
    for r in result.readers:
        print(
            f"  {r.name:18} {r.reads:6} whole reads, {len(r.commits):5} commits seen, "
            f"{r.errors} reads raised, {r.mixed} saw two commits"
        )
    if args.direct:
        return 0
    for problem in result.problems:
        print(f"readers: FAILED: {problem}")
    return 1 if result.problems else 0


if __name__ == "__main__":
    sys.exit(main())
