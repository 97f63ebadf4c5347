"""The closed vocabularies of the schema (agenda kinds, roles, mission kinds, block kinds).

A leaf module: the rule loaders (``resources``) and the records both use it, so neither
needs the other.
"""

from __future__ import annotations

from typing import Literal

AgendaKind = Literal[
    "opening_remarks",
    "keynote",
    "session",
    "panel",
    "report",
    "address",
    "closing_remarks",
    "other",
]
AGENDA_KINDS: tuple[str, ...] = AgendaKind.__args__  # type: ignore[attr-defined]

Role = Literal[
    "opening_remarks",
    "keynote_speaker",
    "speaker",
    "presenter",
    "commentator",
    "panelist",
    "moderator",
    "chair",
    "closing_remarks",
    "participant",
    "mentioned",
]
ROLES: tuple[str, ...] = Role.__args__  # type: ignore[attr-defined]

MissionKind = Literal["UN_PKO", "UN_SPM", "REGIONAL", "UNKNOWN"]
MISSION_KINDS: tuple[str, ...] = MissionKind.__args__  # type: ignore[attr-defined]

Method = Literal["rule", "model", "gazetteer"]

BlockKind = Literal[
    "heading",
    "field",
    "list_item",
    "table_row",
    "timetable_row",
    "paragraph",
    "caption",
    "byline",
    "dateline",
    "boilerplate",
]
BLOCK_KINDS: tuple[str, ...] = BlockKind.__args__  # type: ignore[attr-defined]
