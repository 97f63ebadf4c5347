"""Shared fixtures: one Prefect test server per session, tiny reports, table readers.

Prefect must be configured (``flows.prefect_setup.configure``) before it is imported,
so it is done here, at the top, before any test module imports prefect.
"""

from __future__ import annotations

from flows.prefect_setup import configure

configure()

import os  # noqa: E402
import sys  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402
import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

from pko_extract.config import get_settings  # noqa: E402

# Property tests check behaviour, not speed: no per-example deadline (under load a 200 ms
# deadline failed at random), and the same examples on every run.
settings.register_profile("pko", deadline=None, derandomize=True)
settings.load_profile("pko")

REPO = Path(__file__).resolve().parents[1]
PKO_EXTRACT = Path(sys.executable).with_name("pko-extract")

#: A small report in the house layout: title, date, program with role labels.
REPORT_TEMPLATE = """\
Public Seminar
"{title}"

March {day}, 2019

The Ministry of Foreign Affairs of Japan hosted a public seminar "{title}" on {day} March 2019
at the United Nations University in Tokyo. Around 120 people attended. Speakers discussed the
work of the United Nations Mission in South Sudan (UNMISS) and of peacekeepers in Mali.

Program of the seminar:

Opening Remarks:

{opening}

Session 1: Keynote Speech "{title}"

Speaker: {speaker}
Moderator: {moderator}
"""


def report_text(n: int, *, extra: str = "") -> str:
    """The text of tiny report number ``n`` (distinct titles and people per ``n``)."""
    return (
        REPORT_TEMPLATE.format(
            title=f"Peace Operations Lecture {n}",
            day=1 + n % 28,
            opening=f"Mr. Taro YAMADA{n}, State Minister for Foreign Affairs of Japan",
            speaker=(
                f"Ms. Anna LINDQVIST{n}, Director, Department of Peace Operations, United Nations"
            ),
            moderator=f"Prof. Kenji SATO{n}, Professor of International Relations, Keio University",
        )
        + extra
    )


@pytest.fixture
def write_report() -> Callable[..., Path]:
    """Write tiny report ``n`` as ``folder/name`` (optionally encoded), return its path."""

    def write(
        folder: Path, name: str, n: int = 1, *, encoding: str = "utf-8", extra: str = ""
    ) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / name
        path.write_bytes(report_text(n, extra=extra).encode(encoding))
        return path

    return write


class DenyListing:
    """``deny(folder)``: listing ``folder`` fails with permission denied, as after
    ``chmod a-r`` for a user other than root (the tests may run as root, who may list
    anything); ``deny.allow(folder)`` undoes it. Every other folder is listed as usual."""

    def __init__(self) -> None:
        self.folders: set[str] = set()

    def __call__(self, folder: Path) -> None:
        self.folders.add(str(folder))

    def allow(self, folder: Path) -> None:
        self.folders.discard(str(folder))


@pytest.fixture
def deny_listing(monkeypatch: pytest.MonkeyPatch) -> DenyListing:
    """A :class:`DenyListing` for this test (``os.scandir``, which ``os.walk`` uses)."""
    real_scandir = os.scandir
    deny = DenyListing()

    def scandir(path: Any = ".") -> Any:
        if not isinstance(path, int) and os.fspath(path) in deny.folders:
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    return deny


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """One temporary Prefect server (and database) for the whole test session."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture
def blank_model(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Use ``spacy.blank("en")`` + rules (PKO_MODEL_NAME=blank): fast, no trained model."""
    monkeypatch.setenv("PKO_MODEL_NAME", "blank")
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.fixture(scope="session")
def cli_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Environment of ``pko-extract`` subprocesses: blank model, a private PREFECT_HOME."""
    env = dict(os.environ)
    env.update(
        PKO_MODEL_NAME="blank",
        PREFECT_HOME=str(tmp_path_factory.mktemp("prefect-home")),
        PYTHONUNBUFFERED="1",
    )
    env.pop("PREFECT_API_URL", None)
    return env


def read_table(output: Path, name: str) -> pa.Table:
    """A table of the output folder, read back with the store's reader."""
    from pko_extract.store import OutputStore

    table = OutputStore(output).read_table(name)
    assert isinstance(table, pa.Table), f"{name}: not a pyarrow Table"
    return table


#: Tables with rows per report.
REPORT_TABLES = (
    "reports",
    "agenda_items",
    "people",
    "participations",
    "mission_mentions",
    "participants",
)


def expected_rows(*paths: Path, model_name: str = "blank") -> dict[str, int]:
    """Rows per table the library extracts from ``paths`` (no Prefect, no store)."""
    from pko_extract.extract import extract_document, get_nlp
    from pko_extract.gazetteer import default_gazetteer
    from pko_extract.ingest import read_document

    counts = dict.fromkeys(REPORT_TABLES, 0)
    for path in paths:
        tables = extract_document(
            read_document(path), nlp=get_nlp(model_name), gazetteer=default_gazetteer()
        ).tables()
        for name in REPORT_TABLES:
            counts[name] += len(tables[name])
    return counts


def read_all_parquet(output: Path) -> dict[str, int]:
    """Read every Parquet file under ``output`` with pyarrow (skipping dot-folders).

    Returns:
        Rows per file (relative path -> rows); raises if any file is unreadable.
    """
    rows: dict[str, int] = {}
    for path in sorted(output.rglob("*.parquet")):
        rel = path.relative_to(output)
        if any(part.startswith(".") for part in rel.parts):
            continue
        rows[str(rel)] = pq.read_table(path).num_rows
    return rows


def _parse(nlp: Any, text: str) -> Any:
    """The rule stages over ``text`` (layout, recognition with ``nlp``, the default rules):
    (event, persons, agenda)."""
    from pko_extract.extract import parse_text
    from pko_extract.recognize import recognize
    from pko_extract.resources import default_rules
    from pko_extract.segment import read_layout

    return parse_text(read_layout(text), recognize(nlp(text)), default_rules())


def person_roles(nlp: Any, text: str) -> list[tuple[str, list[str]]]:
    """(name, roles) of every person the rules find in ``text`` (layout, recognition with
    ``nlp``, the default rules): the common check of the role and agenda tests."""
    _event, persons, _agenda = _parse(nlp, text)
    return [(p.name, p.roles) for p in persons]


def agenda_items(nlp: Any, text: str) -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    """(kind, title, [(name, role)]) of every agenda item the rules find in ``text`` (as
    :func:`person_roles` reads it): the common check of the agenda tests."""
    _event, _persons, agenda = _parse(nlp, text)
    return [(it.kind, it.title, [(p.name, r) for p, r, _ in it.members]) for it in agenda.items]


def person_offices(nlp: Any, text: str) -> list[tuple[str, list[str], list[str]]]:
    """(name, positions, organizations) of every person the rules find in ``text`` (as
    :func:`person_roles` reads it): the common check of the apposition tests."""
    _event, persons, _agenda = _parse(nlp, text)
    return [(p.name, p.positions, p.organizations) for p in persons]


def set_counts(folder: Path, fields: tuple[str, ...]) -> dict[str, dict[str, list[int]]]:
    """[tp, fp, fn] of each of ``fields`` per report of an invented set (``folder`` holds
    gold/ and reports/), scored as ``pko-extract evaluate`` does: the pinned sets' check."""
    from pko_extract.evaluation.run import run_evaluation

    result = run_evaluation(folder / "gold", [folder / "reports"])
    assert result.errors == {}
    return {
        d.doc_id: {f: [d.counts[f].tp, d.counts[f].fp, d.counts[f].fn] for f in fields}
        for d in sorted(result.doc_scores, key=lambda d: d.doc_id)
    }


def check_pinned(got: object, golden: Path) -> None:
    """``got`` equals the JSON pinned in ``golden`` (rewritten first under PKO_REGEN_GOLDEN)."""
    import json

    if os.environ.get("PKO_REGEN_GOLDEN"):
        golden.write_text(json.dumps(got, indent=1) + "\n", encoding="utf-8")
    assert got == json.loads(golden.read_text(encoding="utf-8"))


def check_set_folder(folder: Path, count: int) -> None:
    """The gold files of a set name exactly its reports (one file each), ``count`` of them."""
    gold = sorted(p.stem for p in (folder / "gold").glob("*.json"))
    assert gold == sorted(p.stem for p in (folder / "reports").iterdir())
    assert len(gold) == count


def linked_missions(text: str, on: date | None, gaz: Any) -> list[tuple[str, str | None]]:
    """(mention, acronym) of the mission mentions of ``text`` linked with confidence 0.5 or
    more (or left undetermined), in text order."""
    from pko_extract.link import find_mission_mentions
    from pko_extract.segment import read_layout

    return [
        (m.mention, m.acronym)
        for m in find_mission_mentions(read_layout(text), on, gaz)
        if m.acronym is None or m.confidence >= 0.5
    ]


def event_title_text(text: str) -> str | None:
    """The text of the event title read from ``text``'s layout (None when there is none)."""
    from pko_extract.event import parse_title
    from pko_extract.segment import read_layout

    found = parse_title(read_layout(text))
    return found.text if found else None


def event_venue_texts(text: str) -> tuple[str | None, str | None]:
    """The texts of the venue and city read from ``text``'s layout (None for each missing)."""
    from pko_extract.event import parse_venue
    from pko_extract.segment import read_layout

    venue, city = parse_venue(read_layout(text))
    return venue.text if venue else None, city.text if city else None


def event_date_text(text: str) -> tuple[date | None, str | None]:
    """The event date read from ``text``'s layout and the text it was read from."""
    from pko_extract.dates import parse_date
    from pko_extract.segment import read_layout

    found, span = parse_date(read_layout(text))
    return found, span.text if span else None


def event_venue_text(text: str) -> str | None:
    """The text of the event venue read from ``text``'s layout (None when there is none)."""
    from pko_extract.event import parse_venue
    from pko_extract.segment import read_layout

    venue, _ = parse_venue(read_layout(text))
    return venue.text if venue else None
