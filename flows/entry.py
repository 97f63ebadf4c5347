"""The ``pko-extract`` console script: the library's command with the Prefect flow plugged in.

:func:`pko_extract.cli.main` parses the arguments, prints and picks the exit code; it never
imports ``flows``. This module hands it a :class:`~pko_extract.cli.Runner` whose callables
import ``flows.pipeline`` (and so Prefect) only when ``run`` or ``serve`` is called, so that
``--help``, ``extract`` and ``evaluate`` start without Prefect. A ``run`` keeps Prefect's
home under its output folder (:func:`flows.prefect_setup.use_output_home`).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from pko_extract import cli
from pko_extract.summary import RunSummary

if TYPE_CHECKING:
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
    from flows.prefect_setup import use_output_home

    use_output_home(output)  # before flows.pipeline imports prefect
    from flows.pipeline import run_flow

    return run_flow(paths, output=output, prune=prune, force=force, plan=plan, dask=dask)


def _serve(paths: list[Path], *, output: Path, cron: str, name: str) -> None:
    from flows.pipeline import serve_flow

    serve_flow(paths, output=output, cron=cron, name=name)


#: The flow as the command reaches it.
RUNNER = cli.Runner(run=_run, serve=_serve)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script; returns the exit status."""
    return cli.main(argv, runner=RUNNER)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
