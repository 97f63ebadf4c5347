"""Ceremonial acts of running text as agenda items. Pure helper of agenda_prose.py.

A parade, a wreath-laying or the lighting of a flame is a part of the programme wherever a
sentence names it ("Proceedings opened with a medal parade"); a medal presented is one when
its sentence names a ceremony ("At a separate ceremony, X handed out peacekeeping medals",
"a ceremony at which the Hope Medal was awarded"): a report of several ceremonies. Each act
is an item of kind "other" titled by its words (the patterns: ``CEREMONY_ACT``,
``MEDAL_ACT`` of :mod:`pko_extract.patterns.roles`), with the people who perform it: the
people its sentence names outside the title, or else the sentence's subject when that is a
title with "the" ("the Secretary-General placed a wreath": the one person of that
position) or "he"/"she" (the subject of the sentence before); an act the audience observes
(a silence, an anthem, a march past) has nobody. They are present: their role
is "participant", which a role of their own (a speech) replaces.
"""

from __future__ import annotations

from collections.abc import Callable

from pko_extract import patterns as P
from pko_extract.agenda_coref import definite_subject, office_agents, pronoun_subject
from pko_extract.agenda_cue_target import Choice
from pko_extract.agenda_rules import SINGLE_KINDS
from pko_extract.models import ItemDraft, Line, Mention, PersonDraft
from pko_extract.names import fold

__all__ = ["ceremony_acts", "ceremony_items", "headline", "opened_by_act"]

#: The role of the people who perform an act: present, unless the text says more.
ACT_ROLE = "participant"


#: What ends a sentence of running text (a headline ends without it).
_SENTENCE_END = (".", "!", "?", ":", ";", '"', "”", "’", ")")


def headline(text: str, line: Line) -> bool:
    """Whether a line is a headline over the text after it: one line without a sentence's
    end, with more text below ("Medal parade held at the camp"). A headline names the whole
    event, not one of its parts; the text's last line is no headline (a cut-off sentence)."""
    return not line.text.rstrip().endswith(_SENTENCE_END) and bool(text[line.end :].strip())


def ceremony_acts(text: str, s_start: int, s_end: int) -> list[ItemDraft]:
    """The ceremonial acts one sentence names, in text order, without their people."""
    sentence = text[s_start:s_end]
    spans = [(m.start(), m.end()) for m in P.CEREMONY_ACT.finditer(sentence)]
    if P.CEREMONY_NOUN.search(sentence):
        for m in P.MEDAL_ACT.finditer(sentence):
            group = next(g for g in ("named", "object", "subject") if m.group(g))
            spans.append((m.start(group), m.end(group)))
    return [
        ItemDraft(
            "other",
            None,
            " ".join(sentence[a:b].split()).strip(' ,.;:”"“'),
            s_start + a,
            s_start + b,
            from_program=False,
        )
        for a, b in sorted(spans)
    ]


def ceremony_items(
    text: str,
    span: tuple[int, int],
    ms: list[tuple[Mention, PersonDraft]],
    seen: set[str],
    holder: Callable[[str], PersonDraft | None],
    antecedent: tuple[Mention, PersonDraft] | None,
) -> list[ItemDraft]:
    """The acts of the sentence ``span`` not named before (``seen``: their folded titles,
    updated), each with the people who perform it (role ``ACT_ROLE``).

    Args:
        text: the report's text.
        span: the sentence.
        ms: the people the sentence names.
        seen: folded titles of the acts already made: an act named twice is one item.
        holder: who "the <title>" is (the one person titled so), or None.
        antecedent: what "he"/"she" stands for (the subject of the last sentence naming
            people, near enough), or None.
    """
    s_start, s_end = span
    items: list[ItemDraft] = []
    nouns: set[str] = set()  # "At a wreath-laying ceremony, X laid a wreath": one act
    for item in ceremony_acts(text, s_start, s_end):
        key = fold(item.title or "")
        noun = P.ACT_NOUN.search(key)
        if key in seen or (noun is not None and noun.group() in nouns):
            continue
        seen.add(key)
        if noun is not None:
            nouns.add(noun.group())
        honoured = item.end if P.HONOURED_AFTER.match(text, item.end) else len(text)
        people = [
            (m.start, p)
            for m, p in ms
            if not item.start <= m.start < item.end and m.start < honoured  # not "laid for X"
        ]
        if P.OBSERVED_ACT.search(item.title or ""):
            people = []  # "followed by a minute of silence": nobody performs it
        elif not people:
            people = _subject(text, (s_start, item.start), holder, antecedent)
        if people or not P.OBSERVED_ACT.search(item.title or ""):
            # "Wreaths were laid by the Resident Coordinator, ... and the Dean, Mr. X"
            for title, pos in office_agents(text, item.end, s_end):
                p = holder(title)
                if p is not None and all(p is not q for _pos, q in people):
                    people.append((pos, p))
        for pos, p in people:
            item.add(p, ACT_ROLE, pos)
        items.append(item)
    return items


def _subject(
    text: str,
    span: tuple[int, int],
    holder: Callable[[str], PersonDraft | None],
    antecedent: tuple[Mention, PersonDraft] | None,
) -> list[tuple[int, PersonDraft]]:
    """The person a sentence naming nobody makes the act's subject: "the <title>" right
    before it, or "he"/"she" for the antecedent."""
    s_start, at = span
    titled = definite_subject(text, s_start, at, [])
    if titled is not None:
        p = holder(titled[0])
        return [(titled[1], p)] if p is not None else []
    if antecedent is not None and pronoun_subject(text, s_start, at, []) is not None:
        return [(antecedent[0].start, antecedent[1])]
    return []


def opened_by_act(text: str, acts: list[ItemDraft], chosen: dict[int, Choice]) -> None:
    """ "X officially opened the course by lighting the flame of peace": the act is how X
    opened it, not opening remarks; X's opening or closing cue of the sentence leaves
    ``chosen`` (mention start -> cue), X stays in the act."""
    for act in acts:
        if not P.MEANS_LEAD.search(text, max(0, act.start - 8), act.start):
            continue
        for _p, _role, pos in act.members:
            held = chosen.get(pos)
            if held is not None and held[0] in SINGLE_KINDS:
                del chosen[pos]
