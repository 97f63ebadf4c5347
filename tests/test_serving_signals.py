"""The SIGTERM that comes while ``serve`` is still setting up, before Prefect's runner holds
the signal (flows/serving.py): serving stops at once and the last line says what became of
the schedule. In process, with a stand-in for the flow whose set-up receives the signal, and a
Prefect API URL where nothing answers (so the pause fails fast and says so)."""

from __future__ import annotations

import os
import signal
import socket
import time
from typing import Any

from prefect.settings import PREFECT_API_URL, temporary_settings

from flows.serving import serve_until_stopped


class _FlowSettingUp:
    """A flow whose ``serve`` gets SIGTERM during its set-up, inside an ``except Exception``
    (as Prefect's own set-up code may be), then would serve for a minute."""

    name = "pko-extract"

    def __init__(self) -> None:
        self.swallowed = 0

    def serve(self, **kwargs: Any) -> None:
        try:
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(0.5)
        except Exception:  # noqa: BLE001 - what the stop must get through
            self.swallowed += 1
        time.sleep(60)
        raise AssertionError("serving went on after SIGTERM")


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_sigterm_during_the_set_up_stops_serving_and_says_the_schedule_was_not_paused(capsys):
    flow = _FlowSettingUp()
    url = f"http://127.0.0.1:{_closed_port()}/api"
    before = signal.getsignal(signal.SIGTERM)
    with temporary_settings({PREFECT_API_URL: url}):
        started = time.monotonic()
        serve_until_stopped(flow, name="early", schedule=None, parameters={})
        elapsed = time.monotonic() - started

    assert flow.swallowed == 0
    assert elapsed < 30
    assert signal.getsignal(signal.SIGTERM) is before
    last = capsys.readouterr().err.splitlines()[-1]
    assert last.endswith(
        " pko-extract: stopped serving early; its schedule could not be paused "
        f"(ConnectError: the Prefect server at {url} did not answer); pause it in the "
        "Prefect UI if no `pko-extract serve` is to run it"
    )
