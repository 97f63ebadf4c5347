"""Run planning: which report files a run has to extract, from what the output holds.

Contract: :func:`plan_run` is pure. It compares the files found now (source URI -> sha256 of
the bytes) with the :class:`ReportState` of every source URI in the output
(``OutputStore.report_states``) and the versions of the run (pipeline, model, gazetteer), and
returns a :class:`RunPlan`: new, changed, unchanged, missing, and duplicates (same bytes as a
stored report under another path). :func:`dedupe` and :func:`duplicate_rejects` settle, at
commit time, which of several files with the same bytes holds the rows. Nothing here reads or
writes files.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from pko_extract.models import Extraction, RejectRecord

__all__ = ["ReportState", "RunPlan", "plan_run"]


@dataclass(frozen=True)
class ReportState:
    """What the output holds for one source file (from the ``reports`` table).

    ``duplicate_of`` is set for a path whose bytes equal those of the report stored under
    another path (recorded in ``rejects`` as a ``DuplicateReport``); the versions are then
    those of that report.
    """

    report_id: str
    source_uri: str
    pipeline_version: str
    model_name: str
    gazetteer_version: str
    duplicate_of: str | None = None


@dataclass
class RunPlan:
    """What a run has to do, by source URI (each list sorted).

    Attributes:
        new: files with no rows yet: extract.
        changed: files whose content or pipeline/model/gazetteer version changed: extract, and
            pass them as ``replace_uris`` so the rows of their old content go.
        unchanged: nothing to do (includes the duplicates).
        missing: URIs in the output (rows or rejects) whose file is gone: ``remove_uris``
            when pruning.
        duplicates: unchanged files whose bytes equal a stored report under another path, mapped
            to that path; pass as ``commit(duplicates=...)`` to record them.
    """

    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    duplicates: dict[str, str] = field(default_factory=dict)

    @property
    def to_extract(self) -> list[str]:
        """New and changed URIs, sorted."""
        return sorted(self.new + self.changed)


def plan_run(
    files: Mapping[str, str],
    states: Mapping[str, ReportState],
    *,
    pipeline_version: str,
    model_name: str,
    gazetteer_version: str,
    rejected: Iterable[str] = (),
    unread: Iterable[str] = (),
    force: bool = False,
) -> RunPlan:
    """Classify the files of a run against what the output holds.

    Args:
        files: source_uri -> report_id (sha256 of the bytes) of every file found now.
        states: :meth:`OutputStore.report_states`.
        pipeline_version: version of pko-extract doing the run.
        model_name: spaCy pipeline of the run.
        gazetteer_version: mission gazetteer version of the run.
        rejected: source URIs of the ``rejects`` table (:meth:`OutputStore.reject_uris`):
            a file that only ever failed has no report row, yet once it is gone its rejects
            are ``missing`` too, so that ``--prune`` removes them.
        unread: source URIs rejected because the file could not be read
            (:meth:`OutputStore.unread_uris`): a file among them that reads again with its
            stored bytes is ``changed``, not ``unchanged``, so that its re-extraction replaces
            the stale reject.
        force: re-extract every file whatever the output holds (``run --force``): a file
            that would be unchanged is changed, so its rows are replaced. A duplicate path
            stays a duplicate (its stored report is re-extracted under its own path).

    Returns:
        The plan. A file with identical bytes to a current report stored under another
        path that is still present is ``unchanged`` (and listed in ``duplicates``).
    """
    versions = (pipeline_version, model_name, gazetteer_version)

    def current(state: ReportState) -> bool:
        return (state.pipeline_version, state.model_name, state.gazetteer_version) == versions

    stored = {s.report_id: s for s in states.values() if s.duplicate_of is None}
    retry = set(unread)
    plan = RunPlan()
    for uri in sorted(files):
        report_id = files[uri]
        state = states.get(uri)
        if state is not None and state.duplicate_of is None:
            if state.report_id == report_id and current(state) and not (force or uri in retry):
                plan.unchanged.append(uri)
            else:
                plan.changed.append(uri)
            continue
        owner = stored.get(report_id)
        if (
            owner is not None
            and owner.source_uri != uri
            and current(owner)
            and files.get(owner.source_uri) == report_id
        ):
            plan.unchanged.append(uri)
            plan.duplicates[uri] = owner.source_uri
        elif state is not None:
            plan.changed.append(uri)  # a recorded duplicate whose original changed or went
        else:
            plan.new.append(uri)
    plan.missing = sorted(uri for uri in {*states, *rejected} if uri not in files)
    return plan


#: error_type of the reject of a file whose bytes another file already holds.
DUPLICATE_ERROR = "DuplicateReport"


def dedupe(
    extractions: Sequence[Extraction],
) -> tuple[list[Extraction], list[tuple[Extraction, Extraction]]]:
    """One extraction per report_id (smallest source URI wins) and per source URI (last wins)."""
    by_uri: dict[str, Extraction] = {}
    for extraction in extractions:
        by_uri[extraction.report.source_uri] = extraction
    by_id: dict[str, list[Extraction]] = {}
    for uri in sorted(by_uri):
        by_id.setdefault(by_uri[uri].report.report_id, []).append(by_uri[uri])
    winners: list[Extraction] = []
    losers: list[tuple[Extraction, Extraction]] = []
    for group in by_id.values():
        winners.append(group[0])
        losers.extend((loser, group[0]) for loser in group[1:])
    return winners, losers


def duplicate_reject(uri: str, owner_uri: str, report_id: str, when: datetime) -> RejectRecord:
    return RejectRecord(
        source_uri=uri,
        report_id=report_id,
        stage="store",
        error_type=DUPLICATE_ERROR,
        message=f"same bytes as {owner_uri}; its rows are stored once, under report_id "
        f"{report_id} with that source_uri (remove one of the copies to silence this)",
        rejected_at=when,
    )


def duplicate_rejects(
    winners: Sequence[Extraction],
    losers: Sequence[tuple[Extraction, Extraction]],
    duplicates: dict[str, str],
    id_by_uri: dict[str, str],
) -> list[RejectRecord]:
    """A reject for every file whose bytes another file already holds (in this run's
    extractions, or unchanged files the plan found duplicated)."""
    now = datetime.now(UTC)
    out = [
        duplicate_reject(
            loser.report.source_uri, winner.report.source_uri, winner.report.report_id, now
        )
        for loser, winner in losers
    ]
    for uri, owner_uri in duplicates.items():
        owner_id = id_by_uri.get(owner_uri)
        if owner_id is None:
            owner_id = next(
                (e.report.report_id for e in winners if e.report.source_uri == owner_uri), None
            )
        if owner_id is not None:
            out.append(duplicate_reject(uri, owner_uri, owner_id, now))
    return out
