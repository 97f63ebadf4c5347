"""The ``pko-extract`` console script: the library's command with the Prefect flow plugged in.

:func:`pko_extract.cli.main` parses the arguments, prints and picks the exit code; it never
imports ``flows``. This module hands it a :class:`~pko_extract.cli.Runner` whose callables
import ``flows.pipeline`` (and so Prefect) only when ``run`` or ``serve`` is called, so that
``--help``, ``extract`` and ``evaluate`` start without Prefect. A ``run`` keeps Prefect's
home under its output folder (:func:`flows.prefect_setup.use_output_home`) and, unless the
user points Prefect at a server, serves Prefect's API in its own process for the run
(:mod:`flows.local_server`) instead of letting Prefect start a temporary server process.

Python's cyclic garbage collector is kept away from the objects of the start-up: Prefect,
its server and the library make a few million objects (modules, classes, Pydantic schemas,
routes) that live until the process ends, and every full collection walks all of them, as
the interpreter's own collections do at exit. They are imported and the server started with
the collector paused, then frozen (:func:`gc.freeze`: later collections skip them); the
console script freezes what is left before it exits. Reference counting still frees
everything as usual; only cycles among the frozen objects are never collected. For the seed
run that is about 1.5 s of CPU while it runs and as much at exit.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from pko_extract import cli
from pko_extract.summary import RunSummary

if TYPE_CHECKING:
    from pko_extract.batches import ExtractorPool
    from pko_extract.runs import Plan


def _run(
    paths: list[Path],
    *,
    output: Path,
    prune: bool,
    force: bool = False,
    plan: Plan | None = None,
    dask: str = "",
) -> RunSummary:
    pool = _early_pool(plan, dask)
    try:
        return _run_with(
            paths, output=output, prune=prune, force=force, plan=plan, dask=dask, pool=pool
        )
    finally:
        if pool is not None:
            pool.__exit__(None, None, None)


def _early_pool(plan: Plan | None, dask: str) -> ExtractorPool | None:
    """The run's worker processes, started before Prefect is imported and its API served
    (about 4 s of one core): they import the library, load spaCy and warm up meanwhile,
    on the other core. None when the batches run in this process or on Dask."""
    if plan is None or dask:
        return None
    from pko_extract import batches, runs
    from pko_extract.config import get_settings

    todo, _ = runs.split_duplicates(plan)
    workers = batches.worker_count(len(todo))
    if workers < 2:
        return None
    return batches.ExtractorPool(workers, warm_model=get_settings().model_name).__enter__()


def _import_extraction_here() -> None:
    """Extraction in this process (one worker): import spaCy and the rules with the
    start-up, so that the collector never walks their objects either (as before the pool's
    module imported them lazily)."""
    from pko_extract import extract  # noqa: F401


def _run_with(
    paths: list[Path],
    *,
    output: Path,
    prune: bool,
    force: bool,
    plan: Plan | None,
    dask: str,
    pool: ExtractorPool | None,
) -> RunSummary:
    from flows import local_server
    from flows.prefect_setup import use_output_home

    server = local_server.reserved()
    if server is None:
        use_output_home(output)  # before flows.pipeline imports prefect
        if local_server.wanted():
            server = local_server.reserve(local_server.prefect_home())  # sets PREFECT_API_URL
    with _start_up_without_collections():
        from flows.pipeline import run_flow

        if server is not None:
            server.start()
        if pool is None and not dask and plan is not None:
            _import_extraction_here()
    if server is None:  # a server the user named, Prefect's own temporary server process
        # (PKO_PREFECT_IN_PROCESS=false), or one this process configured before (tests)
        return run_flow(
            paths, output=output, prune=prune, force=force, plan=plan, dask=dask, pool=pool
        )
    try:
        return run_flow(
            paths, output=output, prune=prune, force=force, plan=plan, dask=dask, pool=pool
        )
    finally:
        server.stop()


@contextmanager
def _start_up_without_collections() -> Iterator[None]:
    """Pause the garbage collector for the flow's first import in the process (and the
    server's start), then freeze what they made (see the module's docstring)."""
    if "flows.pipeline" in sys.modules or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


def _serve(paths: list[Path], *, output: Path, cron: str, name: str) -> None:
    from flows.pipeline import serve_flow

    serve_flow(paths, output=output, cron=cron, name=name)


#: The flow as the command reaches it.
RUNNER = cli.Runner(run=_run, serve=_serve)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script; returns the exit status.

    Without ``argv`` (the console script, which exits next) the objects still alive are
    frozen first, so that the collections of the interpreter's exit skip them.
    """
    status = cli.main(argv, runner=RUNNER)
    if argv is None:
        gc.freeze()
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
