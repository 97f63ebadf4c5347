"""Soak test: many generated reports, bad inputs of every kind, kill -9 between runs.

Not in the fast suite: ``.ci/run`` runs it after the tests (``make soak``). Usage::

    .venv/bin/python benchmarks/soak.py [--reports 60] [--runs 4] [--kills 2] [--commits 100]
    .venv/bin/python benchmarks/soak.py --full  # 1,000 reports, 8 runs, 5 kills, 1,000 commits

Writes ``--reports`` reports into a temporary raw folder (about 2% bad ones, at least one
of each kind: ``soak_inputs.py`` lists them), then runs ``pko-extract run`` ``--runs`` times,
editing about 2% of the good reports before each (so that every run has work to do),
killing ``--kills`` of them with SIGKILL at a random moment, and one last run to the end.
As root the runs go without the capabilities that bypass file modes, so that a file and a
folder with mode 000 are unreadable to them. It then checks the output: one ``reports`` row
per good report and no reject for it, exactly one reject per bad file (or folder), the child
tables hold exactly what the library extracts from the good reports as they are now,
``snapshot.json`` names files equal to the tables, one ``runs`` row per run that finished
(a killed run adds one when the kill came after its commit, e.g. while it wrote the review
pages, and none before), and no process of a killed run alive 15 s after the kill. Last,
``soak_readers.py``: pyarrow, Polars and DuckDB readers query an output folder while
``--commits`` commits run; each of their reads must see every table whole and of one
commit. Exit status 0 when all hold, 1 otherwise.
Uses the rules-only pipeline (``PKO_MODEL_NAME=blank``) to stay fast.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import soak_inputs

REPO = Path(__file__).resolve().parents[1]
LIMITS = {
    "PKO_MAX_TEXT_CHARS": "30000",
    "PKO_MAX_FILE_BYTES": "200000",
    "PKO_PDF_TIMEOUT_SECONDS": "3",
}


#: The line a run writes once Prefect is up and the files are planned (work starts).
PLANNED = b" report files: "


@dataclass(frozen=True)
class Kill:
    """When to kill a run: ``delay`` seconds after it started or, with ``after_plan``, after
    it planned its files (then it is extracting or committing: the work, not Prefect's
    start-up, which takes a minute on a loaded machine)."""

    delay: float
    after_plan: bool

    def __str__(self) -> str:
        return f"{self.delay:.1f} s after {'the plan' if self.after_plan else 'the start'}"


def run(
    raw: Path, out: Path, env: dict[str, str], kill: Kill | None, prefix: list[str]
) -> int | None:
    """One ``pko-extract run`` (after ``prefix``, e.g. ``setpriv ...``); killed with SIGKILL
    as ``kill`` says. Returns its exit status, or None when it was killed."""
    cmd = [*prefix, str(Path(sys.executable).with_name("pko-extract")), "run", str(raw)]
    cmd += ["-o", str(out)]
    with tempfile.NamedTemporaryFile() as err:  # not a pipe: an orphan would hold it open
        proc = subprocess.Popen(
            cmd, env=env, stdout=subprocess.DEVNULL, stderr=err, start_new_session=True
        )
        try:
            if kill is not None and kill.after_plan:
                while PLANNED not in Path(err.name).read_bytes() and proc.poll() is None:
                    time.sleep(0.1)
            proc.wait(timeout=kill.delay if kill else None)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)  # the main process only, as a crash would
            proc.wait()
            _reap_orphans(proc.pid)
            return None
        if proc.returncode not in (0, 1):
            err.seek(0)
            print(err.read().decode(errors="replace")[-2000:], file=sys.stderr)
        return proc.returncode


#: Processes of killed runs still alive ORPHAN_GRACE_SECONDS after the kill (a failure).
OUTLIVED: list[int] = []
#: Prefect's server gets SIGTERM when the run dies and the extraction workers notice within
#: half a second; both need a moment to exit.
ORPHAN_GRACE_SECONDS = 15.0


def _live(session: int) -> list[str]:
    """The processes of ``session`` that still run: ``pid stat seconds command`` each. A
    zombie (stat Z) has ended; it only waits for init to collect its exit status, which a
    busy init may take seconds to do, so it does not count."""
    listing = subprocess.run(
        ["ps", "-o", "pid=,stat=,etimes=,args=", "-g", str(session)],
        capture_output=True,
        text=True,
    ).stdout
    return [line for line in listing.splitlines() if not line.split()[1].startswith("Z")]


def _reap_orphans(pgid: int) -> None:
    """Wait for the processes of a killed run (its session) to end; report and stop any
    still running after the grace period."""
    deadline = time.monotonic() + ORPHAN_GRACE_SECONDS
    while time.monotonic() < deadline:
        if not _live(pgid):
            return
        time.sleep(0.2)
    alive = "\n".join(_live(pgid))
    if not alive:
        return
    print("  error: processes of the killed run outlived it:\n" + alive[:3000])
    OUTLIVED.append(pgid)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pgid, signal.SIGKILL)


def check(
    out: Path, raw: Path, good: set[str], bad: set[str], finished: int, killed: int
) -> list[str]:
    """What does not hold in the output (empty when all is well). ``finished`` runs ended
    by themselves and each has a ``runs`` row; each of the ``killed`` ones has one only if
    the kill came after its commit."""
    import pyarrow.parquet as pq

    from pko_extract.extract import extract_document, get_nlp
    from pko_extract.ingest import read_document
    from pko_extract.snapshot import snapshot_files
    from pko_extract.store import CHILD_TABLES, OutputStore

    store = OutputStore(out)
    problems: list[str] = []
    reports = store.read_table("reports")
    uris = reports["source_uri"].to_pylist()
    if sorted(uris) != sorted(good):
        problems.append(f"reports: {len(uris)} rows for {len(good)} good files")
    rejects = store.read_table("rejects")["source_uri"].to_pylist()
    if sorted(rejects) != sorted(bad):
        extra = sorted(set(rejects) - bad)[:5]
        problems.append(f"rejects: {len(rejects)} rows for {len(bad)} bad files (e.g. {extra})")
    nlp = get_nlp("blank")
    expected = dict.fromkeys(CHILD_TABLES, 0)
    for path in sorted(raw.iterdir()):
        if Path(os.path.realpath(path)).as_uri() in good:
            tables = extract_document(read_document(path), nlp=nlp).tables()
            for name in CHILD_TABLES:
                expected[name] += len(tables[name])
    got = {name: store.read_table(name).num_rows for name in CHILD_TABLES}
    if got != expected:
        problems.append(f"child tables: {got}, the library extracts {expected}")
    for name, path in snapshot_files(out).items():
        if not pq.read_table(path).equals(pq.read_table(out / name / "data.parquet")):
            problems.append(f"snapshot: {name} differs from {name}/data.parquet")
    runs = store.read_table("runs").num_rows
    if not finished <= runs <= finished + killed:
        problems.append(f"runs: {runs} rows for {finished} finished and {killed} killed runs")
    return problems


def readers_soak(out: Path, commits: int) -> list[str]:
    """pyarrow, Polars and DuckDB readers query while ``commits`` commits run
    (``soak_readers.py``); what failed."""
    import soak_readers

    out.parent.mkdir()
    t0 = time.monotonic()
    result = soak_readers.soak(out, commits)
    print(f"  readers: {result.commits} commits in {time.monotonic() - t0:.0f} s")
    for r in result.readers:
        print(f"    {r.name}: {r.reads} reads, {len(r.commits)} commits seen")
    return [f"readers: {problem}" for problem in result.problems]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=60)
    parser.add_argument("--runs", type=int, default=4, help="runs before the last one")
    parser.add_argument("--kills", type=int, default=2, help="how many of them are killed")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--commits", type=int, default=100, help="commits while readers query (soak_readers.py)"
    )
    parser.add_argument(
        "--full", action="store_true", help="1,000 reports, 8 runs, 5 kills, 1,000 commits"
    )
    args = parser.parse_args(argv)
    if args.full:
        args.reports, args.runs, args.kills, args.commits = 1000, 8, 5, 1000
    rng = random.Random(args.seed)
    env = {**os.environ, **LIMITS, "PKO_MODEL_NAME": "blank", "PYTHONUNBUFFERED": "1"}
    os.environ.update(LIMITS)  # for the in-process check
    with tempfile.TemporaryDirectory(prefix="pko-soak-") as tmp:
        raw, out = Path(tmp) / "raw", Path(tmp) / "out"
        env.setdefault("PREFECT_HOME", str(Path(tmp) / "prefect"))
        prefix = soak_inputs.restricted_command()
        good, bad = soak_inputs.write_corpus(raw, args.reports, rng, denied=prefix is not None)
        print(f"soak: {len(good)} good and {len(bad)} bad reports, {args.runs} runs + 1")
        if prefix is None:
            print("  (root without setpriv: no unreadable file or folder in this soak)")
        killed = set(rng.sample(range(args.runs), min(args.kills, args.runs)))
        finished = 0
        t0 = time.monotonic()
        for i in range(args.runs + 1):
            edited = soak_inputs.edit_some(raw, rng) if i else 0
            kill = None
            if i in killed:  # half in the work, half anywhere from the start
                after_plan = rng.random() < 0.5
                kill = Kill(
                    rng.uniform(0.0, 8.0) if after_plan else rng.uniform(2.0, 60.0), after_plan
                )
            status = run(raw, out, env, kill, prefix or [])
            finished += status is not None
            what = f"killed {kill}" if status is None else f"exit {status}"
            print(f"  run {i + 1}: {edited} edited, {what} ({time.monotonic() - t0:.0f} s)")
            if status not in (None, 1):
                print("soak: FAILED (a run exited with an unexpected status)")
                return 1
        problems = check(out, raw, good, bad, finished, args.runs + 1 - finished)
        problems += [f"processes of a killed run (session {g}) outlived it" for g in OUTLIVED]
        problems += readers_soak(Path(tmp) / "readers" / "out", args.commits)
    for problem in problems:
        print(f"soak: FAILED: {problem}")
    if not problems:
        print(f"soak: ok ({time.monotonic() - t0:.0f} s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
