"""The Prefect flow of pko-extract: reports in raw/ -> Parquet tables in output/.

The flow is thin (see STYLE.md): every task wraps one library call and adds what Prefect is
for - retries, logging, an artifact. All parsing lives in the library.

    plan-run        runs.plan_reports: hash every file, compare with OutputStore.report_states()
                    (not run when ``pko-extract run`` hands over the plan it made under the
                    same lock: run_flow(plan=...))
    extract-batch   one task per batch of new/changed reports (batches.make_batches, up to 64):
                    batches.extract_batch, i.e. read them and run nlp.pipe + the rules over
                    the batch, in a worker process of an ExtractorPool (one per core) when
                    the run is large enough to pay for starting them
                    which writes the extractions to the run's stage folder as Parquet parts
                    (staging.write_stage_part), so memory stays flat however many reports;
                    with ``run --dask`` the batches run on a Dask cluster instead
                    (flows/dask_runner.py) and their rows come back as Arrow, staged here
    commit-run      OutputStore.commit(staged=...): the stage, rejects and the run record, once
    write-review    review.write_review: the HTML review pages of the commit (only changed
                    reports' pages rebuilt) and a link artifact to them; never fails the run
    publish-summary a table artifact with the counts

The output folder's lock (``OutputStore.lock``) is held from planning to commit, so the plan
is still true when it is committed. A report that fails never stops the others: its error
becomes a :class:`RejectRecord` (stage, error type, message) inside its batch, and the
previous rows of the report stay as they were. A batch task is retried when it fails as a
whole (its worker process died); after the retries its reports become rejects.

There is no result cache: the manifest (the ``reports`` table, through ``plan-run``) decides
what is unchanged, and nothing is read back from the output folder except Parquet. Of files
with the same bytes only one is extracted; the others are recorded as its duplicates.

Used by the command (``flows/entry.py`` hands them to :func:`pko_extract.cli.main`):
:func:`run_flow` (``pko-extract run``, which plans first and starts Prefect only when there is
something to extract) and :func:`serve_flow` (``pko-extract serve``); they raise, the command
prints. :func:`build_deployment` makes a scheduled deployment.
"""

from __future__ import annotations

from flows.prefect_setup import configure, server_dies_with_parent
from flows.schedule_log import log_end, log_start, schedule_line
from flows.serving import serve_until_stopped

configure()  # before prefect is imported: Prefect reads its settings at import time

import contextlib  # noqa: E402
import logging  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import uuid  # noqa: E402
from collections.abc import Callable, Sequence  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from prefect import flow, get_run_logger, runtime, task  # noqa: E402
from prefect.artifacts import create_link_artifact, create_table_artifact  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.futures import as_completed  # noqa: E402
from prefect.task_runners import ThreadPoolTaskRunner  # noqa: E402
from prefect.utilities.annotations import quote  # noqa: E402

from pko_extract import batches, batches_remote, gazetteer, review, runs, staging, store  # noqa: E402
from pko_extract.batches import BatchItem, ExtractorPool  # noqa: E402
from pko_extract.batches_remote import RemoteBatch  # noqa: E402
from pko_extract.config import get_settings  # noqa: E402
from pko_extract.errors import UsageError  # noqa: E402
from pko_extract.models import RejectRecord, RunRecord  # noqa: E402
from pko_extract.runs import Plan, ReportOutcome, Versions  # noqa: E402
from pko_extract.summary import PROGRESS_LOGGER, Progress, RunSummary  # noqa: E402

server_dies_with_parent()  # a kill -9 of the run must not leave Prefect's server behind

#: The flow's task runner: threads enough to keep every worker process busy (each
#: ``extract-batch`` thread waits on its batch in a worker of the ExtractorPool).
TASK_RUNNER: Any = ThreadPoolTaskRunner(max_workers=max(2, os.cpu_count() or 1))
#: Test hook only: seconds to sleep before each report (lets the crash test kill a run mid-way).
TEST_SLEEP_ENV = "PKO_TEST_SLEEP_PER_REPORT"
#: Plans handed by :func:`run_flow` to the flow it starts, by key (the command plans under
#: the output lock before it starts Prefect, and holds the lock until the flow ends).
_HANDED_PLANS: dict[str, Plan] = {}
#: Worker pools handed by :func:`run_flow` to its flow, by the same key: started by the
#: command before Prefect (flows/entry.py), so that they load spaCy meanwhile.
_HANDED_POOLS: dict[str, ExtractorPool] = {}
#: Progress lines ("[3/12] extracted d03.txt") go to this logger; the command prints it.
progress_logger = logging.getLogger(PROGRESS_LOGGER)


def output_store(output: str) -> store.OutputStore:
    """The process's one :class:`OutputStore` of a folder (shared with the command's lock)."""
    return store.shared_store(output)


# --------------------------------------------------------------------------------------
# Tasks
# --------------------------------------------------------------------------------------


@task(name="plan-run", cache_policy=NO_CACHE)
def plan_reports(paths: list[str], output: str, versions: Versions, force: bool = False) -> Plan:
    """Hash every report file and ask the store which ones need work (all with ``force``)."""
    return runs.plan_reports(paths, output_store(output), versions, force=force)


def sleep_for_tests(n_reports: int) -> None:
    """The test hook: sleep ``PKO_TEST_SLEEP_PER_REPORT`` seconds per report of a batch."""
    seconds = float(os.environ.get(TEST_SLEEP_ENV) or 0)
    if seconds > 0:
        time.sleep(seconds * n_reports)


#: The ``extract-batch`` task's options, here and on Dask workers (flows/dask_runner.py).
BATCH_TASK_OPTIONS: dict[str, Any] = {
    "name": "extract-batch",
    "task_run_name": "extract batch {number}",
    "retries": 2,
    "retry_delay_seconds": 1,
    "cache_policy": NO_CACHE,
}


@task(**BATCH_TASK_OPTIONS)
def extract_batch(
    number: int, items: list[BatchItem], versions: Versions, pool: ExtractorPool, stage: str
) -> list[ReportOutcome]:
    """Read and extract one batch of reports (in a worker process when the pool has them)
    into the run's stage folder.

    A report that fails is returned as a reject; the task fails, and is retried, only when
    the batch as a whole could not run (e.g. its worker process died).
    """
    sleep_for_tests(len(items))
    return pool.extract(items, versions, stage, number)


@task(name="commit-run", cache_policy=NO_CACHE)
def commit_run(
    output: str,
    stage: str,
    rejects: list[RejectRecord],
    replace_uris: list[str],
    remove_uris: list[str],
    run: RunRecord,
    duplicates: dict[str, str],
) -> dict[str, int]:
    """Write everything of the run (its stage folder, rejects, run record) in one commit."""
    return output_store(output).commit(
        extractions=[],
        staged=Path(stage),
        rejects=rejects,
        replace_uris=replace_uris,
        remove_uris=remove_uris,
        run=run,
        missions=list(gazetteer.default_gazetteer().mission_records()),
        duplicates=duplicates,
    )


@task(name="write-review", cache_policy=NO_CACHE)
def write_review(output: str) -> str | None:
    """Bring the review pages up to the commit and link them in an artifact; returns the
    index's path. A failure is a warning: the tables are committed whatever the pages do."""
    try:
        result = review.write_review(output)
    except Exception as exc:  # noqa: BLE001 - the commit is done; the pages are a view of it
        get_run_logger().warning("review pages not written: %s: %s", type(exc).__name__, exc)
        return None
    create_link_artifact(
        key="pko-extract-review",
        link=result.index.resolve().as_uri(),
        link_text=f"review pages of {len(result.pages)} reports",
        description=f"pko-extract review pages of {output} ({result.rebuilt} rebuilt)",
    )
    return str(result.index)


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


def _outcomes(future: Any, items: list[BatchItem], stage: str, number: int) -> list[ReportOutcome]:
    """A batch task's outcomes; every report a reject when the task failed (after retries),
    and no staged row of the batch then (an attempt killed after writing them). A batch of
    a Dask worker brings its rows back: they are staged here."""
    try:
        result: list[ReportOutcome] | RemoteBatch = future.result()
        if isinstance(result, RemoteBatch):
            return batches_remote.stage_remote_batch(Path(stage), number, result)
    except Exception as exc:  # noqa: BLE001 - a failed batch fails its reports, not the run
        staging.drop_stage_part(Path(stage), number)
        return [
            ReportOutcome(i.source_uri, reject=runs.reject_of(i.source_uri, i.report_id, exc))
            for i in items
        ]
    return result


def _extract_all(
    plan: Plan,
    versions: Versions,
    stage: str,
    dask: bool = False,
    started: ExtractorPool | None = None,
) -> list[ReportOutcome]:
    """Batches of new and changed reports, as ``extract-batch`` tasks over the workers (of
    the Dask cluster with ``dask``); the extractions go to ``stage``, the outcomes (in path
    order) say which reports failed. ``started``: worker processes the caller started (and
    stops), used when they are as many as the run needs."""
    runs.log_plan(plan)
    todo, _ = runs.split_duplicates(plan)
    items = [BatchItem(plan.paths[uri], plan.report_ids[uri], uri) for uri in todo]
    workers = batches.worker_count(len(items))
    outcomes: list[ReportOutcome] = []
    progress = Progress(len(items))
    fits = started is not None and not dask and started.workers == workers
    own = contextlib.nullcontext(started) if fits else ExtractorPool(1 if dask else workers)
    with own as pool:  # (1: no process of its own)
        shared: Any = quote(pool)  # the object itself, not walked or copied by Prefect

        def here(n: int, part: list[BatchItem]) -> Any:
            return extract_batch.submit(n, part, versions, shared, stage)

        submit: Callable[[int, list[BatchItem]], Any] = here
        if dask:
            from flows import dask_runner

            workers, submit = dask_runner.threads_and_submit(versions)
        parts = batches.make_batches(items, workers)
        futures = {submit(n, part): part for n, part in enumerate(parts, 1)}
        order = {future: n for n, future in enumerate(futures)}
        finished: dict[int, list[ReportOutcome]] = {}
        next_batch = 0
        for future in as_completed(list(futures)):
            n = order.pop(future)
            finished[n] = _outcomes(future, futures.pop(future), stage, n + 1)
            # progress in path order: a batch is reported once every batch before it is
            while next_batch in finished:
                for outcome in finished.pop(next_batch):
                    outcomes.append(outcome)
                    verb = "extracted" if outcome.ok else "failed"
                    name = Path(plan.paths[outcome.source_uri]).name
                    progress_logger.info("%s", progress.step(f"{verb} {name}"))
                next_batch += 1
    return outcomes


def _with_duplicates(
    plan: Plan, outcomes: list[ReportOutcome]
) -> tuple[set[str], list[RejectRecord], dict[str, str]]:
    """Extracted URIs, rejects and duplicates of the run, counting the files not extracted
    because another file of the run has the same bytes: each shares its owner's fate."""
    _, copies = runs.split_duplicates(plan)
    by_uri = {o.source_uri: o for o in outcomes}
    extracted = {o.source_uri for o in outcomes if o.ok}
    rejects = plan.rejects + [o.reject for o in outcomes if o.reject is not None]
    duplicates = dict(plan.duplicates)
    for uri, owner in copies.items():
        owner_reject = by_uri[owner].reject
        if owner_reject is None:
            extracted.add(uri)
            duplicates[uri] = owner
        else:
            rejects.append(owner_reject.model_copy(update={"source_uri": uri}))
    return extracted, rejects, duplicates


@flow(
    name="pko-extract",
    log_prints=False,
    task_runner=TASK_RUNNER,
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
    force: bool = False,
    plan_key: str = "",
    dask: str = "",
) -> RunSummary:
    """Extract the reports under ``paths`` into the Parquet datasets in ``output``.

    Args:
        paths: report files and folders.
        output: output folder.
        prune: drop the rows of reports whose file is no longer under ``paths``.
        wait_seconds: how long to wait for the output folder's lock (re-entrant: when the
            caller already holds it, as ``pko-extract run`` does, this returns at once).
        force: re-extract every report whatever the output holds (``run --force``).
        plan_key: set by :func:`run_flow` only: the plan its caller made of ``paths`` under
            the lock it holds, so the files are not hashed twice.
        dask: set by :func:`run_flow` only, with the flow on a ``DaskTaskRunner``: the
            ``--dask`` value; the batches run on that cluster (flows/dask_runner.py).
    """
    started_at = runs.now()
    run_id = str(runtime.flow_run.id or uuid.uuid4())
    versions = Versions.current()
    with output_store(output).lock(wait_seconds):
        plan = _HANDED_PLANS.pop(plan_key, None) or plan_reports(paths, output, versions, force)
        stage = str(output_store(output).new_stage(run_id))
        started = _HANDED_POOLS.pop(plan_key, None)
        outcomes = _extract_all(plan, versions, stage, dask=bool(dask), started=started)
        extracted, rejects, duplicates = _with_duplicates(plan, outcomes)
        n_removed = len(plan.missing) if prune else 0
        run = runs.run_record(
            run_id, started_at, plan, extracted, len(rejects), n_removed, versions
        )
        # every changed file is replaced, also one that fails now: its old rows describe
        # bytes that are gone, and its reject says why there are no new ones
        remove = plan.removals(prune)
        rows = commit_run(output, stage, rejects, plan.changed, remove, run, duplicates)
        write_review(output)  # under the lock: the pages of this commit, no other run's
    summary = runs.run_summary(run, output, plan, rows, rejects)
    publish_summary(summary)
    return summary


# --------------------------------------------------------------------------------------
# Entry points of the command and deployments
# --------------------------------------------------------------------------------------


def run_flow(
    paths: Sequence[Path],
    *,
    output: Path,
    prune: bool = False,
    force: bool = False,
    plan: Plan | None = None,
    dask: str = "",
    pool: ExtractorPool | None = None,
) -> RunSummary:
    """Run the flow once (``pko-extract run``); the command holds the output lock.

    ``plan`` is the command's plan of these paths, made under that lock: the flow takes it
    instead of hashing every file again (it travels in this process, not as a parameter
    Prefect would store). ``dask`` (``--dask``: ``local``, ``local:N`` or a scheduler's
    address) runs the batches on a Dask cluster (flows/dask_runner.py). ``pool``: worker
    processes the caller started for this plan (and stops); the flow's batches run there.

    Raises:
        PkoExtractError: what made the run fail (e.g. an unreadable output table); any other
            exception of the flow is raised as it is (Prefect has logged it).
    """
    key = str(uuid.uuid4()) if plan is not None else ""
    if plan is not None:
        _HANDED_PLANS[key] = plan
        if pool is not None:
            _HANDED_POOLS[key] = pool
    the_flow = pko_extract_flow
    api: contextlib.AbstractContextManager[None] = contextlib.nullcontext()
    if dask:  # only then is Dask imported
        from flows import dask_runner

        target = batches_remote.parse_dask_target(dask)
        the_flow = pko_extract_flow.with_options(task_runner=dask_runner.task_runner(target))
        api = dask_runner.api_for_workers(target)
    try:
        with api:
            state = the_flow(
                paths=[str(p) for p in paths],
                output=str(output),
                prune=prune,
                force=force,
                plan_key=key,
                dask=dask,
                return_state=True,
            )
    finally:
        _HANDED_PLANS.pop(key, None)
        _HANDED_POOLS.pop(key, None)
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
    # SIGTERM stops serving, with or without the server (flows/serving.py); a run in
    # progress is cancelled, its commit never happens: the output keeps its previous commit
    serve_until_stopped(
        pko_extract_flow, name=name, schedule=schedule, parameters=_flow_parameters(paths, output)
    )
