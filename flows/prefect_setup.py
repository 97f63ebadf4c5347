"""Prefect configuration for pko-extract: a quiet, clean run out of the box.

Prefect reads its settings once, when it is first imported, so :func:`configure` must run
before ``import prefect``; ``flows/pipeline.py`` calls it at its very top. Every value is
applied with ``os.environ.setdefault``: a variable already set in the environment (or a
value in the user's Prefect profile for settings not listed here) wins, so anyone can turn
a setting back on, e.g. ``PREFECT_LOGGING_LEVEL=INFO pko-extract run``.

Why each default:

* ``PREFECT_SERVER_ANALYTICS_ENABLED=false`` - no usage analytics; with it on, the temporary
  server's telemetry heartbeat races the database migration and logs a ``database is locked``
  traceback on a fresh ``~/.prefect``.
* ``PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS=120`` - without a Prefect server, each
  run starts a temporary one; it takes about 15 s on a small machine, close to the 20 s default.
* ``PREFECT_TELEMETRY_ENABLE_RESOURCE_METRICS=false`` and
  ``PREFECT_CLOUD_ENABLE_ORCHESTRATION_TELEMETRY=false`` - no resource metrics or telemetry.
* ``PREFECT_LOGGING_LEVEL=WARNING`` - Prefect's own INFO lines ("Starting temporary server",
  "Finished in state Completed()") are noise for a command-line user; pko-extract prints its
  own progress. Warnings and errors still show. Logs still reach the Prefect API/UI.
* ``PREFECT_SERVER_LOGGING_LEVEL=CRITICAL`` - the temporary server (a subprocess sharing
  the command's stderr) logs its shutdown chatter, and on a busy machine its services'
  cancellation at exit as ERROR tracebacks ("Error flushing 1 events ... CancelledError")
  after the run has finished; neither is an error of the run. A server you start yourself
  (``prefect server start``) does not read these defaults.
* ``PREFECT_SERVER_UI_SHOW_PROMOTIONAL_CONTENT=false`` - no promotions in the UI.

:func:`use_output_home` (called by ``pko-extract run`` before Prefect is imported) puts
Prefect's home - its SQLite database, the temporary server's state - under the output
folder (``<output>/.prefect``) instead of the user's ``~/.prefect``, which every run on the
machine would share (concurrent runs then fail with "database is locked"). It does nothing
when ``PREFECT_HOME`` or ``PREFECT_API_URL`` is set, or when the user's Prefect profiles
name an API URL: then the runs go where the user sends them.
"""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
import threading
import types
import warnings
from pathlib import Path
from typing import Any

PREFECT_DEFAULTS: dict[str, str] = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    "PREFECT_TELEMETRY_ENABLE_RESOURCE_METRICS": "false",
    "PREFECT_CLOUD_ENABLE_ORCHESTRATION_TELEMETRY": "false",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_SERVER_LOGGING_LEVEL": "CRITICAL",
    "PREFECT_SERVER_UI_SHOW_PROMOTIONAL_CONTENT": "false",
}


def configure() -> dict[str, str]:
    """Apply the pko-extract Prefect defaults to ``os.environ`` (existing values win).

    Call it before the first ``import prefect`` in the process.

    Returns:
        The Prefect variables as they are now set (name -> value).
    """
    if "prefect" in sys.modules and any(name not in os.environ for name in PREFECT_DEFAULTS):
        warnings.warn(
            "flows.prefect_setup.configure() was called after prefect was imported; "
            "Prefect has already read its settings, so the pko-extract defaults may not apply. "
            "Import flows.pipeline (or call configure()) before importing prefect.",
            RuntimeWarning,
            stacklevel=2,
        )
    for name, value in PREFECT_DEFAULTS.items():
        os.environ.setdefault(name, value)
    return {name: os.environ[name] for name in PREFECT_DEFAULTS}


#: Folder of Prefect's home under the output folder of a command-line run.
OUTPUT_HOME = ".prefect"


def user_names_a_server() -> bool:
    """Whether the user points Prefect at a server: ``PREFECT_API_URL`` in the environment or
    in the Prefect profiles file."""
    return "PREFECT_API_URL" in os.environ or _profiles_name_a_server()


def _profiles_name_a_server() -> bool:
    """Whether the user's Prefect profiles file sets an API URL (a server to report to)."""
    default = Path(os.environ.get("PREFECT_HOME") or "~/.prefect").expanduser() / "profiles.toml"
    path = Path(os.environ.get("PREFECT_PROFILES_PATH") or default).expanduser()
    try:
        return "PREFECT_API_URL" in path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False


def use_output_home(output: Path) -> str | None:
    """Let Prefect keep its home under ``output`` (``<output>/.prefect``) for this process.

    Call it before the first ``import prefect``. Returns the home now in use when this set
    it, ``None`` when the user's ``PREFECT_HOME`` / ``PREFECT_API_URL`` (environment or
    profile) stays in charge.
    """
    if "PREFECT_HOME" in os.environ or user_names_a_server():
        return None
    home = Path(output).resolve() / OUTPUT_HOME
    os.environ["PREFECT_HOME"] = str(home)
    return str(home)


#: prctl(2) option: the signal a process gets when the thread that started it dies.
_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:  # pragma: no cover - runs in the child, before exec
    ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


class _SubprocessDyingWithParent(types.ModuleType):
    """``subprocess`` as Prefect's server module sees it: ``Popen`` started from the main
    thread asks Linux to send the child SIGTERM when the parent dies, so a ``kill -9`` of
    ``pko-extract`` does not leave the temporary server running (issue 11). Started from
    another thread (whose end would also count as the parent's death) it is plain Popen."""

    def __init__(self) -> None:
        super().__init__("subprocess")

    def __getattr__(self, name: str) -> Any:
        return getattr(subprocess, name)

    @staticmethod
    def Popen(*args: Any, **kwargs: Any) -> subprocess.Popen[Any]:  # noqa: N802 - mirrors it
        if threading.current_thread() is threading.main_thread():
            kwargs.setdefault("preexec_fn", _die_with_parent)
        return subprocess.Popen(*args, **kwargs)


def server_dies_with_parent() -> bool:
    """Make Prefect's temporary server process end with this process, on Linux (prctl);
    call it after importing Prefect. Returns whether it could be arranged."""
    if not sys.platform.startswith("linux"):
        return False
    from prefect.server.api import server

    if not isinstance(server.subprocess, _SubprocessDyingWithParent):
        server.subprocess = _SubprocessDyingWithParent()  # type: ignore[assignment]
    return True
