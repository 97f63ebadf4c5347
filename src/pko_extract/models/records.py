"""Output records (Pydantic models): one model per Parquet table, the schema's source of truth.

``store`` derives the Arrow schema from these models (see ``schema.py``); a record that fails
validation is turned into a :class:`RejectRecord` instead of being written.

Every extracted value keeps its evidence: ``start_char``/``end_char`` are offsets into
``Document.text`` (so ``text[start_char:end_char]`` is the value as written) and ``method``
says how it was found (``rule``, ``model`` or ``gazetteer``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from pko_extract.safe_text import safe_text

SCHEMA_VERSION = "1.4"

from pko_extract.vocab import (  # noqa: E402 - re-exported vocabulary
    AGENDA_KINDS,
    BLOCK_KINDS,
    MISSION_KINDS,
    ROLES,
    AgendaKind,
    BlockKind,
    Method,
    MissionKind,
    Role,
)

__all__ = [
    "AGENDA_KINDS",
    "BLOCK_KINDS",
    "MISSION_KINDS",
    "ROLES",
    "AgendaKind",
    "BlockKind",
    "Method",
    "MissionKind",
    "Role",
]


# --------------------------------------------------------------------------------------
# Output records, one per Parquet table
# --------------------------------------------------------------------------------------


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)


class _Evidence(_Record):
    start_char: int = Field(ge=0, description="Start offset of the evidence in the report text.")
    end_char: int = Field(ge=0, description="End offset (exclusive) of the evidence.")

    @model_validator(mode="after")
    def _ordered(self) -> _Evidence:
        if self.end_char < self.start_char:
            raise ValueError(f"end_char {self.end_char} is before start_char {self.start_char}")
        return self


class ReportRecord(_Record):
    """One row per report: the event's metadata."""

    report_id: str = Field(min_length=64, max_length=64, description="sha256 of the raw bytes.")
    source_uri: str = Field(description="Where the report was read from (file:// URI).")
    source_name: str = Field(description="File name of the report.")
    title: str | None = Field(default=None, description="Title of the event.")
    event_date: date | None = Field(default=None, description="Date of the event (first day).")
    event_date_text: str | None = Field(default=None, description="The date as written.")
    event_date_precision: Literal["day", "month"] | None = Field(
        default=None,
        description="'day', or 'month' when only month and year are stated (the date is "
        "then the first of the month).",
    )
    venue: str | None = Field(default=None, description="Venue of the event.")
    city: str | None = Field(default=None, description="City of the event, when stated.")
    organizers: list[str] = Field(default_factory=list, description="Organizing bodies.")
    organizers_canonical: list[str] = Field(
        default_factory=list,
        description="Each organizer's canonical name, in the same order ('UN' -> 'United "
        "Nations'; an unknown body as written). Empty in rows written before schema 1.4.",
    )
    attendance: int | None = Field(default=None, ge=0, description="Number of attendees.")
    title_start_char: int | None = Field(
        default=None, ge=0, description="Evidence of the title (whitespace in it is normalised)."
    )
    title_end_char: int | None = Field(default=None, ge=0, description="End of the title.")
    event_date_start_char: int | None = Field(
        default=None, ge=0, description="Evidence of the event date (event_date_text)."
    )
    event_date_end_char: int | None = Field(default=None, ge=0, description="End of the date.")
    venue_start_char: int | None = Field(default=None, ge=0, description="Evidence of the venue.")
    venue_end_char: int | None = Field(default=None, ge=0, description="End of the venue.")
    city_start_char: int | None = Field(default=None, ge=0, description="Evidence of the city.")
    city_end_char: int | None = Field(default=None, ge=0, description="End of the city.")
    organizer_start_chars: list[int] = Field(
        default_factory=list, description="Start of each organizer, in the same order."
    )
    organizer_end_chars: list[int] = Field(
        default_factory=list, description="End of each organizer, in the same order."
    )
    attendance_start_char: int | None = Field(
        default=None, ge=0, description="Evidence of the attendance ('More than 300 people')."
    )
    attendance_end_char: int | None = Field(default=None, ge=0, description="End of it.")
    content_type: str = Field(default="text", description="Format of the raw file.")
    encoding: str = Field(default="utf-8", description="Encoding the text was decoded with.")
    n_chars: int = Field(default=0, ge=0, description="Length of the decoded text.")
    pipeline_version: str = Field(description="pko-extract version that extracted the row.")
    model_name: str = Field(description="spaCy pipeline used.")
    gazetteer_version: str = Field(default="", description="Mission gazetteer version used.")
    extracted_at: datetime = Field(description="When the report was extracted (UTC).")

    @field_validator("source_uri", "source_name")
    @classmethod
    def _writable(cls, value: str) -> str:
        """A file name that is not valid UTF-8 is kept with backslash escapes."""
        return safe_text(value)


class AgendaItemRecord(_Evidence):
    """One row per part of the event's program, in program order."""

    report_id: str = Field(description="Report the item belongs to.")
    item_id: str = Field(description="Deterministic id of the item within the report.")
    seq: int = Field(ge=1, description="1-based program order.")
    kind: AgendaKind = Field(description="Kind of agenda item.")
    label: str | None = Field(default=None, description='Label as written, e.g. "Session 2".')
    title: str | None = Field(default=None, description="Title of the item as written.")
    method: Method = Field(default="rule", description="How the item was found.")


class PersonRecord(_Evidence):
    """One row per distinct person in a report.

    ``start_char``/``end_char`` locate ``raw_name``: the first mention with the fullest form
    of the name (a short form such as "Mr. Rao" before "Lt. Gen. Dev Rao" is not used).
    """

    report_id: str = Field(description="Report the person was found in.")
    person_id: str = Field(description="Deterministic id of the person within the report.")
    person_key: str = Field(
        description="Key of the person across reports (normalised, order-insensitive name)."
    )
    name: str = Field(min_length=2, description="Display name, normal capitalisation.")
    raw_name: str = Field(description="The fullest form of the name, as first written.")
    honorific: str | None = Field(default=None, description='Honorific or rank, e.g. "Prof.".')
    given_name: str | None = Field(default=None, description="Given name(s).")
    family_name: str | None = Field(default=None, description="Family name.")
    positions: list[str] = Field(default_factory=list, description="Positions as written.")
    organizations: list[str] = Field(default_factory=list, description="Affiliations.")
    roles: list[Role] = Field(default_factory=list, description="What the person did.")
    n_mentions: int = Field(default=1, ge=1, description="How many times the person is named.")
    method: Method = Field(default="rule", description="How the person was found.")

    @field_validator("name")
    @classmethod
    def _has_letters(cls, value: str) -> str:
        if not any(ch.isalpha() for ch in value):
            raise ValueError(f"name {value!r} has no letters")
        return value


class ParticipationRecord(_Evidence):
    """Who did what in which agenda item (item_id is null for event-level roles)."""

    report_id: str = Field(description="Report.")
    person_id: str = Field(description="Person (people.person_id).")
    item_id: str | None = Field(default=None, description="Agenda item (agenda_items.item_id).")
    role: Role = Field(description="Role of the person in the item.")


class ParticipantRecord(_Evidence):
    """One row per person, role and agenda item of a report: the flat table for analysis.

    ``positions[i]`` and ``organizations[i]`` are one pair (an empty string where the pair
    lacks a side); ``start_char``/``end_char`` locate the mention of the role, or the name
    when the person has no role.
    """

    report_id: str = Field(description="Report.")
    source_name: str = Field(description="File name of the report (reports.source_name).")
    event_title: str | None = Field(default=None, description="Title of the event.")
    event_date: date | None = Field(default=None, description="Date of the event (first day).")
    person_id: str = Field(description="Person in the report (people.person_id).")
    person_key: str = Field(
        description="Key of the person across reports: case-, accent-, order- and "
        "honorific-insensitive, initials and known spelling variants merged; equals "
        "people.person_key unless the name has an initial or such a variant."
    )
    name: str = Field(min_length=2, description="Display name (people.name).")
    honorific: str | None = Field(default=None, description='Honorific or rank, e.g. "Prof.".')
    positions: list[str] = Field(
        default_factory=list, description="Position of each position/organisation pair."
    )
    organizations: list[str] = Field(
        default_factory=list, description="Organisation of each pair, as written."
    )
    organizations_canonical: list[str] = Field(
        default_factory=list,
        description="Organisation of each pair in canonical form ('UN' -> 'United Nations').",
    )
    role: Role | None = Field(default=None, description="Role; null when the person has none.")
    item_id: str | None = Field(default=None, description="Agenda item (agenda_items.item_id).")
    agenda_item: str | None = Field(
        default=None, description="Title of the agenda item (its label when untitled)."
    )
    mission_acronym: str | None = Field(
        default=None,
        description="Mission the person serves in, when a position names it (by acronym, "
        "name, or a mission post and a place at the event date): missions.acronym.",
    )
    mission_position: str | None = Field(
        default=None, description="The position (or organisation) that names the mission."
    )

    @model_validator(mode="after")
    def _paired(self) -> ParticipantRecord:
        sizes = {len(self.positions), len(self.organizations), len(self.organizations_canonical)}
        if len(sizes) != 1:
            raise ValueError(
                "positions, organizations and organizations_canonical must have one entry "
                f"per pair (lengths {len(self.positions)}, {len(self.organizations)}, "
                f"{len(self.organizations_canonical)})"
            )
        return self


class MissionMentionRecord(_Evidence):
    """A peace operation cited in the report, linked to the gazetteer where possible."""

    report_id: str = Field(description="Report.")
    mention_id: str = Field(description="Deterministic id of the mention.")
    mention: str = Field(min_length=1, description="The citing text as written.")
    mission_acronym: str | None = Field(default=None, description="Linked mission, or null.")
    mission_kind: MissionKind = Field(default="UNKNOWN", description="Kind of the mission.")
    explicit: bool = Field(description="Named explicitly (true) or inferred from a place.")
    confidence: float = Field(ge=0.0, le=1.0, description="Confidence of the link.")
    rule: str = Field(default="", description="Rule or cue that produced the link.")
    cue: str | None = Field(default=None, description="Context word that licensed an inference.")
    sentence: str = Field(default="", description="Sentence the mention occurs in.")
    candidates: list[str] = Field(default_factory=list, description="Missions considered.")
    method: Method = Field(default="gazetteer", description="How the mention was found.")


class RejectRecord(_Record):
    """A file or record that was not used, and why."""

    source_uri: str = Field(description="File concerned.")
    report_id: str | None = Field(default=None, description="Report, when the file was read.")
    stage: str = Field(description="Stage that rejected it (ingest, validate, extract, ...).")
    error_type: str = Field(description="Exception or error class.")
    message: str = Field(description="What was wrong and how to fix it.")
    table: str | None = Field(default=None, description="Table a rejected record belonged to.")
    record: str | None = Field(default=None, description="The rejected record as JSON.")
    rejected_at: datetime | None = Field(default=None, description="When (UTC).")

    @field_validator("source_uri", "message", "record")
    @classmethod
    def _writable(cls, value: str | None) -> str | None:
        """A path that is not valid UTF-8 is named with backslash escapes (one bad file name
        must not make the whole commit unwritable)."""
        return None if value is None else safe_text(value)


class MissionRecord(_Record):
    """One row per peace operation of the gazetteer (the ``missions`` table)."""

    acronym: str = Field(min_length=2, description="Acronym (key of mission_mentions).")
    name: str = Field(description="Full English name.")
    kind: MissionKind = Field(description="UN_PKO, UN_SPM, REGIONAL or UNKNOWN.")
    lead_organization: str = Field(description="UN, AU, ECOWAS, EU, NATO, ...")
    countries: list[str] = Field(default_factory=list, description="Countries and territories.")
    start_date: date | None = Field(
        default=None, description="Start (first of month if only year/month known)."
    )
    end_date: date | None = Field(
        default=None,
        description="Last day of the stated end period (2012-08-31 for an end in 2012-08); "
        "null while running.",
    )
    predecessor: list[str] = Field(default_factory=list, description="Acronyms of predecessors.")
    successor: list[str] = Field(default_factory=list, description="Acronyms of successors.")
    gazetteer_version: str = Field(default="", description="Gazetteer version of the row.")


class RunRecord(_Record):
    """One row per pipeline run (the ``runs`` table)."""

    run_id: str = Field(description="Id of the run.")
    started_at: datetime = Field(description="Start (UTC).")
    finished_at: datetime | None = Field(default=None, description="End (UTC).")
    n_new: int = Field(default=0, ge=0, description="Reports seen for the first time.")
    n_changed: int = Field(
        default=0, ge=0, description="Reports re-extracted (content or versions changed)."
    )
    n_unchanged: int = Field(default=0, ge=0, description="Reports skipped as unchanged.")
    n_failed: int = Field(default=0, ge=0, description="Files that could not be processed.")
    n_removed: int = Field(
        default=0, ge=0, description="Reports dropped because their file is gone."
    )
    pipeline_version: str = Field(description="pko-extract version.")
    model_name: str = Field(description="spaCy pipeline.")
    gazetteer_version: str = Field(default="", description="Mission gazetteer version.")
    status: str = Field(default="completed", description="completed or failed.")
    forced: bool | None = Field(
        default=False,
        description="True for `run --force`: every report re-extracted whatever the output "
        "held (counted in n_changed); null in rows written before schema 1.3.",
    )


TABLE_MODELS: dict[str, type[BaseModel]] = {
    "reports": ReportRecord,
    "agenda_items": AgendaItemRecord,
    "people": PersonRecord,
    "participations": ParticipationRecord,
    "mission_mentions": MissionMentionRecord,
    "participants": ParticipantRecord,
    "rejects": RejectRecord,
    "missions": MissionRecord,
    "runs": RunRecord,
}


@dataclass
class Extraction:
    """Everything extracted from one report, validated, ready to store."""

    report: ReportRecord
    agenda_items: list[AgendaItemRecord] = field(default_factory=list)
    people: list[PersonRecord] = field(default_factory=list)
    participations: list[ParticipationRecord] = field(default_factory=list)
    mission_mentions: list[MissionMentionRecord] = field(default_factory=list)
    rejects: list[RejectRecord] = field(default_factory=list)
    participants: list[ParticipantRecord] = field(default_factory=list)

    def tables(self) -> dict[str, list[BaseModel]]:
        """The records of this report by table name."""
        return {
            "reports": [self.report],
            "agenda_items": list(self.agenda_items),
            "people": list(self.people),
            "participations": list(self.participations),
            "mission_mentions": list(self.mission_mentions),
            "participants": list(self.participants),
            "rejects": list(self.rejects),
        }
