"""Prefect's API inside the command's own process, for a ``pko-extract run`` without a server.

Without ``PREFECT_API_URL`` Prefect 3 starts a temporary server for every run
(``prefect.server.api.server.SubprocessASGIServer``): a second Python process that imports
Prefect's server again (about 2 s of CPU) before it serves the first request. The command
has imported that server already (``flows.pipeline``), so :class:`LocalServer` serves the
same application (``create_app(ephemeral=True)``: no UI, only the services an ephemeral
server runs) with uvicorn in a thread of this process, on a loopback port, and points
``PREFECT_API_URL`` at it. Flow runs, task runs, logs and artifacts are recorded as before,
in the database under the output folder (``<output>/.prefect/prefect.db``), and a
``kill -9`` of the command leaves no server behind.

A new database also costs Prefect's schema migrations (about 4 s of CPU): the first run on
a machine keeps a copy of the freshly migrated database (schema and block types, no runs)
in the cache folder (``$XDG_CACHE_HOME/pko-extract``, default ``~/.cache/pko-extract``),
one file per Prefect version, and a new output folder starts from a copy of it. Prefect
still runs its migrations on start; on the copy they find nothing to do. A cache that
cannot be written only costs the migrations.

The server starts only what a run records with: :data:`IN_PROCESS_DEFAULTS` turns off the
automations (triggers, actions) and the events stream to a UI, and on a new database
:data:`NEW_DATABASE_DEFAULTS` skips the block registration that the template or
:func:`_migrate_and_register_blocks` has done, and the vacuum of old events (a new database
has none). The task-run recorder and the event persister
still run: flow runs, task runs, logs, artifacts and events are recorded as before.

Use: :func:`reserve` before the first ``import prefect`` (it sets ``PREFECT_API_URL`` and
these defaults, which Prefect reads once, on import), then :meth:`LocalServer.start` and
:meth:`LocalServer.stop` around the flow.
"""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import socket
import sqlite3
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

from pko_extract.errors import UsageError

#: ``false`` turns the in-process server off: Prefect then starts its temporary server process.
IN_PROCESS_ENV = "PKO_PREFECT_IN_PROCESS"
#: Settings that move Prefect's database away from ``<home>/prefect.db`` (no template then).
DATABASE_URL_ENVS = (
    "PREFECT_API_DATABASE_CONNECTION_URL",
    "PREFECT_SERVER_DATABASE_CONNECTION_URL",
)
#: Environment variable of the cache folder's parent (the XDG base directory convention).
CACHE_ENV = "XDG_CACHE_HOME"
#: Prefect settings of a run that serves its API itself (defaults: the environment wins). The
#: server has no UI and no other client, and its database is the run's own.
IN_PROCESS_DEFAULTS: dict[str, str] = {
    # automations: ReactiveTriggers and Actions (0.6 s of CPU to start), none in this database
    "PREFECT_SERVER_SERVICES_TRIGGERS_ENABLED": "false",
    # the events websocket out (to a UI); events are still received and persisted
    "PREFECT_SERVER_EVENTS_STREAM_OUT_ENABLED": "false",
}
#: Settings of a run whose database is new: it starts from the template, or is migrated and
#: given its block types before the server starts (``LocalServer._main``), so the server's
#: own block registration (and its memo, which imports Prefect's collections: prefect-dask
#: and Dask, about 0.5 s) would find nothing to do; nor would the vacuum of old events.
NEW_DATABASE_DEFAULTS: dict[str, str] = {
    # the migrations: the template is migrated, a database made without it is migrated by
    # _migrate_and_register_blocks before the server starts (the check costs about 0.1 s)
    "PREFECT_SERVER_DATABASE_MIGRATE_ON_START": "false",
    "PREFECT_SERVER_REGISTER_BLOCKS_ON_START": "false",
    "PREFECT_SERVER_MEMOIZE_BLOCK_AUTO_REGISTRATION": "false",
    # no vacuum types: the event vacuum (on by default, also in an ephemeral server) deletes
    # events past their retention period as the server starts, then hourly; a new database
    # has none, and a run is over long before an hour (about 0.2 s of the seed run's CPU:
    # two Docket tasks and their DELETE statements). A later run into the same output folder
    # starts on the existing database, with the vacuum, which deletes what has aged since.
    "PREFECT_SERVER_SERVICES_DB_VACUUM_ENABLED": "[]",
}
#: Seconds to wait for the server to start (Prefect's own default for its temporary one).
START_TIMEOUT_SECONDS = 120.0
#: Seconds a stop waits for the server's requests and services to end.
STOP_TIMEOUT_SECONDS = 30.0


class LocalServerError(UsageError):
    """Prefect's API could not be started in this process."""


def wanted() -> bool:
    """Whether this run should serve Prefect's API itself: Prefect is not imported yet (it
    reads ``PREFECT_API_URL`` on import), the user names no server (environment or profile)
    and ``PKO_PREFECT_IN_PROCESS`` is not ``false``."""
    from flows.prefect_setup import user_names_a_server

    if os.environ.get(IN_PROCESS_ENV, "true").strip().lower() in ("false", "0", "no", "off"):
        return False
    return "prefect" not in sys.modules and not user_names_a_server()


def prefect_home() -> Path:
    """Prefect's home as Prefect will read it (``PREFECT_HOME``, default ``~/.prefect``)."""
    return Path(os.environ.get("PREFECT_HOME") or "~/.prefect").expanduser()


def cache_dir() -> Path:
    """The folder of the migrated database templates (``$XDG_CACHE_HOME/pko-extract``)."""
    base = os.environ.get(CACHE_ENV) or str(Path("~/.cache").expanduser())
    return Path(base) / "pko-extract"


def template_path(prefect_version: str) -> Path:
    """The migrated empty database of ``prefect_version`` in the cache folder."""
    return cache_dir() / f"prefect-{prefect_version}.db"


def copy_template(template: Path, database: Path) -> bool:
    """Start ``database`` (which does not exist yet) from ``template``; whether it did."""
    if database.exists() or not template.is_file():
        return False
    database.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".template-", dir=database.parent)
    os.close(fd)
    try:
        shutil.copyfile(template, tmp)
        os.replace(tmp, database)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        return False
    return True


def save_template(database: Path, template: Path) -> bool:
    """Keep a copy of the migrated ``database`` as ``template``; whether it did.

    ``VACUUM INTO`` writes a consistent copy whatever the journal mode; the copy is written
    under a temporary name and renamed, so a reader never sees half a file.
    """
    try:
        template.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".template-", dir=template.parent)
        os.close(fd)
        os.unlink(tmp)  # VACUUM INTO wants a file that does not exist
    except OSError:
        return False
    try:
        with sqlite3.connect(database) as conn:
            conn.execute("VACUUM INTO ?", (tmp,))
        conn.close()
        os.replace(tmp, template)
    except (OSError, sqlite3.Error):
        Path(tmp).unlink(missing_ok=True)
        return False
    return True


def new_database(home: Path) -> bool:
    """Whether the server of ``home`` will start on a database that does not exist yet (a
    file of the home: no ``PREFECT_API_DATABASE_CONNECTION_URL``), which
    :meth:`LocalServer.start` makes from the template or migrates and registers itself."""
    if any(name in os.environ for name in DATABASE_URL_ENVS):
        return False
    return not (Path(home) / "prefect.db").exists()


class LocalServer:
    """Prefect's API served by uvicorn in a thread of this process.

    Args:
        home: Prefect's home (``PREFECT_HOME``); its ``prefect.db`` is the database.
    """

    def __init__(self, home: Path) -> None:
        self.home = Path(home)
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind(("127.0.0.1", 0))
        self.port: int = self._socket.getsockname()[1]
        self._server: Any = None
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None
        #: Whether the database started from the cached template (for tests and benchmarks).
        self.from_template = False

    @property
    def api_url(self) -> str:
        """The URL Prefect's client is pointed at."""
        return f"http://127.0.0.1:{self.port}/api"

    @property
    def running(self) -> bool:
        """Whether the server thread is serving."""
        return self._thread is not None and self._thread.is_alive()

    def start(self, timeout: float = START_TIMEOUT_SECONDS) -> None:
        """Prepare the database and serve Prefect's API; returns once it answers.

        Raises:
            LocalServerError: the server did not start (its error is the cause).
        """
        if self.running:
            return
        import prefect
        import uvicorn
        from prefect.server.api.server import create_app

        database = self.home / "prefect.db"
        template = template_path(prefect.__version__)
        if any(name in os.environ for name in DATABASE_URL_ENVS):  # not a file of the home
            database = template = self.home / ".no-template"
        self.from_template = copy_template(template, database)
        app = create_app(ephemeral=True)
        quiet_pool_cancellations()
        config = uvicorn.Config(
            app, log_config=None, log_level="critical", lifespan="on", timeout_graceful_shutdown=5
        )
        self._server = uvicorn.Server(config)
        self._error = None
        if self._socket.fileno() == -1:  # a second start in this process: the same port
            self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            self._socket.bind(("127.0.0.1", self.port))
        save = None if self.from_template or database.exists() or database == template else template
        self._thread = threading.Thread(
            target=self._serve, args=(database, save), name="prefect-api", daemon=True
        )
        self._thread.start()
        waited = 0.0
        while not self._server.started:
            if not self._thread.is_alive() or waited >= timeout:
                self.stop()
                raise LocalServerError(
                    f"Prefect's API did not start in this process within {timeout:.0f} s "
                    f"(database {database}); set PREFECT_API_URL to a running Prefect server "
                    "(`prefect server start`) to use that one instead"
                ) from self._error
            self._thread.join(0.05)
            waited += 0.05

    def _serve(self, database: Path, save: Path | None) -> None:
        try:
            asyncio.run(self._main(database, save))
        except BaseException as exc:  # reported by start(), which waits for the thread
            self._error = exc

    async def _main(self, database: Path, save: Path | None) -> None:
        if save is not None:
            await _migrate_and_register_blocks()
            save_template(database, save)
        await self._server.serve(sockets=[self._socket])

    def stop(self, timeout: float = STOP_TIMEOUT_SECONDS) -> None:
        """Send what Prefect's client still holds (logs, events), then stop the server."""
        if self.running:
            _drain_prefect_workers()
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
        self._socket.close()


async def _migrate_and_register_blocks() -> None:
    """What the server does first on a new database, done before the template is taken:
    the schema migrations and the block types (the server's own start then finds both done).
    """
    from prefect.server.database import provide_database_interface
    from prefect.server.models.block_registration import run_block_auto_registration

    db = provide_database_interface()
    await db.create_db()
    session = await db.session()
    async with session:
        await run_block_auto_registration(session=session)
    # the server's start opens its own connections; these are closed
    engine = await db.engine()
    await engine.dispose()


class _PoolCancellation(logging.Filter):
    """Drops SQLAlchemy's pool reporting a connection reset cancelled by the server's own
    shutdown ("Exception during reset or similar" with ``asyncio.CancelledError``): on a
    busy machine the in-process server stops while a request's connection is being given
    back, after the run has finished; no error of the run. Other records pass."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not (
            record.name.startswith("sqlalchemy.pool") and isinstance(exc, asyncio.CancelledError)
        )


_POOL_CANCELLATION = _PoolCancellation()


def quiet_pool_cancellations() -> None:
    """Put :class:`_PoolCancellation` on the root logger's handlers (Prefect's console
    handler among them), where the pool's records end up; once per handler."""
    for handler in logging.getLogger().handlers:
        if _POOL_CANCELLATION not in handler.filters:
            handler.addFilter(_POOL_CANCELLATION)


def _drain_prefect_workers() -> None:
    """Wait for Prefect's log and event workers to send what they hold to the server
    (as ``prefect_test_harness`` does before it stops its server)."""
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    APILogWorker.drain_all(timeout=10)
    EventsWorker.drain_all(timeout=10)


_RESERVED: LocalServer | None = None


def reserve(home: str | Path) -> LocalServer:
    """The server of this process for Prefect's home ``home``, its port bound, and
    ``PREFECT_API_URL`` set to it (and the server's settings above, unless set already).
    Call before the first ``import prefect``; a later call returns the same server (Prefect
    keeps the URL it read on import)."""
    global _RESERVED
    if _RESERVED is None:
        _RESERVED = LocalServer(Path(home))
        os.environ["PREFECT_API_URL"] = _RESERVED.api_url
        defaults = dict(IN_PROCESS_DEFAULTS)
        if new_database(Path(home)):
            defaults.update(NEW_DATABASE_DEFAULTS)
        for name, value in defaults.items():
            os.environ.setdefault(name, value)
        # no UI is served: no "View at http://127.0.0.1:.../runs/..." link to a gone server
        os.environ.setdefault("PREFECT_UI_URL", "")
    return _RESERVED


def reserved() -> LocalServer | None:
    """The server :func:`reserve` made in this process, if any."""
    return _RESERVED
