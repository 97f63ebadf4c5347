"""Extraction of a run in batches, on every core: report files -> :class:`ReportOutcome` s.

Contract: :func:`extract_batch` reads and extracts one batch of report files, running spaCy
over the whole batch (``nlp.pipe``); a report that fails (unreadable, changed since it was
hashed, an error in a rule) becomes a reject and never fails the batch. A transient OS error
while reading (not: missing, a folder, permission denied) is retried a few times first.

:class:`ExtractorPool` runs batches in worker processes, one spaCy pipeline per process and
per core, or in this process when one worker is enough (:func:`worker_count`: starting a
process and loading spaCy in it costs about as much as extracting 30 reports).
:func:`make_batches` cuts a run into batches small enough to spread over the workers and to
report progress, and large enough for ``nlp.pipe`` (at most :data:`MAX_BATCH`).

Results are written by the workers to the run's stage folder as Parquet parts
(:mod:`pko_extract.staging`), or travel back through the process pool's pipe; nothing is ever
read back from the output folder and unpickled.
"""

from __future__ import annotations

import dataclasses
import math
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from pko_extract import gazetteer, ingest, lifeline, staging
from pko_extract.errors import IngestError, PkoExtractError
from pko_extract.models import Document
from pko_extract.runs import ReportOutcome, Versions, reject_of

__all__ = [
    "BatchItem",
    "ExtractorPool",
    "WorkerLost",
    "extract_batch",
    "is_transient",
    "make_batches",
    "start_worker",
    "warm_up",
    "worker_count",
]

#: Most reports per batch (one Prefect task, one ``nlp.pipe`` call).
MAX_BATCH = 64
#: Batches per worker a run is cut into at least (load balance, progress), when it can be.
BATCHES_PER_WORKER = 4
#: Reports a worker process must have to pay for its start (spawn, imports, spaCy load).
MIN_REPORTS_PER_WORKER = 32
#: Attempts at reading a file after a transient OS error, and the pause between them.
READ_ATTEMPTS = 3
READ_RETRY_SECONDS = 1.0


@dataclass(frozen=True)
class BatchItem:
    """One report file of a batch, as the plan found it."""

    path: str
    report_id: str  # sha256 when planned: a file that changed since is rejected
    source_uri: str


def is_transient(exc: BaseException) -> bool:
    """An OS-level read error that may pass (not: missing, a folder, permission denied)."""
    permanent = (FileNotFoundError, IsADirectoryError, NotADirectoryError, PermissionError)
    cause = exc if isinstance(exc, OSError) else exc.__cause__
    return isinstance(cause, OSError) and not isinstance(cause, permanent)


def worker_count(n_reports: int, cores: int | None = None) -> int:
    """Worker processes worth starting for ``n_reports`` (1 = extract in this process)."""
    cores = cores if cores is not None else (os.cpu_count() or 1)
    return max(1, min(cores, n_reports // MIN_REPORTS_PER_WORKER))


def make_batches(items: Sequence[BatchItem], workers: int) -> list[list[BatchItem]]:
    """Consecutive batches of ``items``: about ``BATCHES_PER_WORKER`` per worker, at most
    :data:`MAX_BATCH` reports each."""
    if not items:
        return []
    size = min(MAX_BATCH, max(1, math.ceil(len(items) / (workers * BATCHES_PER_WORKER))))
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def _read(item: BatchItem, max_bytes: int) -> Document:
    """Read one report, retrying transient OS errors; check it is the file that was planned."""
    for attempt in range(1, READ_ATTEMPTS + 1):
        try:
            doc = ingest.read_document(Path(item.path), max_bytes=max_bytes)
            break
        except Exception as exc:
            if attempt == READ_ATTEMPTS or not is_transient(exc):
                renamed = _named_by_uri(exc, item)
                if renamed is exc:
                    raise
                raise renamed from exc
            time.sleep(READ_RETRY_SECONDS)
    if doc.report_id != item.report_id:
        raise IngestError(f"{item.path}: the file changed during the run; run again")
    if doc.source_uri != item.source_uri:  # a local copy of an object: the object's URL
        doc = dataclasses.replace(doc, source_uri=item.source_uri)
    return doc


def _named_by_uri(exc: Exception, item: BatchItem) -> Exception:
    """The error of reading a local copy of an object (a run on an object store), naming
    the object's URL instead of the copy; any other error as it is."""
    if isinstance(exc, IngestError) and not item.source_uri.startswith("file:"):
        return IngestError(str(exc).replace(item.path, item.source_uri))
    return exc


def extract_batch(
    items: Sequence[BatchItem], versions: Versions, stage: str | None = None, number: int = 0
) -> list[ReportOutcome]:
    """Read and extract a batch of reports; one outcome per item, in order.

    With ``stage`` (a folder of ``OutputStore.new_stage``) the extractions are written there
    as part ``number`` (:func:`staging.write_stage_part`) and the outcomes only say so.
    """
    from pko_extract import extract  # spaCy: only where batches run (not a pool's parent)

    outcomes: dict[str, ReportOutcome] = {}
    docs: list[Document] = []
    for item in items:
        try:
            docs.append(_read(item, versions.max_file_bytes))
        except Exception as exc:  # noqa: BLE001 - any per-report error becomes a reject
            outcomes[item.source_uri] = ReportOutcome(
                item.source_uri, reject=reject_of(item.source_uri, item.report_id, exc)
            )
    nlp = extract.get_nlp(versions.model_name)
    gaz = gazetteer.default_gazetteer()
    try:
        extractions = list(extract.extract_documents(docs, nlp=nlp, gazetteer=gaz))
    except Exception:  # noqa: BLE001 - find the report that failed: one at a time
        extractions = []
        for doc in docs:
            try:
                extractions.append(extract.extract_document(doc, nlp=nlp, gazetteer=gaz))
            except Exception as exc:  # noqa: BLE001
                outcomes[doc.source_uri] = ReportOutcome(
                    doc.source_uri, reject=reject_of(doc.source_uri, doc.report_id, exc)
                )
    if stage is not None:
        staging.write_stage_part(Path(stage), number, extractions)
    for extraction in extractions:
        uri = extraction.report.source_uri
        if stage is None:
            outcomes[uri] = ReportOutcome(uri, extraction=extraction)
        else:
            outcomes[uri] = ReportOutcome(uri, staged=True)
    return [outcomes[item.source_uri] for item in items]


#: The text a worker extracts once as it starts (:func:`warm_up`): invented, short, with a
#: date, a place, a titled person and a mission, so that every stage builds its indexes.
WARM_UP_TEXT = (
    "Workshop on protection of civilians\n"
    "Date: 3 May 2010\nVenue: Accra, Ghana\n\n"
    "Opening remarks by Mr. Kofi Example, Force Commander of the United Nations Mission in "
    "Liberia (UNMIL), on lessons from peace operations.\n"
)


def warm_up(model_name: str) -> None:
    """Load what every batch of a process needs, and make the caches its first report would
    make (the spaCy pipeline, the gazetteer, the rule and mission-linker indexes), by
    extracting :data:`WARM_UP_TEXT`; the result is dropped. Extractions depend only on
    their report, so a warm process extracts the same as a cold one."""
    from pko_extract import extract

    nlp = extract.get_nlp(model_name)
    doc = Document(
        report_id="0" * 64,
        source_uri="file:///warm-up.txt",
        source_name="warm-up.txt",
        text=WARM_UP_TEXT,
    )
    list(extract.extract_documents([doc], nlp=nlp, gazetteer=gazetteer.default_gazetteer()))


def start_worker(parent: int, model_name: str | None = None) -> None:
    """A worker process's first steps: end with ``parent`` (:func:`lifeline.end_with_parent`,
    before anything is imported), then, given a model, :func:`warm_up` while the parent is
    still starting the run (Prefect, the plan's tasks), rather than on its first batch.
    A warm-up that fails is left to the first batch, which reports what fails as rejects."""
    lifeline.end_with_parent(parent)
    if model_name is not None:
        try:
            warm_up(model_name)
        except Exception:  # noqa: BLE001, S110 - the first batch loads (and fails) again
            pass


def _watch_new_workers(executor: ProcessPoolExecutor) -> None:
    """Make the pool's manager thread watch the process ``submit`` may just have started.

    Python's pool (``spawn``) starts its processes one per ``submit``, after waking its
    manager thread, which may then wait on the processes it knew before: a process started
    that way that dies is noticed only when another returns a batch (or never, if none
    does), and its batch waits. Waking the thread again makes it watch every process.
    """
    wakeup = getattr(executor, "_executor_manager_thread_wakeup", None)  # CPython 3.9+
    if wakeup is not None:
        wakeup.wakeup()


class WorkerLost(PkoExtractError):
    """A worker process of the pool ended while it held batches (killed, out of memory):
    those batches did not run; the pool has new workers, so running them again may work."""


#: What a worker runs: ``extract_batch`` (tests give a stand-in).
BatchFunction = Callable[[list[BatchItem], Versions, str | None, int], list[ReportOutcome]]


class ExtractorPool:
    """Runs :func:`extract_batch` in ``workers`` processes (or here, for one worker).

    Use as a context manager: the processes start on entry (``spawn``: a fresh interpreter,
    safe next to the threads of Prefect) and stop on exit. When a worker process dies (a
    ``kill -9``, the kernel's out-of-memory killer), Python's process pool is broken for good
    and fails every batch it holds; this pool then starts a new process pool and raises
    :class:`WorkerLost` for each batch that was lost, so that the ``extract-batch`` task
    retries it (and after its retries records its reports as rejects) while later batches
    run on the new workers: a dead worker never hangs or ends the run.
    """

    def __init__(
        self, workers: int, run: BatchFunction | None = None, *, warm_model: str | None = None
    ) -> None:
        self.workers = max(1, workers)
        self._run: BatchFunction = run or extract_batch
        self._warm_model = warm_model  # each worker warms up with this model as it starts
        self._executor: ProcessPoolExecutor | None = None
        self._here = threading.Lock()  # one batch at a time in this process (one pipeline)
        self._replace = threading.Lock()  # one thread replaces a broken process pool
        self.restarts = 0  # process pools started again after a worker died

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=start_worker,  # ends with this process; warms up with the model
            initargs=(os.getpid(), self._warm_model),
        )

    def __enter__(self) -> ExtractorPool:
        if self.workers > 1:
            self._executor = self._start()
            if self._warm_model is not None:
                self._start_all(self._executor)
        return self

    def _start_all(self, executor: ProcessPoolExecutor) -> None:
        """Start every worker process now (Python's pool starts one per ``submit``), so
        that they import and warm up while this process goes on starting the run."""
        for _ in range(self.workers):
            executor.submit(os.getpid)
        _watch_new_workers(executor)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def extract(
        self,
        items: Sequence[BatchItem],
        versions: Versions,
        stage: str | None = None,
        number: int = 0,
    ) -> list[ReportOutcome]:
        """Extract one batch (:func:`extract_batch`), in a worker process when the pool has
        them.

        Raises:
            WorkerLost: the batch's worker process died (the pool has new workers).
        """
        executor = self._executor
        if executor is None:
            with self._here:
                return self._run(list(items), versions, stage, number)
        try:
            future = executor.submit(self._run, list(items), versions, stage, number)
            _watch_new_workers(executor)
            return future.result()
        except BrokenProcessPool as exc:
            self._renew(executor)
            raise WorkerLost(
                f"batch {number}: its worker process ended before the batch was done "
                f"({exc}); the batch is run again on a new worker"
            ) from exc

    def _renew(self, broken: Executor) -> None:
        """Replace the broken process pool, once, whichever batch notices it first."""
        with self._replace:
            if self._executor is not broken:
                return  # another batch of the same pool has replaced it
            broken.shutdown(wait=False, cancel_futures=True)
            self._executor = self._start()
            self.restarts += 1
