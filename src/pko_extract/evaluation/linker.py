"""The mission linker scored alone, without the rest of the pipeline (``evaluate --linker``). Pure.

Contract:
    gold document + report text + a :data:`Linker` (text, reference date -> linked mentions)
    -> two fields of :data:`LINKER_FIELDS`, each a
    :class:`~pko_extract.evaluation.scoring.FieldDiff`:

``missions_gold_date`` ("missions (gold date)")
    The linker runs on the whole text with the gold event date as its reference date
    (:func:`gold_ref_date`); the distinct acronyms it links with confidence >= 0.5 are scored
    exactly like the end-to-end ``missions`` field. The gap between the two is what the event
    date parser and the person spans (``skip``) cost or gain.

``missions_gold_mentions`` ("missions (gold mentions)")
    Each gold mission with a mention string is located in the text (:func:`locate_mention`) and
    the linker's acronym there is compared with the gold's: a gold acronym is a tp when the
    linker gives it, else an fn (plus one fp when the linker gives another acronym that is not
    optional); a gold null acronym is an fp when the linker gives a non-optional acronym there,
    else nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date

from pko_extract.evaluation.gold import GoldDocument
from pko_extract.evaluation.scoring import (
    MISSION_MIN_CONFIDENCE,
    FieldDiff,
    acronym_key,
    required_and_optional,
    score_mission_set,
)
from pko_extract.models import LinkedMention

#: The linker's fields, in table order, after the end-to-end fields.
LINKER_FIELDS: tuple[str, ...] = ("missions_gold_date", "missions_gold_mentions")

#: Titles of the linker's fields in Markdown tables.
LINKER_TITLES: dict[str, str] = {
    "missions_gold_date": "missions (gold date)",
    "missions_gold_mentions": "missions (gold mentions)",
}

#: Text + reference date -> linked mentions in text order
#: (:func:`pko_extract.link.find_mission_mentions` with a gazetteer bound).
Linker = Callable[[str, date | None], Sequence[LinkedMention]]

#: Day used for a gold date given to the month ("2012-11" -> 2012-11-15).
MID_MONTH = 15


def default_linker() -> Linker:
    """The project's linker with the packaged gazetteer (loaded once per process)."""
    from pko_extract.gazetteer import default_gazetteer
    from pko_extract.link import find_mission_mentions
    from pko_extract.segment import read_layout

    gazetteer = default_gazetteer()

    def link(text: str, ref_date: date | None) -> list[LinkedMention]:
        return find_mission_mentions(read_layout(text), ref_date, gazetteer)

    return link


def gold_ref_date(value: str | None) -> date | None:
    """The linker's reference date for a gold event date.

    Example: ``"2012-11-05"`` -> 2012-11-05, ``"2012-11"`` -> 2012-11-15, ``"2012"`` ->
    2012-07-01, ``None`` -> None (the linker then infers the period from the text). The gold
    format is validated on loading.
    """
    if value is None:
        return None
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return date(parts[0], parts[1], parts[2])
    if len(parts) == 2:
        return date(parts[0], parts[1], MID_MONTH)
    return date(parts[0], 7, 1)


def score_linked_missions(gold: GoldDocument, mentions: Sequence[LinkedMention]) -> FieldDiff:
    """ "missions (gold date)": the linked acronyms scored like the end-to-end missions field."""
    return score_mission_set(gold, ((m.acronym, m.confidence) for m in mentions))


def _overlaps(mention: LinkedMention, span: tuple[int, int]) -> bool:
    return mention.start < span[1] and span[0] < mention.end


def _occurrences(text: str, mention: str) -> list[tuple[int, int]]:
    """Where ``mention`` is written in ``text``: exactly, else any case and any spacing."""
    spans = []
    start = text.find(mention)
    while start >= 0:
        spans.append((start, start + len(mention)))
        start = text.find(mention, start + 1)
    if spans:
        return spans
    loose = r"\s+".join(re.escape(word) for word in mention.split())
    return [m.span() for m in re.finditer(loose, text, re.IGNORECASE)]


def locate_mention(
    text: str, mention: str, linked: Sequence[LinkedMention]
) -> tuple[int, int] | None:
    """Where a gold mention string is in the text.

    The first occurrence that a linked mention overlaps (whatever its acronym), else the first
    occurrence; an occurrence is exact, or, when there is none, in any case and spacing.

    Returns:
        ``(start, end)`` or None when the mention is not in the text (or is blank).
    """
    if not mention.strip():
        return None
    spans = _occurrences(text, mention)
    for span in spans:
        if any(_overlaps(m, span) for m in linked):
            return span
    return spans[0] if spans else None


def acronyms_at(linked: Sequence[LinkedMention], span: tuple[int, int]) -> set[str]:
    """The acronyms (confidence >= 0.5, case-folded) of the linked mentions overlapping a span."""
    return {
        acronym_key(m.acronym)
        for m in linked
        if _overlaps(m, span)
        and m.acronym
        and m.acronym.strip()
        and m.confidence >= MISSION_MIN_CONFIDENCE
    }


def score_gold_mentions(
    gold: GoldDocument, text: str, linked: Sequence[LinkedMention]
) -> FieldDiff:
    """ "missions (gold mentions)": the linker's acronym at each gold mention.

    Misses read ``MINUSMA at 'Mali'``; extras ``UNMISS at 'Sudan'``; a mention not found in
    the text is a miss ``MINUSMA at 'Mali' (not in the text)`` when it has an acronym.
    """
    _, optional = required_and_optional(gold)
    diff = FieldDiff()
    for mission in gold.missions:
        if not mission.mention.strip():
            continue
        want = acronym_key(mission.acronym) if mission.acronym and mission.acronym.strip() else None
        span = locate_mention(text, mission.mention, linked)
        if span is None:
            if want:
                diff.misses.append(f"{want} at {mission.mention!r} (not in the text)")
            continue
        given = acronyms_at(linked, span)
        if want and want in given:
            diff.tp += 1
            continue
        if want:
            diff.misses.append(f"{want} at {mission.mention!r}")
        others = sorted(given - optional)
        if others:
            diff.extras.append(f"{', '.join(others)} at {mission.mention!r}")
    return diff


def score_linker(gold: GoldDocument, text: str, link: Linker) -> dict[str, FieldDiff]:
    """Run the linker on a report's text at the gold date and score it both ways.

    Args:
        gold: the report's gold document.
        text: the report's text (as read by the pipeline's ingest).
        link: the linker (see :func:`default_linker`).

    Returns:
        A :class:`FieldDiff` for each field of :data:`LINKER_FIELDS`.
    """
    linked = list(link(text, gold_ref_date(gold.event.date)))
    return {
        "missions_gold_date": score_linked_missions(gold, linked),
        "missions_gold_mentions": score_gold_mentions(gold, text, linked),
    }
