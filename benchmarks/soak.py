"""Soak test: many generated reports, bad inputs of every kind, kill -9 between runs.

Not in the fast suite: ``.ci/run`` runs it after the tests (``make soak``). Usage::

    .venv/bin/python benchmarks/soak.py [--reports 60] [--runs 4] [--kills 2] [--commits 100]
    .venv/bin/python benchmarks/soak.py --full  # 1,000 reports, 8 runs, 5 kills, 1,000 commits

Writes ``--reports`` reports into a temporary raw folder (about 2% bad ones, at least one
of each kind: empty, binary with a late NUL byte, a text over ``PKO_MAX_TEXT_CHARS``, a
file over ``PKO_MAX_FILE_BYTES``, a damaged PDF, a gzip archive, a symlink loop; plus good
reports with a name that is not UTF-8 and links and pipes the run must skip), then runs
``pko-extract run`` ``--runs`` times, killing ``--kills`` of them with SIGKILL at a random
moment, and one last run to the end. It then checks the output: one ``reports`` row per good
report and no reject for it, exactly one reject per bad file, the child tables hold exactly
what the library extracts from the good reports, ``snapshot.json`` names files equal to the
tables, and one ``runs`` row per run that finished. Last, ``soak_readers.py``: pyarrow,
Polars and DuckDB readers query an output folder while ``--commits`` commits run; each of
their reads must see every table whole and of one commit. Exit status 0 when all hold, 1
otherwise.
Uses the rules-only pipeline (``PKO_MODEL_NAME=blank``) to stay fast.
"""

from __future__ import annotations

import argparse
import gzip
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LIMITS = {"PKO_MAX_TEXT_CHARS": "30000", "PKO_MAX_FILE_BYTES": "200000"}
GIVEN = ("Ana", "Li", "Kofi", "Maria", "Jonas", "Amina", "Ravi", "Elena")
FAMILY = ("Ruiz", "Mensah", "Okafor", "Lindqvist", "Tanaka", "Haddad", "Novak", "Silva")

REPORT = """\
Seminar on Peace Operations {n}

{day} March 2021

The Peace Institute hosted a seminar on the work of the United Nations Mission in South
Sudan (UNMISS) and of peacekeepers in Mali.

Programme:

Opening Remarks: Mr. {a}, Director, Peace Institute
Session 1: Lessons from the field {n}
Moderator: Prof. {b}, Professor of International Relations, Lakeside University
Speaker: Ms. {c}, Chief of Staff, Eastern Brigade
"""


def _person(rng: random.Random) -> str:
    return f"{rng.choice(GIVEN)} {rng.choice(FAMILY).upper()}{rng.randrange(1000)}"


def _good(n: int, rng: random.Random) -> str:
    return REPORT.format(n=n, day=1 + n % 28, a=_person(rng), b=_person(rng), c=_person(rng))


def write_corpus(raw: Path, n_reports: int, rng: random.Random) -> tuple[set[str], set[str]]:
    """The reports; returns the URIs of the good files and of the bad ones."""
    raw.mkdir(parents=True)
    bad_kinds = {
        "empty.txt": b"",
        "late_nul.txt": (("Peacekeeping seminar. " * 4000) + "\x00").encode(),
        "too_long_text.txt": ("Peace operations seminar. " * 1500).encode(),
        "too_big_file.txt": b"x" * 250_000,
        "damaged.pdf": b"%PDF-1.4\n1 0 obj\n<< /Type",
        "archive.txt.gz": gzip.compress(b"Seminar on peace operations"),
    }
    n_bad = max(len(bad_kinds) + 1, n_reports // 50)
    good: set[str] = set()
    bad: set[str] = set()
    kinds = list(bad_kinds.items())
    for i in range(n_bad - 1):
        name, data = kinds[i % len(kinds)]
        path = raw / f"bad{i:04d}_{name}"
        path.write_bytes(data)
        bad.add(path.resolve().as_uri())
    loop = raw / "bad_loop"
    loop.symlink_to(loop)
    bad.add(Path(os.path.realpath(loop)).as_uri())
    for n in range(n_reports - n_bad):
        name = f"r{n:04d}.txt" if n % 97 else os.fsdecode(f"r{n:04d}_\xff.txt".encode("latin-1"))
        path = raw / name
        path.write_text(_good(n, rng), encoding="utf-8")
        good.add(Path(os.path.realpath(path)).as_uri())
    (raw / "link_to_folder").symlink_to(raw.parent)  # skipped, neither report nor reject
    (raw / "link_to_device").symlink_to("/dev/zero")
    os.mkfifo(raw / "pipe")
    return good, bad


def run(raw: Path, out: Path, env: dict[str, str], kill_after: float | None) -> int | None:
    """One ``pko-extract run``; killed with SIGKILL after ``kill_after`` seconds if given.
    Returns its exit status, or None when it was killed."""
    cmd = [str(Path(sys.executable).with_name("pko-extract")), "run", str(raw), "-o", str(out)]
    with tempfile.TemporaryFile() as err:  # not a pipe: an orphan would hold it open
        proc = subprocess.Popen(
            cmd, env=env, stdout=subprocess.DEVNULL, stderr=err, start_new_session=True
        )
        try:
            proc.wait(timeout=kill_after)
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


def _reap_orphans(pgid: int) -> None:
    """Wait for the processes of a killed run (its session) to end; report and stop any
    still alive after the grace period."""
    deadline = time.monotonic() + ORPHAN_GRACE_SECONDS
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.2)
    print("  error: processes of the killed run outlived it")
    OUTLIVED.append(pgid)
    os.killpg(pgid, signal.SIGKILL)


def check(out: Path, raw: Path, good: set[str], bad: set[str], finished: int) -> list[str]:
    """What does not hold in the output (empty when all is well)."""
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
    if store.read_table("runs").num_rows != finished:
        problems.append(f"runs: {store.read_table('runs').num_rows} rows for {finished} runs")
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
        good, bad = write_corpus(raw, args.reports, rng)
        print(f"soak: {len(good)} good and {len(bad)} bad reports, {args.runs} runs + 1")
        killed = set(rng.sample(range(args.runs), min(args.kills, args.runs)))
        finished = 0
        t0 = time.monotonic()
        for i in range(args.runs + 1):
            kill_after = rng.uniform(2.0, 25.0) if i in killed else None
            status = run(raw, out, env, kill_after)
            finished += status is not None
            what = "killed" if status is None else f"exit {status}"
            print(f"  run {i + 1}: {what} ({time.monotonic() - t0:.0f} s)")
            if status not in (None, 1):
                print("soak: FAILED (a run exited with an unexpected status)")
                return 1
        problems = check(out, raw, good, bad, finished)
        problems += [f"processes of a killed run (session {g}) outlived it" for g in OUTLIVED]
        problems += readers_soak(Path(tmp) / "readers" / "out", args.commits)
    for problem in problems:
        print(f"soak: FAILED: {problem}")
    if not problems:
        print(f"soak: ok ({time.monotonic() - t0:.0f} s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
