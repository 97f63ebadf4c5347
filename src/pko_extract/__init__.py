"""pko-extract: reports of UN peacekeeping events -> validated Parquet tables."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

__version__ = "0.1.0"


# Modules that do not change what is extracted from a report.
_NOT_EXTRACTION = frozenset(
    {
        "cli",
        "cli_help",
        "export",
        "export_xlsx",
        "evaluate",
        "store",
        "schema",
        "planning",
        "runs",
        "batches",
        "lifeline",
        "staging",
        "store_tables",
        "snapshot",
        "summary",
        "role_training",
        "review",
        "review_cli",
        "review_spans",
        "objectstore",
        "remote_run",
        "__init__",
    }
)


def _code_fingerprint() -> str:
    """A short hash of the library's code and rule data (not of the gazetteer, which has its
    own version). Any change to how reports are extracted changes it, so a re-run
    re-extracts reports processed by an earlier build of the same release."""
    root = Path(__file__).parent
    digest = hashlib.sha256()
    code = [*root.glob("*.py"), *root.glob("models/*.py"), *root.glob("patterns/*.py")]
    files = sorted(p for p in code if p.stem not in _NOT_EXTRACTION) + sorted(
        p for p in (root / "data").iterdir() if p.is_file()
    )
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


# Recorded in every reports row and compared on re-runs: release + code fingerprint.
PIPELINE_VERSION = f"{__version__}+{_code_fingerprint()}"


def read_snapshot(output: str | Path, tables: list[str] | None = None) -> Any:
    """Every table of the output's last whole commit: ``(commit id, {table: pyarrow.Table})``
    (see :func:`pko_extract.snapshot.read_snapshot`; imported on use, pyarrow is heavy)."""
    from pko_extract.snapshot import read_snapshot as read

    return read(output, tables)
