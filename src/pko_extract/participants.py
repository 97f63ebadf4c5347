"""The flat ``participants`` table: one row per person, role and agenda item of a report.

Why: the normalised tables (people, participations, agenda_items, reports) answer every
question, but an analyst's first questions ("who spoke most often across reports", "which
organisations took part in each event") then need three joins and a way to count one person
across reports. This table denormalises them once, per report, at extraction:

* the report's source, event title and date;
* the person's name and a ``person_key`` stable across reports (:func:`cross_report_key`);
* the positions and organisations as pairs (:func:`position_pairs`), each organisation also
  in canonical form (:mod:`pko_extract.organizations`);
* the role and the agenda item, one row each (a person without a role has one row, role null);
* the mission the person serves in when a position names it (:mod:`pko_extract.served_mission`).

Pure: the rows are built from the records and drafts of one report; ``extract`` validates
them with :class:`~pko_extract.models.ParticipantRecord` like every other table.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Sequence
from typing import Any

from pko_extract.models import (
    AgendaItemRecord,
    Mention,
    ParticipationRecord,
    PersonDraft,
    PersonRecord,
    ReportRecord,
)
from pko_extract.names import name_tokens
from pko_extract.organizations import Organizations, default_organizations, default_spellings
from pko_extract.served_mission import MissionFinder

__all__ = ["cross_report_key", "participant_rows", "position_pairs"]

#: How far before and after a name its appositions are looked for (characters).
WINDOW = 400
#: Position and organisation values whose pattern is kept (:func:`_spaced_pattern`).
PATTERN_CACHE_SIZE = 4096


def cross_report_key(raw_name: str, spellings: dict[str, str] | None = None) -> str:
    """A person's key across reports: the folded name tokens in sorted order (case-, accent-,
    order- and honorific-insensitive: the honorific is not part of the name), without
    initials when two other tokens remain ("Ana M. Ruiz" = "Ana Ruiz"), with known spelling
    variants read as one (``data/spelling_variants.jsonl``, scope "name": "Mohammed" =
    "Mohamed"). Without initials or variants it equals ``people.person_key``.

    >>> cross_report_key("RUIZ Ana") == cross_report_key("Ana M. Ruiz")
    True
    """
    variants = default_spellings().name if spellings is None else spellings
    tokens = list(name_tokens(raw_name))
    full = [t for t in tokens if len(t) > 1]
    if len(full) >= 2:
        tokens = full
    key = " ".join(sorted(variants.get(t, t) for t in tokens))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _nearest(text: str, value: str, lo: int, hi: int, anchor: int, end: int) -> float:
    """Offset of the occurrence of ``value`` in ``text[lo:hi]`` nearest to the name
    ``[anchor, end)`` (any run of white space matching a space: a line may wrap inside a
    position); infinity when it is not there."""
    pattern = _spaced_pattern(value)
    if pattern is None:
        return float("inf")
    best, best_gap = float("inf"), float("inf")
    for hit in pattern.finditer(text, lo, hi):
        gap = anchor - hit.end() if hit.start() < anchor else hit.start() - end
        if gap < best_gap:
            best, best_gap = float(hit.start()), gap
    return best


@functools.lru_cache(maxsize=PATTERN_CACHE_SIZE)
def _spaced_pattern(value: str) -> re.Pattern[str] | None:
    """``value`` as a pattern in which any run of white space matches one space ("Force
    Commander" matches "Force\\nCommander"); None for a blank value. Made once per value:
    compiled afresh for every position and organisation of every person, these patterns
    were 1,819 of the 2,534 regex compiles of a warm pass over 835 reports (``re``'s own
    cache of 512 patterns is shared with every other dynamic pattern)."""
    words = value.split()
    if not words:
        return None
    return re.compile(r"\s+".join(re.escape(w) for w in words))


def _mention_pairs(text: str, m: Mention) -> list[tuple[str, str]]:
    """The position/organisation pairs of one mention, in text order: an organisation joins
    the position before it; a second organisation repeats that position; one before any
    position stands alone."""
    lo, hi = max(0, m.anchor - WINDOW), min(len(text), m.end + WINDOW)
    located = [
        (_nearest(text, value, lo, hi, m.anchor, m.end), n, kind, value)
        for n, (kind, value) in enumerate(
            [("p", v) for v in m.positions] + [("o", v) for v in m.organizations]
        )
    ]
    pairs: list[list[str]] = []
    current: int | None = None
    for _, _, kind, value in sorted(located):
        if kind == "p":
            pairs.append([value, ""])
            current = len(pairs) - 1
        elif current is not None and not pairs[current][1]:
            pairs[current][1] = value
        else:
            pairs.append([pairs[current][0] if current is not None else "", value])
    return [(p, o) for p, o in pairs]


def position_pairs(
    text: str, person: PersonDraft, orgs: Organizations | None = None
) -> list[tuple[str, str]]:
    """The person's position/organisation pairs over all mentions, once each (case-
    insensitive); a lone side is dropped when a pair already holds it (an organisation
    compared by its canonical name: a lone "UN" goes when "United Nations" is paired)."""
    orgs = orgs or default_organizations()
    pairs: list[tuple[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for m in person.mentions:
        for p, o in _mention_pairs(text, m):
            key = (p.casefold(), o.casefold())
            if key not in seen:
                seen.add(key)
                pairs.append((p, o))
    paired_p = {p.casefold() for p, o in pairs if p and o}
    paired_o = {orgs.canonical(o) for p, o in pairs if p and o}
    lone_p = [(p, o) for p, o in pairs if not (not o and p.casefold() in paired_p)]
    return [(p, o) for p, o in lone_p if not (not p and orgs.canonical(o) in paired_o)]


def _canonical(org: str, orgs: Organizations, finder: MissionFinder | None) -> str:
    """The canonical name of an organisation: a mission of the gazetteer ("UNMISS", "UN
    Mission in South Sudan") by the gazetteer's name of it, any other body by
    :mod:`pko_extract.organizations` ("" stays "")."""
    if not org:
        return ""
    acronym = finder.named(org) if finder is not None else None
    mission = finder.gazetteer.by_acronym(acronym) if finder is not None and acronym else None
    return str(mission.name) if mission is not None else orgs.canonical(org)


def _mission(
    pairs: list[tuple[str, str]], report: ReportRecord, finder: MissionFinder | None
) -> tuple[str | None, str | None]:
    """(acronym, the position or organisation naming it) of the first pair naming a mission."""
    if finder is None:
        return None, None
    for p, o in pairs:
        acronym = finder.find(", ".join(x for x in (p, o) if x), report.event_date)
        if acronym is not None:
            return acronym, p or o
    return None, None


def participant_rows(
    text: str,
    report: ReportRecord,
    people: Sequence[tuple[PersonRecord, PersonDraft]],
    participations: Sequence[ParticipationRecord],
    items: Sequence[AgendaItemRecord],
    finder: MissionFinder | None,
    orgs: Organizations | None = None,
) -> list[dict[str, Any]]:
    """The ``participants`` rows of one report (plain dicts, validated by the caller).

    Args:
        text: the report text (the appositions are located in it to pair them).
        report: the report's row.
        people: each person's row with the draft it came from, in people order.
        participations: the report's participation rows.
        items: the report's agenda items.
        finder: mission look-ups of the gazetteer (None: no mission is linked).
        orgs: organisation names (default: the packaged ones).
    """
    orgs = orgs or default_organizations()
    item_name = {it.item_id: it.title or it.label for it in items}
    of_person: dict[str, list[ParticipationRecord]] = {}
    for pa in participations:
        of_person.setdefault(pa.person_id, []).append(pa)
    rows: list[dict[str, Any]] = []
    for person, draft in people:
        pairs = position_pairs(text, draft, orgs)
        acronym, named_by = _mission(pairs, report, finder)
        base = dict(
            report_id=report.report_id,
            source_name=report.source_name,
            event_title=report.title,
            event_date=report.event_date,
            person_id=person.person_id,
            person_key=cross_report_key(person.raw_name),
            name=person.name,
            honorific=person.honorific,
            positions=[p for p, _ in pairs],
            organizations=[o for _, o in pairs],
            organizations_canonical=[_canonical(o, orgs, finder) for _, o in pairs],
            mission_acronym=acronym,
            mission_position=named_by,
        )
        mine = of_person.get(person.person_id, [])
        for pa in mine:
            rows.append(
                base
                | dict(
                    role=pa.role,
                    item_id=pa.item_id,
                    agenda_item=item_name.get(pa.item_id) if pa.item_id else None,
                    start_char=pa.start_char,
                    end_char=pa.end_char,
                )
            )
        if not mine:
            rows.append(base | dict(start_char=person.start_char, end_char=person.end_char))
    return rows
