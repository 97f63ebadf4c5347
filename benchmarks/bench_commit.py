"""The cost of a run's one commit as its reports grow (docs/SCALING.md).

Not a test. Usage::

    .venv/bin/python benchmarks/bench_commit.py [--n 2000 20000]

Extracts the fixture reports once (rules only), stages their rows again and again under new
report ids (as the batches of a big run would: one Parquet part per 64 reports) and times
``OutputStore.commit`` of that stage into an empty output folder: CPU and wall seconds, and
peak resident memory of this process.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

REPO = Path(__file__).resolve().parents[1]
os.environ.setdefault("PKO_MODEL_NAME", "blank")

from pko_extract import batches, staging  # noqa: E402
from pko_extract.batches import BatchItem  # noqa: E402
from pko_extract.ingest import hash_file, source_uri  # noqa: E402
from pko_extract.runs import Versions  # noqa: E402
from pko_extract.store import OutputStore  # noqa: E402

PART = 64  # reports per staged part, as MAX_BATCH


def fixture_tables() -> tuple[dict[str, pa.Table], int]:
    paths = sorted((REPO / "tests" / "fixtures" / "reports").glob("*.txt"))
    items = [BatchItem(str(p), hash_file(p), source_uri(p)) for p in paths]
    outcomes = batches.extract_batch(items, Versions.current())
    extractions = [o.extraction for o in outcomes if o.extraction is not None]
    return staging.batch_tables(extractions), len(extractions)


def renamed(tables: dict[str, pa.Table], copy: int) -> dict[str, pa.Table]:
    """The rows under new report ids (and source URIs): another copy of the reports."""
    out = {}
    for name, table in tables.items():
        for column in ("report_id", "source_uri"):
            if column in table.column_names:
                values = pc.binary_join_element_wise(table[column], pa.scalar(f"-{copy}"), "")
                table = table.set_column(table.column_names.index(column), column, values)
        out[name] = table
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, nargs="*", default=[2000, 20000])
    args = parser.parse_args(argv)
    base, per_copy = fixture_tables()
    print(f"{'reports':>8} {'rows':>9} {'wall s':>7} {'cpu s':>7} {'peak MB':>8}  load")
    for n in args.n:
        copies = max(1, n // per_copy)
        with tempfile.TemporaryDirectory() as tmp:
            store = OutputStore(Path(tmp) / "out")
            lock = store.lock()  # held from staging to commit, as by a run
            lock.__enter__()
            stage = store.new_stage("bench")
            parts: dict[str, list[pa.Table]] = {}
            number = 0
            for copy in range(copies):
                for name, table in renamed(base, copy).items():
                    parts.setdefault(name, []).append(table)
                if (copy + 1) * per_copy >= (number + 1) * PART or copy == copies - 1:
                    number += 1
                    staging.write_stage_tables(
                        stage, number, {k: pa.concat_tables(v) for k, v in parts.items()}
                    )
                    parts = {}
            wall, cpu = time.perf_counter(), time.process_time()
            rows = store.commit(extractions=[], staged=stage)
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            lock.__exit__(None, None, None)
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            total = sum(v for k, v in rows.items() if k not in ("missions", "runs"))
            print(
                f"{copies * per_copy:8d} {total:9d} {wall:7.1f} {cpu:7.1f} {peak:8.0f}"
                f"  {os.getloadavg()[0]:.1f}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
