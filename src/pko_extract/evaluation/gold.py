"""Gold annotations: the corpus GUIDE.md format, validated, and the document index.

Contract:
    a folder of gold ``*.json`` files -> validated :class:`GoldDocument` records (errors name
    the file and the field); ``index.tsv`` -> document id -> kind.

I/O edge of the evaluation: everything after this module works on records.
"""

from __future__ import annotations

import csv
import json
import re
from datetime import date
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from pko_extract.errors import EvaluationError
from pko_extract.evaluation.normalize import name_tokens
from pko_extract.models import AgendaKind, MissionKind, Role

#: Kind of every document when there is no index.tsv with a ``kind`` column.
ALL_KINDS = "all"
#: Kind of a document whose id is missing from index.tsv.
UNLISTED_KIND = "unlisted"

# "2008-06-05", "2008-06" or "2008"
_GOLD_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


class _Gold(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GoldEvent(_Gold):
    """The event's metadata as annotated."""

    title: str | None = None
    date: str | None = Field(default=None, description='"YYYY-MM-DD", "YYYY-MM" or null.')
    venue: str | None = None
    city: str | None = None
    organizers: list[str] = Field(default_factory=list)

    @field_validator("date")
    @classmethod
    def _date_format(cls, value: str | None) -> str | None:
        if value is None:
            return None
        m = _GOLD_DATE.fullmatch(value)
        if not m:
            raise ValueError(f'date {value!r} is not "YYYY-MM-DD", "YYYY-MM" or null')
        year, month, day = (int(g) if g else 1 for g in m.groups())
        try:
            date(year, month, day)
        except ValueError as exc:
            raise ValueError(f"date {value!r} is not a calendar date ({exc})") from None
        return value


class GoldAgendaItem(_Gold):
    """One annotated part of the program."""

    seq: int = Field(ge=1)
    kind: AgendaKind
    label: str | None = None
    title: str | None = None
    people: list[str] = Field(default_factory=list)


class GoldPerson(_Gold):
    """One annotated individual."""

    name: str
    honorific: str | None = None
    positions: list[str] = Field(default_factory=list)
    organizations: list[str] = Field(default_factory=list)
    roles: list[Role] = Field(default_factory=list)

    @field_validator("name")
    @classmethod
    def _has_letters(cls, value: str) -> str:
        if not name_tokens(value):
            raise ValueError(f"name {value!r} has no letters or digits")
        return value


class GoldMission(_Gold):
    """One annotated mission (acronym null when it cannot be determined)."""

    mention: str
    acronym: str | None = None
    kind: MissionKind = "UNKNOWN"
    explicit: bool | None = None


class GoldDocument(_Gold):
    """One gold file: the expected extraction of the report named by ``source``."""

    id: str = Field(min_length=1)
    source: str = Field(min_length=1, description="File name of the report.")
    event: GoldEvent = Field(default_factory=GoldEvent)
    agenda_items: list[GoldAgendaItem] = Field(default_factory=list)
    people: list[GoldPerson] = Field(default_factory=list)
    missions: list[GoldMission] = Field(default_factory=list)
    optional_missions: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _people_once(self) -> GoldDocument:
        seen: dict[tuple[str, ...], str] = {}
        for person in self.people:
            key = tuple(sorted(name_tokens(person.name)))
            if key in seen:
                raise ValueError(
                    f"person {person.name!r} is annotated twice (also as {seen[key]!r}); "
                    "annotate each individual once and list all their roles"
                )
            seen[key] = person.name
        return self


def load_gold(path: Path) -> GoldDocument:
    """Read and validate one gold JSON file.

    A missing ``id`` defaults to the file stem.

    Raises:
        EvaluationError: the file cannot be read, is not JSON or does not match the format;
            the message names the file and the offending field.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise EvaluationError(f"cannot read gold file {path}: {exc.strerror or exc}") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EvaluationError(f"gold file {path} is not valid UTF-8 JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise EvaluationError(
            f"gold file {path}: expected a JSON object, got {type(data).__name__}"
        )
    data.setdefault("id", path.stem)
    try:
        return GoldDocument.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '(document)'}: {err['msg']}"
            for err in exc.errors()
        )
        raise EvaluationError(
            f"gold file {path} does not match the annotation format ({problems}); "
            "see the corpus GUIDE.md"
        ) from None


def load_gold_dir(gold_dir: Path) -> list[GoldDocument]:
    """Read every ``*.json`` file of a folder, sorted by file name.

    Raises:
        EvaluationError: the folder is missing or empty, a file is invalid, or two files
            share an id or a source.
    """
    if not gold_dir.is_dir():
        raise EvaluationError(f"gold folder {gold_dir} does not exist or is not a folder")
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        raise EvaluationError(f"gold folder {gold_dir} holds no *.json files")
    golds = [load_gold(f) for f in files]
    for attr in ("id", "source"):
        owners: dict[str, Path] = {}
        for f, gold in zip(files, golds, strict=True):
            value = getattr(gold, attr)
            if value in owners:
                raise EvaluationError(
                    f"gold files {owners[value].name} and {f.name} have the same {attr} {value!r}"
                )
            owners[value] = f
    return golds


def read_kinds(index_path: Path) -> dict[str, str]:
    """Map document id -> kind from a tab-separated index (columns ``id``, ``kind``, ...).

    Returns an empty mapping when the file does not exist or has no ``kind`` column.

    Raises:
        EvaluationError: the file has a ``kind`` column but no ``id`` column.
    """
    if not index_path.is_file():
        return {}
    with index_path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t")
        columns = reader.fieldnames or []
        if "kind" not in columns:
            return {}
        if "id" not in columns:
            raise EvaluationError(f"{index_path} has a 'kind' column but no 'id' column")
        return {
            row["id"].strip(): (row["kind"] or "").strip() or UNLISTED_KIND
            for row in reader
            if row.get("id")
        }
