"""Highlights of the review pages: every extracted value of one report at its offsets.

Contract: :func:`report_highlights` turns the committed records of one report into
:class:`Highlight`\\ s (offsets into the report text, the table, key and field of the record,
the value the record holds), and :func:`nest` turns the text and its highlights into a flat
list of :class:`Part`\\ s (open / text / close) that the page template writes as properly
nested ``<mark>`` elements. Pure: no I/O, no HTML (escaping is the template's job).

Why nesting by splitting: highlights overlap (an organisation inside a person's apposition
line, a mission acronym inside an agenda title), and HTML elements cannot cross. A highlight
that crosses another is written as several pieces with the same ``data-span``; the text of
its pieces, in order, is the highlighted text (the browser test joins them).

Positions and organisations have no offsets in the ``people`` table (two unpaired lists of
strings as written), so they are located by search: the occurrence nearest after the
person's name, within :data:`LOCATE_WINDOW` characters, else before it, else the first in
the text; a value not in the text is listed in the side table as not located.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from pko_extract.models import (
    AgendaItemRecord,
    MissionMentionRecord,
    PersonRecord,
    ReportRecord,
)

__all__ = [
    "LOCATE_WINDOW",
    "LOW_CONFIDENCE",
    "Highlight",
    "Part",
    "locate",
    "mission_flag",
    "nest",
    "report_highlights",
]

#: A mission link below this confidence is flagged for review (docs/MISSIONS.md: ambiguous
#: acronyms, several active missions, a post that had ended, an undated inference...).
LOW_CONFIDENCE = 0.6
#: How far from a person's name a position or organisation is looked for first.
LOCATE_WINDOW = 400
#: Event fields of the ``reports`` row with their own offsets: field -> (prefix of its
#: offset columns, css kind).
EVENT_FIELDS = {
    "title": ("title", "title"),
    "event_date_text": ("event_date", "date"),
    "venue": ("venue", "venue"),
    "city": ("city", "city"),
    "attendance": ("attendance", "attendance"),
}


@dataclass(frozen=True)
class Highlight:
    """One extracted value at its offsets, and the record it comes from."""

    start: int
    end: int
    kind: str  # css class: person, position, organization, mission, agenda, title, date...
    table: str  # reports, people, agenda_items, mission_mentions
    key: str  # the record's id within the report (person_id, item_id, mention_id, field)
    field: str  # the record's column the value comes from (raw_name, mention, positions...)
    value: str  # the record's value, as the side table shows it
    note: str = ""  # the tooltip: role, acronym and confidence, how it was located
    flag: str = ""  # why a reviewer should look (unlinked or low-confidence mission)
    number: int = 0  # position in the page; the anchor is ``h<number>``

    @property
    def anchor(self) -> str:
        return f"h{self.number}"


@dataclass(frozen=True)
class Part:
    """A piece of the page body: ``open`` or ``close`` a highlight, or ``text``."""

    kind: str
    text: str = ""
    highlight: Highlight | None = None
    first: bool = False  # the highlight's first piece (it carries the anchor id)


def mission_flag(mention: MissionMentionRecord) -> str:
    """Why a mission mention needs review: unlinked, or linked with low confidence."""
    if mention.mission_acronym is None:
        return "unlinked"
    if mention.confidence < LOW_CONFIDENCE:
        return f"low confidence {mention.confidence:.2f}"
    return ""


def locate(text: str, value: str, near: int, window: int = LOCATE_WINDOW) -> int | None:
    """Where ``value`` is written: nearest after ``near`` (within ``window``), else before
    it, else its first occurrence; None when the text does not hold it."""
    if not value:
        return None
    after = text.find(value, near, near + window + len(value))
    if after >= 0:
        return after
    before = text.rfind(value, max(0, near - window), near + len(value))
    if before >= 0:
        return before
    first = text.find(value)
    return first if first >= 0 else None


def _event_highlights(report: ReportRecord) -> list[Highlight]:
    out: list[Highlight] = []
    for field, (prefix, kind) in EVENT_FIELDS.items():
        start = getattr(report, f"{prefix}_start_char")
        end = getattr(report, f"{prefix}_end_char")
        value = getattr(report, field)
        if start is None or end is None or value is None:
            continue
        out.append(Highlight(start, end, kind, "reports", field, field, str(value), kind))
    starts, ends = report.organizer_start_chars, report.organizer_end_chars
    spans = zip(report.organizers, starts, ends, strict=False)
    for n, (name, start, end) in enumerate(spans):
        key = f"organizers.{n}"
        out.append(Highlight(start, end, "organizer", "reports", key, "organizers", name))
    return out


def _people_highlights(text: str, people: Sequence[PersonRecord]) -> list[Highlight]:
    out: list[Highlight] = []
    for person in people:
        roles = ", ".join(person.roles) or "no role"
        role = person.roles[0] if person.roles else "none"
        out.append(
            Highlight(
                person.start_char,
                person.end_char,
                f"person role-{role}",
                "people",
                person.person_id,
                "raw_name",
                person.raw_name,
                f"{person.name}: {roles}",
            )
        )
        for field, kind, values in (
            ("positions", "position", person.positions),
            ("organizations", "organization", person.organizations),
        ):
            for value in values:
                at = locate(text, value, person.end_char)
                if at is not None:
                    note = f"{kind} of {person.name} (located by search)"
                    end = at + len(value)
                    out.append(
                        Highlight(at, end, kind, "people", person.person_id, field, value, note)
                    )
    return out


def _agenda_highlights(text: str, items: Sequence[AgendaItemRecord]) -> list[Highlight]:
    """An item's evidence, and inside it its label and title where they are written."""
    out: list[Highlight] = []
    for item in items:
        shown = item.title or item.label or item.kind
        note = f"agenda item {item.seq} ({item.kind})"
        out.append(
            Highlight(
                item.start_char,
                item.end_char,
                "agenda",
                "agenda_items",
                item.item_id,
                "evidence",
                shown,
                note,
            )
        )
        for field, value in (("label", item.label), ("title", item.title)):
            if not value:
                continue
            at = text.find(value, item.start_char, item.end_char)
            if at >= 0:
                out.append(
                    Highlight(
                        at,
                        at + len(value),
                        f"agenda-{field}",
                        "agenda_items",
                        item.item_id,
                        field,
                        value,
                        f"{field} of {note}",
                    )
                )
    return out


def _mission_highlights(mentions: Sequence[MissionMentionRecord]) -> list[Highlight]:
    out: list[Highlight] = []
    for m in mentions:
        flag = mission_flag(m)
        linked = m.mission_acronym or "not linked"
        note = f"{linked} ({m.mission_kind}), confidence {m.confidence:.2f}, rule {m.rule}"
        kind = "mission flagged" if flag else "mission"
        out.append(
            Highlight(
                m.start_char,
                m.end_char,
                kind,
                "mission_mentions",
                m.mention_id,
                "mention",
                m.mention,
                note,
                flag,
            )
        )
    return out


def report_highlights(
    text: str,
    report: ReportRecord,
    people: Sequence[PersonRecord],
    items: Sequence[AgendaItemRecord],
    mentions: Sequence[MissionMentionRecord],
) -> list[Highlight]:
    """Every value of one report that the text holds, numbered in text order.

    Offsets outside the text (a record that does not belong to it) are dropped, so a page
    never shows a highlight over the wrong characters.
    """
    found = [
        *_event_highlights(report),
        *_people_highlights(text, people),
        *_agenda_highlights(text, items),
        *_mission_highlights(mentions),
    ]
    kept = [h for h in found if 0 <= h.start < h.end <= len(text)]
    kept.sort(key=lambda h: (h.start, -h.end))
    return [replace(h, number=n) for n, h in enumerate(kept, 1)]


def nest(text: str, highlights: Sequence[Highlight]) -> list[Part]:
    """The text with its highlights as properly nested open/text/close parts.

    A sweep over the boundaries: in each stretch of text the open highlights are ordered by
    (start, longest first), so an enclosing highlight is always outside; where the order of
    two changes, the inner ones are closed and opened again (another piece).
    """
    starts: dict[int, list[Highlight]] = defaultdict(list)
    ends: dict[int, list[Highlight]] = defaultdict(list)
    for h in highlights:
        starts[h.start].append(h)
        ends[h.end].append(h)
    bounds = sorted({0, len(text), *starts, *ends})
    active: set[int] = set()
    by_number = {h.number: h for h in highlights}
    stack: list[Highlight] = []
    seen: set[int] = set()
    parts: list[Part] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        active -= {h.number for h in ends.get(a, ())}
        active |= {h.number for h in starts.get(a, ())}
        wanted = sorted((by_number[n] for n in active), key=lambda h: (h.start, -h.end, h.number))
        keep = 0
        while keep < min(len(stack), len(wanted)) and stack[keep] is wanted[keep]:
            keep += 1
        parts.extend(Part("close", highlight=h) for h in reversed(stack[keep:]))
        for h in wanted[keep:]:
            parts.append(Part("open", highlight=h, first=h.number not in seen))
            seen.add(h.number)
        stack = wanted
        parts.append(Part("text", text[a:b]))
    parts.extend(Part("close", highlight=h) for h in reversed(stack))
    return parts
