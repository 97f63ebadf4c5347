"""Nothing planted in the output folder is unpickled or executed by the next run (issue 11).

A ``pko-extract run`` keeps Prefect's home under its output folder (``<output>/.prefect``),
and Prefect can read results back from its storage there (cloudpickle). Every task has
``NO_CACHE`` and no result is persisted, so nothing is read back: files planted in Prefect's
home, its result storage and the output's own folders, whose unpickling would create a
marker file, are never unpickled by the next run.
"""

from __future__ import annotations

import pickle
from pathlib import Path

import cloudpickle
import pytest
from test_cli import run_cli

pytestmark = pytest.mark.flow


class _Plant:
    """Unpickled, it creates the file ``marker`` (pickle calls ``open(marker, "a")``)."""

    def __init__(self, marker: Path) -> None:
        self.marker = str(marker)

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return (open, (self.marker, "a"))


def _prefect_record(plant: _Plant, key: str) -> bytes:
    """A result record as Prefect writes it in its result storage (cloudpickle inside)."""
    from prefect._internal.result_records import ResultRecord, ResultRecordMetadata
    from prefect.serializers import PickleSerializer

    metadata = ResultRecordMetadata(storage_key=key, serializer=PickleSerializer())
    return ResultRecord(metadata=metadata, result=plant).serialize()


def _plant_everywhere(out: Path, plant: _Plant) -> dict[Path, bytes]:
    """Plant pickles, cloudpickles and Prefect result records in Prefect's home, its result
    storage (over every file the first run left there too) and the output's own folders."""
    home, storage = out / ".prefect", out / ".prefect" / "storage"
    storage.mkdir(parents=True, exist_ok=True)
    planted = {p: _prefect_record(plant, p.name) for p in storage.rglob("*") if p.is_file()}
    for name in ("plant", "cache", "result", "plan-run", "extract-batch", "commit-run"):
        planted[storage / name] = _prefect_record(plant, name)
    for folder in (home, storage, out, out / ".tmp", out / ".versions", out / "review"):
        planted[folder / "plant.pkl"] = pickle.dumps(plant)
        planted[folder / "plant.cloudpickle"] = cloudpickle.dumps(plant)
    for path, data in planted.items():
        path.write_bytes(data)
    return planted


def test_files_planted_in_the_output_folder_are_never_unpickled_by_the_next_run(
    tmp_path, write_report, cli_env
):
    from prefect._internal.result_records import ResultRecord

    raw, out, marker = tmp_path / "raw", tmp_path / "out", tmp_path / "unpickled"
    write_report(raw, "r0.txt", 0)
    env = {k: v for k, v in cli_env.items() if k != "PREFECT_HOME"}  # home under out/
    env["HOME"] = str(tmp_path / "home")
    first = run_cli(["run", "raw", "-o", "out"], env, tmp_path)
    assert first.returncode == 0, first.stderr
    planted = _plant_everywhere(out, _Plant(marker))
    write_report(raw, "r0.txt", 0, extra="Closing Remarks:\n\nDr. Amina DIALLO, Rector\n")

    second = run_cli(["run", "raw", "-o", "out"], env, tmp_path)

    assert second.returncode == 0, second.stderr
    assert "1 report: 0 new, 1 changed" in second.stdout
    assert not marker.exists(), "a file planted in the output folder was unpickled"
    # the plants are live: unpickling one of each kind creates the marker
    loaders = {
        out / ".prefect" / "storage" / "plant": lambda data: ResultRecord.deserialize(data).result,
        out / "plant.pkl": pickle.loads,
        out / "plant.cloudpickle": cloudpickle.loads,
    }
    for path, load in loaders.items():
        load(planted[path])
        assert marker.exists(), path
        marker.unlink()
