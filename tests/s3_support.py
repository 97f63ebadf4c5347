"""A real S3 server for the object-store tests: moto's ThreadedMotoServer on loopback.

:func:`s3_server` starts it on a free port of 127.0.0.1, points the AWS variables of this
process at it (``AWS_ENDPOINT_URL``, test credentials, a region) and stops it at the end;
fsspec's cached S3 file systems are dropped both times, so no test reaches a server of
another module.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from pko_extract.models import RunRecord

_BUCKETS = itertools.count(1)


def _clear_fsspec_cache() -> None:
    import s3fs

    s3fs.S3FileSystem.clear_instance_cache()


def s3_server() -> Iterator[str]:
    """Start the server and set the AWS variables; yields its endpoint URL."""
    from moto.server import ThreadedMotoServer

    # werkzeug logs every request at INFO through a stderr handler it adds on first use,
    # bound to the stderr of the test that was running then (closed by the next tests)
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("AWS_ENDPOINT_URL", endpoint)
        patch.setenv("AWS_ACCESS_KEY_ID", "testing")
        patch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
        patch.setenv("AWS_DEFAULT_REGION", "us-east-1")
        for name in ("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL_S3"):
            patch.delenv(name, raising=False)
        _clear_fsspec_cache()
        try:
            yield endpoint
        finally:
            _clear_fsspec_cache()
            server.stop()


def s3_client() -> Any:
    """A botocore client of the test server (the AWS variables are set)."""
    import botocore.session

    return botocore.session.get_session().create_client("s3")


def new_bucket() -> str:
    """A fresh, empty bucket: each test has its own."""
    name = f"test-bucket-{next(_BUCKETS)}"
    s3_client().create_bucket(Bucket=name)
    return name


def put(bucket: str, key: str, body: bytes) -> None:
    s3_client().put_object(Bucket=bucket, Key=key, Body=body)


def keys(bucket: str, prefix: str = "") -> list[str]:
    """Every key of ``bucket`` under ``prefix``, sorted."""
    pages = s3_client().get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix)
    return sorted(item["Key"] for page in pages for item in page.get("Contents", []))


def run_record(n: int) -> RunRecord:
    """A ``runs`` row numbered ``n`` (a commit that only appends a run)."""
    when = datetime(2026, 1, 1, 0, 0, n, tzinfo=UTC)
    return RunRecord(
        run_id=f"run-{n}", started_at=when, finished_at=when, pipeline_version="t", model_name="t"
    )
