"""Output on an object store (S3 or an S3-compatible server): objects, the lock, the pointer.

Contract (docs/SCALING.md, "Object stores"): an output at ``s3://bucket/prefix`` holds the
snapshot layout of a local output folder (:mod:`pko_extract.snapshot`) and nothing else:

    <prefix>/snapshot.json                          the pointer: the version of every table
    <prefix>/.versions/<table>-<commit>.parquet     immutable table files, never overwritten
    <prefix>/.lock                                  the write lock (owner, start, expiry)

S3 has no rename, so a commit is: upload the new versions (``If-None-Match: *``: an existing
object is never overwritten), then replace ``snapshot.json`` with ``If-Match`` on the ETag the
run read when it started (``If-None-Match: *`` for the first commit). A reader that goes
through the pointer sees the previous commit or this one, whole. If anything else replaced
the pointer since the run started, the switch fails and nothing of this run is visible.

The lock is an object created with ``If-None-Match: *``; it names its owner and an expiry
(:data:`LOCK_TTL_SECONDS`), renewed by a heartbeat thread with ``If-Match`` on its own ETag.
A second run finds it and stops (or polls, with ``--wait``). A lock past its expiry (its run
was killed) is taken over with ``If-Match`` on its ETag, so of two runs that find it expired
only one takes it. A run that stalled past its expiry and lost its lock cannot commit: it
checks the lock before the switch, and the ``If-Match`` of the switch fails anyway if the run
that took over committed first.

Only this module talks to S3 for the output (botocore: endpoint and credentials from the
usual AWS variables and files, ``AWS_ENDPOINT_URL`` for S3-compatible servers).
"""

from __future__ import annotations

import json
import os
import socket
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from pko_extract.errors import StoreError, UsageError

__all__ = [
    "LOCK_TTL_SECONDS",
    "Conflict",
    "LockInfo",
    "ObjectLock",
    "ObjectOutput",
    "is_url",
]

LOCK_OBJECT = ".lock"
#: A lock whose run stopped renewing it is free after this long.
LOCK_TTL_SECONDS = 300.0
#: The heartbeat renews the lock this often (a fraction of the expiry).
RENEW_SECONDS = 60.0
#: S3 schemes the output accepts.
S3_SCHEMES = ("s3", "s3a")


def is_url(location: str | os.PathLike[str]) -> bool:
    """Whether ``location`` is an fsspec URL (``s3://...``) rather than a local path
    (``file://`` URLs count as local)."""
    text = os.fspath(location)
    scheme, sep, _ = text.partition("://")
    return bool(sep) and scheme.isidentifier() and scheme.lower() != "file"


class Conflict(StoreError):
    """A conditional write failed: the object is not what the writer expected."""


def _s3_client() -> Any:
    """A botocore S3 client; endpoint, region and credentials from the AWS variables."""
    import botocore.session
    from botocore.config import Config

    session = botocore.session.get_session()
    return session.create_client(
        "s3", config=Config(retries={"max_attempts": 5, "mode": "standard"})
    )


def _code(exc: Exception) -> str:
    response = getattr(exc, "response", None) or {}
    error = response.get("Error", {})
    status = response.get("ResponseMetadata", {}).get("HTTPStatusCode")
    return str(error.get("Code") or status or "")


class ObjectOutput:
    """The objects of one output prefix on S3, read and written with conditions."""

    def __init__(self, url: str, client: Any = None) -> None:
        parsed = urlparse(url)
        if parsed.scheme.lower() not in S3_SCHEMES or not parsed.netloc:
            raise UsageError(
                f"{url}: an output on an object store must be an s3:// URL "
                "(s3://bucket/prefix); S3-compatible servers through AWS_ENDPOINT_URL"
            )
        self.url = url.rstrip("/")
        self.bucket = parsed.netloc
        self.prefix = parsed.path.strip("/")
        self.client = client if client is not None else _s3_client()

    def key(self, name: str) -> str:
        """The object key of ``name`` (a path relative to the output)."""
        return f"{self.prefix}/{name}" if self.prefix else name

    def _fail(self, name: str, what: str, exc: Exception) -> StoreError:
        if _code(exc) in ("PreconditionFailed", "412", "ConditionalRequestConflict", "409"):
            return Conflict(f"{self.url}/{name}: changed by another writer ({exc})")
        return StoreError(
            f"{self.url}/{name}: could not be {what} ({exc}); check the bucket, the "
            "credentials (AWS_ACCESS_KEY_ID, AWS_PROFILE, ...) and AWS_ENDPOINT_URL"
        )

    def read(self, name: str) -> tuple[bytes, str] | None:
        """``(body, ETag)`` of an object, or None when there is none."""
        try:
            response = self.client.get_object(Bucket=self.bucket, Key=self.key(name))
            return response["Body"].read(), str(response["ETag"])
        except Exception as exc:
            if _code(exc) in ("NoSuchKey", "404", "NotFound"):
                return None
            raise self._fail(name, "read", exc) from exc

    def write(
        self, name: str, body: bytes, *, if_match: str | None = None, create: bool = False
    ) -> str:
        """Put an object; with ``create`` only if there is none, with ``if_match`` only if
        its ETag is that one. Returns the new ETag.

        Raises:
            Conflict: the condition failed.
            StoreError: any other failure.
        """
        condition: dict[str, str] = {}
        if create:
            condition["IfNoneMatch"] = "*"
        elif if_match is not None:
            condition["IfMatch"] = if_match
        try:
            response = self.client.put_object(
                Bucket=self.bucket, Key=self.key(name), Body=body, **condition
            )
        except Exception as exc:
            raise self._fail(name, "written", exc) from exc
        return str(response["ETag"])

    def upload(self, path: Path, name: str) -> str:
        """Upload a local file as a new object (never over an existing one)."""
        return self.write(name, Path(path).read_bytes(), create=True)

    def download(self, name: str, path: Path) -> None:
        """Download an object to a local file.

        Raises:
            StoreError: the object is missing or cannot be read.
        """
        found = self.read(name)
        if found is None:
            raise StoreError(
                f"{self.url}/{name}: named by {self.url}/snapshot.json but missing; restore it "
                "or delete snapshot.json to start the output again"
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(found[0])

    def delete(self, name: str) -> None:
        try:
            self.client.delete_object(Bucket=self.bucket, Key=self.key(name))
        except Exception as exc:
            raise self._fail(name, "deleted", exc) from exc

    def list(self, folder: str) -> list[tuple[str, datetime]]:
        """``(name, last modified)`` of every object under ``folder/``."""
        out: list[tuple[str, datetime]] = []
        folder = folder.strip("/")
        start = self.key(f"{folder}/" if folder else "")
        paginator = self.client.get_paginator("list_objects_v2")
        try:
            for page in paginator.paginate(Bucket=self.bucket, Prefix=start):
                for item in page.get("Contents", []):
                    name = item["Key"][len(self.key("")) :]
                    out.append((name, item["LastModified"]))
        except Exception as exc:
            raise self._fail(folder, "listed", exc) from exc
        return out


# --------------------------------------------------------------------------------------
# The lock
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LockInfo:
    """What the lock object says: who holds it, since when, until when."""

    owner: str
    started: str
    expires: str

    def to_json(self) -> bytes:
        payload = {"owner": self.owner, "started": self.started, "expires": self.expires}
        return json.dumps(payload, sort_keys=True).encode()

    @classmethod
    def from_json(cls, body: bytes) -> LockInfo:
        """The lock's content; an unreadable lock counts as expired (it cannot be renewed)."""
        try:
            data = json.loads(body)
            return cls(str(data["owner"]), str(data["started"]), str(data["expires"]))
        except (ValueError, KeyError, TypeError):
            return cls("?", "?", datetime.min.replace(tzinfo=UTC).isoformat())

    def expired(self, now: datetime) -> bool:
        try:
            return datetime.fromisoformat(self.expires) <= now
        except ValueError:
            return True


def _now() -> datetime:
    return datetime.now(UTC)


class ObjectLock:
    """The write lock of an object-store output (see the module docstring).

    Args:
        output: the output's objects.
        ttl: seconds after which a lock that was not renewed is free.
        renew_every: seconds between two renewals by the heartbeat thread.
    """

    def __init__(
        self, output: ObjectOutput, *, ttl: float = LOCK_TTL_SECONDS, renew_every: float = 0.0
    ) -> None:
        self.output = output
        self.ttl = ttl
        self.renew_every = renew_every or min(RENEW_SECONDS, ttl / 4)
        self.owner = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self.started = _now().isoformat(timespec="seconds")
        self.etag: str | None = None
        self.lost = False
        self.took_over: LockInfo | None = None  # the expired lock this one replaced
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._mutex = threading.Lock()  # the heartbeat's renewal vs check() and release()

    def _info(self) -> LockInfo:
        expires = (_now() + timedelta(seconds=self.ttl)).isoformat(timespec="seconds")
        return LockInfo(self.owner, self.started, expires)

    def _try_once(self) -> LockInfo | None:
        """Take the lock if it is free or expired; else the lock that holds it."""
        try:
            self.etag = self.output.write(LOCK_OBJECT, self._info().to_json(), create=True)
            return None
        except Conflict:
            pass
        found = self.output.read(LOCK_OBJECT)
        if found is None:  # released in between: try again
            return self._try_once()
        body, etag = found
        holder = LockInfo.from_json(body)
        if not holder.expired(_now()):
            return holder
        try:  # expired: replace exactly that lock object, so one run only takes it
            self.etag = self.output.write(LOCK_OBJECT, self._info().to_json(), if_match=etag)
        except Conflict:
            return self._try_once()
        self.took_over = holder
        return None

    def acquire(self, wait_seconds: float = 0.0) -> None:
        """Take the lock, polling up to ``wait_seconds``; starts the heartbeat.

        Raises:
            StoreError: another run holds it (the message names it and its expiry).
        """
        deadline = time.monotonic() + max(0.0, wait_seconds)
        while True:
            holder = self._try_once()
            if holder is None:
                break
            if time.monotonic() >= deadline:
                raise StoreError(
                    f"another pko-extract run ({holder.owner}, started {holder.started}) is "
                    f"writing to {self.output.url}; its lock expires at {holder.expires} unless "
                    "renewed; wait for it to finish or pass --wait SECONDS"
                )
            time.sleep(min(1.0, max(0.05, deadline - time.monotonic())))
        self._stop.clear()
        self._thread = threading.Thread(target=self._heartbeat, name="pko-lock", daemon=True)
        self._thread.start()

    def renew(self) -> bool:
        """Push the expiry back (If-Match on the lock's ETag); False once the lock is lost."""
        with self._mutex:
            if self.lost or self.etag is None:
                return False
            try:
                body = self._info().to_json()
                self.etag = self.output.write(LOCK_OBJECT, body, if_match=self.etag)
            except Conflict:
                self.lost = True
            except StoreError:
                return True  # a network hiccup: the next beat tries again, the expiry decides
            return not self.lost

    def _heartbeat(self) -> None:
        while not self._stop.wait(self.renew_every):
            if not self.renew():
                return

    def check(self) -> None:
        """Raise if the lock was lost (another run took it over after it expired).

        Raises:
            StoreError: the lock is no longer this run's.
        """
        with self._mutex:
            found = self.output.read(LOCK_OBJECT)
            if self.lost or found is None or found[1] != self.etag:
                self.lost = True
        if self.lost:
            raise StoreError(
                f"{self.output.url}: this run's lock expired and another run took it over; "
                "nothing of this run was committed; re-run"
            )

    def release(self) -> None:
        """Stop the heartbeat and delete the lock if it is still this run's."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=30)
            self._thread = None
        if self.lost or self.etag is None:
            return
        found = self.output.read(LOCK_OBJECT)
        if found is not None and LockInfo.from_json(found[0]).owner == self.owner:
            self.output.delete(LOCK_OBJECT)
        self.etag = None
