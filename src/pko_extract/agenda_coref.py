"""Who a cue's subject refers to when it is not a name: "he" or "she" ("Mr. X opened the
forum. He thanked the hosts"), or a role title with "the" ("Chair: Col. X" ... "The Chair
opened the meeting"), or an office a programme line gives a part to ("Address by the Force
Commander"). Pure helpers of agenda_prose.py and agenda_program.py.
"""

from __future__ import annotations

import re

from pko_extract import patterns as P
from pko_extract.agenda_rules import first_between
from pko_extract.lexicon import lexicon
from pko_extract.models import Line, Mention, PersonDraft
from pko_extract.resources import Rules

#: How many sentences back the subject a "he" or "she" stands for may be named.
PRONOUN_REACH = 2


def pronoun_subject(
    text: str, s_start: int, cpos: int, ms: list[tuple[Mention, PersonDraft]]
) -> Mention | None:
    """The pronoun that is a cue's subject when no person of the sentence stands before it
    ("Mr. X opened the forum. He thanked the hosts ..."), as a mention of its own so that
    the caller can judge it like a name (quoted, passive, dated elsewhere); None otherwise."""
    found = P.PRONOUN_SUBJECT.search(text, max(s_start, cpos - 40), cpos)
    if found is None or any(m.end <= found.start() for m, _p in ms):
        return None
    end = found.start() + len(found.group().split()[0])
    return Mention(found.start(), end, text[found.start() : end], evidence="pronoun")


def _label_key(label: str) -> str:
    """The key of a role label's own words among the titled roles ("Chair" -> "label:chair"),
    apart from the role the label gives ("chair", which "Vice-Chair" gives too)."""
    return "label:" + " ".join(label.strip(" \t:*").casefold().split())


def titled_people(
    lines: list[Line],
    index: list[tuple[Mention, PersonDraft]],
    rules: Rules,
    listed: list[tuple[PersonDraft, str, int]],
) -> dict[str, PersonDraft]:
    """The one person the report gives each role as a title: a field line ("Chair: Col. X")
    or a list label ("X (Peru), Chairman"), from ``listed``; keyed by role and by a field
    line's own label. A role two people hold is left out ("the Chair" would not say which),
    unless one of them holds the label itself ("Chair: X" over "Vice-Chair: Y")."""
    found: dict[str, set[int]] = {}
    people: dict[int, PersonDraft] = {}
    for line in lines:
        label = rules.role_label(line.label) if line.label else None
        hit = first_between(index, line.start, line.end)
        first = hit[1] if hit is not None else None
        if label is not None and first is not None and line.label is not None:
            found.setdefault(label.role, set()).add(id(first))
            # "Chair:" and "Vice-Chair:" share a role; "the Chair" is the line's own label
            found.setdefault(_label_key(line.label), set()).add(id(first))
            people[id(first)] = first
    for p, role, _pos in listed:
        if role == "participant":  # someone addressed: not a title
            continue
        found.setdefault(role, set()).add(id(p))
        people[id(p)] = p
    return {role: people[next(iter(ids))] for role, ids in found.items() if len(ids) == 1}


def definite_subject(
    text: str, s_start: int, cpos: int, ms: list[tuple[Mention, PersonDraft]]
) -> tuple[str, int] | None:
    """The title with "the" that is a cue's subject, with no person of the sentence before
    it ("The Chair opened the meeting", "The Force Commander told the troops"), or that
    opens the sentence with no name before the cue ("The Chair thanked the hosts and closed
    the meeting"): (title, offset)."""
    found = P.DEFINITE_SUBJECT.search(text, max(s_start, cpos - 60), cpos)
    if found is None or any(m.end <= found.start() for m, _p in ms):
        found = P.DEFINITE_OPENING.match(text, s_start, cpos)
        if found is None or any(m.start < cpos for m, _p in ms):
            return None
    return " ".join(found.group("title").split()), found.start()


def title_holder(
    title: str,
    rules: Rules,
    titled: dict[str, PersonDraft],
    persons: list[PersonDraft],
    cued: dict[str, list[PersonDraft]] | None = None,
) -> tuple[PersonDraft | None, bool]:
    """Who "the <title>" is, and whether the title is a role label: the one person titled
    with that role ("Chair" -> the person of "Chair: Col. X"), or else the one person a cue
    of the same word gave the role ("the Co-Chair" -> "co-chaired by Dr. X", from ``cued``:
    folded cue text -> the people it gave its role), or else the one person whose positions
    hold the title ("Force Commander" -> "Lt. Gen. X, Force Commander of Y"; "the
    Chairperson" -> "X, Minister ... and Chairperson of the MCO")."""
    label = rules.role_label(title)
    if label is not None:
        hit = titled.get(_label_key(title)) or titled.get(label.role)
        if hit is not None:
            return hit, True
        stem = title.casefold()
        verbed = {
            id(p): p
            for text, people in (cued or {}).items()
            if text.split()[0] in {stem + "ed", stem + "d"}
            for p in people
        }
        if len(verbed) == 1:
            return next(iter(verbed.values())), True
    if not lexicon(rules).has_title_word(title):
        # "The Committee chose ...": a body, though "Committee Chairman"
        return None, label is not None
    word = re.compile(r"(?<![\w-])" + re.escape(title.casefold()) + r"(?![\w-])")
    holders = [p for p in persons if any(word.search(pos.casefold()) for pos in p.positions)]
    return (holders[0] if len(holders) == 1 else None), label is not None


def line_office_holder(
    text: str, line: Line, rules: Rules, persons: list[PersonDraft]
) -> PersonDraft | None:
    """The person of the office a programme line gives its part to, with no name on the line
    ("Address by the Minister of Defence", "Remarks by the Force Commander"): the one person
    whose positions hold the office, as the report names them elsewhere; None when nobody or
    several do, or when the office is a role label ("Remarks by the Chair")."""
    found = P.BY_OFFICE.search(text, line.content_start, line.end)
    if found is None:
        return None
    holder, labelled = title_holder(found.group("office"), rules, {}, persons)
    return None if labelled else holder


def office_agents(text: str, at: int, end: int) -> list[tuple[str, int]]:
    """The offices with "the" that a passive "by" at ``at`` names as agents, up to ``end``
    or a clause of their own: "opened by the Chairperson, who ..." -> [("Chairperson",
    offset)]; "laid by the Resident Coordinator, the Chief of General Staff, ambassadors of
    donor countries and the Dean of the Corps, Mr. X" -> the three offices (the people
    named are the caller's). Empty unless an office follows "by" at once."""
    by = P.AGENT_BY.match(text, at, end)
    if by is None:
        return []
    found: list[tuple[str, int]] = []
    pos = by.end()
    cuts = [(c.start(), c.end()) for c in P.AGENT_SPLIT.finditer(text, pos, end)]
    for a, b in zip([pos] + [c[1] for c in cuts], [c[0] for c in cuts] + [end], strict=True):
        segment = text[a:b]
        if P.AGENT_STOP.match(segment):
            break
        office = P.AGENT_OFFICE.fullmatch(segment)
        if office is not None:
            found.append((office.group("title"), a))
    return found
