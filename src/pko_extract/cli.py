"""The ``pko-extract`` command: arguments, messages and exit codes.

Subcommands:
    run       extract reports (files or folders, default raw/) into Parquet (default output/)
    extract   print one report's extraction as JSON on stdout; nothing is written
    evaluate  score extractions against gold annotation files
    serve     serve the flow with a cron schedule (Prefect)
    export    write the output tables as CSV files or Excel workbooks (one per table)
    review    rebuild the review pages (HTML) of an output folder (review_cli.py)

The help texts (examples, exit status, settings of each command) are in ``cli_help.py``.

``run`` and ``serve`` run the Prefect flow, which lives in ``flows/``; the library never
imports it. The console script (``flows/entry.py``) passes a :class:`Runner` to :func:`main`
instead. Heavy imports (spaCy, Prefect, pyarrow) happen inside the subcommands so that
``--help`` is instant.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from pko_extract import PIPELINE_VERSION
from pko_extract.cli_help import DESCRIPTION, EPILOGS, MAIN_EPILOG
from pko_extract.errors import PkoExtractError
from pko_extract.evaluation.args import add_evaluate_arguments, evaluate_from_args
from pko_extract.objectstore import is_url
from pko_extract.review_cli import add_review_command, review_after_run
from pko_extract.safe_text import safe_text
from pko_extract.summary import (
    EXIT_FAILED_REPORTS,
    EXIT_USAGE,
    PROGRESS_LOGGER,
    RunSummary,
    plural,
    summary_lines,
)

if TYPE_CHECKING:  # the command imports runs (and the store) only when it runs
    from pko_extract.remote_run import Prepared
    from pko_extract.runs import Plan

#: Loggers of Prefect whose records of pko-extract errors the command drops (by name: the
#: library does not import Prefect).
PREFECT_RUN_LOGGERS = ("prefect.flow_runs", "prefect.task_runs")


class RunFlow(Protocol):
    """Runs the pipeline once; raises what the run raised (a :class:`PkoExtractError`...).

    ``plan``: the plan of these paths the caller made under the output lock it still holds;
    the run uses it instead of hashing every file again. ``dask``: run the batches on a Dask
    cluster (``local``, ``local:N`` or a scheduler's address; "" for none).
    """

    def __call__(
        self,
        paths: list[Path],
        *,
        output: Path,
        prune: bool,
        force: bool = False,
        plan: Plan | None = None,
        dask: str = "",
    ) -> RunSummary: ...


class ServeFlow(Protocol):
    """Serves the pipeline on a cron schedule until interrupted; raises
    :class:`~pko_extract.errors.UsageError` when it cannot (no server, a bad cron)."""

    def __call__(self, paths: list[Path], *, output: Path, cron: str, name: str) -> None: ...


@dataclass(frozen=True)
class Runner:
    """How ``run`` and ``serve`` reach the flow (given by ``flows/entry.py``)."""

    run: RunFlow
    serve: ServeFlow


# --------------------------------------------------------------------------------------
# Messages and logging
# --------------------------------------------------------------------------------------


def _error(message: str) -> int:
    print(f"pko-extract: error: {safe_text(message)}", file=sys.stderr)
    return EXIT_USAGE


def _error_names(cls: type[BaseException] = PkoExtractError) -> set[str]:
    return {cls.__name__}.union(*(_error_names(sub) for sub in cls.__subclasses__()))


class DropExpectedTracebacks(logging.Filter):
    """Drop Prefect's log records of pko-extract errors: the command prints them in one line.

    Prefect logs a failing flow with the traceback (``exc_info``) and a failing task as
    "Finished in state Failed('Task run encountered an exception StoreError: ...')".
    """

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if isinstance(exc, PkoExtractError):
            return False
        message = record.getMessage()
        return not any(f"exception {name}:" in message for name in _error_names())


@contextlib.contextmanager
def cli_logging() -> Iterator[None]:
    """Progress lines to stderr (message only); no tracebacks of expected errors."""
    progress = logging.getLogger(PROGRESS_LOGGER)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    progress.addHandler(handler)
    progress.setLevel(logging.INFO)
    progress.propagate = False
    quiet = DropExpectedTracebacks()
    run_loggers = [logging.getLogger(name) for name in PREFECT_RUN_LOGGERS]
    for logger in run_loggers:
        logger.addFilter(quiet)
    try:
        yield
    finally:
        progress.removeHandler(handler)
        for logger in run_loggers:
            logger.removeFilter(quiet)


# --------------------------------------------------------------------------------------
# Subcommands
# --------------------------------------------------------------------------------------


def run_command(
    runner: Runner,
    paths: list[Path],
    *,
    output: Path,
    prune: bool = False,
    wait_seconds: float = 0.0,
    force: bool = False,
    dask: str = "",
    prepared: Prepared | None = None,
) -> int:
    """Run the flow once, printing progress and a summary (``pko-extract run``).

    The run is planned here first (hashes against the ``reports`` table): when no report
    needs extracting, the run (rejects, ``--prune``, the ``runs`` row) is recorded without
    starting Prefect or loading spaCy; otherwise the flow runs under the same lock, from
    this plan. With ``force`` every report is extracted again, whatever the output holds.
    With ``dask`` the batches run on that Dask cluster. ``prepared`` serves runs on an
    object store (:mod:`pko_extract.remote_run`): the URIs of the local copies, the steps
    after planning and the publication of the commit (under the lock, before the summary is
    printed).

    Returns:
        0 when every report was extracted, 1 when some failed (they are in the rejects
        table), 2 when nothing could run (a bad path, the output folder is locked).
    """
    from pko_extract import runs
    from pko_extract.ingest import iter_report_paths
    from pko_extract.store import shared_store

    try:
        iter_report_paths(paths)  # a bad path fails here, before Prefect starts
        if dask:
            # imported only here: batches_remote imports spaCy, which a re-run with nothing
            # to extract never loads
            from pko_extract.batches_remote import parse_dask_target

            parse_dask_target(dask)  # so does a bad --dask
        store = shared_store(output)
        with store.lock(wait_seconds), cli_logging():
            # plan first: with nothing to extract, neither spaCy nor Prefect is started
            versions = runs.Versions.current()
            plan = runs.plan_reports(
                paths,
                store,
                versions,
                force=force,
                source_uris=prepared.source_uris if prepared else None,
                known_ids=prepared.known_ids if prepared else None,
            )
            if prepared is not None and prepared.planned is not None:
                prepared.planned(plan)
            if plan.todo:
                summary = runner.run(
                    paths, output=output, prune=prune, force=force, plan=plan, dask=dask
                )
            else:
                runs.log_plan(plan)
                summary = runs.record_run(plan, str(output), versions, prune=prune)
                review_after_run(output)  # the flow writes them when it runs
            if prepared is not None and prepared.publish is not None:
                summary = prepared.publish(summary)
    except PkoExtractError as exc:
        return _error(str(exc))
    except Exception as exc:  # noqa: BLE001 - Prefect already logged the traceback
        print(f"pko-extract: error: the run failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_FAILED_REPORTS
    print("\n".join(summary_lines(summary)))
    return summary.exit_code


def serve_command(runner: Runner, paths: list[Path], *, output: Path, cron: str, name: str) -> int:
    """Serve the flow on a cron schedule until interrupted (``pko-extract serve``).

    Returns:
        2 for a bad path or cron expression, or without a Prefect server; otherwise it runs
        until Ctrl-C and returns 0.
    """
    from pko_extract.ingest import iter_report_paths

    try:
        iter_report_paths(paths)
        runner.serve(paths, output=output, cron=cron, name=name)
    except PkoExtractError as exc:
        return _error(str(exc))
    return 0


def _needs_flow(command: str) -> int:
    return _error(
        f"`{command}` runs the Prefect flow, which this entry point lacks; "
        "use the `pko-extract` command (flows/entry.py)"
    )


def _cmd_run(args: argparse.Namespace, runner: Runner | None) -> int:
    from pko_extract.config import get_settings

    if runner is None:
        return _needs_flow("run")
    if any(is_url(location) for location in [args.output, *args.paths]):
        return _run_remote(args, runner)
    return run_command(
        runner,
        [Path(p) for p in args.paths],
        output=Path(args.output),
        prune=args.prune,
        wait_seconds=args.wait,
        force=args.force,
        dask=get_settings().dask if args.dask is None else args.dask,
    )


def _run_remote(args: argparse.Namespace, runner: Runner) -> int:
    """``run`` with its input or output on an object store: a local run in a working folder,
    published with a conditional switch of the pointer (``remote_run``)."""
    from pko_extract.config import get_settings
    from pko_extract.remote_run import prepare_run

    try:
        with prepare_run(args.paths, args.output, args.wait) as prepared:
            for warning in prepared.warnings:
                print(f"pko-extract: warning: {warning}", file=sys.stderr)
            return run_command(
                runner,
                prepared.paths,
                output=prepared.output,
                prune=args.prune,
                wait_seconds=0.0 if prepared.publish else args.wait,
                force=args.force,
                dask=get_settings().dask if args.dask is None else args.dask,
                prepared=prepared,
            )
    except PkoExtractError as exc:
        return _error(str(exc))


def _cmd_extract(args: argparse.Namespace, runner: Runner | None) -> int:
    from pko_extract.extract import extract_document
    from pko_extract.ingest import read_document

    doc = read_document(Path(args.file))
    extraction = extract_document(doc)
    payload: dict[str, Any] = {
        name: [r.model_dump(mode="json") for r in rows]
        for name, rows in extraction.tables().items()
    }
    payload["reports"] = payload["reports"][0]
    text = json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    _write_utf8(text)
    return 0


def _write_utf8(text: str) -> None:
    """Write ``text`` to stdout as UTF-8 whatever the locale's encoding (a C or Latin-1
    locale would otherwise fail on, or mangle, "Hervé")."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a text-only stream (some test harnesses): it takes str
        sys.stdout.write(text)
        return
    buffer.write(text.encode("utf-8"))
    buffer.flush()


def _cmd_evaluate(args: argparse.Namespace, runner: Runner | None) -> int:
    return evaluate_from_args(args)


def _cmd_serve(args: argparse.Namespace, runner: Runner | None) -> int:
    if runner is None:
        return _needs_flow("serve")
    return serve_command(
        runner,
        [Path(p) for p in args.paths],
        output=Path(args.output),
        cron=args.cron,
        name=args.name,
    )


def _cmd_export(args: argparse.Namespace, runner: Runner | None) -> int:
    from pko_extract.export import export_tables

    result = export_tables(Path(args.output), args.format, args.to)
    for name, (path, rows) in result.files.items():
        print(f"  {name}: {plural(rows, 'row')} -> {path}")
    print(f"exported {len(result.files)} tables of commit {result.commit}")
    return 0


def _command(sub: Any, name: str, summary: str, description: str) -> argparse.ArgumentParser:
    """A subcommand whose help has the examples, exit status and settings of ``cli_help``."""
    return sub.add_parser(  # type: ignore[no-any-return]
        name,
        help=summary,
        description=description,
        epilog=EPILOGS[name],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``pko-extract`` command."""
    parser = argparse.ArgumentParser(
        prog="pko-extract",
        description=DESCRIPTION,
        epilog=MAIN_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"pko-extract {PIPELINE_VERSION}",
        help="print the pipeline version stored in the rows (reports.pipeline_version)",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = _command(
        sub,
        "run",
        "extract reports into Parquet datasets (incremental)",
        "Extract reports (plain text, HTML, PDF) into the Parquet tables of an output folder.",
    )
    p.add_argument(
        "paths", nargs="*", default=["raw"], help="files, folders or s3:// URLs (default: raw)"
    )
    p.add_argument(
        "--output", "-o", default="output", help="output folder or s3:// URL (default: output)"
    )
    p.add_argument(
        "--prune",
        action="store_true",
        help="drop the rows of reports whose file is no longer under the given paths",
    )
    p.add_argument(
        "--wait",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="if another run holds the output folder, wait this long before giving up",
    )
    p.add_argument(
        "--force",
        action="store_true",
        help="re-extract every report, also those the output holds unchanged (their rows "
        "are replaced; the runs row says forced)",
    )
    p.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="extract the batches on a Dask cluster: 'local' or 'local:N' (N worker "
        "processes on this machine) or a scheduler address, tcp://host:8786 (default: "
        "PKO_DASK, else this machine's worker processes without Dask; docs/SCALING.md)",
    )
    p.set_defaults(func=_cmd_run)

    p = _command(
        sub,
        "extract",
        "print one report's extraction as JSON",
        "Extract one report and print every table's rows as JSON on stdout; nothing is written.",
    )
    p.add_argument("file", help="report file (.txt, .html, .pdf)")
    p.set_defaults(func=_cmd_extract)

    p = _command(
        sub,
        "evaluate",
        "score extraction against gold annotations",
        "Score the extraction of reports against gold annotation files.",
    )
    add_evaluate_arguments(p)
    p.set_defaults(func=_cmd_evaluate)

    p = _command(
        sub,
        "serve",
        "serve the flow on a cron schedule (Prefect)",
        "Serve `run` as a Prefect deployment on a cron schedule until stopped.",
    )
    p.add_argument("paths", nargs="*", default=["raw"], help="files or folders (default: raw)")
    p.add_argument("--output", "-o", default="output", help="output folder (default: output)")
    p.add_argument("--cron", default="0 * * * *", help='cron schedule (default: "0 * * * *")')
    p.add_argument("--name", default="pko-extract-scheduled", help="deployment name")
    p.set_defaults(func=_cmd_serve)

    p = _command(
        sub,
        "export",
        "write the output tables as CSV files or Excel workbooks (one per table)",
        "Write every table of an output folder as one file, for Excel, R or Stata.",
    )
    p.add_argument("output", help="output folder of `pko-extract run` (e.g. output)")
    p.add_argument(
        "--format",
        choices=["csv", "xlsx"],
        default="csv",
        help="csv (default): one UTF-8 CSV file per table; xlsx: one Excel workbook per "
        "table, each with one sheet",
    )
    p.add_argument("--to", metavar="DIR", help="folder of the files (default: OUTPUT/export)")
    p.set_defaults(func=_cmd_export)

    add_review_command(sub)
    return parser


def main(argv: list[str] | None = None, *, runner: Runner | None = None) -> int:
    """Run the command; returns the exit status.

    Args:
        argv: the arguments (default: ``sys.argv[1:]``).
        runner: how ``run`` and ``serve`` reach the flow; without it they exit 2.
    """
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args, runner) or 0)
    except PkoExtractError as exc:
        print(f"pko-extract: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("pko-extract: interrupted", file=sys.stderr)
        return 130
