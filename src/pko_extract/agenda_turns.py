"""Speaker turns of a transcript: a line that opens with a person's name and a colon
("Lt. Gen. X: Thank you. Over the past three months ..."). A person with two or more such
turns spoke at the event. Pure; reads the layout model.
"""

from __future__ import annotations

from pko_extract import patterns as P
from pko_extract.agenda_rules import MentionIndex
from pko_extract.models import Layout, Mention, PersonDraft

__all__ = ["speaker_turns"]

#: Turns a person needs before their name lines count as a transcript's turns: one "Name:"
#: line may be a programme's "Dr. X: Title".
MIN_TURNS = 2


def speaker_turns(layout: Layout, index: MentionIndex) -> list[tuple[Mention, PersonDraft]]:
    """The turns of the people who have two or more of them, in text order."""
    turns: list[tuple[Mention, PersonDraft]] = []
    for line in layout.lines:
        if line.blank:
            continue
        ms = index.between(line.start, line.end)
        if not ms:
            continue
        m, p = ms[0]
        lead = layout.text[line.start : m.anchor]
        if lead.strip() or not P.TURN_COLON.match(layout.text, m.end, line.end):
            continue
        turns.append((m, p))
    counts: dict[int, int] = {}
    for _, p in turns:
        counts[id(p)] = counts.get(id(p), 0) + 1
    return [(m, p) for m, p in turns if counts[id(p)] >= MIN_TURNS]
