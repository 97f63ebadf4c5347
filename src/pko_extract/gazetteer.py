"""Mission gazetteer: the versioned list of peace operations the linker resolves mentions to.

Contract: ``data/missions.csv`` (one row per operation) and ``data/mission_places.csv`` (the
countries, territories, sub-regions and regions the rows name, with their aliases) are read and
validated row by row into :class:`Mission` and :class:`Place` models; any bad row raises
:class:`~pko_extract.errors.ResourceError` naming the file, the line and the field. Cross-row
checks (unique acronyms, predecessor/successor links that exist and are recorded on both sides,
places that exist) run after the rows load. The result is an immutable :class:`Gazetteer`.

Dates: ``start``/``end`` are written ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``. ``Mission.start`` is
the first day of the written period; ``Mission.last_day`` the last day of the written end period,
so that a mission that "ended in 2012" is active on any day of 2012.
"""

from __future__ import annotations

import calendar
import csv
import io
import re
import unicodedata
from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from pko_extract.errors import ResourceError
from pko_extract.models import MissionKind, MissionRecord

DATA_DIR = Path(__file__).parent / "data"
MISSIONS_FILE = DATA_DIR / "missions.csv"
PLACES_FILE = DATA_DIR / "mission_places.csv"

LinkMode = Literal["country", "place", "explicit"]
Precision = Literal["year", "month", "day"]
PlaceKind = Literal["country", "territory", "subregion", "region", "city"]

_MULTI_SEP = ";"
_VERSION_KEY = "gazetteer_version:"


def fold(text: str) -> str:
    """Lower-case, accent-free, straight-apostrophe form of ``text`` used to compare names.

    Example: ``fold("Côte d’Ivoire") == "cote d'ivoire"``.
    """
    if text.isascii():  # nothing to decompose, no curly quote: the same, faster
        return text.replace("`", "'").lower()
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("’", "'").replace("‘", "'").replace("`", "'").lower()


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(_MULTI_SEP) if part.strip()]


def _parse_period(text: str) -> tuple[date, date, Precision]:
    """First day, last day and precision of a written period.

    Example: ``"2012-08"`` -> (2012-08-01, 2012-08-31, "month").
    """
    parts = text.split("-")
    if not all(p.isdigit() for p in parts) or len(parts[0]) != 4 or len(parts) > 3:
        raise ValueError(f"date {text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    year = int(parts[0])
    if len(parts) == 1:
        return date(year, 1, 1), date(year, 12, 31), "year"
    month = int(parts[1])
    if len(parts) == 2:
        last = calendar.monthrange(year, month)[1]
        return date(year, month, 1), date(year, month, last), "month"
    day = date(year, month, int(parts[2]))
    return day, day, "day"


class Place(BaseModel):
    """A country, territory, sub-region or region that missions are linked to."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    place: str = Field(min_length=2)
    kind: PlaceKind
    parent: str | None = None
    aliases: list[str] = Field(default_factory=list)
    adjectives: list[str] = Field(default_factory=list)

    @field_validator("parent", mode="before")
    @classmethod
    def _empty_none(cls, value: object) -> object:
        return value or None

    @field_validator("aliases", "adjectives", mode="before")
    @classmethod
    def _split_aliases(cls, value: object) -> object:
        return _split(value) if isinstance(value, str) else value

    def names(self) -> list[str]:
        """The place's name and all its aliases."""
        return [self.place, *self.aliases]


class Mission(BaseModel):
    """One peace operation (a row of ``missions.csv``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    acronym: str = Field(min_length=2)
    name: str = Field(min_length=5)
    kind: MissionKind
    lead_organization: str = Field(min_length=2)
    french_acronym: str | None = None
    french_name: str | None = None
    aliases: list[str] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list)
    places: list[str] = Field(default_factory=list)
    link: LinkMode = "country"
    start: date
    end: date | None = None
    start_precision: Precision = "year"
    end_precision: Precision | None = None
    last_day: date | None = None
    predecessor: list[str] = Field(default_factory=list)
    successor: list[str] = Field(default_factory=list)
    notes: str = ""
    sources: list[str] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _from_row(cls, data: object) -> object:
        if not isinstance(data, dict) or not isinstance(data.get("start"), str):
            return data
        row = dict(data)
        for key in ("aliases", "countries", "places", "predecessor", "successor", "sources"):
            if isinstance(row.get(key), str):
                row[key] = _split(row[key])
        for key in ("french_acronym", "french_name"):
            row[key] = row.get(key) or None
        try:
            row["start"], _, row["start_precision"] = _parse_period(row["start"].strip())
        except ValueError as exc:
            raise ValueError(f"start: {exc}") from None
        end_text = (row.get("end") or "").strip()
        if end_text:
            try:
                row["end"], row["last_day"], row["end_precision"] = _parse_period(end_text)
            except ValueError as exc:
                raise ValueError(f"end: {exc}") from None
        else:
            row["end"] = None
        return row

    @model_validator(mode="after")
    def _checks(self) -> Mission:
        if self.end is not None and self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        if not self.countries and not self.places:
            raise ValueError("a mission needs at least one country or place")
        if self.link == "place" and not self.places:
            raise ValueError("link 'place' needs a non-empty places column")
        for name in (self.acronym, self.name, *self.aliases):
            if name != name.strip() or not name:
                raise ValueError(f"name {name!r} has surrounding spaces")
        return self

    def active_on(self, day: date) -> bool:
        """True when ``day`` falls between the start and the last day of the written end."""
        return self.start <= day and (self.last_day is None or day <= self.last_day)

    def overlaps(self, first: date, last: date) -> bool:
        """True when the mission ran on any day between ``first`` and ``last``."""
        return self.start <= last and (self.last_day is None or first <= self.last_day)

    def link_places(self) -> list[str]:
        """Places a place mention may resolve from (``link`` decides whether countries count)."""
        if self.link == "explicit":
            return []
        if self.link == "place":
            return list(self.places)
        return [*self.countries, *(p for p in self.places if p not in self.countries)]

    def all_places(self) -> list[str]:
        """Every country and place of the mission."""
        return [*self.countries, *(p for p in self.places if p not in self.countries)]

    def to_record(self, version: str) -> MissionRecord:
        """The ``missions`` table row of this mission (end_date = last day of the written end)."""
        return MissionRecord(
            acronym=self.acronym,
            name=self.name,
            kind=self.kind,
            lead_organization=self.lead_organization,
            countries=list(self.countries),
            start_date=self.start,
            end_date=self.last_day,
            predecessor=list(self.predecessor),
            successor=list(self.successor),
            gazetteer_version=version,
        )


class Gazetteer:
    """The validated missions and places, with look-ups by acronym and by place and date."""

    def __init__(self, version: str, missions: Iterable[Mission], places: Iterable[Place]):
        self.version = version
        self.missions: list[Mission] = list(missions)
        self.places: list[Place] = list(places)
        self._by_acronym = {m.acronym: m for m in self.missions}
        self._place_by_name: dict[str, Place] = {}
        for place in self.places:
            for name in place.names():
                self._place_by_name.setdefault(fold(name), place)
        # the missions of each place name, in file order: the linker asks for them for every
        # place it reads, and a scan of all missions per question was its largest cost
        self._linkable: dict[str, list[Mission]] = {}
        self._any: dict[str, list[Mission]] = {}
        for m in self.missions:
            for name in dict.fromkeys(m.link_places()):
                self._linkable.setdefault(name, []).append(m)
            for name in dict.fromkeys(m.all_places()):
                self._any.setdefault(name, []).append(m)

    def country_names(self) -> frozenset[str]:
        """The names and aliases of the countries of the gazetteer ("Côte d'Ivoire", "DRC")."""
        return frozenset(n for p in self.places if p.kind == "country" for n in p.names())

    def by_acronym(self, acronym: str) -> Mission | None:
        """The mission with this acronym (exact), or None."""
        return self._by_acronym.get(acronym)

    def place(self, name: str) -> Place | None:
        """The place a name or alias stands for (accent- and case-insensitive), or None."""
        key = fold(name.strip())
        if key.startswith("the ") and key not in self._place_by_name:
            key = key[4:]
        return self._place_by_name.get(key)

    def missions_in(self, place: str, *, linkable_only: bool = True) -> list[Mission]:
        """Missions of a place (name or alias), whatever their dates.

        Sub-regions and cities: missions that list the place itself; if none do, the missions
        of its parent (and so on up). ``linkable_only`` keeps only the missions a place
        mention may resolve to.
        """
        found = self.place(place)
        if found is None:
            return []

        by_place = self._linkable if linkable_only else self._any

        def of(name: str) -> list[Mission]:
            return list(by_place.get(name, ()))

        result = of(found.place)
        parent = self.place(found.parent) if found.parent else None
        while not result and parent is not None:
            result = of(parent.place)
            parent = self.place(parent.parent) if parent.parent else None
        return result

    def active_in(
        self, place: str, on: date | None, *, linkable_only: bool = True
    ) -> list[Mission]:
        """Missions of ``place`` active on ``on`` (all of them, whatever the dates, when None)."""
        missions = self.missions_in(place, linkable_only=linkable_only)
        if on is None:
            return missions
        return [m for m in missions if m.active_on(on)]

    def mission_records(self) -> list[MissionRecord]:
        """Rows of the ``missions`` output table, in file order."""
        return [m.to_record(self.version) for m in self.missions]


def _read_rows(path: Path) -> tuple[str, list[tuple[int, dict[str, str]]]]:
    """Rows of a CSV with leading ``#`` comment lines, each with its 1-based file line number."""
    if not path.is_file():
        raise ResourceError(f"{path}: gazetteer file is missing; reinstall pko-extract")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ResourceError(f"{path}: not UTF-8 ({exc.reason}); save it as UTF-8") from exc
    lines = text.splitlines(keepends=True)
    version = ""
    skipped = 0
    for line in lines:
        if not line.startswith("#"):
            break
        skipped += 1
        comment = line[1:].strip()
        if comment.startswith(_VERSION_KEY):
            version = comment[len(_VERSION_KEY) :].strip()
    reader = csv.DictReader(io.StringIO("".join(lines[skipped:])))
    rows: list[tuple[int, dict[str, str]]] = []
    for row in reader:
        lineno = skipped + reader.line_num
        if None in row or any(v is None for v in row.values()):
            raise ResourceError(
                f"{path}:{lineno}: wrong number of fields"
                f" (expected {len(reader.fieldnames or [])});"
                " quote values that contain commas"
            )
        rows.append((lineno, row))
    return version, rows


def _validate(path: Path, lineno: int, model: type[BaseModel], row: dict[str, str]) -> BaseModel:
    try:
        return model.model_validate(row)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err["loc"]) or "(row)"
        msg = err["msg"]
        named = re.match(r"Value error, (\w+): (.*)", msg)
        if field == "(row)" and named and named.group(1) in row:
            field, msg = named.group(1), named.group(2)
        value = f" (value {row[field]!r})" if field in row else ""
        raise ResourceError(f"{path}:{lineno}: field {field!r}: {msg}{value}") from exc


def load_places(path: Path | None = None) -> list[Place]:
    """Read and validate ``mission_places.csv`` (or ``path``)."""
    path = path or PLACES_FILE
    _, rows = _read_rows(path)
    places: list[Place] = []
    seen: dict[str, int] = {}
    for lineno, row in rows:
        place = _validate(path, lineno, Place, row)
        assert isinstance(place, Place)
        for name in [*place.names(), *place.adjectives]:
            key = fold(name)
            if key in seen and seen[key] != lineno:
                raise ResourceError(
                    f"{path}:{lineno}: field 'aliases': {name!r} already names"
                    f" the place on line {seen[key]}"
                )
            seen[key] = lineno
        places.append(place)
    names = {p.place for p in places}
    for place in places:
        if place.parent and place.parent not in names:
            raise ResourceError(
                f"{path}: field 'parent': {place.parent!r} of {place.place!r} is not a place"
            )
    return places


def load_gazetteer(path: Path | None = None, places_path: Path | None = None) -> Gazetteer:
    """Load and validate the mission gazetteer.

    Args:
        path: a missions CSV in the project format; the packaged ``data/missions.csv`` when None.
        places_path: the places CSV; ``mission_places.csv`` next to ``path`` when it exists,
            otherwise the packaged one.

    Returns:
        The validated :class:`Gazetteer`.

    Raises:
        ResourceError: a file is missing or a row is invalid (message names file, line, field).
    """
    path = path or MISSIONS_FILE
    if places_path is None:
        sibling = path.parent / PLACES_FILE.name
        places_path = sibling if sibling.is_file() else PLACES_FILE
    places = load_places(places_path)
    place_names = {p.place for p in places}
    version, rows = _read_rows(path)
    if not version:
        raise ResourceError(f"{path}:1: missing '# {_VERSION_KEY} X.Y.Z' header line")
    missions: list[Mission] = []
    line_of: dict[str, int] = {}
    for lineno, row in rows:
        mission = _validate(path, lineno, Mission, row)
        assert isinstance(mission, Mission)
        if mission.acronym in line_of:
            raise ResourceError(
                f"{path}:{lineno}: field 'acronym': {mission.acronym!r}"
                f" repeats line {line_of[mission.acronym]}"
            )
        for name in mission.all_places():
            if name not in place_names:
                raise ResourceError(
                    f"{path}:{lineno}: field 'countries/places': {name!r}"
                    f" is not in {places_path.name}; add it there"
                )
        line_of[mission.acronym] = lineno
        missions.append(mission)
    by_acronym = {m.acronym: m for m in missions}
    for mission in missions:
        lineno = line_of[mission.acronym]
        for field, other_field in (("predecessor", "successor"), ("successor", "predecessor")):
            for acronym in getattr(mission, field):
                other = by_acronym.get(acronym)
                if other is None:
                    raise ResourceError(
                        f"{path}:{lineno}: field {field!r}: unknown acronym {acronym!r}"
                    )
                if mission.acronym not in getattr(other, other_field):
                    raise ResourceError(
                        f"{path}:{lineno}: field {field!r}: {acronym!r} does not list "
                        f"{mission.acronym!r} as its {other_field} (line {line_of[acronym]})"
                    )
    return Gazetteer(version, missions, places)


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The packaged gazetteer, loaded once per process."""
    return load_gazetteer()
