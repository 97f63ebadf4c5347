"""Batches on a Dask cluster (``pko-extract run --dask``), through prefect-dask.

Imported by ``flows/pipeline.py`` only for a run that asks for Dask: a run without it
imports neither Dask nor prefect-dask.

* :func:`task_runner`: prefect-dask's ``DaskTaskRunner``, on a scheduler's address or on a
  ``LocalCluster`` it starts (N worker processes of one thread; no dashboard) and stops.
* :func:`api_for_workers`: every Dask worker runs Prefect's task engine, which reports to
  the Prefect API of the run. Without ``PREFECT_API_URL`` the run starts Prefect's
  temporary server itself (loopback) and hands its address to the workers; a cluster on
  other machines needs a server they can reach (``UsageError`` otherwise).
* :data:`extract_batch_on_worker`: the ``extract-batch`` task as a worker runs it
  (:func:`pko_extract.batches_remote.extract_batch_remote`): the batch's rows come back as
  Arrow IPC bytes and the run stages them (``pipeline._outcomes``), so the workers need not
  see the output folder. Retried like the local task; a worker that dies mid-batch has its
  batch run again by Dask on another worker first.
"""

from __future__ import annotations

from flows.prefect_setup import configure

configure()  # before prefect is imported (a worker imports this module to run the task)

import os  # noqa: E402

#: Dask's own lines are noise on the command line, as Prefect's are: INFO (scheduler and
#: workers starting, clients connecting) and WARNING too ("Event loop was unresponsive" while
#: a busy worker holds the GIL, "Worker process still alive after 4.0 seconds, killing" when
#: a loaded machine's worker is slow to exit after the last batch came back). The run reports
#: what matters (progress, rejects, a batch lost with its worker); errors still show. Read by
#: Dask when first imported; the environment or Dask's config files win:
#: DASK_LOGGING__DISTRIBUTED=warning shows them again.
_USER_LOG_LEVEL = "DASK_LOGGING__DISTRIBUTED" in os.environ
os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "error")

import contextlib  # noqa: E402
import logging  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from typing import Any  # noqa: E402
from urllib.parse import urlsplit  # noqa: E402

from prefect import task  # noqa: E402
from prefect.context import FlowRunContext  # noqa: E402
from prefect.settings import PREFECT_API_URL, temporary_settings  # noqa: E402
from prefect_dask import DaskTaskRunner  # noqa: E402

from flows.pipeline import BATCH_TASK_OPTIONS, sleep_for_tests  # noqa: E402
from pko_extract import batches_remote  # noqa: E402
from pko_extract.batches import BatchItem  # noqa: E402
from pko_extract.batches_remote import DaskTarget, RemoteBatch  # noqa: E402
from pko_extract.errors import UsageError  # noqa: E402
from pko_extract.runs import Versions  # noqa: E402

if not _USER_LOG_LEVEL:
    # the variable above only acts if Dask is imported after it; Prefect may have imported it
    # first (prefect-dask is one of its collections, loaded by the API the run serves itself)
    logging.getLogger("distributed").setLevel(logging.ERROR)

__all__ = [
    "api_for_workers",
    "cluster_threads",
    "extract_batch_on_worker",
    "task_runner",
    "threads_and_submit",
]


@task(**BATCH_TASK_OPTIONS)
def extract_batch_on_worker(
    number: int, items: list[BatchItem], versions: Versions, settings: dict[str, Any]
) -> RemoteBatch:
    """Read and extract one batch of reports on a Dask worker; its rows come back as Arrow.

    A report that fails is returned as a reject; the task fails, and is retried, only when
    the batch as a whole could not run (the worker's settings are not the run's).
    """
    sleep_for_tests(len(items))
    return batches_remote.extract_batch_remote(items, versions, settings)


def task_runner(target: DaskTarget) -> Any:
    """A ``DaskTaskRunner`` on ``target``: its scheduler, or a LocalCluster of its own."""
    if target.address is not None:
        return DaskTaskRunner(address=target.address)
    if not _USER_LOG_LEVEL:
        # the workers are processes spawned by the cluster: they set up Dask's logging from
        # this environment when they import it. ``silence_logs`` below only quiets their
        # nanny's logger, so a heartbeat that meets the closing scheduler after the last batch
        # (``distributed.worker``, an ERROR with a traceback) printed on a loaded machine
        os.environ["DASK_LOGGING__DISTRIBUTED"] = "critical"
    return DaskTaskRunner(
        cluster_class="distributed.LocalCluster",
        cluster_kwargs={
            "n_workers": target.workers,
            "threads_per_worker": 1,  # one batch, one spaCy pipeline per process
            "processes": True,
            "host": "127.0.0.1",
            # its small web server on a free loopback port (8787 may be another run's)
            "dashboard_address": "127.0.0.1:0",
            # the workers of the run's own cluster log CRITICAL lines only: when it closes on a
            # loaded machine, a worker's heartbeat can meet the closing scheduler ("Failed to
            # communicate with scheduler during heartbeat", an ERROR with a traceback) after
            # every batch is back; a batch that fails reaches the run as its rejects
            "silence_logs": False if _USER_LOG_LEVEL else logging.CRITICAL,
        },
    )


def threads_and_submit(versions: Versions) -> tuple[int, Callable[[int, list[BatchItem]], Any]]:
    """The threads of the flow's cluster (batches it runs at once) and a function that
    submits batch ``n`` to it as an ``extract-batch`` task."""
    settings = batches_remote.extraction_settings()

    def submit(n: int, part: list[BatchItem]) -> Any:
        return extract_batch_on_worker.submit(n, part, versions, settings)

    return cluster_threads(), submit


def cluster_threads() -> int:
    """Threads of the flow's Dask cluster (workers x threads): batches it runs at once."""
    context = FlowRunContext.get()
    runner = context.task_runner if context is not None else None
    client = getattr(runner, "client", None)
    if client is None:
        return 1
    return max(1, sum(client.nthreads().values()))


@contextlib.contextmanager
def api_for_workers(target: DaskTarget) -> Iterator[None]:
    """A Prefect API the workers of ``target`` can reach, for the duration of the run.

    Raises:
        UsageError: a cluster on other machines, and no Prefect server (or one on loopback).
    """
    url = PREFECT_API_URL.value()
    if not target.on_this_machine and (not url or _loopback(url)):
        raise UsageError(
            f"the Dask workers of {target.address} run Prefect tasks and need a Prefect "
            "server they can reach: start one (`prefect server start --host 0.0.0.0`) and "
            "set PREFECT_API_URL=http://<this machine>:4200/api here and on the workers"
        )
    if url:
        yield
        return
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()  # the one Prefect itself would start, on loopback
    server.start()
    with temporary_settings({PREFECT_API_URL: server.api_url}):
        yield


def _loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    return DaskTarget(host).on_this_machine
