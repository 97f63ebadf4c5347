"""What a sentence of running text names besides role cues: parts of the programme ("the
“X” panel", "a dialogue session", a panel a chair is "with"), the author of a byline (the
"I" of a first-person post), the people of a list after a colon, and roles written as
labels next to a name ("X (Chairman)", "X (Nigeria), Chairman;"). Pure helpers of agenda_prose.py.
"""

from __future__ import annotations

import re

from pko_extract import patterns as P
from pko_extract.agenda_cue_target import Choice, contiguous, coordinated
from pko_extract.agenda_rules import first_between
from pko_extract.models import ItemDraft, Line, Mention, PersonDraft
from pko_extract.resources import RoleCue, RoleLabel, Rules


def named_parts(text: str, s_start: int, s_end: int) -> list[ItemDraft]:
    """Parts of the program named in one sentence of running text. "the Session" written
    with a capital inside a sentence is the meeting of a body, the event itself ("spoke to
    the Session about the summit's results"), no part of it."""
    sentence = text[s_start:s_end]
    m = P.QUOTED_PART.search(sentence)
    if m:
        noun = (m.group("noun") or m.group("noun2")).lower()
        kind = "panel" if noun.startswith(("panel", "round")) else "session"
        title = " ".join((m.group("title") or m.group("title2")).split()).strip(" .,")
        return [
            ItemDraft(kind, None, title, s_start + m.start(), s_start + m.end(), from_program=False)
        ]
    parts = [
        ItemDraft(
            "panel" if m.group("noun").lower() == "panel" else "session",
            None,
            m.group("title").strip(),
            s_start + m.start(),
            s_start + m.end(),
            from_program=False,
        )
        for m in P.ON_PART.finditer(sentence)
        if not (m.group("noun")[0].isupper() and sentence[m.start()] == "t")
    ]
    if parts:
        return parts
    m = P.NOUN_PART.search(sentence)
    if m:
        title = m.group("title")
        kind = "panel" if "panel" in title.lower() else "other"
        return [
            ItemDraft(
                kind,
                None,
                title if kind == "other" else None,
                s_start + m.start("title"),
                s_start + m.end("title"),
                from_program=False,
            )
        ]
    return []


def ordinal_part(text: str, s_start: int, s_end: int) -> ItemDraft | None:
    """A part of the program a sentence names by its place in the day ("In the first
    session, ...", "During the second session, ...", "A first panel discussed ..."): a
    panel or a session titled by the quoted title after it ("the second session, on
    "Title"") or else by those words ("second session")."""
    m = P.ORDINAL_PART.search(text, s_start, s_end)
    if m is None:
        return None
    noun = m.group("noun").casefold()
    kind = "panel" if noun.startswith(("panel", "round")) else "session"
    title = " ".join((m.group("quoted") or m.group("title").lower()).split())
    return ItemDraft(kind, None, title, m.start(), m.end(), from_program=False)


def byline_author(
    lines: list[Line], index: list[tuple[Mention, PersonDraft]]
) -> tuple[Mention, PersonDraft] | None:
    """The person of a byline near the top ("By Chiamaka Eze, Programme Lead | 19 Oct"),
    the "I" of a first-person post."""
    for line in [ln for ln in lines if not ln.blank][:12]:
        m = re.match(r"[ \t]*(?:By|by|Posted by|Written by)[ \t]+", line.text)
        if m:
            at = line.start + m.end()
            return next(((x, p) for x, p in index if x.anchor == at or x.start == at), None)
    return None


def list_after(
    lines: list[Line], pos: int, index: list[tuple[Mention, PersonDraft]]
) -> list[tuple[Mention, PersonDraft]]:
    """The people listed right after ``pos`` (a sentence ending in a colon): the first
    person of each bullet or numbered line, or of each short line that starts with a name
    ("Col. X, Ghana Armed Forces"), with the affiliation line under a name line. A blank
    line ends a bulleted list, two blank lines or a line of running text end any list."""
    out: list[tuple[Mention, PersonDraft]] = []
    started = bulleted = False
    blanks = 0
    for line in lines:
        if line.end <= pos:
            continue
        if line.blank:
            blanks += 1
            if started and (bulleted or blanks > 1):
                break
            continue
        blanks = 0
        first = first_between(index, line.start, line.end)
        if line.bullet or line.numbered:
            bulleted = True
        elif not _name_line(line, first):
            if started and out and _affiliation_line(line):
                continue  # "Senior Fellow, Peace Institute" under the name line
            if started or line.start > pos:
                break
            continue
        started = True
        if first is not None:
            out.append(first)
    return out


def _name_line(line: Line, first: tuple[Mention, PersonDraft] | None) -> bool:
    """A short line that starts with a person's name (or honorific) and is not a
    sentence ("Mr. X closed the meeting.")."""
    return (
        first is not None
        and not line.text[line.content_start - line.start : first[0].anchor - line.start].strip()
        and _affiliation_line(line)
    )


def _affiliation_line(line: Line) -> bool:
    """A short line without a sentence's end: a title or an organisation."""
    text = line.text.strip()
    return len(text) <= _SHORT_LINE and not text.endswith((".", ":"))


#: The longest line read as a name line or an affiliation line of a list.
_SHORT_LINE = 150


#: Roles a list label after a name may give ("X (Nigeria), Chairman;").
_LISTED_ROLES = frozenset({"chair", "moderator"})


def _listed_role(text: str, m: Mention, rules: Rules) -> RoleLabel | None:
    """A presiding role written as a list label after a name, "X (Nigeria), Chairman;", or
    as a title right before it, "Chair Ana Lind". Only presiding roles: "Rapporteur" or
    "Speaker" next to a name is a title more often than what the person did."""
    found = P.LIST_ROLE.match(text, m.end) or P.PRE_ROLE.search(
        text, max(0, m.anchor - 20), m.anchor
    )
    label = rules.role_label(found.group("label")) if found else None
    return label if label is not None and label.role in _LISTED_ROLES else None


def paren_roles(
    text: str, persons: list[PersonDraft], rules: Rules
) -> list[tuple[PersonDraft, str, int]]:
    """Roles written in parentheses after a name, "Hon. X, MP (Chairman)", or as a list
    label after it, "X (Nigeria), Chairman; Y (Peru), Rapporteur"."""
    out: list[tuple[PersonDraft, str, int]] = []
    for p in persons:
        for m in p.mentions:
            found = P.PAREN_ROLE.match(text, m.end)
            label = rules.role_label(found.group("label")) if found else None
            if label is None:
                label = _listed_role(text, m, rules)
            if label is not None:
                out.append((p, label.role, m.start))
    return out


#: The cue of a panel named by :func:`interrupted_panel`.
_PANEL_CUE = RoleCue(text="panel", role="panelist", agenda_kind="panel")


def interrupted_panel(text: str, s_start: int, s_end: int) -> tuple[str, RoleCue, int] | None:
    """A panel frame for a sentence whose panel has its members after a verb that an
    apposition separates from it: "The panel, moderated by Ms. X, included A and B" makes A
    and B panelists (X keeps the moderator's cue)."""
    found = P.PANEL_SUBJECT.search(text, s_start, s_end)
    return ("panelist", _PANEL_CUE, found.start()) if found else None


def chair_with_panel(
    text: str,
    span: tuple[int, int],
    chosen: dict[int, Choice],
    ms: list[tuple[Mention, PersonDraft]],
    connectors: frozenset[str],
) -> list[ItemDraft]:
    """The people a chair or moderator is "with" are the members of a panel: "an expert
    panel moderated by X, with A of the AU and B" makes a panel item of X (moderator) and A
    and B (panelists). The members' cues of ``chosen`` are spent on the panel (removed)."""
    s_start, s_end = span
    items: list[ItemDraft] = []
    for found in P.CHAIR_WITH.finditer(text, s_start, s_end):
        after = [x for x in ms if x[0].anchor >= found.end()]
        head = next((x for x in ms if found.start() < x[0].anchor < found.end()), None)
        if not after or after[0][0].anchor - found.end() > 40:
            continue
        group = [x for x in ms if coordinated(text, after[0][0], x[0], connectors)]
        run = contiguous(text, ms, after[0], group + [after[0]], connectors)
        item = ItemDraft("panel", None, None, found.start(), found.end(), from_program=False)
        items.append(item)
        members = [(x, "panelist") for x in run if x[0].anchor >= found.end()]
        if head is not None:  # the chair or moderator, unless their name was not found
            lead = chosen.pop(head[0].start, None)
            members.insert(0, (head, lead[0] if lead else "moderator"))
        for (m, p), role in members:
            chosen.pop(m.start, None)
            item.add(p, role, m.start)
    return items
