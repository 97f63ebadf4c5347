"""Batches extracted on another process or machine (Dask workers): where to, and how back.

Contract: :func:`parse_dask_target` reads the ``--dask`` value (``PKO_DASK``): ``local``,
``local:N`` (a cluster of N worker processes on this machine) or a scheduler's address.
:func:`extract_batch_remote` runs :func:`pko_extract.batches.extract_batch` where it is
called (a Dask worker) and returns a :class:`RemoteBatch`: each report's outcome (a failing
report is a reject, as everywhere) and the batch's rows per table as Arrow IPC streams
(:func:`pko_extract.staging.tables_to_ipc`). :func:`stage_remote_batch` writes those rows as
part ``number`` of the run's stage, on the machine that commits.

So a worker needs the report files (the same paths on every worker) and nothing of the
output folder: the run's process alone writes there, as without Dask. The bytes back are
data (Arrow), never pickles read from disk. A worker process runs one batch at a time and
builds the spaCy pipeline once (``recognize.get_nlp``, cached per process), whatever its
number of threads. A worker whose ``PKO_`` settings would change what is extracted (other
limits, the role model) fails its batches instead of writing other rows
(:func:`extraction_settings`).
"""

from __future__ import annotations

import dataclasses
import ipaddress
import os
import re
import shutil
import tempfile
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlparse

from pko_extract import batches, staging
from pko_extract.batches import BatchItem
from pko_extract.config import get_settings
from pko_extract.errors import PkoExtractError, UsageError
from pko_extract.objectstore import is_url
from pko_extract.runs import ReportOutcome, Versions

__all__ = [
    "DaskTarget",
    "RemoteBatch",
    "extract_batch_remote",
    "extraction_settings",
    "parse_dask_target",
    "stage_remote_batch",
]

#: A scheduler address: ``[protocol://]host[:port]`` (e.g. ``tcp://10.0.0.5:8786``).
#: Example: "tcp://sched.example.org:8786", "127.0.0.1:8786", "[::1]:8786".
_ADDRESS = re.compile(
    r"""^(?:[a-z][a-z0-9+.-]*://)?            # protocol, e.g. tcp://
        (?P<host>\[[0-9a-f:]+\]|[^\s/:\[\]]+)  # host name, IPv4 or [IPv6]
        (?::\d{1,5})?$                        # port""",
    re.I | re.X,
)
#: Settings that do not change what is extracted (the model name travels in ``Versions``).
_NOT_EXTRACTION = {"model_name", "batch_size", "schedule_timezone", "dask"}
#: One batch at a time per process: one spaCy pipeline, built once (Dask workers may run
#: several tasks at once in threads).
_ONE_BATCH = threading.Lock()


@dataclass(frozen=True)
class DaskTarget:
    """Where the batches of a ``--dask`` run go."""

    address: str | None  # a running scheduler; None: a LocalCluster started by the run
    workers: int = 0  # processes of that LocalCluster (one thread each)

    @property
    def on_this_machine(self) -> bool:
        """Whether every worker is on this machine (a LocalCluster, a loopback scheduler):
        then they reach a Prefect server that listens on loopback."""
        if self.address is None:
            return True
        match = _ADDRESS.match(self.address)
        host = match.group("host").strip("[]") if match else ""
        if host == "localhost":
            return True
        try:
            return ipaddress.ip_address(host).is_loopback
        except ValueError:
            return False


def parse_dask_target(value: str, cores: int | None = None) -> DaskTarget:
    """Read a ``--dask`` value: ``local`` (one worker process per core), ``local:N``, or a
    scheduler address (``tcp://host:8786``).

    Raises:
        UsageError: an empty value, a bad worker count or an address that is not one.
    """
    value = value.strip()
    if value == "local":
        return DaskTarget(None, max(1, cores or os.cpu_count() or 1))
    if value.startswith("local:"):
        count = value.removeprefix("local:")
        if not count.isdigit() or int(count) < 1:
            raise UsageError(f"--dask {value!r}: the worker count must be a number >= 1")
        return DaskTarget(None, int(count))
    if not _ADDRESS.match(value):
        raise UsageError(
            f"--dask {value!r}: give 'local', 'local:N' (N worker processes on this machine) "
            "or the address of a Dask scheduler, e.g. tcp://10.0.0.5:8786"
        )
    return DaskTarget(value)


def extraction_settings() -> dict[str, Any]:
    """This process's settings that change what is extracted (limits, role model)."""
    return get_settings().model_dump(exclude=_NOT_EXTRACTION)


@dataclass(frozen=True)
class RemoteBatch:
    """What a worker sends back for one batch."""

    outcomes: list[ReportOutcome]  # one per item, in order: staged, or a reject
    tables: dict[str, bytes]  # table name -> the batch's rows as an Arrow IPC stream
    worker_pid: int  # the process that extracted it (logs, tests)


def extract_batch_remote(
    items: Sequence[BatchItem], versions: Versions, settings: dict[str, Any]
) -> RemoteBatch:
    """Extract one batch here (a Dask worker) and return its outcomes and rows.

    ``settings``: :func:`extraction_settings` of the run; a worker whose own differ fails
    the batch (its rows would differ from the run's), and the run records why.

    Raises:
        PkoExtractError: this worker's settings are not the run's.
    """
    here = extraction_settings()
    if here != settings:
        differ = sorted(k for k in settings.keys() | here.keys() if here.get(k) != settings.get(k))
        raise PkoExtractError(
            f"worker pid {os.getpid()}: PKO_ settings differ from the run's ({', '.join(differ)}); "
            "start the workers with the same PKO_ environment"
        )
    with _ONE_BATCH, _readable_here(items) as here_items:
        outcomes = batches.extract_batch(here_items, versions)
    extractions = [o.extraction for o in outcomes if o.extraction is not None]
    return RemoteBatch(
        outcomes=[ReportOutcome(o.source_uri, reject=o.reject, staged=o.ok) for o in outcomes],
        tables=staging.tables_to_ipc(staging.batch_tables(extractions)),
        worker_pid=os.getpid(),
    )


@contextmanager
def _readable_here(items: Sequence[BatchItem]) -> Iterator[list[BatchItem]]:
    """The batch as this worker can read it. A run on an object store extracts local copies
    of the objects, made on the command's machine; a worker on another machine does not
    see them, so it reads the object itself (its URL, through fsspec) into a temporary
    folder, removed after the batch. The sha256 the plan recorded still checks the bytes,
    and a fetch that fails leaves the item as it was: its read then fails, a reject naming
    the object's URL."""
    missing = [
        i
        for i, item in enumerate(items)
        if is_url(item.source_uri) and not Path(item.path).exists()
    ]
    if not missing:
        yield list(items)
        return
    here = list(items)
    with tempfile.TemporaryDirectory(prefix="pko-objects-") as folder:
        for i in missing:
            name = PurePosixPath(urlparse(items[i].source_uri).path).name or "report"
            copy = Path(folder) / f"{i}-{name}"
            if _fetch(items[i].source_uri, copy):
                here[i] = dataclasses.replace(items[i], path=str(copy))
        yield here


def _fetch(url: str, copy: Path) -> bool:
    """Copy the object at ``url`` to ``copy``; False when it cannot be read."""
    import fsspec

    try:
        with fsspec.open(url, "rb") as src, copy.open("wb") as dst:
            shutil.copyfileobj(src, dst)
    except Exception:  # noqa: BLE001 - the read of the missing copy then makes the reject
        return False
    return True


def stage_remote_batch(stage: Path, number: int, batch: RemoteBatch) -> list[ReportOutcome]:
    """Write a worker's batch as part ``number`` of the run's stage; returns its outcomes.

    Raises:
        SchemaError: the rows are not those of the output tables.
    """
    staging.write_stage_tables(stage, number, staging.tables_from_ipc(batch.tables))
    return batch.outcomes
