"""Prefect's API served inside ``pko-extract run`` (flows/local_server.py).

A run without a Prefect server serves Prefect's API in a thread of its own process instead
of a temporary server process, and a new Prefect database starts from a migrated copy kept
in the cache folder: the runs are recorded as before, the copy holds no run.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PKO_EXTRACT

from flows import local_server
from flows.local_server import copy_template, save_template


def _rows(database: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(database) as conn:
        rows = conn.execute(sql).fetchall()
    conn.close()
    return rows


def _database(path: Path, names: list[str]) -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute("create table block_type (name text)")
        conn.executemany("insert into block_type values (?)", [(n,) for n in names])
    conn.close()
    return path


def test_saved_template_is_copied_into_a_new_database(tmp_path):
    source = _database(tmp_path / "migrated.db", ["secret", "json"])
    template = tmp_path / "cache" / "pko-extract" / "prefect-9.9.9.db"

    assert save_template(source, template) is True
    assert copy_template(template, tmp_path / "home" / "prefect.db") is True

    assert _rows(tmp_path / "home" / "prefect.db", "select name from block_type") == [
        ("secret",),
        ("json",),
    ]
    assert sorted(p.name for p in template.parent.iterdir()) == ["prefect-9.9.9.db"]


def test_an_existing_database_is_never_replaced_by_the_template(tmp_path):
    template = _database(tmp_path / "template.db", ["secret"])
    existing = _database(tmp_path / "prefect.db", ["mine"])

    assert copy_template(template, existing) is False
    assert _rows(existing, "select name from block_type") == [("mine",)]


def test_without_a_template_nothing_is_copied(tmp_path):
    assert copy_template(tmp_path / "missing.db", tmp_path / "home" / "prefect.db") is False
    assert not (tmp_path / "home").exists()


def test_the_template_sits_in_the_xdg_cache_folder_per_prefect_version(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert local_server.template_path("3.9.1") == tmp_path / "pko-extract" / "prefect-3.9.1.db"


@pytest.mark.parametrize(
    ("env", "profile", "expected"),
    [
        ({}, "", True),
        ({"PREFECT_HOME": "/somewhere"}, "", True),
        ({"PREFECT_API_URL": "http://127.0.0.1:4200/api"}, "", False),
        ({}, '[profiles.default]\nPREFECT_API_URL = "http://h:4200/api"\n', False),
        ({"PKO_PREFECT_IN_PROCESS": "false"}, "", False),
        ({"PKO_PREFECT_IN_PROCESS": "true"}, "", True),
    ],
    ids=["no-server", "own-home", "api-url", "profile-url", "turned-off", "turned-on"],
)
def test_the_api_is_served_in_process_only_without_a_server_named(
    monkeypatch, tmp_path, env, profile, expected
):
    for name in ("PREFECT_HOME", "PREFECT_API_URL", "PKO_PREFECT_IN_PROCESS"):
        monkeypatch.delenv(name, raising=False)
    profiles = tmp_path / "profiles.toml"
    profiles.write_text(profile, encoding="utf-8")
    monkeypatch.setenv("PREFECT_PROFILES_PATH", str(profiles))
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delitem(sys.modules, "prefect", raising=False)  # as in a fresh command

    assert local_server.wanted() is expected


def test_not_in_process_once_prefect_is_imported(monkeypatch, tmp_path):
    """Prefect reads PREFECT_API_URL when it is imported: too late to point it elsewhere."""
    import prefect  # noqa: F401

    for name in ("PREFECT_HOME", "PREFECT_API_URL", "PKO_PREFECT_IN_PROCESS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PREFECT_PROFILES_PATH", str(tmp_path / "none.toml"))

    assert local_server.wanted() is False


def _run(raw: Path, out: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(PKO_EXTRACT), "run", str(raw), "-o", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_prefect_reads_the_new_database_vacuum_setting_as_no_vacuum(monkeypatch):
    """The value :data:`NEW_DATABASE_DEFAULTS` gives the vacuum is read by Prefect as no
    vacuum type at all (its ``false`` still means the events vacuum)."""
    from prefect.settings import Settings

    name = "PREFECT_SERVER_SERVICES_DB_VACUUM_ENABLED"
    monkeypatch.setenv(name, local_server.NEW_DATABASE_DEFAULTS[name])
    assert Settings().server.services.db_vacuum.enabled_vacuum_types == set()
    monkeypatch.setenv(name, "false")
    assert Settings().server.services.db_vacuum.enabled_vacuum_types == {"events"}


RUNS = "select state_type from flow_run"
TASKS = "select name, state_type from task_run order by name"
ARTIFACTS = "select type from artifact order by type"
EVENTS = "select event, count(*) from events group by event order by event"


def test_reserve_turns_off_what_a_run_does_not_use(monkeypatch, tmp_path):
    """The in-process server runs without automations or an events stream out, and skips
    the migration check, the block registration and the vacuum of old events only on a
    database it makes itself (a new file of the home: from the migrated template, or
    migrated before the server starts)."""
    names = [*local_server.IN_PROCESS_DEFAULTS, *local_server.NEW_DATABASE_DEFAULTS]
    for name in [*names, "PREFECT_API_URL", *local_server.DATABASE_URL_ENVS]:
        monkeypatch.setenv(name, "x")
        monkeypatch.delenv(name)
    monkeypatch.setenv("PREFECT_SERVER_SERVICES_TRIGGERS_ENABLED", "true")  # the user's wins
    monkeypatch.setattr(local_server, "_RESERVED", None)
    server = local_server.reserve(tmp_path / "home")
    server.stop()

    assert local_server.new_database(tmp_path / "home") is True
    assert {name: local_server.os.environ[name] for name in names} == {
        "PREFECT_SERVER_SERVICES_TRIGGERS_ENABLED": "true",
        "PREFECT_SERVER_EVENTS_STREAM_OUT_ENABLED": "false",
        "PREFECT_SERVER_DATABASE_MIGRATE_ON_START": "false",
        "PREFECT_SERVER_REGISTER_BLOCKS_ON_START": "false",
        "PREFECT_SERVER_MEMOIZE_BLOCK_AUTO_REGISTRATION": "false",
        "PREFECT_SERVER_SERVICES_DB_VACUUM_ENABLED": "[]",
    }
    (tmp_path / "home").mkdir()
    _database(tmp_path / "home" / "prefect.db", ["a"])
    assert local_server.new_database(tmp_path / "home") is False
    monkeypatch.setenv("PREFECT_API_DATABASE_CONNECTION_URL", "sqlite+aiosqlite:///x.db")
    assert local_server.new_database(tmp_path / "new-home") is False


@pytest.mark.flow
def test_runs_are_recorded_and_the_template_holds_none(tmp_path, write_report, cli_env):
    """First run on a machine: it migrates the new database and keeps a copy in the cache;
    the next run into a new home starts from that copy and holds only its own run."""
    raw = tmp_path / "raw"
    write_report(raw, "r0.txt", 0)
    env = {**cli_env, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    env.pop("PKO_PREFECT_IN_PROCESS", None)
    template = tmp_path / "cache" / "pko-extract"

    first = _run(raw, tmp_path / "out1", {**env, "PREFECT_HOME": str(tmp_path / "home1")})
    [saved] = template.iterdir()
    saved_at = saved.stat().st_mtime_ns
    second = _run(raw, tmp_path / "out2", {**env, "PREFECT_HOME": str(tmp_path / "home2")})

    for done in (first, second):
        assert done.returncode == 0, done.stderr
        assert done.stderr.splitlines() == [
            "1 report file: 1 new, 0 changed, 0 unchanged",
            "[1/1] extracted r0.txt",
        ]
    assert saved.name.startswith("prefect-") and saved.suffix == ".db"
    assert saved.stat().st_mtime_ns == saved_at
    assert _rows(saved, RUNS) == []
    assert _rows(saved, "select count(*) from block_type")[0][0] > 0
    for home in ("home1", "home2"):
        database = tmp_path / home / "prefect.db"
        assert _rows(database, RUNS) == [("COMPLETED",)]
        tasks = _rows(database, TASKS)
        assert [state for _, state in tasks] == ["COMPLETED"] * 4
        assert [name.split("-")[0] for name, _ in tasks] == [
            "commit",
            "extract batch 1",
            "publish",
            "write",
        ]
    # with its automations and block registration off, the server records the same
    # artifacts and events on a migrated database (home1) as on the template's copy (home2)
    artifacts = [_rows(tmp_path / h / "prefect.db", ARTIFACTS) for h in ("home1", "home2")]
    assert artifacts[0] == artifacts[1] == [("markdown",), ("table",)]
    events = [_rows(tmp_path / h / "prefect.db", EVENTS) for h in ("home1", "home2")]
    assert events[0] == events[1]
    assert ("prefect.flow-run.Completed", 1) in events[0]
    assert ("prefect.task-run.Completed", 4) in events[0]


def _emitted(name: str, exc: BaseException) -> list[str]:
    """The messages a root handler with the pool filter emits for one record of ``name``."""
    import logging

    seen: list[str] = []

    class _Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen.append(record.getMessage())

    root = logging.getLogger()
    handler = _Keep()
    root.addHandler(handler)
    try:
        local_server.quiet_pool_cancellations()
        try:
            raise exc
        except BaseException:
            logging.getLogger(name).error("Exception during reset or similar", exc_info=True)
    finally:
        root.removeHandler(handler)
    return seen


def test_a_pool_reset_cancelled_by_the_server_s_shutdown_is_not_shown():
    import asyncio

    pool = "sqlalchemy.pool.impl.AsyncAdaptedQueuePool"
    assert _emitted(pool, asyncio.CancelledError()) == []
    assert _emitted(pool, OSError("disk I/O error")) == ["Exception during reset or similar"]
    # a logger no configuration touches (Prefect's own loggers may not propagate to the root)
    assert _emitted("pko_tests.elsewhere", asyncio.CancelledError()) == [
        "Exception during reset or similar"
    ]
