"""The object-store output (objectstore.py, remote_run.RemoteSession, snapshot readers)
against a real S3 server on loopback (moto), without Prefect: conditional writes, the lock
object, the pointer switch and what readers see."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from s3_support import keys, new_bucket, put, run_record, s3_server

from pko_extract import read_snapshot, snapshot
from pko_extract.errors import StoreError
from pko_extract.objectstore import Conflict, LockInfo, ObjectLock, ObjectOutput, is_url
from pko_extract.remote_run import RemoteSession, mirror_inputs
from pko_extract.store import OutputStore


@pytest.fixture(scope="module", autouse=True)
def server() -> Iterator[str]:
    yield from s3_server()


@pytest.fixture
def out() -> ObjectOutput:
    return ObjectOutput(f"s3://{new_bucket()}/pko")


def commit_runs(session: RemoteSession, n: int) -> None:
    """A local commit in the session's folder that appends run number ``n``."""
    OutputStore(session.local).commit(extractions=[], run=run_record(n))


def published_run(out: ObjectOutput, tmp: Path, n: int) -> None:
    """One whole run on ``out``: open, commit run ``n`` locally, publish, close."""
    session = RemoteSession(out.url, tmp / f"work-{n}", out)
    session.open()
    commit_runs(session, n)
    session.publish_commit()
    session.close()


@pytest.mark.parametrize(
    ("location", "remote"),
    [
        ("s3://bucket/reports", True),
        ("gs://bucket/x", True),
        ("memory://x", True),
        ("file:///data/raw", False),
        ("raw", False),
        ("/data/raw", False),
        ("C:/reports", False),
    ],
    ids=["s3", "gs", "memory", "file-url", "relative", "absolute", "no-scheme"],
)
def test_is_url_tells_object_store_urls_from_local_paths(location, remote):
    assert is_url(location) is remote


def test_create_writes_once_and_if_match_needs_the_current_etag(out):
    etag = out.write("a.json", b"1", create=True)
    with pytest.raises(Conflict):
        out.write("a.json", b"2", create=True)
    newer = out.write("a.json", b"3", if_match=etag)
    with pytest.raises(Conflict):
        out.write("a.json", b"4", if_match=etag)

    assert out.read("a.json") == (b"3", newer)
    assert out.read("missing.json") is None


def test_a_second_run_is_refused_while_the_lock_is_held_and_gets_it_after_release(out):
    first, second = ObjectLock(out), ObjectLock(out)
    first.acquire()
    with pytest.raises(StoreError) as refused:
        second.acquire()
    holder = LockInfo.from_json(out.read(".lock")[0])
    assert str(refused.value) == (
        f"another pko-extract run ({first.owner}, started {first.started}) is writing to "
        f"{out.url}; its lock expires at {holder.expires} unless renewed; wait for it to "
        "finish or pass --wait SECONDS"
    )

    first.release()
    second.acquire()
    assert (second.took_over, LockInfo.from_json(out.read(".lock")[0]).owner) == (
        None,
        second.owner,
    )
    second.release()
    assert keys(out.bucket) == []


def test_an_expired_lock_is_taken_over_by_one_run_only(out):
    past = (datetime.now(UTC) - timedelta(seconds=5)).isoformat(timespec="seconds")
    put(out.bucket, "pko/.lock", LockInfo("killed-host:41:abcd", "2026-01-01", past).to_json())
    taker, late = ObjectLock(out), ObjectLock(out)

    taker.acquire()
    with pytest.raises(StoreError, match=r"^another pko-extract run \(" + taker.owner):
        late.acquire()

    assert taker.took_over == LockInfo("killed-host:41:abcd", "2026-01-01", past)
    taker.release()


def test_the_heartbeat_keeps_the_lock_past_its_first_expiry(out):
    lock = ObjectLock(out, ttl=2.0, renew_every=0.2)
    lock.acquire()
    first_expiry = LockInfo.from_json(out.read(".lock")[0]).expires

    time.sleep(3.0)  # past the expiry the lock had when it was taken

    with pytest.raises(StoreError, match="^another pko-extract run"):
        ObjectLock(out).acquire()
    assert LockInfo.from_json(out.read(".lock")[0]).expires > first_expiry
    lock.release()


def test_a_run_whose_lock_was_taken_over_cannot_commit(out, tmp_path):
    session = RemoteSession(out.url, tmp_path / "work", out)
    session.open()
    commit_runs(session, 1)
    put(out.bucket, "pko/.lock", LockInfo("other:1:x", "t", "9999-01-01T00:00:00+00:00").to_json())

    with pytest.raises(StoreError) as refused:
        session.publish_commit()

    assert str(refused.value) == (
        f"{out.url}: this run's lock expired and another run took it over; nothing of this "
        "run was committed; re-run"
    )
    assert keys(out.bucket) == ["pko/.lock"]  # nothing uploaded, no pointer
    session.close()
    assert json.loads(out.read(".lock")[0])["owner"] == "other:1:x"  # not its lock to delete


def test_the_pointer_switch_fails_when_another_commit_came_first(out, tmp_path):
    published_run(out, tmp_path, 1)
    session = RemoteSession(out.url, tmp_path / "work", out)
    session.open()
    commit_runs(session, 2)
    rogue = out.read("snapshot.json")[0].replace(b'"created_at"', b'"created_at" ')
    put(out.bucket, "pko/snapshot.json", rogue)  # a commit that did not take the lock

    with pytest.raises(StoreError, match="another run committed since this run started"):
        session.publish_commit()
    session.close()

    assert out.read("snapshot.json")[0] == rogue
    _, tables = read_snapshot(out.url, ["runs"])
    assert tables["runs"].column("run_id").to_pylist() == ["run-1"]


def test_readers_see_the_previous_commit_until_the_pointer_switches(out, tmp_path):
    published_run(out, tmp_path, 1)
    before = keys(out.bucket)
    session = RemoteSession(out.url, tmp_path / "work", out)
    session.open()
    commit_runs(session, 2)
    new = snapshot.load(session.local)
    assert new is not None
    uploaded = sorted(set(new.tables.values()) - set(session.base.tables.values()))
    for rel in uploaded:  # the commit's new objects are in place, the pointer not yet
        out.upload(session.local / rel, rel)

    commit, tables = read_snapshot(out.url, ["runs"])
    assert tables["runs"].column("run_id").to_pylist() == ["run-1"]
    assert commit == session.base.commit
    assert [rel.split("-")[0] for rel in uploaded] == [".versions/runs"]  # the one table written

    session.output.write("snapshot.json", new.to_json().encode(), if_match=session.etag)
    commit, tables = read_snapshot(out.url, ["runs", "reports"])
    assert (commit, tables["runs"].column("run_id").to_pylist()) == (new.commit, ["run-1", "run-2"])
    assert tables["reports"].num_rows == 0
    session.close()
    assert sorted(set(keys(out.bucket)) - set(before)) == [f"pko/{rel}" for rel in uploaded]


def test_versions_of_neither_the_current_nor_the_previous_commit_are_dropped(
    out, tmp_path, monkeypatch
):
    monkeypatch.setattr(snapshot, "GRACE_SECONDS", -60.0)  # no grace: drop at once
    for n in (1, 2, 3):
        published_run(out, tmp_path, n)

    current = json.loads(out.read("snapshot.json")[0])["tables"]
    runs_versions = keys(out.bucket, "pko/.versions/runs-")
    assert len(runs_versions) == 2  # runs of commits 2 and 3; commit 1's is gone
    assert f"pko/{current['runs']}" in runs_versions
    assert sorted(keys(out.bucket, "pko/.versions/")) == sorted(
        {f"pko/{rel}" for rel in current.values()} | set(runs_versions)
    )
    assert read_snapshot(out.url, ["runs"])[1]["runs"].num_rows == 3


def test_snapshot_urls_name_the_objects_of_the_current_commit(out, tmp_path):
    published_run(out, tmp_path, 1)
    current = json.loads(out.read("snapshot.json")[0])["tables"]

    urls = snapshot.snapshot_urls(out.url + "/")

    assert urls == {table: f"{out.url}/{rel}" for table, rel in current.items()}


def test_reading_an_output_without_a_commit_says_so(out):
    with pytest.raises(StoreError) as missing:
        read_snapshot(out.url)
    assert str(missing.value) == (
        f"{out.url}/snapshot.json: not found; run `pko-extract run` first"
    )


def test_objects_the_input_index_vouches_for_are_fetched_only_when_needed(tmp_path):
    import hashlib

    bucket = new_bucket()
    put(bucket, "in/a.txt", b"report a")
    put(bucket, "in/sub/b.txt", b"report b")
    put(bucket, "in/.hidden.txt", b"skipped")
    first = mirror_inputs([f"s3://{bucket}/in"], tmp_path / "first")
    url_a, url_b = f"s3://{bucket}/in/a.txt", f"s3://{bucket}/in/sub/b.txt"
    assert sorted(first.tags) == [url_a, url_b] and first.known == {}
    index = {url: [*tag, "id-" + url[-5]] for url, tag in first.tags.items()}
    index[url_b][0] = '"an-older-etag"'  # b changed since the index was written

    mirror = mirror_inputs([f"s3://{bucket}/in"], tmp_path / "second", index)

    copy_a, copy_b = tmp_path / "second/0/a.txt", tmp_path / "second/0/sub/b.txt"
    assert mirror.known == {url_a: "id-a"}
    assert (copy_a.read_bytes(), copy_b.read_bytes()) == (b"", b"report b")
    assert first.tags[url_a] == (f'"{hashlib.md5(b"report a").hexdigest()}"', 8)
    mirror.fetch([url_a])
    assert copy_a.read_bytes() == b"report a"
