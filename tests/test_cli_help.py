"""The command line as people expect it: each command's --help has examples, its exit status
and its settings; --version is the pipeline version stored in the rows; `extract` prints
UTF-8 JSON whatever the locale (cli.py, cli_help.py)."""

from __future__ import annotations

import json
import subprocess

import pytest
from conftest import PKO_EXTRACT

from pko_extract import PIPELINE_VERSION
from pko_extract.cli import main
from pko_extract.extract import extract_document
from pko_extract.models import Document
from pko_extract.recognize import build_nlp

COMMANDS = ["run", "extract", "evaluate", "serve", "export"]


def help_of(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as exit_info:
        main([*args, "--help"])
    assert exit_info.value.code == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("command", COMMANDS, ids=COMMANDS)
def test_each_command_help_has_examples_exit_status_and_settings(command, capsys) -> None:
    text = help_of([command], capsys)
    examples = text.split("examples:\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert examples and all(
        line.lstrip().startswith(("pko-extract", "export", "PKO_")) for line in examples
    )
    assert f"pko-extract {command}" in "\n".join(examples)
    assert "\nexit status:\n  0  " in text
    assert "\n  2  " in text.split("exit status:", 1)[1]
    assert "\nsettings" in text


def test_run_help_names_every_exit_status(capsys) -> None:
    text = help_of(["run"], capsys)
    status = text.split("exit status:\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert [line.split()[0] for line in status] == ["0", "1", "2"]


def test_main_help_lists_the_commands_with_examples(capsys) -> None:
    text = help_of([], capsys)
    listed = text.split("commands:\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert [line.split()[0] for line in listed] == COMMANDS
    assert "pko-extract export output --format xlsx" in text


def test_version_is_the_pipeline_version_of_the_rows(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert (exit_info.value.code, capsys.readouterr().out) == (
        0,
        f"pko-extract {PIPELINE_VERSION}\n",
    )
    doc = Document("0" * 64, "file:///r/a.txt", "a.txt", "Speaker: Ms. Ana Ruiz, Director\n")
    report = extract_document(doc, nlp=build_nlp("blank")).report
    assert report.pipeline_version == PIPELINE_VERSION
    assert PIPELINE_VERSION.startswith("0.1.0+") and len(PIPELINE_VERSION) == len("0.1.0+") + 10


def test_extract_prints_utf8_json_in_an_ascii_locale(tmp_path, cli_env) -> None:
    """No \\u escapes, and no failure when the locale cannot encode "é"."""
    report = tmp_path / "r.txt"
    report.write_text("Workshop on Policing\nSpeaker: M. Hervé Dupré, Police Commissioner\n")
    env = cli_env | {"PYTHONIOENCODING": "ascii", "LC_ALL": "C"}

    done = subprocess.run(
        [str(PKO_EXTRACT), "extract", str(report)], env=env, capture_output=True, timeout=300
    )

    assert (done.returncode, done.stderr) == (0, b"")
    assert "Hervé Dupré".encode() in done.stdout
    assert b"\\u00e9" not in done.stdout
    payload = json.loads(done.stdout.decode("utf-8"))
    assert [p["name"] for p in payload["people"]] == ["Hervé Dupré"]
    assert [p["name"] for p in payload["participants"]] == ["Hervé Dupré"]
