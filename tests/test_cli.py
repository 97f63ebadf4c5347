"""``pko-extract run`` / ``serve`` as a user sees them: exit status, messages, no tracebacks.

The Prefect configuration, the deployment and its schedules are checked here too.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import PKO_EXTRACT, REPO, read_table

#: Words that must never appear in the output of a run that went as expected.
NOISE = ("Traceback", "ERROR", "Error", "error", "Exception")


def run_cli(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(PKO_EXTRACT), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


@pytest.mark.flow
def test_clean_run_prints_progress_and_summary_and_no_error(tmp_path, write_report, cli_env):
    for n in range(2):
        write_report(tmp_path / "raw", f"r{n}.txt", n)

    done = run_cli(["run", "raw", "--output", "out"], cli_env, tmp_path)

    assert done.returncode == 0, done.stderr
    assert not [word for word in NOISE if word in done.stderr + done.stdout], done.stderr
    assert done.stderr.splitlines() == [
        "2 report files: 2 new, 0 changed, 0 unchanged",
        "[1/2] extracted r0.txt",
        "[2/2] extracted r1.txt",
    ]
    assert "2 reports: 2 new, 0 changed, 0 unchanged, 0 failed" in done.stdout
    assert "  reports: 2 rows" in done.stdout.splitlines()
    assert done.stdout.rstrip().endswith("output: out")
    assert read_table(tmp_path / "out", "reports").num_rows == 2


def test_second_run_while_the_output_is_locked_exits_2_with_one_line(
    tmp_path, write_report, cli_env
):
    from pko_extract.store import OutputStore

    write_report(tmp_path / "raw", "r0.txt", 0)
    with OutputStore(tmp_path / "out").lock():
        done = run_cli(["run", "raw", "-o", "out"], cli_env, tmp_path)

    assert done.returncode == 2
    assert done.stdout == ""
    [line] = done.stderr.splitlines()
    assert line.startswith("pko-extract: error: another pko-extract run (pid ")
    assert "wait for it to finish or pass --wait SECONDS" in line
    assert not (tmp_path / "out" / "reports").exists()


def test_missing_path_exits_2_with_one_line(tmp_path, cli_env):
    done = run_cli(["run", "no_such_folder", "-o", "out"], cli_env, tmp_path)

    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        "pko-extract: error: no_such_folder: no such file or folder; check the path "
        f"(relative paths are taken from {tmp_path})"
    ]


def test_invalid_cron_exits_2_without_serving(tmp_path, write_report, capsys):
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from flows.entry import main

    write_report(tmp_path / "raw", "r0.txt", 0)
    args = ["serve", str(tmp_path / "raw"), "-o", str(tmp_path / "out"), "--cron", "every hour"]
    with temporary_settings({PREFECT_API_URL: "http://127.0.0.1:9/api"}):
        status = main(args)

    assert status == 2
    assert capsys.readouterr().err.splitlines() == [
        "pko-extract: error: invalid cron expression 'every hour' or time zone 'UTC' "
        "(PKO_SCHEDULE_TIMEZONE); use five fields, e.g. '0 * * * *' (hourly), and an IANA "
        "zone, e.g. 'Europe/Paris'"
    ]


def test_serve_without_a_prefect_server_exits_2_with_how_to(tmp_path, write_report, capsys):
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from flows.entry import main

    write_report(tmp_path / "raw", "r0.txt", 0)
    with temporary_settings(restore_defaults={PREFECT_API_URL}):
        status = main(["serve", str(tmp_path / "raw"), "-o", str(tmp_path / "out")])

    assert status == 2
    assert "needs a Prefect server: run `prefect server start`" in capsys.readouterr().err


def test_run_and_serve_without_the_flow_exit_2(tmp_path, capsys):
    """The library's command alone (no runner from flows/entry.py) cannot run the flow."""
    from pko_extract.cli import main

    assert main(["run", str(tmp_path)]) == 2
    assert main(["serve", str(tmp_path)]) == 2
    assert capsys.readouterr().err.splitlines() == [
        "pko-extract: error: `run` runs the Prefect flow, which this entry point lacks; "
        "use the `pko-extract` command (flows/entry.py)",
        "pko-extract: error: `serve` runs the Prefect flow, which this entry point lacks; "
        "use the `pko-extract` command (flows/entry.py)",
    ]


def test_help_and_evaluate_start_without_prefect_or_spacy():
    """The console script imports neither Prefect nor spaCy for --help, or for evaluate
    before it extracts (here it stops at the missing gold folder, exit status 2)."""
    code = (
        "import sys; from flows.entry import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('prefect', 'spacy', 'flows.pipeline') if m in sys.modules))\n"
        "print(main(['evaluate', '--gold', 'no_such_gold']))\n"
        "print(sorted(m for m in ('prefect', 'spacy', 'flows.pipeline') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-3:] == ["[]", "2", "[]"]


def _run_empty_folder(tmp_path: Path, modules: str) -> list[str]:
    """`run` on an empty folder (tmp_path/raw into tmp_path/out) in a fresh interpreter: the
    last two lines it prints, the command's exit status and the value of the ``modules``
    expression (over ``sys.modules``) after it."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    code = (
        "import sys; from flows.entry import main\n"
        f"print(main(['run', {str(raw)!r}, '--output', {str(out)!r}]))\n"
        f"print({modules})\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()[-2:]


def test_a_run_with_nothing_to_extract_imports_neither_prefect_nor_spacy(tmp_path):
    """`run` on a folder with no report plans, records the run and exits 0 without
    importing Prefect or spaCy (the re-run of issue 10: plan before either is loaded)."""
    lines = _run_empty_folder(
        tmp_path, "sorted(m for m in ('prefect', 'spacy', 'flows.pipeline') if m in sys.modules)"
    )
    assert lines == ["0", "[]"]
    assert (tmp_path / "out" / "snapshot.json").is_file()


def test_run_does_not_import_the_evaluation(tmp_path):
    """`run` builds the command's parser, `evaluate` arguments included, without importing
    the evaluation (gold models, matching, scoring): only its argument helpers."""
    lines = _run_empty_folder(
        tmp_path, "sorted(m for m in sys.modules if m.startswith('pko_extract.evaluat'))"
    )
    assert lines == ["0", "['pko_extract.evaluation', 'pko_extract.evaluation.args']"]


@pytest.mark.flow
def test_a_run_on_workers_started_before_prefect_rejects_a_bad_report_and_keeps_the_rest(
    tmp_path, write_report, cli_env
):
    """With two workers, the command starts them before it imports Prefect (they load
    spaCy meanwhile) and the flow's batches run there: the command's own process never
    imports spaCy or the extraction; a report that fails in a worker is a reject."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    for n in range(5):
        write_report(raw, f"r{n}.txt", n)
    (raw / "r9.txt").write_bytes(b"binary\x00\x01\x02 not a report")
    code = (
        "import sys; from flows.entry import main; from pko_extract import batches\n"
        "batches.MIN_REPORTS_PER_WORKER = 1  # two workers for six reports\n"
        f"print(main(['run', {str(raw)!r}, '--output', {str(out)!r}]))\n"
        "print(sorted(m for m in ('spacy', 'pko_extract.extract') if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, env=cli_env
    )

    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-2:] == ["1", "[]"]
    assert "6 reports: 5 new, 0 changed, 0 unchanged, 1 failed" in done.stdout
    assert read_table(out, "reports").num_rows == 5
    rejects = read_table(out, "rejects").to_pylist()
    assert [(r["source_uri"].rsplit("/", 1)[-1], r["stage"]) for r in rejects] == [
        ("r9.txt", "ingest")
    ]


def test_deployment_has_the_cron_schedule_and_absolute_parameters(tmp_path):
    from flows.pipeline import build_deployment

    deployment = build_deployment(
        "nightly", paths=[Path("raw")], output=Path("output"), cron="30 2 * * *"
    )

    assert deployment.name == "nightly"
    assert [s.schedule.cron for s in deployment.schedules] == ["30 2 * * *"]
    assert [s.schedule.timezone for s in deployment.schedules] == ["UTC"]
    assert deployment.parameters == {
        "paths": [str(Path("raw").resolve())],
        "output": str(Path("output").resolve()),
    }


def test_prefect_yaml_deploys_the_flow_on_a_valid_cron():
    from prefect.client.schemas.schedules import CronSchedule

    from flows import pipeline

    config = yaml.safe_load((REPO / "prefect.yaml").read_text(encoding="utf-8"))
    [deployment] = config["deployments"]
    module, _, name = deployment["entrypoint"].partition(":")
    assert (REPO / module).is_file() and getattr(pipeline, name) is pipeline.pko_extract_flow
    assert set(deployment["parameters"]) <= set(pipeline.pko_extract_flow.parameters.properties)
    schedules = [
        CronSchedule(cron=s["cron"], timezone=s["timezone"]) for s in deployment["schedules"]
    ]
    assert [s.cron for s in schedules] == ["0 * * * *"]


def test_configure_sets_defaults_without_overriding_the_user(monkeypatch):
    import prefect  # noqa: F401 - imported first, whatever ran before in this worker

    from flows.prefect_setup import PREFECT_DEFAULTS, configure

    for name in PREFECT_DEFAULTS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PREFECT_LOGGING_LEVEL", "DEBUG")

    with pytest.warns(RuntimeWarning, match="after prefect was imported"):
        applied = configure()  # prefect is imported already in this test session

    assert applied["PREFECT_LOGGING_LEVEL"] == "DEBUG"
    assert applied["PREFECT_SERVER_ANALYTICS_ENABLED"] == "false"
    assert applied["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"] == "120"


@pytest.mark.flow
def test_unreadable_output_table_exits_2_with_one_line(tmp_path, write_report, cli_env):
    write_report(tmp_path / "raw", "r0.txt", 0)
    (tmp_path / "out" / "reports").mkdir(parents=True)
    (tmp_path / "out" / "reports" / "data.parquet").write_bytes(b"not parquet")

    done = run_cli(["run", "raw", "-o", "out"], cli_env, tmp_path)

    assert done.returncode == 2
    [line] = done.stderr.splitlines()
    assert line.startswith("pko-extract: error: ") and "cannot be read as Parquet" in line


@pytest.mark.parametrize(
    ("env", "under_output"),
    [
        ({}, True),
        ({"PREFECT_HOME": "/somewhere"}, False),
        ({"PREFECT_API_URL": "http://127.0.0.1:4200/api"}, False),
    ],
    ids=["default", "own-home", "own-server"],
)
def test_prefect_home_goes_under_the_output_folder_unless_the_user_chose(
    tmp_path, monkeypatch, env, under_output
):
    from flows.prefect_setup import use_output_home

    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # no profiles file naming a server
    for name in ("PREFECT_HOME", "PREFECT_API_URL", "PREFECT_PROFILES_PATH"):
        monkeypatch.setenv(name, "")  # recorded, so that the test's changes are undone
        monkeypatch.delenv(name)
    for name, value in env.items():
        monkeypatch.setenv(name, value)

    home = use_output_home(tmp_path / "out")

    if not under_output:
        assert home is None
    else:
        assert home == str(tmp_path / "out" / ".prefect")
        assert os.environ["PREFECT_HOME"] == home


def test_profile_naming_a_server_keeps_the_users_prefect_home(tmp_path, monkeypatch):
    from flows.prefect_setup import use_output_home

    profiles = tmp_path / "profiles.toml"
    profiles.write_text('[profiles.local]\nPREFECT_API_URL = "http://10.0.0.1:4200/api"\n')
    for name in ("PREFECT_HOME", "PREFECT_API_URL"):
        monkeypatch.setenv(name, "")  # recorded, so that the test's changes are undone
        monkeypatch.delenv(name)
    monkeypatch.setenv("PREFECT_PROFILES_PATH", str(profiles))

    assert use_output_home(tmp_path / "out") is None
    assert "PREFECT_HOME" not in os.environ


@pytest.mark.flow
def test_run_keeps_prefect_state_under_the_output_folder_not_in_home(
    tmp_path, write_report, cli_env
):
    write_report(tmp_path / "raw", "r0.txt", 0)
    env = {k: v for k, v in cli_env.items() if k != "PREFECT_HOME"}
    env["HOME"] = str(tmp_path / "home")

    done = run_cli(["run", "raw", "-o", "out"], env, tmp_path)

    assert done.returncode == 0, done.stderr
    assert not [word for word in NOISE if word in done.stderr], done.stderr
    assert (tmp_path / "out" / ".prefect").is_dir()
    assert not (tmp_path / "home" / ".prefect").exists()


def test_schedule_time_zone_is_a_setting(monkeypatch):
    """PKO_SCHEDULE_TIMEZONE sets the zone of the cron schedule; an unknown zone is a usage
    error that names the setting."""
    from flows.pipeline import build_deployment, cron_schedule
    from pko_extract.config import get_settings
    from pko_extract.errors import UsageError

    monkeypatch.setenv("PKO_SCHEDULE_TIMEZONE", "Europe/Paris")
    get_settings.cache_clear()
    try:
        deployment = build_deployment("n", paths=[Path("raw")], output=Path("o"), cron="0 6 * * *")
        assert [s.schedule.timezone for s in deployment.schedules] == ["Europe/Paris"]
        monkeypatch.setenv("PKO_SCHEDULE_TIMEZONE", "Mars/Olympus")
        get_settings.cache_clear()
        with pytest.raises(
            UsageError, match="time zone 'Mars/Olympus' \\(PKO_SCHEDULE_TIMEZONE\\)"
        ):
            cron_schedule("0 6 * * *")
    finally:
        get_settings.cache_clear()


def test_scheduled_runs_log_a_line_at_start_and_end(capsys):
    """A run of a deployment logs its start and its end with the summary; a run without a
    deployment (pko-extract run) logs nothing."""
    from types import SimpleNamespace

    from flows.schedule_log import log_end, log_start
    from pko_extract.summary import RunSummary

    summary = RunSummary("r", "out", 5, 2, 1, 1, 1, 0, {}, [], "failed")
    done = SimpleNamespace(name="Completed", message="", result=lambda: summary)
    scheduled = SimpleNamespace(name="brave-owl", deployment_id="d1")
    log_start(None, scheduled, None)
    log_end(None, scheduled, done)
    log_start(None, SimpleNamespace(name="x", deployment_id=None), None)
    lines = [line.split(" ", 1)[1] for line in capsys.readouterr().err.splitlines()]
    assert lines == [
        "pko-extract: scheduled run brave-owl started",
        "pko-extract: scheduled run brave-owl completed: 5 reports, 2 new, 1 changed, 1 failed",
    ]
