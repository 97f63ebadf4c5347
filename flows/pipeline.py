"""The Prefect flow of pko-extract: reports in raw/ -> Parquet tables in output/.

The flow is thin (see STYLE.md): every task wraps one library call and adds what Prefect is
for - retries, logging, caching, an artifact. All parsing lives in the library.

    plan-run        ingest.iter_report_paths + ingest.hash_file, store.plan_run against
                    OutputStore.report_states(): which reports are new, changed, unchanged, gone
    extract-report  one task per new/changed report: ingest.read_document + extract.extract_document
    commit-run      OutputStore.commit(...) of all extractions, rejects and the run record
    publish-summary a table artifact with the counts

The output folder's lock (``OutputStore.lock``) is held from planning to commit, so the plan
is still true when it is committed. A report that fails never stops the others: its error
becomes a :class:`RejectRecord` (stage, error type, message) and the previous rows of the
report stay as they were.

Caching of ``extract-report``: the cache key is the report's sha256 + its source URI + the
pipeline, schema, model and gazetteer versions + the size limit - never the task source
alone, so a new model or gazetteer re-extracts, and the same bytes at another path do not get
a wrong ``source_uri``. Results are persisted (pickled ``Extraction``, i.e. Pydantic records)
under ``<output>/.prefect-cache/``, not in ``~/.prefect``: unchanged reports are already
skipped by ``plan_run``, so the cache only serves a run that re-does work an interrupted run
had finished (a crash or kill before the commit); keeping it next to the data means deleting
the output folder also forgets the cache, and a cached result can never outlive the tables it
was made for. The pickles are only valid for the versions in the key - which is why the
versions are in it. Set ``PREFECT_TASKS_REFRESH_CACHE=true`` to ignore the cache for a run.

Entry points used by the CLI: :func:`run_pipeline` (``pko-extract run``) and
:func:`serve_pipeline` (``pko-extract serve``).
"""

from __future__ import annotations

from pko_extract.prefect_setup import configure

configure()  # before prefect is imported: Prefect reads its settings at import time

import contextlib  # noqa: E402
import functools  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import logging  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import uuid  # noqa: E402
from collections.abc import Iterator, Sequence  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from datetime import UTC, datetime  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from prefect import flow, get_run_logger, runtime, task  # noqa: E402
from prefect.artifacts import create_table_artifact  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.states import State  # noqa: E402

from pko_extract import PIPELINE_VERSION, extract, gazetteer, ingest, store  # noqa: E402
from pko_extract.config import get_settings  # noqa: E402
from pko_extract.errors import IngestError, PkoExtractError  # noqa: E402
from pko_extract.models import SCHEMA_VERSION, Extraction, RejectRecord, RunRecord  # noqa: E402

#: Folder under the output folder that holds the persisted results of ``extract-report``.
CACHE_DIRNAME = ".prefect-cache"
#: Test hook only: seconds to sleep before each report (lets the crash test kill a run mid-way).
TEST_SLEEP_ENV = "PKO_TEST_SLEEP_PER_REPORT"
#: Progress lines ("[3/12] extracted d03.txt") go to this logger; ``run_pipeline`` prints it.
progress_logger = logging.getLogger("pko_extract.progress")

EXIT_OK, EXIT_FAILED_REPORTS, EXIT_USAGE = 0, 1, 2


# --------------------------------------------------------------------------------------
# Values passed between the steps
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Versions:
    """Everything besides the bytes that decides what an extraction looks like."""

    pipeline_version: str
    schema_version: str
    model_name: str
    gazetteer_version: str
    max_file_bytes: int

    @classmethod
    def current(cls) -> Versions:
        settings = get_settings()
        return cls(
            pipeline_version=PIPELINE_VERSION,
            schema_version=SCHEMA_VERSION,
            model_name=settings.model_name,
            gazetteer_version=gazetteer.default_gazetteer().version,
            max_file_bytes=settings.max_file_bytes,
        )


@dataclass
class Plan:
    """What the run will do: files found, their hashes and the store's verdict."""

    report_ids: dict[str, str]  # source_uri -> sha256, files that could be hashed
    paths: dict[str, str]  # source_uri -> path as found
    new: list[str]
    changed: list[str]
    unchanged: list[str]
    missing: list[str]  # in the store, no longer under the given paths (or not readable)
    duplicates: dict[str, str]  # unchanged path -> stored path with the same bytes
    rejects: list[RejectRecord] = field(default_factory=list)  # files that could not be hashed

    @property
    def todo(self) -> list[str]:
        """Source URIs to extract, in path order."""
        return sorted(set(self.new) | set(self.changed), key=lambda uri: self.paths[uri])


@dataclass
class ReportOutcome:
    """The result of one ``extract-report`` task: an extraction, or why there is none."""

    source_uri: str
    extraction: Extraction | None = None
    reject: RejectRecord | None = None


@dataclass
class RunSummary:
    """What a run did; returned by the flow and printed by ``run_pipeline``."""

    run_id: str
    output: str
    n_found: int
    n_new: int
    n_changed: int
    n_unchanged: int
    n_failed: int
    n_removed: int
    rows: dict[str, int]
    failures: list[tuple[str, str]]  # (file name, message)
    status: str

    @property
    def exit_code(self) -> int:
        """0 when every report was extracted, 1 when some failed."""
        return EXIT_FAILED_REPORTS if self.n_failed else EXIT_OK


def _now() -> datetime:
    return datetime.now(UTC)


def _reject(source_uri: str, report_id: str | None, exc: BaseException) -> RejectRecord:
    return RejectRecord(
        source_uri=source_uri,
        report_id=report_id,
        stage="ingest" if isinstance(exc, IngestError) else "extract",
        error_type=type(exc).__name__,
        message=str(exc) or repr(exc),
        rejected_at=_now(),
    )


@functools.lru_cache(maxsize=8)
def _store_for(root: Path) -> store.OutputStore:
    return store.OutputStore(root)


def output_store(output: str) -> store.OutputStore:
    """The process's one :class:`OutputStore` of a folder.

    Its lock is re-entrant only within one object (``flock`` is per open file), so the CLI,
    the flow and the commit task must share the object to share the lock.
    """
    return _store_for(Path(output).resolve())


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _name(source_uri: str) -> str:
    return source_uri.rsplit("/", 1)[-1]


# --------------------------------------------------------------------------------------
# Tasks
# --------------------------------------------------------------------------------------


@task(name="plan-run", cache_policy=NO_CACHE)
def plan_reports(paths: list[str], output: str, versions: Versions) -> Plan:
    """Hash every report file and ask the store which ones need work."""
    report_ids: dict[str, str] = {}
    found: dict[str, str] = {}
    rejects: list[RejectRecord] = []
    for path in ingest.iter_report_paths([Path(p) for p in paths]):
        uri = path.resolve().as_uri()
        found[uri] = str(path)
        try:
            report_ids[uri] = ingest.hash_file(path)
        except IngestError as exc:
            rejects.append(_reject(uri, None, exc))
    states = output_store(output).report_states()
    run_plan = store.plan_run(
        report_ids,
        states,
        pipeline_version=versions.pipeline_version,
        model_name=versions.model_name,
        gazetteer_version=versions.gazetteer_version,
    )
    unreadable = {r.source_uri for r in rejects}
    return Plan(
        report_ids=report_ids,
        paths=found,
        new=list(run_plan.new),
        changed=list(run_plan.changed),
        unchanged=list(run_plan.unchanged),
        # a file that exists but cannot be read now is not "gone": never prune its rows
        missing=[uri for uri in run_plan.missing if uri not in unreadable],
        duplicates=dict(run_plan.duplicates),
        rejects=rejects,
    )


def report_cache_key(context: Any, parameters: dict[str, Any]) -> str:
    """Cache key of ``extract-report``: the report's bytes, where they are and all versions."""
    versions: Versions = parameters["versions"]
    material = {
        "report_id": parameters["report_id"],
        "source_uri": parameters["source_uri"],
        **versions.__dict__,
    }
    digest = hashlib.sha256(json.dumps(material, sort_keys=True).encode()).hexdigest()
    return f"extract-report-{digest}"


def _is_transient(exc: BaseException) -> bool:
    """An OS-level read error that may pass (not: missing, a folder, permission denied)."""
    permanent = (FileNotFoundError, IsADirectoryError, NotADirectoryError, PermissionError)
    cause = exc if isinstance(exc, OSError) else exc.__cause__
    return isinstance(cause, OSError) and not isinstance(cause, permanent)


def _retry_on_transient(task: Any, task_run: Any, state: State) -> bool:
    try:
        state.result()
    except Exception as exc:  # noqa: BLE001 - the state's exception is what we classify
        return _is_transient(exc)
    return False


@task(
    name="extract-report",
    task_run_name="extract {path}",
    retries=2,
    retry_delay_seconds=1,
    retry_condition_fn=_retry_on_transient,
    cache_key_fn=report_cache_key,
    persist_result=True,
)
def extract_report(path: str, report_id: str, source_uri: str, versions: Versions) -> ReportOutcome:
    """Read and extract one report.

    A content error (empty, binary, undecodable, too large, nothing recognisable) is returned
    as a reject: it is a fact about these bytes, so it may be cached. A transient OS error is
    raised and retried; any other exception is raised and turned into a reject by the flow.
    """
    try:
        doc = ingest.read_document(Path(path), max_bytes=versions.max_file_bytes)
        if doc.report_id != report_id:
            raise IngestError(f"{path}: the file changed during the run; run again")
        extraction = extract.extract_document(
            doc, nlp=_get_nlp(versions.model_name), gazetteer=gazetteer.default_gazetteer()
        )
    except PkoExtractError as exc:
        if _is_transient(exc):
            raise
        get_run_logger().info("rejected %s: %s", _name(source_uri), exc)
        return ReportOutcome(source_uri, reject=_reject(source_uri, report_id, exc))
    return ReportOutcome(source_uri, extraction=extraction)


def _get_nlp(model_name: str) -> Any:
    get_nlp = getattr(extract, "get_nlp", None)
    if get_nlp is None:  # until extract re-exports it
        from pko_extract.recognize import get_nlp
    return get_nlp(model_name)


@task(name="commit-run", cache_policy=NO_CACHE)
def commit_run(
    output: str,
    extractions: list[Extraction],
    rejects: list[RejectRecord],
    replace_uris: list[str],
    remove_uris: list[str],
    run: RunRecord,
    duplicates: dict[str, str],
) -> dict[str, int]:
    """Write everything of the run to the Parquet datasets in one commit."""
    return output_store(output).commit(
        extractions=extractions,
        rejects=rejects,
        replace_uris=replace_uris,
        remove_uris=remove_uris,
        run=run,
        missions=list(gazetteer.default_gazetteer().mission_records()),
        duplicates=duplicates,
    )


@task(name="publish-summary", cache_policy=NO_CACHE)
def publish_summary(summary: RunSummary) -> None:
    """A table artifact with the run's counts, rows per table and failed files."""
    table: list[dict[str, Any]] = [
        {"item": "reports found", "value": summary.n_found},
        {"item": "new", "value": summary.n_new},
        {"item": "changed", "value": summary.n_changed},
        {"item": "unchanged", "value": summary.n_unchanged},
        {"item": "failed", "value": summary.n_failed},
        {"item": "removed", "value": summary.n_removed},
    ]
    table += [{"item": f"rows: {name}", "value": n} for name, n in sorted(summary.rows.items())]
    table += [{"item": f"rejected: {name}", "value": msg} for name, msg in summary.failures]
    create_table_artifact(
        table=table,
        key="pko-extract-run-summary",
        description=f"pko-extract run {summary.run_id} into {summary.output}: {summary.status}",
    )


# --------------------------------------------------------------------------------------
# The flow
# --------------------------------------------------------------------------------------


def _test_sleep() -> None:
    seconds = float(os.environ.get(TEST_SLEEP_ENV) or 0)
    if seconds > 0:
        time.sleep(seconds)


def _outcome(state: State, source_uri: str, report_id: str) -> ReportOutcome:
    """The task's outcome, or a reject when it raised (after its retries)."""
    try:
        return state.result()
    except Exception as exc:  # noqa: BLE001 - any per-report error becomes a reject
        return ReportOutcome(source_uri, reject=_reject(source_uri, report_id, exc))


@flow(name="pko-extract", log_prints=False)
def pko_extract_flow(
    paths: list[str],
    output: str,
    prune: bool = False,
    wait_seconds: float = 0.0,
) -> RunSummary:
    """Extract the reports under ``paths`` into the Parquet datasets in ``output``.

    Args:
        paths: report files and folders.
        output: output folder.
        prune: drop the rows of reports whose file is no longer under ``paths``.
        wait_seconds: how long to wait for the output folder's lock (re-entrant: when the
            caller already holds it, as ``run_pipeline`` does, this returns at once).
    """
    started_at = _now()
    run_id = str(runtime.flow_run.id or uuid.uuid4())
    versions = Versions.current()
    with output_store(output).lock(wait_seconds):
        plan = plan_reports(paths, output, versions)
        todo = plan.todo
        progress_logger.info(
            "%s: %d new, %d changed, %d unchanged%s",
            _plural(len(plan.paths), "report file"),
            len(plan.new),
            len(plan.changed),
            len(plan.unchanged),
            f", {len(plan.rejects)} unreadable" if plan.rejects else "",
        )
        cached_extract = extract_report.with_options(
            result_storage=Path(output).resolve() / CACHE_DIRNAME
        )
        outcomes: list[ReportOutcome] = []
        for i, uri in enumerate(todo, 1):
            _test_sleep()
            state = cached_extract(
                plan.paths[uri], plan.report_ids[uri], uri, versions, return_state=True
            )
            outcome = _outcome(state, uri, plan.report_ids[uri])
            outcomes.append(outcome)
            verb = "extracted" if outcome.extraction else "failed"
            progress_logger.info("[%d/%d] %s %s", i, len(todo), verb, Path(plan.paths[uri]).name)

        extractions = [o.extraction for o in outcomes if o.extraction is not None]
        rejects = plan.rejects + [o.reject for o in outcomes if o.reject is not None]
        ok = {o.source_uri for o in outcomes if o.extraction is not None}
        remove = plan.missing if prune else []
        n_failed = len(rejects)
        run = RunRecord(
            run_id=run_id,
            started_at=started_at,
            finished_at=_now(),
            n_new=sum(uri in ok for uri in plan.new),
            n_changed=sum(uri in ok for uri in plan.changed),
            n_unchanged=len(plan.unchanged),
            n_failed=n_failed,
            n_removed=len(remove),
            pipeline_version=versions.pipeline_version,
            model_name=versions.model_name,
            gazetteer_version=versions.gazetteer_version,
            status="failed" if n_failed else "completed",
        )
        # every changed file is replaced, also one that fails now: its old rows describe
        # bytes that are gone, and its reject says why there are no new ones
        rows = commit_run(output, extractions, rejects, plan.changed, remove, run, plan.duplicates)
    summary = RunSummary(
        run_id=run_id,
        output=output,
        n_found=len(plan.paths),
        n_new=run.n_new,
        n_changed=run.n_changed,
        n_unchanged=run.n_unchanged,
        n_failed=n_failed,
        n_removed=run.n_removed,
        rows=dict(rows),
        # named as found (a symlink by its own name, while source_uri is where it points)
        failures=[
            (Path(plan.paths.get(r.source_uri, r.source_uri)).name, r.message) for r in rejects
        ],
        status=run.status,
    )
    publish_summary(summary)
    return summary


# --------------------------------------------------------------------------------------
# Entry points of the CLI
# --------------------------------------------------------------------------------------


def _error_names(cls: type[BaseException] = PkoExtractError) -> set[str]:
    return {cls.__name__}.union(*(_error_names(sub) for sub in cls.__subclasses__()))


class _DropExpectedTracebacks(logging.Filter):
    """Drop Prefect's log records of pko-extract errors: the CLI prints them in one line.

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
def _cli_logging() -> Iterator[None]:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    progress_logger.addHandler(handler)
    progress_logger.setLevel(logging.INFO)
    progress_logger.propagate = False
    quiet = _DropExpectedTracebacks()
    prefect_loggers = [logging.getLogger(n) for n in ("prefect.flow_runs", "prefect.task_runs")]
    for logger in prefect_loggers:
        logger.addFilter(quiet)
    try:
        yield
    finally:
        progress_logger.removeHandler(handler)
        for logger in prefect_loggers:
            logger.removeFilter(quiet)


def _print_summary(summary: RunSummary) -> None:
    print(
        f"{_plural(summary.n_found, 'report')}: {summary.n_new} new, {summary.n_changed} changed, "
        f"{summary.n_unchanged} unchanged, {summary.n_failed} failed"
        + (f", {summary.n_removed} removed" if summary.n_removed else "")
    )
    for name, n in summary.rows.items():
        print(f"  {name}: {_plural(n, 'row')}")
    for name, message in summary.failures:
        print(f"  rejected {name}: {message}")
    print(f"output: {summary.output}")


def _error(message: str) -> int:
    print(f"pko-extract: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def run_pipeline(
    paths: Sequence[Path], *, output: Path, prune: bool = False, wait_seconds: float = 0.0
) -> int:
    """Run the flow once, printing progress and a summary (``pko-extract run``).

    Returns:
        0 when every report was extracted, 1 when some failed (they are in the rejects
        table), 2 when nothing could run (a bad path, the output folder is locked).
    """
    try:
        ingest.iter_report_paths(list(paths))  # a bad path fails here, before Prefect starts
        with output_store(str(output)).lock(wait_seconds), _cli_logging():
            state = pko_extract_flow(
                paths=[str(p) for p in paths],
                output=str(output),
                prune=prune,
                return_state=True,
            )
    except PkoExtractError as exc:
        return _error(str(exc))
    try:
        summary: RunSummary = state.result()
    except PkoExtractError as exc:
        return _error(str(exc))
    except Exception as exc:  # noqa: BLE001 - Prefect already logged the traceback
        print(f"pko-extract: error: the run failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_FAILED_REPORTS
    _print_summary(summary)
    return summary.exit_code


def build_deployment(name: str, *, paths: Sequence[Path], output: Path, cron: str) -> Any:
    """The flow as a :class:`RunnerDeployment` with a cron schedule (absolute paths)."""
    return pko_extract_flow.to_deployment(
        name=name,
        cron=cron,
        parameters={
            "paths": [str(Path(p).resolve()) for p in paths],
            "output": str(Path(output).resolve()),
        },
        description="Extract event reports into Parquet tables on a schedule.",
    )


def serve_pipeline(paths: Sequence[Path], *, output: Path, cron: str, name: str) -> int:
    """Serve the flow on a cron schedule until interrupted (``pko-extract serve``).

    Schedules need a Prefect server (``prefect server start``, then
    ``PREFECT_API_URL=http://127.0.0.1:4200/api``): the temporary server of ``run`` has no
    scheduler.

    Returns:
        2 for a bad cron expression or path, or without a Prefect server; otherwise it runs
        until Ctrl-C.
    """
    from prefect.client.schemas.schedules import CronSchedule
    from prefect.settings import PREFECT_API_URL

    if not PREFECT_API_URL.value():
        return _error(
            "serving on a schedule needs a Prefect server: run `prefect server start` in "
            "another terminal, then `export PREFECT_API_URL=http://127.0.0.1:4200/api`"
        )

    try:
        CronSchedule(cron=cron)
        ingest.iter_report_paths(list(paths))
    except PkoExtractError as exc:
        return _error(str(exc))
    except ValueError:
        return _error(
            f"invalid cron expression {cron!r}; use five fields, e.g. '0 * * * *' (hourly)"
        )
    pko_extract_flow.serve(
        name=name,
        cron=cron,
        parameters={
            "paths": [str(Path(p).resolve()) for p in paths],
            "output": str(Path(output).resolve()),
        },
    )
    return EXIT_OK
