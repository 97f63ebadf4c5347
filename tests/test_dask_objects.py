"""A Dask worker on another machine than the command of a run on an object store
(pko_extract.batches_remote): the command extracts local copies of the objects, which such a
worker does not see, so the worker reads each object from the store itself; the sha256 the
plan recorded still checks it, and an object it cannot read is a reject naming its URL.
In process, against a real S3 server on loopback (tests/s3_support.py), no cluster needed:
the worker's side of a batch is a function."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from s3_support import new_bucket, put, s3_server

from pko_extract import batches_remote, staging
from pko_extract.batches import BatchItem
from pko_extract.runs import Versions
from tests.conftest import REPO

FIXTURES = REPO / "tests" / "fixtures" / "reports"


@pytest.fixture(scope="module", autouse=True)
def server() -> Iterator[str]:
    yield from s3_server()


def test_a_worker_without_the_local_copies_reads_the_objects_themselves(
    tmp_path: Path, blank_model: None
) -> None:
    bucket = new_bucket()
    body = (FIXTURES / "f01_program_seminar.txt").read_bytes()
    put(bucket, "reports/f01.txt", body)
    gone = tmp_path / "copies-on-the-command-machine"  # never created here
    items = [
        BatchItem(
            str(gone / "0.txt"), hashlib.sha256(body).hexdigest(), f"s3://{bucket}/reports/f01.txt"
        ),
        BatchItem(str(gone / "1.txt"), "0" * 64, f"s3://{bucket}/reports/missing.txt"),
    ]

    batch = batches_remote.extract_batch_remote(
        items, Versions.current(), batches_remote.extraction_settings()
    )
    outcomes = batches_remote.stage_remote_batch(tmp_path / "stage", 1, batch)

    assert [(o.source_uri, o.ok) for o in outcomes] == [
        (f"s3://{bucket}/reports/f01.txt", True),
        (f"s3://{bucket}/reports/missing.txt", False),
    ]
    reject = outcomes[1].reject
    assert reject is not None and f"s3://{bucket}/reports/missing.txt" in reject.message
    reports = staging.new_rows([], tmp_path / "stage")["reports"].to_pylist()
    assert [(r["source_uri"], r["report_id"]) for r in reports] == [
        (f"s3://{bucket}/reports/f01.txt", hashlib.sha256(body).hexdigest())
    ]


def test_an_object_changed_since_the_plan_is_a_reject(tmp_path: Path, blank_model: None) -> None:
    bucket = new_bucket()
    put(bucket, "r.txt", b"Seminar on peace operations, second version\n")
    planned = hashlib.sha256(b"Seminar on peace operations\n").hexdigest()
    items = [BatchItem(str(tmp_path / "absent.txt"), planned, f"s3://{bucket}/r.txt")]

    batch = batches_remote.extract_batch_remote(
        items, Versions.current(), batches_remote.extraction_settings()
    )

    assert [o.ok for o in batch.outcomes] == [False]
    reject = batch.outcomes[0].reject
    assert reject is not None and "changed during the run" in reject.message
