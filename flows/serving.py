"""Serve the flow on a schedule until SIGTERM or Ctrl-C, whether or not the Prefect server is up.

Why: ``pko-extract serve`` runs for weeks under a service manager, which stops it with
SIGTERM, maybe after the Prefect server has gone. Prefect's runner stops on SIGTERM and then
pauses the deployment's schedule through the server; with the server gone, that call retried
for over a minute and ended in a traceback and exit status 1. Here the runner does not pause:
once it has stopped, one quick attempt (no retries, a 5 s timeout) pauses the schedule, and
the last line says whether it could. A SIGTERM that comes before Prefect's runner has set up
its own handler stops serving the same way. While serving, Prefect's warnings about a lost
connection to the server are one line each, without their traceback.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import sys
from collections.abc import Iterator
from types import FrameType
from typing import Any

from flows.schedule_log import schedule_line

__all__ = ["pause_schedule", "serve_until_stopped"]

#: Seconds the pause of the schedule may take when serving stops.
PAUSE_TIMEOUT_SECONDS = 5


class _Stopped(BaseException):
    """SIGTERM before Prefect's runner took over the signal. A BaseException, like
    KeyboardInterrupt: raised from the signal handler into whatever Prefect is doing while it
    sets up serving, an ``except Exception`` there must not swallow it (serve would then go on
    serving and ignore the SIGTERM)."""


def serve_until_stopped(flow: Any, *, name: str, schedule: Any, parameters: dict[str, Any]) -> None:
    """Serve ``flow`` as deployment ``name`` until SIGTERM or Ctrl-C, then pause its schedule.

    Always ends with the line ``stopped serving <name>; ...`` on stderr.
    """

    def stop(signum: int, frame: FrameType | None) -> None:
        raise _Stopped

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        with _one_line_connection_errors():
            flow.serve(
                name=name, schedules=[schedule], parameters=parameters, pause_on_shutdown=False
            )
    except (_Stopped, KeyboardInterrupt):
        pass
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a second SIGTERM ends it at once
        note = pause_schedule(flow.name, name)
        signal.signal(signal.SIGTERM, previous)
        print(schedule_line(f"stopped serving {name}; {note}"), file=sys.stderr, flush=True)


def pause_schedule(flow_name: str, name: str) -> str:
    """Pause the schedule of deployment ``flow_name/name``, trying once; says how it went."""
    from prefect.client.orchestration import get_client
    from prefect.settings import (
        PREFECT_API_REQUEST_TIMEOUT,
        PREFECT_API_URL,
        PREFECT_CLIENT_MAX_RETRIES,
        temporary_settings,
    )

    quick = {PREFECT_CLIENT_MAX_RETRIES: 0, PREFECT_API_REQUEST_TIMEOUT: PAUSE_TIMEOUT_SECONDS}
    try:
        with temporary_settings(quick), get_client(sync_client=True) as client:
            deployment = client.read_deployment_by_name(f"{flow_name}/{name}")
            client.pause_deployment(deployment.id)
    except Exception as exc:  # noqa: BLE001 - any failure: say so in the last line
        return (
            f"its schedule could not be paused ({type(exc).__name__}: the Prefect server at "
            f"{PREFECT_API_URL.value()} did not answer); pause it in the Prefect UI if no "
            "`pko-extract serve` is to run it"
        )
    return "its schedule is paused"


class _OneLine(logging.Filter):
    """A record of a lost connection to the server: its exception in the message, no
    traceback (any other record passes unchanged)."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if exc is not None and _connection_error(exc):
            record.msg = f"{record.getMessage()} ({type(exc).__name__}: {exc})"
            record.args = None
            record.exc_info = None
            record.exc_text = None
        return True


def _connection_error(exc: BaseException) -> bool:
    import httpx
    from websockets.exceptions import WebSocketException

    return isinstance(exc, OSError | httpx.TransportError | WebSocketException)


@contextlib.contextmanager
def _one_line_connection_errors() -> Iterator[None]:
    """:class:`_OneLine` on every handler of Prefect's loggers while serving."""
    handlers = {h for h in logging.getLogger("prefect").handlers}
    handlers |= {h for h in logging.getLogger().handlers}
    one_line = _OneLine()
    for handler in handlers:
        handler.addFilter(one_line)
    try:
        yield
    finally:
        for handler in handlers:
            handler.removeFilter(one_line)
