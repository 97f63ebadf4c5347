"""Agenda parts from speaker cards: a page's list of speakers, each a card of a name line,
maybe an affiliation line, and a line holding only the part or role the person took
("Dr Ana Lind" / "Director, Peace Institute" / "Welcome"; "Hon. Tor Vik" / "Former
Minister" / "Panellist"; "Li Wei" / "Research Fellow" / "Chair"). Pure; reads the layout.

A card's role word sits under its name, where a programme's label sits over the names
it heads: a list is read as cards only when it opens with a name line (after a heading
such as "Speakers") and every role word in it closes a card. The cards give the parts:
a part label ("Welcome", "Keynote") is an item of its own with its person; panellists,
moderators, chairs and discussants join one panel item.
"""

from __future__ import annotations

from dataclasses import dataclass

from pko_extract.agenda_rules import MentionIndex
from pko_extract.models import ItemDraft, Layout, Line, Mention, PersonDraft
from pko_extract.resources import Rules

__all__ = ["Card", "speaker_cards"]

#: The roles that make the people of cards one panel.
_PANEL_ROLES = frozenset({"panelist", "moderator", "chair", "commentator"})


@dataclass
class Card:
    """One card: its person, the role word's line, the role and the item it joins."""

    mention: Mention
    person: PersonDraft
    role_line: Line
    role: str
    item: ItemDraft | None


def _role_word(line: Line, rules: Rules) -> tuple[str, str | None] | None:
    """(role, agenda kind) of a line holding only a role or part word: "Panellist" ->
    ("panelist", None), "Welcome" -> ("opening_remarks", "opening_remarks")."""
    body = line.text.strip(" \t*_.:")
    if not body or len(body.split()) > 3:
        return None
    label = rules.agenda_label(body)
    if label is not None and label.text.casefold() == body.casefold():
        return label.role, label.kind
    role = rules.role_label(body)
    if role is not None:
        return role.role, None
    return None


def _name_line(line: Line, index: MentionIndex) -> tuple[Mention, PersonDraft] | None:
    """The person a line names at its start (after at most two words of a rank) and ends
    with: a card's name line."""
    found = index.between(line.start, line.end)
    if len(found) != 1:
        return None
    m, p = found[0]
    lead = line.start + len(line.text) - len(line.text.lstrip())
    prefix = line.text[lead - line.start : m.anchor - line.start]
    if len(prefix.split()) > 2 or line.text[m.end - line.start :].strip(" ,"):
        return None  # a short rank the rules do not know may open it: "AC (ret'd) X"
    return m, p


def speaker_cards(layout: Layout, index: MentionIndex, rules: Rules) -> dict[int, Card]:
    """The cards of the report, by the start of their name lines and of their role lines."""
    lines = [ln for ln in layout.lines if not ln.blank]
    out: dict[int, Card] = {}
    k = 0
    while k < len(lines):
        run, k = _card_run(lines, k, index, rules)
        if run:
            panel: ItemDraft | None = None
            for m, p, role_line, (role, kind) in run:
                item = None
                if kind is not None:
                    item = ItemDraft(kind, None, None, role_line.start, role_line.end)
                elif role in _PANEL_ROLES:
                    if panel is None:
                        panel = ItemDraft("panel", None, None, role_line.start, role_line.end)
                    item = panel
                card = Card(m, p, role_line, role, item)
                out[layout.line_at(m.start).start] = out[role_line.start] = card
    return out


def _card_run(
    lines: list[Line], k: int, index: MentionIndex, rules: Rules
) -> tuple[list[tuple[Mention, PersonDraft, Line, tuple[str, str | None]]], int]:
    """The cards of a run starting at ``lines[k]`` (a name line), and where to go on."""
    first = _name_line(lines[k], index)
    above = lines[k - 1] if k > 0 else None
    if first is None or (
        above is not None
        and _role_word(above, rules) is not None
        and not _heading_word(above, rules)
    ):
        return [], k + 1  # "Welcome" / "Dr X": a programme's label over its person
    run = []
    i = k
    while i < len(lines):
        named = _name_line(lines[i], index)
        if named is None:
            break
        j = i + 1
        while j < len(lines) and j - i <= 2 and _role_word(lines[j], rules) is None:
            if index.between(lines[j].start, lines[j].end):
                break
            j += 1
        if j >= len(lines) or j - i > 2 or (word := _role_word(lines[j], rules)) is None:
            break
        run.append((*named, lines[j], word))
        i = j + 1
    if len(run) < 2:
        return [], k + 1
    return run, i


def _heading_word(line: Line, rules: Rules) -> bool:
    """A plural role word heading the cards: "Speakers", "Panellists"."""
    body = line.text.strip(" \t*_.:")
    return body.endswith("s") and rules.role_label(body) is not None
