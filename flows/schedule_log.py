"""Log lines of scheduled runs: one when a run of a deployment starts, one when it ends.

Why: ``pko-extract serve`` runs the flow on a cron schedule for weeks; whoever watches its
terminal (or its service log) must see each run come and go without opening the Prefect UI.
Prefect calls these hooks in the process of the flow run; a run started by ``pko-extract
run`` (no deployment) prints nothing, the command shows its own progress.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from typing import Any

__all__ = ["log_end", "log_start", "schedule_line"]


def schedule_line(message: str) -> str:
    """``2026-12-02T01:00:00Z pko-extract: <message>``."""
    return f"{datetime.now(UTC):%Y-%m-%dT%H:%M:%SZ} pko-extract: {message}"


def _scheduled(flow_run: Any) -> bool:
    return getattr(flow_run, "deployment_id", None) is not None


def log_start(flow: Any, flow_run: Any, state: Any) -> None:
    """``... scheduled run <name> started``."""
    if _scheduled(flow_run):
        print(schedule_line(f"scheduled run {flow_run.name} started"), file=sys.stderr, flush=True)


def log_end(flow: Any, flow_run: Any, state: Any) -> None:
    """``... scheduled run <name> completed: <summary>`` (or failed / crashed / cancelled)."""
    if not _scheduled(flow_run):
        return
    what = str(getattr(state, "name", "ended")).lower()
    detail = ""
    try:
        summary = state.result()
        detail = (
            f": {summary.n_found} reports, {summary.n_new} new, {summary.n_changed} changed, "
            f"{summary.n_failed} failed"
        )
    except Exception:  # noqa: BLE001 - a failed run has no summary: its message says why
        detail = f": {getattr(state, 'message', '') or ''}".rstrip(": ")
    print(
        schedule_line(f"scheduled run {flow_run.name} {what}{detail}"), file=sys.stderr, flush=True
    )
