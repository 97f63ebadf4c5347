"""The Prefect flow of pko-extract: reports in raw/ -> Parquet tables in output/.

The flow is thin (see STYLE.md): every task wraps one library call and adds what Prefect is
for - retries, logging, caching, an artifact. All parsing lives in the library.

    plan-run        ingest.iter_report_paths + ingest.hash_file, planning.plan_run against
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

Used by the command (``flows/entry.py`` hands them to :func:`pko_extract.cli.main`):
:func:`run_flow` (``pko-extract run``) and :func:`serve_flow` (``pko-extract serve``); they
raise, the command prints. :func:`build_deployment` makes a scheduled deployment.
"""

from __future__ import annotations

from flows.prefect_setup import configure
from flows.schedule_log import log_end, log_start, schedule_line

configure()  # before prefect is imported: Prefect reads its settings at import time

import hashlib  # noqa: E402
import json  # noqa: E402
import logging  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import uuid  # noqa: E402
from collections.abc import Callable, Sequence  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from datetime import UTC, datetime  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from prefect import flow, get_run_logger, runtime, task  # noqa: E402
from prefect.artifacts import create_table_artifact  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.states import State  # noqa: E402

from pko_extract import (  # noqa: E402
    PIPELINE_VERSION,
    extract,
    gazetteer,
    ingest,
    planning,
    store,
)
from pko_extract.config import get_settings  # noqa: E402
from pko_extract.errors import IngestError, PkoExtractError, UsageError  # noqa: E402
from pko_extract.models import SCHEMA_VERSION, Extraction, RejectRecord, RunRecord  # noqa: E402
from pko_extract.safe_text import safe_text  # noqa: E402
from pko_extract.summary import PROGRESS_LOGGER, RunSummary, plural  # noqa: E402

#: Folder under the output folder that holds the persisted results of ``extract-report``.
CACHE_DIRNAME = ".prefect-cache"
#: Test hook only: seconds to sleep before each report (lets the crash test kill a run mid-way).
TEST_SLEEP_ENV = "PKO_TEST_SLEEP_PER_REPORT"
#: Progress lines ("[3/12] extracted d03.txt") go to this logger; the command prints it.
progress_logger = logging.getLogger(PROGRESS_LOGGER)


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


def output_store(output: str) -> store.OutputStore:
    """The process's one :class:`OutputStore` of a folder (shared with the command's lock)."""
    return store.shared_store(output)


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
        uri = ingest.source_uri(path)
        found[uri] = str(path)
        try:
            report_ids[uri] = ingest.hash_file(path)
        except IngestError as exc:
            rejects.append(_reject(uri, None, exc))
    states = output_store(output).report_states()
    run_plan = planning.plan_run(
        report_ids,
        states,
        pipeline_version=versions.pipeline_version,
        model_name=versions.model_name,
        gazetteer_version=versions.gazetteer_version,
        rejected=output_store(output).reject_uris(),
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


def _extract_run_name() -> str:
    """``extract <path>``, escaped: Prefect's events refuse a name that is not UTF-8."""
    return f"extract {safe_text(str(runtime.task_run.parameters.get('path', '')))}"


@task(
    name="extract-report",
    task_run_name=_extract_run_name,
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
    get_nlp: Callable[[str], Any] | None = getattr(extract, "get_nlp", None)
    if get_nlp is None:  # until extract re-exports it
        from pko_extract import recognize

        get_nlp = recognize.get_nlp
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


def _extract_all(plan: Plan, output: str, versions: Versions) -> list[ReportOutcome]:
    """One ``extract-report`` task per new or changed report, with a progress line each."""
    todo = plan.todo
    progress_logger.info(
        "%s: %d new, %d changed, %d unchanged%s",
        plural(len(plan.paths), "report file"),
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
    return outcomes


def _run_record(
    run_id: str,
    started_at: datetime,
    plan: Plan,
    outcomes: list[ReportOutcome],
    n_failed: int,
    n_removed: int,
    versions: Versions,
) -> RunRecord:
    """The ``runs`` row of this run."""
    ok = {o.source_uri for o in outcomes if o.extraction is not None}
    return RunRecord(
        run_id=run_id,
        started_at=started_at,
        finished_at=_now(),
        n_new=sum(uri in ok for uri in plan.new),
        n_changed=sum(uri in ok for uri in plan.changed),
        n_unchanged=len(plan.unchanged),
        n_failed=n_failed,
        n_removed=n_removed,
        pipeline_version=versions.pipeline_version,
        model_name=versions.model_name,
        gazetteer_version=versions.gazetteer_version,
        status="failed" if n_failed else "completed",
    )


def _summary(
    run: RunRecord, output: str, plan: Plan, rows: dict[str, int], rejects: list[RejectRecord]
) -> RunSummary:
    return RunSummary(
        run_id=run.run_id,
        output=output,
        n_found=len(plan.paths),
        n_new=run.n_new,
        n_changed=run.n_changed,
        n_unchanged=run.n_unchanged,
        n_failed=run.n_failed,
        n_removed=run.n_removed,
        rows=dict(rows),
        # named as found (a symlink by its own name, while source_uri is where it points)
        failures=[
            (Path(plan.paths.get(r.source_uri, r.source_uri)).name, r.message) for r in rejects
        ],
        status=run.status,
    )


@flow(
    name="pko-extract",
    log_prints=False,
    on_running=[log_start],
    on_completion=[log_end],
    on_failure=[log_end],
    on_crashed=[log_end],
    on_cancellation=[log_end],
)
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
            caller already holds it, as ``pko-extract run`` does, this returns at once).
    """
    started_at = _now()
    run_id = str(runtime.flow_run.id or uuid.uuid4())
    versions = Versions.current()
    with output_store(output).lock(wait_seconds):
        plan = plan_reports(paths, output, versions)
        outcomes = _extract_all(plan, output, versions)
        extractions = [o.extraction for o in outcomes if o.extraction is not None]
        rejects = plan.rejects + [o.reject for o in outcomes if o.reject is not None]
        remove = plan.missing if prune else []
        run = _run_record(run_id, started_at, plan, outcomes, len(rejects), len(remove), versions)
        # every changed file is replaced, also one that fails now: its old rows describe
        # bytes that are gone, and its reject says why there are no new ones
        rows = commit_run(output, extractions, rejects, plan.changed, remove, run, plan.duplicates)
    summary = _summary(run, output, plan, rows, rejects)
    publish_summary(summary)
    return summary


# --------------------------------------------------------------------------------------
# Entry points of the command and deployments
# --------------------------------------------------------------------------------------


def run_flow(paths: Sequence[Path], *, output: Path, prune: bool = False) -> RunSummary:
    """Run the flow once (``pko-extract run``); the command holds the output lock.

    Raises:
        PkoExtractError: what made the run fail (e.g. an unreadable output table); any other
            exception of the flow is raised as it is (Prefect has logged it).
    """
    state = pko_extract_flow(
        paths=[str(p) for p in paths], output=str(output), prune=prune, return_state=True
    )
    summary: RunSummary = state.result()
    return summary


def _flow_parameters(paths: Sequence[Path], output: Path) -> dict[str, Any]:
    return {
        "paths": [str(Path(p).resolve()) for p in paths],
        "output": str(Path(output).resolve()),
    }


def cron_schedule(cron: str) -> Any:
    """A :class:`CronSchedule` in the time zone of ``PKO_SCHEDULE_TIMEZONE`` (default UTC).

    Raises:
        UsageError: the cron expression or the time zone is invalid.
    """
    from prefect.client.schemas.schedules import CronSchedule

    timezone = get_settings().schedule_timezone
    try:
        return CronSchedule(cron=cron, timezone=timezone)
    except ValueError:
        raise UsageError(
            f"invalid cron expression {cron!r} or time zone {timezone!r} (PKO_SCHEDULE_TIMEZONE); "
            "use five fields, e.g. '0 * * * *' (hourly), and an IANA zone, e.g. 'Europe/Paris'"
        ) from None


def build_deployment(name: str, *, paths: Sequence[Path], output: Path, cron: str) -> Any:
    """The flow as a :class:`RunnerDeployment` with a cron schedule (absolute paths)."""
    return pko_extract_flow.to_deployment(
        name=name,
        schedules=[cron_schedule(cron)],
        parameters=_flow_parameters(paths, output),
        description="Extract event reports into Parquet tables on a schedule.",
    )


def serve_flow(paths: Sequence[Path], *, output: Path, cron: str, name: str) -> None:
    """Serve the flow on a cron schedule until interrupted (``pko-extract serve``).

    Schedules need a Prefect server (``prefect server start``, then
    ``PREFECT_API_URL=http://127.0.0.1:4200/api``): the temporary server of ``run`` has no
    scheduler.

    Raises:
        UsageError: there is no Prefect server, or the cron expression is invalid.
    """
    from prefect.settings import PREFECT_API_URL

    if not PREFECT_API_URL.value():
        raise UsageError(
            "serving on a schedule needs a Prefect server: run `prefect server start` in "
            "another terminal, then `export PREFECT_API_URL=http://127.0.0.1:4200/api`"
        )
    schedule = cron_schedule(cron)
    print(
        schedule_line(f"serving {name} on '{cron}' ({schedule.timezone}); SIGTERM or Ctrl-C stops"),
        file=sys.stderr,
        flush=True,
    )
    try:
        # Prefect's runner stops on SIGTERM (it cancels a run in progress, whose commit then
        # never happens: the output keeps its previous commit)
        pko_extract_flow.serve(
            name=name, schedules=[schedule], parameters=_flow_parameters(paths, output)
        )
    finally:
        print(schedule_line(f"stopped serving {name}"), file=sys.stderr, flush=True)
