"""Internal stage types: what flows between ingest, recognize, the parse stages and link.

Plain dataclasses, never written out directly (``extract`` turns them into the Pydantic
records of :mod:`pko_extract.models.records`). Every value keeps its character offsets into
``Document.text``.

    ingest     -> Document
    recognize  -> Recognized (spans of the statistical NER and the rule patterns)
    people     -> Mention, PersonDraft
    agenda     -> ItemDraft, AgendaResult
    event      -> EventInfo
    link       -> LinkedMention
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from pko_extract.names import display_name, name_tokens


@dataclass(frozen=True, slots=True)
class Document:
    """One ingested report: the exact decoded text and where it came from.

    Attributes:
        report_id: sha256 hex digest of the raw bytes (stable across runs and machines).
        source_uri: absolute ``file://`` URI of the file.
        source_name: the file name.
        text: the decoded text; all offsets in the pipeline index into it.
        encoding: the encoding the bytes were decoded with.
        content_type: ``text``, ``html`` or ``pdf`` (the format of the raw bytes).
        size_bytes: size of the raw file.
        layout_hints: structure the source format states (HTML headings, list items, table
            rows, captions, navigation): ``(start, end, kind)`` spans of ``text`` with a
            block kind of :data:`~pko_extract.models.records.BLOCK_KINDS`; the segment
            stage prefers them to guessing.
    """

    report_id: str
    source_uri: str
    source_name: str
    text: str
    encoding: str = "utf-8"
    content_type: str = "text"
    size_bytes: int = 0
    layout_hints: tuple[tuple[int, int, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of the report text with a label and how it was found."""

    start: int
    end: int
    text: str
    label: str = ""
    method: str = "rule"


@dataclass(frozen=True)
class Recognized:
    """What the recognize stage found in one report (character offsets into the text)."""

    persons: tuple[Span, ...] = ()
    orgs: tuple[Span, ...] = ()
    places: tuple[Span, ...] = ()
    dates: tuple[Span, ...] = ()
    honorifics: tuple[Span, ...] = ()
    positions: tuple[Span, ...] = ()
    role_labels: tuple[Span, ...] = ()
    agenda_labels: tuple[Span, ...] = ()


@dataclass(eq=False)
class Mention:
    """One occurrence of a person's name with what surrounds it.

    Attributes:
        start, end: the name as written (without the honorific).
        raw: ``text[start:end]``.
        honorific, honorific_start: the honorific or rank before the name, if any.
        positions, organizations: appositions read around the name.
        method: ``rule`` or ``model`` (statistical NER).
        evidence: the strategy that found the mention (``honorific``, ``program_line``...).
    """

    start: int
    end: int
    raw: str
    honorific: str | None = None
    honorific_start: int | None = None
    positions: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    method: str = "rule"
    evidence: str = ""

    @property
    def anchor(self) -> int:
        """Start of the mention including its honorific."""
        return self.honorific_start if self.honorific_start is not None else self.start


@dataclass(eq=False)
class PersonDraft:
    """A person: all the mentions that refer to them, and what they did."""

    mentions: list[Mention]
    roles: list[str] = field(default_factory=list)

    @property
    def first(self) -> Mention:
        return self.mentions[0]

    @property
    def best(self) -> Mention:
        """The first of the longest mentions: the fullest form of the name."""
        longest = max(len(name_tokens(m.raw)) for m in self.mentions)
        return next(m for m in self.mentions if len(name_tokens(m.raw)) == longest)

    @property
    def name(self) -> str:
        return display_name(self.best.raw)

    @property
    def honorific(self) -> str | None:
        return next((m.honorific for m in self.mentions if m.honorific), None)

    def _collect(self, attr: str) -> list[str]:
        out: list[str] = []
        seen: set[str] = set()
        for m in self.mentions:
            for v in getattr(m, attr):
                k = v.casefold()
                if k not in seen:
                    seen.add(k)
                    out.append(v)
        return out

    @property
    def positions(self) -> list[str]:
        return self._collect("positions")

    @property
    def organizations(self) -> list[str]:
        return self._collect("organizations")

    def add_role(self, role: str) -> None:
        if role not in self.roles:
            self.roles.append(role)


@dataclass(eq=False)
class ItemDraft:
    """An agenda item being assembled.

    Attributes:
        kind, label, title: as in the agenda_items table.
        start, end: the evidence of the item.
        members: (person, role, offset of the mention) of the people taking part.
        from_program: read from the program layout (True) or from running text.
        section: a minutes heading's section, or the sentences right under a header line;
            people the running text gives a speaking role inside it take part.
        attended: running text names the part only as one that someone attended ("X sat in
            on a panel discussion"): an item though none of its people is named.
    """

    kind: str
    label: str | None
    title: str | None
    start: int
    end: int
    method: str = "rule"
    members: list[tuple[PersonDraft, str, int]] = field(default_factory=list)
    from_program: bool = True
    section: tuple[int, int] | None = None
    attended: bool = False

    def add(self, person: PersonDraft, role: str, pos: int) -> None:
        if not any(p is person and r == role for p, r, _ in self.members):
            self.members.append((person, role, pos))


#: A role found for a person: (person, role, offset of the mention, item or None).
RoleClaim = tuple[PersonDraft, str, int, "ItemDraft | None"]


@dataclass
class AgendaResult:
    """Agenda items and every role claim, from one source (program, prose) or merged, and
    the people the text says someone represented, each with the representative if named."""

    items: list[ItemDraft]
    roles: list[RoleClaim]
    absences: list[tuple[PersonDraft, PersonDraft | None]] = field(default_factory=list)


@dataclass
class EventInfo:
    """Event metadata with evidence spans."""

    title: Span | None = None
    date: date | None = None
    date_span: Span | None = None
    date_precision: str | None = None
    venue: Span | None = None
    city: Span | None = None
    organizers: list[Span] = field(default_factory=list)
    attendance: int | None = None
    attendance_span: Span | None = None


@dataclass(frozen=True)
class LinkedMention:
    """A citing string of a peace operation and the mission it was linked to."""

    start: int
    end: int
    mention: str
    acronym: str | None
    kind: str
    explicit: bool
    confidence: float
    rule: str
    cue: str | None
    sentence: str
    candidates: tuple[str, ...]
