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
"""

from __future__ import annotations

import os
import sys
import warnings

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
