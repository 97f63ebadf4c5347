"""Whole ``pko-extract run`` s on this machine's worker processes and on Dask (docs/SCALING.md).

Not a test. Usage::

    .venv/bin/python benchmarks/bench_dask.py [--n 200] [--n0 20] [--blank]

For each way of running (no Dask, ``--dask local:1``, ``--dask local:2``) two first runs in
fresh folders, over ``--n0`` and over ``--n`` reports (copies of raw/ and the fixture
reports, as ``bench_run.py`` makes them): wall and CPU seconds (CPU of the command and every
process it waited for: Dask's scheduler lives in it, its nanny and worker processes are its
children), reports/s, and the cost of one more report, (T(n) - T(n0)) / (n - n0), which
leaves out the start-up (Prefect's temporary server, the cluster, the model load per worker).
The load average before and after each run is printed too: this machine is shared.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_run import BIN, REPO, Measure, make_reports, measure  # noqa: E402

MODES: dict[str, list[str]] = {
    "processes": [],
    "dask local:1": ["--dask", "local:1"],
    "dask local:2": ["--dask", "local:2"],
}


def run_once(n: int, extra: list[str], env: dict[str, str], tmp: Path) -> Measure:
    raw, out = tmp / f"raw-{n}", tmp / "out"
    make_reports(raw, n)
    command = [str(BIN / "python"), "-m", "flows.entry", "run", str(raw), "-o", str(out)]
    result = measure(command + extra, env)
    if result.status != 0:
        raise SystemExit(f"run failed ({result.status}): {result.stderr[-2000:]}")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200, help="reports of the long run")
    parser.add_argument("--n0", type=int, default=20, help="reports of the short run")
    parser.add_argument("--blank", action="store_true", help="PKO_MODEL_NAME=blank (rules only)")
    parser.add_argument("--modes", nargs="*", default=list(MODES), choices=list(MODES))
    args = parser.parse_args(argv)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO / "src"), str(REPO)])}
    env.pop("PREFECT_API_URL", None)
    if args.blank:
        env["PKO_MODEL_NAME"] = "blank"
    print(f"{'mode':14} {'n':>5} {'wall s':>8} {'cpu s':>8} {'rep/s':>7}  load before/after")
    for mode in args.modes:
        timings: dict[int, Measure] = {}
        for n in (args.n0, args.n):
            with tempfile.TemporaryDirectory() as tmp:
                env["PREFECT_HOME"] = str(Path(tmp) / "prefect")
                before = os.getloadavg()[0]
                timings[n] = m = run_once(n, MODES[mode], env, Path(tmp))
                after = os.getloadavg()[0]
            print(
                f"{mode:14} {n:5d} {m.wall:8.1f} {m.cpu:8.1f} {n / m.wall:7.2f}"
                f"  {before:.1f}/{after:.1f}",
                flush=True,
            )
        extra = args.n - args.n0
        wall = (timings[args.n].wall - timings[args.n0].wall) / extra
        cpu = (timings[args.n].cpu - timings[args.n0].cpu) / extra
        print(f"{mode:14} one more report: {wall:.3f} s wall, {cpu:.3f} s CPU", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
