"""A run's bookkeeping, without spaCy or Prefect: plan, run record, summary, a run with no work.

Contract: :func:`plan_reports` hashes the report files and compares them with what the output
holds (:meth:`OutputStore.report_states` + :func:`planning.plan_run`); it needs the versions
of the run (:meth:`Versions.current`) but neither the spaCy pipeline nor Prefect, so the
command plans first and starts Prefect only when there is something to extract. A run with
nothing to extract (every file unchanged; maybe unreadable files, removed files or
duplicates to record) is committed by :func:`record_run` directly: rejects, ``--prune``
removals and the ``runs`` row, in one commit, without a Prefect server.

:func:`run_record` and :func:`run_summary` make the ``runs`` row and the command's summary
of any run; the flow (``flows/pipeline.py``) uses them as well.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from pko_extract import PIPELINE_VERSION, gazetteer, ingest, planning
from pko_extract.config import get_settings
from pko_extract.errors import IngestError
from pko_extract.models import SCHEMA_VERSION, Extraction, RejectRecord, RunRecord
from pko_extract.store import OutputStore, shared_store
from pko_extract.summary import PROGRESS_LOGGER, RunSummary, plural

__all__ = [
    "Plan",
    "ReportOutcome",
    "Versions",
    "log_plan",
    "plan_reports",
    "record_run",
    "reject_of",
    "run_record",
    "run_summary",
    "split_duplicates",
]

progress_logger = logging.getLogger(PROGRESS_LOGGER)


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
        """The versions of this process (settings, packaged gazetteer; no spaCy needed)."""
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
    forced: bool = False  # `run --force`: every file re-extracted whatever the output holds
    cleared: list[str] = field(default_factory=list)  # rejected folders that were listed now

    def removals(self, prune: bool) -> list[str]:
        """Source URIs whose rows and rejects the commit removes: the missing files with
        ``--prune``, and always the rejects of folders that could be listed this time."""
        return [*(self.missing if prune else []), *self.cleared]

    @property
    def todo(self) -> list[str]:
        """Source URIs to extract, in path order."""
        return sorted(set(self.new) | set(self.changed), key=lambda uri: self.paths[uri])


@dataclass
class ReportOutcome:
    """The result of extracting one report: an extraction (or ``staged``: written to the
    run's stage folder), or why there is none."""

    source_uri: str
    extraction: Extraction | None = None
    reject: RejectRecord | None = None
    staged: bool = False

    @property
    def ok(self) -> bool:
        """Whether the report was extracted."""
        return self.extraction is not None or self.staged


def split_duplicates(plan: Plan) -> tuple[list[str], dict[str, str]]:
    """The reports to extract, one per content, and the others: URI -> URI of the same bytes.

    Of files with the same bytes the smallest source URI is extracted (as
    :func:`planning.dedupe` keeps it); the others are recorded as its duplicates.
    """
    owners: dict[str, str] = {}
    for uri in sorted(plan.todo):
        owners.setdefault(plan.report_ids[uri], uri)
    keep = [uri for uri in plan.todo if owners[plan.report_ids[uri]] == uri]
    return keep, {uri: owners[plan.report_ids[uri]] for uri in plan.todo if uri not in keep}


def now() -> datetime:
    """The current time, UTC (the time stamps of rejects and runs)."""
    return datetime.now(UTC)


def reject_of(source_uri: str, report_id: str | None, exc: BaseException) -> RejectRecord:
    """The reject of a file whose reading or extraction raised ``exc``."""
    return RejectRecord(
        source_uri=source_uri,
        report_id=report_id,
        stage="ingest" if isinstance(exc, IngestError) else "extract",
        error_type=type(exc).__name__,
        message=str(exc) or repr(exc),
        rejected_at=now(),
    )


def plan_reports(
    paths: Sequence[str | Path],
    store: OutputStore,
    versions: Versions,
    *,
    force: bool = False,
    source_uris: Mapping[str, str] | None = None,
    known_ids: Mapping[str, str] | None = None,
) -> Plan:
    """Hash every report file under ``paths`` and ask the store which ones need work
    (with ``force``, every readable file: see :func:`planning.plan_run`).

    ``source_uris`` maps the ``file://`` URI of a local copy to the URI its rows carry
    (the URL of an object a run on an object store downloaded: :mod:`remote_run`);
    ``known_ids`` gives the report_id of such URIs whose copy is only a placeholder (the
    object was not downloaded: its ETag and size vouch for its bytes)."""
    report_ids: dict[str, str] = {}
    found: dict[str, str] = {}
    rejects: list[RejectRecord] = []
    aliases = source_uris or {}
    walk = ingest.find_report_paths([Path(p) for p in paths])
    for path in walk.paths:
        uri = ingest.source_uri(path)
        uri = aliases.get(uri, uri)
        found[uri] = str(path)
        if known_ids and uri in known_ids:
            report_ids[uri] = known_ids[uri]
            continue
        try:
            report_ids[uri] = ingest.hash_file(path)
        except IngestError as exc:
            rejects.append(reject_of(uri, None, exc))
    rejects += [reject_of(ingest.source_uri(f), None, exc) for f, exc in walk.unlistable]
    rejected = store.reject_uris()
    run_plan = planning.plan_run(
        report_ids,
        store.report_states(),
        pipeline_version=versions.pipeline_version,
        model_name=versions.model_name,
        gazetteer_version=versions.gazetteer_version,
        rejected=rejected,
        unread=store.unread_uris(),
        force=force,
    )
    unreadable = {r.source_uri for r in rejects}
    unseen = tuple(f"{r.source_uri}/" for r in rejects if r.source_uri not in found)
    return Plan(
        report_ids=report_ids,
        paths=found,
        new=list(run_plan.new),
        changed=list(run_plan.changed),
        unchanged=list(run_plan.unchanged),
        # a file that exists but cannot be read now, or is in a folder that cannot be
        # listed, is not "gone": never prune its rows
        missing=[
            uri
            for uri in run_plan.missing
            if uri not in unreadable and uri not in walk.listed and not uri.startswith(unseen)
        ],
        duplicates=dict(run_plan.duplicates),
        rejects=rejects,
        forced=force,
        cleared=sorted(uri for uri in rejected if uri in walk.listed and uri not in unreadable),
    )


def log_plan(plan: Plan) -> None:
    """The first progress line of a run: files found, new, changed, unchanged."""
    progress_logger.info(
        "%s: %d new, %d changed, %d unchanged%s",
        plural(len(plan.paths), "report file"),
        len(plan.new),
        len(plan.changed),
        len(plan.unchanged),
        f", {len(plan.rejects)} unreadable" if plan.rejects else "",
    )


def run_record(
    run_id: str,
    started_at: datetime,
    plan: Plan,
    extracted: set[str],
    n_failed: int,
    n_removed: int,
    versions: Versions,
) -> RunRecord:
    """The ``runs`` row of a run; ``extracted`` are the source URIs extracted without error."""
    return RunRecord(
        run_id=run_id,
        started_at=started_at,
        finished_at=now(),
        n_new=sum(uri in extracted for uri in plan.new),
        n_changed=sum(uri in extracted for uri in plan.changed),
        n_unchanged=len(plan.unchanged),
        n_failed=n_failed,
        n_removed=n_removed,
        pipeline_version=versions.pipeline_version,
        model_name=versions.model_name,
        gazetteer_version=versions.gazetteer_version,
        status="failed" if n_failed else "completed",
        forced=plan.forced,
    )


def run_summary(
    run: RunRecord, output: str, plan: Plan, rows: dict[str, int], rejects: list[RejectRecord]
) -> RunSummary:
    """What the command prints after a run."""
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


def record_run(plan: Plan, output: str, versions: Versions, *, prune: bool = False) -> RunSummary:
    """Commit a run that has nothing to extract (``plan.todo`` is empty), without Prefect.

    Raises:
        ValueError: the plan has reports to extract.
    """
    if plan.todo:
        raise ValueError(f"record_run: {len(plan.todo)} reports still need extracting")
    started_at = now()
    n_removed = len(plan.missing) if prune else 0
    run = run_record(
        str(uuid.uuid4()), started_at, plan, set(), len(plan.rejects), n_removed, versions
    )
    rows = shared_store(output).commit(
        extractions=[],
        rejects=plan.rejects,
        replace_uris=plan.changed,
        remove_uris=plan.removals(prune),
        run=run,
        missions=list(gazetteer.default_gazetteer().mission_records()),
        duplicates=plan.duplicates,
    )
    return run_summary(run, output, plan, rows, plan.rejects)
