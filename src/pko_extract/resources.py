"""Bundled rule data (honorifics, role labels, agenda labels, role cues, position and org words).

Each file under ``pko_extract/data`` is validated by a Pydantic model when loaded; a bad line
raises :class:`~pko_extract.errors.ResourceError` naming the file, the line and the field.
The loaded bundle is immutable and cached per process (``default_rules()``); callers that want
other rules build a :class:`Rules` from their own folder with :func:`load_rules`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from pko_extract import patterns as P
from pko_extract.errors import ResourceError
from pko_extract.vocab import AgendaKind, Role

DATA_DIR = Path(__file__).parent / "data"


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    text: str

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip() or value != value.strip():
            raise ValueError("must be non-empty and without surrounding spaces")
        return value


class Honorific(_Entry):
    """An honorific, courtesy title or military rank written before a name."""

    kind: str


class RoleLabel(_Entry):
    """A program label such as "Moderator:" and the role it gives."""

    role: Role


class AgendaLabel(_Entry):
    """A program heading such as "Opening Remarks" and the agenda kind and role it implies."""

    kind: AgendaKind
    role: Role


class RoleCue(_Entry):
    """A phrase in running text that tells what a nearby person did.

    ``requires``: a word that must follow the cue within 80 characters. ``acted_on`` and
    ``acted_on_role``: words ("report|item|draft") whose mention earlier in the sentence
    makes the cue give ``acted_on_role`` instead ("The draft report was introduced by X":
    a presenter; "The speaker was introduced by X": a speaker); ``acted_on_kind``: the
    agenda kind the cue then makes ("A panel on X brought together A and B": a panel).
    """

    role: Role
    agenda_kind: AgendaKind | None = None
    requires: str | None = None
    acted_on: str | None = None
    acted_on_role: Role | None = None
    acted_on_kind: AgendaKind | None = None


class FieldLabel(_Entry):
    """A "Label: value" line that states an event field ("Venue: ...")."""

    field: Literal["title", "date", "venue", "organizer"]


class AsideLabel(_Entry):
    """The opening words of a page part that is not about the event ("Upcoming events", a
    "Last updated" footer): ``block`` for a heading over teasers, ``line`` for one line."""

    extent: Literal["block", "line"]


class NameParticle(_Entry):
    """A lower-case particle inside a name; ``core`` ones also pass the name check."""

    core: bool = False


class PostNominal(_Entry):
    """Letters written after a name ("ndc", "psc", "OBE"); a ``marker`` is unambiguous alone."""

    marker: bool = False


class OrgStructureWord(_Entry):
    """A word that divides an apposition: the head of a unit inside a body ("Section"), of a
    line of work ("Operations"), a word opening an office ("Senior"), a word opening a
    place or time ("at"), an office that stands apart from the body after its "of"
    ("Director"), a military formation that an office keeps ("Battalion"), a unit that
    names an area ("Sector") or a lower-case word of a body's name in another language
    ("per" of "Istituto per gli Studi di Pace")."""

    kind: Literal[
        "unit", "field", "modifier", "setting", "lone_title", "formation", "area", "particle"
    ]


class ColumnLabel(_Entry):
    """The header of a table column that gives the people of its rows a position or an
    organisation ("Title / Function", "Organisation"; compared without case, also by its
    "/" parts)."""

    column: Literal["position", "organization"]


E = TypeVar("E", bound=_Entry)


def _read_jsonl(path: Path, model: type[E]) -> tuple[E, ...]:
    if not path.is_file():
        raise ResourceError(f"{path}: rule file is missing; reinstall pko-extract")
    entries: list[E] = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            entries.append(model.model_validate(json.loads(line)))
        except json.JSONDecodeError as exc:
            raise ResourceError(f"{path}:{lineno}: not valid JSON ({exc.msg})") from exc
        except ValidationError as exc:
            err = exc.errors()[0]
            field = ".".join(str(p) for p in err["loc"]) or "(line)"
            raise ResourceError(f"{path}:{lineno}: field {field!r}: {err['msg']}") from exc
    return tuple(entries)


def _read_words(path: Path) -> tuple[str, ...]:
    if not path.is_file():
        raise ResourceError(f"{path}: word list is missing; reinstall pko-extract")
    words = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        word = line.strip()
        if not word or word.startswith("#"):
            continue
        if line != line.rstrip() or line != line.lstrip():
            raise ResourceError(f"{path}:{lineno}: remove the spaces around {word!r}")
        words.append(word)
    return tuple(words)


@dataclass(frozen=True)
class Rules:
    """All rule data used by recognize/parse."""

    honorifics: tuple[Honorific, ...]
    role_labels: tuple[RoleLabel, ...]
    agenda_labels: tuple[AgendaLabel, ...]
    role_cues: tuple[RoleCue, ...]
    position_words: tuple[str, ...]
    org_words: tuple[str, ...]
    not_name_words: tuple[str, ...] = ()
    name_neighbours: tuple[str, ...] = ()
    non_agenda_words: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()
    boilerplate: tuple[str, ...] = ()
    event_nouns: tuple[str, ...] = ()
    name_particles: tuple[NameParticle, ...] = ()
    connectors: tuple[str, ...] = ()
    field_labels: tuple[FieldLabel, ...] = ()
    headline_verbs: tuple[str, ...] = ()
    org_structure: tuple[OrgStructureWord, ...] = ()
    column_labels: tuple[ColumnLabel, ...] = ()
    aside_labels: tuple[AsideLabel, ...] = ()
    online_venues: tuple[str, ...] = ()
    not_venue_verbs: tuple[str, ...] = ()
    romance_words: tuple[str, ...] = ()
    country_codes: tuple[str, ...] = ()
    post_nominals: tuple[PostNominal, ...] = ()

    def __hash__(self) -> int:
        """The hash of the fields, as the dataclass would give, computed once: the stages
        look their lexicon up by the rule set, and hashing every entry of it each time cost
        a sixth of the rule stages' CPU."""
        return self._hash

    @cached_property
    def _hash(self) -> int:
        return hash(tuple(getattr(self, f.name) for f in fields(self)))

    @cached_property
    def _agenda_by_text(self) -> dict[str, AgendaLabel]:
        return _by_text(self.agenda_labels)

    @cached_property
    def _role_by_text(self) -> dict[str, RoleLabel]:
        return _by_text(self.role_labels)

    @cached_property
    def _field_by_text(self) -> dict[str, FieldLabel]:
        return _by_text(self.field_labels)

    def field_keys(self, field: str) -> tuple[str, ...]:
        """The folded labels of an event field ("venue" -> venue, place, location, where)."""
        return tuple(f.text.casefold() for f in self.field_labels if f.field == field)

    def agenda_label(self, text: str) -> AgendaLabel | None:
        """The agenda label matching ``text`` case-insensitively, if any."""
        return _lookup(self._agenda_by_text, text)

    def role_label(self, text: str) -> RoleLabel | None:
        """The role label matching ``text`` case-insensitively, if any; a role label after
        the name of a part of the programme counts as that role ("Session chair", "Q&A
        moderator", "Panel Discussant": the part is an agenda label)."""
        found = _lookup(self._role_by_text, text)
        lead = P.LABEL_LEAD_WORDS.match(text)
        if found is None and lead:  # "Our speakers", "Meet the panelists"
            found = _lookup(self._role_by_text, text[lead.end() :])
        head, _, last = " ".join(text.split()).rpartition(" ")
        if found is None and head and "/" not in text and _lookup(self._agenda_by_text, head):
            return _lookup(self._role_by_text, last)
        return found

    def field_label(self, text: str) -> FieldLabel | None:
        """The event field label matching ``text`` case-insensitively ("Venue", "Lieu /
        Venue"), if any."""
        return _lookup(self._field_by_text, text)


def _by_text(entries: tuple[E, ...]) -> dict[str, E]:
    """Entries by their folded text; the first of two with the same text wins."""
    out: dict[str, E] = {}
    for e in entries:
        out.setdefault(e.text.casefold(), e)
    return out


def _lookup(by_text: dict[str, E], text: str) -> E | None:
    """The entry for ``text``, or for one of its "/" parts ("Modérateur / Moderator")."""
    key = " ".join(text.split()).casefold()
    keys = [key] + [part.strip() for part in key.split("/") if part.strip()]
    for k in keys:
        found = by_text.get(k)
        if found is not None:
            return found
    return None


def _with_groups(
    cues: tuple[RoleCue, ...],
    groups: tuple[RoleCue, ...],
    verbs: tuple[str, ...],
    acts: tuple[RoleCue, ...] = (),
    act_verbs: tuple[str, ...] = (),
) -> tuple[RoleCue, ...]:
    """The role cues of the file, then one per group noun and membership verb ("panel" +
    "was made up of" -> "panel was made up of", a panelist cue) and one per act noun and
    passive verb ("briefings" + "were given by"), unless the file has it."""
    texts = {c.text.casefold() for c in cues}
    pairs = [(g, v) for g in groups for v in verbs] + [(a, v) for a in acts for v in act_verbs]
    made = [
        RoleCue(text=f"{g.text} {v}", role=g.role, agenda_kind=g.agenda_kind)
        for g, v in pairs
        if f"{g.text} {v}".casefold() not in texts
    ]
    return cues + tuple(made)


def load_rules(data_dir: Path = DATA_DIR) -> Rules:
    """Load and validate the rule files of ``data_dir``."""
    return Rules(
        honorifics=_read_jsonl(data_dir / "honorifics.jsonl", Honorific),
        role_labels=_read_jsonl(data_dir / "role_labels.jsonl", RoleLabel),
        agenda_labels=_read_jsonl(data_dir / "agenda_labels.jsonl", AgendaLabel),
        role_cues=_with_groups(
            _read_jsonl(data_dir / "role_cues.jsonl", RoleCue),
            _read_jsonl(data_dir / "role_groups.jsonl", RoleCue),
            _read_words(data_dir / "membership_verbs.txt"),
            _read_jsonl(data_dir / "role_acts.jsonl", RoleCue),
            _read_words(data_dir / "act_verbs.txt"),
        ),
        position_words=_read_words(data_dir / "position_words.txt"),
        org_words=_read_words(data_dir / "org_words.txt"),
        not_name_words=_read_words(data_dir / "not_name_words.txt"),
        name_neighbours=_read_words(data_dir / "name_neighbours.txt"),
        non_agenda_words=_read_words(data_dir / "non_agenda_words.txt"),
        abbreviations=_read_words(data_dir / "abbreviations.txt"),
        boilerplate=_read_words(data_dir / "boilerplate.txt"),
        event_nouns=_read_words(data_dir / "event_nouns.txt"),
        name_particles=_read_jsonl(data_dir / "name_particles.jsonl", NameParticle),
        connectors=_read_words(data_dir / "connectors.txt"),
        field_labels=_read_jsonl(data_dir / "field_labels.jsonl", FieldLabel),
        headline_verbs=_read_words(data_dir / "headline_verbs.txt"),
        org_structure=_read_jsonl(data_dir / "org_structure.jsonl", OrgStructureWord),
        column_labels=_read_jsonl(data_dir / "column_labels.jsonl", ColumnLabel),
        aside_labels=_read_jsonl(data_dir / "aside_labels.jsonl", AsideLabel),
        online_venues=_read_words(data_dir / "online_venues.txt"),
        not_venue_verbs=_read_words(data_dir / "not_venue_verbs.txt"),
        romance_words=_read_words(data_dir / "romance_words.txt"),
        country_codes=_read_words(data_dir / "country_codes.txt"),
        post_nominals=_read_jsonl(data_dir / "post_nominals.jsonl", PostNominal),
    )


@lru_cache(maxsize=1)
def default_rules() -> Rules:
    """The packaged rules (loaded once per process)."""
    return load_rules()
