"""The committed records the review pages are built from, a few hundred reports at a time.

:func:`load` opens the files of one commit (:func:`pko_extract.snapshot.open_snapshot`: an
open file stays readable when a later commit removes it) and reads only the ``reports`` and
``rejects`` tables whole. :meth:`ReviewSnapshot.chunks` then yields the records of
:data:`CHUNK_REPORTS` reports at a time, in ``report_id`` order: the commit writes every
child table sorted by ``report_id`` in row groups (``store_write``), so the rows of a chunk
are in one or two row groups, found by their min/max statistics, and no table is held whole
(at 10,000 reports the four child tables read whole took about 120 MB more than their rows
in Arrow). A file that is not sorted is still read right: every row group whose range meets
the chunk's is read, and kept for the next chunk.

Within a report, records keep their order in the table, and agenda items are sorted by
``seq``, as the pages show them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from pydantic import BaseModel, ValidationError

from pko_extract.errors import StoreError
from pko_extract.models import (
    AgendaItemRecord,
    MissionMentionRecord,
    ParticipationRecord,
    PersonRecord,
    RejectRecord,
    ReportRecord,
)
from pko_extract.snapshot import open_snapshot

__all__ = ["CHUNK_REPORTS", "ReportRows", "ReviewSnapshot", "TableRows", "load", "records"]

#: Reports whose records are held at once while the pages are written: memory stays flat
#: however many reports the output holds (all of them at once: +560 MB at 10,000 reports).
CHUNK_REPORTS = 250
#: The child tables a page shows, with their record types.
CHILD_MODELS: dict[str, type[BaseModel]] = {
    "people": PersonRecord,
    "participations": ParticipationRecord,
    "agenda_items": AgendaItemRecord,
    "mission_mentions": MissionMentionRecord,
}
#: Column that ties a child row to its report.
KEY = "report_id"


@dataclass
class ReportRows:
    """The committed records of one report."""

    report: ReportRecord
    people: list[PersonRecord]
    participations: list[ParticipationRecord]
    items: list[AgendaItemRecord]
    mentions: list[MissionMentionRecord]


def records(model: type[BaseModel], table: Any) -> list[Any]:
    """The rows of ``table`` as ``model`` records.

    Raises:
        StoreError: a row does not match the record type (an older output).
    """
    try:
        return [model.model_validate(row) for row in table.to_pylist()]
    except ValidationError as exc:
        raise StoreError(
            f"a {model.__name__} row of the output does not match this pko-extract ({exc}); "
            "re-run `pko-extract run --force` to rewrite the tables"
        ) from exc


@dataclass
class TableRows:
    """The rows of one open table file for a few reports at a time, read by row group."""

    file: pq.ParquetFile
    _ranges: list[tuple[Any, Any] | None] = field(init=False)
    _kept: dict[int, pa.Table] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        meta = self.file.metadata
        columns = [j for j in range(meta.num_columns) if meta.schema.column(j).path == KEY]
        self._ranges = [
            _min_max(meta.row_group(i).column(columns[0]).statistics) if columns else None
            for i in range(meta.num_row_groups)
        ]

    def rows(self, ids: list[str]) -> pa.Table:
        """The rows whose ``report_id`` is one of ``ids``, in the file's order."""
        low, high = min(ids), max(ids)
        wanted = [
            i
            for i, bounds in enumerate(self._ranges)
            if bounds is None or not (bounds[1] < low or bounds[0] > high)
        ]
        kept = self._kept
        read = {i: kept[i] if i in kept else self.file.read_row_group(i) for i in wanted}
        self._kept = read  # the next chunk starts where this one ends
        if not read:
            return self.file.schema_arrow.empty_table()
        table = pa.concat_tables(list(read.values()))
        return table.filter(pc.is_in(table[KEY], value_set=pa.array(ids, pa.string())))


def _min_max(stats: Any) -> tuple[Any, Any] | None:
    if stats is None or not stats.has_min_max:
        return None
    return stats.min, stats.max


@dataclass
class ReviewSnapshot:
    """One commit: its ``reports`` table, its rejects, and its child tables' open files."""

    commit: str
    reports: pa.Table
    rejects: list[RejectRecord]
    children: dict[str, TableRows]

    def index_order(self) -> list[str]:
        """The report ids as the index lists them: by file name, then source URI."""
        ids = self.reports[KEY].to_pylist()
        names = self.reports["source_name"].to_pylist()
        uris = self.reports["source_uri"].to_pylist()
        return [ids[i] for i in sorted(range(len(ids)), key=lambda i: (names[i], uris[i]))]

    def report_records(self) -> list[ReportRecord]:
        """Every report's record (for a look-up by name)."""
        return records(ReportRecord, self.reports)

    def chunks(self) -> Iterator[list[ReportRows]]:
        """The records of every report, :data:`CHUNK_REPORTS` reports at a time, in
        ``report_id`` order."""
        ids = self.reports[KEY].to_pylist()
        order = sorted(range(len(ids)), key=ids.__getitem__)
        for start in range(0, len(order), CHUNK_REPORTS):
            taken = self.reports.take(pa.array(order[start : start + CHUNK_REPORTS], pa.int64()))
            yield self._rows(records(ReportRecord, taken))

    def _rows(self, reports: list[ReportRecord]) -> list[ReportRows]:
        ids = [r.report_id for r in reports]
        by_report: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
        for name, model in CHILD_MODELS.items():
            for record in records(model, self.children[name].rows(ids)):
                by_report[record.report_id][name].append(record)
        out = []
        for report in reports:
            mine = by_report[report.report_id]
            out.append(
                ReportRows(
                    report,
                    mine["people"],
                    mine["participations"],
                    sorted(mine["agenda_items"], key=lambda i: i.seq),
                    mine["mission_mentions"],
                )
            )
        return out


def load(output: Path) -> ReviewSnapshot:
    """The current snapshot of ``output``, its child tables opened, not read.

    Raises:
        StoreError: the output has no snapshot, or a table is missing or unreadable.
    """
    commit, files = open_snapshot(output, ["reports", "rejects", *CHILD_MODELS])
    reports = files["reports"].read()
    rejects = records(RejectRecord, files["rejects"].read())
    children = {name: TableRows(files[name]) for name in CHILD_MODELS}
    return ReviewSnapshot(commit, reports, rejects, children)
