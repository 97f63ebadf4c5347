"""``pko-extract run`` with its input or its output on an object store (``s3://...``).

Contract: the run itself is the ordinary local run (plan, extraction, one atomic commit), in a
private working folder; this module prepares that folder and publishes its commit:

1. with an ``s3://`` output, take the output's lock object (:class:`ObjectLock`), read the
   pointer ``snapshot.json`` and its ETag, and download the tables it names into the working
   folder, laid out as a local output folder (the snapshot, ``.versions/``, ``<table>/``);
2. list the input URLs through fsspec (any fsspec URL: ``s3://``, ``gs://``, ``memory://``
   ...) and download the report objects into the working folder; their ``source_uri`` stays
   the object's URL (``s3://bucket/reports/a.txt``), so the manifest (the ``reports`` table)
   matches them run after run. An object whose ETag and size the last commit's input index
   (:data:`INPUT_INDEX`) records is not downloaded: an empty placeholder stands for it, its
   report_id comes from the index, and it is fetched only if the plan extracts it;
3. the local run commits into the working folder; :meth:`RemoteSession.publish` uploads the
   table versions that commit wrote and the run's input index, each as a new immutable
   object, and switches the pointer
   last with ``If-Match`` on the ETag read in step 1 (:mod:`pko_extract.objectstore`).

So everything the local output guarantees (the incremental manifest, replacement by
``report_id``, one commit per run) holds on the object store, and a reader of the pointer
sees one whole commit or the one before. The working folder is removed when the process
exits (Prefect's home of the run lives in it). Details: docs/SCALING.md, "Object stores".
"""

from __future__ import annotations

import atexit
import contextlib
import dataclasses
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from pko_extract import ingest, snapshot
from pko_extract.errors import IngestError, StoreError
from pko_extract.objectstore import Conflict, ObjectLock, ObjectOutput, is_url
from pko_extract.summary import RunSummary

if TYPE_CHECKING:
    from pko_extract.runs import Plan

__all__ = ["Mirror", "Prepared", "RemoteSession", "mirror_inputs", "prepare_run"]


@dataclass
class Prepared:
    """What the local run is given: local paths and output, and how to publish its commit.

    Attributes:
        paths: local files and folders to pass to the run (mirrors of the input URLs).
        output: the local output folder of the run.
        source_uris: ``file://`` URI of a mirrored file -> the URL of its object.
        known_ids: URL -> report_id of the objects not downloaded (the input index).
        planned: called with the run's plan: downloads what it extracts, notes the index.
        publish: called with the run's summary once it committed (None: a local output).
        warnings: what the command should tell (an expired lock taken over).
    """

    paths: list[Path]
    output: Path
    source_uris: dict[str, str] = field(default_factory=dict)
    known_ids: dict[str, str] = field(default_factory=dict)
    planned: Callable[[Plan], None] | None = None
    publish: Callable[[RunSummary], RunSummary] | None = None
    warnings: list[str] = field(default_factory=list)


def _skipped(rel: PurePosixPath) -> bool:
    """Hidden objects, objects under dot-prefixes and README files, as in a local folder."""
    return any(part.startswith(".") for part in rel.parts) or rel.name.upper().startswith("README")


#: The input index of a commit: object URL -> [ETag, size, report_id] of every input object
#: the run saw; the next run does not download an object whose ETag and size match.
INPUT_INDEX = snapshot.VERSIONS_DIR + "/inputs-{commit}.json"


@dataclass
class Mirror:
    """The local copies of the input objects.

    Attributes:
        paths: local paths to run on (one per location).
        uris: file:// URI of a copy -> URL of its object.
        tags: URL -> (ETag, size) of every object listed (ETag "" when the store has none).
        known: URL -> report_id of the objects the index vouches for: not downloaded, an
            empty placeholder stands for each until :meth:`fetch` gets it.
    """

    paths: list[Path] = field(default_factory=list)
    uris: dict[str, str] = field(default_factory=dict)
    tags: dict[str, tuple[str, int]] = field(default_factory=dict)
    known: dict[str, str] = field(default_factory=dict)
    _pending: dict[str, tuple[Any, str, Path]] = field(default_factory=dict)

    def fetch(self, urls: Iterable[str]) -> None:
        """Download the objects among ``urls`` that only have a placeholder.

        Raises:
            IngestError: an object cannot be downloaded.
        """
        for url in sorted(set(urls) & set(self._pending)):
            fs, key, target = self._pending.pop(url)
            try:
                fs.get(key, str(target))
            except OSError as exc:
                raise IngestError(f"{url}: could not be downloaded ({exc}); re-run") from exc


def _listing(fs: Any, root: str) -> tuple[bool, dict[str, dict[str, Any]]]:
    """Whether ``root`` is one object, and the details of every object under it."""
    if fs.isfile(root):
        return True, {root: fs.info(root)}
    return False, dict(sorted(fs.find(root, detail=True).items()))


def mirror_inputs(
    locations: Sequence[str],
    folder: Path,
    index: Mapping[str, Sequence[Any]] | None = None,
) -> Mirror:
    """Download the report objects under each input URL into ``folder``; local paths pass.

    ``index`` (:data:`INPUT_INDEX` of the last commit): an object whose ETag and size are
    those it records is not downloaded; its report_id is taken from it (``Mirror.known``).

    Raises:
        IngestError: a URL names no object and no prefix, or cannot be listed or read.
    """
    import fsspec

    mirror = Mirror()
    for n, location in enumerate(locations):
        if not is_url(location):
            mirror.paths.append(Path(location))
            continue
        try:
            fs, root = fsspec.core.url_to_fs(location.rstrip("/"))
            fs.invalidate_cache()
            single, found = _listing(fs, root)
        except (OSError, ValueError, ImportError) as exc:
            raise IngestError(
                f"{location}: cannot be listed ({exc}); check the URL, the credentials "
                "(AWS_ACCESS_KEY_ID, AWS_PROFILE, ...) and AWS_ENDPOINT_URL"
            ) from exc
        if not found:
            raise IngestError(f"{location}: no such object or prefix; check the URL")
        base = folder / str(n)
        remote: list[str] = []
        local: list[str] = []
        for key, info in found.items():
            rel = PurePosixPath(PurePosixPath(key).name if single else key[len(root) :].lstrip("/"))
            if _skipped(rel) and not single:
                continue
            target = base.joinpath(*rel.parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            url = fs.unstrip_protocol(key)
            mirror.uris[ingest.source_uri(target)] = url
            tag = (str(info.get("ETag") or info.get("etag") or ""), int(info.get("size") or 0))
            mirror.tags[url] = tag
            recorded = (index or {}).get(url)
            if tag[0] and recorded is not None and tuple(recorded[:2]) == tag:
                target.touch()  # the index vouches for the bytes: fetched only if needed
                mirror.known[url] = str(recorded[2])
                mirror._pending[url] = (fs, key, target)
            else:
                remote.append(key)
                local.append(str(target))
        try:
            if remote:
                fs.get(remote, local)
        except OSError as exc:
            raise IngestError(f"{location}: could not be downloaded ({exc}); re-run") from exc
        base.mkdir(parents=True, exist_ok=True)
        first = base.joinpath(PurePosixPath(next(iter(found))).name)
        mirror.paths.append(first if single else base)
    return mirror


class RemoteSession:
    """An output on an object store, held for one run: lock, local copy, publication."""

    def __init__(self, url: str, local: Path, output: ObjectOutput | None = None) -> None:
        self.output = output or ObjectOutput(url)
        self.local = local
        self.lock = ObjectLock(self.output)
        self.base: snapshot.Snapshot | None = None
        self.etag: str | None = None
        self.index: dict[str, list[Any]] = {}  # the last commit's input index
        self.next_index: dict[str, list[Any]] = {}  # this run's, written with its commit

    def open(self, wait_seconds: float = 0.0) -> None:
        """Take the lock, then copy the pointer's tables into the local folder.

        Raises:
            StoreError: the output is locked by another run, or cannot be read.
        """
        self.lock.acquire(wait_seconds)
        try:
            found = self.output.read(snapshot.SNAPSHOT_FILE)
            self.local.mkdir(parents=True, exist_ok=True)
            if found is None:
                return
            body, self.etag = found
            self.base = snapshot.parse(body, f"{self.output.url}/{snapshot.SNAPSHOT_FILE}")
            for table, rel in self.base.tables.items():
                self.output.download(rel, self.local / rel)
                (self.local / table).mkdir(exist_ok=True)
                os.link(self.local / rel, self.local / table / "data.parquet")
            (self.local / snapshot.SNAPSHOT_FILE).write_bytes(body)
            self.index = self._read_index(self.base.commit)
        except BaseException:
            self.lock.release()
            raise

    def _read_index(self, commit: str) -> dict[str, list[Any]]:
        """The input index of a commit ({} when it has none or it is unreadable: then every
        input object is downloaded, nothing else changes)."""
        found = self.output.read(INPUT_INDEX.format(commit=commit))
        try:
            data = json.loads(found[0]) if found else {}
        except ValueError:
            return {}
        return data if isinstance(data, dict) else {}

    def publish(self, summary: RunSummary) -> RunSummary:
        """:meth:`publish_commit`; returns the summary naming the output by its URL."""
        self.publish_commit()
        return dataclasses.replace(summary, output=self.output.url)

    def publish_commit(self) -> bool:
        """Upload the local commit's new versions, then switch the pointer (If-Match).

        Returns:
            Whether there was a local commit to publish.

        Raises:
            StoreError: the lock was lost, or another run switched the pointer since this
                run read it: nothing of this run is visible.
        """
        new = snapshot.load(self.local)
        if new is None or (self.base is not None and new.commit == self.base.commit):
            return False
        self.lock.check()
        before = set(self.base.tables.values()) if self.base else set()
        for rel in sorted(set(new.tables.values()) - before):
            self.output.upload(self.local / rel, rel)
        if self.next_index:
            index = json.dumps(self.next_index, sort_keys=True).encode()
            self.output.write(INPUT_INDEX.format(commit=new.commit), index, create=True)
        if self.base is not None:
            before.add(INPUT_INDEX.format(commit=self.base.commit))
        try:
            self.output.write(
                snapshot.SNAPSHOT_FILE,
                new.to_json().encode(),
                if_match=self.etag,
                create=self.etag is None,
            )
        except Conflict as exc:
            raise StoreError(
                f"{self.output.url}: another run committed since this run started (its "
                "snapshot.json changed); this run's results were not committed; re-run"
            ) from exc
        keep = set(new.tables.values()) | {INPUT_INDEX.format(commit=new.commit)}
        self._drop_old_versions(keep | before)
        return True

    def _drop_old_versions(self, keep: set[str]) -> None:
        """Delete the versions named by neither the new nor the previous pointer and older
        than the grace period (a reader may still be reading them)."""
        cutoff = datetime.now(UTC) - timedelta(seconds=snapshot.GRACE_SECONDS)
        with contextlib.suppress(StoreError):  # old versions are garbage, not a failure
            for name, modified in self.output.list(snapshot.VERSIONS_DIR):
                if name not in keep and modified < cutoff:
                    self.output.delete(name)

    def close(self) -> None:
        """Release the lock (if still this run's)."""
        with contextlib.suppress(StoreError):
            self.lock.release()


@contextlib.contextmanager
def prepare_run(
    locations: Sequence[str], output: str, wait_seconds: float = 0.0
) -> Iterator[Prepared]:
    """The local run of inputs or an output on an object store (see the module docstring).

    Raises:
        StoreError: the output is locked or cannot be read.
        IngestError: an input URL cannot be listed or read.
    """
    work = Path(tempfile.mkdtemp(prefix="pko-extract-"))
    # at exit, after Prefect's temporary server (registered later, so stopped earlier)
    atexit.register(shutil.rmtree, work, True)
    session: RemoteSession | None = None
    if is_url(output):
        session = RemoteSession(output, work / "out")
        session.open(wait_seconds)
    try:
        mirror = mirror_inputs(locations, work / "in", session.index if session else None)

        def planned(plan: Plan) -> None:
            mirror.fetch(plan.todo)
            if session is not None:
                session.next_index = {
                    url: [*tag, plan.report_ids[url]]
                    for url, tag in mirror.tags.items()
                    if tag[0] and url in plan.report_ids
                }

        expired = session.lock.took_over if session else None
        yield Prepared(
            paths=mirror.paths,
            output=work / "out" if session else Path(output),
            source_uris=mirror.uris,
            known_ids=mirror.known,
            planned=planned,
            publish=session.publish if session else None,
            warnings=[
                f"took over the expired lock of {output} (run {expired.owner}, started "
                f"{expired.started}, expired {expired.expires}): that run stopped without "
                "releasing it; if it still runs, it cannot commit"
            ]
            if expired
            else [],
        )
    finally:
        if session is not None:
            session.close()
        shutil.rmtree(work / "in", ignore_errors=True)
