"""Time ``pko-extract run`` over N synthetic copies of a report: first run vs re-run.

Not a test. Usage::

    .venv/bin/python benchmarks/bench_run.py [--n 50] [--report raw/000_....txt] [--blank]

Each copy gets a distinct last line, so every copy is a distinct report (its own sha256).
The Prefect temporary server is started by a warm-up run over an empty folder first, so the
timings are of the flow itself, not of the server start-up (printed separately).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=50, help="number of copies (default 50)")
    parser.add_argument(
        "--report",
        type=Path,
        default=next(iter(sorted((REPO / "raw").iterdir()))),
        help="report to copy (default: the first file in raw/)",
    )
    parser.add_argument("--blank", action="store_true", help="PKO_MODEL_NAME=blank (rules only)")
    args = parser.parse_args(argv)
    if args.blank:
        os.environ["PKO_MODEL_NAME"] = "blank"

    from flows.entry import RUNNER  # after PKO_MODEL_NAME is set
    from pko_extract.cli import run_command

    text = args.report.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory(prefix="pko-bench-") as tmp:
        raw, out, empty = Path(tmp, "raw"), Path(tmp, "out"), Path(tmp, "empty")
        raw.mkdir()
        empty.mkdir()
        for i in range(args.n):
            (raw / f"copy_{i:04d}.txt").write_text(f"{text}\n(copy {i})\n", encoding="utf-8")

        def timed(paths: list[Path], output: Path) -> tuple[float, int]:
            start = time.perf_counter()
            quiet = io.StringIO()
            with contextlib.redirect_stdout(quiet), contextlib.redirect_stderr(quiet):
                status = run_command(RUNNER, paths, output=output)
            return time.perf_counter() - start, status

        warm, _ = timed([empty], Path(tmp, "warm"))
        first, status1 = timed([raw], out)
        rerun, status2 = timed([raw], out)

    model = os.environ.get("PKO_MODEL_NAME", "default model")
    print(f"{args.n} copies of {args.report.name} ({model})")
    print(f"  Prefect start-up + empty run: {warm:6.1f} s")
    print(f"  first run:      {first:6.1f} s  {args.n / first:7.1f} reports/s  (exit {status1})")
    print(f"  re-run (same):  {rerun:6.1f} s  {args.n / rerun:7.1f} reports/s  (exit {status2})")
    return 0 if status1 == status2 == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
